"""Unary and other pointwise ops: exp, log, trigonometry, rounding, clamp, erf, lgamma, ...

0.3 argument forms: ``x.exp()``, ``torch.exp(x, out=y)``, in place ``x.exp_()``;
``x.clamp(min, max)`` / ``x.clamp(min=m)`` / ``x.clamp(max=m)``;
``x.fmod(2)`` / ``x.fmod(y)``; ``x.lerp(end, weight)``;
``x.addcmul(t1, t2)`` / ``x.addcmul(value, t1, t2)`` / ``x.addcmul(t1, t2, value=v)``
(same for addcdiv); ``x.fill_(v)``, ``x.zero_()``.

Rules kept from 0.3 (TH):

* the float-only ops do not exist for the other types, with 0.3.1's three errors
  (``type_support.py``: no method on an integer tensor, no stateless method for
  ``torch.exp(t)``, ``exp is not implemented for type CPULongType`` on Variables);
  sign, clamp, fmod, remainder, addcmul, addcdiv, fill_ and zero_ work on every
  type, abs and neg on every type but Byte and Char;
* no warnings: log(-1) is nan, 1/0 is inf, silently;
* ``round`` rounds halves away from zero (C ``round``), unlike numpy and modern
  torch (halves to even);
* ``fmod`` has the sign of the dividend (C ``fmod``), ``remainder`` the sign of
  the divisor, computed as ``a - b * floor(a / b)`` for floats;
* ``clamp(min, max)`` is ``min if x < min else (max if x > max else x)``, so
  with ``min > max`` the values below ``min`` become ``min`` (modern torch gives
  ``max`` everywhere);
* integer fmod/remainder/addcdiv by zero raise (TH crashed with SIGFPE).

Node names: ATen ops of 0.3 (``ExpBackward``, ``Log1PBackward``,
``FmodBackward0/1`` ...).  ``clamp`` on Variables was still a Python Function in
0.3 (``torch/autograd/variable.py`` calls ``Clamp``, ``CmaxConstant`` for
``min`` only, ``CminConstant`` for ``max`` only), so its nodes print as
``<torch.autograd.function.ClampBackward object at 0x...>`` etc.

numpy has no erf, erfinv, lgamma or digamma: they are implemented below in
float64 (float32 inputs are computed in float64 and rounded once).
"""
import math

import numpy as np

from .registry import register
from .dispatch import call, call_inplace
from .schema import declare, Call, X, Y, Z
from . import schema
from . import _args
from . import arithmetic as _arithmetic
from ._common import one_fallback_warning
from ._common import (is_tensorlike, is_number, scalar_for, check_broadcast, broadcast_shapes, array_of,
                      infer_size_n,
                      tensor_of, with_number, select)
from ..autograd.variable import Variable
from .. import errors
from .. import backend_numpy as _NB
from . import backend_variable as _VB
from .. import _fastpaths
from .type_support import check_floating, check_supported


# =========================================================================== helpers
def _quiet(fn):
    """Run ``fn`` with numpy floating-point warnings off (0.3 returned nan/inf silently)."""
    def wrapper(*args, **kwargs):
        with np.errstate(all='ignore'):
            return fn(*args, **kwargs)
    wrapper.__name__ = getattr(fn, '__name__', 'quiet')
    wrapper.__doc__ = getattr(fn, '__doc__', None)
    return wrapper


def _in_float64(fn):
    """Compute ``fn`` in float64 and cast back to the input's dtype."""
    def wrapper(a):
        if a.dtype == np.float64:
            return fn(a)
        return fn(a.astype(np.float64)).astype(a.dtype)
    wrapper.__name__ = fn.__name__
    return wrapper


def _check_tensor(x, name):
    if not is_tensorlike(x):
        raise TypeError('%s(): argument \'input\' must be a tensor or Variable, not %s'
                        % (name, errors.legacy_typename(x)))


def _float_only(x, name):
    """0.3 had the transcendental ops only for Float/Double tensors (type_support.py)."""
    _check_tensor(x, name)
    check_floating(x, name)


def _as_shape(x, arr):
    """``x`` viewed with the shape of ``arr`` (the deprecated same-numel pointwise path)."""
    if isinstance(x, Variable):
        return x.view(*arr.shape)
    return type(x)._wrap(arr, x._version)


def _broadcast_operand(self, other, inplace, name):
    b = check_broadcast(array_of(self), array_of(other), inplace, name, receiver=self)
    if b is not array_of(other):
        other = _as_shape(other, b)
    return other


def _unary(op, self, name, inplace, float_only=True):
    if float_only:
        _float_only(self, name + ('_' if inplace else ''))
    else:
        _check_tensor(self, name)
        check_supported(self, name + ('_' if inplace else ''))     # abs: not Byte, Char
    if inplace:
        return call_inplace(op, [self])
    return call(op, [self])


_SQRT_PI = math.sqrt(math.pi)
_TWO_OVER_SQRT_PI = 2.0 / _SQRT_PI
_HALF_SQRT_PI = 0.5 * _SQRT_PI
_LOG_PI = math.log(math.pi)
_HALF_LOG_2PI = 0.5 * math.log(2.0 * math.pi)
_EULER_GAMMA = 0.57721566490153286061


