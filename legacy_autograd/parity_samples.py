"""Sample-input specifications for the parity suite, one entry per registry op.

This is data: for each op name in ``legacy_autograd.ops.registry.OPS`` that does not declare
``samples=`` itself, :data:`SPECS` says which inputs to build (shapes, value domains, params),
how to call it when the plain ``dispatch.call(op, ...)`` is not the 0.3 path (``legacy=``),
and which checks do not apply (with the reason).  The keys are documented in
:class:`legacy_autograd.testing.Spec`; ``docs/parity.md`` explains how to add an entry.

Building blocks:

* :data:`DOMAINS` -- named value domains (bounds, excluded neighbourhoods, the safer range
  used by the finite-difference check under ``fd``);
* :data:`SHAPES` -- named input-shape kinds, functions of a drawer ``r``
  (:class:`legacy_autograd.testing.strategies.Draw`: each of its methods draws from a
  hypothesis strategy, for the property tests and, derandomized, for the fixed cases); a kind
  may return ``(shapes, params)``;
* the small ``p_*`` functions -- params that depend on the drawn shapes (dims, keys, indices).

Every ``modern=`` written here (not in the registry) is marked ``# MODERN (not in registry)``;
none is needed at the moment.
"""
import numpy as np

INF = float('inf')

# ============================================================================ domains
#: name -> dict(lo, hi, open=exclude the bounds, avoid=[(rule, margin)], values=[discrete],
#: fd=override for the float64 finite-difference sample).  Rules: 'zero' |x| >= m, 'tiny'
#: x = 0 or |x| >= m, 'int' / 'half' at least m from integers / half-integers, 'nonpos_int' at
#: least m from 0, -1, -2 ...
DOMAINS = {
    'real': dict(lo=-2.0, hi=2.0),
    'wide': dict(lo=-10.0, hi=10.0),
    'mid': dict(lo=-4.0, hi=4.0),
    # log / sqrt / rsqrt of small positives (hypothesis favours the lower bound)
    'pos': dict(lo=1e-6, hi=4.0, fd=dict(lo=0.2)),
    'pos1': dict(lo=0.5, hi=2.0),
    'nonzero': dict(lo=-2.0, hi=2.0, avoid=[('zero', 0.1)]),
    # prod / cumprod: exact zeros (the interesting case) but no magnitudes below 0.25.  The
    # division-based gradient formulas (modern prod, both libraries' cumprod without zeros)
    # differentiate grad * result / x, whose second derivative cancels two terms of size
    # ~x_other / x: with x = 1e-16 every digit is lost (hypothesis found prod_dim([1e-16])
    # grad-of-grad legacy 0 vs modern 1.3e8 in float32, and cumprod([0.22, 5.8e-154]) legacy 0
    # vs modern -5.8e135 where the exact value is w0 * g1, of order 1: neither library is
    # right there).  Products of up to 64 factors in [0.25, 2] stay far from float32
    # under/overflow.
    'noncancel': dict(lo=-2.0, hi=2.0, avoid=[('tiny', 0.25)], fd=dict(avoid=[('zero', 0.25)])),
    # asin / acos / erfinv: the open interval, right up to +-1
    'unit': dict(lo=-1.0, hi=1.0, open=True, fd=dict(lo=-0.9, hi=0.9)),
    # log1p: above -1
    'gt_m1': dict(lo=-1.0, hi=3.0, open=True, fd=dict(lo=-0.8)),
    'tan': dict(lo=-1.4, hi=1.4, fd=dict(lo=-1.2, hi=1.2)),
    # floor / ceil / round / trunc / frac: away from the jumps (integers, and halves for round)
    'nonint': dict(lo=-3.0, hi=3.0, avoid=[('int', 0.01), ('half', 0.01)]),
    # lgamma: positive and negative arguments, away from the poles 0, -1, -2, ...
    'lgamma': dict(lo=-3.9, hi=6.0, avoid=[('nonpos_int', 0.05)], fd=dict(lo=-2.9)),
    # discrete values: ties for mode, equalities for comparisons
    'small_int': dict(values=[-1.0, 0.0, 1.0, 2.0]),
    'halves': dict(values=[-1.0, -0.5, 0.0, 0.5, 1.0]),
    'int_exp': dict(values=[-2.0, -1.0, 0.0, 1.0, 2.0, 3.0]),
}


# ============================================================================ shape kinds
def _mm(r):
    n, k, m = r.int(1, 4), r.int(1, 4), r.int(1, 4)
    return [(n, k), (k, m)]


def _addmm(r):
    n, k, m = r.int(1, 4), r.int(1, 4), r.int(1, 4)
    c = r.choice([(n, m), (m,), (1, m), (n, 1)])
    return [c, (n, k), (k, m)]


def _mv(r):
    n, k = r.int(1, 4), r.int(1, 4)
    return [(n, k), (k,)]


def _dot(r):
    s = r.shape(1, 2)
    n = int(np.prod(s))
    return [s, r.choice([s, (n,)])]


def _bmm(r):
    b, n, k, m = r.int(1, 3), r.int(1, 3), r.int(1, 4), r.int(1, 3)
    return [(b, n, k), (b, k, m)]


def _cat(r):
    base = list(r.shape(1, 3))
    d = r.int(0, len(base) - 1)
    shapes = []
    for _ in range(r.int(2, 3)):
        s = list(base)
        s[d] = r.int(1, 3)
        shapes.append(tuple(s))
    return shapes, {'dim': d}


def _inplace2(r):
    """(self, other): ``other`` broadcasts into ``self``'s shape (in-place ops)."""
    s = r.shape()
    k = r.int(1, len(s))
    t = tuple(1 if r.bool() else n for n in s[len(s) - k:])
    return [s, t]


def _with_ones(r):
    """A shape with at least one size-1 dim (squeeze)."""
    s = list(r.shape(1, 3))
    s[r.int(0, len(s) - 1)] = 1
    return [tuple(s)]


def _addmv(r):
    n, k = r.int(1, 4), r.int(1, 4)
    return [r.choice([(n,), (1,)]), (n, k), (k,)]


def _addr(r):
    n, m = r.int(1, 4), r.int(1, 4)
    return [r.choice([(n, m), (m,), (1, m), (n, 1)]), (n,), (m,)]


def _addbmm(r):
    b, n, k, m = r.int(1, 3), r.int(1, 3), r.int(1, 4), r.int(1, 3)
    return [r.choice([(n, m), (m,), (1, m)]), (b, n, k), (b, k, m)]


def _baddbmm(r):
    b, n, k, m = r.int(1, 3), r.int(1, 3), r.int(1, 4), r.int(1, 3)
    return [r.choice([(b, n, m), (n, m), (1, n, 1)]), (b, n, k), (b, k, m)]


def _ger(r):
    return [(r.int(1, 4),), (r.int(1, 4),)]


