"""Behaviours hblindB's blind mutant batch (``tools/mutation_catalogue.py``, section hblindB)
found unguarded: the nn kernels and front-ends, the engine, the dispatcher's fast paths, the
tensor / Variable / storage classes, custom Functions.

Each test pins real behaviour by class of gap, not one mutant at a time:

* losses differentiated exactly at their kinks and ties (the parity samples keep away from
  them), against modern torch where it agrees with 0.3.1's THNN / Python Function formulas;
* every range check of an nn front-end exercised on both sides of its boundary (0.3.1's
  THNN ``THArgCheck``s and ``torch/nn/functional.py`` conditions);
* ``volatile`` and graph flags through the paths that are not registry ops (custom
  ``Function.apply``, ``detach``, ``F.embedding``'s weight substitution);
* double backward through the Variable backend's multi-dim sums;
* identities and aliasing (``contiguous()``, storage indexing).

The comment above each test names the mutant(s) it was written for.
"""
import numpy as np
import pytest

import legacy_autograd as L
from legacy_autograd.autograd import Variable, Function
import legacy_autograd.nn.functional as F
from legacy_values import as_numpy as _np, var as _var


def _modern_grads(torch, fn, *values, nograd=()):
    ts = [torch.tensor(v, dtype=torch.float64, requires_grad=i not in nograd)
          for i, v in enumerate(values)]
    out = fn(*ts)
    out.backward()
    return out.detach().reshape(-1).tolist(), [None if i in nograd else t.grad.tolist()
                                               for i, t in enumerate(ts)]


# ============================================================================ loss kinks
# The value and gradient of each loss exactly at its tie / kink.  0.3.1: MarginRankingLoss's
# backward masks ``dist.ge(0)`` (nn/_functions/loss.py), HingeEmbeddingLoss zeroes the
# gradient only where ``target == -1 and input.gt(margin)``, THNN MultiMarginCriterion counts
# a class only where ``z > 0``; modern torch's clamp_min / multi_margin backward agree at the
# tie (checked below against it).
_LOSS_KINKS = [
    # hb-margin-ranking-tie: -y * (x1 - x2) + margin == 0 on the last element
    ('margin_ranking', lambda F, a, b, y: F.margin_ranking_loss(a, b, y, 0.0, False),
     lambda t, a, b, y: t.nn.functional.margin_ranking_loss(a, b, y, margin=0.0, reduction='sum'),
     ([1.0, 2.0, 0.5], [1.5, 1.0, 0.5], [1.0, -1.0, 1.0]), (2,)),
    ('margin_ranking_margin', lambda F, a, b, y: F.margin_ranking_loss(a, b, y, 0.5),
     lambda t, a, b, y: t.nn.functional.margin_ranking_loss(a, b, y, margin=0.5,
                                                            reduction='sum') / 3,
     ([1.0, 2.0, 0.5], [0.5, 1.0, 0.25], [1.0, -1.0, 1.0]), (2,)),
    # hb-hinge-vjp-tie: x == margin with target -1 keeps the gradient -1
    ('hinge_embedding', lambda F, x, y: F.hinge_embedding_loss(x, y, 1.0, False),
     lambda t, x, y: t.nn.functional.hinge_embedding_loss(x, y, margin=1.0, reduction='sum'),
     ([1.0, 0.5, 2.0, 1.0], [-1.0, -1.0, -1.0, 1.0]), (1,)),
    # hb-multimargin-vjp-tie: margin - x[y] + x[d] == 0 for d = 0: no gradient there
    ('multi_margin', lambda F, x: F.multi_margin_loss(x, Variable(L.LongTensor([1, 0])),
                                                      size_average=False),
     lambda t, x: t.nn.functional.multi_margin_loss(x, t.tensor([1, 0]), reduction='sum'),
     ([[0.5, 1.5, 0.25], [2.0, 1.0, 1.0]],), ()),
    ('multi_margin_p2', lambda F, x: F.multi_margin_loss(x, Variable(L.LongTensor([1, 0])), p=2,
                                                         margin=0.5),
     lambda t, x: t.nn.functional.multi_margin_loss(x, t.tensor([1, 0]), p=2, margin=0.5),
     ([[0.5, 1.0, 0.25], [2.0, 1.5, 1.0]],), ()),
]


@pytest.mark.parametrize('name, ours, modern, values, nograd', _LOSS_KINKS,
                         ids=[k[0] for k in _LOSS_KINKS])
