"""Behaviours pinned in session 19, each with 0.3.1's behaviour:

* cwrap's invalid-combination lists for ``fill_``, ``pow``/``pow_`` and ``clamp``/``clamp_`` given
  a bound, value or exponent that is not a number (they used to say ``expected a number``), with
  the keyword layout of ``format_invalid_args`` (torch/csrc/utils/invalid_arguments.cpp);
* plus what this session's random samples found unguarded (further down).
"""
import pytest

import legacy_autograd as L
from legacy_autograd import errors
from legacy_autograd.autograd import Variable


def _message(call):
    with pytest.raises(TypeError) as e:
        call()
    return str(e.value)


F = L.FloatTensor([[1.0, -2.0], [3.0, 0.5]])
LONG = L.LongTensor([1, -2, 3])

CLAMP_MIN_KEYWORD = (
    'clamp received an invalid combination of arguments - got (min=str, ), but expected one of:\n'
    ' * (float min)\n'
    "      didn't match because some of the arguments have invalid types: (!min=str!, )\n"
    ' * (float max)\n'
    "      didn't match because some of the keywords were incorrect: min\n"
    ' * (float min, float max)\n')


def test_clamp_given_a_string_bound_by_keyword():
    # keywords only: the C code keeps the trailing ", " (it trims only after positional ones)
    assert _message(lambda: F.clamp(min='a')) == CLAMP_MIN_KEYWORD
    assert _message(lambda: F.clamp(max=[1])) == (
        'clamp received an invalid combination of arguments - got (max=list, ), but expected '
        'one of:\n * (float min)\n'
        "      didn't match because some of the keywords were incorrect: max\n"
        ' * (float max)\n'
        "      didn't match because some of the arguments have invalid types: (!max=list!, )\n"
        ' * (float min, float max)\n')


def test_a_variable_clamp_reaches_the_tensor_clamp_with_a_keyword():
    # 0.3.1's Variable.clamp(min) ran CmaxConstant, whose forward called i.clamp(min=min)
    assert _message(lambda: Variable(F).clamp('a')) == CLAMP_MIN_KEYWORD
    assert _message(lambda: L.clamp(Variable(F), min='a')) == CLAMP_MIN_KEYWORD


def test_clamp_given_both_bounds_positionally():
    assert _message(lambda: LONG.clamp(0, 'x')) == (
        'clamp received an invalid combination of arguments - got (int, str), but expected one '
        'of:\n * (int min)\n * (int max)\n * (int min, int max)\n'
        "      didn't match because some of the arguments have invalid types: (int, !str!)\n")
    assert _message(lambda: F.clone().clamp_('a', 1.0)) \
        .startswith('clamp_ received an invalid combination of arguments - got (str, float), but')


def test_the_function_clamp_restates_with_the_source():
    assert _message(lambda: L.clamp(F, min='a')) == (
        'torch.clamp received an invalid combination of arguments - got (torch.FloatTensor, '
        'min=str), but expected one of:\n'
        ' * (torch.FloatTensor source, float min)\n'
        "      didn't match because some of the arguments have invalid types: "
        '(torch.FloatTensor, !min=str!)\n'
        ' * (torch.FloatTensor source, float max)\n'
        "      didn't match because some of the keywords were incorrect: min\n"
        ' * (torch.FloatTensor source, float min, float max)\n')
    assert _message(lambda: L.clamp(F, 0.5, 'b')).endswith(
        ' * (torch.FloatTensor source, float min, float max)\n'
        "      didn't match because some of the arguments have invalid types: "
        '(torch.FloatTensor, float, !str!)\n')


def test_valid_clamps_are_untouched():
    assert F.clamp(min=0).tolist() == [[1.0, 0.0], [3.0, 0.5]]
    assert LONG.clamp(-1, 2).tolist() == [1, -1, 2]
    with pytest.raises(ValueError, match='clamp requires specifying at least one of min and max'):
        F.clamp()


def test_fill_given_a_non_number():
    assert _message(lambda: F.clone().fill_('a')) == (
        'fill_ received an invalid combination of arguments - got (!str!), but expected '
        '(float value)')
    assert _message(lambda: LONG.clone().fill_(None)) == (
        'fill_ received an invalid combination of arguments - got (!NoneType!), but expected '
        '(int value)')
    assert LONG.clone().fill_(True).tolist() == [1, 1, 1]


@pytest.mark.parametrize('inplace', [False, True])
def test_pow_given_a_non_number(inplace):
    name = 'pow_' if inplace else 'pow'
    assert _message(lambda: getattr(F.clone(), name)('a')) == (
        '%s received an invalid combination of arguments - got (str), but expected one of:\n'
        ' * (float exponent)\n'
        "      didn't match because some of the arguments have invalid types: (!str!)\n"
        ' * (torch.FloatTensor exponent)\n'
        "      didn't match because some of the arguments have invalid types: (!str!)\n" % name)


