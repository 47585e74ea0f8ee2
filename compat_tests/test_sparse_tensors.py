"""torch.sparse COO tensors as 0.3.1 had them (THSTensor): construction and sharing, the
coalesced flag, the merge of two index lists, products with dense matrices, masks, and the
``torch.*`` functions that dispatch on a sparse first argument.

Values of sums and products are compared with modern torch (``to_dense()``); what modern torch
does differently (uncoalesced sums concatenate there, merge here; the coalesced flag of a new
tensor) is checked against 0.3.1's algorithm, worked out by hand in the comments.
"""
import numpy as np
import pytest

import legacy_autograd as L
from legacy_autograd.testing.comparison import assert_close

pytestmark = pytest.mark.filterwarnings('ignore:Sparse invariant checks')   # modern torch's

S = L.sparse.DoubleTensor


def sp(idx, vals, shape, cls=S):
    dense = L.DoubleTensor if cls is S else L.FloatTensor
    return cls(L.LongTensor(idx), dense(vals), L.Size(shape))


def modern(torch, x):
    """The same sparse tensor in modern torch (its indices and values, uncoalesced)."""
    return torch.sparse_coo_tensor(torch.from_numpy(x._indices().numpy().reshape(x._dimI(), -1)),
                                   torch.from_numpy(x._values().numpy()), tuple(x.size()))


def dense(x):
    return x.to_dense().numpy()


# ----------------------------------------------------------------- construction
def test_the_constructor_shares_the_index_and_value_tensors():
    i, v = L.LongTensor([[1, 3]]), L.DoubleTensor([2.0, -1.0])
    x = S(i, v, L.Size([5]))
    v[1] = 7.0
    i[0][0] = 0
    np.testing.assert_array_equal(dense(x), [2.0, 0, 0, 7.0, 0])
    x._values()[0] = 9.0                        # _values() shares the tensor's own values
    assert v[0] == 9.0


def test_size_is_inferred_from_the_largest_index():
    x = S(L.LongTensor([[0, 4], [2, 1]]), L.DoubleTensor([[1, 2], [3, 4]]))
    assert x.size() == L.Size([5, 3, 2]) and x._dimI() == 2 and x._dimV() == 1


def test_an_empty_tensor_keeps_its_sparse_dimensions_and_is_not_coalesced():
    x = S(3, 4)
    assert x._dimI() == 2 and x._dimV() == 0 and x._nnz() == 0
    assert x._indices().numel() == 0 and x._values().numel() == 0
    assert not x.is_coalesced()                 # THSTensor rawInit: coalesced = 0
    assert x.coalesce() is x and x.is_coalesced()   # fewer than 2 entries: marked, returned
    assert S(L.Size([2, 5])).size() == L.Size([2, 5]) and S().dim() == 0


def test_constructor_errors():
    with pytest.raises(RuntimeError) as e:
        S(L.LongTensor([[0, 1]]), L.DoubleTensor([1.0]), L.Size([3]))
    assert str(e.value) == 'invalid argument 1: indices and values must have same nnz'
    with pytest.raises(RuntimeError) as e:
        S(L.LongTensor([[0]]), L.DoubleTensor([1.0]), L.Size([3, 3]))
    assert str(e.value) == 'invalid argument 2: number of dimensions must be nDimI + nDimV'
    with pytest.raises(RuntimeError) as e:
        S(L.LongTensor([[0, 1]]), L.DoubleTensor())
    assert str(e.value) == 'invalid argument 2: if values is empty, indices must be empty too'
    with pytest.raises(RuntimeError) as e:
        S(L.LongTensor([[0]]), L.DoubleTensor([1.0]), L.Size([3]), foo=1)
    assert str(e.value) == "torch.DoubleTensor constructor doesn't accept any keyword arguments"
    with pytest.raises(TypeError) as e:
        S(L.LongTensor([[0]]), L.FloatTensor([1.0]))
    text = str(e.value)
    assert text.startswith('torch.sparse.DoubleTensor constructor received an invalid '
                           'combination of arguments - got (torch.LongTensor, '
                           'torch.FloatTensor), but expected one of:')
    # the options of the call's arity say which arguments did not match
    assert text.endswith(
        ' * no arguments\n * (int size)\n * (torch.Size sizes)\n'
        ' * (torch.LongTensor indices, torch.DoubleTensor values)\n'
        "      didn't match because some of the arguments have invalid types: "
        '(torch.LongTensor, !torch.FloatTensor!)\n'
        ' * (torch.LongTensor indices, torch.DoubleTensor values, torch.Size sizes)\n'
        ' * (int ...)\n'
        "      didn't match because some of the arguments have invalid types: "
        '(!torch.LongTensor!, !torch.FloatTensor!)\n')
    assert not S(2).is_cuda and S(2).is_sparse
    with pytest.raises(TypeError):
        S(L.LongTensor([[0]]), L.DoubleTensor([1.0]), [3])     # a list is not a torch.Size
    with pytest.raises(RuntimeError, match='out of bounds'):
        S(L.LongTensor([[3]]), L.DoubleTensor([1.0]), L.Size([3]))


