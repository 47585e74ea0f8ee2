"""Behaviour of the tensor-op files that random one-token mutants showed unguarded (hautoA).

A seeded random sample of mechanical mutants (``tools/auto_mutants.py``, seeds 101 and 102) of
the op files, tensor, storage, size, printing and rng, and the suite's line/branch coverage,
showed these classes of gap; each is tested over the whole class, not only the drawn mutant:

* the LAPACK family's error paths (singular inputs, row-count mismatches, 1-D right-hand
  sides, ``out=`` checks) and the un-pivoted batched LU;
* the op schema's derived facts (``op_facts``'s in-place names, receivers) against the methods
  that really exist;
* storages: constructor overloads, slicing, copy/resize checks, type conversions;
* ``torch.Size`` arithmetic and ``numel``;
* the RNG's state checks and float draws;
* indexing's error paths and rare key kinds.

Values are checked against modern torch (the ``torch`` fixture) where it agrees with 0.3,
else against 0.3.1's formula (named in a comment); error texts are 0.3.1's (TH / cwrap).
"""
import numpy as np
import pytest

import legacy_autograd as L
from legacy_autograd.autograd import Variable

from legacy_values import as_numpy, var  # noqa: F401

D = L.DoubleTensor
SPD = [[4.0, 1.0, 2.0], [1.0, 5.0, 1.0], [2.0, 1.0, 6.0]]
NONSYM = [[4.0, 1.0, 2.0], [3.0, 5.0, 1.0], [2.0, -1.0, 6.0]]


def _t(torch, values):
    return torch.tensor(values, dtype=torch.float64)


# ====================================================================== LAPACK family
def test_btrifact_without_pivoting_is_doolittle_lu(torch):
    # 0.3.1 btrifact(pivot=False): LU with no row exchanges, pivots 1..n; L unit lower, U upper
    a = np.array([NONSYM, SPD])
    lu, piv = L.btrifact(D(a.tolist()), pivot=False)
    assert piv.tolist() == [[1, 2, 3], [1, 2, 3]]
    assert isinstance(piv, L.IntTensor)
    for i in range(2):
        m = lu.numpy()[i]
        lo = np.tril(m, -1) + np.eye(3)
        up = np.triu(m)
        np.testing.assert_allclose(lo @ up, a[i], rtol=1e-12, atol=1e-12)
    # the first row of U is the first row of A and the first column of L is A's scaled by a00
    np.testing.assert_allclose(lu.numpy()[0][0], a[0][0])
    np.testing.assert_allclose(lu.numpy()[0][1:, 0], a[0][1:, 0] / a[0][0, 0])
    # with pivoting it agrees with modern torch's lu_factor
    lu2, piv2 = L.btrifact(D(a.tolist()))
    mlu, mpiv = torch.linalg.lu_factor(_t(torch, a))
    np.testing.assert_allclose(lu2.numpy(), mlu.numpy(), rtol=1e-12, atol=1e-12)
    assert piv2.tolist() == mpiv.tolist()


def test_btriunpack_forms():
    a = D([NONSYM])
    lu, piv = L.btrifact(a)
    p, lo, up = L.btriunpack(lu, piv)
    np.testing.assert_allclose((p.numpy()[0] @ lo.numpy()[0] @ up.numpy()[0]), a.numpy()[0],
                               atol=1e-12)
    p2, lo2, up2 = L.btriunpack(lu, piv, unpack_data=False)
    assert lo2 is None and up2 is None
    np.testing.assert_array_equal(p2.numpy(), p.numpy())
    p3, lo3, up3 = L.btriunpack(lu, piv, unpack_pivots=False)
    assert p3 is None
    np.testing.assert_array_equal(lo3.numpy(), lo.numpy())
    np.testing.assert_array_equal(up3.numpy(), up.numpy())
    # Variables in, Variables out
    pv, lv, uv = L.btriunpack(Variable(lu), Variable(piv))
    assert all(isinstance(t, Variable) for t in (pv, lv, uv))
    np.testing.assert_array_equal(lv.data.numpy(), lo.numpy())
    pv, lv, uv = L.btriunpack(Variable(lu), Variable(piv), unpack_data=False)
    assert lv is None and uv is None and isinstance(pv, Variable)


