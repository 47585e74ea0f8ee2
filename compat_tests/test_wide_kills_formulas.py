"""Behaviour of the op-formula files that random WIDE mutants showed unguarded (hwideC).

Seeded random samples of ``tools/auto_mutants.py`` with ``AUTO_MUTANTS_KINDS=all`` over the op
formula files (pointwise, reduction, arithmetic, blas/lapack/linalg, shape, indexing, the nn
kernels, comparison, bitwise; seeds 1001 and 1002) left these classes of behaviour unread by
the test files that run for those files; each is tested over its whole class:

* integer indexing of a Variable: a one-element view of the same storage;
* the gradients of the products when only one input requires grad;
* the python operators of tensors and Variables (each dunder, both receivers);
* the "derivative is not implemented" text of every op 0.3.1 could not differentiate, with
  the exact name 0.3.1's ``derivatives.yaml`` gave it (in test_parity_no_derivative.py);
* the padding checks of every convolution front end;
* the double-backward node names of the pooling ops;
* the reference-mode switch of every module flag of a fast path;
* double backward through an assignment whose value has extra leading unit dimensions.

Values are checked against modern torch (the ``torch`` fixture) where it agrees with 0.3;
error texts and node names are 0.3.1's (the source named in each comment).
"""
import importlib
import re

import numpy as np
import pytest

import legacy_autograd as L
import legacy_autograd.nn as nn
import legacy_autograd.nn.functional as F
from legacy_autograd import testing as T
from legacy_autograd.autograd import Variable, grad


def _raises(exc, text, fn, *args, **kwargs):
    with pytest.raises(exc) as info:
        fn(*args, **kwargs)
    assert str(info.value) == text, str(info.value)


def _dv(values, requires_grad=False):
    return Variable(L.DoubleTensor(np.asarray(values, dtype=np.float64)),
                    requires_grad=requires_grad)


# ====================================================================== integer indexing
# 0.3.1 Variable.__getitem__ is Index.apply -> i.index(key) (THPTensor_(getValue)<true>): a key
# of integers only gives THTensor_(newWithStorage1d)(storage, offset, 1, -1) -- a one-element
# tensor on the same storage at the element's offset (Index marks the storage shared)
@pytest.mark.parametrize('shape, key', [
    ((5,), 3), ((5,), -1), ((3, 4), (1, 2)), ((3, 4), (-1, 0)), ((2, 3, 4), (1, -2, 3)),
    ((2, 3, 4), (0, 0, 0)),
])
def test_variable_integer_index_is_a_one_element_view(shape, key):
    n = int(np.prod(shape))
    base = np.arange(n, dtype=np.float64).reshape(shape)
    v = Variable(L.DoubleTensor(base.copy()))
    r = v[key]
    assert isinstance(r, Variable) and r.size() == L.Size([1])
    flat = int(np.ravel_multi_index(tuple(k % s for k, s in zip(np.atleast_1d(key), shape)),
                                    shape))
    assert r.data.storage_offset() == flat and r.data.stride() == (1,)
    assert r.data[0] == base.reshape(-1)[flat]
    r.data[0] = -7.0                                    # written through to v
    want = base.copy().reshape(-1)
    want[flat] = -7.0
    np.testing.assert_array_equal(v.data.numpy().reshape(-1), want)


def test_variable_integer_index_gradient(torch):
    x = np.arange(12, dtype=np.float64).reshape(3, 4) / 7.0
    T.assert_parity(lambda a: a[1, 2] * 3.0, lambda a: (a[1, 2] * 3.0).reshape(1), x)
    T.assert_parity(lambda a: a[-1, -3] * a[0, 1], lambda a: (a[-1, -3] * a[0, 1]).reshape(1), x)


# ====================================================================== products, one input
_M = np.array([[1.0, -2.0, 0.5], [3.0, 0.25, -1.0]])
_V3 = np.array([0.5, -1.5, 2.0])
_V2 = np.array([-1.0, 2.5])
_N = np.array([[0.5, 2.0], [-1.0, 4.0], [2.0, -3.0]])
_B1 = np.arange(12, dtype=np.float64).reshape(2, 2, 3) / 5.0 - 1.0
_B2 = np.arange(12, dtype=np.float64).reshape(2, 3, 2) / 3.0 - 2.0
_C22 = np.array([[1.0, 2.0], [-3.0, 0.5]])

