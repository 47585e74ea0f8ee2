"""Activation modules of 0.3.1, with their 0.3.1 reprs.

Reprs (each class's ``__repr__`` as in 0.3.1): ``Threshold (0.1, 20)`` (with the
space), ``ReLU()`` / ``ReLU(inplace)``, ``ReLU6()``, ``Hardtanh(min_val=-1,
max_val=1)``, ``Sigmoid()``, ``Tanh()``, ``ELU(alpha=1.0)``, ``SELU`` (no
parentheses) / ``SELU(inplace)``, ``LeakyReLU(0.2)``, ``LogSigmoid()``,
``Softplus(beta=1, threshold=20)``, ``PReLU(num_parameters=1)``, ``Softsign()``,
``Tanhshrink()``, ``Softmin()``, ``Softmax()``, ``Softmax2d()``, ``LogSoftmax()``
(the dim is not shown).  ``Softmax`` / ``LogSoftmax`` / ``Softmin`` built without
``dim`` choose it at call time with the 0.3 implicit rule and warn.
"""
import warnings

from ... import tensor as _tensor
from ..parameter import Parameter
from .. import functional as F
from .module import Module

__all__ = ['Threshold', 'ReLU', 'Hardtanh', 'ReLU6', 'Sigmoid', 'Tanh', 'ELU', 'SELU',
           'LeakyReLU', 'LogSigmoid', 'Softplus', 'PReLU', 'Softsign', 'Tanhshrink', 'Softmin',
           'Softmax', 'Softmax2d', 'LogSoftmax']


class Threshold(Module):
    """``y = x if x > threshold else value``."""

    def __init__(self, threshold, value, inplace=False):
        super(Threshold, self).__init__()
        self.threshold = threshold
        self.value = value
        self.inplace = inplace

    def forward(self, input):
        return F.threshold(input, self.threshold, self.value, self.inplace)

    def __repr__(self):
        inplace_str = ', inplace' if self.inplace else ''
        return (self.__class__.__name__ + ' (' + str(self.threshold) + ', ' + str(self.value)
                + inplace_str + ')')


class ReLU(Threshold):
    def __init__(self, inplace=False):
        super(ReLU, self).__init__(0, 0, inplace)

    def __repr__(self):
        return self.__class__.__name__ + '(' + ('inplace' if self.inplace else '') + ')'


class Hardtanh(Module):
    def __init__(self, min_val=-1, max_val=1, inplace=False, min_value=None, max_value=None):
        super(Hardtanh, self).__init__()
        if min_value is not None:
            warnings.warn('keyword argument min_value is deprecated and renamed to min_val')
            min_val = min_value
        if max_value is not None:
            warnings.warn('keyword argument max_value is deprecated and renamed to max_val')
            max_val = max_value
        self.min_val = min_val
        self.max_val = max_val
        self.inplace = inplace
        assert self.max_val > self.min_val

    def forward(self, input):
        return F.hardtanh(input, self.min_val, self.max_val, self.inplace)

    def __repr__(self):
        inplace_str = ', inplace' if self.inplace else ''
        return (self.__class__.__name__ + '(min_val=' + str(self.min_val)
                + ', max_val=' + str(self.max_val) + inplace_str + ')')


class ReLU6(Hardtanh):
    def __init__(self, inplace=False):
        super(ReLU6, self).__init__(0, 6, inplace)

    def __repr__(self):
        return self.__class__.__name__ + '(' + ('inplace' if self.inplace else '') + ')'


class Sigmoid(Module):
    def forward(self, input):
        return input.sigmoid()

    def __repr__(self):
        return self.__class__.__name__ + '()'


class Tanh(Module):
    def forward(self, input):
        return input.tanh()

    def __repr__(self):
        return self.__class__.__name__ + '()'


class ELU(Module):
    def __init__(self, alpha=1., inplace=False):
        super(ELU, self).__init__()
        self.alpha = alpha
        self.inplace = inplace

    def forward(self, input):
        return F.elu(input, self.alpha, self.inplace)

    def __repr__(self):
        inplace_str = ', inplace' if self.inplace else ''
        return self.__class__.__name__ + '(alpha=' + str(self.alpha) + inplace_str + ')'


class SELU(Module):
    def __init__(self, inplace=False):
        super(SELU, self).__init__()
        self.inplace = inplace

    def forward(self, input):
        return F.selu(input, self.inplace)

    def __repr__(self):
        return self.__class__.__name__ + ('(inplace)' if self.inplace else '')