def _cross(r):
    s = list(r.shape(1, 3))
    d = r.int(0, len(s) - 1)
    s[d] = 3
    return [tuple(s)] * 2, {'dim': d}


SHAPES = {
    'one': lambda r: [r.shape()],
    'bcast2': lambda r: r.shapes(2),
    'bcast3': lambda r: r.shapes(3),
    'same2': lambda r: [r.shape()] * 2,
    'inplace2': _inplace2,
    'matrix': lambda r: [r.shape(2, 2)],
    'vec_or_mat': lambda r: [r.shape(1, 2)],
    'with_ones': _with_ones,
    'mm': _mm,
    'addmm': _addmm,
    'mv': _mv,
    'dot': _dot,
    'bmm': _bmm,
    'cat': _cat,
    'addmv': _addmv,
    'addr': _addr,
    'addbmm': _addbmm,
    'baddbmm': _baddbmm,
    'ger': _ger,
    'cross': _cross,
}


# ============================================================================ params
def _nd(shapes):
    return len(shapes[0])


def p_dim(r, shapes):
    return {'dim': r.int(0, _nd(shapes) - 1)}


def p_dim_keepdim(r, shapes):
    return {'dim': r.int(0, _nd(shapes) - 1), 'keepdim': r.bool()}


def p_var(r, shapes):
    dim = r.choice([None, r.int(0, _nd(shapes) - 1)])
    return {'dim': dim, 'keepdim': r.bool() if dim is not None else False, 'unbiased': r.bool()}


def p_norm_dim(r, shapes):
    d = p_dim_keepdim(r, shapes)
    d['p'] = r.choice([2.0, 1.0, 3.0, 0.5, INF])
    return d


def p_kth(r, shapes):
    d = p_dim_keepdim(r, shapes)
    d['k'] = r.int(1, shapes[0][d['dim']])
    return d


def p_sort(r, shapes):
    return {'dim': r.int(0, _nd(shapes) - 1), 'descending': r.bool()}


def p_topk(r, shapes):
    d = r.int(0, _nd(shapes) - 1)
    return {'dim': d, 'k': r.int(1, shapes[0][d]), 'largest': r.bool(), 'sorted': True}


def p_view(r, shapes):
    s = shapes[0]
    n = int(np.prod(s))
    return {'shape': r.choice([(n,), tuple(reversed(s)), (1, n), s + (1,)])}


def p_expand(r, shapes):
    s = shapes[0]
    out = tuple(r.int(2, 3) if n == 1 and r.bool() else n for n in s)
    if r.bool():
        out = (r.int(1, 3),) + out
    return {'shape': out}


def p_transpose(r, shapes):
    nd = _nd(shapes)
    return {'dim0': r.int(0, nd - 1), 'dim1': r.int(0, nd - 1)}


def p_unsqueeze(r, shapes):
    return {'dim': r.int(0, _nd(shapes))}


def p_permute(r, shapes):
    return {'dims': tuple(r.perm(_nd(shapes)))}


def p_narrow(r, shapes):
    s = shapes[0]
    d = r.int(0, len(s) - 1)
    start = r.int(0, s[d] - 1)
    return {'dim': d, 'start': start, 'length': r.int(1, s[d] - start)}


def p_unnarrow(r, shapes):
    s = shapes[0]
    d = r.int(0, len(s) - 1)
    offset = r.int(0, 3)
    return {'dim': d, 'offset': offset, 'dim_size': s[d] + offset + r.int(0, 3)}


def p_select(r, shapes):
    s = shapes[0]
    d = r.int(0, len(s) - 1)
    i = r.int(0, s[d] - 1)
    key = (slice(i, i + 1),) if len(s) == 1 else (slice(None),) * d + (i,)
    return {'key': key}


def p_unfold(r, shapes):
    s = shapes[0]
    d = r.int(0, len(s) - 1)
    return {'dim': d, 'size': r.int(1, s[d]), 'step': r.int(1, 3)}


def p_repeat(r, shapes):
    nd = _nd(shapes)
    return {'repeats': tuple(r.int(1, 3) for _ in range(nd + r.int(0, 1)))}


def p_diag(r, shapes):
    s = shapes[0]
    if len(s) == 1:
        return {'diagonal': r.int(-2, 2)}
    return {'diagonal': r.int(-(s[0] - 1), s[1] - 1)}


def p_tri(r, shapes):
    return {'diagonal': r.int(-2, 2)}


def p_clamp(r, shapes):
    lo = r.choice([-1.0, -0.5, 0.0])
    return {'min': lo, 'max': lo + r.choice([0.5, 1.0, 1.5])}


def _ints(r, shape, hi, lo=0):
    n = int(np.prod(shape)) if shape else 1
    return np.asarray([r.int(lo, hi) for _ in range(n)], dtype=np.int64).reshape(shape)


def _mask(r, shape):
    n = int(np.prod(shape)) if shape else 1
    return np.asarray([r.bool() for _ in range(n)], dtype=bool).reshape(shape)


def p_index_view(r, shapes):
    s = shapes[0]
    keys = [(slice(None, None, 2),), (0,), (slice(1, None),), (Ellipsis, s[-1] - 1)]
    if len(s) >= 2:
        keys += [(slice(None), s[1] - 1), (0, slice(None, None, 2))]
    return {'key': r.choice(keys)}


def p_index_adv(r, shapes):
    s = shapes[0]
    m = r.int(1, 4)
    first = _ints(r, (m,), s[0] - 1)
    keys = [(first,)]
    if len(s) >= 2:
        keys += [(slice(None), _ints(r, (m,), s[1] - 1)), (first, _ints(r, (m,), s[1] - 1))]
    return {'key': r.choice(keys)}


def p_index_select(r, shapes):
    s = shapes[0]
    d = r.int(0, len(s) - 1)
    return {'dim': d, 'index': _ints(r, (r.int(1, 4),), s[d] - 1)}


def p_getitem_long(r, shapes):
    return {'dim': 0, 'index': _ints(r, (r.int(1, 4),), shapes[0][0] - 1)}


def p_mask_same(r, shapes):
    return {'mask': _mask(r, shapes[0])}


def p_mask_bcast(r, shapes):
    s = shapes[0]
    k = r.int(1, len(s))
    return {'mask': _mask(r, tuple(1 if r.bool() else n for n in s[len(s) - k:]))}


def p_masked_fill(r, shapes):
    return {'mask': _mask(r, shapes[0]), 'value': r.choice([1.5, -2.0])}


def _masked_scatter(r):
    s = r.shape()
    mask = _mask(r, s)
    n = int(np.prod(s))
    src = r.choice([s, (n + r.int(0, 2),)])
    return [s, src], {'mask': mask}


def _index_source(unique):
    def build(r):
        s = r.shape()
        d = r.int(0, len(s) - 1)
        if unique:
            m = r.int(1, s[d])
            idx = np.asarray(r.perm(s[d])[:m], dtype=np.int64)
        else:
            m = r.int(1, 4)
            idx = _ints(r, (m,), s[d] - 1)
        src = tuple(m if i == d else n for i, n in enumerate(s))
        return [s, src], {'dim': d, 'index': idx}
    return build


