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


# ============================================================================== op schema
def test_op_facts_name_every_inplace_form_and_receiver():
    import legacy_autograd.nn  # noqa: F401  (declares the functional ops)
    from legacy_autograd.ops.schema import SCHEMA, op_facts
    facts = op_facts()
    one_receiver = []
    for name, d in SCHEMA.items():
        f = facts[name]
        on_tensor = 'tensor.inplace' in d.forms and \
            getattr(L.FloatTensor, name + '_', None) is not None
        on_var = 'variable.inplace' in d.forms and getattr(Variable, name + '_', None) is not None
        assert f['inplace'] == (name + '_' if on_tensor or on_var else None), name
        if on_tensor != on_var:
            one_receiver.append(name)
        assert d.tensor == any(k.startswith('tensor.') for k in d.forms), name
        assert d.variable == any(k.startswith('variable.') for k in d.forms), name
        assert f['tensor_method'] == ('tensor.method' in d.forms)
        assert f['variable_method'] == ('variable.method' in d.forms)
        assert f['function'] == ('function' in d.forms)
        assert f['out'] == ('out' in d.variants)
    # ops whose in-place form only tensors have (0.3: t_, transpose_, squeeze_, ... were
    # tensor methods) still have one
    assert {'t', 'transpose', 'squeeze', 'unsqueeze'} <= set(one_receiver)
    assert facts['t']['inplace'] == 't_' and facts['add']['inplace'] == 'add_'
    assert facts['mm']['inplace'] is None
    assert SCHEMA['t'].tensor and SCHEMA['t'].variable
    assert SCHEMA['masked_fill'].tensor and SCHEMA['masked_fill'].variable
    assert repr(SCHEMA['t']) == ("<Decl t ['function', 'tensor.inplace', 'tensor.method', "
                                 "'variable.method']>")


def test_declare_refuses_bad_declarations():
    from legacy_autograd.ops.schema import SCHEMA, declare
    before = dict(SCHEMA)

    def impl(self):
        return self
    with pytest.raises(ValueError, match=r"^op 'zz_bad': unknown variants \['bogus'\] or shape "
                                         r"'other'$"):
        declare('zz_bad', impl, variants=('method', 'bogus'))
    with pytest.raises(ValueError, match=r"^op 'zz_bad': unknown variants \[\] or shape 'nope'$"):
        declare('zz_bad', impl, shape='nope')
    with pytest.raises(ValueError, match=r"^op 'zz_bad': out= needs the function variant$"):
        declare('zz_bad', impl, variants=('method', 'out'))
    with pytest.raises(ValueError, match=r"^op 'zz_bad': the inplace variant needs "
                                         r"impl\(\.\.\., \*, _inplace=False\)$"):
        declare('zz_bad', impl, variants=('inplace',))
    with pytest.raises(ValueError, match=r"^op 'add': \['tensor\.method', 'variable\.method'\] "
                                         r"declared twice$"):
        declare('add', impl, variants=('method',))
    assert dict(SCHEMA) == before


def test_generated_inplace_variant_keeps_the_signature():
    import inspect
    from legacy_autograd.ops.schema import _inplace_variant
    seen = []

    def impl(self, a, b=2, *rest, c, d=4, _inplace=False, **kw):
        seen.append((self, a, b, rest, c, d, _inplace, kw))
        return 'r'
    fn = _inplace_variant(impl, 'op_')
    assert str(inspect.signature(fn)) == '(self, a, b=2, *rest, c, d=4, **kw)'
    assert fn.__name__ == 'op_' and fn.__qualname__ == 'op_'
    assert fn(1, 2, c=3) == 'r'
    assert seen[-1] == (1, 2, 2, (), 3, 4, True, {})
    fn(1, 2, 5, 6, 7, c=8, d=9, e=10)
    assert seen[-1] == (1, 2, 5, (6, 7), 8, 9, True, {'e': 10})

    def impl2(self, k=1, *, m, _inplace=False):
        seen.append((self, k, m, _inplace))
    fn2 = _inplace_variant(impl2, 'if')         # a keyword: the function is named 'variant'
    assert str(inspect.signature(fn2)) == '(self, k=1, *, m)'
    assert fn2.__name__ == 'variant' and fn2.__qualname__ == 'if'
    fn2(0, m=3)
    assert seen[-1] == (0, 1, 3, True)


