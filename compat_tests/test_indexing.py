"""Indexing: ``__getitem__``/``__setitem__`` on tensors and Variables, gather/scatter_/scatter_add_,
index_select/index_add_/index_copy_/index_fill_, masked_fill_/masked_select/masked_scatter_,
nonzero, take/put_ and copy_.

Checked: values, views vs copies (memory sharing, ``numpy()`` aliasing, shared version counters),
index types (LongTensor / ByteTensor / lists / Variables holding them), version bumps of in-place
ops, grad_fn names (0.3: Python ``Index``/``IndexSelect``/``MaskedSelect``/``SetItem`` Functions
for ``v[...]``, ATen names for the methods), first and second order gradients against modern torch
(tests named ``*parity*``), golden printed outputs from the 0.3 docstrings, hypothesis properties
against numpy, and every error message.
"""
import json
import os

import numpy as np
import pytest
from hypothesis import given, settings, HealthCheck
from hypothesis import strategies as st

import legacy_autograd as L
from legacy_autograd import testing as T
from legacy_autograd.autograd import Variable
from legacy_autograd.ops.dispatch import LEAF_INPLACE

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, 'fixtures', 'golden_print.jsonl')) as _f:
    GOLDEN = {r['id']: r for r in (json.loads(line) for line in _f if line.strip())}

RNG = np.random.RandomState(4321)


def randn(*shape):
    return RNG.standard_normal(shape)


def golden_input(rid):
    return L.FloatTensor(GOLDEN[rid]['values'])


def check_golden(rid, result):
    assert repr(result) == GOLDEN[rid]['expected']


def var(a, requires_grad=True, dtype=np.float64):
    return Variable(L.from_numpy(np.array(a, dtype=dtype)), requires_grad=requires_grad)


def name(v):
    return v.grad_fn._legacy_name


def LT(x):
    return L.LongTensor(x)


def BT(x):
    return L.ByteTensor(x)


def tmask(torch, m):
    return torch.tensor(np.array(m, dtype=bool))


def tlong(torch, i):
    return torch.tensor(np.array(i, dtype=np.int64))


# ====================================================================== tensor __getitem__
def test_int_index_on_1d_tensor_is_a_number():
    x = L.FloatTensor([1.5, 2, 3])
    assert x[0] == 1.5 and isinstance(x[0], float)
    assert x[-1] == 3.0
    assert isinstance(L.LongTensor([4, 5])[1], int)
    m = L.FloatTensor([[1, 2], [3, 4]])
    assert m[1, 0] == 3.0 and isinstance(m[1, 0], float)
    assert m[1][0] == 3.0
    assert m[..., 1, 1] == 4.0


def test_int_index_on_nd_tensor_is_a_view():
    x = L.FloatTensor([[1, 2, 3], [4, 5, 6]])
    row = x[1]
    assert row.size() == L.Size([3]) and row.tolist() == [4, 5, 6]
    assert row._version is x._version
    row[0] = 40
    assert x[1][0] == 40
    row.numpy()[2] = 60
    assert x.numpy()[1, 2] == 60
    row.add_(1)
    assert x._version[0] == 0                 # 0.3.1: in place on a tensor bumps nothing
    xv = Variable(L.FloatTensor([[1, 2, 3], [4, 5, 6]]))
    rv = xv[1]
    rv.add_(1)                                # in place through a view of a Variable
    assert xv._version == 1 and rv._version == 1
    assert xv.data.tolist() == [[1, 2, 3], [5, 6, 7]]


def test_slices_steps_none_ellipsis_views():
    a = np.arange(24.0).reshape(2, 3, 4)
    x = L.from_numpy(a)
    for key in [slice(1, 3), (slice(None), slice(0, 3, 2)), (Ellipsis, slice(None, None, 3)),
                (None, 0), (0, None, slice(1, 2)), (slice(None), None, 1, slice(None, None, 2)),
                (Ellipsis, None), (-1, -2), (slice(-2, None), Ellipsis, 1)]:
        r = x[key]
        np.testing.assert_array_equal(r.numpy(), a[key])
        assert np.shares_memory(r.numpy(), a)
        assert r._version is x._version
    s = x[:, ::2, 1::2]
    assert s.stride() == (12, 8, 2)
    s[0][0][0] = -5
    assert a[0, 0, 1] == -5


def test_longtensor_and_list_index_copies():
    x = L.FloatTensor([[1, 2], [3, 4], [5, 6]])
    r = x[LT([2, 0, 2])]
    assert r.tolist() == [[5, 6], [1, 2], [5, 6]]
    r[0][0] = 100
    assert x[2][0] == 5
    assert r._version is not x._version
    assert x[[1, -1]].tolist() == [[3, 4], [5, 6]]
    assert x[LT([[0, 1], [1, 2]])].size() == L.Size([2, 2, 2])
    assert x[:, LT([1])].tolist() == [[2], [4], [6]]
    assert x[[0, 2], [1, 0]].tolist() == [2, 5]


def test_bytetensor_mask_index():
    x = L.FloatTensor([[1, 2, 3], [4, 5, 6]])
    m = BT([[1, 0, 1], [0, 0, 1]])
    r = x[m]
    assert r.tolist() == [1, 3, 6] and r.dim() == 1
    r[0] = 9
    assert x[0][0] == 1
    empty = x[BT([[0, 0, 0], [0, 0, 0]])]
    assert empty.dim() == 0 and empty.numel() == 0 and empty.type() == 'torch.FloatTensor'
    assert x[BT([1, 0, 1])].tolist() == [1, 3, 4, 6]    # broadcast like masked_select


