"""Reading Lua Torch 7 ``.t7`` files (``torch.save`` of Lua Torch, binary format), as 0.3.1's
``torch.utils.serialization.load_lua`` did, and safely.

The format: every value starts with a 4-byte type id: nil (0), number (1, a double), string
(2, int length + bytes), table (3), torch object (4), boolean (5, an int), function (6, 7, 8).
Tables, objects and functions carry a 4-byte reference index first (a value written twice is
read once and shared).  A table is an int count of key/value pairs.  A torch object is an
optional version string ``"V <n>"``, its class name and the class's payload: for
``torch.<T>Storage`` a long count and the raw elements; for ``torch.<T>Tensor`` an int
dimension count, that many long sizes and long strides, a long 1-based storage offset and the
storage (an object or nil); for ``nn.<Module>`` the table of its fields.  Longs are 8 bytes
(``long_size=4`` reads files of a 32-bit-long machine); byte order little-endian.

What it maps to (as in 0.3.1): numbers to ``int`` when whole (``int_heuristic``), else
``float``; tables with keys exactly 1..n to lists (``list_heuristic``), other tables to
``hashable_uniq_dict`` (a dict hashed and compared by identity, like a Lua table, with
``t.key`` access); storages and tensors to this package's CPU types (``torch.Cuda*`` ones to
the CPU type of the same element type); ``tds.Vec`` / ``tds.Hash`` to list / dict;
``nn.<X>`` to an instance of ``torch.legacy.nn.<X>`` with the file's fields and 0.3.1's
field fixes (0-based dimensions and indices, renamed fields, sizes); an ``nn`` class that
``torch.legacy.nn`` does not have here is a ``TorchObject`` holding the same fixed fields.
Other classes raise ``T7ReaderException`` unless ``unknown_classes=True`` (a ``TorchObject``).

Safety: nothing in a file is ever executed or imported.  Lua functions come back as
``LuaFunction(size, dumped, upvalues)`` with the bytecode as bytes, never run; class names
only select from the fixed table above; every count and size is checked against the bytes
left in the file before anything is allocated, tensors must lie inside their storage, and
nesting is limited (``T7Reader.MAX_DEPTH``), so a hostile or truncated file fails with
``T7ReaderException`` instead of exhausting memory or the stack.
"""
import io
import os
import struct
from collections import namedtuple

import numpy as np

from ... import storage as _storage
from ... import tensor as _tensor
from ...size import Size
from ...legacy import nn as _legacy_nn

__all__ = ['load_lua', 'T7Reader', 'T7ReaderException', 'TorchObject', 'LuaFunction',
           'hashable_uniq_dict', 'reader_registry']

TYPE_NIL = 0
TYPE_NUMBER = 1
TYPE_STRING = 2
TYPE_TABLE = 3
TYPE_TORCH = 4
TYPE_BOOLEAN = 5
TYPE_FUNCTION = 6
TYPE_RECUR_FUNCTION = 8
LEGACY_TYPE_RECUR_FUNCTION = 7

LuaFunction = namedtuple('LuaFunction', ['size', 'dumped', 'upvalues'])


class T7ReaderException(Exception):
    pass


class hashable_uniq_dict(dict):
    """A dict with a Lua table's identity semantics (hash and equality by object), so it can
    be a key of another table; ``t.key`` reads ``t['key']`` (None when absent)."""

    def __hash__(self):
        return id(self)

    def __getattr__(self, key):
        if key.startswith('__'):
            raise AttributeError(key)
        return self.get(key)

    def __eq__(self, other):
        return self is other

    def __ne__(self, other):
        return self is not other


class TorchObject(object):
    """An object of a Lua class this reader has no Python class for: its fields, read by
    attribute or item (None when absent), and ``torch_typename()``."""

    def __init__(self, typename, obj):
        self._typename = typename
        self._obj = obj

    def __getattr__(self, k):
        if k.startswith('__') or k in ('_typename', '_obj'):
            raise AttributeError(k)
        return self._obj.get(k)

    def __getitem__(self, k):
        return self._obj.get(k)

    def torch_typename(self):
        return self._typename

    def __repr__(self):
        return "TorchObject(%s, %s)" % (self._typename, repr(self._obj))

    __str__ = __repr__

    def __dir__(self):
        return list(self._obj.keys()) + ['torch_typename']


# --------------------------------------------------------------------------- torch classes

_ELEMENT = ('Double', 'Float', 'Half', 'Long', 'Int', 'Short', 'Char', 'Byte')


