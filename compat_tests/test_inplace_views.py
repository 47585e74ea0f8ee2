"""In-place ops through views of Variables update the base's history (CopySlices)."""
import numpy as np
import pytest

import legacy_autograd as L
from legacy_autograd import testing as T
from legacy_autograd.autograd import Variable, grad


def _modern():
    return pytest.importorskip('torch')


def test_parity_inplace_through_narrow_and_select():
    torch = _modern()
    L.manual_seed(3)
    x = Variable(L.randn(3, 4), requires_grad=True)
    w = Variable(L.randn(2, 4), requires_grad=True)
    y = x * 2
    y.narrow(0, 0, 2).mul_(w)
    y[2].fill_(1)
    (y * y).sum().backward()
    xt = torch.tensor(x.data.numpy(), requires_grad=True)
    wt = torch.tensor(w.data.numpy(), requires_grad=True)
    yt = xt * 2
    yt.narrow(0, 0, 2).mul_(wt)
    yt[2].fill_(1)
    (yt * yt).sum().backward()
    T.assert_close(y, yt, rtol=1e-6, atol=0)
    T.assert_close(x.grad, xt.grad, rtol=1e-5, atol=1e-6)
    T.assert_close(w.grad, wt.grad, rtol=1e-5, atol=1e-6)
    assert type(y.grad_fn).__name__ == 'CopySlices'


def test_parity_inplace_through_transpose_view_double_backward():
    torch = _modern()
    L.manual_seed(4)
    a = np.random.RandomState(0).randn(3, 3)
    x = Variable(L.DoubleTensor(a), requires_grad=True)
    y = x * 1.5
    y.t().narrow(0, 1, 1).mul_(x.narrow(0, 0, 1).t().contiguous().view(1, 3))
    out = (y ** 2).sum()
    g, = grad(out, x, create_graph=True)
    gg, = grad(g.sum(), x)
    xt = torch.tensor(a, requires_grad=True)
    yt = xt * 1.5
    yt.t().narrow(0, 1, 1).mul_(xt.narrow(0, 0, 1).t().contiguous().view(1, 3))
    outt = (yt ** 2).sum()
    gt, = torch.autograd.grad(outt, xt, create_graph=True)
    ggt, = torch.autograd.grad(gt.sum(), xt)
    T.assert_close(g, gt, rtol=1e-10, atol=0)
    T.assert_close(gg, ggt, rtol=1e-10, atol=0)


def test_inplace_through_view_of_leaf_requiring_grad_raises():
    x = Variable(L.randn(3), requires_grad=True)
    with pytest.raises(RuntimeError) as e:
        x.narrow(0, 0, 1).mul_(2)
    assert str(e.value) == 'a leaf Variable that requires grad has been used in an in-place operation.'


def test_inplace_through_view_of_plain_leaf_makes_base_non_leaf():
    buf = Variable(L.zeros(4))
    w = Variable(L.ones(2), requires_grad=True)
    buf.narrow(0, 1, 2).add_(w)
    assert buf.requires_grad and not buf.is_leaf
    (buf * L.autograd.Variable(L.Tensor([1, 2, 3, 4]))).sum().backward()
    assert w.grad.data.tolist() == [2.0, 3.0]
