"""torch.legacy.nn: Lua-style modules on plain tensors, values and gradients against modern torch."""
import numpy as np
import pytest
import torch as modern

import legacy_autograd as torch
import legacy_autograd.legacy.nn as lnn


def _np(t):
    return np.asarray(t.numpy())


def _rand(*shape, seed=0):
    return np.random.RandomState(seed).randn(*shape)


def _ours(a):
    return torch.from_numpy(np.ascontiguousarray(a))


def _close(ours, theirs, tol=1e-6):
    np.testing.assert_allclose(_np(ours), theirs.detach().numpy(), rtol=tol, atol=tol)


def test_linear_forward_backward_against_modern():
    m = lnn.Linear(5, 3).double()
    ref = modern.nn.Linear(5, 3).double()
    with modern.no_grad():
        ref.weight.copy_(modern.from_numpy(_np(m.weight)))
        ref.bias.copy_(modern.from_numpy(_np(m.bias)))
    x, go = _rand(4, 5, seed=1), _rand(4, 3, seed=2)
    m.zeroGradParameters()
    out = m.forward(_ours(x))
    gi = m.backward(_ours(x), _ours(go), 0.5)
    xr = modern.from_numpy(x).requires_grad_()
    yr = ref(xr)
    yr.backward(modern.from_numpy(go))
    _close(out, yr)
    _close(gi, xr.grad)
    _close(m.gradWeight, 0.5 * ref.weight.grad)
    _close(m.gradBias, 0.5 * ref.bias.grad)
    assert m.output is out and m.gradInput is gi
    assert repr(m) == 'nn.Linear(5 -> 3)'
    assert repr(lnn.Linear(2, 7, bias=False)) == 'nn.Linear(2 -> 7) without bias'


def test_linear_grads_accumulate_and_update_parameters():
    m = lnn.Linear(3, 2).double()
    m.zeroGradParameters()
    x, go = _ours(_rand(2, 3)), _ours(_rand(2, 2, seed=3))
    m.backward(x, go)
    first = m.gradWeight.clone()
    m.backward(x, go)
    np.testing.assert_allclose(_np(m.gradWeight), 2 * _np(first))
    w0 = m.weight.clone()
    m.updateParameters(0.1)
    np.testing.assert_allclose(_np(m.weight), _np(w0) - 0.1 * _np(m.gradWeight))
    params, grads = m.parameters()
    assert params[0] is m.weight and grads[1] is m.gradBias


def test_bilinear_against_modern():
    m = lnn.Bilinear(4, 3, 2).double()
    ref = modern.nn.Bilinear(4, 3, 2).double()
    with modern.no_grad():
        ref.weight.copy_(modern.from_numpy(_np(m.weight)))
        ref.bias.copy_(modern.from_numpy(_np(m.bias)))
    a, b, go = _rand(5, 4, seed=4), _rand(5, 3, seed=5), _rand(5, 2, seed=6)
    m.zeroGradParameters()
    out = m.forward([_ours(a), _ours(b)])
    ga, gb = m.backward([_ours(a), _ours(b)], _ours(go))
    ar, br = modern.from_numpy(a).requires_grad_(), modern.from_numpy(b).requires_grad_()
    yr = ref(ar, br)
    yr.backward(modern.from_numpy(go))
    _close(out, yr)
    _close(ga, ar.grad)
    _close(gb, br.grad)
    _close(m.gradWeight, ref.weight.grad)
    _close(m.gradBias, ref.bias.grad)


def test_bilinear_bad_input_errors():
    m = lnn.Bilinear(4, 3, 2)
    with pytest.raises(RuntimeError, match='table containing two data Tensors'):
        m.forward([torch.randn(2, 4)])
    with pytest.raises(RuntimeError, match='dimensionality of second input is erroneous'):
        m.forward([torch.randn(2, 4), torch.randn(2, 4)])
    with pytest.raises(RuntimeError, match='same number of rows'):
        m.forward([torch.randn(2, 4), torch.randn(3, 3)])


def test_type_conversion_keeps_values():
    m = lnn.Linear(3, 2)
    assert m.type() == 'torch.FloatTensor'
    w = _np(m.weight).copy()
    m.double()
    assert m.type() == 'torch.DoubleTensor' and m.weight.type() == 'torch.DoubleTensor'
    np.testing.assert_allclose(_np(m.weight), w)


