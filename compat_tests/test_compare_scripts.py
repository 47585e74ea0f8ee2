"""``legacy-autograd compare`` on whole runs: the migration corpus, hand-made wrong ports
of it, crashes and exit statuses, the command line (with the ``--`` form) and every
``compare`` command shown in docs/migration.md.

Every corpus pair must agree; every wrong port must differ, and the verdict must name
the first differing number with both values and both lines.
"""

import os
import re
import subprocess
import sys
import textwrap

import pytest

from legacy_autograd.compare import (ModernTorchMissing, assert_same_output, compare_scripts)

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(REPO_ROOT, 'compat_tests', 'migration_corpus')
MIGRATED = os.path.join(CORPUS, 'migrated')
CORPUS_SCRIPTS = sorted(f for f in os.listdir(CORPUS) if f.endswith('.py'))
DOC = os.path.join(REPO_ROOT, 'docs', 'migration.md')


def run_legacy_cli(args, env=None, cwd=None):
    full = dict(os.environ)
    full['PYTHONPATH'] = os.pathsep.join(
        [REPO_ROOT] + [p for p in full.get('PYTHONPATH', '').split(os.pathsep) if p])
    full.pop('PYTHONSAFEPATH', None)
    if env and 'PYTHONPATH' in env:
        full['PYTHONPATH'] = os.pathsep.join([full['PYTHONPATH'], env.pop('PYTHONPATH')])
    full.update(env or {})
    proc = subprocess.run([sys.executable, '-m', 'legacy_autograd'] + [str(a) for a in args],
                          env=full, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, timeout=600, cwd=cwd)
    return proc.returncode, proc.stdout, proc.stderr


def write(path, text):
    path.write_text(textwrap.dedent(text).lstrip('\n'))
    return str(path)


# --- the migration corpus agrees ---------------------------------------------------------------

@pytest.mark.parametrize('name', CORPUS_SCRIPTS)
def test_corpus_prints_the_same_after_migration(name):
    """OLD under the shim vs the migrated script under modern torch with -W error."""
    pytest.importorskip('torch')
    result = assert_same_output(os.path.join(CORPUS, name), os.path.join(MIGRATED, name),
                                werror=True, cwd=CORPUS)
    assert result.numbers > 0


