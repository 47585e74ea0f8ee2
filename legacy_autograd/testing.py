"""Parity helpers: run the same computation in legacy_autograd and in modern PyTorch, compare.

Public API (usable from any pytest suite; modern ``torch`` is imported lazily,
only when a helper that needs it runs, so this module imports without torch):

* :func:`assert_parity` -- run ``legacy_fn`` on legacy Variables and
  ``modern_fn`` on modern tensors built from the same numpy arrays; compare the
  outputs and (by default) the gradients of every input for a random upstream
  gradient; optionally second-order gradients.
* :func:`assert_raises_parity` -- both sides raise; the legacy message is checked.
* :func:`assert_close` -- compare one legacy value with one modern value after
  the legacy-to-modern normalisation below.
* :func:`to_modern` / :func:`from_modern` -- convert values between the libraries.
* :data:`TOLERANCES` -- the one tolerance per dtype.

The legacy-to-modern mapping is encoded once, in :func:`normalise_pair`:

* a legacy size-1 result (a full reduction on a Variable, ``shape (1,)``) equals
  a modern 0-dim tensor; a legacy Python number (a reduction on a tensor) equals
  a modern 0-dim or one-element tensor;
* a legacy empty result (0.3 empty tensors have no dimensions: shape ``(0,)``) equals a
  modern empty tensor of any shape;
* a legacy ``ByteTensor`` (comparisons, masks) equals a modern ``bool`` tensor;
* a modern named tuple (``torch.return_types.max``) equals a legacy tuple;
* a gradient that one side reports as ``None`` (input unused) equals zeros.

The rest of the module is the registry-driven case runner behind the parity
suite (``compat_tests/test_parity_*.py``) and ``legacy-autograd parity-report``:
for every op in ``legacy_autograd.ops.registry.OPS`` it builds sample inputs
(``op.samples`` when the op declares them, else the entry in
:mod:`legacy_autograd.parity_samples`), runs the op through
``ops.dispatch.call`` (or the entry's legacy front-end), backward with a random
upstream gradient, grad-of-grad through ``autograd.grad(create_graph=True)``,
and the op's ``modern`` spelling on equal modern tensors, and compares.
See ``docs/parity.md``.
"""
import numbers
import sys
import traceback
import warnings
import zlib

import numpy as np

__all__ = ['TOLERANCES', 'FD_TOLERANCE', 'ParityError', 'ExpectedDifference', 'assert_parity',
           'assert_raises_parity', 'assert_close', 'to_modern', 'from_modern', 'normalise_pair',
           'ParityResult']

#: One tolerance per dtype: ``|legacy - modern| <= atol * scale + rtol * |modern|`` elementwise,
#: where ``scale = max(1, max |modern|)`` over the compared array.
#:
#: * float32: both libraries round every op to float32, but legacy reductions accumulate in
#:   double (TH's ``accreal``) where modern torch accumulates in float32 with a different
#:   summation order, and a few legacy functions (erf, erfinv, lgamma) are evaluated in float64
#:   and rounded once.  A sum of n float32 terms is good to about ``n * 6e-8`` relative to
#:   the largest term; the samples have at most 64 elements, so 1e-5 leaves a margin.
#: * float64: the same reasons at double precision (2.2e-16 per op); 1e-10 leaves room for
#:   the chained formulas of second-order gradients and the independently written special
#:   functions (legacy's erfinv, lgamma, digamma and trigamma are accurate to ~1e-15
#:   relative; modern torch's trigamma only to ~5e-10, hence lgamma's own tolerance).
#:
#: ``atol`` is scaled by the largest magnitude in the array so that an element that suffered
#: cancellation (a gradient summing large terms of both signs) is judged against the size of
#: the terms, not against zero.  Integer and bool results must be equal.
TOLERANCES = {
    'float32': {'rtol': 1e-5, 'atol': 1e-5},
    'float64': {'rtol': 1e-10, 'atol': 1e-10},
}

#: Finite-difference checks (float64 only): central differences with ``eps = 1e-6`` have a
#: truncation error ~eps^2 * f''' and a rounding error ~1e-16 / eps = 1e-10 relative to the
#: function's magnitude, hence the looser tolerance.
FD_TOLERANCE = {'rtol': 1e-5, 'atol': 1e-6, 'eps': 1e-6}

CHECKS = ('forward', 'grad', 'gradgrad')


class ParityError(AssertionError):
    """A legacy result differs from the modern one (or one side failed)."""


class ExpectedDifference(ParityError):
    """A difference that the case declares expected (intentional 0.3 semantics, xfail)."""


# ============================================================================ lazy imports
def _torch():
    try:
        import torch
    except ImportError as exc:
        raise ImportError('legacy_autograd.testing needs modern PyTorch for this helper '
                          '(pip install torch): %s' % exc)
    if not hasattr(torch, 'from_numpy') or _is_legacy_module(torch):
        raise ImportError('`import torch` resolves to legacy_autograd (the runner shim is '
                          'installed); the parity helpers need the real modern PyTorch')
    return torch


def _is_legacy_module(mod):
    f = getattr(mod, '__file__', '') or ''
    return 'legacy_autograd' in f.replace('\\', '/').split('/')


def _legacy():
    import legacy_autograd
    return legacy_autograd


def _is_modern_tensor(x):
    torch = sys.modules.get('torch')
    if torch is None or _is_legacy_module(torch) or not hasattr(torch, 'Tensor'):
        return False
    return isinstance(x, torch.Tensor)


def _is_legacy_variable(x):
    from .autograd.variable import Variable
    return isinstance(x, Variable)


def _is_legacy_tensor(x):
    from .tensor import _TensorBase
    return isinstance(x, _TensorBase)


# ============================================================================ converters
_MODERN_DTYPES = {
    np.dtype(np.float32): 'float32', np.dtype(np.float64): 'float64', np.dtype(np.float16): 'float16',
    np.dtype(np.int64): 'int64', np.dtype(np.int32): 'int32', np.dtype(np.int16): 'int16',
    np.dtype(np.int8): 'int8', np.dtype(np.uint8): 'uint8', np.dtype(np.bool_): 'bool',
}


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
    torch = _torch()
    if x is None:
        return None
    if isinstance(x, (tuple, list)):
        return type(x)(to_modern(e, requires_grad, bool_masks, zero_dim) for e in x)
    rg = requires_grad
    if _is_legacy_variable(x):
        if rg is None:
            rg = x.requires_grad
        arr = x.data._a
    elif _is_legacy_tensor(x):
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
    if not _is_modern_tensor(x):
        raise TypeError('from_modern: expected a modern torch tensor, got %s' % type(x).__name__)
    L = _legacy()
    arr = x.detach().cpu().numpy(force=True).copy()
    if arr.dtype == np.bool_:
        arr = arr.astype(np.uint8)
    if arr.ndim == 0:
        arr = arr.reshape(1)
    t = L.from_numpy(np.ascontiguousarray(arr))
    make_var = variable if variable is not None else bool(x.requires_grad)
    if not make_var:
        return t
    rg = x.requires_grad if requires_grad is None else requires_grad
    return L.Variable(t, requires_grad=bool(rg) and arr.dtype.kind == 'f')


# ============================================================================ normalisation
def _plain_array(x):
    """(array or None, is_python_number) for None, a number or a numpy array; else None."""
    if x is None:
        return None, False
    if isinstance(x, (bool, np.bool_)):
        return np.asarray(bool(x)), True
    if isinstance(x, numbers.Number):
        return np.asarray(x), True
    if isinstance(x, np.ndarray):
        return x, False
    return None


def _legacy_array(x):
    """(numpy array or None, is_python_number) for a legacy value."""
    if _is_legacy_variable(x):
        return np.asarray(x.data._a), False
    if _is_legacy_tensor(x):
        return np.asarray(x._a), False
    plain = _plain_array(x)
    if plain is not None:
        return plain
    raise TypeError('not a legacy tensor, Variable or number: %s' % type(x).__name__)


def _modern_array(x):
    plain = _plain_array(x)
    if plain is not None:
        return plain
    if _is_modern_tensor(x):
        # force=True also materialises the ZeroTensors modern autograd returns for
        # identically-zero second derivatives
        return x.detach().cpu().numpy(force=True), False
    raise TypeError('not a modern tensor or number: %s' % type(x).__name__)


