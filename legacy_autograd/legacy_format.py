"""Reading the files real PyTorch 0.1-0.3 wrote.

Two layouts (facts from 0.3.1's ``torch/serialization.py``):

* **magic-number format** (0.2, 0.3): five things one after the other: the
  pickled magic number ``0x1950a86a20f9469cfc6c``, the pickled protocol
  version ``1001``, a pickled ``sys_info`` dict, the main pickle, in which
  every storage is the persistent id ``('storage', storage_type, key,
  location, size, view_metadata)`` and every nn.Module class the id
  ``('module', cls, source_file, source)``, then the pickled sorted list of
  storage keys, then for each key the storage: its element count as an int64
  and its elements as little-endian raw bytes.  Tensors in the main pickle are
  ``torch._utils._rebuild_tensor(storage, offset, size, stride)``.
* **tar format** (0.1.x): a tar archive holding ``storages`` (a count, then per
  storage a pickled ``(key, location, storage_type)`` and its raw data, then a
  pickled list of views ``(key, root_key, offset, size)``), ``tensors`` (a
  count, then per tensor a pickled ``(key, storage_key, tensor_type)`` and its
  int64 metadata: ndim, sizes, strides, offset) and ``pickle`` (the main
  pickle, whose persistent ids are the keys as strings).

Every pickle goes through the same ``SafeUnpickler`` as our own files.
Python 2 files are read with ``encoding='latin1'`` (byte strings become str).
"""
import inspect
import io
import pickle
import struct
import sys
import tarfile
import warnings

import numpy as np

from . import storage as _storage
from .safe_unpickler import SafeUnpickler

MAGIC_NUMBER = 0x1950a86a20f9469cfc6c
PROTOCOL_VERSION = 1001


class SourceChangeWarning(Warning):
    pass


def thnn_function_backend():
    """``torch.nn.backends.thnn._get_thnn_function_backend`` in pickled 0.3 modules: the one
    backend object every module refers to (``nn.backends.thnn.backend``)."""
    from .nn.backends.thnn import backend
    return backend


class UserCodeError(Exception):
    """Carries an exception raised by the caller's own map_location unchanged."""

    def __init__(self, original):
        Exception.__init__(self, str(original))
        self.original = original


def corrupt(why):
    return pickle.UnpicklingError('torch.load: corrupt or truncated file: %s' % why)


class _Locations(object):
    """map_location in its four 0.3 forms, applied to each storage once."""

    def __init__(self, map_location):
        self.map_location = map_location
        self.cuda_seen = None

    def restore(self, storage, location):
        if not isinstance(location, str):
            raise corrupt('storage location %r is not text' % (location,))
        m = self.map_location
        if m is None:
            target = location
        elif isinstance(m, dict):
            target = m.get(location, location)
        elif isinstance(m, str):
            target = m
        else:
            try:
                result = m(storage, location)
            except Exception as e:
                raise UserCodeError(e)
            if result is not None:
                if not _storage.is_storage(result):
                    raise UserCodeError(TypeError(
                        'map_location returned %s for a storage saved on %r; it must return a '
                        'storage or None' % (type(result).__name__, location)))
                return result
            target = location
        if not isinstance(target, str):
            raise UserCodeError(TypeError("map_location gave the location %r; locations are strings "
                                          "such as 'cpu' or 'cuda:0'" % (target,)))
        if target == 'cpu':
            return storage
        if target.startswith('cuda'):
            if self.cuda_seen is None:
                self.cuda_seen = location
            return storage
        if m is None:
            raise corrupt('unknown storage location %r' % (location,))
        raise UserCodeError(RuntimeError("don't know how to restore data location of %s (tagged "
                                         "with %s)" % (storage._typename, target)))

    def notice(self):
        if self.cuda_seen is not None and self.map_location is None:
            sys.stderr.write("legacy_autograd: this file was saved with CUDA tensors (location "
                             "'%s'); they are loaded onto the CPU (no CUDA in this shim). Pass "
                             "map_location='cpu' to silence this.\n" % self.cuda_seen)


