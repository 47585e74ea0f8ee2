"""Run PyTorch 0.3-era code unchanged on legacy_autograd.

Two pieces:

* :func:`install` / :func:`uninstall` put an import hook first on
  ``sys.meta_path`` that serves ``import torch`` (and ``torch.nn``,
  ``torch.autograd``, ``torch.utils.data``, ...) as PyTorch 0.3.1's public
  namespace: each ``torch`` module is a :class:`TorchModule` holding exactly
  the names that ``legacy_autograd._exports`` lists for it, taken from the
  ``legacy_autograd`` module behind it.  The tools (runner, CLI, migrate,
  compare, testing, ...) and the package's internals are not reachable as
  ``torch.*``, and ``torch.X`` modules 0.3.1 did not have do not import.
  Real ``torch`` modules that were already imported are set aside while the
  shim is installed and put back by :func:`uninstall`.
* :func:`run_script` executes a file as ``__main__`` the way
  ``python SCRIPT ARGS`` does, with the shim installed.  Source that does not
  compile because of the 0.3-era keyword argument ``async=`` (a reserved word
  since Python 3.7) is rewritten to ``non_blocking=`` on load, for the script
  and for the modules it imports from its own directory.

This module imports only the standard library and ``legacy_autograd._exports``
(data) at import time; the package loads it on first use of
``legacy_autograd.install``.
"""

import builtins
import importlib
import importlib.machinery
import importlib.util
import io
import os
import sys
import threading
import types
import warnings

from . import _exports

__all__ = ['install', 'uninstall', 'is_installed', 'run_script', 'rewrite_async_kwargs']

#: The package that provides the shim (``legacy_autograd``), found without importing it.
PACKAGE = __name__.rpartition('.')[0] or 'legacy_autograd'

#: Top-level import names served by the shim: alias -> real package.
#: ``import torch.X.Y`` serves the names of ``legacy_autograd.X.Y`` listed in ``_exports``.
ALIASES = {'torch': PACKAGE}

#: Companion packages refused while the shim is installed (even when installed
#: for real): they would load the real torch underneath the legacy one.
BLOCKED = ('torchvision', 'torchaudio', 'torchtext')

SCOPE = 'it provides the torch 0.3 core: tensors, autograd, nn, optim, utils.data'


def _outside_shim(fullname):
    msg = "No module named {!r}: {} is outside the {} shim ({})".format(
        fullname, fullname, PACKAGE, SCOPE)
    return ModuleNotFoundError(msg, name=fullname)


def _top(name):
    return name.partition('.')[0]


# ---------------------------------------------------------------------------
# import hook
# ---------------------------------------------------------------------------

class TorchModule(types.ModuleType):
    """A ``torch`` module under the shim: exactly the names ``_exports.EXPORTS`` lists for it.

    The values are the objects of the ``legacy_autograd`` module behind it (the same classes
    and functions), submodules are the ``torch`` modules again, and the names of
    ``_exports.LIVE`` (``torch.Tensor``, changed by ``set_default_tensor_type``) are read from
    the module behind it at every access, by a module-level ``__getattr__`` (PEP 562: ordinary
    lookups stay plain dict hits).  Any other name is an AttributeError.
    """


def _module_hooks(torch_name, real):
    live = _exports.LIVE.get(torch_name, ())

    def __getattr__(name):
        if name in live:
            return getattr(real, name)
        raise AttributeError('module {!r} has no attribute {!r}'.format(torch_name, name))

    def __dir__():
        return sorted(set(sys.modules[torch_name].__dict__) | set(live))

    return __getattr__, __dir__


def _torch_class_modules():
    """[(class, torch module name)] for the exported classes of this package, each under the
    ``torch`` module that serves the module defining it (``Variable``:
    ``torch.autograd.variable``)."""
    out = []
    for torch_name, real_name in _exports.MODULES.items():
        real = importlib.import_module(real_name)
        for attr in _exports.EXPORTS[torch_name]:
            value = getattr(real, attr, None)
            if isinstance(value, type) and value.__module__ == real_name:
                out.append((value, torch_name))
    return out


def _rename_classes():
    """While the shim is installed, the exported classes say they live in their ``torch``
    module (``type(v)`` prints ``<class 'torch.autograd.variable.Variable'>`` as in 0.3, and
    pickles name ``torch.autograd.variable``, which the shim serves).  Returns the undo list."""
    undo = []
    seen = set()
    for cls, torch_name in _torch_class_modules():
        if cls in seen:             # exported twice (torch.Storage is torch.FloatStorage)
            continue
        seen.add(cls)
        undo.append((cls, cls.__module__))
        cls.__module__ = torch_name
    return undo


