"""The BLAS products (addmv, addr, addbmm, baddbmm, ger, cross, histc) and 0.3's LAPACK ops:
argument forms, out=, layouts and gradients (modern torch as the reference where it has
the op)."""
import numpy as np
import pytest

import legacy_autograd as L
from legacy_autograd.autograd import Variable

torch = pytest.importorskip('torch')


def _np(t):
    return (t.data if isinstance(t, Variable) else t).numpy()


def _rand(*shape, seed=0):
    return L.DoubleTensor(np.random.default_rng(seed + sum(shape)).uniform(-1, 1, shape))


# ---------------------------------------------------------------------------- products
@pytest.mark.parametrize('name,shapes', [
    ('addmv', ((4,), (4, 5), (5,))),
    ('addr', ((4, 5), (4,), (5,))),
    ('addbmm', ((4, 2), (3, 4, 5), (3, 5, 2))),
    ('baddbmm', ((3, 4, 2), (3, 4, 5), (3, 5, 2))),
    ('addmm', ((4, 2), (4, 5), (5, 2))),
])
def test_scalar_forms_agree(name, shapes):
    c, a, b = (_rand(*s, seed=i) for i, s in enumerate(shapes))
    fn = getattr(L, name)
    want = getattr(torch, name)(torch.from_numpy(_np(c)), torch.from_numpy(_np(a)),
                                torch.from_numpy(_np(b)), beta=0.25, alpha=3.0).numpy()
    forms = [
        fn(0.25, c, 3.0, a, b),                       # torch.f(beta, M, alpha, m1, m2)
        fn(c, a, b, beta=0.25, alpha=3.0),
        getattr(c, name)(0.25, 3.0, a, b),            # M.f(beta, alpha, m1, m2)
    ]
    for got in forms:
        np.testing.assert_allclose(_np(got), want, rtol=1e-12)
    only_beta = getattr(c, name)(0.25, a, b)          # one number: beta
    np.testing.assert_allclose(_np(only_beta), getattr(torch, name)(
        torch.from_numpy(_np(c)), torch.from_numpy(_np(a)), torch.from_numpy(_np(b)),
        beta=0.25).numpy(), rtol=1e-12)
    inplace = c.clone()
    assert getattr(inplace, name + '_')(0.25, 3.0, a, b) is inplace
    np.testing.assert_allclose(_np(inplace), want, rtol=1e-12)
    out = L.DoubleTensor()
    assert fn(0.25, c, 3.0, a, b, out=out) is out
    np.testing.assert_allclose(_np(out), want, rtol=1e-12)


def test_addr_out_into_its_own_input():
    m, v1, v2 = _rand(3, 2), _rand(3), _rand(2, seed=5)
    ref = _np(m) + np.outer(_np(v1), _np(v2))
    L.addr(m, v1, v2, out=m)
    np.testing.assert_allclose(_np(m), ref, rtol=1e-12)


def test_products_size_errors():
    # THTensor_(addmv)'s own text names neither argument
    with pytest.raises(RuntimeError, match=r'^size mismatch, \[3 x 4\], \[5\]$'):
        L.addmv(_rand(3), _rand(3, 4), _rand(5))
    # TH's THTensor_(baddbmm) checks
    with pytest.raises(RuntimeError, match=r'^invalid argument 2: wrong matrix size, '
                                           r'batch1: 3x4, batch2: 5x2$'):
        _rand(2, 3, 2).baddbmm(_rand(2, 3, 4), _rand(2, 5, 2))


