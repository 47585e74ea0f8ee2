"""The one table of known legacy-vs-modern differences in printed text.

Each entry rewrites a line of output *on both sides* before it is split into
words and numbers.  Only text that carries no computed value is touched:
module reprs (argument spellings, defaults that modern torch prints),
``Variable containing:`` headers, class and type names, autograd node names
and object addresses.  Tensor printouts themselves (``[torch.FloatTensor of
size 2x3]`` vs ``tensor(..., dtype=...)``) are parsed into values, a size and
an element type by :mod:`.tokens`, not rewritten here.

``docs/migration.md`` lists this table; keep the two in step.
"""

import re

__all__ = ['TABLE', 'normalise_line']

_INT_TYPES = r'(?:kernel_size|stride|padding|dilation|output_padding|output_size)'
_DTYPES = [('float32', 'Float'), ('float', 'Float'), ('float64', 'Double'), ('double', 'Double'),
           ('float16', 'Half'), ('half', 'Half'), ('int64', 'Long'), ('long', 'Long'),
           ('int32', 'Int'), ('int', 'Int'), ('int16', 'Short'), ('short', 'Short'),
           ('int8', 'Char'), ('uint8', 'Byte'), ('bool', 'Byte')]
_DTYPE_NAMES = dict(_DTYPES)

#: (name, pattern, replacement, what it covers).  Applied in this order to every line.
TABLE = [
    ('variable-header', r'\b(?:Variable|Parameter) containing:', '',
     '0.3 prints `Variable containing:` above a Variable; both print `Parameter containing:`'),
    ('address', r'\b0x[0-9a-fA-F]+\b', '0x?',
     'object addresses (`<SumBackward0 object at 0x7f...>`)'),
    ('backward-name', r'\b(\w+Backward)\d+\b', r'\1',
     'autograd node names: `AddBackward0` / `AddBackward1` / `AddBackward`'),
    ('shim-module', r'\blegacy_autograd\.', 'torch.',
     'class paths of the shim (`legacy_autograd.nn.parameter.Parameter`)'),
    ('variable-class', r"\btorch\.autograd\.variable\.Variable\b", 'torch.Tensor',
     '`type(v)`: 0.3 `torch.autograd.variable.Variable`, modern `torch.Tensor`'),
    ('tensor-class', r"<class 'torch\.(?:cuda\.)?[A-Z][a-z]*Tensor'>", "<class 'torch.Tensor'>",
     "`type(t)`: 0.3 `<class 'torch.FloatTensor'>`, modern `<class 'torch.Tensor'>`"),
    ('dtype-name', r'\btorch\.(' + '|'.join(n for n, _ in _DTYPES) + r')\b',
     lambda m: 'torch.{}Tensor'.format(_DTYPE_NAMES[m.group(1)]),
     'element type names: modern `torch.float32` reads as 0.3 `torch.FloatTensor`'),
    ('size-0-dim', r'\btorch\.Size\(\[\]\)', 'torch.Size([1])',
     '0.3 had no 0-dim tensors: modern `torch.Size([])` is 0.3 `torch.Size([1])`'),
    ('int-tuple', _INT_TYPES + r'=\((\d+)(?:, \1)*,?\)', lambda m: m.group(0).split('=')[0] +
     '=' + m.group(1), 'module reprs: `kernel_size=(2, 2)` / `stride=(1,)` read as `kernel_size=2`'),
    ('inplace-flag', r'\((inplace)\)', '(inplace=True)',
     'module reprs: 0.3 `ReLU(inplace)`, modern `ReLU(inplace=True)`'),
    ('default-args', r',? ?\b(?:inplace=False|bias=True|track_running_stats=True|padding=0|'
     r'dilation=1|ceil_mode=False|count_include_pad=True|dim=None)\b(?=[,)])', '',
     'module reprs: arguments at their default that one version prints and the other omits'),
    ('keyword-only', r'\b(LeakyReLU)\(negative_slope=', r'\1(',
     'module reprs: 0.3 `LeakyReLU(0.1)`, modern `LeakyReLU(negative_slope=0.1)`'),
    ('numpy-scalar', r'\bnp\.(?:float|int|uint|complex)\d*\(([^()]*)\)', r'\1',
     'numpy scalar reprs: numpy >= 2 `np.float64(0.5)` (a modern run), 2017\'s numpy and the '
     'shim\'s runner `0.5` (`print([np.mean(a)])`)'),
    ('softmax-dim', r'\b(LogSoftmax|Softmax|Softmin|Softmax2d)\(dim=-?\d+\)', r'\1()',
     'module reprs: 0.3 `LogSoftmax()` (dim chosen per input), a port `LogSoftmax(dim=1)`; '
     'the values printed afterwards show a wrong dim'),
]

_COMPILED = [(re.compile(pattern), repl) for _, pattern, repl, _ in TABLE]


def normalise_line(line):
    """``line`` with every entry of :data:`TABLE` applied."""
    for pattern, repl in _COMPILED:
        line = pattern.sub(repl, line)
    return line
