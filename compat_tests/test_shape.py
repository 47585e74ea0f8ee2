"""Shape and view ops: view/expand/t/transpose/squeeze/unsqueeze/permute (memory sharing), and
narrow, select, unfold, repeat, cat, stack, split, chunk, unbind, diag, tril/triu, the in-place view
variants, resize_/resize_as_/set_.

Checked: values, memory sharing of views (writes through a view reach the base, ``numpy()``
aliasing), version counters, grad_fn names (0.3: ``NarrowBackward``, ``CatBackward``, Python
``Repeat`` -> ``torch.autograd.function.RepeatBackward``, ...), first and second order gradients
against modern torch (tests named ``*parity*``), golden printed outputs from the 0.3 docstrings,
and every error message.
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

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, 'fixtures', 'golden_print.jsonl')) as _f:
    GOLDEN = {r['id']: r for r in (json.loads(line) for line in _f if line.strip())}


def golden_input(rid):
    return L.FloatTensor(GOLDEN[rid]['values'])


def check_golden(rid, result):
    assert repr(result) == GOLDEN[rid]['expected']


def var(a, requires_grad=True, dtype=np.float64):
    return Variable(L.from_numpy(np.array(a, dtype=dtype)), requires_grad=requires_grad)


def name(v):
    return v.grad_fn._legacy_name


RNG = np.random.RandomState(1234)


def randn(*shape):
    return RNG.standard_normal(shape)


# ================================================================== existing view ops: sharing
def test_view_ops_share_memory_and_version():
    x = L.FloatTensor([[1, 2, 3], [4, 5, 6]])
    for v in (x.view(3, 2), x.t(), x.transpose(0, 1), x.unsqueeze(0), x.view(1, 2, 3).squeeze(),
              x.permute(1, 0), x.narrow(1, 0, 2), x.select(0, 1), x.unfold(1, 2, 1), x[0], x[:, 1:]):
        v.numpy()[(0,) * v.numpy().ndim] = 42
        assert 42 in x.numpy()
        assert v._version is x._version       # the counter a Variable over the view would use
        v.add_(1)
        assert x._version[0] == 0             # 0.3.1: in place on a tensor bumps nothing
        x.numpy()[...] = [[1, 2, 3], [4, 5, 6]]
    # the same views of a Variable share its counter: in place through one bumps the base
    xv = Variable(L.FloatTensor([[1, 2, 3], [4, 5, 6]]))
    views = (xv.view(3, 2), xv.t(), xv.transpose(0, 1), xv.unsqueeze(0),
             xv.view(1, 2, 3).squeeze(), xv.permute(1, 0), xv.narrow(1, 0, 2), xv.select(0, 1),
             xv.unfold(1, 2, 1), xv[0], xv[:, 1:])
    for k, v in enumerate(views):
        v.add_(1)
        assert xv._version == k + 1 and v._version == k + 1
        assert all(w._version == k + 1 for w in views)


def test_numpy_aliasing_of_narrow():
    x = L.FloatTensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
    n = x.narrow(0, 1, 2)
    arr = n.numpy()
    arr[0, 0] = -1
    assert x[1][0] == -1
    x[2][2] = 100
    assert arr[1, 2] == 100


def test_expand_values_and_grad_name():
    x = L.FloatTensor([[1], [2], [3]])
    check_golden('tensor_docs_1818', x.expand(3, 4))
    check_golden('tensor_docs_1823', x.expand(-1, 4))
    v = Variable(x, requires_grad=True)
    assert name(v.expand(3, 4)) == 'ExpandBackward'


def test_expand_is_a_writeable_view():
    x = L.FloatTensor([[1], [2]])
    e = x.expand(2, 3)
    assert e.stride() == (1, 0) and e._version is x._version
    e[0][1] = 5                      # writes the one shared element, like 0.3
    assert x.tolist() == [[5], [2]] and e.tolist() == [[5, 5, 5], [2, 2, 2]]
    assert L.FloatTensor([1, 2]).expand(2, 2).tolist() == [[1, 2], [1, 2]]


def test_transpose_unsqueeze_golden():
    x = golden_input('torch_docs_600')
    check_golden('torch_docs_4614', L.transpose(x, 0, 1))
    y = L.Tensor([1, 2, 3, 4])
    check_golden('torch_docs_4784', L.unsqueeze(y, 0))
    check_golden('torch_docs_4790', L.unsqueeze(y, 1))


def test_existing_view_grad_fn_names():
    v = var(randn(2, 3))
    assert name(v.view(3, 2)) == 'ViewBackward'
    assert name(v.t()) == 'TBackward'
    assert name(v.transpose(0, 1)) == 'TransposeBackward'
    assert name(v.unsqueeze(1)) == 'UnsqueezeBackward'
    assert name(v.view(1, 2, 3).squeeze()) == 'SqueezeBackward0'
    assert name(v.view(1, 2, 3).squeeze(0)) == 'SqueezeBackward1'
    assert name(v.permute(1, 0)) == 'PermuteBackward'


def test_existing_view_ops_parity():
    T.assert_parity(lambda a: a.view(3, 2), lambda a: a.view(3, 2), randn(2, 3), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a: a.t(), lambda a: a.t(), randn(2, 3), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a: a.transpose(0, 2), lambda a: a.transpose(0, 2), randn(2, 3, 4), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a: a.permute(2, 0, 1), lambda a: a.permute(2, 0, 1), randn(2, 3, 4), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a: a.expand(4, 2, 3), lambda a: a.expand(4, 2, 3), randn(2, 1), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a: a.unsqueeze(1).squeeze(1), lambda a: a.unsqueeze(1).squeeze(1), randn(2, 3), dtype=np.float64, gradgrad=True)


# ================================================================== narrow
def test_narrow_golden():
    x = L.FloatTensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
    check_golden('tensor_docs_984', x.narrow(0, 0, 2))
    check_golden('tensor_docs_989', x.narrow(1, 1, 2))
    check_golden('tensor_docs_984', L.narrow(x, 0, 0, 2))


def test_narrow_variable_grad_fn_and_parity():
    v = var(randn(4, 3))
    assert name(v.narrow(0, 1, 2)) == 'NarrowBackward'
    T.assert_parity(lambda a: a.narrow(0, 1, 2), lambda a: a.narrow(0, 1, 2), randn(4, 3), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a: a.narrow(1, 2, 1), lambda a: a.narrow(1, 2, 1), randn(4, 3), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a: a.narrow(-1, 0, 2), lambda a: a.narrow(-1, 0, 2), randn(2, 3, 4), dtype=np.float64, gradgrad=True)


def test_narrow_errors():
    x = L.FloatTensor(3, 4)
    with pytest.raises(RuntimeError, match=r'^invalid argument 3: out of range$'):
        x.narrow(0, 3, 1)
    with pytest.raises(RuntimeError, match=r'^invalid argument 4: out of range$'):
        x.narrow(0, 1, 3)
    with pytest.raises(RuntimeError, match=r'^invalid argument 4: out of range$'):
        x.narrow(1, 0, 0)
    with pytest.raises(RuntimeError, match=r'dimension out of range \(expected to be in range of '
                                           r'\[-2, 1\], but got 2\)'):
        x.narrow(2, 0, 1)


# ================================================================== select / unbind
def test_select_values_and_view():
    x = L.FloatTensor([[1, 2, 3], [4, 5, 6]])
    s = x.select(1, 2)
    assert s.tolist() == [3, 6]
    s[0] = 30
    assert x[0][2] == 30
    assert L.select(x, 0, -1).tolist() == [4, 5, 6]


def test_select_errors():
    x = L.FloatTensor([[1, 2, 3], [4, 5, 6]])
    with pytest.raises(IndexError, match=r'^index 3 is out of range for dimension 1 \(of size 3\)$'):
        x.select(1, 3)
    with pytest.raises(RuntimeError, match=r'^invalid argument 2: out of range$'):
        L.FloatTensor([1, 2]).select(0, 2)
    with pytest.raises(RuntimeError, match=r'^invalid argument 2: out of range$'):
        L.FloatTensor([1, 2]).select(0, -1)


def test_select_on_a_vector_tensor_is_the_element():
    # 0.3.1's tensor select on a 1-D tensor returned the element as a Python number
    v = L.FloatTensor([1.5, 2.5, 4]).select(0, 1)
    assert v == 2.5 and type(v) is float
    n = L.LongTensor([7, 8]).select(0, 0)
    assert n == 7 and type(n) is int
    assert L.select(L.DoubleTensor([3, 4]), 0, 1) == 4.0


def test_select_variable():
    v = var(randn(3, 4))
    s = v.select(1, 2)
    assert name(s) == 'SelectBackward' and s.size() == L.Size([3])
    one = var([1.0, 2.0, 3.0]).select(0, 1)
    assert one.size() == L.Size([1]) and one.data[0] == 2.0
    T.assert_parity(lambda a: a.select(1, 2), lambda a: a.select(1, 2), randn(3, 4), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a: a.select(0, -1), lambda a: a.select(0, -1), randn(3, 4, 2), dtype=np.float64, gradgrad=True)


def test_unbind():
    x = L.FloatTensor([[1, 2], [3, 4], [5, 6]])
    rows = L.unbind(x)
    assert [r.tolist() for r in rows] == [[1, 2], [3, 4], [5, 6]]
    cols = L.unbind(x, 1)
    assert [c.tolist() for c in cols] == [[1, 3, 5], [2, 4, 6]]
    T.assert_parity(lambda a: L.stack(L.unbind(a, 1), 0), lambda a: __import__('torch').stack(a.unbind(1), 0),
           randn(3, 2), dtype=np.float64, gradgrad=True)


# ================================================================== unfold
def test_unfold_golden_and_view():
    x = L.FloatTensor([1, 2, 3, 4, 5, 6, 7])
    assert repr(x) == GOLDEN['tensor_docs_1709']['expected']
    u = x.unfold(0, 2, 1)
    check_golden('tensor_docs_1719', u)
    check_golden('tensor_docs_1726', x.unfold(0, 2, 2))
    # a view: writing through the window writes the base (and the overlapping window)
    u[1][1] = 30
    assert x[2] == 30 and u[2][0] == 30
    assert u._version is x._version
    assert u.stride() == (1, 1)


def test_unfold_shapes():
    x = L.from_numpy(np.arange(24.0).reshape(2, 3, 4))
    u = x.unfold(2, 3, 1)
    assert u.size() == L.Size([2, 3, 2, 3])
    np.testing.assert_array_equal(u.numpy()[1, 2, 1], [21, 22, 23])
    u = x.unfold(1, 2, 2)
    assert u.size() == L.Size([2, 1, 4, 2])


def test_unfold_variable_parity():
    v = var(randn(7))
    assert name(v.unfold(0, 2, 1)) == 'UnfoldBackward'
    T.assert_parity(lambda a: a.unfold(0, 3, 2), lambda a: a.unfold(0, 3, 2), randn(8), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a: a.unfold(1, 2, 1), lambda a: a.unfold(1, 2, 1), randn(3, 5, 2), dtype=np.float64, gradgrad=True)


def test_unfold_errors():
    x = L.FloatTensor([1, 2, 3])
    with pytest.raises(RuntimeError, match=r'^invalid argument 3: out of range$'):
        x.unfold(0, 4, 1)
    with pytest.raises(RuntimeError, match=r'^invalid argument 4: invalid step$'):
        x.unfold(0, 2, 0)
    with pytest.raises(RuntimeError, match=r'^invalid argument 1: cannot unfold an empty tensor$'):
        L.FloatTensor().unfold(0, 1, 1)


# ================================================================== repeat
def test_repeat_golden():
    x = L.Tensor([1, 2, 3])
    check_golden('tensor_254', x.repeat(4, 2))
    assert x.repeat(4, 2, 1).size() == L.Size([4, 2, 3])
    assert x.repeat(L.Size([2, 2])).size() == L.Size([2, 6])


def test_repeat_copies():
    x = L.Tensor([1, 2])
    r = x.repeat(2)
    r[0] = 9
    assert x[0] == 1


def test_repeat_variable_parity():
    v = var(randn(2, 3))
    assert name(v.repeat(2, 1)) == 'torch.autograd.function.RepeatBackward'
    assert repr(v.repeat(2, 1).grad_fn).startswith('<torch.autograd.function.RepeatBackward object at 0x')
    T.assert_parity(lambda a: a.repeat(2, 3), lambda a: a.repeat(2, 3), randn(2, 3), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a: a.repeat(3, 1, 2), lambda a: a.repeat(3, 1, 2), randn(2, 3), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a: a.repeat(4), lambda a: a.repeat(4), randn(3), dtype=np.float64, gradgrad=True)


def test_repeat_errors():
    with pytest.raises(RuntimeError, match=r'^Number of dimensions of repeat dims can not be smaller than '
                                           r'number of dimensions of tensor$'):
        L.FloatTensor(2, 3).repeat(2)


# ================================================================== cat / stack
def test_cat_golden():
    x = golden_input('torch_docs_600')
    check_golden('torch_docs_610', L.cat((x, x, x), 0))
    check_golden('torch_docs_616', L.cat((x, x, x), 1))
    check_golden('torch_docs_616', L.cat([x, x, x], dim=-1))


def test_cat_copies_skips_empty_and_out():
    x = L.FloatTensor([[1, 2], [3, 4]])
    c = L.cat([x, L.FloatTensor(), x])
    assert c.size() == L.Size([4, 2])
    c[0][0] = 100
    assert x[0][0] == 1
    assert L.cat([L.FloatTensor(), L.FloatTensor()]).dim() == 0
    out = L.FloatTensor()
    r = L.cat([x, x], 1, out=out)
    assert r is out and out.size() == L.Size([2, 4])
    assert L.cat([L.LongTensor([1]), L.LongTensor([2, 3])]).type() == 'torch.LongTensor'


def test_cat_errors():
    a = L.FloatTensor(2, 3)
    b = L.FloatTensor(2, 4)
    with pytest.raises(RuntimeError, match=r'^inconsistent tensor sizes$'):
        L.cat([a, b], 0)
    assert L.cat([a, b], 1).size() == L.Size([2, 7])
    with pytest.raises(RuntimeError, match=r'^inconsistent tensor sizes$'):
        L.cat([a, L.FloatTensor(2, 3, 1)], 0)
    with pytest.raises(RuntimeError, match=r'dimension out of range'):
        L.cat([a, a], 2)
    with pytest.raises(TypeError) as e:
        L.cat([a, L.DoubleTensor(2, 3)])
    assert str(e.value) == ('cat received an invalid combination of arguments - got (list, int), '
                            'but expected one of:\n * (sequence[torch.FloatTensor] seq)\n'
                            ' * (sequence[torch.FloatTensor] seq, int dim)\n'
                            "      didn't match because some of the arguments have invalid types: (!list!, int)\n")
    with pytest.raises(RuntimeError, match=r"^Expected object of type Variable\[torch.FloatTensor\] but found "
                                           r"type Variable\[torch.DoubleTensor\] for sequence element 1 in "
                                           r"sequence argument at position #1 'tensors'$"):
        L.cat([Variable(a), Variable(L.DoubleTensor(2, 3))])
    with pytest.raises(RuntimeError, match=r'^expected a non-empty list of Tensors$'):
        L.cat([])
    with pytest.raises(TypeError):
        L.cat(a)


def test_cat_variable_grad_fn_and_parity():
    torch = pytest.importorskip('torch')
    a, b = var(randn(2, 3)), var(randn(1, 3))
    c = L.cat([a, b])
    assert name(c) == 'CatBackward'
    assert c.grad_fn.next_functions[0][0] is a._edge()[0]
    T.assert_parity(lambda x, y: L.cat([x, y], 0), lambda x, y: torch.cat([x, y], 0), randn(2, 3), randn(4, 3), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda x, y, z: L.cat((x, y, z), 1), lambda x, y, z: torch.cat((x, y, z), 1),
           randn(2, 1), randn(2, 3), randn(2, 2), dtype=np.float64, gradgrad=True)


def test_cat_variable_with_constant_and_empty():
    a = var(randn(2, 2))
    b = Variable(L.from_numpy(randn(1, 2)))
    e = Variable(L.DoubleTensor())
    c = L.cat([a, e, b])
    assert c.size() == L.Size([3, 2])
    c.sum().backward()
    np.testing.assert_array_equal(a.grad.data.numpy(), np.ones((2, 2)))


def test_stack():
    torch = pytest.importorskip('torch')
    x = L.FloatTensor([1, 2])
    y = L.FloatTensor([3, 4])
    assert L.stack([x, y]).tolist() == [[1, 2], [3, 4]]
    assert L.stack([x, y], 1).tolist() == [[1, 3], [2, 4]]
    assert L.stack([x, y], -1).tolist() == [[1, 3], [2, 4]]
    s = L.stack([var([1.0, 2.0]), var([3.0, 4.0])])
    assert name(s) == 'CatBackward'
    assert s.grad_fn.next_functions[0][0]._legacy_name == 'UnsqueezeBackward'
    T.assert_parity(lambda a, b: L.stack([a, b], 1), lambda a, b: torch.stack([a, b], 1), randn(2, 3), randn(2, 3), dtype=np.float64, gradgrad=True)
    with pytest.raises(ValueError, match='^stack expects a non-empty sequence of tensors$'):
        L.stack([])
    with pytest.raises(RuntimeError, match='^inconsistent tensor sizes$'):
        L.stack([x, L.FloatTensor([1, 2, 3])])


# ================================================================== split / chunk
def test_split_and_chunk_tensor_views():
    x = L.from_numpy(np.arange(10.0))
    parts = x.split(3)
    assert isinstance(parts, tuple)
    assert [p.tolist() for p in parts] == [[0, 1, 2], [3, 4, 5], [6, 7, 8], [9]]
    parts[1][0] = 33
    assert x[3] == 33
    assert [p.size(0) for p in L.chunk(x, 3)] == [4, 4, 2]
    assert [p.size(0) for p in x.chunk(4)] == [3, 3, 3, 1]
    y = L.FloatTensor(2, 5)
    assert [p.size() for p in L.split(y, 2, 1)] == [L.Size([2, 2]), L.Size([2, 2]), L.Size([2, 1])]
    assert [p.size() for p in y.chunk(2, dim=-1)] == [L.Size([2, 3]), L.Size([2, 2])]


def test_split_variable_single_node():
    v = var(randn(5, 2))
    a, b, c = v.split(2)
    assert a.grad_fn is b.grad_fn is c.grad_fn
    assert name(a) == 'SplitBackward'
    assert repr(a.grad_fn).startswith('<SplitBackward object at 0x')
    assert (a.output_nr, b.output_nr, c.output_nr) == (0, 1, 2)
    assert c.size() == L.Size([1, 2])
    # only some outputs used: the others get zero gradient
    (b * 3).sum().backward()
    expected = np.zeros((5, 2))
    expected[2:4] = 3
    np.testing.assert_array_equal(v.grad.data.numpy(), expected)


def test_split_chunk_parity():
    torch = pytest.importorskip('torch')
    T.assert_parity(lambda a: L.cat([p * (k + 1) for k, p in enumerate(a.split(2, 1))], 1),
           lambda a: torch.cat([p * (k + 1) for k, p in enumerate(a.split(2, 1))], 1), randn(3, 5), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a: L.cat([p * (k + 1) for k, p in enumerate(a.chunk(3))], 0),
           lambda a: torch.cat([p * (k + 1) for k, p in enumerate(a.chunk(3))], 0), randn(7, 2), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a: a.chunk(2)[1], lambda a: a.chunk(2)[1], randn(4, 3), dtype=np.float64, gradgrad=True)


def test_split_errors():
    with pytest.raises(RuntimeError, match='split_size'):
        L.FloatTensor(3).split(0)
    with pytest.raises(RuntimeError, match='chunks'):
        L.FloatTensor(3).chunk(0)


def test_split_hooks_and_retain_grad():
    v = var(randn(4))
    a, b = v.chunk(2)
    seen = []
    a.register_hook(lambda g: seen.append(g.data.numpy().copy()))
    (a.sum() + (b * 2).sum()).backward()
    np.testing.assert_array_equal(seen[0], [1, 1])
    np.testing.assert_array_equal(v.grad.data.numpy(), [1, 1, 2, 2])


# ================================================================== diag / tril / triu
def test_diag_golden():
    a = golden_input('torch_docs_1047')
    check_golden('torch_docs_1054', L.diag(a))
    check_golden('torch_docs_1062', L.diag(a, 1))
    m = golden_input('torch_docs_1073')
    check_golden('torch_docs_1080', L.diag(m, 0))
    check_golden('torch_docs_1086', L.diag(m, 1))
    assert m.diag(-1).tolist() == pytest.approx([0.8596, 0.0146], abs=1e-6)


def test_diag_copies_and_errors():
    m = L.FloatTensor([[1, 2], [3, 4]])
    d = m.diag()
    d[0] = 10
    assert m[0][0] == 1
    with pytest.raises(RuntimeError, match='^invalid argument 1: matrix or a vector expected$'):
        L.FloatTensor(2, 2, 2).diag()


def test_diag_variable_parity():
    torch = pytest.importorskip('torch')
    assert name(var(randn(3)).diag()) == 'DiagBackward'
    T.assert_parity(lambda a: a.diag(), lambda a: torch.diag(a), randn(3), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a: a.diag(2), lambda a: torch.diag(a, 2), randn(3), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a: a.diag(-1), lambda a: torch.diag(a, -1), randn(3), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a: a.diag(), lambda a: torch.diag(a), randn(3, 4), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a: a.diag(1), lambda a: torch.diag(a, 1), randn(4, 3), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a: a.diag(-2), lambda a: torch.diag(a, -2), randn(4, 3), dtype=np.float64, gradgrad=True)
    # tall matrices below the main diagonal: the diagonal ends at the last column
    T.assert_parity(lambda a: a.diag(-1), lambda a: torch.diag(a, -1), randn(4, 3), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a: a.diag(-1), lambda a: torch.diag(a, -1), randn(5, 2), dtype=np.float64, gradgrad=True)


def test_tril_triu_golden():
    a = golden_input('torch_docs_4647')
    check_golden('torch_docs_4654', L.tril(a))
    check_golden('torch_docs_4661', L.tril(a, diagonal=1))
    check_golden('torch_docs_4668', L.tril(a, diagonal=-1))
    check_golden('torch_docs_4708', L.triu(a))
    check_golden('torch_docs_4715', a.triu(1))
    check_golden('torch_docs_4722', L.triu(a, diagonal=-1))
    b = a.clone()
    b.tril_()
    check_golden('torch_docs_4654', b)


def test_tril_triu_variable_parity():
    torch = pytest.importorskip('torch')
    assert name(var(randn(3, 3)).tril()) == 'TrilBackward'
    assert name(var(randn(3, 3)).triu()) == 'TriuBackward'
    T.assert_parity(lambda a: a.tril(), lambda a: torch.tril(a), randn(3, 4), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda a: a.triu(1), lambda a: torch.triu(a, 1), randn(4, 3), dtype=np.float64, gradgrad=True)
    with pytest.raises(RuntimeError, match='^invalid argument 1: expected a matrix$'):
        L.FloatTensor(3).tril()


# ================================================================== in-place view variants
def test_inplace_view_variants():
    x = L.FloatTensor([[1, 2, 3]])
    base = x.numpy()
    v0 = x._version[0]
    assert x.squeeze_() is x and x.size() == L.Size([3])
    x.unsqueeze_(1)
    assert x.size() == L.Size([3, 1])
    x.t_()
    assert x.size() == L.Size([1, 3])
    x.transpose_(0, 1)
    assert x.size() == L.Size([3, 1])
    x.numpy()[0, 0] = 7
    assert base[0, 0] == 7            # still the same memory
    assert x._version[0] == v0        # tensor-only ops: no counter in 0.3.1
    y = L.FloatTensor(2, 1, 3)
    y.squeeze_(1)
    assert y.size() == L.Size([2, 3])
    assert not hasattr(Variable, 'squeeze_') or 'squeeze_' not in Variable.__dict__


# ================================================================== resize_ / set_
def test_resize_keeps_values_and_zero_fills():
    x = L.FloatTensor([[1, 2, 3], [4, 5, 6]])
    v0 = x._version[0]
    assert x.resize_(3, 2) is x
    assert x.tolist() == [[1, 2], [3, 4], [5, 6]]
    x.resize_(4)
    assert x.tolist() == [1, 2, 3, 4]
    x.resize_(2, 3)
    assert x.tolist() == [[1, 2, 3], [4, 0, 0]]
    assert x._version[0] == v0        # a tensor op: no counter in 0.3.1
    x.resize_as_(L.FloatTensor(1, 2))
    assert x.tolist() == [[1, 2]]
    x.resize_(0)
    assert x.dim() == 0
    e = L.FloatTensor()
    e.resize_(L.Size([2, 2]))
    assert e.tolist() == [[0, 0], [0, 0]]
    t = L.FloatTensor([[1, 2], [3, 4]]).t()
    t.resize_(4)
    assert t.tolist() == [1, 3, 2, 4]
    x.resize_(3, -1)                   # 0.3.1's TH cut the sizes at a non-positive one
    assert x.size() == L.Size([3])
    x.resize_(-1)
    assert x.dim() == 0


def test_set_():
    a = L.FloatTensor([1, 2, 3])
    b = L.FloatTensor()
    assert b.set_(a) is b
    b[0] = 10
    assert a[0] == 10
    assert b.is_set_to(a)
    b.set_()
    assert b.dim() == 0 and a.tolist() == [10, 2, 3]
    with pytest.raises(TypeError, match='set_ received an invalid combination of arguments'):
        b.set_(L.DoubleTensor([1]))


# ================================================================== hypothesis
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.integers(1, 4), min_size=1, max_size=3), st.data())
def test_hypothesis_narrow_split_cat_roundtrip(shape, data):
    a = RNG.standard_normal(shape)
    x = L.from_numpy(a)
    dim = data.draw(st.integers(0, len(shape) - 1))
    size = shape[dim]
    start = data.draw(st.integers(0, size - 1))
    length = data.draw(st.integers(1, size - start))
    sl = [slice(None)] * len(shape)
    sl[dim] = slice(start, start + length)
    np.testing.assert_array_equal(x.narrow(dim, start, length).numpy(), a[tuple(sl)])
    k = data.draw(st.integers(1, size))
    parts = x.split(k, dim)
    np.testing.assert_array_equal(L.cat(parts, dim).numpy(), a)
    v = var(a)
    (L.cat(v.split(k, dim), dim) * var(np.arange(a.size).reshape(a.shape), False)).sum().backward()
    np.testing.assert_array_equal(v.grad.data.numpy(), np.arange(a.size).reshape(a.shape))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(1, 3), min_size=1, max_size=3), st.data())
def test_hypothesis_repeat_matches_numpy_and_grad(shape, data):
    reps = data.draw(st.lists(st.integers(1, 3), min_size=len(shape), max_size=len(shape) + 1))
    a = RNG.standard_normal(shape)
    r = L.from_numpy(a).repeat(*reps)
    lead = len(reps) - len(shape)
    np.testing.assert_array_equal(r.numpy(), np.tile(a.reshape((1,) * lead + a.shape), reps))
    v = var(a)
    v.repeat(*reps).sum().backward()
    np.testing.assert_allclose(v.grad.data.numpy(), np.full(shape, np.prod(reps)))


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 8), st.integers(1, 8), st.integers(1, 3))
def test_hypothesis_unfold_matches_windows(n, size, step):
    if size > n:
        size = n
    a = np.arange(float(n))
    u = L.from_numpy(a).unfold(0, size, step).numpy()
    expected = np.array([a[i:i + size] for i in range(0, n - size + 1, step)])
    np.testing.assert_array_equal(u, expected)
    v = var(a)
    v.unfold(0, size, step).sum().backward()
    counts = np.zeros(n)
    for i in range(0, n - size + 1, step):
        counts[i:i + size] += 1
    np.testing.assert_array_equal(v.grad.data.numpy(), counts)
