"""Pooling modules (0.3): MaxPool1d, MaxPool2d, AvgPool1d, AvgPool2d, AdaptiveMaxPool2d,
AdaptiveAvgPool2d.

Each ``__repr__`` is 0.3.1's: ``MaxPool2d`` shows the pair forms
``kernel_size=(2, 2), stride=(2, 2)``, ``padding=`` only when non-zero, always ``dilation=``
and ``ceil_mode=``; the others print the raw constructor values.
"""

from .module import Module
from .._utils import _single, _pair
from .. import _functional_conv as F

__all__ = ['MaxPool1d', 'MaxPool2d', 'AvgPool1d', 'AvgPool2d', 'AdaptiveMaxPool2d',
           'AdaptiveAvgPool2d']


class _MaxPoolNd(Module):
    """Shared by MaxPool1d / MaxPool2d: same arguments; ``_pool`` is the functional form."""

    def __init__(self, kernel_size, stride=None, padding=0, dilation=1, return_indices=False,
                 ceil_mode=False):
        super(_MaxPoolNd, self).__init__()
        self.kernel_size = kernel_size
        self.stride = stride or kernel_size
        self.padding = padding
        self.dilation = dilation
        self.return_indices = return_indices
        self.ceil_mode = ceil_mode

    def forward(self, input):
        return self._pool(input, self.kernel_size, self.stride, self.padding, self.dilation,
                          self.ceil_mode, self.return_indices)


class MaxPool1d(_MaxPoolNd):
    """MaxPool1d(kernel_size, stride=None, padding=0, dilation=1, return_indices=False,
    ceil_mode=False): input (N, C, L)."""
    _pool = staticmethod(F.max_pool1d)

    def __repr__(self):
        return self.__class__.__name__ + '(' \
            + 'kernel_size=' + str(self.kernel_size) \
            + ', stride=' + str(self.stride) \
            + ', padding=' + str(self.padding) \
            + ', dilation=' + str(self.dilation) \
            + ', ceil_mode=' + str(self.ceil_mode) + ')'


class MaxPool2d(_MaxPoolNd):
    """MaxPool2d(kernel_size, stride=None, padding=0, dilation=1, return_indices=False,
    ceil_mode=False): input (N, C, H, W)."""
    _pool = staticmethod(F.max_pool2d)

    def __repr__(self):
        kh, kw = _pair(self.kernel_size)
        dh, dw = _pair(self.stride)
        padh, padw = _pair(self.padding)
        dilh, dilw = _pair(self.dilation)
        # 0.3.1 (0.3.0 showed the padding only when both values were non-zero and had no
        # ceil_mode); the dilation is always shown
        padding_str = ', padding=({}, {})'.format(padh, padw) if padh != 0 or padw != 0 else ''
        dilation_str = (', dilation=({}, {})'.format(dilh, dilw)
                        if dilh != 0 and dilw != 0 else '')
        return '{}(kernel_size=({}, {}), stride=({}, {}){}{}, ceil_mode={})'.format(
            self.__class__.__name__, kh, kw, dh, dw, padding_str, dilation_str, self.ceil_mode)


class _AvgPoolNd(Module):
    """Shared by AvgPool1d / AvgPool2d: same arguments, same 0.3 repr."""
    _norm = staticmethod(lambda x: x)

    def __init__(self, kernel_size, stride=None, padding=0, ceil_mode=False,
                 count_include_pad=True):
        super(_AvgPoolNd, self).__init__()
        self.kernel_size = self._norm(kernel_size)
        self.stride = self._norm(stride if stride is not None else kernel_size)
        self.padding = self._norm(padding)
        self.ceil_mode = ceil_mode
        self.count_include_pad = count_include_pad

    def forward(self, input):
        return self._function(input, self.kernel_size, self.stride, self.padding,
                              self.ceil_mode, self.count_include_pad)

    def __repr__(self):
        return self.__class__.__name__ + '(' \
            + 'kernel_size=' + str(self.kernel_size) \
            + ', stride=' + str(self.stride) \
            + ', padding=' + str(self.padding) \
            + ', ceil_mode=' + str(self.ceil_mode) \
            + ', count_include_pad=' + str(self.count_include_pad) + ')'


class AvgPool1d(_AvgPoolNd):
    """AvgPool1d(kernel_size, stride=None, padding=0, ceil_mode=False,
    count_include_pad=True)."""
    _norm = staticmethod(_single)
    _function = staticmethod(F.avg_pool1d)


class AvgPool2d(_AvgPoolNd):
    """AvgPool2d(kernel_size, stride=None, padding=0, ceil_mode=False,
    count_include_pad=True)."""
    _function = staticmethod(F.avg_pool2d)


class AdaptiveMaxPool2d(Module):
    """AdaptiveMaxPool2d(output_size, return_indices=False)."""

    def __init__(self, output_size, return_indices=False):
        super(AdaptiveMaxPool2d, self).__init__()
        self.output_size = output_size
        self.return_indices = return_indices

    def forward(self, input):
        return F.adaptive_max_pool2d(input, self.output_size, self.return_indices)

    def __repr__(self):
        return self.__class__.__name__ + '(output_size=' + str(self.output_size) + ')'


class AdaptiveAvgPool2d(Module):
    """AdaptiveAvgPool2d(output_size)."""

    def __init__(self, output_size):
        super(AdaptiveAvgPool2d, self).__init__()
        self.output_size = output_size

    def forward(self, input):
        return F.adaptive_avg_pool2d(input, self.output_size)

    def __repr__(self):
        return self.__class__.__name__ + '(output_size=' + str(self.output_size) + ')'


# 0.3.1's other pooling classes (issue 16), defined in pooling3d.py
from .pooling3d import *  # noqa: F401,F403,E402
from .pooling3d import __all__ as _more  # noqa: E402
__all__ = __all__ + _more
del _more
