"""The margin losses of 0.3.1 that ran through THNN (``torch._C._nn``): soft margin,
multi-class margin and multi-label margin.

Each op follows the THNN criterion of 0.3.1 (``SoftMarginCriterion``,
``MultiMarginCriterion``, ``MultiLabelMarginCriterion``): the sum is accumulated in
double (``accreal``), divided by ``dim`` (the margin criteria) and by the batch size or
element count when ``size_average``; the result is a 1-element tensor.  Node names are
the 0.3 generator's (``str.title()`` of the underscore-separated name):
``SoftMarginLossBackward``, ``MultiMarginLossBackward``, ``MultilabelMarginLossBackward``.

Class targets and weights travel as op parameters (numpy arrays), the soft-margin target
(+1 / -1, a float tensor) as an input without a gradient.  The backward of the
piecewise-linear losses is ``g`` times a constant (THNN's gradient), so their
grad-of-grad is zero, as the functions are piecewise linear; ``p=2`` multi-margin and
soft margin are written with backend ops, so their second derivatives are exact.
"""
import numpy as np

from .registry import register
from .nn_ops import _wide, _size1, _t, _quiet, _pm1_targets, _NO_TARGET_GRAD, _NO_TARGET_FD


def _norm_of(size_average, nframe, dim=1):
    return 1.0 / (nframe * dim) if size_average else 1.0 / dim


# ------------------------------------------------------------------------- soft margin
@_quiet
def _soft_margin_fwd(x, y, size_average):
    xw, yw = _wide(x), _wide(y).reshape(x.shape)
    s = float(np.log1p(np.exp(-yw * xw)).sum())
    if size_average:
        s /= x.size
    return _size1(s, x.dtype)


def _soft_margin_back(ctx, g):
    B = ctx.B
    x, y = ctx.inputs
    yv = B.value(y).reshape(ctx.shapes[0][0])
    c = -yv.astype(np.float64)
    if ctx.params['size_average']:
        c = c / yv.size
    z = B.exp(x * B.const(-yv, x))
    gx = g * B.const(c, x) * z / (z + 1)
    return (gx if ctx.needs[0] else None, None)


SOFT_MARGIN_LOSS = register(
    'soft_margin_loss', _soft_margin_fwd, _soft_margin_back,
    grad_fn='SoftMarginLossBackward', save_inputs=(0, 1), argnames=('self', 'target'),
    modern=lambda torch, x, y, size_average: torch.nn.functional.soft_margin_loss(
        x, y.detach().reshape(x.shape), reduction='mean' if size_average else 'sum'))


# ------------------------------------------------------------------------- multi margin
def _frames(x):
    return x.reshape(1, -1) if x.ndim == 1 else x


def _multi_margin_z(x2, target, margin):
    """(z = margin - x[target] + x[d] per element, mask of the non-target elements)."""
    n, dim = x2.shape
    xt = x2[np.arange(n), target][:, None]
    z = margin - xt + x2
    other = np.ones((n, dim), dtype=bool)
    other[np.arange(n), target] = False
    return z, other


def _multi_margin_fwd(x, target, p, margin, weight, size_average):
    x2 = _wide(_frames(x))
    n, dim = x2.shape
    z, other = _multi_margin_z(x2, target, margin)
    h = np.where(other & (z > 0), z if p == 1 else z * z, 0.0)
    if weight is not None:
        h = h * _wide(weight)[target][:, None]
    s = float(h.sum()) / dim
    if size_average:
        s /= n
    return _size1(s, x.dtype)


def _multi_margin_back(ctx, g):
    B = ctx.B
    prm = ctx.params
    shape = ctx.shapes[0][0]
    target, p, margin, weight = prm['target'], prm['p'], prm['margin'], prm['weight']
    n = 1 if len(shape) == 1 else shape[0]
    dim = shape[-1]
    norm = _norm_of(prm['size_average'], n, dim)
    rows = np.arange(n)
    x = ctx.inputs[0]
    xv = _wide(_frames(B.value(x)))
    z, other = _multi_margin_z(xv, target, margin)
    active = (other & (z > 0)).astype(np.float64)
    if weight is not None:
        active = active * _wide(weight)[target][:, None]
    if p == 1:
        coef = active * norm
        coef[rows, target] = -coef.sum(1)
        return (g * B.const(coef.reshape(shape), x),)
    # p == 2: d/dx of sum_d w * z_d^2, z_d = margin - x_t + x_d: 2 w z_d at d, -sum at t
    sel = np.zeros((n, dim), dtype=np.float64)
    sel[rows, target] = 1.0
    x2 = x if len(shape) == 2 else B.reshape(x, (1, dim))
    xt = B.sum(x2 * B.const(sel, x2), 1, True)                 # (n, 1)
    zv = (x2 - xt + margin) * B.const(2.0 * norm * active, x2)   # 2 w z / norm, 0 if inactive
    tot = B.sum(zv, 1, True)
    gx = zv - tot * B.const(sel, x2)
    if len(shape) == 1:
        gx = B.reshape(gx, (dim,))
    return (g * gx,)


def _multi_margin_modern(torch, x, target, p, margin, weight, size_average):
    return torch.nn.functional.multi_margin_loss(
        x, _t(torch, target.reshape(-1)), p=p, margin=margin,
        weight=None if weight is None else _t(torch, weight, x.dtype),
        reduction='mean' if size_average else 'sum')


