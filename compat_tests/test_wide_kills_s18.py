"""Behaviours session 18's random samples (2002 read to the end, 2101-2104, the front-end files)
found unguarded, each pinned here with 0.3.1's behaviour:

* a function hook sees ``None`` for an operand that needs no gradient (``should_compute_output``);
* the nvprof trace reader, a CPU trace without its start marker;
* double backward through CopySlices and the ops whose gradient has an ``exp``;
* gradcheck/gradgradcheck's 0.3.1 verdicts and texts; the ONNX padding helpers;
* random methods' ``generator=`` (tensor ``multinomial``/``bernoulli`` take it), predicates
  answering bools, ``is_signed`` per type, ``torch.typename``, ``t.type(name)``'s errors;
* an in-place method's name in its type error; a legacy Function's ``to_save`` and ``backward``;
  NestedIOFunction's marks and nesting error; ``retain_grad`` twice; sliced storages' offsets.
"""
import re
import sqlite3

import pytest

import legacy_autograd as L
from legacy_autograd.autograd import Variable
from legacy_autograd.autograd import profiler
import legacy_autograd.autograd as autograd


@pytest.mark.parametrize('constant_first', [False, True])
@pytest.mark.parametrize('op', ['mul', 'div', 'add', 'sub', 'pow'])
def test_a_function_hook_sees_none_for_a_constant_operand(op, constant_first):
    leaf = Variable(L.FloatTensor([1.5, 2.0]), requires_grad=True)
    x = leaf + 1                        # x has a grad_fn: the constant's edge is empty
    c = Variable(L.FloatTensor([3.0, 4.0]))
    a, b = (c, x) if constant_first else (x, c)
    y = getattr(a, '__%s__' % op)(b) if op != 'pow' else a ** b
    seen = []
    y.grad_fn.register_hook(lambda grad_inputs, grad_outputs: seen.append(grad_inputs))
    y.sum().backward()
    assert len(seen) == 1 and len(seen[0]) == 2
    k = 0 if constant_first else 1
    assert seen[0][k] is None
    assert seen[0][1 - k] is not None


@pytest.mark.parametrize('constant_first', [False, True])
def test_mm_hook_sees_none_for_a_constant_matrix(constant_first):
    leaf = Variable(L.ones(2, 3), requires_grad=True)
    x = leaf * 2
    if constant_first:
        y, k = Variable(L.ones(4, 2)).mm(x), 0
    else:
        y, k = x.mm(Variable(L.ones(3, 4))), 1
    seen = []
    y.grad_fn.register_hook(lambda gi, go: seen.append(gi))
    y.sum().backward()
    assert seen[0][k] is None
    assert seen[0][1 - k].data.tolist() == [[4.0] * 3] * 2


def _nvprof_file(path, duplicate_kernel=False):
    con = sqlite3.connect(path)
    con.executescript(
        'CREATE TABLE StringTable (_id_ INTEGER, value TEXT);'
        'CREATE TABLE CUPTI_ACTIVITY_KIND_MARKER (id INTEGER, name INTEGER, timestamp INTEGER);'
        'CREATE TABLE CUPTI_ACTIVITY_KIND_RUNTIME (_id_ INTEGER, cbid INTEGER, start INTEGER,'
        ' "end" INTEGER, correlationId INTEGER);'
        'CREATE TABLE CUPTI_ACTIVITY_KIND_CONCURRENT_KERNEL (correlationId INTEGER,'
        ' start INTEGER, "end" INTEGER, name INTEGER);')
    con.executemany('INSERT INTO StringTable VALUES (?, ?)', [(1, 'MulBackward1'), (2, 'mm')])
    # two ranges: id 7 "MulBackward1" 1000-5000, id 8 "mm" 6000-9000 (name 0 closes a range)
    con.executemany('INSERT INTO CUPTI_ACTIVITY_KIND_MARKER VALUES (?, ?, ?)',
                    [(7, 1, 1000), (7, 0, 5000), (8, 2, 6000), (8, 0, 9000)])
    runtime = [(100, 1, 1500, 1600, 11), (101, 1, 2000, 2100, 12), (102, 1, 7000, 7100, 13)]
    # a kernel's name is a StringTable id, which 0.3.1 kept as it was (not looked up)
    kernels = [(11, 10000, 10250, 21), (12, 11000, 11040, 22), (13, 12000, 12400, 23)]
    if duplicate_kernel:
        kernels.append((11, 13000, 13010, 21))
    con.executemany('INSERT INTO CUPTI_ACTIVITY_KIND_RUNTIME VALUES (?, ?, ?, ?, ?)', runtime)
    con.executemany('INSERT INTO CUPTI_ACTIVITY_KIND_CONCURRENT_KERNEL VALUES (?, ?, ?, ?)',
                    kernels)
    con.commit()
    con.close()