def test_the_function_pow_restates_with_the_source():
    assert _message(lambda: L.pow(F, None)) == (
        'torch.pow received an invalid combination of arguments - got (torch.FloatTensor, '
        'NoneType), but expected one of:\n'
        ' * (torch.FloatTensor source, float exponent)\n'
        "      didn't match because some of the arguments have invalid types: "
        '(torch.FloatTensor, !NoneType!)\n'
        ' * (torch.FloatTensor source, torch.FloatTensor exponent)\n'
        "      didn't match because some of the arguments have invalid types: "
        '(torch.FloatTensor, !NoneType!)\n')


def test_keyword_layout_of_one_option():
    one = ['(float value)']
    assert str(errors.format_invalid_args('fill_', [], {'valu': 'a'}, one)) == (
        'fill_ received an invalid combination of arguments - got unrecognized keyword '
        'arguments: valu')
    # a count that does not match lists the arguments unmarked
    assert str(errors.format_invalid_args('fill_', [1, 2], {}, one)) == (
        'fill_ received an invalid combination of arguments - got (int, int), but expected '
        '(float value)')
    assert str(errors.format_invalid_args('fill_', [], {'value': 'a'}, one)) == (
        'fill_ received an invalid combination of arguments - got (!value=str!, ), but expected '
        '(float value)')
    assert str(errors.format_invalid_args('f', [], {}, ['(float a, float b)'])) == (
        'f received an invalid combination of arguments - got (), but expected '
        '(float a, float b)')


def test_keyword_layout_marks_by_the_option_parameter():
    opts = ['(torch.FloatTensor source, float min, float max)']
    msg = str(errors.format_invalid_args('torch.clamp', [F], {'max': 1, 'min': 'a'}, opts))
    # a single option whose count matches is shown marked, keywords in the option's order
    assert msg == ('torch.clamp received an invalid combination of arguments - got '
                   '(torch.FloatTensor, !min=str!, max=int), but expected (torch.FloatTensor '
                   'source, float min, float max)')


# --------------------------------------------------------------------------- numpy arrays in
import numpy as np                                      # noqa: E402

ZERO_SIZED = ('the given numpy array has zero-sized dimensions. Zero-sized dimensions are not '
              'supported in PyTorch')
NEGATIVE = ('some of the strides of a given numpy array are negative. This is currently not '
            'supported, but will be added in future releases.')
BAD_TYPE = ("can't convert a given np.ndarray to a tensor - it has an invalid type. The only "
            'supported types are: double, float, int64, int32, and uint8.')


@pytest.mark.parametrize('make', [L.from_numpy, L.FloatTensor, L.LongTensor])
@pytest.mark.parametrize('array, text', [
    (np.zeros((0, 2)), ZERO_SIZED),
    (np.zeros(0, dtype=np.float32), ZERO_SIZED),
    (np.arange(6.0).reshape(2, 3)[:, ::-1], NEGATIVE),
    (np.arange(3.0)[::-1], NEGATIVE),
])
def test_arrays_tensors_could_not_describe_are_refused(make, array, text):
    # THPTensor_(fromNumpy) (csrc/generic/Tensor.cpp), behind from_numpy and the constructors
    with pytest.raises(RuntimeError) as e:
        make(array)
    assert str(e.value) == text


@pytest.mark.parametrize('dtype', [np.int8, np.float16, np.uint16, np.complex64, np.bool_])
def test_from_numpy_takes_only_its_six_types(dtype):
    with pytest.raises(RuntimeError) as e:
        L.from_numpy(np.ones(3, dtype=dtype))
    assert str(e.value) == BAD_TYPE


@pytest.mark.parametrize('dtype, cls', [
    (np.float64, 'DoubleTensor'), (np.float32, 'FloatTensor'), (np.int64, 'LongTensor'),
    (np.int32, 'IntTensor'), (np.int16, 'ShortTensor'), (np.uint8, 'ByteTensor')])
def test_from_numpy_shares_memory_for_its_six_types(dtype, cls):
    a = np.array([[1, 2, 3], [4, 5, 6]], dtype=dtype)
    t = L.from_numpy(a.T)                   # transposed: strides positive, not contiguous
    assert type(t).__name__ == cls and t.size() == (3, 2) and t.stride() == (1, 3)
    a[0, 1] = 9
    assert t[1][0] == 9