def normalise_pair(legacy, modern, like=None):
    """Numpy arrays ``(l, m)`` for a legacy and a modern value, with the mapping applied.

    ``like`` gives the shape/dtype to use for a side that is None (an unused gradient).
    Raises :class:`ParityError` when shapes or dtypes cannot be reconciled.
    """
    l, l_num = _legacy_array(legacy)
    m, m_num = _modern_array(modern)
    if l is None and m is None:
        return None, None
    if l is None:
        l = np.zeros(np.shape(m) if like is None else like[0],
                     dtype=m.dtype if like is None else like[1])
    if m is None:
        m = np.zeros(np.shape(l) if like is None else like[0],
                     dtype=l.dtype if like is None else like[1])
    # ByteTensor vs bool
    if m.dtype == np.bool_ and l.dtype == np.uint8:
        m = m.astype(np.uint8)
    if l.dtype == np.bool_ and m.dtype == np.uint8:
        l = l.astype(np.uint8)
    # size-1 vs 0-dim, Python numbers vs tensors, 0.3's dimensionless empty tensors
    if l.shape != m.shape:
        if l.size == 0 and m.size == 0 and l.shape == (0,):
            l = l.reshape(m.shape)
        elif l_num and m.size == 1:
            m = m.reshape(())
        elif m_num and l.size == 1:
            l = l.reshape(())
        elif l.shape == (1,) and m.shape == ():
            m = m.reshape(1)
        elif l.shape == () and m.shape == (1,):
            l = l.reshape(1)
        else:
            raise ParityError('shape mismatch: legacy %s vs modern %s'
                              % (_fmt_shape(l.shape), _fmt_shape(m.shape)))
    if not (l_num or m_num):
        if l.dtype != m.dtype:
            raise ParityError('dtype mismatch: legacy %s vs modern %s' % (l.dtype, m.dtype))
    elif (l.dtype.kind == 'f') != (m.dtype.kind == 'f'):
        raise ParityError('kind mismatch: legacy %s (%r) vs modern %s' % (l.dtype, legacy, m.dtype))
    return l, m


def _fmt_shape(shape):
    return '(' + ', '.join(str(s) for s in shape) + ')' if len(shape) != 1 else '(%d,)' % shape[0]


def _tolerance(dtype, rtol=None, atol=None):
    key = np.dtype(dtype).name
    base = TOLERANCES.get(key, TOLERANCES['float64'])
    return (base['rtol'] if rtol is None else rtol), (base['atol'] if atol is None else atol)


def _compare_arrays(l, m, what, rtol=None, atol=None, dtype=None):
    """Raise ParityError with a readable message when ``l`` and ``m`` differ."""
    if l.dtype.kind not in 'fc' and m.dtype.kind not in 'fc':
        bad = l != m
        if bad.any():
            raise ParityError(_mismatch_message(what, l, m, bad, 'exact'))
        return
    if dtype is None:
        # the less precise of the two (a legacy Python float is double; its tensor was not)
        floats = [d for d in (l.dtype, m.dtype) if d.kind == 'f']
        dtype = min(floats, key=lambda d: d.itemsize) if floats else np.dtype(np.float64)
    r, a = _tolerance(dtype, rtol, atol)
    l64 = l.astype(np.float64)
    m64 = m.astype(np.float64)
    finite = np.isfinite(m64)
    scale = max(1.0, float(np.max(np.abs(m64[finite]))) if finite.any() else 1.0)
    with np.errstate(invalid='ignore', over='ignore'):
        close = np.abs(l64 - m64) <= a * scale + r * np.abs(m64)
    both_nan = np.isnan(l64) & np.isnan(m64)
    same_inf = np.isinf(l64) & np.isinf(m64) & (np.sign(l64) == np.sign(m64))
    bad = ~(close | both_nan | same_inf)
    if bad.any():
        raise ParityError(_mismatch_message(what, l, m, bad, 'rtol=%g, atol=%g (x %g)' % (r, a, scale)))


def _mismatch_message(what, l, m, bad, tol):
    idx = np.argwhere(bad)
    n = int(bad.sum())
    with np.errstate(invalid='ignore', over='ignore'):
        diff = np.abs(l.astype(np.float64) - m.astype(np.float64))
    diff = np.where(np.isnan(diff), np.inf, diff)
    worst = np.unravel_index(int(np.argmax(np.where(bad, diff, -1))), bad.shape) if bad.ndim else ()
    lines = ['%s differs (%s, %s): %d of %d element%s mismatch'
             % (what, l.dtype, tol, n, bad.size, '' if bad.size == 1 else 's')]
    lines.append('  largest difference at index %s: legacy %r vs modern %r'
                 % (tuple(int(i) for i in worst), _item(l[worst]), _item(m[worst])))
    for row in idx[:4]:
        k = tuple(int(i) for i in row)
        if k != tuple(int(i) for i in worst):
            lines.append('  at index %s: legacy %r vs modern %r' % (k, _item(l[k]), _item(m[k])))
    if l.size <= 12:
        lines.append('  legacy: %s' % np.array2string(l.reshape(-1), precision=9, separator=', '))
        lines.append('  modern: %s' % np.array2string(m.reshape(-1), precision=9, separator=', '))
    return '\n'.join(lines)


def _item(x):
    x = np.asarray(x)
    return x.item() if x.size == 1 else x.tolist()


def _flatten_outputs(x):
    """A list of leaf values of a (possibly nested) output structure."""
    if isinstance(x, (tuple, list)):
        out = []
        for e in x:
            out.extend(_flatten_outputs(e))
        return out
    return [x]


def assert_close(legacy, modern, rtol=None, atol=None, what='value', dtype=None):
    """Compare a legacy value with a modern one after the legacy-to-modern normalisation.

    ``legacy``: a legacy tensor, Variable, Python number or a tuple/list of those;
    ``modern``: a modern tensor, number, or tuple (named tuples included).  Raises
    :class:`ParityError` (an ``AssertionError``) with a readable message on mismatch.
    """
    ls = _flatten_outputs(legacy)
    ms = _flatten_outputs(modern)
    if len(ls) != len(ms):
        raise ParityError('%s: legacy returned %d value%s, modern %d'
                          % (what, len(ls), '' if len(ls) == 1 else 's', len(ms)))
    for k, (a, b) in enumerate(zip(ls, ms)):
        name = what if len(ls) == 1 else '%s[%d]' % (what, k)
        try:
            l, m = normalise_pair(a, b)
        except ParityError as exc:
            raise ParityError('%s: %s' % (name, exc))
        if l is None:
            continue
        _compare_arrays(l, m, name, rtol, atol, dtype)


# ============================================================================ assert_parity
class ParityResult(object):
    """What :func:`assert_parity` computed: outputs and gradients of both sides."""
    __slots__ = ('legacy_output', 'modern_output', 'legacy_grads', 'modern_grads',
                 'legacy_gradgrads', 'modern_gradgrads')

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, kw.get(k))

    def __repr__(self):
        return '<ParityResult: %d output(s), grads %s>' % (
            len(_flatten_outputs(self.legacy_output)),
            'checked' if self.legacy_grads is not None else 'not checked')


def _as_input_array(a, dtype):
    arr = np.array(a, copy=True)
    if dtype is not None and arr.dtype.kind in 'fiub' and np.dtype(dtype).kind == 'f':
        if arr.dtype.kind == 'f' or arr.dtype.kind in 'iu':
            arr = arr.astype(dtype)
    elif arr.dtype == np.float16:
        arr = arr.astype(np.float32)
    return arr


def _float_outputs(legacy_out, modern_out):
    """Pairs (legacy Variable, modern tensor) of differentiable outputs."""
    pairs = []
    for l, m in zip(_flatten_outputs(legacy_out), _flatten_outputs(modern_out)):
        if _is_legacy_variable(l) and l.requires_grad and l.data._a.dtype.kind == 'f':
            pairs.append((l, m))
    return pairs


