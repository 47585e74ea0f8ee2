"""Backward formulas' vocabulary on numpy arrays (ordinary backward).

``backend_variable`` defines the same names on Variables, so one backward
formula serves both first-order (fast, numpy) and higher-order
(``create_graph=True``, recorded) gradients.  Operators ``+ - * / **`` and unary
``-`` work directly on both kinds; anything else goes through these functions.
"""
import types

import numpy as np

from . import _fastpaths

# numpy.dot's C function itself: the public name first runs a Python __array_function__
# dispatcher (about 0.6 us per call); for plain ndarrays the two are the same function
dot_c = getattr(np.dot, '_implementation', np.dot)
_matmul = np.matmul
_F4 = np.dtype(np.float32)
_F8 = np.dtype(np.float64)

#: From this many output elements on, a product of two C- or F-contiguous float32/float64
#: matrices is computed by ``numpy.matmul``: numpy.dot zero-fills its output before handing
#: it to the same ``cblas_?gemm`` call (which then zero-fills it again for beta = 0), and that
#: first fill is 400 KB per step for the MLP benchmark's weight gradient.  The bits are the
#: same (checked on 35,000 shape/layout/dtype cases, NaN and inf included): for contiguous
#: operands both pass the same arguments to the same gemm.  Strided operands are copied by
#: dot but not by matmul (whose loop then differs), so they stay with dot.
MATMUL_MIN = 4096


def dot(a, b):
    """``numpy.dot`` of two arrays (for 2-D floating operands with a large result: the same
    product through ``numpy.matmul``, see :data:`MATMUL_MIN`)."""
    sa = a.shape
    sb = b.shape
    if len(sa) == 2 and len(sb) == 2 and sa[0] * sb[1] >= MATMUL_MIN:
        dt = a.dtype
        if (dt is _F4 or dt is _F8) and b.dtype is dt and sa[1] == sb[0]:
            fa = a.flags
            fb = b.flags
            if (fa.c_contiguous or fa.f_contiguous) and (fb.c_contiguous or fb.f_contiguous):
                return _matmul(a, b)
    return dot_c(a, b)


def _dot_general(a, b):
    return dot_c(a, b)


dot = _fastpaths.code_pair(dot, _dot_general)     # reference mode: numpy.dot for every product


def _prod(shape):
    """Number of elements of a shape tuple (much cheaper than numpy's prod on tuples)."""
    n = 1
    for s in shape:
        n *= s
    return n

KIND = 'numpy'

#: Kernels owned by the op modules above this one (``conv_ops``, ``pointwise``), installed by them
#: at import with :func:`provide` and called late-bound below (this module imports no op module).
provided = types.SimpleNamespace()


def provide(**kernels):
    """Called by an op module at import: make its numpy kernels available to this vocabulary."""
    vars(provided).update(kernels)


def sum_to(g, shape):
    """Reduce a broadcast gradient ``g`` to ``shape`` (one sum call, no copy if equal)."""
    gs = g.shape
    if gs == shape:
        return g
    n = len(shape)
    lead = g.ndim - n
    size = _prod(shape)
    if size == 0:
        return np.zeros(shape, dtype=g.dtype)       # gradient of an empty tensor
    if lead < 0 or g.size < size:
        if _broadcastable(gs, shape):
            return np.broadcast_to(g, shape).copy()
        raise gradient_size_error(gs, shape)
    axes = list(range(lead))
    for i in range(n):
        if shape[i] == 1 and gs[lead + i] != 1:
            axes.append(lead + i)
        elif gs[lead + i] != shape[i]:
            raise gradient_size_error(gs, shape)
    if axes:
        g = g.sum(axis=tuple(axes), keepdims=True)
    if g.shape != shape:
        g = g.reshape(shape)
    return g


def gradient_size_error(got, want):
    """A gradient that is no broadcast of its value's size, e.g. from a custom Function's
    ``backward`` (0.3.1 passed such a gradient on unchecked and failed, if at all, in a later
    formula; modern torch's ``validate_outputs`` names it)."""
    return RuntimeError('invalid gradient: got size [%s] for a value of size [%s]'
                        % (', '.join(map(str, got)), ', '.join(map(str, want))))