_ACTIVATIONS = [
    (lambda: lnn.ReLU(), lambda x: modern.relu(x)),
    (lambda: lnn.Threshold(0.3, -2.0), lambda x: modern.nn.functional.threshold(x, 0.3, -2.0)),
    (lambda: lnn.Tanh(), modern.tanh),
    (lambda: lnn.Sigmoid(), modern.sigmoid),
    (lambda: lnn.ELU(0.7), lambda x: modern.nn.functional.elu(x, 0.7)),
    (lambda: lnn.LeakyReLU(0.2), lambda x: modern.nn.functional.leaky_relu(x, 0.2)),
    (lambda: lnn.HardTanh(-0.5, 0.8), lambda x: modern.nn.functional.hardtanh(x, -0.5, 0.8)),
    (lambda: lnn.ReLU6(), modern.nn.functional.relu6),
    (lambda: lnn.SoftPlus(2), lambda x: modern.nn.functional.softplus(x, 2)),
    (lambda: lnn.LogSigmoid(), modern.nn.functional.logsigmoid),
    (lambda: lnn.SoftSign(), modern.nn.functional.softsign),
    (lambda: lnn.TanhShrink(), modern.nn.functional.tanhshrink),
    (lambda: lnn.HardShrink(0.4), lambda x: modern.nn.functional.hardshrink(x, 0.4)),
    (lambda: lnn.SoftShrink(0.4), lambda x: modern.nn.functional.softshrink(x, 0.4)),
    (lambda: lnn.Abs(), modern.abs),
    (lambda: lnn.Exp(), modern.exp),
    (lambda: lnn.Square(), lambda x: x * x),
    (lambda: lnn.Power(3), lambda x: x ** 3),
    (lambda: lnn.Clamp(-0.3, 0.6), lambda x: x.clamp(-0.3, 0.6)),
    (lambda: lnn.AddConstant(1.5), lambda x: x + 1.5),
    (lambda: lnn.MulConstant(-2.0), lambda x: x * -2.0),
    (lambda: lnn.SoftMax(), lambda x: modern.softmax(x, 1)),
    (lambda: lnn.LogSoftMax(), lambda x: modern.log_softmax(x, 1)),
    (lambda: lnn.SoftMin(), lambda x: modern.softmax(-x, 1)),
    (lambda: lnn.SoftMax(0), lambda x: modern.softmax(x, 0)),
]


@pytest.mark.parametrize('make,ref', _ACTIVATIONS)
def test_activation_values_and_gradients(make, ref):
    m = make()
    x, go = _rand(3, 5, seed=7), _rand(3, 5, seed=8)
    out = m.forward(_ours(x))
    gi = m.backward(_ours(x), _ours(go))
    xr = modern.from_numpy(x).requires_grad_()
    yr = ref(xr)
    yr.backward(modern.from_numpy(go))
    _close(out, yr)
    _close(gi, xr.grad)
    assert m.parameters() is None


def test_log_sqrt_on_positive_input():
    x = np.abs(_rand(4, 2, seed=9)) + 0.1
    for m, ref in ((lnn.Log(), modern.log), (lnn.Sqrt(), modern.sqrt)):
        xr = modern.from_numpy(x).requires_grad_()
        yr = ref(xr)
        yr.backward(modern.ones_like(yr))
        _close(m.forward(_ours(x)), yr)
        _close(m.backward(_ours(x), _ours(np.ones_like(x))), xr.grad)


def test_softmax_default_dim_follows_input_rank():
    x3 = _rand(2, 3, 4, seed=10)
    _close(lnn.SoftMax().forward(_ours(x3)), modern.softmax(modern.from_numpy(x3), 0))
    x1 = _rand(6, seed=11)
    _close(lnn.LogSoftMax().forward(_ours(x1)), modern.log_softmax(modern.from_numpy(x1), 0))


def test_inplace_relu_overwrites_input_and_grad_output():
    x = _ours(_rand(6, seed=12))
    orig = _np(x).copy()
    m = lnn.ReLU(True)
    out = m.forward(x)
    assert out is x
    np.testing.assert_allclose(_np(x), np.maximum(orig, 0))
    go = _ours(np.ones(6))
    gi = m.backward(x, go)
    assert gi is go
    np.testing.assert_allclose(_np(gi), (orig > 0).astype(float))
    with pytest.raises(RuntimeError, match='in-place processing requires value'):
        lnn.Threshold(0, 1, True)


