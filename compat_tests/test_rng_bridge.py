"""legacy_autograd.rng_bridge: modern torch with the bridge draws exactly what the shim
(0.3's generator) draws, function by function and in mixed call sequences.

Every case runs the same seed and call sequence on the shim and on modern torch with
the bridge, and asserts bit-identical values (same dtype, shape and bytes) and the same
generator state afterwards (so the number of engine outputs used is the same too).
"""
import math
import os
import subprocess
import sys
import warnings

import numpy as np
import pytest

torch = pytest.importorskip('torch')

import legacy_autograd as lt                              # noqa: E402
from legacy_autograd import rng as shim_rng              # noqa: E402
from legacy_autograd import rng_bridge                   # noqa: E402
from legacy_autograd.autograd import Variable            # noqa: E402
from legacy_autograd.nn import functional as LF          # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture
def bridge():
    assert not rng_bridge.is_installed()
    with rng_bridge.bridged(torch) as gen:
        yield gen
    assert not rng_bridge.is_installed()


def arr(x):
    if isinstance(x, torch.Tensor):
        return x.detach().numpy()
    if isinstance(x, Variable):
        x = x.data
    if hasattr(x, 'numpy'):
        return x.numpy()
    return np.asarray(x)


def bits(x):
    a = arr(x)
    return (a.dtype.str, a.shape, a.tobytes())


def run_both(old_fn, new_fn, seed=1):
    lt.manual_seed(seed)
    old = old_fn()
    torch.manual_seed(seed)
    new = new_fn()
    return old, new


def assert_same(old, new):
    assert len(old) == len(new)
    for i, (o, n) in enumerate(zip(old, new)):
        assert bits(n) == bits(o), 'value %d differs:\nshim %r\nnew  %r' % (i, arr(o), arr(n))
    assert shim_rng.default_generator.get_state().tobytes() == \
        rng_bridge.generator().get_state().tobytes(), 'generator states differ'


def check(old_fn, new_fn, seed=1):
    old, new = run_both(old_fn, new_fn, seed)
    assert_same(old, new)
    return old, new


# ---------------------------------------------------------------- functions and methods
F32, F64 = 'torch.FloatTensor', 'torch.DoubleTensor'