def test_loss_values_and_gradients_exactly_at_their_kinks(torch, name, ours, modern, values,
                                                          nograd):
    vs = [_var(v, requires_grad=i not in nograd) for i, v in enumerate(values)]
    out = ours(F, *vs)
    out.backward()
    want_out, want_grads = _modern_grads(torch, lambda *ts: modern(torch, *ts), *values,
                                         nograd=nograd)
    assert _np(out).tolist() == pytest.approx(want_out, rel=1e-15, abs=0)
    for i, v in enumerate(vs):
        if i not in nograd:
            assert _np(v.grad).tolist() == want_grads[i], (name, i)


# hb-softplus-threshold-tie: THNN SoftPlus: ``x * beta > threshold ? x : log1p(exp(x * beta)) /
# beta``, so at x * beta == threshold the soft branch (modern torch alike)
@pytest.mark.parametrize('beta, threshold, xs', [(1, 1, [1.0, -1.0, 2.0]), (2, 1, [0.5, 0.75, 0.0]),
                                                 (1, 20, [20.0, 21.0, 19.0])])
def test_softplus_value_at_the_threshold(torch, beta, threshold, xs):
    got = _np(F.softplus(_var(xs, requires_grad=False), beta, threshold)).tolist()
    want = torch.nn.functional.softplus(torch.tensor(xs, dtype=torch.float64), beta,
                                        threshold).tolist()
    assert got == want
    assert got[0] != xs[0]                  # the tie takes the soft branch


# ============================================================================ range checks
# Every range check of these front-ends on both sides of its boundary.

# hb-tconv-outpad-check: THNN SpatialFullDilatedConvolution_shapeCheck: ``adj < stride ||
# adj < dilation`` (0.3.1 raised only when output_padding reached both)
@pytest.mark.parametrize('fn, nd', [(F.conv_transpose1d, 1), (F.conv_transpose2d, 2),
                                    (F.conv_transpose3d, 3)])
def test_conv_transpose_output_padding_boundary(fn, nd):
    x = Variable(L.DoubleTensor(*((1, 1) + (3,) * nd)).fill_(1.0))
    w = Variable(L.DoubleTensor(*((1, 1) + (2,) * nd)).fill_(1.0))
    ok = fn(x, w, stride=2, output_padding=1)          # below the stride: fine
    assert tuple(ok.size())[2:] == ((3 - 1) * 2 + 2 + 1,) * nd
    ok = fn(x, w, stride=1, output_padding=1, dilation=2)   # below the dilation: fine
    assert tuple(ok.size())[2:] == ((3 - 1) + 2 * 1 + 1 + 1,) * nd
    with pytest.raises(RuntimeError, match='output padding must be smaller than either stride '
                                           'or dilation'):
        fn(x, w, stride=2, output_padding=2)           # equal to the stride: refused
    with pytest.raises(RuntimeError, match='output padding must be smaller than either stride '
                                           'or dilation'):
        fn(x, w, stride=2, output_padding=2, dilation=2)


# hb-unpool-outsize-range: 0.3.1 _unpool_output_size: ``min_size < output_size[d] < max_size``
# with min/max the default size -/+ stride (strict on both sides)
@pytest.mark.parametrize('nd', [1, 2])
def test_max_unpool_output_size_bounds_are_strict(nd):
    fn = F.max_unpool1d if nd == 1 else F.max_unpool2d
    shape = (1, 1) + (2,) * nd
    x = Variable(L.DoubleTensor(*shape).fill_(1.0))
    idx = Variable(L.LongTensor(*shape).zero_())
    default = (2 - 1) * 2 + 2                         # (in - 1) * stride + kernel = 4
    for size in (default - 1, default, default + 1):  # strictly inside (default -/+ 2)
        out = fn(x, idx, 2, 2, output_size=[size] * nd)
        assert tuple(out.size())[2:] == (size,) * nd
    for size in (default - 2, default + 2):
        with pytest.raises(ValueError, match='invalid output_size'):
            fn(x, idx, 2, 2, output_size=[size] * nd)


