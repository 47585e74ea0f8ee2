"""Tests of the script runner, the import shim and the CLI (legacy_autograd.runner/cli)."""

import importlib
import json
import os
import subprocess
import sys
import textwrap
import types

import pytest

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRIPTS = os.path.join(REPO_ROOT, 'compat_tests', 'scripts')
SCOPE = 'it provides the torch 0.3 core: tensors, autograd, nn, optim, utils.data'


def outside(name):
    return "No module named {!r}: {} is outside the legacy_autograd shim ({})".format(name, name, SCOPE)


def cli_env(extra=None):
    """The environment the ``run_cli`` fixture uses: the repo first on PYTHONPATH."""
    env = dict(os.environ)
    env['PYTHONPATH'] = os.pathsep.join(
        [REPO_ROOT] + [p for p in env.get('PYTHONPATH', '').split(os.pathsep) if p])
    env.pop('PYTHONSAFEPATH', None)
    env.update(extra or {})
    return env


def run_python(args, cwd=None):
    """Plain ``python ARGS`` with the same environment as the CLI runs."""
    proc = subprocess.run([sys.executable] + [str(a) for a in args], cwd=cwd, env=cli_env(),
                          stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, timeout=300)
    return proc.returncode, proc.stdout, proc.stderr


def write(directory, name, source):
    path = os.path.join(str(directory), name)
    with open(path, 'w') as f:
        f.write(textwrap.dedent(source).lstrip('\n'))
    return path


# --- the script sees exactly what `python SCRIPT ARGS` gives --------------------

ARGS = ['-x', '--flag', 'a b', '--', '--help', '-m']


@pytest.mark.parametrize('cwd, script', [
    (REPO_ROOT, os.path.join('compat_tests', 'scripts', 'probe_env.py')),
    (SCRIPTS, 'probe_env.py'),
    (SCRIPTS, os.path.join('.', '..', 'scripts', 'probe_env.py')),
    (REPO_ROOT, os.path.join(SCRIPTS, 'probe_env.py')),
])
def test_main_module_matches_plain_python(run_cli, cwd, script):
    rc, out, err = run_cli(['run', script] + ARGS, cwd=cwd)
    assert (rc, err) == (0, '')
    prc, pout, perr = run_python([script] + ARGS, cwd=cwd)
    assert (prc, perr) == (0, '')
    got, want = json.loads(out), json.loads(pout)
    assert got == want
    assert got['argv'] == [script] + ARGS
    assert got['__name__'] == '__main__'
    assert got['path0'] == SCRIPTS
    assert got['main registered'] is True


def test_symlinked_script_path0_like_python(run_cli, tmp_path):
    link = tmp_path / 'linked_probe.py'
    os.symlink(os.path.join(SCRIPTS, 'probe_env.py'), str(link))
    rc, out, err = run_cli(['run', 'linked_probe.py', 'z'], cwd=str(tmp_path))
    prc, pout, perr = run_python(['linked_probe.py', 'z'], cwd=str(tmp_path))
    assert (rc, err) == (prc, perr) == (0, '')
    assert json.loads(out) == json.loads(pout)
    assert json.loads(out)['path0'] == SCRIPTS


def test_stdout_holds_only_what_the_script_printed(run_cli):
    rc, out, err = run_cli(['run', os.path.join(SCRIPTS, 'hello.py')])
    assert rc == 0
    assert out == 'hello from __main__\n'


def test_pickling_classes_defined_in_the_script(run_cli):
    rc, out, err = run_cli(['run', os.path.join(SCRIPTS, 'pickle_main.py')])
    assert (rc, err) == (0, '')
    assert out == '__main__ Point 1 2 True\nTrue\n'


# --- exit status and tracebacks ------------------------------------------------

@pytest.mark.parametrize('arg, status', [('0', 0), ('3', 3), ('None', 0), ('a message', 1)])
def test_sys_exit_status_like_python(run_cli, arg, status):
    script = os.path.join(SCRIPTS, 'exit_code.py')
    got = run_cli(['run', script, arg])
    assert got == run_python([script, arg])
    assert got[0] == status
    assert got[1] == 'before exit\n'
    if arg == 'a message':
        assert got[2] == 'a message\n'


