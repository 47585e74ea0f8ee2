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



# ============================================================ one-frame two-input calls
def _partial_ops():
    # no registry op called through call_variable2 saves one input only, or its output: two
    # such ops, made here, take both paths (the fast one and call_variable, its oracle)
    from legacy_autograd.ops.registry import Op
    from legacy_autograd.autograd.nodes import op_node_class
    second = Op('_t_times_second', np.multiply,
                lambda ctx, g: (g * ctx.inputs[1], g * ctx.output / ctx.inputs[1]),
                grad_fn='TimesSecondBackward', save_inputs=(1,), save_output=True)
    first = Op('_t_square_plus', lambda a, b: a * a + b,
               lambda ctx, g: (g * ctx.inputs[0] * 2, g),
               grad_fn='SquarePlusBackward', save_inputs=(0,))
    output_only = Op('_t_exp_sum', lambda a, b: np.exp(a + b),
                     lambda ctx, g: (g * ctx.output, g * ctx.output),
                     grad_fn='ExpSumBackward', save_output=True)
    for op in (second, first, output_only):
        op.node_cls = op_node_class(op.grad_fn)
    return second, first, output_only

@pytest.mark.parametrize('which', [0, 1])
@pytest.mark.parametrize('fast', [True, False])
def test_two_input_call_saving_one_input(which, fast):
    from legacy_autograd.ops import dispatch
    op = _partial_ops()[which]
    a = np.array([1.5, -2.0, 3.0])
    b = np.array([0.5, 4.0, -1.0])
    x = Variable(L.from_numpy(a.copy()), requires_grad=True)
    y = Variable(L.from_numpy(b.copy()), requires_grad=True)
    out = (dispatch.call_variable2 if fast else dispatch.call_variable)(op, *([x, y] if fast else [[x, y]]))
    node = out._grad_fn
    saved = node.saved
    assert node.has_saved
    if which == 0:
        assert saved[0] is None and saved[1][0] is y.data and saved[1][2] is y
        assert node.saved_output[0] is out.data
    else:
        assert saved[1] is None and saved[0][0] is x.data and node.saved_output is None
    np.testing.assert_array_equal(out.data.numpy(), a * b if which == 0 else a * a + b)
    g = np.array([1.0, 2.0, -3.0])
    out.backward(L.from_numpy(g.copy()))
    np.testing.assert_allclose(x.grad.data.numpy(), g * b if which == 0 else 2 * g * a, rtol=1e-15)
    np.testing.assert_allclose(y.grad.data.numpy(), g * a if which == 0 else g, rtol=1e-15)
    assert node.saved is None and node.saved_output is None


@pytest.mark.parametrize('which', [0, 1])
@pytest.mark.parametrize('fast', [True, False])
def test_two_input_call_checks_only_the_saved_input_for_changes(which, fast):
    from legacy_autograd.ops import dispatch
    op = _partial_ops()[which]
    kept = 1 if which == 0 else 0       # the input the op saves
    for changed in (1 - kept, kept):
        x = Variable(L.DoubleTensor([1.5, -2.0]), requires_grad=True)
        y = Variable(L.DoubleTensor([0.5, 4.0]), requires_grad=True)
        xs, ys = x * 1, y * 1
        xs.add_(0)                      # versions above 0 when the call saves them
        ys.add_(0)
        out = dispatch.call_variable2(op, xs, ys) if fast else dispatch.call_variable(op, [xs, ys])
        (xs, ys)[changed].add_(1)
        if changed == kept:
            with pytest.raises(RuntimeError, match='^one of the variables needed for gradient '
                                                   'computation has been modified by an inplace '
                                                   'operation$'):
                out.sum().backward()
        else:
            out.sum().backward()
            want = ([0.5, 4.0], [1.5, -2.0]) if which == 0 else ([3.0, -4.0], [1.0, 1.0])
            assert (x.grad.data.tolist(), y.grad.data.tolist()) == want


@pytest.mark.parametrize('fast', [True, False])
def test_two_input_call_saving_its_output_only(fast):
    from legacy_autograd.ops import dispatch
    op = _partial_ops()[2]
    for change in (False, True):
        x = Variable(L.DoubleTensor([0.5, -1.0]), requires_grad=True)
        y = Variable(L.DoubleTensor([0.25, 2.0]), requires_grad=True)
        out = dispatch.call_variable2(op, x, y) if fast else dispatch.call_variable(op, [x, y])
        node = out._grad_fn
        assert node.has_saved and node.saved is None and node.saved_output[0] is out.data
        if change:
            out.mul_(2)
            with pytest.raises(RuntimeError, match='^one of the variables needed for gradient '
                                                   'computation has been modified by an inplace '
                                                   'operation$'):
                out.sum().backward()
        else:
            out.sum().backward()
            want = np.exp([0.75, 1.0])
            np.testing.assert_allclose(x.grad.data.numpy(), want, rtol=1e-15)
            np.testing.assert_allclose(y.grad.data.numpy(), want, rtol=1e-15)
            assert node.saved_output is None


