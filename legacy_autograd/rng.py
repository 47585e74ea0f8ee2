"""The CPU random generator of PyTorch 0.3 (the TH library of late 2017), reproduced exactly.

One :class:`Generator` holds what a TH ``THGenerator`` held: a 32-bit Mersenne Twister
(MT19937, seeded with the reference ``init_genrand``) and a one-slot Box-Muller cache.
Every fill consumes the raw 32-bit stream in the same order and amount as 0.3 did for
the same tensor type, so seeded scripts print the same numbers.

The engine is numpy's ``MT19937`` bit generator (same algorithm); its ``random_raw``
returns one raw 32-bit output per element.  Everything else is written here and
vectorised only where the order of consumption provably stays the same.

See ``docs/random.md`` for the algorithms, their sources and how sure each one is.
"""
import math
import operator
import os

import numpy as np

from . import _fastpaths
from .errors import legacy_typename

_BERNOULLI_BITS = True     # bernoulli_ with one p compared on the integers
_fastpaths.flag(globals(), '_BERNOULLI_BITS')

__all__ = ['Generator', 'default_generator', 'manual_seed', 'initial_seed', 'seed',
           'get_rng_state', 'set_rng_state']

_MT_N = 624
_MASK32 = 0xFFFFFFFF
_MASK64 = 0xFFFFFFFFFFFFFFFF
_TWO_POW_M53 = 1.0 / float(1 << 53)
_FLOAT_DIVISOR = np.float32(1.0 / (1 << 24))
# C evaluates ``2.*M_PI*x`` as ``(2*pi) * x``; doubling is exact, so this constant is the same.
_TWO_PI = 2.0 * math.pi

# Byte layout of TH's ``struct THGenerator`` on x86-64 (what ``torch.get_rng_state()``
# returned in 0.3: a ByteTensor of 5048 bytes).
_STATE_DTYPE = np.dtype({
    'names': ['the_initial_seed', 'left', 'seeded', 'next', 'state',
              'normal_x', 'normal_y', 'normal_rho', 'normal_is_valid'],
    'formats': ['<u8', '<i4', '<i4', '<u8', ('<u8', (_MT_N,)),
                '<f8', '<f8', '<f8', '<i4'],
    'offsets': [0, 8, 12, 16, 24, 5016, 5024, 5032, 5040],
    'itemsize': 5048,
})
STATE_SIZE = _STATE_DTYPE.itemsize

# Tensor types of 0.3 (CPU) as numpy dtypes.
_FLOAT_TYPES = (np.dtype(np.float32), np.dtype(np.float64))
_ALL_TYPES = (np.dtype(np.uint8), np.dtype(np.int8), np.dtype(np.int16), np.dtype(np.int32),
              np.dtype(np.int64)) + _FLOAT_TYPES


# ---------------------------------------------------------------------------------------
# libm functions.  0.3 called the C library's sin/cos/log/...; numpy's own loops agree
# with glibc bit for bit on most machines, but SIMD builds (e.g. AVX-512 SVML) may differ
# in the last ulp.  Check once and fall back to the ``math`` module (which is libm) if not.

_LIBM = {}


def _libm(name):
    fn = _LIBM.get(name)
    if fn is None:
        npf, mf = getattr(np, name), getattr(math, name)
        probe = np.random.RandomState(12345).random_sample(4096)
        if name == 'log':
            probe = probe + 1e-300
        elif name == 'sqrt':
            probe = probe * 50.0
        elif name == 'exp':
            probe = (probe - 0.5) * 60.0
        elif name == 'tan':
            probe = (probe - 0.5) * math.pi
        else:
            probe = probe * 4.0 * math.pi - 2.0 * math.pi
        same = np.array_equal(npf(probe), np.array([mf(v) for v in probe.tolist()]))
        if same:
            def fn(a, _f=npf):
                return _f(np.asarray(a, dtype=np.float64))
        else:  # pragma: no cover - depends on the machine's numpy build
            def fn(a, _m=mf, _npf=npf):
                a = np.asarray(a, dtype=np.float64)
                flat = a.ravel().tolist()
                res = []
                for v in flat:
                    try:
                        res.append(_m(v))
                    except (ValueError, OverflowError):
                        with np.errstate(all='ignore'):
                            res.append(float(_npf(v)))
                return np.array(res, dtype=np.float64).reshape(a.shape)
        _LIBM[name] = fn
    return fn