# ================================================================================= tensors
def test_tensor_metadata():
    t = L.FloatTensor([[1, 2, 3], [4, 5, 6]])
    with pytest.raises(TypeError, match=r'^torch\.FloatTensor constructor received an invalid '
                                        r'combination of arguments'):
        L.FloatTensor(3, foo=1)
    assert (t.element_size(), L.DoubleTensor(2).element_size(), L.ByteTensor(2).element_size(),
            L.ShortTensor(2).element_size(), L.LongTensor(2).element_size()) == (4, 8, 1, 2, 8)
    assert t.stride() == (3, 1) and t.stride(0) == 3 and t.stride(1) == 1
    assert t.stride(-1) == 1 and t.stride(-2) == 3 and t.t().stride(1) == 3
    with pytest.raises(RuntimeError, match=r'^dimension out of range \(expected to be in range of '
                                           r'\[-2, 1\], but got 2\)$'):
        t.stride(2)
    with pytest.raises(RuntimeError, match=r'but got -3\)$'):
        t.stride(-3)
    assert t.get_device() == -1 and hash(t) == id(t) and hash(t) != hash(t.clone())
    assert t.cpu() is t and t.pin_memory() is t and t.is_pinned() is False
    assert len(t) == 2 and len(L.FloatTensor()) == 0
    # numpy ufuncs on a tensor give tensors; a bool result is a ByteTensor
    r = np.add(t, 1)
    assert type(r) is L.FloatTensor and r.tolist() == [[2, 3, 4], [5, 6, 7]]
    r = np.greater(t, 2)
    assert type(r) is L.ByteTensor and r.tolist() == [[0, 0, 1], [1, 1, 1]]


def test_tensor_constructor_from_sequences():
    with pytest.raises(RuntimeError, match=r'^inconsistent sequence length at index \(1\) - '
                                           r'expected 2 but got 1$'):
        L.FloatTensor([[1, 2], [3]])
    with pytest.raises(RuntimeError, match=r'^inconsistent sequence length at index \(1\) - '
                                           r'expected 2 but got 3$'):
        L.FloatTensor([[1, 2], [3, 4, 5]])
    with pytest.raises(RuntimeError, match=r'^inconsistent sequence length at index \(1, 1\) - '
                                           r'expected 1 but got 2$'):
        L.FloatTensor([[[1], [2]], [[3], [4, 5]]])
    with pytest.raises(RuntimeError, match=r'^inconsistent sequence length at index \(1\) - '
                                           r'expected a sequence of length 2$'):
        L.FloatTensor([[1, 2], 3])
    with pytest.raises(RuntimeError, match=r'^tried to construct a tensor from a nested float '
                                           r'sequence, but found an item of type str at index '
                                           r'\(1, 1\)$'):
        L.FloatTensor([[1, 2], [3, 'a']])
    with pytest.raises(RuntimeError, match=r'^tried to construct a tensor from a float sequence, '
                                           r'but found an item of type NoneType at index \(1\)$'):
        L.FloatTensor([1, None])
    with pytest.raises(RuntimeError, match=r'^tried to construct a tensor from a int sequence, '
                                           r'but found an item of type NoneType at index \(1\)$'):
        L.LongTensor([1, None])
    with pytest.raises(TypeError, match=r'^torch\.FloatTensor constructor: the array must hold '
                                        r'numbers, got dtype <U1$'):
        L.FloatTensor(np.array(['a']))
    with pytest.raises(TypeError, match=r'^torch\.LongTensor constructor: the sequence must hold '
                                        r'numbers only, got object elements$'):
        L.LongTensor([1, 2 ** 70])
    big = L.DoubleTensor([1, 2 ** 70])          # beyond 64 bits: read as a double
    assert big.tolist() == [1.0, float(2 ** 70)]
    assert L.FloatTensor([L.FloatTensor([1, 2]), L.FloatTensor([3, 4])]).tolist() == \
        [[1, 2], [3, 4]]
    assert L.FloatTensor([Variable(L.FloatTensor([1, 2])), Variable(L.FloatTensor([3, 4]))]) \
        .tolist() == [[1, 2], [3, 4]]
    assert L.FloatTensor(np.array(3.5)).tolist() == [3.5]
    assert L.LongTensor([1.7, -1.7]).tolist() == [1, -1]
    assert L.LongTensor(np.array([1.7, -2.9])).tolist() == [1, -2]
    assert L.FloatTensor([]).dim() == 0 and L.FloatTensor([[]]).dim() == 0


def test_tensor_type_conversions_by_name():
    t = L.FloatTensor([[1, 2, 3], [4, 5, 6]])
    assert t.type('torch.cuda.FloatTensor') is t
    d = t.type(L.cuda.DoubleTensor)
    assert type(d) is L.DoubleTensor and d.tolist() == t.tolist()
    with pytest.raises(ValueError, match=r"^invalid type: 'torch\.Foo'$"):
        t.type('torch.Foo')
    assert t.type() == 'torch.FloatTensor'
    assert type(t.type('torch.IntTensor')) is L.IntTensor


