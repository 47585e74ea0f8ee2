"""``legacy-autograd compare OLD.py NEW.py``: does the migrated script print the same?

OLD runs under the shim (``python -m legacy_autograd run OLD.py``) and NEW under
the installed modern PyTorch (``python NEW.py``), in separate processes.  Their
standard outputs are read as a stream of tokens -- words, numbers and whole
tensor printouts -- and compared token by token:

* a tensor printout in the 0.3 format (``Variable containing:`` / rows /
  ``[torch.FloatTensor of size 2x3]``, with scale headers, ``Columns a to b``
  blocks and ``(0 ,.,.) =`` slices) and one in the modern format
  (``tensor([[1., 2.]], requires_grad=True)``) are both parsed into their
  numbers, shape and element type;
* numbers are equal within ``atol + rtol * max(|a|, |b|)`` plus the rounding of
  the printed digits (0.3 prints 4 decimals, ``loss.item()`` prints 17 digits);
* a one-element tensor matches a plain number (``loss.data[0]`` vs ``loss.item()``
  printed, ``size 1`` vs 0-dim); sizes are compared with size-1 dimensions
  dropped; the element types must agree (FloatTensor = float32, LongTensor =
  int64, ByteTensor = uint8 or bool), which catches the silent int64 ``arange``
  and float64 promotion;
* words must be equal; punctuation, blank lines, ``Variable containing:`` and
  ``Parameter containing:`` are ignored; object addresses are masked.

The first divergence is reported with the surrounding lines of both outputs.
:func:`assert_same_output` does the same inside a test suite.
"""

import bisect
import math
import os
import re
import subprocess
import sys

__all__ = ['compare_outputs', 'compare_scripts', 'assert_same_output', 'tokenize_output',
           'Comparison', 'RunResult', 'ModernTorchMissing', 'PINNED_TORCH',
           'DEFAULT_RTOL', 'DEFAULT_ATOL']

PINNED_TORCH = '2.13.0'
DEFAULT_RTOL = 1e-4
DEFAULT_ATOL = 1e-5

INSTALL_TORCH = ("pip install 'torch=={0}' --index-url https://download.pytorch.org/whl/cpu  "
                 "(or pip install 'legacy-autograd[test]', which pins torch=={0})").format(PINNED_TORCH)

LEGACY_DTYPES = {'Float': 'float32', 'Double': 'float64', 'Half': 'float16', 'Long': 'int64',
                 'Int': 'int32', 'Short': 'int16', 'Char': 'int8', 'Byte': 'uint8'}
_COMPATIBLE = {'uint8': {'uint8', 'bool'}, 'bool': {'uint8', 'bool'}}


class ModernTorchMissing(RuntimeError):
    """The interpreter that should run NEW cannot import torch."""


# ---------------------------------------------------------------------------
# tokens
# ---------------------------------------------------------------------------

class Token(object):
    """A word, a number or a tensor printout, with where it was printed.

    ``values``/``slack`` are lists for tensors (slack: half a unit of the last
    printed digit of each value), ``shape`` a tuple (None if unknown),
    ``dtype`` e.g. 'float32' (None if unknown), ``line``/``end`` 1-based.
    """

    __slots__ = ('kind', 'text', 'values', 'slack', 'shape', 'dtype', 'line', 'end', 'summarized')

    def __init__(self, kind, text, line, end=None, values=None, slack=None, shape=None,
                 dtype=None, summarized=False):
        self.kind = kind
        self.text = text
        self.line = line
        self.end = end if end is not None else line
        self.values = values
        self.slack = slack
        self.shape = shape
        self.dtype = dtype
        self.summarized = summarized

    def describe(self):
        if self.kind == 'word':
            return repr(self.text)
        if self.kind == 'num':
            return self.text
        size = 'x'.join(str(s) for s in self.shape) if self.shape else (
            'scalar' if self.shape == () else '?')
        vals = ', '.join(_fmt(v) for v in self.values[:6])
        if len(self.values) > 6:
            vals += ', ...'
        return 'tensor of size {} ({}) [{}]'.format(size, self.dtype or 'type unknown', vals)

    def __repr__(self):
        return 'Token({}, {!r}, line {})'.format(self.kind, self.text if self.kind != 'tensor'
                                                 else self.describe(), self.line)


def _fmt(v):
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    return '{:.6g}'.format(v)


