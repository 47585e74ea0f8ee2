"""The 0.3 CPU generator (legacy_autograd.rng) against recorded 0.3 output and the TH algorithms.

Recorded vectors: /work/shared/legacy-reference/rng.md section 6 (seed 1, printed to 4 decimals).
Algorithm pins: small cases derived by hand from the first raw MT19937 outputs for seed 1
(1791095845, 4282876139, 3093770124, 4005303368), and a scalar, one-draw-at-a-time
transliteration of the TH routines (``_Ref`` below) that the vectorised fills must match.
"""
import math
import re

import numpy as np
import pytest

from legacy_autograd import rng
from legacy_autograd.rng import Generator

RAW1 = [1791095845, 4282876139, 3093770124, 4005303368]
U1 = (0.0610532747, 0.2245545066)  # first two 53-bit doubles for seed 1


def r4(a):
    """Round like the 0.3 printer at precision 4 (values are compared as decimals)."""
    return np.round(np.asarray(a, dtype=np.float64), 4)


def rows(text):
    return np.array([[float(v) for v in line.split()] for line in text.strip().splitlines()])


def randn(g, *shape):
    a = np.empty(shape, dtype=np.float32)
    g.fill_normal(a)
    return a


# --------------------------------------------------------------------------------------
# a scalar reference: TH's functions, one engine step at a time

class _Ref(object):
    def __init__(self, seed):
        self.g = Generator(seed)  # used only as a source of raw words, one by one
        self.valid = False
        self.x = self.rho = 0.0

    def u32(self):
        return int(self.g.next_u32(1)[0])

    def dbl(self):
        hi, lo = self.u32(), self.u32()
        return (((hi << 32) | lo) & ((1 << 53) - 1)) / float(1 << 53)

    def flt(self):
        return np.float32(self.u32() & 0xFFFFFF) * np.float32(1.0 / (1 << 24))

    def normal(self, mean=0.0, std=1.0):
        if not self.valid:
            self.x = self.dbl()
            y = self.dbl()
            self.rho = math.sqrt(-2.0 * math.log(1.0 - y))
            self.valid = True
            return self.rho * math.cos(2.0 * math.pi * self.x) * std + mean
        self.valid = False
        return self.rho * math.sin(2.0 * math.pi * self.x) * std + mean


# --------------------------------------------------------------------------------------
# engine and seeding

def test_first_raw_outputs_seed_1():
    g = Generator(1)
    assert g.next_u32(4).tolist() == RAW1
    assert g.next_u32(4).dtype == np.uint64


def test_numpy_randint_claim_one_raw_output_per_element():
    rs = np.random.RandomState(1)
    a = rs.randint(0, 2 ** 32, size=2000, dtype=np.uint64)
    assert a[:4].tolist() == RAW1
    assert np.array_equal(a, Generator(1).next_u32(2000))


def test_seeding_is_init_genrand():
    for s in (0, 1, 42, 2 ** 32 - 1):
        st = Generator(s).get_state()
        words = st[24:24 + 624 * 8].view('<u8')
        assert np.array_equal(words, np.random.RandomState(s).get_state()[1].astype(np.uint64))


def test_seed_uses_low_32_bits_and_keeps_initial_seed():
    g = Generator(2 ** 32 + 1)
    assert g.next_u32(4).tolist() == RAW1
    assert g.initial_seed() == 2 ** 32 + 1
    g.manual_seed(-1)
    assert g.initial_seed() == 2 ** 64 - 1
    assert np.array_equal(g.next_u32(3), Generator(2 ** 32 - 1).next_u32(3))
    # 0.3.1's THPUtils_checkLong in a THPUtils_assert: a RuntimeError; bools and numpy
    # integers are not Python longs there
    for bad, name in ((1.5, 'float'), (True, 'bool'), (np.int64(2), 'numpy.int64'), ('3', 'str')):
        with pytest.raises(RuntimeError, match='^manual_seed expected a long, but got %s$' % name):
            g.manual_seed(bad)
    assert g.initial_seed() == 2 ** 64 - 1


