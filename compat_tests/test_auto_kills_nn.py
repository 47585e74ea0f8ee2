"""Behaviours a random sample of one-token mutants of the nn / optim / autograd code
(``tools/auto_mutants.py``, seeds 201 and 202, section hautoB of ``tools/mutation_catalogue.py``)
and the whole-suite coverage report found unguarded.  By class, not one mutant at a time:

* every range / shape check of the nn front-ends on both sides of its boundary, with its exact
  message (0.3.1's THNN ``THArgCheck`` / ``THError`` texts, ``torch/nn/functional.py``
  conditions, ``csrc/autograd/functions/convolution.cpp``); the message is matched, not only
  the type, so a mis-formatted message (a ``%`` turned into ``//``, a wrong tuple index) fails;
* the autograd front-end's rarer paths: hooks set through ``_backward_hooks``, ``backward``'s
  argument checks, the Variable protocol methods;
* the optimizers' and schedulers' less common options;
* the ``nn.Module`` bookkeeping errors (0.3.1 ``torch/nn/modules/module.py``).
"""
import re
from collections import OrderedDict

import numpy as np
import pytest

import legacy_autograd as L
from legacy_autograd.autograd import Variable
import legacy_autograd.nn as nn
import legacy_autograd.nn.functional as F
from legacy_values import as_numpy as _np


def _v(*shape):
    a = np.arange(int(np.prod(shape)), dtype=np.float64).reshape(shape) / 7.0
    return Variable(L.DoubleTensor(a), requires_grad=True)


def _li(a):
    return Variable(L.LongTensor(np.array(a, dtype=np.int64)))


# ============================================================ nn front-end checks
# (name, call, exception type, exact message).  Each is paired, where the check has a
# boundary, with a call just inside it in _NN_ACCEPTED below.
_NN_REFUSED = [
    # ---- 3-d convolutions (0.3.1 ConvNd: check_input_shape_forward, convolution.cpp)
    ('conv3d_groups0', lambda: F.conv3d(_v(1, 2, 4, 4, 4), _v(2, 2, 1, 1, 1), groups=0),
     RuntimeError, 'non-positive groups is not supported'),
    ('conv3d_channels', lambda: F.conv3d(_v(1, 2, 4, 4, 4), _v(2, 3, 1, 1, 1)),
     RuntimeError, 'Given groups=1, weight[2, 3, 1, 1, 1], so expected input[1, 2, 4, 4, 4] '
                   'to have 3 channels, but got 2 channels instead'),
    ('conv3d_stride0', lambda: F.conv3d(_v(1, 2, 4, 4, 4), _v(2, 2, 1, 1, 1), stride=(1, 0, 1)),
     RuntimeError, 'stride and dilation should be greater than zero and padding non-negative, '
                   'but got stride=(1, 0, 1), padding=(0, 0, 0), dilation=(1, 1, 1)'),
    ('conv3d_dilation0', lambda: F.conv3d(_v(1, 2, 4, 4, 4), _v(2, 2, 1, 1, 1),
                                          dilation=(1, 1, 0)),
     RuntimeError, 'stride and dilation should be greater than zero and padding non-negative, '
                   'but got stride=(1, 1, 1), padding=(0, 0, 0), dilation=(1, 1, 0)'),
    ('conv3d_negpad', lambda: F.conv3d(_v(1, 2, 4, 4, 4), _v(2, 2, 1, 1, 1), padding=(0, -1, 0)),
     RuntimeError, 'negative padding is not supported'),     # ConvForward::apply, first
    ('conv3d_too_small', lambda: F.conv3d(_v(1, 2, 4, 4, 4), _v(2, 2, 5, 1, 1)),
     RuntimeError, 'Given input size: (2x4x4x4). Calculated output size: (2x0x4x4). '
                   'Output size is too small'),
    ('conv3d_too_small_w', lambda: F.conv3d(_v(1, 2, 4, 4, 4), _v(2, 2, 1, 1, 3), padding=(1, 0, 0),
                                            dilation=(1, 1, 2)),
     RuntimeError, 'Given input size: (2x4x4x4). Calculated output size: (2x6x4x0). '
                   'Output size is too small'),
    ('conv3d_4d_input', lambda: F.conv3d(_v(1, 2, 4, 4), _v(2, 2, 1, 1, 1)),
     ValueError, 'Expected 5D tensor as input, got 4D tensor instead.'),
    ('conv_transpose3d_4d_input', lambda: F.conv_transpose3d(_v(1, 2, 4, 4), _v(2, 2, 1, 1, 1)),
     ValueError, 'Expected 5D tensor as input, got 4D tensor instead.'),
    ('conv_transpose3d_too_small', lambda: F.conv_transpose3d(_v(1, 2, 1, 2, 2),
                                                              _v(2, 2, 1, 1, 1), padding=(1, 0, 0)),
     RuntimeError, 'Given input size: (2x1x2x2). Calculated output size: (2x-1x2x2). '
                   'Output size is too small'),
    ('conv_transpose3d_too_small_h', lambda: F.conv_transpose3d(_v(1, 2, 1, 2, 2),
                                                                _v(2, 3, 1, 1, 1), padding=(0, 1, 0)),
     RuntimeError, 'Given input size: (2x1x2x2). Calculated output size: (3x1x0x2). '
                   'Output size is too small'),
    # ---- 2-d convolutions
    ('conv2d_groups0', lambda: F.conv2d(_v(1, 2, 4, 4), _v(2, 2, 1, 1), groups=0),
     RuntimeError, 'non-positive groups is not supported'),
    ('conv2d_out_channels', lambda: F.conv2d(_v(1, 2, 4, 4), _v(3, 1, 1, 1), groups=2),
     RuntimeError, 'Given groups=2, weight[3, 1, 1, 1]: the number of output channels 3 is not '
                   'divisible by groups'),
    ('conv_transpose2d_in_channels', lambda: F.conv_transpose2d(_v(1, 3, 2, 2), _v(3, 1, 1, 1),
                                                                groups=2),
     RuntimeError, 'Given groups=2, weight[3, 1, 1, 1]: the number of input channels 3 is not '
                   'divisible by groups'),
    ('conv_transpose2d_neg_output_padding',
     lambda: F.conv_transpose2d(_v(1, 2, 4, 4), _v(2, 2, 1, 1), output_padding=-1),
     RuntimeError, 'negative output_padding is not supported'),
    ('conv_transpose2d_groups0', lambda: F.conv_transpose2d(_v(1, 2, 4, 4), _v(2, 2, 1, 1),
                                                            groups=0),
     RuntimeError, 'non-positive groups is not supported'),
    ('conv_transpose2d_too_small', lambda: F.conv_transpose2d(_v(1, 2, 1, 1), _v(2, 2, 1, 1),
                                                              padding=1),
     RuntimeError, 'Given input size: (2 x 1 x 1). Calculated output size: (2 x -1 x -1). '
                   'Output size is too small'),
    ('conv_transpose1d_too_small', lambda: F.conv_transpose1d(_v(1, 2, 1), _v(2, 2, 1), padding=1),
     RuntimeError, 'Given input size: (2 x 1 x 1). Calculated output size: (2 x 1 x -1). '
                   'Output size is too small'),
    ('conv1d_too_small', lambda: F.conv1d(_v(1, 2, 4), _v(2, 2, 5)),
     RuntimeError, 'Given input size: (2 x 1 x 4). Calculated output size: (2 x 1 x 0). '
                   'Output size is too small'),
    ('max_pool2d_dilation0', lambda: F.max_pool2d(_v(1, 2, 4, 4), 2, dilation=(1, 0)),
     RuntimeError, 'dilation should be greater than zero, but got dilationH: 1 dilationW: 0'),
    # ---- 2-d / 1-d average pooling (THNN SpatialAveragePooling shapeCheck)
    ('avg_pool1d_pad', lambda: F.avg_pool1d(_v(1, 2, 4), 2, padding=2),
     RuntimeError, 'pad should be smaller than half of kernel size, but got padW = 0, '
                   'padH = 2, kW = 1, kH = 2'),
    ('avg_pool2d_pad_w', lambda: F.avg_pool2d(_v(1, 2, 4, 4), 2, padding=(0, 2)),
     RuntimeError, 'pad should be smaller than half of kernel size, but got padW = 2, '
                   'padH = 0, kW = 2, kH = 2'),
    ('avg_pool2d_pad_h', lambda: F.avg_pool2d(_v(1, 2, 4, 4), (4, 2), padding=(3, 0)),
     RuntimeError, 'pad should be smaller than half of kernel size, but got padW = 0, '
                   'padH = 3, kW = 2, kH = 4'),
    ('avg_pool2d_too_small', lambda: F.avg_pool2d(_v(1, 2, 4, 4), 5),
     RuntimeError, 'Given input size: (2x4x4). Calculated output size: (2x0x0). '
                   'Output size is too small'),
    ('avg_pool2d_negative_pad', lambda: F.avg_pool2d(_v(1, 2, 4, 4), 2, padding=(0, -1)),
     RuntimeError, 'pad should be non-negative, but got padW = -1, padH = 0'),
    # ---- 3-d pooling (THNN VolumetricDilatedMaxPooling / VolumetricAveragePooling)
    ('max_pool3d_3d_input', lambda: F.max_pool3d(_v(1, 2, 4), 2),
     RuntimeError, '4D or 5D (batch mode) tensor expected for input, but got: [1 x 2 x 4]'),
    ('max_pool3d_stride0', lambda: F.max_pool3d(_v(1, 2, 4, 4, 4), 2, stride=(1, 0, 1)),
     RuntimeError, 'stride should be greater than zero, but got dT: 1 dH: 0 dW: 1'),
    ('max_pool3d_dilation0', lambda: F.max_pool3d(_v(1, 2, 4, 4, 4), 2, dilation=(1, 1, 0)),
     RuntimeError, 'dilation should be greater than 0, but got dilationT: 1 dilationH: 1 '
                   'dilationW: 0'),
    ('max_pool3d_pad_w', lambda: F.max_pool3d(_v(1, 2, 4, 4, 4), (2, 2, 2), padding=(0, 0, 2)),
     RuntimeError, 'pad should be smaller than half of kernel size, but got kT: 2 kW: 2, kH: 2, '
                   'padT: 0, padW: 2, padH: 0'),
    ('max_pool3d_too_small', lambda: F.max_pool3d(_v(1, 2, 4, 4, 4), 2, dilation=(4, 1, 1)),
     RuntimeError, 'Given input size: (2x4x4x4). Calculated output size: (2x0x2x2). '
                   'Output size is too small'),
    ('adaptive_max_pool1d_4d', lambda: F.adaptive_max_pool1d(_v(1, 2, 4, 4), 2),
     ValueError, 'expected 3D input (got 4D input)'),
    ('adaptive_max_pool3d_3d', lambda: F.adaptive_max_pool3d(_v(1, 2, 4), 2),
     RuntimeError, '4D or 5D (batch mode) tensor expected for input, but got: [1 x 2 x 4]'),
    ('adaptive_avg_pool1d_4d', lambda: F.adaptive_avg_pool1d(_v(1, 2, 4, 4), 2),
     ValueError, 'expected 3D input (got 4D input)'),
    ('adaptive_avg_pool3d_3d', lambda: F.adaptive_avg_pool3d(_v(1, 2, 4), 2),
     RuntimeError, '4D or 5D (batch mode) tensor expected for input, but got: [1 x 2 x 4]'),
    ('avg_pool3d_3d_input', lambda: F.avg_pool3d(_v(1, 2, 4), 2),
     RuntimeError, '4D or 5D (batch mode) tensor expected for input, but got: [1 x 2 x 4]'),
    ('avg_pool3d_pad_h', lambda: F.avg_pool3d(_v(1, 2, 4, 4, 4), (2, 2, 4), padding=(0, 2, 1)),
     RuntimeError, 'pad should not be greater than half of kernel size, but got padT = 0, '
                   'padW = 1, padH = 2, kT = 2, kW = 4, kH = 2'),
    ('avg_pool3d_kernel0', lambda: F.avg_pool3d(_v(1, 2, 4, 4, 4), (2, 0, 2)),
     RuntimeError, 'kernel size should be greater than zero, but got kT: 2 kH: 0 kW: 2'),
    ('avg_pool3d_stride0', lambda: F.avg_pool3d(_v(1, 2, 4, 4, 4), 2, (1, 1, 0)),
     RuntimeError, 'stride should be greater than zero, but got dT: 1 dH: 1 dW: 0'),
    ('max_pool3d_kernel0', lambda: F.max_pool3d(_v(1, 2, 4, 4, 4), (0, 2, 2)),
     RuntimeError, 'kernel size should be greater than zero, but got kT: 0 kH: 2 kW: 2'),
    ('max_pool3d_kernel_before_dim', lambda: F.max_pool3d(_v(2, 4), (2, 2, 0)),
     RuntimeError, 'kernel size should be greater than zero, but got kT: 2 kH: 2 kW: 0'),
    ('avg_pool3d_too_small', lambda: F.avg_pool3d(_v(1, 2, 4, 4, 4), (5, 2, 2)),
     RuntimeError, 'Given input size: (2x4x4x4). Calculated output size: (2x0x2x2). '
                   'Output size is too small'),
    # ---- unpooling (0.3.1 functional._unpool_output_size; THNN Spatial/VolumetricMaxUnpooling
    # updateOutput: THNN_CHECK_SHAPE_INDICES, and the LAST invalid index is the one reported)
    ('max_unpool2d_output_size_len',
     lambda: F.max_unpool2d(_v(1, 1, 2, 2), _li(np.zeros((1, 1, 2, 2))), 2, 2, output_size=(4,)),
     ValueError, "output_size should be a sequence containing 2 or 4 elements, but it has a "
                 "length of '1'"),
    ('max_unpool2d_output_size_range',
     lambda: F.max_unpool2d(_v(1, 1, 2, 2), _li(np.zeros((1, 1, 2, 2))), 2, 2,
                            output_size=(6, 4)),
     ValueError, 'invalid output_size "[6, 4]" (dim 0 must be between 2 and 6)'),
    ('max_unpool2d_output_size_low',
     lambda: F.max_unpool2d(_v(1, 1, 2, 2), _li(np.zeros((1, 1, 2, 2))), 2, 2,
                            output_size=(4, 2)),
     ValueError, 'invalid output_size "[4, 2]" (dim 1 must be between 2 and 6)'),
    ('max_unpool2d_shapes', lambda: F.max_unpool2d(_v(1, 1, 2, 2), _li(np.zeros((1, 1, 2, 1))),
                                                   2, 2),
     RuntimeError, 'input and indices shapes do not match: input [1 x 1 x 2 x 2], '
                   'indices [1 x 1 x 2 x 1]'),
    ('max_unpool2d_index_high',
     lambda: F.max_unpool2d(_v(1, 1, 2, 2), _li(np.array([[[[0, 16], [17, 2]]]])), 2, 2),
     RuntimeError, 'found an invalid max index 17 (output volumes are of size 4x4)'),
    ('max_unpool2d_index_negative',
     lambda: F.max_unpool2d(_v(1, 1, 2, 2), _li(np.array([[[[0, 1], [-1, 2]]]])), 2, 2),
     RuntimeError, 'found an invalid max index -1 (output volumes are of size 4x4)'),
    ('max_unpool1d_index_high',
     lambda: F.max_unpool1d(_v(1, 1, 2), _li(np.array([[[0, 4]]])), 2, 2),
     RuntimeError, 'found an invalid max index 4 (output volumes are of size 4x1)'),
    ('max_unpool3d_shapes',
     lambda: F.max_unpool3d(_v(1, 1, 2, 2, 2), _li(np.zeros((1, 1, 2, 2, 1))), 2, 2),
     RuntimeError, 'input and indices shapes do not match: input [1 x 1 x 2 x 2 x 2], '
                   'indices [1 x 1 x 2 x 2 x 1]'),
    # packed offsets: w offset 2 (2 << 16) leaves the 4-wide output at the second column
    ('max_unpool3d_index_w',
     lambda: F.max_unpool3d(_v(1, 2, 2, 2, 2), _li(np.full((1, 2, 2, 2, 2), 2 << 16)), 2, 2),
     RuntimeError, 'found an invalid max index 108 (output volumes are of size 4x4x4)'),
    ('max_unpool3d_index_t',
     lambda: F.max_unpool3d(_v(1, 1, 2, 2, 2), _li(np.full((1, 1, 2, 2, 2), 2)), 2, 2),
     RuntimeError, 'found an invalid max index 74 (output volumes are of size 4x4x4)'),
    ('max_unpool3d_index_h',
     lambda: F.max_unpool3d(_v(1, 1, 2, 2, 2), _li(np.full((1, 1, 2, 2, 2), 2 << 8)), 2, 2),
     RuntimeError, 'found an invalid max index 50 (output volumes are of size 4x4x4)'),
    # ---- fractional max pooling (THNN SpatialFractionalMaxPooling)
    ('fractional_2d_input', lambda: nn.FractionalMaxPool2d(2, output_size=1)(_v(2, 4)),
     RuntimeError, '3D or 4D (batch mode) tensor expected for input, but got: [2 x 4]'),
    ('fractional_width', lambda: nn.FractionalMaxPool2d((1, 2), output_size=(2, 4))(
        _v(1, 2, 4, 4)),
     RuntimeError, 'poolSizeW (2) too large relative to input width (4)'),
    ('fractional_height', lambda: nn.FractionalMaxPool2d((2, 1), output_size=(4, 2))(
        _v(1, 2, 4, 4)),
     RuntimeError, 'poolSizeH (2) too large relative to input height (4)'),
    ('fractional_no_size', lambda: nn.FractionalMaxPool2d(2),
     ValueError, 'FractionalMaxPool2d requires specifying either an output size, or a pooling '
                 'ratio'),
    # ---- batch norm
    ('batch_norm_1d', lambda: F.batch_norm(_v(3), None, None, training=True),
     ValueError, 'Expected 2D or more input to batch_norm (got 1D input)'),
    ('batch_norm_weight', lambda: F.batch_norm(_v(2, 3), None, None, _v(2), training=True),
     RuntimeError, 'weight should contain 3 elements not 2'),
    ('batch_norm_bias', lambda: F.batch_norm(_v(2, 3), None, None, _v(3), _v(4), training=True),
     RuntimeError, 'bias should contain 3 elements not 4'),
    ('batch_norm_running_mean', lambda: F.batch_norm(_v(2, 3), L.DoubleTensor(2), None,
                                                     training=True),
     RuntimeError, 'running_mean should contain 3 elements not 2'),
    ('batch_norm_running_var', lambda: F.batch_norm(_v(2, 3), None, L.DoubleTensor(5),
                                                    training=True),
     RuntimeError, 'running_var should contain 3 elements not 5'),
    ('batch_norm_eval', lambda: F.batch_norm(_v(2, 3), None, None, training=False),
     RuntimeError, 'running_mean and running_var must be defined in evaluation mode'),
    # ---- pad (0.3.1 F.pad / ConstantPadNd / ReflectionPad / ReplicationPad)
    ('pad_negative_total', lambda: F.pad(_v(1, 2, 4, 4), (-3, -2)),
     RuntimeError, 'padding (-3, -2) would make dimension 3 of input [1, 2, 4, 4] negative'),
    ('pad_reflect_3d_len', lambda: F.pad(_v(1, 2, 4), (1, 1, 1, 1), 'reflect'),
     AssertionError, '3D tensors expect 2 values for padding'),
    ('pad_replicate_5d_len', lambda: F.pad(_v(1, 1, 2, 2, 2), (1, 1), 'replicate'),
     AssertionError, '5D tensors expect 6 values for padding'),
    ('pad_reflect_2d', lambda: F.pad(_v(2, 3), (1, 1), 'reflect'),
     NotImplementedError, 'Only 3D, 4D, 5D padding with non-constant padding are supported for '
                          'now'),
    ('pad_unknown_mode', lambda: F.pad(_v(1, 2, 4, 4), (1, 1), 'wrap'),
     NotImplementedError, "pad: unknown mode 'wrap' (expected 'constant', 'reflect' or "
                          "'replicate')"),
]


