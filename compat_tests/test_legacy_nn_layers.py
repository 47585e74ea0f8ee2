"""torch.legacy.nn, the layers former Lua Torch users rely on: convolutions, pooling,
normalisation, dropout, lookup tables and the margin criterions.  Values and gradients are
compared with modern torch where it has the same operation, and with finite differences
otherwise."""
import io
import struct

import numpy as np
import pytest
import torch as modern
import torch.nn.functional as MF

import legacy_autograd as torch
import legacy_autograd.legacy.nn as lnn


def _np(t):
    return np.asarray(t.numpy())


def _rand(*shape, seed=0):
    return np.random.RandomState(seed).randn(*shape)


def _ours(a):
    return torch.from_numpy(np.ascontiguousarray(a))


def _m(t):
    return modern.from_numpy(np.ascontiguousarray(_np(t)))


def _close(ours, theirs, tol=1e-6):
    theirs = theirs.detach().numpy() if hasattr(theirs, 'detach') else np.asarray(theirs)
    np.testing.assert_allclose(_np(ours), theirs, rtol=tol, atol=tol)


def _against_modern(module, x, fn, params, scale=1.0, seed=5):
    """Forward/backward of ``module`` on ``x`` against ``fn(x, *params)`` in modern torch:
    output, gradInput and the gradients of ``params`` (attribute names of the module)."""
    module.zeroGradParameters()
    out = module.forward(_ours(x))
    go = _rand(*out.size(), seed=seed)
    gi = module.backward(_ours(x), _ours(go), scale)
    xr = modern.from_numpy(x).requires_grad_()
    pr = [_m(getattr(module, n)).requires_grad_() for n in params]
    yr = fn(xr, *pr)
    yr.backward(modern.from_numpy(go))
    _close(out, yr)
    _close(gi, xr.grad)
    for n, p in zip(params, pr):
        grad_name = 'grad' + n[0].upper() + n[1:]
        _close(getattr(module, grad_name), scale * p.grad)
    return out


def _fd_check(module, x, params=(), eps=1e-6, tol=1e-5, seed=9):
    """gradInput and parameter gradients of ``module`` at ``x`` against central differences
    of ``sum(forward(x) * gradOutput)``."""
    go = _ours(_rand(*module.forward(x).size(), seed=seed))

    def objective():
        return float((module.forward(x) * go).sum())

    module.zeroGradParameters()
    module.forward(x)
    gi = module.backward(x, go).clone()
    grads = [getattr(module, 'grad' + n[0].upper() + n[1:]).clone() for n in params]
    for tensor, analytic in [(x, gi)] + [(getattr(module, n), g) for n, g in zip(params, grads)]:
        flat = tensor.view(-1)
        numeric = np.zeros(flat.nelement())
        for i in range(flat.nelement()):
            orig = flat[i]
            flat[i] = orig + eps
            up = objective()
            flat[i] = orig - eps
            down = objective()
            flat[i] = orig
            numeric[i] = (up - down) / (2 * eps)
        np.testing.assert_allclose(_np(analytic).reshape(-1), numeric, rtol=tol, atol=tol)


# ------------------------------------------------------------------------------ convolutions

@pytest.mark.parametrize('args,shape', [
    ((3, 4, 3, 3), (2, 3, 7, 6)),
    ((3, 2, 3, 2, 2, 1, 1, 0), (2, 3, 7, 6)),
    ((2, 5, 1, 3, 1, 2, 0, 1), (2, 2, 6, 5)),
])
def test_spatial_convolution_matches_conv2d(args, shape):
    m = lnn.SpatialConvolution(*args).double()
    dW, dH = (args[4], args[5]) if len(args) > 4 else (1, 1)
    padW = args[6] if len(args) > 6 else 0
    padH = args[7] if len(args) > 7 else padW
    _against_modern(m, _rand(*shape), lambda x, w, b: MF.conv2d(x, w, b, (dH, dW), (padH, padW)),
                    ['weight', 'bias'], scale=0.5)


def test_spatial_convolution_single_sample_and_no_bias():
    m = lnn.SpatialConvolution(2, 3, 3, 3).double().noBias()
    x = _rand(2, 5, 5, seed=3)
    out = _against_modern(m, x, lambda x, w: MF.conv2d(x.unsqueeze(0), w).squeeze(0), ['weight'])
    assert out.size() == torch.Size([3, 3, 3])
    assert m.parameters()[0] == [m.weight]


def test_spatial_convolution_init_and_repr():
    torch.manual_seed(3)
    m = lnn.SpatialConvolution(3, 8, 5, 5)
    bound = 1. / np.sqrt(5 * 5 * 3)
    assert m.weight.size() == torch.Size([8, 3, 5, 5]) and m.bias.size() == torch.Size([8])
    assert np.abs(_np(m.weight)).max() <= bound and np.abs(_np(m.bias)).max() <= bound
    assert repr(m) == 'nn.SpatialConvolution(3 -> 8, 5x5)'
    assert repr(lnn.SpatialConvolution(3, 8, 3, 3, 2, 2)) == 'nn.SpatialConvolution(3 -> 8, 3x3, 2, 2)'
    assert repr(lnn.SpatialConvolution(3, 8, 3, 3, 1, 1, 1, 1)) == \
        'nn.SpatialConvolution(3 -> 8, 3x3, 1, 1, 1, 1)'
    assert repr(lnn.SpatialConvolution(1, 2, 3, 3).noBias()) == \
        'nn.SpatialConvolution(1 -> 2, 3x3) without bias'


def test_dilated_convolution_matches_conv2d():
    m = lnn.SpatialDilatedConvolution(2, 3, 3, 3, 1, 1, 2, 2, 2, 2).double()
    _against_modern(m, _rand(2, 2, 9, 9), lambda x, w, b: MF.conv2d(x, w, b, 1, 2, 2), ['weight', 'bias'])
    assert repr(m) == 'nn.SpatialDilatedConvolution(2 -> 3, 3x3, 1, 1, 2, 2, 2, 2)'


def test_full_convolution_matches_conv_transpose2d():
    m = lnn.SpatialFullConvolution(3, 2, 3, 3, 2, 2, 1, 1, 1, 1).double()
    assert m.weight.size() == torch.Size([3, 2, 3, 3])
    out = _against_modern(m, _rand(2, 3, 4, 5),
                          lambda x, w, b: MF.conv_transpose2d(x, w, b, 2, 1, 1), ['weight', 'bias'])
    assert out.size() == torch.Size([2, 2, 8, 10])
    assert repr(m) == 'nn.SpatialFullConvolution(3 -> 2, 3x3, 2, 2, 1, 1, 1, 1)'