# ============================================================ in place: same size, other shape
@pytest.mark.parametrize('name', ['add_', 'sub_', 'mul_', 'div_'])
def test_tensor_inplace_with_same_number_of_elements_other_shape(name):
    # 0.3.1's deprecated pointwise fallback, on a float tensor (the in-place ufunc table's
    # shape test sends it to the general path)
    import warnings
    a = np.arange(1.0, 7.0).reshape(2, 3)
    b = np.arange(2.0, 8.0).reshape(3, 2)
    t = L.FloatTensor(a.tolist())
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        r = getattr(t, name)(L.FloatTensor(b.tolist()))
    assert r is t
    assert [str(w.message) for w in caught] == [
        'other is not broadcastable to self, but they have the same number of elements.  '
        'Falling back to deprecated pointwise behavior.']
    ufunc = {'add_': np.add, 'sub_': np.subtract, 'mul_': np.multiply, 'div_': np.divide}[name]
    np.testing.assert_allclose(t.numpy(), ufunc(a, b.reshape(2, 3)).astype(np.float32), rtol=1e-7)


# ============================================================ AccumulateGrad: a graph-built .grad
def test_graph_built_grad_stays_non_volatile_when_a_hook_gives_a_volatile_gradient():
    # 0.3.1's AccumulateGrad: "If grad is non-volatile, it should stay like that": a volatile
    # new gradient is re-made non-volatile before the out-of-place add
    x = Variable(L.DoubleTensor([1.0, 2.0]), requires_grad=True)
    (x * x).sum().backward(create_graph=True)
    assert not x.grad.volatile and x.grad.requires_grad
    x.register_hook(lambda g: Variable(g.data * 10, volatile=True))
    (x * 3).sum().backward(create_graph=True)
    assert not x.grad.volatile and x.grad.requires_grad
    assert type(x.grad.grad_fn).__name__ == 'AddBackward1'
    assert x.grad.data.tolist() == [32.0, 34.0]


# ============================================================ embedding: every row rescaled
@pytest.mark.parametrize('indices, padding_idx, by_freq', [
    ([[1, 1], [2, 2]], None, True),         # every index repeated: every row scaled by 1/2
    ([[0, 0], [0, 0]], 0, False),           # every index the padding one: no gradient at all
    ([[3, 3, 0], [0, 3, 3]], 0, True),      # padding and repeats, no row left at 1
])
def test_embedding_gradient_when_no_row_keeps_scale_one(torch, indices, padding_idx, by_freq):
    w = np.random.RandomState(5).standard_normal((5, 3))
    up = np.random.RandomState(6).standard_normal((2, len(indices[0]), 3))
    emb = L.nn.Embedding(5, 3, padding_idx=padding_idx, scale_grad_by_freq=by_freq).double()
    emb.weight.data.copy_(L.DoubleTensor(w.tolist()))
    emb(Variable(L.LongTensor(indices))).backward(L.DoubleTensor(up.tolist()))
    lw = emb.weight
    mw = torch.tensor(w, requires_grad=True)
    mout = torch.nn.functional.embedding(torch.tensor(indices), mw, padding_idx=padding_idx,
                                         scale_grad_by_freq=by_freq)
    mout.backward(torch.tensor(up))
    np.testing.assert_allclose(lw.grad.data.numpy(), mw.grad.numpy(), rtol=1e-14, atol=0)


# ============================================================ storage.type(a tensor type)
@pytest.mark.parametrize('new_type', ['torch.DoubleTensor', 'torch.FloatTensor', L.LongTensor])
def test_storage_cast_to_a_tensor_type_fails_at_0_3_1s_copy(new_type):
    # 0.3.1's _type made new_type(self.size()).copy_(self): a tensor's copy had no storage source
    name = new_type if isinstance(new_type, str) else 'torch.LongTensor'
    with pytest.raises(RuntimeError) as e:
        L.FloatStorage([1, 2]).type(new_type)
    assert str(e.value) == "copy from torch.FloatStorage to %s isn't implemented" % name


