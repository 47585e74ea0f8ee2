"""``torch.nn.init`` of 0.3.1, in both spellings (``xavier_uniform`` and 0.4's ``xavier_uniform_``).

Every function accepts a tensor or a Variable (a Variable's ``.data`` is filled)
and returns its argument.  Random fills consume the 0.3 generator in 0.3's
order: ``uniform``, ``xavier_uniform`` and ``kaiming_uniform`` are one
``uniform_(-a, a)`` call (one 24-bit draw per element for FloatTensors);
``normal``, ``xavier_normal`` and ``kaiming_normal`` one ``normal_(0, std)``
call (Box-Muller with the cached second value); ``orthogonal`` draws a
``rows x cols`` normal matrix, takes its QR factorisation and fixes the signs
with ``sign(diag(R))``; ``sparse`` draws ``normal_(0, std)`` and then zeroes
rows chosen with Python's ``random.shuffle`` (as 0.3 did).

The underscore names are plain aliases (0.4 added them; modern torch warns for
the old ones).  ``calculate_gain`` knows linear, conv*, sigmoid, tanh, relu and
leaky_relu (0.3.1 had no 'selu').
"""
import math
import random

import numpy as np

from ..autograd.variable import Variable

__all__ = ['calculate_gain', 'uniform', 'normal', 'constant', 'eye', 'dirac', 'xavier_uniform',
           'xavier_normal', 'kaiming_uniform', 'kaiming_normal', 'orthogonal', 'sparse',
           'uniform_', 'normal_', 'constant_', 'eye_', 'dirac_', 'xavier_uniform_',
           'xavier_normal_', 'kaiming_uniform_', 'kaiming_normal_', 'orthogonal_', 'sparse_']


def calculate_gain(nonlinearity, param=None):
    """The recommended gain for ``nonlinearity`` (0.3.1 table)."""
    linear_fns = ['linear', 'conv1d', 'conv2d', 'conv3d', 'conv_transpose1d', 'conv_transpose2d',
                  'conv_transpose3d']
    if nonlinearity in linear_fns or nonlinearity == 'sigmoid':
        return 1
    elif nonlinearity == 'tanh':
        return 5.0 / 3
    elif nonlinearity == 'relu':
        return math.sqrt(2.0)
    elif nonlinearity == 'leaky_relu':
        if param is None:
            negative_slope = 0.01
        elif not isinstance(param, bool) and isinstance(param, int) or isinstance(param, float):
            negative_slope = param
        else:
            raise ValueError('negative_slope {} not a valid number'.format(param))
        return math.sqrt(2.0 / (1 + negative_slope ** 2))
    else:
        raise ValueError('Unsupported nonlinearity {}'.format(nonlinearity))


def _on_data(fn):
    """0.3: a Variable is initialised through its ``.data``; the Variable is returned."""
    def wrapper(tensor, *args, **kwargs):
        if isinstance(tensor, Variable):
            fn(tensor.data, *args, **kwargs)
            return tensor
        return fn(tensor, *args, **kwargs)
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper


@_on_data
def uniform(tensor, a=0, b=1):
    """Fill with U(a, b)."""
    return tensor.uniform_(a, b)


@_on_data
def normal(tensor, mean=0, std=1):
    """Fill with N(mean, std)."""
    return tensor.normal_(mean, std)


@_on_data
def constant(tensor, val):
    """Fill with ``val``."""
    return tensor.fill_(val)


def eye(tensor):
    """The identity matrix (2-D tensors only)."""
    if tensor.ndimension() != 2:
        raise ValueError('Only tensors with 2 dimensions are supported')
    if isinstance(tensor, Variable):
        eye(tensor.data)
        return tensor
    t = tensor
    a = np.eye(t.size(0), t.size(1), dtype=t._a.dtype)
    return t.copy_(type(t)._wrap(a))