# ---------------------------------------------------------------------------------------
# helpers

def _init_genrand(seed32):
    """The MT19937 reference ``init_genrand``: 624 state words from a 32-bit seed."""
    key = [seed32 & _MASK32]
    prev = key[0]
    for j in range(1, _MT_N):
        prev = (1812433253 * (prev ^ (prev >> 30)) + j) & _MASK32
        key.append(prev)
    return np.array(key, dtype=np.uint32)


def _th_error(argno, text):
    """The text of a TH ``THArgCheck`` failure as 0.3 showed it (file/line suffix left off)."""
    return RuntimeError('invalid argument %d: %s' % (argno, text))


def _check_out(out):
    if not isinstance(out, np.ndarray):
        raise TypeError('out must be a numpy.ndarray, got %s' % type(out).__name__)
    if not out.flags.writeable:
        raise ValueError('out is not writeable')
    return out


def _need_float(out, what):
    _check_out(out)
    if out.dtype not in _FLOAT_TYPES:
        raise TypeError('%s is only defined for float32 and float64 (Float/DoubleTensor) '
                        'arrays in 0.3, got %s' % (what, out.dtype))
    return out.dtype


def _need_th_type(out, what, extra=()):
    _check_out(out)
    if out.dtype not in _ALL_TYPES and out.dtype not in extra:
        raise TypeError('%s is not defined for dtype %s (0.3 CPU types are uint8, int8, int16, '
                        'int32, int64, float32, float64)' % (what, out.dtype))
    return out.dtype


def _store(out, flat):
    """Write ``flat`` (logical row-major order) into ``out``, C-style conversion."""
    if flat.dtype != out.dtype:
        with np.errstate(all='ignore'):
            flat = flat.astype(out.dtype)
    out[...] = flat.reshape(out.shape)


def _as_long(value):
    """A C ``long`` argument of the 0.3 bindings (the front-ends have checked it is an int)."""
    v = operator.index(value)
    if not -(1 << 63) <= v < (1 << 63):
        # 0.3.1's THPUtils_unpackLong (PyLong_AsLongLongAndOverflow, a std::runtime_error)
        raise RuntimeError('Overflow when unpacking long')
    return v


def _pair_with(out_shape, arr, name):
    """Pair ``arr`` element by element with a tensor of ``out_shape`` (row-major order)."""
    n = int(np.prod(out_shape, dtype=np.int64))
    if arr.shape == tuple(out_shape):
        return arr.reshape(-1)
    try:
        return np.broadcast_to(arr, out_shape).reshape(-1)
    except ValueError:
        pass
    if arr.size == n:  # TH_TENSOR_APPLY2 only needs equal element counts
        return arr.reshape(-1)
    raise RuntimeError('inconsistent tensor size: %s has %d elements, the output has %d'
                       % (name, arr.size, n))


# ---------------------------------------------------------------------------------------