def assert_parity(legacy_fn, modern_fn, *arrays, rtol=None, atol=None, grad=True, dtype=None,
                  gradgrad=False, seed=0, inputs='variable', bool_masks=True):
    """Run ``legacy_fn`` and ``modern_fn`` on the same inputs; compare values and gradients.

    ``arrays`` are numpy arrays (or nested lists, or Python numbers); each becomes a legacy
    ``Variable`` (``inputs='variable'``, the default; floating arrays require grad when
    ``grad`` is true) or a legacy tensor (``inputs='tensor'``, no gradients) for ``legacy_fn``,
    and an equal modern tensor for ``modern_fn``.  ``dtype`` (e.g. ``np.float32``) casts every
    numeric array first.  Integer arrays stay integer (index arguments, LongTensor); uint8
    arrays become ``ByteTensor`` for legacy and ``bool`` tensors for modern (``bool_masks``).

    The outputs are compared after the legacy-to-modern normalisation (size-1 vs 0-dim, Python
    numbers, ByteTensor vs bool, tuples) with :data:`TOLERANCES` unless ``rtol``/``atol`` are
    given.  With ``grad`` every floating output that requires grad gets a random upstream
    gradient (``seed``), and the gradients of every floating input are compared (an unused
    input's ``None`` counts as zeros).  With ``gradgrad`` the first-order gradients are formed
    with ``create_graph=True`` and differentiated again (w.r.t. the inputs and the upstream
    gradients) and compared too.

    Raises :class:`ParityError` (an ``AssertionError``) with a readable message; returns a
    :class:`ParityResult` otherwise.
    """
    torch = _torch()
    L = _legacy()
    from .autograd import grad as legacy_grad
    if inputs not in ('variable', 'tensor'):
        raise ValueError("inputs must be 'variable' or 'tensor'")
    if inputs == 'tensor':
        grad = gradgrad = False
    arrs = []
    for a in arrays:
        if isinstance(a, (bool, numbers.Number)) and not isinstance(a, np.ndarray):
            arrs.append(a)
        else:
            arrs.append(_as_input_array(a, dtype))
    want_grad = bool(grad or gradgrad)

    def legacy_inputs():
        out = []
        for a in arrs:
            if not isinstance(a, np.ndarray):
                out.append(a)
                continue
            t = L.from_numpy(np.array(a, copy=True))
            if inputs == 'tensor':
                out.append(t)
            else:
                out.append(L.Variable(t, requires_grad=want_grad and a.dtype.kind == 'f'))
        return out

    def modern_inputs():
        out = []
        for a in arrs:
            if not isinstance(a, np.ndarray):
                out.append(a)
                continue
            b = np.array(a, copy=True)
            if bool_masks and b.dtype == np.uint8:
                b = b.astype(bool)
            t = torch.from_numpy(b)
            if want_grad and b.dtype.kind == 'f':
                t.requires_grad_(True)
            out.append(t)
        return out

    lin = legacy_inputs()
    min_ = modern_inputs()
    lout = legacy_fn(*lin)
    mout = modern_fn(*min_)
    assert_close(lout, mout, rtol, atol, 'output')
    result = ParityResult(legacy_output=lout, modern_output=mout)
    if not want_grad:
        return result
    lleaves = [x for x in lin if _is_legacy_variable(x) and x.requires_grad]
    mleaves = [x for x in min_ if _is_modern_tensor(x) and x.requires_grad]
    pairs = _float_outputs(lout, mout)
    if not pairs or not lleaves:
        return result
    rng = np.random.RandomState(seed)
    ups = [rng.standard_normal(l.data._a.shape).astype(l.data._a.dtype) for l, _ in pairs]
    mpairs = [(m, u) for (l, m), u in zip(pairs, ups)]
    if gradgrad:
        luv = [L.Variable(L.from_numpy(u.copy()), requires_grad=True) for u in ups]
        muv = [torch.from_numpy(u.reshape(tuple(m.shape)).copy()).requires_grad_(True)
               for m, u in mpairs]
    else:
        luv = [L.from_numpy(u.copy()) for u in ups]
        muv = [torch.from_numpy(u.reshape(tuple(m.shape)).copy()) for m, u in mpairs]
    lg = legacy_grad([l for l, _ in pairs], lleaves, luv, create_graph=bool(gradgrad),
                     allow_unused=True)
    mg = _modern_grad(torch, [m for _, m in pairs], mleaves, muv, create_graph=bool(gradgrad))
    for k, (a, b) in enumerate(zip(lg, mg)):
        _compare_grad(a, b, lleaves[k], 'grad of input %d' % k, rtol, atol)
    result.legacy_grads = lg
    result.modern_grads = mg
    if gradgrad:
        ws = [rng.standard_normal(g.data._a.shape).astype(g.data._a.dtype) if g is not None else None
              for g in lg]
        lg2 = _legacy_second(legacy_grad, L, lg, ws, list(lleaves) + luv)
        mg2 = _modern_second(torch, mg, ws, list(mleaves) + muv)
        targets = list(lleaves) + luv
        for k, (a, b) in enumerate(zip(lg2, mg2)):
            what = ('grad-of-grad w.r.t. input %d' % k if k < len(lleaves)
                    else 'grad-of-grad w.r.t. upstream gradient %d' % (k - len(lleaves)))
            _compare_grad(a, b, targets[k], what, rtol, atol)
        result.legacy_gradgrads = lg2
        result.modern_gradgrads = mg2
    return result


def _like_of(leaf):
    a = leaf.data._a if _is_legacy_variable(leaf) else np.asarray(leaf)
    return a.shape, a.dtype


def _compare_grad(a, b, leaf, what, rtol, atol):
    try:
        l, m = normalise_pair(a, b, like=_like_of(leaf))
    except ParityError as exc:
        raise ParityError('%s: %s' % (what, exc))
    if l is not None:
        _compare_arrays(l, m, what, rtol, atol)


def _modern_grad(torch, outs, leaves, ups, create_graph=False, retain_graph=None):
    keep = [(o, u) for o, u in zip(outs, ups) if o.requires_grad]
    if not keep:
        return [None] * len(leaves)
    return list(torch.autograd.grad([o for o, _ in keep], leaves, [u for _, u in keep],
                                    create_graph=create_graph, retain_graph=retain_graph,
                                    allow_unused=True))


def _legacy_second(legacy_grad, L, grads, ws, targets):
    outs, gos = [], []
    for g, w in zip(grads, ws):
        if g is not None and g.requires_grad:
            outs.append(g)
            gos.append(L.from_numpy(w.copy()))
    if not outs:
        return [None] * len(targets)
    return list(legacy_grad(outs, targets, gos, allow_unused=True))


def _modern_second(torch, grads, ws, targets):
    outs, gos = [], []
    for g, w in zip(grads, ws):
        if g is not None and g.requires_grad:
            outs.append(g)
            gos.append(torch.from_numpy(w.reshape(tuple(g.shape)).copy()))
    if not outs:
        return [None] * len(targets)
    return list(torch.autograd.grad(outs, targets, gos, allow_unused=True))


def assert_raises_parity(legacy_fn, modern_fn, *arrays, match=None, dtype=None,
                         legacy_type=None, modern_type=None, inputs='variable'):
    """Both ``legacy_fn`` and ``modern_fn`` raise on the same inputs.

    ``match``: a regular expression the legacy message must match (``re.search``), e.g. the
    0.3 text; ``legacy_type`` / ``modern_type``: the expected exception classes (default: any
    ``Exception``).  Inputs are built like :func:`assert_parity` (requiring grad).  Returns
    ``(legacy_exception, modern_exception)``.
    """
    import re
    torch = _torch()
    L = _legacy()
    lin, min_ = [], []
    for a in arrays:
        if isinstance(a, (bool, numbers.Number)) and not isinstance(a, np.ndarray):
            lin.append(a)
            min_.append(a)
            continue
        arr = _as_input_array(a, dtype)
        t = L.from_numpy(arr.copy())
        fl = arr.dtype.kind == 'f'
        lin.append(L.Variable(t, requires_grad=fl) if inputs == 'variable' else t)
        b = arr.copy().astype(bool) if arr.dtype == np.uint8 else arr.copy()
        mt = torch.from_numpy(b)
        min_.append(mt.requires_grad_(True) if fl and inputs == 'variable' else mt)
    lexc = _raised(legacy_fn, lin)
    mexc = _raised(modern_fn, min_)
    if lexc is None:
        raise ParityError('legacy did not raise (modern raised %s)'
                          % (_exc_text(mexc) if mexc is not None else 'nothing either'))
    if mexc is None:
        raise ParityError('modern torch did not raise (legacy raised %s)' % _exc_text(lexc))
    if legacy_type is not None and not isinstance(lexc, legacy_type):
        raise ParityError('legacy raised %s, expected %s' % (_exc_text(lexc), legacy_type.__name__))
    if modern_type is not None and not isinstance(mexc, modern_type):
        raise ParityError('modern raised %s, expected %s' % (_exc_text(mexc), modern_type.__name__))
    if match is not None and not re.search(match, str(lexc)):
        raise ParityError('legacy message does not match %r:\n  %s' % (match, _exc_text(lexc)))
    return lexc, mexc