def test_seed_is_nondeterministic_and_reported():
    g = Generator()
    s = g.seed()
    assert 0 <= s < 2 ** 64 and g.initial_seed() == s
    a = g.next_u32(5)
    assert np.array_equal(Generator(s).next_u32(5), a)
    assert Generator().initial_seed() != Generator().initial_seed()
    assert isinstance(rng.default_generator, Generator)


def test_uniform_double_53_bits():
    g = Generator(1)
    u = g.uniform_double(2)
    assert u == pytest.approx(U1, abs=1e-10)
    hi, lo = RAW1[0], RAW1[1]
    assert u[0] == (((hi << 32) | lo) & (2 ** 53 - 1)) / 2.0 ** 53


# --------------------------------------------------------------------------------------
# recorded 0.3 output (rng.md section 6)

SLICE0 = """
 0.6614  0.2669  0.0617  0.6213 -0.4519
-0.1661 -1.5228  0.3817 -1.0276 -0.5631
-0.8923 -0.0583 -0.1955 -0.9656  0.4224
 0.2673 -0.4212 -0.5107 -1.5727 -0.1232
"""


def test_randn_3_4_5_seed_1():
    a = randn(Generator(1), 3, 4, 5)
    assert a.dtype == np.float32
    assert np.array_equal(r4(a[0]), rows(SLICE0))
    assert np.array_equal(r4(a[-1, -1]), [-0.8206, 0.3133, -1.1352, 0.3773, -0.2824])
    # rng.md lists these eight-digit values; they are the stored float32 values
    assert a.reshape(-1)[:6].astype(np.float64) == pytest.approx(
        [0.66135216, 0.26692411, 0.06167726, 0.62131733, -0.45190597, -0.16613023], abs=5e-9)


def test_continued_stream_with_odd_sized_cache_carry_over():
    g = Generator(1)
    randn(g, 3, 4, 5)
    x = np.concatenate([randn(g, 2, 5), randn(g, 3, 5)], 0)  # 15 elements: a sine stays cached
    assert np.array_equal(r4(x[0]), [-2.5667, -1.4303, 0.5009, 0.5438, -0.4057])
    y = np.concatenate([randn(g, 2, 3), randn(g, 2, 5)], 1)  # starts with the cached value
    assert np.array_equal(r4(y[0]), [-1.5964, -0.3769, -3.1020, -0.0020, -1.0952,
                                     0.6016, 0.6984, -0.8005])
    z = randn(g, 2, 3, 4)
    assert np.array_equal(r4(z.reshape(-1)[:4]), [-0.2020, -1.2865, 0.8231, -0.6101])


def test_cache_carry_over_is_needed():
    """Without the cached sine the recorded randn(2, 3) row would not come out."""
    g = Generator(1)
    randn(g, 3, 4, 5)
    randn(g, 2, 5)
    randn(g, 3, 5)
    g._normal_valid = False  # simulate a generator that forgot the cache
    assert not np.array_equal(r4(randn(g, 2, 3)[0]), [-1.5964, -0.3769, -3.1020])


def test_uniform_float_24_bit_seed_1():
    g = Generator(1)
    u = np.empty(4, dtype=np.float32)
    g.fill_uniform(u)
    assert u.tolist() == [np.float32((r & 0xFFFFFF) / 2.0 ** 24) for r in RAW1]
    assert np.array_equal(np.round(u.astype(np.float64), 6), [0.757632, 0.279311, 0.403069, 0.734684])


def test_linear_5_3_then_randn_deep_learning_tutorial():
    g = Generator(1)
    stdv = 1.0 / math.sqrt(5)
    w = np.empty((3, 5), dtype=np.float32)
    b = np.empty(3, dtype=np.float32)
    g.fill_uniform(w, -stdv, stdv)
    g.fill_uniform(b, -stdv, stdv)
    assert np.all(np.abs(w) <= stdv) and np.all(np.abs(b) <= stdv)
    x = randn(g, 2, 5)
    out = (x @ w.T + b).astype(np.float32)
    assert np.array_equal(r4(out), [[0.1755, -0.3268, -0.5069], [-0.6602, 0.2260, 0.1089]])
    assert np.array_equal(r4(randn(g, 2, 2)), [[-0.5404, -2.2102], [2.1130, -0.0040]])


