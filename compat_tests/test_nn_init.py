"""``torch.nn.init`` of 0.3.1 (``legacy_autograd/nn/init.py``).

Both spellings (``xavier_uniform`` and ``xavier_uniform_``), tensors and Variables,
the 0.3 formulas for bounds and standard deviations, the 0.3 generator's draws
(each function is exactly one ``uniform_`` / ``normal_`` call on the tensor), the
0.3 error texts, and parity with modern torch for the deterministic initialisers and
for the statistics of the random ones.
"""
import math
import random

import numpy as np
import pytest

import legacy_autograd as L
import legacy_autograd.nn as nn
from legacy_autograd.autograd import Variable
from legacy_autograd.nn import init, Parameter

NAMES = ['uniform', 'normal', 'constant', 'eye', 'dirac', 'xavier_uniform', 'xavier_normal',
         'kaiming_uniform', 'kaiming_normal', 'orthogonal', 'sparse']


def A(x):
    return x.data._a if isinstance(x, Variable) else x._a


def modern():
    return pytest.importorskip('torch')


# =========================================================================== spellings, arguments
@pytest.mark.parametrize('name', NAMES)
def test_both_spellings_exist_and_are_the_same_function(name):
    assert getattr(init, name) is getattr(init, name + '_')
    assert nn.init is init


def test_tensors_and_variables_are_filled_and_returned():
    t = L.FloatTensor(3, 4)
    assert init.constant(t, 0.5) is t and np.all(t._a == 0.5)
    p = Parameter(L.FloatTensor(3, 4))
    assert init.constant(p, 2.0) is p and np.all(A(p) == 2.0)
    v = Variable(L.DoubleTensor(2, 2))
    assert init.eye(v) is v and A(v).tolist() == [[1.0, 0.0], [0.0, 1.0]]
    for fn in (init.xavier_uniform, init.xavier_normal, init.kaiming_uniform,
               init.kaiming_normal, init.orthogonal, init.uniform, init.normal):
        w = Parameter(L.FloatTensor(4, 5))
        assert fn(w) is w
        assert w.data.type() == 'torch.FloatTensor'


def test_calculate_gain():
    assert init.calculate_gain('linear') == 1
    for n in ('conv1d', 'conv2d', 'conv3d', 'conv_transpose1d', 'conv_transpose2d',
              'conv_transpose3d', 'sigmoid'):
        assert init.calculate_gain(n) == 1
    assert init.calculate_gain('tanh') == 5.0 / 3
    assert init.calculate_gain('relu') == math.sqrt(2.0)
    assert init.calculate_gain('leaky_relu') == math.sqrt(2.0 / (1 + 0.01 ** 2))
    assert init.calculate_gain('leaky_relu', 0.2) == math.sqrt(2.0 / 1.04)
    assert init.calculate_gain('leaky_relu', 0) == math.sqrt(2.0)
    with pytest.raises(ValueError, match='negative_slope True not a valid number'):
        init.calculate_gain('leaky_relu', True)
    with pytest.raises(ValueError, match='Unsupported nonlinearity selu'):
        init.calculate_gain('selu')


def test_calculate_gain_parity_with_modern():
    torch = modern()
    for n in ('linear', 'conv2d', 'sigmoid', 'tanh', 'relu'):
        assert init.calculate_gain(n) == pytest.approx(torch.nn.init.calculate_gain(n))
    for p in (None, 0.2, 0):
        assert init.calculate_gain('leaky_relu', p) == \
            pytest.approx(torch.nn.init.calculate_gain('leaky_relu', p))


# =========================================================================== the 0.3 draws
def _same_draws(fn, args, reference, shape=(4, 5), seed=1):
    """``fn`` is exactly ``reference`` (a uniform_/normal_ call) on the 0.3 generator."""
    L.manual_seed(seed)
    a = fn(L.FloatTensor(*shape), *args)
    L.manual_seed(seed)
    b = reference(L.FloatTensor(*shape))
    np.testing.assert_array_equal(a._a, b._a)
    return a


