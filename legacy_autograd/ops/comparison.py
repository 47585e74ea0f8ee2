"""Comparisons: eq, ne, lt, le, gt, ge, the operators, equal, all/any.

0.3 semantics:

* ``a.eq(b)``, ``a == b``, ``torch.eq(a, b)``, ``a.eq(2)``: a **ByteTensor** of
  0/1 (tensors) or a Variable holding one (Variables), with broadcasting; the
  scalar is converted to the tensor's type first (``LongTensor == 1.5`` compares
  with 1, like TH).  Operands of different types raise the legacy type errors
  (no promotion).
* ``torch.eq(a, b, out=r)``: ``r`` a ByteTensor, or a tensor of ``a``'s type
  (TH had both overloads).
* on Variables that require grad the result (a ByteTensor Variable) requires grad too: 0.3.1
  recorded comparisons like any op (``EqBackward0`` with a number, ``EqBackward1`` with a
  tensor, the 0.3 ATen names) with a zero gradient for each input, so gradients (and
  gradients of gradients) through a comparison are zeros of the inputs' shapes and types.
* in place ``a.eq_(b)``: 0/1 stored in ``a``'s own type, recorded the same way, so a graph
  through the overwritten Variable stays correct.
* ``torch.equal(a, b)``: Python bool, True iff same size and same values
  (nan is not equal to itself).
* ``ByteTensor.all()`` / ``.any()``: Python bools; they exist on ByteTensor
  only (other types and Variables: AttributeError, as in 0.3).
"""
import numpy as np

from .registry import register
from .dispatch import call, call_inplace, check_same_type
from .surface import both, method, write_out
from .schema import Call, X, Y
from . import schema
from ._common import is_tensorlike, is_number, scalar_for, check_broadcast, array_of
from ..autograd.variable import Variable
from ..tensor import _TensorBase, ByteTensor
from .. import errors


class _CompareOps(object):
    """The four registry ops of one comparison: scalar/tensor, out of place/in place."""
    __slots__ = ('name', 'scalar', 'tensor', 'scalar_', 'tensor_')


def _zero_grads(ctx, g):
    # 0.3: zeros_like(self) / zeros_like(other): constants, no graph under create_graph
    return tuple(ctx.B.zeros(ctx.shapes[i][0], g) if ctx.needs[i] else None
                 for i in range(len(ctx.needs)))


def _register_comparison(name, ufunc):
    ops = _CompareOps()
    ops.name = name
    camel = name.capitalize()
    ops.scalar = register(
        name + '_scalar', lambda a, other: ufunc(a, other), _zero_grads,
        grad_fn=camel + 'Backward0', argnames=('self',),
        modern=lambda torch, a, other: getattr(torch, name)(a, other).to(torch.uint8))
    ops.tensor = register(
        name, lambda a, b: ufunc(a, b), _zero_grads,
        grad_fn=camel + 'Backward1', argnames=('self', 'other'),
        modern=lambda torch, a, b: getattr(torch, name)(a, b).to(torch.uint8))
    ops.scalar_ = register(
        name + '_scalar_', lambda a, other: ufunc(a, other), _zero_grads,
        grad_fn=camel + 'Backward0', argnames=('self',),
        modern=lambda torch, a, other: getattr(a.clone(), name + '_')(other))
    ops.tensor_ = register(
        name + '_', lambda a, b: ufunc(a, b), _zero_grads,
        grad_fn=camel + 'Backward1', argnames=('self', 'other'),
        modern=lambda torch, a, b: getattr(a.clone(), name + '_')(b))
    return ops


EQ = _register_comparison('eq', np.equal)
NE = _register_comparison('ne', np.not_equal)
LT = _register_comparison('lt', np.less)
LE = _register_comparison('le', np.less_equal)
GT = _register_comparison('gt', np.greater)
GE = _register_comparison('ge', np.greater_equal)

EQUAL = register(
    'equal', lambda a, b: np.asarray(a.shape == b.shape and bool(np.array_equal(a, b))),
    argnames=('self', 'other'),
    modern=lambda torch, a, b: torch.equal(a, b))


