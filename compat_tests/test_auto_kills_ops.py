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
import re

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
    with pytest.raises(RuntimeError, match=r'^Lapack Error in gesv : U\(2,2\) is zero, singular U\.$'):
        L.gesv(D([1.0, 2.0]), sing)
    # THTensor_(gesv)'s THArgChecks (TH/generic/THTensorLapack.c), in its order
    with pytest.raises(RuntimeError, match=r'^invalid argument 2: A,B size incompatible - A has 3 '
                                           r'rows, B has 2$'):
        L.gesv(D([1.0, 2.0]), D(SPD))
    with pytest.raises(RuntimeError, match=r'^invalid argument 2: A,B size incompatible - A has 3 '
                                           r'rows, B has 2$'):
        L.gesv(D([[1.0, 2.0], [3.0, 4.0]]), D(SPD))
    x, lu = L.gesv(D([1.0, 2.0, 3.0]), D(NONSYM))
    assert x.size() == (3, 1)
    ref = torch.linalg.solve(_t(torch, NONSYM), _t(torch, [[1.0], [2.0], [3.0]]))
    np.testing.assert_allclose(x.numpy(), ref.numpy(), rtol=1e-12)


def test_inverse_of_a_singular_matrix_names_the_zero_pivot():
    with pytest.raises(RuntimeError, match=r'^Lapack Error getrf : U\(2,2\) is 0, U is singular$'):
        L.inverse(D([[1.0, 2.0], [2.0, 4.0]]))
    with pytest.raises(RuntimeError, match=r'^Lapack Error getrf : U\(3,3\) is 0, U is singular$'):
        L.inverse(D([[1.0, 0.0, 0.0], [0.0, 2.0, 0.0], [0.0, 0.0, 0.0]]))
    with pytest.raises(RuntimeError, match=r'^Lapack Error getrf : U\(1,1\) is 0, U is singular$'):
        L.inverse(D([[0.0, 0.0], [0.0, 0.0]]))


def test_gels_rank_and_vector_rhs(torch):
    with pytest.raises(RuntimeError, match=r'^Lapack Error in gels : The 2-th diagonal element of the '
                                           r'triangular factor of A is zero$'):
        L.gels(D([1.0, 2.0, 3.0]), D([[1.0, 0.0], [0.0, 0.0], [0.0, 0.0]]))
    a = [[1.0, 2.0], [3.0, 4.0], [5.0, 7.0]]
    x, _ = L.gels(D([1.0, 2.0, 4.0]), D(a))
    assert x.size() == (3, 1)
    ref = torch.linalg.lstsq(_t(torch, a), _t(torch, [[1.0], [2.0], [4.0]])).solution
    np.testing.assert_allclose(x.numpy()[:2], ref.numpy(), rtol=1e-10)
    with pytest.raises(RuntimeError, match=r'^invalid argument 2: A,B size incompatible - A has 3 '
                                           r'rows, B has 2$'):
        L.gels(D([1.0, 2.0]), D(a))


def test_trtrs_errors_and_vector_rhs(torch):
    with pytest.raises(RuntimeError, match=r'^Lapack Error in trtrs : A\(2,2\) is zero, singular A$'):
        L.trtrs(D([1.0, 2.0]), D([[1.0, 2.0], [0.0, 0.0]]))
    with pytest.raises(RuntimeError, match=r'^Lapack Error in trtrs : A\(1,1\) is zero, singular A$'):
        L.trtrs(D([1.0, 2.0]), D([[0.0, 2.0], [0.0, 1.0]]), False)
    # unitriangular: the zero diagonal is never read
    x, _ = L.trtrs(D([1.0, 2.0]), D([[0.0, 2.0], [0.0, 0.0]]), True, False, True)
    np.testing.assert_allclose(x.numpy().ravel(), [-3.0, 2.0])
    with pytest.raises(RuntimeError, match=r'^invalid argument 2: A,B size incompatible - A has 3 '
                                           r'rows, B has 2$'):
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
    with pytest.raises(RuntimeError, match=r'^invalid argument 2: A,B size incompatible - A has 3 '
                                           r'rows, B has 2$'):
        L.potrs(D([1.0, 2.0]), u)