# ============================================================================ arithmetic
def test_inplace_pow_operator_and_unary_plus():
    x = L.FloatTensor([1.0, -2.0, 3.0])
    y = x
    x **= 2
    assert x is y and x.tolist() == [1.0, 4.0, 9.0]
    x **= 0.5
    assert x.tolist() == [1.0, 2.0, 3.0]
    v = Variable(L.FloatTensor([1.0, 2.0]))
    with pytest.raises(NotImplementedError, match=r'^in-place pow not implemented$'):
        v **= 2
    assert (+x) is x
    p = +Variable(L.FloatTensor([1.0, -2.0]))
    assert p.data.tolist() == [1.0, -2.0]
    # 0.3.1 had no integer pow
    with pytest.raises(RuntimeError, match=r'^pow is not implemented for type CPULongType$'):
        Variable(L.LongTensor([1, 2])).pow(2)
    with pytest.raises(TypeError, match=r"^Type torch\.LongTensor doesn't implement stateless "
                                        r"method pow$"):
        L.pow(L.LongTensor([1, 2]), 2)


def test_add_value_other_overload():
    a = L.FloatTensor([[1.0, 2.0], [3.0, 4.0]])
    with pytest.raises(TypeError, match=r'^add\(\): expected a tensor as the second operand of '
                                        r'\(value, other\), got int$'):
        a.add(2, 3)
    with pytest.warns(UserWarning, match='not broadcastable'):
        r = a.add(2, L.FloatTensor([1.0, 2.0, 3.0, 4.0]))
    assert r.size() == (2, 2) and r.tolist() == [[3.0, 6.0], [9.0, 12.0]]
    assert a.add(-1, L.FloatTensor([1.0, 2.0])).tolist() == [[0.0, 0.0], [2.0, 2.0]]
    assert a.sub(2, L.FloatTensor([1.0, 1.0])).tolist() == [[-1.0, 0.0], [1.0, 2.0]]
    b = a.clone()
    assert b.add_(3, L.FloatTensor([[1.0], [2.0]])) is b
    assert b.tolist() == [[4.0, 5.0], [9.0, 10.0]]


def test_size_arguments_accept_numpy_ints_only():
    a = L.FloatTensor([[1, 2], [3, 4]])
    assert a.view(np.int64(4)).size() == (4,)
    assert a.view(np.int32(1), 4).size() == (1, 4)
    with pytest.raises(TypeError, match=r"^view\(\): argument 'size' must be tuple of ints, but "
                                        r"found element of type float at pos 1$"):
        a.view(4.0)
    with pytest.raises(TypeError, match=r"^view\(\): argument 'size' must be tuple of ints, but "
                                        r"found element of type float at pos 2$"):
        a.view(2, 2.0)
    # keepdim takes numpy bools
    assert L.sum(a, 0, np.bool_(True)).size() == (1, 2)
    assert a.sum(1, np.bool_(False)).tolist() == [3.0, 7.0]


# ===================================================== reductions, shapes, comparisons, blas
def test_renorm_refuses_a_bad_maxnorm_and_works_on_variables(torch):
    t = L.FloatTensor([[1, 2, 3], [4, 5, 6]])
    with pytest.raises(TypeError, match=r'^maxnorm must be a number, got bool$'):
        t.renorm(2, 0, True)
    with pytest.raises(TypeError, match=r'^maxnorm must be a number, got str$'):
        t.renorm(2, 0, 'a')
    ref = torch.renorm(_t(torch, [[1, 2, 3], [4, 5, 6]]), 2, 0, 1)
    for r in (L.renorm(Variable(t), 2, 0, 1).data, Variable(t).renorm(2, 0, 1).data,
              t.renorm(2, 0, 1)):
        np.testing.assert_allclose(r.numpy(), ref.numpy(), rtol=1e-5)


def test_mean_of_integer_variables_is_refused():
    with pytest.raises(RuntimeError, match=r'^mean is not implemented for type CPULongType$'):
        Variable(L.LongTensor([1, 2])).mean()
    with pytest.raises(RuntimeError, match=r'^mean is not implemented for type CPUIntType$'):
        Variable(L.IntTensor([1, 2])).mean()


