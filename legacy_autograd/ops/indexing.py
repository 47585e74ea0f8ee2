"""Indexing: ``x[key]`` / ``x[key] = value``, gather/scatter, the index_* and masked_* families,
take/put_, nonzero and copy_.

0.3 rules (spec section 6):

* tensors: ``t[i]`` on a 1-D tensor (or an integer per dim of an n-D tensor) is a Python number;
  integers, slices (with steps), ``None`` and ``...`` give views sharing memory and the version
  counter; a LongTensor (or a list of ints) selects along dim 0 (a copy); a ByteTensor mask is
  ``masked_select`` (1-D copy);
* Variables: the result is always a Variable (``v[i]`` of a 1-D Variable has size 1).  In 0.3,
  Variable indexing went through the Python Functions ``Index``, ``IndexSelect`` (LongTensor key),
  ``MaskedSelect`` (ByteTensor key) and ``SetItem`` / ``MaskedFill`` / ``MaskedScatter``
  (assignment), whose nodes print as ``torch.autograd.function.<Name>Backward``; the methods
  (``v.index_select``, ``v.masked_fill_`` ...) were ATen ops with bare node names.

Index arguments (LongTensor / ByteTensor, or Variables holding them) are never differentiable: they
travel in ``params`` as numpy arrays, so dispatch's type checks only compare the data tensors.
"""
import numbers

import numpy as np

from .registry import register
from .dispatch import call, call_inplace, is_var
from .surface import both, method
from .schema import Call, Const, X, Y
from ._common import wrap_dim, tensor_of, array_of, scalar_for, expand_check
from . import _args
from .. import backend_numpy as NB
from ..tensor import _TensorBase, LongTensor, ByteTensor
from ..autograd.variable import Variable
from .. import errors
from .. import _fastpaths

_INT_KEY = True        # the t[i] / t[i] = number shortcuts (off in reference mode)
_fastpaths.flag(globals(), '_INT_KEY')

_INDEX_TYPE_MSG = ('indexing a tensor with an object of type %s. The only supported types are integers, '
                   'slices, numpy scalars and torch.LongTensor or torch.ByteTensor as the only argument.')


def _prod(shape):
    n = 1
    for s in shape:
        n *= s
    return n


def _unwrap(x):
    return x._data if isinstance(x, Variable) else x


def _found_name(x):
    if isinstance(x, Variable):
        return 'Variable[%s]' % x._data.type()
    return errors.legacy_typename(x)


def _arg_type_error(opname, self, args, sig, pos, expected, argno, argname):
    """The legacy error for a non-differentiable tensor argument of the wrong type."""
    if is_var(self):
        return RuntimeError("Expected object of type Variable[%s] but found type %s for argument #%d '%s'"
                            % (expected, _found_name(args[pos]), argno, argname))
    return errors.invalid_arguments(opname, args, [(sig, lambda a: [i == pos for i in range(len(a))])])


def _index_arg(self, index, opname, args, sig, pos, argno=2):
    t = _unwrap(index)
    if not isinstance(t, LongTensor):
        raise _arg_type_error(opname, self, args, sig, pos, 'torch.LongTensor', argno, 'index')
    return t._a


def _mask_arg(self, mask, opname, args, sig, pos, argno=1):
    t = _unwrap(mask)
    if not isinstance(t, ByteTensor):
        raise _arg_type_error(opname, self, args, sig, pos, 'torch.ByteTensor', argno, 'mask')
    return t._a.astype(bool)


def _expand_to(m, shape):
    """Broadcast ``m`` to ``shape`` (in-place ops: the target never grows), with the 0.3 error."""
    ms = m.shape
    if ms == tuple(shape):
        return m
    expand_check(ms, tuple(shape))
    return np.broadcast_to(m, shape)


def _mask_to(m, shape):
    """A mask expanded to ``shape``; one that does not broadcast but has as many elements is
    reshaped, with 0.3's fallback warning."""
    try:
        return _expand_to(m, shape)
    except RuntimeError:
        if m.size == _prod(tuple(shape)) and m.size:
            from ._common import warn_fallback
            warn_fallback(stacklevel=5)
            return m.reshape(shape)
        raise


def _broadcast_pair(sa, sb):
    from ._common import broadcast_shapes
    return broadcast_shapes(tuple(sa), tuple(sb))


def _fit(value, shape, opname='copy'):
    """``value`` (array) made assignable to a region of ``shape``: broadcast, or same-numel reshape."""
    vs = value.shape
    shape = tuple(shape)
    if vs == shape:
        return value
    if shape == ():
        if value.size == 1:
            return value.reshape(())
    else:
        try:
            if np.broadcast_shapes(vs, shape) == shape:
                return value
        except ValueError:
            pass
        if value.size == _prod(shape):
            return value.reshape(shape)
    _size_mismatch(shape, value)


def _size_mismatch(shape, value):
    """TH's copy of ``value`` into a region of ``shape`` with another element count."""
    raise errors.apply2_size_error('tensor', shape or (1,), 'src', value.shape)


# ======================================================================================= key parsing
class _Key(object):
    """A parsed index: ``kind`` is 'mask' (ByteTensor alone), 'long' (LongTensor/list alone) or
    'basic'/'adv' (a numpy key tuple, with or without advanced index arrays)."""
    __slots__ = ('kind', 'key', 'all_int', 'array')

    def __init__(self, kind, key=None, all_int=False, array=None):
        self.kind = kind
        self.key = key
        self.all_int = all_int
        self.array = array


def _long_from_list(key):
    try:
        arr = np.asarray(key)
    except Exception:
        arr = None
    if arr is None or arr.dtype == object or (arr.size and arr.dtype.kind not in 'iub'):
        raise TypeError(_INDEX_TYPE_MSG % 'list')
    # 0.3.1 made a LongTensor of the list (THPIndexTensor's constructor): bools are the
    # numbers 0 and 1, not a mask
    return arr.astype(np.int64)


def _check_int_array(arr, dim, size):
    if arr.size:
        bad = (arr < -size) | (arr >= size)
        if bad.any():
            raise errors.index_out_of_range(int(arr[bad].reshape(-1)[0]), dim, size)
        if (arr < 0).any():
            arr = np.where(arr < 0, arr + size, arr)
    return arr


