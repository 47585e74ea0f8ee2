"""Session 21: what the mutation draws of session 21 found unguarded, and the fixes that came
with them (a Variable's pickle keeps no ``.grad``, ``torch.Size`` refuses bools, as 0.3.1 did).

Each test was run against the mutant it was written for and failed there.
"""
import numpy as np
import pytest

import legacy_autograd as L
from legacy_autograd.autograd import Variable, Function
from test_sparse_gradients import GivesGrad, sp      # a custom Function's fixed gradient


# ============================================================ engine: sparse .grad, Error node
def test_op_gradient_on_sparse_grad_makes_it_dense_in_the_same_variable():
    x = Variable(L.zeros(4, 3).double(), requires_grad=True)
    GivesGrad(sp([[0, 3], [2, 0]], [1.5, -2.0]))(x).sum().backward()
    grad = x.grad
    assert grad.data.is_sparse
    (x * 2).sum().backward()
    assert x.grad is grad and not grad.data.is_sparse
    want = np.full((4, 3), 2.0)
    want[0, 2] += 1.5
    want[3, 0] -= 2.0
    np.testing.assert_array_equal(grad.data.numpy(), want)
    assert type(grad.data).__name__ == 'DoubleTensor'


def test_first_sparse_gradient_gives_a_volatile_grad():
    # AccumulateGrad cloned the first gradient: volatile, as first-order gradients are
    x = Variable(L.zeros(4, 3).double(), requires_grad=True)
    GivesGrad(sp([[0, 3], [2, 0]], [1.5, -2.0]))(x).sum().backward()
    assert x.grad.volatile and not x.grad.requires_grad and x.grad.data.is_sparse


class _Square(Function):
    def forward(self, a):
        self.save_for_backward(a)
        return a * a

    def backward(self, g):
        a, = self.saved_tensors
        return g * 2 * a


def test_error_node_refuses_new_attributes_like_other_graph_nodes():
    x = Variable(L.DoubleTensor([3.0]), requires_grad=True)
    y = _Square()(x)
    g, = L.autograd.grad(y * y, x, create_graph=True)
    node = g.grad_fn
    assert type(node).__name__ == 'Error'
    try:
        node.foo = 1
    except AttributeError as e:
        assert str(e) == "'Error' object has no attribute 'foo'"
    else:
        raise AssertionError('an Error node took a new attribute')
    assert not hasattr(node, '__dict__')


# ============================================================ torch.Size, pickling a Variable
def test_size_refuses_bools_like_0_3_1():
    # THPSize_pynew took an item only when THPUtils_checkLong did: an int that is no bool
    for items, text in (([True], "(item 0 is 'bool')"), ([2, False], "(item 1 is 'bool')"),
                        ([1, 2.0], "(item 1 is 'float')")):
        with pytest.raises(TypeError) as info:
            L.Size(items)
        assert str(info.value) == "torch.Size() takes an iterable of 'int' " + text
    assert L.Size([1, np.int64(2)]) == (1, 2)
    assert all(type(s) is int for s in L.Size([np.int32(3), 4]))


def test_pickle_and_copy_keep_data_and_flags_but_never_the_grad():
    # 0.3.1's Variable.__reduce_ex__: (type, (data,), (requires_grad, volatile, hooks))
    import copy
    import pickle
    x = Variable(L.DoubleTensor([1.0, 2.0]), requires_grad=True)
    (x * 3).sum().backward()
    assert x.grad is not None
    p = L.nn.Parameter(L.FloatTensor([4.0]))
    (p * 2).sum().backward()
    v = Variable(L.FloatTensor([5.0]), volatile=True)
    for obj in (x, p, v):
        for back in (pickle.loads(pickle.dumps(obj, protocol=2)), copy.copy(obj)):
            assert type(back) is type(obj) and back.grad is None and back.is_leaf
            assert back.requires_grad == obj.requires_grad and back.volatile == obj.volatile
            assert back.data.tolist() == obj.data.tolist()
            assert type(back.data) is type(obj.data)
        assert copy.copy(obj).data is obj.data
    y = x * 2                               # a non-leaf: the copy is a leaf of its values
    back = pickle.loads(pickle.dumps(y))
    assert back.is_leaf and back.requires_grad and back.grad_fn is None
    assert back.data.tolist() == [2.0, 4.0]


