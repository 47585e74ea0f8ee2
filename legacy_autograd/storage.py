"""0.3 storages: ``torch.FloatStorage`` and the seven other types.

A storage is a flat, contiguous 1-D numpy array ``_a``.  Slicing a storage
(step 1 only, as in 0.3) gives a storage sharing its memory; tensors built on
a storage (``set_(storage, offset, size, stride)``, ``FloatTensor(storage)``,
``torch._utils._rebuild_tensor``) are numpy views of it, so they share memory
with it and with each other.  ``tensor.storage()`` goes the other way: the
flat buffer under a tensor's array, and ``storage_offset()`` the tensor's
first element in it.
"""
import math

import numpy as np

from . import dtypes, errors
from .size import th_sizes


def _is_int(x):
    return isinstance(x, (int, np.integer)) and not isinstance(x, bool)


def alloc_zeros(shape, dtype):
    """Zeros of ``shape`` and ``dtype``, or TH's ``THAlloc`` error texts when they cannot be
    had (storages here, tensors' uninitialised memory in tensor.py)."""
    itemsize = np.dtype(dtype).itemsize
    errors.check_alloc_size(shape, itemsize)
    try:
        return np.zeros(shape, dtype=dtype)
    except MemoryError:
        raise errors.out_of_memory(math.prod(shape) * itemsize)


def _is_real(storage, x):
    """0.3.1's ``THPUtils_(checkReal)`` / ``unpackReal`` on Python 3: ``PyFloat_Check ||
    PyLong_Check`` for the floating types, ``PyLong_Check`` for the others (a ``bool`` is an
    int; numpy scalars other than ``float64``, a ``float`` subclass, are refused)."""
    return isinstance(x, (float, int) if storage._info.is_floating else int)