def test_uncaught_exception_traceback_like_python(run_cli):
    rc, out, err = run_cli(['run', os.path.join('scripts', 'raises.py')], cwd=os.path.join(REPO_ROOT, 'compat_tests'))
    assert rc == 1
    assert out == 'about to fail\n'
    assert err.startswith('Traceback (most recent call last):\n')
    assert 'File "{}", line 13, in <module>'.format(os.path.join(REPO_ROOT, 'compat_tests', 'scripts', 'raises.py')) in err
    assert 'line 5, in inner' in err
    assert err.rstrip().endswith('ZeroDivisionError: division by zero')
    assert 'runner.py' not in err and 'cli.py' not in err
    # identical to the interpreter's own report
    assert (rc, out, err) == run_python([os.path.join('scripts', 'raises.py')],
                                        cwd=os.path.join(REPO_ROOT, 'compat_tests'))


def test_keyboard_interrupt_like_python(run_cli, tmp_path):
    script = write(tmp_path, 'interrupted.py', '''
        print('working')
        raise KeyboardInterrupt
    ''')
    got = run_cli(['run', script])
    assert got == run_python([script])
    assert 'KeyboardInterrupt' in got[2] and got[0] != 0


def test_python2_print_statement_is_a_plain_syntax_error(run_cli, tmp_path):
    script = write(tmp_path, 'py2.py', '''
        x = 1
        print "hello", x
    ''')
    got = run_cli(['run', script])
    assert got[0] == 1
    assert 'SyntaxError' in got[2] and 'line 2' in got[2]
    assert 'runner.py' not in got[2]
    assert got == run_python([script])


def test_missing_script_is_one_line_exit_2(run_cli, tmp_path):
    rc, out, err = run_cli(['run', 'no_such_script.py'], cwd=str(tmp_path))
    assert rc == 2 and out == ''
    assert err.count('\n') == 1
    assert "can't open file 'no_such_script.py'" in err and 'No such file' in err


def test_directory_is_one_line_exit_2(run_cli, tmp_path):
    rc, out, err = run_cli(['run', str(tmp_path)])
    assert rc == 2 and err.count('\n') == 1


def test_cli_usage_and_version(run_cli):
    import legacy_autograd
    rc, out, err = run_cli(['--version'])
    assert rc == 0 and out == 'legacy-autograd 0.1.0 (emulates torch %s)\n' % legacy_autograd.__version__
    rc, out, err = run_cli([])
    assert rc == 2 and 'run' in err
    rc, out, err = run_cli(['run'])
    assert rc == 2 and 'SCRIPT' in err
    rc, out, err = run_cli(['run', '--help'])
    assert rc == 0 and 'SCRIPT' in out
    rc, out, err = run_cli(['frobnicate'])
    assert rc == 2


def test_main_returns_status_in_process(capsys):
    from legacy_autograd import cli
    assert cli.main(['--version']) == 0
    assert cli.main([]) == 2
    assert cli.main(['run', os.path.join(SCRIPTS, 'no_such.py')]) == 2
    assert 'run' in cli.COMMANDS and callable(cli.register)


def test_console_script_if_installed(tmp_path):
    exe = os.path.join(os.path.dirname(sys.executable), 'legacy-autograd')
    if not os.path.exists(exe):
        pytest.skip('legacy-autograd console script not installed next to this python')
    script = os.path.join(SCRIPTS, 'probe_env.py')
    proc = subprocess.run([exe, 'run', script, '-x', '--flag'], cwd=str(tmp_path), env=cli_env(),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=300)
    assert (proc.returncode, proc.stderr) == (0, '')
    assert json.loads(proc.stdout) == json.loads(run_python([script, '-x', '--flag'], cwd=str(tmp_path))[1])


# --- import torch inside the runner --------------------------------------------