# =========================================================================== special functions
# erf / erfc: for |x| < 2.5 the all-positive series
#   erf(x) = 2/sqrt(pi) exp(-x^2) sum_n (2x^2)^n x / (1*3*5*...*(2n+1))
# (no cancellation); for |x| >= 1.5 Laplace's continued fraction
#   erfc(x) = exp(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...)))))
# evaluated bottom-up at a depth chosen from the smallest argument.  Accuracy
# (checked against libm): about 1.5e-15 relative for erf, 4e-15 relative for
# erfc(x >= 1.5).
_ERF_SERIES_MAX_TERMS = 80
# continued-fraction depth giving full double accuracy for x >= bound (measured against libm)
_ERFC_CF_DEPTHS = ((4.0, 20), (3.0, 30), (2.5, 40), (2.0, 60), (0.0, 80))


def _erf_series(x):
    x2 = 2.0 * x * x
    term = x.copy()
    total = x.copy()
    for n in range(1, _ERF_SERIES_MAX_TERMS):
        term *= x2 / (2 * n + 1)
        total += term
        if n % 8 == 0 and not (term > 1e-17 * total).any():
            break
    return _TWO_OVER_SQRT_PI * np.exp(-x * x) * total


def _erfc_cf(x):
    lo = float(np.min(x))
    depth = next(d for bound, d in _ERFC_CF_DEPTHS if lo >= bound)
    t = x.copy()
    for k in range(depth, 0, -1):
        t = x + (0.5 * k) / t
    return np.exp(-x * x) / (_SQRT_PI * t)


def _erf_erfc_abs(ax):
    """(erf, erfc) of ``ax >= 0`` (float64 array, may hold inf/nan)."""
    erf = np.empty_like(ax)
    erfc = np.empty_like(ax)
    lo = ax < 2.5
    hi = ax >= 1.5
    if lo.any():
        erf[lo] = _erf_series(ax[lo])
    if hi.any():
        erfc[hi] = _erfc_cf(np.minimum(ax[hi], 30.0))
    only_lo = lo & ~hi
    erfc[only_lo] = 1.0 - erf[only_lo]
    only_hi = hi & ~lo
    erf[only_hi] = 1.0 - erfc[only_hi]
    nan = ax != ax
    if nan.any():
        erf[nan] = np.nan
        erfc[nan] = np.nan
    return erf, erfc


@_quiet
def erf_array(x):
    """erf of a float64 array."""
    erf, _ = _erf_erfc_abs(np.abs(x))
    return np.copysign(erf, x)


_ERFINV_NEWTON_STEPS = 4


@_quiet
def erfinv_array(x):
    """Inverse error function of a float64 array.

    Start from Winitzki's closed form (relative error ~2e-3), then Newton steps
    on ``erf(y) = |x|`` for ``|x| <= 0.5`` and on ``erfc(y) = 1 - |x|`` (exact
    for ``|x| > 0.5``) in the tails, which keeps full accuracy up to
    ``1 - |x| = 1e-16``.  ``erfinv(+-1) = +-inf``, nan outside [-1, 1].
    """
    ax = np.abs(x)
    a = 0.147
    ln = np.log1p(-ax * ax)
    t = 2.0 / (math.pi * a) + 0.5 * ln
    y = np.sqrt(np.sqrt(t * t - ln / a) - t)
    inner = ax < 1.0
    if inner.any():
        yi = y[inner]
        axi = ax[inner]
        tail = axi > 0.5
        one_minus = 1.0 - axi
        for _ in range(_ERFINV_NEWTON_STEPS):
            e, c = _erf_erfc_abs(yi)
            resid = np.where(tail, one_minus - c, e - axi)
            step = resid / (_TWO_OVER_SQRT_PI * np.exp(-yi * yi))
            yi = yi - step
            if not (np.abs(step) > 1e-16 * np.abs(yi)).any():
                break
        y[inner] = yi
    y[ax == 1.0] = np.inf
    y[ax > 1.0] = np.nan
    return np.copysign(y, x)


# lgamma / polygamma.  Stirling's series with Bernoulli numbers B2..B16 after
# shifting the argument up (recurrence), Taylor series around 1 and 2 (so that
# lgamma(1) = lgamma(2) = 0 exactly and the zeros keep relative accuracy), and
# the reflection formula below 0.5.
_B2K = (1.0 / 6, -1.0 / 30, 1.0 / 42, -1.0 / 30, 5.0 / 66, -691.0 / 2730, 7.0 / 6, -3617.0 / 510)
# with 8 terms the series is accurate to ~1e-16 from z = 8 on (first omitted term 8e-17)
_LGAMMA_SHIFT = 8.0


def _zeta_int(k, n=60):
    """Riemann zeta(k) for integer k >= 2: direct sum plus an Euler-Maclaurin tail."""
    s = math.fsum(j ** -float(k) for j in range(1, n))
    big = float(n)
    tail = big ** (1 - k) / (k - 1) + 0.5 * big ** -k
    tail += k * big ** (-k - 1) / 12.0
    tail -= k * (k + 1) * (k + 2) * big ** (-k - 3) / 720.0
    tail += k * (k + 1) * (k + 2) * (k + 3) * (k + 4) * big ** (-k - 5) / 30240.0
    return s + tail


# lgamma(1 + e) = -gamma*e + sum_{k>=2} (-1)^k zeta(k) e^k / k
_LGAMMA1P_COEFS = tuple((-1.0) ** k * _zeta_int(k) / k for k in range(2, 32))   # 0.25^32/32 < 1e-20


def _lgamma1p_series(e):
    """lgamma(1 + e) for |e| <= 0.25."""
    s = np.zeros_like(e)
    for c in reversed(_LGAMMA1P_COEFS):
        s = (s + c) * e
    return (s - _EULER_GAMMA) * e + 0.0     # + 0.0: lgamma(1) is +0, not -0