def test_embedding_2_5_word_embeddings_tutorial():
    g = Generator(1)
    weight = np.empty((2, 5), dtype=np.float32)
    g.fill_normal(weight, 0, 1)
    assert np.array_equal(r4(weight[0]), [0.6614, 0.2669, 0.0617, 0.6213, -0.4519])


# --------------------------------------------------------------------------------------
# state

def test_state_layout_is_th_generator():
    g = Generator(7)
    st = g.get_state()
    assert st.dtype == np.uint8 and st.shape == (5048,)
    assert int(st[0:8].view('<u8')[0]) == 7
    assert int(st[8:12].view('<i4')[0]) == 1      # left
    assert int(st[12:16].view('<i4')[0]) == 1     # seeded
    assert int(st[16:24].view('<u8')[0]) == 0     # next
    assert int(st[5040:5044].view('<i4')[0]) == 0  # normal_is_valid
    g.next_u32(10)
    st = g.get_state()
    assert int(st[8:12].view('<i4')[0]) == 624 - 10 + 1
    assert int(st[16:24].view('<u8')[0]) == 10
    g.normal(1)
    assert int(g.get_state()[5040:5044].view('<i4')[0]) == 1


def test_get_set_state_round_trip_with_pending_normal():
    g = Generator(1)
    randn(g, 3)  # odd: a sine is cached
    st = g.get_state()
    a1 = randn(g, 5)
    u1 = np.empty(3, np.float32)
    g.fill_uniform(u1)
    g.set_state(st)
    assert np.array_equal(randn(g, 5), a1)
    u2 = np.empty(3, np.float32)
    g.fill_uniform(u2)
    assert np.array_equal(u1, u2)
    # the state carries over to another generator too, byte for byte
    h = Generator(99)
    h.set_state(st)
    assert np.array_equal(h.get_state(), st)
    assert np.array_equal(randn(h, 5), a1)


@pytest.mark.parametrize('k', [0, 1, 623, 624, 625, 1248, 1300])
def test_state_round_trip_at_block_boundaries(k):
    g = Generator(3)
    g.next_u32(k)
    st = g.get_state()
    want = g.next_u32(700)
    h = Generator(0)
    h.set_state(st)
    assert np.array_equal(h.get_state(), st)
    assert np.array_equal(h.next_u32(700), want)


def test_set_state_validation():
    g = Generator(1)
    st = g.get_state()
    with pytest.raises(RuntimeError, match='wrong size'):
        g.set_state(st[:-1])
    with pytest.raises(ValueError):
        g.set_state(st.astype(np.int64))
    with pytest.raises(ValueError):
        g.set_state(list(st))
    bad = st.copy()
    bad[8:12] = np.array([0], dtype='<i4').view(np.uint8)  # left = 0
    with pytest.raises(RuntimeError, match='Invalid RNG state'):
        g.set_state(bad)
    bad = st.copy()
    bad[12:16] = 0  # seeded = 0
    with pytest.raises(RuntimeError, match='Invalid RNG state'):
        g.set_state(bad)
    # a failed set_state leaves the generator alone
    assert np.array_equal(g.get_state(), st)


def test_manual_seed_empties_the_normal_cache():
    g = Generator(1)
    randn(g, 1)  # sine cached
    g.manual_seed(1)
    assert np.array_equal(randn(g, 6), randn(Generator(1), 6))
    assert int(g.get_state()[5040:5044].view('<i4')[0]) == 0  # 6 draws = 3 whole pairs