def test_import_torch_is_the_031_namespace_without_the_tools(run_cli):
    rc, out, err = run_cli(['run', os.path.join(SCRIPTS, 'use_torch.py')])
    assert (rc, err) == (0, '')
    got = json.loads(out)
    assert got['version'] == '0.3.1'
    assert not got['torch is legacy_autograd']
    assert got['sys.modules torch'] and got['same objects'] and got['torch.nn']
    assert got['Tensor'] == ["<class 'torch.FloatTensor'>", "<class 'torch.DoubleTensor'>",
                             "<class 'torch.FloatTensor'>"]
    assert got['type(v)'] == "<class 'torch.autograd.variable.Variable'>"
    assert got['type(Linear)'] == "<class 'torch.nn.modules.linear.Linear'>"
    assert got['pickled Variable'] == '[1.0, 1.0]'
    assert got['tools'] == {name: "module 'torch' has no attribute %r" % name
                            for name in got['tools']}
    for name in ('torch.compare', 'torch.runner'):
        assert got[name] == ['ModuleNotFoundError', name, outside(name)]
    assert got['runner spec'] == 'legacy_autograd.runner'
    for name in ('torch.foo', 'torch.distributed', 'torchvision', 'torchaudio', 'torchtext'):
        assert got[name] == ['ModuleNotFoundError', name, outside(name)]
    # like any missing package, the error names the top-level package that is missing
    assert got['torchvision.transforms'] == ['ModuleNotFoundError', 'torchvision', outside('torchvision')]


# --- async= rewriting ------------------------------------------------------------

ASYNC_MAIN = '''
    import sys
    import async_helper
    from pkg.sub import pkg_call

    f = lambda *a, **kw: print(sorted(kw))
    f(async=True)
    f(0, async = True, pin_memory=True)


    class T(object):
        def cuda(self, device=None, non_blocking=False):
            print('cuda', device, non_blocking)
            return self

    T().cuda(async=True).cuda(1, async=True)
    d = {'async': 1}
    print(d, "f(async=True)")
    print(async_helper.helper_call(), pkg_call())
    if sys.argv[1:] == ['fail']:
        f(async=False); raise RuntimeError('line 20')
'''

ASYNC_HELPER = '''
    def take(**kw):
        return sorted(kw)


    def helper_call():
        return take(async=True)
'''


def make_async_project(tmp_path):
    write(tmp_path, 'async_main.py', ASYNC_MAIN)
    write(tmp_path, 'async_helper.py', ASYNC_HELPER)
    os.makedirs(str(tmp_path / 'pkg'))
    write(tmp_path / 'pkg', '__init__.py', '')
    write(tmp_path / 'pkg', 'sub.py', '''
        def pkg_call():
            return (lambda **kw: sorted(kw))(async=1)
    ''')


def test_async_keyword_rewritten_in_script_and_local_modules(run_cli, tmp_path):
    make_async_project(tmp_path)
    rc, out, err = run_cli(['run', 'async_main.py'], cwd=str(tmp_path))
    assert (rc, err) == (0, '')
    assert out == ("['non_blocking']\n"
                   "['non_blocking', 'pin_memory']\n"
                   "cuda None True\n"
                   "cuda 1 True\n"
                   "{'async': 1} f(async=True)\n"
                   "['non_blocking'] ['non_blocking']\n")
    # rewritten modules leave no bytecode that plain python would pick up
    assert not os.path.exists(str(tmp_path / '__pycache__')) or not any(
        n.startswith('async_helper') for n in os.listdir(str(tmp_path / '__pycache__')))
    # without the runner it is the SyntaxError every Python >= 3.7 gives
    prc, pout, perr = run_python(['async_main.py'], cwd=str(tmp_path))
    assert prc == 1 and 'SyntaxError' in perr


def test_async_rewrite_keeps_line_numbers(run_cli, tmp_path):
    make_async_project(tmp_path)
    rc, out, err = run_cli(['run', 'async_main.py', 'fail'], cwd=str(tmp_path))
    assert rc == 1
    assert out.endswith("['non_blocking']\n")
    assert 'File "{}", line 20, in <module>'.format(str(tmp_path / 'async_main.py')) in err
    assert "f(async=False); raise RuntimeError('line 20')" in err  # the file's own text
    assert err.rstrip().endswith('RuntimeError: line 20')