def check_container_source(cls, source_file, original_source):
    """0.3's SourceChangeWarning for a pickled module class whose source changed
    (classes of this package are not checked: their source is not 0.3's)."""
    module = getattr(cls, '__module__', '') or ''
    if module == 'legacy_autograd' or module.startswith('legacy_autograd.'):
        return
    try:
        current = inspect.getsource(cls)
    except Exception:
        return
    if current != original_source:
        from .tensor import typename
        warnings.warn("source code of class '%s' has changed. you can retrieve the original "
                      "source code by accessing the object's source attribute or set "
                      "`torch.nn.Module.dump_patches = True` and use the patch tool to revert "
                      "the changes." % typename(cls), SourceChangeWarning)


def _module_pid(pid):
    if len(pid) != 4 or not isinstance(pid[1], type):
        raise corrupt('malformed module id %r' % (pid[:1],))
    cls, source_file, source = pid[1:]
    if source_file and source:
        if not isinstance(source, str):
            raise corrupt('module source is not text')
        check_container_source(cls, source_file, source)
    return cls


def _storage_class(storage_type):
    if not (isinstance(storage_type, type) and issubclass(storage_type, _storage._StorageBase)
            and storage_type in _storage.STORAGE_CLASSES):
        raise corrupt('%r is not a storage type' % (storage_type,))
    return storage_type


def _is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


class _Reader(object):
    def __init__(self, data, opts):
        self.data = data
        self.opts = opts
        self.f = io.BytesIO(data)

    def unpickle(self, f=None, persistent_load=None):
        return SafeUnpickler(f or self.f, persistent_load=persistent_load,
                             allowed_classes=self.opts['allowed_classes'],
                             trusted=self.opts['trusted'], encoding='latin1').load()

    def new_storage(self, cls, size):
        if not _is_int(size) or size < 0 or size * np.dtype(cls._dtype).itemsize > len(self.data):
            raise corrupt('storage size %r does not fit in a file of %d bytes'
                          % (size, len(self.data)))
        return cls(int(size))

    def read_raw_into(self, f, storage_obj):
        head = f.read(8)
        if len(head) != 8:
            raise corrupt('the data of a storage is missing')
        (n,) = struct.unpack('<q', head)
        if n != len(storage_obj):
            raise corrupt('storage has wrong size: expected %d got %d' % (len(storage_obj), n))
        dt = np.dtype(storage_obj._dtype).newbyteorder('<')
        raw = f.read(n * dt.itemsize)
        if len(raw) != n * dt.itemsize:
            raise corrupt('the data of a storage of %d elements is cut short' % n)
        storage_obj._a[...] = np.frombuffer(raw, dtype=dt)


def load_magic(data, opts, locations):
    """The 0.2/0.3 format; ``data`` is the whole file."""
    r = _Reader(data, opts)
    magic = r.unpickle()
    if magic != MAGIC_NUMBER:
        raise corrupt('invalid magic number')
    version = r.unpickle()
    if version != PROTOCOL_VERSION:
        raise corrupt('invalid protocol version: %r' % (version,))
    sys_info = r.unpickle()
    if not isinstance(sys_info, dict):
        raise corrupt('sys_info is not a dict')
    storages = {}

    def persistent_load(pid):
        if not isinstance(pid, tuple) or not pid:
            raise corrupt('persistent id %r is not a tuple' % (pid,))
        kind = pid[0]
        if kind == 'module':
            return _module_pid(pid)
        if kind != 'storage' or len(pid) != 6:
            raise corrupt('unknown persistent id %r' % (kind,))
        storage_type, key, location, size, view = pid[1:]
        cls = _storage_class(storage_type)
        if not isinstance(key, str):
            raise corrupt('storage key %r is not text' % (key,))
        if key not in storages:
            storages[key] = locations.restore(r.new_storage(cls, size), location)
        root = storages[key]
        if view is None:
            return root
        if not (isinstance(view, tuple) and len(view) == 3 and isinstance(view[0], str)
                and _is_int(view[1]) and _is_int(view[2])):
            raise corrupt('malformed storage view %r' % (view,))
        view_key, offset, view_size = view
        if view_key not in storages:
            if not (0 <= offset and 0 <= view_size and offset + view_size <= len(root)):
                raise corrupt('storage view out of range')
            storages[view_key] = root[offset:offset + view_size]
        return storages[view_key]

    result = r.unpickle(persistent_load=persistent_load)
    keys = r.unpickle()
    if not isinstance(keys, list) or set(keys) - set(storages):
        raise corrupt('the storage key list does not match the storages')
    for key in keys:
        r.read_raw_into(r.f, storages[key])
    return result


