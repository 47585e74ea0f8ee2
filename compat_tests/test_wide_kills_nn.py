"""Behaviours a random sample of WIDER mutants of the nn / optim / autograd / fast-path code
(``tools/auto_mutants.py`` with ``AUTO_MUTANTS_KINDS=all``, seeds 801 and 802, section hwideB of
``tools/mutation_catalogue.py``) found unguarded: a statement replaced by ``pass``, a string
literal changed, ``is``/``not`` flipped, a sibling function, one token.  Written by class:

* every output-size check ``oh < 1 or ow < 1`` of the 2-d convolutions and poolings fails on
  ONE side alone (height only, width only), with 0.3.1's THNN text;
* every assertion text of ``nn.functional`` (``pad``, ``pairwise_distance``,
  ``triplet_margin_loss``, 0.3.1 ``torch/nn/functional.py``);
* every ``_check_input_dim`` of the normalisation modules (dimension and feature count, the
  instance norms' too, which 0.3.1's forward never calls but which a subclass may);
* the custom-Function bookkeeping on rarer paths: a fresh Function's state (0.3.1
  ``python_function.cpp`` getters), an input modified in place by a call with a volatile
  input (``_transplant_var``), a dense gradient meeting a sparse one in a node's buffer;
* the in-place writer's size check (``dispatch.assign_into``), reached through a registry op.
"""
import numpy as np
import pytest

import legacy_autograd as L
import legacy_autograd.nn as nn
import legacy_autograd.nn.functional as F
from legacy_autograd.autograd import Function, Variable
from legacy_autograd.ops import dispatch
from legacy_values import as_numpy


def _v(*shape, requires_grad=True):
    a = np.arange(int(np.prod(shape)), dtype=np.float64).reshape(shape) / 7.0
    return Variable(L.DoubleTensor(a), requires_grad=requires_grad)


def _raises(call, exc, text):
    with pytest.raises(exc) as e:
        call()
    assert str(e.value) == text
    return e.value


# ============================================================ output-size checks, one side
_TOO_SMALL = 'Given input size: (%s). Calculated output size: (%s). Output size is too small'
_ONE_SIDE = [
    ('conv2d_h', lambda: F.conv2d(_v(1, 2, 1, 5), _v(3, 2, 2, 2)),
     _TOO_SMALL % ('2 x 1 x 5', '3 x 0 x 4')),
    ('conv2d_w', lambda: F.conv2d(_v(1, 2, 5, 1), _v(3, 2, 2, 2)),
     _TOO_SMALL % ('2 x 5 x 1', '3 x 4 x 0')),
    ('conv_transpose2d_h', lambda: F.conv_transpose2d(_v(1, 2, 1, 3), _v(2, 3, 1, 1),
                                                      padding=(1, 0)),
     _TOO_SMALL % ('2 x 1 x 3', '3 x -1 x 3')),
    ('conv_transpose2d_w', lambda: F.conv_transpose2d(_v(1, 2, 3, 1), _v(2, 3, 1, 1),
                                                      padding=(0, 1)),
     _TOO_SMALL % ('2 x 3 x 1', '3 x 3 x -1')),
    ('max_pool2d_h', lambda: F.max_pool2d(_v(1, 2, 1, 5), 2), _TOO_SMALL % ('2x1x5', '2x0x2')),
    ('max_pool2d_w', lambda: F.max_pool2d(_v(1, 2, 5, 1), 2), _TOO_SMALL % ('2x5x1', '2x2x0')),
    ('avg_pool2d_h', lambda: F.avg_pool2d(_v(1, 2, 1, 5), 2), _TOO_SMALL % ('2x1x5', '2x0x2')),
    ('avg_pool2d_w', lambda: F.avg_pool2d(_v(1, 2, 5, 1), 2), _TOO_SMALL % ('2x5x1', '2x2x0')),
    ('adaptive_max_pool2d_h', lambda: F.adaptive_max_pool2d(_v(1, 2, 4, 4), (-1, 2)),
     'adaptive pooling: output size must be positive, got (-1, 2)'),
    ('adaptive_avg_pool2d_w', lambda: F.adaptive_avg_pool2d(_v(1, 2, 4, 4), (2, -1)),
     'adaptive pooling: output size must be positive, got (2, -1)'),
]


@pytest.mark.parametrize('name, call, text', _ONE_SIDE, ids=[c[0] for c in _ONE_SIDE])
def test_output_size_checks_fail_on_one_side_alone(name, call, text):
    _raises(call, RuntimeError, text)