def test_full_convolution_output_size_from_a_second_input():
    m = lnn.SpatialFullConvolution(2, 2, 3, 3, 2, 2, 1, 1).double()
    x = _ours(_rand(1, 2, 4, 4))
    assert m.forward(x).size() == torch.Size([1, 2, 7, 7])
    target = torch.DoubleTensor(1, 2, 8, 8)
    out = m.forward([x, target])
    assert out.size() == torch.Size([1, 2, 8, 8])
    gi = m.backward([x, target], out.clone().fill_(1))
    assert isinstance(gi, list) and gi[0].size() == x.size() and float(gi[1].abs().sum()) == 0


def test_volumetric_convolutions_match_modern():
    m = lnn.VolumetricConvolution(2, 3, 2, 3, 2, 1, 2, 1, 1, 0, 1).double()
    _against_modern(m, _rand(2, 2, 4, 5, 4),
                    lambda x, w, b: MF.conv3d(x, w, b, (1, 1, 2), (1, 1, 0)), ['weight', 'bias'])
    assert repr(m) == 'nn.VolumetricConvolution(2 -> 3, 2x3x2, 1, 2, 1, 1, 0, 1)'
    f = lnn.VolumetricFullConvolution(2, 3, 2, 2, 2, 2, 2, 2).double()
    _against_modern(f, _rand(1, 2, 3, 3, 3), lambda x, w, b: MF.conv_transpose3d(x, w, b, 2),
                    ['weight', 'bias'])


def test_temporal_convolution_is_conv1d_over_frames():
    m = lnn.TemporalConvolution(4, 3, 3, 2).double()
    assert m.weight.size() == torch.Size([3, 12])

    def ref(x, w, b):
        kernel = w.view(3, 3, 4).transpose(1, 2)     # out x in x kW: frames laid end to end
        return MF.conv1d(x.transpose(1, 2), kernel, b, 2).transpose(1, 2)
    _against_modern(m, _rand(2, 9, 4), ref, ['weight', 'bias'])
    out = m.forward(_ours(_rand(9, 4)))
    assert out.size() == torch.Size([4, 3])


def test_subsampling_modules_sum_windows_then_scale():
    m = lnn.SpatialSubSampling(2, 2, 2, 2, 2).double()
    x = _rand(1, 2, 4, 4, seed=2)
    out = m.forward(_ours(x))
    sums = x.reshape(1, 2, 2, 2, 2, 2).sum(axis=(3, 5))
    expect = sums * _np(m.weight)[None, :, None, None] + _np(m.bias)[None, :, None, None]
    np.testing.assert_allclose(_np(out), expect, rtol=1e-10)
    _fd_check(m, _ours(x), ['weight', 'bias'])
    t = lnn.TemporalSubSampling(3, 2).double()
    _fd_check(t, _ours(_rand(5, 3)), ['weight', 'bias'])


def test_local_and_map_convolutions_by_finite_differences():
    local = lnn.SpatialConvolutionLocal(2, 2, 4, 4, 2, 2, 1, 1, 1, 1).double()
    _fd_check(local, _ours(_rand(2, 2, 4, 4)), ['weight', 'bias'])
    table = lnn.SpatialConvolutionMap.maps.full(2, 3)
    conv_map = lnn.SpatialConvolutionMap(table, 2, 2).double()
    _fd_check(conv_map, _ours(_rand(2, 4, 4)), ['weight', 'bias'])
    # a full connection table is an ordinary convolution
    full = lnn.SpatialConvolution(2, 3, 2, 2).double()
    for k in range(table.size(0)):
        full.weight[int(table[k][1])][int(table[k][0])].copy_(conv_map.weight[k])
    full.bias.copy_(conv_map.bias)
    x = _ours(_rand(1, 2, 5, 5, seed=4))
    np.testing.assert_allclose(_np(conv_map.forward(x)), _np(full.forward(x)), rtol=1e-10)
    one = lnn.SpatialFullConvolutionMap(lnn.SpatialConvolutionMap.maps.oneToOne(2), 2, 2, 2, 2).double()
    assert one.forward(_ours(_rand(2, 3, 3))).size() == torch.Size([2, 6, 6])
    _fd_check(one, _ours(_rand(2, 3, 3)), ['weight', 'bias'])


# ------------------------------------------------------------------------------- pooling

def test_max_and_average_pooling_match_modern():
    x = _rand(2, 3, 7, 7)
    _against_modern(lnn.SpatialMaxPooling(3, 3, 2, 2, 1, 1).double(), x,
                    lambda x: MF.max_pool2d(x, 3, 2, 1), [])
    _against_modern(lnn.SpatialMaxPooling(2, 2).ceil().double(), x,
                    lambda x: MF.max_pool2d(x, 2, ceil_mode=True), [])
    _against_modern(lnn.SpatialAveragePooling(3, 3, 2, 2, 1, 1).double(), x,
                    lambda x: MF.avg_pool2d(x, 3, 2, 1), [])
    _against_modern(lnn.SpatialAveragePooling(3, 3, 2, 2, 1, 1).setCountExcludePad().double(), x,
                    lambda x: MF.avg_pool2d(x, 3, 2, 1, count_include_pad=False), [])
    v = _rand(2, 2, 5, 5, 5, seed=3)
    _against_modern(lnn.VolumetricMaxPooling(2, 2, 2).double(), v, lambda x: MF.max_pool3d(x, 2), [])
    _against_modern(lnn.VolumetricAveragePooling(2, 2, 2, 1, 1, 1).double(), v,
                    lambda x: MF.avg_pool3d(x, 2, 1), [])
    _against_modern(lnn.SpatialAdaptiveMaxPooling(3, 2).double(), x,
                    lambda x: MF.adaptive_max_pool2d(x, (2, 3)), [])