def test_getitem_errors():
    x = L.FloatTensor([1, 2, 3])
    with pytest.raises(IndexError, match=r'^index 5 is out of range for dimension 0 \(of size 3\)$'):
        x[5]
    with pytest.raises(IndexError, match=r'^index -4 is out of range for dimension 0 \(of size 3\)$'):
        x[-4]
    m = L.FloatTensor(2, 3)
    with pytest.raises(IndexError, match=r'^index 3 is out of range for dimension 1 \(of size 3\)$'):
        m[0, 3]
    with pytest.raises(IndexError, match=r'^index 7 is out of range for dimension 0 \(of size 3\)$'):
        x[LT([0, 7])]
    with pytest.raises(IndexError, match=r'^index 3 is out of range for dimension 0 \(of size 3\)$'):
        x[[3]]
    with pytest.raises(IndexError, match=r'^trying to index 3 dimensions of a 2 dimensional tensor$'):
        m[0, 0, 0]
    with pytest.raises(IndexError, match=r'^index 0 is out of range for dimension 0 \(of size 0\)$'):
        L.FloatTensor()[0]
    msg = ('indexing a tensor with an object of type %s. The only supported types are integers, slices, '
           'numpy scalars and torch.LongTensor or torch.ByteTensor as the only argument.')
    for key, tname in [(1.5, 'float'), ('a', 'str'), (L.FloatTensor([0]), 'torch.FloatTensor'),
                       (Variable(LT([0])), 'Variable'), ({}, 'dict')]:
        with pytest.raises(TypeError) as e:
            x[key]
        assert str(e.value) == msg % tname
    with pytest.raises(ValueError, match='^slice step has to be greater than 0$'):
        x[::-1]
    with pytest.raises(IndexError, match='single ellipsis'):
        m[..., ...]
    with pytest.raises(RuntimeError, match=r'The size of tensor a \(3\) must match the size of tensor b '
                                           r'\(2\) at non-singleton dimension 1'):
        m[BT([[1, 0]])]


def test_iteration_uses_getitem():
    assert list(L.FloatTensor([1, 2])) == [1.0, 2.0]
    rows = list(L.FloatTensor([[1, 2], [3, 4]]))
    assert [r.tolist() for r in rows] == [[1, 2], [3, 4]]


# ====================================================================== tensor __setitem__
def test_setitem_scalar_positions_and_version():
    x = L.FloatTensor([[1, 2, 3], [4, 5, 6]])
    v = x._version[0]
    x[0] = 7
    assert x.tolist() == [[7, 7, 7], [4, 5, 6]]
    x[:, 1] = 0
    assert x.tolist() == [[7, 0, 7], [4, 0, 6]]
    x[1, 2] = -1
    x[BT([[1, 0, 0], [0, 0, 1]])] = 9
    assert x.tolist() == [[9, 0, 7], [4, 0, 9]]
    x[LT([1])] = 3
    assert x.tolist() == [[9, 0, 7], [3, 3, 3]]
    x[[0]] = 1
    assert x[0].tolist() == [1, 1, 1]
    assert x._version[0] == v                 # 0.3.1: tensors have no version counter
    i = L.LongTensor([0, 0])
    i[0] = 2.9
    i[1] = -2.9
    assert i.tolist() == [2, -2]


def test_setitem_tensor_values():
    x = L.zeros(3, 4)
    # 0.3.1's setValue copied into a basic index's region without broadcasting
    # (THPCopy(..., broadcast=false)): another element count is TH's copy error
    with pytest.raises(RuntimeError) as e:
        x[:, 1:3] = L.FloatTensor([1, 2])
    assert str(e.value) == ('inconsistent tensor size, expected tensor [3 x 2] and src [2] to '
                            'have the same number of elements, but got 6 and 2 elements '
                            'respectively')
    with pytest.raises(RuntimeError) as e:
        Variable(x)[0] = Variable(L.FloatTensor([1]))
    assert str(e.value) == ('inconsistent tensor size, expected tensor [4] and src [1] to have '
                            'the same number of elements, but got 4 and 1 elements respectively')
    x[:, 1:3] = L.FloatTensor([1, 2, 1, 2, 1, 2])     # as many elements: copied in order
    assert x.tolist() == [[0, 1, 2, 0]] * 3
    x[0] = L.FloatTensor([[5, 6], [7, 8]])            # same number of elements (0.3 copy_)
    assert x[0].tolist() == [5, 6, 7, 8]
    x[1] = L.DoubleTensor([1, 1, 1, 1])               # converted like copy_
    assert x[1].tolist() == [1, 1, 1, 1]
    x[BT([[0, 0, 0, 0], [0, 0, 0, 0], [1, 0, 0, 1]])] = L.FloatTensor([10, 20, 30])   # masked copy
    assert x[2].tolist() == [10, 1, 2, 20]
    x[LT([0, 2])] = L.FloatTensor([[-1, -1, -1, -1], [-2, -2, -2, -2]])
    assert x[2].tolist() == [-2, -2, -2, -2]


def test_setitem_errors():
    x = L.FloatTensor(2, 3)
    with pytest.raises(RuntimeError, match=r'^inconsistent tensor size, expected tensor \[3\] and src \[2\] '
                                           r'to have the same number of elements, but got 3 and 2 elements '
                                           r'respectively$'):
        x[0] = L.FloatTensor([1, 2])
    with pytest.raises(IndexError, match=r'^index 2 is out of range for dimension 0 \(of size 2\)$'):
        x[2] = 1
    with pytest.raises(TypeError, match=r"^can't assign str to a torch.FloatTensor"):
        x[0] = 'a'
    with pytest.raises(TypeError, match=r"^can't assign Variable to a torch.FloatTensor"):
        x[0] = var([1.0, 2.0, 3.0])
    with pytest.raises(RuntimeError, match=r'^Number of elements of src < number of ones in mask$'):
        x[BT([[1, 1, 1], [1, 0, 0]])] = L.FloatTensor([1, 2])
    with pytest.raises(RuntimeError, match=r'The expanded size of the tensor \(3\) must match the existing '
                                           r'size \(2\) at non-singleton dimension 1'):
        x[BT([[1, 0]])] = 1


# ====================================================================== Variable __getitem__
def test_variable_getitem_always_variable_and_names():
    v = var([1.0, 2.0, 3.0])
    y = v[0]
    assert isinstance(y, Variable) and y.size() == L.Size([1])
    assert repr(y.grad_fn).startswith('<torch.autograd.function.IndexBackward object at 0x')
    assert name(v[1:3]) == 'torch.autograd.function.IndexBackward'
    assert name(v[LT([0, 2])]) == 'torch.autograd.function.IndexSelectBackward'
    assert name(v[Variable(LT([0, 2]))]) == 'torch.autograd.function.IndexSelectBackward'
    assert name(v[[0, 2]]) == 'torch.autograd.function.IndexBackward'
    assert name(v[BT([1, 0, 1])]) == 'torch.autograd.function.MaskedSelectBackward'
    assert name(v[Variable(BT([1, 0, 1]))]) == 'torch.autograd.function.MaskedSelectBackward'
    m = var(randn(2, 3))
    assert m[1, 2].size() == L.Size([1])
    assert m[1].size() == L.Size([3])
    assert v.data[0] == 1.0
    # views share the version counter, advanced indexing copies
    assert m[0]._data._version is m._data._version
    assert m[[0]]._data._version is not m._data._version
    assert var([5.0], requires_grad=False)[0].grad_fn is None


