"""Upsampling, pixel shuffle and spatial transformers of ``torch.nn.functional`` (0.3.1):
``upsample``, ``upsample_nearest``, ``upsample_bilinear``, ``pixel_shuffle``, ``affine_grid``,
``grid_sample``.

0.3.1 semantics kept:

* nearest upsampling takes only an integer ``scale_factor``; an output ``size`` must be a whole
  multiple of the input with one ratio for every axis (0.3's messages otherwise);
* linear / bilinear / trilinear upsampling maps the corner pixels onto each other (what modern
  torch calls ``align_corners=True``); ``scale_factor`` an int or a tuple of ints >= 1;
* ``upsample_nearest`` / ``upsample_bilinear`` and the deprecated modules warn;
* ``affine_grid(theta, size)`` wants a ``torch.Size`` and builds its base grid from
  ``torch.linspace(-1, 1, W)`` of the default type; ``grid_sample`` is bilinear with
  ``padding_mode`` 'zeros' or 'border' and corner-aligned coordinates.

``grad_fn`` names are those of 0.3.1's Python Functions
(``torch.autograd.function.UpsamplingNearest2dBackward``, ``...GridSamplerBackward``).
"""
from numbers import Integral
import warnings

import numpy as np

from ..autograd.variable import Variable
from ..ops.dispatch import call
from ..ops.functions import TORCH as _TORCH
from ..size import Size
from ..tensor import LongTensor
from ..ops.schema import with_clean_errors as _with_clean_errors
from . import _graph_ops as G
from ._utils import _ntuple

__all__ = ['upsample', 'upsample_nearest', 'upsample_bilinear', 'pixel_shuffle', 'affine_grid',
           'grid_sample']

_single, _pair, _triple = _ntuple(1), _ntuple(2), _ntuple(3)
_FN = 'torch.autograd.function.'


def _pair_of(name):
    return G.separable_pair(name.lower(), _FN + name + 'Backward',
                            _FN + name + 'BackwardBackward')


_UP = {(mode, nd): _pair_of(name) for (mode, nd), name in (
    (('nearest', 1), 'UpsamplingNearest1d'), (('nearest', 2), 'UpsamplingNearest2d'),
    (('nearest', 3), 'UpsamplingNearest3d'), (('linear', 1), 'UpsamplingLinear1d'),
    (('linear', 2), 'UpsamplingBilinear2d'), (('linear', 3), 'UpsamplingTrilinear3d'))}


def _check_size_scale_factor(size, scale_factor):
    if size is None and scale_factor is None:
        raise ValueError('either size or scale_factor should be defined')
    if scale_factor is not None and not isinstance(scale_factor, (Integral, tuple)):
        raise ValueError('scale_factor must be of integer type or a tuple of integer types')


def _check_linear_scale_factor(scale_factor, dim):
    scale_factor = _ntuple(dim)(scale_factor)
    ok = len(scale_factor) in (1, 2, 3) and all(
        isinstance(s, Integral) and s >= 1 for s in scale_factor)
    if not ok:
        raise ValueError('scale_factor must be a non-negative integer, or a tuple of non-negative '
                         'integers for linear, bilinear and trilinear upsampling, but got: '
                         '{}'.format(scale_factor))
    return scale_factor


