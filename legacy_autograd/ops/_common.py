"""Small shared helpers for op front-ends: scalars, dims, broadcasting checks."""
import numbers
import threading
import warnings

import numpy as np

from ..tensor import _TensorBase
from ..autograd.variable import Variable
from .. import errors
from ..size import broadcast_shapes  # noqa: F401 (used here and re-exported)
from . import _args
from .. import _fastpaths


def is_tensorlike(x):
    return isinstance(x, (_TensorBase, Variable))


def is_number(x):
    """A Python or numpy number (bools included); the exact int/float types are tested first,
    so the common case pays no abstract isinstance."""
    t = type(x)
    return t is float or t is int or isinstance(x, (numbers.Number, np.bool_))


def tensor_of(x):
    """The tensor behind a tensor or Variable."""
    return x._data if isinstance(x, Variable) else x


def array_of(x):
    return x._data._a if isinstance(x, Variable) else x._a


def scalar_for(x, value):
    """A Python scalar converted the way TH converted it for ``x``'s type."""
    tv = type(value)
    if tv is float or tv is int:        # fast path for the common case
        if (x._data if isinstance(x, Variable) else x)._info.is_floating:
            return float(value)
    if isinstance(value, _TensorBase) or isinstance(value, Variable):
        raise TypeError('expected a number, got %s' % errors.legacy_typename(value))
    if not isinstance(value, numbers.Number):
        raise TypeError('expected a number, got %s' % errors.legacy_typename(value))
    info = tensor_of(x)._info
    if info.is_floating:
        return float(value)
    if isinstance(value, numbers.Integral) and -2 ** 63 <= value < 2 ** 63:
        # a Python int converts exactly (THPUtils_unpackLong), then the C cast to the type
        return np.array(int(value), dtype=np.int64).astype(info.dtype)[()]
    v = float(value)
    if v != v or v in (float('inf'), float('-inf')):
        raise RuntimeError('value cannot be converted to type %s without overflow: %s'
                           % (info.short.lower(), value))
    # C conversion: truncate toward zero, wrap around in the tensor's integer type
    return np.array(int(v), dtype=np.int64).astype(info.dtype)[()]


def wrap_dim(dim, ndim, allow_end=False, fname=None, argname='dim', pos=None):
    """Normalise a possibly negative dim, with the 0.3 error when out of range."""
    d = dim if type(dim) is int else _args.int_arg(dim, fname, argname, pos)
    n = ndim + 1 if allow_end else ndim
    if n <= 0:
        n = 1
    if d < -n or d >= n:
        raise errors.dim_out_of_range(d, n)
    return d + n if d < 0 else d


def infer_size_n(shapes):
    """TH's ``THLongStorage_inferSizeN``: the common shape of several operands, or its error
    (operands taken in order at each dimension, from the last)."""
    n = max(len(s) for s in shapes)
    out = [1] * n
    for i in range(n - 1, -1, -1):
        for j, s in enumerate(shapes):
            k = len(s) - n + i
            size = s[k] if k >= 0 else 1
            if size == out[i] or size == 1 or out[i] == 1:
                out[i] = max(out[i], size)
            else:
                raise errors.broadcast_error_n(j, size, out[i], i)
    return tuple(out)


def expand_check(shape, target):
    """TH's ``THTensor_expand`` checks of an operand of ``shape`` expanded to ``target`` (an
    in-place op's operand to its receiver's shape): raises its error, else returns None."""
    if len(target) < len(shape):
        raise errors.expand_dims_error()
    lead = len(target) - len(shape)
    for i in range(len(target) - 1, -1, -1):        # from the last dimension, like TH
        cur = shape[i - lead] if i >= lead else 1
        if cur != 1 and cur != target[i]:
            raise errors.expand_error(target[i], cur, i)


def check_broadcast(a, b, inplace=False, opname='', receiver=None):
    """Check operand shapes of a pointwise op; return a possibly reshaped ``b`` array.

    0.3 kept the pre-broadcasting behaviour for operands that are not
    broadcastable but have the same number of elements (with a warning).  In place, ``b`` is
    expanded to ``a``'s shape (TH's expand errors); out of place the two broadcast, with TH's
    text when ``receiver`` (the op's ``self``) is a tensor and ATen's for a Variable.
    """
    sa, sb = a.shape, b.shape
    if sa == sb:
        return b
    try:
        if inplace:
            expand_check(sb, sa)
        else:
            broadcast_shapes(sa, sb, receiver is not None and type(receiver) is not Variable)
        return b
    except RuntimeError:
        if a.size == b.size and a.size > 0:
            _fallback_warning(stacklevel=4)
            return b.reshape(sa)
        raise


