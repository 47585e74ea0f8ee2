"""The sparse COO tensor classes of ``torch.sparse`` (0.3.1's ``THSTensor``), on numpy.

A sparse tensor holds ``indices`` (a LongTensor ``nDimI x nnz``), ``values`` (a dense tensor
``nnz x <dense dims>``), its size and its number of sparse dimensions.  As in 0.3.1:

* the constructor ``(indices, values[, size])`` does not copy: the tensor shares the given
  index and value tensors (writing into ``values`` changes it), and ``_indices()`` /
  ``_values()`` share the tensor's own;
* it may be uncoalesced (repeated indices, whose values add up): ``coalesce()`` sorts the
  indices by position and sums the repeats; a new tensor, even an empty one, is not marked
  coalesced until ``coalesce()`` runs (which marks a tensor of fewer than 2 entries and
  returns it);
* the sum of two sparse tensors is TH's merge of their index lists (equal current entries
  share one result entry; the result is coalesced only when both operands were), the
  product keeps the indices both hold.

The algorithms are in ``_kernels.py``; the ``torch.*`` functions taking sparse operands in
``_stateless.py``.  CUDA sparse tensors are not provided.
"""
import numpy as np

from ..size import Size
from .. import errors
from .. import tensor as _dense
from ..ops.arithmetic import _int_div
from . import _kernels as K


def _unsupported(name):
    def method(self, *args, **kwargs):
        raise NotImplementedError('{} is not supported on sparse tensors'.format(name))
    method.__name__ = name
    return method


def _invalid_constructor(cls, args):
    name = _typename(cls)
    dense = cls._dense_cls._info.typename

    def arity(n, kinds):
        def check(a):
            if len(a) != n:
                return None
            return [not k(x) for k, x in zip(kinds, a)]
        return check
    is_long = lambda x: type(x) is _dense.LongTensor           # noqa: E731
    is_values = lambda x: type(x) is cls._dense_cls            # noqa: E731
    is_size = lambda x: isinstance(x, Size)                     # noqa: E731
    options = [
        ('no arguments', None),
        ('(int size)', arity(1, (_is_int,))),
        ('(torch.Size sizes)', arity(1, (is_size,))),
        ('(torch.LongTensor indices, %s values)' % dense, arity(2, (is_long, is_values))),
        ('(torch.LongTensor indices, %s values, torch.Size sizes)' % dense,
         arity(3, (is_long, is_values, is_size))),
        ('(int ...)', lambda a: [not _is_int(x) for x in a] if a else None),
    ]
    return errors.invalid_arguments('%s constructor' % name, list(args), options)


def _is_int(x):
    return isinstance(x, (int, np.integer)) and not isinstance(x, bool)


class _DenseOnly(object):
    """The dense classes' ``_info`` (their TypeInfo) read on a sparse tensor: a dense method it
    inherits (``s.mean()``, ``torch.mean(s)``, ``2 ** s``) refuses it with the same message as
    its ``_a``, instead of failing inside on ``None``; the class itself still reads None."""

    def __get__(self, obj, cls=None):
        if obj is None:
            return None
        raise AttributeError('_info')      # __getattr__ below gives the message


