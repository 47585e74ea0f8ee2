"""Decorator spellings of op declarations (:func:`legacy_autograd.ops.schema.declare`).

An op module may declare a front-end where it defines it:

* ``@method(**decl)``: a method of tensors AND Variables (``x.add(y)``);
* ``@method(variable=False)`` / ``@method(tensor=False)``: only one of them;
* ``@function(**decl)``: a ``torch.*`` function (``torch.add(x, y, out=z)``); 0.3's ``out=``
  keyword is generated unless ``out=False`` is passed;
* ``@both(**decl)``: method and function.

Each is :func:`declare` with the variants spelled out; further keywords (``calls=``,
``overloads=``, ``kernels=``, ``modern=``, ``shape=``, ``domain=``, ``dtypes=``,
``impl_inplace=``, ``inplace=True``) go to the declaration.  ``attach()`` installs the
generated methods on ``_TensorBase`` and ``Variable``.
"""
from ..autograd.variable import Variable
from ..tensor import _TensorBase
from .schema import (declare, TENSOR_METHODS, VARIABLE_METHODS, TORCH_FUNCTIONS,  # noqa: F401
                     with_out, write_out)


def _variants(kinds, out, inplace):
    v = list(kinds)
    if out and 'function' in v:
        v.append('out')
    if inplace:
        v.append('inplace')
    return tuple(v)


def _public_name(fn, name):
    """A front-end declared under another public name answers to it in Python's own argument
    errors (``bernoulli() got an unexpected keyword argument ...``, which reads the function's
    ``__qualname__``), not to its module-level name."""
    if name is not None and name != fn.__name__:
        fn.__qualname__ = name


def method(name=None, tensor=True, variable=True, inplace=False, **decl):
    def deco(fn):
        _public_name(fn, name)
        declare(name or fn.__name__, fn, variants=_variants(('method',), False, inplace),
                tensor=tensor, variable=variable, **decl)
        return fn
    return deco


def function(name=None, out=True, inplace=False, **decl):
    def deco(fn):
        _public_name(fn, name)
        declare(name or fn.__name__, fn, variants=_variants(('function',), out, inplace), **decl)
        return fn
    return deco


def both(name=None, out=True, tensor=True, variable=True, inplace=False, **decl):
    def deco(fn):
        _public_name(fn, name)
        declare(name or fn.__name__, fn, variants=_variants(('method', 'function'), out, inplace),
                tensor=tensor, variable=variable, **decl)
        return fn
    return deco


def attach():
    for name, fn in TENSOR_METHODS.items():
        setattr(_TensorBase, name, fn)
    for name, fn in VARIABLE_METHODS.items():
        setattr(Variable, name, fn)