def test_lu_pivot_checks():
    lu, piv = L.btrifact(D([NONSYM]))
    with pytest.raises(RuntimeError, match=r'^btriunpack: LU_pivots should be an integer tensor '
                                           r'of size \[1 x 3\], got \[1 x 2\]$'):
        L.btriunpack(lu, L.IntTensor([[1, 2]]))
    with pytest.raises(RuntimeError, match=r'^btriunpack: LU_pivots should be an integer'):
        L.btriunpack(lu, D([[1, 2, 3]]))
    with pytest.raises(RuntimeError, match=r'^btrisolve: LU_pivots hold 1-based row numbers in '
                                           r'\[1, 3\]$'):
        D([[1, 2, 3]]).btrisolve(lu, L.IntTensor([[0, 2, 3]]))
    with pytest.raises(RuntimeError, match=r'LU_pivots hold 1-based'):
        D([[1, 2, 3]]).btrisolve(lu, L.IntTensor([[1, 2, 4]]))
    # the edges are accepted
    D([[1, 2, 3]]).btrisolve(lu, L.IntTensor([[3, 3, 3]]))
    D([[1, 2, 3]]).btrisolve(lu, L.IntTensor([[1, 2, 3]]))
    with pytest.raises(RuntimeError, match=r'^btrisolve: expected a batch of vectors of size '
                                           r'\[1 x 3\], got \[1 x 2\]$'):
        D([[1, 2]]).btrisolve(lu, piv)
    with pytest.raises(RuntimeError, match=r'^btrisolve: expected a batch of vectors of size '
                                           r'\[1 x 3\], got \[3\]$'):
        D([1, 2, 3]).btrisolve(lu, piv)


def test_btrisolve_all_variables_or_all_tensors(torch):
    lu, piv = L.btrifact(D([NONSYM]))
    b = D([[1.0, 2.0, 3.0]])
    x = b.btrisolve(lu, piv)
    ref = torch.linalg.solve(_t(torch, [NONSYM]), _t(torch, [[1.0, 2.0, 3.0]]).unsqueeze(-1))
    np.testing.assert_allclose(x.numpy(), ref.squeeze(-1).numpy(), rtol=1e-12)
    xv = Variable(b).btrisolve(Variable(lu), Variable(piv))
    np.testing.assert_allclose(xv.data.numpy(), x.numpy())
    for args in ((Variable(b), lu, piv), (b, Variable(lu), piv), (b, lu, Variable(piv)),
                 (Variable(b), Variable(lu), piv), (Variable(b), lu, Variable(piv))):
        with pytest.raises(TypeError, match=r'^btrisolve\(\): expected all Variables or all '
                                            r'tensors'):
            L.btrisolve(*args)


def test_gesv_errors_and_vector_rhs(torch):
    sing = D([[1.0, 2.0], [2.0, 4.0]])
    with pytest.raises(RuntimeError, match=r'^gesv: U\(2,2\) is zero, singular U\.$'):
        L.gesv(D([1.0, 2.0]), sing)
    with pytest.raises(RuntimeError, match=r'^gesv: A and b should have the same number of rows, '
                                           r'got A \[3 x 3\], b \[2 x 1\]$'):
        L.gesv(D([1.0, 2.0]), D(SPD))
    with pytest.raises(RuntimeError, match=r'^gesv: A and b should have the same number of rows, '
                                           r'got A \[3 x 3\], b \[2 x 2\]$'):
        L.gesv(D([[1.0, 2.0], [3.0, 4.0]]), D(SPD))
    x, lu = L.gesv(D([1.0, 2.0, 3.0]), D(NONSYM))
    assert x.size() == (3, 1)
    ref = torch.linalg.solve(_t(torch, NONSYM), _t(torch, [[1.0], [2.0], [3.0]]))
    np.testing.assert_allclose(x.numpy(), ref.numpy(), rtol=1e-12)


def test_inverse_of_a_singular_matrix_names_the_zero_pivot():
    with pytest.raises(RuntimeError, match=r'^getrf: U\(2,2\) is 0, singular U\.$'):
        L.inverse(D([[1.0, 2.0], [2.0, 4.0]]))
    with pytest.raises(RuntimeError, match=r'^getrf: U\(3,3\) is 0, singular U\.$'):
        L.inverse(D([[1.0, 0.0, 0.0], [0.0, 2.0, 0.0], [0.0, 0.0, 0.0]]))
    with pytest.raises(RuntimeError, match=r'^getrf: U\(1,1\) is 0, singular U\.$'):
        L.inverse(D([[0.0, 0.0], [0.0, 0.0]]))