def test_storage_cast_to_names_outside_torch():
    with pytest.raises(ValueError) as e:
        L.IntStorage(2).type('numpy.float32')
    assert str(e.value) == "invalid type: 'numpy.float32'"
    with pytest.raises(AttributeError) as e:
        L.IntStorage(2).type(int)
    assert str(e.value) == "type object 'int' has no attribute 'is_sparse'"
    assert L.IntStorage([3, 4]).type(L.ByteStorage).tolist() == [3, 4]
    assert L.IntStorage([3, 4]).type('torch.cuda.DoubleStorage').tolist() == [3.0, 4.0]


# ============================================================ tensors as dict keys, numpy reductions
def test_tensors_hash_by_identity():
    # 0.3.1's _TensorBase.__hash__: id(self); equal values are different keys
    a, b = L.FloatTensor([1, 2]), L.FloatTensor([1, 2])
    assert hash(a) == id(a) and hash(b) == id(b)
    d = {a: 'a', b: 'b'}
    assert d[a] == 'a' and d[b] == 'b' and len(d) == 2
    v = Variable(a)
    assert hash(v) == id(v) and {v: 1}[v] == 1


def test_numpy_reduction_of_a_tensor_gives_a_numpy_scalar():
    r = np.multiply.reduce(L.FloatTensor([2, 3, 4]))
    assert type(r) is np.float32 and r == 24.0
    r = np.add.reduce(L.LongTensor([2, 3, 4]))
    assert type(r) is np.int64 and r == 9
    r = np.add(L.FloatTensor([1, 2]), 1)
    assert type(r) is L.FloatTensor and r.tolist() == [2.0, 3.0]
    r = np.greater(L.FloatTensor([1, 3]), 2)
    assert type(r) is L.ByteTensor and r.tolist() == [0, 1]


# ============================================================ norm at zero, dot's size check
def test_norm_gradient_at_a_zero_norm_stays_zero_when_differentiated_again(torch):
    # 0.3.1's norm_backward returned a zero subgradient at a zero norm; differentiating that
    # gradient again gives zero too (modern torch gives nan at the zero row)
    x = Variable(L.DoubleTensor(3).zero_(), requires_grad=True)
    g, = L.autograd.grad(x.norm(), [x], create_graph=True)
    assert g.data.tolist() == [0.0, 0.0, 0.0]
    g.sum().backward()
    assert x.grad.data.tolist() == [0.0, 0.0, 0.0]
    # rows with a norm keep modern torch's second derivative
    a = np.array([[0.0, 0.0], [3.0, -1.0]])
    w = np.array([[1.0, 2.0], [0.5, 4.0]])
    lx = Variable(L.DoubleTensor(a.tolist()), requires_grad=True)
    lg, = L.autograd.grad(lx.norm(2, 1).sum(), [lx], create_graph=True)
    (lg * Variable(L.DoubleTensor(w.tolist()))).sum().backward()
    mx = torch.tensor(a[1:], requires_grad=True)
    mg, = torch.autograd.grad(mx.norm(2, 1).sum(), [mx], create_graph=True)
    (mg * torch.tensor(w[1:])).sum().backward()
    np.testing.assert_allclose(lx.grad.data.numpy()[1:], mx.grad.numpy(), rtol=1e-14)
    assert lx.grad.data.numpy()[0].tolist() == [0.0, 0.0]


@pytest.mark.parametrize('wrap', [False, True])
def test_dot_of_different_sizes(wrap):
    a, b = L.FloatTensor(3).zero_(), L.FloatTensor(2, 2).zero_()
    if wrap:
        a, b = Variable(a), Variable(b)
    with pytest.raises(RuntimeError) as e:
        L.dot(a, b)
    # TH_TENSOR_APPLY2 named each size as _THSizeDesc wrote it
    assert str(e.value) == ('inconsistent tensor size, expected tensor [3] and src [2 x 2] to '
                            'have the same number of elements, but got 3 and 4 elements '
                            'respectively')


# ============================================================ F.linear's bias
def test_linear_with_a_bias_of_another_size():
    # 0.3.1's linear expanded the bias to the output's size before addmm: TH's expand text
    x, w = Variable(L.randn(4, 3)), Variable(L.randn(5, 3), requires_grad=True)
    with pytest.raises(RuntimeError) as e:
        L.nn.functional.linear(x, w, Variable(L.randn(2), requires_grad=True))
    assert str(e.value) == ('The expanded size of the tensor (5) must match the existing size (2) '
                            'at non-singleton dimension 1.')
    b = Variable(L.DoubleTensor([0.5]), requires_grad=True)
    xd, wd = Variable(L.DoubleTensor([[1, 2]])), Variable(L.DoubleTensor([[3, 4], [5, 6]]))
    y = L.nn.functional.linear(xd, wd, b)          # one bias value spread over the outputs
    assert y.data.tolist() == [[11.5, 17.5]] and type(y.grad_fn).__name__ == 'AddmmBackward'
    y.sum().backward()
    assert b.grad.data.tolist() == [2.0]


