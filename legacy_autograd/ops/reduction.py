"""Reductions: sum, mean, prod, max, min, median, mode, kthvalue, sort, topk,
var, std, norm, dist, cumsum, cumprod, trace, renorm.

0.3 rules: on a tensor, a reduction without ``dim`` returns a Python number
(accumulated in double for float types, like TH's ``accreal``; max/min/median
return the element itself); on a Variable it returns a Variable of size 1.
With ``dim``, the dim is removed unless ``keepdim=True``; reducing a 1-D tensor
gives size 1, never 0-dim.  Reductions with indices return a tuple
``(values, LongTensor indices)``; for Variables both are Variables and the
indices never require grad.

Choices where 0.3 left things unspecified (kept consistent everywhere):

* full ``max()`` / ``min()``: the first occurrence of the extreme value (as
  ``argmax``); the gradient goes to that one element only (0.3 gave every tied
  element the full gradient; modern torch splits it).
* ``max(dim)`` / ``min(dim)``: first occurrence (TH's scan); ``median``,
  ``kthvalue``: the element at that rank of a *stable* sort (equal values
  ranked by index); ``mode``: the smallest of the most frequent values
  (TH), index of its last occurrence; ``sort`` / ``topk``: stable (equal
  values keep their order, also when descending).  Gradients go to exactly the
  indices returned.
* binary ``torch.max(a, b)``: ``a if a > b else b`` (TH), the gradient of a tie
  goes to ``b`` (0.3's ``masked_fill_(self <= other, 0)``); min alike.
* ``norm(inf)`` is the largest absolute value (0.3's TH had no special case);
  its gradient is split among tied elements, like modern torch.
* ``var`` / ``std`` were composed in Python in 0.3 (grad_fn ``DivBackward0`` /
  ``SqrtBackward``); here each is one op with that node name, computed in
  double and rounded once, so a float32 Variable result can differ from 0.3's
  float32 chain in the last bit.
"""
import numbers

import numpy as np

from .registry import register
from .dispatch import call, call_variable1, is_var, check_same_type, public_name
from . import _args
from .. import errors
from ..quiet import set_state as _quiet, IGNORE as _IGNORE, leave as _unquiet
from ..autograd.variable import Variable
from .surface import both, method, function
from .schema import Call, Y, declare
from . import schema
from ._common import wrap_dim, tensor_of, array_of, is_tensorlike, check_broadcast, select
from ..backend_numpy import _prod
from .type_support import check_floating

_INF = float('inf')


# ============================================================================ helpers
def _acc_dtype(a):
    if a.dtype.kind == 'f':
        return np.float64
    return np.int64


def _ndim(x):
    return max(tensor_of(x).dim(), 1)


def _wrap(x, dim, fname=None, pos=1):
    """``dim`` of ``x`` normalised; a non-int is refused naming ``fname`` and the position."""
    return wrap_dim(dim, _ndim(x), fname=fname, pos=pos)


def _keep_shape(shape, dim):
    return tuple(shape[:dim]) + (1,) + tuple(shape[dim + 1:])


def _to_shape(B, g, shape):
    """``g`` reshaped to ``shape`` (no-op when it already has it)."""
    if B.value(g).shape == tuple(shape):
        return g
    return B.reshape(g, tuple(shape))


def _nonempty(x, name):
    if array_of(x).size == 0:
        raise RuntimeError('%s(): cannot reduce a tensor with no elements' % name)


def _float_only(x, name):
    check_floating(x, name)


def _number(value):
    """A numpy scalar/array of one element as a Python float or int."""
    return np.asarray(value).reshape(-1)[0].item()


def _check_bool(value, name):
    return _args.bool_arg(value, None, name)


# ============================================================================ sum / mean
def _sum_value(a):
    # accumulated in TH's accreal (double for floating types): what the tensor method returns
    return np.add.reduce(a, None, _acc_dtype(a))


def _mean_value(a):
    return np.add.reduce(a, None, np.float64) / max(a.size, 1)


def _sum_all(a):
    """A Variable's full sum: the accreal value as a 1-element array of the Variable's own
    type, rounded once (integers wrap around, as the C cast did)."""
    dtype = a.dtype
    value = np.add.reduce(a, None, _acc_dtype(a))
    if dtype.kind == 'f':
        return np.array((value,), dtype)
    return np.array((value,)).astype(dtype)


def _mean_all(a):
    """A Variable's full mean, rounded into its type as in :func:`_sum_all`."""
    dtype = a.dtype
    value = np.add.reduce(a, None, np.float64) / max(a.size, 1)
    if dtype.kind == 'f':
        return np.array((value,), dtype)
    return np.array((value,)).astype(dtype)


def _sum_dim(a, dim, keepdim):
    r = a.sum(axis=dim, keepdims=keepdim, dtype=_acc_dtype(a) if a.dtype.kind == 'f' else None)
    return r.astype(a.dtype, copy=False)


def _mean_dim(a, dim, keepdim):
    return (a.sum(axis=dim, keepdims=keepdim, dtype=np.float64) / a.shape[dim]).astype(a.dtype)


def _expand_back(ctx, g, dim, keepdim, scale=None):
    B = ctx.B
    shape = ctx.shapes[0][0]
    if dim is not None and not keepdim and len(shape) > 1:
        g = B.unsqueeze(g, dim)
    return B.expand(g, shape, scale)


SUM = register(
    'sum', _sum_all,
    lambda ctx, g: (_expand_back(ctx, g, None, False),),
    grad_fn='SumBackward0', argnames=('self',),
    modern=lambda torch, a: torch.sum(a))
SUM_DIM = register(
    'sum_dim', _sum_dim,
    lambda ctx, g: (_expand_back(ctx, g, ctx.params['dim'], ctx.params['keepdim']),),
    grad_fn='SumBackward1', argnames=('self',),
    modern=lambda torch, a, dim, keepdim: torch.sum(a, dim, keepdim=keepdim))