def test_variable_getitem_volatile():
    v = Variable(L.FloatTensor([1, 2]), volatile=True)
    assert v[0].volatile and v[0].grad_fn is None


def test_variable_getitem_parity_basic():
    T.assert_parity(lambda a: a[1], lambda a: a[1:2], randn(4), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a: a[1], lambda a: a[1], randn(3, 4), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a: a[1, 2], lambda a: a[1, 2:3], randn(3, 4), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a: a[:, 1:4:2], lambda a: a[:, 1:4:2], randn(3, 5), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a: a[None, ..., -1], lambda a: a[None, ..., -1], randn(2, 3, 4), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a: a[-2:, None, 0], lambda a: a[-2:, None, 0], randn(3, 4), dtype=np.float64, gradgrad=True)


def test_variable_getitem_parity_advanced():
    torch = pytest.importorskip('torch')
    T.assert_parity(lambda a: a[LT([2, 0, 2])], lambda a: a[tlong(torch, [2, 0, 2])], randn(3, 2), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a: a[[1, 1, 0]], lambda a: a[[1, 1, 0]], randn(3, 2), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a: a[:, LT([1, 1])], lambda a: a[:, tlong(torch, [1, 1])], randn(3, 2), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a: a[[0, 2], [1, 0]], lambda a: a[[0, 2], [1, 0]], randn(3, 2), dtype=np.float64, gradgrad=True)
    m = [[1, 0, 1], [0, 1, 1]]
    T.assert_parity(lambda a: a[BT(m)], lambda a: a[tmask(torch, m)], randn(2, 3), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a: a[BT([0, 1, 1])], lambda a: torch.masked_select(a, tmask(torch, [0, 1, 1])), randn(2, 3), dtype=np.float64, gradgrad=True)


# ====================================================================== Variable __setitem__
def test_variable_setitem_graph_and_version():
    x = var(randn(3, 4))
    y = x * 2
    v0 = y._version
    y[0] = 5
    assert y._version == v0 + 1
    assert name(y) == 'torch.autograd.function.SetItemBackward'
    assert repr(y.grad_fn).startswith('<torch.autograd.function.SetItemBackward object at 0x')
    y.sum().backward()
    expected = np.full((3, 4), 2.0)
    expected[0] = 0
    np.testing.assert_array_equal(x.grad.data.numpy(), expected)


def test_variable_setitem_refused_on_leaf():
    x = var(randn(3))
    with pytest.raises(RuntimeError) as e:
        x[0] = 1
    assert str(e.value) == LEAF_INPLACE
    with pytest.raises(RuntimeError, match='^' + LEAF_INPLACE.replace('.', r'\.') + '$'):
        x[Variable(BT([1, 0, 0]))] = 0
    plain = var(randn(3), requires_grad=False)
    plain[0] = 7
    assert plain.data[0] == 7 and plain.grad_fn is None


def test_variable_setitem_modified_saved_value():
    x = var(randn(3))
    y = x * 1
    z = y * y
    y[0] = 0
    with pytest.raises(RuntimeError, match='^one of the variables needed for gradient computation has been '
                                           'modified by an inplace operation$'):
        z.sum().backward()


def test_variable_setitem_mask_variable_key_names():
    x = var(randn(2, 3))
    y = x + 0
    y[Variable(BT([[1, 0, 0], [0, 0, 1]]))] = 0
    assert name(y) == 'torch.autograd.function.MaskedFillBackward'
    w = var(randn(2))
    y[Variable(BT([[0, 1, 0], [0, 1, 0]]))] = w
    assert name(y) == 'torch.autograd.function.MaskedScatterBackward'
    y.sum().backward()
    np.testing.assert_array_equal(x.grad.data.numpy(), [[0, 0, 1], [1, 0, 0]])
    np.testing.assert_array_equal(w.grad.data.numpy(), [1, 1])
    z = x + 0
    z[BT([[1, 0, 0], [0, 0, 0]])] = 3          # a plain ByteTensor key goes through SetItem (0.3)
    assert name(z) == 'torch.autograd.function.SetItemBackward'


def test_variable_setitem_parity():
    torch = pytest.importorskip('torch')

    def leg(a, b):
        y = a * 1
        y[1:, 0] = b
        return y * a

    def mod(a, b):
        y = a * 1
        y[1:, 0] = b
        return y * a
    T.assert_parity(leg, mod, randn(3, 2), randn(2), dtype=np.float64, gradgrad=True)

    def leg2(a, b):
        y = a * 1
        y[0] = b
        return y

    def mod2(a, b):
        y = a * 1
        y[0] = b.reshape(3)
        return y
    # (a value of as many elements, another shape: 0.3.1 copied it without broadcasting)
    T.assert_parity(leg2, mod2, randn(2, 3), randn(3, 1), dtype=np.float64, gradgrad=True)

    def leg3(a, b):
        y = a * 1
        y[LT([2, 0])] = b
        return y

    def mod3(a, b):
        y = a * 1
        y[tlong(torch, [2, 0])] = b
        return y
    T.assert_parity(leg3, mod3, randn(3, 2), randn(2, 2), dtype=np.float64, gradgrad=True)

    def leg4(a):
        y = a * 1
        y[BT([[1, 0], [0, 1]])] = 2.5
        return y * a

    def mod4(a):
        y = a * 1
        y[tmask(torch, [[1, 0], [0, 1]])] = 2.5
        return y * a
    T.assert_parity(leg4, mod4, randn(2, 2), dtype=np.float64, gradgrad=True)


def test_variable_setitem_same_numel_value_grad():
    x = var(randn(2, 4))
    w = var(randn(2, 2))
    y = x + 0
    y[1] = w
    (y * var(np.arange(8.0).reshape(2, 4), False)).sum().backward()
    np.testing.assert_array_equal(w.grad.data.numpy(), [[4, 5], [6, 7]])


