"""Pointwise arithmetic: add, sub, mul, div, neg, reciprocal, pow and the operators.

0.3 argument forms: ``x.add(5)``, ``x.add(y)``, ``x.add(value, y)`` (= x + value*y),
``torch.add(x, y, out=z)``, in-place ``x.add_(-lr, g)``.  Scalar and tensor
operands are separate registry ops, because 0.3 names their nodes apart
(``AddBackward0`` for ``v + 2``, ``AddBackward1`` for ``v + w``).
"""
import numpy as np

from .registry import register
from .dispatch import call, call_inplace, call_variable1, call_variable2
from .schema import declare, Call, X, Y
from . import schema
from .. import errors
from ._common import is_tensorlike, is_number, scalar_for, check_broadcast, array_of, tensor_of
from . import _args
from ..autograd.variable import Variable
from ..tensor import TENSOR_CLASS_SET
from .. import _fastpaths
from .type_support import check_floating, check_supported


# --------------------------------------------------------------------------- add / sub
ADD_SCALAR = register(
    'add_scalar', lambda a, other: a + other,
    lambda ctx, g: (g,),
    grad_fn='AddBackward0', argnames=('self',),
    modern=lambda torch, a, other: a + other)
ADD = register(
    'add', np.add,                     # the ufunc itself: no Python frame per call
    lambda ctx, g: (g, g),
    grad_fn='AddBackward1', argnames=('self', 'other'),
    modern=lambda torch, a, b: a + b)
ADD_ALPHA = register(
    'add_alpha', lambda a, b, alpha: a + alpha * b,
    lambda ctx, g: (g, g * ctx.params['alpha'] if ctx.needs[1] else None),
    grad_fn='AddBackward1', argnames=('self', 'other'),
    modern=lambda torch, a, b, alpha: torch.add(a, b, alpha=alpha))
SUB_SCALAR = register(
    'sub_scalar', lambda a, other: a - other,
    lambda ctx, g: (g,),
    grad_fn='SubBackward0', argnames=('self',),
    modern=lambda torch, a, other: a - other)
SUB = register(
    'sub', np.subtract,
    lambda ctx, g: (g, -g if ctx.needs[1] else None),
    grad_fn='SubBackward1', argnames=('self', 'other'),
    modern=lambda torch, a, b: a - b)
SUB_ALPHA = register(
    'sub_alpha', lambda a, b, alpha: a - alpha * b,
    lambda ctx, g: (g, g * (-ctx.params['alpha']) if ctx.needs[1] else None),
    grad_fn='SubBackward1', argnames=('self', 'other'),
    modern=lambda torch, a, b, alpha: torch.sub(a, b, alpha=alpha))

# --------------------------------------------------------------------------- mul / div
MUL_SCALAR = register(
    'mul_scalar', lambda a, other: a * other,
    lambda ctx, g: (g * ctx.params['other'],),
    grad_fn='MulBackward0', argnames=('self',),
    modern=lambda torch, a, other: a * other)
MUL = register(
    'mul', np.multiply,
    lambda ctx, g: (g * ctx.inputs[1] if ctx.needs[0] else None,
                    g * ctx.inputs[0] if ctx.needs[1] else None),
    grad_fn='MulBackward1', save_inputs=(0, 1), argnames=('self', 'other'),
    modern=lambda torch, a, b: a * b)


def _int_div(a, b):
    if np.any(b == 0):
        raise RuntimeError('ZeroDivisionError: integer division by zero')
    q = np.floor_divide(a, b)
    # C semantics: truncate toward zero
    fix = (np.remainder(a, b) != 0) & ((a < 0) != (b < 0))
    return q + fix.astype(q.dtype)


def _div(a, b):
    if a.dtype.kind in 'iu':
        return _int_div(a, np.asarray(b, dtype=a.dtype) if not isinstance(b, np.ndarray) else b)
    return a / b


DIV_SCALAR = register(
    'div_scalar', lambda a, other: _div(a, other),
    lambda ctx, g: (g / ctx.params['other'],),
    grad_fn='DivBackward0', argnames=('self',),
    modern=lambda torch, a, other: a / other)
DIV = register(
    'div', _div,
    lambda ctx, g: (g / ctx.inputs[1] if ctx.needs[0] else None,
                    -g * ctx.inputs[0] / (ctx.inputs[1] * ctx.inputs[1]) if ctx.needs[1] else None),
    grad_fn='DivBackward1', save_inputs=(0, 1), argnames=('self', 'other'),
    modern=lambda torch, a, b: a / b)

