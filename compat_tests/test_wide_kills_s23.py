"""Session 23: what the mutation draws of session 23 found unguarded, and the engine behaviours
the autograd snapshot (``test_autograd_api_snapshot.py``) brought up.

Each test was run against the mutant it was written for and failed there.
"""
import copy
import os
import warnings

import pytest

import legacy_autograd as L
import legacy_autograd.nn.functional as F
from legacy_autograd.autograd import Variable, Function
from legacy_autograd.autograd import profiler


def V(values, requires_grad=False):
    return Variable(L.FloatTensor(values), requires_grad=requires_grad)


# ============================================================ profiler
def test_augmented_assignments_are_recorded_as_the_in_place_ops_they_are():
    # 0.3.1 recorded `x *= 2` under its op's name, mul_ (as `x * 2` is mul); its Variable had
    # __idiv__ but no __itruediv__, so on Python 3 `x /= 2` is `x = x / 2`: div
    x = V([1.0, 2.0])
    with profiler.profile() as prof:
        x *= 2
        x += 1
        x -= 3
        x /= 2
    assert [e.name for e in prof.function_events] == ['mul_', 'add_', 'sub_', 'div']


# ============================================================ gradients handed to hooks
def test_a_hook_may_change_a_full_reductions_gradient_in_place():
    # the gradient of a sum arrives at x's hook as an ordinary writable tensor; clamping it in
    # place (and returning nothing) is what reaches x.grad
    x = V([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
    x.register_hook(lambda g: [g.data.clamp_(-0.5, 0.5)] and None)
    (x.sum() * 3).backward()
    assert x.grad.data.tolist() == [[0.5, 0.5], [0.5, 0.5]]
    y = V([1.0, 2.0, 3.0], requires_grad=True)
    y.register_hook(lambda g: [g.data.mul_(2)] and None)
    y.mean().backward()
    assert y.grad.data.tolist() == pytest.approx([2 / 3.0] * 3)


# ============================================================ warnings' location
@pytest.mark.parametrize('name', ['softmax', 'log_softmax', 'softmin'])
def test_the_implicit_dim_warning_points_at_the_callers_line(name):
    x = V([[1.0, 2.0], [3.0, 4.0]])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        getattr(F, name)(x); line = __import__('sys')._getframe().f_lineno
    assert len(caught) == 1
    w = caught[0]
    assert str(w.message).startswith('Implicit dimension choice for %s has been deprecated' % name)
    assert os.path.basename(w.filename) == os.path.basename(__file__)
    assert w.lineno == line


# ============================================================ tensor objects
def test_copy_of_a_tensor_is_another_tensor_on_the_same_memory():
    t = L.FloatTensor([1.0, 2.0, 3.0])
    c = copy.copy(t)
    assert type(c) is L.FloatTensor and c is not t
    c[0] = 7
    assert t.tolist() == [7.0, 2.0, 3.0]
    assert c.data_ptr() == t.data_ptr()


def test_a_tensor_add_of_a_variable_is_the_overload_error_not_an_attribute_error():
    # the sparse route of dense add(sparse) is taken for sparse tensors only; a Variable is
    # refused by the argument parser
    t = L.FloatTensor([1.0, 2.0])
    v = V([1.0, 2.0])
    for call in (lambda: t.add(v), lambda: t.add_(v), lambda: L.add(t, v)):
        with pytest.raises(TypeError) as info:
            call()
        assert 'received an invalid combination of arguments - got (' in str(info.value)
        assert '!Variable!' in str(info.value)


def test_an_unbound_zero_names_itself_with_a_non_tensor():
    with pytest.raises(TypeError) as info:
        L.FloatTensor.zero_(3)
    assert str(info.value) == "zero_(): argument 'input' must be a tensor or Variable, not int"


# ============================================================ engine: legacy Functions re-applied
class Scale(Function):
    def forward(self, a):
        return a * 3

    def backward(self, g):
        return g * 3


class LegacyMul(Function):
    def forward(self, a, b):
        self.save_for_backward(a, b)
        return a * b

    def backward(self, g):
        a, b = self.saved_tensors
        return g * b, g * a


def test_a_legacy_function_applied_twice_runs_once_with_every_gradient():
    # 0.3.1 counted dependencies: the node runs once, when both consumers have sent theirs;
    # its inputs are those of its last application
    f = Scale()
    x = V([1.0, 2.0], requires_grad=True)
    y = V([3.0, 4.0], requires_grad=True)
    p = f(x)
    c = p * 2                   # made between the two applications, consumes the first output
    d = f(y)
    (c + d).sum().backward()
    assert x.grad is None
    assert y.grad.data.tolist() == [9.0, 9.0]      # (2 + 1) * 3, in one run


def test_a_cycle_through_a_reapplied_legacy_function_is_0_3_1s_error():
    fn = LegacyMul()
    x = V([1.0, 2.0], requires_grad=True)
    y = V([3.0, 4.0], requires_grad=True)
    a = fn(x, y)
    b = fn(a, y)                # fn now consumes its own output
    with pytest.raises(RuntimeError) as info:
        (a.sum() + b.sum()).backward()
    assert str(info.value) == 'could not compute gradients for some functions'
    assert x.grad is None and y.grad is None
    # the nodes outside the cycle did run: a hook above it saw its gradient
    seen = []
    s = a.sum() + b.sum()
    s.register_hook(lambda g: seen.append(g.data.tolist()))
    with pytest.raises(RuntimeError):
        s.backward()
    assert seen == [[1.0]]


# ============================================================ engine: wrong-size gradients
class WrongSize(Function):
    @staticmethod
    def forward(ctx, a):
        return a.sum(1)

    @staticmethod
    def backward(ctx, g):
        return g                # size 2 for an input of size 2x3


@pytest.mark.parametrize('create_graph', [False, True])
def test_a_wrong_size_gradient_meeting_an_elementwise_formula_is_atens_broadcast_error(
        create_graph):
    x = V([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
    with pytest.raises(RuntimeError) as info:
        WrongSize.apply(x.exp()).sum().backward(create_graph=create_graph)
    assert str(info.value) == ('The size of tensor a (2) must match the size of tensor b (3) at '
                               'non-singleton dimension 1')


@pytest.mark.parametrize('create_graph', [False, True])
def test_a_wrong_size_gradient_is_never_reshaped_into_place(create_graph):
    x = V([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
    with pytest.raises(RuntimeError) as info:
        WrongSize.apply(x * 2).sum().backward(create_graph=create_graph)
    assert str(info.value) == 'invalid gradient: got size [2] for a value of size [2, 3]'

    class SameCount(Function):          # 3x2 for 2x3: the same count, still refused
        @staticmethod
        def forward(ctx, a):
            return a.clone()

        @staticmethod
        def backward(ctx, g):
            return g.t().contiguous() if not create_graph else g.t()
    x = V([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
    with pytest.raises(RuntimeError) as info:
        SameCount.apply(x * 2).sum().backward(create_graph=create_graph)
    assert str(info.value) == 'invalid gradient: got size [3, 2] for a value of size [2, 3]'


def test_a_custom_functions_gradient_reaches_a_leaf_as_it_is():
    # 0.3.1 (PyFunction::apply, AccumulateGrad) did not check it: x.grad takes its size
    x = V([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
    WrongSize.apply(x).sum().backward()
    assert x.grad.size() == L.Size([2])


# ============================================================ profiler: every operator's name
OPERATOR_PROGRAMS = [
    (lambda x, y: x + y, ['add']), (lambda x, y: 2 + x, ['add']),
    (lambda x, y: x - y, ['sub']), (lambda x, y: 2 - x, ['sub']),
    (lambda x, y: x * y, ['mul']), (lambda x, y: 2 * x, ['mul']),
    (lambda x, y: x / y, ['div']), (lambda x, y: 2 / x, ['div']),
    (lambda x, y: x ** 2, ['pow']), (lambda x, y: 2 ** x, ['pow']),
    (lambda x, y: -x, ['neg']), (lambda x, y: x % 2, ['remainder']),
    (lambda x, y: x.view(1, 2) @ y.view(2, 1), ['view', 'view', 'matmul']),
    (lambda x, y: x[0], ['index']),
    (lambda x, y: [x < y, x <= y, x > y, x >= y, x == y, x != y],
     ['lt', 'le', 'gt', 'ge', 'eq', 'ne']),
]


@pytest.mark.parametrize('k', range(len(OPERATOR_PROGRAMS)))
def test_every_operator_is_recorded_under_its_ops_name(k):
    fn, names = OPERATOR_PROGRAMS[k]
    x = V([1.0, 2.0])
    y = V([3.0, 4.0])
    with profiler.profile() as prof:
        fn(x, y)
    got = [e.name for e in prof.function_events]
    # an operator may call ops of its own (0.3.1's Variable.__rsub__ is neg + add, ...); what
    # matters is that its own name is recorded, first
    assert got[:len(names)] == names, got


def test_in_place_operators_and_setitem_are_recorded_under_the_in_place_names():
    x = V([1.0, 2.0])
    with profiler.profile() as prof:
        x += 1
        x -= 1
        x *= 2
        x[0] = 5
    assert [e.name for e in prof.function_events] == ['add_', 'sub_', 'mul_', 'index_put_']
    with pytest.raises(NotImplementedError) as info:      # 0.3.1's Variable.__ipow__
        x **= 2
    assert str(info.value) == 'in-place pow not implemented'


CONVERSIONS = ['double', 'float', 'half', 'long', 'int', 'short', 'char', 'byte']


@pytest.mark.parametrize('name', CONVERSIONS)
def test_every_type_conversion_is_recorded_as_0_3_1s_type_function(name):
    # 0.3.1's Variable.double() & co. called Variable.type, which applied the Function Type
    # when the type changed (and returned the Variable itself when it did not: nothing ran)
    x = V([1.0, 2.0])
    with profiler.profile() as prof:
        getattr(x, name)()
    assert [e.name for e in prof.function_events] == ([] if name == 'float' else ['Type'])


def test_type_and_type_as_are_recorded_as_type():
    x = V([1.0, 2.0])
    with profiler.profile() as prof:
        x.type('torch.DoubleTensor')
        x.type_as(Variable(L.LongTensor([1])))
        x.type(L.FloatTensor)
    assert [e.name for e in prof.function_events] == ['Type', 'Type']


def test_an_event_average_takes_events_only():
    # 0.3.1's FunctionEventAvg.__iadd__ asserted its operand is a FunctionEvent of its key
    avg = profiler.FunctionEventAvg()
    with pytest.raises(AssertionError):
        avg += profiler.FunctionEventAvg()
    ev = profiler.FunctionEvent(id=1, name='add', start=0, end=5000)
    avg = profiler.FunctionEventAvg()
    avg += ev
    with pytest.raises(AssertionError):
        avg += profiler.FunctionEvent(id=2, name='mul', start=0, end=1000)
    assert (avg.key, avg.count, avg.cpu_time_total) == ('add', 1, ev.cpu_time)


# ============================================================ Function's marks are consumed
class MarksAll(Function):
    @staticmethod
    def forward(ctx, a, b):
        ctx.save_for_backward(a)
        ctx.mark_dirty(a)
        ctx.mark_non_differentiable(b)
        a.add_(1)
        return a, b

    @staticmethod
    def backward(ctx, g, g2):
        return g, None


def test_a_functions_marks_are_cleared_once_forward_has_used_them():
    # 0.3.1 (python_function.cpp) set to_save, dirty_tensors and non_differentiable back to
    # NULL after processing them: the ctx holds no reference to the tensors
    x = V([1.0, 2.0], requires_grad=True)
    a, b = MarksAll.apply(x * 1, V([3.0, 4.0]))
    fn = a.grad_fn
    assert (fn.to_save, fn.dirty_tensors, fn.non_differentiable) == (None, None, None)
    assert b.requires_grad is False
    a.sum().backward()
    assert x.grad.data.tolist() == [1.0, 1.0]


# ============================================================ dense add of a sparse operand
def _sparse():
    i = L.LongTensor([[0, 1], [1, 0]])
    return L.sparse.FloatTensor(i, L.FloatTensor([3, 4]), L.Size([2, 2]))


@pytest.mark.parametrize('form', ['method', 'inplace', 'function', 'value', 'operator'])
def test_a_dense_tensors_add_takes_a_sparse_operand_in_every_form(form):
    d = L.FloatTensor([[1, 1], [1, 1]])
    s = _sparse()
    r = {'method': lambda: d.add(s), 'inplace': lambda: d.add_(s),
         'function': lambda: L.add(d, s), 'value': lambda: d.add(2, s),
         'operator': lambda: d + s}[form]()
    want = [[1, 7], [9, 1]] if form == 'value' else [[1, 4], [5, 1]]
    assert type(r) is L.FloatTensor and r.tolist() == want
    assert (r is d) == (form == 'inplace')


# ============================================================ the pointwise fallback warning
def test_three_operand_ops_warn_once_per_call_for_same_count_operands():
    # two operands of the receiver's element count that do not broadcast to it: 0.3 warned
    # once per call (not once per operand, and not only the first call)
    import warnings
    t = L.zeros(2, 3)
    a = L.ones(6)
    b = L.ones(3, 2) * 2
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        t.addcmul_(1, a, b)
        t.addcdiv_(1, a, b)
        t.addcmul_(1, a, b)
        t.map2_(a, b, lambda x, y, z: x + y * z)
    assert [str(w.message)[:64] for w in caught] == [
        'other is not broadcastable to self, but they have the same numbe'] * 4
    assert t.tolist() == [[6.5] * 3] * 2


def test_a_reapplied_legacy_function_with_saved_tensors_runs_once():
    # before, the engine ran it once per consumer and the second run met its freed buffers
    fn = LegacyMul()
    x = V([1.0, 2.0], requires_grad=True)
    y = V([3.0, 4.0], requires_grad=True)
    p = fn(x, y)
    c = p * 2
    d = fn(y, y)                # re-applied: its saved tensors and inputs are now (y, y)
    (c + d).sum().backward()
    assert x.grad is None
    assert y.grad.data.tolist() == [18.0, 24.0]     # (2 + 1) * (y + y)


# ============================================================ torch.Size, as 0.3.1's THPSize
def test_size_is_a_tuple_whose_tuple_results_are_sizes():
    import pickle
    S = L.Size
    assert repr(S([2, 3])) == 'torch.Size([2, 3])' and str(S([])) == 'torch.Size([])'
    assert repr(S) == "<class 'torch.Size'>"
    assert type(S([1, 2, 3])[1:]) is S and S([1, 2, 3])[1:] == (2, 3)
    assert S([1, 2])[0] == 1 and type(S([1, 2])[0]) is int
    # concatenation and repetition are tuple's, wrapped: a Size on the left stays a Size
    assert type(S([1]) + (2,)) is S and type((2,) + S([1])) is tuple
    assert S([1, 2]) * 2 == (1, 2, 1, 2) and type(S([1, 2]) * 2) is S
    assert type(2 * S([1])) is S
    assert S([1, 2]) == (1, 2) and hash(S([1, 2])) == hash((1, 2))
    assert pickle.loads(pickle.dumps(S([4, 5]))) == (4, 5)
    assert type(pickle.loads(pickle.dumps(S([4, 5])))) is S
    assert S(x for x in [1, 2]) == (1, 2) and S([-1]) == (-1,)
    assert S([1, 2, 1]).count(1) == 2 and S([1, 2]).index(2) == 1


@pytest.mark.parametrize('items, text', [
    ([True], "torch.Size() takes an iterable of 'int' (item 0 is 'bool')"),
    ([1, 2.0], "torch.Size() takes an iterable of 'int' (item 1 is 'float')"),
    ([1, 'a'], "torch.Size() takes an iterable of 'int' (item 1 is 'str')"),
])
def test_size_refuses_what_is_not_an_int_naming_the_item(items, text):
    with pytest.raises(TypeError) as info:
        L.Size(items)
    assert str(info.value) == text
    with pytest.raises(TypeError) as info:
        L.Size([1]) + [2]
    assert str(info.value) == 'can only concatenate tuple (not "list") to tuple'


# ============================================================ ONNX padding helper
def test_onnx_paddings_take_a_pad_pair_for_every_dimension():
    from legacy_autograd.autograd._functions.utils import prepare_onnx_paddings
    # pad lists the last dimension first, (begin, end) pairs; ONNX wants all begins (from the
    # first dimension on), then all ends
    assert prepare_onnx_paddings(3, [1, 2, 3, 4, 5, 6]) == [5, 3, 1, 6, 4, 2]
    assert prepare_onnx_paddings(4, [1, 2, 3, 4, 5, 6, 7, 8]) == [7, 5, 3, 1, 8, 6, 4, 2]
    assert prepare_onnx_paddings(4, [1, 2]) == [0, 0, 0, 1, 0, 0, 0, 2]
    with pytest.raises(AssertionError):
        prepare_onnx_paddings(2, [1, 2, 3, 4, 5])


def test_autograd_grad_runs_only_the_nodes_it_needs_past_a_cycle():
    # 0.3.1's partial execution (only_inputs): the branch holding the cycle is never run, so
    # nothing waits on it and w's gradient comes back; backward() runs it and raises
    fn = LegacyMul()
    x = V([1.0, 2.0], requires_grad=True)
    y = V([3.0, 4.0], requires_grad=True)
    w = V([5.0, 6.0], requires_grad=True)
    a = fn(x, y)
    b = fn(a, y)
    s = a.sum() + b.sum() + (w * w).sum()
    gw, = L.autograd.grad(s, [w], retain_graph=True)
    assert gw.data.tolist() == [10.0, 12.0]
    assert x.grad is None and y.grad is None and w.grad is None
    with pytest.raises(RuntimeError) as info:
        s.backward()
    assert str(info.value) == 'could not compute gradients for some functions'
    assert w.grad.data.tolist() == [10.0, 12.0]     # the rest of the graph did run


@pytest.mark.parametrize('mode, pad, want', [
    ('replicate', (-1, 2), [2.0, 3.0, 4.0, 4.0, 4.0]),
    ('reflect', (2, -1), [3.0, 2.0, 1.0, 2.0, 3.0]),
])
def test_non_constant_padding_crops_the_negative_side_then_pads_the_other(mode, pad, want):
    # THNN crops where a padding is negative and pads the rest (modern torch gives the same)
    x = V([[[1.0, 2.0, 3.0, 4.0]]])
    assert F.pad(x, pad, mode=mode).data.tolist() == [[want]]
