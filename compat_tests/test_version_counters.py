"""Version counters as PyTorch 0.3.1 kept them (docs/autograd.md, "Version counters").

In 0.3.1 a tensor has no version counter; a Variable has one, shared with the views taken of
it through Variable ops. Only in-place ops on Variables bump it (Variable methods, ``v[i] = ...``,
Functions that ``mark_dirty``). In place on the tensor behind a Variable (``p.data.add_``,
``out=``, ``nn.init``, optimizer steps) bumps nothing, so a backward through a saved value
changed that way silently computes with the new values.
"""
import os
import re

import numpy as np
import pytest

import legacy_autograd as L
import legacy_autograd.nn as lnn
import legacy_autograd.optim as optim
from legacy_autograd.autograd import Variable, Function

INPLACE_ERROR = ('one of the variables needed for gradient computation has been modified by an '
                 'inplace operation')


def V(a, requires_grad=False):
    return Variable(L.DoubleTensor(np.asarray(a, dtype=np.float64)), requires_grad=requires_grad)


def arr(x):
    return (x.data if isinstance(x, Variable) else x).numpy().copy()


# ---------------------------------------------------------------- one place bumps the counter
def test_only_the_variable_in_place_paths_bump_the_counter():
    """The counter is bumped in exactly two places: dispatch's in-place path for Variables
    (every registry in-place op, setitem and copy_ included) and Function.mark_dirty."""
    root = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                        'legacy_autograd')
    sites = []
    for dirpath, _, files in os.walk(root):
        for f in files:
            if f.endswith('.py'):
                path = os.path.join(dirpath, f)
                with open(path) as fh:
                    for line in fh:
                        if re.search(r'_version\[0\]\s*(\+=|=)', line):
                            sites.append(os.path.relpath(path, root).replace(os.sep, '/'))
    assert sorted(sites) == ['autograd/function.py', 'ops/dispatch.py']