def test_the_constructor_copies_other_types_and_checks_the_layout_first():
    assert L.FloatTensor(np.array([1, 2], dtype=np.int8)).tolist() == [1.0, 2.0]
    t = L.FloatTensor(np.arange(6.0).reshape(2, 3)[:, ::2])     # positive strides: a copy
    assert t.tolist() == [[0.0, 2.0], [3.0, 5.0]]
    with pytest.raises(RuntimeError, match='zero-sized'):   # the size is checked before strides
        L.from_numpy(np.zeros((0, 3))[:, ::-1])


def test_the_package_tools_convert_any_array():
    from legacy_autograd.tensor import array_to_tensor
    assert type(array_to_tensor(np.ones(2, dtype=np.int8))).__name__ == 'CharTensor'
    assert type(array_to_tensor(np.ones(2, dtype=np.float16))).__name__ == 'HalfTensor'
    assert array_to_tensor(np.zeros((0, 2))).dim() == 0


# --------------------------------------------------------------------------- type() and detach_
def test_variable_type_needs_its_argument():
    # 0.3.1's Variable.type(self, t): no default (the name is v.data.type())
    v = Variable(L.FloatTensor([1.5, -2.0]))
    with pytest.raises(TypeError) as e:
        v.type()
    assert str(e.value) == "type() missing 1 required positional argument: 't'"
    assert v.type(L.FloatTensor) is v and v.type('torch.FloatTensor') is v
    d = v.type('torch.DoubleTensor')
    assert d.data.type() == 'torch.DoubleTensor' and d.data.tolist() == [1.5, -2.0]


@pytest.mark.parametrize('of', ['tensor', 'storage'])
def test_type_given_a_module_or_an_instance(of):
    # 0.3.1's _type (torch/_utils.py): the named module was asked for is_sparse; an instance given
    # for a type was called
    obj = L.FloatTensor([1.0, 2.0])
    obj = obj if of == 'tensor' else obj.storage()
    with pytest.raises(AttributeError) as e:
        obj.type('torch.nn')
    assert str(e.value) == "module 'torch.nn' has no attribute 'is_sparse'"
    with pytest.raises(AttributeError) as e:
        obj.type('torch')
    assert str(e.value) == "module 'torch' has no attribute 'is_sparse'"
    with pytest.raises(TypeError) as e:
        obj.type(L.LongTensor([1]))
    assert str(e.value) == "'torch.LongTensor' object is not callable"
    with pytest.raises(AttributeError) as e:
        obj.type(7)
    assert str(e.value) == "'int' object has no attribute 'is_sparse'"


def test_storage_type_given_a_sparse_class():
    with pytest.raises(RuntimeError) as e:
        L.FloatTensor([1.0]).storage().type(L.sparse.FloatTensor)
    assert str(e.value) == 'Cannot cast dense tensor to sparse tensor'


def test_detach_in_place_makes_a_leaf_that_needs_no_gradient():
    x = Variable(L.FloatTensor([1.0, 2.0]), requires_grad=True)
    assert x.detach_() is None
    assert x.requires_grad is False and x.grad_fn is None and x.is_leaf
    y = Variable(L.FloatTensor([1.0, 2.0]), requires_grad=True) * 2
    y.detach_()
    assert y.requires_grad is False and y.grad_fn is None
    z = (y * 3).sum()
    assert z.requires_grad is False


def test_a_tensor_type_given_a_storage_class_names_it_under_torch():
    with pytest.raises(ValueError) as e:
        L.FloatTensor([1.0]).type(L.DoubleStorage)
    assert str(e.value) == 'invalid type: torch.DoubleStorage'
    with pytest.raises(ValueError) as e:
        L.FloatTensor([1.0]).type('torch.randn')
    assert str(e.value) == "invalid type: 'torch.randn'"


def test_argument_types_of_the_package_are_named_under_torch():
    # 0.3.1 named its own classes torch.*: a storage, a torch.Size, an nn module
    with pytest.raises(TypeError) as e:
        L.FloatTensor(L.FloatStorage(5), 1, L.Size([2]))
    assert str(e.value).startswith(
        'torch.FloatTensor constructor received an invalid combination of arguments - got '
        '(torch.FloatStorage, int, torch.Size), but expected one of:\n * no arguments\n'
        ' * (int ...)\n'
        "      didn't match because some of the arguments have invalid types: "
        '(!torch.FloatStorage!, int, !torch.Size!)\n')
    assert errors.legacy_typename(L.nn.Linear(1, 1)) == 'torch.nn.modules.linear.Linear'


@pytest.mark.parametrize('size, stride, want', [
    (L.Size([0]), None, ()), ([2, 0], None, (2,)), ((3, 0), (1, 1), (3,)), ((0, 3), None, ())])
