"""torch.optim (0.3): optimizer trajectories against modern torch, parameter groups, state
dicts, zero_grad, the 0.3 error texts, learning-rate schedulers (0.3's last_epoch
convention) against modern torch's sequences, and the known legacy-vs-modern differences."""
import math

import numpy as np
import pytest

import legacy_autograd as torch
from legacy_autograd import optim, testing as T
from legacy_autograd.autograd import Variable
from legacy_autograd.optim import lr_scheduler


def _modern():
    return pytest.importorskip('torch')


# ====================================================================== a small problem
_R = np.random.RandomState(0)
P0 = [(_R.randn(3, 4) * 0.5).astype(np.float32), (_R.randn(4) * 0.1).astype(np.float32),
      (_R.randn(4, 1) * 0.5).astype(np.float32), (_R.randn(1) * 0.1).astype(np.float32)]
X = _R.randn(8, 3).astype(np.float32)
Y = _R.randn(8, 1).astype(np.float32)


def mlp_loss(P, x, y):
    """Written once for both libraries: a 3-4-1 tanh network with a mean squared error."""
    h = (x.mm(P[0]) + P[1]).tanh()
    out = h.mm(P[2]) + P[3]
    return ((out - y) ** 2).mean()


def legacy_params(dtype=np.float32):
    return [Variable(torch.from_numpy(p.astype(dtype)), requires_grad=True) for p in P0]


def modern_params(mt, dtype=np.float32):
    return [mt.tensor(p.astype(dtype), requires_grad=True) for p in P0]


def legacy_data(dtype=np.float32):
    return Variable(torch.from_numpy(X.astype(dtype))), Variable(torch.from_numpy(Y.astype(dtype)))


def _train(P, x, y, opt, steps, value):
    losses = []
    for _ in range(steps):
        opt.zero_grad()
        loss = mlp_loss(P, x, y)
        loss.backward()
        opt.step()
        losses.append(value(loss))
    return P, opt, losses


def run_legacy(make, steps=10, params=None):
    P = params if params is not None else legacy_params()
    x, y = legacy_data()
    return _train(P, x, y, make(P), steps, lambda loss: loss.data[0])   # the 0.3 idiom


def run_modern(mt, make, steps=10):
    P = modern_params(mt)
    x, y = mt.from_numpy(X.copy()), mt.from_numpy(Y.copy())
    return _train(P, x, y, make(P), steps, lambda loss: loss.item())


def assert_close_params(LP, MP, rtol=1e-4, atol=2e-6):
    for a, b in zip(LP, MP):
        assert a.data.type() == 'torch.FloatTensor'
        T.assert_close(a, b, rtol=rtol, atol=atol)


PARITY_CASES = [
    ('SGD', dict(lr=0.1)),
    ('SGD', dict(lr=0.1, momentum=0.9)),
    ('SGD', dict(lr=0.05, momentum=0.9, dampening=0.3)),
    ('SGD', dict(lr=0.1, momentum=0.9, nesterov=True)),
    ('SGD', dict(lr=0.1, momentum=0.5, weight_decay=0.01)),
    ('Adam', dict(lr=0.01)),
    ('Adam', dict(lr=0.02, betas=(0.8, 0.99), weight_decay=0.1)),
    ('Adam', dict(lr=0.01, amsgrad=True)),
    ('Adamax', dict(lr=0.01)),
    ('Adamax', dict(lr=0.02, weight_decay=0.05)),
    ('Adagrad', dict(lr=0.1)),
    ('Adagrad', dict(lr=0.1, lr_decay=0.05, weight_decay=0.01)),
    ('Adagrad', dict(lr=0.1, initial_accumulator_value=0.5)),
    ('Adadelta', dict()),
    ('Adadelta', dict(lr=0.5, rho=0.8, eps=1e-5, weight_decay=0.01)),
    ('RMSprop', dict(lr=0.01)),
    ('RMSprop', dict(lr=0.01, centered=True)),
    ('RMSprop', dict(lr=0.01, momentum=0.5)),
    ('RMSprop', dict(lr=0.005, alpha=0.9, centered=True, momentum=0.5, weight_decay=0.01)),
    ('Rprop', dict()),
    ('Rprop', dict(lr=0.05, etas=(0.3, 1.5), step_sizes=(1e-4, 0.2))),
    ('ASGD', dict(lr=0.05)),
    ('ASGD', dict(lr=0.05, lambd=1e-3, alpha=0.5, t0=3, weight_decay=0.01)),
]


@pytest.mark.parametrize('name,kw', PARITY_CASES,
                         ids=['%s-%d' % (c[0], i) for i, c in enumerate(PARITY_CASES)])