def _shift_up(x, thresh):
    """(z, k): z = x + k >= thresh with the smallest integer k >= 0 per element."""
    k = np.ceil(np.maximum(thresh - x, 0.0))
    return x + k, k


def _lgamma_stirling(x):
    """lgamma(x) for finite x >= 0.5 (shift to z >= 8, Stirling's series)."""
    z, k = _shift_up(x, _LGAMMA_SHIFT)
    prod = np.ones_like(x)
    for j in range(int(k.max()) if x.size else 0):
        prod *= np.where(j < k, x + j, 1.0)
    zi = 1.0 / z
    zi2 = zi * zi
    s = np.zeros_like(x)
    p = zi
    for i, b in enumerate(_B2K, 1):
        s = s + (b / (2 * i * (2 * i - 1))) * p
        p = p * zi2
    return (z - 0.5) * np.log(z) - z + _HALF_LOG_2PI + s - np.log(prod)


def _lgamma_pos(x):
    """lgamma(x) for finite x >= 0.5."""
    out = np.empty_like(x)
    near1 = np.abs(x - 1.0) <= 0.25
    near2 = np.abs(x - 2.0) <= 0.25
    rest = ~(near1 | near2)
    if near1.any():
        out[near1] = _lgamma1p_series(x[near1] - 1.0)
    if near2.any():
        e = x[near2] - 2.0
        out[near2] = _lgamma1p_series(e) + np.log1p(e)
    if rest.any():
        out[rest] = _lgamma_stirling(x[rest])
    return out


def _sinpi_abs(x):
    """|sin(pi x)| with exact argument reduction."""
    return np.abs(np.sin(math.pi * (x - np.round(x))))


@_quiet
def lgamma_array(x):
    """log|Gamma(x)| of a float64 array (inf at the poles 0, -1, -2, ... and at +-inf)."""
    out = np.full(x.shape, np.inf)
    nan = x != x
    out[nan] = np.nan
    fin = np.isfinite(x)
    pos = fin & (x >= 0.5)
    if pos.any():
        out[pos] = _lgamma_pos(x[pos])
    small = fin & (np.abs(x) <= 0.25)
    if small.any():
        xs = x[small]
        out[small] = _lgamma1p_series(xs) - np.log(np.abs(xs))
    refl = fin & (x < 0.5) & ~small
    if refl.any():
        xr = x[refl]
        out[refl] = _LOG_PI - np.log(_sinpi_abs(xr)) - _lgamma_pos(1.0 - xr)
    return out


_POLYGAMMA_MAX_SHIFT = 2000


@_quiet
def polygamma_array(n, x):
    """psi^(n)(x) of a float64 array (n = 0: digamma, 1: trigamma, ...).

    Shift up with the recurrence, then the asymptotic series; reflection below
    0.5 for n = 0 and 1.  For n >= 2 negative arguments are shifted up too, at
    most 2000 steps (nan below about -1990).
    """
    n = int(n)
    thresh = 10.0 + 2 * n
    sign = -1.0 if n % 2 == 0 else 1.0          # (-1)^(n+1)
    nfact = float(math.factorial(n))
    reflect = (x < 0.5) if n <= 1 else np.zeros(x.shape, dtype=bool)
    xr = np.where(reflect, 1.0 - x, x)
    x0 = np.where(np.isfinite(xr), xr, thresh)
    z, k = _shift_up(x0, thresh)
    k = np.minimum(k, _POLYGAMMA_MAX_SHIFT)
    z = x0 + k
    acc = np.zeros_like(z)
    for j in range(int(k.max()) if z.size else 0):
        acc += np.where(j < k, 1.0 / (x0 + j) ** (n + 1), 0.0)
    zi = 1.0 / z
    zi2 = zi * zi
    if n == 0:
        s = np.log(z) - 0.5 * zi
        p = zi2
        for k, b in enumerate(_B2K, 1):
            s = s - (b / (2 * k)) * p
            p = p * zi2
        res = s - acc
    else:
        s = math.factorial(n - 1) * zi ** n + 0.5 * nfact * zi ** (n + 1)
        p = zi ** (n + 2)
        for k, b in enumerate(_B2K, 1):
            s = s + (b * math.factorial(2 * k + n - 1) / math.factorial(2 * k)) * p
            p = p * zi2
        res = sign * (s + nfact * acc)
    res = np.where(z < thresh, np.nan, res)
    if n == 0:
        r = math.pi * (x - np.round(x))
        res = np.where(reflect, res - math.pi * np.cos(r) / np.sin(r), res)
    elif n == 1:
        res = np.where(reflect, (math.pi / np.sin(math.pi * (x - np.round(x)))) ** 2 - res, res)
    pole = (x <= 0) & (x == np.round(x))
    if n == 0:
        res = np.where(x == 0, -np.inf, np.where(pole, np.nan, res))
        res = np.where(x == np.inf, np.inf, res)
    else:
        res = np.where(pole, np.inf if n % 2 == 1 else np.nan, res)
        res = np.where(x == np.inf, 0.0, res)
    return np.where((x != x) | (x == -np.inf), np.nan, res)


def polygamma_like(n, a):
    """polygamma of any float array, in float64, cast back to ``a``'s dtype."""
    if a.dtype == np.float64:
        return polygamma_array(n, a)
    return polygamma_array(n, a.astype(np.float64)).astype(a.dtype)


# Internal helper op: the backward vocabulary's ``polygamma`` on Variables (lgamma's
# gradient is digamma = polygamma(0, x); digamma's is polygamma(1, x); and so on).
POLYGAMMA = register(
    'polygamma', lambda a, n: polygamma_like(n, a),
    lambda ctx, g: (g * ctx.B.polygamma(ctx.params['n'] + 1, ctx.inputs[0]),),
    grad_fn='PolygammaBackward', save_inputs=(0,), argnames=('self',),
    modern=lambda torch, a, n: torch.polygamma(n, a),
    parity_exempt='internal helper of backward formulas (no torch.polygamma in 0.3)')


