"""Pointwise activations and the softmax family of Lua Torch's nn, computed with our
``nn.functional`` on Variables (gradients from our autograd engine)."""
from ...nn import functional as F
from .module import AutogradModule


def _type_repr(cls_name):
    """What ``str(type(self))`` printed in 0.3.1 for a module in ``torch/legacy/nn/<Name>.py``."""
    return "<class 'torch.legacy.nn.{0}.{0}'>".format(cls_name)


class _Pointwise(AutogradModule):
    """An activation with an optional ``inplace`` flag: in place, the input tensor itself is
    overwritten with the result and becomes ``output`` (gradients use the input as it was)."""

    inplace = False

    def updateOutput(self, input):
        if not self.inplace:
            return super(_Pointwise, self).updateOutput(input)
        self._input_before = input.clone()
        result = super(_Pointwise, self).updateOutput(self._input_before)
        input.copy_(result)
        self.output = input
        return self.output

    def _original(self, input):
        before = getattr(self, '_input_before', None)
        if self.inplace and before is not None and input is self.output:
            return before
        return input

    def updateGradInput(self, input, gradOutput):
        gi = super(_Pointwise, self).updateGradInput(self._original(input), gradOutput)
        if self.inplace and gi is not None:
            gradOutput.copy_(gi)
            self.gradInput = gradOutput
        return self.gradInput

    def clearState(self):
        self._input_before = None
        return super(_Pointwise, self).clearState()


class Threshold(_Pointwise):
    def __init__(self, threshold=0, value=0, inplace=False):
        super(Threshold, self).__init__()
        self.threshold = threshold
        self.value = value
        self.inplace = inplace
        if inplace and value > threshold:
            raise RuntimeError('in-place processing requires value ({}) to not '
                               'exceed threshold ({})'.format(value, threshold))

    def _compute(self, x, p):
        return F.threshold(x, self.threshold, self.value)


class ReLU(Threshold):
    def __init__(self, inplace=False):
        super(ReLU, self).__init__(0, 0, inplace)


class ReLU6(_Pointwise):
    def __init__(self, inplace=False):
        super(ReLU6, self).__init__()
        self.inplace = inplace

    def _compute(self, x, p):
        return F.hardtanh(x, 0., 6.)


class HardTanh(_Pointwise):
    def __init__(self, min_value=-1, max_value=1, inplace=False):
        super(HardTanh, self).__init__()
        self.min_val = min_value
        self.max_val = max_value
        self.inplace = inplace
        assert self.max_val > self.min_val

    def _compute(self, x, p):
        return F.hardtanh(x, self.min_val, self.max_val)


class Clamp(HardTanh):
    def __init__(self, min_value, max_value):
        super(Clamp, self).__init__(min_value, max_value)


class ELU(_Pointwise):
    def __init__(self, alpha=1., inplace=False):
        super(ELU, self).__init__()
        self.alpha = alpha
        self.inplace = inplace

    def _compute(self, x, p):
        return F.elu(x, self.alpha)

    def __repr__(self):
        return '{}(alpha={:.3f})'.format(_type_repr('ELU'), self.alpha)


class LeakyReLU(_Pointwise):
    def __init__(self, negval=1 / 100, inplace=False):
        super(LeakyReLU, self).__init__()
        self.negval = -negval if negval < 0 else negval
        self.inplace = inplace

    def _compute(self, x, p):
        return F.leaky_relu(x, self.negval)

    def __repr__(self):
        return _type_repr('LeakyReLU') + '({:.4f})'.format(self.negval)


def _simple(name, compute, doc):
    def _compute(self, x, p):
        return compute(x)
    return type(name, (_Pointwise,), {'_compute': _compute, '__doc__': doc})


Tanh = _simple('Tanh', lambda x: x.tanh(), '``tanh(x)``')
Sigmoid = _simple('Sigmoid', lambda x: x.sigmoid(), '``1 / (1 + exp(-x))``')
Abs = _simple('Abs', lambda x: x.abs(), '``|x|``')
Exp = _simple('Exp', lambda x: x.exp(), '``exp(x)``')
Log = _simple('Log', lambda x: x.log(), '``log(x)``')
Sqrt = _simple('Sqrt', lambda x: x.sqrt(), '``sqrt(x)``')
Square = _simple('Square', lambda x: x * x, '``x * x``')
LogSigmoid = _simple('LogSigmoid', F.logsigmoid, '``log(sigmoid(x))``')
SoftSign = _simple('SoftSign', F.softsign, '``x / (1 + |x|)``')
TanhShrink = _simple('TanhShrink', F.tanhshrink, '``x - tanh(x)``')


class Power(_Pointwise):
    def __init__(self, p):
        super(Power, self).__init__()
        self.pow = p

    def _compute(self, x, p):
        return x.pow(self.pow)


class SoftPlus(_Pointwise):
    def __init__(self, beta=1, threshold=20):
        super(SoftPlus, self).__init__()
        self.beta = beta
        self.threshold = threshold

    def _compute(self, x, p):
        return F.softplus(x, self.beta, self.threshold)


class HardShrink(_Pointwise):
    def __init__(self, lambd=0.5):
        super(HardShrink, self).__init__()
        self.lambd = lambd

    def _compute(self, x, p):
        return F.hardshrink(x, self.lambd)


class SoftShrink(_Pointwise):
    def __init__(self, lambd=0.5):
        super(SoftShrink, self).__init__()
        self.lambd = lambd

    def _compute(self, x, p):
        return F.softshrink(x, self.lambd)


class AddConstant(_Pointwise):
    def __init__(self, constant_scalar, inplace=False):
        super(AddConstant, self).__init__()
        self.constant_scalar = constant_scalar
        self.inplace = inplace

    def _compute(self, x, p):
        return x + self.constant_scalar


class MulConstant(_Pointwise):
    def __init__(self, constant_scalar, inplace=False):
        super(MulConstant, self).__init__()
        self.constant_scalar = constant_scalar
        self.inplace = inplace

    def _compute(self, x, p):
        return x * self.constant_scalar


class _SoftMaxFamily(AutogradModule):
    """Along ``dim`` if given, else dim 0 of a 1-D or 3-D input and dim 1 otherwise (as 0.3.1)."""

    def __init__(self, dim=None):
        super(_SoftMaxFamily, self).__init__()
        if dim is not None:
            self.dim = dim

    def _get_dim(self, input):
        return getattr(self, 'dim', 0 if input.dim() in (1, 3) else 1)


class SoftMax(_SoftMaxFamily):
    def _compute(self, x, p):
        return F.softmax(x, self._get_dim(x))


class LogSoftMax(_SoftMaxFamily):
    def _compute(self, x, p):
        return F.log_softmax(x, self._get_dim(x))


class SoftMin(_SoftMaxFamily):
    def _compute(self, x, p):
        return F.softmax(-x, self._get_dim(x))
