"""Criterions of Lua Torch's nn: ``forward(input, target)`` returns a Python number,
``backward(input, target)`` the gradient of that number with respect to ``input``."""
from ...nn import functional as F
from ...ops.shape import cat
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


def _nelement_mean(total, n, size_average):
    return total / n if size_average else total


def _float_target(target, like):
    return _as_var(target.type(like.data.type()) if target.type() != like.data.type() else target)


class MarginCriterion(_AutogradCriterion):
    """Two-class hinge loss ``sum max(0, margin - x * y)`` for targets ``y`` of +1/-1, averaged
    over the elements (0.3.1 always averaged: its ``sizeAverage`` argument was not used)."""

    def __init__(self, margin=1, sizeAverage=True):
        super(MarginCriterion, self).__init__()
        self.sizeAverage = True
        self.margin = margin

    def _compute(self, x, target):
        terms = (self.margin - x * _float_target(target, x)).clamp(min=0)
        return _nelement_mean(terms.sum(), x.numel(), self.sizeAverage)


class SoftMarginCriterion(_AutogradCriterion):
    """Two-class logistic loss ``mean log(1 + exp(-x * y))`` for targets of +1/-1."""

    def __init__(self):
        super(SoftMarginCriterion, self).__init__()
        self.sizeAverage = True

    def _compute(self, x, target):
        terms = (1 + (-x * _float_target(target, x)).exp()).log()
        return _nelement_mean(terms.sum(), x.numel(), self.sizeAverage)


class MultiMarginCriterion(_AutogradCriterion):
    """Multi-class hinge loss: per sample ``sum over i != y of max(0, margin - x[y] + x[i])^p``
    (times ``weights[y]``) divided by the number of classes; averaged over samples."""

    def __init__(self, p=1, weights=None, margin=1, sizeAverage=True):
        super(MultiMarginCriterion, self).__init__()
        if p != 1 and p != 2:
            raise ValueError("only p == 1 and p == 2 supported")
        self.p = p
        self.margin = margin
        self.sizeAverage = sizeAverage
        if weights is not None:
            assert weights.dim() == 1
        self.weights = weights

    def _compute(self, x, target):
        target = target.long()
        if x.dim() == 1:
            x = x.unsqueeze(0)
            target = target.view(1)
        w = _as_var(self.weights) if self.weights is not None else None
        return F.multi_margin_loss(x, _as_var(target), self.p, self.margin, w, self.sizeAverage)


class MultiLabelMarginCriterion(_AutogradCriterion):
    """Multi-label hinge loss; each target row lists 0-based class indices, ended by the first
    -1 (or the row's end)."""

    def __init__(self, sizeAverage=True):
        super(MultiLabelMarginCriterion, self).__init__()
        self.sizeAverage = sizeAverage
        self.isTarget = new_tensor()

    def _compute(self, x, target):
        target = target.long()
        if x.dim() == 1:
            x = x.unsqueeze(0)
            target = target.view(1, -1)
        return F.multilabel_margin_loss(x, _as_var(target), self.sizeAverage)


class MultiLabelSoftMarginCriterion(Criterion):
    """Sigmoid followed by BCECriterion (with optional per-class ``weights``)."""

    def __init__(self, weights=None):
        super(MultiLabelSoftMarginCriterion, self).__init__()
        from .activations import Sigmoid
        self.lsm = Sigmoid()
        self.nll = BCECriterion(weights)

    @staticmethod
    def _squeezed(t):
        return t if t.nelement() == 1 else t.squeeze()

    def updateOutput(self, input, target):
        self.lsm.updateOutput(self._squeezed(input))
        self.output = self.nll.updateOutput(self.lsm.output, self._squeezed(target))
        return self.output

    def updateGradInput(self, input, target):
        x = self._squeezed(input)
        self.nll.updateGradInput(self.lsm.output, self._squeezed(target))
        self.lsm.updateGradInput(x, self.nll.gradInput)
        self.gradInput = self.lsm.gradInput.contiguous().view(input.size())
        return self.gradInput


class HingeEmbeddingCriterion(_AutogradCriterion):
    """``x`` where ``y == 1``, ``max(0, margin - x)`` where ``y == -1``; summed (and averaged over
    the elements with ``sizeAverage``)."""

    def __init__(self, margin=1, sizeAverage=True):
        super(HingeEmbeddingCriterion, self).__init__()
        self.margin = margin
        self.sizeAverage = sizeAverage

    def _compute(self, x, y):
        y = y.type(x.data.type())
        pos = _as_var(y.eq(1).type_as(y))
        neg = _as_var(y.eq(-1).type_as(y))
        total = (x * pos).sum() + ((self.margin - x).clamp(min=0) * neg).sum()
        return _nelement_mean(total, x.numel(), self.sizeAverage)


