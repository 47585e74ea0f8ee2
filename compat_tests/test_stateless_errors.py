"""The ``torch.X(tensor, ...)`` ("stateless") form of 0.3.1's invalid-combination message.

0.3.1 generated two parsers for an op with both variants (tools/cwrap/plugins/THPPlugin.py):
the method's, where ``self`` is not a checked argument, and the function's (``make_stateless``),
where ``self`` is checked and renamed ``source`` and the readable name is ``'torch.' + name``.
So on plain tensors ``torch.index_select(x, 0, bad)`` said::

    torch.index_select received an invalid combination of arguments - got (torch.FloatTensor,
    int, !torch.FloatTensor!), but expected (torch.FloatTensor source, int dim,
    torch.LongTensor index)

while ``x.index_select(0, bad)`` kept ``index_select ... got (int, !torch.FloatTensor!), but
expected (int dim, torch.LongTensor index)``.  Variables went through another parser in 0.3.1
and keep their own texts.  Real 0.3 output of the same shape: pytorch/pytorch#10986 and #1252
(``torch.mm ... got (torch.FloatTensor, Variable), but expected one of: * (torch.FloatTensor
source, torch.FloatTensor mat2) ... * (torch.SparseFloatTensor source, torch.FloatTensor
mat2)``).
"""
import pytest

import legacy_autograd as L
from legacy_autograd.autograd import Variable

HEAD = '%s received an invalid combination of arguments - got '
DIDNT = "      didn't match because some of the arguments have invalid types: "
F = 'torch.FloatTensor'


def _text(call, exc=TypeError):
    with pytest.raises(exc) as e:
        call()
    assert type(e.value) is exc
    return str(e.value)


def _f(*shape):
    return L.FloatTensor(*shape).zero_()


def test_index_select_as_in_0_3_1():
    x, bad = _f(2, 3), L.FloatTensor([0, 1])
    assert _text(lambda: L.index_select(x, 0, bad)) == (
        HEAD % 'torch.index_select' + '(torch.FloatTensor, int, !torch.FloatTensor!), but '
        'expected (torch.FloatTensor source, int dim, torch.LongTensor index)')
    # the method form keeps its own text: no receiver, no 'torch.'
    assert _text(lambda: x.index_select(0, bad)) == (
        HEAD % 'index_select' + '(int, !torch.FloatTensor!), but expected '
        '(int dim, torch.LongTensor index)')
    # the source takes the receiver's own type
    d = L.DoubleTensor(2, 3).zero_()
    assert _text(lambda: L.index_select(d, 0, L.IntTensor([0]))) == (
        HEAD % 'torch.index_select' + '(torch.DoubleTensor, int, !torch.IntTensor!), but '
        'expected (torch.DoubleTensor source, int dim, torch.LongTensor index)')


def test_gather_and_masked_select():
    x = _f(2, 3)
    assert _text(lambda: L.gather(x, 1, L.IntTensor([[0], [1]]))) == (
        HEAD % 'torch.gather' + '(torch.FloatTensor, int, !torch.IntTensor!), but expected '
        '(torch.FloatTensor source, int dim, torch.LongTensor index)')
    assert _text(lambda: L.masked_select(x, x)) == (
        HEAD % 'torch.masked_select' + '(torch.FloatTensor, !torch.FloatTensor!), but '
        'expected (torch.FloatTensor source, torch.ByteTensor mask)')


def test_add_with_a_value_and_a_tensor_of_another_type():
    x, d = _f(2), L.DoubleTensor(2).zero_()
    opts = (' * (torch.FloatTensor source, float value)\n'
            ' * (torch.FloatTensor source, torch.FloatTensor other)\n')
    assert _text(lambda: L.add(x, 2, d)) == (
        HEAD % 'torch.add' + '(torch.FloatTensor, int, torch.DoubleTensor), but expected one '
        'of:\n' + opts + ' * (torch.FloatTensor source, float value, torch.FloatTensor other)\n'
        + DIDNT + '(torch.FloatTensor, int, !torch.DoubleTensor!)\n')
    # two arguments: compared with the two two-argument options
    assert _text(lambda: L.add(x, d)) == (
        HEAD % 'torch.add' + '(torch.FloatTensor, torch.DoubleTensor), but expected one of:\n'
        ' * (torch.FloatTensor source, float value)\n'
        + DIDNT + '(torch.FloatTensor, !torch.DoubleTensor!)\n'
        ' * (torch.FloatTensor source, torch.FloatTensor other)\n'
        + DIDNT + '(torch.FloatTensor, !torch.DoubleTensor!)\n'
        ' * (torch.FloatTensor source, float value, torch.FloatTensor other)\n')
    # sub, an integer receiver ('int value'), a non-number value
    lx = L.LongTensor([1, 2])
    assert _text(lambda: L.sub(lx, 'a', lx)) == (
        HEAD % 'torch.sub' + '(torch.LongTensor, str, torch.LongTensor), but expected one of:\n'
        ' * (torch.LongTensor source, int value)\n'
        ' * (torch.LongTensor source, torch.LongTensor other)\n'
        ' * (torch.LongTensor source, int value, torch.LongTensor other)\n'
        + DIDNT + '(torch.LongTensor, !str!, torch.LongTensor)\n')
    assert _text(lambda: lx.sub('a', lx)).startswith(HEAD % 'sub' + '(str, torch.LongTensor)')


