"""BLAS-style products of 0.3: addmv, addr, addbmm, baddbmm, ger, and cross, histc.

The ``add*`` family takes 0.3's argument forms: ``x.addmv(mat, vec)``, ``x.addmv(beta, mat,
vec)``, ``x.addmv(beta, alpha, mat, vec)``, ``beta=``/``alpha=`` keywords, and the function
forms ``torch.addmv(beta, x, alpha, mat, vec)`` / ``torch.addmv(beta, x, mat, vec)`` with the
receiving tensor second.  Gradients follow 0.3.1's ``derivatives.yaml`` (``self`` scaled by
beta, the product inputs by alpha); node names ``AddmvBackward``, ``AddrBackward``,
``AddbmmBackward``, ``BaddbmmBackward``, ``GerBackward``, ``CrossBackward``.
"""
import numpy as np

from .registry import register
from .dispatch import call, call_inplace
from .schema import declare, Call, X, Y, Z
from ._common import array_of, tensor_of, scalar_for, is_number, wrap_dim, expand_check
from .linalg import _beta_alpha_args, _product_list_error, _maybe_multiply, _size_mismatch, check_bmm_sizes, check_mat_vec, ADDMM
from .. import errors
from . import _args
from .type_support import check_floating


def _is_var_backend(ctx):
    return ctx.B.KIND == 'variable'


def _mv(ctx, m, v):
    if _is_var_backend(ctx):
        return m.mv(v)
    return np.dot(m, v)


def _outer(ctx, a, b):
    if _is_var_backend(ctx):
        return a.ger(b)
    return np.multiply.outer(a, b)


def _bmm(ctx, a, b):
    return ctx.B.matmul(a, b)


# ------------------------------------------------------------------------------ kernels
def _scaled(x, factor):
    return x if factor == 1 else x * factor


def _beta_scaled(c, beta):
    """``beta * self``; with ``beta == 0`` self is never read (TH: BLAS gemv/gemm with beta 0,
    addr zeroes the result first), so nan and inf in it do not propagate."""
    if beta == 0:
        return np.zeros_like(c)
    return _scaled(c, beta)


def _addmv_fwd(c, m, v, beta, alpha):
    return _beta_scaled(c, beta) + _scaled(np.dot(m, v), alpha)


def _addmv_back(ctx, g):
    _, m, v = ctx.inputs
    beta, alpha = ctx.params['beta'], ctx.params['alpha']
    return (_maybe_multiply(g, beta) if ctx.needs[0] else None,
            _outer(ctx, g, v) * alpha if ctx.needs[1] else None,
            _mv(ctx, ctx.B.t(m), g) * alpha if ctx.needs[2] else None)


ADDMV = register(
    'addmv', _addmv_fwd, _addmv_back, grad_fn='AddmvBackward', save_inputs=(1, 2),
    argnames=('self', 'mat', 'vec'),
    modern=lambda torch, c, m, v, beta, alpha: torch.addmv(c, m, v, beta=beta, alpha=alpha))


def _addr_fwd(c, v1, v2, beta, alpha):
    return _beta_scaled(c, beta) + _scaled(np.multiply.outer(v1, v2), alpha)


def _addr_back(ctx, g):
    _, v1, v2 = ctx.inputs
    beta, alpha = ctx.params['beta'], ctx.params['alpha']
    return (_maybe_multiply(g, beta) if ctx.needs[0] else None,
            _mv(ctx, g, v2) * alpha if ctx.needs[1] else None,
            _mv(ctx, ctx.B.t(g), v1) * alpha if ctx.needs[2] else None)


ADDR = register(
    'addr', _addr_fwd, _addr_back, grad_fn='AddrBackward', save_inputs=(1, 2),
    argnames=('self', 'vec1', 'vec2'),
    modern=lambda torch, c, a, b, beta, alpha: torch.addr(c, a, b, beta=beta, alpha=alpha))


def _addbmm_fwd(c, b1, b2, beta, alpha):
    return _beta_scaled(c, beta) + _scaled(np.matmul(b1, b2).sum(0), alpha)