# --------------------------------------------------------------------------- unary
NEG = register(
    'neg', lambda a: -a if a.dtype.kind != 'u' else (0 - a.astype(np.int64)).astype(a.dtype),
    lambda ctx, g: (-g,),
    grad_fn='NegBackward', argnames=('self',),
    modern=lambda torch, a: -a)
RECIPROCAL = register(
    'reciprocal', lambda a: 1.0 / a if a.dtype.kind == 'f' else _int_div(np.ones_like(a), a),
    lambda ctx, g: (-g * ctx.output * ctx.output,),
    grad_fn='ReciprocalBackward', save_output=True, argnames=('self',),
    modern=lambda torch, a: torch.reciprocal(a))


def _pow_scalar_back(ctx, g):
    e = ctx.params['exponent']
    x = ctx.inputs[0]
    if e == 0:
        # a constant zero (no graph under create_graph), as modern torch returns
        return (ctx.B.zeros(ctx.shapes[0][0], g),)
    return (g * e * ctx.B.pow(x, e - 1),)


def _pow_forward(a, exponent):
    # floating only: pow of an integer tensor never gets here (0.3.1 had no integer pow)
    if exponent == 2:
        return np.square(a)         # bit-identical to power(a, 2.0), in one cheap pass
    return np.power(a, exponent)


def _pow_forward_general(a, exponent):
    """:func:`_pow_forward` without the ``square`` fast path (reference mode)."""
    return np.power(a, exponent)


POW_SCALAR = register(
    'pow_scalar', _fastpaths.code_pair(_pow_forward, _pow_forward_general), _pow_scalar_back,
    grad_fn='PowBackward0', save_inputs=(0,), argnames=('self',),
    modern=lambda torch, a, exponent: torch.pow(a, exponent))


def _pow_tensor_back(ctx, g):
    B = ctx.B
    a, b = ctx.inputs
    ga = g * b * B.pow(a, b - 1) if ctx.needs[0] else None
    gb = g * B.pow(a, b) * B.log(a) if ctx.needs[1] else None
    return (ga, gb)


POW = register(
    'pow', np.power, _pow_tensor_back,
    grad_fn='PowBackward1', save_inputs=(0, 1), argnames=('self', 'exponent'),
    modern=lambda torch, a, b: torch.pow(a, b))


def _pow_const_back(ctx, g):
    base = ctx.params['base']
    return (g * ctx.output * float(np.log(base)),)


POW_CONSTANT = register(
    'pow_constant', lambda a, base: np.power(a.dtype.type(base), a),
    _pow_const_back,
    grad_fn='torch.autograd.function.PowConstantBackward', save_output=True, argnames=('self',),
    modern=lambda torch, a, base: torch.pow(base, a))


# --------------------------------------------------------------------------- front-ends
def overloads_error(self, args, name, inplace, kwargs=None):
    """0.3.1's cwrap message when a tensor's ``add``/``sub`` (or ``mul``/``div``/``fmod``/
    ``remainder``, given a non-number) arguments match no overload: the method's own name
    (``add_`` in place), every argument given, the declared overloads with the receiver's type
    (``int value`` for the integer types, ``schema.overload_options``).  A Variable receiver
    gets 0.3.1's argument-parser text of the op's ATen signatures instead
    (``schema.variable_signature_error``)."""
    if isinstance(self, Variable):
        err = schema.variable_signature_error(name, args, kwargs, inplace)
        if err is not None:
            return err
        self = self._data

    def check(kinds):
        def flags(a):
            if len(a) != len(kinds):
                return None
            return [not is_number(x) if k == 'number' else type(x) is not type(self)
                    for x, k in zip(a, kinds)]
        return flags
    options = schema.overload_options(name, self.type(), 'other')
    return errors.invalid_arguments(name + ('_' if inplace else ''), list(args),
                                    [(text, check(kinds)) for text, kinds in options])


