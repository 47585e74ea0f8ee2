"""The Python operators of tensors and Variables against modern torch's same operators.

``x + y``, ``2 - v``, ``v ** 2``, ``x /= 3``, ``-v``, ``x < y`` ... go through the operator
front-ends (ops/arithmetic.py's one-frame factory for + - * /, the reflected forms 0.3 spelled
as ``-self + other`` and ``self.reciprocal() * other``, the in-place ``+=`` paths, the
comparison operators), not through the named methods that test_schema_parity.py checks.
Each is run on tensors and on Variables (gradients through ``backward()``), against the same
Python expression on modern tensors.
"""
import operator
import zlib

import numpy as np
import pytest

torch = pytest.importorskip('torch', reason="modern PyTorch is not installed: pip install -e '.[test]'")

import legacy_autograd as L  # noqa: E402
from legacy_autograd import testing as T  # noqa: E402
from legacy_autograd.autograd import Variable  # noqa: E402

DTYPES = {
    'float32': (L.FloatTensor, np.float32, torch.float32),
    'float64': (L.DoubleTensor, np.float64, torch.float64),
    'int64': (L.LongTensor, np.int64, torch.int64),
}
ARITH = {'+': operator.add, '-': operator.sub, '*': operator.mul, '/': operator.truediv,
         '**': operator.pow}
INPLACE = {'+': operator.iadd, '-': operator.isub, '*': operator.imul, '/': operator.itruediv}
COMPARE = {'<': operator.lt, '<=': operator.le, '>': operator.gt, '>=': operator.ge,
           '==': operator.eq, '!=': operator.ne}
# operands: 'Y' a tensor of x's shape, 'row' a broadcast (4,) tensor, numbers as given
OPERANDS = ('Y', 'row', 2.5, -3, 0.5)


def _cases():
    out = []
    for dt in DTYPES:
        for receiver in ('tensor', 'variable'):
            floating = dt != 'int64'
            for sym in ARITH:
                if not floating and sym in ('/', '**'):
                    continue            # 0.3 integer division truncates; modern gives floats
                for other in OPERANDS:
                    if not floating and isinstance(other, float):
                        continue
                    out.append((dt, receiver, sym, other, 'binary'))
                    if not isinstance(other, str) and not (sym == '**' and other < 0):
                        out.append((dt, receiver, sym, other, 'reflected'))   # (-3) ** x: nan
                    if sym in INPLACE:
                        out.append((dt, receiver, sym, other, 'inplace'))
            for sym in COMPARE:
                for other in ('Y', 'row', 0.5):
                    out.append((dt, receiver, sym, other, 'compare'))
            out.append((dt, receiver, 'neg', None, 'unary'))
    return [pytest.param(*c, id='%s-%s-%s-%r-%s' % c) for c in out]


def _values(dt, seed, shape, positive):
    rng = np.random.default_rng(seed)
    if dt == 'int64':
        a = rng.integers(1, 5, shape) * rng.choice([-1, 1], shape)
    else:
        a = rng.uniform(0.25, 2.0, shape) * rng.choice([-1.0, 1.0], shape)
    if positive:
        a = np.abs(a)
    return a.astype(DTYPES[dt][1])


@pytest.mark.parametrize('dt,receiver,sym,other,kind', _cases())
def test_operator_matches_modern(dt, receiver, sym, other, kind):
    cls, npdtype, tdtype = DTYPES[dt]
    seed = zlib.crc32(('%s%s%s%r%s' % (dt, receiver, sym, other, kind)).encode())
    floating = dt != 'int64'
    positive = sym == '**'                  # real powers of negative bases are nan
    xa = _values(dt, seed, (3, 4), positive)
    oa = None
    if other == 'Y':
        oa = _values(dt, seed + 1, (3, 4), False)
    elif other == 'row':
        oa = _values(dt, seed + 2, (4,), False)
    var = receiver == 'variable'
    grad = var and floating and kind != 'compare'

    def legacy_operand(a):
        t = cls(a.copy())
        return Variable(t, requires_grad=grad) if var else t

    x = legacy_operand(xa)
    y = legacy_operand(oa) if oa is not None else other
    mx = torch.tensor(xa, requires_grad=grad)
    my = torch.tensor(oa, requires_grad=grad) if oa is not None else other

    if kind == 'unary':
        out, mout = -x, -mx
    elif kind == 'compare':
        out, mout = COMPARE[sym](x, y), COMPARE[sym](mx, my)
    elif kind == 'binary':
        out, mout = ARITH[sym](x, y), ARITH[sym](mx, my)
    elif kind == 'reflected':
        out, mout = ARITH[sym](y, x), ARITH[sym](my, mx)
    else:
        target = x.clone() if var else x
        mtarget = mx.clone()
        before = (target.data if var else target)._version[0]
        out = INPLACE[sym](target, y)
        mout = INPLACE[sym](mtarget, my)
        if var and sym == '/':
            # 0.3.1's Variable had no __itruediv__: ``v /= y`` is ``v = v / y`` on Python 3
            assert out is not target and target.data._version[0] == before
        else:
            assert out is target, 'x %s= y must give x back' % sym
            # 0.3.1: a Variable's counter is bumped once; a tensor has none
            assert (target.data if var else target)._version[0] == before + (1 if var else 0)

    if var:
        assert isinstance(out, Variable)
        value = out.data
    else:
        value = out
    want = L.ByteTensor if kind == 'compare' else cls
    assert type(value) is want, '%s gave %s, 0.3 gives %s' % (kind, type(value).__name__,
                                                           want.__name__)
    assert tuple(value.size()) == tuple(mout.shape)
    T.assert_close(value, mout.detach(), what='%s %s %r value' % (kind, sym, other))
    if grad:
        g = np.random.default_rng(seed + 3).uniform(-1, 1, tuple(mout.shape)).astype(npdtype)
        out.backward(cls(g))
        mout.backward(torch.tensor(g))
        T.assert_close(x.grad.data, mx.grad, what='%s %s %r grad of x' % (kind, sym, other))
        if isinstance(y, Variable):
            T.assert_close(y.grad.data, my.grad, what='%s %s %r grad of y' % (kind, sym, other))
