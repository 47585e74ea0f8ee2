"""torch.legacy.optim (Lua-style functional optimisers), torch.sparse COO tensors and the
sparse-gradient paths of SGD / Adagrad / SparseAdam: values against modern torch's
optimisers and sparse tensors, on a small quadratic-plus-quartic problem of our own."""
import math

import numpy as np
import pytest

import legacy_autograd as torch
from legacy_autograd import optim, sparse
from legacy_autograd.autograd import Variable
from legacy_autograd.legacy import optim as old_optim


def _modern():
    return pytest.importorskip('torch')


START = [0.7, -1.3, 2.1]


def f_and_grad(x):
    """f(x) = sum(x^4 / 4 + (x - 1)^2), on a DoubleTensor; returns (f, df/dx)."""
    a = x.numpy()
    return float((a ** 4 / 4 + (a - 1) ** 2).sum()), torch.from_numpy(a ** 3 + 2 * (a - 1))


def modern_run(mt, make, steps):
    p = mt.tensor(START, dtype=mt.float64, requires_grad=True)
    opt = make([p])
    for _ in range(steps):
        def closure():
            opt.zero_grad()
            loss = (p ** 4 / 4 + (p - 1) ** 2).sum()
            loss.backward()
            return loss
        opt.step(closure)
    return p.detach().numpy()


def legacy_run(fn, config, steps):
    x = torch.DoubleTensor(START)
    state = {}
    for _ in range(steps):
        fn(f_and_grad, x, config, state)
    return x.numpy()


CASES = [
    ('sgd', dict(learningRate=0.05), lambda m: (lambda p: m.optim.SGD(p, lr=0.05))),
    ('sgd', dict(learningRate=0.05, momentum=0.9, dampening=0, weightDecay=1e-2),
     lambda m: (lambda p: m.optim.SGD(p, lr=0.05, momentum=0.9, weight_decay=1e-2))),
    ('sgd', dict(learningRate=0.05, momentum=0.9, dampening=0, nesterov=True),
     lambda m: (lambda p: m.optim.SGD(p, lr=0.05, momentum=0.9, nesterov=True))),
    ('adam', dict(learningRate=0.05, weightDecay=1e-2),
     lambda m: (lambda p: m.optim.Adam(p, lr=0.05, weight_decay=1e-2))),
    ('adagrad', dict(learningRate=0.3, learningRateDecay=1e-2),
     lambda m: (lambda p: m.optim.Adagrad(p, lr=0.3, lr_decay=1e-2))),
    ('adadelta', dict(rho=0.95), lambda m: (lambda p: m.optim.Adadelta(p, rho=0.95, lr=1.0))),
    ('adamax', dict(learningRate=0.05, beta1=0.8),
     lambda m: (lambda p: m.optim.Adamax(p, lr=0.05, betas=(0.8, 0.999), eps=1e-38))),
    ('rmsprop', dict(learningRate=0.01, alpha=0.9),
     lambda m: (lambda p: m.optim.RMSprop(p, lr=0.01, alpha=0.9, eps=1e-8))),
    ('rprop', dict(stepsize=0.01), lambda m: (lambda p: m.optim.Rprop(p, lr=0.01))),
]


@pytest.mark.parametrize('name,config,modern', CASES, ids=[c[0] for c in CASES])
def test_functional_optimisers_match_modern(name, config, modern):
    mt = _modern()
    ours = legacy_run(getattr(old_optim, name), dict(config), 40)
    ref = modern_run(mt, modern(mt), 40)
    # modern Adam adds eps after dividing sqrt(v) by sqrt(1 - beta2^t); Lua's before
    rtol = 1e-6 if name == 'adam' else 1e-9
    np.testing.assert_allclose(ours, ref, rtol=rtol, atol=1e-11)


def test_lbfgs_and_cg_find_the_minimum():
    # the minimum of x^4/4 + (x-1)^2 solves x^3 + 2x - 2 = 0
    root = np.roots([1, 0, 2, -2])
    root = float(root[np.isreal(root)].real[0])
    x = torch.DoubleTensor(START)
    x2, fhist, evals = old_optim.lbfgs(f_and_grad, x, {'maxIter': 50})
    assert x2 is x and evals <= 63 and fhist[-1] <= fhist[0]
    np.testing.assert_allclose(x.numpy(), [root] * 3, atol=1e-6)
    x = torch.DoubleTensor(START)
    _, fhist, evals = old_optim.cg(f_and_grad, x, {'maxIter': 50})
    np.testing.assert_allclose(x.numpy(), [root] * 3, atol=1e-6)
    assert fhist[-1] < fhist[0]


def test_lbfgs_matches_modern_lbfgs():
    mt = _modern()
    ours = legacy_run(old_optim.lbfgs, dict(learningRate=0.5, maxIter=5), 3)
    ref = modern_run(mt, lambda p: mt.optim.LBFGS(p, lr=0.5, max_iter=5), 3)
    np.testing.assert_allclose(ours, ref, rtol=1e-9)


def test_asgd_average_and_nag_state():
    x = torch.DoubleTensor(START)
    state = {}
    for _ in range(3):
        _, fx, ax = old_optim.asgd(f_and_grad, x, {'eta0': 0.1}, state)
    assert state['t'] == 3 and ax is state['ax']
    np.testing.assert_allclose(ax.numpy(), x.numpy())         # mu_t stays 1 before t0
    cfg = {'learningRate': 0.01}
    x = torch.DoubleTensor(START)
    old_optim.nag(f_and_grad, x, cfg)                           # state in config
    assert cfg['evalCounter'] == 1 and 'dfdx' in cfg
    with pytest.raises(ValueError, match='Momentum must be positive'):
        old_optim.nag(f_and_grad, x, {'momentum': 0})
    with pytest.raises(ValueError, match='adam requires a dictionary'):
        old_optim.adam(f_and_grad, x, None)


