"""Instance normalisation modules (0.3.1): InstanceNorm1d, InstanceNorm2d, InstanceNorm3d.

As 0.3.1: a ``_BatchNorm`` with ``affine=False`` by default, run as batch norm of the input
viewed as (1, N*C, ...) with the running buffers and affine parameters repeated N times;
the running buffers get the mean over the batch of the updated copies.  Instance statistics
are used in eval mode too unless ``use_running_stats`` is set (an attribute that shadows the
method of the same name, as in 0.3.1).
"""
from .batchnorm import _BatchNorm
from .. import _functional_conv as F

__all__ = ['InstanceNorm1d', 'InstanceNorm2d', 'InstanceNorm3d']


class _InstanceNorm(_BatchNorm):

    def __init__(self, num_features, eps=1e-5, momentum=0.1, affine=False):
        super(_InstanceNorm, self).__init__(num_features, eps, momentum, affine)
        self.use_running_stats = False

    def forward(self, input):
        b, c = input.size(0), input.size(1)
        running_mean = self.running_mean.repeat(b)
        running_var = self.running_var.repeat(b)
        weight, bias = None, None
        if self.affine:
            weight = self.weight.repeat(b)
            bias = self.bias.repeat(b)
        input_reshaped = input.contiguous().view(1, b * c, *input.size()[2:])
        out = F.batch_norm(input_reshaped, running_mean, running_var, weight, bias,
                           not self.use_running_stats, self.momentum, self.eps)
        self.running_mean.copy_(running_mean.view(b, c).mean(0, keepdim=False))
        self.running_var.copy_(running_var.view(b, c).mean(0, keepdim=False))
        return out.view(b, c, *input.size()[2:])

    def use_running_stats(self, mode=True):
        """Use the running statistics (True) or the instance statistics (False)."""
        self.use_running_stats = mode


class InstanceNorm1d(_InstanceNorm):
    """InstanceNorm1d(num_features, eps=1e-05, momentum=0.1, affine=False): (N, C, L)."""

    def _check_input_dim(self, input):
        if input.dim() != 3:
            raise ValueError('expected 3D input (got {}D input)'.format(input.dim()))
        super(InstanceNorm1d, self)._check_input_dim(input)


class InstanceNorm2d(_InstanceNorm):
    """InstanceNorm2d(num_features, eps=1e-05, momentum=0.1, affine=False): (N, C, H, W)."""

    def _check_input_dim(self, input):
        if input.dim() != 4:
            raise ValueError('expected 4D input (got {}D input)'.format(input.dim()))
        super(InstanceNorm2d, self)._check_input_dim(input)


class InstanceNorm3d(_InstanceNorm):
    """InstanceNorm3d(num_features, eps=1e-05, momentum=0.1, affine=False): (N, C, D, H, W)."""

    def _check_input_dim(self, input):
        if input.dim() != 5:
            raise ValueError('expected 5D input (got {}D input)'.format(input.dim()))
        super(InstanceNorm3d, self)._check_input_dim(input)