_NUMBER = r'[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?'
_NUM_RE = re.compile(_NUMBER)
_SPECIAL = {'nan': float('nan'), 'inf': float('inf'), '-inf': float('-inf'), '+inf': float('inf')}

_FOOTER_RE = re.compile(r'^\[torch\.(?:cuda\.)?(\w+)Tensor of size ([0-9x]+)(?: \(GPU \d+\))?\]\s*$')
_NODIM_RE = re.compile(r'\[torch\.(?:cuda\.)?(\w+)Tensor with no dimension\]')
_ROW_RE = re.compile(r'^\s*(?:(?:[-+]?(?:\d+\.?\d*(?:[eE][-+]?\d+)?|nan|inf)|\.\.\.|\u22ee|\u22f1)\s*)+$')
_SCALE_RE = re.compile(r'^\s*(\d\.\d+e[-+]\d+) \*\s*$')
_COLUMNS_RE = re.compile(r'^\s*Columns \d+ to \d+\s*$')
_SLICE_RE = re.compile(r'^\s*\((?:\s*[\d.\u22ee]+\s*,)+\.,\.\) =\s*$')
_DOTS_RE = re.compile(r'^[\s.\u22ee\u22f1]*$')

_TOKEN_RE = re.compile(r'''
    (?P<addr>0x[0-9a-fA-F]+)
  | (?P<num>(?<![\w.])[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?(?![\w]))
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)
''', re.X)

_NOISE = [re.compile(r'Variable containing:'), re.compile(r'Parameter containing:')]


def _slack(text, scale=1.0):
    """Half a unit of the last printed digit of a number's text (0 for exact integers)."""
    t = text.lower().lstrip('+-')
    if t in ('nan', 'inf'):
        return 0.0
    mant, _, exp = t.partition('e')
    e = int(exp) if exp else 0
    if '.' not in mant:
        return 0.0 if not exp else 0.5 * 10.0 ** e * abs(scale)
    decimals = len(mant.split('.', 1)[1])
    if decimals == 0:
        return 0.0
    return 0.5 * 10.0 ** (e - decimals) * abs(scale)


def _number(text):
    t = text.lower()
    if t in _SPECIAL:
        return _SPECIAL[t]
    return float(text)


def _row_numbers(line):
    items = []
    summarized = False
    for part in line.split():
        if part in ('...', '\u22ee', '\u22f1'):
            summarized = True
            continue
        items.append(part)
    return items, summarized


def _classify(line):
    if not line.strip():
        return 'blank'
    if _SCALE_RE.match(line):
        return 'scale'
    if _COLUMNS_RE.match(line):
        return 'columns'
    if _SLICE_RE.match(line):
        return 'slice'
    if _ROW_RE.match(line):
        return 'row'
    if _DOTS_RE.match(line):
        return 'dots'
    return 'other'


def _legacy_block(lines, footer_index):
    """Parse the 0.3 printout ending at ``lines[footer_index]``: (first line index, Token) or None."""
    m = _FOOTER_RE.match(lines[footer_index])
    tname, size_text = m.group(1), m.group(2)
    shape = tuple(int(s) for s in size_text.split('x'))
    numel = 1
    for s in shape:
        numel *= s
    body = []
    count = 0
    summarized = False
    i = footer_index - 1
    while i >= 0:
        kind = _classify(lines[i])
        if kind == 'other':
            break
        if kind == 'row':
            nums, dots = _row_numbers(lines[i])
            if count >= numel and not summarized:
                break
            if _FOOTER_RE.match(lines[i]):
                break
            count += len(nums)
            summarized = summarized or dots
        if kind == 'dots':
            if count >= numel and not summarized:
                break
            summarized = True
        body.append((kind, lines[i]))
        i -= 1
    body.reverse()
    if count != numel and not summarized:
        return None
    # assemble: slices of column chunks of rows
    slices = []
    scale = 1.0
    for kind, line in body:
        if kind == 'slice':
            slices.append([[]])
            scale = 1.0
        elif kind == 'columns':
            if not slices:
                slices.append([])
            if not slices[-1] or slices[-1][-1]:
                slices[-1].append([])
            scale = 1.0
        elif kind == 'scale':
            scale = float(_SCALE_RE.match(line).group(1))
        elif kind == 'row':
            if not slices:
                slices.append([[]])
            if not slices[-1]:
                slices[-1].append([])
            nums, _ = _row_numbers(line)
            slices[-1][-1].append([(_number(t) * scale, _slack(t, scale)) for t in nums])
    values, slack = [], []
    for chunks in slices:
        chunks = [c for c in chunks if c]
        if not chunks:
            continue
        nrows = len(chunks[0])
        if any(len(c) != nrows for c in chunks):
            summarized = True
            nrows = min(len(c) for c in chunks)
        for r in range(nrows):
            for c in chunks:
                for v, s in c[r]:
                    values.append(v)
                    slack.append(s)
    dtype = LEGACY_DTYPES.get(tname)
    start = i + 1
    shown = start      # the leading blank line of the printout is not worth pointing at
    while shown < footer_index and not lines[shown].strip():
        shown += 1
    text = '\n'.join(lines[shown:footer_index + 1])
    return start, Token('tensor', text, shown + 1, footer_index + 1, values=values, slack=slack,
                        shape=shape, dtype=dtype, summarized=summarized)


