"""``torch.nn.functional`` and the nn registry ops (``legacy_autograd/ops/nn_ops.py``).

* every nn registry op against modern torch, driven from the registry (``samples=`` of
  each op): values, first-order gradients, grad-of-grad (float32 and float64), and
  central finite differences (float64);
* the front-ends: 0.3 signatures and defaults, ``grad_fn`` names, the implicit softmax
  dim rule and its warning, in-place forms, the loss paths and 0.3 error texts;
* loss values and gradients of every functional loss against modern torch with
  ``size_average`` / ``reduce`` mapped to ``reduction=``.
"""
import re
import warnings
from functools import partial

import numpy as np
import pytest

import legacy_autograd as L
import legacy_autograd.nn.functional as F
from legacy_autograd.autograd import Variable
from legacy_autograd.ops import nn_ops
from legacy_autograd.ops.registry import OPS
from legacy_autograd import testing as T

OBJ = r' object at 0x[0-9a-f]+>$'


def V(a, requires_grad=False, dtype=np.float32):
    return Variable(L.from_numpy(np.array(a, dtype=dtype)), requires_grad=requires_grad)


def LV(a):
    return Variable(L.LongTensor([int(v) for v in np.asarray(a).reshape(-1)]).view(*np.shape(a)))


def A(x):
    return x.data._a if isinstance(x, Variable) else x._a


def red(size_average, reduce):
    return nn_ops.reduction(size_average, reduce)


def modern():
    return pytest.importorskip('torch')


def rnd(seed, *shape, lo=-2.0, hi=2.0):
    return np.random.RandomState(seed).uniform(lo, hi, size=shape).astype(np.float32)


# =========================================================================== registry-driven parity
def _cases():
    out = []
    for name in nn_ops.NN_OPS:
        for dt in ('float32', 'float64'):
            for label in T.fixed_case_ids(name, dt):
                out.append(pytest.param(name, dt, label, id='%s-%s-%s' % (name, dt, label)))
    return out


def test_every_nn_op_has_a_parity_case_and_modern_spelling():
    for name in nn_ops.NN_OPS:
        assert name in OPS
        assert OPS[name].modern is not None, name
        assert T.coverage_problems(name) == [], name


@pytest.mark.parametrize('name, dtype, label', _cases())
def test_nn_op_parity_with_modern(name, dtype, label):
    modern()
    case = T.fixed_case(name, dtype, label)
    res = T.run_case(case)
    failed = res.failed()
    assert not failed, res.summary()
    if case.xfail:
        assert any(s == 'xfail' for s in res.status.values()), res.summary()


def _fd_ops(exempt):
    return [n for n in nn_ops.NN_OPS if (T.spec_for(n).fd is not True) == exempt]


@pytest.mark.parametrize('name', _fd_ops(False))
def test_nn_op_finite_difference_parity(name):
    modern()
    T.gradcheck_case(name)


@pytest.mark.parametrize('name', _fd_ops(True))
def test_nn_op_finite_difference_exemptions_have_reasons(name):
    # e.g. a +-1 target that is an input without a gradient: central differences over it
    # cannot match; its other inputs are covered by the grad and gradgrad parity checks
    fd = T.spec_for(name).fd
    assert isinstance(fd, str) and fd.strip()


# =========================================================================== grad_fn names
def _gf(v):
    fn = v.grad_fn
    return re.sub(OBJ, '>', repr(fn))


def test_grad_fn_names_of_the_functional_forms():
    x = V(rnd(1, 3, 4), requires_grad=True)
    t = LV([0, 2, 1])
    cases = {
        '<ThresholdBackward>': F.relu(x),
        '<HardtanhBackward>': F.relu6(x),
        '<EluBackward>': F.elu(x),
        '<LeakyReluBackward>': F.leaky_relu(x, 0.2),
        '<SoftplusBackward>': F.softplus(x),
        '<LogSigmoidBackward>': F.logsigmoid(x),
        '<SoftmaxBackward>': F.softmax(x, dim=1),
        '<LogSoftmaxBackward>': F.log_softmax(x, dim=1),
        '<NllLossBackward>': F.nll_loss(F.log_softmax(x, 1), t),
        '<MseLossBackward>': F.mse_loss(x, V(rnd(2, 3, 4))),
        '<L1LossBackward>': F.l1_loss(x, V(rnd(2, 3, 4))),
        '<SmoothL1LossBackward>': F.smooth_l1_loss(x, V(rnd(2, 3, 4))),
        '<KlDivBackward>': F.kl_div(x, V(rnd(2, 3, 4, lo=0.1, hi=1))),
        '<BinaryCrossEntropyBackward>':
            F.binary_cross_entropy(x.sigmoid(), V(rnd(3, 3, 4, lo=0, hi=1))),
        '<torch.autograd.function.SELUBackward>': F.selu(x),
        '<torch.autograd.function.DropoutBackward>': F.dropout(x, 0.5, True),
        '<torch.autograd.function.FeatureDropoutBackward>': F.dropout2d(x, 0.5, True),
        '<torch.autograd.function.PReLUBackward>': F.prelu(x, V([0.25], True)),
        '<torch.autograd.function.MarginRankingLossBackward>':
            F.margin_ranking_loss(x[0], x[1], V([1, -1, 1, 1])),
        '<torch.autograd.function.HingeEmbeddingLossBackward>':
            F.hinge_embedding_loss(x, V(np.ones((3, 4)))),
        '<torch.autograd.function.CosineEmbeddingLossBackward>':
            F.cosine_embedding_loss(x, x * 2, V([1, -1, 1])),
        '<SubBackward1>': F.tanhshrink(x),
        '<DivBackward1>': F.softsign(x),
        '<SigmoidBackward>': F.sigmoid(x),
        '<TanhBackward>': F.tanh(x),
        '<AddmmBackward>': F.linear(x, V(rnd(4, 2, 4), True), V(rnd(5, 2), True)),
        '<MmBackward>': F.linear(x, V(rnd(4, 2, 4), True)),
    }
    for expected, out in cases.items():
        assert _gf(out) == expected, (expected, _gf(out))
    w = V(rnd(6, 5, 3), True)
    assert _gf(F.embedding(LV([[0, 4], [2, 2]]), w)) == \
        '<torch.autograd.function.EmbeddingBackward>'
    # cross_entropy is nll_loss over log_softmax (0.3 composite)
    ce = F.cross_entropy(x, t)
    assert _gf(ce) == '<NllLossBackward>'
    assert re.sub(OBJ, '>', repr(ce.grad_fn.next_functions[0][0])) == '<LogSoftmaxBackward>'
    # the 4-D form of nll_loss is THNN's SpatialClassNLLCriterion
    x4 = V(rnd(7, 2, 3, 2, 2), True)
    t4 = LV(np.zeros((2, 2, 2), dtype=int))
    assert _gf(F.nll_loss(x4, t4)) == '<NllLoss2DBackward>'
    # BCE with logits is the 0.3 composite (a mean at the top)
    bl = F.binary_cross_entropy_with_logits(x, V(rnd(3, 3, 4, lo=0, hi=1)))
    assert _gf(bl) == '<MeanBackward1>'