CASES = {
    # name: (shim sequence, modern sequence)
    'randn': (lambda: [lt.randn(3, 5), lt.randn(2, 3), lt.randn(1), lt.randn(17)],
              lambda: [torch.randn(3, 5), torch.randn(2, 3), torch.randn(1), torch.randn(17)]),
    'randn_size_tuple': (lambda: [lt.randn((4, 3))], lambda: [torch.randn((4, 3))]),
    'randn_float64': (lambda: [lt.DoubleTensor(5, 3).normal_()],
                      lambda: [torch.randn(5, 3, dtype=torch.float64)]),
    'randn_like': (lambda: [lt.randn(3, 3), lt.randn(3, 3)],
                   lambda: [torch.randn(3, 3), torch.randn_like(torch.zeros(3, 3))]),
    'rand': (lambda: [lt.rand(4, 3), lt.rand(7)], lambda: [torch.rand(4, 3), torch.rand(7)]),
    'rand_float64': (lambda: [lt.DoubleTensor(6).uniform_()],
                     lambda: [torch.rand(6, dtype=torch.float64)]),
    'rand_like': (lambda: [lt.rand(2, 5)], lambda: [torch.rand_like(torch.zeros(2, 5))]),
    'randperm': (lambda: [lt.randperm(10), lt.randperm(1), lt.randperm(60)],
                 lambda: [torch.randperm(10), torch.randperm(1), torch.randperm(60)]),
    'multinomial': (
        lambda: [lt.multinomial(lt.FloatTensor([0.1, 0.2, 0.7]), 2),
                 lt.multinomial(lt.FloatTensor([0.1, 0.2, 0.7]), 5, True),
                 lt.multinomial(lt.DoubleTensor([[1, 2, 3, 4], [4, 0, 1, 1]]), 3)],
        lambda: [torch.multinomial(torch.tensor([0.1, 0.2, 0.7]), 2),
                 torch.multinomial(torch.tensor([0.1, 0.2, 0.7]), 5, True),
                 torch.multinomial(torch.tensor([[1., 2, 3, 4], [4, 0, 1, 1]],
                                                dtype=torch.float64), 3)]),
    'multinomial_method': (lambda: [lt.FloatTensor([0.3, 0.3, 0.4]).multinomial(2)],
                           lambda: [torch.tensor([0.3, 0.3, 0.4]).multinomial(2)]),
    'normal_tensors': (
        lambda: [lt.normal(lt.FloatTensor([1., 2., 3.]), 0.5),
                 lt.normal(1.5, lt.FloatTensor([1., 2., 3., 4.])),
                 lt.normal(lt.DoubleTensor([0., 10.]), lt.DoubleTensor([1., 2.]))],
        lambda: [torch.normal(torch.tensor([1., 2., 3.]), 0.5),
                 torch.normal(1.5, torch.tensor([1., 2., 3., 4.])),
                 torch.normal(torch.tensor([0., 10.], dtype=torch.float64),
                              torch.tensor([1., 2.], dtype=torch.float64))]),
    'normal_size': (lambda: [lt.FloatTensor(2, 3).normal_(2, 3)],
                    lambda: [torch.normal(2., 3., (2, 3))]),
    'bernoulli': (
        lambda: [lt.bernoulli(lt.FloatTensor([0.1, 0.5, 0.9, 1.0, 0.0])),
                 lt.FloatTensor(3, 4).bernoulli_(0.3),
                 lt.DoubleTensor(2, 2).bernoulli_(lt.DoubleTensor([[0.2, 0.4], [0.6, 0.8]])),
                 lt.ByteTensor(6).bernoulli_(0.5)],
        lambda: [torch.bernoulli(torch.tensor([0.1, 0.5, 0.9, 1.0, 0.0])),
                 torch.empty(3, 4).bernoulli_(0.3),
                 torch.empty(2, 2, dtype=torch.float64).bernoulli_(
                     torch.tensor([[0.2, 0.4], [0.6, 0.8]], dtype=torch.float64)),
                 torch.empty(6, dtype=torch.uint8).bernoulli_(0.5)]),
    'bernoulli_p_and_method': (
        lambda: [lt.FloatTensor(4).bernoulli_(0.25), lt.bernoulli(lt.FloatTensor([0.5, 0.7]))],
        lambda: [torch.bernoulli(torch.zeros(4), 0.25), torch.tensor([0.5, 0.7]).bernoulli()]),
    'normal_': (lambda: [lt.FloatTensor(3, 3).normal_(2, 3), lt.DoubleTensor(5).normal_()],
                lambda: [torch.empty(3, 3).normal_(2, 3),
                         torch.empty(5, dtype=torch.float64).normal_()]),
    'normal_keywords': (lambda: [lt.FloatTensor(5).normal_(1, 0.5)],
                        lambda: [torch.empty(5).normal_(std=0.5, mean=1)]),
    'uniform_': (lambda: [lt.FloatTensor(4, 2).uniform_(-1, 2), lt.DoubleTensor(3).uniform_(0, 5)],
                 lambda: [torch.empty(4, 2).uniform_(-1, 2),
                          torch.empty(3, dtype=torch.float64).uniform_(0, 5)]),
    'random_': (
        lambda: [lt.LongTensor(4).random_(), lt.IntTensor(4).random_(), lt.ByteTensor(4).random_(),
                 lt.FloatTensor(4).random_(), lt.DoubleTensor(4).random_(),
                 lt.LongTensor(5).random_(10), lt.FloatTensor(5).random_(3, 10)],
        lambda: [torch.empty(4, dtype=torch.int64).random_(),
                 torch.empty(4, dtype=torch.int32).random_(),
                 torch.empty(4, dtype=torch.uint8).random_(),
                 torch.empty(4).random_(), torch.empty(4, dtype=torch.float64).random_(),
                 torch.empty(5, dtype=torch.int64).random_(10),
                 torch.empty(5).random_(3, 10)]),
    'random_keywords': (lambda: [lt.LongTensor(3).random_(2, 7), lt.LongTensor(3).random_(9)],
                        lambda: [torch.empty(3, dtype=torch.int64).random_(2, to=7),
                                 torch.empty(3, dtype=torch.int64).random_(to=9)]),
    'exponential_cauchy_log_normal_geometric': (
        lambda: [lt.FloatTensor(4).exponential_(2), lt.DoubleTensor(3).cauchy_(1, 2),
                 lt.FloatTensor(5).log_normal_(), lt.FloatTensor(3).log_normal_(0.5, 0.25),
                 lt.DoubleTensor(4).geometric_(0.3)],
        lambda: [torch.empty(4).exponential_(2),
                 torch.empty(3, dtype=torch.float64).cauchy_(1, 2),
                 torch.empty(5).log_normal_(), torch.empty(3).log_normal_(0.5, 0.25),
                 torch.empty(4, dtype=torch.float64).geometric_(0.3)]),
    'randint': (  # 0.4's function: random_(low, high) on a tensor of that size
        lambda: [lt.LongTensor(3, 4).random_(2, 9), lt.LongTensor(5).random_(0, 7),
                 lt.FloatTensor(2).random_(0, 4), lt.IntTensor(3).random_(-3, 3)],
        lambda: [torch.randint(2, 9, (3, 4)), torch.randint(7, (5,)),
                 torch.randint(high=4, size=(2,), dtype=torch.float32),
                 torch.randint(-3, 3, (3,), dtype=torch.int32)]),
    'non_contiguous_fill': (lambda: [lt.FloatTensor(5, 4).t().normal_().contiguous()],
                            lambda: [torch.empty(5, 4).t().normal_().contiguous()]),
    'box_muller_cache_across_calls': (
        # 3 values leave the sine of the 2nd pair cached; uniform_ does not touch the cache;
        # the next normal starts with the cached value
        lambda: [lt.randn(3), lt.rand(2), lt.FloatTensor(2).normal_(1, 2), lt.randn(1)],
        lambda: [torch.randn(3), torch.rand(2), torch.empty(2).normal_(1, 2), torch.randn(1)]),
}


