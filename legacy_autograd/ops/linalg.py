"""Linear algebra: mm, addmm, mv, dot, bmm, matmul (more in the same pattern)."""
import numpy as np

from .registry import register
from ..backend_numpy import dot as _dot
from .dispatch import call, call_variable2, is_var, check_same_type
from ..autograd.variable import Variable
from ..tensor import _TensorBase, default_tensor_type
from .surface import both
from .schema import Call, X, Y, Z, overload_options
from ._common import tensor_of, array_of, scalar_for, broadcast_shapes, is_number
from .. import errors
from . import _args
from .. import _fastpaths

_MM_DIRECT = True      # mm of two checked Variables straight to call_variable
_fastpaths.flag(globals(), '_MM_DIRECT')


def _size_mismatch(a, b, n1='m1', n2='m2'):
    return RuntimeError('size mismatch, %s: %s, %s: %s' % (n1, errors.fmt_sizes(a.shape), n2,
                                                          errors.fmt_sizes(b.shape)))


def _mm_back(ctx, g):
    B = ctx.B
    a, b = ctx.inputs
    return (B.mm(g, B.t(b)) if ctx.needs[0] else None,
            B.mm(B.t(a), g) if ctx.needs[1] else None)


MM = register(
    'mm', _dot, _mm_back,
    grad_fn='MmBackward', save_inputs=(0, 1), argnames=('self', 'mat2'),
    modern=lambda torch, a, b: torch.mm(a, b))


@both(kernels=(MM,), calls=(Call(Y, shapes={Y: (4, 2)}),))
def mm(self, mat2):
    _args.tensor_arg(mat2, 'mm', 'mat2', 1)
    a, b = array_of(self), array_of(mat2)
    if a.ndim != 2 or b.ndim != 2:
        raise RuntimeError('matrices expected, got %dD, %dD tensors' % (tensor_of(self).dim(),
                                                                        tensor_of(mat2).dim()))
    if a.shape[1] != b.shape[0]:
        raise _size_mismatch(a, b)
    if _MM_DIRECT and type(self) is Variable and type(mat2) is Variable \
            and type(self._data) is type(mat2._data):
        return call_variable2(MM, self, mat2)       # operands checked: the common case
    return call(MM, [self, mat2])


def _mm_stateless(source):
    """``torch.mm(tensor, ...)``'s overloads in 0.3.1: TensorMath.cwrap's ``mm`` has an
    ``addmm`` option and a ``spaddmm`` one whose ``self`` is sparse (``THSTensor* self``), so the
    function form lists a ``torch.Sparse<T> source`` too (the method form, without ``self``,
    lists the one ``(T mat2)``)."""
    t = source.type()

    def dense(a):
        return None if len(a) != 2 else [type(x) is not type(source) for x in a]

    def sparse(a):
        return None if len(a) != 2 else [True, type(a[1]) is not type(source)]
    return [('(%s source, %s mat2)' % (t, t), dense),
            ('(torch.Sparse%s source, %s mat2)' % (t[len('torch.'):], t), sparse)]


errors.STATELESS_OPTIONS['mm'] = _mm_stateless


def _maybe_multiply(x, factor):
    # 0.3's maybe_multiply: no extra pass (and no graph node) for a factor of 1
    return x if factor == 1 else x * factor


def _addmm_back(ctx, g):
    B = ctx.B
    _, m1, m2 = ctx.inputs
    beta, alpha = ctx.params['beta'], ctx.params['alpha']
    return (_maybe_multiply(g, beta) if ctx.needs[0] else None,
            _maybe_multiply(B.mm(g, B.t(m2)), alpha) if ctx.needs[1] else None,
            _maybe_multiply(B.mm(B.t(m1), g), alpha) if ctx.needs[2] else None)


def _addmm_fwd(c, m1, m2, beta, alpha):
    prod = _dot(m1, m2)
    if alpha != 1:
        prod = prod * alpha
    if beta == 1:
        return c + prod
    if beta == 0:       # BLAS gemm never reads C then: nan and inf in self do not propagate
        return np.zeros_like(c) + prod
    return c * beta + prod


ADDMM = register(
    'addmm', _addmm_fwd, _addmm_back,
    grad_fn='AddmmBackward', save_inputs=(1, 2), argnames=('self', 'mat1', 'mat2'),
    modern=lambda torch, c, m1, m2, beta, alpha: torch.addmm(c, m1, m2, beta=beta, alpha=alpha))