_FALLBACK_MESSAGE = ('other is not broadcastable to self, but they have the same number of '
                     'elements.  Falling back to deprecated pointwise behavior.')
#: per thread: ``depth`` > 0 inside :func:`one_fallback_warning`, ``warned`` once its call warned
_fallback_state = threading.local()


def _fallback_warning(stacklevel):
    """Issue the fallback warning at ``stacklevel`` counted from the caller (1: the caller), unless a call wrapped in
    :func:`one_fallback_warning` has already issued it."""
    state = _fallback_state
    if getattr(state, 'depth', 0):
        if state.warned:
            return
        state.warned = True
    warnings.warn(_FALLBACK_MESSAGE, UserWarning, stacklevel=stacklevel + 1)


def warn_fallback(stacklevel=4):
    """0.3's warning for operands that do not broadcast but have the same number of elements
    (the deprecated pointwise behaviour follows)."""
    _fallback_warning(stacklevel)


def one_fallback_warning(fn, *args, **kwargs):
    """Run ``fn``; of the fallback warnings it gives (one per operand), let only the first
    out: 0.3 warned once per call.

    A per-thread flag, not ``warnings.catch_warnings``: entering and leaving that block counts as
    a change of the warning filters, which empties every module's record of the warnings it has
    shown, so each "shown once per place" warning of the program (an implicit-dim
    ``log_softmax``, a size-mismatched ``BCELoss``) came back after every ``addcmul_`` /
    ``addcdiv_`` (every ``Adam.step()``), where 0.3 showed it once."""
    state = _fallback_state
    outer = getattr(state, 'depth', 0)
    if not outer:
        state.warned = False
    state.depth = outer + 1
    try:
        return fn(*args, **kwargs)
    finally:
        state.depth = outer


def with_number(ufunc, a, number):
    """``ufunc(a, number)`` for an elementwise binary ufunc (maximum, fmax, ...) and a number
    of ``a``'s type.  numpy vectorises these loops for two array operands only; with a
    scalar operand a large array goes through a loop two to three times slower.  So for a
    large ``a`` the number is first written into the output, which the ufunc then reads
    and overwrites element by element (the same values, the same function per element)."""
    if a.size < 1024:
        return ufunc(a, number)
    out = np.empty(a.shape, a.dtype)
    out.fill(number)
    return ufunc(a, out, out=out)


_UINT_OF_SIZE = {1: np.uint8, 2: np.uint16, 4: np.uint32, 8: np.uint64}


def select(cond, a, b):
    """``numpy.where(cond, a, b)`` for ``a`` and ``b`` (arrays or numbers) of one dtype.

    numpy's ``where`` branches per element: with a condition like ``x > 0`` on real data
    the branch is unpredictable and a large array costs about 4 ns an element.  For large
    arrays the choice is made on the bits instead, without branches, as
    ``b ^ ((a ^ b) & -cond)`` on the unsigned integers of the same size: every element is
    copied bit for bit from ``a`` or ``b``, exactly as ``where`` copies it.
    """
    a = np.asarray(a)
    b = np.asarray(b)
    if cond.size < 8192 or a.dtype != b.dtype or a.dtype.itemsize not in _UINT_OF_SIZE \
            or a.dtype.kind not in 'fiub':
        return np.where(cond, a, b)
    u = _UINT_OF_SIZE[a.dtype.itemsize]
    k = cond.astype(u)
    np.negative(k, out=k)                           # all ones where cond, else 0
    bb = b.view(u)
    r = np.bitwise_and(np.bitwise_xor(a.view(u), bb), k)
    np.bitwise_xor(r, bb, out=r)
    return r.view(a.dtype)


def _with_number_general(ufunc, a, number):      # reference mode: the small-array routes
    return ufunc(a, number)


def _select_general(cond, a, b):
    return np.where(cond, np.asarray(a), np.asarray(b))


_fastpaths.code_pair(with_number, _with_number_general)
_fastpaths.code_pair(select, _select_general)
