"""Pooling, unpooling and up-sampling modules of Lua Torch's nn, computed with our
``nn.functional`` on Variables.  A single sample (the batch dimension left out) is accepted
wherever THNN accepted it."""
import math

from ...nn import functional as F
from ...nn import _functional_volumetric as _F3
from ...autograd import Variable
from .module import AutogradModule, new_tensor
from .conv import _batched
from .containers import Sequential
from .activations import Square, Sqrt, Power, MulConstant


class _Pool(AutogradModule):
    ceil_mode = False

    def ceil(self):
        self.ceil_mode = True
        return self

    def floor(self):
        self.ceil_mode = False
        return self

    def clearState(self):
        if getattr(self, 'indices', None) is not None:
            self.indices = None
        return super(_Pool, self).clearState()


class SpatialMaxPooling(_Pool):
    """Max over ``kH x kW`` windows ``dH``/``dW`` apart (stride defaults to the window)."""

    def __init__(self, kW, kH, dW=None, dH=None, padW=0, padH=0):
        super(SpatialMaxPooling, self).__init__()
        self.kW, self.kH = kW, kH
        self.dW, self.dH = dW or kW, dH or kH
        self.padW, self.padH = padW, padH
        self.ceil_mode = False
        self.indices = new_tensor().long()

    def updateOutput(self, input):
        self.iheight, self.iwidth = input.size(-2), input.size(-1)
        return super(SpatialMaxPooling, self).updateOutput(input)

    def _compute(self, x, p):
        out, idx = _batched(x, 3, lambda b: _Pair(F.max_pool2d(
            b, (self.kH, self.kW), (self.dH, self.dW), (self.padH, self.padW), 1, self.ceil_mode, True)))
        self.indices = idx.data
        return out

    def __repr__(self):
        s = super(SpatialMaxPooling, self).__repr__()
        s += '({}x{}, {}, {}'.format(self.kW, self.kH, self.dW, self.dH)
        if (self.padW or self.padH) and (self.padW != 0 or self.padH != 0):
            s += ', {}, {}'.format(self.padW, self.padH)
        return s + ')'


class _Pair(tuple):
    """``(output, indices)`` passing through ``_batched``: squeeze/unsqueeze apply to both."""

    def squeeze(self, dim):
        return _Pair(v.squeeze(dim) for v in self)

    def unsqueeze(self, dim):
        return _Pair(v.unsqueeze(dim) for v in self)


class SpatialAveragePooling(_Pool):
    """Mean over ``kH x kW`` windows (the sum when ``divide`` is False); padding counts in the
    divisor unless ``setCountExcludePad()``."""

    def __init__(self, kW, kH, dW=1, dH=1, padW=0, padH=0):
        super(SpatialAveragePooling, self).__init__()
        self.kW, self.kH, self.dW, self.dH = kW, kH, dW, dH
        self.padW, self.padH = padW, padH
        self.ceil_mode = False
        self.count_include_pad = True
        self.divide = True

    def setCountIncludePad(self):
        self.count_include_pad = True
        return self

    def setCountExcludePad(self):
        self.count_include_pad = False
        return self

    def _compute(self, x, p):
        out = _batched(x, 3, lambda b: F.avg_pool2d(b, (self.kH, self.kW), (self.dH, self.dW),
                                                    (self.padH, self.padW), self.ceil_mode,
                                                    self.count_include_pad))
        if not self.divide:
            out = out * (self.kW * self.kH)
        return out

    def __repr__(self):
        s = super(SpatialAveragePooling, self).__repr__()
        s += '({}x{}, {}, {}'.format(self.kW, self.kH, self.dW, self.dH)
        if (self.padW or self.padH) and (self.padW != 0 or self.padH != 0):
            s += ', {}, {}'.format(self.padW, self.padH)
        return s + ')'