# ============================================================ PReLU on an input without grad
@pytest.mark.parametrize('num', [1, 3])
def test_prelu_weight_gets_its_gradient_from_a_constant_input(torch, num):
    x = np.random.RandomState(8).standard_normal((2, 3, 4))
    up = np.random.RandomState(9).standard_normal((2, 3, 4))
    m = L.nn.PReLU(num).double()
    y = m(Variable(L.DoubleTensor(x.tolist())))            # the input needs no gradient
    y.backward(L.DoubleTensor(up.tolist()))
    mm = torch.nn.PReLU(num).double()
    mm(torch.tensor(x)).backward(torch.tensor(up))
    np.testing.assert_allclose(y.data.numpy(), mm(torch.tensor(x)).detach().numpy(), rtol=1e-15)
    np.testing.assert_allclose(m.weight.grad.data.numpy(), mm.weight.grad.numpy(), rtol=1e-13)



# ============================================================ profiler output, on a fixed clock
_PROFILE_TABLE = (
    '-----------------------  ---------------  ---------------  ---------------  ---------------  ---------------\n'
    'Name                            CPU time        CUDA time            Calls        CPU total       CUDA total\n'
    '-----------------------  ---------------  ---------------  ---------------  ---------------  ---------------\n'
    'add                              2.900us          0.000us                1          2.900us          0.000us\n'
    'mul                              0.700us          0.000us                1          0.700us          0.000us\n'
    'Twice                            2.900us          0.000us                1          2.900us          0.000us\n'
    'sum                              0.700us          0.000us                1          0.700us          0.000us\n'
    'SumBackward0                     2.900us          0.000us                1          2.900us          0.000us\n'
    'TwiceLegacyBackward              0.700us          0.000us                1          0.700us          0.000us\n'
    'MulBackward0                     2.900us          0.000us                1          2.900us          0.000us\n'
    'AddBackward0                     0.700us          0.000us                1          0.700us          0.000us\n'
    'AccumulateGrad                   2.900us          0.000us                1          2.900us          0.000us\n')

_PROFILE_BY_TOTAL = (
    '-----------------------  ---------------  ---------------  ---------------  ---------------  ---------------\n'
    'Name                            CPU time        CUDA time            Calls        CPU total       CUDA total\n'
    '-----------------------  ---------------  ---------------  ---------------  ---------------  ---------------\n'
    'mul                              0.700us          0.000us                1          0.700us          0.000us\n'
    'sum                              0.700us          0.000us                1          0.700us          0.000us\n'
    'TwiceLegacyBackward              0.700us          0.000us                1          0.700us          0.000us\n'
    'AddBackward0                     0.700us          0.000us                1          0.700us          0.000us\n'
    'add                              2.900us          0.000us                1          2.900us          0.000us\n'
    'Twice                            2.900us          0.000us                1          2.900us          0.000us\n'
    'SumBackward0                     2.900us          0.000us                1          2.900us          0.000us\n'
    'MulBackward0                     2.900us          0.000us                1          2.900us          0.000us\n'
    'AccumulateGrad                   2.900us          0.000us                1          2.900us          0.000us\n')

# every event has one call: sorted by count, the table keeps its order
_PROFILE_BY_COUNT = _PROFILE_TABLE