PRODUCTS = [
    ('mm', lambda m, a, b: m.mm(a, b), (_M, _N)),
    ('mv', lambda m, a, b: m.mv(a, b), (_M, _V3)),
    ('dot', lambda m, a, b: m.dot(a, b), (_V3, _V3[::-1].copy())),
    ('ger', lambda m, a, b: m.ger(a, b), (_V2, _V3)),
    ('bmm', lambda m, a, b: m.bmm(a, b), (_B1, _B2)),
    ('matmul', lambda m, a, b: m.matmul(a, b), (_M, _N)),
    ('addmm', lambda m, c, a, b: m.addmm(c, a, b), (_C22, _M, _N)),
    ('addmv', lambda m, c, a, b: m.addmv(c, a, b), (_V2, _M, _V3)),
    ('addr', lambda m, c, a, b: m.addr(c, a, b), (_M, _V2, _V3)),
    ('baddbmm', lambda m, c, a, b: m.baddbmm(c, a, b), (np.ones((2, 2, 2)), _B1, _B2)),
    ('addbmm', lambda m, c, a, b: m.addbmm(c, a, b), (_C22, _B1, _B2)),
]


@pytest.mark.parametrize('name, fn, arrays', PRODUCTS, ids=[p[0] for p in PRODUCTS])
def test_product_gradient_of_each_input_alone(torch, name, fn, arrays):
    # only input k requires grad: its gradient is the full one, the others get none
    up_rng = np.random.RandomState(5)
    for k in range(len(arrays)):
        lv = [Variable(L.DoubleTensor(a.copy()), requires_grad=(i == k))
              for i, a in enumerate(arrays)]
        mv = [torch.tensor(a, dtype=torch.float64, requires_grad=(i == k))
              for i, a in enumerate(arrays)]
        lo, mo = fn(L, *lv), fn(torch, *mv)
        up = up_rng.standard_normal(tuple(mo.shape)) if mo.dim() else np.array(1.5)
        lup = L.DoubleTensor(up.reshape(-1).tolist() if up.ndim == 0 else up)
        if mo.dim() == 0:
            lup = L.DoubleTensor([1.5])
        lo.backward(lup)
        mo.backward(torch.tensor(up, dtype=torch.float64))
        for i, (a, b) in enumerate(zip(lv, mv)):
            if i == k:
                T.assert_close(a.grad, b.grad, what='%s grad of input %d' % (name, i), graph=False)
            else:
                assert a.grad is None


# ====================================================================== python operators
# 0.3.1 tensor.py / autograd/variable.py: each operator is the named method of the receiver
_X = np.array([[5.0, -7.0, 2.5], [-0.5, 3.0, -4.0]])
_Y = np.array([[3.0, 2.0, -1.5], [2.0, -2.5, 1.0]])
OPERATORS = [
    ('add', lambda a, b: a + b), ('radd', lambda a, b: 2.5 + a), ('sub', lambda a, b: a - b),
    ('rsub', lambda a, b: 2.5 - a), ('mul', lambda a, b: a * b), ('rmul', lambda a, b: -3 * a),
    ('truediv', lambda a, b: a / b), ('rtruediv_scalar', lambda a, b: a / 4.0),
    ('pow', lambda a, b: a ** 2), ('rpow', lambda a, b: 2 ** a), ('neg', lambda a, b: -a),
    ('mod', lambda a, b: a % 3), ('mod_neg', lambda a, b: a % -2.0),
    ('matmul', lambda a, b: a @ b.t()),
]


@pytest.mark.parametrize('name, fn', OPERATORS, ids=[o[0] for o in OPERATORS])
def test_python_operators_of_tensors_and_variables(torch, name, fn):
    # TH's remainder (x % y) has the divisor's sign (a - b * floor(a / b)), like modern torch's
    want = fn(torch.tensor(_X), torch.tensor(_Y))
    t = fn(L.DoubleTensor(_X), L.DoubleTensor(_Y))
    assert type(t) is L.DoubleTensor
    T.assert_close(t, want, what='tensor ' + name, graph=False)
    v = fn(Variable(L.DoubleTensor(_X)), Variable(L.DoubleTensor(_Y)))
    assert isinstance(v, Variable)
    T.assert_close(v, want, what='Variable ' + name, graph=False)


