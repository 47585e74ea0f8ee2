"""Shape and view ops: view, expand, t, transpose, squeeze, unsqueeze, permute,
contiguous, clone, type conversions of Variables (more in the same pattern).

View ops share memory and the version counter with their input, like 0.3.
"""
import numpy as np

from .registry import register
from .dispatch import call, call_inplace, is_var
from .surface import both, method
from .schema import Call, X, Y, Z
from ._common import wrap_dim, tensor_of, array_of
from . import backend_variable as _VB
from . import _args
from .. import errors
from ..size import th_sizes
from .. import tensor as _tensor
from ..autograd.variable import Variable


def _sizes_arg(sizes, fname='view', argname='size'):
    return _args.int_list(sizes, fname, argname)


def _infer_view(shape_in_numel, sizes):
    if sizes.count(-1) > 1:
        raise RuntimeError('invalid argument 1: only one dimension can be inferred')  # THArgCheck 1
    known = 1 if sizes else 0       # 0.3: no sizes at all is the empty tensor's shape
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
    return sizes if sizes else (0,)


VIEW = register(
    'view', lambda a, shape: a.reshape(shape),
    lambda ctx, g: (ctx.B.reshape(g, ctx.shapes[0][0]),),
    grad_fn='ViewBackward', argnames=('self',), is_view=True,
    modern=lambda torch, a, shape: a.view(shape))


@method(shape='view', dtypes=('float32', 'float64', 'int64'),
        calls=(Call(4, 3), Call(-1), Call(2, -1, 2), Call(12, 1)))
def view(self, *sizes):
    sizes = _sizes_arg(sizes)
    a = array_of(self)
    if not (a.size == 0 or a.flags.c_contiguous):
        raise RuntimeError('invalid argument 1: input is not contiguous')
    shape = _infer_view(a.size, sizes)
    if shape == a.shape and not is_var(self):
        return type(self)._wrap(a.view(), self._version)
    return call(VIEW, [self], {'shape': shape})


@method(shape='view', calls=(Call(Y, shapes={Y: (2, 6)}),))
def view_as(self, tensor):
    _args.tensor_arg(tensor, 'view_as', 'tensor', 1)
    return view(self, *tensor.size())


def _expand_view(a, shape):
    # like np.broadcast_to, but writeable (0.3 allowed writing through an expanded tensor)
    # strides as TH's expand gave them: 0 where a size-1 dimension is expanded, and a new
    # leading dimension of size 1 gets the stride it would have in a contiguous layout
    lead = len(shape) - a.ndim
    strides = [0] * len(shape)
    for i in range(len(shape) - 1, -1, -1):
        if i >= lead:
            n, st = a.shape[i - lead], a.strides[i - lead]
        else:
            n = 1
            st = shape[i + 1] * strides[i + 1] if i + 1 < len(shape) else a.itemsize
        strides[i] = 0 if (n == 1 and shape[i] != 1) else st
    return _NB.strided_view(a, shape, tuple(strides))


EXPAND = register(
    'expand', _expand_view,
    lambda ctx, g: (ctx.B.sum_to(g, ctx.shapes[0][0]),),
    grad_fn='ExpandBackward', argnames=('self',), is_view=True,
    modern=lambda torch, a, shape: a.expand(shape))


@method(shape='view', calls=(Call(3, 4, shapes={X: (3, 1)}), Call(2, 3, 4, shapes={X: (3, 1)}),
                            Call(-1, 4, shapes={X: (3, 1)})))
def expand(self, *sizes):
    sizes = _sizes_arg(sizes, 'expand')
    a = array_of(self)
    if not sizes and a.size == 0:       # the empty tensor (no dimensions in 0.3) to itself
        return call(EXPAND, [self], {'shape': a.shape})
    if len(sizes) < a.ndim:
        raise errors.expand_dims_error()
    lead = len(sizes) - a.ndim
    shape = [0] * len(sizes)
    for i in range(len(sizes) - 1, -1, -1):      # checked from the last dimension, like TH
        s = sizes[i]
        cur = a.shape[i - lead] if i >= lead else 1
        if s == -1:
            if i < lead:
                # TH's THLongStorage_inferExpandGeometry text (its own final period)
                raise RuntimeError("The expanded size of the tensor (-1) isn't allowed in a "
                                   "leading, non-existing dimension %d." % i)
            s = cur
        if cur != 1 and cur != s:
            raise errors.expand_error(s, cur, i)
        shape[i] = s
    return call(EXPAND, [self], {'shape': tuple(shape)})


