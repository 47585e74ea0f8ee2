"""Convolution, pooling, batch norm and padding functions of ``torch.nn.functional`` (0.3).

Signatures, defaults and the Python-level checks follow 0.3's ``torch/nn/functional.py``;
the computations are the registry ops of ``legacy_autograd.ops.conv_ops``.
"""
import numbers

from ..ops import conv_ops as _ops
from ..ops import _args
from .. import errors
from . import _utils

__all__ = ['conv1d', 'conv2d', 'conv_transpose1d', 'conv_transpose2d', 'avg_pool1d', 'avg_pool2d',
           'max_pool1d', 'max_pool2d', 'adaptive_max_pool2d', 'adaptive_avg_pool2d',
           'batch_norm', 'pad']


def _as_ints(as_given):
    """0.3's ``_single`` / ``_pair`` (``nn._utils``) with the sizes as a tuple of ints,
    the form the ops take."""
    def parse(x):
        return _args.int_list((tuple(as_given(x)),), None, 'size')     # no float truncated
    return parse


_single = _as_ints(_utils._single)
_pair = _as_ints(_utils._pair)


def _dim(input):
    return input.dim()


# ---------------------------------------------------------------------- convolutions
def conv1d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    """1-d convolution of ``input`` (minibatch x in_channels x iW) with ``weight``
    (out_channels x in_channels/groups x kW).  See :class:`~torch.nn.Conv1d`."""
    if input is not None and _dim(input) != 3:
        raise ValueError("Expected 3D tensor as input, got {}D tensor instead.".format(_dim(input)))
    return _ops.convolution(input, weight, bias, _single(stride), _single(padding),
                            _single(dilation), groups)


def conv2d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    """2-d convolution of ``input`` (minibatch x in_channels x iH x iW) with ``weight``
    (out_channels x in_channels/groups x kH x kW).  See :class:`~torch.nn.Conv2d`."""
    if input is not None and _dim(input) != 4:
        raise ValueError("Expected 4D tensor as input, got {}D tensor instead.".format(_dim(input)))
    return _ops.convolution(input, weight, bias, _pair(stride), _pair(padding), _pair(dilation),
                            groups)


def conv_transpose1d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1,
                     dilation=1):
    """1-d transposed convolution ("deconvolution"); ``weight`` is
    (in_channels x out_channels/groups x kW)."""
    if input is not None and _dim(input) != 3:
        raise ValueError("Expected 3D tensor as input, got {}D tensor instead.".format(_dim(input)))
    return _ops.conv_transpose(input, weight, bias, _single(stride), _single(padding),
                               _single(output_padding), groups, _single(dilation))


def conv_transpose2d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1,
                     dilation=1):
    """2-d transposed convolution ("deconvolution"); ``weight`` is
    (in_channels x out_channels/groups x kH x kW)."""
    if input is not None and _dim(input) != 4:
        raise ValueError("Expected 4D tensor as input, got {}D tensor instead.".format(_dim(input)))
    return _ops.conv_transpose(input, weight, bias, _pair(stride), _pair(padding),
                               _pair(output_padding), groups, _pair(dilation))


# ---------------------------------------------------------------------- pooling
def avg_pool1d(input, kernel_size, stride=None, padding=0, ceil_mode=False,
               count_include_pad=True):
    """1-d average pooling; as in 0.3 it is ``avg_pool2d`` on ``input.unsqueeze(3)``."""
    if _dim(input) != 3:
        raise ValueError('expected 3D input (got {} dimensions)'.format(_dim(input)))
    kernel_size = _single(kernel_size) + (1,)
    stride = _single(stride) + (1,) if stride is not None else kernel_size
    padding = _single(padding) + (0,)
    return avg_pool2d(input.unsqueeze(3), kernel_size, stride, padding, ceil_mode,
                      count_include_pad).squeeze(3)


def avg_pool2d(input, kernel_size, stride=None, padding=0, ceil_mode=False,
               count_include_pad=True):
    """2-d average pooling over kh x kw windows with step sh x sw (default: the kernel)."""
    k = _pair(kernel_size)
    s = k if stride is None or (isinstance(stride, (tuple, list)) and len(stride) == 0) \
        else _pair(stride)
    return _ops.avg_pool2d(input, k, s, _pair(padding), ceil_mode, count_include_pad)


def max_pool1d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False,
               return_indices=False):
    """1-d max pooling; ``return_indices`` also returns the argmax positions (LongTensor)."""
    k = _single(kernel_size)
    s = k if not stride else _single(stride)
    ret = _ops.max_pool(input, k, s, _single(padding), _single(dilation), ceil_mode, 1)
    return ret if return_indices else ret[0]


def max_pool2d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False,
               return_indices=False):
    """2-d max pooling; ``return_indices`` also returns the flat in-plane argmax positions."""
    k = _pair(kernel_size)
    s = k if stride is None or (isinstance(stride, (tuple, list)) and len(stride) == 0) \
        else _pair(stride)
    ret = _ops.max_pool(input, k, s, _pair(padding), _pair(dilation), ceil_mode, 2)
    return ret if return_indices else ret[0]


def adaptive_max_pool2d(input, output_size, return_indices=False):
    """2-d adaptive max pooling to ``output_size`` (an int or an (H, W) pair)."""
    ret = _ops.adaptive_max_pool2d(input, output_size)
    return ret if return_indices else ret[0]


def adaptive_avg_pool2d(input, output_size):
    """2-d adaptive average pooling to ``output_size`` (an int or an (H, W) pair)."""
    return _ops.adaptive_avg_pool2d(input, output_size)


# ---------------------------------------------------------------------- normalisation
def batch_norm(input, running_mean, running_var, weight=None, bias=None, training=False,
               momentum=0.1, eps=1e-5):
    """Batch normalisation over dim 1; in training the running buffers are updated in place."""
    if training:
        size = list(input.size())
        n = size[0]
        for s in size[2:]:
            n *= s
        if n == 1:
            raise ValueError('Expected more than 1 value per channel when training, got input '
                             'size {}'.format(size))
    # 0.3.1 built its BatchNorm function with TupleParser (torch/csrc/utils/tuple_parser.cpp):
    # argument i of (running_mean, running_var, training, momentum, eps, cudnn_enabled)
    if training is not True and training is not False:
        raise _tuple_parser_error(2, 'training', 'bool', training)
    for i, name, value in ((3, 'momentum', momentum), (4, 'eps', eps)):
        if not isinstance(value, numbers.Real):     # (a bool is an int: taken, as in 0.3.1)
            raise _tuple_parser_error(i, name, 'float', value)
    return _ops.batch_norm(input, running_mean, running_var, weight, bias, training, momentum,
                           eps)


def _tuple_parser_error(i, name, expected, value):
    return RuntimeError('argument %d (%s) must be %s, not %s' % (i, name, expected,
                                                                  errors.tp_name(value)))


# ---------------------------------------------------------------------- padding
def pad(input, pad, mode='constant', value=0):
    """Pads ``input``: ``pad`` lists (before, after) pairs starting from the last dimension.

    'constant' pads any number of trailing dims (negative values crop); 'reflect' and
    'replicate' take 3-d input with 2 values and 4-d input with 4 values.
    """
    if not isinstance(pad, (tuple, list)):
        raise TypeError("pad(): argument 'pad' must be tuple of ints, not %s" % type(pad).__name__)
    return _ops.pad(input, _args.int_list((pad,), 'pad', 'pad'), mode, value)