def p_index_fill(r, shapes):
    p = p_index_select(r, shapes)
    p['value'] = r.choice([1.5, -2.0])
    return p


def p_gather(r, shapes):
    s = shapes[0]
    d = r.int(0, len(s) - 1)
    ishape = tuple(r.int(1, 4) if i == d else r.int(1, n) for i, n in enumerate(s))
    return {'dim': d, 'index': _ints(r, ishape, s[d] - 1)}


def _scatter_index(r, s, d, unique):
    """An index for scatter into shape ``s`` along ``d``; unique along ``d`` when asked."""
    m = r.int(1, s[d])
    ishape = tuple(m if i == d else r.int(1, n) for i, n in enumerate(s))
    if not unique:
        return _ints(r, ishape, s[d] - 1)
    moved = (ishape[d],) + tuple(n for i, n in enumerate(ishape) if i != d)
    cols = int(np.prod(moved[1:])) if len(moved) > 1 else 1
    idx = np.empty((m, cols), dtype=np.int64)
    for c in range(cols):
        idx[:, c] = r.perm(s[d])[:m]
    return np.moveaxis(idx.reshape(moved), 0, d).copy()


def _scatter(unique):
    def build(r):
        s = r.shape()
        d = r.int(0, len(s) - 1)
        idx = _scatter_index(r, s, d, unique)
        # src has the index's shape: modern torch's scatter backward cannot handle a larger
        # src ("ScatterBackward0 returned an invalid gradient ... got [1] but expected shape
        # compatible with [2]"), which 0.3 and legacy_autograd accept
        return [s, idx.shape], {'dim': d, 'index': idx}
    return build


def p_scatter_value(r, shapes):
    s = shapes[0]
    d = r.int(0, len(s) - 1)
    return {'dim': d, 'index': _scatter_index(r, s, d, True), 'value': r.choice([1.5, -2.0])}


def p_take(r, shapes):
    n = int(np.prod(shapes[0]))
    return {'index': _ints(r, r.shape(1, 2, 1, 3), n - 1, lo=-n)}


def _put(r):
    s = r.shape()
    n = int(np.prod(s))
    acc = r.bool()
    if acc:
        idx = _ints(r, (r.int(1, 5),), n - 1)
    else:
        idx = np.asarray(r.perm(n)[:r.int(1, n)], dtype=np.int64)
    return [s, (idx.size,)], {'index': idx, 'accumulate': acc}


def p_pow_domain(params):
    e = params['exponent']
    if e != int(e):
        return 'pos'
    return 'nonzero' if e < 0 else 'real'


# ============================================================================ helpers for data
def _no_ties(arrays, params):
    a, b = np.broadcast_arrays(*arrays[:2])
    return bool(np.all(a != b))


def _no_zero_exponent(arrays, params):
    """pow: no exponent exactly 0 (modern torch special-cases it, see the edge's xfail)."""
    return bool(np.all(arrays[1] != 0))


def _not_all_equal(arrays, params):
    """dist: a zero distance is the documented 0.3 difference (edge case with its xfail).
    Distances below 1e-6 are left out too: there the second derivative is a difference of
    terms of size 1/distance (1e8 and more) whose exact value is 0 for one element, and both
    libraries return rounding noise of different size around it (e.g. 3.7e-9 vs 0.0 for
    points 1e-8 apart), which no fixed absolute tolerance can judge."""
    a, b = np.broadcast_arrays(*arrays[:2])
    return bool(np.any(a != b)) and float(np.max(np.abs(a - b))) > 1e-6


def _apart(margin):
    def ok(arrays, params):
        a, b = np.broadcast_arrays(*arrays[:2])
        return bool(np.all(np.abs(a - b) > margin))
    return ok


def _ratio_nonint(arrays, params):
    a = arrays[0]
    b = arrays[1] if len(arrays) > 1 else params['other']
    q = np.asarray(a / b, dtype=np.float64)
    return bool(np.all(np.abs(q - np.round(q)) > 1e-3))


def _away_from_bounds(arrays, params):
    x = arrays[0]
    for k in ('min', 'max'):
        if params.get(k) is not None and np.any(np.abs(x - params[k]) < 1e-3):
            return False
    return True


def _abs_distinct(arrays, params):
    a = np.sort(np.abs(arrays[0]).reshape(-1))
    return a.size < 2 or bool(np.diff(a).min() > 1e-4)


def _dof_positive(arrays, params):
    """var/std: at least one degree of freedom (n - unbiased > 0)."""
    shape = arrays[0].shape
    n = int(np.prod(shape)) if params['dim'] is None else shape[params['dim']]
    return n - int(params['unbiased']) > 0


def _spread_positive(arrays, params):
    """std: every reduced slice has a spread (std > 0) and a degree of freedom."""
    if not _dof_positive(arrays, params):
        return False
    a = arrays[0].astype(np.float64)
    d = params['dim']
    spread = np.ptp(a) if d is None else np.ptp(a, axis=d)
    return bool(np.all(spread > 1e-3))


_TIED_EXTREME = ('0.3 semantics (select_backward_scalar): with tied extremes every tied element '
                 'gets the full gradient; modern torch splits it evenly')

_ZERO_NORM = ('0.3 semantics: norm_backward returns a zero subgradient at a zero norm, and that '
              'zero stays zero when differentiated again; modern torch gives nan for the '
              'grad-of-grad there')

_ZERO_STD = ('0.3 semantics: std was sqrt(var) composed in Python, so at zero spread '
             'SqrtBackward divides by 2 * std = 0 and the gradient is nan; modern torch masks '
             'it to 0')

_ONE_SAMPLE = ('undefined case n - 1 = 0 (unbiased var of one element): value and gradient are '
               'nan on both sides; legacy keeps nan for the second derivative too, like 0.3\'s '
               'composed (x - mean)^2 / (n - 1); modern torch returns 0 there')

_ZERO_EDGES = [dict(arrays=[[1.5, 0.0, -2.0, 0.5]]), dict(arrays=[[[0.0, 2.0], [0.0, -3.0]]])]


