"""3-d convolution and pooling, 1-d / 3-d adaptive pooling, max unpooling, power-average and
fractional max pooling of ``torch.nn.functional`` (0.3.1).

* ``conv3d`` / ``conv_transpose3d`` run as one 2-d convolution per kernel depth offset over
  the (batch x depth) slices, summed; the result carries 0.3's node name ``ConvNdBackward``.
* ``max_pool3d`` returns 0.3.1's THNN indices: the kernel offsets of the maximum packed in
  bytes (``z + 256*y + 65536*x``, offsets from the unclipped window start), which is what
  ``max_unpool3d`` (with its ``stride`` and ``padding``) reads back.  ``adaptive_max_pool3d``
  and the 1-d / 2-d forms return flat in-plane positions.
* ``avg_pool3d`` divides by THNN's pool size (``count_include_pad``: the window clipped to
  the padded input; else clipped to the input).
* ``fractional_max_pool2d`` draws its samples with ``uniform_()`` on an (N, C, 2) tensor of
  the input's type from the 0.3 generator, and places windows with THNN's interval rule.
"""
import itertools

import numpy as np

from ..autograd.variable import Variable
from ..ops.dispatch import call
from ..ops import conv_ops as _conv
from ..ops import _args
from ..tensor import LongTensor
from .. import rng as _rng
from . import _graph_ops as G
from . import _functional_conv as _F2
from ._utils import _ntuple

__all__ = ['conv3d', 'conv_transpose3d', 'max_pool3d', 'avg_pool3d', 'adaptive_max_pool1d',
           'adaptive_max_pool3d', 'adaptive_avg_pool1d', 'adaptive_avg_pool3d', 'max_unpool1d',
           'max_unpool2d', 'max_unpool3d', 'lp_pool1d', 'lp_pool2d']

_single, _pair, _triple = _ntuple(1), _ntuple(2), _ntuple(3)
_FN = 'torch.autograd.function.'


def _ints(x, n):
    return tuple(int(v) for v in _ntuple(n)(x))


def _arr(x):
    return x.data._a if isinstance(x, Variable) else x._a


def _long(index, like):
    t = LongTensor._wrap(np.ascontiguousarray(index, dtype=np.int64))
    return Variable(t) if isinstance(like, Variable) else t


# ---------------------------------------------------------------------- 3-d convolution
def _conv3d_checks(xs, ws, bs, groups, transposed):
    if len(ws) != 5:
        raise RuntimeError('Expected 5-dimensional input for 5-dimensional weight %s, but got '
                           'input of size %s instead' % (list(ws), list(xs)))
    if groups < 1:
        raise RuntimeError('non-positive groups is not supported')
    want = ws[0] if transposed else ws[1] * groups
    if xs[1] != want:
        # 0.3.1 check_input_shape_forward (csrc/autograd/functions/convolution.cpp)
        raise RuntimeError('Given %s, weight%s, so expected input%s to have %d channels, '
                           'but got %d channels instead'
                           % ('transposed=1' if transposed else 'groups=%d' % groups, list(ws),
                              list(xs), want, xs[1]))
    n_out = ws[1] * groups if transposed else ws[0]
    if bs is not None and tuple(bs) != (n_out,):
        raise RuntimeError('Given %sweight of size %s, expected bias to be 1-dimensional with %d '
                           'elements, but got bias of size %s instead'
                           % ('transposed=1, ' if transposed else '', list(ws), n_out, list(bs)))


def _check_padding(padding, output_padding=()):
    # 0.3.1 ConvForward::apply (csrc/autograd/functions/convolution.cpp): before any other
    # check of the 1-, 2- and 3-d convolutions
    if min(padding) < 0:
        raise RuntimeError('negative padding is not supported')
    if output_padding and min(output_padding) < 0:
        raise RuntimeError('negative output_padding is not supported')