def test_gels_rank_and_vector_rhs(torch):
    with pytest.raises(RuntimeError, match=r'^gels: the matrix A does not have full rank$'):
        L.gels(D([1.0, 2.0, 3.0]), D([[1.0, 0.0], [0.0, 0.0], [0.0, 0.0]]))
    a = [[1.0, 2.0], [3.0, 4.0], [5.0, 7.0]]
    x, _ = L.gels(D([1.0, 2.0, 4.0]), D(a))
    assert x.size() == (3, 1)
    ref = torch.linalg.lstsq(_t(torch, a), _t(torch, [[1.0], [2.0], [4.0]])).solution
    np.testing.assert_allclose(x.numpy()[:2], ref.numpy(), rtol=1e-10)
    with pytest.raises(RuntimeError, match=r'^gels: A and b should have the same number of rows, '
                                           r'got A \[3 x 2\], b \[2\]$'):
        L.gels(D([1.0, 2.0]), D(a))


def test_trtrs_errors_and_vector_rhs(torch):
    with pytest.raises(RuntimeError, match=r'^trtrs: A\(2,2\) is zero, singular A$'):
        L.trtrs(D([1.0, 2.0]), D([[1.0, 2.0], [0.0, 0.0]]))
    with pytest.raises(RuntimeError, match=r'^trtrs: A\(1,1\) is zero, singular A$'):
        L.trtrs(D([1.0, 2.0]), D([[0.0, 2.0], [0.0, 1.0]]), False)
    # unitriangular: the zero diagonal is never read
    x, _ = L.trtrs(D([1.0, 2.0]), D([[0.0, 2.0], [0.0, 0.0]]), True, False, True)
    np.testing.assert_allclose(x.numpy().ravel(), [-3.0, 2.0])
    with pytest.raises(RuntimeError, match=r'^trtrs: A and b should have the same number of '
                                           r'rows$'):
        L.trtrs(D([1.0, 2.0]), D(SPD))
    x, _ = L.trtrs(D([1.0, 2.0, 3.0]), D(NONSYM))
    assert x.size() == (3, 1)
    ref = torch.linalg.solve_triangular(_t(torch, NONSYM).triu(),
                                        _t(torch, [[1.0], [2.0], [3.0]]), upper=True)
    np.testing.assert_allclose(x.numpy(), ref.numpy(), rtol=1e-12)


def test_cholesky_family_errors_and_vector_rhs(torch):
    with pytest.raises(RuntimeError, match=r'^Lapack Error in potrf : the leading minor of order '
                                           r'2 is not positive definite$'):
        L.potrf(D([[1.0, 2.0], [2.0, 1.0]]))
    with pytest.raises(RuntimeError, match=r'^Lapack Error in potrf : the leading minor of order '
                                           r'1 is not positive definite$'):
        L.potrf(D([[-1.0, 0.0], [0.0, -2.0]]))
    u = L.potrf(D(SPD))
    x = L.potrs(D([1.0, 2.0, 3.0]), u)
    assert x.size() == (3, 1)
    ref = torch.linalg.solve(_t(torch, SPD), _t(torch, [[1.0], [2.0], [3.0]]))
    np.testing.assert_allclose(x.numpy(), ref.numpy(), rtol=1e-12)
    with pytest.raises(RuntimeError, match=r'^potrs: A and b should have the same number of '
                                           r'rows$'):
        L.potrs(D([1.0, 2.0]), u)


def test_pstrf_of_a_rank_deficient_matrix():
    # LAPACK pstrf stops at the rank: the trailing block of the factor is zero
    a = np.array([[2.0, 1.0, 0.0], [1.0, 2.0, 0.0], [0.0, 0.0, 0.0]])
    u, piv = L.pstrf(D(a.tolist()))
    un = u.numpy()
    p = piv.numpy()
    assert sorted(p.tolist()) == [0, 1, 2]
    assert p[2] == 2
    np.testing.assert_array_equal(un[2], [0.0, 0.0, 0.0])
    ap = a[np.ix_(p, p)]
    np.testing.assert_allclose(un.T @ un, ap, atol=1e-12)
    b = np.array([[1.0, 1.0, 0.0], [1.0, 1.0, 0.0], [0.0, 0.0, 0.0]])
    u, piv = L.pstrf(D(b.tolist()))
    np.testing.assert_allclose(u.numpy(), [[1.0, 1.0, 0.0], [0.0, 0.0, 0.0], [0.0, 0.0, 0.0]])
    assert piv.tolist() == [0, 1, 2]