@pytest.mark.parametrize('name, call, exc, message', _NN_REFUSED,
                         ids=[c[0] for c in _NN_REFUSED])
def test_nn_front_end_checks_refuse_with_their_message(name, call, exc, message):
    with pytest.raises(exc) as info:
        call()
    assert type(info.value) is exc
    assert str(info.value) == message


def test_reflect_pad_of_5d_input_is_not_implemented():
    # 0.3.1 F.pad: ``raise NotImplementedError`` (no message) for 5-d reflect
    with pytest.raises(NotImplementedError) as info:
        F.pad(_v(1, 1, 2, 2, 2), (1,) * 6, 'reflect')
    assert str(info.value) == ''


# the call just inside each boundary above, with its output shape
_NN_ACCEPTED = [
    ('conv3d_pad_0', lambda: F.conv3d(_v(1, 2, 4, 4, 4), _v(2, 2, 1, 1, 1), padding=(0, 0, 0)),
     (1, 2, 4, 4, 4)),
    ('conv3d_output_1', lambda: F.conv3d(_v(1, 2, 4, 4, 4), _v(2, 2, 4, 1, 1)), (1, 2, 1, 4, 4)),
    ('conv_transpose3d_output_1', lambda: F.conv_transpose3d(_v(1, 2, 1, 2, 2), _v(2, 2, 3, 1, 1),
                                                             padding=(1, 0, 0)), (1, 2, 1, 2, 2)),
    ('conv1d_output_1', lambda: F.conv1d(_v(1, 2, 4), _v(2, 2, 4)), (1, 2, 1)),
    ('avg_pool1d_half_kernel', lambda: F.avg_pool1d(_v(1, 2, 4), 2, padding=1), (1, 2, 3)),
    ('avg_pool2d_half_kernel', lambda: F.avg_pool2d(_v(1, 2, 4, 4), (4, 2), padding=(2, 1)),
     (1, 2, 2, 3)),
    ('avg_pool2d_output_1', lambda: F.avg_pool2d(_v(1, 2, 4, 4), 4), (1, 2, 1, 1)),
    ('max_pool3d_half_kernel', lambda: F.max_pool3d(_v(1, 2, 4, 4, 4), 2, padding=1),
     (1, 2, 3, 3, 3)),
    ('max_pool3d_output_1', lambda: F.max_pool3d(_v(1, 2, 4, 4, 4), 2, dilation=(3, 1, 1)),
     (1, 2, 1, 2, 2)),
    ('max_pool3d_4d', lambda: F.max_pool3d(_v(2, 4, 4, 4), 2), (2, 2, 2, 2)),
    ('avg_pool3d_half_kernel', lambda: F.avg_pool3d(_v(1, 2, 4, 4, 4), 2, padding=1),
     (1, 2, 3, 3, 3)),
    ('avg_pool3d_output_1', lambda: F.avg_pool3d(_v(1, 2, 4, 4, 4), (4, 2, 2)), (1, 2, 1, 2, 2)),
    ('avg_pool3d_4d', lambda: F.avg_pool3d(_v(2, 4, 4, 4), 2), (2, 2, 2, 2)),
    ('adaptive_max_pool3d_4d', lambda: F.adaptive_max_pool3d(_v(2, 4, 4, 4), 2), (2, 2, 2, 2)),
    ('adaptive_avg_pool3d_4d', lambda: F.adaptive_avg_pool3d(_v(2, 4, 4, 4), 2), (2, 2, 2, 2)),
    ('max_unpool2d_output_size_edges',
     lambda: F.max_unpool2d(_v(1, 1, 2, 2), _li(np.zeros((1, 1, 2, 2))), 2, 2,
                            output_size=(5, 3)), (1, 1, 5, 3)),
    ('max_unpool2d_output_size_4',
     lambda: F.max_unpool2d(_v(1, 1, 2, 2), _li(np.zeros((1, 1, 2, 2))), 2, 2,
                            output_size=(1, 1, 3, 5)), (1, 1, 3, 5)),
    ('max_unpool2d_last_index', lambda: F.max_unpool2d(_v(1, 1, 2, 2),
                                                       _li(np.array([[[[0, 1], [15, 2]]]])), 2, 2),
     (1, 1, 4, 4)),
    ('max_unpool3d_last_offset', lambda: F.max_unpool3d(_v(1, 1, 2, 2, 2),
                                                        _li(np.full((1, 1, 2, 2, 2), 65793)), 2, 2),
     (1, 1, 4, 4, 4)),
    ('fractional_width_fits', lambda: nn.FractionalMaxPool2d((1, 2), output_size=(2, 3))(
        _v(1, 2, 4, 4)), (1, 2, 2, 3)),
    ('fractional_height_fits', lambda: nn.FractionalMaxPool2d((2, 1), output_size=(3, 2))(
        _v(1, 2, 4, 4)), (1, 2, 3, 2)),
]


@pytest.mark.parametrize('name, call, shape', _NN_ACCEPTED, ids=[c[0] for c in _NN_ACCEPTED])
def test_nn_front_end_checks_accept_their_boundary(name, call, shape):
    out = call()
    if isinstance(out, tuple):
        out = out[0]
    assert tuple(out.size()) == shape


def test_max_unpool3d_places_values_at_packed_offsets(torch):
    # the packed (t | h << 8 | w << 16) kernel offsets of max_pool3d, read back by
    # max_unpool3d: compared with modern torch's flat-index pooling round trip
    x = np.random.RandomState(3).rand(1, 2, 4, 4, 4)
    xv = Variable(L.DoubleTensor(x), requires_grad=True)
    out, idx = F.max_pool3d(xv, 2, 2, return_indices=True)
    back = F.max_unpool3d(out, idx, 2, 2)
    back.sum().backward()
    t = torch.tensor(x)
    o, i = torch.nn.functional.max_pool3d(t, 2, 2, return_indices=True)
    want = torch.nn.functional.max_unpool3d(o, i, 2, 2)
    assert _np(back).tolist() == want.tolist()
    assert _np(xv.grad).tolist() == (want != 0).double().tolist()


# ============================================================ autograd front-end
def test_hooks_set_through_backward_hooks_reach_a_used_leaf():
    # 0.3.1 THPVariable_set_backwards_hooks replaces the Variable's hooks, which a leaf's
    # AccumulateGrad runs (accumulate_grad.cpp): also when the accumulator already exists
    x = Variable(L.DoubleTensor([1.0, 2.0]), requires_grad=True)
    y = x * 3                                   # x's accumulator is created here
    seen = []
    x._backward_hooks = OrderedDict([(0, lambda g: seen.append(_np(g).tolist()) or g * 2)])
    y.sum().backward()
    assert seen == [[3.0, 3.0]]
    assert _np(x.grad).tolist() == [6.0, 6.0]
    x._backward_hooks = None                    # removed again
    x.grad.data.zero_()
    (x * 3).sum().backward()
    assert seen == [[3.0, 3.0]]
    assert _np(x.grad).tolist() == [3.0, 3.0]


def test_register_hook_on_a_used_leaf_runs():
    x = Variable(L.DoubleTensor([1.0, 2.0]), requires_grad=True)
    y = x * 2
    h = x.register_hook(lambda g: g + 1)
    y.sum().backward()
    assert _np(x.grad).tolist() == [3.0, 3.0]
    h.remove()
    x.grad.data.zero_()
    (x * 2).sum().backward()
    assert _np(x.grad).tolist() == [2.0, 2.0]


def test_backward_with_a_missing_gradient():
    # 0.3.1 autograd._make_grads: None is ones for a one-element output, refused otherwise
    x = Variable(L.DoubleTensor([1.0, 2.0]), requires_grad=True)
    y = x * 2
    with pytest.raises(RuntimeError) as info:
        L.autograd.backward([y], [None])
    assert str(info.value) == 'grad can be implicitly created only for scalar outputs'
    L.autograd.backward([y.sum(), x * 3], [None, Variable(L.DoubleTensor([1.0, 2.0]))])
    assert _np(x.grad).tolist() == [5.0, 8.0]
    with pytest.raises(TypeError) as info:
        L.autograd.backward([y], [3])
    assert str(info.value) == 'gradients can be either Tensors, Variables or None, but got int'


def test_variable_protocol_methods():
    x = Variable(L.DoubleTensor([[1.5, 2.0, 3.0]]), requires_grad=True)
    assert x.shape == L.Size([1, 3]) and type(x.shape) is L.Size
    assert x.is_cuda is False
    assert hash(x) == id(x) and hash(x) != hash(Variable(L.DoubleTensor([1.5])))
    assert float(Variable(L.DoubleTensor([1.5]))) == 1.5
    assert int(Variable(L.DoubleTensor([2.75]))) == 2
    for name in ('cpu', 'pin_memory', 'share_memory_'):
        assert getattr(x, name)() is x
    assert x.is_pinned() is False
    with pytest.raises(AttributeError) as info:
        x.retains_grad
    assert str(info.value) == "'Variable' object has no attribute 'retains_grad'"
    y = x * 2
    y.retain_grad()
    assert y.retains_grad is True
    y.retain_grad()                             # a second call changes nothing
    y.sum().backward()
    assert _np(y.grad).tolist() == [[1.0, 1.0, 1.0]]
    x.retain_grad()                             # a no-op on a leaf
    with pytest.raises(AttributeError):
        x.retains_grad


class _Nested(L.autograd.function.NestedIOFunction):
    def forward_extended(self, a, bc):
        b, c = bc
        self.save_for_backward(a, (b, c))
        return (a * b, [c * 2])

    def backward_extended(self, g1, g2list):
        a, (b, c) = self.saved_tensors
        return g1 * b, (g1 * a, g2list[0] * 2)


def test_nested_io_function_nests_inputs_outputs_saved_tensors_and_gradients():
    a = Variable(L.DoubleTensor([1., 2.]), requires_grad=True)
    b = Variable(L.DoubleTensor([3., 4.]), requires_grad=True)
    c = Variable(L.DoubleTensor([5., 6.]), requires_grad=True)
    out = _Nested()(a, (b, c))
    assert type(out) is tuple and type(out[1]) is list and len(out[1]) == 1
    assert _np(out[0]).tolist() == [3.0, 8.0] and _np(out[1][0]).tolist() == [10.0, 12.0]
    (out[0].sum() + out[1][0].sum() * 3).backward()
    assert _np(a.grad).tolist() == [3.0, 4.0]
    assert _np(b.grad).tolist() == [1.0, 2.0]
    assert _np(c.grad).tolist() == [6.0, 6.0]
    with pytest.raises(ValueError) as info:
        _Nested()(a, (b, 3))
    assert str(info.value) == ("NestedIOFunction doesn't know how to process an input object "
                               "of type int")         # 0.3.1's text


def test_stochastic_function_needs_its_reward():
    class St(L.autograd.function.StochasticFunction):
        def forward(self, x):
            return x.clone()

        def backward(self, r):
            return r * 2
    a = Variable(L.DoubleTensor([1., 2.]), requires_grad=True)
    with pytest.raises(RuntimeError) as info:
        St()(a).sum().backward()
    assert str(info.value) == 'differentiating stochastic functions requires providing a reward'
    s = St()
    y = s(a)
    s._reinforce(L.DoubleTensor([1., 3.]))
    y.sum().backward()
    assert _np(a.grad).tolist() == [2.0, 6.0]


def test_inplace_function_flag_and_executable_flag():
    F_ = L.autograd.function
    assert F_.InplaceFunction().inplace is False
    assert F_.InplaceFunction(True).inplace is True
    f = F_.Function()
    f.requires_grad = False
    assert f.requires_grad is False
    with pytest.raises(TypeError) as info:
        f.requires_grad = 1
    assert str(info.value) == "'is_executable' must be a bool"


# ============================================================ optimizers' rarer options
import legacy_autograd.optim as optim          # noqa: E402


def _linear_lbfgs(c, **kw):
    """LBFGS on the linear loss sum(c * x) from x = 0: the gradient is c at every point, so
    every curvature pair has y = 0 (``ys > 1e-10`` refuses it) and H_diag keeps its first
    value 1.  Returns (x, state)."""
    x = Variable(L.DoubleTensor([0.0] * len(c)), requires_grad=True)
    cv = Variable(L.DoubleTensor(c))
    opt = optim.LBFGS([x], **kw)

    def closure():
        opt.zero_grad()
        loss = (x * cv).sum()
        loss.backward()
        return loss
    ret = opt.step(closure)
    return _np(x).tolist(), opt.state[x], ret


def test_lbfgs_termination_rules_and_first_steps():
    # 0.3.1 lbfgs.py: first direction d = -g, first step t = min(1, 1/sum|g|) * lr, later
    # steps t = lr with d = -H_diag * g; the checks after each step, in this order:
    # n_iter == max_iter, evals >= max_eval (default max_iter * 5 // 4), sum|g| <=
    # tolerance_grad, g.d > -tolerance_change, sum|t d| <= tolerance_change,
    # |loss - prev_loss| < tolerance_change.
    # max_eval = 3 (max_iter 3): step 1 (t = 1/3), step 2 (t = 1, d = -g), then 3 evaluations
    x, st, ret = _linear_lbfgs([1.0, 2.0], max_iter=3)
    assert x == [-1.0 / 3 - 1.0, -2.0 / 3 - 2.0]
    assert st['func_evals'] == 3 and st['n_iter'] == 2 and st['H_diag'] == 1
    assert st['old_dirs'] == [] and st['t'] == 1
    assert ret.data.tolist() == [0.0]
    # max_iter = 1: one step, the loss is not evaluated again
    x, st, _ = _linear_lbfgs([1.0, 2.0], max_iter=1)
    assert x == [-1.0 / 3, -2.0 / 3] and st['func_evals'] == 1
    # g.d = -5 > -10: stop after the first step
    x, st, _ = _linear_lbfgs([1.0, 2.0], tolerance_change=10.0)
    assert x == [-1.0 / 3, -2.0 / 3] and st['func_evals'] == 2 and st['n_iter'] == 1
    # sum|t d| = 1/3 + 2/3 == 1.0 <= 1.0 (g.d = -5 is below -1): stop after the first step
    x, st, _ = _linear_lbfgs([1.0, 2.0], tolerance_change=1.0)
    assert x == [-1.0 / 3, -2.0 / 3] and st['n_iter'] == 1
    # the loss change |-0.25 - 0| < 0.4 while g.d = -0.5 and sum|t d| = 0.5 are not small
    x, st, _ = _linear_lbfgs([0.5, 0.5], lr=0.5, tolerance_change=0.4)
    assert x == [-0.25, -0.25] and st['n_iter'] == 1
    # sum|g| = 3 <= tolerance_grad: no step at all, the loss comes back as a number
    x, st, ret = _linear_lbfgs([1.0, 2.0], tolerance_grad=3.0)
    assert x == [0.0, 0.0] and ret == 0.0 and st['n_iter'] == 0
    # just above it: a step
    x, st, _ = _linear_lbfgs([1.0, 2.0], tolerance_grad=2.999, max_iter=1)
    assert x == [-1.0 / 3, -2.0 / 3]