def _element(x, for_variable):
    """One element of a key tuple -> int, slice, None, Ellipsis or a numpy index array."""
    if x is None or x is Ellipsis:
        return x
    if isinstance(x, (bool, np.bool_)):
        return int(x)
    if isinstance(x, (int, np.integer)):
        return int(x)
    if isinstance(x, slice):
        parts = []
        for b in (x.start, x.stop, x.step):
            if b is None:
                parts.append(None)
                continue
            if isinstance(b, (Variable, _TensorBase)) or not isinstance(b, (numbers.Integral, np.integer)):
                try:
                    b = b.__index__()
                except Exception:
                    raise TypeError('slice indices must be integers or None or have an __index__ method')
            parts.append(int(b))
        if parts[2] is not None and parts[2] <= 0:
            raise ValueError('slice step has to be greater than 0')
        return slice(*parts)
    if isinstance(x, Variable):
        if not for_variable:
            raise TypeError(_INDEX_TYPE_MSG % 'Variable')
        x = x._data
    if isinstance(x, LongTensor):
        return x._a
    if isinstance(x, ByteTensor):
        return x._a.astype(bool)
    if isinstance(x, _TensorBase):
        raise TypeError(_INDEX_TYPE_MSG % x.type())
    if isinstance(x, np.ndarray):
        if x.dtype.kind == 'b':
            return x
        if x.dtype.kind in 'iu':
            return x.astype(np.int64, copy=False)
        raise TypeError(_INDEX_TYPE_MSG % 'numpy.ndarray')
    if isinstance(x, (list, tuple)):       # 0.3: a sequence inside the key indexes like a list
        return _long_from_list(list(x))
    raise TypeError(_INDEX_TYPE_MSG % errors.legacy_typename(x))


def _is_sequence_indexer(x):
    if isinstance(x, Variable):
        x = x._data
    return (isinstance(x, (LongTensor, list, tuple)) or
            (isinstance(x, np.ndarray) and x.dtype.kind in 'iu'))


def _check_advanced_combination(key):
    """0.3.1's advanced indexing took index sequences (LongTensors, lists) combined only with
    ``:`` and ``...``, the sequences adjacent; with an integer or a bounded slice beside them,
    the sequence is an unsupported index type (a TypeError)."""
    pos = [i for i, x in enumerate(key) if _is_sequence_indexer(x)]
    if not pos:
        return
    others = all(x is Ellipsis or (isinstance(x, slice) and x == slice(None))
                 for i, x in enumerate(key) if i not in pos)
    if others and pos == list(range(pos[0], pos[-1] + 1)):
        return
    first = key[pos[0]]
    if isinstance(first, Variable):
        first = first._data
    raise TypeError(_INDEX_TYPE_MSG % errors.legacy_typename(first))


def parse_key(key, a, for_variable):
    """Parse a 0.3 index ``key`` for an array ``a``; range-checks integers (IndexError)."""
    if isinstance(key, Variable):
        if not for_variable:
            raise TypeError(_INDEX_TYPE_MSG % 'Variable')
        key = key._data
    if isinstance(key, ByteTensor) or (isinstance(key, np.ndarray) and key.dtype.kind == 'b'):
        m = key._a if isinstance(key, ByteTensor) else key
        return _Key('mask', array=m.astype(bool, copy=False))
    if isinstance(key, list) and any(isinstance(k, (slice, type(None), type(Ellipsis), _TensorBase,
                                                     Variable, np.ndarray, list, tuple))
                                     for k in key):
        key = tuple(key)           # old-style sequence of index objects
    if isinstance(key, (LongTensor, list)) or (isinstance(key, np.ndarray) and key.dtype.kind in 'iu'):
        if isinstance(key, LongTensor):
            arr = key._a
        elif isinstance(key, np.ndarray):
            arr = key.astype(np.int64, copy=False)
        else:
            arr = _long_from_list(key)
        if a.size == 0 and arr.size:
            raise errors.index_out_of_range(int(arr.reshape(-1)[0]), 0, 0)
        if a.size:
            arr = _check_int_array(arr, 0, a.shape[0])
        return _Key('long', array=arr)
    if not isinstance(key, tuple):
        key = (key,)
    # 0.3 counted the indices before looking at their types: too many is an IndexError
    count = sum(1 for x in key if x is not None and x is not Ellipsis)
    if a.size and count > a.ndim:
        raise IndexError('trying to index %d dimensions of a %d dimensional tensor'
                         % (count, a.ndim))
    _check_advanced_combination(key)
    elems = [_element(x, for_variable) for x in key]
    # how many dims each element consumes
    consumed = 0
    n_ellipsis = 0
    for e in elems:
        if e is Ellipsis:
            n_ellipsis += 1
        elif e is None:
            continue
        elif isinstance(e, np.ndarray) and e.dtype.kind == 'b':
            consumed += max(e.ndim, 1)
        else:
            consumed += 1
    if n_ellipsis > 1:
        raise IndexError('an index can only have a single ellipsis (\'...\')')
    ndim = a.ndim
    nd_legacy = ndim if a.size else 0
    if consumed > ndim or (a.size == 0 and any(isinstance(e, int) for e in elems)):
        if a.size == 0 and consumed <= ndim:
            first = [e for e in elems if isinstance(e, int)][0]
            raise errors.index_out_of_range(first, 0, 0)
        raise IndexError('trying to index %d dimensions of a %d dimensional tensor' % (consumed, nd_legacy))
    # range-check integers and integer arrays against their dims
    out = []
    dim = 0
    advanced = False
    n_int = 0
    only_int = True
    for e in elems:
        if e is Ellipsis:
            dim += ndim - consumed
            out.append(e)
            only_int = only_int and (ndim - consumed == 0)
            continue
        if e is None:
            out.append(e)
            only_int = False
            continue
        if isinstance(e, int):
            size = a.shape[dim]
            if e < -size or e >= size:
                raise errors.index_out_of_range(e, dim, size)
            out.append(e + size if e < 0 else e)
            n_int += 1
            dim += 1
            continue
        if isinstance(e, slice):
            out.append(e)
            only_int = False
            dim += 1
            continue
        advanced = True
        only_int = False
        if e.dtype.kind == 'b':
            nd = max(e.ndim, 1)
            if e.shape != a.shape[dim:dim + nd]:
                raise IndexError('The shape of the mask %s at index %d does not match the shape of the '
                                 'indexed tensor %s' % (errors.fmt_sizes(e.shape), dim,
                                                        errors.fmt_sizes(a.shape)))
            out.append(e)
            dim += nd
        else:
            out.append(_check_int_array(e, dim, a.shape[dim]))
            dim += 1
    all_int = only_int and n_int == ndim
    return _Key('adv' if advanced else 'basic', key=tuple(out), all_int=all_int)


