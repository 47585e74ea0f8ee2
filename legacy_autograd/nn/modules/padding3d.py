"""ConstantPad3d and ReplicationPad3d (0.3.1): padding of the last three dims of 5-d input,
``padding`` (left, right, top, bottom, front, back) or one int; repr ``ReplicationPad3d((1, 2,
1, 2, 1, 2))``.  Replication runs as three ``index_select`` with clamped indices."""
import numpy as np

from .module import Module
from .._utils import _ntuple
from .. import _functional_conv as F
from ...autograd.variable import Variable
from ...tensor import LongTensor

__all__ = ['ConstantPad3d', 'ReplicationPad3d']


class ConstantPad3d(Module):
    """ConstantPad3d(padding, value)."""

    def __init__(self, padding, value):
        super(ConstantPad3d, self).__init__()
        self.padding = _ntuple(6)(padding)
        self.value = value

    def forward(self, input):
        return F.pad(input, self.padding, 'constant', self.value)

    def __repr__(self):
        return self.__class__.__name__ + '(' + str(self.padding) + ')'


def _replicate3d(input, padding):
    if input.dim() != 5:
        raise NotImplementedError('Only 5D input Tensors are supported by ReplicationPad3d '
                                  '(got {}D)'.format(input.dim()))
    out = input
    for k in range(3):
        dim = 4 - k
        before, after = padding[2 * k], padding[2 * k + 1]
        n = input.size(dim)
        idx = np.clip(np.arange(-before, n + after), 0, n - 1).astype(np.int64)
        t = LongTensor._wrap(idx)
        out = out.index_select(dim, Variable(t) if isinstance(out, Variable) else t)
    return out


class ReplicationPad3d(Module):
    """ReplicationPad3d(padding)."""

    def __init__(self, padding):
        super(ReplicationPad3d, self).__init__()
        self.padding = _ntuple(6)(padding)

    def forward(self, input):
        return _replicate3d(input, self.padding)

    def __repr__(self):
        return self.__class__.__name__ + '(' + str(self.padding) + ')'


# 0.3.1 defined these in ``torch.nn.modules.padding``: they are served (and pickled) from there
for _cls in __all__:
    globals()[_cls].__module__ = 'legacy_autograd.nn.modules.padding'
del _cls
