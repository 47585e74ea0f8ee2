"""``legacy_autograd.compare`` on printed text: the parser, the number rule, the
normalisation table, stderr and the verdict (no scripts run here; see
``test_compare_scripts.py`` for whole runs and the command line).

* the output parser reads 0.3 printouts (headers, scale factors, column blocks,
  slices) and modern ``tensor(...)`` printouts into the same numbers;
* pairs that MUST differ (the wrong "same" answers of the old slack rule among
  them) and pairs that must agree (one value printed by two printers, float32
  noise, module reprs, Variable vs tensor printing, 0-dim vs size 1);
* the exception, stderr and exit status of a run; the report names the first
  differing number with both values and both lines.
"""

import math
import re
import textwrap
from decimal import Decimal

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from legacy_autograd.compare import (DEFAULT_ATOL, DEFAULT_RTOL, RunResult, compare_outputs,
                                     tokenize_output)
from legacy_autograd.comparing import TABLE, compare_runs, normalise_line, split_stderr
from legacy_autograd.comparing.printed_numbers import number_difference, parse_number

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def tensors(text):
    return [t for t in tokenize_output(text) if t.kind == 'tensor']


# --- parsing -------------------------------------------------------------------------------

def test_parse_legacy_vector_and_matrix():
    text = ('Variable containing:\n 1\n 2\n 3\n[torch.FloatTensor of size 3]\n\n'
            '\n 1  2\n 3  4\n[torch.LongTensor of size 2x2]\n')
    toks = tokenize_output(text)
    assert [t.kind for t in toks] == ['tensor', 'tensor']
    assert toks[0].values == [1, 2, 3] and toks[0].shape == (3,) and toks[0].dtype == 'float32'
    assert toks[1].values == [1, 2, 3, 4] and toks[1].shape == (2, 2)
    assert toks[1].dtype == 'int64'
    assert (toks[0].line, toks[0].end) == (2, 5)


def test_parse_legacy_scale_header_columns_and_slices():
    scaled = '\n1.00000e-02 *\n  5.1902\n -2.3778\n[torch.FloatTensor of size 2]\n'
    t, = tensors(scaled)
    assert t.values == pytest.approx([0.051902, -0.023778])
    assert [n.value for n in t.nums] == [Decimal('0.051902'), Decimal('-0.023778')]
    assert t.nums[0].quantum == Decimal('1e-6') and t.nums[0].line == 3
    cols = ('\n\nColumns 0 to 1 \n 1  2\n 5  6\n\nColumns 2 to 3 \n 3  4\n 7  8\n'
            '[torch.FloatTensor of size 2x4]\n')
    t, = tensors(cols)
    assert t.values == [1, 2, 3, 4, 5, 6, 7, 8]
    slices = ('\n(0 ,.,.) = \n  1  2\n  3  4\n\n(1 ,.,.) = \n  5  6\n  7  8\n'
              '[torch.FloatTensor of size 2x2x2]\n')
    t, = tensors(slices)
    assert t.values == [1, 2, 3, 4, 5, 6, 7, 8] and t.shape == (2, 2, 2)


def test_numbers_printed_before_a_block_stay_outside_it():
    toks = tokenize_output('5\n\n 1\n 2\n[torch.FloatTensor of size 2]\n')
    assert [t.kind for t in toks] == ['num', 'tensor']
    assert toks[1].values == [1, 2]


def test_parse_modern_formats():
    text = textwrap.dedent('''\
        tensor([[1.0000e-05, 1.0000e+00],
                [3.0000e+00, 4.0000e+00]]) tensor(5) tensor(True)
        tensor([1.5000], dtype=torch.float64) tensor([], size=(0, 3))
        Parameter containing:
        tensor([1., 1.], requires_grad=True) tensor(4., grad_fn=<SumBackward0>)
        ''')
    toks = tokenize_output(text)
    assert [t.kind for t in toks] == ['tensor'] * 7
    a, b, c, d, e, f, g = toks
    assert a.values == pytest.approx([1e-5, 1, 3, 4]) and a.shape == (2, 2)
    assert a.dtype == 'float32' and (a.line, a.end) == (1, 2)
    assert [n.line for n in a.nums] == [1, 1, 2, 2] and a.nums[0].quantum == Decimal('1e-9')
    assert b.values == [5] and b.shape == () and b.dtype == 'int64'
    assert c.dtype == 'bool' and c.values == [1]
    assert d.dtype == 'float64'
    assert e.shape == (0, 3) and e.values == []
    assert f.values == [1, 1] and g.values == [4] and g.shape == ()


