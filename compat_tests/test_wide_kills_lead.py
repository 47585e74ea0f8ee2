"""Behaviours the lead's wider-kind random sample (seed 902) found unguarded, each as a class.

* creation functions: a size tuple/list is the whole size; one followed by more sizes is
  refused (0.3.1's parser: ``(int ... size)`` or ``(torch.Size size)``, never both);
* ``tensor.type_as(other)`` takes a Variable too (0.3.1: ``self.type(other.type())``);
* optimizers unpickled from an older release get the options that release lacked;
* ``nn.parallel``'s Broadcast: copies of inputs that need no gradient are non-differentiable,
  the others carry gradients back, summed over the copies.
"""
import pickle

import numpy as np
import pytest

import legacy_autograd as L
import legacy_autograd.optim as optim
from legacy_autograd.autograd import Variable
from legacy_autograd.nn.parallel._functions import Broadcast


@pytest.mark.parametrize('name', ['zeros', 'ones', 'rand', 'randn'])
def test_a_size_sequence_is_the_whole_size(name):
    fn = getattr(L, name)
    for size in ((2, 3), [2, 3], L.Size([2, 3])):
        assert tuple(fn(size).size()) == (2, 3)
        assert tuple(fn(*size).size()) == (2, 3)


@pytest.mark.parametrize('name', ['zeros', 'ones', 'rand', 'randn'])
def test_a_size_sequence_followed_by_more_sizes_is_refused(name):
    fn = getattr(L, name)
    for args, kind in ((((2, 3), 4), 'tuple'), (([2], 3), 'list'), ((4, (2, 3)), 'tuple')):
        with pytest.raises(TypeError) as e:
            fn(*args)
        pos = 1 if isinstance(args[0], (tuple, list)) else 2
        assert str(e.value) == ("%s(): argument 'size' must be tuple of ints, but found element "
                                "of type %s at pos %d" % (name, kind, pos))


def test_type_as_takes_a_tensor():
    t = L.FloatTensor([1.5, -2.0])
    for other in (L.DoubleTensor([0.0]), L.LongTensor([0])):
        r = t.type_as(other)
        assert r.type() == other.type()
        np.testing.assert_array_equal(r.numpy(), np.array([1.5, -2.0]).astype(r.numpy().dtype))
    assert t.type_as(L.FloatTensor(1)) is t
    # 0.3.1's Tensor.type_as was self.type(other.type()): a Variable's type() needs its t
    with pytest.raises(TypeError) as e:
        t.type_as(Variable(L.DoubleTensor([0.0])))
    assert str(e.value) == "type() missing 1 required positional argument: 't'"
    with pytest.raises(TypeError) as e:
        t.type_as('torch.DoubleTensor')
    assert str(e.value) == "type_as(): argument 'other' (position 1) must be a tensor, not str"


@pytest.mark.parametrize('make, missing, defaults', [
    (lambda p: optim.RMSprop(p, lr=0.01), ('momentum', 'centered'), {'momentum': 0,
                                                                     'centered': False}),
    (lambda p: optim.SGD(p, lr=0.1), ('nesterov',), {'nesterov': False}),
])
def test_an_optimizer_pickled_before_an_option_existed_gets_its_default(make, missing, defaults):
    w = Variable(L.DoubleTensor([1.0, -2.0]), requires_grad=True)
    opt = make([w])
    state = opt.__getstate__()
    for g in state['param_groups']:
        for k in missing:
            del g[k]
    old = pickle.loads(pickle.dumps(state))
    restored = type(opt).__new__(type(opt))
    restored.__setstate__(old)
    for k, v in defaults.items():
        assert restored.param_groups[0][k] == v and type(restored.param_groups[0][k]) is type(v)
    # it steps like a fresh optimizer with those defaults
    restored.param_groups[0]['params'] = [w]
    (w * w).sum().backward()
    before = w.data.clone()
    restored.step()
    fresh_w = Variable(before.clone(), requires_grad=True)
    fresh = make([fresh_w])
    (fresh_w * fresh_w).sum().backward()
    fresh.step()
    assert not L.equal(w.data, before)
    assert L.equal(w.data, fresh_w.data)