class _SparseBase(_dense._TensorBase):
    """Common body of the sparse classes (each names its dense type in ``_dense_cls``).

    ``_i``: int64 indices ``(nDimI, nnz)``; ``_v``: values ``(nnz, <dense dims>)`` (both may
    be the arrays of the tensors the constructor was given: shared, as in 0.3.1);
    ``_shape``: the size; ``_ndi``: nDimI; ``_coalesced``: 0.3.1's flag."""
    __slots__ = ('_i', '_v', '_shape', '_ndi', '_coalesced')
    is_cuda = False
    _info = _DenseOnly()
    is_sparse = True
    _dense_cls = None

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise RuntimeError("{} constructor doesn't accept any keyword arguments".format(
                self._dense_cls._info.typename))
        self._version = [0]
        dcls = self._dense_cls
        if len(args) >= 2 and type(args[0]) is _dense.LongTensor:
            if type(args[1]) is not dcls or (len(args) > 2 and not isinstance(args[2], Size)):
                raise _invalid_constructor(type(self), args)
            self._from_tensors(args[0], args[1], tuple(args[2]) if len(args) > 2 else None)
            return
        if len(args) == 1 and isinstance(args[0], Size):
            size = tuple(args[0])
        elif all(_is_int(a) for a in args):
            size = tuple(int(a) for a in args)
        else:
            raise _invalid_constructor(type(self), args)
        self._set(np.zeros((len(size), 0), np.int64), np.zeros((0,), dcls._dtype), size,
                  len(size), False)

    def _from_tensors(self, indices, values, size):
        """THSTensor newWithTensorAndSize: the tensor shares ``indices`` and ``values``."""
        ia, va = indices._a, values._a
        if indices.dim() == 0:
            raise RuntimeError('invalid argument 2: dimension 1 out of range of 0D tensor')
        n_i = ia.shape[0]
        if values.dim() == 0:       # 0.3.1: empty values need empty (dimensionless) indices
            raise RuntimeError('invalid argument 2: if values is empty, indices must be empty too')
        if size is None:
            if ia.ndim != 2:
                raise RuntimeError('invalid argument 2: dimension 2 out of range')
            size = tuple(int(s) for s in ia.max(axis=1) + 1) + va.shape[1:]
        elif len(size) != n_i + va.ndim - 1:
            raise RuntimeError('invalid argument 2: number of dimensions must be nDimI + nDimV')
        if ia.ndim != 2:
            raise RuntimeError('invalid argument 1: indices must be nDim x nnz')
        if ia.shape[1] != va.shape[0]:
            raise RuntimeError('invalid argument 1: indices and values must have same nnz')
        if ia.size and (ia.min() < 0 or (ia.max(axis=1) >= np.array(size[:n_i])).any()):
            # (0.3.1 did not check: it wrote past the tensor's memory)
            raise RuntimeError('index out of bounds of the given size: indices must be in '
                               '[0, size) in each sparse dimension')
        self._set(ia, va, size, n_i, False)

    def _set(self, ia, va, size, ndi, coalesced):
        self._i = ia
        self._v = va
        self._shape = tuple(size)
        self._ndi = ndi
        self._coalesced = coalesced
        return self

    @classmethod
    def _make(cls, ia, va, size, coalesced=False, ndi=None):
        t = object.__new__(cls)
        t._version = [0]
        return t._set(ia, va, size, ia.shape[0] if ndi is None else ndi, coalesced)

    def _like(self, ia, va, coalesced, size=None):
        return type(self)._make(ia, va, self._shape if size is None else size, coalesced,
                                self._ndi)

    # ------------------------------------------------------------------ metadata
    def size(self, *args, **kwargs):
        if not args and not kwargs:
            return Size(self._shape)
        dim = args[0] if len(args) == 1 and not kwargs else (
            kwargs.get('dim') if len(kwargs) == 1 and not args else None)
        if not _is_int(dim):
            raise errors.invalid_arguments('size', list(args) + list(kwargs.values()), [
                ('(int dim)', lambda a: [not _is_int(x) for x in a] if len(a) == 1 else None),
                ('no arguments', None)])
        n = len(self._shape)
        d = dim + n if dim < 0 else dim         # THSPTensor size: wrapped once, then checked
        if not 0 <= d < n:
            raise RuntimeError('invalid argument 1: dimension %d out of range of %dD tensor'
                               % (d + 1, n))
        return self._shape[d]

    @property
    def shape(self):
        return self.size()

    def dim(self):
        return len(self._shape)

    ndimension = dim
    nDimension = dim

    def _dimI(self):
        return self._ndi

    def _dimV(self):
        return len(self._shape) - self._ndi

    def _nnz(self):
        return self._i.shape[1]

    def _indices(self):
        return _dense.LongTensor._wrap(self._i)

    def _values(self):
        return self._dense_cls._wrap(self._v)

    def is_coalesced(self):
        return bool(self._coalesced)

    def type(self, new_type=None, async_=False, **kwargs):
        if new_type is None:
            return _typename(type(self))
        cls = _resolve(new_type)
        if cls is type(self):
            return self
        return cls._make(self._i.copy(), self._v.astype(cls._dense_cls._dtype), self._shape,
                         self._coalesced, self._ndi)

    def is_signed(self):
        return self._dense_cls._info.is_signed

    def is_floating_point(self):
        return self._dense_cls._info.is_floating

    def get_device(self):
        raise AttributeError("'{}' object has no attribute 'get_device'".format(
            _typename(type(self))))

    # ------------------------------------------------------------------ values
    def to_dense(self):
        return self._dense_cls._wrap(K.to_dense(self._i, self._v, self._shape,
                                                self._dense_cls._dtype))

    def coalesce(self):
        """THSTensor newCoalesce: this tensor itself when it is coalesced or holds fewer
        than 2 entries (it is then marked coalesced), else a new coalesced tensor."""
        if self._i.shape[1] < 2:
            self._coalesced = True
        if self._coalesced:
            return self
        ia, va = K.coalesce(self._i, self._v, self._shape)
        return self._like(ia, va, True)

    def clone(self):
        return self._like(self._i.copy(), self._v.copy(), self._coalesced)

    def __deepcopy__(self, memo):
        return self.clone()

    def new(self, *args, **kwargs):
        return type(self)(*args, **kwargs)

    def zero_(self):
        self._set(np.zeros((self._ndi, 0), np.int64),
                  np.zeros((0,) + self._v.shape[1:], self._v.dtype), self._shape, self._ndi,
                  self._coalesced)
        return self

    def resize_as_(self, other):
        if not isinstance(other, _SparseBase):
            raise TypeError('resize_as_(): argument the_template must be a sparse tensor, '
                            'not {}'.format(errors.legacy_typename(other)))
        if (self._ndi, self._shape) != (other._ndi, other._shape):
            self._shape, self._ndi = other._shape, other._ndi
        return self

    def contiguous(self):
        return self

    def numel(self):
        return int(np.prod(self._shape)) if self._shape else 0

    nelement = numel

    # ------------------------------------------------------------------ transpose
    def transpose_(self, dim0, dim1):
        n = self._ndi
        if not (dim0 < n and dim1 < n):
            raise RuntimeError('invalid argument 0: Transposed dimensions should be sparse. '
                               'Got nDimI: %d, d1: %d, d2: %d' % (n, dim0, dim1))
        if self._i.shape[1]:
            self._i[[dim0, dim1]] = self._i[[dim1, dim0]]
        shape = list(self._shape)
        shape[dim0], shape[dim1] = shape[dim1], shape[dim0]
        self._shape = tuple(shape)
        self._coalesced = False
        return self

    def transpose(self, dim0, dim1):
        return self.clone().transpose_(dim0, dim1)

    def _check_2d(self, name):
        if self._ndi != 2 or self._dimV() != 0:
            raise RuntimeError('%s expects a 2D sparse tensor, but self is %dD indices and '
                               '%dD values' % (name, self._ndi, self._dimV()))

    def t(self):
        self._check_2d('t()')
        return self.transpose(0, 1)

    def t_(self):
        self._check_2d('t_()')
        return self.transpose_(0, 1)

    # ------------------------------------------------------------------ arithmetic
    def _scalar(self, value, name):
        if isinstance(value, _dense._TensorBase) or not isinstance(value, (int, float, np.number)):
            raise TypeError('%s(): argument value must be a number, not %s'
                            % (name, errors.legacy_typename(value)))
        return self._v.dtype.type(value)

    def mul(self, value):
        if isinstance(value, _SparseBase):
            return _cmul(self, value, None)
        v = self._scalar(value, 'mul')
        return self._like(self._i.copy(), (self._v * v).astype(self._v.dtype), self._coalesced)

    def mul_(self, value):
        if isinstance(value, _SparseBase):
            return _cmul(self, value, self)
        v = self._scalar(value, 'mul_')
        np.multiply(self._v, v, out=self._v, casting='unsafe')
        return self

    def div(self, value):
        v = self._scalar(value, 'div')
        return self._like(self._i.copy(), _divide(self._v, v), self._coalesced)

    def div_(self, value):
        v = self._scalar(value, 'div_')
        self._v[...] = _divide(self._v, v)
        return self

    def pow(self, value):
        if not self._dense_cls._info.has_float_math:
            raise AttributeError("'{}' object has no attribute 'pow'".format(
                _typename(type(self))))
        v = self._scalar(value, 'pow')
        if v == 0:
            raise RuntimeError('cannot raise to zeroth power on sparse tensor')
        c = self.coalesce()
        return self._like(c._i.copy(), np.power(c._v, v).astype(self._v.dtype), c._coalesced)

    def add(self, *args):
        value, other = _value_other(args, 'add')
        return _cadd(self, value, other, None)

    def add_(self, *args):
        value, other = _value_other(args, 'add_')
        return _cadd(self, value, other, self)

    def sub(self, *args):
        value, other = _value_other(args, 'sub')
        return _cadd(self, -value, other, None)

    def sub_(self, *args):
        value, other = _value_other(args, 'sub_')
        return _cadd(self, -value, other, self)

    def spadd(self, *args):
        raise TypeError('spadd(): the first argument must be a dense tensor (0.3.1: '
                        'torch.spadd(dense, [value,] sparse))')

    def __add__(self, other):
        return self.add(other)

    def _spcadd(self, dense, value, inplace):
        """A dense tensor's ``add(value, sparse)`` (0.3.1's THTensor spcadd): ``dense`` (or a
        copy of it) plus ``value`` times this tensor's coalesced values; a dense result."""
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

    def __pow__(self, other):
        return self.pow(other)


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
        # 0.3.1 named the class alone here ("DoubleTensor of size 2x3 with indices:")
        return '{} of size {} with indices:\n{}and values:\n{}'.format(
            type(self).__name__, 'x'.join(str(s) for s in self._shape),
            self._indices(), self._values())

    __repr__ = __str__

    def cpu(self):
        return self

    def _legacy_arg_typename(self):
        """How ``errors.legacy_typename`` / ``errors.tp_name`` name it (cwrap's lists)."""
        return _typename(type(self))

    _legacy_tp_name = _legacy_arg_typename

    def __getattr__(self, name):
        if name == '_a' or name == '_info':
            raise AttributeError('this operation needs a dense tensor, got a sparse {} '
                                 '(use .to_dense())'.format(_typename(type(self))))
        raise AttributeError("'{}' object has no attribute '{}'".format(   # 0.3.1's tp_name
            _typename(type(self)), name))