def test_set_on_a_storage_cuts_sizes_at_the_first_empty_one(size, stride, want):
    s = L.FloatStorage([1.0, 2.0, 3.0, 4.0, 5.0])
    args = (size,) if stride is None else (size, stride)
    t = L.FloatTensor().set_(s, 0, *args)
    assert tuple(t.size()) == want and t.storage_offset() == 0
    assert t.tolist() == [1.0, 2.0, 3.0][:want[0] if want else 0]


@pytest.mark.parametrize('number', [np.float32(0.5), np.float64(0.5), np.int64(0), np.bool_(True)])
def test_numpy_numbers_are_numbers_for_the_creation_functions(number):
    # THPUtils_checkDouble took numpy scalars: the value is used as the Python number's would be
    base = float(number)
    assert L.arange(number, 3).tolist() == L.arange(base, 3).tolist() == (
        [0.5, 1.5, 2.5] if base == 0.5 else [base + k for k in range(3 - int(base))])
    assert L.linspace(number, 2.5, 3).tolist() == [base, (base + 2.5) / 2, 2.5]
    assert L.FloatTensor(4).uniform_(number, number).tolist() == [base] * 4
    x = L.FloatTensor([0.5, 1.0, 1.5, 1.75])
    assert L.histc(x, 3, number, 2.0).tolist() == L.histc(x, 3, base, 2.0).tolist()
    assert sum(L.histc(x, 3, number, 2.0).tolist()) == sum(v >= base for v in [0.5, 1.0, 1.5, 1.75])


def test_retain_grad_of_a_variable_that_died_before_backward():
    # 0.3.1's retain_grad hook holds a weak reference: the Variable's death is no error
    import gc
    x = Variable(L.FloatTensor([1.0, 2.0]), requires_grad=True)
    y = x * 2
    y.retain_grad()
    z = (y * 3).sum()
    del y
    gc.collect()
    z.backward()
    assert x.grad.data.tolist() == [6.0, 6.0]


# ------------------------------------------------------- the Variable argument parser's texts
# 0.3.1's Variable methods of ATen ops parsed their arguments with python_arg_parser.cpp: one
# signature gives its own "argument 'x' (position N) must be T, not U"; several are listed
# under ``name()`` by format_invalid_args, with mismatch lines only where the count matches.
DIDNT = "      didn't match because some of the arguments have invalid types: "
VAR = Variable(L.FloatTensor([[1.0, 2.0], [3.0, 4.0]]))
TENSOR = L.FloatTensor([[1.0, 2.0], [3.0, 4.0]])


def _list(head, got, *options):
    lines = ['%s received an invalid combination of arguments - got %s, but expected one of:'
             % (head, got)]
    for option in options:
        lines.append(' * ' + option[0])
        if len(option) > 1:
            lines.append(DIDNT + option[1])
    return '\n'.join(lines) + '\n'


@pytest.mark.parametrize('call, name', [
    (lambda: VAR.mul('a'), 'mul'), (lambda: VAR * 'a', 'mul'), (lambda: VAR.div('b'), 'div'),
    (lambda: VAR / 'a', 'div'), (lambda: VAR.fmod('a'), 'fmod'), (lambda: VAR.mul_('a'), 'mul_'),
    (lambda: VAR.remainder('a'), 'remainder'), (lambda: VAR.lt('a'), 'lt'),
    (lambda: VAR.clone().eq_('a'), 'eq_'), (lambda: L.ge(VAR, 'a'), 'ge')])
def test_a_variable_binary_op_given_a_string(call, name):
    assert _message(call) == _list(name + '()', '(str)', ('(float other)', '(!str!)'),
                                   ('(Variable other)', '(!str!)'))


def test_a_variable_pow_and_fill_given_a_string():
    assert _message(lambda: VAR.pow('a')) == _list(
        'pow()', '(str)', ('(float exponent)', '(!str!)'), ('(Variable exponent)', '(!str!)'))
    assert _message(lambda: VAR ** [2]) == _list(
        'pow()', '(list)', ('(float exponent)', '(!list!)'), ('(Variable exponent)', '(!list!)'))
    # one signature, fill_(Scalar value): its own text
    assert _message(lambda: VAR.clone().fill_('a')) == (
        "fill_(): argument 'value' (position 1) must be float, not str")


def test_a_variable_add_lists_signatures_whose_count_differs_without_marks():
    # add(Scalar other, *, Scalar alpha=1) and add(Tensor other, *, Scalar alpha=1) print with
    # their alpha, so one argument matches neither count; the deprecated add(alpha, other) is
    # left out of the list
    two = ('(float other, float alpha)',), ('(Variable other, float alpha)',)
    assert _message(lambda: VAR.add('a')) == _list('add()', '(str)', *two)
    assert _message(lambda: VAR + 'a') == _list('add()', '(str)', *two)
    assert _message(lambda: VAR.sub(TENSOR)) == _list('sub()', '(torch.FloatTensor)', *two)
    assert _message(lambda: VAR.clone().add_(TENSOR)) == _list(
        'add_()', '(torch.FloatTensor)', ('(float other, float alpha)',),
        ('(Variable other, float alpha)',))
    # 0.3.1's Variable.__rsub__ was -self + other
    assert _message(lambda: 'a' - VAR) == _list('add()', '(str)', *two)


