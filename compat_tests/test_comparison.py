"""Comparisons (``legacy_autograd/ops/comparison.py``): eq ne lt le gt ge, operators,
equal, ByteTensor.all/any.

0.3: results are ByteTensors of 0/1 (Variables holding one), never bools and
never differentiable; in-place variants keep self's type; no type promotion.
"""
import operator
import re

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from legacy_autograd.tensor import array_to_tensor
import legacy_autograd as L
from legacy_autograd.autograd import Variable

SETTINGS = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
OPS = {'eq': np.equal, 'ne': np.not_equal, 'lt': np.less, 'le': np.less_equal,
       'gt': np.greater, 'ge': np.greater_equal}
OPERATORS = {'eq': operator.eq, 'ne': operator.ne, 'lt': operator.lt, 'le': operator.le,
             'gt': operator.gt, 'ge': operator.ge}
REFLECTED = {'eq': 'eq', 'ne': 'ne', 'lt': 'gt', 'le': 'ge', 'gt': 'lt', 'ge': 'le'}
CLASSES = [L.FloatTensor, L.DoubleTensor, L.LongTensor, L.IntTensor, L.ShortTensor, L.CharTensor,
           L.ByteTensor]
DTYPE = {cls: cls([0])._a.dtype for cls in CLASSES}


def T(a, dtype=None):
    # int8 too (CharTensor), which 0.3.1's torch.from_numpy refused
    return array_to_tensor(np.array(a, dtype=dtype, copy=True))


def A(x):
    return x.data._a if isinstance(x, Variable) else x._a


def values(cls):
    if DTYPE[cls].kind == 'f':
        # few distinct values, so that equality happens often
        return st.sampled_from([-2.0, -0.5, 0.0, 0.5, 1.0, 3.0])
    if cls is L.ByteTensor:
        return st.integers(0, 5)
    return st.integers(-3, 3)


def pair(cls):
    @st.composite
    def strategy(draw):
        shapes = draw(hnp.mutually_broadcastable_shapes(num_shapes=2, min_dims=1, max_dims=3,
                                                        max_side=3))
        a = draw(hnp.arrays(DTYPE[cls], shapes.input_shapes[0], elements=values(cls)))
        b = draw(hnp.arrays(DTYPE[cls], shapes.input_shapes[1], elements=values(cls)))
        return a, b
    return strategy()


# =========================================================================== values
@pytest.mark.parametrize('cls', CLASSES, ids=lambda c: c.__name__)
@pytest.mark.parametrize('name', sorted(OPS))
@SETTINGS
@given(data=st.data())
def test_tensor_tensor_with_broadcasting(name, cls, data):
    a, b = data.draw(pair(cls))
    expected = OPS[name](a, b).astype(np.uint8)
    ta, tb = T(a), T(b)
    for r in (getattr(ta, name)(tb), getattr(L, name)(ta, tb), OPERATORS[name](ta, tb)):
        assert type(r) is L.ByteTensor
        assert A(r).dtype == np.uint8
        np.testing.assert_array_equal(A(r), expected)
    v = OPERATORS[name](Variable(ta), Variable(tb))
    assert isinstance(v, Variable) and type(v.data) is L.ByteTensor
    np.testing.assert_array_equal(A(v), expected)
    np.testing.assert_array_equal(A(ta), a)


@pytest.mark.parametrize('cls', CLASSES, ids=lambda c: c.__name__)
@pytest.mark.parametrize('name', sorted(OPS))
@SETTINGS
@given(data=st.data())
def test_tensor_scalar_and_reflected(name, cls, data):
    a = data.draw(hnp.arrays(DTYPE[cls], hnp.array_shapes(min_dims=1, max_dims=3, max_side=4),
                             elements=values(cls)))
    s = data.draw(values(cls))
    expected = OPS[name](a, s).astype(np.uint8)
    t = T(a)
    for r in (getattr(t, name)(s), getattr(L, name)(t, s), OPERATORS[name](t, s)):
        assert type(r) is L.ByteTensor
        np.testing.assert_array_equal(A(r), expected)
    # number on the left: Python reflects  s < t  into  t > s
    reflected = OPERATORS[name](s, t)
    assert type(reflected) is L.ByteTensor
    np.testing.assert_array_equal(A(reflected), OPS[REFLECTED[name]](a, s).astype(np.uint8))
    v = getattr(Variable(t), name)(s)
    assert type(v.data) is L.ByteTensor
    np.testing.assert_array_equal(A(v), expected)


def test_scalar_is_converted_to_the_tensor_type_first():
    # TH converts the number to the tensor's type: 1.5 becomes 1 for a LongTensor
    assert A(L.LongTensor([1, 2]) == 1.5).tolist() == [1, 0]
    assert A(L.FloatTensor([1, 2]) == 1.5).tolist() == [0, 0]


def test_nan_comparisons():
    t = L.DoubleTensor([float('nan'), 1.0])
    assert A(t == t).tolist() == [0, 1]
    assert A(t != t).tolist() == [1, 0]
    assert A(t < 2).tolist() == [0, 1]