# hb-f-check-p-one: 0.3.1 F.dropout: ``if p < 0 or p > 1`` raises, so p = 0 and p = 1 are valid
# (p = 1 in training: all zeros, without dividing by zero)
@pytest.mark.parametrize('fn', [F.dropout, F.dropout2d, F.dropout3d])
def test_dropout_probability_bounds(fn):
    x = _var(np.ones((2, 3, 2, 2)).tolist(), requires_grad=False)
    assert _np(fn(x, p=1, training=True)).tolist() == np.zeros((2, 3, 2, 2)).tolist()
    assert _np(fn(x, p=0, training=True)).tolist() == np.ones((2, 3, 2, 2)).tolist()
    assert _np(fn(x, p=1.0, training=False)).tolist() == np.ones((2, 3, 2, 2)).tolist()
    for p in (1.5, -0.25):
        with pytest.raises(ValueError, match='dropout probability has to be between 0 and 1, '
                                             'but got %s' % p):
            fn(x, p=p, training=True)


# hb-f-dropout-scale: 0.3.1 Dropout: noise ``bernoulli_(1 - p).div_(1 - p)``: every kept
# element is x / (1 - p), every dropped one 0, and the gradient is the same noise
@pytest.mark.parametrize('p', [0.5, 0.75, 0.2])
def test_dropout_in_training_scales_the_kept_elements(p):
    L.manual_seed(3)
    x = _var((np.arange(1.0, 41.0)).tolist())
    y = F.dropout(x, p=p, training=True)
    y.backward(Variable(L.DoubleTensor(np.full(40, 2.0).tolist())))
    out, xs, g = _np(y), np.arange(1.0, 41.0), _np(x.grad)
    kept = out != 0
    assert kept.any() and (~kept).any()
    np.testing.assert_array_equal(out[kept], xs[kept] / (1 - p))
    np.testing.assert_array_equal(g[kept], np.full(kept.sum(), 2.0 / (1 - p)))
    assert (g[~kept] == 0).all()


# ============================================================================ shapes
# hb-prelu-1d-shape: THNN PReLU on 1-D input: the channels are dim 0 (``size[input_ndim > 1]``),
# the output keeps the input's shape; gradients by 0.3's formula (x > 0 ? g : w * g; dw = x * g
# where x <= 0)
def test_prelu_on_1d_input_with_per_channel_weights():
    x = _var([1.0, -2.0, 3.0, -4.0])
    w = _var([0.5, 0.25, 0.125, 2.0])
    y = F.prelu(x, w)
    assert tuple(y.size()) == (4,)
    assert _np(y).tolist() == [1.0, -0.5, 3.0, -8.0]
    y.backward(Variable(L.DoubleTensor([1.0, 2.0, 3.0, 4.0])))
    assert _np(x.grad).tolist() == [1.0, 0.5, 3.0, 8.0]
    assert _np(w.grad).tolist() == [0.0, -4.0, 0.0, -16.0]
    with pytest.raises(RuntimeError, match='Wrong number of input planes. Expected 3 but got 4.'):
        F.prelu(x, _var([0.5, 0.25, 0.125]))


# hb-avgpool3d-border: THNN VolumetricAveragePooling clips each window at the padded border
# (``min(start + k, size + pad)``) before dividing with count_include_pad; with ceil_mode the
# last window sticks out past it (modern torch alike)
@pytest.mark.parametrize('ceil_mode, count_include_pad', [(True, True), (True, False),
                                                          (False, True)])
def test_avg_pool3d_windows_past_the_padded_border(torch, ceil_mode, count_include_pad):
    a = np.arange(1.0, 1.0 + 4 * 5 * 4).reshape(1, 1, 4, 5, 4)
    x = _var(a.tolist())
    y = F.avg_pool3d(x, 3, 2, 1, ceil_mode, count_include_pad)
    m = torch.tensor(a, requires_grad=True)
    my = torch.nn.functional.avg_pool3d(m, 3, 2, 1, ceil_mode, count_include_pad)
    assert tuple(y.size()) == tuple(my.shape)
    np.testing.assert_allclose(_np(y), my.detach().numpy(), rtol=1e-13, atol=0)
    w = np.arange(1.0, 1.0 + my.numel()).reshape(tuple(my.shape))
    y.backward(Variable(L.DoubleTensor(w.tolist())))
    my.backward(torch.tensor(w))
    np.testing.assert_allclose(_np(x.grad), m.grad.numpy(), rtol=1e-13, atol=0)


