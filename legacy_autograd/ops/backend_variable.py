"""Backward formulas' vocabulary on Variables (used when ``create_graph=True``).

Same names as ``backend_numpy``; every function here records graph nodes, so
gradients computed with it can be differentiated again.  Helper ops that only
appear inside backward formulas (``sum_to``, scatter-into-zeros) are registered
here with their own backward.
"""
import numpy as np

import sys
import types

from .. import backend_numpy as NB
from .registry import OPS, register
from .dispatch import call as _call
from .copy_slices import COPY_SLICES  # noqa: F401  (was defined here)
from ..autograd import engine as _engine
from ..autograd.variable import Variable
from ..tensor import CLASS_BY_DTYPE, LongTensor

KIND = 'variable'


def _v(x):
    return x


#: Vocabulary owned by the op modules above this one (``shape``, ``pointwise``, ``conv_ops``),
#: installed by them at import with :func:`provide` and called late-bound below.
provided = types.SimpleNamespace()


def provide(**words):
    """Called by an op module at import: make its Variable-level helpers available here."""
    vars(provided).update(words)


def _const(array, like):
    t = type(like._data)._wrap(np.asarray(array, dtype=like._data._a.dtype))
    return Variable._make(t, volatile=False)


# -------------------------------------------------------------- helper ops
def _sum_to_back(ctx, g):
    # the inverse of NB.sum_to: an expand of a reduced broadcast, or a reshape of a gradient
    # that only had the input's element count (an assignment's value with more leading unit
    # dimensions than its destination: 0.3.1 SetItem's .view(value_size))
    shape = ctx.shapes[0][0]
    if NB._broadcastable(ctx.params['shape'], shape):
        return (ctx.B.expand(g, shape),)
    return (ctx.B.reshape(g, shape),)


SUM_TO = register(
    'sum_to', lambda a, shape: NB.sum_to(a, shape), _sum_to_back,
    grad_fn='SumBackward1', argnames=('self',), parity_exempt='internal helper of backward formulas')

EXPAND_TO = register(
    'expand_to', lambda a, shape: np.broadcast_to(a, shape),
    lambda ctx, g: (ctx.B.sum_to(g, ctx.shapes[0][0]),),
    grad_fn='ExpandBackward', argnames=('self',), parity_exempt='internal helper of backward formulas')

NARROW_PAD = register(
    'narrow_pad', lambda g, shape, dim, start: NB.narrow_pad(g, shape, dim, start),
    lambda ctx, g: (_narrow_back(ctx, g),),
    grad_fn='NarrowBackward', argnames=('self',), parity_exempt='internal helper of backward formulas')


def _narrow_back(ctx, g):
    p = ctx.params
    n = ctx.shapes[0][0][p['dim']]
    return ctx.B.narrow(g, p['dim'], p['start'], n)


INDEX_PUT_ZEROS = register(
    'index_put_zeros', lambda g, shape, key: NB.index_put_zeros(g, shape, key),
    lambda ctx, g: (ctx.B.getitem(g, ctx.params['key']),),
    grad_fn='IndexPutBackward', argnames=('self',), parity_exempt='internal helper of backward formulas')


# -------------------------------------------------------------- vocabulary
def sum_to(g, shape):
    if g._data._a.shape == tuple(shape):
        return g
    return _call(SUM_TO, [g], {'shape': tuple(shape)})


def fix_grad(g, shape, dtype):
    if g._data._a.shape != shape:
        g = sum_to(g, shape)
    if g._data._a.dtype != dtype:
        g = g.type(CLASS_BY_DTYPE[dtype])
    return g


def const(value, like):
    return _const(value, like)


def zeros(shape, like):
    return _const(np.zeros(shape, dtype=like._data._a.dtype), like)


def ones_like(x):
    return _const(np.ones_like(x._data._a), x)


def expand(g, shape, scale=None):
    if scale is not None:
        g = g * scale
    if g._data._a.shape == tuple(shape):
        return g
    return _call(EXPAND_TO, [g], {'shape': tuple(shape)})


