"""``torch.nn`` pieces of 0.3.1 beyond the core layers: ``nn.parallel`` on the CPU,
``nn.utils`` (weight norm, parameter vectors), the margin losses and the triplet loss,
and module-machinery details (backward hooks on dict outputs, deepcopy of parameters,
``cudnn.flags``, negative reflect/replicate padding, gradcheck helpers on plain tensors).

Values and gradients are compared with modern torch where it has the function; the
registry ops of the margin losses also run in the registry parity suite
(``legacy_autograd/ops/nn_loss_ops.py`` samples).
"""
import copy
import pickle

import numpy as np
import pytest

import legacy_autograd as L
import legacy_autograd.nn as nn
import legacy_autograd.nn.functional as F
from legacy_autograd import testing as T
from legacy_autograd.autograd import Variable, gradcheck
from legacy_autograd.autograd.gradcheck import gradgradcheck, iter_tensors
from legacy_autograd.nn import Parameter


def V(a, requires_grad=False, dtype=np.float32):
    return Variable(L.from_numpy(np.array(a, dtype=dtype)), requires_grad=requires_grad)


def LV(a):
    return Variable(L.from_numpy(np.asarray(a).astype(np.int64)))


def A(x):
    return x.data._a if isinstance(x, Variable) else x._a


def rnd(seed, *shape, lo=-2.0, hi=2.0, dtype=np.float32):
    return np.random.RandomState(seed).uniform(lo, hi, size=shape).astype(dtype)


def modern():
    return pytest.importorskip('torch')


def mt(a, requires_grad=False):
    torch = modern()
    return torch.from_numpy(np.array(a)).requires_grad_(requires_grad)


# =========================================================================== nn.parallel
def test_data_parallel_runs_the_module_as_is_on_the_cpu():
    L.manual_seed(0)
    lin = nn.Linear(4, 3)
    dp = nn.DataParallel(lin)
    assert dp.module is lin and dp.device_ids == []
    x = V(rnd(1, 5, 4), True)
    out = dp(x)
    np.testing.assert_array_equal(A(out), A(lin(x)))
    assert [n for n, _ in dp.named_parameters()] == ['module.weight', 'module.bias']
    out2 = nn.parallel.data_parallel(lin, x)
    np.testing.assert_array_equal(A(out2), A(out))
    assert type(out.grad_fn).__name__ == 'AddmmBackward'


def test_data_parallel_with_device_ids_scatters_and_gathers_on_the_cpu():
    L.manual_seed(0)
    lin = nn.Linear(4, 3)
    x = V(rnd(2, 6, 4), True)
    out = nn.parallel.data_parallel(lin, x, [0, 1])
    ref = lin(x)
    np.testing.assert_allclose(A(out), A(ref), rtol=1e-6)
    out.sum().backward()
    g_w = A(lin.weight.grad).copy()
    g_x = A(x.grad).copy()
    lin.zero_grad()
    x.grad.data.zero_()
    ref.sum().backward()
    np.testing.assert_allclose(g_w, A(lin.weight.grad), rtol=1e-5)
    np.testing.assert_allclose(g_x, A(x.grad), rtol=1e-5)


def test_scatter_gather_roundtrip_and_gradients():
    x = V(rnd(3, 5, 2), True)
    parts = nn.parallel.scatter(x, (0, 1))
    assert [tuple(p.size()) for p in parts] == [(3, 2), (2, 2)]
    back = nn.parallel.gather(parts, 0)
    np.testing.assert_array_equal(A(back), A(x))
    (back * 2).sum().backward()
    np.testing.assert_array_equal(A(x.grad), np.full((5, 2), 2, np.float32))
    assert gradcheck(lambda y: nn.parallel.scatter(y, (0, 1)), (V(rnd(4, 4, 3), True, np.float64),))
    assert gradcheck(lambda a, b: nn.parallel.gather((a, b), 0),
                     (V(rnd(5, 2, 3), True, np.float64), V(rnd(6, 3, 3), True, np.float64)))
    with pytest.raises(AssertionError, match='Tensors not supported in scatter.'):
        nn.parallel.scatter(L.randn(4, 2), (0, 1))