def test_optimizer_trajectory_parity(name, kw):
    mt = _modern()
    LP, lopt, llosses = run_legacy(lambda P: getattr(optim, name)(P, **kw))
    MP, mopt, mlosses = run_modern(mt, lambda P: getattr(mt.optim, name)(P, **kw))
    assert_close_params(LP, MP)
    np.testing.assert_allclose(llosses, mlosses, rtol=1e-5, atol=1e-7)
    assert llosses[-1] < llosses[0]
    if name == 'ASGD':   # the running average too
        for a, b in zip(LP, MP):
            T.assert_close(lopt.state[a]['ax'],
                                       mopt.state[b]['ax'], rtol=1e-4, atol=2e-6)


def test_param_groups_per_group_lr_parity():
    mt = _modern()

    def groups(P):
        return [{'params': P[:2]}, {'params': P[2:], 'lr': 0.01, 'momentum': 0.5}]

    LP, lopt, _ = run_legacy(lambda P: optim.SGD(groups(P), lr=0.1, momentum=0.9))
    MP, mopt, _ = run_modern(mt, lambda P: mt.optim.SGD(groups(P), lr=0.1, momentum=0.9))
    assert_close_params(LP, MP)
    g0, g1 = lopt.param_groups
    assert (g0['lr'], g0['momentum'], g1['lr'], g1['momentum']) == (0.1, 0.9, 0.01, 0.5)
    assert g1['dampening'] == 0 and g1['nesterov'] is False   # defaults filled in


def test_param_groups_adam_per_group_options_parity():
    mt = _modern()

    def groups(P):
        return [{'params': [P[0], P[1]], 'betas': (0.5, 0.9)}, {'params': [P[2], P[3]]}]

    LP, _, _ = run_legacy(lambda P: optim.Adam(groups(P), lr=0.01))
    MP, _, _ = run_modern(mt, lambda P: mt.optim.Adam(groups(P), lr=0.01))
    assert_close_params(LP, MP)


def test_manual_lr_change_in_param_groups_parity():
    """yj's ``update_lr``: writing ``param_groups[i]['lr']`` between steps."""
    mt = _modern()

    def loop(P, opt, loss_of):
        for i in range(8):
            if i == 4:
                for g in opt.param_groups:
                    g['lr'] = g['lr'] / 3
            opt.zero_grad()
            loss_of(P).backward()
            opt.step()

    LP = legacy_params()
    lx, ly = legacy_data()
    loop(LP, optim.Adam(LP, lr=0.01), lambda P: mlp_loss(P, lx, ly))
    MP = modern_params(mt)
    mx, my = mt.from_numpy(X.copy()), mt.from_numpy(Y.copy())
    loop(MP, mt.optim.Adam(MP, lr=0.01), lambda P: mlp_loss(P, mx, my))
    assert_close_params(LP, MP)


def test_add_param_group_parity():
    mt = _modern()
    LP, MP = legacy_params(), modern_params(mt)
    lx, ly = legacy_data()
    mx, my = mt.from_numpy(X.copy()), mt.from_numpy(Y.copy())
    lopt = optim.SGD(LP[:2], lr=0.1, momentum=0.9)
    mopt = mt.optim.SGD(MP[:2], lr=0.1, momentum=0.9)
    for step in range(6):
        if step == 2:
            lopt.add_param_group({'params': LP[2:], 'lr': 0.05})
            mopt.add_param_group({'params': MP[2:], 'lr': 0.05})
        for opt, P, x, y in ((lopt, LP, lx, ly), (mopt, MP, mx, my)):
            opt.zero_grad()
            mlp_loss(P, x, y).backward()
            opt.step()
    assert_close_params(LP, MP)
    assert lopt.param_groups[1]['momentum'] == 0.9


def test_lbfgs_parity():
    mt = _modern()
    kw = dict(lr=0.8, max_iter=7, history_size=4, tolerance_grad=0, tolerance_change=0)
    LP = legacy_params(np.float64)
    lx, ly = legacy_data(np.float64)
    lopt = optim.LBFGS(LP, **kw)
    MP = modern_params(mt, np.float64)
    mx, my = mt.from_numpy(X.astype(np.float64)), mt.from_numpy(Y.astype(np.float64))
    mopt = mt.optim.LBFGS(MP, **kw)

    def lclosure():
        lopt.zero_grad()
        loss = mlp_loss(LP, lx, ly)
        loss.backward()
        return loss

    def mclosure():
        mopt.zero_grad()
        loss = mlp_loss(MP, mx, my)
        loss.backward()
        return loss

    first = None
    for _ in range(3):                       # history carries over between step() calls
        lret = lopt.step(lclosure)
        mret = mopt.step(mclosure)
        assert isinstance(lret, Variable)     # the closure's first result
        assert abs(lret.data[0] - mret.item()) < 1e-10
        first = first if first is not None else lret.data[0]
    for a, b in zip(LP, MP):
        assert a.data.type() == 'torch.DoubleTensor'
        T.assert_close(a, b, rtol=1e-8, atol=1e-10)
    lst = lopt.state[LP[0]]
    mst = mopt.state[MP[0]]
    assert (lst['func_evals'], lst['n_iter']) == (mst['func_evals'], mst['n_iter']) == (21, 21)
    assert mlp_loss(LP, lx, ly).data[0] < first