@pytest.mark.parametrize('name', sorted(CASES))
def test_function_matches_shim(bridge, name):
    check(*CASES[name])


def test_box_muller_cache_is_emptied_by_manual_seed(bridge):
    def seq(mod):
        def f():
            a = mod.randn(3)            # cache holds a sine
            mod.manual_seed(5)          # reseeding empties it (0.3's THRandom_manualSeed)
            return [a, mod.randn(2)]
        return f
    old, new = check(seq(lt), seq(torch))
    lt.manual_seed(5)
    assert bits(new[1]) == bits(lt.randn(2))


def test_seed_state_and_initial_seed(bridge):
    torch.manual_seed(123)
    lt.manual_seed(123)
    assert torch.initial_seed() == lt.initial_seed() == 123
    assert torch.random.initial_seed() == 123
    state = torch.get_rng_state()
    assert state.dtype == torch.uint8 and state.numel() == 5048
    assert state.numpy().tobytes() == lt.get_rng_state().numpy().tobytes()
    a = torch.randn(5)
    torch.set_rng_state(state)
    assert bits(torch.randn(5)) == bits(a)
    with pytest.raises(TypeError, match='expected a torch.ByteTensor'):
        torch.set_rng_state([1, 2])
    s = torch.seed()
    assert torch.initial_seed() == s


def test_creation_keywords_are_modern(bridge):
    torch.manual_seed(2)
    out = torch.empty(2, 3)
    r = torch.randn(2, 3, out=out, requires_grad=False)
    assert r is out
    w = torch.randn(3, requires_grad=True)
    assert w.requires_grad and w.is_leaf
    lt.manual_seed(2)
    assert bits(out) == bits(lt.randn(2, 3))
    assert bits(w) == bits(lt.randn(3))


def test_in_place_fill_keeps_modern_errors(bridge):
    w = torch.zeros(3, requires_grad=True)
    with pytest.raises(RuntimeError, match='leaf Variable that requires grad'):
        w.normal_()
    with pytest.raises(RuntimeError):
        torch.empty(3, dtype=torch.int64).normal_()


def test_explicit_generator_is_not_bridged(bridge):
    # 20 elements: modern torch's vectorised normal path (16 or more), unlike 0.3's
    g = torch.Generator().manual_seed(1)
    torch.manual_seed(1)
    a = torch.randn(20, generator=g)
    b = torch.randn(20)
    assert bits(a) == bits(torch.randn(20, generator=torch.Generator().manual_seed(1)))
    lt.manual_seed(1)
    assert bits(b) == bits(lt.randn(20))
    assert bits(a) != bits(b)


# ---------------------------------------------------------------- module initialisation
MODULES = {
    'Linear': lambda nn: nn.Linear(5, 3),
    'Linear_nobias': lambda nn: nn.Linear(4, 2, bias=False),
    'Bilinear': lambda nn: nn.Bilinear(3, 4, 2),
    'Conv1d': lambda nn: nn.Conv1d(2, 3, 3),
    'Conv2d': lambda nn: nn.Conv2d(2, 4, (3, 2)),
    'ConvTranspose1d': lambda nn: nn.ConvTranspose1d(3, 2, 2),
    'ConvTranspose2d': lambda nn: nn.ConvTranspose2d(2, 3, 3, bias=False),
    'RNN': lambda nn: nn.RNN(3, 4, num_layers=2),
    'LSTM': lambda nn: nn.LSTM(3, 4, num_layers=2, bidirectional=True),
    'GRU': lambda nn: nn.GRU(2, 3, bias=False),
    'RNNCell': lambda nn: nn.RNNCell(3, 2),
    'LSTMCell': lambda nn: nn.LSTMCell(3, 2),
    'GRUCell': lambda nn: nn.GRUCell(3, 2),
    'Embedding': lambda nn: nn.Embedding(4, 3),
    'Embedding_padding': lambda nn: nn.Embedding(4, 3, padding_idx=1),
    'BatchNorm1d': lambda nn: nn.BatchNorm1d(5),
    'BatchNorm2d': lambda nn: nn.BatchNorm2d(3),
}


def params(module):
    return [p.data if isinstance(p, Variable) else p for p in module.parameters()]


@pytest.mark.parametrize('name', sorted(MODULES))
def test_module_init_matches_shim(bridge, name):
    make = MODULES[name]
    old, new = check(lambda: params(make(lt.nn)), lambda: params(make(torch.nn)))
    assert old


def _expected_uniform(shapes, stdv):
    lt.manual_seed(1)
    return [lt.FloatTensor(*s).uniform_(-stdv, stdv) for s in shapes]