def _modern_tensor(text, p):
    """Parse ``tensor(...)`` starting at ``text[p]``: (end offset, Token) or None."""
    q = p + len('tensor(')
    depth, i = 1, q
    while i < len(text) and depth:
        c = text[i]
        if c in '([':
            depth += 1
        elif c in ')]':
            depth -= 1
        i += 1
    if depth:
        return None
    inner = text[q:i - 1]
    stripped = inner.lstrip()
    if stripped.startswith('['):
        offset = len(inner) - len(stripped)
        d, k = 0, offset
        while k < len(inner):
            if inner[k] == '[':
                d += 1
            elif inner[k] == ']':
                d -= 1
                if d == 0:
                    break
            k += 1
        data, rest = inner[:k + 1], inner[k + 1:]
    else:
        data, _, rest = inner.partition(',')
        rest = ',' + rest if rest else ''
    items = re.findall(r'\[|\]|\.\.\.|True|False|' + r'[-+]?(?:nan|inf)|' + _NUMBER, data)
    values, slack, texts = [], [], []
    summarized = False
    # shape from the bracket structure
    stack = [[]]
    for it in items:
        if it == '[':
            stack.append([])
        elif it == ']':
            done = stack.pop()
            stack[-1].append(done)
        elif it == '...':
            summarized = True
        else:
            if it in ('True', 'False'):
                v, s = (1.0 if it == 'True' else 0.0), 0.0
            else:
                v, s = _number(it), _slack(it)
            values.append(v)
            slack.append(s)
            texts.append(it)
            stack[-1].append(v)
    tree = stack[0][0] if stack[0] and isinstance(stack[0][0], list) else (
        stack[0][0] if stack[0] else None)
    shape = _shape(tree) if not summarized else None
    size = re.search(r'size=\(([\d,\s]*)\)', rest)
    if size:
        shape = tuple(int(s) for s in size.group(1).replace(' ', '').split(',') if s)
    dtype = None
    m = re.search(r'dtype=torch\.(\w+)', rest)
    if m:
        dtype = m.group(1)
    elif any(t in ('True', 'False') for t in texts):
        dtype = 'bool'
    elif not texts or any(re.search(r'[.eEn]', t) for t in texts):
        dtype = 'float32'
    else:
        dtype = 'int64'
    tok = Token('tensor', text[p:i], 0, values=values, slack=slack, shape=shape, dtype=dtype,
                summarized=summarized)
    return i, tok


def _shape(tree):
    if not isinstance(tree, list):
        return ()
    if not tree:
        return (0,)
    inner = _shape(tree[0])
    if inner is None:
        return None
    return (len(tree),) + inner