def test_lbfgs_returns_float_when_already_converged():
    w = Variable(torch.DoubleTensor([1.0, -2.0]), requires_grad=True)
    target = Variable(torch.DoubleTensor([1.0, -2.0]))
    opt = optim.LBFGS([w])
    calls = []

    def closure():
        calls.append(1)
        opt.zero_grad()
        loss = ((w - target) ** 2).sum()
        loss.backward()
        return loss

    res = opt.step(closure)
    assert res == 0.0 and isinstance(res, float)
    assert len(calls) == 1
    assert opt.state[w]['func_evals'] == 1 and opt.state[w]['n_iter'] == 0


def test_lbfgs_errors():
    P = legacy_params()
    with pytest.raises(ValueError) as e:
        optim.LBFGS([{'params': P[:2]}, {'params': P[2:]}])
    assert str(e.value) == "LBFGS doesn't support per-parameter options (parameter groups)"
    opt = optim.LBFGS(P, line_search_fn='strong_wolfe')
    x, y = legacy_data()

    def closure():
        opt.zero_grad()
        loss = mlp_loss(P, x, y)
        loss.backward()
        return loss
    with pytest.raises(RuntimeError) as e:
        opt.step(closure)
    assert str(e.value) == 'line search function is not supported yet'
    assert optim.LBFGS(P).param_groups[0]['max_eval'] == 25
    assert optim.LBFGS(P).param_groups[0]['tolerance_grad'] == 1e-5


def test_step_with_closure_returns_loss():
    P = legacy_params()
    x, y = legacy_data()
    for opt in (optim.SGD(P, lr=0.1), optim.Adam(P), optim.RMSprop(P), optim.Adagrad(P),
                optim.Adadelta(P), optim.Adamax(P), optim.ASGD(P), optim.Rprop(P)):
        def closure():
            opt.zero_grad()
            loss = mlp_loss(P, x, y)
            loss.backward()
            return loss
        loss = opt.step(closure)
        assert isinstance(loss, Variable) and loss.data.size() == torch.Size([1])
        assert opt.step() is None


def test_params_without_grad_are_skipped():
    P = legacy_params()
    x, y = legacy_data()
    opt = optim.Adam(P, lr=0.1)
    opt.zero_grad()
    ((x.mm(P[0]) + P[1]) ** 2).mean().backward()    # P[2], P[3] get no gradient
    opt.step()
    assert P[2].grad is None and list(opt.state) == P[:2]
    assert np.array_equal(P[2].data.numpy(), P0[2])


# ====================================================================== legacy semantics
def test_sgd_first_momentum_buffer_is_a_copy_of_the_gradient():
    w = Variable(torch.FloatTensor([1.0, 2.0]), requires_grad=True)
    opt = optim.SGD([w], lr=0.1, momentum=0.9, dampening=0.5)
    (w * w).sum().backward()
    opt.step()
    buf = opt.state[w]['momentum_buffer']
    assert buf.tolist() == [2.0, 4.0]             # not (1 - dampening) * g
    assert buf is not w.grad.data
    assert np.allclose(w.data.numpy(), [0.8, 1.6])
    opt.zero_grad()
    (w * w).sum().backward()                      # g = (1.6, 3.2)
    opt.step()
    assert np.allclose(buf.numpy(), [0.9 * 2 + 0.5 * 1.6, 0.9 * 4 + 0.5 * 3.2])


def test_sgd_weight_decay_is_added_to_the_gradient_in_place():
    """0.3 wrote ``g + weight_decay * p`` into ``p.grad`` (modern torch leaves .grad alone)."""
    w = Variable(torch.FloatTensor([1.0, -2.0]), requires_grad=True)
    opt = optim.SGD([w], lr=0.1, weight_decay=0.5)
    (w * 3).sum().backward()
    opt.step()
    assert w.grad.data.tolist() == [3.5, 2.0]
    assert np.allclose(w.data.numpy(), [1 - 0.35, -2 - 0.2])


