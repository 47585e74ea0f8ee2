"""The one strict comparison of a legacy value with a modern (or reference) value.

Every parity check of the project goes through :func:`assert_close` (directly, or through
:func:`legacy_autograd.testing.assert_parity` and the registry runner).  Its rules:

* **structure**: nested tuples/lists (modern named tuples included) have the same lengths;
  ``None`` equals only ``None`` -- except for a gradient, where a ``None`` (input unused) equals
  a gradient that is exactly zero with the input's shape and dtype (``like=``);
* **shapes** are equal; the only mappings are the 0.3 ones, which never reshape data: a legacy
  size-1 tensor (0.3 had no 0-dim tensors) equals a modern 0-dim tensor, a legacy Python number
  (a reduction of a tensor) equals a modern 0-dim tensor, and a legacy empty tensor (0.3
  empties have no dims) equals a modern empty tensor;
* **dtypes** are equal, with one mapping: a legacy ``ByteTensor`` equals a modern ``bool``
  tensor; a Python ``float`` / ``int`` / ``bool`` must meet a floating / integer / bool tensor;
  a plain numpy array on the modern side is a reference value: its kind must match and it may
  be more precise;
* **graphs**: a legacy Variable that requires grad must meet a modern tensor that requires
  grad, and the reverse (a graph lost on one side fails);
* **values**: integer and bool values are equal; floating values satisfy, element by element,
  ``|legacy - modern| <= atol + rtol * |modern|`` with the tolerance of the less precise dtype
  (:data:`TOLERANCES`), never scaled by the other elements of the array; NaN positions and
  infinities (with their signs) are the same on both sides.

:func:`assert_finite` is the extra rule of the graph checks: a computation whose output or
gradients are NaN agrees trivially, so it does not count as agreement unless the case says
why NaN is the expected answer.
"""
import numbers

import numpy as np

from .libs import is_legacy_tensor, is_legacy_variable, is_modern_tensor

__all__ = ['TOLERANCES', 'ParityError', 'ExpectedDifference', 'assert_close', 'normalise_pair',
           'assert_finite', 'compare_gradient']

#: One tolerance per dtype: ``|legacy - modern| <= atol + rtol * |modern|`` element by element.
#:
#: * float32: both libraries round every op to float32, but legacy reductions accumulate in
#:   double (TH's ``accreal``) where modern torch accumulates in float32 in another order,
#:   and a few legacy functions (erf, erfinv, lgamma) are evaluated in float64 and rounded
#:   once.  A sum of n float32 terms is good to about ``n * 6e-8`` of its largest term; the
#:   samples have at most 64 elements of magnitude <= 10.
#: * float64: the same reasons at 2.2e-16 per op, with room for the chained formulas of
#:   second-order gradients and the independently written special functions.
#:
#: An op whose results need a looser one declares it in its sample spec with the reason.
TOLERANCES = {
    'float32': {'rtol': 1e-5, 'atol': 1e-5},
    'float64': {'rtol': 1e-10, 'atol': 1e-10},
}


class ParityError(AssertionError):
    """A legacy result differs from the modern one (or one side failed)."""


class ExpectedDifference(ParityError):
    """A difference that the case declares expected (intentional 0.3 semantics, xfail)."""


# ============================================================================ one value
class _Side(object):
    """One side of a comparison: its array, what it was, and whether it carries a graph."""
    __slots__ = ('array', 'kind', 'graph')

    def __init__(self, array, kind, graph):
        self.array = array      # numpy array, or None
        self.kind = kind        # 'none', 'number', 'library' (a tensor/Variable), 'numpy'
        self.graph = graph      # requires_grad, or None where the value cannot carry one


def _plain(x):
    if x is None:
        return _Side(None, 'none', None)
    if isinstance(x, (bool, np.bool_)):
        return _Side(np.asarray(bool(x)), 'number', None)
    if isinstance(x, numbers.Integral):
        return _Side(np.asarray(int(x), dtype=np.int64), 'number', None)
    if isinstance(x, numbers.Real):
        return _Side(np.asarray(float(x), dtype=np.float64), 'number', None)
    if isinstance(x, np.ndarray):
        return _Side(x, 'numpy', None)
    if isinstance(x, np.generic):
        return _Side(np.asarray(x), 'numpy', None)
    return None


def _legacy_side(x):
    if is_legacy_variable(x):
        return _Side(np.asarray(x.data._a), 'library', bool(x.requires_grad))
    if is_legacy_tensor(x):
        return _Side(np.asarray(x._a), 'library', False)
    side = _plain(x)
    if side is None:
        raise ParityError('not a legacy tensor, Variable or number: %s' % type(x).__name__)
    return side


def _modern_side(x):
    side = _plain(x)
    if side is not None:
        return side
    if is_modern_tensor(x):
        # force=True also materialises the ZeroTensors modern autograd returns for
        # identically-zero second derivatives
        return _Side(x.detach().cpu().numpy(force=True), 'library', bool(x.requires_grad))
    raise ParityError('not a modern tensor or number: %s' % type(x).__name__)


