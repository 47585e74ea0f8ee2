"""The verdict: two runs compared stream by stream, first difference first.

Order of the checks: stdout (token by token), then the uncaught exception
(type and message), then the other stderr lines, then the exit status.  Every
difference found is kept (``Comparison.differences``); the first one is the
``reason`` and is shown with the source lines of both outputs.
"""

import math

from .printed_numbers import number_difference
from .stderr import split_stderr
from .tokens import tokenize_output

__all__ = ['Comparison', 'Difference', 'compare_outputs', 'compare_runs']

_COMPATIBLE = {'uint8': {'uint8', 'bool'}, 'bool': {'uint8', 'bool'}}


class Difference(object):
    """One difference: ``stream`` ('stdout', 'stderr', 'exception', 'exit status'),
    ``reason`` (one line), ``old_line``/``new_line`` ((first, last) spans or None),
    ``old_num``/``new_num`` (the differing :class:`Num` objects, if numbers)."""

    def __init__(self, stream, reason, old_line=None, new_line=None, old_num=None, new_num=None):
        self.stream = stream
        self.reason = reason
        self.old_line = old_line
        self.new_line = new_line
        self.old_num = old_num
        self.new_num = new_num


def _squeezed(shape):
    return tuple(s for s in shape if s != 1) if shape is not None else None


def _number_reason(a, b, why, where=''):
    return 'first differing number{}: OLD line {} prints {}, NEW line {} prints {} ({})'.format(
        where, a.line, a.text, b.line, b.text, why)


def _match(a, b, rtol, atol, check_dtype):
    """None if tokens ``a`` (OLD) and ``b`` (NEW) agree, else (reason, old Num, new Num)."""
    if a.kind == 'word' or b.kind == 'word':
        if a.kind == b.kind == 'word' and a.text == b.text:
            return None
        return 'text differs: {} vs {}'.format(a.describe(), b.describe()), None, None
    na, nb = a.nums, b.nums
    if a.kind == 'num' or b.kind == 'num':
        if len(na) != 1 or len(nb) != 1:
            return ('a number vs a tensor of {} elements: {} vs {}'.format(
                max(len(na), len(nb)), a.describe(), b.describe()), None, None)
        d = number_difference(na[0], nb[0], rtol, atol)
        if d is not None:
            return _number_reason(na[0], nb[0], d['why']), na[0], nb[0]
        return None
    if check_dtype and a.dtype and b.dtype and a.dtype != b.dtype and \
            b.dtype not in _COMPATIBLE.get(a.dtype, ()):
        return ('element types differ: {} vs {} ({} vs {})'.format(
            a.dtype, b.dtype, a.describe(), b.describe()), None, None)
    if a.shape is not None and b.shape is not None and _squeezed(a.shape) != _squeezed(b.shape):
        return 'sizes differ: {} vs {}'.format(a.describe(), b.describe()), None, None
    if a.summarized != b.summarized or len(na) != len(nb):
        # (summarized printouts are compared element by element when both show the same
        # elements; anything else is a difference)
        return ('tensors show {} vs {} elements: {} vs {}'.format(
            len(na), len(nb), a.describe(), b.describe()), None, None)
    for k, (x, y) in enumerate(zip(na, nb)):
        d = number_difference(x, y, rtol, atol)
        if d is not None:
            where = ' (element {} of {})'.format(k, a.describe().partition(' [')[0])
            return _number_reason(x, y, d['why'], where), x, y
    return None


def _compare_tokens(a, b, rtol, atol, check_dtype, stream):
    """(Difference or None, count of numbers compared, max |diff| seen)."""
    numbers, max_diff = 0, 0.0
    for k in range(min(len(a), len(b))):
        why = _match(a[k], b[k], rtol, atol, check_dtype)
        if why is not None:
            reason, x, y = why
            old_span = (x.line, x.line) if x is not None else (a[k].line, a[k].end)
            new_span = (y.line, y.line) if y is not None else (b[k].line, b[k].end)
            return (Difference(stream, '{}: {}'.format(stream, reason), old_span, new_span, x, y),
                    numbers, max_diff)
        if a[k].kind != 'word':
            for x, y in zip(a[k].nums, b[k].nums):
                numbers += 1
                if not (x.special or y.special):
                    max_diff = max(max_diff, abs(float(x.value - y.value)))
    if len(a) != len(b):
        k = min(len(a), len(b))
        longer, which = (a, 'OLD') if len(a) > len(b) else (b, 'NEW')
        reason = '{}: {} prints more: {} (line {}) is not in the other output'.format(
            stream, which, longer[k].describe(), longer[k].line)
        old_span = (a[k].line, a[k].end) if k < len(a) else None
        new_span = (b[k].line, b[k].end) if k < len(b) else None
        return Difference(stream, reason, old_span, new_span), numbers, max_diff
    return None, numbers, max_diff


