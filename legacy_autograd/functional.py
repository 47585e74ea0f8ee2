"""``torch.functional`` (0.3.1): the module where 0.3.1 wrote a few ``torch.*`` functions in
Python (``split``, ``chunk``, ``stack``, ``unbind``, ``matmul``, ``btriunpack``).  Here they are
the same functions as ``torch.split`` and the others."""
from .ops.functions import TORCH as _TORCH

__all__ = ['split', 'chunk', 'stack', 'unbind', 'btriunpack', 'matmul']     # 0.3.1's order

split = _TORCH.split
chunk = _TORCH.chunk
stack = _TORCH.stack
unbind = _TORCH.unbind
matmul = _TORCH.matmul
btriunpack = _TORCH.btriunpack