@pytest.mark.parametrize('fn', [F.max_pool2d, F.avg_pool2d])
def test_poolings_just_inside_the_size_check(fn):
    # one output row / column is enough (the boundary of the checks above)
    assert fn(_v(1, 2, 2, 5), 2).size() == L.Size([1, 2, 1, 2])
    assert fn(_v(1, 2, 5, 2), 2).size() == L.Size([1, 2, 2, 1])


# ============================================================ nn.functional assertion texts
_ASSERTS = [
    ('pad_odd', lambda: F.pad(_v(1, 2, 3), (1, 1, 1)), 'Padding length must be divisible by 2'),
    ('pad_long', lambda: F.pad(_v(2, 3), (1, 1, 1, 1, 1, 1)), 'Padding length too large'),
    ('pad_3d_reflect', lambda: F.pad(_v(1, 2, 3), (1, 1, 1, 1), 'reflect'),
     '3D tensors expect 2 values for padding'),
    ('pad_4d_replicate', lambda: F.pad(_v(1, 1, 3, 3), (1, 1), 'replicate'),
     '4D tensors expect 4 values for padding'),
    ('pad_5d_replicate', lambda: F.pad(_v(1, 1, 2, 2, 2), (1, 1, 1, 1), 'replicate'),
     '5D tensors expect 6 values for padding'),
    ('pairwise_sizes', lambda: F.pairwise_distance(_v(2, 3), _v(2, 4)),
     'Input sizes must be equal.'),
    ('pairwise_dim', lambda: F.pairwise_distance(_v(2, 3, 1), _v(2, 3, 1)),
     'Input must be a 2D matrix.'),
    ('triplet_ap', lambda: F.triplet_margin_loss(_v(2, 3), _v(2, 4), _v(2, 3)),
     'Input sizes between positive and negative must be equal.'),
    ('triplet_an', lambda: F.triplet_margin_loss(_v(2, 3), _v(2, 3), _v(2, 4)),
     'Input sizes between anchor and negative must be equal.'),
    ('triplet_dim', lambda: F.triplet_margin_loss(_v(2, 3, 1), _v(2, 3, 1), _v(2, 3, 1)),
     'Input must be a 2D matrix.'),
    ('triplet_margin0', lambda: F.triplet_margin_loss(_v(2, 3), _v(2, 3), _v(2, 3), margin=0.0),
     'Margin should be positive value.'),
    ('triplet_margin_neg', lambda: F.triplet_margin_loss(_v(2, 3), _v(2, 3), _v(2, 3),
                                                         margin=-1.0),
     'Margin should be positive value.'),
]


@pytest.mark.parametrize('name, call, text', _ASSERTS, ids=[c[0] for c in _ASSERTS])
def test_functional_assertion_texts(name, call, text):
    _raises(call, AssertionError, text)


def test_triplet_margin_loss_small_positive_margin_is_accepted(torch):
    a, p, n = _v(2, 3), _v(2, 3) * 0.5, _v(2, 3) * 2
    got = F.triplet_margin_loss(a, p, n, margin=1e-3)
    want = torch.nn.functional.triplet_margin_loss(
        torch.from_numpy(as_numpy(a)), torch.from_numpy(as_numpy(p)),
        torch.from_numpy(as_numpy(n)), margin=1e-3)
    np.testing.assert_allclose(as_numpy(got), want.numpy().reshape(1), rtol=1e-12)


# ============================================================ _check_input_dim of the norms
_NORMS = [(nn.BatchNorm1d, 2, (4, 3, 2)), (nn.BatchNorm1d, 2, (4, 3)),
          (nn.BatchNorm2d, 4, (2, 3, 2, 2)), (nn.BatchNorm3d, 5, (2, 3, 2, 2, 2)),
          (nn.InstanceNorm1d, 3, (2, 3, 4)), (nn.InstanceNorm2d, 4, (2, 3, 2, 2)),
          (nn.InstanceNorm3d, 5, (2, 3, 2, 2, 2))]
_DIM_TEXT = {nn.BatchNorm1d: 'expected 2D or 3D input (got {}D input)'}


@pytest.mark.parametrize('cls, nd, shape', _NORMS,
                         ids=['%s-%d' % (c.__name__, len(s)) for c, _, s in _NORMS])
def test_norm_check_input_dim_dimension_and_features(cls, nd, shape):
    m = cls(3)
    m._check_input_dim(_v(*shape))                    # accepted: right dim, 3 features
    wrong = (2, 3) + (2,) * (nd - 1) if nd != 2 else (2, 3, 2, 2)
    text = _DIM_TEXT.get(cls, 'expected %dD input (got {}D input)' % nd)
    _raises(lambda: m._check_input_dim(_v(*wrong)), ValueError, text.format(len(wrong)))
    feats = (shape[0], 5) + shape[2:]
    _raises(lambda: m._check_input_dim(_v(*feats)), ValueError,
            'got 5-feature tensor, expected 3')
    if cls.__name__.startswith('Batch'):
        # forward runs the check (0.3.1's _BatchNorm.forward)
        _raises(lambda: m(_v(*feats)), ValueError, 'got 5-feature tensor, expected 3')