# =========================================================================== forwards
def _sign_fwd(a):
    # TH: (x > 0) - (x < 0); nan -> 0
    return (a > 0).astype(a.dtype) - (a < 0).astype(a.dtype)


def _round_fwd(a):
    # C round(): halves away from zero (numpy and modern torch round halves to even)
    t = np.trunc(a)
    return t + np.where(np.abs(a - t) >= 0.5, np.sign(a), 0).astype(a.dtype)


def _frac_fwd(a):
    return a - np.trunc(a)


def _sigmoid_fwd(a):
    return 1.0 / (1.0 + np.exp(-a))


def _rsqrt_fwd(a):
    return 1.0 / np.sqrt(a)


def _clamp_one_bound(a, bound, ufunc):
    """TH's ``x < min ? min : x`` (``ufunc`` = maximum) or ``x > max ? max : x`` (minimum).

    numpy's maximum/minimum agree with it except for a NaN bound (TH keeps ``x``) and for
    zeros of the other sign when ``x == bound == 0`` (TH keeps ``x``); both are fixed
    here, so the result is bit-identical to the branchy formula, in fewer passes.
    """
    if bound != bound:
        return a.copy()
    r = with_number(ufunc, a, a.dtype.type(bound))
    if bound == 0 and a.dtype.kind == 'f':
        np.copyto(r, a, where=(a == 0))
    return r


def _clamp_fwd(a, min=None, max=None):
    # TH: x < min ? min : (x > max ? max : x)   (nan stays nan)
    if max is None:
        return _clamp_one_bound(a, min, np.maximum)
    if min is None:
        return _clamp_one_bound(a, max, np.minimum)
    r = a
    if max is not None:
        r = select(a > max, a.dtype.type(max), r)
    if min is not None:
        r = select(a < min, a.dtype.type(min), r)
    return r


def _clamp_fwd_general(a, min=None, max=None):      # (reference mode: TH's formula for one bound too)
    r = a
    if max is not None:
        r = select(a > max, a.dtype.type(max), r)
    if min is not None:
        r = select(a < min, a.dtype.type(min), r)
    return r


_fastpaths.code_pair(_clamp_fwd, _clamp_fwd_general)


def _check_int_divisor(b):
    if np.any(b == 0):
        raise RuntimeError('ZeroDivisionError: integer division by zero')


def _fmod_fwd(a, b):
    if a.dtype.kind in 'iu':
        _check_int_divisor(b)
    return np.fmod(a, b)


def _remainder_fwd(a, b):
    if a.dtype.kind in 'iu':
        _check_int_divisor(b)
        return np.remainder(a, b)
    if a.dtype == np.float32:
        # TH computed floor(a / b) in float and the rest in double
        q = np.floor(a / b)
        return (a.astype(np.float64) - np.asarray(b, dtype=np.float64) * q).astype(np.float32)
    return a - b * np.floor(a / b)


def _fmod_scalar_fwd(a, other):
    return _fmod_fwd(a, other)


def _remainder_scalar_fwd(a, other):
    return _remainder_fwd(a, other)


def _trunc_div_int(x, y):
    _check_int_divisor(y)
    q = np.floor_divide(x, y)
    fix = (np.remainder(x, y) != 0) & ((x < 0) != (y < 0))
    return q + fix.astype(q.dtype)


def _addcmul_fwd(a, t1, t2, value):
    return a + value * t1 * t2


def _addcdiv_fwd(a, t1, t2, value):
    if a.dtype.kind in 'iu':
        return a + _trunc_div_int(value * t1, t2)
    return a + value * t1 / t2


def _lerp_fwd(a, end, weight):
    # TH: start + weight * (end - start)
    return a + weight * (end - a)


# =========================================================================== backwards
def _zero_back(ctx, g):
    # 0.3: zeros_like(grad): a constant, no graph under create_graph
    return (ctx.B.zeros(ctx.shapes[0][0], g),)


def _abs_back(ctx, g):
    return (g * ctx.B.sign(ctx.inputs[0]),)


def _exp_back(ctx, g):
    return (g * ctx.output,)


def _log_back(ctx, g):
    return (g / ctx.inputs[0],)


def _log1p_back(ctx, g):
    return (g / (ctx.inputs[0] + 1),)


def _sqrt_back(ctx, g):
    return (g / (ctx.output * 2),)


def _rsqrt_back(ctx, g):
    return (g * (-0.5) * ctx.B.pow(ctx.output, 3),)


def _sin_back(ctx, g):
    return (g * ctx.B.cos(ctx.inputs[0]),)


def _cos_back(ctx, g):
    return (-g * ctx.B.sin(ctx.inputs[0]),)


def _tan_back(ctx, g):
    y = ctx.output
    return (g * (y * y + 1),)


def _asin_back(ctx, g):
    x = ctx.inputs[0]
    return (g / ctx.B.sqrt(-(x * x) + 1),)


def _acos_back(ctx, g):
    x = ctx.inputs[0]
    return (-g / ctx.B.sqrt(-(x * x) + 1),)


def _atan_back(ctx, g):
    x = ctx.inputs[0]
    return (g / (x * x + 1),)


def _sinh_back(ctx, g):
    return (g * ctx.B.cosh(ctx.inputs[0]),)