def _broadcastable(src, dst):
    if len(src) > len(dst):
        return False
    for s, d in zip(reversed(src), reversed(dst)):
        if s != 1 and s != d:
            return False
    return True


def fix_grad(g, shape, dtype):
    if type(g) is not np.ndarray:
        g = np.asarray(g)
    if g.shape != shape:
        g = sum_to(g, shape)
    if g.dtype != dtype:
        g = g.astype(dtype)
    return g


def const(value, like):
    """A constant array (non-differentiable) with ``like``'s dtype."""
    return np.asarray(value, dtype=like.dtype)


def zeros(shape, like):
    return np.zeros(shape, dtype=like.dtype)


def ones_like(x):
    return np.ones_like(x)


def expand(g, shape, scale=None):
    """``g`` (times ``scale``, if given) broadcast to ``shape``."""
    if g.size == 1 and g.shape != tuple(shape):
        # the common "gradient of a full reduction": one fill, the scale applied to the one
        # value (a numpy scalar times a Python float rounds exactly like the array product)
        v = g.reshape(-1)[0]
        out = np.empty(shape, dtype=g.dtype)
        out.fill(v if scale is None else v * scale)
        return out
    if scale is not None:
        g = g * scale
    if g.shape == tuple(shape):
        return g
    return np.broadcast_to(g, shape)


def reshape(g, shape):
    return g.reshape(shape)


def mm(a, b):
    return dot(a, b)


def matmul(a, b):
    return np.matmul(a, b)


def t(a):
    return a.T


def transpose(a, d0, d1):
    return np.swapaxes(a, d0, d1)


def permute(a, dims):
    return np.transpose(a, dims)


def sum(a, dim=None, keepdim=False):
    if dim is None:
        return np.asarray(a.sum(dtype=a.dtype)).reshape(1)
    return a.sum(axis=dim, keepdims=keepdim)


def unsqueeze(a, dim):
    return np.expand_dims(a, dim)


def exp(a):
    return np.exp(a)


def log(a):
    return np.log(a)


def sqrt(a):
    return np.sqrt(a)


def sin(a):
    return np.sin(a)


def cos(a):
    return np.cos(a)


def sign(a):
    """TH's sign, ``(x > 0) - (x < 0)``: 0 at nan (numpy's sign gives nan), so ``abs``'s
    gradient at nan is 0 as in 0.3 and modern torch."""
    if a.dtype.kind != 'f':
        return np.sign(a)
    r = (a > 0).astype(a.dtype)
    r -= a < 0
    return r


def mask(cond, like):
    """``cond`` (a boolean array) as 0/1 values of ``like``'s type -- a constant."""
    return cond.astype(like.dtype)


def where(cond, a, b):
    return np.where(cond, a, b)


def value(x):
    """The numpy array behind a backward value (identity here)."""
    return x


def pow(a, e):
    """``a ** e``.  For a number ``e == 1`` this is ``a`` itself (``x ** 1`` is ``x``
    exactly, so no pass is spent on it, e.g. in the backward of ``x.pow(2)``): backward
    formulas only read what they get from the backend, never write into it.  ``e == 2`` is
    ``square`` (the same values as ``power(a, 2.0)``, several times faster)."""
    if type(e) is float:
        if e == 1.0:
            return a
        if e == 2.0 and a.dtype.kind == 'f':
            return np.square(a)
    return np.power(a, e)


def _pow_general(a, e):
    """``a ** e`` by ``power`` (reference mode: no x**1 / x**2 shortcuts)."""
    return np.power(a, e)


_fastpaths.code_pair(pow, _pow_general)


def index_select(a, dim, index):
    return np.take(a, index, axis=dim)


def index_add(zeros_shape, dim, index, src, like):
    """``src`` added into zeros of ``zeros_shape`` at ``index`` along ``dim`` (the adjoint of
    index_select / embedding), terms in index order."""
    out = np.zeros(zeros_shape, dtype=like.dtype)
    if dim == 0 and index.ndim == 1:
        # whole rows: one ``add.at`` on the flattened arrays, several times faster than the
        # row-indexed one; every element still gets its terms in index order (the same floats)
        row = _prod(zeros_shape[1:])
        flat = ((index * row)[:, None] + np.arange(row)).reshape(-1)
        np.add.at(out.reshape(-1), flat, np.reshape(src, -1))
        return out
    np.add.at(out, (slice(None),) * dim + (index,), src)
    return out


