"""Pooling modules (0.3): MaxPool1d, MaxPool2d, AvgPool1d, AvgPool2d, AdaptiveMaxPool2d,
AdaptiveAvgPool2d.

Each ``__repr__`` is 0.3.1's: ``MaxPool2d`` shows the pair forms
``kernel_size=(2, 2), stride=(2, 2)``, ``padding=`` only when non-zero, always ``dilation=``
and ``ceil_mode=``; the others print the raw constructor values.
"""

from .module import Module
from ...autograd.variable import Variable  # noqa: F401  (bound in 0.3.1's module)
from .._utils import _single, _pair
from .. import _functional_conv as F

__all__ = ['MaxPool1d', 'MaxPool2d', 'AvgPool1d', 'AvgPool2d', 'AdaptiveMaxPool2d',
           'AdaptiveAvgPool2d']


class _MaxPoolNd(Module):
    """Shared by MaxPool1d / 2d / 3d: same arguments; ``_pool`` is the functional form."""

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

    def __repr__(self):
        return self.__class__.__name__ + '(' \
            + 'kernel_size=' + str(self.kernel_size) \
            + ', stride=' + str(self.stride) \
            + ', padding=' + str(self.padding) \
            + ', dilation=' + str(self.dilation) \
            + ', ceil_mode=' + str(self.ceil_mode) + ')'


class MaxPool1d(_MaxPoolNd):
    """MaxPool1d(kernel_size, stride=None, padding=0, dilation=1, return_indices=False,
    ceil_mode=False): input (N, C, L)."""
    _pool = staticmethod(F.max_pool1d)


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


# ---------------------------------------------------------------------- issue 16
# the classes 0.3.1 defined here beyond the ones above (0.3.1 arguments, reprs, init)
from .._utils import _triple  # noqa: E402
from .. import _functional_volumetric as _F3  # noqa: E402

__all__ += ['MaxPool3d', 'AvgPool3d', 'AdaptiveMaxPool1d', 'AdaptiveMaxPool3d', 'AdaptiveAvgPool1d',
            'AdaptiveAvgPool3d', 'MaxUnpool1d', 'MaxUnpool2d', 'MaxUnpool3d', 'FractionalMaxPool2d',
            'LPPool1d', 'LPPool2d']


class MaxPool3d(_MaxPoolNd):
    """MaxPool3d(kernel_size, stride=None, padding=0, dilation=1, return_indices=False,
    ceil_mode=False): input (N, C, D, H, W)."""
    _pool = staticmethod(_F3.max_pool3d)


class AvgPool3d(Module):
    """AvgPool3d(kernel_size, stride=None, padding=0, ceil_mode=False,
    count_include_pad=True)."""

    def __init__(self, kernel_size, stride=None, padding=0, ceil_mode=False,
                 count_include_pad=True):
        super(AvgPool3d, self).__init__()
        self.kernel_size = kernel_size
        self.stride = stride or kernel_size
        self.padding = padding
        self.ceil_mode = ceil_mode
        self.count_include_pad = count_include_pad

    def forward(self, input):
        return _F3.avg_pool3d(input, self.kernel_size, self.stride, self.padding, self.ceil_mode,
                            self.count_include_pad)

    def __setstate__(self, d):
        super(AvgPool3d, self).__setstate__(d)
        self.__dict__.setdefault('padding', 0)
        self.__dict__.setdefault('ceil_mode', False)
        self.__dict__.setdefault('count_include_pad', True)

    def __repr__(self):
        return self.__class__.__name__ + '(' \
            + 'kernel_size=' + str(self.kernel_size) \
            + ', stride=' + str(self.stride) \
            + ', padding=' + str(self.padding) \
            + ', ceil_mode=' + str(self.ceil_mode) \
            + ', count_include_pad=' + str(self.count_include_pad) + ')'


class _AdaptivePool(Module):

    def __init__(self, output_size):
        super(_AdaptivePool, self).__init__()
        self.output_size = output_size

    def __repr__(self):
        return self.__class__.__name__ + '(' + 'output_size=' + str(self.output_size) + ')'


class AdaptiveMaxPool1d(_AdaptivePool):
    """AdaptiveMaxPool1d(output_size, return_indices=False): input (N, C, L)."""

    def __init__(self, output_size, return_indices=False):
        super(AdaptiveMaxPool1d, self).__init__(output_size)
        self.return_indices = return_indices

    def forward(self, input):
        return _F3.adaptive_max_pool1d(input, self.output_size, self.return_indices)


class AdaptiveMaxPool3d(_AdaptivePool):
    """AdaptiveMaxPool3d(output_size, return_indices=False): input (N, C, D, H, W)."""

    def __init__(self, output_size, return_indices=False):
        super(AdaptiveMaxPool3d, self).__init__(output_size)
        self.return_indices = return_indices

    def forward(self, input):
        return _F3.adaptive_max_pool3d(input, self.output_size, self.return_indices)