def _addbmm_back(ctx, g):
    _, b1, b2 = ctx.inputs
    B = ctx.B
    beta, alpha = ctx.params['beta'], ctx.params['alpha']
    gb = None
    if ctx.needs[1] or ctx.needs[2]:
        s1, s2 = ctx.shapes[1][0], ctx.shapes[2][0]
        gb = B.expand(B.unsqueeze(g, 0), (s1[0], s1[1], s2[2]))
    return (_maybe_multiply(g, beta) if ctx.needs[0] else None,
            _bmm(ctx, gb, B.transpose(b2, 1, 2)) * alpha if ctx.needs[1] else None,
            _bmm(ctx, B.transpose(b1, 1, 2), gb) * alpha if ctx.needs[2] else None)


ADDBMM = register(
    'addbmm', _addbmm_fwd, _addbmm_back, grad_fn='AddbmmBackward', save_inputs=(1, 2),
    argnames=('self', 'batch1', 'batch2'),
    modern=lambda torch, c, a, b, beta, alpha: torch.addbmm(c, a, b, beta=beta, alpha=alpha))


def _baddbmm_fwd(c, b1, b2, beta, alpha):
    return _beta_scaled(c, beta) + _scaled(np.matmul(b1, b2), alpha)


def _baddbmm_back(ctx, g):
    _, b1, b2 = ctx.inputs
    B = ctx.B
    beta, alpha = ctx.params['beta'], ctx.params['alpha']
    return (_maybe_multiply(g, beta) if ctx.needs[0] else None,
            _bmm(ctx, g, B.transpose(b2, 1, 2)) * alpha if ctx.needs[1] else None,
            _bmm(ctx, B.transpose(b1, 1, 2), g) * alpha if ctx.needs[2] else None)


BADDBMM = register(
    'baddbmm', _baddbmm_fwd, _baddbmm_back, grad_fn='BaddbmmBackward', save_inputs=(1, 2),
    argnames=('self', 'batch1', 'batch2'),
    modern=lambda torch, c, a, b, beta, alpha: torch.baddbmm(c, a, b, beta=beta, alpha=alpha))


def _ger_back(ctx, g):
    a, b = ctx.inputs
    return (_mv(ctx, g, b) if ctx.needs[0] else None,
            _mv(ctx, ctx.B.t(g), a) if ctx.needs[1] else None)


GER = register(
    'ger', lambda a, b: np.multiply.outer(a, b), _ger_back, grad_fn='GerBackward',
    save_inputs=(0, 1), argnames=('self', 'vec2'),
    modern=lambda torch, a, b: torch.outer(a, b))


def _cross_np(a, b, dim):
    return np.cross(a, b, axisa=dim, axisb=dim, axisc=dim)


def _cross_back(ctx, g):
    a, b = ctx.inputs
    dim = ctx.params['dim']
    if _is_var_backend(ctx):
        return (b.cross(g, dim) if ctx.needs[0] else None,
                g.cross(a, dim) if ctx.needs[1] else None)
    return (_cross_np(b, g, dim) if ctx.needs[0] else None,
            _cross_np(g, a, dim) if ctx.needs[1] else None)


CROSS = register(
    'cross', _cross_np, _cross_back, grad_fn='CrossBackward', save_inputs=(0, 1),
    argnames=('self', 'other'),
    modern=lambda torch, a, b, dim: torch.linalg.cross(a, b, dim=dim))


def _histc_fwd(a, bins, min, max):
    flat = a.reshape(-1).astype(np.float64)
    lo, hi = float(min), float(max)
    if lo == hi and flat.size:
        lo, hi = float(flat.min()), float(flat.max())
    if lo == hi:
        lo, hi = lo - 1, hi + 1
    keep = flat[(flat >= lo) & (flat <= hi)]
    idx = ((keep - lo) / (hi - lo) * bins).astype(np.int64)
    idx[idx == bins] = bins - 1
    return np.bincount(idx, minlength=bins).astype(a.dtype)


def _not_implemented(name):
    def back(ctx, g):
        raise RuntimeError("the derivative for '%s' is not implemented" % name)
    return back


HISTC = register(
    'histc', _histc_fwd, _not_implemented('histc'), grad_fn='HistcBackward',
    argnames=('self',),
    modern=lambda torch, a, bins, min, max: torch.histc(a, bins, min, max))