MEAN = register(
    'mean', _mean_all,
    lambda ctx, g: (_expand_back(ctx, g, None, False, 1.0 / max(1, _prod(ctx.shapes[0][0]))),),
    grad_fn='MeanBackward1', argnames=('self',),
    modern=lambda torch, a: torch.mean(a))
MEAN_DIM = register(
    'mean_dim', _mean_dim,
    lambda ctx, g: (_expand_back(ctx, g, ctx.params['dim'], ctx.params['keepdim'],
                                 1.0 / max(1, ctx.shapes[0][0][ctx.params['dim']])),),
    grad_fn='MeanBackward0', argnames=('self',),
    modern=lambda torch, a, dim, keepdim: torch.mean(a, dim, keepdim=keepdim))


# a tensor's full sum / mean is the accreal number itself, not rounded to the tensor's type
_TENSOR_VALUE = {SUM: _sum_value, MEAN: _mean_value}


def full_reduce(op, self):
    """Run a full reduction: a Python number on tensors, a size-1 Variable on Variables."""
    if isinstance(self, Variable):
        return call_variable1(op, self)         # every full reduction is a plain op
    value = _TENSOR_VALUE.get(op)
    token = _quiet(_IGNORE)         # numpy's warnings stay inside (quiet.py)
    try:
        if value is not None:
            return value(self._a).item()
        r = op.forward(self._a)
    finally:
        _unquiet(token)
    return r[0].item()


def dim_reduce(op, self, dim, keepdim, _pos=1, **params):
    if type(dim) is not int:        # (``_pos``: dim's position in the method form)
        dim = _args.int_arg(dim, public_name(op), 'dim', _pos)
    d = _wrap(self, dim)
    params.update(dim=d, keepdim=_check_bool(keepdim, 'keepdim'))
    return call(op, [self], params)


@both(shape='reduce', kernels=(SUM, SUM_DIM), dtypes=('float32', 'float64', 'int64'),
      calls=(Call(scalar=True), Call(1), Call(0, True), Call(dim=1, keepdim=True)))
def sum(self, dim=None, keepdim=False):
    if dim is None:
        if type(self) is Variable:
            return call_variable1(SUM, self)        # full_reduce's Variable case
        return full_reduce(SUM, self)
    return dim_reduce(SUM_DIM, self, dim, keepdim)


@both(shape='reduce', kernels=(MEAN, MEAN_DIM),
      calls=(Call(scalar=True), Call(1), Call(0, True), Call(dim=-1)))
def mean(self, dim=None, keepdim=False):
    t = self._data if type(self) is Variable else tensor_of(self)
    if not t._info.has_float_math:       # 0.3: floating_point types only
        check_floating(self, 'mean')
    if dim is None:
        if t._a.size == 0:
            _nonempty(self, 'mean')
        if type(self) is Variable:
            return call_variable1(MEAN, self)       # full_reduce's Variable case
        return full_reduce(MEAN, self)
    return dim_reduce(MEAN_DIM, self, dim, keepdim)


# ============================================================================ prod
def _prod_all(a):
    return np.asarray(a.prod(dtype=_acc_dtype(a))).reshape(1)


def _prod_dim(a, dim, keepdim):
    return a.prod(axis=dim, keepdims=keepdim, dtype=_acc_dtype(a)).astype(a.dtype, copy=False)


def _exclusive_products(B, x, d):
    """``(left, right)``: products of the elements before / after each position along ``d``.

    Built from shifts and cumulative products only (no division), so it is exact
    with zeros and differentiable again (the 0.3 Python ``Prod`` special-cased one
    and several zeros; this formula covers both).
    """
    n = B.value(x).shape[d]
    pos = np.arange(n).reshape([-1 if i == d else 1 for i in range(B.value(x).ndim)])
    left = B.cumprod(B.shift(x, d, 1) + B.mask(pos == 0, x), d)
    right = B.flip(B.cumprod(B.flip(B.shift(x, d, -1) + B.mask(pos == n - 1, x), d), d), d)
    return left, right


def _prod_back(ctx, g):
    B = ctx.B
    x = ctx.inputs[0]
    shape = ctx.shapes[0][0]
    dim = ctx.params.get('dim') if ctx.params else None
    if dim is None:
        n = _prod(shape)
        x = _to_shape(B, x, (n,))
        left, right = _exclusive_products(B, x, 0)
        return (_to_shape(B, g * left * right, shape),)
    g = _to_shape(B, g, _keep_shape(shape, dim))
    left, right = _exclusive_products(B, x, dim)
    return (g * left * right,)


PROD = register(
    'prod', _prod_all, _prod_back,
    grad_fn='torch.autograd.function.ProdBackward', save_inputs=(0,), argnames=('self',),
    modern=lambda torch, a: torch.prod(a))
PROD_DIM = register(
    'prod_dim', _prod_dim, _prod_back,
    grad_fn='torch.autograd.function.ProdBackward', save_inputs=(0,), argnames=('self',),
    modern=lambda torch, a, dim, keepdim: torch.prod(a, dim, keepdim=keepdim))


@both(shape='reduce', kernels=(PROD, PROD_DIM), domain=(0.5, 1.5),
      calls=(Call(scalar=True), Call(1), Call(0, True)))
def prod(self, dim=None, keepdim=False):
    if dim is None:
        return full_reduce(PROD, self)
    return dim_reduce(PROD_DIM, self, dim, keepdim)


# ============================================================================ selections
# Every selection op gets its indices computed by the front-end and passed as the
# ``index`` parameter (keepdim-shaped), so backward routes the gradient to exactly
# the returned indices and saves no input (0.3 saved the indices, not ``self``).
def _select_all_fwd(a, index):
    i = int(index) if np.ndim(index) == 0 else int(index[0])
    return a.reshape(-1)[i:i + 1].copy()


