"""``torch.legacy.nn``: Lua Torch's modules on tensors, as PyTorch 0.3.1 carried them (in progress)."""
from .module import Module  # noqa: F401
from .linear import Linear, Bilinear  # noqa: F401