def test_random_initialisers_are_one_generator_call_each():
    fan_in, fan_out = 5, 4
    _same_draws(init.uniform, (-0.5, 0.25), lambda t: t.uniform_(-0.5, 0.25))
    _same_draws(init.normal, (0.5, 2.0), lambda t: t.normal_(0.5, 2.0))
    a = math.sqrt(3.0) * 2.0 * math.sqrt(2.0 / (fan_in + fan_out))
    _same_draws(init.xavier_uniform, (2.0,), lambda t: t.uniform_(-a, a))
    s = math.sqrt(2.0 / (fan_in + fan_out))
    _same_draws(init.xavier_normal, (), lambda t: t.normal_(0, s))
    bound = math.sqrt(3.0) * math.sqrt(2.0) / math.sqrt(fan_in)
    _same_draws(init.kaiming_uniform, (), lambda t: t.uniform_(-bound, bound))
    sd = math.sqrt(2.0 / (1 + 0.04)) / math.sqrt(fan_out)
    _same_draws(init.kaiming_normal, (0.2, 'fan_out'), lambda t: t.normal_(0, sd))


def test_uniform_is_the_24_bit_float_stream():
    L.manual_seed(1)
    t = init.uniform(L.FloatTensor(4), -1, 1)
    raw = np.random.RandomState(1).randint(0, 2 ** 32, size=4, dtype=np.uint64)
    f = (raw & 0xFFFFFF).astype(np.float32) * np.float32(2.0 ** -24)
    np.testing.assert_array_equal(t._a, f * np.float32(2) + np.float32(-1))
    # rng.md section 5: the first four 24-bit floats of seed 1
    np.testing.assert_allclose(f, [0.757632, 0.279311, 0.403069, 0.734684], atol=1e-6)


def test_normal_continues_the_randn_stream():
    L.manual_seed(1)
    t = init.normal(L.FloatTensor(6))
    assert ['%.4f' % v for v in t._a] == ['0.6614', '0.2669', '0.0617', '0.6213', '-0.4519',
                                          '-0.1661']


def test_conv_shaped_fans():
    L.manual_seed(2)
    w = init.xavier_uniform(L.FloatTensor(6, 3, 5, 5))
    fan_in, fan_out = 3 * 25, 6 * 25
    a = math.sqrt(3.0) * math.sqrt(2.0 / (fan_in + fan_out))
    assert np.all(np.abs(w._a) <= a) and np.abs(w._a).max() > 0.9 * a
    L.manual_seed(2)
    ref = L.FloatTensor(6, 3, 5, 5).uniform_(-a, a)
    np.testing.assert_array_equal(w._a, ref._a)


def test_fan_and_mode_errors():
    with pytest.raises(ValueError, match='Fan in and fan out can not be computed for tensor with '
                                         'less than 2 dimensions'):
        init.xavier_uniform(L.FloatTensor(5))
    with pytest.raises(ValueError, match=r"Mode fan_avg not supported, please use one of "
                                         r"\['fan_in', 'fan_out'\]"):
        init.kaiming_normal(L.FloatTensor(3, 3), mode='fan_avg')
    with pytest.raises(ValueError, match='Only tensors with 2 dimensions are supported'):
        init.eye(L.FloatTensor(2, 2, 2))
    with pytest.raises(ValueError, match='Only tensors with 3, 4, or 5 dimensions are supported'):
        init.dirac(L.FloatTensor(2, 2))
    with pytest.raises(ValueError, match='Only tensors with 2 or more dimensions are supported'):
        init.orthogonal(L.FloatTensor(4))
    with pytest.raises(ValueError, match='Only tensors with 2 dimensions are supported'):
        init.sparse(L.FloatTensor(2, 2, 2), 0.5)


# =========================================================================== deterministic ones
def test_eye_dirac_constant_parity_with_modern():
    torch = modern()
    for shape in ((3, 5), (4, 2), (3, 3)):
        np.testing.assert_array_equal(init.eye(L.FloatTensor(*shape))._a,
                                      torch.nn.init.eye_(torch.empty(*shape)).numpy())
    for shape in ((3, 2, 3), (2, 4, 3, 3), (4, 4, 3, 3, 2)):
        np.testing.assert_array_equal(init.dirac(L.FloatTensor(*shape))._a,
                                      torch.nn.init.dirac_(torch.empty(*shape)).numpy())
    np.testing.assert_array_equal(init.constant(L.DoubleTensor(2, 3), -1.5)._a,
                                  torch.nn.init.constant_(torch.empty(2, 3, dtype=torch.float64),
                                                          -1.5).numpy())