def test_words_numbers_and_addresses():
    toks = tokenize_output('Epoch [3/10], loss: 0.5 <AddBackward0 object at 0x7f3a2c>\n')
    assert [(t.kind, t.text) for t in toks] == [
        ('word', 'Epoch'), ('num', '3'), ('num', '10'), ('word', 'loss'), ('num', '0.5'),
        ('word', 'AddBackward'), ('word', 'object'), ('word', 'at'), ('word', '0x?')]


@pytest.mark.parametrize('shape, scale', [
    ((3,), 1.0), ((2, 3), 1.0), ((4, 4), 0.01), ((3, 2, 4), 1.0), ((2, 2, 2, 3), 1.0),
    ((4, 25), 1.0), ((2, 3), 123456.0), ((5,), 1e-6), ((2, 2), 1.0),
])
def test_both_printers_parse_to_the_same_numbers(shape, scale):
    """The same values printed by the shim (0.3 format) and by modern torch compare equal."""
    torch = pytest.importorskip('torch')
    import legacy_autograd
    values = (np.sin(np.arange(int(np.prod(shape))) * 1.3) * scale).reshape(shape)
    values = values.astype(np.float32)
    old = str(legacy_autograd.from_numpy(values.copy())) + '\n' + repr(
        legacy_autograd.autograd.Variable(legacy_autograd.from_numpy(values.copy()))) + '\n'
    new = str(torch.from_numpy(values.copy())) + '\n' + repr(
        torch.from_numpy(values.copy()).requires_grad_()) + '\n'
    result = compare_outputs(old, new)
    assert result.same, result.report()
    assert result.numbers == 2 * values.size


def test_integer_and_double_tensors_parse_alike():
    torch = pytest.importorskip('torch')
    import legacy_autograd
    a = np.array([[3, -7], [100, 0]], dtype=np.int64)
    d = np.array([0.25, 1e-3, 7.0])
    old = str(legacy_autograd.from_numpy(a)) + str(legacy_autograd.from_numpy(d))
    new = str(torch.from_numpy(a)) + '\n' + str(torch.from_numpy(d))
    assert compare_outputs(old, new).same


# --- pairs that MUST differ -------------------------------------------------------------------

LEGACY_1 = '\n {}\n[torch.FloatTensor of size 1]\n'


def legacy(rows, size, kind='Float'):
    return '\n' + ''.join(' {}\n'.format(r) for r in rows) + '[torch.{}Tensor of size {}]\n'.format(
        kind, size)