def _mask_for(a, m):
    """A mask broadcast with ``a`` (masked_select semantics): returns (a_b, m_b)."""
    if m.shape == a.shape:
        return a, m
    shape = _broadcast_pair(a.shape, m.shape)
    return np.broadcast_to(a, shape), np.broadcast_to(m, shape)


def _masked_select_np(a, m):
    ab, mb = _mask_for(a, m)
    return ab[mb]


def _no_zero_dim(key, a):
    """For Variables: a key indexing every dim with an integer keeps the last one as a size-1 slice."""
    key = list(key)
    for i in range(len(key) - 1, -1, -1):
        if isinstance(key[i], int):
            key[i] = slice(key[i], key[i] + 1)
            break
    return tuple(key)


# ======================================================================================= ops
def _index_back(ctx, g):
    return (ctx.B.index_put_zeros(g, ctx.shapes[0][0], ctx.params['key']),)


def _modern_key(torch, key):
    if isinstance(key, np.ndarray):
        return torch.as_tensor(key)
    if isinstance(key, tuple):
        return tuple(torch.as_tensor(k) if isinstance(k, np.ndarray) else k for k in key)
    return key


INDEX_VIEW = register(
    'index_view', lambda a, key: a[key], _index_back,
    grad_fn='torch.autograd.function.IndexBackward', argnames=('self',), is_view=True,
    modern=lambda torch, a, key: a[_modern_key(torch, key)])
INDEX_ADV = register(
    'index_advanced', lambda a, key: a[key], _index_back,
    grad_fn='torch.autograd.function.IndexBackward', argnames=('self',),
    modern=lambda torch, a, key: a[_modern_key(torch, key)])


def _take0_back(ctx, g):
    key = (slice(None),) * ctx.params['dim'] + (ctx.params['index'],)
    return (ctx.B.index_put_zeros(g, ctx.shapes[0][0], key),)


INDEX_SELECT_PY = register(
    'index_select_getitem', lambda a, dim, index: np.take(a, index, axis=dim), _take0_back,
    grad_fn='torch.autograd.function.IndexSelectBackward', argnames=('self',),
    modern=lambda torch, a, dim, index: a[torch.as_tensor(index)])


def _masked_select_back(ctx, g):
    shape = ctx.shapes[0][0]
    m = ctx.params['mask']
    bshape = _broadcast_pair(shape, m.shape) if m.shape != tuple(shape) else tuple(shape)
    mb = m if m.shape == bshape else np.broadcast_to(m, bshape)
    if ctx.B.KIND == 'numpy':
        # 0.3.1: zeros_like(self).masked_scatter_(mask, grad), a copy (a -0.0 stays -0.0)
        out = np.zeros(bshape, dtype=g.dtype)
        out[mb] = g
        return (out,)
    return (ctx.B.index_put_zeros(g, bshape, mb),)


def _masked_select_fwd(a, mask):
    return _masked_select_np(a, mask)


MASKED_SELECT = register(
    'masked_select', _masked_select_fwd, _masked_select_back,
    grad_fn='MaskedSelectBackward', argnames=('self',),
    modern=lambda torch, a, mask: torch.masked_select(a, torch.as_tensor(mask)))
MASKED_SELECT_PY = register(
    'masked_select_getitem', _masked_select_fwd, _masked_select_back,
    grad_fn='torch.autograd.function.MaskedSelectBackward', argnames=('self',),
    modern=lambda torch, a, mask: a[torch.as_tensor(mask)])


# --------------------------------------------------------------------------- __getitem__
def _tensor_getitem(self, key):
    a = self._a
    if type(key) is int and _INT_KEY and a.size:         # fast path: t[i]
        n = a.shape[0]
        if -n <= key < n:
            if a.ndim == 1:
                return a[key].item()
            return type(self)._wrap(a[key], self._version)
    k = parse_key(key, a, False)
    cls = type(self)
    if k.kind == 'mask':
        return cls._wrap(_masked_select_np(a, k.array))
    if k.kind == 'long':
        return cls._wrap(np.take(a, k.array, axis=0) if a.size else a.copy())
    if k.all_int:
        return a[k.key].item()
    r = a[k.key]
    if k.kind == 'adv':
        return cls._wrap(np.asarray(r))
    return cls._wrap(r, self._version)


def _variable_getitem(self, key):
    a = self._data._a
    k = parse_key(key, a, True)
    if k.kind == 'mask':
        return call(MASKED_SELECT_PY, [self], {'mask': k.array})
    if k.kind == 'long':
        if not a.size:
            return call(INDEX_ADV, [self], {'key': (slice(None),)})
        if isinstance(key, list):       # 0.3: lists went through Index (advanced indexing)
            return call(INDEX_ADV, [self], {'key': (k.array,)})
        return call(INDEX_SELECT_PY, [self], {'dim': 0, 'index': k.array})
    key = k.key
    if k.all_int:
        key = _no_zero_dim(key, a)
    if k.kind == 'adv':
        if np.ndim(a[key]) == 0:
            key = key + (None,)
        return call(INDEX_ADV, [self], {'key': key})
    return call(INDEX_VIEW, [self], {'key': key})


def getitem(self, key):
    if isinstance(self, Variable):
        return _variable_getitem(self, key)
    return _tensor_getitem(self, key)


# --------------------------------------------------------------------------- __setitem__
def _value_for(self, value):
    """A scalar (converted like TH) or an array of self's dtype for an assignment value."""
    t = tensor_of(self)
    if isinstance(value, (bool, np.bool_)) or isinstance(value, numbers.Number):
        return scalar_for(t, value)
    if isinstance(value, _TensorBase):
        v = value._a
        return v if v.dtype == t._a.dtype else v.astype(t._a.dtype)
    raise TypeError("can't assign %s to a %s (only %s or number values are supported)"
                    % (errors.legacy_typename(value), t.type(), t.type()))


def _assign(a, key, value):
    """``a[key] = value`` with 0.3 rules (mask keys copy the source's first elements in order)."""
    if isinstance(key, np.ndarray) and key.dtype.kind == 'b':
        if isinstance(value, np.ndarray):
            count = int(key.sum())
            flat = np.ascontiguousarray(value).reshape(-1)
            if flat.size < count:
                raise RuntimeError('Number of elements of src < number of ones in mask')
            a[key] = flat[:count]
        else:
            a[key] = value
        return a
    if isinstance(value, np.ndarray):
        shape = np.shape(a[key])
        if _is_basic(key) and value.shape != shape and value.size != _prod(shape):
            # 0.3.1's setValue copied into a basic index's region without broadcasting
            # (THPCopy(..., broadcast=false)): same element count, any shape
            _size_mismatch(shape, value)
        value = _fit(value, shape)
    a[key] = value
    return a


