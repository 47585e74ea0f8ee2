"""The package's layers: no import cycle, and no import against the layer order.

Layer order (lowest first, as stated in docs/architecture.md):
arrays/kernels -> tensor -> autograd -> op front-ends -> nn/optim/data -> torch namespace -> tools.

Every module of the package is read with ``ast``; every ``import`` counts, also those inside
functions. Importing ``a.b.c`` also runs the ``__init__`` of ``a`` and ``a.b``, so those packages
count as imported too (except the importer's own enclosing packages, which are always loaded
first). A module may import modules of its own layer or below, never above; a module that is in
no layer fails the test, so a new module must be placed in :data:`LAYERS`. Calls of
``importlib.import_module`` / ``__import__`` (imports the ``ast`` scan cannot follow) are allowed
only where :data:`DYNAMIC_IMPORTS` says why.
"""
import ast
import os
import shutil
import textwrap

import pytest

import legacy_autograd

PACKAGE = 'legacy_autograd'
PACKAGE_DIR = os.path.dirname(os.path.abspath(legacy_autograd.__file__))

#: Layers, lowest first: (name, module prefixes relative to the package). A module belongs to
#: the layer of its longest matching prefix ('' is the package's ``__init__`` itself, i.e. the
#: ``torch`` namespace, and matches only that module).
LAYERS = (
    ('arrays/kernels', ('dtypes', 'size', 'rng', 'backend_numpy', 'errors', 'printing',
                        'cuda_notice', 'utils', 'utils.hooks', '_exports', '_version',
                        '_fastpaths', 'quiet', '_six')),
    ('tensor', ('storage', 'tensor', 'random', 'cuda')),
    ('autograd', ('autograd',)),
    ('op front-ends', ('ops',)),
    ('nn/optim/data', ('nn', 'optim', 'utils.data', 'serialization', 'legacy_format',
                       'save_format', 'safe_unpickler', 'load_allowlist', 'backends',
                       'multiprocessing', 'distributions', 'legacy', 'sparse', 'utils.trainer',
                       'utils.serialization', 'utils.dlpack', 'utils.model_zoo', 'utils.ffi',
                       'utils.backcompat', '_C', 'functional')),
    ('torch namespace', ('',)),
    ('tools', ('runner', 'cli', 'command_error', 'migrate', 'compare', 'comparing', 'testing', 'convert',
               'parity_samples', 'report', 'rng_bridge', '__main__')),
)

#: (importer, imported) pairs allowed to go up the layers, with the reason.
ALLOWED_UPWARD = {
    ('', 'runner'): '`legacy_autograd.install()` / `uninstall()`, documented entry points of the '
                    'runner, loaded on first attribute access (module __getattr__)',
    ('', 'testing'): '`legacy_autograd.testing` without importing it first (as before the '
                     'namespace stopped importing its tools), loaded on first attribute access',
}

#: Modules allowed to import by computed name, with the reason.
DYNAMIC_IMPORTS = {
    'ops': 'imports its own op families by name (ops.<family>)',
    'serialization': 'resolves the (module, name) pairs read from a file being loaded',
    'safe_unpickler': 'resolves the (module, name) pairs read from a file being loaded',
    'runner': 'serves `import torch` / `torch.X` from the package',
}


def module_files(pkg_dir):
    """{dotted name relative to the package ('' for its __init__): file path}."""
    out = {}
    for d, dirs, files in os.walk(pkg_dir):
        dirs[:] = sorted(x for x in dirs if x != '__pycache__')
        for f in sorted(files):
            if not f.endswith('.py'):
                continue
            rel = os.path.relpath(os.path.join(d, f), pkg_dir)[:-3].replace(os.sep, '.')
            if rel == '__init__':
                rel = ''
            elif rel.endswith('.__init__'):
                rel = rel[:-len('.__init__')]
            out[rel] = os.path.join(d, f)
    return out


def _join(*parts):
    return '.'.join(p for p in parts if p)


def _ancestors(name):
    """'a.b.c' -> ['', 'a', 'a.b'] (the packages whose __init__ runs first)."""
    parts = name.split('.') if name else []
    return [_join(*parts[:i]) for i in range(len(parts))]


def _known(name, mods):
    while name not in mods:
        if not name:
            return None
        name = name.rpartition('.')[0]
    return name