MUST_DIFFER = [
    # the old rule gave half a unit of the last digit of slack to both sides
    ('loss 0.1\n', 'loss 0.2\n', 'OLD line 1 prints 0.1, NEW line 1 prints 0.2'),
    ('loss 0.1\n', 'loss 0.149\n', 'prints 0.149'),
    ('lr 1e-3\n', 'lr 1.4e-3\n', 'prints 1.4e-3'),
    ('loss 7.5\n', 'loss 7.539999961853027\n', 'prints 7.539999961853027'),
    ('n 20000\n', 'n 20001\n', 'integers must be equal'),
    # a learning rate 1% off, printed
    ('lr 0.01\n', 'lr 0.0101\n', 'prints 0.0101'),
    # +1e-3 on a printed value: full precision, and as 0.3 / modern tensor printouts
    ('0.6931471824645996\n', '0.6941471824645996\n', 'prints 0.6941471824645996'),
    ('loss' + LEGACY_1.format('0.6931'), 'loss tensor(0.6941, grad_fn=<NllLossBackward0>)\n',
     'OLD line 2 prints 0.6931, NEW line 1 prints 0.6941'),
    ('1.23456\n', '1.23556\n', 'prints 1.23556'),
    ('tensor(3.4567)\n', '3.4577\n', 'prints 3.4577'),
    # sum vs mean
    (LEGACY_1.format('6'), 'tensor(2.)\n', 'prints 2.'),
    ('total 6.0\n', 'total 2.0\n', 'prints 2.0'),
    # a flipped sign (a custom backward returning -grad)
    (legacy(['1', '-2'], '2'), 'tensor([-1.,  2.])\n', 'element 0'),
    (legacy(['0.5000', '0.2500'], '2'), 'tensor([-0.5000, -0.2500])\n', 'prints -0.5000'),
    # an integer off by one, in a LongTensor and as a Python int
    (legacy(['3', '4'], '2', 'Long'), 'tensor([3, 5])\n', 'integers must be equal'),
    ('correct 97\n', 'correct tensor(98)\n', 'integers must be equal'),
    # a rounded number against an exact one that does not round to it
    ('tensor(0.1000)\n', '0.149\n', 'printed to 1e-4 vs exact'),
    (LEGACY_1.format('0.1235'), '0.1237\n', 'prints 0.1237'),
    # two rounded numbers two steps apart; and one step with no float tolerance
    (legacy(['0.1412'], '1'), 'tensor(0.1414)\n', 'prints 0.1414'),
    # an extra / a missing line, different words
    ('a 1\n', 'a 1\nb 2\n', 'NEW prints more'),
    ('a 1\nb 2\n', 'a 1\n', 'OLD prints more'),
    ('loss 1\nacc 2\n', 'loss 1\naccuracy 2\n', "text differs: 'acc' vs 'accuracy'"),
    ('requires_grad False\n', 'requires_grad True\n', "'False' vs 'True'"),
    # sizes and element types
    (legacy(['1', '2'], '2'), 'tensor([1., 2., 3.])\n', 'sizes differ'),
    (legacy(['0', '1'], '2'), 'tensor([0, 1])\n', 'element types differ: float32 vs int64'),
    (legacy(['0', '1'], '2'), 'tensor([0., 1.], dtype=torch.float64)\n',
     'element types differ: float32 vs float64'),
    ('nan\n', '0.5\n', 'nan vs 0.5'),
    # digits glued to letters are compared as text, never dropped
    ('size 3x4\n', 'size 5x4\n', "text differs: '3x4' vs '5x4'"),
    ('version v1.0\n', 'version v1.5\n', "text differs: '0' vs '5'"),
    ('inf\n', '-inf\n', 'inf vs -inf'),
]


@pytest.mark.parametrize('old, new, why', MUST_DIFFER)
def test_must_differ(old, new, why):
    result = compare_outputs(old, new)
    assert not result.same, (old, new)
    assert why in result.reason, result.reason
    assert not compare_outputs(new, old).same
    assert result.report().startswith('outputs differ: stdout: ')


def test_one_rounding_step_needs_a_float_tolerance():
    old, new = legacy(['0.1412'], '1'), 'tensor(0.1413)\n'
    # float32 0.14124998 vs 0.14125001 (the clipped gradient of migration_corpus/losses_and_init)
    assert compare_outputs(old, new).same
    strict = compare_outputs(old, new, rtol=0, atol=0)
    assert not strict.same and 'at least 0 apart' in strict.reason


def test_the_first_differing_number_is_named_with_both_lines():
    old = ('epoch 1\nVariable containing:\n 1.0000\n 2.0000\n[torch.FloatTensor of size 2]\n\n'
           'loss 0.25\ndone\n')
    new = 'epoch 1\ntensor([1.0000, 2.5000])\nloss 0.25\ndone\n'
    result = compare_outputs(old, new)
    assert result.reason.startswith('stdout: first differing number (element 1 of tensor of size '
                                    '2 (float32)): OLD line 4 prints 2.0000, NEW line 2 prints '
                                    '2.5000 (difference 0.5')
    assert (result.old_num.text, result.new_num.text) == ('2.0000', '2.5000')
    assert result.old_line == (4, 4) and result.new_line == (2, 2)
    report = result.report()
    assert '  >    4 |  2.0000' in report
    assert '  >    2 | tensor([1.0000, 2.5000])' in report
    assert '       1 | epoch 1' in report
    assert '(end of output)' in compare_outputs('a 1\nb 2\n', 'a 1\n').report()


