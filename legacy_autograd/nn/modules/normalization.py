"""``CrossMapLRN2d`` (0.3.1): local response normalisation across channels.

``y = x * scale ** -beta`` with ``scale = k + alpha / size * S(x ** 2)``, computed as
0.3.1's CPU code did (the Python fallback of its legacy ``CrossMapLRN2d`` Function, which
modern torch still carries): ``S`` sums the first ``pre_pad = int((size - 1) / 2 + 1)``
channels for channel 0, then runs a window that adds channel ``c + pre_pad - 1`` and, once
``c > pre_pad``, drops channel ``c - pre_pad`` (an off-by-one of that code: channel 0 stays
in every later window).  The backward is that Function's hand-written one (a window of
``size`` ratios, placed differently from the forward's window, so it is not the exact
derivative; the cross-channel term is small, ``2 * alpha * beta / size``); kept, as
0.3.1 and modern torch compute it.  The graph node is the legacy
Function ``CrossMapLRN2d`` (not differentiable twice).
"""
import numpy as np

from ...autograd.function import Function
from .module import Module

__all__ = ['CrossMapLRN2d']


class _CrossMapLRN2dFunction(Function):

    def __init__(self, size, alpha=1e-4, beta=0.75, k=1):
        super(_CrossMapLRN2dFunction, self).__init__()
        self.size = size
        self.alpha = alpha
        self.beta = beta
        self.k = k
        self.scale = None

    def forward(self, input):
        assert input.dim() == 4
        x = input._a
        dt = x.dtype.type
        channels = x.shape[1]
        sq = x * x
        pre_pad = int((self.size - 1) / 2 + 1)
        pre_pad_crop = channels if pre_pad > channels else pre_pad
        scale = np.empty_like(x)
        scale[:, 0] = 0
        for c in range(pre_pad_crop):
            scale[:, 0] += sq[:, c]
        for c in range(1, channels):
            scale[:, c] = scale[:, c - 1]
            if c < channels - pre_pad + 1:
                scale[:, c] += sq[:, c + pre_pad - 1]
            if c > pre_pad:
                scale[:, c] -= sq[:, c - pre_pad]
        scale *= dt(self.alpha / self.size)
        scale += dt(self.k)
        self.scale = scale
        output = type(input)._wrap(np.power(scale, dt(-self.beta)) * x)
        self.save_for_backward(input, output)
        return output

    def backward(self, grad_output):
        input, output = self.saved_tensors
        x, y, g = input._a, output._a, grad_output._a
        dt = x.dtype.type
        n, channels, h, w = x.shape
        size = self.size
        cache_ratio_value = dt(2 * self.alpha * self.beta / size)
        inverse_pre_pad = int(size - (size - 1) / 2)
        grad_input = np.power(self.scale, dt(-self.beta)) * g
        padded = np.zeros((n, channels + size - 1, h, w), dtype=x.dtype)
        padded[:, inverse_pre_pad:inverse_pre_pad + channels] = g * y / self.scale
        accum = padded[:, :size - 1].sum(1)
        for c in range(channels):
            accum = accum + padded[:, c + size - 1]
            grad_input[:, c] += -cache_ratio_value * x[:, c] * accum
            accum = accum - padded[:, c]
        return type(grad_output)._wrap(grad_input)


_CrossMapLRN2dFunction.__name__ = 'CrossMapLRN2d'
_CrossMapLRN2dFunction.__qualname__ = 'CrossMapLRN2d'


class CrossMapLRN2d(Module):

    def __init__(self, size, alpha=1e-4, beta=0.75, k=1):
        super(CrossMapLRN2d, self).__init__()
        self.size = size
        self.alpha = alpha
        self.beta = beta
        self.k = k

    def forward(self, input):
        return _CrossMapLRN2dFunction(self.size, self.alpha, self.beta, self.k)(input)

    def __repr__(self):
        return self.__class__.__name__ + '(' \
            + str(self.size) \
            + ', alpha=' + str(self.alpha) \
            + ', beta=' + str(self.beta) \
            + ', k=' + str(self.k) + ')'