def _raised(fn, args):
    try:
        fn(*args)
    except Exception as exc:  # noqa: BLE001 -- any exception counts as "raised"
        return exc
    return None


def _exc_text(exc):
    return '%s: %s' % (type(exc).__name__, exc)


# ============================================================================ samples
class Spec(object):
    """The parity description of one op (an entry of ``parity_samples.SPECS`` or ``op.samples``).

    Keys (all optional):

    ``inputs``   shape kind name (``parity_samples.SHAPES``), or ``f(r) -> shapes`` or
                 ``f(r) -> (shapes, params)``
    ``domain``   value domain name/dict (``parity_samples.DOMAINS``), one per input as a tuple,
                 a list of such alternatives (one is drawn per sample), or ``f(params)``
    ``params``   dict (a list value means "one of"), or ``f(r, shapes) -> dict``
    ``unique``   distinct values in every input (selection ops: ties are broken differently)
    ``legacy``   ``f(L, *variables, **params)``: call through the front-end instead of
                 ``dispatch.call(op, ...)``
    ``modern``   ``f(torch, *tensors, **params)``: overrides the registry's spelling
    ``dtypes``   default ``('float32', 'float64')``
    ``n``        number of random fixed samples (default 2), plus ``edges``
    ``edges``    list of ``dict(arrays=[...], params={...}, xfail=reason, xfail_checks=(...))``
    ``grad`` / ``gradgrad`` / ``fd``   True, or a reason string why the check does not apply
    ``valid``    ``f(arrays, params) -> bool``: inputs outside it are redrawn (e.g. no ties
                 between two operands, where 0.3 semantics differ on purpose)
    ``fd_domain``, ``fd_filter``       inputs for the float64 finite-difference check
    ``tol``      ``{'float32': {...}, 'float64': {...}, 'why': reason}``
    ``compare``  ``'values'`` (default) or ``'structure'`` (shape and dtype only: random ops)
    ``exempt``   reason string: no parity case
    """
    KEYS = ('inputs', 'domain', 'params', 'unique', 'legacy', 'modern', 'dtypes', 'n', 'edges',
            'grad', 'gradgrad', 'fd', 'fd_domain', 'fd_filter', 'valid', 'tol', 'compare', 'exempt',
            'note', 'cases')

    def __init__(self, name, entry, source):
        self.name = name
        self.source = source
        bad = set(entry) - set(self.KEYS)
        if bad:
            raise ValueError('parity spec of %r: unknown keys %s' % (name, sorted(bad)))
        self.inputs = entry.get('inputs', 'one')
        self.domain = entry.get('domain', 'real')
        self.params = entry.get('params')
        self.unique = bool(entry.get('unique', False))
        self.legacy = entry.get('legacy')
        self.modern = entry.get('modern')
        self.dtypes = tuple(entry.get('dtypes', ('float32', 'float64')))
        self.n = int(entry.get('n', 2))
        self.edges = list(entry.get('edges', ()))
        self.grad = entry.get('grad', True)
        self.gradgrad = entry.get('gradgrad', True)
        self.fd = entry.get('fd', True)
        self.fd_domain = entry.get('fd_domain')
        self.fd_filter = entry.get('fd_filter')
        self.valid = entry.get('valid')
        self.tol = entry.get('tol')
        self.compare = entry.get('compare', 'values')
        self.exempt = entry.get('exempt')
        self.note = entry.get('note')
        self.cases = entry.get('cases')
        if self.tol is not None and not self.tol.get('why'):
            raise ValueError('parity spec of %r: a looser tolerance needs its reason (tol["why"])'
                             % name)


def _ops():
    from .ops import registry
    return registry.OPS


def _samples_module():
    from . import parity_samples
    return parity_samples


def spec_for(name):
    """The :class:`Spec` of op ``name``: ``op.samples`` when declared, else ``parity_samples``."""
    op = _ops()[name]
    s = op.samples
    if s is not None:
        if isinstance(s, Spec):
            return s
        if isinstance(s, dict):
            return Spec(name, s, 'registry')
        if callable(s) or isinstance(s, (list, tuple)):
            return Spec(name, {'cases': s}, 'registry')
        raise TypeError('op %r: samples= must be a dict, a list of cases or a callable' % name)
    entry = _samples_module().SPECS.get(name)
    if entry is None:
        return None
    return Spec(name, entry, 'parity_samples')


def exemption(name):
    """The reason why op ``name`` has no parity case, or None."""
    op = _ops()[name]
    if op.parity_exempt:
        return str(op.parity_exempt)
    spec = spec_for(name)
    if spec is not None and spec.exempt:
        return str(spec.exempt)
    return None


def modern_spelling(name):
    """``(callable, source)``: the modern spelling used for op ``name`` (spec override first)."""
    op = _ops()[name]
    spec = spec_for(name)
    if spec is not None and spec.modern is not None:
        return spec.modern, 'parity_samples' if spec.source == 'parity_samples' else 'samples'
    if op.modern is not None:
        return op.modern, 'registry'
    return None, None


def coverage_problems(name):
    """Why op ``name`` has neither a usable parity case nor a documented exemption ([] if fine)."""
    op = _ops()[name]
    if op.parity_exempt is not None and not str(op.parity_exempt).strip():
        return ['parity_exempt is set but empty: an exemption needs its reason']
    if exemption(name):
        return []
    spec = spec_for(name)
    problems = []
    if spec is None:
        return ['no parity case: add an entry to legacy_autograd/parity_samples.py (or samples= '
                'on the op), or an exemption with its reason (parity_exempt= / exempt=)']
    if modern_spelling(name)[0] is None and spec.compare != 'structure':
        problems.append('no modern spelling: modern= on the op, or a marked modern= in the spec')
    try:
        n = sum(len(fixed_case_ids(name, dt)) for dt in spec.dtypes)
    except Exception as exc:  # noqa: BLE001
        problems.append('its samples cannot be built: %s' % _exc_text(exc))
        n = 1
    if n == 0:
        problems.append('the spec produces no case')
    for check in ('grad', 'gradgrad', 'fd'):
        v = getattr(spec, check)
        if v is not True and not (isinstance(v, str) and v.strip()):
            problems.append('%s=%r: a check can only be switched off with a reason string'
                            % (check, v))
    return problems


# ---------------------------------------------------------------------------- drawing
def _fd_spacing():
    return 1e-4


class NumpyDraw(object):
    """Deterministic sample drawing from a seeded numpy generator (fixed cases, the report)."""

    def __init__(self, seed, fd=False):
        self.rng = np.random.RandomState(seed & 0xFFFFFFFF)
        self.fd = fd

    def int(self, lo, hi):
        return int(self.rng.randint(lo, hi + 1))

    def bool(self):
        return bool(self.rng.randint(2))

    def choice(self, seq):
        seq = list(seq)
        return seq[self.rng.randint(len(seq))]

    def perm(self, n):
        return [int(i) for i in self.rng.permutation(n)]

    def shape(self, min_dims=1, max_dims=3, min_side=1, max_side=4):
        nd = self.int(min_dims, max_dims)
        return tuple(self.int(min_side, max_side) for _ in range(nd))

    def shapes(self, n, min_dims=1, max_dims=3, max_side=4):
        """``n`` mutually broadcastable shapes (with dropped leading dims and size-1 dims)."""
        base = self.shape(min_dims, max_dims, 1, max_side)
        out = []
        for _ in range(n):
            k = self.int(max(min_dims, 1), len(base)) if self.bool() else len(base)
            tail = base[len(base) - k:]
            out.append(tuple(1 if self.rng.rand() < 0.3 else s for s in tail))
        return out

    def array(self, shape, dtype, domain, unique=False):
        dom = _domain(domain, self.fd)
        dtype = np.dtype(dtype)
        size = int(np.prod(shape)) if shape else 1
        for _ in range(200):
            if 'values' in dom:
                vals = np.asarray(dom['values'], dtype=np.float64)
                a = vals[self.rng.randint(len(vals), size=size)]
            else:
                a = self.rng.uniform(dom['lo'], dom['hi'], size=size)
            a = a.astype(dtype)
            for _ in range(50):
                bad = ~_domain_ok(a, dom)
                if not bad.any():
                    break
                if 'values' in dom:
                    vals = np.asarray(dom['values'], dtype=np.float64)
                    a[bad] = vals[self.rng.randint(len(vals), size=int(bad.sum()))].astype(dtype)
                else:
                    a[bad] = self.rng.uniform(dom['lo'], dom['hi'], size=int(bad.sum())).astype(dtype)
            if _domain_ok(a, dom).all() and (not unique or _distinct(a, self.fd)):
                return a.reshape(shape)
        raise ValueError('cannot draw %s values in domain %r (unique=%s)' % (shape, domain, unique))

    def reject(self):
        pass