@method(shape='view', calls=(Call(Y, shapes={X: (1, 4)}),))
def expand_as(self, tensor):
    _args.tensor_arg(tensor, 'expand_as', 'tensor', 1)
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


@both(out=False, shape='view', calls=(Call(),))
def t(self):
    _t_check(self)
    return call(T, [self])


TRANSPOSE = register(
    'transpose', lambda a, dim0, dim1: np.swapaxes(a, dim0, dim1),
    lambda ctx, g: (ctx.B.transpose(g, ctx.params['dim0'], ctx.params['dim1']),),
    grad_fn='TransposeBackward', argnames=('self',), is_view=True,
    modern=lambda torch, a, dim0, dim1: a.transpose(dim0, dim1))


@both(out=False, shape='view', calls=(Call(0, 1), Call(-1, 0), Call(2, 0, shapes={X: (2, 3, 4)})))
def transpose(self, dim0, dim1):
    nd = max(tensor_of(self).dim(), 1)
    return call(TRANSPOSE, [self], {'dim0': wrap_dim(dim0, nd, fname='transpose', argname='dim0', pos=1),
                                    'dim1': wrap_dim(dim1, nd, fname='transpose', argname='dim1', pos=2)})


UNSQUEEZE = register(
    'unsqueeze', lambda a, dim: np.expand_dims(a, dim),
    lambda ctx, g: (ctx.B.reshape(g, ctx.shapes[0][0]),),
    grad_fn='UnsqueezeBackward', argnames=('self',), is_view=True,
    modern=lambda torch, a, dim: a.unsqueeze(dim))


def _unsqueeze_check(t):
    if t._a.size == 0:
        raise RuntimeError('invalid argument 2: cannot unsqueeze empty tensor')


@both(out=False, shape='view', calls=(Call(0), Call(2), Call(-1), Call(1)))
def unsqueeze(self, dim):
    _unsqueeze_check(tensor_of(self))
    nd = tensor_of(self).dim()
    return call(UNSQUEEZE, [self], {'dim': wrap_dim(dim, nd, allow_end=True, fname='unsqueeze',
                                                    pos=1)})


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


@both(out=False, shape='view', calls=(Call(shapes={X: (3, 1, 4)}), Call(1, shapes={X: (3, 1, 4)}),
                                      Call(0, shapes={X: (3, 1, 4)})))
def squeeze(self, dim=_args.OMITTED):
    dim = _args.optional(dim, 'squeeze', 'dim')
    if dim is None:
        return call(SQUEEZE, [self])
    nd = max(tensor_of(self).dim(), 1)
    return call(SQUEEZE_DIM, [self], {'dim': wrap_dim(dim, nd, fname='squeeze', pos=1)})


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


@method(shape='view', calls=(Call(1, 0), Call(2, 0, 1, shapes={X: (2, 3, 4)})))
def permute(self, *dims):
    dims = _sizes_arg(dims, 'permute', 'dims')
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


@method(tensor=False, calls=(Call(),))
def clone(self):
    return call(CLONE, [self])


CONTIGUOUS = register(
    'contiguous', lambda a: np.ascontiguousarray(a).copy() if not a.flags.c_contiguous else a.copy(),
    lambda ctx, g: (g,),
    grad_fn='torch.autograd.function.ContiguousBackward', argnames=('self',),
    modern=lambda torch, a: a.contiguous())


@method(tensor=False, calls=(Call(),))
def contiguous(self):
    """0.3 ``Variable.contiguous()``: makes this Variable's own ``.data`` contiguous (a
    contiguous copy replaces it) and returns the Variable itself: no node is recorded, the
    gradient flows through the Variable as before."""
    data = self._data
    if not data.is_contiguous():
        self._data = data.contiguous()
        if self._base is not None:      # no longer a view of its base's memory
            self._base = None
            self._view_chain = None
    return self


def _type_back(ctx, g):
    return (g,)   # the engine casts the gradient back to the input's type


TYPE = register(
    'type', lambda a, dtype: a.astype(dtype),
    _type_back, check_types=False,
    grad_fn='torch.autograd.function.TypeBackward', argnames=('self',),
    parity_exempt='type conversion: checked by the dtype tests, modern torch uses .to(dtype)')


def type_as_variable(self, t):
    cls = _tensor.resolve_type(t)
    if cls is type(self._data):
        return self
    return call(TYPE, [self], {'dtype': cls._dtype}, out_cls=cls)


