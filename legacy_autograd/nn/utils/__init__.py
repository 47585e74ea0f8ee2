"""``torch.nn.utils``."""
from .clip_grad import clip_grad_norm, clip_grad_norm_  # noqa: F401
from . import rnn  # noqa: E402,F401
from .weight_norm import weight_norm, remove_weight_norm  # noqa: E402,F401
from .convert_parameters import parameters_to_vector, vector_to_parameters  # noqa: E402,F401
