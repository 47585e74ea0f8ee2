"""0.3's LAPACK ops: gesv, gels, trtrs, symeig, eig, svd, inverse, potrf, potrs, potri,
pstrf, qr, geqrf, orgqr, ormqr, btrifact, btrisolve (and ``torch.btriunpack``).

Float and Double only, as in 0.3.  Matrix results come back the way LAPACK left them in
0.3: column-major, so a 2-D result (and an ``out=`` tensor it is written into) is not
contiguous.  ``out=`` takes a tensor, or a tuple for the ops with several results.

Gradients as in 0.3.1's ``derivatives.yaml``: ``inverse`` (``InverseBackward``), ``gesv``
(``GesvBackward``, for both ``B`` and ``A``) and ``potrf`` (``PotrfBackward``, Iain Murray's
formula); the others record a node whose backward raises 0.3's
``the derivative for 'svd' is not implemented``.
"""
import numpy as np

from .registry import register
from .dispatch import call
from .schema import declare, Call, Const, X, Y, Z, variable_out_error
from ._common import array_of, tensor_of, is_tensorlike
from ..autograd.variable import Variable
from .. import errors
from . import _args
from .type_support import check_floating


# --------------------------------------------------------------------------- helpers
def _canonical_signs(v, *others):
    """Flip each column of ``v`` (and the same columns of ``others``) so that its entry of
    largest magnitude is positive: LAPACK leaves the sign of singular vectors and eigenvectors
    unspecified; this makes it one deterministic choice."""
    if v.ndim != 2 or v.shape[1] == 0:
        return (v,) + others
    idx = np.argmax(np.abs(v), axis=0)
    sign = np.where(v[idx, np.arange(v.shape[1])] < 0, -1, 1).astype(v.dtype)
    return (v * sign,) + tuple(_flip_leading(o, sign) if o.ndim == 2 else o for o in others)


def _flip_leading(o, sign):
    """``o`` with its first ``len(sign)`` columns multiplied by ``sign`` (``svd(some=False)``
    of a wide matrix: U has fewer columns than V, whose extra columns keep their sign)."""
    k = min(o.shape[1], sign.shape[0])
    o = np.array(o, copy=True)
    o[:, :k] *= sign[:k]
    return o


def _modern_canonical(torch, v, *others):
    idx = v.abs().argmax(0)
    sign = torch.where(v[idx, torch.arange(v.size(1))] < 0, -1.0, 1.0).to(v.dtype)
    out = []
    for o in others:
        k = min(o.size(1), sign.size(0))
        out.append(torch.cat([o[:, :k] * sign[:k], o[:, k:]], 1))
    return (v * sign,) + tuple(out)


def _modern_svd(torch, a):
    u, s, vh = torch.linalg.svd(a, full_matrices=False)
    u, v = _modern_canonical(torch, u, vh.t())
    return u, s, v


def _modern_eigh(torch, a):
    e, v = torch.linalg.eigh(a)
    return e, _modern_canonical(torch, v)[0]


def _modern_eig(torch, a):
    w, v = torch.linalg.eig(a)
    return torch.view_as_real(w), _modern_canonical(torch, v.real)[0]


def _modern_pstrf(torch, a):
    """Pivoted Cholesky in modern torch: the largest remaining diagonal first."""
    a = a.clone()
    n = a.size(0)
    piv = list(range(n))
    for k in range(n):
        j = k + int(torch.argmax(a.diagonal()[k:]))
        piv[k], piv[j] = piv[j], piv[k]
        a[[k, j]] = a[[j, k]]
        a[:, [k, j]] = a[:, [j, k]]
        a[k:, k:] -= 0  # (the Schur complement below is updated explicitly)
        a[k, k] = a[k, k].sqrt()
        a[k + 1:, k] /= a[k, k]
        a[k + 1:, k + 1:] -= torch.outer(a[k + 1:, k], a[k + 1:, k])
    lo = a.tril()
    return lo.t(), torch.tensor(piv, dtype=torch.int32)


def _fortran(a):
    return np.asfortranarray(a)


def _float_only(x, name):
    if is_tensorlike(x):
        check_floating(x, name)         # 0.3.1's errors for the other types (type_support.py)
    else:
        raise TypeError("%s is only implemented for torch.FloatTensor and torch.DoubleTensor, "
                        "got %s" % (name, errors.legacy_typename(x)))


def _matrix(x):
    """``A`` of TH's one-matrix routines (TH/generic/THTensorLapack.c: THArgCheck of argument 1)."""
    a = array_of(x)
    if a.ndim != 2:
        raise RuntimeError('invalid argument 1: A should be 2 dimensional')
    return a


def _square(x):
    a = _matrix(x)
    if a.shape[0] != a.shape[1]:
        raise RuntimeError('invalid argument 1: A should be square')
    return a


