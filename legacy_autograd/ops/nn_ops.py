"""Differentiable ``torch.nn`` ops of 0.3: activations, softmax, embedding lookup, dropout, losses.

Every op here is a registry op: numpy forward, backward written against ``ctx.B``
(so gradients of gradients work), the 0.3 ``grad_fn`` name and a modern-torch
spelling for the parity suite.  The ``torch.nn.functional`` front-ends
(``legacy_autograd/nn/functional.py``) parse the 0.3 arguments, check inputs and
call these ops through ``dispatch``.

Node names (what ``print(y.grad_fn)`` shows):

* nn functions that 0.3 ran through ATen (``torch._C._nn``) get a bare name made
  from the function name the way the 0.3 generator did (``str.title()`` of the
  underscore-separated name): ``ThresholdBackward`` (``F.relu``, ``F.threshold``),
  ``HardtanhBackward`` (``F.hardtanh``, ``F.relu6``), ``EluBackward``,
  ``LeakyReluBackward``, ``SoftplusBackward``, ``LogSigmoidBackward``,
  ``SoftmaxBackward`` (also ``F.softmin``), ``LogSoftmaxBackward``,
  ``MseLossBackward``, ``L1LossBackward``, ``SmoothL1LossBackward``,
  ``KlDivBackward``, ``BinaryCrossEntropyBackward``, ``NllLossBackward`` and
  ``NllLoss2DBackward``;
* nn functions that were still Python ``Function`` classes in 0.3.1 print with the
  ``torch.autograd.function.`` prefix: ``EmbeddingBackward``, ``DropoutBackward``,
  ``FeatureDropoutBackward``, ``SELUBackward``, ``PReLUBackward``,
  ``BilinearBackward``, ``MarginRankingLossBackward``,
  ``HingeEmbeddingLossBackward``, ``CosineEmbeddingLossBackward``.

Arithmetic follows 0.3's THNN kernels where it is visible in printed values:
float32 inputs are evaluated in double where THNN used ``exp``/``log`` on
doubles or accumulated in ``accreal`` (softmax, log-softmax, the reduced
pointwise losses), and the class-NLL loss accumulates in float32 in index order
as THNN did.

Arrays that are not differentiated (class targets, loss weights, embedding
indices, dropout noise) travel as op parameters, not as inputs.
"""
import math

import numpy as np

from .registry import register
from ._common import with_number, select
from .. import _fastpaths

_RELU_BY_FMAX = True
_fastpaths.flag(globals(), '_RELU_BY_FMAX')

# ------------------------------------------------------------------------- helpers


def _quiet(fn):
    """``fn`` with numpy floating-point warnings off (THNN returned inf/nan silently)."""
    def wrapper(*args, **kwargs):
        with np.errstate(all='ignore'):
            return fn(*args, **kwargs)
    wrapper.__name__ = getattr(fn, '__name__', 'quiet')
    return wrapper


def _wide(a):
    """``a`` widened to float64 (THNN computed exp/log and accreal sums in double)."""
    return a.astype(np.float64) if a.dtype != np.float64 else a


def _size1(value, dtype):
    """A reduced loss: a 1-element array (0.3 has no 0-dim tensors)."""
    return np.array([value], dtype=np.float64).astype(dtype)


def _summed(elems, size_average, n, dtype):
    """A loss summed in double, divided by ``n`` when ``size_average``, as a 1-element array."""
    s = float(elems.sum())
    if size_average:
        s /= n
    return _size1(s, dtype)


def reduction(size_average, reduce):
    """Modern ``reduction=`` for 0.3's ``size_average`` / ``reduce`` pair."""
    if not reduce:
        return 'none'
    return 'mean' if size_average else 'sum'


def _t(torch, a, dtype=None):
    """A modern tensor from a numpy array parameter (for the ``modern=`` spellings)."""
    t = torch.as_tensor(np.ascontiguousarray(a))
    return t if dtype is None else t.to(dtype)


def _flat_target(t, shape):
    """THNN pointwise criteria walk input and target element by element (same numel)."""
    return t.reshape(shape) if t.shape != shape else t


def _target_like(B, t, shape):
    return t if B.value(t).shape == tuple(shape) else B.reshape(t, tuple(shape))


def _as_target_grad(B, g, t):
    """A gradient computed in the input's shape, returned in the target's (same numel)."""
    if g is None:
        return None
    shape = B.value(t).shape
    return g if B.value(g).shape == shape else B.reshape(g, shape)


# ------------------------------------------------------------------------- activations
def _threshold_fwd(a, threshold, value):
    if threshold == 0 and value == 0 and _RELU_BY_FMAX and math.copysign(1.0, value) > 0 \
            and a.dtype.kind == 'f':
        # relu without a branch per element: fmax(x, 0) is x above 0 and 0 elsewhere (NaN
        # included); adding +0 turns the -0.0 that fmax may keep for x = -0.0 into +0.0
        out = with_number(np.fmax, a, a.dtype.type(value))
        out += value
        return out
    return select(a > threshold, a, a.dtype.type(value))


def _threshold_back(ctx, g):
    x = ctx.B.value(ctx.inputs[0])
    return (g * ctx.B.mask(x > ctx.params['threshold'], g),)


THRESHOLD = register(
    'threshold', _threshold_fwd, _threshold_back,
    grad_fn='ThresholdBackward', save_inputs=(0,), argnames=('self',),
    modern=lambda torch, x, threshold, value: torch.nn.functional.threshold(x, threshold, value))


def _hardtanh_fwd(a, min_val, max_val):
    t = a.dtype.type
    return np.minimum(np.maximum(a, t(min_val)), t(max_val))


def _hardtanh_back(ctx, g):
    x = ctx.B.value(ctx.inputs[0])
    p = ctx.params
    # THNN: no gradient at or beyond either bound
    return (g * ctx.B.mask((x > p['min_val']) & (x < p['max_val']), g),)


