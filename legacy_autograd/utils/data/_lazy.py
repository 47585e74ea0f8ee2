"""Lazy access to the package's ``torch`` namespace.

``legacy_autograd.utils`` is imported while ``legacy_autograd.autograd`` is still being
set up (the Variable module needs ``utils.hooks``), so the data modules must not import
tensors, ops or Variables at import time; they look them up on first use.
"""
import importlib

_PACKAGE = __name__.split('.')[0]


def torch_namespace():
    return importlib.import_module(_PACKAGE)