def _solver_checks(b, a, square=True):
    """THTensor_(gesv) / trtrs / potrs / gels's checks of ``A`` (``a``) and ``B`` (``b``), in
    TH's order and words (gels does not ask for a square A)."""
    if a.ndim != 2:
        raise RuntimeError('invalid argument 2: A should have 2 dimensions, but has %d' % a.ndim)
    if b.ndim not in (1, 2):
        raise RuntimeError('invalid argument 1: B should have 1 or 2 dimensions, but has %d'
                           % b.ndim)
    if square and a.shape[0] != a.shape[1]:
        raise RuntimeError('invalid argument 2: A should be square, but is %dx%d' % a.shape)
    if a.shape[0] != b.shape[0]:
        raise RuntimeError('invalid argument 2: A,B size incompatible - A has %d rows, B has %d'
                           % (a.shape[0], b.shape[0]))


def _bool(value, name, argname):
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    raise TypeError("%s(): argument '%s' must be bool, not %s"
                    % (name, argname, errors.legacy_typename(value)))


def _is_var_backend(ctx):
    return ctx.B.KIND == 'variable'


def _not_implemented(name):
    def back(ctx, g):
        raise RuntimeError("the derivative for '%s' is not implemented" % name)
    return back


def _write_out(out, results, name):
    """Write ``results`` (a tensor or a tuple of them) into ``out`` as 0.3's LAPACK wrappers
    did: a 2-D result takes the column-major layout (the out tensor is reused when it already
    has it), so ``out`` tensors end up non-contiguous."""
    single = not isinstance(results, tuple)
    res = (results,) if single else results
    outs = (out,) if single else out
    if single and isinstance(out, (tuple, list)) and len(out) == 1:
        outs = tuple(out)
    if not isinstance(outs, (tuple, list)) or len(outs) != len(res):
        raise TypeError('%s(): out= must be a tuple of %d tensors' % (name, len(res)))
    for o, r in zip(outs, res):
        if isinstance(o, Variable):
            raise variable_out_error()
        if not is_tensorlike(o):
            raise TypeError('%s(): out= must hold tensors, got %s'
                            % (name, errors.legacy_typename(o)))
        if type(o) is not type(r):
            raise TypeError('%s(): expected %s for out=, got %s' % (name, r.type(), o.type()))
        src = r._a
        dst = o._a
        if dst.shape == src.shape and (src.ndim < 2 or dst.flags.f_contiguous) \
                and not np.shares_memory(dst, src):
            np.copyto(dst, src)
        else:
            o._a = src.copy(order='F') if src.ndim >= 2 else src.copy()
    return out if single else tuple(outs)


def _declare(name, impl, overloads=(), kernels=(), calls=(), modern=None, domain='spd'):
    """Method (tensors and Variables) and ``torch.<name>``, ``out=`` handled here."""
    def function(*args, out=None, **kwargs):
        result = impl(*args, **kwargs)
        if out is None:
            return result
        return _write_out(out, result, name)
    function.__name__ = name
    function.__doc__ = impl.__doc__
    declare(name, impl, variants=('method',), overloads=overloads, kernels=kernels,
            calls=calls, modern=modern, domain=domain)
    declare(name, _args.tensor_first(function, name), variants=('function',))


# ---------------------------------------------------------------------------- inverse
def _inverse_fwd(a):
    try:
        return _fortran(np.linalg.inv(a))
    except np.linalg.LinAlgError:
        raise RuntimeError('Lapack Error getrf : U(%d,%d) is 0, U is singular' % _zero_pivot(a))


def _zero_pivot(a):
    lu, _ = _lu(a.astype(np.float64))
    d = np.abs(np.diag(lu))
    i = int(np.argmin(d)) + 1
    return i, i


def _inverse_back(ctx, g):
    inv = ctx.output
    B = ctx.B
    return (-B.mm(B.t(inv), B.mm(g, B.t(inv))),)


INVERSE = register('inverse', _inverse_fwd, _inverse_back, grad_fn='InverseBackward',
                   save_output=True, argnames=('self',),
                   modern=lambda torch, a: torch.linalg.inv(a))


def inverse(self):
    """``inverse()``: the inverse of a square matrix (column-major result, as 0.3)."""
    _float_only(self, 'inverse')
    _square(self)
    return call(INVERSE, [self])


_declare('inverse', inverse, kernels=(INVERSE,), calls=(Call(shapes={X: (3, 3)}),))


# ------------------------------------------------------------------------------- gesv
def _lu(a):
    """LU factorisation with partial pivoting (getrf): packed LU and 1-based pivots."""
    a = np.array(a, dtype=a.dtype, copy=True)
    n = a.shape[0]
    piv = np.zeros(n, dtype=np.int32)
    for k in range(n):
        p = k + int(np.argmax(np.abs(a[k:, k])))
        piv[k] = p + 1
        if p != k:
            a[[k, p]] = a[[p, k]]
        if a[k, k] != 0:
            a[k + 1:, k] /= a[k, k]
            a[k + 1:, k + 1:] -= np.multiply.outer(a[k + 1:, k], a[k, k + 1:])
    return a, piv


