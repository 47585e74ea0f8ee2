"""The rules written as one small class per idiom (registered in ``registry.RULES``).

Each module groups the idioms of one theme; importing it registers its rules.
"""


def load_rules():
    """Import (once) every module of rules; returns True."""
    from . import builtin, hooks, storage, traced  # noqa: F401  (registration, in this order)
    return True
