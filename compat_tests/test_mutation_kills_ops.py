"""Behaviour the tensor-op files must keep, found by a blind mutant batch (hblindA): edits of
ops/*.py that the suite let through.  Each test pins real 0.3.1 behaviour -- values and
gradients against modern torch where it agrees with 0.3, else 0.3.1's TH/cwrap rule named in
a comment -- and the classes of gap they showed are tested over every op of the class,
generated from the op schema where it applies:

* ``out=`` argument checks over every op with an ``out=`` form (a tuple of the wrong length, a
  single tensor for a tuple result, a Variable);
* the bool-``keepdim`` overloads of the selection reductions (``median``/``mode``/
  ``kthvalue``) on inputs where the first and last dims differ;
* TH's ``accreal`` (double) accumulation of float32 reductions, on inputs where float32
  accumulation gives another number;
* LAPACK ops on matrices that are not symmetric (the parity samples are symmetric positive
  definite, where a missing transpose or the wrong triangle goes unseen);
* integer division by zero in every integer op that divides;
* creation sizes cut at the first size that is not positive (0.3.1's TH resizeNd).
"""
import inspect
import zlib

import numpy as np
import pytest

import legacy_autograd as L
from legacy_autograd.autograd import Variable
from legacy_autograd.ops.schema import SCHEMA, Const, X

from legacy_values import as_numpy, var

SHAPE = (3, 4)
CLASSES = {'float32': L.FloatTensor, 'float64': L.DoubleTensor, 'int64': L.LongTensor}


# =============================================================================== out= checks
def _draw(domain, shape, dtype, rng):
    if domain == 'spd':
        a = rng.uniform(-1.0, 1.0, shape)
        if len(shape) == 2 and shape[0] == shape[1]:
            a = a @ a.T + np.eye(shape[0])
    elif domain == 'nonzero':
        a = rng.uniform(0.25, 2.0, shape) * rng.choice([-1.0, 1.0], shape)
    elif domain == 'nonint':
        a = rng.integers(-3, 3, shape) + 0.35
    elif isinstance(domain, tuple):
        a = rng.uniform(domain[0], domain[1], shape)
    else:
        a = rng.uniform(0.25, 2.0, shape)
    if np.dtype(dtype).kind in 'iu':
        a = np.round(a * 2)
        a[a == 0] = 1
    return a.astype(dtype)


def _subst(a, tensors):
    if isinstance(a, (list, tuple)):
        return type(a)(_subst(b, tensors) for b in a)
    if isinstance(a, Const):
        return (L.LongTensor if a.kind == 'long' else L.ByteTensor)(a.values)
    return tensors.get(a, a) if not isinstance(a, (list, dict)) else a


def _takes_out(d):
    """Whether ``torch.<name>`` takes ``out=``: declared (the generated wrapper) or its own
    keyword (the comparisons, the LAPACK functions)."""
    fn = d.forms.get('function')
    if fn is None:
        return False
    if 'out' in d.variants:
        return True
    try:
        return 'out' in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


def _out_cases():
    """(name, k, dtype) of the first tensor call of every op with an ``out=`` form."""
    cases = []
    for name in sorted(SCHEMA):
        d = SCHEMA[name]
        if not _takes_out(d):
            continue
        for k, call in enumerate(d.calls):
            if call.random or not call.receiver or call.scalar:
                continue
            if call.variants is not None and not {'out', 'function'} & set(call.variants):
                continue
            cases.append(pytest.param(name, k, d.dtypes[0], id='%s-%d' % (name, k)))
            break
    return cases


def _function_call(name, k, dt):
    """(torch.<name>, x, args, kwargs) of a sample call on fresh tensors."""
    d = SCHEMA[name]
    call = d.calls[k]
    cls = CLASSES[dt]
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    tensors = {p: cls(_draw(call.domains.get(p, d.domain), call.shapes.get(p, SHAPE),
                            cls._dtype, rng).tolist())
               for p in call.tensors()}
    args = [_subst(a, tensors) for a in call.args]
    kwargs = {key: _subst(v, tensors) for key, v in call.kwargs.items()}
    return getattr(L, name), tensors[X], args, kwargs


OUT_CASES = _out_cases()


def test_out_cases_cover_the_out_forms():
    names = {p.values[0] for p in OUT_CASES}
    for must in ('add', 'addmm', 'max', 'sort', 'exp', 'clamp', 'gesv', 'eq', 'cumsum'):
        assert must in names