HARDTANH = register(
    'hardtanh', _hardtanh_fwd, _hardtanh_back,
    grad_fn='HardtanhBackward', save_inputs=(0,), argnames=('self',),
    modern=lambda torch, x, min_val, max_val: torch.nn.functional.hardtanh(x, min_val, max_val))


@_quiet
def _elu_fwd(a, alpha):
    w = _wide(a)
    alpha = float(a.dtype.type(alpha))
    return np.where(w <= 0, (np.exp(w) - 1.0) * alpha, w).astype(a.dtype)


def _elu_back(ctx, g):
    B = ctx.B
    out = ctx.output
    neg = B.mask(B.value(out) <= 0, g)
    return (g * (1 - neg) + g * neg * (out + ctx.params['alpha']),)


ELU = register(
    'elu', _elu_fwd, _elu_back,
    grad_fn='EluBackward', save_output=True, argnames=('self',),
    modern=lambda torch, x, alpha: torch.nn.functional.elu(x, alpha))

SELU_ALPHA = 1.6732632423543772848170429916717
SELU_SCALE = 1.0507009873554804934193349852946


def _selu_fwd(a):
    # 0.3: ELU with alpha, then an in-place multiply by scale in the tensor's type
    return _elu_fwd(a, SELU_ALPHA) * a.dtype.type(SELU_SCALE)


def _selu_back(ctx, g):
    B = ctx.B
    out = ctx.output
    neg = B.mask(B.value(out) <= 0, g)
    return (g * (1 - neg) * SELU_SCALE + g * neg * (out + SELU_ALPHA * SELU_SCALE),)


SELU = register(
    'selu', _selu_fwd, _selu_back,
    grad_fn='torch.autograd.function.SELUBackward', save_output=True, argnames=('self',),
    modern=lambda torch, x: torch.nn.functional.selu(x))


def _leaky_fwd(a, negative_slope):
    return select(a > 0, a, a * a.dtype.type(negative_slope))


def _leaky_back(ctx, g):
    B = ctx.B
    x = B.value(ctx.inputs[0])
    t = B.value(g).dtype.type
    # THNN: x > 0 ? g : g * negval, negval in the tensor's type
    factor = select(x > 0, t(1), t(ctx.params['negative_slope']))
    return (g * B.const(factor, g),)


LEAKY_RELU = register(
    'leaky_relu', _leaky_fwd, _leaky_back,
    grad_fn='LeakyReluBackward', save_inputs=(0,), argnames=('self',),
    modern=lambda torch, x, negative_slope: torch.nn.functional.leaky_relu(x, negative_slope))


@_quiet
def _softplus_fwd(a, beta, threshold):
    t = a.dtype.type
    bx = a * t(beta)
    w = _wide(a)
    soft = np.log1p(np.exp(_wide(bx))) / float(t(beta))
    return np.where(bx > t(threshold), w, soft).astype(a.dtype)


@_quiet
def _softplus_back(ctx, g):
    # THNN SoftPlus_updateGradInput (0.3.1) picks the branch by the OUTPUT y: g where
    # y * beta > threshold, else g * (z - 1) / z with z = exp(y * beta), which is
    # sigmoid(beta * x).  Just below the threshold (x * beta <= threshold < y * beta) the
    # gradient is therefore g, not g * sigmoid(beta * x) (modern torch tests the input).
    B = ctx.B
    x = ctx.inputs[0]
    beta, threshold = ctx.params['beta'], ctx.params['threshold']
    over = B.mask(B.value(ctx.output) * beta > threshold, g)
    sig = 1 / (1 + B.exp(x * (-beta)))
    return (g * over + g * (1 - over) * sig,)


def softplus_modern_031(torch, x, beta=1, threshold=20):
    """Modern torch's softplus with 0.3.1's gradient: 1 (second derivative 0) where
    ``softplus(x) * beta > threshold >= x * beta`` (see ``_softplus_back``)."""
    y = torch.nn.functional.softplus(x, beta, threshold)
    band = ((y * beta > threshold) & ~(x * beta > threshold)).detach()
    return torch.where(band, x + (y - x).detach(), y)


SOFTPLUS = register(
    'softplus', _softplus_fwd, _softplus_back,
    grad_fn='SoftplusBackward', save_inputs=(0,), save_output=True, argnames=('self',),
    modern=softplus_modern_031)


@_quiet
def _logsigmoid_fwd(a):
    w = _wide(a)
    return (-(np.maximum(-w, 0.0) + np.log1p(np.exp(-np.abs(w))))).astype(a.dtype)


@_quiet
def _logsigmoid_back(ctx, g):
    x = ctx.inputs[0]
    return (g / (1 + ctx.B.exp(x)),)


LOG_SIGMOID = register(
    'log_sigmoid', _logsigmoid_fwd, _logsigmoid_back,
    grad_fn='LogSigmoidBackward', save_inputs=(0,), argnames=('self',),
    modern=lambda torch, x: torch.nn.functional.logsigmoid(x))


def _prelu_shape(x_ndim, w_size):
    """The PReLU weight's broadcast shape (channels: dim 1, or dim 0 of a 1-D input)."""
    if w_size == 1:
        return (1,)
    if x_ndim == 1:
        return (w_size,)
    return (1, w_size) + (1,) * (x_ndim - 2)


def _prelu_fwd(a, w):
    wb = w.reshape(_prelu_shape(a.ndim, w.size))
    return select(a > 0, a, a * wb)


def _prelu_back(ctx, g):
    B = ctx.B
    x, w = ctx.inputs
    xv = B.value(x)
    wshape = B.value(w).shape
    neg = B.mask(xv <= 0, g)
    gx = gw = None
    if ctx.needs[0]:
        wb = B.reshape(w, _prelu_shape(xv.ndim, int(np.prod(wshape))))
        gx = g * (1 - neg) + g * neg * wb
    if ctx.needs[1]:
        contrib = g * x * neg
        if int(np.prod(wshape)) == 1:
            gw = B.reshape(B.sum(contrib), wshape)
        else:
            axis = 0 if xv.ndim == 1 else 1
            dims = tuple(d for d in range(xv.ndim) if d != axis)
            gw = B.sum(contrib, dims) if dims else contrib
    return (gx, gw)