def test_pooling_sum_mode_lp_pooling_and_reprs():
    x = _rand(1, 2, 4, 4)
    m = lnn.SpatialAveragePooling(2, 2, 2, 2).double()
    m.divide = False
    out = m.forward(_ours(x))
    np.testing.assert_allclose(_np(out), x.reshape(1, 2, 2, 2, 2, 2).sum(axis=(3, 5)), rtol=1e-10)
    lp = lnn.SpatialLPPooling(2, 2, 2, 2).double()
    xp = np.abs(x) + 0.1
    ref = MF.lp_pool2d(modern.from_numpy(xp), 2, 2)
    _close(lp.forward(_ours(xp)), ref)
    assert repr(lnn.SpatialMaxPooling(2, 2)) == 'nn.SpatialMaxPooling(2x2, 2, 2)'
    assert repr(lnn.SpatialMaxPooling(3, 3, 1, 1, 1, 1)) == 'nn.SpatialMaxPooling(3x3, 1, 1, 1, 1)'
    assert repr(lnn.SpatialAveragePooling(2, 2)) == 'nn.SpatialAveragePooling(2x2, 1, 1)'
    assert repr(lnn.VolumetricMaxPooling(2, 2, 2)) == 'nn.VolumetricMaxPooling(2x2x2, 2, 2, 2)'
    assert repr(lnn.VolumetricAveragePooling(2, 2, 2)) == \
        'nn.VolumetricAveragePooling(2x2x2, 2x2x2, 0x0x0, False, True)'


def test_unpooling_puts_maxima_back():
    pool = lnn.SpatialMaxPooling(2, 2)
    unpool = lnn.SpatialMaxUnpooling(pool)
    net = lnn.Sequential().add(pool).add(unpool).double()
    x = _rand(2, 3, 4, 6)
    out = _np(net.forward(_ours(x)))
    blocks = x.reshape(2, 3, 2, 2, 3, 2)
    is_max = blocks == blocks.max(axis=(3, 5), keepdims=True)
    np.testing.assert_allclose(out, np.where(is_max.reshape(x.shape), x, 0))
    gi = net.backward(_ours(x), _ours(np.ones(x.shape)))
    np.testing.assert_allclose(_np(gi), is_max.reshape(x.shape).astype(float))
    assert repr(unpool) == 'nn.SpatialMaxUnpooling associated to nn.SpatialMaxPooling(2x2, 2, 2)'
    vpool = lnn.VolumetricMaxPooling(2, 2, 2)
    vnet = lnn.Sequential().add(vpool).add(lnn.VolumetricMaxUnpooling(vpool)).double()
    v = _rand(1, 4, 4, 4)
    assert vnet.forward(_ours(v)).size() == torch.Size([1, 4, 4, 4])
    assert float(vnet.output.ne(0).sum()) == 8


def test_fractional_max_pooling_fixed_regions_and_upsampling():
    m = lnn.SpatialFractionalMaxPooling(2, 2, 4, 4).fixPoolingRegions().double()
    x = _ours(_rand(1, 2, 7, 7))
    first = m.forward(x).clone()
    assert first.size() == torch.Size([1, 2, 4, 4])
    np.testing.assert_array_equal(_np(m.forward(x)), _np(first))
    _fd_check(m, x)
    assert repr(m) == 'nn.SpatialFractionalMaxPooling(4x4, 2, 2)'
    up = lnn.SpatialUpSamplingNearest(2).double()
    y = _rand(1, 2, 3, 3)
    np.testing.assert_allclose(_np(up.forward(_ours(y))), y.repeat(2, axis=2).repeat(2, axis=3))
    gi = up.backward(_ours(y), _ours(np.ones((1, 2, 6, 6))))
    np.testing.assert_allclose(_np(gi), 4 * np.ones(y.shape))


# ---------------------------------------------------------------------------- normalisation

@pytest.mark.parametrize('cls,shape', [
    (lnn.BatchNormalization, (6, 4)),
    (lnn.SpatialBatchNormalization, (3, 4, 3, 2)),
    (lnn.VolumetricBatchNormalization, (2, 4, 2, 3, 2)),
])
def test_batch_normalization_matches_modern_and_moves_running_stats_once(cls, shape):
    m = cls(4, 1e-5, 0.2).double()
    x = _rand(*shape, seed=7)
    rm = modern.zeros(4, dtype=modern.float64)
    rv = modern.ones(4, dtype=modern.float64)
    _against_modern(m, x, lambda x, w, b: MF.batch_norm(x, rm, rv, w, b, True, 0.2, 1e-5),
                    ['weight', 'bias'])
    # forward + backward moved the running statistics exactly as one modern training step
    _close(m.running_mean, rm)
    _close(m.running_var, rv)
    m.evaluate()
    _against_modern(m, x, lambda x, w, b: MF.batch_norm(x, rm, rv, w, b, False, 0.2, 1e-5),
                    ['weight', 'bias'])
    with pytest.raises(RuntimeError, match='only mini-batch supported'):
        m.forward(_ours(_rand(*shape[1:])))


def test_batch_normalization_without_affine_and_initial_values():
    torch.manual_seed(0)
    m = lnn.BatchNormalization(3)
    assert float(m.bias.abs().sum()) == 0 and 0 <= float(m.weight.min()) and float(m.weight.max()) <= 1
    n = lnn.BatchNormalization(3, 1e-3, 0.1, False).double()
    assert n.weight is None and n.parameters() is None
    x = _rand(5, 3)
    out = _np(n.forward(_ours(x)))
    np.testing.assert_allclose(out, (x - x.mean(0)) / np.sqrt(x.var(0) + 1e-3), rtol=1e-10)


def test_normalize_lrn_and_spatial_softmax():
    x = _rand(4, 5)
    for p in (1, 2, 3, float('inf')):
        m = lnn.Normalize(p).double()
        if p == float('inf'):
            norm = np.abs(x).max(1, keepdims=True) + 1e-10
        else:
            norm = ((np.abs(x) ** p).sum(1, keepdims=True) + 1e-10) ** (1. / p)
        np.testing.assert_allclose(_np(m.forward(_ours(x))), x / norm, rtol=1e-10)
        _fd_check(m, _ours(x))
    assert repr(lnn.Normalize(2)) == 'nn.Normalize(2)'
    # 0.3.1's CPU loop slides a window over the planes (pre = (size - 1) // 2 + 1 planes ahead) but
    # drops plane c - pre only from c = pre + 1 on, so plane 0 stays in every later window
    lrn = lnn.SpatialCrossMapLRN(3, 1e-2, 0.75, 2).double()
    y = _rand(2, 5, 3, 3)
    sq = y ** 2
    windows = [[0, 1], [0, 1, 2], [0, 1, 2, 3], [0, 2, 3, 4], [0, 3, 4]]
    summed = np.stack([sq[:, w].sum(1) for w in windows], 1)
    np.testing.assert_allclose(_np(lrn.forward(_ours(y))), y * (2 + 1e-2 / 3 * summed) ** -0.75, rtol=1e-10)
    _fd_check(lrn, _ours(y))
    # with two planes both windows hold both planes, as in modern torch
    y2 = _rand(2, 2, 3, 3)
    _close(lrn.forward(_ours(y2)), MF.local_response_norm(modern.from_numpy(y2), 3, 1e-2, 0.75, 2))
    y = _rand(2, 3, 3, 3)
    sm = lnn.SpatialSoftMax().double()
    _close(sm.forward(_ours(y)), MF.softmax(modern.from_numpy(y), 1))
    _close(sm.forward(_ours(y[0])), MF.softmax(modern.from_numpy(y[0]), 0))