def _gesv_fwd(b, a):
    lu, _ = _lu(a)
    if np.any(np.diag(lu) == 0):
        i = int(np.nonzero(np.diag(lu) == 0)[0][0]) + 1
        raise RuntimeError('Lapack Error in gesv : U(%d,%d) is zero, singular U.' % (i, i))
    x = np.linalg.solve(a, b)
    return _fortran(x), _fortran(lu)


def _gesv_back(ctx, g):
    a = ctx.inputs[1]
    x = ctx.output
    if _is_var_backend(ctx):
        gb = gesv(g, a.t())[0]
        return (gb if ctx.needs[0] else None,
                -gb.mm(x.t()) if ctx.needs[1] else None)
    gb = np.linalg.solve(a.T, g)
    return (gb if ctx.needs[0] else None,
            -np.dot(gb, x.T) if ctx.needs[1] else None)


GESV = register('gesv', _gesv_fwd, _gesv_back, grad_fn='GesvBackward', save_inputs=(1,),
                save_output=True, argnames=('self', 'A'), extra_outputs=1,
                modern=lambda torch, b, a: torch.linalg.solve(a, b))


def gesv(self, A):
    """``gesv(A)`` -> ``(X, LU)``: the solution of ``A X = self`` and A's packed LU."""
    _float_only(self, 'gesv')
    _args.tensor_arg(A, 'gesv', 'A', 1)
    _solver_checks(array_of(self), array_of(A))
    if array_of(self).ndim == 1:
        self = self.view(-1, 1)
    return call(GESV, [self, A])


_declare('gesv', gesv, kernels=(GESV,),
         calls=(Call(Y, shapes={X: (3, 2), Y: (3, 3)}, types=('same', 'same'),
                     modern=lambda torch, b, a: (torch.linalg.solve(a, b),
                                                 torch.linalg.lu_factor(a)[0])),))


# ------------------------------------------------------------------------------- gels
def _gels_fwd(b, a):
    m, n = a.shape
    b2 = b.reshape(m, -1)
    if m >= n:
        q, r = np.linalg.qr(a, mode='complete')
        c = np.dot(q.T, b2)
        rn = r[:n]
        zero = np.nonzero(np.diag(rn) == 0)[0]
        if zero.size:
            raise RuntimeError('Lapack Error in gels : The %d-th diagonal element of the '
                               'triangular factor of A is zero' % (zero[0] + 1))
        x = np.linalg.solve(np.triu(rn), c[:n])
        res = np.concatenate([x, c[n:]], axis=0)
    else:
        x = np.dot(np.linalg.pinv(a), b2)
        res = x
    h, tau = np.linalg.qr(a, mode='raw')
    return _fortran(res.astype(a.dtype)), _fortran(h.T.astype(a.dtype))


GELS = register('gels', _gels_fwd, _not_implemented('gels'), grad_fn='GelsBackward',
                argnames=('self', 'A'), extra_outputs=1,
                modern=lambda torch, b, a: torch.linalg.lstsq(a, b).solution)


def gels(self, A):
    """``gels(A)`` -> ``(X, QR)``: least squares (m >= n: rows n.. of X hold the residual
    information) or minimum-norm (m < n) solution of ``A X = self``."""
    _float_only(self, 'gels')
    _args.tensor_arg(A, 'gels', 'A', 1)
    _solver_checks(array_of(self), array_of(A), square=False)
    if array_of(self).ndim == 1:
        self = self.view(-1, 1)
    return call(GELS, [self, A])


_declare('gels', gels, kernels=(GELS,),
         calls=(Call(Y, shapes={X: (3, 2), Y: (3, 3)}, grad=False, types=('same', 'same'),
                     modern=lambda torch, b, a: (torch.linalg.solve(a, b), torch.geqrf(a)[0])),))


# ------------------------------------------------------------------------------ trtrs
def _tri(a, upper, unitriangular):
    t = np.triu(a) if upper else np.tril(a)
    if unitriangular:
        t = t.copy()
        np.fill_diagonal(t, 1)
    return t


def _trtrs_fwd(b, a, upper, transpose, unitriangular):
    t = _tri(a, upper, unitriangular)
    if transpose:
        t = t.T
    d = np.diag(t)
    if np.any(d == 0):
        i = int(np.nonzero(d == 0)[0][0]) + 1
        raise RuntimeError('Lapack Error in trtrs : A(%d,%d) is zero, singular A' % (i, i))
    return _fortran(np.linalg.solve(t, b)), _fortran(a.copy())


TRTRS = register('trtrs', _trtrs_fwd, _not_implemented('trtrs'), grad_fn='TrtrsBackward',
                 argnames=('self', 'A'), extra_outputs=1)


def trtrs(self, A, upper=True, transpose=False, unitriangular=False):
    """``trtrs(A, upper=True, transpose=False, unitriangular=False)`` -> ``(X, A)``: solves a
    triangular system."""
    _float_only(self, 'trtrs')
    _args.tensor_arg(A, 'trtrs', 'A', 1)
    _solver_checks(array_of(self), array_of(A))
    if array_of(self).ndim == 1:
        self = self.view(-1, 1)
    return call(TRTRS, [self, A], {'upper': _bool(upper, 'trtrs', 'upper'),
                                   'transpose': _bool(transpose, 'trtrs', 'transpose'),
                                   'unitriangular': _bool(unitriangular, 'trtrs',
                                                          'unitriangular')})