PRELU = register(
    'prelu', _prelu_fwd, _prelu_back,
    grad_fn='torch.autograd.function.PReLUBackward', save_inputs=(0, 1),
    argnames=('self', 'weight'),
    modern=lambda torch, x, w: torch.nn.functional.prelu(x, w))


# ------------------------------------------------------------------------- softmax family
@_quiet
def _softmax_fwd(a, dim):
    # THNN SoftMax: z = exp(x - max) stored in the tensor's type, summed in double
    m = a.max(axis=dim, keepdims=True)
    z = np.exp(_wide(a - m)).astype(a.dtype)
    s = _wide(z).sum(axis=dim, keepdims=True)
    return (_wide(z) * (1.0 / s)).astype(a.dtype)


def _softmax_back(ctx, g):
    B = ctx.B
    out = ctx.output
    d = ctx.params['dim']
    return (out * (g - B.sum(g * out, d, True)),)


SOFTMAX = register(
    'softmax', _softmax_fwd, _softmax_back,
    grad_fn='SoftmaxBackward', save_output=True, argnames=('self',),
    modern=lambda torch, x, dim: torch.nn.functional.softmax(x, dim))


@_quiet
def _log_softmax_fwd(a, dim):
    # THNN LogSoftMax: logsum = max + log(sum exp(x - max)) in double, output x - logsum
    # (float32 operands meet the double ``logsum`` as doubles; the result is rounded once)
    m = np.maximum.reduce(a, axis=dim, keepdims=True)
    s = np.add.reduce(np.exp(a - m, dtype=np.float64), axis=dim, keepdims=True)
    out = np.empty(a.shape, a.dtype)
    np.subtract(a, m + np.log(s), out=out, casting='same_kind')
    return out


def _log_softmax_back(ctx, g):
    B = ctx.B
    d = ctx.params['dim']
    return (g - B.exp(ctx.output) * B.sum(g, d, True),)


LOG_SOFTMAX = register(
    'log_softmax', _log_softmax_fwd, _log_softmax_back,
    grad_fn='LogSoftmaxBackward', save_output=True, argnames=('self',),
    modern=lambda torch, x, dim: torch.nn.functional.log_softmax(x, dim))


# ------------------------------------------------------------------------- linear family
def _bilinear_fwd(x1, x2, w, b=None):
    # 0.3 Bilinear: for every output k, sum over j of (x1 @ W[k])[:, j] * x2[:, j]
    out = np.empty((x1.shape[0], w.shape[0]), dtype=x1.dtype)
    for k in range(w.shape[0]):
        out[:, k] = _wide(np.dot(x1, w[k]) * x2).sum(axis=1).astype(x1.dtype)
    if b is not None:
        out = out + b
    return out


def _bilinear_back(ctx, g):
    B = ctx.B
    x1, x2, w = ctx.inputs[0], ctx.inputs[1], ctx.inputs[2]
    n, i = B.value(x1).shape
    j = B.value(x2).shape[1]
    o = B.value(w).shape[0]
    gt = B.unsqueeze(B.t(g), 1)                                    # (O, 1, N)
    g1 = g2 = gw = gb = None
    if ctx.needs[0]:
        a = B.reshape(B.mm(B.reshape(w, (o * i, j)), B.t(x2)), (o, i, n))
        g1 = B.t(B.sum(gt * a, 0))
    if ctx.needs[1]:
        wt = B.reshape(B.permute(w, (0, 2, 1)), (o * j, i))
        c = B.reshape(B.mm(wt, B.t(x1)), (o, j, n))
        g2 = B.t(B.sum(gt * c, 0))
    if ctx.needs[2]:
        outer = B.unsqueeze(x1, 2) * B.unsqueeze(x2, 1)           # (N, I, J)
        gw = B.reshape(B.mm(B.t(g), B.reshape(outer, (n, i * j))), (o, i, j))
    if len(ctx.needs) > 3 and ctx.needs[3]:
        gb = B.sum(g, 0)
    return (g1, g2, gw, gb)


BILINEAR = register(
    'bilinear', _bilinear_fwd, _bilinear_back,
    grad_fn='torch.autograd.function.BilinearBackward', save_inputs=(0, 1, 2),
    argnames=('input1', 'input2', 'weight'),
    modern=lambda torch, x1, x2, w: torch.nn.functional.bilinear(x1, x2, w))
BILINEAR_BIAS = register(
    'bilinear_bias', _bilinear_fwd, _bilinear_back,
    grad_fn='torch.autograd.function.BilinearBackward', save_inputs=(0, 1, 2),
    argnames=('input1', 'input2', 'weight', 'bias'),
    modern=lambda torch, x1, x2, w, b: torch.nn.functional.bilinear(x1, x2, w, b))


# ------------------------------------------------------------------------- embedding
def _embedding_fwd(w, indices, padding_idx, scale_grad_by_freq):
    return w.take(indices, 0)          # the method: np.take's Python wrapper doubles the cost


def _embedding_back(ctx, g):
    B = ctx.B
    p = ctx.params
    idx = p['indices'].reshape(-1)
    vocab, dim = ctx.shapes[0][0]
    src = B.reshape(g, (idx.shape[0], dim))
    if p['padding_idx'] is not None or p['scale_grad_by_freq']:
        scale = np.ones(idx.shape[0])
        if p['padding_idx'] is not None:
            scale[idx == p['padding_idx']] = 0.0
        if p['scale_grad_by_freq']:
            counts = np.bincount(idx, minlength=vocab)
            scale = scale / counts[idx]
        if not np.all(scale == 1.0):
            src = src * B.const(scale.reshape(-1, 1), g)
    return (B.index_add((vocab, dim), 0, idx, src, g),)


