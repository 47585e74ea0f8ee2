"""The ``torch`` namespace served under ``legacy-autograd run``: 0.3.1's public names, no tools.

``legacy_autograd/_exports.py`` holds, per ``torch`` module, the names it shows (``EXPORTS``)
and 0.3.1's names this package lacks (``MISSING``), computed from 0.3.1's module contents
(``fixtures/torch031_names.json``, read from the 0.3.1 sources by
``fixtures/make_torch031_names.py``). These tests keep the table current and tool-free.
"""
import importlib
import importlib.util
import json
import os
import pickle
import pickletools
import types

import pytest

import legacy_autograd
from legacy_autograd import _exports

HERE = os.path.dirname(os.path.abspath(__file__))
NAMES_031 = os.path.join(HERE, 'fixtures', 'torch031_names.json')

#: The package's tools: neither they nor anything defined in them is reachable as torch.*.
TOOL_MODULES = ('runner', 'cli', 'command_error', 'migrate', 'compare', 'testing',
                'parity_samples', 'report', 'rng_bridge', '__main__')
#: The package's internals: the torch functions and classes are defined in them, but the
#: modules themselves are not reachable as torch.* (0.3.1 had no such names).
INTERNAL_MODULES = ('ops', 'rng', 'dtypes', 'printing', 'errors', 'backend_numpy', 'cuda_notice',
                    'size', '_exports')


def _generator():
    spec = importlib.util.spec_from_file_location(
        'make_torch031_names', os.path.join(HERE, 'fixtures', 'make_torch031_names.py'))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _names031():
    with open(NAMES_031) as fh:
        return json.load(fh)


def _is_tool(obj):
    """The package's tool or internal module, or an object defined in one."""
    name = obj.__name__ if isinstance(obj, types.ModuleType) else getattr(obj, '__module__', None)
    if not isinstance(name, str) or not name.startswith('legacy_autograd.'):
        return False
    rel = name[len('legacy_autograd.'):]
    return any(rel == t or rel.startswith(t + '.') for t in TOOL_MODULES)


def leaks(exports, modules):
    """(torch module, name) pairs of ``exports`` that reach a tool or internal of the package."""
    out = []
    for mod, names in exports.items():
        real = importlib.import_module(modules[mod])
        for name in names:
            if name in TOOL_MODULES or name in INTERNAL_MODULES:
                out.append((mod, name))
                continue
            value = getattr(real, name, None)
            if isinstance(value, types.ModuleType):
                # only torch modules: the submodule of that path, or a served module bound
                # under another name (``F``)
                if not _generator().served_as(value, mod + '.' + name, modules,
                                              set(modules.values())):
                    out.append((mod, name))
            elif _is_tool(value):
                out.append((mod, name))
    return out


def test_export_table_is_current():
    modules, exports, missing, missing_modules = _generator().compute_exports(_names031())
    assert _exports.MODULES == modules
    changed = {m: (sorted(set(exports[m]) - set(_exports.EXPORTS[m])),
                   sorted(set(_exports.EXPORTS[m]) - set(exports[m])))
               for m in modules if set(exports[m]) != set(_exports.EXPORTS[m])}
    assert changed == {}, ('legacy_autograd/_exports.py is out of date (now exported, no longer '
                           'exported); regenerate it with python compat_tests/fixtures/'
                           'make_torch031_names.py --write-exports')
    assert _exports.EXPORTS == exports
    assert _exports.MISSING == missing
    assert _exports.MISSING_MODULES == missing_modules


def test_exports_are_031_names_and_missing_is_the_rest():
    names031 = _names031()
    private = _generator().PRIVATE_USED        # private names old code reads, served too
    for mod, names in _exports.EXPORTS.items():
        assert set(names) | set(_exports.MISSING[mod]) == \
            set(names031[mod]) | set(private.get(mod, ()))
        assert not set(names) & set(_exports.MISSING[mod])
        real = importlib.import_module(_exports.MODULES[mod])
        for name in names:
            assert hasattr(real, name), (mod, name)


def test_the_main_namespaces_are_covered():
    for mod in ('torch', 'torch.autograd', 'torch.nn', 'torch.nn.functional', 'torch.optim',
                'torch.utils.data', 'torch.cuda', 'torch.random', 'torch.serialization',
                'torch.nn.init', 'torch.backends.cudnn'):
        assert mod in _exports.EXPORTS
    assert 'Variable' not in _exports.EXPORTS['torch']      # 0.3.1: torch.autograd.Variable only
    assert {'FloatTensor', 'manual_seed', 'nn', 'autograd', 'optim', 'cuda', 'utils',
            'save', 'load', 'set_default_tensor_type', 'Tensor', '__version__'} <= \
        set(_exports.EXPORTS['torch'])


def test_missing_names_are_listed_explicitly():
    # the documented gaps (docs/running.md points here): 0.3.1 names and modules we lack
    assert 'distributed' in _exports.MISSING['torch']
    assert 'torch.distributed' in _exports.MISSING_MODULES
    assert 'torch.contrib' in _exports.MISSING_MODULES
    assert 'torch.nn.parallel' in _exports.MODULES          # built since (issue 16)
    assert 'torch.distributions' in _exports.MODULES        # built since (issue 16)
    for mod, names in _exports.MISSING.items():
        real = importlib.import_module(_exports.MODULES[mod])
        for name in names:
            value = getattr(real, name, None)
            assert value is None or isinstance(value, types.ModuleType), (mod, name)


