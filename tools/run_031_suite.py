#!/usr/bin/env python3
"""Run PyTorch 0.3.1's own test files, unchanged, on the legacy_autograd shim.

Usage::

    python tools/run_031_suite.py PATH/TO/0.3.1/test [test_torch.py ...]
        [--timeout SECONDS] [--json OUT.json] [--show N] [--only PATTERN]

Each file runs in its own process as ``legacy-autograd run FILE`` (``import torch`` is
served by legacy_autograd), from inside the test folder, as 0.3.1's ``run_test.sh`` did.
A small driver script (written to a temporary folder, never into the test folder) replaces
``unittest.main`` with one whose result object records every test's outcome, line by line,
so a file that hangs or crashes still reports the tests it finished and names the test it
was in.  The report gives, per file, the counts (passed, failed, errors, skipped for CUDA,
skipped for another reason, import failure) and the failures grouped into clusters by
exception type and normalised message, largest first.

"Ran" below means: not skipped because CUDA is unavailable.  The pass rate is
passed / ran, so a test skipped for any other reason counts against it.

This script is a development tool of the repository; it is not part of the package and
it never copies or stores the 0.3.1 tests.
"""

import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
import textwrap

DEFAULT_FILES = ('test_torch.py', 'test_autograd.py', 'test_nn.py', 'test_optim.py',
                 'test_dataloader.py', 'test_utils.py', 'test_distributions.py')

DRIVER = textwrap.dedent(r'''
    import json, os, runpy, sys, traceback, unittest

    OUT = os.environ['LEGACY_031_RESULTS']
    _sink = open(OUT, 'a', buffering=1)

    def _emit(**rec):
        _sink.write(json.dumps(rec) + '\n')

    def _last_line(err):
        etype, value, tb = err
        text = ''.join(traceback.format_exception_only(etype, value)).strip()
        where = ''
        frames = traceback.extract_tb(tb)
        for fr in reversed(frames):
            if '/unittest/' not in fr.filename:
                where = '{}:{} in {}'.format(os.path.basename(fr.filename), fr.lineno, fr.name)
                break
        return text, where, ''.join(traceback.format_exception(etype, value, tb))

    class RecordingResult(unittest.TextTestResult):
        def startTest(self, test):
            _emit(event='start', test=test.id())
            super().startTest(test)

        def addSuccess(self, test):
            _emit(event='done', test=test.id(), status='pass')
            super().addSuccess(test)

        def _bad(self, status, test, err):
            text, where, full = _last_line(err)
            _emit(event='done', test=test.id(), status=status, message=text, where=where,
                  traceback=full[-4000:])

        def addFailure(self, test, err):
            self._bad('fail', test, err)
            super().addFailure(test, err)

        def addError(self, test, err):
            self._bad('error', test, err)
            super().addError(test, err)

        def addSkip(self, test, reason):
            _emit(event='done', test=test.id(), status='skip', message=str(reason))
            super().addSkip(test, reason)

        def addExpectedFailure(self, test, err):
            _emit(event='done', test=test.id(), status='xfail')
            super().addExpectedFailure(test, err)

        def addUnexpectedSuccess(self, test):
            _emit(event='done', test=test.id(), status='fail', message='unexpected success')
            super().addUnexpectedSuccess(test)

    class RecordingRunner(unittest.TextTestRunner):
        resultclass = RecordingResult

    _TestProgram = unittest.TestProgram

    class RecordingProgram(_TestProgram):
        def __init__(self, *args, **kwargs):
            kwargs['testRunner'] = RecordingRunner
            super().__init__(*args, **kwargs)

    unittest.main = RecordingProgram
    target = sys.argv[1]
    sys.argv = [target] + sys.argv[2:]
    sys.path.insert(0, os.path.dirname(os.path.abspath(target)))
    try:
        runpy.run_path(target, run_name='__main__')
    except SystemExit:
        raise
    except BaseException as exc:
        text, where, full = _last_line(sys.exc_info())
        _emit(event='import_error', message=text, where=where, traceback=full[-4000:])
        raise
''')

CUDA_SKIP = re.compile(r'cuda|CUDA|GPU|gpu|cudnn|CuDNN|multi-?gpu', re.I)


def normalise(message):
    """A cluster key: the exception text with numbers, quoted names and addresses blanked."""
    first = message.strip().splitlines()[-1] if message.strip() else ''
    first = re.sub(r'0x[0-9a-fA-F]+', 'ADDR', first)
    first = re.sub(r'-?\d+(\.\d+)?(e[-+]?\d+)?', 'N', first)
    if len(first) > 160:
        first = first[:160] + '...'
    return first


