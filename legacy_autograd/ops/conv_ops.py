"""Convolution, pooling, batch normalisation and padding: registry ops on a numpy core.

Every kernel is vectorised over batch, channels and pixels (``docs/nn_conv.md``):

* convolution is im2col + GEMM: a strided window view of the (zero padded) input
  (made by the ndarray constructor), copied once into a ``(groups, C/g*kh*kw, N*OH*OW)`` matrix
  and multiplied with the weights by one batched BLAS ``matmul``; the column order
  (batch-then-pixels or pixels-then-batch) is picked from the shapes so that the
  copy runs over long contiguous rows;
* its adjoints are one GEMM each; the input adjoint then sums the columns back
  (col2im) with one copy into per-kernel-offset slabs of the image and one reduction
  over the slabs (:func:`_fold_windows`, also the adjoint of average pooling);
* pooling copies the windows kernel-offset first, so window reductions are
  reductions over axis 0; max pooling then is a gather by flat argmax indices and
  its backward a scatter; adaptive average pooling is two small GEMMs with 0/1
  window matrices;
* reflect / replicate padding backward folds the border gradients back by slicing.

The backward formulas use only ``ctx.B`` (``docs/architecture.md``).  The adjoint of
each linear kernel is a registered helper op whose own backward is the original
kernel, so double backward works for all of them (convolution, its input adjoint
and its weight adjoint form a closed family; gather <-> scatter; pool <-> unpool;
pad <-> fold).  Large scratch arrays are recycled through :data:`WORKSPACE`.
"""
import functools
import math

import numpy as np

from .registry import register
from .. import backend_numpy as _NB
from ..backend_numpy import strided_view as _strided
from . import backend_variable as _VB
from .dispatch import call
from ..autograd.variable import Variable
from ..tensor import _TensorBase
from .. import errors
from . import _args
from .. import _fastpaths
from .._fastpaths import POISON_WORKSPACE

__all__ = ['convolution', 'conv_transpose', 'max_pool', 'avg_pool2d', 'adaptive_avg_pool2d',
           'adaptive_max_pool2d', 'batch_norm', 'pad']

HELPER = 'internal helper of backward formulas'


# ====================================================================== small helpers
def _two(t, fill):
    """A 1- or 2-tuple as a 2-tuple (1-d ops work on an (N, C, 1, L) view)."""
    return (fill,) + tuple(t) if len(t) == 1 else tuple(t)


def _to4d(a):
    return a[:, :, None, :] if a.ndim == 3 else a


def _shape4(shape):
    shape = tuple(shape)
    return shape[:2] + (1,) + shape[2:] if len(shape) == 3 else shape


def _arr(x):
    return x._data._a if isinstance(x, Variable) else x._a


def _sizes(shape):
    return '[' + ', '.join(str(int(s)) for s in shape) + ']'


class Workspace(object):
    """Scratch buffers of the kernels (im2col matrices, column gradients, window stacks),
    recycled by shape and dtype.

    These temporaries are several megabytes each and are freed again within a step; handing
    them back to the C allocator makes it unmap / trim the memory and fault it in again on the
    next step, which on LeNet costs more than the arithmetic.  Only arrays created here and no
    longer referenced are given back (``give``); the pool keeps at most ``per_key`` arrays of a
    key and ``limit`` bytes in all.

    Besides plain buffers (keyed by shape and dtype) the pool keeps *patterned* ones
    (:meth:`patterned`): zero-filled arrays of which their user only ever writes one fixed set
    of positions, named by a key; everything else stays zero, so they are reused without
    clearing.

    ``poison=True`` (debugging; ``LEGACY_AUTOGRAD_POISON_WORKSPACE=1``, on in the test suite):
    every plain buffer handed out, new or reused, is filled with the byte 0xFF first (NaN in
    the float types, -1 in the integer ones), so a kernel that reads a part it has not written
    gives NaN, not stale numbers.  Patterned buffers are not poisoned: their contract is that
    everything outside the pattern is zero.  In reference mode (``LEGACY_AUTOGRAD_REFERENCE=1``)
    the pool keeps nothing (``limit=0``): every buffer is new.
    """

    def __init__(self, limit=256 << 20, per_key=4, min_bytes=64 << 10, poison=False):
        self.free = {}
        self.bytes = 0
        self.limit = limit
        self.per_key = per_key
        self.min_bytes = min_bytes
        self.poison = poison
        if poison:
            self.empty = self._poisoned_empty       # chosen once: no test per call

    def _take(self, key):
        stack = self.free.get(key)
        if stack:
            try:
                a = stack.pop()
            except IndexError:          # emptied by another thread meanwhile
                return None
            self.bytes -= a.nbytes
            return a
        return None

    def empty(self, shape, dtype):
        """An uninitialised buffer; ``shape`` a tuple, ``dtype`` a numpy dtype (the key)."""
        a = self._take((shape, dtype))
        return np.empty(shape, dtype) if a is None else a

    def _poisoned_empty(self, shape, dtype):
        a = self._take((shape, dtype))
        if a is None:
            a = np.empty(shape, dtype)
        a.reshape(-1).view(np.uint8).fill(0xFF)
        return a

    def patterned(self, pattern, shape, dtype):
        """A zero-filled ``(shape, dtype)`` buffer whose user writes only the positions named by
        the hashable ``pattern``; give it back with ``give(a, pattern)``."""
        a = self._take(pattern)
        return np.zeros(shape, dtype) if a is None else a

    def give(self, a, pattern=None):
        if a is None or a.nbytes < self.min_bytes or not a.flags.c_contiguous or a.base is not None:
            return
        if self.bytes + a.nbytes > self.limit:
            return
        key = (a.shape, a.dtype) if pattern is None else pattern
        stack = self.free.setdefault(key, [])
        if len(stack) < self.per_key:
            stack.append(a)
            self.bytes += a.nbytes

    def clear(self):
        self.free = {}
        self.bytes = 0


WORKSPACE = Workspace(limit=256 << 20, poison=POISON_WORKSPACE)


@_fastpaths.on_switch
def _switch_workspace(reference):
    """Reference mode: the pool keeps nothing (every buffer is new)."""
    WORKSPACE.clear()
    WORKSPACE.limit = 0 if reference else 256 << 20


def _copy_into_workspace(view):
    out = WORKSPACE.empty(view.shape, view.dtype)
    np.copyto(out, view)
    return out


def _give_base(a):
    """Give back the workspace array behind ``a`` (``a`` itself or the array it reshapes)."""
    WORKSPACE.give(a if a.base is None else a.base)


def _contiguous(a):
    return a if a.flags.c_contiguous else np.ascontiguousarray(a)


def _padded(x, top, bottom, left, right, value=0.0):
    """``x`` (4-d) surrounded by a border of ``value`` (no copy when there is none)."""
    if not (top or bottom or left or right):
        return x
    n, c, h, w = x.shape
    out = np.full((n, c, h + top + bottom, w + left + right), value, dtype=x.dtype)
    out[:, :, top:top + h, left:left + w] = x
    return out


def _fold_windows(cols, c, n, kernel, stride, dilation, out_hw, padding, in_hw, nl):
    """Adjoint of a window view: every window element added back into the place of the
    (padded) image it was read from, with one copy and one reduction; returns the sums,
    cropped to the unpadded image, as a new (N, C, H, W) array.

    ``cols`` holds the window elements as (C, kh, kw, N, oh, ow) (``nl``) or
    (C, kh, kw, oh, ow, N), or anything broadcasting to that.  They are copied into a buffer
    S of shape (C, KH, KW) + padded image, element (i, j, u, v) at image row
    ``u*sh + i*dh`` and column ``v*sw + j*dw`` of slab (i, j).  Along a direction in which
    windows overlap each kernel offset has a slab of its own (KH = kh); along one in which
    they are disjoint all offsets share one (KH = 1), where no two elements meet.  Summing S
    over its slab axes then adds up, at every image position, the elements read from it, in
    kernel-offset order -- what adding the slabs one by one into zeros gives; the final
    ``+ 0`` turns a sum of only -0.0 terms into the +0.0 that adding into zeros leaves.
    Positions no element reaches stay zero, so S is a patterned workspace buffer.
    """
    kh, kw = kernel
    sh, sw = stride
    dh, dw = dilation
    hp, wp = out_hw
    oh, ow = cols.shape[-2:] if nl else cols.shape[-3:-1]
    nk_h = kh if sh < (kh - 1) * dh + 1 else 1
    nk_w = kw if sw < (kw - 1) * dw + 1 else 1
    image = (n, hp, wp) if nl else (hp, wp, n)
    shape = (c, nk_h, nk_w) + image
    dtype = cols.dtype
    pattern = ('fold', shape, dtype, nl, kernel, stride, dilation, oh, ow)
    buf = WORKSPACE.patterned(pattern, shape, dtype)
    sc, si, sj = buf.strides[:3]
    if nl:
        sn, sy, sx = buf.strides[3:]
        shape_w = (c, kh, kw, n, oh, ow)
        tail = (sn, sh * sy, sw * sx)
    else:
        sy, sx, sn = buf.strides[3:]
        shape_w = (c, kh, kw, oh, ow, n)
        tail = (sh * sy, sw * sx, sn)
    strides_w = (sc, (si if nk_h > 1 else 0) + dh * sy, (sj if nk_w > 1 else 0) + dw * sx) + tail
    np.copyto(_strided(buf, shape_w, strides_w), cols)
    if nk_h * nk_w > 1:
        total = WORKSPACE.empty((c,) + image, dtype)
        np.add.reduce(buf.reshape(c, nk_h * nk_w, -1), axis=1, out=total.reshape(c, -1))
    else:
        total = buf.reshape((c,) + image)
    (ph, pw), (h, w) = padding, in_hw
    if nl:
        crop = total[:, :, ph:ph + h, pw:pw + w].transpose(1, 0, 2, 3)
    else:
        crop = total[:, ph:ph + h, pw:pw + w, :].transpose(3, 0, 1, 2)
    out = np.empty((n, c, h, w), dtype)
    np.add(crop, dtype.type(0), out=out)
    if total.base is None:
        WORKSPACE.give(total)
    WORKSPACE.give(buf, pattern)
    return out