def _divide(v, value):
    if v.dtype.kind in 'iub':
        return _int_div(v, value)           # the dense tensors' TH division (toward zero)
    with np.errstate(divide='ignore', invalid='ignore'):
        return (v / value).astype(v.dtype)


def _check_same_size(a, b, name):
    if not isinstance(b, _SparseBase):
        raise TypeError('{}(): the other operand must be a sparse tensor (got {}); a dense '
                        'tensor plus a sparse one is dense.add(sparse)'.format(
                            name, errors.legacy_typename(b)))
    if type(b) is not type(a):
        raise TypeError('{}(): expected {} but got {}'.format(name, _typename(type(a)),
                                                              _typename(type(b))))
    if (a._ndi, a._shape) != (b._ndi, b._shape):
        raise RuntimeError('%s operands have incompatible sizes or dimension types'
                           % ('cmul' if name.startswith('mul') else 'cadd'))


def _cadd(t, value, src, out):
    """THSTensor cadd: ``t + value * src`` (into ``out`` when given: the in-place forms)."""
    _check_same_size(t, src, 'add')
    value = t._v.dtype.type(value)
    if src._i.shape[1] == 0:
        ia, va, coalesced = t._i.copy(), t._v.copy(), t._coalesced
    elif t._i.shape[1] == 0:
        ia, va, coalesced = src._i.copy(), (src._v * value).astype(t._v.dtype), src._coalesced
    else:
        ia, va = K.cadd(t._i, t._v, value, src._i, src._v)
        coalesced = t._coalesced and src._coalesced
    if out is None:
        return t._like(ia, va, coalesced, src._shape)
    out._set(ia, va, src._shape, src._ndi, coalesced)
    return out


