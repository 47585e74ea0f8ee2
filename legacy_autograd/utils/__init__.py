"""``torch.utils``.

Only ``hooks`` is imported here: it sits below ``autograd`` (Variables use its handles), while
``utils.data`` builds on tensors and ops and is imported by the namespace
(``legacy_autograd/__init__.py``).
"""
from . import hooks  # noqa: F401