def test_ormqr_size_check():
    a, tau = L.geqrf(D(NONSYM))
    with pytest.raises(RuntimeError, match=r"^ormqr: input3 of size \[2 x 3\] does not match the 3 "
                                           r"reflectors' length$"):
        L.ormqr(a, tau, D([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]))
    with pytest.raises(RuntimeError, match=r"^ormqr: input3 of size \[3 x 2\] does not match"):
        L.ormqr(a, tau, D([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]), False)


def test_lapack_out_argument_checks():
    a = D(SPD)
    with pytest.raises(TypeError, match=r'^inverse\(\): out= must hold tensors, got int$'):
        L.inverse(a, out=3)
    with pytest.raises(TypeError, match=r'^inverse\(\): expected torch\.DoubleTensor for out=, '
                                        r'got torch\.FloatTensor$'):
        L.inverse(a, out=L.FloatTensor(3, 3))
    with pytest.raises(TypeError, match=r'^gesv\(\): out= must be a tuple of 2 tensors$'):
        L.gesv(D([1.0, 2.0, 3.0]), a, out=(D(),))
    # a one-tensor list for a single result is written and returned as given
    o = D()
    r = L.inverse(a, out=[o])
    assert isinstance(r, list) and r[0] is o
    np.testing.assert_allclose(o.numpy(), np.linalg.inv(np.array(SPD)), rtol=1e-12)
    # an out of the right shape and column-major layout is written in place (same memory)
    o = D(3, 3).t()
    before = o.numpy()
    r = L.inverse(a, out=o)
    assert r is o and not o.is_contiguous()
    assert np.shares_memory(o.numpy(), before)
    np.testing.assert_allclose(o.numpy(), np.linalg.inv(np.array(SPD)), rtol=1e-12)
    # a row-major out of the right shape is replaced by a column-major result
    o = D(3, 3)
    before = o.numpy()
    L.inverse(a, out=o)
    assert not o.is_contiguous() and not np.shares_memory(o.numpy(), before)
    np.testing.assert_allclose(o.numpy(), np.linalg.inv(np.array(SPD)), rtol=1e-12)
    # 1-D results are copied into an out of the right shape
    e = D(3)
    before = e.numpy()
    vals, _ = L.symeig(a, out=(e, D()))
    assert vals is e and np.shares_memory(e.numpy(), before)
    np.testing.assert_allclose(e.numpy(), np.linalg.eigvalsh(np.array(SPD)), rtol=1e-12)



# ============================================================================= torch.Size
def test_size_concatenation_repeat_and_slices_are_031s():
    s = L.Size([2, 3])
    # 0.3.1's THPSize wrapped tuple's concat/repeat/subscript: Size results, tuple operands only
    assert type(s + (4,)) is L.Size and s + (4,) == (2, 3, 4)
    assert type(s + L.Size([5])) is L.Size and repr(s + L.Size([5])) == 'torch.Size([2, 3, 5])'
    r = (1,) + s                # tuple's own concat: a plain tuple
    assert type(r) is tuple and r == (1, 2, 3)
    with pytest.raises(TypeError, match=r'^can only concatenate tuple \(not "list"\) to tuple$'):
        s + [4]
    assert type(s * 2) is L.Size and s * 2 == (2, 3, 2, 3)
    assert type(2 * s) is L.Size and 2 * s == (2, 3, 2, 3)
    assert type(s[1:]) is L.Size and s[1:] == (3,)
    assert type(s[0]) is int and s[-1] == 3
    assert repr(L.Size) == "<class 'torch.Size'>"
    assert L.Size([2, 3, 4]).numel() == 24 and L.Size([]).numel() == 1
    assert L.Size([5]).numel() == 5


def test_size_constructor_names_the_first_bad_item():
    with pytest.raises(TypeError, match=r"^torch\.Size\(\) takes an iterable of 'int' "
                                        r"\(item 1 is 'str'\)$"):
        L.Size(x for x in [1, 'a'])
    with pytest.raises(TypeError, match=r"\(item 0 is 'float'\)$"):
        L.Size([1.5, 2])
    assert L.Size(x for x in [4, 5]) == (4, 5)
    assert L.Size(np.array([2, 3])) == (2, 3)