def test_replicate_shares_the_parameters_and_sums_their_gradients():
    from legacy_autograd.nn.parallel._functions import Broadcast
    net = nn.Sequential(nn.Linear(3, 2), nn.BatchNorm1d(2), nn.Tanh())
    replicas = nn.parallel.replicate(net, (0, 1))
    assert len(replicas) == 2 and all(isinstance(r, nn.Sequential) for r in replicas)
    x = V(rnd(7, 4, 3))
    outs = nn.parallel.parallel_apply(replicas, [(x,), (x,)])
    np.testing.assert_allclose(A(outs[0]), A(outs[1]))
    (outs[0].sum() + outs[1].sum()).backward()
    w = A(net[0].weight.grad).copy()
    net.zero_grad()
    net(x).sum().backward()
    np.testing.assert_allclose(w, 2 * A(net[0].weight.grad), rtol=1e-5)
    copies = Broadcast.apply((0, 1), V([1.0, 2.0], True))
    assert len(copies) == 2


# =========================================================================== nn.utils
def test_parameters_to_vector_and_back():
    L.manual_seed(0)
    model = nn.Sequential(nn.Conv2d(3, 4, 3), nn.Linear(4, 5))
    vec = nn.utils.parameters_to_vector(model.parameters())
    assert vec.size(0) == 4 * 3 * 9 + 4 + 5 * 4 + 5
    np.testing.assert_array_equal(A(vec)[:5], A(model[0].weight).reshape(-1)[:5])
    new = Variable(L.arange(0, vec.size(0)))
    nn.utils.vector_to_parameters(new, model.parameters())
    np.testing.assert_array_equal(A(model[0].weight).reshape(-1)[:5], [0, 1, 2, 3, 4])
    np.testing.assert_array_equal(A(model[1].bias), np.arange(vec.size(0) - 5, vec.size(0)))
    with pytest.raises(TypeError, match=r'^expected torch.autograd.Variable, but got: '
                                        r'torch.FloatTensor$'):
        nn.utils.vector_to_parameters(L.arange(0, 3), model.parameters())


@pytest.mark.parametrize('dim', [0, 1, None])
def test_weight_norm_values_and_gradients_against_modern(dim):
    torch = modern()
    L.manual_seed(0)
    lin = nn.Linear(5, 7)
    w0 = A(lin.weight).copy()
    x = rnd(3, 3, 5)
    expected = A(lin(V(x)))
    m = nn.utils.weight_norm(lin, dim=dim)
    assert set(n for n, _ in m.named_parameters()) == {'bias', 'weight_g', 'weight_v'}
    g_shape = {0: (7, 1), 1: (1, 5), None: (1,)}[dim]
    assert tuple(m.weight_g.size()) == g_shape
    out = m(V(x))
    np.testing.assert_allclose(A(out), expected, rtol=1e-5, atol=1e-6)
    out.sum().backward()
    # modern: the same reparameterisation written out
    g = mt(A(m.weight_g).copy(), True)
    v = mt(w0, True)
    if dim is None:
        nrm = v.norm()
    elif dim == 0:
        nrm = v.norm(dim=1, keepdim=True)
    else:
        nrm = v.norm(dim=0, keepdim=True)
    mo = torch.from_numpy(x) @ (v * (g / nrm)).t() + mt(A(m.bias))
    mo.sum().backward()
    T.assert_close(m.weight_g.grad, g.grad, rtol=1e-4, atol=1e-5, what='weight_g grad')
    T.assert_close(m.weight_v.grad, v.grad, rtol=1e-4, atol=1e-5, what='weight_v grad')