def _distinct(a, fd):
    s = np.sort(a.reshape(-1).astype(np.float64))
    if s.size < 2:
        return True
    gap = np.diff(s).min()
    return gap > (_fd_spacing() if fd else 0.0)


class HypothesisDraw(object):
    """The same drawing interface on a hypothesis ``data`` object (``st.data()``)."""

    def __init__(self, data):
        from hypothesis import strategies as st
        self.st = st
        self.data = data
        self.fd = False

    def int(self, lo, hi):
        return self.data.draw(self.st.integers(lo, hi))

    def bool(self):
        return self.data.draw(self.st.booleans())

    def choice(self, seq):
        return self.data.draw(self.st.sampled_from(list(seq)))

    def perm(self, n):
        return list(self.data.draw(self.st.permutations(list(range(n)))))

    def reject(self):
        from hypothesis import assume
        assume(False)

    def shape(self, min_dims=1, max_dims=3, min_side=1, max_side=4):
        from hypothesis.extra import numpy as hnp
        return tuple(self.data.draw(hnp.array_shapes(min_dims=min_dims, max_dims=max_dims,
                                                     min_side=min_side, max_side=max_side)))

    def shapes(self, n, min_dims=1, max_dims=3, max_side=4):
        from hypothesis.extra import numpy as hnp
        r = self.data.draw(hnp.mutually_broadcastable_shapes(
            num_shapes=n, min_dims=min_dims, max_dims=max_dims, min_side=1, max_side=max_side))
        return [tuple(s) for s in r.input_shapes]

    def array(self, shape, dtype, domain, unique=False):
        from hypothesis.extra import numpy as hnp
        dom = _domain(domain, False)
        dtype = np.dtype(dtype)
        elements = _element_strategy(self.st, dom, dtype)
        a = self.data.draw(hnp.arrays(dtype, tuple(shape), elements=elements, unique=unique))
        return np.ascontiguousarray(a)


def _element_strategy(st, dom, dtype):
    if 'values' in dom:
        return st.sampled_from([float(v) for v in dom['values']])
    lo, hi = float(dom['lo']), float(dom['hi'])
    width = 32 if dtype == np.float32 else 64
    if width == 32:
        lo32, hi32 = np.float32(lo), np.float32(hi)
        if lo32 < lo:
            lo32 = np.nextafter(lo32, np.float32(np.inf))
        if hi32 > hi:
            hi32 = np.nextafter(hi32, np.float32(-np.inf))
        lo, hi = float(lo32), float(hi32)
    ex = bool(dom.get('open'))
    s = st.floats(lo, hi, width=width, allow_nan=False, allow_infinity=False, allow_subnormal=False,
                  exclude_min=ex, exclude_max=ex)
    if dom.get('avoid'):
        s = s.filter(lambda v: bool(_domain_ok(np.asarray([v], dtype=dtype), dom)[0]))
    return s


def _domain(domain, fd):
    if isinstance(domain, str):
        doms = _samples_module().DOMAINS
        if domain not in doms:
            raise KeyError('unknown value domain %r (parity_samples.DOMAINS)' % domain)
        dom = dict(doms[domain])
    else:
        dom = dict(domain)
    if fd and 'fd' in dom:
        override = dom.pop('fd')
        if isinstance(override, str):
            return _domain(override, False)
        dom.update(override)
    dom.pop('fd', None)
    return dom


def _domain_ok(a, dom):
    """Elementwise: does ``a`` satisfy the domain's bounds and ``avoid`` rules?"""
    x = a.astype(np.float64)
    if 'values' in dom:
        return np.isin(x, np.asarray(dom['values'], dtype=np.float64))
    ok = np.isfinite(x) & (x >= dom['lo']) & (x <= dom['hi'])
    if dom.get('open'):
        ok &= (x > dom['lo']) & (x < dom['hi'])
    for kind, margin in dom.get('avoid', ()):
        if kind == 'zero':
            ok &= np.abs(x) >= margin
        elif kind == 'int':
            ok &= np.abs(x - np.round(x)) >= margin
        elif kind == 'half':
            ok &= np.abs(x - np.floor(x) - 0.5) >= margin
        elif kind == 'tiny':
            ok &= (x == 0) | (np.abs(x) >= margin)
        elif kind == 'nonpos_int':
            ok &= ~((x <= margin) & (np.abs(x - np.round(x)) < margin))
        else:
            raise ValueError('unknown avoid rule %r' % kind)
    return ok


# ---------------------------------------------------------------------------- cases
class Case(object):
    """One set of inputs for an op: arrays (in the case's dtype) and keyword params."""
    __slots__ = ('name', 'dtype', 'arrays', 'params', 'label', 'xfail', 'xfail_checks')

    def __init__(self, name, dtype, arrays, params, label, xfail=None, xfail_checks=None):
        self.name = name
        self.dtype = np.dtype(dtype)
        self.arrays = arrays
        self.params = params
        self.label = label
        self.xfail = xfail
        self.xfail_checks = tuple(xfail_checks) if xfail_checks else (CHECKS if xfail else ())

    def __repr__(self):
        return '<Case %s %s %s: %s %s>' % (self.name, self.dtype.name, self.label,
                                           [a.shape for a in self.arrays], _short(self.params))


def _short(params):
    out = {}
    for k, v in (params or {}).items():
        out[k] = ('array%s' % (v.shape,)) if isinstance(v, np.ndarray) else v
    return out


def _seed(*parts):
    return zlib.crc32(':'.join(str(p) for p in parts).encode('utf-8'))


def _resolve_params(spec, r, shapes):
    p = spec.params
    if p is None:
        return {}
    if callable(p):
        return dict(p(r, shapes))
    out = {}
    for k, v in p.items():
        out[k] = r.choice(v) if isinstance(v, list) else v
    return out


def _domains_for(domain, params, n, r):
    d = domain(params) if callable(domain) else domain
    if isinstance(d, list):                  # alternatives: one per draw
        d = r.choice(d)
    if isinstance(d, tuple):
        if len(d) != n:
            raise ValueError('domain tuple has %d entries for %d inputs' % (len(d), n))
        return list(d)
    return [d] * n


def _shapes_for(spec, r):
    kind = spec.inputs
    if callable(kind):
        got = kind(r)
    else:
        kinds = _samples_module().SHAPES
        if kind not in kinds:
            raise KeyError('unknown input kind %r (parity_samples.SHAPES)' % kind)
        got = kinds[kind](r)
    if isinstance(got, tuple) and len(got) == 2 and isinstance(got[1], dict):
        return list(got[0]), dict(got[1])
    return list(got), {}


def draw_case(name, dtype, r, label='drawn', spec=None, domain_override=None):
    """Draw one :class:`Case` for op ``name`` with the drawer ``r`` (numpy or hypothesis)."""
    spec = spec or spec_for(name)
    for _ in range(100):
        shapes, fixed = _shapes_for(spec, r)
        params = dict(fixed)
        params.update(_resolve_params(spec, r, shapes))
        domains = _domains_for(domain_override if domain_override is not None else spec.domain,
                               params, len(shapes), r)
        arrays = [r.array(s, dtype, d, spec.unique) for s, d in zip(shapes, domains)]
        if spec.valid is None or spec.valid(arrays, params):
            return Case(name, dtype, arrays, params, label)
        r.reject()
    raise ValueError('no valid sample for %r after 100 draws' % name)


