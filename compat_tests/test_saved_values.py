"""Saved values of the backward graph: each route the engine unpacks them by.

The engine's hot loop unpacks one or two saved inputs inline; an op saving its output, or
saving two of three inputs (``addcmul(self, t1, t2)`` keeps ``t1`` and ``t2``: a saved tuple
with a hole), goes through ``_unpack_saved``'s general loop.  Each route must refuse a value
modified in place after it was saved (0.3.1's "modified by an inplace operation") and a
second backward after the buffers were freed, and must compute the 0.3 gradient otherwise.
"""
import numpy as np
import pytest

import legacy_autograd as L
from legacy_autograd.autograd import Variable

MODIFIED = 'one of the variables needed for gradient computation has been modified by an inplace operation'
FREED = 'Trying to backward through the graph a second time'


def _leaf(values):
    return Variable(L.DoubleTensor(values), requires_grad=True)


def _three():
    return _leaf([1.0, -2.0, 3.0]), _leaf([0.5, 4.0, -1.5]), _leaf([2.0, 0.25, -3.0])


def test_addcmul_gradients_through_the_saved_tuple_with_a_hole():
    a, b, c = _three()
    a.addcmul(2.5, b, c).sum().backward()
    assert a.grad.data.tolist() == [1.0, 1.0, 1.0]
    np.testing.assert_array_equal(b.grad.data.numpy(), 2.5 * c.data.numpy())
    np.testing.assert_array_equal(c.grad.data.numpy(), 2.5 * b.data.numpy())


@pytest.mark.parametrize('which', [1, 2])
def test_addcmul_refuses_a_saved_operand_modified_in_place(which):
    a, b, c = _three()
    ops = [a, b * 1, c * 1]                    # non-leaf copies, so in place is allowed
    y = ops[0].addcmul(ops[1], ops[2])
    ops[which].add_(1)
    with pytest.raises(RuntimeError, match='^' + MODIFIED + '$'):
        y.sum().backward()


def test_addcmul_self_is_not_saved_so_changing_it_is_allowed():
    a, b, c = _three()
    s = a * 1
    y = s.addcmul(b, c)
    s.mul_(100)                      # self's value does not enter the gradient
    y.sum().backward()
    assert a.grad.data.tolist() == [1.0, 1.0, 1.0]
    np.testing.assert_array_equal(b.grad.data.numpy(), c.data.numpy())


def test_saved_output_is_freed_after_backward():
    x = _leaf([0.0, 1.0, -1.0])
    y = x.exp()
    g = L.DoubleTensor([1.0, 1.0, 1.0])
    y.backward(g)
    with pytest.raises(RuntimeError, match='^' + FREED):
        y.backward(g)


def test_saved_output_retained_gives_the_same_gradient_twice():
    x = _leaf([0.0, 1.0, -1.0])
    y = x.exp()
    g = L.DoubleTensor([1.0, 2.0, 3.0])
    y.backward(g, retain_graph=True)
    first = x.grad.data.numpy().copy()
    np.testing.assert_allclose(first, np.exp([0.0, 1.0, -1.0]) * [1.0, 2.0, 3.0], rtol=1e-15)
    y.backward(g)
    np.testing.assert_allclose(x.grad.data.numpy(), 2 * first, rtol=1e-15)


def test_saved_output_modified_in_place_is_refused():
    x = _leaf([0.0, 1.0, -1.0])
    y = x.exp()
    z = y * 2                        # z's backward runs through exp's node, which saved y
    y.add_(1)
    with pytest.raises(RuntimeError, match='^' + MODIFIED + '$'):
        z.sum().backward()
    assert x.grad is None
