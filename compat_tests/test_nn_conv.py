"""Convolution, pooling, batch norm and padding (``nn.functional`` and the modules).

Checked: values and gradients (input, weight, bias) against modern torch over hypothesis-chosen
shapes / strides / paddings / dilations / groups (tests named ``*parity*``), double backward for
convolution, pooling, batch norm and padding, running statistics of batch norm over several
steps and eval mode, 0.3 module reprs, the seeded 0.3 initialisation, grad_fn names, returned
indices, volatile inputs, the im2col cache, and the error messages for bad input.
"""
import math

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import legacy_autograd as L
from legacy_autograd import testing as T
from legacy_autograd.autograd import Variable
from legacy_autograd import nn
from legacy_autograd.nn import functional as F
from legacy_autograd.rng import Generator
from legacy_autograd.ops import conv_ops

RNG = np.random.RandomState(20171205)
SETTINGS = settings(max_examples=30, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


def randn(*shape):
    return RNG.standard_normal(shape)


def var(a, requires_grad=True, dtype=np.float64):
    return Variable(L.from_numpy(np.array(a, dtype=dtype)), requires_grad=requires_grad)


def name(v):
    return v.grad_fn._legacy_name


def modern_F():
    return pytest.importorskip('torch').nn.functional


# ====================================================================== convolution parity
@st.composite
def conv2d_case(draw):
    groups = draw(st.integers(1, 3))
    cg, og = draw(st.integers(1, 3)), draw(st.integers(1, 3))
    kh, kw = draw(st.integers(1, 4)), draw(st.integers(1, 4))
    sh, sw = draw(st.integers(1, 3)), draw(st.integers(1, 3))
    ph, pw = draw(st.integers(0, 2)), draw(st.integers(0, 2))
    dh, dw = draw(st.integers(1, 3)), draw(st.integers(1, 3))
    n = draw(st.integers(1, 3))
    h = draw(st.integers(1, 9))
    w = draw(st.sampled_from([1, 3, 6, 9, 17, 20]))      # both im2col layouts (ow < / >= 16)
    oh = (h + 2 * ph - dh * (kh - 1) - 1) // sh + 1
    ow = (w + 2 * pw - dw * (kw - 1) - 1) // sw + 1
    assume(oh >= 1 and ow >= 1)
    bias = draw(st.booleans())
    return dict(n=n, groups=groups, cg=cg, og=og, k=(kh, kw), stride=(sh, sw), padding=(ph, pw),
                dilation=(dh, dw), hw=(h, w), bias=bias)


@SETTINGS
@given(conv2d_case())
def test_conv2d_parity_values_and_gradients(case):
    TF = modern_F()
    g = case['groups']
    x = randn(case['n'], case['cg'] * g, *case['hw'])
    w = randn(case['og'] * g, case['cg'], *case['k'])
    kw = dict(stride=case['stride'], padding=case['padding'], dilation=case['dilation'], groups=g)
    if case['bias']:
        b = randn(case['og'] * g)
        T.assert_parity(lambda x, w, b: F.conv2d(x, w, b, **kw), lambda x, w, b: TF.conv2d(x, w, b, **kw),
               x, w, b, dtype=np.float64, gradgrad=False)
    else:
        T.assert_parity(lambda x, w: F.conv2d(x, w, **kw), lambda x, w: TF.conv2d(x, w, **kw), x, w, dtype=np.float64, gradgrad=False)


@SETTINGS
@given(st.integers(1, 3), st.integers(1, 2), st.integers(1, 3), st.integers(1, 3),
       st.integers(1, 25), st.integers(1, 4), st.integers(1, 3), st.integers(0, 2),
       st.integers(1, 3), st.booleans())
def test_conv1d_parity_values_and_gradients(n, groups, cg, og, length, k, s, p, d, bias):
    assume((length + 2 * p - d * (k - 1) - 1) // s + 1 >= 1)
    TF = modern_F()
    x = randn(n, cg * groups, length)
    w = randn(og * groups, cg, k)
    kw = dict(stride=s, padding=p, dilation=d, groups=groups)
    arrays = [x, w] + ([randn(og * groups)] if bias else [])
    T.assert_parity(lambda *a: F.conv1d(*a, **kw), lambda *a: TF.conv1d(*a, **kw), *arrays, dtype=np.float64, gradgrad=False)


@st.composite
def conv_transpose_case(draw):
    groups = draw(st.integers(1, 2))
    cg, og = draw(st.integers(1, 3)), draw(st.integers(1, 3))
    k = (draw(st.integers(1, 4)), draw(st.integers(1, 4)))
    stride = (draw(st.integers(1, 3)), draw(st.integers(1, 3)))
    dilation = (draw(st.integers(1, 2)), draw(st.integers(1, 2)))
    padding = (draw(st.integers(0, 2)), draw(st.integers(0, 2)))
    output_padding = tuple(draw(st.integers(0, max(s, d) - 1)) for s, d in zip(stride, dilation))
    hw = (draw(st.integers(1, 6)), draw(st.integers(1, 6)))
    out = [(hw[i] - 1) * stride[i] - 2 * padding[i] + dilation[i] * (k[i] - 1)
           + output_padding[i] + 1 for i in range(2)]
    assume(min(out) >= 1)
    return dict(n=draw(st.integers(1, 3)), groups=groups, cg=cg, og=og, k=k, stride=stride,
                padding=padding, output_padding=output_padding, dilation=dilation, hw=hw,
                bias=draw(st.booleans()))


@SETTINGS
@given(conv_transpose_case())
def test_conv_transpose2d_parity_values_and_gradients(case):
    TF = modern_F()
    g = case['groups']
    x = randn(case['n'], case['cg'] * g, *case['hw'])
    w = randn(case['cg'] * g, case['og'], *case['k'])
    kw = dict(stride=case['stride'], padding=case['padding'],
              output_padding=case['output_padding'], groups=g, dilation=case['dilation'])
    arrays = [x, w] + ([randn(case['og'] * g)] if case['bias'] else [])
    T.assert_parity(lambda *a: F.conv_transpose2d(*a, **kw), lambda *a: TF.conv_transpose2d(*a, **kw),
           *arrays, dtype=np.float64, gradgrad=False)


def test_conv2d_parity_float32_lenet_shapes():
    TF = modern_F()
    for shape, wshape in [((8, 1, 32, 32), (6, 1, 5, 5)), ((8, 6, 14, 14), (16, 6, 5, 5))]:
        T.assert_parity(lambda x, w, b: F.conv2d(x, w, b), lambda x, w, b: TF.conv2d(x, w, b),
               randn(*shape), randn(*wshape), randn(wshape[0]), dtype=np.float32, gradgrad=False, rtol=2e-4, atol=2e-4)


# ---------------------------------------------------------------------- double backward
@pytest.mark.parametrize('kw', [
    dict(),
    dict(stride=2, padding=1),
    dict(stride=(1, 2), padding=(2, 0), dilation=(2, 1), groups=2),
])
def test_conv2d_parity_double_backward(kw):
    TF = modern_F()
    x, w, b = randn(2, 4, 7, 18), randn(6, 4 // kw.get('groups', 1), 3, 2), randn(6)
    T.assert_parity(lambda x, w, b: F.conv2d(x, w, b, **kw), lambda x, w, b: TF.conv2d(x, w, b, **kw),
           x, w, b, dtype=np.float64, gradgrad=True)


def test_conv1d_parity_double_backward():
    TF = modern_F()
    T.assert_parity(lambda x, w: F.conv1d(x, w, stride=2, padding=1, dilation=2),
           lambda x, w: TF.conv1d(x, w, stride=2, padding=1, dilation=2),
           randn(3, 2, 11), randn(4, 2, 3), dtype=np.float64, gradgrad=True)


@pytest.mark.parametrize('kw', [
    dict(stride=(2, 1), padding=(1, 0), output_padding=(1, 0), groups=2, dilation=(1, 2)),
    # output_padding >= stride (allowed since dilation > stride): rows no input reaches
    dict(stride=1, output_padding=(1, 0), dilation=(2, 1)),
])
def test_conv_transpose2d_parity_double_backward(kw):
    TF = modern_F()
    out_channels = 3 * kw.get('groups', 1)
    T.assert_parity(lambda *a: F.conv_transpose2d(*a, **kw), lambda *a: TF.conv_transpose2d(*a, **kw),
           randn(2, 4, 3, 5), randn(4, 3, 3, 2), randn(out_channels), dtype=np.float64, gradgrad=True)


def test_conv_double_backward_graph_names():
    x, w = var(randn(1, 2, 5, 5)), var(randn(3, 2, 3, 3))
    y = F.conv2d(x, w)
    gx, gw = L.autograd.grad(y.pow(2).sum(), [x, w], create_graph=True)
    assert name(gx) == 'ConvNdBackwardBackward' and name(gw) == 'ConvNdBackwardBackward'
    assert gx.requires_grad and gw.requires_grad


# ====================================================================== pooling parity
def _pool_out(size, k, s, p, d, ceil):
    num = size + 2 * p - d * (k - 1) - 1
    return (-(-num // s) if ceil else num // s) + 1


def _modern_pool_out(size, k, s, p, d, ceil):
    out = _pool_out(size, k, s, p, d, ceil)
    if ceil and (out - 1) * s >= size + p:
        out -= 1
    return out


@st.composite
def pool_case(draw, dilation=True):
    k = (draw(st.integers(1, 4)), draw(st.integers(1, 4)))
    s = (draw(st.integers(1, 3)), draw(st.integers(1, 3)))
    p = (draw(st.integers(0, k[0] // 2)), draw(st.integers(0, k[1] // 2)))
    d = (draw(st.integers(1, 3)), draw(st.integers(1, 3))) if dilation else (1, 1)
    ceil = draw(st.booleans())
    hw = (draw(st.integers(1, 10)), draw(st.integers(1, 10)))
    for i in range(2):
        out = _pool_out(hw[i], k[i], s[i], p[i], d[i], ceil)
        if p[i] and (out - 1) * s[i] >= hw[i] + p[i]:
            out -= 1
        assume(out >= 1)
        # 0.3 trims a window starting past the input only with padding; modern always does
        assume(out == _modern_pool_out(hw[i], k[i], s[i], p[i], d[i], ceil))
    return dict(k=k, s=s, p=p, d=d, ceil=ceil, hw=hw, n=draw(st.integers(1, 2)),
                c=draw(st.integers(1, 3)))


@SETTINGS
@given(pool_case())
def test_max_pool2d_parity_values_indices_gradients(case):
    torch = pytest.importorskip('torch')
    args = (case['k'], case['s'], case['p'], case['d'], case['ceil'])
    x = randn(case['n'], case['c'], *case['hw'])
    out, idx = F.max_pool2d(var(x), *args, return_indices=True)
    # a dilated window may lie entirely in the padding: -inf there, and the index differs
    # (0.3 THNN: -1; modern torch: the first in-range start); such cases are left out
    assume(np.isfinite(out.data.numpy()).all())
    tout, tidx = torch.nn.functional.max_pool2d(torch.tensor(x), *args, return_indices=True)
    np.testing.assert_array_equal(out.data.numpy(), tout.numpy())
    np.testing.assert_array_equal(idx.data.numpy(), tidx.numpy())
    assert type(idx.data).__name__ == 'LongTensor'
    T.assert_parity(lambda v: F.max_pool2d(v, *args), lambda v: torch.nn.functional.max_pool2d(v, *args),
           x, dtype=np.float64, gradgrad=False)


@SETTINGS
@given(st.integers(1, 4), st.integers(1, 3), st.integers(0, 2), st.integers(1, 3),
       st.booleans(), st.integers(1, 15))
def test_max_pool1d_parity_values_indices_gradients(k, s, p, d, ceil, length):
    assume(p <= k // 2)
    out_len = _pool_out(length, k, s, p, d, ceil)
    if p and (out_len - 1) * s >= length + p:
        out_len -= 1
    assume(out_len >= 1 and out_len == _modern_pool_out(length, k, s, p, d, ceil))
    torch = pytest.importorskip('torch')
    x = randn(2, 3, length)
    out, idx = F.max_pool1d(var(x), k, s, p, d, ceil, return_indices=True)
    assume(np.isfinite(out.data.numpy()).all())
    tout, tidx = torch.nn.functional.max_pool1d(torch.tensor(x), k, s, p, d, ceil,
                                                return_indices=True)
    np.testing.assert_array_equal(out.data.numpy(), tout.numpy())
    np.testing.assert_array_equal(idx.data.numpy(), tidx.numpy())
    T.assert_parity(lambda v: F.max_pool1d(v, k, s, p, d, ceil),
           lambda v: torch.nn.functional.max_pool1d(v, k, s, p, d, ceil), x, dtype=np.float64, gradgrad=False)


def test_max_pool2d_parity_ties_pick_the_first_maximum():
    torch = pytest.importorskip('torch')
    x = np.floor(randn(2, 3, 9, 8) * 1.5)                    # many equal values
    x[0, 0] = 0.0
    for args in [((2, 2),), ((3, 3), 1, 1), ((3, 2), 2, 1, 2, True)]:
        out, idx = F.max_pool2d(var(x), *args, return_indices=True)
        tout, tidx = torch.nn.functional.max_pool2d(torch.tensor(x), *args, return_indices=True)
        np.testing.assert_array_equal(out.data.numpy(), tout.numpy())
        np.testing.assert_array_equal(idx.data.numpy(), tidx.numpy())


def test_max_pool2d_nan_window():
    x = np.arange(16.0).reshape(1, 1, 4, 4)
    x[0, 0, 0, 1] = np.nan
    x[0, 0, 1, 0] = np.nan
    out, idx = F.max_pool2d(var(x), 2, return_indices=True)
    assert math.isnan(out.data[0, 0, 0, 0])
    assert idx.data[0, 0, 0, 0] == 4          # THNN keeps the last NaN of the window
    assert out.data.numpy()[0, 0, 1, 1] == 15.0


@SETTINGS
@given(pool_case(dilation=False), st.booleans())
def test_avg_pool2d_parity_values_and_gradients(case, count_include_pad):
    TF = modern_F()
    args = (case['k'], case['s'], case['p'], case['ceil'], count_include_pad)
    x = randn(case['n'], case['c'], *case['hw'])
    T.assert_parity(lambda v: F.avg_pool2d(v, *args), lambda v: TF.avg_pool2d(v, *args), x, dtype=np.float64, gradgrad=False)


@SETTINGS
@given(st.integers(1, 9), st.integers(1, 9), st.integers(1, 5), st.integers(1, 5))
def test_adaptive_pools_parity_values_and_gradients(h, w, oh, ow):
    torch = pytest.importorskip('torch')
    TF = torch.nn.functional
    x = randn(2, 3, h, w)
    size = (oh, ow)
    T.assert_parity(lambda v: F.adaptive_avg_pool2d(v, size), lambda v: TF.adaptive_avg_pool2d(v, size),
           x, dtype=np.float64, gradgrad=False)
    T.assert_parity(lambda v: F.adaptive_max_pool2d(v, size), lambda v: TF.adaptive_max_pool2d(v, size),
           x, dtype=np.float64, gradgrad=False)
    _, idx = F.adaptive_max_pool2d(var(x), (oh, ow), return_indices=True)
    _, tidx = TF.adaptive_max_pool2d(torch.tensor(x), (oh, ow), return_indices=True)
    np.testing.assert_array_equal(idx.data.numpy(), tidx.numpy())


def test_pools_parity_double_backward():
    TF = modern_F()
    x = randn(2, 3, 7, 9)
    T.assert_parity(lambda v: F.max_pool2d(v, (3, 2), (2, 1), (1, 1), (1, 2), True),
           lambda v: TF.max_pool2d(v, (3, 2), (2, 1), (1, 1), (1, 2), True), x, dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda v: F.max_pool2d(v, 2), lambda v: TF.max_pool2d(v, 2), x, dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda v: F.max_pool1d(v, 3, 2, 1), lambda v: TF.max_pool1d(v, 3, 2, 1),
           randn(2, 3, 10), dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda v: F.avg_pool2d(v, 3, 2, 1, True, False),
           lambda v: TF.avg_pool2d(v, 3, 2, 1, True, False), x, dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda v: F.avg_pool2d(v, 2), lambda v: TF.avg_pool2d(v, 2), x, dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda v: F.adaptive_avg_pool2d(v, (3, 4)), lambda v: TF.adaptive_avg_pool2d(v, (3, 4)),
           x, dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda v: F.adaptive_avg_pool2d(v, 1), lambda v: TF.adaptive_avg_pool2d(v, 1), x, dtype=np.float64, gradgrad=True)
    T.assert_parity(lambda v: F.adaptive_max_pool2d(v, (3, 4)), lambda v: TF.adaptive_max_pool2d(v, (3, 4)),
           x, dtype=np.float64, gradgrad=True)


def test_avg_pool1d_parity_and_0_3_graph():
    TF = modern_F()
    T.assert_parity(lambda v: F.avg_pool1d(v, 3, 2, 1), lambda v: TF.avg_pool1d(v, 3, 2, 1),
           randn(2, 3, 10), dtype=np.float64, gradgrad=True)
    y = F.avg_pool1d(var(randn(1, 1, 7)), 3, stride=2)
    assert name(y) == 'SqueezeBackward1'      # 0.3: avg_pool2d(input.unsqueeze(3)).squeeze(3)
    v = Variable(L.Tensor([[[1, 2, 3, 4, 5, 6, 7]]]))
    assert F.avg_pool1d(v, kernel_size=3, stride=2).data.tolist() == [[[2.0, 4.0, 6.0]]]


def test_pooling_parity_unbatched_3d_input():
    torch = pytest.importorskip('torch')
    x = randn(3, 6, 5)
    for lf, tf in [(lambda v: F.max_pool2d(v, 2), lambda v: torch.nn.functional.max_pool2d(v, 2)),
                   (lambda v: F.avg_pool2d(v, 2), lambda v: torch.nn.functional.avg_pool2d(v, 2)),
                   (lambda v: F.adaptive_avg_pool2d(v, 2),
                    lambda v: torch.nn.functional.adaptive_avg_pool2d(v, 2))]:
        T.assert_parity(lf, tf, x, dtype=np.float64, gradgrad=False)


# ====================================================================== padding
@pytest.mark.parametrize('mode,pad,shape', [
    ('constant', (1, 2), (2, 3, 4)),
    ('constant', (1, -2, 2, 1), (2, 3, 4, 5)),
    ('constant', (0, 1, 1, 0, 2, 1), (2, 3, 4, 5)),
    ('reflect', (2, 1), (2, 3, 4)),
    ('reflect', (1, 2, 3, 1), (2, 3, 4, 5)),
    ('replicate', (3, 1), (2, 3, 4)),
    ('replicate', (1, 2, 4, 0), (2, 3, 4, 5)),
])
def test_pad_parity_values_gradients_double_backward(mode, pad, shape):
    TF = modern_F()
    value = 0.25 if mode == 'constant' else 0
    kw = dict(value=value) if mode == 'constant' else {}
    T.assert_parity(lambda v: F.pad(v, pad, mode, value), lambda v: TF.pad(v, pad, mode, **kw),
           randn(*shape), dtype=np.float64, gradgrad=True)


def test_pad_grad_fn_names():
    v = var(randn(1, 2, 4, 4))
    assert name(F.pad(v, (1, 1))) == 'torch.autograd.function.ConstantPadNdBackward'
    assert name(F.pad(v, (1, 1, 1, 1), 'reflect')) == \
        'torch.autograd.function.ReflectionPad2dBackward'
    assert name(F.pad(v, (1, 1, 1, 1), 'replicate')) == \
        'torch.autograd.function.ReplicationPad2dBackward'
    assert name(F.pad(var(randn(1, 2, 4)), (1, 1), 'reflect')) == \
        'torch.autograd.function.ReflectionPad1dBackward'


def test_padding_modules_parity_forward():
    torch = pytest.importorskip('torch')
    x = randn(1, 2, 4, 5)
    pairs = [(nn.ReflectionPad2d((1, 2, 3, 0)), torch.nn.ReflectionPad2d((1, 2, 3, 0))),
             (nn.ReplicationPad2d(2), torch.nn.ReplicationPad2d(2)),
             (nn.ZeroPad2d((0, 1, 2, 3)), torch.nn.ZeroPad2d((0, 1, 2, 3))),
             (nn.ConstantPad2d(1, 3.5), torch.nn.ConstantPad2d(1, 3.5))]
    for mine, modern in pairs:
        T.assert_close(mine(var(x)).data, modern(torch.tensor(x)))


# ====================================================================== batch norm
def _bn_pair(cls_name, c, affine=True):
    torch = pytest.importorskip('torch')
    mine = getattr(nn, cls_name)(c, affine=affine).double()
    modern = getattr(torch.nn, cls_name)(c, affine=affine).double()
    if affine:
        with torch.no_grad():
            modern.weight.copy_(torch.tensor(mine.weight.data.numpy()))
            modern.bias.copy_(torch.tensor(mine.bias.data.numpy()))
    return mine, modern


@pytest.mark.parametrize('cls_name,shape', [('BatchNorm2d', (4, 3, 5, 6)),
                                            ('BatchNorm1d', (6, 4)),
                                            ('BatchNorm1d', (5, 4, 7))])
def test_batch_norm_parity_running_stats_over_steps_then_eval(cls_name, shape):
    torch = pytest.importorskip('torch')
    mine, modern = _bn_pair(cls_name, shape[1])
    rm_obj = mine.running_mean
    for step in range(5):
        x = randn(*shape) * (step + 1) + step
        lv, tv = var(x), torch.tensor(x, requires_grad=True)
        lo, to = mine(lv), modern(tv)
        T.assert_close(lo, to, rtol=1e-10, atol=1e-10)
        g = randn(*shape)
        (lo * var(g, False)).sum().backward()
        (to * torch.tensor(g)).sum().backward()
        T.assert_close(lv.grad, tv.grad, rtol=1e-9, atol=1e-9)
        T.assert_close(mine.running_mean, modern.running_mean,
                                   rtol=1e-12, atol=1e-12)
        T.assert_close(mine.running_var, modern.running_var,
                                   rtol=1e-12, atol=1e-12)
    T.assert_close(mine.weight.grad, modern.weight.grad,
                               rtol=1e-9, atol=1e-9)
    T.assert_close(mine.bias.grad, modern.bias.grad,
                               rtol=1e-9, atol=1e-9)
    assert mine.running_mean is rm_obj            # updated in place
    mine.eval()
    modern.eval()
    x = randn(*shape)
    lv, tv = var(x), torch.tensor(x, requires_grad=True)
    lo, to = mine(lv), modern(tv)
    T.assert_close(lo, to, rtol=1e-10, atol=1e-10)
    before = mine.running_mean.numpy().copy()
    lo.sum().backward()
    to.sum().backward()
    T.assert_close(lv.grad, tv.grad, rtol=1e-10, atol=1e-10)
    np.testing.assert_array_equal(mine.running_mean.numpy(), before)


def test_batch_norm_running_stats_formula_float32():
    bn = nn.BatchNorm2d(3)
    x = randn(4, 3, 2, 2).astype(np.float32)
    bn(Variable(L.from_numpy(x)))
    mean = x.mean(axis=(0, 2, 3))
    unbiased = x.var(axis=(0, 2, 3), ddof=1)
    np.testing.assert_allclose(bn.running_mean.numpy(), 0.1 * mean, rtol=1e-6, atol=1e-7)
    np.testing.assert_allclose(bn.running_var.numpy(), 0.9 + 0.1 * unbiased, rtol=1e-6)
    assert bn.running_mean.type() == 'torch.FloatTensor'


@pytest.mark.parametrize('training', [True, False])
def test_batch_norm_parity_double_backward(training):
    TF = modern_F()
    rm, rv = randn(3) * 0.1, np.abs(randn(3)) + 0.5
    T.assert_parity(lambda x, w, b: F.batch_norm(x, L.from_numpy(rm.copy()), L.from_numpy(rv.copy()), w, b,
                                        training),
           lambda x, w, b: TF.batch_norm(x, pytest.importorskip('torch').tensor(rm),
                                         pytest.importorskip('torch').tensor(rv), w, b, training),
           randn(4, 3, 2, 3), randn(3), randn(3), dtype=np.float64, gradgrad=True, rtol=1e-9, atol=1e-9)


def test_batch_norm_parity_without_affine_and_functional_forms():
    torch = pytest.importorskip('torch')
    mine, modern = _bn_pair('BatchNorm2d', 3, affine=False)
    assert mine.weight is None and mine.bias is None
    x = randn(2, 3, 4, 4)
    T.assert_close(mine(var(x)).data, modern(torch.tensor(x)),
                               rtol=1e-10, atol=1e-10)
    # weight only, no running stats in training
    T.assert_parity(lambda x, w: F.batch_norm(x, None, None, w, None, True),
           lambda x, w: torch.nn.functional.batch_norm(x, None, None, w, None, True),
           randn(3, 2, 4), randn(2), dtype=np.float64, gradgrad=True)


def test_batch_norm_grad_fn_and_init():
    L.manual_seed(1)
    bn = nn.BatchNorm2d(4)
    g = Generator(1)
    expect = np.empty(4, dtype=np.float32)
    g.fill_uniform(expect, 0.0, 1.0)
    np.testing.assert_array_equal(bn.weight.data.numpy(), expect)   # 0.3: weight.uniform_()
    assert bn.bias.data.tolist() == [0, 0, 0, 0]
    assert bn.running_mean.tolist() == [0, 0, 0, 0] and bn.running_var.tolist() == [1, 1, 1, 1]
    y = bn(Variable(L.randn(2, 4, 3, 3)))
    assert name(y) == 'BatchNormBackward'
    assert [type(n).__name__ for n, _ in y.grad_fn.next_functions] == \
        ['NoneType', 'AccumulateGrad', 'AccumulateGrad']


# ====================================================================== grad_fn names, outputs
def test_grad_fn_names():
    x4 = var(randn(1, 2, 6, 6))
    assert name(F.conv2d(x4, var(randn(3, 2, 3, 3)))) == 'ConvNdBackward'
    assert name(F.conv1d(var(randn(1, 2, 6)), var(randn(3, 2, 3)))) == 'ConvNdBackward'
    assert name(F.conv_transpose2d(x4, var(randn(2, 3, 3, 3)))) == 'ConvNdBackward'
    assert name(F.max_pool2d(x4, 2)) == 'MaxPool2DBackward'
    assert name(F.avg_pool2d(x4, 2)) == 'AvgPool2DBackward'
    assert name(F.max_pool1d(var(randn(1, 2, 6)), 2)) == \
        'torch.autograd.function.MaxPool1dBackward'
    assert name(F.adaptive_avg_pool2d(x4, 2)) == 'torch.autograd.function.AdaptiveAvgPool2dBackward'
    assert name(F.adaptive_max_pool2d(x4, 2)) == 'torch.autograd.function.AdaptiveMaxPool2dBackward'
    y = F.conv2d(x4, var(randn(3, 2, 3, 3)), var(randn(3)))
    assert repr(y.grad_fn).startswith('<ConvNdBackward object at 0x')
    assert len(y.grad_fn.next_functions) == 3


def test_outputs_are_contiguous_and_keep_the_type():
    x = Variable(L.randn(2, 3, 9, 9))
    w = nn.Parameter(L.randn(4, 3, 3, 3))
    for out in [F.conv2d(x, w), F.max_pool2d(x, 2), F.avg_pool2d(x, 3, 2),
                F.adaptive_avg_pool2d(x, (2, 3)), F.pad(x, (1, 1, 2, 2), 'reflect')]:
        assert out.data.type() == 'torch.FloatTensor'
        assert out.data.is_contiguous()
        out.view(-1)
    y = F.conv2d(x, w)
    y.sum().backward()
    assert w.grad.data.type() == 'torch.FloatTensor'


def test_return_indices_are_long_variables():
    x = Variable(L.Tensor([[[[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16]]]]))
    out, idx = F.max_pool2d(x, 2, stride=2, return_indices=True)
    assert isinstance(idx, Variable) and idx.data.type() == 'torch.LongTensor'
    assert out.data.tolist() == [[[[6, 8], [14, 16]]]]
    assert idx.data.tolist() == [[[[5, 7], [13, 15]]]]
    m = nn.MaxPool2d(2, return_indices=True)
    o2, i2 = m(x)
    assert i2.data.tolist() == idx.data.tolist()
    out1, idx1 = F.max_pool1d(Variable(L.Tensor([[[1, 2, 3, 4, 5, 6, 7, 8]]])), 2,
                              return_indices=True)
    assert idx1.data.tolist() == [[[1, 3, 5, 7]]]


def test_tensor_inputs_are_accepted():
    x, w = L.randn(1, 2, 5, 5), L.randn(3, 2, 3, 3)
    out = F.conv2d(x, w)
    assert not isinstance(out, Variable) and out.size() == L.Size([1, 3, 3, 3])
    assert F.max_pool2d(x, 2).size() == L.Size([1, 2, 2, 2])


def test_volatile_input_builds_no_graph_and_no_column_cache(monkeypatch):
    seen = []
    orig = conv_ops.ColumnCache.__init__

    def spy(self):
        seen.append(1)
        orig(self)
    monkeypatch.setattr(conv_ops.ColumnCache, '__init__', spy)
    conv = nn.Conv2d(2, 3, 3)
    y = conv(Variable(L.randn(1, 2, 5, 5), volatile=True))
    assert y.volatile and y.grad_fn is None and not seen
    y = conv(Variable(L.randn(1, 2, 5, 5)))
    assert y.grad_fn is not None and seen == [1]


def test_column_cache_is_emptied_and_retain_graph_recomputes():
    x = var(randn(2, 3, 6, 20))
    w = var(randn(4, 3, 3, 3))
    y = F.conv2d(x, w, padding=1)
    cache = y.grad_fn.params['cache']
    assert cache.cols is not None
    y.sum().backward(retain_graph=True)
    assert cache.cols is None
    g1 = w.grad.data.numpy().copy()
    y.sum().backward()
    np.testing.assert_allclose(w.grad.data.numpy(), 2 * g1, rtol=1e-12)


@pytest.mark.parametrize('shape,pad', [((2, 1, 6, 20), 0), ((2, 1, 6, 7), 0), ((2, 2, 6, 20), 1),
                                       ((1, 1, 5, 5), 0)])
def test_workspace_parity_buffers_never_alias_results(shape, pad):
    """Scratch buffers are recycled between calls; no result may live in one."""
    w = var(randn(3, shape[1], 3, 3))
    keep = []
    for step in range(3):
        x = var(randn(*shape))
        y = F.conv2d(x, w, padding=pad)
        g = randn(*y.size())
        y.backward(var(g, False))
        keep.append((x, y, g, x.grad.data.numpy().copy(), y.data.numpy().copy()))
        F.max_pool2d(var(randn(*shape)), 2)            # more workspace traffic in between
    TF = modern_F()
    torch = pytest.importorskip('torch')
    for x, y, g, gx, out in keep:
        np.testing.assert_array_equal(x.grad.data.numpy(), gx)
        np.testing.assert_array_equal(y.data.numpy(), out)
        tx = torch.tensor(x.data.numpy(), requires_grad=True)
        ty = TF.conv2d(tx, torch.tensor(w.data.numpy()), padding=pad)
        ty.backward(torch.tensor(g))
        T.assert_close(out, ty.detach().numpy(), rtol=1e-12, atol=1e-12)
        T.assert_close(gx, tx.grad.numpy(), rtol=1e-12, atol=1e-12)
    conv_ops.WORKSPACE.clear()
    assert conv_ops.WORKSPACE.bytes == 0


def test_conv_parity_large_batches_in_column_chunks(monkeypatch):
    TF = modern_F()
    kw = dict(stride=(1, 2), padding=1, dilation=(2, 1), groups=2)
    arrays = [randn(7, 4, 6, 18), randn(6, 2, 3, 2), randn(6)]
    monkeypatch.setattr(conv_ops, 'COLUMN_BUDGET', 4000)        # a few samples per chunk
    assert conv_ops._batch_step(7, (6, 2, 3, 2), 6, 9, np.float64, 2) == 1
    T.assert_parity(lambda x, w, b: F.conv2d(x, w, b, **kw), lambda x, w, b: TF.conv2d(x, w, b, **kw),
           *arrays, dtype=np.float64, gradgrad=True)
    kt = dict(stride=2, padding=1, output_padding=1, groups=2)
    T.assert_parity(lambda x, w: F.conv_transpose2d(x, w, **kt),
           lambda x, w: TF.conv_transpose2d(x, w, **kt), randn(5, 4, 3, 4), randn(4, 3, 3, 3), dtype=np.float64, gradgrad=True)


def test_both_im2col_layouts_agree_with_a_direct_sum():
    for shape in [(3, 2, 5, 7), (3, 2, 5, 30), (1, 2, 5, 7)]:
        x, w = randn(*shape), randn(4, 2, 3, 2)
        out = F.conv2d(var(x), var(w), stride=(1, 2), padding=1).data.numpy()
        xp = np.pad(x, ((0, 0), (0, 0), (1, 1), (1, 1)))
        oh, ow = out.shape[2:]
        direct = np.zeros_like(out)
        for i in range(3):
            for j in range(2):
                direct += np.einsum('nchw,oc->nohw', xp[:, :, i:i + oh, j:j + 2 * ow - 1:2],
                                    w[:, :, i, j])
        np.testing.assert_allclose(out, direct, rtol=1e-12, atol=1e-12)


# ====================================================================== modules, init, reprs
def test_seeded_conv2d_initialisation_matches_the_0_3_generator():
    L.manual_seed(1)
    conv = nn.Conv2d(1, 6, 5)
    g = Generator(1)
    stdv = 1.0 / math.sqrt(1 * 5 * 5)
    w = np.empty((6, 1, 5, 5), dtype=np.float32)
    b = np.empty(6, dtype=np.float32)
    g.fill_uniform(w, -stdv, stdv)
    g.fill_uniform(b, -stdv, stdv)
    np.testing.assert_array_equal(conv.weight.data.numpy(), w)
    np.testing.assert_array_equal(conv.bias.data.numpy(), b)
    assert conv.weight.data.type() == 'torch.FloatTensor'
    # the next draw continues the same stream
    L.manual_seed(1)
    nn.Conv2d(1, 6, 5)
    nxt = np.empty(3, dtype=np.float32)
    g.fill_uniform(nxt, 0, 1)
    np.testing.assert_array_equal(L.rand(3).numpy(), nxt)


def test_conv_initialisation_fan_in_and_shapes():
    L.manual_seed(3)
    t = nn.ConvTranspose2d(4, 6, (3, 2), groups=2)
    assert t.weight.size() == L.Size([4, 3, 3, 2]) and t.bias.size() == L.Size([6])
    stdv = 1.0 / math.sqrt(4 * 3 * 2)        # 0.3: in_channels * prod(kernel), also here
    assert np.abs(t.weight.data.numpy()).max() <= stdv
    c = nn.Conv2d(4, 6, 3, groups=2, bias=False)
    assert c.weight.size() == L.Size([6, 2, 3, 3]) and c.bias is None
    assert np.abs(c.weight.data.numpy()).max() <= 1.0 / math.sqrt(4 * 9)
    assert [n for n, _ in nn.Conv1d(2, 3, 4).named_parameters()] == ['weight', 'bias']


def test_module_reprs_0_3():
    assert repr(nn.Conv2d(1, 6, 5)) == 'Conv2d(1, 6, kernel_size=(5, 5), stride=(1, 1))'
    assert repr(nn.Conv2d(6, 16, (5, 3), stride=2, padding=1, dilation=2, groups=2,
                          bias=False)) == \
        'Conv2d(6, 16, kernel_size=(5, 3), stride=(2, 2), padding=(1, 1), dilation=(2, 2), ' \
        'groups=2, bias=False)'
    assert repr(nn.Conv1d(16, 33, 3, stride=2)) == 'Conv1d(16, 33, kernel_size=(3,), stride=(2,))'
    assert repr(nn.ConvTranspose2d(16, 33, 3, stride=2, output_padding=1)) == \
        'ConvTranspose2d(16, 33, kernel_size=(3, 3), stride=(2, 2), output_padding=(1, 1))'
    # 0.3.1 (recorded, e.g. torchvision resnet printed under 0.3.1)
    assert repr(nn.MaxPool2d(2, 2)) == \
        'MaxPool2d(kernel_size=(2, 2), stride=(2, 2), dilation=(1, 1), ceil_mode=False)'
    assert repr(nn.MaxPool2d(kernel_size=3, stride=2, padding=1)) == \
        'MaxPool2d(kernel_size=(3, 3), stride=(2, 2), padding=(1, 1), dilation=(1, 1), ' \
        'ceil_mode=False)'
    assert repr(nn.MaxPool2d(3, padding=(1, 0), ceil_mode=True)) == \
        'MaxPool2d(kernel_size=(3, 3), stride=(3, 3), padding=(1, 0), dilation=(1, 1), ' \
        'ceil_mode=True)'
    assert repr(nn.AvgPool2d(7, stride=1)) == \
        'AvgPool2d(kernel_size=7, stride=1, padding=0, ceil_mode=False, count_include_pad=True)'
    assert repr(nn.Conv2d(3, 64, kernel_size=7, stride=2, padding=3, bias=False)) == \
        'Conv2d(3, 64, kernel_size=(7, 7), stride=(2, 2), padding=(3, 3), bias=False)'
    # 0.3's _pair kept a list as given, and the repr printed it
    assert repr(nn.Conv2d(64, 64, kernel_size=[3, 3], padding=(1, 1))) == \
        'Conv2d(64, 64, kernel_size=[3, 3], stride=(1, 1), padding=(1, 1))'
    assert repr(nn.MaxPool1d(3, stride=2)) == \
        'MaxPool1d(kernel_size=3, stride=2, padding=0, dilation=1, ceil_mode=False)'
    assert repr(nn.AvgPool2d(3, stride=2)) == \
        'AvgPool2d(kernel_size=3, stride=2, padding=0, ceil_mode=False, count_include_pad=True)'
    assert repr(nn.AvgPool1d(3)) == \
        'AvgPool1d(kernel_size=(3,), stride=(3,), padding=(0,), ceil_mode=False, ' \
        'count_include_pad=True)'
    assert repr(nn.AdaptiveAvgPool2d((5, 7))) == 'AdaptiveAvgPool2d(output_size=(5, 7))'
    assert repr(nn.AdaptiveMaxPool2d(7)) == 'AdaptiveMaxPool2d(output_size=7)'
    assert repr(nn.BatchNorm2d(16)) == 'BatchNorm2d(16, eps=1e-05, momentum=0.1, affine=True)'
    assert repr(nn.BatchNorm1d(100, affine=False)) == \
        'BatchNorm1d(100, eps=1e-05, momentum=0.1, affine=False)'
    assert repr(nn.ReflectionPad2d(1)) == 'ReflectionPad2d((1, 1, 1, 1))'
    assert repr(nn.ReplicationPad2d((1, 2, 3, 4))) == 'ReplicationPad2d((1, 2, 3, 4))'
    assert repr(nn.ZeroPad2d(2)) == 'ZeroPad2d((2, 2, 2, 2))'
    assert repr(nn.ConstantPad2d((3, 3, 6, 6), 3.5)) == 'ConstantPad2d((3, 3, 6, 6))'


def test_lenet_blitz_layers_repr_and_shapes():
    class Net(nn.Module):
        def __init__(self):
            super(Net, self).__init__()
            self.conv1 = nn.Conv2d(1, 6, 5)
            self.conv2 = nn.Conv2d(6, 16, 5)

        def forward(self, x):
            x = F.max_pool2d(self.conv1(x).clamp(min=0), (2, 2))
            x = F.max_pool2d(self.conv2(x).clamp(min=0), 2)
            return x.view(-1, 16 * 5 * 5)

    net = Net()
    assert repr(net) == ('Net(\n'
                         '  (conv1): Conv2d(1, 6, kernel_size=(5, 5), stride=(1, 1))\n'
                         '  (conv2): Conv2d(6, 16, kernel_size=(5, 5), stride=(1, 1))\n)')
    params = list(net.parameters())
    assert len(params) == 4 and params[0].size() == L.Size([6, 1, 5, 5])
    out = net(Variable(L.randn(1, 1, 32, 32)))
    assert out.size() == L.Size([1, 400])
    net.zero_grad()
    out.backward(Variable(L.randn(1, 400)))
    assert params[0].grad.size() == L.Size([6, 1, 5, 5])


def test_conv_transpose2d_parity_output_size():
    torch = pytest.importorskip('torch')
    m = nn.ConvTranspose2d(3, 2, 3, stride=2, padding=1)
    tm = torch.nn.ConvTranspose2d(3, 2, 3, stride=2, padding=1).double()
    m.double()
    with torch.no_grad():
        tm.weight.copy_(torch.tensor(m.weight.data.numpy()))
        tm.bias.copy_(torch.tensor(m.bias.data.numpy()))
    x = randn(1, 3, 4, 5)
    out = m(var(x), output_size=[1, 2, 8, 10])
    assert out.size() == L.Size([1, 2, 8, 10])
    T.assert_close(out,
                               tm(torch.tensor(x), output_size=[8, 10]),
                               rtol=1e-12, atol=1e-12)
    with pytest.raises(ValueError, match='requested an output size of'):
        m(var(x), output_size=(12, 10))


def test_modules_forward_match_functional():
    x = Variable(L.randn(2, 3, 8, 8))
    assert nn.MaxPool2d(2)(x).data.tolist() == F.max_pool2d(x, 2).data.tolist()
    assert nn.AvgPool2d(3, 2, 1)(x).data.tolist() == F.avg_pool2d(x, 3, 2, 1).data.tolist()
    assert nn.AdaptiveAvgPool2d(3)(x).data.tolist() == F.adaptive_avg_pool2d(x, 3).data.tolist()
    assert nn.AdaptiveMaxPool2d((2, 3))(x).size() == L.Size([2, 3, 2, 3])
    assert nn.MaxPool1d(2)(Variable(L.randn(2, 3, 8))).size() == L.Size([2, 3, 4])


# ====================================================================== errors
def test_conv2d_on_3d_input_raises_the_0_3_message():
    conv = nn.Conv2d(1, 6, 5)
    with pytest.raises(ValueError) as e:
        conv(Variable(L.randn(1, 32, 32)))
    assert str(e.value) == 'Expected 4D tensor as input, got 3D tensor instead.'
    with pytest.raises(ValueError, match='Expected 3D tensor as input, got 4D tensor instead.'):
        F.conv1d(Variable(L.randn(1, 1, 2, 3)), Variable(L.randn(1, 1, 2)))


def test_kernel_larger_than_input():
    conv = nn.Conv2d(1, 6, 5)
    with pytest.raises(RuntimeError) as e:
        conv(Variable(L.randn(1, 1, 3, 3)))
    assert str(e.value) == ('Given input size: (1 x 3 x 3). Calculated output size: '
                            '(6 x -1 x -1). Output size is too small')
    with pytest.raises(RuntimeError, match='Output size is too small'):
        F.max_pool2d(Variable(L.randn(1, 1, 2, 2)), 3)


def test_channel_mismatch_names_the_sizes():
    conv = nn.Conv2d(1, 6, 5)
    with pytest.raises(RuntimeError) as e:
        conv(Variable(L.randn(1, 3, 32, 32)))
    assert str(e.value) == ('Given groups=1, weight[6, 1, 5, 5], so expected input[1, 3, 32, 32] '
                            'to have 1 channels, but got 3 channels instead')
    with pytest.raises(RuntimeError, match=r'Given transposed=1, weight\[4, 2, 3, 3\]'):
        F.conv_transpose2d(Variable(L.randn(1, 3, 5, 5)), Variable(L.randn(4, 2, 3, 3)))
    with pytest.raises(RuntimeError, match='expected bias to be 1-dimensional with 6 elements'):
        F.conv2d(Variable(L.randn(1, 1, 8, 8)), Variable(L.randn(6, 1, 5, 5)),
                 Variable(L.randn(5)))


def test_module_construction_errors():
    with pytest.raises(ValueError, match='in_channels must be divisible by groups'):
        nn.Conv2d(3, 4, 3, groups=2)
    with pytest.raises(ValueError, match='out_channels must be divisible by groups'):
        nn.Conv2d(4, 3, 3, groups=2)


def test_type_mismatch_uses_the_legacy_message():
    with pytest.raises(RuntimeError) as e:
        F.conv2d(Variable(L.randn(1, 1, 5, 5)), Variable(L.randn(2, 1, 3, 3).double()))
    assert str(e.value) == ('Expected object of type Variable[torch.FloatTensor] but found type '
                            "Variable[torch.DoubleTensor] for argument #1 'weight'")


def test_batch_norm_errors():
    with pytest.raises(ValueError, match=r'expected 4D input \(got 3D input\)'):
        nn.BatchNorm2d(3)(Variable(L.randn(2, 3, 4)))
    with pytest.raises(ValueError, match=r'expected 2D or 3D input \(got 4D input\)'):
        nn.BatchNorm1d(3)(Variable(L.randn(2, 3, 4, 4)))
    with pytest.raises(ValueError, match='got 4-feature tensor, expected 3'):
        nn.BatchNorm2d(3)(Variable(L.randn(2, 4, 3, 3)))
    with pytest.raises(ValueError) as e:
        nn.BatchNorm1d(3)(Variable(L.randn(1, 3)))
    assert str(e.value) == ('Expected more than 1 value per channel when training, got input '
                            'size [1, 3]')
    bn = nn.BatchNorm1d(3)
    bn.eval()
    assert bn(Variable(L.randn(1, 3))).size() == L.Size([1, 3])     # fine in eval mode


def test_pool_and_pad_errors():
    x = Variable(L.randn(1, 1, 6, 6))
    with pytest.raises(RuntimeError, match='pad should be smaller than half of kernel size'):
        F.max_pool2d(x, 2, padding=2)
    with pytest.raises(RuntimeError, match='3D or 4D'):
        F.max_pool2d(Variable(L.randn(6, 6)), 2)
    with pytest.raises(ValueError, match=r'expected 3D input \(got 4D input\)'):
        F.max_pool1d(x, 2)
    with pytest.raises(AssertionError, match='Padding length must be divisible by 2'):
        F.pad(x, (1, 2, 3))
    with pytest.raises(AssertionError, match='Padding length too large'):
        F.pad(x, (1,) * 10)
    with pytest.raises(AssertionError, match='4D tensors expect 4 values for padding'):
        F.pad(x, (1, 1), 'reflect')
    with pytest.raises(RuntimeError, match='Padding size should be less than'):
        F.pad(x, (6, 0, 0, 0), 'reflect')