# --------------------------------------------------------------------------- front-ends
def _function_form(impl):
    """``torch.addmv(beta, x, [alpha,] mat, vec)``: 0.3's function forms put the scalars
    around the receiving tensor; the method forms take them first."""
    def fn(*args, **kwargs):
        if args and is_number(args[0]):
            if len(args) < 2:
                raise TypeError('%s() missing the tensor to add to' % impl.__name__)
            kwargs['beta'] = args[0]
            self = args[1]
            rest = args[2:]
            if rest and is_number(rest[0]):
                kwargs['alpha'] = rest[0]
                rest = rest[1:]
            try:
                return impl(self, *rest, **kwargs)
            except TypeError as e:      # every argument but the receiver, in their order
                raise _product_args_error(e, self, impl.__name__, args[:1] + args[2:],
                                          rest[-2:]) from None
        return checked(*args, **kwargs)
    checked = _args.tensor_first(impl, impl.__name__)
    fn.__name__ = impl.__name__
    fn.__doc__ = impl.__doc__
    return fn


def _product_op(name, kernel, check):
    """Method, in-place and function forms of one ``add*`` op; ``check(x, y)`` checks the
    product's operands (0.3's messages) and returns the product's shape."""
    def impl(self, *args, _inplace=False, **kwargs):
        beta, alpha, (a, b) = _beta_alpha_args(self, args, kwargs, 2, name)
        _args.tensor_arg(a, name, kernel.argnames[1], 1)
        _args.tensor_arg(b, name, kernel.argnames[2], 2)
        out_shape = check(array_of(a), array_of(b))
        c = array_of(self)
        if c.shape != out_shape:
            if _inplace:
                raise RuntimeError(_INPLACE_MISMATCH[name](c, array_of(a), array_of(b)))
            _check_expands(c.shape, out_shape)
        params = {'beta': scalar_for(self, beta), 'alpha': scalar_for(self, alpha)}
        try:
            if _inplace:
                return call_inplace(kernel, [self, a, b], params)
            return call(kernel, [self, a, b], params)
        except TypeError as e:
            raise _product_args_error(e, self, name, args, (a, b)) from None
    impl.__name__ = name
    impl.__qualname__ = name
    impl.__doc__ = ('``%s([beta,] [alpha,] %s, %s)``: beta * self + alpha * the product '
                    '(0.3 forms, see the module docstring).' % ((name,) + kernel.argnames[1:]))
    return impl


def _product_args_error(err, self, name, given, tensors):
    """A tensor receiver's type mismatch with every positional argument in ``got (...)``, as
    0.3.1's parser listed them: ``x.addmm(0.5, m1, bad)`` -> ``got (float, torch.FloatTensor,
    !torch.DoubleTensor!)`` under ``(float beta, T mat1, T mat2)``.  ``err`` as it is when the
    tensors came as keywords, or for a Variable."""
    info = getattr(err, 'legacy_invalid', None)
    if info is None or info[0] != name or not isinstance(self, _args._tensor_kinds()[0]) \
            or not all(any(t is g for g in given) for t in tensors):
        return err
    return _product_list_error(self, name, given)


def _check_expands(shape, out_shape):
    """0.3's out-of-place forms expand ``self`` to the product's shape (its ``expand``
    errors, checked from the last dimension)."""
    expand_check(tuple(shape), tuple(out_shape))


def _th_sizes(c, *operands):
    return tuple(errors.fmt_sizes(x.shape) for x in (c,) + operands)


# the in-place forms write into ``self`` unexpanded: TH's checks of ``t`` (THTensorMath.c)
_INPLACE_MISMATCH = {
    'addmm': lambda c, a, b: ('matrix expected, got %dD tensor for t' % c.ndim if c.ndim != 2
                              else 'size mismatch, t: %s, m1: %s, m2: %s' % _th_sizes(c, a, b)),
    'addmv': lambda c, a, b: ('vector expected, got t: %dD' % c.ndim if c.ndim != 1
                              else 'size mismatch, t: %s, mat: %s' % _th_sizes(c, a)),
    'addr': lambda c, a, b: ('expected matrix, got %dD tensor for t' % c.ndim if c.ndim != 2
                             else 'size mismatch, t: %s, vec1: %s, vec2: %s' % _th_sizes(c, a, b)),
    'addbmm': lambda c, a, b: 'invalid argument 1: output tensor of incorrect size',
    'baddbmm': lambda c, a, b: 'invalid argument 1: output tensor of incorrect size',
}