def test_variable_setitem_type_mismatch():
    y = var(randn(3)) * 1
    with pytest.raises(RuntimeError, match=r"Expected object of type Variable\[torch.DoubleTensor\] but found "
                                           r"type Variable\[torch.FloatTensor\] for argument #1 'value'"):
        y[0] = Variable(L.FloatTensor([1]))


# ====================================================================== gather / scatter
def test_gather_golden_and_values():
    t = L.Tensor([[1, 2], [3, 4]])
    check_golden('torch_docs_1484', L.gather(t, 1, LT([[0, 0], [1, 0]])))
    assert t.gather(0, LT([[1, 0]])).tolist() == [[3, 2]]
    assert t.gather(1, LT([[1], [0]])).tolist() == [[2], [3]]
    out = L.FloatTensor()
    assert L.gather(t, 1, LT([[1, 1], [0, 0]]), out=out) is out


def test_gather_errors():
    t = L.Tensor([[1, 2], [3, 4]])
    with pytest.raises(RuntimeError, match='^Invalid index in gather$'):
        t.gather(1, LT([[0, 2], [0, 0]]))
    with pytest.raises(RuntimeError, match='Index tensor must have same dimensions as input tensor'):
        t.gather(1, LT([0, 1]))
    with pytest.raises(TypeError) as e:
        t.gather(1, L.FloatTensor([[0, 0], [0, 0]]))
    # one option: named on the first line, the mismatch marked there (0.3.1's
    # format_invalid_args)
    assert str(e.value) == ('gather received an invalid combination of arguments - got (int, '
                            '!torch.FloatTensor!), but expected (int dim, torch.LongTensor index)')
    with pytest.raises(RuntimeError, match=r"^Expected object of type Variable\[torch.LongTensor\] but found "
                                           r"type Variable\[torch.FloatTensor\] for argument #2 'index'$"):
        Variable(t).gather(1, Variable(L.FloatTensor([[0, 0], [0, 0]])))


def test_gather_parity():
    torch = pytest.importorskip('torch')
    idx = [[0, 0, 2], [1, 1, 1]]
    assert name(var(randn(2, 3)).gather(1, Variable(LT(idx)))) == 'GatherBackward'
    T.assert_parity(lambda a: a.gather(1, Variable(LT(idx))), lambda a: a.gather(1, tlong(torch, idx)), randn(2, 3), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a: L.gather(a, 0, LT([[1, 0]])), lambda a: torch.gather(a, 0, tlong(torch, [[1, 0]])),
           randn(2, 3), dtype=np.float64, gradgrad=True)


def test_scatter_golden_and_values():
    x = golden_input('tensor_docs_1307')
    r = L.zeros(3, 5).scatter_(0, LT([[0, 1, 2, 0, 0], [2, 0, 0, 1, 2]]), x)
    check_golden('tensor_docs_1314', r)
    z = L.zeros(2, 4).scatter_(1, LT([[2], [3]]), 1.23)
    assert repr(z) == GOLDEN['tensor_docs_1321']['expected']
    base = L.zeros(2, 3)
    v0 = base._version[0]
    assert base.scatter_(1, LT([[1], [2]]), 5) is base and base._version[0] == v0   # no counter
    s = L.zeros(2, 3)
    assert s.scatter_add_(1, LT([[1, 1], [0, 2]]), L.ones(2, 2)).tolist() == [[0, 2, 0], [1, 0, 1]]
    # the out-of-place forms are Variable methods only (0.3.1's tensors had scatter_ alone)
    orig = Variable(L.zeros(2))
    copy = orig.scatter(0, Variable(LT([1])), 3)
    assert orig.data.tolist() == [0, 0] and copy.data.tolist() == [0, 3]
    assert orig.scatter_add(0, Variable(LT([1, 1])), Variable(L.ones(2))).data.tolist() == [0, 2]
    for name in ('scatter', 'scatter_add', 'index_add', 'index_copy', 'index_fill'):
        with pytest.raises(AttributeError,
                           match="^'FloatTensor' object has no attribute '%s'$" % name):
            getattr(L.zeros(2), name)
        assert not hasattr(L, name)


def test_scatter_errors():
    z = L.zeros(2, 3)
    with pytest.raises(RuntimeError, match='^Invalid index in scatter$'):
        z.scatter_(1, LT([[3]]), 1)
    with pytest.raises(RuntimeError, match='^Invalid index in scatterAdd$'):
        z.scatter_add_(0, LT([[2, 0, 0]]), L.ones(1, 3))
    with pytest.raises(RuntimeError, match='Index tensor must have same dimensions as output tensor'):
        z.scatter_(1, LT([1]), 1)
    with pytest.raises(TypeError, match='scatter_ received an invalid combination of arguments'):
        z.scatter_(1, L.ByteTensor([[1]]), 1)


def test_scatter_parity():
    torch = pytest.importorskip('torch')
    idx = [[0, 1, 2], [2, 0, 1]]

    def leg(a, s):
        return (a * 1).scatter_(0, Variable(LT(idx)), s) * a

    def mod(a, s):
        return (a * 1).scatter_(0, tlong(torch, idx), s) * a
    T.assert_parity(leg, mod, randn(3, 3), randn(2, 3), dtype=np.float64, gradgrad=True)
    y = var(randn(3, 3)) * 1
    assert name(y.scatter_(0, LT(idx), var(randn(2, 3)))) == 'ScatterBackward0'
    assert name((var(randn(3, 3)) * 1).scatter_(0, LT(idx), 2.0)) == 'ScatterBackward1'
    T.assert_parity(lambda a: (a * 1).scatter_(1, LT([[0], [1]]), 2.0) * a,
           lambda a: (a * 1).scatter_(1, tlong(torch, [[0], [1]]), 2.0) * a, randn(2, 3), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a, s: a.scatter_add(0, LT(idx), s) * a,
           lambda a, s: a.scatter_add(0, tlong(torch, idx), s) * a, randn(3, 3), randn(2, 3), dtype=np.float64, gradgrad=True)
    assert name(var(randn(3, 3)).scatter_add(0, LT(idx), var(randn(2, 3)))) == 'ScatterAddBackward'
    # out-of-place Variable forms are clone + in-place, like 0.3
    r = var(randn(3, 3)).scatter(0, LT(idx), 1.0)
    assert r.grad_fn.next_functions[0][0]._legacy_name == 'CloneBackward'