def _cmp_entries(name):
    """The four comparison ops of ``name`` (eq, ne, ...): ByteTensor results through the
    front-ends (``dispatch.call`` alone would keep the input type); in place on a clone."""
    # out of place: 0.3.1 records them with a zero gradient, modern torch's results do not
    # require grad, so there is no gradient to compare (test_comparison checks the zeros)
    no_grad = ('0.3.1 records comparisons with a zero gradient; modern torch results do not '
               'require grad (the zeros are checked in test_comparison.py)')
    return {
        name + '_scalar': dict(domain='halves', params={'other': [0.5, 0.0, -1.0]},
                               grad=no_grad, gradgrad=no_grad, fd=no_grad,
                               legacy=lambda L, a, other: getattr(L, name)(a, other)),
        name: dict(inputs='bcast2', domain='halves', grad=no_grad, gradgrad=no_grad, fd=no_grad,
                   legacy=lambda L, a, b: getattr(L, name)(a, b)),
        # in place: recorded with a zero gradient; the finite differences need values away
        # from the steps (the scalars are integers and halves)
        name + '_scalar_': dict(domain='halves', params={'other': [0.5, 0.0, -1.0]},
                                fd_domain='nonint',
                                legacy=lambda L, a, other: getattr(a.clone(), name + '_')(other)),
        name + '_': dict(inputs='inplace2', domain='halves', fd_domain='real',
                         fd_filter=_apart(1e-3),
                         legacy=lambda L, a, b: getattr(a.clone(), name + '_')(b)),
    }


# ============================================================================ the specs
# ============================================================================ linear algebra
# Fixed, well-conditioned matrices for the LAPACK ops (explicit ``cases=``: random draws would
# be singular or ill-conditioned now and then, and a factorisation's outputs are only unique
# for such inputs).
_SPD3 = [[4.0, 1.0, 0.5], [1.0, 3.0, 0.2], [0.5, 0.2, 2.0]]
_SPD2 = [[2.0, -0.6], [-0.6, 1.5]]
_INV3 = [[2.0, -1.0, 0.5], [0.3, 1.5, -0.7], [1.0, 0.2, 3.0]]
_INV2 = [[0.5, 1.25], [-1.5, 0.75]]
_TALL = [[1.0, 2.0], [3.0, -1.0], [0.5, 4.0], [-2.0, 1.0]]
_WIDE = [[1.0, -2.0, 0.5, 3.0], [2.5, 1.0, -1.0, 0.5]]
#: distinct eigenvalues (symmetric: well separated, so the eigenvector signs are the only
#: ambiguity, made deterministic by the package's canonical signs on both sides)
_SYM3 = [[2.0, 0.5, -0.3], [0.5, -1.0, 0.8], [-0.3, 0.8, 0.5]]
#: real, distinct eigenvalues.  The order of geev's eigenvalues is not specified and differs
#: between LAPACK builds (numpy's and torch's gave [-1.12, 3.10, 1.52] vs [3.10, -1.12, 1.52]
#: for a perturbed triangular matrix); for a triangular matrix both keep the diagonal order
_EIG3 = [[3.0, 1.0, 0.5], [0.0, -1.0, 0.7], [0.0, 0.0, 1.5]]
#: a non-symmetric matrix: symeig must read only the triangle it is told to
_ASYM3 = [[3.0, 1.0, 0.5], [0.2, -1.0, 0.7], [0.1, 0.3, 1.5]]
#: a complex pair: 0.3's packed (real part, imaginary part) eigenvector columns
_EIG2C = [[1.0, -2.0], [3.0, 0.5]]
_B3 = [[1.0, -0.5], [2.0, 0.25], [-1.5, 3.0]]
_B2 = [[0.75], [-1.25]]


def _chol_upper(a):
    return np.linalg.cholesky(np.asarray(a, dtype=np.float64)).T.tolist()


def _chol_lower(a):
    return np.linalg.cholesky(np.asarray(a, dtype=np.float64)).tolist()


def _sym(x):
    return (x + x.t()) * 0.5


_NO_DERIVATIVE = ("0.3.1 has no derivative for %s: its backward raises 0.3's \"the derivative "
                  "for '%s' is not implemented\" (checked by "
                  'compat_tests/test_parity_no_derivative.py), so there is no gradient to '
                  'compare with modern torch')


def _no_derivative(name):
    return _NO_DERIVATIVE % (name, name)


def _modern_geqrf_h(torch, a):
    return torch.geqrf(a)


def _modern_gels(torch, b, a):
    """0.3 gels: (X, packed QR); for m >= n the rows n.. of X hold Q^T b's tail (the
    residual information), for m < n X is the minimum-norm solution (n rows)."""
    h, tau = torch.geqrf(a)
    m, n = a.shape
    if m >= n:
        x = torch.linalg.lstsq(a, b).solution
        tail = torch.ormqr(h, tau, b, left=True, transpose=True)[n:]
        return torch.cat([x, tail]), h
    return torch.linalg.pinv(a) @ b, h


def _modern_trtrs(torch, b, a, upper, transpose, unitriangular):
    t = a.triu() if upper else a.tril()
    if unitriangular:
        t = t - torch.diag(t.diagonal()) + torch.eye(t.shape[0], dtype=t.dtype)
    if transpose:
        t = t.t()
    return torch.linalg.solve(t, b), a


def _modern_symeig(torch, a, eigenvectors, upper):
    from .ops import lapack
    a2 = a.triu() + a.triu(1).t() if upper else a.tril() + a.tril(-1).t()
    if eigenvectors:
        return lapack._modern_eigh(torch, a2)
    return torch.linalg.eigvalsh(a2), a


def _modern_eig(torch, a, eigenvectors):
    from .ops import lapack
    w, v = torch.linalg.eig(a)
    e = torch.view_as_real(w)
    if not eigenvectors:
        return e, torch.zeros(0, dtype=a.dtype)
    # LAPACK's real packed form: a complex pair (j, j+1) stores Re v_j, Im v_j.  LAPACK
    # normalises each complex eigenvector so that its largest component is real; torch's
    # eig uses the same LAPACK routine (geev), so its complex vectors carry that phase too.
    cols = []
    j = 0
    n = a.shape[0]
    while j < n:
        if float(w[j].imag) != 0 and j + 1 < n:
            cols += [v[:, j].real, v[:, j].imag]
            j += 2
        else:
            cols.append(v[:, j].real)
            j += 1
    return e, lapack._modern_canonical(torch, torch.stack(cols, 1))[0]


def _modern_svd(torch, a, some):
    from .ops import lapack
    u, s, vh = torch.linalg.svd(a, full_matrices=not some)
    u, v = lapack._modern_canonical(torch, u, vh.t())
    return u, s, v


def _modern_potrs(torch, b, u, upper):
    return torch.cholesky_solve(b, u.triu() if upper else u.tril(), upper=upper)


def _modern_potri(torch, u, upper):
    return torch.cholesky_inverse(u.triu() if upper else u.tril(), upper=upper)


def _modern_pstrf(torch, a, upper, tol):
    from .ops import lapack
    u, piv = lapack._modern_pstrf(torch, a)
    return (u if upper else u.t()), piv


def _modern_qr(torch, a):
    return torch.linalg.qr(a)


def _modern_orgqr(torch, a):
    h, tau = torch.geqrf(a)
    return torch.linalg.householder_product(h, tau), h


def _modern_ormqr(torch, a, c, left, transpose):
    h, tau = torch.geqrf(a)
    return torch.ormqr(h, tau, c, left, transpose), h