EMBEDDING = register(
    'embedding', _embedding_fwd, _embedding_back,
    grad_fn='torch.autograd.function.EmbeddingBackward', argnames=('weight',),
    modern=lambda torch, w, indices, padding_idx, scale_grad_by_freq: torch.nn.functional.embedding(
        _t(torch, indices), w, padding_idx=padding_idx,
        scale_grad_by_freq=scale_grad_by_freq))


# ------------------------------------------------------------------------- dropout
def _dropout_fwd(a, noise):
    if noise is None:
        return a.copy()
    return a * noise


def _dropout_back(ctx, g):
    noise = ctx.params['noise']
    if noise is None:
        return (g,)
    return (g * ctx.B.const(noise, g),)


DROPOUT = register(
    'dropout', _dropout_fwd, _dropout_back,
    grad_fn='torch.autograd.function.DropoutBackward', argnames=('input',),
    modern=lambda torch, x, noise: x.clone() if noise is None else x * _t(torch, noise, x.dtype),
    doc='the noise (bernoulli(1-p)/(1-p), from the 0.3 generator) is a parameter')
FEATURE_DROPOUT = register(
    'feature_dropout', _dropout_fwd, _dropout_back,
    grad_fn='torch.autograd.function.FeatureDropoutBackward', argnames=('input',),
    modern=lambda torch, x, noise: x.clone() if noise is None else x * _t(torch, noise, x.dtype))


# ------------------------------------------------------------------------- pointwise losses
def _norm(ctx, n):
    p = ctx.params
    return 1.0 / n if (p['reduce'] and p['size_average']) else 1.0


def _mse_fwd(x, t, size_average, reduce):
    t = _flat_target(t, x.shape)
    if not reduce:
        d = x - t
        return d * d
    d = _wide(x) - _wide(t)
    return _summed(d * d, size_average, x.size, x.dtype)


def _mse_back(ctx, g):
    B = ctx.B
    x, t = ctx.inputs
    shape = B.value(x).shape
    diff = x - _target_like(B, t, shape)
    gx = g * diff * (2.0 * _norm(ctx, B.value(x).size))
    return (gx if ctx.needs[0] else None,
            _as_target_grad(B, -gx, t) if ctx.needs[1] else None)


MSE_LOSS = register(
    'mse_loss', _mse_fwd, _mse_back,
    grad_fn='MseLossBackward', save_inputs=(0, 1), argnames=('self', 'target'),
    modern=lambda torch, x, t, size_average, reduce: torch.nn.functional.mse_loss(
        x, t.reshape(x.shape), reduction=reduction(size_average, reduce)))


def _l1_fwd(x, t, size_average, reduce):
    t = _flat_target(t, x.shape)
    if not reduce:
        return np.abs(x - t)
    return _summed(np.abs(_wide(x) - _wide(t)), size_average, x.size, x.dtype)


def _l1_back(ctx, g):
    B = ctx.B
    x, t = ctx.inputs
    xv = B.value(x)
    d = xv - B.value(t).reshape(xv.shape)
    # THNN AbsCriterion: +1 where input >= target (so +1 at ties), -1 below
    sign = np.where(d >= 0, 1.0, -1.0) * _norm(ctx, xv.size)
    gx = g * B.const(sign, g)
    return (gx if ctx.needs[0] else None,
            _as_target_grad(B, -gx, t) if ctx.needs[1] else None)


L1_LOSS = register(
    'l1_loss', _l1_fwd, _l1_back,
    grad_fn='L1LossBackward', save_inputs=(0, 1), argnames=('self', 'target'),
    modern=lambda torch, x, t, size_average, reduce: torch.nn.functional.l1_loss(
        x, t.reshape(x.shape), reduction=reduction(size_average, reduce)))


def _smooth_l1_elems(d):
    z = np.abs(d)
    return np.where(z < 1, 0.5 * z * z, z - 0.5)


def _smooth_l1_fwd(x, t, size_average, reduce):
    t = _flat_target(t, x.shape)
    if not reduce:
        return _smooth_l1_elems(x - t).astype(x.dtype)
    return _summed(_smooth_l1_elems(_wide(x - t)), size_average, x.size, x.dtype)


def _smooth_l1_back(ctx, g):
    B = ctx.B
    x, t = ctx.inputs
    xv = B.value(x)
    diff = x - _target_like(B, t, xv.shape)
    dv = B.value(diff)
    inside = B.mask(np.abs(dv) < 1, g)
    outside = B.const(np.where(dv >= 1, 1.0, 0.0) - np.where(dv <= -1, 1.0, 0.0), g)
    n = _norm(ctx, xv.size)
    gx = g * (inside * diff + outside) * n
    return (gx if ctx.needs[0] else None,
            _as_target_grad(B, -gx, t) if ctx.needs[1] else None)


SMOOTH_L1_LOSS = register(
    'smooth_l1_loss', _smooth_l1_fwd, _smooth_l1_back,
    grad_fn='SmoothL1LossBackward', save_inputs=(0, 1), argnames=('self', 'target'),
    modern=lambda torch, x, t, size_average, reduce: torch.nn.functional.smooth_l1_loss(
        x, t.reshape(x.shape), reduction=reduction(size_average, reduce)))


@_quiet
def _kl_elems(x, t):
    return np.where(t > 0, t * (np.log(t) - x), 0.0)


@_quiet
def _kl_fwd(x, t, size_average, reduce):
    t = _flat_target(t, x.shape)
    if not reduce:
        return _kl_elems(x, t).astype(x.dtype)
    return _summed(_kl_elems(_wide(x), _wide(t)), size_average, x.size, x.dtype)


@_quiet
def _kl_back(ctx, g):
    B = ctx.B
    x, t = ctx.inputs
    xv = B.value(x)
    t0, t = t, _target_like(B, t, xv.shape)
    pos = B.mask(B.value(t) > 0, g)
    n = _norm(ctx, xv.size)
    gx = -g * t * pos * n if ctx.needs[0] else None
    gt = None
    if ctx.needs[1]:
        # d/dt of t (log t - x) where t > 0 (the elements with t <= 0 are constant 0)
        safe = t * pos + (1 - pos)
        gt = _as_target_grad(B, g * (B.log(safe) + 1 - x) * pos * n, t0)
    return (gx, gt)