def test_remove_weight_norm_and_pickle():
    L.manual_seed(0)
    m = nn.utils.weight_norm(nn.Linear(5, 7))
    x = V(rnd(4, 2, 5))
    before = A(m(x)).copy()
    m2 = pickle.loads(pickle.dumps(m))
    assert isinstance(m2, nn.Linear)
    np.testing.assert_allclose(A(m2(x)), before, rtol=1e-6)
    nn.utils.remove_weight_norm(m)
    assert not hasattr(m, 'weight_g') and not hasattr(m, 'weight_v')
    assert isinstance(m.weight, Parameter)
    np.testing.assert_allclose(A(m(x)), before, rtol=1e-6)
    with pytest.raises(ValueError, match=r"^weight_norm of 'weight' not found in Linear"):
        nn.utils.remove_weight_norm(m)


# =========================================================================== margin losses
def _loss_parity(lfn, mfn, x, *rest, tol=1e-5):
    lx = V(x, True, x.dtype)
    lo = lfn(lx, *rest[0])
    mx = mt(x, True)
    mo = mfn(mx, *rest[1])
    T.assert_close(lo, mo.reshape(1), rtol=tol, atol=tol, what='loss')
    lo.backward()
    mo.backward()
    T.assert_close(lx.grad, mx.grad, rtol=tol, atol=tol, what='input gradient')
    return lo


@pytest.mark.parametrize('size_average', [True, False])
def test_soft_margin_loss(size_average):
    torch = modern()
    x = rnd(10, 4, 5)
    y = np.sign(rnd(11, 4, 5))
    lo = _loss_parity(F.soft_margin_loss, torch.nn.functional.soft_margin_loss, x,
                      (V(y), size_average), (mt(y), None, None,
                                             'mean' if size_average else 'sum'))
    assert type(lo.grad_fn).__name__ == 'SoftMarginLossBackward'
    crit = nn.SoftMarginLoss(size_average=size_average)
    np.testing.assert_allclose(A(crit(V(x), V(y))), A(lo))
    xd = V(rnd(12, 3, 4), True, np.float64)
    assert gradgradcheck(lambda a: F.soft_margin_loss(a, V(np.sign(rnd(13, 3, 4)), dtype=np.float64),
                                                      size_average), (xd,))


@pytest.mark.parametrize('p, margin, weighted, size_average',
                         [(1, 1, False, True), (2, 0.5, False, False), (1, 1.5, True, False),
                          (2, 1, True, True)])
def test_multi_margin_loss(p, margin, weighted, size_average):
    torch = modern()
    x = rnd(20, 5, 6)
    t = np.random.RandomState(21).randint(0, 6, size=5)
    w = rnd(22, 6, lo=0.5, hi=1.5) if weighted else None
    lo = _loss_parity(
        F.multi_margin_loss, torch.nn.functional.multi_margin_loss, x,
        (LV(t), p, margin, None if w is None else L.from_numpy(w), size_average),
        (mt(t), p, margin, None if w is None else mt(w), None, None,
         'mean' if size_average else 'sum'))
    assert type(lo.grad_fn).__name__ == 'MultiMarginLossBackward'
    crit = nn.MultiMarginLoss(p, margin, None if w is None else L.from_numpy(w), size_average)
    np.testing.assert_allclose(A(crit(V(x), LV(t))), A(lo))
    if p == 2:     # exact second derivatives (modern torch has none)
        xd = V(rnd(23, 3, 4), True, np.float64)
        assert gradgradcheck(lambda a: F.multi_margin_loss(a, LV([0, 3, 1]), 2), (xd,))


def test_multi_margin_loss_errors():
    x = V(rnd(0, 2, 3))
    with pytest.raises(ValueError, match=r'^only p == 1 and p == 2 supported$'):
        F.multi_margin_loss(x, LV([0, 1]), p=3)
    with pytest.raises(ValueError, match=r'^only p == 1 and p == 2 supported$'):
        nn.MultiMarginLoss(p=3)
    with pytest.raises(RuntimeError, match='target out of range'):
        F.multi_margin_loss(x, LV([0, 3]))
    with pytest.raises(RuntimeError, match='inconsistent target size'):
        F.multi_margin_loss(x, LV([0, 1, 2]))


