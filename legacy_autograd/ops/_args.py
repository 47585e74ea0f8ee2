"""Argument parsers for op front-ends: ints, int lists (sizes), dims and numbers.

0.3's argument parser (``torch/csrc/utils/python_arg_parser.cpp``) took an ``int64_t`` only
from a Python int that is not a bool: a float, even ``2.0``, a string or ``None`` was refused
with a ``TypeError``; it never truncated.  These helpers check the same way and raise its
messages::

    view(): argument 'size' must be tuple of ints, but found element of type float at pos 1
    sum(): argument 'dim' (position 1) must be int, not float

numpy integers (``np.int64``) are accepted as ints, as modern torch does.  Every helper
returns plain Python values; the common case (a plain ``int``) costs one type test.
"""
import numbers

import numpy as np

from .. import errors

_BOOLS = (bool, np.bool_)


class _Omitted(object):
    """Default of an optional argument whose "not given" 0.3 did not spell ``None``:
    ``x.max()`` is a full reduction, ``x.max(None)`` was a ``TypeError``."""
    __slots__ = ()

    def __repr__(self):
        return '<not given>'


OMITTED = _Omitted()


def optional(value, fname, argname, expected='int', pos=1):
    """``None`` for an omitted optional argument; an explicit ``None`` is refused."""
    if value is OMITTED:
        return None
    if value is None:
        raise arg_type_error(fname, argname, expected, value, pos)
    return value


def arg_type_error(fname, argname, expected, value, pos=None):
    """0.3's ``TypeError`` for an argument of the wrong type.  ``pos`` is the argument's
    position in the method form (0.3 left it out for keyword arguments); without ``fname``
    the message starts at ``argument``."""
    head = "%s(): argument '%s'" % (fname, argname) if fname else "argument '%s'" % argname
    if pos is not None:
        head += ' (position %d)' % pos
    return TypeError('%s must be %s, not %s' % (head, expected, errors.tp_name(value)))


def is_int(value):
    """An int as 0.3 took it: a Python or numpy integer, not a bool."""
    return type(value) is int or (isinstance(value, numbers.Integral)
                                  and not isinstance(value, _BOOLS))


def int_arg(value, fname, argname, pos=None):
    """An ``int64_t`` argument (a count, a length, a dim)."""
    if type(value) is int:
        return value
    if isinstance(value, numbers.Integral) and not isinstance(value, _BOOLS):
        return int(value)
    raise arg_type_error(fname, argname, 'int', value, pos)


def int_list(sizes, fname, argname='size'):
    """An ``IntList`` given as varargs ``f(2, 3)`` or as one sequence ``f((2, 3))``.

    Returns a tuple of ints; any other element is 0.3's ``... must be tuple of ints, but
    found element of type float at pos 2``."""
    if len(sizes) == 1 and isinstance(sizes[0], (tuple, list)):
        sizes = sizes[0]
    for s in sizes:
        if type(s) is not int:
            break
    else:
        return tuple(sizes)
    out = []
    for i, s in enumerate(sizes):
        if not is_int(s):
            head = "%s(): argument '%s'" % (fname, argname) if fname else "argument '%s'" % argname
            raise TypeError("%s must be tuple of ints, but found element of type %s at pos %d"
                            % (head, errors.tp_name(s), i + 1))
        out.append(int(s))
    return tuple(out)


_KINDS = []


def _tensor_kinds():
    """(tensor base class, Variable), looked up once both are loaded."""
    if _KINDS:
        return _KINDS[0]
    kinds = (errors.package_class('legacy_autograd.tensor', '_TensorBase'),
             errors.package_class('legacy_autograd.autograd.variable', 'Variable'))
    if all(kinds):
        _KINDS.append(kinds)
    return kinds


def tensor_first(fn, name):
    """The ``torch.*`` form of a method: its first argument must be a tensor or Variable
    (0.3 refused anything else with a TypeError; the method body would fail obscurely)."""
    import functools

    @functools.wraps(fn)
    def checked(*args, **kwargs):
        if args and not isinstance(args[0], _tensor_kinds()):
            raise TypeError("%s(): argument 'input' must be a tensor or Variable, not %s"
                            % (name, errors.legacy_typename(args[0])))
        try:
            return fn(*args, **kwargs)
        except TypeError as e:
            err = stateless_error(e, name, args, kwargs.get('out'))
            if err is None:
                raise
            raise err from None
    return checked


def stateless_error(err, name, args, out=None):
    """``torch.<name>(tensor, ...)``'s own text for ``err``, a method-form invalid-combination
    error of ``name`` (:func:`errors.stateless_invalid_arguments`), when the receiver is a
    tensor; None otherwise (Variables kept their texts in 0.3.1: their functions had another
    parser).  Called only on the error path of the function forms."""
    restated = getattr(err, 'legacy_restated', None)
    if restated is not None:            # restated by an inner wrapper: again, with out=
        if out is None:
            return None
        err = restated
    if getattr(err, 'legacy_invalid', None) is None and \
            getattr(err, 'legacy_invalid_keywords', None) is None or not args:
        return None
    receiver = args[0]
    if not isinstance(receiver, _tensor_kinds()) and len(args) > 1:
        receiver = args[1]              # a number first (torch.addmm(beta, c, ...))
    if not isinstance(receiver, _tensor_kinds()[0]):
        return None
    new = errors.stateless_invalid_arguments(err, name, args, out)
    if new is not None:
        new.legacy_restated = err
    return new


def tensor_list(seq, fname, argname='seq'):
    """Check that every element of a tensor list is a tensor or Variable."""
    kinds = _tensor_kinds()
    for i, x in enumerate(seq):
        if not isinstance(x, kinds):
            raise TypeError("%s(): argument '%s' must be a sequence of tensors, but found element "
                            "of type %s at pos %d" % (fname, argname, errors.tp_name(x), i + 1))
    return seq


def tensor_arg(value, fname, argname, pos=None):
    """A tensor or Variable argument (0.3: ``argument 'mat2' (position 1) must be Variable``)."""
    if not isinstance(value, _tensor_kinds()):
        raise arg_type_error(fname, argname, 'Variable', value, pos)
    return value


def bool_arg(value, fname, argname, pos=None):
    """A ``bool`` argument: ``True``/``False`` only (0.3 refused ``keepdim=1``)."""
    if value is True or value is False:
        return value
    if isinstance(value, np.bool_):
        return bool(value)
    raise arg_type_error(fname, argname, 'bool', value, pos)


def float_arg(value, fname, argname, pos=None):
    """A ``double``/``Scalar`` argument: any real number (bools are ints, as in 0.3)."""
    if type(value) is float or type(value) is int:
        return value
    if isinstance(value, numbers.Real) or isinstance(value, np.bool_):
        return value
    raise arg_type_error(fname, argname, 'float', value, pos)


def to_float(value, fname, argname, pos=None):
    """``float_arg`` as a Python float."""
    return float(float_arg(value, fname, argname, pos))