def _cosh_back(ctx, g):
    return (g * ctx.B.sinh(ctx.inputs[0]),)


def _tanh_back(ctx, g):
    y = ctx.output
    return (g * (-(y * y) + 1),)


def _sigmoid_back(ctx, g):
    y = ctx.output
    return (g * (-y + 1) * y,)


def _frac_back(ctx, g):
    return (g,)


def _erf_back(ctx, g):
    x = ctx.inputs[0]
    return (g * ctx.B.exp(-(x * x)) * _TWO_OVER_SQRT_PI,)


def _erfinv_back(ctx, g):
    y = ctx.output
    return (g * ctx.B.exp(y * y) * _HALF_SQRT_PI,)


def _lgamma_back(ctx, g):
    return (g * ctx.B.polygamma(0, ctx.inputs[0]),)


def _clamp_back(ctx, g):
    # 0.3's Python Functions: Clamp passes the gradient where min <= x <= max (bounds
    # included, as modern torch); CmaxConstant (min only) where x > min and CminConstant (max
    # only) where x < max -- not at the bound itself, where modern torch passes it
    B = ctx.B
    x = B.value(ctx.inputs[0])
    lo = ctx.params.get('min')
    hi = ctx.params.get('max')
    if lo is None:
        keep = x < hi
    elif hi is None:
        keep = x > lo
    else:
        keep = (x >= lo) & (x <= hi)
    return (g * B.mask(keep, g),)


def _atan2_back(ctx, g):
    a, b = ctx.inputs
    denom = a * a + b * b
    return (g * b / denom if ctx.needs[0] else None,
            -g * a / denom if ctx.needs[1] else None)


def _fmod_back(ctx, g):
    a, b = ctx.inputs
    return (g if ctx.needs[0] else None,
            -g * ctx.B.trunc(a / b) if ctx.needs[1] else None)


def _remainder_back(ctx, g):
    a, b = ctx.inputs
    return (g if ctx.needs[0] else None,
            -g * ctx.B.floor(a / b) if ctx.needs[1] else None)


def _lerp_back(ctx, g):
    w = ctx.params['weight']
    return (g * (1.0 - w) if ctx.needs[0] else None,
            g * w if ctx.needs[1] else None)


def _addcmul_back(ctx, g):
    v = ctx.params['value']
    _, t1, t2 = ctx.inputs
    return (g if ctx.needs[0] else None,
            g * t2 * v if ctx.needs[1] else None,
            g * t1 * v if ctx.needs[2] else None)


def _addcdiv_back(ctx, g):
    v = ctx.params['value']
    _, t1, t2 = ctx.inputs
    return (g if ctx.needs[0] else None,
            g * v / t2 if ctx.needs[1] else None,
            -g * v * t1 / (t2 * t2) if ctx.needs[2] else None)


# =========================================================================== unary ops
# One row per op: (name, numpy forward, backward, 0.3 grad_fn name, what backward saves
# ('input', 'output' or None), float types only, modern spelling when not ``torch.<name>(a)``).
# Each row registers the op and gives the tensor/Variable method ``<name>``, ``torch.<name>``
# and the in-place method ``<name>_``.
_UNARY = [
    ('abs', np.abs, _abs_back, 'AbsBackward', 'input', False),
    ('exp', _quiet(np.exp), _exp_back, 'ExpBackward', 'output', True),
    ('log', _quiet(np.log), _quiet(_log_back), 'LogBackward', 'input', True),
    ('log1p', _quiet(np.log1p), _quiet(_log1p_back), 'Log1PBackward', 'input', True),
    ('sqrt', _quiet(np.sqrt), _quiet(_sqrt_back), 'SqrtBackward', 'output', True),
    ('rsqrt', _quiet(_rsqrt_fwd), _quiet(_rsqrt_back), 'RsqrtBackward', 'output', True),
    ('sin', _quiet(np.sin), _sin_back, 'SinBackward', 'input', True),
    ('cos', _quiet(np.cos), _cos_back, 'CosBackward', 'input', True),
    ('tan', _quiet(np.tan), _quiet(_tan_back), 'TanBackward', 'output', True),
    ('asin', _quiet(np.arcsin), _quiet(_asin_back), 'AsinBackward', 'input', True),
    ('acos', _quiet(np.arccos), _quiet(_acos_back), 'AcosBackward', 'input', True),
    ('atan', np.arctan, _atan_back, 'AtanBackward', 'input', True),
    ('sinh', _quiet(np.sinh), _quiet(_sinh_back), 'SinhBackward', 'input', True),
    ('cosh', _quiet(np.cosh), _quiet(_cosh_back), 'CoshBackward', 'input', True),
    ('tanh', np.tanh, _tanh_back, 'TanhBackward', 'output', True),
    ('sigmoid', _quiet(_sigmoid_fwd), _sigmoid_back, 'SigmoidBackward', 'output', True),
    ('floor', np.floor, _zero_back, 'FloorBackward', None, True),
    ('ceil', np.ceil, _zero_back, 'CeilBackward', None, True),
    ('round', _quiet(_round_fwd), _zero_back, 'RoundBackward', None, True,
     # 0.3 rounds halves away from zero; modern torch rounds them to even
     lambda torch, a: torch.where(a - torch.trunc(a) == 0.5 * torch.sign(a),
                                  torch.trunc(a) + torch.sign(a), torch.round(a))),
    ('trunc', np.trunc, _zero_back, 'TruncBackward', None, True),
    ('frac', _quiet(_frac_fwd), _frac_back, 'FracBackward', None, True),
    ('sign', _sign_fwd, _zero_back, 'SignBackward', None, False),
    ('erf', _in_float64(erf_array), _erf_back, 'ErfBackward', 'input', True),
    ('erfinv', _in_float64(erfinv_array), _quiet(_erfinv_back), 'ErfinvBackward', 'output', True),
    ('lgamma', _in_float64(lgamma_array), _lgamma_back, 'LgammaBackward', 'input', True),
]


