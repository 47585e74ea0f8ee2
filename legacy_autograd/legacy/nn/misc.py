"""Distance and similarity layers (``Cosine``, ``CosineDistance``, ``Euclidean``,
``WeightedEuclidean``, ``PairwiseDistance``), lookup and partial linear layers, table helpers
(``MV``, ``MixtureTable``, ``Index``, ``MaskedSelect``), ``L1Penalty`` and the padding modules of
Lua Torch's nn, computed with our ``nn.functional`` on Variables where a gradient is needed."""
import math

from ...nn import functional as F
from ...ops.creation import arange
from ...ops.shape import cat
from ...nn.modules.padding import _replicate3d
from ...autograd import Variable
from .module import Module, AutogradModule, new_tensor
from .conv import _batched


def _uniform(t, stdv, fan):
    stdv = stdv * math.sqrt(3) if stdv is not None else 1. / math.sqrt(fan)
    t.uniform_(-stdv, stdv)


class Cosine(AutogradModule):
    """``y_j = (w_j . x) / (|w_j| |x|)`` for each row ``w_j`` of weight (``outputSize x
    inputSize``), 2-D input."""

    def __init__(self, inputSize, outputSize):
        super(Cosine, self).__init__()
        self.weight = new_tensor().resize_(outputSize, inputSize)
        self.gradWeight = new_tensor().resize_(outputSize, inputSize).zero_()
        self.reset()

    def reset(self, stdv=None):
        _uniform(self.weight, stdv, self.weight.size(0))

    def _compute(self, x, p):
        assert x.dim() == 2
        w = p['weight']
        wnorm = w.norm(2, 1, keepdim=True) + 1e-12           # out x 1
        xnorm = x.norm(2, 1, keepdim=True) + 1e-12           # batch x 1
        out = x.mm(w.t())
        return out / wnorm.t().expand_as(out) / xnorm.expand_as(out)


class CosineDistance(AutogradModule):
    """Row-wise cosine similarity of a table of two 2-D tensors (or two vectors)."""

    _table_input = True

    def __init__(self):
        super(CosineDistance, self).__init__()
        self.gradInput = [new_tensor(), new_tensor()]

    def _compute(self, xs, p):
        a, b = xs
        if a.dim() == 1:
            a, b = a.unsqueeze(0), b.unsqueeze(0)
        dot = (a * b).sum(1, keepdim=True)
        wa = ((a * a).sum(1, keepdim=True) + 1e-12).reciprocal()
        wb = ((b * b).sum(1, keepdim=True) + 1e-12).reciprocal()
        return (dot * (wa * wb).sqrt()).view(-1)


class Euclidean(AutogradModule):
    """``y_j = |x - w_j|`` for each column ``w_j`` of weight (``inputSize x outputSize``)."""

    def __init__(self, inputSize, outputSize):
        super(Euclidean, self).__init__()
        self.weight = new_tensor().resize_(inputSize, outputSize)
        self.gradWeight = new_tensor().resize_(inputSize, outputSize).zero_()
        self.fastBackward = True
        self.reset()

    def reset(self, stdv=None):
        _uniform(self.weight, stdv, self.weight.size(0))

    def _diff(self, x, w):
        if x.dim() == 1:
            return x.contiguous().view(-1, 1).expand_as(w) - w, 0
        assert x.dim() == 2
        n, i, o = x.size(0), w.size(0), w.size(1)
        return x.contiguous().view(n, i, 1).expand(n, i, o) - w.view(1, i, o).expand(n, i, o), 1

    def _compute(self, x, p):
        d, dim = self._diff(x, p['weight'])
        return (d * d).sum(dim).sqrt()


class WeightedEuclidean(Euclidean):
    """``y_j = |c_j * (x - w_j)|`` with a learnable diagonal covariance ``diagCov`` per column."""

    def __init__(self, inputSize, outputSize):
        self.diagCov = new_tensor().resize_(inputSize, outputSize)
        self.gradDiagCov = new_tensor().resize_(inputSize, outputSize).zero_()
        super(WeightedEuclidean, self).__init__(inputSize, outputSize)
        self.fastBackward = False

    def reset(self, stdv=None):
        _uniform(self.weight, stdv, self.weight.size(1))
        self.diagCov.fill_(1)

    def _param_names(self):
        return ['weight', 'diagCov']

    def parameters(self):
        return [self.weight, self.diagCov], [self.gradWeight, self.gradDiagCov]

    def _compute(self, x, p):
        if x.dim() not in (1, 2):
            raise RuntimeError('1D or 2D input expected')
        d, dim = self._diff(x, p['weight'])
        c = p['diagCov'] if dim == 0 else p['diagCov'].unsqueeze(0).expand_as(d)
        d = d * c
        return (d * d).sum(dim).sqrt()


