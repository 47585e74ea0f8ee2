"""Coverage meta-test of the parity suite.

Every op in ``legacy_autograd.ops.registry.OPS`` -- read at test time, so ops registered by
any module (including ones added after this file was written) are included -- must have a
parity case (``samples=`` on the op, or an entry in ``legacy_autograd/parity_samples.py``,
plus a modern spelling) or a documented exemption with its reason (``parity_exempt=`` on the
op, or ``exempt=`` in the entry).  These tests do not need torch
(building the drawn fixed cases needs hypothesis, a test dependency).
"""
import sys

import numpy as np
import pytest

import legacy_autograd  # noqa: F401  (imports every op module)
from legacy_autograd import parity_samples, testing as T
import legacy_autograd.testing.cases  # noqa: F401  (T.cases)
from legacy_autograd.ops import registry

MIN_FIXED_CASES = 500


def test_parity_meta_every_op_has_a_case_or_an_exemption():
    missing = []
    for name in sorted(registry.OPS):
        for problem in T.coverage_problems(name):
            missing.append('  %s: %s' % (name, problem))
    assert not missing, ('%d registry op(s) have neither a parity case nor a documented exemption:\n'
                         % len(missing) + '\n'.join(missing))


def test_parity_meta_exemptions_carry_reasons():
    short = []
    for name in sorted(registry.OPS):
        reason = T.exemption(name)
        if reason is not None and len(reason.strip()) < 10:
            short.append('%s: %r' % (name, reason))
    assert not short, 'exemption reasons too short to explain anything: %s' % short


def test_parity_meta_switched_off_checks_carry_reasons():
    bad = []
    for name in sorted(registry.OPS):
        spec = T.spec_for(name)
        if spec is None or T.exemption(name):
            continue
        for check in ('grad', 'gradgrad', 'fd'):
            v = getattr(spec, check)
            if v is not True and not (isinstance(v, str) and len(v.strip()) >= 10):
                bad.append('%s.%s=%r' % (name, check, v))
        if spec.nan_ok is not None and len(str(spec.nan_ok).strip()) < 20:
            bad.append('%s: nan_ok needs the reason NaN is the expected answer' % name)
        for k, edge in enumerate(spec.edges):
            if 'xfail_checks' in edge and not edge.get('xfail'):
                bad.append('%s edge%d: xfail_checks without an xfail reason' % (name, k))
            if edge.get('xfail') and len(edge['xfail'].strip()) < 20:
                bad.append('%s edge%d: xfail reason too short' % (name, k))
            if 'nan_ok' in edge and len(str(edge['nan_ok']).strip()) < 20:
                bad.append('%s edge%d: nan_ok needs the reason NaN is the expected answer' % (name, k))
            for c in edge.get('xfail_checks', ()):
                if c not in T.CHECKS:
                    bad.append('%s edge%d: unknown check %r' % (name, k, c))
    assert not bad, '\n'.join(bad)


def test_parity_meta_samples_entries_name_registry_ops():
    stale = sorted(set(parity_samples.SPECS) - set(registry.OPS))
    assert not stale, ('parity_samples.SPECS has entries for ops that are not registered '
                       '(renamed or removed?): %s' % stale)


def test_parity_meta_fixed_cases_build_for_every_op():
    errors = []
    total = 0
    for name in sorted(registry.OPS):
        if T.exemption(name) or T.spec_for(name) is None:
            continue
        for dt in T.spec_for(name).dtypes:
            for label in T.fixed_case_ids(name, dt):
                try:
                    case = T.fixed_case(name, dt, label)
                except Exception as exc:  # noqa: BLE001
                    errors.append('%s %s %s: %s: %s' % (name, dt, label, type(exc).__name__, exc))
                    continue
                total += 1
                assert all(a.dtype == np.dtype(dt) for a in case.arrays), (name, dt, label)
    assert not errors, '\n'.join(errors)
    assert total >= MIN_FIXED_CASES, 'only %d fixed parity cases (want >= %d)' % (
        total, MIN_FIXED_CASES)


def test_parity_meta_fixed_cases_are_deterministic():
    for name in ('add', 'sum_dim', 'max_dim', 'index_add_'):
        a = T.fixed_case(name, 'float32', 'rand0')
        T.cases._DRAWN.clear()                     # draw again from hypothesis, not the cache
        b = T.fixed_case(name, 'float32', 'rand0')
        assert a is not b
        assert [x.tolist() for x in a.arrays] == [x.tolist() for x in b.arrays]
        assert repr(a.params) == repr(b.params)


