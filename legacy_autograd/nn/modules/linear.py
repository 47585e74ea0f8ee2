"""``Linear`` and ``Bilinear`` (0.3.1).

Initialisation consumes the 0.3 generator exactly as 0.3 did: ``weight`` then
``bias``, each ``uniform_(-stdv, stdv)`` with ``stdv = 1 / sqrt(weight.size(1))``
(24-bit floats, one engine step per element; see ``docs/random.md``).
``Linear`` on 2-D input with a bias runs ``torch.addmm`` (grad_fn
``AddmmBackward``); other inputs use ``matmul`` plus an in-place bias add.
Reprs as in 0.3.1: ``Linear(in_features=400, out_features=120, bias=True)``
(0.3.0 printed no ``bias=``).
"""
import math

from ... import tensor as _tensor
from ..parameter import Parameter
from .. import functional as F
from .module import Module

__all__ = ['Linear', 'Bilinear']


def _new(*sizes):
    return _tensor.default_tensor_type()(*sizes)


class _Affine(Module):
    """Shared by Linear and Bilinear: a weight, an optional bias of ``out_features``, and 0.3's
    uniform(-1/sqrt(weight.size(1)), +) initialisation of both (weight first)."""

    def _make_parameters(self, weight_sizes, out_features, bias):
        self.weight = Parameter(_new(*weight_sizes))
        if bias:
            self.bias = Parameter(_new(out_features))
        else:
            self.register_parameter('bias', None)
        self.reset_parameters()

    def reset_parameters(self):
        stdv = 1. / math.sqrt(self.weight.size(1))
        self.weight.data.uniform_(-stdv, stdv)
        if self.bias is not None:
            self.bias.data.uniform_(-stdv, stdv)


class Linear(_Affine):
    """``y = x A^T + b``: weight ``(out_features, in_features)``, bias ``(out_features)``."""

    def __init__(self, in_features, out_features, bias=True):
        super(Linear, self).__init__()
        self.in_features = in_features
        self.out_features = out_features
        self._make_parameters((out_features, in_features), out_features, bias)

    def forward(self, input):
        return F.linear(input, self.weight, self.bias)

    def __repr__(self):
        return (self.__class__.__name__ + '(in_features=' + str(self.in_features)
                + ', out_features=' + str(self.out_features)
                + ', bias=' + str(self.bias is not None) + ')')


class Bilinear(_Affine):
    """``y = x1^T A x2 + b``: weight ``(out_features, in1_features, in2_features)``."""

    def __init__(self, in1_features, in2_features, out_features, bias=True):
        super(Bilinear, self).__init__()
        self.in1_features = in1_features
        self.in2_features = in2_features
        self.out_features = out_features
        self._make_parameters((out_features, in1_features, in2_features), out_features, bias)

    def forward(self, input1, input2):
        return F.bilinear(input1, input2, self.weight, self.bias)

    def __repr__(self):
        return (self.__class__.__name__ + '(in1_features=' + str(self.in1_features)
                + ', in2_features=' + str(self.in2_features)
                + ', out_features=' + str(self.out_features)
                + ', bias=' + str(self.bias is not None) + ')')
