"""Bitwise operators of 0.3's tensors: ``&``, ``|``, ``^``, ``<<``, ``>>`` and their in-place
forms (``&=`` ...), with a number or a tensor of the same type (broadcast).

As in TH, ``& | ^`` need an integer type (ByteTensor masks included); ``<<`` / ``>>`` on
Float/Double multiply / divide by powers of two.  Variables had none of them in 0.3.
"""
import numpy as np

from .schema import declare, Call, Y
from ._common import is_number, check_broadcast
from ..tensor import _TensorBase


def _operand(self, other, name, inplace):
    if isinstance(other, _TensorBase):
        if type(other) is not type(self):
            raise TypeError('%s received an invalid combination of arguments - got (%s), but '
                            'expected one of:\n * (%s other)\n * (%s value)\n'
                            % (name, other.type(), self.type(), self._info.short.lower()))
        return check_broadcast(self._a, other._a, inplace, name, receiver=self)
    if is_number(other):
        return other
    return None


def _binary(name, ufunc, inplace, shift=None):
    def impl(self, other):
        b = _operand(self, other, name, inplace)
        if b is None:
            return NotImplemented
        a = self._a
        if shift is None and self._info.is_floating:
            raise RuntimeError('%s is only supported for integer type tensors'
                               % name.strip('_').lstrip('i'))
        if shift is not None and self._info.is_floating:
            factor = np.power(2.0, b)
            result = a * factor if shift == 'left' else a / factor
        else:
            bb = b if not is_number(b) else np.asarray(int(b)).astype(a.dtype)
            with np.errstate(all='ignore'):
                result = ufunc(a, bb)
        result = np.asarray(result).astype(a.dtype, copy=False)
        if inplace:
            np.copyto(a, np.broadcast_to(result, a.shape), casting='unsafe')
            return self
        return type(self)._wrap(np.ascontiguousarray(result))
    impl.__name__ = name
    impl.__qualname__ = name
    impl.__doc__ = '``%s``: 0.3 tensor bitwise operator.' % name
    return impl


_OPS = (
    ('__and__', np.bitwise_and, False, None, lambda torch, x, y: x & y),
    ('__or__', np.bitwise_or, False, None, lambda torch, x, y: x | y),
    ('__xor__', np.bitwise_xor, False, None, lambda torch, x, y: x ^ y),
    ('__iand__', np.bitwise_and, True, None, lambda torch, x, y: x.clone().__iand__(y)),
    ('__ior__', np.bitwise_or, True, None, lambda torch, x, y: x.clone().__ior__(y)),
    ('__ixor__', np.bitwise_xor, True, None, lambda torch, x, y: x.clone().__ixor__(y)),
    ('__lshift__', np.left_shift, False, 'left', lambda torch, x, n: x * 2 ** n),
    ('__rshift__', np.right_shift, False, 'right', lambda torch, x, n: x // 2 ** n),
    ('__ilshift__', np.left_shift, True, 'left', lambda torch, x, n: x.clone() * 2 ** n),
    ('__irshift__', np.right_shift, True, 'right', lambda torch, x, n: x.clone() // 2 ** n),
)

for _name, _ufunc, _inplace, _shift, _modern in _OPS:
    _calls = ((Call(2, grad=False, variables=False, modern=_modern),) if _shift else
              (Call(Y, grad=False, variables=False, modern=_modern),
               Call(6, grad=False, variables=False, modern=_modern)))
    declare(_name, _binary(_name, _ufunc, _inplace, _shift), variants=('method',),
            variable=False, dtypes=('int64',), domain=(0.0, 5.0), calls=_calls)


def __invert__(self):
    """``~mask``: the logical not of a ByteTensor (``1 - mask``); other types raise, as 0.3."""
    if type(self).__name__ != 'ByteTensor':
        raise RuntimeError('logical operations are supported on ByteTensors only')
    return type(self)._wrap(np.subtract(1, self._a, dtype=self._a.dtype))


declare('__invert__', __invert__, variants=('method',), variable=False, dtypes=('uint8',),
        domain=(0.0, 0.5), calls=(Call(grad=False, variables=False,
                                       modern=lambda torch, x: 1 - x),))
