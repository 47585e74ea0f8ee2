"""A pickle reader that cannot run code: the engine of the default ``torch.load``.

It is Python's own pickle reader (``pickle._Unpickler``) with these changes:

* ``find_class`` resolves only the exact ``(module, name)`` pairs of
  ``load_allowlist.ALLOWED_GLOBALS``, the ``nn.Module`` subclasses the running
  program defined itself (:func:`resolve_own_module`), and classes the caller
  allowed one by one; anything else raises ``pickle.UnpicklingError`` naming it.
* REDUCE, NEWOBJ, NEWOBJ_EX, OBJ and INST only call objects that came out of
  ``find_class`` (never an object built while loading, e.g. a module instance).
* BUILD never sets attributes of a class, function or module (which would
  change the program for everyone after the load).
* The copyreg extension-code opcodes (EXT1/2/4) are refused.
* Persistent ids are refused unless the caller handles them (the 0.2/0.3
  format reader).

With ``trusted=True`` it is plain pickle again (any global, any call).
"""
import importlib
import os
import pickle
import sys
import types

import numpy as np

from .load_allowlist import ALLOWED_GLOBALS, SUBSTITUTES

RISK = ('only do this for a file you trust: loading a malicious file that way can run any code '
        'on your machine')

_MODULE_RENAMES = {'__builtin__': 'builtins', 'copy_reg': 'copyreg'}


def refusal(module, name, why='it is not one of the classes torch.load loads by default'):
    return pickle.UnpicklingError(
        "torch.load refused to load '%s.%s': %s (tensors, storages, Variables, Parameters, "
        "torch.Size, this package's nn modules, OrderedDict, numpy arrays; see "
        "docs/serialization.md). To load it anyway, allow that one class with "
        "torch.load(f, allowed_classes=[%s]), or allow everything with torch.load(f, trusted=True); "
        "%s." % (module, name, why, name.rsplit('.', 1)[-1], RISK))


# ---------------------------------------------------------------------- safe stand-ins
def latin1_encode(text, encoding='latin1'):
    """``_codecs.encode`` as protocol 2 uses it for bytes: latin1 text only."""
    if not isinstance(text, str) or encoding not in ('latin1', 'latin-1'):
        raise pickle.UnpicklingError('torch.load: corrupt file (bytes encoded as %s)'
                                     % (_short(encoding),))
    return text.encode('latin1')


def empty_bytes(*args):
    """``bytes()`` as protocol 2 writes ``b''``: no arguments (``bytes(10**12)`` would allocate)."""
    if args:
        raise pickle.UnpicklingError('torch.load: corrupt file (bytes%s)' % (_short(args),))
    return b''


_np_reconstruct = np.ndarray(0).__reduce__()[0]
_np_scalar = np.float64(0).__reduce__()[0]


def _check_dtype(dtype):
    if not isinstance(dtype, np.dtype) or dtype.hasobject:
        raise pickle.UnpicklingError('torch.load refused a numpy array of dtype %s: only numeric '
                                     'arrays are loaded by default' % (dtype,))


def np_dtype(spec, align=False, copy=False):
    """``numpy.dtype`` as numpy pickles it: from a type string, always a fresh copy (so the
    following BUILD cannot change numpy's shared dtype objects)."""
    if not isinstance(spec, str):
        raise pickle.UnpicklingError('torch.load: corrupt numpy dtype %s' % (_short(spec),))
    dt = np.dtype(spec, bool(align), True)
    _check_dtype(dt)
    return dt


def np_reconstruct(subtype, shape, dtype):
    if subtype is not np.ndarray:
        raise pickle.UnpicklingError('torch.load refused a numpy array subtype %r' % (subtype,))
    if shape not in ((0,), 0):         # numpy pickles an empty array, then its state (BUILD)
        raise pickle.UnpicklingError('torch.load: corrupt numpy array in file')
    return _np_reconstruct(np.ndarray, shape, dtype)


def np_scalar(dtype, data):
    _check_dtype(dtype)
    if not isinstance(data, bytes):
        raise pickle.UnpicklingError('torch.load: corrupt numpy scalar in file')
    return _np_scalar(dtype, data)


