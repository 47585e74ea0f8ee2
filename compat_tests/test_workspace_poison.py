"""The convolution workspace's poison mode (``LEGACY_AUTOGRAD_POISON_WORKSPACE=1``), which the
test suite runs with (conftest.py): buffers are handed out filled with the byte 0xFF, so a
kernel that reads workspace memory it has not written gets NaN (-1 in integer buffers)
instead of the numbers the buffer's previous user left there."""
import numpy as np
import pytest

from legacy_autograd.ops import conv_ops
from legacy_autograd.ops.conv_ops import Workspace


def test_the_suite_runs_with_the_poison_mode():
    assert conv_ops.WORKSPACE.poison is True
    a = conv_ops.WORKSPACE.empty((300, 300), np.dtype(np.float32))
    assert np.isnan(a).all()
    conv_ops.WORKSPACE.give(a)


def _row_sums(ws, x, buggy):
    """Row sums of ``2 * x`` through a scratch buffer; the buggy kernel writes every row but
    the last, then reads all of them (a stale read)."""
    buf = ws.empty(x.shape, x.dtype)
    if buggy:
        buf[:-1] = x[:-1] * 2
    else:
        buf[:] = x * 2
    total = buf.sum(axis=1)
    ws.give(buf)
    return total


@pytest.mark.parametrize('dtype', [np.float32, np.float64])
def test_poison_turns_a_stale_read_into_nan(dtype):
    rs = np.random.RandomState(0)
    first = rs.standard_normal((256, 64)).astype(dtype)
    second = rs.standard_normal((256, 64)).astype(dtype)
    right = _row_sums(Workspace(limit=0), second, False)
    # without poison the bug goes unnoticed: after a correct kernel used the buffer, the buggy
    # one silently reads that kernel's last row, a plausible finite number
    plain = Workspace(min_bytes=0)
    previous = _row_sums(plain, first, False)
    got = _row_sums(plain, second, True)
    assert np.isfinite(got).all()
    assert got[-1] == previous[-1] != right[-1]
    np.testing.assert_array_equal(got[:-1], right[:-1])
    # with poison the unwritten row is NaN, on reuse and on first use alike
    poisoned = Workspace(min_bytes=0, poison=True)
    _row_sums(poisoned, first, False)
    for x in (second, first):
        got = _row_sums(poisoned, x, True)
        assert np.isnan(got[-1])
        np.testing.assert_array_equal(got[:-1], (x[:-1] * 2).sum(axis=1))
    assert np.isnan(_row_sums(Workspace(min_bytes=0, poison=True), first, True)[-1])


def test_poison_in_integer_buffers_is_minus_one():
    ws = Workspace(min_bytes=0, poison=True)
    a = ws.empty((70000,), np.dtype(np.int64))
    assert (a == -1).all()
    a[:] = 5
    ws.give(a)
    b = ws.empty((70000,), np.dtype(np.int64))
    assert b is a and (b == -1).all()


def test_patterned_buffers_are_not_poisoned():
    # their contract: zero outside the positions their user writes; reused without clearing
    ws = Workspace(min_bytes=0, poison=True)
    a = ws.patterned('p', (100, 100), np.dtype(np.float64))
    assert not a.any()
    a[::2] = 1.0
    ws.give(a, 'p')
    b = ws.patterned('p', (100, 100), np.dtype(np.float64))
    assert b is a and not b[1::2].any()


def test_convolution_is_unchanged_by_the_poison_mode():
    # the kernels write every element they read: the same bits with fresh, reused and
    # poisoned buffers (the whole suite runs poisoned; this compares directly)
    import legacy_autograd as L
    F = L.nn.functional
    rs = np.random.RandomState(3)
    x = rs.standard_normal((4, 3, 20, 20)).astype(np.float32)
    w = rs.standard_normal((5, 3, 3, 3)).astype(np.float32)
    outs = []
    for ws in (Workspace(limit=0), Workspace(poison=True), Workspace(poison=True)):
        saved = conv_ops.WORKSPACE
        conv_ops.WORKSPACE = ws
        try:
            xv = L.autograd.Variable(L.from_numpy(x.copy()), requires_grad=True)
            wv = L.autograd.Variable(L.from_numpy(w.copy()), requires_grad=True)
            y = F.conv2d(xv, wv, padding=1)
            F.max_pool2d(y, 2).sum().backward()
            outs.append((y.data.numpy().tobytes(), xv.grad.data.numpy().tobytes(),
                         wv.grad.data.numpy().tobytes()))
        finally:
            conv_ops.WORKSPACE = saved
    assert outs[0] == outs[1] == outs[2]
