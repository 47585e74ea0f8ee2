"""``torch.save`` writes the 0.2/0.3 magic-number format, as 0.3 did.

The five parts (see ``legacy_format``): magic number, protocol version,
sys_info, the main pickle (storages as persistent ids
``('storage', torch.FloatStorage, key, 'cpu', size, view)``, nn.Module classes
as ``('module', cls, source_file, source)``, tensors as
``torch._utils._rebuild_tensor(storage, offset, size, stride)``, Variables and
Parameters as ``cls(data)`` plus the state ``(requires_grad, volatile,
backward_hooks)``), the sorted storage keys, then each storage's int64 length
and little-endian bytes.  Globals of this package are written under their
``torch`` names, so real 0.3 and modern torch (``weights_only=False``) read the
files too, and tensors sharing memory share one storage in the file.
"""
import inspect
import pickle
import struct
import sys
import types
import warnings
from collections import OrderedDict

import numpy as np

MAGIC_NUMBER = 0x1950a86a20f9469cfc6c
PROTOCOL_VERSION = 1001
SYS_INFO = {'protocol_version': PROTOCOL_VERSION, 'little_endian': sys.byteorder == 'little',
            'type_sizes': {'short': 2, 'int': 4, 'long': 8}}


def _torch_name(obj):
    """(module, name) under which 0.3 knew one of this package's globals, else None."""
    from .storage import rebuild_tensor_from_storage
    if obj is rebuild_tensor_from_storage:
        return ('torch._utils', '_rebuild_tensor')
    module = getattr(obj, '__module__', None) or ''
    if module == 'legacy_autograd' or module.startswith('legacy_autograd.'):
        return ('torch' + module[len('legacy_autograd'):], obj.__qualname__)
    if module == 'torch' or module.startswith('torch.'):
        # one of ours, renamed to its 0.3 module while the runner's shim is installed
        # (runner._rename_classes), saved from a process whose ``torch`` may be another one
        real = sys.modules.get('legacy_autograd' + module[len('torch'):])
        if real is not None and getattr(real, obj.__qualname__, None) is obj:
            return (module, obj.__qualname__)
    return None


class _Pickler(pickle._Pickler):
    def __init__(self, f, protocol):
        pickle._Pickler.__init__(self, f, protocol=protocol)
        self.roots = {}                 # key -> (root storage, its array)
        self.seen_classes = set()
        self.keep = []                  # keeps arrays alive so their ids stay unique

    # -- storages and module classes as persistent ids ------------------------------------
    def persistent_id(self, obj):
        from .storage import _StorageBase
        from .nn.modules.module import Module
        if isinstance(obj, type) and issubclass(obj, Module):
            if obj in self.seen_classes:
                return None
            self.seen_classes.add(obj)
            source_file = source = None
            try:
                source_file = inspect.getsourcefile(obj)
                source = inspect.getsource(obj)
            except Exception:
                warnings.warn("Couldn't retrieve source code for container of type %s. It won't "
                              "be checked for correctness upon loading." % obj.__name__)
            return ('module', obj, source_file, source)
        if isinstance(obj, _StorageBase):
            return self._storage_id(obj)
        return None

    def _storage_id(self, st):
        from .storage import STORAGE_BY_DTYPE, _root_of, _identity
        a = st._a
        root = _root_of(a)
        if root.dtype != a.dtype or not root.flags.c_contiguous or not a.flags.c_contiguous:
            root = a
        root_flat = root.reshape(-1)
        key = str(id(root))
        self.keep.append(root)
        cls = STORAGE_BY_DTYPE[np.dtype(a.dtype)]
        if key not in self.roots:
            self.roots[key] = cls._wrap(root_flat)
        view = None
        held, token = _identity(a)
        if token is not held or len(a) != root_flat.size or (
                a.size and a.__array_interface__['data'][0]
                != root_flat.__array_interface__['data'][0]):
            offset = (a.__array_interface__['data'][0]
                      - root_flat.__array_interface__['data'][0]) // a.itemsize if a.size else 0
            # one view key per storage made by slicing (0.3.1: per THStorage view), so two
            # such storages over the same memory load back as two storage objects
            self.keep.append(token)
            view_key = '%s:%d' % (key, id(token)) if token is not held else \
                '%s:%d:%d' % (key, offset, len(a))
            view = (view_key, offset, len(a))
        return ('storage', cls, key, 'cpu', root_flat.size, view)

    # -- tensors, Variables and Parameters as 0.3 pickled them -----------------------------
    def reducer_override(self, obj):
        from .tensor import _TensorBase
        from .autograd.variable import Variable
        from .storage import rebuild_tensor_from_storage
        if isinstance(obj, _TensorBase):
            return (rebuild_tensor_from_storage, _tensor_args(obj))
        if isinstance(obj, Variable):
            return (type(obj), (obj.data,), (obj.requires_grad, obj.volatile, OrderedDict()))
        return NotImplemented

    def save_global(self, obj, name=None):
        names = _torch_name(obj)
        if names is None:
            return pickle._Pickler.save_global(self, obj, name)
        module, qualname = names
        if self.proto >= 4:
            self.save(module)
            self.save(qualname)
            self.write(pickle.STACK_GLOBAL)
        else:
            self.write(pickle.GLOBAL + module.encode('utf-8') + b'\n'
                       + qualname.encode('utf-8') + b'\n')
        self.memoize(obj)

    dispatch = dict(pickle._Pickler.dispatch)
    dispatch[types.FunctionType] = save_global


def _tensor_args(t):
    """(storage, offset, size, stride) of a tensor, sharing its memory where numpy allows."""
    from .storage import storage_of, storage_offset_of
    a = t._a
    if a.size == 0:
        # an empty tensor: size (0,) on a one-element storage (modern torch cannot read a
        # zero-length storage back from this format)
        from .storage import STORAGE_BY_DTYPE
        return (STORAGE_BY_DTYPE[np.dtype(a.dtype)](1), 0, (0,), (1,))
    stride = t.stride()
    st = storage_of(t)
    offset = storage_offset_of(t)
    ok = all(s >= 0 for s in stride) and st._a.__array_interface__['data'][0] + offset * a.itemsize \
        == a.__array_interface__['data'][0]
    if not ok:                          # not a plain view of one buffer: save a contiguous copy
        c = np.ascontiguousarray(a)
        st = type(st)._wrap(c.reshape(-1))
        offset = 0
        stride = tuple(s // c.itemsize for s in c.strides)
    return (st, offset, tuple(a.shape), tuple(stride))


def _raw(storage):
    a = storage._a
    le = a.astype(a.dtype.newbyteorder('<'), copy=False)
    return struct.pack('<q', a.size) + np.ascontiguousarray(le).tobytes()


def save(obj, f, protocol):
    if not isinstance(protocol, int) or isinstance(protocol, bool) or protocol < 1:
        raise ValueError('torch.save: pickle_protocol must be 1 or higher, got %r (the file '
                         'refers to storages by persistent ids, which protocol 0 writes as text)'
                         % (protocol,))
    for part in (MAGIC_NUMBER, PROTOCOL_VERSION, SYS_INFO):
        pickle.dump(part, f, protocol=protocol)
    p = _Pickler(f, protocol)
    p.dump(obj)
    keys = sorted(p.roots)
    pickle.dump(keys, f, protocol=protocol)
    for key in keys:
        f.write(_raw(p.roots[key]))