_declare('trtrs', trtrs, kernels=(TRTRS,),
         calls=(Call(Y, shapes={X: (3, 2), Y: (3, 3)}, grad=False, types=('same', 'same'),
                     modern=lambda torch, b, a: (
                         torch.linalg.solve_triangular(a.triu(), b, upper=True), a)),
                Call(Y, False, True, shapes={X: (3, 2), Y: (3, 3)}, grad=False,
                     types=('same', 'same'),
                     modern=lambda torch, b, a, upper, transpose: (
                         torch.linalg.solve_triangular(a.tril().t(), b, upper=True), a))))


# ------------------------------------------------------------------------ eigenvalues
def _symeig_fwd(a, eigenvectors, upper):
    if eigenvectors:
        e, v = np.linalg.eigh(a, UPLO='U' if upper else 'L')
        return e.astype(a.dtype), _fortran(_canonical_signs(v.astype(a.dtype))[0])
    e = np.linalg.eigvalsh(a, UPLO='U' if upper else 'L')
    return e.astype(a.dtype), _fortran(a.copy())


SYMEIG = register('symeig', _symeig_fwd, _not_implemented('symeig'), grad_fn='SymeigBackward',
                  argnames=('self',), extra_outputs=1)


def symeig(self, eigenvectors=False, upper=True):
    """``symeig(eigenvectors=False, upper=True)`` -> ``(e, V)``: eigenvalues (ascending) and
    eigenvectors of a symmetric matrix, read from its upper or lower triangle."""
    _float_only(self, 'symeig')
    _square(self)
    return call(SYMEIG, [self], {'eigenvectors': _bool(eigenvectors, 'symeig', 'eigenvectors'),
                                 'upper': _bool(upper, 'symeig', 'upper')})


_declare('symeig', symeig, kernels=(SYMEIG,),
         calls=(Call(True, shapes={X: (3, 3)}, grad=False, types=('same', 'same'),
                     modern=lambda torch, a, ev: _modern_eigh(torch, a)),))


def _eig_fwd(a, eigenvectors):
    w, v = np.linalg.eig(a)
    e = np.stack([w.real, w.imag], axis=1).astype(a.dtype)
    if not eigenvectors:
        return e, np.zeros((0,), dtype=a.dtype)
    vr = np.empty(a.shape, dtype=a.dtype)
    j = 0
    n = a.shape[0]
    while j < n:
        if w.imag[j] != 0 and j + 1 < n:
            vr[:, j] = v[:, j].real
            vr[:, j + 1] = v[:, j].imag
            j += 2
        else:
            vr[:, j] = v[:, j].real
            j += 1
    return e, _fortran(_canonical_signs(vr)[0])


EIG = register('eig', _eig_fwd, _not_implemented('eig'), grad_fn='EigBackward',
               argnames=('self',), extra_outputs=1)


def eig(self, eigenvectors=False):
    """``eig(eigenvectors=False)`` -> ``(e, V)``: eigenvalues as rows ``(real, imaginary)``
    and, when asked, the eigenvectors in LAPACK's real packed form."""
    _float_only(self, 'eig')
    _square(self)
    return call(EIG, [self], {'eigenvectors': _bool(eigenvectors, 'eig', 'eigenvectors')})


_declare('eig', eig, kernels=(EIG,),
         calls=(Call(True, shapes={X: (3, 3)}, grad=False, types=('same', 'same'),
                     modern=lambda torch, a, ev: _modern_eig(torch, a)),))


def _svd_fwd(a, some):
    u, s, vt = np.linalg.svd(a, full_matrices=not some)
    u, v = _canonical_signs(u.astype(a.dtype), vt.T.astype(a.dtype))
    return _fortran(u), s.astype(a.dtype), _fortran(v)


SVD = register('svd', _svd_fwd, _not_implemented('svd'), grad_fn='SvdBackward',
               argnames=('self',), extra_outputs=2)


def svd(self, some=True):
    """``svd(some=True)`` -> ``(U, S, V)`` with ``self = U diag(S) V^T``."""
    _float_only(self, 'svd')
    _matrix(self)
    return call(SVD, [self], {'some': _bool(some, 'svd', 'some')})


_declare('svd', svd, kernels=(SVD,),
         calls=(Call(shapes={X: (4, 3)}, grad=False, types=('same', 'same', 'same'),
                     modern=lambda torch, a: _modern_svd(torch, a)),))


# --------------------------------------------------------------------------- cholesky
def _cholesky(a, name):
    try:
        return np.linalg.cholesky(a)
    except np.linalg.LinAlgError:
        d = np.linalg.eigvalsh(a)
        raise RuntimeError('Lapack Error in %s : the leading minor of order %d is not positive '
                           'definite' % (name, int(np.sum(d > 0)) + 1))