for _name, _cls_name in (('double', 'DoubleTensor'), ('float', 'FloatTensor'), ('half', 'HalfTensor'),
                         ('long', 'LongTensor'), ('int', 'IntTensor'), ('short', 'ShortTensor'),
                         ('char', 'CharTensor'), ('byte', 'ByteTensor')):
    def _conv(self, *, _c=_cls_name):
        return type_as_variable(self, getattr(_tensor, _c))
    _conv.__name__ = _conv.__qualname__ = _name
    _floating = _name in ('double', 'float')
    # float() of a FloatTensor Variable is the Variable itself: sampled on the other type
    method(_name, tensor=False, dtypes={'float': ('float64',), 'double': ('float32',)}.get(
        _name, ('float32', 'float64')), calls=(
        Call(types=_name, grad=_floating,
             modern=lambda torch, x, _n=_name: getattr(x, _n)()),))(_conv)


@method('type', tensor=False, dtypes=('float32',),
        calls=(Call('torch.DoubleTensor', types='double', modern=lambda torch, x, t: x.double()),
               Call('torch.LongTensor', types='long', grad=False,
                    modern=lambda torch, x, t: x.long())))
def _variable_type(self, t):
    """``v.type(t)``: converted (a recorded op), or the Variable itself when the type is its
    own.  0.3.1's ``Variable.type(self, t)`` had no default and no ``async`` (``v.type()`` is
    Python's missing-argument error; the type name is ``v.data.type()``)."""
    return type_as_variable(self, t)


@method(tensor=False, calls=(Call(Y),))
def type_as(self, other):
    _args.tensor_arg(other, 'type_as', 'other', 1)
    return type_as_variable(self, type(tensor_of(other)))


# The tensor forms of the conversions, clone, contiguous and type_as are methods of the tensor
# classes themselves (tensor.py, the layer below the op front-ends): declared here as the
# tensor half of the same ops, so each is one schema entry whose sample calls run both forms.
for _name in ('double', 'float', 'half', 'long', 'int', 'short', 'char', 'byte', 'clone',
              'contiguous', 'type_as', 'type'):
    method(_name, variable=False)(getattr(_tensor._TensorBase, _name))


# ==================================================================================================
# narrow, select, unfold, repeat, cat, stack, split/chunk, unbind, diag, tril/triu, the in-place
# view variants (squeeze_, unsqueeze_, t_, transpose_) and resize_/resize_as_/set_ (tensors only).
# ==================================================================================================
from .. import backend_numpy as _NB  # noqa: E402
from .surface import function  # noqa: E402
from ..autograd.nodes import Node  # noqa: E402
from ..tensor import _TensorBase  # noqa: E402


def _prod(shape):
    n = 1
    for s in shape:
        n *= s
    return n


def _int_arg(x, name, fname=None, pos=None):
    if type(x) is int:
        return x
    if not isinstance(x, (bool, np.bool_)) and not isinstance(x, float):
        try:
            return int(x.__index__())
        except Exception:
            pass
    raise _args.arg_type_error(fname, name, 'int', x, pos)


# --------------------------------------------------------------------------- narrow
NARROW = register(
    'narrow', lambda a, dim, start, length: _NB.narrow(a, dim, start, length),
    lambda ctx, g: (ctx.B.narrow_pad(g, ctx.shapes[0][0], ctx.params['dim'], ctx.params['start']),),
    grad_fn='NarrowBackward', argnames=('self',), is_view=True,
    modern=lambda torch, a, dim, start, length: a.narrow(dim, start, length))


@both(out=False, shape='view', calls=(Call(1, 1, 2), Call(0, 0, 1), Call(-1, 2, 2)))
def narrow(self, dimension, start, length):
    t = tensor_of(self)
    nd = t.dim()
    if nd == 0:
        raise RuntimeError('invalid argument 2: out of range')
    d = wrap_dim(dimension, nd, fname='narrow', argname='dimension', pos=1)
    start = _int_arg(start, 'start', 'narrow', 2)
    length = _int_arg(length, 'length', 'narrow', 3)
    size = t._a.shape[d]
    if not 0 <= start < size:
        raise RuntimeError('invalid argument 3: out of range')
    if length <= 0 or start > size - length:
        raise RuntimeError('invalid argument 4: out of range')
    return call(NARROW, [self], {'dim': d, 'start': start, 'length': length})


# --------------------------------------------------------------------------- _unnarrow
def _unnarrow_shape(shape, dim, dim_size):
    shape = list(shape)
    shape[dim] = dim_size
    return tuple(shape)