@pytest.mark.parametrize('size_average', [True, False])
def test_multilabel_margin_loss(size_average):
    torch = modern()
    x = rnd(30, 3, 5)
    t = np.array([[3, 0, -1, 1, 1], [1, 2, 3, 4, 0], [-1, 0, 0, 0, 0]])
    lo = _loss_parity(F.multilabel_margin_loss, torch.nn.functional.multilabel_margin_loss, x,
                      (LV(t), size_average),
                      (mt(t), None, None, 'mean' if size_average else 'sum'))
    assert type(lo.grad_fn).__name__ == 'MultilabelMarginLossBackward'
    crit = nn.MultiLabelMarginLoss(size_average=size_average)
    np.testing.assert_allclose(A(crit(V(x), LV(t))), A(lo))
    with pytest.raises(RuntimeError, match='target out of range'):
        F.multilabel_margin_loss(V(x), LV(t + 5))
    with pytest.raises(AssertionError, match="nn criterions don't compute the gradient"):
        crit(V(x), Variable(L.from_numpy(t), requires_grad=True))


@pytest.mark.parametrize('swap', [False, True])
def test_triplet_margin_loss(swap):
    torch = modern()
    a, p, n = rnd(40, 4, 3), rnd(41, 4, 3), rnd(42, 4, 3)
    la, lp, ln = (V(z, True, np.float64) for z in (a, p, n))
    lo = nn.TripletMarginLoss(margin=1.0, p=2, swap=swap)(la, lp, ln)
    lo.backward()
    ma, mp, mn = (mt(z.astype(np.float64), True) for z in (a, p, n))

    def dist(x1, x2, eps=1e-6):      # 0.3.1: (sum (|x1 - x2| + eps) ** p) ** (1 / p)
        return ((x1 - x2).abs() + eps).pow(2).sum(1, keepdim=True).pow(0.5)
    d_n = dist(ma, mn)
    if swap:
        d_n = torch.min(d_n, dist(mp, mn))
    mo = torch.clamp(1.0 + dist(ma, mp) - d_n, min=0).mean()
    mo.backward()
    T.assert_close(lo, mo.reshape(1), rtol=1e-10, atol=1e-12, what='loss')
    for lv, mv in ((la, ma), (lp, mp), (ln, mn)):
        T.assert_close(lv.grad, mv.grad, rtol=1e-8, atol=1e-10, what='gradient')
    assert gradcheck(lambda *v: F.triplet_margin_loss(*v, swap=swap),
                     tuple(V(z, True, np.float64) for z in (a, p, n)))


# =========================================================================== machinery
def test_backward_hook_on_a_module_returning_a_dict():
    seen = []

    class Net(nn.Module):
        def __init__(self):
            super(Net, self).__init__()
            self.l1 = nn.Linear(4, 2)
            self.register_backward_hook(lambda *a: seen.append(1))

        def forward(self, x):
            return {'output': self.l1(x).sum()}

    out = Net()(V(rnd(50, 3, 4)))
    out['output'].backward()
    assert seen == [1]


def test_deepcopy_of_parameters_and_containers():
    m = nn.Sequential(nn.Linear(2, 2))
    m2 = copy.deepcopy(m)
    assert isinstance(m2[0].weight, Parameter)
    np.testing.assert_array_equal(A(m2[0].weight), A(m[0].weight))
    assert A(m2[0].weight) is not A(m[0].weight)
    p = Parameter(L.randn(3), requires_grad=False)
    q = copy.deepcopy(p)
    assert isinstance(q, Parameter) and not q.requires_grad
    v = Variable(L.randn(2), volatile=True)
    assert copy.deepcopy(v).volatile


def test_cudnn_flags_context_manager():
    from legacy_autograd.backends import cudnn
    before = (cudnn.enabled, cudnn.benchmark, cudnn.deterministic, cudnn.verbose)
    with cudnn.flags(enabled=False, benchmark=True):
        assert cudnn.enabled is False and cudnn.benchmark is True
    assert (cudnn.enabled, cudnn.benchmark, cudnn.deterministic, cudnn.verbose) == before