def test_scatter_source_larger_than_index():
    # 0.3 allowed a source larger than the index (only the index-shaped corner is used); modern
    # torch computes the values but its backward rejects the shape, so the gradient is checked by hand
    a = var(randn(2, 3))
    s = var(randn(2, 3))
    y = a.scatter(1, LT([[1, 0]]), s)
    expected = a.data.numpy().copy()
    expected[0, 1] = s.data.numpy()[0, 0]
    expected[0, 0] = s.data.numpy()[0, 1]
    np.testing.assert_array_equal(y.data.numpy(), expected)
    (y * var(np.arange(6.0).reshape(2, 3), False)).sum().backward()
    np.testing.assert_array_equal(s.grad.data.numpy(), [[1, 0, 0], [0, 0, 0]])
    np.testing.assert_array_equal(a.grad.data.numpy(), [[0, 0, 2], [3, 4, 5]])
    s2 = var(s.data.numpy())
    y = a.scatter(1, LT([[1, 0]]), s2)
    g, = L.autograd.grad((y * y).sum(), [s2], create_graph=True)
    g.sum().backward()
    np.testing.assert_array_equal(s2.grad.data.numpy(), [[2, 2, 0], [0, 0, 0]])


# ====================================================================== index_select / index_*_
def test_index_select_golden():
    x = golden_input('torch_docs_1762')
    indices = LT([0, 2])
    check_golden('torch_docs_1769', L.index_select(x, 0, indices))
    check_golden('torch_docs_1776', L.index_select(x, 1, indices))
    r = x.index_select(0, indices)
    r[0][0] = 100
    assert x[0][0] != 100


def test_index_select_errors():
    x = L.FloatTensor(3, 4)
    with pytest.raises(RuntimeError, match='^invalid argument 3: index out of range$'):
        x.index_select(0, LT([3]))
    with pytest.raises(RuntimeError, match='^invalid argument 3: index out of range$'):
        x.index_select(1, LT([-1]))
    with pytest.raises(RuntimeError, match='^invalid argument 3: Index is supposed to be a vector$'):
        x.index_select(0, LT([[0]]))
    with pytest.raises(TypeError) as e:
        x.index_select(0, L.IntTensor([0]))
    assert str(e.value) == ('index_select received an invalid combination of arguments - got (int, '
                            '!torch.IntTensor!), but expected (int dim, torch.LongTensor index)')
    with pytest.raises(RuntimeError, match=r'dimension out of range'):
        x.index_select(2, LT([0]))


def test_index_select_parity():
    torch = pytest.importorskip('torch')
    v = var(randn(3, 4))
    assert name(v.index_select(1, Variable(LT([0, 0])))) == 'IndexSelectBackward'
    T.assert_parity(lambda a: a.index_select(1, Variable(LT([3, 0, 3]))),
           lambda a: a.index_select(1, tlong(torch, [3, 0, 3])), randn(3, 4), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a: L.index_select(a, 0, LT([2])), lambda a: torch.index_select(a, 0, tlong(torch, [2])),
           randn(3, 4), dtype=np.float64, gradgrad=True)


def test_index_add_copy_fill_values():
    x = L.ones(5, 3)
    v0 = x._version[0]
    t = L.Tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
    assert x.index_add_(0, LT([0, 4, 2]), t) is x
    assert x.tolist() == [[2, 3, 4], [1, 1, 1], [8, 9, 10], [1, 1, 1], [5, 6, 7]]
    assert x._version[0] == v0                # a tensor: no counter in 0.3.1
    xv = Variable(L.ones(5, 3))
    assert xv.index_add_(0, Variable(LT([0, 4, 2])), Variable(t)) is xv and xv._version == 1
    y = L.zeros(2, 3)
    y.index_add_(1, LT([1, 1]), L.ones(2, 2))
    assert y.tolist() == [[0, 2, 0], [0, 2, 0]]
    z = L.zeros(3, 2)
    z.index_copy_(0, LT([2, 0]), L.Tensor([[1, 2], [3, 4]]))
    assert z.tolist() == [[3, 4], [0, 0], [1, 2]]
    z.index_fill_(1, LT([0]), -1)
    assert z.tolist() == [[-1, 4], [-1, 0], [-1, 2]]
    w = Variable(L.zeros(2))                  # the out-of-place forms: Variables only
    one, i0 = Variable(L.ones(1)), Variable(LT([0]))
    assert w.index_add(0, Variable(LT([1])), one).data.tolist() == [0, 1]
    assert w.data.tolist() == [0, 0]
    assert w.index_copy(0, i0, one).data.tolist() == [1, 0]
    assert w.index_fill(0, Variable(LT([0, 1])), 2).data.tolist() == [2, 2]


def test_index_ops_errors():
    x = L.zeros(3, 2)
    with pytest.raises(RuntimeError, match='^invalid argument 3: index out of range$'):
        x.index_add_(0, LT([3]), L.ones(1, 2))
    with pytest.raises(RuntimeError, match='Number of indices should be equal to source:size'):
        x.index_copy_(0, LT([0, 1]), L.ones(1, 2))
    with pytest.raises(RuntimeError, match='must have same slice shapes'):
        x.index_add_(0, LT([0]), L.ones(1, 3))
    with pytest.raises(TypeError, match='^index_add_ received an invalid combination of arguments'):
        x.index_add_(0, LT([0]), L.DoubleTensor(1, 2))
    with pytest.raises(TypeError, match='^index_fill_ received an invalid combination of arguments'):
        x.index_fill_(0, [0], 1)


def test_index_ops_parity_and_names():
    torch = pytest.importorskip('torch')
    idx = [2, 0]
    assert name((var(randn(3, 2)) * 1).index_add_(0, LT(idx), var(randn(2, 2)))) == 'IndexAddBackward'
    assert name((var(randn(3, 2)) * 1).index_copy_(0, LT(idx), var(randn(2, 2)))) == 'IndexCopyBackward'
    assert name((var(randn(3, 2)) * 1).index_fill_(0, LT(idx), 1)) == 'IndexFillBackward'
    T.assert_parity(lambda a, s: a.index_add(0, Variable(LT(idx)), s) * a,
           lambda a, s: a.index_add(0, tlong(torch, idx), s) * a, randn(3, 2), randn(2, 2), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a, s: a.index_copy(1, LT([1]), s) * a,
           lambda a, s: a.index_copy(1, tlong(torch, [1]), s) * a, randn(3, 2), randn(3, 1), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a: a.index_fill(1, LT([0]), 3.0) * a,
           lambda a: a.index_fill(1, tlong(torch, [0]), 3.0) * a, randn(3, 2), dtype=np.float64, gradgrad=True)


