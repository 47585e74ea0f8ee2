"""``out=`` of the ``torch.*`` functions: what is written where, and what is refused.

0.3.1's tensor functions wrote the result into ``out`` and returned that very tensor; for a
multi-output function (``torch.max(x, dim, out=(values, indices))``) every tensor of the tuple.
Its argument parser refused anything else in ``out`` with a ``TypeError`` (the
invalid-combination list); our texts name the problem instead (docs/errors.md).
"""
import re

import numpy as np
import pytest

import legacy_autograd as L
from legacy_autograd.autograd import Variable


def _x():
    return L.FloatTensor([[1.0, 5.0], [3.0, 2.0]])


def test_two_output_function_writes_both_tensors_of_the_tuple():
    a, b = L.FloatTensor(), L.LongTensor()
    r = L.max(_x(), 0, out=(a, b))
    assert type(r) is tuple and r[0] is a and r[1] is b
    assert a.tolist() == [3.0, 5.0] and b.tolist() == [1, 0]
    c, d = L.FloatTensor(5).fill_(-7), L.LongTensor(2).fill_(9)   # of another size: replaced
    L.min(_x(), 1, out=[c, d])
    assert c.tolist() == [1.0, 2.0] and d.tolist() == [0, 1]


@pytest.mark.parametrize('out', [(L.FloatTensor(),), L.FloatTensor(), (L.FloatTensor(), L.LongTensor(),
                                                                       L.LongTensor())],
                         ids=['one-tuple', 'tensor', 'three-tuple'])
def test_two_output_function_refuses_another_number_of_tensors(out):
    with pytest.raises(TypeError, match=r'^out= must be a tuple of 2 tensors here$'):
        L.max(_x(), 0, out=out)


def test_out_refuses_a_variable():
    z = L.FloatTensor(2, 2).fill_(4.0)
    with pytest.raises(TypeError, match=re.escape('out= is not supported for Variables in 0.3 '
                                                  '(got a Variable)')):
        L.add(_x(), _x(), out=Variable(z))
    with pytest.raises(TypeError, match='not supported for Variables'):
        L.arange(0, 4, out=Variable(L.FloatTensor()))
    assert z.tolist() == [[4.0, 4.0], [4.0, 4.0]]           # nothing written


def test_out_refuses_a_non_tensor():
    with pytest.raises(TypeError, match=r'^out= must be a tensor, got int$'):
        L.add(_x(), _x(), out=3)
    with pytest.raises(TypeError, match=r'^out= must be a tensor, got list$'):
        L.zeros(2, out=[0.0, 0.0])


def test_out_refuses_a_full_reduction_to_a_number():
    # sum/dot without a dim return Python numbers in 0.3: nothing to write into out
    o = L.FloatTensor(1).fill_(3.0)
    for call in (lambda: L.sum(_x(), out=o), lambda: L.dot(_x().view(-1), _x().view(-1), out=o)):
        with pytest.raises(TypeError, match=r'^out= is not supported when the result is a Python number$'):
            call()
    assert o.tolist() == [3.0]


def test_out_of_the_right_size_is_written_in_place():
    o = L.FloatTensor(2, 2).zero_()
    view = o.view(4)
    r = L.mul(_x(), 2, out=o)
    assert r is o
    assert view.tolist() == [2.0, 10.0, 6.0, 4.0]          # the same memory, not a new array
    assert np.shares_memory(view.numpy(), o.numpy())
