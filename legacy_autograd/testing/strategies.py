"""Sample inputs from hypothesis' own strategies.

:func:`case_strategy` turns an op's :class:`~legacy_autograd.testing.specs.Spec` into a
hypothesis strategy of :class:`~legacy_autograd.testing.specs.Case` values: shapes from
``hypothesis.extra.numpy.array_shapes`` / ``mutually_broadcastable_shapes``, arrays from
``hypothesis.extra.numpy.arrays`` with float elements bounded by the value domain, params from
``integers`` / ``sampled_from`` / ``permutations``.  The spec's shape and param functions
(``parity_samples.SHAPES``, ``p_*``) receive a :class:`Draw`, whose methods each draw from one
of those strategies.

:func:`derandomized_examples` collects the first examples of a strategy the way a derandomized
``@given`` test meets them (no database): the fixed cases of the suite and of the parity
report, identical on every run.  Hypothesis is a test dependency: it is imported only here,
when a case is drawn.
"""
import numpy as np

from .libs import samples_module
from .specs import Case, distinct, domain_of, domain_ok

__all__ = ['Draw', 'element_strategy', 'case_strategy', 'derandomized_examples']


def _st():
    from hypothesis import strategies as st
    return st


def _hnp():
    from hypothesis.extra import numpy as hnp
    return hnp


class Draw(object):
    """What a spec's shape and param functions call; every method draws from a strategy."""

    def __init__(self, draw, fd=False):
        self.draw = draw
        self.fd = fd

    def int(self, lo, hi):
        return self.draw(_st().integers(lo, hi))

    def bool(self):
        return self.draw(_st().booleans())

    def choice(self, seq):
        return self.draw(_st().sampled_from(list(seq)))

    def perm(self, n):
        return list(self.draw(_st().permutations(list(range(n)))))

    def shape(self, min_dims=1, max_dims=3, min_side=1, max_side=4):
        return tuple(self.draw(_hnp().array_shapes(min_dims=min_dims, max_dims=max_dims,
                                                   min_side=min_side, max_side=max_side)))

    def shapes(self, n, min_dims=1, max_dims=3, max_side=4):
        """``n`` mutually broadcastable shapes (dropped leading dims, size-1 dims)."""
        r = self.draw(_hnp().mutually_broadcastable_shapes(
            num_shapes=n, min_dims=min_dims, max_dims=max_dims, min_side=1, max_side=max_side))
        return [tuple(s) for s in r.input_shapes]

    def array(self, shape, dtype, domain, unique=False):
        dom = domain_of(domain, self.fd)
        dtype = np.dtype(dtype)
        a = self.draw(_hnp().arrays(dtype, tuple(shape), elements=element_strategy(dom, dtype),
                                    unique=unique))
        a = np.ascontiguousarray(a)
        if unique and self.fd and not distinct(a, True):
            self.reject()                     # finite differences need a spacing > fd_spacing()
        return a

    def reject(self):
        from hypothesis import reject
        reject()


def element_strategy(dom, dtype):
    """Floats of ``dtype`` inside the value domain ``dom`` (a dict, see ``parity_samples``)."""
    st = _st()
    if 'values' in dom:
        return st.sampled_from([float(v) for v in dom['values']])
    lo, hi = float(dom['lo']), float(dom['hi'])
    width = 32 if dtype == np.float32 else 64
    if width == 32:
        # the nearest float32 bounds inside [lo, hi]; compared as Python floats (numpy 2
        # compares a float32 with a Python float in float32, where 0.3f > 0.3 is False)
        lo32, hi32 = np.float32(lo), np.float32(hi)
        if float(lo32) < lo:
            lo32 = np.nextafter(lo32, np.float32(np.inf))
        if float(hi32) > hi:
            hi32 = np.nextafter(hi32, np.float32(-np.inf))
        lo, hi = float(lo32), float(hi32)
    ex = bool(dom.get('open'))
    s = st.floats(lo, hi, width=width, allow_nan=False, allow_infinity=False, allow_subnormal=False,
                  exclude_min=ex, exclude_max=ex)
    if dom.get('avoid'):
        s = s.filter(lambda v: bool(domain_ok(np.asarray([v], dtype=dtype), dom)[0]))
    return s


def _resolve_params(spec, r, shapes):
    p = spec.params
    if p is None:
        return {}
    if callable(p):
        return dict(p(r, shapes))
    out = {}
    for k, v in p.items():
        out[k] = r.choice(v) if isinstance(v, list) else v
    return out