class _StorageBase(object):
    __slots__ = ('_a', '__weakref__')
    _info = None
    _dtype = None
    _typename = None
    is_cuda = False
    is_sparse = False

    def __getattr__(self, name):
        # only after a failed lookup: 0.3.1's C type was named ``torch.FloatStorage``
        raise AttributeError("'%s' object has no attribute '%s'"
                             % (type(self)._typename or type(self).__name__, name))

    def __init__(self, *args, **kwargs):
        cls = type(self)
        if kwargs:
            raise RuntimeError('%s(): invalid keyword arguments' % cls._typename)
        n = len(args)
        if n == 0:
            self._a = np.empty((0,), dtype=cls._dtype)
            return
        first = args[0]
        if n == 1 and _is_int(first):
            if first < 0:
                raise RuntimeError('%s(): size must be non-negative, got %d' % (cls._typename, first))
            self._a = alloc_zeros((int(first),), cls._dtype)
            return
        if n < 4 and isinstance(first, _StorageBase):
            numel = len(first._a)
            if not all(_is_int(a) for a in args[1:]):
                raise _invalid_arguments(cls, args)
            offset = int(args[1]) if n >= 2 else 0
            size = int(args[2]) if n >= 3 else numel - offset
            if not 0 <= offset <= numel:
                raise RuntimeError('specified an offset of %d, but the viewed storage has only %d '
                                   'element(s)' % (offset, numel))
            if not 1 <= size <= numel - offset:
                raise RuntimeError('specified a size of %d, but the viewed storage has only %d '
                                   'element(s) after offset %d' % (size, numel - offset, offset))
            if first._dtype != cls._dtype:
                raise _invalid_arguments(cls, args)
            self._a = _view_array(first._a[offset:offset + size])
            return
        if n == 1 and isinstance(first, (list, tuple, range)):
            for item in first:
                if not _is_real(cls, item):
                    raise RuntimeError('tried to construct a storage from a sequence (%s), but '
                                       'one of the items was of type %s instead of %s'
                                       % (type(first).__name__, errors.legacy_typename(item),
                                          'float' if cls._info.is_floating else 'int'))
            with np.errstate(invalid='ignore', over='ignore'):
                self._a = np.array(list(first), dtype=cls._dtype).reshape(-1)
            return
        raise _invalid_arguments(cls, args)

    @classmethod
    def _wrap(cls, array):
        s = object.__new__(cls)
        s._a = array
        return s

    # ------------------------------------------------------------------ metadata
    def size(self):
        return len(self._a)

    def __len__(self):
        return len(self._a)

    def element_size(self):
        return self._a.itemsize

    def data_ptr(self):
        return self._a.__array_interface__['data'][0] if len(self._a) else 0

    @property
    def _cdata(self):
        """0.3's handle of the C storage (``THStorage*``): equal for storage objects standing
        for one storage (``t.storage()`` twice, or of two tensors set to one storage object),
        different for each storage made by slicing (``s[1:4]`` twice gives two storages over
        the same memory, as in 0.3.1) and for other memory."""
        ident = _identity(self._a)[1]
        return hash((id(ident), self._a.dtype.str)) & ((1 << 62) - 1)

    @classmethod
    def from_buffer(cls, buffer, byte_order='native'):
        """``Storage.from_buffer(buf, byte_order='native')``: a storage with a copy of the
        bytes of ``buf`` read as this type (``'native'``, ``'little'`` or ``'big'``)."""
        orders = {'native': '=', 'little': '<', 'big': '>'}
        if byte_order not in orders:
            raise ValueError("invalid byte_order '%s' (expected 'big', 'little', or 'native')"
                             % (byte_order,))
        dt = np.dtype(cls._dtype).newbyteorder(orders[byte_order]) \
            if np.dtype(cls._dtype).itemsize > 1 else np.dtype(cls._dtype)
        try:
            raw = memoryview(buffer).cast('B')
        except TypeError:
            raise TypeError('from_buffer: expected an object supporting the buffer protocol, '
                            'got %s' % type(buffer).__name__)
        if len(raw) % dt.itemsize:
            raise ValueError('buffer size (%d) must be a multiple of element size (%d)'
                             % (len(raw), dt.itemsize))
        return cls._wrap(np.frombuffer(raw, dtype=dt).astype(cls._dtype))

    @classmethod
    def from_file(cls, filename, shared=False, size=0):
        """``Storage.from_file(filename, shared=False, size=0)``: a storage of ``size``
        elements mapped from ``filename`` (``shared``: changes are written to the file and seen
        by other mappings of it; else they stay private).  A shared mapping grows the file to
        ``size`` elements."""
        import os
        itemsize = np.dtype(cls._dtype).itemsize
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise TypeError('from_file(): size must be a non-negative int')
        have = os.path.getsize(filename)
        if size == 0:
            size = have // itemsize
        if size == 0:
            return cls._wrap(np.empty((0,), dtype=cls._dtype))
        if have < size * itemsize:
            if not shared:
                raise RuntimeError('unable to mmap %d bytes from file <%s>: file too short'
                                   % (size * itemsize, filename))
            with open(filename, 'r+b') as fh:
                fh.truncate(size * itemsize)
        mapped = np.memmap(filename, dtype=cls._dtype, mode='r+' if shared else 'c',
                           shape=(size,))
        return cls._wrap(mapped.view(np.ndarray))

    def get_device(self):
        return -1

    def type(self, new_type=None, async_=False, **kwargs):
        if new_type is None:
            return self._typename
        cls = _resolve_storage_type(new_type, self._typename)
        if cls is type(self):
            return self
        with np.errstate(invalid='ignore', over='ignore'):
            return cls._wrap(self._a.astype(cls._dtype))

    def is_pinned(self):
        return False

    def is_shared(self):
        return is_shared_array(self._a)

    def share_memory_(self):
        """Move the elements into memory shared with processes forked afterwards (0.3 moved
        the storage to shared memory).  Tensors made on this storage before keep the old
        memory."""
        self._a = shared_copy(self._a)
        return self

    def pin_memory(self):
        return self

    def cpu(self):
        return self

    def cuda(self, device=None, non_blocking=False, **kwargs):
        # no CUDA here: the storage stays on the CPU (tensor.cuda() prints the notice)
        return self

    # ------------------------------------------------------------------ elements
    def __getitem__(self, index):
        if _is_int(index):
            n = len(self._a)
            i = int(index)
            if i < 0:
                i += n
            if not 0 <= i < n:
                raise IndexError('index %d out of range for storage of size %d' % (i, n))
            return self._a[i].item()
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self._a))
            if step != 1:
                raise RuntimeError('Trying to slice with a step of %d, but only a step of 1 is '
                                   'supported' % step)
            return type(self)._wrap(_view_array(self._a[start:max(start, stop)]))
        raise TypeError("can't index a %s with %s" % (self._typename, type(index).__name__))

    def __setitem__(self, index, value):
        if not _is_real(self, value):
            raise RuntimeError('can only set storage content with a %s, but got %s instead'
                               % ('float' if self._info.is_floating else 'int',
                                  errors.legacy_typename(value)))
        if _is_int(index):
            # THStorage_(set): no wrapping of a negative index (unlike the getter)
            if not 0 <= index < len(self._a):
                raise RuntimeError('invalid argument 2: out of bounds')
            self._a[int(index)] = value
            return
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self._a))
            if step != 1:
                raise RuntimeError('Trying to slice with a step of %d, but only a step of 1 is '
                                   'supported' % step)
            self._a[start:stop] = value
            return
        raise RuntimeError("can't index a %s with %s" % (self._typename, type(index).__name__))

    def __iter__(self):
        return iter(self._a.tolist())

    def tolist(self):
        return self._a.tolist()

    def __str__(self):
        content = ' ' + '\n '.join(str(v) for v in self._a.tolist())
        return content + '\n[%s of size %d]' % (self._typename, len(self._a))

    __repr__ = __str__

    def __copy__(self):
        return self.clone()

    def __deepcopy__(self, memo):
        result = memo.get(id(self))
        if result is None:
            result = memo[id(self)] = type(self)._wrap(deepcopy_array(self._a, memo))
        return result

    def __reduce__(self):
        return type(self), (self.tolist(),)

    def __sizeof__(self):
        return object.__sizeof__(self) + self._a.nbytes

    # ------------------------------------------------------------------ in-place and copies
    def clone(self):
        return type(self)._wrap(self._a.copy())

    def new(self):
        return type(self)()

    def fill_(self, value):
        if not _is_real(self, value):
            raise RuntimeError('fill_ expects %s, but got %s'
                               % ('float' if self._info.is_floating else 'int',
                                  errors.legacy_typename(value)))
        self._a[...] = value
        return self

    def copy_(self, source, async_=False, **kwargs):
        """0.3.1's THPStorageCopyMethod: storages only; THStorage_(copy)'s size check (a copy
        from another type read past a shorter source in 0.3.1: refused here as well)."""
        src = source._a if isinstance(source, _StorageBase) else None
        if src is None:
            raise RuntimeError("copy from %s to %s isn't implemented"
                               % (errors.legacy_typename(source), self._typename))
        if len(src) != len(self._a):
            raise RuntimeError('invalid argument 2: size mismatch')
        with np.errstate(invalid='ignore', over='ignore'):
            self._a[...] = src
        return self

    def resize_(self, size):
        if not _is_int(size):
            raise RuntimeError('resize_ expects an int, but got %s' % errors.legacy_typename(size))
        if size < 0:
            raise RuntimeError('$ Torch: invalid memory size -- maybe an overflow?')   # THRealloc
        new = alloc_zeros((int(size),), self._dtype)
        k = min(int(size), len(self._a))
        new[:k] = self._a[:k]
        self._a = new
        return self

    def double(self):
        return self.type(DoubleStorage)

    def float(self):
        return self.type(FloatStorage)

    def half(self):
        return self.type(HalfStorage)

    def long(self):
        return self.type(LongStorage)

    def int(self):
        return self.type(IntStorage)

    def short(self):
        return self.type(ShortStorage)

    def char(self):
        return self.type(CharStorage)

    def byte(self):
        return self.type(ByteStorage)


