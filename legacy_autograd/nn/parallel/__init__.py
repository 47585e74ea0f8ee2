"""``torch.nn.parallel`` (0.3.1) on a CPU-only build.

There is one device, the CPU: ``replicate`` makes replicas that share the module's
parameters through ``Broadcast`` (gradients of all replicas sum into the original
parameters), ``scatter`` chunks Variables along ``dim`` (one chunk per target),
``gather`` concatenates them back, ``parallel_apply`` runs the replicas (in threads when
there are several, as 0.3.1 did).  ``DataParallel`` and ``data_parallel`` run the module
as is when CUDA is unavailable (``DataParallel`` did so in 0.3.1 too).
"""
from .parallel_apply import parallel_apply  # noqa: F401
from .replicate import replicate  # noqa: F401
from .data_parallel import DataParallel, data_parallel  # noqa: F401
from .scatter_gather import scatter, gather  # noqa: F401
from .distributed import DistributedDataParallel  # noqa: F401

__all__ = ['replicate', 'scatter', 'parallel_apply', 'gather', 'data_parallel',
           'DataParallel', 'DistributedDataParallel']
