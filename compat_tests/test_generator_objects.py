"""Generator objects and the C ``long`` arguments of the random functions, as 0.3.1 had them.

0.3.1's ``torch._C.Generator`` (``torch/csrc/Generator.cpp``): ``set_state`` and
``manual_seed`` return the generator itself, ``set_state`` takes only a ByteTensor
(``THPUtils_assert``: a RuntimeError naming the type it got).  The random functions' integer
arguments were C ``long``s unpacked by ``THPUtils_unpackLong``: a Python int outside the signed
64-bit range is "Overflow when unpacking long" (a RuntimeError), one inside is accepted.
"""
import numpy as np
import pytest

import legacy_autograd as torch
from legacy_autograd.autograd import Variable


@pytest.mark.parametrize('make', [torch.Generator, lambda: torch.default_generator],
                         ids=['Generator()', 'default_generator'])
def test_set_state_and_manual_seed_return_the_generator(make):
    g = make()
    state = g.get_state()
    assert g.set_state(state) is g
    assert g.manual_seed(5) is g
    assert g.initial_seed() == 5


@pytest.mark.parametrize('make', [torch.Generator, lambda: torch.default_generator],
                         ids=['Generator()', 'default_generator'])
@pytest.mark.parametrize('bad, name', [
    (torch.FloatTensor(5000), 'torch.FloatTensor'),
    (torch.CharTensor(5000), 'torch.CharTensor'),
    (None, 'NoneType'),
    (b'\x00' * 5000, 'bytes'),
])
def test_set_state_takes_only_a_byte_tensor_and_leaves_the_stream_alone(make, bad, name):
    g = make()
    g.manual_seed(3)
    before = g.get_state().clone()
    with pytest.raises(RuntimeError) as e:
        g.set_state(bad)
    assert str(e.value) == 'set_state expects a torch.ByteTensor, but got %s' % name
    assert torch.equal(g.get_state(), before)


def test_a_state_taken_from_one_generator_replays_its_stream_in_another():
    g = torch.Generator()
    g.manual_seed(11)
    state = g.get_state()
    first = torch.randn(4, generator=g)
    h = torch.Generator()
    h.set_state(state)
    assert torch.equal(torch.randn(4, generator=h), first)
    # the state given is copied: changing the tensor afterwards changes nothing
    state.fill_(0)
    g.set_state(h.get_state())
    assert torch.equal(torch.randn(3, generator=g), torch.randn(3, generator=h))


LONG_MAX = (1 << 63) - 1
LONG_MIN = -(1 << 63)


@pytest.mark.parametrize('call', [
    lambda: torch.LongTensor(3).random_(0, LONG_MAX + 1),
    lambda: torch.LongTensor(3).random_(LONG_MIN - 1, 5),
    lambda: torch.LongTensor(3).random_(LONG_MAX + 1),
    lambda: torch.randperm(LONG_MAX + 1),
    lambda: torch.multinomial(torch.FloatTensor([0.3, 0.7]), 1 << 64),
    lambda: torch.FloatTensor([0.3, 0.7]).multinomial(1 << 70, True),
    lambda: Variable(torch.FloatTensor([0.3, 0.7])).multinomial(LONG_MAX + 1),
], ids=['random_ to', 'random_ from', 'random_ one bound', 'randperm', 'torch.multinomial',
        'tensor multinomial', 'Variable multinomial'])
def test_a_long_out_of_range_is_the_unpacking_overflow(call):
    with pytest.raises(RuntimeError) as e:
        call()
    assert str(e.value) == 'Overflow when unpacking long'


def test_the_extreme_longs_themselves_are_accepted():
    torch.manual_seed(0)
    t = torch.LongTensor(200).random_(LONG_MIN, LONG_MAX)
    a = t.numpy()
    assert a.min() >= LONG_MIN and a.max() < LONG_MAX
    # TH: (from + r % (to - from)) with r a 32-bit draw: every value is within 2**32 of from
    assert ((a.astype(object) - LONG_MIN) < (1 << 32)).all()
    u = torch.LongTensor(50).random_(LONG_MAX)
    assert (u.numpy() >= 0).all() and (u.numpy() < (1 << 32)).all()
    with pytest.raises(RuntimeError) as e:
        torch.multinomial(torch.FloatTensor([0.3, 0.7]), LONG_MAX)
    assert str(e.value).startswith('invalid argument 2: cannot sample n_sample > '
                                   'prob_dist:size(1) samples without replacement')
    assert np.array_equal(torch.multinomial(torch.FloatTensor([0.0, 1.0]), 1).numpy(), [1])