class AdaptiveAvgPool1d(_AdaptivePool):
    """AdaptiveAvgPool1d(output_size): input (N, C, L)."""

    def __init__(self, output_size):
        super(AdaptiveAvgPool1d, self).__init__(output_size)

    def forward(self, input):
        return _F3.adaptive_avg_pool1d(input, self.output_size)


class AdaptiveAvgPool3d(_AdaptivePool):
    """AdaptiveAvgPool3d(output_size): input (N, C, D, H, W)."""

    def __init__(self, output_size):
        super(AdaptiveAvgPool3d, self).__init__(output_size)

    def forward(self, input):
        return _F3.adaptive_avg_pool3d(input, self.output_size)


class _MaxUnpoolNd(Module):
    """MaxUnpool{1,2,3}d(kernel_size, stride=None, padding=0); ``forward(input, indices,
    output_size=None)``.  Each subclass names its size expander and functional form."""
    _expand = None
    _unpool = None

    def __init__(self, kernel_size, stride=None, padding=0):
        super(_MaxUnpoolNd, self).__init__()
        self.kernel_size = self._expand(kernel_size)
        self.stride = self._expand(stride if stride is not None else kernel_size)
        self.padding = self._expand(padding)

    def forward(self, input, indices, output_size=None):
        return self._unpool(input, indices, self.kernel_size, self.stride, self.padding,
                            output_size)

    def __repr__(self):
        return self.__class__.__name__ + '(' \
            + 'kernel_size=' + str(self.kernel_size) \
            + ', stride=' + str(self.stride) \
            + ', padding=' + str(self.padding) + ')'


class MaxUnpool1d(_MaxUnpoolNd):
    """MaxUnpool1d(kernel_size, stride=None, padding=0)."""
    _expand = staticmethod(_single)
    _unpool = staticmethod(_F3.max_unpool1d)


class MaxUnpool2d(_MaxUnpoolNd):
    """MaxUnpool2d(kernel_size, stride=None, padding=0)."""
    _expand = staticmethod(_pair)
    _unpool = staticmethod(_F3.max_unpool2d)


class MaxUnpool3d(_MaxUnpoolNd):
    """MaxUnpool3d(kernel_size, stride=None, padding=0)."""
    _expand = staticmethod(_triple)
    _unpool = staticmethod(_F3.max_unpool3d)


class FractionalMaxPool2d(Module):
    """FractionalMaxPool2d(kernel_size, output_size=None, output_ratio=None,
    return_indices=False, _random_samples=None)."""

    def __init__(self, kernel_size, output_size=None, output_ratio=None, return_indices=False,
                 _random_samples=None):
        super(FractionalMaxPool2d, self).__init__()
        self.kh, self.kw = _pair(kernel_size)
        self.return_indices = return_indices
        self.register_buffer('_random_samples', _random_samples)
        if output_size is not None:
            self.outh, self.outw = _pair(output_size)
            self.rh, self.rw = None, None
            assert output_ratio is None
        elif output_ratio is not None:
            self.outh, self.outw = None, None
            self.rh, self.rw = _pair(output_ratio)
            assert output_size is None
            assert 0 < self.rh < 1
            assert 0 < self.rw < 1
        else:
            raise ValueError('FractionalMaxPool2d requires specifying either an output size, or '
                             'a pooling ratio')

    def forward(self, input):
        output_size, output_ratio = None, None
        if self.outh is not None:
            output_size = self.outh, self.outw
        else:
            output_ratio = self.rh, self.rw
        ret = _F3.fractional_max_pool2d(input, self.kh, self.kw, output_size, output_ratio,
                                      self._random_samples)
        return ret if self.return_indices else ret[0]


class _LPPool(Module):

    def __init__(self, norm_type, kernel_size, stride=None, ceil_mode=False):
        super(_LPPool, self).__init__()
        self.norm_type = norm_type
        self.kernel_size = kernel_size
        self.stride = stride
        self.ceil_mode = ceil_mode

    def __repr__(self):
        return self.__class__.__name__ + '(' \
            + str(self.norm_type) + ', ' \
            + str(self.kernel_size) + ', ' \
            + 'stride=' + str(self.stride) + ', ' \
            + 'ceil_mode=' + str(self.ceil_mode) + ')'


class LPPool2d(_LPPool):
    """LPPool2d(norm_type, kernel_size, stride=None, ceil_mode=False)."""

    def forward(self, input):
        return _F3.lp_pool2d(input, self.norm_type, self.kernel_size, self.stride, self.ceil_mode)


class LPPool1d(_LPPool):
    """LPPool1d(norm_type, kernel_size, stride=None, ceil_mode=False)."""

    def forward(self, input):
        return _F3.lp_pool1d(input, self.norm_type, self.kernel_size, self.stride, self.ceil_mode)