@pytest.fixture
def scratch_op():
    """Register throw-away ops; remove them afterwards (the registry is global)."""
    added = []

    def make(name, **kwargs):
        op = registry.register(name, lambda a: a.copy(), None, argnames=('self',), **kwargs)
        added.append(name)
        return op
    yield make
    for name in added:
        registry.OPS.pop(name, None)


def test_parity_meta_flags_an_op_registered_without_a_case(scratch_op):
    scratch_op('zz_parity_meta_probe', modern=lambda torch, a: a.clone())
    problems = T.coverage_problems('zz_parity_meta_probe')
    assert problems and 'no parity case' in problems[0]


def test_parity_meta_accepts_an_exemption_with_a_reason_only(scratch_op):
    scratch_op('zz_parity_meta_exempt', parity_exempt='random op: compared structurally elsewhere')
    assert T.coverage_problems('zz_parity_meta_exempt') == []
    assert T.exemption('zz_parity_meta_exempt').startswith('random op')
    scratch_op('zz_parity_meta_blank', parity_exempt='  ')
    assert T.coverage_problems('zz_parity_meta_blank')


def test_parity_meta_accepts_samples_declared_on_the_op(scratch_op):
    op = scratch_op('zz_parity_meta_samples', modern=lambda torch, a: a.clone(),
                    samples=dict(inputs='one', n=3))
    assert T.coverage_problems('zz_parity_meta_samples') == []
    assert T.spec_for('zz_parity_meta_samples').source == 'registry'
    assert T.fixed_case_ids('zz_parity_meta_samples', 'float64') == ['rand0', 'rand1', 'rand2']
    op.samples = [([[1.0, 2.0]], {}), [[3.0]]]                   # explicit cases
    assert T.fixed_case_ids('zz_parity_meta_samples', 'float32') == ['case0', 'case1']
    assert T.fixed_case('zz_parity_meta_samples', 'float32', 'case1').arrays[0].tolist() == [3.0]


def test_parity_meta_flags_a_missing_modern_spelling(scratch_op):
    scratch_op('zz_parity_meta_nomodern', samples=dict(inputs='one'))
    problems = T.coverage_problems('zz_parity_meta_nomodern')
    assert any('modern spelling' in p for p in problems)


def test_parity_meta_flags_a_check_switched_off_without_reason(scratch_op):
    scratch_op('zz_parity_meta_noreason', modern=lambda torch, a: a.clone(),
               samples=dict(inputs='one', gradgrad=False))
    problems = T.coverage_problems('zz_parity_meta_noreason')
    assert any('gradgrad' in p for p in problems)


def test_parity_meta_looser_tolerance_needs_a_reason():
    with pytest.raises(ValueError, match='reason'):
        T.Spec('x', {'tol': {'float32': {'rtol': 1e-3}}}, 'test')


def test_parity_meta_fixed_cases_do_not_depend_on_imported_modules(tmp_path, monkeypatch):
    # Hypothesis also draws numbers found in the source of "local" modules already imported;
    # which ones are imported depends on the test files that ran before.  The fixed cases must
    # not change when a new local module full of unusual constants is imported.
    names = [('add_alpha', 'float64'), ('addcdiv', 'float64'), ('addbmm', 'float64'),
             ('adaptive_max_pool2d', 'float64'), ('_unnarrow', 'float64'), ('clamp', 'float32')]
    names = [(n, dt) for n, dt in names if T.fixed_case_ids(n, dt)]
    assert len(names) >= 4

    def draw_all():
        T.cases._DRAWN.clear()
        return [repr(([x.tolist() for x in c.arrays], sorted(c.params.items(), key=str)))
                for n, dt in names for c in T.fixed_cases(n, dt)]
    before = draw_all()
    consts = ', '.join('%r' % (1.0 + k / 7919.0) for k in range(1, 400))
    ints = ', '.join(str(3 + 17 * k) for k in range(1, 200))
    (tmp_path / 'zz_constants_pool.py').write_text('F = [%s]\nI = [%s]\n' % (consts, ints))
    monkeypatch.syspath_prepend(str(tmp_path))
    import importlib
    importlib.import_module('zz_constants_pool')
    try:
        from hypothesis.internal.conjecture import providers
        pool = providers._get_local_constants()
        # the module is in hypothesis' pool: the check below is not vacuous
        assert any(abs(f - (1.0 + 1 / 7919.0)) < 1e-15 for f in pool.floats)
    except ImportError:                              # a hypothesis without the pool
        pass
    try:
        after = draw_all()
    finally:
        sys.modules.pop('zz_constants_pool', None)
        T.cases._DRAWN.clear()
    assert after == before