# --- pairs that must agree --------------------------------------------------------------------

MUST_AGREE = [
    # one value printed by two printers at different precisions
    ('loss' + LEGACY_1.format('0.6931') + '\n0.6931471824645996\n',
     'loss tensor(0.6931, grad_fn=<NllLossBackward0>)\n0.6931471824645996\n'),
    ('0.6931471824645996\n', 'tensor(0.6931)\n'),
    ('\n1.00000e-02 *\n  5.1902\n -2.3778\n[torch.FloatTensor of size 2]\n',
     'tensor([ 0.0519, -0.0238])\n'),
    ('\n1.00000e-02 *\n  5.1902\n[torch.FloatTensor of size 1]\n', 'tensor(5.1902e-02)\n'),
    ('tensor(0.1235)\n', '0.12345\n'),                  # half-way rounds either way
    ('tensor(0.1234)\n', '0.12345\n'),
    ('tensor(0.1235)\n', '0.123456789\n'),
    (legacy(['1', '2'], '2'), 'tensor([1., 2.])\n'),    # integer-valued floats print exactly
    (legacy(['1.0000', '2.5000'], '2'), 'tensor([1., 2.5])\n'),
    ('0.1\n', '0.10000000149011612\n'),                 # float32 0.1: numpy str vs .item()
    # float32 noise and float32 vs float64
    ('0.6931471824645996\n', '0.6931471228599548\n'),
    ('0.6931471824645996\n', '0.6931471805599453\n'),
    ('1.7999999523162842\n', '1.8000000715255737\n'),
    ('1e-09\n', '-3e-09\n'),                            # cancellation noise near zero (atol)
    ('0.03606117516756058\n', '0.03606301221656799\n'),  # 5e-5 relative after 240 SGD steps
    # integers
    ('correct 97 of 100\n', 'correct tensor(97) of 100\n'),
    ('1\n', '1.0\n'),
    # 0-dim vs size 1, Variable vs tensor printing, ByteTensor vs bool
    (LEGACY_1.format('0.5000'), 'tensor(0.5000)\n'),
    ('torch.Size([1])\n', 'torch.Size([])\n'),
    ('Variable containing:\n 1  2\n[torch.FloatTensor of size 1x2]\n', 'tensor([[1., 2.]])\n'),
    (legacy(['1', '2'], '1x2'), 'tensor([1., 2.])\n'),
    ('\n 1\n 0\n[torch.ByteTensor of size 2]\n', 'tensor([ True, False])\n'),
    ('Parameter containing:\n 0.2500  0.2500\n[torch.FloatTensor of size 1x2]\n',
     'Parameter containing:\ntensor([[0.2500, 0.2500]], requires_grad=True)\n'),
    # type names, node names, addresses
    ("<class 'torch.autograd.variable.Variable'> <class 'torch.FloatTensor'>\n",
     "<class 'torch.Tensor'> <class 'torch.Tensor'>\n"),
    ("<class 'legacy_autograd.nn.parameter.Parameter'>\n",
     "<class 'torch.nn.parameter.Parameter'>\n"),
    ('torch.FloatTensor torch.LongTensor torch.DoubleTensor\n',
     'torch.float32 torch.int64 torch.float64\n'),
    ('<AddBackward1 object at 0x7fad10d91900>\n', '<AddBackward0 object at 0x7fc098a43d00>\n'),
    # module reprs
    ('MaxPool2d(kernel_size=(2, 2), stride=(2, 2), dilation=(1, 1), ceil_mode=False)\n',
     'MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False)\n'),
    ('ReLU(inplace)\nDropout(p=0.5)\nLogSoftmax()\nLeakyReLU(0.1)\nMSELoss(\n)\n',
     'ReLU(inplace=True)\nDropout(p=0.5, inplace=False)\nLogSoftmax(dim=1)\n'
     'LeakyReLU(negative_slope=0.1)\nMSELoss()\n'),
    ('BatchNorm2d(4, eps=1e-05, momentum=0.1, affine=True)\n',
     'BatchNorm2d(4, eps=1e-05, momentum=0.1, affine=True, bias=True, track_running_stats=True)\n'),
    ('', ''),
]


