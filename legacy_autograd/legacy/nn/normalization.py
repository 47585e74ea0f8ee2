"""Normalisation modules of Lua Torch's nn: batch normalisation (1-D, spatial, volumetric),
``Normalize``, ``SpatialCrossMapLRN``, ``SpatialSoftMax`` and the local subtractive / divisive /
contrastive normalisations, computed with our ``nn.functional`` on Variables."""

from ...nn import functional as F
from ...autograd import Variable
from .module import AutogradModule


class BatchNormalization(AutogradModule):
    """``(x - mean) / sqrt(var + eps) * weight + bias`` per feature (dim 1).  Training uses the
    batch's statistics and folds them into ``running_mean``/``running_var`` (``momentum``);
    evaluation uses the running ones."""

    nDim = 2

    def __init__(self, nOutput, eps=1e-5, momentum=0.1, affine=True):
        super(BatchNormalization, self).__init__()
        assert nOutput != 0
        self.affine = affine
        self.eps = eps
        self.train = True
        self.momentum = momentum
        self.running_mean = self.output.new().resize_(nOutput).zero_()
        self.running_var = self.output.new().resize_(nOutput).fill_(1)
        self.save_mean = None
        self.save_std = None
        self._gradOutput = None
        if self.affine:
            self.weight = self.output.new().resize_(nOutput)
            self.bias = self.output.new().resize_(nOutput)
            self.gradWeight = self.output.new().resize_(nOutput).zero_()
            self.gradBias = self.output.new().resize_(nOutput).zero_()
            self.reset()
        else:
            self.weight = self.bias = self.gradWeight = self.gradBias = None

    def reset(self):
        if self.weight is not None:
            self.weight.uniform_()
        if self.bias is not None:
            self.bias.zero_()
        self.running_mean.zero_()
        self.running_var.fill_(1)

    def _checkInputDim(self, input):
        if input.dim() != self.nDim:
            raise RuntimeError('only mini-batch supported ({}D tensor), got {}D tensor instead'.format(
                self.nDim, input.dim()))
        if input.size(1) != self.running_mean.nelement():
            raise RuntimeError('got {}-feature tensor, expected {}'.format(
                input.size(1), self.running_mean.nelement()))

    def updateOutput(self, input):
        self._checkInputDim(input)
        self._stats_frozen = False
        out = super(BatchNormalization, self).updateOutput(input)
        self._save_batch_stats(input)
        return out

    def _save_batch_stats(self, input):
        # what THNN kept for backward: the batch mean and 1 / sqrt(var + eps) (biased variance)
        n = input.size(1)
        flat = input.transpose(0, 1).contiguous().view(n, -1)
        self.save_mean = flat.mean(1)
        centered = flat - self.save_mean.view(n, 1).expand_as(flat)
        var = (centered * centered).mean(1)
        self.save_std = (var + self.eps).sqrt().reciprocal()

    def _run(self, input, inputs_grad, params_grad):
        # forward again for the gradients: the running statistics must not move a second time
        self._stats_frozen = inputs_grad or params_grad
        try:
            return super(BatchNormalization, self)._run(input, inputs_grad, params_grad)
        finally:
            self._stats_frozen = False

    def _check_backward(self, input, gradOutput):
        self._checkInputDim(input)
        self._checkInputDim(gradOutput)

    def _compute(self, x, p):
        mean, var = self.running_mean, self.running_var
        if self._stats_frozen:
            mean, var = mean.clone(), var.clone()
        return F.batch_norm(x, mean, var, p.get('weight'), p.get('bias'), self.train, self.momentum,
                            self.eps)

    def clearState(self):
        for name in ('buffer', 'buffer2', 'centered', 'std', 'normalized', '_input', '_gradOutput',
                     'save_mean', 'save_std'):
            if hasattr(self, name):
                setattr(self, name, None)
        return super(BatchNormalization, self).clearState()


class SpatialBatchNormalization(BatchNormalization):
    """BatchNormalization over the planes of ``N x C x H x W`` input."""
    nDim = 4


