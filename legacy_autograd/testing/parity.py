"""``assert_parity`` and ``assert_raises_parity``: run one computation in both libraries.

Both compare through :mod:`legacy_autograd.testing.comparison` (the one strict comparison).
"""
import numbers
import re

import numpy as np

from .comparison import ParityError, assert_close, assert_finite, compare_gradient
from ..tensor import array_to_tensor
from .libs import exc_text, is_legacy_variable, is_modern_tensor, legacy, modern_torch

__all__ = ['ParityResult', 'assert_parity', 'assert_raises_parity']


def flatten(x):
    """The leaf values of a (possibly nested) output structure, in order."""
    if isinstance(x, (tuple, list)):
        out = []
        for e in x:
            out.extend(flatten(e))
        return out
    return [x]


class ParityResult(object):
    """What :func:`assert_parity` computed: outputs and gradients of both sides."""
    __slots__ = ('legacy_output', 'modern_output', 'legacy_grads', 'modern_grads',
                 'legacy_gradgrads', 'modern_gradgrads')

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, kw.get(k))

    def __repr__(self):
        return '<ParityResult: %d output(s), grads %s>' % (
            len(flatten(self.legacy_output)),
            'checked' if self.legacy_grads is not None else 'not checked (no output has a graph)')


def as_input_array(a, dtype):
    arr = np.array(a, copy=True)
    if dtype is not None and arr.dtype.kind in 'fiu' and np.dtype(dtype).kind == 'f':
        arr = arr.astype(dtype)
    elif arr.dtype == np.float16:
        arr = arr.astype(np.float32)
    return arr


def graph_outputs(legacy_out, modern_out):
    """Pairs (legacy Variable, modern tensor) of the outputs that carry a graph.

    The forward comparison has already checked that each output has a graph on both sides or
    on neither."""
    pairs = []
    for l, m in zip(flatten(legacy_out), flatten(modern_out)):
        if is_legacy_variable(l) and l.requires_grad:
            pairs.append((l, m))
    return pairs


def modern_grad(torch, outs, leaves, ups, create_graph=False, retain_graph=None):
    return list(torch.autograd.grad(list(outs), leaves, list(ups), create_graph=create_graph,
                                    retain_graph=retain_graph, allow_unused=True))


def legacy_second(legacy_grad, L, grads, ws, targets):
    """Gradients of ``sum(g_k * w_k)`` over the first-order gradients that have a graph."""
    outs, gos = [], []
    for g, w in zip(grads, ws):
        if g is not None and g.requires_grad:
            outs.append(g)
            gos.append(array_to_tensor(w.copy()))
    if not outs:
        return [None] * len(targets)
    return list(legacy_grad(outs, targets, gos, allow_unused=True))


def modern_second(torch, grads, ws, targets):
    outs, gos = [], []
    for g, w in zip(grads, ws):
        if g is not None and g.requires_grad:
            outs.append(g)
            gos.append(torch.from_numpy(w.reshape(tuple(g.shape)).copy()))
    if not outs:
        return [None] * len(targets)
    return list(torch.autograd.grad(outs, targets, gos, allow_unused=True))


def check_second_order_graphs(lg, mg, what):
    """A first-order gradient formed with ``create_graph=True`` has a graph on both sides or
    on neither (a lost graph would silently skip the second order)."""
    for k, (a, b) in enumerate(zip(lg, mg)):
        la = a is not None and a.requires_grad
        mb = b is not None and b.requires_grad
        if la != mb:
            raise ParityError('%s %d: the legacy gradient %s, the modern one %s (create_graph=True)'
                              % (what, k, 'has a graph' if la else 'has no graph',
                                 'has a graph' if mb else 'has no graph'))


