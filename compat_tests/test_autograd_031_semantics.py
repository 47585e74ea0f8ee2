"""Variable semantics that PyTorch 0.3.1's own test suite relies on (written in our own words).

Values and gradients are checked against modern torch where it has the operation.
"""
import numpy as np
import pytest

import legacy_autograd as torch
from legacy_autograd.autograd import Variable
from legacy_autograd.autograd.gradcheck import gradcheck, gradgradcheck


def _non_contiguous(rows, cols):
    base = torch.randn(cols, rows).double()
    return base.t()


# ------------------------------------------------------------------ Variable.contiguous()
def test_contiguous_swaps_the_data_in_place_and_returns_the_variable():
    v = Variable(_non_contiguous(3, 4), requires_grad=True)
    old = v.data
    assert not old.is_contiguous()
    r = v.contiguous()
    assert r is v
    assert v.data.is_contiguous() and v.data is not old
    assert v.grad_fn is None and v.requires_grad
    assert np.array_equal(v.data.numpy(), old.numpy())


def test_contiguous_of_a_computed_variable_keeps_its_node_and_gradient():
    x = Variable(torch.randn(3, 2).double(), requires_grad=True)
    y = x.t()
    node = y.grad_fn
    assert y.contiguous() is y and y.grad_fn is node
    (y * 2).sum().backward()
    assert np.allclose(x.grad.data.numpy(), 2.0)


def test_contiguous_on_a_contiguous_variable_changes_nothing():
    v = Variable(torch.randn(2, 2))
    d = v.data
    assert v.contiguous() is v and v.data is d


def test_contiguous_view_no_longer_writes_into_its_base():
    base = Variable(torch.zeros(3, 4))
    view = base.t()
    view.contiguous()
    view.add_(1)
    assert base.data.sum() == 0
    assert view.data.sum() == 12


def test_gradgradcheck_with_non_contiguous_grad_outputs():
    x = Variable(torch.randn(3, 4).double(), requires_grad=True)
    go = Variable(_non_contiguous(3, 4), requires_grad=True)
    assert gradgradcheck(lambda a: a * a * a, (x,), (go,))


def test_gradcheck_with_a_non_contiguous_input():
    x = Variable(_non_contiguous(2, 3), requires_grad=True)
    assert gradcheck(lambda a: (a.exp() * 2).sum(1), (x,), eps=1e-6, atol=1e-5)


# ------------------------------------------------------------------ torch.autograd._functions
def test_functions_module_exports_the_031_class_names():
    from legacy_autograd.autograd import _functions
    ns = {}
    exec('from legacy_autograd.autograd._functions import *', ns)
    for name in ('Exp', 'Index', 'Addmv', 'Eq', 'Sum', 'Norm', 'Sort', 'Clone', 'PowConstant'):
        assert name in ns
        assert issubclass(ns[name], torch.autograd.Function)
    assert issubclass(_functions.Zero, _functions.InplaceFunction)


def test_functions_apply_gives_the_operation_and_its_gradient():
    import torch as modern
    from legacy_autograd.autograd._functions import Exp, Sum, Index, Clamp
    data = np.array([[0.5, -1.0, 2.0], [1.5, 0.25, -0.75]])
    x = Variable(torch.from_numpy(data.copy()), requires_grad=True)
    y = Sum.apply(Exp.apply(Clamp.apply(x, -0.8, 1.6)))
    assert type(y.grad_fn).__name__ == 'SumBackward'
    y.backward()
    mx = modern.tensor(data, requires_grad=True)
    my = mx.clamp(-0.8, 1.6).exp().sum()
    my.backward()
    assert np.allclose(y.data.numpy(), my.detach().numpy())
    assert np.allclose(x.grad.data.numpy(), mx.grad.numpy())
    z = Index.apply(x, 1)
    assert z.data.tolist() == [1.5, 0.25, -0.75]


# ------------------------------------------------------------------ AccumulateGrad's clone
def _desc(fn):
    if fn is None:
        return 'None'
    inner = ', '.join(_desc(f) for f, _ in fn.next_functions)
    return '%s(%s)' % (type(fn).__name__, inner)