def test_size_of_one_dimension():
    x = S(2, 5, 3)
    assert [x.size(0), x.size(1), x.size(-1), x.size(-3), x.size(dim=1)] == [2, 5, 3, 2, 5]
    assert x.shape == L.Size([2, 5, 3]) and x.dim() == x.ndimension() == 3
    for bad, text in ((3, 'dimension 4 out of range of 3D tensor'),
                      (-4, 'dimension 0 out of range of 3D tensor')):
        with pytest.raises(RuntimeError) as e:
            x.size(bad)
        assert str(e.value) == 'invalid argument 1: ' + text
    with pytest.raises(TypeError) as e:
        x.size('a')
    assert str(e.value).startswith('size received an invalid combination of arguments - '
                                   'got (str), but expected one of:\n * (int dim)\n')


def test_str_names_the_class_alone():
    x = sp([[1]], [2.5], [3])
    assert str(x) == ('DoubleTensor of size 3 with indices:\n\n 1\n'
                      '[torch.LongTensor of size 1x1]\nand values:\n\n 2.5000\n'
                      '[torch.DoubleTensor of size 1]\n')
    assert repr(S(2, 3)).startswith('DoubleTensor of size 2x3 with indices:\n')


def test_operators_0_3_1_refused_raise_not_implemented():
    x = sp([[1]], [2.5], [3])
    for op in (lambda: -x, lambda: x == x, lambda: x < x, lambda: 1 - x, lambda: x % 2,
               lambda: hash(x), lambda: x.tolist(), lambda: x.view(3)):
        with pytest.raises((NotImplementedError, TypeError)):
            op()


# ----------------------------------------------------------------- coalesce
def test_coalesce_sorts_sums_repeats_and_leaves_the_input_alone(torch):
    x = sp([[2, 0, 2, 1], [1, 0, 1, 2]], [1.0, 2.0, 3.0, 4.0], [3, 3])
    c = x.coalesce()
    assert c is not x and c.is_coalesced() and not x.is_coalesced()
    assert c._indices().tolist() == [[0, 1, 2], [0, 2, 1]]
    assert c._values().tolist() == [2.0, 4.0, 4.0]
    assert x._nnz() == 4
    ref = modern(torch, x).coalesce()
    np.testing.assert_array_equal(c._indices().numpy(), ref.indices().numpy())
    np.testing.assert_array_equal(c._values().numpy(), ref.values().numpy())
    c._values().add_(1)                          # out of place: x's values stay
    assert x._values().tolist() == [1.0, 2.0, 3.0, 4.0]


def test_hybrid_coalesce_sums_value_rows(torch):
    x = sp([[1, 0, 1]], [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], [2, 2])
    c = x.coalesce()
    assert c._indices().tolist() == [[0, 1]] and c._values().tolist() == [[3, 4], [6, 8]]
    np.testing.assert_array_equal(dense(x), modern(torch, x).to_dense().numpy())


