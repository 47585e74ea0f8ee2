"""``torch.backends``: settings old scripts assign (``torch.backends.cudnn.benchmark = True``).

They have no effect here (there is no cuDNN); the attributes exist so scripts run.
"""
from . import cudnn  # noqa: F401
