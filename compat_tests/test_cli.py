"""The command line as a new user meets it: --version, run --help, parity-report --list."""
import os
import re
import subprocess
import sys

import legacy_autograd
from legacy_autograd import cli
from legacy_autograd._version import VERSION, TORCH_VERSION

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_cli(args):
    env = dict(os.environ)
    env['PYTHONPATH'] = os.pathsep.join(
        [REPO_ROOT] + [p for p in env.get('PYTHONPATH', '').split(os.pathsep) if p])
    proc = subprocess.run([sys.executable, '-m', 'legacy_autograd'] + args, env=env,
                          stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True, timeout=300)
    return proc.returncode, proc.stdout, proc.stderr


def test_version_names_the_package_version_and_the_emulated_torch():
    rc, out, err = run_cli(['--version'])
    assert (rc, out, err) == (0, 'legacy-autograd 0.1.0 (emulates torch 0.3.1)\n', '')
    assert (VERSION, TORCH_VERSION) == ('0.1.0', '0.3.1')
    assert legacy_autograd.__version__ == TORCH_VERSION     # what old scripts print


def test_package_version_is_pyprojects():
    with open(os.path.join(REPO_ROOT, 'pyproject.toml'), encoding='utf-8') as fh:
        text = fh.read()
    project = text.split('[project]', 1)[1].split('\n[', 1)[0]
    assert re.search(r'^version = "([^"]+)"$', project, re.M).group(1) == VERSION


def test_run_help_shows_script_as_required():
    rc, out, err = run_cli(['run', '--help'])
    assert rc == 0 and err == ''
    usage = out.split('\n\n', 1)[0]
    assert usage.endswith(' run [-h] SCRIPT ...') and '[SCRIPT]' not in out
    assert re.search(r'^  SCRIPT +path of the Python script to run$', out, re.M)


def test_run_without_script_is_a_usage_error_naming_only_script():
    rc, out, err = run_cli(['run'])
    assert rc == 2 and out == ''
    assert err.endswith(' run: error: the following arguments are required: SCRIPT\n')


def test_parity_report_list_prints_the_op_names_it_accepts():
    from legacy_autograd.ops.registry import OPS
    rc, out, err = run_cli(['parity-report', '--list'])
    assert (rc, err) == (0, '')
    names = out.splitlines()
    # (the 'named:' identity ops are registered on first use: tests run earlier in this
    # process may have added some that the fresh CLI process has not)
    assert [n for n in names if not n.startswith('named:')] == sorted(
        n for n in OPS if not n.startswith('named:'))
    assert {'add', 'mm', 'conv2d', 'sum'} <= set(names)
    rc, out, err = run_cli(['parity-report', '--help'])
    assert rc == 0 and '--list' in out


def test_parity_report_rejects_a_name_not_in_the_list(capsys):
    assert cli.main(['parity-report', '--ops', 'add,no_such_op']) == 2
    assert 'parity-report: error: unknown op: no_such_op' in capsys.readouterr().err