def test_profile_table_averages_and_trace_on_a_fixed_clock(monkeypatch, tmp_path):
    # every timestamp from a clock of steps 0.7, 1.3, 2.9 and 0.4 us: the forward ops, a
    # legacy Function (its call, and its backward: 0.3.1's PyFunction::name() of a legacy
    # Function is the class name + "LegacyBackward") and the backward nodes, in order
    import itertools
    import json
    from legacy_autograd.autograd import _profiling, engine
    steps = itertools.cycle([700, 1300, 2900, 400])
    now = [0]

    def clock():
        now[0] += next(steps)
        return now[0]
    monkeypatch.setattr(_profiling, '_now', clock)
    monkeypatch.setattr(engine, '_now', clock)

    class Twice(Function):
        def forward(self, x):
            return x * 2

        def backward(self, g):
            return g * 2

    x = Variable(L.ones(2), requires_grad=True)
    with profiler.profile() as prof:
        y = (x + 1).mul(3)
        Twice()(y).sum().backward()
    assert str(prof) == _PROFILE_TABLE
    assert [e.id for e in prof.function_events] == list(range(9))     # numbered as pushed
    assert prof.key_averages().table(sort_by='cpu_time_total') == _PROFILE_BY_TOTAL
    assert prof.key_averages().table(sort_by='count') == _PROFILE_BY_COUNT
    assert repr(prof.total_average()) == \
        '<FunctionEventAvg cpu_time=1.922us cuda_time=0.000us key=Total>'
    assert [(a.key, a.count, a.cpu_time_total) for a in prof.key_averages()] == [
        ('add', 1, 2900), ('mul', 1, 700), ('Twice', 1, 2900), ('sum', 1, 700),
        ('SumBackward0', 1, 2900), ('TwiceLegacyBackward', 1, 700), ('MulBackward0', 1, 2900),
        ('AddBackward0', 1, 700), ('AccumulateGrad', 1, 2900)]
    path = str(tmp_path / 'trace.json')
    prof.export_chrome_trace(path)
    with open(path) as f:
        trace = json.load(f)
    assert [(e['name'], e['ts'], e['dur']) for e in trace] == [
        ('add', 1.3, 2.9), ('mul', 4.6, 0.7), ('Twice', 6.6, 2.9), ('sum', 9.9, 0.7),
        ('SumBackward0', 11.9, 2.9), ('TwiceLegacyBackward', 15.2, 0.7), ('MulBackward0', 17.2, 2.9),
        ('AddBackward0', 20.5, 0.7), ('AccumulateGrad', 22.5, 2.9)]
    assert all(e['ph'] == 'X' and e['tid'] == e['pid'] == 'Autograd functions' and
               e['args'] == {} and len(e) == 7 for e in trace)


# ============================================================ big ints into float tensors
def test_a_big_int_reaches_a_float_tensor_through_a_double():
    # 0.3.1's unpackReal_FLOAT made a double of the Python int, then the float of that double:
    # 2**53 + 2**29 + 1 rounds to 2**53 + 2**29 as a double, a tie that rounds to even (2**53)
    # as a float; rounded straight to float it would be 2**53 + 2**30
    v = 2 ** 53 + 2 ** 29 + 1
    assert int(L.FloatTensor([v])[0]) == 2 ** 53
    assert int(L.FloatTensor([[v, 1]])[0][0]) == 2 ** 53
    assert int(L.HalfTensor([2 ** 11 + 1])[0]) == 2 ** 11      # a tie, to even
    assert float(L.DoubleTensor([v])[0]) == 2 ** 53 + 2 ** 29


# ============================================================ deepcopy keeps layout and sharing
def test_deepcopy_of_a_fortran_ordered_tensor_keeps_strides_and_sharing():
    # 0.3.1's __deepcopy__ copied the storage once (memo) and set_ each copy on it with its own
    # offset, size and stride: the layout of a column-major numpy array and the sharing of its
    # views survive
    import copy
    f = L.from_numpy(np.asfortranarray(np.arange(6.0).reshape(2, 3)))
    g = copy.deepcopy(f)
    assert g.tolist() == f.tolist() and g.stride() == (1, 2) and not g.is_contiguous()
    h = copy.deepcopy([f, f[0], f.t()])
    h[0][0][0] = 9
    assert h[1].tolist() == [9.0, 1.0, 2.0] and h[2][0][0] == 9.0
    assert f[0][0] == 0.0                       # the original is untouched
    e = copy.deepcopy(L.FloatTensor())
    assert type(e) is L.FloatTensor and e.dim() == 0
    # memory read as another type: the copy reads the copied memory the same way
    r = L.from_numpy(np.arange(4.0).view(np.float32))
    c = copy.deepcopy([r, r[2:]])
    assert type(c[0]) is L.FloatTensor and c[0].tolist() == r.tolist()
    c[0][3] = 7
    assert c[1][1] == 7 and r[3] != 7
    # memory that is not one block (a numpy as_strided view of its own): copied on its own
    s = L.from_numpy(np.lib.stride_tricks.as_strided(np.arange(6.0), (2, 2), (24, 8)))
    d = copy.deepcopy(s)
    assert d.tolist() == [[0.0, 1.0], [3.0, 4.0]]


def test_storage_cast_to_a_callable_that_is_no_tensor_type():
    class Fake(object):
        is_sparse = False
    with pytest.raises(ValueError) as e:
        L.FloatStorage(2).type(Fake)
    assert str(e.value) == 'invalid type: %r' % (Fake,)