def _unnarrow_modern(torch, a, dim, offset, dim_size):
    before = list(a.shape)
    before[dim] = offset
    after = list(a.shape)
    after[dim] = dim_size - offset - a.shape[dim]
    return torch.cat([a.new_zeros(before), a, a.new_zeros(after)], dim)


UNNARROW = register(
    '_unnarrow',
    lambda a, dim, offset, dim_size: _NB.narrow_pad(a, _unnarrow_shape(a.shape, dim, dim_size),
                                                    dim, offset),
    lambda ctx, g: (ctx.B.narrow(g, ctx.params['dim'], ctx.params['offset'],
                                 ctx.shapes[0][0][ctx.params['dim']]),),
    grad_fn='UnnarrowBackward', argnames=('self',), modern=_unnarrow_modern)


@method(tensor=False, calls=(Call(0, 1, 5), Call(1, 0, 4), Call(-1, 2, 7)), modern=_unnarrow_modern)
def _unnarrow(self, dimension, offset, dimSize):
    """0.3.1's Variable ``_unnarrow`` (ATen): zeros of self's size with ``dimension`` made
    ``dimSize`` long, self copied in at ``offset`` (the inverse of ``narrow``)."""
    t = tensor_of(self)
    nd = t.dim()
    if nd == 0:
        raise RuntimeError('unnarrow() cannot be applied to a 0-dim tensor.')
    d = wrap_dim(dimension, nd)
    offset = _int_arg(offset, 'offset')
    dim_size = _int_arg(dimSize, 'dimSize')
    size = t._a.shape[d]
    if offset < 0 or dim_size < offset + size:
        raise RuntimeError('invalid argument 3: out of range')
    return call(UNNARROW, [self], {'dim': d, 'offset': offset, 'dim_size': dim_size})


# --------------------------------------------------------------------------- select / unbind
def _select_key(dim, index, ndim):
    # a 1-D input keeps a size-1 dim (0.3 has no 0-dim tensors)
    if ndim == 1:
        return (slice(index, index + 1),)
    return (slice(None),) * dim + (index,)


SELECT = register(
    'select', lambda a, key: a[key],
    lambda ctx, g: (ctx.B.index_put_zeros(g, ctx.shapes[0][0], ctx.params['key']),),
    grad_fn='SelectBackward', argnames=('self',), is_view=True,
    modern=lambda torch, a, key: a[key])


def _select_index(t, d, index):
    index = _int_arg(index, 'index', 'select', 2)
    size = t._a.shape[d]
    if index < -size or index >= size:
        raise errors.index_out_of_range(index, d, size)
    return index + size if index < 0 else index


@both(out=False, shape='view', calls=(Call(1, 2), Call(0, 1), Call(-1, 3)))
def select(self, dim, index):
    t = tensor_of(self)
    nd = t.dim()
    if nd == 0:
        raise RuntimeError('invalid argument 2: out of range')
    d = wrap_dim(dim, nd, fname='select', pos=1)
    if nd == 1 and not is_var(self):
        # 0.3.1's tensor binding (Tensor.cwrap): on a vector, the element as a Python number
        # (TH get1d: no negative index)
        index = _int_arg(index, 'index', 'select', 2)
        if index < 0 or index >= t._a.shape[0]:
            raise RuntimeError('invalid argument 2: out of range')
        return t._a[index].item()
    i = _select_index(t, d, index)
    return call(SELECT, [self], {'key': _select_key(d, i, nd)})


@function(out=False, calls=(Call(), Call(1)))
def unbind(tensor, dim=0):
    _args.tensor_arg(tensor, 'unbind', 'tensor', 1)
    t = tensor_of(tensor)
    # 0.3.1's torch.unbind is ``tuple(tensor.select(dim, i) for i in range(tensor.size(dim)))``:
    # size(dim)'s errors (an empty tensor has no dim 0); on a vector (a tensor, not a Variable)
    # each select is the element itself, a Python number
    d = wrap_dim(dim, max(t.dim(), 1))
    return tuple(select(tensor, d, i) for i in range(t.size(d)))


# --------------------------------------------------------------------------- unfold
UNFOLD = register(
    'unfold', lambda a, dim, size, step: _NB.unfold(a, dim, size, step),
    lambda ctx, g: (ctx.B.unfold_back(g, ctx.shapes[0][0], ctx.params['dim'], ctx.params['size'],
                                      ctx.params['step']),),
    grad_fn='UnfoldBackward', argnames=('self',), is_view=True,
    modern=lambda torch, a, dim, size, step: a.unfold(dim, size, step))