def _is_package(torch_name):
    prefix = torch_name + '.'
    return any(m.startswith(prefix) for m in _exports.MODULES)


def _torch_module_name(path, module):
    """The ``torch`` module a module-valued export shows: the one of its own path (a
    submodule), else the served one behind the same module of this package (a module bound
    under another name: ``torch.nn.modules.activation.F`` is ``torch.nn.functional``)."""
    if path in _exports.MODULES:
        return path
    for torch_name, real_name in _exports.MODULES.items():
        if real_name == module.__name__:
            return torch_name
    raise ImportError('{} is not a torch module'.format(path))


class _TorchModuleLoader(object):
    """Builds the :class:`TorchModule` ``torch.X`` from ``legacy_autograd.X``."""

    def __init__(self, real_name):
        self.real_name = real_name

    def create_module(self, spec):
        return TorchModule(spec.name)

    def exec_module(self, module):
        real = importlib.import_module(self.real_name)
        name = module.__name__
        module.__doc__ = real.__doc__
        module.__file__ = getattr(real, '__file__', None)
        module.__getattr__, module.__dir__ = _module_hooks(name, real)
        live = _exports.LIVE.get(name, ())
        for attr in _exports.EXPORTS[name]:
            if attr in live:
                continue
            value = getattr(real, attr)
            if isinstance(value, types.ModuleType):
                value = importlib.import_module(_torch_module_name(name + '.' + attr, value))
            module.__dict__[attr] = value


class TorchShimFinder(object):
    """Meta path finder mapping ``torch``/``torch.*`` onto ``legacy_autograd``.

    It also refuses the companion packages in :data:`BLOCKED`.
    """

    def find_spec(self, fullname, path=None, target=None):
        top = _top(fullname)
        if top in BLOCKED:
            raise _outside_shim(fullname)
        if top not in ALIASES:
            return None
        real_name = _exports.MODULES.get(fullname)
        if real_name is None:
            raise _outside_shim(fullname)
        spec = importlib.machinery.ModuleSpec(
            fullname, _TorchModuleLoader(real_name), is_package=_is_package(fullname))
        if spec.submodule_search_locations is not None:
            spec.submodule_search_locations = []   # submodules come from this finder only
        return spec

    def invalidate_caches(self):
        pass

    def __repr__(self):
        return '<{} mapping {} onto {}>'.format(
            type(self).__name__, ', '.join(sorted(ALIASES)), PACKAGE)


def _is_shim_name(name):
    top = _top(name)
    return top in ALIASES or top in BLOCKED


def _is_shim_module(module):
    if isinstance(module, TorchModule):
        return True
    name = getattr(module, '__name__', None)
    return isinstance(name, str) and (name == PACKAGE or name.startswith(PACKAGE + '.'))


class _State:
    def __init__(self, finder, set_aside, renamed):
        self.finder = finder
        self.set_aside = set_aside
        self.renamed = renamed


_lock = threading.RLock()
_state = None


class Installation:
    """Handle returned by :func:`install`.

    Used as a context manager, ``with legacy_autograd.install() as torch:``
    binds the ``torch`` module the shim serves and uninstalls on exit, unless the
    shim was already installed when :func:`install` was called (then the outer
    installation stays in force).
    """

    def __init__(self, state, owner):
        self._state = state
        self.owner = owner

    @property
    def active(self):
        return _state is not None and _state is self._state

    def uninstall(self):
        """Uninstall if this handle's installation is still the active one."""
        with _lock:
            if self.active:
                uninstall()

    def __enter__(self):
        return importlib.import_module('torch')

    def __exit__(self, exc_type, exc, tb):
        if self.owner:
            self.uninstall()
        return False

    def __repr__(self):
        return '<legacy_autograd shim installation ({})>'.format(
            'active' if self.active else 'inactive')