def _check_tensor_args(self, value, other, name, inplace):
    """A tensor receiver's ``(other)`` / ``(value, other)``: operands of its own type (a
    sparse one of the same values type is its own overload), numbers where 0.3.1 took a
    ``real``."""
    if other is None and isinstance(value, Variable):
        return                  # dispatch's own message for a Variable given to a tensor
    # (a sparse operand is an overload of add only: 0.3.1's cadd had the spcadd option; sub,
    # mul and div listed none, so cwrap refused it)
    sparse_ok = name == 'add'
    if other is None:
        ok = is_number(value) or (is_tensorlike(value) and (
            type(value) is type(self) or sparse_ok and getattr(value, 'is_sparse', False)))
    else:
        ok = is_number(value) and is_tensorlike(other) and (
            type(other) is type(self) or sparse_ok and getattr(other, 'is_sparse', False))
    if not ok:
        raise overloads_error(self, (value,) if other is None else (value, other), name,
                                 inplace)


def _binary(self, value, other, scalar_op, tensor_op, alpha_op, name, inplace, alpha=None):
    run = call_inplace if inplace else call
    if alpha is None and type(self) in TENSOR_CLASS_SET and value is not None \
            and (other is not None or type(value) is not float and type(value) is not int):
        _check_tensor_args(self, value, other, name, inplace)
    if alpha is not None and type(self) is Variable and not is_number(alpha):
        raise overloads_error(self, [x for x in (value, other) if x is not None], name, inplace,
                              {'alpha': alpha})
    if value is None:           # 0.3: add(other) or add(value, other); no default for both
        if other is None:
            raise TypeError('%s() missing 1 required positional argument: "other"' % name)
        value = 1
    if other is None:
        if alpha is not None:
            other, value = value, alpha
        else:
            if is_tensorlike(value):
                if getattr(value, 'is_sparse', False) and name == 'add' and ts_is_tensor(self):
                    return value._spcadd(self, 1, inplace)     # 0.3.1: dense add(sparse)
                b = check_broadcast(array_of(self), array_of(value), inplace, name, receiver=self)
                if b is not array_of(value):
                    value = _reshaped(value, b)
                return run(tensor_op, [self, value])
            if isinstance(self, Variable) and not is_number(value):
                raise overloads_error(self, (value,), name, inplace)
            return run(scalar_op, [self], {'other': scalar_for(self, value)})
    if not is_tensorlike(other):
        if isinstance(self, Variable):
            raise overloads_error(self, (value, other), name, inplace)
        raise TypeError('%s(): expected a tensor as the second operand of (value, other), got %s'
                        % (name, type(other).__name__))
    if isinstance(self, Variable) and not is_number(value):
        raise overloads_error(self, (value, other), name, inplace)
    if getattr(other, 'is_sparse', False) and name == 'add' and ts_is_tensor(self):
        return other._spcadd(self, value, inplace)      # 0.3.1: dense add(value, sparse)
    b = check_broadcast(array_of(self), array_of(other), inplace, name, receiver=self)
    if b is not array_of(other):
        other = _reshaped(other, b)
    return run(alpha_op, [self, other], {'alpha': scalar_for(self, value)})


def _reshaped(x, arr):
    """``x`` viewed with the shape of ``arr`` (the deprecated same-numel pointwise path)."""
    if isinstance(x, Variable):
        return x.view(*arr.shape)
    return type(x)._wrap(arr, x._version)


_NO = _args.OMITTED


def _given(self, value, other, alpha, name, inplace):
    """``value``/``other``/``alpha`` with the omitted ones as None; an explicit None is no
    number and no tensor: 0.3.1's cwrap list (a tensor) or argument-parser text (a Variable)."""
    if value is None or other is None or alpha is None:
        args = [x for x in (value, other) if x is not _NO]
        if alpha is _NO or isinstance(self, Variable):
            raise overloads_error(self, args, name, inplace,
                                  {} if alpha is _NO else {'alpha': alpha})
        # a keyword cwrap did not know (0.3.1's tensor add had no alpha)
        raise errors.format_invalid_args(
            name + ('_' if inplace else ''), args, {'alpha': alpha},
            [text for text, _ in schema.overload_options(name, self.type())])
    return (None if value is _NO else value, None if other is _NO else other,
            None if alpha is _NO else alpha)


def add(self, value=_NO, other=_NO, alpha=_NO):
    value, other, alpha = _given(self, value, other, alpha, 'add', False)
    return _binary(self, value, other, ADD_SCALAR, ADD, ADD_ALPHA, 'add', False, alpha)


def add_(self, value=_NO, other=_NO, alpha=_NO):
    value, other, alpha = _given(self, value, other, alpha, 'add', True)
    return _binary(self, value, other, ADD_SCALAR, ADD, ADD_ALPHA, 'add', True, alpha)