@pytest.mark.parametrize('name', sorted(OPS))
def test_comparison_parity_with_modern(name):
    torch = pytest.importorskip('torch')
    rng = np.random.RandomState(0)
    a = rng.randint(-2, 3, size=(3, 4)).astype(np.float32)
    b = rng.randint(-2, 3, size=(1, 4)).astype(np.float32)
    mine = A(getattr(L, name)(T(a), T(b)))
    modern = getattr(torch, name)(torch.from_numpy(a), torch.from_numpy(b)).to(torch.uint8).numpy()
    np.testing.assert_array_equal(mine, modern)
    np.testing.assert_array_equal(A(getattr(T(a), name)(0.0)),
                                  getattr(torch, name)(torch.from_numpy(a), 0.0).to(torch.uint8).numpy())
    from legacy_autograd.ops.registry import OPS as REG
    np.testing.assert_array_equal(REG[name].modern(torch, torch.from_numpy(a), torch.from_numpy(b)).numpy(),
                                  mine)


def test_sum_of_comparison_is_a_python_int():
    pred, y = L.LongTensor([1, 2, 3, 4]), L.LongTensor([1, 0, 3, 0])
    c = (pred == y).sum()
    assert c == 2 and isinstance(c, int)


# =========================================================================== Variables
def test_variable_comparisons_are_recorded_with_zero_gradients():
    # 0.3.1 recorded comparisons like any op: the ByteTensor result requires grad, its node is
    # <Op>Backward0 (with a number) / <Op>Backward1 (with a tensor), the gradient is zeros
    x = Variable(L.DoubleTensor([-1, 0, 2]), requires_grad=True)
    names = []
    for r in (x > 0, x == x, L.lt(x, 1), x.ge(x * 2)):
        assert isinstance(r, Variable) and type(r.data) is L.ByteTensor
        assert r.requires_grad
        names.append(type(r.grad_fn).__name__)
    assert names == ['GtBackward0', 'EqBackward1', 'LtBackward0', 'GeBackward1']
    assert A(x > 0).tolist() == [0, 0, 1]
    r = x.gt(Variable(L.DoubleTensor([0])))         # broadcast: zeros of each input's shape
    other = r.grad_fn.next_functions[1]
    r.backward(Variable(L.DoubleTensor([1, 1, 1])))  # any gradient type (0.3.1 never looked)
    assert A(x.grad).tolist() == [0, 0, 0]
    assert other[0] is None
    g, = L.autograd.grad([(x < 1)], [x], [Variable(L.ByteTensor([1, 1, 1]))])
    assert type(g.data) is L.DoubleTensor and A(g).tolist() == [0, 0, 0]
    assert not (Variable(L.FloatTensor([1])) > 0).requires_grad
    vol = Variable(L.FloatTensor([1]), volatile=True)
    assert (vol > 0).volatile and not (vol > 0).requires_grad


def test_inplace_comparison_on_variable_is_recorded_with_zero_gradient():
    x = Variable(L.DoubleTensor([-1, 0, 2]), requires_grad=True)
    y = x * 2
    assert y.gt_(0) is y
    assert type(y.grad_fn).__name__ == 'GtBackward0'
    assert re.match(r'^<GtBackward0 object at 0x[0-9a-f]+>$', repr(y.grad_fn))
    assert type(y.data) is L.DoubleTensor and A(y).tolist() == [0, 0, 1]
    (y * x).sum().backward()
    assert A(x.grad).tolist() == [0, 0, 1]          # only through the second factor
    w = x * 1
    w.eq_(x)
    assert type(w.grad_fn).__name__ == 'EqBackward1'
    with pytest.raises(RuntimeError, match='a leaf Variable that requires grad'):
        x.lt_(0)


@pytest.mark.parametrize('name', sorted(OPS))
def test_inplace_keeps_type_and_bumps_only_variables(name):
    a = np.array([[-1.0, 0.0, 2.0], [3.0, 0.5, -2.0]], dtype=np.float32)
    b = np.array([0.0, 0.5, 2.0], dtype=np.float32)
    t = T(a)
    view = t[0]
    r = getattr(t, name + '_')(T(b))
    assert r is t and type(t) is L.FloatTensor and A(t).dtype == np.float32
    assert t._version[0] == 0 and view._version[0] == 0     # 0.3.1: tensors have no counter
    v = Variable(T(a))
    vview = v[0]
    assert getattr(v, name + '_')(Variable(T(b))) is v
    assert v._version == 1 and vview._version == 1          # a Variable's view shares it
    np.testing.assert_array_equal(A(v), OPS[name](a, b).astype(np.float32))
    np.testing.assert_array_equal(A(t), OPS[name](a, b).astype(np.float32))
    t2 = L.LongTensor([1, 2, 3])
    getattr(t2, name + '_')(2)
    np.testing.assert_array_equal(A(t2), OPS[name](np.array([1, 2, 3]), 2).astype(np.int64))
    with pytest.raises(RuntimeError) as e:          # (3,) cannot take a (2, 3) operand in place
        getattr(T(b), name + '_')(T(a))
    assert str(e.value) == ('invalid argument 1: the number of sizes provided must be greater '
                            'or equal to the number of dimensions in the tensor')
    with pytest.raises(RuntimeError) as e:
        getattr(T(a), name + '_')(T(np.ones((2, 2), np.float32)))
    assert str(e.value) == ('The expanded size of the tensor (3) must match the existing size '
                            '(2) at non-singleton dimension 1.')