def dirac(tensor):
    """The Dirac delta for {3, 4, 5}-D convolution weights."""
    dimensions = tensor.ndimension()
    if dimensions not in [3, 4, 5]:
        raise ValueError('Only tensors with 3, 4, or 5 dimensions are supported')
    if isinstance(tensor, Variable):
        dirac(tensor.data)
        return tensor
    sizes = tensor.size()
    min_dim = min(sizes[0], sizes[1])
    tensor.zero_()
    a = tensor._a
    centre = tuple(s // 2 for s in sizes[2:])
    for d in range(min_dim):
        a[(d, d) + centre] = 1
    return tensor


def _calculate_fan_in_and_fan_out(tensor):
    dimensions = tensor.ndimension()
    if dimensions < 2:
        raise ValueError('Fan in and fan out can not be computed for tensor with less than 2 '
                         'dimensions')
    if dimensions == 2:
        fan_in = tensor.size(1)
        fan_out = tensor.size(0)
    else:
        num_input_fmaps = tensor.size(1)
        num_output_fmaps = tensor.size(0)
        receptive_field_size = 1
        for s in tensor.size()[2:]:
            receptive_field_size *= s
        fan_in = num_input_fmaps * receptive_field_size
        fan_out = num_output_fmaps * receptive_field_size
    return fan_in, fan_out


@_on_data
def xavier_uniform(tensor, gain=1):
    """U(-a, a) with ``a = gain * sqrt(2 / (fan_in + fan_out)) * sqrt(3)`` (Glorot)."""
    fan_in, fan_out = _calculate_fan_in_and_fan_out(tensor)
    std = gain * math.sqrt(2.0 / (fan_in + fan_out))
    a = math.sqrt(3.0) * std
    return tensor.uniform_(-a, a)


@_on_data
def xavier_normal(tensor, gain=1):
    """N(0, std) with ``std = gain * sqrt(2 / (fan_in + fan_out))`` (Glorot)."""
    fan_in, fan_out = _calculate_fan_in_and_fan_out(tensor)
    std = gain * math.sqrt(2.0 / (fan_in + fan_out))
    return tensor.normal_(0, std)


def _calculate_correct_fan(tensor, mode):
    mode = mode.lower()
    valid_modes = ['fan_in', 'fan_out']
    if mode not in valid_modes:
        raise ValueError('Mode {} not supported, please use one of {}'.format(mode, valid_modes))
    fan_in, fan_out = _calculate_fan_in_and_fan_out(tensor)
    return fan_in if mode == 'fan_in' else fan_out


@_on_data
def kaiming_uniform(tensor, a=0, mode='fan_in'):
    """U(-bound, bound) with ``bound = sqrt(2 / ((1 + a^2) * fan)) * sqrt(3)`` (He)."""
    fan = _calculate_correct_fan(tensor, mode)
    gain = calculate_gain('leaky_relu', a)
    std = gain / math.sqrt(fan)
    bound = math.sqrt(3.0) * std
    return tensor.uniform_(-bound, bound)


@_on_data
def kaiming_normal(tensor, a=0, mode='fan_in'):
    """N(0, std) with ``std = sqrt(2 / ((1 + a^2) * fan))`` (He)."""
    fan = _calculate_correct_fan(tensor, mode)
    gain = calculate_gain('leaky_relu', a)
    std = gain / math.sqrt(fan)
    return tensor.normal_(0, std)


@_on_data
def orthogonal(tensor, gain=1):
    """A (semi-)orthogonal matrix (trailing dims flattened), times ``gain`` (Saxe et al.)."""
    if tensor.ndimension() < 2:
        raise ValueError('Only tensors with 2 or more dimensions are supported')
    from .. import tensor as _tensor
    rows = tensor.size(0)
    cols = tensor.numel() // rows
    flattened = _tensor.default_tensor_type()(rows, cols).normal_(0, 1)
    m = flattened._a
    if rows < cols:
        m = m.T
    q, r = np.linalg.qr(m.astype(np.float64))
    ph = np.sign(np.diag(r))
    q = q * ph
    if rows < cols:
        q = q.T
    a = tensor._a
    a[...] = q.reshape(a.shape).astype(a.dtype)
    a *= a.dtype.type(gain)
    return tensor


@_on_data
def sparse(tensor, sparsity, std=0.01):
    """N(0, std), then ``ceil(sparsity * rows)`` zeros per column (rows from ``random.shuffle``)."""
    if tensor.ndimension() != 2:
        raise ValueError('Only tensors with 2 dimensions are supported')
    tensor.normal_(0, std)
    rows, cols = tensor.size(0), tensor.size(1)
    num_zeros = int(math.ceil(rows * sparsity))
    a = tensor._a
    for col_idx in range(cols):
        row_indices = list(range(rows))
        random.shuffle(row_indices)
        for row_idx in row_indices[:num_zeros]:
            a[row_idx, col_idx] = 0
    return tensor


# 0.4 spellings (plain aliases)
uniform_ = uniform
normal_ = normal
constant_ = constant
eye_ = eye
dirac_ = dirac
xavier_uniform_ = xavier_uniform
xavier_normal_ = xavier_normal
kaiming_uniform_ = kaiming_uniform
kaiming_normal_ = kaiming_normal
orthogonal_ = orthogonal
sparse_ = sparse