def sub(self, value=_NO, other=_NO, alpha=_NO):
    value, other, alpha = _given(self, value, other, alpha, 'sub', False)
    return _binary(self, value, other, SUB_SCALAR, SUB, SUB_ALPHA, 'sub', False, alpha)


def sub_(self, value=_NO, other=_NO, alpha=_NO):
    value, other, alpha = _given(self, value, other, alpha, 'sub', True)
    return _binary(self, value, other, SUB_SCALAR, SUB, SUB_ALPHA, 'sub', True, alpha)


ALL_VARIANTS = ('method', 'function', 'inplace', 'out')
#: 0.3's cwrap overloads of add/sub: x + value, x + other, x + value * other
_VALUE_OTHER = ('(float value)', '(T other)', '(float value, T other)')


def _alpha_form(name):
    """modern spelling of 0.3's ``add(value, other)``: ``add(other, alpha=value)``"""
    return lambda torch, x, value, other: getattr(torch, name)(x, other, alpha=_alpha(x, value))


def _alpha(x, value):
    """modern torch wants an integral alpha for integer tensors (0.3 converted it)"""
    return value if x.is_floating_point() else int(value)


for _fn, _fn_, _kernels in ((add, add_, (ADD_SCALAR, ADD, ADD_ALPHA)),
                            (sub, sub_, (SUB_SCALAR, SUB, SUB_ALPHA))):
    declare(_fn.__name__, _fn, impl_inplace=_fn_, variants=ALL_VARIANTS, kernels=_kernels,
            shape='broadcast', overloads=_VALUE_OTHER, dtypes=('float32', 'float64', 'int64'),
            signatures=('%s(Scalar other, *, Scalar alpha=1)' % _fn.__name__,
                        '%s(Tensor other, *, Scalar alpha=1)' % _fn.__name__,
                        '%s(Scalar alpha, Tensor other)|deprecated' % _fn.__name__),
            calls=(Call(2.5), Call(Y), Call(-0.5, Y, modern=_alpha_form(_fn.__name__)),
                   Call(Y, alpha=3.0, modern=lambda torch, x, y, alpha, _n=_fn.__name__:
                        getattr(torch, _n)(x, y, alpha=_alpha(x, alpha))),
                   Call(3)))


def ts_is_tensor(x):
    """Whether ``x`` is a dense tensor (not a Variable, not sparse)."""
    return not isinstance(x, Variable) and not getattr(x, 'is_sparse', False)


def _simple_binary(self, other, scalar_op, tensor_op, name, inplace):
    """``self (op) other`` for a number or a (broadcastable) tensor/Variable ``other``."""
    run = call_inplace if inplace else call
    t = type(other)
    if t is float or t is int:
        return run(scalar_op, [self], {'other': scalar_for(self, other)})
    if t is Variable or is_tensorlike(other):
        if t not in TENSOR_CLASS_SET and getattr(other, 'is_sparse', False) \
                and ts_is_tensor(self):
            if name == 'add':
                return other._spcadd(self, 1, inplace)      # 0.3.1: dense + sparse
            raise overloads_error(self, (other,), name, inplace)    # no sparse option
        a, b = array_of(self), array_of(other)
        if a.shape != b.shape:
            c = check_broadcast(a, b, inplace, name, receiver=self)
            if c is not b:
                other = _reshaped(other, c)
        return run(tensor_op, [self, other])
    if not is_number(other):        # 0.3.1: cwrap's list (a Variable's constant op called it too)
        raise overloads_error(self, (other,), name, inplace)
    return run(scalar_op, [self], {'other': scalar_for(self, other)})


def _simple_binary_general(self, other, scalar_op, tensor_op, name, inplace):
    """:func:`_simple_binary` without its shortcuts (reference mode): every tensor operand is
    checked by ``check_broadcast``, every number converted by ``scalar_for``."""
    run = call_inplace if inplace else call
    if is_tensorlike(other):
        if getattr(other, 'is_sparse', False) and ts_is_tensor(self):
            if name == 'add':
                return other._spcadd(self, 1, inplace)      # 0.3.1: dense + sparse
            raise overloads_error(self, (other,), name, inplace)    # no sparse option
        c = check_broadcast(array_of(self), array_of(other), inplace, name, receiver=self)
        if c is not array_of(other):
            other = _reshaped(other, c)
        return run(tensor_op, [self, other])
    if not is_number(other):
        raise overloads_error(self, (other,), name, inplace)
    return run(scalar_op, [self], {'other': scalar_for(self, other)})