def test_modules_without_shim_counterpart(bridge):
    """Conv3d, ConvTranspose3d, EmbeddingBag, BatchNorm3d, InstanceNorm: 0.3's
    reset_parameters, computed with the shim's tensors."""
    torch.manual_seed(1)
    c = torch.nn.Conv3d(2, 3, (2, 1, 2))
    assert [bits(p) for p in c.parameters()] == \
        [bits(t) for t in _expected_uniform([(3, 2, 2, 1, 2), (3,)], 1 / math.sqrt(8))]
    torch.manual_seed(1)
    c = torch.nn.ConvTranspose3d(2, 3, 2)
    assert [bits(p) for p in c.parameters()] == \
        [bits(t) for t in _expected_uniform([(2, 3, 2, 2, 2), (3,)], 1 / math.sqrt(16))]
    torch.manual_seed(1)
    e = torch.nn.EmbeddingBag(3, 2)
    lt.manual_seed(1)
    assert bits(e.weight) == bits(lt.FloatTensor(3, 2).normal_(0, 1))
    for cls in (torch.nn.BatchNorm3d, torch.nn.InstanceNorm2d):
        torch.manual_seed(1)
        m = cls(4, affine=True)
        lt.manual_seed(1)
        assert bits(m.weight) == bits(lt.FloatTensor(4).uniform_())
        assert not m.bias.detach().any()


def test_modern_default_init_differs_without_bridge():
    """Without the bridge Linear is modern (kaiming_uniform weight, other stream)."""
    torch.manual_seed(1)
    lin = torch.nn.Linear(5, 3)
    lt.manual_seed(1)
    old = lt.nn.Linear(5, 3)
    assert bits(lin.weight) != bits(old.weight.data)


def test_recorded_0_3_linear_output(bridge):
    """deep_learning_tutorial (recorded with 0.3): Linear(5, 3) then randn(2, 5)."""
    torch.manual_seed(1)
    lin = torch.nn.Linear(5, 3)
    out = lin(torch.randn(2, 5))
    assert [['%.4f' % v for v in row] for row in out.tolist()] == \
        [['0.1755', '-0.3268', '-0.5069'], ['-0.6602', '0.2260', '0.1089']]


# ---------------------------------------------------------------- nn.init
INITS = [
    ('uniform', (-0.5, 0.5)), ('normal', (0.2, 3)), ('xavier_uniform', (2.0,)),
    ('xavier_normal', ()), ('kaiming_uniform', (0.1, 'fan_out')), ('kaiming_normal', ()),
    ('orthogonal', (1.5,)), ('sparse', (0.5, 0.1)),
]


@pytest.mark.parametrize('spelling', ['', '_'])
@pytest.mark.parametrize('name,args', INITS, ids=[n for n, _ in INITS])
def test_init_matches_shim(bridge, name, args, spelling):
    fn = name + spelling
    shape = (4, 6) if name != 'orthogonal' else (3, 5)
    py_random_state = __import__('random').getstate()       # sparse shuffles with `random`

    def old():
        __import__('random').setstate(py_random_state)
        t = lt.FloatTensor(*shape)
        getattr(lt.nn.init, fn)(t, *args)
        return [t]

    def new():
        __import__('random').setstate(py_random_state)
        t = torch.empty(*shape)
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')                  # 0.3 spelling: deprecated now
            r = getattr(torch.nn.init, fn)(t, *args)
        assert r is t
        return [t]
    check(old, new)


def test_init_on_parameter_and_conv_weight(bridge):
    def old():
        w = lt.nn.Parameter(lt.FloatTensor(3, 2, 2, 2))
        lt.nn.init.kaiming_uniform(w)
        return [w.data]

    def new():
        w = torch.nn.Parameter(torch.empty(3, 2, 2, 2))
        torch.nn.init.kaiming_uniform_(w)
        assert w.requires_grad and w.grad is None
        return [w]
    check(old, new)


def test_kaiming_modern_nonlinearity(bridge):
    """nonlinearity='relu' (modern only): 0.3's formula with the modern gain (= leaky_relu a=0)."""
    check(lambda: [lt.nn.init.kaiming_normal(lt.FloatTensor(5, 4), 0)],
          lambda: [torch.nn.init.kaiming_normal_(torch.empty(5, 4), nonlinearity='relu')])


def test_modern_spelling_warns_like_modern(bridge):
    with pytest.warns(FutureWarning, match='`nn.init.uniform` is now deprecated'):
        torch.nn.init.uniform(torch.empty(2))


# ---------------------------------------------------------------- dropout
def _drop_old(fn, shape, p, **kw):
    def f():
        x = Variable(lt.randn(*shape), requires_grad=True)
        y = fn(x, p, training=True, **kw)
        y.sum().backward()
        return [y.data, x.grad.data]
    return f


def _drop_new(fn, shape, p, **kw):
    def f():
        x = torch.randn(*shape, requires_grad=True)
        y = fn(x, p, training=True, **kw)
        y.sum().backward()
        return [y, x.grad]
    return f