class PairwiseDistance(AutogradModule):
    """Row-wise ``p``-norm distance between the two 2-D tensors of a table."""

    _table_input = True

    def __init__(self, p):
        super(PairwiseDistance, self).__init__()
        assert p % 1 == 0
        self.gradInput = []
        self.norm = p

    def _compute(self, xs, p):
        assert xs[0].dim() == 2
        d = (xs[0] - xs[1]).abs()
        return d.pow(self.norm).sum(1).pow(1. / self.norm)


class LookupTable(Module):
    """Rows of ``weight`` (``nIndex x nOutput``) picked by a 1-D or 2-D LongTensor of 0-based
    indices; rows equal to ``paddingValue`` get no gradient; ``maxNorm`` renormalises the rows
    used."""

    def __init__(self, nIndex, nOutput, paddingValue=-1, maxNorm=None, normType=None):
        super(LookupTable, self).__init__()
        self.weight = new_tensor().resize_(nIndex, nOutput)
        self.gradWeight = new_tensor().resize_(nIndex, nOutput).zero_()
        self.paddingValue = paddingValue
        self.maxNorm = maxNorm
        self.normType = normType
        self.shouldScaleGradByFreq = False
        self._gradOutput = None
        self._sorted = None
        self._indices = None
        self.reset()

    def accUpdateOnly(self):
        self.gradWeight = None
        return self

    def setPadding(self, paddingValue):
        self.paddingValue = paddingValue
        return self

    def setMaxNorm(self, maxNorm):
        self.maxNorm = maxNorm
        return self

    def setNormType(self, normType):
        self.normType = normType
        return self

    def scaleGradByFreq(self):
        self.shouldScaleGradByFreq = True
        return self

    def reset(self, stdv=1):
        self.weight.normal_(0, stdv)

    @staticmethod
    def _flat(input):
        if input.dim() not in (1, 2):
            raise RuntimeError("input must be a vector or matrix")
        return input.contiguous().view(-1).long()

    def updateOutput(self, input):
        idx = self._flat(input)
        self.renorm(input)
        out = self.weight.index_select(0, idx)
        if input.dim() == 2:
            out = out.view(input.size(0), input.size(1), self.weight.size(1))
        self.output = out
        return self.output

    def updateGradInput(self, input, gradOutput):
        if not self.gradInput.is_same_size(input) or type(self.gradInput) != type(input):
            self.gradInput = input.new().resize_as_(input).zero_()
        return self.gradInput

    def accGradParameters(self, input, gradOutput, scale=1):
        idx = self._flat(input)
        g = gradOutput.contiguous().view(idx.size(0), self.weight.size(1))
        keep = [i for i in range(idx.size(0)) if idx[i] != self.paddingValue]
        if not keep:
            return
        counts = {}
        for i in keep:
            counts[idx[i]] = counts.get(idx[i], 0) + 1
        for i in keep:
            row = idx[i]
            s = scale / counts[row] if self.shouldScaleGradByFreq else scale
            self.gradWeight[row].add_(s, g[i])

    def renorm(self, input):
        if self.maxNorm is None:
            return
        idx = self._flat(input)
        p = self.normType or 2
        for row in sorted(set(idx[i] for i in range(idx.size(0)))):
            norm = self.weight[row].norm(p)
            if norm > self.maxNorm:
                self.weight[row].mul_(self.maxNorm / (norm + 1e-7))

    def clearState(self):
        self._gradOutput = self._sorted = self._indices = None
        return super(LookupTable, self).clearState()


class PartialLinear(AutogradModule):
    """A Linear layer restricted to the output columns in ``partition`` (all by default); the
    weight (``outputsize x inputsize``) starts like a LookupTable's, the bias (``1 x
    outputsize``) at zero."""

    def __init__(self, inputsize, outputsize, bias=True):
        super(PartialLinear, self).__init__()
        self.weight = new_tensor().resize_(outputsize, inputsize).normal_(0, 1)
        self.gradWeight = new_tensor().resize_(outputsize, inputsize).zero_()
        if bias:
            self.bias = new_tensor().resize_(1, outputsize).zero_()
            self.gradBias = new_tensor().resize_(1, outputsize).zero_()
        else:
            self.bias = self.gradBias = None
        self.inputsize = inputsize
        self.outputsize = outputsize
        self.allcolumns = arange(0, self.outputsize).long()
        self.resetPartition()

    def setPartition(self, indices):
        self.partition = indices.long()
        return self

    def resetPartition(self):
        self.partition = self.allcolumns
        return self

    def reset(self, stdv=None):
        if stdv is not None:
            self.weight.uniform_(-stdv * math.sqrt(3), stdv * math.sqrt(3))
        else:
            self.weight.normal_(0, 1)
        if self.bias is not None:
            self.bias.zero_()

    def type(self, type=None, tensorCache=None):
        result = super(PartialLinear, self).type(type, tensorCache)
        if type is not None:
            self.partition = self.partition.long()
            self.allcolumns = self.allcolumns.long()
        return result

    def _compute(self, x, p):
        part = Variable(self.partition.long())
        out = x.mm(p['weight'].index_select(0, part).t())
        if 'bias' in p:
            out = out + p['bias'].index_select(1, part).expand_as(out)
        return out

    def __repr__(self):
        return (super(PartialLinear, self).__repr__() +
                '({} -> {})'.format(self.inputsize, self.outputsize) +
                (' without bias' if self.bias is None else ''))