class LeakyReLU(Module):
    def __init__(self, negative_slope=1e-2, inplace=False):
        super(LeakyReLU, self).__init__()
        self.negative_slope = negative_slope
        self.inplace = inplace

    def forward(self, input):
        return F.leaky_relu(input, self.negative_slope, self.inplace)

    def __repr__(self):
        inplace_str = ', inplace' if self.inplace else ''
        return self.__class__.__name__ + '(' + str(self.negative_slope) + inplace_str + ')'


class LogSigmoid(Module):
    def forward(self, input):
        return F.logsigmoid(input)

    def __repr__(self):
        return self.__class__.__name__ + '()'


class Softplus(Module):
    def __init__(self, beta=1, threshold=20):
        super(Softplus, self).__init__()
        self.beta = beta
        self.threshold = threshold

    def forward(self, input):
        return F.softplus(input, self.beta, self.threshold)

    def __repr__(self):
        return (self.__class__.__name__ + '(beta=' + str(self.beta)
                + ', threshold=' + str(self.threshold) + ')')


class PReLU(Module):
    """``max(0, x) + a * min(0, x)`` with learnable ``a`` (one, or one per channel)."""

    def __init__(self, num_parameters=1, init=0.25):
        self.num_parameters = num_parameters
        super(PReLU, self).__init__()
        self.weight = Parameter(_tensor.default_tensor_type()(num_parameters).fill_(init))

    def forward(self, input):
        return F.prelu(input, self.weight)

    def __repr__(self):
        return self.__class__.__name__ + '(num_parameters=' + str(self.num_parameters) + ')'


class Softsign(Module):
    def forward(self, input):
        return F.softsign(input)

    def __repr__(self):
        return self.__class__.__name__ + '()'


class Tanhshrink(Module):
    def forward(self, input):
        return F.tanhshrink(input)

    def __repr__(self):
        return self.__class__.__name__ + '()'


class _SoftmaxNd(Module):
    """Softmin / Softmax / LogSoftmax: an optional ``dim`` (0.3's implicit rule when None);
    0.3 printed them as ``Softmax()`` even with a dim."""

    def __init__(self, dim=None):
        super(_SoftmaxNd, self).__init__()
        self.dim = dim

    def __setstate__(self, state):
        Module.__setstate__(self, state)
        if not hasattr(self, 'dim'):
            self.dim = None

    def forward(self, input):
        return self._function(input, self.dim, _stacklevel=5)

    def __repr__(self):
        return self.__class__.__name__ + '()'


class Softmin(_SoftmaxNd):
    _function = staticmethod(F.softmin)


class Softmax(_SoftmaxNd):
    _function = staticmethod(F.softmax)


class Softmax2d(Module):
    def forward(self, input):
        assert input.dim() == 4, 'Softmax2d requires a 4D tensor as input'
        return F.softmax(input, 1, _stacklevel=5)

    def __repr__(self):
        return self.__class__.__name__ + '()'


class LogSoftmax(_SoftmaxNd):
    _function = staticmethod(F.log_softmax)


# ---------------------------------------------------------------------- issue 16
# the classes 0.3.1 defined here beyond the ones above (0.3.1 arguments, reprs, init)

__all__ += ['RReLU', 'GLU', 'Hardshrink', 'Softshrink']


class RReLU(Module):
    """RReLU(lower=1/8, upper=1/3, inplace=False): random negative slopes in training."""

    def __init__(self, lower=1. / 8, upper=1. / 3, inplace=False):
        super(RReLU, self).__init__()
        self.lower = lower
        self.upper = upper
        self.inplace = inplace

    def forward(self, input):
        return F.rrelu(input, self.lower, self.upper, self.training, self.inplace)

    def __repr__(self):
        inplace_str = ', inplace' if self.inplace else ''
        return self.__class__.__name__ + '(' + str(self.lower) + ', ' + str(self.upper) \
            + inplace_str + ')'


class GLU(Module):
    """GLU(dim=-1): gated linear unit."""

    def __init__(self, dim=-1):
        super(GLU, self).__init__()
        self.dim = dim

    def forward(self, input):
        return F.glu(input, self.dim)

    def __repr__(self):
        return '{}(dim={})'.format(self.__class__.__name__, self.dim)


class Hardshrink(Module):
    """Hardshrink(lambd=0.5)."""

    def __init__(self, lambd=0.5):
        super(Hardshrink, self).__init__()
        self.lambd = lambd

    def forward(self, input):
        return F.hardshrink(input, self.lambd)

    def __repr__(self):
        return self.__class__.__name__ + '(' + str(self.lambd) + ')'


class Softshrink(Module):
    """Softshrink(lambd=0.5)."""

    def __init__(self, lambd=0.5):
        super(Softshrink, self).__init__()
        self.lambd = lambd

    def forward(self, input):
        return F.softshrink(input, self.lambd)

    def __repr__(self):
        return self.__class__.__name__ + '(' + str(self.lambd) + ')'