def test_load_nvprof_reads_each_ranges_kernels(tmp_path):
    path = str(tmp_path / 'trace.nvvp')
    _nvprof_file(path)
    events = profiler.load_nvprof(path)
    assert [e.name for e in events] == ['MulBackward1', 'mm']
    assert [(e.start, e.end) for e in events] == [(1000, 5000), (6000, 9000)]
    assert sorted(events[0].kernels) == [(21, 250), (22, 40)]
    assert events[1].kernels == [(23, 400)]
    assert [e.cuda_time_total for e in events] == [290, 400]
    assert [e.cpu_time_total for e in events] == [4000, 3000]


def test_load_nvprof_refuses_a_kernel_seen_twice(tmp_path):
    path = str(tmp_path / 'trace.nvvp')
    _nvprof_file(path, duplicate_kernel=True)
    with pytest.raises(RuntimeError, match=r'^duplicate key: \(7, 100\)$'):
        profiler.load_nvprof(path)


def test_double_backward_through_an_in_place_op_on_a_view():
    # CopySlices under create_graph: the old base's gradient is the incoming one with the
    # view's elements zeroed (a product by a 0/1 mask), the view's part is taken from it
    x = Variable(L.FloatTensor([1., 2., 3., 4.]), requires_grad=True)
    y = x * 1
    y[1:3].mul_(2)
    z = (y * y).sum()
    g, = autograd.grad(z, x, create_graph=True)
    assert g.data.tolist() == [2., 16., 24., 8.]            # modern torch: the same
    assert type(g.grad_fn).__name__ == 'MulBackward0'
    g.sum().backward()
    assert x.grad.data.tolist() == [2., 8., 8., 2.]          # modern torch: the same


class _SquareCutSecondOrder(autograd.Function):
    """x ** 2 whose backward reads ``x.data``: right first derivative, a second derivative
    that the graph cannot see (the backward's result does not depend on x in the graph)."""

    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x

    @staticmethod
    def backward(ctx, grad_output):
        x, = ctx.saved_variables
        return grad_output * 2 * Variable(x.data)


def test_gradgradcheck_raises_on_a_wrong_second_derivative_by_default():
    x = Variable(L.DoubleTensor([0.5, -1.5, 2.0]), requires_grad=True)
    assert autograd.gradcheck(_SquareCutSecondOrder.apply, (x,))
    # 0.3.1's gradgradcheck has no raise_exception: a failure always raises
    with pytest.raises(RuntimeError, match=r'^for output no\. 0,\n numerical:\(\n'):
        autograd.gradgradcheck(_SquareCutSecondOrder.apply, (x,))


def test_gather_with_an_index_smaller_than_the_source():
    # 0.3.1's TH gather walks the index: it may be smaller than the source in the other dims
    a = L.FloatTensor([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])
    v = Variable(a, requires_grad=True)
    r = v.gather(1, Variable(L.LongTensor([[3, 0], [1, 1]])))
    assert r.data.tolist() == [[4., 1.], [6., 6.]]                      # modern torch: the same
    r.sum().backward()
    assert v.grad.data.tolist() == [[1., 0., 0., 1.], [0., 2., 0., 0.], [0., 0., 0., 0.]]
    assert L.gather(a, 0, L.LongTensor([[2, 0]])).tolist() == [[9., 2.]]
    assert a.gather(0, L.LongTensor([[2, 0]])).tolist() == [[9., 2.]]


def test_scatter_source_gradient_with_an_index_smaller_than_the_gradient():
    # scatter's gradient for ``src`` is the incoming gradient gathered at the index
    x = Variable(L.zeros(3, 4), requires_grad=True)
    src = Variable(L.FloatTensor([[1, 2], [3, 4]]), requires_grad=True)
    y = x.scatter(1, Variable(L.LongTensor([[3, 0], [1, 2]])), src)
    w = Variable(L.FloatTensor([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]))
    (y * w).sum().backward()
    assert src.grad.data.tolist() == [[4., 1.], [6., 7.]]                # modern torch: the same
    assert x.grad.data.tolist() == [[0., 2., 3., 0.], [5., 0., 0., 8.], [9., 10., 11., 12.]]