def install():
    """Make ``import torch`` (and ``torch.*``) load legacy_autograd in this process.

    Real ``torch``/companion modules already in ``sys.modules`` are set aside
    until :func:`uninstall`.  Calling it again while installed is harmless.
    Returns an :class:`Installation`, usable as a context manager.
    """
    global _state
    with _lock:
        if _state is not None:
            _front(_state.finder)
            return Installation(_state, owner=False)
        set_aside = {}
        for name in list(sys.modules):
            if _is_shim_name(name):
                module = sys.modules.pop(name)
                if not _is_shim_module(module):
                    set_aside[name] = module
        finder = TorchShimFinder()
        _front(finder)
        _state = _State(finder, set_aside, _rename_classes())
        return Installation(_state, owner=True)


def _front(finder):
    while finder in sys.meta_path:
        sys.meta_path.remove(finder)
    sys.meta_path.insert(0, finder)


def uninstall():
    """Undo :func:`install`: drop the ``torch`` aliases, restore real modules."""
    global _state
    with _lock:
        state, _state = _state, None
        if state is None:
            return
        while state.finder in sys.meta_path:
            sys.meta_path.remove(state.finder)
        for name in list(sys.modules):
            if _is_shim_name(name):
                del sys.modules[name]
        sys.modules.update(state.set_aside)
        for cls, module in state.renamed:
            cls.__module__ = module


def is_installed():
    """True while the shim is installed in this process."""
    return _state is not None


# ---------------------------------------------------------------------------
# source rewriting: async= -> non_blocking=
# ---------------------------------------------------------------------------

def rewrite_async_kwargs(source):
    """Rewrite the keyword argument ``async=`` to ``non_blocking=``.

    Only a NAME token ``async`` directly followed by ``=`` inside brackets is
    changed (``x.cuda(async=True)``, ``f(a, async = True)``), so line numbers
    are unchanged.  Returns ``(new_source, count)``; on a tokenizer error the
    source is returned unchanged with count 0.
    """
    import tokenize

    skip = (tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT)
    hits = []
    depth = 0
    candidate = None
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if candidate is not None and tok.type not in skip:
                if tok.type == tokenize.OP and tok.string == '=':
                    hits.append(candidate)
                candidate = None
            if tok.type == tokenize.OP:
                if tok.string in '([{':
                    depth += 1
                elif tok.string in ')]}':
                    depth = max(depth - 1, 0)
            elif tok.type == tokenize.NAME and tok.string == 'async' and depth > 0:
                candidate = tok.start
    except (tokenize.TokenError, SyntaxError):
        return source, 0
    if not hits:
        return source, 0
    lines = io.StringIO(source).readlines()
    for row, col in reversed(hits):
        line = lines[row - 1]
        lines[row - 1] = line[:col] + 'non_blocking' + line[col + len('async'):]
    return ''.join(lines), len(hits)


def _decode(data):
    import tokenize

    encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    with io.TextIOWrapper(io.BytesIO(data), encoding) as text:
        return text.read()


def _compile(data, filename, optimize=-1):
    """Compile module source; retry with ``async=`` rewritten on SyntaxError.

    Returns ``(code, rewritten)``.  The plain source is compiled first, so
    ordinary files are untouched; if the rewrite changes nothing, or the
    source cannot be decoded or tokenized, the original ``SyntaxError`` is
    raised.
    """
    try:
        return compile(data, filename, 'exec', dont_inherit=True, optimize=optimize), False
    except SyntaxError as original:
        try:
            text = data if isinstance(data, str) else _decode(data)
        except (SyntaxError, UnicodeDecodeError, LookupError):
            raise original from None
        new, count = rewrite_async_kwargs(text)
        if not count:
            raise original from None
    return compile(new, filename, 'exec', dont_inherit=True, optimize=optimize), True


def compile_source(data, filename):
    """Compile a script like the interpreter does, rewriting ``async=`` if needed."""
    return _compile(data, filename)[0]


class RewritingSourceLoader(importlib.machinery.SourceFileLoader):
    """SourceFileLoader whose compile step rewrites ``async=`` (see :func:`_compile`).

    Bytecode compiled from rewritten source is not written to ``__pycache__``,
    so plain ``python`` never picks it up.
    """

    def __init__(self, fullname, path):
        super().__init__(fullname, path)
        self._rewritten = False

    def source_to_code(self, data, path, *, _optimize=-1):
        code, rewritten = _compile(data, path, _optimize)
        self._rewritten = self._rewritten or rewritten
        return code

    def set_data(self, path, data, *, _mode=0o666):
        if self._rewritten:
            return None
        return super().set_data(path, data, _mode=_mode)


def _under(path, root):
    try:
        return os.path.commonpath([path, root]) == root
    except ValueError:
        return False


