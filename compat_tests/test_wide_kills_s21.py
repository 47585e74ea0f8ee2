"""Session 21: what the mutation draws of session 21 found unguarded, and the fixes that came
with them (a Variable's pickle keeps no ``.grad``, ``torch.Size`` refuses bools, as 0.3.1 did).

Each test was run against the mutant it was written for and failed there.
"""
import numpy as np
import pytest

import legacy_autograd as L
from legacy_autograd.autograd import Variable, Function


# ============================================================ engine: sparse .grad, Error node
class GivesGrad(Function):
    """Identity forward; backward returns a fixed gradient."""

    def __init__(self, grad):
        super(GivesGrad, self).__init__()
        self.grad = grad

    def forward(self, x):
        return x.clone()

    def backward(self, g):
        return self.grad


def sp(idx, vals, shape=(4, 3)):
    return L.sparse.DoubleTensor(L.LongTensor(idx), L.DoubleTensor(vals), L.Size(shape))


def test_op_gradient_on_sparse_grad_makes_it_dense_in_the_same_variable():
    x = Variable(L.zeros(4, 3).double(), requires_grad=True)
    GivesGrad(sp([[0, 3], [2, 0]], [1.5, -2.0]))(x).sum().backward()
    grad = x.grad
    assert grad.data.is_sparse
    (x * 2).sum().backward()
    assert x.grad is grad and not grad.data.is_sparse
    want = np.full((4, 3), 2.0)
    want[0, 2] += 1.5
    want[3, 0] -= 2.0
    np.testing.assert_array_equal(grad.data.numpy(), want)
    assert type(grad.data).__name__ == 'DoubleTensor'


def test_first_sparse_gradient_gives_a_volatile_grad():
    # AccumulateGrad cloned the first gradient: volatile, as first-order gradients are
    x = Variable(L.zeros(4, 3).double(), requires_grad=True)
    GivesGrad(sp([[0, 3], [2, 0]], [1.5, -2.0]))(x).sum().backward()
    assert x.grad.volatile and not x.grad.requires_grad and x.grad.data.is_sparse


class _Square(Function):
    def forward(self, a):
        self.save_for_backward(a)
        return a * a

    def backward(self, g):
        a, = self.saved_tensors
        return g * 2 * a


def test_error_node_refuses_new_attributes_like_other_graph_nodes():
    x = Variable(L.DoubleTensor([3.0]), requires_grad=True)
    y = _Square()(x)
    g, = L.autograd.grad(y * y, x, create_graph=True)
    node = g.grad_fn
    assert type(node).__name__ == 'Error'
    try:
        node.foo = 1
    except AttributeError as e:
        assert str(e) == "'Error' object has no attribute 'foo'"
    else:
        raise AssertionError('an Error node took a new attribute')
    assert not hasattr(node, '__dict__')


# ============================================================ torch.Size, pickling a Variable
def test_size_refuses_bools_like_0_3_1():
    # THPSize_pynew took an item only when THPUtils_checkLong did: an int that is no bool
    for items, text in (([True], "(item 0 is 'bool')"), ([2, False], "(item 1 is 'bool')"),
                        ([1, 2.0], "(item 1 is 'float')")):
        with pytest.raises(TypeError) as info:
            L.Size(items)
        assert str(info.value) == "torch.Size() takes an iterable of 'int' " + text
    assert L.Size([1, np.int64(2)]) == (1, 2)
    assert all(type(s) is int for s in L.Size([np.int32(3), 4]))


def test_pickle_and_copy_keep_data_and_flags_but_never_the_grad():
    # 0.3.1's Variable.__reduce_ex__: (type, (data,), (requires_grad, volatile, hooks))
    import copy
    import pickle
    x = Variable(L.DoubleTensor([1.0, 2.0]), requires_grad=True)
    (x * 3).sum().backward()
    assert x.grad is not None
    p = L.nn.Parameter(L.FloatTensor([4.0]))
    (p * 2).sum().backward()
    v = Variable(L.FloatTensor([5.0]), volatile=True)
    for obj in (x, p, v):
        for back in (pickle.loads(pickle.dumps(obj, protocol=2)), copy.copy(obj)):
            assert type(back) is type(obj) and back.grad is None and back.is_leaf
            assert back.requires_grad == obj.requires_grad and back.volatile == obj.volatile
            assert back.data.tolist() == obj.data.tolist()
            assert type(back.data) is type(obj.data)
        assert copy.copy(obj).data is obj.data
    y = x * 2                               # a non-leaf: the copy is a leaf of its values
    back = pickle.loads(pickle.dumps(y))
    assert back.is_leaf and back.requires_grad and back.grad_fn is None
    assert back.data.tolist() == [2.0, 4.0]