# ---------------------------------------------------------------------------- sparse

def test_sparse_tensor_against_modern():
    mt = _modern()
    i = [[2, 0, 2, 1], [0, 1, 0, 3]]
    v = [[1.0, 2.0], [3.0, -1.0], [0.5, 0.25], [4.0, 4.0]]
    ours = sparse.DoubleTensor(torch.LongTensor(i), torch.DoubleTensor(v), torch.Size([3, 4, 2]))
    ref = mt.sparse_coo_tensor(mt.tensor(i), mt.tensor(v, dtype=mt.float64), (3, 4, 2),
                               check_invariants=True)
    assert ours.is_sparse and not ours.is_coalesced() and ours._nnz() == 4
    assert ours._dimI() == 2 and ours._dimV() == 1 and ours.size() == torch.Size([3, 4, 2])
    np.testing.assert_array_equal(ours.to_dense().numpy(), ref.to_dense().numpy())
    oc, rc = ours.coalesce(), ref.coalesce()
    assert oc.is_coalesced() and oc._nnz() == rc._nnz() == 3
    np.testing.assert_array_equal(oc._indices().numpy(), rc.indices().numpy())
    np.testing.assert_array_equal(oc._values().numpy(), rc.values().numpy())
    s = (ours + ours.mul(2)).coalesce()
    np.testing.assert_array_equal(s.to_dense().numpy(), (ref * 3).to_dense().numpy())
    # size inferred from the indices
    t = sparse.FloatTensor(torch.LongTensor([[0, 4]]), torch.FloatTensor([1, 2]))
    assert t.size() == torch.Size([5]) and t.type() == 'torch.sparse.FloatTensor'
    assert t.double().type() == 'torch.sparse.DoubleTensor'
    assert str(sparse.DoubleTensor(2, 3)).startswith('DoubleTensor of size 2x3 with indices:')   # 0.3.1: the class name alone


def test_sparse_errors():
    with pytest.raises(RuntimeError, match='out of bounds'):
        sparse.DoubleTensor(torch.LongTensor([[5]]), torch.DoubleTensor([1]), torch.Size([2]))
    with pytest.raises(TypeError):
        sparse.DoubleTensor(torch.LongTensor([[0]]), torch.FloatTensor([1]), torch.Size([2]))
    x = sparse.DoubleTensor(torch.LongTensor([[0]]), torch.DoubleTensor([1]), torch.Size([2]))
    with pytest.raises(AttributeError, match='needs a dense tensor'):
        x.abs()
    with pytest.raises(NotImplementedError):
        x.view(2)


def _sparse_problem(lib, make, steps, modern):
    """Cyclic coordinate descent on f(x) = sum(x^4/4 + (x-1)^2), handing the optimiser
    an uncoalesced sparse gradient with only one coordinate each step."""
    if modern:
        p = lib.tensor(START, dtype=lib.float64, requires_grad=True)
    else:
        p = Variable(torch.DoubleTensor(START), requires_grad=True)
    opt = make([p])
    for k in range(steps):
        j = k % 3
        if modern:
            g = float((p.detach() ** 3 + 2 * (p.detach() - 1))[j])
            grad = lib.sparse_coo_tensor(lib.tensor([[j, j]]),
                                         lib.tensor([g / 4, g - g / 4], dtype=lib.float64), (3,),
                                         check_invariants=True)
            p.grad = grad
        else:
            opt.zero_grad()
            loss = (p ** 4 / 4 + (p - 1) ** 2).sum()
            loss.backward()
            assert not p.grad.data.is_sparse            # dense + sparse .grad -> dense, as 0.3
            g = p.grad.data[j]
            p.grad.data = sparse.DoubleTensor(torch.LongTensor([[j, j]]),
                                              torch.DoubleTensor([g / 4, g - g / 4]),
                                              torch.Size([3]))
        opt.step()
    return (p.detach() if modern else p.data).numpy()


@pytest.mark.filterwarnings('ignore:Sparse invariant checks')   # modern torch's own calls
@pytest.mark.parametrize('which', ['sgd', 'adagrad', 'sparse_adam'])
def test_sparse_gradients_match_modern(which):
    mt = _modern()
    makers = {
        'sgd': (lambda p: optim.SGD(p, lr=0.05), lambda p: mt.optim.SGD(p, lr=0.05)),
        'adagrad': (lambda p: optim.Adagrad(p, lr=0.3), lambda p: mt.optim.Adagrad(p, lr=0.3)),
        'sparse_adam': (lambda p: optim.SparseAdam(p, lr=0.05),
                        lambda p: mt.optim.SparseAdam(p, lr=0.05)),
    }
    ours_make, ref_make = makers[which]
    ours = _sparse_problem(torch, ours_make, 30, False)
    ref = _sparse_problem(mt, ref_make, 30, True)
    np.testing.assert_allclose(ours, ref, rtol=1e-12, atol=1e-12)


def test_sparse_adam_refuses_dense_and_adagrad_weight_decay():
    p = Variable(torch.DoubleTensor([1.0]), requires_grad=True)
    (p * 2).sum().backward()
    with pytest.raises(RuntimeError, match='SparseAdam does not support dense gradients'):
        optim.SparseAdam([p]).step()
    p.grad.data = sparse.DoubleTensor(torch.LongTensor([[0]]), torch.DoubleTensor([1.0]),
                                      torch.Size([1]))
    with pytest.raises(RuntimeError, match='weight_decay option is not compatible'):
        optim.Adagrad([p], weight_decay=0.1).step()