class _TableCriterion(Criterion):
    """A criterion on a table of two tensors: gradients come back as a list of two."""

    def updateOutput(self, input, target):
        loss = self._compute([_as_var(t) for t in input], target)
        self.output = loss.data[0] if loss.data.dim() > 0 else loss.data.item()
        return self.output

    def updateGradInput(self, input, target):
        xs = [_as_var(t, True) for t in input]
        loss = self._compute(xs, target)
        ones = loss.data.new().resize_as_(loss.data).fill_(1)
        grads = _autograd_grad([loss], xs, [ones], allow_unused=True)
        self.gradInput = [g.data if g is not None else t.new().resize_as_(t).zero_()
                          for g, t in zip(grads, input)]
        return self.gradInput


class CosineEmbeddingCriterion(_TableCriterion):
    """On ``[x1, x2]`` (rows compared): ``1 - cos`` where ``y == 1``, ``max(0, cos - margin)``
    where ``y == -1``; summed, averaged over the rows with ``sizeAverage``."""

    def __init__(self, margin=0, sizeAverage=True):
        super(CosineEmbeddingCriterion, self).__init__()
        self.margin = margin
        self.sizeAverage = sizeAverage
        self.gradInput = [new_tensor(), new_tensor()]

    def _compute(self, xs, y):
        a, b = xs
        eps = 1e-12
        dot = (a * b).sum(1)
        cos = dot / (((a * a).sum(1) + eps) * ((b * b).sum(1) + eps)).sqrt()
        y = y.type(a.data.type())
        pos = _as_var(y.eq(1).type_as(y))
        neg = _as_var(y.eq(-1).type_as(y))
        total = ((1 - cos) * pos).sum() + ((cos - self.margin).clamp(min=0) * neg).sum()
        return _nelement_mean(total, y.size(0), self.sizeAverage)


class MarginRankingCriterion(_TableCriterion):
    """On ``[x1, x2]``: ``max(0, -y * (x1 - x2) + margin)``, summed (averaged with
    ``sizeAverage``); ``y`` is +1 where x1 should rank higher, -1 where x2 should."""

    def __init__(self, margin=1, sizeAverage=True):
        super(MarginRankingCriterion, self).__init__()
        self.margin = margin
        self.sizeAverage = sizeAverage
        self.gradInput = [new_tensor(), new_tensor()]

    def _compute(self, xs, y):
        a, b = xs
        if isinstance(y, (int, float)):
            return (-y * (a - b) + self.margin).clamp(min=0).sum()
        yv = _float_target(y, a)
        total = (-yv * (a - b) + self.margin).clamp(min=0).sum()
        if a.size(0) == 1:
            return total
        return _nelement_mean(total, y.size(0), self.sizeAverage)


class L1HingeEmbeddingCriterion(_TableCriterion):
    """On ``[x1, x2]`` with a number ``y``: the L1 distance ``d`` when ``y == 1``,
    ``max(0, margin - d)`` when ``y == -1``."""

    def __init__(self, margin=1):
        super(L1HingeEmbeddingCriterion, self).__init__()
        self.margin = margin
        self.gradInput = [new_tensor(), new_tensor()]

    def _compute(self, xs, y):
        d = (xs[0] - xs[1]).abs().sum()
        if y == -1:
            return (self.margin - d).clamp(min=0)
        return d


class L1Cost(_AutogradCriterion):
    """``sum |x|`` (no target)."""

    def updateOutput(self, input, target=None):
        assert target is None
        return super(L1Cost, self).updateOutput(input, target)

    def updateGradInput(self, input, target=None):
        assert target is None
        return super(L1Cost, self).updateGradInput(input, target)

    def _compute(self, x, target):
        return x.abs().sum()


class WeightedMSECriterion(_AutogradCriterion):
    """MSECriterion against ``weight * target`` (the weight scales the target only, per sample
    when the input has one more dimension than the weight)."""

    def __init__(self, weight, sizeAverage=True):
        super(WeightedMSECriterion, self).__init__()
        self.weight = weight.clone()
        self.sizeAverage = sizeAverage

    def _compute(self, x, target):
        t = target.type(x.data.type()).clone()
        if x.dim() - 1 == self.weight.dim():
            for i in range(x.size(0)):
                t[i].mul_(self.weight)
        else:
            t.mul_(self.weight.view_as(t))
        return F.mse_loss(x, _as_var(t), size_average=self.sizeAverage)


class SpatialClassNLLCriterion(_AutogradCriterion):
    """ClassNLLCriterion at every pixel: input ``N x C x H x W`` log-probabilities, target
    ``N x H x W`` 0-based classes."""

    def __init__(self, weights=None, sizeAverage=True, ignore_index=-100):
        assert weights is None or weights.dim() == 1
        super(SpatialClassNLLCriterion, self).__init__()
        self.sizeAverage = sizeAverage
        self.weights = weights
        self.ignore_index = ignore_index

    def _compute(self, x, target):
        w = _as_var(self.weights) if self.weights is not None else None
        return F.nll_loss(x, _as_var(target.long()), weight=w, size_average=self.sizeAverage,
                          ignore_index=self.ignore_index)