def _invalid_arguments(cls, args):
    got = ', '.join(type(a).__name__ for a in args)
    return TypeError('%s received an invalid combination of arguments - got (%s), but expected '
                     'one of:\n * no arguments\n * (int size)\n * (Sequence data)\n'
                     ' * (%s view_source, [int offset, [int size]])\n'
                     % (cls.__name__, got, cls._typename))


def _make_storage_class(info):
    name = info.short + 'Storage'
    # no __slots__ here: 0.3.1's storage classes were plain Python subclasses, so a script may
    # keep its own attributes on a storage
    return type(name, (_StorageBase,), {
        '_info': info,
        '_dtype': info.dtype,
        '_typename': 'torch.' + name,
        '__module__': 'legacy_autograd',
        '__doc__': 'The 0.3 torch.%s: a flat array of %s.' % (name, info.dtype),
    })


DoubleStorage = _make_storage_class(dtypes.BY_SHORT['Double'])
FloatStorage = _make_storage_class(dtypes.BY_SHORT['Float'])
HalfStorage = _make_storage_class(dtypes.BY_SHORT['Half'])
ByteStorage = _make_storage_class(dtypes.BY_SHORT['Byte'])
CharStorage = _make_storage_class(dtypes.BY_SHORT['Char'])
ShortStorage = _make_storage_class(dtypes.BY_SHORT['Short'])
IntStorage = _make_storage_class(dtypes.BY_SHORT['Int'])
LongStorage = _make_storage_class(dtypes.BY_SHORT['Long'])

