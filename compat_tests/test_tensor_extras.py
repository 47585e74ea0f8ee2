"""apply_/map_/map2_, is_same_size, Variable resize/resize_as, bernoulli() and put_ on a
non-contiguous tensor, as 0.3 had them."""
import numpy as np
import pytest

import legacy_autograd as L
from legacy_autograd.autograd import Variable


def test_apply_map_map2_pass_python_numbers():
    x = L.FloatTensor([1.5, -2.0, 4.0])
    seen = []
    x.apply_(lambda v: seen.append(type(v)) or v * 3)
    assert seen == [float] * 3 and x.tolist() == [4.5, -6.0, 12.0]
    i = L.LongTensor([[1, 2], [3, 4]])
    assert i.apply_(lambda v: v - 1).tolist() == [[0, 1], [2, 3]]
    a = L.DoubleTensor([[1.0, 2.0], [3.0, 4.0]])
    a.map_(L.DoubleTensor([10.0, 20.0]), lambda u, v: u + v)     # the source broadcasts
    assert a.tolist() == [[11.0, 22.0], [13.0, 24.0]]
    a.map2_(L.DoubleTensor([[1.0], [2.0]]), L.DoubleTensor([1.0, 0.0]), lambda u, v, w: u * w + v)
    assert a.tolist() == [[12.0, 1.0], [15.0, 2.0]]


def test_apply_needs_numbers_back():
    x = L.FloatTensor([1.0, 2.0])
    with pytest.raises(RuntimeError, match='^given function should return a number$'):
        x.apply_(lambda v: 'text')
    with pytest.raises(TypeError):
        x.apply_(3)


def test_is_same_size():
    a, b = L.FloatTensor(2, 3), L.FloatTensor(3, 2)
    assert not a.is_same_size(b) and a.is_same_size(L.FloatTensor(2, 3))
    assert Variable(a).is_same_size(Variable(L.FloatTensor(2, 3)))


def test_variable_resize_keeps_the_elements():
    v = Variable(L.DoubleTensor(np.arange(6.0)), requires_grad=True)
    r = v.resize(2, 3)
    assert r.size() == (2, 3) and type(r.grad_fn).__name__ == 'ResizeBackward'
    (r * Variable(L.DoubleTensor([[1.0, 2, 3], [4, 5, 6]]))).sum().backward()
    assert v.grad.data.tolist() == [1.0, 2, 3, 4, 5, 6]
    assert v.resize_as(Variable(L.FloatTensor(3, 2))).size() == (3, 2)
    with pytest.raises(RuntimeError, match=r"^requested resize to 4x2 \(8 elements in total\), "
                                           r"but the given tensor has a size of 6 \(6 elements\)"):
        v.resize(4, 2)


def test_bernoulli_method():
    p = L.DoubleTensor([[0.0, 1.0], [1.0, 0.0]])
    assert p.bernoulli().tolist() == [[0.0, 1.0], [1.0, 0.0]]
    out = Variable(p).bernoulli()
    assert isinstance(out, Variable) and out.data.tolist() == [[0.0, 1.0], [1.0, 0.0]]


def test_put_on_a_transposed_tensor_counts_in_row_major_order():
    base = L.DoubleTensor(np.arange(6.0).reshape(2, 3))
    t = base.t()                          # 3 x 2, not contiguous
    t.put_(L.LongTensor([0, 1, 5]), L.DoubleTensor([-1.0, -2.0, -3.0]))
    assert t.tolist() == [[-1.0, -2.0], [1.0, 4.0], [2.0, -3.0]]
    assert base.tolist() == [[-1.0, 1.0, 2.0], [-2.0, 4.0, -3.0]]   # written through the view