def _beta_alpha_args(self, args, kwargs, n_tensors, name):
    """Parse 0.3's ``addmm(beta=1, mat, alpha=1, mat1, mat2)`` style positional forms."""
    beta = kwargs.pop('beta', 1)
    alpha = kwargs.pop('alpha', 1)
    tensors = []
    scalars = []
    for a in args:
        if hasattr(a, 'size') and not isinstance(a, (int, float)):
            tensors.append(a)
        else:
            scalars.append(a)
    # 0.3's forms put the scalars first: (beta, ...), (beta, alpha, ...); a number elsewhere
    # matched no form (and one number with keyword tensors is beta, as 0.3.1's parser took it)
    if any(a is not s for a, s in zip(args, scalars)):
        raise _product_list_error(self, name, args)
    if len(scalars) == 2:
        beta, alpha = scalars
    elif len(scalars) == 1:
        beta = scalars[0]
    for k in list(kwargs):
        tensors.append(kwargs.pop(k))
    if len(tensors) != n_tensors:
        raise _product_list_error(self, name, args)
    return beta, alpha, tensors


def _product_list_error(self, name, given):
    """0.3.1's cwrap list for an ``add*`` product's arguments on a tensor: the declared
    overloads (``(T mat1, T mat2)``, ``(float beta, ...)``, ``(float beta, float alpha, ...)``),
    ``given`` (the positional arguments) in ``got (...)``; a Variable's text names no list."""
    if isinstance(self, Variable):
        return TypeError('%s received an invalid combination of arguments' % name)
    # no tensor among the arguments (``torch.addmm(1, None)``): 0.3.1's stateless dispatch
    # fell back to the default tensor type's overloads
    cls = type(self) if isinstance(self, _TensorBase) else default_tensor_type()

    def check(kinds):
        def flags(a):
            if len(a) != len(kinds):
                return None
            return [not is_number(x) if k == 'number' else type(x) is not cls
                    for x, k in zip(a, kinds)]
        return flags
    return errors.invalid_arguments(name, list(given), [
        (text, check(kinds)) for text, kinds in overload_options(name, cls._info.typename)])


# addmm's front-end and declaration (with the other add* products): ops/blas_ops.py


def _mv_back(ctx, g):
    B = ctx.B
    m, v = ctx.inputs
    return (B.mm(B.unsqueeze(g, 1), B.unsqueeze(v, 0)) if ctx.needs[0] else None,
            B.mm(B.unsqueeze(g, 0), m).view(-1) if ctx.B.KIND == 'variable' and ctx.needs[1]
            else (np.dot(g, m) if ctx.needs[1] else None))


MV = register(
    'mv', lambda m, v: np.dot(m, v), _mv_back,
    grad_fn='MvBackward', save_inputs=(0, 1), argnames=('self', 'vec'),
    modern=lambda torch, m, v: torch.mv(m, v))


def check_mat_vec(m, v):
    """THTensor_(addmv)'s checks of ``mat`` and ``vec`` (TH/generic/THTensorMath.c), behind
    ``mv`` (cwrap's cname) and ``addmv`` alike, tensors and Variables (ATen's the same)."""
    if m.ndim != 2 or v.ndim != 1:
        raise RuntimeError('matrix and vector expected, got %dD, %dD' % (m.ndim, v.ndim))
    if m.shape[1] != v.shape[0]:
        raise RuntimeError('size mismatch, %s, %s' % (errors.fmt_sizes(m.shape),
                                                       errors.fmt_sizes(v.shape)))


@both(kernels=(MV,), calls=(Call(Y, shapes={Y: (4,)}),))
def mv(self, vec):
    _args.tensor_arg(vec, 'mv', 'vec', 1)
    m, v = array_of(self), array_of(vec)
    check_mat_vec(m, v)
    return call(MV, [self, vec])


def _dot_back(ctx, g):
    # 0.3 dot flattens both sides: each gradient takes the other input's values in its own shape
    a, b = ctx.inputs
    B = ctx.B
    sa, sb = ctx.shapes[0][0], ctx.shapes[1][0]
    return (g * (b if sb == sa else B.reshape(b, sa)) if ctx.needs[0] else None,
            g * (a if sa == sb else B.reshape(a, sb)) if ctx.needs[1] else None)


DOT = register(
    'dot', lambda a, b: np.asarray(np.dot(a.reshape(-1), b.reshape(-1))).reshape(1),
    lambda ctx, g: _dot_back(ctx, g),
    grad_fn='DotBackward', save_inputs=(0, 1), argnames=('self', 'tensor'),
    modern=lambda torch, a, b: torch.dot(a.flatten(), b.flatten()))