MULTI_MARGIN_LOSS = register(
    'multi_margin_loss', _multi_margin_fwd, _multi_margin_back,
    grad_fn='MultiMarginLossBackward', save_inputs=(0,), argnames=('self',),
    modern=_multi_margin_modern)


# ------------------------------------------------------------------------- multi-label margin
def _multilabel_sets(target, dim):
    """(is_target mask, [(frame, target index)] pairs used) of THNN: each frame's targets are
    read up to the first negative one."""
    t2 = _frames(target)
    is_target = np.zeros(t2.shape, dtype=bool)
    pairs = []
    for f in range(t2.shape[0]):
        for v in t2[f]:
            if v < 0:
                break
            is_target[f, v] = True
            pairs.append((f, int(v)))
    return is_target, pairs


def _multilabel_fwd(x, target, size_average):
    x2 = _wide(_frames(x))
    n, dim = x2.shape
    is_target, pairs = _multilabel_sets(target, dim)
    s = 0.0
    for f, t in pairs:
        z = 1.0 - x2[f, t] + x2[f]
        s += float(np.where(~is_target[f] & (z > 0), z, 0.0).sum())
    s /= dim
    if size_average:
        s /= n
    return _size1(s, x.dtype)


def _multilabel_back(ctx, g):
    B = ctx.B
    prm = ctx.params
    shape = ctx.shapes[0][0]
    x = ctx.inputs[0]
    x2 = _wide(_frames(B.value(x)))
    n, dim = x2.shape
    is_target, pairs = _multilabel_sets(prm['target'], dim)
    norm = _norm_of(prm['size_average'], n, dim)
    coef = np.zeros((n, dim), dtype=np.float64)
    for f, t in pairs:
        z = 1.0 - x2[f, t] + x2[f]
        act = (~is_target[f] & (z > 0)).astype(np.float64)
        coef[f] += act * norm
        coef[f, t] -= act.sum() * norm
    return (g * B.const(coef.reshape(shape), x),)


MULTILABEL_MARGIN_LOSS = register(
    'multilabel_margin_loss', _multilabel_fwd, _multilabel_back,
    grad_fn='MultilabelMarginLossBackward', save_inputs=(0,), argnames=('self',),
    modern=lambda torch, x, target, size_average: torch.nn.functional.multilabel_margin_loss(
        x, _t(torch, target), reduction='mean' if size_average else 'sum'))


#: every op of this module, by registry name
NN_LOSS_OPS = ('soft_margin_loss', 'multi_margin_loss', 'multilabel_margin_loss')


# ========================================================================= parity samples
def _mm_inputs(r):
    n, dim = r.int(1, 3), r.int(2, 4)
    target = np.array([r.int(0, dim - 1) for _ in range(n)], dtype=np.int64)
    weight = r.choice([None, np.array([0.5 + 0.25 * k for k in range(dim)])])
    shape = r.choice([(n, dim), (dim,)]) if n == 1 else (n, dim)
    return [shape], {'target': target, 'weight': weight}


def _ml_inputs(r):
    n, dim = r.int(1, 3), r.int(2, 4)
    rows = []
    for _ in range(n):
        k = r.int(0, dim)                      # k targets, then -1 (or none left)
        row = [r.int(0, dim - 1) for _ in range(k)] + [-1] * (dim - k)
        if k < dim and r.bool():     # what follows the first -1 is never read
            row[k + 1:] = [r.int(0, dim - 1) for _ in range(dim - k - 1)]
        rows.append(row)
    target = np.array(rows, dtype=np.int64)
    if n == 1 and r.bool():
        return [(dim,)], {'target': target.reshape(dim)}
    return [(n, dim)], {'target': target}


def _mm_valid(arrays, params):
    """Hinge arguments 0.02 away from the kink at 0."""
    x = _frames(arrays[0].astype(np.float64))
    z, other = _multi_margin_z(x, params['target'], params['margin'])
    return bool(np.all(np.abs(z[other]) > 0.02))


def _ml_valid(arrays, params):
    x = _frames(arrays[0].astype(np.float64))
    is_target, pairs = _multilabel_sets(params['target'], x.shape[1])
    for f, k in pairs:
        z = 1.0 - x[f, k] + x[f]
        if np.any(np.abs(z[~is_target[f]]) <= 0.02):
            return False
    return True


_NO_MODERN_GRADGRAD = ('modern torch has no double backward for this loss (nor had 0.3.1: its '
                       'test suite skipped the check); ours is exact, checked by finite '
                       'differences of the gradient in compat_tests/test_nn_rest.py')

_SAMPLES = {
    'soft_margin_loss': dict(
        inputs=lambda r: [r.shape()] * 2, domain=_pm1_targets(0),
        params={'size_average': [True, False]}, n=3, note=_NO_TARGET_GRAD, fd=_NO_TARGET_FD),
    'multi_margin_loss': dict(
        inputs=_mm_inputs, params={'p': [1, 2], 'margin': [1.0, 0.5],
                                   'size_average': [True, False]},
        n=4, valid=_mm_valid, gradgrad=_NO_MODERN_GRADGRAD),
    'multilabel_margin_loss': dict(
        inputs=_ml_inputs, params={'size_average': [True, False]}, n=4,
        valid=_ml_valid, gradgrad=_NO_MODERN_GRADGRAD),
}


def _attach_samples():
    from .registry import OPS
    for name, spec in _SAMPLES.items():
        OPS[name].samples = spec


_attach_samples()