def _is_basic(key):
    """A key of ints, slices, ``...`` and ``None`` only (no index arrays)."""
    parts = key if isinstance(key, tuple) else (key,)
    return all(k is None or k is Ellipsis or isinstance(k, (int, np.integer, slice))
               for k in parts)


def _setitem_key(self, key, a, for_variable):
    k = parse_key(key, a, for_variable)
    if k.kind == 'mask':
        return np.ascontiguousarray(_expand_to(k.array, a.shape))
    if k.kind == 'long':
        return (k.array,)
    return k.key


def _source_from_mask_grad(B, sel, vshape):
    """Gradient of a masked copy's source: the selected grads first, zeros after, in source shape."""
    n = _prod(vshape)
    count = B.value(sel).shape[0] if B.value(sel).ndim else 1
    if n != count:
        sel = B.index_put_zeros(sel, (n,), (slice(0, count),))
    # always viewed as the source, a 1-d one too (0.3.1 masked_scatter_backward ends in
    # ``.view(sizes)``: under create_graph the gradient's node is a ViewBackward)
    return B.reshape(sel, tuple(vshape))


def _keep_mask(shape, key):
    keep = np.ones(shape, dtype=bool)
    keep[key] = False
    return keep


def _setitem_back(ctx, g):
    B = ctx.B
    key = ctx.params['key']
    shape = ctx.shapes[0][0]
    gs = g * B.mask(_keep_mask(shape, key), g) if ctx.needs[0] else None
    gv = None
    if len(ctx.needs) > 1 and ctx.needs[1]:
        sel = B.getitem(g, key)
        vshape = tuple(ctx.shapes[1][0])
        if isinstance(key, np.ndarray) and key.dtype.kind == 'b':
            gv = _source_from_mask_grad(B, sel, vshape)
        else:
            sshape = B.value(sel).shape
            if vshape != sshape and not _broadcastable(vshape, sshape):
                sel = B.reshape(sel, vshape)
            gv = sel
    return (gs, gv)


def _broadcastable(src, dst):
    if len(src) > len(dst):
        return all(s == 1 for s in src[:len(src) - len(dst)]) and _broadcastable(src[len(src) - len(dst):], dst)
    for s, d in zip(reversed(src), reversed(dst)):
        if s != 1 and s != d:
            return False
    return True


def _setitem_fwd(a, *rest, key, value=None):
    return _assign(a, key, rest[0] if rest else value)


SETITEM = register(
    'setitem', _setitem_fwd, _setitem_back,
    grad_fn='torch.autograd.function.SetItemBackward', argnames=('self', 'value'),
    parity_exempt='in-place assignment: checked in test_indexing against modern index_put')


def _tensor_setitem(self, key, value):
    a = self._a
    if type(key) is int and _INT_KEY and type(value) in (int, float) and a.size \
            and -a.shape[0] <= key < a.shape[0]:
        a[key] = scalar_for(self, value)                 # fast path: t[i] = number
        return
    if isinstance(value, Variable):
        raise TypeError("can't assign Variable to a %s (only %s or number values are supported)"
                        % (self.type(), self.type()))
    k = _setitem_key(self, key, a, False)
    _assign(a, k, _value_for(self, value))


def _variable_setitem(self, key, value):
    if isinstance(key, Variable) and isinstance(key._data, ByteTensor):
        mask = _expand_to(key._data._a.astype(bool), self._data._a.shape)
        if isinstance(value, Variable):
            return _masked_scatter(self, mask, value, MASKED_SCATTER_PY)
        return _masked_fill(self, mask, value, MASKED_FILL_PY)
    a = self._data._a
    k = _setitem_key(self, key, a, True)
    if isinstance(value, Variable):
        return call_inplace(SETITEM, [self, value], {'key': k})
    return call_inplace(SETITEM, [self], {'key': k, 'value': _value_for(self, value)})


def setitem(self, key, value):
    if isinstance(self, Variable):
        _variable_setitem(self, key, value)
    else:
        _tensor_setitem(self, key, value)


# --------------------------------------------------------------------------- masked_fill_ / masked_scatter_
def _masked_fill_fwd(a, mask, value):
    a[mask] = value
    return a


def _masked_fill_back(ctx, g):
    return (g * ctx.B.mask(~ctx.params['mask'], g),)


MASKED_FILL = register(
    'masked_fill_', _masked_fill_fwd, _masked_fill_back,
    grad_fn='MaskedFillBackward', argnames=('self',),
    modern=lambda torch, a, mask, value: a.masked_fill(torch.as_tensor(mask), value))
MASKED_FILL_PY = register(
    'masked_fill_setitem', _masked_fill_fwd, _masked_fill_back,
    grad_fn='torch.autograd.function.MaskedFillBackward', argnames=('self',),
    modern=lambda torch, a, mask, value: a.masked_fill(torch.as_tensor(mask), value))


def _masked_scatter_fwd(a, src, mask):
    return _assign(a, mask, src)


def _masked_scatter_back(ctx, g):
    B = ctx.B
    m = ctx.params['mask']
    gs = g * B.mask(~m, g) if ctx.needs[0] else None
    gv = None
    if ctx.needs[1]:
        gv = _source_from_mask_grad(B, B.getitem(g, m), tuple(ctx.shapes[1][0]))
    return (gs, gv)


MASKED_SCATTER = register(
    'masked_scatter_', _masked_scatter_fwd, _masked_scatter_back,
    grad_fn='MaskedScatterBackward', argnames=('self', 'source'),
    modern=lambda torch, a, src, mask: a.masked_scatter(torch.as_tensor(mask), src))
MASKED_SCATTER_PY = register(
    'masked_scatter_setitem', _masked_scatter_fwd, _masked_scatter_back,
    grad_fn='torch.autograd.function.MaskedScatterBackward', argnames=('self', 'source'),
    modern=lambda torch, a, src, mask: a.masked_scatter(torch.as_tensor(mask), src))


def _fill_value(self, value, opname):
    if isinstance(value, (Variable, _TensorBase)):
        t = _unwrap(value)
        if t.numel() != 1:
            raise RuntimeError('%s only supports a 0-dimensional value tensor, but got tensor with %d '
                               'dimension(s).' % (opname, t.dim()))
        value = t._a.reshape(-1)[0].item()
    if not isinstance(value, numbers.Number):
        raise TypeError('%s(): argument \'value\' must be a number, not %s'
                        % (opname, errors.legacy_typename(value)))
    return scalar_for(self, value)