def _check_mm(a, b):
    if a.ndim != 2 or b.ndim != 2:
        raise RuntimeError('matrices expected, got %dD, %dD tensors' % (a.ndim, b.ndim))
    if a.shape[1] != b.shape[0]:
        raise _size_mismatch(a, b)
    return (a.shape[0], b.shape[1])


def _check_mv(m, v):
    check_mat_vec(m, v)         # before t's checks, as in THTensor_(addmv)
    return (m.shape[0],)


def _check_r(a, b):
    if a.ndim != 1 or b.ndim != 1:
        raise RuntimeError('vector and vector expected, got %dD, %dD tensors' % (a.ndim, b.ndim))
    return (a.shape[0], b.shape[0])


def _check_bmm(batched):
    def check(a, b):
        if a.ndim != 3 or b.ndim != 3:
            raise RuntimeError('expected 3D tensors, got %dD, %dD' % (a.ndim, b.ndim))
        check_bmm_sizes(a, b)
        return (a.shape[0], a.shape[1], b.shape[2]) if batched else (a.shape[1], b.shape[2])
    return check


addmm = _product_op('addmm', ADDMM, _check_mm)
addmv = _product_op('addmv', ADDMV, _check_mv)
addr = _product_op('addr', ADDR, _check_r)
addbmm = _product_op('addbmm', ADDBMM, _check_bmm(False))
baddbmm = _product_op('baddbmm', BADDBMM, _check_bmm(True))

_SHAPES = {
    'addmm': {X: (3, 2), Y: (3, 4), Z: (4, 2)},
    'addmv': {X: (3,), Y: (3, 4), Z: (4,)},
    'addr': {X: (3, 4), Y: (3,), Z: (4,)},
    'addbmm': {X: (3, 2), Y: (2, 3, 4), Z: (2, 4, 2)},
    'baddbmm': {X: (2, 3, 2), Y: (2, 3, 4), Z: (2, 4, 2)},
}
#: a broadcast ``self`` (0.3 expanded it for the out-of-place forms)
_BROADCAST = {'addmm': (2,), 'addmv': (1,), 'addr': (4,), 'addbmm': (2,), 'baddbmm': (3, 2)}


def _declare_product(name, impl, kernel):
    sh = _SHAPES[name]
    a1, a2 = kernel.argnames[1:]

    def both_scalars(torch, c, beta, alpha, a, b):
        return getattr(torch, name)(c, a, b, beta=beta, alpha=alpha)

    def beta_only(torch, c, beta, a, b):
        return getattr(torch, name)(c, a, b, beta=beta)

    overloads = ('(T %s, T %s)' % (a1, a2), '(float beta, T %s, T %s)' % (a1, a2),
                 '(float beta, float alpha, T %s, T %s)' % (a1, a2))
    bsh = dict(sh)
    bsh[X] = _BROADCAST[name]
    declare(name, impl, variants=('method', 'inplace'), kernels=(kernel,), overloads=overloads,
            calls=(Call(Y, Z, shapes=sh), Call(0.5, Y, Z, shapes=sh, modern=beta_only),
                   Call(0.5, -2.0, Y, Z, shapes=sh, modern=both_scalars),
                   Call(Y, Z, beta=2.0, alpha=0.5, shapes=sh),
                   Call(Y, Z, shapes=bsh, variants=('method', 'function'))))
    declare(name, _function_form(impl), variants=('function', 'out'))


for _name, _impl, _kernel in (('addmm', addmm, ADDMM), ('addmv', addmv, ADDMV),
                              ('addr', addr, ADDR), ('addbmm', addbmm, ADDBMM),
                              ('baddbmm', baddbmm, BADDBMM)):
    _declare_product(_name, _impl, _kernel)


