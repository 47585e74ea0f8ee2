"""``torch._C``: of 0.3.1's C extension, only its ``_functions`` module of graph node classes is
served (``isinstance(v.grad_fn.next_functions[0][0], torch._C._functions.AccumulateGrad)``).
Nothing else of the extension exists here."""
from . import _functions  # noqa: F401
