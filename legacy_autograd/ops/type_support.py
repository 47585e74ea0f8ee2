"""Which CPU tensor types had which ops in 0.3.1, and the errors for the others.

0.3.1 generated each tensor type's methods from its cwrap declarations
(``torch/csrc/generic/methods/*.cwrap``); a declaration with ``types: floating_point`` (or
``Float``, ``Double``) exists only on FloatTensor and DoubleTensor (and HalfTensor, which has
its own table, ``half.py``).  On the other types the op is simply not there, and old code
met three different errors depending on how it called it:

* a tensor method, ``torch.LongTensor([1]).exp()`` (also ``t ** 2``, whose ``__pow__`` calls
  ``self.pow``): ``AttributeError: 'torch.LongTensor' object has no attribute 'exp'``
  (pytorch issue 3437; ``'pow'`` in a 2018 report on tnt);
* a ``torch.*`` function on a tensor, ``torch.mean(t)``: the stateless dispatcher
  (``THPUtils_dispatchStateless``, ``torch/csrc/utils.cpp``) finds no such method:
  ``TypeError: Type torch.LongTensor doesn't implement stateless method mean``
  (pytorch issue 2772);
* a Variable, ``Variable(t).exp()`` or ``torch.exp(Variable(t))``: the call reaches ATen's
  ``Type`` base class, whose default body (``torch/lib/ATen/function_wrapper.py``,
  ``TYPE_METHOD_DEFINITION``) raises ``RuntimeError: exp is not implemented for type
  CPULongType``.  ``var``/``std`` were Python methods of 0.3.1's Variable that call ``mean``
  first, and ``renorm`` calls ``norm``, so those name the op they reach.

:func:`restrict` installs the first error on the integer classes (``hasattr(t, 'exp')`` is
False, as in 0.3.1; the floating classes are not touched, so their paths cost nothing); the
op front-ends call :func:`check_floating` for the other two.
"""
from ..autograd.variable import Variable

#: methods and functions declared for floating-point types only in 0.3.1's cwrap files
FLOATING_ONLY = frozenset("""
acos acos_ asin asin_ atan atan_ atan2 bernoulli btrifact btrisolve cauchy_ ceil ceil_ cos cos_
cosh cosh_ dist eig erf erf_ erfinv erfinv_ exp exp_ exponential_ floor floor_ frac frac_ gels
geqrf gesv histc inverse lerp lerp_ lgamma lgamma_ log log_ log1p log1p_ log_normal_ mean
multinomial norm normal_ orgqr ormqr potrf potri potrs pow pow_ pstrf qr reciprocal
reciprocal_ renorm renorm_ round round_ rsqrt rsqrt_ sigmoid sigmoid_ sin sin_ sinh sinh_ sqrt
sqrt_ std svd symeig tan tan_ tanh tanh_ trtrs trunc trunc_ uniform_ var
""".split())

#: declared for Int, Long, Short and the floating types: not for ByteTensor or CharTensor
SIGNED_WIDE_ONLY = frozenset(('abs', 'abs_', 'neg', 'neg_'))

#: the operators of 0.3.1's ``torch/tensor.py`` that call one of the methods above
OPERATOR_METHODS = {'__pow__': 'pow', '__ipow__': 'pow_', '__neg__': 'neg'}

#: Variable methods 0.3.1 wrote as Python Functions that call the tensor method
TENSOR_METHOD_REACHED = frozenset(('multinomial', 'bernoulli', 'normal'))

#: the first ATen op a Variable method reaches, where 0.3.1's Variable wrote it in Python
_ATEN_REACHED = {'var': 'mean', 'std': 'mean', 'renorm': 'norm', 'renorm_': 'norm'}


def lacks(typename, name):
    """Whether 0.3.1's CPU tensor type ``typename`` (``'torch.LongTensor'``) lacked ``name``."""
    if typename in ('torch.FloatTensor', 'torch.DoubleTensor'):
        return False
    if name in FLOATING_ONLY:
        return True
    return name in SIGNED_WIDE_ONLY and typename in ('torch.ByteTensor', 'torch.CharTensor')


class MissingMethod(object):
    """A class attribute standing for a method the class's 0.3.1 type did not have: reading
    it from an instance raises 0.3.1's AttributeError (so ``hasattr`` is False)."""
    __slots__ = ('typename', 'name')

    def __init__(self, typename, name):
        self.typename = typename
        self.name = name

    def __get__(self, obj, cls=None):
        if obj is None:         # on the class too: 0.3.1's type had no such attribute at all
            raise AttributeError("type object '%s' has no attribute '%s'"
                                 % (self.typename, self.name))
        raise AttributeError("'%s' object has no attribute '%s'" % (self.typename, self.name))


def restrict(classes, method_names):
    """Install 0.3.1's missing methods (and the operators calling them) on ``classes``."""
    for cls in classes:
        typename = cls._info.typename
        for name in method_names:
            if lacks(typename, name):
                setattr(cls, name, MissingMethod(typename, name))
        for op, name in OPERATOR_METHODS.items():
            if lacks(typename, name):
                setattr(cls, op, MissingMethod(typename, name))


def unsupported(name, receiver, typename):
    """0.3.1's error for op ``name`` reached with data of type ``typename`` by a ``torch.*``
    function (``receiver`` 'tensor') or through a Variable (``receiver`` 'variable')."""
    if receiver == 'variable' and name in TENSOR_METHOD_REACHED:
        return AttributeError("'%s' object has no attribute '%s'" % (typename, name))
    if receiver == 'variable':
        scalar = typename[len('torch.'):-len('Tensor')]
        return RuntimeError('%s is not implemented for type CPU%sType'
                            % (_ATEN_REACHED.get(name, name), scalar))
    return TypeError("Type %s doesn't implement stateless method %s" % (typename, name))


def check_floating(x, name):
    """Raise 0.3.1's error (:func:`unsupported`) unless the tensor or Variable ``x`` holds
    FloatTensor or DoubleTensor data: the check of the floating-point-only op ``name``."""
    if isinstance(x, Variable):
        info = x._data._info
        if not info.has_float_math:
            raise unsupported(name, 'variable', info.typename)
    elif x._info is not None and not x._info.has_float_math:   # (sparse: no _info)
        raise unsupported(name, 'tensor', x._info.typename)


def check_supported(x, name):
    """Raise 0.3.1's error when the type of the tensor or Variable ``x`` lacked op ``name``
    (:func:`lacks`; ``abs``/``neg`` on Byte and Char data)."""
    var = isinstance(x, Variable)
    info = (x._data if var else x)._info
    if info is not None and not info.has_float_math and lacks(info.typename, name):
        raise unsupported(name, 'variable' if var else 'tensor', info.typename)