def _nearest_matrix(n_in, scale):
    m = np.zeros((n_in * scale, n_in))
    m[np.arange(n_in * scale), np.arange(n_in * scale) // scale] = 1
    return m


def _linear_matrix(n_in, n_out):
    """THNN's UpSampling(Bi|Tri)Linear weights: corners aligned, ratio (in-1)/(out-1)."""
    r = (n_in - 1) / (n_out - 1) if n_out > 1 else 0.0
    m = np.zeros((n_out, n_in))
    for o in range(n_out):
        src = r * o
        i0 = int(src)
        step = 1 if i0 < n_in - 1 else 0
        l1 = src - i0
        m[o, i0] += 1.0 - l1
        m[o, i0 + step] += l1
    return m


def _nearest(input, size, scale_factor, nd):
    assert input.dim() == nd + 2
    if nd != 3:
        _check_size_scale_factor(size, scale_factor)
    if scale_factor is not None and not isinstance(scale_factor, Integral):
        raise ValueError('scale_factor must be a single Integer value for nearest neighbor '
                         'sampling')
    in_sizes = tuple(input.size())[2:]
    if scale_factor is None:
        if any(size[d] % in_sizes[d] != 0 for d in range(nd)):
            raise RuntimeError('output size specified in {} ({}) has to be divisible by the '
                               'input size, but got: {}'.format(
                                   'UpSamplingNearest' if nd == 3 else 'UpsamplingNearest',
                                   'x'.join(map(str, size)),
                                   'x'.join(map(str, input.size()))))
        scale_factor = size[0] // in_sizes[0]
        if any(scale_factor != size[d] // in_sizes[d] for d in range(1, nd)):
            raise RuntimeError("input aspect ratio doesn't match the output ratio")
    if scale_factor < 2:
        # THNN's {Temporal,Spatial,Volumetric}UpSamplingNearest_shapeCheck: THArgCheck(
        # scale_factor > 1, 4, ...), so a size equal to the input's is refused too
        raise RuntimeError('invalid argument 4: scale_factor must be greater than 1, but got: %d'
                           % scale_factor)
    mats = tuple(_nearest_matrix(n, int(scale_factor)) for n in in_sizes)
    return call(_UP[('nearest', nd)][0], [input], {'mats': mats})


def _linear(input, size, scale_factor, nd):
    assert input.dim() == nd + 2
    in_sizes = tuple(input.size())[2:]
    if scale_factor is not None:
        scale_factor = _check_linear_scale_factor(scale_factor, nd)
        out = tuple(in_sizes[d] * scale_factor[d] for d in range(nd))
    else:
        out = tuple(size)
    mats = tuple(_linear_matrix(in_sizes[d], int(out[d])) for d in range(nd))
    return call(_UP[('linear', nd)][0], [input], {'mats': mats})


def upsample(input, size=None, scale_factor=None, mode='nearest'):
    """Upsamples 3-d (temporal), 4-d (spatial) or 5-d (volumetric) input by an integer
    ``scale_factor`` or to ``size``; ``mode``: nearest | linear | bilinear | trilinear."""
    dim = input.dim()
    wants = {'linear': 3, 'bilinear': 4, 'trilinear': 5}
    if dim in (3, 4, 5) and mode == 'nearest':
        return _nearest(input, _ntuple(dim - 2)(size), scale_factor, dim - 2)
    if dim in (3, 4, 5) and mode in wants:
        if wants[mode] != dim:
            raise NotImplementedError('Got {}D input, but {} mode needs {}D input'
                                      .format(dim, mode, wants[mode]))
        return _linear(input, _ntuple(dim - 2)(size), scale_factor, dim - 2)
    raise NotImplementedError('Input Error: Only 3D, 4D and 5D input Tensors supported (got {}D) '
                              'for the modes: nearest | linear | bilinear | trilinear (got {})'
                              .format(dim, mode))


def upsample_nearest(input, size=None, scale_factor=None):
    """Deprecated (0.3.1 warns): ``upsample(input, size, scale_factor, mode='nearest')``."""
    warnings.warn('nn.functional.upsample_nearest is deprecated. Use nn.functional.upsample '
                  'instead.')
    return upsample(input, size, scale_factor, mode='nearest')


def upsample_bilinear(input, size=None, scale_factor=None):
    """Deprecated (0.3.1 warns): ``upsample(input, size, scale_factor, mode='bilinear')``."""
    warnings.warn('nn.functional.upsample_bilinear is deprecated. Use nn.functional.upsample '
                  'instead.')
    return upsample(input, size, scale_factor, mode='bilinear')


def pixel_shuffle(input, upscale_factor):
    """(N, C*r^2, H, W) -> (N, C, H*r, W*r), as 0.3.1 wrote it (views and a permute)."""
    batch_size, channels, in_height, in_width = input.size()
    channels //= upscale_factor ** 2
    out_height = in_height * upscale_factor
    out_width = in_width * upscale_factor
    input_view = input.contiguous().view(batch_size, channels, upscale_factor, upscale_factor,
                                         in_height, in_width)
    shuffle_out = input_view.permute(0, 1, 4, 2, 5, 3).contiguous()
    return shuffle_out.view(batch_size, channels, out_height, out_width)


# ---------------------------------------------------------------------- spatial transformers
def _const_like(array, like):
    """A constant Variable (or tensor, following ``like``) of ``like``'s type."""
    data = like.data if isinstance(like, Variable) else like
    t = type(data)._wrap(np.ascontiguousarray(array, dtype=data._a.dtype))
    return Variable(t) if isinstance(like, Variable) else t


def _points(n):
    if n > 1:
        return _TORCH.linspace(-1, 1, n)._a
    return np.array([-1.0], dtype=np.float32)


def affine_grid(theta, size):
    """A sampling grid (N, H, W, 2) from affine matrices ``theta`` (N, 2, 3) for an output of
    ``size`` = torch.Size((N, C, H, W))."""
    assert type(size) == Size
    N, C, H, W = size
    base = np.empty((N, H, W, 3))
    base[:, :, :, 0] = np.outer(np.ones(H, dtype=np.float32), _points(W))
    base[:, :, :, 1] = np.outer(_points(H), np.ones(W, dtype=np.float32))
    base[:, :, :, 2] = 1
    base_grid = _const_like(base.reshape(N, H * W, 3), theta)
    grid = base_grid.bmm(theta.transpose(1, 2)).view(N, H, W, 2)
    return G.named(grid, _FN + 'AffineGridGeneratorBackward')


def grid_sample(input, grid, mode='bilinear', padding_mode='zeros'):
    """Bilinear sampling of ``input`` (N, C, IH, IW) at ``grid`` (N, H, W, 2) positions in
    [-1, 1] (corners aligned); ``padding_mode``: 'zeros' or 'border'."""
    if padding_mode not in ('zeros', 'border'):
        raise ValueError("padding_mode needs to be 'zeros' or 'border', but got {}"
                         .format(padding_mode))
    N, C, IH, IW = input.size()
    _, H, W, _ = grid.size()
    g = grid.data._a if isinstance(grid, Variable) else grid._a
    ix_v = (grid[:, :, :, 0] + 1) / 2 * (IW - 1)
    iy_v = (grid[:, :, :, 1] + 1) / 2 * (IH - 1)
    with np.errstate(all='ignore'):
        ix = ((g[..., 0] + 1) / 2) * (IW - 1)
        iy = ((g[..., 1] + 1) / 2) * (IH - 1)
        x0 = np.floor(ix).astype(np.int64)
        y0 = np.floor(iy).astype(np.int64)
    flat_in = input.contiguous().view(N, C, IH * IW)
    out = None
    for dy in (0, 1):
        for dx in (0, 1):
            xc, yc = x0 + dx, y0 + dy
            # weight of this corner: the area of the opposite sub-rectangle (THNN's formula)
            wx = (ix_v - _const_like(x0, ix_v)) if dx else (_const_like(x0 + 1, ix_v) - ix_v)
            wy = (iy_v - _const_like(y0, iy_v)) if dy else (_const_like(y0 + 1, iy_v) - iy_v)
            weight = wx * wy
            inside = (xc >= 0) & (xc < IW) & (yc >= 0) & (yc < IH)
            xs, ys = np.clip(xc, 0, IW - 1), np.clip(yc, 0, IH - 1)
            if padding_mode == 'zeros':
                weight = weight * _const_like(inside, weight)
            index = (ys * IW + xs).reshape(N, 1, H * W).repeat(C, axis=1)
            values = flat_in.gather(2, _long_like(index, flat_in)).view(N, C, H, W)
            term = values * weight.unsqueeze(1).expand(N, C, H, W)
            out = term if out is None else out + term
    return G.named(out, _FN + 'GridSamplerBackward')


def _long_like(index, like):
    t = LongTensor._wrap(np.ascontiguousarray(index, dtype=np.int64))
    return Variable(t) if isinstance(like, Variable) else t


# a non-tensor input raises a TypeError naming it, not an AttributeError from inside
# (ops/schema.py with_clean_errors, as the schema-declared functional ops)
affine_grid = _with_clean_errors(affine_grid)
grid_sample = _with_clean_errors(grid_sample)
upsample = _with_clean_errors(upsample)