def narrow_pad(g, shape, dim, start):
    """Gradient of narrow/slicing along one dim: g placed into zeros of ``shape``."""
    out = np.zeros(shape, dtype=g.dtype)
    idx = [slice(None)] * len(shape)
    idx[dim] = slice(start, start + g.shape[dim])
    out[tuple(idx)] = g
    return out


def index_put_zeros(g, shape, key):
    """Gradient of ``x[key]``: g scattered (accumulated) into zeros of ``shape``."""
    out = np.zeros(shape, dtype=g.dtype)
    if g.size == 0:
        return out            # an empty selection (0.3's dimensionless empty tensor)
    if _is_basic_key(key):
        out[key] = g          # basic indexing never repeats an element: plain assignment
    else:
        np.add.at(out, key, g)
    return out


def _is_basic_key(key):
    if not isinstance(key, tuple):
        key = (key,)
    for k in key:
        if not (k is None or k is Ellipsis or isinstance(k, (int, np.integer, slice))) \
                or isinstance(k, bool):
            return False
    return True


# ---------------------------------------------------------------- indexing / shape vocabulary
def getitem(a, key):
    """``a[key]`` (never 0-dim: a full integer index gives one element of size 1)."""
    r = np.asarray(a[key])
    return r.reshape(1) if r.ndim == 0 else r


def narrow(a, dim, start, length):
    return a[(slice(None),) * dim + (slice(start, start + length),)]


def cat(seq, dim):
    return np.concatenate(list(seq), axis=dim)


def _gather_source(a, dim, index):
    """``a`` cut down to ``index``'s size in every dim except ``dim`` (0.3 allowed smaller indexes)."""
    if a.shape[:dim] + a.shape[dim + 1:] == index.shape[:dim] + index.shape[dim + 1:]:
        return a
    return a[tuple(slice(None) if d == dim else slice(0, index.shape[d]) for d in range(a.ndim))]


def gather(a, dim, index):
    return np.take_along_axis(_gather_source(a, dim, index), index, axis=dim)


def scatter_coords(dim, index):
    """Full coordinate tuple of the positions ``scatter(dim, index)`` writes to."""
    coords = list(np.indices(index.shape, sparse=True))
    coords[dim] = index
    return tuple(coords)


def scatter_add_into_zeros(g, shape, dim, index):
    """Adjoint of gather: ``g`` (index-shaped) added into zeros of ``shape`` at the gathered positions."""
    out = np.zeros(shape, dtype=g.dtype)
    np.add.at(out, scatter_coords(dim, index), g)
    return out


def diag(a, k=0):
    if a.ndim == 1:
        return np.diag(a, k)
    return np.diagonal(a, k).copy()


def strided_view(a, shape, strides):
    """A view of ``a`` with the given shape and byte ``strides``.  For a C-contiguous ``a``
    it is made by the ndarray constructor, which also checks the bounds
    (``numpy.lib.stride_tricks.as_strided`` spends several microseconds in Python per call)."""
    if a.flags.c_contiguous:
        return np.ndarray(shape, a.dtype, a, 0, strides)
    return np.lib.stride_tricks.as_strided(a, shape, strides)


def unfold(a, dim, size, step):
    """The 0.3 ``unfold``: a strided view with windows of ``size`` every ``step`` along ``dim``."""
    count = (a.shape[dim] - size) // step + 1
    shape = a.shape[:dim] + (count,) + a.shape[dim + 1:] + (size,)
    st = a.strides
    strides = st[:dim] + (st[dim] * step,) + st[dim + 1:] + (st[dim],)
    return strided_view(a, shape, strides)


def unfold_back(g, shape, dim, size, step):
    """Adjoint of unfold: every window element of ``g`` added back at its source position."""
    n = _prod(shape)
    positions = unfold(np.arange(n).reshape(shape), dim, size, step)
    out = np.zeros(n, dtype=g.dtype)
    np.add.at(out, positions.reshape(-1), np.ascontiguousarray(g).reshape(-1))
    return out.reshape(shape)