@both(kernels=(DOT,), calls=(Call(Y, scalar=True, shapes={X: (4,), Y: (4,)}),))
def dot(self, tensor):
    _args.tensor_arg(tensor, 'dot', 'tensor', 1)
    a, b = array_of(self), array_of(tensor)
    if a.size != b.size:
        raise errors.apply2_size_error('tensor', a.shape, 'src', b.shape)
    if is_var(self):
        # 0.3 Variables: dot of flattened inputs, a size-1 Variable
        return call(DOT, [self, tensor])
    check_same_type(DOT, [self, tensor])     # (call checks the Variable path)
    if a.dtype.kind == 'f':
        return float(np.dot(a.reshape(-1).astype(np.float64), b.reshape(-1).astype(np.float64)))
    return int(np.dot(a.reshape(-1).astype(np.int64), b.reshape(-1).astype(np.int64)))


def _bmm_back(ctx, g):
    B = ctx.B
    a, b = ctx.inputs
    return (B.matmul(g, B.transpose(b, 1, 2)) if ctx.needs[0] else None,
            B.matmul(B.transpose(a, 1, 2), g) if ctx.needs[1] else None)


BMM = register(
    'bmm', lambda a, b: np.matmul(a, b), _bmm_back,
    grad_fn='BmmBackward', save_inputs=(0, 1), argnames=('self', 'mat2'),
    modern=lambda torch, a, b: torch.bmm(a, b))


@both(kernels=(BMM,), calls=(Call(Y, shapes={X: (2, 3, 4), Y: (2, 4, 2)}),))
def bmm(self, mat2):
    _args.tensor_arg(mat2, 'bmm', 'mat2', 1)
    a, b = array_of(self), array_of(mat2)
    if a.ndim != 3 or b.ndim != 3:
        raise RuntimeError('expected 3D tensors, got %dD, %dD' % (a.ndim, b.ndim))
    check_bmm_sizes(a, b)
    return call(BMM, [self, mat2])


def check_bmm_sizes(a, b):
    """TH's THTensor_(baddbmm) checks of two batches of matrices (bmm, baddbmm, addbmm)."""
    if a.shape[0] != b.shape[0]:
        raise RuntimeError('invalid argument 2: equal number of batches expected, got %d, %d'
                           % (a.shape[0], b.shape[0]))
    if a.shape[2] != b.shape[1]:
        raise RuntimeError('invalid argument 2: wrong matrix size, batch1: %dx%d, batch2: %dx%d'
                           % (a.shape[1], a.shape[2], b.shape[1], b.shape[2]))


@both(calls=(Call(Y, shapes={Y: (4, 2)}), Call(Y, shapes={Y: (4,)}),
             Call(Y, shapes={X: (4,), Y: (4, 2)}), Call(Y, shapes={X: (2, 3, 4), Y: (4, 2)}),
             Call(Y, scalar=True, shapes={X: (4,), Y: (4,)})))
def matmul(self, other):
    """0.3 ``torch.matmul``: dot, mv, mm or batched matmul by the inputs' dims."""
    _args.tensor_arg(other, 'matmul', 'other', 1)
    try:
        return _matmul(self, other)
    except TypeError as e:
        # 0.3.1's tensor matmul (torch/functional.py, also behind x.matmul) called torch.dot,
        # torch.mv, torch.mm: their function-form texts, for tensors
        info = getattr(e, 'legacy_invalid', None)
        err = _args.stateless_error(e, info[0], (self, other)) if info is not None else None
        if err is None:
            raise
        raise err from None


def _matmul(self, other):
    a, b = array_of(self), array_of(other)
    da, db = a.ndim, b.ndim
    if da == 1 and db == 1:
        return dot(self, other)
    if da == 2 and db == 1:
        return mv(self, other)
    if da == 1 and db == 2:
        return mm(self.unsqueeze(0), other).squeeze(0)
    if da == 2 and db == 2:
        return mm(self, other)
    if da >= 3 and db <= 2:
        lead = a.shape[:-1]
        flat = self.contiguous().view(-1, a.shape[-1])
        r = mm(flat, other if db == 2 else other.unsqueeze(1))
        return r.view(*(lead + ((b.shape[-1],) if db == 2 else ())))
    # batched (db >= 3 here: every db <= 2 case returned above)
    if da == 1:
        self = self.unsqueeze(0)
    ea, eb = array_of(self), array_of(other)
    batch = broadcast_shapes(ea.shape[:-2], eb.shape[:-2], True)   # torch._C._infer_size's text
    x = self.expand(*(batch + ea.shape[-2:])).contiguous().view(-1, *ea.shape[-2:])
    y = other.expand(*(batch + eb.shape[-2:])).contiguous().view(-1, *eb.shape[-2:])
    r = bmm(x, y)
    r = r.view(*(batch + (ea.shape[-2], eb.shape[-1])))
    if da == 1:
        r = r.squeeze(-2)
    return r