def test_lbfgs_short_history_against_modern(torch):
    # a quadratic with curvature pairs; history_size=1 drops the older pair.  Modern torch
    # runs the same two-loop recursion; tolerances 0 keep both from stopping early
    A = np.array([[3.0, 0.5, 0.0], [0.5, 2.0, 0.3], [0.0, 0.3, 1.0]])
    b = np.array([1.0, -2.0, 0.5])
    kw = dict(lr=0.8, max_iter=6, history_size=1, tolerance_grad=0.0, tolerance_change=0.0)

    x = Variable(L.DoubleTensor([0.5, 0.5, 0.5]), requires_grad=True)
    Av, bv = Variable(L.DoubleTensor(A)), Variable(L.DoubleTensor(b))
    opt = optim.LBFGS([x], **kw)

    def closure():
        opt.zero_grad()
        loss = (x * Av.mv(x)).sum() * 0.5 - (bv * x).sum()
        loss.backward()
        return loss
    opt.step(closure)
    xt = torch.tensor([0.5, 0.5, 0.5], dtype=torch.float64, requires_grad=True)
    At, bt = torch.tensor(A), torch.tensor(b)
    mopt = torch.optim.LBFGS([xt], **kw)

    def mclosure():
        mopt.zero_grad()
        loss = (xt * (At @ xt)).sum() * 0.5 - (bt * xt).sum()
        loss.backward()
        return loss
    mopt.step(mclosure)
    np.testing.assert_allclose(_np(x), xt.detach().numpy(), rtol=1e-12, atol=1e-14)
    assert len(opt.state[x]['old_dirs']) == 1


def test_optimizers_skip_parameters_without_gradient():
    # 0.3.1: ``if p.grad is None: continue`` in every step
    for make in (lambda P: optim.SGD(P, lr=0.1, momentum=0.5), lambda P: optim.Rprop(P),
                 lambda P: optim.Adam(P), lambda P: optim.Adagrad(P),
                 lambda P: optim.RMSprop(P), lambda P: optim.Adadelta(P),
                 lambda P: optim.Adamax(P), lambda P: optim.ASGD(P)):
        a = Variable(L.DoubleTensor([1.0, 2.0]), requires_grad=True)
        b = Variable(L.DoubleTensor([3.0]), requires_grad=True)
        opt = make([a, b])
        (a * a).sum().backward()
        opt.step()
        assert _np(b).tolist() == [3.0]
        assert _np(a).tolist() != [1.0, 2.0]
        assert opt.state[b].get('step', 0) == 0      # (Adagrad's state exists from the start)


def test_reduce_lr_on_plateau_max_mode_thresholds():
    # 0.3.1 ReduceLROnPlateau._init_is_better, mode 'max': better is a > best * (1 + t)
    # ('rel') or a > best + t ('abs'); with patience 0 every epoch that is not better cuts
    # the learning rate by ``factor``
    for threshold_mode, metrics, want in (
            ('abs', [1.0, 1.5, 1.55, 1.61], [1.0, 1.0, 0.5, 0.5]),
            ('rel', [1.0, 1.5, 1.6, 2.5], [1.0, 0.5, 0.5, 0.5])):
        p = Variable(L.DoubleTensor([1.0]), requires_grad=True)
        opt = optim.SGD([p], lr=1.0)
        sched = optim.lr_scheduler.ReduceLROnPlateau(opt, mode='max', factor=0.5, patience=0,
                                                     threshold=0.5 if threshold_mode == 'rel'
                                                     else 0.05,
                                                     threshold_mode=threshold_mode)
        lrs = []
        for m in metrics:
            sched.step(m)
            lrs.append(opt.param_groups[0]['lr'])
        assert lrs == want, threshold_mode
    with pytest.raises(ValueError) as info:
        optim.lr_scheduler.ReduceLROnPlateau(opt, mode='up')
    assert str(info.value) == 'mode up is unknown!'
    with pytest.raises(ValueError) as info:
        optim.lr_scheduler.ReduceLROnPlateau(opt, threshold_mode='log')
    assert str(info.value) == 'threshold mode log is unknown!'


def test_adagrad_share_memory_keeps_the_state():
    p = Variable(L.DoubleTensor([1.0, 2.0]), requires_grad=True)
    opt = optim.Adagrad([p], lr=0.1)
    before = opt.state[p]['sum']
    assert opt.share_memory() is None
    assert opt.state[p]['sum'] is before and before.is_shared()


# ============================================================ nn.parallel on the CPU
def test_parallel_apply_scatter_gather_on_the_cpu():
    from legacy_autograd.nn.parallel import parallel_apply, data_parallel, scatter, gather
    from legacy_autograd.nn.parallel.scatter_gather import scatter_kwargs
    from legacy_autograd.nn.parallel.parallel_apply import get_a_var
    L.manual_seed(0)
    lin = nn.Linear(3, 2).double()
    x = Variable(L.DoubleTensor(np.arange(12.).reshape(4, 3)), requires_grad=True)
    want = _np(lin(x))
    # one module: run in this thread; several: one thread each; results in input order
    out = parallel_apply([lin], [(x,)])
    assert len(out) == 1 and _np(out[0]).tolist() == want.tolist()
    out = parallel_apply([lin, lin], [(x[2:],), (x[:1],)], ({}, {}), [None, None])
    assert _np(out[0]).tolist() == want[2:].tolist()
    assert _np(out[1]).tolist() == want[:1].tolist()
    with pytest.raises(RuntimeError) as info:         # a worker's exception is re-raised
        parallel_apply([lin], [(Variable(L.DoubleTensor(2, 5).zero_()),)])
    assert str(info.value) == 'size mismatch, m1: [2 x 5], m2: [3 x 2]'
    # data_parallel with device ids: scatter along dim 0, replicas, gather
    y = data_parallel(lin, x, device_ids=[0, 1])
    assert _np(y).tolist() == want.tolist()
    y.sum().backward()
    assert _np(x.grad).tolist() == [_np(lin.weight).sum(0).tolist()] * 4
    assert _np(data_parallel(lin, (x,), device_ids=[0])).tolist() == want.tolist()
    # 0.3.1 scatter_map: lists and dicts element by element, other objects copied per target
    parts = scatter([x, 3], [0, 1])
    assert [p[1] for p in parts] == [3, 3]
    assert [tuple(p[0].size()) for p in parts] == [(2, 3), (2, 3)]
    parts = scatter({'a': x}, [0, 1])
    assert [list(p) for p in parts] == [['a'], ['a']]
    assert _np(parts[1]['a']).tolist() == _np(x)[2:].tolist()
    ins, kws = scatter_kwargs((x,), {'k': x}, [0, 1])
    assert len(ins) == 2 and [list(k) for k in kws] == [['k'], ['k']]
    ins, kws = scatter_kwargs((x,), None, [0, 1])
    assert kws == ({}, {})
    ins, kws = scatter_kwargs((), {'k': x}, [0, 1])
    assert ins == ((), ())
    assert gather([None, None], 0) is None
    g = gather([(x, x[:1]), (x, x[:1])], 0)
    assert type(g) is tuple and [tuple(t.size()) for t in g] == [(8, 3), (2, 3)]
    assert get_a_var(x) is x and get_a_var([1, (2, x)]) is x and get_a_var({'a': x}) is x
    assert get_a_var(3) is None and get_a_var([1, 2]) is None


def test_data_parallel_module_without_cuda_runs_the_module():
    L.manual_seed(0)
    lin = nn.Linear(3, 2).double()
    dp = nn.DataParallel(lin)
    assert dp.device_ids == [] and dp.module is lin
    x = Variable(L.DoubleTensor(np.arange(6.).reshape(2, 3)))
    assert _np(dp(x)).tolist() == _np(lin(x)).tolist()
    with pytest.raises(RuntimeError) as info:
        nn.parallel.DistributedDataParallel(lin)
    assert str(info.value).startswith('DistributedDataParallel needs torch.distributed and CUDA')


# ============================================================ nn.Module bookkeeping
class _Bare(nn.Module):
    pass


class _Early(nn.Module):
    def __init__(self, what):
        if what == 'param':
            self.w = nn.Parameter(L.DoubleTensor([1.0]))
        elif what == 'module':
            self.m = nn.Linear(1, 1)
        else:
            self.register_parameter('w', None)


def test_module_registration_errors():
    # 0.3.1 torch/nn/modules/module.py
    m = _Bare()
    m.x = 3
    with pytest.raises(KeyError) as info:
        m.register_buffer('x', L.DoubleTensor([1.0]))
    assert info.value.args[0] == "attribute 'x' already exists"
    with pytest.raises(KeyError) as info:
        m.register_parameter('x', None)
    assert info.value.args[0] == "attribute 'x' already exists"
    with pytest.raises(KeyError) as info:
        m.add_module('x', nn.ReLU())
    assert info.value.args[0] == "attribute 'x' already exists"
    with pytest.raises(TypeError) as info:
        m.add_module('y', 3)
    assert str(info.value) == 'int is not a Module subclass'
    m.add_module('none', None)
    assert m._modules['none'] is None
    w = nn.Parameter(L.DoubleTensor([1.0]))
    with pytest.raises(TypeError) as info:
        m.register_parameter('plain', w * 2)
    assert str(info.value) == ("cannot assign 'torch.autograd.variable.Variable' object to "
                               "parameter 'plain' (torch.nn.Parameter or None required)")
    with pytest.raises(ValueError) as info:
        m.register_parameter('nonleaf', _nonleaf_parameter())
    assert str(info.value) == (
        "Cannot assign non-leaf Variable to parameter 'nonleaf'. Model parameters must be "
        "created explicitly. To express 'nonleaf' as a function of another variable, compute "
        "the value in the forward() method.")
    for what, message in (('param', 'cannot assign parameters before Module.__init__() call'),
                          ('module', 'cannot assign module before Module.__init__() call'),
                          ('register', 'cannot assign parameter before Module.__init__() call')):
        with pytest.raises(AttributeError) as info:
            _Early(what)
        assert str(info.value) == message
    with pytest.raises(NotImplementedError):
        _Bare()(L.DoubleTensor([1.0]))


def _nonleaf_parameter():
    p = nn.Parameter(L.DoubleTensor([1.0]))
    q = p * 2
    q.__class__ = nn.Parameter          # a Parameter with a grad_fn
    return q


def test_module_setattr_and_delattr_route_by_kind():
    m = nn.Linear(2, 1)
    with pytest.raises(TypeError) as info:
        m.weight = L.DoubleTensor([1.0])
    assert str(info.value) == ("cannot assign 'torch.DoubleTensor' as parameter 'weight' "
                               "(torch.nn.Parameter or None expected)")
    m.weight = None
    assert m._parameters['weight'] is None and m.weight is None
    seq = nn.Sequential(nn.ReLU())
    with pytest.raises(TypeError) as info:
        setattr(seq, '0', 3)
    assert str(info.value) == ("cannot assign 'int' as child module '0' "
                               "(torch.nn.Module or None expected)")
    setattr(seq, '0', None)
    assert seq._modules['0'] is None
    bn = nn.BatchNorm1d(2)
    with pytest.raises(TypeError) as info:
        bn.running_mean = 3
    assert str(info.value) == ("cannot assign 'int' as buffer 'running_mean' "
                               "(torch.Tensor or None expected)")
    bn.running_mean = None
    assert bn._buffers['running_mean'] is None
    new = L.DoubleTensor([1.0, 2.0])
    bn.running_var = new
    assert bn._buffers['running_var'] is new
    # a Parameter replaces a plain attribute / buffer / module of the same name
    b = _Bare()
    b.thing = 5
    b.thing = nn.Parameter(L.DoubleTensor([1.0]))
    assert 'thing' in b._parameters and 'thing' not in b.__dict__
    b.sub = nn.ReLU()
    b.sub = nn.Parameter(L.DoubleTensor([2.0]))
    assert 'sub' in b._parameters and 'sub' not in b._modules
    b.register_buffer('buf', L.DoubleTensor([3.0]))
    b.buf = nn.ReLU()
    assert 'buf' in b._modules and 'buf' not in b._buffers
    for name, store in (('thing', b._parameters), ('buf', b._modules)):
        delattr(b, name)
        assert name not in store
    bn2 = nn.BatchNorm1d(2)
    del bn2.running_mean
    assert 'running_mean' not in bn2._buffers
    b.plain = 1
    del b.plain
    assert not hasattr(b, 'plain')
    with pytest.raises(AttributeError):
        del b.missing


def test_module_dir_lists_parameters_buffers_and_modules():
    seq = nn.Sequential(nn.ReLU())
    seq.register_buffer('buf', L.DoubleTensor([1.0]))
    seq.p = nn.Parameter(L.DoubleTensor([1.0]))
    names = dir(seq)
    assert 'buf' in names and 'p' in names and 'forward' in names and '0' not in names
    assert names == sorted(names)


def test_module_apply_converts_gradients_and_buffers():
    L.manual_seed(0)
    m = nn.BatchNorm1d(2)
    m(Variable(L.DoubleTensor([[1.0, 2.0], [3.0, 5.0]]).float())).sum().backward()
    assert type(m.weight.grad.data) is L.FloatTensor
    m.double()
    assert type(m.weight.data) is L.DoubleTensor
    assert type(m.weight.grad.data) is L.DoubleTensor
    assert type(m.running_mean) is L.DoubleTensor
    assert m.cuda() is m and m.cpu() is m
    m.zero_grad()
    assert _np(m.weight.grad).tolist() == [0.0, 0.0]


# ============================================================ backend vocabularies agree
def test_backward_vocabularies_agree_on_their_rarer_words():
    """The words backward formulas are written in exist twice: on arrays
    (``backend_numpy``) and on Variables (``ops.backend_variable``, for double backward).
    The rarer ones give the same values on both."""
    import legacy_autograd.backend_numpy as NB
    import legacy_autograd.ops.backend_variable as VB
    a = np.array([[1.5, -2.0, 0.0], [3.0, 0.5, -1.0]])
    b = np.array([[0.25, 4.0, -3.0], [1.0, 2.0, 5.0]])
    va, vb = Variable(L.DoubleTensor(a), requires_grad=True), Variable(L.DoubleTensor(b))
    cond = a > 0
    cases = [
        ('where', NB.where(cond, a, b), VB.where(cond, va, vb)),
        ('mask', NB.mask(cond, a), VB.mask(cond, va)),
        ('ones_like', NB.ones_like(a), VB.ones_like(va)),
        ('prod_all', NB.prod(a), VB.prod(va)),
        ('prod_dim', NB.prod(a, 1), VB.prod(va, 1)),
        ('prod_keepdim', NB.prod(a, 0, True), VB.prod(va, 0, True)),
        ('unfold', NB.unfold(a, 1, 2, 1), VB.unfold(va, 1, 2, 1)),
        ('sign', NB.sign(a), VB.sign(va)),
    ]
    for name, want, got in cases:
        got = _np(got)
        assert got.shape == np.asarray(want).shape, name
        assert got.tolist() == np.asarray(want).tolist(), name
    assert np.where(cond, a, b).tolist() == NB.where(cond, a, b).tolist()
    assert NB.sign(np.array([3, -2, 0])).tolist() == [1, -1, 0]
    assert NB.prod(a).shape == (1,)
    # the Variable words stay differentiable: d/da sum(where(a > 0, a, b)) = [a > 0]
    VB.where(cond, va, vb).sum().backward()
    assert _np(va.grad).tolist() == cond.astype(np.float64).tolist()