# ====================================================================== masked ops
def test_masked_select_golden():
    x = golden_input('torch_docs_2183')
    mask = L.ByteTensor(GOLDEN['torch_docs_2191']['values'])
    assert repr(mask) == GOLDEN['torch_docs_2191']['expected']
    check_golden('torch_docs_2202', L.masked_select(x, mask))
    check_golden('torch_docs_2202', x.masked_select(mask))
    assert x.masked_select(BT([[0] * 4] * 3)).numel() == 0


def test_masked_fill_and_scatter_values():
    x = L.FloatTensor([[1, 2, 3], [4, 5, 6]])
    v0 = x._version[0]
    assert x.masked_fill_(BT([[1, 0, 0], [0, 1, 0]]), -1) is x
    assert x.tolist() == [[-1, 2, 3], [4, -1, 6]]
    x.masked_fill_(BT([1, 0, 1]), 0)                  # broadcast mask
    assert x.tolist() == [[0, 2, 0], [0, -1, 0]]
    assert x._version[0] == v0                # a tensor: no counter in 0.3.1
    xv = Variable(L.FloatTensor([[1, 2, 3], [4, 5, 6]]))
    xv.masked_fill_(Variable(BT([[1, 0, 0], [0, 1, 0]])), -1)
    xv.masked_fill_(Variable(BT([1, 0, 1])), 0)
    assert xv.data.tolist() == [[0, 2, 0], [0, -1, 0]] and xv._version == 2
    y = L.zeros(2, 3)
    y.masked_scatter_(BT([[0, 1, 1], [1, 0, 0]]), L.FloatTensor([[7, 8], [9, 10]]))
    assert y.tolist() == [[0, 7, 8], [9, 0, 0]]
    z = Variable(L.zeros(2))         # 0.3: the out-of-place forms are Variable methods only
    assert z.masked_fill(Variable(BT([0, 1])), 3).data.tolist() == [0, 3]
    assert z.data.tolist() == [0, 0]
    assert z.masked_scatter(Variable(BT([1, 1])), Variable(L.FloatTensor([4, 5]))).data.tolist() \
        == [4, 5]
    assert not hasattr(L.zeros(2), 'masked_fill') and not hasattr(L.zeros(2), 'masked_scatter')


def test_masked_errors():
    x = L.FloatTensor(2, 3)
    with pytest.raises(TypeError) as e:
        x.masked_fill_(L.FloatTensor([[1, 0, 0], [0, 0, 0]]), 1)
    assert str(e.value) == ('masked_fill_ received an invalid combination of arguments - got '
                            '(!torch.FloatTensor!, int), but expected (torch.ByteTensor mask, '
                            'float value)')
    with pytest.raises(RuntimeError, match=r'The expanded size of the tensor \(3\) must match the existing '
                                           r'size \(2\) at non-singleton dimension 1'):
        x.masked_fill_(BT([1, 0]), 1)
    with pytest.raises(RuntimeError, match=r'The size of tensor a \(3\) must match the size of tensor b '
                                           r'\(4\) at non-singleton dimension 1'):
        x.masked_select(BT([1, 0, 0, 1]))
    with pytest.raises(RuntimeError, match='^Number of elements of src < number of ones in mask$'):
        x.masked_scatter_(BT([[1, 1, 1], [0, 0, 0]]), L.FloatTensor([1, 2]))
    with pytest.raises(RuntimeError, match=r"^Expected object of type Variable\[torch.ByteTensor\] but found "
                                           r"type Variable\[torch.LongTensor\] for argument #1 'mask'$"):
        Variable(x).masked_select(Variable(L.LongTensor([[1, 0, 0], [0, 0, 0]])))


def test_masked_parity_and_names():
    torch = pytest.importorskip('torch')
    m = [[1, 0, 1], [0, 0, 1]]
    assert name((var(randn(2, 3)) * 1).masked_fill_(Variable(BT(m)), 0)) == 'MaskedFillBackward'
    assert name(var(randn(2, 3)).masked_select(BT(m))) == 'MaskedSelectBackward'
    assert name((var(randn(2, 3)) * 1).masked_scatter_(BT(m), var(randn(3)))) == 'MaskedScatterBackward'
    T.assert_parity(lambda a: a.masked_select(Variable(BT(m))), lambda a: a.masked_select(tmask(torch, m)), randn(2, 3), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a: L.masked_select(a, BT([1, 0, 1])), lambda a: torch.masked_select(a, tmask(torch, [1, 0, 1])),
           randn(2, 3), dtype=np.float64, gradgrad=True)
    big = [[1, 0, 1], [1, 1, 0]]          # the mask broadcasts the input: gradients are summed back
    T.assert_parity(lambda a: a.masked_select(BT(big)), lambda a: torch.masked_select(a, tmask(torch, big)), randn(3), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a: a.masked_fill(BT(m), 2.0) * a, lambda a: a.masked_fill(tmask(torch, m), 2.0) * a, randn(2, 3), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a, s: a.masked_scatter(BT(m), s) * a,
           lambda a, s: a.masked_scatter(tmask(torch, m), s) * a, randn(2, 3), randn(2, 2), dtype=np.float64, gradgrad=True)


# ====================================================================== nonzero / take / put_
def test_nonzero_golden():
    check_golden('torch_docs_2907', L.nonzero(L.Tensor([1, 1, 1, 0, 1])))
    check_golden('torch_docs_2918', L.nonzero(L.Tensor([[0.6, 0.0, 0.0, 0.0],
                                                        [0.0, 0.4, 0.0, 0.0],
                                                        [0.0, 0.0, 1.2, 0.0],
                                                        [0.0, 0.0, 0.0, -0.4]])))
    e = L.nonzero(L.zeros(3))
    assert e.type() == 'torch.LongTensor' and e.numel() == 0 and e.dim() == 0
    assert L.FloatTensor().nonzero().numel() == 0
    nv = var([0.0, 2.0]).nonzero()
    assert isinstance(nv, Variable) and not nv.requires_grad and nv.data.tolist() == [[1]]