class VolumetricBatchNormalization(BatchNormalization):
    """BatchNormalization over the planes of ``N x C x T x H x W`` input."""
    nDim = 5


class Normalize(AutogradModule):
    """Each row of a 2-D input divided by its ``p``-norm (plus ``eps``); ``p`` may be inf."""

    def __init__(self, p, eps=1e-10):
        super(Normalize, self).__init__()
        assert p > 0
        self.p = p
        self.eps = eps

    def _compute(self, x, p):
        assert x.dim() == 2
        if self.p == float('inf'):
            norm = x.abs().max(1, keepdim=True)[0] + self.eps
        else:
            powered = x.abs().pow(self.p) if self.p % 2 != 0 else x.pow(self.p)
            norm = (powered.sum(1, keepdim=True) + self.eps).pow(1. / self.p)
        return x / norm.expand_as(x)

    def __repr__(self):
        return super(Normalize, self).__repr__() + '({})'.format(self.p)


class SpatialSoftMax(AutogradModule):
    """Softmax over the planes at each location (dim 0 of 1-D/3-D input, else dim 1)."""

    def _compute(self, x, p):
        return F.softmax(x, 0 if x.dim() in (1, 3) else 1)


class SpatialCrossMapLRN(AutogradModule):
    """Local response normalisation across ``size`` neighbouring planes:
    ``x / (k + alpha / size * sum of x^2 over the window)^beta`` (4-D input), with the window
    bounds of 0.3.1's CPU loop."""

    def __init__(self, size, alpha=1e-4, beta=0.75, k=1):
        super(SpatialCrossMapLRN, self).__init__()
        self.size, self.alpha, self.beta, self.k = size, alpha, beta, k
        self.scale = None
        self.paddedRatio = None
        self.accumRatio = None

    def _window_matrix(self, channels, like):
        """``channels x channels`` 0/1 matrix: which squared planes each plane's scale sums."""
        pre = int((self.size - 1) / 2 + 1)
        rows = []
        cur = [0] * channels
        for c in range(min(pre, channels)):
            cur[c] = 1
        rows.append(list(cur))
        for c in range(1, channels):
            if c < channels - pre + 1:
                cur[c + pre - 1] += 1
            if c > pre:
                cur[c - pre] -= 1
            rows.append(list(cur))
        m = like.data.new().resize_(channels, channels)
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                m[i][j] = v
        return Variable(m)

    def _compute(self, x, p):
        assert x.dim() == 4
        n, c, h, w = x.size()
        sq = (x * x).contiguous().view(n, c, h * w)
        summed = self._window_matrix(c, x).unsqueeze(0).expand(n, c, c).bmm(sq).view(n, c, h, w)
        scale = summed * (self.alpha / self.size) + self.k
        self.scale = scale.data
        return x * scale.pow(-self.beta)

    def clearState(self):
        self.scale = self.paddedRatio = self.accumRatio = None
        return super(SpatialCrossMapLRN, self).clearState()


def _check_kernel(name, kernel):
    kdim = kernel.ndimension()
    if kdim != 2 and kdim != 1:
        raise ValueError('{} averaging kernel must be 2D or 1D'.format(name))
    if kernel.size(0) % 2 == 0 or (kdim == 2 and kernel.size(1) % 2 == 0):
        raise ValueError('{} averaging kernel must have ODD dimensions'.format(name))


def _default_kernel(like):
    return like.new().resize_(9, 9).fill_(1)


