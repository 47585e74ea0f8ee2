"""Converters between legacy values and modern torch values (always copies)."""
import numbers

import numpy as np

from ..tensor import array_to_tensor
from .libs import is_legacy_tensor, is_legacy_variable, is_modern_tensor, legacy, modern_torch

__all__ = ['to_modern', 'from_modern']


def to_modern(x, requires_grad=None, bool_masks=False, zero_dim=False):
    """A modern torch value equal to the legacy value ``x`` (a copy, never shared memory).

    * a legacy tensor -> a tensor of the same dtype (``ByteTensor`` -> ``uint8``, or ``bool``
      with ``bool_masks=True``, the modern mask type);
    * a legacy Variable -> a leaf tensor that requires grad like the Variable (floating only),
      or as ``requires_grad`` says;
    * a Python number or bool -> a 0-dim tensor (``float64``, ``int64`` or ``bool``);
    * with ``zero_dim=True`` a one-element 1-D result becomes 0-dim (the modern reduction shape);
    * tuples and lists element by element; numpy arrays like tensors; None stays None.
    """
    torch = modern_torch()
    if x is None:
        return None
    if isinstance(x, (tuple, list)):
        return type(x)(to_modern(e, requires_grad, bool_masks, zero_dim) for e in x)
    rg = requires_grad
    if is_legacy_variable(x):
        if rg is None:
            rg = x.requires_grad
        arr = x.data._a
    elif is_legacy_tensor(x):
        arr = x._a
    elif isinstance(x, np.ndarray):
        arr = x
    elif isinstance(x, (bool, np.bool_)):
        return torch.tensor(bool(x))
    elif isinstance(x, numbers.Integral):
        return torch.tensor(int(x), dtype=torch.int64)
    elif isinstance(x, numbers.Real):
        t = torch.tensor(float(x), dtype=torch.float64)
        return t.requires_grad_(True) if rg else t
    else:
        raise TypeError('to_modern: cannot convert %s' % type(x).__name__)
    arr = np.array(arr, copy=True)
    if bool_masks and arr.dtype == np.uint8:
        arr = arr.astype(bool)
    if zero_dim and arr.shape == (1,):
        arr = arr.reshape(())
    t = torch.from_numpy(arr)                # a fresh copy: contiguous, and 0-dim stays 0-dim
    if rg and arr.dtype.kind == 'f':
        t.requires_grad_(True)
    return t


def from_modern(x, variable=None, requires_grad=None):
    """A legacy value equal to the modern value ``x`` (a copy).

    * a tensor -> a legacy tensor of the matching type; a 0-dim tensor becomes size 1 (0.3 had
      no 0-dim tensors); ``bool`` becomes ``ByteTensor`` 0/1;
    * a tensor that requires grad (or any tensor with ``variable=True``) -> a Variable (a leaf;
      it requires grad like ``x`` unless ``requires_grad`` says otherwise);
    * Python numbers and bools unchanged; tuples (also ``torch.return_types``) element by element.
    """
    if x is None or isinstance(x, (bool, numbers.Number)):
        return x
    if isinstance(x, (tuple, list)):
        return tuple(from_modern(e, variable, requires_grad) for e in x) if isinstance(x, tuple) \
            else [from_modern(e, variable, requires_grad) for e in x]
    if not is_modern_tensor(x):
        raise TypeError('from_modern: expected a modern torch tensor, got %s' % type(x).__name__)
    L = legacy()
    arr = x.detach().cpu().numpy(force=True).copy()
    if arr.dtype == np.bool_:
        arr = arr.astype(np.uint8)
    if arr.ndim == 0:
        arr = arr.reshape(1)
    t = array_to_tensor(np.ascontiguousarray(arr))
    make_var = variable if variable is not None else bool(x.requires_grad)
    if not make_var:
        return t
    rg = x.requires_grad if requires_grad is None else requires_grad
    return L.Variable(t, requires_grad=bool(rg) and arr.dtype.kind == 'f')
