"""Every op's gradient for one input is the same whether or not its other inputs need one.

A backward formula computes the gradient of input ``i`` only when ``ctx.needs[i]`` says so,
and builds each gradient from the saved inputs whatever the others need.  For every registry
op with two or more differentiable inputs (the fixed float64 parity samples), the gradient of
each input is taken twice through the public dispatcher: once with every input requiring
grad, once with that input alone; the two must be equal bit for bit, and the inputs that need
no gradient get none.  The same comparison for second-order gradients (``create_graph``), for
the ops whose second derivatives the parity suite checks.  Legacy against legacy: modern
torch is not needed, so a formula that only breaks when one operand is a constant (cross's
second operand, PReLU's weight behind a constant input) cannot pass.
"""
import numpy as np
import pytest

import legacy_autograd as L
from legacy_autograd import testing as T
from legacy_autograd.autograd import Variable
from legacy_autograd.ops import dispatch, registry


def _cases(min_inputs, gradgrad=False):
    """(name, label) of the float64 fixed cases (three per op at most) of every differentiable
    registry op with a parity case, ``min_inputs`` float inputs or more (``gradgrad``: only the
    ops whose second derivatives the parity suite checks)."""
    out = []
    for name in sorted(registry.OPS):
        op = registry.OPS[name]
        if not op.differentiable or T.exemption(name) or T.coverage_problems(name):
            continue
        spec = T.spec_for(name)
        if 'float64' not in spec.dtypes or gradgrad and spec.gradgrad is not True:
            continue
        for label in T.fixed_case_ids(name, 'float64')[:3]:
            if len(_differentiable_inputs(T.fixed_case(name, 'float64', label))) >= min_inputs:
                out.append((name, label))
    return out


def _differentiable_inputs(case):
    return [k for k, a in enumerate(case.arrays) if np.asarray(a).dtype.kind == 'f']


CASES = _cases(2)


def _run(op, spec, case, needs, second=False, up_grad=False):
    leaves = [Variable(L.from_numpy(np.array(a, copy=True)), requires_grad=n)
              for a, n in zip(case.arrays, needs)]
    params = {k: (v.copy() if isinstance(v, np.ndarray) else v) for k, v in case.params.items()}
    with np.errstate(all='ignore'):
        if spec.legacy is not None:         # the op's public spelling (conv, batch norm...)
            y = spec.legacy(L, *leaves, **params)
        else:
            y = dispatch.call(op, list(leaves), params if params else None)
        first = y[0] if isinstance(y, (tuple, list)) else y
        a = first.data._a
        up = np.random.RandomState(3).standard_normal(a.shape).astype(a.dtype)
        if not second:
            first.backward(L.from_numpy(up))
            return [None if v.grad is None else v.grad.data.numpy().copy() for v in leaves]
        wanted = [leaves[second - 1]]       # second: 1 + the input whose gradient is taken
        upv = Variable(L.from_numpy(up), requires_grad=up_grad)
        gs = L.autograd.grad([first], wanted, [upv], create_graph=True, allow_unused=True)
        total = None
        for k, g in enumerate(gs):
            if g is not None and g.requires_grad:
                w = np.random.RandomState(10 + k).standard_normal(g.data._a.shape)
                term = (g * Variable(L.from_numpy(w.astype(g.data._a.dtype)))).sum()
                total = term if total is None else total + term
        first_order = [None if g is None else g.data.numpy().copy() for g in gs]
        if total is not None:
            total.backward()
        return first_order + [None if v.grad is None else v.grad.data.numpy().copy()
                              for v in leaves + [upv]]


def _outcome(op, spec, case, needs, second=False, up_grad=False):
    try:
        return _run(op, spec, case, needs, second, up_grad)
    except RuntimeError as e:                # a derivative 0.3.1 did not have: the same refusal
        return ('raised', str(e))


@pytest.mark.parametrize('name, label', CASES, ids=['%s-%s' % c for c in CASES])
def test_one_input_alone_gets_the_gradient_it_gets_among_all(name, label):
    op = registry.OPS[name]
    spec = T.spec_for(name)
    case = T.fixed_case(name, 'float64', label)
    diff = _differentiable_inputs(case)
    n = len(case.arrays)
    full = _outcome(op, spec, case, [k in diff for k in range(n)])
    for i in diff:
        alone = _outcome(op, spec, case, [k == i for k in range(n)])
        if isinstance(full, tuple) or isinstance(alone, tuple):
            assert alone == full, name
            continue
        for k in range(n):
            if k != i:
                assert alone[k] is None, '%s: input %d got a gradient it did not ask for' % (name, k)
        if full[i] is None:
            assert alone[i] is None, '%s: input %d got a gradient only when alone' % (name, i)
        else:
            assert alone[i] is not None, '%s: input %d got no gradient alone' % (name, i)
            np.testing.assert_array_equal(alone[i], full[i], err_msg='%s: input %d' % (name, i))


SECOND = [(n, lab) for n, lab in CASES if T.spec_for(n).gradgrad is True]