# ================================================================================ storages
S = L.FloatStorage


def test_storage_constructor_overloads_and_errors():
    with pytest.raises(RuntimeError, match=r'^torch\.FloatStorage\(\): invalid keyword '
                                           r'arguments$'):
        S(size=3)
    with pytest.raises(RuntimeError, match=r'^torch\.FloatStorage\(\): size must be '
                                           r'non-negative, got -1$'):
        S(-1)
    assert S(0).size() == 0 and S(3).tolist() == [0.0, 0.0, 0.0]
    base = S([1, 2, 3, 4])
    msg = (r'^FloatStorage received an invalid combination of arguments - got \(%s\), but '
           r'expected one of:\n \* no arguments\n \* \(int size\)\n \* \(Sequence data\)\n'
           r' \* \(torch\.FloatStorage view_source, \[int offset, \[int size\]\]\)$')
    with pytest.raises(TypeError, match=msg % 'FloatStorage, float'):
        S(base, 1.5)
    with pytest.raises(TypeError, match=msg % 'FloatStorage, int, int, int'):
        S(base, 1, 2, 3)
    with pytest.raises(TypeError, match=msg % 'str'):
        S('abc')
    with pytest.raises(TypeError, match=msg % 'DoubleStorage, int'):
        S(L.DoubleStorage([1, 2]), 0)
    # views: offset and size bounds, inclusive at their edges
    assert S(base).tolist() == [1.0, 2.0, 3.0, 4.0]
    assert S(base, 1).tolist() == [2.0, 3.0, 4.0]
    assert S(base, 3, 1).tolist() == [4.0]
    assert S(base, 0, 4).tolist() == [1.0, 2.0, 3.0, 4.0]
    with pytest.raises(RuntimeError, match=r'^specified an offset of 5, but the viewed storage '
                                           r'has only 4 element\(s\)$'):
        S(base, 5)
    with pytest.raises(RuntimeError, match=r'^specified an offset of -1'):
        S(base, -1)
    with pytest.raises(RuntimeError, match=r'^specified a size of 4, but the viewed storage has '
                                           r'only 3 element\(s\) after offset 1$'):
        S(base, 1, 4)
    with pytest.raises(RuntimeError, match=r'^specified a size of 0'):
        S(base, 1, 0)
    v = S(base, 1, 2)
    v[0] = 20
    assert base[1] == 20.0


def test_storage_from_buffer_byte_orders_and_errors():
    with pytest.raises(ValueError, match=r"^invalid byte_order 'middle' \(expected 'big', "
                                         r"'little', or 'native'\)$"):
        S.from_buffer(b'\x00\x00\x80?', byte_order='middle')
    with pytest.raises(TypeError, match=r'^from_buffer: expected an object supporting the buffer '
                                        r'protocol, got int$'):
        S.from_buffer(3)
    with pytest.raises(ValueError, match=r'^buffer size \(3\) must be a multiple of element size '
                                         r'\(4\)$'):
        S.from_buffer(b'\x00\x00\x80')
    assert S.from_buffer(b'\x00\x00\x80?', 'little').tolist() == [1.0]
    assert S.from_buffer(b'?\x80\x00\x00', 'big').tolist() == [1.0]
    assert L.ByteStorage.from_buffer(b'\x01\x02', 'big').tolist() == [1, 2]
    assert L.ShortStorage.from_buffer(b'\x01\x02', 'big').tolist() == [258]
    assert L.ShortStorage.from_buffer(b'\x01\x02', 'little').tolist() == [513]


def test_storage_from_file(tmp_path):
    p = tmp_path / 'f.bin'
    p.write_bytes(np.arange(4, dtype=np.float32).tobytes())
    assert S.from_file(str(p)).tolist() == [0.0, 1.0, 2.0, 3.0]
    assert S.from_file(str(p), size=2).tolist() == [0.0, 1.0]
    with pytest.raises(TypeError, match=r'^from_file\(\): size must be a non-negative int$'):
        S.from_file(str(p), size=-1)
    with pytest.raises(TypeError, match=r'^from_file\(\): size must be a non-negative int$'):
        S.from_file(str(p), size=True)
    with pytest.raises(RuntimeError, match=r'^unable to mmap 20 bytes from file <.*>: file too '
                                           r'short$'):
        S.from_file(str(p), size=5)
    q = tmp_path / 'empty.bin'
    q.write_bytes(b'')
    assert S.from_file(str(q)).size() == 0
    s = S.from_file(str(p), shared=True, size=6)     # a shared mapping grows the file
    assert s.size() == 6 and s.tolist()[4:] == [0.0, 0.0]
    assert p.stat().st_size == 24


