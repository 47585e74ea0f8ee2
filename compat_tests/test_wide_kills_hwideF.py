"""Behaviours helper hwideF's random samples (seeds 1701, 1702 over the op formulas, the
vector-Jacobian products and the nn functionals/modules) found unguarded.

* a batch norm's ``reset_parameters()`` (0.3.1 ``torch/nn/modules/batchnorm.py``) zeroes the
  running mean, fills the running variance with one and, when affine, redraws the weight with
  ``uniform_()`` and zeroes the bias; without affine it draws nothing (the construction-time
  draw is checked in test_nn_conv);
* a tensor's ``masked_select`` with a mask that is not a ByteTensor is refused with 0.3.1's
  ``masked_select received an invalid combination of arguments`` text (cwrap,
  ``torch/csrc/generic/methods/Tensor.cwrap``: ``THBoolTensor* mask``);
* max pooling's input gradient is each output gradient *added* into zeros (0.3.1
  ``THNN/generic/SpatialDilatedMaxPooling.c``: ``gradInput_p_k[maxp] += ...``), so a -0.0
  output gradient gives +0.0, whether the windows are disjoint or overlap (modern torch agrees);
* the third-order gradient of ``conv_transpose2d`` through its weight gradient (d/dx of d/dg of
  d/dw) when the output padding is at least the stride (allowed when the dilation is larger):
  the convolution of the transposed convolution's output is cut back to the input's size;
* the selection ops' input gradient is the output gradient *assigned* into zeros (0.3.1
  ``tools/autograd/templates/Functions.cpp``: ``select_backward`` is ``zeros.scatter_``,
  ``select_backward_scalar`` is ``masked_fill_``), so a -0.0 gradient stays -0.0 at the
  selected places (max/min/median/mode/kthvalue/sort/topk, and a full max/min/median), as in
  modern torch; the other places are +0.0.  The same for a matrix's ``diag`` (0.3.1
  ``grad.diag(k)``) and ``masked_select`` / a mask index (0.3.1 ``masked_scatter_``);
* ``tril``/``triu``'s input gradient is ``grad.tril(k)`` / ``grad.triu(k)`` (0.3.1
  ``tools/autograd/derivatives.yaml``): the other side is set to zero, so an inf or nan
  gradient there gives 0 (it gave nan: the gradient was multiplied by a 0/1 mask), and under
  ``create_graph`` the gradient's node is a TrilBackward/TriuBackward.
"""
import numpy as np
import pytest

import legacy_autograd as L
import legacy_autograd.nn as nn
import legacy_autograd.nn.functional as F
from legacy_autograd.autograd import Variable, grad


def test_batch_norm_reset_parameters_redraws_the_weight():
    m = nn.BatchNorm2d(4)
    m.weight.data.fill_(5)
    m.bias.data.fill_(2)
    m.running_mean.fill_(3)
    m.running_var.fill_(7)
    L.manual_seed(3)
    m.reset_parameters()
    L.manual_seed(3)
    np.testing.assert_array_equal(m.weight.data.numpy(), L.FloatTensor(4).uniform_().numpy())
    np.testing.assert_array_equal(m.bias.data.numpy(), np.zeros(4, np.float32))
    np.testing.assert_array_equal(m.running_mean.numpy(), np.zeros(4, np.float32))
    np.testing.assert_array_equal(m.running_var.numpy(), np.ones(4, np.float32))


def test_batch_norm_without_affine_draws_nothing():
    L.manual_seed(5)
    m = nn.BatchNorm1d(3, affine=False)
    assert m.weight is None and m.bias is None
    after = L.rand(2).numpy()
    L.manual_seed(5)
    np.testing.assert_array_equal(after, L.rand(2).numpy())


@pytest.mark.parametrize('mask, typename', [(L.LongTensor([[1, 0, 0], [0, 1, 1]]), 'torch.LongTensor'),
                                            (L.FloatTensor([[1, 0, 0], [0, 1, 1]]), 'torch.FloatTensor')])