def test_manual_seed_resets_cache_state_bytes():
    g = Generator(1)
    randn(g, 1)
    g.manual_seed(5)
    assert np.array_equal(g.get_state(), Generator(5).get_state())


def test_module_level_helpers():
    st = rng.get_rng_state()
    rng.manual_seed(1)
    assert rng.initial_seed() == 1
    assert rng.default_generator.next_u32(4).tolist() == RAW1
    rng.set_rng_state(st)
    assert np.array_equal(rng.get_rng_state(), st)


# --------------------------------------------------------------------------------------
# consumption order against the scalar reference

def test_mixed_sequence_matches_scalar_reference():
    g, ref = Generator(11), _Ref(11)
    for n, kind in [(3, 'n'), (4, 'uf'), (1, 'n'), (2, 'n'), (5, 'ud'), (7, 'n'), (1, 'uf'),
                    (1, 'n'), (0, 'n'), (16, 'n'), (9, 'b'), (33, 'n'), (2, 'e')]:
        if kind == 'n':
            out = np.empty(n, np.float64)
            g.fill_normal(out, 0.5, 2.0)
            want = [ref.normal(0.5, 2.0) for _ in range(n)]
        elif kind == 'uf':
            out = np.empty(n, np.float32)
            g.fill_uniform(out, -1.0, 3.0)
            want = [ref.flt() * np.float32(4.0) + np.float32(-1.0) for _ in range(n)]
        elif kind == 'ud':
            out = np.empty(n, np.float64)
            g.fill_uniform(out, -1.0, 3.0)
            want = [ref.dbl() * 4.0 - 1.0 for _ in range(n)]
        elif kind == 'b':
            out = np.empty(n, np.uint8)
            g.fill_bernoulli(out, 0.3)
            want = [int(ref.dbl() <= 0.3) for _ in range(n)]
        else:
            out = np.empty(n, np.float64)
            g.fill_exponential(out, 2.0)
            want = [-1.0 / 2.0 * math.log(1 - ref.dbl()) for _ in range(n)]
        assert out.tolist() == list(np.asarray(want, dtype=out.dtype)), kind


def test_float32_normal_is_double_then_rounded():
    g, ref = Generator(5), _Ref(5)
    a = np.empty(9, np.float32)
    g.fill_normal(a, 1.0, 3.0)
    assert np.array_equal(a, np.array([ref.normal(1.0, 3.0) for _ in range(9)], dtype=np.float32))


def test_normal_consumes_four_words_per_pair():
    g = Generator(2)
    g.normal(3)  # two pairs: 8 words
    h = Generator(2)
    h.next_u32(8)
    assert np.array_equal(g.next_u32(3), h.next_u32(3))
    g.normal(1)  # the cached sine: no words
    assert np.array_equal(g.next_u32(3), h.next_u32(3))


# --------------------------------------------------------------------------------------
# non-contiguous views

def test_fill_into_transposed_view_goes_in_logical_row_major_order():
    base = np.zeros((5, 4), np.float32)
    view = base.T  # shape (4, 5), not C-contiguous
    assert not view.flags.c_contiguous
    Generator(1).fill_normal(view)
    assert np.array_equal(view, randn(Generator(1), 4, 5))
    assert np.array_equal(r4(view), rows(SLICE0))


def test_fill_into_strided_view_leaves_the_rest_alone():
    base = np.full((3, 8), -7.0, np.float64)
    view = base[:, ::2]
    Generator(4).fill_uniform(view)
    assert np.array_equal(view, Generator(4).uniform_double(12).reshape(3, 4))
    assert np.all(base[:, 1::2] == -7.0)
    ints = np.zeros((4, 6), np.int64)[::2, 1::2]
    Generator(4).fill_random(ints, 0, 10)
    assert np.array_equal(ints.reshape(-1), (Generator(4).next_u32(6) % 10).astype(np.int64))