def test_storage_methods_and_item_access():
    s = S([1, 2, 3, 4])
    assert s.get_device() == -1 and s.is_pinned() is False
    assert s.pin_memory() is s and s.cpu() is s and s.cuda() is s
    assert s.type() == 'torch.FloatStorage'
    assert s.type(S) is s and s.type('torch.FloatStorage') is s
    d = s.type('torch.cuda.DoubleStorage')
    assert type(d) is L.DoubleStorage and d.tolist() == [1.0, 2.0, 3.0, 4.0]
    with pytest.raises(ValueError, match=r"^invalid type: 'torch\.Foo'$"):
        s.type('torch.Foo')
    for meth, cls in (('double', L.DoubleStorage), ('float', L.FloatStorage),
                      ('half', L.HalfStorage), ('long', L.LongStorage), ('int', L.IntStorage),
                      ('short', L.ShortStorage), ('char', L.CharStorage),
                      ('byte', L.ByteStorage)):
        c = getattr(S([1.5, -2, 3, 4]), meth)()
        assert type(c) is cls, meth
        assert c.size() == 4
    assert S([1.5, -2]).long().tolist() == [1, -2]
    # items
    assert s[-1] == 4.0 and s[0] == 1.0
    with pytest.raises(IndexError, match=r'^index 4 out of range for storage of size 4$'):
        s[4]
    with pytest.raises(IndexError, match=r'^index -1 out of range for storage of size 4$'):
        s[-5]
    with pytest.raises(IndexError, match=r'^index 4 out of range for storage of size 4$'):
        s[4] = 1.0
    s[-1] = 7.0
    assert s.tolist() == [1.0, 2.0, 3.0, 7.0]
    s[1:3] = 9
    assert s.tolist() == [1.0, 9.0, 9.0, 7.0]
    with pytest.raises(RuntimeError, match=r'^Trying to slice with a step of 2, but only a step '
                                           r'of 1 is supported$'):
        s[::2] = 1
    with pytest.raises(RuntimeError, match=r'^Trying to slice with a step of 2'):
        s[::2]
    with pytest.raises(RuntimeError, match=r"^can't index a torch\.FloatStorage with str$"):
        s['a'] = 1
    with pytest.raises(TypeError, match=r"^can't index a torch\.FloatStorage with str$"):
        s['a']
    assert s[1:3].tolist() == [9.0, 9.0] and s[3:1].size() == 0
    c = s.__copy__()
    assert type(c) is S and c.tolist() == s.tolist() and c._a is not s._a
    assert s.__sizeof__() == object.__sizeof__(s) + 16
    assert type(s.new()) is S and s.new().size() == 0
    # copy_ / resize_
    with pytest.raises(TypeError, match=r'^copy_\(\): expected a storage, got list$'):
        s.copy_([1])
    with pytest.raises(RuntimeError, match=r'^copy_\(\): storages have different sizes: 4 and '
                                           r'2$'):
        s.copy_(S(2))
    assert s.copy_(L.DoubleStorage([5, 6, 7, 8])) is s and s.tolist() == [5.0, 6.0, 7.0, 8.0]
    with pytest.raises(RuntimeError, match=r'^resize_\(\): expected a non-negative int, got -1$'):
        s.resize_(-1)
    assert s.resize_(2).tolist() == [5.0, 6.0]
    assert s.resize_(3).tolist() == [5.0, 6.0, 0.0]
    assert s.resize_(0).size() == 0


def test_set_checks_offset_and_sizes():
    s = S([1, 2, 3, 4])
    t = L.FloatTensor()
    with pytest.raises(RuntimeError, match=r'^storage offset must be a non-negative int, got -1$'):
        t.set_(s, -1, (2,))
    with pytest.raises(RuntimeError, match=r'^sizes must be ints, got \(2\.5,\)$'):
        t.set_(s, 0, (2.5,))
    assert t.set_(s, 0, L.Size([])).dim() == 0
    assert t.set_(s, 4, (0,)).dim() == 0
    assert t.set_(s, 3, (1,)).tolist() == [4.0]
    with pytest.raises(RuntimeError, match=r'needs 5 element\(s\), but the storage has 4$'):
        t.set_(s, 3, (2,))
    assert t.set_(s, 1, (3,)).tolist() == [2.0, 3.0, 4.0]