# ----------------------------------------------------------------- sums and products
def test_sum_merges_the_two_index_lists_in_stored_order():
    # THSTensor cadd walks both lists: equal current entries share a slot; so two copies of
    # the uncoalesced [1, 2, 1] give 3 entries (not 6, not 2) and the flag stays off
    x = sp([[1, 2, 1]], [3.0, 4.0, 5.0], [3])
    z = x + x
    assert z._indices().tolist() == [[1, 2, 1]] and z._values().tolist() == [6.0, 8.0, 10.0]
    assert not z.is_coalesced()
    # coalesced operands: a sorted union, coalesced
    a = sp([[0, 2]], [1.0, 2.0], [4]).coalesce()
    b = sp([[1, 2]], [10.0, 20.0], [4]).coalesce()
    c = a.add(2, b)
    assert c._indices().tolist() == [[0, 1, 2]] and c._values().tolist() == [1.0, 20.0, 42.0]
    assert c.is_coalesced()
    # unsorted lists: the smaller current entry goes first, the other waits
    p = sp([[3, 0]], [1.0, 2.0], [4])
    q = sp([[1]], [5.0], [4])
    assert (p + q)._indices().tolist() == [[1, 3, 0]]
    assert (p + q)._values().tolist() == [5.0, 1.0, 2.0]


def test_sum_difference_and_product_values_match_modern(torch):
    rs = np.random.RandomState(3)
    for shape, n_i in (((5, 6), 2), ((4, 3, 2), 1), ((3, 3, 3), 3)):
        def rand(nnz):
            idx = np.stack([rs.randint(0, shape[d], nnz) for d in range(n_i)])
            vals = rs.randn(nnz, *shape[n_i:])
            return S(L.LongTensor(idx.tolist()), L.DoubleTensor(vals.tolist()), L.Size(shape))
        x, y = rand(7), rand(9)
        mx, my = modern(torch, x), modern(torch, y)
        # (repeats are summed in another order there: values agree to float64's tolerance)
        assert_close((x + y).to_dense(), (mx + my).to_dense())
        assert_close((x - y).to_dense(), (mx - my).to_dense())
        assert_close(x.sub(0.5, y).to_dense(), (mx - 0.5 * my).to_dense())
        assert_close((x * y).to_dense(), (mx * my).to_dense())
        assert (x * y).is_coalesced()
        assert_close((x * 2.5).to_dense(), (mx * 2.5).to_dense())
        assert_close((x / 4.0).to_dense(), (mx / 4.0).to_dense())
        assert_close((x ** 2).to_dense(), (mx.coalesce() ** 2).to_dense())
        # the in-place forms: the same values, into the receiver
        for op, ref in (('add_', x + y), ('sub_', x - y), ('mul_', x * y)):
            r = x.clone()
            assert getattr(r, op)(y) is r
            np.testing.assert_array_equal(dense(r), dense(ref))


def test_in_place_scaling_writes_into_the_shared_values():
    v = L.DoubleTensor([1.0, 2.0])
    x = S(L.LongTensor([[0, 1]]), v, L.Size([2]))
    assert x.mul_(3) is x and v.tolist() == [3.0, 6.0]
    assert x.div_(2) is x and v.tolist() == [1.5, 3.0]
    assert x.mul(2)._values().tolist() == [3.0, 6.0] and v.tolist() == [1.5, 3.0]


def test_integer_division_truncates_and_pow_needs_floats():
    x = L.sparse.LongTensor(L.LongTensor([[0, 1]]), L.LongTensor([-7, 7]), L.Size([2]))
    assert x.div(2)._values().tolist() == [-3, 3]
    with pytest.raises(RuntimeError) as e:          # the dense tensors' text
        x.div(0)
    assert str(e.value) == 'ZeroDivisionError: integer division by zero'
    with pytest.raises(AttributeError):
        x.pow(2)
    with pytest.raises(RuntimeError) as e:
        sp([[0]], [2.0], [1]).pow(0)
    assert str(e.value) == 'cannot raise to zeroth power on sparse tensor'