# ============================================================ 2121: argument texts, gesv
def _text(fn):
    with pytest.raises(TypeError) as info:
        fn()
    return str(info.value)


def test_squeeze_in_place_and_sort_name_their_bad_argument():
    t = L.FloatTensor([[3.0, 1.0, 2.0]])
    assert _text(lambda: t.squeeze_(None)) == \
        "squeeze_(): argument 'dim' (position 1) must be int, not NoneType"
    assert _text(lambda: t.squeeze_(1.5)) == \
        "squeeze_(): argument 'dim' (position 1) must be int, not float"
    for fn in (lambda: t.sort(1, 'a'), lambda: L.sort(t, 1, 'a'),
               lambda: Variable(t).sort(1, 'a')):
        assert _text(fn) == "argument 'descending' must be bool, not str"
    assert t.tolist() == [[3.0, 1.0, 2.0]]


def test_addcmul_addcdiv_tensor_lists_show_every_argument():
    # cwrap's list: the value given first is shown and marked with the rest (it used to be
    # dropped from "got (...)"); an in-place form names itself
    t = L.FloatTensor([1.0, 2.0])
    d = L.DoubleTensor([1.0, 2.0])
    opts = [' * (torch.FloatTensor tensor1, torch.FloatTensor tensor2)\n',
            ' * (float value, torch.FloatTensor tensor1, torch.FloatTensor tensor2)\n']
    assert _text(lambda: t.addcdiv(1.0, t, d)) == (
        'addcdiv received an invalid combination of arguments - got (float, torch.FloatTensor, '
        'torch.DoubleTensor), but expected one of:\n' + opts[0] + opts[1] +
        "      didn't match because some of the arguments have invalid types: "
        "(float, torch.FloatTensor, !torch.DoubleTensor!)\n")
    assert _text(lambda: t.addcmul_(t, 'a')) == (
        'addcmul_ received an invalid combination of arguments - got (torch.FloatTensor, str), '
        'but expected one of:\n' + opts[0] +
        "      didn't match because some of the arguments have invalid types: "
        "(torch.FloatTensor, !str!)\n" + opts[1])
    assert _text(lambda: t.addcmul('a', t, t)) == (
        'addcmul received an invalid combination of arguments - got (str, torch.FloatTensor, '
        'torch.FloatTensor), but expected one of:\n' + opts[0] + opts[1] +
        "      didn't match because some of the arguments have invalid types: "
        "(!str!, torch.FloatTensor, torch.FloatTensor)\n")
    li = L.LongTensor([1, 2])
    assert _text(lambda: li.addcmul(li)) == (
        'addcmul received an invalid combination of arguments - got (torch.LongTensor), but '
        'expected one of:\n * (torch.LongTensor tensor1, torch.LongTensor tensor2)\n'
        ' * (int value, torch.LongTensor tensor1, torch.LongTensor tensor2)\n')
    assert t.tolist() == [1.0, 2.0]


def test_addcmul_addcdiv_variable_texts_are_the_argument_parsers():
    # ATen's addcmul(Tensor tensor1, Tensor tensor2, *, Scalar value=1) and the deprecated
    # (Scalar value, Tensor tensor1, Tensor tensor2), which the parser never lists
    v = Variable(L.FloatTensor([1.0, 2.0]))
    assert _text(lambda: v.addcmul(v, 'a')) == \
        "addcmul(): argument 'tensor2' (position 2) must be Variable, not str"
    assert _text(lambda: v.addcdiv_(v, 'a')) == \
        "addcdiv_(): argument 'tensor2' (position 2) must be Variable, not str"
    assert _text(lambda: v.addcmul(v, v, foo=1)) == \
        "addcmul() got an unexpected keyword argument 'foo'"
    assert _text(lambda: v.addcdiv(2, v, v, value=3)) == (
        'addcdiv() received an invalid combination of arguments - got (int, Variable, Variable, '
        'value=int), but expected (Variable tensor1, Variable tensor2, float value)')
    assert _text(lambda: v.addcmul(v)) == (
        'addcmul() received an invalid combination of arguments - got (Variable), but expected '
        '(Variable tensor1, Variable tensor2, float value)')
    assert v.addcmul(2, v, v).data.tolist() == [3.0, 10.0]
    assert v.addcdiv(v, v, value=0.5).data.tolist() == [1.5, 2.5]