# ============================================================ embedding / embedding_bag
_BAG_REFUSED = [
    ('mode', lambda w, i, o: F.embedding_bag(w, i, o, mode='max'),
     ValueError, "mode needs to be 'sum' or 'mean', but got max"),
    ('indices_grad', lambda w, i, o: F.embedding_bag(
        w, Variable(L.LongTensor([0, 1]), requires_grad=False), o) if False else
        F.embedding_bag(w, _grad_indices(), o),
     AssertionError, "EmbeddingBag doesn't compute the gradient w.r.t. the indices"),
    ('offsets_2d', lambda w, i, o: F.embedding_bag(w, i, _li([[0, 1]])),
     ValueError, 'offsets has to be a 1D Tensor'),
    ('offsets_start', lambda w, i, o: F.embedding_bag(w, i, _li([1, 2])),
     ValueError, 'offsets[0] has to be 0, i.e. the first sequence in the mini-batch has to '
                 'start from position 0.However, got 1'),
    ('offsets_end', lambda w, i, o: F.embedding_bag(w, i, _li([0, 5])),
     ValueError, "offsets[-1] has to be smaller than indices's length (4), but got "
                 "offsets[-1] of 5"),
    ('2d_with_offsets', lambda w, i, o: F.embedding_bag(w, _li([[0, 1], [2, 3]]), o),
     ValueError, "if input is 2D, then offsets has to be None, as input is treated is a "
                 "mini-batch of fixed length sequences. However, found offsets of type "
                 "<class 'torch.autograd.variable.Variable'>"),
    ('3d', lambda w, i, o: F.embedding_bag(w, _li(np.zeros((1, 1, 2))), None),
     ValueError, 'input has to be 1D or 2D Tensor, but got Tensor of dimension 3'),
    ('no_offsets', lambda w, i, o: F.embedding_bag(w, i, None),
     ValueError, 'offsets has to be a 1D Tensor but got None'),
]


def _grad_indices():
    v = Variable(L.DoubleTensor([0.0, 1.0]), requires_grad=True)
    v._data = L.LongTensor([0, 1])
    return v


@pytest.mark.parametrize('name, call, exc, message', _BAG_REFUSED,
                         ids=[c[0] for c in _BAG_REFUSED])
def test_embedding_bag_checks(name, call, exc, message):
    w = Variable(L.DoubleTensor(np.arange(15.).reshape(5, 3)), requires_grad=True)
    with pytest.raises(exc) as info:
        call(w, _li([0, 2, 4, 1]), _li([0, 2]))
    assert str(info.value) == message


def test_embedding_bag_boundaries_and_one_bag(torch):
    w0 = np.arange(15.).reshape(5, 3) / 4.0
    # offsets[-1] == len(indices) is allowed (an empty last bag: zeros in 'sum')
    w = Variable(L.DoubleTensor(w0), requires_grad=True)
    out = F.embedding_bag(w, _li([0, 2, 4, 1]), _li([0, 4]), mode='sum')
    assert _np(out).tolist() == [w0[[0, 2, 4, 1]].sum(0).tolist(), [0.0, 0.0, 0.0]]
    for mode in ('mean', 'sum'):
        w = Variable(L.DoubleTensor(w0), requires_grad=True)
        out = F.embedding_bag(w, _li([3, 1, 3]), _li([0]), mode=mode)      # one bag
        wt = torch.tensor(w0, requires_grad=True)
        want = torch.nn.functional.embedding_bag(torch.tensor([3, 1, 3]), wt,
                                                 torch.tensor([0]), mode=mode)
        assert _np(out).tolist() == want.tolist()
        (out * Variable(L.DoubleTensor([[1.0, 2.0, 3.0]]))).sum().backward()
        (want * torch.tensor([[1.0, 2.0, 3.0]], dtype=torch.float64)).sum().backward()
        assert _np(w.grad).tolist() == wt.grad.tolist()


@pytest.mark.parametrize('norm_type', [1, 2, 3])
def test_max_norm_renormalises_the_rows_looked_up(torch, norm_type):
    # THNN LookupTable_renorm (modern embedding_renorm_ the same): a looked-up row whose
    # p-norm exceeds max_norm is scaled by max_norm / (norm + 1e-7), in place
    w0 = np.array([[3.0, 4.0], [0.1, 0.2], [6.0, -8.0], [1.0, 1.0]])
    for fn in ('embedding', 'embedding_bag'):
        w = Variable(L.DoubleTensor(w0.copy()))
        wt = torch.tensor(w0.copy())
        if fn == 'embedding':
            out = F.embedding(_li([[0, 1, 2]]), w, max_norm=2.0, norm_type=norm_type)
            want = torch.nn.functional.embedding(torch.tensor([[0, 1, 2]]), wt, max_norm=2.0,
                                                 norm_type=norm_type)
        else:
            out = F.embedding_bag(w, _li([0, 1, 2]), _li([0, 1]), max_norm=2.0,
                                  norm_type=norm_type)
            want = torch.nn.functional.embedding_bag(torch.tensor([0, 1, 2]), wt,
                                                     torch.tensor([0, 1]), max_norm=2.0,
                                                     norm_type=norm_type)
        np.testing.assert_allclose(_np(w), wt.numpy(), rtol=1e-15, atol=0)
        np.testing.assert_allclose(_np(out), want.numpy(), rtol=1e-15, atol=0)
        assert _np(w)[3].tolist() == [1.0, 1.0]          # not looked up: untouched


# ============================================================ more nn front-end checks
_NN_REFUSED_2 = [
    ('activation_not_variable', lambda: F.hardshrink(3),
     TypeError, "hardshrink(): argument 'input' (position 1) must be Variable, not int"),
    ('activation_integer', lambda: F.softshrink(Variable(L.LongTensor([1, 2]))),
     RuntimeError, 'softshrink is not implemented for type torch.LongTensor'),
    ('loss_not_variable', lambda: F.binary_cross_entropy(3, _v(2)),
     TypeError, "binary_cross_entropy(): argument 'input' must be Variable, not int"),
    ('glu_dim_high', lambda: F.glu(_v(2, 4), 2),
     IndexError, 'dimension out of range (expected to be in range of [-2, 1], but got 2)'),
    ('glu_dim_low', lambda: F.glu(_v(2, 4), -3),
     IndexError, 'dimension out of range (expected to be in range of [-2, 1], but got -3)'),
    ('glu_odd', lambda: F.glu(_v(2, 3), 1),
     RuntimeError, 'invalid argument 2: Halving dimension must be even. Dim 1 is size 3'),
    ('alpha_dropout_high', lambda: F.alpha_dropout(_v(2), 1.5),
     ValueError, 'dropout probability has to be between 0 and 1, but got 1.5'),
    ('alpha_dropout_low', lambda: F.alpha_dropout(_v(2), -0.5),
     ValueError, 'dropout probability has to be between 0 and 1, but got -0.5'),
    ('dropout_high', lambda: F.dropout(_v(2), 1.5),
     ValueError, 'dropout probability has to be between 0 and 1, but got 1.5'),
    ('dropout_low', lambda: F.dropout(_v(2), -0.1),
     ValueError, 'dropout probability has to be between 0 and 1, but got -0.1'),
    ('upsample_float_scale', lambda: F.upsample(_v(1, 1, 2, 2), scale_factor=1.5),
     ValueError, 'scale_factor must be of integer type or a tuple of integer types'),
    ('upsample_2d_input', lambda: F.upsample(_v(2, 2), scale_factor=2),
     NotImplementedError, 'Input Error: Only 3D, 4D and 5D input Tensors supported (got 2D) '
                          'for the modes: nearest | linear | bilinear | trilinear (got nearest)'),
    ('upsample_mode_dim', lambda: F.upsample(_v(1, 1, 2, 2), scale_factor=2, mode='linear'),
     NotImplementedError, 'Got 4D input, but linear mode needs 3D input'),
    ('nll2d_target_dim', lambda: F.nll_loss(_v(1, 2, 2, 2), _li(np.zeros((1, 2)))),
     RuntimeError, 'invalid argument 3: only batches of spatial targets supported (3D tensors) '
                   'but got targets of dimension: 2'),
    ('nll2d_weight', lambda: F.nll_loss(_v(1, 2, 2, 2), _li(np.zeros((1, 2, 2))),
                                        weight=Variable(L.DoubleTensor([1., 2., 3.]))),
     RuntimeError, 'weight tensor should be defined either for all or no classes'),
    ('nll2d_size', lambda: F.nll_loss(_v(1, 2, 2, 2), _li(np.zeros((1, 2, 3)))),
     RuntimeError, 'size mismatch (got input: 1x2x2x2, target: 1x2x3)'),
    ('nll2d_range_high', lambda: F.nll_loss(_v(1, 2, 2, 2), _li(np.full((1, 2, 2), 2))),
     RuntimeError, "Assertion `cur_target >= 0 && cur_target < n_classes' failed. "),
    ('nll2d_range_low', lambda: F.nll_loss(_v(1, 2, 2, 2), _li(np.full((1, 2, 2), -1))),
     RuntimeError, "Assertion `cur_target >= 0 && cur_target < n_classes' failed. "),
    ('multi_margin_3d', lambda: F.multi_margin_loss(_v(1, 2, 2), _li([0])),
     RuntimeError, 'invalid argument 2: vector or matrix expected'),
    ('multi_margin_weight_2d', lambda: F.multi_margin_loss(_v(2, 3), _li([0, 1]),
                                                           weight=_v(3, 1)),
     ValueError, 'weight must be one-dimensional'),
    ('multi_margin_p3', lambda: F.multi_margin_loss(_v(2, 3), _li([0, 1]), p=3),
     ValueError, 'only p == 1 and p == 2 supported'),
    ('multi_margin_target_size', lambda: F.multi_margin_loss(_v(2, 3), _li([0, 1, 1])),
     RuntimeError, 'invalid argument 3: inconsistent target size'),
    ('multi_margin_target_high', lambda: F.multi_margin_loss(_v(2, 3), _li([0, 3])),
     RuntimeError, 'invalid argument 3: target out of range'),
    ('multi_margin_target_low', lambda: F.multi_margin_loss(_v(2, 3), _li([-1, 0])),
     RuntimeError, 'invalid argument 3: target out of range'),
    ('cross_map_lrn_3d', lambda: nn.CrossMapLRN2d(3)(_v(1, 2, 2)),
     ValueError, 'CrossMapLRN2d: Expected input to be 4D, got 3D instead.'),
    ('batch_norm3d_4d', lambda: nn.BatchNorm3d(2)(_v(2, 2, 2, 2)),
     ValueError, 'expected 5D input (got 4D input)'),
    ('instance_norm1d_check', lambda: nn.InstanceNorm1d(2)._check_input_dim(_v(2, 2)),
     ValueError, 'expected 3D input (got 2D input)'),
    ('instance_norm2d_check', lambda: nn.InstanceNorm2d(2)._check_input_dim(_v(2, 2, 2)),
     ValueError, 'expected 4D input (got 3D input)'),
    ('instance_norm3d_check', lambda: nn.InstanceNorm3d(2)._check_input_dim(_v(2, 2, 2, 2)),
     ValueError, 'expected 5D input (got 4D input)'),
    ('instance_norm3d_features', lambda: nn.InstanceNorm3d(3)._check_input_dim(
        _v(1, 2, 1, 1, 1)),
     ValueError, 'got 2-feature tensor, expected 3'),
    ('replication_pad3d_4d', lambda: nn.ReplicationPad3d(1)(_v(1, 2, 2, 2)),
     NotImplementedError, 'Only 5D input Tensors are supported by ReplicationPad3d (got 4D)'),
    ('conv_transpose_output_size_len', lambda: nn.ConvTranspose2d(1, 1, 3, stride=2).double()(
        _v(1, 1, 3, 3), output_size=(1, 1, 1)),
     ValueError, 'output_size must have 2 or 4 elements (got 3)'),
    ('conv_transpose_output_size_high', lambda: nn.ConvTranspose2d(1, 1, 3, stride=2).double()(
        _v(1, 1, 3, 3), output_size=(9, 9)),
     ValueError, 'requested an output size of [9, 9], but valid sizes range from [7, 7] to '
                 '[8, 8] (for an input of torch.Size([3, 3]))'),
    ('conv_transpose_output_size_low', lambda: nn.ConvTranspose2d(1, 1, 3, stride=2).double()(
        _v(1, 1, 3, 3), output_size=(6, 7)),
     ValueError, 'requested an output size of [6, 7], but valid sizes range from [7, 7] to '
                 '[8, 8] (for an input of torch.Size([3, 3]))'),
    ('rnn_cell_hidden_1d', lambda: nn.RNNCell(2, 3).double()(_v(2, 2), _v(3)),
     RuntimeError, 'hidden must be 2-D (batch, hidden_size), got 1-D'),
    ('packed_sequence_rows', lambda: nn.LSTM(2, 3).double()(
        nn.utils.rnn.PackedSequence(_v(3, 2), [2, 2])),
     RuntimeError, 'PackedSequence: batch_sizes sum to 4, but data has 3 rows'),
]


@pytest.mark.parametrize('name, call, exc, message', _NN_REFUSED_2,
                         ids=[c[0] for c in _NN_REFUSED_2])
def test_more_nn_checks_refuse_with_their_message(name, call, exc, message):
    with pytest.raises(exc) as info:
        call()
    assert type(info.value) is exc
    assert str(info.value) == message


_NN_ACCEPTED_2 = [
    ('glu_last_negative_dim', lambda: F.glu(_v(2, 4), -2), (1, 4)),
    ('alpha_dropout_p1', lambda: F.alpha_dropout(_v(2), 1.0, training=False), (2,)),
    ('alpha_dropout_p0', lambda: F.alpha_dropout(_v(2), 0.0, training=True), (2,)),
    ('dropout_p1', lambda: F.dropout(_v(3), 1.0, training=True), (3,)),
    ('nll2d_last_class', lambda: F.nll_loss(_v(1, 2, 2, 2), _li(np.ones((1, 2, 2))),
                                            reduce=False), (1, 2, 2)),
    ('multi_margin_1d', lambda: F.multi_margin_loss(_v(3), _li([2])), (1,)),
    ('conv_transpose_output_size_low_edge', lambda: nn.ConvTranspose2d(1, 1, 3, stride=2)
     .double()(_v(1, 1, 3, 3), output_size=(7, 8)), (1, 1, 7, 8)),
    ('conv_transpose_output_size_4', lambda: nn.ConvTranspose2d(1, 1, 3, stride=2)
     .double()(_v(1, 1, 3, 3), output_size=(1, 1, 8, 7)), (1, 1, 8, 7)),
    ('instance_norm3d_check_ok', lambda: nn.InstanceNorm3d(2)._check_input_dim(
        _v(1, 2, 1, 1, 1)) or _v(1), (1,)),
]


@pytest.mark.parametrize('name, call, shape', _NN_ACCEPTED_2, ids=[c[0] for c in _NN_ACCEPTED_2])
def test_more_nn_checks_accept_their_boundary(name, call, shape):
    assert tuple(call().size()) == shape


def test_dropout_p1_zeroes_everything_and_keeps_the_gradient_path():
    x = _v(3)
    y = F.dropout(x, 1.0, training=True)
    assert _np(y).tolist() == [0.0, 0.0, 0.0]
    y.sum().backward()
    assert _np(x.grad).tolist() == [0.0, 0.0, 0.0]
    assert F.alpha_dropout(x, 0.0, training=True) is x
    assert F.alpha_dropout(x, 0.5, training=False) is x


# ============================================================ modules run their functional form
def _x(*shape):
    return Variable(L.DoubleTensor(np.random.RandomState(int(np.prod(shape))).randn(*shape)),
                    requires_grad=True)


_MODULE_FORMS = [
    ('AvgPool3d', lambda: nn.AvgPool3d(2, 1, 1, True, False),
     lambda x: F.avg_pool3d(x, 2, 1, 1, True, False), (1, 2, 3, 4, 3)),
    ('AdaptiveMaxPool1d', lambda: nn.AdaptiveMaxPool1d(3, return_indices=True),
     lambda x: F.adaptive_max_pool1d(x, 3, True), (2, 2, 7)),
    ('AdaptiveMaxPool3d', lambda: nn.AdaptiveMaxPool3d((2, 1, 3)),
     lambda x: F.adaptive_max_pool3d(x, (2, 1, 3)), (1, 2, 3, 4, 5)),
    ('AdaptiveAvgPool1d', lambda: nn.AdaptiveAvgPool1d(3),
     lambda x: F.adaptive_avg_pool1d(x, 3), (2, 2, 7)),
    ('AdaptiveAvgPool3d', lambda: nn.AdaptiveAvgPool3d((2, 1, 3)),
     lambda x: F.adaptive_avg_pool3d(x, (2, 1, 3)), (1, 2, 3, 4, 5)),
    ('LPPool2d', lambda: nn.LPPool2d(2, 2, 1), lambda x: F.lp_pool2d(x, 2, 2, 1), (1, 2, 3, 4)),
    ('LPPool1d', lambda: nn.LPPool1d(3, 2, 1, True), lambda x: F.lp_pool1d(x, 3, 2, 1, True),
     (1, 2, 5)),
    ('Softshrink', lambda: nn.Softshrink(0.7), lambda x: F.softshrink(x, 0.7), (2, 5)),
    ('RReLU_eval', lambda: nn.RReLU(0.1, 0.3).eval(),
     lambda x: F.rrelu(x, 0.1, 0.3, False), (2, 5)),
    ('ConstantPad1d', lambda: nn.ConstantPad1d((1, 2), 0.5),
     lambda x: F.pad(x, (1, 2), 'constant', 0.5), (1, 2, 3)),
    ('ReflectionPad1d', lambda: nn.ReflectionPad1d((2, 1)), lambda x: F.pad(x, (2, 1), 'reflect'),
     (1, 2, 4)),
    ('ReplicationPad1d', lambda: nn.ReplicationPad1d(2), lambda x: F.pad(x, (2, 2), 'replicate'),
     (1, 2, 3)),
    ('Hardtanh_old_keywords', lambda: _hardtanh_old_keywords(),
     lambda x: F.hardtanh(x, -0.5, 0.25), (2, 5)),
]