def _symmetric_from(a, upper):
    """The symmetric matrix LAPACK's ``uplo`` routines (potrf, pstrf) see in ``a``: its upper
    triangle mirrored (``upper``) or its lower one; the other triangle is never read."""
    if upper:
        return np.triu(a) + np.triu(a, 1).T
    return np.tril(a) + np.tril(a, -1).T


def _potrf_fwd(a, upper):
    lo = np.tril(_cholesky(_symmetric_from(a, upper), 'potrf')).astype(a.dtype)
    return _fortran(lo.T if upper else lo)


def _phi_np(a):
    b = np.tril(a)
    return b - 0.5 * np.diag(np.diag(b))


def _potrf_back(ctx, g):
    lo = ctx.output
    upper = ctx.params['upper']
    if _is_var_backend(ctx):
        if upper:
            lo, g = lo.t(), g.t()

        def phi(a):
            b = a.tril()
            return b - 0.5 * b.diag().diag()
        p = phi(lo.t().mm(g.tril()))
        s = gesv(p + p.t(), lo.t())[0]
        s = gesv(s.t(), lo.t())[0]
        return (phi(s),)
    if upper:
        lo, g = lo.T, g.T
    p = _phi_np(np.dot(lo.T, np.tril(g)))
    s = np.linalg.solve(lo.T, p + p.T)
    s = np.linalg.solve(lo.T, s.T)
    return (_phi_np(s),)


POTRF = register('potrf', _potrf_fwd, _potrf_back, grad_fn='PotrfBackward', save_output=True,
                 argnames=('self',),
                 modern=lambda torch, a, upper: torch.linalg.cholesky(a, upper=upper))


def potrf(self, upper=True):
    """``potrf(upper=True)``: the Cholesky factor, ``U`` with ``A = U^T U`` (upper) or
    ``L`` with ``A = L L^T``; the other triangle is zero."""
    _float_only(self, 'potrf')
    _square(self)
    return call(POTRF, [self], {'upper': _bool(upper, 'potrf', 'upper')})


_declare('potrf', potrf, kernels=(POTRF,),
         calls=(Call(shapes={X: (3, 3)}, grad=False,
                     modern=lambda torch, a: torch.linalg.cholesky(a, upper=True)),
                Call(False, shapes={X: (3, 3)}, grad=False,
                     modern=lambda torch, a, upper: torch.linalg.cholesky(a))))


def _potrs_fwd(b, u, upper):
    f = np.triu(u) if upper else np.tril(u)
    a = np.dot(f.T, f) if upper else np.dot(f, f.T)
    return _fortran(np.linalg.solve(a, b).astype(b.dtype))


POTRS = register('potrs', _potrs_fwd, _not_implemented('potri'), grad_fn='PotrsBackward',
                 argnames=('self', 'input2'))


def potrs(self, input2, upper=True):
    """``potrs(u, upper=True)``: solves ``A X = self`` given A's Cholesky factor ``u``."""
    _float_only(self, 'potrs')
    _args.tensor_arg(input2, 'potrs', 'input2', 1)
    _solver_checks(array_of(self), array_of(input2))
    if array_of(self).ndim == 1:
        self = self.view(-1, 1)
    return call(POTRS, [self, input2], {'upper': _bool(upper, 'potrs', 'upper')})


_declare('potrs', potrs, kernels=(POTRS,),
         calls=(Call(Y, shapes={X: (3, 2), Y: (3, 3)}, grad=False,
                     modern=lambda torch, b, u: torch.cholesky_solve(b, u.triu(), upper=True)),
                Call(Y, False, shapes={X: (3, 2), Y: (3, 3)}, grad=False,
                     modern=lambda torch, b, u, upper: torch.cholesky_solve(b, u.tril()))))


def _potri_fwd(u, upper):
    f = np.triu(u) if upper else np.tril(u)
    a = np.dot(f.T, f) if upper else np.dot(f, f.T)
    return _fortran(np.linalg.inv(a).astype(u.dtype))


POTRI = register('potri', _potri_fwd, _not_implemented('potri'), grad_fn='PotriBackward',
                 argnames=('self',))


def potri(self, upper=True):
    """``potri(upper=True)``: the inverse of ``A`` from its Cholesky factor (``self``)."""
    _float_only(self, 'potri')
    _square(self)
    return call(POTRI, [self], {'upper': _bool(upper, 'potri', 'upper')})


_declare('potri', potri, kernels=(POTRI,),
         calls=(Call(shapes={X: (3, 3)}, grad=False,
                     modern=lambda torch, u: torch.cholesky_inverse(u.triu(), upper=True)),))