STORAGE_CLASSES = (DoubleStorage, FloatStorage, HalfStorage, ByteStorage, CharStorage,
                   ShortStorage, IntStorage, LongStorage)
STORAGE_BY_DTYPE = {c._dtype: c for c in STORAGE_CLASSES}
STORAGE_BY_TYPENAME = {c._typename: c for c in STORAGE_CLASSES}


def is_storage(obj):
    return isinstance(obj, _StorageBase)


def _resolve_storage_type(t, source):
    """The storage class ``storage.type(t)`` casts to (``source``: the storage's type name).

    0.3.1's ``_type`` imported a name, asked the type for ``is_sparse`` and then made
    ``new_type(self.size()).copy_(self)``: a tensor type got as far as that copy, which had no
    storage source (``copy from torch.FloatStorage to torch.FloatTensor isn't implemented``)."""
    if isinstance(t, type) and issubclass(t, _StorageBase):
        return t
    if isinstance(t, str):
        name = t.replace('torch.cuda.', 'torch.')
        cls = STORAGE_BY_TYPENAME.get(name)
        if cls is not None:
            return cls
        tensors = {c._legacy_name: c for c in TENSOR_BY_DTYPE.values()}
        if t in tensors:
            t = tensors[t]
        else:
            exc = errors.type_name_error(t) or errors.named_module_error(name)
            if exc is not None:
                raise exc
            raise ValueError('invalid type: %r' % (t,))
    if isinstance(t, type) and issubclass(t, tuple(TENSOR_BY_DTYPE.values())):
        raise RuntimeError("copy from %s to %s isn't implemented" % (source, t._legacy_name))
    exc = errors.type_cast_error(t)
    if exc is not None:
        raise exc
    raise ValueError('invalid type: %r' % (t,))


# ---------------------------------------------------------------------- tensors on storages
TENSOR_BY_DTYPE = {}        # filled by tensor.py (which imports this module, not the reverse)


def tensor_class_of(storage):
    return TENSOR_BY_DTYPE[storage._dtype]


def view_of_storage(storage, offset, size, stride=None):
    """A numpy array viewing ``storage`` as a tensor of ``size``/``stride`` at ``offset``,
    sharing its memory; RuntimeError naming the problem when it does not fit."""
    a = storage._a
    n = len(a)
    if not _is_int(offset) or offset < 0:
        raise RuntimeError('storage offset must be a non-negative int, got %r' % (offset,))
    size = tuple(size)
    if not all(_is_int(s) for s in size):
        raise RuntimeError('sizes must be ints, got %r' % (size,))
    # 0.3.1's setStorageNd went through THTensor_(resizeNd): the sizes (and strides) are cut
    # at the first size that is not positive
    kept = th_sizes(size)
    if stride is not None and len(tuple(stride)) == len(size):
        stride = tuple(stride)[:len(kept)]
    size = kept
    if stride is None:
        st, acc = [], 1
        for s in reversed(size):
            st.append(acc)
            acc *= s
        stride = tuple(reversed(st))
    stride = tuple(stride)
    if len(stride) != len(size) or not all(_is_int(s) and s >= 0 for s in stride):
        raise RuntimeError('strides must be %d non-negative ints, got %r' % (len(size), stride))
    offset = int(offset)
    size = tuple(int(s) for s in size)
    if not size:                        # 0.3: a tensor without dimensions is empty
        return np.empty((0,), dtype=a.dtype)
    last = offset + sum((s - 1) * int(t) for s, t in zip(size, stride))
    if last >= n:
        raise RuntimeError('a tensor of size %s with strides %s at offset %d needs %d element(s), '
                           'but the storage has %d' % (list(size), list(stride), offset, last + 1, n))
    item = a.itemsize
    return np.ndarray(size, a.dtype, a, offset * item, tuple(int(t) * item for t in stride))


def rebuild_tensor_from_storage(storage, storage_offset, size, stride):
    """``torch._utils._rebuild_tensor`` of 0.2/0.3 files: a tensor on ``storage``."""
    if not isinstance(storage, _StorageBase):
        raise RuntimeError('_rebuild_tensor expects a storage, got %s' % type(storage).__name__)
    return tensor_class_of(storage)._wrap(view_of_storage(storage, storage_offset, size, stride))