def fmt_shape(shape):
    return '(%d,)' % shape[0] if len(shape) == 1 else '(' + ', '.join(str(s) for s in shape) + ')'


def _shapes_agree(l, m):
    """The legacy and modern shapes, equal or related by a 0.3 mapping (never a reshape)."""
    if l.array.shape == m.array.shape:
        return True
    if l.kind == 'number':                       # a Python number: a modern 0-dim tensor
        return m.array.shape == ()
    if m.kind == 'number':
        return l.array.shape in ((), (1,))
    if l.array.shape == (1,) and m.array.shape == ():
        return True                              # 0.3 has no 0-dim tensors
    if l.kind == 'library' and m.kind == 'library':
        if l.array.shape == (0,) and m.array.size == 0:
            return True                          # 0.3 empties have no dims
    return False


_KIND = {'f': 'floating', 'i': 'integer', 'u': 'integer', 'b': 'bool'}


def _dtypes_agree(l, m):
    ld, md = l.array.dtype, m.array.dtype
    if l.kind == 'library' and m.kind == 'library':
        return ld == md or (ld == np.uint8 and md == np.bool_)
    if ld == np.uint8 and md == np.bool_ or ld == np.bool_ and md == np.uint8:
        return True                              # a mask against a bool reference / number
    return _KIND.get(ld.kind) == _KIND.get(md.kind)


def normalise_pair(legacy, modern, like=None, graph=True):
    """Numpy arrays ``(l, m)`` for a legacy and a modern value after the checks of shape,
    dtype and graph (``(None, None)`` when both are None).

    ``like`` = ``(shape, dtype)`` of the input a gradient belongs to: a ``None`` gradient then
    stands for zeros of that shape (and the other side must be exactly that).  Raises
    :class:`ParityError` when the values cannot be the same.
    """
    l = _legacy_side(legacy)
    m = _modern_side(modern)
    if l.kind == 'none' or m.kind == 'none':
        if l.kind == m.kind:
            return None, None
        if like is None:
            raise ParityError('legacy gave %s, modern gave %s' % (
                'None' if l.kind == 'none' else 'a value', 'None' if m.kind == 'none' else 'a value'))
        zeros = _Side(np.zeros(like[0], dtype=like[1]), 'library', False)
        if l.kind == 'none':
            l = zeros
        else:
            m = zeros
    if graph and l.graph is not None and m.graph is not None and l.graph != m.graph:
        raise ParityError('graph mismatch: the legacy value %s, the modern value %s' % (
            'requires grad' if l.graph else 'has no graph (requires_grad=False)',
            'requires grad' if m.graph else 'has no graph (requires_grad=False)'))
    if not _shapes_agree(l, m):
        raise ParityError('shape mismatch: legacy %s vs modern %s%s' % (
            fmt_shape(l.array.shape), fmt_shape(m.array.shape),
            ' (a Python number)' if l.kind == 'number' else ''))
    if not _dtypes_agree(l, m):
        raise ParityError('dtype mismatch: legacy %s vs modern %s' % (
            'Python %s' % type(legacy).__name__ if l.kind == 'number' else l.array.dtype,
            m.array.dtype))
    la, ma = l.array, m.array
    if la.dtype == np.bool_ and ma.dtype == np.uint8:
        la = la.astype(np.uint8)
    if ma.dtype == np.bool_ and la.dtype == np.uint8:
        ma = ma.astype(np.uint8)
    if la.size == 1 and ma.size == 1:
        la, ma = la.reshape(()), ma.reshape(())  # a single element, (1,) or () or a number
    elif la.size == 0 and ma.size == 0:
        la, ma = la.reshape(-1), ma.reshape(-1)
    return la, ma


# ============================================================================ values
def tolerance(dtype, rtol=None, atol=None):
    """``(rtol, atol)`` of ``dtype`` (floating), with explicit overrides."""
    base = TOLERANCES.get(np.dtype(dtype).name, TOLERANCES['float64'])
    return (base['rtol'] if rtol is None else rtol), (base['atol'] if atol is None else atol)


def compare_arrays(l, m, what, rtol=None, atol=None, dtype=None):
    """Raise :class:`ParityError` with a readable message when ``l`` and ``m`` differ."""
    if l.dtype.kind not in 'fc' and m.dtype.kind not in 'fc':
        bad = l != m
        if np.any(bad):
            raise ParityError(mismatch_message(what, l, m, np.asarray(bad), 'exact'))
        return
    if dtype is None:
        # the less precise of the two (a legacy Python float is double; its tensor was not)
        floats = [d for d in (l.dtype, m.dtype) if d.kind == 'f']
        dtype = min(floats, key=lambda d: d.itemsize) if floats else np.dtype(np.float64)
    r, a = tolerance(dtype, rtol, atol)
    l64 = l.astype(np.float64)
    m64 = m.astype(np.float64)
    with np.errstate(invalid='ignore', over='ignore'):
        close = np.isfinite(l64) & np.isfinite(m64) & (np.abs(l64 - m64) <= a + r * np.abs(m64))
    same_nan = np.isnan(l64) & np.isnan(m64)
    same_inf = np.isinf(l64) & np.isinf(m64) & (np.sign(l64) == np.sign(m64))
    bad = ~(close | same_nan | same_inf)
    if bad.any():
        raise ParityError(mismatch_message(what, l, m, bad, 'rtol=%g, atol=%g' % (r, a)))


