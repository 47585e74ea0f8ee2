"""CrossMapLRN2d (0.3.1): local response normalisation across channels of 4-d input,
``x * (k + alpha/size * sum_{window} x^2)^-beta`` with 0.3.1's running channel window (see
``_window_matrix``).  Its gradient is 0.3.1's handwritten one: the derivative of a centred
channel window (see ``_back_window_matrix``), not exactly that of the quirky forward window.
It is written with backend words, so it has double backward (0.3.1's Function had none).  The
node is named after 0.3.1's old-style Function class,
``torch.nn._functions.thnn.normalization.CrossMapLRN2d``."""
import numpy as np

from .module import Module
from ...autograd.variable import Variable
from ...ops.registry import register
from ...ops.dispatch import call
from ... import backend_numpy as _NB


def _arr(x):
    return x.data._a if isinstance(x, Variable) else x._a


def _window_matrix(channels, size, dtype):
    """(C, C) 0/1 matrix m with ``scale[c] = sum_j sq[j] * m[j, c]``: THNN's running window
    (``pre_pad = (size - 1) // 2 + 1`` channels up to ``c + pre_pad - 1``; channels from ``1``
    leave it once they fall behind ``c - pre_pad``, channel 0 never does, as in 0.3.1)."""
    pre_pad = int((size - 1) / 2 + 1)
    m = np.zeros((channels, channels), dtype=dtype)
    for c in range(channels):
        top = min(c + pre_pad - 1, channels - 1)
        m[:top + 1, c] = 1
        if c > pre_pad:
            m[1:c - pre_pad + 1, c] = 0
    return m


def _back_window_matrix(channels, size, dtype):
    """(C, C) 0/1 matrix of 0.3.1's backward window: ratio channels ``[c - inv, c + size - 1 -
    inv]`` with ``inv = int(size - (size - 1) / 2)`` (0.3.1's handwritten backward, which is
    the derivative of a centred window, not exactly of the forward's)."""
    inv = int(size - (size - 1) / 2)
    m = np.zeros((channels, channels), dtype=dtype)
    for c in range(channels):
        lo, hi = max(c - inv, 0), min(c + size - 1 - inv, channels - 1)
        if hi >= lo:
            m[lo:hi + 1, c] = 1
    return m


def _channel_sum(B, a, m):
    """``a`` (N, C, H, W) with its channels mixed by the (C, C) matrix ``m``."""
    return B.transpose(B.matmul(B.transpose(a, 1, 3), B.const(m, a)), 1, 3)


def _scale(B, x, p):
    m = _window_matrix(B.value(x).shape[1], p['size'], B.value(x).dtype)
    return _channel_sum(B, x * x, m) * (p['alpha'] / p['size']) + p['k']


def _lrn_forward(x, size, alpha, beta, k):
    scale = _scale(_NB, x, {'size': size, 'alpha': alpha, 'k': k})
    return x * scale ** -beta


def _lrn_backward(ctx, g):
    B, p = ctx.B, ctx.params
    x = ctx.inputs[0]
    scale = _scale(B, x, p)
    sp = B.pow(scale, -p['beta'])
    ratio = g * (x * sp) / scale
    bm = _back_window_matrix(B.value(x).shape[1], p['size'], B.value(x).dtype)
    return (sp * g - x * _channel_sum(B, ratio, bm) * (2 * p['alpha'] * p['beta'] / p['size']),)


_CROSS_MAP_LRN2D = register(
    'cross_map_lrn2d', _lrn_forward, _lrn_backward,
    grad_fn='torch.nn._functions.thnn.normalization.CrossMapLRN2d', save_inputs=(0,),
    argnames=('input',),
    parity_exempt='compared with modern torch (whose CrossMapLRN2d is 0.3.1\'s code) in '
                  'compat_tests/test_nn_vision.py')

__all__ = ['CrossMapLRN2d']


class CrossMapLRN2d(Module):
    """CrossMapLRN2d(size, alpha=1e-4, beta=0.75, k=1)."""

    def __init__(self, size, alpha=1e-4, beta=0.75, k=1):
        super(CrossMapLRN2d, self).__init__()
        self.size = size
        self.alpha = alpha
        self.beta = beta
        self.k = k

    def forward(self, input):
        if input.dim() != 4:
            raise ValueError('CrossMapLRN2d: Expected input to be 4D, got {}D instead.'
                             .format(input.dim()))
        return call(_CROSS_MAP_LRN2D, [input], {'size': self.size, 'alpha': self.alpha,
                                                'beta': self.beta, 'k': self.k})

    def __repr__(self):
        return self.__class__.__name__ + '(' \
            + str(self.size) \
            + ', alpha=' + str(self.alpha) \
            + ', beta=' + str(self.beta) \
            + ', k=' + str(self.k) + ')'