def conv3d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    """3-d convolution of ``input`` (N, C_in, D, H, W) with ``weight``
    (C_out, C_in/groups, kD, kH, kW)."""
    if input is not None and input.dim() != 5:
        raise ValueError('Expected 5D tensor as input, got {}D tensor instead.'
                         .format(input.dim()))
    st, pd, dl = _ints(stride, 3), _ints(padding, 3), _ints(dilation, 3)
    _check_padding(pd)
    xs, ws = tuple(input.size()), tuple(weight.size())
    _conv3d_checks(xs, ws, None if bias is None else tuple(bias.size()), groups, False)
    if min(st) < 1 or min(dl) < 1:
        raise RuntimeError('stride and dilation should be greater than zero and padding '
                           'non-negative, but got stride=%s, padding=%s, dilation=%s'
                           % (st, pd, dl))
    n, c, d = xs[0], xs[1], xs[2]
    o, kd = ws[0], ws[2]
    od, oh, ow = ((xs[2 + i] + 2 * pd[i] - dl[i] * (ws[2 + i] - 1) - 1) // st[i] + 1
                  for i in range(3))
    if min(od, oh, ow) < 1:
        # THNN VolumetricConvolutionMM / VolumetricDilatedConvolution
        raise RuntimeError('Given input size: (%dx%dx%dx%d). Calculated output size: '
                           '(%dx%dx%dx%d). Output size is too small'
                           % (xs[1:] + (o, od, oh, ow)))
    x = input
    if pd[0]:
        x = _F2.pad(x, (0, 0, 0, 0, pd[0], pd[0]))
    out = None
    for k in range(kd):
        start = k * dl[0]
        slab = x[:, :, start:start + (od - 1) * st[0] + 1:st[0]]          # (N, C, OD, H, W)
        slab = slab.transpose(1, 2).contiguous().view(n * od, c, xs[3], xs[4])
        y = _F2.conv2d(slab, weight[:, :, k], None, st[1:], pd[1:], dl[1:], groups)
        out = y if out is None else out + y
    oh, ow = out.size(2), out.size(3)
    out = out.view(n, od, o, oh, ow).transpose(1, 2)
    if bias is not None:
        out = out + bias.view(1, o, 1, 1, 1).expand(n, o, od, oh, ow)
    else:
        out = out.contiguous()
    return G.named(out, 'ConvNdBackward')


def conv_transpose3d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1,
                     dilation=1):
    """3-d transposed convolution; ``weight`` is (C_in, C_out/groups, kD, kH, kW)."""
    if input is not None and input.dim() != 5:
        raise ValueError('Expected 5D tensor as input, got {}D tensor instead.'
                         .format(input.dim()))
    st, pd, dl = _ints(stride, 3), _ints(padding, 3), _ints(dilation, 3)
    op = _ints(output_padding, 3)
    _check_padding(pd, op)
    xs, ws = tuple(input.size()), tuple(weight.size())
    _conv3d_checks(xs, ws, None if bias is None else tuple(bias.size()), groups, True)
    for i in range(3):
        if op[i] >= max(st[i], dl[i]):
            raise RuntimeError('output padding must be smaller than either stride or dilation, '
                               'but got output_padding=%s, stride=%s, dilation=%s'
                               % (op, st, dl))
    n, c, d = xs[0], xs[1], xs[2]
    kd = ws[2]
    o = ws[1] * groups
    full = (d - 1) * st[0] + dl[0] * (kd - 1) + 1 + op[0]      # depth before cropping padding
    od = full - 2 * pd[0]
    osz = [(xs[2 + i] - 1) * st[i] - 2 * pd[i] + dl[i] * (ws[2 + i] - 1) + 1 + op[i]
           for i in range(3)]
    if min(osz) < 1:
        # THNN VolumetricFullDilatedConvolution
        raise RuntimeError('Given input size: (%dx%dx%dx%d). Calculated output size: '
                           '(%dx%dx%dx%d). Output size is too small'
                           % (tuple(xs[1:]) + (o,) + tuple(osz)))
    slabs = input.transpose(1, 2).contiguous().view(n * d, c, xs[3], xs[4])
    out = None
    for k in range(kd):
        y = _F2.conv_transpose2d(slabs, weight[:, :, k], None, st[1:], pd[1:], op[1:], groups,
                                 dl[1:])
        oh, ow = y.size(2), y.size(3)
        y = y.view(n, d, 1, o, oh, ow)
        if st[0] > 1:          # interleave st-1 zero planes after every input depth
            zeros = Variable(type(y.data)(n, d, st[0] - 1, o, oh, ow).zero_()) \
                if isinstance(y, Variable) else type(y)(n, d, st[0] - 1, o, oh, ow).zero_()
            y = _cat([y, zeros], 2)
        y = y.view(n, d * st[0], o, oh, ow)[:, :(d - 1) * st[0] + 1]
        before = k * dl[0]
        after = full - before - ((d - 1) * st[0] + 1)
        y = _F2.pad(y.contiguous(), (0, 0, 0, 0, 0, 0, before, after))
        out = y if out is None else out + y
    if pd[0]:
        out = out[:, pd[0]:pd[0] + od]
    out = out.transpose(1, 2)
    oh, ow = out.size(3), out.size(4)
    if bias is not None:
        out = out + bias.view(1, o, 1, 1, 1).expand(n, o, od, oh, ow)
    else:
        out = out.contiguous()
    return G.named(out, 'ConvNdBackward')