# ---------------------------------------------------------------- reduction vocabulary
def flip(a, dim):
    """``a`` reversed along ``dim``."""
    return np.flip(a, dim)


def cumsum(a, dim):
    return np.cumsum(a, axis=dim)


def cumprod(a, dim):
    return np.cumprod(a, axis=dim)


def prod(a, dim=None, keepdim=False):
    """Product over ``dim`` (all elements, as shape (1,), when ``dim`` is None)."""
    if dim is None:
        return np.asarray(a.prod()).reshape(1)
    return a.prod(axis=dim, keepdims=keepdim)


def shift(a, dim, step):
    """``a`` moved ``step`` places along ``dim`` (positive: towards higher indexes), zero-filled."""
    out = np.zeros(a.shape, dtype=a.dtype)
    n = a.shape[dim]
    if abs(step) < n:
        src = [slice(None)] * a.ndim
        dst = [slice(None)] * a.ndim
        if step >= 0:
            dst[dim], src[dim] = slice(step, n), slice(0, n - step)
        else:
            dst[dim], src[dim] = slice(0, n + step), slice(-step, n)
        out[tuple(dst)] = a[tuple(src)]
    return out


# -------------------------------------------------------------- pointwise helpers
def sinh(a):
    return np.sinh(a)


def cosh(a):
    return np.cosh(a)


def trunc(a):
    return np.trunc(a)


def floor(a):
    return np.floor(a)


def polygamma(n, a):
    """psi^(n)(a) (n = 0: digamma), computed in float64, returned in ``a``'s dtype."""
    return provided.polygamma_like(n, a)


def take_flat(g, index):
    """Elements of ``g`` at flat positions ``index`` (shaped like ``index``)."""
    return g.reshape(-1)[index]


def zero_flat(g, index):
    """``g`` with the elements at flat positions ``index`` set to zero."""
    out = np.array(g, copy=True)
    out.reshape(-1)[index.reshape(-1)] = 0
    return out



# -------------------------------------------------------------- convolution / pooling vocabulary
# (kernels live in ``conv_ops``, which provides them; ``p`` is the op's stride/padding/dilation/groups dict)
def conv_nd(x, w, p):
    """Cross-correlation without bias (1-d or 2-d by the rank of ``x``)."""
    return provided.conv_forward(x, w, None, p['stride'], p['padding'], p['dilation'], p['groups'])


def conv_nd_input_grad(g, w, x_shape, p):
    return provided.conv_input_grad(g, w, x_shape, p['stride'], p['padding'], p['dilation'],
                                    p['groups'])


def conv_nd_weight_grad(x, g, w_shape, p, cache=None):
    """``cache``: the forward's ``conv_ops.ColumnCache`` (its im2col matrix is reused)."""
    return provided.conv_weight_grad(x, g, w_shape, p['stride'], p['padding'], p['dilation'],
                                     p['groups'], cache)


def pool_gather(x, index, nd=2):
    return provided.pool_gather(x, index, nd)


def pool_scatter(g, index, shape, nd=2, unique=False):
    return provided.pool_scatter(g, index, shape, nd, unique)


def avg_pool(x, p):
    return provided.avg_pool_forward(x, p['kernel_size'], p['stride'], p['padding'], p['ceil_mode'],
                                     p['count_include_pad'])


def avg_pool_back(g, shape, p):
    return provided.avg_pool_backward(g, shape, p['kernel_size'], p['stride'], p['padding'],
                                      p['ceil_mode'], p['count_include_pad'])


def adaptive_avg_pool(x, output_size):
    return provided.adaptive_avg_forward(x, tuple(output_size))


def adaptive_avg_pool_back(g, shape):
    return provided.adaptive_avg_backward(g, shape)


def pad_nd(x, pad, mode, value=0.0):
    return provided.pad_forward(x, pad, mode, value)


def pad_nd_back(g, pad, mode, shape):
    return provided.pad_backward(g, pad, mode, shape)