def import_edges(pkg_dir, package=PACKAGE):
    """[(importer, imported, line)] over every import statement of every module (also inside
    functions); names are relative to the package. Implicitly imported enclosing packages of
    the target are included; the importer itself and its own enclosing packages are not,
    unless named explicitly (``from .. import x`` where x is not a module)."""
    mods = module_files(pkg_dir)
    edges = []
    for m, path in mods.items():
        is_pkg = os.path.basename(path) == '__init__.py'
        with open(path, encoding='utf-8') as fh:
            tree = ast.parse(fh.read(), path)
        own = set(_ancestors(m)) | {m}
        for node in ast.walk(tree):
            explicit = []
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name == package or alias.name.startswith(package + '.'):
                        explicit.append(alias.name[len(package) + 1:])
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = m.split('.') if m else []
                    if not is_pkg:
                        base = base[:-1]
                    if node.level - 1 > len(base):
                        continue
                    base = base[:len(base) - (node.level - 1)]
                    mod = _join(*(base + ([node.module] if node.module else [])))
                elif node.module == package or (node.module or '').startswith(package + '.'):
                    mod = node.module[len(package) + 1:]
                else:
                    continue
                for alias in node.names:
                    sub = _join(mod, alias.name)
                    explicit.append(sub if sub in mods else mod)
            else:
                continue
            for target in explicit:
                t = _known(target, mods)
                if t is None or t == m:
                    continue
                implicit = [a for a in _ancestors(t) if a not in own]
                if t not in own or target == t:
                    edges.append((m, t, node.lineno))
                for a in implicit:
                    edges.append((m, a, node.lineno))
    return sorted(set(edges))


def layer_of(name):
    """Index in LAYERS of a module (relative name), or None."""
    best, best_len = None, -1
    for i, (_, prefixes) in enumerate(LAYERS):
        for p in prefixes:
            if p == '':
                ok = name == ''
            else:
                ok = name == p or name.startswith(p + '.')
            if ok and len(p) > best_len:
                best, best_len = i, len(p)
    return best


def _show(name):
    return _join(PACKAGE, name)


def layer_violations(pkg_dir):
    """Messages for modules in no layer and for imports going up the layers."""
    out = []
    mods = module_files(pkg_dir)
    for m in sorted(mods):
        if layer_of(m) is None:
            out.append('%s is in no layer: add it to LAYERS in compat_tests/test_layers.py'
                       % _show(m))
    for m, t, line in import_edges(pkg_dir):
        lm, lt = layer_of(m), layer_of(t)
        if lm is None or lt is None or lt <= lm or (m, t) in ALLOWED_UPWARD:
            continue
        out.append('%s (layer %s) imports %s (layer %s) at line %d'
                   % (_show(m), LAYERS[lm][0], _show(t), LAYERS[lt][0], line))
    return out


def import_cycles(pkg_dir):
    """Strongly connected sets of modules (more than one) in the import graph. An import of
    one's own enclosing package is left out (the package always runs first, and its
    ``__init__`` imports its children), as in /work/shared/tools/import_cycles.py."""
    graph = {m: set() for m in module_files(pkg_dir)}
    for m, t, _ in import_edges(pkg_dir):
        if t not in _ancestors(m):
            graph[m].add(t)
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        work = [(v, iter(sorted(graph[v])))]
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        while work:
            node, it = work[-1]
            for w in it:
                if w not in index:
                    index[w] = low[w] = counter[0]
                    counter[0] += 1
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(sorted(graph[w]))))
                    break
                if w in on:
                    low[node] = min(low[node], index[w])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    comp = []
                    while True:
                        w = stack.pop()
                        on.discard(w)
                        comp.append(w)
                        if w == node:
                            break
                    if len(comp) > 1:
                        out.append(sorted(_show(c) for c in comp))
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def dynamic_imports(pkg_dir):
    """Modules calling importlib.import_module / __import__ that DYNAMIC_IMPORTS does not list."""
    out = []
    for m, path in module_files(pkg_dir).items():
        with open(path, encoding='utf-8') as fh:
            tree = ast.parse(fh.read(), path)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, 'id', None)
            if name in ('import_module', '__import__') and m not in DYNAMIC_IMPORTS:
                out.append('%s calls %s at line %d' % (_show(m), name, node.lineno))
    return out


# ------------------------------------------------------------------------------------- the tests

def test_no_import_cycles():
    assert import_cycles(PACKAGE_DIR) == []


def test_imports_follow_the_layer_order():
    assert layer_violations(PACKAGE_DIR) == []


def test_no_unlisted_dynamic_imports():
    assert dynamic_imports(PACKAGE_DIR) == []