# --------------------------------------------------------------------------- front-ends
def _bad_operand(ops, self, other, inplace):
    """The error for a comparison's operand that is neither a number nor a tensor: a tensor's
    cwrap list; a Variable's argument-parser text over its declared ATen signatures."""
    if isinstance(self, Variable):
        return schema.variable_signature_error(ops.name, (other,), None, inplace)
    real = 'float' if self._info.is_floating else 'int'     # cwrap's real, as in overload lists
    return errors.invalid_arguments(
        ops.name + ('_' if inplace else ''), [other],
        [('(%s other)' % real, lambda a: [True]), ('(%s other)' % self.type(), lambda a: [True])])


def _stateless_options(source):
    """``torch.lt(tensor, ...)``'s overloads in 0.3.1 (TensorCompare.cwrap, the function-only
    ``lt``/``gt``/... declarations): ``(T tensor, real value)`` and ``(T tensor, T other)``, each
    declared twice (a ByteTensor and a T result, ``#... out``, not shown without ``out=``), so
    each is listed twice; once for a ByteTensor, where both results are ByteTensors."""
    t = source.type()
    real = 'float' if source._info.is_floating else 'int'

    def value(a):
        return None if len(a) != 2 else [type(a[0]) is not type(source), not is_number(a[1])]

    def other(a):
        return None if len(a) != 2 else [type(a[0]) is not type(source), type(a[1]) is not type(source)]
    outs = ('torch.ByteTensor',) if type(source) is ByteTensor else ('torch.ByteTensor', t)
    return ([('(%s tensor, %s value)' % (t, real), value, o) for o in outs]
            + [('(%s tensor, %s other)' % (t, t), other, o) for o in outs])


def _signatures(name):
    """The Variable method's ATen prototypes (Declarations.cwrap: ``real other``, then
    ``THTensor* other``)."""
    return ('%s(Scalar other)' % name, '%s(Tensor other)' % name)


for _name in ('eq', 'ne', 'lt', 'le', 'gt', 'ge'):
    errors.STATELESS_OPTIONS[_name] = _stateless_options


def _compare(ops, self, other, inplace, out=None):
    name = ops.name + ('_' if inplace else '')
    if not is_tensorlike(self):
        raise TypeError('%s(): argument \'input\' must be a tensor or Variable, not %s'
                        % (name, errors.legacy_typename(self)))
    if is_tensorlike(other):
        b = check_broadcast(array_of(self), array_of(other), inplace, name, receiver=self)
        if b is not array_of(other):
            other = (other.view(*b.shape) if isinstance(other, Variable)
                     else type(other)._wrap(b, other._version))
        if inplace:
            return call_inplace(ops.tensor_, [self, other])
        result = call(ops.tensor, [self, other], out_cls=ByteTensor)
    else:
        if not is_number(other):
            raise _bad_operand(ops, self, other, inplace)
        params = {'other': scalar_for(self, other)}
        if inplace:
            return call_inplace(ops.scalar_, [self], params)
        result = call(ops.scalar, [self], params, out_cls=ByteTensor)
    if out is not None:
        if isinstance(out, _TensorBase) and type(out) is not ByteTensor and type(out) is type(self):
            # the TH overload writing 0/1 into a tensor of self's type
            result = type(out)._wrap(result._a.astype(out._dtype))
        return write_out(out, result)
    return result


@both(out=False, shape='broadcast', dtypes=('float32', 'float64', 'int64'), domain='nonint',
      signatures=_signatures('eq'),
      calls=(Call(Y, types='byte', grad=False), Call(0.5, types='byte', grad=False),
             Call(X, types='byte', grad=False), Call(1, types='byte', grad=False)))
def eq(self, other, *, out=None):
    return _compare(EQ, self, other, False, out)


@method(calls=(Call(Y, grad=False), Call(0.5, grad=False)))
def eq_(self, other):
    return _compare(EQ, self, other, True)


@both(out=False, shape='broadcast', dtypes=('float32', 'float64', 'int64'), domain='nonint',
      signatures=_signatures('ne'),
      calls=(Call(Y, types='byte', grad=False), Call(0.5, types='byte', grad=False),
             Call(X, types='byte', grad=False), Call(1, types='byte', grad=False)))