def test_first_gradient_under_create_graph_is_an_identity_clone():
    x = Variable(torch.DoubleTensor([1.0, 2.0]), requires_grad=True)
    y = (x * x).sum()
    y.backward(create_graph=True)
    d = _desc(x.grad.grad_fn)
    assert d.startswith('Identity(AddBackward1(MulBackward1(') and d.count('AccumulateGrad()') == 2
    assert x.grad.data.tolist() == [2.0, 4.0]
    # gradients flow through Identity unchanged
    x.grad.sum().backward()
    assert x.grad.data.tolist() == [4.0, 6.0]


def test_first_gradient_without_a_graph_is_a_plain_volatile_copy():
    x = Variable(torch.DoubleTensor([3.0]), requires_grad=True)
    (x * 2).backward()
    assert x.grad.grad_fn is None and x.grad.volatile


# ------------------------------------------------------------------ list keys holding sequences
def test_a_list_of_sequences_indexes_one_dimension_per_element():
    base = np.arange(16.0).reshape(4, 4)
    rows, cols = [[1, 2], [0, 0]], [[0, 1], [1, 1]]
    want = base[np.array(rows), np.array(cols)]
    t = torch.from_numpy(base.copy())
    assert t[[rows, cols]].numpy().tolist() == want.tolist()
    assert t[[(1, 3), (0, 2)]].numpy().tolist() == [4.0, 14.0]
    v = Variable(torch.from_numpy(base.copy()), requires_grad=True)
    out = v[[rows, cols]]
    assert out.data.numpy().tolist() == want.tolist()
    out.sum().backward()
    expect = np.zeros((4, 4))
    np.add.at(expect, (np.array(rows), np.array(cols)), 1)
    assert v.grad.data.numpy().tolist() == expect.tolist()


def test_duplicate_indices_accumulate_their_gradients():
    v = Variable(torch.from_numpy(np.arange(12.0).reshape(3, 4)), requires_grad=True)
    v[[[2, 0, 2, 2], [1]]].sum().backward()
    g = v.grad.data.numpy()
    assert g[2, 1] == 3 and g[0, 1] == 1 and g.sum() == 4
    w = Variable(torch.from_numpy(np.arange(24.0).reshape(2, 3, 4)), requires_grad=True)
    w[[[1, 1], slice(None), slice(None)]].sum().backward()
    assert w.grad.data.numpy()[1].tolist() == np.full((3, 4), 2.0).tolist()
    assert w.grad.data.numpy()[0].sum() == 0


# ------------------------------------------------------------------ gradcheck helpers
def test_numerical_jacobian_perturbs_plain_tensors():
    from legacy_autograd.autograd.gradcheck import get_numerical_jacobian, iter_tensors
    w = torch.DoubleTensor([[1.0, 2.0], [3.0, 4.0]])          # a "parameter": a plain tensor
    x = Variable(torch.DoubleTensor([0.5, -1.0]))

    def fw(inp):
        return torch.mv(Variable(w), inp[0]).data

    jac = get_numerical_jacobian(fw, (x,), w, eps=1e-6)
    # d(w @ x)_j / d w_ik = x_k if i == j
    want = np.zeros((4, 2))
    want[0, 0], want[1, 0], want[2, 1], want[3, 1] = 0.5, -1.0, 0.5, -1.0
    assert np.allclose(jac.numpy(), want, atol=1e-6)
    assert w.numpy().tolist() == [[1.0, 2.0], [3.0, 4.0]]     # put back
    v = Variable(torch.ones(2))
    assert list(iter_tensors((w, v), True)) == [w]
    assert [t is v.data for t in iter_tensors([w, [v]])] == [False, True]


def test_torch_renorm_function_takes_a_variable():
    import torch as modern
    data = np.array([[3.0, 4.0, 0.0], [0.3, 0.4, 0.0], [1.0, -2.0, 2.0]])
    x = Variable(torch.from_numpy(data.copy()), requires_grad=True)
    y = torch.renorm(x, 2, 0, 1.0)
    mx = modern.tensor(data, requires_grad=True)
    my = modern.renorm(mx, 2, 0, 1.0)
    assert np.allclose(y.data.numpy(), my.detach().numpy(), atol=1e-6)
    w = np.arange(9.0).reshape(3, 3)
    (y * Variable(torch.from_numpy(w))).sum().backward()
    (my * modern.tensor(w)).sum().backward()
    assert np.allclose(x.grad.data.numpy(), mx.grad.numpy(), atol=1e-5)
