"""The nn modules and functions 0.3.1 had beyond the first ones (issue 16): upsampling, pixel
shuffle, spatial transformers, 3-d convolution and pooling, 1-d / 3-d adaptive pooling, max
unpooling, power-average and fractional max pooling, instance norm, BatchNorm3d, RReLU, GLU,
Hardshrink, Softshrink, AlphaDropout, EmbeddingBag, distances, CrossMapLRN2d, 3-d padding.

Values and gradients (float64, through ``backward``) are compared with modern torch where it
has the operation (with ``align_corners=True`` for 0.3's corner-aligned interpolation), and
double backward is checked by central differences of the first gradient.  Also: 0.3 node
names, 0.3.1 reprs, 0.3's messages for bad arguments, the packed indices of ``max_pool3d``,
the seeded draws of ``rrelu`` and ``fractional_max_pool2d``, and pickling of whole models.
"""
import io
import warnings

import numpy as np
import pytest

import legacy_autograd as L
from legacy_autograd.autograd import Variable
from legacy_autograd import nn
from legacy_autograd.nn import functional as F

RNG = np.random.RandomState(20180213)


def mt():
    return pytest.importorskip('torch')


def var(a, requires_grad=True, dtype=np.float64):
    return Variable(L.from_numpy(np.array(a, dtype=dtype)), requires_grad=requires_grad)


def randn(*shape):
    return RNG.standard_normal(shape)


def name(v):
    return v.grad_fn._legacy_name


def parity(legacy_fn, modern_fn, *arrays, grad=True, atol=1e-9):
    """``legacy_fn(*Variables)`` against ``modern_fn(*modern tensors)``: value and, for a random
    upstream gradient, the gradient of every input."""
    torch = mt()
    lv = [var(a) for a in arrays]
    mv = [torch.tensor(a, dtype=torch.float64, requires_grad=True) for a in arrays]
    lo = legacy_fn(*lv)
    mo = modern_fn(*mv)
    np.testing.assert_allclose(lo.data.numpy(), mo.detach().numpy(), rtol=1e-7, atol=atol)
    if grad:
        g = randn(*lo.size())
        lo.backward(L.from_numpy(g))
        mo.backward(torch.tensor(g))
        for a, b in zip(lv, mv):
            np.testing.assert_allclose(a.grad.data.numpy(), b.grad.numpy(), rtol=1e-7, atol=atol)
    return lo


def double_backward_ok(fn, *arrays):
    """The gradient built with ``create_graph=True`` has the derivative that central differences
    of the first gradient give (checked against the sum of the gradient times a fixed vector)."""
    assert L.autograd.gradgradcheck(lambda *xs: fn(*xs), [var(a) for a in arrays], eps=1e-6,
                                    atol=1e-5)


# ====================================================================== upsampling
@pytest.mark.parametrize('nd', [1, 2, 3])
def test_upsample_nearest_parity_and_names(nd):
    torch = mt()
    x = randn(2, 3, *([3] * nd))
    lo = parity(lambda v: F.upsample(v, scale_factor=2),
                lambda t: torch.nn.functional.interpolate(t, scale_factor=2, mode='nearest'), x)
    assert name(lo) == 'torch.autograd.function.UpsamplingNearest%ddBackward' % nd
    parity(lambda v: F.upsample(v, size=(6,) * nd),
           lambda t: torch.nn.functional.interpolate(t, size=(6,) * nd, mode='nearest'), x)
    double_backward_ok(lambda v: F.upsample(v, scale_factor=2), randn(1, 2, *([2] * nd)))


@pytest.mark.parametrize('nd,mode', [(1, 'linear'), (2, 'bilinear'), (3, 'trilinear')])
def test_upsample_linear_modes_align_corners(nd, mode):
    torch = mt()
    x = randn(2, 2, *([3] * nd))
    lo = parity(lambda v: F.upsample(v, scale_factor=3, mode=mode),
                lambda t: torch.nn.functional.interpolate(t, scale_factor=3, mode=mode,
                                                          align_corners=True), x)
    want = {1: 'UpsamplingLinear1d', 2: 'UpsamplingBilinear2d', 3: 'UpsamplingTrilinear3d'}[nd]
    assert name(lo) == 'torch.autograd.function.%sBackward' % want
    size = (5, 4, 7)[:nd]
    parity(lambda v: F.upsample(v, size=size, mode=mode),
           lambda t: torch.nn.functional.interpolate(t, size=size, mode=mode,
                                                     align_corners=True), x)
    double_backward_ok(lambda v: F.upsample(v, size=(3,) * nd, mode=mode),
                       randn(1, 1, *([2] * nd)))