@pytest.mark.parametrize('name,shape', [('dropout', (4, 5)), ('dropout', (7,)),
                                        ('dropout2d', (2, 3, 4, 4)), ('dropout2d', (2, 3, 5)),
                                        ('dropout3d', (2, 2, 2, 3, 3))])
@pytest.mark.parametrize('p', [0.2, 0.5, 1.0])
def test_functional_dropout_matches_shim(bridge, name, shape, p):
    check(_drop_old(getattr(LF, name), shape, p),
          _drop_new(getattr(torch.nn.functional, name), shape, p))


def test_dropout_modules_train_and_eval(bridge):
    def seq(mod, make):
        def f():
            x = make(mod.randn(6, 4))
            m1, m2 = mod.nn.Dropout(0.3), mod.nn.Dropout2d(0.5)
            a = m1(x)
            m1.eval()
            b = m1(x)
            c = m2(make(mod.randn(2, 3, 2, 2)))
            d = mod.nn.functional.dropout(x, 0.4, training=True, inplace=False)
            return [t.data if isinstance(t, Variable) else t for t in (a, b, c, d)]
        return f
    check(seq(lt, Variable), seq(torch, lambda t: t))


def test_inplace_dropout(bridge):
    def old():
        x = lt.randn(3, 4)
        LF.dropout(Variable(x), 0.5, training=True, inplace=True)
        return [x]

    def new():
        x = torch.randn(3, 4)
        torch.nn.functional.dropout(x, 0.5, training=True, inplace=True)
        return [x]
    check(old, new)


def test_dropout_double_and_bad_p(bridge):
    check(lambda: [LF.dropout(Variable(lt.DoubleTensor(3, 3).normal_()), 0.3, True).data],
          lambda: [torch.nn.functional.dropout(torch.randn(3, 3, dtype=torch.float64), 0.3)])
    with pytest.raises(ValueError,
                       match='dropout probability has to be between 0 and 1, but got 1.5'):
        torch.nn.functional.dropout(torch.ones(2), 1.5)


def test_alpha_dropout_is_0_3s(bridge):
    """0.3 F.alpha_dropout (no shim counterpart): mask ``bernoulli_(p)`` of the input's
    shape marks the dropped elements; they become ``alpha*a + b``, the rest ``x*a + b``."""
    p = 0.3
    torch.manual_seed(4)
    x = torch.randn(5, 6)
    y = torch.nn.functional.alpha_dropout(x, p, training=True)
    lt.manual_seed(4)
    lt.randn(5, 6)
    mask = lt.FloatTensor(5, 6).bernoulli_(p).numpy() != 0
    assert 0 < mask.sum() < mask.size
    alpha, keep = -1.7580993408473766, 1 - p
    a = (keep + alpha ** 2 * keep * (1 - keep)) ** (-0.5)
    b = -a * alpha * (1 - keep)
    expected = x.masked_fill(torch.from_numpy(mask), alpha).mul_(a).add_(b)
    assert bits(y) == bits(expected)
    assert rng_bridge.generator().get_state().tobytes() == \
        shim_rng.default_generator.get_state().tobytes()
    m = torch.nn.AlphaDropout(0.3)
    m.eval()
    assert m(x) is x or bits(m(x)) == bits(x)


def test_fractional_max_pool_samples_are_0_3s_uniform(bridge):
    torch.manual_seed(6)
    torch.nn.FractionalMaxPool2d(2, output_size=(3, 3))(torch.ones(2, 3, 6, 6))
    after = torch.randn(2)
    lt.manual_seed(6)
    lt.FloatTensor(2, 3, 2).uniform_()               # 0.3: input.new(N, C, 2).uniform_()
    assert bits(after) == bits(lt.randn(2))


# ---------------------------------------------------------------- RNN inter-layer dropout
def _rnn_seq(mod, kind, packed, batch_first, bidirectional):
    def f():
        rnn = getattr(mod.nn, kind)(3, 4, num_layers=3, dropout=0.4, batch_first=batch_first,
                                    bidirectional=bidirectional)
        x = mod.randn(5, 2, 3)
        if mod is lt:
            x = Variable(x)
        if packed:
            x = mod.nn.utils.rnn.pack_padded_sequence(x, [5, 3])
        out, h = rnn(x)
        if packed:
            out = out.data
        hs = list(h) if kind == 'LSTM' else [h]
        after = mod.randn(3)          # the stream continues after the masks
        return [o.data if isinstance(o, Variable) else o.detach() for o in [out] + hs] + [after]
    return f


@pytest.mark.parametrize('kind,packed,batch_first,bidirectional', [
    ('LSTM', False, False, False), ('GRU', False, True, False), ('RNN', False, False, True),
    ('LSTM', True, False, True)])