def _hardtanh_old_keywords():
    # 0.3.1: min_value / max_value are deprecated spellings of min_val / max_val
    with pytest.warns(UserWarning) as record:
        m = nn.Hardtanh(min_value=-0.5, max_value=0.25)
    assert [str(r.message) for r in record] == [
        'keyword argument min_value is deprecated and renamed to min_val',
        'keyword argument max_value is deprecated and renamed to max_val']
    return m


@pytest.mark.parametrize('name, make, functional, shape', _MODULE_FORMS,
                         ids=[c[0] for c in _MODULE_FORMS])
def test_modules_run_their_functional_form(name, make, functional, shape):
    m = make()
    x1, x2 = _x(*shape), _x(*shape)
    a, b = m(x1), functional(x2)
    if isinstance(a, tuple):
        assert _np(a[1]).tolist() == _np(b[1]).tolist()
        a, b = a[0], b[0]
    np.testing.assert_array_equal(_np(a), _np(b))          # (NaN where both are NaN)
    a.sum().backward()
    b.sum().backward()
    np.testing.assert_array_equal(_np(x1.grad), _np(x2.grad))


def test_max_unpool_modules_and_embedding_bag_module():
    x = _x(1, 1, 4, 4)
    out, idx = F.max_pool2d(x, 2, 2, return_indices=True)
    m = nn.MaxUnpool2d(2)
    assert repr(m) == 'MaxUnpool2d(kernel_size=(2, 2), stride=(2, 2), padding=(0, 0))'
    assert _np(m(out, idx)).tolist() == _np(F.max_unpool2d(out, idx, 2, 2)).tolist()
    assert tuple(m(out, idx, output_size=(5, 5)).size()) == (1, 1, 5, 5)
    L.manual_seed(1)
    bag = nn.EmbeddingBag(5, 2, max_norm=1.5, norm_type=3, scale_grad_by_freq=True, mode='sum')
    assert repr(bag) == ('EmbeddingBag(5, 2, max_norm=1.5, norm_type=3, '
                         'scale_grad_by_freq=True, mode=sum)')
    assert repr(nn.EmbeddingBag(5, 2)) == 'EmbeddingBag(5, 2, mode=mean)'
    w0 = _np(bag.weight).copy()
    got = bag(_li([0, 4, 4]), _li([0, 1]))
    w = Variable(L.DoubleTensor(w0).float(), requires_grad=True)
    want = F.embedding_bag(w, _li([0, 4, 4]), _li([0, 1]), 1.5, 3, True, 'sum')
    assert _np(got).tolist() == _np(want).tolist()


def test_softmax_module_setstate_defaults_the_dim():
    m = nn.Softmax()
    state = dict(m.__dict__)
    del state['dim']
    m2 = nn.Softmax.__new__(nn.Softmax)
    m2.__setstate__(state)
    assert m2.dim is None
    state['dim'] = 1
    m3 = nn.Softmax.__new__(nn.Softmax)
    m3.__setstate__(state)
    assert m3.dim == 1


def test_poisson_nll_and_multilabel_soft_margin_modules():
    x, t = _x(2, 3), Variable(L.DoubleTensor([[0.0, 1.0, 2.0], [1.0, 0.0, 3.0]]))
    for log_input, full in ((True, False), (False, True)):
        m = nn.PoissonNLLLoss(log_input=log_input, full=full, size_average=False, eps=1e-3)
        xx = x.abs() if not log_input else x
        want = F.poisson_nll_loss(xx, t, log_input, full, False, 1e-3)
        assert _np(m(xx, t)).tolist() == _np(want).tolist()
    m = nn.PoissonNLLLoss(reduce=False)
    assert tuple(m(x, t).size()) == (2, 3)
    y = Variable(L.DoubleTensor([[0.0, 1.0, 1.0], [1.0, 0.0, 0.0]]))
    w = Variable(L.DoubleTensor([1.0, 2.0, 0.5]))
    m = nn.MultiLabelSoftMarginLoss(weight=w, size_average=False)
    assert _np(m(x, y)).tolist() == _np(F.multilabel_soft_margin_loss(x, y, w, False)).tolist()


# ============================================================ gradient accumulation paths
def test_gradient_accumulation_volatile_and_graph_grads():
    # 0.3.1 AccumulateGrad::apply: the first gradient is cloned; a later one is added in place
    # into a volatile .grad (the same Variable, still volatile, even under create_graph) and
    # out of place into a .grad that has a graph (a new Variable, AddBackward1)
    x = Variable(L.DoubleTensor([1., 2.]), requires_grad=True)
    (x * x).sum().backward()
    g0 = x.grad
    assert g0.volatile and not g0.requires_grad
    (x * x).sum().backward(create_graph=True)
    assert x.grad is g0 and _np(g0).tolist() == [4.0, 8.0] and g0.volatile

    x2 = Variable(L.DoubleTensor([1., 2.]), requires_grad=True)
    (x2 * x2).sum().backward(create_graph=True)
    g1 = x2.grad
    assert not g1.volatile and g1.requires_grad and type(g1.grad_fn).__name__ == 'Identity'
    (x2 * x2).sum().backward()
    assert x2.grad is not g1 and _np(g1).tolist() == [2.0, 4.0]
    assert _np(x2.grad).tolist() == [4.0, 8.0] and x2.grad.requires_grad
    assert type(x2.grad.grad_fn).__name__ == 'AddBackward1'
    # a volatile gradient given to a graph-building backward joins the graph as a constant
    x3 = Variable(L.DoubleTensor([1., 2.]), requires_grad=True)
    (x3 * x3).sum().backward(create_graph=True)
    (x3 * x3).sum().backward(Variable(L.DoubleTensor([1.]), volatile=True), create_graph=True)
    assert _np(x3.grad).tolist() == [4.0, 8.0] and not x3.grad.volatile
    # x3.grad = 2x (with a graph) + 2x (the volatile term, a constant): its sum has the
    # derivative 2, accumulated out of place into x3.grad itself: [4 + 2, 8 + 2]
    x3.grad.sum().backward()
    assert _np(x3.grad).tolist() == [6.0, 10.0]


def test_gradient_of_another_type_is_cast_into_grad():
    # a DoubleTensor gradient reaching a FloatTensor leaf is added in the leaf's type
    x = Variable(L.FloatTensor([1., 2.]), requires_grad=True)
    (x * x).sum().backward()
    (x.double() * 3).sum().backward()
    assert type(x.grad.data) is L.FloatTensor and _np(x.grad).tolist() == [5.0, 7.0]


# ============================================================ custom Function bookkeeping
class _Shares(L.autograd.Function):
    """A legacy Function whose forward returns a view of its input and declares the pair."""

    def __init__(self, pairs):
        super(_Shares, self).__init__()
        self.pairs = pairs

    def forward(self, x):
        y = x.view(-1)
        extra = x.new(1).zero_()
        self.mark_shared_storage(*[p(x, y, extra) for p in self.pairs])
        return y

    def backward(self, g):
        return g.view(2, 2)


def test_mark_shared_storage_joins_version_counters_and_checks_its_pairs():
    # 0.3.1 python_function.cpp _join_version_counters (its texts, 'satify' included)
    x = Variable(L.DoubleTensor([[1., 2.], [3., 4.]]), requires_grad=True)
    y = _Shares([lambda x, y, e: (x, y)])(x)
    before = x._version
    y.data.add_(1)
    z = y * 1
    y.mul_(2)                                   # bumps the shared counter
    assert x._version == y._version and x._version > before
    for pairs, message in (
            ([lambda x, y, e: 3], 'mark_shared_storages accepts a number of pairs, but one of '
                                  'the arguments is of type int'),
            ([lambda x, y, e: (x, y, x)], 'mark_shared_storages accepts pairs, but argument 0 '
                                          'is a tuple of 3 elements'),
            ([lambda x, y, e: (x, y), lambda x, y, e: (x, 3)],
             'mark_shared_storages accepts pairs of tensors, but one of them contains '
             'torch.DoubleTensor and int'),
            ([lambda x, y, e: (x, e)], "mark_shared_storages only accepts pairs of input and "
                                       "output tensors, but argument 0 doesn't satify this "
                                       "condition")):
        with pytest.raises(RuntimeError) as info:
            _Shares(pairs)(Variable(L.DoubleTensor([[1., 2.], [3., 4.]]), requires_grad=True))
        assert str(info.value) == message
    del z