def test_gesv_double_backward_matches_modern(torch):
    b = np.array([[1.0, -0.5], [2.0, 0.25], [0.5, 1.5]])
    a = np.array([[3.0, 0.5, -1.0], [0.25, 2.0, 0.5], [-0.5, 1.0, 4.0]])
    w = np.array([[0.5, -1.0], [2.0, 0.75], [-0.25, 1.5]])
    wa = np.array([[1.0, 0.5, -2.0], [0.3, -1.0, 0.25], [2.0, 0.1, -0.5]])
    lb, la = (Variable(L.DoubleTensor(x.copy()), requires_grad=True) for x in (b, a))
    mb, ma = (torch.from_numpy(x.copy()).requires_grad_() for x in (b, a))
    lx = L.gesv(lb, la)[0]
    mx = torch.linalg.solve(ma, mb)
    np.testing.assert_allclose(lx.data.numpy(), mx.detach().numpy(), rtol=1e-12)
    lgb, lga = L.autograd.grad((lx * Variable(L.DoubleTensor(w))).sum(), [lb, la],
                               create_graph=True)
    mgb, mga = torch.autograd.grad((mx * torch.from_numpy(w)).sum(), [mb, ma], create_graph=True)
    np.testing.assert_allclose(lga.data.numpy(), mga.detach().numpy(), rtol=1e-12)
    ((lga * Variable(L.DoubleTensor(wa))).sum() + lgb.sum()).backward()
    ((mga * torch.from_numpy(wa)).sum() + mgb.sum()).backward()
    np.testing.assert_allclose(la.grad.data.numpy(), ma.grad.numpy(), rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(lb.grad.data.numpy(), mb.grad.numpy(), rtol=1e-10, atol=1e-12)


def test_a_storage_names_its_0_3_1_type_in_attribute_errors():
    s = L.FloatTensor([1.0]).storage()
    with pytest.raises(AttributeError) as info:
        s.no_such_thing
    assert str(info.value) == "'torch.FloatStorage' object has no attribute 'no_such_thing'"
    assert not hasattr(L.LongStorage(2), 'data') and s.tolist() == [1.0]
    with pytest.raises(AttributeError) as info:
        L.sparse.DoubleTensor(2, 2).no_such_thing
    assert str(info.value) == "'torch.sparse.DoubleTensor' object has no attribute 'no_such_thing'"


def test_pool_sample_filter_keeps_exactly_the_configurations_both_sides_agree_on(torch):
    # conv_ops._extent_ok picks the pooling parity samples: the pooled length of 0.3's rule
    # (pool_out_size) equal to modern torch's, every window touching the input
    from legacy_autograd.ops import conv_ops
    mF = torch.nn.functional
    kept = 0
    for size in range(1, 6):
        for k in (1, 2, 3):
            for s in (1, 2):
                for p in range(k // 2 + 1):
                    for d in (1, 2):
                        for ceil in (False, True):
                            try:
                                n = mF.max_pool1d(torch.zeros(1, 1, size), k, s, p, d,
                                                  ceil_mode=ceil).shape[-1]
                            except RuntimeError:
                                n = 0
                            ours = conv_ops.pool_out_size(size, k, s, p, d, ceil)
                            touch = all(any(0 <= o * s - p + i * d < size for i in range(k))
                                        for o in range(ours))
                            want = n >= 1 and ours == n and touch
                            assert conv_ops._extent_ok(size, k, s, p, d, ceil) == want, \
                                (size, k, s, p, d, ceil)
                            kept += want
    assert 100 < kept < 240
    valid = conv_ops._pool_valid(2)
    x = np.zeros((1, 1, 5, 1))
    assert valid([x], {'kernel_size': (3, 1), 'stride': (2, 1), 'padding': (1, 0),
                       'ceil_mode': True})
    assert not valid([x], {'kernel_size': (3, 2), 'stride': (2, 1), 'padding': (1, 0),
                           'ceil_mode': True, 'dilation': (1, 2)})


# ============================================================ explicit None, put_, batch_norm
def test_add_sub_addcmul_refuse_an_explicit_none():
    # 0.3.1 had no None for a Scalar: a tensor's cwrap list, a Variable's parser text
    t = L.FloatTensor([1.0, 2.0])
    v = Variable(t)
    assert _text(lambda: t.add(None, t)) == (
        'add received an invalid combination of arguments - got (NoneType, torch.FloatTensor), '
        'but expected one of:\n * (float value)\n * (torch.FloatTensor other)\n'
        ' * (float value, torch.FloatTensor other)\n'
        "      didn't match because some of the arguments have invalid types: "
        '(!NoneType!, torch.FloatTensor)\n')
    assert _text(lambda: t.sub_(t, alpha=None)) == (
        'sub_ received an invalid combination of arguments - got (torch.FloatTensor, '
        'alpha=NoneType), but expected one of:\n * (float value)\n * (torch.FloatTensor other)\n'
        ' * (float value, torch.FloatTensor other)\n'
        "      didn't match because some of the keywords were incorrect: alpha\n")
    assert _text(lambda: v.sub(v, alpha=None)).startswith(
        'sub() received an invalid combination of arguments - got (Variable, alpha=NoneType)')
    assert _text(lambda: t.addcmul(None, t, t)).startswith(
        'addcmul received an invalid combination of arguments - got (NoneType, '
        'torch.FloatTensor, torch.FloatTensor)')
    assert _text(lambda: v.addcdiv(v, v, value=None)) == \
        "addcdiv(): argument 'value' must be float, not NoneType"
    assert _text(lambda: t.add()) == 'add() missing 1 required positional argument: "other"'
    assert t.add(t).tolist() == [2.0, 4.0] and t.sub(2, t).tolist() == [-1.0, -2.0]
    assert t.addcmul(t, t).tolist() == [2.0, 6.0] and v.add(v, alpha=2).data.tolist() == [3.0, 6.0]


def test_put_accumulate_must_be_a_bool():
    t = L.FloatTensor(4).zero_()
    idx, src = L.LongTensor([1]), L.FloatTensor([2.0])
    assert _text(lambda: t.put_(idx, src, 'x')) == (
        'put_ received an invalid combination of arguments - got (torch.LongTensor, '
        'torch.FloatTensor, str), but expected one of:\n'
        ' * (torch.LongTensor index, torch.FloatTensor source)\n'
        ' * (torch.LongTensor index, torch.FloatTensor source, bool accumulate)\n'
        "      didn't match because some of the arguments have invalid types: "
        '(torch.LongTensor, torch.FloatTensor, !str!)\n')
    v = Variable(t.clone())
    assert _text(lambda: v.put_(Variable(idx), Variable(src), 1)) == \
        "put_(): argument 'accumulate' (position 3) must be bool, not int"
    assert t.tolist() == [0, 0, 0, 0]
    t.put_(idx, src, np.True_)
    t.put_(idx, src, True)
    assert t.tolist() == [0, 4, 0, 0]


def test_batch_norm_flags_checked_as_0_3_1s_tuple_parser():
    F = L.nn.functional
    x = Variable(L.randn(4, 3))
    rm, rv = L.zeros(3), L.ones(3)
    for kw, text in ((dict(training='x'), 'argument 2 (training) must be bool, not str'),
                     (dict(training=1), 'argument 2 (training) must be bool, not int'),
                     (dict(training=True, momentum='x'),
                      'argument 3 (momentum) must be float, not str'),
                     (dict(eps=None), 'argument 4 (eps) must be float, not NoneType')):
        with pytest.raises(RuntimeError) as info:
            F.batch_norm(x, rm, rv, **kw)
        assert str(info.value) == text
    assert rm.tolist() == [0, 0, 0]
    F.batch_norm(x, rm, rv, training=True, momentum=1)
    np.testing.assert_allclose(rm.numpy(), x.data.numpy().mean(0), rtol=1e-5)


def test_unpool_and_embedding_bag_refuse_non_tensors_by_name():
    F = L.nn.functional
    x = Variable(L.randn(1, 1, 4))
    assert _text(lambda: F.max_unpool1d(x, 'x', 2)) == \
        "max_unpool1d(): argument 'indices' (position 2) must be Variable, not str"
    assert _text(lambda: F.max_unpool3d(3, x, 2)) == \
        "max_unpool3d(): argument 'input' (position 1) must be Variable, not int"
    w = Variable(L.randn(5, 2))
    assert _text(lambda: F.embedding_bag(w, 'x', None)) == \
        "embedding_bag(): argument 'indices' (position 2) must be Variable, not str"
    assert _text(lambda: F.embedding_bag(w, Variable(L.LongTensor([1, 2])), [0])) == \
        "embedding_bag(): argument 'offsets' (position 3) must be Variable, not list"


def test_setitem_of_one_element_sends_its_gradient_to_the_value():
    # the value's gradient is g[1, 2]: one element, kept 1-d (0.3 had no 0-dim tensors)
    w = L.DoubleTensor([[1., 2., 3.], [4., 5., 6.]])
    x = Variable(w.clone(), requires_grad=True)
    v = Variable(L.DoubleTensor([5.]), requires_grad=True)
    y = x * 1
    y[1, 2] = v
    assert y.data.tolist() == [[1, 2, 3], [4, 5, 5]]
    (y * Variable(w)).sum().backward()
    assert v.grad.data.tolist() == [6.0]
    assert x.grad.data.tolist() == [[1, 2, 3], [4, 5, 0]]
    gv, = L.autograd.grad((y * y).sum(), [v], create_graph=True)
    assert gv.data.tolist() == [10.0] and gv.requires_grad


def test_matmul_operator_leaves_other_kinds_to_python():
    # 0.3.1's __matmul__: self.matmul(other) for an operand of the same kind, else NotImplemented
    t = L.FloatTensor([[1, 2], [3, 4]])
    v = Variable(t)
    assert t.__matmul__(v) is NotImplemented and v.__matmul__(t) is NotImplemented
    assert t.__matmul__(2) is NotImplemented
    for a, b in ((t, 2), (v, t), (t, v)):
        with pytest.raises(TypeError) as info:
            a @ b
        assert str(info.value).startswith('unsupported operand type(s) for @: ')
    assert (t @ t).tolist() == [[7, 10], [15, 22]] and (v @ v).data.tolist() == [[7, 10], [15, 22]]


# ============================================================ 2123: shifts, embedding max_norm
def test_float_shifts_keep_the_tensor_type():
    # 0.3.1 shifted float tensors by multiplying / dividing by 2**n, in the tensor's own type
    a = L.FloatTensor([1.5, -3.0])
    for r, want in ((a << 2, [6.0, -12.0]), (a >> 1, [0.75, -1.5])):
        assert type(r) is L.FloatTensor and r.numpy().dtype == np.float32
        assert r.tolist() == want
    d = L.DoubleTensor([1.5])
    assert (d << 3).numpy().dtype == np.float64 and (d << 3).tolist() == [12.0]
    assert (L.ShortTensor([3]) << L.ShortTensor([2])).numpy().dtype == np.int16
    b = L.FloatTensor([1.0, 2.0])
    b <<= 1
    assert b.numpy().dtype == np.float32 and b.tolist() == [2.0, 4.0]


def test_embedding_max_norm_leaves_a_row_at_exactly_the_norm():
    # THNN LookupTable_renorm scales a row only when its norm is above max_norm
    w = Variable(L.DoubleTensor([[3.0, 4.0], [6.0, 8.0], [0.3, 0.4]]))
    out = L.nn.functional.embedding(Variable(L.LongTensor([0, 1, 2])), w, max_norm=5.0)
    assert w.data[0].tolist() == [3.0, 4.0] and w.data[2].tolist() == [0.3, 0.4]
    scaled = [6.0 * 5.0 / (10.0 + 1e-7), 8.0 * 5.0 / (10.0 + 1e-7)]
    np.testing.assert_allclose(w.data[1].numpy(), scaled, rtol=1e-15)
    assert out.data.tolist()[0] == [3.0, 4.0]


def test_a_method_a_type_lacked_is_missing_from_the_class_too():
    # 0.3.1's torch.LongTensor had no lerp at all: neither on instances nor on the type
    assert not hasattr(L.LongTensor, 'lerp') and not hasattr(L.LongTensor([1]), 'lerp')
    with pytest.raises(AttributeError) as info:
        L.LongTensor.lerp
    assert str(info.value) == "type object 'torch.LongTensor' has no attribute 'lerp'"
    with pytest.raises(AttributeError) as info:
        L.HalfTensor.add
    assert str(info.value) == "type object 'torch.HalfTensor' has no attribute 'add'"
    assert hasattr(L.FloatTensor, 'lerp') and hasattr(L.LongTensor, 'add')


class _LegacyRunsOps(Function):
    """A legacy Function whose forward runs Variable ops on a Variable it builds."""

    def forward(self, t):
        return (Variable(t).exp() + 0).data

    def backward(self, g):
        return g


def test_profiler_records_the_ops_a_legacy_functions_forward_runs():
    from legacy_autograd.autograd import profiler
    x = Variable(L.DoubleTensor([0.0, 1.0]), requires_grad=True)
    with profiler.profile() as prof:
        y = _LegacyRunsOps()(x)
        x.neg()
    assert [e.name for e in prof.function_events] == ['_LegacyRunsOps', 'exp', 'add', 'neg']
    assert y.data.tolist() == np.exp([0.0, 1.0]).tolist()


def test_sort_and_its_modern_reference_break_ties_stably(torch):
    # the registry's modern spelling of sort must be stable, as the package's sort is: with
    # ties an unstable reference would give other indices (torch's default CPU sort does)
    from legacy_autograd.ops import reduction
    rs = np.random.RandomState(5)
    a = rs.randint(0, 3, size=200).astype(np.float64)
    for descending in (False, True):
        lv, li = L.sort(L.DoubleTensor(a), 0, descending)
        mv, mi = reduction.SORT.modern(torch, torch.from_numpy(a), 0, descending)
        assert li.tolist() == mi.tolist() and lv.tolist() == mv.tolist()
        order = sorted(range(200), key=lambda i: -a[i] if descending else a[i])
        assert li.tolist() == order


def test_addcmul_lists_a_sparse_operand_by_its_0_3_1_name():
    # a dense addcmul given a sparse factor (0.3.1 had only the in-place spaddcmul with two)
    t = L.DoubleTensor(2, 2).zero_()
    s = sp([[0], [1]], [2.0], shape=(2, 2))
    assert _text(lambda: t.addcmul(t, s)) == (
        'addcmul received an invalid combination of arguments - got (torch.DoubleTensor, '
        'torch.sparse.DoubleTensor), but expected one of:\n'
        ' * (torch.DoubleTensor tensor1, torch.DoubleTensor tensor2)\n'
        "      didn't match because some of the arguments have invalid types: "
        '(torch.DoubleTensor, !torch.sparse.DoubleTensor!)\n'
        ' * (float value, torch.DoubleTensor tensor1, torch.DoubleTensor tensor2)\n')
    assert _text(lambda: t.addcmul_(s, t)).startswith(
        'addcmul_ received an invalid combination of arguments - got (torch.sparse.DoubleTensor, '
        'torch.DoubleTensor)')
    assert t.tolist() == [[0, 0], [0, 0]]


# ============================================================ 2126: profiler, _functions names
def test_profiler_names_a_variables_py2_in_place_division_and_traces_in_microseconds(tmp_path):
    import json
    from legacy_autograd.autograd import profiler
    v = Variable(L.DoubleTensor([4.0, 8.0]))
    with profiler.profile() as prof:
        v.__idiv__(2)
        v.neg()
    events = prof.function_events
    assert [e.name for e in events] == ['div_', 'neg'] and v.data.tolist() == [2.0, 4.0]
    path = str(tmp_path / 'trace.json')
    prof.export_chrome_trace(path)
    with open(path) as f:
        trace = json.load(f)
    assert [t['name'] for t in trace] == ['div_', 'neg']
    for t, e in zip(trace, events):
        assert t['ts'] == e.start / 1000 and t['dur'] == e.cpu_time_total / 1000
        assert t['ph'] == 'X' and t['tid'] == t['pid'] == 'Autograd functions'


def test_autograd_functions_module_keeps_no_loop_names():
    from legacy_autograd.autograd import _functions
    assert not hasattr(_functions, '_name') and not hasattr(_functions, '_method')
    assert hasattr(_functions, 'Exp') and hasattr(_functions, 'Index')


# ============================================================ 2128 / 2129
def test_cos_first_derivative_built_for_a_second(torch):
    x = np.array([0.3, -1.2, 2.5])
    lx = Variable(L.DoubleTensor(x.copy()), requires_grad=True)
    mx = torch.from_numpy(x.copy()).requires_grad_()
    lg, = L.autograd.grad(lx.cos().sum(), [lx], create_graph=True)
    mg, = torch.autograd.grad(mx.cos().sum(), [mx], create_graph=True)
    np.testing.assert_allclose(lg.data.numpy(), mg.detach().numpy(), rtol=1e-15)
    np.testing.assert_allclose(lg.data.numpy(), -np.sin(x), rtol=1e-15)
    lg.sum().backward()
    mg.sum().backward()
    np.testing.assert_allclose(lx.grad.data.numpy(), mx.grad.numpy(), rtol=1e-15)


def test_legacy_erfinv_function_class():
    from legacy_autograd.autograd import _functions
    x = Variable(L.DoubleTensor([-0.5, 0.25]), requires_grad=True)
    y = _functions.ErfInv.apply(x)
    assert y.data.tolist() == x.data.erfinv().tolist()
    assert type(y.grad_fn).__name__ == 'ErfInvBackward'      # the class's name + Backward


def test_log_sigmoid_refuses_integer_input():
    with pytest.raises(RuntimeError) as info:
        L.nn.functional.logsigmoid(Variable(L.LongTensor([1, 2])))
    assert str(info.value) == 'log_sigmoid is not implemented for type torch.LongTensor'


# ============================================================ 2130
def test_index_select_gradient_built_for_a_second_is_an_index_add():
    # 0.3.1's IndexSelect backward: zeros(...).index_add_(dim, index, grad)
    x = Variable(L.DoubleTensor([[1., 2.], [3., 4.], [5., 6.]]), requires_grad=True)
    idx = Variable(L.LongTensor([2, 0]))
    g, = L.autograd.grad((x.index_select(0, idx) ** 2).sum(), [x], create_graph=True)
    assert type(g.grad_fn).__name__ == 'IndexAddBackward'
    assert g.data.tolist() == [[2.0, 4.0], [0.0, 0.0], [10.0, 12.0]]


def test_profiler_leaves_out_conversions_and_queries():
    from legacy_autograd.autograd import profiler
    v = Variable(L.DoubleTensor([1.0, 2.0]))
    with profiler.profile() as prof:
        v.cuda()
        v.cpu()
        v.size()
        v.dim()
        v.type_as(v)
        v.neg()
    assert [e.name for e in prof.function_events] == ['neg']


# ============================================================ 2131
def test_max_unpool_default_size_with_padding_matches_modern(torch):
    x = np.arange(16, dtype=np.float64).reshape(1, 1, 4, 4) * 0.5 - 3.0
    lout, lidx = L.nn.functional.max_pool2d(Variable(L.DoubleTensor(x.copy())), 3, 2, 1,
                                            return_indices=True)
    mout, midx = torch.nn.functional.max_pool2d(torch.from_numpy(x.copy()), 3, 2, 1,
                                                return_indices=True)
    # the default size with padding, (2 - 1) * 2 + 3 - 2 * 1 = 3, bounds the sizes taken: 4 is
    lu = L.nn.functional.max_unpool2d(lout, lidx, 3, 2, 1, output_size=[4, 4])
    mu = torch.nn.functional.max_unpool2d(mout, midx, 3, 2, 1, output_size=[4, 4])
    assert tuple(lu.size()) == tuple(mu.shape) == (1, 1, 4, 4)
    np.testing.assert_array_equal(lu.data.numpy(), mu.numpy())
    with pytest.raises(ValueError) as info:
        L.nn.functional.max_unpool2d(lout, lidx, 3, 2, 1, output_size=[5, 5])
    assert str(info.value) == 'invalid output_size "[5, 5]" (dim 0 must be between 1 and 5)'


def test_cross_gradient_reaches_a_second_operand_alone(torch):
    a = np.array([[1.0, 2.0, 3.0], [0.5, -1.0, 2.0]])
    b = np.array([[-2.0, 0.5, 1.0], [3.0, 1.0, -1.5]])
    la = Variable(L.DoubleTensor(a.copy()))
    lb = Variable(L.DoubleTensor(b.copy()), requires_grad=True)
    ma = torch.from_numpy(a.copy())
    mb = torch.from_numpy(b.copy()).requires_grad_()
    w = np.array([[1.0, -1.0, 2.0], [0.5, 0.25, -3.0]])
    (L.cross(la, lb, 1) * Variable(L.DoubleTensor(w))).sum().backward()
    (torch.cross(ma, mb, dim=1) * torch.from_numpy(w)).sum().backward()
    np.testing.assert_allclose(lb.grad.data.numpy(), mb.grad.numpy(), rtol=1e-15)