def tokenize_output(text):
    """The printed output ``text`` as a list of :class:`Token`."""
    text = text.replace('\r\n', '\n')
    lines = text.split('\n')
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    # 0.3 printouts, found from their footers
    blocks = {}
    for idx, line in enumerate(lines):
        if _FOOTER_RE.match(line):
            parsed = _legacy_block(lines, idx)
            if parsed is None:
                continue
            first, tok = parsed
            # earlier blocks inside this one's span are impossible (footers stop the scan)
            blocks[starts[first]] = (starts[idx] + len(line), tok)
    tokens = []
    p, n = 0, len(text)

    def line_of(offset):
        return bisect.bisect_right(starts, offset)

    while p < n:
        if p in blocks:
            end, tok = blocks[p]
            tokens.append(tok)
            p = end
            continue
        c = text[p]
        if c.isspace():
            p += 1
            continue
        skipped = False
        for noise in _NOISE:
            m = noise.match(text, p)
            if m:
                p = m.end()
                skipped = True
                break
        if skipped:
            continue
        if text.startswith('tensor(', p) and (p == 0 or not (text[p - 1].isalnum()
                                                            or text[p - 1] in '_.')):
            parsed = _modern_tensor(text, p)
            if parsed is not None:
                end, tok = parsed
                tok.line = line_of(p)
                tok.end = line_of(end - 1)
                tokens.append(tok)
                p = end
                continue
        m = _NODIM_RE.match(text, p)
        if m:
            tokens.append(Token('tensor', m.group(0), line_of(p), values=[], slack=[], shape=(0,),
                                dtype=LEGACY_DTYPES.get(m.group(1))))
            p = m.end()
            continue
        m = _TOKEN_RE.match(text, p)
        if m:
            kind = m.lastgroup
            word = m.group(0)
            if kind == 'addr':
                tokens.append(Token('word', '0x...', line_of(p)))
            elif kind == 'num':
                tokens.append(Token('num', word, line_of(p), values=[_number(word)],
                                    slack=[_slack(word)]))
            else:
                low = word.lower()
                if low in ('nan', 'inf'):
                    sign = -1.0 if p > 0 and text[p - 1] == '-' else 1.0
                    tokens.append(Token('num', word, line_of(p), values=[sign * _SPECIAL[low]],
                                        slack=[0.0]))
                else:
                    tokens.append(Token('word', word, line_of(p)))
            p = m.end()
            continue
        p += 1     # punctuation
    tokens.sort(key=lambda t: t.line)
    return tokens


# ---------------------------------------------------------------------------
# comparing
# ---------------------------------------------------------------------------

def _close(a, b, sa, sb, rtol, atol):
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    if math.isinf(a) or math.isinf(b):
        return a == b
    return abs(a - b) <= atol + rtol * max(abs(a), abs(b)) + sa + sb


def _squeezed(shape):
    return tuple(s for s in shape if s != 1) if shape is not None else None


def _match(a, b, rtol, atol, check_dtype):
    """None if the tokens agree, else a one-line explanation."""
    if a.kind == 'word' or b.kind == 'word':
        if a.kind == b.kind == 'word' and a.text == b.text:
            return None
        return 'text differs: {} vs {}'.format(a.describe(), b.describe())
    va, vb = a.values, b.values
    if a.kind == 'num' or b.kind == 'num':
        if len(va) != 1 or len(vb) != 1:
            return 'a number vs a tensor of {} elements: {} vs {}'.format(
                max(len(va), len(vb)), a.describe(), b.describe())
        if not _close(va[0], vb[0], a.slack[0], b.slack[0], rtol, atol):
            return 'numbers differ: {} vs {} (|diff| {:.3g} > tolerance {:.3g})'.format(
                _fmt(va[0]), _fmt(vb[0]), abs(va[0] - vb[0]),
                atol + rtol * max(abs(va[0]), abs(vb[0])) + a.slack[0] + b.slack[0])
        return None
    # two tensors
    if check_dtype and a.dtype and b.dtype and a.dtype != b.dtype and \
            b.dtype not in _COMPATIBLE.get(a.dtype, ()):
        return 'element types differ: {} vs {} ({} vs {})'.format(
            a.dtype, b.dtype, a.describe(), b.describe())
    if a.summarized or b.summarized:
        if a.shape is not None and b.shape is not None and _squeezed(a.shape) != _squeezed(b.shape):
            return 'sizes differ: {} vs {}'.format(a.describe(), b.describe())
        return None
    if len(va) != len(vb):
        return 'tensors have {} vs {} elements: {} vs {}'.format(len(va), len(vb), a.describe(),
                                                              b.describe())
    if a.shape is not None and b.shape is not None and _squeezed(a.shape) != _squeezed(b.shape):
        return 'sizes differ: {} vs {}'.format(a.describe(), b.describe())
    for k, (x, y) in enumerate(zip(va, vb)):
        if not _close(x, y, a.slack[k], b.slack[k], rtol, atol):
            return ('tensor element {} differs: {} vs {} (|diff| {:.3g} > tolerance {:.3g}); '
                    '{} vs {}').format(k, _fmt(x), _fmt(y), abs(x - y),
                                       atol + rtol * max(abs(x), abs(y)) + a.slack[k] + b.slack[k],
                                       a.describe(), b.describe())
    return None