def test_local_normalizations():
    x = _ours(_rand(1, 2, 5, 5))
    sub = lnn.SpatialSubtractiveNormalization(2, torch.ones(3, 3).double()).double()
    out = _np(sub.forward(x))
    # the centre pixel's neighbourhood has no border: the mean of its 3x3 windows over both planes
    centre = _np(x)[0, :, 1:4, 1:4].mean()
    np.testing.assert_allclose(out[0, :, 2, 2], _np(x)[0, :, 2, 2] - centre, rtol=1e-10)
    _fd_check(sub, x)
    div = lnn.SpatialDivisiveNormalization(2, torch.ones(3).double()).double()
    _fd_check(div, x)
    con = lnn.SpatialContrastiveNormalization(2, torch.ones(3, 3).double()).double()
    _fd_check(con, x, tol=1e-4)


# ---------------------------------------------------------------------------- dropout & noise

def test_dropout_masks_backward_with_the_forward_noise():
    torch.manual_seed(1)
    m = lnn.Dropout(0.4)
    x = torch.ones(2000)
    out = m.forward(x)
    kept = out.ne(0)
    assert abs(float(kept.float().mean()) - 0.6) < 0.05
    np.testing.assert_allclose(_np(out)[_np(kept) == 1], 1 / 0.6, rtol=1e-6)
    gi = m.backward(x, torch.ones(2000))
    np.testing.assert_array_equal(_np(gi), _np(out))
    m.evaluate()
    assert m.forward(x).equal(x)
    assert repr(m) == 'nn.Dropout(0.4000)'
    inplace = lnn.Dropout(0.5, True)
    y = torch.ones(10)
    assert inplace.forward(y) is y


def test_spatial_and_volumetric_dropout_zero_whole_planes():
    torch.manual_seed(2)
    m = lnn.SpatialDropout(0.5)
    x = torch.ones(2, 50, 3, 3)
    out = _np(m.forward(x))
    per_plane = out.reshape(2, 50, 9)
    assert set(np.unique(per_plane.min(2) == per_plane.max(2))) == {True}
    assert 0 < out.mean() < 1
    m.evaluate()
    np.testing.assert_allclose(_np(m.forward(x)), 0.5)
    with pytest.raises(RuntimeError, match='backprop only defined while training'):
        m.backward(x, x)
    v = lnn.VolumetricDropout(0.3)
    assert v.forward(torch.ones(1, 4, 2, 2, 2)).size() == torch.Size([1, 4, 2, 2, 2])
    assert repr(v) == 'nn.VolumetricDropout(0.3000)' and repr(lnn.SpatialDropout()) == 'nn.SpatialDropout'


def test_rrelu_and_prelu():
    torch.manual_seed(4)
    r = lnn.RReLU(0.1, 0.3).double()
    x = _ours(_rand(50))
    out = _np(r.forward(x))
    xs = _np(x)
    slopes = out[xs < 0] / xs[xs < 0]
    assert (slopes >= 0.1).all() and (slopes <= 0.3).all() and len(set(slopes.round(8))) > 1
    np.testing.assert_array_equal(out[xs > 0], xs[xs > 0])
    gi = _np(r.backward(x, _ours(np.ones(50))))
    np.testing.assert_allclose(gi[xs < 0], slopes)
    r.evaluate()
    np.testing.assert_allclose(_np(r.forward(x))[xs < 0], 0.2 * xs[xs < 0])
    assert repr(r) == 'nn.RReLU(0.1000, 0.3000)'
    p = lnn.PReLU(3).double()
    _against_modern(p, _rand(2, 3, 4), lambda x, w: MF.prelu(x, w), ['weight'])
    assert float(lnn.PReLU().weight[0]) == 0.25


# ------------------------------------------------------------------------------ lookup tables

def test_lookup_table_against_embedding():
    m = lnn.LookupTable(6, 3).double()
    idx = torch.LongTensor([[0, 2, 2], [5, 0, 1]])
    ref = modern.from_numpy(_np(m.weight)).requires_grad_()
    out = m.forward(idx)
    assert out.size() == torch.Size([2, 3, 3])
    go = _rand(2, 3, 3)
    m.zeroGradParameters()
    gi = m.backward(idx, _ours(go))
    assert gi.size() == idx.size() and float(gi.abs().sum()) == 0
    yr = MF.embedding(modern.from_numpy(_np(idx)), ref)
    yr.backward(modern.from_numpy(go))
    _close(out, yr)
    _close(m.gradWeight, ref.grad)


def test_lookup_table_padding_scaling_maxnorm_and_update():
    m = lnn.LookupTable(4, 2).double()
    m.weight.fill_(1)
    idx = torch.LongTensor([1, 1, 3])
    m.setPadding(3).scaleGradByFreq()
    m.zeroGradParameters()
    m.backward(idx, _ours(np.ones((3, 2))))
    np.testing.assert_allclose(_np(m.gradWeight), [[0, 0], [1, 1], [0, 0], [0, 0]])
    n = lnn.LookupTable(3, 2).double().setMaxNorm(1.0)
    n.weight.fill_(3)
    n.forward(torch.LongTensor([0]))
    assert abs(float(n.weight[0].norm()) - 1) < 1e-5 and float(n.weight[1][0]) == 3
    u = lnn.LookupTable(5, 2).double()
    u.weight.fill_(2)
    u.backwardUpdate(torch.LongTensor([4, 4]), _ours(np.ones((2, 2))), 0.25)
    np.testing.assert_allclose(_np(u.weight[4]), [1.5, 1.5])
    np.testing.assert_allclose(_np(u.weight[0]), [2, 2])