def _select_all_back(ctx, g):
    shape = ctx.shapes[0][0]
    n = _prod(shape)
    idx = np.atleast_1d(np.asarray(ctx.params['index'], dtype=np.int64))
    g1 = _to_shape(ctx.B, g, (1,))
    if ctx.B.KIND == 'numpy':
        # 0.3.1 select_backward_scalar: zeros_like(self).masked_fill_(self == result, grad), an
        # assignment at every tie, so a -0.0 gradient stays -0.0
        flat = np.zeros(n, dtype=g1.dtype)
        flat[idx] = g1[0]
        return (flat.reshape(shape),)
    if idx.size > 1:
        g1 = ctx.B.expand(g1, idx.shape)
    flat = ctx.B.scatter_add_into_zeros(g1, (n,), 0, idx)
    return (_to_shape(ctx.B, flat, shape),)


def _select_dim_fwd(a, dim, keepdim, index, **_):
    v = np.take_along_axis(a, index, dim)
    if keepdim:
        return v, index.copy()
    return np.squeeze(v, dim), np.squeeze(index, dim).copy()


def _along_fwd(a, dim, index, **_):
    """sort / topk: values at ``index`` (same shape as the result)."""
    return np.take_along_axis(a, index, dim), index.copy()


def _select_back(ctx, g):
    p = ctx.params
    idx = p['index']
    g = _to_shape(ctx.B, g, idx.shape)
    if ctx.B.KIND == 'numpy':
        # 0.3.1 select_backward: zeros(sizes).scatter_(dim, indices, grad), an assignment (the
        # indices are distinct along dim), so a -0.0 gradient stays -0.0
        out = np.zeros(ctx.shapes[0][0], dtype=g.dtype)
        np.put_along_axis(out, idx, g, p['dim'])
        return (out,)
    return (ctx.B.scatter_add_into_zeros(g, ctx.shapes[0][0], p['dim'], idx),)


def _sel_all(name, grad_fn, modern):
    return register(name, _select_all_fwd, _select_all_back, grad_fn=grad_fn,
                    argnames=('self',), modern=modern)


def _sel_dim(name, grad_fn, modern, fwd=_select_dim_fwd):
    return register(name, fwd, _select_back, grad_fn=grad_fn, argnames=('self',),
                    extra_outputs=1, modern=modern)


MAX_ALL = _sel_all('max_all', 'MaxBackward1', lambda torch, a, index=None: torch.max(a))
MIN_ALL = _sel_all('min_all', 'MinBackward1', lambda torch, a, index=None: torch.min(a))
MEDIAN_ALL = _sel_all('median_all', 'MedianBackward0',
                      lambda torch, a, index=None: torch.median(a))
MAX_DIM = _sel_dim('max_dim', 'MaxBackward0',
                   lambda torch, a, dim, keepdim, index=None: torch.max(a, dim, keepdim=keepdim))
MIN_DIM = _sel_dim('min_dim', 'MinBackward0',
                   lambda torch, a, dim, keepdim, index=None: torch.min(a, dim, keepdim=keepdim))
MEDIAN_DIM = _sel_dim('median_dim', 'MedianBackward1',
                      lambda torch, a, dim, keepdim, index=None: torch.median(a, dim, keepdim=keepdim))
MODE = _sel_dim('mode', 'ModeBackward',
                lambda torch, a, dim, keepdim, index=None: torch.mode(a, dim, keepdim=keepdim))
KTHVALUE = _sel_dim('kthvalue', 'KthvalueBackward',
                    lambda torch, a, dim, keepdim, k, index=None: torch.kthvalue(a, k, dim, keepdim=keepdim))
SORT = _sel_dim('sort', 'SortBackward',
                lambda torch, a, dim, descending, index=None: torch.sort(a, dim=dim, descending=descending,
                                                                         stable=True),
                fwd=_along_fwd)
TOPK = _sel_dim('topk', 'TopkBackward',
                lambda torch, a, dim, k, largest, sorted, index=None: torch.topk(a, k, dim, largest, sorted),
                fwd=_along_fwd)


def _stable_order(a, dim, descending=False):
    """Stable argsort along ``dim``; descending keeps equal values in index order too."""
    if not descending:
        return np.argsort(a, axis=dim, kind='stable')
    n = a.shape[dim]
    rev = np.argsort(np.flip(a, dim), axis=dim, kind='stable')
    return (n - 1) - np.flip(rev, dim)


def _rank_index(a, dim, k):
    """Keepdim-shaped index of the element of (0-based) rank ``k`` along ``dim``."""
    order = _stable_order(a, dim)
    return np.ascontiguousarray(np.take(order, [k], axis=dim))


def _mode_index(a, dim):
    """Keepdim-shaped index of the mode along ``dim`` (TH: smallest most frequent value)."""
    moved = np.moveaxis(a, dim, -1)
    lead, n = moved.shape[:-1], moved.shape[-1]
    flat = moved.reshape(-1, n)
    order = np.argsort(flat, axis=1, kind='stable')
    s = np.take_along_axis(flat, order, 1)
    pos = np.arange(n)
    new_run = np.ones(flat.shape, dtype=bool)
    new_run[:, 1:] = s[:, 1:] != s[:, :-1]
    run_end = np.ones(flat.shape, dtype=bool)
    run_end[:, :-1] = new_run[:, 1:]
    start = np.maximum.accumulate(np.where(new_run, pos, 0), axis=1)
    freq = np.where(run_end, pos - start + 1, 0)
    best = np.argmax(freq, axis=1)
    idx = order[np.arange(flat.shape[0]), best].reshape(lead + (1,))
    return np.ascontiguousarray(np.moveaxis(idx, -1, dim))


def _broadcast_operand(self, other, name):
    b = check_broadcast(array_of(self), array_of(other), False, name, receiver=self)
    if b is not array_of(other):
        if is_var(other):
            return other.view(*b.shape)
        return type(other)._wrap(b, other._version)
    return other