KL_DIV = register(
    'kl_div', _kl_fwd, _kl_back,
    grad_fn='KlDivBackward', save_inputs=(0, 1), argnames=('self', 'target'),
    modern=lambda torch, x, t, size_average, reduce: torch.nn.functional.kl_div(
        x, t.reshape(x.shape), reduction=reduction(size_average, reduce)))

BCE_EPS = 1e-12


@_quiet
def _bce_fwd(x, t, weight, size_average):
    t = _flat_target(t, x.shape)
    xw, tw = _wide(x), _wide(t)
    elems = -(np.log(xw + BCE_EPS) * tw + np.log(1.0 - xw + BCE_EPS) * (1.0 - tw))
    if weight is not None:
        elems = elems * _wide(weight).reshape(x.shape)
    return _summed(elems, size_average, x.size, x.dtype)


@_quiet
def _bce_back(ctx, g):
    B = ctx.B
    x, t = ctx.inputs
    xv = B.value(x)
    t0, t = t, _target_like(B, t, xv.shape)
    p = ctx.params
    n = 1.0 / xv.size if p['size_average'] else 1.0
    w = None if p['weight'] is None else B.const(p['weight'].reshape(xv.shape), g)
    gx = gt = None
    if ctx.needs[0]:
        gx = g * (x - t) / ((1 - x + BCE_EPS) * (x + BCE_EPS)) * n
        gx = gx if w is None else gx * w
    if ctx.needs[1]:
        gt = g * (B.log(1 - x + BCE_EPS) - B.log(x + BCE_EPS)) * n
        gt = _as_target_grad(B, gt if w is None else gt * w, t0)
    return (gx, gt)


BINARY_CROSS_ENTROPY = register(
    'binary_cross_entropy', _bce_fwd, _bce_back,
    grad_fn='BinaryCrossEntropyBackward', save_inputs=(0, 1), argnames=('self', 'target'),
    modern=lambda torch, x, t, weight, size_average: torch.nn.functional.binary_cross_entropy(
        x, t.reshape(x.shape), weight=None if weight is None else _t(torch, weight, x.dtype),
        reduction='mean' if size_average else 'sum'))


# ------------------------------------------------------------------------- class NLL
def _nll_weights(target, weight, ignore_index, dtype):
    """(targets, per-sample weights) of THNN ClassNLLCriterion: an ignored sample gets
    weight 0 and target 0 (any valid index).  The weights are None when every one of them
    is 1 (no class weights, nothing ignored): the common case, computed without them."""
    keep = target != ignore_index
    if keep.all():
        return target, (None if weight is None else weight.astype(dtype)[target])
    safe = np.where(keep, target, 0)
    w = np.ones(target.shape[0], dtype=dtype) if weight is None else weight.astype(dtype)[safe]
    return safe, np.where(keep, w, dtype.type(0))


def _nll_weights_general(target, weight, ignore_index, dtype):
    """Every weight materialised, 1 where there are no class weights (reference mode)."""
    keep = target != ignore_index
    safe = np.where(keep, target, 0)
    w = np.ones(target.shape[0], dtype=dtype) if weight is None else weight.astype(dtype)[safe]
    return safe, np.where(keep, w, dtype.type(0))


_fastpaths.code_pair(_nll_weights, _nll_weights_general)


def _weight_total(w, n, dtype):
    """THNN's total weight of ``n`` samples, accumulated in the tensor's type in index
    order (``w`` None: all 1, a count, exact while the type holds every integer)."""
    if w is None:
        if n <= 2 ** (np.finfo(dtype).nmant + 1):
            return dtype.type(n)
        w = np.ones(n, dtype=dtype)
    return np.cumsum(w, dtype=dtype)[-1] if w.size else dtype.type(0)


def _nll_terms(x2d, target, weight, ignore_index):
    """Per-sample -w*x of THNN ClassNLLCriterion (ignored samples give zeros), and the
    weights (None: all 1)."""
    safe, w = _nll_weights(target, weight, ignore_index, x2d.dtype)
    picked = x2d[np.arange(x2d.shape[0]), safe]
    return (-picked if w is None else -(picked * w)), w


def _nll_reduced(terms, w, size_average, dtype):
    # THNN accumulates output and total weight in the tensor's type, in index order
    out = np.cumsum(terms, dtype=dtype)[-1] if terms.size else dtype.type(0)
    if size_average:
        total = _weight_total(w, terms.shape[0], dtype)
        if total != 0:
            out = out / total
    return np.array([out], dtype=dtype)


def _nll_fwd(x, target, weight, size_average, ignore_index, reduce):
    terms, w = _nll_terms(x, target, weight, ignore_index)
    if not reduce:
        return terms.astype(x.dtype)
    return _nll_reduced(terms, w, size_average, x.dtype)


def _nll_grad_matrix(shape, target, weight, size_average, ignore_index, reduce, dtype):
    """d(loss)/d(input) for a unit upstream gradient: -w[t]/norm at [i, t_i]."""
    safe, w = _nll_weights(target, weight, ignore_index, dtype)
    if w is None:
        w = dtype.type(1)
    if reduce and size_average:
        total = _weight_total(None if w.ndim == 0 else w, shape[0], dtype)
        if total != 0:
            w = w / total
    m = np.zeros(shape, dtype=dtype)
    m[np.arange(shape[0]), safe] = -w
    return m


def _nll_back(ctx, g):
    B = ctx.B
    p = ctx.params
    shape, dtype = ctx.shapes[0]
    m = _nll_grad_matrix(shape, p['target'], p['weight'], p['size_average'], p['ignore_index'],
                         p['reduce'], np.dtype(dtype))
    if not p['reduce']:
        g = B.unsqueeze(g, 1)
    return (g * B.const(m, g),)