def test_operands_of_other_sizes_are_refused():
    a, b = sp([[0]], [1.0], [3]), sp([[0]], [1.0], [4])
    with pytest.raises(RuntimeError) as e:
        a + b
    assert str(e.value) == 'cadd operands have incompatible sizes or dimension types'
    with pytest.raises(RuntimeError) as e:
        a * b
    assert str(e.value) == 'cmul operands have incompatible sizes or dimension types'


def test_product_with_an_empty_operand_is_empty():
    a = sp([[0, 1]], [1.0, 2.0], [3])
    r = a * S(3)
    assert r._nnz() == 0 and r.size() == L.Size([3])


# ----------------------------------------------------------------- transpose
def test_transpose_swaps_index_rows_and_clears_the_flag():
    x = sp([[0, 1], [2, 0], [1, 1]], [1.0, 2.0], [2, 3, 2]).coalesce()
    t = x.transpose(0, 2)
    assert t.size() == L.Size([2, 3, 2]) and not t.is_coalesced() and x.is_coalesced()
    np.testing.assert_array_equal(dense(t), dense(x).transpose(2, 1, 0))
    assert x.transpose_(0, 1) is x and x.size() == L.Size([3, 2, 2])
    with pytest.raises(RuntimeError) as e:
        sp([[0]], [[1.0, 2.0]], [1, 2]).transpose(0, 1)
    assert str(e.value) == ('invalid argument 0: Transposed dimensions should be sparse. '
                            'Got nDimI: 1, d1: 0, d2: 1')
    m = sp([[0, 2], [1, 0]], [1.0, 2.0], [3, 2])
    np.testing.assert_array_equal(dense(m.t()), dense(m).T)
    np.testing.assert_array_equal(dense(L.t(m)), dense(m).T)
    with pytest.raises(RuntimeError) as e:
        sp([[0]], [[1.0, 2.0]], [1, 2]).t()
    assert str(e.value) == 't() expects a 2D sparse tensor, but self is 1D indices and 1D values'


# ----------------------------------------------------------------- products with dense
def _mat():
    return sp([[0, 2, 0, 2], [1, 0, 1, 3]], [1.0, 2.0, 3.0, -1.0], [3, 4])


def test_dense_products_match_modern(torch):
    m = _mat()
    d = L.DoubleTensor([[1, 2], [3, 4], [5, 6], [7, 8]])
    t = L.DoubleTensor([[1, 1], [2, 2], [3, 3]])
    mm, md, mt = modern(torch, m), torch.from_numpy(d.numpy()), torch.from_numpy(t.numpy())
    want = torch.sparse.mm(mm, md).numpy()
    for fn in (L.mm, L.spmm, L.dsmm):
        r = fn(m, d)
        assert type(r) is L.DoubleTensor
        np.testing.assert_array_equal(r.numpy(), want)
    np.testing.assert_array_equal(L.addmm(t, m, d).numpy(), torch.addmm(mt, mm, md).numpy())
    np.testing.assert_array_equal(L.addmm(0.5, t, 2.0, m, d).numpy(),
                                  torch.addmm(mt, mm, md, beta=0.5, alpha=2.0).numpy())
    np.testing.assert_array_equal(L.addmm(0, t, m, d).numpy(), want)
    np.testing.assert_array_equal(L.addmm(t, m, d, beta=0.5, alpha=2.0).numpy(),
                                  L.addmm(0.5, t, 2.0, m, d).numpy())
    for kw in ('beta', 'alpha'):
        with pytest.raises(TypeError) as e:
            L.addmm(0.5, t, 2.0, m, d, **{kw: 1.0})
        assert str(e.value) == "addmm() got multiple values for argument '%s'" % kw
    e = L.DoubleTensor(4, 3).fill_(0.5)
    np.testing.assert_array_equal(L.spadd(e, 3, m.t()).numpy(), e.numpy() + 3 * dense(m).T)
    np.testing.assert_array_equal(L.spadd(e, m.t()).numpy(), e.numpy() + dense(m).T)


