"""``torch.sparse``: PyTorch 0.3.1's sparse COO tensors, on numpy.

A sparse tensor holds ``indices`` (a LongTensor ``nDimI x nnz``), ``values`` (a dense tensor
``nnz x <dense dims>``) and its size.  As in 0.3.1 it may be uncoalesced (repeated indices,
whose values add up); ``coalesce()`` sorts the indices and sums the repeats.

What is here: the constructors of 0.3.1 (``()``, ``(size...)``, ``(indices, values)``,
``(indices, values, size)``), ``size``/``dim``/``_nnz``/``_indices``/``_values``/``_dimI``/
``_dimV``, ``coalesce``/``is_coalesced``, ``to_dense``, ``clone``/``new``/``type``/
``zero_``/``resize_as_``, scalar ``mul``/``div``, ``add``/``sub`` of two sparse tensors,
negation, the 0.3.1 ``str()``, and on dense tensors ``add_``/``add``/``_sparse_mask`` with a
sparse operand where optimisers need them (``optim`` module).  The sparse
BLAS-style functions (``torch.mm``/``hspmm``/``smm`` on sparse operands) and CUDA sparse
tensors are not provided.
"""
import numpy as np

from ..size import Size
from .. import tensor as _dense

__all__ = ['DoubleTensor', 'FloatTensor', 'LongTensor', 'IntTensor', 'ShortTensor',
           'CharTensor', 'ByteTensor']


def _unsupported(name):
    def method(self, *args, **kwargs):
        raise NotImplementedError('{} is not supported on sparse tensors'.format(name))
    method.__name__ = name
    return method