def test_broadcast_copies_carry_gradients_only_for_inputs_that_need_them():
    x = Variable(L.DoubleTensor([1.0, 2.0]), requires_grad=True)
    y = Variable(L.DoubleTensor([3.0]))
    outs = Broadcast.apply([0, 1], x, y)
    assert [o.requires_grad for o in outs] == [True, False, True, False]
    assert [o.data.tolist() for o in outs] == [[1.0, 2.0], [3.0], [1.0, 2.0], [3.0]]
    assert outs[0].data.data_ptr() != x.data.data_ptr()     # copies, not views
    (outs[0].sum() * 2 + (outs[2] * L.autograd.Variable(L.DoubleTensor([1.0, 10.0]))).sum()
     ).backward()
    assert x.grad.data.tolist() == [3.0, 12.0]
    assert y.grad is None
    z = Variable(L.DoubleTensor([5.0]), requires_grad=True)
    outs = Broadcast.apply([0, 1, 2], y, z)
    assert [o.requires_grad for o in outs] == [False, True] * 3


def test_variable_index_ops_take_0_3_1s_keywords(torch):
    # 0.3.1's Variable.index_add / index_copy (autograd/variable.py) take (dim, index, tensor);
    # the in-place forms (TH's cwrap) take ``source``; index_fill's value is ``value``
    base = np.arange(6.0).reshape(2, 3)
    src = np.array([[10.0, 20.0, 30.0]])
    idx = L.LongTensor([1])
    for name, kw in (('index_add', 'tensor'), ('index_copy', 'tensor')):
        v = Variable(L.DoubleTensor(base), requires_grad=True)
        s = Variable(L.DoubleTensor(src), requires_grad=True)
        out = getattr(v, name)(0, idx, **{kw: s})
        tv = torch.tensor(base, requires_grad=True)
        ts = torch.tensor(src, requires_grad=True)
        tout = getattr(tv, name)(0, torch.tensor([1]), ts)
        np.testing.assert_array_equal(out.data.numpy(), tout.detach().numpy())
        g = np.array([[1.0, -2.0, 3.0], [0.5, 4.0, -1.0]])
        out.backward(L.DoubleTensor(g))
        tout.backward(torch.tensor(g))
        np.testing.assert_array_equal(v.grad.data.numpy(), tv.grad.numpy())
        np.testing.assert_array_equal(s.grad.data.numpy(), ts.grad.numpy())
        t = L.DoubleTensor(base)
        assert getattr(t, name + '_')(0, idx, source=L.DoubleTensor(src)) is t
        np.testing.assert_array_equal(t.numpy(), tout.detach().numpy())
    v = Variable(L.DoubleTensor(base))
    assert v.index_fill(1, L.LongTensor([0, 2]), value=-1.0).data.tolist() == \
        [[-1.0, 1.0, -1.0], [-1.0, 4.0, -1.0]]


def test_distance_modules_pass_their_options_to_the_functions():
    # (lead sample 1201) each module's dim/p/eps reach the functional form: vectors small
    # enough that eps decides the value, checked against 0.3.1's formulas in numpy
    a = np.array([[1e-3, 0.0, 2e-3], [3e-3, 1e-3, 0.0]])
    b = np.array([[2e-3, 1e-3, 1e-3], [1e-3, 0.0, 1e-3]])
    x1, x2 = Variable(L.from_numpy(a)), Variable(L.from_numpy(b))
    for dim, eps in ((0, 1e-2), (1, 1e-5), (1, 1e-8)):
        got = L.nn.CosineSimilarity(dim=dim, eps=eps)(x1, x2).data.numpy()
        norms = np.linalg.norm(a, axis=dim) * np.linalg.norm(b, axis=dim)
        np.testing.assert_allclose(got, (a * b).sum(dim) / np.maximum(norms, eps), rtol=1e-12)
    for p, eps in ((2, 1e-6), (1, 0.5), (3, 1e-2)):
        got = L.nn.PairwiseDistance(p=p, eps=eps)(x1, x2).data.numpy()
        want = ((np.abs(a - b) + eps) ** p).sum(1, keepdims=True) ** (1.0 / p)
        np.testing.assert_allclose(got, want, rtol=1e-12)