_fastpaths.code_pair(_simple_binary, _simple_binary_general)


def _binary_front_end(scalar_op, tensor_op, name, inplace):
    """The front-end of ``self (op) other`` (``add``'s operator, ``mul``, ``mul_``, ...).

    The common cases are settled here, with every check done, in the one Python frame
    between the operator and the dispatcher: a floating tensor or Variable with a Python
    number (scalar_for's conversion is then float()), and two operands of one type and
    shape.  Everything else goes through :func:`_simple_binary`.
    """
    run = call_inplace if inplace else call

    def general(self, other):                 # the general code only (reference mode)
        if run is None:     # (closes over the names the fast front-end closes over)
            raise AssertionError((scalar_op, tensor_op))
        return _simple_binary(self, other, scalar_op, tensor_op, name, inplace)

    def front_end(self, other):
        t = type(other)
        ts = type(self)
        if t is float or t is int:
            if ts is Variable:
                if self._data._info.is_floating:
                    if inplace:
                        return call_inplace(scalar_op, [self], {'other': float(other)})
                    return call_variable1(scalar_op, self, {'other': float(other)})
            elif ts in TENSOR_CLASS_SET and self._info.is_floating:
                return run(scalar_op, [self], {'other': float(other)})
        elif t is ts:
            if ts is Variable:
                if not inplace:
                    d, e = self._data, other._data
                    if type(d) is type(e) and d._a.shape == e._a.shape:
                        return call_variable2(tensor_op, self, other)
            elif ts in TENSOR_CLASS_SET and self._a.shape == other._a.shape:
                return run(tensor_op, [self, other])
        return _simple_binary(self, other, scalar_op, tensor_op, name, inplace)
    front_end.__name__ = front_end.__qualname__ = name + '_' if inplace else name
    return _fastpaths.code_pair(front_end, general)


_add_operator = _binary_front_end(ADD_SCALAR, ADD, 'add', False)
_sub_operator = _binary_front_end(SUB_SCALAR, SUB, 'sub', False)
_iadd = _binary_front_end(ADD_SCALAR, ADD, 'add', True)        # = add_(self, other)
_isub = _binary_front_end(SUB_SCALAR, SUB, 'sub', True)        # = sub_(self, other)
mul = _binary_front_end(MUL_SCALAR, MUL, 'mul', False)
mul_ = _binary_front_end(MUL_SCALAR, MUL, 'mul', True)
div = _binary_front_end(DIV_SCALAR, DIV, 'div', False)
div_ = _binary_front_end(DIV_SCALAR, DIV, 'div', True)
for _fn, _fn_, _kernels in ((mul, mul_, (MUL_SCALAR, MUL)), (div, div_, (DIV_SCALAR, DIV))):
    declare(_fn.__name__, _fn, impl_inplace=_fn_, variants=ALL_VARIANTS, kernels=_kernels,
            shape='broadcast', overloads=('(float value)', '(T other)'), domain='nonzero',
            signatures=('%s(Scalar other)' % _fn.__name__, '%s(Tensor other)' % _fn.__name__),
            dtypes=('float32', 'float64'), calls=(Call(2.5), Call(Y), Call(-3)))


def neg(self, *, _inplace=False):
    check_supported(self, 'neg_' if _inplace else 'neg')       # not Byte, Char (0.3.1)
    if _inplace:
        return call_inplace(NEG, [self])
    return call(NEG, [self])


def reciprocal(self, *, _inplace=False):
    check_floating(self, 'reciprocal_' if _inplace else 'reciprocal')
    if _inplace:
        return call_inplace(RECIPROCAL, [self])
    return call(RECIPROCAL, [self])


declare('neg', neg, variants=ALL_VARIANTS, kernels=(NEG,), shape='pointwise', calls=(Call(),),
        dtypes=('float32', 'float64', 'int64'))
declare('reciprocal', reciprocal, variants=ALL_VARIANTS, kernels=(RECIPROCAL,),
        shape='pointwise', calls=(Call(),), domain='nonzero')


def _pow(self, exponent, inplace):
    check_floating(self, 'pow_' if inplace else 'pow')      # Float and Double only (0.3.1)
    run = call_inplace if inplace else call
    if is_tensorlike(exponent):
        b = check_broadcast(array_of(self), array_of(exponent), inplace, 'pow', receiver=self)
        if b is not array_of(exponent):
            exponent = _reshaped(exponent, b)
        return run(POW, [self, exponent])
    if not is_number(exponent):
        raise overloads_error(self, (exponent,), 'pow', inplace)   # cwrap's / the parser's
    return run(POW_SCALAR, [self], {'exponent': scalar_for(self, exponent)})