def _masked_fill(self, mask, value, op):
    return call_inplace(op, [self], {'mask': mask, 'value': _fill_value(self, value, 'masked_fill_')})


def _masked_scatter(self, mask, source, op):
    if is_var(self) and not is_var(source):
        raise RuntimeError("Expected object of type Variable[%s] but found type %s for argument #2 'source'"
                           % (self._data.type(), _found_name(source)))
    need = int(mask.sum())
    if tensor_of(source).numel() < need:
        raise RuntimeError('Number of elements of src < number of ones in mask')
    return call_inplace(op, [self, source], {'mask': mask})


def _mask_sig(self, rest):
    return '(torch.ByteTensor mask, %s)' % rest


@method(calls=(Call(Const([[1, 0, 0, 1], [0, 1, 1, 0], [1, 1, 0, 0]], 'byte'), 0.5), Call(Const([[1, 0, 0, 1], [0, 1, 1, 0], [1, 1, 0, 0]], 'byte'), -2)), dtypes=('float32', 'float64', 'int64'))
def masked_fill_(self, mask, value):
    m = _mask_arg(self, mask, 'masked_fill_', [mask, value], _mask_sig(self, 'float value'), 0)
    return _masked_fill(self, np.ascontiguousarray(_mask_to(m, array_of(self).shape)), value, MASKED_FILL)


# 0.3: the out-of-place masked_fill / masked_scatter are Variable methods (variable.py);
# tensors had only the in-place forms
@method(tensor=False, calls=(Call(Const([[1, 0, 0, 1], [0, 1, 1, 0], [1, 1, 0, 0]], 'byte'), 0.5),))
def masked_fill(self, mask, value):
    return masked_fill_(self.clone(), mask, value)


@method(calls=(Call(Const([[1, 0, 0, 1], [0, 1, 1, 0], [1, 1, 0, 0]], 'byte'), Y),))
def masked_scatter_(self, mask, source):
    m = _mask_arg(self, mask, 'masked_scatter_', [mask, source],
                  _mask_sig(self, '%s source' % tensor_of(self).type()), 0)
    if not isinstance(source, (Variable, _TensorBase)) or is_var(source) != is_var(self):
        raise _arg_type_error('masked_scatter_', self, [mask, source],
                              _mask_sig(self, '%s source' % tensor_of(self).type()), 1,
                              tensor_of(self).type(), 2, 'source')
    return _masked_scatter(self, np.ascontiguousarray(_mask_to(m, array_of(self).shape)), source,
                           MASKED_SCATTER)


@method(tensor=False, calls=(Call(Const([[1, 0, 0, 1], [0, 1, 1, 0], [1, 1, 0, 0]], 'byte'), Y),))
def masked_scatter(self, mask, source):
    return masked_scatter_(self.clone(), mask, source)


@method(calls=(Call(Const([[1, 0, 0, 1], [0, 1, 1, 0], [1, 1, 0, 0]], 'byte'), Y,
                modern=lambda torch, x, m, y: x.clone().masked_scatter_(m, y)),))
def masked_copy_(self, mask, source):
    import warnings
    warnings.warn('masked_copy_ is deprecated and renamed to masked_scatter_, and will be removed in v0.3')
    return masked_scatter_(self, mask, source)


@method(tensor=False, calls=(Call(Const([[1, 0, 0, 1], [0, 1, 1, 0], [1, 1, 0, 0]], 'byte'), Y,
                                modern=lambda torch, x, m, y: x.masked_scatter(m, y)),))
def masked_copy(self, mask, source):
    """0.3.1's ``Variable.masked_copy`` (deprecated alias of ``masked_scatter``)."""
    import warnings
    warnings.warn('masked_copy is deprecated and renamed to masked_scatter, and will be removed in v0.3')
    return masked_scatter(self, mask, source)


@both(calls=(Call(Const([[1, 0, 0, 1], [0, 1, 1, 0], [1, 1, 0, 0]], 'byte')),), dtypes=('float32', 'float64', 'int64'))
def masked_select(self, mask):
    m = _mask_arg(self, mask, 'masked_select', [mask], '(torch.ByteTensor mask)', 0)
    shape = array_of(self).shape
    try:
        _broadcast_pair(shape, m.shape)
    except RuntimeError:
        if m.size != array_of(self).size or not m.size:
            raise
        from ._common import warn_fallback
        warn_fallback()
        m = m.reshape(shape)
    return call(MASKED_SELECT, [self], {'mask': m})


# --------------------------------------------------------------------------- index_select / index_*_
def _index_select_back(ctx, g):
    p = ctx.params
    return (ctx.B.index_add(ctx.shapes[0][0], p['dim'], p['index'], g, g),)


INDEX_SELECT = register(
    'index_select', lambda a, dim, index: np.take(a, index, axis=dim), _index_select_back,
    grad_fn='IndexSelectBackward', argnames=('self',),
    modern=lambda torch, a, dim, index: torch.index_select(a, dim, torch.as_tensor(index)))


def _check_index_vector(index, size, argno=3):
    if index.ndim != 1:
        raise RuntimeError('invalid argument %d: Index is supposed to be a vector' % argno)
    if index.size and ((index < 0).any() or (index >= size).any()):
        raise RuntimeError('invalid argument %d: index out of range' % argno)


def _dim_of(self, dim):
    return wrap_dim(dim, max(tensor_of(self).dim(), 1))


@both(calls=(Call(0, Const([2, 0, 2])), Call(1, Const([3, 1]))), dtypes=('float32', 'float64', 'int64'))
def index_select(self, dim, index):
    idx = _index_arg(self, index, 'index_select', [dim, index], '(int dim, torch.LongTensor index)', 1)
    d = _dim_of(self, dim)
    a = array_of(self)
    _check_index_vector(idx, a.shape[d] if a.size else 0)
    return call(INDEX_SELECT, [self], {'dim': d, 'index': idx})


def _index_key(dim, index):
    return (slice(None),) * dim + (index,)


def _index_add_fwd(a, src, dim, index):
    np.add.at(a, _index_key(dim, index), src)
    return a


def _index_add_back(ctx, g):
    p = ctx.params
    return (g, ctx.B.index_select(g, p['dim'], p['index']) if ctx.needs[1] else None)