def test_linear_graph_expands_the_bias_like_0_3():
    # blitz tutorial: loss.grad_fn -> AddmmBackward -> ExpandBackward (0.3 broadcast self by expand)
    x = V(rnd(1, 2, 3))
    w = V(rnd(2, 4, 3), True)
    b = V(rnd(3, 4), True)
    y = F.linear(x, w, b)
    nf = y.grad_fn.next_functions
    assert _gf(y) == '<AddmmBackward>'
    assert re.sub(OBJ, '>', repr(nf[0][0])) == '<ExpandBackward>'
    assert nf[1] == (None, 0)
    assert re.sub(OBJ, '>', repr(nf[2][0])) == '<TBackward>'


# =========================================================================== softmax dims
@pytest.mark.parametrize('fname, shape, dim', [
    ('softmax', (5,), 0), ('softmax', (2, 3), 1), ('softmax', (2, 3, 4), 0),
    ('softmax', (2, 3, 2, 2), 1), ('log_softmax', (5,), 0), ('log_softmax', (2, 3), 1),
    ('log_softmax', (2, 3, 4), 0), ('log_softmax', (1, 2, 3, 4), 1), ('softmin', (4,), 0),
    ('softmin', (3, 4), 1), ('softmin', (2, 2, 3), 0)])
def test_implicit_softmax_dim_rule_and_warning(fname, shape, dim):
    a = rnd(3, *shape)
    fn = getattr(F, fname)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        implicit = fn(V(a))
    assert len(w) == 1
    assert w[0].category is UserWarning
    assert str(w[0].message) == ('Implicit dimension choice for %s has been deprecated. Change the '
                                 'call to include dim=X as an argument.' % fname)
    # the warning points at the caller (0.3 stacklevel=3)
    assert w[0].filename == __file__
    with warnings.catch_warnings(record=True) as w2:
        warnings.simplefilter('always')
        explicit = fn(V(a), dim=dim)
    assert w2 == []
    np.testing.assert_array_equal(A(implicit), A(explicit))


def test_implicit_dim_warning_from_modules_points_at_the_caller():
    import legacy_autograd.nn as nn
    for mod, name in ((nn.Softmax(), 'softmax'), (nn.LogSoftmax(), 'log_softmax'),
                      (nn.Softmin(), 'softmin')):
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            mod(V(rnd(1, 2, 3)))
        assert len(w) == 1 and name in str(w[0].message)
        assert w[0].filename == __file__


def test_softmax_parity_on_every_dim_and_negative_dims():
    torch = modern()
    a = rnd(4, 2, 3, 4)
    for d in (0, 1, 2, -1, -2):
        T.assert_parity(lambda x: F.softmax(x, dim=d), partial(lambda t, x: torch.softmax(x, d), modern()), a, dtype=np.float32)
        T.assert_parity(lambda x: F.log_softmax(x, dim=d), partial(lambda t, x: torch.log_softmax(x, d), modern()), a, dtype=np.float32)
        T.assert_parity(lambda x: F.softmin(x, dim=d), partial(lambda t, x: torch.nn.functional.softmin(x, d), modern()), a, dtype=np.float32)
    with pytest.raises(RuntimeError, match=r'dimension out of range \(expected to be in range of '
                                           r'\[-3, 2\], but got 3\)'):
        F.softmax(V(a), dim=3)