# ------------------------------------------------------------------------- other layers

def test_distance_layers_by_finite_differences():
    x = _ours(_rand(3, 4))
    _fd_check(lnn.Cosine(4, 2).double(), x, ['weight'])
    _fd_check(lnn.Euclidean(4, 2).double(), x, ['weight'])
    we = lnn.WeightedEuclidean(4, 2).double()
    we.diagCov.copy_(_ours(np.abs(_rand(4, 2, seed=3)) + 0.5))
    _fd_check(we, x, ['weight', 'diagCov'])
    assert len(we.parameters()[0]) == 2
    e = lnn.Euclidean(4, 2).double()
    out = _np(e.forward(x))
    np.testing.assert_allclose(out, np.linalg.norm(_np(x)[:, :, None] - _np(e.weight)[None], axis=1))
    a, b = _rand(3, 4, seed=1), _rand(3, 4, seed=2)
    cd = lnn.CosineDistance().double().forward([_ours(a), _ours(b)])
    _close(cd, MF.cosine_similarity(modern.from_numpy(a), modern.from_numpy(b)))
    pd = lnn.PairwiseDistance(3).double().forward([_ours(a), _ours(b)])
    np.testing.assert_allclose(_np(pd), (np.abs(a - b) ** 3).sum(1) ** (1. / 3), rtol=1e-10)


def test_partial_linear_uses_only_the_chosen_outputs():
    m = lnn.PartialLinear(3, 5).double()
    m.bias.copy_(_ours(_rand(1, 5)))
    x = _rand(2, 3)
    full = x @ _np(m.weight).T + _np(m.bias)
    np.testing.assert_allclose(_np(m.forward(_ours(x))), full, rtol=1e-10)
    m.setPartition(torch.LongTensor([1, 4]))
    np.testing.assert_allclose(_np(m.forward(_ours(x))), full[:, [1, 4]], rtol=1e-10)
    _fd_check(m, _ours(x), ['weight', 'bias'])
    assert repr(m) == 'nn.PartialLinear(3 -> 5)'


def test_padding_modules():
    x = _rand(2, 3, 4)
    m = lnn.Padding(1, 2, -1).double()
    np.testing.assert_allclose(_np(m.forward(_ours(x))), np.concatenate([x, -np.ones((2, 2, 4))], 1))
    m = lnn.Padding(1, -2, 7, 1).double()
    expect = np.concatenate([x[:, :1], 7 * np.ones((2, 2, 4)), x[:, 1:]], 1)
    np.testing.assert_allclose(_np(m.forward(_ours(x))), expect)
    _fd_check(m, _ours(x))
    img = _rand(1, 2, 4, 4)
    pads = (1, 2, 0, 1)
    z = lnn.SpatialZeroPadding(*pads).double()
    _against_modern(z, img, lambda x: MF.pad(x, pads), [])
    _against_modern(lnn.SpatialReflectionPadding(*pads).double(), img,
                    lambda x: MF.pad(x, pads, mode='reflect'), [])
    _against_modern(lnn.SpatialReplicationPadding(*pads).double(), img,
                    lambda x: MF.pad(x, pads, mode='replicate'), [])
    vol = _rand(1, 1, 3, 3, 3)
    _against_modern(lnn.VolumetricReplicationPadding(1, 2, 0, 1, 2, 0).double(), vol,
                    lambda x: MF.pad(x, (1, 2, 1, 1, 2, 1), mode='replicate'), [])  # 0 means 'as pleft'
    assert repr(z) == 'nn.SpatialZeroPadding(1, 2, 0, 1)'


def test_table_plumbing():
    a, b, c = torch.randn(2), torch.randn(3), torch.randn(4)
    assert lnn.SelectTable(-1).forward([a, b, c]) is c
    g = lnn.SelectTable(1).backward([a, [b, c]], [torch.ones(3), torch.ones(4)])
    assert float(g[0].abs().sum()) == 0 and float(g[1][1].sum()) == 4
    assert lnn.NarrowTable(1, 2).forward([a, b, c]) == [b, c]
    parts = lnn.SplitTable(-1).forward(torch.randn(2, 3))
    assert len(parts) == 3 and parts[0].size() == torch.Size([2])
    flat = lnn.FlattenTable().forward([a, [b, [c]]])
    assert flat == [a, b, c]
    m = lnn.MV(True).double()
    mat, vec = _rand(3, 4), _rand(3)
    np.testing.assert_allclose(_np(m.forward([_ours(mat), _ours(vec)])), mat.T @ vec, rtol=1e-10)
    mix = lnn.MixtureTable().double()
    gate, experts = _rand(2, 3), [_rand(2, 4, seed=s) for s in range(3)]
    out = mix.forward([_ours(gate), [_ours(e) for e in experts]])
    np.testing.assert_allclose(_np(out), sum(gate[:, i:i + 1] * experts[i] for i in range(3)), rtol=1e-10)
    gi = mix.backward([_ours(gate), [_ours(e) for e in experts]], _ours(np.ones((2, 4))))
    np.testing.assert_allclose(_np(gi[0]), np.stack([e.sum(1) for e in experts], 1), rtol=1e-10)


def test_parallel_and_depth_concat():
    p = lnn.Parallel(0, 0).add(lnn.Identity()).add(lnn.Identity())
    x = torch.randn(2, 3)
    np.testing.assert_allclose(_np(p.forward(x)), _np(x).reshape(6))
    assert p.backward(x, torch.ones(6)).size() == x.size()
    d = lnn.DepthConcat(1).add(lnn.SpatialConvolution(1, 2, 1, 1)).add(lnn.SpatialConvolution(1, 1, 3, 3))
    img = torch.randn(1, 1, 5, 5)
    out = d.forward(img)
    assert out.size() == torch.Size([1, 3, 5, 5])
    assert float(out[0, 2, 0].abs().sum()) == 0          # the 3x3 output sits in zero padding
    np.testing.assert_allclose(_np(out[0, 2, 1:4, 1:4]), _np(d.get(1).output[0, 0]))


# ----------------------------------------------------------------------------- criterions

def _criterion_vs_modern(crit, x, target, ref_fn, tol=1e-6):
    loss = crit.forward(x, target)
    grad = crit.backward(x, target)
    xs = [modern.from_numpy(_np(t)).requires_grad_() for t in (x if isinstance(x, list) else [x])]
    ref = ref_fn(*xs)
    ref.backward()
    assert abs(loss - float(ref.detach())) < tol
    for g, xr in zip(grad if isinstance(grad, list) else [grad], xs):
        _close(g, xr.grad, tol)


