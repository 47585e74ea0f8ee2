"""Modules with random masks or slopes (``Dropout``, ``SpatialDropout``, ``VolumetricDropout``,
``RReLU``) and ``PReLU``.  The random draws are kept in ``noise`` so that backward uses the
mask of the last forward, as THNN did."""
import numpy as np

from ...nn import functional as F
from ... import rng as _rng
from ...tensor import from_numpy
from .module import Module, AutogradModule


def _clear_noise(module):
    if getattr(module, 'noise', None) is not None:
        module.noise.set_()


class Dropout(Module):
    """Training: zero each element with probability ``p`` and scale the rest by ``1 / (1 - p)``;
    evaluation: the identity."""

    def __init__(self, p=0.5, inplace=False):
        super(Dropout, self).__init__()
        self.p = p
        self.inplace = inplace
        self.train = True
        self.noise = self.output.new()

    def updateOutput(self, input):
        if self.inplace:
            self.output = input
        else:
            self.output = input.clone()
        if self.p > 0 and self.train:
            self.noise = input.new().resize_as_(input).bernoulli_(1 - self.p).div_(1 - self.p)
            self.output.mul_(self.noise)
        return self.output

    def updateGradInput(self, input, gradOutput):
        self.gradInput = gradOutput if self.inplace else gradOutput.clone()
        if self.p > 0 and self.train:
            self.gradInput.mul_(self.noise)
        return self.gradInput

    def setp(self, p):
        self.p = p

    def __repr__(self):
        return super(Dropout, self).__repr__() + '({:.4f})'.format(self.p)

    def clearState(self):
        _clear_noise(self)
        return super(Dropout, self).clearState()


class SpatialDropout(Module):
    """Training: zero whole planes of ``N x C x H x W`` input with probability ``p`` (no
    rescaling); evaluation: multiply by ``1 - p``."""

    _dims = 4
    _shape_error = 'Input must be 4D (nbatch, nfeat, h, w)'

    def __init__(self, p=0.5):
        super(SpatialDropout, self).__init__()
        self.p = p
        self.train = True
        self.noise = self.output.new()

    def updateOutput(self, input):
        self.output = input.clone()
        if self.train:
            if input.dim() != self._dims:
                raise RuntimeError(self._shape_error)
            size = [input.size(0), input.size(1)] + [1] * (self._dims - 2)
            self.noise = input.new().resize_(*size).bernoulli_(1 - self.p)
            self.output.mul_(self.noise.expand_as(input))
        else:
            self.output.mul_(1 - self.p)
        return self.output

    def updateGradInput(self, input, gradOutput):
        if not self.train:
            raise RuntimeError('backprop only defined while training')
        self.gradInput = gradOutput.clone().mul_(self.noise.expand_as(input))
        return self.gradInput

    def setp(self, p):
        self.p = p

    def clearState(self):
        _clear_noise(self)
        return super(SpatialDropout, self).clearState()


class VolumetricDropout(SpatialDropout):
    """SpatialDropout for ``N x C x T x H x W`` input."""

    _dims = 5
    _shape_error = 'Input must be 5D (nbatch, nfeat, t, h, w)'

    def __repr__(self):
        return super(VolumetricDropout, self).__repr__() + '({:.4f})'.format(self.p)


class RReLU(Module):
    """Randomized leaky ReLU: in training each non-positive element gets its own slope drawn
    uniformly from ``[lower, upper]``; in evaluation the slope is ``(lower + upper) / 2``."""

    def __init__(self, lower=1. / 8, upper=1. / 3, inplace=False):
        super(RReLU, self).__init__()
        self.lower = lower
        self.upper = upper
        self.inplace = inplace
        assert self.lower <= self.upper and self.lower >= 0 and self.upper >= 0
        self.noise = self.output.new()
        self.train = True

    def updateOutput(self, input):
        x = input.numpy()
        neg = x <= 0
        slope = np.ones(x.shape, dtype=x.dtype)
        if self.train:
            k = int(neg.sum())
            if k:
                draws = _rng.default_generator.uniform_double(k) * (self.upper - self.lower) + self.lower
                slope[neg] = draws.astype(x.dtype)
        else:
            slope[neg] = (self.lower + self.upper) / 2
        self.noise = input.new().resize_as_(input).copy_(_from_numpy(slope))
        if self.inplace:
            input.mul_(self.noise)
            self.output = input
        else:
            self.output = input.clone().mul_(self.noise)
        return self.output

    def updateGradInput(self, input, gradOutput):
        if self.inplace:
            gradOutput.mul_(self.noise)
            self.gradInput = gradOutput
        else:
            self.gradInput = gradOutput.clone().mul_(self.noise)
        return self.gradInput

    def __repr__(self):
        return super(RReLU, self).__repr__() + '({:.4f}, {:.4f})'.format(self.lower, self.upper)

    def clearState(self):
        _clear_noise(self)
        return super(RReLU, self).clearState()


def _from_numpy(a):
    return from_numpy(np.ascontiguousarray(a))


class PReLU(AutogradModule):
    """Leaky ReLU with learnable negative slopes: one shared (``nOutputPlane == 0``) or one per
    plane (dim 1 of batched input, dim 0 of a vector); slopes start at 0.25."""

    def __init__(self, nOutputPlane=0):
        super(PReLU, self).__init__()
        self.nOutputPlane = nOutputPlane
        self.weight = self.output.new().resize_(nOutputPlane or 1).fill_(0.25)
        self.gradWeight = self.output.new().resize_(nOutputPlane or 1).zero_()

    def _compute(self, x, p):
        if x.dim() == 1 and self.nOutputPlane:
            return F.prelu(x.unsqueeze(0), p['weight']).squeeze(0)
        return F.prelu(x, p['weight'])

    def clearState(self):
        return super(PReLU, self).clearState()