def test_allowed_exceptions_are_still_needed():
    # an allowance nobody uses any more is removed, so it cannot hide a future violation
    edges = {(m, t) for m, t, _ in import_edges(PACKAGE_DIR)}
    assert [pair for pair in ALLOWED_UPWARD if pair not in edges] == []


def test_architecture_doc_states_the_layer_order():
    with open(os.path.join(PACKAGE_DIR, '..', 'docs', 'architecture.md'), encoding='utf-8') as fh:
        doc = fh.read()
    line = ' -> '.join(name for name, _ in LAYERS)
    assert line in doc


# ----------------------------------------------------- the checkers catch what they must catch

@pytest.fixture
def package_copy(tmp_path):
    dst = tmp_path / PACKAGE
    shutil.copytree(PACKAGE_DIR, str(dst), ignore=shutil.ignore_patterns('__pycache__'))
    return dst


def _inject(path, code):
    with open(str(path), 'a', encoding='utf-8') as fh:
        fh.write('\n\n' + textwrap.dedent(code))


def test_checker_reports_an_upward_import_inside_a_function(package_copy):
    _inject(package_copy / 'tensor.py', '''
        def _sneaky():
            from .ops import dispatch
            return dispatch
    ''')
    found = layer_violations(str(package_copy))
    assert len(found) == 2, found      # ops.dispatch, and the ops package it runs first
    assert all(v.startswith('legacy_autograd.tensor (layer tensor) imports legacy_autograd.ops')
               for v in found)
    assert any('ops.dispatch (layer op front-ends)' in v for v in found)


def test_checker_reports_an_upward_import_of_a_package_attribute(package_copy):
    # `from .. import X` of a non-module attribute depends on the package's __init__
    _inject(package_copy / 'autograd' / 'engine.py', '''
        def _f():
            from .. import Tensor
            return Tensor
    ''')
    found = layer_violations(str(package_copy))
    assert found == ['legacy_autograd.autograd.engine (layer autograd) imports legacy_autograd '
                     '(layer torch namespace) at line %d' % _last_import_line(
                         package_copy / 'autograd' / 'engine.py')]


def test_checker_reports_a_kernel_module_importing_through_the_ops_package(package_copy):
    # backend_numpy is a kernel module; `import legacy_autograd.ops.registry` runs ops/__init__
    _inject(package_copy / 'backend_numpy.py', 'import legacy_autograd.ops.registry\n')
    found = layer_violations(str(package_copy))
    assert sorted(v.split(' imports ')[1] for v in found) == [
        'legacy_autograd.ops (layer op front-ends) at line %d' % _last_import_line(
            package_copy / 'backend_numpy.py'),
        'legacy_autograd.ops.registry (layer op front-ends) at line %d' % _last_import_line(
            package_copy / 'backend_numpy.py')]


def test_checker_reports_a_module_in_no_layer(package_copy):
    (package_copy / 'helpers.py').write_text('X = 1\n')
    assert layer_violations(str(package_copy)) == [
        'legacy_autograd.helpers is in no layer: add it to LAYERS in compat_tests/test_layers.py']


def test_checker_reports_a_cycle_made_by_an_in_function_import(package_copy):
    _inject(package_copy / 'runner.py', '''
        def _f():
            from . import cli
            return cli
    ''')
    cycles = import_cycles(str(package_copy))
    assert len(cycles) == 1 and {'legacy_autograd.cli', 'legacy_autograd.runner'} <= set(cycles[0])


def test_checker_reports_a_cycle_inside_one_layer(package_copy):
    _inject(package_copy / 'ops' / 'dispatch.py', '''
        def _f():
            from .shape import cat
            return cat
    ''')
    cycles = import_cycles(str(package_copy))
    assert len(cycles) == 1 and {'legacy_autograd.ops.dispatch',
                                 'legacy_autograd.ops.shape'} <= set(cycles[0])


def test_checker_reports_an_unlisted_dynamic_import(package_copy):
    _inject(package_copy / 'nn' / 'init.py', '''
        def _f():
            import importlib
            return importlib.import_module('legacy_autograd')
    ''')
    assert dynamic_imports(str(package_copy)) == [
        'legacy_autograd.nn.init calls import_module at line %d'
        % (_last_import_line(package_copy / 'nn' / 'init.py') + 1)]


def _last_import_line(path):
    with open(str(path), encoding='utf-8') as fh:
        tree = ast.parse(fh.read())
    return max(n.lineno for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom)))