class _ReturnsInt(L.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return 3

    @staticmethod
    def backward(ctx, g):
        return g


class _Identity(L.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x

    @staticmethod
    def backward(ctx, g):
        return g * 2


class _DirtyVolatile(L.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.mark_dirty(x)
        return x.add_(1)

    @staticmethod
    def backward(ctx, g):
        return g


def test_function_outputs_forms():
    x = Variable(L.DoubleTensor([1., 2.]), requires_grad=True)
    with pytest.raises(RuntimeError) as info:
        _ReturnsInt.apply(x)
    assert str(info.value) == 'Variable data has to be a tensor, but got int'
    # an unmodified input returned: a new Variable on the same tensor, in the graph
    y = _Identity.apply(x)
    assert y is not x and y.data is x.data
    assert type(y.grad_fn).__name__ == '_IdentityBackward'
    y.sum().backward()
    assert _np(x.grad).tolist() == [2.0, 2.0]
    # a volatile input modified in place stays volatile, without a graph
    v = Variable(L.DoubleTensor([1., 2.]), volatile=True)
    out = _DirtyVolatile.apply(v)
    assert out is v and v.volatile and v.grad_fn is None and _np(v).tolist() == [2.0, 3.0]
    with pytest.raises(NotImplementedError):
        L.autograd.Function.forward(None, x)
    with pytest.raises(NotImplementedError):
        L.autograd.Function.backward(None, x)


# ============================================================ defaults of the backend RNN factory
def test_backend_rnn_factory_trains_by_default():
    # 0.3.1 nn/_functions/rnn.py RNN(..., dropout=0, train=True, ...): the dropout between
    # layers is on unless train=False.  With p = 1 the second layer sees zeros when training,
    # so its output no longer depends on the input
    L.manual_seed(3)
    m = nn.RNN(3, 4, num_layers=2, dropout=1.0)
    x1, x2 = Variable(L.randn(2, 1, 3)), Variable(L.randn(2, 1, 3))
    h = Variable(L.zeros(2, 1, 4))
    train = m._backend.RNN('RNN_TANH', 3, 4, num_layers=2, dropout=1.0)
    evalf = m._backend.RNN('RNN_TANH', 3, 4, num_layers=2, dropout=1.0, train=False)
    assert _np(train(x1, m.all_weights, h)[0]).tolist() == \
        _np(train(x2, m.all_weights, h)[0]).tolist()
    assert _np(evalf(x1, m.all_weights, h)[0]).tolist() != \
        _np(evalf(x2, m.all_weights, h)[0]).tolist()
    m.eval()
    assert _np(evalf(x1, m.all_weights, h)[0]).tolist() == _np(m(x1, h)[0]).tolist()


# ============================================================ conv double backward, one side
@pytest.mark.parametrize('needs', ['input', 'weight'])
def test_conv_double_backward_with_one_differentiable_side(torch, needs):
    # the gradient graph of a convolution whose input (or weight) alone requires grad: the
    # create_graph backward builds only that side's gradient, and it is differentiable
    rs = np.random.RandomState(5)
    xa, wa, ca = rs.randn(1, 2, 4, 4), rs.randn(3, 2, 2, 2), rs.randn(1, 3, 3, 3)
    x = Variable(L.DoubleTensor(xa), requires_grad=needs == 'input')
    w = Variable(L.DoubleTensor(wa), requires_grad=needs == 'weight')
    c = Variable(L.DoubleTensor(ca), requires_grad=True)
    target = x if needs == 'input' else w
    g, = L.autograd.grad((F.conv2d(x, w) * c).sum(), [target], create_graph=True)
    (g * g).sum().backward()
    xt = torch.tensor(xa, requires_grad=needs == 'input')
    wt = torch.tensor(wa, requires_grad=needs == 'weight')
    ct = torch.tensor(ca, requires_grad=True)
    tt = xt if needs == 'input' else wt
    gt, = torch.autograd.grad((torch.nn.functional.conv2d(xt, wt) * ct).sum(), [tt],
                              create_graph=True)
    (gt * gt).sum().backward()
    np.testing.assert_allclose(_np(g), gt.detach().numpy(), rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(_np(c.grad), ct.grad.numpy(), rtol=1e-12, atol=1e-12)


# ============================================================ piecewise activations at their breakpoints
_BREAKPOINTS = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 6.0, 2.0, -2.0]
_PIECEWISE = [
    # (name, ours, modern, signed zeros compared): THNN's strict comparisons of 0.3.1
    # (PReLU/LeakyReLU ``x > 0``, Threshold ``x > threshold``, HardTanh / Shrink bounds)
    ('prelu', lambda x: F.prelu(x, Variable(L.DoubleTensor([-0.25]))),
     lambda t, x: t.nn.functional.prelu(x, t.tensor([-0.25], dtype=t.float64)), True),
    ('leaky_relu', lambda x: F.leaky_relu(x, -0.5),
     lambda t, x: t.nn.functional.leaky_relu(x, -0.5), True),
    ('threshold', lambda x: F.threshold(x, 0.5, -3.0),
     lambda t, x: t.nn.functional.threshold(x, 0.5, -3.0), True),
    ('threshold_at_zero', lambda x: F.threshold(x, 0.0, 7.0),
     lambda t, x: t.nn.functional.threshold(x, 0.0, 7.0), True),
    ('hardtanh', lambda x: F.hardtanh(x, -1.0, 0.5),
     lambda t, x: t.nn.functional.hardtanh(x, -1.0, 0.5), True),
    ('hardshrink', lambda x: F.hardshrink(x, 0.5),
     lambda t, x: t.nn.functional.hardshrink(x, 0.5), True),
    ('softshrink', lambda x: F.softshrink(x, 0.5),
     lambda t, x: t.nn.functional.softshrink(x, 0.5), True),
    ('rrelu_eval', lambda x: F.rrelu(x, 0.1, 0.3),
     lambda t, x: t.nn.functional.rrelu(x, 0.1, 0.3), True),
    # 0.3.1's Threshold writes +0 where modern relu keeps -0: values and gradients only
    ('relu', lambda x: F.relu(x), lambda t, x: t.relu(x), False),
    ('relu6', lambda x: F.relu6(x), lambda t, x: t.nn.functional.relu6(x), False),
]


@pytest.mark.parametrize('name, ours, modern, signs', _PIECEWISE, ids=[c[0] for c in _PIECEWISE])
def test_piecewise_activations_at_their_breakpoints(torch, name, ours, modern, signs):
    g = np.arange(1.0, len(_BREAKPOINTS) + 1)
    x = Variable(L.DoubleTensor(_BREAKPOINTS), requires_grad=True)
    y = ours(x)
    y.backward(Variable(L.DoubleTensor(g)))
    xt = torch.tensor(_BREAKPOINTS, dtype=torch.float64, requires_grad=True)
    yt = modern(torch, xt)
    yt.backward(torch.tensor(g))
    assert _np(y).tolist() == yt.tolist()
    if signs:
        assert np.signbit(_np(y)).tolist() == torch.signbit(yt).tolist()
    assert _np(x.grad).tolist() == xt.grad.tolist()


def test_prelu_weight_gradient_counts_zeros_as_negative(torch):
    # THNN PReLU accGradParameters: gradWeight += x * g where x <= 0
    xs = [[0.0, -1.0, 2.0], [-0.0, 3.0, -4.0]]
    x = Variable(L.DoubleTensor(xs), requires_grad=True)
    w = Variable(L.DoubleTensor([0.5, -0.25, 2.0]), requires_grad=True)
    F.prelu(x, w).sum().backward()
    xt = torch.tensor(xs, dtype=torch.float64, requires_grad=True)
    wt = torch.tensor([0.5, -0.25, 2.0], dtype=torch.float64, requires_grad=True)
    torch.nn.functional.prelu(xt, wt).sum().backward()
    assert _np(w.grad).tolist() == wt.grad.tolist()
    assert _np(x.grad).tolist() == xt.grad.tolist()


# ============================================================ pooling module reprs (0.3.1 pooling.py)
_POOL_REPRS = [
    (lambda: nn.MaxPool1d(3, 2, 1, 2, True, True),
     'MaxPool1d(kernel_size=3, stride=2, padding=1, dilation=2, ceil_mode=True)'),
    (lambda: nn.MaxPool2d((3, 2), (2, 1), (1, 0), 1, False, True),
     'MaxPool2d(kernel_size=(3, 2), stride=(2, 1), padding=(1, 0), dilation=(1, 1), '
     'ceil_mode=True)'),
    (lambda: nn.MaxPool2d(2), 'MaxPool2d(kernel_size=(2, 2), stride=(2, 2), dilation=(1, 1), '
                              'ceil_mode=False)'),
    (lambda: nn.MaxUnpool1d(3, 2, 1), 'MaxUnpool1d(kernel_size=(3,), stride=(2,), padding=(1,))'),
    (lambda: nn.MaxUnpool3d(2, 1, 0),
     'MaxUnpool3d(kernel_size=(2, 2, 2), stride=(1, 1, 1), padding=(0, 0, 0))'),
    (lambda: nn.AvgPool1d(3, 2, 1, True, False),
     'AvgPool1d(kernel_size=(3,), stride=(2,), padding=(1,), ceil_mode=True, '
     'count_include_pad=False)'),
    (lambda: nn.AvgPool2d((3, 2), (2, 1), (1, 0), True, False),
     'AvgPool2d(kernel_size=(3, 2), stride=(2, 1), padding=(1, 0), ceil_mode=True, '
     'count_include_pad=False)'),
    (lambda: nn.AvgPool2d(2), 'AvgPool2d(kernel_size=2, stride=2, padding=0, ceil_mode=False, '
                              'count_include_pad=True)'),
    (lambda: nn.MaxPool3d(3, 2, 1, 2, True, True),
     'MaxPool3d(kernel_size=3, stride=2, padding=1, dilation=2, ceil_mode=True)'),
    (lambda: nn.AvgPool3d(3, 2, 1, True, False),
     'AvgPool3d(kernel_size=3, stride=2, padding=1, ceil_mode=True, count_include_pad=False)'),
    (lambda: nn.FractionalMaxPool2d(2, output_size=3), 'FractionalMaxPool2d(\n)'),
    (lambda: nn.LPPool2d(2, 3, 2, True), 'LPPool2d(2, 3, stride=2, ceil_mode=True)'),
    (lambda: nn.LPPool1d(1.5, 3), 'LPPool1d(1.5, 3, stride=None, ceil_mode=False)'),
    (lambda: nn.AdaptiveMaxPool1d(3, True), 'AdaptiveMaxPool1d(output_size=3)'),
    (lambda: nn.AdaptiveMaxPool3d(2), 'AdaptiveMaxPool3d(output_size=2)'),
    (lambda: nn.AdaptiveAvgPool1d(4), 'AdaptiveAvgPool1d(output_size=4)'),
    (lambda: nn.AdaptiveAvgPool3d((1, 2, 3)), 'AdaptiveAvgPool3d(output_size=(1, 2, 3))'),
]


@pytest.mark.parametrize('make, text', _POOL_REPRS, ids=[t.split('(')[0] + str(i)
                                                         for i, (m, t) in enumerate(_POOL_REPRS)])
def test_pooling_module_reprs(make, text):
    assert repr(make()) == text


# ============================================================ profiler: legacy calls, nesting
class _LegacyTwice(L.autograd.Function):
    def forward(self, t):
        return t * 2

    def backward(self, g):
        return g * 2


class _ApplyInside(L.autograd.Function):
    """A new-style Function whose forward runs a legacy Function's call and Variable ops on
    Variables it builds itself: 0.3.1 recorded each of them inside the outer call."""
    @staticmethod
    def forward(ctx, t):
        inner = _LegacyTwice()(Variable(t))
        return (inner.exp() + 0).data

    @staticmethod
    def backward(ctx, g):
        return g


def test_profiler_records_legacy_calls_and_what_a_forward_runs():
    from legacy_autograd.autograd import profiler
    x = Variable(L.DoubleTensor([1.0, 2.0]), requires_grad=True)
    with profiler.profile() as prof:
        y = _LegacyTwice()(x)
        z = _ApplyInside.apply(x)
        x.t().view(2)
    events = prof.function_events
    names = [e.name for e in events]
    assert names == ['_LegacyTwice', '_ApplyInside', '_LegacyTwice', 'exp', 'add', 't', 'view']
    outer, inner = events[1], events[2:5]
    assert all(outer.start <= e.start and e.end <= outer.end for e in inner)
    assert events[0].end <= outer.start and outer.end <= events[5].start
    assert _np(y).tolist() == [2.0, 4.0]
    assert _np(z).tolist() == np.exp([2.0, 4.0]).tolist()
    # the package's own nested calls inside one Variable operation stay one event
    with profiler.profile() as prof:
        x.expand_as(Variable(L.DoubleTensor(3, 2))).sum()
    assert [e.name for e in prof.function_events] == ['expand_as', 'sum']


def test_profiler_enable_and_disable_follow_0_3_1():
    from legacy_autograd.autograd import profiler, _profiling
    x = Variable(L.DoubleTensor([1.0, 2.0]))
    # a second profile inside the first: enabling again does nothing, the inner exit stops the
    # recording (its events are everything so far) and the outer exit finds nothing running
    outer = profiler.profile()
    with pytest.raises(RuntimeError) as info:
        with outer:
            x.neg()
            with profiler.profile() as inner:
                x.exp()
            x.abs()
    assert str(info.value) == "can't disable profiler when it's not running"
    assert [e.name for e in inner.function_events] == ['neg', 'exp']
    assert outer.function_events is None
    with pytest.raises(RuntimeError) as info:
        _profiling.disable()
    assert str(info.value) == "can't disable profiler when it's not running"
    with pytest.raises(RuntimeError) as info:
        _profiling.enable(True)
    assert str(info.value) == "Can't use CUDA profiler - PyTorch was compiled without CUDA"
    with pytest.raises(RuntimeError) as info:
        with profiler.emit_nvtx():
            pass
    assert str(info.value) == "Can't use CUDA profiler - PyTorch was compiled without CUDA"
    _profiling.enable()
    x.neg()
    records = _profiling.disable()
    assert [(r[0], r[2]) for r in records[0]] == [
        ('__start_profile', 'mark'), ('neg', 'push'), ('neg', 'pop'), ('__stop_profile', 'mark')]
    assert records[0][0][1] <= records[0][1][1] <= records[0][2][1] <= records[0][3][1]
    u = profiler.EnforceUnique()
    u.see(1, 2)
    u.see(2, 1)
    with pytest.raises(RuntimeError) as info:
        u.see(1, 2)
    assert str(info.value) == 'duplicate key: (1, 2)'


# ============================================================ nn.utils and init odds
def test_pack_padded_sequence_takes_lengths_as_variable_or_tensor():
    from legacy_autograd.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence
    x = Variable(L.DoubleTensor(np.arange(12.).reshape(3, 2, 2)))
    want = pack_padded_sequence(x, [3, 2])
    for lengths in (Variable(L.LongTensor([3, 2])), L.LongTensor([3, 2]), (3, 2)):
        got = pack_padded_sequence(x, lengths)
        assert list(got.batch_sizes) == list(want.batch_sizes) == [2, 2, 1]
        assert _np(got.data).tolist() == _np(want.data).tolist()
    out, lens = pad_packed_sequence(want)
    assert lens == [3, 2]
    assert _np(out).tolist() == _masked(x).tolist()      # the padding is zeros again


def _masked(x):
    a = _np(x).copy()
    a[2, 1] = 0
    return a


def test_weight_norm_over_a_middle_dim_and_its_removal(torch):
    L.manual_seed(2)
    conv = nn.Conv2d(2, 3, (2, 2)).double()
    w0 = _np(conv.weight).copy()
    m = nn.utils.weight_norm(conv, dim=1)
    g = _np(m.weight_g)
    # the norm over every dim but 1, kept as (1, C, 1, 1)
    want = np.sqrt((w0 ** 2).sum(axis=(0, 2, 3), keepdims=True))
    np.testing.assert_allclose(g, want, rtol=1e-14, atol=0)
    x = Variable(L.DoubleTensor(np.random.RandomState(0).randn(1, 2, 3, 3)))
    np.testing.assert_allclose(_np(m(x)), torch.nn.functional.conv2d(
        torch.tensor(_np(x)), torch.tensor(w0), torch.tensor(_np(conv.bias))).numpy(),
        rtol=1e-12, atol=1e-12)
    nn.utils.remove_weight_norm(m)
    assert 'weight_g' not in m._parameters and 'weight' in m._parameters
    with pytest.raises(ValueError) as info:
        nn.utils.remove_weight_norm(m)
    assert str(info.value).startswith("weight_norm of 'weight' not found in Conv2d(")


def test_parameters_to_vector_checks_devices_and_round_trips():
    from legacy_autograd.nn.utils import parameters_to_vector, vector_to_parameters
    lin = nn.Linear(2, 2).double()
    v = parameters_to_vector(lin.parameters())
    assert tuple(v.size()) == (6,)
    vector_to_parameters(v * 2, lin.parameters())
    assert _np(parameters_to_vector(lin.parameters())).tolist() == (_np(v) * 2).tolist()


def test_dirac_on_a_variable_and_containers_without_contents():
    w = Variable(L.DoubleTensor(2, 3, 3).fill_(7))
    assert nn.init.dirac(w) is w
    want = np.zeros((2, 3, 3))
    want[0, 0, 1] = want[1, 1, 1] = 1
    assert _np(w).tolist() == want.tolist()
    with pytest.raises(ValueError) as info:
        nn.init.dirac(L.DoubleTensor(2, 2))
    assert str(info.value) == 'Only tensors with 3, 4, or 5 dimensions are supported'
    assert len(nn.ModuleList()) == 0 and len(nn.ParameterList()) == 0
    pl = nn.ParameterList([nn.Parameter(L.DoubleTensor([1.0]))])
    pl[0] = nn.Parameter(L.DoubleTensor([2.0]))
    assert _np(pl[0]).tolist() == [2.0] and len(list(pl.parameters())) == 1


# ============================================================ RNN modules: state and checks
def test_rnn_setstate_rebuilds_weight_names_and_nonlinearity():
    # 0.3.1 RNNBase.__setstate__: an old pickle's ``all_weights`` (Variables) is replaced by
    # the parameter names, per layer and direction, without the biases when bias=False
    m = nn.LSTM(2, 3, num_layers=2, bidirectional=True, bias=False)
    d = dict(m.__dict__)
    d['all_weights'] = [[w for w in ws] for ws in m.all_weights]
    m2 = nn.LSTM.__new__(nn.LSTM)
    m2.__setstate__(d)
    assert m2._all_weights == [['weight_ih_l0', 'weight_hh_l0'],
                               ['weight_ih_l0_reverse', 'weight_hh_l0_reverse'],
                               ['weight_ih_l1', 'weight_hh_l1'],
                               ['weight_ih_l1_reverse', 'weight_hh_l1_reverse']]
    m3 = nn.GRU(2, 3)
    d = dict(m3.__dict__)
    d['all_weights'] = [[w for w in ws] for ws in m3.all_weights]
    m4 = nn.GRU.__new__(nn.GRU)
    m4.__setstate__(d)
    assert m4._all_weights == [['weight_ih_l0', 'weight_hh_l0', 'bias_ih_l0', 'bias_hh_l0']]
    assert nn.RNN(2, 3, nonlinearity='tanh').mode == 'RNN_TANH'
    assert nn.RNN(2, 3, nonlinearity='relu').mode == 'RNN_RELU'
    assert nn.RNN(2, 3).mode == 'RNN_TANH'
    with pytest.raises(ValueError) as info:
        nn.RNN(2, 3, nonlinearity='sigmoid')
    assert str(info.value) == "Unknown nonlinearity 'sigmoid'"


def test_rnn_cell_checks():
    # docs/nn_rnn.md "Cell checks"
    cell = nn.RNNCell(2, 3).double()
    for x, h, message in (
            (_v(2, 2, 2), _v(2, 3), 'matrices expected, got 3D, 2D tensors'),
            (_v(2, 2), _v(2, 3, 1), 'hidden must be 2-D (batch, hidden_size), got 3-D'),
            (_v(2, 4), _v(2, 3), 'input has inconsistent input_size: got 4, expected 2'),
            (_v(2, 2), _v(3, 3), "Input batch size 2 doesn't match hidden batch size 3")):
        with pytest.raises(RuntimeError) as info:
            cell(x, h)
        assert str(info.value) == message
    with pytest.raises(RuntimeError) as info:
        nn.LSTMCell(2, 3).double()(_v(2, 2), (_v(2, 3), _v(2)))
    assert str(info.value) == 'hidden[1] must be 2-D (batch, hidden_size), got 1-D'


# ============================================================ gradcheck's verdicts
class _SumIgnoringGrad(L.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.n = x.numel()
        return x.new([x.sum()])

    @staticmethod
    def backward(ctx, g):
        return Variable(L.DoubleTensor(np.ones(ctx.n)))      # g never used


class _TwiceWrong(L.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, g):
        return g * 3


class _NotReentrant(L.autograd.Function):
    calls = [0]

    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, g):
        _NotReentrant.calls[0] += 1
        return g * (2.5 if _NotReentrant.calls[0] % 2 else 2.0)


def test_gradcheck_verdicts_and_messages():
    from legacy_autograd.autograd import gradcheck
    x = Variable(L.DoubleTensor([0.5, -1.5, 2.0]), requires_grad=True)
    assert gradcheck(lambda t: (t * t).sum(), (x,)) is True
    assert gradcheck(lambda t: _SumIgnoringGrad.apply(t), (x,), raise_exception=False) is False
    with pytest.raises(RuntimeError) as info:
        gradcheck(lambda t: _SumIgnoringGrad.apply(t), (x,))
    assert str(info.value) == 'backward not multiplied by grad_output'
    assert gradcheck(lambda t: _TwiceWrong.apply(t), (x,), raise_exception=False) is False
    with pytest.raises(RuntimeError) as info:
        gradcheck(lambda t: _TwiceWrong.apply(t), (x,))
    assert str(info.value).startswith('for output no. 0,\n numerical:(\n')
    with pytest.raises(RuntimeError) as info:
        gradcheck(lambda t: _NotReentrant.apply(t), (Variable(L.DoubleTensor([1.0]),
                                                              requires_grad=True),),
                  atol=1.0, rtol=0.0)
    assert str(info.value) == 'not reentrant'
    # a two-input function: a wrong gradient for the second input names input 1
    y = Variable(L.DoubleTensor([1.0, 2.0, 3.0]), requires_grad=True)
    with pytest.raises(RuntimeError) as info:
        gradcheck(lambda a, b: a * 2 + _TwiceWrong.apply(b), (x, y))
    assert str(info.value).startswith('for output no. 1,\n numerical:')
    # a non-Variable argument is passed through; an input that needs no grad is skipped
    z = Variable(L.DoubleTensor([4.0, 5.0, 6.0]))
    assert gradcheck(lambda a, k, b: a * k + b, (x, 3.0, z)) is True


def test_gradcheck_helpers_on_nested_inputs():
    from legacy_autograd.autograd import gradcheck as G
    import importlib
    mod = importlib.import_module('legacy_autograd.autograd.gradcheck')
    a = Variable(L.DoubleTensor([1.0, 2.0]), requires_grad=True)
    b = Variable(L.DoubleTensor([3.0]), requires_grad=True)
    c = Variable(L.DoubleTensor([5.0]))
    (a.sum() * b.sum()).backward()
    mod.zero_gradients([a, (b, 'text')])
    assert _np(a.grad).tolist() == [0.0, 0.0] and _np(b.grad).tolist() == [0.0]
    jac = mod.make_jacobian([a, (b, c)], 4)
    assert type(jac) is list and tuple(jac[0].size()) == (2, 4)
    assert type(jac[1]) is tuple and len(jac[1]) == 1 and tuple(jac[1][0].size()) == (1, 4)
    assert mod.make_jacobian([c], 3) is None and mod.make_jacobian(7, 3) is None
    t = L.DoubleTensor([9.0])
    assert [x.tolist() for x in mod.iter_tensors([a, (c, t)])] == [[1.0, 2.0], [5.0], [9.0]]
    assert [x.tolist() for x in mod.iter_tensors([a, (c, t)], True)] == [[1.0, 2.0], [9.0]]
    assert G is not None


# ============================================================ optimizer state loading
def test_optimizer_load_state_dict_keeps_every_state_value_as_saved():
    # docs/optim.md: 0.3.1 cast nothing (the cast came with 0.4.0): tensors keep their type,
    # containers, strings, numbers and state not tied to a parameter are kept as they are
    p = Variable(L.FloatTensor([1.0, 2.0]), requires_grad=True)
    opt = optim.SGD([p], lr=0.1)
    sd = {'state': {7: {'buf': L.DoubleTensor([1.5, 2.5]),
                        'nested': {'a': L.DoubleTensor([1.0]), 'b': [L.DoubleTensor([2.0]), 3]},
                        'pair': (L.LongTensor([4]), 'name'), 'step': 3, 'text': 'abc'},
                    'orphan': {'x': L.DoubleTensor([9.0])}},
          'param_groups': [dict(opt.param_groups[0], params=[7])]}
    opt.load_state_dict(sd)
    st = opt.state[p]
    assert type(st['buf']) is L.DoubleTensor and st['buf'].tolist() == [1.5, 2.5]
    assert type(st['nested']) is dict and type(st['nested']['a']) is L.DoubleTensor
    assert type(st['nested']['b']) is list and type(st['nested']['b'][0]) is L.DoubleTensor
    assert st['nested']['b'][1] == 3
    assert type(st['pair']) is tuple and type(st['pair'][0]) is L.LongTensor
    assert st['pair'][1] == 'name' and st['step'] == 3 and st['text'] == 'abc'
    assert type(opt.state['orphan']['x']) is L.DoubleTensor
    assert sd['state'][7]['buf'] is not st['buf']          # deep-copied first
    with pytest.raises(ValueError) as info:
        opt.load_state_dict({'state': {}, 'param_groups': []})
    assert str(info.value) == 'loaded state dict has a different number of parameter groups'
    with pytest.raises(ValueError) as info:
        opt.load_state_dict({'state': {}, 'param_groups': [dict(opt.param_groups[0],
                                                                params=[1, 2])]})
    assert str(info.value) == ("loaded state dict contains a parameter group that doesn't "
                               "match the size of optimizer's group")


def test_lbfgs_reads_the_closure_loss_in_every_form():
    from legacy_autograd.optim.optimizer import scalar
    assert scalar(Variable(L.DoubleTensor([2.5]))) == 2.5
    assert scalar(L.DoubleTensor([1.5])) == 1.5
    assert scalar(3) == 3.0 and type(scalar(3)) is float


def test_scheduler_base_get_lr_is_abstract():
    p = Variable(L.DoubleTensor([1.0]), requires_grad=True)
    opt = optim.SGD([p], lr=0.1)
    with pytest.raises(NotImplementedError):
        optim.lr_scheduler._LRScheduler(opt)


# ============================================================ pooling: third-order graphs
_POOL_CHAINS = [
    ('max_pool2d', lambda F_, x: F_.max_pool2d(x, 2, 2)),
    ('avg_pool2d', lambda F_, x: F_.avg_pool2d(x, 2, 1)),
    ('adaptive_avg_pool2d', lambda F_, x: F_.adaptive_avg_pool2d(x, (2, 3))),
]


@pytest.mark.parametrize('name, pool', _POOL_CHAINS, ids=[c[0] for c in _POOL_CHAINS])
def test_pooling_gradients_of_gradients_of_gradients(torch, name, pool):
    # g = d(sum(pool(x) * c))/dx (a scatter / spread of c), h = d(sum(g * g * d))/dc built
    # with create_graph (the backward of the backward, recorded), then h's own gradient
    rs = np.random.RandomState(11)
    xa = rs.randn(1, 2, 4, 5)
    ours_out = pool(F, Variable(L.DoubleTensor(xa)))
    ca = rs.randn(*ours_out.size())
    da = rs.randn(*xa.shape)

    def run(T, mk, Fn, grad):
        x = mk(xa, True)
        c = mk(ca, True)
        d = mk(da, False)
        y = pool(Fn, x)
        g, = grad((y * c).sum(), [x], create_graph=True)
        h, = grad((g * g * d).sum(), [c], create_graph=True)
        (h * h).sum().backward()
        return g, h, c.grad
    lo = run(L, lambda a, r: Variable(L.DoubleTensor(a), requires_grad=r), F,
             L.autograd.grad)
    mo = run(torch, lambda a, r: torch.tensor(a, requires_grad=r), torch.nn.functional,
             torch.autograd.grad)
    for ours, want in zip(lo, mo):
        np.testing.assert_allclose(_np(ours), want.detach().numpy(), rtol=1e-12, atol=1e-12)


# ============================================================ a None gradient through the hot loop
class _NoGrad(L.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x.clone()

    @staticmethod
    def backward(ctx, g):
        return None


class _TooMany(L.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x.clone()

    @staticmethod
    def backward(ctx, g):
        return g, g


class _TooManyOld(L.autograd.Function):
    def forward(self, x):
        return x.clone()

    def backward(self, g):
        return g, g


def test_a_none_gradient_reaches_no_leaf_and_wrong_gradient_counts_are_refused():
    x = Variable(L.DoubleTensor([1., 2.]), requires_grad=True)
    y = Variable(L.DoubleTensor([3., 4.]), requires_grad=True)
    # x's path ends in a None gradient (its ops are still run by the engine); y's does not
    (_NoGrad.apply(x * 2 + 1) + y * 3).sum().backward()
    assert x.grad is None and _np(y.grad).tolist() == [3.0, 3.0]
    with pytest.raises(RuntimeError) as info:
        _TooMany.apply(x * 2).sum().backward()
    assert str(info.value) == ('function _TooManyBackward returned an incorrect number of '
                               'gradients (expected 1, got 2)')
    with pytest.raises(RuntimeError) as info:
        _TooManyOld()(x * 2).sum().backward()
    assert str(info.value) == ('_TooManyOld returned an invalid number of gradient tensors '
                               '(expected 1, but got 2)')


# ============================================================ Module traversal and hooks
class _Pair(nn.Module):
    def __init__(self):
        super(_Pair, self).__init__()
        self.lin = nn.Linear(2, 2)

    def forward(self, x):
        y = self.lin(x)
        return {'out': y, 'n': 3}


def test_module_traversal_skips_none_and_shared_entries():
    shared = nn.Linear(2, 2)
    seq = nn.Sequential(shared, nn.ReLU(), shared)
    seq.add_module('gap', None)
    seq.register_buffer('b1', L.DoubleTensor([1.0]))
    seq.register_buffer('nothing', None)
    seq[1].register_buffer('b1_again', seq.b1)              # the same tensor twice
    names = [n for n, _ in seq.named_modules()]
    assert names == ['', '0', '1']
    assert [n for n, _ in seq.named_children()] == ['0', '1']
    assert len(list(seq.parameters())) == 2
    assert len(list(seq._all_buffers())) == 1
    assert 'nothing' not in seq.state_dict() and 'b1' in seq.state_dict()
    assert [n for n, _ in seq.named_parameters()] == ['0.weight', '0.bias']


def test_module_backward_hook_finds_the_variable_in_a_dict_output():
    m = _Pair().double()
    seen = []
    m.register_backward_hook(lambda mod, gi, go: seen.append((mod is m, len(go))))
    out = m(Variable(L.DoubleTensor([[1.0, 2.0]]), requires_grad=True))
    out['out'].sum().backward()
    assert seen == [(True, 1)]


def test_module_load_state_dict_takes_variables_and_parameters():
    a, b = nn.Linear(2, 1).double(), nn.Linear(2, 1).double()
    sd = {'weight': nn.Parameter(L.DoubleTensor([[5.0, 6.0]])), 'bias': Variable(L.DoubleTensor([7.0]))}
    a.load_state_dict(sd)
    assert _np(a.weight).tolist() == [[5.0, 6.0]] and _np(a.bias).tolist() == [7.0]
    b.load_state_dict(a.state_dict(keep_vars=True))
    assert _np(b.weight).tolist() == [[5.0, 6.0]]
    assert type(a.state_dict(keep_vars=True)['weight']) is nn.Parameter


def test_module_zero_grad_replaces_a_graph_gradient():
    m = nn.Linear(2, 1).double()
    x = Variable(L.DoubleTensor([[1.0, 2.0]]))
    L.autograd.backward([m(x).sum()], create_graph=True)
    g = m.weight.grad
    assert not g.volatile
    m.zero_grad()
    assert m.weight.grad is not g and _np(m.weight.grad).tolist() == [[0.0, 0.0]]
    assert _np(g).tolist() == [[1.0, 2.0]]                   # the old one is untouched
    m2 = nn.Linear(2, 1).double()
    m2(x).sum().backward()                                   # a volatile .grad: zeroed in place
    v = m2.weight.grad
    assert v.volatile
    m2.zero_grad()
    assert m2.weight.grad is v and _np(v).tolist() == [[0.0, 0.0]]


# ============================================================ more functional corners
_SEPARABLE = [
    ('avg_pool3d', lambda F_, x: F_.avg_pool3d(x, 2, 1)),
    ('adaptive_avg_pool3d', lambda F_, x: F_.adaptive_avg_pool3d(x, (1, 2, 3))),
    ('max_pool3d', lambda F_, x: F_.max_pool3d(x, 2, 1)),
    ('adaptive_max_pool3d', lambda F_, x: F_.adaptive_max_pool3d(x, (1, 2, 2))),
]


@pytest.mark.parametrize('name, pool', _SEPARABLE, ids=[c[0] for c in _SEPARABLE])
def test_3d_pooling_double_backward(torch, name, pool):
    rs = np.random.RandomState(12)
    xa = rs.randn(1, 2, 2, 3, 4)
    ca = rs.randn(*pool(F, Variable(L.DoubleTensor(xa))).size())
    da = rs.randn(*xa.shape)

    def run(mk, Fn, grad):
        x, c, d = mk(xa, True), mk(ca, True), mk(da, False)
        g, = grad((pool(Fn, x) * c).sum(), [x], create_graph=True)
        (g * g * d).sum().backward()                      # the backward of the backward
        return g, c.grad
    lo = run(lambda a, r: Variable(L.DoubleTensor(a), requires_grad=r), F, L.autograd.grad)
    mo = run(lambda a, r: torch.tensor(a, requires_grad=r), torch.nn.functional,
             torch.autograd.grad)
    for ours, want in zip(lo, mo):
        np.testing.assert_allclose(_np(ours), want.detach().numpy(), rtol=1e-12, atol=1e-12)


def test_adaptive_avg_pool1d_double_backward(torch):
    xa = np.random.RandomState(4).randn(2, 2, 7)
    x = Variable(L.DoubleTensor(xa), requires_grad=True)
    c = Variable(L.DoubleTensor(np.arange(6.).reshape(2, 1, 3)), requires_grad=True)
    g, = L.autograd.grad((F.adaptive_avg_pool1d(x, 3) * c).sum(), [x], create_graph=True)
    (g * g).sum().backward()
    xt = torch.tensor(xa, requires_grad=True)
    ct = torch.tensor(np.arange(6.).reshape(2, 1, 3), requires_grad=True)
    gt, = torch.autograd.grad((torch.nn.functional.adaptive_avg_pool1d(xt, 3) * ct).sum(), [xt],
                              create_graph=True)
    (gt * gt).sum().backward()
    np.testing.assert_allclose(_np(c.grad), ct.grad.numpy(), rtol=1e-12, atol=1e-12)


def test_rrelu_training_without_negatives_and_scaled_bags_without_grad():
    x = Variable(L.DoubleTensor([0.5, 1.0, 2.0]), requires_grad=True)
    y = F.rrelu(x, 0.1, 0.3, training=True)
    assert _np(y).tolist() == [0.5, 1.0, 2.0]
    y.sum().backward()
    assert _np(x.grad).tolist() == [1.0, 1.0, 1.0]
    w = Variable(L.DoubleTensor(np.arange(6.).reshape(3, 2)))      # no gradient wanted
    out = F.embedding_bag(w, _li([0, 2, 2]), _li([0, 1]), scale_grad_by_freq=True, mode='sum')
    assert _np(out).tolist() == [[0.0, 1.0], [8.0, 10.0]] and not out.requires_grad


def test_loss_weight_of_another_type_is_refused():
    x = Variable(L.DoubleTensor([[0.1, 0.9], [0.8, 0.2]]), requires_grad=True)
    with pytest.raises(RuntimeError) as info:
        F.nll_loss(x, _li([0, 1]), weight=Variable(L.FloatTensor([1.0, 2.0])))
    assert str(info.value) == ("Expected object of type Variable[torch.DoubleTensor] but found "
                               "type Variable[torch.FloatTensor] for argument #2 'weight'")


def test_affine_grid_with_a_single_row_or_column():
    # 0.3.1 AffineGridGenerator: a single row / column of the grid sits at -1
    # (``torch.linspace(-1, 1, W) if W > 1 else torch.Tensor([-1])``; modern torch moved it to 0)
    theta = np.array([[[0.5, 0.2, 0.1], [-0.3, 0.8, 0.0]]])
    for size, xs, ys in (((1, 1, 1, 3), [-1.0, 0.0, 1.0], [-1.0]),
                         ((1, 1, 2, 1), [-1.0], [-1.0, 1.0])):
        got = F.affine_grid(Variable(L.FloatTensor(theta.astype(np.float32))), L.Size(size))
        want = np.array([[[[0.5 * x + 0.2 * y + 0.1, -0.3 * x + 0.8 * y] for x in xs]
                          for y in ys]])
        assert tuple(got.size()) == want.shape
        np.testing.assert_allclose(_np(got), want, rtol=1e-6, atol=1e-7)


def test_conv_transpose_modules_use_their_output_padding_and_output_size():
    L.manual_seed(5)
    for m, x in ((nn.ConvTranspose1d(2, 3, 3, stride=2, padding=1, output_padding=1).double(),
                  _x(1, 2, 4)),
                 (nn.ConvTranspose2d(2, 3, 3, stride=2, output_padding=(1, 0)).double(),
                  _x(1, 2, 3, 3))):
        fn = F.conv_transpose1d if x.dim() == 3 else F.conv_transpose2d
        want = fn(x, m.weight, m.bias, m.stride, m.padding, m.output_padding, m.groups,
                  m.dilation)
        assert _np(m(x)).tolist() == _np(want).tolist()
    m = nn.ConvTranspose1d(2, 3, 3, stride=2, padding=1).double()
    x = _x(1, 2, 4)
    assert tuple(m(x, output_size=[8]).size()) == (1, 3, 8)
    assert tuple(m(x, output_size=[7]).size()) == (1, 3, 7)
    assert tuple(m(x).size()) == (1, 3, 7)


def test_instance_norm_use_running_stats_method_and_tuple_output_hooks():
    m = nn.InstanceNorm1d(2)
    nn.InstanceNorm1d.use_running_stats(m, True)      # 0.3.1: the method sets the attribute
    assert m.use_running_stats is True
    lstm = nn.LSTM(2, 3).double()
    seen = []
    lstm.register_backward_hook(lambda mod, gi, go: seen.append(len(go)))
    out, (h, c) = lstm(_x(2, 1, 2))
    out.sum().backward()
    assert seen and seen[0] >= 1


# ============================================================ nn fast paths against reference mode
def _training_run(seed):
    """A few training steps touching the nn fast paths (nn.Linear's direct ops, the conv
    workspace, the fused LSTM loops, nll_loss's unit weights, SGD's direct add, the engine's
    hot loop): the parameters, gradients and losses as numpy arrays."""
    L.manual_seed(seed)
    conv = nn.Conv2d(1, 2, 3, padding=1)
    lstm = nn.LSTM(4, 3, num_layers=2)
    lin = nn.Linear(3 * 2 + 2 * 4 * 4, 5)
    params = list(conv.parameters()) + list(lstm.parameters()) + list(lin.parameters())
    opt_a = optim.SGD(params[:4], lr=0.05, momentum=0.9, weight_decay=0.01, nesterov=True)
    opt_b = optim.Adam(params[4:], lr=0.01, weight_decay=0.001)
    x = Variable(L.randn(2, 1, 4, 4))
    seq = Variable(L.randn(3, 2, 4))
    target = Variable(L.LongTensor([1, 4]))
    losses = []
    for _ in range(3):
        opt_a.zero_grad()
        opt_b.zero_grad()
        feats = F.relu(conv(x)).view(2, -1)
        out, (h, c) = lstm(seq)
        logits = lin(L.cat([feats, out[-1], h[0]], 1))
        loss = F.nll_loss(F.log_softmax(logits, 1), target)
        loss.backward()
        opt_a.step()
        opt_b.step()
        losses.append(_np(loss).copy())
    return [_np(p).copy() for p in params] + [_np(p.grad).copy() for p in params] + losses


def test_training_steps_are_the_same_bits_in_reference_mode():
    from legacy_autograd.testing import reference_mode
    fast = _training_run(3)
    with reference_mode():
        ref = _training_run(3)
    assert len(fast) == len(ref)
    for a, b in zip(fast, ref):
        assert a.dtype == b.dtype and a.shape == b.shape
        assert a.tobytes() == b.tobytes()


def test_code_pair_refuses_functions_with_other_free_names():
    from legacy_autograd import _fastpaths
    a_name, b_name = 1, 2

    def fast():
        return a_name

    def general():
        return b_name
    with pytest.raises(ValueError) as info:
        _fastpaths.code_pair(fast, general)
    assert str(info.value) == ('test_code_pair_refuses_functions_with_other_free_names.<locals>.'
                               'fast and test_code_pair_refuses_functions_with_other_free_names.'
                               '<locals>.general must close over the same names')


def test_gradcheck_with_an_input_the_output_ignores():
    # the analytical Jacobian of an input that gets no gradient is zero (as the numerical one)
    from legacy_autograd.autograd import gradcheck
    x = Variable(L.DoubleTensor([0.5, -1.5]), requires_grad=True)
    unused = Variable(L.DoubleTensor([2.0, 3.0, 4.0]), requires_grad=True)
    assert gradcheck(lambda a, b: a * 2, (x, unused)) is True
    assert gradcheck(lambda a, b: (a * a).sum(), (x, unused)) is True


@pytest.mark.parametrize('fn', ['conv2d', 'conv_transpose2d', 'conv1d'])
def test_conv_double_backward_with_a_bias(torch, fn):
    rs = np.random.RandomState(6)
    if fn == 'conv1d':
        xa, wa, ba = rs.randn(2, 2, 5), rs.randn(3, 2, 2), rs.randn(3)
    elif fn == 'conv2d':
        xa, wa, ba = rs.randn(1, 2, 4, 4), rs.randn(3, 2, 2, 2), rs.randn(3)
    else:
        xa, wa, ba = rs.randn(1, 2, 3, 3), rs.randn(2, 3, 2, 2), rs.randn(3)

    def run(mk, Fn, grad):
        x, w, b = mk(xa), mk(wa), mk(ba)
        y = getattr(Fn, fn)(x, w, b)
        c = mk(np.cos(np.arange(int(np.prod(tuple(y.size())))).reshape(tuple(y.size()))))
        gx, gw, gb = grad((y * y * c).sum(), [x, w, b], create_graph=True)
        (gx.sum() + (gw * gw).sum() + (gb * gb).sum()).backward()
        return gx, gw, gb, x.grad, w.grad, b.grad, c.grad
    lo = run(lambda a: Variable(L.DoubleTensor(a), requires_grad=True), F, L.autograd.grad)
    mo = run(lambda a: torch.tensor(a, requires_grad=True), torch.nn.functional,
             torch.autograd.grad)
    for ours, want in zip(lo, mo):
        np.testing.assert_allclose(_np(ours), want.detach().numpy(), rtol=1e-10, atol=1e-10)


# ============================================================ the other module reprs (0.3.1 formats)
_MODULE_REPRS = [
    (lambda: nn.Hardshrink(0.3), 'Hardshrink(0.3)'),
    (lambda: nn.Softshrink(0.7), 'Softshrink(0.7)'),
    (lambda: nn.RReLU(0.1, 0.3, True), 'RReLU(0.1, 0.3, inplace)'),
    (lambda: nn.RReLU(), 'RReLU(0.125, 0.3333333333333333)'),
    (lambda: nn.GLU(1), 'GLU(dim=1)'),
    (lambda: nn.ConstantPad3d((1,) * 6, 1.0), 'ConstantPad3d((1, 1, 1, 1, 1, 1))'),
    (lambda: nn.ReflectionPad1d(2), 'ReflectionPad1d((2, 2))'),
    (lambda: nn.ReflectionPad2d((1, 0, 2, 1)), 'ReflectionPad2d((1, 0, 2, 1))'),
    (lambda: nn.ReplicationPad1d((1, 2)), 'ReplicationPad1d((1, 2))'),
    (lambda: nn.ReplicationPad2d(1), 'ReplicationPad2d((1, 1, 1, 1))'),
    (lambda: nn.ReplicationPad3d(1), 'ReplicationPad3d((1, 1, 1, 1, 1, 1))'),
    (lambda: nn.ZeroPad2d((1, 2, 0, 1)), 'ZeroPad2d((1, 2, 0, 1))'),
    (lambda: nn.PixelShuffle(3), 'PixelShuffle(upscale_factor=3)'),
    (lambda: nn.Upsample(scale_factor=2), 'Upsample(scale_factor=2, mode=nearest)'),
    (lambda: nn.Upsample(size=(3, 4), mode='bilinear'), 'Upsample(size=(3, 4), mode=bilinear)'),
    (lambda: nn.UpsamplingNearest2d(scale_factor=3),
     'UpsamplingNearest2d(scale_factor=3, mode=nearest)'),
    (lambda: nn.UpsamplingBilinear2d(size=5), 'UpsamplingBilinear2d(size=5, mode=bilinear)'),
    (lambda: nn.CrossMapLRN2d(3, 1e-3, 0.6, 2), 'CrossMapLRN2d(3, alpha=0.001, beta=0.6, k=2)'),
    (lambda: nn.BatchNorm2d(4, 1e-3, 0.2, False),
     'BatchNorm2d(4, eps=0.001, momentum=0.2, affine=False)'),
    (lambda: nn.InstanceNorm3d(2), 'InstanceNorm3d(2, eps=1e-05, momentum=0.1, affine=False)'),
    (lambda: nn.AlphaDropout(0.3), 'AlphaDropout(p=0.3)'),
    (lambda: nn.Conv2d(2, 3, 3, stride=2, padding=1, dilation=2, bias=False),
     'Conv2d(2, 3, kernel_size=(3, 3), stride=(2, 2), padding=(1, 1), dilation=(2, 2), '
     'bias=False)'),
    (lambda: nn.ConvTranspose2d(2, 4, (2, 3), stride=2, output_padding=1, groups=2),
     'ConvTranspose2d(2, 4, kernel_size=(2, 3), stride=(2, 2), output_padding=(1, 1), '
     'groups=2)'),
    (lambda: nn.Conv1d(2, 2, 3), 'Conv1d(2, 2, kernel_size=(3,), stride=(1,))'),
    (lambda: nn.Conv3d(1, 1, 1), 'Conv3d(1, 1, kernel_size=(1, 1, 1), stride=(1, 1, 1))'),
    (lambda: nn.PairwiseDistance(3), 'PairwiseDistance(\n)'),
]


@pytest.mark.parametrize('make, text', _MODULE_REPRS,
                         ids=['%s%d' % (t.split('(')[0], i) for i, (m, t) in
                              enumerate(_MODULE_REPRS)])
def test_other_module_reprs(make, text):
    assert repr(make()) == text


# ============================================================ the convolution workspace pool
def test_workspace_pool_keeps_buffers_within_its_limits():
    from legacy_autograd.ops.conv_ops import Workspace
    ws = Workspace(limit=4096, per_key=2, min_bytes=64)
    a = np.empty((8, 8), np.float64)                 # 512 bytes: kept
    ws.give(a)
    assert ws.bytes == 512 and ws.empty((8, 8), np.dtype(np.float64)) is a and ws.bytes == 0
    assert ws.empty((8, 8), np.dtype(np.float64)) is not a        # taken: a new one now
    small = np.empty(7, np.float64)                  # 56 bytes < min_bytes: dropped
    ws.give(small)
    assert ws.bytes == 0 and not any(ws.free.values())
    edge = np.empty(8, np.float64)                   # exactly min_bytes: kept
    ws.give(edge)
    assert ws.bytes == 64
    ws.clear()
    assert ws.bytes == 0 and not ws.free
    ws.give(np.empty((8, 8), np.float64)[:, ::2].copy()[:, :3])   # not contiguous: dropped
    ws.give(np.empty(64, np.float64).reshape(8, 8))                # a view (has a base): dropped
    ws.give(None)
    assert ws.bytes == 0
    bufs = [np.empty((8, 8), np.float64) for _ in range(3)]
    for b in bufs:
        ws.give(b)
    assert ws.bytes == 1024 and len(ws.free[((8, 8), np.dtype(np.float64))]) == 2  # per_key
    ws.clear()
    big = [np.empty(512, np.float64) for _ in range(2)]          # 4096 bytes each
    ws.give(big[0])
    assert ws.bytes == 4096                                       # up to the limit exactly
    ws.give(np.empty(1, np.float64).repeat(64))                   # over the limit: dropped
    assert ws.bytes == 4096
    ws.clear()
    z = ws.patterned('cols-a', (4, 4), np.float64)
    assert z.tolist() == np.zeros((4, 4)).tolist()
    z[0, 0] = 5.0
    ws.give(z, 'cols-a')
    assert ws.patterned('cols-a', (4, 4), np.float64) is z        # reused as it was left
    poisoned = Workspace(limit=4096, per_key=2, min_bytes=64, poison=True)
    p = poisoned.empty((4,), np.dtype(np.float64))
    assert np.isnan(p).all()
    q = poisoned.empty((4,), np.dtype(np.int32))
    assert q.tolist() == [-1, -1, -1, -1]


def test_backward_argument_checks():
    # 0.3.1 python_engine.cpp THPEngine_run_backward's checks (and docs/autograd.md's two
    # root-gradient checks of our own)
    x = Variable(L.DoubleTensor([[1., 2., 3.], [4., 5., 6.]]), requires_grad=True)
    y = x * 2
    ones = Variable(L.DoubleTensor(2, 3).fill_(1))
    for call, message in (
            (lambda: L.autograd.backward([y, y], [ones]), 'got 2 variables and 1 gradients'),
            (lambda: L.autograd.backward([3], [ones]),
             'element 0 of variables tuple is not a Variable'),
            (lambda: L.autograd.backward([y, Variable(L.DoubleTensor([1.]), volatile=True)],
                                         [ones, Variable(L.DoubleTensor([1.]))]),
             'element 1 of variables tuple is volatile'),
            (lambda: L.autograd.backward([Variable(L.DoubleTensor([1.]))],
                                         [Variable(L.DoubleTensor([1.]))]),
             'element 0 of variables does not require grad and does not have a grad_fn'),
            (lambda: y.backward(Variable(L.DoubleTensor(4).fill_(1))),
             'gradient of size [4] does not match the output of size [2 x 3] (element 0)'),
            (lambda: L.autograd.backward([y.sum(), y], [Variable(L.DoubleTensor([1.])),
                                                        Variable(L.FloatTensor(2, 3))]),
             'gradient of type torch.FloatTensor does not match the output type '
             'torch.DoubleTensor (element 1)')):
        with pytest.raises(RuntimeError) as info:
            call()
        assert str(info.value) == message
    assert x.grad is None
    y.backward(Variable(L.DoubleTensor(6).fill_(1)))        # same number of elements: viewed
    assert _np(x.grad).tolist() == [[2.0] * 3] * 2


# ============================================================ adaptive pooling: None / 0 keep the size
@pytest.mark.parametrize('fn, size, keep', [
    ('adaptive_max_pool2d', (None, 3), (None, 3)), ('adaptive_max_pool2d', (0, 3), (None, 3)),
    ('adaptive_avg_pool2d', (2, 0), (2, None)), ('adaptive_avg_pool2d', (2, None), (2, None)),
    ('adaptive_max_pool3d', (0, 3, None), (None, 3, None)),
    ('adaptive_avg_pool3d', (2, 0, 3), (2, None, 3)),
])
def test_adaptive_pooling_keeps_the_input_size_for_none_and_zero(torch, fn, size, keep):
    # 0.3.1 nn/_functions/thnn/pooling.py: ``output_size[i] or input.size(i + 2)`` (2-d and
    # 3-d); modern torch keeps the size for None
    xa = np.random.RandomState(9).randn(1, 2, 3, 4, 6)[:, :, 0] if '2d' in fn else \
        np.random.RandomState(9).randn(1, 2, 3, 4, 6)
    x = Variable(L.DoubleTensor(xa), requires_grad=True)
    out = getattr(F, fn)(x, size)
    if isinstance(out, tuple):
        out = out[0]
    xt = torch.tensor(xa, requires_grad=True)
    want = getattr(torch.nn.functional, fn)(xt, keep)
    assert tuple(out.size()) == tuple(want.shape)
    np.testing.assert_allclose(_np(out), want.detach().numpy(), rtol=1e-13, atol=1e-15)
    out.sum().backward()
    want.sum().backward()
    np.testing.assert_allclose(_np(x.grad), xt.grad.numpy(), rtol=1e-13, atol=1e-15)


def test_adaptive_max_pool1d_keeps_the_length_for_none():
    x = _x(1, 2, 5)
    assert _np(F.adaptive_max_pool1d(x, None)).tolist() == _np(x).tolist()
    assert _np(F.adaptive_avg_pool1d(x, None)).tolist() == _np(x).tolist()


def test_lbfgs_max_eval_and_a_parameter_without_gradient():
    # max_eval given: 2 evaluations, so one step after the first; an unused parameter gets
    # zeros in the flat gradient and does not move
    x = Variable(L.DoubleTensor([0.0, 0.0]), requires_grad=True)
    unused = Variable(L.DoubleTensor([5.0]), requires_grad=True)
    cv = Variable(L.DoubleTensor([1.0, 2.0]))
    opt = optim.LBFGS([x, unused], max_iter=10, max_eval=2)
    assert opt.param_groups[0]['max_eval'] == 2

    def closure():
        opt.zero_grad()
        loss = (x * cv).sum()
        loss.backward()
        return loss
    opt.step(closure)
    assert _np(x).tolist() == [-1.0 / 3, -2.0 / 3] and _np(unused).tolist() == [5.0]
    assert opt.state[x]['func_evals'] == 2
    assert optim.LBFGS([x], max_iter=8).param_groups[0]['max_eval'] == 10


# ============================================================ torch.autograd._functions classes
_LEGACY_FN_CASES = [
    ('Exp', lambda a, b: (a,), 'exp', ()),
    ('Clamp', lambda a, b: (a, -0.5, 0.5), 'clamp', (-0.5, 0.5)),
    ('Atan2', lambda a, b: (a, b), 'atan2', None),
    ('Addcmul', lambda a, b: (a, 0.5, b, b), 'addcmul', None),
    ('Index', lambda a, b: (a, 1), '__getitem__', (1,)),
    ('Sum', lambda a, b: (a, 1), 'sum', (1,)),
    ('Sort', lambda a, b: (a, 1, True), 'sort', (1, True)),
    ('Cumprod', lambda a, b: (a, 0), 'cumprod', (0,)),
]


@pytest.mark.parametrize('name, args, method, extra', _LEGACY_FN_CASES,
                         ids=[c[0] for c in _LEGACY_FN_CASES])
def test_legacy_function_classes_run_their_method(name, args, method, extra):
    from legacy_autograd.autograd import _functions
    av = np.array([[0.5, -1.5, 2.0], [1.0, 0.25, -0.75]])
    bv = np.array([[1.5, 0.5, -2.0], [0.5, 1.25, 3.0]])
    a1, b1 = Variable(L.DoubleTensor(av), requires_grad=True), \
        Variable(L.DoubleTensor(bv), requires_grad=True)
    a2, b2 = Variable(L.DoubleTensor(av), requires_grad=True), \
        Variable(L.DoubleTensor(bv), requires_grad=True)
    got = getattr(_functions, name).apply(*args(a1, b1))
    call = args(a2, b2)
    want = getattr(call[0], method)(*call[1:])
    if isinstance(want, tuple):
        assert [_np(g).tolist() for g in got] == [_np(w).tolist() for w in want]
        got, want = got[0], want[0]
    assert _np(got).tolist() == _np(want).tolist()
    assert type(got.grad_fn).__name__ == name + 'Backward'
    (got * got).sum().backward()
    (want * want).sum().backward()
    assert _np(a1.grad).tolist() == _np(a2.grad).tolist()
    if b2.grad is not None:
        assert _np(b1.grad).tolist() == _np(b2.grad).tolist()
    else:
        assert b1.grad is None


def test_legacy_function_class_without_gradients():
    from legacy_autograd.autograd import _functions
    c = Variable(L.DoubleTensor([1.0, 2.0]))                 # nothing wants a gradient
    out = _functions.Exp.apply(c)
    assert _np(out).tolist() == np.exp([1.0, 2.0]).tolist() and not out.requires_grad


@pytest.mark.parametrize('kernel, dilation, ceil, padding', [
    (3, 3, True, 1), (3, 2, True, 0), (4, 2, False, 1), (2, 3, True, 0), (3, (1, 3, 2), True, 1)])
def test_max_pool3d_dilated_windows_against_modern(torch, kernel, dilation, ceil, padding):
    # the right-hand padding max_pool3d adds for the last (ceil_mode) windows must cover the
    # dilated kernel's reach: dl * (k - 1) + 1 elements from each window start
    xa = np.random.RandomState(13).randn(1, 2, 9, 8, 10)
    x = Variable(L.DoubleTensor(xa), requires_grad=True)
    out = F.max_pool3d(x, kernel, 2, padding, dilation, ceil)
    xt = torch.tensor(xa, requires_grad=True)
    want = torch.nn.functional.max_pool3d(xt, kernel, 2, padding, dilation, ceil)
    assert tuple(out.size()) == tuple(want.shape)
    assert _np(out).tolist() == want.tolist()
    out.sum().backward()
    want.sum().backward()
    assert _np(x.grad).tolist() == xt.grad.tolist()


# ----------------------------------------------------------------- lead's seed-401 sample
@pytest.mark.parametrize('fn', ['max_pool2d', 'avg_pool2d'])
def test_pool2d_pad_error_names_width_and_height_apart(fn):
    x = Variable(L.randn(1, 1, 6, 6))
    with pytest.raises(RuntimeError) as e:
        getattr(F, fn)(x, (2, 4), 2, padding=(2, 0))
    assert str(e.value) == ('pad should be smaller than half of kernel size, but got '
                            'padW = 0, padH = 2, kW = 4, kH = 2')
