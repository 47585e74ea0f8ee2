"""Session 22: what the mutation draws of session 22 found unguarded (and the three survivors
session 21 left open), with the fixes that came with them.

Each test was run against the mutant it was written for and failed there.
"""
import numpy as np

import legacy_autograd as L
from legacy_autograd.autograd import Variable, Function
from legacy_autograd.autograd import profiler


# ============================================================ profiler
def test_a_call_still_open_when_the_profiler_stops_is_left_out():
    # 0.3.1's parse_cpu_trace kept an event on its stack until its pop; a call whose pop
    # came after the stop mark never reached the event list
    prof = profiler.profile()

    class StopsTheProfiler(Function):
        def forward(self, x):
            prof.__exit__(None, None, None)
            return x * 2

    x = Variable(L.ones(2), requires_grad=True)
    prof.__enter__()
    x + 1
    StopsTheProfiler()(x)
    assert [e.name for e in prof.function_events] == ['add']


# ============================================================ storage
def test_storage_offset_of_an_array_reinterpreting_another_dtype_is_zero():
    # from_numpy of a float32 view of float64 memory, past its start: the tensor's storage is
    # its own memory (0.3.1's from_numpy), so it starts at offset 0 of a 6-element storage
    base = np.arange(4.0)
    t = L.from_numpy(base[1:].view(np.float32))
    assert t.storage_offset() == 0
    s = t.storage()
    assert s.size() == 6 and type(s).__name__ == 'FloatStorage'
    s[0] = 5.0
    assert t[0] == 5.0


# ============================================================ legacy Function backward
class _DoublesInPlace(Function):
    def forward(self, x):
        return x.clone()

    def backward(self, grad_output):
        grad_output.mul_(2)
        return grad_output


def test_legacy_backward_gets_the_gradient_given_to_backward_itself():
    # 0.3.1 handed the gradient's tensor to the Function's backward as it was: an in-place
    # change there shows in the tensor the caller passed
    x = Variable(L.ones(2, 3), requires_grad=True)
    g = L.ones(2, 3)
    _DoublesInPlace()(x).backward(g)
    np.testing.assert_array_equal(g.numpy(), np.full((2, 3), 2.0))
    np.testing.assert_array_equal(x.grad.data.numpy(), np.full((2, 3), 2.0))


def test_legacy_backward_may_write_to_a_broadcast_gradient():
    # sum's gradient is one value spread over the input's shape; the Function's backward
    # gets a tensor it can write to
    x = Variable(L.ones(2, 3), requires_grad=True)
    _DoublesInPlace()(x).sum().backward()
    np.testing.assert_array_equal(x.grad.data.numpy(), np.full((2, 3), 2.0))
