"""Shared test configuration for compat_tests.

Keep this small, and import neither legacy_autograd nor torch at import time.

* ``shared_reference_path()`` / fixture ``shared_reference_dir``: the
  ``../shared/legacy-reference`` directory beside the repo, or None.
* fixture ``torch``: modern torch (``pytest.importorskip``).
* ``run_legacy_cli(args, cwd=None)`` / fixture ``run_cli``: run
  ``python -m legacy_autograd ARGS`` in a subprocess with the repo first on
  PYTHONPATH; returns ``(returncode, stdout, stderr)``.
* Under CI (``CI=true``) the session refuses to start when torch cannot be
  imported, so parity tests fail instead of skipping.  Elsewhere each test
  decides (``pytest.importorskip('torch')``).
* The suite runs with the convolution workspace's poison mode on
  (``LEGACY_AUTOGRAD_POISON_WORKSPACE=1``, set here before the package is imported, and
  inherited by subprocesses): buffers are handed out filled with NaN / -1, so a kernel
  reading stale workspace memory fails its test.  Export it as ``0`` to run without.
"""

import os
import subprocess
import sys

import pytest

os.environ.setdefault('LEGACY_AUTOGRAD_POISON_WORKSPACE', '1')

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def shared_reference_path():
    """Path of ``../shared/legacy-reference`` next to the repo root, or None."""
    path = os.path.normpath(os.path.join(REPO_ROOT, '..', 'shared', 'legacy-reference'))
    return path if os.path.isdir(path) else None


def cli_env(extra=None):
    """Environment for subprocesses: the repo first on PYTHONPATH."""
    env = dict(os.environ)
    env['PYTHONPATH'] = os.pathsep.join(
        [REPO_ROOT] + [p for p in env.get('PYTHONPATH', '').split(os.pathsep) if p])
    env.pop('PYTHONSAFEPATH', None)
    env.update(extra or {})
    return env


def run_legacy_cli(args, cwd=None, env=None, timeout=300):
    """Run ``python -m legacy_autograd *args``; return (returncode, stdout, stderr)."""
    proc = subprocess.run(
        [sys.executable, '-m', 'legacy_autograd'] + [str(a) for a in args],
        cwd=cwd, env=cli_env(env), stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=timeout)
    return proc.returncode, proc.stdout, proc.stderr


@pytest.fixture(scope='session')
def shared_reference_dir():
    return shared_reference_path()


@pytest.fixture
def run_cli():
    return run_legacy_cli


@pytest.fixture(scope='session')
def torch():
    """Modern torch (the parity reference); the test is skipped when it is absent outside CI."""
    return pytest.importorskip('torch')


@pytest.fixture
def scratch_op():
    """``scratch_op(name, forward, backward=None, **kw)`` registers a throwaway registry op
    (for tests that feed a checker a wrong op); it is removed after the test."""
    from legacy_autograd.ops import registry
    added = []

    def make(name, forward, backward=None, **kwargs):
        op = registry.register(name, forward, backward, **kwargs)
        added.append(name)
        return op
    yield make
    for name in added:
        registry.OPS.pop(name, None)


def pytest_sessionstart(session):
    if os.environ.get('CI') != 'true':
        return
    try:
        import torch  # noqa: F401  (the real one: parity tests compare against it)
    except Exception as exc:
        raise pytest.UsageError(
            'CI=true but the reference torch cannot be imported ({}: {}); parity tests '
            "must not be skipped in CI. Install the test extra: pip install -e '.[test]' "
            '(pins torch==2.13.0).'.format(type(exc).__name__, exc))


def pytest_report_header(config):
    if os.environ.get('CI') != 'true':
        return None
    try:
        import torch
        return 'reference torch {} (CI=true: required)'.format(torch.__version__)
    except Exception:
        return 'reference torch: not importable (CI=true: required)'


# Hypothesis runs the same examples on every run (CI must not be flaky); set
# LEGACY_HYPOTHESIS_RANDOM=1 to explore with fresh random examples locally.
try:
    from hypothesis import settings as _hyp_settings
except ImportError:  # pragma: no cover - hypothesis is in the test extra
    _hyp_settings = None
if _hyp_settings is not None:
    _hyp_settings.register_profile('legacy-deterministic', derandomize=True, deadline=None,
                                   database=None, print_blob=True)
    _hyp_settings.register_profile('legacy-random', deadline=None, print_blob=True)
    _hyp_settings.load_profile('legacy-random' if os.environ.get('LEGACY_HYPOTHESIS_RANDOM')
                               else 'legacy-deterministic')


def pytest_collection_modifyitems(session, config, items):
    """Run test_runner.py's tests last.

    They install the shim in this process, which takes modern torch's modules out of
    ``sys.modules`` and puts them back; modern torch's C extension does not survive that
    for every later use (``SystemError: ... bad call flags`` or a crash in a later test that
    calls modern torch).  Each test restores what it can; ordering them last keeps the rest
    of the suite on an untouched modern torch.
    """
    last = [item for item in items if os.path.basename(str(item.fspath)) == 'test_runner.py']
    if last:
        items[:] = [item for item in items if item not in last] + last