def test_activation_reprs():
    assert repr(lnn.ReLU()) == 'nn.ReLU'
    assert repr(lnn.ELU()) == "<class 'torch.legacy.nn.ELU.ELU'>(alpha=1.000)"
    assert repr(lnn.LeakyReLU()) == "<class 'torch.legacy.nn.LeakyReLU.LeakyReLU'>(0.0100)"
    assert repr(lnn.Bilinear(2, 3, 4)) == "<class 'torch.legacy.nn.Bilinear.Bilinear'>(2x3 -> 4) "


def _modern_mlp(m):
    ref = modern.nn.Sequential(modern.nn.Linear(4, 3), modern.nn.Tanh(), modern.nn.Linear(3, 2)).double()
    with modern.no_grad():
        for i in (0, 2):
            ref[i].weight.copy_(modern.from_numpy(_np(m.modules[i].weight)))
            ref[i].bias.copy_(modern.from_numpy(_np(m.modules[i].bias)))
    return ref


def test_sequential_mlp_with_criterion_against_modern():
    m = lnn.Sequential().add(lnn.Linear(4, 3)).add(lnn.Tanh()).add(lnn.Linear(3, 2)).double()
    ref = _modern_mlp(m)
    crit = lnn.MSECriterion()
    x, t = _rand(5, 4, seed=13), _rand(5, 2, seed=14)
    m.zeroGradParameters()
    out = m.forward(_ours(x))
    loss = crit.forward(out, _ours(t))
    gi = m.backward(_ours(x), crit.backward(out, _ours(t)))
    xr = modern.from_numpy(x).requires_grad_()
    lr = modern.nn.functional.mse_loss(ref(xr), modern.from_numpy(t))
    lr.backward()
    assert abs(loss - lr.item()) < 1e-9
    _close(gi, xr.grad)
    params, grads = m.parameters()
    assert len(params) == 4
    for g, p in zip(grads, ref.parameters()):
        _close(g, p.grad)
    assert repr(m) == ('nn.Sequential {\n  [input -> (0) -> (1) -> (2) -> output]\n'
                       '  (0): nn.Linear(4 -> 3)\n  (1): nn.Tanh\n  (2): nn.Linear(3 -> 2)\n}')


def test_concat_concattable_paralleltable():
    x = _ours(_rand(3, 4, seed=15))
    a, b = lnn.Linear(4, 2).double(), lnn.Linear(4, 5).double()
    cat = lnn.Concat(1).add(a).add(b)
    out = cat.forward(x)
    assert tuple(out.size()) == (3, 7)
    np.testing.assert_allclose(_np(out)[:, :2], _np(a.forward(x)))
    go = _ours(_rand(3, 7, seed=16))
    gi = cat.backward(x, go)
    expected = _np(go)[:, :2] @ _np(a.weight) + _np(go)[:, 2:] @ _np(b.weight)
    np.testing.assert_allclose(_np(gi), expected, rtol=1e-10)

    table = lnn.ConcatTable().add(lnn.Identity()).add(lnn.MulConstant(3.0))
    outs = table.forward(x)
    assert len(outs) == 2
    gi = table.backward(x, [_ours(np.ones((3, 4))), _ours(np.ones((3, 4)))])
    np.testing.assert_allclose(_np(gi), np.full((3, 4), 4.0))

    par = lnn.ParallelTable().add(lnn.Exp()).add(lnn.Square())
    y = _ours(_rand(3, 4, seed=17))
    o1, o2 = par.forward([x, y])
    np.testing.assert_allclose(_np(o2), _np(y) ** 2)
    g1, g2 = par.backward([x, y], [_ours(np.ones((3, 4))), _ours(np.ones((3, 4)))])
    np.testing.assert_allclose(_np(g1), np.exp(_np(x)))
    np.testing.assert_allclose(_np(g2), 2 * _np(y))
    assert repr(par).startswith('torch.legacy.nn.ParallelTable.ParallelTable {\n  input\n')
    assert repr(par).endswith('   ... -> output\n}')