def test_upsample_bilinear_docstring_values_and_tuple_scale():
    x = var([[[[1, 2], [3, 4]]]], dtype=np.float32)
    out = nn.Upsample(scale_factor=2, mode='bilinear')(x)
    assert str(out.data).startswith('\n(0 ,0 ,.,.) = \n  1.0000  1.3333  1.6667  2.0000\n')
    torch = mt()
    a = randn(1, 2, 3, 4)
    parity(lambda v: F.upsample(v, scale_factor=(2, 3), mode='bilinear'),
           lambda t: torch.nn.functional.interpolate(t, scale_factor=(2, 3), mode='bilinear',
                                                     align_corners=True), a)


def test_upsample_errors_are_0_3_1s():
    x = var(randn(1, 1, 2, 3))
    with pytest.raises(TypeError):      # 0.3.1 too: _pair(None) is (None, None), then None % 2
        F.upsample(x)
    with pytest.raises(ValueError, match='scale_factor must be a single Integer value'):
        F.upsample(x, scale_factor=(2, 2))
    with pytest.raises(RuntimeError, match=r'output size specified in UpsamplingNearest \(5x6\) '
                                           r'has to be divisible by the input size, but got: '
                                           r'1x1x2x3'):
        F.upsample(x, size=(5, 6))
    with pytest.raises(RuntimeError, match="input aspect ratio doesn't match the output ratio"):
        F.upsample(x, size=(4, 9))
    with pytest.raises(NotImplementedError, match='Got 4D input, but trilinear mode needs 5D'):
        F.upsample(x, scale_factor=2, mode='trilinear')
    with pytest.raises(ValueError, match='scale_factor must be a non-negative integer'):
        F.upsample(x, scale_factor=0, mode='bilinear')


def test_upsampling_modules_repr_and_deprecation_warnings():
    assert repr(nn.Upsample(scale_factor=2)) == 'Upsample(scale_factor=2, mode=nearest)'
    assert repr(nn.Upsample(size=(3, 4), mode='bilinear')) == \
        'Upsample(size=(3, 4), mode=bilinear)'
    assert repr(nn.UpsamplingNearest2d(scale_factor=2)) == \
        'UpsamplingNearest2d(scale_factor=2, mode=nearest)'
    assert repr(nn.UpsamplingBilinear2d(size=4)) == 'UpsamplingBilinear2d(size=4, mode=bilinear)'
    x = var(randn(1, 1, 2, 2))
    for mod, text in ((nn.UpsamplingNearest2d(scale_factor=2), 'UpsamplingNearest2d'),
                      (nn.UpsamplingBilinear2d(scale_factor=2), 'UpsamplingBilinear2d')):
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            mod(x)
        assert any('nn.%s is deprecated. Use nn.Upsample instead.' % text in str(m.message)
                   for m in w)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        F.upsample_nearest(x, scale_factor=2)
    assert 'upsample_nearest is deprecated' in str(w[0].message)


# ====================================================================== pixel shuffle, grids
def test_pixel_shuffle_parity_and_repr():
    torch = mt()
    parity(lambda v: F.pixel_shuffle(v, 2), lambda t: torch.nn.functional.pixel_shuffle(t, 2),
           randn(2, 8, 3, 2))
    assert repr(nn.PixelShuffle(3)) == 'PixelShuffle(upscale_factor=3)'
    assert nn.PixelShuffle(3)(var(randn(1, 9, 4, 4))).size() == L.Size([1, 1, 12, 12])


def test_affine_grid_and_grid_sample_parity():
    torch = mt()
    theta = randn(2, 2, 3) * 0.6
    # the base grid is 0.3.1's float32 ``linspace(-1, 1, W)`` (TH: a + step * i, one ulp from
    # modern torch's symmetric linspace): equal to float precision; the op schema compares it
    # exactly against the TH formula (_functional_schema.py)
    grid = parity(lambda t: F.affine_grid(t, L.Size([2, 3, 4, 5])),
                  lambda t: torch.nn.functional.affine_grid(t, [2, 3, 4, 5], align_corners=True),
                  theta, atol=1e-6)
    assert name(grid) == 'torch.autograd.function.AffineGridGeneratorBackward'
    img = randn(2, 3, 5, 6)
    g = randn(2, 4, 3, 2) * 1.3          # some points outside [-1, 1]
    for mode in ('zeros', 'border'):
        out = parity(lambda i, gr: F.grid_sample(i, gr, padding_mode=mode),
                     lambda i, gr: torch.nn.functional.grid_sample(
                         i, gr, mode='bilinear', padding_mode=mode, align_corners=True),
                     img, g, atol=1e-8)
    assert name(out) == 'torch.autograd.function.GridSamplerBackward'
    with pytest.raises(ValueError, match="padding_mode needs to be 'zeros' or 'border', but got "
                                         "'reflect'|but got reflect"):
        F.grid_sample(var(img), var(g), padding_mode='reflect')