# the in-place forms write into self unexpanded (TH's THTensorMath.c checks of ``t``); the
# out-of-place forms expand self to the product's shape (expand's errors)
@pytest.mark.parametrize('name,shapes,message', [
    ('addmv', ((1,), (3, 2), (2,)), r'size mismatch, t: [1], mat: [3 x 2]'),
    ('addmv', ((1, 3, 1), (3, 2), (2,)), r'vector expected, got t: 3D'),
    ('addmm', ((1, 4), (3, 2), (2, 4)), r'size mismatch, t: [1 x 4], m1: [3 x 2], m2: [2 x 4]'),
    ('addmm', ((4,), (3, 2), (2, 4)), r'matrix expected, got 1D tensor for t'),
    ('addmm', ((1, 1, 4), (3, 2), (2, 4)), r'matrix expected, got 3D tensor for t'),
    ('addr', ((3, 1), (3,), (4,)), r'size mismatch, t: [3 x 1], vec1: [3], vec2: [4]'),
    ('addr', ((4,), (3,), (4,)), r'expected matrix, got 1D tensor for t'),
    ('addbmm', ((3, 1), (2, 3, 5), (2, 5, 4)), r'invalid argument 1: output tensor of incorrect size'),
    ('baddbmm', ((1, 3, 4), (2, 3, 5), (2, 5, 4)),
     r'invalid argument 1: output tensor of incorrect size'),
])
def test_inplace_products_do_not_broadcast_self(name, shapes, message):
    c, a, b = (_rand(*s, seed=i) for i, s in enumerate(shapes))
    for wrap in (lambda t: t, Variable):
        target = wrap(c.clone())
        before = _np(target).copy()
        with pytest.raises(RuntimeError) as info:
            getattr(target, name + '_')(wrap(a), wrap(b))
        assert str(info.value) == message
        np.testing.assert_array_equal(_np(target), before)
    product_dims = {'addmv': 1, 'addmm': 2, 'addr': 2, 'addbmm': 2, 'baddbmm': 3}[name]
    if len(shapes[0]) > product_dims:
        with pytest.raises(RuntimeError, match='the number of sizes provided'):
            getattr(c, name)(a, b)               # more dims than the product: no expand
        return
    # the out-of-place form broadcasts the same self (0.3 expands it), as modern torch does
    want = getattr(torch, name)(*(torch.from_numpy(_np(t)) for t in (c, a, b))).numpy()
    got = getattr(c, name)(a, b)
    assert tuple(got.size()) == want.shape
    np.testing.assert_allclose(_np(got), want, rtol=1e-12)


def test_out_of_place_products_refuse_a_self_that_does_not_expand():
    with pytest.raises(RuntimeError) as info:
        _rand(2).addmv(_rand(3, 2), _rand(2))
    assert str(info.value) == ('The expanded size of the tensor (3) must match the existing '
                               'size (2) at non-singleton dimension 0.')
    with pytest.raises(RuntimeError) as info:
        Variable(_rand(3, 3)).addmm(Variable(_rand(3, 2)), Variable(_rand(2, 4)))
    assert str(info.value) == ('The expanded size of the tensor (4) must match the existing '
                               'size (3) at non-singleton dimension 1.')
    with pytest.raises(RuntimeError) as info:
        _rand(5, 3, 4).addmm(_rand(3, 2), _rand(2, 4))
    assert str(info.value) == ('invalid argument 1: the number of sizes provided must be greater '
                               'or equal to the number of dimensions in the tensor')


def test_variable_gradients_match_modern():
    c, a, b = _rand(3, 2), _rand(2, 3, 4), _rand(2, 4, 2, seed=3)
    vs = [Variable(t, requires_grad=True) for t in (c, a, b)]
    out = L.addbmm(0.5, vs[0], 2.0, vs[1], vs[2])
    assert type(out.grad_fn).__name__ == 'AddbmmBackward'
    (out * out).sum().backward()
    ms = [torch.from_numpy(_np(t)).requires_grad_() for t in (c, a, b)]
    mo = torch.addbmm(ms[0], ms[1], ms[2], beta=0.5, alpha=2.0)
    (mo * mo).sum().backward()
    for v, m in zip(vs, ms):
        np.testing.assert_allclose(_np(v.grad), m.grad.numpy(), rtol=1e-10)


def test_ger_and_cross():
    v1, v2 = _rand(3), _rand(4)
    np.testing.assert_allclose(_np(L.ger(v1, v2)), np.outer(_np(v1), _np(v2)))
    x, y = _rand(4, 3, 2), _rand(4, 3, 2, seed=9)
    # dim=-1 (the default) is the first dimension of size 3, as TH chose it
    np.testing.assert_allclose(_np(L.cross(x, y)), np.cross(_np(x), _np(y), axis=1))
    out = L.DoubleTensor()
    L.cross(x, y, out=out)
    np.testing.assert_allclose(_np(out), np.cross(_np(x), _np(y), axis=1))
    vx, vy = Variable(x, requires_grad=True), Variable(y, requires_grad=True)
    r = vx.cross(vy, 1)
    assert type(r.grad_fn).__name__ == 'CrossBackward'
    (r * r).sum().backward()
    mx = torch.from_numpy(_np(x)).requires_grad_()
    my = torch.from_numpy(_np(y)).requires_grad_()
    mr = torch.linalg.cross(mx, my, dim=1)
    (mr * mr).sum().backward()
    np.testing.assert_allclose(_np(vx.grad), mx.grad.numpy(), rtol=1e-10)
    np.testing.assert_allclose(_np(vy.grad), my.grad.numpy(), rtol=1e-10)
    with pytest.raises(RuntimeError, match='no dimension of size 3'):
        L.cross(_rand(2, 2), _rand(2, 2))


