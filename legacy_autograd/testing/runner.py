"""The registry case runner behind the parity suite and ``legacy-autograd parity-report``.

For one :class:`~legacy_autograd.testing.specs.Case` of an op: the legacy call (through
``ops.dispatch.call`` or the spec's 0.3 front-end) and the op's modern spelling on equal inputs,
then backward with a random upstream gradient, then grad-of-grad through
``autograd.grad(create_graph=True)``; every comparison through
:mod:`legacy_autograd.testing.comparison`.
"""
import traceback
import warnings
import zlib

import numpy as np

from .comparison import (ParityError, ExpectedDifference, assert_close, assert_finite,
                         compare_gradient, fmt_shape, normalise_pair)
from ..tensor import array_to_tensor
from .libs import exc_text, is_legacy_variable, legacy, modern_torch, registry_ops
from .parity import (check_second_order_graphs, flatten, legacy_second, like_of, modern_grad,
                     modern_second)
from .specs import CHECKS, modern_spelling, short_params, spec_for

__all__ = ['CaseResult', 'run_case', 'check_case', 'legacy_run', 'modern_run', 'first', 'seed']


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
            '%s%s' % (fmt_shape(a.shape), '' if a.size > 6 else ' ' + str(a.reshape(-1).tolist()))
            for a in self.case.arrays))
        if self.case.params:
            lines.append('  params: %s' % short_params(self.case.params))
        for c, m in self.messages.items():
            lines.append('  %s: %s' % (c, m.replace('\n', '\n    ')))
        return '\n'.join(lines)


def seed(*parts):
    return zlib.crc32(':'.join(str(p) for p in parts).encode('utf-8'))


def _copy_params(params):
    return {k: (v.copy() if isinstance(v, np.ndarray) else v) for k, v in params.items()}


def legacy_run(op, spec, case, requires_grad):
    L = legacy()
    from ..ops import dispatch
    leaves = [L.Variable(array_to_tensor(np.array(a, copy=True)), requires_grad=requires_grad)
              for a in case.arrays]
    params = _copy_params(case.params)
    if spec.legacy is not None:
        out = spec.legacy(L, *leaves, **params)
    else:
        out = dispatch.call(op, list(leaves), params if params else None)
    return leaves, out


def modern_run(torch, spelling, case, requires_grad):
    leaves = [torch.from_numpy(np.array(a, copy=True)) for a in case.arrays]
    if requires_grad:
        for t in leaves:
            t.requires_grad_(True)
    out = spelling(torch, *leaves, **_copy_params(case.params))
    if isinstance(out, tuple):
        out = tuple(out)
    return leaves, out


def first(out):
    return out[0] if isinstance(out, tuple) else out


def _check_op_identity(op, spec, out):
    """A front-end call must really go through ``op`` (its graph node carries the op)."""
    if spec.legacy is None:
        return
    o = first(out)
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
    ls, ms = flatten(lout), flatten(mout)
    if len(ls) != len(ms):
        raise ParityError('legacy returned %d values, modern %d' % (len(ls), len(ms)))
    for a, b in zip(ls, ms):
        normalise_pair(a, b)   # shapes, dtypes and graphs only: random values


def _upstream_shapes(lo, mo):
    """The legacy and modern shapes of the output that gets the upstream gradient; they must
    be equal up to the 0.3 mappings (size-1 vs 0-dim, dimensionless empties)."""
    shape = tuple(lo.data._a.shape)
    mshape = tuple(mo.shape)
    if shape != mshape and not (shape == (1,) and mshape == ()) and \
            not (shape == (0,) and 0 in mshape):        # 0.3 empties have no dims
        raise ParityError('output shapes differ (legacy %s, modern %s)'
                          % (fmt_shape(shape), fmt_shape(mshape)))
    return shape, mshape


def legacy_first(legacy_grad, out, mout, leaves, up, create_graph=False, retain=False):
    """First-order gradients of ``out``; the legacy output must have a graph exactly when the
    modern one has (a lost graph is never a silently skipped check)."""
    has = is_legacy_variable(out) and out.requires_grad
    mhas = bool(getattr(mout, 'requires_grad', False))
    if has != mhas:
        raise ParityError('graph mismatch: the legacy output %s, the modern output %s' % (
            'requires grad' if has else 'has no graph (requires_grad=False)',
            'requires grad' if mhas else 'has no graph'))
    if not has:
        raise ParityError('the op is declared differentiable but its output has no graph on '
                          'either side (mark the spec grad=<reason>, or fix the op)')
    return list(legacy_grad([out], leaves, [up], create_graph=create_graph,
                            retain_graph=True if (retain or create_graph) else None,
                            allow_unused=True))