def test_same_numel_fallback_of_binary_reductions_and_comparisons():
    t = L.FloatTensor([[1, 2, 3], [4, 5, 6]])
    flat = L.FloatTensor([1, 2, 3, 4, 5, 7])
    with pytest.warns(UserWarning, match='not broadcastable'):
        assert t.dist(flat) == pytest.approx(1.0)
    with pytest.warns(UserWarning, match='not broadcastable'):
        r = Variable(t).dist(Variable(flat))
    assert r.data.tolist() == [pytest.approx(1.0)]
    with pytest.warns(UserWarning, match='not broadcastable'):
        e = L.eq(t, flat)
    assert e.tolist() == [[1, 1, 1], [1, 1, 0]]
    with pytest.warns(UserWarning, match='not broadcastable'):
        e = Variable(t).lt(Variable(flat))
    assert e.data.tolist() == [[0, 0, 0], [0, 0, 1]]
    with pytest.raises(TypeError, match=r"^eq\(\): argument 'input' must be a tensor or "
                                        r"Variable, not int$"):
        L.eq(3, t)
    assert t.dist(L.FloatTensor([1, 2, 3])) == pytest.approx(27.0 ** 0.5)
    assert t.dist(L.FloatTensor([1, 2, 3]), 1) == pytest.approx(9.0)


def test_norm_of_an_empty_tensor():
    for p in (float('inf'), float('-inf'), 1, 2, 0):
        assert L.FloatTensor().norm(p) == 0.0


def test_view_permute_narrow_unnarrow_errors():
    t = L.FloatTensor([[1, 2, 3], [4, 5, 6]])
    with pytest.raises(RuntimeError, match=r'^only one dimension can be inferred$'):
        t.view(-1, -1)
    with pytest.raises(RuntimeError, match=r'^repeated dim in permute$'):
        t.permute(0, 0)
    with pytest.raises(RuntimeError, match=r'^repeated dim in permute$'):
        t.permute(1, -1)
    assert t.permute(1, -2).tolist() == [[1, 4], [2, 5], [3, 6]]
    assert Variable(t).type() == 'torch.FloatTensor'
    with pytest.raises(RuntimeError, match=r'^invalid argument 2: out of range$'):
        L.FloatTensor().narrow(0, 0, 1)
    v = Variable(t)
    with pytest.raises(RuntimeError, match=r'^unnarrow\(\) cannot be applied to a 0-dim '
                                           r'tensor\.$'):
        Variable(L.FloatTensor())._unnarrow(0, 0, 1)
    with pytest.raises(RuntimeError, match=r'^invalid argument 3: out of range$'):
        v._unnarrow(0, 0, 1)
    with pytest.raises(RuntimeError, match=r'^invalid argument 3: out of range$'):
        v._unnarrow(0, -1, 3)
    with pytest.raises(RuntimeError, match=r'^invalid argument 3: out of range$'):
        v._unnarrow(0, 2, 3)
    assert v._unnarrow(0, 1, 3).data.tolist() == [[0, 0, 0], [1, 2, 3], [4, 5, 6]]
    assert v._unnarrow(0, 0, 2).data.tolist() == [[1, 2, 3], [4, 5, 6]]
    assert v._unnarrow(-1, 1, 4).data.tolist() == [[0, 1, 2, 3], [0, 4, 5, 6]]


def test_cat_of_empty_tensors_and_set_overloads():
    assert L.cat([L.FloatTensor(), L.FloatTensor()]).dim() == 0
    r = L.cat([Variable(L.FloatTensor()), Variable(L.FloatTensor())])
    assert isinstance(r, Variable) and r.dim() == 0
    s = L.FloatStorage([1, 2, 3])
    with pytest.raises(TypeError, match=r'^set_\(\): a storage offset needs a size$'):
        L.FloatTensor(3).set_(s, 1)
    assert L.FloatTensor(3).set_(s, 0).tolist() == [1, 2, 3]
    msg = (r'^set_\(\): expected set_\(\), set_\(torch\.FloatTensor source\), '
           r'set_\(torch\.FloatStorage source\) or set_\(torch\.FloatStorage source, int '
           r'storage_offset, torch\.Size size\[, tuple stride\]\), got %s$')
    with pytest.raises(TypeError, match=msg % r'legacy_autograd\.DoubleStorage'):
        L.FloatTensor(3).set_(L.DoubleStorage([1, 2, 3]))
    with pytest.raises(TypeError, match=msg % 'int'):
        L.FloatTensor(3).set_(3)


def test_matmul_of_a_vector_and_a_batch(torch):
    a = np.arange(2.0) + 1
    m = np.arange(12.0).reshape(3, 2, 2) - 4
    for x, y in ((a, m), (m, a), (a, m[0]), (m[0], a), (m, m[0]), (m[0], m)):
        ref = torch.matmul(_t(torch, x), _t(torch, y)).numpy()
        r = L.matmul(D(x.tolist()), D(y.tolist()))
        assert r.size() == ref.shape
        np.testing.assert_allclose(r.numpy(), ref, rtol=1e-12)
        rv = L.matmul(Variable(D(x.tolist())), Variable(D(y.tolist())))
        np.testing.assert_allclose(rv.data.numpy(), ref, rtol=1e-12)