def test_cuda_async_true_on_legacy_tensors(run_cli, tmp_path):
    import legacy_autograd
    if not hasattr(getattr(legacy_autograd, 'FloatTensor', None), 'cuda'):
        pytest.skip('legacy_autograd has no FloatTensor.cuda yet')
    script = write(tmp_path, 'cuda_async.py', '''
        import torch
        x = torch.FloatTensor([1, 2])
        y = x.cuda(async=True)
        z = x.cuda(0, async=True).cpu()
        print(torch.cuda.is_available())
        print('ok')
    ''')
    rc, out, err = run_cli(['run', script])
    assert rc == 0, err
    assert out == 'False\nok\n'  # any notice about CUDA goes to stderr


@pytest.mark.parametrize('source, expected, count', [
    ('x.cuda(async=True)\n', 'x.cuda(non_blocking=True)\n', 1),
    ('x.cuda(0, async=True)\ny.cpu(async=True)\n', 'x.cuda(0, non_blocking=True)\ny.cpu(non_blocking=True)\n', 2),
    ('f(a,\n  async\n  = True)\n', 'f(a,\n  non_blocking\n  = True)\n', 1),
    ('DataLoader(d, pin_memory=True)\n', 'DataLoader(d, pin_memory=True)\n', 0),
    ('f(async == 1)\n', 'f(async == 1)\n', 0),
    ("s = 'x.cuda(async=True)'  # async=True\n", "s = 'x.cuda(async=True)'  # async=True\n", 0),
    ('async = 1\n', 'async = 1\n', 0),
    ('async def f():\n    await g(async=1)\n', 'async def f():\n    await g(non_blocking=1)\n', 1),
])
def test_rewrite_async_kwargs(source, expected, count):
    from legacy_autograd.runner import rewrite_async_kwargs
    assert rewrite_async_kwargs(source) == (expected, count)


def test_compile_source_leaves_valid_code_alone():
    from legacy_autograd.runner import _compile
    code, rewritten = _compile(b'non_blocking = 1\n', '<t>')
    assert not rewritten
    code, rewritten = _compile(b'f(async=1)\n', '<t>')
    assert rewritten and 'non_blocking' in str(code.co_consts)
    with pytest.raises(SyntaxError, match='print'):
        _compile(b'print "x"\n', '<t>')


# --- install() / uninstall() in-process -----------------------------------------

def _shim_names():
    return {k: v for k, v in sys.modules.items()
            if k.partition('.')[0] in ('torch', 'torchvision', 'torchaudio', 'torchtext')}


@pytest.fixture
def shim():
    """The runner module; the test's sys.modules/meta_path changes are undone."""
    from legacy_autograd import runner
    runner.uninstall()
    saved_modules = _shim_names()
    saved_meta = list(sys.meta_path)
    try:
        yield runner
    finally:
        runner.uninstall()
        for name in _shim_names():
            del sys.modules[name]
        sys.modules.update(saved_modules)
        sys.meta_path[:] = saved_meta


def test_install_serves_torch_modules_built_from_the_export_list(shim):
    import legacy_autograd
    import legacy_autograd.cli
    from legacy_autograd import _exports
    before = sys.modules.get('torch'), sys.modules.get('torch.nn')  # real torch, if imported
    handle = shim.install()
    assert isinstance(sys.meta_path[0], shim.TorchShimFinder)
    import torch
    import torch.nn.functional as F
    assert isinstance(torch, shim.TorchModule) and torch is not legacy_autograd
    assert sys.modules['torch'] is torch and torch.__name__ == 'torch'
    assert F is sys.modules['torch.nn.functional'] is torch.nn.functional
    # exactly the listed names, each the package's own object (submodules: the torch modules)
    def real_of(torch_module):
        return importlib.import_module(_exports.MODULES[torch_module.__name__])

    for name in ('torch', 'torch.nn', 'torch.nn.functional', 'torch.autograd', 'torch.optim',
                 'torch.utils.data', 'torch.cuda'):
        mod = importlib.import_module(name)
        real = importlib.import_module(_exports.MODULES[name])
        public = sorted(n for n in vars(mod) if not n.startswith('__'))
        assert public == sorted(n for n in _exports.EXPORTS[name]
                                if not n.startswith('__') and n not in _exports.LIVE.get(name, ()))
        for n in public:
            value = getattr(mod, n)
            if isinstance(value, types.ModuleType):
                # a submodule, or a torch module bound under another name (F.utils is
                # torch.nn.modules.utils)
                assert value is sys.modules[shim._torch_module_name(name + '.' + n, real_of(value))]
            else:
                assert value is getattr(real, n), (name, n)
    for name in ('cli', 'runner', 'testing', 'compare', 'migrate', 'ops', 'rng', 'install'):
        with pytest.raises(AttributeError, match="module 'torch' has no attribute %r" % name):
            getattr(torch, name)
    with pytest.raises(ImportError, match="cannot import name 'cli'"):
        exec('from torch import cli', {})
    for name in ('torch.cli', 'torch.runner', 'torch.testing', 'torch.ops', 'torch.rng',
                 'torch.nn.modules._utils', 'torch.nn._functional_conv'):
        with pytest.raises(ModuleNotFoundError) as info:
            importlib.import_module(name)
        assert str(info.value) == outside(name)
    handle.uninstall()
    assert not shim.is_installed()
    assert (sys.modules.get('torch'), sys.modules.get('torch.nn')) == before
    assert 'torch.nn.functional' not in sys.modules or sys.modules['torch.nn.functional'] is not F
    assert not any(isinstance(f, shim.TorchShimFinder) for f in sys.meta_path)
    assert legacy_autograd.runner is shim  # the package itself is untouched