@pytest.mark.parametrize('name, args', [
    ('geometric_', (0.3,)), ('bernoulli_', (0.5,)), ('uniform_', ()), ('normal_', ()),
    ('cauchy_', ()), ('log_normal_', ()), ('exponential_', ()), ('random_', ()),
    ('multinomial', (2,)), ('bernoulli', ())])
def test_a_random_methods_generator_must_be_a_generator(name, args):
    t = L.FloatTensor([0.2, 0.3, 0.5, 0.1])
    with pytest.raises(TypeError) as e:
        getattr(t, name)(*args, generator=5)
    assert str(e.value) == "%s(): argument 'generator' must be torch.Generator, not int" % name


def test_tensor_multinomial_and_bernoulli_take_a_generator():
    # TensorRandom.cwrap: both methods have 0.3.1's keyword-only generator; a Variable's
    # methods (variable.py) have none
    p = L.FloatTensor([0.2, 0.3, 0.5, 0.1])
    g = L.Generator()
    g.manual_seed(3)
    a = (p.multinomial(2, generator=g).tolist(), p.bernoulli(generator=g).tolist())
    g.manual_seed(3)
    b = (p.multinomial(2, generator=g).tolist(), p.bernoulli(generator=g).tolist())
    L.manual_seed(3)
    c = (p.multinomial(2).tolist(), p.bernoulli().tolist())
    assert a == b == c
    v = Variable(p)
    with pytest.raises(TypeError, match=r"^bernoulli\(\) got an unexpected keyword argument "
                                        r"'generator'$"):
        v.bernoulli(generator=g)
    with pytest.raises(TypeError, match=r"^multinomial\(\) got an unexpected keyword argument "
                                        r"'generator'$"):
        v.multinomial(1, generator=g)


def test_is_shared_is_a_bool():
    t = L.FloatTensor([1, 2])
    assert t.is_shared() is False and t.storage().is_shared() is False
    t.share_memory_()
    assert t.is_shared() is True and t.storage().is_shared() is True


@pytest.mark.parametrize('typename', ['FloatTensor', 'DoubleTensor', 'LongTensor', 'ByteTensor'])
def test_every_predicate_answers_a_bool(typename):
    # 0.3.1's predicates return Python bools (cwrap's ``bool`` return, PyBool_FromLong): a
    # None, 0 or numpy bool where False is meant prints and compares differently
    t = getattr(L, typename)([[1, 2], [3, 4]])
    other = getattr(L, typename)([[1, 2], [3, 4]])
    answers = {
        'is_contiguous': (t.is_contiguous(), t.t().is_contiguous()),
        'is_cuda': (t.is_cuda,),
        'is_pinned': (t.is_pinned(),),
        'is_shared': (t.is_shared(),),
        'is_signed': (t.is_signed(),),
        'is_sparse': (t.is_sparse,),
        'is_same_size': (t.is_same_size(other), t.is_same_size(other[0])),
        'is_set_to': (t.is_set_to(t), t.is_set_to(other)),
        'equal': (t.equal(other), t.equal(other + 1)),
        'storage.is_shared': (t.storage().is_shared(),),
        'storage.is_pinned': (t.storage().is_pinned(),),
        'storage.is_cuda': (t.storage().is_cuda,),
        'storage.is_sparse': (t.storage().is_sparse,),
    }
    v = Variable(t)
    w = Variable(t.double(), requires_grad=True)
    answers.update({
        'Variable.is_contiguous': (v.is_contiguous(), v.t().is_contiguous()),
        'Variable.is_leaf': (v.is_leaf, (w * 1).is_leaf),
        'Variable.requires_grad': (v.requires_grad,),
        'Variable.volatile': (v.volatile,),
        'Variable.is_cuda': (v.is_cuda,),
        'Variable.is_signed': (v.is_signed(),),
    })
    bad = {k: [type(a).__name__ for a in vals] for k, vals in answers.items()
           if any(type(a) is not bool for a in vals)}
    assert not bad, bad
    assert answers['is_contiguous'] == (True, False)
    assert answers['is_same_size'] == (True, False)
    assert answers['is_set_to'] == (True, False)
    assert answers['equal'] == (True, False)
    assert answers['Variable.is_leaf'] == (True, False)