def test_shaping_modules():
    x = _ours(_rand(2, 6, seed=18))
    v = lnn.View(3, -1)
    assert tuple(v.forward(x).size()) == (3, 4)
    assert tuple(v.backward(x, _ours(np.ones((3, 4)))).size()) == (2, 6)
    r = lnn.Reshape(3, 2)
    assert tuple(r.forward(x).size()) == (2, 3, 2)
    assert repr(r) == 'nn.Reshape(3x2)' and repr(v) == 'nn.View(3, -1)'
    assert lnn.Identity().forward(x) is x
    c = lnn.Copy(torch.DoubleTensor, torch.FloatTensor)
    assert c.forward(x).type() == 'torch.FloatTensor'
    assert c.backward(x, c.output).type() == 'torch.DoubleTensor'


@pytest.mark.parametrize('make,ref', [
    (lambda: lnn.MSECriterion(), lambda x, t: modern.nn.functional.mse_loss(x, t)),
    (lambda: lnn.MSECriterion(False), lambda x, t: modern.nn.functional.mse_loss(x, t, reduction='sum')),
    (lambda: lnn.AbsCriterion(), lambda x, t: modern.nn.functional.l1_loss(x, t)),
    (lambda: lnn.SmoothL1Criterion(), lambda x, t: modern.nn.functional.smooth_l1_loss(x, t)),
    (lambda: lnn.DistKLDivCriterion(), lambda x, t: modern.nn.functional.kl_div(x, t, reduction='sum') / x.numel()),
])
def test_regression_criterions(make, ref):
    c = make()
    x, t = _rand(4, 3, seed=19), np.abs(_rand(4, 3, seed=20)) + 0.1
    xr = modern.from_numpy(x).requires_grad_()
    lr = ref(xr, modern.from_numpy(t))
    lr.backward()
    assert abs(c.forward(_ours(x), _ours(t)) - lr.item()) < 1e-9
    _close(c.backward(_ours(x), _ours(t)), xr.grad)


def test_class_criterions():
    x = _rand(5, 4, seed=21)
    target = np.array([0, 3, 1, 1, 2])
    w = np.array([1.0, 2.0, 0.5, 1.5])
    for c, ref in ((lnn.CrossEntropyCriterion(), lambda a, b: modern.nn.functional.cross_entropy(a, b)),
                   (lnn.ClassNLLCriterion(_ours(w)),
                    lambda a, b: modern.nn.functional.nll_loss(a, b, weight=modern.from_numpy(w))),
                   (lnn.ClassNLLCriterion(None, False),
                    lambda a, b: modern.nn.functional.nll_loss(a, b, reduction='sum'))):
        xr = modern.from_numpy(x).requires_grad_()
        lr = ref(xr, modern.from_numpy(target))
        lr.backward()
        t = torch.LongTensor(target.tolist())
        assert abs(c.forward(_ours(x), t) - lr.item()) < 1e-9
        _close(c.backward(_ours(x), t), xr.grad)


def test_bce_criterion():
    x = np.random.RandomState(22).uniform(0.05, 0.95, (3, 4))
    t = (np.random.RandomState(23).rand(3, 4) > 0.5).astype(float)
    c = lnn.BCECriterion()
    xr = modern.from_numpy(x).requires_grad_()
    lr = modern.nn.functional.binary_cross_entropy(xr, modern.from_numpy(t))
    lr.backward()
    assert abs(c.forward(_ours(x), _ours(t)) - lr.item()) < 1e-9
    _close(c.backward(_ours(x), _ours(t)), xr.grad, tol=1e-9)
    with pytest.raises(ValueError, match='weights input should be 1D Tensor'):
        lnn.BCECriterion(torch.ones(2, 2))


def test_save_and_load_round_trip_by_default():
    import io
    m = lnn.Sequential().add(lnn.Linear(3, 2)).add(lnn.LogSoftMax())
    buf = io.BytesIO()
    torch.save([m, lnn.ClassNLLCriterion()], buf)
    buf.seek(0)
    m2, crit = torch.load(buf)
    assert repr(m2) == repr(m) and repr(crit) == 'nn.ClassNLLCriterion'
    x = torch.randn(4, 3)
    np.testing.assert_allclose(_np(m2.forward(x)), _np(m.forward(x)))