def test_softmax_is_stable_for_large_inputs():
    x = V([[1000.0, 1001.0, 1002.0], [-1000.0, -1001.0, -1000.0]])
    s = A(F.softmax(x, dim=1))
    assert np.all(np.isfinite(s))
    np.testing.assert_allclose(s.sum(1), 1.0, rtol=1e-6)
    ls = A(F.log_softmax(x, dim=1))
    np.testing.assert_allclose(ls[0], [-2.4076059, -1.4076059, -0.4076059], rtol=1e-6)


# =========================================================================== activations
ACTIVATIONS = [
    ('relu', lambda x: F.relu(x), lambda t, x: t.relu(x)),
    ('relu6', lambda x: F.relu6(x), lambda t, x: t.nn.functional.relu6(x)),
    ('threshold', lambda x: F.threshold(x, 0.5, -3.0),
     lambda t, x: t.nn.functional.threshold(x, 0.5, -3.0)),
    ('hardtanh', lambda x: F.hardtanh(x, -0.5, 1.5),
     lambda t, x: t.nn.functional.hardtanh(x, -0.5, 1.5)),
    ('elu', lambda x: F.elu(x, 0.7), lambda t, x: t.nn.functional.elu(x, 0.7)),
    ('selu', lambda x: F.selu(x), lambda t, x: t.nn.functional.selu(x)),
    ('leaky_relu', lambda x: F.leaky_relu(x, 0.1), lambda t, x: t.nn.functional.leaky_relu(x, 0.1)),
    ('leaky_default', lambda x: F.leaky_relu(x), lambda t, x: t.nn.functional.leaky_relu(x)),
    ('softplus', lambda x: F.softplus(x), lambda t, x: t.nn.functional.softplus(x)),
    ('softplus_beta', lambda x: F.softplus(x, 2, 1),
     lambda t, x: t.nn.functional.softplus(x, 2, 1)),
    ('logsigmoid', lambda x: F.logsigmoid(x), lambda t, x: t.nn.functional.logsigmoid(x)),
    ('tanhshrink', lambda x: F.tanhshrink(x), lambda t, x: t.nn.functional.tanhshrink(x)),
    ('softsign', lambda x: F.softsign(x), lambda t, x: t.nn.functional.softsign(x)),
    ('sigmoid', lambda x: F.sigmoid(x), lambda t, x: t.sigmoid(x)),
    ('tanh', lambda x: F.tanh(x), lambda t, x: t.tanh(x)),
]


@pytest.mark.parametrize('name, leg, mod', ACTIVATIONS, ids=[a[0] for a in ACTIVATIONS])
def test_activation_functional_parity(name, leg, mod):
    a = rnd(11, 3, 5, lo=-3, hi=3)
    a[np.abs(a) < 0.05] = 0.3                      # keep away from the kink at 0
    a[np.abs(a - 0.5) < 0.05] = 0.7
    a[np.abs(a + 0.5) < 0.05] = -0.7
    a[np.abs(a - 1.5) < 0.05] = 1.7
    T.assert_parity(leg, partial(mod, modern()), a, dtype=np.float32)


def test_prelu_functional_parity_shared_and_per_channel():
    torch = modern()
    x = rnd(12, 2, 3, 4)
    T.assert_parity(lambda v, w: F.prelu(v, w), partial(lambda t, v, w: t.nn.functional.prelu(v, w), modern()),
           x, np.array([0.25], np.float32), dtype=np.float32)
    T.assert_parity(lambda v, w: F.prelu(v, w), partial(lambda t, v, w: t.nn.functional.prelu(v, w), modern()),
           x, np.array([0.1, -0.2, 0.3], np.float32), dtype=np.float32)
    with pytest.raises(RuntimeError, match='Wrong number of input planes. Expected 2 but got 3.'):
        F.prelu(V(x), V([0.1, 0.2]))
    del torch


def test_inplace_activations_modify_and_return_the_input():
    for fn, kw in ((F.relu, {}), (F.threshold, {'threshold': 0.1, 'value': 2.0}),
                   (F.hardtanh, {}), (F.elu, {}), (F.leaky_relu, {}), (F.relu6, {}),
                   (F.selu, {})):
        a = rnd(13, 2, 3)
        base = V(a, requires_grad=True)
        x = base * 1
        y = fn(x, inplace=True, **kw)
        assert y is x
        ref = fn(V(a), **kw)
        np.testing.assert_allclose(A(x), A(ref), rtol=1e-6)
        y.sum().backward()
        ref_b = V(a, requires_grad=True)
        fn(ref_b * 1, **kw).sum().backward()
        np.testing.assert_allclose(A(base.grad), A(ref_b.grad), rtol=1e-6)


def test_inplace_relu_on_a_leaf_that_requires_grad_raises():
    x = V(rnd(1, 3), requires_grad=True)
    with pytest.raises(RuntimeError, match='a leaf Variable that requires grad has been used in an '
                                           'in-place operation.'):
        F.relu(x, inplace=True)


def test_relu_of_a_long_tensor_is_refused():
    with pytest.raises(RuntimeError,
                       match='threshold is not implemented for type torch.LongTensor'):
        F.relu(LV([1, -2]))


def test_activations_keep_double_precision():
    x = Variable(L.DoubleTensor([[-1.5, 0.25], [2.0, -0.125]]), requires_grad=True)
    for fn in (F.relu, F.elu, F.selu, F.softplus, F.logsigmoid, F.leaky_relu):
        y = fn(x)
        assert y.data.type() == 'torch.DoubleTensor'
    y = F.softmax(x, dim=1)
    assert y.data.type() == 'torch.DoubleTensor'


