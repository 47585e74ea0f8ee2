"""Test helper: write PyTorch 0.1-0.3 checkpoint files byte for byte from the format.

No 0.3 is installed, so files are built here from the format facts (see
``legacy_autograd/legacy_format.py``): pickle protocol 2 as 0.3's
``torch.save`` wrote it (Python 3 or Python 2 string opcodes), storages as
persistent ids, raw little-endian storage data after the pickles.

Building blocks (plain objects the writer knows how to pickle):

* ``Storage(typename, values, location='cpu')``: a root storage; ``view(offset, size)``
  a 0.3 storage view of it.
* ``Tensor(storage, offset, size, stride)``: ``torch._utils._rebuild_tensor(...)``.
* ``Var(tensor, requires_grad, volatile)`` / ``Param(tensor, requires_grad)``.
* ``Module(module, name, state_dict_of_attributes, source_file, source)``: a pickled module
  instance whose class is the persistent id ``('module', cls, file, source)``.
* ``Ref(module, name)``: any global (also for hostile files), ``Call(func_ref, args, state)``.
* ``Py2Str(text)``: a Python 2 byte string; ``py2_odict(items)``: Python 2's OrderedDict pickle.
"""
import io
import pickle
import struct
import tarfile

import numpy as np

MAGIC_NUMBER = 0x1950a86a20f9469cfc6c
PROTOCOL_VERSION = 1001
SYS_INFO = {'protocol_version': 1001, 'little_endian': True,
            'type_sizes': {'short': 2, 'int': 4, 'long': 8}}

DTYPES = {'Double': '<f8', 'Float': '<f4', 'Half': '<f2', 'Byte': 'u1', 'Char': 'i1',
          'Short': '<i2', 'Int': '<i4', 'Long': '<i8'}


class Ref(object):
    def __init__(self, module, name):
        self.module, self.name = module, name

    def __call__(self, *a):       # pickle's save_reduce wants a callable
        raise AssertionError('never called')


class Call(object):
    def __init__(self, func, args, state=None):
        self.func, self.args, self.state = func, args, state


class Storage(object):
    _next = [94000000]

    def __init__(self, short, values, location='cpu', key=None):
        self.short = short
        self.data = np.asarray(values, dtype=DTYPES[short]).reshape(-1)
        self.location = location
        Storage._next[0] += 16
        self.key = key or str(Storage._next[0])
        self.root, self.offset = self, 0

    def view(self, offset, size):
        v = Storage.__new__(Storage)
        v.short, v.location, v.root, v.offset = self.short, self.location, self, offset
        v.data = self.data[offset:offset + size]
        Storage._next[0] += 16
        v.key = str(Storage._next[0])
        return v


class Tensor(object):
    def __init__(self, storage, offset, size, stride):
        self.storage, self.offset, self.size, self.stride = storage, offset, tuple(size), tuple(stride)

    def values(self):
        """The tensor's elements as numpy (from the storage data)."""
        root = self.storage.root.data
        base = self.storage.offset + self.offset
        if not self.size:
            return np.empty((0,), root.dtype)
        idx = np.full(self.size, base, dtype=np.int64)
        for d, (s, st) in enumerate(zip(self.size, self.stride)):
            shape = [1] * len(self.size)
            shape[d] = s
            idx = idx + (np.arange(s) * st).reshape(shape)
        return root[idx]


def contiguous(storage, offset, size):
    st, acc = [], 1
    for s in reversed(size):
        st.append(acc)
        acc *= s
    return Tensor(storage, offset, size, tuple(reversed(st)))


def Var(tensor, requires_grad=False, volatile=False):
    from collections import OrderedDict
    return Call(Ref('torch.autograd.variable', 'Variable'), (tensor,),
                (requires_grad, volatile, OrderedDict()))


def Param(tensor, requires_grad=True):
    from collections import OrderedDict
    return Call(Ref('torch.nn.parameter', 'Parameter'), (tensor,),
                (requires_grad, False, OrderedDict()))


class Module(object):
    def __init__(self, module, name, attrs, source_file=None, source=None):
        self.cls = Ref(module, name)
        self.attrs, self.source_file, self.source = attrs, source_file, source


class ModulePid(object):
    def __init__(self, m):
        self.m = m


class Py2Str(object):
    def __init__(self, text):
        self.raw = text.encode('latin1') if isinstance(text, str) else text


class Py2ODict(object):
    def __init__(self, items):
        self.items = items


def py2_odict(items):
    return Py2ODict(list(items))