def is_tar(data):
    return len(data) >= 512 and data[257:262] == b'ustar'


def load_tar(data, opts, locations):
    """The 0.1.x tar format."""
    r = _Reader(data, opts)
    try:
        tar = tarfile.open(fileobj=io.BytesIO(data), mode='r:')
        members = {}
        for name in ('storages', 'tensors', 'pickle'):
            member = tar.extractfile(name)
            if member is None:
                raise corrupt('tar member %r is not a file' % name)
            members[name] = io.BytesIO(member.read())
    except KeyError as e:
        raise corrupt('tar archive without %s' % e)
    except tarfile.TarError as e:
        raise corrupt('bad tar archive (%s)' % e)
    objects = {}

    f = members['storages']
    count = r.unpickle(f)
    if not _is_int(count) or count < 0:
        raise corrupt('bad storage count')
    for _ in range(count):
        args = r.unpickle(f)
        if not isinstance(args, tuple) or len(args) != 3:
            raise corrupt('bad storage record')
        key, location, storage_type = args
        cls = _storage_class(storage_type)
        head = f.read(8)
        if len(head) != 8:
            raise corrupt('the data of a storage is missing')
        (n,) = struct.unpack('<q', head)
        f.seek(-8, 1)
        obj = r.new_storage(cls, n)
        r.read_raw_into(f, obj)
        objects[_key(key)] = locations.restore(obj, location)
    views = r.unpickle(f)
    if not isinstance(views, list):
        raise corrupt('bad storage view list')
    for view in views:
        if not (isinstance(view, tuple) and len(view) == 4):
            raise corrupt('bad storage view record')
        target, root, offset, size = view
        root = objects.get(_key(root))
        if root is None or not (_is_int(offset) and _is_int(size) and 0 <= offset
                                and 0 <= size and offset + size <= len(root)):
            raise corrupt('bad storage view')
        objects[_key(target)] = root[offset:offset + size]

    f = members['tensors']
    count = r.unpickle(f)
    if not _is_int(count) or count < 0:
        raise corrupt('bad tensor count')
    for _ in range(count):
        args = r.unpickle(f)
        if not isinstance(args, tuple) or len(args) != 3:
            raise corrupt('bad tensor record')
        key, storage_id, _tensor_type = args
        st = objects.get(_key(storage_id))
        if not _storage.is_storage(st):
            raise corrupt('a tensor refers to a missing storage')
        head = f.read(8)
        if len(head) != 8:
            raise corrupt('tensor metadata cut short')
        ndim = struct.unpack('<i', head[:4])[0]
        if not 0 <= ndim <= 64:
            raise corrupt('tensor with %d dimensions' % ndim)
        meta = f.read(8 * (2 * ndim + 1))
        if len(meta) != 8 * (2 * ndim + 1):
            raise corrupt('tensor metadata cut short')
        values = struct.unpack('<%dq' % (2 * ndim + 1), meta)
        sizes, strides, offset = values[:ndim], values[ndim:2 * ndim], values[-1]
        try:
            tensor = _storage.rebuild_tensor_from_storage(st, offset, sizes, strides)
        except RuntimeError as e:
            raise corrupt(str(e))
        objects[_key(key)] = tensor

    def persistent_load(pid):
        if isinstance(pid, tuple):      # 0.1.x: (cls, source_file, source), no 'module' tag
            return _module_pid(('module',) + pid) if len(pid) == 3 else _bad_pid(pid)
        obj = objects.get(_key(pid))
        if obj is None:
            raise corrupt('persistent id %r names nothing in the archive' % (pid,))
        return obj

    return r.unpickle(members['pickle'], persistent_load=persistent_load)


def _bad_pid(pid):
    raise corrupt('unknown persistent id %r' % (pid[:1],))


def _key(k):
    if isinstance(k, bytes):
        k = k.decode('latin1')
    if isinstance(k, str):
        try:
            return int(k)
        except ValueError:
            return k
    return k
