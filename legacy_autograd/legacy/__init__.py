"""``torch.legacy``: the Lua-Torch-style ``nn`` and ``optim`` of PyTorch 0.3.1 (in progress)."""
from . import nn, optim  # noqa: F401