def _modern_btrifact(torch, a, pivot):
    return torch.linalg.lu_factor(a, pivot=pivot)


def _modern_btrisolve(torch, b, a):
    lu, piv = torch.linalg.lu_factor(a)
    return torch.linalg.lu_solve(lu, piv, b.unsqueeze(-1)).squeeze(-1)


def _off_bin_edges(arrays, params):
    """No value within 1e-3 bins of a bin boundary: 0.3 (TH) computes the bin as
    ``(x - min) / (max - min) * bins`` and modern torch as ``(x - min) * bins / (max - min)``,
    which round an exact boundary (e.g. x = -0.5 in 5 bins of [-1.7, 1.3]) to different bins."""
    lo, hi, bins = params['min'], params['max'], params['bins']
    if lo == hi:
        return True
    t = (np.asarray(arrays[0], dtype=np.float64) - lo) / (hi - lo) * bins
    return bool(np.all(np.abs(t - np.round(t)) > 1e-3))


def p_resize(r, shapes):
    s = shapes[0]
    n = int(np.prod(s))
    return {'sizes': r.choice([(n,), tuple(reversed(s)), (1, n), s + (1,)])}


SPECS = {
    # ------------------------------------------------------------------ arithmetic
    'add_scalar': dict(params={'other': [2.5, -1.0, 0.0]}),
    'add': dict(inputs='bcast2', n=3),
    'add_alpha': dict(inputs='bcast2', params={'alpha': [0.5, -2.0]}),
    'sub_scalar': dict(params={'other': [2.5, -1.0]}),
    'sub': dict(inputs='bcast2', n=3),
    'sub_alpha': dict(inputs='bcast2', params={'alpha': [0.5, -2.0]}),
    'mul_scalar': dict(params={'other': [2.5, -1.0, 0.0]}),
    'mul': dict(inputs='bcast2', n=3),
    'div_scalar': dict(params={'other': [2.5, -0.5, 1e-3]}),
    'div': dict(inputs='bcast2', domain=('real', 'nonzero'), n=3,
                edges=[dict(arrays=[[1.0, -1.0, 0.0], [1e-6, -1e-6, 2.0]])]),
    'neg': dict(),
    'reciprocal': dict(domain='nonzero', edges=[dict(arrays=[[1e-6, -1e-6, 3.0]])]),
    'pow_scalar': dict(
        params={'exponent': [2.0, 3.0, -1.0, -2.0, 0.0, 1.0, 0.5, 1.5, -0.5]}, domain=p_pow_domain,
        n=4,
        edges=[dict(arrays=[[-2.0, -0.5, 0.5, 3.0]], params={'exponent': 3.0}),    # negative bases
               dict(arrays=[[-2.0, -0.5, 0.5, 3.0]], params={'exponent': -2.0}),
               dict(arrays=[[1e-6, 0.25, 4.0]], params={'exponent': 0.5}),          # sqrt near 0
               dict(arrays=[[0.0, 1.0, -1.0]], params={'exponent': 2.0})]),
    'pow': dict(
        # positive bases with real exponents, or any nonzero base with integer exponents
        inputs='bcast2', domain=[('pos', 'real'), ('nonzero', 'int_exp')], n=4,
        fd_domain=('pos1', 'real'), valid=_no_zero_exponent,
        nan_ok='a negative base (integer exponents) makes d/dexponent = x^y log(x) nan in both '
               'libraries (0.3 and modern): the nan positions are compared, the other values too',
        edges=[  # negative bases with integer exponents (d/dexponent is nan on both sides)
            dict(arrays=[[-2.0, -0.5, -1.5, 2.0], [2.0, 3.0, -1.0, -2.0]]),
            dict(arrays=[[0.0, 0.0, 1e-6], [2.0, 1.0, 0.5]], xfail_checks=('grad', 'gradgrad'),
                 xfail='0.3 semantics: d/dexponent is grad * self.pow(exponent) * self.log() '
                       '(0.3 derivatives.yaml), nan at a zero base; modern torch masks it to 0'),
            dict(arrays=[[0.5, 1e-6, 3.0], [2.0, 1.0, 0.5]]),
            dict(arrays=[[1.0, 2.5], [0.0, 0.0]], xfail_checks=('gradgrad',),
                 xfail='0.3 semantics: d/dself is grad * exponent * self.pow(exponent - 1) with no '
                       'special case, so its derivative w.r.t. the exponent at exponent = 0 is '
                       'grad / self; modern torch returns 0 for exponent == 0 (a where() on the '
                       'first derivative), which also zeroes that second derivative')]),
    'pow_constant': dict(params={'base': [2.0, 0.5, 3.0]}),

    # ------------------------------------------------------------------ reductions
    'sum': dict(n=3),
    'sum_dim': dict(params=p_dim_keepdim, n=3),
    'mean': dict(n=3),
    'mean_dim': dict(params=p_dim_keepdim, n=3),
    'prod': dict(domain='noncancel', n=3, edges=_ZERO_EDGES),
    'prod_dim': dict(domain='noncancel', params=p_dim_keepdim, n=3,
                     edges=[dict(arrays=e['arrays'], params={'dim': 0, 'keepdim': False})
                            for e in _ZERO_EDGES]
                     + [dict(arrays=[[[0.0, 2.0], [0.0, -3.0]]], params={'dim': 1, 'keepdim': True})]),
    # selections: distinct values (ties are broken differently: documented in ops/reduction.py)
    'max_all': dict(unique=True, legacy=lambda L, x: L.max(x),
                    edges=[dict(arrays=[[[1.0, 3.0, 3.0], [0.5, 3.0, -1.0]]],
                                xfail_checks=('grad', 'gradgrad'), xfail=_TIED_EXTREME)]),
    'min_all': dict(unique=True, legacy=lambda L, x: L.min(x),
                    edges=[dict(arrays=[[[1.0, -1.0], [-1.0, 2.0]]],
                                xfail_checks=('grad', 'gradgrad'), xfail=_TIED_EXTREME)]),
    'median_all': dict(unique=True, n=3, legacy=lambda L, x: L.median(x)),
    'max_dim': dict(unique=True, params=p_dim_keepdim, n=3,
                    legacy=lambda L, x, dim, keepdim: L.max(x, dim, keepdim)),
    'min_dim': dict(unique=True, params=p_dim_keepdim, n=3,
                    legacy=lambda L, x, dim, keepdim: L.min(x, dim, keepdim)),
    'median_dim': dict(unique=True, params=p_dim_keepdim, n=3,
                       legacy=lambda L, x, dim, keepdim: L.median(x, dim, keepdim)),
    'mode': dict(domain='small_int', params=p_dim_keepdim, n=4, fd_domain='real',
                 legacy=lambda L, x, dim, keepdim: L.mode(x, dim, keepdim)),
    'kthvalue': dict(unique=True, params=p_kth, n=3,
                     legacy=lambda L, x, dim, keepdim, k: L.kthvalue(x, k, dim, keepdim)),
    'sort': dict(unique=True, params=p_sort, n=3,
                 legacy=lambda L, x, dim, descending: L.sort(x, dim, descending)),
    'topk': dict(unique=True, params=p_topk, n=3,
                 legacy=lambda L, x, dim, k, largest, sorted: L.topk(x, k, dim, largest, sorted)),
    'max_binary': dict(
        inputs='bcast2', n=3, fd_filter=_apart(1e-3), valid=_no_ties,
        edges=[dict(arrays=[[1.0, 2.0, 3.0], [1.0, 0.0, 3.0]], xfail_checks=('grad', 'gradgrad'),
                    xfail='0.3 semantics: a tie sends the whole gradient to `other` '
                          "(0.3's masked_fill_(self <= other, 0)); modern torch splits it")]),
    'min_binary': dict(
        inputs='bcast2', n=3, fd_filter=_apart(1e-3), valid=_no_ties,
        edges=[dict(arrays=[[1.0, 2.0, 3.0], [1.0, 4.0, 3.0]], xfail_checks=('grad', 'gradgrad'),
                    xfail='0.3 semantics: a tie sends the whole gradient to `other` '
                          "(0.3's masked_fill_(self >= other, 0)); modern torch splits it")]),
    'var': dict(params=p_var, n=4, valid=_dof_positive,
                edges=[dict(arrays=[[1.5, 1.5, 1.5]], params={'dim': None, 'keepdim': False,
                                                             'unbiased': True}),
                       dict(arrays=[[1.5]], params={'dim': None, 'keepdim': False, 'unbiased': True},
                            xfail_checks=('gradgrad',), xfail=_ONE_SAMPLE, nan_ok=_ONE_SAMPLE)]),
    'std': dict(params=p_var, n=4, valid=_spread_positive, fd_filter=_spread_positive,
                edges=[dict(arrays=[[1.5, -0.5]], params={'dim': 0, 'keepdim': True,
                                                          'unbiased': False}),
                       dict(arrays=[[[0.5, 0.5], [1.0, -1.0]]],
                            params={'dim': 1, 'keepdim': False, 'unbiased': True},
                            xfail_checks=('grad', 'gradgrad'), xfail=_ZERO_STD)]),
    'norm': dict(domain='nonzero', params={'p': [2.0, 1.0, 3.0, 0.5, INF]}, n=5,
                 fd_filter=_abs_distinct,
                 edges=[dict(arrays=[[0.0, 0.0]], params={'p': 2.0}, xfail_checks=('gradgrad',),
                             xfail=_ZERO_NORM),
                        dict(arrays=[[3.0, -4.0, 0.0]], params={'p': 1.0})]),
    'norm_dim': dict(domain='nonzero', params=p_norm_dim, n=5, fd_filter=_abs_distinct),
    'dist': dict(inputs='bcast2', params={'p': [2.0, 1.0, 3.0, INF]}, n=4, fd_filter=_apart(0.05),
                 valid=_not_all_equal,
                 edges=[dict(arrays=[[1.0, -2.0], [1.0, -2.0]], params={'p': 2.0},
                             xfail_checks=('gradgrad',), xfail=_ZERO_NORM)]),
    'cumsum': dict(params=p_dim, n=3),
    'cumprod': dict(domain='noncancel', params=p_dim, n=3,
                    edges=[dict(arrays=[[2.0, 0.0, 3.0, 0.0, 1.5]], params={'dim': 0}),
                           dict(arrays=[[[1.5, 0.0], [2.0, -1.0]]], params={'dim': 1})]),
    'trace': dict(inputs='matrix', n=3),

    # ------------------------------------------------------------------ shape
    'view': dict(params=p_view, n=3),
    'expand': dict(inputs='with_ones', params=p_expand, n=3),
    't': dict(inputs='vec_or_mat', n=3),
    'transpose': dict(params=p_transpose, n=3),
    'unsqueeze': dict(params=p_unsqueeze, n=3),
    'squeeze': dict(inputs='with_ones', n=3, edges=[dict(arrays=[[[1.5]]])]),
    'squeeze_dim': dict(inputs='with_ones', params=p_dim, n=3),
    'permute': dict(params=p_permute, n=3),
    'clone': dict(),
    'contiguous': dict(),
    'narrow': dict(params=p_narrow, n=3),
    '_unnarrow': dict(params=p_unnarrow, n=3),
    'select': dict(params=p_select, n=3),
    'unfold': dict(params=p_unfold, n=3),
    'repeat': dict(params=p_repeat, n=3),
    'cat': dict(inputs='cat', n=3),
    'diag': dict(inputs='vec_or_mat', params=p_diag, n=3),
    'tril': dict(inputs='matrix', params=p_tri, n=3),
    'triu': dict(inputs='matrix', params=p_tri, n=3),

    # ------------------------------------------------------------------ linear algebra
    'mm': dict(inputs='mm', n=3),
    'addmm': dict(inputs='addmm', params={'beta': [1.0, 0.5], 'alpha': [1.0, -2.0]}, n=3),
    'mv': dict(inputs='mv', n=3),
    'dot': dict(inputs='dot', n=3,
                # 0.3 dot on Variables flattens both sides: inputs of equal size, any shapes
                edges=[dict(arrays=[[[1.0, -2.0, 0.5], [0.25, 1.5, -1.0]],
                                    [0.5, 1.0, -1.0, 2.0, 0.0, 3.0]]),
                       dict(arrays=[[[1.0, -2.0]], [0.5, 1.5]])]),
    'bmm': dict(inputs='bmm', n=3),
    'addmv': dict(inputs='addmv', params={'beta': [1.0, 0.5], 'alpha': [1.0, -2.0]}, n=3),
    'addr': dict(inputs='addr', params={'beta': [1.0, 0.5], 'alpha': [1.0, -2.0]}, n=3),
    'addbmm': dict(inputs='addbmm', params={'beta': [1.0, 0.5], 'alpha': [1.0, -2.0]}, n=3),
    'baddbmm': dict(inputs='baddbmm', params={'beta': [1.0, 0.5], 'alpha': [1.0, -2.0]}, n=3),
    'ger': dict(inputs='ger', n=3),
    'cross': dict(inputs='cross', n=3),
    # edges chosen off the bin boundaries (float32 and float64 may round a value sitting on
    # one into different bins); min == max: 0.3 and modern torch both use the data's range
    'histc': dict(params={'bins': [3, 5, 7], 'min': [-1.7], 'max': [1.3]}, n=3,
                  grad=_no_derivative('histc') + ' (modern histc has none either)',
                  valid=_off_bin_edges,
                  edges=[dict(arrays=[[0.25, -1.5, 1.0, 0.75, 3.0]],
                              params={'bins': 4, 'min': 0.0, 'max': 0.0})]),
    'resize': dict(params=p_resize, n=3),

    # LAPACK: fixed well-conditioned cases (see _SPD3 ...)
    'inverse': dict(cases=[[_INV3], [_INV2], [_SPD3]]),
    'gesv': dict(cases=[[_B3, _INV3], [_B2, _INV2], [_B3, _SPD3]],
                 # MODERN (not in registry): 0.3 also returns A's packed LU (getrf, partial
                 # pivoting): the registry's spelling has the solution only.  0.3's LU output
                 # carries no gradient (the upstream gradient reaches the solution only), so
                 # its values are compared on a detached modern LU
                 modern=lambda torch, b, a: (torch.linalg.solve(a, b),
                                             torch.linalg.lu_factor(a)[0].detach())),
    # potrf: 0.3's backward (Iain Murray's formula) returns a lower-triangular gradient,
    # modern torch a symmetric one: both are right for a symmetric A and differ only in how
    # they split the gradient between A[i, j] and A[j, i].  Both sides are therefore called
    # on sym(X) = (X + X^T) / 2, whose gradient w.r.t. X is the symmetric part of either.
    'potrf': dict(cases=[([_SPD3], {'upper': True}), ([_SPD3], {'upper': False}),
                         ([_SPD2], {'upper': True}), ([_SPD2], {'upper': False})],
                  legacy=lambda L, x, upper: _sym(x).potrf(upper),
                  # MODERN (not in registry): the same sym(X) as legacy=
                  modern=lambda torch, x, upper: torch.linalg.cholesky(_sym(x), upper=upper)),
    'potrs': dict(cases=[([_B3, _chol_upper(_SPD3)], {'upper': True}),
                         ([_B3, _chol_lower(_SPD3)], {'upper': False}),
                         ([_B2, _chol_upper(_SPD2)], {'upper': True})],
                  modern=_modern_potrs,  # MODERN (not in registry)
                  grad=_no_derivative('potrs')),
    'potri': dict(cases=[([_chol_upper(_SPD3)], {'upper': True}),
                         ([_chol_lower(_SPD3)], {'upper': False}),
                         ([_chol_upper(_SPD2)], {'upper': True})],
                  modern=_modern_potri,  # MODERN (not in registry)
                  grad=_no_derivative('potri')),
    'pstrf': dict(cases=[([_SPD3], {'upper': True, 'tol': -1.0}),
                         ([_SPD3], {'upper': False, 'tol': -1.0}),
                         ([_SPD2], {'upper': True, 'tol': -1.0})],
                  modern=_modern_pstrf,  # MODERN (not in registry)
                  grad=_no_derivative('pstrf')),
    'gels': dict(cases=[[_B3, _INV3], [[[1.0], [-2.0], [0.5], [3.0]], _TALL],
                        [[[1.0, 0.5], [-1.0, 2.0], [0.25, 0.0], [2.0, -1.5]], _TALL],
                        [_B2, _WIDE]],
                 modern=_modern_gels,  # MODERN (not in registry)
                 grad=_no_derivative('gels')),
    'trtrs': dict(cases=[([_B3, _INV3], {'upper': u, 'transpose': t, 'unitriangular': ut})
                         for u in (True, False) for t in (False, True) for ut in (False, True)],
                  modern=_modern_trtrs,  # MODERN (not in registry)
                  grad=_no_derivative('trtrs')),
    'symeig': dict(cases=[([m], {'eigenvectors': ev, 'upper': up})
                          for m in (_SYM3, _ASYM3) for ev in (True, False) for up in (True, False)],
                   modern=_modern_symeig,  # MODERN (not in registry)
                   grad=_no_derivative('symeig')),
    'eig': dict(cases=[([m], {'eigenvectors': ev}) for m in (_EIG3, _EIG2C, _SYM3)
                       for ev in (True, False)],
                modern=_modern_eig,  # MODERN (not in registry)
                grad=_no_derivative('eig')),
    'svd': dict(cases=[([m], {'some': some}) for m in (_TALL, _WIDE, _INV3)
                       for some in (True, False)],
                modern=_modern_svd,  # MODERN (not in registry)
                grad=_no_derivative('svd')),
    'qr': dict(cases=[[_TALL], [_INV3], [_SPD2]],
               modern=_modern_qr,  # MODERN (not in registry)
               grad=_no_derivative('qr')),
    'geqrf': dict(cases=[[_TALL], [_INV3], [_WIDE]],
                  modern=lambda torch, a: torch.geqrf(a),  # MODERN (not in registry)
                  grad=_no_derivative('geqrf')),
    # orgqr / ormqr take geqrf's packed result: both sides factor the same matrix first
    'orgqr': dict(cases=[[_TALL], [_INV3]],
                  legacy=lambda L, a: a.geqrf()[0].orgqr(a.geqrf()[1]),
                  modern=_modern_orgqr,  # MODERN (not in registry)
                  grad=_no_derivative('orgqr')),
    'ormqr': dict(cases=[([_INV3, _B3], {'left': True, 'transpose': False}),
                         ([_INV3, _B3], {'left': True, 'transpose': True}),
                         ([_TALL, [[1.0, 2.0, -1.0, 0.5]]], {'left': False, 'transpose': False}),
                         ([_TALL, [[1.0, 2.0, -1.0, 0.5]]], {'left': False, 'transpose': True})],
                  legacy=lambda L, a, c, left, transpose: a.geqrf()[0].ormqr(
                      a.geqrf()[1], c, left, transpose),
                  modern=_modern_ormqr,  # MODERN (not in registry)
                  grad=_no_derivative('ormqr')),
    'btrifact': dict(cases=[([[_INV3, _SPD3]], {'pivot': True}), ([[_INV2]], {'pivot': True})],
                     modern=_modern_btrifact,  # MODERN (not in registry)
                     grad=_no_derivative('btrifact')),
    'btrisolve': dict(cases=[[[[1.0, -2.0, 0.5], [0.25, 1.0, 3.0]], [_INV3, _SPD3]],
                             [[[0.5, -1.0]], [_INV2]]],
                      legacy=lambda L, b, a: b.btrisolve(*a.btrifact()),
                      modern=_modern_btrisolve,  # MODERN (not in registry)
                      grad=_no_derivative('btrisolve')),

    # ------------------------------------------------------------------ pointwise
    'abs': dict(domain='nonzero', edges=[dict(arrays=[[0.0, -1.5, 2.0]])]),
    'exp': dict(domain='wide'),
    'log': dict(domain='pos', edges=[dict(arrays=[[1e-30, 1e-6, 1.0, 0.0]])]),
    'log1p': dict(domain='gt_m1', edges=[dict(arrays=[[-0.999, 1e-8, -1e-8, 0.0]])]),
    'sqrt': dict(domain='pos', edges=[dict(arrays=[[1e-30, 1e-6, 4.0]])]),
    'rsqrt': dict(domain='pos', edges=[dict(arrays=[[1e-6, 0.25, 4.0]])]),
    'sin': dict(domain='mid'),
    'cos': dict(domain='mid'),
    'tan': dict(domain='tan'),
    'asin': dict(domain='unit', edges=[dict(arrays=[[0.999, -0.999, 0.0]])]),
    'acos': dict(domain='unit', edges=[dict(arrays=[[0.999, -0.999, 0.0]])]),
    'atan': dict(domain='wide'),
    'sinh': dict(domain='mid'),
    'cosh': dict(domain='mid'),
    'tanh': dict(domain='mid'),
    'sigmoid': dict(domain='wide'),
    'floor': dict(domain='nonint', edges=[dict(arrays=[[-2.0, 0.0, 3.0, -0.5]])]),
    'ceil': dict(domain='nonint', edges=[dict(arrays=[[-2.0, 0.0, 3.0, -0.5]])]),
    # 0.3 rounds halves away from zero; the registry's modern spelling encodes that
    'round': dict(domain='nonint', edges=[dict(arrays=[[-2.5, -1.5, -0.5, 0.5, 1.5, 2.5]])]),
    'trunc': dict(domain='nonint', edges=[dict(arrays=[[-2.0, 0.0, 3.0, -0.5]])]),
    'frac': dict(domain='nonint', edges=[dict(arrays=[[-2.0, 0.0, 3.0, -0.5, 2.75]])]),
    'sign': dict(domain='nonzero', edges=[dict(arrays=[[0.0, -1.5, 2.0]])]),
    'erf': dict(domain='mid'),
    'erfinv': dict(domain='unit', edges=[dict(arrays=[[0.999999, -0.999999, 0.0, 0.5]])]),
    'lgamma': dict(domain='lgamma', edges=[dict(arrays=[[1.0, 2.0, 0.5, -0.5, -2.5, 30.0]])],
                   tol={'float64': {'rtol': 2e-9},
                        'why': "grad-of-grad is trigamma(x); modern torch's CPU trigamma is "
                               'accurate to only 4.9e-10 relative (max over x in [0.01, 20] '
                               'against scipy.special.polygamma(1, x); legacy: ~2e-16), so '
                               'float64 needs rtol 2e-9 instead of 1e-10'}),
    'clamp': dict(params=p_clamp, n=4, fd_filter=_away_from_bounds,
                  edges=[dict(arrays=[[-1.0, 0.5, 1.0, 2.0]], params={'min': 1.0, 'max': 0.0},
                              xfail_checks=('forward',),
                              xfail='0.3 semantics: with min > max, values below min become min '
                                    '(TH: x < min ? min : x > max ? max : x); modern torch '
                                    'gives max everywhere'),
                         dict(arrays=[[-0.5, 0.0, 0.5, 1.0]], params={'min': -0.5, 'max': 0.5})]),
    'clamp_min': dict(params={'min': [-0.5, 0.0, 0.5]}, fd_filter=_away_from_bounds,
                      valid=_away_from_bounds,
                      edges=[dict(arrays=[[-1.0, 0.5, 1.0]], params={'min': 0.5},
                                  xfail_checks=('grad', 'gradgrad'),
                                  xfail="0.3 semantics: clamp(min=m) is 0.3's CmaxConstant, whose "
                                        'gradient mask is x > m: none at x == m; modern torch '
                                        'passes it there')]),
    'clamp_max': dict(params={'max': [-0.5, 0.0, 0.5]}, fd_filter=_away_from_bounds,
                      valid=_away_from_bounds,
                      edges=[dict(arrays=[[-1.0, 0.5, 1.0]], params={'max': 0.5},
                                  xfail_checks=('grad', 'gradgrad'),
                                  xfail="0.3 semantics: clamp(max=m) is 0.3's CminConstant, whose "
                                        'gradient mask is x < m: none at x == m; modern torch '
                                        'passes it there')]),
    'atan2': dict(inputs='bcast2', domain='nonzero', n=3,
                  edges=[dict(arrays=[[0.0, 1.0, -1.0], [-1.0, 0.0, 0.0]])]),
    'fmod_scalar': dict(params={'other': [1.5, -0.7, 2.0]}, fd_filter=_ratio_nonint),
    'fmod': dict(inputs='bcast2', domain=('real', 'nonzero'), n=3, fd_filter=_ratio_nonint),
    'remainder_scalar': dict(params={'other': [1.5, -0.7, 2.0]}, fd_filter=_ratio_nonint),
    'remainder': dict(inputs='bcast2', domain=('real', 'nonzero'), n=3, fd_filter=_ratio_nonint),
    'lerp': dict(inputs='bcast2', params={'weight': [0.25, 0.5, 1.5]}, n=3),
    'addcmul': dict(inputs='bcast3', params={'value': [1.0, 0.5, -2.0]}, n=3),
    'addcdiv': dict(inputs='bcast3', domain=('real', 'real', 'nonzero'),
                    params={'value': [1.0, 0.5, -2.0]}, n=3),
    'fill': dict(params={'value': [1.5, -2.0]}),
    'zero': dict(),

    # ------------------------------------------------------------------ comparisons
    'equal': dict(inputs='same2', domain='halves', legacy=lambda L, a, b: L.equal(a, b),
                  edges=[dict(arrays=[[1.0, 0.5], [1.0, 0.5]]),
                         dict(arrays=[[1.0, 0.5], [1.0, -0.5]])]),

    # ------------------------------------------------------------------ indexing
    'index_view': dict(params=p_index_view, n=4, legacy=lambda L, x, key: x[key],
                       edges=[dict(arrays=[[[0.5, -1.0]]], params={'key': (slice(1, None),)})]),
    'index_advanced': dict(params=p_index_adv, n=4),
    'index_select_getitem': dict(params=p_getitem_long, n=3),
    'masked_select': dict(params=p_mask_bcast, n=3),
    'masked_select_getitem': dict(params=p_mask_same, n=3),
    'masked_fill_': dict(params=p_masked_fill, n=3),
    'masked_fill_setitem': dict(params=p_masked_fill, n=3),
    'masked_scatter_': dict(inputs=_masked_scatter, n=3),
    'masked_scatter_setitem': dict(inputs=_masked_scatter, n=3),
    'index_select': dict(params=p_index_select, n=3),
    'index_add_': dict(inputs=_index_source(False), n=3),
    'index_copy_': dict(inputs=_index_source(True), n=3),
    'index_fill_': dict(params=p_index_fill, n=3),
    'gather': dict(params=p_gather, n=3),
    'scatter_': dict(inputs=_scatter(True), n=3),
    'scatter_value_': dict(params=p_scatter_value, n=3),
    'scatter_add_': dict(inputs=_scatter(False), n=3),
    'take': dict(params=p_take, n=3),
    'put_': dict(inputs=_put, n=4),
    'copy_': dict(inputs='inplace2', n=3),
}

for _name in ('eq', 'ne', 'lt', 'le', 'gt', 'ge'):
    SPECS.update(_cmp_entries(_name))
del _name