class MV(AutogradModule):
    """Matrix-vector product of a table ``[M, v]`` (or a batch of them); ``trans`` uses M^T."""

    _table_input = True

    def __init__(self, trans=False):
        super(MV, self).__init__()
        self.trans = trans
        self.gradInput = [new_tensor(), new_tensor()]

    def _compute(self, xs, p):
        m, v = xs
        assert m.dim() in (2, 3)
        if m.dim() == 2:
            assert v.dim() == 1
            return (m.t() if self.trans else m).mv(v)
        assert v.dim() == 2
        m = m.transpose(1, 2) if self.trans else m
        return m.bmm(v.contiguous().view(v.size(0), v.size(1), 1)).view(m.size(0), m.size(1))


class MixtureTable(AutogradModule):
    """Mixture of experts: ``[gater, experts]`` -> ``sum_i gater[:, i] * expert_i``; ``experts``
    is a list of tensors or one tensor with the experts along ``dim``."""

    def __init__(self, dim=1):
        super(MixtureTable, self).__init__()
        self.dim = dim
        self.gradInput = []
        self.table = False
        self.batchSize = 0

    def _inputs(self, input):
        gater, experts = input
        if isinstance(experts, list):
            self.table = True
            return [gater] + list(experts)
        return [gater, experts]

    def _compute(self, xs, p):
        gater, experts = xs[0], xs[1:]
        if self.table:
            if gater.size(1) != len(experts):
                raise RuntimeError("Should be one gater output per expert")
            out = None
            for i, e in enumerate(experts):
                g = gater[:, i].contiguous().view(*([gater.size(0)] + [1] * (e.dim() - 1))).expand_as(e)
                out = e * g if out is None else out + e * g
            return out
        e = experts[0]
        size = [1] * e.dim()
        size[0] = gater.size(0)
        size[self.dim] = gater.size(1)
        return (gater.contiguous().view(*size).expand_as(e) * e).sum(self.dim)

    def _run(self, input, inputs_grad, params_grad):
        ins = [Variable(t, requires_grad=inputs_grad) for t in self._inputs(input)]
        return ins, {}, self._compute(ins, {})

    def updateGradInput(self, input, gradOutput):
        from .module import _autograd_grad
        ins, _, out = self._run(input, True, False)
        grads = [g.data for g in _autograd_grad([out], ins, [gradOutput], allow_unused=True)]
        self.gradInput = [grads[0], grads[1:]] if self.table else grads
        return self.gradInput


class Index(Module):
    """``[t, index]`` -> ``t.index_select(dimension, index)``; no gradient for the index."""

    def __init__(self, dimension):
        super(Index, self).__init__()
        self.dimension = dimension
        self.gradInput = [self.gradInput]

    def updateOutput(self, input):
        self.output = input[0].index_select(self.dimension, input[1])
        return self.output

    def updateGradInput(self, input, gradOutput):
        t, index = input
        g = t.new().resize_as_(t).zero_()
        g.index_add_(self.dimension, index, gradOutput)
        self.gradInput = [g]
        return self.gradInput


class MaskedSelect(Module):
    """``[input, mask]`` -> the elements of ``input`` where ``mask`` is 1, as a vector."""

    def updateOutput(self, input):
        t, mask = input
        self.output = t.masked_select(mask)
        return self.output

    def updateGradInput(self, input, gradOutput):
        t, mask = input
        g = t.new().resize_as_(t).zero_()
        g.masked_scatter_(mask, gradOutput)
        self.gradInput = [g, mask.new().resize_as_(mask).zero_()]
        return self.gradInput


class L1Penalty(Module):
    """Passes the input through and records ``loss = l1weight * |input|_1`` (divided by the
    number of elements with ``sizeAverage``); backward adds the penalty's gradient (and, with
    ``provideOutput``, gradOutput)."""

    def __init__(self, l1weight, sizeAverage=False, provideOutput=True):
        super(L1Penalty, self).__init__()
        self.l1weight = l1weight
        self.sizeAverage = sizeAverage
        self.provideOutput = provideOutput

    def _weight(self, input):
        return self.l1weight / input.nelement() if self.sizeAverage else self.l1weight

    def updateOutput(self, input):
        self.loss = self._weight(input) * input.norm(1)
        self.output = input
        return self.output

    def updateGradInput(self, input, gradOutput):
        self.gradInput = input.clone().sign_().mul_(self._weight(input))
        if self.provideOutput:
            self.gradInput.add_(gradOutput)
        return self.gradInput