@method(shape='view', calls=(Call(1, 2, 1), Call(0, 2, 1), Call(1, 2, 2)))
def unfold(self, dimension, size, step):
    t = tensor_of(self)
    if t.dim() == 0:
        raise RuntimeError('invalid argument 1: cannot unfold an empty tensor')
    d = wrap_dim(dimension, t.dim(), fname='unfold', argname='dimension', pos=1)
    size = _int_arg(size, 'size', 'unfold', 2)
    step = _int_arg(step, 'step', 'unfold', 3)
    if size < 0 or size > t._a.shape[d]:
        raise RuntimeError('invalid argument 3: out of range')
    if step <= 0:
        raise RuntimeError('invalid argument 4: invalid step')
    return call(UNFOLD, [self], {'dim': d, 'size': size, 'step': step})


# --------------------------------------------------------------------------- repeat
def _repeat_forward(a, repeats):
    lead = len(repeats) - a.ndim
    return np.tile(a.reshape((1,) * lead + a.shape), repeats)


def _repeat_back(ctx, g):
    B = ctx.B
    reps = ctx.params['repeats']
    in_shape = ctx.shapes[0][0]
    full = (1,) * (len(reps) - len(in_shape)) + tuple(in_shape)
    inter = []
    for r, s in zip(reps, full):
        inter += [r, s]
    g = B.reshape(g, tuple(inter))
    g = B.sum(g, tuple(range(0, 2 * len(reps), 2)))
    return (B.reshape(g, tuple(in_shape)),)


REPEAT = register(
    'repeat', _repeat_forward, _repeat_back,
    grad_fn='torch.autograd.function.RepeatBackward', argnames=('self',),
    modern=lambda torch, a, repeats: a.repeat(*repeats))


@method(dtypes=('float32', 'float64', 'int64'), calls=(Call(2, 1), Call(1, 2, 3)))
def repeat(self, *sizes):
    reps = _sizes_arg(sizes, 'repeat', 'repeats')
    t = tensor_of(self)
    if len(reps) < t.dim():
        raise RuntimeError('Number of dimensions of repeat dims can not be smaller than number of '
                           'dimensions of tensor')
    if any(r < 0 for r in reps):
        raise RuntimeError('invalid argument: repeats must be non-negative, got %s' % errors.fmt_sizes(reps))
    if t.dim() == 0:
        return type(t)() if not is_var(self) else self
    return call(REPEAT, [self], {'repeats': reps})


# --------------------------------------------------------------------------- cat / stack
def _cat_forward(*arrays, dim):
    parts = [x for x in arrays if x.size]
    if not parts:
        return np.empty((0,), dtype=arrays[0].dtype)
    if len(parts) == 1:
        return parts[0].copy()
    return np.concatenate(parts, axis=dim)


def _cat_back(ctx, g):
    dim = ctx.params['dim']
    out = []
    start = 0
    for shape, _ in ctx.shapes:
        if _prod(shape) == 0:
            out.append(None)
            continue
        n = shape[dim]
        out.append(ctx.B.narrow(g, dim, start, n))
        start += n
    return tuple(out)


CAT = register(
    'cat', _cat_forward, _cat_back,
    grad_fn='CatBackward', argnames=('tensors',), check_types=False,
    modern=lambda torch, *arrays, dim: torch.cat(arrays, dim))


def _cat_type_error(seq, orig, dim, first, k):
    bad = seq[k]
    if isinstance(first, Variable):
        msg = ("Expected object of type Variable[%s] but found type %s for sequence element %d in sequence "
               "argument at position #1 'tensors'"
               % (first._data.type(), 'Variable[%s]' % bad._data.type() if isinstance(bad, Variable)
                  else errors.legacy_typename(bad), k))
        return RuntimeError(msg) if isinstance(bad, Variable) else TypeError(msg)
    tn = first.type()
    return errors.invalid_arguments(
        'cat', [orig, dim],
        [('(sequence[%s] seq)' % tn, None),
         ('(sequence[%s] seq, int dim)' % tn, lambda a: [True, False])])


@function(dtypes=('float32', 'float64', 'int64'),
          calls=(Call([X, Y], receiver=False), Call([X, Y, Z], 1, receiver=False),
                 Call((X, Y), dim=-1, receiver=False)))
