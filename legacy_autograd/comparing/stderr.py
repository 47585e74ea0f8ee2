"""What a script wrote to stderr, split into the parts ``compare`` judges.

* warnings (``file.py:12: UserWarning: ...`` and the indented source line
  after it) are dropped: a migrated script is expected to lose 0.3's
  deprecation warnings (run NEW with ``--werror`` to fail on modern ones);
* the uncaught exception that ended the script (the last ``Traceback (most
  recent call last):`` block) is reduced to its ``Type: message`` lines: the
  frames name files and lines of two different libraries;
* progress bars (a line holding a carriage return, or a tqdm bar
  ``45%|####      | 9/20 [00:01<00:02, 4.51it/s]``) are dropped: they show
  timings;
* every other line is kept, with its line number, and compared like stdout.
"""

import re

__all__ = ['StderrParts', 'split_stderr']

_WARNING_RE = re.compile(r'^.*:\d+: (?:[\w.]*Warning|Warning): ')
_PROGRESS_RE = re.compile(r'\d+%\|.*\|\s*\d+(?:\.\d+)?[kMG]?/\S+ \[')
_TRACEBACK = 'Traceback (most recent call last):'
_CHAINED = ('During handling of the above exception, another exception occurred:',
            'The above exception was the direct cause of the following exception:')


class StderrParts(object):
    """``text``: stderr with warnings and tracebacks blanked (line numbers kept);
    ``exception``: the final ``Type: message`` text or None; ``exception_line``:
    its first line number (1-based) in stderr."""

    def __init__(self, text, exception, exception_line):
        self.text = text
        self.exception = exception
        self.exception_line = exception_line

    @property
    def exception_type(self):
        if self.exception is None:
            return None
        return self.exception.split('\n', 1)[0].partition(':')[0].strip()


def split_stderr(stderr):
    lines = stderr.replace('\r\n', '\n').split('\n')
    keep = list(lines)
    i = 0
    while i < len(lines):
        if '\r' in lines[i] or _PROGRESS_RE.search(lines[i]):
            keep[i] = ''
            i += 1
            continue
        if _WARNING_RE.match(lines[i]):
            keep[i] = ''
            i += 1
            while i < len(lines) and lines[i].startswith((' ', '\t')):
                keep[i] = ''
                i += 1
            continue
        i += 1
    exception, exception_line = None, None
    tb = [k for k, line in enumerate(lines) if line.rstrip() == _TRACEBACK]
    if tb:
        first = tb[0]
        # a chain of tracebacks: blank them all, keep the last exception
        k = tb[-1] + 1
        while k < len(lines) and (lines[k].startswith((' ', '\t')) or not lines[k].strip()):
            k += 1
        end = len(lines)
        while end > k and not lines[end - 1].strip():
            end -= 1
        exception = '\n'.join(lines[k:end])
        exception_line = k + 1
        for j in range(first, len(lines)):
            keep[j] = ''
    return StderrParts('\n'.join(keep), exception, exception_line)