def _cpu_class(typename, kind):
    """``torch.FloatTensor`` / ``torch.CudaTensor`` / ``torch.CudaLongStorage`` -> the CPU
    class of this package with the same element type."""
    name = typename[len('torch.'):]
    if name.startswith('Cuda'):
        name = name[4:]
        if name == kind:
            name = 'Float' + kind
    elem = name[:-len(kind)]
    classes = _tensor.CLASS_BY_TYPENAME if kind == 'Tensor' else \
        {c.__name__: c for c in _storage.STORAGE_CLASSES}
    key = 'torch.' + name if kind == 'Tensor' else name
    if elem not in _ELEMENT or key not in classes:
        return None
    return classes[key]


def _read_storage_factory(cls):
    def read_storage(reader, version):
        n = reader.read_long()
        item = np.dtype(cls._dtype).itemsize
        if n < 0:
            raise T7ReaderException('negative storage size {}'.format(n))
        data = reader.read_bytes(n * item)
        arr = np.frombuffer(data, dtype=np.dtype(cls._dtype).newbyteorder('<')).astype(cls._dtype)
        return cls._wrap(arr.copy())
    return read_storage


def _read_tensor_factory(cls):
    def read_tensor(reader, version):
        ndim = reader.read_int()
        if ndim < 0 or ndim > 64:
            raise T7ReaderException('bad tensor dimension count {}'.format(ndim))
        size = reader.read_long_array(ndim)
        stride = reader.read_long_array(ndim)
        offset = reader.read_long() - 1
        storage = reader.read()
        if storage is None or ndim == 0:
            return cls()
        scls = _storage.STORAGE_BY_DTYPE.get(np.dtype(cls._dtype))
        if not isinstance(storage, _storage._StorageBase) or type(storage) is not scls:
            raise T7ReaderException('a {} needs a {} storage, got {}'.format(
                cls._info.typename, scls.__name__, type(storage).__name__))
        try:
            arr = _storage.view_of_storage(storage, offset, size, stride)
        except RuntimeError as e:
            raise T7ReaderException('tensor does not fit its storage: {}'.format(e))
        return cls._wrap(arr)
    return read_tensor


def _tds_vec(reader, version):
    n = reader.read_count()
    return [reader.read() for _ in range(n)]


def _tds_hash(reader, version):
    n = reader.read_count()
    out = {}
    for _ in range(n):
        k = reader.read()
        out[_key(k)] = reader.read()
    return out


def _key(k):
    try:
        hash(k)
    except TypeError:
        raise T7ReaderException('unhashable table key of type {}'.format(type(k).__name__))
    return k


reader_registry = {}
for _t in _ELEMENT:
    for _prefix in ('', 'Cuda'):
        for _kind, _factory in (('Storage', _read_storage_factory), ('Tensor', _read_tensor_factory)):
            _name = 'torch.' + _prefix + ('' if (_prefix and _t == 'Float') else _t) + _kind
            _cls = _cpu_class(_name, _kind)
            if _cls is not None:
                reader_registry[_name] = _factory(_cls)
reader_registry['tds.Vec'] = _tds_vec
reader_registry['tds.Hash'] = _tds_hash


# --------------------------------------------------------------------------- nn classes
# The field fixes 0.3.1 applied to Lua nn modules (Lua counts from 1; some fields renamed).

def _fix_ensure(f, *attrs):
    for a in attrs:
        if not f.has(a):
            f.set(a, None)


def _fix_none(f, *attrs):
    for a in attrs:
        f.set(a, None)


def _fix_rename(f, mapping):
    for src, dst in mapping.items():
        f.set(dst, f.get(src))
        f.delete(src)


def _fix_decrement(f, *attrs):
    for a in attrs:
        f.set(a, f.get(a) - 1)


def _fix_decrement_positive(f, *attrs):
    for a in attrs:
        v = f.get(a)
        f.set(a, v - 1 if v > 0 else v)


def _fix_size(f, *attrs):
    for a in attrs:
        f.set(a, Size(f.get(a)))


def _fix_type(f, mapping):
    for a, conv in mapping.items():
        f.set(a, getattr(f.get(a), conv)())


def _fix_batchnorm(f, version):
    if version < 2 and f.has('running_std'):
        f.set('running_var', f.get('running_var').pow(-2).add(-f.get('eps')))
        f.delete('running_std')


def _fix_transpose(f, version):
    f.set('permutations', [[s[0] - 1, s[1] - 1] for s in f.get('permutations')])


def _fix_divisive(f, version):
    f.get('stdestimator').modules[-2].dim += 1
    f.get('meanestimator').modules[-1].dim += 1


def _fix_contrastive(f, version):
    raise T7ReaderException("loading of SpatialContrastiveNormalization is disabled for now")