class ScriptDirFinder(object):
    """Finds ``.py`` modules under a script's directory with a rewriting loader.

    Placed just before ``PathFinder``; it asks ``PathFinder`` where a module is
    and takes over only plain source modules that live under ``root`` (not in a
    ``site-packages``/``dist-packages`` directory below it).
    """

    def __init__(self, root):
        self.root = os.path.realpath(root)

    def find_spec(self, fullname, path=None, target=None):
        top = _top(fullname)
        if top in ALIASES or top in BLOCKED or top == _top(PACKAGE):
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path, target)
        if spec is None or type(spec.loader) is not importlib.machinery.SourceFileLoader:
            return None
        origin = spec.origin
        if not origin or not origin.endswith('.py'):
            return None
        real = os.path.realpath(origin)
        if not _under(real, self.root):
            return None
        rel = os.path.relpath(real, self.root).split(os.sep)
        if 'site-packages' in rel or 'dist-packages' in rel:
            return None
        loader = RewritingSourceLoader(fullname, origin)
        new = importlib.util.spec_from_file_location(
            fullname, origin, loader=loader,
            submodule_search_locations=spec.submodule_search_locations)
        return new

    def invalidate_caches(self):
        pass


def _insert_before_pathfinder(finder):
    for i, f in enumerate(sys.meta_path):
        if f is importlib.machinery.PathFinder:
            sys.meta_path.insert(i, finder)
            return
    sys.meta_path.append(finder)


# ---------------------------------------------------------------------------
# running a script as __main__
# ---------------------------------------------------------------------------

class ScriptNotFound(OSError):
    """The script given to :func:`run_script` cannot be opened."""


def _abspath_like_python(path):
    # Python >= 3.9 makes __main__.__file__ absolute by joining the working
    # directory, without normalising '..' (python ./a/../b.py keeps them).
    if os.path.isabs(path):
        return path
    return os.path.join(os.getcwd(), path)


def _read_script(path):
    try:
        with open(path, 'rb') as f:
            return f.read()
    except OSError as exc:
        raise ScriptNotFound(exc.errno, "can't open file {!r}: [Errno {}] {}".format(
            path, exc.errno, exc.strerror)) from None


def _trim_traceback(tb, code):
    """Drop the runner's own frames in front of the script's first frame."""
    t = tb
    while t is not None and t.tb_frame.f_code is not code:
        t = t.tb_next
    return t if t is not None else tb


def _exit_status(exc):
    """Exit status for SystemExit the way the interpreter computes it."""
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    try:
        sys.stdout.flush()
    except Exception:
        pass
    try:
        sys.stderr.write(str(code) + '\n')
        sys.stderr.flush()
    except Exception:
        pass
    return 1


#: numpy >= 2.4 raises TypeError with this text for ``float(a)``/``int(a)``/``'%f' % a`` of an array
#: with ndim > 0 (such as the 1-element result of ``Variable.data.numpy()`` in 0.3 code); numpy
#: 1.25 ... 2.3 warned, and the numpy of 2017 (1.13/1.14) accepted it silently.
NUMPY_SCALAR_ERROR = 'only 0-dimensional arrays can be converted to Python scalars'
#: the DeprecationWarning numpy 1.25 ... 2.3 give for it (the numpy of 2017 gave none)
NUMPY_SCALAR_WARNING = r'Conversion of an array with ndim > 0 to a scalar is deprecated'


def _numpy_2017_printing():
    """numpy >= 2 prints scalars as ``np.float64(0.5)`` where the numpy of 2017 printed ``0.5``
    (``repr``, so also inside a printed list or tuple: ``print([np.mean(a)])``).  Switch numpy to
    its 1.25 printing (the last before that change; arrays print as they did in 2018, without the
    ``shape=`` numpy 2.2 adds to summarized reprs) and return a function that switches back, or
    None on numpy < 2.  Tensors and Variables print with the package's own 0.3 format anyway."""
    import numpy as np
    if int(np.__version__.split('.')[0]) < 2:
        return None
    saved = np.get_printoptions()
    np.set_printoptions(legacy='1.25')

    def restore():
        np.set_printoptions(**saved)
    return restore