class VolumetricMaxPooling(_Pool):
    """Max over ``kT x kH x kW`` windows (stride defaults to the window)."""

    def __init__(self, kT, kW, kH, dT=None, dW=None, dH=None, padT=0, padW=0, padH=0):
        super(VolumetricMaxPooling, self).__init__()
        self.kT, self.kH, self.kW = kT, kH, kW
        self.dT, self.dW, self.dH = dT or kT, dW or kW, dH or kH
        self.padT, self.padW, self.padH = padT, padW, padH
        self.ceil_mode = False
        self.indices = new_tensor().long()

    def updateOutput(self, input):
        self.itime, self.iheight, self.iwidth = input.size(-3), input.size(-2), input.size(-1)
        return super(VolumetricMaxPooling, self).updateOutput(input)

    def _compute(self, x, p):
        out, idx = _batched(x, 4, lambda b: _Pair(F.max_pool3d(
            b, (self.kT, self.kH, self.kW), (self.dT, self.dH, self.dW), (self.padT, self.padH, self.padW),
            1, self.ceil_mode, True)))
        self.indices = idx.data
        return out

    def __repr__(self):
        s = super(VolumetricMaxPooling, self).__repr__()
        s += '({}x{}x{}, {}, {}, {}'.format(self.kT, self.kW, self.kH, self.dT, self.dW, self.dH)
        if self.padT != 0 or self.padW != 0 or self.padH != 0:
            s += ', {}, {}, {}'.format(self.padT, self.padW, self.padH)
        return s + ')'


class VolumetricAveragePooling(_Pool):
    """Mean over ``kT x kH x kW`` windows (stride defaults to the window)."""

    def __init__(self, kT, kW, kH, dT=None, dW=None, dH=None, padT=0, padW=0, padH=0,
                 ceil_mode=False, count_include_pad=True):
        super(VolumetricAveragePooling, self).__init__()
        self.kT, self.kH, self.kW = kT, kH, kW
        self.dT, self.dW, self.dH = dT or kT, dW or kW, dH or kH
        self.padT, self.padW, self.padH = padT, padW, padH
        self.ceil_mode = ceil_mode
        self.count_include_pad = count_include_pad

    def __setstate__(self, d):
        self.__dict__.update(d)
        self.__dict__.setdefault('padT', 0)
        self.__dict__.setdefault('padH', 0)
        self.__dict__.setdefault('padW', 0)
        self.__dict__.setdefault('ceil_mode', False)
        self.__dict__.setdefault('count_include_pad', True)

    def _compute(self, x, p):
        return _batched(x, 4, lambda b: _F3.avg_pool3d(
            b, (self.kT, self.kH, self.kW), (self.dT, self.dH, self.dW), (self.padT, self.padH, self.padW),
            self.ceil_mode, self.count_include_pad))

    def __repr__(self):
        s = super(VolumetricAveragePooling, self).__repr__()
        s += '({}x{}x{}, {}x{}x{}, {}x{}x{}, {}, {}'.format(
            self.kT, self.kW, self.kH, self.dT, self.dW, self.dH, self.padT, self.padW, self.padH,
            self.ceil_mode, self.count_include_pad)
        return s + ')'


class TemporalMaxPooling(_Pool):
    """Max over ``kW`` consecutive frames (input ``[N x] nFrames x frameSize``)."""

    def __init__(self, kW, dW=None):
        super(TemporalMaxPooling, self).__init__()
        self.kW = kW
        self.dW = dW or kW
        self.indices = None

    def _compute(self, x, p):
        def pool(b):
            out, idx = F.max_pool1d(b.transpose(1, 2), self.kW, self.dW, return_indices=True)
            return _Pair((out.transpose(1, 2), idx.transpose(1, 2)))
        out, idx = _batched(x, 2, pool)
        self.indices = idx.data
        return out