def test_empty_fills_consume_nothing():
    g = Generator(1)
    for fill in (g.fill_normal, g.fill_uniform, g.fill_exponential, g.fill_cauchy,
                 g.fill_log_normal):
        fill(np.empty((0, 3), np.float32))
    g.fill_random(np.empty(0, np.int64))
    g.fill_bernoulli(np.empty(0, np.float32), 0.5)
    g.fill_geometric(np.empty(0, np.float32), 0.5)
    assert g.next_u32(4).tolist() == RAW1


# --------------------------------------------------------------------------------------
# uniform_ / rand on doubles

def test_uniform_double_tensor_uses_53_bit_doubles():
    a = np.empty(2, np.float64)
    Generator(1).fill_uniform(a)
    assert a == pytest.approx(U1, abs=1e-10)
    b = np.empty(2, np.float64)
    Generator(1).fill_uniform(b, 2.0, 4.0)
    assert np.array_equal(b, a * 2.0 + 2.0)


def test_uniform_float_arithmetic_in_float32():
    g = Generator(1)
    a = np.empty(4, np.float32)
    g.fill_uniform(a, -0.1, 0.7)
    f = np.array([(r & 0xFFFFFF) / 2.0 ** 24 for r in RAW1], np.float32)
    want = f * (np.float32(0.7) - np.float32(-0.1)) + np.float32(-0.1)
    assert np.array_equal(a, want)


def test_float_only_fills_reject_integer_arrays():
    g = Generator(1)
    for fill in (g.fill_normal, g.fill_uniform, g.fill_exponential, g.fill_cauchy,
                 g.fill_log_normal):
        with pytest.raises(TypeError):
            fill(np.empty(3, np.int64))


# --------------------------------------------------------------------------------------
# random_

def test_random_full_range_per_type():
    w = RAW1
    cases = {
        np.uint8: [r % 256 for r in w],
        np.int8: [r % 128 for r in w],
        np.int16: [r % 32768 for r in w],
        np.int32: [r % 2 ** 31 for r in w],
        np.float32: [float(r % (2 ** 24 + 1)) for r in w],
    }
    for dt, want in cases.items():
        a = np.empty(4, dt)
        Generator(1).fill_random(a)
        assert a.tolist() == want, dt
    a = np.empty(2, np.int64)
    Generator(1).fill_random(a)
    assert a.tolist() == [((w[0] << 32) | w[1]) % 2 ** 63, ((w[2] << 32) | w[3]) % 2 ** 63]
    d = np.empty(2, np.float64)
    Generator(1).fill_random(d)
    assert d.tolist() == [float(((w[0] << 32) | w[1]) % (2 ** 53 + 1)),
                          float(((w[2] << 32) | w[3]) % (2 ** 53 + 1))]


def test_random_to_and_from_to():
    a = np.empty(4, np.int64)
    Generator(1).fill_random(a, high=10)
    assert a.tolist() == [r % 10 for r in RAW1]
    b = np.empty(4, np.int64)
    Generator(1).fill_random(b, 10)  # one bound: it is ``to``, like random_(10)
    assert np.array_equal(a, b)
    c = np.empty(4, np.int64)
    Generator(1).fill_random(c, -3, 5)
    assert c.tolist() == [r % 8 - 3 for r in RAW1]
    d = np.empty(4, np.uint8)
    Generator(1).fill_random(d, 0, 1000)  # stored with C conversion: wraps mod 256
    assert d.tolist() == [(r % 1000) % 256 for r in RAW1]


def test_random_negative_from_on_float_gives_huge_values_like_0_3():
    """pytorch issue #6338: ``random_(-1, 10)`` on a FloatTensor of 0.3.1 gave 1.8e19."""
    a = np.empty(4, np.float32)
    Generator(1).fill_random(a, -1, 10)
    for v, r in zip(a.tolist(), RAW1):
        k = r % 11
        assert v == (float(np.float32(2.0 ** 64 - 1)) if k == 0 else k - 1)