class Comparison(object):
    """Outcome of comparing two outputs: ``same``, and where/why they diverge."""

    def __init__(self, old_text, new_text, old_tokens, new_tokens, index=None, reason=None,
                 numbers=0, max_diff=0.0):
        self.old_text = old_text
        self.new_text = new_text
        self.old_tokens = old_tokens
        self.new_tokens = new_tokens
        self.index = index
        self.reason = reason
        self.numbers = numbers
        self.max_diff = max_diff
        self.old_line = self.new_line = None
        self.old_status = self.new_status = None
        self.old_label, self.new_label = 'OLD', 'NEW'
        self.old_stderr = self.new_stderr = ''

    @property
    def same(self):
        return self.reason is None

    def __bool__(self):
        return self.same

    def report(self, context=2):
        if self.same:
            return ('same output ({} tokens, {} numbers compared, max |diff| {:.3g})\n'.format(
                len(self.old_tokens), self.numbers, self.max_diff))
        lines = ['outputs differ: ' + self.reason]
        for label, text, line, status, err in (
                (self.old_label, self.old_text, self.old_line, self.old_status, self.old_stderr),
                (self.new_label, self.new_text, self.new_line, self.new_status, self.new_stderr)):
            lines.append('--- {}{}'.format(label, '' if status in (None, 0) else
                                           ' (exit status {})'.format(status)))
            lines.extend(_context(text, line, context))
            if status not in (None, 0) and err:
                tail = err.rstrip().splitlines()[-8:]
                lines.append('    stderr (last lines):')
                lines.extend('    ' + t for t in tail)
        return '\n'.join(lines) + '\n'


def _context(text, span, context):
    all_lines = text.split('\n')
    if all_lines and all_lines[-1] == '':
        all_lines.pop()
    if not all_lines:
        return ['    (no output)']
    if span is None:
        first, last = len(all_lines) + 1, len(all_lines) + 1
    else:
        first, last = span
    lo = max(1, first - context)
    hi = min(len(all_lines), min(last, first + 8) + context)
    out = []
    for k in range(lo, hi + 1):
        mark = '>' if first <= k <= last else ' '
        out.append('  {} {:4d} | {}'.format(mark, k, all_lines[k - 1]))
    if span is None or first > len(all_lines):
        out.append('  > (end of output)')
    return out


def compare_outputs(old_text, new_text, rtol=DEFAULT_RTOL, atol=DEFAULT_ATOL, check_dtype=True):
    """Compare two printed outputs (0.3 and modern formats); returns a :class:`Comparison`."""
    a, b = tokenize_output(old_text), tokenize_output(new_text)
    numbers, max_diff = 0, 0.0
    for k in range(min(len(a), len(b))):
        why = _match(a[k], b[k], rtol, atol, check_dtype)
        if why is not None:
            c = Comparison(old_text, new_text, a, b, k, why, numbers, max_diff)
            c.old_line = (a[k].line, a[k].end)
            c.new_line = (b[k].line, b[k].end)
            return c
        if a[k].kind != 'word' and len(a[k].values) == len(b[k].values):
            for x, y in zip(a[k].values, b[k].values):
                numbers += 1
                if not (math.isnan(x) or math.isnan(y) or math.isinf(x) or math.isinf(y)):
                    max_diff = max(max_diff, abs(x - y))
    if len(a) != len(b):
        k = min(len(a), len(b))
        longer, which = (a, 'OLD') if len(a) > len(b) else (b, 'NEW')
        why = '{} prints more: {} is not in the other output'.format(which, longer[k].describe())
        c = Comparison(old_text, new_text, a, b, k, why, numbers, max_diff)
        c.old_line = (a[k].line, a[k].end) if k < len(a) else None
        c.new_line = (b[k].line, b[k].end) if k < len(b) else None
        return c
    return Comparison(old_text, new_text, a, b, None, None, numbers, max_diff)


# ---------------------------------------------------------------------------
# running the two scripts
# ---------------------------------------------------------------------------

class RunResult(object):
    def __init__(self, argv, status, stdout, stderr):
        self.argv = argv
        self.status = status
        self.stdout = stdout
        self.stderr = stderr