#: sample-value domain of the unary ops whose default (-2, 2) is outside where they are
#: defined or smooth (parity samples of the public forms)
_UNARY_DOMAINS = {
    'log': (0.1, 4.0), 'log1p': (-0.8, 3.0), 'sqrt': (0.1, 4.0), 'rsqrt': (0.1, 4.0),
    'asin': (-0.9, 0.9), 'acos': (-0.9, 0.9), 'tan': (-1.2, 1.2), 'erfinv': (-0.9, 0.9),
    'lgamma': (0.2, 5.0), 'floor': 'nonint', 'ceil': 'nonint', 'round': 'nonint',
    'trunc': 'nonint', 'frac': 'nonint', 'sign': 'nonzero', 'abs': 'nonzero',
}
ALL_VARIANTS = ('method', 'function', 'inplace', 'out')


def _register_unary(name, forward, backward, grad_fn, saves, float_only, modern=None):
    op = register(name, forward, backward, grad_fn=grad_fn, argnames=('self',),
                  save_inputs=(0,) if saves == 'input' else (), save_output=saves == 'output',
                  modern=modern or (lambda torch, a: getattr(torch, name)(a)))

    def impl(self, *, _inplace=False):
        return _unary(op, self, name, _inplace, float_only=float_only)
    impl.__name__ = impl.__qualname__ = name
    impl.__doc__ = '``%s``: elementwise, 0.3 semantics (registry op ``%s``).' % (name, name)
    declare(name, impl, variants=ALL_VARIANTS, kernels=(op,), shape='pointwise',
            modern=modern, calls=(Call(),), domain=_UNARY_DOMAINS.get(name, (-2.0, 2.0)),
            dtypes=('float32', 'float64') if float_only else ('float32', 'float64', 'int64'))
    return impl


for _row in _UNARY:
    globals()[_row[0]] = _register_unary(*_row)


# clamp: Python Functions in 0.3 (see the module docstring)
CLAMP = register(
    'clamp', _clamp_fwd, _clamp_back,
    grad_fn='torch.autograd.function.ClampBackward', save_inputs=(0,), argnames=('self',),
    modern=lambda torch, a, min, max: torch.clamp(a, min, max))
CLAMP_MIN = register(
    'clamp_min', _clamp_fwd, _clamp_back,
    grad_fn='torch.autograd.function.CmaxConstantBackward', save_inputs=(0,), argnames=('self',),
    modern=lambda torch, a, min: torch.clamp(a, min=min))
CLAMP_MAX = register(
    'clamp_max', _clamp_fwd, _clamp_back,
    grad_fn='torch.autograd.function.CminConstantBackward', save_inputs=(0,), argnames=('self',),
    modern=lambda torch, a, max: torch.clamp(a, max=max))

ATAN2 = register(
    'atan2', np.arctan2, _quiet(_atan2_back),
    grad_fn='Atan2Backward', save_inputs=(0, 1), argnames=('self', 'other'),
    modern=lambda torch, a, b: torch.atan2(a, b))
FMOD_SCALAR = register(
    'fmod_scalar', _quiet(_fmod_scalar_fwd), lambda ctx, g: (g,),
    grad_fn='FmodBackward0', argnames=('self',),
    modern=lambda torch, a, other: torch.fmod(a, other))
FMOD = register(
    'fmod', _quiet(_fmod_fwd), _quiet(_fmod_back),
    grad_fn='FmodBackward1', save_inputs=(0, 1), argnames=('self', 'other'),
    modern=lambda torch, a, b: torch.fmod(a, b))
REMAINDER_SCALAR = register(
    'remainder_scalar', _quiet(_remainder_scalar_fwd), lambda ctx, g: (g,),
    grad_fn='RemainderBackward0', argnames=('self',),
    modern=lambda torch, a, other: torch.remainder(a, other))
REMAINDER = register(
    'remainder', _quiet(_remainder_fwd), _quiet(_remainder_back),
    grad_fn='RemainderBackward1', save_inputs=(0, 1), argnames=('self', 'other'),
    modern=lambda torch, a, b: torch.remainder(a, b))
LERP = register(
    'lerp', _lerp_fwd, _lerp_back,
    grad_fn='LerpBackward', argnames=('self', 'end'),
    modern=lambda torch, a, end, weight: torch.lerp(a, end, weight))
ADDCMUL = register(
    'addcmul', _addcmul_fwd, _addcmul_back,
    grad_fn='AddcmulBackward', save_inputs=(1, 2), argnames=('self', 'tensor1', 'tensor2'),
    modern=lambda torch, a, t1, t2, value: torch.addcmul(a, t1, t2, value=value))
ADDCDIV = register(
    'addcdiv', _quiet(_addcdiv_fwd), _quiet(_addcdiv_back),
    grad_fn='AddcdivBackward', save_inputs=(1, 2), argnames=('self', 'tensor1', 'tensor2'),
    modern=lambda torch, a, t1, t2, value: torch.addcdiv(a, t1, t2, value=value))

FILL = register(
    'fill', lambda a, value: np.full(a.shape, value, dtype=a.dtype), _zero_back,
    grad_fn='FillBackward', argnames=('self',),
    modern=lambda torch, a, value: a.clone().fill_(value))