def test_mm_lists_the_sparse_source_too():
    x, d = _f(2, 2), L.DoubleTensor(2, 2).zero_()
    tail = ('expected one of:\n * (torch.FloatTensor source, torch.FloatTensor mat2)\n'
            + DIDNT + '(torch.FloatTensor, !%s!)\n'
            ' * (torch.SparseFloatTensor source, torch.FloatTensor mat2)\n'
            + DIDNT + '(!torch.FloatTensor!, !%s!)\n')
    assert _text(lambda: L.mm(x, d)) == (
        HEAD % 'torch.mm' + '(torch.FloatTensor, torch.DoubleTensor), but '
        + tail % ('torch.DoubleTensor', 'torch.DoubleTensor'))
    # a Variable given with a tensor: pytorch/pytorch#10986's case
    assert _text(lambda: L.mm(x, Variable(x))) == (
        HEAD % 'torch.mm' + '(torch.FloatTensor, Variable), but ' + tail % ('Variable', 'Variable'))
    assert _text(lambda: x.mm(d)) == (
        HEAD % 'mm' + '(!torch.DoubleTensor!), but expected (torch.FloatTensor mat2)')
    assert _text(lambda: x.mm(Variable(x))) == (
        HEAD % 'mm' + '(!Variable!), but expected (torch.FloatTensor mat2)')


def test_addmm_puts_the_source_after_beta():
    # TensorMath.cwrap's addmm: (real beta, THTensor* self, real alpha, mat1, mat2)
    c, a, bad = _f(2, 2), _f(2, 3), L.DoubleTensor(3, 2).zero_()
    assert _text(lambda: L.addmm(c, a, bad)) == (
        HEAD % 'torch.addmm' + '(torch.FloatTensor, torch.FloatTensor, torch.DoubleTensor), '
        'but expected one of:\n'
        ' * (torch.FloatTensor source, torch.FloatTensor mat1, torch.FloatTensor mat2)\n'
        + DIDNT + '(torch.FloatTensor, torch.FloatTensor, !torch.DoubleTensor!)\n'
        ' * (float beta, torch.FloatTensor source, torch.FloatTensor mat1, '
        'torch.FloatTensor mat2)\n'
        ' * (float beta, torch.FloatTensor source, float alpha, torch.FloatTensor mat1, '
        'torch.FloatTensor mat2)\n')


@pytest.mark.parametrize('name', ['lt', 'eq', 'ge'])
def test_comparisons_list_their_function_overloads(name):
    # TensorCompare.cwrap declares the functions apart: 'tensor' for self, (real value) and
    # (THTensor* other), each with a ByteTensor and a T result (#... out, not shown): listed
    # twice, and once for a ByteTensor where both results are ByteTensors
    x = _f(2)
    value = ' * (torch.FloatTensor tensor, float value)\n' + DIDNT + '(torch.FloatTensor, !str!)\n'
    other = (' * (torch.FloatTensor tensor, torch.FloatTensor other)\n'
             + DIDNT + '(torch.FloatTensor, !str!)\n')
    assert _text(lambda: getattr(L, name)(x, 'a')) == (
        HEAD % ('torch.' + name) + '(torch.FloatTensor, str), but expected one of:\n'
        + value * 2 + other * 2)
    b = L.ByteTensor([1, 0])
    assert _text(lambda: getattr(L, name)(b, L.LongTensor([1, 0]))) == (
        HEAD % ('torch.' + name) + '(torch.ByteTensor, torch.LongTensor), but expected one of:\n'
        ' * (torch.ByteTensor tensor, int value)\n'
        + DIDNT + '(torch.ByteTensor, !torch.LongTensor!)\n'
        ' * (torch.ByteTensor tensor, torch.ByteTensor other)\n'
        + DIDNT + '(torch.ByteTensor, !torch.LongTensor!)\n')
    # the method form is unchanged
    assert _text(lambda: getattr(x, name)('a')).startswith(HEAD % name + '(str), but expected')