def _cmul(t, src, out):
    """THSTensor cmul: the product at the indices both tensors hold (a coalesced result)."""
    _check_same_size(t, src, 'mul')
    if t._i.shape[1] == 0 or src._i.shape[1] == 0:
        res = t if out is not None else t.clone()
        return res.zero_()
    a, b = t.coalesce(), src.coalesce()
    ia, va = K.cmul(a._i, a._v, b._i, b._v, t._shape)
    if out is None:
        return t._like(ia, va, True)
    out._set(ia, va, t._shape, t._ndi, True)
    return out


def _value_other(args, name):
    if len(args) == 1:
        return 1, args[0]
    if len(args) == 2 and isinstance(args[0], (int, float, np.number)):
        return args[0], args[1]
    raise TypeError('{}() takes a sparse tensor and an optional scale: ([value,] other)'
                    .format(name))


def _not_implemented(name):
    def method(self, *args):
        raise NotImplementedError
    method.__name__ = name
    return method


# 0.3.1's torch.sparse raised a bare NotImplementedError for these (comparisons included, so
# sparse tensors are unhashable there as here)
for _name in ('__neg__', '__rsub__', '__matmul__', '__rdiv__', '__rtruediv__', '__idiv__',
              '__itruediv__', '__mod__', '__eq__', '__ne__', '__lt__', '__le__', '__gt__',
              '__ge__', '__and__', '__or__', '__xor__', '__iand__', '__ior__', '__ixor__',
              '__getstate__', '__setstate__'):
    setattr(_SparseBase, _name, _not_implemented(_name))