def test_sparse_indices_that_are_not_a_matrix_are_refused():
    # (lead sample 1301) THSTensor's _move: THArgCheck(indices nDimension == 2, 1, ...)
    for idx in (L.LongTensor([0]), L.LongTensor([[[0]]])):
        with pytest.raises(RuntimeError) as e:
            L.sparse.FloatTensor(idx, L.FloatTensor([5.0]), L.Size([3]))
        assert str(e.value) == 'invalid argument 1: indices must be nDim x nnz'


class _Failing(object):
    def __len__(self):
        return 4

    def __getitem__(self, i):
        if i == 2:
            raise KeyError('no item %d' % i)
        return L.FloatTensor([float(i)])


def test_a_workers_exception_comes_back_as_its_type_with_the_traceback():
    # (lead sample 1301) the worker wraps sys.exc_info(); the main process raises
    # exc_type(exc_msg), exc_msg being the formatted traceback (0.3.1's ExceptionWrapper)
    import sys
    from legacy_autograd.utils.data.dataloader import ExceptionWrapper, DataLoader
    try:
        raise ValueError('boom')
    except ValueError:
        w = ExceptionWrapper(sys.exc_info())
    assert w.exc_type is ValueError
    assert w.exc_msg.startswith('Traceback (most recent call last):\n')
    assert w.exc_msg.endswith('ValueError: boom\n')
    for workers in (0, 1):
        with pytest.raises(KeyError) as e:
            list(DataLoader(_Failing(), batch_size=1, num_workers=workers))
        (text,) = e.value.args
        if workers:
            assert text.startswith('Traceback (most recent call last):\n')
            assert text.endswith("KeyError: 'no item 2'\n")
        else:
            assert text == 'no item 2'


def test_the_older_numpy_error_state_fallback_silences_and_restores(monkeypatch):
    # (lead sample 1301) without numpy 2's error-state context variable, quiet.py falls back
    # to np.seterr: the same silence inside, the caller's settings restored after
    import importlib.util
    import os
    import warnings
    import sys
    import types
    # numpy 1.x has no numpy._core._ufunc_config: a stand-in without its names
    monkeypatch.setitem(sys.modules, 'numpy._core._ufunc_config', types.ModuleType('stub'))
    path = os.path.join(os.path.dirname(L.__file__), 'quiet.py')
    spec = importlib.util.spec_from_file_location('quiet_fallback', path)
    quiet = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(quiet)
    assert quiet.IGNORE == {'all': 'ignore'}
    old = np.seterr(all='raise')
    try:
        token = quiet.enter()
        with warnings.catch_warnings():
            warnings.simplefilter('error')
            assert np.isinf(np.array([1.0]) / np.array([0.0]))[0]   # no FloatingPointError
        quiet.leave(token)
        assert np.geterr()['divide'] == 'raise'
        with pytest.raises(FloatingPointError):
            np.array([1.0]) / np.array([0.0])
        run = quiet.quietly(lambda a: np.log(a))
        assert run(np.array([0.0]))[0] == -np.inf
        assert np.geterr()['divide'] == 'raise'
    finally:
        np.seterr(**old)


_UNARY_CLASSES = {
    'Exp': np.exp, 'Log': np.log, 'Log1p': np.log1p, 'Sinh': np.sinh, 'Cosh': np.cosh,
    'Abs': np.abs, 'Sqrt': np.sqrt, 'Sin': np.sin, 'Cos': np.cos, 'Tan': np.tan,
    'Asin': np.arcsin, 'Acos': np.arccos, 'Atan': np.arctan, 'Reciprocal': np.reciprocal,
    'Floor': np.floor, 'Ceil': np.ceil, 'Round': np.round, 'Sign': np.sign, 'Trunc': np.trunc,
    'Frac': lambda a: a - np.trunc(a), 'Rsqrt': lambda a: 1 / np.sqrt(a), 'Negate': np.negative,
    'Clone': lambda a: a, 'NoGrad': lambda a: a,
}