def _fix_gradient_reversal(f, version):
    if version < 2:
        f.set('lambda', 1)


def _fix_volumetric_avg(f, version):
    f.set('padT', 0)
    f.set('padH', 0)
    f.set('padW', 0)
    f.set('ceil_mode', False)
    f.set('count_include_pad', True)


#: per class: the version-dependent fix (run first), then the field fixes in order
NN_CUSTOM = {
    'BatchNormalization': _fix_batchnorm,
    'SpatialBatchNormalization': _fix_batchnorm,
    'VolumetricBatchNormalization': _fix_batchnorm,
    'Transpose': _fix_transpose,
    'SpatialDivisiveNormalization': _fix_divisive,
    'SpatialContrastiveNormalization': _fix_contrastive,
    'GradientReversal': _fix_gradient_reversal,
    'VolumetricAveragePooling': _fix_volumetric_avg,
}

NN_FIXES = {}


def _add(name, fn, *args):
    NN_FIXES.setdefault(name, []).append((fn, args))


_add('Linear', _fix_ensure, 'bias', 'gradWeight', 'gradBias', 'addBuffer')
_add('CAddTable', _fix_ensure, 'inplace')
_add('SpatialFractionalMaxPooling', _fix_ensure, 'outW', 'outH', 'ratioW', 'ratioH')
_add('BatchNormalization', _fix_ensure, 'weight', 'bias', 'gradWeight', 'gradBias',
     'save_mean', 'save_std')
_add('SpatialBatchNormalization', _fix_ensure, 'weight', 'bias', 'gradWeight', 'gradBias',
     'save_mean', 'save_std')
_add('VolumetricBatchNormalization', _fix_ensure, 'weight', 'bias', 'gradWeight', 'gradBias')
_add('LookupTable', _fix_ensure, 'maxNorm', 'normType', '_gradOutput', '_sorted', '_indices')
_add('MixtureTable', _fix_ensure, 'table')
_add('WeightedEuclidean', _fix_ensure, 'fastBackward')
_add('VolumetricMaxPooling', _fix_ensure, 'ceil_mode')
_add('BCECriterion', _fix_ensure, 'buffer')
_add('SpatialClassNLLCriterion', _fix_ensure, 'weights')
_add('ClassNLLCriterion', _fix_ensure, 'weights')
_add('ParallelCriterion', _fix_ensure, 'repeatTarget')
_add('MultiMarginCriterion', _fix_ensure, 'weights')
_add('SpatialConvolution', _fix_ensure, 'bias', 'gradWeight', 'gradBias', '_gradOutput')
_add('SpatialCrossMapLRN', _fix_ensure, 'scale')
_add('Dropout', _fix_ensure, 'inplace')
_add('SpatialConvolution', _fix_none, 'finput', 'fgradInput', '_input')
_add('ReLU', _fix_rename, {'val': 'value'})
_add('Threshold', _fix_rename, {'val': 'value'})
_add('Unsqueeze', _fix_rename, {'pos': 'dim'})
_add('HardShrink', _fix_rename, {'lambda': 'lambd'})
_add('SoftShrink', _fix_rename, {'lambda': 'lambd'})
_add('GradientReversal', _fix_rename, {'lambda': 'lambd'})
_add('SpatialAdaptiveMaxPooling', _fix_rename, {'H': 'h', 'W': 'w'})
_add('Index', _fix_decrement, 'dimension')
_add('SelectTable', _fix_decrement, 'index')
_add('SplitTable', _fix_decrement, 'dimension')
_add('JoinTable', _fix_decrement_positive, 'dimension')
_add('Parallel', _fix_decrement, 'inputDimension', 'outputDimension')
_add('Concat', _fix_decrement, 'dimension')
_add('DepthConcat', _fix_decrement, 'dimension')
_add('Squeeze', _fix_decrement, 'dim')
_add('Unsqueeze', _fix_decrement, 'dim')
_add('Replicate', _fix_decrement, 'dim')
_add('MixtureTable', _fix_decrement, 'dim')
_add('Narrow', _fix_decrement, 'dimension', 'index')
_add('NarrowTable', _fix_decrement, 'offset')
_add('LookupTable', _fix_decrement, 'paddingValue')
_add('SpatialConvolutionMap', _fix_decrement, 'connTable')
_add('SpatialFullConvolutionMap', _fix_decrement, 'connTable')
_add('Select', _fix_decrement, 'dimension', 'index')
_add('Padding', _fix_decrement, 'dim', 'index')
_add('PartialLinear', _fix_decrement, 'partition')
_add('Sum', _fix_decrement_positive, 'dimension')
_add('Max', _fix_decrement_positive, 'dimension')
_add('Min', _fix_decrement_positive, 'dimension')
_add('Mean', _fix_decrement_positive, 'dimension')
_add('View', _fix_size, 'size')
_add('DepthConcat', _fix_size, 'outputSize')
_add('MixtureTable', _fix_size, 'size')
_add('PartialLinear', _fix_type, {'partition': 'long'})