INDEX_ADD = register(
    'index_add_', _index_add_fwd, _index_add_back,
    grad_fn='IndexAddBackward', argnames=('self', 'source'),
    modern=lambda torch, a, src, dim, index: a.index_add(dim, torch.as_tensor(index), src))


def _index_copy_fwd(a, src, dim, index):
    a[_index_key(dim, index)] = src
    return a


def _index_keep(ctx):
    p = ctx.params
    return _keep_mask(ctx.shapes[0][0], _index_key(p['dim'], p['index']))


def _index_copy_back(ctx, g):
    p = ctx.params
    B = ctx.B
    return (g * B.mask(_index_keep(ctx), g) if ctx.needs[0] else None,
            B.index_select(g, p['dim'], p['index']) if ctx.needs[1] else None)


INDEX_COPY = register(
    'index_copy_', _index_copy_fwd, _index_copy_back,
    grad_fn='IndexCopyBackward', argnames=('self', 'source'),
    modern=lambda torch, a, src, dim, index: a.index_copy(dim, torch.as_tensor(index), src))


def _index_fill_fwd(a, dim, index, value):
    a[_index_key(dim, index)] = value
    return a


INDEX_FILL = register(
    'index_fill_', _index_fill_fwd,
    lambda ctx, g: (g * ctx.B.mask(_index_keep(ctx), g),),
    grad_fn='IndexFillBackward', argnames=('self',),
    modern=lambda torch, a, dim, index, value: a.index_fill(dim, torch.as_tensor(index), value))


def _index_source_check(self, d, idx, source, opname):
    a = array_of(self)
    s = array_of(source)
    size = a.shape[d] if a.size else 0
    _check_index_vector(idx, size)
    if s.ndim != a.ndim or any(s.shape[i] != a.shape[i] for i in range(a.ndim) if i != d):
        raise RuntimeError('invalid argument 4: Source/destination tensor must have same slice shapes')
    if s.shape[d] != idx.size:
        raise RuntimeError('invalid argument 3: Number of indices should be equal to source:size(dim)')


def _index_source_op(self, dim, index, source, op, opname):
    sig = '(int dim, torch.LongTensor index, %s source)' % tensor_of(self).type()
    idx = _index_arg(self, index, opname, [dim, index, source], sig, 1)
    if not isinstance(source, (Variable, _TensorBase)) or is_var(source) != is_var(self):
        raise _arg_type_error(opname, self, [dim, index, source], sig, 2, tensor_of(self).type(), 3,
                              'source')
    d = _dim_of(self, dim)
    _index_source_check(self, d, idx, source, opname)
    return call_inplace(op, [self, source], {'dim': d, 'index': idx})


@method(calls=(Call(0, Const([2, 0]), Y, shapes={Y: (2, 4)}),))
def index_add_(self, dim, index, source):
    return _index_source_op(self, dim, index, source, INDEX_ADD, 'index_add_')


@method(calls=(Call(1, Const([3, 0]), Y, shapes={Y: (3, 2)}),))
def index_copy_(self, dim, index, source):
    return _index_source_op(self, dim, index, source, INDEX_COPY, 'index_copy_')


@method(calls=(Call(1, Const([3, 0]), -1.5),))
def index_fill_(self, dim, index, value):
    sig = '(int dim, torch.LongTensor index, %s value)' % _real_name(tensor_of(self))
    if not is_var(self) and not isinstance(value, (numbers.Number, Variable, _TensorBase)):
        raise errors.format_invalid_args('index_fill_', [dim, index, value], {}, [sig])
    idx = _index_arg(self, index, 'index_fill_', [dim, index, value], sig, 1)
    d = _dim_of(self, dim)
    a = array_of(self)
    _check_index_vector(idx, a.shape[d] if a.size else 0)
    return call_inplace(INDEX_FILL, [self], {'dim': d, 'index': idx,
                                             'value': _fill_value(self, value, 'index_fill_')})


# The out-of-place index_add / index_copy / index_fill / scatter / scatter_add are 0.3.1's
# Variable methods (autograd/variable.py: a clone, then the in-place form); its tensors had only
# the in-place forms (Tensor.cwrap), so ``t.index_add(...)`` is an AttributeError there.
@method(tensor=False, calls=(Call(0, Const([2, 0, 2]), Y),))
def index_add(self, dim, index, tensor):
    # (0.3.1's Variable.index_add(dim, index, tensor): its keyword is ``tensor``; the in-place
    # form's is ``source``, TH's)
    return index_add_(self.clone(), dim, index, tensor)


@method(tensor=False, calls=(Call(1, Const([3, 0]), Y, shapes={Y: (3, 2)}),))
def index_copy(self, dim, index, tensor):
    return index_copy_(self.clone(), dim, index, tensor)


@method(tensor=False, calls=(Call(0, Const([1]), 2.5),))
def index_fill(self, dim, index, value):
    return index_fill_(self.clone(), dim, index, value)


# --------------------------------------------------------------------------- gather / scatter
def _gather_back(ctx, g):
    p = ctx.params
    return (ctx.B.scatter_add_into_zeros(g, ctx.shapes[0][0], p['dim'], p['index']),)


GATHER = register(
    'gather', lambda a, dim, index: NB.gather(a, dim, index), _gather_back,
    grad_fn='GatherBackward', argnames=('self',),
    modern=lambda torch, a, dim, index: torch.gather(a, dim, torch.as_tensor(index)))


def _check_gather_index(a, d, idx, what, src=None):
    if idx.ndim != a.ndim:
        raise RuntimeError('invalid argument 4: Index tensor must have same dimensions as %s tensor' % what)
    for i in range(a.ndim):
        if i != d and idx.shape[i] > a.shape[i]:
            raise RuntimeError('invalid argument 4: Index tensor must not be larger than %s tensor apart '
                               'from the specified dimension' % what)
        if src is not None and idx.shape[i] > src.shape[i]:
            raise RuntimeError('invalid argument 4: Index tensor must not be larger than source tensor')


@both(calls=(Call(1, Const([[0, 3, 1, 1], [2, 2, 0, 1], [3, 0, 0, 2]])), Call(0, Const([[0, 2, 1, 1], [2, 2, 0, 1]]))),
      dtypes=('float32', 'float64', 'int64'))
def gather(self, dim, index):
    idx = _index_arg(self, index, 'gather', [dim, index], '(int dim, torch.LongTensor index)', 1)
    a = array_of(self)
    d = _dim_of(self, dim)
    if not a.size:
        raise RuntimeError('invalid argument 1: cannot gather from an empty tensor')
    _check_gather_index(a, d, idx, 'input')
    if idx.size and ((idx < 0).any() or (idx >= a.shape[d]).any()):
        raise RuntimeError('Invalid index in gather')
    return call(GATHER, [self], {'dim': d, 'index': idx})