def test_inplace_python_operators_of_tensors(torch):
    for op, want in (('__iadd__', _X + _Y), ('__isub__', _X - _Y), ('__imul__', _X * _Y),
                     ('__idiv__', _X / _Y)):
        t = L.DoubleTensor(_X)
        r = getattr(t, op)(L.DoubleTensor(_Y))
        assert r is t
        np.testing.assert_array_equal(t.numpy(), want)


def test_histc_backward_text():
    x = Variable(L.DoubleTensor([0.5, 1.5, 2.5, 0.25]), requires_grad=True)
    h = x.histc(bins=3, min=0, max=3)
    assert h.data.tolist() == [2.0, 1.0, 1.0]
    _raises(RuntimeError, "the derivative for 'histc' is not implemented", h.sum().backward)


# ====================================================================== convolution padding
def _rv(*shape):
    return Variable(L.DoubleTensor(np.random.RandomState(3).standard_normal(shape)))


# 0.3.1 ConvForward::apply (csrc/autograd/functions/convolution.cpp) checks the padding of
# every convolution (1-, 2- and 3-d, plain and transposed) before anything else:
# "negative padding is not supported", then "negative output_padding is not supported"
CONV_PADDING = [
    ('conv1d', lambda p: F.conv1d(_rv(1, 2, 5), _rv(2, 2, 3), padding=p), -1),
    ('conv2d', lambda p: F.conv2d(_rv(1, 2, 5, 5), _rv(2, 2, 3, 3), padding=p), (0, -1)),
    ('conv3d', lambda p: F.conv3d(_rv(1, 2, 4, 4, 4), _rv(2, 2, 1, 1, 1), padding=p), (0, 0, -1)),
    ('conv_transpose1d', lambda p: F.conv_transpose1d(_rv(1, 2, 5), _rv(2, 2, 3), padding=p), -1),
    ('conv_transpose2d', lambda p: F.conv_transpose2d(_rv(1, 2, 5, 5), _rv(2, 2, 3, 3),
                                                      padding=p), (-1, 0)),
    ('conv_transpose3d', lambda p: F.conv_transpose3d(_rv(1, 2, 3, 3, 3), _rv(2, 2, 1, 1, 1),
                                                      padding=p), -1),
    ('Conv2d', lambda p: nn.Conv2d(2, 2, 3, padding=p)(_rv(1, 2, 5, 5).float()), -2),
    ('ConvTranspose2d', lambda p: nn.ConvTranspose2d(2, 2, 3, padding=p)(_rv(1, 2, 5, 5).float()),
     -1),
    ('Conv3d', lambda p: nn.Conv3d(2, 2, 1, padding=p)(_rv(1, 2, 3, 3, 3).float()), -1),
]


@pytest.mark.parametrize('name, fn, bad', CONV_PADDING, ids=[c[0] for c in CONV_PADDING])
def test_every_convolution_refuses_negative_padding(name, fn, bad):
    _raises(RuntimeError, 'negative padding is not supported', fn, bad)
    # zero padding is accepted
    out = fn(0)
    assert isinstance(out, Variable) and out.dim() >= 3


@pytest.mark.parametrize('fn', [
    lambda: F.conv_transpose1d(_rv(1, 2, 5), _rv(2, 2, 3), output_padding=-1),
    lambda: F.conv_transpose2d(_rv(1, 2, 5, 5), _rv(2, 2, 3, 3), output_padding=(0, -1)),
    lambda: F.conv_transpose3d(_rv(1, 2, 3, 3, 3), _rv(2, 2, 1, 1, 1), output_padding=-1),
], ids=['1d', '2d', '3d'])
def test_every_transposed_convolution_refuses_negative_output_padding(fn):
    _raises(RuntimeError, 'negative output_padding is not supported', fn)