def test_volatile_input_gives_volatile_output_without_graph():
    x = Variable(L.from_numpy(rnd(1, 2, 3)), volatile=True)
    for y in (F.relu(x), F.softmax(x, dim=1), F.log_softmax(x, dim=1), F.elu(x)):
        assert y.volatile and y.grad_fn is None and not y.requires_grad


# =========================================================================== double backward
def test_double_backward_through_log_softmax_and_nll_matches_modern():
    torch = modern()
    from legacy_autograd.autograd import grad as lgrad
    a = rnd(21, 3, 4)
    target = [1, 0, 3]
    x = V(a, requires_grad=True)
    loss = F.nll_loss(F.log_softmax(F.elu(x), dim=1), LV(target))
    g, = lgrad([loss], [x], create_graph=True)
    (g * g).sum().backward()
    mx = torch.from_numpy(a.copy()).requires_grad_(True)
    ml = torch.nn.functional.nll_loss(torch.log_softmax(torch.nn.functional.elu(mx), 1),
                                      torch.tensor(target))
    mg, = torch.autograd.grad(ml, mx, create_graph=True)
    (mg * mg).sum().backward()
    T.assert_close(g, mg)
    T.assert_close(x.grad, mx.grad)


def test_double_backward_through_softmax_mse():
    torch = modern()
    from legacy_autograd.autograd import grad as lgrad
    a, b = rnd(22, 2, 3), rnd(23, 2, 3)
    x = V(a, requires_grad=True)
    loss = F.mse_loss(F.softmax(x, dim=1), V(b))
    g, = lgrad([loss], [x], create_graph=True)
    g.sum().backward()
    mx = torch.from_numpy(a.copy()).requires_grad_(True)
    ml = torch.nn.functional.mse_loss(torch.softmax(mx, 1), torch.from_numpy(b))
    mg, = torch.autograd.grad(ml, mx, create_graph=True)
    mg.sum().backward()
    T.assert_close(x.grad, mx.grad)


# =========================================================================== losses: parity
RA = [(True, True), (False, True), (True, False), (False, False)]


@pytest.mark.parametrize('size_average, reduce', RA)
@pytest.mark.parametrize('name', ['mse_loss', 'l1_loss', 'smooth_l1_loss'])
def test_pointwise_loss_parity(name, size_average, reduce):
    x, t = rnd(31, 3, 4, lo=-3, hi=3), rnd(32, 3, 4, lo=-3, hi=3)
    lo = T.assert_parity(lambda a: getattr(F, name)(a, V(t), size_average=size_average, reduce=reduce),
                partial(lambda torch, a: getattr(torch.nn.functional, name)(
                    a, torch.from_numpy(t), reduction=red(size_average, reduce)), modern()), x, dtype=np.float32).legacy_output
    assert tuple(lo.size()) == ((1,) if reduce else (3, 4))


@pytest.mark.parametrize('size_average, reduce', RA)
def test_kl_div_parity(size_average, reduce):
    x, t = rnd(33, 3, 4), rnd(34, 3, 4, lo=0.0, hi=1.0)
    t[0, 0] = 0.0                                    # zero targets contribute nothing
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')             # modern 'mean' warns about batchmean
        T.assert_parity(lambda a: F.kl_div(a, V(t), size_average=size_average, reduce=reduce),
               partial(lambda torch, a: torch.nn.functional.kl_div(
                   a, torch.from_numpy(t), reduction=red(size_average, reduce)), modern()), x, dtype=np.float32)


@pytest.mark.parametrize('size_average', [True, False])
@pytest.mark.parametrize('weighted', [False, True])
def test_binary_cross_entropy_parity(size_average, weighted):
    x, t = rnd(35, 4, 3, lo=0.02, hi=0.98), rnd(36, 4, 3, lo=0, hi=1)
    w = rnd(37, 3, lo=0.5, hi=2.0) if weighted else None
    T.assert_parity(lambda a: F.binary_cross_entropy(a, V(t), None if w is None else V(w), size_average),
           partial(lambda torch, a: torch.nn.functional.binary_cross_entropy(
               a, torch.from_numpy(t), None if w is None else torch.from_numpy(w).expand(4, 3),
               reduction='mean' if size_average else 'sum'), modern()), x, dtype=np.float32)


@pytest.mark.parametrize('size_average', [True, False])
@pytest.mark.parametrize('weighted', [False, True])
def test_bce_with_logits_parity(size_average, weighted):
    x, t = rnd(38, 4, 3, lo=-20, hi=20), rnd(39, 4, 3, lo=0, hi=1)
    w = rnd(40, 4, 3, lo=0.5, hi=2.0) if weighted else None
    T.assert_parity(lambda a: F.binary_cross_entropy_with_logits(a, V(t), None if w is None else V(w),
                                                        size_average),
           partial(lambda torch, a: torch.nn.functional.binary_cross_entropy_with_logits(
               a, torch.from_numpy(t), None if w is None else torch.from_numpy(w),
               reduction='mean' if size_average else 'sum'), modern()), x, dtype=np.float32)