# ---------------------------------------------------------------- tensors: nothing is counted
def test_in_place_through_data_is_silent_and_uses_the_new_values():
    w = V([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
    x = V([[1.0, -1.0]], requires_grad=True)
    y = x.mm(w)                          # mm saves both inputs
    w.data.add_(1)
    w.data[0, 0] = 10
    L.add(w.data, 0.5, out=w.data)
    lnn.init.constant(w, 2.0)            # on the Variable: 0.3 writes into .data
    w.data.mul_(L.DoubleTensor([[1, 2], [3, 4]]))
    assert w._version == 0 and x._version == 0 and y._version == 0
    y.sum().backward()
    # d(sum(x @ w))/dx = row sums of the *new* w
    assert arr(x.grad).tolist() == [[6.0, 14.0]]
    assert arr(w.grad).tolist() == [[1.0, 1.0], [-1.0, -1.0]]


def test_copy_and_zero_through_data_are_silent():
    x = V([1.0, 2.0, 3.0], requires_grad=True)
    h = x * 2
    z = (h * h).sum()                    # saves h
    h.data.copy_(L.DoubleTensor([1, 1, 1]))
    h.data.zero_()
    h.data.fill_(1)
    assert h._version == 0
    z.backward()
    assert arr(x.grad).tolist() == [4.0, 4.0, 4.0]     # 2 * h (new: ones) * 2


def test_a_variable_over_a_tensor_sees_no_bumps_from_tensor_ops():
    t = L.FloatTensor([1, 2, 3])
    t.add_(1)
    t[0] = 5
    v = Variable(t)
    assert v._version == 0
    v.data.sub_(1)
    assert v._version == 0
    v.sub_(1)
    assert v._version == 1


def test_gradient_accumulation_and_optimizer_steps_do_not_bump():
    w = Variable(L.ones(3), requires_grad=True)
    opt = optim.SGD([w], lr=0.1, momentum=0.9)
    for _ in range(3):
        opt.zero_grad()
        (w * 2).sum().backward()
        (w * 3).sum().backward()             # accumulated into .grad in place
        opt.step()
    assert w._version == 0 and w.grad._version == 0


def test_batch_norm_running_stats_are_updated_without_a_counter():
    bn = lnn.BatchNorm1d(2)
    x = Variable(L.randn(4, 2), requires_grad=True)
    y = bn(x)
    (y * y).sum().backward()
    assert bn.running_mean.abs().sum() > 0
    assert x._version == 0 and y._version == 0


# ---------------------------------------------------------------- Variables: counted and checked
def test_variable_in_place_bumps_and_backward_raises_0_3_text():
    x = V([1.0, 2.0], requires_grad=True)
    h = x * 1
    z = h * h                            # saves h
    assert h._version == 0
    h.add_(1)
    assert h._version == 1
    with pytest.raises(RuntimeError) as e:
        z.sum().backward()
    assert str(e.value) == INPLACE_ERROR


@pytest.mark.parametrize('modify', [
    lambda h: h.mul_(2),
    lambda h: h.__setitem__(0, 5.0),
    lambda h: h.copy_(V([7.0, 8.0])),
    lambda h: h.clamp_(0, 1),
    lambda h: h.masked_fill_(Variable(L.ByteTensor([1, 0])), 0),
])
def test_every_variable_in_place_form_is_counted(modify):
    x = V([1.0, 2.0], requires_grad=True)
    h = x * 1
    z = h.exp()                          # exp saves its output: h is not saved ...
    w = h * h                            # ... but mul saves h
    modify(h)
    assert h._version == 1
    z.sum().backward()
    with pytest.raises(RuntimeError, match='^' + INPLACE_ERROR + '$'):
        w.sum().backward()


def test_views_of_a_variable_share_its_counter():
    x = V([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
    y = x * 1
    row, col, tr = y[0], y[:, 1], y.t()
    flat = tr.clone().view(6)            # a copy: its own counter
    assert y._version == row._version == col._version == tr._version == 0
    row.add_(1)
    assert y._version == col._version == tr._version == 1
    y.mul_(2)
    assert row._version == col._version == tr._version == 2
    assert flat._version == 0
    # a value saved through a view is checked against the base's in-place ops
    y2 = x * 1
    v = y2[1]
    z = (v * v).sum()
    y2[0] = 0                            # a different row, but the same counter
    with pytest.raises(RuntimeError, match=INPLACE_ERROR):
        z.backward()


def test_data_of_a_view_is_not_counted_either():
    x = V([1.0, 2.0, 3.0], requires_grad=True)
    y = x * 1
    v = y[1:]
    z = (v * v).sum()
    v.data.add_(1)
    assert y._version == 0
    z.backward()
    assert arr(x.grad).tolist() == [0.0, 6.0, 8.0]


def test_mark_dirty_bumps_the_input_variable():
    class Double(Function):
        @staticmethod
        def forward(ctx, a):
            ctx.mark_dirty(a)
            return a.mul_(2)

        @staticmethod
        def backward(ctx, g):
            return g * 2

    x = V([1.0, 2.0], requires_grad=True)
    h = x + 0
    saved = h * h
    out = Double.apply(h)
    assert out is h and h._version == 1
    with pytest.raises(RuntimeError, match=INPLACE_ERROR):
        saved.sum().backward()
    out.sum().backward()
    assert arr(x.grad).tolist() == [2.0, 2.0]


# ---------------------------------------------------------------- an optimizer step between two
# backward passes through the same weights (a GAN stepping D before G's backward through D)
def _gan_step_legacy(params):
    """One step of the GAN loop, legacy: returns G's and D's weights after it."""
    g_w, g_b, d_w, d_b, z, real = params
    G = lnn.Linear(3, 4)
    D = lnn.Linear(4, 1)
    for p, a in ((G.weight, g_w), (G.bias, g_b), (D.weight, d_w), (D.bias, d_b)):
        p.data.copy_(L.from_numpy(a.astype(np.float32)))
    opt_D = optim.SGD(D.parameters(), lr=0.5)
    opt_G = optim.SGD(G.parameters(), lr=0.5)
    fake = G(Variable(L.from_numpy(z.astype(np.float32))))
    p_real = L.sigmoid(D(Variable(L.from_numpy(real.astype(np.float32)))))
    p_fake = L.sigmoid(D(fake))
    d_loss = -L.mean(L.log(p_real) + L.log(1. - p_fake))
    g_loss = L.mean(L.log(1. - p_fake))
    opt_D.zero_grad()
    d_loss.backward(retain_graph=True)
    opt_D.step()                          # D's weights change (through .data) ...
    opt_G.zero_grad()
    g_loss.backward()                     # ... before G's backward through D: 0.3 ran this
    opt_G.step()
    return [p.data.numpy().copy() for p in (G.weight, G.bias, D.weight, D.bias)]


def _gan_step_modern(torch, params):
    """The same step in modern torch, computing what 0.3 computed: G's backward through D
    reads D's saved weight (the new value) and the saved activations (of the forward pass).
    Modern torch refuses the plain form, so the upstream gradient is taken before the step
    (it depends on activations only) and pushed through D's linear layer with the new weight."""
    g_w, g_b, d_w, d_b, z, real = [torch.tensor(a, dtype=torch.float32) for a in params]
    for p in (g_w, g_b, d_w, d_b):
        p.requires_grad_(True)
    fake = z @ g_w.t() + g_b
    lin_real = real @ d_w.t() + d_b
    lin_fake = fake @ d_w.t() + d_b
    p_real, p_fake = torch.sigmoid(lin_real), torch.sigmoid(lin_fake)
    d_loss = -torch.mean(torch.log(p_real) + torch.log(1. - p_fake))
    g_loss = torch.mean(torch.log(1. - p_fake))
    gd_w, gd_b = torch.autograd.grad(d_loss, (d_w, d_b), retain_graph=True)
    upstream, = torch.autograd.grad(g_loss, lin_fake, retain_graph=True)
    with torch.no_grad():
        d_w -= 0.5 * gd_w
        d_b -= 0.5 * gd_b
    grad_fake = upstream @ d_w.detach()        # linear's input gradient with the new weight
    gg_w, gg_b = torch.autograd.grad(fake, (g_w, g_b), grad_outputs=grad_fake)
    with torch.no_grad():
        g_w -= 0.5 * gg_w
        g_b -= 0.5 * gg_b
    return [p.detach().numpy().copy() for p in (g_w, g_b, d_w, d_b)]


def _gan_params(seed):
    rng = np.random.RandomState(seed)
    return [rng.uniform(-1, 1, s) for s in ((4, 3), (4,), (1, 4), (1,), (5, 3), (5, 4))]


@pytest.mark.parametrize('seed', [0, 1, 2])
def test_optimizer_step_between_two_backwards_matches_0_3(seed):
    torch = pytest.importorskip('torch')
    params = _gan_params(seed)
    got = _gan_step_legacy(params)
    want = _gan_step_modern(torch, params)
    for a, b in zip(got, want):
        np.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-6)
    # and it is not what a backward with D's old weight would give
    old = _gan_params(seed)
    fake_grad_uses_old = _gan_step_modern_old_weight(torch, old)
    assert not np.allclose(got[0], fake_grad_uses_old[0])


def _gan_step_modern_old_weight(torch, params):
    g_w, g_b, d_w, d_b, z, real = [torch.tensor(a, dtype=torch.float32) for a in params]
    g_w.requires_grad_(True)
    g_b.requires_grad_(True)
    fake = z @ g_w.t() + g_b
    g_loss = torch.mean(torch.log(1. - torch.sigmoid(fake @ d_w.t() + d_b)))
    gg_w, gg_b = torch.autograd.grad(g_loss, (g_w, g_b))
    return [(g_w - 0.5 * gg_w).detach().numpy(), (g_b - 0.5 * gg_b).detach().numpy()]


def test_modern_torch_refuses_the_same_loop():
    """What makes the comparison above meaningful: in modern torch an update of the weight
    under no_grad bumps its version, and the second backward raises."""
    torch = pytest.importorskip('torch')
    w = torch.ones(2, 2, requires_grad=True)
    x = torch.ones(1, 2, requires_grad=True)
    y = torch.sigmoid(x @ w)
    y.sum().backward(retain_graph=True)
    with torch.no_grad():
        w.add_(1)
    with pytest.raises(RuntimeError, match='modified by an inplace operation'):
        y.sum().backward()
    # the shim, like 0.3.1, runs it and uses the new weight
    lw = Variable(L.ones(2, 2), requires_grad=True)
    lx = Variable(L.ones(1, 2), requires_grad=True)
    ly = L.sigmoid(lx.mm(lw))
    ly.sum().backward(retain_graph=True)
    lw.data.add_(1)
    lx.grad.data.zero_()
    ly.sum().backward()
    s = 1 / (1 + np.exp(-2.0))
    np.testing.assert_allclose(arr(lx.grad), [[2 * 2 * s * (1 - s)] * 2], rtol=1e-6)


# ------------------------------------------------ a value saved after earlier in-place ops
@pytest.mark.parametrize('make,saves_output', [
    (lambda y: y ** 2, False),         # one Variable and a number (saves its input)
    (lambda y: y * y, False),          # two Variables of one shape (save both)
    (lambda y: y.mm(y.t()), False),    # mm
    (lambda y: y.prod(), False),       # a full reduction that saves its input
    (lambda y: y.exp(), True),         # saves its output
])
def test_saved_value_records_the_counter_at_save_time(make, saves_output):
    """A Variable changed in place BEFORE an op saves it is fine: the op records the current
    count, and only a later change is an error (0.3.1's SavedVariable keeps the version it
    saw).  The operator shortcuts record it like the general path."""
    x = V([[1.0, -2.0], [0.5, 3.0]], requires_grad=True)
    y = x * 1
    y.add_(1)
    y.mul_(2)
    assert y._version == 2
    out = make(y)
    out.sum().backward()
    want = V([[1.0, -2.0], [0.5, 3.0]], requires_grad=True)
    make((want * 1 + 1) * 2).sum().backward()
    np.testing.assert_allclose(arr(x.grad), arr(want.grad), rtol=1e-12)
    y2 = x * 1
    z2 = make(y2)
    (z2 if saves_output else y2).add_(1)          # changed after it was saved
    with pytest.raises(RuntimeError) as info:
        z2.sum().backward()
    assert str(info.value) == INPLACE_ERROR


@pytest.mark.parametrize('route', ['create_graph', 'hook', 'autograd.grad', 'retain_graph'])
@pytest.mark.parametrize('which', [0, 1])
def test_modified_saved_operand_is_detected_on_every_backward_route(route, which):
    """Either saved operand of a two-input op changed in place after it was saved is an error,
    on the engine's general routes too (a hook on the output, create_graph, autograd.grad)."""
    x = V([1.0, 2.0], requires_grad=True)
    y = V([3.0, 4.0], requires_grad=True)
    a, b = x * 1, y * 1
    z = a * b
    (a, b)[which].add_(1)
    with pytest.raises(RuntimeError) as info:
        if route == 'create_graph':
            z.sum().backward(create_graph=True)
        elif route == 'hook':
            z.register_hook(lambda g: g)
            z.sum().backward()
        elif route == 'autograd.grad':
            L.autograd.grad(z.sum(), [x])
        else:
            z.sum().backward(retain_graph=True)
    assert str(info.value) == INPLACE_ERROR