# ============================================================ custom Function bookkeeping
class _Plain(Function):
    def forward(self, x):
        return x * 2

    def backward(self, g):
        return g * 2


def test_fresh_legacy_function_state():
    # 0.3.1 THPFunction getters on a Function never called
    fn = _Plain()
    assert fn.next_functions == ()
    assert fn.to_save is None and fn.non_differentiable is None and fn.dirty_tensors is None
    assert fn.needs_input_grad is None
    assert fn.requires_grad is False
    y = fn(_v(2, 2))
    assert len(fn.next_functions) == 1 and fn.requires_grad is True
    assert y.grad_fn is fn


class _AddInPlace(Function):
    """``x += y`` in place (x marked dirty), returns x."""

    def forward(self, x, y):
        x.add_(y)
        self.mark_dirty(x)
        return x

    def backward(self, g):
        return g, g


def test_input_modified_in_place_with_a_volatile_input_becomes_volatile():
    # 0.3.1 _transplant_var: a dirty input of a volatile call loses its history and turns
    # volatile
    base = _v(2, 2)
    x = base * 1                                    # a non-leaf with a graph
    y = Variable(L.DoubleTensor(np.ones((2, 2))), volatile=True)
    assert not x.volatile and x.grad_fn is not None
    out = _AddInPlace()(x, y)
    assert out is x
    assert x.volatile is True
    assert x.grad_fn is None and x.requires_grad is False
    np.testing.assert_array_equal(as_numpy(x), as_numpy(base) + 1)
    # a plain (not requiring) input too
    z = Variable(L.DoubleTensor(np.zeros((2, 2))))
    _AddInPlace()(z, y)
    assert z.volatile is True and z.grad_fn is None
    # without a volatile input the dirty input moves onto the new node
    w = _v(2, 2) * 1
    f = _AddInPlace()
    f(w, _v(2, 2))
    assert w.volatile is False and w.grad_fn is f


class _Gives(Function):
    """Identity forward; backward returns a fixed gradient (dense or sparse)."""

    def __init__(self, grad):
        super(_Gives, self).__init__()
        self.grad = grad

    def forward(self, x):
        return x.clone()

    def backward(self, g):
        return self.grad


class _Triple(Function):
    def forward(self, x):
        return x * 3

    def backward(self, g):
        assert not g.is_sparse
        return g * 3


def _sparse(shape):
    return L.sparse.DoubleTensor(L.LongTensor([[0, 1], [1, 0]]), L.DoubleTensor([3.0, -2.0]),
                                 L.Size(shape))


@pytest.mark.parametrize('dense_first', [True, False])
def test_dense_and_sparse_gradients_meet_in_a_non_leaf_buffer(dense_first):
    # the node of h (a custom Function: sparse gradients reach it as sparse) gets one dense and
    # one sparse gradient, in either order (the engine runs the later node first); their sum
    # is dense, as 0.3.1's Add of a dense and a sparse tensor
    x = _v(2, 2)
    h = _Triple()(x)
    dense = L.DoubleTensor(np.full((2, 2), 0.5))
    makers = [lambda: _Gives(_sparse((2, 2)))(h), lambda: _Gives(dense)(h)]
    if not dense_first:
        makers.reverse()
    a = makers[0]()
    b = makers[1]()
    (a + b).sum().backward()
    want = (np.full((2, 2), 0.5) + np.array([[0.0, 3.0], [-2.0, 0.0]])) * 3
    assert not x.grad.data.is_sparse
    np.testing.assert_array_equal(as_numpy(x.grad), want)


# ============================================================ the in-place writer's checks
def test_inplace_writer_refuses_a_result_of_another_size(scratch_op):
    op = scratch_op('wide_kills_grow', lambda a: np.concatenate([a, a]))
    t = L.DoubleTensor(np.ones((2, 3)))
    _raises(lambda: dispatch.call_inplace(op, [t], {}), RuntimeError,
            'wide_kills_grow_: the result of size [4 x 3] cannot be written in place into a '
            'tensor of size [2 x 3]')
    v = Variable(L.DoubleTensor(np.ones((2, 3))))
    _raises(lambda: dispatch.call_inplace(op, [v], {}), RuntimeError,
            'wide_kills_grow_: the result of size [4 x 3] cannot be written in place into a '
            'tensor of size [2 x 3]')
    # the same number of elements with fewer dims is reshaped into self
    flat = scratch_op('wide_kills_flat', lambda a: a.reshape(-1)[::-1].copy())
    t = L.DoubleTensor(np.arange(6.0).reshape(2, 3))
    assert dispatch.call_inplace(flat, [t], {}) is t
    np.testing.assert_array_equal(t.numpy(), np.arange(6.0)[::-1].reshape(2, 3))
    # more dims is refused even with the same number of elements
    deeper = scratch_op('wide_kills_deeper', lambda a: a.reshape(1, 2, 3))
    _raises(lambda: dispatch.call_inplace(deeper, [t], {}), RuntimeError,
            'wide_kills_deeper_: the result of size [1 x 2 x 3] cannot be written in place '
            'into a tensor of size [2 x 3]')