@pytest.mark.parametrize('name', sorted(_UNARY_CLASSES))
def test_every_one_input_legacy_function_class_computes_its_operation(name):
    # (lead sample 1301) torch.autograd._functions.<Class>.apply(x): each class's own operation,
    # against numpy, recorded as one <Class>Backward node
    from legacy_autograd.autograd import _functions
    a = np.array([0.15, 0.4, 0.65, 0.9])
    x = Variable(L.DoubleTensor(a), requires_grad=True)
    y = getattr(_functions, name).apply(x)
    np.testing.assert_allclose(y.data.numpy(), _UNARY_CLASSES[name](a), rtol=1e-14)
    if name == 'NoGrad':        # 0.3.1 marked its output non-differentiable
        assert y.grad_fn is None and not y.requires_grad
    else:
        assert type(y.grad_fn).__name__ == name + 'Backward'


def _sparse22():
    return L.sparse.FloatTensor(L.LongTensor([[0, 1], [1, 0]]), L.FloatTensor([1.0, 2.0]),
                                L.Size([2, 2]))


@pytest.mark.parametrize('t, message', [
    ((2, 4), 'Expected dim 1 size 3, got 4'),
    ((3, 3), 'Expected dim 0 size 2, got 3'),
    ((2,), 'Expected dim 1 size 3, got 0'),
])
def test_sparse_addmm_checks_the_added_matrix(t, message):
    # (lead sample 1301) THSTensor_spaddmm's THArgChecks of t against the product's shape
    with pytest.raises(RuntimeError) as e:
        L.addmm(L.zeros(*t), _sparse22(), L.ones(2, 3))
    assert str(e.value) == 'invalid argument 1: ' + message


def test_sparse_tensors_refuse_the_operators_0_3_1_left_out():
    # (lead sample 1301) 0.3.1's torch.sparse: a bare NotImplementedError (comparisons too)
    s = _sparse22()
    for call in (lambda: -s, lambda: s == s, lambda: s < s, lambda: s & s, lambda: 1 - s,
                 lambda: s % 2, lambda: s.__getstate__()):
        with pytest.raises(NotImplementedError) as e:
            call()
        assert e.value.args == ()


_BINARY_CLASSES = {
    'Lerp': (lambda x, y: (x, y, 0.25), lambda a, b: a + 0.25 * (b - a)),
    'Atan2': (lambda x, y: (x, y), np.arctan2),
    'Cmax': (lambda x, y: (x, y), np.maximum),
    'Cmin': (lambda x, y: (x, y), np.minimum),
    'Fmod': (lambda x, y: (x, 0.3), lambda a, b: np.fmod(a, 0.3)),
    'Remainder': (lambda x, y: (x, 0.3), lambda a, b: a - 0.3 * np.floor(a / 0.3)),   # TH's
    'Addcdiv': (lambda x, y: (x, 0.5, y, x), lambda a, b: a + 0.5 * b / a),
    'Addcmul': (lambda x, y: (x, 2.0, y, x), lambda a, b: a + 2.0 * b * a),
    'PowConstant': (lambda x, y: (x, 3), lambda a, b: a ** 3),
}


@pytest.mark.parametrize('name', sorted(_BINARY_CLASSES))
def test_legacy_function_classes_with_more_arguments_compute_their_operation(name):
    from legacy_autograd.autograd import _functions
    args, want = _BINARY_CLASSES[name]
    a, b = np.array([0.15, -0.4, 0.65, 0.9]), np.array([0.5, 0.35, -0.2, 1.3])
    x = Variable(L.DoubleTensor(a), requires_grad=True)
    y = Variable(L.DoubleTensor(b), requires_grad=True)
    r = getattr(_functions, name).apply(*args(x, y))
    np.testing.assert_allclose(r.data.numpy(), want(a, b), rtol=1e-14)
    assert type(r.grad_fn).__name__ == name + 'Backward'


def test_sparse_zeros_into_out_takes_sizes_or_one_sequence():
    # (lead sample 1301) torch.zeros(*size, out=sparse): out resized, emptied
    for size in ((2, 3), ((2, 3),), ([2, 3],), (L.Size([2, 3]),)):
        out = _sparse22()
        assert L.zeros(*size, out=out) is out
        assert tuple(out.size()) == (2, 3) and out._nnz() == 0
        assert out.to_dense().tolist() == [[0.0] * 3] * 2