def run_case(case, checks=CHECKS):
    """Run ``case`` (forward, grad, grad-of-grad as applicable); return a :class:`CaseResult`."""
    torch = modern_torch()
    from ..autograd import grad as legacy_grad
    L = legacy()
    op = registry_ops()[case.name]
    spec = spec_for(case.name)
    res = CaseResult(case)
    spelling, _ = modern_spelling(case.name)
    rtol, atol = _tol_for(spec, case.dtype)
    nan_ok = case.nan_ok
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
            msg = 'the call raised %s%s' % (
                exc_text(exc),
                ' (%s:%d)' % (where.filename.rsplit('/', 1)[-1], where.lineno) if where else '')
        res.status[check] = 'FAIL'
        res.messages[check] = msg

    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        with np.errstate(all='ignore'):
            # ------------------------------------------------------------------ forward
            try:
                lleaves, lout = legacy_run(op, spec, case, do_grad or do_gg)
                _check_op_identity(op, spec, lout)
            except Exception as exc:  # noqa: BLE001
                fail('forward', ParityError('legacy call failed: %s' % exc_text(exc)))
                return _finish(res)
            try:
                mleaves, mout = modern_run(torch, spelling, case, do_grad or do_gg)
            except Exception as exc:  # noqa: BLE001
                fail('forward', ParityError('modern call failed: %s' % exc_text(exc)))
                return _finish(res)
            try:
                if spec.compare == 'structure':
                    _structure_compare(lout, mout)
                else:
                    assert_close(lout, mout, rtol, atol, 'forward output', case.dtype)
                    assert_finite(lout, 'forward output', nan_ok)
                res.status['forward'] = 'ok'
            except Exception as exc:  # noqa: BLE001
                fail('forward', exc)
            if not (do_grad or do_gg):
                return _finish(res)
            # ------------------------------------------------------------------ first order
            lo, mo = first(lout), first(mout)
            rng = np.random.RandomState(seed(case.name, case.label, 'upstream'))
            try:
                shape, mshape = _upstream_shapes(lo, mo)
            except ParityError as exc:
                fail('grad' if do_grad else 'gradgrad', exc)
                return _finish(res)
            v = rng.standard_normal(shape).astype(case.dtype)
            try:
                mv = torch.from_numpy(v.reshape(mshape).copy())
                lg = legacy_first(legacy_grad, lo, mo, lleaves, array_to_tensor(v.copy()),
                                  retain=do_gg)
                mg = modern_grad(torch, [mo], mleaves, [mv], retain_graph=do_gg)
                for k, (a, b) in enumerate(zip(lg, mg)):
                    compare_gradient(a, b, like_of(lleaves[k]), 'grad of input %d' % k, rtol, atol)
                assert_finite([g for g in lg if g is not None], 'grad', nan_ok)
                if do_grad:
                    _backward_grads(op, spec, case, v, mg, rtol, atol)
                    res.status['grad'] = 'ok'
            except Exception as exc:  # noqa: BLE001
                fail('grad' if do_grad else 'gradgrad', exc)
                if not do_grad:
                    return _finish(res)
            if not do_gg:
                return _finish(res)
            # ------------------------------------------------------------------ second order
            # (a fresh forward: the first-order run may have failed half-way)
            try:
                lleaves, lout = legacy_run(op, spec, case, True)
                mleaves, mout = modern_run(torch, spelling, case, True)
                lo, mo = first(lout), first(mout)
                lv = L.Variable(array_to_tensor(v.copy()), requires_grad=True)
                mvv = torch.from_numpy(v.reshape(mshape).copy()).requires_grad_(True)
                lg1 = legacy_first(legacy_grad, lo, mo, lleaves, lv, create_graph=True)
                mg1 = modern_grad(torch, [mo], mleaves, [mvv], create_graph=True)
                for k, (a, b) in enumerate(zip(lg1, mg1)):
                    compare_gradient(a, b, like_of(lleaves[k]),
                                     'grad (create_graph=True) of input %d' % k, rtol, atol)
                check_second_order_graphs(lg1, mg1, 'grad of input')
                ws = [rng.standard_normal(lf.data._a.shape).astype(case.dtype) for lf in lleaves]
                targets_l = list(lleaves) + [lv]
                targets_m = list(mleaves) + [mvv]
                lg2 = legacy_second(legacy_grad, L, lg1, ws, targets_l)
                mg2 = modern_second(torch, mg1, ws, targets_m)
                for k, (a, b) in enumerate(zip(lg2, mg2)):
                    what = ('grad-of-grad w.r.t. input %d' % k if k < len(lleaves)
                            else 'grad-of-grad w.r.t. the upstream gradient')
                    compare_gradient(a, b, like_of(targets_l[k]), what, rtol, atol)
                assert_finite([g for g in lg2 if g is not None], 'grad-of-grad', nan_ok)
                res.status['gradgrad'] = 'ok'
            except Exception as exc:  # noqa: BLE001
                fail('gradgrad', exc)
    return _finish(res)


def _backward_grads(op, spec, case, up, modern_grads, rtol, atol):
    """The first-order gradients again, through ``out.backward(up)`` into the leaves'
    ``.grad``: the route of ``loss.backward()`` and the engine's hot loop, which
    ``autograd.grad`` (the general path) does not take."""
    L = legacy()
    leaves, out = legacy_run(op, spec, case, True)
    out = first(out)
    if not (is_legacy_variable(out) and out.requires_grad):
        raise ParityError('the output has no graph on the backward() route (it had one on '
                          'the autograd.grad route)')
    out.backward(array_to_tensor(up.copy()))
    for k, (leaf, b) in enumerate(zip(leaves, modern_grads)):
        compare_gradient(leaf.grad, b, like_of(leaf), 'grad of input %d through backward()' % k,
                         rtol, atol)


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


#: ``(op, dtype, label) -> CaseResult`` of the fixed cases :func:`check_case` ran in this
#: process (all checks): the parity report reuses them instead of running them again.
RESULTS = {}


def check_case(case, checks=CHECKS):
    """Run ``case``; raise :class:`ParityError` on any failure (``ExpectedDifference`` when every
    failure is an expected one of an xfail case)."""
    res = run_case(case, checks)
    if tuple(checks) == CHECKS:
        RESULTS[(case.name, case.dtype.name, case.label)] = res
    if res.failed():
        raise ParityError(res.summary())
    if case.xfail and any(s == 'xfail' for s in res.status.values()):
        raise ExpectedDifference(res.summary())
    return res
