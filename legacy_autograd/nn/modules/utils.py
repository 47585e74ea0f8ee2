"""``torch.nn.modules.utils`` (0.3.1): ``_single``, ``_pair``, ``_triple``, ``_quadruple``."""
from .._utils import _ntuple, _single, _pair, _triple, _quadruple  # noqa: F401
