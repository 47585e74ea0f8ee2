"""The ``torch.nn._functions`` Function classes 0.3.1's ``torch.nn.functional`` imported into its
namespace (``F.GridSampler``, ``F.AffineGridGenerator``, ``F.ConstantPadNd``; ``F.Bilinear`` is
in ``functional.py``).  Old code calls their ``apply``; here ``apply`` runs the matching
function."""
from . import _functional_conv as _conv
from . import _functional_vision as _vision

__all__ = ['GridSampler', 'AffineGridGenerator', 'ConstantPadNd']


class GridSampler(object):
    """``GridSampler.apply(input, grid, padding_mode='zeros')``: :func:`grid_sample`."""

    @staticmethod
    def apply(input, grid, padding_mode='zeros'):
        return _vision.grid_sample(input, grid, padding_mode=padding_mode)


class AffineGridGenerator(object):
    """``AffineGridGenerator.apply(theta, size)``: :func:`affine_grid`."""

    @staticmethod
    def apply(theta, size):
        return _vision.affine_grid(theta, size)


class ConstantPadNd(object):
    """``ConstantPadNd.apply(input, pad, value=0)``: ``F.pad(input, pad, 'constant', value)``."""

    @staticmethod
    def apply(input, pad, value=0):
        return _conv.pad(input, pad, 'constant', value)