def np_frombuffer(buf, dtype, shape, order):
    _check_dtype(dtype)
    return np.frombuffer(buf, dtype).reshape(shape, order=order).copy()


# ---------------------------------------------------------------------- resolving globals
_resolved = {}


def _torch_spelling(module):
    if module == 'legacy_autograd' or module.startswith('legacy_autograd.'):
        return 'torch' + module[len('legacy_autograd'):]
    return module


def resolve_allowed(module, name):
    """The object for an allowed pair, or None when the pair is not allowed."""
    module = _MODULE_RENAMES.get(module, module)
    key = (_torch_spelling(module), name)
    if key not in ALLOWED_GLOBALS:
        return None
    obj = _resolved.get(key)
    if obj is None:
        where = SUBSTITUTES.get(key)
        if where is not None:
            mod_name, attr = where.split(':')
        elif key[0] == 'torch' or key[0].startswith('torch.'):
            mod_name, attr = 'legacy_autograd' + key[0][len('torch'):], name
        else:
            mod_name, attr = key[0], name
        obj = vars(importlib.import_module(mod_name))[attr]
        _resolved[key] = obj
    return obj


def resolve_any(module, name):
    """Plain pickle's lookup (trusted files), with ``torch`` meaning this package."""
    module = _MODULE_RENAMES.get(module, module)
    if module == 'torch' or module.startswith('torch.'):
        mod_name = 'legacy_autograd' + module[len('torch'):]
        key = (module, name)
        if key in SUBSTITUTES:
            mod_name, name = SUBSTITUTES[key].split(':')
        module = mod_name
    __import__(module)
    obj = importlib.import_module(module)
    for part in name.split('.'):
        obj = getattr(obj, part)
    return obj


_NEVER_BUILD = (type, types.FunctionType, types.BuiltinFunctionType, types.ModuleType,
                types.MethodType)


def _program_dir():
    """The directory of the running program (``__main__.__file__``, which ``legacy-autograd run``
    sets to the script), or None (interactive session)."""
    path = getattr(sys.modules.get('__main__'), '__file__', None)
    if not isinstance(path, str) or not path:
        return None
    return os.path.dirname(os.path.realpath(path))


def resolve_own_module(module, name):
    """The class for ``module.name`` when it is an ``nn.Module`` subclass that the running
    program defined itself, else None.

    0.3's idiom of saving the entire model (``torch.save(model, f)`` ... ``torch.load(f)``) names
    the model's class; when that class is the program's own, loading it by default is what
    ``allowed_classes=[Net]`` would do (the class is created without calling it and given its
    checked saved state), without the edit to the script.  "The program's own": ``module`` is
    already imported (the file never causes an import), defines the class itself
    (``cls.__module__``/``__qualname__`` match), and is ``__main__`` or a module whose file lies
    in the running program's directory tree (not in a ``site-packages``/``dist-packages`` there).
    """
    mod = sys.modules.get(module)
    if mod is None or '.' in name:
        return None
    cls = vars(mod).get(name)
    if not isinstance(cls, type) or cls.__module__ != module or cls.__qualname__ != name:
        return None
    from .nn.modules.module import Module
    if not issubclass(cls, Module):
        return None
    if module == '__main__':
        return cls
    root, path = _program_dir(), getattr(mod, '__file__', None)
    if root is None or not isinstance(path, str):
        return None
    rel = os.path.relpath(os.path.realpath(path), root)
    parts = rel.split(os.sep)
    if parts[0] == os.pardir or os.path.isabs(rel) or \
            'site-packages' in parts or 'dist-packages' in parts:
        return None
    return cls