def test_random_structure_and_errors():
    g = Generator(123)
    a = np.empty(10000, np.int64)
    g.fill_random(a, 5, 9)
    assert a.min() == 5 and a.max() == 8
    with pytest.raises(RuntimeError, match='upper bound must be positive'):
        g.fill_random(a, high=0)
    with pytest.raises(RuntimeError, match='upper bound must be greater than lower bound'):
        g.fill_random(a, 3, 3)
    with pytest.raises(TypeError):
        g.fill_random(np.empty(3, np.float16))
    with pytest.raises(TypeError):
        g.fill_random(a, 0.5, 3)


# --------------------------------------------------------------------------------------
# bernoulli_

def test_bernoulli_hand_derived():
    a = np.empty(2, np.float32)
    Generator(1).fill_bernoulli(a, 0.1)  # u = 0.061, 0.2246
    assert a.tolist() == [1.0, 0.0]
    b = np.empty(2, np.uint8)
    Generator(1).fill_bernoulli(b, np.array([0.05, 0.3]))
    assert b.tolist() == [0, 1]
    c = np.empty((2, 2), np.float64)
    Generator(1).fill_bernoulli(c, np.array([0.5, 0.0]))  # broadcast over rows
    assert c[:, 1].tolist() == [0.0, 0.0]



def test_bernoulli_keeps_u_equal_to_p_and_matches_uniform_double():
    # TH: element = (uniform_double <= p); a draw exactly equal to p is a 1, the next
    # double below p makes it a 0.  And for any p the mask is uniform_double(n) <= p.
    u = Generator(5).uniform_double(4)
    for p, first in ((float(u[0]), 1.0), (float(np.nextafter(u[0], 0)), 0.0)):
        a = np.empty(4, np.float32)
        Generator(5).fill_bernoulli(a, p)
        assert a[0] == first
    for p in (0.0, 1e-300, 0.3, 0.5, 1 - 2 ** -53, 1.0):
        a = np.empty((30, 40), np.float64)
        Generator(11).fill_bernoulli(a, p)
        want = (Generator(11).uniform_double(a.size) <= p).reshape(a.shape)
        assert np.array_equal(a, want.astype(np.float64))

def test_bernoulli_structure_and_errors():
    g = Generator(9)
    a = np.empty(20000, np.float32)
    g.fill_bernoulli(a, 0.25)
    assert set(np.unique(a).tolist()) <= {0.0, 1.0}
    assert abs(a.mean() - 0.25) < 0.02
    g.fill_bernoulli(a, 0.0)
    assert not a.any()
    g.fill_bernoulli(a, 1.0)
    assert a.all()
    with pytest.raises(RuntimeError, match='must be >= 0 and <= 1'):
        g.fill_bernoulli(a, 1.5)


def test_bernoulli_tensor_p_checks_element_by_element():
    g = Generator(1)
    out = np.full(3, 9, np.int64)
    with pytest.raises(RuntimeError):
        g.fill_bernoulli(out, np.array([0.1, 0.3, 2.0]))
    assert out.tolist() == [1, 1, 9]  # the first two were drawn (and written) before the check
    h = Generator(1)
    h.next_u32(4)
    assert np.array_equal(g.next_u32(2), h.next_u32(2))


# --------------------------------------------------------------------------------------
# multinomial

def test_multinomial_with_replacement_hand_derived():
    idx = Generator(1).multinomial(np.array([0.1, 0.2, 0.7]), 2, replacement=True)
    assert idx.dtype == np.int64 and idx.tolist() == [0, 1]


def test_multinomial_without_replacement_renormalises():
    # u1 = 0.061 -> bucket 0; then cum = [0, 0.2/0.9, 1] and u2 = 0.2246 > 0.2222 -> bucket 2
    idx = Generator(1).multinomial(np.array([0.1, 0.2, 0.7], np.float32), 2)
    assert idx.tolist() == [0, 2]