# ============================================================ double backward through B.sqrt
def _double_backward(torch, lfn, mfn, arrays, weights):
    """x.grad of sum(weights * d(sum(f(x)))/dx) on both sides (the first gradient built with
    create_graph, so the backward formula itself is differentiated)."""
    lx = [Variable(L.DoubleTensor(a.copy()), requires_grad=True) for a in arrays]
    mx = [torch.from_numpy(a.copy()).requires_grad_() for a in arrays]
    lg = L.autograd.grad(lfn(*lx).sum(), lx, create_graph=True)
    mg = torch.autograd.grad(mfn(*mx).sum(), mx, create_graph=True)
    for a, b in zip(lg, mg):
        np.testing.assert_allclose(as_numpy(a), b.detach().numpy(), rtol=1e-10, atol=1e-12)
    sum((g * Variable(L.DoubleTensor(w))).sum() for g, w in zip(lg, weights)).backward()
    sum((g * torch.from_numpy(w)).sum() for g, w in zip(mg, weights)).backward()
    for a, b in zip(lx, mx):
        np.testing.assert_allclose(as_numpy(a.grad), b.grad.numpy(), rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize('name', ['asin', 'acos'])
def test_asin_acos_double_backward(torch, name):
    x = np.array([[-0.7, -0.2, 0.1], [0.3, 0.55, 0.9]])
    w = np.array([[1.0, -2.0, 0.5], [0.25, 3.0, -1.0]])
    _double_backward(torch, lambda a: getattr(a, name)(), lambda a: getattr(a, name)(), [x], [w])


def test_lgamma_double_and_triple_backward(torch):
    # lgamma's gradient is digamma = polygamma(0, x), built with the Variable vocabulary's
    # polygamma when differentiated again (polygamma(1, x), then polygamma(2, x))
    x = np.array([[0.3, 1.7, 4.2], [2.5, 0.9, 7.0]])
    w = np.array([[1.0, -2.0, 0.5], [0.25, 3.0, -1.0]])
    _double_backward(torch, lambda a: a.lgamma(), lambda a: a.lgamma(), [x], [w])
    lx = Variable(L.DoubleTensor(x.copy()), requires_grad=True)
    mx = torch.from_numpy(x.copy()).requires_grad_()
    lg, = L.autograd.grad(lx.lgamma().sum(), [lx], create_graph=True)
    mg, = torch.autograd.grad(mx.lgamma().sum(), [mx], create_graph=True)
    lgg, = L.autograd.grad(lg.sum(), [lx], create_graph=True)
    mgg, = torch.autograd.grad(mg.sum(), [mx], create_graph=True)
    lgg.sum().backward()
    mgg.sum().backward()
    np.testing.assert_allclose(as_numpy(lx.grad), mx.grad.numpy(), rtol=1e-9)


def test_cosine_embedding_loss_double_backward(torch):
    r = np.random.RandomState(5)
    x1, x2 = r.uniform(-1, 1, (3, 4)), r.uniform(-1, 1, (3, 4))
    y = np.array([1.0, -1.0, 1.0])
    w1, w2 = r.uniform(-1, 1, (3, 4)), r.uniform(-1, 1, (3, 4))
    ly = Variable(L.DoubleTensor(y))
    my = torch.from_numpy(y)
    _double_backward(torch, lambda a, b: F.cosine_embedding_loss(a, b, ly, margin=-0.5),
                     lambda a, b: torch.nn.functional.cosine_embedding_loss(a, b, my, margin=-0.5),
                     [x1, x2], [w1, w2])


# ============================================================ nn.modules: what each file exports
def test_every_nn_modules_file_exports_exactly_its_module_classes():
    # ``nn/modules/__init__.py`` star-imports each file: its ``__all__`` must name the module
    # classes defined there (0.3.1 imported them by name), never a helper (``F``, ``Module``)
    import importlib
    import inspect
    import pkgutil
    import types
    import legacy_autograd.nn.modules as M
    not_exported = {'rnn': {'RNNCellBase'}}             # 0.3.1's __init__ leaves it out
    for info in pkgutil.iter_modules(M.__path__):
        mod = importlib.import_module(M.__name__ + '.' + info.name)
        if info.name == 'module':
            continue                                    # imported by name: ``Module``
        defined = {k for k, v in vars(mod).items() if inspect.isclass(v)
                   and v.__module__ == mod.__name__ and not k.startswith('_')}
        assert isinstance(mod.__all__, list), info.name
        assert set(mod.__all__) == defined - not_exported.get(info.name, set()), info.name
        for name in mod.__all__:
            assert getattr(M, name) is getattr(mod, name)
    # every module object bound in nn.modules / nn is a submodule under its own name
    for ns in (M, nn):
        for k, v in vars(ns).items():
            if isinstance(v, types.ModuleType) and not k.startswith('_'):
                assert v.__name__.rsplit('.', 1)[-1] in (k, '_' + k), (ns.__name__, k, v)


# ============================================================ the parity samples' own contracts
def test_softplus_samples_keep_out_of_the_gradient_one_band():
    # finite differences would see 0.3.1's band where softplus's gradient is 1 (above
    # log1p(exp(beta x)) > threshold while beta x <= threshold): ONE element there rejects
    from legacy_autograd.ops.registry import OPS
    valid = OPS['softplus'].samples['valid']
    p = {'beta': 1.0, 'threshold': 1.0}
    assert valid([np.array([0.6, -2.0])], p) is False      # 0.6: log1p(e^0.6) = 1.04 > 0.95
    assert valid([np.array([-2.0, -1.0])], p) is True
    assert valid([np.array([1.5, -1.0])], p) is True        # beta x > threshold: linear branch


class _Ends(object):
    """A stand-in for the sample drawer: every ``int(lo, hi)`` draws ``hi`` (or ``lo``)."""

    def __init__(self, high):
        self.high = high

    def int(self, lo, hi):
        return hi if self.high else lo

    def choice(self, items):
        return items[-1] if self.high else items[0]


def test_constant_pad_samples_reach_their_widest_and_cropping_pads():
    # the parity samples of constant padding draw pads from -1 (a crop) to 2 on dims longer
    # than 2: both ends are reachable
    from legacy_autograd.ops.conv_ops import PAD_OPS
    inputs = PAD_OPS['constant'].samples['inputs']
    shapes, params = inputs(_Ends(True))
    assert shapes == [(2, 2, 4, 4)]
    assert params == {'pad': (2, 2) * 4, 'mode': 'constant', 'value': 0.5}
    shapes, params = inputs(_Ends(False))
    assert shapes == [(1, 1, 2, 2)]
    assert params == {'pad': (0, 0), 'mode': 'constant', 'value': 0.0}

    class _Mixed(_Ends):                    # long dims, lowest pads
        def int(self, lo, hi):
            return hi if hi >= 4 or (lo, hi) == (1, 4) else lo
    shapes, params = inputs(_Mixed(False))
    assert shapes == [(1, 1, 4, 4)] and params['pad'][:4] == (-1, 0, -1, 0)


# ============================================================ full grad_fn names of nn ops
def _r(*shape):
    a = np.random.RandomState(sum(shape)).uniform(-1, 1, shape)
    return Variable(L.DoubleTensor(a), requires_grad=True)


_PM1 = Variable(L.DoubleTensor([1.0, -1.0]))
_IDX = Variable(L.LongTensor([0, 2, 1]))
#: the nn ops that were Python Functions in 0.3.1 (torch/nn/_functions): their backward
#: classes live in ``torch.autograd.function`` (0.3.1's FunctionMeta), full name checked
_PY_FUNCTION_NODES = [
    ('adaptive_avg_pool2d', lambda: F.adaptive_avg_pool2d(_r(1, 2, 4, 4), 2),
     'AdaptiveAvgPool2dBackward'),
    ('adaptive_max_pool2d', lambda: F.adaptive_max_pool2d(_r(1, 2, 4, 4), 2),
     'AdaptiveMaxPool2dBackward'),
    ('bilinear', lambda: F.bilinear(_r(2, 3), _r(2, 4), _r(5, 3, 4), _r(5)), 'BilinearBackward'),
    ('cosine_embedding_loss', lambda: F.cosine_embedding_loss(_r(2, 3), _r(2, 3), _PM1),
     'CosineEmbeddingLossBackward'),
    ('dropout', lambda: F.dropout(_r(2, 3), 0.5, True), 'DropoutBackward'),
    ('dropout2d', lambda: F.dropout2d(_r(1, 2, 3, 3), 0.5, True), 'FeatureDropoutBackward'),
    ('embedding', lambda: F.embedding(_IDX, _r(4, 3)), 'EmbeddingBackward'),
    ('embedding_bag', lambda: F.embedding_bag(_r(4, 3), _IDX, Variable(L.LongTensor([0]))),
     'EmbeddingBagBackward'),
    ('hinge_embedding_loss', lambda: F.hinge_embedding_loss(_r(2), _PM1),
     'HingeEmbeddingLossBackward'),
    ('margin_ranking_loss', lambda: F.margin_ranking_loss(_r(2), _r(2), _PM1),
     'MarginRankingLossBackward'),
    ('max_pool1d', lambda: F.max_pool1d(_r(1, 2, 4), 2), 'MaxPool1dBackward'),
    ('prelu', lambda: F.prelu(_r(2, 3), _r(1)), 'PReLUBackward'),
    ('selu', lambda: F.selu(_r(2, 3)), 'SELUBackward'),
    ('softshrink', lambda: F.softshrink(_r(2, 3)), 'SoftshrinkBackward'),
]


@pytest.mark.parametrize('name, call, node', _PY_FUNCTION_NODES,
                         ids=[c[0] for c in _PY_FUNCTION_NODES])
def test_nn_python_function_nodes_have_their_full_031_names(name, call, node):
    cls = type(call().grad_fn)
    assert (cls.__module__, cls.__name__) == ('torch.autograd.function', node)


# ============================================================ nn module constructor / call checks
_ONE = lambda *s: Variable(L.DoubleTensor(np.ones(s)))  # noqa: E731
#: 0.3.1 torch/nn/modules texts (loss.py, conv.py, dropout.py, pooling.py, rnn.py,
#: container.py, normalization.py), both sides of a range where the check has two
_MODULE_CHECKS = [
    ('multi_margin_p3', lambda: nn.MultiMarginLoss(p=3), ValueError,
     'only p == 1 and p == 2 supported'),
    ('multi_margin_p0', lambda: nn.MultiMarginLoss(p=0), ValueError,
     'only p == 1 and p == 2 supported'),
    ('conv_in_groups', lambda: nn.Conv2d(3, 4, 1, groups=2), ValueError,
     'in_channels must be divisible by groups'),
    ('conv_out_groups', lambda: nn.Conv2d(4, 3, 1, groups=2), ValueError,
     'out_channels must be divisible by groups'),
    ('conv_t_in_groups', lambda: nn.ConvTranspose2d(3, 4, 1, groups=2), ValueError,
     'in_channels must be divisible by groups'),
    ('dropout_neg', lambda: nn.Dropout(-0.1), ValueError,
     'dropout probability has to be between 0 and 1, but got -0.1'),
    ('dropout_big', lambda: nn.Dropout(1.1), ValueError,
     'dropout probability has to be between 0 and 1, but got 1.1'),
    ('dropout2d_big', lambda: nn.Dropout2d(1.5), ValueError,
     'dropout probability has to be between 0 and 1, but got 1.5'),
    ('dropout3d_neg', lambda: nn.Dropout3d(-1), ValueError,
     'dropout probability has to be between 0 and 1, but got -1'),
    ('fractional_no_size', lambda: nn.FractionalMaxPool2d(2), ValueError,
     'FractionalMaxPool2d requires specifying either an output size, or a pooling ratio'),
    ('rnn_nonlinearity', lambda: nn.RNN(2, 3, nonlinearity='sigmoid'), ValueError,
     "Unknown nonlinearity 'sigmoid'"),
    ('module_list_extend', lambda: nn.ModuleList().extend(nn.ReLU()), TypeError,
     'ModuleList.extend should be called with a list, but got ReLU'),
    ('parameter_list_extend', lambda: nn.ParameterList().extend(nn.Parameter(L.randn(2))),
     TypeError, 'ParameterList.extend should be called with a list, but got Parameter'),
    ('sequential_index', lambda: nn.Sequential(nn.ReLU())[1], IndexError,
     'index 1 is out of range'),
    ('sequential_index_neg', lambda: nn.Sequential(nn.ReLU())[-2], IndexError,
     'index -2 is out of range'),
    ('lrn_3d', lambda: nn.CrossMapLRN2d(3)(_ONE(1, 2, 2)), ValueError,
     'CrossMapLRN2d: Expected input to be 4D, got 3D instead.'),
]


@pytest.mark.parametrize('name, call, exc, text', _MODULE_CHECKS,
                         ids=[c[0] for c in _MODULE_CHECKS])
def test_nn_module_checks_with_their_031_texts(name, call, exc, text):
    _raises(call, exc, text)


def test_nn_module_checks_accept_their_boundaries():
    assert nn.MultiMarginLoss(p=1).p == 1 and nn.MultiMarginLoss(p=2).p == 2
    assert nn.Dropout(0).p == 0 and nn.Dropout(1).p == 1
    assert nn.Conv2d(4, 6, 1, groups=2).weight.size() == L.Size([6, 2, 1, 1])
    seq = nn.Sequential(nn.ReLU(), nn.Tanh())
    assert type(seq[-2]) is nn.ReLU and type(seq[1]) is nn.Tanh


# ============================================================ profiler: operator event names
_OPERATORS = [
    ('add', lambda a, b: a + b), ('add', lambda a, b: 2 + a), ('sub', lambda a, b: a - b),
    ('sub', lambda a, b: 2 - a), ('mul', lambda a, b: a * b), ('mul', lambda a, b: 2 * a),
    ('div', lambda a, b: a / b), ('div', lambda a, b: 2 / a), ('pow', lambda a, b: a ** 2),
    ('pow', lambda a, b: 2 ** a), ('neg', lambda a, b: -a), ('matmul', lambda a, b: a @ b),
    ('index', lambda a, b: a[0]), ('lt', lambda a, b: a < b), ('le', lambda a, b: a <= b),
    ('gt', lambda a, b: a > b), ('ge', lambda a, b: a >= b), ('eq', lambda a, b: a == b),
    ('ne', lambda a, b: a != b),
]


@pytest.mark.parametrize('name, fn', _OPERATORS, ids=['%s%d' % (o[0], k) for k, o in
                                                       enumerate(_OPERATORS)])
def test_profiler_names_python_operators_by_their_op(name, fn):
    from legacy_autograd.autograd import profiler
    a = Variable(L.DoubleTensor([[1.0, -2.0], [3.0, 0.5]]))
    b = Variable(L.DoubleTensor([[0.5, 2.0], [-1.0, 4.0]]))
    with profiler.profile() as prof:
        fn(a, b)
    assert [e.name for e in prof.function_events] == [name]


def test_variables_have_no_abs_or_bitwise_operators():
    # 0.3.1's Variable defined none of them (its tensors had the bitwise ones); it did have
    # __mod__ (python_variable_methods.cpp: THPVariable_remainder)
    a = Variable(L.DoubleTensor([1.0, -2.0]))
    m = a > 0
    for fn in (lambda: abs(a), lambda: m & m, lambda: m | m, lambda: m ^ m, lambda: ~m):
        with pytest.raises(TypeError):
            fn()
    r = a % 2
    assert isinstance(r, Variable) and r.data.tolist() == [1.0, 0.0]
    # TH's remainder: a - b * floor(a / b), the divisor's sign (not fmod's)
    assert (L.DoubleTensor([5.0, -7.0]) % 3).tolist() == [2.0, 2.0]


def test_matmul_operator_of_tensors_and_variables(torch):
    # 0.3.1 tensor.py / variable.py ``__matmul__``: ``self.matmul(other)`` for an operand of
    # the same kind, NotImplemented (a TypeError) for anything else
    x = np.array([[1.0, -2.0, 0.5], [3.0, 0.25, -1.0]])
    y = np.array([[0.5, 2.0], [-1.0, 4.0], [2.0, -3.0]])
    t = L.DoubleTensor(x) @ L.DoubleTensor(y)
    assert type(t) is L.DoubleTensor
    np.testing.assert_array_equal(t.numpy(), x @ y)
    np.testing.assert_array_equal((L.DoubleTensor(x[0]) @ L.DoubleTensor(y)).numpy(), x[0] @ y)
    a, b = Variable(L.DoubleTensor(x), requires_grad=True), Variable(L.DoubleTensor(y),
                                                                      requires_grad=True)
    out = a @ b
    assert type(out.grad_fn).__name__ == 'MmBackward'
    ma, mb = torch.from_numpy(x).requires_grad_(), torch.from_numpy(y).requires_grad_()
    w = np.array([[1.0, 2.0], [-1.0, 0.5]])
    out.backward(L.DoubleTensor(w))
    (ma @ mb).backward(torch.from_numpy(w))
    np.testing.assert_allclose(as_numpy(a.grad), ma.grad.numpy(), rtol=1e-15)
    np.testing.assert_allclose(as_numpy(b.grad), mb.grad.numpy(), rtol=1e-15)
    for left, right in ((L.DoubleTensor(x), Variable(L.DoubleTensor(y))),
                        (Variable(L.DoubleTensor(x)), L.DoubleTensor(y)),
                        (L.DoubleTensor(x), 2), (Variable(L.DoubleTensor(x)), [[1.0]])):
        with pytest.raises(TypeError):
            left @ right


# ============================================================ nn.init: each draw's exact formula
def _fans(shape):
    rf = int(np.prod(shape[2:])) if len(shape) > 2 else 1
    return shape[1] * rf, shape[0] * rf


_INITS = [
    ('xavier_uniform', (5, 3, 2, 2), {'gain': 2.0},
     lambda t, fi, fo: t.uniform_(-2.0 * np.sqrt(6.0 / (fi + fo)), 2.0 * np.sqrt(6.0 / (fi + fo)))),
    ('xavier_normal', (5, 3, 2, 2), {'gain': 2.0},
     lambda t, fi, fo: t.normal_(0, 2.0 * np.sqrt(2.0 / (fi + fo)))),
    ('kaiming_uniform', (5, 3, 2), {'a': 0.5, 'mode': 'fan_out'},
     lambda t, fi, fo: t.uniform_(-np.sqrt(2.0 / 1.25) * np.sqrt(3.0 / fo),
                                  np.sqrt(2.0 / 1.25) * np.sqrt(3.0 / fo))),
    ('kaiming_normal', (5, 3, 2), {'a': 0.5},
     lambda t, fi, fo: t.normal_(0, np.sqrt(2.0 / 1.25) / np.sqrt(fi))),
    ('kaiming_normal', (4, 6), {'mode': 'fan_out'},
     lambda t, fi, fo: t.normal_(0, np.sqrt(2.0) / np.sqrt(fo))),
    ('normal', (4, 6), {'mean': 0.5, 'std': 2.0}, lambda t, fi, fo: t.normal_(0.5, 2.0)),
    ('uniform', (4, 6), {'a': -0.5, 'b': 3.0}, lambda t, fi, fo: t.uniform_(-0.5, 3.0)),
]


@pytest.mark.parametrize('name, shape, kw, formula', _INITS,
                         ids=['%s%d' % (c[0], k) for k, c in enumerate(_INITS)])
def test_random_initialisers_draw_their_exact_formula(name, shape, kw, formula):
    import legacy_autograd.nn.init as init
    fi, fo = _fans(shape)
    L.manual_seed(11)
    got = getattr(init, name)(L.DoubleTensor(*shape), **kw)
    L.manual_seed(11)
    want = formula(L.DoubleTensor(*shape), fi, fo)
    np.testing.assert_allclose(got.numpy(), want.numpy(), rtol=1e-14, atol=0)


# ============================================================ the im2col layout rule
def test_conv_im2col_layout_rule_and_both_layouts_agree(monkeypatch):
    # conv_ops' documented rule: batch-major columns ('nl') when the output rows are at
    # least 16 wide or the batch is 1, pixel-major ('ln') otherwise; the two orders give the
    # same convolution (up to the rounding of a differently ordered product)
    import legacy_autograd.ops.conv_ops as C
    assert [C._layout(n, ow) for n, ow in ((1, 3), (2, 16), (2, 40), (2, 15), (5, 1))] == \
        ['nl', 'nl', 'nl', 'ln', 'ln']

    def run():
        out = []
        for xs, ws in (((2, 3, 5, 20), (4, 3, 3, 3)), ((3, 2, 4, 6), (4, 2, 2, 3))):
            x = Variable(L.DoubleTensor(np.random.RandomState(1).randn(*xs)), requires_grad=True)
            w = Variable(L.DoubleTensor(np.random.RandomState(2).randn(*ws)), requires_grad=True)
            y = F.conv2d(x, w, padding=1)
            y.backward(L.DoubleTensor(np.random.RandomState(3).randn(*y.size())))
            out += [as_numpy(y).copy(), as_numpy(x.grad).copy(), as_numpy(w.grad).copy()]
        return out
    first = run()
    for forced in ('nl', 'ln'):
        monkeypatch.setattr(C, '_layout', lambda n, ow, forced=forced: forced)
        for a, b in zip(first, run()):
            np.testing.assert_allclose(a, b, rtol=1e-12, atol=1e-12)


def test_multilabel_margin_samples_draw_a_vector_only_for_one_row():
    # the parity samples of multilabel_margin_loss: one row may be drawn as a 1-d input
    # (0.3.1 took a vector), several rows always as a matrix
    from legacy_autograd.ops.nn_loss_ops import _ml_inputs

    class _Draw(_Ends):
        def __init__(self, n, flag):
            self.n, self.flag, self.first = n, flag, True

        def int(self, lo, hi):
            if self.first:                      # the row count
                self.first = False
                return self.n
            return hi

        def bool(self):
            return self.flag
    shapes, params = _ml_inputs(_Draw(1, True))
    assert shapes == [(4,)] and params['target'].shape == (4,)
    shapes, params = _ml_inputs(_Draw(1, False))
    assert shapes == [(1, 4)] and params['target'].shape == (1, 4)
    for flag in (True, False):
        shapes, params = _ml_inputs(_Draw(3, flag))
        assert shapes == [(3, 4)] and params['target'].shape == (3, 4)
