"""``torch.save`` / ``torch.load``: pickle based, and safe to load by default.

Tensors are pickled as (type name, raw bytes, sizes), never as numpy
objects, so a file written here holds only data plus references to known
classes.  ``load`` refuses any global that is not on the allow-list (this
package's own classes and functions, ``collections.OrderedDict`` and a few
plain builtins) with ``pickle.UnpicklingError`` naming the refused class.
Pass ``trusted=True`` to load files you made yourself that hold other
classes (e.g. a whole model whose class is defined in your script).
"""
import builtins
import io
import os
import pickle

import numpy as np

from . import tensor as _tensor

DEFAULT_PROTOCOL = 2

_SAFE_BUILTINS = frozenset(['list', 'dict', 'tuple', 'set', 'frozenset', 'int', 'float', 'complex',
                            'str', 'bytes', 'bytearray', 'bool', 'slice', 'range', 'object',
                            'getattr'])
_SAFE_GLOBALS = {('collections', 'OrderedDict'), ('_codecs', 'encode'),
                 ('copyreg', '_reconstructor'), ('copyreg', '__newobj__')}


def _rebuild_tensor(typename, raw, sizes):
    cls = _tensor.CLASS_BY_TYPENAME.get(typename)
    if cls is None:
        raise pickle.UnpicklingError('unknown tensor type %r in file' % (typename,))
    if isinstance(raw, np.ndarray):   # tolerate arrays from in-process pickles
        arr = np.array(raw, dtype=cls._dtype, copy=True)
    else:
        arr = np.frombuffer(bytes(raw), dtype=cls._dtype).copy()
    n = 1
    for s in sizes:
        n *= s
    if not sizes:
        return cls._wrap(np.empty((0,), dtype=cls._dtype))
    if arr.size != n:
        raise pickle.UnpicklingError('corrupt tensor data: %d values for size %s'
                                     % (arr.size, 'x'.join(str(s) for s in sizes)))
    return cls._wrap(arr.reshape(sizes))


_rebuild_tensor._legacy_unpickle_ok = True


def tensor_reduce(t):
    a = np.ascontiguousarray(t._a)
    sizes = tuple(t.size())
    return (_rebuild_tensor, (t._info.typename, a.tobytes() if a.size else b'', sizes))


_tensor.set_pickler(tensor_reduce)


class _SafeUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if module == '__builtin__':
            module = 'builtins'
        top = module.split('.', 1)[0]
        if top in ('legacy_autograd', 'torch'):
            if module.startswith('torch'):
                module = 'legacy_autograd' + module[len('torch'):]
            obj = _resolve(module, name)
            # classes of this package, and its rebuild functions -- never arbitrary callables
            if isinstance(obj, type) or getattr(obj, '_legacy_unpickle_ok', False):
                return obj
            raise pickle.UnpicklingError(
                "torch.load refused to load '%s.%s': it is not a class or a rebuild function"
                % (module, name))
        if module == 'builtins' and name in _SAFE_BUILTINS:
            return getattr(builtins, name)
        if (module, name) in _SAFE_GLOBALS:
            return super(_SafeUnpickler, self).find_class(module, name)
        raise pickle.UnpicklingError(
            "torch.load refused to load '%s.%s': only legacy_autograd classes and plain Python "
            "containers are loaded by default. If you trust this file, call "
            "torch.load(f, trusted=True)." % (module, name))


class _TrustedUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'torch' or module.startswith('torch.'):
            module = 'legacy_autograd' + module[len('torch'):]
        return super(_TrustedUnpickler, self).find_class(module, name)


def _resolve(module, name):
    import importlib
    try:
        mod = importlib.import_module(module)
    except ImportError:
        raise pickle.UnpicklingError("torch.load: unknown module '%s' in file" % module)
    obj = mod
    for part in name.split('.'):
        obj = getattr(obj, part, None)
        if obj is None:
            raise pickle.UnpicklingError("torch.load: unknown name '%s.%s' in file" % (module, name))
    return obj


def save(obj, f, pickle_module=pickle, pickle_protocol=DEFAULT_PROTOCOL):
    """Save ``obj`` (tensors, Variables, state dicts, modules, ...) to a path or file object."""
    if isinstance(f, (str, bytes, os.PathLike)):
        with open(f, 'wb') as fh:
            pickle_module.dump(obj, fh, protocol=pickle_protocol)
    else:
        pickle_module.dump(obj, f, protocol=pickle_protocol)


def load(f, map_location=None, pickle_module=pickle, trusted=False):
    """Load an object saved with :func:`save`.

    ``map_location`` is accepted for compatibility (everything is on the CPU).
    Unknown classes are refused unless ``trusted=True``.
    """
    if isinstance(f, (str, bytes, os.PathLike)):
        with open(f, 'rb') as fh:
            data = fh.read()
    else:
        data = f.read()
    if not data:
        raise EOFError('torch.load: the file is empty')
    unpickler_cls = _TrustedUnpickler if trusted else _SafeUnpickler
    try:
        return unpickler_cls(io.BytesIO(data)).load()
    except pickle.UnpicklingError:
        raise
    except (EOFError, ValueError, TypeError, AttributeError, IndexError, KeyError) as e:
        raise pickle.UnpicklingError('torch.load: corrupt or unsupported file (%s: %s)'
                                     % (type(e).__name__, e))