def run_file(test_dir, name, timeout, extra_args):
    with tempfile.TemporaryDirectory(prefix='legacy031-') as tmp:
        driver = os.path.join(tmp, 'driver_031.py')
        results = os.path.join(tmp, 'results.jsonl')
        with open(driver, 'w') as fh:
            fh.write(DRIVER)
        env = dict(os.environ, LEGACY_031_RESULTS=results)
        cmd = [sys.executable, '-m', 'legacy_autograd', 'run', driver,
               os.path.join(test_dir, name)] + list(extra_args)
        timed_out = False
        try:
            proc = subprocess.run(cmd, cwd=test_dir, env=env, timeout=timeout,
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            output = proc.stdout.decode('utf-8', 'replace')
            rc = proc.returncode
        except subprocess.TimeoutExpired as exc:
            timed_out = True
            output = (exc.stdout or b'').decode('utf-8', 'replace')
            rc = None
        records = []
        if os.path.exists(results):
            with open(results) as fh:
                for line in fh:
                    try:
                        records.append(json.loads(line))
                    except ValueError:
                        pass
    return summarise(name, records, rc, timed_out, output)


def summarise(name, records, rc, timed_out, output):
    done = {}
    started = []
    import_error = None
    for rec in records:
        if rec['event'] == 'start':
            started.append(rec['test'])
        elif rec['event'] == 'done':
            done[rec['test']] = rec
        elif rec['event'] == 'import_error':
            import_error = rec
    unfinished = [t for t in started if t not in done]
    counts = collections.Counter()
    clusters = collections.defaultdict(list)
    for test, rec in done.items():
        status = rec['status']
        if status == 'skip':
            status = 'skip_cuda' if CUDA_SKIP.search(rec.get('message', '')) else 'skip_other'
        counts[status] += 1
        if status in ('fail', 'error'):
            clusters[normalise(rec.get('message', ''))].append(rec)
        elif status == 'skip_other':
            clusters['SKIPPED: ' + rec.get('message', '')[:150]].append(rec)
    for test in unfinished:
        counts['crash'] += 1
        clusters['did not finish (hang, timeout or crash)'].append({'test': test})
    if import_error is not None or (not done and not started and not timed_out and rc != 0):
        msg = import_error['message'] if import_error else output.strip().splitlines()[-1:] or ['?']
        counts['import_failure'] += 1
        clusters['IMPORT FAILURE: ' + (msg if isinstance(msg, str) else msg[0])].append(
            import_error or {'test': name})
    ran = sum(counts[k] for k in ('pass', 'fail', 'error', 'skip_other', 'crash', 'xfail'))
    passed = counts['pass'] + counts['xfail']
    return {
        'file': name, 'counts': dict(counts), 'ran': ran, 'passed': passed,
        'rate': (passed / ran) if ran else 0.0, 'timed_out': timed_out, 'returncode': rc,
        'clusters': sorted(([k, v] for k, v in clusters.items()), key=lambda kv: -len(kv[1])),
    }


def print_report(summaries, show, out=sys.stdout):
    tot_ran = tot_pass = 0
    for s in summaries:
        c = s['counts']
        tot_ran += s['ran']
        tot_pass += s['passed']
        out.write('{file}: {passed}/{ran} passed ({pct:.1f}%)  fail={f} error={e} crash={cr} '
                  'skip_cuda={sc} skip_other={so}{imp}{to}\n'.format(
                      file=s['file'], passed=s['passed'], ran=s['ran'], pct=100 * s['rate'],
                      f=c.get('fail', 0), e=c.get('error', 0), cr=c.get('crash', 0),
                      sc=c.get('skip_cuda', 0), so=c.get('skip_other', 0),
                      imp=' IMPORT FAILURE' if c.get('import_failure') else '',
                      to=' TIMED OUT' if s['timed_out'] else ''))
        for key, recs in s['clusters'][:show]:
            names = ', '.join(r.get('test', '?').rpartition('.')[2] for r in recs[:4])
            out.write('    {:4d}  {}\n          e.g. {}{}\n'.format(
                len(recs), key, names, ' ...' if len(recs) > 4 else ''))
    if len(summaries) > 1:
        out.write('TOTAL: {}/{} passed ({:.1f}%)\n'.format(
            tot_pass, tot_ran, 100.0 * tot_pass / tot_ran if tot_ran else 0.0))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('test_dir', help="path of 0.3.1's test/ folder")
    ap.add_argument('files', nargs='*', help='test files (default: %s)' % ', '.join(DEFAULT_FILES))
    ap.add_argument('--timeout', type=float, default=1800, help='seconds per file (default 1800)')
    ap.add_argument('--json', help='write the full results (with tracebacks) here')
    ap.add_argument('--show', type=int, default=12, help='clusters shown per file (default 12)')
    ap.add_argument('--only', help='unittest -k pattern passed to each file')
    args = ap.parse_args(argv)
    test_dir = os.path.abspath(args.test_dir)
    files = args.files or [f for f in DEFAULT_FILES if os.path.exists(os.path.join(test_dir, f))]
    extra = ['-k', args.only] if args.only else []
    summaries = []
    for name in files:
        s = run_file(test_dir, name, args.timeout, extra)
        summaries.append(s)
        print_report([s], args.show)
        sys.stdout.flush()
    if len(summaries) > 1:
        tot_ran = sum(s['ran'] for s in summaries)
        tot_pass = sum(s['passed'] for s in summaries)
        print('TOTAL: {}/{} passed ({:.1f}%)'.format(
            tot_pass, tot_ran, 100.0 * tot_pass / tot_ran if tot_ran else 0.0))
    if args.json:
        with open(args.json, 'w') as fh:
            json.dump(summaries, fh, indent=1)
    return 0


if __name__ == '__main__':
    sys.exit(main())