def test_negative_padding_is_checked_before_the_channels():
    # ConvForward::apply: the padding checks come before check_input_shape_forward
    _raises(RuntimeError, 'negative padding is not supported',
            F.conv2d, _rv(1, 3, 5, 5), _rv(2, 2, 3, 3), padding=-1)
    _raises(RuntimeError, 'negative padding is not supported',
            F.conv3d, _rv(1, 3, 4, 4, 4), _rv(2, 2, 1, 1, 1), padding=-1)


# ====================================================================== pooling node names
# the pools 0.3.1 ran through ATen (derivatives.yaml: max_pool2d, avg_pool2d, avg_pool3d and
# their *_backward entries) name their double-backward nodes <Op>BackwardBackward; the
# adaptive average pool is a python Function (nn/_functions/thnn/pooling.py), whose backward
# is a Function too
POOL_NAMES = [
    ('max_pool2d', lambda x: F.max_pool2d(x, 2), (1, 2, 4, 4),
     'MaxPool2DBackward', 'MaxPool2DBackwardBackward'),
    ('max_pool2d_indices', lambda x: F.max_pool2d(x, 2, return_indices=True)[0], (1, 2, 4, 4),
     'MaxPool2DBackward', 'MaxPool2DBackwardBackward'),
    ('MaxPool2d', lambda x: nn.MaxPool2d(3, stride=1, padding=1)(x), (2, 1, 3, 4),
     'MaxPool2DBackward', 'MaxPool2DBackwardBackward'),
    ('avg_pool2d', lambda x: F.avg_pool2d(x, 2), (1, 2, 4, 4),
     'AvgPool2DBackward', 'AvgPool2DBackwardBackward'),
    ('avg_pool3d', lambda x: F.avg_pool3d(x, 2), (1, 1, 4, 4, 4),
     'AvgPool3DBackward', 'AvgPool3DBackwardBackward'),
    ('adaptive_avg_pool2d', lambda x: F.adaptive_avg_pool2d(x, 2), (1, 2, 4, 4),
     'torch.autograd.function.AdaptiveAvgPool2dBackward',
     'torch.autograd.function.AdaptiveAvgPool2dBackwardBackward'),
]


def _node(fn):
    return re.match(r'<(\S+) object at 0x[0-9a-f]+>$', repr(fn)).group(1)


@pytest.mark.parametrize('name, fn, shape, first, second', POOL_NAMES,
                         ids=[p[0] for p in POOL_NAMES])
def test_pool_double_backward_node_names(torch, name, fn, shape, first, second):
    a = np.random.RandomState(7).standard_normal(shape)
    x = Variable(L.DoubleTensor(a), requires_grad=True)
    y = fn(x)
    assert _node(y.grad_fn) == first
    up = np.random.RandomState(8).standard_normal(tuple(y.size()))
    gy = Variable(L.DoubleTensor(up), requires_grad=True)
    gx, = grad(y, x, gy, create_graph=True)
    assert _node(gx.grad_fn) == second
    # and the double backward's value: d(sum(gx * w))/d gy is the pool applied to w
    w = np.random.RandomState(9).standard_normal(shape)
    ggy, = grad(gx, gy, Variable(L.DoubleTensor(w)))
    mfn = {'max_pool2d': lambda t: torch.nn.functional.max_pool2d(t, 2),
           'max_pool2d_indices': lambda t: torch.nn.functional.max_pool2d(t, 2),
           'MaxPool2d': lambda t: torch.nn.functional.max_pool2d(t, 3, 1, 1),
           'avg_pool2d': lambda t: torch.nn.functional.avg_pool2d(t, 2),
           'avg_pool3d': lambda t: torch.nn.functional.avg_pool3d(t, 2),
           'adaptive_avg_pool2d': lambda t: torch.nn.functional.adaptive_avg_pool2d(t, 2)}[name]
    mx = torch.tensor(a, requires_grad=True)
    mgy = torch.tensor(up, requires_grad=True)
    mgx, = torch.autograd.grad(mfn(mx), mx, mgy, create_graph=True)
    mggy, = torch.autograd.grad(mgx, mgy, torch.tensor(w))
    T.assert_close(ggy, mggy, what=name + ' double backward', graph=False)