def test_rnn_inter_layer_dropout(bridge, kind, packed, batch_first, bidirectional):
    """Masks and draws as 0.3 (same generator state; the outputs, computed by two different
    engines, agree to float32 rounding; a different mask would change them by far more)."""
    old, new = run_both(_rnn_seq(lt, kind, packed, batch_first, bidirectional),
                        _rnn_seq(torch, kind, packed, batch_first, bidirectional))
    for o, n in zip(old[:-1], new[:-1]):
        np.testing.assert_allclose(arr(n), arr(o), rtol=1e-5, atol=1e-6)
    assert bits(new[-1]) == bits(old[-1])
    assert rng_bridge.generator().get_state().tobytes() == \
        shim_rng.default_generator.get_state().tobytes()


@pytest.mark.parametrize('kind', ['LSTM', 'GRU', 'RNN'])
@pytest.mark.parametrize('batch_first', [False, True])
def test_rnn_layer_by_layer_equals_modern_forward(bridge, kind, batch_first):
    """With a mask of ones (p = 1e-12: every element kept, scaled by 1.0 in float32) the
    bridged layer-by-layer forward gives modern torch's fused result bit for bit."""
    torch.manual_seed(0)
    m = getattr(torch.nn, kind)(3, 4, num_layers=3, dropout=1e-12, bidirectional=True,
                                batch_first=batch_first)
    x = torch.randn(5, 2, 3)
    batch = 5 if batch_first else 2
    h0 = torch.randn(6, batch, 4)
    hx = (h0, torch.randn(6, batch, 4)) if kind == 'LSTM' else h0
    a, ha = m(x, hx)
    m.dropout = 0.0
    b, hb = m(x, hx)
    ha, hb = (ha, hb) if kind == 'LSTM' else ((ha,), (hb,))
    assert bits(a) == bits(b)
    assert [bits(t) for t in ha] == [bits(t) for t in hb]


def test_rnn_dropout_eval_and_single_layer_use_modern_forward(bridge):
    torch.manual_seed(0)
    rnn = torch.nn.LSTM(3, 4, num_layers=2, dropout=0.5)
    rnn.eval()
    x = torch.randn(4, 1, 3)
    state = rng_bridge.generator().get_state().tobytes()
    rnn(x)
    assert rng_bridge.generator().get_state().tobytes() == state


# ---------------------------------------------------------------- data
def _loader_batches(mod, sampler=None, shuffle=True, epochs=2, **kw):
    def f():
        X = mod.arange(0, 10).view(10, 1) if mod is lt else torch.arange(10.).view(10, 1)
        ds = mod.utils.data.TensorDataset(X, X.clone())
        kwargs = dict(batch_size=3, **kw)
        if sampler is not None:
            kwargs['sampler'] = sampler(mod)
        else:
            kwargs['shuffle'] = shuffle
        loader = mod.utils.data.DataLoader(ds, **kwargs)
        out = []
        for _ in range(epochs):
            for xb, _ in loader:
                out.append(np.array(arr(xb)).ravel().astype(np.int64))
        return out
    return f


@pytest.mark.parametrize('sampler', [
    None,
    lambda mod: mod.utils.data.SubsetRandomSampler([1, 3, 5, 7, 9]),
    lambda mod: mod.utils.data.WeightedRandomSampler([0.1, 0.3, 0.2, 0.4, 1, 1, 2, 0, 0, 1], 7),
    lambda mod: mod.utils.data.WeightedRandomSampler([1, 1, 2, 3, 0, 0, 1, 1, 1, 1], 5, False),
], ids=['shuffle', 'subset', 'weighted', 'weighted_noreplace'])
def test_dataloader_shuffling_matches_shim(bridge, sampler):
    check(_loader_batches(lt, sampler), _loader_batches(torch, sampler))


def test_dataloader_without_shuffle_draws_nothing(bridge):
    check(lambda: _loader_batches(lt, shuffle=False)() + [lt.randn(2)],
          lambda: _loader_batches(torch, shuffle=False)() + [torch.randn(2)])


def test_random_split_is_0_3_randperm(bridge):
    torch.manual_seed(7)
    a, b = torch.utils.data.random_split(list(range(10)), [6, 4])
    lt.manual_seed(7)
    perm = lt.randperm(10).tolist()
    assert list(a) + list(b) == perm


# ---------------------------------------------------------------- mixed sequences
def _mixed(mod):
    def f():
        net_lin = mod.nn.Linear(4, 3)
        emb = mod.nn.Embedding(5, 2)
        x = mod.randn(3, 4)
        xv = Variable(x) if mod is lt else x
        d = mod.nn.functional.dropout(xv, 0.5, training=True)
        perm = mod.randperm(6)
        conv = mod.nn.Conv2d(1, 2, 2)
        u = mod.rand(3)
        m = mod.multinomial(u, 2)
        b = mod.FloatTensor(4).bernoulli_(0.6) if mod is lt else torch.empty(4).bernoulli_(0.6)
        return params(net_lin) + params(emb) + [x, d.data if mod is lt else d, perm] + \
            params(conv) + [u, m, b, mod.randn(1)]
    return f