def test_tensor_masked_select_refuses_a_mask_that_is_not_bytes(mask, typename):
    x = L.FloatTensor([[1, 2, 3], [4, 5, 6]])
    with pytest.raises(TypeError) as e:
        x.masked_select(mask)
    assert str(e.value) == ('masked_select received an invalid combination of arguments - got '
                            '(!%s!), but expected (torch.ByteTensor mask)' % typename)
    assert x.masked_select(L.ByteTensor([[1, 0, 0], [0, 1, 1]])).tolist() == [1, 5, 6]


@pytest.mark.parametrize('fn, shape, args', [
    ('max_pool2d', (2, 3, 6, 6), (2,)),             # disjoint windows
    ('max_pool2d', (1, 2, 6, 6), (2, 3)),           # stride past the window
    ('max_pool2d', (1, 2, 5, 5), (3, 1)),           # overlapping windows
    ('max_pool1d', (2, 2, 8), (2,)),
    ('max_pool3d', (1, 1, 4, 4, 4), (2,)),
    ('adaptive_max_pool2d', (1, 2, 4, 6), ((2, 3),)),
])
def test_max_pool_gradient_of_negative_zero_is_positive_zero(fn, shape, args):
    torch = pytest.importorskip('torch')
    r = np.random.RandomState(0)
    a = r.permutation(int(np.prod(shape))).reshape(shape).astype(np.float32)
    x = Variable(L.from_numpy(a.copy()), requires_grad=True)
    y = getattr(F, fn)(x, *args)
    y.backward(L.zeros(*y.size()).neg_())
    got = x.grad.data.numpy()
    assert not np.signbit(got).any()
    xt = torch.tensor(a, requires_grad=True)
    yt = getattr(torch.nn.functional, fn)(xt, *args)
    yt.backward(-torch.zeros_like(yt))
    np.testing.assert_array_equal(np.signbit(got), np.signbit(xt.grad.numpy()))
    assert got.dtype == np.float32 and got.shape == shape and (got == 0).all()


@pytest.mark.parametrize('stride, dilation, output_padding, k, n', [
    (1, 2, 1, 2, 3), (1, 2, 1, 3, 4), (2, 3, 2, 2, 3), (2, 2, 1, 2, 3)])