def test_every_legacy_class_is_loadable_by_default():
    from legacy_autograd.load_allowlist import ALLOWED_GLOBALS
    names = [n for n, v in vars(lnn).items()
             if isinstance(v, type) and v.__module__ == 'legacy_autograd.legacy.nn']
    assert len(names) >= 45
    missing = [n for n in names if ('torch.legacy.nn', n) not in ALLOWED_GLOBALS]
    assert missing == []


def _grad_check(m, x, ref, go_shape=None):
    """forward/backward of a one-input legacy module against modern autograd on ``ref``."""
    xr = modern.from_numpy(x).requires_grad_()
    yr = ref(xr)
    go = _rand(*yr.shape, seed=30)
    yr.backward(modern.from_numpy(go))
    _close(m.forward(_ours(x)), yr)
    _close(m.backward(_ours(x), _ours(go)), xr.grad)


@pytest.mark.parametrize('make,ref', [
    (lambda: lnn.Sum(1), lambda x: x.sum(1)),
    (lambda: lnn.Mean(0), lambda x: x.mean(0)),
    (lambda: lnn.Max(1), lambda x: x.max(1)[0]),
    (lambda: lnn.Min(-1), lambda x: x.min(-1)[0]),
    (lambda: lnn.Narrow(1, 1, 2), lambda x: x.narrow(1, 1, 2)),
    (lambda: lnn.Narrow(1, 1, -1), lambda x: x.narrow(1, 1, 3)),
    (lambda: lnn.Select(1, -1), lambda x: x.select(1, 3)),
    (lambda: lnn.Unsqueeze(1), lambda x: x.unsqueeze(1)),
    (lambda: lnn.Transpose((0, 1)), lambda x: x.t()),
    (lambda: lnn.Replicate(3, 1), lambda x: x.unsqueeze(1).expand(3, 3, 4)),
])
def test_dimension_modules(make, ref):
    _grad_check(make(), _rand(3, 4, seed=31), ref)


def test_parametric_pointwise_modules():
    x = _rand(2, 3, 4, seed=32)
    for m, attr, op in ((lnn.CMul(3, 4), 'weight', lambda a, p: a * p),
                        (lnn.Add(modern_size(3, 4)), 'bias', lambda a, p: a + p),
                        (lnn.Mul(), 'weight', lambda a, p: a * p)):
        m = m.double()
        m.zeroGradParameters()
        p = modern.from_numpy(_np(getattr(m, attr)).copy()).requires_grad_()
        xr = modern.from_numpy(x).requires_grad_()
        yr = op(xr, p)
        go = _rand(2, 3, 4, seed=33)
        yr.backward(modern.from_numpy(go))
        _close(m.forward(_ours(x)), yr)
        _close(m.backward(_ours(x), _ours(go)), xr.grad)
        _close(getattr(m, 'grad' + attr[0].upper() + attr[1:]), p.grad)


def modern_size(*s):
    return torch.Size(s)


def test_table_modules():
    a, b = _rand(3, 4, seed=34), np.abs(_rand(3, 4, seed=35)) + 0.5
    for m, ref in ((lnn.CAddTable(), lambda x, y: x + y), (lnn.CSubTable(), lambda x, y: x - y),
                   (lnn.CMulTable(), lambda x, y: x * y), (lnn.CDivTable(), lambda x, y: x / y),
                   (lnn.JoinTable(1), lambda x, y: modern.cat([x, y], 1)),
                   (lnn.JoinTable(-2), lambda x, y: modern.cat([x, y], 0)),
                   (lnn.DotProduct(), lambda x, y: (x * y).sum(1)),
                   (lnn.MM(False, True), lambda x, y: x @ y.t())):
        ar, br = modern.from_numpy(a).requires_grad_(), modern.from_numpy(b).requires_grad_()
        yr = ref(ar, br)
        go = _rand(*yr.shape, seed=36)
        yr.backward(modern.from_numpy(go))
        _close(m.forward([_ours(a), _ours(b)]), yr)
        ga, gb = m.backward([_ours(a), _ours(b)], _ours(go))
        _close(ga, ar.grad)
        _close(gb, br.grad)


def test_gradient_reversal():
    m = lnn.GradientReversal(0.5)
    x = _ours(_rand(2, 2, seed=37))
    assert m.forward(x) is x
    np.testing.assert_allclose(_np(m.backward(x, _ours(np.ones((2, 2))))), np.full((2, 2), -0.5))