def _cat(seq, dim):
    from ..ops.functions import TORCH
    return TORCH.cat(seq, dim)


# ---------------------------------------------------------------------- 3-d max pooling
_MAX_POOL3D = G.gather_pool_op('max_pool3d', _FN + 'MaxPool3dBackward')
_ADAPTIVE_MAX_POOL3D = G.gather_pool_op('adaptive_max_pool3d', _FN + 'AdaptiveMaxPool3dBackward')
_ADAPTIVE_MAX_POOL1D = G.gather_pool_op('adaptive_max_pool1d', _FN + 'AdaptiveMaxPool1dBackward')
_FRACTIONAL_MAX_POOL2D = G.gather_pool_op('fractional_max_pool2d',
                                          _FN + 'FractionalMaxPool2dBackward')


def _pool_len(size, k, s, p, d, ceil_mode):
    num = size - (d * (k - 1) + 1) + 2 * p
    out = (-(-num // s) if ceil_mode else num // s) + 1
    if p and (out - 1) * s >= size + p:
        out -= 1
    return out


def _windows(x, kernel, stride, dilation, out):
    """(..., o1, o2, o3, k1*k2*k3) window view copy of the padded 5-d ``x``."""
    strides = x.strides
    shape = x.shape[:2] + tuple(out) + tuple(kernel)
    st = strides[:2] + tuple(strides[2 + i] * stride[i] for i in range(3)) + \
        tuple(strides[2 + i] * dilation[i] for i in range(3))
    view = np.lib.stride_tricks.as_strided(x, shape, st, writeable=False)
    return np.ascontiguousarray(view).reshape(shape[:5] + (-1,))


def _first_max(stack):
    """Index of the first maximum along the last axis (THNN's strict ``>`` scan; NaN ignored
    unless all are NaN)."""
    s = np.where(np.isnan(stack), -np.inf, stack) if stack.dtype.kind == 'f' else stack
    return np.argmax(s, axis=-1)


def _index_output(index, like, returned):
    """The indices Variable returned to the user; ``returned`` keeps its tensor so backward
    can refuse indices modified in place (as 0.3's saved-variable check did)."""
    v = _long(index, like)
    returned.append(v.data if isinstance(v, Variable) else v)
    return v


def max_pool3d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False,
               return_indices=False):
    """3-d max pooling of (N, C, D, H, W) input."""
    _args.tensor_arg(input, 'max_pool3d', 'input', 1)
    k = _ints(kernel_size, 3)
    s = _ints(stride if stride is not None else kernel_size, 3)
    p, dl = _ints(padding, 3), _ints(dilation, 3)
    a = _arr(input)
    # THNN VolumetricDilatedMaxPooling_shapeCheck, in its order
    if min(k) < 1:
        raise RuntimeError('kernel size should be greater than zero, but got kT: %d kH: %d kW: %d'
                           % k)
    if min(s) < 1:
        raise RuntimeError('stride should be greater than zero, but got dT: %d dH: %d dW: %d' % s)
    if min(dl) < 1:
        raise RuntimeError('dilation should be greater than 0, but got dilationT: %d dilationH: '
                           '%d dilationW: %d' % dl)
    if a.ndim not in (4, 5):
        raise RuntimeError('4D or 5D (batch mode) tensor expected for input, but got: [%s]'
                           % ' x '.join(map(str, a.shape)))
    if any(k[i] // 2 < p[i] for i in range(3)):
        raise RuntimeError('pad should be smaller than half of kernel size, but got kT: %d kW: '
                           '%d, kH: %d, padT: %d, padW: %d, padH: %d'
                           % (k[0], k[2], k[1], p[0], p[2], p[1]))
    a5 = a if a.ndim == 5 else a[None]
    sizes = a5.shape[2:]
    out = tuple(_pool_len(sizes[i], k[i], s[i], p[i], dl[i], ceil_mode) for i in range(3))
    if min(out) < 1:
        raise RuntimeError('Given input size: (%dx%dx%dx%d). Calculated output size: '
                           '(%dx%dx%dx%d). Output size is too small'
                           % ((a5.shape[1],) + sizes + (a5.shape[1],) + out))
    extra = [max(0, (out[i] - 1) * s[i] + dl[i] * (k[i] - 1) + 1 - sizes[i] - p[i])
             for i in range(3)]
    fill = -np.inf if a.dtype.kind == 'f' else np.iinfo(a.dtype).min
    xp = np.pad(a5, ((0, 0), (0, 0)) + tuple((p[i], extra[i]) for i in range(3)),
                constant_values=fill)
    arg = _first_max(_windows(xp, k, s, dl, out))
    kz, ky, kx = np.unravel_index(arg, k)
    grids = np.meshgrid(*[np.arange(out[i]) * s[i] - p[i] for i in range(3)], indexing='ij')
    t = grids[0] + kz * dl[0]
    h = grids[1] + ky * dl[1]
    w = grids[2] + kx * dl[2]
    flat = (t * sizes[1] + h) * sizes[2] + w
    lead = a.shape[:-3]
    flat = flat.reshape(lead + out)
    packed = (kz.astype(np.int64) + (ky.astype(np.int64) << 8) + (kx.astype(np.int64) << 16))
    returned = []
    idx = _index_output(packed.reshape(lead + out), input, returned)
    values = call(_MAX_POOL3D, [input], {'index': flat, 'nd': 3, 'guard': returned[0]})
    return (values, idx) if return_indices else values


# ---------------------------------------------------------------------- adaptive pooling
def _adaptive_out(output_size, sizes, n):
    # 0.3.1's 3-d adaptive poolings keep the input's size where ``output_size[i] or ...`` is
    # false (None or 0); the 1-d ones took the size as given (None: kept here too)
    out = list(_ntuple(n)(output_size))
    keep = (lambda v: not v) if n > 1 else (lambda v: v is None)
    return tuple(int(sizes[i]) if keep(out[i]) else int(out[i]) for i in range(n))


def _adaptive_max_index(a, out):
    """Flat in-plane argmax of every adaptive window over the trailing ``len(out)`` dims of
    ``a`` (THNN: windows [floor(i*n/o), ceil((i+1)*n/o)), the first maximum, or the last NaN)."""
    nd = len(out)
    sizes = a.shape[-nd:]
    bounds = [_conv.adaptive_bounds(sizes[i], out[i]) for i in range(nd)]
    lead = a.shape[:-nd]
    index = np.empty(lead + tuple(out), dtype=np.int64)
    flat_a = a.reshape((-1,) + sizes)
    flat_i = index.reshape((-1,) + tuple(out))
    for pos in itertools.product(*[range(o) for o in out]):
        sl = tuple(slice(int(bounds[i][0][pos[i]]), int(bounds[i][1][pos[i]])) for i in range(nd))
        win = flat_a[(slice(None),) + sl].reshape(flat_a.shape[0], -1)
        if win.dtype.kind == 'f' and np.isnan(win).any():
            nanpos = np.isnan(win)
            last_nan = nanpos.shape[1] - 1 - np.argmax(nanpos[:, ::-1], axis=1)   # THNN: a NaN
            arg = np.where(nanpos.any(axis=1), last_nan, np.argmax(win, axis=1))  # always wins
        else:
            arg = np.argmax(win, axis=1)
        local = np.unravel_index(arg, tuple(s.stop - s.start for s in sl))
        coords = [local[i] + sl[i].start for i in range(nd)]
        f = coords[0]
        for i in range(1, nd):
            f = f * sizes[i] + coords[i]
        flat_i[(slice(None),) + pos] = f
    return index


def adaptive_max_pool1d(input, output_size, return_indices=False):
    """Adaptive max pooling over the last dim of 3-d input."""
    if input.dim() != 3:
        raise ValueError('expected 3D input (got {}D input)'.format(input.dim()))
    a = _arr(input)
    out = _adaptive_out(output_size, a.shape[-1:], 1)
    index = _adaptive_max_index(a, out)
    returned = []
    idx = _index_output(index, input, returned)
    values = call(_ADAPTIVE_MAX_POOL1D, [input], {'index': index, 'nd': 1, 'guard': returned[0]})
    return (values, idx) if return_indices else values


def adaptive_max_pool3d(input, output_size, return_indices=False):
    """Adaptive max pooling over the last three dims (4-d or 5-d input)."""
    _args.tensor_arg(input, 'adaptive_max_pool3d', 'input', 1)
    a = _arr(input)
    if a.ndim not in (4, 5):
        raise RuntimeError('4D or 5D (batch mode) tensor expected for input, but got: [%s]'
                           % ' x '.join(map(str, a.shape)))
    out = _adaptive_out(output_size, a.shape[-3:], 3)
    index = _adaptive_max_index(a, out)
    returned = []
    idx = _index_output(index, input, returned)
    values = call(_ADAPTIVE_MAX_POOL3D, [input], {'index': index, 'nd': 3, 'guard': returned[0]})
    return (values, idx) if return_indices else values


def _adaptive_avg_matrix(n_in, n_out):
    start, end = _conv.adaptive_bounds(n_in, n_out)
    pos = np.arange(n_in)
    m = ((pos[None, :] >= start[:, None]) & (pos[None, :] < end[:, None])).astype(np.float64)
    return m / (end - start)[:, None]


_ADAPTIVE_AVG1D = G.separable_pair('adaptive_avg_pool1d', _FN + 'AdaptiveAvgPool1dBackward',
                                   _FN + 'AdaptiveAvgPool1dBackwardBackward')
_ADAPTIVE_AVG3D = G.separable_pair('adaptive_avg_pool3d', _FN + 'AdaptiveAvgPool3dBackward',
                                   _FN + 'AdaptiveAvgPool3dBackwardBackward')


def adaptive_avg_pool1d(input, output_size):
    """Adaptive average pooling over the last dim of 3-d input."""
    if input.dim() != 3:
        raise ValueError('expected 3D input (got {}D input)'.format(input.dim()))
    a = _arr(input)
    out = _adaptive_out(output_size, a.shape[-1:], 1)
    return call(_ADAPTIVE_AVG1D[0], [input], {'mats': (_adaptive_avg_matrix(a.shape[-1], out[0]),)})


def adaptive_avg_pool3d(input, output_size):
    """Adaptive average pooling over the last three dims (4-d or 5-d input)."""
    _args.tensor_arg(input, 'adaptive_avg_pool3d', 'input', 1)
    a = _arr(input)
    if a.ndim not in (4, 5):
        raise RuntimeError('4D or 5D (batch mode) tensor expected for input, but got: [%s]'
                           % ' x '.join(map(str, a.shape)))
    out = _adaptive_out(output_size, a.shape[-3:], 3)
    mats = tuple(_adaptive_avg_matrix(a.shape[-3 + i], out[i]) for i in range(3))
    return call(_ADAPTIVE_AVG3D[0], [input], {'mats': mats})


# ---------------------------------------------------------------------- 3-d average pooling
_AVG_POOL3D = G.separable_pair('avg_pool3d', 'AvgPool3DBackward', 'AvgPool3DBackwardBackward')


def _avg_matrix(n_in, k, s, p, n_out, count_include_pad):
    m = np.zeros((n_out, n_in))
    for o in range(n_out):
        start = o * s - p
        end = min(start + k, n_in + p)
        size = end - start
        start, end = max(start, 0), min(end, n_in)
        if not count_include_pad:
            size = end - start
        if end > start:
            m[o, start:end] = 1.0 / size
    return m


def avg_pool3d(input, kernel_size, stride=None, padding=0, ceil_mode=False,
               count_include_pad=True):
    """3-d average pooling of (N, C, D, H, W) (or (C, D, H, W)) input."""
    _args.tensor_arg(input, 'avg_pool3d', 'input', 1)
    k = _ints(kernel_size, 3)
    s = k if stride is None or (isinstance(stride, (tuple, list)) and len(stride) == 0) \
        else _ints(stride, 3)
    p = _ints(padding, 3)
    a = _arr(input)
    # THNN VolumetricAveragePooling_shapeCheck, in its order (its own pad text)
    if min(k) < 1:
        raise RuntimeError('kernel size should be greater than zero, but got kT: %d kH: %d kW: %d'
                           % k)
    if min(s) < 1:
        raise RuntimeError('stride should be greater than zero, but got dT: %d dH: %d dW: %d' % s)
    if a.ndim not in (4, 5):
        raise RuntimeError('4D or 5D (batch mode) tensor expected for input, but got: [%s]'
                           % ' x '.join(map(str, a.shape)))
    if any(k[i] // 2 < p[i] for i in range(3)):
        raise RuntimeError('pad should not be greater than half of kernel size, but got '
                           'padT = %d, padW = %d, padH = %d, kT = %d, kW = %d, kH = %d'
                           % (p[0], p[2], p[1], k[0], k[2], k[1]))
    sizes = a.shape[-3:]
    out = tuple(_pool_len(sizes[i], k[i], s[i], p[i], 1, ceil_mode) for i in range(3))
    if min(out) < 1:
        raise RuntimeError('Given input size: (%dx%dx%dx%d). Calculated output size: '
                           '(%dx%dx%dx%d). Output size is too small'
                           % ((a.shape[-4],) + sizes + (a.shape[-4],) + out))
    mats = tuple(_avg_matrix(sizes[i], k[i], s[i], p[i], out[i], count_include_pad)
                 for i in range(3))
    return call(_AVG_POOL3D[0], [input], {'mats': mats})


# ---------------------------------------------------------------------- power-average pooling
def lp_pool2d(input, norm_type, kernel_size, stride=None, ceil_mode=False):
    """``(sum over the window of x^p)^(1/p)``, as 0.3.1 computed it (via avg_pool2d)."""
    kw, kh = _pair(kernel_size)
    out = _F2.avg_pool2d(input.pow(norm_type), kernel_size, stride, 0, ceil_mode)
    return out.mul(kw * kh).pow(1. / norm_type)


def lp_pool1d(input, norm_type, kernel_size, stride=None, ceil_mode=False):
    """1-d form of :func:`lp_pool2d` (via avg_pool1d)."""
    out = _F2.avg_pool1d(input.pow(norm_type), kernel_size, stride, 0, ceil_mode)
    return out.mul(kernel_size).pow(1. / norm_type)


# ---------------------------------------------------------------------- max unpooling
_MAX_UNPOOL2D = G.unpool_op('max_unpool2d', 'MaxUnpool2DBackward')
_MAX_UNPOOL3D = G.unpool_op('max_unpool3d', 'MaxUnpool3DBackward')


def _unpool_output_size(input, kernel_size, stride, padding, output_size):
    input_size = input.size()
    default_size = []
    for d in range(len(kernel_size)):
        default_size.append((input_size[d + 2] - 1) * stride[d] + kernel_size[d] - 2 * padding[d])
    if output_size is None:
        return default_size
    output_size = list(output_size)
    if len(output_size) == len(kernel_size) + 2:
        output_size = output_size[2:]
    if len(output_size) != len(kernel_size):
        raise ValueError("output_size should be a sequence containing {} or {} elements, but it "
                         "has a length of '{}'".format(len(kernel_size), len(kernel_size) + 2,
                                                       len(output_size)))
    for d in range(len(kernel_size)):
        min_size = default_size[d] - stride[d]
        max_size = default_size[d] + stride[d]
        if not (min_size < output_size[d] < max_size):
            raise ValueError('invalid output_size "{}" (dim {} must be between {} and {})'
                             .format(output_size, d, min_size, max_size))
    return output_size


def _indices_shape_error(a, idx):
    # THNN_CHECK_SHAPE_INDICES (THNN/init.c), the sizes as THTensor_sizeDesc writes them
    raise RuntimeError('input and indices shapes do not match: input [%s], indices [%s]'
                       % (' x '.join(map(str, a.shape)), ' x '.join(map(str, idx.shape))))


def _unpool(op, input, index, out_spatial, nd):
    a = _arr(input)
    idx = np.asarray(index, dtype=np.int64)
    plane = int(np.prod(out_spatial))
    if idx.shape != a.shape:
        _indices_shape_error(a, idx)
    if idx.size and (idx.min() < 0 or idx.max() >= plane):
        # THNN SpatialMaxUnpooling_updateOutput: every bad index overwrites the one reported
        bad = idx[(idx < 0) | (idx >= plane)].reshape(-1)[-1]
        raise RuntimeError('found an invalid max index %d (output volumes are of size %s)'
                           % (bad, 'x'.join(map(str, out_spatial))))
    shape = a.shape[:a.ndim - nd] + tuple(int(v) for v in out_spatial)
    return call(op, [input], {'index': idx, 'nd': nd, 'shape': shape})


def _tensors(fname, input, indices):
    """The input and indices must be tensors or Variables (a clear TypeError, not a failure
    inside on another object)."""
    for pos, (name, x) in enumerate((('input', input), ('indices', indices))):
        _args.tensor_arg(x, fname, name, pos + 1)


def max_unpool1d(input, indices, kernel_size, stride=None, padding=0, output_size=None):
    """Inverse of ``max_pool1d``: values placed at their indices, zeros elsewhere."""
    _tensors('max_unpool1d', input, indices)
    kernel_size = _single(kernel_size)
    stride = _single(stride)
    padding = _single(padding)
    output_size = _unpool_output_size(input, kernel_size, stride, padding, output_size)
    return _unpool(_MAX_UNPOOL2D, input.unsqueeze(3), _arr(indices)[..., None],
                   (output_size[0], 1), 2).squeeze(3)


def max_unpool2d(input, indices, kernel_size, stride=None, padding=0, output_size=None):
    """Inverse of ``max_pool2d``: values placed at their flat in-plane indices."""
    _tensors('max_unpool2d', input, indices)
    kernel_size = _pair(kernel_size)
    stride = _pair(stride)
    padding = _pair(padding)
    output_size = _unpool_output_size(input, kernel_size, stride, padding, output_size)
    return _unpool(_MAX_UNPOOL2D, input, _arr(indices), tuple(output_size), 2)


def max_unpool3d(input, indices, kernel_size, stride=None, padding=0, output_size=None):
    """Inverse of ``max_pool3d``: reads its packed kernel-offset indices with ``stride`` and
    ``padding``."""
    _tensors('max_unpool3d', input, indices)
    kernel_size = _triple(kernel_size)
    stride = _triple(stride)
    padding = _triple(padding)
    output_size = _unpool_output_size(input, kernel_size, stride, padding, output_size)
    packed = _arr(indices)
    a = _arr(input)
    if packed.shape != a.shape:
        _indices_shape_error(a, packed)
    it, ih, iw = a.shape[-3:]
    mz, my, mx = packed & 255, (packed >> 8) & 255, (packed >> 16) & 255
    t = (np.arange(it) * stride[0] - padding[0])[:, None, None] + mz
    h = (np.arange(ih) * stride[1] - padding[1])[None, :, None] + my
    w = (np.arange(iw) * stride[2] - padding[2])[None, None, :] + mx
    ot, oh, ow = (int(v) for v in output_size)
    bad = (t < 0) | (t >= ot) | (h < 0) | (h >= oh) | (w < 0) | (w >= ow)
    flat = (t * oh + h) * ow + w
    if bad.any():
        # THNN VolumetricMaxUnpooling_updateOutput reports the flat output index (plane
        # offset included) of the last bad entry
        planes = np.arange(flat.size // (it * ih * iw)).reshape(a.shape[:-3] + (1, 1, 1))
        where = (planes * (ot * oh * ow) + flat)[np.broadcast_to(bad, flat.shape)]
        raise RuntimeError('found an invalid max index %d (output volumes are of size %dx%dx%d)'
                           % (int(where.reshape(-1)[-1]), ot, oh, ow))
    return _unpool(_MAX_UNPOOL3D, input, flat, (ot, oh, ow), 3)


# ---------------------------------------------------------------------- fractional max pooling
def _intervals(sample, n_in, n_out, pool, dtype):
    """THNN SpatialFractionalMaxPooling_generateIntervals, in the input's precision."""
    t = dtype.type
    alpha = t(n_in - pool) / t(n_out - 1) if n_out > 1 else t(0)
    seq = np.empty(n_out, dtype=np.int64)
    for i in range(n_out - 1):
        seq[i] = int(t((t(i) + sample) * alpha)) - int(t(sample * alpha))
    seq[n_out - 1] = n_in - pool
    return seq


def fractional_max_pool2d(input, kh, kw, output_size=None, output_ratio=None,
                          _random_samples=None):
    """(output, indices) of fractional max pooling with kh x kw windows (0.3.1's Function
    arguments)."""
    a = _arr(input)
    if a.ndim not in (3, 4):
        raise RuntimeError('3D or 4D (batch mode) tensor expected for input, but got: [%s]'
                           % ' x '.join(map(str, a.shape)))
    a4 = a if a.ndim == 4 else a[None]
    n, c, h, w = a4.shape
    if output_size is not None:
        oh, ow = output_size
    else:
        rh, rw = output_ratio
        assert 0 < rh < 1
        assert 0 < rw < 1
        oh, ow = int(h * rh), int(w * rw)
    if _random_samples is None:
        samples = type(input.data if isinstance(input, Variable) else input)().resize_(
            a4.shape[0] if a.ndim == 4 else 1, c, 2).uniform_()._a
    else:
        samples = _arr(_random_samples)
    if ow + kw - 1 > w:
        raise RuntimeError('poolSizeW (%d) too large relative to input width (%d)' % (kw, w))
    if oh + kh - 1 > h:
        raise RuntimeError('poolSizeH (%d) too large relative to input height (%d)' % (kh, h))
    samples = samples.reshape(-1, 2)
    index = np.empty((n * c, oh, ow), dtype=np.int64)
    flat = a4.reshape(n * c, h, w)
    for plane in range(n * c):
        seq_w = _intervals(samples[plane, 0], w, ow, kw, a.dtype)
        seq_h = _intervals(samples[plane, 1], h, oh, kh, a.dtype)
        rows = seq_h[:, None] + np.arange(kh)[None, :]          # (oh, kh)
        cols = seq_w[:, None] + np.arange(kw)[None, :]          # (ow, kw)
        win = flat[plane][rows[:, None, :, None], cols[None, :, None, :]]   # (oh, ow, kh, kw)
        arg = _first_max(win.reshape(oh, ow, kh * kw))
        ki, kj = np.divmod(arg, kw)
        index[plane] = (rows[np.arange(oh)[:, None], ki] * w
                        + cols[np.arange(ow)[None, :], kj])
    index = index.reshape(a.shape[:-2] + (oh, ow))
    returned = []
    idx = _index_output(index, input, returned)
    values = call(_FRACTIONAL_MAX_POOL2D, [input], {'index': index, 'nd': 2,
                                                    'guard': returned[0]})
    return values, idx
