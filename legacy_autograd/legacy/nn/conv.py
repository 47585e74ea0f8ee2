"""Convolutions of Lua Torch's nn (spatial, dilated, full (transposed), local, connection-table,
sub-sampling, temporal and volumetric), computed with our ``nn.functional`` on Variables.

Every module takes a batch (``N x C x ...``) or one sample (``C x ...``, the batch dimension left
out), as THNN did; weights keep the layouts 0.3.1 gave them."""
import math
import random

from ...nn import functional as F
from ...ops.shape import stack as _ops_stack
from ...ops.creation import randperm
from ...tensor import LongTensor
from ...autograd import Variable
from .module import AutogradModule, new_tensor


def _stdv(stdv, fan_in):
    return stdv * math.sqrt(3) if stdv is not None else 1. / math.sqrt(fan_in)


def _batched(x, sample_dim, fn):
    """``fn`` on a batch; a single sample (``x.dim() == sample_dim``) gets a batch of one."""
    if x.dim() == sample_dim:
        return fn(x.unsqueeze(0)).squeeze(0)
    return fn(x)


class _WeightBias(AutogradModule):
    """A module with ``weight``/``bias`` (and their gradients) of the given sizes."""

    def _alloc(self, weight_size, bias_size):
        self.weight = new_tensor().resize_(*weight_size)
        self.gradWeight = new_tensor().resize_(*weight_size).zero_()
        self.bias = new_tensor().resize_(*bias_size)
        self.gradBias = new_tensor().resize_(*bias_size).zero_()

    def noBias(self):
        self.bias = None
        self.gradBias = None
        return self

    def _fan_in(self):
        raise NotImplementedError

    def reset(self, stdv=None):
        stdv = _stdv(stdv, self._fan_in())
        self.weight.uniform_(-stdv, stdv)
        if self.bias is not None:
            self.bias.uniform_(-stdv, stdv)
        return self

    def clearState(self):
        for name in ('finput', 'fgradInput', '_input', '_gradOutput'):
            if hasattr(self, name):
                setattr(self, name, None)
        return super(_WeightBias, self).clearState()


def _bias_repr(module, s):
    return s + (' without bias' if module.bias is None else '')


class SpatialConvolution(_WeightBias):
    """2-D convolution; weight ``nOutputPlane x nInputPlane x kH x kW``."""

    def __init__(self, nInputPlane, nOutputPlane, kW, kH, dW=1, dH=1, padW=0, padH=None):
        super(SpatialConvolution, self).__init__()
        self.nInputPlane, self.nOutputPlane = nInputPlane, nOutputPlane
        self.kW, self.kH, self.dW, self.dH = kW, kH, dW, dH
        self.padW = padW
        self.padH = padH if padH is not None else padW
        self._alloc((nOutputPlane, nInputPlane, kH, kW), (nOutputPlane,))
        self.reset()

    def _fan_in(self):
        return self.kW * self.kH * self.nInputPlane

    def _dilation(self):
        return 1

    def _compute(self, x, p):
        return _batched(x, 3, lambda b: F.conv2d(b, p['weight'], p.get('bias'), (self.dH, self.dW),
                                                 (self.padH, self.padW), self._dilation()))

    def _geometry(self):
        s = '({} -> {}, {}x{}'.format(self.nInputPlane, self.nOutputPlane, self.kW, self.kH)
        if self.dW != 1 or self.dH != 1 or self.padW != 0 or self.padH != 0:
            s += ', {}, {}'.format(self.dW, self.dH)
        if self.padW != 0 or self.padH != 0:
            s += ', {}, {}'.format(self.padW, self.padH)
        return s

    def __repr__(self):
        return _bias_repr(self, super(SpatialConvolution, self).__repr__() + self._geometry() + ')')


class SpatialDilatedConvolution(SpatialConvolution):
    """2-D convolution with holes: kernel taps ``dilationH``/``dilationW`` apart."""

    def __init__(self, nInputPlane, nOutputPlane, kW, kH, dW=1, dH=1, padW=0, padH=None,
                 dilationH=1, dilationW=None):
        super(SpatialDilatedConvolution, self).__init__(nInputPlane, nOutputPlane, kW, kH, dW, dH,
                                                        padW, padH)
        self.dilationH = dilationH
        self.dilationW = dilationW if dilationW is not None else dilationH

    def _dilation(self):
        return (self.dilationH, self.dilationW)

    def __repr__(self):
        # 0.3.1 printed it under SpatialConvolution's name (its __repr__ called that class's parent)
        s = 'nn.SpatialDilatedConvolution' + self._geometry()
        s += ', {}, {})'.format(self.dilationW, self.dilationH)
        return _bias_repr(self, s)