def test_other_function_forms():
    x, d = _f(3), L.DoubleTensor(3).zero_()
    assert _text(lambda: L.dot(x, d)) == (
        HEAD % 'torch.dot' + '(torch.FloatTensor, !torch.DoubleTensor!), but expected '
        '(torch.FloatTensor source, torch.FloatTensor tensor)')
    assert _text(lambda: L.equal(x, d)) == (
        HEAD % 'torch.equal' + '(torch.FloatTensor, !torch.DoubleTensor!), but expected '
        '(torch.FloatTensor source, torch.FloatTensor other)')
    assert _text(lambda: L.pow(x, d)) == (
        HEAD % 'torch.pow' + '(torch.FloatTensor, torch.DoubleTensor), but expected one of:\n'
        ' * (torch.FloatTensor source, float exponent)\n'
        + DIDNT + '(torch.FloatTensor, !torch.DoubleTensor!)\n'
        ' * (torch.FloatTensor source, torch.FloatTensor exponent)\n'
        + DIDNT + '(torch.FloatTensor, !torch.DoubleTensor!)\n')


def test_cat_keeps_its_hand_written_name():
    # Tensor.cwrap's cat is hand-written: THPUtils_invalidArguments(args, kwargs, "cat", ...)
    x, d = _f(2), L.DoubleTensor(2).zero_()
    assert _text(lambda: L.cat([x, d])).startswith(HEAD % 'cat' + '(list, int)')


def test_variables_keep_their_texts():
    v, w = Variable(_f(2, 3)), Variable(L.FloatTensor([0, 1]))
    assert _text(lambda: L.index_select(v, 0, w), RuntimeError) == (
        "Expected object of type Variable[torch.LongTensor] but found type "
        "Variable[torch.FloatTensor] for argument #2 'index'")
    # the Variable argument parser's text: ``lt()``, ATen's two signatures
    assert _text(lambda: L.lt(v, 'a')) == (
        HEAD % 'lt()' + '(str), but expected one of:\n * (float other)\n' + DIDNT + '(!str!)\n'
        ' * (Variable other)\n' + DIDNT + '(!str!)\n')


from test_invalid_arguments_format import _Tty  # noqa: E402  (a stream that is a terminal)


def test_on_a_terminal_the_marks_are_colours(monkeypatch):
    monkeypatch.setattr('sys.stdout', _Tty(True))
    monkeypatch.setattr('sys.stderr', _Tty(True))
    x = _f(2, 3)
    text = _text(lambda: L.gather(x, 0, L.IntTensor([[0]])))
    green, red, reset = '\33[32;1m', '\33[31;1m', '\33[0m'
    assert text == (HEAD % 'torch.gather' + '(' + green + F + reset + ', ' + green + 'int' + reset
                    + ', ' + red + 'torch.IntTensor' + reset + '), but expected '
                    '(torch.FloatTensor source, int dim, torch.LongTensor index)')


def test_out_is_shown_only_when_given():
    # invalid_arguments.cpp's _parseOption: cwrap's '#<type> out' is cut without out=; with it,
    # 'out=<type>' ends got (...) (marked like the others) and each option ends ', *, <type> out)'
    x, bad = _f(2, 3), L.FloatTensor([0, 1])
    sig = '(torch.FloatTensor source, int dim, torch.LongTensor index, *, torch.FloatTensor out)'
    assert _text(lambda: L.index_select(x, 0, bad, out=_f(1))) == (
        HEAD % 'torch.index_select' + '(torch.FloatTensor, int, !torch.FloatTensor!, '
        'out=torch.FloatTensor), but expected ' + sig)
    assert _text(lambda: L.index_select(x, 0, bad, out=L.DoubleTensor())) == (
        HEAD % 'torch.index_select' + '(torch.FloatTensor, int, !torch.FloatTensor!, '
        '!out=torch.DoubleTensor!), but expected ' + sig)
    d = L.DoubleTensor(2, 3).zero_()
    assert _text(lambda: L.add(x, d, out=_f(1))) == (
        HEAD % 'torch.add' + '(torch.FloatTensor, torch.DoubleTensor, out=torch.FloatTensor), '
        'but expected one of:\n'
        ' * (torch.FloatTensor source, float value, *, torch.FloatTensor out)\n'
        + DIDNT + '(torch.FloatTensor, !torch.DoubleTensor!, out=torch.FloatTensor)\n'
        ' * (torch.FloatTensor source, torch.FloatTensor other, *, torch.FloatTensor out)\n'
        + DIDNT + '(torch.FloatTensor, !torch.DoubleTensor!, out=torch.FloatTensor)\n'
        ' * (torch.FloatTensor source, float value, torch.FloatTensor other, *, '
        'torch.FloatTensor out)\n')
    # the comparisons: each option with its own result type (a ByteTensor, or the receiver's)
    assert _text(lambda: L.lt(x, 'a', out=L.ByteTensor())) == (
        HEAD % 'torch.lt' + '(torch.FloatTensor, str, out=torch.ByteTensor), but expected one '
        'of:\n * (torch.FloatTensor tensor, float value, *, torch.ByteTensor out)\n'
        + DIDNT + '(torch.FloatTensor, !str!, out=torch.ByteTensor)\n'
        ' * (torch.FloatTensor tensor, float value, *, torch.FloatTensor out)\n'
        + DIDNT + '(torch.FloatTensor, !str!, !out=torch.ByteTensor!)\n'
        ' * (torch.FloatTensor tensor, torch.FloatTensor other, *, torch.ByteTensor out)\n'
        + DIDNT + '(torch.FloatTensor, !str!, out=torch.ByteTensor)\n'
        ' * (torch.FloatTensor tensor, torch.FloatTensor other, *, torch.FloatTensor out)\n'
        + DIDNT + '(torch.FloatTensor, !str!, !out=torch.ByteTensor!)\n')


