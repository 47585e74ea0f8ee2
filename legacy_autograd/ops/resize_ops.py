"""``is_same_size`` (tensors and Variables) and 0.3's Variable ``resize`` / ``resize_as``.

A Variable's ``resize`` only reshapes (same number of elements), with 0.3.1's error text
otherwise; its node is ``ResizeBackward`` (0.3.1's Python ``Resize`` function).
"""
from .registry import register
from .dispatch import call
from .schema import declare, Call, Y
from ._common import array_of, is_tensorlike
from .. import errors
from . import _args


def is_same_size(self, other):
    """``is_same_size(other)``: whether both have the same sizes."""
    if not is_tensorlike(other):
        raise TypeError('is_same_size(): argument \'other\' must be %s, not %s'
                        % ('Variable' if hasattr(self, 'grad_fn') else self.type(),
                           errors.legacy_typename(other)))
    return array_of(self).shape == array_of(other).shape


declare('is_same_size', is_same_size, variants=('method',),
        calls=(Call(Y, grad=False, modern=lambda torch, x, y: x.shape == y.shape),
               Call(Y, grad=False, shapes={Y: (4, 3)},
                    modern=lambda torch, x, y: x.shape == y.shape)))


RESIZE = register(
    'resize', lambda a, sizes: a.reshape(sizes),
    lambda ctx, g: (ctx.B.reshape(g, ctx.shapes[0][0]),),
    grad_fn='ResizeBackward', argnames=('self',),
    modern=lambda torch, a, sizes: a.reshape(sizes))


def _sizes(args):
    sizes = _args.int_list(args, 'resize', 'sizes')
    if any(s < 0 for s in sizes):
        raise RuntimeError('resize: negative size %s' % errors.fmt_sizes(sizes))
    return sizes


def resize(self, *sizes):
    """``Variable.resize(*sizes)``: the same elements in a new shape."""
    sizes = _sizes(sizes)
    n = 1
    for s in sizes:
        n *= s
    a = array_of(self)
    if a.size != n:
        raise RuntimeError("requested resize to {} ({} elements in total), but the given tensor "
                           "has a size of {} ({} elements). autograd's resize can only change "
                           "the shape of a given tensor, while preserving the number of "
                           "elements. ".format('x'.join(map(str, sizes)), n,
                                               'x'.join(map(str, a.shape)), a.size))
    return call(RESIZE, [self], {'sizes': sizes})


def resize_as(self, variable):
    """``Variable.resize_as(other)``: :meth:`resize` to ``other``'s sizes."""
    _args.tensor_arg(variable, 'resize_as', 'variable', 1)
    return resize(self, *array_of(variable).shape)


declare('resize', resize, variants=('method',), tensor=False, kernels=(RESIZE,),
        calls=(Call(4, 3, modern=lambda torch, x, a, b: x.reshape(a, b)),
               Call((2, 6), modern=lambda torch, x, s: x.reshape(s))))
declare('resize_as', resize_as, variants=('method',), tensor=False, kernels=(RESIZE,),
        calls=(Call(Y, shapes={Y: (6, 2)}, modern=lambda torch, x, y: x.reshape(y.shape)),))