def pow(self, exponent=None, base=None):
    if base is not None or (not is_tensorlike(self) and is_tensorlike(exponent)):
        # torch.pow(2, x): a number raised to a tensor
        b = self if base is None else base
        x = _args.tensor_arg(exponent, 'pow', 'exponent', 2)
        check_floating(x, 'pow')
        return call(POW_CONSTANT, [x], {'base': scalar_for(x, b)})
    _args.tensor_arg(self, 'pow', 'input')
    return _pow(self, exponent, False)


def pow_(self, exponent):
    return _pow(self, exponent, True)


declare('pow', pow, impl_inplace=pow_, variants=ALL_VARIANTS, tensor_first=False,
        kernels=(POW_SCALAR, POW, POW_CONSTANT), shape='broadcast', domain=(0.25, 2.0),
        overloads=('(float exponent)', '(T exponent)'),
        signatures=('pow(Scalar exponent)', 'pow(Tensor exponent)'),
        calls=(Call(2), Call(0.5), Call(-1.5), Call(Y), Call(1)))


# --------------------------------------------------------------------------- operators
def _rsub(self, other):
    # 0.3: -self + other  (so ``2 - v`` is AddBackward0 over NegBackward)
    return _add_operator(neg(self), other)


def _rdiv_tensor(self, other):
    # 0.3 Tensor.__rdiv__: a tensor filled with ``other``, divided by self
    filled = type(self)._wrap(np.full(self._a.shape, scalar_for(self, other), dtype=self._a.dtype))
    return div(filled, self)


def _rdiv_variable(self, other):
    # 0.3 Variable.__rdiv__: self.reciprocal() * other
    return mul(reciprocal(self), other)


def _rpow(self, other):
    check_floating(self, 'pow')         # 0.3.1: torch.pow(other, self)
    return call(POW_CONSTANT, [self], {'base': scalar_for(self, other)})


def _ipow_variable(self, other):
    raise NotImplementedError('in-place pow not implemented')


def _ipow(self, other):
    return pow_(self, other)


def _mod(self, other):
    # 0.3.1: Tensor.__mod__ is self.remainder(other); Variable's __mod__ is its remainder too
    return self.remainder(other)


def _matmul_operator(self, other):
    # 0.3.1 tensor.py / autograd/variable.py ``__matmul__``: ``self.matmul(other)`` for an
    # operand of the same kind (a tensor for a tensor, a Variable for a Variable), else
    # NotImplemented; no reflected or in-place form
    if not (isinstance(other, Variable) if isinstance(self, Variable)
            else type(other) in TENSOR_CLASS_SET):
        return NotImplemented
    return self.matmul(other)


OPERATORS_COMMON = {
    '__add__': _add_operator, '__radd__': _add_operator, '__sub__': _sub_operator, '__rsub__': _rsub,
    '__mul__': mul, '__rmul__': mul, '__truediv__': div, '__div__': div,
    '__pow__': pow, '__rpow__': _rpow, '__neg__': neg,
    '__iadd__': _iadd, '__isub__': _isub, '__imul__': mul_, '__idiv__': div_, '__mod__': _mod,
    '__matmul__': _matmul_operator,
}
# (0.3.1's tensors and Variables had no __pos__: ``+x`` is Python's "bad operand type" TypeError)
# (0.3.1's Variable had no __itruediv__: on Python 3 ``v /= 2`` fell back to ``v = v / 2``, a
# new Variable, so a leaf that requires grad can be divided that way; tensors had it in place)
OPERATORS_TENSOR = {'__rtruediv__': _rdiv_tensor, '__rdiv__': _rdiv_tensor, '__ipow__': _ipow,
                    '__itruediv__': div_}
OPERATORS_VARIABLE = {'__rtruediv__': _rdiv_variable, '__rdiv__': _rdiv_variable,
                      '__ipow__': _ipow_variable}


def attach_operators():
    from ..tensor import _TensorBase
    for name, fn in OPERATORS_COMMON.items():
        setattr(_TensorBase, name, fn)
        setattr(Variable, name, fn)
    for name, fn in OPERATORS_TENSOR.items():
        setattr(_TensorBase, name, fn)
    for name, fn in OPERATORS_VARIABLE.items():
        setattr(Variable, name, fn)