def test_matmul_on_tensors_names_the_function_it_calls():
    # 0.3.1's torch.matmul (torch/functional.py; Tensor.matmul calls it) ran torch.dot,
    # torch.mv, torch.mm or torch.bmm by the dims: their function-form texts
    F, D = L.FloatTensor, L.DoubleTensor
    for a, b, name, sig in (
            (F(3), D(3), 'dot', 'tensor'), (F(2, 3), D(3), 'mv', 'vec'),
            (F(2, 2, 3), D(2, 3, 2), 'bmm', 'mat2')):
        a, b = a.zero_(), b.zero_()
        want = (HEAD % ('torch.' + name) + '(torch.FloatTensor, !torch.DoubleTensor!), but '
                'expected (torch.FloatTensor source, torch.FloatTensor %s)' % sig)
        assert _text(lambda: L.matmul(a, b)) == want
        assert _text(lambda: a.matmul(b)) == want
    a, b = F(2, 2, 3).zero_(), D(3, 2).zero_()          # folded into one mm
    assert _text(lambda: L.matmul(a, b)).startswith(
        HEAD % 'torch.mm' + '(torch.FloatTensor, torch.DoubleTensor), but expected one of:\n')
    # Variables: the Variable functions' own check
    assert _text(lambda: Variable(F(3).zero_()).matmul(Variable(D(3).zero_())), RuntimeError) == (
        "Expected object of type Variable[torch.FloatTensor] but found type "
        "Variable[torch.DoubleTensor] for argument #1 'tensor'")


@pytest.mark.parametrize('name', ['max', 'min'])
def test_max_and_min_with_a_tensor_of_another_type(name):
    # TensorCompare.cwrap's max/min: four options, listed by length; the method form without
    # self ('no arguments' for the full reduction), the function form with 'source' (the four
    # as in real 0.3 output, fastai/fastai#116)
    x, d = _f(2), L.DoubleTensor(2).zero_()
    assert _text(lambda: getattr(L, name)(x, d)) == (
        HEAD % ('torch.' + name) + '(torch.FloatTensor, torch.DoubleTensor), but expected one '
        'of:\n * (torch.FloatTensor source)\n'
        ' * (torch.FloatTensor source, torch.FloatTensor other)\n'
        + DIDNT + '(torch.FloatTensor, !torch.DoubleTensor!)\n'
        ' * (torch.FloatTensor source, int dim)\n'
        + DIDNT + '(torch.FloatTensor, !torch.DoubleTensor!)\n'
        ' * (torch.FloatTensor source, int dim, bool keepdim)\n')
    assert _text(lambda: getattr(x, name)(d)) == (
        HEAD % name + '(torch.DoubleTensor), but expected one of:\n * no arguments\n'
        ' * (torch.FloatTensor other)\n' + DIDNT + '(!torch.DoubleTensor!)\n'
        ' * (int dim)\n' + DIDNT + '(!torch.DoubleTensor!)\n'
        ' * (int dim, bool keepdim)\n')
    # a Variable receiver: the argument parser over ATen's max(), max(Tensor other) and
    # max(int64_t dim, bool keepdim=False); '()' is read by _parseOption as one nameless
    # parameter that nothing matches, so it gets a mismatch line
    assert _text(lambda: getattr(Variable(x), name)(x)) == (
        HEAD % (name + '()') + '(torch.FloatTensor), but expected one of:\n * ()\n'
        + DIDNT + '(!torch.FloatTensor!)\n * (Variable other)\n' + DIDNT
        + '(!torch.FloatTensor!)\n * (int dim, bool keepdim)\n')