def test_pstrf_of_a_rank_deficient_matrix():
    # LAPACK dpstrf stops at the rank with INFO > 0, which 0.3.1's THTensor_(pstrf) turns into
    # an error (THLapackCheckWithCleanup)
    text = r'^Lapack Error pstrf : matrix is rank deficient or not positive semidefinite$'
    for a in ([[2.0, 1.0, 0.0], [1.0, 2.0, 0.0], [0.0, 0.0, 0.0]],
              [[1.0, 1.0, 0.0], [1.0, 1.0, 0.0], [0.0, 0.0, 0.0]],
              [[0.0, 0.0], [0.0, 0.0]], [[1.0, 0.0], [0.0, -1.0]]):
        for upper in (True, False):
            with pytest.raises(RuntimeError, match=text):
                L.pstrf(D(a), upper)
    # tol: the pivot must be above it (dpstrf stops at AJJ <= DSTOP)
    a = D([[4.0, 2.0, 2.0], [2.0, 1.0, 1.0], [2.0, 1.0, 1.0]])      # rank 1: the rest is 0
    for tol in (0, -1, 0.5, 1e-300):
        with pytest.raises(RuntimeError, match=text):
            L.pstrf(a, tol=tol)
    full = D([[4.0, 2.0], [2.0, 2.0]])
    u, piv = L.pstrf(full, tol=0.999)                              # pivots 4, then exactly 1
    np.testing.assert_allclose(u.numpy(), [[2.0, 1.0], [0.0, 1.0]])
    assert piv.tolist() == [0, 1]
    with pytest.raises(RuntimeError, match=text):
        L.pstrf(full, tol=1.0)                                      # a pivot equal to tol stops
    with pytest.raises(RuntimeError, match=text):
        L.pstrf(full, tol=4.0)                                      # the first one is 4


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
    with pytest.raises(AttributeError, match=r"^module 'torch' has no attribute 'Foo'$"):
        s.type('torch.Foo')             # 0.3.1's _import_dotted_name
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
    # THPStorage_(set) hands the index to THStorage_(set) unwrapped: its THArgCheck refuses
    # a negative one as well
    for i in (4, -1):
        with pytest.raises(RuntimeError, match=r'^invalid argument 2: out of bounds$'):
            s[i] = 1.0
    s[3] = 7.0
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
    # 0.3.1's texts: THPStorageCopyMethod, THStorage_(copy)'s THArgCheck, THRealloc
    with pytest.raises(RuntimeError, match=r"^copy from list to torch\.FloatStorage isn't "
                                           r"implemented$"):
        s.copy_([1])
    with pytest.raises(RuntimeError, match=r'^invalid argument 2: size mismatch$'):
        s.copy_(S(2))
    assert s.copy_(L.DoubleStorage([5, 6, 7, 8])) is s and s.tolist() == [5.0, 6.0, 7.0, 8.0]
    with pytest.raises(RuntimeError, match=r'^\$ Torch: invalid memory size -- maybe an '
                                           r'overflow\?$'):
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
                                        r'arguments - got \(torch\.ByteTensor, !int!\), but '
                                        r'expected \(torch\.ByteTensor mask, '
                                        r'torch\.FloatTensor source\)$'):
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
    with pytest.raises(RuntimeError, match=r'^invalid argument 1: the number of sizes provided must be greater or '
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
    with pytest.raises(AttributeError, match=r"^module 'torch' has no attribute 'Foo'$"):
        t.type('torch.Foo')             # 0.3.1's _import_dotted_name
    assert t.type() == 'torch.FloatTensor'
    assert type(t.type('torch.IntTensor')) is L.IntTensor


# ============================================================================ arithmetic
def test_inplace_pow_operator_and_no_unary_plus():
    x = L.FloatTensor([1.0, -2.0, 3.0])
    y = x
    x **= 2
    assert x is y and x.tolist() == [1.0, 4.0, 9.0]
    x **= 0.5
    assert x.tolist() == [1.0, 2.0, 3.0]
    v = Variable(L.FloatTensor([1.0, 2.0]))
    with pytest.raises(NotImplementedError, match=r'^in-place pow not implemented$'):
        v **= 2
    # 0.3.1 had no unary plus on either (no __pos__ in torch/tensor.py nor autograd/variable.py)
    with pytest.raises(TypeError, match=r"^bad operand type for unary \+: 'FloatTensor'$"):
        +x
    with pytest.raises(TypeError, match=r"^bad operand type for unary \+: 'Variable'$"):
        +Variable(L.FloatTensor([1.0, -2.0]))
    # 0.3.1 had no integer pow
    with pytest.raises(RuntimeError, match=r'^pow is not implemented for type CPULongType$'):
        Variable(L.LongTensor([1, 2])).pow(2)
    with pytest.raises(TypeError, match=r"^Type torch\.LongTensor doesn't implement stateless "
                                        r"method pow$"):
        L.pow(L.LongTensor([1, 2]), 2)


def test_add_value_other_overload():
    a = L.FloatTensor([[1.0, 2.0], [3.0, 4.0]])
    with pytest.raises(TypeError) as e:           # 0.3.1's cwrap list, every argument given
        a.add(2, 3)
    assert str(e.value) == (
        'add received an invalid combination of arguments - got (int, int), but expected one '
        'of:\n * (float value)\n * (torch.FloatTensor other)\n'
        ' * (float value, torch.FloatTensor other)\n'
        "      didn't match because some of the arguments have invalid types: (int, !int!)\n")
    with pytest.raises(TypeError) as e:           # in place: the method's own name
        L.LongTensor([1]).sub_(2, L.IntTensor([1]))
    assert str(e.value) == (
        'sub_ received an invalid combination of arguments - got (int, torch.IntTensor), but '
        'expected one of:\n * (int value)\n * (torch.LongTensor other)\n'
        ' * (int value, torch.LongTensor other)\n'
        "      didn't match because some of the arguments have invalid types: "
        '(int, !torch.IntTensor!)\n')
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
    # cwrap took any int for a double, a bool too (THPUtils_checkReal); else its one option
    assert t.renorm(2, 0, True).tolist() == t.renorm(2, 0, 1.0).tolist()
    with pytest.raises(TypeError) as info:
        t.renorm(2, True, 1.0)
    assert str(info.value) == ('renorm received an invalid combination of arguments - got '
                               '(int, !bool!, float), but expected (float p, int dim, float maxnorm)')
    with pytest.raises(TypeError) as info:
        t.renorm(2, 0, 'a')
    assert str(info.value) == ('renorm received an invalid combination of arguments - got '
                               '(int, int, !str!), but expected (float p, int dim, float maxnorm)')
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
    with pytest.raises(RuntimeError, match=r'^invalid argument 1: only one dimension can be inferred$'):
        t.view(-1, -1)
    with pytest.raises(RuntimeError, match=r'^repeated dim in permute$'):
        t.permute(0, 0)
    with pytest.raises(RuntimeError, match=r'^repeated dim in permute$'):
        t.permute(1, -1)
    assert t.permute(1, -2).tolist() == [[1, 4], [2, 5], [3, 6]]
    assert Variable(t).data.type() == 'torch.FloatTensor'    # Variable.type() needs its t
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
    with pytest.raises(TypeError, match=msg % r'torch\.DoubleStorage'):
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
    # THTensor_(cross)'s texts (TH/generic/THTensorMath.c, without " at file:line")
    with pytest.raises(RuntimeError, match=r'^no dimension of size 3 in a: \[2 x 2\]$'):
        L.cross(L.FloatTensor(2, 2), L.FloatTensor(2, 2))
    with pytest.raises(RuntimeError, match=r'^invalid argument 3: dimension 1 does not have size 3$'):
        L.cross(L.FloatTensor(3, 2), L.FloatTensor(3, 2), 1)
    # any negative dim searches (no wrapping): -2 on (3, 2, 2) finds dimension 0
    assert L.cross(L.FloatTensor(3, 2, 2).zero_(), L.FloatTensor(3, 2, 2).zero_(), -2).size() == \
        L.Size([3, 2, 2])
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
    # 0.3.1's checkReal is PyFloat_Check || PyLong_Check: a bool is an int (stored as 1/0)
    assert f.clone().apply_(lambda a: a > 0).tolist() == [1, 1, 0]
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
    # cwrap's lists: an unknown keyword, and `value` given twice (four arguments: no option)
    opts = (' * (torch.FloatTensor tensor1, torch.FloatTensor tensor2)\n'
            ' * (float value, torch.FloatTensor tensor1, torch.FloatTensor tensor2)\n')
    with pytest.raises(TypeError) as info:
        f.addcmul(f, f, foo=1)
    assert str(info.value) == (
        'addcmul received an invalid combination of arguments - got (torch.FloatTensor, '
        'torch.FloatTensor, foo=int), but expected one of:\n' + opts +
        "      didn't match because some of the keywords were incorrect: foo\n")
    with pytest.raises(TypeError) as info:
        f.addcdiv(2, f, f, value=3)
    assert str(info.value) == (
        'addcdiv received an invalid combination of arguments - got (int, torch.FloatTensor, '
        'torch.FloatTensor, value=int), but expected one of:\n' + opts)
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


# ========================================================= modern references at the boundaries
def test_rounding_ops_and_their_modern_references_at_halves(torch):
    from legacy_autograd.ops.schema import SCHEMA
    vals = [-3.5, -2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.5, -2.0, 0.0, 2.0, 0.25, -0.75, 2.75]
    # 0.3 (TH: C round) rounds halves away from zero
    expect = {'round': [-4, -3, -2, -1, 1, 2, 3, 4, -2, 0, 2, 0, -1, 3],
              'trunc': [-3, -2, -1, -0.0, 0, 1, 2, 3, -2, 0, 2, 0, -0.0, 2],
              'floor': [-4, -3, -2, -1, 0, 1, 2, 3, -2, 0, 2, 0, -1, 2],
              'ceil': [-3, -2, -1, -0.0, 1, 2, 3, 4, -2, 0, 2, 1, -0.0, 3]}
    for name, want in expect.items():
        for cls, dt in ((L.FloatTensor, torch.float32), (L.DoubleTensor, torch.float64)):
            got = getattr(cls(vals), name)()
            assert got.tolist() == want, name
            modern = SCHEMA[name].modern or (lambda torch, a, _n=name: getattr(torch, _n)(a))
            ref = modern(torch, torch.tensor(vals, dtype=dt))
            assert ref.tolist() == want, name
            v = getattr(Variable(cls(vals)), name)()
            assert v.data.tolist() == want, name


def test_multinomial_names_its_bad_argument():
    p = L.FloatTensor([0.2, 0.8])
    for call in (lambda: L.multinomial(p, 1.5), lambda: p.multinomial(1.5),
                 lambda: L.multinomial(Variable(p), 1.5)):
        with pytest.raises(TypeError, match=r"^multinomial\(\): argument 'num_samples' "
                                            r"\(position 1\) must be int, not float$"):
            call()
    assert L.multinomial(p, np.int64(2), True).size() == (2,)


def test_multinomial_with_replacement_reaches_every_bucket():
    # THTensor_(multinomial): cumulative distribution with its last entry forced to 1, one
    # 53-bit double per sample, the first bucket whose cumulative mass is >= u
    L.manual_seed(3)
    p = L.DoubleTensor([0.2, 0.3, 0.5])
    draws = L.multinomial(p, 400, True).tolist()
    counts = [draws.count(k) for k in range(3)]
    assert all(c > 40 for c in counts) and counts[2] > counts[0]
    from legacy_autograd import rng
    g = rng.Generator()
    g.manual_seed(3)
    u = g.uniform_double(400)
    cum = np.cumsum([0.2, 0.3, 0.5]) / 1.0
    cum[-1] = 1.0
    assert draws == np.searchsorted(cum, u, side='left').tolist()
    # a zero-mass last bucket is never drawn, the others are
    L.manual_seed(4)
    d = L.multinomial(L.DoubleTensor([[0.5, 0.5, 0.0]]), 50, True).view(-1).tolist()
    assert set(d) == {0, 1}


def test_index_with_none_numpy_ints_and_nested_lists():
    t = _t23()
    assert t[True].tolist() == [4.0, 5.0, 6.0]
    assert t[np.int64(1), None].size() == (1, 3)
    r = t[None, 1]
    assert r.size() == (1, 3) and r.tolist() == [[4.0, 5.0, 6.0]]
    assert t[1, np.int32(2)] == 6.0 and t[np.int64(-1), -1] == 6.0
    assert t[1, ..., None].size() == (3, 1)
    assert Variable(t)[None, 1].size() == (1, 3)
    # a list holding lists indexes like a tuple of index sequences (rows [0, 1], column 0)
    assert t[[[0, 1], [0]]].tolist() == [1.0, 4.0]
    assert t[[0, 1], :].tolist() == t.tolist()


# ============================================================ argument checks of the front-ends
def _arg_cases():
    x = L.FloatTensor([[1, 2, 3], [4, 5, 6]])
    v = L.FloatTensor([1, 2, 3])
    sq = L.FloatTensor([[2, 1], [1, 2]])
    lu, piv = L.btrifact(L.FloatTensor([[[2, 1], [1, 2]]]))
    b = L.FloatTensor([[1, 2]])
    T = 'Variable'
    return [
        (lambda: v.histc(1.5), "histc(): argument 'bins' (position 1) must be int, not float"),
        (lambda: v.histc(10, 'a'), "histc(): argument 'min' (position 2) must be float, not str"),
        (lambda: v.histc(10, 0, 'b'), "histc(): argument 'max' (position 3) must be float, not str"),
        (lambda: L.linspace('a', 1), "linspace(): argument 'start' (position 1) must be float, not str"),
        (lambda: L.linspace(0, 'b'), "linspace(): argument 'end' (position 2) must be float, not str"),
        (lambda: L.logspace('a', 1), "logspace(): argument 'start' (position 1) must be float, not str"),
        (lambda: L.logspace(0, 'b'), "logspace(): argument 'end' (position 2) must be float, not str"),
        (lambda: L.logspace(0, 1, 2.5), "logspace(): argument 'steps' (position 3) must be int, not float"),
        (lambda: L.eye(2, 1.5), "eye(): argument 'm' (position 2) must be int, not float"),
        (lambda: v.ger(3), "ger(): argument 'vec2' (position 1) must be %s, not int" % T),
        (lambda: v.cross(3), "cross(): argument 'other' (position 1) must be %s, not int" % T),
        (lambda: x.mv(3), "mv(): argument 'vec' (position 1) must be %s, not int" % T),
        (lambda: v.dot(3), "dot(): argument 'tensor' (position 1) must be %s, not int" % T),
        (lambda: L.FloatTensor(1, 2, 2).bmm(3), "bmm(): argument 'mat2' (position 1) must be %s, not int" % T),
        (lambda: x.matmul(3), "matmul(): argument 'other' (position 1) must be %s, not int" % T),
        (lambda: x.view_as(3), "view_as(): argument 'tensor' (position 1) must be %s, not int" % T),
        (lambda: v.expand_as(3), "expand_as(): argument 'tensor' (position 1) must be %s, not int" % T),
        (lambda: x.resize_as_(3), "resize_as_(): argument 'tensor' (position 1) must be %s, not int" % T),
        (lambda: L.zeros_like(3), "zeros_like(): argument 'input' (position 1) must be %s, not int" % T),
        (lambda: L.ones_like(3), "ones_like(): argument 'input' (position 1) must be %s, not int" % T),
        (lambda: L.bernoulli(3), "bernoulli(): argument 'input' (position 1) must be %s, not int" % T),
        (lambda: L.gesv(v, 3), "gesv(): argument 'A' (position 1) must be %s, not int" % T),
        (lambda: L.gels(v, 3), "gels(): argument 'A' (position 1) must be %s, not int" % T),
        (lambda: L.trtrs(v, 3), "trtrs(): argument 'A' (position 1) must be %s, not int" % T),
        (lambda: L.potrs(v, 3), "potrs(): argument 'input2' (position 1) must be %s, not int" % T),
        (lambda: L.orgqr(sq, 3), "orgqr(): argument 'input2' (position 1) must be %s, not int" % T),
        (lambda: L.ormqr(sq, 3, sq), "ormqr(): argument 'input2' (position 1) must be %s, not int" % T),
        (lambda: L.ormqr(sq, L.FloatTensor([1, 1]), 3),
         "ormqr(): argument 'input3' (position 2) must be %s, not int" % T),
        (lambda: b.btrisolve(3, piv), "btrisolve(): argument 'LU_data' (position 1) must be %s, not int" % T),
        (lambda: b.btrisolve(lu, 3), "btrisolve(): argument 'LU_pivots' (position 2) must be %s, not int" % T),
        (lambda: L.btriunpack(3, piv), "btriunpack(): argument 'LU_data' (position 0) must be %s, not int" % T),
        (lambda: L.btriunpack(lu, 3), "btriunpack(): argument 'LU_pivots' (position 1) must be %s, not int" % T),
        (lambda: L.FloatTensor(3).random_(1.5, 4), "random_(): argument 'from' (position 1) must be int, not float"),
        (lambda: L.FloatTensor(3).random_(1, 4.5), "random_(): argument 'to' (position 2) must be int, not float"),
        (lambda: L.FloatTensor(3).random_(4.5), "random_(): argument 'to' (position 1) must be int, not float"),
        (lambda: x.narrow(0, 0.5, 1), "narrow(): argument 'start' (position 2) must be int, not float"),
        (lambda: x.narrow(0, 0, 1.5), "narrow(): argument 'length' (position 3) must be int, not float"),
        (lambda: x.select(0, 0.5), "select(): argument 'index' (position 2) must be int, not float"),
        (lambda: x.unfold(1, 1.5, 1), "unfold(): argument 'size' (position 2) must be int, not float"),
        (lambda: x.unfold(1, 2, 1.5), "unfold(): argument 'step' (position 3) must be int, not float"),
        (lambda: x.split(1.5), "split(): argument 'split_size' (position 1) must be int, not float"),
        (lambda: Variable(x)._unnarrow(0, 0.5, 3), "argument 'offset' must be int, not float"),
        (lambda: Variable(x)._unnarrow(0, 0, 3.5), "argument 'dimSize' must be int, not float"),
        (lambda: L.pow('a', 2), "pow(): argument 'input' must be %s, not str" % T),
        (lambda: L.unbind(3), "unbind(): argument 'tensor' (position 1) must be %s, not int" % T),
        (lambda: L.FloatTensor(2).normal_('a'), "normal_(): argument 'mean' must be float, not str"),
        (lambda: L.FloatTensor(2).normal_(0, 'a'), "normal_(): argument 'std' must be float, not str"),
        (lambda: L.FloatTensor(2).uniform_('a'), "uniform_(): argument 'a' must be float, not str"),
        (lambda: L.FloatTensor(2).uniform_(0, 'b'), "uniform_(): argument 'b' must be float, not str"),
        (lambda: L.FloatTensor(2).exponential_('a'), "exponential_(): argument 'lambd' must be float, not str"),
        (lambda: L.FloatTensor(2).cauchy_('a'), "cauchy_(): argument 'median' must be float, not str"),
        (lambda: L.FloatTensor(2).cauchy_(0, 'a'), "cauchy_(): argument 'sigma' must be float, not str"),
        (lambda: L.FloatTensor(2).log_normal_('a'), "log_normal_(): argument 'mean' must be float, not str"),
        (lambda: L.FloatTensor(2).log_normal_(1, 'a'), "log_normal_(): argument 'std' must be float, not str"),
        (lambda: L.FloatTensor(2).geometric_('a'), "geometric_(): argument 'p' must be float, not str"),
        (lambda: L.FloatTensor(2).bernoulli_('a'), "bernoulli_(): argument 'p' must be float, not str"),
        (lambda: x.sum(0, 1), "argument 'keepdim' must be bool, not int"),
        (lambda: L.arange('a', 3), "arange(): argument 'start' must be float, not str"),
        (lambda: L.arange(0, 'a'), "arange(): argument 'end' must be float, not str"),
        (lambda: L.arange(0, 3, 'a'), "arange(): argument 'step' must be float, not str"),
        (lambda: L.range('a', 3), "range(): argument 'start' must be float, not str"),
        (lambda: L.range(0, 'a'), "range(): argument 'end' must be float, not str"),
        (lambda: L.range(0, 3, 'a'), "range(): argument 'step' must be float, not str"),
    ]


def test_every_front_end_names_its_bad_argument_and_position():
    for call, msg in _arg_cases():
        with pytest.raises(TypeError, match='^%s$' % re.escape(msg)):
            call()


# ============================================================================ dims at their edges
_LT = L.LongTensor
_DIM_OPS = {
    'sum': lambda x, d: x.sum(d), 'mean': lambda x, d: x.mean(d), 'prod': lambda x, d: x.prod(d),
    'max': lambda x, d: x.max(d), 'min': lambda x, d: x.min(d),
    'max_keepdim': lambda x, d: x.max(d, keepdim=True), 'median': lambda x, d: x.median(d),
    'mode': lambda x, d: x.mode(d), 'kthvalue': lambda x, d: x.kthvalue(1, d),
    'std': lambda x, d: x.std(d), 'var': lambda x, d: x.var(d), 'norm': lambda x, d: x.norm(2, d),
    'cumsum': lambda x, d: x.cumsum(d), 'cumprod': lambda x, d: x.cumprod(d),
    'sort': lambda x, d: x.sort(d), 'topk': lambda x, d: x.topk(1, d),
    'squeeze': lambda x, d: x.squeeze(d), 'transpose0': lambda x, d: x.transpose(d, 0),
    'transpose1': lambda x, d: x.transpose(0, d), 'narrow': lambda x, d: x.narrow(d, 1, 1),
    'select': lambda x, d: x.select(d, 1), 'index_select': lambda x, d: x.index_select(d, _LT([1, 0])),
    'gather': lambda x, d: x.gather(d, _LT([[1, 0, 1], [0, 1, 0]])),
    'cat': lambda x, d: L.cat([x, x], d), 'chunk': lambda x, d: x.chunk(2, d),
    'split': lambda x, d: x.split(1, d), 'unfold': lambda x, d: x.unfold(d, 2, 1),
    'renorm': lambda x, d: x.renorm(2, d, 1), 'size': lambda x, d: x.size(d),
    'scatter_': lambda x, d: x.clone().scatter_(d, _LT([[1, 0, 1], [0, 1, 0]]), 9.0),
    'index_fill_': lambda x, d: x.clone().index_fill_(d, _LT([1]), 9.0),
}
_END_OPS = {'unsqueeze': lambda x, d: x.unsqueeze(d), 'stack': lambda x, d: L.stack([x, x], d)}


def _flat(r):
    if isinstance(r, (tuple, list)):
        return [_flat(x) for x in r]
    if isinstance(r, Variable):
        r = r.data
    return r.tolist() if hasattr(r, 'tolist') else r


@pytest.mark.parametrize('variable', [False, True])
def test_every_dim_argument_wraps_and_checks_its_range(variable):
    def make():
        t = L.DoubleTensor([[1, 5, 3], [4, 2, 6]])
        return Variable(t) if variable else t
    for ops, n in ((_DIM_OPS, 2), (_END_OPS, 3)):
        for name, f in sorted(ops.items()):
            if variable and name in ('size', 'renorm', 'scatter_', 'index_fill_'):
                continue
            for d in (-n - 1, n):
                with pytest.raises(RuntimeError, match=r'^dimension out of range \(expected to be in '
                                                       r'range of \[%d, %d\], but got %d\)$'
                                                       % (-n, n - 1, d)):
                    f(make(), d)
            for d in range(n):
                assert _flat(f(make(), d - n)) == _flat(f(make(), d)), (name, d)


# ===================================================================== range checks at the edges
def _edge_cases():
    x = L.DoubleTensor([[1, 5, 3], [4, 2, 6]])
    LT = L.LongTensor
    ok = [
        (lambda: x.narrow(1, 2, 1), [[3.0], [6.0]]),
        (lambda: x.narrow(1, 0, 3), x.tolist()),
        (lambda: x.select(1, -3), [1.0, 4.0]), (lambda: x.select(1, 2), [3.0, 6.0]),
        (lambda: x.index_select(1, LT([2, 0])), [[3.0, 1.0], [6.0, 4.0]]),
        (lambda: x.unfold(1, 3, 1), [[[1.0, 5.0, 3.0]], [[4.0, 2.0, 6.0]]]),
        (lambda: x.unfold(1, 1, 2), [[[1.0], [3.0]], [[4.0], [6.0]]]),
        (lambda: x.kthvalue(3, 1)[0], [5.0, 6.0]), (lambda: x.kthvalue(1, 1)[0], [1.0, 2.0]),
        (lambda: x.topk(3, 1)[0], [[5.0, 3.0, 1.0], [6.0, 4.0, 2.0]]),
        (lambda: x.topk(1, 1, largest=False)[0], [[1.0], [2.0]]),
        (lambda: x.take(LT([-6, 5])), [1.0, 6.0]),
        (lambda: x.chunk(3, 1)[2], [[3.0], [6.0]]), (lambda: x.split(3, 1)[0], x.tolist()),
        (lambda: L.linspace(1, 1, 1), [1.0]), (lambda: L.logspace(2, 2, 1), [100.0]),
        (lambda: L.linspace(0, 1, 2), [0.0, 1.0]), (lambda: L.randperm(1), [0]),
        (lambda: L.FloatTensor(3).random_(1, 2), [1.0, 1.0, 1.0]),
        (lambda: L.FloatTensor(2).random_(1), [0.0, 0.0]),
        (lambda: L.multinomial(L.DoubleTensor([0.0, 1.0]), 1), [1]),
        (lambda: L.arange(3, 0, -1), [3.0, 2.0, 1.0]),
    ]
    bad = [
        (lambda: x.narrow(1, 2, 2), RuntimeError, 'invalid argument 4: out of range'),
        (lambda: x.narrow(1, 0, 0), RuntimeError, 'invalid argument 4: out of range'),
        (lambda: x.narrow(1, -1, 1), RuntimeError, 'invalid argument 3: out of range'),
        (lambda: x.narrow(1, 3, 1), RuntimeError, 'invalid argument 3: out of range'),
        (lambda: x.select(1, -4), IndexError, 'index -4 is out of range for dimension 1 (of size 3)'),
        (lambda: x.select(1, 3), IndexError, 'index 3 is out of range for dimension 1 (of size 3)'),
        (lambda: x.index_select(1, LT([3])), RuntimeError, 'invalid argument 3: index out of range'),
        (lambda: x.index_select(1, LT([-1])), RuntimeError, 'invalid argument 3: index out of range'),
        (lambda: x.clone().index_fill_(1, LT([3]), 0), RuntimeError,
         'invalid argument 3: index out of range'),
        (lambda: x.gather(1, LT([[3], [0]])), RuntimeError, 'Invalid index in gather'),
        (lambda: x.gather(1, LT([[-1], [0]])), RuntimeError, 'Invalid index in gather'),
        (lambda: x.clone().scatter_(1, LT([[3], [0]]), 1.0), RuntimeError, 'Invalid index in scatter'),
        (lambda: x.clone().scatter_(1, LT([[-1], [0]]), 1.0), RuntimeError, 'Invalid index in scatter'),
        (lambda: x.unfold(1, 4, 1), RuntimeError, 'invalid argument 3: out of range'),
        (lambda: x.unfold(1, 2, 0), RuntimeError, 'invalid argument 4: invalid step'),
        # THTensor_(kthvalue) / THTensor_(topk)'s THArgCheck texts (0.3.1: topk needs k > 0)
        (lambda: x.kthvalue(4, 1), RuntimeError, 'invalid argument 2: selected index out of range'),
        (lambda: x.kthvalue(0, 1), RuntimeError, 'invalid argument 2: selected index out of range'),
        (lambda: x.topk(4, 1), RuntimeError, 'invalid argument 2: k not in range for dimension'),
        (lambda: x.topk(-1, 1), RuntimeError, 'invalid argument 2: k not in range for dimension'),
        (lambda: x.topk(0, 1), RuntimeError, 'invalid argument 2: k not in range for dimension'),
        (lambda: x.chunk(0, 1), RuntimeError, 'chunk expects `chunks` to be greater than 0, got: 0'),
        (lambda: x.split(0, 1), RuntimeError,
         'split expects split_size to be positive, but got split_size=0'),
        (lambda: x.view(4), RuntimeError, "invalid argument 2: size '[4]' is invalid for input with 6 elements"),
        (lambda: x.view(-1, 4), RuntimeError,
         "invalid argument 2: size '[-1 x 4]' is invalid for input with 6 elements"),
        (lambda: x.expand(3, 3), RuntimeError, 'The expanded size of the tensor (3) must match the '
                                               'existing size (2) at non-singleton dimension 0.'),
        (lambda: x.repeat(2), RuntimeError, 'Number of dimensions of repeat dims can not be smaller '
                                            'than number of dimensions of tensor'),
        (lambda: x.clone().index_add_(0, LT([[0]]), x), RuntimeError,
         'invalid argument 3: Index is supposed to be a vector'),
        (lambda: x.clone().index_copy_(0, LT([0, 1]), x[:1]), RuntimeError,
         'invalid argument 3: Number of indices should be equal to source:size(dim)'),
        (lambda: x.take(LT([6])), RuntimeError, 'invalid argument 2: out of range: 6 out of 6'),
        (lambda: x.take(LT([-7])), RuntimeError, 'invalid argument 2: out of range: -7 out of 6'),
        (lambda: L.DoubleTensor([1, 2]).histc(0), RuntimeError, 'bins must be > 0'),
        (lambda: L.multinomial(L.DoubleTensor([1, 2]), 0), RuntimeError,
         'invalid argument 2: cannot sample n_sample < 0 samples'),
        (lambda: L.multinomial(L.DoubleTensor([1, 2]), 3), RuntimeError,
         'invalid argument 2: cannot sample n_sample > prob_dist:size(1) samples without replacement'),
        (lambda: L.multinomial(L.DoubleTensor([1, -1e-9]), 1), RuntimeError,
         'invalid argument 2: invalid multinomial distribution (encountering probability entry < 0)'),
        (lambda: L.multinomial(L.DoubleTensor([0.0, 0.0]), 1), RuntimeError,
         'invalid argument 2: invalid multinomial distribution (sum of probabilities <= 0)'),
        (lambda: L.randperm(0), RuntimeError, 'invalid argument 1: must be strictly positive'),
        (lambda: L.eye(0), RuntimeError, 'invalid argument 1: invalid argument'),
        (lambda: L.linspace(0, 1, 1), RuntimeError, 'invalid argument 3: invalid number of points'),
        (lambda: L.linspace(0, 1, 0), RuntimeError, 'invalid argument 3: invalid number of points'),
        (lambda: L.logspace(0, 1, 1), RuntimeError, 'invalid argument 3: invalid number of points'),
        (lambda: L.arange(0, 3, 0), RuntimeError, 'invalid argument 3: step must be a non-null number'),
        (lambda: L.arange(3, 0), RuntimeError,
         'invalid argument 2: upper bound and larger bound incoherent with step sign'),
        (lambda: L.FloatTensor(3).random_(0), RuntimeError, 'invalid argument 1: upper bound must be positive'),
        (lambda: L.FloatTensor(3).random_(2, 2), RuntimeError,
         'invalid argument 2: upper bound must be greater than lower bound'),
    ]
    return ok, bad


def test_range_checks_at_their_edges():
    ok, bad = _edge_cases()
    for call, want in ok:
        r = call()
        assert (r.tolist() if hasattr(r, 'tolist') else r) == want
    for call, exc, msg in bad:
        with pytest.raises(exc, match='^%s$' % re.escape(msg)):
            call()


# ============================================================================ kinks and ties
def _grad_of(fn, values, lib):
    if lib is None:
        x = Variable(D(values), requires_grad=True)
        y = fn(x)
        y = y[0] if isinstance(y, tuple) else y
        y.sum().backward()
        return np.asarray(_flat(y), dtype=float), np.asarray(x.grad.data.tolist(), dtype=float)
    x = lib.tensor(values, dtype=lib.float64, requires_grad=True)
    y = fn(x)
    y = y[0] if isinstance(y, tuple) else y
    y.sum().backward()
    return np.asarray(y.tolist(), dtype=float), np.asarray(x.grad.tolist(), dtype=float)


def test_gradients_at_kinks_and_ties_match_modern_torch(torch):
    ten = [[1.0, 3.0, 3.0], [2.0, 2.0, 0.0]]
    cases = [
        ('abs', lambda x: x.abs(), [-1.0, 0.0, 2.0]),
        ('clamp', lambda x: x.clamp(0, 1), [-1.0, 0.0, 0.5, 1.0, 2.0]),
        ('max_dim', lambda x: x.max(1), ten), ('min_dim', lambda x: x.min(1), ten),
        ('max_dim_keepdim', lambda x: x.max(0, keepdim=True), ten),
        ('kthvalue', lambda x: x.kthvalue(2, 1), [[3.0, 1.0, 3.0, 1.0]]),
        ('median', lambda x: x.median(1), [[3.0, 1.0, 3.0, 1.0]]),
        ('mode', lambda x: x.mode(1), [[3.0, 1.0, 3.0, 1.0]]),
        ('norm2_zero', lambda x: x.norm(), [0.0, 0.0]),
        ('norm1', lambda x: x.norm(1), [0.0, 1.0, -1.0]),
        ('norm3', lambda x: x.norm(3), [0.0, 1.0, -2.0]),
        ('norm1.5', lambda x: x.norm(1.5), [0.0, 1.0, -2.0]),
        ('norm_dim', lambda x: x.norm(2, 1), [[0.0, 0.0], [3.0, -4.0]]),
        ('sign', lambda x: x.sign(), [-1.0, 0.0, 2.0]),
        ('frac', lambda x: x.frac(), [-1.5, 0.0, 2.25]),
        ('fmod', lambda x: x.fmod(1.5), [-4.0, -1.5, 0.0, 1.5, 4.0]),
        ('remainder', lambda x: x.remainder(1.5), [-4.0, -1.5, 0.0, 1.5, 4.0]),
        ('sqrt_zero', lambda x: x.pow(0.5), [0.0, 4.0]),
        ('square_zero', lambda x: x.pow(2), [0.0, -3.0]),
        ('cumprod_zeros', lambda x: x.cumprod(0), [2.0, 0.0, 3.0, 0.0, 4.0]),
        ('prod_dim_zeros', lambda x: x.prod(1), [[2.0, 0.0, 3.0], [0.0, 0.0, 1.0], [1.0, 2.0, 3.0]]),
        ('var_dim', lambda x: x.var(1), [[1.0, 1.0], [0.0, 2.0]]),
        ('sigmoid_far', lambda x: x.sigmoid(), [-800.0, 0.0, 800.0]),
        ('tanh_far', lambda x: x.tanh(), [-30.0, 30.0]),
        ('log1p', lambda x: x.log1p(), [-0.5, 0.0]),
        ('rsqrt', lambda x: x.rsqrt(), [0.25, 4.0]),
        ('trunc', lambda x: x.trunc(), [-1.5, 1.5]),
        ('cumsum', lambda x: x.cumsum(1), [[1.0, 2.0, 3.0]]),
    ]
    for name, fn, vals in cases:
        ly, lg = _grad_of(fn, vals, None)
        my, mg = _grad_of(fn, vals, torch)
        np.testing.assert_allclose(ly.ravel(), my.ravel(), rtol=1e-12, err_msg=name)
        np.testing.assert_allclose(lg, mg, rtol=1e-12, err_msg=name)


def test_gradients_at_kinks_where_03_differs_from_modern_torch():
    # 0.3.1 CmaxConstant / CminConstant: masks i.gt(min) / i.lt(max) (strict: no gradient at
    # the bound); Clamp with both bounds: i.ge(min) * i.le(max)
    assert _grad_of(lambda x: x.clamp(min=0), [-1.0, 0.0, 1.0], None)[1].tolist() == [0, 0, 1]
    assert _grad_of(lambda x: x.clamp(max=0), [-1.0, 0.0, 1.0], None)[1].tolist() == [1, 0, 0]
    assert _grad_of(lambda x: x.clamp(-1, 1), [-1.0, 0.0, 1.0], None)[1].tolist() == [1, 1, 1]
    # Cmax / Cmin of two Variables: mask a.gt(b) / a.lt(b): a tie sends the gradient to b
    o = Variable(D([1.0, 2.0, 0.0]), requires_grad=True)
    x = Variable(D([1.0, 1.0, 1.0]), requires_grad=True)
    x.max(o).sum().backward()
    assert x.grad.data.tolist() == [0, 0, 1] and o.grad.data.tolist() == [1, 1, 0]
    o = Variable(D([1.0, 2.0, 0.0]), requires_grad=True)
    x = Variable(D([1.0, 1.0, 1.0]), requires_grad=True)
    x.min(o).sum().backward()
    assert x.grad.data.tolist() == [0, 1, 0] and o.grad.data.tolist() == [1, 0, 1]
    # full prod with zeros (0.3.1 Prod.backward): one zero -> the product of the others there
    assert _grad_of(lambda x: x.prod(), [2.0, 0.0, 3.0], None)[1].tolist() == [0, 6, 0]
    assert _grad_of(lambda x: x.prod(), [2.0, 0.0, 0.0], None)[1].tolist() == [0, 0, 0]
    # std of a constant (0.3.1: var(...).sqrt(): inf * 0)
    g = _grad_of(lambda x: x.std(), [2.0, 2.0], None)[1]
    assert np.isnan(g).all()
    # round: halves away from zero (TH), zero gradient
    assert _grad_of(lambda x: x.round(), [0.5, -0.5, 2.5], None)[0].tolist() == [1, -1, 3]
    # renorm (0.3.1 Variable.renorm): rows scaled by min(norm, maxnorm) / (norm + 1e-7)
    r = Variable(D([[3.0, 4.0], [6.0, 8.0]])).renorm(2, 0, 5).data.numpy()
    np.testing.assert_allclose(r, [[3 * 5 / (5 + 1e-7), 4 * 5 / (5 + 1e-7)],
                                   [6 * 5 / (10 + 1e-7), 8 * 5 / (10 + 1e-7)]], rtol=1e-12)


# ==================================================== keyword and rare overloads, both receivers
def _overload_cases(torch):
    def m(v):
        return torch.tensor(v, dtype=torch.float64)
    LT = L.LongTensor

    def lten(v, x):
        return Variable(D(v)) if isinstance(x, Variable) else D(v)
    return [
        ('std unbiased', lambda x: x.std(unbiased=False), lambda x: x.std(unbiased=False)),
        ('std dim', lambda x: x.std(1, unbiased=False), lambda x: x.std(1, unbiased=False)),
        ('std keepdim', lambda x: x.std(1, keepdim=True), lambda x: x.std(1, keepdim=True)),
        ('var unbiased', lambda x: x.var(unbiased=False), lambda x: x.var(unbiased=False)),
        ('var kw', lambda x: x.var(dim=0, unbiased=False, keepdim=True),
         lambda x: x.var(dim=0, unbiased=False, keepdim=True)),
        ('norm keepdim', lambda x: x.norm(3, 1, True), lambda x: x.norm(3, 1, keepdim=True)),
        ('norm kw', lambda x: x.norm(p=1, dim=0), lambda x: x.norm(p=1, dim=0)),
        ('norm inf', lambda x: x.norm(float('inf'), 1), lambda x: x.norm(float('inf'), 1)),
        ('sum kw', lambda x: x.sum(dim=1, keepdim=True), lambda x: x.sum(dim=1, keepdim=True)),
        ('mean kw', lambda x: x.mean(dim=0, keepdim=True), lambda x: x.mean(dim=0, keepdim=True)),
        ('prod keepdim', lambda x: x.prod(1, True), lambda x: x.prod(1, keepdim=True)),
        ('sort desc', lambda x: x.sort(dim=1, descending=True), lambda x: x.sort(dim=1, descending=True)),
        ('sort dim0', lambda x: x.sort(0), lambda x: x.sort(0)),
        ('sort', lambda x: x.sort(), lambda x: x.sort()),
        ('topk smallest', lambda x: x.topk(2, 1, False), lambda x: x.topk(2, 1, largest=False)),
        ('topk kw', lambda x: x.topk(k=2, dim=0), lambda x: x.topk(k=2, dim=0)),
        ('topk', lambda x: x.topk(2), lambda x: x.topk(2)),
        ('kthvalue', lambda x: x.kthvalue(2), lambda x: x.kthvalue(2)),
        ('kthvalue keepdim', lambda x: x.kthvalue(2, 0, True), lambda x: x.kthvalue(2, 0, keepdim=True)),
        ('max keepdim', lambda x: x.max(1, True), lambda x: x.max(1, keepdim=True)),
        ('min kw', lambda x: x.min(dim=0, keepdim=True), lambda x: x.min(dim=0, keepdim=True)),
        ('cumsum kw', lambda x: x.cumsum(dim=1), lambda x: x.cumsum(dim=1)),
        ('cumprod', lambda x: x.cumprod(0), lambda x: x.cumprod(0)),
        ('clamp kw', lambda x: x.clamp(min=2, max=4), lambda x: x.clamp(min=2, max=4)),
        ('add value other', lambda x: L.add(x, 2, x), lambda x: torch.add(x, x, alpha=2)),
        ('sub value other', lambda x: x.sub(3, x * x), lambda x: x.sub(x * x, alpha=3)),
        ('addmm', lambda x: L.addmm(0.5, x.t().mm(x), 2, x.t(), x),
         lambda x: torch.addmm(x.t().mm(x), x.t(), x, beta=0.5, alpha=2)),
        ('addmm kw', lambda x: L.addmm(x.t().mm(x), x.t(), x, beta=0.5, alpha=2),
         lambda x: torch.addmm(x.t().mm(x), x.t(), x, beta=0.5, alpha=2)),
        ('addmm beta', lambda x: x.t().mm(x).addmm(3, x.t(), x),
         lambda x: x.t().mm(x).addmm(x.t(), x, beta=3)),
        ('addmv', lambda x: L.addmv(2, lten([1, 1], x), 3, x, lten([1, 2, 3], x)),
         lambda x: torch.addmv(m([1, 1]), x, m([1, 2, 3]), beta=2, alpha=3)),
        ('addr', lambda x: L.addr(2, x, 3, lten([1, 2], x), lten([1, 0, 1], x)),
         lambda x: torch.addr(x, m([1, 2]), m([1, 0, 1]), beta=2, alpha=3)),
        ('addcmul value', lambda x: x.addcmul(0.5, x, x), lambda x: x.addcmul(x, x, value=0.5)),
        ('addcdiv value', lambda x: x.addcdiv(0.5, x, x + 1), lambda x: x.addcdiv(x, x + 1, value=0.5)),
        ('lerp', lambda x: x.lerp(x * 2, 0.25), lambda x: x.lerp(x * 2, 0.25)),
        ('pow tensor', lambda x: x.pow(x / 2), lambda x: x.pow(x / 2)),
        ('pow base', lambda x: L.pow(2, x), lambda x: torch.pow(2, x)),
        ('dist p', lambda x: x.dist(x * 2, 3), lambda x: x.dist(x * 2, 3)),
        ('dist inf', lambda x: x.dist(x * 2, float('inf')), lambda x: x.dist(x * 2, float('inf'))),
        ('diag k', lambda x: x.diag(1), lambda x: x.diag(1)),
        ('tril k', lambda x: x.tril(-1), lambda x: x.tril(-1)),
        ('triu k', lambda x: x.triu(1), lambda x: x.triu(1)),
        ('cross dim', lambda x: L.cross(x, x * x, 1), lambda x: torch.linalg.cross(x, x * x, dim=1)),
        ('trace', lambda x: x.trace(), lambda x: x.trace()),
        ('mode', lambda x: x.mode(0), lambda x: x.mode(0)),
        ('median all', lambda x: x.median(), lambda x: x.median()),
        ('max all', lambda x: x.max(), lambda x: x.max()),
        ('atan2', lambda x: L.atan2(x, x - 3), lambda x: torch.atan2(x, x - 3)),
        ('chunk', lambda x: x.chunk(2, 1), lambda x: x.chunk(2, 1)),
        ('split', lambda x: x.split(2, 1), lambda x: x.split(2, 1)),
        ('unfold', lambda x: x.unfold(1, 2, 1), lambda x: x.unfold(1, 2, 1)),
        ('repeat', lambda x: x.repeat(2, 1, 2), lambda x: x.repeat(2, 1, 2)),
        ('expand -1', lambda x: x.unsqueeze(0).expand(2, -1, 3), lambda x: x.unsqueeze(0).expand(2, -1, 3)),
        ('index_add', lambda x: x.clone().index_add_(1, LT([0, 0]), x[:, :2].contiguous()),
         lambda x: x.clone().index_add_(1, torch.tensor([0, 0]), x[:, :2])),
        ('scatter_add', lambda x: x.clone().scatter_add_(1, LT([[0, 0, 1], [2, 2, 2]]), x),
         lambda x: x.clone().scatter_add_(1, torch.tensor([[0, 0, 1], [2, 2, 2]]), x)),
        ('put accumulate', lambda x: x.clone().put_(LT([0, 0, 5]), lten([1, 2, 3], x), True),
         lambda x: x.clone().put_(torch.tensor([0, 0, 5]), m([1, 2, 3]), accumulate=True)),
        ('masked_scatter', lambda x: x.clone().masked_scatter_(L.ByteTensor([[1, 0, 1], [0, 1, 0]]),
                                                               lten([7, 8, 9, 10], x)),
         lambda x: x.clone().masked_scatter_(torch.tensor([[1, 0, 1], [0, 1, 0]], dtype=torch.bool),
                                             m([7, 8, 9, 10]))),
    ]


def _compare_results(got, ref, what):
    if isinstance(ref, (tuple, list)):
        assert isinstance(got, (tuple, list)) and len(got) == len(ref), what
        for g, r in zip(got, ref):
            _compare_results(g, r, what)
        return
    r = ref.detach().numpy()
    g = got.data if isinstance(got, Variable) else got
    g = g.numpy() if hasattr(g, 'numpy') else np.asarray(g)
    if r.ndim == 0:             # 0.3: a number from a tensor, a size-1 Variable
        assert g.size == 1, what
        g = g.reshape(())
    else:
        assert g.shape == r.shape, what
    np.testing.assert_allclose(g.astype(float), r.astype(float), rtol=1e-12, err_msg=what)


def test_keyword_and_rare_overloads_match_modern_torch(torch):
    xv = [[1.0, 5.0, 3.0], [4.0, 2.0, 6.0]]
    for name, lf, mf in _overload_cases(torch):
        ref = mf(torch.tensor(xv, dtype=torch.float64))
        for variable in (False, True):
            got = lf(Variable(D(xv)) if variable else D(xv))
            _compare_results(got, ref, '%s %s' % (name, variable))


def test_variable_var_and_std_take_keepdim_before_unbiased(torch):
    # 0.3.1: tensors' var/std are TH's (dim, unbiased=True, keepdim=False); Variable.var/std
    # are Python methods (dim=None, keepdim=False, unbiased=True), and torch.var(v, ...) is
    # the Variable method
    xv = [[1.0, 5.0, 3.0], [4.0, 2.0, 6.0]]
    m = torch.tensor(xv, dtype=torch.float64)
    for name in ('var', 'std'):
        fm = getattr(torch, name)
        t = D(xv)
        v = Variable(D(xv), requires_grad=True)
        cases_t = [((1, True), fm(m, 1, correction=1)), ((1, False), fm(m, 1, correction=0)),
                   ((1, False, True), fm(m, 1, correction=0, keepdim=True)),
                   ((0, True, True), fm(m, 0, correction=1, keepdim=True))]
        cases_v = [((1, True), fm(m, 1, correction=1, keepdim=True)),
                   ((1, False), fm(m, 1, correction=1)),
                   ((1, True, False), fm(m, 1, correction=0, keepdim=True)),
                   ((1, False, False), fm(m, 1, correction=0))]
        for args, ref in cases_t:
            for r in (getattr(t, name)(*args), getattr(L, name)(t, *args)):
                assert r.size() == tuple(ref.shape), (name, args)
                np.testing.assert_allclose(r.numpy(), ref.numpy(), rtol=1e-12)
        for args, ref in cases_v:
            for r in (getattr(v, name)(*args), getattr(L, name)(v, *args)):
                assert r.size() == tuple(ref.shape), (name, args)
                np.testing.assert_allclose(r.data.numpy(), ref.numpy(), rtol=1e-12)
        # keywords mean the same for both receivers
        r = getattr(v, name)(dim=0, unbiased=False, keepdim=True)
        np.testing.assert_allclose(r.data.numpy(), fm(m, 0, correction=0, keepdim=True).numpy())
        r = getattr(t, name)(dim=0, keepdim=True, unbiased=False)
        np.testing.assert_allclose(r.numpy(), fm(m, 0, correction=0, keepdim=True).numpy())
        # the gradient of the Variable form
        mv = m.clone().requires_grad_(True)
        getattr(v, name)(1, True, False).sum().backward()
        fm(mv, 1, correction=0, keepdim=True).sum().backward()
        np.testing.assert_allclose(v.grad.data.numpy(), mv.grad.numpy(), rtol=1e-12)
        out = D()
        assert getattr(L, name)(t, 1, False, out=out) is out
        np.testing.assert_allclose(out.numpy(), fm(m, 1, correction=0).numpy(), rtol=1e-12)


def test_variable_only_method_forms_of_031():
    import warnings
    # Variable.multinomial(num_samples=1, replacement=False): one draw by default
    L.manual_seed(2)
    p = Variable(D([0.0, 1.0, 0.0]))
    r = p.multinomial()
    assert isinstance(r, Variable) and r.data.tolist() == [1]
    assert p.multinomial(3, True).data.tolist() == [1, 1, 1]
    with pytest.raises(TypeError, match='num_samples'):
        D([0.2, 0.8]).multinomial()
    # Variable.masked_copy: masked_scatter on a copy, with 0.3.1's deprecation warning
    x = Variable(D([[1, 2], [3, 4]]), requires_grad=True)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        y = x.masked_copy(Variable(L.ByteTensor([[1, 0], [0, 1]])), Variable(D([9, 8])))
    assert str(w[0].message) == ('masked_copy is deprecated and renamed to masked_scatter, and '
                                 'will be removed in v0.3')
    assert y.data.tolist() == [[9, 2], [3, 8]] and x.data.tolist() == [[1, 2], [3, 4]]
    y.sum().backward()
    assert x.grad.data.tolist() == [[0, 1], [1, 0]]
    assert not hasattr(D(2), 'masked_copy')


def test_tensor_pickle_records_are_checked():
    import pickle
    from legacy_autograd.tensor import _rebuild_tensor
    t = L.FloatTensor([[1, 2, 3], [4, 5, 6]])
    r = pickle.loads(pickle.dumps(t))
    assert type(r) is L.FloatTensor and r.tolist() == t.tolist()
    assert pickle.loads(pickle.dumps(L.LongTensor())).dim() == 0
    raw = np.arange(6, dtype=np.float32).tobytes()
    assert _rebuild_tensor('torch.FloatTensor', raw, (2, 3)).tolist() == [[0, 1, 2], [3, 4, 5]]
    assert _rebuild_tensor('torch.FloatTensor', b'', ()).dim() == 0
    for args, msg in (
            (('torch.Foo', raw, (6,)), "unknown tensor type 'torch.Foo'"),
            ((3, raw, (6,)), 'unknown tensor type 3'),
            (('torch.FloatTensor', 'abc', (6,)), 'bad tensor record'),
            (('torch.FloatTensor', raw, [6]), 'bad tensor record'),
            (('torch.FloatTensor', raw, (6, True)), 'bad tensor record'),
            (('torch.FloatTensor', raw, (-6,)), 'bad tensor record'),
            (('torch.FloatTensor', raw[:5], (6,)), '5 bytes of tensor data for torch.FloatTensor'),
            (('torch.FloatTensor', raw, (2, 2)), '6 values for a tensor of size 2x2'),
            (('torch.FloatTensor', raw, (7,)), '6 values for a tensor of size 7')):
        with pytest.raises(pickle.UnpicklingError, match='^torch\\.load: corrupt or truncated '
                                                         'file: %s$' % re.escape(msg)):
            _rebuild_tensor(*args)


def test_dot_of_integer_tensors_and_addmm_keyword_tensors(torch):
    assert L.dot(L.LongTensor([1, 2, 3]), L.LongTensor([4, 5, 6])) == 32
    assert type(L.dot(L.LongTensor([1, 2]), L.LongTensor([3, 4]))) is int
    assert L.dot(L.IntTensor([2 ** 20, 1]), L.IntTensor([2 ** 20, 1])) == 2 ** 40 + 1
    m = D([[1, 2], [3, 4]])
    a = D([[1, 0], [2, 1]])
    b = D([[0, 1], [1, 1]])
    ref = torch.addmm(_t(torch, m.tolist()), _t(torch, a.tolist()), _t(torch, b.tolist()))
    np.testing.assert_allclose(L.addmm(m, mat1=a, mat2=b).numpy(), ref.numpy())
    np.testing.assert_allclose(L.addmm(m, a, mat2=b).numpy(), ref.numpy())


def test_comparison_functions_check_a_keyword_receiver():
    t = L.FloatTensor([1, 2])
    for name in ('eq', 'ne', 'lt', 'le', 'gt', 'ge'):
        fn = getattr(L, name)
        with pytest.raises(TypeError, match=r"^%s\(\): argument 'input' must be a tensor or "
                                            r"Variable, not int$" % name):
            fn(self=3, other=t)
        with pytest.raises(TypeError, match=r"^%s\(\): argument 'input' must be a tensor or "
                                            r"Variable, not NoneType$" % name):
            fn(None, t)
    assert L.eq(self=t, other=t).tolist() == [1, 1]
    assert L.gt(t, other=1.5).tolist() == [0, 1]


# ============================================= LAPACK shape checks; in-place index ops' backward
def test_every_lapack_op_checks_its_matrix_shape():
    rect, vec = D(2, 3), D(3)
    ops = [('inverse', 'A', lambda a: L.inverse(a), True), ('potrf', 'self', L.potrf, True),
           ('potri', 'self', L.potri, True), ('symeig', 'self', L.symeig, True),
           ('eig', 'self', L.eig, True), ('pstrf', 'self', L.pstrf, True),
           ('gesv', 'A', lambda a: L.gesv(D([1, 2]), a), True),
           ('trtrs', 'A', lambda a: L.trtrs(D([1, 2]), a), True),
           ('potrs', 'input2', lambda a: L.potrs(D([1, 2]), a), True),
           ('svd', 'self', L.svd, False), ('qr', 'self', L.qr, False),
           ('geqrf', 'self', L.geqrf, False), ('gels', 'A', lambda a: L.gels(D([1, 2]), a), False),
           ('orgqr', 'self', lambda a: L.orgqr(a, D([1, 1])), False)]
    # TH/generic/THTensorLapack.c: the one-matrix routines check A as argument 1 ("A should be
    # 2 dimensional", "A should be square"); the solvers check A as argument 2 with its rank
    # and size in the text (orgqr's input2 then fails its own check: the 1-D tau is fine)
    for name, arg, fn, square in ops:
        if arg == 'self' or name == 'inverse':
            dims, sq = 'invalid argument 1: A should be 2 dimensional', \
                'invalid argument 1: A should be square'
        else:
            dims, sq = 'invalid argument 2: A should have 2 dimensions, but has 1', \
                'invalid argument 2: A should be square, but is 2x3'
        with pytest.raises(RuntimeError) as e:
            fn(vec)
        assert str(e.value) == dims, name
        if square:
            with pytest.raises(RuntimeError) as e:
                fn(rect)
            assert str(e.value) == sq, name


def test_scatter_add_takes_no_value():
    with pytest.raises(TypeError, match=r'^scatter_add_ received an invalid combination of '
                                        r'arguments - got \(int, torch\.LongTensor, !float!\), but '
                                        r'expected \(int dim, torch\.LongTensor index, '
                                        r'torch\.DoubleTensor src\)$'):
        D([[1, 2, 3], [4, 5, 6]]).scatter_add_(1, L.LongTensor([[0], [1]]), 3.0)
    with pytest.raises(RuntimeError, match=r"^Expected object of type Variable\[torch\.DoubleTensor\] "
                                           r"but found type float for argument #3 'src'$"):
        Variable(D([[1, 2, 3], [4, 5, 6]])).scatter_add_(1, L.LongTensor([[0], [1]]), 3.0)


def _inplace_index_cases(torch):
    LT = L.LongTensor
    idx2 = [[0, 2], [1, 0]]
    return [
        ('put_', lambda x, s: x.put_(LT([0, 4]), s), lambda x, s: x.put_(torch.tensor([0, 4]), s), (2,)),
        ('put_ acc', lambda x, s: x.put_(LT([0, 4]), s, True),
         lambda x, s: x.put_(torch.tensor([0, 4]), s, accumulate=True), (2,)),
        ('index_add_', lambda x, s: x.index_add_(1, LT([2, 0]), s),
         lambda x, s: x.index_add_(1, torch.tensor([2, 0]), s), (2, 2)),
        ('index_copy_', lambda x, s: x.index_copy_(1, LT([2, 0]), s),
         lambda x, s: x.index_copy_(1, torch.tensor([2, 0]), s), (2, 2)),
        ('scatter_', lambda x, s: x.scatter_(1, LT(idx2), s),
         lambda x, s: x.scatter_(1, torch.tensor(idx2), s), (2, 2)),
        ('scatter_add_', lambda x, s: x.scatter_add_(1, LT(idx2), s),
         lambda x, s: x.scatter_add_(1, torch.tensor(idx2), s), (2, 2)),
        ('masked_scatter_', lambda x, s: x.masked_scatter_(Variable(L.ByteTensor([[1, 0, 1], [0, 1, 0]])), s),
         lambda x, s: x.masked_scatter_(torch.tensor([[1, 0, 1], [0, 1, 0]], dtype=torch.bool), s), (4,)),
        ('copy_', lambda x, s: x.copy_(s), lambda x, s: x.copy_(s), (2, 3)),
        ('setitem', lambda x, s: x.__setitem__((slice(None), 1), s),
         lambda x, s: x.__setitem__((slice(None), 1), s), (2,)),
        ('setitem mask', lambda x, s: x.__setitem__(L.ByteTensor([[1, 0, 1], [0, 1, 0]]), s),
         lambda x, s: x.__setitem__(torch.tensor([[1, 0, 1], [0, 1, 0]], dtype=torch.bool), s), (3,)),
    ]


def test_inplace_index_ops_send_gradients_to_whichever_side_needs_them(torch):
    base = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
    rng = np.random.RandomState(7)
    for name, lf, mf, sshape in _inplace_index_cases(torch):
        src = rng.uniform(1, 2, sshape)
        g = rng.uniform(-1, 1, (2, 3))
        for need_self, need_src in ((True, False), (False, True), (True, True)):
            lx = Variable(D(base), requires_grad=need_self)
            ls = Variable(D(src.tolist()), requires_grad=need_src)
            ly = lx * 1 if need_self else Variable(D(base))
            lf(ly, ls)
            ly.backward(D(g.tolist()))
            mx = torch.tensor(base, dtype=torch.float64, requires_grad=need_self)
            ms = torch.tensor(src, dtype=torch.float64, requires_grad=need_src)
            my = mx * 1 if need_self else torch.tensor(base, dtype=torch.float64)
            mf(my, ms)
            my.backward(torch.tensor(g))
            np.testing.assert_allclose(ly.data.numpy(), my.detach().numpy(), err_msg=name)
            if need_self:
                np.testing.assert_allclose(lx.grad.data.numpy(), mx.grad.numpy(), err_msg=name)
            if need_src:
                np.testing.assert_allclose(ls.grad.data.numpy(), ms.grad.numpy(),
                                           err_msg='%s source' % name)
            else:
                assert ls.grad is None


# ----------------------------------------------------------------- lead's seed-401 sample
def test_potrf_gradient_built_as_a_graph_equals_the_plain_one(torch):
    # create_graph runs potrf's backward on Variables (two triangular solves); its first-order
    # values must be the plain backward's and modern torch's
    rs = np.random.RandomState(11)
    m = rs.randn(4, 4)
    a = L.DoubleTensor((m @ m.T + 4 * np.eye(4)).tolist())
    g = L.DoubleTensor(rs.randn(4, 4).tolist())
    for upper in (True, False):
        grads = []
        for create in (False, True):
            v = Variable(a.clone(), requires_grad=True)
            f = L.potrf((v + v.t()) * 0.5, upper)
            (gv,) = L.autograd.grad((f * Variable(g)).sum(), v, create_graph=create)
            grads.append(gv.data.numpy())
        mp = torch.from_numpy(a.numpy()).requires_grad_()
        mf = torch.linalg.cholesky((mp + mp.t()) * 0.5, upper=upper)
        (mf * torch.from_numpy(g.numpy())).sum().backward()
        np.testing.assert_allclose(grads[1], grads[0], rtol=1e-12, atol=1e-12)
        np.testing.assert_allclose(grads[1], mp.grad.numpy(), rtol=1e-8, atol=1e-10)


def test_type_mismatch_of_an_op_without_declared_overloads_lists_its_one_form():
    x, y = L.FloatTensor([1.0, 2.0]), L.DoubleTensor([1.0, 2.0])
    with pytest.raises(TypeError) as e:
        x.dist(y)
    assert str(e.value) == (
        'dist received an invalid combination of arguments - got (!torch.DoubleTensor!), but '
        'expected (torch.FloatTensor other)')


def test_elementwise_max_min_and_dist_broadcast_a_smaller_self(torch):
    # out of place, self (1, 3) grows to the other's (2, 3): 0.3.1's TH broadcast both sides
    xs, ys = [[1.0, 5.0, 2.0]], [[0.0, 6.0, 1.0], [3.0, 3.0, 3.0]]
    x, y = L.FloatTensor(xs), L.FloatTensor(ys)
    mx, my = torch.tensor(xs), torch.tensor(ys)
    assert L.max(x, y).tolist() == torch.maximum(mx, my).tolist()
    assert L.min(x, y).tolist() == torch.minimum(mx, my).tolist()
    assert abs(x.dist(y) - torch.dist(mx, my).item()) < 1e-6
    v, w = Variable(x, requires_grad=True), Variable(y, requires_grad=True)
    assert v.max(w).size() == L.Size([2, 3]) and v.min(w).size() == L.Size([2, 3])