def _domains_for(domain, params, n, r):
    d = domain(params) if callable(domain) else domain
    if isinstance(d, list):                  # alternatives: one per draw
        d = r.choice(d)
    if isinstance(d, tuple):
        if len(d) != n:
            raise ValueError('domain tuple has %d entries for %d inputs' % (len(d), n))
        return list(d)
    return [d] * n


def _shapes_for(spec, r):
    kind = spec.inputs
    if callable(kind):
        got = kind(r)
    else:
        kinds = samples_module().SHAPES
        if kind not in kinds:
            raise KeyError('unknown input kind %r (parity_samples.SHAPES)' % kind)
        got = kinds[kind](r)
    if isinstance(got, tuple) and len(got) == 2 and isinstance(got[1], dict):
        return list(got[0]), dict(got[1])
    return list(got), {}


def draw_case(spec, dtype, r, label='drawn', domain_override=None, fd_filter=None):
    """One :class:`Case` of ``spec`` drawn with the :class:`Draw` ``r``."""
    shapes, fixed = _shapes_for(spec, r)
    params = dict(fixed)
    params.update(_resolve_params(spec, r, shapes))
    domains = _domains_for(domain_override if domain_override is not None else spec.domain,
                           params, len(shapes), r)
    arrays = [r.array(s, dtype, d, spec.unique) for s, d in zip(shapes, domains)]
    if spec.valid is not None and not spec.valid(arrays, params):
        r.reject()
    if fd_filter is not None and not fd_filter(arrays, params):
        r.reject()
    return Case(spec.name, dtype, arrays, params, label, nan_ok=spec.nan_ok)


def case_strategy(spec, dtype, label='drawn', fd=False, domain_override=None, fd_filter=None):
    """A hypothesis strategy of :class:`Case` values of ``spec`` in ``dtype``."""
    st = _st()

    @st.composite
    def cases(draw):
        return draw_case(spec, np.dtype(dtype), Draw(draw, fd), label, domain_override, fd_filter)
    return cases()


def derandomized_examples(strategy, n):
    """``n`` distinct examples of ``strategy`` from a derandomized, database-less ``@given``
    run (fewer when the strategy has fewer), deterministic.  The run's first example, the
    simplest one hypothesis can build (size-1 shapes, values like 0.0), is left out when others
    exist: a spec's ``n`` samples are meant to tell wrong formulas apart."""
    from hypothesis import HealthCheck, Phase, given, settings
    found = []
    seen = set()

    @settings(max_examples=n + 2, derandomize=True, database=None, deadline=None,
              phases=[Phase.generate], suppress_health_check=list(HealthCheck), print_blob=False)
    @given(strategy)
    def collect(case):
        if len(found) > n:
            return
        key = repr([a.tolist() for a in case.arrays]) + repr(sorted(
            (k, repr(v)) for k, v in case.params.items()))
        if key not in seen:
            seen.add(key)
            found.append(case)

    with _without_local_constants():
        collect()
    return found[1:n + 1] if len(found) > n else found[:n]


class _without_local_constants(object):
    """Hypothesis (>= 6.131) also draws, now and then, numbers it found in the source of the
    "local" modules already imported (``providers._get_local_constants``): which modules that
    is depends on what ran before in the process (test files, lazily imported submodules,
    an editable install or not), so the fixed cases would too.  While the fixed cases are
    drawn, the local pool is empty and the constant cache is cleared on entry and exit; the
    global pool (0.0, inf, nan, ...) is kept.  Older hypothesis has no pool: nothing to do.
    ``test_parity_meta`` imports a module full of constants and checks the cases stay the
    same, so a hypothesis that moves this internal fails there, not silently."""

    def __enter__(self):
        try:
            from hypothesis.internal.conjecture import providers
            from hypothesis.internal.constants_ast import Constants
        except ImportError:                    # pragma: no cover - hypothesis without the pool
            self.mod = None
            return self
        self.mod = providers
        self.saved = providers._get_local_constants
        empty = Constants()
        providers._get_local_constants = lambda: empty
        providers.CONSTANTS_CACHE.cache.clear()
        return self

    def __exit__(self, *exc):
        if self.mod is not None:
            self.mod._get_local_constants = self.saved
            self.mod.CONSTANTS_CACHE.cache.clear()
        return False