@pytest.mark.parametrize('size_average, reduce', RA)
@pytest.mark.parametrize('weighted', [False, True])
@pytest.mark.parametrize('ignore_index', [-100, 2])
def test_nll_and_cross_entropy_parity(size_average, reduce, weighted, ignore_index):
    x = rnd(41, 5, 4)
    target = np.array([0, 2, 3, 1, 2])
    w = np.array([1.0, 0.5, 2.0, 1.5], np.float32) if weighted else None
    for lname in ('nll_loss', 'cross_entropy'):
        T.assert_parity(lambda a: getattr(F, lname)(a, LV(target), None if w is None else V(w),
                                           size_average, ignore_index, reduce),
               partial(lambda torch, a: getattr(torch.nn.functional, lname)(
                   a, torch.from_numpy(target), None if w is None else torch.from_numpy(w),
                   ignore_index=ignore_index, reduction=red(size_average, reduce)), modern()), x, dtype=np.float32)


@pytest.mark.parametrize('size_average, reduce', RA)
def test_nll_loss_4d_3d_and_5d_parity(size_average, reduce):
    torch = modern()
    for shape in ((2, 3, 2, 4), (2, 3, 5), (2, 3, 2, 2, 2)):
        x = rnd(42, *shape)
        tshape = (shape[0],) + shape[2:]
        target = np.random.RandomState(43).randint(0, 3, size=tshape)
        T.assert_parity(lambda a: F.nll_loss(a, LV(target), size_average=size_average, reduce=reduce),
               partial(lambda t, a: t.nn.functional.nll_loss(a, torch.from_numpy(target),
                                                     reduction=red(size_average, reduce)), modern()), x, dtype=np.float32)
        T.assert_parity(lambda a: F.cross_entropy(a, LV(target), size_average=size_average, reduce=reduce),
               partial(lambda t, a: t.nn.functional.cross_entropy(a, torch.from_numpy(target),
                                                          reduction=red(size_average, reduce)), modern()),
               x, dtype=np.float32)


@pytest.mark.parametrize('size_average', [True, False])
def test_margin_hinge_cosine_parity(size_average):
    red1 = 'mean' if size_average else 'sum'
    x1, x2 = rnd(44, 6), rnd(45, 6)
    y = np.array([1, -1, 1, -1, -1, 1], np.float32)
    T.assert_parity(lambda a, b: F.margin_ranking_loss(a, b, V(y), 0.3, size_average),
           partial(lambda t, a, b: t.nn.functional.margin_ranking_loss(a, b, t.from_numpy(y), 0.3,
                                                               reduction=red1), modern()), x1, x2, dtype=np.float32)
    xh = rnd(46, 3, 4)
    yh = np.where(rnd(47, 3, 4) > 0, 1, -1).astype(np.float32)
    T.assert_parity(lambda a: F.hinge_embedding_loss(a, V(yh), 0.8, size_average),
           partial(lambda t, a: t.nn.functional.hinge_embedding_loss(a, t.from_numpy(yh), 0.8,
                                                             reduction=red1), modern()), xh, dtype=np.float32)
    c1, c2 = rnd(48, 3, 5), rnd(49, 3, 5)
    yc = np.array([1, -1, -1], np.float32)
    T.assert_parity(lambda a, b: F.cosine_embedding_loss(a, b, V(yc), -0.5, size_average),
           partial(lambda t, a, b: t.nn.functional.cosine_embedding_loss(a, b, t.from_numpy(yc), -0.5,
                                                                 reduction=red1), modern()), c1, c2, dtype=np.float32)


def test_poisson_nll_and_multilabel_soft_margin_parity():
    x, t = rnd(50, 3, 4), rnd(51, 3, 4, lo=0, hi=3)
    for log_input in (True, False):
        xx = x if log_input else np.abs(x) + 0.1
        T.assert_parity(lambda a: F.poisson_nll_loss(a, V(t), log_input=log_input),
               partial(lambda torch, a: torch.nn.functional.poisson_nll_loss(
                   a, torch.from_numpy(t), log_input=log_input), modern()), xx, dtype=np.float32)
    y = (rnd(52, 3, 4) > 0).astype(np.float32)
    T.assert_parity(lambda a: F.multilabel_soft_margin_loss(a, V(y)),
           partial(lambda torch, a: torch.nn.functional.multilabel_soft_margin_loss(a, torch.from_numpy(y)), modern()),
           x, dtype=np.float32)


def test_linear_and_bilinear_parity():
    x, w, b = rnd(60, 4, 3), rnd(61, 5, 3), rnd(62, 5)
    T.assert_parity(lambda a, ww, bb: F.linear(a, ww, bb),
           partial(lambda t, a, ww, bb: t.nn.functional.linear(a, ww, bb), modern()), x, w, b, dtype=np.float32)
    T.assert_parity(lambda a, ww: F.linear(a, ww), partial(lambda t, a, ww: t.nn.functional.linear(a, ww), modern()), x, w, dtype=np.float32)
    x3 = rnd(63, 2, 4, 3)
    T.assert_parity(lambda a, ww, bb: F.linear(a, ww, bb),
           partial(lambda t, a, ww, bb: t.nn.functional.linear(a, ww, bb), modern()), x3, w, b, dtype=np.float32)
    x1 = rnd(64, 3)
    T.assert_parity(lambda a, ww, bb: F.linear(a, ww, bb),
           partial(lambda t, a, ww, bb: t.nn.functional.linear(a, ww, bb), modern()), x1, w, b, dtype=np.float32)
    i1, i2, bw, bb = rnd(65, 4, 3), rnd(66, 4, 2), rnd(67, 5, 3, 2), rnd(68, 5)
    T.assert_parity(lambda a, c, ww, b2: F.bilinear(a, c, ww, b2),
           partial(lambda t, a, c, ww, b2: t.nn.functional.bilinear(a, c, ww, b2), modern()), i1, i2, bw, bb, dtype=np.float32)