def reshape(g, shape):
    return g.contiguous().view(*shape) if shape else g


def mm(a, b):
    return a.mm(b)


def matmul(a, b):
    return a.matmul(b)


def t(a):
    return a.t()


def transpose(a, d0, d1):
    return a.transpose(d0, d1)


def permute(a, dims):
    return a.permute(*dims)


def sum(a, dim=None, keepdim=False):
    if dim is None:
        return a.sum()
    if isinstance(dim, tuple):
        for d in sorted(dim, reverse=True):
            a = a.sum(d, keepdim=keepdim)
        return a
    return a.sum(dim, keepdim=keepdim)


def unsqueeze(a, dim):
    return a.unsqueeze(dim)


def narrow(a, dim, start, length):
    return a.narrow(dim, start, length)


def getitem(a, key):
    return a[key]


def exp(a):
    return a.exp()


def log(a):
    return a.log()


def sqrt(a):
    return a.sqrt()


def sin(a):
    return a.sin()


def cos(a):
    return a.cos()


def pow(a, e):
    return a.pow(e)


def sign(a):
    # the registry's sign (SignBackward, a zero derivative), as 0.3's ``self.sign()`` in a
    # backward formula: the gradient it builds keeps its graph under create_graph
    return _call(OPS['sign'], [a])


def mask(cond, like):
    c = cond._data._a if isinstance(cond, Variable) else cond
    return _const(c.astype(like._data._a.dtype), like)


def where(cond, a, b):
    m = mask(cond, a)
    return a * m + b * (1 - m)


def value(x):
    return x._data._a


def index_select(a, dim, index):
    idx = Variable._make(LongTensor._wrap(np.asarray(index, dtype=np.int64)))
    return a.index_select(dim, idx)


def narrow_pad(g, shape, dim, start):
    return _call(NARROW_PAD, [g], {'shape': tuple(shape), 'dim': dim, 'start': start})


def index_put_zeros(g, shape, key):
    return _call(INDEX_PUT_ZEROS, [g], {'shape': tuple(shape), 'key': key})


# -------------------------------------------------------------- indexing / shape helpers
def _long_var(index):
    return Variable._make(LongTensor._wrap(np.asarray(index, dtype=np.int64)))


INDEX_ADD_ZEROS = register(
    'index_add_zeros', lambda src, shape, dim, index: NB.index_add(shape, dim, index, src, src),
    lambda ctx, g: (ctx.B.index_select(g, ctx.params['dim'], ctx.params['index']),),
    grad_fn='IndexAddBackward', argnames=('source',),
    parity_exempt='internal helper of backward formulas')

SCATTER_ADD_ZEROS = register(
    'scatter_add_zeros', lambda g, shape, dim, index: NB.scatter_add_into_zeros(g, shape, dim, index),
    lambda ctx, g: (ctx.B.gather(g, ctx.params['dim'], ctx.params['index']),),
    grad_fn='ScatterAddBackward', argnames=('source',),
    parity_exempt='internal helper of backward formulas')

UNFOLD_BACK = register(
    'unfold_back', lambda g, shape, dim, size, step: NB.unfold_back(g, shape, dim, size, step),
    lambda ctx, g: (ctx.B.unfold(g, ctx.params['dim'], ctx.params['size'], ctx.params['step']),),
    grad_fn='UnfoldBackwardBackward', argnames=('self',),
    parity_exempt='internal helper of backward formulas')


def index_add(zeros_shape, dim, index, src, like):
    return _call(INDEX_ADD_ZEROS, [src], {'shape': tuple(zeros_shape), 'dim': dim,
                                          'index': np.asarray(index, dtype=np.int64)})


def scatter_add_into_zeros(g, shape, dim, index):
    return _call(SCATTER_ADD_ZEROS, [g], {'shape': tuple(shape), 'dim': dim, 'index': index})