@pytest.mark.parametrize('name,k,dt', OUT_CASES)
def test_out_variable_is_refused_with_a_type_error(name, k, dt):
    # 0.3.1: no overload of a tensor function takes a Variable as out= (TypeError); the
    # tensor given as the receiver is left alone
    fn, x, args, kwargs = _function_call(name, k, dt)
    ref = fn(x, *args, **kwargs)
    before = as_numpy(x).copy()
    n = len(ref) if isinstance(ref, tuple) else 1
    outs = tuple(Variable(type(r)()) for r in (ref if isinstance(ref, tuple) else (ref,)))
    with pytest.raises(TypeError, match=r'out= is not supported for Variables in 0\.3'):
        fn(x, *args, out=outs if n > 1 else outs[0], **kwargs)
    np.testing.assert_array_equal(as_numpy(x), before)


TUPLE_OUT_CASES = [p for p in OUT_CASES
                   if isinstance(SCHEMA[p.values[0]].calls[p.values[1]].types, tuple)]


def test_tuple_out_cases_exist():
    names = {p.values[0] for p in TUPLE_OUT_CASES}
    assert {'max', 'min', 'sort', 'topk', 'kthvalue', 'gesv'} <= names


@pytest.mark.parametrize('name,k,dt', TUPLE_OUT_CASES)
def test_tuple_out_of_the_wrong_length_is_refused(name, k, dt):
    # a function with several results takes exactly one out tensor per result (0.3.1's
    # cwrap: out=(values, indices)); fewer, or a single tensor, matches no overload
    fn, x, args, kwargs = _function_call(name, k, dt)
    ref = fn(x, *args, **kwargs)
    assert isinstance(ref, tuple) and len(ref) >= 2
    short = tuple(type(r)(*r.size()).fill_(7) for r in ref[:-1])
    with pytest.raises(TypeError):
        fn(x, *args, out=short, **kwargs)
    for o in short:            # nothing written into the tensors given
        assert (as_numpy(o) == 7).all()
    single = type(ref[0])(*ref[0].size()).fill_(7)
    with pytest.raises(TypeError):
        fn(x, *args, out=single, **kwargs)
    longer = tuple(type(r)() for r in ref) + (type(ref[0])(),)
    with pytest.raises(TypeError):
        fn(x, *args, out=longer, **kwargs)
    # the right length works and returns the tensors given, in order
    outs = tuple(type(r)() for r in ref)
    got = fn(x, *args, out=outs, **kwargs)
    assert len(got) == len(outs) and all(g is o for g, o in zip(got, outs))
    for o, r in zip(outs, ref):
        np.testing.assert_array_equal(as_numpy(o), as_numpy(r))


@pytest.mark.parametrize('make', [
    lambda out: L.zeros(2, 3, out=out), lambda out: L.ones(2, out=out),
    lambda out: L.rand(2, out=out), lambda out: L.randn(2, out=out),
    lambda out: L.eye(2, out=out), lambda out: L.arange(3, out=out),
    lambda out: L.linspace(0, 1, 3, out=out), lambda out: L.logspace(0, 1, 3, out=out)])
def test_creation_out_variable_is_refused(make):
    with pytest.raises(TypeError, match=r'out= is not supported for Variables in 0\.3'):
        make(Variable(L.FloatTensor(3)))


# ====================================================================== bool keepdim overloads
def _distinct(shape, seed):
    rng = np.random.default_rng(seed)
    return rng.permutation(int(np.prod(shape))).reshape(shape).astype(np.float64) - 7.0


@pytest.mark.parametrize('variable', [False, True])
@pytest.mark.parametrize('op,positional,explicit', [
    # 0.3.1 TensorCompare.cwrap: median(bool keepdim), mode(bool keepdim) and
    # kthvalue(k, bool keepdim) reduce the LAST dimension (__last_dim)
    ('median', (True,), (-1, True)), ('median', (False,), (-1, False)),
    ('mode', (True,), (-1, True)), ('mode', (False,), (-1, False)),
    ('kthvalue', (2, True), (2, -1, True)), ('kthvalue', (3, False), (3, -1, False)),
])
def test_bool_keepdim_overloads_reduce_the_last_dim(op, positional, explicit, variable, torch):
    a = _distinct((2, 3, 4), 5)
    x = var(a) if variable else L.DoubleTensor(a.tolist())
    values, indices = getattr(x, op)(*positional)
    ev, ei = getattr(x, op)(*explicit)
    keep = positional[-1]
    assert tuple(values.size()) == ((2, 3, 1) if keep else (2, 3))
    np.testing.assert_array_equal(as_numpy(values), as_numpy(ev))
    np.testing.assert_array_equal(as_numpy(indices), as_numpy(ei))
    t = torch.tensor(a)
    if op == 'kthvalue':
        mv, mi = torch.kthvalue(t, positional[0], -1, keepdim=keep)
    elif op == 'median':
        mv, mi = torch.median(t, -1, keepdim=keep)
    else:
        mv, mi = torch.mode(t, -1, keepdim=keep)
    np.testing.assert_array_equal(as_numpy(values), mv.numpy())
    np.testing.assert_array_equal(as_numpy(indices), mi.numpy())