def test_take_put_golden():
    src = L.Tensor([[4, 3, 5], [6, 7, 8]])
    check_golden('torch_docs_4436', L.take(src, LT([0, 2, 5])))
    assert src.take(LT([[-1, 0]])).tolist() == [[8, 4]]
    v0 = src._version[0]
    r = src.put_(LT([1, 3]), L.Tensor([9, 10]))
    assert r is src and src._version[0] == v0      # a tensor: no counter in 0.3.1
    check_golden('tensor_docs_1159', src)
    src.put_(LT([0, 0]), L.Tensor([1, 1]), accumulate=True)
    assert src[0][0] == 6


def test_take_put_errors():
    src = L.Tensor([[4, 3, 5], [6, 7, 8]])
    with pytest.raises(RuntimeError, match='^invalid argument 2: out of range: 6 out of 6$'):
        src.take(LT([6]))
    with pytest.raises(RuntimeError, match='out of range: -7 out of 6'):
        src.put_(LT([-7]), L.Tensor([1]))
    with pytest.raises(RuntimeError, match='same number of elements as index'):
        src.put_(LT([0, 1]), L.Tensor([1]))


def test_take_put_parity_and_names():
    torch = pytest.importorskip('torch')
    assert name(var(randn(2, 3)).take(LT([0]))) == 'TakeBackward'
    T.assert_parity(lambda a: a.take(Variable(LT([[5, 0], [0, -2]]))), lambda a: a.take(tlong(torch, [[5, 0], [0, 4]])),
           randn(2, 3), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a, s: (a * 1).put_(LT([4, 1]), s) * a, lambda a, s: (a * 1).put_(tlong(torch, [4, 1]), s) * a,
           randn(2, 3), randn(2), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a, s: (a * 1).put_(LT([1, 1]), s, accumulate=True) * a,
           lambda a, s: (a * 1).put_(tlong(torch, [1, 1]), s, accumulate=True) * a, randn(2, 3), randn(2), dtype=np.float64, gradgrad=True)


# ====================================================================== copy_
def test_copy_tensor():
    x = L.FloatTensor(2, 3)
    v0 = x._version[0]
    assert x.copy_(L.LongTensor([[1, 2, 3], [4, 5, 6]])) is x
    assert x.tolist() == [[1, 2, 3], [4, 5, 6]] and x.type() == 'torch.FloatTensor'
    assert x._version[0] == v0                # a tensor: no counter in 0.3.1
    xv = Variable(L.FloatTensor(2, 3))
    assert xv.copy_(Variable(L.FloatTensor([[1, 2, 3], [4, 5, 6]]))) is xv and xv._version == 1
    x.copy_(L.DoubleTensor([1, 2, 3, 4, 5, 6]))          # same numel, other shape
    assert x.tolist() == [[1, 2, 3], [4, 5, 6]]
    x.copy_(L.FloatTensor([7, 8, 9]))                     # broadcast
    assert x.tolist() == [[7, 8, 9], [7, 8, 9]]
    i = L.ByteTensor(2)
    i.copy_(L.FloatTensor([1.7, 300]))
    assert i.tolist()[0] == 1
    x[0].copy_(L.FloatTensor([0, 0, 0]))                  # into a view
    assert x.tolist() == [[0, 0, 0], [7, 8, 9]]
    with pytest.raises(RuntimeError, match=r'^inconsistent tensor size, expected tensor \[2 x 3\] and src '
                                           r'\[4\] to have the same number of elements, but got 6 and 4 '
                                           r'elements respectively$'):
        x.copy_(L.FloatTensor(4))


def test_copy_variable():
    torch = pytest.importorskip('torch')
    a = var(randn(2, 3))
    y = a * 2
    src = Variable(L.FloatTensor([[1, 2, 3], [4, 5, 6]]), requires_grad=True)
    y.copy_(src)
    assert name(y) == 'CopyBackwards'
    assert y.data.type() == 'torch.DoubleTensor'
    (y * var(np.arange(6.0).reshape(2, 3), False)).sum().backward()
    assert src.grad.data.type() == 'torch.FloatTensor'
    np.testing.assert_array_equal(src.grad.data.numpy(), np.arange(6.0).reshape(2, 3))
    np.testing.assert_array_equal(a.grad.data.numpy(), np.zeros((2, 3)))
    with pytest.raises(RuntimeError, match=LEAF_INPLACE.replace('.', r'\.')):
        a.copy_(src)
    T.assert_parity(lambda p, q: (p * 1).copy_(q) * p, lambda p, q: (p * 1).copy_(q) * p, randn(2, 3), randn(3), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda p, q: (p * 1).copy_(q), lambda p, q: (p * 1).copy_(q.view(2, 3)), randn(2, 3), randn(6), dtype=np.float64, gradgrad=True)


# ====================================================================== double backward helpers
def test_double_backward_through_index_put_zeros():
    # the gradient of x[key] is itself recorded (create_graph) and differentiable again
    x = var(randn(3, 4))
    y = x[1:, ::2]
    g, = L.autograd.grad((y * y).sum(), [x], create_graph=True)
    assert g.requires_grad
    (g * g).sum().backward()
    expected = np.zeros((3, 4))
    expected[1:, ::2] = 8 * x.data.numpy()[1:, ::2]
    np.testing.assert_allclose(x.grad.data.numpy(), expected)


# ====================================================================== hypothesis
def _basic_key(draw, shape):
    key = []
    for size in shape:
        kind = draw(st.sampled_from(['int', 'slice', 'none', 'full']))
        if kind == 'int':
            key.append(draw(st.integers(-size, size - 1)))
        elif kind == 'slice':
            start = draw(st.one_of(st.none(), st.integers(-size, size)))
            stop = draw(st.one_of(st.none(), st.integers(-size, size)))
            step = draw(st.one_of(st.none(), st.integers(1, 3)))
            key.append(slice(start, stop, step))
        elif kind == 'none':
            key.append(None)
            key.append(slice(None))
        else:
            key.append(slice(None))
    cut = draw(st.integers(0, len(key)))
    return tuple(key[:cut]) if draw(st.booleans()) else tuple(key[:cut]) + (Ellipsis,)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.integers(1, 4), min_size=1, max_size=3), st.data())