ZERO = register(
    'zero', lambda a: np.zeros(a.shape, dtype=a.dtype), _zero_back,
    grad_fn='ZeroBackward', argnames=('self',),
    modern=lambda torch, a: a.clone().zero_())


def _clamp(self, min, max, inplace):
    name = 'clamp_' if inplace else 'clamp'
    _check_tensor(self, name)
    if min is None and max is None:
        raise ValueError('clamp requires specifying at least one of min and max arguments')
    if not ((min is None or is_number(min)) and (max is None or is_number(max))):
        raise _clamp_error(self, min, max, name)
    params = {}
    if min is not None:
        params['min'] = scalar_for(self, min)
    if max is not None:
        params['max'] = scalar_for(self, max)
    if min is not None and max is not None:
        op = CLAMP
    elif min is not None:
        op = CLAMP_MIN
    else:
        op = CLAMP_MAX
    if inplace:
        return call_inplace(op, [self], params)
    return call(op, [self], params)


def _clamp_error(self, min, max, name):
    """cwrap's list for a bound that is not a number.  0.3.1's ``Variable.clamp`` called the
    tensor's ``clamp(min=...)`` / ``clamp(max=...)`` (keywords) or ``clamp(min, max)``
    (positional); a tensor's ``clamp`` given one bound is shown the keyword way too (the front-end
    cannot tell ``t.clamp('a')`` from ``t.clamp(min='a')``)."""
    real = 'float' if tensor_of(self)._info.is_floating else 'int'
    options = ['(%s min)' % real, '(%s max)' % real, '(%s min, %s max)' % (real, real)]
    if min is not None and max is not None:
        return errors.format_invalid_args(name, [min, max], {}, options)
    kwargs = {'min': min} if min is not None else {'max': max}
    return errors.format_invalid_args(name, [], kwargs, options)


def clamp(self, min=None, max=None, *, _inplace=False):
    return _clamp(self, min, max, _inplace)


declare('clamp', clamp, variants=ALL_VARIANTS, kernels=(CLAMP, CLAMP_MIN, CLAMP_MAX),
        shape='pointwise', dtypes=('float32', 'float64', 'int64'),
        calls=(Call(-0.5, 0.5), Call(min=-0.5), Call(max=0.5), Call(0.5, -0.5, grad=False),
               Call(-1, 1), Call(-0.5, max=0.5)),
        # 0.3 (TH): min wins when min > max; modern torch gives max there
        modern=lambda torch, x, min=None, max=None: (
            torch.where(x < min, torch.full_like(x, min), torch.clamp(x, max=max))
            if min is not None and max is not None else torch.clamp(x, min=min, max=max)))


# =========================================================================== binary
def _scalar_or_tensor(self, other, scalar_op, tensor_op, name, inplace):
    _check_tensor(self, name)
    run = call_inplace if inplace else call
    if is_tensorlike(other):
        other = _broadcast_operand(self, other, inplace, name)
        return run(tensor_op, [self, other])
    if not is_number(other):        # 0.3.1: cwrap's list, as for mul and div
        raise _arithmetic.overloads_error(self, (other,), name, inplace)
    return run(scalar_op, [self], {'other': scalar_for(self, other)})


def atan2(self, other, *, _inplace=False):
    name = 'atan2_' if _inplace else 'atan2'
    _float_only(self, name)
    _check_tensor(other, name)
    other = _broadcast_operand(self, other, _inplace, name)
    if _inplace:
        return call_inplace(ATAN2, [self, other])
    return call(ATAN2, [self, other])


declare('atan2', atan2, variants=ALL_VARIANTS, kernels=(ATAN2,), shape='broadcast',
        overloads=('(T other)',), calls=(Call(Y),), domain='nonzero')


def fmod(self, other, *, _inplace=False):
    return _scalar_or_tensor(self, other, FMOD_SCALAR, FMOD, 'fmod', _inplace)


def remainder(self, other, *, _inplace=False):
    return _scalar_or_tensor(self, other, REMAINDER_SCALAR, REMAINDER, 'remainder', _inplace)


for _fn, _kernels in ((fmod, (FMOD_SCALAR, FMOD)), (remainder, (REMAINDER_SCALAR, REMAINDER))):
    declare(_fn.__name__, _fn, variants=ALL_VARIANTS, kernels=_kernels, shape='broadcast',
            overloads=('(float value)', '(T other)'), domain='nonzero',
            signatures=('%s(Scalar other)' % _fn.__name__, '%s(Tensor other)' % _fn.__name__),
            dtypes=('float32', 'float64', 'int64'),
            calls=(Call(1.5), Call(-1.25), Call(3), Call(Y, variants=('method', 'function', 'out'),
                                                        grad=False)))


def lerp(self, end, weight, *, _inplace=False):
    name = 'lerp_' if _inplace else 'lerp'
    _float_only(self, name)
    _check_tensor(end, name)
    end = _broadcast_operand(self, end, _inplace, name)
    params = {'weight': scalar_for(self, weight)}
    if _inplace:
        return call_inplace(LERP, [self, end], params)
    return call(LERP, [self, end], params)


declare('lerp', lerp, variants=ALL_VARIANTS, kernels=(LERP,), shape='broadcast',
        overloads=('(T end, float weight)',), calls=(Call(Y, 0.25), Call(Y, weight=-1.5)))


# =========================================================================== addcmul / addcdiv
_OMITTED = _args.OMITTED