# ====================================================================== reference mode
def _flags():
    import os
    root = os.path.dirname(L.__file__)
    found = []
    for dirpath, _, files in os.walk(root):
        for f in sorted(files):
            if not f.endswith('.py'):
                continue
            path = os.path.join(dirpath, f)
            with open(path) as fh:
                text = fh.read()
            for m in re.finditer(r"_fastpaths\.flag\(globals\(\), '(\w+)'(, fast_value=(\w+))?\)",
                                 text):
                rel = os.path.relpath(path, os.path.dirname(root))[:-3].replace(os.sep, '.')
                if rel.endswith('.__init__'):
                    rel = rel[:-len('.__init__')]
                found.append((rel, m.group(1), m.group(3) != 'False'))
    return found


FLAGS = _flags()


def test_the_flag_list_is_complete():
    names = {(m, n) for m, n, _ in FLAGS}
    assert {('legacy_autograd.ops.indexing', '_INT_KEY'), ('legacy_autograd.autograd.engine', '_HOT'),
            ('legacy_autograd.ops.linalg', '_MM_DIRECT'),
            ('legacy_autograd.ops.rnn_ops', 'REFERENCE')} <= names
    assert len(FLAGS) >= 8


@pytest.mark.parametrize('module, name, fast', FLAGS, ids=['%s.%s' % f[:2] for f in FLAGS])
def test_reference_mode_switches_every_flag(module, name, fast):
    # _fastpaths.flag: the module's flag is fast_value in fast mode and its negation in
    # reference mode (docs/performance.md, legacy_autograd/_fastpaths.py)
    mod = importlib.import_module(module)
    assert getattr(mod, name) is fast
    with T.reference_mode():
        assert getattr(mod, name) is (not fast)
    assert getattr(mod, name) is fast


def test_integer_key_shortcut_is_off_in_reference_mode(monkeypatch):
    # t[i] in reference mode goes through the general key parser (same result)
    from legacy_autograd.ops import indexing
    seen = []
    real = indexing.parse_key

    def spy(*args, **kwargs):
        seen.append(args[0])
        return real(*args, **kwargs)
    monkeypatch.setattr(indexing, 'parse_key', spy)
    t = L.DoubleTensor([[1.0, 2.0], [3.0, 4.0]])
    assert t[1].tolist() == [3.0, 4.0] and seen == []
    with T.reference_mode():
        assert t[1].tolist() == [3.0, 4.0]
    assert seen == [1]


# ====================================================================== assignment, double
# 0.3.1 SetItem.backward: the value's gradient is grad_output[index].contiguous().view(value
# size) -- a view, differentiable again; a value with more (unit) leading dimensions than its
# destination is copied by element count (THPCopy without broadcast)
@pytest.mark.parametrize('vshape, key', [((1, 1, 3), 0), ((1, 2, 3), slice(None)),
                                         ((2, 1, 3), slice(None)), ((1, 3), 1)])
def test_double_backward_through_an_assignment_of_a_longer_value(torch, vshape, key):
    val = np.arange(1, 1 + int(np.prod(vshape)), dtype=np.float64).reshape(vshape) / 4.0
    w = np.array([[0.5, -1.0, 2.0], [1.5, 0.25, -0.75]])

    def run(m, x, v):
        y = x * 1
        y[key] = v
        return (y * y * Variable(L.DoubleTensor(w))).sum()
    lx = Variable(L.DoubleTensor(np.zeros((2, 3))), requires_grad=True)
    lv = Variable(L.DoubleTensor(val), requires_grad=True)
    g, = grad(run(L, lx, lv), lv, create_graph=True)
    (g * g).sum().backward()
    mx = torch.zeros(2, 3, dtype=torch.float64, requires_grad=True)
    mv = torch.tensor(val, requires_grad=True)
    y = mx * 1
    y[key] = mv.reshape(y[key].shape) if len(vshape) > y[key].dim() else mv
    mg, = torch.autograd.grad((y * y * torch.tensor(w)).sum(), mv, create_graph=True)
    (mg * mg).sum().backward()
    assert lv.grad.size() == L.Size(vshape)
    if vshape == (2, 1, 3):
        # the value's gradient is reshaped to the value's size: 0.3.1's .view(value_size)
        assert _node(g.grad_fn) == 'ViewBackward'
    T.assert_close(g, mg.detach(), what='first gradient', graph=False)
    T.assert_close(lv.grad, mv.grad, what='second gradient', graph=False)