def _edge_case(name, dtype, k, edge):
    arrays = [np.asarray(a, dtype=dtype) for a in edge['arrays']]
    params = dict(edge.get('params') or {})
    return Case(name, dtype, arrays, params, 'edge%d' % k, edge.get('xfail'), edge.get('xfail_checks'))


def _explicit_cases(spec, dtype):
    c = spec.cases
    if callable(c):
        c = c(np.dtype(dtype).name)
    out = []
    for k, item in enumerate(c):
        if isinstance(item, dict):
            out.append(_edge_case(spec.name, dtype, k, item))
            out[-1].label = 'case%d' % k
            continue
        if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], dict):
            arrays, params = item
        else:
            arrays, params = item, {}
        arrays = [np.asarray(a, dtype=dtype) for a in arrays]
        out.append(Case(spec.name, dtype, arrays, dict(params), 'case%d' % k))
    return out


def fixed_case_ids(name, dtype):
    """Labels of the fixed (deterministic) cases of op ``name`` in ``dtype`` (cheap)."""
    spec = spec_for(name)
    if spec is None or exemption(name) or np.dtype(dtype).name not in spec.dtypes:
        return []
    if spec.cases is not None:
        return ['case%d' % k for k in range(len(_explicit_cases(spec, dtype)))]
    return ['rand%d' % k for k in range(spec.n)] + ['edge%d' % k for k in range(len(spec.edges))]


def fixed_case(name, dtype, label):
    """The fixed case ``label`` (``rand0``, ``edge1``, ``case0`` ...) of op ``name``."""
    spec = spec_for(name)
    dtype = np.dtype(dtype)
    if spec.cases is not None:
        return _explicit_cases(spec, dtype)[int(label[4:])]
    if label.startswith('edge'):
        k = int(label[4:])
        return _edge_case(name, dtype, k, spec.edges[k])
    k = int(label[4:])
    return draw_case(name, dtype, NumpyDraw(_seed(name, k)), label, spec)


def fixed_cases(name, dtype):
    return [fixed_case(name, dtype, lab) for lab in fixed_case_ids(name, dtype)]


def fd_case(name, spec=None):
    """The float64 case used for the finite-difference check (kinks avoided by the domains)."""
    spec = spec or spec_for(name)
    dom = spec.fd_domain if spec.fd_domain is not None else spec.domain
    for attempt in range(50):
        r = NumpyDraw(_seed(name, 'fd', attempt), fd=True)
        case = draw_case(name, np.float64, r, 'fd', spec, domain_override=dom)
        if spec.fd_filter is None or spec.fd_filter(case.arrays, case.params):
            return case
    raise ValueError('no finite-difference sample of %r passes its fd_filter' % name)


# ---------------------------------------------------------------------------- running
class CaseResult(object):
    """Per-check outcome of one case: ``status[check]`` in ok / FAIL / n/a / xfail / XPASS."""
    __slots__ = ('case', 'status', 'messages')

    def __init__(self, case):
        self.case = case
        self.status = {}
        self.messages = {}

    def failed(self):
        return [c for c, s in self.status.items() if s in ('FAIL', 'XPASS')]

    def summary(self):
        lines = ['%s [%s, %s]: %s' % (self.case.name, self.case.dtype.name, self.case.label,
                                      ', '.join('%s %s' % kv for kv in self.status.items()))]
        lines.append('  inputs: %s' % ', '.join(
            '%s%s' % (_fmt_shape(a.shape), '' if a.size > 6 else ' ' + str(a.reshape(-1).tolist()))
            for a in self.case.arrays))
        if self.case.params:
            lines.append('  params: %s' % _short(self.case.params))
        for c, m in self.messages.items():
            lines.append('  %s: %s' % (c, m.replace('\n', '\n    ')))
        return '\n'.join(lines)


def _copy_params(params):
    return {k: (v.copy() if isinstance(v, np.ndarray) else v) for k, v in params.items()}


def _legacy_run(op, spec, case, requires_grad):
    L = _legacy()
    from .ops import dispatch
    leaves = [L.Variable(L.from_numpy(np.array(a, copy=True)), requires_grad=requires_grad)
              for a in case.arrays]
    params = _copy_params(case.params)
    if spec.legacy is not None:
        out = spec.legacy(L, *leaves, **params)
    else:
        out = dispatch.call(op, list(leaves), params if params else None)
    return leaves, out


def _modern_run(torch, spelling, case, requires_grad):
    leaves = [torch.from_numpy(np.array(a, copy=True)) for a in case.arrays]
    if requires_grad:
        for t in leaves:
            t.requires_grad_(True)
    out = spelling(torch, *leaves, **_copy_params(case.params))
    if isinstance(out, tuple):
        out = tuple(out)
    return leaves, out


def _first(out):
    return out[0] if isinstance(out, tuple) else out


def _check_op_identity(op, spec, out):
    """A front-end call must really go through ``op`` (its graph node carries the op)."""
    if spec.legacy is None:
        return
    o = _first(out)
    fn = getattr(o, 'grad_fn', None)
    node_op = getattr(fn, 'op', None)
    if node_op is not None and node_op is not op:
        raise ParityError('the legacy call ran op %r, not %r: fix the spec\'s legacy= front-end'
                          % (node_op.name, op.name))


def _tol_for(spec, dtype):
    if spec.tol and np.dtype(dtype).name in spec.tol:
        t = spec.tol[np.dtype(dtype).name]
        return t.get('rtol'), t.get('atol')
    return None, None


def _structure_compare(lout, mout):
    ls, ms = _flatten_outputs(lout), _flatten_outputs(mout)
    if len(ls) != len(ms):
        raise ParityError('legacy returned %d values, modern %d' % (len(ls), len(ms)))
    for a, b in zip(ls, ms):
        normalise_pair(a, b)   # shapes and dtypes only