def test_adam_eps_placement_differs_from_modern_parity():
    """0.3: lr*sqrt(bc2)/bc1 * m / (sqrt(v) + eps); modern adds eps after dividing by sqrt(bc2).
    With a large eps the two differ; the legacy value equals the 0.3 formula."""
    mt = _modern()
    lr, b1, b2, eps = 0.1, 0.9, 0.999, 0.5
    g = np.array([0.3, -1.2], dtype=np.float64)
    w = Variable(torch.DoubleTensor([1.0, 1.0]), requires_grad=True)
    opt = optim.Adam([w], lr=lr, eps=eps)
    mw = mt.tensor([1.0, 1.0], dtype=mt.float64, requires_grad=True)
    mopt = mt.optim.Adam([mw], lr=lr, eps=eps)
    p = np.ones(2)
    m = np.zeros(2)
    v = np.zeros(2)
    for t in range(1, 4):
        opt.zero_grad()
        (w * Variable(torch.DoubleTensor(g.tolist()))).sum().backward()
        opt.step()
        mopt.zero_grad()
        (mw * mt.tensor(g)).sum().backward()
        mopt.step()
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        p = p - lr * math.sqrt(1 - b2 ** t) / (1 - b1 ** t) * m / (np.sqrt(v) + eps)
    np.testing.assert_allclose(w.data.numpy(), p, rtol=1e-12)
    assert not np.allclose(w.data.numpy(), mw.detach().numpy(), rtol=1e-3)
    assert opt.state[w]['step'] == 3 and isinstance(opt.state[w]['step'], int)


def test_adam_group_keys_are_0_3s():
    P = legacy_params()
    assert sorted(optim.Adam(P).param_groups[0]) == ['betas', 'eps', 'lr', 'params',
                                                     'weight_decay']
    assert optim.Adam(P, amsgrad=True).param_groups[0]['amsgrad'] is True
    assert sorted(optim.Adagrad(P).param_groups[0]) == ['lr', 'lr_decay', 'params',
                                                        'weight_decay']
    assert sorted(optim.SGD(P, lr=1).param_groups[0]) == ['dampening', 'lr', 'momentum',
                                                          'nesterov', 'params',
                                                          'weight_decay']


def test_adagrad_state_exists_before_the_first_step():
    P = legacy_params()
    opt = optim.Adagrad(P, lr=0.1)
    sd = opt.state_dict()
    assert len(sd['state']) == 4
    st = sd['state'][id(P[0])]
    assert st['step'] == 0 and st['sum'].type() == 'torch.FloatTensor'
    assert st['sum'].tolist() == np.zeros((3, 4)).tolist()
    opt.add_param_group({'params': [Variable(torch.ones(2), requires_grad=True)]})
    assert len(opt.state) == 5


def test_zero_grad_volatile_in_place_and_graph_grads_replaced():
    w = Variable(torch.FloatTensor([1.0, 2.0]), requires_grad=True)
    opt = optim.SGD([w], lr=0.1)
    opt.zero_grad()                               # no grad yet: nothing happens
    assert w.grad is None
    (w * w).sum().backward()
    g = w.grad
    data = g.data
    assert g.volatile
    opt.zero_grad()
    assert w.grad is g and w.grad.data is data and data.tolist() == [0.0, 0.0]

    v = Variable(torch.FloatTensor([1.0, 2.0]), requires_grad=True)
    opt = optim.SGD([v], lr=0.1)
    (v * v).sum().backward(create_graph=True)
    g = v.grad
    assert not g.volatile and g.requires_grad
    opt.zero_grad()
    assert v.grad is not g
    assert g.data.tolist() == [2.0, 4.0]          # the graph's value is untouched
    assert v.grad.data.tolist() == [0.0, 0.0]
    assert not v.grad.requires_grad and not v.grad.volatile


# ====================================================================== state dicts
def test_state_dict_format_uses_ids():
    P = legacy_params()
    opt = optim.SGD([{'params': P[:2]}, {'params': P[2:], 'lr': 0.5}], lr=0.1, momentum=0.9)
    x, y = legacy_data()
    mlp_loss(P, x, y).backward()
    opt.step()
    sd = opt.state_dict()
    assert sorted(sd) == ['param_groups', 'state']
    assert sd['param_groups'][0]['params'] == [id(P[0]), id(P[1])]
    assert sd['param_groups'][1]['params'] == [id(P[2]), id(P[3])]
    assert sd['param_groups'][1]['lr'] == 0.5
    assert set(sd['state']) == {id(p) for p in P}
    # shared, not copied (0.3)
    assert sd['state'][id(P[0])]['momentum_buffer'] is opt.state[P[0]]['momentum_buffer']
    assert sd['param_groups'][0] is not opt.param_groups[0]