def _package_root():
    return os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _env(extra_path=None):
    env = dict(os.environ)
    env['PYTHONHASHSEED'] = '0'
    env['PYTHONIOENCODING'] = 'utf-8'
    if extra_path:
        env['PYTHONPATH'] = os.pathsep.join(
            [extra_path] + [p for p in env.get('PYTHONPATH', '').split(os.pathsep) if p])
    return env


def _run(argv, env, timeout, cwd=None):
    try:
        proc = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, env=env, timeout=timeout, cwd=cwd)
    except subprocess.TimeoutExpired as exc:
        out = (exc.stdout or b'').decode('utf-8', 'replace')
        err = (exc.stderr or b'').decode('utf-8', 'replace')
        return RunResult(argv, 'timeout after {}s'.format(timeout), out, err)
    return RunResult(argv, proc.returncode, proc.stdout.decode('utf-8', 'replace'),
                     proc.stderr.decode('utf-8', 'replace'))


#: Seed of the 0.3 generator on both sides when neither ``seed=`` nor
#: ``LEGACY_AUTOGRAD_SEED`` gives one (0.3 itself seeded from /dev/urandom).
DEFAULT_SEED = 0


def _seeded_env(seed, extra_path=None):
    from .rng_bridge import SEED_ENV
    env = _env(extra_path)
    if seed is not None:
        env[SEED_ENV] = str(int(seed))
    return env


def resolve_seed(seed=None):
    """``seed``, else ``LEGACY_AUTOGRAD_SEED``, else :data:`DEFAULT_SEED`."""
    from .rng_bridge import env_seed
    if seed is not None:
        return int(seed)
    env = env_seed()
    return DEFAULT_SEED if env is None else env


def run_old(script, args=(), timeout=600, cwd=None, seed=None):
    """Run ``script`` under the shim in a fresh interpreter (0.3 generator seeded with
    ``seed`` before the script runs, if given)."""
    argv = [sys.executable, '-m', 'legacy_autograd', 'run', os.fspath(script)] + list(args)
    return _run(argv, _seeded_env(seed, _package_root()), timeout, cwd)


_TORCH_VERSIONS = {}


def check_modern_torch(python=None, timeout=120):
    """Return the torch version importable by ``python``; raise :class:`ModernTorchMissing`.

    A successful check is remembered for the process (per interpreter and PYTHONPATH).
    """
    python = python or sys.executable
    key = (python, os.environ.get('PYTHONPATH', ''))
    if key in _TORCH_VERSIONS:
        return _TORCH_VERSIONS[key]
    argv = [python, '-c', 'import sys, torch; sys.stdout.write(torch.__version__)']
    try:
        res = _run(argv, _env(), timeout)
    except OSError as exc:
        raise ModernTorchMissing('cannot start {}: {}'.format(python, exc)) from None
    if res.status != 0:
        last = (res.stderr.strip().splitlines() or ['import failed'])[-1]
        raise ModernTorchMissing(
            'modern PyTorch is not importable by {} ({}). compare runs NEW under the installed '
            'torch; install the version the project pins: {}'.format(python, last, INSTALL_TORCH))
    _TORCH_VERSIONS[key] = res.stdout.strip()
    return _TORCH_VERSIONS[key]


def run_new(script, args=(), python=None, timeout=600, werror=False, cwd=None,
            rng_bridge=True, seed=None):
    """Run ``script`` under modern torch in a fresh interpreter.

    ``rng_bridge=True``: as ``python -m legacy_autograd.rng_bridge SCRIPT`` (modern
    torch draws 0.3's random stream, seeded with ``seed`` if given); False: plain
    ``python SCRIPT``.
    """
    argv = [python or sys.executable]
    if werror:
        argv += ['-W', 'error']
    if rng_bridge:
        argv += ['-m', 'legacy_autograd.rng_bridge']
    argv += [os.fspath(script)] + list(args)
    return _run(argv, _seeded_env(seed, _package_root() if rng_bridge else None), timeout, cwd)