class _LocalNorm(AutogradModule):
    """Shared by the local normalisations: a weighted local mean over a ``kernel``-shaped
    neighbourhood across all planes, corrected at the borders by the same mean of ones."""

    def _estimator_draws(self):
        """0.3.1 built each local estimator from convolution modules whose initialisation drew
        random numbers (then overwritten by the kernel); the same draws are made here, so the
        numbers drawn after constructing the module are 0.3.1's."""
        from .conv import SpatialConvolution, SpatialConvolutionMap
        k, c = self.kernel, self.nInputPlane
        if k.ndimension() == 2:
            SpatialConvolution(c, 1, k.size(1), k.size(0))
        else:
            SpatialConvolutionMap(SpatialConvolutionMap.maps.oneToOne(c), k.size(0), 1)
            SpatialConvolution(c, 1, 1, k.size(0))

    def _effective_kernel(self):
        """The 2-D kernel (summing to 1 over all planes) the 0.3.1 estimators amounted to:
        ``kernel`` itself, or the outer product of a 1-D kernel with itself."""
        k = self.kernel
        if k.ndimension() == 1:
            k = k.view(-1, 1) * k.view(1, -1)
        return k / (k.sum() * self.nInputPlane)

    def _local_sums(self, b):
        """(weighted local sum of ``b`` over all planes, the same sum of ones): ``N x 1 x H x W``."""
        k = self._effective_kernel()
        kh, kw = k.size(0), k.size(1)
        weight = Variable(k.view(1, 1, kh, kw).expand(1, self.nInputPlane, kh, kw).contiguous())
        pad = (kw // 2, kw // 2, kh // 2, kh // 2)
        sums = F.conv2d(F.pad(b, pad), weight)
        ones = Variable(b.data.new().resize_(1, *b.size()[1:]).fill_(1))
        return sums, F.conv2d(F.pad(ones, pad), weight).expand_as(sums)

    def _subtract(self, b):
        sums, coef = self._local_sums(b)
        return b - (sums / coef).expand_as(b)

    def _divide(self, b):
        # 0.3.1's divisor: sqrt(local sum of squares) / (local sum of ones), floored by
        # Threshold(threshold, thresval)
        sums, coef = self._local_sums(b * b)
        std = F.threshold(sums.sqrt() / coef, self.threshold, self.thresval)
        return b / std.expand_as(b)


class SpatialSubtractiveNormalization(_LocalNorm):
    """Subtracts from every plane the weighted local mean over all planes."""

    def __init__(self, nInputPlane=1, kernel=None):
        super(SpatialSubtractiveNormalization, self).__init__()
        self.nInputPlane = nInputPlane
        self.kernel = kernel if kernel is not None else _default_kernel(self.output)
        _check_kernel('SpatialSubtractiveNormalization', self.kernel)
        self.kernel.div_(self.kernel.sum() * self.nInputPlane)
        self._estimator_draws()                               # the mean estimator

    def _compute(self, x, p):
        return _batched_planes(x, self._subtract)


class SpatialDivisiveNormalization(_LocalNorm):
    """Divides every plane by the local standard deviation (root of the weighted local mean of
    squares over all planes), floored by ``Threshold(threshold, thresval)``."""

    def __init__(self, nInputPlane=1, kernel=None, threshold=1e-4, thresval=None):
        super(SpatialDivisiveNormalization, self).__init__()
        self.nInputPlane = nInputPlane
        self.kernel = kernel if kernel is not None else _default_kernel(self.output)
        self.threshold = threshold
        self.thresval = thresval if thresval is not None else threshold
        _check_kernel('SpatialDivisiveNormalization', self.kernel)
        self._estimator_draws()                               # the mean estimator
        self._estimator_draws()                               # the standard deviation estimator

    def _compute(self, x, p):
        return _batched_planes(x, self._divide)


class SpatialContrastiveNormalization(_LocalNorm):
    """SpatialSubtractiveNormalization followed by SpatialDivisiveNormalization."""

    def __init__(self, nInputPlane=1, kernel=None, threshold=1e-4, thresval=1e-4):
        super(SpatialContrastiveNormalization, self).__init__()
        self.nInputPlane = nInputPlane
        self.kernel = kernel if kernel is not None else _default_kernel(self.output)
        self.threshold = threshold
        self.thresval = thresval or threshold
        _check_kernel('SpatialContrastiveNormalization', self.kernel)
        for _ in range(3):                # the subtractive stage's estimator, the divisive stage's two
            self._estimator_draws()

    def _compute(self, x, p):
        return _batched_planes(x, lambda b: self._divide(self._subtract(b)))


def _batched_planes(x, fn):
    if x.dim() == 3:
        return fn(x.unsqueeze(0)).squeeze(0)
    return fn(x)