# ====================================================================== convolution kernels
# The im2col matrix has rows (c, kh, kw) and columns in one of two orders:
#   'nl' (batch, pixels): windows of the NCHW input have contiguous runs of ``ow`` elements
#        and the product lands as (O, N, oh, ow), one cheap swap from NCHW;
#   'ln' (pixels, batch): the input is first transposed to (C, H, W, N); windows then have
#        contiguous runs of ``ow * N`` elements, which wins when ``ow`` is small.
# The layout is a function of the shapes only, so forward and backward always agree.
def _conv_geometry(xs, ws, stride, padding, dilation):
    n, c, h, w = xs
    o, cg, kh, kw = ws
    oh = (h + 2 * padding[0] - dilation[0] * (kh - 1) - 1) // stride[0] + 1
    ow = (w + 2 * padding[1] - dilation[1] * (kw - 1) - 1) // stride[1] + 1
    return oh, ow


def _layout(n, ow):
    return 'nl' if ow >= 16 or n == 1 else 'ln'


#: An im2col copy whose contiguous runs are shorter than this (elements) is made in two
#: steps (:func:`_columns`).
SHORT_RUN = 128


def _columns(x4, ws4, stride, padding, dilation, groups, oh, ow):
    """im2col of ``x4``: a (G, C/G*kh*kw, N*oh*ow) matrix in :func:`_layout` column order.

    A window view copies in contiguous runs of one output row (``ow`` elements, times N in
    the 'ln' order): cheap per element but not per run, when rows are short.  With a row
    stride of 1 the copy is then made in two steps: first the image rows shifted for every
    kernel column (``kw`` images ``ow`` wide), then the windows, whose ``oh`` rows now lie
    back to back in those images (one run per kernel offset and sample).
    """
    n, c, h, w = x4.shape
    kh, kw = ws4[2], ws4[3]
    (ph, pw), (sh, sw), (dh, dw) = padding, stride, dilation
    dtype = x4.dtype
    nl = _layout(n, ow) == 'nl'
    if nl:
        xp = _contiguous(_padded(x4, ph, ph, pw, pw))
        hp = xp.shape[2]
    else:
        xp = WORKSPACE.empty((c, h + 2 * ph, w + 2 * pw, n), dtype)
        if ph or pw:
            xp.fill(0)
        xp[:, ph:ph + h, pw:pw + w, :] = x4.transpose(1, 2, 3, 0)
        hp = xp.shape[1]
    two_step = sh == 1 and kh > 1 and (ow if nl else ow * n) < SHORT_RUN
    if nl:
        s0, s1, s2, s3 = xp.strides                                     # (N, C, H, W)
        if two_step:
            shifted = WORKSPACE.empty((c, kw, n, hp, ow), dtype)
            np.copyto(shifted, _strided(xp, shifted.shape, (s1, dw * s3, s0, s2, sw * s3)))
            r0, r1, r2, r3, r4 = shifted.strides
            view = _strided(shifted, (c, kh, kw, n, oh, ow), (r0, dh * r3, r1, r2, r3, r4))
        else:
            view = _strided(xp, (c, kh, kw, n, oh, ow),
                            (s1, dh * s2, dw * s3, s0, sh * s2, sw * s3))
    else:
        t0, t1, t2, t3 = xp.strides                                     # (C, H, W, N)
        if two_step:
            shifted = WORKSPACE.empty((c, kw, hp, ow, n), dtype)
            np.copyto(shifted, _strided(xp, shifted.shape, (t0, dw * t2, t1, sw * t2, t3)))
            r0, r1, r2, r3, r4 = shifted.strides
            view = _strided(shifted, (c, kh, kw, oh, ow, n), (r0, dh * r2, r1, r2, r3, r4))
        else:
            view = _strided(xp, (c, kh, kw, oh, ow, n),
                            (t0, dh * t1, dw * t2, sh * t1, sw * t2, t3))
    cols = _copy_into_workspace(view).reshape(groups, (c // groups) * kh * kw, -1)
    if two_step:
        WORKSPACE.give(shifted)
    if xp.base is None and xp is not x4:
        WORKSPACE.give(xp)
    return cols


def _grad_rows(g4, groups):
    """(N, O, oh, ow) -> (G, O/G, N*oh*ow) in the column order of :func:`_columns`."""
    n, o, oh, ow = g4.shape
    perm = (1, 0, 2, 3) if _layout(n, ow) == 'nl' else (1, 2, 3, 0)
    return _copy_into_workspace(g4.transpose(perm)).reshape(groups, o // groups, -1)


def _rows_as_nchw(y, n, oh, ow):
    """A (.., N*oh*ow) product in column order, viewed as (N, rows, oh, ow)."""
    r = y.size // (n * oh * ow)
    if _layout(n, ow) == 'nl':
        return y.reshape(r, n, oh, ow).transpose(1, 0, 2, 3)
    return y.reshape(r, oh, ow, n).transpose(3, 0, 1, 2)


class ColumnCache(object):
    """Holds the forward im2col matrix of a convolution until its backward takes it
    (passed as the op parameter ``cache``; emptied on use, so it lives one backward)."""
    __slots__ = ('cols',)

    def __init__(self):
        self.cols = None

    def take(self):
        cols, self.cols = self.cols, None
        return cols

    def release(self):
        """Drop the columns (their buffer goes back to the workspace)."""
        cols = self.take()
        if cols is not None:
            _give_base(cols)

    def __repr__(self):
        return '<ColumnCache %s>' % ('empty' if self.cols is None else 'full')


#: Largest im2col matrix built at once (bytes).  The columns of a whole batch take
#: ``N * C/g * kh * kw * oh * ow`` elements; past this budget the batch is processed in
#: chunks (each still one im2col copy and one GEMM), the way THNN bounded its buffer.
COLUMN_BUDGET = 128 << 20


def _batch_step(n, ws4, oh, ow, dtype, groups):
    """Batch elements per im2col chunk (``n`` when the whole batch fits the budget)."""
    per_sample = groups * ws4[1] * ws4[2] * ws4[3] * oh * ow * np.dtype(dtype).itemsize
    if per_sample * n <= COLUMN_BUDGET or n == 1:
        return n
    return max(1, COLUMN_BUDGET // max(per_sample, 1))


def conv_forward(x, w, b=None, stride=(1, 1), padding=(0, 0), dilation=(1, 1), groups=1,
                 cache=None):
    """Cross-correlation of ``x`` (N, C, [H,] W) with ``w`` (O, C/g, [kh,] kw), plus bias:
    one im2col copy and one (batched over groups) matrix product."""
    stride, padding, dilation = _two(stride, 1), _two(padding, 0), _two(dilation, 1)
    x4, w4 = _to4d(x), _to4d(w)
    n = x4.shape[0]
    o = w4.shape[0]
    oh, ow = _conv_geometry(x4.shape, w4.shape, stride, padding, dilation)
    step = _batch_step(n, w4.shape, oh, ow, x.dtype, groups)
    if step < n:
        parts = [conv_forward(x[i:i + step], w, b, stride, padding, dilation, groups)
                 for i in range(0, n, step)]
        return np.concatenate(parts, axis=0)
    cols = _columns(x4, w4.shape, stride, padding, dilation, groups, oh, ow)
    if cache is not None:
        cache.cols = cols
    wm = w4.reshape(groups, o // groups, -1)
    prod = WORKSPACE.empty((groups, o // groups, cols.shape[2]), np.result_type(wm, cols))
    np.matmul(wm, cols, out=prod)
    if cache is None:
        _give_base(cols)
    y = _rows_as_nchw(prod, n, oh, ow)
    out = np.empty((n, o, oh, ow), dtype=y.dtype)
    if b is not None:
        np.add(y, b.reshape(1, o, 1, 1), out=out)
    else:
        np.copyto(out, y)
    WORKSPACE.give(prod)
    return out.reshape((n, o, ow)) if x.ndim == 3 else out


def conv_input_grad(g, w, x_shape, stride=(1, 1), padding=(0, 0), dilation=(1, 1), groups=1,
                    rows=None):
    """Adjoint of the convolution in its input: ``g`` (N, O, OH, OW) -> (N, C, H, W).
    ``rows``: :func:`_grad_rows` of ``g`` when the caller has it (whole batch)."""
    stride, padding, dilation = _two(stride, 1), _two(padding, 0), _two(dilation, 1)
    g4, w4 = _to4d(g), _to4d(w)
    xs = _shape4(x_shape)
    n, o, oh, ow = g4.shape
    kh, kw = w4.shape[2], w4.shape[3]
    shared = rows is not None
    if not shared:
        step = _batch_step(n, (o, xs[1] // groups, kh, kw), oh, ow, g.dtype, groups)
        if step < n:
            parts = [conv_input_grad(g[i:i + step], w, (min(step, n - i),) + tuple(x_shape[1:]),
                                     stride, padding, dilation, groups)
                     for i in range(0, n, step)]
            return np.concatenate(parts, axis=0)
        rows = _grad_rows(g4, groups)
    wm = w4.reshape(groups, o // groups, -1)
    cg = WORKSPACE.empty((groups, wm.shape[2], rows.shape[2]), np.result_type(wm, rows))
    np.matmul(wm.transpose(0, 2, 1), rows, out=cg)                       # (G, C/G*kh*kw, M)
    if not shared:
        _give_base(rows)
    c, h, w = xs[1], xs[2], xs[3]
    nl = _layout(n, ow) == 'nl'
    cols = cg.reshape((c, kh, kw, n, oh, ow) if nl else (c, kh, kw, oh, ow, n))
    out = _fold_windows(cols, c, n, (kh, kw), stride, dilation,
                        (h + 2 * padding[0], w + 2 * padding[1]), padding, (h, w), nl)
    WORKSPACE.give(cg)
    return out.reshape(x_shape)


def conv_weight_grad(x, g, w_shape, stride=(1, 1), padding=(0, 0), dilation=(1, 1), groups=1,
                     cache=None, rows=None):
    """Adjoint of the convolution in its weight: the products of ``g`` with the columns of
    ``x`` summed over batch and pixels (the forward's columns are reused when cached).
    ``rows``: :func:`_grad_rows` of ``g`` when the caller has it (whole batch)."""
    stride, padding, dilation = _two(stride, 1), _two(padding, 0), _two(dilation, 1)
    x4, g4 = _to4d(x), _to4d(g)
    ws = _shape4(w_shape)
    n, o, oh, ow = g4.shape
    cols = cache.take() if cache is not None else None
    if cols is None and rows is None:
        step = _batch_step(n, ws, oh, ow, x.dtype, groups)
        if step < n:
            total = None
            for i in range(0, n, step):
                part = conv_weight_grad(x[i:i + step], g[i:i + step], w_shape, stride, padding,
                                        dilation, groups)
                total = part if total is None else total + part
            return total
    if cols is None:
        cols = _columns(x4, ws, stride, padding, dilation, groups, oh, ow)
    shared = rows is not None
    if not shared:
        rows = _grad_rows(g4, groups)
    dw = np.matmul(rows, cols.transpose(0, 2, 1))
    _give_base(cols)
    if not shared:
        _give_base(rows)
    return dw.reshape(w_shape)


def conv_backward(g, x, w, x_shape, w_shape, stride, padding, dilation, groups, cache,
                  need_x, need_w):
    """Both adjoints of a convolution on numpy arrays (None where not needed); when both
    are needed over the whole batch, the transposed copy of ``g`` they multiply is made once."""
    rows = None
    if need_x and need_w:
        g4 = _to4d(g)
        n, o, oh, ow = g4.shape
        ws = _shape4(w_shape)
        if _batch_step(n, ws, oh, ow, g.dtype, groups) == n:
            rows = _grad_rows(g4, groups)
    gx = conv_input_grad(g, w, x_shape, stride, padding, dilation, groups, rows) \
        if need_x else None
    gw = conv_weight_grad(x, g, w_shape, stride, padding, dilation, groups, cache, rows) \
        if need_w else None
    if rows is not None:
        _give_base(rows)
    return gx, gw


def _conv_params(p):
    return {'stride': p['stride'], 'padding': p['padding'], 'dilation': p['dilation'],
            'groups': p['groups']}


def _bias_dims(ndim):
    return (0, 2, 3) if ndim == 4 else (0, 2)


def _conv_back(ctx, g):
    B = ctx.B
    params = ctx.params
    x, w = ctx.inputs[0], ctx.inputs[1]
    needs = ctx.needs
    xs, ws = ctx.shapes[0][0], ctx.shapes[1][0]
    if B.KIND == 'numpy':
        gx, gw = conv_backward(g, x, w, xs, ws, params['stride'], params['padding'],
                               params['dilation'], params['groups'], params.get('cache'),
                               needs[0], needs[1])
    else:
        p = _conv_params(params)
        gx = B.conv_nd_input_grad(g, w, xs, p) if needs[0] else None
        gw = B.conv_nd_weight_grad(x, g, ws, p, params.get('cache')) if needs[1] else None
    if len(needs) > 2:
        gb = B.sum(g, _bias_dims(len(ctx.shapes[0][0]))) if needs[2] else None
        return gx, gw, gb
    return gx, gw


def _conv_fwd(x, w, b=None, stride=None, padding=None, dilation=None, groups=1, cache=None):
    return conv_forward(x, w, b, stride, padding, dilation, groups, cache)


CONV1D = register(
    'conv1d', _conv_fwd, _conv_back, grad_fn='ConvNdBackward', save_inputs=(0, 1),
    argnames=('input', 'weight', 'bias'),
    modern=lambda torch, x, w, b=None, stride=(1,), padding=(0,), dilation=(1,), groups=1,
    cache=None: torch.nn.functional.conv1d(x, w, b, stride, padding, dilation, groups))
CONV2D = register(
    'conv2d', _conv_fwd, _conv_back, grad_fn='ConvNdBackward', save_inputs=(0, 1),
    argnames=('input', 'weight', 'bias'),
    modern=lambda torch, x, w, b=None, stride=(1, 1), padding=(0, 0), dilation=(1, 1), groups=1,
    cache=None: torch.nn.functional.conv2d(x, w, b, stride, padding, dilation, groups))


def _conv_to(B, x, w, p, x_shape, w_shape, target):
    """``conv(x, w)`` cut to the spatial size ``target``.  A convolution of a transposed
    convolution's output has ``output_padding // stride`` more rows than the transposed
    convolution's input (rows that no input position reaches); they are dropped."""
    y = B.conv_nd(x, w, p)
    st, pd, dl = p['stride'], p['padding'], p['dilation']
    for d in range(len(st)):
        out = (x_shape[2 + d] + 2 * pd[d] - dl[d] * (w_shape[2 + d] - 1) - 1) // st[d] + 1
        if out > target[2 + d]:
            y = B.narrow(y, 2 + d, 0, target[2 + d])
    return y


def _input_grad_back(ctx, h):
    # out = A(g, w) (adjoint in the input); d/dg = conv(h, w), d/dw = weight_grad(h, g)
    B = ctx.B
    p = _conv_params(ctx.params)
    g, w = ctx.inputs
    gg = _conv_to(B, h, w, p, ctx.params['x_shape'], ctx.shapes[1][0], ctx.shapes[0][0]) \
        if ctx.needs[0] else None
    gw = B.conv_nd_weight_grad(h, g, ctx.shapes[1][0], p) if ctx.needs[1] else None
    return gg, gw


def _weight_grad_back(ctx, h):
    # out = W(x, g) (adjoint in the weight); d/dx = input_grad(g, h), d/dg = conv(x, h)
    B = ctx.B
    p = _conv_params(ctx.params)
    x, g = ctx.inputs
    gx = B.conv_nd_input_grad(g, h, ctx.shapes[0][0], p) if ctx.needs[0] else None
    gg = _conv_to(B, x, h, p, ctx.shapes[0][0], ctx.params['w_shape'], ctx.shapes[1][0]) \
        if ctx.needs[1] else None
    return gx, gg


CONV_INPUT_GRAD = register(
    'conv_input_grad',
    lambda g, w, x_shape, stride, padding, dilation, groups:
        conv_input_grad(g, w, x_shape, stride, padding, dilation, groups),
    _input_grad_back, grad_fn='ConvNdBackwardBackward', save_inputs=(0, 1),
    argnames=('grad_output', 'weight'), parity_exempt=HELPER)
CONV_WEIGHT_GRAD = register(
    'conv_weight_grad',
    lambda x, g, w_shape, stride, padding, dilation, groups:
        conv_weight_grad(x, g, w_shape, stride, padding, dilation, groups),
    _weight_grad_back, grad_fn='ConvNdBackwardBackward', save_inputs=(0, 1),
    argnames=('input', 'grad_output'), parity_exempt=HELPER)


def _tconv_fwd(x, w, b=None, stride=None, padding=None, output_padding=None, dilation=None,
               groups=1):
    out_shape = _tconv_out_shape(x.shape, w.shape, stride, padding, output_padding, dilation,
                                 groups)
    y = conv_input_grad(x, w, out_shape, stride, padding, dilation, groups)
    if b is not None:
        y += b.reshape((1, -1) + (1,) * (y.ndim - 2))
    return y


def _tconv_out_shape(xs, ws, stride, padding, output_padding, dilation, groups):
    spatial = tuple((xs[2 + d] - 1) * stride[d] - 2 * padding[d] + dilation[d] * (ws[2 + d] - 1)
                    + output_padding[d] + 1 for d in range(len(xs) - 2))
    return (xs[0], ws[1] * groups) + spatial


def _tconv_back(ctx, g):
    # y = A(x, w): d/dx = conv(g, w); d/dw = weight_grad(g, x)
    B = ctx.B
    p = _conv_params(ctx.params)
    x, w = ctx.inputs[0], ctx.inputs[1]
    needs = ctx.needs
    xs, ws = ctx.shapes[0][0], ctx.shapes[1][0]
    gx = None
    if needs[0]:
        out_shape = _tconv_out_shape(xs, ws, p['stride'], p['padding'],
                                     ctx.params['output_padding'], p['dilation'], p['groups'])
        gx = _conv_to(B, g, w, p, out_shape, ws, xs)
    gw = B.conv_nd_weight_grad(g, x, ctx.shapes[1][0], p) if needs[1] else None
    if len(needs) > 2:
        gb = B.sum(g, _bias_dims(len(ctx.shapes[0][0]))) if needs[2] else None
        return gx, gw, gb
    return gx, gw


CONV_TRANSPOSE2D = register(
    'conv_transpose2d', _tconv_fwd, _tconv_back, grad_fn='ConvNdBackward', save_inputs=(0, 1),
    argnames=('input', 'weight', 'bias'),
    modern=lambda torch, x, w, b=None, stride=(1, 1), padding=(0, 0), output_padding=(0, 0),
    dilation=(1, 1), groups=1: torch.nn.functional.conv_transpose2d(
        x, w, b, stride, padding, output_padding, groups, dilation))


# ---------------------------------------------------------------------- conv front-ends
def _check_conv(xs, ws, bs, nd, groups, transposed):
    """0.3's checks of input, weight and bias shapes (``bs`` None: no bias)."""
    if len(ws) != nd + 2:
        # 0.3.1 check_input_shape_forward (csrc/autograd/functions/convolution.cpp)
        raise RuntimeError('Expected %d-dimensional input for %d-dimensional weight %s, but got '
                           'input of size %s instead' % (nd + 2, nd + 2, _sizes(ws), _sizes(xs)))
    if groups < 1:
        raise RuntimeError('non-positive groups is not supported')
    if not transposed:
        if xs[1] != ws[1] * groups:
            raise RuntimeError('Given groups=%d, weight%s, so expected input%s to have %d '
                               'channels, but got %d channels instead'
                               % (groups, _sizes(ws), _sizes(xs), ws[1] * groups, xs[1]))
        if ws[0] % groups:
            raise RuntimeError('Given groups=%d, weight%s: the number of output channels %d is not '
                               'divisible by groups' % (groups, _sizes(ws), ws[0]))
        n_out = ws[0]
    else:
        if xs[1] != ws[0]:
            raise RuntimeError('Given transposed=1, weight%s, so expected input%s to have %d '
                               'channels, but got %d channels instead'
                               % (_sizes(ws), _sizes(xs), ws[0], xs[1]))
        if ws[0] % groups:
            raise RuntimeError('Given groups=%d, weight%s: the number of input channels %d is not '
                               'divisible by groups' % (groups, _sizes(ws), ws[0]))
        n_out = ws[1] * groups
    if bs is not None:
        if bs != (n_out,):
            raise RuntimeError('Given %sweight of size %s, expected bias to be 1-dimensional '
                               'with %d elements, but got bias of size %s instead'
                               % ('transposed=1, ' if transposed else '', _sizes(ws), n_out,
                                  _sizes(bs)))


def _check_conv_params(stride, padding, dilation, groups, output_padding=()):
    """0.3's checks of the size parameters, before any shape arithmetic."""
    _args.int_arg(groups, 'conv', 'groups')
    if min(padding) < 0:
        raise RuntimeError('negative padding is not supported')
    if output_padding and min(output_padding) < 0:
        raise RuntimeError('negative output_padding is not supported')
    if groups < 1:
        raise RuntimeError('non-positive groups is not supported')
    st, dl = _two(stride, 1), _two(dilation, 1)
    if min(st) < 1:
        raise RuntimeError('stride should be greater than zero, but got dH: %d dW: %d' % st)
    if min(dl) < 1:
        raise RuntimeError('dilation should be greater than zero, but got dilationH: %d '
                           'dilationW: %d' % dl)


@functools.lru_cache(maxsize=64)
def _conv_plan(xs, ws, bs, stride, padding, dilation, groups):
    """The checks of a convolution of shapes ``xs``, ``ws`` (and bias ``bs``, or None) with
    0.3's messages; cached, so a configuration is checked once (a failing one every time)."""
    nd = len(stride)
    _check_conv_params(stride, padding, dilation, groups)
    _check_conv(xs, ws, bs, nd, groups, False)
    xs, ws = _shape4(xs), _shape4(ws)
    st, pd, dl = _two(stride, 1), _two(padding, 0), _two(dilation, 1)
    oh, ow = _conv_geometry(xs, ws, st, pd, dl)
    if oh < 1 or ow < 1 or min(st) < 1 or min(dl) < 1:
        if nd == 1:
            raise RuntimeError('Given input size: (%d x %d x %d). Calculated output size: '
                               '(%d x %d x %d). Output size is too small'
                               % (xs[1], 1, xs[3], ws[0], 1, ow))
        raise RuntimeError('Given input size: (%d x %d x %d). Calculated output size: '
                           '(%d x %d x %d). Output size is too small'
                           % (xs[1], xs[2], xs[3], ws[0], oh, ow))


def _conv_none_check(input, weight):
    """0.3.1's ConvNd function (C++) checked its Variable arguments first."""
    for i, v in enumerate((input, weight)):
        if v is None:
            raise RuntimeError('ConvNd: expected Variable at argument %d (got None)' % i)


def convolution(input, weight, bias, stride, padding, dilation, groups):
    """``F.conv1d`` / ``F.conv2d`` after the dimension check (the size parameters as 1- or
    2-tuples)."""
    _conv_none_check(input, weight)
    _conv_plan(_arr(input).shape, _arr(weight).shape, None if bias is None else _arr(bias).shape,
               stride, padding, dilation, groups)
    op = CONV1D if len(stride) == 1 else CONV2D
    inputs = [input, weight] if bias is None else [input, weight, bias]
    params = {'stride': stride, 'padding': padding, 'dilation': dilation, 'groups': int(groups)}
    if _records_grad(inputs, weight):
        params['cache'] = ColumnCache()
    return call(op, inputs, params)


def _records_grad(inputs, weight):
    """Whether a graph will be recorded in which ``weight`` needs a gradient."""
    if not isinstance(weight, Variable) or weight._volatile:
        return False
    if not (weight._requires_grad or weight._grad_fn is not None):
        return False
    for v in inputs:
        if isinstance(v, Variable) and v._volatile:
            return False
    return True


def conv_transpose(input, weight, bias, stride, padding, output_padding, groups, dilation):
    """``F.conv_transpose2d`` after the dimension check."""
    nd = len(stride)
    _conv_none_check(input, weight)
    _check_conv_params(stride, padding, dilation, groups, output_padding)
    _check_conv(_arr(input).shape, _arr(weight).shape, None if bias is None else _arr(bias).shape,
                nd, groups, True)
    for d in range(nd):
        if output_padding[d] >= max(stride[d], dilation[d]) or output_padding[d] < 0:
            raise RuntimeError('output padding must be smaller than either stride or dilation, '
                               'but got output_padding=%s, stride=%s, dilation=%s'
                               % (tuple(output_padding), tuple(stride), tuple(dilation)))
    out_shape = _tconv_out_shape(_arr(input).shape, _arr(weight).shape, stride, padding,
                                 output_padding, dilation, groups)
    if min(out_shape[2:]) < 1:
        # THNN SpatialFullDilatedConvolution's text (a 1-d input is seen as (C, 1, W))
        xs = _shape4(_arr(input).shape)
        os_ = _shape4(tuple(out_shape))
        raise RuntimeError('Given input size: (%d x %d x %d). Calculated output size: '
                           '(%d x %d x %d). Output size is too small'
                           % (xs[1], xs[2], xs[3], os_[1], os_[2], os_[3]))
    inputs = [input, weight] if bias is None else [input, weight, bias]
    return call(CONV_TRANSPOSE2D, inputs,
                {'stride': tuple(stride), 'padding': tuple(padding),
                 'output_padding': tuple(output_padding), 'dilation': tuple(dilation),
                 'groups': int(groups)})


# ====================================================================== pooling by indices
def _planes(shape, nd):
    split = len(shape) - nd
    return math.prod(shape[:split]), math.prod(shape[split:])


@functools.lru_cache(maxsize=64)
def _plane_offsets(planes, size):
    """(planes, 1) start of every plane in a flattened array (a read-only cached table)."""
    offsets = (np.arange(planes, dtype=np.int64) * size)[:, None]
    offsets.flags.writeable = False
    return offsets


def _flat(index, shape, nd):
    """In-plane indices -> indices into the flattened array (the plane offsets added)."""
    planes, size = _planes(shape, nd)
    return index.reshape(planes, -1) + _plane_offsets(planes, size)


def pool_gather(x, index, nd=2):
    """Values of ``x`` at flat in-plane indices ``index`` (same leading dims, ``nd`` trailing
    spatial dims); index -1 (a window lying in the padding) gives -inf."""
    flat = _flat(index, x.shape, nd)
    empty = index.reshape(flat.shape) < 0
    if empty.any():
        out = np.take(x.reshape(-1), np.where(empty, 0, flat))
        out[empty] = -np.inf
    else:
        out = np.take(x.reshape(-1), flat)
    return out.reshape(index.shape)


def _scatter(gf, flat, shape):
    """The 1-d ``gf`` put into zeros of ``shape`` at the distinct positions ``flat`` (1-d) of
    its flattening.  Added, not assigned: 0.3.1's THNN adds each gradient into a zeroed
    gradInput (``gradInput_p_k[maxp] += ...``), so a -0.0 gradient lands as +0.0."""
    out = np.zeros(math.prod(shape), dtype=gf.dtype)
    out[flat] += gf
    return out.reshape(shape)


def pool_scatter(g, index, shape, nd=2, unique=False):
    """Adjoint of :func:`pool_gather`: ``g`` added into zeros of ``shape`` at ``index``
    (one vectorised assignment when windows are disjoint, else one ``bincount``)."""
    flat = _flat(index, shape, nd).reshape(-1)
    gf = g.reshape(-1)
    valid = index.reshape(-1) >= 0
    if not valid.all():
        flat, gf = flat[valid], gf[valid]
    if unique:
        return _scatter(gf, flat, shape)
    return np.bincount(flat, weights=gf, minlength=math.prod(shape)).astype(
        g.dtype, copy=False).reshape(shape)


def _guard_indices(ret):
    """0.3.1 saved the indices output of max pooling for backward: after an in-place change
    of it, backward raises (the version counter check of a saved variable)."""
    out, idx = ret
    node = getattr(out, '_grad_fn', None)
    if node is not None and isinstance(idx, Variable):
        d = idx._data
        node.params['index_out'] = (d, d._version[0])
    return ret


def _pool_back(ctx, g):
    p = ctx.params
    saved = p.get('index_out')
    if saved is not None and saved[0]._version[0] != saved[1]:
        from ..autograd.nodes import MODIFIED_MESSAGE
        raise RuntimeError(MODIFIED_MESSAGE)
    flat = p.get('flat')
    if flat is not None and p['unique'] and ctx.B.KIND == 'numpy':
        return (_scatter(g.reshape(-1), flat.reshape(-1), ctx.shapes[0][0]),)
    return (ctx.B.pool_scatter(g, p['index'], ctx.shapes[0][0], p['nd'], p.get('unique', False)),)


def _gather_fwd(x, index, nd=2, flat=None, **_):
    """(values, a copy of ``index``); ``flat``: the indices into ``x.reshape(-1)`` when the
    front-end has them (no window lies entirely in the padding)."""
    if flat is None:
        values = pool_gather(x, index, nd)
    else:
        values = np.take(x.reshape(-1), flat).reshape(index.shape)
    return values, index.copy()


POOL_GATHER = register(
    'pool_gather', lambda x, index, nd=2, unique=False: pool_gather(x, index, nd),
    _pool_back, grad_fn='MaxPool2DBackwardBackward', argnames=('self',), parity_exempt=HELPER)
POOL_SCATTER = register(
    'pool_scatter', lambda g, index, shape, nd=2, unique=False: pool_scatter(g, index, shape, nd,
                                                                            unique),
    lambda ctx, h: (ctx.B.pool_gather(h, ctx.params['index'], ctx.params['nd']),),
    grad_fn='MaxPool2DBackwardBackward', argnames=('grad_output',), parity_exempt=HELPER)


def _max_modern(fname):
    def modern(torch, x, kernel_size, stride, padding, dilation, ceil_mode, **_):
        return getattr(torch.nn.functional, fname)(x, kernel_size, stride, padding, dilation,
                                                   ceil_mode, return_indices=True)
    return modern


MAX_POOL1D = register(
    'max_pool1d', _gather_fwd, _pool_back,
    grad_fn='torch.autograd.function.MaxPool1dBackward', argnames=('input',), extra_outputs=1,
    modern=_max_modern('max_pool1d'))
MAX_POOL2D = register(
    'max_pool2d', _gather_fwd, _pool_back,
    grad_fn='MaxPool2DBackward', argnames=('input',), extra_outputs=1,
    modern=_max_modern('max_pool2d'))
ADAPTIVE_MAX_POOL2D = register(
    'adaptive_max_pool2d', _gather_fwd, _pool_back,
    grad_fn='torch.autograd.function.AdaptiveMaxPool2dBackward', argnames=('input',),
    extra_outputs=1,
    modern=lambda torch, x, output_size, **_:
        torch.nn.functional.adaptive_max_pool2d(x, output_size, return_indices=True))


def pool_out_size(size, k, s, p, d, ceil_mode):
    """THNN (0.3) pooled length; the 'last window starts inside' trim only applies with padding."""
    num = size + 2 * p - d * (k - 1) - 1
    out = (-(-num // s) if ceil_mode else num // s) + 1
    if p and (out - 1) * s >= size + p:
        out -= 1
    return out


def _offset_stack(x4, kh, kw, sh, sw, dh, dw, oh, ow):
    """The windows of the 4-d ``x4`` copied kernel-offset first: (kh*kw, N*C*oh*ow).
    Reductions over the windows are then reductions over axis 0 (whole-row operations)."""
    x4 = _contiguous(x4)
    n, c = x4.shape[:2]
    s0, s1, s2, s3 = x4.strides
    view = _strided(x4, (kh, kw, n, c, oh, ow), (s2 * dh, s3 * dw, s0, s1, s2 * sh, s3 * sw))
    return _copy_into_workspace(view).reshape(kh * kw, -1)


@functools.lru_cache(maxsize=16)
def _descending(kk, dtype):
    """(kk, 1) column kk, kk-1, ..., 1 (a read-only cached table)."""
    w = np.arange(kk, 0, -1, dtype=dtype)[:, None]
    w.flags.writeable = False
    return w


def first_argmax(stack):
    """Index along axis 0 of the first maximum of every column (THNN's strict ``>`` scan);
    a column holding NaN gives its last NaN (THNN: ``val > max || isnan(val)``).
    Whole-row operations only: max, compare, weighted max."""
    kk = stack.shape[0]
    if kk == 1:
        return np.zeros(stack.shape[1], dtype=np.uint8)
    best = np.maximum.reduce(stack, axis=0)
    wdt = np.uint8 if kk < 255 else np.int64
    arg = np.maximum.reduce(np.multiply(stack == best, _descending(kk, wdt)), axis=0)  # kk - 1st k
    np.subtract(wdt(kk), arg, out=arg)
    if stack.dtype.kind == 'f':
        nan = np.isnan(best)
        if nan.any():
            arg[nan] = (np.isnan(stack[:, nan]) * np.arange(1, kk + 1)[:, None]).max(axis=0) - 1
    return arg


@functools.lru_cache(maxsize=64)
def _window_offsets(w, kernel, stride, padding, dilation, oh, ow):
    """In-plane offset of every kernel element (kh*kw,) and in-plane position of every
    window's first element (oh, ow), for a width-``w`` image (read-only cached tables)."""
    (kh, kw), (sh, sw), (ph, pw), (dh, dw) = kernel, stride, padding, dilation
    k_off = (np.arange(kh)[:, None] * (dh * w) + np.arange(kw)[None, :] * dw).reshape(-1)
    origin = (np.arange(oh) * sh - ph)[:, None] * w + (np.arange(ow) * sw - pw)[None, :]
    k_off.flags.writeable = False
    origin.flags.writeable = False
    return k_off, origin


def max_pool_index(x, kernel, stride, padding, dilation, oh, ow):
    """Argmax of every window of the 4-d ``x`` as ``(index, flat)``: ``index`` the in-plane
    position (N, C, oh, ow), -1 for a window lying entirely in the padding; ``flat`` the
    position in ``x.reshape(-1)`` as (N*C, oh*ow), or None when there is such a window."""
    n, c, h, w = x.shape
    kh, kw = kernel
    sh, sw = stride
    ph, pw = padding
    dh, dw = dilation
    bottom = max(0, (oh - 1) * sh + dh * (kh - 1) + 1 - h - ph)
    right = max(0, (ow - 1) * sw + dw * (kw - 1) + 1 - w - pw)
    fill = -np.inf if x.dtype.kind == 'f' else np.iinfo(x.dtype).min
    xp = _padded(x, ph, bottom, pw, right, fill)
    stack = _offset_stack(xp, kh, kw, sh, sw, dh, dw, oh, ow)
    arg = first_argmax(stack).reshape(n, c, oh, ow)
    _give_base(stack)
    k_off, origin = _window_offsets(w, kernel, stride, padding, dilation, oh, ow)
    index = k_off.take(arg)
    index += origin
    if ph or pw or bottom or right:
        ki, kj = np.divmod(arg.astype(np.int64), kw)
        hh = ki * dh + (np.arange(oh) * sh - ph)[:, None]
        ww = kj * dw + (np.arange(ow) * sw - pw)
        outside = (hh < 0) | (hh >= h) | (ww < 0) | (ww >= w)
        if outside.any():
            index[outside] = -1
            return index, None
    return index, _flat(index, x.shape, 2)


def _size_desc(shape):
    return '[' + ' x '.join(str(int(s)) for s in shape) + ']'


def _spatial4(a, nd):
    """``a`` as a 4-d batch for a 2-d pooling kernel (3-d input: one sample)."""
    if nd == 1:
        if a.ndim != 3:
            raise ValueError('expected 3D input (got %dD input)' % a.ndim)
        return a[:, :, None, :]
    if a.ndim == 4:
        return a
    if a.ndim == 3:
        return a[None]
    raise RuntimeError('3D or 4D (batch mode) tensor expected for input, but got: %s'
                       % _size_desc(a.shape))


@functools.lru_cache(maxsize=64)
def _max_pool_plan(shape4, kernel_size, stride, padding, dilation, ceil_mode):
    """Checked geometry of a max pooling of a 4-d array of ``shape4`` (0.3 messages):
    ``(kernel, stride, padding, dilation, oh, ow, unique)`` with 2-tuples; cached, so a
    configuration is checked once (a failing check raises every time)."""
    k, s, p, d = _two(kernel_size, 1), _two(stride, 1), _two(padding, 0), _two(dilation, 1)
    if min(k) < 1:
        raise RuntimeError('kernel size should be greater than zero, but got kH: %d kW: %d' % k)
    if min(s) < 1:
        raise RuntimeError('stride should be greater than zero, but got dH: %d dW: %d' % s)
    if min(d) < 1:
        raise RuntimeError('dilation should be greater than zero, but got dilationH: %d '
                           'dilationW: %d' % d)
    if p[0] > k[0] // 2 or p[1] > k[1] // 2:
        raise RuntimeError('pad should be smaller than half of kernel size, but got padW = %d, '
                           'padH = %d, kW = %d, kH = %d' % (p[1], p[0], k[1], k[0]))
    if min(p) < 0:      # THNN let a negative pad through (and read outside the input)
        raise RuntimeError('pad should be non-negative, but got padW = %d, padH = %d' % (p[1], p[0]))
    c, h, w = shape4[1:]
    oh = pool_out_size(h, k[0], s[0], p[0], d[0], ceil_mode)
    ow = pool_out_size(w, k[1], s[1], p[1], d[1], ceil_mode)
    if oh < 1 or ow < 1:
        raise RuntimeError('Given input size: (%dx%dx%d). Calculated output size: (%dx%dx%d). '
                           'Output size is too small' % (c, h, w, c, oh, ow))
    unique = s[0] >= d[0] * (k[0] - 1) + 1 and s[1] >= d[1] * (k[1] - 1) + 1
    return k, s, p, d, oh, ow, unique


def max_pool(input, kernel_size, stride, padding, dilation, ceil_mode, nd):
    """``F.max_pool1d`` / ``F.max_pool2d``: (output, indices) with 0.3 shapes and names.
    The size parameters are tuples."""
    a = _arr(input)
    a4 = _spatial4(a, nd)
    k, s, p, d, oh, ow, unique = _max_pool_plan(a4.shape, kernel_size, stride, padding,
                                                dilation, bool(ceil_mode))
    index, flat = max_pool_index(a4, k, s, p, d, oh, ow)
    index = index.reshape(a.shape[:-nd] + ((ow,) if nd == 1 else (oh, ow)))
    op = MAX_POOL1D if nd == 1 else MAX_POOL2D
    params = {'kernel_size': kernel_size, 'stride': stride, 'padding': padding,
              'dilation': dilation, 'ceil_mode': bool(ceil_mode), 'index': index, 'flat': flat,
              'nd': nd, 'unique': unique}
    return _guard_indices(call(op, [input], params))


# ---------------------------------------------------------------------- adaptive windows
def adaptive_bounds(size, out):
    """Window [start, end) of every output position (THNN: floor(i*n/o), ceil((i+1)*n/o))."""
    i = np.arange(out)
    return (i * size) // out, -((-(i + 1) * size) // out)


def _adaptive_matrix(size, out, dtype):
    start, end = adaptive_bounds(size, out)
    pos = np.arange(size)
    m = ((pos[None, :] >= start[:, None]) & (pos[None, :] < end[:, None])).astype(dtype)
    return m, (end - start).astype(dtype)


def adaptive_max_index(x, oh, ow):
    """Flat in-plane argmax index of every adaptive window of the 4-d ``x``."""
    n, c, h, w = x.shape
    hs, he = adaptive_bounds(h, oh)
    ws_, we = adaptive_bounds(w, ow)
    kh = int((he - hs).max())
    kw = int((we - ws_).max())
    # window rows / cols; shorter windows repeat their last element (never a new first max)
    hi = np.minimum(hs[:, None] + np.arange(kh)[None, :], he[:, None] - 1)   # (oh, kh)
    wi = np.minimum(ws_[:, None] + np.arange(kw)[None, :], we[:, None] - 1)  # (ow, kw)
    win = x[:, :, hi.T[:, None, :, None], wi.T[None, :, None, :]]   # (n, c, kh, kw, oh, ow)
    stack = np.ascontiguousarray(np.moveaxis(win, (2, 3), (0, 1))).reshape(kh * kw, -1)
    arg = first_argmax(stack).astype(np.int64).reshape(n, c, oh, ow)
    ki, kj = np.divmod(arg, kw)
    rows = hi[np.arange(oh)[:, None], ki]
    cols = wi[np.arange(ow)[None, :], kj]
    return (rows * w + cols).astype(np.int64)


def _adaptive_size(output_size, shape):
    if isinstance(output_size, (tuple, list)):
        oh, ow = output_size
    else:
        oh = ow = output_size
    # 0.3.1 AdaptiveMaxPool2d / AdaptiveAvgPool2d: ``output_size[i] or input.size(i + 2)``
    # (None and 0 both keep the input's size)
    oh = shape[-2] if not oh else int(oh)
    ow = shape[-1] if not ow else int(ow)
    if oh < 1 or ow < 1:
        raise RuntimeError('adaptive pooling: output size must be positive, got (%d, %d)'
                           % (oh, ow))
    return oh, ow


def adaptive_max_pool2d(input, output_size):
    a = _arr(input)
    a4 = _spatial4(a, 2)
    oh, ow = _adaptive_size(output_size, a.shape)
    index = adaptive_max_index(a4, oh, ow).reshape(a.shape[:-2] + (oh, ow))
    return _guard_indices(call(ADAPTIVE_MAX_POOL2D, [input], {'output_size': (oh, ow),
                                                              'index': index, 'nd': 2,
                                                              'unique': False}))


# ---------------------------------------------------------------------- adaptive average
def adaptive_avg_forward(x, output_size):
    """Window sums as ``Mh @ x @ Mw.T`` (0/1 window matrices), divided by the window sizes."""
    lead = x.shape[:-2]
    h, w = x.shape[-2:]
    oh, ow = output_size
    m = int(np.prod(lead))
    if oh == 1 and ow == 1:
        s = x.reshape(m, h * w).sum(axis=1).reshape(lead + (1, 1))
        return s / x.dtype.type(h * w)
    mh, ch = _adaptive_matrix(h, oh, x.dtype)
    mw, cw = _adaptive_matrix(w, ow, x.dtype)
    t = np.matmul(x.reshape(m * h, w), mw.T).reshape(m, h, ow)
    s = np.tensordot(mh, t, axes=([1], [1]))                  # (oh, m, ow)
    s = np.ascontiguousarray(s.transpose(1, 0, 2)).reshape(lead + (oh, ow))
    return s / (ch[:, None] * cw[None, :])


def adaptive_avg_backward(g, in_shape):
    lead = tuple(in_shape[:-2])
    h, w = in_shape[-2:]
    oh, ow = g.shape[-2:]
    m = int(np.prod(lead))
    mh, ch = _adaptive_matrix(h, oh, g.dtype)
    mw, cw = _adaptive_matrix(w, ow, g.dtype)
    gd = g / (ch[:, None] * cw[None, :])
    t = np.matmul(np.ascontiguousarray(gd).reshape(m * oh, ow), mw).reshape(m, oh, w)
    s = np.tensordot(mh, t, axes=([0], [1]))                  # (h, m, w)
    return np.ascontiguousarray(s.transpose(1, 0, 2)).reshape(tuple(in_shape))


ADAPTIVE_AVG_POOL2D = register(
    'adaptive_avg_pool2d', lambda x, output_size: adaptive_avg_forward(x, output_size),
    lambda ctx, g: (ctx.B.adaptive_avg_pool_back(g, ctx.shapes[0][0]),),
    grad_fn='torch.autograd.function.AdaptiveAvgPool2dBackward', argnames=('input',),
    modern=lambda torch, x, output_size: torch.nn.functional.adaptive_avg_pool2d(x, output_size))
ADAPTIVE_AVG_POOL_BACK = register(
    'adaptive_avg_pool_back', lambda g, shape: adaptive_avg_backward(g, shape),
    lambda ctx, h: (ctx.B.adaptive_avg_pool(h, ctx.shapes[0][0][-2:]),),
    grad_fn='torch.autograd.function.AdaptiveAvgPool2dBackwardBackward',
    argnames=('grad_output',), parity_exempt=HELPER)


def adaptive_avg_pool2d(input, output_size):
    a = _arr(input)
    _spatial4(a, 2)
    return call(ADAPTIVE_AVG_POOL2D, [input], {'output_size': _adaptive_size(output_size, a.shape)})


# ---------------------------------------------------------------------- average pooling
def _avg_divisor(size, out, k, s, p, count_include_pad):
    """Per-position divisor along one dimension (the 2-d divisor is the outer product):
    THNN clips the window at the padded border, then (without count_include_pad) at the
    input border."""
    start = np.arange(out) * s - p
    end = np.minimum(start + k, size + p)
    if count_include_pad:
        return end - start
    return np.minimum(end, size) - np.maximum(start, 0)


def _batch4(a):
    return a[None] if a.ndim == 3 else a


def avg_pool_forward(x, kernel_size, stride, padding, ceil_mode, count_include_pad):
    x4 = _batch4(x)
    (kh, kw), (sh, sw), (ph, pw) = kernel_size, stride, padding
    n, c, h, w = x4.shape
    oh = pool_out_size(h, kh, sh, ph, 1, ceil_mode)
    ow = pool_out_size(w, kw, sw, pw, 1, ceil_mode)
    bottom = max(0, (oh - 1) * sh + kh - h - ph)
    right = max(0, (ow - 1) * sw + kw - w - pw)
    xp = _padded(x4, ph, bottom, pw, right)
    stack = _offset_stack(xp, kh, kw, sh, sw, 1, 1, oh, ow)
    total = stack.sum(axis=0).reshape(n, c, oh, ow)
    _give_base(stack)
    div = (_avg_divisor(h, oh, kh, sh, ph, count_include_pad)[:, None]
           * _avg_divisor(w, ow, kw, sw, pw, count_include_pad)[None, :])
    with np.errstate(divide='ignore', invalid='ignore'):
        out = total / div.astype(x.dtype)
    return out.reshape(x.shape[:-2] + (oh, ow))


def avg_pool_backward(g, in_shape, kernel_size, stride, padding, ceil_mode, count_include_pad):
    (kh, kw), (sh, sw), (ph, pw) = kernel_size, stride, padding
    h, w = in_shape[-2:]
    g4 = _batch4(g)
    oh, ow = g4.shape[2], g4.shape[3]
    div = (_avg_divisor(h, oh, kh, sh, ph, count_include_pad)[:, None]
           * _avg_divisor(w, ow, kw, sw, pw, count_include_pad)[None, :])
    with np.errstate(divide='ignore', invalid='ignore'):
        gd = g4 / div.astype(g.dtype)
    hp = max(h + 2 * ph, (oh - 1) * sh + kh)
    wp = max(w + 2 * pw, (ow - 1) * sw + kw)
    planes = g4.shape[0] * g4.shape[1]
    out = _fold_windows(gd.reshape(planes, 1, 1, 1, oh, ow), planes, 1, (kh, kw), (sh, sw),
                        (1, 1), (hp, wp), (ph, pw), (h, w), True)
    return out.reshape(tuple(in_shape))


def _avg_only(p):
    return {k: p[k] for k in ('kernel_size', 'stride', 'padding', 'ceil_mode', 'count_include_pad')}


def _avg_args(p):
    return (p['kernel_size'], p['stride'], p['padding'], p['ceil_mode'], p['count_include_pad'])


AVG_POOL2D = register(
    'avg_pool2d', lambda x, **p: avg_pool_forward(x, *_avg_args(p)),
    lambda ctx, g: (ctx.B.avg_pool_back(g, ctx.shapes[0][0], ctx.params),),
    grad_fn='AvgPool2DBackward', argnames=('input',),
    modern=lambda torch, x, kernel_size, stride, padding, ceil_mode, count_include_pad:
        torch.nn.functional.avg_pool2d(x, kernel_size, stride, padding, ceil_mode,
                                       count_include_pad))
AVG_POOL_BACK = register(
    'avg_pool_back', lambda g, shape, **p: avg_pool_backward(g, shape, *_avg_args(p)),
    lambda ctx, h: (ctx.B.avg_pool(h, ctx.params),),
    grad_fn='AvgPool2DBackwardBackward', argnames=('grad_output',), parity_exempt=HELPER)


def avg_pool2d(input, kernel_size, stride, padding, ceil_mode, count_include_pad):
    a = _arr(input)
    a4 = _spatial4(a, 2)
    k, s, p = tuple(kernel_size), tuple(stride), tuple(padding)
    if min(k) < 1:
        raise RuntimeError('kernel size should be greater than zero, but got kH: %d kW: %d' % k)
    if min(s) < 1:
        raise RuntimeError('stride should be greater than zero, but got dH: %d dW: %d' % s)
    if p[0] > k[0] // 2 or p[1] > k[1] // 2:
        raise RuntimeError('pad should be smaller than half of kernel size, but got padW = %d, '
                           'padH = %d, kW = %d, kH = %d' % (p[1], p[0], k[1], k[0]))
    if min(p) < 0:      # THNN let a negative pad through (and read outside the input)
        raise RuntimeError('pad should be non-negative, but got padW = %d, padH = %d' % (p[1], p[0]))
    h, w = a4.shape[2:]
    oh = pool_out_size(h, k[0], s[0], p[0], 1, ceil_mode)
    ow = pool_out_size(w, k[1], s[1], p[1], 1, ceil_mode)
    if oh < 1 or ow < 1:
        raise RuntimeError('Given input size: (%dx%dx%d). Calculated output size: (%dx%dx%d). '
                           'Output size is too small' % (a4.shape[1], h, w, a4.shape[1], oh, ow))
    return call(AVG_POOL2D, [input], {'kernel_size': k, 'stride': s, 'padding': p,
                                      'ceil_mode': bool(ceil_mode),
                                      'count_include_pad': bool(count_include_pad)})


# ====================================================================== batch normalisation
def _bn_axes(ndim):
    return (0,) + tuple(range(2, ndim))


def _bn_bshape(ndim, c):
    return (1, c) + (1,) * (ndim - 2)


def batch_stats(x, eps):
    """0.3 THNN statistics: mean and the sum of squares accumulated in double, per channel;
    returns (mean, invstd, biased var, unbiased var) with mean/invstd in ``x``'s type."""
    axes = _bn_axes(x.ndim)
    n = x.size // x.shape[1]
    mean = (x.sum(axis=axes, dtype=np.float64) / n).astype(x.dtype)
    d = x - mean.reshape(_bn_bshape(x.ndim, x.shape[1]))
    ss = np.einsum('...,...->...', d, d).sum(axis=axes, dtype=np.float64)
    var = ss / n
    with np.errstate(divide='ignore'):
        invstd = (1.0 / np.sqrt(var + eps)).astype(x.dtype)
    unbiased = ss / (n - 1) if n > 1 else np.full_like(ss, np.nan)
    return mean, invstd, var, unbiased


def _bn_forward(x, w=None, b=None, mean=None, invstd=None, affine=(False, False), **_):
    bs = _bn_bshape(x.ndim, x.shape[1])
    y = (x - mean.reshape(bs)) * invstd.reshape(bs)
    if w is not None:
        y = y * w.reshape(bs)
    if b is not None:
        y = y + b.reshape(bs)
    return y


def _bn_back(ctx, g):
    B = ctx.B
    p = ctx.params
    has_w, has_b = p['affine']
    xs = ctx.shapes[0][0]
    c = xs[1]
    bs = _bn_bshape(len(xs), c)
    axes = _bn_axes(len(xs))
    m = float(int(np.prod(xs)) // c)
    x = ctx.inputs[0]
    w = B.reshape(ctx.inputs[1], bs) if has_w else None
    needs = ctx.needs
    need_x = needs[0]
    need_w = has_w and needs[1]
    need_b = has_b and needs[1 + has_w]
    gsum = B.sum(g, axes, True) if (need_b or (need_x and p['training'])) else None
    if p['training'] and B.KIND == 'numpy':
        # 0.3's THNN backward uses the statistics its forward saved (accumulated in double)
        invstd = B.const(p['invstd'].reshape(bs), g)
        xhat = (x - B.const(p['mean'].reshape(bs), g)) * invstd
    elif p['training']:
        # create_graph: the statistics are functions of x; their values are the forward's
        # (a float32 recomputation of the mean, amplified by 1/sqrt(var + eps), would give a
        # constant channel a nonzero xhat)
        mean = B.sum(x, axes, True) / m
        xc = x - mean
        exact = B.value(x) - p['mean'].reshape(bs)
        xc = xc - B.const(B.value(xc) - exact, xc)
        var = B.sum(xc * xc, axes, True) / m
        invstd = B.pow(var + p['eps'], -0.5)
        xhat = xc * invstd
    else:
        invstd = B.const(p['invstd'].reshape(bs), g)
        xhat = (x - B.const(p['mean'].reshape(bs), g)) * invstd
    gxhat = B.sum(g * xhat, axes, True) if (need_w or (need_x and p['training'])) else None
    gx = None
    if need_x:
        scale = invstd if w is None else invstd * w
        if p['training']:
            gx = (g - gsum / m - xhat * (gxhat / m)) * scale
        else:
            gx = g * scale
    out = [gx]
    if has_w:
        out.append(B.reshape(gxhat, (c,)) if need_w else None)
    if has_b:
        out.append(B.reshape(gsum, (c,)) if need_b else None)
    return tuple(out)


def _bn_modern(torch, x, w=None, b=None, training=False, eps=1e-5, momentum=0.1,
               running_mean=None, running_var=None, **_):
    rm = None if running_mean is None else torch.tensor(np.array(running_mean), dtype=x.dtype)
    rv = None if running_var is None else torch.tensor(np.array(running_var), dtype=x.dtype)
    return torch.nn.functional.batch_norm(x, rm, rv, w, b, training, momentum, eps)


BATCH_NORM = register(
    'batch_norm', _bn_forward, _bn_back, grad_fn='BatchNormBackward', save_inputs=(0, 1),
    argnames=('input', 'weight', 'bias'), modern=_bn_modern)


def batch_norm(input, running_mean, running_var, weight, bias, training, momentum, eps):
    """``F.batch_norm`` (0.3): batch statistics in training (updating the running buffers in
    place with ``momentum`` and the unbiased variance), running statistics in eval."""
    a = _arr(input)
    if a.ndim < 2:
        raise ValueError('Expected 2D or more input to batch_norm (got %dD input)' % a.ndim)
    c = a.shape[1]
    for name, t in (('weight', weight), ('bias', bias)):
        if t is not None and _arr(t).shape != (c,):
            raise RuntimeError('%s should contain %d elements not %d' % (name, c, _arr(t).size))
    rm = None if running_mean is None else _tensor_arr(running_mean, 'running_mean')
    rv = None if running_var is None else _tensor_arr(running_var, 'running_var')
    for name, t in (('running_mean', rm), ('running_var', rv)):
        if t is not None and t.size != c:
            raise RuntimeError('%s should contain %d elements not %d' % (name, c, t.size))
    if training:
        mean, invstd, var, unbiased = batch_stats(a, eps)
        if rm is not None:
            rm[...] = (momentum * mean.astype(np.float64) + (1 - momentum) * rm).astype(rm.dtype)
        if rv is not None:
            rv[...] = (momentum * unbiased + (1 - momentum) * rv).astype(rv.dtype)
    else:
        if rm is None or rv is None:
            raise RuntimeError('running_mean and running_var must be defined in evaluation mode')
        mean = rm.astype(a.dtype)
        invstd = (1.0 / np.sqrt(rv.astype(np.float64) + eps)).astype(a.dtype)
    inputs = [input] + [t for t in (weight, bias) if t is not None]
    params = {'training': bool(training), 'eps': float(eps), 'momentum': float(momentum),
              'mean': mean, 'invstd': invstd, 'affine': (weight is not None, bias is not None)}
    return call(BATCH_NORM, inputs, params)


def _tensor_arr(t, name):
    if isinstance(t, Variable):
        return t._data._a
    if isinstance(t, _TensorBase):
        return t._a
    raise TypeError('%s must be a tensor, got %s' % (name, errors.legacy_typename(t)))


# ====================================================================== padding
def _pad_pairs(pad, ndim):
    """F.pad's flat (last-dim-first) list as per-dimension (before, after) pairs."""
    pairs = [(0, 0)] * ndim
    for i in range(len(pad) // 2):
        pairs[ndim - 1 - i] = (int(pad[2 * i]), int(pad[2 * i + 1]))
    return pairs


def pad_forward(x, pad, mode='constant', value=0.0):
    pairs = _pad_pairs(pad, x.ndim)
    if mode == 'constant':
        crop = tuple(slice(max(-a, 0), x.shape[d] - max(-b, 0)) for d, (a, b) in enumerate(pairs))
        xc = x[crop]
        widths = [(max(a, 0), max(b, 0)) for a, b in pairs]
        return np.pad(xc, widths, mode='constant', constant_values=value)
    return np.pad(x, pairs, mode='reflect' if mode == 'reflect' else 'edge')


def pad_backward(g, pad, mode, in_shape):
    pairs = _pad_pairs(pad, g.ndim)
    if mode == 'constant':
        crop = tuple(slice(max(a, 0), g.shape[d] - max(b, 0)) for d, (a, b) in enumerate(pairs))
        gc = g[crop]
        widths = [(max(-a, 0), max(-b, 0)) for a, b in pairs]
        return np.pad(gc, widths, mode='constant') if any(w != (0, 0) for w in widths) \
            else np.ascontiguousarray(gc)
    out = g
    for d, (a, b) in enumerate(pairs):
        if a == 0 and b == 0:
            continue
        n = in_shape[d]
        body = [slice(None)] * g.ndim
        body[d] = slice(a, a + n)
        core = out[tuple(body)].copy()

        def sl(start, stop, step=None, _d=d):
            s = [slice(None)] * g.ndim
            s[_d] = slice(start, stop, step)
            return tuple(s)
        if mode == 'reflect':
            if a:
                core[sl(1, a + 1)] += out[sl(a - 1, None, -1)]
            if b:
                src = out[sl(a + n, a + n + b)]
                core[sl(n - 1 - b, n - 1)] += np.flip(src, d)
        else:  # replicate
            if a:
                core[sl(0, 1)] += out[sl(0, a)].sum(axis=d, keepdims=True)
            if b:
                core[sl(n - 1, n)] += out[sl(a + n, a + n + b)].sum(axis=d, keepdims=True)
        out = core
    return np.ascontiguousarray(out)


PAD_NAMES = {'constant': 'torch.autograd.function.ConstantPadNdBackward',
             ('reflect', 3): 'torch.autograd.function.ReflectionPad1dBackward',
             ('reflect', 4): 'torch.autograd.function.ReflectionPad2dBackward',
             ('replicate', 3): 'torch.autograd.function.ReplicationPad1dBackward',
             ('replicate', 4): 'torch.autograd.function.ReplicationPad2dBackward',
             ('replicate', 5): 'torch.autograd.function.ReplicationPad3dBackward'}


def _pad_back(ctx, g):
    p = ctx.params
    return (ctx.B.pad_nd_back(g, p['pad'], p['mode'], ctx.shapes[0][0]),)


def _pad_modern(torch, x, pad, mode='constant', value=0.0):
    return torch.nn.functional.pad(x, tuple(pad), mode, value if mode == 'constant' else None)


PAD_OPS = {}
for _key, _name in PAD_NAMES.items():
    _opname = 'pad_constant' if _key == 'constant' else 'pad_%s_%dd' % (_key[0], _key[1] - 2)
    PAD_OPS[_key] = register(
        _opname, lambda x, pad, mode, value=0.0: pad_forward(x, pad, mode, value), _pad_back,
        grad_fn=_name, argnames=('input',), modern=_pad_modern)
PAD_BACK = register(
    'pad_back', lambda g, pad, mode, shape: pad_backward(g, pad, mode, shape),
    lambda ctx, h: (ctx.B.pad_nd(h, ctx.params['pad'], ctx.params['mode']),),
    grad_fn='PadBackwardBackward', argnames=('grad_output',), parity_exempt=HELPER)


def pad(input, pad, mode='constant', value=0):
    """``F.pad`` (0.3): constant padding of any trailing dims; reflect / replicate for 3-d and
    4-d input (replicate also 5-d)."""
    a = _arr(input)
    pad = tuple(int(v) for v in pad)
    if len(pad) % 2 != 0:
        raise AssertionError('Padding length must be divisible by 2')
    if len(pad) // 2 > a.ndim:
        raise AssertionError('Padding length too large')
    if mode == 'constant':
        for d, (lo, hi) in enumerate(_pad_pairs(pad, a.ndim)):
            if a.shape[d] + lo + hi < 0:
                raise RuntimeError('padding %s would make dimension %d of input %s negative'
                                   % (pad, d, _sizes(a.shape)))
        key = 'constant'
        params = {'pad': pad, 'mode': 'constant', 'value': float(value)}
    elif mode in ('reflect', 'replicate'):
        nd = a.ndim
        if nd == 3:
            if len(pad) != 2:
                raise AssertionError('3D tensors expect 2 values for padding')
        elif nd == 4:
            if len(pad) != 4:
                raise AssertionError('4D tensors expect 4 values for padding')
        elif nd == 5:
            if len(pad) != 6:
                raise AssertionError('5D tensors expect 6 values for padding')
            if mode == 'reflect':
                raise NotImplementedError
        else:
            raise NotImplementedError('Only 3D, 4D, 5D padding with non-constant padding are '
                                      'supported for now')
        if any(v < 0 for v in pad):
            # THNN crops where a padding is negative, then pads the rest: the crop first
            crop = tuple(min(v, 0) for v in pad)
            rest = tuple(max(v, 0) for v in pad)
            input = pad_fn(input, crop)
            return input if not any(rest) else pad_fn(input, rest, mode)
        for d, (lo, hi) in enumerate(_pad_pairs(pad, nd)):
            if mode == 'reflect' and (lo >= a.shape[d] or hi >= a.shape[d]):
                raise RuntimeError('Padding size should be less than the corresponding input '
                                   'dimension, but got: padding (%d, %d) at dimension %d of '
                                   'input %s' % (lo, hi, d, _sizes(a.shape)))
            if mode == 'replicate' and a.shape[d] == 0 and (lo or hi):
                raise RuntimeError('cannot replicate-pad an empty dimension')
        key = (mode, nd)
        params = {'pad': pad, 'mode': mode}
    else:
        raise NotImplementedError("pad: unknown mode '%s' (expected 'constant', 'reflect' or "
                                  "'replicate')" % (mode,))
    return call(PAD_OPS[key], [input], params)


pad_fn = pad


# ====================================================================== backend helpers
# ``backend_numpy`` / ``backend_variable`` expose these as ``conv_nd``, ``pool_scatter``, ...;
# the Variable versions record the ops above, so gradients stay differentiable.
def var_conv(x, w, p):
    return call(CONV1D if len(p['stride']) == 1 else CONV2D, [x, w], dict(p))


def var_conv_input_grad(g, w, x_shape, p):
    return call(CONV_INPUT_GRAD, [g, w], dict(p, x_shape=tuple(x_shape)))


def var_conv_weight_grad(x, g, w_shape, p):
    return call(CONV_WEIGHT_GRAD, [x, g], dict(p, w_shape=tuple(w_shape)))


def var_pool_gather(x, index, nd=2):
    return call(POOL_GATHER, [x], {'index': index, 'nd': nd})


def var_pool_scatter(g, index, shape, nd=2, unique=False):
    return call(POOL_SCATTER, [g], {'index': index, 'shape': tuple(shape), 'nd': nd,
                                    'unique': unique})


def var_avg_pool(x, p):
    return call(AVG_POOL2D, [x], _avg_only(p))


def var_avg_pool_back(g, shape, p):
    return call(AVG_POOL_BACK, [g], dict(_avg_only(p), shape=tuple(shape)))


def var_adaptive_avg_pool(x, output_size):
    return call(ADAPTIVE_AVG_POOL2D, [x], {'output_size': tuple(output_size)})


def var_adaptive_avg_pool_back(g, shape):
    return call(ADAPTIVE_AVG_POOL_BACK, [g], {'shape': tuple(shape)})


def var_pad(x, pad, mode, value=0.0):
    key = 'constant' if mode == 'constant' else (mode, _arr(x).ndim)
    params = {'pad': tuple(pad), 'mode': mode}
    if mode == 'constant':
        params['value'] = float(value)
    return call(PAD_OPS[key], [x], params)


def var_pad_back(g, pad, mode, shape):
    return call(PAD_BACK, [g], {'pad': tuple(pad), 'mode': mode, 'shape': tuple(shape)})


# ====================================================================== parity samples
# Specs for the registry parity suite (keys: ``legacy_autograd.testing.Spec``).  Every op is
# called through its 0.3 front-end (``legacy=``), so the cases also cover argument parsing;
# the shapes are small (finite differences visit every element).
def _F(L):
    return L.nn.functional


def _extent_ok(size, k, s, p, d, ceil):
    """The pooled length is the same under the 0.3 rule and the modern one, and every window
    touches the input (0.3 and modern differ only in such degenerate cases)."""
    out = pool_out_size(size, k, s, p, d, ceil)
    num = size + 2 * p - d * (k - 1) - 1
    modern = (-(-num // s) if ceil else num // s) + 1
    if ceil and (modern - 1) * s >= size + p:
        modern -= 1
    if out < 1 or out != modern:
        return False
    for o in range(out):
        rows = [o * s - p + i * d for i in range(k)]
        if not any(0 <= r < size for r in rows):
            return False
    return True


def _conv_case(r, transposed=False, nd=2):
    g = r.int(1, 2)
    cg, og = r.int(1, 2), r.int(1, 2)
    n = r.int(1, 2)
    ks, st, pd, dl, sp, op = [], [], [], [], [], []
    for _ in range(nd):
        k, s, p, d = r.int(1, 3), r.int(1, 2), r.int(0, 1), r.int(1, 2)
        if transposed:
            size = r.int(1, 3)
            o = r.int(0, max(s, d) - 1)
            if (size - 1) * s - 2 * p + d * (k - 1) + o + 1 < 1:
                p = 0
            op.append(o)
        else:
            size = max(1, d * (k - 1) + 1 - 2 * p) + r.int(0, 2)
        ks.append(k), st.append(s), pd.append(p), dl.append(d), sp.append(size)
    if transposed:
        shapes = [(n, cg * g) + tuple(sp), (cg * g, og) + tuple(ks)]
        params = {'stride': tuple(st), 'padding': tuple(pd), 'output_padding': tuple(op),
                  'groups': g, 'dilation': tuple(dl)}
    else:
        shapes = [(n, cg * g) + tuple(sp), (og * g, cg) + tuple(ks)]
        params = {'stride': tuple(st), 'padding': tuple(pd), 'dilation': tuple(dl), 'groups': g}
    if r.bool():
        shapes.append((og * g,))
    return shapes, params


def _pool_case(r, nd=2, dilation=True):
    k = tuple(r.int(1, 3) for _ in range(nd))
    s = tuple(r.int(1, 2) for _ in range(nd))
    p = tuple(r.int(0, kk // 2) for kk in k)
    d = tuple(r.int(1, 2) if dilation else 1 for _ in range(nd))
    sizes = tuple(r.int(1, 5) for _ in range(nd))
    params = {'kernel_size': k, 'stride': s, 'padding': p, 'ceil_mode': r.bool()}
    if dilation:
        params['dilation'] = d
    return [(r.int(1, 2), r.int(1, 2)) + sizes], params


def _pool_valid(nd):
    def valid(arrays, p):
        sizes = arrays[0].shape[2:]
        d = p.get('dilation', (1,) * nd)
        return all(_extent_ok(sizes[i], p['kernel_size'][i], p['stride'][i], p['padding'][i],
                              d[i], p['ceil_mode']) for i in range(nd))
    return valid


def _bn_case(r):
    c = r.int(1, 3)
    shape = r.choice([(r.int(3, 5), c), (r.int(2, 3), c, r.int(2, 3)),
                      (r.int(1, 2), c, r.int(2, 3), r.int(2, 3))])
    shapes = [shape]
    if r.bool():
        shapes += [(c,), (c,)]
    rm = np.linspace(-0.5, 0.5, c)
    rv = np.linspace(0.5, 1.5, c)
    return shapes, {'training': r.bool(), 'running_mean': rm, 'running_var': rv}


def _bn_legacy(L, x, w=None, b=None, training=False, running_mean=None, running_var=None):
    dt = x.data.numpy().dtype
    return _F(L).batch_norm(x, L.from_numpy(running_mean.astype(dt)),
                            L.from_numpy(running_var.astype(dt)), w, b, training)


CONV2D.samples = dict(inputs=lambda r: _conv_case(r), legacy=lambda L, x, w, b=None, **p:
                      _F(L).conv2d(x, w, b, **p))
CONV1D.samples = dict(inputs=lambda r: _conv_case(r, nd=1), legacy=lambda L, x, w, b=None, **p:
                      _F(L).conv1d(x, w, b, **p))
CONV_TRANSPOSE2D.samples = dict(
    inputs=lambda r: _conv_case(r, transposed=True),
    legacy=lambda L, x, w, b=None, **p: _F(L).conv_transpose2d(x, w, b, **p))
MAX_POOL2D.samples = dict(
    inputs=lambda r: _pool_case(r), valid=_pool_valid(2), unique=True,
    legacy=lambda L, x, **p: _F(L).max_pool2d(x, return_indices=True, **p))
MAX_POOL1D.samples = dict(
    inputs=lambda r: _pool_case(r, nd=1), valid=_pool_valid(1), unique=True,
    legacy=lambda L, x, **p: _F(L).max_pool1d(x, return_indices=True, **p))
def _avg_case(r):
    shapes, params = _pool_case(r, dilation=False)
    params['count_include_pad'] = r.bool()
    return shapes, params


AVG_POOL2D.samples = dict(inputs=_avg_case, valid=_pool_valid(2),
                          legacy=lambda L, x, **p: _F(L).avg_pool2d(x, **p))
ADAPTIVE_AVG_POOL2D.samples = dict(
    inputs=lambda r: ([(r.int(1, 2), r.int(1, 2), r.int(1, 5), r.int(1, 5))],
                      {'output_size': (r.int(1, 4), r.int(1, 4))}),
    legacy=lambda L, x, **p: _F(L).adaptive_avg_pool2d(x, **p))
ADAPTIVE_MAX_POOL2D.samples = dict(
    inputs=lambda r: ([(r.int(1, 2), r.int(1, 2), r.int(1, 5), r.int(1, 5))],
                      {'output_size': (r.int(1, 4), r.int(1, 4))}), unique=True,
    legacy=lambda L, x, **p: _F(L).adaptive_max_pool2d(x, return_indices=True, **p))
BATCH_NORM.samples = dict(
    inputs=_bn_case, legacy=_bn_legacy,
    fd_filter=lambda arrays, p: arrays[0].size // arrays[0].shape[1] >= 3)


def _pad_case(mode, nd):
    def inputs(r):
        shape = (r.int(1, 2), r.int(1, 2)) + tuple(r.int(2, 4) for _ in range(nd - 2))
        if mode == 'constant':
            pad = []
            for d in range(r.int(1, nd)):
                size = shape[nd - 1 - d]
                pad += [r.int(-1, 2) if size > 2 else r.int(0, 2), r.int(0, 2)]
            return [shape], {'pad': tuple(pad), 'mode': 'constant',
                             'value': r.choice([0.0, 0.5])}
        pad = []
        for d in range(nd - 2):
            size = shape[nd - 1 - d]
            hi = size - 1 if mode == 'reflect' else 3
            pad += [r.int(0, hi), r.int(0, hi)]
        return [shape], {'pad': tuple(pad), 'mode': mode}
    return inputs


for _key, _op in PAD_OPS.items():
    _mode, _nd = ('constant', 4) if _key == 'constant' else _key
    _op.samples = dict(inputs=_pad_case(_mode, _nd),
                       legacy=lambda L, x, **p: _F(L).pad(x, **p))


# the convolution / pooling words of the backward vocabulary (backend_numpy, backend_variable)
_NB.provide(conv_forward=conv_forward, conv_input_grad=conv_input_grad,
            conv_weight_grad=conv_weight_grad, pool_gather=pool_gather, pool_scatter=pool_scatter,
            avg_pool_forward=avg_pool_forward, avg_pool_backward=avg_pool_backward,
            adaptive_avg_forward=adaptive_avg_forward, adaptive_avg_backward=adaptive_avg_backward,
            pad_forward=pad_forward, pad_backward=pad_backward)
_VB.provide(var_conv=var_conv, var_conv_input_grad=var_conv_input_grad,
            var_conv_weight_grad=var_conv_weight_grad, var_pool_gather=var_pool_gather,
            var_pool_scatter=var_pool_scatter, var_avg_pool=var_avg_pool,
            var_avg_pool_back=var_avg_pool_back, var_adaptive_avg_pool=var_adaptive_avg_pool,
            var_adaptive_avg_pool_back=var_adaptive_avg_pool_back, var_pad=var_pad,
            var_pad_back=var_pad_back)