def _src_region(index):
    return tuple(slice(0, s) for s in index.shape)


def _scatter_fwd(a, src, dim, index):
    a[NB.scatter_coords(dim, index)] = src[_src_region(index)]
    return a


def _scatter_value_fwd(a, dim, index, value):
    a[NB.scatter_coords(dim, index)] = value
    return a


def _scatter_add_fwd(a, src, dim, index):
    np.add.at(a, NB.scatter_coords(dim, index), src[_src_region(index)])
    return a


def _scatter_keep(ctx):
    p = ctx.params
    return _keep_mask(ctx.shapes[0][0], NB.scatter_coords(p['dim'], p['index']))


def _scatter_source_grad(ctx, g):
    p = ctx.params
    B = ctx.B
    index = p['index']
    r = B.gather(g, p['dim'], index)
    sshape = tuple(ctx.shapes[1][0])
    if sshape != index.shape:
        r = B.index_put_zeros(r, sshape, _src_region(index))
    return r


SCATTER = register(
    'scatter_', _scatter_fwd,
    lambda ctx, g: (g * ctx.B.mask(_scatter_keep(ctx), g) if ctx.needs[0] else None,
                    _scatter_source_grad(ctx, g) if ctx.needs[1] else None),
    grad_fn='ScatterBackward0', argnames=('self', 'src'),
    modern=lambda torch, a, src, dim, index: a.scatter(dim, torch.as_tensor(index), src))
SCATTER_VALUE = register(
    'scatter_value_', _scatter_value_fwd,
    lambda ctx, g: (g * ctx.B.mask(_scatter_keep(ctx), g),),
    grad_fn='ScatterBackward1', argnames=('self',),
    modern=lambda torch, a, dim, index, value: a.scatter(dim, torch.as_tensor(index), value))
SCATTER_ADD = register(
    'scatter_add_', _scatter_add_fwd,
    lambda ctx, g: (g, _scatter_source_grad(ctx, g) if ctx.needs[1] else None),
    grad_fn='ScatterAddBackward', argnames=('self', 'src'),
    modern=lambda torch, a, src, dim, index: a.scatter_add(dim, torch.as_tensor(index), src))


def _real_name(t):
    """cwrap's name of a ``real`` parameter: ``int`` for the integer types, else ``float``."""
    return 'float' if t._info.is_floating else 'int'


def _scatter_options(t, allow_value):
    """0.3.1's Tensor.cwrap options of a tensor's scatter_ (scatter, scatterFill) and
    scatter_add_ (scatterAdd)."""
    options = ['(int dim, torch.LongTensor index, %s src)' % t.type()]
    if allow_value:
        options.append('(int dim, torch.LongTensor index, %s value)' % _real_name(t))
    return options


def _scatter_common(self, dim, index, source, opname, allow_value):
    t = tensor_of(self)
    sig = '(int dim, torch.LongTensor index, %s src)' % t.type()
    if not is_var(self):
        # a tensor's cwrap method: a src of another type (or a Variable), a value that is not a
        # number, an index that is not a LongTensor fail every option; all of them are listed
        good_src = type(source) is type(t) if isinstance(source, (Variable, _TensorBase)) \
            else allow_value and isinstance(source, numbers.Number)
        if not good_src or not isinstance(index, LongTensor):
            raise errors.format_invalid_args(opname, [dim, index, source], {},
                                             _scatter_options(t, allow_value))
    idx = _index_arg(self, index, opname, [dim, index, source], sig, 1)
    a = t._a
    d = _dim_of(self, dim)
    src = None
    if isinstance(source, (Variable, _TensorBase)):
        if is_var(source) != is_var(self):
            raise _arg_type_error(opname, self, [dim, index, source], sig, 2, t.type(), 3, 'src')
        src = array_of(source)
        if src.ndim != a.ndim:
            raise RuntimeError('invalid argument 4: Index tensor must have same dimensions as source tensor')
    elif not allow_value or not isinstance(source, numbers.Number):
        raise _arg_type_error(opname, self, [dim, index, source], sig, 2, t.type(), 3, 'src')
    _check_gather_index(a, d, idx, 'output', src)
    if idx.size and ((idx < 0).any() or (idx >= a.shape[d]).any()):
        raise RuntimeError('Invalid index in %s' % ('scatterAdd' if opname.startswith('scatter_add')
                                                     else 'scatter'))
    return idx, d


@method(calls=(Call(0, Const([[0, 1, 2, 0], [1, 2, 0, 1], [2, 0, 1, 2]]), Y), Call(0, Const([[0, 1, 2, 0], [1, 2, 0, 1], [2, 0, 1, 2]]), 1.5)))
def scatter_(self, dim, index, source):
    idx, d = _scatter_common(self, dim, index, source, 'scatter_', True)
    if isinstance(source, (Variable, _TensorBase)):
        return call_inplace(SCATTER, [self, source], {'dim': d, 'index': idx})
    return call_inplace(SCATTER_VALUE, [self], {'dim': d, 'index': idx,
                                                'value': scalar_for(self, source)})


@method(calls=(Call(0, Const([[0, 1, 1, 1], [2, 2, 0, 1], [1, 0, 0, 2]]), Y),))
def scatter_add_(self, dim, index, source):
    idx, d = _scatter_common(self, dim, index, source, 'scatter_add_', False)
    return call_inplace(SCATTER_ADD, [self, source], {'dim': d, 'index': idx})


@method(tensor=False, calls=(Call(0, Const([[0, 1, 2, 0], [1, 2, 0, 1], [2, 0, 1, 2]]), Y),))
def scatter(self, dim, index, source):
    return scatter_(self.clone(), dim, index, source)


@method(tensor=False, calls=(Call(1, Const([[0, 1, 1, 3], [2, 2, 0, 1], [1, 0, 3, 2]]), Y),))
def scatter_add(self, dim, index, source):
    return scatter_add_(self.clone(), dim, index, source)


# --------------------------------------------------------------------------- take / put_
def _flat_index(idx, numel):
    if idx.size:
        bad = (idx < -numel) | (idx >= numel)
        if bad.any():
            raise RuntimeError('invalid argument 2: out of range: %d out of %d'
                               % (int(idx[bad].reshape(-1)[0]), numel))
        idx = np.where(idx < 0, idx + numel, idx)
    return idx