def test_a_legacy_function_without_a_usable_backward():
    from legacy_autograd.autograd import Function

    class Missing(Function):            # the base class's backward: NotImplementedError
        def forward(self, x):
            return x * 2

    class NoneBackward(Function):       # 0.3.1 called whatever ``backward`` was
        backward = None

        def forward(self, x):
            return x * 2

    x = Variable(L.ones(2), requires_grad=True)
    with pytest.raises(NotImplementedError):
        Missing()(x).sum().backward()
    with pytest.raises(TypeError, match=r"^'NoneType' object is not callable$"):
        NoneBackward()(x).sum().backward()


def test_a_cpu_trace_without_its_start_marker_is_malformed():
    with pytest.raises(RuntimeError, match=r'^Malformed profile: no start marker$'):
        profiler.parse_cpu_trace([[('mul', 10, 'push'), ('mul', 20, 'pop')]])
    events = profiler.parse_cpu_trace([[('__start_profile', 5, 'mark'), ('mul', 10, 'push'),
                                        ('mul', 20, 'pop')]])
    assert [(e.name, e.start, e.end) for e in events] == [('mul', 5, 15)]


class _Outer(object):
    class Inner(object):
        pass


def test_typename_of_objects_other_than_tensors():
    # 0.3.1's torch.typename: the object's __module__ (unless builtins) + its __qualname__, else
    # __name__, else its class's __name__ (an instance has neither, so a nested class's
    # instance shows the bare class name)
    here = __name__
    assert L.typename(3) == 'int' and L.typename(None) == 'NoneType'
    assert L.typename(Variable(L.ones(1))) == 'torch.autograd.variable.Variable'
    assert L.typename(L.nn.Linear(1, 1)) == 'torch.nn.modules.linear.Linear'
    assert L.typename(L.nn.Linear) == 'torch.nn.modules.linear.Linear'
    assert L.typename(_Outer.Inner) == here + '._Outer.Inner'
    assert L.typename(_Outer.Inner()) == here + '.Inner'
    assert L.typename(L.ones(1)) == 'torch.FloatTensor'
    assert L.typename(L.ones(1).storage()) == 'torch.FloatStorage'


def test_a_legacy_functions_to_save_must_be_a_tuple():
    from legacy_autograd.autograd import Function

    class SavesAList(Function):
        def forward(self, x):
            self.to_save = [x]
            return x * 2

        def backward(self, g):
            return g * 2

    with pytest.raises(RuntimeError) as e:
        SavesAList()(Variable(L.ones(2), requires_grad=True))
    assert str(e.value) == ('autograd internal error: to_save attribute is expected to be a '
                            'tuple but is list')


@pytest.mark.parametrize('name', ['add_', 'sub_', 'mul_', 'div_'])
@pytest.mark.parametrize('other', ['DoubleTensor', 'LongTensor', 'ByteTensor'])
def test_an_in_place_method_given_another_tensor_type_names_itself(name, other):
    # cwrap names the in-place method in its invalid-combination text
    a = L.FloatTensor([1, 2])
    with pytest.raises(TypeError) as e:
        getattr(a, name)(getattr(L, other)([1, 2]))
    assert str(e.value).startswith('%s received an invalid combination of arguments - got '
                                   '(torch.%s), but expected one of:\n * (float value)\n'
                                   % (name, other))


@pytest.mark.parametrize('name', ['erf', 'erfinv', 'softplus', 'logsigmoid', 'log_softmax',
                                  'soft_margin_loss'])
def test_second_derivatives_of_the_ops_whose_gradient_has_an_exp(name):
    # their backward formulas call the Variable vocabulary's exp under create_graph
    F = L.nn.functional
    fns = {
        'erf': lambda x: x.erf(),
        'erfinv': lambda x: (x * 0.5).erfinv(),
        'softplus': lambda x: F.softplus(x, beta=2),
        'logsigmoid': lambda x: F.logsigmoid(x),
        'log_softmax': lambda x: F.log_softmax(x, dim=1),
        'soft_margin_loss': lambda x: F.soft_margin_loss(
            x, Variable(L.DoubleTensor([[1, -1, 1], [-1, 1, 1]]))),
    }
    x = Variable(L.DoubleTensor([[0.3, -0.7, 1.1], [-0.2, 0.5, 0.9]]), requires_grad=True)
    assert autograd.gradgradcheck(fns[name], [x])