def test_unmigrated_corpus_fails_on_modern_torch():
    """The corpus really exercises the breaking changes: the originals do not run as they are."""
    pytest.importorskip('torch')
    for name in ('autograd_basics.py', 'custom_function.py', 'linear_regression.py'):
        proc = subprocess.run([sys.executable, '-W', 'error', os.path.join(CORPUS, name)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              cwd=CORPUS, timeout=300)
        assert proc.returncode != 0, name


# --- hand-made wrong ports of the corpus differ ---------------------------------------------------

# (name, corpus script, [(text in the migrated script, replacement)], text expected in the reason)
WRONG_PORTS = [
    ('learning-rate-1pct', 'linear_regression.py', [('learning_rate = 0.1\n', 'learning_rate = 0.101\n')],
     'first differing number'),
    ('plus-1e-3-on-a-printed-value', 'linear_regression.py',
     [("print('w =', w.data[0][0].item(),", "print('w =', w.data[0][0].item() + 1e-3,")],
     'first differing number'),
    ('integer-off-by-one', 'linear_regression.py', [('% (epoch + 1, loss.item())', '% (epoch + 2, loss.item())')],
     'integers must be equal'),
    ('sum-vs-mean', 'losses_and_init.py', [("nn.MSELoss(reduction='sum')", 'nn.MSELoss()')],
     'first differing number'),
    ('flipped-sign-in-custom-backward', 'custom_function.py',
     [('return grad_output * (b + 1), grad_output * a', 'return grad_output * (b + 1), -grad_output * a')],
     'first differing number'),
    ('wrong-softmax-dim', 'softmax_dims.py', [('print(F.softmax(v2, dim=1))', 'print(F.softmax(v2, dim=0))')],
     'first differing number'),
    ('dropout-left-training', 'mnist_style_training.py', [('F.dropout(x, training=False)', 'F.dropout(x, training=True)')],
     'first differing number'),
    ('extra-line', 'evaluation_modes.py', [('print(W.grad)\n', 'print(W.grad)\nprint(W.grad)\n')],
     'a number vs a tensor of 6 elements'),
    ('extra-line-at-the-end', 'evaluation_modes.py', [('print(predict(batches[1]).requires_grad)\n',
                                                       'print(predict(batches[1]).requires_grad)\nprint()\nprint(0)\n')],
     'NEW prints more: 0 (line'),
    ('missing-line', 'autograd_basics.py', [("print('done')", 'pass')], 'OLD prints more'),
    ('crash-where-the-original-did-not', 'rnn_char.py', [('print(out)\n', 'print(out)\nout.view(7, -1)\n')],
     'exception: only NEW raised RuntimeError'),
    ('exit-status', 'evaluation_modes.py', [('print(predict(batches[1]).requires_grad)\n',
                                             'print(predict(batches[1]).requires_grad)\nraise SystemExit(3)\n')],
     'exit status 0 vs 3'),
]


@pytest.mark.parametrize('case, name, edits, why', WRONG_PORTS, ids=[w[0] for w in WRONG_PORTS])
def test_a_wrong_port_of_the_corpus_differs(tmp_path, case, name, edits, why):
    pytest.importorskip('torch')
    text = open(os.path.join(MIGRATED, name)).read()
    for old, new in edits:
        assert text.count(old) == 1, (name, old)
        text = text.replace(old, new)
    port = tmp_path / name
    port.write_text(text)
    result = compare_scripts(os.path.join(CORPUS, name), str(port), cwd=CORPUS)
    assert not result.same, case
    assert why in result.report(), result.report()
    if why.startswith('first differing number') or 'integers' in why:
        assert re.search(r'OLD line \d+ prints \S+, NEW line \d+ prints \S+', result.reason)
        report = result.report()
        assert '  >' in report.split('--- NEW')[0] and '  >' in report.split('--- NEW')[1]


# --- crashes and exit statuses ---------------------------------------------------------------

def test_a_different_crash_differs_and_the_same_crash_agrees(tmp_path):
    pytest.importorskip('torch')
    old = write(tmp_path / 'old.py', '''
        import torch
        print(torch.ones(2, 3).size())
        torch.ones(2, 3).view(4)
        ''')
    same = write(tmp_path / 'same.py', '''
        import torch
        print(torch.ones(2, 3).size())
        raise RuntimeError('oops')
        ''')
    result = compare_scripts(old, same)
    assert not result.same
    assert result.reason.startswith('exception: RuntimeError: ')
    other = write(tmp_path / 'other.py', '''
        import torch
        print(torch.ones(2, 3).size())
        raise ValueError('oops')
        ''')
    result = compare_scripts(old, other)
    assert 'types RuntimeError vs ValueError' in result.reason
    # the very same failure in both agrees (frames and paths are not compared)
    a = write(tmp_path / 'a.py', "print(1)\nraise KeyError('missing key 3')\n")
    b = write(tmp_path / 'b.py', "print(1)\n\n\nraise KeyError('missing key 3')\n")
    result = compare_scripts(a, b)
    assert result.same, result.report()
    assert result.old_status == result.new_status == 1
    c = write(tmp_path / 'c.py', "print(1)\nraise KeyError('missing key 4')\n")
    assert 'exception' in compare_scripts(a, c).reason


def test_exit_status_and_stderr_lines(tmp_path):
    pytest.importorskip('torch')
    old = write(tmp_path / 'a.py', 'import sys\nprint(1)\nprint("lr 0.01", file=sys.stderr)\n')
    new = write(tmp_path / 'b.py', 'import sys\nprint(1)\nprint("lr 0.01", file=sys.stderr)\n'
                                   'raise SystemExit(3)\n')
    result = compare_scripts(old, new)
    assert result.reason == 'exit status 0 vs 3'
    new = write(tmp_path / 'c.py', 'import sys\nprint(1)\nprint("lr 0.0101", file=sys.stderr)\n')
    result = compare_scripts(old, new)
    assert result.reason.startswith('stderr: first differing number: OLD line 1 prints 0.01, '
                                    'NEW line 1 prints 0.0101')


# --- the command line ---------------------------------------------------------------------------

@pytest.fixture
def pair(tmp_path):
    old = write(tmp_path / 'old.py', '''
        import torch
        from torch.autograd import Variable
        x = Variable(torch.Tensor([1, 2, 3]), requires_grad=True)
        y = (x * x).sum()
        y.backward()
        print('y', y.data[0])
        print(x.grad)
        print(torch.arange(0, 3))
        ''')
    good = write(tmp_path / 'good.py', '''
        import torch
        x = torch.Tensor([1, 2, 3]).requires_grad_()
        y = (x * x).sum()
        y.backward()
        print('y', y.item())
        print(x.grad)
        print(torch.arange(0, 3, dtype=torch.float32))
        ''')
    naive = write(tmp_path / 'naive.py', '''
        import torch
        x = torch.Tensor([1, 2, 3]).requires_grad_()
        y = (x * x).sum()
        y.backward()
        print('y', y.item())
        print(x.grad)
        print(torch.arange(0, 3))
        ''')
    return old, good, naive


def test_cli_compare(pair):
    pytest.importorskip('torch')
    old, good, naive = pair
    rc, stdout, stderr = run_legacy_cli(['compare', old, good, '--werror'])
    assert rc == 0, stdout + stderr
    assert 'same output' in stdout
    rc, stdout, stderr = run_legacy_cli(['compare', old, naive])
    assert rc == 1
    assert stdout.startswith('outputs differ: stdout: element types differ: float32 vs int64')
    assert '--- OLD: legacy-autograd run' in stdout and '--- NEW:' in stdout
    rc, stdout, stderr = run_legacy_cli(['compare', old, naive, '--ignore-dtype'])
    assert rc == 0
    rc, stdout, stderr = run_legacy_cli(['compare', old, old + '.missing'])
    assert rc == 2 and 'missing' in stderr
    rc, stdout, stderr = run_legacy_cli(['compare', old, good, '--rtol', '-1'])
    assert rc == 2 and '--rtol must be a number >= 0' in stderr


def test_cli_passes_the_arguments_after_dashdash_to_both_scripts(tmp_path):
    pytest.importorskip('torch')
    script = '''
        import argparse
        p = argparse.ArgumentParser()
        p.add_argument('--epochs', type=int, default=3)
        p.add_argument('--lr', type=float, default=0.1)
        a = p.parse_args()
        print('epochs', a.epochs, 'lr', a.lr {})
        '''
    old = write(tmp_path / 'old.py', script.format(''))
    new = write(tmp_path / 'new.py', script.format(''))
    off = write(tmp_path / 'off.py', script.format('* 1.01'))
    for argv in (['compare', old, new, '--rtol', '1e-3', '--', '--epochs', '1'],
                 ['compare', old, new, '--werror', '--rtol', '1e-3', '--', '--epochs', '1'],
                 ['compare', '--rtol', '1e-3', old, new, '--', '--epochs', '1', '--', 'x'][:8],
                 ['compare', old, new, '--', '--epochs', '1', '--lr', '0.5']):
        rc, stdout, stderr = run_legacy_cli(argv)
        assert rc == 0, (argv, stdout, stderr)
    rc, stdout, stderr = run_legacy_cli(['compare', old, off, '--', '--epochs', '1'])
    assert rc == 1 and 'OLD line 1 prints 0.1, NEW line 1 prints 0.101' in stdout
    # the arguments really arrive: a script that prints them shows them in the verdict
    rc, stdout, stderr = run_legacy_cli(['compare', old, off, '--', '--epochs', '7', '--lr', '2'])
    assert rc == 1 and 'prints 2.0, NEW line 1 prints 2.02' in stdout
    # without `--`, extra words are an error of compare's own command line
    rc, stdout, stderr = run_legacy_cli(['compare', old, new, '--epochs', '1'])
    assert rc == 2 and 'unrecognized arguments: --epochs 1' in stderr


def _doc_commands():
    """Shell snippets of docs/migration.md that run `legacy-autograd compare`."""
    text = open(DOC).read()
    commands = []
    for block in re.findall(r'```sh\n(.*?)```', text, re.S):
        commands += [line.partition('#')[0].strip() for line in block.split('\n')
                     if line.strip().startswith('legacy-autograd compare')]
    for block in re.findall(r'```yaml\n(.*?)```', text, re.S):
        for script in re.findall(r'run: \|\n((?:\s{10,}.*\n)+)', block):
            if 'legacy-autograd compare' in script:
                commands.append(textwrap.dedent(script))
    return commands


def _bash(command, cwd):
    full = dict(os.environ)
    full['PYTHONPATH'] = os.pathsep.join(
        [REPO_ROOT] + [p for p in full.get('PYTHONPATH', '').split(os.pathsep) if p])
    script = 'legacy-autograd() {{ "{}" -m legacy_autograd "$@"; }}\n{}'.format(sys.executable,
                                                                           command)
    proc = subprocess.run(['bash', '-c', script], cwd=cwd, env=full, stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=600)
    return proc.returncode, proc.stdout, proc.stderr


def test_every_compare_command_in_the_docs_runs(tmp_path):
    """The commands of docs/migration.md, run as written on a small 0.3 script and its port."""
    pytest.importorskip('torch')
    commands = _doc_commands()
    assert len(commands) == 3 and 'for f in legacy/*.py' in commands[-1], commands
    body = '''
        import argparse
        import torch
        {imports}
        p = argparse.ArgumentParser()
        p.add_argument('--epochs', type=int, default=2)
        args = p.parse_args()
        w = {w}
        x = {x}
        for epoch in range(args.epochs):
            loss = (x.mm(w) ** 2).mean()
            loss.backward()
            w.data -= 0.05 * w.grad.data
            w.grad.data.zero_()
            print('epoch', epoch, 'loss', {loss})
        print(w)
        '''
    write(tmp_path / 'train.py', body.format(
        imports='from torch.autograd import Variable',
        w='Variable(torch.Tensor([[0.5], [-0.25]]), requires_grad=True)', loss='loss.data[0]',
        x='Variable(torch.Tensor([[1.0, 2.0], [3.0, -1.0]]))'))
    write(tmp_path / 'train_new.py', body.format(
        imports='', w='torch.Tensor([[0.5], [-0.25]]).requires_grad_()', loss='loss.item()',
        x='torch.Tensor([[1.0, 2.0], [3.0, -1.0]])'))
    (tmp_path / 'legacy').mkdir()
    (tmp_path / 'migrated').mkdir()
    (tmp_path / 'legacy' / 'train.py').write_text((tmp_path / 'train.py').read_text())
    (tmp_path / 'migrated' / 'train.py').write_text((tmp_path / 'train_new.py').read_text())
    for command in commands:
        rc, stdout, stderr = _bash(command, str(tmp_path))
        assert rc == 0, (command, stdout, stderr)
        assert 'same output' in stdout
    # and the same commands say "different" for a port with its learning rate 1% off
    off = (tmp_path / 'train_new.py').read_text().replace('0.05 *', '0.0505 *')
    (tmp_path / 'train_new.py').write_text(off)
    rc, stdout, stderr = _bash(commands[1], str(tmp_path))
    assert rc == 1 and 'first differing number' in stdout
    (tmp_path / 'migrated' / 'train.py').write_text(off)
    rc, stdout, stderr = _bash(commands[-1], str(tmp_path))
    assert rc == 1 and 'first differing number' in stdout


def test_cli_compare_without_torch_says_how_to_install(tmp_path, pair):
    old, good, _ = pair
    fake = tmp_path / 'fake'
    (fake / 'torch').mkdir(parents=True)
    (fake / 'torch' / '__init__.py').write_text(
        "raise ModuleNotFoundError(\"No module named 'torch'\", name='torch')\n")
    rc, stdout, stderr = run_legacy_cli(['compare', old, good], env={'PYTHONPATH': str(fake)})
    assert rc == 2
    assert "No module named 'torch'" in stderr
    assert "pip install 'torch==2.13.0'" in stderr
    assert stdout == ''


def test_torch_missing_raises_in_the_helper(tmp_path, pair, monkeypatch):
    from legacy_autograd import compare
    fake = tmp_path / 'fake'
    (fake / 'torch').mkdir(parents=True)
    (fake / 'torch' / '__init__.py').write_text("raise ImportError('no torch here')\n")
    monkeypatch.setenv('PYTHONPATH', str(fake))
    with pytest.raises(ModernTorchMissing) as info:
        compare.check_modern_torch(sys.executable)
    assert 'no torch here' in str(info.value) and 'torch==2.13.0' in str(info.value)


def test_assert_same_output(pair):
    pytest.importorskip('torch')
    old, good, naive = pair
    assert assert_same_output(old, good, werror=True).same
    with pytest.raises(AssertionError) as info:
        assert_same_output(old, naive)
    assert 'element types differ' in str(info.value)
    assert 'naive.py' in str(info.value)