def test_default_tensor_type_and_dir_of_the_torch_module(shim):
    shim.install()
    import torch
    assert 'Tensor' in dir(torch) and 'cli' not in dir(torch)
    try:
        torch.set_default_tensor_type('torch.DoubleTensor')
        assert torch.Tensor is torch.DoubleTensor
        assert torch.Tensor(2).type() == 'torch.DoubleTensor'
    finally:
        torch.set_default_tensor_type('torch.FloatTensor')
    assert torch.Tensor is torch.FloatTensor
    # one generator behind torch.manual_seed, torch.random and the package
    import legacy_autograd
    assert torch.manual_seed is legacy_autograd.manual_seed is torch.random.manual_seed
    torch.manual_seed(5)
    a = torch.rand(3).tolist()
    legacy_autograd.manual_seed(5)
    assert legacy_autograd.rand(3).tolist() == a


def test_classes_name_their_torch_module_only_while_installed(shim):
    import pickle
    import legacy_autograd
    from legacy_autograd.autograd import Variable
    v = Variable(legacy_autograd.ones(2), requires_grad=True)
    p = legacy_autograd.nn.Parameter(legacy_autograd.ones(1))
    assert Variable.__module__ == 'legacy_autograd.autograd.variable'
    with shim.install():
        assert repr(type(v)) == "<class 'torch.autograd.variable.Variable'>"
        assert repr(type(p)) == "<class 'torch.nn.parameter.Parameter'>"
        inside = pickle.dumps(v)
        assert b'torch.autograd.variable' in inside
        assert pickle.loads(inside).data.tolist() == [1.0, 1.0]
        assert pickle.loads(pickle.dumps(p)).data.tolist() == [1.0]
    assert Variable.__module__ == 'legacy_autograd.autograd.variable'
    outside_data = pickle.dumps(v)
    assert b'legacy_autograd.autograd.variable' in outside_data
    assert pickle.loads(outside_data).data.tolist() == [1.0, 1.0]
    # what was pickled under the shim loads under the package's name too (torch.load maps it)
    assert legacy_autograd.load(__import__('io').BytesIO(inside)).data.tolist() == [1.0, 1.0]


def test_outside_the_shim_messages(shim):
    shim.install()
    for name in ('torch.foo', 'torch.distributed', 'torch.onnx', 'torchvision', 'torchaudio',
                 'torchtext', 'torchvision.transforms', 'torch.foo.bar'):
        with pytest.raises(ImportError) as info:
            importlib.import_module(name)
        missing = name.rpartition('.')[0] if name in ('torchvision.transforms', 'torch.foo.bar') else name
        assert info.value.name == missing
        assert str(info.value) == outside(missing)
        assert isinstance(info.value, ModuleNotFoundError)
    # `from torch import NAME` tries the submodule torch.NAME, and the import
    # system turns our error (name == 'torch.NAME') into its usual message
    with pytest.raises(ImportError, match="cannot import name 'not_a_thing_here'"):
        exec('from torch import not_a_thing_here', {})