def test_mm_needs_matrices_and_cross_needs_a_dim_of_size_3():
    for x, y, s in (((2,), (2, 2), '1D, 2D'), ((2, 2), (2,), '2D, 1D'),
                    ((2, 2), (2, 2, 2), '2D, 3D')):
        with pytest.raises(RuntimeError, match=r'^matrices expected, got %s tensors$' % s):
            L.mm(L.FloatTensor(*x), L.FloatTensor(*y))
        with pytest.raises(RuntimeError, match=r'^matrices expected, got %s tensors$' % s):
            Variable(L.FloatTensor(*x)).mm(Variable(L.FloatTensor(*y)))
    with pytest.raises(RuntimeError, match=r'^no dimension of size 3$'):
        L.cross(L.FloatTensor(2, 2), L.FloatTensor(2, 2))
    with pytest.raises(RuntimeError, match=r'^dimension 1 does not have size 3$'):
        L.cross(L.FloatTensor(3, 2), L.FloatTensor(3, 2), 1)
    with pytest.raises(RuntimeError, match=r'^dimension -2 does not have size 3$'):
        L.cross(L.FloatTensor(3, 2, 2), L.FloatTensor(3, 2, 2), -2)
    a = L.FloatTensor([[1, 0], [0, 1], [0, 0]])
    b = L.FloatTensor([[0, 0], [1, 0], [0, 1]])
    # dim=-1 with a last dim that is not 3: the first dim of size 3 (0.3.1)
    assert L.cross(a, b, -1).tolist() == [[0, 1], [0, 0], [1, 0]]
    assert L.cross(a, b).tolist() == [[0, 1], [0, 0], [1, 0]]


def test_addbmm_gradients(torch):
    rng = np.random.RandomState(0)
    c, b1, b2 = rng.randn(2, 4), rng.randn(3, 2, 5), rng.randn(3, 5, 4)
    for needs in ((True, False, False), (False, True, False), (False, False, True),
                  (True, True, True)):
        lv = [Variable(D(x.tolist()), requires_grad=n) for x, n in zip((c, b1, b2), needs)]
        mv = [_t(torch, x).requires_grad_(n) for x, n in zip((c, b1, b2), needs)]
        r = L.addbmm(0.5, lv[0], 2.0, lv[1], lv[2])
        m = torch.addbmm(mv[0], mv[1], mv[2], beta=0.5, alpha=2.0)
        np.testing.assert_allclose(r.data.numpy(), m.detach().numpy(), rtol=1e-10)
        g = rng.randn(2, 4)
        r.backward(D(g.tolist()))
        m.backward(_t(torch, g))
        for a, b, n in zip(lv, mv, needs):
            if n:
                np.testing.assert_allclose(a.grad.data.numpy(), b.grad.numpy(), rtol=1e-10)
            else:
                assert a.grad is None


# ===================================================================================== rng
def _fields(state_bytes):
    b = state_bytes
    return {'seed': int(np.frombuffer(b[0:8], '<u8')[0]),
            'left': int(np.frombuffer(b[8:12], '<i4')[0]),
            'seeded': int(np.frombuffer(b[12:16], '<i4')[0]),
            'next': int(np.frombuffer(b[16:24], '<u8')[0]),
            'state0': int(np.frombuffer(b[24:32], '<u8')[0]),
            'normal': np.frombuffer(b[5016:5040], '<f8').tolist(),
            'normal_valid': int(np.frombuffer(b[5040:5044], '<i4')[0])}


def test_rng_state_is_ths_generator_struct():
    # struct THGenerator (x86-64): the_initial_seed u64 @0, left i32 @8, seeded i32 @12,
    # next u64 @16, state[624] u64 @24, normal_x/y/rho f64 @5016.., normal_is_valid i32 @5040
    L.manual_seed(12345)
    st = L.get_rng_state()
    assert isinstance(st, L.ByteTensor) and st.numel() == 5048
    f = _fields(st.numpy().tobytes())
    assert f == {'seed': 12345, 'left': 1, 'seeded': 1, 'next': 0, 'state0': 12345,
                 'normal': [0.0, 0.0, 0.0], 'normal_valid': 0}
    L.randn(1)                  # one normal: Box-Muller draws and caches the second value
    f = _fields(L.get_rng_state().numpy().tobytes())
    assert f['left'] == 621 and f['next'] == 4 and f['normal_valid'] == 1
    assert f['normal'][2] > 0 and f['seed'] == 12345
    L.rand(3)
    f = _fields(L.get_rng_state().numpy().tobytes())
    assert f['left'] == 618 and f['next'] == 7
    L.manual_seed(2 ** 40 + 7)
    f = _fields(L.get_rng_state().numpy().tobytes())
    assert f['seed'] == 2 ** 40 + 7 and f['state0'] == 7