def assert_parity(legacy_fn, modern_fn, *arrays, rtol=None, atol=None, grad=True, dtype=None,
                  gradgrad=False, seed=0, inputs='variable', bool_masks=True, nan_ok=None):
    """Run ``legacy_fn`` and ``modern_fn`` on the same inputs; compare values and gradients.

    ``arrays`` are numpy arrays (or nested lists, or Python numbers); each becomes a legacy
    ``Variable`` (``inputs='variable'``, the default; floating arrays require grad when
    ``grad`` is true) or a legacy tensor (``inputs='tensor'``, no gradients) for ``legacy_fn``,
    and an equal modern tensor for ``modern_fn``.  ``dtype`` (e.g. ``np.float32``) casts every
    numeric array first, integer ones included (``[[1, 2]]`` becomes a float input).  Without
    ``dtype`` integer arrays stay integer (index arguments, LongTensor); uint8 arrays become
    ``ByteTensor`` for legacy and ``bool`` tensors for modern (``bool_masks``).

    The outputs are compared by :func:`assert_close` (exact shapes and dtypes up to the 0.3
    mappings, graphs on both sides or neither, per-element tolerance of the dtype unless
    ``rtol``/``atol`` are given).  With ``grad`` every output that carries a graph gets a random
    upstream gradient (``seed``), and the gradients of every floating input are compared (an
    unused input's ``None`` equals exact zeros).  With ``gradgrad`` the first-order gradients
    are formed with ``create_graph=True`` and differentiated again (w.r.t. the inputs and the
    upstream gradients) and compared too.  An output or gradient that is NaN fails (it would
    agree with anything) unless ``nan_ok`` gives the reason NaN is the answer.

    Raises :class:`ParityError` (an ``AssertionError``) with a readable message; returns a
    :class:`ParityResult` otherwise.
    """
    torch = modern_torch()
    L = legacy()
    from ..autograd import grad as legacy_grad
    if inputs not in ('variable', 'tensor'):
        raise ValueError("inputs must be 'variable' or 'tensor'")
    if inputs == 'tensor':
        grad = gradgrad = False
    arrs = []
    for a in arrays:
        if isinstance(a, (bool, numbers.Number)) and not isinstance(a, np.ndarray):
            arrs.append(a)
        else:
            arrs.append(as_input_array(a, dtype))
    want_grad = bool(grad or gradgrad)

    lin, min_ = [], []
    for a in arrs:
        if not isinstance(a, np.ndarray):
            lin.append(a)
            min_.append(a)
            continue
        rg = want_grad and a.dtype.kind == 'f'
        t = array_to_tensor(np.array(a, copy=True))
        lin.append(t if inputs == 'tensor' else L.Variable(t, requires_grad=rg))
        b = np.array(a, copy=True)
        if bool_masks and b.dtype == np.uint8:
            b = b.astype(bool)
        mt = torch.from_numpy(b)
        min_.append(mt.requires_grad_(True) if rg else mt)
    lout = legacy_fn(*lin)
    mout = modern_fn(*min_)
    assert_close(lout, mout, rtol, atol, 'output')
    assert_finite(lout, 'output', nan_ok)
    result = ParityResult(legacy_output=lout, modern_output=mout)
    if not want_grad:
        return result
    lleaves = [x for x in lin if is_legacy_variable(x) and x.requires_grad]
    mleaves = [x for x in min_ if is_modern_tensor(x) and x.requires_grad]
    pairs = graph_outputs(lout, mout)
    if not pairs:
        return result                 # no output has a graph, on either side (checked above)
    if not lleaves:
        raise ParityError('an output has a graph but no input requires grad')
    rng = np.random.RandomState(seed)
    ups = [rng.standard_normal(l.data._a.shape).astype(l.data._a.dtype) for l, _ in pairs]
    if gradgrad:
        luv = [L.Variable(array_to_tensor(u.copy()), requires_grad=True) for u in ups]
        muv = [torch.from_numpy(u.reshape(tuple(m.shape)).copy()).requires_grad_(True)
               for (_, m), u in zip(pairs, ups)]
    else:
        luv = [array_to_tensor(u.copy()) for u in ups]
        muv = [torch.from_numpy(u.reshape(tuple(m.shape)).copy()) for (_, m), u in zip(pairs, ups)]
    lg = list(legacy_grad([l for l, _ in pairs], lleaves, luv, create_graph=bool(gradgrad),
                          allow_unused=True))
    mg = modern_grad(torch, [m for _, m in pairs], mleaves, muv, create_graph=bool(gradgrad))
    for k, (a, b) in enumerate(zip(lg, mg)):
        compare_gradient(a, b, like_of(lleaves[k]), 'grad of input %d' % k, rtol, atol)
    assert_finite([g for g in lg if g is not None], 'grad', nan_ok)
    result.legacy_grads = lg
    result.modern_grads = mg
    if gradgrad:
        check_second_order_graphs(lg, mg, 'grad of input')
        ws = [rng.standard_normal(g.data._a.shape).astype(g.data._a.dtype) if g is not None else None
              for g in lg]
        targets = list(lleaves) + luv
        lg2 = legacy_second(legacy_grad, L, lg, ws, targets)
        mg2 = modern_second(torch, mg, ws, list(mleaves) + muv)
        for k, (a, b) in enumerate(zip(lg2, mg2)):
            what = ('grad-of-grad w.r.t. input %d' % k if k < len(lleaves)
                    else 'grad-of-grad w.r.t. upstream gradient %d' % (k - len(lleaves)))
            compare_gradient(a, b, like_of(targets[k]), what, rtol, atol)
        assert_finite([g for g in lg2 if g is not None], 'grad-of-grad', nan_ok)
        result.legacy_gradgrads = lg2
        result.modern_gradgrads = mg2
    return result