class SafeUnpickler(pickle._Unpickler):
    """See the module docstring.  ``persistent_load`` (a function) handles persistent
    ids; ``allowed_classes`` adds classes one by one; ``trusted`` turns all checks off."""

    dispatch = dict(pickle._Unpickler.dispatch)

    def __init__(self, file, persistent_load=None, allowed_classes=(), trusted=False,
                 encoding='ASCII'):
        super(SafeUnpickler, self).__init__(file, encoding=encoding, errors='strict')
        self._persistent = persistent_load
        self._trusted = trusted
        self._extra = {}
        for cls in allowed_classes or ():
            self._extra[(cls.__module__, cls.__qualname__)] = cls
        self._callables = {}      # id -> object, everything find_class handed out

    def find_class(self, module, name):
        if not isinstance(module, str) or not isinstance(name, str):
            raise pickle.UnpicklingError('torch.load: corrupt file (global name is not text)')
        if self._trusted:
            try:
                obj = resolve_any(module, name)
            except (ImportError, AttributeError) as e:
                raise pickle.UnpicklingError("torch.load: can't find '%s.%s' (%s)" % (module, name, e))
        else:
            obj = resolve_allowed(module, name)
            if obj is None:
                obj = self._extra.get((_MODULE_RENAMES.get(module, module), name))
            if obj is None:
                obj = resolve_own_module(module, name)
            if obj is None:
                raise refusal(_MODULE_RENAMES.get(module, module), name)
        self._callables[id(obj)] = obj
        return obj

    def persistent_load(self, pid):
        if self._persistent is None:
            raise pickle.UnpicklingError('torch.load refused a persistent id %r: this file is not '
                                         'in a format that uses them' % (_short(pid),))
        return self._persistent(pid)

    # -- checked opcodes ----------------------------------------------------------
    def _check_callable(self, func, what):
        if self._trusted or self._callables.get(id(func)) is func:
            return
        raise pickle.UnpicklingError('torch.load refused to call a %s object while loading (%s): '
                                     'only allowed classes and rebuild functions are called'
                                     % (type(func).__name__, what))

    def _check_class_call(self, cls, args, how):
        """Package classes are made only the way their own pickles make them: nn modules by
        NEWOBJ (never by calling them, which would run __init__ with file-chosen sizes),
        storages from one list of values, tensors never directly (rebuild functions do)."""
        if self._trusted or not isinstance(cls, type):
            return
        from .storage import _StorageBase
        from .tensor import _TensorBase
        from .nn.modules.module import Module
        if issubclass(cls, _TensorBase) or (issubclass(cls, Module) and how != 'NEWOBJ') or (
                issubclass(cls, _StorageBase) and not (how == 'REDUCE' and len(args) == 1
                                                       and isinstance(args[0], list))):
            raise pickle.UnpicklingError('torch.load refused to create a %s by %s while loading'
                                         % (cls.__name__, how))

    def load_reduce(self):
        stack = self.stack
        args = stack.pop()
        func = stack[-1]
        self._check_callable(func, 'REDUCE')
        if not isinstance(args, tuple):
            raise pickle.UnpicklingError('torch.load: corrupt file (call arguments are not a tuple)')
        self._check_class_call(func, args, 'REDUCE')
        stack[-1] = func(*args)
    dispatch[pickle.REDUCE[0]] = load_reduce

    def load_newobj(self):
        args = self.stack.pop()
        cls = self.stack.pop()
        self._check_callable(cls, 'NEWOBJ')
        if not isinstance(cls, type) or not isinstance(args, tuple):
            raise pickle.UnpicklingError('torch.load: corrupt file (NEWOBJ of a non-class)')
        self._check_class_call(cls, args, 'NEWOBJ')
        self.append(cls.__new__(cls, *args))
    dispatch[pickle.NEWOBJ[0]] = load_newobj

    def load_newobj_ex(self):
        kwargs = self.stack.pop()
        args = self.stack.pop()
        cls = self.stack.pop()
        self._check_callable(cls, 'NEWOBJ_EX')
        if not isinstance(cls, type) or not isinstance(args, tuple) or not isinstance(kwargs, dict):
            raise pickle.UnpicklingError('torch.load: corrupt file (NEWOBJ_EX of a non-class)')
        self._check_class_call(cls, args, 'NEWOBJ_EX')
        self.append(cls.__new__(cls, *args, **kwargs))
    dispatch[pickle.NEWOBJ_EX[0]] = load_newobj_ex

    def load_obj(self):
        args = self.pop_mark()
        if not args:
            raise pickle.UnpicklingError('torch.load: corrupt file (empty OBJ)')
        cls = args.pop(0)
        self._check_callable(cls, 'OBJ')
        self._check_class_call(cls, args, 'OBJ')
        self._instantiate(cls, args)

    def load_inst(self):
        module = self.readline()[:-1].decode('ascii')
        name = self.readline()[:-1].decode('ascii')
        klass = self.find_class(module, name)
        args = self.pop_mark()
        self._check_class_call(klass, args, 'INST')
        self._instantiate(klass, args)
    dispatch[pickle.INST[0]] = load_inst
    dispatch[pickle.OBJ[0]] = load_obj

    def load_build(self):
        state = self.stack[-1]
        inst = self.stack[-2]
        if not self._trusted:
            if isinstance(inst, _NEVER_BUILD) or self._callables.get(id(inst)) is inst:
                raise pickle.UnpicklingError('torch.load refused to set attributes of %r while '
                                             'loading' % (_short(inst),))
            if _build_legacy_variable(inst, state):
                self.stack.pop()
                return
            _check_build_target(inst)
            if (isinstance(inst, np.ndarray) and isinstance(state, tuple) and len(state) >= 3
                    and isinstance(state[2], np.dtype)):
                _check_dtype(state[2])
        elif _build_legacy_variable(inst, state):
            self.stack.pop()
            return
        pickle._Unpickler.load_build(self)
        if not self._trusted and isinstance(inst, np.dtype):
            _check_dtype(inst)
    dispatch[pickle.BUILD[0]] = load_build

    def _refuse_ext(self):
        raise pickle.UnpicklingError('torch.load refused a copyreg extension code (EXT opcode): '
                                     'files written by torch.save never contain one')

    def load_ext1(self):
        if not self._trusted:
            self._refuse_ext()
        pickle._Unpickler.load_ext1(self)
    dispatch[pickle.EXT1[0]] = load_ext1

    def load_ext2(self):
        if not self._trusted:
            self._refuse_ext()
        pickle._Unpickler.load_ext2(self)
    dispatch[pickle.EXT2[0]] = load_ext2

    def load_ext4(self):
        if not self._trusted:
            self._refuse_ext()
        pickle._Unpickler.load_ext4(self)
    dispatch[pickle.EXT4[0]] = load_ext4


