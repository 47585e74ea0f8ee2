"""``DistributedDataParallel`` (0.3.1): needs ``torch.distributed`` and CUDA, neither of which
this CPU build has."""
from ..modules import Module


class DistributedDataParallel(Module):
    def __init__(self, module, device_ids=None, output_device=None, dim=0):
        super(DistributedDataParallel, self).__init__()
        raise RuntimeError('DistributedDataParallel needs torch.distributed and CUDA, '
                           'which this CPU-only build does not have')