def unfold_back(g, shape, dim, size, step):
    return _call(UNFOLD_BACK, [g], {'shape': tuple(shape), 'dim': dim, 'size': size, 'step': step})


def gather(a, dim, index):
    return a.gather(dim, _long_var(index))


def unfold(a, dim, size, step):
    return a.unfold(dim, size, step)


def cat(seq, dim):
    return provided.cat(list(seq), dim)


def diag(a, k=0):
    return a.diag(k)


# -------------------------------------------------------------- reduction helpers
FLIP_DIM = register(
    'flip_dim', lambda a, dim: np.ascontiguousarray(np.flip(a, dim)),
    lambda ctx, g: (ctx.B.flip(g, ctx.params['dim']),),
    grad_fn='FlipBackward', argnames=('self',),
    parity_exempt='internal helper of backward formulas')


def flip(a, dim):
    return _call(FLIP_DIM, [a], {'dim': dim})


def cumsum(a, dim):
    return a.cumsum(dim)


def cumprod(a, dim):
    return a.cumprod(dim)


def prod(a, dim=None, keepdim=False):
    if dim is None:
        return a.prod()
    return a.prod(dim, keepdim=keepdim)


SHIFT_DIM = register(
    'shift_dim', lambda a, dim, step: NB.shift(a, dim, step),
    lambda ctx, g: (ctx.B.shift(g, ctx.params['dim'], -ctx.params['step']),),
    grad_fn='ShiftBackward', argnames=('self',),
    parity_exempt='internal helper of backward formulas')


def shift(a, dim, step):
    return _call(SHIFT_DIM, [a], {'dim': dim, 'step': step})


# -------------------------------------------------------------- pointwise helpers
def sinh(a):
    return a.sinh()


def cosh(a):
    return a.cosh()


def trunc(a):
    # piecewise constant: its derivative is zero, so a constant is exact
    return _const(np.trunc(a._data._a), a)


def floor(a):
    return _const(np.floor(a._data._a), a)


def polygamma(n, a):
    return _call(provided.POLYGAMMA, [a], {'n': int(n)})


def take_flat(g, index):
    idx = Variable._make(LongTensor._wrap(np.ascontiguousarray(index).reshape(-1)))
    return g.contiguous().view(-1).index_select(0, idx).view(*index.shape)


def zero_flat(g, index):
    keep = np.ones(g._data._a.size, dtype=g._data._a.dtype)
    keep[index.reshape(-1)] = 0
    return g * _const(keep.reshape(g._data._a.shape), g)



# -------------------------------------------------------------- convolution / pooling vocabulary
# (the helper ops are registered in ``conv_ops``, each with its own backward, and provided here)
def conv_nd(x, w, p):
    return provided.var_conv(x, w, p)


def conv_nd_input_grad(g, w, x_shape, p):
    return provided.var_conv_input_grad(g, w, x_shape, p)


def conv_nd_weight_grad(x, g, w_shape, p, cache=None):
    if cache is not None:
        cache.release()         # recorded path: the numpy columns are not used
    return provided.var_conv_weight_grad(x, g, w_shape, p)


def pool_gather(x, index, nd=2):
    return provided.var_pool_gather(x, index, nd)


def pool_scatter(g, index, shape, nd=2, unique=False):
    return provided.var_pool_scatter(g, index, shape, nd, unique)


def avg_pool(x, p):
    return provided.var_avg_pool(x, p)


def avg_pool_back(g, shape, p):
    return provided.var_avg_pool_back(g, shape, p)


def adaptive_avg_pool(x, output_size):
    return provided.var_adaptive_avg_pool(x, output_size)


def adaptive_avg_pool_back(g, shape):
    return provided.var_adaptive_avg_pool_back(g, shape)


def pad_nd(x, pad, mode, value=0.0):
    return provided.var_pad(x, pad, mode, value)


def pad_nd_back(g, pad, mode, shape):
    return provided.var_pad_back(g, pad, mode, shape)


_engine.install_variable_backend(sys.modules[__name__])