@pytest.mark.parametrize('old, new', MUST_AGREE)
def test_must_agree(old, new):
    result = compare_outputs(old, new)
    assert result.same, result.report()
    assert compare_outputs(new, old).same


def test_module_reprs_of_both_libraries_agree_but_not_other_modules():
    torch = pytest.importorskip('torch')
    import legacy_autograd as L

    def build(nn):
        return [nn.Linear(3, 2), nn.Linear(3, 2, bias=False), nn.Conv2d(1, 4, 3),
                nn.Conv2d(1, 4, (3, 5), stride=2, padding=1), nn.Conv1d(1, 2, 3), nn.MaxPool2d(2),
                nn.MaxPool2d(2, stride=1, padding=1), nn.AvgPool2d(2), nn.MaxPool1d(3), nn.ReLU(),
                nn.ReLU(inplace=True), nn.Dropout(), nn.Dropout(0.2), nn.Dropout2d(),
                nn.BatchNorm1d(4), nn.BatchNorm2d(4), nn.LSTM(3, 4), nn.GRU(3, 4, 2, batch_first=True),
                nn.Embedding(10, 3), nn.Sigmoid(), nn.Tanh(), nn.LeakyReLU(0.1), nn.ELU(),
                nn.ConvTranspose2d(2, 3, 4, stride=2), nn.MSELoss(), nn.CrossEntropyLoss(),
                nn.NLLLoss(), nn.Sequential(nn.Linear(2, 2), nn.ReLU())]
    old = '\n'.join(str(m) for m in build(L.nn)) + '\n'
    new = '\n'.join(str(m) for m in build(torch.nn)) + '\n'
    result = compare_outputs(old, new)
    assert result.same, result.report()
    # ... while a different module, argument or size still shows
    for a, b in ((L.nn.MaxPool2d(2), torch.nn.MaxPool2d(3)),
                 (L.nn.MaxPool2d(2), torch.nn.AvgPool2d(2)),
                 (L.nn.Conv2d(1, 4, 3), torch.nn.Conv2d(1, 4, 3, padding=1)),
                 (L.nn.Linear(3, 2), torch.nn.Linear(3, 2, bias=False)),
                 (L.nn.Dropout(0.5), torch.nn.Dropout(0.2)),
                 (L.nn.ReLU(inplace=True), torch.nn.ReLU())):
        assert not compare_outputs(str(a) + '\n', str(b) + '\n').same, (a, b)


def test_the_normalisation_table_is_documented_and_touches_no_number():
    import os
    doc = open(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                            'docs', 'migration.md')).read()
    for name, pattern, _, what in TABLE:
        assert '`{}`'.format(name) in doc, name
    # numbers in plain text pass through unchanged; a tuple of equal sizes becomes one size
    for line in ('loss 0.25 at 3, x=-1e-3, padding=2', 'kernel_size=(2, 3)', 'dim=1 0.5',
                 'Linear(in_features=3, out_features=2, bias=False)'):
        assert normalise_line(line) == line
    assert normalise_line('MaxPool2d(kernel_size=(2, 2), stride=(1,))') == \
        'MaxPool2d(kernel_size=2, stride=1)'


@SETTINGS
@given(st.text(alphabet='abcx019 .,-+e:/=[]()_\n', max_size=40).filter(lambda t: '0x' not in t))
def test_the_tokenizer_never_drops_a_digit(text):
    tokens = tokenize_output(text)
    shown = ''.join(n.text for t in tokens if t.kind != 'word' for n in t.nums) + ''.join(
        t.text for t in tokens if t.kind == 'word')
    assert sorted(c for c in shown if c.isdigit()) == sorted(c for c in text if c.isdigit())


# --- the number rule, as properties --------------------------------------------------------------

finite = st.floats(allow_nan=False, allow_infinity=False, width=64)


def _num(text, rounded=False, integer=None):
    return parse_number(text, 1, rounded=rounded, integer=integer)