def test_rng_state_checks():
    L.manual_seed(1)
    L.rand(2)
    good = L.get_rng_state().numpy().copy()
    bad = good.copy()
    bad[24 + 7] = 1                 # a state word beyond 32 bits
    with pytest.raises(RuntimeError, match=r'^invalid argument 1: Invalid RNG state \(state words '
                                           r'must be 32-bit\)$'):
        L.set_rng_state(L.ByteTensor(bad.tolist()))
    bad = good.copy()
    bad[16] += 1                    # next disagrees with left
    with pytest.raises(RuntimeError, match=r'^invalid argument 1: Invalid RNG state \(left and '
                                           r'next disagree\)$'):
        L.set_rng_state(L.ByteTensor(bad.tolist()))
    bad = good.copy()
    bad[12] = 0                     # not seeded
    with pytest.raises(RuntimeError, match=r'^invalid argument 1: Invalid RNG state$'):
        L.set_rng_state(L.ByteTensor(bad.tolist()))
    L.set_rng_state(L.ByteTensor(good.tolist()))
    a = L.rand(4).tolist()
    L.set_rng_state(L.ByteTensor(good.tolist()))
    assert L.rand(4).tolist() == a
    with pytest.raises(RuntimeError, match=r'^Overflow when unpacking long$'):
        L.manual_seed(2 ** 64)
    with pytest.raises(RuntimeError, match=r'^Overflow when unpacking long$'):
        L.manual_seed(-(2 ** 63) - 1)
    L.manual_seed(-1)
    assert L.initial_seed() == 2 ** 64 - 1


def test_float32_uniform_is_24_bit_th_floats():
    # uniform_float: (random() & 0xFFFFFF) / 2**24, then a + u * (b - a) in float32
    from legacy_autograd import rng
    g = rng.Generator()
    g.manual_seed(5)
    raw = g.next_u32(6)
    g.manual_seed(5)
    out = np.empty(6, np.float32)
    g.fill_uniform(out, 2.0, 4.0)
    u = (raw & np.uint64(0xFFFFFF)).astype(np.float32) * np.float32(2.0 ** -24)
    np.testing.assert_array_equal(out, u * np.float32(2.0) + np.float32(2.0))
    assert ((out >= 2.0) & (out < 4.0)).all()
    L.manual_seed(5)
    t = L.FloatTensor(6).uniform_(2, 4)
    np.testing.assert_array_equal(t.numpy(), out)
    with pytest.raises(ValueError, match=r'^n must be non-negative$'):
        g.next_u32(-1)
    assert g.next_u32(0).size == 0


def test_normal_checks():
    with pytest.raises(RuntimeError, match=r'^invalid argument 2: standard deviation must be '
                                           r'strictly positive$'):
        L.FloatTensor(3).normal_(0, -1)
    with pytest.raises(RuntimeError, match=r'^invalid argument 2: standard deviation must be '
                                           r'strictly positive$'):
        L.FloatTensor(3).normal_(0, 0)
    with pytest.raises(RuntimeError, match=r'^inconsistent tensor size: means has 2 elements, '
                                           r'std has 3$'):
        L.normal(L.FloatTensor([0, 0]), L.FloatTensor([1, 1, 1]))
    with pytest.raises(RuntimeError, match=r'^invalid argument 2: standard deviation must be '
                                           r'strictly positive$'):
        L.normal(L.FloatTensor([0, 0]), -1.0)
    with pytest.raises(TypeError, match=r"^Type torch\.LongTensor doesn't implement stateless "
                                        r"method multinomial$"):
        L.multinomial(L.LongTensor([1, 2]), 1)


