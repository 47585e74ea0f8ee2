"""The parity table: op x (forward, grad, grad-of-grad) over the fixed cases, as text
(``legacy-autograd parity-report``) or as the markdown of ``docs/parity.md``
(``legacy-autograd parity-report --markdown``; a test checks that the committed document is
what this produces now)."""
import sys

import numpy as np

from .cases import coverage_problems, fixed_cases
from .comparison import fmt_shape
from .libs import modern_torch, registry_ops
from .runner import run_case
from .specs import CHECKS, exemption, short_params

__all__ = ['report_rows', 'format_report', 'format_markdown', 'parity_report']


def report_rows(names=None, dtypes=('float32', 'float64'), results=None):
    """Rows ``(op, {check: status}, n_cases, notes)`` of the parity table (fixed cases only).

    ``results``: a dict ``(op, dtype, label) -> CaseResult`` of cases already run (the test
    session's); missing ones are run here."""
    ops = registry_ops()
    if names is None:
        # 'named:<GradFn>' ops are identity nodes that give a composite its 0.3 node name; they
        # are registered on first use (nn/_graph_ops.named), so the table would depend on what
        # ran before it: they are left out (each is exempt, its composite tested on its own)
        names = [n for n in ops if not n.startswith('named:')]
    names = list(names)
    rows = []
    for name in names:
        if name not in ops:
            raise KeyError(name)
        ex = exemption(name)
        if ex:
            st = 'exempt(%s)' % ex
            rows.append((name, {c: st for c in CHECKS}, 0, []))
            continue
        problems = coverage_problems(name)
        if problems:
            rows.append((name, {c: 'FAIL' for c in CHECKS}, 0, problems))
            continue
        agg = {c: [] for c in CHECKS}
        notes = []
        n = 0
        for dt in dtypes:
            for case in fixed_cases(name, dt):
                n += 1
                key = (name, case.dtype.name, case.label)
                res = results.get(key) if results is not None else None
                if res is None:
                    res = run_case(case)
                for c in CHECKS:
                    s = res.status.get(c, 'n/a')
                    agg[c].append(s)
                    if s in ('FAIL', 'XPASS'):
                        msg = [m.strip() for m in res.messages.get(c, '').split('\n')[:2]]
                        notes.append('%s %s %s %s: %s' % (c, case.dtype.name, case.label,
                                                          _inputs_text(case), '; '.join(msg)))
                    elif s == 'n/a' and res.messages.get(c) and len(notes) < 50:
                        m = '%s: n/a (%s)' % (c, res.messages[c])
                        if m not in notes:
                            notes.append(m)
        status = {}
        for c in CHECKS:
            ss = agg[c]
            if any(s in ('FAIL', 'XPASS') for s in ss):
                status[c] = 'FAIL'
            elif all(s == 'n/a' for s in ss):
                status[c] = 'n/a'
            elif any(s == 'xfail' for s in ss):
                status[c] = 'ok*'
            else:
                status[c] = 'ok'
        rows.append((name, status, n, notes))
    return rows


def _inputs_text(case):
    parts = []
    for a in case.arrays:
        parts.append(str(a.reshape(-1).tolist()) if a.size <= 6 and a.ndim == 1 else
                     'shape %s' % fmt_shape(a.shape) + ('' if a.size > 6 else
                                                          ' ' + str(a.reshape(-1).tolist())))
    text = '(' + ', '.join(parts)
    if case.params:
        text += '; ' + ', '.join('%s=%s' % kv for kv in sorted(short_params(case.params).items()))
    return text + ')'


def format_report(rows, notes=True):
    """The table as text (one line per op), a summary, a legend and the failures' first lines."""
    w = max([len('op')] + [len(r[0]) for r in rows])
    cw = 12
    lines = ['%-*s  %-*s  %-*s  %-*s  %s' % (w, 'op', cw, 'forward', cw, 'grad', cw,
                                            'grad-of-grad', 'cases')]
    lines.append('-' * (w + 3 * (cw + 2) + 7))
    failures = []
    n_fail = n_exempt = n_cases = 0
    for name, status, n, nts in rows:
        vals = [status['forward'], status['grad'], status['gradgrad']]
        n_cases += n
        if vals[0].startswith('exempt('):
            n_exempt += 1
            lines.append('%-*s  %s' % (w, name, vals[0]))
            continue
        lines.append('%-*s  %-*s  %-*s  %-*s  %d' % (w, name, cw, vals[0], cw, vals[1], cw,
                                                    vals[2], n))
        if 'FAIL' in vals:
            n_fail += 1
            failures.extend('%s: %s' % (name, t) for t in nts
                            if t.split(' ')[0] in CHECKS and ': n/a (' not in t)
    lines.append('')
    lines.append('%d ops, %d fixed cases: %d agree, %d with a FAIL, %d exempt'
                 % (len(rows), n_cases, len(rows) - n_fail - n_exempt, n_fail, n_exempt))
    lines.append('ok* = agrees except the expected 0.3 differences (xfail cases); '
                 'n/a = not differentiable, or the check is switched off with a reason')
    if notes and failures:
        lines.append('')
        lines.append('failures:')
        lines.extend('  ' + f for f in failures)
    return '\n'.join(lines)


