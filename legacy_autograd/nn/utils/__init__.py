"""``torch.nn.utils``."""
from .clip_grad import clip_grad_norm, clip_grad_norm_  # noqa: F401
from . import rnn  # noqa: E402,F401