# ================================================================================ indexing
_IDX_MSG = (r'^indexing a tensor with an object of type %s\. The only supported types are '
            r'integers, slices, numpy scalars and torch\.LongTensor or torch\.ByteTensor as the '
            r'only argument\.$')


def _t23():
    return L.FloatTensor([[1, 2, 3], [4, 5, 6]])


def test_index_key_kinds_and_type_errors():
    t = _t23()
    with pytest.raises(TypeError, match=_IDX_MSG % 'list'):
        t[[1, 'a']]
    with pytest.raises(TypeError, match=_IDX_MSG % 'numpy\\.ndarray'):
        t[:, np.array([1.5])]
    with pytest.raises(TypeError, match=_IDX_MSG % 'Variable'):
        t[Variable(L.LongTensor([1]))]
    with pytest.raises(TypeError, match=_IDX_MSG % 'Variable'):
        t[:, Variable(L.LongTensor([1]))]
    with pytest.raises(TypeError, match=_IDX_MSG % 'Variable'):
        t[[Variable(L.LongTensor([1])), slice(None)]]
    with pytest.raises(TypeError, match=_IDX_MSG % 'torch\\.LongTensor'):
        Variable(t)[0, L.LongTensor([1])]
    with pytest.raises(TypeError, match=_IDX_MSG % 'torch\\.LongTensor'):
        Variable(t)[L.LongTensor([1]), 1]
    with pytest.raises(TypeError, match=r'^slice indices must be integers or None or have an '
                                        r'__index__ method$'):
        t[0, 'a':2]
    with pytest.raises(IndexError, match=r"^an index can only have a single ellipsis \('\.\.\.'\)$"):
        t[..., ...]
    with pytest.raises(IndexError, match=r'^trying to index 3 dimensions of a 2 dimensional '
                                         r'tensor$'):
        t[0, 0, 0]
    with pytest.raises(IndexError, match=r'^trying to index 3 dimensions of a 2 dimensional '
                                         r'tensor$'):
        t[L.ByteTensor([[1, 0, 1], [0, 1, 1]]), 0]
    # numpy slice bounds, numpy integer and boolean arrays, nested lists
    assert t[0, slice(np.int64(0), np.int64(2))].tolist() == [1.0, 2.0]
    assert t[0, Variable(L.LongTensor([1])):3].tolist() == [2.0, 3.0]
    assert t[:, np.array([2, 0])].tolist() == [[3.0, 1.0], [6.0, 4.0]]
    assert t[:, np.array([2, 0], dtype=np.uint8)].tolist() == [[3.0, 1.0], [6.0, 4.0]]
    assert t[:, np.array([True, False, True])].tolist() == [[1.0, 3.0], [4.0, 6.0]]
    assert t[:, L.ByteTensor([1, 0, 1])].tolist() == [[1.0, 3.0], [4.0, 6.0]]
    assert t[np.array([1, 0], dtype=np.uint8)].tolist() == [[4.0, 5.0, 6.0], [1.0, 2.0, 3.0]]
    assert t[[[1, 0]]].tolist() == [[4.0, 5.0, 6.0], [1.0, 2.0, 3.0]]
    assert t[L.ByteTensor([[1, 0, 1], [0, 1, 1]])].tolist() == [1.0, 3.0, 5.0, 6.0]
    assert t[L.ByteTensor([1, 0]), 0].tolist() == [1.0]
    with pytest.raises(IndexError, match=r'^The shape of the mask \[2 x 2\] at index 0 does not '
                                         r'match the shape of the indexed tensor \[2 x 3\]$'):
        t[L.ByteTensor([[1, 0], [0, 1]]), ]
    with pytest.raises(IndexError, match=r'^The shape of the mask \[2\] at index 1 does not '
                                         r'match the shape of the indexed tensor \[2 x 3\]$'):
        t[:, L.ByteTensor([1, 0])]