def test_no_tool_is_exported():
    assert leaks(_exports.EXPORTS, _exports.MODULES) == []
    for mod in _exports.MODULES:
        rel = _exports.MODULES[mod][len('legacy_autograd'):].lstrip('.')
        assert not any(rel == t or rel.startswith(t + '.')
                       for t in TOOL_MODULES + INTERNAL_MODULES), mod


def test_leak_checker_catches_tool_names_and_tool_modules():
    exports = {m: tuple(n) for m, n in _exports.EXPORTS.items()}
    exports['torch'] = exports['torch'] + ('testing', 'runner', 'ops', 'install')
    exports['torch.nn'] = exports['torch.nn'] + ('_functional_conv',)
    found = leaks(exports, _exports.MODULES)
    assert sorted(found) == [('torch', 'install'), ('torch', 'ops'), ('torch', 'runner'),
                             ('torch', 'testing'), ('torch.nn', '_functional_conv')]


def test_table_check_fails_when_031_had_a_name_we_now_have_or_lack():
    gen = _generator()
    names = _names031()
    names['torch'] = names['torch'] + ['frobnicate']        # 0.3.1 had it, we do not
    modules, exports, missing, _ = gen.compute_exports(names)
    assert 'frobnicate' in missing['torch'] and missing != _exports.MISSING
    legacy_autograd.frobnicate = lambda: None                 # and once we have it
    try:
        modules, exports, missing, _ = gen.compute_exports(names)
        assert 'frobnicate' in exports['torch'] and exports != _exports.EXPORTS
    finally:
        del legacy_autograd.frobnicate


def test_load_allowlist_names_only_exported_torch_classes():
    """torch.load's one allowlist (load_allowlist.ALLOWED_GLOBALS) against the export table:
    every ``torch.*`` pair it allows is a class that module exports (the rebuild helpers 0.3
    pickled with, and the CUDA type names loaded as CPU types, are the listed exceptions), so
    no function and no tool of the package can be named by a file."""
    from legacy_autograd.load_allowlist import ALLOWED_GLOBALS
    helpers = {('torch.tensor', '_rebuild_tensor'), ('torch.serialization', '_rebuild_tensor'),
               ('torch._utils', '_rebuild_tensor'), ('torch.autograd.variable', '_rebuild_variable'),
               ('torch.nn.parameter', '_rebuild_parameter'),
               ('torch.nn.backends.thnn', '_get_thnn_function_backend'),
               ('torch._thnn.utils', '_unpickle_backend')}
    for module, name in ALLOWED_GLOBALS:
        if not module.startswith('torch') or (module, name) in helpers:
            continue
        if module == 'torch.cuda':
            assert name in _exports.EXPORTS['torch'], (module, name)
            continue
        if module == 'torch.legacy.nn.' + name:          # 0.3.1's spelling: one module per class
            module = 'torch.legacy.nn'
        assert name in _exports.EXPORTS.get(module, ()), (module, name)
        value = getattr(importlib.import_module(_exports.MODULES[module]), name)
        assert isinstance(value, type), (module, name)
    assert ('torch', 'load') not in ALLOWED_GLOBALS and ('torch', 'testing') not in ALLOWED_GLOBALS


def test_the_package_keeps_its_tools_for_users():
    import subprocess
    import sys
    # a fresh process: `import legacy_autograd` loads no tool, and they come on first use
    code = ('import sys, legacy_autograd as la; '
            'tools = ("runner", "testing", "cli", "compare", "migrate"); '
            'print([t for t in tools if "legacy_autograd." + t in sys.modules]); '
            'print(la.testing.__name__, la.runner.__name__, la.install.__module__)')
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [os.path.dirname(HERE)] + [p for p in os.environ.get('PYTHONPATH', '').split(os.pathsep) if p]))
    out = subprocess.run([sys.executable, '-c', code], env=env, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, timeout=300)
    assert (out.returncode, out.stderr) == (0, '')
    assert out.stdout == ('[]\nlegacy_autograd.testing legacy_autograd.runner '
                          'legacy_autograd.runner\n')
    import legacy_autograd.testing
    import legacy_autograd.runner
    assert legacy_autograd.install is legacy_autograd.runner.install
    assert legacy_autograd.uninstall is legacy_autograd.runner.uninstall
    assert legacy_autograd.testing.__name__ == 'legacy_autograd.testing'
    with pytest.raises(AttributeError, match="has no attribute 'no_such_thing'"):
        legacy_autograd.no_such_thing


def test_objects_pickle_under_the_package_name():
    v = legacy_autograd.autograd.Variable(legacy_autograd.ones(2), requires_grad=True)
    m = legacy_autograd.nn.Linear(2, 1)
    data = pickle.dumps((v, m), protocol=2)
    globals_used = {arg.split(' ')[0] for op, arg, _ in pickletools.genops(data)
                    if op.name == 'GLOBAL'}
    assert globals_used and all(g.startswith('legacy_autograd.') or g in ('collections', '_codecs')
                                for g in globals_used), globals_used
    v2, m2 = pickle.loads(data)
    assert v2.data.tolist() == [1.0, 1.0] and m2.weight.size() == m.weight.size()