class ClassSimplexCriterion(MSECriterion):
    """MSECriterion against the vertex of a regular simplex (centred at the origin, unit-norm
    vertices, zero-padded to ``nClasses`` coordinates) picked by each 0-based class target."""

    def __init__(self, nClasses):
        super(ClassSimplexCriterion, self).__init__()
        self.nClasses = nClasses
        simp = self._regsplex(nClasses - 1)
        pad = simp.new().resize_(simp.size(0), nClasses - simp.size(1)).zero_()
        self.simplex = cat((simp, pad), 1)
        self._target = new_tensor().resize_(nClasses)

    @staticmethod
    def _regsplex(n):
        import math
        a = new_tensor().resize_(n + 1, n).zero_()
        for k in range(n):
            if k == 0:
                a[k][k] = 1
            else:
                a[k][k] = math.sqrt(1 - a[k:k + 1, 0:k + 1].norm() ** 2)
            c = (a[k][k] ** 2 - 1 - 1 / n) / a[k][k]
            a[k + 1:n + 2, k:k + 1].fill_(c)
        return a

    def _transformTarget(self, target):
        assert target.dim() == 1
        self._target = self.simplex.new().resize_(target.size(0), self.nClasses)
        for i in range(target.size(0)):
            self._target[i].copy_(self.simplex[int(target[i])])

    def updateOutput(self, input, target):
        self._transformTarget(target)
        assert input.nelement() == self._target.nelement()
        return super(ClassSimplexCriterion, self).updateOutput(input, self._target.type_as(input))

    def updateGradInput(self, input, target):
        assert input.nelement() == self._target.nelement()
        return super(ClassSimplexCriterion, self).updateGradInput(input, self._target.type_as(input))

    def getPredictions(self, input):
        return input.mm(self.simplex.t())

    def getTopPrediction(self, input):
        prod = self.getPredictions(input)
        _, maxs = prod.max(prod.ndimension() - 1)
        return maxs.view(-1)


def _nested_zero_like(x):
    if isinstance(x, list):
        return [_nested_zero_like(v) for v in x]
    return x.new().resize_as_(x).zero_()


def _nested_add(total, weight, grad):
    """``total += weight * grad`` for tensors or nested lists of them; returns ``total``."""
    if isinstance(grad, list):
        return [_nested_add(t, weight, g) for t, g in zip(total, grad)]
    return total.add_(weight, grad)


class MultiCriterion(Criterion):
    """Weighted sum of several criterions applied to the same input and target."""

    def __init__(self):
        super(MultiCriterion, self).__init__()
        self.criterions = []
        self.weights = []

    def add(self, criterion, weight=1):
        self.criterions.append(criterion)
        self.weights.append(weight)
        return self

    def updateOutput(self, input, target):
        self.output = 0
        for c, w in zip(self.criterions, self.weights):
            self.output = self.output + w * c.updateOutput(input, target)
        return self.output

    def updateGradInput(self, input, target):
        total = _nested_zero_like(input)
        for c, w in zip(self.criterions, self.weights):
            total = _nested_add(total, w, c.updateGradInput(input, target))
        self.gradInput = total
        return self.gradInput

    def type(self, type, tensorCache=None):
        for c in self.criterions:
            c.type(type, tensorCache)
        return super(MultiCriterion, self).type(type, tensorCache)


class ParallelCriterion(Criterion):
    """Weighted sum of criterion ``i`` on ``input[i]`` and ``target[i]`` (or the whole target
    for each, with ``repeatTarget``)."""

    def __init__(self, repeatTarget=False):
        super(ParallelCriterion, self).__init__()
        self.criterions = []
        self.weights = []
        self.gradInput = []
        self.repeatTarget = repeatTarget

    def add(self, criterion, weight=1):
        self.criterions.append(criterion)
        self.weights.append(weight)
        return self

    def _target(self, target, i):
        return target if self.repeatTarget else target[i]

    def updateOutput(self, input, target):
        self.output = 0
        for i, (c, w) in enumerate(zip(self.criterions, self.weights)):
            self.output += w * c.updateOutput(input[i], self._target(target, i))
        return self.output

    def updateGradInput(self, input, target):
        total = _nested_zero_like(list(input))
        for i, (c, w) in enumerate(zip(self.criterions, self.weights)):
            total[i] = _nested_add(total[i], w, c.updateGradInput(input[i], self._target(target, i)))
        self.gradInput = total
        return self.gradInput

    def type(self, type=None, tensorCache=None):
        self.gradInput = []
        for c in self.criterions:
            c.type(type, tensorCache)
        return super(ParallelCriterion, self).type(type, tensorCache)