# ============================================================= accreal accumulation (float32)
# TH accumulated float reductions in ``accreal`` (double) and rounded once: on these inputs a
# float32 accumulation gives another number (modern torch's CPU kernels accumulate in double
# too)
def _big_and_ones():
    return np.array([1e8] + [1.0] * 8, dtype=np.float32)


def _factors():
    return np.random.default_rng(11).uniform(0.9, 1.1, 300).astype(np.float32)


@pytest.mark.parametrize('variable', [False, True])
def test_float32_cumsum_accumulates_in_double(variable, torch):
    a = _big_and_ones()
    x = Variable(L.FloatTensor(a.tolist())) if variable else L.FloatTensor(a.tolist())
    got = as_numpy(x.cumsum(0))
    want = np.cumsum(a.astype(np.float64)).astype(np.float32)
    assert got[-1] == np.float32(100000008.0)
    np.testing.assert_array_equal(got, want)
    np.testing.assert_array_equal(got, torch.cumsum(torch.tensor(a), 0).numpy())
    # along another dim of a matrix too
    m = np.stack([a, a[::-1].copy()], 1)
    np.testing.assert_array_equal(as_numpy(L.FloatTensor(m.tolist()).cumsum(0)),
                                  np.cumsum(m.astype(np.float64), 0).astype(np.float32))


@pytest.mark.parametrize('variable', [False, True])
def test_float32_cumprod_accumulates_in_double(variable, torch):
    a = _factors()
    x = Variable(L.FloatTensor(a.tolist())) if variable else L.FloatTensor(a.tolist())
    got = as_numpy(x.cumprod(0))
    want = np.cumprod(a.astype(np.float64)).astype(np.float32)
    assert (np.cumprod(a) != want).any()        # the input tells the two apart
    np.testing.assert_array_equal(got, want)
    np.testing.assert_array_equal(got, torch.cumprod(torch.tensor(a), 0).numpy())


@pytest.mark.parametrize('variable', [False, True])
def test_float32_sum_and_prod_accumulate_in_double(variable):
    a = _big_and_ones()
    m = np.stack([a, a], 0)
    x = Variable(L.FloatTensor(m.tolist())) if variable else L.FloatTensor(m.tolist())
    np.testing.assert_array_equal(as_numpy(x.sum(1)), np.float32([100000008.0] * 2))
    total = x.sum()
    assert float(total if not variable else total.data[0]) == 200000016.0
    f = _factors()
    xf = Variable(L.FloatTensor(f.tolist())) if variable else L.FloatTensor(f.tolist())
    want = np.float32(np.prod(f.astype(np.float64)))
    assert np.float32(np.prod(f)) != want
    got = xf.prod(0)
    assert as_numpy(got)[0] == want


# ============================================================================== renorm ties
@pytest.mark.parametrize('form', ['method', 'inplace', 'function'])
def test_renorm_leaves_a_slice_whose_norm_equals_maxnorm(form, torch):
    # TH's renorm rescales a slice only when its norm is LARGER than maxnorm
    a = np.array([[1.0, 0.0, 0.0], [0.0, 0.0, 1.0], [3.0, 4.0, 0.0]])
    x = L.DoubleTensor(a.tolist())
    if form == 'method':
        r = x.renorm(2, 0, 1.0)
    elif form == 'inplace':
        r = x.renorm_(2, 0, 1.0)
        assert r is x
    else:
        r = L.renorm(x, 2, 0, 1.0)
    got = as_numpy(r)
    np.testing.assert_array_equal(got[:2], a[:2])
    np.testing.assert_array_equal(got, torch.renorm(torch.tensor(a), 2, 0, 1.0).numpy())
    # p = 1 along dim 1: the first column has norm 4 (== maxnorm), the others more
    y = L.DoubleTensor([[1.0, 2.0], [3.0, 5.0]]).renorm(1, 1, 4.0)
    np.testing.assert_array_equal(as_numpy(y)[:, 0], [1.0, 3.0])
    assert (as_numpy(y)[:, 1] < [2.0, 5.0]).all()


