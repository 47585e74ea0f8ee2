"""gradcheck, gradgradcheck and their helpers, pinned over functions that pass and functions
that must fail.

Each program runs ``gradcheck``/``gradgradcheck`` (or one of the helpers old code imports from
``torch.autograd.gradcheck``: ``get_numerical_jacobian``, ``get_analytical_jacobian``,
``make_jacobian``, ``zero_gradients``, ``iter_tensors``, ``contiguous``) on a function whose
gradient is right, wrong by a factor, wrong in one element, missing, or only once
differentiable; in double and in float, with ``eps``/``atol``/``rtol`` and ``raise_exception``
varied.  What comes out (the verdict, the Jacobians' values, or the exception's type and exact
text) must be the record in ``fixtures/gradcheck.json``; ``python
compat_tests/test_gradcheck_snapshot.py --write`` rewrites it (read its diff).  The verdicts
themselves are asserted by ``test_gradcheck.py``; this file makes any change to the texts, the
Jacobians or the verdicts of the edge cases visible.
"""
import importlib
import json
import os
import sys
import warnings

import numpy as np
import pytest

import legacy_autograd as L
from legacy_autograd.autograd import Variable, Function
from legacy_autograd.autograd.function import once_differentiable

# the module (``torch.autograd.gradcheck`` is the function, as in 0.3.1)
G = importlib.import_module('legacy_autograd.autograd.gradcheck')
FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fixtures', 'gradcheck.json')


def _floats(v):
    if isinstance(v, list):
        return [_floats(e) for e in v]
    if isinstance(v, float):
        return 'nan' if v != v else '%.6g' % v
    return v


def _show(x):
    if isinstance(x, Variable):
        return 'Variable(%s)' % _show(x.data)
    if L.is_tensor(x):
        return '%s%s%r' % (L.typename(x), list(x.size()), _floats(x.tolist()))
    if isinstance(x, (list, tuple)):
        return '%s(%s)' % (type(x).__name__, ', '.join(_show(e) for e in x))
    if isinstance(x, float):
        return 'float(%s)' % _floats(x)
    return '%s(%r)' % (type(x).__name__, x)


class Scaled(Function):
    """x * 3 whose backward is wrong by ``factor`` (1: right)."""
    factor = 1.0

    @staticmethod
    def forward(ctx, x):
        return x * 3

    @staticmethod
    def backward(ctx, g):
        return g * 3 * Scaled.factor