class SpatialFullConvolution(_WeightBias):
    """Transposed 2-D convolution; weight ``nInputPlane x nOutputPlane x kH x kW``; ``adjW``/``adjH``
    extra output columns/rows (or the sizes of a second input ``[input, sizeTensor]``)."""

    def __init__(self, nInputPlane, nOutputPlane, kW, kH, dW=1, dH=1, padW=0, padH=None,
                 adjW=0, adjH=0):
        super(SpatialFullConvolution, self).__init__()
        self.nInputPlane, self.nOutputPlane = nInputPlane, nOutputPlane
        self.kW, self.kH, self.dW, self.dH = kW, kH, dW, dH
        self.padW = padW
        self.padH = padH if padH is not None else padW
        self.adjW, self.adjH = adjW, adjH
        if self.adjW > self.dW - 1 or self.adjH > self.dH - 1:
            raise ValueError('adjW and adjH must be smaller than self.dW - 1 and self.dH - 1 respectively')
        self._alloc((nInputPlane, nOutputPlane, kH, kW), (nOutputPlane,))
        self.reset()

    def _fan_in(self):
        return self.kW * self.kH * self.nInputPlane

    def _inputs(self, input):
        return [input[0]] if isinstance(input, list) else [input]

    def _adjust(self, input):
        if isinstance(input, list):
            x, target = input
            tH, tW = target.size(-2), target.size(-1)
            return (tH + 2 * self.padH - self.kH) % self.dH, (tW + 2 * self.padW - self.kW) % self.dW
        return self.adjH, self.adjW

    def _run(self, input, inputs_grad, params_grad):
        self._adj = self._adjust(input)
        return super(SpatialFullConvolution, self)._run(input, inputs_grad, params_grad)

    def updateGradInput(self, input, gradOutput):
        gi = super(SpatialFullConvolution, self).updateGradInput(input, gradOutput)
        if isinstance(input, list):
            self.gradInput = [gi, input[1].new().resize_as_(input[1]).zero_()]
        return self.gradInput

    def _compute(self, x, p):
        return _batched(x, 3, lambda b: F.conv_transpose2d(b, p['weight'], p.get('bias'), (self.dH, self.dW),
                                                           (self.padH, self.padW), self._adj))

    def __repr__(self):
        s = super(SpatialFullConvolution, self).__repr__()
        s += '({} -> {}, {}x{}'.format(self.nInputPlane, self.nOutputPlane, self.kW, self.kH)
        if self.dW != 1 or self.dH != 1 or self.padW != 0 or self.padH != 0:
            s += ', {}, {}'.format(self.dW, self.dH)
        if (self.padW or self.padH) and (self.padW != 0 or self.padH != 0):
            s += ', {}, {}'.format(self.padW, self.padH)
        if (self.adjW or self.adjH) and (self.adjW != 0 or self.adjH != 0):
            s += ', {}, {}'.format(self.adjW, self.adjH)
        return _bias_repr(self, s + ')')


class VolumetricConvolution(_WeightBias):
    """3-D convolution; weight ``nOutputPlane x nInputPlane x kT x kH x kW``."""

    def __init__(self, nInputPlane, nOutputPlane, kT, kW, kH, dT=1, dW=1, dH=1, padT=0, padW=None, padH=None):
        super(VolumetricConvolution, self).__init__()
        self.nInputPlane, self.nOutputPlane = nInputPlane, nOutputPlane
        self.kT, self.kW, self.kH, self.dT, self.dW, self.dH = kT, kW, kH, dT, dW, dH
        self.padT = padT
        self.padW = padW if padW is not None else self.padT
        self.padH = padH if padH is not None else self.padW
        self._alloc((nOutputPlane, nInputPlane, kT, kH, kW), (nOutputPlane,))
        self.reset()

    def _fan_in(self):
        return self.kT * self.kW * self.kH * self.nInputPlane

    def _compute(self, x, p):
        return _batched(x, 4, lambda b: F.conv3d(b, p['weight'], p.get('bias'), (self.dT, self.dH, self.dW),
                                                 (self.padT, self.padH, self.padW)))

    def __repr__(self):
        s = super(VolumetricConvolution, self).__repr__()
        s += '({} -> {}, {}x{}x{}'.format(self.nInputPlane, self.nOutputPlane, self.kT, self.kW, self.kH)
        pads = (self.padT, self.padW, self.padH)
        if (self.dT, self.dW, self.dH) != (1, 1, 1) or any(pads):
            s += ', {}, {}, {}'.format(self.dT, self.dW, self.dH)
        if any(pads):
            s += ', {}, {}, {}'.format(*pads)
        return s + ')'