# ============================================================ bitwise, apply_, number casts
def test_bitwise_operators():
    f = L.FloatTensor([1, 2, -3])
    n = L.LongTensor([1, 2, -3])
    # TH lshift/rshift on Float/Double: t * 2**v and t / 2**v
    assert (f << 2).tolist() == [4, 8, -12] and (f >> 1).tolist() == [0.5, 1.0, -1.5]
    assert (f << L.FloatTensor([1, 2, 3])).tolist() == [2, 8, -24]
    assert (f >> L.FloatTensor([1, 0, 1])).tolist() == [0.5, 2, -1.5]
    assert (n << 2).tolist() == [4, 8, -12] and (n >> 1).tolist() == [0, 1, -2]
    assert (n ^ 6).tolist() == [7, 4, -5] and (n | L.LongTensor([4])).tolist() == [5, 6, -3]
    assert (n & 2).tolist() == [0, 2, 0]
    with pytest.raises(TypeError, match=r'^__and__ received an invalid combination of arguments - '
                                        r'got \(torch\.FloatTensor\), but expected one of:\n'):
        n & f
    with pytest.raises(TypeError, match=r"unsupported operand type\(s\) for &: 'LongTensor' and "
                                        r"'str'"):
        n & 'a'
    with pytest.raises(RuntimeError, match=r'^and is only supported for integer type tensors$'):
        f & 1
    x = f.clone()
    with pytest.raises(RuntimeError, match=r'^and is only supported for integer type tensors$'):
        x &= 1
    y = x
    x <<= 1
    assert x is y and x.tolist() == [2, 4, -6]
    x >>= 2
    assert x is y and x.tolist() == [0.5, 1, -1.5]
    m = n.clone()
    k = m
    m |= 8
    assert m is k and m.tolist() == [9, 10, -3]
    m ^= L.LongTensor([1, 1, 1])
    assert m is k and m.tolist() == [8, 11, -4]


def test_map_and_apply_check_their_source():
    f = L.FloatTensor([1, 2, -3])
    with pytest.raises(TypeError, match=r'^map_\(\): expected a tensor, got int$'):
        f.clone().map_(3, lambda a, b: a + b)
    with pytest.raises(TypeError, match=r'^map_\(\): expected torch\.FloatTensor, got '
                                        r'torch\.LongTensor$'):
        f.clone().map_(L.LongTensor([1, 2, 3]), lambda a, b: a + b)
    with pytest.raises(RuntimeError, match=r'^map_: the source of size \[2\] does not match the '
                                           r'tensor of size \[3\]$'):
        f.clone().map_(L.FloatTensor([1, 2]), lambda a, b: a + b)
    assert f.clone().map_(L.FloatTensor([1]), lambda a, b: a + b).tolist() == [2, 3, -2]
    with pytest.warns(UserWarning, match='not broadcastable'):
        r = L.FloatTensor([[1, 2], [3, 4]]).map_(L.FloatTensor([1, 2, 3, 4]), lambda a, b: a * b)
    assert r.tolist() == [[1, 4], [9, 16]]
    with pytest.raises(RuntimeError, match=r'^given function should return a number$'):
        f.clone().apply_(lambda a: 'x')
    with pytest.raises(RuntimeError, match=r'^given function should return a number$'):
        f.clone().apply_(lambda a: True)
    assert f.clone().map2_(L.FloatTensor([1, 1, 1]), L.FloatTensor([2, 2, 2]),
                           lambda a, b, c: a + b * c).tolist() == [3, 4, -1]


def test_same_numel_fallback_of_pointwise_binary_ops(torch):
    f = L.FloatTensor([[1, 2], [3, 4]])
    flat = L.FloatTensor([4, 3, 2, 1])
    ref = torch.atan2(_t(torch, [[1, 2], [3, 4]]), _t(torch, [[4, 3], [2, 1]])).numpy()
    with pytest.warns(UserWarning, match='not broadcastable'):
        r = f.atan2(flat)
    np.testing.assert_allclose(r.numpy(), ref, rtol=1e-6)
    with pytest.warns(UserWarning, match='not broadcastable'):
        r = Variable(f).atan2(Variable(flat))
    assert r.size() == (2, 2)
    np.testing.assert_allclose(r.data.numpy(), ref, rtol=1e-6)
    with pytest.warns(UserWarning, match='not broadcastable'):
        r = Variable(f).lerp(Variable(flat), 0.25)
    assert r.data.tolist() == [[1.75, 2.25], [2.75, 3.25]]


def test_addcmul_argument_forms():
    f = L.FloatTensor([[1, 2], [3, 4]])
    with pytest.raises(TypeError, match=r"^addcmul\(\) got an unexpected keyword argument 'foo'$"):
        f.addcmul(f, f, foo=1)
    with pytest.raises(TypeError, match=r"^addcdiv\(\) got multiple values for argument "
                                        r"'value'$"):
        f.addcdiv(2, f, f, value=3)
    assert f.addcmul(2, tensor1=f, tensor2=f).tolist() == [[3, 10], [21, 36]]
    assert f.addcmul(f, f, value=-1).tolist() == [[0, -2], [-6, -12]]
    assert f.addcdiv(tensor1=f, tensor2=f).tolist() == [[2, 3], [4, 5]]