def like_of(leaf):
    a = leaf.data._a if is_legacy_variable(leaf) else np.asarray(leaf)
    return a.shape, a.dtype


def assert_raises_parity(legacy_fn, modern_fn, *arrays, match=None, dtype=None,
                         legacy_type=None, modern_type=None, inputs='variable'):
    """Both ``legacy_fn`` and ``modern_fn`` raise on the same inputs.

    ``match``: a regular expression the legacy message must match (``re.search``), e.g. the
    0.3 text; ``legacy_type`` / ``modern_type``: the expected exception classes (default: any
    ``Exception``).  Inputs are built like :func:`assert_parity` (requiring grad).  Returns
    ``(legacy_exception, modern_exception)``.
    """
    torch = modern_torch()
    L = legacy()
    lin, min_ = [], []
    for a in arrays:
        if isinstance(a, (bool, numbers.Number)) and not isinstance(a, np.ndarray):
            lin.append(a)
            min_.append(a)
            continue
        arr = as_input_array(a, dtype)
        t = array_to_tensor(arr.copy())
        fl = arr.dtype.kind == 'f'
        lin.append(L.Variable(t, requires_grad=fl) if inputs == 'variable' else t)
        b = arr.copy().astype(bool) if arr.dtype == np.uint8 else arr.copy()
        mt = torch.from_numpy(b)
        min_.append(mt.requires_grad_(True) if fl and inputs == 'variable' else mt)
    lexc = _raised(legacy_fn, lin)
    mexc = _raised(modern_fn, min_)
    if lexc is None:
        raise ParityError('legacy did not raise (modern raised %s)'
                          % (exc_text(mexc) if mexc is not None else 'nothing either'))
    if mexc is None:
        raise ParityError('modern torch did not raise (legacy raised %s)' % exc_text(lexc))
    if legacy_type is not None and not isinstance(lexc, legacy_type):
        raise ParityError('legacy raised %s, expected %s' % (exc_text(lexc), legacy_type.__name__))
    if modern_type is not None and not isinstance(mexc, modern_type):
        raise ParityError('modern raised %s, expected %s' % (exc_text(mexc), modern_type.__name__))
    if match is not None and not re.search(match, str(lexc)):
        raise ParityError('legacy message does not match %r:\n  %s' % (match, exc_text(lexc)))
    return lexc, mexc


def _raised(fn, args):
    try:
        fn(*args)
    except Exception as exc:  # noqa: BLE001 -- any exception counts as "raised"
        return exc
    return None