@SETTINGS
@given(finite, finite)
def test_two_distinct_floats_printed_in_full_differ(a, b):
    d = number_difference(_num(repr(a)), _num(repr(b)), 0.0, 0.0)
    assert (d is None) == (a == b)
    # with the default tolerance: differ exactly when they are further apart than it
    d = number_difference(_num(repr(a)), _num(repr(b)), DEFAULT_RTOL, DEFAULT_ATOL)
    tol = DEFAULT_ATOL + DEFAULT_RTOL * max(abs(a), abs(b))
    if abs(a - b) > tol * (1 + 1e-9) or (math.isinf(tol)):
        assert d is not None
    elif abs(a - b) < tol * (1 - 1e-9):
        assert d is None


@SETTINGS
@given(st.integers(-10 ** 20, 10 ** 20), st.integers(-10 ** 20, 10 ** 20))
def test_integers_are_compared_exactly(i, j):
    same = compare_outputs('n {}\n'.format(i), 'n {}\n'.format(j), rtol=0.5, atol=10).same
    assert same == (i == j)


@SETTINGS
@given(st.floats(-1000, 1000, allow_nan=False, width=32), st.integers(1, 6))
def test_a_value_agrees_with_its_own_rounding(x, decimals):
    text = '{:.{}f}'.format(x, decimals)
    rounded = _num(text, rounded=True)
    assert number_difference(rounded, _num(repr(x)), 0.0, 0.0) is None
    assert number_difference(_num(repr(x)), rounded, 0.0, 0.0) is None


@SETTINGS
@given(st.floats(-1, 1, allow_nan=False, width=32), st.floats(-1, 1, allow_nan=False, width=32))
def test_a_rounded_value_differs_from_a_value_two_steps_away(x, y):
    rounded = _num('{:.4f}'.format(x), rounded=True)
    d = number_difference(rounded, _num(repr(y)), DEFAULT_RTOL, DEFAULT_ATOL)
    if abs(x - y) > 3e-4:
        assert d is not None
    elif '{:.4f}'.format(x) == '{:.4f}'.format(y):
        assert d is None


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.floats(-1e4, 1e4, allow_nan=False, width=32), min_size=1, max_size=12),
       st.sampled_from([(1,), (-1,), (2, -1)]))
def test_shim_and_modern_printouts_of_the_same_values_agree(values, shape):
    torch = pytest.importorskip('torch')
    import legacy_autograd as L
    if shape == (2, -1) and len(values) % 2:
        values = values[:-1] or [0.0]
        shape = (-1,)
    arr = np.array(values, dtype=np.float32).reshape(len(values) if shape == (1,) else shape)
    if shape == (1,):
        arr = arr.reshape(-1)
    old = repr(L.autograd.Variable(L.from_numpy(arr.copy()))) + '\n'
    new = repr(torch.from_numpy(arr.copy()).requires_grad_()) + '\n'
    assert compare_outputs(old, new, rtol=0, atol=0).same, (old, new)
    # one element changed by more than the printed precision shows
    bumped = arr.copy().reshape(-1)
    bumped[0] = bumped[0] + max(abs(bumped[0]) * 1e-2, 1e-2)
    new = repr(torch.from_numpy(bumped.reshape(arr.shape))) + '\n'
    assert not compare_outputs(old, new).same, (old, new)


# --- stderr, the exception and the exit status ---------------------------------------------------

TRACEBACK = '''\
Traceback (most recent call last):
  File "{}", line 9, in <module>
    main()
  File "{}", line 5, in main
    raise {}
{}
'''

WARNING = ('/x/train.py:12: UserWarning: Implicit dimension choice for log_softmax has been '
           'deprecated. Change the call to include dim=X as an argument.\n'
           '  return F.log_softmax(x)\n')


def run(stdout='', stderr='', status=0):
    return RunResult(['python'], status, stdout, stderr)


def crash(exc_line, path='old.py'):
    return TRACEBACK.format(path, path, exc_line.split(':')[0] + '()', exc_line)


def test_split_stderr():
    parts = split_stderr(WARNING + 'progress 1\n' + crash('ValueError: bad value 3'))
    assert parts.exception == 'ValueError: bad value 3'
    assert parts.exception_type == "ValueError" and parts.exception_line == 9
    assert [l for l in parts.text.split('\n') if l] == ['progress 1']
    assert split_stderr('').exception is None
    chained = crash('KeyError: 1') + '\nDuring handling of the above exception, another exception ' \
                                     'occurred:\n\n' + crash('RuntimeError: size mismatch\nm1: [2 x 3]')
    parts = split_stderr(chained)
    assert parts.exception == 'RuntimeError: size mismatch\nm1: [2 x 3]'
    assert not [l for l in parts.text.split('\n') if l]