# ================================================================ dot / bmm argument shapes
def test_dot_of_variables_of_other_shapes_gives_gradients_in_their_own_shapes():
    # 0.3 dot flattens both sides: each input's gradient has its own shape
    a = var([[1.0, 2.0], [3.0, 4.0]])
    b = var([5.0, 6.0, 7.0, 8.0])
    out = a.dot(b)
    assert as_numpy(out).tolist() == [70.0]
    out.backward()
    assert tuple(a.grad.size()) == (2, 2) and tuple(b.grad.size()) == (4,)
    np.testing.assert_array_equal(as_numpy(a.grad), [[5.0, 6.0], [7.0, 8.0]])
    np.testing.assert_array_equal(as_numpy(b.grad), [1.0, 2.0, 3.0, 4.0])
    c = var([[1.0], [2.0], [3.0], [4.0]])
    d = var([[1.0, 1.0], [2.0, 2.0]])
    L.dot(c, d).backward()
    assert tuple(c.grad.size()) == (4, 1) and tuple(d.grad.size()) == (2, 2)
    np.testing.assert_array_equal(as_numpy(c.grad).ravel(), [1.0, 1.0, 2.0, 2.0])


@pytest.mark.parametrize('variable', [False, True])
def test_bmm_refuses_different_batch_counts(variable):
    # TH's baddbmm: the batch counts must be equal (no broadcasting of a batch of one)
    a = np.ones((1, 2, 3))
    b = np.ones((2, 3, 4))
    x, y = ((var(a), var(b)) if variable else (L.DoubleTensor(a.tolist()), L.DoubleTensor(b.tolist())))
    with pytest.raises(RuntimeError, match=r'^invalid argument 2: equal number of batches '
                                           r'expected, got 1, 2$'):
        x.bmm(y)
    w = var(np.ones((1, 4, 2))) if variable else L.DoubleTensor(np.ones((1, 4, 2)).tolist())
    with pytest.raises(RuntimeError, match=r'^invalid argument 2: equal number of batches '
                                           r'expected, got 2, 1$'):
        L.bmm(y, w)
    c = L.DoubleTensor(np.zeros((2, 2, 4)).tolist())
    if variable:
        c = Variable(c)
    for bad in (lambda: c.baddbmm(x, y), lambda: L.addbmm(c[0], x, y)):
        with pytest.raises(RuntimeError, match=r'^invalid argument 2: equal number of batches'):
            bad()


# ======================================================= LAPACK ops on non-symmetric matrices
# The parity samples of the LAPACK ops are symmetric positive definite; on them a missing
# transpose in a gradient, or the triangle a routine reads, cannot be seen.
A_NONSYM = np.array([[4.0, 1.0, 0.5], [2.0, 5.0, 1.0], [0.3, 0.7, 6.0]])
B_RHS = np.array([[1.0, -2.0], [0.5, 3.0], [-1.5, 0.25]])