def _pstrf_fwd(a, upper, tol):
    """Cholesky with complete pivoting (LAPACK pstrf): ``P^T A P = U^T U``; pivots 0-based."""
    w = _symmetric_from(np.array(a, dtype=np.float64), upper)
    n = w.shape[0]
    piv = np.arange(n)
    lo = np.zeros_like(w)
    diag0 = np.diag(w).copy()
    if tol < 0:
        tol = n * np.finfo(a.dtype).eps * (diag0.max() if n else 0)
    for k in range(n):
        d = np.diag(w)[k:] - np.sum(lo[k:, :k] ** 2, axis=1)
        j = k + int(np.argmax(d))
        if d[j - k] <= tol or np.isnan(d[j - k]):
            # dpstrf stops (INFO > 0: the rank is k) and TH's THLapackCheckWithCleanup raises
            raise RuntimeError('Lapack Error pstrf : matrix is rank deficient or not positive '
                               'semidefinite')
        if j != k:
            w[[k, j]] = w[[j, k]]
            w[:, [k, j]] = w[:, [j, k]]
            lo[[k, j]] = lo[[j, k]]
            piv[[k, j]] = piv[[j, k]]
        lkk = np.sqrt(w[k, k] - np.dot(lo[k, :k], lo[k, :k]))
        lo[k, k] = lkk
        lo[k + 1:, k] = (w[k + 1:, k] - np.dot(lo[k + 1:, :k], lo[k, :k])) / lkk
    lo = lo.astype(a.dtype)
    return _fortran(lo.T if upper else lo), piv.astype(np.int32)


PSTRF = register('pstrf', _pstrf_fwd, _not_implemented('pstrf'), grad_fn='PstrfBackward',
                 argnames=('self',), extra_outputs=1)


def pstrf(self, upper=True, tol=-1):
    """``pstrf(upper=True, tol=-1)`` -> ``(U, piv)``: pivoted Cholesky, ``A[piv][:, piv] =
    U^T U`` (``L L^T`` when not upper); ``piv`` an IntTensor of 0-based indices."""
    _float_only(self, 'pstrf')
    _square(self)
    return call(PSTRF, [self], {'upper': _bool(upper, 'pstrf', 'upper'), 'tol': float(tol)})


_declare('pstrf', pstrf, kernels=(PSTRF,),
         calls=(Call(shapes={X: (3, 3)}, grad=False, types=('same', 'int'),
                     modern=lambda torch, a: _modern_pstrf(torch, a)),))


# --------------------------------------------------------------------------------- QR
def _qr_fwd(a):
    q, r = np.linalg.qr(a)
    return _fortran(q.astype(a.dtype)), _fortran(r.astype(a.dtype))


QR = register('qr', _qr_fwd, _not_implemented('qr'), grad_fn='QrBackward',
              argnames=('self',), extra_outputs=1)


def qr(self):
    """``qr()`` -> ``(Q, R)``, the reduced QR decomposition."""
    _float_only(self, 'qr')
    _matrix(self)
    return call(QR, [self])


_declare('qr', qr, kernels=(QR,),
         calls=(Call(shapes={X: (4, 3)}, grad=False, types=('same', 'same'),
                     modern=lambda torch, a: torch.linalg.qr(a)),))


def _geqrf_fwd(a):
    h, tau = np.linalg.qr(a, mode='raw')
    return _fortran(h.T.astype(a.dtype)), tau.astype(a.dtype)


GEQRF = register('geqrf', _geqrf_fwd, _not_implemented('geqrf'), grad_fn='GeqrfBackward',
                 argnames=('self',), extra_outputs=1)


def geqrf(self):
    """``geqrf()`` -> ``(a, tau)``: LAPACK's packed QR (R above the diagonal, the Householder
    vectors below, with their scalars ``tau``)."""
    _float_only(self, 'geqrf')
    _matrix(self)
    return call(GEQRF, [self])


_declare('geqrf', geqrf, kernels=(GEQRF,),
         calls=(Call(shapes={X: (4, 3)}, grad=False, types=('same', 'same')),))


def _check_tau(a, tau, name):
    t = array_of(tau)
    if t.ndim != 1 or t.size == 0 or t.size > min(a.shape):
        raise RuntimeError('%s: tau should be a 1-D tensor of at most min(m, n) = %d elements, '
                           'got size %s' % (name, min(a.shape), errors.fmt_sizes(t.shape)))


def _householder_q(a, tau):
    """The full ``m x m`` Q = H_1 ... H_k of LAPACK's packed reflectors."""
    m = a.shape[0]
    q = np.eye(m, dtype=np.float64)
    for i in range(len(tau) - 1, -1, -1):
        v = np.zeros(m)
        v[i] = 1
        v[i + 1:] = a[i + 1:, i]
        q = q - tau[i] * np.outer(v, np.dot(v, q))
    return q


def _orgqr_fwd(a, tau):
    k = tau.shape[0]
    q = _householder_q(a.astype(np.float64), tau.astype(np.float64))
    res = np.array(a, copy=True)
    cols = min(a.shape[1], q.shape[1])
    res[:, :min(k, cols)] = q[:, :min(k, cols)]
    if a.shape[0] >= a.shape[1]:
        res = q[:, :a.shape[1]]
    return _fortran(res.astype(a.dtype)), a


ORGQR = register('orgqr', _orgqr_fwd, _not_implemented('orgqr'), grad_fn='OrgqrBackward',
                 argnames=('self', 'input2'), extra_outputs=1)