class SpatialAdaptiveMaxPooling(_Pool):
    """Max pooling to a fixed ``h x w`` output whatever the input size."""

    def __init__(self, w, h):
        super(SpatialAdaptiveMaxPooling, self).__init__()
        self.w, self.h = w, h
        self.indices = None

    def _compute(self, x, p):
        out, idx = _batched(x, 3, lambda b: _Pair(F.adaptive_max_pool2d(b, (self.h, self.w), True)))
        self.indices = idx.data
        return out


class SpatialFractionalMaxPooling(_Pool):
    """Fractional max pooling (Graham 2014): ``poolSizeW x poolSizeH`` windows at pseudo-random
    offsets, to an ``outW x outH`` output or a ``ratioW``/``ratioH`` fraction of the input.
    New offsets are drawn on every forward unless ``fixPoolingRegions()``."""

    def __init__(self, poolSizeW, poolSizeH, arg1, arg2):
        super(SpatialFractionalMaxPooling, self).__init__()
        assert poolSizeW >= 2
        assert poolSizeH >= 2
        self.poolSizeW, self.poolSizeH = poolSizeW, poolSizeH
        self.randomSamples = None
        self.newRandomPool = False
        self.indices = None
        if arg1 >= 1 and arg2 >= 1:
            self.outW, self.outH = arg1, arg2
            self.ratioW = self.ratioH = None
        else:
            self.ratioW, self.ratioH = arg1, arg2
            self.outW = self.outH = None
            assert 0 < self.ratioW < 1
            assert 0 < self.ratioH < 1

    def fixPoolingRegions(self, val=True):
        self.newRandomPool = val
        return self

    def _getOutputSizes(self, input):
        if self.ratioW is not None and self.ratioH is not None:
            assert input.ndimension() == 4
            outW = int(math.floor(input.size(3) * self.ratioW))
            outH = int(math.floor(input.size(2) * self.ratioH))
            assert outW > 0 and outH > 0
            return outW, outH
        assert self.outW is not None and self.outH is not None
        return self.outW, self.outH

    def _draw_samples(self, input):
        assert input.ndimension() == 4
        size = (input.size(0), input.size(1), 2)
        if self.randomSamples is None:
            self.randomSamples = input.new().resize_(*size).uniform_()
        elif self.randomSamples.size(0) != size[0] or self.randomSamples.size(1) != size[1]:
            self.randomSamples.resize_(*size).uniform_()
        elif not self.newRandomPool:
            self.randomSamples.uniform_()

    def updateOutput(self, input):
        self._draw_samples(input)
        return super(SpatialFractionalMaxPooling, self).updateOutput(input)

    def updateGradInput(self, input, gradOutput):
        assert self.randomSamples is not None
        return super(SpatialFractionalMaxPooling, self).updateGradInput(input, gradOutput)

    def _compute(self, x, p):
        outW, outH = self._getOutputSizes(x)
        out, idx = _F3.fractional_max_pool2d(x, self.poolSizeH, self.poolSizeW, (outH, outW), None,
                                             self.randomSamples)
        self.indices = idx.data if hasattr(idx, 'data') else idx
        return out

    def empty(self):
        self.clearState()

    def clearState(self):
        self.indices = None
        self.randomSamples = None
        return super(SpatialFractionalMaxPooling, self).clearState()

    def __repr__(self):
        return super(SpatialFractionalMaxPooling, self).__repr__() + '({}x{}, {}, {})'.format(
            self.outW or self.ratioW, self.outH or self.ratioH, self.poolSizeW, self.poolSizeH)


def _unpool(x, idx, sample_dim, fn):
    if x.dim() == sample_dim:
        return fn(x.unsqueeze(0), idx.unsqueeze(0)).squeeze(0)
    return fn(x, idx)