def test_storage_offset_counts_from_a_sliced_storage():
    # a storage made by slicing another is a storage of its own (0.3.1: a view storage): the
    # offsets of tensors over it count from its first element, not from the parent's
    s = L.FloatStorage([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    s2 = s[2:8]
    t = L.FloatTensor(s2)
    assert t.storage_offset() == 0 and t.tolist() == [3., 4., 5., 6., 7., 8.]
    u = L.FloatTensor().set_(s2, 1, L.Size([3]))
    assert u.storage_offset() == 1 and u.tolist() == [4., 5., 6.]
    assert u[1:].storage_offset() == 2


def test_is_signed_per_type():
    # 0.3.1's torch/__init__.py: True for every type but Byte and Char (Char's "# TODO")
    want = {'Double': True, 'Float': True, 'Half': True, 'Long': True, 'Int': True,
            'Short': True, 'Char': False, 'Byte': False}
    have = {k: getattr(L, k + 'Tensor')(2).is_signed() for k in want}
    assert have == want
    assert all(type(v) is bool for v in have.values())
    assert Variable(L.DoubleTensor(2)).is_signed() is True


def test_type_given_a_name_or_class_of_no_dense_type():
    # 0.3.1's _type (torch/_utils.py): the name is looked up component by component
    # (_import_dotted_name), a sparse target refused, anything else asked for .is_sparse
    t = L.FloatTensor([1, 2])
    s = t.storage()
    cases = [
        ('torch.Foo', AttributeError, "module 'torch' has no attribute 'Foo'"),
        ('torch.cuda.Foo', AttributeError, "module 'torch.cuda' has no attribute 'Foo'"),
        ('torch.sparse.Foo', AttributeError, "module 'torch.sparse' has no attribute 'Foo'"),
        ('foo_no_such_module.Bar', ModuleNotFoundError, "No module named 'foo_no_such_module'"),
        ('torch.sparse.FloatTensor', RuntimeError, 'Cannot cast dense tensor to sparse tensor'),
        (L.sparse.DoubleTensor, RuntimeError, 'Cannot cast dense tensor to sparse tensor'),
        (int, AttributeError, "type object 'int' has no attribute 'is_sparse'"),
        (3, AttributeError, "'int' object has no attribute 'is_sparse'"),
    ]
    for arg, exc, text in cases:
        with pytest.raises(exc) as e:
            t.type(arg)
        assert str(e.value) == text, arg
    for arg, exc, text in cases[:4]:
        with pytest.raises(exc) as e:
            s.type(arg)
        assert str(e.value) == text, arg
    assert t.type('torch.DoubleTensor').type() == 'torch.DoubleTensor'
    assert Variable(t).type('torch.DoubleTensor').data.type() == 'torch.DoubleTensor'
    with pytest.raises(AttributeError, match="^module 'torch' has no attribute 'Foo'$"):
        Variable(t).type('torch.Foo')


def test_typename_of_a_module_is_its_torch_name():
    import types
    assert L.typename(L.nn) == 'torch.nn'
    assert L.typename(L.autograd) == 'torch.autograd'
    assert L.typename(types.ModuleType('user_mod')) == 'user_mod'


def test_retain_grad_twice_keeps_one_hook():
    x = Variable(L.FloatTensor([1, 2]), requires_grad=True)
    y = x * 2
    y.retain_grad()
    y.retain_grad()                     # 0.3.1: already retaining, nothing more registered
    (y * 3).sum().backward()
    assert y.grad.data.tolist() == [3., 3.]
    y2 = x * 2
    y2.retain_grad()
    (y2 * 3).sum().backward(retain_graph=True)
    assert y2.grad.data.tolist() == [3., 3.]


def test_nested_io_function_marks_and_errors():
    from legacy_autograd.autograd import NestedIOFunction

    class SumAndIndex(NestedIOFunction):
        def forward_extended(self, a, pair):
            b, c = pair
            idx = L.LongTensor([0, 1])
            self.mark_non_differentiable(index=idx)        # keyword form, as 0.3.1 took it
            self.save_for_backward(a, (b, c))
            return a + b, (idx, c * 2)

        def backward_extended(self, g_sum, g_pair):
            a, (b, c) = self.saved_tensors
            return g_sum, (g_sum, g_pair[1] * 2)

    a = Variable(L.FloatTensor([1, 2]), requires_grad=True)
    b = Variable(L.FloatTensor([3, 4]), requires_grad=True)
    c = Variable(L.FloatTensor([5, 6]), requires_grad=True)
    s, (idx, c2) = SumAndIndex()(a, (b, c))
    assert s.data.tolist() == [4., 6.] and c2.data.tolist() == [10., 12.]
    assert not idx.requires_grad and s.requires_grad and c2.requires_grad
    (s.sum() + c2.sum()).backward()
    assert a.grad.data.tolist() == [1., 1.] and b.grad.data.tolist() == [1., 1.]
    assert c.grad.data.tolist() == [2., 2.]

    class Bare(NestedIOFunction):
        pass

    with pytest.raises(NotImplementedError):
        Bare()(a)

    class ReturnsADict(NestedIOFunction):
        def forward_extended(self, a):
            return {'a': a}

    with pytest.raises(ValueError) as e:
        ReturnsADict()(a)
    assert str(e.value) == "NestedIOFunction doesn't know how to process an input object of type dict"


def test_onnx_export_helpers_of_autograd_functions_utils():
    from legacy_autograd.autograd._functions.utils import (prepare_onnx_paddings,
                                                           check_onnx_broadcast)
    # F.pad order (last dim first, begin/end pairs) -> ONNX's (the begins of dims 0.., then ends)
    assert prepare_onnx_paddings(4, [1, 2, 3, 4]) == [0, 0, 3, 1, 0, 0, 4, 2]
    assert prepare_onnx_paddings(2, (5, 6)) == [0, 5, 0, 6]
    assert prepare_onnx_paddings(1, []) == [0, 0]
    with pytest.raises(AssertionError):
        prepare_onnx_paddings(1, [1, 2, 3])
    assert check_onnx_broadcast([2, 3], [2, 3]) is False
    assert check_onnx_broadcast([2, 3, 4], [3, 4]) is True
    assert check_onnx_broadcast([2, 3], [1, 1]) is True
    assert check_onnx_broadcast([2], [1, 1]) is True
    for dims1, dims2 in (([2, 3], [2, 1]), ([3], [2, 3]), ([2, 3, 4], [2, 4])):
        with pytest.raises(ValueError) as e:
            check_onnx_broadcast(dims1, dims2)
        assert str(e.value) == ('Numpy style broadcasting is not supported in ONNX. '
                                'Input dims are: {}, {}'.format(dims1, dims2))


def test_gradcheck_of_a_function_without_a_differentiable_output_passes():
    # 0.3.1: no output requires grad, so no Jacobian is compared and the grad_output check is
    # skipped (``if any(...)`` over no outputs)
    x = Variable(L.DoubleTensor([1, 2]), requires_grad=True)
    assert autograd.gradcheck(lambda a: Variable(a.data * 2), (x,)) is True
    assert autograd.gradcheck(lambda a: (Variable(a.data * 2), Variable(a.data)), (x,)) is True


def test_tensors_hash_by_identity_and_numpy_ufuncs_give_tensors():
    import numpy as np
    t, u = L.FloatTensor([1, 2]), L.FloatTensor([1, 2])
    assert hash(t) == id(t) and len({t: 1, u: 2}) == 2           # 0.3.1: __hash__ is id
    v = Variable(t)
    assert hash(v) == id(v)
    e = np.exp(t)
    assert type(e) is L.FloatTensor and e.tolist() == np.exp(np.float32([1, 2])).tolist()
    g = np.greater(t, 1)
    assert type(g) is L.ByteTensor and g.tolist() == [0, 1]       # bool results: a ByteTensor
    r = np.add.reduce(t)
    assert type(r) is np.float32 and r == 3.0                      # a scalar stays a scalar


@pytest.mark.parametrize('name', ['add', 'sub', 'mul', 'div', 'fmod', 'remainder', 'mul_',
                                  'div_'])
def test_an_integer_tensors_overload_list_shows_int_value(name):
    # TensorMath.cwrap declares ``real value``: an integer type's list shows ``int value``
    with pytest.raises(TypeError) as e:
        getattr(L.LongTensor([1, 2]), name)(L.FloatTensor([1, 2]))
    lines = str(e.value).split('\n')
    assert lines[0].startswith('%s received an invalid combination of arguments' % name)
    assert lines[1] == ' * (int value)'
    assert ' * (torch.LongTensor other)' in lines
    assert not any('float value' in line for line in lines)


def test_in_place_same_element_count_falls_back_for_one_element():
    # 0.3.1's deprecated pointwise fallback: not expandable, but the same element count (one)
    a = L.FloatTensor([5])
    with pytest.warns(UserWarning, match='Falling back to deprecated pointwise behavior'):
        a.add_(L.FloatTensor(1, 1, 1).fill_(2))
    assert a.tolist() == [7.0]


def test_eye_of_one_and_gathers_second_order_node():
    assert L.eye(1).tolist() == [[1.0]] and L.eye(1, 3).tolist() == [[1.0, 0.0, 0.0]]
    x = Variable(L.DoubleTensor([[1, 2, 3], [4, 5, 6]]), requires_grad=True)
    y = x.gather(1, Variable(L.LongTensor([[2, 0], [1, 1]])))
    g, = autograd.grad((y * y).sum(), x, create_graph=True)
    assert g.data.tolist() == [[2., 0., 6.], [0., 20., 0.]]
    # gather's gradient is scattered into zeros, recorded as 0.3.1's ScatterAddBackward (modern
    # torch: ScatterAddBackward0, the same values)
    assert type(g.grad_fn).__name__ == 'ScatterAddBackward'
    assert [type(f).__name__ for f, _ in g.grad_fn.next_functions] == ['AddBackward1']


def test_randperm_names_its_argument():
    for bad, tp in (('a', 'str'), (2.5, 'float'), (None, 'NoneType')):
        with pytest.raises(TypeError) as e:
            L.randperm(bad)
        assert str(e.value) == "randperm(): argument 'n' (position 1) must be int, not %s" % tp


def _int_argument_cases():
    """(op name, call args, position) of every declared sample call of a tensor method whose
    positional arguments are numbers, one per int argument."""
    from legacy_autograd.ops.schema import SCHEMA
    out = []
    for name, d in sorted(SCHEMA.items()):
        for call in d.calls:
            if not call.receiver or call.random or call.kwargs or not hasattr(L.FloatTensor, name):
                continue
            if any(type(a) not in (int, float) for a in call.args):
                continue
            for i, a in enumerate(call.args):
                if type(a) is int:
                    out.append((name, call.args, i))
    return out


_INT_ARG_TEXT = re.compile(r"^(\w+)\(\): argument '(\w+)' \(position (\d+)\) must be int, not str$")


@pytest.mark.parametrize('receiver', ['tensor', 'variable'])
def test_an_int_argument_given_a_string_names_the_method_argument_and_position(receiver):
    # the argument parser's rule (docs/errors.md): ``name(): argument 'dim' (position 1) must be
    # int, not str``, the name and position those of the method form, the argument named as in
    # the front-end's own signature
    import inspect
    checked = 0
    for name, args, i in _int_argument_cases():
        x = L.DoubleTensor(3, 4, 5).uniform_(0.1, 0.9)
        if receiver == 'variable':
            x = Variable(x)
        bad = list(args)
        bad[i] = 'x'
        try:
            getattr(x, name)(*bad)
        except TypeError as e:
            text = str(e)
        except Exception:
            continue                    # a check that comes first (a shape, an empty tensor)
        else:
            continue                    # (a number-or-tensor operand: bitwise ops take it)
        if not text.endswith('must be int, not str'):
            continue                    # cwrap's invalid-combination list, another family
        m = _INT_ARG_TEXT.match(text)
        assert m, (name, i, text)
        params = [p for p in inspect.signature(getattr(type(x), name)).parameters.values()]
        assert m.group(1) == name and int(m.group(3)) == i + 1, (name, i, text)
        if len(params) > i + 1 and params[i + 1].kind is params[i + 1].POSITIONAL_OR_KEYWORD:
            assert m.group(2) == params[i + 1].name, (name, i, text)
        checked += 1
    assert checked >= 60


def test_a_custom_functions_second_output_routes_its_gradient_to_slot_one():
    from legacy_autograd.autograd import Function

    class TwoOut(Function):
        @staticmethod
        def forward(ctx, x):
            return x * 2, x * 3

        @staticmethod
        def backward(ctx, g1, g2):
            return g1 * 2 + g2 * 30

    class TwoOutLegacy(Function):
        def forward(self, x):
            return x * 2, x * 3

        def backward(self, g1, g2):
            return g1 * 2 + g2 * 30

    for make in (lambda x: TwoOut.apply(x), lambda x: TwoOutLegacy()(x)):
        x = Variable(L.DoubleTensor([1, 2]), requires_grad=True)
        a, b = make(x)
        assert (a.output_nr, b.output_nr) == (0, 1)
        b.sum().backward()                      # only the second output: g1 is zeros
        assert x.grad.data.tolist() == [30., 30.]


@pytest.mark.parametrize('name, receiver', [
    (n, r) for n in ('mul', 'div', 'fmod', 'remainder', 'mul_', 'div_', 'fmod_', 'remainder_')
    for r in ('tensor', 'variable')])
def test_a_binary_method_given_a_string_lists_its_overloads(name, receiver):
    # a tensor: TensorMath.cwrap's ``(real value)`` or ``(THTensor* other)`` under the method's
    # name; a Variable: 0.3.1's argument parser over ATen's ``(Scalar other)`` and
    # ``(Tensor other)``, under ``name()`` (s19: these were the tensor's text before)
    x = L.FloatTensor([1, 2])
    if receiver == 'variable':
        with pytest.raises(TypeError) as e:
            getattr(Variable(x), name)('a')
        assert str(e.value) == (
            '%s() received an invalid combination of arguments - got (str), but expected one '
            "of:\n * (float other)\n      didn't match because some of the arguments have "
            "invalid types: (!str!)\n * (Variable other)\n      didn't match because some of "
            'the arguments have invalid types: (!str!)\n' % name)
        return
    with pytest.raises(TypeError) as e:
        getattr(x, name)('a')
    assert str(e.value) == (
        '%s received an invalid combination of arguments - got (str), but expected one of:\n'
        " * (float value)\n      didn't match because some of the arguments have invalid "
        "types: (!str!)\n * (torch.FloatTensor other)\n      didn't match because some of the "
        'arguments have invalid types: (!str!)\n' % name)


def test_functional_vision_and_glu_name_a_non_tensor_argument():
    # the package's rule for nn.functional (docs/errors.md): a TypeError naming the argument
    F = L.nn.functional
    cases = [
        (lambda: F.affine_grid(3, L.Size([1, 2, 3, 3])), 'affine_grid', 'theta'),
        (lambda: F.grid_sample(3, Variable(L.zeros(1, 3, 3, 2))), 'grid_sample', 'input'),
        (lambda: F.glu(3), 'glu', 'input'),
        (lambda: F.upsample(3, scale_factor=2), 'upsample', 'input'),
    ]
    for f, name, arg in cases:
        with pytest.raises(TypeError) as e:
            f()
        assert str(e.value) == "%s(): argument '%s' must be Variable, not int" % (name, arg)
    theta = Variable(L.FloatTensor([[[1, 0, 0], [0, 1, 0]]]))
    assert tuple(F.affine_grid(theta, L.Size([1, 1, 2, 2])).size()) == (1, 2, 2, 2)


def test_autograd_all_is_0_3_1s():
    # torch/autograd/__init__.py at v0.3.1; ``from torch.autograd import *`` brings these
    assert L.autograd.__all__ == ['Variable', 'Function', 'StochasticFunction', 'backward']
    ns = {}
    exec('from legacy_autograd.autograd import *', ns)
    assert sorted(k for k in ns if not k.startswith('__')) == sorted(L.autograd.__all__)


def test_storage_of_a_tensor_over_a_strided_fortran_array():
    # from_numpy of a strided view whose root is not C-contiguous: storage() is the tensor's
    # elements in order (a documented approximation: 0.3.1 kept numpy's whole buffer)
    import numpy as np
    a = np.asfortranarray(np.arange(6.).reshape(2, 3))[:, ::2]
    t = L.from_numpy(a)
    s = t.storage()
    assert type(s) is L.DoubleStorage and s.tolist() == [0., 2., 3., 5.]
