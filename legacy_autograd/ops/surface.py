"""Collects the front-end functions of every op module and attaches them.

Each op module declares its public names with the decorators below:

* ``@method()``: a method of tensors AND Variables (``x.add(y)``);
* ``@method(variable=False)`` / ``@method(tensor=False)``: only one of them;
* ``@function()``: a ``torch.*`` function (``torch.add(x, y, out=z)``); the
  wrapper adds 0.3's ``out=`` keyword unless ``out=False`` is passed;
* ``@both()``: method and function.

``attach()`` installs methods on ``_TensorBase`` and ``Variable``;
``TORCH_FUNCTIONS`` is what ``legacy_autograd/__init__.py`` exports.
"""
import functools

TENSOR_METHODS = {}
VARIABLE_METHODS = {}
TORCH_FUNCTIONS = {}


def _register_method(name, fn, tensor, variable):
    if tensor:
        TENSOR_METHODS[name] = fn
    if variable:
        VARIABLE_METHODS[name] = fn


def method(name=None, tensor=True, variable=True):
    def deco(fn):
        _register_method(name or fn.__name__, fn, tensor, variable)
        return fn
    return deco


def with_out(fn):
    """Add ``out=`` (0.3: result written into the given tensor, which is returned)."""
    @functools.wraps(fn)
    def wrapper(*args, out=None, **kwargs):
        result = fn(*args, **kwargs)
        if out is None:
            return result
        return write_out(out, result)
    return wrapper


def write_out(out, result):
    from ..autograd.variable import Variable
    from ..tensor import _TensorBase
    if isinstance(result, tuple):
        if not isinstance(out, (tuple, list)) or len(out) != len(result):
            raise TypeError('out= must be a tuple of %d tensors here' % len(result))
        return tuple(write_out(o, r) for o, r in zip(out, result))
    if isinstance(out, Variable):
        raise RuntimeError('out= is not supported for Variables in 0.3 (got a Variable)')
    if not isinstance(out, _TensorBase):
        raise TypeError('out= must be a tensor, got %s' % type(out).__name__)
    if not isinstance(result, _TensorBase):
        raise TypeError('out= is not supported when the result is a Python number')
    if type(out) is not type(result):
        raise TypeError('out= tensor has type %s but the result is %s' % (out.type(), result.type()))
    if out._a.shape == result._a.shape:
        out._a[...] = result._a
    else:
        out._a = result._a.copy()
    out._version[0] += 1
    return out


def function(name=None, out=True):
    def deco(fn):
        TORCH_FUNCTIONS[name or fn.__name__] = with_out(fn) if out else fn
        return fn
    return deco


def needs_tensor_first(fn, name):
    """The ``torch.*`` form of a method: its first argument must be a tensor or Variable
    (0.3 refused anything else with a TypeError; the method body would fail obscurely)."""
    from ..autograd.variable import Variable
    from ..tensor import _TensorBase
    from .. import errors
    kinds = (_TensorBase, Variable)

    @functools.wraps(fn)
    def checked(*args, **kwargs):
        if args and not isinstance(args[0], kinds):
            raise TypeError("%s(): argument 'input' must be a tensor or Variable, not %s"
                            % (name, errors.legacy_typename(args[0])))
        return fn(*args, **kwargs)
    return checked


def both(name=None, out=True, tensor=True, variable=True, tensor_first=True):
    """``tensor_first=False``: the function form also takes a number first (``torch.pow(2, x)``)."""
    def deco(fn):
        n = name or fn.__name__
        _register_method(n, fn, tensor, variable)
        f = needs_tensor_first(fn, n) if tensor_first else fn
        TORCH_FUNCTIONS[n] = with_out(f) if out else f
        return fn
    return deco


def attach():
    from ..tensor import _TensorBase
    from ..autograd.variable import Variable
    for name, fn in TENSOR_METHODS.items():
        setattr(_TensorBase, name, fn)
    for name, fn in VARIABLE_METHODS.items():
        setattr(Variable, name, fn)
