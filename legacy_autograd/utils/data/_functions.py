"""The tensor types and ``torch.*`` functions the data modules call (stack, randperm, ...).

They come from the layers below (``tensor``, ``ops``), never from the ``torch`` namespace above
(``legacy_autograd/__init__.py``), which imports this package.
"""
import types

from ...ops.functions import TORCH as _FUNCTIONS
from ...tensor import TENSOR_CLASSES, from_numpy, is_tensor

_TORCH = types.SimpleNamespace(
    from_numpy=from_numpy, is_tensor=is_tensor, **{c.__name__: c for c in TENSOR_CLASSES},
    stack=_FUNCTIONS.stack, randperm=_FUNCTIONS.randperm, multinomial=_FUNCTIONS.multinomial)


def torch_namespace():
    """The functions above under their ``torch.*`` names (``torch.stack(batch, 0)``)."""
    return _TORCH