def _binary_extreme_back(greater):
    def back(ctx, g):
        B = ctx.B
        a, b = ctx.inputs
        av, bv = B.value(a), B.value(b)
        sel = (av > bv) if greater else (av < bv)
        return (g * B.mask(sel, g) if ctx.needs[0] else None,
                g * B.mask(~sel, g) if ctx.needs[1] else None)
    return back


MAX_BINARY = register(
    'max_binary', lambda a, b: select(a > b, a, b), _binary_extreme_back(True),
    grad_fn='MaxBackward2', save_inputs=(0, 1), argnames=('self', 'other'),
    modern=lambda torch, a, b: torch.max(a, b))
MIN_BINARY = register(
    'min_binary', lambda a, b: select(a < b, a, b), _binary_extreme_back(False),
    grad_fn='MinBackward2', save_inputs=(0, 1), argnames=('self', 'other'),
    modern=lambda torch, a, b: torch.min(a, b))


def _extreme_args_error(self, other, kind):
    """``max``/``min`` given a tensor of another type (or a Variable with a tensor): the op's
    own name, not its kernel's (``max_binary``).  On a tensor, 0.3.1's list of TensorCompare.cwrap's
    ``max`` options, by length: ``no arguments``, ``(T other)``, ``(int dim)``, ``(int dim, bool
    keepdim)`` (``torch.max`` lists them with ``T source``: pytorch's fastai issue #116 shows the
    four)."""
    if isinstance(self, Variable):      # the argument parser over ATen's three signatures
        return schema.variable_signature_error(kind, [other])
    t = self.type()
    return errors.invalid_arguments(kind, [other], [
        ('no arguments', lambda a: None),
        ('(%s other)' % t, lambda a: None if len(a) != 1 else [type(a[0]) is not type(self)]),
        ('(int dim)', lambda a: None if len(a) != 1 else [not _args.is_int(a[0])]),
        ('(int dim, bool keepdim)', None)])         # one argument given: never compared


def _extreme(self, dim, keepdim, other, kind):
    if other is None and is_tensorlike(dim):
        other, dim = dim, None
    if other is not None:
        if not is_tensorlike(other):
            raise TypeError('%s(): expected a tensor as other, got %s' % (kind, type(other).__name__))
        try:
            check_same_type(MAX_BINARY if kind == 'max' else MIN_BINARY, [self, other])
        except TypeError:
            raise _extreme_args_error(self, other, kind) from None
        other = _broadcast_operand(self, other, kind)
        return call(MAX_BINARY if kind == 'max' else MIN_BINARY, [self, other])
    _nonempty(self, kind)
    a = array_of(self)
    arg = np.argmax if kind == 'max' else np.argmin
    if dim is None:
        i = int(arg(a))
        if is_var(self):
            # 0.3 (select_backward_scalar): every element equal to the result gets the
            # full gradient, so the backward scatters into all tied positions
            flat = a.reshape(-1)
            ties = np.flatnonzero(flat == flat[i]) if flat[i] == flat[i] else np.array([i])
            return call(MAX_ALL if kind == 'max' else MIN_ALL, [self],
                        {'index': ties.astype(np.int64) if ties.size > 1 else i})
        return a.reshape(-1)[i].item()
    d = _wrap(self, dim, kind, 1)
    idx = np.expand_dims(np.asarray(arg(a, axis=d)), d) if a.ndim else np.zeros(1, np.int64)
    return dim_reduce(MAX_DIM if kind == 'max' else MIN_DIM, self, d, keepdim,
                      index=idx.astype(np.int64, copy=False))


@both(name='max', shape='reduce', kernels=(MAX_ALL, MAX_DIM, MAX_BINARY),
      signatures=('max()', 'max(Tensor other)', 'max(int64_t dim, bool keepdim=False)'),
      calls=(Call(scalar=True), Call(1, types=('same', 'long')),
             Call(0, True, types=('same', 'long')), Call(Y)))
def max_(self, dim=_args.OMITTED, keepdim=False, other=None):
    """``max()`` -> number / size-1 Variable; ``max(dim, keepdim=False)`` -> (values, indices);
    ``max(other)`` -> elementwise maximum."""
    dim = _args.optional(dim, 'max', 'dim')
    return _extreme(self, dim, keepdim, other, 'max')


@both(name='min', shape='reduce', kernels=(MIN_ALL, MIN_DIM, MIN_BINARY),
      signatures=('min()', 'min(Tensor other)', 'min(int64_t dim, bool keepdim=False)'),
      calls=(Call(scalar=True), Call(1, types=('same', 'long')),
             Call(0, True, types=('same', 'long')), Call(Y)))
def min_(self, dim=_args.OMITTED, keepdim=False, other=None):
    """``min()``, ``min(dim, keepdim=False)`` and ``min(other)``, like :func:`max_`."""
    dim = _args.optional(dim, 'min', 'dim')
    return _extreme(self, dim, keepdim, other, 'min')


@both(shape='reduce', kernels=(MEDIAN_ALL, MEDIAN_DIM),
      calls=(Call(scalar=True), Call(1, types=('same', 'long')),
             Call(0, True, types=('same', 'long'))))
