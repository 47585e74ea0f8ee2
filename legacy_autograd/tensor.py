"""Typed tensors: thin wrappers over numpy arrays with 0.3 semantics.

A tensor owns one numpy array ``_a`` (views share memory with their base,
like 0.3 tensors share storage) and a version counter ``_version`` (a
one-element list shared by all views of the same data, bumped by every
in-place operation; autograd uses it to detect modified saved values).

0.3 has no 0-dim tensors: an array without elements is the "empty" tensor
(``dim() == 0``, size ``torch.Size([])``); every other tensor has at least one
dimension.  Operations live in ``legacy_autograd.ops`` and are attached to
these classes (and to Variable) from the op registry.
"""
import numbers

import numpy as np

from . import dtypes
from .size import Size, th_sizes
from . import errors
from .cuda_notice import notice as _cuda_notice
from .quiet import set_state as _quiet, IGNORE as _IGNORE, leave as _unquiet
from .printing import format_tensor as _format_tensor
from . import storage as _storage_mod
from .storage import _StorageBase, view_of_storage

_EMPTY_SHAPE = (0,)


def _new_version():
    return [0]


class _TensorBase(object):
    # ``_fixed``: the memory is shared with a numpy array (``numpy()``, ``from_numpy``), so it
    # cannot be reallocated by ``resize_`` (0.3: "Trying to resize storage that is not resizable")
    __slots__ = ('_a', '_version', '_fixed', '__weakref__')
    _info = None          # TypeInfo, set on each concrete class
    _dtype = None         # numpy dtype
    is_cuda = False
    is_sparse = False

    # ----------------------------------------------------------------- construction
    def __init__(self, *args, **kwargs):
        cls = type(self)
        if kwargs:
            raise _constructor_error(cls, args, kwargs)
        self._version = _new_version()
        n = len(args)
        if n == 0:
            self._a = np.empty(_EMPTY_SHAPE, dtype=cls._dtype)
            return
        first = args[0]
        if n == 1 and isinstance(first, _TensorBase):
            if type(first) is not cls:
                raise _constructor_error(cls, args, kwargs)
            # a view of the same data, sharing memory and version counter
            self._a = first._a.view()
            self._version = first._version
            return
        if n == 1 and isinstance(first, Size):
            self._a = _uninitialised(th_sizes(first), cls._dtype)
            return
        if all(_is_int(a) for a in args):
            # sizes cut at the first one that is not positive, as 0.3.1's TH did (size.th_sizes)
            self._a = _uninitialised(th_sizes([int(a) for a in args]), cls._dtype)
            return
        if n == 1 and isinstance(first, _StorageBase):
            if first._dtype != cls._dtype:
                raise _constructor_error(cls, args, kwargs)
            # a 1-D tensor on the whole storage, sharing its memory
            self._a = view_of_storage(first, 0, (len(first._a),))
            return
        if n == 1 and (isinstance(first, (list, tuple, np.ndarray)) or _is_sequence(first)):
            self._a = _array_from_data(first, cls)
            return
        raise _constructor_error(cls, args, kwargs)

    @classmethod
    def _wrap(cls, array, version=None):
        """Wrap a numpy array of this class's dtype without copying."""
        t = object.__new__(cls)
        if array.ndim == 0:
            array = array.reshape(1)
        elif array.size == 0 and array.shape != _EMPTY_SHAPE:
            array = array.reshape(_EMPTY_SHAPE)
        t._a = array
        t._version = version if version is not None else [0]
        return t

    # ----------------------------------------------------------------- metadata
    def type(self, new_type=None, async_=False, **kwargs):
        if new_type is None:
            return self._info.typename
        cls = resolve_type(new_type)
        if cls is type(self):
            return self
        token = _quiet(_IGNORE)         # nan/inf to an integer type: 0.3's C cast, silently
        try:
            return cls._wrap(self._a.astype(cls._dtype))
        finally:
            _unquiet(token)

    def _legacy_arg_typename(self):
        """How ``errors.legacy_typename`` / ``errors.tp_name`` name a tensor: its type name."""
        return self._info.typename

    _legacy_tp_name = _legacy_arg_typename

    def is_floating_point(self):
        return self._info.is_floating

    def is_signed(self):
        return self._info.is_signed

    def size(self, dim=None):
        a = self._a
        if dim is None:
            if a.size == 0:
                return Size()
            return Size(a.shape)
        nd = self.dim()
        d = dim + nd if dim < 0 else dim
        if not 0 <= d < nd:
            raise errors.dim_out_of_range(dim, nd)
        return a.shape[d]

    @property
    def shape(self):
        return self.size()

    def dim(self):
        a = self._a
        return 0 if a.size == 0 else a.ndim

    ndimension = dim

    def numel(self):
        return int(self._a.size)

    nelement = numel

    def element_size(self):
        return self._a.itemsize

    def stride(self, dim=None):
        a = self._a
        st = tuple(s // a.itemsize for s in a.strides) if a.size else ()
        if dim is None:
            return st
        nd = self.dim()
        d = dim + nd if dim < 0 else dim
        if not 0 <= d < nd:
            raise errors.dim_out_of_range(dim, nd)
        return st[d]

    def storage(self):
        from .storage import storage_of
        return storage_of(self)

    def storage_offset(self):
        from .storage import storage_offset_of
        return storage_offset_of(self)

    def is_contiguous(self):
        a = self._a
        return a.size == 0 or a.flags.c_contiguous

    def data_ptr(self):
        return self._a.__array_interface__['data'][0]

    def get_device(self):
        return -1

    def is_set_to(self, other):
        return (self.data_ptr() == other.data_ptr() and self._a.shape == other._a.shape
                and self._a.strides == other._a.strides)

    def __len__(self):
        if self._a.size == 0:
            return 0
        return self._a.shape[0]

    def __bool__(self):
        if self._a.size == 0:
            return False
        raise RuntimeError('bool value of non-empty %s objects is ambiguous' % self._info.typename)

    __nonzero__ = __bool__

    def _scalar(self):
        if self._a.size != 1:
            raise TypeError('only 1-element tensors can be converted to Python scalars')
        return self._a.reshape(-1)[0].item()

    def __float__(self):
        return float(self._scalar())

    def __int__(self):
        return int(self._scalar())

    def __index__(self):
        if self._info.is_floating:
            raise TypeError('only integer tensors of a single element can be converted to an index')
        return int(self._scalar())

    def __iter__(self):
        a = self._a
        if a.size == 0:
            return iter(())
        return iter([self[i] for i in range(a.shape[0])])

    def __repr__(self):
        return _format_tensor(self._a, self._info.typename)

    __str__ = __repr__

    def __array__(self, dtype=None, copy=None):
        a = self._a
        return a if dtype is None else a.astype(dtype)

    def __array_wrap__(self, array, context=None, return_scalar=False):
        # numpy ufuncs on a tensor give a tensor (0.3: bool results become a ByteTensor)
        if return_scalar and array.ndim == 0:
            return array[()]
        if array.dtype == np.bool_:
            array = array.astype(np.uint8)
        return array_to_tensor(array)

    # ----------------------------------------------------------------- conversions
    def numpy(self):
        self._fixed = True
        return self._a

    def tolist(self):
        if self._a.size == 0:
            return []
        return self._a.tolist()

    def double(self):
        return self.type(DoubleTensor)

    def float(self):
        return self.type(FloatTensor)

    def half(self):
        return self.type(HalfTensor)

    def long(self):
        return self.type(LongTensor)

    def int(self):
        return self.type(IntTensor)

    def short(self):
        return self.type(ShortTensor)

    def char(self):
        return self.type(CharTensor)

    def byte(self):
        return self.type(ByteTensor)

    def type_as(self, other):
        if not isinstance(other, _TensorBase) and not isinstance(
                other, errors.package_class('legacy_autograd.autograd.variable', 'Variable')):
            raise TypeError("type_as(): argument 'other' (position 1) must be a tensor, not %s"
                            % errors.tp_name(other))
        return self.type(other.type())

    def cuda(self, device=None, non_blocking=False, **kwargs):
        _cuda_notice()
        return self

    def cpu(self):
        return self

    def pin_memory(self):
        return self

    def is_pinned(self):
        return False

    def share_memory_(self):
        """Move the elements into memory shared with processes forked afterwards
        (``torch.multiprocessing``: Hogwild-style training).  0.3 moved the whole storage;
        here this tensor's elements move, and views made before keep the old memory."""
        self._a = _storage_mod.shared_copy(self._a)
        return self

    def is_shared(self):
        return _storage_mod.is_shared_array(self._a)

    def new(self, *args, **kwargs):
        """A tensor of the same type: ``x.new()``, ``x.new(2, 3)``, ``x.new([1, 2])``."""
        return type(self)(*args, **kwargs)

    def clone(self):
        return type(self)._wrap(self._a.copy())

    def contiguous(self):
        if self.is_contiguous():
            return self
        return type(self)._wrap(np.ascontiguousarray(self._a))

    def __reduce_ex__(self, protocol):
        # plain pickle (copy, multiprocessing): type name, raw bytes, sizes; torch.save writes
        # 0.3's storage-based form instead (save_format)
        a = np.ascontiguousarray(self._a)
        return (_rebuild_tensor, (self._info.typename, a.tobytes() if a.size else b'',
                                  tuple(self.size())))

    def __copy__(self):
        # a shallow copy is another tensor on the same memory (0.3: the same storage)
        return type(self)._wrap(self._a, self._version)

    def __deepcopy__(self, memo):
        from .storage import deepcopy_array
        result = type(self)._wrap(deepcopy_array(self._a, memo))
        memo[id(self)] = result
        return result


# Late-bound piece of the layer above, installed by it at import (this module does not import it):
# the classes whose ``.data`` is a tensor (autograd's Variable), unwrapped by the constructors.
_hooks = {'tensor_wrappers': ()}


def register_tensor_wrapper(cls):
    """Called by ``autograd.variable``: ``FloatTensor([v1, v2])`` reads Variables' data."""
    if cls not in _hooks['tensor_wrappers']:
        _hooks['tensor_wrappers'] = _hooks['tensor_wrappers'] + (cls,)


def _rebuild_tensor(typename, raw, sizes):
    """Unpickles ``_TensorBase.__reduce_ex__``: checks every part (torch.load feeds it file data)."""
    import pickle
    cls = CLASS_BY_TYPENAME.get(typename) if isinstance(typename, str) else None
    if cls is None:
        raise pickle.UnpicklingError('torch.load: corrupt or truncated file: unknown tensor type %r'
                                     % (typename,))
    # an empty tensor is written with no sizes; a 0 among them would make an array of a shape
    # no tensor has (0.3's TH ended the sizes at their first 0)
    if not isinstance(raw, (bytes, bytearray)) or not isinstance(sizes, tuple) or not all(
            isinstance(s, int) and not isinstance(s, bool) and s > 0 for s in sizes):
        raise pickle.UnpicklingError('torch.load: corrupt or truncated file: bad tensor record')
    if len(raw) % np.dtype(cls._dtype).itemsize:
        raise pickle.UnpicklingError('torch.load: corrupt or truncated file: %d bytes of tensor '
                                     'data for %s' % (len(raw), typename))
    arr = np.frombuffer(bytes(raw), dtype=cls._dtype).copy()
    if not sizes:
        return cls._wrap(np.empty((0,), dtype=cls._dtype))
    n = 1
    for s in sizes:
        n *= s
    if arr.size != n:
        raise pickle.UnpicklingError('torch.load: corrupt or truncated file: %d values for a '
                                     'tensor of size %s' % (arr.size, 'x'.join(str(s) for s in sizes)))
    return cls._wrap(arr.reshape(sizes))


def _is_int(x):
    return isinstance(x, (int, np.integer)) and not isinstance(x, bool)


def _is_sequence(x):
    try:
        len(x)
        x[0] if len(x) else None
    except Exception:
        return False
    return not isinstance(x, (str, bytes))


def _uninitialised(shape, dtype):
    # 0.3 left the memory uninitialised; we hand out zeros so runs are reproducible.
    if not shape or any(s == 0 for s in shape):     # no sizes at all: the empty tensor
        return np.empty(_EMPTY_SHAPE, dtype=dtype)
    return _storage_mod.alloc_zeros(shape, dtype)


def _bad_item(data, index=()):
    """The first item of a nested sequence that is not a number (0.3 unpacked each item as a
    C number): ``(index, item)``, or None."""
    for i, x in enumerate(data):
        if isinstance(x, (numbers.Number, np.bool_)):
            continue
        if _is_sequence(x) and not isinstance(x, np.ndarray):
            found = _bad_item(x, index + (i,))
            if found is not None:
                return found
        elif not isinstance(x, np.ndarray):
            return index + (i,), x
    return None


def _item_error(data, cls):
    found = _bad_item(data)
    if found is None:
        return None
    index, item = found
    return RuntimeError('tried to construct a tensor from a %s%s sequence, but found an item of '
                        'type %s at index (%s)'
                        % ('nested ' if len(index) > 1 else '',
                           'float' if cls._info.is_floating else 'int',
                           errors.tp_name(item), ', '.join(str(i) for i in index)))


def _ragged_error(data):
    """0.3's error for nested sequences of unequal lengths (sizes taken from the first
    items, as 0.3 did), or None."""
    sizes = []
    x = data
    while _is_sequence(x) and not isinstance(x, np.ndarray):
        sizes.append(len(x))
        if not len(x):
            break
        x = x[0]

    def walk(seq, depth, index):
        if len(seq) != sizes[depth]:
            return RuntimeError('inconsistent sequence length at index (%s) - expected %d but got %d'
                                % (', '.join(str(i) for i in index) or '0', sizes[depth], len(seq)))
        if depth + 1 < len(sizes):
            for i, item in enumerate(seq):
                if not _is_sequence(item):
                    return RuntimeError('inconsistent sequence length at index (%s) - expected a '
                                        'sequence of length %d'
                                        % (', '.join(str(k) for k in index + (i,)), sizes[depth + 1]))
                err = walk(item, depth + 1, index + (i,))
                if err is not None:
                    return err
        return None
    return walk(data, 0, ()) if sizes else None


def _flatten_check(data, cls):
    """Reject ragged or non-numeric sequences with a clear message (0.3's for an item that
    is not a number: numpy would turn ``None`` into nan and ``'2'`` into 2.0)."""
    floating = cls._info.is_floating
    try:
        arr = np.array(data)
    except (ValueError, TypeError) as e:
        err = _item_error(data, cls) or _ragged_error(data)
        if err is not None:
            raise err
        raise TypeError('%s constructor: could not convert sequence to a tensor (%s)'
                        % (cls._info.typename, e))
    if arr.dtype == object or arr.dtype.kind in 'USV':
        err = _item_error(data, cls)
        if err is not None:
            raise err
        if floating:            # e.g. Python ints beyond 64 bits
            try:
                arr = np.array(data, dtype=np.float64)
            except (ValueError, TypeError, OverflowError) as e:
                raise TypeError('%s constructor: could not convert sequence to a tensor (%s)'
                                % (cls._info.typename, e))
    if floating and arr.dtype != np.float64:
        arr = arr.astype(np.float64)
    if arr.dtype == object or arr.dtype.kind in 'USV':
        raise TypeError('%s constructor: the sequence must hold numbers only, got %s elements'
                        % (cls._info.typename, arr.dtype))
    return arr


def _array_from_data(data, cls):
    if isinstance(data, np.ndarray):
        arr = data
        err = _numpy_layout_error(arr)
        if err is not None:
            raise err
        if arr.dtype == object or arr.dtype.kind in 'USV':
            raise TypeError('%s constructor: the array must hold numbers, got dtype %s'
                            % (cls._info.typename, arr.dtype))
    else:
        wrappers = _hooks['tensor_wrappers']        # (Variable,) once autograd is imported
        if any(isinstance(x, (_TensorBase,) + wrappers) for x in data if not isinstance(x, numbers.Number)):
            data = [x.tolist() if isinstance(x, _TensorBase) else
                    (x.data.tolist() if isinstance(x, wrappers) else x) for x in data]
        arr = _flatten_check(data, cls)
    if arr.size == 0:
        return np.empty(_EMPTY_SHAPE, dtype=cls._dtype)
    if arr.ndim == 0:
        arr = arr.reshape(1)
    if not cls._info.is_floating and arr.dtype.kind == 'f':
        arr = np.trunc(arr)
    with np.errstate(invalid='ignore', over='ignore'):
        return np.array(arr, dtype=cls._dtype, copy=True)


def _constructor_error(cls, args, kwargs):
    name = cls._info.typename
    storage = name.replace('Tensor', 'Storage')
    all_args = list(args) + list(kwargs.values())
    options = [
        ('no arguments', None),
        ('(int ...)', lambda a: [not _is_int(x) for x in a] if a else None),
        ('(%s viewed_tensor)' % name, None),
        ('(torch.Size size)', None),
        ('(%s data)' % storage, None),
        ('(Sequence data)', None),
    ]
    return errors.invalid_arguments('%s constructor' % name, all_args, options)


class _LegacyClassRepr(type):
    """Classes that print as 0.3 printed them (``<class 'torch.FloatTensor'>``) while
    pickling by their real location in this package."""

    def __repr__(cls):
        return "<class '%s'>" % cls._legacy_name


def _make_class(info):
    cls = _LegacyClassRepr(info.short + 'Tensor', (_TensorBase,), {
        '__slots__': (),
        '_info': info,
        '_dtype': info.dtype,
        '_legacy_name': info.typename,
        '__module__': 'legacy_autograd',
        '__doc__': 'The 0.3 %s (numpy dtype %s).' % (info.typename, info.dtype),
    })
    return cls


DoubleTensor = _make_class(dtypes.BY_SHORT['Double'])
FloatTensor = _make_class(dtypes.BY_SHORT['Float'])
HalfTensor = _make_class(dtypes.BY_SHORT['Half'])
ByteTensor = _make_class(dtypes.BY_SHORT['Byte'])
CharTensor = _make_class(dtypes.BY_SHORT['Char'])
ShortTensor = _make_class(dtypes.BY_SHORT['Short'])
IntTensor = _make_class(dtypes.BY_SHORT['Int'])
LongTensor = _make_class(dtypes.BY_SHORT['Long'])

TENSOR_CLASSES = (DoubleTensor, FloatTensor, HalfTensor, ByteTensor, CharTensor,
                  ShortTensor, IntTensor, LongTensor)
TENSOR_CLASS_SET = frozenset(TENSOR_CLASSES)      # for cheap `type(x) in ...` tests
CLASS_BY_DTYPE = {c._dtype: c for c in TENSOR_CLASSES}
CLASS_BY_TYPENAME = {c._info.typename: c for c in TENSOR_CLASSES}
_storage_mod.TENSOR_BY_DTYPE.update(CLASS_BY_DTYPE)    # storages build tensors of these classes

# The default tensor type (``torch.Tensor``), changed by set_default_tensor_type.
_default = {'cls': FloatTensor}


def default_tensor_type():
    return _default['cls']


def resolve_type(t):
    """A tensor class from a class, a type name string or a cuda name."""
    if isinstance(t, type) and issubclass(t, _TensorBase):
        if t.is_sparse is True:                 # a dense tensor's type(): 0.3.1's _type
            raise errors.dense_to_sparse_error()
        return t
    if isinstance(t, str):
        name = t
        if name.startswith('torch.cuda.'):
            _cuda_notice()
            name = 'torch.' + name[len('torch.cuda.'):]
        cls = CLASS_BY_TYPENAME.get(name)
        if cls is not None:
            return cls
        exc = errors.type_name_error(t)         # 0.3.1's lookup of the dotted name
        if exc is not None:
            raise exc
        if name.startswith('torch.sparse.'):
            raise errors.dense_to_sparse_error()
        exc = errors.named_module_error(name)
        if exc is not None:
            raise exc
        raise ValueError('invalid type: %r' % (t,))
    cuda_name = getattr(t, '_legacy_cpu_class', None)
    if cuda_name is not None:
        _cuda_notice()
        return cuda_name
    exc = errors.type_cast_error(t)
    if exc is not None:
        raise exc
    raise ValueError('invalid type: %s' % typename(t))     # a storage class: torch.FloatStorage


#: the numpy types 0.3.1's ``torch.from_numpy`` took (csrc/Module.cpp: double, float, int64,
#: int32, int16, uint8; not int8 or float16, though the package has tensors of both)
_FROM_NUMPY_DTYPES = frozenset(np.dtype(t) for t in (
    np.float64, np.float32, np.int64, np.int32, np.int16, np.uint8))


def _numpy_type_error():
    # 0.3.1's text (csrc/Module.cpp), which leaves out int16 though it took it
    return RuntimeError("can't convert a given np.ndarray to a tensor - it has an invalid "
                        "type. The only supported types are: double, float, int64, int32, "
                        "and uint8.")


def _numpy_layout_error(ndarray):
    """0.3.1's refusal of an array its tensors could not describe (``THPTensor_(fromNumpy)``
    in csrc/generic/Tensor.cpp, for ``torch.from_numpy`` and the ``torch.FloatTensor(array)``
    constructor), or None."""
    if ndarray.size == 0:
        return RuntimeError('the given numpy array has zero-sized dimensions. Zero-sized '
                            'dimensions are not supported in PyTorch')
    if any(s < 0 for s in ndarray.strides):
        return RuntimeError('some of the strides of a given numpy array are negative. This is '
                            'currently not supported, but will be added in future releases.')
    return None


def from_numpy(ndarray):
    """``torch.from_numpy``: a tensor sharing the array's memory, on 0.3.1's terms (its six
    types, no zero-sized dimension, no negative stride)."""
    if not isinstance(ndarray, np.ndarray):
        # 0.3.1 (csrc/Module.cpp THPModule_fromNumpy): THPUtils_assert, a RuntimeError
        raise RuntimeError('from_numpy expects an np.ndarray but got %s' % errors.tp_name(ndarray))
    if ndarray.dtype not in _FROM_NUMPY_DTYPES or ndarray.dtype.byteorder not in '=|':
        raise _numpy_type_error()
    err = _numpy_layout_error(ndarray)
    if err is not None:
        raise err
    return array_to_tensor(ndarray)


def array_to_tensor(ndarray):
    """A tensor sharing a numpy array's memory, for the package and its tools: any dtype the
    package has a tensor type for (int8, float16 too), empty arrays as the empty tensor."""
    cls = CLASS_BY_DTYPE.get(ndarray.dtype.newbyteorder('=') if ndarray.dtype.byteorder not in '=|' else ndarray.dtype)
    if cls is None or ndarray.dtype.byteorder not in '=|':
        raise _numpy_type_error()
    if ndarray.size == 0:
        return cls._wrap(ndarray.reshape(_EMPTY_SHAPE))
    if ndarray.ndim == 0:
        return cls._wrap(ndarray.reshape(1))
    t = cls._wrap(ndarray)
    t._fixed = True
    return t


def is_tensor(obj):
    return isinstance(obj, _TensorBase)


def typename(o):
    """``torch.typename``: a tensor's type name, else module + qualified name, with this
    package's modules shown under their ``torch`` spelling (as 0.3 code saw them)."""
    if isinstance(o, _TensorBase):
        return o.type()
    module = getattr(o, '__module__', None)
    prefix = ''
    if module is not None and module not in ('builtins', '__builtin__'):
        if module == 'legacy_autograd' or module.startswith('legacy_autograd.'):
            module = 'torch' + module[len('legacy_autograd'):]
        prefix = module + '.'
    if isinstance(o, type) or hasattr(o, '__qualname__'):
        name = getattr(o, '__qualname__', None) or o.__name__
    elif hasattr(o, '__name__'):
        name = o.__name__           # a module: its dotted name, ours under the torch spelling
        if name == 'legacy_autograd' or name.startswith('legacy_autograd.'):
            name = 'torch' + name[len('legacy_autograd'):]
    else:
        name = type(o).__name__
    return prefix + name
