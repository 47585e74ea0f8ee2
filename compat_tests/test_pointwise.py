"""Pointwise ops (``legacy_autograd/ops/pointwise.py``).

For every op: values against numpy / ``math`` references (Float and Double, ints
where 0.3 allowed them), dtype kept, the tensor / Variable / ``torch.*`` / ``out=``
forms, in-place variants (return self, bump the version), broadcasting, the 0.3
``grad_fn`` names, integer-type restrictions, no numpy warnings, and gradients
against modern torch: first order (``*_parity_*``, Float and Double) and second
order through ``autograd.grad(create_graph=True)`` (Double).

Tolerances: one per dtype (``TOL``); looser ones carry their reason next to them.
"""
import math
import re
import warnings

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import legacy_autograd as L
from legacy_autograd import testing
from legacy_autograd.autograd import Variable
from legacy_autograd.ops import pointwise as PW

F32, F64 = np.dtype(np.float32), np.dtype(np.float64)
TOL = {F32: dict(rtol=1e-5, atol=1e-6), F64: dict(rtol=1e-10, atol=1e-12)}
FLOAT_CLS = {F32: L.FloatTensor, F64: L.DoubleTensor}
FLOAT_DTYPES = [F32, F64]
INT_CLASSES = [L.LongTensor, L.IntTensor, L.ShortTensor, L.CharTensor, L.ByteTensor]
SETTINGS = settings(max_examples=20, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
SHAPES = hnp.array_shapes(min_dims=1, max_dims=3, min_side=1, max_side=4)
OBJ_RE = r' object at 0x[0-9a-f]+>$'


# =========================================================================== helpers
def floats(dtype, lo, hi):
    """Finite floats in [lo, hi], representable in ``dtype``."""
    if np.dtype(dtype) == F32:
        lo32, hi32 = np.float32(lo), np.float32(hi)
        if lo32 < lo:
            lo32 = np.nextafter(lo32, np.float32(np.inf))
        if hi32 > hi:
            hi32 = np.nextafter(hi32, np.float32(-np.inf))
        return st.floats(float(lo32), float(hi32), width=32, allow_nan=False,
                         allow_infinity=False, allow_subnormal=False)
    return st.floats(lo, hi, allow_nan=False, allow_infinity=False, allow_subnormal=False)


def arrays(dtype, lo, hi, shape=SHAPES):
    return hnp.arrays(np.dtype(dtype), shape, elements=floats(dtype, lo, hi))


def T(a, dtype=None):
    """A legacy tensor holding a copy of ``a``."""
    return L.from_numpy(np.array(a, dtype=dtype, copy=True))


def V(a, requires_grad=True, dtype=None):
    return Variable(T(a, dtype), requires_grad=requires_grad)


def A(x):
    """The numpy array behind a tensor or Variable."""
    return x.data._a if isinstance(x, Variable) else x._a


def _math(f):
    vf = np.vectorize(f, otypes=[np.float64])
    return lambda a: vf(a.astype(np.float64))


def _round_half_away(a):
    return np.sign(a) * np.floor(np.abs(a) + 0.5) if a.size else a


def _frac(a):
    return a - np.trunc(a)


def _sign(a):
    return (a > 0).astype(a.dtype) - (a < 0).astype(a.dtype)


def _torch():
    return pytest.importorskip('torch')


def grad_fn_name(v):
    return type(v.grad_fn).__name__


# =========================================================================== unary table
# name -> (reference on a numpy array, (low, high) for test inputs, 0.3 grad_fn name)
UNARY = {
    'exp': (np.exp, (-10, 10), 'ExpBackward'),
    'log': (np.log, (1e-3, 100), 'LogBackward'),
    'log1p': (np.log1p, (-0.9, 50), 'Log1PBackward'),
    'sqrt': (np.sqrt, (1e-3, 100), 'SqrtBackward'),
    'rsqrt': (lambda a: 1 / np.sqrt(a), (1e-2, 100), 'RsqrtBackward'),
    'sin': (np.sin, (-10, 10), 'SinBackward'),
    'cos': (np.cos, (-10, 10), 'CosBackward'),
    'tan': (np.tan, (-1.4, 1.4), 'TanBackward'),
    'asin': (np.arcsin, (-0.95, 0.95), 'AsinBackward'),
    'acos': (np.arccos, (-0.95, 0.95), 'AcosBackward'),
    'atan': (np.arctan, (-10, 10), 'AtanBackward'),
    'sinh': (np.sinh, (-5, 5), 'SinhBackward'),
    'cosh': (np.cosh, (-5, 5), 'CoshBackward'),
    'tanh': (np.tanh, (-5, 5), 'TanhBackward'),
    'sigmoid': (lambda a: 1 / (1 + np.exp(-a.astype(np.float64))), (-10, 10), 'SigmoidBackward'),
    'floor': (np.floor, (-10, 10), 'FloorBackward'),
    'ceil': (np.ceil, (-10, 10), 'CeilBackward'),
    'round': (_round_half_away, (-10, 10), 'RoundBackward'),
    'trunc': (np.trunc, (-10, 10), 'TruncBackward'),
    'frac': (_frac, (-10, 10), 'FracBackward'),
    'sign': (_sign, (-10, 10), 'SignBackward'),
    'abs': (np.abs, (-10, 10), 'AbsBackward'),
    'erf': (_math(math.erf), (-4, 4), 'ErfBackward'),
    'erfinv': (None, (-0.99, 0.99), 'ErfinvBackward'),   # checked by round trips below
    'lgamma': (_math(math.lgamma), (0.05, 15), 'LgammaBackward'),
}
FLOAT_ONLY = [n for n in UNARY if n not in ('abs', 'sign')]
# zero first derivative everywhere: modern torch's backward returns a constant zero, so
# there is no second-order graph to compare
PIECEWISE_CONSTANT = ('floor', 'ceil', 'round', 'trunc', 'sign')
# ops with a kink: keep test points away from it (|x| > 1e-3, fractional part away from 0)
KINKS = {'abs': lambda a: np.abs(a) > 1e-3,
         'frac': lambda a: np.abs(a - np.round(a)) > 1e-3}


def _unary_inputs(name, dtype):
    lo, hi = UNARY[name][1]
    return arrays(dtype, lo, hi)


# =========================================================================== unary: values
@pytest.mark.parametrize('dtype', FLOAT_DTYPES, ids=str)
@pytest.mark.parametrize('name', sorted(n for n in UNARY if UNARY[n][0] is not None))
@SETTINGS
@given(data=st.data())
def test_unary_values_match_reference(name, dtype, data):
    a = data.draw(_unary_inputs(name, dtype))
    ref = UNARY[name][0](a)
    t = T(a)
    for result in (getattr(t, name)(), getattr(L, name)(t)):
        assert type(result) is FLOAT_CLS[dtype]
        assert A(result).dtype == dtype and A(result).shape == a.shape
        testing.assert_close(A(result), ref, dtype=dtype, **TOL[dtype])
    np.testing.assert_array_equal(A(t), a)           # input untouched
    v = getattr(V(a, requires_grad=False), name)()
    assert isinstance(v, Variable) and type(v.data) is FLOAT_CLS[dtype]
    np.testing.assert_array_equal(A(v), A(getattr(t, name)()))
    out = FLOAT_CLS[dtype]()
    r = getattr(L, name)(t, out=out)
    assert r is out
    np.testing.assert_array_equal(A(out), A(getattr(t, name)()))


@pytest.mark.parametrize('dtype', FLOAT_DTYPES, ids=str)
@pytest.mark.parametrize('name', sorted(UNARY))
def test_unary_inplace_returns_self_and_bumps_only_variables(name, dtype):
    lo, hi = UNARY[name][1]
    a = np.linspace(lo, hi, 12).astype(dtype).reshape(3, 4)
    t = T(a)
    expected = A(getattr(t, name)()).copy()
    view = t[0]
    r = getattr(t, name + '_')()
    assert r is t
    # 0.3.1: a tensor has no version counter; in place on it bumps nothing
    assert t._version[0] == 0 and view._version[0] == 0
    np.testing.assert_array_equal(A(t), expected)
    assert A(t).dtype == dtype
    # on a Variable the counter is bumped once, and a view of it shares the counter
    v = Variable(T(a))
    vview = v[0]
    assert getattr(v, name + '_')() is v
    assert v._version == 1 and vview._version == 1
    np.testing.assert_array_equal(A(v), expected)


@pytest.mark.parametrize('name', sorted(UNARY))
def test_unary_grad_fn_names(name):
    lo, hi = UNARY[name][1]
    x = V(np.linspace(lo, hi, 5), dtype=np.float64)
    y = getattr(x, name)()
    expected = UNARY[name][2]
    assert grad_fn_name(y) == expected
    assert re.match('^<%s%s' % (expected, OBJ_RE), repr(y.grad_fn))
    assert y.grad_fn.next_functions[0][0] is not None
    assert type(getattr(L, name)(x).grad_fn).__name__ == expected
    # in place on a non-leaf: same node name
    z = x * 1
    getattr(z, name + '_')()
    assert grad_fn_name(z) == expected


@pytest.mark.parametrize('cls', INT_CLASSES, ids=lambda c: c.__name__)
@pytest.mark.parametrize('name', FLOAT_ONLY)
def test_float_only_ops_refuse_integer_tensors(name, cls):
    # 0.3.1 generated these ops for Float and Double only (cwrap ``types: floating_point``); the
    # other types met three errors, by call form (ops/type_support.py)
    t = cls([1, 2, 3])
    tn = t.type()
    assert not hasattr(t, name) and not hasattr(t, name + '_')
    for attr in (name, name + '_'):
        with pytest.raises(AttributeError,
                           match="^'%s' object has no attribute '%s'$" % (re.escape(tn), attr)):
            getattr(t, attr)()
    with pytest.raises(TypeError, match='^' + re.escape(
            "Type %s doesn't implement stateless method %s" % (tn, name)) + '$'):
        getattr(L, name)(t)
    aten = 'CPU%sType' % tn[len('torch.'):-len('Tensor')]       # ATen's type name: CPULongType
    for call, attr in ((lambda v: getattr(v, name)(), name), (lambda v: getattr(L, name)(v), name),
                       (lambda v: getattr(v, name + '_')(), name + '_')):
        with pytest.raises(RuntimeError, match='^%s is not implemented for type %s$' % (attr, aten)):
            call(Variable(t))
    np.testing.assert_array_equal(A(t), [1, 2, 3])


@pytest.mark.parametrize('cls', INT_CLASSES, ids=lambda c: c.__name__)
def test_abs_and_sign_on_integer_tensors(cls):
    vals = [0, 3, 7] if cls is L.ByteTensor else [-5, 0, 3, -1]
    t = cls(vals)
    a = np.array(vals, dtype=t._a.dtype)
    s = L.sign(t)
    assert type(s) is cls
    np.testing.assert_array_equal(A(s), np.sign(a))
    if cls in (L.ByteTensor, L.CharTensor):
        # 0.3.1 declared abs and neg for Int, Long, Short and the floating types only
        tn = t.type()
        aten = 'CPU%sType' % tn[len('torch.'):-len('Tensor')]
        for name in ('abs', 'abs_', 'neg', 'neg_'):
            assert not hasattr(t, name)
            with pytest.raises(RuntimeError, match='^%s is not implemented for type %s$' % (name, aten)):
                getattr(Variable(t), name)()
        for name in ('abs', 'neg'):
            with pytest.raises(TypeError, match="^Type %s doesn't implement stateless method %s$"
                               % (re.escape(tn), name)):
                getattr(L, name)(t)
        with pytest.raises(AttributeError, match="object has no attribute 'neg'"):
            -t
        np.testing.assert_array_equal(A(t), a)
        return
    r = t.abs()
    assert type(r) is cls
    np.testing.assert_array_equal(A(r), np.abs(a))
    s = L.sign(t)
    assert type(s) is cls
    np.testing.assert_array_equal(A(s), np.sign(a))
    assert t.abs_() is t
    np.testing.assert_array_equal(A(t), np.abs(a))


def test_unary_rejects_non_tensors():
    with pytest.raises(TypeError, match='must be a tensor or Variable, not float'):
        L.exp(3.0)
    with pytest.raises(TypeError, match='not list'):
        L.abs([1, 2])


def test_no_numpy_warnings_for_nan_and_inf():
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        t = L.FloatTensor([-1, 0, 1e30, -1e30, 2])
        r = t.log()
        assert np.isnan(A(r)[0]) and A(r)[1] == -np.inf
        assert A(t.sqrt())[0] != A(t.sqrt())[0]
        assert A(t.rsqrt())[1] == np.inf
        assert A(L.exp(L.FloatTensor([1000])))[0] == np.inf
        assert A(L.sigmoid(L.FloatTensor([-1000, 1000]))).tolist() == [0.0, 1.0]
        assert np.isnan(A(L.FloatTensor([2]).asin())[0])
        assert A(t.cosh())[2] == np.inf
        assert np.isnan(A(L.DoubleTensor([1.5]).erfinv())[0])
        assert A(L.DoubleTensor([0, -2]).lgamma()).tolist() == [np.inf, np.inf]
        assert np.isnan(A(t.fmod(0))).all()
        assert np.isnan(A(t.remainder(0))).all()
        assert A(L.FloatTensor([1]).addcdiv(L.FloatTensor([1]), L.FloatTensor([0])))[0] == np.inf
        # backward at the edge of the domain is silent too
        x = V([0.0, -1.0], dtype=np.float64)
        x.log().sum().backward()
        x2 = V([0.0], dtype=np.float64)
        x2.sqrt().sum().backward()
        assert A(x2.grad)[0] == np.inf


def test_float32_stays_float32_with_python_scalars():
    t = L.FloatTensor([[0.25, -1.5], [3.0, 0.5]])
    for r in (t.clamp(0, 1), t.clamp(min=0.1), t.clamp(max=0.3), t.fmod(0.7), t.remainder(0.7),
              t.lerp(t * 2, 0.3), t.addcmul(0.1, t, t), t.addcdiv(0.1, t, t + 5), t.exp(),
              t.erf(), t.lgamma(), (t / 4).erfinv(), t.round(), t.sigmoid()):
        assert type(r) is L.FloatTensor and A(r).dtype == np.float32
    assert A(t.clone().fill_(0.1)).dtype == np.float32


def test_round_halves_away_from_zero():
    # C round() (0.3 / TH); numpy and modern torch round halves to even
    t = L.DoubleTensor([0.5, 1.5, 2.5, -0.5, -2.5, 0.49999999999999994, 2.4, -2.6])
    assert A(t.round()).tolist() == [1, 2, 3, -1, -3, 0, 2, -3]
    assert A(L.FloatTensor([0.5, -1.5]).round()).tolist() == [1, -2]


def test_sign_of_zero_and_nan_is_zero():
    assert A(L.DoubleTensor([0.0, -0.0, float('nan'), -3, 2]).sign()).tolist() == [0, 0, 0, -1, 1]


def test_frac_keeps_sign_of_input():
    testing.assert_close(A(L.DoubleTensor([-1.25, 1.25, -0.5]).frac()), np.asarray([-0.25, 0.25, -0.5]), dtype=F64, **TOL[F64])


# =========================================================================== special functions
def test_erf_accuracy_and_special_values():
    x = np.concatenate([np.linspace(-7, 7, 20001), [1e-300, 1.5, 2.5, 30, 1e300]])
    testing.assert_close(A(T(x).erf()), np.asarray(_math(math.erf)(x)), dtype=F64, **TOL[F64])
    r = A(L.DoubleTensor([0.0, -0.0, float('inf'), -float('inf'), float('nan')]).erf())
    assert r[:4].tolist() == [0.0, 0.0, 1.0, -1.0]
    assert math.copysign(1, r[1]) == -1 and np.isnan(r[4])
    x32 = np.linspace(-5, 5, 1001).astype(np.float32)
    testing.assert_close(A(T(x32).erf()), np.asarray(_math(math.erf)(x32)), dtype=F32, **TOL[F32])


def test_erfinv_round_trips():
    x = np.concatenate([np.linspace(-0.5, 0.5, 2001), [1e-300, -1e-300]])
    y = A(T(x).erfinv())
    testing.assert_close(_math(math.erf)(y), x, dtype=F64, **TOL[F64])
    # the tails, up to 1 - x = 1e-16: compare the complementary function (exact there)
    one_minus = np.concatenate([np.logspace(-16, np.log10(0.5), 500)])
    x = 1 - one_minus
    one_minus = 1 - x                                   # exactly representable values
    y = A(T(x).erfinv())
    testing.assert_close(_math(math.erfc)(y), one_minus, dtype=F64, **TOL[F64])
    testing.assert_close(A(T(-x).erfinv()), np.asarray(-y), dtype=F64, **TOL[F64])
    special = A(L.DoubleTensor([1, -1, 1.5, -2, 0, float('nan')]).erfinv())
    assert special[:2].tolist() == [np.inf, -np.inf]
    assert np.isnan(special[2]) and np.isnan(special[3]) and special[4] == 0 and np.isnan(special[5])


@pytest.mark.parametrize('dtype', FLOAT_DTYPES, ids=str)
def test_erfinv_parity_with_modern(dtype):
    torch = _torch()
    x = np.linspace(-0.999, 0.999, 4001).astype(dtype)
    testing.assert_close(A(T(x).erfinv()), torch.erfinv(torch.from_numpy(x)).numpy(), dtype=dtype, **TOL[dtype])


def test_lgamma_accuracy_and_special_values():
    x = np.concatenate([np.linspace(0.01, 60, 30001), np.linspace(-40.5, -0.01, 20001),
                        np.logspace(-300, 300, 601), [1e-310]])
    x = x[~((x <= 0) & (x == np.round(x)))]
    testing.assert_close(A(T(x).lgamma()), np.asarray(_math(math.lgamma)(x)), dtype=F64, **TOL[F64])
    r = A(L.DoubleTensor([1, 2, 0, -1, -7, float('inf'), -float('inf'), float('nan')]).lgamma())
    assert r[0] == 0 and r[1] == 0 and math.copysign(1, r[0]) == 1     # exactly +0 (prints as 0)
    assert r[2:7].tolist() == [np.inf] * 5
    assert np.isnan(r[7])


def test_lgamma_near_its_zeros_is_accurate():
    mpmath = pytest.importorskip('mpmath')
    mpmath.mp.dps = 40
    x = np.concatenate([1 + np.logspace(-15, -1, 30), 1 - np.logspace(-15, -1, 30),
                        2 + np.logspace(-15, -1, 30), 2 - np.logspace(-15, -1, 30)])
    ref = np.array([float(mpmath.loggamma(mpmath.mpf(float(v)))) for v in x])
    np.testing.assert_allclose(A(T(x).lgamma()), ref, rtol=1e-13, atol=0)


@pytest.mark.parametrize('n', [0, 1, 2, 3])
def test_polygamma_helper_accuracy(n):
    mpmath = pytest.importorskip('mpmath')
    mpmath.mp.dps = 30
    x = np.concatenate([np.linspace(0.05, 40, 61), np.logspace(2, 8, 7)])
    if n <= 1:
        x = np.concatenate([x, np.linspace(-20.3, -0.05, 41)])
    ref = np.array([float(mpmath.polygamma(n, mpmath.mpf(float(v)))) for v in x])
    # 1e-12 relative: the shift recurrence cancels a few digits around digamma's root and for
    # negative arguments
    np.testing.assert_allclose(PW.polygamma_array(n, x), ref, rtol=1e-12, atol=1e-13)
    f32 = PW.polygamma_like(n, x.astype(np.float32))
    assert f32.dtype == np.float32


def test_polygamma_special_values():
    d = PW.polygamma_array(0, np.array([0.0, -1.0, np.inf, -np.inf, np.nan]))
    assert d[0] == -np.inf and np.isnan(d[1]) and d[2] == np.inf and np.isnan(d[3]) and np.isnan(d[4])
    t = PW.polygamma_array(1, np.array([0.0, -3.0, np.inf]))
    assert t.tolist() == [np.inf, np.inf, 0.0]


# =========================================================================== unary: gradients
def _legacy_first(name, a, g):
    x = V(a)
    y = getattr(x, name)()
    y.backward(T(g))
    return A(y), A(x.grad)


def _modern_first(torch, name, a, g):
    x = torch.from_numpy(a.copy()).requires_grad_()
    y = getattr(torch, name)(x)
    y.backward(torch.from_numpy(g.copy()))
    return y.detach().numpy(), x.grad.numpy()


def _draw_unary_case(data, name, dtype):
    a = data.draw(_unary_inputs(name, dtype))
    if name in KINKS:
        assume(KINKS[name](a).all())
    if name == 'round':
        assume((np.abs(np.abs(a - np.trunc(a)) - 0.5) > 1e-3).all())
    g = data.draw(arrays(dtype, -2, 2, shape=a.shape))
    return a, g


@pytest.mark.parametrize('dtype', FLOAT_DTYPES, ids=str)
@pytest.mark.parametrize('name', sorted(UNARY))
@SETTINGS
@given(data=st.data())
def test_unary_first_order_parity(name, dtype, data):
    torch = _torch()
    a, g = _draw_unary_case(data, name, dtype)
    y, gx = _legacy_first(name, a, g)
    my, mgx = _modern_first(torch, name, a, g)
    assert gx.dtype == dtype
    testing.assert_close(y, my, dtype=dtype, **TOL[dtype])
    testing.assert_close(gx, mgx, dtype=dtype, **TOL[dtype])


def _legacy_second(make, arrays_in, g, w):
    xs = [V(a) for a in arrays_in]
    go = V(g)
    y = make(*xs)
    gxs = L.autograd.grad(y, xs, go, create_graph=True)
    first = [A(gx) for gx in gxs]
    total = None
    for gx, wi in zip(gxs, w):
        term = (gx * Variable(T(wi))).sum()
        total = term if total is None else total + term
    seconds = L.autograd.grad(total, xs + [go], allow_unused=True)
    return first, [np.zeros_like(a) if s is None else A(s) for s, a in zip(seconds, arrays_in + [g])]


def _modern_second(torch, make, arrays_in, g, w):
    xs = [torch.from_numpy(a.copy()).requires_grad_() for a in arrays_in]
    go = torch.from_numpy(g.copy()).requires_grad_()
    y = make(*xs)
    gxs = torch.autograd.grad(y, xs, go, create_graph=True)
    first = [gx.detach().numpy() for gx in gxs]
    total = sum((gx * torch.from_numpy(wi)).sum() for gx, wi in zip(gxs, w))
    seconds = torch.autograd.grad(total, xs + [go], allow_unused=True)
    # force=True: modern torch may answer a ZeroTensor, which refuses a plain .numpy()
    return first, [np.zeros_like(a) if s is None else s.numpy(force=True)
                   for s, a in zip(seconds, arrays_in + [g])]


def check_second_order(legacy_make, modern_make, arrays_in, g, w, **tol):
    torch = _torch()
    f1, s1 = _legacy_second(legacy_make, list(arrays_in), g, w)
    f2, s2 = _modern_second(torch, modern_make, list(arrays_in), g, w)
    for a, b in zip(f1, f2):
        testing.assert_close(a, b, dtype=F64, **dict(TOL[F64], **tol))
    for a, b in zip(s1, s2):
        testing.assert_close(a, b, dtype=F64, **dict(TOL[F64], **tol))


# lgamma: modern torch's trigamma (its second derivative) is only good to ~1e-9
# relative (checked against mpmath; ours is ~1e-15), so compare at 1e-8.
SECOND_ORDER_TOL = {'lgamma': dict(rtol=1e-8, atol=1e-10)}


@pytest.mark.parametrize('name', sorted(n for n in UNARY if n not in PIECEWISE_CONSTANT))
@SETTINGS
@given(data=st.data())
def test_unary_second_order_parity(name, data):
    a, g = _draw_unary_case(data, name, F64)
    w = data.draw(arrays(F64, -2, 2, shape=a.shape))
    check_second_order(lambda x: getattr(x, name)(),
                       lambda x: getattr(_torch(), name)(x), [a], g, [w],
                       **SECOND_ORDER_TOL.get(name, {}))


@pytest.mark.parametrize('name', PIECEWISE_CONSTANT)
def test_piecewise_constant_ops_have_zero_gradient(name):
    x = V([-1.7, 0.3, 2.2], dtype=np.float64)
    y = getattr(x, name)()
    y.backward(L.DoubleTensor([1, 2, 3]))
    assert A(x.grad).tolist() == [0, 0, 0]


@pytest.mark.parametrize('name', sorted(UNARY))
def test_unary_inplace_variable_gradient_matches_out_of_place(name):
    lo, hi = UNARY[name][1]
    a = np.linspace(lo, hi, 7)[1:-1]
    g = np.linspace(-1, 1, 5)
    x1 = V(a)
    getattr(x1 * 2, name)().backward(T(g))
    x2 = V(a)
    y = x2 * 2
    r = getattr(y, name + '_')()
    assert r is y
    y.backward(T(g))
    testing.assert_close(A(x2.grad), A(x1.grad), dtype=F64, **TOL[F64])


def test_inplace_on_leaf_requiring_grad_raises():
    x = V([1.0, 2.0])
    with pytest.raises(RuntimeError, match='a leaf Variable that requires grad has been used in an '
                                           'in-place operation.'):
        x.exp_()
    with pytest.raises(RuntimeError, match='leaf Variable'):
        x.fill_(1)
    with pytest.raises(RuntimeError, match='leaf Variable'):
        x.clamp_(0, 1)


def test_inplace_then_backward_detects_modified_saved_value():
    x = V([0.5, 1.0])
    y = x * 1
    z = y.log()          # saves y
    y.exp_()
    with pytest.raises(RuntimeError, match='modified by an inplace operation'):
        z.sum().backward()


def test_volatile_inputs_give_volatile_outputs():
    v = Variable(L.FloatTensor([1, 2]), volatile=True)
    r = v.exp()
    assert r.volatile and r.grad_fn is None and not r.requires_grad


# =========================================================================== clamp
def test_clamp_forms_and_values():
    a = np.array([-3.0, -1.0, 0.0, 0.5, 2.0, 7.0], dtype=np.float32)
    t = T(a)
    testing.assert_close(A(t.clamp(-1, 1)), np.asarray(np.clip(a, -1, 1)), dtype=F32, **TOL[F32])
    testing.assert_close(A(t.clamp(min=-1, max=1)), np.asarray(np.clip(a, -1, 1)), dtype=F32, **TOL[F32])
    testing.assert_close(A(L.clamp(t, -1, 1)), np.asarray(np.clip(a, -1, 1)), dtype=F32, **TOL[F32])
    testing.assert_close(A(L.clamp(t, min=0)), np.asarray(np.maximum(a, 0)), dtype=F32, **TOL[F32])
    testing.assert_close(A(t.clamp(max=0.5)), np.asarray(np.minimum(a, 0.5)), dtype=F32, **TOL[F32])
    out = L.FloatTensor()
    assert L.clamp(t, 0, 1, out=out) is out
    testing.assert_close(A(out), np.asarray(np.clip(a, 0, 1)), dtype=F32, **TOL[F32])
    with pytest.raises(ValueError, match='clamp requires specifying at least one of min and max'):
        t.clamp()
    r = t.clamp_(0, 1)
    assert r is t and t._version[0] == 0            # a tensor has no counter in 0.3.1
    testing.assert_close(A(t), np.asarray(np.clip(a, 0, 1)), dtype=F32, **TOL[F32])


def test_clamp_min_above_max_follows_th():
    # TH: x < min ? min : (x > max ? max : x)
    t = L.DoubleTensor([1, 3, 6])
    assert A(t.clamp(5, 2)).tolist() == [5, 5, 2]     # modern torch: [2, 2, 2]


def test_clamp_keeps_nan():
    r = A(L.DoubleTensor([float('nan'), 5]).clamp(0, 1))
    assert np.isnan(r[0]) and r[1] == 1


@pytest.mark.parametrize('kw', [{'min': 0.0}, {'min': -0.0}, {'max': 0.0}, {'max': -0.0}])
def test_clamp_one_bound_keeps_zero_signs_and_nan_like_th(kw):
    # TH keeps x unless it is strictly beyond the bound, so -0.0 and +0.0 stay as they are
    vals = [-0.0, 0.0, -1.5, 2.5, float('nan'), float('inf'), float('-inf')]
    r = A(L.FloatTensor(vals).clamp(**kw))
    bound = kw.get('min', kw.get('max'))
    for x, y in zip(vals, r.tolist()):
        if x != x:
            assert y != y
        elif ('min' in kw and x < bound) or ('max' in kw and x > bound):
            assert y == bound and np.signbit(y) == np.signbit(bound)
        else:
            assert y == x and np.signbit(y) == np.signbit(x)


def test_clamp_printed_negative_zero():
    assert str(L.FloatTensor([-0.0, 2]).clamp(min=0)) == '\n-0\n 2\n[torch.FloatTensor of size 2]\n'


def test_clamp_nan_bound_keeps_values():
    # x < nan and x > nan are false: TH returns x
    r = A(L.DoubleTensor([1.0, -2.0]).clamp(min=float('nan')))
    assert r.tolist() == [1.0, -2.0]
    r = A(L.DoubleTensor([1.0, -2.0]).clamp(max=float('nan')))
    assert r.tolist() == [1.0, -2.0]


@pytest.mark.parametrize('cls', INT_CLASSES, ids=lambda c: c.__name__)
def test_clamp_integer_types(cls):
    vals = [0, 3, 9, 200] if cls is L.ByteTensor else [-9, -2, 0, 3, 9]
    t = cls(vals)
    a = np.array(vals, dtype=t._a.dtype)
    r = t.clamp(1, 8)
    assert type(r) is cls
    np.testing.assert_array_equal(A(r), np.clip(a, 1, 8))
    # the bound is converted to the tensor's type first (truncation), like TH
    np.testing.assert_array_equal(A(t.clamp(min=2.7)), np.maximum(a, 2))


def test_clamp_grad_fn_names_are_the_python_functions_of_03():
    x = V([-1.0, 0.5, 2.0])
    for y, name in ((x.clamp(0, 1), 'ClampBackward'), (x.clamp(min=0), 'CmaxConstantBackward'),
                    (x.clamp(max=1), 'CminConstantBackward'), (L.clamp(x, 0, 1), 'ClampBackward')):
        assert grad_fn_name(y) == name
        assert re.match('^<torch.autograd.function.%s%s' % (name, OBJ_RE), repr(y.grad_fn))


@pytest.mark.parametrize('dtype', FLOAT_DTYPES, ids=str)
@pytest.mark.parametrize('bounds', [(-0.5, 0.7), (-0.5, None), (None, 0.7)], ids=str)
@SETTINGS
@given(data=st.data())
def test_clamp_first_order_parity(bounds, dtype, data):
    torch = _torch()
    lo, hi = bounds
    a = data.draw(arrays(dtype, -2, 2))
    for bound in bounds:
        if bound is not None:
            assume((np.abs(a - bound) > 1e-3).all())
    g = data.draw(arrays(dtype, -2, 2, shape=a.shape))
    x = V(a)
    y = x.clamp(lo, hi) if lo is not None and hi is not None else (
        x.clamp(min=lo) if lo is not None else x.clamp(max=hi))
    y.backward(T(g))
    mx = torch.from_numpy(a.copy()).requires_grad_()
    my = torch.clamp(mx, lo, hi)
    my.backward(torch.from_numpy(g.copy()))
    testing.assert_close(A(y), my.detach().numpy(), dtype=dtype, **TOL[dtype])
    testing.assert_close(A(x.grad), mx.grad.numpy(), dtype=dtype, **TOL[dtype])


@SETTINGS
@given(data=st.data())
def test_clamp_second_order_parity(data):
    a = data.draw(arrays(F64, -2, 2))
    assume((np.abs(np.abs(a) - 0.5) > 1e-3).all())
    g = data.draw(arrays(F64, -2, 2, shape=a.shape))
    w = data.draw(arrays(F64, -2, 2, shape=a.shape))
    check_second_order(lambda x: x.clamp(-0.5, 0.5),
                       lambda x: _torch().clamp(x, -0.5, 0.5), [a], g, [w])


# =========================================================================== binary ops
PAIR_SHAPES = hnp.mutually_broadcastable_shapes(num_shapes=2, min_dims=1, max_dims=3, max_side=3)


def _draw_pair(data, dtype, lo_a, hi_a, lo_b, hi_b):
    shapes = data.draw(PAIR_SHAPES)
    a = data.draw(arrays(dtype, lo_a, hi_a, shape=shapes.input_shapes[0]))
    b = data.draw(arrays(dtype, lo_b, hi_b, shape=shapes.input_shapes[1]))
    g = data.draw(arrays(dtype, -2, 2, shape=shapes.result_shape))
    return a, b, g


def _binary_first(torch, legacy_fn, modern_fn, arrays_in, g, dtype):
    xs = [V(a) for a in arrays_in]
    y = legacy_fn(*xs)
    y.backward(T(g))
    ms = [torch.from_numpy(a.copy()).requires_grad_() for a in arrays_in]
    my = modern_fn(*ms)
    my.backward(torch.from_numpy(g.copy()))
    testing.assert_close(A(y), my.detach().numpy(), dtype=dtype, **TOL[dtype])
    for x, m, a in zip(xs, ms, arrays_in):
        assert A(x.grad).shape == a.shape and A(x.grad).dtype == dtype
        testing.assert_close(A(x.grad), m.grad.numpy(), dtype=dtype, **TOL[dtype])


def _away_from_integer_quotient(a, b):
    q = np.broadcast_to(a, np.broadcast_shapes(a.shape, b.shape)) / b
    return (np.abs(q - np.round(q)) > 1e-3).all()


# (legacy call, modern call, input ranges, filter) for tensor-tensor ops
BINARY = {
    'atan2': (lambda a, b: a.atan2(b), lambda a, b: __import__('torch').atan2(a, b),
              (-3, 3, 0.2, 3), lambda a, b: True),
    'fmod': (lambda a, b: a.fmod(b), lambda a, b: __import__('torch').fmod(a, b),
             (-5, 5, 0.5, 3), _away_from_integer_quotient),
    'fmod_negative_divisor': (lambda a, b: L.fmod(a, b), lambda a, b: __import__('torch').fmod(a, b),
                              (-5, 5, -3, -0.5), _away_from_integer_quotient),
    'remainder': (lambda a, b: a.remainder(b), lambda a, b: __import__('torch').remainder(a, b),
                  (-5, 5, 0.5, 3), _away_from_integer_quotient),
    'remainder_negative_divisor': (lambda a, b: L.remainder(a, b),
                                   lambda a, b: __import__('torch').remainder(a, b),
                                   (-5, 5, -3, -0.5), _away_from_integer_quotient),
    'lerp': (lambda a, b: a.lerp(b, 0.3), lambda a, b: __import__('torch').lerp(a, b, 0.3),
             (-3, 3, -3, 3), lambda a, b: True),
}


@pytest.mark.parametrize('dtype', FLOAT_DTYPES, ids=str)
@pytest.mark.parametrize('name', sorted(BINARY))
@SETTINGS
@given(data=st.data())
def test_binary_first_order_parity(name, dtype, data):
    torch = _torch()
    legacy_fn, modern_fn, (la, ha, lb, hb), ok = BINARY[name]
    a, b, g = _draw_pair(data, dtype, la, ha, lb, hb)
    if name == 'lerp':
        assume(np.broadcast_shapes(a.shape, b.shape) == a.shape)   # 0.3 lerp: end broadcasts to self
    assume(ok(a, b))
    g = np.broadcast_to(g, np.broadcast_shapes(a.shape, b.shape)).copy()
    _binary_first(torch, legacy_fn, modern_fn, [a, b], g, dtype)


@pytest.mark.parametrize('name', sorted(BINARY))
@SETTINGS
@given(data=st.data())
def test_binary_second_order_parity(name, data):
    legacy_fn, modern_fn, (la, ha, lb, hb), ok = BINARY[name]
    a, b, g = _draw_pair(data, F64, la, ha, lb, hb)
    if name == 'lerp':
        assume(np.broadcast_shapes(a.shape, b.shape) == a.shape)
    assume(ok(a, b))
    w = [data.draw(arrays(F64, -2, 2, shape=x.shape)) for x in (a, b)]
    check_second_order(legacy_fn, modern_fn, [a, b], g, w)


def test_binary_grad_fn_names():
    a, b = V([1.5, -2.5]), V([0.7, 0.9])
    assert grad_fn_name(a.atan2(b)) == 'Atan2Backward'
    assert grad_fn_name(a.fmod(2)) == 'FmodBackward0'
    assert grad_fn_name(a.fmod(b)) == 'FmodBackward1'
    assert grad_fn_name(a.remainder(2)) == 'RemainderBackward0'
    assert grad_fn_name(a.remainder(b)) == 'RemainderBackward1'
    assert grad_fn_name(a.lerp(b, 0.5)) == 'LerpBackward'
    assert grad_fn_name(L.addcmul(a, a, b)) == 'AddcmulBackward'
    assert grad_fn_name(a.addcdiv(0.5, a, b)) == 'AddcdivBackward'
    assert re.match('^<Atan2Backward' + OBJ_RE, repr(a.atan2(b).grad_fn))


def test_atan2_values_forms_and_inplace():
    a = np.array([[1.0, -1.0, 0.0], [2.0, -3.0, 0.5]])
    b = np.array([[2.0], [-1.0]])
    expected = np.arctan2(a, b)
    for dtype in FLOAT_DTYPES:
        ta, tb = T(a, dtype), T(b, dtype)
        testing.assert_close(A(ta.atan2(tb)), expected, dtype=dtype, **TOL[dtype])
        testing.assert_close(A(L.atan2(ta, tb)), expected, dtype=dtype, **TOL[dtype])
        out = FLOAT_CLS[dtype]()
        assert L.atan2(ta, tb, out=out) is out
        testing.assert_close(A(out), expected, dtype=dtype, **TOL[dtype])
        assert ta.atan2_(tb) is ta and ta._version[0] == 0
        testing.assert_close(A(ta), expected, dtype=dtype, **TOL[dtype])
    with pytest.raises(RuntimeError, match='The expanded size of the tensor'):
        T(b).atan2_(T(a))
    with pytest.raises(RuntimeError, match='The size of tensor a \\(3\\) must match the size of '
                                           'tensor b \\(4\\) at non-singleton dimension 1'):
        L.DoubleTensor(2, 3).atan2(L.DoubleTensor(2, 4))


def test_binary_type_mismatch_messages():
    f, d = L.FloatTensor([1, 2]), L.DoubleTensor([1, 2])
    with pytest.raises(TypeError, match=re.escape(
            'atan2 received an invalid combination of arguments - got (!torch.DoubleTensor!)')):
        f.atan2(d)
    with pytest.raises(TypeError, match=re.escape('fmod received an invalid combination')):
        f.fmod(d)
    with pytest.raises(RuntimeError, match=re.escape(
            "Expected object of type Variable[torch.FloatTensor] but found type "
            "Variable[torch.DoubleTensor] for argument #1 'other'")):
        Variable(f).remainder(Variable(d))
    with pytest.raises(RuntimeError, match=re.escape(
            "Expected object of type Variable[torch.FloatTensor] but found type "
            "Variable[torch.DoubleTensor] for argument #1 'end'")):
        Variable(f).lerp(Variable(d), 0.5)
    with pytest.raises(RuntimeError, match=re.escape("for argument #2 'tensor2'")):
        Variable(f).addcmul(Variable(f), Variable(d))
    with pytest.raises(TypeError) as e:            # ATen's one atan2(Tensor other)
        Variable(f).atan2(f)
    assert str(e.value) == ("atan2(): argument 'other' (position 1) must be Variable, not "
                            "torch.FloatTensor")


@pytest.mark.parametrize('dtype', FLOAT_DTYPES, ids=str)
def test_fmod_and_remainder_float_values(dtype):
    a = np.array([-7.5, -7, -0.5, 0, 0.5, 7, 7.5], dtype=dtype)
    for div in (3.0, -3.0, 0.7):
        testing.assert_close(A(T(a).fmod(div)), np.asarray(np.fmod(a, dtype.type(div))), dtype=dtype, **TOL[dtype])
        testing.assert_close(A(T(a).remainder(div)), np.asarray(a - dtype.type(div) * np.floor(a / dtype.type(div))), dtype=dtype, **TOL[dtype])
        # sign conventions: fmod follows the dividend, remainder the divisor
        assert (np.sign(A(T(a).fmod(div))) * np.sign(a) >= 0).all()
        assert (np.sign(A(T(a).remainder(div))) * np.sign(div) >= 0).all()
    b = np.array([3, -3, 2, 1, 4, -2, 0.7], dtype=dtype)
    testing.assert_close(A(L.fmod(T(a), T(b))), np.asarray(np.fmod(a, b)), dtype=dtype, **TOL[dtype])
    testing.assert_close(A(L.remainder(T(a), T(b))), np.asarray(a - b * np.floor(a / b)), dtype=dtype, **TOL[dtype])
    out = FLOAT_CLS[dtype]()
    assert L.fmod(T(a), T(b), out=out) is out
    testing.assert_close(A(out), np.asarray(np.fmod(a, b)), dtype=dtype, **TOL[dtype])
    assert L.remainder(T(a), 3, out=out) is out
    testing.assert_close(A(out), np.asarray(a - 3 * np.floor(a / 3)), dtype=dtype, **TOL[dtype])
    t = T(a)
    assert t.fmod_(2) is t and t._version[0] == 0
    testing.assert_close(A(t), np.asarray(np.fmod(a, 2)), dtype=dtype, **TOL[dtype])
    assert t.remainder_(T(b)) is t and t._version[0] == 0
    v = Variable(T(a))
    assert v.fmod_(2) is v and v._version == 1
    assert v.remainder_(Variable(T(b))) is v and v._version == 2


@pytest.mark.parametrize('cls', INT_CLASSES, ids=lambda c: c.__name__)
def test_fmod_and_remainder_integer_c_semantics(cls):
    if cls is L.ByteTensor:
        t = cls([7, 8, 255])
        assert A(t.fmod(3)).tolist() == [1, 2, 0]
        assert A(t.remainder(3)).tolist() == [1, 2, 0]
        return
    t = cls([-7, 7, -6, 5])
    assert A(t.fmod(3)).tolist() == [-1, 1, 0, 2]
    assert A(t.fmod(-3)).tolist() == [-1, 1, 0, 2]
    assert A(t.remainder(3)).tolist() == [2, 1, 0, 2]
    assert A(t.remainder(-3)).tolist() == [-1, -2, 0, -1]
    assert A(t.fmod(cls([3, -3, 4, 5]))).tolist() == [-1, 1, -2, 0]
    assert A(t.remainder(cls([3, -3, 4, 5]))).tolist() == [2, -2, 2, 0]
    assert type(t.fmod(3)) is cls
    with pytest.raises(RuntimeError, match='ZeroDivisionError'):
        t.fmod(0)
    with pytest.raises(RuntimeError, match='ZeroDivisionError'):
        t.remainder(cls([1, 0, 1, 1]))
    # a float divisor is converted to the tensor's type (truncated) like TH
    assert A(t.fmod(3.9)).tolist() == [-1, 1, 0, 2]


def test_fmod_scalar_gradient_is_identity():
    x = V([1.5, -2.5, 4.0])
    x.fmod(2).sum().backward()
    assert A(x.grad).tolist() == [1, 1, 1]
    x2 = V([1.5, -2.5, 4.0])
    x2.remainder(-2).sum().backward()
    assert A(x2.grad).tolist() == [1, 1, 1]


def test_lerp_values_and_forms():
    for dtype in FLOAT_DTYPES:
        a = np.array([[0.0, 1.0], [2.0, -4.0]], dtype=dtype)
        e = np.array([10.0, -1.0], dtype=dtype)
        expected = a + dtype.type(0.25) * (e - a)
        testing.assert_close(A(T(a).lerp(T(e), 0.25)), expected, dtype=dtype, **TOL[dtype])
        testing.assert_close(A(L.lerp(T(a), T(e), 0.25)), expected, dtype=dtype, **TOL[dtype])
        out = FLOAT_CLS[dtype]()
        assert L.lerp(T(a), T(e), 0.25, out=out) is out
        t = T(a)
        assert t.lerp_(T(e), 0.25) is t and t._version[0] == 0
        testing.assert_close(A(t), expected, dtype=dtype, **TOL[dtype])
    with pytest.raises(AttributeError, match="'torch.LongTensor' object has no attribute 'lerp'"):
        L.LongTensor([1]).lerp(L.LongTensor([2]), 0.5)
    with pytest.raises(TypeError, match="Type torch.LongTensor doesn't implement stateless method lerp"):
        L.lerp(L.LongTensor([1]), L.LongTensor([2]), 0.5)


# =========================================================================== addcmul / addcdiv
@pytest.mark.parametrize('dtype', FLOAT_DTYPES, ids=str)
def test_addcmul_addcdiv_forms(dtype):
    s = np.array([[1.0, 2.0, 3.0]], dtype=dtype)
    t1 = np.array([[0.5], [2.0]], dtype=dtype)
    t2 = np.array([4.0, -2.0, 8.0], dtype=dtype)
    v = dtype.type(0.5)
    mul1, mul_v = s + t1 * t2, s + v * t1 * t2
    div1, div_v = s + t1 / t2, s + v * t1 / t2
    S, T1, T2 = T(s), T(t1), T(t2)
    testing.assert_close(A(S.addcmul(T1, T2)), mul1, dtype=dtype, **TOL[dtype])
    testing.assert_close(A(S.addcmul(0.5, T1, T2)), mul_v, dtype=dtype, **TOL[dtype])
    testing.assert_close(A(S.addcmul(T1, T2, value=0.5)), mul_v, dtype=dtype, **TOL[dtype])
    testing.assert_close(A(L.addcmul(S, 0.5, T1, T2)), mul_v, dtype=dtype, **TOL[dtype])
    testing.assert_close(A(L.addcmul(S, T1, T2, value=0.5)), mul_v, dtype=dtype, **TOL[dtype])
    testing.assert_close(A(L.addcmul(S, value=0.5, tensor1=T1, tensor2=T2)), mul_v, dtype=dtype, **TOL[dtype])
    testing.assert_close(A(S.addcdiv(T1, T2)), div1, dtype=dtype, **TOL[dtype])
    testing.assert_close(A(S.addcdiv(0.5, T1, T2)), div_v, dtype=dtype, **TOL[dtype])
    testing.assert_close(A(L.addcdiv(S, T1, T2, value=0.5)), div_v, dtype=dtype, **TOL[dtype])
    out = FLOAT_CLS[dtype]()
    assert L.addcdiv(S, 0.5, T1, T2, out=out) is out
    testing.assert_close(A(out), div_v, dtype=dtype, **TOL[dtype])
    assert A(S).tolist() == s.tolist()
    # in place: the result must keep self's shape
    full = T(np.ones((2, 3), dtype=dtype))
    assert full.addcmul_(0.5, T1, T2) is full and full._version[0] == 0
    testing.assert_close(A(full), np.asarray(1 + v * t1 * t2), dtype=dtype, **TOL[dtype])
    full2 = T(np.ones((2, 3), dtype=dtype))
    full2.addcdiv_(T1, T2, value=0.5)
    testing.assert_close(A(full2), np.asarray(1 + v * t1 / t2), dtype=dtype, **TOL[dtype])
    with pytest.raises(RuntimeError, match='The expanded size of the tensor'):
        S.addcmul_(T1, T2)
    # cwrap's list, every argument given shown and marked against the option of its length
    tn = S.type()
    head = 'addcmul received an invalid combination of arguments - got '
    opts = (' * (%s tensor1, %s tensor2)\n' % (tn, tn),
            ' * (float value, %s tensor1, %s tensor2)\n' % (tn, tn))
    with pytest.raises(TypeError) as info:
        S.addcmul(T1)
    assert str(info.value) == head + '(%s), but expected one of:\n' % tn + ''.join(opts)
    with pytest.raises(TypeError) as info:
        S.addcmul(T1, 3)
    assert str(info.value) == (
        head + '(%s, int), but expected one of:\n' % tn + opts[0] +
        "      didn't match because some of the arguments have invalid types: (%s, !int!)\n" % tn
        + opts[1])


@pytest.mark.parametrize('cls', [L.LongTensor, L.IntTensor, L.ShortTensor], ids=lambda c: c.__name__)
def test_addcmul_addcdiv_integer_types(cls):
    s, t1, t2 = cls([1, 1, 1]), cls([7, -7, 6]), cls([2, 2, -4])
    assert A(s.addcmul(2, t1, t2)).tolist() == [29, -27, -47]
    # integer division truncates toward zero (C), (value * t1) / t2
    assert A(s.addcdiv(t1, t2)).tolist() == [4, -2, 0]
    assert type(s.addcdiv(t1, t2)) is cls
    with pytest.raises(RuntimeError, match='ZeroDivisionError'):
        s.addcdiv(t1, cls([1, 0, 1]))


ADDC = {
    'addcmul': (lambda s, a, b: s.addcmul(0.7, a, b),
                lambda s, a, b: __import__('torch').addcmul(s, a, b, value=0.7), (-3, 3)),
    'addcdiv': (lambda s, a, b: L.addcdiv(s, a, b, value=0.7),
                lambda s, a, b: __import__('torch').addcdiv(s, a, b, value=0.7), (0.5, 3)),
}


def _draw_triple(data, dtype, lo_b, hi_b):
    shapes = data.draw(hnp.mutually_broadcastable_shapes(num_shapes=3, min_dims=1, max_dims=3,
                                                         max_side=3))
    s = data.draw(arrays(dtype, -3, 3, shape=shapes.input_shapes[0]))
    a = data.draw(arrays(dtype, -3, 3, shape=shapes.input_shapes[1]))
    b = data.draw(arrays(dtype, lo_b, hi_b, shape=shapes.input_shapes[2]))
    sign = data.draw(st.sampled_from([1, -1]))
    g = data.draw(arrays(dtype, -2, 2, shape=shapes.result_shape))
    return s, a, (b * sign).astype(dtype), g


@pytest.mark.parametrize('dtype', FLOAT_DTYPES, ids=str)
@pytest.mark.parametrize('name', sorted(ADDC))
@SETTINGS
@given(data=st.data())
def test_addc_first_order_parity(name, dtype, data):
    torch = _torch()
    legacy_fn, modern_fn, (lo, hi) = ADDC[name]
    s, a, b, g = _draw_triple(data, dtype, lo, hi)
    _binary_first(torch, legacy_fn, modern_fn, [s, a, b], g, dtype)


@pytest.mark.parametrize('name', sorted(ADDC))
@SETTINGS
@given(data=st.data())
def test_addc_second_order_parity(name, data):
    legacy_fn, modern_fn, (lo, hi) = ADDC[name]
    s, a, b, g = _draw_triple(data, F64, lo, hi)
    w = [data.draw(arrays(F64, -2, 2, shape=x.shape)) for x in (s, a, b)]
    check_second_order(legacy_fn, modern_fn, [s, a, b], g, w)


# =========================================================================== fill_ / zero_
@pytest.mark.parametrize('cls', [L.FloatTensor, L.DoubleTensor] + INT_CLASSES, ids=lambda c: c.__name__)
def test_fill_and_zero_on_all_types(cls):
    t = cls([[1, 2, 3], [4, 5, 6]])
    view = t[1]
    r = t.fill_(7)
    assert r is t and t._version[0] == 0 and view._version[0] == 0     # no counter on tensors
    assert A(t).tolist() == [[7] * 3] * 2 and A(view).tolist() == [7] * 3
    assert A(t).dtype == cls([1])._a.dtype
    assert t.zero_() is t and t._version[0] == 0
    v = Variable(cls([[1, 2, 3], [4, 5, 6]]))
    vview = v[1]
    assert v.fill_(7) is v and v._version == 1 and vview._version == 1
    assert v.zero_() is v and v._version == 2 and vview._version == 2
    assert A(t).tolist() == [[0] * 3] * 2
    view.fill_(2)
    assert A(t).tolist() == [[0, 0, 0], [2, 2, 2]]


def test_fill_converts_like_th():
    assert A(L.LongTensor(3).fill_(2.9)).tolist() == [2, 2, 2]
    assert A(L.ByteTensor(2).fill_(-1)).tolist() == [255, 255]
    assert A(L.FloatTensor(2).fill_(0.1)).tolist() == [np.float32(0.1)] * 2
    with pytest.raises(TypeError) as e:         # cwrap's one form (Tensor.cwrap fill_)
        L.FloatTensor(2).fill_('a')
    assert str(e.value) == ('fill_ received an invalid combination of arguments - got (!str!), '
                            'but expected (float value)')


def test_fill_and_zero_on_variables():
    x = V([1.0, 2.0, 3.0])
    y = x * 2
    assert y.fill_(5) is y
    assert grad_fn_name(y) == 'FillBackward'
    assert re.match('^<FillBackward' + OBJ_RE, repr(y.grad_fn))
    (y * x).sum().backward()
    assert A(x.grad).tolist() == [5, 5, 5]        # only through the second factor
    z = x * 3
    z.zero_()
    assert grad_fn_name(z) == 'ZeroBackward'
    assert A(z).tolist() == [0, 0, 0]
    z.sum().backward()
    assert A(x.grad).tolist() == [5, 5, 5]        # zero gradient added
    plain = Variable(L.FloatTensor([1, 2]))
    plain.fill_(3)
    assert plain.grad_fn is None and A(plain).tolist() == [3, 3]


def test_fill_zero_parity_with_modern():
    torch = _torch()
    x = V([1.0, 2.0])
    y = x * 2
    y.fill_(4)
    (y * x).sum().backward()
    mx = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
    my = mx * 2
    my.fill_(4)
    (my * mx).sum().backward()
    testing.assert_close(A(x.grad), mx.grad.numpy(), dtype=F64, **TOL[F64])


# =========================================================================== misc
def test_surface_is_attached():
    names = list(UNARY) + ['clamp', 'atan2', 'fmod', 'remainder', 'lerp', 'addcmul', 'addcdiv']
    for name in names:
        assert callable(getattr(L, name)), name
        assert hasattr(L.FloatTensor, name) and hasattr(Variable, name), name
        assert hasattr(L.FloatTensor, name + '_') and hasattr(Variable, name + '_'), name
    for name in ('fill_', 'zero_'):
        assert hasattr(L.FloatTensor, name) and hasattr(Variable, name)


def test_modern_spellings_in_registry_run():
    torch = _torch()
    from legacy_autograd.ops.registry import OPS
    x = torch.tensor([0.3, 0.6], dtype=torch.float64)
    for name in UNARY:
        r = OPS[name].modern(torch, x)
        np.testing.assert_allclose(r.numpy(), A(getattr(T(x.numpy()), name)()), rtol=1e-10)
    assert OPS['clamp'].modern(torch, x, min=0.4, max=0.5).tolist() == [0.4, 0.5]
    assert OPS['fmod_scalar'].modern(torch, x, other=0.25).numpy().round(12).tolist() == [0.05, 0.1]
    assert OPS['polygamma'].modern(torch, x, n=0).shape == x.shape