def test_a_variable_add_with_two_arguments_marks_each_signature():
    assert _message(lambda: VAR.add(2, 'a')) == _list(
        'add()', '(int, str)', ('(float other, float alpha)', '(int, !str!)'),
        ('(Variable other, float alpha)', '(!int!, !str!)'))
    assert _message(lambda: VAR.add(VAR, VAR)) == _list(
        'add()', '(Variable, Variable)', ('(float other, float alpha)', '(!Variable!, !Variable!)'),
        ('(Variable other, float alpha)', '(Variable, !Variable!)'))
    # a keyword: name=type, looked up by the signature's parameter
    assert _message(lambda: VAR.add(VAR, alpha='q')) == _list(
        'add()', '(Variable, alpha=str)', ('(float other, float alpha)', '(!Variable!, !alpha=str!)'),
        ('(Variable other, float alpha)', '(Variable, !alpha=str!)'))
    # the marks compare type names: a Parameter is no 'Variable' there
    p = L.nn.Parameter(L.FloatTensor([[1.0, 2.0], [3.0, 4.0]]))
    assert _message(lambda: VAR.sub(p, 2)) == _list(
        'sub()', '(Parameter, int)', ('(float other, float alpha)', '(!Parameter!, int)'),
        ('(Variable other, float alpha)', '(!Parameter!, int)'))
    assert VAR.add(2, VAR).data.tolist() == [[3.0, 6.0], [9.0, 12.0]]      # the deprecated form


def test_a_variable_given_a_tensor_where_aten_has_one_signature():
    cases = [(lambda: VAR.mm(TENSOR), 'mm', 'mat2', 1), (lambda: VAR.atan2(TENSOR), 'atan2', 'other', 1),
             (lambda: VAR.clone().atan2_(TENSOR), 'atan2_', 'other', 1),
             (lambda: VAR.dot(TENSOR.view(-1)), 'dot', 'tensor', 1),
             (lambda: VAR.lerp(TENSOR, 0.5), 'lerp', 'end', 1),
             (lambda: VAR.addcmul(VAR, TENSOR), 'addcmul', 'tensor2', 2)]
    for call, name, arg, pos in cases:
        assert _message(call) == ("%s(): argument '%s' (position %d) must be Variable, not "
                                  "torch.FloatTensor" % (name, arg, pos))


@pytest.mark.parametrize('name', ['max', 'min'])
def test_a_variable_max_given_a_tensor(name):
    # ATen's max(), max(Tensor other), max(int64_t dim, bool keepdim=False); '()' reads as one
    # nameless parameter, so it gets a mismatch line
    assert _message(lambda: getattr(VAR, name)(TENSOR)) == _list(
        name + '()', '(torch.FloatTensor)', ('()', '(!torch.FloatTensor!)'),
        ('(Variable other)', '(!torch.FloatTensor!)'), ('(int dim, bool keepdim)',))


def test_a_variable_comparison_given_a_tensor():
    assert _message(lambda: VAR.clone().lt_(TENSOR)) == _list(
        'lt_()', '(torch.FloatTensor)', ('(float other)', '(!torch.FloatTensor!)'),
        ('(Variable other)', '(!torch.FloatTensor!)'))


def _accepts(typ, optional, obj):
    from legacy_autograd.ops import schema
    return schema._parser_accepts(typ, optional, obj)


@pytest.mark.parametrize('args, kwargs, text', [
    ((1, 2, 3), {}, 'f() takes from 1 to 2 positional arguments but 3 were given'),
    ((), {}, 'f() missing 1 required positional arguments: "a"'),     # 0.3.1's plural, as it was
    ((VAR,), {'b': VAR}, "f(): argument 'b' must be int, not Variable"),
    (('x',), {}, "f(): argument 'a' (position 1) must be Variable, not str"),
    ((VAR,), {'c': 1}, "f() got an unexpected keyword argument 'c'"),
    ((VAR, 1), {'a': VAR}, "f() got multiple values for argument 'a'"),
])
def test_one_signature_parse_errors(args, kwargs, text):
    err = errors.parser_invalid_arguments(['f(Tensor a, int64_t b=0)'], list(args), kwargs,
                                          _accepts)
    assert str(err) == text


