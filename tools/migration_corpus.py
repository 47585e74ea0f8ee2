"""Measure ``migrate`` + ``compare`` on a corpus of real 0.3-era scripts.

    python tools/migration_corpus.py CORPUS_DIR [--only SUBSTRING] [--json OUT.json]
                                     [--work DIR] [--timeout S] [--jobs N]

For every ``CORPUS_DIR/*.py`` (in a work directory of its own, so scripts that write
files do not meet each other) it runs the four steps a user would:

1. **shim**: ``python -m legacy_autograd run SCRIPT ARGS`` (0.3 behaviour);
2. **migrate**: ``python -m legacy_autograd migrate --trace --trace-args ARGS SCRIPT -o
   SCRIPT_migrated.py`` (the report's ``needs review`` lines are counted);
3. **modern**: ``python -W error SCRIPT_migrated.py ARGS`` on modern torch, plain (no RNG
   bridge): it must exit 0 without a single warning;
4. **compare**: ``python -m legacy_autograd compare SCRIPT SCRIPT_migrated.py --werror --
   ARGS`` (modern side under the RNG bridge, both sides seeded alike).

and prints one line per script and the two figures of issue 14's acceptance: how many
migrate to code that runs cleanly on modern torch, and how many ``compare`` finds the same.

The corpus stays outside this repository (it is other people's code).  Optional files in
``CORPUS_DIR``: ``corpus.json`` ``{"script.py": {"args": [...], "timeout": S, "skip":
"why"}}`` and a ``stubs/`` directory put first on every run's ``PYTHONPATH`` (e.g. a no-op
``matplotlib`` for scripts that plot).
"""

import argparse
import concurrent.futures
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(argv, cwd, env, timeout):
    start = time.time()
    try:
        proc = subprocess.run(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=timeout, universal_newlines=True)
        return proc.returncode, proc.stdout, proc.stderr, time.time() - start
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or '')
        err = exc.stderr.decode() if isinstance(exc.stderr, bytes) else (exc.stderr or '')
        return 'timeout', out, err, time.time() - start


def last_line(text):
    lines = [l for l in text.strip().splitlines() if l.strip()]
    return lines[-1].strip() if lines else ''


def warnings_in(stderr):
    return [l.strip() for l in stderr.splitlines() if re.search(r'\b\w*Warning\b', l)]


def measure(script, corpus, work, conf, timeout):
    name = os.path.basename(script)
    stem = name[:-3]
    opts = conf.get(name, {})
    args = [str(a) for a in opts.get('args', [])]
    timeout = opts.get('timeout', timeout)
    row = {'script': name, 'args': args}
    if opts.get('skip'):
        row['skip'] = opts['skip']
        return row
    wd = os.path.join(work, stem)
    shutil.rmtree(wd, ignore_errors=True)
    os.makedirs(wd)
    shutil.copy(script, os.path.join(wd, name))
    for extra in opts.get('files', []):          # helper files the script imports or reads
        shutil.copy(os.path.join(corpus, extra), os.path.join(wd, os.path.basename(extra)))
    new = stem + '_migrated.py'
    env = dict(os.environ)
    paths = [HERE]
    if os.path.isdir(os.path.join(corpus, 'stubs')):
        paths.insert(0, os.path.join(corpus, 'stubs'))
    env['PYTHONPATH'] = os.pathsep.join(paths + [p for p in env.get('PYTHONPATH', '').split(
        os.pathsep) if p and p not in paths])
    env['PYTHONHASHSEED'] = '0'
    env['LEGACY_AUTOGRAD_SEED'] = '0'
    env.pop('PYTHONWARNINGS', None)
    py = sys.executable

    rc, out, err, t = run([py, '-m', 'legacy_autograd', 'run', name] + args, wd, env, timeout)
    row['shim'] = {'status': rc, 'seconds': round(t, 1), 'last': last_line(err) if rc else ''}

    rc, out, err, t = run([py, '-m', 'legacy_autograd', 'migrate', '--trace', '--trace-args',
                           ' '.join(shlex.quote(a) for a in args), '--trace-timeout',
                           str(timeout), name, '-o', new], wd, env, timeout * 2)
    review = [l for l in err.splitlines() if 'needs review' in l]
    first = err.splitlines()[0] if err.strip() else ''
    row['migrate'] = {'status': rc, 'summary': first, 'review': review,
                      'last': last_line(err) if rc else ''}
    if rc != 0 or not os.path.exists(os.path.join(wd, new)):
        return row

    rc, out, err, t = run([py, '-W', 'error', new] + args, wd, env, timeout)
    row['modern'] = {'status': rc, 'seconds': round(t, 1), 'warnings': warnings_in(err),
                     'last': last_line(err) if rc else ''}

    rc, out, err, t = run([py, '-m', 'legacy_autograd', 'compare', name, new, '--werror',
                           '--timeout', str(timeout), '--'] + args, wd, env, timeout * 3)
    row['compare'] = {'status': rc, 'verdict': (out + err).strip().splitlines()[0]
                      if (out + err).strip() else ''}
    return row