def orgqr(self, input2):
    """``orgqr(tau)`` -> ``(Q, self)``: the Q of a :func:`geqrf` result (0.3 returned the
    input as the second value)."""
    _float_only(self, 'orgqr')
    _args.tensor_arg(input2, 'orgqr', 'input2', 1)
    _check_tau(_matrix(self), input2, 'orgqr')
    return call(ORGQR, [self, input2])


_declare('orgqr', orgqr, kernels=(ORGQR,),
         calls=(Call(Y, shapes={X: (4, 3), Y: (3,)}, grad=False, types=('same', 'same'),
                     modern=lambda torch, a, tau: (torch.linalg.householder_product(a, tau),
                                                   a)),))


def _ormqr_fwd(a, tau, c, left, transpose):
    q = _householder_q(a.astype(np.float64), tau.astype(np.float64))
    if transpose:
        q = q.T
    res = np.dot(q, c) if left else np.dot(c, q)
    return _fortran(res.astype(c.dtype)), a


ORMQR = register('ormqr', _ormqr_fwd, _not_implemented('ormqr'), grad_fn='OrmqrBackward',
                 argnames=('self', 'input2', 'input3'), extra_outputs=1)


def ormqr(self, input2, input3, left=True, transpose=False):
    """``ormqr(tau, c, left=True, transpose=False)`` -> ``(Q c or c Q (Q^T with transpose),
    self)``, Q from a :func:`geqrf` result."""
    _float_only(self, 'ormqr')
    _args.tensor_arg(input2, 'ormqr', 'input2', 1)
    _args.tensor_arg(input3, 'ormqr', 'input3', 2)
    a = _matrix(self)
    _check_tau(a, input2, 'ormqr')
    c = array_of(input3)
    if c.ndim != 2:
        # (TH's ormqr checked only A; a c of another rank failed inside LAPACK)
        raise RuntimeError('ormqr: input3 should be 2 dimensional, got %dD' % c.ndim)
    left, transpose = _bool(left, 'ormqr', 'left'), _bool(transpose, 'ormqr', 'transpose')
    if c.shape[0 if left else 1] != a.shape[0]:
        raise RuntimeError('ormqr: input3 of size %s does not match the %d reflectors\' length'
                           % (errors.fmt_sizes(c.shape), a.shape[0]))
    return call(ORMQR, [self, input2, input3], {'left': left, 'transpose': transpose})


_declare('ormqr', ormqr, kernels=(ORMQR,),
         calls=(Call(Y, Z, shapes={X: (3, 3), Y: (3,), Z: (3, 2)}, grad=False,
                     types=('same', 'same'),
                     modern=lambda torch, a, tau, c: (torch.ormqr(a, tau, c), a)),
                Call(Y, Z, False, True, shapes={X: (3, 3), Y: (3,), Z: (2, 3)}, grad=False,
                     types=('same', 'same'),
                     modern=lambda torch, a, tau, c, left, tr: (
                         torch.ormqr(a, tau, c, left, tr), a))))


# --------------------------------------------------------------------- batched LU (btri*)
def _btrifact_fwd(a, pivot):
    lus, pivs = [], []
    for m in a:
        if pivot:
            lu, piv = _lu(m)
        else:
            lu = np.array(m, copy=True)
            n = lu.shape[0]
            for k in range(n):
                lu[k + 1:, k] /= lu[k, k]
                lu[k + 1:, k + 1:] -= np.multiply.outer(lu[k + 1:, k], lu[k, k + 1:])
            piv = np.arange(1, n + 1, dtype=np.int32)
        lus.append(lu)
        pivs.append(piv)
    return np.stack(lus).astype(a.dtype), np.stack(pivs).astype(np.int32)


BTRIFACT = register('btrifact', _btrifact_fwd, _not_implemented('btrifact'),
                    grad_fn='BtrifactBackward', argnames=('self',), extra_outputs=1)


def btrifact(self, info=None, pivot=True):
    """``btrifact(info=None, pivot=True)`` -> ``(LU, pivots)``: batched LU factorisation;
    ``info`` (an IntTensor) receives 0 per matrix, or the 1-based index of a zero pivot."""
    _float_only(self, 'btrifact')
    a = array_of(self)
    if a.ndim != 3 or a.shape[1] != a.shape[2]:
        raise RuntimeError('btrifact: expected a batch of square matrices, got %s'
                           % errors.fmt_sizes(a.shape))
    lu, piv = call(BTRIFACT, [self], {'pivot': _bool(pivot, 'btrifact', 'pivot')})
    if info is not None:
        d = np.diagonal(array_of(lu), axis1=1, axis2=2)
        codes = np.array([int(np.nonzero(row == 0)[0][0]) + 1 if np.any(row == 0) else 0
                          for row in d], dtype=np.int32)
        it = tensor_of(info)
        it._a = codes.astype(it._a.dtype)
    return lu, piv


declare('btrifact', btrifact, variants=('method', 'function'), kernels=(BTRIFACT,),
        calls=(Call(shapes={X: (2, 3, 3)}, grad=False, types=('same', 'int'),
                    modern=lambda torch, a: torch.linalg.lu_factor(a)),))