def _check_build_target(inst):
    """Tensors, storages and Variables are rebuilt whole by their rebuild functions; setting
    their internals from a file would give objects that only look like tensors."""
    from .storage import _StorageBase
    from .tensor import _TensorBase
    from .autograd.variable import Variable
    if isinstance(inst, (_TensorBase, _StorageBase, Variable)):
        raise pickle.UnpicklingError('torch.load refused to set the internals of a %s while '
                                     'loading' % type(inst).__name__)


def _short(obj):
    r = repr(obj)
    return r if len(r) < 80 else r[:77] + '...'


def _build_legacy_variable(inst, state):
    """0.2/0.3 pickled a Variable/Parameter as ``cls(data)`` then the state
    ``(requires_grad, volatile, backward_hooks)`` (or an older 5-tuple with the data
    first).  Backward hooks (code) are not restored."""
    from .autograd.variable import Variable
    from .tensor import _TensorBase
    if not isinstance(inst, Variable) or not isinstance(state, tuple) or len(state) not in (3, 5):
        return False
    if len(state) == 5:
        if not isinstance(state[0], _TensorBase):
            raise pickle.UnpicklingError('torch.load: corrupt file (Variable data is not a tensor)')
        inst._data = state[0]
        state = (state[3], state[4], state[2])
    requires_grad, volatile = bool(state[0]), bool(state[1])
    if requires_grad and volatile:
        raise pickle.UnpicklingError('torch.load: corrupt file (a Variable both volatile and '
                                     'requiring grad)')
    inst._requires_grad = requires_grad
    inst._volatile = volatile
    return True