def test_embedding_functional_parity():
    torch = modern()
    w = rnd(70, 6, 3)
    idx = np.array([[0, 5, 2], [2, 2, 1]])
    T.assert_parity(lambda ww: F.embedding(LV(idx), ww),
           partial(lambda t, ww: t.nn.functional.embedding(torch.from_numpy(idx), ww), modern()), w, dtype=np.float32)
    T.assert_parity(lambda ww: F.embedding(LV(idx), ww, scale_grad_by_freq=True),
           partial(lambda t, ww: t.nn.functional.embedding(torch.from_numpy(idx), ww,
                                                   scale_grad_by_freq=True), modern()), w, dtype=np.float32)
    # max_norm renormalises the looked-up rows of the weight in place
    lw = V(w * 3)
    mw = torch.from_numpy(w * 3)
    lo = F.embedding(LV(idx), lw, max_norm=1.5)
    mo = torch.nn.functional.embedding(torch.from_numpy(idx), mw, max_norm=1.5)
    T.assert_close(lo, mo)
    T.assert_close(lw, mw)


# =========================================================================== 0.3 loss semantics
def test_reduced_losses_are_size_1_variables_read_with_data_0():
    x = V(rnd(1, 3, 4), True)
    for loss in (F.mse_loss(x, V(rnd(2, 3, 4))), F.nll_loss(x, LV([0, 1, 2])),
                 F.cross_entropy(x, LV([0, 1, 2])), F.l1_loss(x, V(rnd(2, 3, 4))),
                 F.binary_cross_entropy(x.sigmoid(), V(rnd(3, 3, 4, lo=0, hi=1)))):
        assert isinstance(loss, Variable)
        assert tuple(loss.size()) == (1,)
        assert isinstance(loss.data[0], float)
        assert repr(loss).startswith('Variable containing:\n')
        assert repr(loss).endswith('[torch.FloatTensor of size 1]\n')


def test_nll_loss_with_every_target_ignored_is_zero_not_nan():
    # THNN skipped the division when the total weight was 0; modern torch gives nan
    x = V(rnd(1, 2, 3), True)
    loss = F.nll_loss(x, LV([1, 1]), ignore_index=1)
    assert A(loss).tolist() == [0.0]
    loss.backward()
    assert np.all(A(x.grad) == 0)


def test_nll_loss_accumulates_like_thnn_in_float32():
    # sequential float32 accumulation of -x[i, t_i], then one float32 division
    a = rnd(5, 7, 3)
    t = np.array([0, 1, 2, 2, 1, 0, 1])
    expected = np.float32(0)
    for i, c in enumerate(t):
        expected = np.float32(expected - a[i, c])
    expected = np.float32(expected / np.float32(7))
    assert A(F.nll_loss(V(a), LV(t)))[0] == expected


def test_mse_loss_walks_elements_when_shapes_differ_but_counts_agree():
    # 0.3 blitz tutorial: a (1, 10) output against a (10,) target
    out = V(rnd(1, 1, 10), True)
    target = V(np.arange(1, 11, dtype=np.float32))
    loss = F.mse_loss(out, target)
    expected = np.mean((A(out).reshape(-1).astype(np.float64) - np.arange(1, 11)) ** 2)
    assert abs(A(loss)[0] - expected) < 1e-4
    loss.backward()
    assert tuple(out.grad.size()) == (1, 10)
    per = F.mse_loss(out, target, reduce=False)
    assert tuple(per.size()) == (1, 10)


def test_pointwise_losses_with_a_target_that_requires_grad_use_the_composite():
    x = V(rnd(1, 2, 3), True)
    t = V(rnd(2, 2, 3), True)
    loss = F.mse_loss(x, t)
    assert _gf(loss) == '<MeanBackward1>'
    loss.backward()
    np.testing.assert_allclose(A(t.grad), -A(x.grad), rtol=1e-6)
    assert _gf(F.l1_loss(x, t, size_average=False)) == '<SumBackward0>'
    assert _gf(F.mse_loss(x, t, reduce=False)) == '<PowBackward0>'


def test_l1_loss_gradient_at_ties_is_plus_one_like_thnn():
    x = V([1.0, 2.0, 3.0], True)
    F.l1_loss(x, V([1.0, 1.0, 4.0]), size_average=False).backward()
    assert A(x.grad).tolist() == [1.0, 1.0, -1.0]


def test_bce_uses_the_0_3_epsilon_inside_the_logs():
    x = V([0.0, 1.0])
    loss = F.binary_cross_entropy(x, V([0.0, 1.0]))
    assert np.isfinite(A(loss)[0]) and A(loss)[0] < 1e-10