# =========================================================================== out=, errors, printing
def test_out_argument():
    a, b = L.FloatTensor([1, 2, 3]), L.FloatTensor([2, 2, 2])
    out = L.ByteTensor()
    assert L.lt(a, b, out=out) is out
    assert A(out).tolist() == [1, 0, 0] and out._version[0] == 0     # no counter on tensors
    same = L.FloatTensor(3)
    assert L.ge(a, 2, out=same) is same
    assert type(same) is L.FloatTensor and A(same).tolist() == [0, 1, 1]
    with pytest.raises(TypeError, match='out= tensor has type torch.LongTensor'):
        L.eq(a, b, out=L.LongTensor())


def test_type_mismatch_messages():
    f, d = L.FloatTensor([1, 2]), L.DoubleTensor([1, 2])
    with pytest.raises(TypeError, match=re.escape(
            'eq received an invalid combination of arguments - got (!torch.DoubleTensor!), but expected')):
        f == d
    with pytest.raises(TypeError, match=re.escape("(!torch.DoubleTensor!)")):
        f.lt(d)
    with pytest.raises(RuntimeError, match=re.escape(
            "Expected object of type Variable[torch.FloatTensor] but found type "
            "Variable[torch.DoubleTensor] for argument #1 'other'")):
        Variable(f) > Variable(d)
    with pytest.raises(TypeError, match='invalid combination of arguments'):
        Variable(f) == f
    with pytest.raises(TypeError, match='invalid combination of arguments'):
        f == Variable(f)
    with pytest.raises(TypeError, match=re.escape('eq received an invalid combination of arguments '
                                                  '- got (NoneType)')):
        f == None  # noqa: E711
    with pytest.raises(TypeError, match='got \\(str\\)'):
        f.gt('a')


def test_printing_a_comparison_result():
    # torch.ge docstring example of 0.3 (spec.md 8.1 item 2)
    r = L.ge(L.Tensor([[1, 2], [3, 4]]), L.Tensor([[1, 1], [4, 4]]))
    assert repr(r) == '\n 1  1\n 0  1\n[torch.ByteTensor of size 2x2]\n'
    assert str(r) == repr(r)
    v = Variable(L.FloatTensor([1, 5])) > 2
    assert repr(v) == 'Variable containing:\n 0\n 1\n[torch.ByteTensor of size 2]\n'


def test_hash_stays_identity():
    t = L.FloatTensor([1, 2])
    v = Variable(t)
    assert hash(t) == id(t) and hash(v) == id(v)
    d = {t: 1, v: 2}
    assert d[t] == 1 and d[v] == 2
    assert t in [t] and v in {v}


# =========================================================================== equal, all, any
def test_equal():
    a = L.FloatTensor([[1, 2], [3, 4]])
    assert L.equal(a, a.clone()) is True
    assert a.equal(L.FloatTensor([[1, 2], [3, 5]])) is False
    assert L.equal(a, L.FloatTensor([1, 2, 3, 4])) is False          # same numel, other size
    assert L.equal(L.DoubleTensor([float('nan')]), L.DoubleTensor([float('nan')])) is False
    assert L.equal(Variable(a), Variable(a.clone())) is True
    with pytest.raises(TypeError) as e:     # the function form: 0.3.1's stateless parser
        L.equal(a, L.DoubleTensor([[1, 2], [3, 4]]))
    assert str(e.value) == ('torch.equal received an invalid combination of arguments - got '
                            '(torch.FloatTensor, !torch.DoubleTensor!), but expected '
                            '(torch.FloatTensor source, torch.FloatTensor other)')
    with pytest.raises(TypeError, match='expected tensors'):
        L.equal(a, [1, 2])


def test_equal_parity_with_modern():
    torch = pytest.importorskip('torch')
    x = np.array([[1.0, 2.0]], dtype=np.float32)
    for y in (x.copy(), x + 1, x.reshape(2, 1)):
        assert L.equal(T(x), T(y)) == torch.equal(torch.from_numpy(x), torch.from_numpy(y))


def test_byte_tensor_all_any():
    assert L.ByteTensor([1, 1, 2]).all() is True
    assert L.ByteTensor([1, 0]).all() is False
    assert L.ByteTensor([0, 0]).any() is False
    assert L.ByteTensor([[0, 0], [0, 3]]).any() is True
    assert L.ByteTensor().all() is True and L.ByteTensor().any() is False
    assert (L.FloatTensor([1, 2]) > 0).all() is True
    with pytest.raises(AttributeError, match="object has no attribute 'all'"):
        L.FloatTensor([1]).all()
    assert not hasattr(L.LongTensor([1]), 'any')
    assert not hasattr(Variable(L.ByteTensor([1])), 'all')