def cat(seq, dim=0):
    if is_var(seq) or isinstance(seq, _TensorBase):
        raise TypeError('cat(): argument \'seq\' must be a sequence of tensors, not %s'
                        % errors.legacy_typename(seq))
    orig = seq
    try:
        seq = list(seq)
    except TypeError:
        raise TypeError("cat(): argument 'seq' must be a sequence of tensors, not %s"
                        % errors.legacy_typename(seq))
    if not seq:
        raise RuntimeError('expected a non-empty list of Tensors')
    first = seq[0]
    if not (isinstance(first, (Variable, _TensorBase))):
        raise TypeError("cat(): argument 'seq' must be a sequence of tensors, but element 0 is %s"
                        % errors.legacy_typename(first))
    var = is_var(first)
    cls = type(tensor_of(first))
    for k, x in enumerate(seq):
        if is_var(x) != var or type(tensor_of(x)) is not cls:
            raise _cat_type_error(seq, orig, dim, first, k)
    if type(dim) is not int:
        dim = _args.int_arg(dim, 'cat', 'dim', 2)
    arrays = [array_of(x) for x in seq]
    ref = None
    for x in arrays:
        if x.size:
            ref = x
            break
    if ref is None:
        if var:
            return call(CAT, seq, {'dim': 0})
        return cls()
    d = wrap_dim(dim, ref.ndim)
    for x in arrays:
        if not x.size:
            continue
        if x.ndim != ref.ndim or any(x.shape[i] != ref.shape[i] for i in range(ref.ndim) if i != d):
            raise RuntimeError('inconsistent tensor sizes')
    return call(CAT, seq, {'dim': d})


@function(calls=(Call([X, Y], receiver=False), Call([X, Y, Z], 2, receiver=False),
                 Call((X, Y), dim=1, receiver=False)))
def stack(sequence, dim=0):
    if not isinstance(sequence, (list, tuple)):
        raise TypeError("stack(): argument 'sequence' must be a sequence of tensors, not %s"
                        % errors.tp_name(sequence))
    seq = list(sequence)
    if not seq:
        raise ValueError('stack expects a non-empty sequence of tensors')
    _args.tensor_list(seq, 'stack', 'sequence')
    d = wrap_dim(dim, tensor_of(seq[0]).dim(), allow_end=True)
    return cat([unsqueeze(x, d) for x in seq], d)


# --------------------------------------------------------------------------- split / chunk
class SplitBackward(Node):
    """The multi-output node of ``split``/``chunk`` on Variables (0.3 ``SplitBackward``)."""
    __slots__ = ('num_outputs', 'dim', 'sizes', 'in_shape')
    _legacy_name = 'SplitBackward'

    def _apply_backward(self, grads, create_graph, retain_graph):
        B = _VB if create_graph else _NB
        like = None
        for g in grads:
            if g is not None:
                like = g
                break
        parts = []
        for g, n in zip(grads, self.sizes):
            if g is None:
                shape = list(self.in_shape)
                shape[self.dim] = n
                g = B.zeros(tuple(shape), like)
            parts.append(g)
        return [parts[0] if len(parts) == 1 else B.cat(parts, self.dim)]


SplitBackward.__module__ = 'torch._C'


def _split_pieces(t, d, split_size):
    n = t._a.shape[d] if t.dim() else 0
    return [(s, min(split_size, n - s)) for s in range(0, n, split_size)]


def _split_views(self, d, pieces):
    if not is_var(self):
        return tuple(type(self)._wrap(_NB.narrow(self._a, d, s, n), self._version) for s, n in pieces)
    data = self._data
    volatile = self._volatile
    node = None
    if self.requires_grad and not volatile and pieces:
        edge = self._edge()
        node = SplitBackward()          # numbered after the input's node (maybe created just now)
        node.next_functions = (edge,)
        node.num_outputs = len(pieces)
        node.dim = d
        node.sizes = [n for _, n in pieces]
        node.in_shape = data._a.shape
    return tuple(Variable._make(type(data)._wrap(_NB.narrow(data._a, d, s, n), data._version),
                                grad_fn=node, output_nr=k if node is not None else 0, volatile=volatile)
                 for k, (s, n) in enumerate(pieces))


@both(out=False, calls=(Call(2), Call(3, 1), Call(2, -1)))
def split(self, split_size, dim=0):
    t = tensor_of(self)
    d = wrap_dim(dim, max(t.dim(), 1), fname='split', pos=2)
    split_size = _int_arg(split_size, 'split_size', 'split', 1)
    if split_size <= 0:
        raise RuntimeError('split expects split_size to be positive, but got split_size=%d' % split_size)
    return _split_views(self, d, _split_pieces(t, d, split_size))