def run_case(case, checks=CHECKS):
    """Run ``case`` (forward, grad, grad-of-grad as applicable); return a :class:`CaseResult`."""
    torch = _torch()
    from .autograd import grad as legacy_grad
    L = _legacy()
    op = _ops()[case.name]
    spec = spec_for(case.name)
    res = CaseResult(case)
    spelling, _ = modern_spelling(case.name)
    rtol, atol = _tol_for(spec, case.dtype)
    diff = op.differentiable and case.dtype.kind == 'f' and spec.compare != 'structure'
    do_grad = diff and spec.grad is True and 'grad' in checks
    do_gg = diff and spec.grad is True and spec.gradgrad is True and 'gradgrad' in checks
    for c in CHECKS:
        if c not in checks:
            continue
        res.status[c] = 'n/a'
        if c != 'forward' and spec.compare == 'structure':
            res.messages[c] = 'compared structurally (shapes and dtypes): random values'
        elif c == 'grad' and not diff:
            res.messages[c] = 'not differentiable'
        elif c != 'forward' and spec.grad is not True and diff:
            res.messages[c] = str(spec.grad)
        elif c == 'gradgrad' and spec.gradgrad is not True and diff:
            res.messages[c] = str(spec.gradgrad)
        elif c == 'gradgrad' and not diff:
            res.messages[c] = 'not differentiable'

    def fail(check, exc):
        if isinstance(exc, ParityError):
            msg = str(exc)
        else:
            tb = traceback.extract_tb(exc.__traceback__)
            where = tb[-1] if tb else None
            msg = '%s raised %s%s' % (
                'the call', _exc_text(exc),
                ' (%s:%d)' % (where.filename.rsplit('/', 1)[-1], where.lineno) if where else '')
        res.status[check] = 'FAIL'
        res.messages[check] = msg

    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        with np.errstate(all='ignore'):
            # ------------------------------------------------------------------ forward
            try:
                lleaves, lout = _legacy_run(op, spec, case, do_grad or do_gg)
                _check_op_identity(op, spec, lout)
            except Exception as exc:  # noqa: BLE001
                fail('forward', ParityError('legacy call failed: %s' % _exc_text(exc)))
                return _finish(res)
            try:
                mleaves, mout = _modern_run(torch, spelling, case, do_grad or do_gg)
            except Exception as exc:  # noqa: BLE001
                fail('forward', ParityError('modern call failed: %s' % _exc_text(exc)))
                return _finish(res)
            try:
                if spec.compare == 'structure':
                    _structure_compare(lout, mout)
                else:
                    assert_close(lout, mout, rtol, atol, 'forward output', case.dtype)
                res.status['forward'] = 'ok'
            except Exception as exc:  # noqa: BLE001
                fail('forward', exc)
            if not (do_grad or do_gg):
                return _finish(res)
            # ------------------------------------------------------------------ first order
            lo, mo = _first(lout), _first(mout)
            rng = np.random.RandomState(_seed(case.name, case.label, 'upstream'))
            shape = lo.data._a.shape
            v = rng.standard_normal(shape).astype(case.dtype)
            mshape = tuple(mo.shape)
            try:
                if int(np.prod(mshape)) != v.size:
                    raise ParityError('output sizes differ (legacy %s, modern %s)'
                                      % (_fmt_shape(shape), _fmt_shape(mshape)))
                mv = torch.from_numpy(v.reshape(mshape).copy())
                lg = _legacy_first(legacy_grad, L, lo, lleaves, L.from_numpy(v.copy()), retain=do_gg)
                mg = _modern_grad(torch, [mo], mleaves, [mv], retain_graph=do_gg)
                for k, (a, b) in enumerate(zip(lg, mg)):
                    _compare_grad(a, b, lleaves[k], 'grad of input %d' % k, rtol, atol)
                if do_grad:
                    _backward_grads(op, spec, case, v, mg, rtol, atol)
                    res.status['grad'] = 'ok'
            except Exception as exc:  # noqa: BLE001
                fail('grad' if do_grad else 'gradgrad', exc)
                if not do_grad or isinstance(exc, ParityError) and 'sizes differ' in str(exc):
                    return _finish(res)
            if not do_gg:
                return _finish(res)
            # ------------------------------------------------------------------ second order
            # (a fresh forward: the first-order run may have failed half-way)
            try:
                lleaves, lout = _legacy_run(op, spec, case, True)
                mleaves, mout = _modern_run(torch, spelling, case, True)
                lo, mo = _first(lout), _first(mout)
                lv = L.Variable(L.from_numpy(v.copy()), requires_grad=True)
                mvv = torch.from_numpy(v.reshape(mshape).copy()).requires_grad_(True)
                lg1 = _legacy_first(legacy_grad, L, lo, lleaves, lv, create_graph=True)
                mg1 = _modern_grad(torch, [mo], mleaves, [mvv], create_graph=True)
                for k, (a, b) in enumerate(zip(lg1, mg1)):
                    _compare_grad(a, b, lleaves[k], 'grad (create_graph=True) of input %d' % k,
                                  rtol, atol)
                ws = [rng.standard_normal(lf.data._a.shape).astype(case.dtype) for lf in lleaves]
                targets_l = list(lleaves) + [lv]
                targets_m = list(mleaves) + [mvv]
                lg2 = _legacy_second(legacy_grad, L, lg1, ws, targets_l)
                mg2 = _modern_second(torch, mg1, ws, targets_m)
                for k, (a, b) in enumerate(zip(lg2, mg2)):
                    what = ('grad-of-grad w.r.t. input %d' % k if k < len(lleaves)
                            else 'grad-of-grad w.r.t. the upstream gradient')
                    _compare_grad(a, b, targets_l[k], what, rtol, atol)
                res.status['gradgrad'] = 'ok'
            except Exception as exc:  # noqa: BLE001
                fail('gradgrad', exc)
    return _finish(res)


def _backward_grads(op, spec, case, up, modern_grads, rtol, atol):
    """The first-order gradients again, through ``out.backward(up)`` into the leaves'
    ``.grad``: the route of ``loss.backward()`` and the engine's hot loop, which
    ``autograd.grad`` (the general path) does not take."""
    L = _legacy()
    leaves, out = _legacy_run(op, spec, case, True)
    out = _first(out)
    if not (_is_legacy_variable(out) and out.requires_grad):
        return
    out.backward(L.from_numpy(up.copy()))
    for k, (leaf, b) in enumerate(zip(leaves, modern_grads)):
        _compare_grad(leaf.grad, b, leaf, 'grad of input %d through backward()' % k, rtol, atol)


def _legacy_first(legacy_grad, L, out, leaves, up, create_graph=False, retain=False):
    if not (_is_legacy_variable(out) and out.requires_grad):
        return [None] * len(leaves)
    return list(legacy_grad([out], leaves, [up], create_graph=create_graph,
                            retain_graph=True if (retain or create_graph) else None,
                            allow_unused=True))


def _finish(res):
    case = res.case
    if case.xfail:
        for c in case.xfail_checks:
            if c not in res.status:
                continue
            if res.status[c] == 'FAIL':
                res.status[c] = 'xfail'
                res.messages[c] = 'expected (%s): %s' % (case.xfail, res.messages.get(c, ''))
            elif res.status[c] == 'ok':
                res.status[c] = 'XPASS'
                res.messages[c] = 'expected to differ (%s) but agreed' % case.xfail
    return res


def check_case(case, checks=CHECKS):
    """Run ``case``; raise :class:`ParityError` on any failure (``ExpectedDifference`` when every
    failure is an expected one of an xfail case)."""
    res = run_case(case, checks)
    failed = res.failed()
    if failed:
        raise ParityError(res.summary())
    if case.xfail:
        if any(s == 'xfail' for s in res.status.values()):
            raise ExpectedDifference(res.summary())
    return res


# ---------------------------------------------------------------------------- finite differences
def _fd_function(side, op, spec, case, torch=None, spelling=None):
    """``f(arrays) -> float64 array`` (the op's first output) for finite differences."""
    def f(arrays):
        c = Case(case.name, case.dtype, arrays, case.params, case.label)
        if side == 'legacy':
            _, out = _legacy_run(op, spec, c, False)
            return np.asarray(_first(out).data._a, dtype=np.float64)
        _, out = _modern_run(torch, spelling, c, False)
        return _first(out).detach().numpy(force=True).astype(np.float64)
    return f


def _numeric_vjp(f, arrays, up, eps):
    grads = []
    for i, a in enumerate(arrays):
        g = np.zeros(a.shape, dtype=np.float64)
        flat = g.reshape(-1)
        for j in range(a.size):
            plus = [x.copy() for x in arrays]
            minus = [x.copy() for x in arrays]
            plus[i].reshape(-1)[j] += eps
            minus[i].reshape(-1)[j] -= eps
            fp = float(np.sum(f(plus).reshape(-1) * up.reshape(-1)))
            fm = float(np.sum(f(minus).reshape(-1) * up.reshape(-1)))
            flat[j] = (fp - fm) / (2 * eps)
        grads.append(g)
    return grads


def _fd_compare(analytic, numeric, what):
    tol = FD_TOLERANCE
    for k, (a, n) in enumerate(zip(analytic, numeric)):
        a = np.zeros_like(n) if a is None else np.asarray(a, dtype=np.float64).reshape(n.shape)
        scale = max(1.0, float(np.max(np.abs(n))) if n.size else 1.0)
        bad = ~(np.abs(a - n) <= tol['atol'] * scale + tol['rtol'] * np.abs(n))
        if bad.any():
            raise ParityError(_mismatch_message('%s, input %d' % (what, k), a, n, bad,
                                                'finite differences, rtol=%g, atol=%g'
                                                % (tol['rtol'], tol['atol']))
                              .replace('legacy', 'analytic').replace('modern', 'numeric'))