def _take_back(ctx, g):
    B = ctx.B
    shape = ctx.shapes[0][0]
    idx = ctx.params['index']
    flat = B.reshape(g, (idx.size,))
    return (B.reshape(B.index_put_zeros(flat, (_prod(shape),), idx.reshape(-1)), tuple(shape)),)


TAKE = register(
    'take', lambda a, index: a.reshape(-1)[index], _take_back,
    grad_fn='TakeBackward', argnames=('self',),
    modern=lambda torch, a, index: torch.take(a, torch.as_tensor(index)))


@both(calls=(Call(Const([0, 11, 5, 5]),), Call(Const([[1, 2], [3, 4]]))))
def take(self, index):
    idx = _index_arg(self, index, 'take', [index], '(torch.LongTensor index)', 0, argno=1)
    a = array_of(self)
    return call(TAKE, [self], {'index': _flat_index(idx, a.size)})


def _put_fwd(a, src, index, accumulate):
    flat = a.reshape(-1)
    s = np.ascontiguousarray(src).reshape(-1)
    if accumulate:
        np.add.at(flat, index.reshape(-1), s)
    else:
        flat[index.reshape(-1)] = s
    return flat.reshape(a.shape)


def _put_back(ctx, g):
    B = ctx.B
    p = ctx.params
    shape = ctx.shapes[0][0]
    idx = p['index'].reshape(-1)
    gs = None
    if ctx.needs[0]:
        gs = g if p['accumulate'] else g * B.mask(_keep_mask(shape, np.unravel_index(idx, shape)), g)
    gv = None
    if ctx.needs[1]:
        gv = B.reshape(B.getitem(B.reshape(g, (_prod(shape),)), (idx,)), tuple(ctx.shapes[1][0]))
    return (gs, gv)


PUT = register(
    'put_', _put_fwd, _put_back,
    grad_fn='PutBackward', argnames=('self', 'source'),
    modern=lambda torch, a, src, index, accumulate: a.put(torch.as_tensor(index), src, accumulate))


@method(calls=(Call(Const([0, 11, 5]), Y, shapes={Y: (3,)}),
                             Call(Const([1, 1, 5]), Y, True, shapes={Y: (3,)})))
def put_(self, indices, tensor, accumulate=False):
    t = tensor_of(self)
    sig = '(torch.LongTensor index, %s source, bool accumulate)' % t.type()
    idx = _index_arg(self, indices, 'put_', [indices, tensor], sig, 0, argno=1)
    if not isinstance(tensor, (Variable, _TensorBase)) or is_var(tensor) != is_var(self):
        raise _arg_type_error('put_', self, [indices, tensor], sig, 1, t.type(), 2, 'source')
    if accumulate is not True and accumulate is not False and not isinstance(accumulate, np.bool_):
        if is_var(self):        # ATen's put_(Tensor index, Tensor source, bool accumulate=False)
            raise _args.arg_type_error('put_', 'accumulate', 'bool', accumulate, 3)
        raise errors.format_invalid_args(      # cwrap's two options (accumulate has a default)
            'put_', [indices, tensor, accumulate], {},
            [sig.replace(', bool accumulate', ''), sig])
    if array_of(tensor).size != idx.size:
        raise RuntimeError('invalid argument 3: src should have the same number of elements as index')
    # indices count the elements in row-major order, also on a non-contiguous tensor (0.3)
    return call_inplace(PUT, [self, tensor], {'index': _flat_index(idx, t._a.size),
                                              'accumulate': bool(accumulate)})


# --------------------------------------------------------------------------- nonzero
def _nonzero_fwd(a):
    if a.size == 0:
        return np.empty((0,), dtype=np.int64)
    return np.argwhere(a).astype(np.int64)


NONZERO = register(
    'nonzero', _nonzero_fwd, None, argnames=('self',),
    parity_exempt='non-differentiable; values checked in test_indexing')


@both(domain='nonint', calls=(Call(types='long', grad=False),), dtypes=('float32', 'int64'))
def nonzero(self):
    return call(NONZERO, [self], out_cls=LongTensor)


# --------------------------------------------------------------------------- copy_
def _copy_fwd(a, src):
    s = src if src.dtype == a.dtype else src.astype(a.dtype)
    return np.broadcast_to(_fit(s, a.shape), a.shape)


def _copy_back(ctx, g):
    B = ctx.B
    # self's old values are overwritten: a constant zero gradient, with no graph under
    # create_graph (0.3's CopyBackwards returns zeros_like(grad))
    gs = B.zeros(tuple(ctx.shapes[0][0]), g) if ctx.needs[0] else None
    gv = None
    if ctx.needs[1]:
        vshape = tuple(ctx.shapes[1][0])
        shape = tuple(ctx.shapes[0][0])
        gv = g if _broadcastable(vshape, shape) else B.reshape(g, vshape)
    return (gs, gv)


COPY = register(
    'copy_', _copy_fwd, _copy_back,
    grad_fn='CopyBackwards', argnames=('self', 'src'), check_types=False,
    modern=lambda torch, a, src: a.clone().copy_(src))


@method(calls=(Call(Y),))
def copy_(self, src, async_=False, broadcast=True, non_blocking=False, **kwargs):
    if not isinstance(src, (Variable, _TensorBase)):
        raise TypeError('copy_(): argument \'src\' must be a tensor, not %s' % errors.legacy_typename(src))
    if is_var(self) and not is_var(src):
        src = Variable._make(src)
    elif not is_var(self) and is_var(src):
        raise TypeError('copy_(): argument \'src\' must be a tensor, not Variable')
    a = array_of(self)
    s = array_of(src)
    if s.shape != a.shape and s.size == a.size and broadcast:
        try:
            np.broadcast_shapes(s.shape, a.shape)
        except ValueError:
            from ._common import warn_fallback
            warn_fallback(stacklevel=3)
    if s.size != a.size:
        try:
            ok = np.broadcast_shapes(s.shape, a.shape) == a.shape and s.size
        except ValueError:
            ok = False
        if not ok:
            raise errors.apply2_size_error('tensor', tensor_of(self).size(), 'src',
                                           tensor_of(src).size())
    if a.size == 0:
        return self
    return call_inplace(COPY, [self, src])


# ======================================================================================= attach
def attach_indexing():
    _TensorBase.__getitem__ = getitem
    _TensorBase.__setitem__ = setitem
    Variable.__getitem__ = getitem
    Variable.__setitem__ = setitem


attach_indexing()
