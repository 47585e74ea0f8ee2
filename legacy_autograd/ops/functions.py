"""Every ``torch.*`` function of the op front-ends as one namespace object, ``TORCH``.

For the layers above the ops (``optim``, ``utils.data``) that call ``torch.max``, ``torch.cat``,
``torch.randperm``, ...: they use this instead of importing the ``torch`` namespace
(``legacy_autograd/__init__.py``), which sits above them.  Importing it imports the ``ops``
package first, so every front-end is registered by then.
"""
import types

from .surface import TORCH_FUNCTIONS

TORCH = types.SimpleNamespace(**TORCH_FUNCTIONS)
