"""Sizes that are not positive, as 0.3.1's TH handled them.

Every tensor 0.3.1 created or resized went through ``THTensor_(resizeNd)``
(lib/TH/generic/THTensor.c).  It counts the dimensions up to the first size that is not
positive and ignores that size and all after it, without an error.  So ``torch.randn(6, -1, 3)``
is a tensor of 6 numbers and ``torch.zeros(2, 0, 3)`` one of size ``(2,)``.  Old code relied
on it: 0.3.1's own RNN argument checks build their wrong inputs with ``randn`` and a -1.
"""
import numpy as np
import pytest

import legacy_autograd as L
from legacy_autograd.size import th_sizes
from legacy_autograd.autograd import Variable


@pytest.mark.parametrize('sizes, kept', [
    ((4, 5), (4, 5)),
    ((7, -1, 2), (7,)),
    ((3, 2, 0, 9), (3, 2)),
    ((0, 8), ()),
    ((-4,), ()),
    ((), ()),
    ((5, 1, -2), (5, 1)),
])
def test_th_sizes_cuts_at_first_non_positive(sizes, kept):
    assert th_sizes(sizes) == kept


@pytest.mark.parametrize('make', [
    lambda *s: L.zeros(*s),
    lambda *s: L.ones(*s),
    lambda *s: L.rand(*s),
    lambda *s: L.randn(*s),
    lambda *s: L.zeros(s),                     # one tuple of sizes
    lambda *s: L.randn(L.Size(s)),
    lambda *s: L.DoubleTensor(*s),
    lambda *s: L.LongTensor(L.Size(s)),
    lambda *s: L.FloatTensor(3, 3).new(*s),
    lambda *s: L.IntTensor(8).resize_(*s),
    lambda *s: L.ByteTensor().resize_(L.Size(s)),
])
def test_creation_and_resize_cut_sizes(make):
    assert make(4, -1, 2).size() == L.Size([4])
    assert make(2, 5, 0).size() == L.Size([2, 5])
    assert make(0, 3).dim() == 0
    assert make(-7).numel() == 0
    assert make(3, 2).size() == L.Size([3, 2])


def test_fills_and_draws_cover_the_kept_shape():
    z = L.zeros(3, 0, 4)
    assert z.tolist() == [0, 0, 0]
    o = L.ones(2, -5)
    assert o.tolist() == [1, 1]
    # the random fills draw exactly the kept elements from the generator
    L.manual_seed(11)
    a = L.randn(5, -1, 6)
    L.manual_seed(11)
    b = L.randn(5)
    assert a.tolist() == b.tolist()
    L.manual_seed(3)
    c = L.rand(2, 2, 0)
    L.manual_seed(3)
    d = L.rand(2, 2)
    assert c.tolist() == d.tolist()


def test_zeros_out_takes_the_kept_shape():
    out = L.DoubleTensor(6)
    L.zeros(2, 0, out=out)
    assert out.size() == L.Size([2]) and out.tolist() == [0, 0]


def test_set_storage_cuts_sizes_and_strides():
    st = L.FloatStorage([1, 2, 3, 4, 5, 6])
    t = L.FloatTensor().set_(st, 1, L.Size([2, 0, 3]), (3, 1, 1))
    assert t.size() == L.Size([2]) and t.stride() == (3,)
    assert t.tolist() == [2, 5]
    e = L.FloatTensor().set_(st, 0, L.Size([-1, 2]), (2, 1))
    assert e.dim() == 0


def test_a_variable_on_a_cut_tensor_works_as_usual():
    x = Variable(L.randn(3, -1, 2).double(), requires_grad=True)
    assert x.size() == L.Size([3])
    (x * x).sum().backward()
    np.testing.assert_allclose(x.grad.data.numpy(), 2 * x.data.numpy())


@pytest.mark.parametrize('mode', ['RNN', 'GRU', 'LSTM'])
def test_rnn_refuses_inputs_made_with_a_negative_size(mode):
    L.manual_seed(0)
    rnn = getattr(L.nn, mode)(4, 3, 1)
    bad_input = Variable(L.randn(5, -1, 4))            # size (5,): one dimension
    hidden = Variable(L.randn(1, 2, 3))
    h = (hidden, hidden) if mode == 'LSTM' else hidden
    with pytest.raises(RuntimeError):
        rnn(bad_input, h)
    good_input = Variable(L.randn(5, 2, 4))
    bad_hidden = Variable(L.randn(1, -1, 3))           # size (1,)
    with pytest.raises(RuntimeError):
        rnn(good_input, (bad_hidden, hidden) if mode == 'LSTM' else bad_hidden)