def test_interleaved_sequence(bridge):
    check(_mixed(lt), _mixed(torch), seed=11)


def test_wrong_call_order_differs(bridge):
    """A checker that must fail: the same calls in another order give other numbers."""
    old, new = run_both(lambda: [lt.randn(4), lt.rand(4)],
                        lambda: [torch.rand(4), torch.randn(4)][::-1])
    assert bits(new[0]) != bits(old[0]) and bits(new[1]) != bits(old[1])
    with pytest.raises(AssertionError):
        assert_same(old, new)


def test_without_bridge_values_differ():
    """A checker that must fail: modern torch's own generator is not 0.3's.

    (Unbridged modern torch happens to agree with 0.3 for rand, randperm, random_,
    exponential_ and normal draws of fewer than 16 elements; these sequences include
    draws where it does not.)"""
    assert not rng_bridge.is_installed()
    pairs = [CASES['randn'], CASES['bernoulli'], CASES['multinomial'], _mixed_pair(),
             (_drop_old(LF.dropout, (4, 5), 0.5),
              _drop_new(lambda *a, **k: torch.nn.functional.dropout(*a, **k), (4, 5), 0.5)),
             (lambda: params(lt.nn.Conv2d(3, 8, 3)), lambda: params(torch.nn.Conv2d(3, 8, 3))),
             (_loader_batches(lt), _loader_batches(torch))]
    for old_fn, new_fn in pairs:
        old, new = run_both(old_fn, new_fn)
        assert any(bits(o) != bits(n) for o, n in zip(old, new))
        with rng_bridge.bridged(torch):
            old, new = run_both(old_fn, new_fn)
            assert_same(old, new)


def _mixed_pair():
    return _mixed(lt), _mixed(torch)


# ---------------------------------------------------------------- install / uninstall
def _resolve(name):
    parts = name.split('.')
    obj = {'torch': torch}[parts[0]]
    for p in parts[1:-1]:
        obj = getattr(obj, p)
    return obj, parts[-1]


def test_install_patches_exactly_bridged_and_uninstall_restores():
    before = {}
    for name in rng_bridge.BRIDGED:
        owner, attr = _resolve(name)
        before[name] = (attr in vars(owner), vars(owner).get(attr), getattr(owner, attr))
    rng_bridge.install(torch)
    try:
        for name in rng_bridge.BRIDGED:
            owner, attr = _resolve(name)
            assert getattr(owner, attr) is not before[name][2], name
        assert len(rng_bridge._core._State.patches) == len(rng_bridge.BRIDGED)
        with pytest.raises(RuntimeError, match='already installed on another torch'):
            rng_bridge.install(object())
    finally:
        rng_bridge.uninstall()
    for name in rng_bridge.BRIDGED:
        owner, attr = _resolve(name)
        assert (attr in vars(owner), vars(owner).get(attr)) == before[name][:2], name
    assert not rng_bridge.is_installed()
    rng_bridge.uninstall()                                   # harmless when not installed


def test_install_seed_and_env_seed(monkeypatch):
    monkeypatch.setenv('LEGACY_AUTOGRAD_SEED', '42')
    with rng_bridge.bridged(torch):
        a = torch.randn(3)
        assert torch.initial_seed() == 42
    with rng_bridge.bridged(torch, seed=42):
        assert bits(torch.randn(3)) == bits(a)
    lt.manual_seed(42)
    assert bits(a) == bits(lt.randn(3))
    monkeypatch.setenv('LEGACY_AUTOGRAD_SEED', 'x1')
    with pytest.raises(ValueError, match='LEGACY_AUTOGRAD_SEED must be an integer seed'):
        rng_bridge.install(torch)
    assert not rng_bridge.is_installed()


def test_unseeded_generators_differ_between_installs():
    with rng_bridge.bridged(torch):
        a = torch.randn(4)
    with rng_bridge.bridged(torch):
        b = torch.randn(4)
    assert bits(a) != bits(b)


# ---------------------------------------------------------------- scripts and compare
SCRIPTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'rng_bridge_scripts')


def _env(**extra):
    env = dict(os.environ)
    env['PYTHONPATH'] = os.pathsep.join([ROOT] + [p for p in env.get('PYTHONPATH', '').split(
        os.pathsep) if p])
    env.pop('LEGACY_AUTOGRAD_SEED', None)
    env.update(extra)
    return env


def _run(argv, **extra):
    return subprocess.run([sys.executable] + argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          universal_newlines=True, env=_env(**extra), cwd=ROOT, timeout=600)