def test_a_storage_takes_attributes_of_its_own():
    # 0.3.1's torch.FloatStorage was a plain Python subclass of its C base: instances had a
    # __dict__; unknown names still raise 0.3.1's error
    s = L.FloatStorage([1, 2])
    s.note = 'weights'
    assert s.note == 'weights' and s.tolist() == [1.0, 2.0]
    with pytest.raises(AttributeError) as e:
        s.missing
    assert str(e.value) == "'torch.FloatStorage' object has no attribute 'missing'"


def test_an_int_too_large_for_a_double_in_a_float_tensor():
    # 0.3.1's unpackReal left Python's OverflowError set and returned a tensor anyway (a
    # SystemError); the package names the problem instead
    with pytest.raises(TypeError) as e:
        L.FloatTensor([1, 10 ** 400])
    assert str(e.value) == ('torch.FloatTensor constructor: could not convert sequence to a '
                            'tensor (int too large to convert to float)')
    assert L.DoubleTensor([2 ** 70]).tolist() == [float(2 ** 70)]


def test_nested_io_function_without_backward_extended_raises_on_backward():
    from legacy_autograd.autograd import NestedIOFunction

    class ForwardOnly(NestedIOFunction):
        def forward_extended(self, a):
            return a * 2

    x = Variable(L.FloatTensor([1, 2]), requires_grad=True)
    y = ForwardOnly()(x)
    assert y.data.tolist() == [2.0, 4.0]
    with pytest.raises(NotImplementedError):
        y.sum().backward()


# ============================================================ saved buffers freed after backward
@pytest.mark.parametrize('reference', [False, True])
def test_backward_frees_a_saved_input_unless_retain_graph(reference):
    # the engine's hot loop and the general one (reference mode) both drop every reference to
    # a saved value after running its node, unless retain_graph: an intermediate result no one
    # else holds is gone
    import gc
    import weakref
    from legacy_autograd.testing import reference_mode
    with reference_mode(reference):
        for retain in (False, True):
            x = Variable(L.randn(3), requires_grad=True)
            z = x * 2
            alive = weakref.ref(z.data._a)
            y = z.sin()                 # saves z
            del z
            y.sum().backward(retain_graph=retain)
            gc.collect()
            assert (alive() is not None) == retain
            assert y.grad_fn is not None            # the graph itself is still there


# ============================================================ BCE's target gradient near 0
def test_binary_cross_entropy_target_gradient_is_the_derivative_of_its_eps_forward():
    # 0.3.1's THNN loss: -(t log(x + eps) + (1 - t) log(1 - x + eps)), eps = 1e-12; its
    # derivative in t is log(1 - x + eps) - log(x + eps), which near x = 0 is not modern
    # torch's log(1 - x) - log(x)
    eps = 1e-12
    x = np.array([1e-11, 0.25, 1 - 1e-11])
    t = np.array([0.0, 0.5, 1.0])
    lt = Variable(L.DoubleTensor(t.tolist()), requires_grad=True)
    loss = L.nn.functional.binary_cross_entropy(Variable(L.DoubleTensor(x.tolist())), lt,
                                                size_average=False)
    want = -(t * np.log(x + eps) + (1 - t) * np.log(1 - x + eps)).sum()
    np.testing.assert_allclose(loss.data[0], want, rtol=1e-15)
    loss.backward()
    np.testing.assert_allclose(lt.grad.data.numpy(), np.log(1 - x + eps) - np.log(x + eps),
                               rtol=1e-14)


@pytest.mark.parametrize('name', ['gesv', 'trtrs', 'potrs', 'gels'])
def test_solvers_refuse_a_right_hand_side_of_three_dimensions(name):
    a = L.DoubleTensor([[2, 0], [0, 3]])
    b = L.DoubleTensor(2, 1, 1).fill_(1)
    for call in (lambda: getattr(L, name)(b, a), lambda: getattr(b, name)(a)):
        with pytest.raises(RuntimeError) as e:
            call()
        assert str(e.value) == 'invalid argument 1: B should have 1 or 2 dimensions, but has 3'