class VolumetricFullConvolution(_WeightBias):
    """Transposed 3-D convolution; weight ``nInputPlane x nOutputPlane x kT x kH x kW``."""

    def __init__(self, nInputPlane, nOutputPlane, kT, kW, kH, dT=1, dW=1, dH=1, padT=0, padW=0, padH=0,
                 adjT=0, adjW=0, adjH=0):
        super(VolumetricFullConvolution, self).__init__()
        self.nInputPlane, self.nOutputPlane = nInputPlane, nOutputPlane
        self.kT, self.kW, self.kH, self.dT, self.dW, self.dH = kT, kW, kH, dT, dW, dH
        self.padT, self.padW, self.padH = padT, padW, padH
        self.adjT, self.adjW, self.adjH = adjT, adjW, adjH
        if adjW > dW - 1 or adjH > dH - 1 or adjT > dT - 1:
            raise RuntimeError('adjW, adjH and adjT must be smaller than self.dW - 1, '
                               ' self.dH - 1 and self.dT - 1 respectively')
        self._alloc((nInputPlane, nOutputPlane, kT, kH, kW), (nOutputPlane,))
        self.reset()

    def _fan_in(self):
        return self.kT * self.kW * self.kH * self.nInputPlane

    def _compute(self, x, p):
        return _batched(x, 4, lambda b: F.conv_transpose3d(
            b, p['weight'], p.get('bias'), (self.dT, self.dH, self.dW), (self.padT, self.padH, self.padW),
            (self.adjT, self.adjH, self.adjW)))

    def __repr__(self):
        s = super(VolumetricFullConvolution, self).__repr__()
        s += '({} -> {}, {}x{}x{}'.format(self.nInputPlane, self.nOutputPlane, self.kT, self.kW, self.kH)
        pads = (self.padT, self.padW, self.padH)
        adjs = (self.adjT, self.adjW, self.adjH)
        if (self.dT, self.dW, self.dH) != (1, 1, 1) or any(pads) or any(adjs):
            s += ', {}, {}, {}'.format(self.dT, self.dW, self.dH)
        if any(pads) or any(adjs):
            s += ', {}, {}, {}'.format(*pads)
        if any(adjs):
            s += ', {}, {}, {}'.format(*adjs)
        return s + ')'


class TemporalConvolution(_WeightBias):
    """1-D convolution over frames: input ``[N x] nFrames x inputFrameSize``; weight
    ``outputFrameSize x (kW * inputFrameSize)`` (the ``kW`` frames of a window laid end to end)."""

    def __init__(self, inputFrameSize, outputFrameSize, kW, dW=1):
        super(TemporalConvolution, self).__init__()
        self.inputFrameSize, self.outputFrameSize = inputFrameSize, outputFrameSize
        self.kW, self.dW = kW, dW
        self._alloc((outputFrameSize, inputFrameSize * kW), (outputFrameSize,))
        self.reset()

    def _fan_in(self):
        return self.kW * self.inputFrameSize

    def _compute(self, x, p):
        w = p['weight'].view(self.outputFrameSize, self.kW, self.inputFrameSize).transpose(1, 2)
        return _batched(x, 2, lambda b: F.conv1d(b.transpose(1, 2), w, p.get('bias'),
                                                 self.dW).transpose(1, 2))


class TemporalSubSampling(_WeightBias):
    """Per-feature ``weight * (sum of kW frames) + bias`` every ``dW`` frames."""

    def __init__(self, inputFrameSize, kW, dW=1):
        super(TemporalSubSampling, self).__init__()
        self.inputFrameSize, self.kW, self.dW = inputFrameSize, kW, dW
        self._alloc((inputFrameSize,), (inputFrameSize,))
        self.reset()

    def _fan_in(self):
        return self.kW

    def _compute(self, x, p):
        n = self.inputFrameSize
        w = p['weight'].view(n, 1, 1).expand(n, 1, self.kW)
        return _batched(x, 2, lambda b: F.conv1d(b.transpose(1, 2), w, p['bias'], self.dW,
                                                 groups=n).transpose(1, 2))