class _SparseBase(_dense._TensorBase):
    """Common body of the sparse classes (each names its dense type in ``_dense_cls``)."""
    __slots__ = ('_i', '_v', '_shape', '_coalesced')
    is_cuda = False
    is_sparse = True
    _dense_cls = None

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('{} constructor got an unexpected keyword argument {!r}'.format(
                _typename(type(self)), next(iter(kwargs))))
        self._version = [0]
        dcls = self._dense_cls
        if len(args) in (2, 3) and isinstance(args[0], _dense._TensorBase) \
                and isinstance(args[1], _dense._TensorBase):
            indices, values = args[0], args[1]
            if type(indices) is not _dense.LongTensor:
                raise TypeError('indices must be a torch.LongTensor, not {}'.format(
                    indices.type()))
            if type(values) is not dcls:
                raise TypeError('values must be a {}, not {}'.format(dcls._info.typename,
                                                                      values.type()))
            ia = indices._a
            if ia.size == 0:
                ia = np.zeros((1, 0), dtype=np.int64)
            if ia.ndim == 1:
                ia = ia.reshape(1, -1)
            va = values._a
            if ia.shape[1] != va.shape[0]:
                raise RuntimeError('indices and values must have the same number of elements '
                                   '(got {} and {})'.format(ia.shape[1], va.shape[0]))
            if len(args) == 3:
                size = tuple(int(s) for s in args[2])
                if len(size) != ia.shape[0] + va.ndim - 1:
                    raise RuntimeError('number of dimensions must be nDimI + nDimV')
                if ia.size and (ia.min() < 0 or (ia.max(axis=1) >= np.array(size[:ia.shape[0]])).any()):
                    raise RuntimeError('index out of bounds of the given size')
            else:
                imax = ia.max(axis=1) + 1 if ia.shape[1] else np.zeros(ia.shape[0], np.int64)
                size = tuple(int(s) for s in imax) + va.shape[1:]
            self._set(ia.copy(), va.copy(), size, False)
            return
        if len(args) == 1 and isinstance(args[0], Size):
            size = tuple(args[0])
        elif all(isinstance(a, (int, np.integer)) and not isinstance(a, bool) for a in args):
            size = tuple(int(a) for a in args)
        else:
            raise TypeError('{} constructor received an invalid combination of arguments'.format(
                _typename(type(self))))
        self._set(np.zeros((1 if size else 0, 0), np.int64),
                  np.zeros((0,), dcls._dtype), size, True)

    def _set(self, ia, va, size, coalesced):
        self._i = ia
        self._v = va
        self._shape = tuple(size)
        self._coalesced = coalesced
        return self

    @classmethod
    def _make(cls, ia, va, size, coalesced=False):
        t = object.__new__(cls)
        t._version = [0]
        return t._set(ia, va, size, coalesced)

    # ------------------------------------------------------------------ metadata
    def size(self, dim=None):
        if dim is None:
            return Size(self._shape)
        return self._shape[dim]

    @property
    def shape(self):
        return self.size()

    def dim(self):
        return len(self._shape)

    ndimension = dim
    nDimension = dim

    def _dimI(self):
        return self._i.shape[0]

    def _dimV(self):
        return len(self._shape) - self._i.shape[0]

    def _nnz(self):
        return self._i.shape[1]

    def _indices(self):
        return _dense.LongTensor._wrap(self._i)

    def _values(self):
        return self._dense_cls._wrap(self._v)

    def is_coalesced(self):
        return self._coalesced

    def type(self, new_type=None, async_=False, **kwargs):
        if new_type is None:
            return _typename(type(self))
        cls = _resolve(new_type)
        if cls is type(self):
            return self
        return cls._make(self._i.copy(), self._v.astype(cls._dense_cls._dtype), self._shape,
                         self._coalesced)

    def is_signed(self):
        return self._dense_cls._info.is_signed

    def is_floating_point(self):
        return self._dense_cls._info.is_floating

    # ------------------------------------------------------------------ values
    def _dense_array(self):
        out = np.zeros(self._shape, dtype=self._dense_cls._dtype)
        if self._i.shape[1]:
            np.add.at(out, tuple(self._i), self._v)
        return out

    def to_dense(self):
        return self._dense_cls._wrap(self._dense_array())

    def coalesce(self):
        if self._coalesced:
            return self
        ia, va = self._i, self._v
        if ia.shape[1] == 0:
            return type(self)._make(ia.copy(), va.copy(), self._shape, True)
        dims = self._shape[:ia.shape[0]]
        flat = np.ravel_multi_index(tuple(ia), dims)
        uniq, inverse = np.unique(flat, return_inverse=True)
        vals = np.zeros((len(uniq),) + va.shape[1:], dtype=va.dtype)
        for k in range(len(flat)):          # in index order, as THS sums the repeats
            vals[inverse[k]] += va[k]
        new_i = np.array(np.unravel_index(uniq, dims), dtype=np.int64).reshape(ia.shape[0], -1)
        return type(self)._make(new_i, vals, self._shape, True)

    def clone(self):
        return type(self)._make(self._i.copy(), self._v.copy(), self._shape, self._coalesced)

    def __deepcopy__(self, memo):
        return self.clone()

    def new(self, *args, **kwargs):
        return type(self)(*args, **kwargs)

    def zero_(self):
        self._set(np.zeros((self._i.shape[0], 0), np.int64),
                  np.zeros((0,) + self._v.shape[1:], self._v.dtype), self._shape, True)
        return self

    def resize_as_(self, other):
        self._set(np.zeros((other.dim() and 1, 0), np.int64),
                  np.zeros((0,), self._dense_cls._dtype), tuple(other.size()), True)
        return self

    def contiguous(self):
        return self

    def numel(self):
        return int(np.prod(self._shape)) if self._shape else 0

    nelement = numel

    # ------------------------------------------------------------------ arithmetic
    def mul(self, value):
        if isinstance(value, _dense._TensorBase):
            raise NotImplementedError('mul of a sparse tensor by a tensor is not supported')
        return type(self)._make(self._i.copy(), (self._v * value).astype(self._v.dtype),
                                self._shape, self._coalesced)

    def mul_(self, value):
        self._v = (self._v * value).astype(self._v.dtype)
        return self

    def div(self, value):
        return type(self)._make(self._i.copy(), (self._v / value).astype(self._v.dtype),
                                self._shape, self._coalesced)

    def div_(self, value):
        self._v = (self._v / value).astype(self._v.dtype)
        return self

    def add(self, *args):
        value, other = _value_other(args)
        _check_same(self, other)
        return type(self)._make(np.concatenate([self._i, other._i], axis=1),
                                np.concatenate([self._v, (other._v * value).astype(self._v.dtype)]),
                                self._shape, False)

    def add_(self, *args):
        r = self.add(*args)
        self._set(r._i, r._v, r._shape, False)
        return self

    def sub(self, *args):
        value, other = _value_other(args)
        return self.add(-value, other)

    def sub_(self, *args):
        value, other = _value_other(args)
        return self.add_(-value, other)

    def __add__(self, other):
        return self.add(other)

    def _spcadd(self, dense, value, inplace):
        """A dense tensor's ``add(value, sparse)`` (0.3.1's THTensor spcadd): ``dense`` (or a
        copy of it) plus ``value`` times each stored value, in order; a dense result."""
        out = dense if inplace else dense.clone()
        return add_to_dense_(out, value, self)

    def __sub__(self, other):
        return self.sub(other)

    def __mul__(self, other):
        return self.mul(other)

    __rmul__ = __mul__

    def __truediv__(self, other):
        return self.div(other)

    __div__ = __truediv__

    def __neg__(self):
        return self.mul(-1)

    def __bool__(self):
        raise NotImplementedError

    __nonzero__ = __bool__

    def __iter__(self):
        raise NotImplementedError

    def __len__(self):
        return self._shape[0] if self._shape else 0

    def __reduce__(self):
        raise NotImplementedError('sparse tensors cannot be pickled (as in 0.3.1)')

    def __str__(self):
        return '{} of size {} with indices:\n{}and values:\n{}'.format(
            _typename(type(self)), 'x'.join(str(s) for s in self._shape),
            self._indices(), self._values())

    __repr__ = __str__

    def cpu(self):
        return self

    def __getattr__(self, name):
        if name == '_a':
            raise AttributeError('this operation needs a dense tensor, got a sparse {} '
                                 '(use .to_dense())'.format(_typename(type(self))))
        raise AttributeError("'{}' object has no attribute '{}'".format(
            type(self).__name__, name))