def test_fake_torch_is_set_aside_and_restored(shim):
    fake = types.ModuleType('torch')
    fake_nn = types.ModuleType('torch.nn')
    fake_tv = types.ModuleType('torchvision')
    sys.modules.update({'torch': fake, 'torch.nn': fake_nn, 'torchvision': fake_tv})
    with shim.install() as torch_mod:
        import torch
        assert torch is torch_mod and isinstance(torch, shim.TorchModule)
        assert sys.modules['torch'] is torch
        assert 'torch.nn' not in sys.modules or sys.modules['torch.nn'] is not fake_nn
        with pytest.raises(ImportError):
            import torchvision  # noqa: F401
    assert not shim.is_installed()
    assert sys.modules['torch'] is fake
    assert sys.modules['torch.nn'] is fake_nn
    assert sys.modules['torchvision'] is fake_tv


def test_real_torch_is_set_aside_and_restored(shim):
    # in a fresh interpreter: taking modern torch's modules out of sys.modules and putting them
    # back leaves torch's C extension in a state that can crash later tests of this process
    pytest.importorskip('torch')
    code = textwrap.dedent("""
        import sys
        import torch as real
        assert real.__version__ != '0.3.1'
        from legacy_autograd import runner
        with runner.install():
            import torch
            assert torch.__version__ == '0.3.1', torch.__version__
        import torch
        assert torch is real and sys.modules['torch'] is real
        print(real.ones(2).sum().item())
    """)
    proc = subprocess.run([sys.executable, '-c', code], env=cli_env(), stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == '2.0\n'


def test_install_twice_is_harmless_and_nests(shim):
    outer = shim.install()
    inner = shim.install()
    assert sum(isinstance(f, shim.TorchShimFinder) for f in sys.meta_path) == 1
    assert outer.owner and not inner.owner
    with shim.install():
        pass
    assert shim.is_installed()  # the inner context did not undo the outer install
    with inner:
        pass
    assert shim.is_installed()
    shim.uninstall()
    shim.uninstall()  # harmless too
    assert not shim.is_installed()
    outer.uninstall()
    assert not shim.is_installed()


def test_nested_torch_modules_hold_the_same_objects(shim):
    import legacy_autograd.nn.modules.linear
    shim.install()
    import torch.nn.functional as F
    from torch.nn.modules.linear import Linear
    import torch.nn as nn
    assert F.relu is legacy_autograd.nn.functional.relu
    assert Linear is nn.Linear is legacy_autograd.nn.modules.linear.Linear
    assert nn.modules.linear is sys.modules['torch.nn.modules.linear']
    assert legacy_autograd.nn.__spec__.name == 'legacy_autograd.nn'
    with pytest.raises(ImportError) as info:
        import torch.nn.missing  # noqa: F401
    assert info.value.name == 'torch.nn.missing'
    assert str(info.value) == outside('torch.nn.missing')
    shim.uninstall()
    assert not any(k == 'torch' or k.startswith('torch.') for k in sys.modules
                   if isinstance(sys.modules[k], shim.TorchModule))


def test_run_script_in_process_restores_state(shim, capsys):
    saved = (list(sys.argv), list(sys.path), sys.modules['__main__'])
    assert shim.run_script(os.path.join(SCRIPTS, 'exit_code.py'), ['3']) == 3
    assert shim.run_script(os.path.join(SCRIPTS, 'hello.py')) == 0
    assert shim.run_script(os.path.join(SCRIPTS, 'raises.py')) == 1
    out, err = capsys.readouterr()
    assert out == 'before exit\nhello from __main__\nabout to fail\n'
    assert 'ZeroDivisionError' in err and 'raises.py", line 13' in err
    assert (sys.argv, sys.path, sys.modules['__main__']) == saved
    assert not shim.is_installed()
    with pytest.raises(shim.ScriptNotFound):
        shim.run_script(os.path.join(SCRIPTS, 'no_such.py'))


def test_ci_session_fails_without_torch(tmp_path):
    # a `torch` that cannot be imported, first on the path
    os.makedirs(str(tmp_path / 'broken' / 'torch'))
    write(tmp_path / 'broken' / 'torch', '__init__.py', 'raise ImportError("no torch here")\n')
    base = [sys.executable, '-m', 'pytest', '-q', '-p', 'no:cacheprovider',
            os.path.join(REPO_ROOT, 'compat_tests', 'test_runner.py'), '-k', 'rewrite_async_kwargs']
    for ci, expect in (('true', 4), ('false', 0)):
        env = cli_env({'CI': ci})
        env['PYTHONPATH'] = os.pathsep.join([str(tmp_path / 'broken'), env['PYTHONPATH']])
        proc = subprocess.run(base, cwd=REPO_ROOT, env=env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=300)
        assert proc.returncode == expect, proc.stdout + proc.stderr
        if ci == 'true':
            assert 'CI=true but the reference torch cannot be imported' in proc.stdout + proc.stderr


# --- repo wiring ---------------------------------------------------------------------

def test_ci_runs_the_readme_test_command():
    with open(os.path.join(REPO_ROOT, '.ci', 'run')) as f:
        ci = f.read()
    with open(os.path.join(REPO_ROOT, 'README.md')) as f:
        readme = f.read()
    line = [l for l in ci.splitlines() if l.startswith('TEST_COMMAND=')]
    assert len(line) == 1
    command = line[0].split('=', 1)[1].strip('"')
    assert command in readme
    assert 'python -m pytest' in command


def test_uninstall_restores_classes_exported_under_two_names(shim):
    # torch.Storage is torch.FloatStorage: renamed once, restored to its own module
    import legacy_autograd
    before = legacy_autograd.FloatStorage.__module__
    shim.install()
    assert legacy_autograd.FloatStorage.__module__ == 'torch'
    shim.uninstall()
    assert legacy_autograd.FloatStorage.__module__ == before == 'legacy_autograd'


# --- numpy's scalar conversion of a 1-element array (docs/running.md "numpy versions") ----

NUMPY_24 = tuple(int(p) for p in __import__('numpy').__version__.split('.')[:2]) >= (2, 4)


def test_percent_format_of_a_one_element_numpy_result(run_cli, tmp_path):
    # 0.3-era idiom: '%.2f' % w.data.numpy() (a 1-D array of one element); 2017's numpy accepted it
    script = write(tmp_path, 'fmt.py', """
        import torch
        from torch.autograd import Variable
        w = Variable(torch.FloatTensor([1.25]))
        print('w = %.2f' % w.data.numpy())
        print(float(w.data.numpy()))
        """)
    rc, out, err = run_cli(['run', script], cwd=str(tmp_path))
    if not NUMPY_24:
        # numpy 1.25 ... 2.3 warn (DeprecationWarning in __main__); the runner keeps stderr as 2017's
        assert (rc, out, err) == (0, 'w = 1.25\n1.25\n', '')
    else:
        assert rc == 1 and out == ''
        lines = err.rstrip('\n').split('\n')
        assert lines[-2] == 'TypeError: only 0-dimensional arrays can be converted to Python scalars'
        assert lines[-1].startswith('legacy_autograd: numpy {} refuses'.format(
            __import__('numpy').__version__))
        assert 'numpy<2.4' in lines[-1]


def test_numpy_hint_only_for_numpy_scalar_conversion():
    from legacy_autograd import runner
    assert runner._numpy_hint(TypeError(runner.NUMPY_SCALAR_ERROR)) is not None
    assert runner._numpy_hint(TypeError("'int' object is not subscriptable")) is None
    assert runner._numpy_hint(ValueError(runner.NUMPY_SCALAR_ERROR)) is None


def test_in_process_run_removes_its_warning_filter(tmp_path):
    import warnings
    from legacy_autograd import runner
    script = write(tmp_path, 'quiet.py', """
        import warnings
        warnings.warn('Conversion of an array with ndim > 0 to a scalar is deprecated, x',
                      DeprecationWarning)
        """)
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter('always')
        before = list(warnings.filters)
        assert runner.run_script(script) == 0
        assert warnings.filters == before
    assert seen == []


def test_runtime_dependency_bounds_numpy_below_24():
    with open(os.path.join(REPO_ROOT, 'pyproject.toml')) as f:
        text = f.read()
    assert 'dependencies = ["numpy>=1.22,<2.4"]' in text