def _view_array(a):
    """The array of a storage made by slicing another (``s[1:4]``, ``Storage(s, offset,
    size)``): ``a``'s memory, seen through a buffer object of its own.  0.3.1 made a new
    ``THStorage`` for each such view; the buffer object stands for it (its identity is
    :func:`_identity`), so tensors set to this storage find it again (``t.storage()``) and
    ``torch.save`` keeps two views over one memory apart, as 0.3.1 did."""
    if not a.size:
        return a
    return np.frombuffer(memoryview(a), dtype=a.dtype)


def _identity(a):
    """``(array, token)`` for the storage array ``a`` lives in: the storage made by slicing
    that holds it (its array and the buffer object of :func:`_view_array`), else its root
    array (twice)."""
    x = a
    while True:
        b = x.base
        if isinstance(b, np.ndarray):
            x = b
        elif isinstance(b, memoryview):
            return x, b
        else:
            return x, x


def _root_of(a):
    """The array that owns ``a``'s memory (through the buffer objects of storage views)."""
    root = a
    while True:
        b = root.base
        if isinstance(b, np.ndarray):
            root = b
        elif isinstance(b, memoryview) and isinstance(b.obj, np.ndarray):
            root = b.obj
        else:
            return root


def deepcopy_array(a, memo):
    """``copy.deepcopy`` of an array, keeping sharing: arrays over one buffer (a tensor, its
    views, its storage) copied in one ``deepcopy`` call share one copied buffer, as 0.3's
    deepcopy kept tensors on one storage."""
    root = _root_of(a)
    if not (root.flags.c_contiguous or root.flags.f_contiguous):
        return a.copy()             # memory that is not one block (numpy's as_strided)
    key = ('legacy_autograd buffer', id(root))
    new_root = memo.get(key)
    if new_root is None:
        new_root = root.copy(order='K')     # the root's own layout (column-major stays so)
        memo[key] = new_root
        memo.setdefault(id(memo), []).append(root)      # keep the original alive (id reuse)
    offset = a.__array_interface__['data'][0] - root.__array_interface__['data'][0]
    # a view of the copied root itself (its base), so that storage() / storage_offset() of
    # the copy are the copied storage and the same offset (0.3.1: set_(new_storage,
    # storage_offset(), size(), stride()))
    return np.ndarray(a.shape, a.dtype, new_root, offset, a.strides)


def storage_of(tensor):
    """``tensor.storage()``: the flat buffer under the tensor (shared memory): the storage
    the tensor was set to when that was made by slicing, else the whole root buffer."""
    a = tensor._a
    cls = STORAGE_BY_DTYPE[np.dtype(a.dtype)]
    held, token = _identity(a)
    if token is not held and held.dtype == a.dtype and held.ndim == 1 \
            and held.flags.c_contiguous:
        return cls._wrap(held)
    root = _root_of(a)
    if root.dtype == a.dtype and root.flags.c_contiguous:
        return cls._wrap(root.reshape(-1))
    if a.flags.c_contiguous:
        return cls._wrap(a.reshape(-1))
    return cls._wrap(np.ascontiguousarray(a).reshape(-1))


def storage_offset_of(tensor):
    a = tensor._a
    if a.size == 0:
        return 0
    held, token = _identity(a)
    if token is not held and held.dtype == a.dtype and held.ndim == 1 \
            and held.flags.c_contiguous:
        return (a.__array_interface__['data'][0] - held.__array_interface__['data'][0]) \
            // a.itemsize
    root = _root_of(a)
    if root.dtype == a.dtype and root.flags.c_contiguous:
        return (a.__array_interface__['data'][0] - root.__array_interface__['data'][0]) // a.itemsize
    return 0


def is_shared_array(a):
    """Whether numpy array ``a`` lives in a shared anonymous mapping (``shared_copy``)."""
    import mmap
    while a is not None:
        if isinstance(a, mmap.mmap):
            return True
        a = getattr(a, 'base', None) if isinstance(a, np.ndarray) else getattr(a, 'obj', None)
    return False


def shared_copy(a):
    """``a`` itself when it is shared already, else a copy of it (same shape, C order) in a
    shared anonymous mapping, which processes forked afterwards see and write in common
    (``torch.multiprocessing``, Hogwild-style training)."""
    import mmap
    if is_shared_array(a):
        return a
    buf = mmap.mmap(-1, max(a.nbytes, 1))
    out = np.frombuffer(buf, dtype=a.dtype, count=a.size).reshape(a.shape)
    out[...] = a
    return out