@pytest.mark.parametrize('name,kw', [('SGD', dict(lr=0.1, momentum=0.9)),
                                     ('Adam', dict(lr=0.01, amsgrad=True)),
                                     ('RMSprop', dict(lr=0.01, centered=True, momentum=0.3)),
                                     ('Adagrad', dict(lr=0.1)), ('ASGD', dict(lr=0.05, t0=2)),
                                     ('Rprop', dict()), ('Adamax', dict()),
                                     ('Adadelta', dict())])
def test_state_dict_round_trip(name, kw):
    make = getattr(optim, name)
    x, y = legacy_data()
    A = legacy_params()
    opt_a = make(A, **kw)
    for _ in range(3):
        opt_a.zero_grad()
        mlp_loss(A, x, y).backward()
        opt_a.step()
    B = [Variable(p.data.clone(), requires_grad=True) for p in A]
    opt_b = make(B, **kw)
    sd = opt_a.state_dict()
    opt_b.load_state_dict(sd)
    assert opt_b.param_groups[0]['params'] == B
    assert opt_b.state[B[0]]['step' if name != 'SGD' else 'momentum_buffer'] is not None
    for _ in range(3):
        for opt, P in ((opt_a, A), (opt_b, B)):
            opt.zero_grad()
            mlp_loss(P, x, y).backward()
            opt.step()
    for a, b in zip(A, B):
        assert np.array_equal(a.data.numpy(), b.data.numpy())


def test_load_state_dict_deep_copies_and_casts_nothing():
    w = Variable(torch.DoubleTensor([1.0, 2.0]), requires_grad=True)
    opt = optim.SGD([w], lr=0.1, momentum=0.9)
    (w * w).sum().backward()
    opt.step()
    sd = opt.state_dict()
    f = Variable(torch.FloatTensor([1.0, 2.0]), requires_grad=True)
    opt2 = optim.SGD([f], lr=0.3)
    opt2.load_state_dict(sd)
    buf = opt2.state[f]['momentum_buffer']
    assert buf.type() == 'torch.DoubleTensor'         # 0.3.1 cast nothing
    assert buf.tolist() == [2.0, 4.0]
    assert opt2.param_groups[0]['lr'] == 0.1 and opt2.param_groups[0]['momentum'] == 0.9
    assert sd['param_groups'][0]['params'] == [id(w)]  # the argument is not modified
    sd['param_groups'][0]['lr'] = 5
    assert opt2.param_groups[0]['lr'] == 0.1
    # so the next step mixes a DoubleTensor buffer with a FloatTensor gradient, as in 0.3.1
    (f * f).sum().backward()
    with pytest.raises(TypeError) as e:
        opt2.step()
    assert str(e.value) == (
        'add_ received an invalid combination of arguments - got (int, torch.FloatTensor), but '
        'expected one of:\n * (float value)\n * (torch.DoubleTensor other)\n'
        ' * (float value, torch.DoubleTensor other)\n'
        "      didn't match because some of the arguments have invalid types: "
        '(int, !torch.FloatTensor!)\n')


def test_load_state_dict_errors():
    P = legacy_params()
    opt = optim.SGD(P, lr=0.1)
    other = optim.SGD([{'params': P[:2]}, {'params': P[2:]}], lr=0.1)
    with pytest.raises(ValueError) as e:
        opt.load_state_dict(other.state_dict())
    assert str(e.value) == 'loaded state dict has a different number of parameter groups'
    with pytest.raises(ValueError) as e:
        opt.load_state_dict(optim.SGD(P[:3], lr=0.1).state_dict())
    assert str(e.value) == ("loaded state dict contains a parameter group that doesn't match "
                            "the size of optimizer's group")


def test_optimizer_pickles_with_its_state():
    import pickle
    P = legacy_params()
    opt = optim.Adam(P, lr=0.01)
    x, y = legacy_data()
    mlp_loss(P, x, y).backward()
    opt.step()
    state = opt.__getstate__()
    assert sorted(state) == ['defaults', 'param_groups', 'state']
    clone = pickle.loads(pickle.dumps(opt))
    assert clone.param_groups[0]['lr'] == 0.01 and len(clone.state) == 4


# ====================================================================== errors (0.3 texts)
def test_error_params_is_a_tensor_or_variable():
    with pytest.raises(TypeError) as e:
        optim.SGD(torch.FloatTensor(3), lr=0.1)
    assert str(e.value) == ('params argument given to the optimizer should be an iterable of '
                            'Variables or dicts, but got torch.FloatTensor')
    with pytest.raises(TypeError) as e:
        optim.Adam(Variable(torch.ones(2), requires_grad=True))
    assert str(e.value) == ('params argument given to the optimizer should be an iterable of '
                            'Variables or dicts, but got torch.autograd.variable.Variable')
    with pytest.raises(TypeError) as e:
        optim.Adam(torch.nn.Parameter(torch.ones(2)))
    assert str(e.value).endswith('but got torch.nn.parameter.Parameter')


