"""Reductions: sum, mean (more in the same pattern).

0.3 rules: on a tensor, a reduction without ``dim`` returns a Python number
(accumulated in double for float types, like TH's ``accreal``); on a Variable
it returns a Variable of size 1.  With ``dim``, the dim is removed unless
``keepdim=True``; reducing a 1-D tensor gives size 1, never 0-dim.
"""
import numpy as np

from .registry import register
from .dispatch import call, is_var
from .surface import both
from ._common import wrap_dim, tensor_of


def _acc_dtype(a):
    if a.dtype.kind == 'f':
        return np.float64
    return np.int64


def _sum_all(a):
    return np.asarray(a.sum(dtype=_acc_dtype(a))).reshape(1)


def _mean_all(a):
    return np.asarray(a.sum(dtype=np.float64) / max(a.size, 1)).reshape(1)


def _sum_dim(a, dim, keepdim):
    r = a.sum(axis=dim, keepdims=keepdim, dtype=_acc_dtype(a) if a.dtype.kind == 'f' else None)
    return r.astype(a.dtype, copy=False)


def _mean_dim(a, dim, keepdim):
    return (a.sum(axis=dim, keepdims=keepdim, dtype=np.float64) / a.shape[dim]).astype(a.dtype)


def _expand_back(ctx, g, dim, keepdim, scale=None):
    B = ctx.B
    shape = ctx.shapes[0][0]
    if not keepdim and dim is not None:
        g = B.unsqueeze(g, dim)
    if scale is not None:
        g = g * scale
    return B.expand(g, shape)


SUM = register(
    'sum', _sum_all,
    lambda ctx, g: (_expand_back(ctx, g, None, False),),
    grad_fn='SumBackward0', argnames=('self',),
    modern=lambda torch, a: torch.sum(a))
SUM_DIM = register(
    'sum_dim', _sum_dim,
    lambda ctx, g: (_expand_back(ctx, g, ctx.params['dim'], ctx.params['keepdim']),),
    grad_fn='SumBackward1', argnames=('self',),
    modern=lambda torch, a, dim, keepdim: torch.sum(a, dim, keepdim=keepdim))
MEAN = register(
    'mean', _mean_all,
    lambda ctx, g: (_expand_back(ctx, g, None, False, 1.0 / max(1, int(np.prod(ctx.shapes[0][0])))),),
    grad_fn='MeanBackward1', argnames=('self',),
    modern=lambda torch, a: torch.mean(a))
MEAN_DIM = register(
    'mean_dim', _mean_dim,
    lambda ctx, g: (_expand_back(ctx, g, ctx.params['dim'], ctx.params['keepdim'],
                                 1.0 / ctx.shapes[0][0][ctx.params['dim']]),),
    grad_fn='MeanBackward0', argnames=('self',),
    modern=lambda torch, a, dim, keepdim: torch.mean(a, dim, keepdim=keepdim))


def full_reduce(op, self):
    """Run a full reduction: a Python number on tensors, a size-1 Variable on Variables."""
    if is_var(self):
        return call(op, [self])
    r = op.forward(self._a)
    return r[0].item()


def dim_reduce(op, self, dim, keepdim):
    t = tensor_of(self)
    d = wrap_dim(dim, max(t.dim(), 1))
    return call(op, [self], {'dim': d, 'keepdim': bool(keepdim)})


@both()
def sum(self, dim=None, keepdim=False):
    if dim is None:
        return full_reduce(SUM, self)
    return dim_reduce(SUM_DIM, self, dim, keepdim)


@both()
def mean(self, dim=None, keepdim=False):
    if dim is None:
        return full_reduce(MEAN, self)
    if not tensor_of(self)._info.is_floating:
        raise TypeError('mean is not implemented for type %s' % tensor_of(self).type())
    return dim_reduce(MEAN_DIM, self, dim, keepdim)