def test_margin_criterions_match_modern_losses():
    x = _ours(_rand(5, 6))
    sign = _ours(np.sign(_rand(5, 6, seed=3)))
    _criterion_vs_modern(lnn.SoftMarginCriterion(), x, sign,
                         lambda i: MF.soft_margin_loss(i, _m(sign)))
    _criterion_vs_modern(lnn.MarginCriterion(0.7), x, sign,
                         lambda i: (0.7 - i * _m(sign)).clamp(min=0).mean())
    cls = torch.LongTensor([0, 5, 2, 2, 1])
    for p in (1, 2):
        w = _ours(np.abs(_rand(6, seed=8)))
        _criterion_vs_modern(lnn.MultiMarginCriterion(p, w, 0.5), x, cls,
                             lambda i: MF.multi_margin_loss(i, _m(cls), p, 0.5, _m(w)))
    _criterion_vs_modern(lnn.MultiMarginCriterion(), x[0], torch.LongTensor([3]),
                         lambda i: MF.multi_margin_loss(i.unsqueeze(0), modern.tensor([3])))
    labels = torch.LongTensor([[1, 4, -1, 0, 0, 0], [0, 1, 2, 3, 4, 5], [5, -1, 2, 2, 2, 2],
                               [-1, 0, 0, 0, 0, 0], [2, 2, -1, 1, 1, 1]])
    _criterion_vs_modern(lnn.MultiLabelMarginCriterion(), x, labels,
                         lambda i: MF.multilabel_margin_loss(i, _m(labels)))
    _criterion_vs_modern(lnn.MultiLabelMarginCriterion(False), x, labels,
                         lambda i: MF.multilabel_margin_loss(i, _m(labels), reduction='sum'))
    bits = _ours((_rand(5, 6, seed=4) > 0).astype(float))
    _criterion_vs_modern(lnn.MultiLabelSoftMarginCriterion(), x, bits,
                         lambda i: MF.multilabel_soft_margin_loss(i, _m(bits)))


def test_embedding_and_ranking_criterions_match_modern_losses():
    v = _ours(_rand(8))
    y = _ours(np.sign(_rand(8, seed=6)))
    _criterion_vs_modern(lnn.HingeEmbeddingCriterion(0.5), v, y,
                         lambda i: MF.hinge_embedding_loss(i, _m(y), 0.5))
    _criterion_vs_modern(lnn.HingeEmbeddingCriterion(1, False), v, y,
                         lambda i: MF.hinge_embedding_loss(i, _m(y), reduction='sum'))
    a, b = _ours(_rand(8, 5, seed=1)), _ours(_rand(8, 5, seed=2))
    _criterion_vs_modern(lnn.CosineEmbeddingCriterion(0.2), [a, b], y,
                         lambda i, j: MF.cosine_embedding_loss(i, j, _m(y), 0.2))
    s1, s2 = _ours(_rand(8, seed=3)), _ours(_rand(8, seed=4))
    _criterion_vs_modern(lnn.MarginRankingCriterion(0.3), [s1, s2], y,
                         lambda i, j: MF.margin_ranking_loss(i, j, _m(y), 0.3))
    _criterion_vs_modern(lnn.MarginRankingCriterion(0.3, False), [s1, s2], y,
                         lambda i, j: MF.margin_ranking_loss(i, j, _m(y), 0.3, reduction='sum'))


def test_other_criterions():
    x = _ours(_rand(2, 3, 4, 4))
    target = torch.LongTensor(np.random.RandomState(1).randint(0, 3, (2, 4, 4)))
    w = _ours(np.abs(_rand(3, seed=2)))
    _criterion_vs_modern(lnn.SpatialClassNLLCriterion(w), x, target,
                         lambda i: MF.nll_loss(i, _m(target), _m(w)))
    y = _ours(_rand(2, 3))
    assert abs(lnn.L1Cost().forward(y, None) - np.abs(_np(y)).sum()) < 1e-9
    np.testing.assert_array_equal(_np(lnn.L1Cost().backward(y, None)), np.sign(_np(y)))
    weight = _ours(_rand(3, seed=4))
    t = _ours(_rand(2, 3, seed=5))
    _criterion_vs_modern(lnn.WeightedMSECriterion(weight), y, t,
                         lambda i: MF.mse_loss(i, _m(t) * _m(weight)))
    h = lnn.L1HingeEmbeddingCriterion(2)
    p, q = _ours(_rand(4, seed=1)), _ours(_rand(4, seed=2))
    d = np.abs(_np(p) - _np(q)).sum()
    assert abs(h.forward([p, q], 1) - d) < 1e-9
    assert abs(h.forward([p, q], -1) - max(0, 2 - d)) < 1e-9
    simplex = lnn.ClassSimplexCriterion(4)
    verts = _np(simplex.simplex)
    np.testing.assert_allclose(np.linalg.norm(verts, axis=1), 1, rtol=1e-6)
    np.testing.assert_allclose(verts.sum(0), 0, atol=1e-6)


def test_multi_and_parallel_criterions():
    x = _ours(_rand(3, 4))
    cls = torch.LongTensor([1, 0, 3])
    nll, ce = lnn.ClassNLLCriterion(), lnn.CrossEntropyCriterion()
    mc = lnn.MultiCriterion().add(nll, 0.25).add(ce)
    expect = 0.25 * nll.forward(x, cls) + ce.forward(x, cls)
    assert abs(mc.forward(x, cls) - expect) < 1e-9
    g = mc.backward(x, cls)
    np.testing.assert_allclose(_np(g), 0.25 * _np(nll.backward(x, cls)) + _np(ce.backward(x, cls)))
    mse = lnn.MSECriterion()
    t = _ours(_rand(3, 4, seed=2))
    pc = lnn.ParallelCriterion().add(nll, 2).add(mse)
    assert abs(pc.forward([x, x], [cls, t]) - (2 * nll.forward(x, cls) + mse.forward(x, t))) < 1e-9
    gs = pc.backward([x, x], [cls, t])
    np.testing.assert_allclose(_np(gs[0]), 2 * _np(nll.backward(x, cls)))
    table = lnn.CriterionTable(lnn.MSECriterion())
    assert abs(table.forward([x, t]) - mse.forward(x, t)) < 1e-9