class _Fields(object):
    """get/set/has/delete on an object's attributes or a TorchObject's dict alike."""

    def __init__(self, target):
        self.d = target._obj if isinstance(target, TorchObject) else target.__dict__

    def has(self, a):
        return a in self.d

    def get(self, a):
        try:
            return self.d[a]
        except KeyError:
            raise T7ReaderException('nn module field {!r} missing'.format(a))

    def set(self, a, v):
        self.d[a] = v

    def delete(self, a):
        self.d.pop(a, None)


def _legacy_nn_class(name):
    cls = getattr(_legacy_nn, name, None)
    if not isinstance(cls, type):
        return None
    return cls


def _read_nn(reader, version, name):
    attributes = reader.read()
    if attributes is None:
        attributes = {}
    if isinstance(attributes, list):            # a table with keys 1..n: fields 1..n
        attributes = {i + 1: v for i, v in enumerate(attributes)}
    if not isinstance(attributes, dict):
        raise T7ReaderException('nn.{}: expected a table of fields, got {}'.format(
            name, type(attributes).__name__))
    fields = {}
    for k, v in attributes.items():
        if not isinstance(k, str):
            raise T7ReaderException('nn.{}: field names must be strings, got {!r}'.format(name, k))
        fields[k] = v
    cls = _legacy_nn_class(name)
    if cls is not None:
        obj = cls.__new__(cls)
        obj.__dict__.update(fields)
    else:
        obj = TorchObject('nn.' + name, hashable_uniq_dict(fields))
    f = _Fields(obj)
    try:
        custom = NN_CUSTOM.get(name)
        if custom is not None:
            custom(f, version)
        for fn, args in NN_FIXES.get(name, ()):
            fn(f, *args)
    except T7ReaderException:
        raise
    except (TypeError, AttributeError, IndexError, KeyError, ValueError) as e:
        raise T7ReaderException('nn.{}: unexpected field values ({}: {})'.format(
            name, type(e).__name__, e))
    return obj


# --------------------------------------------------------------------------- the reader