def test_inverse_gradient_of_a_non_symmetric_matrix(torch):
    a = var(A_NONSYM)
    g = np.arange(9.0).reshape(3, 3) - 4.0
    a.inverse().backward(L.DoubleTensor(g.tolist()))
    m = torch.tensor(A_NONSYM, requires_grad=True)
    torch.linalg.inv(m).backward(torch.tensor(g))
    np.testing.assert_allclose(as_numpy(a.grad), m.grad.numpy(), rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(as_numpy(L.inverse(L.DoubleTensor(A_NONSYM.tolist()))),
                               np.linalg.inv(A_NONSYM), rtol=1e-12)


@pytest.mark.parametrize('rhs', [B_RHS, B_RHS[:, 0]])
def test_gesv_gradients_of_a_non_symmetric_system(rhs, torch):
    a = var(A_NONSYM)
    b = var(rhs)
    x, lu = b.gesv(a)
    g = np.linspace(-1.0, 1.0, x.data.numel()).reshape(tuple(x.size()))
    x.backward(L.DoubleTensor(g.tolist()))
    ma = torch.tensor(A_NONSYM, requires_grad=True)
    mb = torch.tensor(rhs.reshape(3, -1), requires_grad=True)
    mx = torch.linalg.solve(ma, mb)
    np.testing.assert_allclose(as_numpy(x), mx.detach().numpy(), rtol=1e-12)
    mx.backward(torch.tensor(g))
    np.testing.assert_allclose(as_numpy(a.grad), ma.grad.numpy(), rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(as_numpy(b.grad).reshape(3, -1), mb.grad.numpy(), rtol=1e-12,
                               atol=1e-14)


@pytest.mark.parametrize('upper', [True, False])
@pytest.mark.parametrize('eigenvectors', [False, True])
def test_symeig_reads_the_triangle_it_is_told(upper, eigenvectors, torch):
    # LAPACK syev reads only the upper (default) or lower triangle
    a = np.array([[2.0, 1.0, 0.0], [-3.0, 4.0, 0.5], [7.0, 2.0, 1.0]])
    e, v = L.DoubleTensor(a.tolist()).symeig(eigenvectors, upper)
    want = torch.linalg.eigvalsh(torch.tensor(a), UPLO='U' if upper else 'L').numpy()
    np.testing.assert_allclose(as_numpy(e), want, rtol=1e-12, atol=1e-12)
    if eigenvectors:
        s = np.triu(a) + np.triu(a, 1).T if upper else np.tril(a) + np.tril(a, -1).T
        vv = as_numpy(v)
        np.testing.assert_allclose(s @ vv, vv * want, atol=1e-10)


@pytest.mark.parametrize('upper', [True, False])
def test_potrf_reads_only_its_triangle(upper, torch):
    # 0.3.1's potrf ran LAPACK potrf with uplo 'U' or 'L': the other triangle is never read
    # (modern torch.linalg.cholesky(upper=...) does the same)
    got = as_numpy(L.DoubleTensor(A_NONSYM.tolist()).potrf(upper))
    want = torch.linalg.cholesky(torch.tensor(A_NONSYM), upper=upper).numpy()
    np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-14)
    fn = L.potrf(L.DoubleTensor(A_NONSYM.tolist()), upper)
    np.testing.assert_allclose(as_numpy(fn), want, rtol=1e-12, atol=1e-14)


@pytest.mark.parametrize('upper', [True, False])
def test_pstrf_reads_only_its_triangle(upper):
    a = A_NONSYM
    s = np.triu(a) + np.triu(a, 1).T if upper else np.tril(a) + np.tril(a, -1).T
    u, piv = L.DoubleTensor(a.tolist()).pstrf(upper)
    us, pivs = L.DoubleTensor(s.tolist()).pstrf(upper)
    np.testing.assert_array_equal(as_numpy(u), as_numpy(us))
    np.testing.assert_array_equal(as_numpy(piv), as_numpy(pivs))
    f = as_numpy(u)
    p = as_numpy(piv).astype(np.int64)
    rebuilt = f.T @ f if upper else f @ f.T
    np.testing.assert_allclose(rebuilt, s[np.ix_(p, p)], rtol=1e-12, atol=1e-12)


# ================================================================ integer division by zero
# TH crashed with SIGFPE on an integer division by zero; the package raises instead, in every
# integer op that divides
@pytest.mark.parametrize('op', [
    lambda x, z: x / 0, lambda x, z: x.div(0), lambda x, z: x.div(z), lambda x, z: L.div(x, z),
    lambda x, z: x.div_(0), lambda x, z: x.div_(z),
    lambda x, z: x.fmod(0), lambda x, z: x.remainder(z), lambda x, z: x.fmod_(z),
    lambda x, z: x.addcdiv(x, z), lambda x, z: x.addcdiv_(2, x, z)])
def test_integer_division_by_zero_raises(op):
    x = L.LongTensor([7, -7, 3])
    z = L.LongTensor([2, 0, 1])
    with pytest.raises(RuntimeError, match='ZeroDivisionError: integer division by zero'):
        op(x, z)
    assert x.tolist() == [7, -7, 3] and z.tolist() == [2, 0, 1]


def test_integer_division_without_zero_truncates():
    x = L.LongTensor([7, -7, 3])
    assert (x / 2).tolist() == [3, -3, 1]
    assert x.div(L.LongTensor([2, 2, -2])).tolist() == [3, -3, -1]


# ===================================================================== creation sizes, eye
@pytest.mark.parametrize('make', [L.zeros, L.ones, L.rand, L.randn,
                                  lambda *s: L.FloatTensor(*s)])
def test_creation_sizes_are_cut_at_the_first_size_that_is_not_positive(make):
    # 0.3.1's TH (THTensor_(resizeNd)) kept the sizes up to the first one <= 0
    assert tuple(make(2, 0, 3).size()) == (2,)
    if make is not L.FloatTensor and getattr(make, '__name__', '') != '<lambda>':
        assert tuple(make((2, 0, 3)).size()) == (2,)     # (a tuple is data for FloatTensor)
    assert tuple(make(4, 3, 0).size()) == (4, 3)
    assert make(0, 3).numel() == 0 and tuple(make(0, 3).size()) == ()
    assert tuple(make(2, 3).size()) == (2, 3)


def test_eye_follows_th():
    # THTensor_(eye): n must be positive ("invalid argument"); m <= 0 means m = n
    with pytest.raises(RuntimeError, match=r'^invalid argument 1: invalid argument$'):
        L.eye(0)
    with pytest.raises(RuntimeError, match=r'^invalid argument 1: invalid argument$'):
        L.eye(-2, 3)
    np.testing.assert_array_equal(as_numpy(L.eye(3, 0)), np.eye(3))
    np.testing.assert_array_equal(as_numpy(L.eye(2, -1)), np.eye(2))
    np.testing.assert_array_equal(as_numpy(L.eye(2, 3)), np.eye(2, 3))


def _th_linspace(a, b, n):
    """TH: ``a + (b - a) / (real)(n - 1) * i`` computed in float."""
    f = np.float32
    step = (f(b) - f(a)) / f(n - 1)
    return np.array([f(a) + step * f(i) for i in range(n)], dtype=np.float32)


@pytest.mark.parametrize('a,b,n', [(0.1, 0.7, 13), (1, 10, 100), (-3.3, 7.7, 37)])
def test_float_linspace_is_computed_in_float(a, b, n):
    got = as_numpy(L.linspace(a, b, n))
    assert got.dtype == np.float32
    want = _th_linspace(a, b, n)
    step = (np.float32(b) - np.float32(a)) / np.float32(n - 1)
    double = (np.float32(a) + step * np.arange(n, dtype=np.float64)).astype(np.float32)
    assert (double != want).any()               # the inputs tell the two apart
    np.testing.assert_array_equal(got, want)
    out = L.FloatTensor(n)
    assert L.linspace(a, b, n, out=out) is out
    np.testing.assert_array_equal(as_numpy(out), want)


# ============================================================ add* products with beta = 0
# TH's add* products never read ``self`` when beta is 0 (BLAS gemm/gemv with beta 0; addr
# zeroes the result first), so nan and inf in it do not reach the result -- modern torch
# documents the same rule.  Every product, every form.
PRODUCT_SHAPES = {
    'addmm': ((3, 2), (3, 4), (4, 2)), 'addmv': ((3,), (3, 4), (4,)),
    'addr': ((3, 4), (3,), (4,)), 'addbmm': ((3, 2), (2, 3, 4), (2, 4, 2)),
    'baddbmm': ((2, 3, 2), (2, 3, 4), (2, 4, 2)),
}


@pytest.mark.parametrize('form', ['method', 'function', 'inplace', 'keyword'])
@pytest.mark.parametrize('name', sorted(PRODUCT_SHAPES))
def test_products_with_beta_zero_ignore_self(name, form, torch):
    sc, sa, sb = PRODUCT_SHAPES[name]
    rng = np.random.default_rng(3)
    c = rng.uniform(-1, 1, sc)
    c.flat[0] = np.nan
    c.flat[-1] = np.inf
    a, b = rng.uniform(-1, 1, sa), rng.uniform(-1, 1, sb)
    x, y, z = (L.DoubleTensor(v.tolist()) for v in (c, a, b))
    if form == 'method':
        r = getattr(x, name)(0, 1.5, y, z)
    elif form == 'function':
        r = getattr(L, name)(0, x, 1.5, y, z)
    elif form == 'keyword':
        r = getattr(x, name)(y, z, beta=0, alpha=1.5)
    else:
        r = getattr(x, name + '_')(0, 1.5, y, z)
        assert r is x
    want = getattr(torch, name)(torch.tensor(c), torch.tensor(a), torch.tensor(b), beta=0,
                                alpha=1.5).numpy()
    assert np.isfinite(want).all()
    np.testing.assert_allclose(as_numpy(r), want, rtol=1e-12, atol=1e-14)


@pytest.mark.parametrize('name', sorted(PRODUCT_SHAPES))
def test_products_with_beta_zero_gradients(name, torch):
    sc, sa, sb = PRODUCT_SHAPES[name]
    rng = np.random.default_rng(4)
    c = rng.uniform(-1, 1, sc)
    c.flat[0] = np.nan
    a, b = rng.uniform(-1, 1, sa), rng.uniform(-1, 1, sb)
    vc, va, vb = var(c), var(a), var(b)
    out = getattr(vc, name)(0, -2.0, va, vb)
    g = rng.uniform(-1, 1, tuple(out.size()))
    out.backward(L.DoubleTensor(g.tolist()))
    mc, ma, mb = (torch.tensor(v, requires_grad=True) for v in (c, a, b))
    getattr(torch, name)(mc, ma, mb, beta=0, alpha=-2.0).backward(torch.tensor(g))
    for leg, mod in ((vc, mc), (va, ma), (vb, mb)):
        np.testing.assert_allclose(as_numpy(leg.grad), mod.grad.numpy(), rtol=1e-12, atol=1e-14)


# ===================================================================== unbind of a vector
def test_unbind_of_a_vector_gives_its_numbers():
    # 0.3.1 functional.unbind: tuple(tensor.select(dim, i) ...); a tensor's select on a
    # vector is the element (Tensor.cwrap), a Variable's a size-1 Variable
    assert L.unbind(L.FloatTensor([1.5, -2.0, 3.0])) == (1.5, -2.0, 3.0)
    assert L.unbind(L.LongTensor([4, 5]), 0) == (4, 5)
    assert all(type(v) is int for v in L.unbind(L.LongTensor([4, 5])))
    parts = L.unbind(var([1.0, 2.0]))
    assert [tuple(p.size()) for p in parts] == [(1,), (1,)]
    rows = L.unbind(L.DoubleTensor([[1.0, 2.0], [3.0, 4.0]]), 1)
    assert [as_numpy(r).tolist() for r in rows] == [[1.0, 3.0], [2.0, 4.0]]


# ===================================================================== expand's -1 rule
@pytest.mark.parametrize('variable', [False, True])
def test_expand_minus_one_only_for_existing_dims(variable, torch):
    x = var([1.0, 2.0, 3.0, 4.0]) if variable else L.DoubleTensor([1.0, 2.0, 3.0, 4.0])
    # TH (THLongStorage_inferExpandGeometry): -1 keeps an existing size; a new leading
    # dimension must be given
    with pytest.raises(RuntimeError, match=r"^The expanded size of the tensor \(-1\) isn't "
                                           r"allowed in a leading, non-existing dimension 0\.$"):
        x.expand(-1, 4)
    with pytest.raises(RuntimeError, match=r"non-existing dimension 1\.$"):
        x.expand(2, -1, 4)
    y = x.expand(3, -1)
    assert tuple(y.size()) == (3, 4)
    np.testing.assert_array_equal(as_numpy(y), torch.tensor([1.0, 2.0, 3.0, 4.0]).expand(3, -1).numpy())


# ============================================================ view needs a contiguous input
@pytest.mark.parametrize('variable', [False, True])
def test_view_of_a_non_contiguous_input_is_refused(variable):
    a = np.arange(6.0).reshape(2, 3)
    x = var(a) if variable else L.DoubleTensor(a.tolist())
    with pytest.raises(RuntimeError, match=r'^invalid argument 1: input is not contiguous$'):
        x.t().view(-1)
    with pytest.raises(RuntimeError, match=r'^invalid argument 1: input is not contiguous$'):
        x.t().view(3, 2)
    np.testing.assert_array_equal(as_numpy(x.t().contiguous().view(-1)), a.T.ravel())


# ===================================================== setitem: the value's gradient shape
def test_setitem_value_of_another_shape_gets_its_gradient_in_its_own_shape():
    # 0.3.1 SetItem.backward: grad_output[index].contiguous().view(value.size())
    x = var(np.zeros((2, 3)))
    y = x * 1
    w = var([[1.0], [2.0], [3.0]])            # 3 elements for the (3,) slice y[1]
    y[1] = w
    np.testing.assert_array_equal(as_numpy(y), [[0.0, 0.0, 0.0], [1.0, 2.0, 3.0]])
    g = np.arange(6.0).reshape(2, 3) + 1
    y.backward(L.DoubleTensor(g.tolist()))
    assert tuple(w.grad.size()) == (3, 1)
    np.testing.assert_array_equal(as_numpy(w.grad), [[4.0], [5.0], [6.0]])
    np.testing.assert_array_equal(as_numpy(x.grad), [[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]])


# ====================================== comparisons written into an out tensor of self's type
CMP_NAMES = ('eq', 'ne', 'lt', 'le', 'gt', 'ge')


@pytest.mark.parametrize('sized', [False, True])
@pytest.mark.parametrize('name', CMP_NAMES)
def test_comparison_out_of_self_type_holds_zeros_and_ones_of_that_type(name, sized, torch):
    # TH had both overloads: out= a ByteTensor, or a tensor of self's type holding 0/1
    a = np.array([[1.0, 2.0, 3.0], [3.0, 2.0, 1.0]], dtype=np.float32)
    b = np.array([[2.0, 2.0, 2.0], [2.0, 2.0, 2.0]], dtype=np.float32)
    x, y = L.FloatTensor(a.tolist()), L.FloatTensor(b.tolist())
    want = getattr(torch, name)(torch.tensor(a), torch.tensor(b)).numpy()
    for other in (y, 2):
        out = L.FloatTensor(2, 3).fill_(7) if sized else L.FloatTensor()
        got = getattr(L, name)(x, other, out=out)
        assert got is out and type(out) is L.FloatTensor
        assert as_numpy(out).dtype == np.float32 and tuple(out.size()) == (2, 3)
        np.testing.assert_array_equal(as_numpy(out), want.astype(np.float32))
        bout = L.ByteTensor()
        assert getattr(L, name)(x, other, out=bout) is bout
        assert as_numpy(bout).dtype == np.uint8
        np.testing.assert_array_equal(as_numpy(bout), want.astype(np.uint8))


# ======================================== the value of add/sub converted to an integer type
@pytest.mark.parametrize('form', [
    lambda x, v, y: x.add(v, y), lambda x, v, y: L.add(x, v, y),
    lambda x, v, y: x.clone().add_(v, y), lambda x, v, y: x.add(y, alpha=v),
    lambda x, v, y: x.sub(-v, y), lambda x, v, y: x.clone().sub_(-v, y)])
def test_integer_add_value_is_truncated_like_th(form):
    # TH converted the scalar to the tensor's type first (C cast: truncation toward zero)
    x = L.LongTensor([10, 20, 30])
    y = L.LongTensor([1, 2, 3])
    assert form(x, 1.9, y).tolist() == [11, 22, 33]
    assert form(x, -2.7, y).tolist() == [8, 16, 24]


# ========================================================= linspace/logspace point counts
@pytest.mark.parametrize('fn', [L.linspace, L.logspace])
@pytest.mark.parametrize('steps', [0, -3])
def test_spaces_refuse_no_points_with_th_text(fn, steps):
    # TH: THArgCheck(n > 1 || (n == 1 && a == b), 3, "invalid number of points")
    with pytest.raises(RuntimeError, match=r'^invalid argument 3: invalid number of points$'):
        fn(0, 1, steps)
    with pytest.raises(RuntimeError, match=r'^invalid argument 3: invalid number of points$'):
        fn(0, 1, 1)
    assert as_numpy(fn(2, 2, 1)).tolist() == [2.0 if fn is L.linspace else 100.0]


# ============================================================= float-only histc, trtrs unit
def test_histc_is_float_only():
    # 0.3.1 declared histc for Float and Double tensors only (TensorMath.cwrap)
    with pytest.raises((TypeError, AttributeError)):
        L.LongTensor([1, 2, 3]).histc()
    with pytest.raises((TypeError, AttributeError)):
        L.histc(L.LongTensor([1, 2, 3]), 3)
    assert as_numpy(L.histc(L.DoubleTensor([1.0, 2.0, 2.0]), 2)).tolist() == [1.0, 2.0]


@pytest.mark.parametrize('upper', [True, False])
@pytest.mark.parametrize('transpose', [False, True])
def test_trtrs_unitriangular_ignores_the_stored_diagonal(upper, transpose, torch):
    a = np.array([[3.0, 0.5, -1.0], [0.25, -2.0, 0.75], [1.5, 0.5, 4.0]])
    b = np.array([[1.0, 2.0], [-1.0, 0.5], [0.25, 3.0]])
    x, _ = L.DoubleTensor(b.tolist()).trtrs(L.DoubleTensor(a.tolist()), upper, transpose, True)
    t = np.triu(a) if upper else np.tril(a)
    np.fill_diagonal(t, 1.0)
    if transpose:
        t = t.T
    want = torch.linalg.solve_triangular(torch.tensor(t), torch.tensor(b),
                                         upper=(upper != transpose), unitriangular=True).numpy()
    np.testing.assert_allclose(as_numpy(x), want, rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(t @ as_numpy(x), b, rtol=1e-12, atol=1e-12)


# ================================================================= binary max/min with nan
@pytest.mark.parametrize('variable', [False, True])
def test_binary_max_min_with_nan_follow_th(variable):
    # TH's cmax/cmin: a > b ? a : b (a < b ? a : b); a comparison with nan is false, so a nan
    # in a gives b and a nan in b gives nan (numpy's maximum/minimum give nan both ways)
    nan = float('nan')
    a = np.array([nan, 1.0, 5.0, 2.0])
    b = np.array([3.0, nan, 4.0, 2.0])
    x, y = (var(a), var(b)) if variable else (L.DoubleTensor(a.tolist()), L.DoubleTensor(b.tolist()))
    hi = as_numpy(L.max(x, y))
    lo = as_numpy(L.min(x, y))
    np.testing.assert_array_equal(hi, [3.0, nan, 5.0, 2.0])
    np.testing.assert_array_equal(lo, [3.0, nan, 4.0, 2.0])
    np.testing.assert_array_equal(as_numpy(x.max(y)), hi)