def parity_report(names=None, out=None, markdown=False):
    """``legacy-autograd parity-report``: print the table (``markdown``: the generated section
    of ``docs/parity.md``); return 1 on any FAIL, else 0.

    Raises ``KeyError`` for an unknown op name and ``ImportError`` without modern torch.
    """
    out = out or sys.stdout
    ops = registry_ops()
    if names is not None:
        names = [n.strip() for n in names if n.strip()]
        unknown = [n for n in names if n not in ops]
        if unknown:
            raise KeyError('unknown op%s: %s (see legacy_autograd.ops.registry.OPS)'
                           % ('s' if len(unknown) > 1 else '', ', '.join(unknown)))
    torch = modern_torch()
    rows = report_rows(names)
    if markdown:
        out.write(format_markdown(rows, torch.__version__))
        return 1 if any('FAIL' in status.values() for _, status, _, _ in rows) else 0
    out.write('legacy_autograd parity with torch %s (fixed cases, float32 and float64)\n\n'
              % torch.__version__)
    out.write(format_report(rows) + '\n')
    return 1 if any('FAIL' in status.values() for _, status, _, _ in rows) else 0


def format_markdown(rows, torch_version):
    """The generated section of ``docs/parity.md``: one table row per op."""
    def cell(s):
        return s.replace('|', '\\|')
    lines = ['<!-- generated by `legacy-autograd parity-report --markdown` '
             '(test_parity_doc_is_current checks it): do not edit by hand -->',
             '',
             'Modern torch %s; fixed cases (edge cases and derandomized hypothesis examples) in '
             'float32 and float64.' % torch_version, '',
             '| op | forward | grad | grad-of-grad | cases |', '|---|---|---|---|---|']
    n_fail = n_exempt = n_cases = 0
    for name, status, n, _ in rows:
        n_cases += n
        if status['forward'].startswith('exempt('):
            n_exempt += 1
            lines.append('| `%s` | %s | | | 0 |' % (name, cell(status['forward'])))
            continue
        if 'FAIL' in status.values():
            n_fail += 1
        lines.append('| `%s` | %s | %s | %s | %d |' % (name, status['forward'], status['grad'],
                                                      status['gradgrad'], n))
    lines.append('')
    lines.append('%d ops, %d fixed cases: %d agree, %d with a FAIL, %d exempt.'
                 % (len(rows), n_cases, len(rows) - n_fail - n_exempt, n_fail, n_exempt))
    lines.append('`ok*` = agrees except the expected 0.3 differences (xfail cases); `n/a` = not '
                 'differentiable, or the check is switched off with a reason.')
    return '\n'.join(lines) + '\n'


BEGIN = '<!-- parity-report: begin -->'
END = '<!-- parity-report: end -->'


def generated_section(text):
    """The generated part of a document (between :data:`BEGIN` and :data:`END`)."""
    if BEGIN not in text or END not in text:
        raise ValueError('the document has no %s ... %s section' % (BEGIN, END))
    return text[text.index(BEGIN) + len(BEGIN):text.index(END)].strip('\n') + '\n'


def replace_section(text, section):
    head = text[:text.index(BEGIN) + len(BEGIN)]
    tail = text[text.index(END):]
    return head + '\n' + section.strip('\n') + '\n' + tail


def current_markdown(results=None):
    """What ``legacy-autograd parity-report --markdown`` prints now."""
    return format_markdown(report_rows(results=results), modern_torch().__version__)


def main(argv=None):
    """``python -m legacy_autograd.testing --update docs/parity.md``: rewrite the
    generated section of the document."""
    import argparse
    parser = argparse.ArgumentParser(prog='python -m legacy_autograd.testing')
    parser.add_argument('--update', metavar='DOC', required=True)
    args = parser.parse_args(argv)
    with open(args.update) as f:
        text = f.read()
    new = replace_section(text, current_markdown())
    with open(args.update, 'w') as f:
        f.write(new)
    return 0
