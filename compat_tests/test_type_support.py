"""Which tensor types have which ops: 0.3.1's cwrap ``types:`` (legacy_autograd/ops/type_support.py).

0.3.1 generated the floating-point-only ops (exp, mean, pow, sigmoid, the LAPACK ops, the
random fills, ...) for FloatTensor and DoubleTensor only, and abs/neg for every type but Byte
and Char.  Old code calling one on another type met an AttributeError (tensor method or
operator), a TypeError from the stateless dispatcher (``torch.<op>(tensor)``) or ATen's
RuntimeError (Variables).  These tests pin the three texts and check that the table agrees
with the op schema, so a declared op cannot silently lose or gain a type.
"""
import re

import numpy as np
import pytest

import legacy_autograd as L
from legacy_autograd.autograd import Variable
from legacy_autograd.ops import type_support
from legacy_autograd.ops.schema import TENSOR_METHODS, TORCH_FUNCTIONS

INTEGER = (L.ByteTensor, L.CharTensor, L.ShortTensor, L.IntTensor, L.LongTensor)
FLOATING = (L.FloatTensor, L.DoubleTensor)


def _aten(typename):
    return 'CPU%sType' % typename[len('torch.'):-len('Tensor')]


def test_every_floating_only_method_is_missing_on_every_integer_type():
    names = sorted(n for n in type_support.FLOATING_ONLY if n in TENSOR_METHODS)
    assert len(names) >= 80             # the table is 0.3.1's, not a sample of it
    for cls in INTEGER:
        t = cls([1, 2])
        present = [n for n in names if hasattr(t, n)]
        assert present == [], (cls.__name__, present)


def test_floating_types_keep_every_method():
    names = sorted(n for n in type_support.FLOATING_ONLY | type_support.SIGNED_WIDE_ONLY
                   if n in TENSOR_METHODS)
    for cls in FLOATING:
        t = cls([1.0, 2.0])
        assert [n for n in names if not hasattr(t, n)] == []
        assert [n for n in names if isinstance(getattr(cls, n), type_support.MissingMethod)] == []


def test_integer_types_keep_the_ops_every_type_had():
    # add, sum, sign, clamp, fmod, ... were declared for all types in 0.3.1
    for cls in INTEGER:
        t = cls([3, 1, 2])
        assert t.add(1).tolist() == [4, 2, 3]
        assert t.sum() == 6
        assert t.sign().tolist() == [1, 1, 1]
        assert t.clamp(min=2).tolist() == [3, 2, 2]
        assert t.fmod(2).tolist() == [1, 1, 0]
        assert (t * 2).tolist() == [6, 2, 4]
        assert t.max() == 3
    for cls in (L.ShortTensor, L.IntTensor, L.LongTensor):
        assert cls([-3, 1]).abs().tolist() == [3, 1]
        assert (-cls([-3, 1])).tolist() == [3, -1]
        assert L.neg(Variable(cls([2]))).data.tolist() == [-2]