def mismatch_message(what, l, m, bad, tol, names=('legacy', 'modern')):
    ln, mn = names
    idx = np.argwhere(bad)
    n = int(bad.sum())
    with np.errstate(invalid='ignore', over='ignore'):
        diff = np.abs(l.astype(np.float64) - m.astype(np.float64))
    diff = np.where(np.isnan(diff), np.inf, diff)
    worst = np.unravel_index(int(np.argmax(np.where(bad, diff, -1))), bad.shape) if bad.ndim else ()
    lines = ['%s differs (%s, %s): %d of %d element%s mismatch'
             % (what, l.dtype, tol, n, bad.size, '' if bad.size == 1 else 's')]
    lines.append('  largest difference at index %s: %s %r vs %s %r'
                 % (tuple(int(i) for i in worst), ln, _item(l[worst]), mn, _item(m[worst])))
    for row in idx[:4]:
        k = tuple(int(i) for i in row)
        if k != tuple(int(i) for i in worst):
            lines.append('  at index %s: %s %r vs %s %r' % (k, ln, _item(l[k]), mn, _item(m[k])))
    if l.size <= 12:
        lines.append('  %s: %s' % (ln, np.array2string(l.reshape(-1), precision=9, separator=', ')))
        lines.append('  %s: %s' % (mn, np.array2string(m.reshape(-1), precision=9, separator=', ')))
    return '\n'.join(lines)


def _item(x):
    x = np.asarray(x)
    return x.item() if x.size == 1 else x.tolist()


def _is_sequence(x):
    return isinstance(x, (tuple, list))


def _pairs(legacy, modern, what):
    """(legacy leaf, modern leaf, name) of two nested structures that must match."""
    if _is_sequence(legacy) or _is_sequence(modern):
        if not (_is_sequence(legacy) and _is_sequence(modern)):
            raise ParityError('%s: legacy returned %s, modern %s' % (
                what, _describe(legacy), _describe(modern)))
        if len(legacy) != len(modern):
            raise ParityError('%s: legacy returned %d value%s, modern %d' % (
                what, len(legacy), '' if len(legacy) == 1 else 's', len(modern)))
        out = []
        for k, (a, b) in enumerate(zip(legacy, modern)):
            out.extend(_pairs(a, b, '%s[%d]' % (what, k)))
        return out
    return [(legacy, modern, what)]


def _describe(x):
    if _is_sequence(x):
        return 'a sequence of %d values' % len(x)
    return 'one value (%s)' % type(x).__name__


def assert_close(legacy, modern, rtol=None, atol=None, what='value', dtype=None, graph=True):
    """Compare a legacy value with a modern one by the rules of this module.

    ``legacy``: a legacy tensor, Variable, Python number, numpy array or a (nested)
    tuple/list of those; ``modern``: a modern tensor, number, numpy array (a reference value)
    or a tuple (named tuples included).  ``rtol``/``atol`` override :data:`TOLERANCES` (an
    op's documented looser tolerance), ``dtype`` names the dtype whose tolerance applies,
    ``graph=False`` compares values only (not whether each side requires grad).  Raises
    :class:`ParityError` (an ``AssertionError``) with a readable message on mismatch.
    """
    for a, b, name in _pairs(legacy, modern, what):
        try:
            l, m = normalise_pair(a, b, graph=graph)
        except ParityError as exc:
            raise ParityError('%s: %s' % (name, exc)) from None
        if l is not None:
            compare_arrays(l, m, name, rtol, atol, dtype)


def compare_gradient(legacy, modern, like, what, rtol=None, atol=None):
    """Compare two gradients of the input whose ``(shape, dtype)`` is ``like``: ``None`` (the
    input did not contribute) equals exact zeros of that shape; anything else by the rules."""
    try:
        l, m = normalise_pair(legacy, modern, like=like, graph=False)
    except ParityError as exc:
        raise ParityError('%s: %s' % (what, exc)) from None
    if l is not None:
        compare_arrays(l, m, what, rtol, atol)


def assert_finite(values, what, nan_ok=None):
    """A computation that ends in NaN agrees trivially: raise :class:`ParityError` when any of
    ``values`` (legacy values, numbers or arrays; nested) holds a NaN, unless ``nan_ok`` gives
    the reason why NaN is the expected answer."""
    if nan_ok:
        return
    for v, _, name in _pairs(values, values, what):
        side = _legacy_side(v) if not is_modern_tensor(v) else _modern_side(v)
        a = side.array
        if a is not None and a.dtype.kind == 'f' and np.isnan(a).any():
            raise ParityError('%s is NaN at %d of %d element%s: a graph that ends in NaN agrees '
                              'with anything; choose inputs inside the domain (or declare '
                              'nan_ok with the reason)' % (name, int(np.isnan(a).sum()), a.size,
                                                           '' if a.size == 1 else 's'))
