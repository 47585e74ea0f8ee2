"""0.3 behaviours that 0.3.1's own test_torch.py relies on: creation out= types, arange's
count, linspace/logspace/unsqueeze checks, torch.Size, keepdim overloads, bitwise operators,
numpy interop, storages (from_buffer, from_file, _cdata), copies sharing memory, expand's
strides, the same-numel fallback warning, index combinations, torch.Generator."""
import copy
import warnings

import numpy as np
import pytest

import legacy_autograd as L
from legacy_autograd.autograd import Variable


def test_creation_out_takes_the_type_of_out():
    out = L.FloatTensor()
    L.set_default_tensor_type('torch.DoubleTensor')
    try:
        r = L.randn(2, 3, out=out)
        assert r is out and type(out) is L.FloatTensor and out.size() == (2, 3)
        z = L.zeros(2, out=L.LongTensor())
        assert type(z) is L.LongTensor and z.tolist() == [0, 0]
    finally:
        L.set_default_tensor_type('torch.FloatTensor')


def test_arange_out_into_a_view_keeps_its_shape():
    x = L.zeros(2, 3)
    L.arange(0, 4, out=x.narrow(1, 1, 2))
    assert x.tolist() == [[0, 0, 1], [0, 2, 3]]


def test_arange_counts_as_th():
    assert L.arange(1, 10, 0.3).size(0) == 31        # 9 / 0.3 is not a whole number of steps
    assert L.arange(0, 5).size(0) == 5
    assert L.arange(0, 5 + 1e-6).size(0) == 6
    assert L.arange(3, -1, -1).tolist() == [3, 2, 1, 0]


def test_linspace_logspace_one_point_and_unsqueeze_of_empty():
    with pytest.raises(RuntimeError, match='invalid number of points'):
        L.linspace(0, 1, 1)
    with pytest.raises(RuntimeError, match='invalid number of points'):
        L.logspace(0, 1, 1)
    assert L.linspace(2, 2, 1).tolist() == [2.0]
    assert L.logspace(0, 0, 1).tolist() == [1.0]
    with pytest.raises(RuntimeError, match='cannot unsqueeze empty tensor'):
        L.FloatTensor().unsqueeze(0)


def test_empty_views():
    e = L.FloatTensor()
    assert e.view_as(e).size() == () and e.view(0).size() == ()
    assert L.randn(()).expand(()).size() == ()


def test_size_takes_ints_only():
    assert L.Size([2, 3]) == (2, 3)
    with pytest.raises(TypeError, match=r"^torch.Size\(\) takes an iterable of 'int' "
                                        r"\(item 0 is 'float'\)$"):
        L.Size(L.ones(3))


def test_keepdim_overloads_reduce_the_last_dim():
    x = L.DoubleTensor([[3.0, 1.0, 2.0], [0.0, 5.0, 4.0]])
    v, i = L.median(x, keepdim=False)
    assert v.tolist() == [2.0, 4.0] and i.tolist() == [2, 2]
    vals, idx = L.DoubleTensor(), L.LongTensor()
    L.median(x, keepdim=True, out=(vals, idx))
    assert vals.tolist() == [[2.0], [4.0]]
    v, _ = L.kthvalue(x, 1, False)
    assert v.tolist() == [1.0, 0.0]
    v, _ = x.mode(True)
    assert v.size() == (2, 1)


def test_bitwise_operators():
    a, b = L.ByteTensor([0, 1, 1, 0]), L.ByteTensor([0, 1, 0, 1])
    assert (a & b).tolist() == [0, 1, 0, 0]
    assert (a | b).tolist() == [0, 1, 1, 1]
    assert (a ^ b).tolist() == [0, 0, 1, 1]
    assert (~a).tolist() == [1, 0, 0, 1]
    c = a.clone()
    c |= b
    assert c.tolist() == [0, 1, 1, 1]
    assert (L.LongTensor([1, 4]) << 2).tolist() == [4, 16]
    with pytest.raises(RuntimeError, match='ByteTensors only'):
        ~L.LongTensor([1])
    with pytest.raises(RuntimeError):
        L.FloatTensor([1.0]) & L.FloatTensor([1.0])


def test_numpy_ufuncs_give_tensors_and_exported_memory_stays():
    x = L.DoubleTensor([1.0, -4.0])
    r = np.abs(x)
    assert type(r) is L.DoubleTensor and r.tolist() == [1.0, 4.0]
    assert type(np.greater(x, 0)) is L.ByteTensor
    z = L.randn(2, 2)
    z.numpy()
    with pytest.raises(RuntimeError, match='not resizable'):
        z.resize_(10, 10)
    z.resize_(4)            # smaller: no reallocation, allowed


def test_storage_from_buffer_and_file(tmp_path):
    raw = bytearray([0, 1, 0, 2])
    assert L.ShortStorage.from_buffer(raw, 'big').tolist() == [1, 2]
    assert L.ShortStorage.from_buffer(raw, 'little').tolist() == [256, 512]
    path = str(tmp_path / 'mapped.bin')
    open(path, 'wb').close()
    s1 = L.DoubleStorage.from_file(path, True, 6)
    t1 = L.DoubleTensor(s1)
    t1.fill_(2.5)
    s2 = L.DoubleStorage.from_file(path, True, 6)
    assert s2.tolist() == [2.5] * 6
    private = L.DoubleStorage.from_file(path, False, 6)
    private.fill_(0)
    assert L.DoubleStorage.from_file(path, True, 6).tolist() == [2.5] * 6


