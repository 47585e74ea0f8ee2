"""Pointwise modules with learnable parameters: ``Add`` (a bias), ``CMul`` (a per-element scale),
``Mul`` (one scalar scale)."""
import math

from ...size import Size
from .module import AutogradModule, new_tensor


def _reset(t, stdv, fan):
    stdv = stdv * math.sqrt(3) if stdv is not None else 1. / math.sqrt(fan)
    t.uniform_(-stdv, stdv)


def _apply_per_sample(x, p, op):
    """``op(x, p)`` with ``p`` shaped like one sample of ``x`` (or like all of ``x``)."""
    if x.numel() == p.numel():
        return op(x, p.contiguous().view_as(x))
    flat = x.contiguous().view(x.size(0), -1)
    out = op(flat, p.contiguous().view(1, -1).expand_as(flat))
    return out.view_as(x)


class Add(AutogradModule):
    """``x + bias``; ``scalar=True`` adds one learnable number to every element."""

    def __init__(self, inputSize, scalar=False):
        super(Add, self).__init__()
        if scalar:
            assert inputSize == 1
        self.scalar = scalar
        self.bias = new_tensor().resize_(*(inputSize if isinstance(inputSize, Size) else (inputSize,)))
        self.gradBias = new_tensor().resize_as_(self.bias).zero_()
        self.reset()

    def reset(self, stdv=None):
        _reset(self.bias, stdv, self.bias.size(0))

    def _compute(self, x, p):
        if self.scalar:
            return x + p['bias'].expand_as(x)
        return _apply_per_sample(x, p['bias'], lambda a, b: a + b)


class CMul(AutogradModule):
    """``x * weight`` element by element (weight shaped like one sample)."""

    def __init__(self, *args):
        super(CMul, self).__init__()
        self.size = args[0] if len(args) == 1 and isinstance(args[0], Size) else Size(args)
        self.weight = new_tensor().resize_(*self.size)
        self.gradWeight = new_tensor().resize_(*self.size).zero_()
        self.reset()

    def reset(self, stdv=None):
        _reset(self.weight, stdv, self.weight.nelement())

    def _compute(self, x, p):
        return _apply_per_sample(x, p['weight'], lambda a, b: a * b)


class Mul(AutogradModule):
    """``x * w`` with one learnable scalar ``w``."""

    def __init__(self):
        super(Mul, self).__init__()
        self.weight = new_tensor().resize_(1)
        self.gradWeight = new_tensor().resize_(1).zero_()
        self.reset()

    def reset(self, stdv=None):
        _reset(self.weight, stdv, self.weight.size(0))

    def _compute(self, x, p):
        return x * p['weight'].expand_as(x)