def compare_scripts(old_script, new_script, rtol=DEFAULT_RTOL, atol=DEFAULT_ATOL, args=(),
                    python=None, timeout=600, werror=False, check_dtype=True, cwd=None,
                    rng_bridge=True, seed=None):
    """Run OLD under the shim and NEW under modern torch; compare their outputs.

    Returns a :class:`Comparison` (with ``old_status``/``new_status``); exit
    statuses that differ count as a divergence.  Raises
    :class:`ModernTorchMissing` if NEW's interpreter cannot import torch.

    ``rng_bridge`` (default True) runs NEW with the RNG bridge, so that modern torch
    draws 0.3's random numbers; both sides start from the same seed
    (:func:`resolve_seed`), which decides what an unseeded script draws.
    """
    check_modern_torch(python)
    seed = resolve_seed(seed)
    old = run_old(old_script, args, timeout, cwd, seed=seed)
    new = run_new(new_script, args, python, timeout, werror, cwd, rng_bridge=rng_bridge,
                  seed=seed)
    result = compare_outputs(old.stdout, new.stdout, rtol, atol, check_dtype)
    result.old_label = 'OLD: legacy-autograd run {}'.format(old_script)
    result.new_label = 'NEW: {} {}{}{}'.format(os.path.basename(python or sys.executable),
                                               '-W error ' if werror else '',
                                               '-m legacy_autograd.rng_bridge '
                                               if rng_bridge else '', new_script)
    result.old_status, result.new_status = old.status, new.status
    result.old_stderr, result.new_stderr = old.stderr, new.stderr
    if old.status != new.status:
        reason = 'exit status {} vs {}'.format(old.status, new.status)
        if result.same:
            result.reason = reason
            result.old_line = result.new_line = None
        else:
            result.reason += ' (and ' + reason + ')'
    return result


def assert_same_output(old_script, new_script, rtol=DEFAULT_RTOL, atol=DEFAULT_ATOL, args=(),
                       python=None, timeout=600, werror=False, check_dtype=True, cwd=None,
                       rng_bridge=True, seed=None):
    """Test helper: OLD under the shim and NEW under modern torch print the same.

    Raises ``AssertionError`` with the first divergence (and context) when they
    do not; returns the :class:`Comparison` otherwise.  Pass ``werror=True`` to
    run NEW with ``python -W error`` (every warning is an error).
    """
    result = compare_scripts(old_script, new_script, rtol, atol, args, python, timeout, werror,
                             check_dtype, cwd, rng_bridge, seed)
    if not result.same:
        raise AssertionError('{} and {} differ\n{}'.format(old_script, new_script,
                                                           result.report()))
    return result


# ---------------------------------------------------------------------------
# command line
# ---------------------------------------------------------------------------

def add_arguments(parser):
    parser.add_argument('old', metavar='OLD.py', help='0.3-era script, run under the shim')
    parser.add_argument('new', metavar='NEW.py', help='migrated script, run under modern torch')
    parser.add_argument('--rtol', type=float, default=DEFAULT_RTOL,
                        help='relative tolerance for numbers (default %(default)g)')
    parser.add_argument('--atol', type=float, default=DEFAULT_ATOL,
                        help='absolute tolerance for numbers (default %(default)g)')
    parser.add_argument('--python', metavar='PY', default=None,
                        help='interpreter with modern torch for NEW (default: this one)')
    parser.add_argument('--werror', action='store_true',
                        help='run NEW with `python -W error` (deprecation warnings fail it)')
    parser.add_argument('--ignore-dtype', action='store_true',
                        help='do not compare element types of tensors')
    parser.add_argument('--timeout', type=float, default=600,
                        help='seconds each script may run (default %(default)g)')
    parser.add_argument('--no-rng-bridge', dest='rng_bridge', action='store_false',
                        help='run NEW with plain python (modern torch draws its own random '
                             'numbers) instead of under legacy_autograd.rng_bridge')
    parser.add_argument('--seed', type=int, default=None,
                        help='seed of the 0.3 generator on both sides before the scripts run '
                             '(default: $LEGACY_AUTOGRAD_SEED, else %d)' % DEFAULT_SEED)
    parser.add_argument('args', nargs='*', metavar='ARGS',
                        help='arguments for both scripts (put them after --)')


def handle(args):
    from .cli import CommandError

    for path in (args.old, args.new):
        if not os.path.isfile(path):
            raise CommandError("can't open file {!r}: no such file".format(path))
    try:
        result = compare_scripts(args.old, args.new, args.rtol, args.atol, args.args,
                                 args.python, args.timeout, args.werror,
                                 not args.ignore_dtype, rng_bridge=args.rng_bridge,
                                 seed=args.seed)
    except ModernTorchMissing as exc:
        raise CommandError(str(exc)) from None
    if result.same:
        sys.stdout.write('{} and {}: {}'.format(args.old, args.new, result.report()))
        return 0
    sys.stdout.write(result.report())
    return 1