def test_storage_cdata_names_the_memory():
    t2 = L.randn(3, 4)
    t1 = L.FloatTensor().set_(t2)
    assert t1.storage()._cdata == t2.storage()._cdata
    assert L.randn(3).storage()._cdata != t2.storage()._cdata


def test_copy_shares_deepcopy_keeps_sharing():
    a = L.DoubleTensor([[1.0, 2.0], [3.0, 4.0]])
    b = copy.copy(a)
    b.fill_(7)
    assert a.tolist() == [[7.0, 7.0], [7.0, 7.0]]
    a = L.DoubleTensor([[1.0, 2.0], [3.0, 4.0]])
    flat = a.view(4)
    w = copy.deepcopy([a, a.storage(), flat])
    w[0].add_(1)
    assert w[1].tolist() == [2.0, 3.0, 4.0, 5.0] and w[2].tolist() == [2.0, 3.0, 4.0, 5.0]
    assert a.tolist() == [[1.0, 2.0], [3.0, 4.0]]


def test_expand_strides_as_th():
    t = L.randn(5)
    assert t.expand(1, 1, 5).stride() == t.unsqueeze(0).unsqueeze(1).stride() == (5, 5, 1)
    assert t.expand(3, 5).stride() == (0, 1)


def _fallback_count(fn):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        fn()
    return sum('Falling back' in str(x.message) for x in w)


def test_same_numel_fallback_warns_once():
    a, b, c = L.randn(2, 3), L.randn(3, 2), L.randn(1, 6)
    assert _fallback_count(lambda: a.addcmul(1.0, b, c)) == 1
    assert _fallback_count(lambda: a.clone().masked_fill_(b > 0, 1.0)) == 1
    assert _fallback_count(lambda: a.masked_select(b > 0)) == 1
    assert _fallback_count(lambda: a.clone().map2_(b, c, lambda x, y, z: x)) == 1
    assert _fallback_count(lambda: L.zeros(5, 6).copy_(L.zeros(30))) == 1
    assert _fallback_count(lambda: L.zeros(5, 6).copy_(L.zeros(30), broadcast=False)) == 0


def test_index_combinations():
    x = L.DoubleTensor(np.arange(12.0).reshape(3, 4))
    assert x[(0, 2), ].tolist() == [[0, 1, 2, 3], [8, 9, 10, 11]]
    assert x[[(0, 1), [1, 2]]].tolist() == [1.0, 6.0]
    assert x[:, [1, 3]].tolist() == [[1, 3], [5, 7], [9, 11]]
    with pytest.raises(TypeError):
        x[0, L.LongTensor([1, 2])] = 1          # 0.3: not an advanced-indexing form
    with pytest.raises(IndexError):
        x[1, 1, (1, 1)] = 1                     # too many indices, whatever their types


def test_generator_forks_the_stream():
    g = L.Generator()
    g.set_state(L.get_rng_state())
    assert L.equal(g.get_state(), L.get_rng_state())
    want = L.rand(5)
    L.rand(100)
    assert L.equal(L.rand(5, generator=g), want)


def test_private_names_old_code_reads():
    assert L.FloatTensor in L._tensor_classes and L.FloatStorage in L._storage_classes
    assert L.sparse.FloatTensor in L.sparse._sparse_tensor_classes
    assert L.FloatTensor not in L.sparse._sparse_tensor_classes
    assert L.sparse._sparse_tensor_classes <= L._tensor_classes       # as 0.3.1 registered them
    assert Variable(L.ones(2)).masked_fill(Variable(L.ByteTensor([1, 0])), 0).data.tolist() \
        == [0, 1]


# 0.3.1's THTensor_(arange): end is dropped when the span is a whole number of steps, THEN
# THTensor_(range) checks the bounds against the step's sign (THArgCheck texts)
@pytest.mark.parametrize('args,want', [
    ((0, 1), [0.0]), ((10,), [float(i) for i in range(10)]), ((1, -1, -1), [1.0, 0.0]),
    ((1, 0, -1), [1.0]), ((0, 2, 2), [0.0]), ((0, 5, 2), [0.0, 2.0, 4.0]),
    ((0.5, 2), [0.5, 1.5]),
])
def test_arange_counts_like_th(args, want):
    assert L.arange(*args).tolist() == want


@pytest.mark.parametrize('args', [(0, 0), (3, 3), (0,), (0, 5, -1), (5, 0), (2.5, 2.5, 0.5)])
def test_arange_refuses_bounds_incoherent_with_the_step(args):
    # an empty arange too: TH drops end (fmod == 0) and then finds end < start
    with pytest.raises(RuntimeError) as info:
        L.arange(*args)
    assert str(info.value) == ('invalid argument 2: upper bound and larger bound incoherent '
                               'with step sign')


def test_arange_and_range_refuse_a_zero_step():
    for fn in (L.arange, L.range):
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            with pytest.raises(RuntimeError) as info:
                fn(0, 3, 0)
        assert str(info.value) == 'invalid argument 3: step must be a non-null number'


def test_range_includes_end_and_checks_the_sign():
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        assert L.range(0, 0).tolist() == [0.0]
        assert L.range(3, 1, -1).tolist() == [3.0, 2.0, 1.0]
        with pytest.raises(RuntimeError) as info:
            L.range(0, 5, -1)
    assert 'incoherent with step sign' in str(info.value)