# ============================================================================ fast paths
# hb-f-linear-fast-shape: nn.Linear's direct path (F.linear on three Variables) must refuse a
# wrong in_features with 0.3's addmm text, as the general path does
def test_linear_fast_path_keeps_the_size_check():
    x = Variable(L.FloatTensor(2, 3).fill_(1.0))
    for w, b in ((Variable(L.FloatTensor(4, 5).fill_(1.0)), Variable(L.FloatTensor(4).zero_())),
                 (Variable(L.FloatTensor(4, 5).fill_(1.0), requires_grad=True),
                  Variable(L.FloatTensor(4).zero_(), requires_grad=True))):
        with pytest.raises(RuntimeError, match=r'size mismatch, m1: \[2 x 3\], m2: \[5 x 4\]'):
            F.linear(x, w, b)
    with pytest.raises(RuntimeError, match=r'size mismatch, m1: \[2 x 3\], m2: \[5 x 4\]'):
        L.nn.Linear(5, 4)(x)


# ============================================================================ volatile flags
class _Double(Function):
    @staticmethod
    def forward(ctx, a):
        return a * 2

    @staticmethod
    def backward(ctx, g):
        return g * 2


class _LegacyDouble(Function):
    def forward(self, a):
        return a * 2

    def backward(self, g):
        return g * 2


# hb-fn-apply-volatile: 0.3.1 Function.apply / legacy call: ``is_executable = requires_grad and
# not is_volatile``; a volatile input gives a volatile output without a graph, even when another
# input requires grad
@pytest.mark.parametrize('call', [lambda *a: _Double.apply(*a), lambda *a: _LegacyDouble()(*a)],
                         ids=['apply', 'legacy'])
def test_custom_function_with_a_volatile_input_records_nothing(call):
    v = Variable(L.DoubleTensor([1.0, 2.0]), volatile=True)
    out = call(v)
    assert out.volatile and out.grad_fn is None and not out.requires_grad
    assert _np(out).tolist() == [2.0, 4.0]
    r = _var([1.0, 2.0])
    out = call(r)
    assert not out.volatile and out.requires_grad and out.grad_fn is not None


def test_custom_function_apply_with_volatile_and_grad_inputs_is_volatile():
    class Add(Function):
        @staticmethod
        def forward(ctx, a, b):
            return a + b

        @staticmethod
        def backward(ctx, g):
            return g, g
    out = Add.apply(_var([1.0]), Variable(L.DoubleTensor([2.0]), volatile=True))
    assert out.volatile and out.grad_fn is None and not out.requires_grad


# hb-var-detach-volatile: 0.3.1 detach(): ``Variable(data, requires_grad=False, volatile=
# self.volatile)`` -- a volatile Variable's detached copy is volatile
def test_detach_keeps_volatile():
    v = Variable(L.DoubleTensor([1.0, 2.0]), volatile=True)
    d = v.detach()
    assert d.volatile and not d.requires_grad and d.data is v.data
    r = _var([1.0]) * 2
    d = r.detach()
    assert not d.volatile and not d.requires_grad and d.grad_fn is None