def test_number_casts_into_integer_tensors():
    with pytest.raises(RuntimeError, match=r'^value cannot be converted to type long without '
                                           r'overflow: nan$'):
        L.LongTensor([1]).add_(float('nan'))
    with pytest.raises(RuntimeError, match=r'^value cannot be converted to type int without '
                                           r'overflow: -inf$'):
        L.IntTensor([1]).fill_(float('-inf'))
    # C casts: truncation toward zero, wrap-around
    assert L.LongTensor([1]).fill_(2.7).tolist() == [2]
    assert L.IntTensor([1]).fill_(-2.7).tolist() == [-2]
    assert L.ByteTensor([1]).fill_(300).tolist() == [44]
    assert L.ByteTensor([1]).fill_(300.5).tolist() == [44]
    assert L.LongTensor([1]).add(2.9).tolist() == [3]


def test_dims_of_an_empty_tensor():
    e = L.FloatTensor()
    with pytest.raises(RuntimeError, match=r'^dimension out of range \(expected to be in range of '
                                           r'\[-1, 0\], but got 1\)$'):
        e.sum(1)
    with pytest.raises(RuntimeError, match=r'but got -2\)$'):
        e.sum(-2)
    with pytest.raises(RuntimeError, match=r'^dimension out of range \(expected to be in range of '
                                           r'\[-1, 0\], but got 1\)$'):
        e.squeeze(1)
    assert e.squeeze(0).dim() == 0 and e.cumsum(0).dim() == 0
    with pytest.raises(RuntimeError, match=r'^invalid argument 2: cannot unsqueeze empty tensor$'):
        e.unsqueeze(0)


def test_type_info_and_seed():
    assert repr(L.FloatTensor._info) == '<legacy type torch.FloatTensor>'
    assert not hasattr(L.HalfTensor([1]), 'exp')
    with pytest.raises(AttributeError, match=r"^'torch\.HalfTensor' object has no attribute "
                                             r"'exp'$"):
        L.HalfTensor([1]).exp
    from legacy_autograd import random as lrandom
    s = lrandom.seed()
    assert isinstance(s, int) and lrandom.initial_seed() == s
    assert L.initial_seed() == s
    a = L.rand(2).tolist()
    L.manual_seed(s)
    assert L.rand(2).tolist() == a


# ======================================================================= views of Variables
_VIEW_CALLS = {
    'view': lambda v: v.view(3, 2, 1), 'expand': lambda v: v.expand(2, 2, 3, 1),
    't': lambda v: v.squeeze(2).t(), 'transpose': lambda v: v.transpose(0, 1),
    'unsqueeze': lambda v: v.unsqueeze(0), 'squeeze': lambda v: v.squeeze(),
    'squeeze_dim': lambda v: v.squeeze(2), 'permute': lambda v: v.permute(2, 0, 1),
    'narrow': lambda v: v.narrow(1, 0, 2), 'select': lambda v: v.select(0, 1),
    'unfold': lambda v: v.unfold(1, 2, 1), 'index_view': lambda v: v[0],
}


def test_every_view_op_shares_memory_and_version_with_its_base():
    from legacy_autograd.ops import registry
    import legacy_autograd.nn  # noqa: F401
    views = {n for n, o in registry.OPS.items() if getattr(o, 'is_view', False)}
    assert views == set(_VIEW_CALLS)
    for name, make in sorted(_VIEW_CALLS.items()):
        base = Variable(L.FloatTensor([[[1.0], [2.0], [3.0]], [[4.0], [5.0], [6.0]]]))
        v = make(base)
        before = base._version
        base.data.add_(0)           # (tensor in-place ops keep the Variable's counter)
        base.add_(1)
        assert v._version == base._version != before, name
        assert np.shares_memory(v.data.numpy(), base.data.numpy()), name
        if name != 'expand':        # (an expanded view has overlapping elements)
            v.mul_(2)
            assert base._version == v._version, name
    # a view of a leaf that requires grad: an in-place op on the view is seen by the graph
    for name, make in sorted(_VIEW_CALLS.items()):
        x = Variable(L.FloatTensor([[[1.0], [2.0], [3.0]], [[4.0], [5.0], [6.0]]]),
                     requires_grad=True)
        y = x * 1
        s = y.sigmoid()             # saves its output: a later in-place change is an error
        v = make(s)
        (s if name == 'expand' else v).add_(1)
        with pytest.raises(RuntimeError, match='modified by an inplace operation'):
            s.sum().backward()