def test_warnings_are_not_compared_but_other_stderr_lines_are():
    assert compare_runs(run('a 1\n', WARNING), run('a 1\n'), DEFAULT_RTOL, DEFAULT_ATOL).same
    result = compare_runs(run('a 1\n', 'step 1 loss 0.5\n'), run('a 1\n', 'step 1 loss 0.6\n'),
                          DEFAULT_RTOL, DEFAULT_ATOL)
    assert not result.same
    assert result.reason.startswith('stderr: first differing number: OLD line 1 prints 0.5, '
                                    'NEW line 1 prints 0.6')
    assert '--- OLD (stderr)' in result.report()
    result = compare_runs(run('a 1\n', ''), run('a 1\n', 'extra\n'), DEFAULT_RTOL, DEFAULT_ATOL)
    assert result.reason.startswith('stderr: NEW prints more')


def test_a_different_crash_is_a_difference():
    old = run('a 1\n', crash('ValueError: bad value 3'), 1)
    same = run('a 1\n', crash('ValueError: bad value 3', '/elsewhere/new.py'), 1)
    assert compare_runs(old, same, DEFAULT_RTOL, DEFAULT_ATOL).same
    other_type = run('a 1\n', crash('TypeError: bad value 3'), 1)
    result = compare_runs(old, other_type, DEFAULT_RTOL, DEFAULT_ATOL)
    assert result.reason == ('exception: ValueError: bad value 3 vs TypeError: bad value 3 '
                             '(types ValueError vs TypeError)')
    assert result.old_line == (6, 6)
    other_message = run('a 1\n', crash('ValueError: bad value 4'), 1)
    result = compare_runs(old, other_message, DEFAULT_RTOL, DEFAULT_ATOL)
    assert not result.same and 'integers must be equal' in result.reason
    result = compare_runs(old, run('a 1\n', crash('ValueError: bad size'), 1), DEFAULT_RTOL,
                          DEFAULT_ATOL)
    assert not result.same and "text differs" in result.reason
    result = compare_runs(old, run('a 1\n'), DEFAULT_RTOL, DEFAULT_ATOL)
    assert [d.reason for d in result.differences] == [
        'exception: only OLD raised ValueError: bad value 3', 'exit status 1 vs 0']
    assert 'and exit status 1 vs 0' in result.report()


def test_exit_status_alone_is_a_difference():
    result = compare_runs(run('a 1\n', status=0), run('a 1\n', status=3), DEFAULT_RTOL,
                          DEFAULT_ATOL)
    assert result.reason == 'exit status 0 vs 3'
    assert compare_runs(run('a 1\n', status=2), run('a 1\n', status=2), DEFAULT_RTOL,
                        DEFAULT_ATOL).same


def test_stdout_difference_comes_first():
    result = compare_runs(run('a 1\n', status=1), run('a 2\n', status=0), DEFAULT_RTOL,
                          DEFAULT_ATOL)
    assert [d.stream for d in result.differences] == ['stdout', 'exit status']


def test_progress_bars_on_stderr_are_not_compared():
    bar_a = (' 45%|####      | 9/20 [00:01<00:02, 4.51it/s]\r100%|##########| 20/20 '
             '[00:02<00:00, 9.80it/s]\n')
    bar_b = 'epoch 1: 100%|##########| 20/20 [00:05<00:00, 3.91it/s]\n'
    assert compare_runs(run('a 1\n', bar_a), run('a 1\n', bar_b), DEFAULT_RTOL, DEFAULT_ATOL).same
    result = compare_runs(run('a 1\n', bar_a + 'loss 0.5\n'), run('a 1\n', bar_b + 'loss 0.7\n'),
                          DEFAULT_RTOL, DEFAULT_ATOL)
    assert result.reason.startswith('stderr: first differing number: OLD line 2 prints 0.5, '
                                    'NEW line 2 prints 0.7')