@pytest.mark.parametrize('cls', INTEGER, ids=lambda c: c.__name__)
@pytest.mark.parametrize('name, args', [
    ('mean', ()), ('std', ()), ('var', ()), ('norm', ()), ('sigmoid', ()), ('tanh', ()),
    ('pow', (2,)), ('reciprocal', ()), ('round', ()), ('floor', ()), ('ceil', ()),
    ('trunc', ()), ('frac', ()), ('histc', ()), ('lerp', ('self', 0.5)), ('dist', ('self',)),
    ('atan2', ('self',)), ('inverse', ()), ('potrf', ()), ('symeig', ()), ('svd', ()),
    ('multinomial', (1,)), ('bernoulli', ()),
])
def test_the_three_errors(cls, name, args):
    t = cls([[1, 2], [2, 1]])
    tn = t.type()
    a = tuple(t if x == 'self' else x for x in args)
    with pytest.raises(AttributeError, match="^'%s' object has no attribute '%s'$" % (re.escape(tn), name)):
        getattr(t, name)(*a)
    if name in TORCH_FUNCTIONS:
        with pytest.raises(TypeError, match="^Type %s doesn't implement stateless method %s$"
                           % (re.escape(tn), name)):
            getattr(L, name)(t, *a)
    v = Variable(t)
    va = tuple(Variable(x) if x is t else x for x in a)
    if name in type_support.TENSOR_METHOD_REACHED:
        # 0.3.1's Variable.multinomial/bernoulli were Python Functions calling the tensor method
        with pytest.raises(AttributeError, match="^'%s' object has no attribute '%s'$"
                           % (re.escape(tn), name)):
            getattr(v, name)(*va)
    else:
        # ATen's Type base class; var and std were Python methods of Variable calling mean
        reached = {'var': 'mean', 'std': 'mean'}.get(name, name)
        with pytest.raises(RuntimeError, match='^%s is not implemented for type %s$'
                           % (reached, _aten(tn))):
            getattr(v, name)(*va)
    np.testing.assert_array_equal(t.numpy(), [[1, 2], [2, 1]])      # nothing was written


@pytest.mark.parametrize('cls', INTEGER, ids=lambda c: c.__name__)
def test_pow_operators_on_integer_types(cls):
    t = cls([1, 2])
    tn = t.type()
    with pytest.raises(AttributeError, match="^'%s' object has no attribute 'pow'$" % re.escape(tn)):
        t ** 2
    with pytest.raises(AttributeError, match="^'%s' object has no attribute 'pow_'$" % re.escape(tn)):
        t **= 2
    # Tensor.__rpow__ is torch.pow(other, self): the stateless dispatcher
    with pytest.raises(TypeError, match="^Type %s doesn't implement stateless method pow$" % re.escape(tn)):
        2 ** t
    with pytest.raises(RuntimeError, match='^pow is not implemented for type %s$' % _aten(tn)):
        Variable(t) ** 2
    assert t.tolist() == [1, 2]


def test_floating_ops_still_run_on_float_and_double():
    for cls in FLOATING:
        t = cls([1.0, 4.0])
        assert t.sqrt().tolist() == [1.0, 2.0]
        assert L.mean(t) == 2.5
        assert (t ** 2).tolist() == [1.0, 16.0]
        v = Variable(t, requires_grad=True)
        (v ** 2).sum().backward()
        assert v.grad.data.tolist() == [2.0, 8.0]


def test_lacks_table():
    assert type_support.lacks('torch.LongTensor', 'exp')
    assert type_support.lacks('torch.ByteTensor', 'abs')
    assert type_support.lacks('torch.CharTensor', 'neg_')
    assert not type_support.lacks('torch.ShortTensor', 'abs')
    assert not type_support.lacks('torch.FloatTensor', 'exp')
    assert not type_support.lacks('torch.DoubleTensor', 'potrf')
    assert not type_support.lacks('torch.LongTensor', 'add')


def test_is_signed_is_031s_answer():
    # 0.3.1's torch/__init__.py: CharTensor.is_signed() returns False (marked TODO there), as
    # does ByteTensor's; the sparse classes answer the same.  (Its test helpers only take the
    # absolute difference of tensors that say they are signed, so a CharTensor never meets
    # the abs it lacks.)
    expected = {'Double': True, 'Float': True, 'Half': True, 'Long': True, 'Int': True,
                'Short': True, 'Char': False, 'Byte': False}
    for short, answer in expected.items():
        t = getattr(L, short + 'Tensor')(2)
        assert t.is_signed() is answer, short
        assert Variable(t).is_signed() is answer, short
        if short != 'Half':
            s = getattr(L.sparse, short + 'Tensor')(L.LongTensor([[0]]), t.new(1).zero_(), L.Size([2]))
            assert s.is_signed() is answer, short