def test_error_params_parity_types_with_modern():
    mt = _modern()
    with pytest.raises(TypeError):
        mt.optim.SGD(mt.ones(3), lr=0.1)
    with pytest.raises(ValueError) as e:
        mt.optim.SGD([], lr=0.1)
    assert str(e.value) == 'optimizer got an empty parameter list'
    p = mt.ones(2, requires_grad=True)
    with pytest.raises(ValueError) as e:
        mt.optim.SGD([{'params': [p]}, {'params': [p]}], lr=0.1)
    assert str(e.value) == 'some parameters appear in more than one parameter group'
    with pytest.raises(ValueError) as e:
        mt.optim.SGD([p], lr=0.1, nesterov=True)
    assert str(e.value) == 'Nesterov momentum requires a momentum and zero dampening'


def test_error_texts():
    w = Variable(torch.ones(2), requires_grad=True)
    cases = [
        (lambda: optim.SGD([torch.FloatTensor(2)], lr=0.1), TypeError,
         'optimizer can only optimize Variables, but one of the params is torch.FloatTensor'),
        (lambda: optim.SGD([w, 3], lr=0.1), TypeError,
         'optimizer can only optimize Variables, but one of the params is int'),
        (lambda: optim.SGD([], lr=0.1), ValueError, 'optimizer got an empty parameter list'),
        (lambda: optim.SGD(iter([]), lr=0.1), ValueError,
         'optimizer got an empty parameter list'),
        (lambda: optim.SGD([{'params': [w]}, {'params': w}], lr=0.1), ValueError,
         'some parameters appear in more than one parameter group'),
        (lambda: optim.SGD([Variable(torch.ones(2))], lr=0.1), ValueError,
         "optimizing a parameter that doesn't require gradients"),
        (lambda: optim.SGD([w * 2], lr=0.1), ValueError, "can't optimize a non-leaf Variable"),
        (lambda: optim.SGD([w]), ValueError,
         "parameter group didn't specify a value of required optimization parameter lr"),
        (lambda: optim.SGD([{'params': [w]}]), ValueError,
         "parameter group didn't specify a value of required optimization parameter lr"),
        (lambda: optim.SGD([w], lr=0.1, nesterov=True), ValueError,
         'Nesterov momentum requires a momentum and zero dampening'),
        (lambda: optim.SGD([w], lr=0.1, momentum=0.9, dampening=0.1, nesterov=True),
         ValueError, 'Nesterov momentum requires a momentum and zero dampening'),
    ]
    for make, exc, text in cases:
        with pytest.raises(exc) as e:
            make()
        assert str(e.value) == text
    opt = optim.SGD([w], lr=0.1)
    with pytest.raises(AssertionError) as e:
        opt.add_param_group([w])
    assert str(e.value) == 'param group must be a dict'
    with pytest.raises(ValueError) as e:
        opt.add_param_group({'params': [w]})
    assert str(e.value) == 'some parameters appear in more than one parameter group'
    with pytest.raises(NotImplementedError):
        optim.Optimizer([w], {}).step(None)


def test_sgd_lr_per_group_only():
    w = Variable(torch.ones(2), requires_grad=True)
    v = Variable(torch.ones(2), requires_grad=True)
    opt = optim.SGD([{'params': [w], 'lr': 0.5}, {'params': [v], 'lr': 0.25}])
    (w.sum() + v.sum() * 2).backward()
    opt.step()
    assert w.data.tolist() == [0.5, 0.5] and v.data.tolist() == [0.5, 0.5]


def test_optim_namespace():
    for name in ('Optimizer', 'SGD', 'Adam', 'Adamax', 'Adagrad', 'Adadelta', 'RMSprop',
                 'Rprop', 'ASGD', 'LBFGS', 'lr_scheduler'):
        assert hasattr(torch.optim, name)
    assert torch.optim.lr_scheduler.StepLR is lr_scheduler.StepLR


# ====================================================================== schedulers
def _legacy_opt(lrs=(0.1,)):
    groups = [{'params': [Variable(torch.ones(1), requires_grad=True)], 'lr': lr} for lr in lrs]
    return optim.SGD(groups, lr=lrs[0])


def _modern_opt(mt, lrs=(0.1,)):
    groups = [{'params': [mt.ones(1, requires_grad=True)], 'lr': lr} for lr in lrs]
    return mt.optim.SGD(groups, lr=lrs[0])


def legacy_sequence(make, epochs=12, lrs=(0.1,)):
    """The 0.3 idiom: ``scheduler.step()`` at the start of every epoch."""
    opt = _legacy_opt(lrs)
    sched = make(opt)
    seq = []
    for _ in range(epochs):
        sched.step()
        seq.append([g['lr'] for g in opt.param_groups])
    return seq