def test_bootstrap_runs_script_as_main_with_seed_env():
    old = _run(['-m', 'legacy_autograd', 'run', os.path.join(SCRIPTS, 'train_old.py'),
                '--unseeded'], LEGACY_AUTOGRAD_SEED='9')
    new = _run(['-m', 'legacy_autograd.rng_bridge', os.path.join(SCRIPTS, 'train_new.py'),
                '--unseeded'], LEGACY_AUTOGRAD_SEED='9')
    assert old.returncode == 0, old.stderr
    assert new.returncode == 0, new.stderr
    assert new.stdout == old.stdout
    assert 'argv [\'--unseeded\']' in new.stdout and 'name __main__' in new.stdout
    other = _run(['-m', 'legacy_autograd.rng_bridge', os.path.join(SCRIPTS, 'train_new.py'),
                  '--unseeded'], LEGACY_AUTOGRAD_SEED='10')
    assert other.stdout != new.stdout


def test_bootstrap_errors_and_exit_status():
    res = _run(['-m', 'legacy_autograd.rng_bridge', os.path.join(SCRIPTS, 'missing.py')])
    assert res.returncode == 2
    assert "can't open file" in res.stderr
    res = _run(['-m', 'legacy_autograd.rng_bridge'])
    assert res.returncode == 2 and res.stderr.startswith('usage:')
    res = _run(['-m', 'legacy_autograd.rng_bridge', os.path.join(SCRIPTS, 'raises_new.py')])
    assert res.returncode == 1
    lines = res.stderr.splitlines()
    assert lines[0] == 'Traceback (most recent call last):'
    assert 'raises_new.py' in lines[1]
    assert lines[-1] == 'ValueError: bad value 0.6614'
    script = os.path.join(SCRIPTS, 'unseeded_new.py')
    res = _run(['-m', 'legacy_autograd.rng_bridge', script], LEGACY_AUTOGRAD_SEED='abc')
    assert (res.returncode, res.stdout, res.stderr) == (
        2, '', "python -m legacy_autograd.rng_bridge: LEGACY_AUTOGRAD_SEED must be an integer "
               "seed, got 'abc'\n")
    res = _run(['-m', 'legacy_autograd', 'run', os.path.join(SCRIPTS, 'unseeded_old.py')],
               LEGACY_AUTOGRAD_SEED='abc')
    assert res.returncode == 2 and res.stdout == ''
    assert res.stderr.endswith("error: LEGACY_AUTOGRAD_SEED must be an integer seed, got 'abc'\n")


def test_compare_end_to_end_training_script():
    """A seeded 0.3 training script (init, dropout, shuffled DataLoader) on the shim and its
    modern port agree number for number under compare (the bridge is on by default)."""
    from legacy_autograd import compare
    old = os.path.join(SCRIPTS, 'train_old.py')
    new = os.path.join(SCRIPTS, 'train_new.py')
    res = compare.compare_scripts(old, new)
    assert res.same, res.report()
    res = compare.compare_scripts(old, new, args=['--unseeded'])
    assert res.same, res.report()
    # must fail: without the bridge modern torch draws its own numbers
    res = compare.compare_scripts(old, new, rng_bridge=False)
    assert not res.same


def test_compare_cli_option():
    """compare seeds both sides (--seed), so unseeded scripts agree; --no-rng-bridge
    turns the bridge off and the random numbers differ."""
    old = os.path.join(SCRIPTS, 'unseeded_old.py')
    new = os.path.join(SCRIPTS, 'unseeded_new.py')
    res = _run(['-m', 'legacy_autograd', 'compare', old, new, '--seed', '3'])
    assert res.returncode == 0, res.stdout + res.stderr
    assert 'same output' in res.stdout
    res = _run(['-m', 'legacy_autograd', 'compare', '--no-rng-bridge', '--seed', '3', old, new])
    assert res.returncode == 1, res.stdout + res.stderr


def test_both_runners_seed_python_random_and_numpy_alike(tmp_path):
    # a script that draws its data or its choices from `random`/`numpy.random` without
    # seeding them (jcjohnson's dynamic_net.py, GAN toys) agrees under compare too
    script = tmp_path / 'draws.py'
    script.write_text('import random\nimport numpy as np\n'
                      'print(random.randint(0, 10 ** 9), np.random.randint(0, 10 ** 9), '
                      'np.random.uniform(1, 2, size=2).tolist())\n')
    old = _run(['-m', 'legacy_autograd', 'run', str(script)], LEGACY_AUTOGRAD_SEED='5')
    new = _run(['-m', 'legacy_autograd.rng_bridge', str(script)], LEGACY_AUTOGRAD_SEED='5')
    assert old.returncode == 0 and new.returncode == 0, (old.stderr, new.stderr)
    assert old.stdout == new.stdout
    import random as pyrandom
    pyrandom.seed(5)
    np.random.seed(5)
    assert old.stdout.split()[0] == str(pyrandom.randint(0, 10 ** 9))
    assert old.stdout.split()[1] == str(np.random.randint(0, 10 ** 9))
    other = _run(['-m', 'legacy_autograd.rng_bridge', str(script)], LEGACY_AUTOGRAD_SEED='6')
    assert other.stdout != new.stdout
    unseeded = [_run(['-m', 'legacy_autograd', 'run', str(script)]).stdout for _ in range(2)]
    assert unseeded[0] != unseeded[1]          # no seed: drawn from the OS, as Python does
