"""Python callables over a tensor's elements: ``apply_``, ``map_``, ``map2_`` (tensors only,
CPU, as 0.3).

Each element is passed as a Python number (``float`` for Float/Double tensors, ``int``
otherwise) in row-major order; the callable must return a number, else 0.3's
``RuntimeError: given function should return a number``.  ``map_`` / ``map2_`` broadcast
their source tensors to ``self``'s shape.
"""
import numpy as np

from .schema import declare, Call, Y, Z
from ._common import tensor_of, is_tensorlike, warn_fallback, one_fallback_warning
from .. import errors


def _python_scalar(t):
    return float if t._info.is_floating else int


def _check_callable(fn, name):
    if not callable(fn):
        raise TypeError("%s requires a callable as it's %s argument"
                        % (name, 'first' if name == 'apply_' else 'last'))


def _store(t, values):
    """0.3.1's ``TH_TENSOR_APPLY`` loop: each result is written as soon as it is returned, in
    row-major order, so an error (a refused result, an exception of the callable) leaves the
    elements before it written.  A result is checked by ``THPUtils_(checkReal)``: on Python 3
    ``PyFloat_Check || PyLong_Check`` for Float/Double tensors, ``PyLong_Check`` for the
    others -- a ``bool`` is an ``int`` (stored as 0/1), a numpy scalar other than
    ``float64`` (a ``float`` subclass) is refused."""
    a = t._a
    ok = (float, int) if t._info.is_floating else int
    for idx, v in zip(np.ndindex(a.shape), values):
        if not isinstance(v, ok):
            raise RuntimeError('given function should return a number')
        a[idx] = v


def _source(self, src, name):
    if not is_tensorlike(src):
        raise TypeError('%s(): expected a tensor, got %s' % (name, errors.legacy_typename(src)))
    s = tensor_of(src)
    if type(s) is not type(self):
        raise TypeError('%s(): expected %s, got %s' % (name, self.type(), s.type()))
    try:
        return np.broadcast_to(s._a, self._a.shape)
    except ValueError:
        if s._a.size == self._a.size and s._a.size:
            warn_fallback(stacklevel=4)
            return s._a.reshape(self._a.shape)
        raise RuntimeError('%s: the source of size %s does not match the tensor of size %s'
                           % (name, errors.fmt_sizes(s._a.shape), errors.fmt_sizes(self._a.shape)))


def apply_(self, callable):
    """``apply_(fn)``: replace each element ``x`` by ``fn(x)``."""
    _check_callable(callable, 'apply_')
    conv = _python_scalar(self)
    _store(self, (callable(conv(x)) for x in self._a.reshape(-1).tolist()))
    return self


def map_(self, tensor, callable):
    """``map_(tensor, fn)``: replace each element ``x`` by ``fn(x, y)``, ``y`` from ``tensor``."""
    _check_callable(callable, 'map_')
    src = _source(self, tensor, 'map_')
    conv = _python_scalar(self)
    pairs = zip(self._a.reshape(-1).tolist(), src.reshape(-1).tolist())
    _store(self, (callable(conv(x), conv(y)) for x, y in pairs))
    return self


def map2_(self, tensor1, tensor2, callable):
    """``map2_(t1, t2, fn)``: replace each element ``x`` by ``fn(x, y, z)``."""
    _check_callable(callable, 'map2_')
    s1, s2 = one_fallback_warning(lambda: (_source(self, tensor1, 'map2_'),
                                           _source(self, tensor2, 'map2_')))
    conv = _python_scalar(self)
    triples = zip(self._a.reshape(-1).tolist(), s1.reshape(-1).tolist(),
                  s2.reshape(-1).tolist())
    _store(self, (callable(conv(x), conv(y), conv(z)) for x, y, z in triples))
    return self


def _modern_apply(torch, x, fn):
    return x.clone().apply_(fn)


def _modern_map(torch, x, y, fn):
    return x.clone().map_(y, fn)


def _modern_map2(torch, x, y, z, fn):
    return x.clone().map2_(y, z, fn)


def _twice(v):
    return v * 2


def _hyp(a, b):
    return (a * a + b * b) ** 0.5


def _mix(a, b, c):
    return a + 2 * b - c


declare('apply_', apply_, variants=('method',), variable=False,
        calls=(Call(_twice, variables=False, grad=False, modern=_modern_apply),))
declare('map_', map_, variants=('method',), variable=False,
        calls=(Call(Y, _hyp, variables=False, grad=False, modern=_modern_map),))
declare('map2_', map2_, variants=('method',), variable=False,
        calls=(Call(Y, Z, _mix, variables=False, grad=False, modern=_modern_map2),))