_SparseBase.__hash__ = None

for _name in ('split', 'chunk', 'tolist', 'view_as', 'permute', 'expand', 'expand_as',
              'repeat', 'pin_memory', 'share_memory_', 'is_pinned', 'is_shared', 'view',
              'numpy', '__getitem__', '__setitem__'):
    setattr(_SparseBase, _name, _unsupported(_name))


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
                                        '__module__': 'legacy_autograd.sparse',
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
    """``dense.add_(value, sparse)`` (THTensor spcadd): ``value`` times the coalesced values
    added at their indices; returns ``dense``."""
    if tuple(dense.size()) != sparse._shape:
        raise RuntimeError('sizes do not match: {} and {}'.format(tuple(dense.size()),
                                                                  sparse._shape))
    c = sparse.coalesce()
    K.spcadd(dense._a, value, c._i, c._v)
    return dense


def sparse_mask(dense, mask):
    """``dense._sparse_mask(mask)`` (THTensor sparseMask): a sparse tensor with ``mask``'s
    indices (copied) and ``dense``'s entries there."""
    if not isinstance(mask, _SparseBase):
        raise TypeError('_sparse_mask(): argument mask must be a sparse tensor, not {}'.format(
            errors.legacy_typename(mask)))
    if not mask._coalesced:
        raise RuntimeError('invalid argument 2: mask is uncoalesced')
    if tuple(dense.size()) != mask._shape:
        raise RuntimeError('_sparse_mask(): the mask has size {} but the tensor {}'.format(
            list(mask._shape), list(dense.size())))
    cls = _BY_NAME[type(dense).__name__]
    vals = K.sparse_mask(dense._a, mask._i, tuple(mask._shape[mask._ndi:]))
    # an empty mask leaves TH's fresh result as it was made: not marked coalesced
    return cls._make(mask._i.copy(), vals, mask._shape, bool(mask._i.shape[1]), mask._ndi)