def _btrisolve_fwd(b, lu, piv):
    out = np.empty_like(b)
    for i in range(b.shape[0]):
        x = np.array(b[i], dtype=np.float64)
        for k, p in enumerate(piv[i]):
            p = int(p) - 1
            if p != k:
                x[[k, p]] = x[[p, k]]
        m = lu[i].astype(np.float64)
        lo = np.tril(m, -1) + np.eye(m.shape[0])
        y = np.linalg.solve(lo, x)
        out[i] = np.linalg.solve(np.triu(m), y)
    return out


BTRISOLVE = register('btrisolve', _btrisolve_fwd, _not_implemented('btrisolve'),
                     grad_fn='BtrisolveBackward', argnames=('self', 'LU_data', 'LU_pivots'),
                     check_types=False)


def btrisolve(self, LU_data, LU_pivots):
    """``btrisolve(LU_data, LU_pivots)``: solves ``A x = self`` per batch from
    :func:`btrifact`'s result."""
    _float_only(self, 'btrisolve')
    _args.tensor_arg(LU_data, 'btrisolve', 'LU_data', 1)
    _args.tensor_arg(LU_pivots, 'btrisolve', 'LU_pivots', 2)
    if isinstance(self, Variable) != isinstance(LU_data, Variable) or \
            isinstance(self, Variable) != isinstance(LU_pivots, Variable):
        raise TypeError('btrisolve(): expected all Variables or all tensors, got %s, %s, %s'
                        % tuple(errors.legacy_typename(x) for x in (self, LU_data, LU_pivots)))
    _check_lu(LU_data, LU_pivots, 'btrisolve')
    b, lu = array_of(self), array_of(LU_data)
    if b.ndim != 2 or b.shape != lu.shape[:2]:
        raise RuntimeError('btrisolve: expected a batch of vectors of size %s, got %s'
                           % (errors.fmt_sizes(lu.shape[:2]), errors.fmt_sizes(b.shape)))
    return call(BTRISOLVE, [self, LU_data, LU_pivots])


_declare('btrisolve', btrisolve, kernels=(BTRISOLVE,),
         calls=(Call(Y, Const([[2, 2, 3], [3, 3, 3]]), shapes={X: (2, 3), Y: (2, 3, 3)},
                     grad=False, variables=False,
                     modern=lambda torch, b, lu, piv: torch.linalg.lu_solve(
                         lu, piv.int(), b.unsqueeze(-1)).squeeze(-1)),))


def _check_lu(LU_data, LU_pivots, name):
    lu, piv = array_of(LU_data), array_of(LU_pivots)
    if lu.ndim != 3 or lu.shape[1] != lu.shape[2]:
        raise RuntimeError('%s: LU_data should be a batch of square matrices, got %s'
                           % (name, errors.fmt_sizes(lu.shape)))
    if piv.shape != lu.shape[:2] or piv.dtype.kind not in 'iu':
        raise RuntimeError('%s: LU_pivots should be an integer tensor of size %s, got %s'
                           % (name, errors.fmt_sizes(lu.shape[:2]), errors.fmt_sizes(piv.shape)))
    if piv.size and (piv.min() < 1 or piv.max() > lu.shape[1]):
        raise RuntimeError('%s: LU_pivots hold 1-based row numbers in [1, %d]'
                           % (name, lu.shape[1]))


def btriunpack(LU_data, LU_pivots, unpack_data=True, unpack_pivots=True):
    """``torch.btriunpack(LU_data, LU_pivots)`` -> ``(P, L, U)`` of a :func:`btrifact`."""
    _args.tensor_arg(LU_data, 'btriunpack', 'LU_data', 0)
    _args.tensor_arg(LU_pivots, 'btriunpack', 'LU_pivots', 1)
    _check_lu(LU_data, LU_pivots, 'btriunpack')
    lu = array_of(LU_data)
    cls = type(tensor_of(LU_data))
    n_batch, sz, _ = lu.shape
    lo = up = perm = None
    if unpack_data:
        up = np.triu(lu)
        lo = np.tril(lu, -1) + np.eye(sz, dtype=lu.dtype)
        lo, up = cls._wrap(lo.astype(lu.dtype)), cls._wrap(up.astype(lu.dtype))
    if unpack_pivots:
        piv = array_of(LU_pivots)
        p = np.tile(np.eye(sz, dtype=lu.dtype), (n_batch, 1, 1))
        for i in range(n_batch):
            for j in range(sz):
                k = int(piv[i, j]) - 1
                p[i, :, [j, k]] = p[i, :, [k, j]]
        perm = cls._wrap(p)
    if isinstance(LU_data, Variable):
        wrap = (lambda t: t if t is None else Variable(t))
        return wrap(perm), wrap(lo), wrap(up)
    return perm, lo, up


declare('btriunpack', btriunpack, variants=('function',),
        calls=(Call(X, Const([[2, 2, 3], [3, 3, 3]]), shapes={X: (2, 3, 3)}, receiver=False,
                    grad=False, variables=False,
                    modern=lambda torch, lu, piv: torch.lu_unpack(lu, piv.int())),))