class SpatialMaxUnpooling(AutogradModule):
    """Puts each value back where its SpatialMaxPooling ``poolingModule`` found the maximum
    (zeros elsewhere); the pooling's windows must not overlap."""

    def __init__(self, poolingModule):
        super(SpatialMaxUnpooling, self).__init__()
        assert isinstance(poolingModule, SpatialMaxPooling)
        assert poolingModule.kH == poolingModule.dH
        assert poolingModule.kW == poolingModule.dW
        self.pooling = poolingModule

    def _setParams(self):
        self.indices = self.pooling.indices
        self.oheight = self.pooling.iheight
        self.owidth = self.pooling.iwidth

    def _compute(self, x, p):
        self._setParams()
        pool = self.pooling
        idx = Variable(self.indices)
        size = (self.oheight, self.owidth)
        return _unpool(x, idx, 3, lambda b, i: F.max_unpool2d(
            b, i, (pool.kH, pool.kW), (pool.dH, pool.dW), (pool.padH, pool.padW), output_size=size))

    def __repr__(self):
        return 'nn.SpatialMaxUnpooling associated to ' + self.pooling.__repr__()


class VolumetricMaxUnpooling(AutogradModule):
    """The 3-D counterpart of SpatialMaxUnpooling, tied to a VolumetricMaxPooling."""

    def __init__(self, poolingModule):
        super(VolumetricMaxUnpooling, self).__init__()
        assert isinstance(poolingModule, VolumetricMaxPooling)
        assert poolingModule.kT == poolingModule.dT
        assert poolingModule.kH == poolingModule.dH
        assert poolingModule.kW == poolingModule.dW
        self.pooling = poolingModule

    def _setParams(self):
        pool = self.pooling
        self.indices = pool.indices
        self.otime, self.oheight, self.owidth = pool.itime, pool.iheight, pool.iwidth
        self.dT, self.dH, self.dW = pool.dT, pool.dH, pool.dW
        self.padT, self.padH, self.padW = pool.padT, pool.padH, pool.padW

    def _compute(self, x, p):
        self._setParams()
        pool = self.pooling
        idx = Variable(self.indices)
        size = (self.otime, self.oheight, self.owidth)
        return _unpool(x, idx, 4, lambda b, i: F.max_unpool3d(
            b, i, (pool.kT, pool.kH, pool.kW), (self.dT, self.dH, self.dW),
            (self.padT, self.padH, self.padW), output_size=size))

    def __repr__(self):
        return 'nn.VolumetricMaxUnpooling associated to ' + self.pooling.__repr__()


class SpatialUpSamplingNearest(AutogradModule):
    """Each pixel repeated ``scale x scale`` times (4-D input)."""

    def __init__(self, scale):
        super(SpatialUpSamplingNearest, self).__init__()
        self.scale_factor = scale
        if self.scale_factor < 1:
            raise ValueError('scale_factor must be greater than 1')
        if self.scale_factor % 1 != 0:
            raise ValueError('scale_factor must be integer')

    def _compute(self, x, p):
        assert x.dim() == 4
        return F.upsample(x, scale_factor=int(self.scale_factor), mode='nearest')


class SpatialLPPooling(Sequential):
    """``(sum over a kH x kW window of x^p)^(1/p)``: Power (or Square), SpatialAveragePooling,
    MulConstant(kW * kH), Power(1/p) (or Sqrt) in sequence."""

    def __init__(self, nInputPlane, pnorm, kW, kH, dW=None, dH=None):
        super(SpatialLPPooling, self).__init__()
        dW = dW or kW
        dH = dH or kH
        self.kW, self.kH, self.dW, self.dH = kW, kH, dW, dH
        self.add(Square() if pnorm == 2 else Power(pnorm))
        self.add(SpatialAveragePooling(kW, kH, dW, dH))
        self.add(MulConstant(kW * kH))
        self.add(Sqrt() if pnorm == 2 else Power(1. / pnorm))

    def reset(self, stdev=None):
        pass

    def accGradParameters(self, input, gradOutput, scale=1):
        pass

    def accUpdateGradParameters(self, input, gradOutput, lr):
        pass

    def zeroGradParameters(self):
        pass

    def updateParameters(self, learningRate):
        pass


