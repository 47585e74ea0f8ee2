"""Criterions of Lua Torch's nn: ``forward(input, target)`` returns a Python number,
``backward(input, target)`` the gradient of that number with respect to ``input``."""
from ...nn import functional as F
from .module import _convert, _as_var, _autograd_grad, new_tensor


class Criterion(object):
    """Base class: ``output`` (a number) and ``gradInput`` (a tensor)."""

    def __init__(self):
        self.gradInput = new_tensor()
        self.output = 0

    def updateOutput(self, input, target):
        raise NotImplementedError

    def forward(self, input, target):
        return self.updateOutput(input, target)

    def backward(self, input, target):
        return self.updateGradInput(input, target)

    def updateGradInput(self, input, target):
        raise NotImplementedError

    def clone(self):
        raise NotImplementedError

    def type(self, type, tensorCache=None):
        cache = tensorCache if tensorCache is not None else {}
        for key, value in list(self.__dict__.items()):
            setattr(self, key, _convert(value, type, cache))
        return self

    def float(self):
        return self.type('torch.FloatTensor')

    def double(self):
        return self.type('torch.DoubleTensor')

    def cuda(self):
        return self.type('torch.cuda.FloatTensor')

    def __repr__(self):
        return 'nn.' + self.__class__.__name__


class _AutogradCriterion(Criterion):
    """Loss ``self._compute(input_variable, target_tensor)`` with our functional ops; the gradient
    comes from our autograd engine."""

    def updateOutput(self, input, target):
        loss = self._compute(_as_var(input), target)
        self.output = loss.data[0] if loss.data.dim() > 0 else loss.data.item()
        return self.output

    def updateGradInput(self, input, target):
        x = _as_var(input, True)
        loss = self._compute(x, target)
        ones = loss.data.new().resize_as_(loss.data).fill_(1)
        g, = _autograd_grad([loss], [x], [ones], allow_unused=True)
        self.gradInput = g.data if g is not None else input.new().resize_as_(input).zero_()
        return self.gradInput


class MSECriterion(_AutogradCriterion):
    def __init__(self, sizeAverage=True):
        super(MSECriterion, self).__init__()
        self.sizeAverage = sizeAverage

    def _compute(self, x, target):
        return F.mse_loss(x, _as_var(target), size_average=self.sizeAverage)


class AbsCriterion(_AutogradCriterion):
    def __init__(self, sizeAverage=True):
        super(AbsCriterion, self).__init__()
        self.sizeAverage = sizeAverage

    def _compute(self, x, target):
        return F.l1_loss(x, _as_var(target), size_average=self.sizeAverage)


class SmoothL1Criterion(_AutogradCriterion):
    def __init__(self, sizeAverage=True):
        super(SmoothL1Criterion, self).__init__()
        self.sizeAverage = sizeAverage

    def _compute(self, x, target):
        return F.smooth_l1_loss(x, _as_var(target), size_average=self.sizeAverage)


class DistKLDivCriterion(_AutogradCriterion):
    def __init__(self, sizeAverage=True):
        super(DistKLDivCriterion, self).__init__()
        self.sizeAverage = sizeAverage

    def _compute(self, x, target):
        return F.kl_div(x, _as_var(target), size_average=self.sizeAverage)


class ClassNLLCriterion(_AutogradCriterion):
    """Negative log-likelihood of 0-based class indices given log-probabilities."""

    def __init__(self, weights=None, sizeAverage=True, ignore_index=-100):
        super(ClassNLLCriterion, self).__init__()
        self.sizeAverage = sizeAverage
        self.ignore_index = ignore_index
        if weights is not None:
            assert weights.dim() == 1
        self.weights = weights

    def _compute(self, x, target):
        w = _as_var(self.weights) if self.weights is not None else None
        if x.dim() == 1:
            x = x.unsqueeze(0)
            target = target.view(1)
        return F.nll_loss(x, _as_var(target.long()), weight=w, size_average=self.sizeAverage,
                          ignore_index=self.ignore_index)


class CrossEntropyCriterion(_AutogradCriterion):
    """``ClassNLLCriterion`` after ``LogSoftMax`` (input and target squeezed first, as 0.3.1)."""

    def __init__(self, weights=None):
        super(CrossEntropyCriterion, self).__init__()
        self.nll = ClassNLLCriterion(weights)

    def _compute(self, x, target):
        squeezed = x.squeeze()
        target = target.squeeze()
        dim = 0 if squeezed.dim() in (1, 3) else 1
        return self.nll._compute(F.log_softmax(squeezed, dim), target)


class BCECriterion(Criterion):
    """Binary cross-entropy ``-(t log(x + eps) + (1 - t) log(1 - x + eps))`` with 0.3.1's
    cheaper gradient ``-(t - x) / (x (1 + eps - x) + eps)``."""

    eps = 1e-12

    def __init__(self, weights=None, sizeAverage=True):
        if weights is not None and weights.dim() != 1:
            raise ValueError("weights input should be 1D Tensor")
        super(BCECriterion, self).__init__()
        self.sizeAverage = sizeAverage
        self.weights = weights

    def _weights_for(self, target):
        if self.weights is None:
            return None
        if target.dim() != 1:
            return self.weights.view(1, target.size(1)).expand_as(target)
        return self.weights

    def updateOutput(self, input, target):
        if input.nelement() != target.nelement():
            raise RuntimeError("input and target size mismatch")
        t = target.contiguous().view_as(input).type_as(input)
        terms = t * (input + self.eps).log() + (1 - t) * ((-input) + (1 + self.eps)).log()
        w = self._weights_for(target)
        if w is not None:
            terms = terms * w.contiguous().view_as(input)
        total = terms.sum()
        if self.sizeAverage:
            total = total / input.nelement()
        self.output = -total
        return self.output

    def updateGradInput(self, input, target):
        if input.nelement() != target.nelement():
            raise RuntimeError("input and target size mismatch")
        t = target.contiguous().view_as(input).type_as(input)
        denom = input * ((-input) + (1 + self.eps)) + self.eps
        g = (input - t) / denom
        w = self._weights_for(target)
        if w is not None:
            g = g * w.contiguous().view_as(input)
        if self.sizeAverage:
            g = g / target.nelement()
        self.gradInput = g
        return self.gradInput