def test_dense_methods_a_sparse_tensor_inherits_refuse_it_by_name():
    # reductions and reflected operators read the dense type's info: on a sparse tensor they
    # say what is wrong instead of failing inside on None
    s = _sparse22()
    for call in (lambda: L.mean(s), lambda: s.mean(), lambda: 2 ** s, lambda: s.var(),
                 lambda: L.std(s)):
        with pytest.raises(AttributeError) as e:
            call()
        assert str(e.value) == ('this operation needs a dense tensor, got a sparse '
                                'torch.sparse.FloatTensor (use .to_dense())')
    assert type(s)._info is None and s._dense_cls._info.typename == 'torch.FloatTensor'


@pytest.mark.parametrize('name', ['Eq', 'Ne', 'Gt', 'Ge', 'Lt', 'Le'])
def test_the_comparison_function_classes_return_a_non_differentiable_mask(name):
    # 0.3.1 autograd/_functions/compare.py: mark_non_differentiable(mask); the Variable methods
    # (ATen, derivatives.yaml) record a zero-gradient node instead
    from legacy_autograd.autograd import _functions
    a = Variable(L.DoubleTensor([1.0, 2.0, 3.0]), requires_grad=True)
    b = Variable(L.DoubleTensor([2.0, 2.0, 2.0]), requires_grad=True)
    m = getattr(_functions, name).apply(a, b)
    want = getattr(np, {'Eq': 'equal', 'Ne': 'not_equal', 'Gt': 'greater', 'Ge': 'greater_equal',
                        'Lt': 'less', 'Le': 'less_equal'}[name])([1.0, 2.0, 3.0], 2.0)
    assert type(m.data) is L.ByteTensor and m.data.tolist() == want.astype(int).tolist()
    assert not m.requires_grad and m.grad_fn is None
    assert getattr(a, name.lower())(b).requires_grad       # the method: a recorded node


# ------------------------------------------------- lead sample 1904 (session 17)
@pytest.mark.parametrize('shape', [(2, 3), (6,), (8,)])
@pytest.mark.parametrize('form', ['masked_scatter_', 'setitem'])
def test_a_masked_copys_source_gradient_is_viewed_as_the_source(shape, form):
    # 0.3.1 masked_scatter_backward (tools/autograd/templates/Functions.cpp): the selected
    # gradients, zeros after them, then ``.view(source.sizes())`` -- under create_graph a
    # ViewBackward node, for a 1-d source too, and the gradient has the source's shape
    import legacy_autograd as torch
    from legacy_autograd.autograd import Variable
    n = int(np.prod(shape))
    x = Variable(torch.zeros(2, 3), requires_grad=True)
    src = Variable(torch.arange(1, n + 1).view(*shape), requires_grad=True)
    m = Variable(torch.ByteTensor([[1, 0, 1], [0, 1, 1]]))
    if form == 'setitem':
        y = x.clone()
        y[m] = src
    else:
        y = x.clone().masked_scatter_(m, src)
    g, = torch.autograd.grad([(y * y).sum()], [src], create_graph=True)
    assert type(g.grad_fn).__name__ == 'ViewBackward'
    assert g.size() == torch.Size(shape)
    assert g.data.view(-1).tolist() == [2.0, 4.0, 6.0, 8.0] + [0.0] * (n - 4)
    g.sum().backward()          # second order: d/dsrc of sum(2 * src_selected) = 2
    assert src.grad.data.view(-1).tolist() == [2.0] * 4 + [0.0] * (n - 4)


def test_a_running_profile_refuses_every_summary():
    # 0.3.1 profiler.py: key_averages, total_average, export_chrome_trace and table all call
    # _check_finish first (RuntimeError "can't export a trace that didn't finish running")
    import tempfile
    with L.autograd.profiler.profile() as prof:
        Variable(L.randn(2), requires_grad=True) * 2
        for summary in (prof.key_averages, prof.total_average, prof.table,
                        lambda: prof.export_chrome_trace(tempfile.mktemp())):
            with pytest.raises(RuntimeError) as e:
                summary()
            assert str(e.value) == "can't export a trace that didn't finish running"
    assert type(prof.total_average()).__name__ == 'FunctionEventAvg'
    assert len(prof.key_averages()) >= 1
