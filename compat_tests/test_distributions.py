"""torch.distributions (0.3.1): Bernoulli, Categorical, Normal.  log_prob values and
gradients against modern torch.distributions, sample shapes and types, and samples that are
exactly the seeded draws of torch.bernoulli / multinomial / normal (0.3's generator)."""
import numpy as np
import pytest

import legacy_autograd as torch
from legacy_autograd.autograd import Variable
from legacy_autograd.distributions import Bernoulli, Categorical, Normal, Distribution


def _modern():
    return pytest.importorskip('torch')


def _grad(v):
    return v.grad.data.numpy()


def test_bernoulli_log_prob_and_grad_against_modern():
    mt = _modern()
    probs = [0.15, 0.6, 0.85, 0.4]
    value = [1.0, 0.0, 1.0, 1.0]
    p = Variable(torch.DoubleTensor(probs), requires_grad=True)
    lp = Bernoulli(p).log_prob(Variable(torch.DoubleTensor(value)))
    lp.sum().backward()
    mp = mt.tensor(probs, dtype=mt.float64, requires_grad=True)
    mlp = mt.distributions.Bernoulli(probs=mp).log_prob(mt.tensor(value, dtype=mt.float64))
    mlp.sum().backward()
    np.testing.assert_allclose(lp.data.numpy(), mlp.detach().numpy(), rtol=1e-12)
    np.testing.assert_allclose(_grad(p), mp.grad.numpy(), rtol=1e-12)


def test_categorical_log_prob_and_grad_against_modern():
    mt = _modern()
    w = [[0.5, 1.0, 2.5], [3.0, 0.25, 0.75]]        # unnormalised, as 0.3 allowed
    idx = [2, 0]
    p = Variable(torch.DoubleTensor(w), requires_grad=True)
    lp = Categorical(p).log_prob(Variable(torch.LongTensor(idx)))
    (lp * Variable(torch.DoubleTensor([1.0, 2.0]))).sum().backward()
    mp = mt.tensor(w, dtype=mt.float64, requires_grad=True)
    mlp = mt.distributions.Categorical(probs=mp).log_prob(mt.tensor(idx))
    (mlp * mt.tensor([1.0, 2.0], dtype=mt.float64)).sum().backward()
    np.testing.assert_allclose(lp.data.numpy(), mlp.detach().numpy(), rtol=1e-12)
    np.testing.assert_allclose(_grad(p), mp.grad.numpy(), rtol=1e-12)
    # 1-D probabilities with a 1-D value
    q = Variable(torch.DoubleTensor([1.0, 3.0]))
    np.testing.assert_allclose(Categorical(q).log_prob(Variable(torch.LongTensor([1]))).data.numpy(),
                               [np.log(0.75)])
    with pytest.raises(ValueError, match='probs must be 1D or 2D'):
        Categorical(Variable(torch.ones(2, 2, 2)))


def test_normal_log_prob_and_grads_against_modern():
    mt = _modern()
    mean, std, x = [0.3, -1.2, 2.0], [0.5, 1.5, 0.9], [0.1, 0.4, 3.3]
    m = Variable(torch.DoubleTensor(mean), requires_grad=True)
    s = Variable(torch.DoubleTensor(std), requires_grad=True)
    lp = Normal(m, s).log_prob(Variable(torch.DoubleTensor(x)))
    lp.sum().backward()
    mm = mt.tensor(mean, dtype=mt.float64, requires_grad=True)
    ms = mt.tensor(std, dtype=mt.float64, requires_grad=True)
    mlp = mt.distributions.Normal(mm, ms).log_prob(mt.tensor(x, dtype=mt.float64))
    mlp.sum().backward()
    np.testing.assert_allclose(lp.data.numpy(), mlp.detach().numpy(), rtol=1e-12)
    np.testing.assert_allclose(_grad(m), mm.grad.numpy(), rtol=1e-12)
    np.testing.assert_allclose(_grad(s), ms.grad.numpy(), rtol=1e-12)
    # a number for std
    lp2 = Normal(m, 2.0).log_prob(Variable(torch.DoubleTensor(x)))
    ref = mt.distributions.Normal(mt.tensor(mean, dtype=mt.float64), 2.0).log_prob(
        mt.tensor(x, dtype=mt.float64))
    np.testing.assert_allclose(lp2.data.numpy(), ref.numpy(), rtol=1e-12)


def test_samples_are_the_seeded_draws():
    p = Variable(torch.Tensor([0.2, 0.7, 0.5]), requires_grad=True)
    torch.manual_seed(11)
    s = Bernoulli(p).sample_n(4)
    torch.manual_seed(11)
    ref = torch.bernoulli(p.data.expand(4, 3))
    assert isinstance(s, Variable) and not s.requires_grad
    assert s.size() == torch.Size([4, 3]) and s.data.type() == 'torch.FloatTensor'
    np.testing.assert_array_equal(s.data.numpy(), ref.numpy())

    w = Variable(torch.Tensor([[0.1, 0.2, 0.7], [0.5, 0.4, 0.1]]))
    torch.manual_seed(3)
    c = Categorical(w).sample_n(5)
    torch.manual_seed(3)
    ref = torch.multinomial(w.data, 5, True).t()
    assert c.size() == torch.Size([5, 2]) and c.data.type() == 'torch.LongTensor'
    np.testing.assert_array_equal(c.data.numpy(), ref.numpy())
    assert Categorical(w[0]).sample().size() == torch.Size([1])
    torch.manual_seed(4)
    b = Categorical(w).sample()          # a batch of rows: one index per row, 1-D
    torch.manual_seed(4)
    assert b.size() == torch.Size([2]) and b.data.tolist() == torch.multinomial(w.data, 1, True).view(2).tolist()
    assert Categorical(w[0]).sample_n(1).size() == torch.Size([1, 1])

    mean = Variable(torch.Tensor([0.0, 10.0]))
    std = Variable(torch.Tensor([1.0, 0.1]))
    torch.manual_seed(5)
    n = Normal(mean, std).sample()
    torch.manual_seed(5)
    ref = torch.normal(mean.data, std.data)
    assert isinstance(n, Variable)
    np.testing.assert_array_equal(n.data.numpy(), ref.numpy())
    assert Normal(0.5, 2.0).sample_n(3).size() == torch.Size([3, 1])
    assert Normal(mean, std).sample_n(6).size() == torch.Size([6, 2])


def test_base_class_is_abstract():
    d = Distribution()
    for call in (d.sample, lambda: d.sample_n(2), lambda: d.log_prob(None)):
        with pytest.raises(NotImplementedError):
            call()