# ====================================================================== 3-d convolution
CONV3D_CASES = [
    dict(stride=1, padding=0, dilation=1, groups=1),
    dict(stride=(2, 1, 2), padding=(1, 0, 2), dilation=1, groups=1),
    dict(stride=1, padding=1, dilation=(2, 1, 2), groups=2),
    dict(stride=2, padding=(0, 1, 1), dilation=2, groups=1),
]


@pytest.mark.parametrize('case', CONV3D_CASES)
@pytest.mark.parametrize('bias', [True, False])
def test_conv3d_parity(case, bias):
    torch = mt()
    g = case['groups']
    arrays = [randn(2, 4, 5, 6, 7), randn(6, 4 // g, 2, 3, 2)] + ([randn(6)] if bias else [])
    out = parity(lambda *v: F.conv3d(*v[:2], bias=v[2] if bias else None, **case),
                 lambda *t: torch.nn.functional.conv3d(*t[:2], bias=t[2] if bias else None,
                                                       **case), *arrays)
    assert name(out) == 'ConvNdBackward'


@pytest.mark.parametrize('case', [
    dict(stride=1, padding=0, output_padding=0, dilation=1, groups=1),
    dict(stride=(2, 1, 3), padding=(1, 0, 1), output_padding=(1, 0, 2), dilation=1, groups=2),
    dict(stride=2, padding=1, output_padding=1, dilation=(2, 1, 1), groups=1),
])
def test_conv_transpose3d_parity(case):
    torch = mt()
    arrays = [randn(2, 4, 3, 4, 3), randn(4, 6 // case['groups'], 3, 2, 2), randn(6)]
    out = parity(lambda x, w, b: F.conv_transpose3d(x, w, b, **case),
                 lambda x, w, b: torch.nn.functional.conv_transpose3d(x, w, b, **case), *arrays)
    assert name(out) == 'ConvNdBackward'


def test_conv3d_double_backward():
    double_backward_ok(lambda x, w: F.conv3d(x, w, stride=2, padding=1),
                       randn(1, 2, 3, 3, 3), randn(2, 2, 2, 2, 2))
    double_backward_ok(lambda x, w: F.conv_transpose3d(x, w, stride=2),
                       randn(1, 2, 2, 2, 2), randn(2, 1, 2, 2, 2))


def test_conv3d_modules_seeded_init_repr_and_output_size():
    L.manual_seed(3)
    m = nn.Conv3d(2, 4, (2, 3, 1), stride=2, bias=True)
    L.manual_seed(3)
    stdv = 1. / np.sqrt(2 * 2 * 3 * 1)
    w = L.Tensor(4, 2, 2, 3, 1).uniform_(-stdv, stdv)
    b = L.Tensor(4).uniform_(-stdv, stdv)
    assert np.array_equal(m.weight.data.numpy(), w.numpy())
    assert np.array_equal(m.bias.data.numpy(), b.numpy())
    assert repr(m) == 'Conv3d(2, 4, kernel_size=(2, 3, 1), stride=(2, 2, 2))'
    t = nn.ConvTranspose3d(2, 3, 3, stride=2, padding=1, bias=False)
    assert repr(t) == ('ConvTranspose3d(2, 3, kernel_size=(3, 3, 3), stride=(2, 2, 2), '
                       'padding=(1, 1, 1), bias=False)')
    out = t(var(randn(1, 2, 3, 3, 3), dtype=np.float32), output_size=[6, 6, 6])
    assert out.size() == L.Size([1, 3, 6, 6, 6])
    with pytest.raises(ValueError, match='Expected 5D tensor as input, got 4D tensor instead.'):
        F.conv3d(var(randn(1, 2, 3, 3)), var(randn(1, 2, 1, 1, 1)))


# ====================================================================== 3-d pooling
@pytest.mark.parametrize('kw', [
    dict(kernel_size=2), dict(kernel_size=(2, 3, 2), stride=(1, 2, 1), padding=(1, 1, 0)),
    dict(kernel_size=3, stride=2, padding=1, ceil_mode=True),
    dict(kernel_size=2, stride=1, dilation=2)])
def test_max_pool3d_parity_and_packed_indices(kw):
    torch = mt()
    x = randn(2, 2, 5, 6, 5)
    out = parity(lambda v: F.max_pool3d(v, **kw), lambda t: torch.nn.functional.max_pool3d(t, **kw),
                 x)
    assert name(out) == 'torch.autograd.function.MaxPool3dBackward'
    # the indices are 0.3.1's THNN kernel offsets packed in bytes: z + 256*y + 65536*x
    _, packed = F.max_pool3d(var(x), return_indices=True, **kw)
    _, flat = torch.nn.functional.max_pool3d(torch.tensor(x), return_indices=True, **kw)
    k = [kw['kernel_size']] * 3 if isinstance(kw['kernel_size'], int) else kw['kernel_size']
    s = kw.get('stride', k)
    s = [s] * 3 if isinstance(s, int) else s
    p = kw.get('padding', 0)
    p = [p] * 3 if isinstance(p, int) else p
    d = kw.get('dilation', 1)
    pk = packed.data.numpy()
    flat = flat.numpy()
    t, h, w = np.unravel_index(flat, x.shape[2:])
    ot, oh, ow = np.meshgrid(*[np.arange(n) for n in pk.shape[2:]], indexing='ij')
    assert np.array_equal(pk & 255, (t - (ot * s[0] - p[0])) // d)
    assert np.array_equal((pk >> 8) & 255, (h - (oh * s[1] - p[1])) // d)
    assert np.array_equal(pk >> 16, (w - (ow * s[2] - p[2])) // d)


def test_max_unpool3d_reads_packed_indices():
    torch = mt()
    x = randn(1, 2, 4, 4, 6)
    pooled, idx = F.max_pool3d(var(x), 2, return_indices=True)
    lo = F.max_unpool3d(pooled, idx, 2, 2)   # 0.3.1: no stride default in the function
    mp, mi = torch.nn.functional.max_pool3d(torch.tensor(x), 2, return_indices=True)
    mo = torch.nn.functional.max_unpool3d(mp, mi, 2)
    assert np.array_equal(lo.data.numpy(), mo.numpy())
    assert name(lo) == 'MaxUnpool3DBackward'
    m = nn.MaxUnpool3d(2)
    assert repr(m) == 'MaxUnpool3d(kernel_size=(2, 2, 2), stride=(2, 2, 2), padding=(0, 0, 0))'


def test_max_unpool1d_2d_parity_and_output_size():
    torch = mt()
    x = randn(2, 3, 5, 6)
    lp, li = F.max_pool2d(var(x), 2, return_indices=True)
    mp, mi = torch.nn.functional.max_pool2d(torch.tensor(x), 2, return_indices=True)
    parity(lambda v: F.max_unpool2d(v, li, 2, 2, output_size=[5, 6]),
           lambda t: torch.nn.functional.max_unpool2d(t, mi, 2, output_size=[5, 6]),
           lp.data.numpy())
    x1 = randn(2, 3, 8)
    lp, li = F.max_pool1d(var(x1), 2, return_indices=True)
    mp, mi = torch.nn.functional.max_pool1d(torch.tensor(x1), 2, return_indices=True)
    parity(lambda v: F.max_unpool1d(v, li, 2, 2),
           lambda t: torch.nn.functional.max_unpool1d(t, mi, 2),
           lp.data.numpy())
    with pytest.raises(ValueError, match=r'invalid output_size "\[9, 9\]" \(dim 0 must be '
                                         r'between 2 and 6\)'):
        F.max_unpool2d(var(randn(1, 1, 2, 2)), Variable(L.LongTensor(1, 1, 2, 2).zero_()), 2, 2,
                       output_size=[9, 9])
    with pytest.raises(TypeError):      # 0.3.1 too: the function's stride has no default
        F.max_unpool2d(var(randn(1, 1, 2, 2)), Variable(L.LongTensor(1, 1, 2, 2).zero_()), 2)


@pytest.mark.parametrize('kw', [
    dict(kernel_size=2), dict(kernel_size=(3, 2, 2), stride=(2, 1, 2), padding=(1, 0, 1)),
    dict(kernel_size=3, stride=2, padding=1, ceil_mode=True),
    dict(kernel_size=3, stride=2, padding=1, ceil_mode=True, count_include_pad=False)])
def test_avg_pool3d_parity(kw):
    torch = mt()
    out = parity(lambda v: F.avg_pool3d(v, **kw), lambda t: torch.nn.functional.avg_pool3d(t, **kw),
                 randn(2, 2, 5, 6, 7))
    assert name(out) == 'AvgPool3DBackward'
    double_backward_ok(lambda v: F.avg_pool3d(v, **kw), randn(1, 1, 3, 3, 3))


def test_adaptive_pools_1d_3d_parity():
    torch = mt()
    x3 = randn(2, 3, 7)
    x5 = randn(2, 2, 5, 7, 6)
    out = parity(lambda v: F.adaptive_avg_pool1d(v, 3),
                 lambda t: torch.nn.functional.adaptive_avg_pool1d(t, 3), x3)
    assert name(out) == 'torch.autograd.function.AdaptiveAvgPool1dBackward'
    parity(lambda v: F.adaptive_avg_pool3d(v, (2, 3, 4)),
           lambda t: torch.nn.functional.adaptive_avg_pool3d(t, (2, 3, 4)), x5)
    out = parity(lambda v: F.adaptive_max_pool1d(v, 4),
                 lambda t: torch.nn.functional.adaptive_max_pool1d(t, 4), x3)
    assert name(out) == 'torch.autograd.function.AdaptiveMaxPool1dBackward'
    parity(lambda v: F.adaptive_max_pool3d(v, (3, 2, 4)),
           lambda t: torch.nn.functional.adaptive_max_pool3d(t, (3, 2, 4)), x5)
    _, li = F.adaptive_max_pool3d(var(x5), 3, return_indices=True)
    _, mi = torch.nn.functional.adaptive_max_pool3d(torch.tensor(x5), 3, return_indices=True)
    assert np.array_equal(li.data.numpy(), mi.numpy())
    assert repr(nn.AdaptiveMaxPool3d((2, 3, 4))) == 'AdaptiveMaxPool3d(output_size=(2, 3, 4))'
    assert repr(nn.AdaptiveAvgPool1d(3)) == 'AdaptiveAvgPool1d(output_size=3)'


def test_pool_indices_modified_in_place_refuse_backward():
    x = var(randn(1, 1, 4, 4, 4))
    out, idx = nn.MaxPool3d(2, return_indices=True)(x)
    assert not idx.requires_grad
    idx.add_(1)
    with pytest.raises(RuntimeError):
        out.sum().backward()


def test_lp_pool_parity_and_reprs():
    torch = mt()
    x = np.abs(randn(2, 3, 6, 5)) + 0.1
    parity(lambda v: F.lp_pool2d(v, 2, (3, 2), stride=2),
           lambda t: torch.nn.functional.lp_pool2d(t, 2, (3, 2), stride=2), x)
    parity(lambda v: F.lp_pool1d(v, 1.5, 3, stride=2),
           lambda t: torch.nn.functional.lp_pool1d(t, 1.5, 3, stride=2), x[:, :, 0])
    assert repr(nn.LPPool2d(2, 3, stride=2)) == 'LPPool2d(2, 3, stride=2, ceil_mode=False)'
    assert repr(nn.MaxPool3d(2)) == \
        'MaxPool3d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False)'
    assert repr(nn.AvgPool3d(2, stride=1)) == \
        'AvgPool3d(kernel_size=2, stride=1, padding=0, ceil_mode=False, count_include_pad=True)'


def test_fractional_max_pool2d_samples_and_parity():
    torch = mt()
    x = randn(2, 3, 9, 8)
    samples = np.random.RandomState(1).uniform(size=(2, 3, 2))
    m = nn.FractionalMaxPool2d(2, output_size=(4, 5), return_indices=True,
                               _random_samples=L.from_numpy(samples))
    lo, li = m(var(x))
    mo, mi = torch.nn.functional.fractional_max_pool2d(
        torch.tensor(x), 2, output_size=(4, 5), return_indices=True,
        _random_samples=torch.tensor(samples))
    assert np.array_equal(lo.data.numpy(), mo.numpy())
    assert np.array_equal(li.data.numpy(), mi.numpy())
    # without samples: one uniform_() of an (N, C, 2) tensor of the input's type
    L.manual_seed(5)
    a = nn.FractionalMaxPool2d(3, output_ratio=0.5)(var(x, dtype=np.float32))
    L.manual_seed(5)
    drawn = L.FloatTensor(2, 3, 2).uniform_()
    b = nn.FractionalMaxPool2d(3, output_ratio=0.5, _random_samples=drawn)(
        var(x, dtype=np.float32))
    assert np.array_equal(a.data.numpy(), b.data.numpy())
    assert a.size() == L.Size([2, 3, 4, 4])


# ====================================================================== normalisation
def test_batchnorm3d_and_instancenorm_parity():
    torch = mt()
    x = randn(3, 4, 3, 2, 3)
    bn = nn.BatchNorm3d(4).double()
    m = torch.nn.BatchNorm3d(4).double()
    with torch.no_grad():
        m.weight.copy_(torch.tensor(bn.weight.data.numpy()))
    parity(lambda v, w, b: F.batch_norm(v, bn.running_mean, bn.running_var, w, b, True),
           lambda t, w, b: torch.nn.functional.batch_norm(t, m.running_mean, m.running_var, w, b,
                                                          True),
           x, bn.weight.data.numpy(), bn.bias.data.numpy())
    assert np.allclose(bn.running_var.numpy(), m.running_var.numpy())
    with pytest.raises(ValueError, match=r'expected 5D input \(got 4D input\)'):
        bn(var(randn(2, 4, 3, 3)))
    for nd, cls in ((1, nn.InstanceNorm1d), (2, nn.InstanceNorm2d), (3, nn.InstanceNorm3d)):
        x = randn(2, 3, *([4] * nd))
        mod = cls(3, affine=True).double()
        mod.weight.data.normal_()
        w, b = mod.weight.data.numpy(), mod.bias.data.numpy()
        rm = torch.zeros(3, dtype=torch.float64)
        rv = torch.ones(3, dtype=torch.float64)
        parity(lambda v: mod(v),
               lambda t: torch.nn.functional.instance_norm(
                   t, rm, rv, torch.tensor(w), torch.tensor(b), use_input_stats=True), x)
        assert np.allclose(mod.running_mean.numpy(), rm.numpy())
        assert np.allclose(mod.running_var.numpy(), rv.numpy())
    assert repr(nn.InstanceNorm2d(3)) == 'InstanceNorm2d(3, eps=1e-05, momentum=0.1, affine=False)'


def test_cross_map_lrn2d_parity_and_repr():
    torch = mt()
    x = randn(2, 6, 3, 4)
    parity(lambda v: nn.CrossMapLRN2d(3, alpha=1e-2, beta=0.75, k=2)(v),
           lambda t: torch.nn.CrossMapLRN2d(3, alpha=1e-2, beta=0.75, k=2)(t), x)
    parity(lambda v: nn.CrossMapLRN2d(4)(v), lambda t: torch.nn.CrossMapLRN2d(4)(t), x)
    assert repr(nn.CrossMapLRN2d(5)) == 'CrossMapLRN2d(5, alpha=0.0001, beta=0.75, k=1)'


# ====================================================================== activations
def test_glu_shrinks_parity_names_and_reprs():
    torch = mt()
    x = randn(3, 4, 6)
    out = parity(lambda v: F.glu(v, 1), lambda t: torch.nn.functional.glu(t, 1), x)
    assert name(out) == 'GluBackward'
    parity(lambda v: nn.GLU()(v), lambda t: torch.nn.functional.glu(t, -1), x)
    with pytest.raises(RuntimeError, match='Halving dimension must be even. Dim 0 is size 3'):
        F.glu(var(x), 0)
    out = parity(lambda v: F.hardshrink(v, 0.7), lambda t: torch.nn.functional.hardshrink(t, 0.7),
                 x)
    assert name(out) == 'HardshrinkBackward'
    out = parity(lambda v: F.softshrink(v), lambda t: torch.nn.functional.softshrink(t), x)
    assert name(out) == 'torch.autograd.function.SoftshrinkBackward'
    double_backward_ok(lambda v: F.glu(v, 0), randn(4, 3))
    assert repr(nn.GLU()) == 'GLU(dim=-1)'
    assert repr(nn.Hardshrink()) == 'Hardshrink(0.5)'
    assert repr(nn.Softshrink(0.3)) == 'Softshrink(0.3)'


def test_rrelu_eval_parity_and_seeded_training_draws():
    torch = mt()
    x = randn(4, 5)
    out = parity(lambda v: F.rrelu(v, 0.1, 0.3), lambda t: torch.nn.functional.rrelu(t, 0.1, 0.3),
                 x)
    assert name(out) == 'RreluBackward'
    assert repr(nn.RReLU()) == 'RReLU(0.125, 0.3333333333333333)'
    assert repr(nn.RReLU(0.1, 0.3, inplace=True)) == 'RReLU(0.1, 0.3, inplace)'
    # training: one THRandom_uniform(lower, upper) per element <= 0, in order
    L.manual_seed(7)
    v = var(x)
    y = F.rrelu(v, 0.1, 0.3, training=True)
    after = L.rand(1)[0]
    L.manual_seed(7)
    neg = x <= 0
    draws = L.DoubleTensor(int(neg.sum())).uniform_(0.1, 0.3).numpy()
    assert L.rand(1)[0] == after
    want = x.copy()
    want[neg] = x[neg] * draws
    np.testing.assert_array_equal(y.data.numpy(), want)
    y.backward(L.ones(4, 5).double())
    slopes = np.ones_like(x)
    slopes[neg] = draws
    np.testing.assert_array_equal(v.grad.data.numpy(), slopes)
    # in place: the input is the output
    w = var(x).clone()
    r = F.rrelu(w, training=False, inplace=True)
    assert r is w


def test_alpha_dropout():
    x = var(randn(200, 50))
    assert F.alpha_dropout(x, 0.3) is x
    assert repr(nn.AlphaDropout(0.2)) == 'AlphaDropout(p=0.2)'
    m = nn.AlphaDropout(0.2)
    L.manual_seed(1)
    y = m(x)
    assert abs(float(y.data.mean()) - float(x.data.mean())) < 0.1
    assert abs(float(y.data.std()) - float(x.data.std())) < 0.1


# ====================================================================== distances, bags
def test_distance_functions_follow_0_3_1_formulas():
    torch = mt()
    a, b = randn(5, 4), randn(5, 4)
    out = F.pairwise_distance(var(a), var(b), p=3)
    want = ((np.abs(a - b) + 1e-6) ** 3).sum(1, keepdims=True) ** (1 / 3.)
    np.testing.assert_allclose(out.data.numpy(), want, rtol=1e-12)
    parity(lambda x, y: F.cosine_similarity(x, y, 1),
           lambda x, y: torch.nn.functional.cosine_similarity(x, y, 1), a, b)
    parity(lambda x: F.normalize(x, 2, 0), lambda x: torch.nn.functional.normalize(x, 2, 0), a)
    assert nn.PairwiseDistance()(var(a), var(b)).size() == L.Size([5, 1])
    assert nn.CosineSimilarity(dim=0)(var(a), var(b)).size() == L.Size([4])


@pytest.mark.parametrize('mode', ['sum', 'mean'])
def test_embedding_bag_parity_and_init(mode):
    torch = mt()
    w = randn(10, 3)
    idx = np.array([1, 2, 4, 5, 4, 3, 2, 9])
    off = np.array([0, 3, 5])
    lidx, loff = L.from_numpy(idx), L.from_numpy(off)
    out = parity(lambda v: F.embedding_bag(v, Variable(lidx), Variable(loff), mode=mode),
                 lambda t: torch.nn.functional.embedding_bag(
                     torch.tensor(idx), t, torch.tensor(off), mode=mode), w)
    assert name(out) == 'torch.autograd.function.EmbeddingBagBackward'
    two_d = idx.reshape(2, 4)
    parity(lambda v: F.embedding_bag(v, Variable(L.from_numpy(two_d)), mode=mode),
           lambda t: torch.nn.functional.embedding_bag(torch.tensor(two_d), t, mode=mode), w)
    # scale_grad_by_freq: THNN divides each row's gradient by its index's count in the batch
    # (modern torch's embedding_bag scales differently, so this is checked by hand)
    v = var(w)
    out = F.embedding_bag(v, Variable(lidx), Variable(loff), mode=mode, scale_grad_by_freq=True)
    g = randn(3, 3)
    out.backward(L.from_numpy(g))
    sizes = np.array([3, 2, 3.]) if mode == 'mean' else np.ones(3)
    bag_of = np.repeat(np.arange(3), [3, 2, 3])
    want = np.zeros_like(w)
    counts = np.bincount(idx)
    for i, k in enumerate(idx):
        want[k] += g[bag_of[i]] / sizes[bag_of[i]] / counts[k]
    np.testing.assert_allclose(v.grad.data.numpy(), want, rtol=1e-12)
    L.manual_seed(2)
    bag = nn.EmbeddingBag(10, 3, mode=mode)
    L.manual_seed(2)
    assert np.array_equal(bag.weight.data.numpy(), L.Tensor(10, 3).normal_(0, 1).numpy())
    assert repr(bag) == 'EmbeddingBag(10, 3, mode=%s)' % mode
    with pytest.raises(ValueError, match=r'offsets\[0\] has to be 0'):
        F.embedding_bag(var(w), Variable(lidx), Variable(L.LongTensor([1, 3])))


# ====================================================================== padding, containers
def test_3d_padding_modules():
    torch = mt()
    x = randn(1, 2, 3, 4, 3)
    parity(lambda v: nn.ReplicationPad3d((1, 2, 0, 1, 2, 1))(v),
           lambda t: torch.nn.functional.pad(t, (1, 2, 0, 1, 2, 1), mode='replicate'), x)
    parity(lambda v: nn.ConstantPad3d(1, 3.5)(v),
           lambda t: torch.nn.functional.pad(t, (1,) * 6, value=3.5), x)
    assert repr(nn.ReplicationPad3d(1)) == 'ReplicationPad3d((1, 1, 1, 1, 1, 1))'
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        c = nn.Container(a=nn.GLU())
    assert 'nn.Container is deprecated' in str(w[0].message)
    assert list(c._modules) == ['a']


# ====================================================================== pickling, namespace
def test_models_with_the_new_modules_pickle_under_0_3_module_paths():
    model = nn.Sequential(nn.Conv3d(1, 2, 2), nn.BatchNorm3d(2), nn.MaxPool3d(2),
                          nn.Upsample(scale_factor=2), nn.InstanceNorm3d(2), nn.RReLU(),
                          nn.AlphaDropout(), nn.ReplicationPad3d(1), nn.GLU(1),
                          nn.ConstantPad3d(1, 0.))
    for m in model.children():
        assert m.__module__.rsplit('.', 1)[1] in (
            'conv', 'batchnorm', 'pooling', 'upsampling', 'instancenorm', 'activation',
            'dropout', 'padding'), m
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter('error')          # every class's source is found (no warning)
        L.save(model, buf)
    data = buf.getvalue()
    for path in (b'torch.nn.modules.conv', b'torch.nn.modules.batchnorm',
                 b'torch.nn.modules.pooling', b'torch.nn.modules.upsampling',
                 b'torch.nn.modules.instancenorm', b'torch.nn.modules.activation',
                 b'torch.nn.modules.dropout', b'torch.nn.modules.padding'):
        assert path in data
    buf.seek(0)
    back = L.load(buf)
    assert repr(back) == repr(model)
    x = var(randn(1, 1, 4, 4, 4), dtype=np.float32)
    model.eval()
    back.eval()
    np.testing.assert_array_equal(back[0](x).data.numpy(), model[0](x).data.numpy())


def test_every_class_and_function_is_exported():
    names = ['Upsample', 'UpsamplingNearest2d', 'UpsamplingBilinear2d', 'Conv3d',
             'ConvTranspose3d', 'MaxPool3d', 'AvgPool3d', 'AdaptiveMaxPool1d',
             'AdaptiveMaxPool3d', 'AdaptiveAvgPool1d', 'AdaptiveAvgPool3d', 'BatchNorm3d',
             'InstanceNorm1d', 'InstanceNorm2d', 'InstanceNorm3d', 'RReLU', 'PixelShuffle',
             'LPPool1d', 'LPPool2d', 'GLU', 'Softshrink', 'Hardshrink', 'MaxUnpool1d',
             'MaxUnpool2d', 'MaxUnpool3d', 'FractionalMaxPool2d', 'EmbeddingBag', 'AlphaDropout',
             'ConstantPad3d', 'ReplicationPad3d', 'Container', 'CosineSimilarity',
             'PairwiseDistance', 'CrossMapLRN2d']
    for n in names:
        assert isinstance(getattr(nn, n), type), n
    for f in ['upsample', 'upsample_nearest', 'upsample_bilinear', 'affine_grid', 'grid_sample',
              'normalize', 'cosine_similarity', 'pairwise_distance', 'glu', 'conv3d',
              'conv_transpose3d', 'max_pool3d', 'avg_pool3d', 'adaptive_max_pool1d',
              'adaptive_max_pool3d', 'adaptive_avg_pool1d', 'adaptive_avg_pool3d',
              'max_unpool1d', 'max_unpool2d', 'max_unpool3d', 'lp_pool1d', 'lp_pool2d',
              'pixel_shuffle', 'rrelu', 'hardshrink', 'softshrink', 'alpha_dropout',
              'embedding_bag']:
        assert callable(getattr(F, f)), f
    from legacy_autograd import _exports
    missing = set(_exports.MISSING['torch.nn']) & set(names)
    assert not missing
    for m in ('torch.nn.modules.upsampling', 'torch.nn.modules.instancenorm',
              'torch.nn.modules.pixelshuffle', 'torch.nn.modules.distance',
              'torch.nn.modules.normalization', 'torch.nn.modules.utils'):
        assert m in _exports.MODULES


def test_volatile_and_plain_tensor_inputs():
    x = Variable(L.randn(1, 2, 4, 4, 4), volatile=True)
    assert F.max_pool3d(x, 2).volatile
    assert F.upsample(x, scale_factor=2).volatile
    assert F.conv3d(x, Variable(L.randn(3, 2, 2, 2, 2))).volatile


def test_functional_keeps_0_3_1s_function_classes():
    x = var(randn(1, 2, 4, 5))
    theta = var(randn(1, 2, 3))
    grid = F.AffineGridGenerator.apply(theta, L.Size([1, 2, 3, 3]))
    np.testing.assert_array_equal(grid.data.numpy(),
                                  F.affine_grid(theta, L.Size([1, 2, 3, 3])).data.numpy())
    np.testing.assert_array_equal(F.GridSampler.apply(x, grid).data.numpy(),
                                  F.grid_sample(x, grid).data.numpy())
    np.testing.assert_array_equal(F.ConstantPadNd.apply(x, (1, 2), 3).data.numpy(),
                                  F.pad(x, (1, 2), value=3).data.numpy())
    a, b, w = var(randn(3, 2)), var(randn(3, 4)), var(randn(5, 2, 4))
    np.testing.assert_array_equal(F.Bilinear.apply(a, b, w).data.numpy(),
                                  F.bilinear(a, b, w).data.numpy())


def test_adaptive_max_pool3d_nan_is_thnns_last_nan():
    x = np.zeros((1, 1, 2, 2, 2))
    x[0, 0, 0, 1, 0] = np.nan
    x[0, 0, 1, 0, 1] = np.nan
    out, idx = F.adaptive_max_pool3d(var(x), 1, return_indices=True)
    assert np.isnan(out.data.numpy()).all()
    assert idx.data.numpy().reshape(-1)[0] == 5        # (1, 0, 1): the later of the two NaNs