class Comparison(object):
    """Outcome of comparing two runs (or two outputs): ``same``, ``reason`` (the first
    difference), ``differences`` (all found, one per stream), the spans
    ``old_line``/``new_line`` of the first one, ``numbers`` compared, ``max_diff``."""

    def __init__(self, old_text, new_text, old_tokens, new_tokens):
        self.old_text, self.new_text = old_text, new_text
        self.old_tokens, self.new_tokens = old_tokens, new_tokens
        self.differences = []
        self.numbers = 0
        self.max_diff = 0.0
        self.old_status = self.new_status = None
        self.old_label, self.new_label = 'OLD', 'NEW'
        self.old_stderr = self.new_stderr = ''
        self.rtol = self.atol = None

    @property
    def first(self):
        return self.differences[0] if self.differences else None

    @property
    def same(self):
        return not self.differences

    def __bool__(self):
        return self.same

    @property
    def reason(self):
        return self.first.reason if self.differences else None

    @property
    def old_line(self):
        return self.first.old_line if self.differences else None

    @property
    def new_line(self):
        return self.first.new_line if self.differences else None

    @property
    def old_num(self):
        return self.first.old_num if self.differences else None

    @property
    def new_num(self):
        return self.first.new_num if self.differences else None

    def report(self, context=2):
        if self.same:
            return ('same output ({} tokens, {} numbers compared, max |diff| {:.3g}, '
                    'tolerance atol {:g} + rtol {:g})\n'.format(
                        len(self.old_tokens), self.numbers, self.max_diff, self.atol or 0,
                        self.rtol or 0))
        first = self.first
        lines = ['outputs differ: ' + first.reason]
        for other in self.differences[1:]:
            lines.append('  and ' + other.reason)
        text_of = {'stdout': (self.old_text, self.new_text),
                   'stderr': (self.old_stderr, self.new_stderr),
                   'exception': (self.old_stderr, self.new_stderr)}
        old_text, new_text = text_of.get(first.stream, (self.old_text, self.new_text))
        for label, text, span, status in (
                (self.old_label, old_text, first.old_line, self.old_status),
                (self.new_label, new_text, first.new_line, self.new_status)):
            lines.append('--- {} ({}{})'.format(
                label, first.stream if first.stream in text_of else 'stdout',
                '' if status in (None, 0) else ', exit status {}'.format(status)))
            lines.extend(_context(text, span, context))
        return '\n'.join(lines) + '\n'


def _context(text, span, context):
    all_lines = text.split('\n')
    if all_lines and all_lines[-1] == '':
        all_lines.pop()
    if not all_lines:
        return ['    (no output)']
    if span is None:
        first = last = len(all_lines) + 1
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


def compare_outputs(old_text, new_text, rtol, atol, check_dtype=True):
    """Compare two printed outputs (0.3 and modern formats): a :class:`Comparison`."""
    a, b = tokenize_output(old_text), tokenize_output(new_text)
    result = Comparison(old_text, new_text, a, b)
    result.rtol, result.atol = rtol, atol
    diff, result.numbers, result.max_diff = _compare_tokens(a, b, rtol, atol, check_dtype,
                                                            'stdout')
    if diff is not None:
        result.differences.append(diff)
    return result


def compare_runs(old, new, rtol, atol, check_dtype=True):
    """Compare two finished runs (objects with ``stdout``, ``stderr``, ``status``)."""
    result = compare_outputs(old.stdout, new.stdout, rtol, atol, check_dtype)
    result.old_status, result.new_status = old.status, new.status
    result.old_stderr, result.new_stderr = old.stderr, new.stderr
    eo, en = split_stderr(old.stderr), split_stderr(new.stderr)
    if eo.exception is None or en.exception is None:
        if eo.exception is not None or en.exception is not None:
            which, exc = ('OLD', eo) if eo.exception is not None else ('NEW', en)
            span = (exc.exception_line, exc.exception_line)
            result.differences.append(Difference(
                'exception', 'exception: only {} raised {}'.format(
                    which, exc.exception.split('\n', 1)[0]),
                span if which == 'OLD' else None, span if which == 'NEW' else None))
    else:
        ta, tb = tokenize_output(eo.exception), tokenize_output(en.exception)
        for t in ta:
            t.line += eo.exception_line - 1
        for t in tb:
            t.line += en.exception_line - 1
        same_type = eo.exception_type == en.exception_type
        diff, _, _ = _compare_tokens(ta, tb, rtol, atol, check_dtype, 'exception')
        if not same_type or diff is not None:
            detail = ('types {} vs {}'.format(eo.exception_type, en.exception_type)
                      if not same_type else diff.reason.partition(': ')[2])
            result.differences.append(Difference(
                'exception', 'exception: {} vs {} ({})'.format(
                    eo.exception.split('\n', 1)[0], en.exception.split('\n', 1)[0], detail),
                (eo.exception_line, eo.exception_line), (en.exception_line, en.exception_line),
                diff.old_num if diff is not None else None,
                diff.new_num if diff is not None else None))
    diff, n, m = _compare_tokens(tokenize_output(eo.text), tokenize_output(en.text), rtol, atol,
                                 check_dtype, 'stderr')
    if diff is not None:
        result.differences.append(diff)
    if old.status != new.status:
        result.differences.append(Difference(
            'exit status', 'exit status {} vs {}'.format(old.status, new.status)))
    return result
