"""Large-array code paths give exactly the values of the elementwise TH/THNN formulas.

From a few thousand elements on, some ops take a faster numpy route: a branch-free
select on the bits instead of ``numpy.where`` (``ops._common.select``), and the bound of
``maximum``/``fmax`` given as an array (``ops._common.with_number``).  The parity suite
mostly uses small tensors, so here each op runs on sizes on both sides of the switch,
contiguous and not, with zeros of both signs, NaN and infinities, and its result is
compared bit for bit with the 0.3 formula written with ``numpy.where``.
"""
import numpy as np
import pytest

import legacy_autograd as L
from legacy_autograd.autograd import Variable
from legacy_autograd.ops._common import select

F = L.nn.functional
SIZES = [(50, 2), (4095, 2), (4096, 2), (100, 210)]      # 100 .. 21000 elements
DTYPES = [np.float32, np.float64]
_UINT = {4: np.uint32, 8: np.uint64}


def _data(shape, dtype, seed, transpose):
    rs = np.random.RandomState(seed)
    a = rs.randn(*shape).astype(dtype)
    specials = np.array([0.0, -0.0, np.nan, np.inf, -np.inf, 0.5, -1.0], dtype)
    pos = rs.randint(0, a.size, size=max(1, a.size // 6))
    a.reshape(-1)[pos] = specials[rs.randint(0, specials.size, size=pos.size)]
    return a.T if transpose else a       # a transposed (non-contiguous) view


def _var(a, requires_grad=False):
    return Variable(L.from_numpy(a), requires_grad=requires_grad)    # shares a's strides


def _assert_bits(got, want):
    got = np.ascontiguousarray(got)
    want = np.ascontiguousarray(want)
    assert got.dtype == want.dtype and got.shape == want.shape
    u = _UINT[want.dtype.itemsize]
    nan_got, nan_want = np.isnan(got), np.isnan(want)
    assert np.array_equal(nan_got, nan_want)
    assert np.array_equal(got[~nan_got].view(u), want[~nan_want].view(u))


CASES = [(shape, dtype, transpose) for shape in SIZES for dtype in DTYPES
         for transpose in (False, True)]


@pytest.mark.parametrize('shape,dtype,transpose', CASES)
def test_clamp_one_and_two_bounds(shape, dtype, transpose):
    a = _data(shape, dtype, 1, transpose)
    t = dtype
    v = _var(a)
    for lo in (0.0, -0.0, 0.5):                   # TH: x < min ? min : x
        _assert_bits(v.clamp(min=lo).data.numpy(), np.where(a < t(lo), t(lo), a))
    for hi in (0.0, -0.0, -1.0):                  # TH: x > max ? max : x
        _assert_bits(v.clamp(max=hi).data.numpy(), np.where(a > t(hi), t(hi), a))
    # TH: x < min ? min : (x > max ? max : x)
    _assert_bits(v.clamp(-0.5, 0.5).data.numpy(),
                 np.where(a < t(-0.5), t(-0.5), np.where(a > t(0.5), t(0.5), a)))


@pytest.mark.parametrize('shape,dtype,transpose', CASES)
def test_relu_threshold_leaky_relu(shape, dtype, transpose):
    a = _data(shape, dtype, 2, transpose)
    t = dtype
    _assert_bits(F.relu(_var(a)).data.numpy(), np.where(a > 0, a, t(0)))   # THNN Threshold
    _assert_bits(F.threshold(_var(a), 0.5, -1.0).data.numpy(), np.where(a > t(0.5), a, t(-1)))
    x = _var(a, requires_grad=True)
    y = F.leaky_relu(x, 0.2)                      # THNN: x > 0 ? x : x * negval
    _assert_bits(y.data.numpy(), np.where(a > 0, a, a * t(0.2)))
    g = _data(shape, dtype, 3, transpose)
    y.backward(_var(g).data)                      # x > 0 ? g : g * negval
    _assert_bits(x.grad.data.numpy(), np.where(a > 0, g, g * t(0.2)))


@pytest.mark.parametrize('shape,dtype,transpose', CASES)
def test_binary_max_min(shape, dtype, transpose):
    a = _data(shape, dtype, 4, transpose)
    b = _data(shape, dtype, 5, transpose)
    _assert_bits(L.max(_var(a), _var(b)).data.numpy(), np.where(a > b, a, b))
    _assert_bits(L.min(_var(a), _var(b)).data.numpy(), np.where(a < b, a, b))


@pytest.mark.parametrize('dtype', [np.float16, np.float32, np.float64, np.int64, np.int32,
                                   np.int16, np.uint8, np.bool_])
def test_select_is_where_bit_for_bit(dtype):
    rs = np.random.RandomState(6)
    n = 20000                                     # above the switch to the bit route
    a = (rs.randn(n) * 40).astype(dtype)
    b = (rs.randn(n) * 40).astype(dtype)
    if np.dtype(dtype).kind == 'f':
        a[::7] = np.nan
        b[::5] = -0.0
    cond = rs.rand(n) > 0.5
    for x, y in ((a, b), (a, b[0]), (a[0], b), (a[0], b[1]), (a[::-1], b)):
        want = np.where(cond, x, y)
        got = select(cond, x, y)
        assert got.dtype == want.dtype and got.shape == want.shape
        assert got.tobytes() == want.tobytes()
    c2 = rs.rand(200, 1) > 0.5                    # a condition broadcast against 2-D operands
    a2, b2 = a[:200 * 100].reshape(200, 100), b[:200 * 100].reshape(200, 100)
    assert select(c2, a2, b2).tobytes() == np.where(c2, a2, b2).tobytes()