# ----------------------------------------------------------------- generator= (keyword only)
# 0.3.1's TensorRandom.cwrap gives every random function a keyword-only ``torch.Generator
# generator`` defaulting to the global one: rand, randn, randperm, multinomial, normal,
# bernoulli and the in-place fills.
RANDOM_CALLS = [
    ('rand', lambda **k: torch.rand(2, 3, **k)),
    ('randn', lambda **k: torch.randn(4, **k)),
    ('randperm', lambda **k: torch.randperm(6, **k)),
    ('multinomial', lambda **k: torch.multinomial(torch.DoubleTensor([0.2, 0.5, 0.3]), 4, True,
                                                  **k)),
    ('normal', lambda **k: torch.normal(torch.DoubleTensor([0.0, 5.0, -2.0]), 0.5, **k)),
    ('bernoulli', lambda **k: torch.bernoulli(torch.FloatTensor([0.2, 0.7, 0.5, 0.9]), **k)),
    ('normal_', lambda **k: torch.FloatTensor(3).normal_(1.0, 2.0, **k)),
    ('uniform_', lambda **k: torch.DoubleTensor(3).uniform_(-1, 1, **k)),
    ('random_', lambda **k: torch.LongTensor(3).random_(0, 1000, **k)),
    ('bernoulli_', lambda **k: torch.ByteTensor(5).bernoulli_(0.4, **k)),
    ('exponential_', lambda **k: torch.FloatTensor(3).exponential_(2.0, **k)),
    ('cauchy_', lambda **k: torch.FloatTensor(3).cauchy_(0.0, 1.0, **k)),
    ('log_normal_', lambda **k: torch.FloatTensor(3).log_normal_(0.5, 0.25, **k)),
    ('geometric_', lambda **k: torch.FloatTensor(3).geometric_(0.3, **k)),
]


@pytest.mark.parametrize('name, call', RANDOM_CALLS, ids=[n for n, _ in RANDOM_CALLS])
def test_every_random_function_draws_from_the_generator_it_is_given(name, call):
    torch.manual_seed(21)
    expected = call()                               # the global stream from seed 21
    torch.manual_seed(99)
    outer = torch.get_rng_state()
    g = torch.Generator()
    g.manual_seed(21)
    got = call(generator=g)
    assert torch.equal(got, expected)
    assert torch.equal(torch.get_rng_state(), outer)    # the global stream was not touched
    assert not torch.equal(g.get_state(), torch.Generator().get_state())
    # torch.default_generator (what torch.manual_seed returns) is the global generator itself
    torch.manual_seed(21)
    assert torch.equal(call(generator=torch.manual_seed(21)), expected)
    torch.manual_seed(21)
    assert torch.equal(call(generator=None), expected)      # None: the global generator


@pytest.mark.parametrize('name, call', RANDOM_CALLS, ids=[n for n, _ in RANDOM_CALLS])
@pytest.mark.parametrize('bad', [3, 'g', torch.FloatTensor(1)], ids=['int', 'str', 'tensor'])
def test_a_generator_that_is_not_one_is_refused_before_anything_is_drawn(name, call, bad):
    torch.manual_seed(5)
    before = torch.get_rng_state()
    with pytest.raises(TypeError) as e:
        call(generator=bad)
    assert str(e.value) == "%s(): argument 'generator' must be torch.Generator, not %s" % (
        name, type(bad).__name__)
    assert torch.equal(torch.get_rng_state(), before)


def test_generator_is_keyword_only():
    g = torch.Generator()
    for call in (lambda: torch.randperm(3, g), lambda: torch.FloatTensor(2).normal_(0, 1, g),
                 lambda: torch.bernoulli(torch.FloatTensor([0.5]), g)):
        with pytest.raises(TypeError):
            call()