for _name in ('split', 'chunk', 'tolist', 'view_as', 'permute', 'expand', 'expand_as',
              'repeat', 'pin_memory', 'share_memory_', 'is_pinned', 'is_shared', 'view',
              'numpy', '__getitem__', '__setitem__'):
    setattr(_SparseBase, _name, _unsupported(_name))


def _value_other(args):
    if len(args) == 1:
        return 1, args[0]
    if len(args) == 2:
        return args[0], args[1]
    raise TypeError('add() takes a sparse tensor and an optional scale')


def _check_same(a, b):
    if not isinstance(b, _SparseBase):
        raise TypeError('add of a sparse tensor and a dense tensor: use to_dense() first')
    if a._shape != b._shape:
        raise RuntimeError('sizes do not match: {} and {}'.format(a._shape, b._shape))


def _typename(cls):
    return 'torch.sparse.' + cls.__name__


def _resolve(t):
    if isinstance(t, str):
        name = t.rpartition('.')[2]
        if t.startswith('torch.sparse.') and name in _BY_NAME:
            return _BY_NAME[name]
        raise ValueError('invalid type: {!r}'.format(t))
    if isinstance(t, type) and issubclass(t, _SparseBase):
        return t
    if isinstance(t, type) and t in _dense.TENSOR_CLASS_SET and t.__name__ in _BY_NAME:
        return _BY_NAME[t.__name__]        # .double(), .float(), ... keep a tensor sparse
    raise ValueError('invalid type: {!r}'.format(t))


def _make_class(dense):
    name = dense.__name__
    return type(name, (_SparseBase,), {'__slots__': (), '_dense_cls': dense,
                                        '__module__': __name__,
                                        '__doc__': 'Sparse COO {} (0.3.1).'.format(name)})


DoubleTensor = _make_class(_dense.DoubleTensor)
FloatTensor = _make_class(_dense.FloatTensor)
LongTensor = _make_class(_dense.LongTensor)
IntTensor = _make_class(_dense.IntTensor)
ShortTensor = _make_class(_dense.ShortTensor)
CharTensor = _make_class(_dense.CharTensor)
ByteTensor = _make_class(_dense.ByteTensor)

#: 0.3.1's private set of the sparse classes (old code tests ``type(t) in ...``)
_sparse_tensor_classes = {DoubleTensor, FloatTensor, LongTensor, IntTensor, ShortTensor,
                          CharTensor, ByteTensor}

_BY_NAME = {c.__name__: c for c in (DoubleTensor, FloatTensor, LongTensor, IntTensor,
                                    ShortTensor, CharTensor, ByteTensor)}
for _c in _BY_NAME.values():
    _c.__qualname__ = _c.__name__


def is_sparse(t):
    return isinstance(t, _SparseBase)


def add_to_dense_(dense, value, sparse):
    """``dense.add_(value, sparse)``: each stored value added in order (repeats too), as THS."""
    if tuple(dense.size()) != sparse._shape:
        raise RuntimeError('sizes do not match: {} and {}'.format(tuple(dense.size()),
                                                                  sparse._shape))
    a = dense._a
    if sparse._i.shape[1]:
        np.add.at(a, tuple(sparse._i), (sparse._v * value).astype(a.dtype))
    return dense


def sparse_mask(dense, sparse):
    """``dense._sparse_mask(sparse)``: dense's values at sparse's (coalesced) indices."""
    vals = dense._a[tuple(sparse._i)].copy() if sparse._i.shape[1] else \
        np.zeros((0,) + dense._a.shape[sparse._i.shape[0]:], dense._a.dtype)
    return _BY_NAME[type(dense).__name__]._make(sparse._i.copy(), vals, sparse._shape,
                                                 sparse._coalesced)