def modern_sequence(mt, make, epochs=12, lrs=(0.1,)):
    """The modern idiom: train the epoch, then ``scheduler.step()``."""
    import warnings
    opt = _modern_opt(mt, lrs)
    sched = make(opt)
    seq = []
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        for _ in range(epochs):
            seq.append([g['lr'] for g in opt.param_groups])
            opt.step()
            sched.step()
    return seq


SCHEDULES = [
    ('StepLR', lambda m, o: m.StepLR(o, step_size=3, gamma=0.5)),
    ('StepLR-default-gamma', lambda m, o: m.StepLR(o, 4)),
    ('MultiStepLR', lambda m, o: m.MultiStepLR(o, milestones=[2, 5, 7], gamma=0.1)),
    ('ExponentialLR', lambda m, o: m.ExponentialLR(o, gamma=0.9)),
    ('LambdaLR', lambda m, o: m.LambdaLR(o, lambda e: 1.0 / (e + 1))),
    ('LambdaLR-per-group', lambda m, o: m.LambdaLR(o, [lambda e: 0.95 ** e,
                                                       lambda e: 1.0 + e])),
    ('CosineAnnealingLR', lambda m, o: m.CosineAnnealingLR(o, T_max=5, eta_min=0.01)),
]


@pytest.mark.parametrize('name,make', SCHEDULES, ids=[s[0] for s in SCHEDULES])
def test_scheduler_sequence_parity(name, make):
    mt = _modern()
    lrs = (0.1, 0.02)
    leg = legacy_sequence(lambda o: make(lr_scheduler, o), lrs=lrs)
    mod = modern_sequence(mt, lambda o: make(mt.optim.lr_scheduler, o), lrs=lrs)
    np.testing.assert_allclose(np.array(leg), np.array(mod), rtol=1e-9, atol=1e-15)


def test_scheduler_call_order_shift_parity():
    """A 0.3 script calls step() before training; the same order in modern torch runs every
    epoch with the next epoch's rate (the silent one-epoch shift)."""
    mt = _modern()
    import warnings
    leg = legacy_sequence(lambda o: lr_scheduler.StepLR(o, step_size=2, gamma=0.1), epochs=5)
    opt = _modern_opt(mt)
    sched = mt.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.1)
    shifted = []
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        for _ in range(5):
            sched.step()
            shifted.append([opt.param_groups[0]['lr']])
    np.testing.assert_allclose(leg, [[0.1], [0.1], [0.01], [0.01], [0.001]], rtol=1e-12)
    np.testing.assert_allclose(shifted, [[0.1], [0.01], [0.01], [0.001], [0.001]], rtol=1e-12)


def test_scheduler_constructor_sets_epoch_zero_and_keeps_last_epoch():
    opt = _legacy_opt()
    opt.param_groups[0]['lr'] = 0.1
    sched = lr_scheduler.ExponentialLR(opt, gamma=0.5)
    assert sched.last_epoch == -1
    assert opt.param_groups[0]['lr'] == 0.1 and opt.param_groups[0]['initial_lr'] == 0.1
    assert sched.base_lrs == [0.1]
    sched.step()
    assert sched.last_epoch == 0 and opt.param_groups[0]['lr'] == 0.1
    sched.step(4)
    assert sched.last_epoch == 4 and opt.param_groups[0]['lr'] == 0.1 * 0.5 ** 4
    sched.step()
    assert sched.last_epoch == 5 and opt.param_groups[0]['lr'] == 0.1 * 0.5 ** 5


def test_scheduler_resume_with_last_epoch():
    opt = _legacy_opt()
    with pytest.raises(KeyError) as e:
        lr_scheduler.StepLR(opt, step_size=2, last_epoch=3)
    assert e.value.args[0] == ("param 'initial_lr' is not specified in param_groups[0] when "
                               "resuming an optimizer")
    opt.param_groups[0]['initial_lr'] = 1.0
    sched = lr_scheduler.StepLR(opt, step_size=2, last_epoch=3)
    assert sched.last_epoch == 3
    assert opt.param_groups[0]['lr'] == 1.0 * 0.1 ** 2   # the rate of epoch 4 is set already
    sched.step()
    assert sched.last_epoch == 4 and opt.param_groups[0]['lr'] == 1.0 * 0.1 ** 2
    sched.step()
    assert opt.param_groups[0]['lr'] == pytest.approx(0.01)
    sched.step()
    assert opt.param_groups[0]['lr'] == pytest.approx(0.001)


def test_initial_lr_is_kept_across_schedulers():
    opt = _legacy_opt()
    lr_scheduler.StepLR(opt, step_size=1, gamma=0.5).step(3)
    assert opt.param_groups[0]['lr'] == 0.0125
    second = lr_scheduler.ExponentialLR(opt, gamma=1.0)
    assert second.base_lrs == [0.1]