def verdicts(row):
    shim = row.get('shim', {}).get('status') == 0
    clean = (row.get('migrate', {}).get('status') == 0
             and row.get('modern', {}).get('status') == 0
             and not row.get('modern', {}).get('warnings'))
    same = row.get('compare', {}).get('status') == 0
    return shim, clean, same


def describe(row):
    if 'skip' in row:
        return '{:45} skipped: {}'.format(row['script'], row['skip'])
    shim, clean, same = verdicts(row)
    m = row.get('migrate', {})
    parts = ['shim ' + ('ok' if shim else 'FAIL({})'.format(row['shim']['status'])),
             'migrate ' + ('ok' if m.get('status') == 0 else 'FAIL'),
             'review {}'.format(len(m.get('review', []))),
             'modern ' + ('clean' if clean else 'FAIL'),
             'compare ' + ('same' if same else 'DIFF')]
    text = '{:45} {}'.format(row['script'], ', '.join(parts))
    why = []
    if not shim:
        why.append('shim: ' + row['shim']['last'])
    if m.get('status') not in (0, None):
        why.append('migrate: ' + m['last'])
    for r in m.get('review', [])[:3]:
        why.append('  ' + r)
    mod = row.get('modern', {})
    if mod and (mod.get('status') != 0 or mod.get('warnings')):
        why.append('modern: ' + (mod['last'] or '; '.join(mod['warnings'][:2])))
    if row.get('compare') and not same:
        why.append('compare: ' + row['compare']['verdict'])
    return text + ''.join('\n    ' + w for w in why)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('corpus')
    parser.add_argument('--only', default=None, help='scripts whose name contains this')
    parser.add_argument('--json', default=None, help='write every row here')
    parser.add_argument('--work', default=None,
                        help='work directory (default: CORPUS/../corpus-work)')
    parser.add_argument('--timeout', type=float, default=300, help='seconds per run')
    parser.add_argument('--jobs', type=int, default=1)
    args = parser.parse_args(argv)
    corpus = os.path.abspath(args.corpus)
    work = os.path.abspath(args.work or os.path.join(corpus, '..', 'corpus-work'))
    conf = {}
    if os.path.exists(os.path.join(corpus, 'corpus.json')):
        with open(os.path.join(corpus, 'corpus.json')) as f:
            conf = json.load(f)
    scripts = sorted(os.path.join(corpus, f) for f in os.listdir(corpus)
                     if f.endswith('.py') and (args.only is None or args.only in f))
    rows = []
    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        futures = [pool.submit(measure, s, corpus, work, conf, args.timeout) for s in scripts]
        for fut in futures:
            row = fut.result()
            rows.append(row)
            print(describe(row), flush=True)
    counted = [r for r in rows if 'skip' not in r]
    n = len(counted)
    shim = sum(verdicts(r)[0] for r in counted)
    clean = sum(verdicts(r)[1] for r in counted)
    same = sum(verdicts(r)[2] for r in counted)
    print('\n{} scripts: {}/{} run on the shim, {}/{} migrate to code that runs on modern '
          'torch without a warning, {}/{} compare same'.format(n, shim, n, clean, n, same, n))
    if args.json:
        with open(args.json, 'w') as f:
            json.dump(rows, f, indent=1)
    return 0


if __name__ == '__main__':
    sys.exit(main())