@both(out=False, calls=(Call(2), Call(3, 1), Call(2, -1)))
def chunk(self, chunks, dim=0):
    t = tensor_of(self)
    d = wrap_dim(dim, max(t.dim(), 1), fname='chunk', pos=2)
    chunks = _int_arg(chunks, 'chunks', 'chunk', 1)
    if chunks <= 0:
        raise RuntimeError('chunk expects `chunks` to be greater than 0, got: %d' % chunks)
    n = t._a.shape[d] if t.dim() else 0
    split_size = max(1, (n + chunks - 1) // chunks)
    return _split_views(self, d, _split_pieces(t, d, split_size))


# --------------------------------------------------------------------------- diag / tril / triu
def _diag_coords(shape, k):
    m, n = shape
    if k >= 0:
        length = max(0, min(m, n - k))
        rows = np.arange(length)
        return rows, rows + k
    length = max(0, min(m + k, n))
    cols = np.arange(length)
    return cols - k, cols


def _diag_back(ctx, g):
    shape = ctx.shapes[0][0]
    k = ctx.params['diagonal']
    if len(shape) == 1:
        return (ctx.B.diag(g, k),)
    if ctx.B.KIND == 'numpy':
        # 0.3.1: grad.diag(k), the vector copied onto a zero matrix (a -0.0 stays -0.0)
        out = np.zeros(shape, dtype=g.dtype)
        out[_diag_coords(shape, k)] = g
        return (out,)
    return (ctx.B.index_put_zeros(g, shape, _diag_coords(shape, k)),)


DIAG = register(
    'diag', lambda a, diagonal: _NB.diag(a, diagonal), _diag_back,
    grad_fn='DiagBackward', argnames=('self',),
    modern=lambda torch, a, diagonal: torch.diag(a, diagonal))


@both(calls=(Call(), Call(1), Call(-1), Call(shapes={X: (4,)}), Call(1, shapes={X: (4,)})))
def diag(self, diagonal=0):
    t = tensor_of(self)
    if t.dim() not in (1, 2):
        raise RuntimeError('invalid argument 1: matrix or a vector expected')
    return call(DIAG, [self], {'diagonal': _int_arg(diagonal, 'diagonal', 'diag', 1)})


def _tri_mask(shape, k, lower):
    rows = np.arange(shape[0])[:, None]
    cols = np.arange(shape[1])[None, :]
    return (cols - rows <= k) if lower else (cols - rows >= k)


def _tri_back(lower):
    """0.3.1: ``grad.tril(diagonal)`` / ``grad.triu(diagonal)`` -- the other side set to zero
    (not multiplied by it: an inf or nan gradient there gives 0, and -0.0 gives +0.0)."""
    def back(ctx, g):
        k = ctx.params['diagonal']
        if ctx.B.KIND == 'numpy':
            return (np.where(_tri_mask(g.shape, k, lower), g, g.dtype.type(0)),)
        return (call(TRIL if lower else TRIU, [g], {'diagonal': k}),)
    return back


TRIL = register(
    'tril', lambda a, diagonal: np.where(_tri_mask(a.shape, diagonal, True), a, a.dtype.type(0)),
    _tri_back(True),
    grad_fn='TrilBackward', argnames=('self',),
    modern=lambda torch, a, diagonal: torch.tril(a, diagonal))
TRIU = register(
    'triu', lambda a, diagonal: np.where(_tri_mask(a.shape, diagonal, False), a, a.dtype.type(0)),
    _tri_back(False),
    grad_fn='TriuBackward', argnames=('self',),
    modern=lambda torch, a, diagonal: torch.triu(a, diagonal))


def _tri(self, diagonal, op, inplace):
    t = tensor_of(self)
    if t.dim() != 2:
        raise RuntimeError('invalid argument 1: expected a matrix')
    params = {'diagonal': _int_arg(diagonal, 'diagonal', op.name + ('_' if inplace else ''), 1)}
    if inplace:
        return call_inplace(op, [self], params)
    return call(op, [self], params)


@both(calls=(Call(), Call(1), Call(-1)))
def tril(self, diagonal=0):
    return _tri(self, diagonal, TRIL, False)


@both(calls=(Call(), Call(1), Call(-1)))
def triu(self, diagonal=0):
    return _tri(self, diagonal, TRIU, False)


@method(calls=(Call(), Call(1)))
def tril_(self, diagonal=0):
    return _tri(self, diagonal, TRIL, True)


@method(calls=(Call(), Call(-1)))
def triu_(self, diagonal=0):
    return _tri(self, diagonal, TRIU, True)


# --------------------------------------------------------------------------- in-place view variants
def _set_view(self, array):
    self._a = array
    return self


@method(variable=False, calls=(Call(shapes={X: (3, 1, 4)}), Call(1, shapes={X: (3, 1, 4)})))
def squeeze_(self, dim=_args.OMITTED):
    dim = _args.optional(dim, 'squeeze_', 'dim')
    if dim is None:
        return _set_view(self, _squeeze(self._a))
    return _set_view(self, _squeeze(self._a, wrap_dim(dim, max(self.dim(), 1), fname='squeeze_',
                                                        pos=1)))


@method(variable=False, calls=(Call(0), Call(-1)))
def unsqueeze_(self, dim):
    _unsqueeze_check(self)
    return _set_view(self, np.expand_dims(self._a, wrap_dim(dim, self.dim(), allow_end=True,
                                                            fname='unsqueeze_', pos=1)))


@method(variable=False, calls=(Call(),))
def t_(self):
    _t_check(self)
    return _set_view(self, self._a.T)


@method(variable=False, calls=(Call(0, 1),))
def transpose_(self, dim0, dim1):
    nd = max(self.dim(), 1)
    return _set_view(self, np.swapaxes(self._a, wrap_dim(dim0, nd, fname='transpose_', argname='dim0', pos=1),
                                       wrap_dim(dim1, nd, fname='transpose_', argname='dim1', pos=2)))


# --------------------------------------------------------------------------- resize_ / set_
@method(variable=False, calls=(Call(4, 3), Call(12), Call(2, 6)))
def resize_(self, *sizes):
    # cut at the first size that is not positive, as 0.3.1's TH did (size.th_sizes)
    sizes = th_sizes(_sizes_arg(sizes, 'resize_'))
    a = self._a
    n = _prod(sizes) if sizes else 0
    if n == 0:
        new = np.empty((0,), dtype=a.dtype)
    elif a.size and tuple(sizes) == a.shape:
        return self
    elif a.flags.c_contiguous and n <= a.size:
        new = a.reshape(-1)[:n].reshape(sizes)        # keeps sharing the old memory
    else:
        if getattr(self, '_fixed', False):
            raise RuntimeError('Trying to resize storage that is not resizable')
        flat = _tensor._uninitialised((n,), a.dtype)     # zeros; THAlloc's texts when too big
        keep = min(n, a.size)
        flat[:keep] = a.reshape(-1)[:keep]
        new = flat.reshape(sizes)
    self._a = new
    return self


@method(variable=False, calls=(Call(Y, shapes={Y: (6, 2)}),))
def resize_as_(self, tensor):
    _args.tensor_arg(tensor, 'resize_as_', 'tensor', 1)
    return resize_(self, *tensor_of(tensor).size())


@method(variable=False, calls=(Call(Y, shapes={Y: (2, 5)}),))
def set_(self, source=None, storage_offset=None, size=None, stride=None):
    if source is None:
        self._a = np.empty((0,), dtype=self._a.dtype)
        return self
    if isinstance(source, _TensorBase):
        if type(source) is not type(self):
            raise errors.invalid_arguments(
                'set_', [source], [('(%s source)' % self.type(), lambda a: [True])])
        self._a = source._a
        return self
    from ..storage import _StorageBase, view_of_storage
    if isinstance(source, _StorageBase) and source._dtype == self._a.dtype:
        # set_(storage) / set_(storage, offset, size[, stride]): a view sharing its memory
        if size is None:
            if storage_offset not in (None, 0):
                raise TypeError('set_(): a storage offset needs a size')
            size = (len(source._a),)
        elif not isinstance(size, (tuple, list)):
            # 0.3.1 parsed THSize*/THStride* with THPUtils_tryUnpackLongs: a tuple or a list
            raise TypeError('set_(): size must be a torch.Size, tuple or list of ints, got %s'
                            % errors.legacy_typename(size))
        if stride is not None and not isinstance(stride, (tuple, list)):
            raise TypeError('set_(): stride must be a tuple or list of ints, got %s'
                            % errors.legacy_typename(stride))
        self._a = view_of_storage(source, storage_offset or 0, size, stride)
        return self
    raise TypeError('set_(): expected set_(), set_(%s source), set_(%s source) or set_(%s '
                    'source, int storage_offset, torch.Size size[, tuple stride]), got %s'
                    % (self.type(), self.type().replace('Tensor', 'Storage'),
                       self.type().replace('Tensor', 'Storage'), errors.legacy_typename(source)))


_VB.provide(cat=cat)     # the backward vocabulary's cat (Variables), owned here