def ne(self, other, *, out=None):
    return _compare(NE, self, other, False, out)


@method(calls=(Call(Y, grad=False), Call(0.5, grad=False)))
def ne_(self, other):
    return _compare(NE, self, other, True)


@both(out=False, shape='broadcast', dtypes=('float32', 'float64', 'int64'), domain='nonint',
      signatures=_signatures('lt'),
      calls=(Call(Y, types='byte', grad=False), Call(0.5, types='byte', grad=False),
             Call(X, types='byte', grad=False), Call(1, types='byte', grad=False)))
def lt(self, other, *, out=None):
    return _compare(LT, self, other, False, out)


@method(calls=(Call(Y, grad=False), Call(0.5, grad=False)))
def lt_(self, other):
    return _compare(LT, self, other, True)


@both(out=False, shape='broadcast', dtypes=('float32', 'float64', 'int64'), domain='nonint',
      signatures=_signatures('le'),
      calls=(Call(Y, types='byte', grad=False), Call(0.5, types='byte', grad=False),
             Call(X, types='byte', grad=False), Call(1, types='byte', grad=False)))
def le(self, other, *, out=None):
    return _compare(LE, self, other, False, out)


@method(calls=(Call(Y, grad=False), Call(0.5, grad=False)))
def le_(self, other):
    return _compare(LE, self, other, True)


@both(out=False, shape='broadcast', dtypes=('float32', 'float64', 'int64'), domain='nonint',
      signatures=_signatures('gt'),
      calls=(Call(Y, types='byte', grad=False), Call(0.5, types='byte', grad=False),
             Call(X, types='byte', grad=False), Call(1, types='byte', grad=False)))
def gt(self, other, *, out=None):
    return _compare(GT, self, other, False, out)


@method(calls=(Call(Y, grad=False), Call(0.5, grad=False)))
def gt_(self, other):
    return _compare(GT, self, other, True)


@both(out=False, shape='broadcast', dtypes=('float32', 'float64', 'int64'), domain='nonint',
      signatures=_signatures('ge'),
      calls=(Call(Y, types='byte', grad=False), Call(0.5, types='byte', grad=False),
             Call(X, types='byte', grad=False), Call(1, types='byte', grad=False)))
def ge(self, other, *, out=None):
    return _compare(GE, self, other, False, out)


@method(calls=(Call(Y, grad=False), Call(0.5, grad=False)))
def ge_(self, other):
    return _compare(GE, self, other, True)


@both(out=False, calls=(Call(Y, grad=False), Call(X, grad=False)))
def equal(self, other):
    """True iff ``self`` and ``other`` have the same size and the same values."""
    if not is_tensorlike(self) or not is_tensorlike(other):
        bad = other if is_tensorlike(self) else self
        raise TypeError('equal(): expected tensors or Variables, got %s' % errors.legacy_typename(bad))
    check_same_type(EQUAL, [self, other])
    return bool(EQUAL.forward(array_of(self), array_of(other)))


def byte_all(self):
    """ByteTensor.all(): True iff every element is non-zero (True when empty)."""
    return bool(np.all(self._a))


def byte_any(self):
    """ByteTensor.any(): True iff some element is non-zero (False when empty)."""
    return bool(np.any(self._a))


# --------------------------------------------------------------------------- operators
def _hash_id(self):
    return id(self)


OPERATORS = {'__eq__': eq, '__ne__': ne, '__lt__': lt, '__le__': le, '__gt__': gt, '__ge__': ge}


def attach_operators():
    """Install ``== != < <= > >=`` on tensors and Variables (``hash`` stays ``id``)."""
    for cls in (_TensorBase, Variable):
        for name, fn in OPERATORS.items():
            setattr(cls, name, fn)
        cls.__hash__ = _hash_id
    # only ByteTensor has all()/any() in 0.3 (other types: AttributeError, hasattr False)
    ByteTensor.all = byte_all
    ByteTensor.any = byte_any


attach_operators()