# =========================================================================== bad input
def test_nll_loss_with_float_target_is_the_0_3_type_error():
    with pytest.raises(RuntimeError) as e:
        F.nll_loss(V(rnd(1, 2, 3)), V([0.0, 1.0]))
    assert str(e.value) == ("Expected object of type Variable[torch.LongTensor] but found type "
                            "Variable[torch.FloatTensor] for argument #1 'target'")
    with pytest.raises(RuntimeError, match=r"Variable\[torch.LongTensor\] but found type "
                                           r"Variable\[torch.DoubleTensor\]"):
        F.cross_entropy(V(rnd(1, 2, 3)), Variable(L.DoubleTensor([0, 1])))


@pytest.mark.parametrize('fn', [F.nll_loss, F.cross_entropy])
def test_out_of_range_targets_raise_the_thnn_assertion(fn):
    x = V(rnd(1, 2, 3))
    for bad in ([0, 3], [-1, 0], [5, 5]):
        with pytest.raises(RuntimeError) as e:
            fn(x, LV(bad))
        assert str(e.value).startswith("Assertion `cur_target >= 0 && cur_target < n_classes' "
                                       "failed.")
    # an ignored index may be out of range
    fn(x, LV([7, 0]), ignore_index=7)
    with pytest.raises(RuntimeError, match='cur_target >= 0'):
        fn(V(rnd(2, 1, 3, 2, 2)), LV(np.full((1, 2, 2), 3)))


def test_nll_loss_size_and_dimension_errors():
    x = V(rnd(1, 2, 3))
    with pytest.raises(RuntimeError, match=r"Assertion `THIndexTensor_\(size\)\(target, 0\) == "
                                           r"batch_size' failed."):
        F.nll_loss(x, LV([0, 1, 2]))
    with pytest.raises(RuntimeError, match='multi-target not supported'):
        F.nll_loss(x, LV([[0, 1], [1, 0]]))
    with pytest.raises(ValueError, match=r'Expected 2 or more dimensions \(got 1\)'):
        F.nll_loss(V(rnd(1, 3)), LV([0]))
    with pytest.raises(RuntimeError, match='weight tensor should be defined either for all 3 '
                                           r'classes or no classes but got weight tensor of '
                                           r'shape: \[2\]'):
        F.nll_loss(x, LV([0, 1]), weight=L.FloatTensor([1, 2]))
    with pytest.raises(ValueError, match=r'Expected target size \(2, 4\), got torch.Size\(\[2, 3, '
                                         r'4\]\)'):
        F.nll_loss(V(rnd(1, 2, 3, 4)), LV(np.zeros((2, 5), dtype=int)))
    with pytest.raises(TypeError, match='nll_loss received an invalid combination of arguments'):
        F.nll_loss(x, L.LongTensor([0, 1]))


def test_pointwise_loss_size_and_type_errors():
    with pytest.raises(RuntimeError) as e:
        F.mse_loss(V(rnd(1, 2, 3)), V(rnd(2, 5)))
    assert str(e.value) == ('input and target have different number of elements: input[2 x 3] '
                            'has 6 elements, while target[5] has 5 elements')
    with pytest.raises(RuntimeError) as e:
        F.mse_loss(V(rnd(1, 2, 3)), Variable(L.LongTensor(2, 3).zero_()))
    assert str(e.value) == ("Expected object of type Variable[torch.FloatTensor] but found type "
                            "Variable[torch.LongTensor] for argument #1 'target'")
    with pytest.raises(RuntimeError, match='different number of elements'):
        F.smooth_l1_loss(V(rnd(1, 4)), V(rnd(2, 3)))


def test_bce_size_warning_and_element_count_error():
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        F.binary_cross_entropy(V(rnd(1, 2, 3, lo=0.1, hi=0.9)), V(rnd(2, 6, lo=0, hi=1)))
    assert len(w) == 1
    assert str(w[0].message) == ('Using a target size (torch.Size([6])) that is different to the '
                                 'input size (torch.Size([2, 3])) is deprecated. Please ensure '
                                 'they have the same size.')
    with pytest.raises(ValueError) as e, warnings.catch_warnings():
        warnings.simplefilter('ignore')            # the size warning comes first, as in 0.3
        F.binary_cross_entropy(V(rnd(1, 2, 3, lo=0.1, hi=0.9)), V(rnd(2, 5, lo=0, hi=1)))
    assert str(e.value) == ('Target and input must have the same number of elements. target '
                            'nelement (5) != input nelement (6)')
    with pytest.raises(ValueError) as e:
        F.binary_cross_entropy_with_logits(V(rnd(1, 2, 3)), V(rnd(2, 6)))
    assert str(e.value) == ('Target size (torch.Size([6])) must be the same as input size '
                            '(torch.Size([2, 3]))')


def test_linear_with_wrong_in_features_names_the_sizes():
    x = V(rnd(1, 2, 4))
    w = V(rnd(2, 3, 5), True)
    b = V(rnd(3, 3), True)
    with pytest.raises(RuntimeError) as e:
        F.linear(x, w, b)
    assert str(e.value) == 'size mismatch, m1: [2 x 4], m2: [5 x 3]'


def test_embedding_index_errors():
    w = V(rnd(1, 4, 3), True)
    with pytest.raises(RuntimeError, match='index out of range'):
        F.embedding(LV([0, 4]), w)
    with pytest.raises(TypeError, match='index_select received an invalid combination of '
                                        'arguments'):
        F.embedding(V([0.0, 1.0]), w)


