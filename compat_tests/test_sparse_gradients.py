"""Sparse gradients from custom Functions, and dense + sparse tensors, as 0.3.1 had them.

A 0.3 ``Function.backward`` may return a sparse tensor.  0.3.1's engine carried it on: two
sparse gradients for one input add to a sparse one, a sparse and a dense one to a dense one,
and a leaf's ``AccumulateGrad`` keeps a sparse ``.grad`` (cloned) when only sparse gradients
arrived.  0.3.1 did not check the size of a custom Function's gradient either.  A dense
tensor's ``add``/``add_``/``+`` take a sparse tensor (TH's ``spcadd``) and give a dense one.
Values are compared with modern torch, which accumulates sparse gradients the same way.
"""
import numpy as np
import pytest

import legacy_autograd as L
from legacy_autograd.autograd import Variable, Function

pytestmark = pytest.mark.filterwarnings('ignore:Sparse invariant checks')   # modern torch's

IDX = [[0, 3, 3, 1], [2, 0, 0, 1]]
VALS = [1.5, -2.0, 0.25, 4.0]
IDX2 = [[2, 0], [1, 2]]
VALS2 = [3.0, -1.0]
SHAPE = (4, 3)


def sp(idx, vals, shape=SHAPE):
    return L.sparse.DoubleTensor(L.LongTensor(idx), L.DoubleTensor(vals), L.Size(shape))


def msp(torch, idx, vals, shape=SHAPE):
    return torch.sparse_coo_tensor(torch.tensor(idx), torch.tensor(vals, dtype=torch.float64),
                                   shape)


class GivesGrad(Function):
    """Identity forward; backward returns a fixed gradient."""

    def __init__(self, grad):
        super(GivesGrad, self).__init__()
        self.grad = grad

    def forward(self, x):
        return x.clone()

    def backward(self, g):
        return self.grad


def _modern_leaf_grad(torch, grads):
    class Fixed(torch.autograd.Function):
        @staticmethod
        def forward(ctx, x, k):
            ctx.k = k
            return x.clone()

        @staticmethod
        def backward(ctx, g):
            return grads[ctx.k], None

    x = torch.zeros(SHAPE, dtype=torch.float64, requires_grad=True)
    total = sum(Fixed.apply(x, k) for k in range(len(grads)))
    total.sum().backward()
    return x.grad


@pytest.mark.parametrize('kinds', [('s',), ('s', 's'), ('s', 'd', 's'), ('d', 's', 's'),
                                   ('s', 's', 'd')])
def test_sparse_gradients_accumulate_like_modern(kinds):
    torch = pytest.importorskip('torch')
    dense = np.arange(12, dtype=np.float64).reshape(SHAPE) / 7
    ours, theirs = [], []
    for k, kind in enumerate(kinds):
        if kind == 'd':
            ours.append(L.from_numpy(dense.copy()))
            theirs.append(torch.from_numpy(dense.copy()))
        elif k % 2:
            ours.append(sp(IDX2, VALS2))
            theirs.append(msp(torch, IDX2, VALS2))
        else:
            ours.append(sp(IDX, VALS))
            theirs.append(msp(torch, IDX, VALS))
    x = Variable(L.zeros(*SHAPE).double(), requires_grad=True)
    total = None
    for g in ours:
        y = GivesGrad(g)(x)
        total = y if total is None else total + y
    total.sum().backward()
    want = _modern_leaf_grad(torch, theirs)
    assert x.grad.data.is_sparse == want.is_sparse == ('d' not in kinds)
    got = x.grad.data.to_dense() if x.grad.data.is_sparse else x.grad.data
    # the order in which the engines add the gradients differs: rounding only
    np.testing.assert_allclose(got.numpy(), want.to_dense().numpy(), rtol=1e-15, atol=1e-15)


def test_first_sparse_gradient_is_cloned_and_later_ones_added_in_place():
    g = sp(IDX, VALS)
    x = Variable(L.zeros(*SHAPE).double(), requires_grad=True)
    GivesGrad(g)(x).sum().backward()
    assert x.grad.data.is_sparse and x.grad.data is not g
    first = x.grad.data
    GivesGrad(sp(IDX2, VALS2))(x).sum().backward()
    assert x.grad.data is first and first._nnz() == 6 and not first.is_coalesced()
    # a dense gradient on a sparse .grad makes it dense
    GivesGrad(L.ones(*SHAPE).double())(x).sum().backward()
    want = sp(IDX, VALS).to_dense().numpy() + sp(IDX2, VALS2).to_dense().numpy() + 1
    np.testing.assert_array_equal(x.grad.data.numpy(), want)
    # and a sparse one on a dense .grad is added into it
    GivesGrad(sp(IDX2, VALS2))(x).sum().backward()
    np.testing.assert_array_equal(x.grad.data.numpy(),
                                  want + sp(IDX2, VALS2).to_dense().numpy())


def test_a_sparse_gradient_reaching_an_op_is_made_dense():
    torch = pytest.importorskip('torch')
    w = Variable(L.ones(*SHAPE).double(), requires_grad=True)
    GivesGrad(sp(IDX, VALS))(w * 3).sum().backward()
    want = 3 * msp(torch, IDX, VALS).to_dense().numpy()
    assert not w.grad.data.is_sparse
    np.testing.assert_array_equal(w.grad.data.numpy(), want)


def test_custom_function_gradient_size_is_not_checked():
    # 0.3.1's engine handed a custom Function's gradient on as it was
    x = Variable(L.zeros(2, 2).double(), requires_grad=True)
    odd = L.DoubleTensor([[1, 2, 3]])
    GivesGrad(odd)(x).sum().backward()
    assert x.grad.data.tolist() == [[1, 2, 3]]
    y = Variable(L.zeros(2, 2).double(), requires_grad=True)
    GivesGrad(sp([[0, 5]], [1.0, 2.0], (6,)))(y).sum().backward()
    assert x.grad is not None and y.grad.data.is_sparse and y.grad.size() == L.Size([6])


@pytest.mark.parametrize('form', ['operator', 'add', 'add_value', 'add_', 'iadd'])
def test_dense_plus_sparse_like_modern(form):
    torch = pytest.importorskip('torch')
    base = np.linspace(-1, 1, 12).reshape(SHAPE)
    d = L.from_numpy(base.copy())
    s = sp(IDX, VALS)
    md, ms = torch.from_numpy(base.copy()), msp(torch, IDX, VALS)
    v0 = d._version[0]
    if form == 'operator':
        got, want = d + s, md + ms
    elif form == 'add':
        got, want = d.add(s), torch.add(md, ms)
    elif form == 'add_value':
        got, want = d.add(-0.5, s), torch.add(md, ms, alpha=-0.5)
    elif form == 'add_':
        got, want = d.add_(2, s), md.add_(ms, alpha=2)
    else:
        d += s
        md += ms
        got, want = d, md
    assert type(got) is L.DoubleTensor and not got.is_sparse
    np.testing.assert_array_equal(got.numpy(), want.numpy())
    if form in ('add_', 'iadd'):
        assert got is d and d._version[0] == v0      # tensors have no version in 0.3.1
    else:
        np.testing.assert_array_equal(d.numpy(), base)


def test_dense_plus_sparse_of_another_size():
    with pytest.raises(RuntimeError, match='sizes do not match'):
        L.zeros(2, 2).double() + sp(IDX, VALS)
