"""Backward formulas' vocabulary on numpy arrays (ordinary backward).

``backend_variable`` defines the same names on Variables, so one backward
formula serves both first-order (fast, numpy) and higher-order
(``create_graph=True``, recorded) gradients.  Operators ``+ - * / **`` and unary
``-`` work directly on both kinds; anything else goes through these functions.
"""
import numpy as np

KIND = 'numpy'


def sum_to(g, shape):
    """Reduce a broadcast gradient ``g`` to ``shape`` (one sum call, no copy if equal)."""
    gs = g.shape
    if gs == shape:
        return g
    n = len(shape)
    lead = g.ndim - n
    if lead < 0 or g.size < int(np.prod(shape)):
        return np.broadcast_to(g.reshape(g.shape + (1,) * 0), shape).copy() \
            if _broadcastable(gs, shape) else g.reshape(shape)
    axes = list(range(lead))
    for i in range(n):
        if shape[i] == 1 and gs[lead + i] != 1:
            axes.append(lead + i)
    if axes:
        g = g.sum(axis=tuple(axes), keepdims=True)
    if g.shape != shape:
        g = g.reshape(shape)
    return g


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


def expand(g, shape):
    if g.shape == tuple(shape):
        return g
    return np.broadcast_to(g, shape)


def reshape(g, shape):
    return g.reshape(shape)


def mm(a, b):
    return np.dot(a, b)


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
    return np.sign(a)


def mask(cond, like):
    """``cond`` (a boolean array) as 0/1 values of ``like``'s type -- a constant."""
    return cond.astype(like.dtype)


def where(cond, a, b):
    return np.where(cond, a, b)


def value(x):
    """The numpy array behind a backward value (identity here)."""
    return x


def pow(a, e):
    return np.power(a, e)


def index_select(a, dim, index):
    return np.take(a, index, axis=dim)


def index_add(zeros_shape, dim, index, src, like):
    out = np.zeros(zeros_shape, dtype=like.dtype)
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
    np.add.at(out, key, g)
    return out