def test_scheduler_errors():
    with pytest.raises(TypeError) as e:
        lr_scheduler.StepLR(3, step_size=1)
    assert str(e.value) == 'int is not an Optimizer'
    with pytest.raises(TypeError) as e:
        lr_scheduler.ReduceLROnPlateau(object())
    assert str(e.value) == 'object is not an Optimizer'
    with pytest.raises(ValueError) as e:
        lr_scheduler.MultiStepLR(_legacy_opt(), milestones=[3, 1])
    assert e.value.args == ('Milestones should be a list of increasing integers. Got {}', [3, 1])
    with pytest.raises(ValueError) as e:
        lr_scheduler.LambdaLR(_legacy_opt(), [lambda e: 1, lambda e: 2])
    assert str(e.value) == 'Expected 1 lr_lambdas, but got 2'
    with pytest.raises(ValueError) as e:
        lr_scheduler.ReduceLROnPlateau(_legacy_opt(), factor=1.0)
    assert str(e.value) == 'Factor should be < 1.0.'
    with pytest.raises(ValueError) as e:
        lr_scheduler.ReduceLROnPlateau(_legacy_opt(), mode='up')
    assert str(e.value) == 'mode up is unknown!'
    with pytest.raises(ValueError) as e:
        lr_scheduler.ReduceLROnPlateau(_legacy_opt(), threshold_mode='x')
    assert str(e.value) == 'threshold mode x is unknown!'
    with pytest.raises(ValueError) as e:
        lr_scheduler.ReduceLROnPlateau(_legacy_opt(), min_lr=[0, 0])
    assert str(e.value) == 'expected 1 min_lrs, got 2'


PLATEAU_CASES = [
    (dict(mode='min', patience=2), [1.0, 0.9, 0.95, 0.94, 0.93, 0.8, 0.85, 0.86, 0.87, 0.7,
                                     0.71, 0.72, 0.73, 0.74]),
    (dict(mode='max', patience=1, factor=0.5, cooldown=2), [0.1, 0.2, 0.2, 0.19, 0.25, 0.2,
                                                            0.2, 0.2, 0.2, 0.3, 0.3, 0.3]),
    (dict(mode='min', patience=0, threshold=0.1, threshold_mode='abs', min_lr=0.004),
     [1.0, 0.95, 0.8, 0.75, 0.5, 0.45, 0.44, 0.43, 0.42]),
    (dict(mode='max', patience=1, threshold=0.05, threshold_mode='rel'),
     [1.0, 1.04, 1.06, 1.1, 1.12, 1.13, 1.3, 1.31, 1.32]),
]


@pytest.mark.parametrize('kw,metrics', PLATEAU_CASES)
def test_reduce_lr_on_plateau_parity(kw, metrics):
    mt = _modern()
    opt = _legacy_opt((0.1, 0.05))
    sched = lr_scheduler.ReduceLROnPlateau(opt, **kw)
    mopt = _modern_opt(mt, (0.1, 0.05))
    msched = mt.optim.lr_scheduler.ReduceLROnPlateau(mopt, **kw)
    for m in metrics:
        sched.step(m)
        msched.step(m)
        assert [g['lr'] for g in opt.param_groups] == pytest.approx(
            [g['lr'] for g in mopt.param_groups], rel=1e-12)
        assert sched.num_bad_epochs == msched.num_bad_epochs
        assert sched.best == msched.best
    assert sched.last_epoch == len(metrics) - 1


def test_reduce_lr_on_plateau_verbose_text(capsys):
    opt = _legacy_opt((0.1, 0.05))
    sched = lr_scheduler.ReduceLROnPlateau(opt, patience=1, verbose=True, min_lr=[0, 0.05])
    for m in [1.0, 1.0, 1.0, 1.0, 1.0]:
        sched.step(m)
    out = capsys.readouterr().out
    assert out == ('Epoch     2: reducing learning rate of group 0 to 1.0000e-02.\n'
                   'Epoch     4: reducing learning rate of group 0 to 1.0000e-03.\n')
    assert opt.param_groups[1]['lr'] == 0.05


def test_reduce_lr_on_plateau_accepts_size1_values_and_epoch():
    opt = _legacy_opt()
    sched = lr_scheduler.ReduceLROnPlateau(opt, patience=0)
    sched.step(Variable(torch.FloatTensor([2.0])))
    sched.step(torch.FloatTensor([3.0]), epoch=10)
    assert sched.best == 2.0 and sched.last_epoch == 10
    assert opt.param_groups[0]['lr'] == pytest.approx(0.01)