class _Writer(pickle._Pickler):
    dispatch = dict(pickle._Pickler.dispatch)

    def __init__(self, f, storages):
        pickle._Pickler.__init__(self, f, protocol=2)
        self.storages = storages       # key -> root Storage, filled while pickling
        self.seen_classes = set()

    def persistent_id(self, obj):
        if isinstance(obj, Storage):
            self.storages[obj.root.key] = obj.root
            view = None if obj.root is obj else (obj.key, obj.offset, len(obj.data))
            return ('storage', Ref('torch', obj.short + 'Storage'), obj.root.key,
                    obj.location, len(obj.root.data), view)
        if isinstance(obj, ModulePid):
            return ('module', obj.m.cls, obj.m.source_file, obj.m.source)
        return None

    def save_ref(self, obj):
        self.write(pickle.GLOBAL + obj.module.encode() + b'\n' + obj.name.encode() + b'\n')
        self.memoize(obj)
    dispatch[Ref] = save_ref

    def save_call(self, obj):
        self.save(obj.func)
        self.save(tuple(obj.args))
        self.write(pickle.REDUCE)
        self.memoize(obj)
        if obj.state is not None:
            self.save(obj.state)
            self.write(pickle.BUILD)
    dispatch[Call] = save_call

    def save_tensor(self, obj):
        self.save_call(Call(Ref('torch._utils', '_rebuild_tensor'),
                            (obj.storage, obj.offset, obj.size, obj.stride)))
    dispatch[Tensor] = save_tensor

    def save_module(self, obj):
        self.save(ModulePid(obj))
        self.save(())
        self.write(pickle.NEWOBJ)
        self.memoize(obj)
        self.save(obj.attrs)
        self.write(pickle.BUILD)
    dispatch[Module] = save_module

    def save_py2str(self, obj):
        n = len(obj.raw)
        if n < 256:
            self.write(b'U' + bytes([n]) + obj.raw)
        else:
            self.write(b'T' + struct.pack('<i', n) + obj.raw)
        self.memoize(obj)
    dispatch[Py2Str] = save_py2str

    def save_py2odict(self, obj):
        self.save_call(Call(Ref('collections', 'OrderedDict'), ([list(kv) for kv in obj.items],)))
    dispatch[Py2ODict] = save_py2odict


class _Py2Writer(_Writer):
    """Python 2's cPickle: every ``str`` is a byte string (SHORT_BINSTRING/BINSTRING)."""
    dispatch = dict(_Writer.dispatch)

    def save_str_as_py2(self, obj):
        self.save_py2str(Py2Str(obj))
    dispatch[str] = save_str_as_py2


def _dump(obj, storages=None, py2=False):
    f = io.BytesIO()
    w = (_Py2Writer if py2 else _Writer)(f, storages if storages is not None else {})
    w.dump(obj)
    return f.getvalue()


def raw_storage(st):
    data = st.data.astype(st.data.dtype.newbyteorder('<'))
    return struct.pack('<q', len(data)) + data.tobytes()


def magic_file(obj, sys_info=None, py2=False):
    """A complete 0.2/0.3 ``torch.save`` file holding ``obj`` (``py2``: as Python 2 wrote it)."""
    storages = {}
    out = [_dump(MAGIC_NUMBER, py2=py2), _dump(PROTOCOL_VERSION, py2=py2),
           _dump(sys_info or SYS_INFO, py2=py2), _dump(obj, storages, py2=py2)]
    keys = sorted(storages)
    out.append(_dump(keys, py2=py2))
    for k in keys:
        out.append(raw_storage(storages[k]))
    return b''.join(out)


def tar_file(obj, storages, tensors, cuda_type_names=False):
    """A 0.1.x tar-format file.  ``storages``: {int key: Storage}; ``tensors``: {int key:
    (storage key, Tensor)}; in ``obj`` use ``TarRef(key)`` for a storage or tensor.
    ``cuda_type_names``: name the types of CUDA storages ``torch.cuda.*`` (as 0.1 could)."""
    def mod(st):
        return 'torch.cuda' if cuda_type_names and st.location.startswith('cuda') else 'torch'

    s = io.BytesIO()
    s.write(_dump(len(storages)))
    for key, st in storages.items():
        s.write(_dump((key, st.location, Ref(mod(st), st.short + 'Storage'))))
        s.write(raw_storage(st))
    s.write(_dump([]))
    t = io.BytesIO()
    t.write(_dump(len(tensors)))
    for key, (skey, ten) in tensors.items():
        t.write(_dump((key, skey, Ref(mod(ten.storage), ten.storage.short + 'Tensor'))))
        t.write(struct.pack('<q', len(ten.size)))
        t.write(struct.pack('<%dq' % len(ten.size), *ten.size))
        t.write(struct.pack('<%dq' % len(ten.size), *ten.stride))
        t.write(struct.pack('<q', ten.offset))
    p = _TarPickle.dumps(obj)
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode='w', format=tarfile.PAX_FORMAT) as tar:
        for name, blob in (('sys_info', _dump(SYS_INFO)), ('pickle', p),
                           ('storages', s.getvalue()), ('tensors', t.getvalue())):
            info = tarfile.TarInfo(name)
            info.size = len(blob)
            tar.addfile(info, io.BytesIO(blob))
    return out.getvalue()


class TarRef(object):
    def __init__(self, key):
        self.key = key


class _TarPickle(_Writer):
    dispatch = dict(_Writer.dispatch)

    def persistent_id(self, obj):
        if isinstance(obj, TarRef):
            return str(obj.key)
        return None

    @classmethod
    def dumps(cls, obj):
        f = io.BytesIO()
        cls(f, {}).dump(obj)
        return f.getvalue()


def plain_pickle(obj):
    """One protocol 2 pickle of ``obj`` (the writer's building blocks allowed), for hostile files."""
    return _dump(obj)