# ============================================================ torch.autograd._functions
_FUNCTION_CLASSES_031 = (
    'Abs Acos Addbmm Addcdiv Addcmul Addmv Addr AdvancedIndexAdd Asin Atan Atan2 Baddbmm '
    'Bernoulli Categorical Ceil Clamp Clone Cmax CmaxConstant Cmin CminConstant Cos Cosh Cross '
    'CudaTransfer Cumprod Cumsum Diag Dot Eq Erf ErfInv Exp Expand Floor Fmod Frac Gather Ge '
    'Gesv Gt Index IndexAdd IndexCopy IndexFill IndexSelect Inverse Kthvalue Le Lerp Log Log1p '
    'Lt MaskedFill MaskedScatter MaskedSelect Max Median Min Mode Ne Negate NoGrad Norm Normal '
    'Potrf PowConstant Prod Reciprocal Remainder Repeat Resize Round Rsqrt Scatter ScatterAdd '
    'SetItem Sign Sin Sinh Sort Sqrt Sum Tan Topk Trace Tril Triu Trunc Type Unfold Unsqueeze '
    'Zero').split()


def test_legacy_function_classes_are_0_3_1s_set():
    # the public classes of 0.3.1's torch/autograd/_functions/*.py (star-imported by its
    # __init__, with the Function, InplaceFunction and Variable names those modules imported)
    from legacy_autograd.autograd import _functions
    public = sorted(n for n in dir(_functions) if n[:1].isupper())
    assert public == sorted(_FUNCTION_CLASSES_031 + ['Function', 'InplaceFunction', 'Variable'])
    for name in _FUNCTION_CLASSES_031:
        assert type(getattr(_functions, name)).__name__ in ('FunctionMeta', 'type')


def test_legacy_backward_may_write_to_a_gradient_spread_along_a_dim():
    # sum(1)'s gradient is a read-only broadcast view of one value per row; the Function's
    # backward gets a tensor it may write to
    x = Variable(L.ones(2, 3), requires_grad=True)
    _DoublesInPlace()(x).sum(1).sum().backward()
    np.testing.assert_array_equal(x.grad.data.numpy(), np.full((2, 3), 2.0))


def test_legacy_backward_receives_a_sparse_gradient_as_a_sparse_tensor():
    # a Function below a legacy one hands back a sparse gradient: the legacy backward gets the
    # sparse tensor itself and may return it
    from test_sparse_gradients import GivesGrad, sp
    seen = []

    class PassOn(Function):
        def forward(self, x):
            return x.clone()

        def backward(self, g):
            seen.append((type(g).__name__, g.is_sparse))
            return g

    x = Variable(L.zeros(4, 3).double(), requires_grad=True)
    GivesGrad(sp([[0, 3], [2, 0]], [1.5, -2.0]))(PassOn()(x)).sum().backward()
    assert seen == [('DoubleTensor', True)]
    assert x.grad.data.is_sparse
    want = np.zeros((4, 3))
    want[0, 2], want[3, 0] = 1.5, -2.0
    np.testing.assert_array_equal(x.grad.data.to_dense().numpy(), want)


def test_python2_division_methods_are_there():
    # 0.3.1's tensors and Variables defined __div__ / __rdiv__ / __idiv__ (Python 2's names),
    # callable by name on Python 3
    t = L.FloatTensor([2, 4])
    assert t.__div__(2).tolist() == [1.0, 2.0]
    assert t.__rdiv__(8).tolist() == [4.0, 2.0]
    v = Variable(L.FloatTensor([2, 4]))
    assert v.__div__(2).data.tolist() == [1.0, 2.0]
    u = L.FloatTensor([2, 4])
    assert u.__idiv__(2) is u and u.tolist() == [1.0, 2.0]


def test_sparse_gradient_added_to_a_graph_built_grad_out_of_place():
    # 0.3.1's AccumulateGrad: a .grad that is part of a graph gets `grad + new_grad`, recorded
    # (a dense result), whatever the new gradient's layout
    from test_sparse_gradients import GivesGrad, sp
    x = Variable(L.zeros(4, 3).double(), requires_grad=True)
    (x * x * 0.5 + x).sum().backward(create_graph=True)
    first = x.grad
    GivesGrad(sp([[0, 3], [2, 0]], [1.5, -2.0]))(x).sum().backward()
    assert x.grad is not first and not x.grad.volatile and x.grad.requires_grad
    assert type(x.grad.grad_fn).__name__ == 'AddBackward1' and not x.grad.data.is_sparse
    want = np.ones((4, 3))
    want[0, 2], want[3, 0] = 2.5, -1.0
    np.testing.assert_array_equal(x.grad.data.numpy(), want)
    assert first.data.tolist() == np.ones((4, 3)).tolist()      # the first one untouched