# hb-f-embedding-volatile: 0.3.1 Embedding (a new-style Function): a volatile index Variable
# makes the call volatile, so the result is volatile and no graph reaches the weight
def test_embedding_with_volatile_indices_is_volatile():
    w = _var([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
    idx = Variable(L.LongTensor([2, 0]), volatile=True)
    out = F.embedding(idx, w)
    assert out.volatile and out.grad_fn is None and not out.requires_grad
    assert _np(out).tolist() == [[5.0, 6.0], [1.0, 2.0]]
    out = L.nn.Embedding(3, 2)(idx)
    assert out.volatile and out.grad_fn is None
    out = F.embedding(Variable(L.LongTensor([1])), w)
    assert not out.volatile and out.requires_grad


# hb-var-retain-accumulate: 0.3.1 retain_grad's hook: ``var._grad = var._grad + grad`` after
# the first (cloned) gradient -- a second backward accumulates into the non-leaf's .grad
def test_retain_grad_accumulates_over_two_backwards():
    x = _var([1.0, 2.0])
    y = x * 3
    y.retain_grad()
    (y * y).sum().backward(retain_graph=True)
    first = y.grad
    assert _np(first).tolist() == [6.0, 12.0]
    (y * 2).sum().backward()
    assert _np(y.grad).tolist() == [8.0, 14.0]
    assert _np(first).tolist() == [6.0, 12.0]        # out of place: the first is untouched
    assert _np(x.grad).tolist() == [24.0, 42.0]


# ============================================================================ double backward
# hb-bv-sum-tuple-order: create_graph backward summing a gradient over several dims
# (PReLU's weight gradient on 3-d and 4-d input): second derivatives against modern torch
@pytest.mark.parametrize('shape', [(2, 3, 4), (2, 3, 2, 2)])
def test_prelu_double_backward_over_several_dims(torch, shape):
    rng = np.random.RandomState(5)
    a = rng.uniform(-2, 2, shape)
    wv = [0.25, -0.5, 0.75]
    x, w = _var(a.tolist()), _var(wv)
    gx, gw = L.autograd.grad(F.prelu(x, w).pow(2).sum(), [x, w], create_graph=True)
    (gx.sum() + gw.pow(2).sum()).backward()
    mx = torch.tensor(a, requires_grad=True)
    mw = torch.tensor(wv, dtype=torch.float64, requires_grad=True)
    mgx, mgw = torch.autograd.grad(torch.nn.functional.prelu(mx, mw).pow(2).sum(), [mx, mw],
                                   create_graph=True)
    (mgx.sum() + mgw.pow(2).sum()).backward()
    np.testing.assert_allclose(_np(gw), mgw.detach().numpy(), rtol=1e-12)
    np.testing.assert_allclose(_np(x.grad), mx.grad.numpy(), rtol=1e-12)
    np.testing.assert_allclose(_np(w.grad), mw.grad.numpy(), rtol=1e-12)


# ============================================================================ identities
# hb-t-contiguous-self: 0.3.1 THTensor_(newContiguous) / Variable.contiguous: a contiguous
# tensor is returned itself (the same object, sharing memory); a transposed one is copied
def test_contiguous_of_a_contiguous_tensor_is_itself():
    t = L.FloatTensor([[1.0, 2.0], [3.0, 4.0]])
    assert t.contiguous() is t
    tt = t.t()
    c = tt.contiguous()
    assert c is not tt and c.is_contiguous() and c.tolist() == [[1.0, 3.0], [2.0, 4.0]]
    c[0][0] = 9.0
    assert t[0][0] == 1.0
    v = Variable(t)
    assert v.contiguous().data is t


# hb-st-neg-index: THPStorage_(get) wraps a negative index once (``nindex += size``), and
# reports the wrapped index when it is still out of range
def test_storage_negative_indices():
    s = L.FloatTensor([1.0, 2.0, 3.0]).storage()
    assert (s[-1], s[-3]) == (3.0, 1.0)
    with pytest.raises(IndexError, match='index -1 out of range for storage of size 3'):
        s[-4]
    # THPStorage_(set) passes the index to THStorage_(set) unwrapped: a negative one is out of
    # bounds there (only the getter wraps)
    with pytest.raises(RuntimeError, match='^invalid argument 2: out of bounds$'):
        s[-2] = 7.0
    s[1] = 7.0
    assert s.tolist() == [1.0, 7.0, 3.0]


# hb-f-poisson-full-tie: 0.3.1 poisson_nll_loss(full=True) adds the Stirling term
# ``t log t - t + 0.5 log(2 pi t)`` masked where ``target <= 1`` (modern torch alike): a target
# of exactly 1 (and 0) adds nothing
@pytest.mark.parametrize('log_input', [True, False])
def test_poisson_nll_full_stirling_term_at_target_one(torch, log_input):
    xs, ts = [0.5, 1.5, 2.0, 0.25], [1.0, 0.0, 3.0, 1.0]
    x = _var(xs)
    out = F.poisson_nll_loss(x, _var(ts, requires_grad=False), log_input=log_input, full=True,
                             reduce=False)
    out.sum().backward()
    m = torch.tensor(xs, dtype=torch.float64, requires_grad=True)
    mo = torch.nn.functional.poisson_nll_loss(m, torch.tensor(ts, dtype=torch.float64),
                                              log_input=log_input, full=True, reduction='none')
    mo.sum().backward()
    np.testing.assert_allclose(_np(out), mo.detach().numpy(), rtol=1e-14, atol=0)
    np.testing.assert_allclose(_np(x.grad), m.grad.numpy(), rtol=1e-14, atol=0)


# ============================================================================ optim
# hb-adam-amsgrad: AMSGrad divides by the running maximum of the second moment; a trajectory
# whose gradients shrink (so that v decreases) tells it from plain Adam.  0.3 (optim/adam.py
# with amsgrad): denom = sqrt(max(v)) + eps, step = lr * sqrt(1 - b2^t) / (1 - b1^t)
def test_adam_amsgrad_uses_the_running_maximum_when_v_decreases():
    lr, (b1, b2), eps = 0.1, (0.9, 0.5), 1e-8
    grads = [[10.0, -4.0], [0.1, 2.0], [0.01, -0.5], [0.2, 0.1]]
    p = Variable(L.DoubleTensor([1.0, -1.0]), requires_grad=True)
    opt = L.optim.Adam([p], lr=lr, betas=(b1, b2), eps=eps, amsgrad=True)
    plain = Variable(L.DoubleTensor([1.0, -1.0]), requires_grad=True)
    opt_plain = L.optim.Adam([plain], lr=lr, betas=(b1, b2), eps=eps)
    want = np.array([1.0, -1.0])
    m = np.zeros(2)
    v = np.zeros(2)
    vmax = np.zeros(2)
    for t, g in enumerate(grads, 1):
        for q, o in ((p, opt), (plain, opt_plain)):
            o.zero_grad()
            (q * Variable(L.DoubleTensor(g))).sum().backward()
            o.step()
        g = np.array(g)
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        vmax = np.maximum(vmax, v)
        want = want - lr * np.sqrt(1 - b2 ** t) / (1 - b1 ** t) * m / (np.sqrt(vmax) + eps)
    np.testing.assert_allclose(_np(p), want, rtol=1e-13, atol=0)
    assert not np.allclose(_np(plain), want)      # the maximum mattered


# ============================================================================ modules
# hb-named-params-memo: 0.3.1 Module.named_parameters keeps a memo: a Parameter shared by two
# submodules (tied weights) is yielded once, under its first name; parameters() and an
# optimizer built from it see it once
def test_shared_parameter_is_listed_once():
    nn = L.nn
    a, b = nn.Linear(3, 3), nn.Linear(3, 3)
    b.weight = a.weight
    model = nn.Sequential(a, nn.ReLU(), b)
    names = [n for n, _ in model.named_parameters()]
    assert names == ['0.weight', '0.bias', '2.bias']
    params = list(model.parameters())
    assert len(params) == 3 and params[0] is a.weight
    assert sum(1 for p in params if p is a.weight) == 1
    opt = L.optim.SGD(model.parameters(), lr=0.5)      # a repeated one would step twice
    model(Variable(L.FloatTensor([[1.0, 2.0, 3.0]]))).sum().backward()
    before = a.weight.data.clone()
    opt.step()
    np.testing.assert_allclose(_np(a.weight), _np(before) - 0.5 * _np(a.weight.grad), rtol=1e-6)
    assert list(model.state_dict().keys()) == ['0.weight', '0.bias', '2.weight', '2.bias']


# hb2-cosine-emb-margin: 0.3.1 CosineEmbeddingLoss.backward zeroes the rows whose output is
# ``<= 0`` (``torch.le(ctx._outputs, 0)``): a y == -1 row exactly at cos == margin gets no
# gradient (modern torch's clamp_min passes one there: compared with 0.3.1's rule); the
# y == 1 row as modern torch
def test_cosine_embedding_loss_gradient_at_cos_equal_margin(torch):
    a1, a2 = [[1.0, 0.0], [1.0, 2.0]], [[0.0, 3.0], [2.0, 1.0]]     # row 0: cos == 0 exactly
    x1, x2 = _var(a1), _var(a2)
    out = F.cosine_embedding_loss(x1, x2, _var([-1.0, 1.0], requires_grad=False), 0.0)
    out.backward()
    assert _np(x1.grad)[0].tolist() == [0.0, 0.0] and _np(x2.grad)[0].tolist() == [0.0, 0.0]
    m1 = torch.tensor(a1[1:], dtype=torch.float64, requires_grad=True)
    m2 = torch.tensor(a2[1:], dtype=torch.float64, requires_grad=True)
    (torch.nn.functional.cosine_embedding_loss(m1, m2, torch.tensor([1.0], dtype=torch.float64),
                                               reduction='sum') / 2).backward()
    np.testing.assert_allclose(_np(x1.grad)[1:], m1.grad.numpy(), rtol=1e-12)
    np.testing.assert_allclose(_np(x2.grad)[1:], m2.grad.numpy(), rtol=1e-12)
    assert _np(out).tolist() == pytest.approx([(1.0 - 4.0 / 5.0) / 2], rel=1e-12)


# ============================================================================ conv shape checks
# hb2-conv-bias-check: 0.3.1 check_input_shape_forward (csrc/autograd/functions/convolution.cpp)
# refuses a bias that is not 1-dimensional with the output channels, in these words (ConvNd
# runs every F.conv* / F.conv_transpose*)
def _conv_case(nd, transposed):
    x = Variable(L.DoubleTensor(*((1, 2) + (4,) * nd)).fill_(1.0))
    ws = (2, 3) + (2,) * nd if transposed else (3, 2) + (2,) * nd
    w = Variable(L.DoubleTensor(*ws).fill_(1.0))
    fn = {(1, False): F.conv1d, (2, False): F.conv2d, (3, False): F.conv3d,
          (1, True): F.conv_transpose1d, (2, True): F.conv_transpose2d,
          (3, True): F.conv_transpose3d}[nd, transposed]
    return fn, x, w, ws


@pytest.mark.parametrize('transposed', [False, True], ids=['conv', 'transposed'])
@pytest.mark.parametrize('nd', [1, 2, 3])
def test_conv_bias_shape_errors(nd, transposed):
    fn, x, w, ws = _conv_case(nd, transposed)
    head = 'Given %sweight of size [%s], expected bias to be 1-dimensional with 3 elements, ' \
           'but got bias of size ' % ('transposed=1, ' if transposed else '',
                                      ', '.join(map(str, ws)))
    for bshape, text in (((3, 1), '[3, 1]'), ((1, 3), '[1, 3]'), ((4,), '[4]')):
        with pytest.raises(RuntimeError) as e:
            fn(x, w, Variable(L.DoubleTensor(*bshape).zero_()))
        assert str(e.value) == head + text + ' instead'
    out = fn(x, w, Variable(L.DoubleTensor(3).fill_(0.5)))
    assert out.size(1) == 3


# 0.3.1's text for a weight of the wrong dimension: "Expected k-dimensional input for
# k-dimensional weight [...], but got input of size [...] instead" (k: the input's dims)
@pytest.mark.parametrize('nd', [1, 2, 3])
def test_conv_weight_dimension_error_text(nd):
    fn, x, w, ws = _conv_case(nd, False)
    bad = Variable(L.DoubleTensor(3, 2).fill_(1.0))
    with pytest.raises(RuntimeError) as e:
        fn(x, bad)
    k = nd + 2
    assert str(e.value) == ('Expected %d-dimensional input for %d-dimensional weight [3, 2], but '
                            'got input of size [%s] instead'
                            % (k, k, ', '.join(map(str, (1, 2) + (4,) * nd))))


# ============================================================================ softplus band
# 0.3.1's softplus gradient (THNN SoftPlus_updateGradInput) branches on the output: where
# softplus(x) * beta > threshold although x * beta <= threshold, the gradient is exactly 1
# (modern torch: sigmoid(beta x)); elsewhere sigmoid(beta x) as modern torch
@pytest.mark.parametrize('beta, threshold', [(1, 1), (2, 1), (1, 2)])
def test_softplus_gradient_branches_on_the_output(torch, beta, threshold):
    xs = np.linspace(-2.0, 2.5, 19)
    x = _var(xs.tolist())
    y = F.softplus(x, beta, threshold)
    y.sum().backward()
    m = torch.tensor(xs, requires_grad=True)
    my = torch.nn.functional.softplus(m, beta, threshold)
    my.sum().backward()
    np.testing.assert_allclose(_np(y), my.detach().numpy(), rtol=1e-15, atol=0)
    band = (my.detach().numpy() * beta > threshold) & (xs * beta <= threshold)
    assert band.any() and not band.all()
    g = _np(x.grad)
    assert (g[band] == 1.0).all()
    np.testing.assert_allclose(g[~band], m.grad.numpy()[~band], rtol=1e-15, atol=0)


# ============================================================================ blind batch 2
# hb2-conv-reset-stdv: 0.3.1 _ConvNd.reset_parameters: n = in_channels * prod(kernel_size),
# weight then bias ``uniform_(-1/sqrt(n), 1/sqrt(n))`` from the generator (transposed too)
@pytest.mark.parametrize('make, wshape, n', [
    (lambda nn: nn.Conv1d(3, 4, 5), (4, 3, 5), 3 * 5),
    (lambda nn: nn.Conv2d(3, 4, (2, 5)), (4, 3, 2, 5), 3 * 2 * 5),
    (lambda nn: nn.Conv3d(2, 3, (2, 1, 3)), (3, 2, 2, 1, 3), 2 * 2 * 1 * 3),
    (lambda nn: nn.ConvTranspose2d(3, 2, (3, 2)), (3, 2, 3, 2), 3 * 3 * 2),
], ids=['conv1d', 'conv2d', 'conv3d', 'convtranspose2d'])
def test_conv_modules_initialise_with_0_3_stdv(make, wshape, n):
    L.manual_seed(11)
    m = make(L.nn)
    L.manual_seed(11)
    stdv = 1.0 / np.sqrt(n)
    w = L.FloatTensor(*wshape).uniform_(-stdv, stdv)
    b = L.FloatTensor(m.bias.size(0)).uniform_(-stdv, stdv)
    assert m.weight.data.tolist() == w.tolist()
    assert m.bias.data.tolist() == b.tolist()


# hb2-instancenorm-stats: 0.3.1 _InstanceNorm.forward runs batch_norm on the (1, b*c, ...)
# view with the running stats repeated b times, then keeps their mean over the batch
def test_instance_norm_running_stats_are_the_batch_mean_of_the_updates():
    a = np.arange(24.0).reshape(3, 2, 4) ** 1.5
    m = L.nn.InstanceNorm1d(2, momentum=0.25)
    m(Variable(L.DoubleTensor(a.tolist())))
    mean_bc = a.mean(2)                                   # (b, c)
    var_bc = a.var(2, ddof=1)
    np.testing.assert_allclose(m.running_mean.numpy(), (0.25 * mean_bc).mean(0), rtol=1e-6)
    np.testing.assert_allclose(m.running_var.numpy(), (0.75 + 0.25 * var_bc).mean(0), rtol=1e-6)


# hb2-post-hook-count: 0.3.1 check_result (csrc/autograd/python_hook.cpp): a grad_fn hook
# returning a tuple of another length raises, too many as well as too few
@pytest.mark.parametrize('extra', [1, -1])
def test_grad_fn_hook_returning_a_wrong_number_of_values_raises(extra):
    a, b = _var([1.0, 2.0]), _var([3.0, 4.0])
    y = a * b

    def hook(grad_inputs, grad_outputs):
        return grad_inputs + (None,) if extra > 0 else grad_inputs[:1]
    y.grad_fn.register_hook(hook)
    with pytest.raises(RuntimeError) as e:
        y.sum().backward()
    assert str(e.value) == ("hook 'hook' has returned an incorrect number of values (got %d, but "
                            'expected 2)' % (2 + extra))


# hb2-st-resize-keep: THStorage_(resize) reallocates keeping the first elements
def test_storage_resize_keeps_the_leading_elements():
    s = L.FloatStorage([1.0, 2.0, 3.0])
    assert s.resize_(5) is s
    assert len(s) == 5 and s.tolist()[:3] == [1.0, 2.0, 3.0]
    s.resize_(2)
    assert s.tolist() == [1.0, 2.0]


# hb2-adamax-eps: 0.3 Adamax: u = max(beta2 * u, |g| + eps) (eps inside the maximum), so a
# zero gradient on the first step divides 0 by eps (no NaN), and a large eps shows in the
# trajectory; against 0.3's formula
def test_adamax_eps_enters_the_infinity_norm():
    lr, (b1, b2), eps = 0.1, (0.9, 0.999), 0.25
    grads = [[0.0, 2.0, -0.5], [0.5, 0.1, -0.5], [0.0, -3.0, 0.2]]
    p = Variable(L.DoubleTensor([1.0, -1.0, 0.5]), requires_grad=True)
    opt = L.optim.Adamax([p], lr=lr, betas=(b1, b2), eps=eps)
    want = np.array([1.0, -1.0, 0.5])
    m = np.zeros(3)
    u = np.zeros(3)
    for t, g in enumerate(grads, 1):
        opt.zero_grad()
        (p * Variable(L.DoubleTensor(g))).sum().backward()
        opt.step()
        g = np.array(g)
        m = b1 * m + (1 - b1) * g
        u = np.maximum(b2 * u, np.abs(g) + eps)
        want = want - lr / (1 - b1 ** t) * m / u
        np.testing.assert_allclose(_np(p), want, rtol=1e-13, atol=1e-15)
