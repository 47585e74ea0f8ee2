"""Registry ops shared by the nn functions added for 0.3.1's upsampling, 3-d pooling and
friends (``_functional_vision``, ``_functional_volumetric``, ``_functional_activation``).

* :func:`separable_pair`: a linear map that acts on each trailing spatial axis with its own
  matrix (nearest / linear upsampling, average pooling with any padding rule, adaptive average
  pooling are all of this form).  It is registered twice, as the map and as its adjoint (the
  transposed matrices), each the other's backward, so gradients of gradients work.
* :func:`named`: gives the result of a composite of recorded Variable ops the node name 0.3
  printed for the function (``GluBackward``, ``ConvNdBackward``); the node passes the gradient
  through unchanged to the composite below it.
* :func:`gather_pool_op` / the unpool ops: max pooling by indices (values gathered at flat
  in-plane positions, the gradient scattered back) on the gather/scatter kernels of
  ``ops.conv_ops``.

Every op here has its parity against modern torch in ``compat_tests/test_nn_vision.py`` (the
public functions are compared there, not the ops one by one).
"""
import numpy as np

from ..ops.registry import register
from ..ops.dispatch import call
from ..ops import conv_ops as _conv
from ..autograd.variable import Variable

TESTED = 'compared with modern torch through the public nn functions in ' \
         'compat_tests/test_nn_vision.py'


# ---------------------------------------------------------------------- separable linear maps
def apply_mats(x, mats, transpose=False):
    """``x`` with matrix ``mats[i]`` (out_i, in_i) applied along its i-th trailing spatial
    axis (``len(mats)`` trailing axes); ``transpose``: the adjoint map."""
    nd = len(mats)
    for i, m in enumerate(mats):
        m = np.asarray(m, dtype=x.dtype)
        if transpose:
            m = m.T
        ax = x.ndim - nd + i
        x = np.moveaxis(np.tensordot(m, x, axes=([1], [ax])), 0, ax)
    return np.ascontiguousarray(x)


def separable_pair(name, grad_fn, back_grad_fn):
    """(map, adjoint) registry ops of a separable linear map with params ``mats``."""
    ops = {}

    def fwd(x, mats):
        return apply_mats(x, mats)

    def adj(g, mats):
        return apply_mats(g, mats, transpose=True)

    def fwd_back(ctx, g):
        if ctx.B.KIND == 'numpy':
            return (adj(g, ctx.params['mats']),)
        return (call(ops['adj'], [g], {'mats': ctx.params['mats']}),)

    def adj_back(ctx, h):
        if ctx.B.KIND == 'numpy':
            return (fwd(h, ctx.params['mats']),)
        return (call(ops['fwd'], [h], {'mats': ctx.params['mats']}),)

    ops['fwd'] = register(name, fwd, fwd_back, grad_fn=grad_fn, argnames=('input',),
                          parity_exempt=TESTED)
    ops['adj'] = register(name + '_backward', adj, adj_back, grad_fn=back_grad_fn,
                          argnames=('grad_output',), parity_exempt=TESTED)
    return ops['fwd'], ops['adj']


# ---------------------------------------------------------------------- named composites
_NAMED = {}


def _named_op(grad_fn):
    op = _NAMED.get(grad_fn)
    if op is None:
        op = register('named:' + grad_fn, lambda a: a.copy(), lambda ctx, g: (g,),
                      grad_fn=grad_fn, argnames=('input',), parity_exempt=TESTED)
        _NAMED[grad_fn] = op
    return op


def named(result, grad_fn):
    """``result`` (a Variable computed by recorded ops) under a node called ``grad_fn``; a
    tensor or a Variable without a graph is returned as it is."""
    if not isinstance(result, Variable) or result._grad_fn is None:
        return result
    return call(_named_op(grad_fn), [result])


# ---------------------------------------------------------------------- max pooling by indices
def _guarded_pool_back(ctx, g):
    guard = ctx.params.get('guard')
    if guard is not None and guard._version[0] != 0:
        raise RuntimeError('one of the variables needed for gradient computation has been '
                           'modified by an inplace operation')
    return (ctx.B.pool_scatter(g, ctx.params['index'], ctx.shapes[0][0], ctx.params['nd'],
                               False),)


def gather_pool_op(name, grad_fn):
    """Max pooling by a precomputed in-plane index: params ``index`` (flat positions in the
    ``nd`` trailing dims), ``nd`` and ``guard`` (the indices tensor handed to the user: its
    backward refuses to run once they were modified in place, as 0.3's saved-variable check
    did)."""
    return register(name, lambda x, index, nd, **_: _conv.pool_gather(x, index, nd),
                    _guarded_pool_back, grad_fn=grad_fn, argnames=('input',),
                    parity_exempt=TESTED)


def _unpool_fwd(x, index, nd, shape):
    out = np.zeros(shape, dtype=x.dtype)
    flat = _conv._flat(index, shape, nd).reshape(-1)
    out.reshape(-1)[flat] = x.reshape(-1)          # THNN: the last write of a position wins
    return out


def unpool_op(name, grad_fn):
    """Max unpooling: ``x`` written into zeros of ``shape`` at in-plane positions ``index``;
    the gradient is gathered back from those positions."""
    return register(name, lambda x, index, nd, shape: _unpool_fwd(x, index, nd, shape),
                    lambda ctx, g: (ctx.B.pool_gather(g, ctx.params['index'], ctx.params['nd']),),
                    grad_fn=grad_fn, argnames=('input',), parity_exempt=TESTED)


# ---------------------------------------------------------------------- gradient scaling
def _grad_scale_back(ctx, g):
    return (g * ctx.B.const(ctx.params['scale'], g),)


GRAD_SCALE = register('grad_scale', lambda a, scale: a.copy(), _grad_scale_back,
                      grad_fn='torch.autograd.function.EmbeddingBagBackward',
                      argnames=('input',), parity_exempt=TESTED)


def scale_grad(v, scale):
    """``v`` unchanged whose gradient is multiplied by the constant array ``scale`` (broadcast
    against ``v``): THNN's ``scale_grad_by_freq``."""
    if not isinstance(v, Variable) or (v._grad_fn is None and not v.requires_grad):
        return v
    return call(GRAD_SCALE, [v], {'scale': scale})
