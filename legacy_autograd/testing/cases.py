"""The fixed parity cases of each op: edge cases and explicit cases written in its spec, and
the first examples of its hypothesis strategy (derandomized, so the same on every run); the
float64 case of the finite-difference check; and the coverage rules of the suite."""
import copy

import numpy as np

from .libs import exc_text, registry_ops
from .specs import Case, exemption, modern_spelling, spec_for
from .strategies import case_strategy, derandomized_examples

__all__ = ['fixed_case_ids', 'fixed_case', 'fixed_cases', 'fd_case', 'coverage_problems',
           'drawn_cases']


def _edge_case(name, dtype, k, edge, label=None, nan_ok=None):
    arrays = [np.asarray(a, dtype=dtype) for a in edge['arrays']]
    params = dict(edge.get('params') or {})
    return Case(name, dtype, arrays, params, label or 'edge%d' % k, edge.get('xfail'),
                edge.get('xfail_checks'), edge.get('nan_ok', nan_ok))


def _explicit_cases(spec, dtype):
    c = spec.cases
    if callable(c):
        c = c(np.dtype(dtype).name)
    out = []
    for k, item in enumerate(c):
        if isinstance(item, dict):
            out.append(_edge_case(spec.name, dtype, k, item, 'case%d' % k, spec.nan_ok))
            continue
        if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], dict):
            arrays, params = item
        else:
            arrays, params = item, {}
        arrays = [np.asarray(a, dtype=dtype) for a in arrays]
        out.append(Case(spec.name, dtype, arrays, dict(params), 'case%d' % k, nan_ok=spec.nan_ok))
    return out


_DRAWN = {}


def drawn_cases(name, dtype, n=None, spec=None):
    """The first ``n`` (default ``spec.n``) examples of the op's hypothesis strategy, labelled
    ``rand0`` ...; derandomized and cached per (op, dtype, spec)."""
    spec = spec or spec_for(name)
    dtype = np.dtype(dtype)
    n = spec.n if n is None else n
    key = (name, dtype.name, n, id(spec.inputs), id(spec.params), id(spec.domain))
    if key not in _DRAWN:
        found = derandomized_examples(case_strategy(spec, dtype), n)
        for k, case in enumerate(found):
            case.label = 'rand%d' % k
        _DRAWN[key] = found
    return _DRAWN[key]


def fixed_case_ids(name, dtype):
    """Labels of the fixed (deterministic) cases of op ``name`` in ``dtype`` (cheap)."""
    spec = spec_for(name)
    if spec is None or exemption(name) or np.dtype(dtype).name not in spec.dtypes:
        return []
    if spec.cases is not None:
        return ['case%d' % k for k in range(len(_explicit_cases(spec, dtype)))]
    return ['rand%d' % k for k in range(spec.n)] + ['edge%d' % k for k in range(len(spec.edges))]


def fixed_case(name, dtype, label):
    """The fixed case ``label`` (``rand0``, ``edge1``, ``case0`` ...) of op ``name``."""
    spec = spec_for(name)
    dtype = np.dtype(dtype)
    if spec.cases is not None:
        return copy.deepcopy(_explicit_cases(spec, dtype)[int(label[4:])])
    k = int(label[4:])
    if label.startswith('edge'):
        return _edge_case(name, dtype, k, spec.edges[k], nan_ok=spec.nan_ok)
    drawn = drawn_cases(name, dtype, spec=spec)
    if k >= len(drawn):
        raise ValueError('op %r: its strategy has only %d distinct %s examples, not %d (lower n)'
                         % (name, len(drawn), dtype.name, spec.n))
    # a copy: the cached examples must not change when a caller writes into its case (an
    # in-place op on its arrays, a param set), or later callers in the process see other inputs
    return copy.deepcopy(drawn[k])


def fixed_cases(name, dtype):
    return [fixed_case(name, dtype, lab) for lab in fixed_case_ids(name, dtype)]


def fd_case(name, spec=None):
    """The float64 case of the finite-difference check: the largest of the first examples
    drawn from the spec's ``fd_domain`` (kinks avoided) that pass its ``fd_filter``."""
    spec = spec or spec_for(name)
    dom = spec.fd_domain if spec.fd_domain is not None else spec.domain
    found = derandomized_examples(case_strategy(spec, np.float64, 'fd', fd=True,
                                                domain_override=dom, fd_filter=spec.fd_filter), 3)
    if not found:
        raise ValueError('no finite-difference sample of %r passes its fd_filter' % name)
    return max(found, key=lambda c: sum(a.size for a in c.arrays))


def coverage_problems(name):
    """Why op ``name`` has neither a usable parity case nor a documented exemption ([] if fine)."""
    op = registry_ops()[name]
    if op.parity_exempt is not None and not str(op.parity_exempt).strip():
        return ['parity_exempt is set but empty: an exemption needs its reason']
    if exemption(name):
        return []
    spec = spec_for(name)
    problems = []
    if spec is None:
        return ['no parity case: add an entry to legacy_autograd/parity_samples.py (or samples= '
                'on the op), or an exemption with its reason (parity_exempt= / exempt=)']
    if modern_spelling(name)[0] is None and spec.compare != 'structure':
        problems.append('no modern spelling: modern= on the op, or a marked modern= in the spec')
    try:
        n = sum(len(fixed_case_ids(name, dt)) for dt in spec.dtypes)
    except Exception as exc:  # noqa: BLE001
        problems.append('its samples cannot be built: %s' % exc_text(exc))
        n = 1
    if n == 0:
        problems.append('the spec produces no case')
    for check in ('grad', 'gradgrad', 'fd'):
        v = getattr(spec, check)
        if v is not True and not (isinstance(v, str) and v.strip()):
            problems.append('%s=%r: a check can only be switched off with a reason string'
                            % (check, v))
    return problems