def test_one_plausible_signature_gives_its_own_error():
    sigs = ['g(Tensor x, Tensor y, *, Scalar value=1)', 'g(Scalar value, Tensor x, Tensor y)|deprecated']
    err = errors.parser_invalid_arguments(sigs, [VAR, 'q'], {}, _accepts)
    assert str(err) == "g(): argument 'y' (position 2) must be Variable, not str"
    missing = errors.parser_invalid_arguments(['h(Tensor a, Tensor b)', 'h(Scalar a)'], [], {},
                                              _accepts)
    assert str(missing) == ('h() received an invalid combination of arguments - got (), but '
                            'expected one of:\n * (Variable a, Variable b)\n * (float a)\n')
    assert errors.parser_invalid_arguments(['k(Tensor a)'], [VAR], {}, _accepts) is None


@pytest.mark.parametrize('sig, args, text', [
    ('f(Tensor a)', [VAR, VAR], 'f() takes 1 positional argument but 2 were given'),
    ('f()', [1], 'f() takes 0 positional arguments but 1 was given'),
    ('f(Tensor a, Tensor b)', [VAR], 'f() missing 1 required positional arguments: "b"'),
    ('f(Tensor a, Tensor b, Scalar c)', [], 'f() missing 3 required positional argument: '
                                            '"a", "b", "c"'),
    ('f(int64_t n)', [True], "f(): argument 'n' (position 1) must be int, not bool"),
    ('f(int64_t n)', [2.0], "f(): argument 'n' (position 1) must be int, not float"),
    ('f(bool b)', [1], "f(): argument 'b' (position 1) must be bool, not int"),
    ('f(IntList size)', [3], "f(): argument 'size' (position 1) must be tuple of ints, not int"),
    ('f(TensorList seq)', [VAR], "f(): argument 'seq' (position 1) must be tuple of Variables, "
                                 'not Variable'),
    ('f(double x)', ['1'], "f(): argument 'x' (position 1) must be float, not str"),
    ('f(Generator g)', [None], "f(): argument 'g' (position 1) must be torch.Generator, not NoneType"),
])
def test_the_parser_type_tests_and_counts(sig, args, text):
    assert str(errors.parser_invalid_arguments([sig], args, {}, _accepts)) == text


def test_the_parser_accepts_what_its_types_take():
    ok = [('f(Tensor a, *, Tensor b=None)', [VAR], {'b': None}), ('f(Scalar s)', [np.float32(1)], {}),
          ('f(int64_t n)', [np.int64(3)], {}), ('f(bool b)', [np.bool_(True)], {}),
          ('f(IntList s)', [(1, 2)], {}), ('f(IntList s)', [[1]], {}), ('f(Scalar s)', [True], {})]
    for sig, args, kwargs in ok:
        assert errors.parser_invalid_arguments([sig], args, kwargs, _accepts) is None, sig


def test_once_differentiable_outputs_number_their_error_node():
    # 0.3.1's DelayedError gave its outputs one Error node with output numbers 0, 1, ...
    from legacy_autograd.autograd.function import Function, once_differentiable

    class Two(Function):
        @staticmethod
        def forward(ctx, a, b):
            return a * b

        @staticmethod
        @once_differentiable
        def backward(ctx, g):
            return g * 2, g * 3
    a = Variable(L.FloatTensor([1.0, 2.0]), requires_grad=True)
    b = Variable(L.FloatTensor([3.0, 4.0]), requires_grad=True)
    up = Variable(L.FloatTensor([1.0, 1.0]), requires_grad=True)
    ga, gb = L.autograd.grad(Two.apply(a, b), [a, b], grad_outputs=[up], create_graph=True)
    assert (ga.output_nr, gb.output_nr) == (0, 1)
    assert ga.grad_fn is gb.grad_fn and type(ga.grad_fn).__name__ == 'Error'
    assert ga.data.tolist() == [2.0, 2.0] and gb.data.tolist() == [3.0, 3.0]
    with pytest.raises(RuntimeError) as e:
        (ga.sum() + gb.sum()).backward()
    assert str(e.value) == ('trying to differentiate twice a function that was markedwith '
                            '@once_differentiable')


def test_outputs_of_a_function_outside_any_graph_are_number_zero():
    # a Function on inputs that need no gradient records nothing: its outputs are leaves, each
    # with output_nr 0 (0.3.1's Variable default)
    from legacy_autograd.autograd.function import Function

    class Split(Function):
        @staticmethod
        def forward(ctx, a):
            return a + 1, a * 2

    a = Variable(L.FloatTensor([1.0, 2.0]))
    p, q = Split.apply(a)
    assert (p.output_nr, q.output_nr) == (0, 0)
    assert p.grad_fn is None and q.grad_fn is None and not q.requires_grad
    w = Variable(L.FloatTensor([1.0, 2.0]), requires_grad=True)
    p, q = Split.apply(w)
    assert (p.output_nr, q.output_nr) == (0, 1) and p.grad_fn is q.grad_fn