class SpatialSubSampling(_WeightBias):
    """Per-plane ``weight * (sum of a kH x kW window) + bias``, windows ``dH``/``dW`` apart."""

    def __init__(self, nInputPlane, kW, kH, dW=1, dH=1):
        super(SpatialSubSampling, self).__init__()
        self.nInputPlane, self.kW, self.kH, self.dW, self.dH = nInputPlane, kW, kH, dW, dH
        self._alloc((nInputPlane,), (nInputPlane,))
        self.reset()

    def _fan_in(self):
        return self.kW * self.kH

    def _compute(self, x, p):
        n = self.nInputPlane
        w = p['weight'].view(n, 1, 1, 1).expand(n, 1, self.kH, self.kW)
        return _batched(x, 3, lambda b: F.conv2d(b, w, p['bias'], (self.dH, self.dW), groups=n))


class SpatialConvolutionLocal(_WeightBias):
    """Like SpatialConvolution, but with separate weights at every output location: weight
    ``oH x oW x nOutputPlane x nInputPlane x kH x kW``, bias ``nOutputPlane x oH x oW``."""

    def __init__(self, nInputPlane, nOutputPlane, iW, iH, kW, kH, dW=1, dH=1, padW=0, padH=None):
        super(SpatialConvolutionLocal, self).__init__()
        self.nInputPlane, self.nOutputPlane = nInputPlane, nOutputPlane
        self.kW, self.kH, self.iW, self.iH, self.dW, self.dH = kW, kH, iW, iH, dW, dH
        self.padW = padW
        self.padH = padH if padH is not None else padW
        self.oW = int(math.floor((self.padW * 2 + iW - self.kW) / self.dW)) + 1
        self.oH = int(math.floor((self.padH * 2 + iH - self.kH) / self.dH)) + 1
        assert 1 <= self.oW and 1 <= self.oH
        self._alloc((self.oH, self.oW, nOutputPlane, nInputPlane, kH, kW), (nOutputPlane, self.oH, self.oW))
        self.reset()

    def _fan_in(self):
        return self.kW * self.kH * self.nInputPlane

    def _check_input(self, input):
        expected = (self.nInputPlane, self.iH, self.iW)
        if input.dim() == 3:
            if tuple(input.size()) != expected:
                raise RuntimeError('Given input size: ({}x{}x{}) inconsistent with expected input size: '
                                   '({}x{}x{}).'.format(*(tuple(input.size()) + expected)))
        elif input.dim() == 4:
            if tuple(input.size())[1:] != expected:
                raise RuntimeError('Given input size: ({}x{}x{}x{}) inconsistent with expected input '
                                   'size: (*x{}x{}x{}).'.format(*(tuple(input.size()) + expected)))
        else:
            raise RuntimeError('3D or 4D (batch mode) tensor expected')

    def updateOutput(self, input):
        self._check_input(input)
        return super(SpatialConvolutionLocal, self).updateOutput(input)

    def _compute(self, x, p):
        def local(b):
            n = b.size(0)
            xp = F.pad(b, (self.padW, self.padW, self.padH, self.padH)) if self.padW or self.padH else b
            w = p['weight'].contiguous().view(self.oH, self.oW, self.nOutputPlane, -1)
            rows = []
            for y in range(self.oH):
                cols = []
                for xx in range(self.oW):
                    patch = xp[:, :, y * self.dH:y * self.dH + self.kH, xx * self.dW:xx * self.dW + self.kW]
                    cols.append(patch.contiguous().view(n, -1).mm(w[y, xx].t()))
                rows.append(_stack(cols, 2))                    # n x nOut x oW
            out = _stack(rows, 2)                               # n x nOut x oH x oW
            return out + p['bias'].unsqueeze(0).expand_as(out)
        return _batched(x, 3, local)

    def __repr__(self):
        s = super(SpatialConvolutionLocal, self).__repr__()
        s += '({} -> {}, {}x{}, {}x{}'.format(self.nInputPlane, self.nOutputPlane, self.iW, self.iH,
                                              self.kW, self.kH)
        if self.dW != 1 or self.dH != 1 or self.padW != 0 or self.padH != 0:
            s += ', {}, {}'.format(self.dW, self.dH)
        if self.padW != 0 or self.padH != 0:
            s += ', {}, {}'.format(self.padW, self.padH)
        return s + ')'


def _stack(vs, dim):
    return _ops_stack(vs, dim)