@pytest.mark.parametrize('name, label', SECOND, ids=['%s-%s' % c for c in SECOND])
def test_second_order_gradient_of_one_input_alone(name, label):
    """d/dx_i of (grad_i . w), with the other inputs requiring grad or not: the same (and its
    gradient with respect to the upstream gradient, when that requires grad too)."""
    op = registry.OPS[name]
    spec = T.spec_for(name)
    case = T.fixed_case(name, 'float64', label)
    diff = _differentiable_inputs(case)
    n = len(case.arrays)
    for i, up_grad in [(i, u) for i in diff for u in (False, True)]:
        full = _outcome(op, spec, case, [k in diff for k in range(n)], i + 1, up_grad)
        alone = _outcome(op, spec, case, [k == i for k in range(n)], i + 1, up_grad)
        if isinstance(full, tuple) or isinstance(alone, tuple):
            assert alone == full, name
            continue
        # [0]: the first-order gradient built as a graph (the formula on Variables), then
        # every leaf's gradient of its sum with weights (input i's is compared) and, when the
        # upstream gradient requires grad too, the upstream gradient's
        checks = [(0, 'first-order gradient built as a graph'), (1 + i, 'second-order gradient')]
        if up_grad:
            checks.append((1 + n, 'gradient of the upstream gradient'))
        for k, what in checks:
            if full[k] is None:
                assert alone[k] is None, '%s: input %d: %s only alone' % (name, i, what)
            else:
                assert alone[k] is not None, '%s: input %d: no %s alone' % (name, i, what)
                np.testing.assert_array_equal(alone[k], full[k],
                                              err_msg='%s: input %d: %s' % (name, i, what))


# ============================================================ numpy formulas against Variable ones
ALL = _cases(1, gradgrad=True)


def _gradients(op, spec, case, graph):
    diff = _differentiable_inputs(case)
    leaves = [Variable(L.from_numpy(np.array(a, copy=True)), requires_grad=k in diff)
              for k, a in enumerate(case.arrays)]
    params = {k: (v.copy() if isinstance(v, np.ndarray) else v) for k, v in case.params.items()}
    with np.errstate(all='ignore'):
        if spec.legacy is not None:
            y = spec.legacy(L, *leaves, **params)
        else:
            y = dispatch.call(op, list(leaves), params if params else None)
        first = y[0] if isinstance(y, (tuple, list)) else y
        a = first.data._a
        up = L.from_numpy(np.random.RandomState(4).standard_normal(a.shape).astype(a.dtype))
        gs = L.autograd.grad([first], [leaves[k] for k in diff], [up], create_graph=graph,
                             allow_unused=True)
    return [None if g is None else g.data.numpy().copy() for g in gs]


@pytest.mark.parametrize('name, label', ALL, ids=['%s-%s' % c for c in ALL])
def test_gradient_formulas_agree_on_arrays_and_on_variables(name, label):
    """An ordinary backward runs each formula on numpy arrays; ``create_graph=True`` runs the
    same formula on Variables (``ctx.B``: ``backend_numpy`` against ``backend_variable``)."""
    op = registry.OPS[name]
    spec = T.spec_for(name)
    case = T.fixed_case(name, 'float64', label)
    try:
        plain = _gradients(op, spec, case, False)
    except RuntimeError as e:
        with pytest.raises(RuntimeError) as info:
            _gradients(op, spec, case, True)
        assert str(info.value) == str(e)
        return
    graph = _gradients(op, spec, case, True)
    for k, (p, g) in enumerate(zip(plain, graph)):
        if p is None:
            assert g is None, '%s: input %d' % (name, k)
        else:
            # bit for bit but for the order of a sum (a BLAS product on one side, numpy's
            # pairwise sum on the other: batch_norm, bmm, conv_transpose2d, cumprod, repeat):
            # at most 2 units in the last place of each element
            assert g.shape == p.shape, '%s: input %d: %s against %s' % (name, k, g.shape, p.shape)
            np.testing.assert_array_max_ulp(g, p, maxulp=2)


# ============================================================ setitem and in-place ops on views
def _setitem_row(a, b):
    x = a * 1
    x[1] = b
    return x


def _setitem_mask(a, b):
    x = a * 1
    x[L.ByteTensor([[1, 0, 1], [0, 0, 1]])] = b
    return x


def _view_mul(a, b):
    x = a * 1
    x[:, 0].mul_(b)            # CopySlices: the base's gradient and the operand's
    return x


def _view_add_on_constant(a, b):
    x = a.clone() if a.requires_grad else Variable(a.data.clone())
    x.narrow(1, 1, 1).add_(b)
    return x


_PROGRAMS = [('setitem_row', _setitem_row, (2, 3), (3,)),
             ('setitem_mask', _setitem_mask, (2, 3), (3,)),
             ('view_mul', _view_mul, (2, 3), (2,)),
             ('view_add', _view_add_on_constant, (2, 3), (2, 1))]


@pytest.mark.parametrize('prog', _PROGRAMS, ids=[p[0] for p in _PROGRAMS])
def test_inplace_and_setitem_gradients_of_one_operand_alone(prog):
    _, fn, sa, sb = prog
    rs = np.random.RandomState(12)
    a, b = rs.standard_normal(sa), rs.standard_normal(sb)
    w = rs.standard_normal(sa)

    def grads(rg_a, rg_b):
        va = Variable(L.DoubleTensor(a.tolist()), requires_grad=rg_a)
        vb = Variable(L.DoubleTensor(b.tolist()), requires_grad=rg_b)
        out = fn(va, vb)
        (out * Variable(L.DoubleTensor(w.tolist()))).sum().backward()
        return [None if v.grad is None else v.grad.data.numpy().copy() for v in (va, vb)]

    full = grads(True, True)
    assert full[0] is not None and full[1] is not None
    ga, _ = grads(True, False)
    _, gb = grads(False, True)
    np.testing.assert_array_equal(ga, full[0])
    np.testing.assert_array_equal(gb, full[1])