@pytest.mark.parametrize('mode', ['reflect', 'replicate'])
def test_negative_padding_crops_first(mode):
    x = rnd(60, 1, 2, 4, 5)
    out = F.pad(V(x), (-1, 2, 1, -2), mode=mode)
    np_mode = 'reflect' if mode == 'reflect' else 'edge'
    ref = np.pad(x[:, :, :-2, 1:], ((0, 0), (0, 0), (1, 0), (0, 2)), mode=np_mode)
    np.testing.assert_array_equal(A(out), ref)
    assert gradcheck(lambda v: F.pad(v, (-1, 1, -2, 1), mode=mode),
                     (V(rnd(61, 1, 2, 4, 4), True, np.float64),))


def test_conv_with_none_input_is_a_runtime_error():
    c = nn.Conv2d(3, 3, 3)
    with pytest.raises(RuntimeError, match=r'^ConvNd: expected Variable at argument 0 \(got None\)$'):
        c(None)


def test_iter_tensors_yields_plain_tensors():
    t = L.randn(2)
    v = Variable(L.randn(3))
    assert [x is t for x in iter_tensors([t, v], True)] == [True]
    assert len(list(iter_tensors([t, v]))) == 2


# =========================================================================== more 0.3.1 modules
def test_hardshrink_against_modern():
    torch = modern()
    x = rnd(70, 3, 4)
    x[np.abs(np.abs(x) - 0.5) < 0.05] = 0.2       # away from the kink
    lx = V(x, True)
    m = nn.Hardshrink()
    assert repr(m) == 'Hardshrink(0.5)' and repr(nn.Hardshrink(1.5)) == 'Hardshrink(1.5)'
    lo = m(lx)
    assert type(lo.grad_fn).__name__ == 'HardshrinkBackward'
    mx = mt(x, True)
    mo = torch.nn.functional.hardshrink(mx, 0.5)
    T.assert_close(lo, mo, what='hardshrink')
    up = rnd(71, 3, 4)
    lo.backward(L.from_numpy(up))
    mo.backward(torch.from_numpy(up))
    T.assert_close(lx.grad, mx.grad, what='hardshrink grad')


def test_alpha_dropout():
    m = nn.AlphaDropout(0.2)
    assert repr(m) == 'AlphaDropout(p=0.2)'
    x = V(rnd(72, 50, 40), True)
    m.eval()
    assert m(x) is x
    m.train()
    L.manual_seed(3)
    out = m(x)
    alpha, keep = -1.7580993408473766, 0.8
    a = (keep + alpha ** 2 * keep * (1 - keep)) ** (-0.5)
    b = -a * alpha * (1 - keep)
    o = A(out)
    dropped = np.isclose(o, a * alpha + b)
    assert 0.1 < dropped.mean() < 0.3
    np.testing.assert_allclose(o[~dropped], a * A(x)[~dropped] + b, rtol=1e-5)
    out.sum().backward()
    np.testing.assert_allclose(A(x.grad), np.where(dropped, 0, a), rtol=1e-6)
    with pytest.raises(ValueError, match='dropout probability has to be between 0 and 1, but got 1.5'):
        nn.AlphaDropout(1.5)


@pytest.mark.parametrize('p, dim', [(2, 1), (1, -1), (3, 0)])
def test_normalize_against_modern(p, dim):
    torch = modern()
    x = rnd(73, 2, 3, 4)
    lx, mx = V(x, True), mt(x, True)
    lo = F.normalize(lx, p, dim)
    mo = torch.nn.functional.normalize(mx, p, dim)
    T.assert_close(lo, mo, rtol=1e-5, atol=1e-6, what='normalize')
    up = rnd(74, 2, 3, 4)
    lo.backward(L.from_numpy(up))
    mo.backward(torch.from_numpy(up))
    T.assert_close(lx.grad, mx.grad, rtol=1e-4, atol=1e-5, what='normalize grad')