class Generator(object):
    """One 0.3 CPU generator: MT19937 engine plus the Box-Muller cache.

    ``Generator()`` seeds itself from ``/dev/urandom`` the way ``THGenerator_new`` did;
    ``Generator(seed)`` is the same as calling :meth:`manual_seed` afterwards.
    """

    def __init__(self, seed=None):
        self._bitgen = np.random.MT19937(0)
        self._initial_seed = 0
        self._idle_next = 0
        self._normal_x = 0.0
        self._normal_y = 0.0
        self._normal_rho = 0.0
        self._normal_valid = False
        if seed is None:
            self.seed()
        else:
            self.manual_seed(seed)

    # -- seeding and state ---------------------------------------------------------------

    def manual_seed(self, seed):
        """``THRandom_manualSeed``: init_genrand(seed & 0xffffffff), empty the normal cache."""
        if not isinstance(seed, int) or isinstance(seed, bool):
            # 0.3.1's THPUtils_checkLong (PyLong_Check, not a bool), in a THPUtils_assert
            raise RuntimeError('manual_seed expected a long, but got %s' % legacy_typename(seed))
        s = seed
        if not -(1 << 63) <= s < (1 << 64):
            raise RuntimeError('Overflow when unpacking long')
        s &= _MASK64
        self._set_engine(_init_genrand(s), _MT_N)
        self._initial_seed = s
        self._idle_next = 0
        self._normal_x = self._normal_y = self._normal_rho = 0.0
        self._normal_valid = False

    def initial_seed(self):
        """The seed last given to :meth:`manual_seed` (or drawn by :meth:`seed`), as uint64."""
        return self._initial_seed

    def seed(self):
        """``THRandom_seed``: reseed from 8 bytes of ``os.urandom``; return the 64-bit seed."""
        s = int.from_bytes(os.urandom(8), 'little')
        self.manual_seed(s)
        return s

    def _set_engine(self, key, pos):
        self._bitgen.state = {'bit_generator': 'MT19937',
                              'state': {'key': np.asarray(key, dtype=np.uint32), 'pos': int(pos)}}

    def get_state(self):
        """The full state as a uint8 array of 5048 bytes laid out like TH's ``THGenerator``."""
        st = self._bitgen.state['state']
        pos = int(st['pos'])
        rec = np.zeros((), dtype=_STATE_DTYPE)
        rec['the_initial_seed'] = self._initial_seed
        if pos >= _MT_N:
            rec['left'] = 1
            rec['next'] = self._idle_next
        else:
            rec['left'] = _MT_N + 1 - pos
            rec['next'] = pos
        rec['seeded'] = 1
        rec['state'] = np.asarray(st['key'], dtype=np.uint64)
        rec['normal_x'] = self._normal_x
        rec['normal_y'] = self._normal_y
        rec['normal_rho'] = self._normal_rho
        rec['normal_is_valid'] = 1 if self._normal_valid else 0
        return np.frombuffer(rec.tobytes(), dtype=np.uint8).copy()

    def set_state(self, state):
        """Inverse of :meth:`get_state` (``THByteTensor_setRNGState``)."""
        if not isinstance(state, np.ndarray):
            raise ValueError('expected a uint8 numpy array (a torch.ByteTensor state), got %s'
                             % type(state).__name__)
        if state.dtype != np.uint8:
            raise ValueError('expected a uint8 array (a torch.ByteTensor state), got dtype %s'
                             % state.dtype)
        if state.size != STATE_SIZE:
            raise _th_error(1, 'RNG state is wrong size (expected %d bytes, got %d)'
                            % (STATE_SIZE, state.size))
        rec = np.frombuffer(np.ascontiguousarray(state).reshape(-1).tobytes(),
                            dtype=_STATE_DTYPE)[0]
        left, seeded, nxt = int(rec['left']), int(rec['seeded']), int(rec['next'])
        words = np.asarray(rec['state'], dtype=np.uint64)
        # THGenerator_isValid, plus what our engine can represent
        if seeded != 1 or not 0 < left <= _MT_N or not 0 <= nxt <= _MT_N:
            raise _th_error(1, 'Invalid RNG state')
        if np.any(words > _MASK32):
            raise _th_error(1, 'Invalid RNG state (state words must be 32-bit)')
        if left == 1:
            pos = _MT_N
        else:
            pos = _MT_N + 1 - left
            if nxt != pos:
                raise _th_error(1, 'Invalid RNG state (left and next disagree)')
        self._set_engine(words.astype(np.uint32), pos)
        self._idle_next = nxt
        self._initial_seed = int(rec['the_initial_seed'])
        self._normal_x = float(rec['normal_x'])
        self._normal_y = float(rec['normal_y'])
        self._normal_rho = float(rec['normal_rho'])
        self._normal_valid = int(rec['normal_is_valid']) != 0

    # -- raw streams ---------------------------------------------------------------------

    def next_u32(self, n):
        """``n`` raw MT19937 outputs (``THRandom_random``) as uint64 values < 2**32."""
        n = int(n)
        if n < 0:
            raise ValueError('n must be non-negative')
        if n == 0:
            return np.empty(0, dtype=np.uint64)
        self._idle_next = _MT_N
        return self._bitgen.random_raw(n)

    def _random64(self, n):
        """``THRandom_random64``: (first << 32) | second, two raw outputs each."""
        w = self.next_u32(2 * n)
        return (w[0::2] << np.uint64(32)) | w[1::2]

    def _uniform_bits(self, n):
        """The 53-bit integers behind ``uniform_double`` (the low 53 bits of random64)."""
        w = self.next_u32(2 * int(n))
        return ((w[0::2] & np.uint64(0x1FFFFF)) << np.uint64(32)) | w[1::2]

    def uniform_double(self, n):
        """``uniform_double``: 53 low bits of random64 / 2**53, in [0, 1)."""
        return self._uniform_bits(n).astype(np.float64) * _TWO_POW_M53

    def _uniform_float(self, n):
        """``uniform_float``: low 24 bits of one raw output / 2**24, as float32."""
        w = self.next_u32(n)
        return (w & np.uint64(0xFFFFFF)).astype(np.float32) * _FLOAT_DIVISOR

    def normal(self, n):
        """``n`` standard normal draws (``THRandom_normal(gen, 0, 1)``), using the cache."""
        n = int(n)
        out = np.empty(n, dtype=np.float64)
        if n == 0:
            return out
        sin, cos, log, sqrt = _libm('sin'), _libm('cos'), _libm('log'), _libm('sqrt')
        i = 0
        if self._normal_valid:
            out[0] = self._normal_rho * sin(np.array([_TWO_PI * self._normal_x]))[0]
            self._normal_valid = False
            i = 1
        m = n - i
        if m:
            k = (m + 1) // 2
            u = self.uniform_double(2 * k)
            x, y = u[0::2], u[1::2]
            with np.errstate(all='ignore'):
                rho = sqrt(-2.0 * log(1.0 - y))
                theta = _TWO_PI * x
                vals = np.empty(2 * k, dtype=np.float64)
                vals[0::2] = rho * cos(theta)
                if m > 1:
                    vals[1::2] = rho * sin(theta)
            out[i:] = vals[:m]
            self._normal_x, self._normal_y, self._normal_rho = float(x[-1]), float(y[-1]), float(rho[-1])
            self._normal_valid = bool(m % 2)
        return out

    # -- tensor fills --------------------------------------------------------------------

    def fill_normal(self, out, mean=0.0, std=1.0):
        """``normal_(mean, std)`` / ``randn``: one Box-Muller draw per element, row-major."""
        _need_float(out, 'normal_')
        if out.size == 0:
            return out
        mean, std = float(mean), float(std)
        if not std > 0:
            raise _th_error(2, 'standard deviation must be strictly positive')
        z = self.normal(out.size)
        _store(out, z * std + mean)
        return out

    def fill_uniform(self, out, a=0.0, b=1.0):
        """``uniform_(a, b)`` / ``rand``: float32 uses 24-bit floats, float64 53-bit doubles."""
        dt = _need_float(out, 'uniform_')
        n = out.size
        if n == 0:
            return out
        if dt == np.float32:
            fa, fb = np.float32(a), np.float32(b)
            with np.errstate(all='ignore'):
                vals = self._uniform_float(n) * (fb - fa) + fa
        else:
            a, b = float(a), float(b)
            vals = self.uniform_double(n) * (b - a) + a
        _store(out, vals)
        return out

    def fill_random(self, out, low=None, high=None):
        """``random_()``, ``random_(to)``, ``random_(from, to)`` of 0.3.

        With one bound (either argument) it is ``to``: values ``r % to``.  With both,
        ``(r % (to - from)) + from`` computed in uint64 and converted to the element type,
        as the 0.3 binding did (so a negative ``from`` on a float array gives huge values,
        the 0.3 bug of pytorch issue #6338).  ``r`` is one raw 32-bit output per element.
        """
        dt = _need_th_type(out, 'random_')
        n = out.size
        if low is not None and high is None:
            low, high = None, low
        if high is None:
            vals = self._random_full(dt, n) if n else np.empty(0, np.uint64)
        elif low is None:
            to = _as_long(high)
            if not to > 0:
                raise _th_error(1, 'upper bound must be positive')
            vals = self.next_u32(n) % np.uint64(to)
        else:
            frm, to = _as_long(low), _as_long(high)
            if not to > frm:
                raise _th_error(2, 'upper bound must be greater than lower bound')
            span = np.uint64((to - frm) & _MASK64)
            vals = (self.next_u32(n) % span) + np.uint64(frm & _MASK64)
        if n:
            _store(out, vals)
        return out

    def _random_full(self, dt, n):
        """``THTensor_(random)``: the whole non-negative range of each type."""
        if dt == np.uint8:
            return self.next_u32(n) % np.uint64(256)
        if dt == np.int8:
            return self.next_u32(n) % np.uint64(128)
        if dt == np.int16:
            return self.next_u32(n) % np.uint64(1 << 15)
        if dt == np.int32:
            return self.next_u32(n) % np.uint64(1 << 31)
        if dt == np.int64:
            return self._random64(n) % np.uint64(1 << 63)
        if dt == np.float32:
            return self.next_u32(n) % np.uint64((1 << 24) + 1)
        return self._random64(n) % np.uint64((1 << 53) + 1)  # float64

    def fill_bernoulli(self, out, p=0.5):
        """``bernoulli_(p)``: element = (uniform_double <= p), p a float or an array."""
        _need_th_type(out, 'bernoulli_', extra=(np.dtype(bool),))
        n = out.size
        if n == 0:
            return out
        if _BERNOULLI_BITS and not isinstance(p, np.ndarray) and 0 <= float(p) <= 1:
            # one valid p: u = bits / 2**53 exactly, so u <= p is bits <= floor(p * 2**53)
            # (an exact product), compared on the integers without making u
            limit = np.uint64(math.floor(float(p) * float(1 << 53)))
            _store(out, (self._uniform_bits(n) <= limit).view(np.uint8))
            return out
        if isinstance(p, np.ndarray):
            pf = _pair_with(out.shape, p.astype(np.float64), 'p')
        else:
            pf = np.full(n, float(p))
        with np.errstate(invalid='ignore'):
            bad = ~((pf >= 0) & (pf <= 1))
        first_bad = int(np.argmax(bad)) if bad.any() else n
        if first_bad < n:
            # 0.3 checked p element by element: earlier elements were already drawn and written
            if first_bad:
                vals = (self.uniform_double(first_bad) <= pf[:first_bad]).astype(out.dtype)
                out[np.unravel_index(np.arange(first_bad), out.shape)] = vals
            raise _th_error(1, 'must be >= 0 and <= 1')
        vals = (self.uniform_double(n) <= pf).astype(np.uint8)
        _store(out, vals)
        return out

    def fill_exponential(self, out, lambd=1.0):
        """``exponential_(lambd)``: ``-1/lambd * log(1 - u)``, u a 53-bit double."""
        _need_float(out, 'exponential_')
        if out.size == 0:
            return out
        u = self.uniform_double(out.size)
        with np.errstate(all='ignore'):
            factor = np.float64(-1.0) / np.float64(lambd)
            vals = factor * _libm('log')(1.0 - u)
        _store(out, vals)
        return out

    def fill_cauchy(self, out, median=0.0, sigma=1.0):
        """``cauchy_(median, sigma)``: ``median + sigma * tan(pi * (u - 0.5))``."""
        _need_float(out, 'cauchy_')
        if out.size == 0:
            return out
        u = self.uniform_double(out.size)
        with np.errstate(all='ignore'):
            vals = float(median) + float(sigma) * _libm('tan')(math.pi * (u - 0.5))
        _store(out, vals)
        return out

    def fill_log_normal(self, out, mean=1.0, std=2.0):
        """``log_normal_(mean, std)``: ``exp(normal draw * std + mean)`` (shares the cache)."""
        _need_float(out, 'log_normal_')
        if out.size == 0:
            return out
        mean, std = float(mean), float(std)
        if not std > 0:
            raise _th_error(2, 'standard deviation must be strictly positive')
        z = self.normal(out.size)
        with np.errstate(all='ignore'):
            vals = _libm('exp')(z * std + mean)
        _store(out, vals)
        return out

    def fill_geometric(self, out, p):
        """``geometric_(p)``: ``(int)(log(1 - u) / log(p)) + 1`` (C int truncation)."""
        _need_th_type(out, 'geometric_')
        if out.size == 0:
            return out
        p = float(p)
        if not (p > 0 and p < 1):
            raise _th_error(1, 'must be > 0 and < 1')
        u = self.uniform_double(out.size)
        log = _libm('log')
        with np.errstate(all='ignore'):
            ratio = log(1.0 - u) / log(np.array([p]))[0]
            ok = np.isfinite(ratio) & (ratio < 2147483648.0) & (ratio > -2147483649.0)
            # x86 cvttsd2si gives INT_MIN for values that do not fit (C leaves it undefined)
            ints = np.where(ok, np.trunc(np.where(ok, ratio, 0.0)), -2147483648.0).astype(np.int64)
        # ``+ 1`` is int arithmetic: INT_MAX + 1 wraps to INT_MIN on the machines 0.3 ran on
        res = ((ints + 1 + (1 << 31)) % (1 << 32)) - (1 << 31)
        _store(out, res)
        return out

    # -- functions returning new arrays --------------------------------------------------

    def multinomial(self, probs, num_samples, replacement=False):
        """``torch.multinomial(probs, num_samples, replacement)`` (``THTensor_(multinomial)``).

        Per row: cumulative sums in double, divided by the total; per sample one 53-bit
        double ``u`` and a binary search for the first bucket with ``cum >= u`` (the last
        bucket forced to 1).  Without replacement the drawn bucket's mass is removed from
        the cumulative table and the table renormalised before the next sample.
        """
        probs = np.asarray(probs)
        if probs.ndim not in (1, 2):
            raise _th_error(2, 'prob_dist must be 1 or 2 dim')
        if not (np.issubdtype(probs.dtype, np.floating)):
            raise TypeError('multinomial is only defined for float32 and float64 arrays in 0.3, '
                            'got %s' % probs.dtype)
        n_sample = _as_long(num_samples)
        rows = probs.reshape(1, -1) if probs.ndim == 1 else probs
        n_dist, n_cat = rows.shape
        if not n_sample > 0:
            raise _th_error(2, 'cannot sample n_sample < 0 samples')
        if not replacement and n_sample > n_cat:
            raise _th_error(2, 'cannot sample n_sample > prob_dist:size(1) samples without '
                               'replacement')
        result = np.zeros((n_dist, n_sample), dtype=np.int64)
        for i in range(n_dist):
            if not (rows[i] >= 0).all():        # TH checks every entry (nan included)
                raise _th_error(2, 'invalid multinomial distribution (encountering probability '
                                   'entry < 0)')
            cum = np.add.accumulate(rows[i].astype(np.float64)) if n_cat else np.zeros(0)
            total = cum[-1] if n_cat else 0.0
            if not total > 0:
                raise _th_error(2, 'invalid multinomial distribution (sum of probabilities <= 0)')
            with np.errstate(all='ignore'):
                cum = cum / total
            if replacement:
                u = self.uniform_double(n_sample)
                cum[-1] = 1.0
                result[i] = _bucket_search(cum, u)
            else:
                for j in range(n_sample):
                    u = self.uniform_double(1)
                    cum[-1] = 1.0
                    idx = int(_bucket_search(cum, u)[0])
                    result[i, j] = idx
                    below = cum[idx - 1] if idx != 0 else 0.0
                    diff = cum[idx] - below
                    rest = 1.0 - diff
                    with np.errstate(all='ignore'):
                        cum[idx:] -= diff
                        cum /= rest
        return result[0] if probs.ndim == 1 else result

    def randperm(self, n):
        """``torch.randperm(n)``: identity, then for i in 0..n-2 swap i with i + r % (n - i)."""
        n = _as_long(n)
        if not n > 0:
            raise _th_error(1, 'must be strictly positive')
        offsets = (self.next_u32(n - 1) % np.arange(n, 1, -1, dtype=np.uint64)).tolist()
        perm = list(range(n))
        for i, z in enumerate(offsets):
            j = i + z
            perm[i], perm[j] = perm[j], perm[i]
        return np.array(perm, dtype=np.int64)

    def normal_tensor(self, means, stds=1.0):
        """``torch.normal(means, std)``, ``torch.normal(mean, stds)``, ``torch.normal(means, stds)``.

        0.3 filled the result with ``normal_(0, std)`` (tensor means) or ``normal_(0, 1)``
        (tensor stds) and then added/multiplied in the tensor's own type; the arithmetic
        happens here in the array argument's dtype (float32 stays float32) and the result
        is returned as float64 holding exactly those values, shaped like ``means`` (or like
        ``stds`` when only that is an array).
        """
        m_arr = isinstance(means, np.ndarray)
        s_arr = isinstance(stds, np.ndarray)
        if not (m_arr or s_arr):
            raise TypeError('normal_tensor needs means or stds (or both) as arrays')
        ref = means if m_arr else stds
        wd = np.dtype(np.float32) if ref.dtype == np.float32 else np.dtype(np.float64)
        n = ref.size
        if m_arr and not s_arr:
            std = float(stds)
            if n and not std > 0:
                raise _th_error(2, 'standard deviation must be strictly positive')
            z = (self.normal(n) * std + 0.0).astype(wd)
            res = z + means.reshape(-1).astype(wd)
        elif s_arr and not m_arr:
            z = (self.normal(n) * 1.0 + 0.0).astype(wd)
            res = z * stds.reshape(-1).astype(wd) + wd.type(float(means))
        else:
            if stds.size != means.size:
                raise RuntimeError('inconsistent tensor size: means has %d elements, std has %d'
                                   % (means.size, stds.size))
            z = (self.normal(n) * 1.0 + 0.0).astype(wd)
            res = z * stds.reshape(-1).astype(wd) + means.reshape(-1).astype(wd)
        return res.astype(np.float64).reshape(ref.shape)