@pytest.mark.parametrize('op', ['index_add_', 'index_copy_'])
def test_an_index_into_an_empty_tensor_is_out_of_range(op):
    with pytest.raises(RuntimeError) as e:
        getattr(L.FloatTensor(), op)(0, L.LongTensor([0]), L.FloatTensor([1.0]))
    assert str(e.value) == 'invalid argument 3: index out of range'


@pytest.mark.parametrize('wrap', [lambda t: t, Variable])
def test_potrf_names_its_upper_flag(wrap):
    with pytest.raises(TypeError) as e:
        wrap(L.FloatTensor([[2.0, 1.0], [1.0, 2.0]])).potrf('x')
    assert str(e.value) == "potrf(): argument 'upper' must be bool, not str"


def test_a_max_pool_window_whose_image_part_is_all_minus_inf_padded_in_height_only():
    # THNN's scan starts at -inf with index -1 and takes only a strictly larger value: the window
    # over the top padding row and an all -inf image row keeps -inf and -1
    inf = float('inf')
    x = Variable(L.FloatTensor([[[[-inf, -inf, -inf], [1, 2, 3], [4, 5, 6]]]]))
    out, idx = L.nn.functional.max_pool2d(x, 2, stride=2, padding=(1, 0), return_indices=True)
    assert out.data.view(-1).tolist() == [-inf, 5.0]
    assert idx.data.view(-1).tolist() == [-1, 7]


@pytest.mark.parametrize('wrap', [lambda t: t, Variable])
def test_expand_without_sizes_of_a_non_empty_tensor(wrap):
    with pytest.raises(RuntimeError) as e:
        wrap(L.FloatTensor([5.0])).expand()
    assert str(e.value) == ('invalid argument 1: the number of sizes provided must be greater or '
                            'equal to the number of dimensions in the tensor')
    assert L.FloatTensor().expand().size() == L.Size([])


def test_spatial_nll_loss_weight_is_per_class_not_per_row():
    F = L.nn.functional
    x = Variable(L.FloatTensor(2, 3, 4, 5).uniform_(-1, 1))      # 3 classes, height 4
    t = Variable(L.LongTensor([[[0, 1, 2, 0, 1]] * 4] * 2))
    w = L.FloatTensor([1.0, 2.0, 3.0])
    got = F.nll_loss(x, t, weight=w).data[0]
    picked = [-x.data[n][t.data[n][i][j]][i][j] * w[t.data[n][i][j]]
              for n in range(2) for i in range(4) for j in range(5)]
    total = sum(w[t.data[n][i][j]] for n in range(2) for i in range(4) for j in range(5))
    assert abs(got - sum(picked) / total) < 1e-5
    with pytest.raises(RuntimeError) as e:
        F.nll_loss(x, t, weight=L.FloatTensor([1.0, 2.0, 3.0, 4.0]))
    assert str(e.value) == 'weight tensor should be defined either for all or no classes'


@pytest.mark.parametrize('wrap', [lambda t: t, Variable])
def test_a_list_of_bools_indexes_by_zero_and_one(wrap):
    # 0.3.1 made a LongTensor of an index list (THPIndexTensor's constructor): True is 1,
    # False is 0, not a mask
    x = wrap(L.FloatTensor([10.0, 20.0, 30.0]))
    got = x[[True, False, True]]
    assert (got.data if isinstance(got, Variable) else got).tolist() == [20.0, 10.0, 20.0]
    y = L.FloatTensor([10.0, 20.0, 30.0])
    y[[True, True]] = 0
    assert y.tolist() == [10.0, 0.0, 30.0]
    one = L.FloatTensor([7.0])
    with pytest.raises(IndexError):
        one[[True]]                     # index 1 of a one-element dimension
    assert L.FloatTensor([7.0])[[False]].tolist() == [7.0]


@pytest.mark.parametrize('op', ['addcmul', 'addcdiv'])
def test_variable_addc_factors_that_broadcast_with_self_but_not_each_other(op):
    # ATen's infer_size over the two factors (its sentence, no period) -- never numpy's text
    one = Variable(L.FloatTensor([1.0]))
    with pytest.raises(RuntimeError) as e:
        getattr(one, op)(Variable(L.FloatTensor([1.0, 2.0, 3.0])),
                         Variable(L.FloatTensor([1.0, 2.0, 3.0, 4.0])))
    assert str(e.value) == ('The size of tensor a (3) must match the size of tensor b (4) at '
                            'non-singleton dimension 0')