class OneWrongFn(Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x

    @staticmethod
    def backward(ctx, g):
        x, = ctx.saved_variables
        bump = Variable(g.data.new(g.size()).zero_())
        bump.data[1] = 0.5
        return g * 2 * x + bump


class Once(Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x

    @staticmethod
    @once_differentiable
    def backward(ctx, g):
        x, = ctx.saved_tensors
        return g * 2 * x


class NoGrad(Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, g):
        return None


def D(values, requires_grad=True, cls=None):
    return Variable((cls or L.DoubleTensor)(values), requires_grad=requires_grad)


X = [0.5, -1.25, 2.0]
M = [[0.5, -1.0], [1.5, 2.0]]


def _programs():
    P = []

    def p(name, fn):
        P.append((name, fn))

    p('pass_square', lambda: G.gradcheck(lambda x: x * x, (D(X),)))
    p('pass_two_inputs', lambda: G.gradcheck(lambda x, y: x * y + x.exp(), (D(X), D([1.0, 2.0, 3.0]))))
    p('pass_one_not_requiring', lambda: G.gradcheck(lambda x, y: x * y, (D(X), D(X, False))))
    p('pass_tuple_out', lambda: G.gradcheck(lambda x: (x * 2, x.sin()), (D(X),)))
    p('pass_matrix', lambda: G.gradcheck(lambda m: m.mm(m), (D(M),)))
    p('pass_single_not_tuple', lambda: G.gradcheck(lambda x: x.tanh(), D(X)))
    for factor in (1.0, 1.01, 2.0, 0.0):
        p('scaled_%s' % factor, lambda factor=factor: (
            setattr(Scaled, 'factor', factor), G.gradcheck(Scaled.apply, (D(X),)))[1])
        p('scaled_%s_quiet' % factor, lambda factor=factor: (
            setattr(Scaled, 'factor', factor),
            G.gradcheck(Scaled.apply, (D(X),), raise_exception=False))[1])
    p('one_wrong', lambda: G.gradcheck(OneWrongFn.apply, (D(X),)))
    p('one_wrong_loose', lambda: G.gradcheck(OneWrongFn.apply, (D(X),), atol=1, rtol=1))
    p('no_grad', lambda: G.gradcheck(NoGrad.apply, (D(X),)))
    p('float_inputs', lambda: G.gradcheck(lambda x: x * x, (D(X, cls=L.FloatTensor),)))
    p('float_inputs_loose', lambda: G.gradcheck(lambda x: x * x, (D(X, cls=L.FloatTensor),),
                                                eps=1e-2, atol=1e-2, rtol=1e-2))
    p('no_variables', lambda: G.gradcheck(lambda x: x, (L.DoubleTensor(X),)))
    p('none_requiring', lambda: G.gradcheck(lambda x: x * 2, (D(X, False),)))
    p('non_contiguous', lambda: G.gradcheck(lambda m: m * 2, (Variable(L.DoubleTensor(M).t(), requires_grad=True),)))
    p('big_eps', lambda: G.gradcheck(lambda x: x ** 3, (D(X),), eps=0.5))
    p('gradgrad_pass', lambda: G.gradgradcheck(lambda x: x * x * x, (D(X),)))
    p('gradgrad_with_outputs', lambda: G.gradgradcheck(lambda x: x.exp(), (D(X),), (D([1.0, -1.0, 0.5]),)))
    p('gradgrad_once', lambda: G.gradgradcheck(Once.apply, (D(X),)))
    p('gradgrad_wrong_first', lambda: (setattr(Scaled, 'factor', 2.0), G.gradgradcheck(Scaled.apply, (D(X),)))[1])
    # (0.3.1's gradcheck calls it with a function of the input tuple returning a tensor)
    p('numerical_jacobian', lambda: (lambda x: G.get_numerical_jacobian(
        lambda inp: (inp[0] * inp[0]).data, (x,), (x,)))(D(X)))
    p('numerical_jacobian_eps', lambda: (lambda x: G.get_numerical_jacobian(
        lambda inp: (inp[0] * 3).exp().data, (x,), (x,), eps=1e-2))(D([0.1, 0.2])))
    p('numerical_jacobian_two', lambda: (lambda x, y: G.get_numerical_jacobian(
        lambda inp: (inp[0] * inp[1]).data, (x, y), (x, y)))(D(X), D([1.0, 2.0, 3.0])))
    p('analytical_jacobian', lambda: (lambda x: G.get_analytical_jacobian((x,), x * x * 2))(D(X)))
    p('analytical_jacobian_two', lambda: (lambda x, y: G.get_analytical_jacobian((x, y), x * y))(D(X), D([1.0, 2.0, 3.0])))
    p('make_jacobian', lambda: G.make_jacobian(D(X), 2))
    p('make_jacobian_tuple', lambda: G.make_jacobian((D(X), D([1.0]), D(X, False)), 3))
    p('make_jacobian_bad', lambda: G.make_jacobian(3, 2))
    p('zero_gradients', lambda: (lambda x: ((x * x).sum().backward(), G.zero_gradients(x), x.grad)[2])(D(X)))
    p('zero_gradients_nested', lambda: (lambda x: ((x * 2).sum().backward(), G.zero_gradients([x, (x,)]), x.grad)[2])(D(X)))
    p('iter_tensors', lambda: list(G.iter_tensors((D(X), [D([1.0], False), 3, L.DoubleTensor([2])]))))
    p('iter_tensors_requiring', lambda: list(G.iter_tensors((D(X), [D([1.0], False)]), True)))
    p('contiguous', lambda: (lambda c: [c[0].is_contiguous(), c[1]])(G.contiguous((Variable(L.DoubleTensor(M).t()), 3))))
    return P


PROGRAMS = _programs()


def record():
    out = {}
    for name, fn in PROGRAMS:
        Scaled.factor = 1.0
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            try:
                with np.errstate(all='ignore'):
                    out[name] = _show(fn())
            except Exception as e:  # noqa: BLE001 - the point is to record what comes out
                out[name] = '%s: %s' % (type(e).__name__, e)
        for w in caught:
            out[name] += ' [%s: %s]' % (w.category.__name__, w.message)
    Scaled.factor = 1.0
    return out


def test_gradcheck_gives_the_recorded_outcomes():
    with open(FIXTURE) as f:
        want = json.load(f)
    got = record()
    assert got.keys() == want.keys()
    wrong = ['%s\n    got:  %s\n    want: %s' % (k, got[k], want[k])
             for k in sorted(got) if got[k] != want[k]]
    assert not wrong, '\n'.join(wrong[:10])


def test_the_record_has_passes_failures_and_texts():
    with open(FIXTURE) as f:
        want = json.load(f)
    assert want['pass_square'] == 'bool(True)' and want['scaled_1.0'] == 'bool(True)'
    assert want['scaled_2.0_quiet'] == 'bool(False)'
    assert want['scaled_2.0'].startswith('RuntimeError: for output no. 0,')


if __name__ == '__main__':
    if sys.argv[1:] != ['--write']:
        raise SystemExit('usage: python compat_tests/test_gradcheck_snapshot.py --write')
    data = record()
    with open(FIXTURE, 'w') as f:
        json.dump(data, f, indent=0, sort_keys=True)
        f.write('\n')
    print('%d outcomes written to %s' % (len(data), FIXTURE))