def test_index_of_an_empty_tensor():
    e = L.FloatTensor()
    assert e[[]].dim() == 0
    assert e[np.array([], dtype=bool)].dim() == 0
    with pytest.raises(IndexError, match=r'^index 0 is out of range for dimension 0 \(of size 0\)$'):
        e[[0]]
    with pytest.raises(IndexError, match=r'^index 3 is out of range for dimension 0 \(of size 0\)$'):
        e[L.LongTensor([3])]
    with pytest.raises(IndexError, match=r'^index 0 is out of range for dimension 0 \(of size 0\)$'):
        e[0]
    with pytest.raises(IndexError, match=r'^trying to index 2 dimensions of a 0 dimensional '
                                         r'tensor$'):
        e[:, 0]


def test_variable_index_forms():
    v = Variable(_t23(), requires_grad=True)
    r = v[0, 1]
    assert r.size() == (1,) and r.data.tolist() == [2.0]
    r = v[1, ...]
    assert r.data.tolist() == [4.0, 5.0, 6.0]
    r = v[:, Variable(L.LongTensor([1]))]
    assert r.size() == (2, 1) and r.data.tolist() == [[2.0], [5.0]]
    r.sum().backward()
    assert v.grad.data.tolist() == [[0.0, 1.0, 0.0], [0.0, 1.0, 0.0]]
    e = Variable(L.FloatTensor(), requires_grad=True)
    assert e[L.LongTensor()].dim() == 0


def test_masked_fill_and_scatter_value_checks():
    m = L.ByteTensor([[1, 0, 1], [0, 1, 1]])
    v = Variable(_t23())
    assert v.masked_fill(Variable(m), Variable(L.FloatTensor([7]))).data.tolist() == \
        [[7.0, 2.0, 7.0], [4.0, 7.0, 7.0]]
    assert _t23().masked_fill_(m, L.FloatTensor([-1])).tolist() == \
        [[-1.0, 2.0, -1.0], [4.0, -1.0, -1.0]]
    with pytest.raises(TypeError, match=r"^masked_fill_\(\): argument 'value' must be a number, "
                                        r"not str$"):
        v.masked_fill(Variable(m), 'a')
    with pytest.raises(RuntimeError, match=r'^masked_fill_ only supports a 0-dimensional value '
                                           r'tensor, but got tensor with 1 dimension\(s\)\.$'):
        v.masked_fill(Variable(m), Variable(L.FloatTensor([7, 8])))
    with pytest.raises(RuntimeError, match=r"^Expected object of type Variable\[torch\.FloatTensor\] "
                                           r"but found type torch\.FloatTensor for argument #2 "
                                           r"'source'$"):
        v.masked_scatter(Variable(m), L.FloatTensor([7, 8, 9, 10]))
    with pytest.raises(TypeError, match=r'^masked_scatter_ received an invalid combination of '
                                        r'arguments - got \(torch\.ByteTensor, int\), but '
                                        r'expected:\n \* \(torch\.ByteTensor mask, '
                                        r'torch\.FloatTensor source\)\n'):
        _t23().masked_scatter_(m, 3)
    with pytest.raises(RuntimeError, match=r'^Number of elements of src < number of ones in '
                                           r'mask$'):
        _t23().masked_scatter_(m, L.FloatTensor([1, 2, 3]))
    assert _t23().masked_scatter_(m, L.FloatTensor([7, 8, 9, 10])).tolist() == \
        [[7.0, 2.0, 8.0], [4.0, 9.0, 10.0]]
    # a mask of as many elements that does not broadcast is reshaped (0.3's fallback warning)
    with pytest.warns(UserWarning, match='not broadcastable'):
        r = _t23().masked_fill_(L.ByteTensor([[1, 0, 1, 0, 1, 0]]), 0)
    assert r.tolist() == [[0.0, 2.0, 0.0], [4.0, 0.0, 6.0]]
    with pytest.raises(RuntimeError, match=r'^The expanded size of the tensor \(2\) must match the '
                                           r'existing size \(3\) at non-singleton dimension 0\.$'):
        _t23().masked_fill_(L.ByteTensor([[1, 0, 1], [0, 1, 0], [1, 1, 1]]), 0)
    with pytest.raises(RuntimeError, match=r'^the number of sizes provided must be greater or '
                                           r'equal to the number of dimensions in the tensor$'):
        _t23().masked_fill_(L.ByteTensor([[[1, 0, 1], [0, 1, 0]], [[1, 0, 1], [0, 1, 0]],
                                          [[1, 0, 1], [0, 1, 0]]]), 0)
