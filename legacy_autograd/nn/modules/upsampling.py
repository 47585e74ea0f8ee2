"""Upsampling modules (0.3.1): Upsample, UpsamplingNearest2d, UpsamplingBilinear2d.

Reprs are 0.3.1's: ``Upsample(scale_factor=2, mode=nearest)``, ``size=...`` when no scale
factor is given.  The two deprecated modules warn on every forward.
"""
import warnings

from .module import Module
from .. import _functional_vision as F

__all__ = ['Upsample', 'UpsamplingNearest2d', 'UpsamplingBilinear2d']


class Upsample(Module):
    """Upsample(size=None, scale_factor=None, mode='nearest'): 3-d, 4-d or 5-d input;
    modes nearest | linear | bilinear | trilinear."""

    def __init__(self, size=None, scale_factor=None, mode='nearest'):
        super(Upsample, self).__init__()
        self.size = size
        self.scale_factor = scale_factor
        self.mode = mode

    def forward(self, input):
        return F.upsample(input, self.size, self.scale_factor, self.mode)

    def __repr__(self):
        if self.scale_factor is not None:
            info = 'scale_factor=' + str(self.scale_factor)
        else:
            info = 'size=' + str(self.size)
        info += ', mode=' + self.mode
        return self.__class__.__name__ + '(' + info + ')'


class UpsamplingNearest2d(Upsample):
    """Deprecated: ``Upsample(size, scale_factor, mode='nearest')`` for 4-d input."""

    def __init__(self, size=None, scale_factor=None):
        super(UpsamplingNearest2d, self).__init__(size, scale_factor, mode='nearest')

    def forward(self, input):
        warnings.warn('nn.UpsamplingNearest2d is deprecated. Use nn.Upsample instead.')
        return super(UpsamplingNearest2d, self).forward(input)


class UpsamplingBilinear2d(Upsample):
    """Deprecated: ``Upsample(size, scale_factor, mode='bilinear')`` for 4-d input."""

    def __init__(self, size=None, scale_factor=None):
        super(UpsamplingBilinear2d, self).__init__(size, scale_factor, mode='bilinear')

    def forward(self, input):
        warnings.warn('nn.UpsamplingBilinear2d is deprecated. Use nn.Upsample instead.')
        return super(UpsamplingBilinear2d, self).forward(input)