def test_histc():
    t = L.FloatTensor([1.0, 2.0, 1.0, 2.5, 7.0, -3.0])
    assert L.histc(t, 4, 0, 3).tolist() == [0.0, 2.0, 1.0, 1.0]
    assert t.histc(2).tolist() == [3.0, 3.0]        # min == max: the range of the data


def test_variable_renorm_matches_tensor_renorm():
    x = _rand(3, 4)
    v = Variable(x, requires_grad=True)
    r = v.renorm(2, 1, 0.5)
    np.testing.assert_allclose(_np(r), _np(x.renorm(2, 1, 0.5)), rtol=1e-6)
    r.sum().backward()
    assert v.grad is not None
    w = Variable(x, requires_grad=True)
    (L.renorm(w, 2, 1, 0.5) * Variable(_rand(3, 4, seed=3))).sum().backward()
    m = torch.from_numpy(_np(x)).requires_grad_()
    (torch.renorm(m, 2, 1, 0.5) * torch.from_numpy(_np(_rand(3, 4, seed=3)))).sum().backward()
    np.testing.assert_allclose(_np(w.grad), m.grad.numpy(), rtol=1e-5, atol=1e-6)


# ------------------------------------------------------------------------------ LAPACK
def _spd(n, seed=0):
    a = np.random.default_rng(seed).uniform(-1, 1, (n, n))
    return L.DoubleTensor(a @ a.T + n * np.eye(n))


def test_matrix_results_are_column_major_like_lapack():
    m = _spd(4)
    inv = L.inverse(m)
    assert not inv.is_contiguous()
    np.testing.assert_allclose(_np(inv) @ _np(m), np.eye(4), atol=1e-12)
    out = L.DoubleTensor(4, 4)
    assert out.is_contiguous()
    L.inverse(m, out=out)
    assert not out.is_contiguous()
    np.testing.assert_allclose(_np(out), _np(inv), rtol=0)


def test_solvers():
    a = _spd(4, seed=1)
    b = _rand(4, 2)
    x, lu = L.gesv(b, a)
    np.testing.assert_allclose(_np(a) @ _np(x), _np(b), atol=1e-12)
    tb, ta = L.DoubleTensor(), L.DoubleTensor()
    res = L.gesv(b, a, out=(tb, ta))
    assert res[0] is tb and res[1] is ta
    u = L.potrf(a)
    np.testing.assert_allclose(_np(u.t().mm(u)), _np(a), atol=1e-12)
    assert np.all(np.tril(_np(u), -1) == 0)
    lo = L.potrf(a, False)
    np.testing.assert_allclose(_np(lo.mm(lo.t())), _np(a), atol=1e-12)
    np.testing.assert_allclose(_np(a.mm(L.potrs(b, u))), _np(b), atol=1e-12)
    np.testing.assert_allclose(_np(L.potri(u)), np.linalg.inv(_np(a)), atol=1e-12)
    up = L.triu(a)
    x, _ = L.trtrs(b, up)
    np.testing.assert_allclose(_np(up.mm(x)), _np(b), atol=1e-12)
    x, _ = L.trtrs(b, up, True, True)
    np.testing.assert_allclose(_np(up.t().mm(x)), _np(b), atol=1e-12)


def test_gels_overdetermined_keeps_residual_rows():
    a, b = _rand(5, 3), _rand(5, 2, seed=4)
    res, _ = L.gels(b, a)
    assert res.size() == (5, 2)
    x = _np(res)[:3]
    want = np.linalg.lstsq(_np(a), _np(b), rcond=None)[0]
    np.testing.assert_allclose(x, want, atol=1e-12)
    resid = np.linalg.norm(_np(a) @ x - _np(b))
    np.testing.assert_allclose(np.linalg.norm(_np(res)[3:]), resid, rtol=1e-10)


def test_decompositions():
    a = _rand(5, 3)
    q, r = L.qr(a)
    np.testing.assert_allclose(_np(q.mm(r)), _np(a), atol=1e-12)
    m, tau = L.geqrf(a)
    q2, _ = L.orgqr(m, tau)
    np.testing.assert_allclose(np.abs(_np(q2)), np.abs(_np(q)), atol=1e-12)
    c = _rand(5, 2)
    res, _ = L.ormqr(m, tau, c, True, True)
    full_q = _np(L.ormqr(m, tau, L.eye(5).double())[0])
    np.testing.assert_allclose(_np(res), full_q.T @ _np(c), atol=1e-12)
    u, s, v = L.svd(a)
    np.testing.assert_allclose(_np(u) @ np.diag(_np(s)) @ _np(v).T, _np(a), atol=1e-12)
    sym = _spd(3)
    e, vec = L.symeig(sym, True)
    np.testing.assert_allclose(_np(vec) @ np.diag(_np(e)) @ _np(vec).T, _np(sym), atol=1e-12)
    e, vec = L.eig(sym, True)
    assert e.size() == (3, 2) and np.all(_np(e)[:, 1] == 0)
    uu, piv = L.pstrf(sym)
    assert type(piv) is L.IntTensor
    p = _np(piv).astype(int)
    np.testing.assert_allclose(_np(uu).T @ _np(uu), _np(sym)[p][:, p], atol=1e-12)


