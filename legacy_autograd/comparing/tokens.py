"""Printed output as a stream of tokens: words, numbers and whole tensor printouts.

* A 0.3 printout (rows of numbers ending in ``[torch.FloatTensor of size
  2x3]``, with ``1.00000e-02 *`` scale headers, ``Columns a to b`` blocks and
  ``(0 ,.,.) =`` slices) and a modern one (``tensor([[1., 2.]],
  requires_grad=True)``, ``dtype=torch.float64``, ``size=(0, 3)``) both become
  one ``tensor`` token: its numbers (:class:`.printed_numbers.Num`, each with
  the line it was printed on), its size and its element type.
* Other text is normalised line by line (:mod:`.normalise`) and split into
  words and numbers; punctuation and blank space are not tokens.  Digits glued to
  letters or dots in a way that is not a number (``3x4``, ``v1.0``) are kept as
  a word, compared as text: no digit is ever dropped.
"""

import re
from decimal import Decimal

from .normalise import normalise_line
from .printed_numbers import parse_number

__all__ = ['Token', 'tokenize_output', 'LEGACY_DTYPES']

LEGACY_DTYPES = {'Float': 'float32', 'Double': 'float64', 'Half': 'float16', 'Long': 'int64',
                 'Int': 'int32', 'Short': 'int16', 'Char': 'int8', 'Byte': 'uint8'}
_INTEGER_DTYPES = {'int64', 'int32', 'int16', 'int8', 'uint8', 'bool'}


class Token(object):
    """A word, a number or a tensor printout.

    ``nums``: list of :class:`Num` (one for a number, the elements for a
    tensor); ``shape``: tuple or None if unknown; ``dtype``: e.g. 'float32' or
    None; ``line``/``end``: 1-based lines of the output it spans.
    """

    __slots__ = ('kind', 'text', 'nums', 'shape', 'dtype', 'line', 'end', 'summarized')

    def __init__(self, kind, text, line, end=None, nums=None, shape=None, dtype=None,
                 summarized=False):
        self.kind = kind
        self.text = text
        self.line = line
        self.end = end if end is not None else line
        self.nums = nums
        self.shape = shape
        self.dtype = dtype
        self.summarized = summarized

    @property
    def values(self):
        return [float(n) for n in self.nums] if self.nums is not None else None

    def describe(self):
        if self.kind == 'word':
            return repr(self.text)
        if self.kind == 'num':
            return self.text
        size = 'x'.join(str(s) for s in self.shape) if self.shape else (
            'scalar' if self.shape == () else '?')
        vals = ', '.join(n.text for n in self.nums[:6])
        if len(self.nums) > 6:
            vals += ', ...'
        return 'tensor of size {} ({}) [{}]'.format(size, self.dtype or 'type unknown', vals)

    def __repr__(self):
        return 'Token({}, {!r}, line {})'.format(
            self.kind, self.text if self.kind != 'tensor' else self.describe(), self.line)


_NUMBER = r'[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?'
_FOOTER_RE = re.compile(r'^\[torch\.(?:cuda\.)?(\w+)Tensor of size ([0-9x]+)(?: \(GPU \d+\))?\]\s*$')
_NODIM_RE = re.compile(r'\[torch\.(?:cuda\.)?(\w+)Tensor with no dimension\]')
_ROW_RE = re.compile(r'^\s*(?:(?:[-+]?(?:\d+\.?\d*(?:[eE][-+]?\d+)?|nan|inf)|\.\.\.|\u22ee|\u22f1)\s*)+$')
_SCALE_RE = re.compile(r'^\s*(\d\.\d+e[-+]\d+) \*\s*$')
_COLUMNS_RE = re.compile(r'^\s*Columns \d+ to \d+\s*$')
_SLICE_RE = re.compile(r'^\s*\((?:\s*[\d.\u22ee]+\s*,)+\.,\.\) =\s*$')
_DOTS_RE = re.compile(r'^[\s.\u22ee\u22f1]*$')
_TOKEN_RE = re.compile(r'''
    (?P<num>(?<![\w.])[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?(?![\w])
           |(?<![\w.])[-+]?(?:nan|inf)(?![\w]))
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)
  | (?P<sym>0x\?)
  | (?P<glued>[0-9][\w.]*)
''', re.X)
_DOTTED = ('...', '\u22ee', '\u22f1')


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


def _row_items(line):
    parts = line.split()
    return [p for p in parts if p not in _DOTTED], any(p in _DOTTED for p in parts)


def _legacy_block(lines, footer):
    """The 0.3 printout ending at ``lines[footer]``: (first line index, Token) or None."""
    m = _FOOTER_RE.match(lines[footer])
    tname, size_text = m.group(1), m.group(2)
    shape = tuple(int(s) for s in size_text.split('x'))
    numel = 1
    for s in shape:
        numel *= s
    dtype = LEGACY_DTYPES.get(tname)
    integer = dtype in _INTEGER_DTYPES
    body, count, summarized = [], 0, False
    i = footer - 1
    while i >= 0:
        kind = _classify(lines[i])
        if kind == 'other' or _FOOTER_RE.match(lines[i]):
            break
        if kind in ('row', 'dots'):
            if count >= numel and not summarized:
                break
            if kind == 'row':
                items, dots = _row_items(lines[i])
                count += len(items)
                summarized = summarized or dots
            else:
                summarized = True
        body.append((kind, i))
        i -= 1
    body.reverse()
    if count != numel and not summarized:
        return None
    slices, scale = [], None
    for kind, k in body:
        line = lines[k]
        if kind == 'slice':
            slices.append([[]])
            scale = None
        elif kind == 'columns':
            if not slices:
                slices.append([])
            if not slices[-1] or slices[-1][-1]:
                slices[-1].append([])
            scale = None
        elif kind == 'scale':
            scale = Decimal(_SCALE_RE.match(line).group(1))
        elif kind == 'row':
            if not slices:
                slices.append([[]])
            if not slices[-1]:
                slices[-1].append([])
            items, _ = _row_items(line)
            slices[-1][-1].append([parse_number(t, k + 1, rounded=True, scale=scale,
                                                integer=integer) for t in items])
    nums = []
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
                nums.extend(c[r])
    start = i + 1
    shown = start
    while shown < footer and not lines[shown].strip():
        shown += 1
    text = '\n'.join(lines[shown:footer + 1])
    return start, Token('tensor', text, shown + 1, footer + 1, nums=nums, shape=shape,
                        dtype=dtype, summarized=summarized)