def _nll_modern(torch, x, target, weight, size_average, ignore_index, reduce):
    return torch.nn.functional.nll_loss(
        x, _t(torch, target), weight=None if weight is None else _t(torch, weight, x.dtype),
        ignore_index=ignore_index, reduction=reduction(size_average, reduce))


NLL_LOSS = register(
    'nll_loss', _nll_fwd, _nll_back,
    grad_fn='NllLossBackward', argnames=('self',), modern=_nll_modern)


def _to_rows(x):
    """(N, C, H, W) -> (N*H*W, C) and back: the 2-D criterion applied per pixel."""
    n, c = x.shape[0], x.shape[1]
    return np.moveaxis(x, 1, -1).reshape(-1, c), n


def _nll2d_fwd(x, target, weight, size_average, ignore_index, reduce):
    rows, _ = _to_rows(x)
    flat_t = target.reshape(-1)
    terms, w = _nll_terms(rows, flat_t, weight, ignore_index)
    if not reduce:
        return terms.reshape(target.shape).astype(x.dtype)
    return _nll_reduced(terms, w, size_average, x.dtype)


def _nll2d_back(ctx, g):
    B = ctx.B
    p = ctx.params
    shape, dtype = ctx.shapes[0]
    dtype = np.dtype(dtype)
    n, c = shape[0], shape[1]
    rows_shape = (int(np.prod(shape)) // c, c)
    m = _nll_grad_matrix(rows_shape, p['target'].reshape(-1), p['weight'], p['size_average'],
                         p['ignore_index'], p['reduce'], dtype)
    m = np.moveaxis(m.reshape((n,) + tuple(shape[2:]) + (c,)), -1, 1)
    if not p['reduce']:
        g = B.unsqueeze(g, 1)
    return (g * B.const(np.ascontiguousarray(m), g),)


NLL_LOSS2D = register(
    'nll_loss2d', _nll2d_fwd, _nll2d_back,
    grad_fn='NllLoss2DBackward', argnames=('self',), modern=_nll_modern)


# ------------------------------------------------------------------------- Python-Function losses
def _margin_ranking_fwd(x1, x2, y, margin, size_average):
    out = np.maximum(-_wide(y) * (_wide(x1) - _wide(x2)) + margin, 0.0)
    return _summed(out, size_average, y.shape[0], x1.dtype)


def _margin_ranking_back(ctx, g):
    B = ctx.B
    x1, x2, y = (B.value(v) for v in ctx.inputs)
    p = ctx.params
    dist = -y * (x1 - x2) + p['margin']
    coef = np.where(dist >= 0, 1.0, 0.0) * y
    if p['size_average']:
        coef = coef / y.shape[0]
    c = B.const(coef, g)
    return (g * (-c) if ctx.needs[0] else None, g * c if ctx.needs[1] else None, None)


MARGIN_RANKING_LOSS = register(
    'margin_ranking_loss', _margin_ranking_fwd, _margin_ranking_back,
    grad_fn='torch.autograd.function.MarginRankingLossBackward', save_inputs=(0, 1, 2),
    argnames=('input1', 'input2', 'target'),
    modern=lambda torch, x1, x2, y, margin, size_average: torch.nn.functional.margin_ranking_loss(
        x1, x2, y.detach(), margin=margin, reduction='mean' if size_average else 'sum'))


def _hinge_fwd(x, y, margin, size_average):
    xw, yw = _wide(x), _wide(y)
    s = float(np.where(yw == -1, 0.0, xw).sum())
    s += float(np.where(yw == 1, 0.0, np.maximum(margin - xw, 0.0)).sum())
    if size_average:
        s /= x.size
    return _size1(s, x.dtype)


def _hinge_back(ctx, g):
    B = ctx.B
    x, y = (B.value(v) for v in ctx.inputs)
    p = ctx.params
    coef = np.where((y == -1) & (x > p['margin']), 0.0, y.astype(np.float64))
    if p['size_average']:
        coef = coef / x.size
    return (g * B.const(coef, g), None)


HINGE_EMBEDDING_LOSS = register(
    'hinge_embedding_loss', _hinge_fwd, _hinge_back,
    grad_fn='torch.autograd.function.HingeEmbeddingLossBackward', save_inputs=(0, 1),
    argnames=('input', 'target'),
    modern=lambda torch, x, y, margin, size_average: torch.nn.functional.hinge_embedding_loss(
        x, y.detach(), margin=margin, reduction='mean' if size_average else 'sum'))

COSINE_EPS = 1e-12


def _cosine_parts(x1, x2):
    prod = (x1 * x2).sum(1)
    m1 = (x1 * x1).sum(1) + COSINE_EPS
    m2 = (x2 * x2).sum(1) + COSINE_EPS
    return prod / np.sqrt(m1 * m2)


@_quiet
def _cosine_fwd(x1, x2, y, margin, size_average):
    cos = _cosine_parts(_wide(x1), _wide(x2))
    yw = _wide(y)
    out = np.where(yw == 1, 1.0 - cos, 0.0) + np.where(yw == -1, np.maximum(cos - margin, 0.0), 0.0)
    return _summed(out, size_average, y.shape[0], x1.dtype)


@_quiet
def _cosine_back(ctx, g):
    B = ctx.B
    x1, x2, y = ctx.inputs
    p = ctx.params
    yv = B.value(y)
    cos_v = _cosine_parts(_wide(B.value(x1)), _wide(B.value(x2)))
    dl = np.where(yv == 1, -1.0, 0.0) + np.where((yv == -1) & (cos_v > p['margin']), 1.0, 0.0)
    if p['size_average']:
        dl = dl / yv.shape[0]
    coef = B.const(dl.reshape(-1, 1), g) * g
    prod = B.sum(x1 * x2, 1, True)
    m1 = B.sum(x1 * x1, 1, True) + COSINE_EPS
    m2 = B.sum(x2 * x2, 1, True) + COSINE_EPS
    denom = B.sqrt(m1 * m2)
    cos = prod / denom
    g1 = coef * (x2 / denom - cos * x1 / m1) if ctx.needs[0] else None
    g2 = coef * (x1 / denom - cos * x2 / m2) if ctx.needs[1] else None
    return (g1, g2, None)


COSINE_EMBEDDING_LOSS = register(
    'cosine_embedding_loss', _cosine_fwd, _cosine_back,
    grad_fn='torch.autograd.function.CosineEmbeddingLossBackward', save_inputs=(0, 1, 2),
    argnames=('input1', 'input2', 'target'),
    modern=lambda torch, x1, x2, y, margin, size_average: torch.nn.functional.cosine_embedding_loss(
        x1, x2, y.detach(), margin=margin, reduction='mean' if size_average else 'sum'))

#: every op of this module, by registry name (the parity suite iterates it)
NN_OPS = ('threshold', 'hardtanh', 'elu', 'selu', 'leaky_relu', 'softplus', 'log_sigmoid',
          'prelu', 'softmax', 'log_softmax', 'bilinear', 'bilinear_bias', 'embedding', 'dropout',
          'feature_dropout', 'mse_loss', 'l1_loss', 'smooth_l1_loss', 'kl_div',
          'binary_cross_entropy', 'nll_loss', 'nll_loss2d', 'margin_ranking_loss',
          'hinge_embedding_loss', 'cosine_embedding_loss')


# ========================================================================= parity samples
# ``samples=`` of the ops above, in the format of ``legacy_autograd.testing.Spec``.  Targets,
# weights, indices and noise are drawn into the params; the float inputs are drawn by the
# suite from the domains.  Kinks (relu at 0, hardtanh at its bounds, |x - t| = 0 for l1 ...)
# are kept away from the samples with ``avoid`` rules or ``valid``, so that the finite
# differences and modern torch's subgradient choices do not matter.

def _reduce_params():
    return {'size_average': [True, False], 'reduce': [True, False]}


def _same_numel(r):
    """Input and target of equal size; sometimes of different shapes (0.3 allowed it)."""
    s = r.shape()
    n = int(np.prod(s))
    return [s, r.choice([s, s, (n,)])]


def _away(margin, *pairs):
    def valid(arrays, params):
        for i, j, at in pairs:
            a = arrays[i].astype(np.float64).reshape(-1)
            b = arrays[j].astype(np.float64).reshape(-1) if j is not None else 0.0
            for v in at:
                if np.any(np.abs(np.abs(a - b) - v) < margin):
                    return False
        return True
    return valid


def _nll_inputs(r):
    n, c = r.int(1, 4), r.int(2, 4)
    target = np.array([r.int(0, c - 1) for _ in range(n)], dtype=np.int64)
    ignore = r.choice([-100, int(target[0])])
    if np.all(target == ignore):
        ignore = -100
    weight = r.choice([None, np.array([0.5 + 0.25 * k for k in range(c)])])
    return [(n, c)], {'target': target, 'weight': weight, 'ignore_index': ignore}


def _nll2d_inputs(r):
    n, c, h, w = r.int(1, 2), r.int(2, 3), r.int(1, 3), r.int(1, 3)
    target = np.array([r.int(0, c - 1) for _ in range(n * h * w)], dtype=np.int64).reshape(n, h, w)
    ignore = r.choice([-100, int(target.reshape(-1)[0])])
    if np.all(target == ignore):
        ignore = -100
    weight = r.choice([None, np.array([0.5 + 0.25 * k for k in range(c)])])
    return [(n, c, h, w)], {'target': target, 'weight': weight, 'ignore_index': ignore}


def _embedding_inputs(r):
    vocab, dim = r.int(2, 5), r.int(1, 3)
    shape = r.choice([(r.int(1, 4),), (r.int(1, 3), r.int(1, 3))])
    idx = np.array([r.int(0, vocab - 1) for _ in range(int(np.prod(shape)))],
                   dtype=np.int64).reshape(shape)
    pad = r.choice([None, int(idx.reshape(-1)[0])])
    return [(vocab, dim)], {'indices': idx, 'padding_idx': pad, 'scale_grad_by_freq': False}


def _dropout_inputs(r, feature=False):
    s = r.shape(2, 4) if feature else r.shape()
    scale = r.choice([2.0, 4.0])                      # 1 / (1 - p) for p = 0.5, 0.75
    ns = (s[0], s[1]) + (1,) * (len(s) - 2) if feature else s
    noise = np.array([scale * r.int(0, 1) for _ in range(int(np.prod(ns)))]).reshape(ns)
    return [s], {'noise': r.choice([noise, noise, None])}


def _prelu_inputs(r):
    if r.bool():
        return [r.shape(), (1,)]
    s = r.shape(2, 4)
    return [s, (s[1],)]


def _bilinear_inputs(r, bias):
    n, i, j, o = r.int(1, 3), r.int(1, 3), r.int(1, 3), r.int(1, 3)
    return [(n, i), (n, j), (o, i, j)] + ([(o,)] if bias else [])


def _pm1_targets(*shapes):
    return tuple(['real'] * (len(shapes))) + (dict(values=[-1.0, 1.0]),)


def _cos_valid(arrays, params):
    x1, x2 = (a.astype(np.float64) for a in arrays[:2])
    cos = _cosine_parts(x1, x2)
    return bool(np.all(np.abs(cos - params['margin']) > 0.02)) and \
        bool(np.all((x1 * x1).sum(1) > 0.1)) and bool(np.all((x2 * x2).sum(1) > 0.1))


_NO_TARGET_GRAD = 'modern spelling detaches the target: 0.3 computed no gradient for it'
_NO_TARGET_FD = ('the +-1 target is an input without a gradient (0.3 Function returned None for '
                 'it), so central differences over it cannot match; the other inputs are '
                 'compared with modern torch by the grad and gradgrad checks')

_SAMPLES = {
    'threshold': dict(domain=dict(lo=-2.0, hi=2.0, avoid=[('int', 0.05)]),
                      params={'threshold': [0.0, 1.0], 'value': [0.0, -1.0, 1.0]}, n=3),
    'hardtanh': dict(domain=dict(lo=-3.0, hi=3.0, avoid=[('int', 0.05)]),
                     params={'min_val': [-1.0, 0.0], 'max_val': [1.0, 2.0]}, n=3),
    'elu': dict(domain='nonzero', params={'alpha': [1.0, 0.5]}, n=3),
    'selu': dict(domain='nonzero'),
    'leaky_relu': dict(domain='nonzero', params={'negative_slope': [0.01, 0.2]}, n=3),
    'softplus': dict(domain=dict(lo=-3.0, hi=3.0, avoid=[('half', 0.05), ('int', 0.05)]),
                     params={'beta': [1.0, 2.0], 'threshold': [20.0, 1.0]}, n=3,
                     # finite differences see sigmoid(beta x) in 0.3.1's band of gradient 1
                     # (pinned by test_mutation_kills_nn.py): the samples keep out of it
                     valid=lambda arrays, p: not np.any(
                         (np.log1p(np.exp(arrays[0].astype(np.float64) * p['beta']))
                          > p['threshold'] - 0.05) & (arrays[0] * p['beta'] <= p['threshold']))),
    'log_sigmoid': dict(domain='wide'),
    'prelu': dict(inputs=_prelu_inputs, domain=('nonzero', 'real'), n=3),
    'softmax': dict(params=lambda r, shapes: {'dim': r.int(0, len(shapes[0]) - 1)}, n=3),
    'log_softmax': dict(params=lambda r, shapes: {'dim': r.int(0, len(shapes[0]) - 1)}, n=3),
    'bilinear': dict(inputs=lambda r: _bilinear_inputs(r, False)),
    'bilinear_bias': dict(inputs=lambda r: _bilinear_inputs(r, True)),
    'embedding': dict(inputs=_embedding_inputs, n=4,
                      # the padding row is looked up but gets no gradient (0.3 and modern)
                      fd_filter=lambda arrays, params: params['padding_idx'] is None, edges=[
        dict(arrays=[[[0.5, -1.0], [2.0, 0.25], [-0.75, 1.5]]],
             params={'indices': np.array([[0, 2], [0, 1]]), 'padding_idx': 1,
                     'scale_grad_by_freq': True},
             xfail='modern torch does not scale the grad-of-grad by the index frequencies '
                   '(its double backward ignores scale_grad_by_freq; 0.3 had no double backward '
                   'here at all)', xfail_checks=('gradgrad',))]),
    'dropout': dict(inputs=_dropout_inputs, n=3),
    'feature_dropout': dict(inputs=lambda r: _dropout_inputs(r, True), n=3),
    'mse_loss': dict(inputs=_same_numel, params=_reduce_params(), n=4),
    'l1_loss': dict(inputs=_same_numel, params=_reduce_params(), n=4,
                    valid=_away(0.02, (0, 1, (0.0,)))),
    'smooth_l1_loss': dict(inputs=_same_numel, domain='mid', params=_reduce_params(), n=4,
                           valid=_away(0.02, (0, 1, (0.0, 1.0)))),
    'kl_div': dict(inputs=_same_numel, domain=('real', 'pos1'), params=_reduce_params(), n=4),
    'binary_cross_entropy': dict(
        inputs=_same_numel, domain=(dict(lo=0.05, hi=0.95), dict(lo=0.0, hi=1.0)), n=4,
        # finite differences move the target by 1e-6: keep it inside [0, 1]
        fd_domain=(dict(lo=0.05, hi=0.95), dict(lo=0.01, hi=0.99)),
        tol={'float64': {'rtol': 1e-9},
             'why': "0.3's THNN divides by (1 - x + 1e-12) * (x + 1e-12), modern torch by "
                    'max((1 - x) * x, 1e-12): the exact second derivatives differ by ~3e-10 '
                    'relative at x = 0.05, t = 0.001 (computed in long double)'},
        params=lambda r, shapes: {'size_average': r.bool(),
                                  'weight': r.choice([None, np.linspace(0.5, 1.5, int(
                                      np.prod(shapes[0]))).reshape(shapes[0])])}),
    'nll_loss': dict(inputs=_nll_inputs, params={'size_average': [True, False],
                                                 'reduce': [True, False]}, n=4),
    'nll_loss2d': dict(inputs=_nll2d_inputs, params={'size_average': [True, False],
                                                     'reduce': [True, False]}, n=4),
    'margin_ranking_loss': dict(
        inputs=lambda r: [(r.int(1, 5),)] * 3, domain=_pm1_targets(0, 1),
        params={'margin': [0.0, 0.5], 'size_average': [True, False]}, n=3,
        note=_NO_TARGET_GRAD, fd=_NO_TARGET_FD,
        valid=lambda a, p: bool(np.all(np.abs(-a[2] * (a[0] - a[1]) + p['margin']) > 0.02))),
    'hinge_embedding_loss': dict(
        inputs=lambda r: [r.shape()] * 2, domain=_pm1_targets(0),
        params={'margin': [1.0, 0.5], 'size_average': [True, False]}, n=3,
        note=_NO_TARGET_GRAD, fd=_NO_TARGET_FD,
        valid=lambda a, p: bool(np.all(np.abs(a[0] - p['margin']) > 0.02))),
    'cosine_embedding_loss': dict(
        inputs=lambda r: (lambda n, d: [(n, d), (n, d), (n,)])(r.int(1, 3), r.int(1, 4)),
        domain=_pm1_targets(0, 1), params={'margin': [0.0, 0.3], 'size_average': [True, False]},
        n=3, note=_NO_TARGET_GRAD, fd=_NO_TARGET_FD, valid=_cos_valid),
}


def _attach_samples():
    from .registry import OPS
    for name, spec in _SAMPLES.items():
        OPS[name].samples = spec


_attach_samples()