def test_conv_transpose_third_order_through_the_weight_gradient(stride, dilation, output_padding,
                                                                k, n):
    torch = pytest.importorskip('torch')
    r = np.random.RandomState(k + n)
    x, w = r.randn(1, 2, n, n), r.randn(2, 3, k, k)
    args = (None, stride, 0, output_padding, 1, dilation)
    xv = Variable(L.from_numpy(x.copy()), requires_grad=True)
    wv = Variable(L.from_numpy(w.copy()), requires_grad=True)
    y = F.conv_transpose2d(xv, wv, *args)
    gy, v = r.randn(*y.size()), r.randn(*w.shape)
    gyv = Variable(L.from_numpy(gy.copy()), requires_grad=True)
    gw, = grad(y, [wv], gyv, create_graph=True)
    ggy, = grad(gw, [gyv], L.from_numpy(v.copy()), create_graph=True)
    gx, = grad(ggy.sum(), [xv])
    xt, wt = torch.tensor(x, requires_grad=True), torch.tensor(w, requires_grad=True)
    gyt = torch.tensor(gy, requires_grad=True)
    yt = torch.nn.functional.conv_transpose2d(xt, wt, *args)
    gwt, = torch.autograd.grad(yt, [wt], gyt, create_graph=True)
    ggyt, = torch.autograd.grad(gwt, [gyt], torch.tensor(v), create_graph=True)
    gxt, = torch.autograd.grad(ggyt.sum(), [xt])
    assert tuple(gx.size()) == x.shape
    np.testing.assert_allclose(ggy.data.numpy(), ggyt.detach().numpy(), rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(gx.data.numpy(), gxt.numpy(), rtol=1e-10, atol=1e-12)


_SELECTIONS = [
    ('max_dim', lambda x: x.max(1)[0]), ('min_dim', lambda x: x.min(0)[0]),
    ('max_dim_keepdim', lambda x: x.max(1, True)[0]),
    ('kthvalue', lambda x: x.kthvalue(2, 1)[0]), ('median_dim', lambda x: x.median(1)[0]),
    ('mode', lambda x: x.mode(1)[0]), ('sort', lambda x: x.sort(1)[0]),
    ('sort_desc', lambda x: x.sort(0, True)[0]), ('topk', lambda x: x.topk(2, 1)[0]),
    ('max_all', lambda x: x.max()), ('min_all', lambda x: x.min()),
    ('diag', lambda x: x.diag()), ('diag_1', lambda x: x.diag(1)), ('diag_-1', lambda x: x.diag(-1)),
    ('masked_select', lambda x: x.masked_select(_mask(x))),
    ('masked_select_row', lambda x: x.masked_select(_mask(x)[1])),
    # 0.3.1's x[mask] is the MaskedSelect Function (masked_scatter_ backward); modern torch's
    # x[mask] accumulates (index_put_), so its masked_select is the reference here
    ('getitem_mask', lambda x: x[_mask(x)] if isinstance(x, Variable) else x.masked_select(_mask(x))),
]


def _mask(x):
    m = np.array([[1, 0, 1, 0], [0, 1, 1, 0], [1, 1, 1, 1]], np.uint8)
    if isinstance(x, Variable):
        return Variable(L.from_numpy(m))
    import torch
    return torch.tensor(m).bool()


@pytest.mark.parametrize('name, f', _SELECTIONS, ids=[n for n, _ in _SELECTIONS])
def test_selection_gradient_keeps_a_negative_zero(name, f):
    torch = pytest.importorskip('torch')
    a = np.random.RandomState(1).permutation(12).reshape(3, 4).astype(np.float64)
    x = Variable(L.from_numpy(a.copy()), requires_grad=True)
    y = f(x)
    y.backward(L.zeros(*y.size()).double().neg_())
    got = x.grad.data.numpy()
    xt = torch.tensor(a, requires_grad=True)
    yt = f(xt)
    yt.backward(-torch.zeros_like(yt))
    np.testing.assert_array_equal(np.signbit(got), np.signbit(xt.grad.numpy()))
    assert np.signbit(got).sum() == y.data.numel() and (got == 0).all()


def test_full_max_gradient_of_negative_zero_at_every_tie():
    x = Variable(L.DoubleTensor([[1, 3], [3, 2]]), requires_grad=True)
    x.max().backward(L.DoubleTensor([-0.0]))
    assert np.signbit(x.grad.data.numpy()).tolist() == [[False, True], [True, False]]
    x.grad.data.zero_()
    x.max().backward(L.DoubleTensor([2.5]))
    assert x.grad.data.tolist() == [[0, 2.5], [2.5, 0]]


@pytest.mark.parametrize('name', ['tril', 'triu'])
@pytest.mark.parametrize('k', [0, 1, -1])
def test_tri_gradient_sets_the_other_side_to_zero(name, k):
    torch = pytest.importorskip('torch')
    a = np.random.RandomState(2).randn(3, 4)
    g = np.full((3, 4), np.inf)
    g[1, 1], g[0, 3], g[2, 0] = np.nan, -0.0, -0.0
    x = Variable(L.from_numpy(a.copy()), requires_grad=True)
    getattr(x, name)(k).backward(L.from_numpy(g.copy()))
    got = x.grad.data.numpy()
    xt = torch.tensor(a, requires_grad=True)
    getattr(xt, name)(k).backward(torch.tensor(g))
    want = xt.grad.numpy()
    np.testing.assert_array_equal(got, want)
    np.testing.assert_array_equal(np.signbit(got), np.signbit(want))
    keep = getattr(np, name)(np.ones((3, 4), bool), k)
    assert (got[~keep] == 0).all() and not np.signbit(got[~keep]).any()


@pytest.mark.parametrize('name, node', [('tril', 'TrilBackward'), ('triu', 'TriuBackward')])
def test_tri_double_backward_is_the_same_op(name, node):
    a = np.random.RandomState(3).randn(4, 3)
    x = Variable(L.from_numpy(a.copy()), requires_grad=True)
    gv = Variable(L.from_numpy(np.random.RandomState(4).randn(4, 3)), requires_grad=True)
    gx, = grad(getattr(x, name)(1), [x], gv, create_graph=True)
    assert type(gx.grad_fn).__name__ == node
    h = np.random.RandomState(5).randn(4, 3)
    h[0, 2] = np.inf
    gg, = grad(gx, [gv], L.from_numpy(h.copy()))
    np.testing.assert_array_equal(gg.data.numpy(), getattr(np, name)(h, 1))
