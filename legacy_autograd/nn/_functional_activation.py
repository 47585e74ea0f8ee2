"""The activations of ``torch.nn.functional`` 0.3.1 had beyond ``functional.py``'s own:
``glu``, ``hardshrink``, ``softshrink``, ``rrelu`` and ``alpha_dropout``.

* ``rrelu(input, lower=1/8, upper=1/3, training=False, inplace=False)``: in training every
  element ``<= 0`` draws its slope from the 0.3 generator (``THRandom_uniform(lower, upper)``,
  one draw per such element in row-major order, none for the others); otherwise the slope is
  ``(lower + upper) / 2``.  Node ``RreluBackward``.
* ``glu(input, dim=-1)``: ``a * sigmoid(b)`` of the two halves (``GluBackward``); an odd
  size raises THNN's ``Halving dimension must be even``.
* ``hardshrink`` (``HardshrinkBackward``) / ``softshrink``
  (``torch.autograd.function.SoftshrinkBackward``): lambda 0.5.
* ``alpha_dropout(input, p=0.5, training=False)``: 0.3.1's composite (a ``bernoulli_(p)``
  mask of the input's type set to ``alpha``, then the affine correction).
"""
import numpy as np

from ..autograd.variable import Variable
from ..ops.registry import register
from ..ops.dispatch import call, call_inplace
from ..ops import _args
from .. import rng as _rng
from ..ops.schema import with_clean_errors as _with_clean_errors
from . import _graph_ops as G

__all__ = ['glu', 'hardshrink', 'softshrink', 'rrelu', 'alpha_dropout']


def _data(x):
    return x.data if isinstance(x, Variable) else x


def _masked_back(ctx, g):
    return (g * ctx.B.const(ctx.params['slope'], g),)


def _hardshrink_fwd(x, lambd):
    return np.where((x > lambd) | (x < -lambd), x, x.dtype.type(0))


def _shrink_back(ctx, g):
    x = ctx.B.value(ctx.inputs[0])
    lambd = ctx.params['lambd']
    return (g * ctx.B.mask((x > lambd) | (x < -lambd), g),)


def _softshrink_fwd(x, lambd):
    t = x.dtype.type
    return np.where(x > lambd, x - t(lambd), np.where(x < -lambd, x + t(lambd), t(0)))


_HARDSHRINK = register('hardshrink', _hardshrink_fwd, _shrink_back, grad_fn='HardshrinkBackward',
                       save_inputs=(0,), argnames=('self',), parity_exempt=G.TESTED)
_SOFTSHRINK = register('softshrink', _softshrink_fwd, _shrink_back,
                       grad_fn='torch.autograd.function.SoftshrinkBackward', save_inputs=(0,),
                       argnames=('input',), parity_exempt=G.TESTED)
_RRELU = register('rrelu', lambda x, slope: x * slope, _masked_back, grad_fn='RreluBackward',
                  argnames=('self',), parity_exempt=G.TESTED)


def _float_input(input, name):
    if not isinstance(input, (Variable,)) and not hasattr(input, '_a'):
        raise TypeError("%s(): argument 'input' (position 1) must be Variable, not %s"
                        % (name, type(input).__name__))
    if _data(input)._a.dtype.kind != 'f':
        raise RuntimeError('%s is not implemented for type %s' % (name, _data(input).type()))


def hardshrink(input, lambd=0.5):
    """``x`` where ``|x| > lambd``, else 0."""
    _float_input(input, 'hardshrink')
    return call(_HARDSHRINK, [input], {'lambd': _args.to_float(lambd, None, 'lambd')})


def softshrink(input, lambd=0.5):
    """``x - lambd`` above ``lambd``, ``x + lambd`` below ``-lambd``, else 0."""
    _float_input(input, 'softshrink')
    return call(_SOFTSHRINK, [input], {'lambd': _args.to_float(lambd, None, 'lambd')})


def rrelu(input, lower=1. / 8, upper=1. / 3, training=False, inplace=False):
    """Randomized leaky ReLU (see the module docstring for the draws)."""
    _float_input(input, 'rrelu')
    x = _data(input)._a
    lower, upper = float(lower), float(upper)
    if training:
        slope = np.ones(x.shape, dtype=x.dtype)
        neg = x <= 0
        k = int(neg.sum())
        if k:
            draws = _rng.default_generator.uniform_double(k) * (upper - lower) + lower
            slope[neg] = draws.astype(x.dtype)
    else:
        slope = np.where(x <= 0, x.dtype.type((lower + upper) / 2), x.dtype.type(1))
    if inplace:
        return call_inplace(_RRELU, [input], {'slope': slope})
    return call(_RRELU, [input], {'slope': slope})


def glu(input, dim=-1):
    """Gated linear unit: the first half of ``dim`` times the sigmoid of the second."""
    ndim = input.dim()
    if dim < -ndim or dim >= ndim:
        raise IndexError('dimension out of range (expected to be in range of [%d, %d], but got '
                         '%d)' % (-ndim, ndim - 1, dim))
    d = dim + ndim if dim < 0 else dim
    n = input.size(d)
    if n % 2:
        raise RuntimeError('invalid argument 2: Halving dimension must be even. Dim %d is size %d'
                           % (d, n))
    h = n // 2
    out = input.narrow(d, 0, h) * input.narrow(d, h, h).sigmoid()
    return G.named(out, 'GluBackward')


def alpha_dropout(input, p=0.5, training=False):
    """Alpha dropout for SELU networks, 0.3.1's composite."""
    if p < 0 or p > 1:
        raise ValueError('dropout probability has to be between 0 and 1, but got {}'.format(p))
    if p == 0 or not training:
        return input
    alpha = -1.7580993408473766
    keep_prob = 1 - p
    noise = _data(input).new().resize_(input.size())
    noise.bernoulli_(p)
    noise = noise.byte()
    if isinstance(input, Variable):
        noise = Variable(noise)
    output = input.masked_fill(noise, alpha)
    a = (keep_prob + alpha ** 2 * keep_prob * (1 - keep_prob)) ** (-0.5)
    b = -a * alpha * (1 - keep_prob)
    return output.mul_(a).add_(b)


# a non-tensor input raises a TypeError naming it, not an AttributeError from inside
# (ops/schema.py with_clean_errors, as the schema-declared functional ops)
glu = _with_clean_errors(glu)