def _addc_error(self, base, inplace, args, kwargs):
    """0.3.1's text for arguments of ``addcmul``/``addcdiv`` that match none of its forms: a
    tensor's cwrap list (every argument given, keywords as ``name=type``), a Variable's
    argument-parser text of the ATen signatures."""
    if isinstance(self, Variable):
        return schema.variable_signature_error(base, args, kwargs, inplace)
    options = [text for text, _ in schema.overload_options(base, self.type())]
    return errors.format_invalid_args(base + ('_' if inplace else ''), args, kwargs, options)


def _addc_args(self, base, inplace, args, kwargs):
    """0.3 forms: (t1, t2), (value, t1, t2), (t1, t2, value=v); keywords tensor1/tensor2/value.
    Anything else: :func:`_addc_error`."""
    t1 = t2 = None
    if kwargs:                  # read, not popped: the error path shows them as given
        value = kwargs.get('value', _OMITTED)
        t1 = kwargs.get('tensor1')
        t2 = kwargs.get('tensor2')
        unknown = len(kwargs) - ('value' in kwargs) - ('tensor1' in kwargs) - ('tensor2' in kwargs)
    else:
        value = _OMITTED
        unknown = 0
    rest = list(args)
    if rest and not is_tensorlike(rest[0]) and value is _OMITTED:
        value = rest.pop(0)
    if t1 is None and rest:
        t1 = rest.pop(0)
    if t2 is None and rest:
        t2 = rest.pop(0)
    if unknown or rest or not is_tensorlike(t1) or not is_tensorlike(t2) or \
            (value is not _OMITTED and not is_number(value)):
        raise _addc_error(self, base, inplace, list(args), kwargs)
    if not isinstance(self, Variable) and not (
            type(t1) is type(self) and type(t2) is type(self) or
            inplace and t1.is_sparse and t2.is_sparse):
        raise _addc_error(self, base, inplace, list(args), kwargs)
    return (1 if value is _OMITTED else value), t1, t2


def _addc(op, name, self, args, kwargs, inplace):
    _check_tensor(self, name)
    value, t1, t2 = _addc_args(self, op.name, inplace, args, kwargs)
    if not inplace and type(self) is not Variable:
        # a tensor's out-of-place form broadcast the three at once (TH's inferSizeN and its
        # text), falling back to pointwise only when all three have as many elements
        shapes = [array_of(x).shape for x in (self, t1, t2)]
        try:
            infer_size_n(shapes)
        except RuntimeError:
            sizes = {array_of(x).size for x in (self, t1, t2)}
            if len(sizes) != 1 or sizes == {0}:
                raise
    # each factor broadcasts with self (in place: into self's shape), and with each other;
    # the same-numel fallback warns once per call, as 0.3
    t1, t2 = one_fallback_warning(lambda: (_broadcast_operand(self, t1, inplace, name),
                                           _broadcast_operand(self, t2, inplace, name)))
    broadcast_shapes(array_of(t1).shape, array_of(t2).shape)
    params = {'value': scalar_for(self, value)}
    if inplace:
        return call_inplace(op, [self, t1, t2], params)
    return call(op, [self, t1, t2], params)


def addcmul(self, *args, _inplace=False, **kwargs):
    return _addc(ADDCMUL, 'addcmul_' if _inplace else 'addcmul', self, args, kwargs, _inplace)


def addcdiv(self, *args, _inplace=False, **kwargs):
    return _addc(ADDCDIV, 'addcdiv_' if _inplace else 'addcdiv', self, args, kwargs, _inplace)


def _value_first(name):
    """modern spelling of 0.3's ``addcmul(value, tensor1, tensor2)`` form"""
    return lambda torch, x, value, t1, t2: getattr(torch, name)(x, t1, t2, value=value)


for _fn, _kernel in ((addcmul, ADDCMUL), (addcdiv, ADDCDIV)):
    declare(_fn.__name__, _fn, variants=ALL_VARIANTS, kernels=(_kernel,), shape='broadcast',
            overloads=('(T tensor1, T tensor2)', '(float value, T tensor1, T tensor2)'),
            signatures=('%s(Tensor tensor1, Tensor tensor2, *, Scalar value=1)' % _fn.__name__,
                        '%s(Scalar value, Tensor tensor1, Tensor tensor2)|deprecated'
                        % _fn.__name__),
            domain='nonzero',
            calls=(Call(Y, Z), Call(0.5, Y, Z, modern=_value_first(_fn.__name__)),
                   Call(Y, Z, value=-2.0), Call(tensor1=Y, tensor2=Z, value=1.5)))


# =========================================================================== fill_ / zero_
def fill_(self, value):
    _check_tensor(self, 'fill_')
    if not is_number(value):
        if isinstance(self, Variable):          # ATen's fill_(Scalar value)
            raise schema.variable_signature_error('fill_', (value,))
        real = 'float' if self._info.is_floating else 'int'     # cwrap's one form
        raise errors.format_invalid_args('fill_', [value], {}, ['(%s value)' % real])
    return call_inplace(FILL, [self], {'value': scalar_for(self, value)})


def zero_(self):
    _check_tensor(self, 'zero_')
    return call_inplace(ZERO, [self])


# fill_ and zero_ exist only in place: declared as methods named with the underscore
declare('fill_', fill_, variants=('method',), kernels=(FILL,), shape='pointwise',
        signatures=('fill_(Scalar value)',),
        calls=(Call(1.5), Call(-2)), dtypes=('float32', 'float64', 'int64'))
declare('zero_', zero_, variants=('method',), kernels=(ZERO,), shape='pointwise',
        calls=(Call(),), dtypes=('float32', 'float64', 'int64'))

_NB.provide(polygamma_like=polygamma_like)     # backward vocabulary words owned here
_VB.provide(POLYGAMMA=POLYGAMMA)
