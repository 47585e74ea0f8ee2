"""The layout of "received an invalid combination of arguments", as 0.3.1 built it.

0.3.1's ``format_invalid_args`` (torch/csrc/utils/invalid_arguments.cpp), without a terminal:

* one option: ``NAME received an invalid combination of arguments - got (int, !float!), but
  expected (int dim, torch.LongTensor index)`` -- one line, the option in it, the mismatching
  arguments marked ``!...!`` when the argument count matches (e.g. PR pytorch/pytorch#468:
  ``geqrf received an invalid combination of arguments - got (str), but expected ()``);
* several: ``got (...), but expected one of:`` then `` * OPTION`` per line, each option whose
  argument count matches followed by ``      didn't match because some of the arguments have
  invalid types: (...)``; every line ends in a newline, the last one included.
"""
import pytest

import legacy_autograd as torch
from legacy_autograd import errors

HEAD = '%s received an invalid combination of arguments - got '
DIDNT = "      didn't match because some of the arguments have invalid types: "


def _text(call):
    with pytest.raises(TypeError) as e:
        call()
    return str(e.value)


@pytest.mark.parametrize('call, text', [
    (lambda: torch.FloatTensor([[1.0]]).gather(0, torch.IntTensor([[0]])),
     HEAD % 'gather' + '(int, !torch.IntTensor!), but expected (int dim, torch.LongTensor index)'),
    (lambda: torch.FloatTensor([1.0]).index_select(0, torch.ByteTensor([0])),
     HEAD % 'index_select' + '(int, !torch.ByteTensor!), but expected '
     '(int dim, torch.LongTensor index)'),
    (lambda: torch.FloatTensor([1.0]).masked_fill_(torch.IntTensor([1]), 2.0),
     HEAD % 'masked_fill_' + '(!torch.IntTensor!, float), but expected '
     '(torch.ByteTensor mask, float value)'),
    (lambda: torch.DoubleTensor([1.0]).dist(torch.FloatTensor([1.0])),
     HEAD % 'dist' + '(!torch.FloatTensor!), but expected (torch.DoubleTensor other)'),
], ids=['gather', 'index_select', 'masked_fill_', 'dist'])
def test_one_option_is_named_on_the_first_line_with_the_mismatch_marked(call, text):
    assert _text(call) == text


def test_several_options_are_listed_one_per_line_ending_in_a_newline():
    x, d = torch.FloatTensor([1.0]), torch.DoubleTensor([1.0])
    assert _text(lambda: x.add(d)) == (
        HEAD % 'add' + '(torch.DoubleTensor), but expected one of:\n'
        ' * (float value)\n' + DIDNT + '(!torch.DoubleTensor!)\n'
        ' * (torch.FloatTensor other)\n' + DIDNT + '(!torch.DoubleTensor!)\n'
        ' * (float value, torch.FloatTensor other)\n')
    assert _text(lambda: torch.FloatStorage('a', 'b')) == (
        HEAD % 'FloatStorage' + '(str, str), but expected one of:\n * no arguments\n'
        ' * (int size)\n * (Sequence data)\n'
        ' * (torch.FloatStorage view_source, [int offset, [int size]])\n')
    assert _text(lambda: torch.ByteTensor([1]) & torch.IntTensor([1])) == (
        HEAD % '__and__' + '(torch.IntTensor), but expected one of:\n'
        ' * (torch.ByteTensor other)\n * (byte value)\n')


def test_the_builder_on_both_layouts_and_both_argument_counts():
    def check(args):
        return [isinstance(a, float) for a in args] if len(args) == 2 else None
    one = errors.invalid_arguments('f', [1, 2.5], [('(int a, int b)', check)])
    assert str(one) == HEAD % 'f' + '(int, !float!), but expected (int a, int b)'
    # the argument count does not match: the arguments are listed unmarked
    one = errors.invalid_arguments('f', [1, 2.5, 3], [('(int a, int b)', check)])
    assert str(one) == HEAD % 'f' + '(int, float, int), but expected (int a, int b)'
    one = errors.invalid_arguments('f', [], [('()', None)])
    assert str(one) == HEAD % 'f' + '(), but expected ()'
    two = errors.invalid_arguments('f', [1, 2.5], [('(int a, int b)', check), ('(int a)', None)])
    assert str(two) == (HEAD % 'f' + '(int, float), but expected one of:\n * (int a, int b)\n'
                        + DIDNT + '(int, !float!)\n * (int a)\n')
    assert type(one) is TypeError and type(two) is TypeError


class _Tty(object):
    """A stream that says it is a terminal (0.3.1 coloured the marks when both stdout and
    stderr were terminals: ``isatty(1) && isatty(2)``)."""

    def __init__(self, tty):
        self.tty = tty

    def isatty(self):
        return self.tty

    def write(self, text):
        return len(text)

    def flush(self):
        pass


@pytest.mark.parametrize('out_tty, err_tty, coloured', [
    (True, True, True), (True, False, False), (False, True, False)])
def test_on_a_terminal_the_marks_are_colours(monkeypatch, out_tty, err_tty, coloured):
    monkeypatch.setattr('sys.stdout', _Tty(out_tty))
    monkeypatch.setattr('sys.stderr', _Tty(err_tty))
    text = _text(lambda: torch.FloatTensor([[1.0]]).gather(0, torch.IntTensor([[0]])))
    if coloured:        # matching arguments green, mismatching red, each reset after
        got = '(\33[32;1mint\33[0m, \33[31;1mtorch.IntTensor\33[0m)'
    else:
        got = '(int, !torch.IntTensor!)'
    assert text == HEAD % 'gather' + got + ', but expected (int dim, torch.LongTensor index)'