class Padding(AutogradModule):
    """Inserts ``|pad|`` entries of ``value`` along ``dim``: after the input when ``pad > 0``,
    before it when ``pad < 0``, or at ``index`` (counted from that side).  With ``nInputDim``,
    an input of more dimensions is taken as a batch (``dim`` shifts by one)."""

    def __init__(self, dim, pad, value=0, index=0, nInputDim=0):
        super(Padding, self).__init__()
        self.value = value
        self.index = index
        self.dim = dim
        self.pad = pad
        self.nInputDim = nInputDim

    def _compute(self, x, p):
        dim = self.dim
        if self.nInputDim > 0 and x.dim() != self.nInputDim:
            dim += 1
        n = x.size(dim)
        index, pad = self.index, self.pad
        if pad > 0:
            index = n - index
        else:
            pad = -pad
        size = list(x.size())
        size[dim] = pad
        fill = Variable(x.data.new().resize_(*size).fill_(self.value))
        if index == 0:
            return cat([fill, x], dim)
        if index == n:
            return cat([x, fill], dim)
        return cat([x.narrow(dim, 0, index), fill, x.narrow(dim, index, n - index)], dim)


class _Pad2d(AutogradModule):
    """Left/right/top/bottom padding of the last two dimensions of 3-D or 4-D input."""

    _mode = 'constant'

    def __init__(self, pad_l, pad_r=None, pad_t=None, pad_b=None):
        super(_Pad2d, self).__init__()
        self.pad_l = pad_l
        self.pad_r = pad_r if pad_r is not None else pad_l
        self.pad_t = pad_t if pad_t is not None else pad_l
        self.pad_b = pad_b if pad_b is not None else pad_l

    def _compute(self, x, p):
        pads = (self.pad_l, self.pad_r, self.pad_t, self.pad_b)
        if self._mode == 'constant':
            return F.pad(x, pads)
        return _batched(x, 3, lambda b: F.pad(b, pads, self._mode))

    def __repr__(self):
        return super(_Pad2d, self).__repr__() + '({}, {}, {}, {})'.format(
            self.pad_l, self.pad_r, self.pad_t, self.pad_b)


class SpatialZeroPadding(_Pad2d):
    """Zero padding (negative amounts crop)."""

    def updateOutput(self, input):
        assert input.dim() == 4
        h = input.size(2) + self.pad_t + self.pad_b
        w = input.size(3) + self.pad_l + self.pad_r
        if w < 1 or h < 1:
            raise RuntimeError('input is too small (feature map size: {}x{})'.format(h, w))
        return super(SpatialZeroPadding, self).updateOutput(input)


class SpatialReflectionPadding(_Pad2d):
    """Padding with the mirror image of the border (border pixel not repeated)."""
    _mode = 'reflect'


class SpatialReplicationPadding(_Pad2d):
    """Padding with copies of the border pixels."""
    _mode = 'replicate'


class VolumetricReplicationPadding(AutogradModule):
    """Replication padding of the last three dimensions of 4-D or 5-D input."""

    def __init__(self, pleft, pright=None, ptop=None, pbottom=None, pfront=None, pback=None):
        super(VolumetricReplicationPadding, self).__init__()
        self.pleft = pleft
        self.pright = pright or pleft
        self.ptop = ptop or pleft
        self.pbottom = pbottom or pleft
        self.pfront = pfront or pleft
        self.pback = pback or pleft

    def _compute(self, x, p):
        pads = (self.pleft, self.pright, self.ptop, self.pbottom, self.pfront, self.pback)
        return _batched(x, 4, lambda b: _replicate3d(b, pads))

    def __repr__(self):
        return super(VolumetricReplicationPadding, self).__repr__() + '({}, {}, {}, {}, {}, {})'.format(
            self.pleft, self.pright, self.ptop, self.pbottom, self.pfront, self.pback)


class CriterionTable(Module):
    """A criterion used as a module: input ``[input, target]``, output the loss."""

    def __init__(self, criterion):
        super(CriterionTable, self).__init__()
        self.criterion = criterion
        self.gradInput = [criterion.gradInput]

    def updateOutput(self, input):
        self.output = self.criterion.updateOutput(*input)
        return self.output

    def updateGradInput(self, input, grad_output):
        self.gradInput = [self.criterion.updateGradInput(*input)]
        return self.gradInput