def test_batched_lu():
    a = L.DoubleTensor(np.random.default_rng(3).uniform(-1, 1, (2, 3, 3)))
    info = L.IntTensor()
    lu, piv = a.btrifact(info=info)
    assert info.tolist() == [0, 0] and type(piv) is L.IntTensor
    p, lo, up = L.btriunpack(lu, piv)
    np.testing.assert_allclose(_np(L.bmm(p, L.bmm(lo, up))), _np(a), atol=1e-12)
    b = _rand(2, 3)
    x = L.btrisolve(b, lu, piv)
    np.testing.assert_allclose(np.einsum('bij,bj->bi', _np(a), _np(x)), _np(b), atol=1e-12)


def test_lapack_gradients():
    a, b = _spd(3, seed=2), _rand(3, 2)
    va, vb = Variable(a, requires_grad=True), Variable(b, requires_grad=True)
    x = L.gesv(vb, va)[0]
    assert type(x.grad_fn).__name__ == 'GesvBackward'
    (x * x).sum().backward()
    ma = torch.from_numpy(_np(a)).requires_grad_()
    mb = torch.from_numpy(_np(b)).requires_grad_()
    mx = torch.linalg.solve(ma, mb)
    (mx * mx).sum().backward()
    np.testing.assert_allclose(_np(va.grad), ma.grad.numpy(), rtol=1e-9)
    np.testing.assert_allclose(_np(vb.grad), mb.grad.numpy(), rtol=1e-9)

    vi = Variable(a, requires_grad=True)
    inv = vi.inverse()
    assert type(inv.grad_fn).__name__ == 'InverseBackward'
    (inv * inv).sum().backward()
    mi = torch.from_numpy(_np(a)).requires_grad_()
    (torch.linalg.inv(mi) ** 2).sum().backward()
    np.testing.assert_allclose(_np(vi.grad), mi.grad.numpy(), rtol=1e-9)

    # potrf's gradient (0.3's formula) through a symmetric parametrisation equals modern's
    g = _rand(3, 3, seed=7)
    for upper in (True, False):
        vp = Variable(a, requires_grad=True)
        f = L.potrf((vp + vp.t()) * 0.5, upper)
        assert type(f.grad_fn).__name__ == 'PotrfBackward'
        (f * Variable(g)).sum().backward()
        mp = torch.from_numpy(_np(a)).requires_grad_()
        mf = torch.linalg.cholesky((mp + mp.t()) * 0.5, upper=upper)
        (mf * torch.from_numpy(_np(g))).sum().backward()
        np.testing.assert_allclose(_np(vp.grad), mp.grad.numpy(), rtol=1e-8, atol=1e-10)


def test_lapack_higher_order_through_variables():
    a = Variable(_spd(3, seed=5), requires_grad=True)
    inv = a.inverse()
    (g,) = L.autograd.grad(inv.sum(), a, create_graph=True)
    g.sum().backward()
    assert a.grad is not None


def test_not_implemented_derivatives_raise_on_backward():
    v = Variable(_rand(4, 3), requires_grad=True)
    u, s, vv = L.svd(v)
    assert type(u.grad_fn).__name__ == 'SvdBackward'
    with pytest.raises(RuntimeError, match="^the derivative for 'svd' is not implemented$"):
        u.sum().backward()


def test_lapack_refuses_integer_tensors():
    with pytest.raises(TypeError):
        L.inverse(L.LongTensor([[1, 0], [0, 1]]))


def test_dlpack_round_trip_shares_memory():
    from legacy_autograd.utils.dlpack import to_dlpack, from_dlpack
    x = L.FloatTensor([[1.0, 2.0], [3.0, 4.0]])
    y = from_dlpack(to_dlpack(x))
    assert type(y) is L.FloatTensor and y.tolist() == x.tolist()
    y[0, 0] = 9
    assert x[0, 0] == 9
    with pytest.raises(TypeError, match='DLPack capsule'):
        from_dlpack(x)
