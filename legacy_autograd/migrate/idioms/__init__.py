"""The rules written as one small class per idiom (registered in ``registry.RULES``).

Each module groups the idioms of one theme; importing it registers its rules.
"""


def load_rules():
    """Import (once) every module of rules; returns True."""
    # the order of the imports is the order of the rules (and of the docs table)
    from . import variables, item, functions, builtin  # noqa: F401,I100
    from . import softmax, cross, losses, renames  # noqa: F401,I100
    from . import api, dtypes, arith, masks, storage, hooks, traced  # noqa: F401,I100
    from . import reductions  # noqa: F401  (last: it wraps what the others made of a call)
    return True