def _numpy_hint(exc):
    """The line printed after the traceback of numpy 2.4's TypeError for a scalar conversion
    of an array with ndim > 0, or None."""
    if not isinstance(exc, TypeError) or NUMPY_SCALAR_ERROR not in str(exc):
        return None
    version = getattr(sys.modules.get('numpy'), '__version__', '?')
    return ('{}: numpy {} refuses to convert an array with ndim > 0 to a Python scalar '
            '(an error since numpy 2.4); the numpy of 2017 accepted a 1-element array, and '
            'numpy < 2.4 still does: run 0.3-era scripts with numpy<2.4, the range {} '
            'declares'.format(PACKAGE, version, PACKAGE.replace('_', '-')))


def _report(exc, tb):
    exc.__traceback__ = tb
    sys.last_type, sys.last_value, sys.last_traceback = type(exc), exc, tb
    try:
        sys.stdout.flush()
    except Exception:
        pass
    sys.excepthook(type(exc), exc, tb)
    hint = _numpy_hint(exc)
    if hint is not None:
        try:
            sys.stderr.write(hint + '\n')
            sys.stderr.flush()
        except Exception:
            pass


def run_script(path, argv=(), *, restore=True):
    """Run the file ``path`` as ``__main__`` as ``python path *argv`` would.

    The torch shim is installed around it (see :func:`install`).  Returns the
    exit status the interpreter would give: 0, the ``sys.exit()`` code, or 1
    after printing the traceback of an uncaught exception to stderr.

    ``restore=True`` (the default, for in-process use) puts ``sys.argv``,
    ``sys.path``, ``sys.modules['__main__']`` and the import hooks back
    afterwards, and inserts the script directory in front of ``sys.path``.
    The command line runner passes ``restore=False``: the script's directory
    replaces ``sys.path[0]`` (as for ``python SCRIPT``) and the state is left
    as the script leaves it, so threads and ``atexit`` handlers keep working.

    Raises :class:`ScriptNotFound` if the file cannot be read.
    """
    status, _interrupted = _run(path, list(argv), restore=restore)
    return status


def _run(path, argv, restore):
    path = os.fspath(path)
    data = _read_script(path)
    filename = _abspath_like_python(path)
    script_dir = os.path.dirname(os.path.realpath(filename))

    saved_argv = sys.argv
    saved_path = list(sys.path)
    saved_main = sys.modules.get('__main__')

    # the globals python gives a script, in the same order
    main = types.ModuleType('__main__')
    main.__loader__ = importlib.machinery.SourceFileLoader('__main__', filename)
    if sys.version_info < (3, 14):
        main.__annotations__ = {}
    main.__builtins__ = builtins
    main.__file__ = filename
    main.__cached__ = None

    handle = install()
    dir_finder = ScriptDirFinder(script_dir)
    _insert_before_pathfinder(dir_finder)
    sys.argv = [path] + list(argv)
    if not getattr(sys.flags, 'safe_path', False):
        if restore or not sys.path:
            sys.path.insert(0, script_dir)
        else:
            sys.path[0] = script_dir
    sys.modules['__main__'] = main
    # numpy 1.25 ... 2.3 warn where the numpy of 2017 converted silently (see NUMPY_SCALAR_ERROR)
    warnings.filterwarnings('ignore', message=NUMPY_SCALAR_WARNING, category=DeprecationWarning)
    numpy_filter = warnings.filters[0]
    restore_printing = _numpy_2017_printing()
    code = None
    try:
        try:
            code = compile_source(data, filename)
            exec(code, main.__dict__)
        except SystemExit as exc:
            return _exit_status(exc), False
        except SyntaxError as exc:
            if code is None:
                # compile error of the script itself: no traceback lines, like python
                _report(exc, None)
            else:
                _report(exc, _trim_traceback(exc.__traceback__, code))
            return 1, False
        except KeyboardInterrupt as exc:
            _report(exc, _trim_traceback(exc.__traceback__, code))
            return 130, True
        except BaseException as exc:
            _report(exc, _trim_traceback(exc.__traceback__, code))
            return 1, False
        return 0, False
    finally:
        if restore:
            sys.argv = saved_argv
            sys.path[:] = saved_path
            if saved_main is not None:
                sys.modules['__main__'] = saved_main
            else:
                sys.modules.pop('__main__', None)
            while dir_finder in sys.meta_path:
                sys.meta_path.remove(dir_finder)
            if restore_printing is not None:
                restore_printing()
            if numpy_filter in warnings.filters:
                warnings.filters.remove(numpy_filter)
                getattr(warnings, '_filters_mutated', lambda: None)()
            if handle.owner:
                handle.uninstall()