def _bucket_search(cum, u):
    """First index k with ``cum[k] >= u`` by TH's binary search, for each u."""
    with np.errstate(invalid='ignore'):
        monotone = cum.size and not np.isnan(cum).any() and bool(np.all(cum[1:] >= cum[:-1]))
    if monotone:
        return np.searchsorted(cum, u, side='left').astype(np.int64)
    res = np.empty(len(u), dtype=np.int64)
    c = cum.tolist()
    for t, uu in enumerate(np.asarray(u).tolist()):
        lo, hi = 0, len(c)
        while hi - lo > 0:
            mid = lo + (hi - lo) // 2
            if c[mid] < uu:
                lo = mid + 1
            else:
                hi = mid
        res[t] = lo
    return res


#: The process-wide generator; like 0.3's it starts from a nondeterministic seed
#: (``THGenerator_new`` read 8 bytes of /dev/urandom) until ``manual_seed`` is called.
default_generator = Generator()


def generator_of(generator, fname):
    """The generator a random function draws from: its ``generator=`` argument (0.3.1's
    keyword-only ``torch.Generator generator``, default the global one).  ``torch.Generator``
    and ``torch.default_generator`` (random.py) name their engine by ``_legacy_generator``."""
    if generator is None:
        return default_generator
    if isinstance(generator, Generator):
        return generator
    inner = getattr(generator, '_legacy_generator', None)     # torch.Generator's engine
    if isinstance(inner, Generator):
        return inner
    raise TypeError("%s(): argument 'generator' must be torch.Generator, not %s"
                    % (fname, type(generator).__name__))


def manual_seed(seed):
    default_generator.manual_seed(seed)
    return default_generator


def initial_seed():
    return default_generator.initial_seed()


def seed():
    return default_generator.seed()


def get_rng_state():
    return default_generator.get_state()


def set_rng_state(state):
    default_generator.set_state(state)