def test_hypothesis_basic_getitem_matches_numpy(shape, data):
    a = RNG.standard_normal(shape)
    key = _basic_key(data.draw, shape)
    expected = a[key]
    r = L.from_numpy(a)[key]
    if np.ndim(expected) == 0:
        assert r == expected
    elif expected.size == 0:
        assert r.numel() == 0
    else:
        np.testing.assert_array_equal(r.numpy(), expected)
        assert np.shares_memory(r.numpy(), a)
    v = var(a)
    out = v[key]
    if expected.size == 0:
        return
    assert out.data.numel() == expected.size
    out.sum().backward()
    grad = np.zeros(shape)
    grad[key] += 1
    np.testing.assert_array_equal(v.grad.data.numpy(), grad)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(1, 4), min_size=1, max_size=3), st.data())
def test_hypothesis_long_and_mask_index(shape, data):
    a = RNG.standard_normal(shape)
    idx = data.draw(st.lists(st.integers(-shape[0], shape[0] - 1), min_size=1, max_size=5))
    np.testing.assert_array_equal(L.from_numpy(a)[LT(idx)].numpy(), a[np.array(idx)])
    mask = data.draw(st.lists(st.booleans(), min_size=a.size, max_size=a.size))
    m = np.array(mask).reshape(shape)
    r = L.from_numpy(a)[BT(m.astype(np.uint8).tolist())]
    assert r.numel() == m.sum()
    if m.any():
        np.testing.assert_array_equal(r.numpy(), a[m])
    v = var(a)
    v[LT(idx)].sum().backward()
    grad = np.zeros(shape)
    np.add.at(grad, np.array(idx), 1)
    np.testing.assert_array_equal(v.grad.data.numpy(), grad)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.integers(1, 4), min_size=1, max_size=3), st.data())
def test_hypothesis_gather_scatter_add_adjoint(shape, data):
    # <gather(x, idx), g> == <x, scatter_add(0, idx, g)> : gather's backward is scatter_add
    dim = data.draw(st.integers(0, len(shape) - 1))
    ishape = list(shape)
    ishape[dim] = data.draw(st.integers(1, 4))
    idx = RNG.randint(0, shape[dim], size=ishape)
    x = RNG.standard_normal(shape)
    g = RNG.standard_normal(ishape)
    gx = L.from_numpy(x).gather(dim, L.from_numpy(idx)).numpy()
    sg = L.from_numpy(np.zeros(shape)).scatter_add_(dim, L.from_numpy(idx), L.from_numpy(g)).numpy()
    np.testing.assert_allclose((gx * g).sum(), (x * sg).sum())
    v = var(x)
    (v.gather(dim, LT(idx.tolist())) * var(g, False)).sum().backward()
    np.testing.assert_allclose(v.grad.data.numpy(), sg)


# ====================================================================== registry: modern spellings
def _op_cases():
    i2 = np.array([[0, 1, 2], [2, 0, 1]])
    m = np.array([[True, False, True], [False, True, True]])
    return [
        ('index_view', [randn(3, 4)], {'key': (slice(1, None), None, 2)}),
        ('index_advanced', [randn(3, 4)], {'key': (np.array([2, 0]), slice(None))}),
        ('index_select_getitem', [randn(3, 4)], {'dim': 0, 'index': np.array([2, 2, 0])}),
        ('masked_select', [randn(2, 3)], {'mask': m}),
        ('masked_select_getitem', [randn(2, 3)], {'mask': m}),
        ('masked_fill_', [randn(2, 3)], {'mask': m, 'value': 2.0}),
        ('masked_fill_setitem', [randn(2, 3)], {'mask': m, 'value': 2.0}),
        ('masked_scatter_', [randn(2, 3), randn(4)], {'mask': m}),
        ('masked_scatter_setitem', [randn(2, 3), randn(4)], {'mask': m}),
        ('index_select', [randn(3, 4)], {'dim': 1, 'index': np.array([3, 0])}),
        ('index_add_', [randn(3, 4), randn(3, 2)], {'dim': 1, 'index': np.array([3, 3])}),
        ('index_copy_', [randn(3, 4), randn(3, 2)], {'dim': 1, 'index': np.array([3, 0])}),
        ('index_fill_', [randn(3, 4)], {'dim': 0, 'index': np.array([1]), 'value': -1.0}),
        ('gather', [randn(3, 3)], {'dim': 0, 'index': i2}),
        ('scatter_', [randn(3, 3), randn(2, 3)], {'dim': 0, 'index': i2}),
        ('scatter_value_', [randn(3, 3)], {'dim': 0, 'index': i2, 'value': 4.0}),
        ('scatter_add_', [randn(3, 3), randn(2, 3)], {'dim': 0, 'index': i2}),
        ('take', [randn(2, 3)], {'index': np.array([[5, 0], [1, 1]])}),
        ('put_', [randn(2, 3), randn(2)], {'index': np.array([4, 0]), 'accumulate': False}),
        ('copy_', [randn(2, 3), randn(3)], {}),
        ('narrow', [randn(3, 4)], {'dim': 1, 'start': 1, 'length': 2}),
        ('select', [randn(3, 4)], {'key': (slice(None), 2)}),
        ('unfold', [randn(7)], {'dim': 0, 'size': 3, 'step': 2}),
        ('repeat', [randn(2, 3)], {'repeats': (2, 1, 2)}),
        ('cat', [randn(2, 3), randn(1, 3)], {'dim': 0}),
        ('diag', [randn(3, 4)], {'diagonal': 1}),
        ('tril', [randn(3, 4)], {'diagonal': 0}),
        ('triu', [randn(3, 4)], {'diagonal': -1}),
    ]


@pytest.mark.parametrize('case', _op_cases(), ids=lambda c: c[0])
def test_registry_modern_spelling_parity(case):
    torch = pytest.importorskip('torch')
    from legacy_autograd.ops.registry import OPS
    opname, arrays, params = case
    op = OPS[opname]
    ours = op.forward(*[a.copy() for a in arrays], **params)
    theirs = op.modern(torch, *[torch.tensor(a) for a in arrays], **params)
    np.testing.assert_allclose(np.asarray(ours), theirs.numpy().reshape(np.shape(ours)), rtol=0, atol=0)


def test_registry_entries_have_modern_or_exemption():
    from legacy_autograd.ops import indexing, shape, registry
    mine = [op for op in registry.OPS.values()
            if getattr(op.forward, '__module__', None) in (indexing.__name__, shape.__name__)]
    assert len(mine) > 20
    for op in mine:
        assert op.modern is not None or op.parity_exempt, op.name