@pytest.mark.parametrize('make', [lambda v: L.LongTensor(v), lambda v: L.LongTensor(np.array(v))])
def test_a_long_tensor_built_from_large_ints_is_exact(make):
    big = [2 ** 62 + 1, -(2 ** 61) - 3]
    assert make(big).tolist() == big
    assert L.LongTensor([2.9, -2.9]).tolist() == [2, -2]      # floats truncate toward zero


@pytest.mark.parametrize('op', ['var', 'std'])
def test_a_long_variable_var_and_std_name_the_mean_they_reach(op):
    # 0.3.1's Python Variable.var/std called mean() first, which ATen lacked for CPULongType
    with pytest.raises(RuntimeError) as e:
        getattr(Variable(L.LongTensor([1, 2, 3])), op)()
    assert str(e.value) == 'mean is not implemented for type CPULongType'


@pytest.mark.parametrize('call, kind', [(lambda: L.zeros(2, out=5), 'int'),
                                        (lambda: L.arange(0, 3, out=[1]), 'list'),
                                        (lambda: L.eye(2, out='x'), 'str')])
def test_a_creation_function_given_a_non_tensor_out(call, kind):
    with pytest.raises(TypeError) as e:
        call()
    assert str(e.value) == 'out= must be a tensor, got %s' % kind


@pytest.mark.parametrize('wrap', [lambda t: t, Variable])
def test_view_without_sizes(wrap):
    # no sizes is the empty tensor's shape: fine for the empty tensor, refused otherwise
    assert wrap(L.FloatTensor()).view().size() == L.Size([])
    with pytest.raises(RuntimeError) as e:
        wrap(L.FloatTensor([5.0])).view()
    assert str(e.value) == "invalid argument 2: size '[]' is invalid for input with 1 elements"


@pytest.mark.parametrize('wrap', [lambda t: t, Variable])
def test_batched_matmul_with_a_vector_drops_the_vector_dimension(wrap):
    a = L.FloatTensor(2, 3, 4).uniform_(-1, 1)
    v = L.FloatTensor(4).uniform_(-1, 1)
    r = L.matmul(wrap(a), wrap(v))
    r = r.data if isinstance(r, Variable) else r
    assert r.size() == L.Size([2, 3])
    want = [[sum(a[i][j][k] * v[k] for k in range(4)) for j in range(3)] for i in range(2)]
    assert np.allclose(r.numpy(), np.array(want), atol=1e-5)
    w = L.FloatTensor(3).uniform_(-1, 1)
    r2 = L.matmul(wrap(w), wrap(a))
    assert (r2.data if isinstance(r2, Variable) else r2).size() == L.Size([2, 4])


@pytest.mark.parametrize('tty', [True, False])
def test_the_parser_and_keyword_texts_colour_their_marks_on_a_terminal(monkeypatch, tty):
    from test_invalid_arguments_format import _Tty
    monkeypatch.setattr('sys.stdout', _Tty(tty))
    monkeypatch.setattr('sys.stderr', _Tty(tty))
    text = _message(lambda: VAR.add(2, 'a'))
    if tty:             # matching arguments green, mismatching red, each reset after
        want = '(\33[32;1mint\33[0m, \33[31;1mstr\33[0m)'
    else:
        want = '(int, !str!)'
    assert DIDNT + want + '\n' in text


@pytest.mark.parametrize('wrap', [lambda t: t, Variable])
def test_numpy_scalars_are_numbers_for_operands_bounds_and_fills(wrap):
    x = wrap(L.FloatTensor([1.0, -2.0, 4.0]))

    def values(r):
        return (r.data if isinstance(r, Variable) else r).tolist()
    assert values(x.mul(np.float32(2))) == [2.0, -4.0, 8.0]
    assert values(x.pow(np.float64(2))) == [1.0, 4.0, 16.0]
    assert values(x.clamp(min=np.float64(0.5))) == [1.0, 0.5, 4.0]
    assert values(x.lt(np.int64(2))) == [1, 1, 0]
    assert values(x.clone().fill_(np.int64(3))) == [3.0, 3.0, 3.0]
    assert values(x.fmod(np.float32(3))) == [1.0, -2.0, 1.0]


@pytest.mark.parametrize('cls, real, op', [(L.FloatTensor, 'float', 'gt'), (L.LongTensor, 'int', 'eq_'),
                                           (L.DoubleTensor, 'float', 'le_')])
def test_a_tensor_comparison_given_a_non_number(cls, real, op):
    # cwrap's list under the method's own name, `real` printed as int for the integer types
    with pytest.raises(TypeError) as e:
        getattr(cls([1]), op)('a')
    assert str(e.value) == (
        "%s received an invalid combination of arguments - got (str), but expected one of:\n"
        " * (%s other)\n" % (op, real) + DIDNT + '(!str!)\n'
        " * (torch.%s other)\n" % cls.__name__ + DIDNT + '(!str!)\n')
