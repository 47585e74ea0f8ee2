"""PixelShuffle (0.3.1): (N, C*r^2, H, W) -> (N, C, H*r, W*r); repr
``PixelShuffle(upscale_factor=3)``."""
from .module import Module
from .. import _functional_vision as F

__all__ = ['PixelShuffle']


class PixelShuffle(Module):
    """PixelShuffle(upscale_factor)."""

    def __init__(self, upscale_factor):
        super(PixelShuffle, self).__init__()
        self.upscale_factor = upscale_factor

    def forward(self, input):
        return F.pixel_shuffle(input, self.upscale_factor)

    def __repr__(self):
        return self.__class__.__name__ + '(upscale_factor=' + str(self.upscale_factor) + ')'