# ---------------------------------------------------------------------- module behaviour

def _net():
    return (lnn.Sequential()
            .add(lnn.SpatialConvolution(1, 2, 3, 3))
            .add(lnn.SpatialBatchNormalization(2))
            .add(lnn.ReLU())
            .add(lnn.SpatialMaxPooling(2, 2))
            .add(lnn.View(-1, 8))
            .add(lnn.Linear(8, 3))
            .add(lnn.LogSoftMax()))


def test_flatten_parameters_makes_views_of_one_tensor():
    net = _net().double()
    params, grads = net.parameters()
    before = [p.clone() for p in params]
    flat, gflat = net.flattenParameters()
    assert flat.dim() == 1 and flat.size(0) == sum(p.nelement() for p in params)
    offset = 0
    for p, b in zip(net.parameters()[0], before):
        np.testing.assert_array_equal(_np(p), _np(b))
        np.testing.assert_array_equal(_np(flat[offset:offset + p.nelement()]), _np(b).reshape(-1))
        offset += p.nelement()
    x = torch.randn(2, 1, 6, 6).double()
    net.zeroGradParameters()
    net.forward(x)
    net.backward(x, torch.randn(2, 3).double())
    assert float(gflat.abs().sum()) > 0
    w0 = net.modules[0].weight.clone()
    flat.add_(-0.1, gflat)                       # one SGD step on the flat view
    np.testing.assert_allclose(_np(net.modules[0].weight),
                               _np(w0) - 0.1 * _np(net.modules[0].gradWeight))


def test_training_type_clear_state_and_pickling():
    net = _net()
    x = torch.randn(2, 1, 6, 6)
    net.training()
    out = net.forward(x).clone()
    net.evaluate()
    assert net.modules[1].train is False
    net.double()
    assert net.modules[0].weight.type() == 'torch.DoubleTensor'
    assert net.forward(x.double()).type() == 'torch.DoubleTensor'
    net.clearState()
    assert net.modules[0].output.nelement() == 0
    net.float()
    buf = io.BytesIO()
    torch.save(net, buf)
    buf.seek(0)
    back = torch.load(buf)
    assert type(back.modules[3]) is lnn.SpatialMaxPooling
    np.testing.assert_allclose(_np(back.forward(x)), _np(net.forward(x)), rtol=1e-6)
    assert out.size() == torch.Size([2, 3])


def test_legacy_utils_helpers():
    from legacy_autograd.legacy.nn import utils
    a = [torch.zeros(2), [torch.zeros(3)]]
    b = [torch.ones(2), [torch.ones(3)]]
    utils.recursiveAdd(a, 2, b)
    assert float(a[1][0].sum()) == 6
    c, _ = utils.recursiveResizeAs(None, b)
    assert c[1][0].size() == torch.Size([3])
    utils.recursiveFill(c, 5)
    d, _ = utils.recursiveCopy(None, c)
    assert float(d[0][0]) == 5 and d[0] is not c[0]
    assert utils.addSingletondimension(torch.zeros(3), 0).size() == torch.Size([1, 3])

    class Holder(object):
        pass
    h = Holder()
    h.buf, h.lst, h.other = torch.zeros(4), [1, 2], 'x'
    utils.clear(h, 'buf', 'lst', 'other', 'missing')
    assert h.buf.nelement() == 0 and h.lst == [] and h.other is None
    assert 'torch.FloatTensor' in lnn.type2backend


class _LuaWriter(object):
    """Just enough of the Lua Torch 7 binary format for a few nn modules (8-byte longs)."""

    def __init__(self):
        self.out = io.BytesIO()
        self.refs = 0

    def _i(self, v):
        self.out.write(struct.pack('<i', v))

    def _s(self, s):
        self._i(len(s))
        self.out.write(s.encode('ascii'))

    def _ref(self):
        self.refs += 1
        self._i(self.refs)

    def value(self, v):
        if isinstance(v, bool):
            self._i(5)
            self._i(int(v))
        elif isinstance(v, (int, float)):
            self._i(1)
            self.out.write(struct.pack('<d', v))
        elif isinstance(v, str):
            self._i(2)
            self._s(v)
        elif isinstance(v, list):
            self._i(3)
            self._ref()
            self._i(len(v))
            for k, item in enumerate(v):
                self.value(k + 1)
                self.value(item)
        elif isinstance(v, np.ndarray):
            self._obj('torch.DoubleTensor')
            self._i(v.ndim)
            for s in v.shape:
                self.out.write(struct.pack('<q', s))
            for s in np.array(v.strides) // 8:
                self.out.write(struct.pack('<q', s))
            self.out.write(struct.pack('<q', 1))
            self._obj('torch.DoubleStorage')
            self.out.write(struct.pack('<q', v.size))
            self.out.write(np.ascontiguousarray(v, '<f8').tobytes())
        else:
            cls, fields = v
            self._obj('nn.' + cls)
            self._i(3)
            self._ref()
            self._i(len(fields))
            for k, item in fields.items():
                self.value(k)
                self.value(item)

    def _obj(self, cls):
        self._i(4)
        self._ref()
        self._s('V 1')
        self._s(cls)


def test_lua_torch_networks_load_as_working_legacy_modules(tmp_path):
    from legacy_autograd.utils.serialization import load_lua
    w, b = _rand(2, 1, 3, 3), _rand(2, seed=1)
    conv = ('SpatialConvolution', dict(nInputPlane=1, nOutputPlane=2, kW=3, kH=3, dW=1, dH=1, padW=1,
                                      padH=1, weight=w, bias=b, gradWeight=np.zeros(w.shape),
                                      gradBias=np.zeros(2), train=True))
    relu = ('ReLU', dict(threshold=0, val=0, inplace=False, train=True))
    pool = ('SpatialMaxPooling', dict(kW=2, kH=2, dW=2, dH=2, padW=0, padH=0, ceil_mode=False))
    for _, fields in (conv, relu, pool):          # every Lua module carries these two
        fields.update(output=np.zeros(0), gradInput=np.zeros(0))
    net = ('Sequential', dict(modules=[conv, relu, pool], train=True))
    writer = _LuaWriter()
    writer.value(net)
    path = tmp_path / 'net.t7'
    path.write_bytes(writer.out.getvalue())
    loaded = load_lua(str(path))
    assert type(loaded) is lnn.Sequential and type(loaded.modules[0]) is lnn.SpatialConvolution
    x = _rand(1, 1, 4, 4, seed=2)
    ref = MF.max_pool2d(MF.relu(MF.conv2d(modern.from_numpy(x), modern.from_numpy(w),
                                          modern.from_numpy(b), 1, 1)), 2)
    _close(loaded.forward(_ours(x)), ref)
    gi = loaded.backward(_ours(x), _ours(np.ones((1, 2, 2, 2))))
    assert gi.size() == torch.Size([1, 1, 4, 4])
    assert float(loaded.modules[0].gradWeight.abs().sum()) > 0


