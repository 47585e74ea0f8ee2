"""Session 22: what the mutation draws of session 22 found unguarded (and the three survivors
session 21 left open), with the fixes that came with them.

Each test was run against the mutant it was written for and failed there.
"""
import numpy as np
import pytest

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


# ============================================================ tensors: pickles, weak references
def test_a_tensor_record_with_a_zero_size_is_refused():
    # the package writes an empty tensor with no sizes at all; a 0 in the sizes never comes
    # from a saved tensor and would give an array of a shape no tensor has
    import pickle
    from legacy_autograd.tensor import _rebuild_tensor
    for sizes in ((0,), (2, 0), (0, 3)):
        with pytest.raises(pickle.UnpicklingError, match='^torch\\.load: corrupt or truncated '
                                                         'file: bad tensor record$'):
            _rebuild_tensor('torch.FloatTensor', b'', sizes)
    assert _rebuild_tensor('torch.FloatTensor', b'', ()).dim() == 0


def test_tensors_and_variables_can_be_weakly_referenced():
    # 0.3.1's tensor classes were Python subclasses, weak-referenceable like any object
    import weakref
    for t in (L.FloatTensor([1, 2]), L.LongTensor(3), L.ByteTensor(),
              Variable(L.ones(2)), L.FloatTensor(2).storage()):
        r = weakref.ref(t)
        assert r() is t
    t = L.DoubleTensor([1.5])
    r = weakref.ref(t)
    del t
    assert r() is None


# ============================================================ Function: mark_shared_storages
class _SharesWithANumberFirst(Function):
    @staticmethod
    def forward(ctx, x):
        y = x.clone()
        ctx.mark_shared_storage((7, y))
        return y


def test_mark_shared_storages_names_a_non_tensor_first_member():
    x = Variable(L.randn(2), requires_grad=True)
    with pytest.raises(RuntimeError) as e:
        _SharesWithANumberFirst.apply(x)
    assert str(e.value) == ('mark_shared_storages accepts pairs of tensors, but one of them '
                            'contains int and torch.FloatTensor')


# ============================================================ double backward of sin
def test_sin_first_derivative_built_for_a_second(torch):
    x = np.array([0.3, -1.2, 2.5])
    lx = Variable(L.DoubleTensor(x.copy()), requires_grad=True)
    mx = torch.from_numpy(x.copy()).requires_grad_()
    lg, = L.autograd.grad(lx.sin().sum(), [lx], create_graph=True)
    mg, = torch.autograd.grad(mx.sin().sum(), [mx], create_graph=True)
    np.testing.assert_allclose(lg.data.numpy(), mg.detach().numpy(), rtol=1e-15)
    np.testing.assert_allclose(lg.data.numpy(), np.cos(x), rtol=1e-15)
    lg.sum().backward()
    mg.sum().backward()
    np.testing.assert_allclose(lx.grad.data.numpy(), mx.grad.numpy(), rtol=1e-15)


# ============================================================ schema: sample calls name the cases
def test_sample_calls_read_as_the_call_they_make():
    # the parity cases are named (and their failures worded) by these: `addmm-1(0.5, Y, Z)`
    from legacy_autograd.ops.schema import SCHEMA, Call, Const, X, Y
    assert [repr(c) for c in SCHEMA['addmm'].calls[:2]] == ['(Y, Z)', '(0.5, Y, Z)']
    assert repr(SCHEMA['sum'].calls[0]) == '()'
    assert repr(SCHEMA['add'].calls[3]) == '(Y, alpha=3.0)'
    assert repr(Call(X, Const([0, 2]), dim=1, keepdim=True)) == '(X, long[0, 2], dim=1, keepdim=True)'
    assert repr(Call(Y, Const([1, 0], 'byte'))) == '(Y, byte[1, 0])'
