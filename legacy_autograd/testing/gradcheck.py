"""Finite differences (float64): an independent check of both libraries' first- and
second-order gradients, each against central differences of its own forward."""
import warnings

import numpy as np

from .cases import fd_case
from .comparison import ParityError, mismatch_message
from ..tensor import array_to_tensor
from .libs import legacy, modern_torch, registry_ops
from .parity import legacy_second, modern_grad, modern_second
from .runner import first, legacy_run, modern_run, seed
from .specs import Case, modern_spelling, spec_for

__all__ = ['FD_TOLERANCE', 'gradcheck_case']

#: Central differences with ``eps = 1e-6`` have a truncation error ~eps^2 * f''' and a
#: rounding error ~1e-16 / eps = 1e-10 relative to the function's magnitude; per element
#: ``|analytic - numeric| <= atol + rtol * |numeric|``.
FD_TOLERANCE = {'rtol': 1e-5, 'atol': 1e-6, 'eps': 1e-6}


def _legacy_grad(legacy_grad, out, leaves, up, create_graph=False):
    if not out.requires_grad:
        raise ParityError('the legacy output has no graph: no gradient to check')
    return list(legacy_grad([out], leaves, [up], create_graph=create_graph,
                            retain_graph=True if create_graph else None, allow_unused=True))


def _fd_function(side, op, spec, case, torch=None, spelling=None):
    """``f(arrays) -> float64 array`` (the op's first output) for finite differences."""
    def f(arrays):
        c = Case(case.name, case.dtype, arrays, case.params, case.label)
        if side == 'legacy':
            _, out = legacy_run(op, spec, c, False)
            return np.asarray(first(out).data._a, dtype=np.float64)
        _, out = modern_run(torch, spelling, c, False)
        return first(out).detach().numpy(force=True).astype(np.float64)
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
        bad = ~(np.abs(a - n) <= tol['atol'] + tol['rtol'] * np.abs(n))
        if bad.any():
            raise ParityError(mismatch_message('%s, input %d' % (what, k), a, n, bad,
                                               'finite differences, rtol=%g, atol=%g'
                                               % (tol['rtol'], tol['atol']),
                                               names=('analytic', 'numeric')))


def gradcheck_case(name, second_order=True):
    """Finite-difference check (float64) of both libraries' first- (and second-) order gradients.

    An independent check: each library's analytic vector-Jacobian product is compared with
    central differences of *its own* forward, so a formula shared by mistake cannot hide.
    Raises :class:`ParityError`; returns the case.
    """
    torch = modern_torch()
    from ..autograd import grad as legacy_grad
    L = legacy()
    op = registry_ops()[name]
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
            rng = np.random.RandomState(seed(name, 'fd-upstream'))
            up = rng.standard_normal(out0.shape)
            lleaves, lout = legacy_run(op, spec, case, True)
            lg = _legacy_grad(legacy_grad, first(lout), lleaves, array_to_tensor(up.copy()))
            mleaves, mout = modern_run(torch, spelling, case, True)
            mo = first(mout)
            mg = modern_grad(torch, [mo], mleaves,
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
                lv, lo = legacy_run(op, spec, c, True)
                g = _legacy_grad(legacy_grad, first(lo), lv, array_to_tensor(up.copy()))
                return np.asarray([sum(float(np.sum(x.data._a * w)) for x, w in zip(g, ws)
                                       if x is not None)])

            def h_modern(arrays):
                c = Case(name, case.dtype, arrays, case.params, case.label)
                mv, mo2 = modern_run(torch, spelling, c, True)
                m0 = first(mo2)
                g = modern_grad(torch, [m0], mv,
                                 [torch.from_numpy(up.reshape(tuple(m0.shape)).copy())])
                return np.asarray([sum(float(np.sum(x.detach().numpy(force=True) * w)) for x, w in zip(g, ws)
                                       if x is not None)])

            lv = L.Variable(array_to_tensor(up.copy()), requires_grad=False)
            lleaves, lout = legacy_run(op, spec, case, True)
            lg1 = _legacy_grad(legacy_grad, first(lout), lleaves, lv, create_graph=True)
            lg2 = legacy_second(legacy_grad, L, lg1, ws, list(lleaves))
            mleaves, mout = modern_run(torch, spelling, case, True)
            mo = first(mout)
            mg1 = modern_grad(torch, [mo], mleaves,
                               [torch.from_numpy(up.reshape(tuple(mo.shape)).copy())],
                               create_graph=True)
            mg2 = modern_second(torch, mg1, ws, list(mleaves))
            one = np.ones(1)
            _fd_compare([None if g is None else g.data._a for g in lg2],
                        _numeric_vjp(h_legacy, case.arrays, one, eps),
                        'legacy grad-of-grad vs finite differences')
            _fd_compare([None if g is None else g.detach().numpy(force=True) for g in mg2],
                        _numeric_vjp(h_modern, case.arrays, one, eps),
                        'modern grad-of-grad vs finite differences')
    return case