def test_double_backward_through_copy_of_a_longer_source(torch):
    src = np.array([[[1.0, -2.0, 0.5]]])
    lx = Variable(L.DoubleTensor(np.zeros(3)), requires_grad=True)
    ls = Variable(L.DoubleTensor(src), requires_grad=True)
    y = (lx * 1).copy_(ls)
    g, = grad((y * y).sum(), ls, create_graph=True)
    (g * g).sum().backward()
    np.testing.assert_array_equal(g.data.numpy(), 2 * src)
    np.testing.assert_array_equal(ls.grad.data.numpy(), 8 * src)


# ====================================================================== empty index key
# 0.3.1 THPTensor_(getValue) with an empty tuple: THTensor_(newWithTensor)(self) -- the whole
# tensor as a view (Variables: Index.apply, not advanced indexing, storage marked shared)
def test_empty_tuple_key_is_a_view_of_everything():
    base = np.arange(6, dtype=np.float64).reshape(2, 3)
    t = L.DoubleTensor(base.copy())
    r = t[()]
    assert type(r) is L.DoubleTensor and r.size() == L.Size([2, 3])
    r[1, 2] = -1.0
    assert t[1, 2] == -1.0
    v = Variable(L.DoubleTensor(base.copy()), requires_grad=True)
    r = v[()]
    assert isinstance(r, Variable) and r.size() == L.Size([2, 3])
    assert _node(r.grad_fn) == 'torch.autograd.function.IndexBackward'
    r.data[0, 1] = 9.0
    assert v.data[0, 1] == 9.0
    (r * Variable(L.DoubleTensor(base))).sum().backward()
    np.testing.assert_array_equal(v.grad.data.numpy(), base)


# ====================================================================== pool kernel sizes
# THNN SpatialDilatedMaxPooling / SpatialAveragePooling shapeCheck: "kernel size should be
# greater than zero, but got kH: %d kW: %d" -- each side checked (0.3.1's 1-d pools run the
# 2-d kernels: max_pool1d with kH = 1, avg_pool1d on input.unsqueeze(3) with kW = 1)
def _x4():
    return Variable(L.DoubleTensor(np.arange(32, dtype=np.float64).reshape(1, 2, 4, 4)))


@pytest.mark.parametrize('fn, text', [
    (lambda: F.max_pool2d(_x4(), (0, 2)), 'kH: 0 kW: 2'),
    (lambda: F.max_pool2d(_x4(), (2, 0)), 'kH: 2 kW: 0'),
    (lambda: F.max_pool2d(_x4(), (2, 0), stride=1), 'kH: 2 kW: 0'),
    (lambda: F.max_pool2d(_x4(), 0, stride=1), 'kH: 0 kW: 0'),
    (lambda: nn.MaxPool2d((0, 3), stride=1)(_x4()), 'kH: 0 kW: 3'),
    (lambda: F.avg_pool2d(_x4(), (0, 2)), 'kH: 0 kW: 2'),
    (lambda: F.avg_pool2d(_x4(), (2, 0), stride=1), 'kH: 2 kW: 0'),
    (lambda: F.max_pool1d(_x4()[0], 0, stride=1), 'kH: 1 kW: 0'),
    (lambda: F.avg_pool1d(_x4()[0], 0, stride=1), 'kH: 0 kW: 1'),
], ids=['max2d-h', 'max2d-w', 'max2d-w-stride', 'max2d-both', 'MaxPool2d', 'avg2d-h', 'avg2d-w',
        'max1d', 'avg1d'])
def test_every_pool_refuses_a_zero_kernel_side(fn, text):
    _raises(RuntimeError, 'kernel size should be greater than zero, but got ' + text, fn)