@pytest.mark.parametrize('make', [
    lambda: lnn.SpatialConvolution(2, 3, 3, 3, 1, 1, 1, 1),
    lambda: lnn.SpatialBatchNormalization(2),
    lambda: lnn.WeightedEuclidean(50, 3),
    lambda: lnn.SpatialFullConvolution(2, 3, 3, 3, 2, 2),
])
def test_backward_equals_update_grad_input_then_acc_grad_parameters(make):
    torch.manual_seed(5)
    one, two = make().double(), make().double()
    for p, q in zip(one.parameters()[0], two.parameters()[0]):
        q.copy_(p)
    x = _ours(_rand(2, 2, 5, 5) if not isinstance(one, lnn.WeightedEuclidean) else _rand(2, 50))
    for m in (one, two):
        m.zeroGradParameters()
        m.forward(x)
    go = _ours(_rand(*one.output.size(), seed=1))
    gi = one.backward(x, go, 0.3)
    gi2 = two.updateGradInput(x, go)
    two.accGradParameters(x, go, 0.3)
    np.testing.assert_allclose(_np(gi), _np(gi2), rtol=1e-12)
    for g, h in zip(one.parameters()[1], two.parameters()[1]):
        np.testing.assert_allclose(_np(g), _np(h), rtol=1e-12)
    if isinstance(one, lnn.SpatialBatchNormalization):
        np.testing.assert_allclose(_np(one.running_mean), _np(two.running_mean), rtol=1e-12)


def test_type_conversion_keeps_flattened_parameters_shared():
    net = lnn.Sequential().add(lnn.Linear(3, 4)).add(lnn.Tanh()).add(lnn.Linear(4, 2))
    net.flattenParameters()
    net.double()
    params, grads = net.parameters()
    assert all(p.type() == 'torch.DoubleTensor' for p in params + grads)
    assert len(set(p.storage()._cdata for p in params)) == 1
    assert len(set(g.storage()._cdata for g in grads)) == 1
    flat = params[0].new().set_(params[0].storage())
    assert flat.nelement() == sum(p.nelement() for p in params)
    flat.fill_(0.5)
    assert float(net.modules[2].bias.sum()) == 1.0
    x = torch.randn(5, 3).double()
    hidden = np.tanh(_np(x).sum(1, keepdims=True) * 0.5 + 0.5)        # 4 equal units
    np.testing.assert_allclose(_np(net.forward(x)), np.repeat(0.5 * 4 * hidden + 0.5, 2, axis=1))


def test_legacy_modules_pickled_by_0_3_1_load():
    """0.3.1's torch.save pickled a legacy module as a plain object of class
    torch.legacy.nn.<Name>.<Name>, its ``_backend`` as torch._thnn.utils._unpickle_backend."""
    import os
    import pickle
    import sys
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import legacy_ckpt as ck

    class Plain(object):
        def __init__(self, module, name, state):
            self.cls, self.state = ck.Ref(module, name), state

    def save_plain(writer, obj):
        writer.save(obj.cls)
        writer.save(())
        writer.write(pickle.NEWOBJ)
        writer.memoize(obj)
        writer.save(obj.state)
        writer.write(pickle.BUILD)
    ck._Writer.dispatch[Plain] = save_plain

    def backend():
        return ck.Call(ck.Ref('torch._thnn.utils', '_unpickle_backend'), ('THNNFloatBackend',))

    def empty():
        return ck.contiguous(ck.Storage('Float', np.zeros(0, 'f4')), 0, (0,))

    w = ck.Storage('Float', np.array([1, -2, 0.5, 3, 0, 1], dtype='f4'))
    b = ck.Storage('Float', np.array([0.25, -1], dtype='f4'))
    linear = Plain('torch.legacy.nn.Linear', 'Linear', {
        'weight': ck.contiguous(w, 0, (2, 3)), 'bias': ck.contiguous(b, 0, (2,)),
        'gradWeight': ck.contiguous(ck.Storage('Float', np.zeros(6, 'f4')), 0, (2, 3)),
        'gradBias': ck.contiguous(ck.Storage('Float', np.zeros(2, 'f4')), 0, (2,)),
        'output': empty(), 'gradInput': empty(), '_type': 'torch.FloatTensor', '_backend': backend()})
    relu = Plain('torch.legacy.nn.ReLU', 'ReLU', {
        'threshold': 0, 'value': 0, 'inplace': False, 'output': empty(), 'gradInput': empty(),
        '_type': 'torch.FloatTensor', '_backend': backend()})
    seq = Plain('torch.legacy.nn.Sequential', 'Sequential', {
        'modules': [linear, relu], 'output': empty(), 'gradInput': empty(),
        '_type': 'torch.FloatTensor', '_backend': backend()})
    net = torch.load(io.BytesIO(ck.magic_file(seq)))
    assert type(net) is lnn.Sequential and type(net.modules[0]) is lnn.Linear
    assert net.modules[0]._backend is None
    x = torch.FloatTensor([[1, 2, 3]])
    np.testing.assert_allclose(_np(net.forward(x)), [[0, 5]])        # relu(-1.25), relu(5)
    hostile = Plain('torch.legacy.nn.Linear', 'os', {})
    with pytest.raises(Exception, match='refused'):
        torch.load(io.BytesIO(ck.magic_file(hostile)))


def test_local_normalizations_draw_what_their_0_3_1_estimators_drew():
    # 0.3.1 built the estimators from SpatialConvolution(Map) modules, whose initialisation
    # consumed random numbers: the numbers drawn afterwards must be the same here
    torch.manual_seed(11)
    lnn.SpatialConvolution(3, 1, 5, 5)
    lnn.SpatialConvolution(3, 1, 5, 5)
    expected = torch.rand(3)
    torch.manual_seed(11)
    lnn.SpatialDivisiveNormalization(3, torch.ones(5, 5))
    np.testing.assert_array_equal(_np(torch.rand(3)), _np(expected))