def test_dirac_keeps_identity_of_a_convolution_centre():
    w = init.dirac(L.FloatTensor(2, 3, 3, 3))._a
    assert w.sum() == 2 and w[0, 0, 1, 1] == 1 and w[1, 1, 1, 1] == 1 and w[1, 0, 1, 1] == 0


# =========================================================================== orthogonal / sparse
@pytest.mark.parametrize('shape', [(3, 5), (5, 3), (4, 4), (3, 2, 2)])
def test_orthogonal_is_orthogonal_and_follows_the_0_3_recipe(shape):
    gain = 1.7
    L.manual_seed(4)
    w = init.orthogonal(L.FloatTensor(*shape), gain)._a
    rows = shape[0]
    cols = int(np.prod(shape[1:]))
    m = w.reshape(rows, cols).astype(np.float64) / gain
    if rows <= cols:
        np.testing.assert_allclose(m @ m.T, np.eye(rows), atol=1e-5)
    else:
        np.testing.assert_allclose(m.T @ m, np.eye(cols), atol=1e-5)
    # the same normal draws, QR and sign fix computed independently
    L.manual_seed(4)
    flat = L.FloatTensor(rows, cols).normal_(0, 1)._a.astype(np.float64)
    if rows < cols:
        flat = flat.T
    q, r = np.linalg.qr(flat)
    q = q * np.sign(np.diag(r))
    if rows < cols:
        q = q.T
    np.testing.assert_allclose(w.reshape(rows, cols), (q * gain).astype(np.float32), rtol=1e-5,
                               atol=1e-6)


def test_orthogonal_parity_with_modern_given_the_same_normal_matrix():
    torch = modern()
    # modern draws its own normal matrix; with the same matrix the QR recipe agrees
    L.manual_seed(6)
    w = init.orthogonal(L.FloatTensor(4, 6))._a
    L.manual_seed(6)
    flat = L.FloatTensor(4, 6).normal_(0, 1)._a
    q, r = torch.linalg.qr(torch.from_numpy(flat.T.astype(np.float64)))
    q = (q * torch.sign(torch.diagonal(r))).T
    np.testing.assert_allclose(w, q.numpy(), rtol=1e-5, atol=1e-6)


def test_sparse_zeroes_a_fraction_of_every_column():
    random.seed(0)
    L.manual_seed(0)
    w = init.sparse(L.FloatTensor(10, 4), 0.3, std=0.5)._a
    assert [int((w[:, c] == 0).sum()) for c in range(4)] == [3, 3, 3, 3]
    L.manual_seed(0)
    ref = L.FloatTensor(10, 4).normal_(0, 0.5)._a
    nz = w != 0
    np.testing.assert_array_equal(w[nz], ref[nz])


# =========================================================================== statistics vs modern
@pytest.mark.parametrize('name, args', [
    ('xavier_uniform', ()), ('xavier_normal', ()), ('kaiming_uniform', ()),
    ('kaiming_normal', ()), ('kaiming_uniform', (0.3, 'fan_out')), ('uniform', (-2, 3)),
    ('normal', (1.0, 0.5))])
def test_random_initialiser_statistics_parity_with_modern(name, args):
    torch = modern()
    shape = (200, 150)
    L.manual_seed(0)
    a = getattr(init, name)(L.FloatTensor(*shape), *args)._a.astype(np.float64)
    torch.manual_seed(0)
    b = getattr(torch.nn.init, name + '_')(torch.empty(*shape), *args).numpy().astype(np.float64)
    assert abs(a.mean() - b.mean()) < 0.05 * max(1.0, abs(b.mean())) + 0.01
    assert abs(a.std() - b.std()) < 0.03 * b.std()
    if 'uniform' in name:
        assert a.min() >= b.min() - 0.01 * abs(b.min()) - 1e-6
        assert a.max() <= b.max() + 0.01 * abs(b.max()) + 1e-6
