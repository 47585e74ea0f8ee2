"""``legacy-autograd compare OLD.py NEW.py``: does the migrated script behave the same?

OLD runs under the shim (``python -m legacy_autograd run OLD.py``) and NEW under
the installed modern PyTorch (``python NEW.py``), in separate processes, with the
same arguments.  The two runs are then compared by :mod:`legacy_autograd.comparing`:

* stdout as a stream of words, numbers and tensor printouts (0.3 and modern
  formats parsed into values, a size and an element type);
* numbers at the precision both sides actually printed: the finer one rounded
  to the coarser one's digits must equal it, or (floats only) differ by at most
  ``atol + rtol * max(|a|, |b|)`` (:data:`DEFAULT_RTOL`, :data:`DEFAULT_ATOL`);
  integers must be equal (see :mod:`legacy_autograd.comparing.printed_numbers`);
* known legacy-vs-modern text differences (module reprs, ``Variable
  containing:``, type names) normalised by one table
  (:data:`legacy_autograd.comparing.normalise.TABLE`);
* the uncaught exception (type and message), the stderr lines that are not
  warnings, and the exit status.

The verdict names the first difference -- for numbers both values and the line
of each output -- and :func:`assert_same_output` does the same inside a test suite.
"""

import os
import subprocess
import sys

from .comparing import Comparison, compare_runs, tokenize_output
from .comparing import compare_outputs as _compare_outputs

__all__ = ['compare_outputs', 'compare_scripts', 'assert_same_output', 'tokenize_output',
           'Comparison', 'RunResult', 'ModernTorchMissing', 'PINNED_TORCH',
           'DEFAULT_RTOL', 'DEFAULT_ATOL']

PINNED_TORCH = '2.13.0'
#: float tolerance for values computed in a different order (float32 noise that training steps
#: amplify), see docs/migration.md
DEFAULT_RTOL = 1e-4
DEFAULT_ATOL = 1e-6

INSTALL_TORCH = ("pip install 'torch=={0}' --index-url https://download.pytorch.org/whl/cpu  "
                 "(or pip install 'legacy-autograd[test]', which pins torch=={0})").format(PINNED_TORCH)


class ModernTorchMissing(RuntimeError):
    """The interpreter that should run NEW cannot import torch."""


def compare_outputs(old_text, new_text, rtol=DEFAULT_RTOL, atol=DEFAULT_ATOL, check_dtype=True):
    """Compare two printed outputs (0.3 and modern formats); returns a :class:`Comparison`."""
    return _compare_outputs(old_text, new_text, rtol, atol, check_dtype)


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


def run_old(script, args=(), timeout=600, cwd=None):
    """Run ``script`` under the shim in a fresh interpreter."""
    argv = [sys.executable, '-m', 'legacy_autograd', 'run', os.fspath(script)] + list(args)
    return _run(argv, _env(_package_root()), timeout, cwd)


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


def run_new(script, args=(), python=None, timeout=600, werror=False, cwd=None):
    """Run ``script`` with plain ``python`` (modern torch) in a fresh interpreter."""
    argv = [python or sys.executable]
    if werror:
        argv += ['-W', 'error']
    argv += [os.fspath(script)] + list(args)
    return _run(argv, _env(), timeout, cwd)


def compare_scripts(old_script, new_script, rtol=DEFAULT_RTOL, atol=DEFAULT_ATOL, args=(),
                    python=None, timeout=600, werror=False, check_dtype=True, cwd=None):
    """Run OLD under the shim and NEW under modern torch; compare the two runs.

    Returns a :class:`Comparison` (with ``old_status``/``new_status``): stdout,
    the uncaught exception, stderr lines that are not warnings and the exit
    status are compared.  Raises :class:`ModernTorchMissing` if NEW's
    interpreter cannot import torch.
    """
    check_modern_torch(python)
    old = run_old(old_script, args, timeout, cwd)
    new = run_new(new_script, args, python, timeout, werror, cwd)
    result = compare_runs(old, new, rtol, atol, check_dtype)
    result.old_label = 'OLD: legacy-autograd run {}'.format(old_script)
    result.new_label = 'NEW: {} {}{}'.format(os.path.basename(python or sys.executable),
                                             '-W error ' if werror else '', new_script)
    return result


def assert_same_output(old_script, new_script, rtol=DEFAULT_RTOL, atol=DEFAULT_ATOL, args=(),
                       python=None, timeout=600, werror=False, check_dtype=True, cwd=None):
    """Test helper: OLD under the shim and NEW under modern torch behave the same.

    Raises ``AssertionError`` with the first divergence (and context) when they
    do not; returns the :class:`Comparison` otherwise.  Pass ``werror=True`` to
    run NEW with ``python -W error`` (every warning is an error).
    """
    result = compare_scripts(old_script, new_script, rtol, atol, args, python, timeout, werror,
                             check_dtype, cwd)
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
                        help='relative float tolerance (default %(default)g)')
    parser.add_argument('--atol', type=float, default=DEFAULT_ATOL,
                        help='absolute float tolerance (default %(default)g)')
    parser.add_argument('--python', metavar='PY', default=None,
                        help='interpreter with modern torch for NEW (default: this one)')
    parser.add_argument('--werror', action='store_true',
                        help='run NEW with `python -W error` (deprecation warnings fail it)')
    parser.add_argument('--ignore-dtype', action='store_true',
                        help='do not compare element types of tensors')
    parser.add_argument('--timeout', type=float, default=600,
                        help='seconds each script may run (default %(default)g)')
    parser.set_defaults(args=[])
    parser.epilog = ('Arguments for both scripts go after --: '
                     'compare OLD.py NEW.py --rtol 1e-3 -- --epochs 1')


class BadInput(Exception):
    """A user-facing error of the command line (the CLI prints it and exits 2)."""


def handle(args):
    for path in (args.old, args.new):
        if not os.path.isfile(path):
            raise BadInput("can't open file {!r}: no such file".format(path))
    for name in ('rtol', 'atol'):
        value = getattr(args, name)
        if not value >= 0:
            raise BadInput('--{} must be a number >= 0, got {!r}'.format(name, value))
    try:
        result = compare_scripts(args.old, args.new, args.rtol, args.atol, args.args,
                                 args.python, args.timeout, args.werror,
                                 not args.ignore_dtype)
    except ModernTorchMissing as exc:
        raise BadInput(str(exc)) from None
    if result.same:
        sys.stdout.write('{} and {}: {}'.format(args.old, args.new, result.report()))
        return 0
    sys.stdout.write(result.report())
    return 1
