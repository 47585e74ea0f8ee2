"""Shape and view ops: view, expand, t, transpose, squeeze, unsqueeze, permute,
contiguous, clone, type conversions of Variables (more in the same pattern).

View ops share memory and the version counter with their input, like 0.3.
"""
import numpy as np

from .registry import register
from .dispatch import call, is_var
from .surface import both, method
from ._common import wrap_dim, tensor_of, array_of
from .. import errors
from ..autograd.variable import Variable


def _sizes_arg(sizes):
    if len(sizes) == 1 and isinstance(sizes[0], (tuple, list)):
        sizes = tuple(sizes[0])
    out = []
    for s in sizes:
        try:
            out.append(int(s))
        except (TypeError, ValueError):
            raise TypeError('sizes must be ints, got %s' % errors.legacy_typename(s))
    return tuple(out)


def _infer_view(shape_in_numel, sizes):
    if sizes.count(-1) > 1:
        raise RuntimeError('only one dimension can be inferred')
    known = 1
    for s in sizes:
        if s != -1:
            known *= s
    if -1 in sizes:
        if known == 0 or shape_in_numel % known:
            raise RuntimeError("invalid argument 2: size '%s' is invalid for input with %d elements"
                               % (errors.fmt_sizes(sizes), shape_in_numel))
        sizes = tuple(shape_in_numel // known if s == -1 else s for s in sizes)
    elif known != shape_in_numel:
        raise RuntimeError("invalid argument 2: size '%s' is invalid for input with %d elements"
                           % (errors.fmt_sizes(sizes), shape_in_numel))
    return sizes


VIEW = register(
    'view', lambda a, shape: a.reshape(shape),
    lambda ctx, g: (ctx.B.reshape(g, ctx.shapes[0][0]),),
    grad_fn='ViewBackward', argnames=('self',), is_view=True,
    modern=lambda torch, a, shape: a.view(shape))


@method()
def view(self, *sizes):
    sizes = _sizes_arg(sizes)
    a = array_of(self)
    if not (a.size == 0 or a.flags.c_contiguous):
        raise RuntimeError('invalid argument 1: input is not contiguous')
    shape = _infer_view(a.size, sizes)
    if shape == a.shape and not is_var(self):
        return type(self)._wrap(a.view(), self._version)
    return call(VIEW, [self], {'shape': shape})


@method()
def view_as(self, tensor):
    return view(self, *tensor.size())


EXPAND = register(
    'expand', lambda a, shape: np.broadcast_to(a, shape),
    lambda ctx, g: (ctx.B.sum_to(g, ctx.shapes[0][0]),),
    grad_fn='ExpandBackward', argnames=('self',), is_view=True,
    modern=lambda torch, a, shape: a.expand(shape))


@method()
def expand(self, *sizes):
    sizes = _sizes_arg(sizes)
    a = array_of(self)
    if len(sizes) < a.ndim:
        raise RuntimeError('the number of sizes provided must be greater or equal to the number '
                           'of dimensions in the tensor')
    lead = len(sizes) - a.ndim
    shape = []
    for i, s in enumerate(sizes):
        cur = a.shape[i - lead] if i >= lead else 1
        if s == -1:
            if i < lead:
                raise RuntimeError('expand: -1 is not allowed for a new leading dimension')
            s = cur
        if cur != 1 and cur != s:
            raise RuntimeError('The expanded size of the tensor (%d) must match the existing size (%d) '
                               'at non-singleton dimension %d' % (s, cur, i))
        shape.append(s)
    return call(EXPAND, [self], {'shape': tuple(shape)})


@method()
def expand_as(self, tensor):
    return expand(self, *tensor.size())


def _t_check(self):
    nd = tensor_of(self).dim()
    if nd > 2:
        raise RuntimeError('t() expects a 2D tensor, but self is %dD' % nd)


T = register(
    't', lambda a: a.T,
    lambda ctx, g: (ctx.B.t(g),),
    grad_fn='TBackward', argnames=('self',), is_view=True,
    modern=lambda torch, a: a.t())


@both(out=False)
def t(self):
    _t_check(self)
    return call(T, [self])


TRANSPOSE = register(
    'transpose', lambda a, dim0, dim1: np.swapaxes(a, dim0, dim1),
    lambda ctx, g: (ctx.B.transpose(g, ctx.params['dim0'], ctx.params['dim1']),),
    grad_fn='TransposeBackward', argnames=('self',), is_view=True,
    modern=lambda torch, a, dim0, dim1: a.transpose(dim0, dim1))


@both(out=False)
def transpose(self, dim0, dim1):
    nd = max(tensor_of(self).dim(), 1)
    return call(TRANSPOSE, [self], {'dim0': wrap_dim(dim0, nd), 'dim1': wrap_dim(dim1, nd)})


UNSQUEEZE = register(
    'unsqueeze', lambda a, dim: np.expand_dims(a, dim),
    lambda ctx, g: (ctx.B.reshape(g, ctx.shapes[0][0]),),
    grad_fn='UnsqueezeBackward', argnames=('self',), is_view=True,
    modern=lambda torch, a, dim: a.unsqueeze(dim))


@both(out=False)
def unsqueeze(self, dim):
    nd = tensor_of(self).dim()
    return call(UNSQUEEZE, [self], {'dim': wrap_dim(dim, nd, allow_end=True)})


def _squeeze(a, dim=None):
    if dim is None:
        r = a.squeeze()
    elif a.shape[dim] == 1 and a.ndim > 1:
        r = a.squeeze(dim)
    else:
        r = a
    if r.ndim == 0:
        r = r.reshape(1)
    return r


SQUEEZE = register(
    'squeeze', _squeeze,
    lambda ctx, g: (ctx.B.reshape(g, ctx.shapes[0][0]),),
    grad_fn='SqueezeBackward0', argnames=('self',), is_view=True,
    modern=lambda torch, a: a.squeeze())
SQUEEZE_DIM = register(
    'squeeze_dim', _squeeze,
    lambda ctx, g: (ctx.B.reshape(g, ctx.shapes[0][0]),),
    grad_fn='SqueezeBackward1', argnames=('self',), is_view=True,
    modern=lambda torch, a, dim: a.squeeze(dim))


@both(out=False)
def squeeze(self, dim=None):
    if dim is None:
        return call(SQUEEZE, [self])
    nd = max(tensor_of(self).dim(), 1)
    return call(SQUEEZE_DIM, [self], {'dim': wrap_dim(dim, nd)})


def _inv_perm(dims):
    inv = [0] * len(dims)
    for i, d in enumerate(dims):
        inv[d] = i
    return tuple(inv)


PERMUTE = register(
    'permute', lambda a, dims: np.transpose(a, dims),
    lambda ctx, g: (ctx.B.permute(g, _inv_perm(ctx.params['dims'])),),
    grad_fn='PermuteBackward', argnames=('self',), is_view=True,
    modern=lambda torch, a, dims: a.permute(dims))


@method()
def permute(self, *dims):
    dims = _sizes_arg(dims)
    nd = tensor_of(self).dim()
    if len(dims) != nd:
        raise RuntimeError('number of dims don\'t match in permute')
    dims = tuple(wrap_dim(d, nd) for d in dims)
    if sorted(dims) != list(range(nd)):
        raise RuntimeError('repeated dim in permute')
    return call(PERMUTE, [self], {'dims': dims})


CLONE = register(
    'clone', lambda a: a.copy(),
    lambda ctx, g: (g,),
    grad_fn='CloneBackward', argnames=('self',),
    modern=lambda torch, a: a.clone())


@method(tensor=False)
def clone(self):
    return call(CLONE, [self])


CONTIGUOUS = register(
    'contiguous', lambda a: np.ascontiguousarray(a).copy() if not a.flags.c_contiguous else a.copy(),
    lambda ctx, g: (g,),
    grad_fn='torch.autograd.function.ContiguousBackward', argnames=('self',),
    modern=lambda torch, a: a.contiguous())


@method(tensor=False)
def contiguous(self):
    if self._data.is_contiguous():
        return self
    return call(CONTIGUOUS, [self])


def _type_back(ctx, g):
    return (g,)   # the engine casts the gradient back to the input's type


TYPE = register(
    'type', lambda a, dtype: a.astype(dtype),
    _type_back, check_types=False,
    grad_fn='torch.autograd.function.TypeBackward', argnames=('self',),
    parity_exempt='type conversion: checked by the dtype tests, modern torch uses .to(dtype)')


def type_as_variable(self, t):
    from ..tensor import resolve_type
    cls = resolve_type(t)
    if cls is type(self._data):
        return self
    return call(TYPE, [self], {'dtype': cls._dtype}, out_cls=cls)


for _name, _cls_name in (('double', 'DoubleTensor'), ('float', 'FloatTensor'), ('half', 'HalfTensor'),
                         ('long', 'LongTensor'), ('int', 'IntTensor'), ('short', 'ShortTensor'),
                         ('char', 'CharTensor'), ('byte', 'ByteTensor')):
    def _conv(self, _c=_cls_name):
        from .. import tensor as _t
        return type_as_variable(self, getattr(_t, _c))
    _conv.__name__ = _name
    method(_name, tensor=False)(_conv)


@method(tensor=False)
def type_as(self, other):
    return type_as_variable(self, type(tensor_of(other)))