def test_sparse_products_hspmm_sspmm_sspaddmm(torch):
    m = _mat()
    d = L.DoubleTensor([[1, 2], [3, 4], [5, 6], [7, 8]])
    want = dense(m) @ d.numpy()
    h = L.hspmm(m, d)
    # one index per row holding a value (rows 0 and 2), that row of the product as value
    assert h._dimI() == 1 and h._dimV() == 1 and h.size() == L.Size([3, 2])
    assert h._indices().tolist() == [[0, 2]] and h._values().tolist() == [want[0].tolist(),
                                                                            want[2].tolist()]
    assert not h.is_coalesced()
    np.testing.assert_array_equal(L.hsmm(m, d).to_dense().numpy(), want)
    np.testing.assert_array_equal(
        dense(h), torch.hspmm(modern(torch, m).coalesce(), torch.from_numpy(d.numpy()))
        .to_dense().numpy())
    s = L.smm(m, d)
    # a full row of entries per row of m holding a value: (0,0) (0,1) (2,0) (2,1)
    assert s._indices().tolist() == [[0, 0, 2, 2], [0, 1, 0, 1]] and not s.is_coalesced()
    np.testing.assert_array_equal(dense(s), want)
    np.testing.assert_array_equal(dense(L.sspmm(m, d)), want)
    t = sp([[1, 0], [1, 0]], [10.0, 20.0], [3, 2])
    r = L.saddmm(0.5, t, 2.0, m, d)
    # t's entries first (times beta), then the product's rows (times alpha)
    assert r._indices().tolist() == [[1, 0, 0, 0, 2, 2], [1, 0, 0, 1, 0, 1]]
    np.testing.assert_array_equal(dense(r), 0.5 * dense(t) + 2.0 * want)
    np.testing.assert_array_equal(dense(L.sspaddmm(t, m, d)), dense(t) + want)
    np.testing.assert_array_equal(dense(t.sspaddmm(m, d)), dense(t) + want)
    ref = torch.sspaddmm(modern(torch, t), modern(torch, m), torch.from_numpy(d.numpy()),
                         beta=0.5, alpha=2.0)
    np.testing.assert_array_equal(dense(r), ref.to_dense().numpy())


def test_product_errors():
    m = _mat()
    with pytest.raises(RuntimeError) as e:
        L.mm(m, L.DoubleTensor(5, 2).zero_())
    assert str(e.value) == 'invalid argument 3: Expected dim 0 size 4, got 5'
    with pytest.raises(RuntimeError) as e:
        L.addmm(L.DoubleTensor(2, 2).zero_(), m, L.DoubleTensor(4, 2).zero_())
    assert str(e.value) == 'invalid argument 1: Expected dim 0 size 3, got 2'
    with pytest.raises(RuntimeError) as e:
        L.hspmm(sp([[0]], [[1.0, 2.0]], [1, 2]), L.DoubleTensor(2, 2))
    assert str(e.value) == 'invalid argument 2: matrices expected, got 1D tensor'
    with pytest.raises(RuntimeError) as e:
        L.spmm(sp([[0], [0]], [[1.0, 2.0]], [1, 1, 2]), L.DoubleTensor(1, 2))
    assert str(e.value) == 'invalid argument 2: scalar values expected, got 1D values'
    with pytest.raises(RuntimeError) as e:
        L.spmm(m, L.DoubleTensor(4))
    assert str(e.value) == 'invalid argument 2: matrices expected, got 1D tensor'


def test_products_coalesce_an_uncoalesced_matrix_first():
    m = sp([[0, 0], [1, 1]], [1.0, 2.0], [1, 2])      # (0, 1) twice: 3 in all
    d = L.DoubleTensor([[1.0], [10.0]])
    assert L.mm(m, d).tolist() == [[30.0]]
    assert L.hspmm(m, d)._values().tolist() == [[30.0]]


