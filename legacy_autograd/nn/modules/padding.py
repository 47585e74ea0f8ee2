"""Padding modules (0.3): ReflectionPad2d, ReplicationPad2d, ZeroPad2d, ConstantPad2d
(and the 1-d forms).  ``padding`` is an int or (left, right, top, bottom); the 0.3
repr is the class name and the padding tuple in parentheses: ``ReflectionPad2d((1, 1, 2, 0))``.
"""

from .module import Module
from .._utils import _pair, _quadruple
from .. import _functional_conv as F

__all__ = ['ReflectionPad1d', 'ReflectionPad2d', 'ReplicationPad1d', 'ReplicationPad2d',
           'ZeroPad2d', 'ConstantPad1d', 'ConstantPad2d']


class _PadNd(Module):

    def __repr__(self):
        return self.__class__.__name__ + '(' + str(self.padding) + ')'      # 0.3.0 and 0.3.1


class _ConstantPadNd(_PadNd):

    def __init__(self, padding, value):
        super(_ConstantPadNd, self).__init__()
        self.padding = padding
        self.value = value

    def forward(self, input):
        return F.pad(input, self.padding, 'constant', self.value)


class ConstantPad1d(_ConstantPadNd):
    """ConstantPad1d(padding, value): pads the last dim by (left, right) with ``value``."""

    def __init__(self, padding, value):
        super(ConstantPad1d, self).__init__(padding, value)
        self.padding = _pair(padding)


class ConstantPad2d(_ConstantPadNd):
    """ConstantPad2d(padding, value): pads the last two dims by (left, right, top, bottom)."""

    def __init__(self, padding, value):
        super(ConstantPad2d, self).__init__(padding, value)
        self.padding = _quadruple(padding)


class ZeroPad2d(_ConstantPadNd):
    """ZeroPad2d(padding): ConstantPad2d with zeros."""

    def __init__(self, padding):
        super(ZeroPad2d, self).__init__(padding, 0)
        self.padding = _quadruple(padding)


class ReflectionPad1d(_PadNd):
    """ReflectionPad1d(padding): input (N, C, W); the border is mirrored (edge excluded)."""

    def __init__(self, padding):
        super(ReflectionPad1d, self).__init__()
        self.padding = _pair(padding)

    def forward(self, input):
        return F.pad(input, self.padding, 'reflect')


class ReflectionPad2d(_PadNd):
    """ReflectionPad2d(padding): input (N, C, H, W); the border is mirrored (edge excluded)."""

    def __init__(self, padding):
        super(ReflectionPad2d, self).__init__()
        self.padding = _quadruple(padding)

    def forward(self, input):
        return F.pad(input, self.padding, 'reflect')


class ReplicationPad1d(_PadNd):
    """ReplicationPad1d(padding): input (N, C, W); the edge value is repeated."""

    def __init__(self, padding):
        super(ReplicationPad1d, self).__init__()
        self.padding = _pair(padding)

    def forward(self, input):
        return F.pad(input, self.padding, 'replicate')


class ReplicationPad2d(_PadNd):
    """ReplicationPad2d(padding): input (N, C, H, W); the edge value is repeated."""

    def __init__(self, padding):
        super(ReplicationPad2d, self).__init__()
        self.padding = _quadruple(padding)

    def forward(self, input):
        return F.pad(input, self.padding, 'replicate')


# ---------------------------------------------------------------------- issue 16
# the classes 0.3.1 defined here beyond the ones above (0.3.1 arguments, reprs, init)
import numpy as _np  # noqa: E402
from .._utils import _ntuple  # noqa: E402
from ...autograd.variable import Variable as _Variable  # noqa: E402
from ...tensor import LongTensor as _LongTensor  # noqa: E402

__all__ += ['ConstantPad3d', 'ReplicationPad3d']


class ConstantPad3d(Module):
    """ConstantPad3d(padding, value)."""

    def __init__(self, padding, value):
        super(ConstantPad3d, self).__init__()
        self.padding = _ntuple(6)(padding)
        self.value = value

    def forward(self, input):
        return F.pad(input, self.padding, 'constant', self.value)

    def __repr__(self):
        return self.__class__.__name__ + '(' + str(self.padding) + ')'


def _replicate3d(input, padding):
    if input.dim() != 5:
        raise NotImplementedError('Only 5D input Tensors are supported by ReplicationPad3d '
                                  '(got {}D)'.format(input.dim()))
    out = input
    for k in range(3):
        dim = 4 - k
        before, after = padding[2 * k], padding[2 * k + 1]
        n = input.size(dim)
        idx = _np.clip(_np.arange(-before, n + after), 0, n - 1).astype(_np.int64)
        t = _LongTensor._wrap(idx)
        out = out.index_select(dim, _Variable(t) if isinstance(out, _Variable) else t)
    return out


class ReplicationPad3d(Module):
    """ReplicationPad3d(padding)."""

    def __init__(self, padding):
        super(ReplicationPad3d, self).__init__()
        self.padding = _ntuple(6)(padding)

    def forward(self, input):
        return _replicate3d(input, self.padding)

    def __repr__(self):
        return self.__class__.__name__ + '(' + str(self.padding) + ')'
