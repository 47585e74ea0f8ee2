"""Modules that reduce, pick or rearrange dimensions: ``Sum``, ``Mean``, ``Max``, ``Min``,
``Narrow``, ``Select``, ``Squeeze``, ``Unsqueeze``, ``Transpose``, ``Replicate``,
``GradientReversal``."""
from .module import AutogradModule


def _positive(dim, x):
    return dim if dim >= 0 else x.dim() + dim


class Sum(AutogradModule):
    """Sum over ``dimension`` (divided by its size if ``sizeAverage``); the dimension is dropped
    unless the input is 1-D."""

    def __init__(self, dimension=0, sizeAverage=False):
        super(Sum, self).__init__()
        self.dimension = dimension
        self.sizeAverage = sizeAverage

    def _compute(self, x, p):
        d = _positive(self.dimension, x)
        out = x.sum(d, keepdim=True)
        if self.sizeAverage:
            out = out / x.size(d)
        return out.select(d, 0) if out.dim() > 1 else out


class Mean(Sum):
    def __init__(self, dimension=0):
        super(Mean, self).__init__(dimension, True)


class Max(AutogradModule):
    """Maximum over ``dimension`` (dropped unless the input is 1-D); the gradient goes to the
    maximal entries."""

    def __init__(self, dimension=0):
        super(Max, self).__init__()
        self.dimension = dimension

    def _reduce(self, x, d):
        return x.max(d, keepdim=True)[0]

    def _compute(self, x, p):
        d = _positive(self.dimension, x)
        out = self._reduce(x, d)
        return out.select(d, 0) if x.dim() > 1 else out


class Min(Max):
    def _reduce(self, x, d):
        return x.min(d, keepdim=True)[0]


class Narrow(AutogradModule):
    """``input.narrow(dimension, offset, length)``; a negative length counts from the end."""

    def __init__(self, dimension, offset, length=1):
        super(Narrow, self).__init__()
        self.dimension = dimension
        self.index = offset
        self.length = length

    def _compute(self, x, p):
        length = self.length
        if length < 0:
            length = x.size(self.dimension) - self.index + self.length + 1
        return x.narrow(self.dimension, self.index, length)


class Select(AutogradModule):
    def __init__(self, dimension, index):
        super(Select, self).__init__()
        self.dimension = dimension
        self.index = index

    def _compute(self, x, p):
        i = self.index if self.index >= 0 else x.size(self.dimension) + self.index
        return x.select(self.dimension, i)


class Squeeze(AutogradModule):
    def __init__(self, dim=None):
        super(Squeeze, self).__init__()
        self.dim = dim

    def _compute(self, x, p):
        return x.squeeze(self.dim) if self.dim is not None else x.squeeze()


class Unsqueeze(AutogradModule):
    def __init__(self, dim):
        super(Unsqueeze, self).__init__()
        self.dim = dim

    def _compute(self, x, p):
        return x.unsqueeze(self.dim)


class Transpose(AutogradModule):
    """The transpositions ``(d1, d2), ...`` applied in order."""

    def __init__(self, *args):
        super(Transpose, self).__init__()
        self.permutations = args

    def _compute(self, x, p):
        for perm in self.permutations:
            x = x.transpose(*perm)
        return x.contiguous()


class Replicate(AutogradModule):
    """``nf`` copies of the input stacked along a new dimension ``dim``."""

    def __init__(self, nf, dim=0):
        super(Replicate, self).__init__()
        self.nfeatures = nf
        self.dim = dim
        assert self.dim >= 0

    def _compute(self, x, p):
        assert self.dim < x.dim()
        size = list(x.size())
        size.insert(self.dim, self.nfeatures)
        return x.unsqueeze(self.dim).expand(*size)


class GradientReversal(AutogradModule):
    """The identity forward; the gradient is multiplied by ``-lambd`` on the way back."""

    def __init__(self, lambd=1):
        super(GradientReversal, self).__init__()
        self.lambd = lambd

    def setLambda(self, lambd):
        self.lambd = lambd

    def updateOutput(self, input):
        self.output = input
        return self.output

    def updateGradInput(self, input, gradOutput):
        self.gradInput = gradOutput.clone().mul_(-self.lambd)
        return self.gradInput