class _ConnectionTable(object):
    """Connection tables (``k x 2``: input plane, output plane) for SpatialConvolutionMap."""

    @staticmethod
    def full(nin, nout):
        ft = new_tensor().resize_(nin * nout, 2)
        p = 0
        for j in range(nout):
            for i in range(nin):
                ft[p][0] = i
                ft[p][1] = j
                p += 1
        return ft

    @staticmethod
    def oneToOne(nfeat):
        ft = new_tensor().resize_(nfeat, 2)
        for i in range(nfeat):
            ft[i][0] = i
            ft[i][1] = i
        return ft

    @staticmethod
    def random(nin, nout, nto):
        tbl = new_tensor().resize_(nto * nout, 2)
        perm = randperm(nin)
        chunks = nin // nto
        used = 0
        for o in range(nout):
            if used == chunks:
                perm = randperm(nin)
                used = 0
            for j in range(nto):
                tbl[o * nto + j][0] = perm[used * nto + j]
                tbl[o * nto + j][1] = o
            used += 1
        return tbl


class SpatialConvolutionMap(AutogradModule):
    """Convolution where output plane ``o`` sums the planes ``i`` connected to it by ``connTable``
    rows ``(i, o)``; one ``kH x kW`` kernel per row (weight ``nRows x kH x kW``)."""

    maps = _ConnectionTable

    def __init__(self, conMatrix, kW, kH, dW=1, dH=1):
        super(SpatialConvolutionMap, self).__init__()
        self.kW, self.kH, self.dW, self.dH = kW, kH, dW, dH
        self.connTable = conMatrix
        self.nInputPlane = int(self.connTable.select(1, 0).max()) + 1
        self.nOutputPlane = int(self.connTable.select(1, 1).max()) + 1
        self.weight = new_tensor().resize_(self.connTable.size(0), kH, kW)
        self.bias = new_tensor().resize_(self.nOutputPlane)
        self.gradWeight = new_tensor().resize_(self.connTable.size(0), kH, kW).zero_()
        self.gradBias = new_tensor().resize_(self.nOutputPlane).zero_()
        self.reset()

    def reset(self, stdv=None):
        if stdv is not None:
            stdv = stdv * math.sqrt(3)
            self.weight.uniform_(-stdv, stdv)
            self.bias.uniform_(-stdv, stdv)
            return
        fan = [0] * self.nOutputPlane
        for k in range(self.connTable.size(0)):
            fan[int(self.connTable[k][1])] += 1
        for k in range(self.connTable.size(0)):
            s = 1. / math.sqrt(self.kW * self.kH * fan[int(self.connTable[k][1])])
            self.weight.select(0, k).uniform_(-s, s)
        for o in range(self.nOutputPlane):
            s = 1. / math.sqrt(self.kW * self.kH * fan[o]) if fan[o] else 0.
            self.bias[o] = random.uniform(-s, s)

    def _mixing(self, like):
        """``nOutputPlane x nRows`` 0/1 matrix: which table rows feed each output plane."""
        m = like.data.new().resize_(self.nOutputPlane, self.connTable.size(0)).zero_()
        for k in range(self.connTable.size(0)):
            m[int(self.connTable[k][1])][k] = 1
        return Variable(m)

    def _per_row(self, b, w):
        ins = b.index_select(1, self._rows(b))
        return F.conv2d(ins, w.unsqueeze(1), None, (self.dH, self.dW), groups=self.connTable.size(0))

    def _rows(self, b):
        return Variable(LongTensor([int(self.connTable[k][0]) for k in range(self.connTable.size(0))]))

    def _compute(self, x, p):
        def mapped(b):
            per_row = self._per_row(b, p['weight'])             # n x nRows x oH x oW
            n, k, oh, ow = per_row.size()
            mixed = self._mixing(per_row).unsqueeze(0).expand(n, self.nOutputPlane, k).bmm(
                per_row.contiguous().view(n, k, oh * ow))
            out = mixed.view(n, self.nOutputPlane, oh, ow)
            return out + p['bias'].view(1, -1, 1, 1).expand_as(out)
        return _batched(x, 3, mapped)


class SpatialFullConvolutionMap(SpatialConvolutionMap):
    """The transposed (full) counterpart of SpatialConvolutionMap: each row's kernel is scattered
    over a ``(H - 1) * dH + kH`` by ``(W - 1) * dW + kW`` output."""

    def _per_row(self, b, w):
        ins = b.index_select(1, self._rows(b))
        return F.conv_transpose2d(ins, w.unsqueeze(1), None, (self.dH, self.dW),
                                  groups=self.connTable.size(0))