def ger(self, vec2):
    """``ger(vec2)``: the outer product of two 1-D tensors."""
    _args.tensor_arg(vec2, 'ger', 'vec2', 1)
    a, b = array_of(self), array_of(vec2)
    if a.ndim != 1 or b.ndim != 1:
        raise RuntimeError('vector and vector expected, got %dD, %dD tensors' % (a.ndim, b.ndim))
    return call(GER, [self, vec2])


declare('ger', ger, variants=('method', 'function', 'out'), kernels=(GER,),
        calls=(Call(Y, shapes={X: (3,), Y: (4,)}),))


def _cross_dim(a, b, dim):
    """The dimension THTensor_(cross) (TH/generic/THTensorMath.c) works along, with its errors:
    no broadcasting and no wrapping of ``dim``; any negative ``dim`` (the default -1) picks the
    first dimension of size 3, so a 3x3 pair is crossed along dimension 0."""
    if a.ndim != b.ndim:
        raise RuntimeError('inconsistent tensor dimension %dD, %dD' % (a.ndim, b.ndim))
    if a.shape != b.shape:
        raise RuntimeError('inconsistent tensor sizes %s, %s'
                           % (errors.fmt_sizes(a.shape), errors.fmt_sizes(b.shape)))
    d = _args.int_arg(dim, 'cross', 'dim', 2)
    if d < 0:
        for i, n in enumerate(a.shape):
            if n == 3:
                return i
        raise RuntimeError('no dimension of size 3 in a: %s' % errors.fmt_sizes(a.shape))
    if d >= a.ndim:
        raise RuntimeError('invalid argument 3: dimension %d out of range' % d)
    if a.shape[d] != 3:
        raise RuntimeError('invalid argument 3: dimension %d does not have size 3' % d)
    return d


def cross(self, other, dim=-1):
    """``cross(other, dim=-1)``: the cross product along ``dim`` (-1: the first dimension of
    size 3, as 0.3's TH picked it)."""
    _args.tensor_arg(other, 'cross', 'other', 1)
    d = _cross_dim(array_of(self), array_of(other), dim)
    return call(CROSS, [self, other], {'dim': d})


declare('cross', cross, variants=('method', 'function', 'out'), kernels=(CROSS,),
        modern=lambda torch, a, b, dim=None: torch.linalg.cross(a, b, dim=0 if dim is None
                                                                 else dim),
        calls=(Call(Y, shapes={X: (3, 4), Y: (3, 4)}),
               Call(Y, 1, shapes={X: (2, 3), Y: (2, 3)})))


def histc(self, bins=100, min=0, max=0):
    """``histc(bins=100, min=0, max=0)``: a histogram of the values (min == max: the data's
    range); values outside [min, max] are left out."""
    bins = _args.int_arg(bins, 'histc', 'bins', 1)
    if bins <= 0:
        raise RuntimeError('bins must be > 0')
    check_floating(self, 'histc')
    lo = _args.to_float(min, 'histc', 'min', 2)
    hi = _args.to_float(max, 'histc', 'max', 3)
    if lo > hi:
        raise RuntimeError('histc: max must be larger than min, got min %g and max %g'
                           % (lo, hi))
    return call(HISTC, [self], {'bins': bins, 'min': lo, 'max': hi})


declare('histc', histc, variants=('method', 'function', 'out'), kernels=(HISTC,),
        calls=(Call(5, -1.0, 1.0, grad=False), Call(grad=False),
               Call(4, 0.0, 0.0, grad=False)))


# --------------------------------------------------------------- Variable renorm (0.3.1)
def _variable_renorm(self, p, dim, maxnorm):
    """``Variable.renorm(p, dim, maxnorm)``: composed from differentiable ops, as 0.3.1 did."""
    from .reduction import _renorm_args
    p, dim, maxnorm = _renorm_args(self.data, p, dim, maxnorm, 'renorm')
    t = self.transpose(dim, 0)
    flat = t.contiguous().view(t.size(0), -1)
    norms = flat.norm(p, 1, True)
    norms = norms.clamp(max=maxnorm).div(norms.add(1e-7))
    flat_out = flat.mul(norms.expand_as(flat))
    return flat_out.view(t.size()).transpose(dim, 0)


declare('renorm', _variable_renorm, variants=('method',), tensor=False)