def test_multinomial_unnormalised_weights_and_rows():
    g = Generator(1)
    w = np.array([[1.0, 2.0, 7.0], [7.0, 2.0, 1.0]])
    out = g.multinomial(w, 1, True)
    assert out.shape == (2, 1) and out.tolist() == [[0], [0]]  # u1 = 0.061 < 0.1 and < 0.7
    # rows are processed one after the other
    h = Generator(1)
    h.uniform_double(2)
    assert np.array_equal(g.next_u32(2), h.next_u32(2))


def test_multinomial_structure():
    g = Generator(3)
    p = np.random.RandomState(0).random_sample((4, 50)).astype(np.float32)
    out = g.multinomial(p, 50)
    assert out.shape == (4, 50) and out.dtype == np.int64
    for row in out:
        assert sorted(row.tolist()) == list(range(50))
    one = g.multinomial(np.array([0.0, 1.0, 0.0]), 5, True)
    assert one.tolist() == [1] * 5
    a = Generator(8).multinomial(p[0], 20, True)
    assert np.array_equal(a, Generator(8).multinomial(p[0], 20, True))
    assert a.min() >= 0 and a.max() < 50


def test_multinomial_errors():
    g = Generator(1)
    with pytest.raises(RuntimeError, match='cannot sample n_sample > prob_dist:size\\(1\\) samples '
                                           'without replacement'):
        g.multinomial(np.array([0.5, 0.5]), 3)
    with pytest.raises(RuntimeError, match='cannot sample n_sample < 0 samples'):
        g.multinomial(np.array([0.5, 0.5]), 0)
    with pytest.raises(RuntimeError, match='invalid multinomial distribution'):
        g.multinomial(np.array([0.0, 0.0]), 1)
    with pytest.raises(RuntimeError, match='prob_dist must be 1 or 2 dim'):
        g.multinomial(np.ones((2, 2, 2)), 1)


# --------------------------------------------------------------------------------------
# randperm

def test_randperm_hand_derived():
    # r0 % 4 = 1: swap 0,1 -> [1,0,2,3]; r1 % 3 = 2: swap 1,3 -> [1,3,2,0]; r2 % 2 = 0
    assert Generator(1).randperm(4).tolist() == [1, 3, 2, 0]
    g = Generator(1)
    g.randperm(4)  # n - 1 = 3 words
    assert int(g.next_u32(1)[0]) == RAW1[3]


def test_randperm_structure():
    p = Generator(5).randperm(1000)
    assert p.dtype == np.int64 and sorted(p.tolist()) == list(range(1000))
    assert np.array_equal(p, Generator(5).randperm(1000))
    assert Generator(5).randperm(1).tolist() == [0]
    with pytest.raises(RuntimeError, match='must be strictly positive'):
        Generator(5).randperm(0)


# --------------------------------------------------------------------------------------
# other distributions

def test_exponential_cauchy_log_normal_geometric_hand_derived():
    u = Generator(1).uniform_double(2)
    a = np.empty(2)
    Generator(1).fill_exponential(a, 3.0)
    assert a.tolist() == [-1.0 / 3.0 * math.log(1 - v) for v in u]
    c = np.empty(2)
    Generator(1).fill_cauchy(c, 1.0, 2.0)
    assert c.tolist() == [1.0 + 2.0 * math.tan(math.pi * (v - 0.5)) for v in u]
    gm = np.empty(2, np.int64)
    Generator(1).fill_geometric(gm, 0.9)
    assert gm.tolist() == [int(math.log(1 - v) / math.log(0.9)) + 1 for v in u]
    ln = np.empty(3, np.float32)
    Generator(1).fill_log_normal(ln, 0.5, 0.25)
    z = Generator(1).normal(3)
    assert np.array_equal(ln, np.exp(z * 0.25 + 0.5).astype(np.float32))


def test_distribution_errors():
    g = Generator(1)
    with pytest.raises(RuntimeError, match='standard deviation must be strictly positive'):
        g.fill_normal(np.empty(2, np.float32), 0.0, 0.0)
    with pytest.raises(RuntimeError, match='standard deviation must be strictly positive'):
        g.fill_log_normal(np.empty(2, np.float32), 0.0, -1.0)
    with pytest.raises(RuntimeError, match='must be > 0 and < 1'):
        g.fill_geometric(np.empty(2, np.float32), 1.0)
    assert g.next_u32(4).tolist() == RAW1  # nothing was drawn


