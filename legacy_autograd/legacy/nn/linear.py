"""``Linear`` and ``Bilinear`` of Lua Torch's nn, computed with our ``nn.functional`` on Variables."""
import math

from ...nn import functional as F
from ...tensor import is_tensor
from .module import AutogradModule, new_tensor


def _type_repr(cls_name):
    """What ``str(type(self))`` printed in 0.3.1 for a module in ``torch/legacy/nn/<Name>.py``."""
    return "<class 'torch.legacy.nn.{0}.{0}'>".format(cls_name)


def _uniform_reset(module, stdv, fan_in):
    stdv = stdv * math.sqrt(3) if stdv is not None else 1. / math.sqrt(fan_in)
    module.weight.uniform_(-stdv, stdv)
    if module.bias is not None:
        module.bias.uniform_(-stdv, stdv)
    return module


class Linear(AutogradModule):
    """``y = x W^T + b`` for a batch (2-D) or a single sample (1-D)."""

    def __init__(self, inputSize, outputSize, bias=True):
        super(Linear, self).__init__()
        self.weight = new_tensor().resize_(outputSize, inputSize)
        self.gradWeight = new_tensor().resize_(outputSize, inputSize).zero_()
        self.bias = new_tensor().resize_(outputSize) if bias else None
        self.gradBias = new_tensor().resize_(outputSize).zero_() if bias else None
        self.reset()

    def noBias(self):
        self.bias = None
        self.gradBias = None
        return self

    def reset(self, stdv=None):
        return _uniform_reset(self, stdv, self.weight.size(1))

    def _compute(self, x, p):
        if x.dim() == 1:
            return F.linear(x.unsqueeze(0), p['weight'], p.get('bias')).squeeze(0)
        return F.linear(x, p['weight'], p.get('bias'))

    def __repr__(self):
        return (super(Linear, self).__repr__() +
                '({} -> {})'.format(self.weight.size(1), self.weight.size(0)) +
                (' without bias' if self.bias is None else ''))


class Bilinear(AutogradModule):
    """``y_k = x1^T W_k x2 + b_k`` on a table ``[x1, x2]`` of two 2-D tensors."""

    _table_input = True

    def __init__(self, inputSize1, inputSize2, outputSize, bias=True):
        super(Bilinear, self).__init__()
        self.weight = new_tensor().resize_(outputSize, inputSize1, inputSize2)
        self.gradWeight = new_tensor().resize_(outputSize, inputSize1, inputSize2).zero_()
        self.bias = new_tensor().resize_(outputSize) if bias else None
        self.gradBias = new_tensor().resize_(outputSize).zero_() if bias else None
        self.gradInput = [new_tensor(), new_tensor()]
        self.reset()

    def reset(self, stdv=None):
        return _uniform_reset(self, stdv, self.weight.size(1))

    def _check_input(self, input):
        if len(input) != 2 or not is_tensor(input[0]) or not is_tensor(input[1]):
            raise RuntimeError('input should be a table containing two data Tensors')
        if input[0].ndimension() != 2 or input[1].ndimension() != 2:
            raise RuntimeError('input Tensors should be two-dimensional')
        if input[0].size(0) != input[1].size(0):
            raise RuntimeError('input Tensors should have the same number of rows')
        if input[0].size(1) != self.weight.size(1):
            raise RuntimeError('dimensionality of first input is erroneous')
        if input[1].size(1) != self.weight.size(2):
            raise RuntimeError('dimensionality of second input is erroneous')

    def _check_grad_output(self, input, gradOutput):
        if input[0].size(0) != gradOutput.size(0):
            raise RuntimeError('number of rows in gradOutput.es not match input')
        if gradOutput.size(1) != self.weight.size(0):
            raise RuntimeError("number of columns in gradOutput does not match layer's output size")

    def updateOutput(self, input):
        self._check_input(input)
        return super(Bilinear, self).updateOutput(input)

    def updateGradInput(self, input, gradOutput):
        if self.gradInput is None:
            return None
        self._check_input(input)
        self._check_grad_output(input, gradOutput)
        return super(Bilinear, self).updateGradInput(input, gradOutput)

    def accGradParameters(self, input, gradOutput, scale=1):
        self._check_input(input)
        self._check_grad_output(input, gradOutput)
        super(Bilinear, self).accGradParameters(input, gradOutput, scale)

    def _compute(self, xs, p):
        return F.bilinear(xs[0], xs[1], p['weight'], p.get('bias'))

    def __repr__(self):
        return _type_repr('Bilinear') + '({}x{} -> {}) {}'.format(
            self.weight.size(1), self.weight.size(2), self.weight.size(0),
            ' without bias' if self.bias is None else '')