def test_pad3d_modules_against_modern():
    torch = modern()
    x = rnd(75, 2, 3, 3, 4, 5)
    pads = (1, 2, 0, 1, 2, 1)
    for lmod, mmod in ((nn.ReplicationPad3d(pads), torch.nn.ReplicationPad3d(pads)),
                       (nn.ConstantPad3d(pads, 1.5), torch.nn.ConstantPad3d(pads, 1.5))):
        lx, mx = V(x, True), mt(x, True)
        lo, mo = lmod(lx), mmod(mx)
        T.assert_close(lo, mo, what=repr(lmod))
        up = rnd(76, *mo.shape)
        lo.backward(L.from_numpy(up))
        mo.backward(torch.from_numpy(up))
        T.assert_close(lx.grad, mx.grad, what=repr(lmod) + ' grad')
    assert repr(nn.ReplicationPad3d(1)) == 'ReplicationPad3d((1, 1, 1, 1, 1, 1))'
    assert repr(nn.ConstantPad3d(pads, 0)) == 'ConstantPad3d((1, 2, 0, 1, 2, 1))'


@pytest.mark.parametrize('channels, size', [(3, 5), (6, 3), (7, 4)])
def test_cross_map_lrn2d_against_modern(channels, size):
    torch = modern()
    x = rnd(77, 2, channels, 3, 4)
    lmod = nn.CrossMapLRN2d(size, 5e-3, 0.75, 2)
    assert repr(lmod) == 'CrossMapLRN2d(%d, alpha=0.005, beta=0.75, k=2)' % size
    lx = V(x, True)
    lo = lmod(lx)
    mx = mt(x, True)
    mo = torch.nn.CrossMapLRN2d(size, 5e-3, 0.75, 2)(mx)
    T.assert_close(lo, mo, rtol=1e-5, atol=1e-6, what='lrn forward (0.3.1 and modern: one window rule)')
    assert type(lo.grad_fn).__name__ == 'CrossMapLRN2d'
    up = rnd(78, *mo.shape)
    lo.backward(L.from_numpy(up))
    mo.backward(torch.from_numpy(up))
    # 0.3.1's (and modern torch's) hand-written backward: its ratio window is not the
    # forward's, so it is not the exact derivative (finite differences disagree)
    T.assert_close(lx.grad, mx.grad, rtol=1e-4, atol=1e-6, what='lrn grad')


def test_container_is_deprecated_but_works():
    with pytest.warns(UserWarning, match="nn.Container is deprecated"):
        c = nn.Container(a=nn.Linear(2, 3), b=nn.ReLU())
    assert sorted(n for n, _ in c.named_children()) == ['a', 'b']


@pytest.mark.parametrize('fn', [lambda x: F.max_pool2d(x, 2, return_indices=True),
                                lambda x: F.max_pool1d(x.view(1, 2, 16), 2, return_indices=True),
                                lambda x: F.adaptive_max_pool2d(x, 2, return_indices=True)])
def test_max_pool_indices_changed_in_place_make_backward_fail(fn):
    x = V(rnd(80, 1, 2, 4, 4), True)
    out, idx = fn(x)
    assert not idx.requires_grad
    out.backward(L.ones(*out.size()), retain_graph=True)
    idx.add_(1)
    with pytest.raises(RuntimeError, match='one of the variables needed for gradient computation '
                                           'has been modified by an inplace operation'):
        out.backward(L.ones(*out.size()))


def test_torch_load_of_whole_models_with_data_parallel_weight_norm_and_margin_losses(tmp_path):
    L.manual_seed(0)
    model = nn.DataParallel(nn.Sequential(nn.utils.weight_norm(nn.Linear(3, 2)), nn.Tanh()))
    crit = nn.MultiMarginLoss(p=2)
    path = str(tmp_path / 'm.pt')
    L.save({'model': model, 'crit': crit, 'more': [nn.SoftMarginLoss(), nn.TripletMarginLoss(),
                                                   nn.MultiLabelMarginLoss()]}, path)
    back = L.load(path)
    m2 = back['model']
    assert isinstance(m2, nn.DataParallel) and isinstance(back['crit'], nn.MultiMarginLoss)
    x = V(rnd(90, 4, 3))
    np.testing.assert_allclose(A(m2(x)), A(model(x)), rtol=1e-6)
    assert sorted(n for n, _ in m2.named_parameters()) == [
        'module.0.bias', 'module.0.weight_g', 'module.0.weight_v']