def median(self, dim=_args.OMITTED, keepdim=_args.OMITTED):
    """``median()`` -> number; ``median(dim, keepdim=False)`` -> (values, indices).

    An even count gives the lower of the two middle elements (0.3's TH kthvalue).  As in
    0.3, ``median(keepdim=...)`` and ``median(True)`` reduce the last dimension.
    """
    if isinstance(dim, bool):
        dim, keepdim = -1, dim
    if dim is _args.OMITTED and keepdim is not _args.OMITTED:
        dim = -1
    if keepdim is _args.OMITTED:
        keepdim = False
    dim = _args.optional(dim, 'median', 'dim')
    _nonempty(self, 'median')
    a = array_of(self)
    if dim is None:
        flat = a.reshape(-1)
        i = int(np.argsort(flat, kind='stable')[(flat.size - 1) // 2])
        if is_var(self):
            return call(MEDIAN_ALL, [self], {'index': i})
        return flat[i].item()
    d = _wrap(self, dim, 'median', 1)
    return dim_reduce(MEDIAN_DIM, self, d, keepdim,
                      index=_rank_index(a, d, (a.shape[d] - 1) // 2) if a.ndim else np.zeros(1, np.int64))


@both(shape='reduce', kernels=(MODE,), domain=(-1.0, 1.0), dtypes=('float64', 'int64'),
      calls=(Call(1, types=('same', 'long'), grad=False),
             Call(0, True, types=('same', 'long'), grad=False)))
def mode(self, dim=-1, keepdim=False):
    """``mode(dim=-1, keepdim=False)`` -> (values, indices)."""
    if isinstance(dim, bool):       # 0.3's mode(keepdim) overload
        dim, keepdim = -1, dim
    _nonempty(self, 'mode')
    d = _wrap(self, dim, 'mode', 1)
    return dim_reduce(MODE, self, d, keepdim, index=_mode_index(array_of(self), d))


@both(shape='reduce', kernels=(KTHVALUE,),
      calls=(Call(2, types=('same', 'long')), Call(1, 0, True, types=('same', 'long'))))
def kthvalue(self, k, dim=-1, keepdim=False):
    """``kthvalue(k, dim=-1, keepdim=False)`` -> (values, indices) of the k-th smallest (1-based)."""
    if isinstance(dim, bool):       # 0.3's kthvalue(k, keepdim) overload
        dim, keepdim = -1, dim
    _nonempty(self, 'kthvalue')
    k = _args.int_arg(k, 'kthvalue', 'k', 1)
    d = _wrap(self, dim, 'kthvalue', 2)
    a = array_of(self)
    n = a.shape[d]
    if k < 1 or k > n:
        raise RuntimeError('invalid argument 2: selected index out of range')   # THArgCheck
    return dim_reduce(KTHVALUE, self, d, keepdim, index=_rank_index(a, d, k - 1), k=k)


@both(shape='other', kernels=(SORT,),
      calls=(Call(types=('same', 'long')), Call(0, True, types=('same', 'long'),
             modern=lambda torch, x, d, desc: torch.sort(x, d, desc))))
def sort(self, dim=-1, descending=False):
    """``sort(dim=-1, descending=False)`` -> (values, indices); stable."""
    d = _wrap(self, dim, 'sort', 1)
    descending = _check_bool(descending, 'descending')
    a = array_of(self)
    order = _stable_order(a, d, descending).astype(np.int64, copy=False)
    return call(SORT, [self], {'dim': d, 'descending': descending, 'index': order})


@both(shape='other', kernels=(TOPK,),
      calls=(Call(2, types=('same', 'long')), Call(2, 0, False, types=('same', 'long'))))
def topk(self, k, dim=-1, largest=True, sorted=True):
    """``topk(k, dim=-1, largest=True, sorted=True)`` -> (values, indices).

    Results are always in sorted order (a valid order for ``sorted=False`` too).
    """
    k = _args.int_arg(k, 'topk', 'k', 1)
    d = _wrap(self, dim, 'topk', 2)
    largest = _check_bool(largest, 'largest')
    sorted = _check_bool(sorted, 'sorted')
    a = array_of(self)
    n = a.shape[d] if a.ndim else 0
    if k < 1 or k > n:
        # THTensor_(topk)'s THArgCheck(k > 0 && k <= sliceSize, 2, ...)
        raise RuntimeError('invalid argument 2: k not in range for dimension')
    order = _stable_order(a, d, descending=largest)
    idx = np.ascontiguousarray(np.take(order, np.arange(k), axis=d)).astype(np.int64, copy=False)
    return call(TOPK, [self], {'dim': d, 'k': k, 'largest': largest, 'sorted': sorted, 'index': idx})


# ============================================================================ var / std
def _var_np(a, dim, keepdim, unbiased):
    x = a.astype(np.float64)
    n = x.size if dim is None else x.shape[dim]
    m = x.mean(axis=dim, keepdims=True)
    s = np.square(x - m).sum(axis=dim, keepdims=keepdim)
    with np.errstate(divide='ignore', invalid='ignore'):
        r = np.asarray(s / np.float64(n - int(unbiased)))
    return r.reshape(1) if dim is None else r


def _std_np(a, dim, keepdim, unbiased):
    return np.sqrt(_var_np(a, dim, keepdim, unbiased))


def _centered(ctx, g):
    """``(g, x - mean, n - unbiased)`` with ``g`` in keepdim shape."""
    B = ctx.B
    x = ctx.inputs[0]
    p = ctx.params
    dim = p['dim']
    shape = ctx.shapes[0][0]
    n = _prod(shape) if dim is None else shape[dim]
    if dim is not None:
        g = _to_shape(B, g, _keep_shape(shape, dim))
    if B.KIND == 'numpy':
        # first order: centre in double, like TH's accreal, so float32 keeps its precision
        x64 = x.astype(np.float64)
        c = (x64 - x64.mean(axis=dim, keepdims=True)).astype(x.dtype)
        return g, c, n - int(p['unbiased'])
    mean = B.sum(x, dim, keepdim=True) / float(n)
    return g, x - mean, n - int(p['unbiased'])


def _var_back(ctx, g):
    g, c, denom = _centered(ctx, g)
    scale = 2.0 / denom if denom else float('nan')
    return (g * c * scale,)


def _std_back(ctx, g):
    g, c, denom = _centered(ctx, g)
    std = ctx.output
    dim = ctx.params['dim']
    if dim is not None:
        std = _to_shape(ctx.B, std, _keep_shape(ctx.shapes[0][0], dim))
    with np.errstate(divide='ignore', invalid='ignore'):
        return (g * c / (std * float(denom)),)


VAR = register(
    'var', _var_np, _var_back,
    grad_fn='DivBackward0', save_inputs=(0,), argnames=('self',),
    modern=lambda torch, a, dim, keepdim, unbiased: (
        torch.var(a, correction=int(unbiased)) if dim is None
        else torch.var(a, dim, correction=int(unbiased), keepdim=keepdim)))
STD = register(
    'std', _std_np, _std_back,
    grad_fn='SqrtBackward', save_inputs=(0,), save_output=True, argnames=('self',),
    modern=lambda torch, a, dim, keepdim, unbiased: (
        torch.std(a, correction=int(unbiased)) if dim is None
        else torch.std(a, dim, correction=int(unbiased), keepdim=keepdim)))


def _var_std(op, self, dim, unbiased, keepdim, name):
    if isinstance(dim, (bool, np.bool_)):
        # 0.3 ``x.var(False)``: the unbiased flag of the full reduction
        dim, unbiased = None, dim
    _float_only(self, name)
    _nonempty(self, name)
    unbiased = _check_bool(unbiased, 'unbiased')
    if dim is None:
        if is_var(self):
            return call(op, [self], {'dim': None, 'keepdim': False, 'unbiased': unbiased})
        return _number(op.forward(self._a, None, False, unbiased))
    return dim_reduce(op, self, dim, keepdim, unbiased=unbiased)


def _var_std_modern(name):
    def modern(torch, x, dim=None, unbiased=True, keepdim=False):
        fn = getattr(torch, name)
        if dim is None or isinstance(dim, bool):
            return fn(x, correction=int(unbiased))
        return fn(x, dim, correction=int(unbiased), keepdim=keepdim)
    return modern


def _var_std_calls(name):
    # positional (dim, unbiased) is the tensors' order only (Variables: (dim, keepdim)); the
    # Variable order is tested in test_auto_kills_ops.py
    return (Call(scalar=True),
            Call(False, scalar=True, variables=False,
                 modern=lambda torch, x, u: getattr(torch, name)(x, correction=0)),
            Call(1), Call(1, False, variables=False), Call(0, True, True),
            Call(1, keepdim=True, unbiased=False))


def var_(self, dim=None, unbiased=True, keepdim=False):
    """``var(dim=None, unbiased=True, keepdim=False)`` (tensors: TH's argument order)."""
    return _var_std(VAR, self, dim, unbiased, keepdim, 'var')


def _variable_var(self, dim=None, keepdim=False, unbiased=True):
    """``Variable.var(dim=None, keepdim=False, unbiased=True)``: 0.3.1's Python method took
    keepdim before unbiased (``v.var(1, True)`` keeps the dim)."""
    _variable_dim(dim)
    return _var_std(VAR, self, dim, unbiased, keepdim, 'var')


def _variable_dim(dim):
    """0.3.1's ``Variable.var``/``std`` passed ``dim`` to ``mean(dim, keepdim)``, whose parser
    refused a bool: ``v.var(False)`` is that TypeError (a tensor's ``var(False)`` is the
    unbiased flag of the full reduction)."""
    if isinstance(dim, (bool, np.bool_)):
        _args.int_arg(dim, 'mean', 'dim', 1)


def _var_function(input, *args, **kwargs):
    """``torch.var``: the receiver's own argument order (0.3.1: a Variable's is its method's)."""
    return (_variable_var if is_var(input) else var_)(input, *args, **kwargs)


def std_(self, dim=None, unbiased=True, keepdim=False):
    """``std(dim=None, unbiased=True, keepdim=False)`` (tensors: TH's argument order)."""
    return _var_std(STD, self, dim, unbiased, keepdim, 'std')


def _variable_std(self, dim=None, keepdim=False, unbiased=True):
    """``Variable.std(dim=None, keepdim=False, unbiased=True)`` (0.3.1: ``var(...).sqrt()``,
    keepdim before unbiased)."""
    _variable_dim(dim)
    return _var_std(STD, self, dim, unbiased, keepdim, 'std')


def _std_function(input, *args, **kwargs):
    """``torch.std``: the receiver's own argument order."""
    return (_variable_std if is_var(input) else std_)(input, *args, **kwargs)


_var_function.__name__, _std_function.__name__ = 'var', 'std'
for _name, _op, _tensor_form, _variable_form, _function in (
        ('var', VAR, var_, _variable_var, _var_function),
        ('std', STD, std_, _variable_std, _std_function)):
    declare(_name, _tensor_form, variants=('method',), variable=False, shape='reduce',
            kernels=(_op,), modern=_var_std_modern(_name), calls=_var_std_calls(_name))
    declare(_name, _variable_form, variants=('method',), tensor=False)
    declare(_name, _args.tensor_first(_function, _name), variants=('function', 'out'))
del _name, _op, _tensor_form, _variable_form, _function


# ============================================================================ norm / dist
def _norm_np(a, p, axis=None, keepdims=False):
    """The p-norm in double precision (TH ``accreal``)."""
    x = np.abs(a.astype(np.float64))
    if p == 0:
        return (x != 0).sum(axis=axis, keepdims=keepdims).astype(np.float64)
    if p == _INF or p == -_INF:
        if x.size == 0:
            return x.sum(axis=axis, keepdims=keepdims)
        return x.max(axis=axis, keepdims=keepdims) if p > 0 else x.min(axis=axis, keepdims=keepdims)
    if p == 1:
        return x.sum(axis=axis, keepdims=keepdims)
    if p == 2:
        return np.sqrt(np.square(x).sum(axis=axis, keepdims=keepdims))
    with np.errstate(divide='ignore', over='ignore', invalid='ignore'):
        return np.power(np.power(x, p).sum(axis=axis, keepdims=keepdims), 1.0 / p)


def _norm_grad(B, x, g, norm, p, dim):
    """Gradient of ``norm_p(x)`` given ``g`` and ``norm`` broadcastable to ``x``.

    Zero-safe: a zero norm (p >= 1) or a zero element (p < 1) gives 0, not nan.
    """
    xv = B.value(x)
    if p == 0:
        return B.zeros(xv.shape, x)
    if p == 1:
        return g * B.sign(x)
    nv = B.value(norm)
    safe = norm + B.mask(nv == 0, norm)
    if p == 2:
        if (nv == 0).any():
            # 0.3 returns a zero subgradient at a zero norm; the mask keeps it zero when
            # differentiated again (modern torch gives nan there)
            return x * (g / safe) * B.mask(nv != 0, x)
        return x * (g / safe)
    if p == _INF or p == -_INF:
        hit = np.abs(xv) == nv
        count = np.maximum(hit.sum(axis=dim, keepdims=True), 1)
        return g * B.sign(x) * B.mask(hit, x) / B.const(count, x)
    nz = xv != 0
    ax = x * B.sign(x) + B.mask(~nz, x)
    term = B.pow(ax, p - 1) * B.mask(nz, x)
    return g * B.sign(x) * term / B.pow(safe, p - 1)


def _norm_back(ctx, g):
    B = ctx.B
    p = ctx.params
    dim = p.get('dim')
    norm = ctx.output
    if dim is not None:
        ks = _keep_shape(ctx.shapes[0][0], dim)
        g = _to_shape(B, g, ks)
        norm = _to_shape(B, norm, ks)
    return (_norm_grad(B, ctx.inputs[0], g, norm, p['p'], dim),)


NORM = register(
    'norm', lambda a, p: np.asarray(_norm_np(a, p)).reshape(1), _norm_back,
    grad_fn='NormBackward0', save_inputs=(0,), save_output=True, argnames=('self',),
    modern=lambda torch, a, p: torch.norm(a, p))
NORM_DIM = register(
    'norm_dim', lambda a, p, dim, keepdim: _norm_np(a, p, dim, keepdim), _norm_back,
    grad_fn='NormBackward1', save_inputs=(0,), save_output=True, argnames=('self',),
    modern=lambda torch, a, p, dim, keepdim: torch.norm(a, p, dim, keepdim=keepdim))


def _check_p(p):
    if isinstance(p, (bool, np.bool_)) or not isinstance(p, numbers.Real):
        raise TypeError('p must be a number, got %s' % type(p).__name__)
    return float(p)


@both(shape='reduce', kernels=(NORM, NORM_DIM), domain='nonzero',
      calls=(Call(scalar=True), Call(3, scalar=True), Call(2, 1), Call(1, 0, True)))
def norm(self, p=2, dim=None, keepdim=False):
    """``norm(p=2)`` -> number / size-1 Variable; ``norm(p, dim, keepdim=False)``."""
    _float_only(self, 'norm')
    p = _check_p(p)
    if dim is None:
        if is_var(self):
            return call(NORM, [self], {'p': p})
        return float(_norm_np(self._a, p))
    return dim_reduce(NORM_DIM, self, dim, keepdim, 2, p=p)


def _dist_back(ctx, g):
    a, b = ctx.inputs
    d = a - b
    r = _norm_grad(ctx.B, d, g, ctx.output, ctx.params['p'], None)
    return (r if ctx.needs[0] else None, -r if ctx.needs[1] else None)


DIST = register(
    'dist', lambda a, b, p: np.asarray(_norm_np(a - b, p)).reshape(1), _dist_back,
    grad_fn='DistBackward', save_inputs=(0, 1), save_output=True, argnames=('self', 'other'),
    modern=lambda torch, a, b, p: torch.dist(a, b, p))


@both(shape='reduce', kernels=(DIST,), calls=(Call(Y, scalar=True), Call(Y, 3, scalar=True)))
def dist(self, other, p=2):
    """``dist(other, p=2)``: the p-norm of ``self - other`` (broadcasting)."""
    if not is_tensorlike(other):
        raise TypeError('dist(): expected a tensor as other, got %s' % type(other).__name__)
    check_same_type(DIST, [self, other])
    _float_only(self, 'dist')
    p = _check_p(p)
    other = _broadcast_operand(self, other, 'dist')
    if is_var(self):
        return call(DIST, [self, other], {'p': p})
    return float(_norm_np(self._a - other._a, p))


# ============================================================================ cumsum / cumprod
def _cum_fwd(fn):
    def forward(a, dim):
        return fn(a, axis=dim, dtype=_acc_dtype(a)).astype(a.dtype, copy=False)
    return forward


def _rev_cumsum(B, g, d):
    return B.flip(B.cumsum(B.flip(g, d), d), d)


def _cumprod_back(ctx, g):
    """Gradient of cumprod: ``grad_i = sum_{k>=i} g_k prod_{j<=k, j!=i} x_j``.

    Without zeros this is ``rev_cumsum(g * y) / x``.  With zeros, an ordinary
    backward uses :func:`_cumprod_back_masked` (exact values, O(size)); a
    ``create_graph`` backward uses :func:`_cumprod_back_pairs`, which is also
    exact in its derivatives through the zeros.
    """
    B = ctx.B
    x = ctx.inputs[0]
    d = ctx.params['dim']
    xv = B.value(x)
    zero = xv == 0
    if not zero.any():
        return (_rev_cumsum(B, g * ctx.output, d) / x,)
    if B.KIND == 'numpy':
        return (_cumprod_back_masked(B, x, ctx.output, g, d, zero),)
    return (_cumprod_back_pairs(B, x, g, d),)


def _cumprod_back_masked(B, x, y, g, d, zero):
    """Per slice with first zero at z: positions before z get ``rev_cumsum(g*y)/x``,
    z gets ``prod_{j<z} x_j * sum_{k>=z} g_k prod_{z<j<=k} x_j``, later ones 0."""
    seen = np.cumsum(zero, axis=d)
    before = seen == 0
    first = zero & (seen == 1)
    after = ~before & ~first
    mb = B.mask(before, x)
    ma = B.mask(after, x)
    x_pre = x * mb + (1 - mb)      # x before the first zero, 1 from there on
    x_post = x * ma + (1 - ma)     # 1 up to the first zero, x after it
    part1 = _rev_cumsum(B, g * y, d) / x_pre * mb
    tail = B.sum(g * B.cumprod(x_post, d) * B.mask(~before, x), d, keepdim=True)
    return part1 + B.cumprod(x_pre, d) * tail * B.mask(first, x)


def _cumprod_back_pairs(B, x, g, d):
    """Division-free form over an extra axis (``prod_{i<j<=k} x_j`` for every i <= k,
    O(n) times the input's size): a polynomial in x, so it differentiates exactly."""
    xv = B.value(x)
    n = xv.shape[d]
    nd = xv.ndim
    i = np.arange(n).reshape([n if a == d else 1 for a in range(nd + 1)])
    j = np.arange(n).reshape([n if a == d + 1 else 1 for a in range(nd + 1)])
    pair_shape = xv.shape[:d] + (n, n) + xv.shape[d + 1:]
    rows = B.expand(B.unsqueeze(x, d), pair_shape)           # rows[.., i, j, ..] = x_j
    inner = B.cumprod(rows * B.mask(j > i, x) + B.mask(j <= i, x), d + 1)
    tail = B.sum(B.unsqueeze(g, d) * inner * B.mask(j >= i, x), d + 1)
    left, _ = _exclusive_products(B, x, d)
    return left * tail


CUMSUM = register(
    'cumsum', _cum_fwd(np.cumsum),
    lambda ctx, g: (_rev_cumsum(ctx.B, g, ctx.params['dim']),),
    grad_fn='CumsumBackward', argnames=('self',),
    modern=lambda torch, a, dim: torch.cumsum(a, dim))
CUMPROD = register(
    'cumprod', _cum_fwd(np.cumprod), _cumprod_back,
    grad_fn='torch.autograd.function.CumprodBackward', save_inputs=(0,), save_output=True,
    argnames=('self',),
    modern=lambda torch, a, dim: torch.cumprod(a, dim))


@both(kernels=(CUMSUM,), dtypes=('float32', 'float64', 'int64'), calls=(Call(1), Call(0)))
def cumsum(self, dim):
    """``cumsum(dim)``: cumulative sum along ``dim`` (accumulated like TH's accreal)."""
    return call(CUMSUM, [self], {'dim': _wrap(self, dim, 'cumsum', 1)})


@both(kernels=(CUMPROD,), domain=(0.5, 1.5), calls=(Call(1), Call(0)))
def cumprod(self, dim):
    """``cumprod(dim)``: cumulative product along ``dim``."""
    return call(CUMPROD, [self], {'dim': _wrap(self, dim, 'cumprod', 1)})


# ============================================================================ trace
TRACE = register(
    'trace', lambda a: np.asarray(np.trace(a, dtype=_acc_dtype(a))).reshape(1),
    lambda ctx, g: (g * ctx.B.mask(np.eye(*ctx.shapes[0][0], dtype=bool), g),),
    grad_fn='TraceBackward', argnames=('self',),
    modern=lambda torch, a: torch.trace(a))


@both(out=False, shape='reduce', kernels=(TRACE,), calls=(Call(scalar=True),))
def trace(self):
    """``trace()``: sum of the diagonal of a matrix; a number on tensors."""
    if array_of(self).ndim != 2 or tensor_of(self).dim() != 2:
        raise RuntimeError('invalid argument 1: expected a matrix, but got a tensor with %d dimensions'
                           % tensor_of(self).dim())
    return full_reduce(TRACE, self)


# ============================================================================ renorm (tensors)
def _renorm_np(a, p, dim, maxnorm):
    axes = tuple(i for i in range(a.ndim) if i != dim)
    norms = _norm_np(a, p, axes, True)
    with np.errstate(divide='ignore', invalid='ignore'):
        factor = np.where(norms > maxnorm, maxnorm / (norms + 1e-7), 1.0)
    return a * factor.astype(a.dtype)


def _renorm_args(self, p, dim, maxnorm, name):
    # (tensors only: a Variable's renorm is 0.3.1's composite in autograd/variable.py)
    _float_only(self, name)
    if not (_real(p) and _args.is_int(dim) and _real(maxnorm)):     # cwrap's one option
        raise errors.format_invalid_args(name, [p, dim, maxnorm], {},
                                         ['(float p, int dim, float maxnorm)'])
    p = float(p)
    if not p > 0:
        raise RuntimeError('invalid argument 2: non-positive-norm not supported')
    if self.dim() < 2:
        raise RuntimeError('invalid argument 1: need at least 2 dimensions, got %d dimensions'
                           % self.dim())
    return p, _wrap(self, dim, name, 2), float(maxnorm)


def _real(x):
    # cwrap's check of a double (THPUtils_checkReal): a float or an int, and so a bool too
    return isinstance(x, (numbers.Real, np.bool_))


@method(variable=False, calls=(Call(2, 0, 1.0, variables=False), Call(1, 1, 0.5, variables=False)))
def renorm(self, p, dim, maxnorm):
    """``renorm(p, dim, maxnorm)``: each slice along ``dim`` rescaled to p-norm <= maxnorm."""
    p, d, m = _renorm_args(self, p, dim, maxnorm, 'renorm')
    return type(self)._wrap(_renorm_np(self._a, p, d, m))


@method(variable=False, calls=(Call(2, 0, 1.0, variables=False),))
def renorm_(self, p, dim, maxnorm):
    p, d, m = _renorm_args(self, p, dim, maxnorm, 'renorm_')
    np.copyto(self._a, _renorm_np(self._a, p, d, m), casting='unsafe')
    return self


@function(name='renorm', calls=(Call(3, 1, 0.75, variables=False),))
def _torch_renorm(input, p, dim, maxnorm):
    if is_var(input):           # torch.renorm(variable, ...): the Variable method
        return input.renorm(p, dim, maxnorm)
    return _checked_renorm(input, p, dim, maxnorm)


#: the tensor method as ``torch.renorm``: a first argument that is no tensor refused, cwrap's
#: text restated with the source tensor
_checked_renorm = _args.tensor_first(renorm, 'renorm')