class T7Reader(object):
    """Reads values from a binary ``.t7`` stream (``fileobj`` opened in binary mode).

    ``list_heuristic``: tables with keys 1..n become lists; ``int_heuristic``: whole numbers
    become ints; ``unknown_classes``: objects of unknown classes become ``TorchObject``
    instead of an error; ``long_size``: 8 (default) or 4 bytes per long.
    """

    MAX_DEPTH = 200

    def __init__(self, fileobj, list_heuristic=True, int_heuristic=True,
                 unknown_classes=False, long_size=None):
        self.f = fileobj
        self.memo = {}
        self.list_heuristic = list_heuristic
        self.int_heuristic = int_heuristic
        self.unknown_classes = unknown_classes
        if long_size not in (None, 4, 8):
            raise ValueError('long_size must be None, 4 or 8, got {!r}'.format(long_size))
        self.long_size = long_size or 8
        self._depth = 0
        self._left = self._bytes_left()

    def _bytes_left(self):
        try:
            pos = self.f.tell()
            end = self.f.seek(0, os.SEEK_END)
            self.f.seek(pos)
            return end - pos
        except (AttributeError, OSError, io.UnsupportedOperation):
            return None

    # -- primitives
    def read_bytes(self, n):
        if n < 0:
            raise T7ReaderException('negative length {}'.format(n))
        if self._left is not None and n > self._left:
            raise T7ReaderException('the file is truncated or corrupted: {} byte(s) wanted, '
                                    '{} left'.format(n, self._left))
        data = self.f.read(n)
        if len(data) != n:
            raise T7ReaderException('the file is truncated: {} byte(s) wanted, {} read'.format(
                n, len(data)))
        if self._left is not None:
            self._left -= n
        return data

    def _read(self, fmt):
        fmt = '<' + fmt
        result = struct.unpack(fmt, self.read_bytes(struct.calcsize(fmt)))
        return result[0] if len(result) == 1 else result

    def read_boolean(self):
        return self.read_int() == 1

    def read_int(self):
        return self._read('i')

    def read_long(self):
        return self._read('q' if self.long_size == 8 else 'i')

    def read_long_array(self, n):
        if n < 0:
            raise T7ReaderException('negative count {}'.format(n))
        width = self.long_size
        data = self.read_bytes(n * width)
        return list(struct.unpack('<{}{}'.format(n, 'q' if width == 8 else 'i'), data))

    def read_count(self):
        n = self.read_long()
        # every element takes at least 4 bytes: refuse counts the file cannot hold
        if n < 0 or (self._left is not None and n * 4 > self._left):
            raise T7ReaderException('bad element count {}: the file is corrupted'.format(n))
        return n

    def read_float(self):
        return self._read('f')

    def read_double(self):
        return self._read('d')

    def read_string(self):
        size = self.read_int()
        data = self.read_bytes(size)
        try:
            return data.decode('ascii')
        except UnicodeDecodeError:
            return data         # a Lua string is bytes; non-ASCII ones stay bytes

    def read_number(self):
        x = self.read_double()
        if self.int_heuristic and x.is_integer():
            return int(x)
        return x

    # -- referenced values (tables, objects, functions: shared when written twice)
    def _memoized(self, build):
        index = self.read_int()
        if index in self.memo:
            return self.memo[index]
        result = build(index)
        self.memo[index] = result
        return result

    def read_function(self):
        def build(index):
            size = self.read_int()
            dumped = self.read_bytes(size)       # Lua bytecode: kept as bytes, never run
            upvalues = self.read()
            return LuaFunction(size, dumped, upvalues)
        return self._memoized(build)

    def read_object(self):
        def build(index):
            version_str = self.read_string()
            if isinstance(version_str, str) and version_str.startswith('V '):
                try:
                    version = int(version_str.partition(' ')[2])
                except ValueError:
                    raise T7ReaderException('bad version string {!r}'.format(version_str))
                cls_name = self.read_string()
            else:
                cls_name = version_str
                version = 0
            if not isinstance(cls_name, str):
                raise T7ReaderException('bad class name {!r}'.format(cls_name))
            if cls_name in reader_registry:
                return reader_registry[cls_name](self, version)
            if cls_name.startswith('nn.') and cls_name[3:].isidentifier() \
                    and not cls_name[3:].startswith('_'):
                return _read_nn(self, version, cls_name[3:])
            if self.unknown_classes:
                return TorchObject(cls_name, self.read())
            raise T7ReaderException(
                "don't know how to deserialize Lua class {}. If you want to ignore this error "
                "and load this object as a dict, specify unknown_classes=True in reader's "
                "constructor".format(cls_name))
        return self._memoized(build)

    @staticmethod
    def _can_be_list(table):
        def natural(k):
            if isinstance(k, bool):
                return False
            return (isinstance(k, int) or (isinstance(k, float) and k.is_integer())) and k > 0
        if not all(natural(k) for k in table):
            return False
        n = len(table)
        return n * (n + 1) == 2 * sum(table.keys())

    def read_table(self):
        def build(index):
            size = self.read_int()
            if size < 0 or (self._left is not None and size * 8 > self._left):
                raise T7ReaderException('bad table size {}: the file is corrupted'.format(size))
            table = hashable_uniq_dict()
            self.memo[index] = table                # a table may contain itself
            for _ in range(size):
                k = self.read()
                v = self.read()
                table[_key(k)] = v
            if self.list_heuristic and self._can_be_list(table):
                return [table[i] for i in range(1, len(table) + 1)]
            return table
        return self._memoized(build)

    def read(self):
        """The next value of the stream."""
        typeidx = self.read_int()
        if typeidx == TYPE_NIL:
            return None
        if typeidx == TYPE_NUMBER:
            return self.read_number()
        if typeidx == TYPE_BOOLEAN:
            return self.read_boolean()
        if typeidx == TYPE_STRING:
            return self.read_string()
        if typeidx not in (TYPE_FUNCTION, TYPE_RECUR_FUNCTION, LEGACY_TYPE_RECUR_FUNCTION,
                           TYPE_TORCH, TYPE_TABLE):
            raise T7ReaderException("unknown type id {}. The file may be corrupted.".format(typeidx))
        self._depth += 1
        try:
            if self._depth > self.MAX_DEPTH:
                raise T7ReaderException('values nested more than {} deep: the file is corrupted '
                                        'or hostile'.format(self.MAX_DEPTH))
            if typeidx == TYPE_TORCH:
                return self.read_object()
            if typeidx == TYPE_TABLE:
                return self.read_table()
            return self.read_function()
        finally:
            self._depth -= 1


def load_lua(filename, **kwargs):
    """The value saved in the Lua Torch file ``filename`` (binary format); ``kwargs`` go to
    :class:`T7Reader`."""
    with open(filename, 'rb') as f:
        return T7Reader(f, **kwargs).read()