def test_products_list_a_leading_beta_and_alpha():
    # every positional argument is in got (...), the numbers included, in both forms
    c, a, bad = _f(2, 2), _f(2, 3), L.DoubleTensor(3, 2).zero_()
    opts = (' * (torch.FloatTensor mat1, torch.FloatTensor mat2)\n'
            ' * (float beta, torch.FloatTensor mat1, torch.FloatTensor mat2)\n')
    assert _text(lambda: c.addmm(0.5, a, bad)) == (
        HEAD % 'addmm' + '(float, torch.FloatTensor, torch.DoubleTensor), but expected one of:\n'
        + opts + DIDNT + '(float, torch.FloatTensor, !torch.DoubleTensor!)\n'
        ' * (float beta, float alpha, torch.FloatTensor mat1, torch.FloatTensor mat2)\n')
    assert _text(lambda: L.addmm(0.5, c, 2, a, bad)) == (
        HEAD % 'torch.addmm' + '(float, torch.FloatTensor, int, torch.FloatTensor, '
        'torch.DoubleTensor), but expected one of:\n'
        ' * (torch.FloatTensor source, torch.FloatTensor mat1, torch.FloatTensor mat2)\n'
        ' * (float beta, torch.FloatTensor source, torch.FloatTensor mat1, '
        'torch.FloatTensor mat2)\n'
        ' * (float beta, torch.FloatTensor source, float alpha, torch.FloatTensor mat1, '
        'torch.FloatTensor mat2)\n'
        + DIDNT + '(float, torch.FloatTensor, int, torch.FloatTensor, !torch.DoubleTensor!)\n')
    v, m = _f(2), L.DoubleTensor(2, 3).zero_()
    assert _text(lambda: L.addmv(0.5, v, m, _f(3))) == (
        HEAD % 'torch.addmv' + '(float, torch.FloatTensor, torch.DoubleTensor, '
        'torch.FloatTensor), but expected one of:\n'
        ' * (torch.FloatTensor source, torch.FloatTensor mat, torch.FloatTensor vec)\n'
        ' * (float beta, torch.FloatTensor source, torch.FloatTensor mat, torch.FloatTensor vec)\n'
        + DIDNT + '(float, torch.FloatTensor, !torch.DoubleTensor!, torch.FloatTensor)\n'
        ' * (float beta, torch.FloatTensor source, float alpha, torch.FloatTensor mat, '
        'torch.FloatTensor vec)\n')


def test_products_with_a_misplaced_argument_list_the_overloads():
    # a number among the tensors (or too few tensors): 0.3.1's parser matched no option and
    # printed its list, like any other mismatch
    c, a, b = _f(2, 2), _f(2, 3), _f(3, 2)
    opts = (' * (torch.FloatTensor mat1, torch.FloatTensor mat2)\n'
            ' * (float beta, torch.FloatTensor mat1, torch.FloatTensor mat2)\n')
    assert _text(lambda: c.addmm(a, 'x', b)) == (
        HEAD % 'addmm' + '(torch.FloatTensor, str, torch.FloatTensor), but expected one of:\n'
        + opts + DIDNT + '(!torch.FloatTensor!, !str!, torch.FloatTensor)\n'
        ' * (float beta, float alpha, torch.FloatTensor mat1, torch.FloatTensor mat2)\n')
    assert _text(lambda: c.addmm(a)) == (
        HEAD % 'addmm' + '(torch.FloatTensor), but expected one of:\n' + opts
        + ' * (float beta, float alpha, torch.FloatTensor mat1, torch.FloatTensor mat2)\n')
    assert _text(lambda: L.addmm(0.5, c, a, 'x', b)) == (
        HEAD % 'torch.addmm' + '(float, torch.FloatTensor, torch.FloatTensor, str, '
        'torch.FloatTensor), but expected one of:\n'
        ' * (torch.FloatTensor source, torch.FloatTensor mat1, torch.FloatTensor mat2)\n'
        ' * (float beta, torch.FloatTensor source, torch.FloatTensor mat1, '
        'torch.FloatTensor mat2)\n'
        ' * (float beta, torch.FloatTensor source, float alpha, torch.FloatTensor mat1, '
        'torch.FloatTensor mat2)\n'
        + DIDNT + '(float, torch.FloatTensor, !torch.FloatTensor!, !str!, torch.FloatTensor)\n')
