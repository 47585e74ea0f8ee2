"""CPU ``torch.HalfTensor`` as 0.3.1 had it: storage, views and copies only, no math.

0.3.1 built its CPU half tensor (``THHalfTensor``) with the methods its cwrap files mark
``cpu_half: True`` and the Python-level methods of ``torch/tensor.py``; everything else -- the
arithmetic, pointwise math, reductions, comparisons, ``fill_``, ``view``, ``clone``,
``contiguous`` -- is missing, so ``h.add(1)`` raises ``AttributeError: 'torch.HalfTensor'
object has no attribute 'add'``, and so do the operators (``h + 1``: ``__add__`` is
``self.add(other)``).  What works: sizes and strides, ``storage()``, ``select`` / ``narrow`` /
``transpose`` / ``squeeze`` / ``unsqueeze`` / ``unfold``, ``resize_`` / ``set_``, ``copy_``
from any type and the conversions (``h.float()``, ``x.half()``), indexing with integers,
``tolist()``, pickling and printing (0.3.1's printer formats a DoubleTensor copy).

:func:`restrict` installs, on the HalfTensor class only, an attribute for each missing method
that raises 0.3.1's ``AttributeError`` (``hasattr(h, 'add')`` is False, as in 0.3.1).  The
other tensor types are not touched, so this costs nothing on their paths.  Variables holding
half data are not restricted (0.3.1 failed inside the autograd functions there).
"""

from .type_support import MissingMethod

_HALF = 'torch.HalfTensor'

#: methods of CPU HalfTensor in 0.3.1 (``cpu_half: True`` in its cwrap files, and the
#: Python-level methods of ``torch/tensor.py`` and the storage/conversion helpers)
HALF_CPU_METHODS = frozenset("""
element_size storage storage_offset ndimension dim resize_ numel nelement set_ select size
stride is_same_size is_contiguous is_set_to transpose transpose_ squeeze squeeze_ unsqueeze
unsqueeze_ narrow unfold data_ptr copy_ apply_ map_ map2_
new type_as cpu cuda double float half long int short char byte is_pinned pin_memory
share_memory_ is_shared split chunk tolist permute repeat type is_cuda is_sparse get_device
""".split())

#: Python-level methods of 0.3.1 that exist but fail on the method they call
_FAILS_ON = {'view_as': 'view', 'expand_as': 'expand', 'matmul': 'dim'}

#: the operators of 0.3.1's ``torch/tensor.py`` and the method each one calls
OPERATORS = {
    '__add__': 'add', '__radd__': 'add', '__iadd__': 'add_', '__sub__': 'sub',
    '__rsub__': 'fill_', '__isub__': 'sub_', '__mul__': 'mul', '__rmul__': 'mul',
    '__imul__': 'mul_', '__pow__': 'pow', '__ipow__': 'pow_', '__div__': 'div',
    '__truediv__': 'div', '__rdiv__': 'fill_', '__rtruediv__': 'fill_', '__idiv__': 'div_',
    '__itruediv__': 'div_', '__mod__': 'remainder', '__neg__': 'neg',
}


def blocked_methods(method_names):
    """The method names (of ``method_names``) that CPU HalfTensor lacked in 0.3.1."""
    return sorted(n for n in method_names
                  if n not in HALF_CPU_METHODS and not n.startswith('_'))


def restrict(half_cls, method_names):
    """Install 0.3.1's missing methods and operators on ``half_cls``."""
    for name in blocked_methods(method_names):
        setattr(half_cls, name, MissingMethod(_HALF, _FAILS_ON.get(name, name)))
    for op, name in OPERATORS.items():
        setattr(half_cls, op, MissingMethod(_HALF, name))