def _modern_tensor(text, p, line_of):
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
        d, k = 0, len(inner) - len(stripped)
        while k < len(inner):
            if inner[k] == '[':
                d += 1
            elif inner[k] == ']':
                d -= 1
                if d == 0:
                    break
            k += 1
        data_end = k + 1
    else:
        data_end = inner.find(',')
        data_end = len(inner) if data_end < 0 else data_end
    rest = inner[data_end:]
    m = re.search(r'dtype=torch\.(\w+)', rest)
    items = [(x.group(0), x.start()) for x in re.finditer(
        r'\[|\]|\.\.\.|True|False|[-+]?(?:nan|inf)|' + _NUMBER, inner[:data_end])]
    texts = [t for t, _ in items if t not in ('[', ']', '...')]
    if m:
        # (the normalisation table has already spelled torch.float64 as torch.DoubleTensor)
        dtype = m.group(1)
        dtype = LEGACY_DTYPES.get(dtype[:-len('Tensor')], dtype) if dtype.endswith('Tensor') \
            else dtype
    elif any(t in ('True', 'False') for t in texts):
        dtype = 'bool'
    elif not texts or any(re.search(r'[.eEn]', t) for t in texts):
        dtype = 'float32'
    else:
        dtype = 'int64'
    integer = dtype in _INTEGER_DTYPES
    nums, summarized, stack = [], False, [[]]
    for it, off in items:
        if it == '[':
            stack.append([])
        elif it == ']':
            done = stack.pop()
            stack[-1].append(done)
        elif it == '...':
            summarized = True
        else:
            line = line_of(q + off)
            if it in ('True', 'False'):
                n = parse_number('1' if it == 'True' else '0', line, integer=True)
                n.text = it
            else:
                n = parse_number(it, line, rounded=True, integer=integer)
            nums.append(n)
            stack[-1].append(n)
    top = stack[0]
    shape = None if summarized else (_shape(top[0]) if top else None)
    size = re.search(r'size=\(([\d,\s]*)\)', rest)
    if size:
        shape = tuple(int(s) for s in size.group(1).replace(' ', '').split(',') if s)
    tok = Token('tensor', text[p:i], line_of(p), line_of(i - 1), nums=nums, shape=shape,
                dtype=dtype, summarized=summarized)
    return i, tok


def _shape(tree):
    if not isinstance(tree, list):
        return ()
    if not tree:
        return (0,)
    inner = _shape(tree[0])
    return None if inner is None else (len(tree),) + inner


def tokenize_output(text):
    """The printed output ``text`` as a list of :class:`Token` in printed order."""
    lines = text.replace('\r\n', '\n').split('\n')
    blocks = {}
    for idx, line in enumerate(lines):
        if _FOOTER_RE.match(line):
            parsed = _legacy_block(lines, idx)
            if parsed is not None:
                first, tok = parsed
                blocks[first] = (idx, tok)
    # everything outside 0.3 printouts, normalised, with the same line numbers
    plain = list(lines)
    for first, (last, _) in blocks.items():
        for k in range(first, last + 1):
            plain[k] = ''
    plain = [normalise_line(line) for line in plain]
    starts = [0]
    for line in plain[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    body = '\n'.join(plain)

    import bisect

    def line_of(offset):
        return bisect.bisect_right(starts, offset)

    found = [((first + 1, -1), tok) for first, (_, tok) in blocks.items()]
    p, n = 0, len(body)
    while p < n:
        c = body[p]
        if c.isspace():
            p += 1
            continue
        if body.startswith('tensor(', p) and (p == 0 or not (body[p - 1].isalnum()
                                                            or body[p - 1] in '_.')):
            parsed = _modern_tensor(body, p, line_of)
            if parsed is not None:
                end, tok = parsed
                found.append(((tok.line, p), tok))
                p = end
                continue
        m = _NODIM_RE.match(body, p)
        if m:
            found.append(((line_of(p), p), Token('tensor', m.group(0), line_of(p), nums=[],
                                                  shape=(0,), dtype=LEGACY_DTYPES.get(m.group(1)))))
            p = m.end()
            continue
        m = _TOKEN_RE.match(body, p)
        if m:
            word, line = m.group(0), line_of(p)
            if m.lastgroup == 'num':
                found.append(((line, p), Token('num', word, line, nums=[parse_number(word, line)])))
            else:
                found.append(((line, p), Token('word', word, line)))
            p = m.end()
            continue
        p += 1     # punctuation
    found.sort(key=lambda item: item[0])
    return [tok for _, tok in found]