def gradcheck_case(name, second_order=True):
    """Finite-difference check (float64) of both libraries' first- (and second-) order gradients.

    An independent check: each library's analytic vector-Jacobian product is compared with
    central differences of *its own* forward, so a formula shared by mistake cannot hide.
    Raises :class:`ParityError`; returns the case.
    """
    torch = _torch()
    from .autograd import grad as legacy_grad
    L = _legacy()
    op = _ops()[name]
    spec = spec_for(name)
    case = fd_case(name, spec)
    spelling, _ = modern_spelling(name)
    eps = FD_TOLERANCE['eps']
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        with np.errstate(all='ignore'):
            f_l = _fd_function('legacy', op, spec, case)
            f_m = _fd_function('modern', op, spec, case, torch, spelling)
            out0 = f_l(case.arrays)
            rng = np.random.RandomState(_seed(name, 'fd-upstream'))
            up = rng.standard_normal(out0.shape)
            lleaves, lout = _legacy_run(op, spec, case, True)
            lg = _legacy_first(legacy_grad, L, _first(lout), lleaves, L.from_numpy(up.copy()))
            mleaves, mout = _modern_run(torch, spelling, case, True)
            mo = _first(mout)
            mg = _modern_grad(torch, [mo], mleaves,
                              [torch.from_numpy(up.reshape(tuple(mo.shape)).copy())])
            _fd_compare([None if g is None else g.data._a for g in lg],
                        _numeric_vjp(f_l, case.arrays, up, eps), 'legacy grad vs finite differences')
            _fd_compare([None if g is None else g.detach().numpy(force=True) for g in mg],
                        _numeric_vjp(f_m, case.arrays, up, eps), 'modern grad vs finite differences')
            if not second_order or spec.gradgrad is not True:
                return case
            ws = [rng.standard_normal(a.shape) for a in case.arrays]

            def h_legacy(arrays):
                c = Case(name, case.dtype, arrays, case.params, case.label)
                lv, lo = _legacy_run(op, spec, c, True)
                g = _legacy_first(legacy_grad, L, _first(lo), lv, L.from_numpy(up.copy()))
                return np.asarray([sum(float(np.sum(x.data._a * w)) for x, w in zip(g, ws)
                                       if x is not None)])

            def h_modern(arrays):
                c = Case(name, case.dtype, arrays, case.params, case.label)
                mv, mo2 = _modern_run(torch, spelling, c, True)
                m0 = _first(mo2)
                g = _modern_grad(torch, [m0], mv,
                                 [torch.from_numpy(up.reshape(tuple(m0.shape)).copy())])
                return np.asarray([sum(float(np.sum(x.detach().numpy(force=True) * w)) for x, w in zip(g, ws)
                                       if x is not None)])

            lv = L.Variable(L.from_numpy(up.copy()), requires_grad=False)
            lleaves, lout = _legacy_run(op, spec, case, True)
            lg1 = _legacy_first(legacy_grad, L, _first(lout), lleaves, lv, create_graph=True)
            lg2 = _legacy_second(legacy_grad, L, lg1, ws, list(lleaves))
            mleaves, mout = _modern_run(torch, spelling, case, True)
            mo = _first(mout)
            mg1 = _modern_grad(torch, [mo], mleaves,
                               [torch.from_numpy(up.reshape(tuple(mo.shape)).copy())],
                               create_graph=True)
            mg2 = _modern_second(torch, mg1, ws, list(mleaves))
            one = np.ones(1)
            _fd_compare([None if g is None else g.data._a for g in lg2],
                        _numeric_vjp(h_legacy, case.arrays, one, eps),
                        'legacy grad-of-grad vs finite differences')
            _fd_compare([None if g is None else g.detach().numpy(force=True) for g in mg2],
                        _numeric_vjp(h_modern, case.arrays, one, eps),
                        'modern grad-of-grad vs finite differences')
    return case


# ============================================================================ report
def report_rows(names=None, dtypes=('float32', 'float64')):
    """Rows ``(op, {check: status}, n_cases, notes)`` of the parity table (fixed cases only)."""
    ops = _ops()
    names = list(ops) if names is None else list(names)
    rows = []
    for name in names:
        if name not in ops:
            raise KeyError(name)
        ex = exemption(name)
        if ex:
            st = 'exempt(%s)' % ex
            rows.append((name, {c: st for c in CHECKS}, 0, []))
            continue
        problems = coverage_problems(name)
        if problems:
            rows.append((name, {c: 'FAIL' for c in CHECKS}, 0, problems))
            continue
        agg = {c: [] for c in CHECKS}
        notes = []
        n = 0
        for dt in dtypes:
            for case in fixed_cases(name, dt):
                n += 1
                res = run_case(case)
                for c in CHECKS:
                    s = res.status.get(c, 'n/a')
                    agg[c].append(s)
                    if s in ('FAIL', 'XPASS'):
                        msg = [m.strip() for m in res.messages.get(c, '').split('\n')[:2]]
                        notes.append('%s %s %s %s: %s' % (c, case.dtype.name, case.label,
                                                          _inputs_text(case), '; '.join(msg)))
                    elif s == 'n/a' and res.messages.get(c) and len(notes) < 50:
                        m = '%s: n/a (%s)' % (c, res.messages[c])
                        if m not in notes:
                            notes.append(m)
        status = {}
        for c in CHECKS:
            ss = agg[c]
            if any(s in ('FAIL', 'XPASS') for s in ss):
                status[c] = 'FAIL'
            elif all(s == 'n/a' for s in ss):
                status[c] = 'n/a'
            elif any(s == 'xfail' for s in ss):
                status[c] = 'ok*'
            else:
                status[c] = 'ok'
        rows.append((name, status, n, notes))
    return rows


def _inputs_text(case):
    parts = []
    for a in case.arrays:
        parts.append(str(a.reshape(-1).tolist()) if a.size <= 6 and a.ndim == 1 else
                     'shape %s' % _fmt_shape(a.shape) + ('' if a.size > 6 else
                                                          ' ' + str(a.reshape(-1).tolist())))
    text = '(' + ', '.join(parts)
    if case.params:
        text += '; ' + ', '.join('%s=%s' % kv for kv in sorted(_short(case.params).items()))
    return text + ')'


def format_report(rows, notes=True):
    """The table as text (one line per op), a summary, a legend and the failures' first lines."""
    w = max([len('op')] + [len(r[0]) for r in rows])
    cw = 12
    lines = ['%-*s  %-*s  %-*s  %-*s  %s' % (w, 'op', cw, 'forward', cw, 'grad', cw,
                                            'grad-of-grad', 'cases')]
    lines.append('-' * (w + 3 * (cw + 2) + 7))
    failures = []
    n_fail = n_exempt = n_cases = 0
    for name, status, n, nts in rows:
        vals = [status['forward'], status['grad'], status['gradgrad']]
        n_cases += n
        if vals[0].startswith('exempt('):
            n_exempt += 1
            lines.append('%-*s  %s' % (w, name, vals[0]))
            continue
        lines.append('%-*s  %-*s  %-*s  %-*s  %d' % (w, name, cw, vals[0], cw, vals[1], cw,
                                                    vals[2], n))
        if 'FAIL' in vals:
            n_fail += 1
            failures.extend('%s: %s' % (name, t) for t in nts
                            if t.split(' ')[0] in CHECKS and ': n/a (' not in t)
    lines.append('')
    lines.append('%d ops, %d fixed cases: %d agree, %d with a FAIL, %d exempt'
                 % (len(rows), n_cases, len(rows) - n_fail - n_exempt, n_fail, n_exempt))
    lines.append('ok* = agrees except the expected 0.3 differences (xfail cases); '
                 'n/a = not differentiable, or the check is switched off with a reason')
    if notes and failures:
        lines.append('')
        lines.append('failures:')
        lines.extend('  ' + f for f in failures)
    return '\n'.join(lines)


def parity_report(names=None, out=None):
    """``legacy-autograd parity-report``: print the table; return 1 on any FAIL, else 0.

    Raises ``KeyError`` for an unknown op name and ``ImportError`` without modern torch.
    """
    out = out or sys.stdout
    ops = _ops()
    if names is not None:
        names = [n.strip() for n in names if n.strip()]
        unknown = [n for n in names if n not in ops]
        if unknown:
            raise KeyError('unknown op%s: %s (see legacy_autograd.ops.registry.OPS)'
                           % ('s' if len(unknown) > 1 else '', ', '.join(unknown)))
    torch = _torch()
    rows = report_rows(names)
    out.write('legacy_autograd parity with torch %s (fixed cases, float32 and float64)\n\n'
              % torch.__version__)
    out.write(format_report(rows) + '\n')
    return 1 if any('FAIL' in status.values() for _, status, _, _ in rows) else 0


def assert_same_output(old_script, new_script, rtol=None, atol=None, **kwargs):
    """Run ``old_script`` under the shim and ``new_script`` under modern torch and assert
    that they print the same numbers (see ``legacy_autograd.compare``; default tolerances:
    its ``DEFAULT_RTOL``/``DEFAULT_ATOL``)."""
    from . import compare
    return compare.assert_same_output(
        old_script, new_script, rtol=compare.DEFAULT_RTOL if rtol is None else rtol,
        atol=compare.DEFAULT_ATOL if atol is None else atol, **kwargs)


__all__.append('assert_same_output')