def test_dropout_probability_checks():
    for p in (-0.1, 1.5):
        with pytest.raises(ValueError) as e:
            F.dropout(V(rnd(1, 3)), p, True)
        assert str(e.value) == 'dropout probability has to be between 0 and 1, but got %s' % p


# =========================================================================== dropout
def test_dropout_mask_is_bernoulli_one_minus_p_from_the_0_3_generator():
    a = rnd(1, 4, 5) + 3.0
    L.manual_seed(7)
    out = A(F.dropout(V(a), 0.3, training=True))
    L.manual_seed(7)
    keep = L.FloatTensor(4, 5).bernoulli_(0.7)._a
    expected = a * (keep / np.float32(0.7))
    np.testing.assert_array_equal(out, expected.astype(np.float32))
    assert set(np.unique(out == 0)) <= {True, False}
    # the same seed gives the same mask; the stream advances between calls
    L.manual_seed(7)
    o1 = A(F.dropout(V(a), 0.3, training=True))
    o2 = A(F.dropout(V(a), 0.3, training=True))
    np.testing.assert_array_equal(o1, out)
    assert not np.array_equal(o1 == 0, o2 == 0)


def test_dropout_eval_p0_p1_and_gradient():
    a = rnd(2, 3, 4)
    y = F.dropout(V(a), 0.5, training=False)
    np.testing.assert_array_equal(A(y), a)
    assert _gf(F.dropout(V(a, True), 0.5)) == '<torch.autograd.function.DropoutBackward>'
    np.testing.assert_array_equal(A(F.dropout(V(a), 0.0, True)), a)
    assert np.all(A(F.dropout(V(a), 1.0, True)) == 0)
    x = V(a, True)
    L.manual_seed(3)
    y = F.dropout(x, 0.5, True)
    y.sum().backward()
    np.testing.assert_array_equal(A(x.grad), np.where(A(y) != 0, 2.0, 0.0))


def test_dropout2d_zeroes_whole_channels_and_inplace():
    a = rnd(3, 4, 6, 2, 2) + 5.0
    L.manual_seed(11)
    out = A(F.dropout2d(V(a), 0.5, True))
    per_channel = out.reshape(4, 6, -1)
    for n in range(4):
        for c in range(6):
            ch = per_channel[n, c]
            assert np.all(ch == 0) or np.allclose(ch, a[n, c].reshape(-1) * 2)
    x = V(a)
    L.manual_seed(11)
    y = F.dropout2d(x, 0.5, True, inplace=True)
    assert y is x
    np.testing.assert_array_equal(A(x), out)


# =========================================================================== registry bookkeeping
def test_nn_op_names_are_the_0_3_node_names():
    expected = {
        'threshold': 'ThresholdBackward', 'hardtanh': 'HardtanhBackward', 'elu': 'EluBackward',
        'leaky_relu': 'LeakyReluBackward', 'softplus': 'SoftplusBackward',
        'log_sigmoid': 'LogSigmoidBackward', 'softmax': 'SoftmaxBackward',
        'log_softmax': 'LogSoftmaxBackward', 'mse_loss': 'MseLossBackward',
        'l1_loss': 'L1LossBackward', 'smooth_l1_loss': 'SmoothL1LossBackward',
        'kl_div': 'KlDivBackward', 'binary_cross_entropy': 'BinaryCrossEntropyBackward',
        'nll_loss': 'NllLossBackward', 'nll_loss2d': 'NllLoss2DBackward',
        'embedding': 'torch.autograd.function.EmbeddingBackward',
        'dropout': 'torch.autograd.function.DropoutBackward',
        'selu': 'torch.autograd.function.SELUBackward',
    }
    for name, gf in expected.items():
        assert OPS[name].grad_fn == gf


# =========================================================================== recorded 0.3 output
def test_recorded_0_3_softmax_outputs():
    # 0.3.1 NLP tutorial "Deep Learning with PyTorch" (recorded sphinx-gallery output, see
    # test_nn_modules.RECORDED_BOW): after manual_seed(1), Linear(5, 3), randn(2, 5) and
    # randn(2, 2), a randn(5) vector and its softmax, the softmax's sum and log_softmax
    import legacy_autograd.nn as nn
    L.manual_seed(1)
    nn.Linear(5, 3)
    L.randn(2, 5)
    x = Variable(L.randn(2, 2))
    assert repr(F.relu(x)) == ('Variable containing:\n 0.0000  0.0000\n 2.1130  0.0000\n'
                               '[torch.FloatTensor of size 2x2]\n')
    data = Variable(L.randn(5))
    assert repr(data) == ('Variable containing:\n 1.3800\n-1.3505\n 0.3455\n 0.5046\n 1.8213\n'
                          '[torch.FloatTensor of size 5]\n')
    assert repr(F.softmax(data, dim=0)) == ('Variable containing:\n 0.2948\n 0.0192\n 0.1048\n'
                                            ' 0.1228\n 0.4584\n[torch.FloatTensor of size 5]\n')
    # the sum prints in integer mode: exactly 1.0 in float32
    assert repr(F.softmax(data, dim=0).sum()) == ('Variable containing:\n 1\n'
                                                  '[torch.FloatTensor of size 1]\n')
    assert repr(F.log_softmax(data, dim=0)) == ('Variable containing:\n-1.2214\n-3.9519\n-2.2560\n'
                                                '-2.0969\n-0.7801\n[torch.FloatTensor of size 5]\n')