# --------------------------------------------------------------------------------------
# torch.normal with tensor arguments

def test_normal_tensor_means():
    means = np.arange(1, 6, dtype=np.float32)
    out = Generator(1).normal_tensor(means, 2.0)
    z = Generator(1).normal(5)
    assert out.dtype == np.float64
    assert np.array_equal(out, ((z * 2.0).astype(np.float32) + means).astype(np.float64))


def test_normal_tensor_stds_and_both():
    stds = np.array([[0.5, 1.0], [2.0, 4.0]])
    out = Generator(1).normal_tensor(3.0, stds)
    z = Generator(1).normal(4).reshape(2, 2)
    assert out.shape == (2, 2) and np.array_equal(out, z * stds + 3.0)
    means = np.array([1.0, 2.0, 3.0, 4.0], np.float32)
    s32 = np.array([1.0, 0.5, 0.25, 2.0], np.float32)
    both = Generator(1).normal_tensor(means, s32)
    zz = Generator(1).normal(4).astype(np.float32)
    assert np.array_equal(both, (zz * s32 + means).astype(np.float64))
    with pytest.raises(TypeError):
        Generator(1).normal_tensor(0.0, 1.0)


# --------------------------------------------------------------------------------------

def test_million_element_fills():
    # their time is measured by bench/time_budgets.py, not here; the values are the same
    # stream as the small fills' (checked above), so here only their range
    g = Generator(0)
    a = np.empty(1000000, np.float32)
    g.fill_normal(a)
    assert np.isfinite(a).all() and 0.99 < a.std() < 1.01
    g.fill_uniform(a)
    assert ((a >= 0) & (a <= 1)).all()
    d = np.empty(1000000, np.float64)
    g.fill_normal(d)
    assert np.isfinite(d).all()
    g.fill_bernoulli(d, 0.5)
    assert set(np.unique(d)) == {0.0, 1.0} and 0.49 < d.mean() < 0.51
    r = np.empty(1000000, np.int64)
    g.fill_random(r)
    assert (r >= 0).all() and r.max() > 2 ** 62


def test_default_generator_is_what_manual_seed_returns():
    import legacy_autograd as L
    g = L.manual_seed(7)
    assert g is L.default_generator is L.random.default_generator
    assert re.match(r'^<torch\._C\.Generator object at 0x[0-9a-f]+>$', repr(g))
    assert g.initial_seed() == 7
    state = g.get_state()
    assert type(state) is L.ByteTensor and state.numel() == 5048
    assert state.numpy().tobytes() == L.get_rng_state().numpy().tobytes()
    a = L.rand(3).tolist()
    assert g.set_state(state) is g
    assert L.rand(3).tolist() == a
    assert g.manual_seed(7) is g
    assert L.rand(3).tolist() == a
    s = g.seed()
    assert L.initial_seed() == s
    with pytest.raises(RuntimeError, match='^set_state expects a torch.ByteTensor, but got list$'):
        g.set_state([1, 2])
    with pytest.raises(RuntimeError,
                       match='^set_state expects a torch.ByteTensor, but got torch.FloatTensor$'):
        L.set_rng_state(L.FloatTensor(3))
    with pytest.raises(RuntimeError, match='^manual_seed expected a long, but got float$'):
        L.manual_seed(2.0)


def test_torch_generator_takes_no_arguments():
    import legacy_autograd as L
    with pytest.raises(RuntimeError, match="^torch.Generator constructor doesn't accept any arguments$"):
        L.Generator(5)
    g = L.Generator()
    assert re.match(r'^<torch\._C\.Generator object at 0x[0-9a-f]+>$', repr(g))
    assert g.manual_seed(3) is g and g.initial_seed() == 3
    assert type(g.get_state()) is L.ByteTensor