# ============================================================ dense (op) sparse
@pytest.mark.parametrize('reference', [False, True])
def test_dense_mul_div_sub_refuse_a_sparse_operand_with_cwraps_list(reference):
    # 0.3.1's cadd had a sparse option (spcadd); sub, mul and div had none: cwrap's list
    from legacy_autograd.testing import reference_mode
    d = L.DoubleTensor(2, 3).fill_(1)
    s = L.sparse.DoubleTensor(L.LongTensor([[0], [1]]), L.DoubleTensor([2.0]), L.Size([2, 3]))
    bad = "didn't match because some of the arguments have invalid types: (!torch.sparse.DoubleTensor!)"
    with reference_mode(reference):
        for name, call in (('mul', lambda: d.mul(s)), ('div', lambda: d / s),
                           ('mul_', lambda: d.clone().mul_(s))):
            with pytest.raises(TypeError) as e:
                call()
            assert str(e.value) == (
                '%s received an invalid combination of arguments - got '
                '(torch.sparse.DoubleTensor), but expected one of:\n'
                ' * (float value)\n      %s\n'
                ' * (torch.DoubleTensor other)\n      %s\n' % (name, bad, bad))
        with pytest.raises(TypeError) as e:
            d - s
        assert str(e.value).startswith('sub received an invalid combination of arguments - got '
                                       '(torch.sparse.DoubleTensor), but expected one of:\n')
        assert (d + s).tolist() == [[1.0, 3.0, 1.0], [1.0, 1.0, 1.0]]


def test_arange_drops_the_end_a_whole_number_of_steps_away():
    # TH's arange: end excluded when (end - start) is a whole number of steps
    assert L.arange(1, 7, 3).tolist() == [1.0, 4.0]
    assert L.arange(2, 8, 3).tolist() == [2.0, 5.0]
    assert L.arange(-1, 5, 2).tolist() == [-1.0, 1.0, 3.0]
    assert L.arange(1, 8, 3).tolist() == [1.0, 4.0, 7.0]
    with pytest.warns(UserWarning, match='torch.range is deprecated'):
        assert L.range(1, 7, 3).tolist() == [1.0, 4.0, 7.0]      # range keeps it


def test_view_of_an_empty_tensor_with_no_sizes_is_empty():
    # no sizes at all is the empty tensor's shape (TH's inferSize of an empty size: 0 elements)
    for t in (L.FloatTensor(), Variable(L.FloatTensor())):
        r = t.view()
        assert r.dim() == 0 and r.numel() == 0
    with pytest.raises(RuntimeError) as e:
        L.FloatTensor([5]).view()
    assert str(e.value) == "invalid argument 2: size '[]' is invalid for input with 1 elements"


# ============================================================ node names, conversions profiled
def test_node_names_are_0_3_1s_type_names():
    # PyFunction::name(): the type's tp_name (the class name alone), + "LegacyBackward" for a
    # legacy Function; the profiler records these for backward
    x = Variable(L.DoubleTensor([1.0, 2.0]), requires_grad=True)
    assert _DoublesInPlace()(x).grad_fn.name() == '_DoublesInPlaceLegacyBackward'

    class Cube(Function):
        @staticmethod
        def forward(ctx, a):
            return a * a * a

        @staticmethod
        def backward(ctx, g):
            return g

    assert Cube.apply(x).grad_fn.name() == 'CubeBackward'
    node = x.float().grad_fn
    assert repr(node).startswith('<torch.autograd.function.TypeBackward object at 0x')
    assert node.name() == 'TypeBackward'
    assert (x * 2).grad_fn.name() == 'MulBackward0'


def test_profiler_records_a_type_conversion_as_0_3_1s_type_function():
    # Variable.type(t), type_as, double(), float(), ... ran the Function Type when the type
    # changed (and returned the Variable itself otherwise: nothing recorded)
    x = Variable(L.DoubleTensor([[1.0, 2.0]]), requires_grad=True)
    f = Variable(L.FloatTensor([1.0]))
    with profiler.profile() as prof:
        a = x.float()
        x.type('torch.DoubleTensor')
        x.double()
        x.type_as(f)
        x.long()
        a.sum().backward()
    assert [e.name for e in prof.function_events] == [
        'Type', 'Type', 'Type', 'sum', 'SumBackward0', 'TypeBackward', 'AccumulateGrad']


def test_len_of_tensors_and_variables():
    for make in (lambda t: t, Variable):
        assert len(make(L.FloatTensor([5]))) == 1
        assert len(make(L.FloatTensor(3, 2))) == 3
        assert len(make(L.FloatTensor(1, 4))) == 1
        assert len(make(L.LongTensor())) == 0