# ----------------------------------------------------------------- torch.* dispatch
def test_torch_functions_dispatch_on_a_sparse_first_tensor():
    x = sp([[0, 2]], [1.0, 2.0], [3])
    y = sp([[2]], [5.0], [3])
    np.testing.assert_array_equal(dense(L.add(x, y)), [1.0, 0, 7.0])
    np.testing.assert_array_equal(dense(L.add(x, 2, y)), [1.0, 0, 12.0])
    np.testing.assert_array_equal(dense(L.sub(x, y)), [1.0, 0, -3.0])
    np.testing.assert_array_equal(dense(L.mul(x, y)), [0, 0, 10.0])
    np.testing.assert_array_equal(dense(L.mul(x, 3)), [3.0, 0, 6.0])
    np.testing.assert_array_equal(dense(L.div(x, 2)), [0.5, 0, 1.0])
    np.testing.assert_array_equal(dense(L.pow(x, 3)), [1.0, 0, 8.0])
    z = L.zeros_like(sp([[0, 1]], [[1.0, 2.0], [3.0, 4.0]], [2, 2]))
    assert type(z) is S and z._nnz() == 0 and z._dimI() == 1 and z._dimV() == 1
    assert z.size() == L.Size([2, 2])
    out = sp([[0, 1]], [1.0, 2.0], [4])
    assert L.zeros(2, 3, out=out) is out
    assert out.size() == L.Size([2, 3]) and out._nnz() == 0 and out._dimI() == 2
    # a dense first tensor keeps the dense function
    assert L.add(L.DoubleTensor([1.0, 2.0, 3.0]), 1, x).tolist() == [2.0, 2.0, 5.0]
    assert L.add(L.DoubleTensor([1.0]), L.DoubleTensor([2.0])).tolist() == [3.0]


def test_sparse_mask_takes_the_dense_entries_at_the_mask_indices(torch):
    d = L.DoubleTensor([[1, 2, 3], [4, 5, 6]])
    m = sp([[1, 0], [2, 1]], [9.0, 9.0], [2, 3]).coalesce()
    r = d._sparse_mask(m)
    assert type(r) is S and r.is_coalesced()
    assert r._indices().tolist() == [[0, 1], [1, 2]] and r._values().tolist() == [2.0, 6.0]
    ref = torch.from_numpy(d.numpy()).sparse_mask(modern(torch, m).coalesce())
    np.testing.assert_array_equal(r._values().numpy(), ref.values().numpy())
    with pytest.raises(RuntimeError) as e:
        d._sparse_mask(sp([[0, 0], [1, 1]], [1.0, 1.0], [2, 3]))
    assert str(e.value) == 'invalid argument 2: mask is uncoalesced'
    e = d._sparse_mask(S(2, 3).coalesce())           # an empty mask: an empty result
    assert e._nnz() == 0 and e.size() == L.Size([2, 3]) and e._dimI() == 2
    assert e._values().numel() == 0 and not e.is_coalesced()     # THS: only set when nnz > 0
    h = L.DoubleTensor([[[1, 2], [3, 4]], [[5, 6], [7, 8]]])._sparse_mask(
        sp([[1]], [[[0.0, 0.0], [0.0, 0.0]]], [2, 2, 2]).coalesce())
    assert h._dimV() == 2 and h._values().tolist() == [[[5.0, 6.0], [7.0, 8.0]]]


def test_dense_add_of_a_sparse_tensor_adds_the_coalesced_values():
    d = L.DoubleTensor([1.0, 1.0, 1.0])
    x = sp([[2, 0, 2]], [1.0, 2.0, 3.0], [3])
    assert (d + x).tolist() == [3.0, 1.0, 5.0] and d.tolist() == [1.0, 1.0, 1.0]
    assert d.add_(2, x) is d and d.tolist() == [5.0, 1.0, 9.0]
