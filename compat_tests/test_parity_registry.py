"""Parity of every registry op with modern PyTorch: forward values, gradients, grad-of-grad.

Driven by ``legacy_autograd.ops.registry.OPS`` and the sample specifications
(``op.samples`` or ``legacy_autograd/parity_samples.py``) through the runner in
``legacy_autograd.testing``:

* ``test_parity_fixed``: every op x dtype x fixed sample (random draws from a seeded
  generator plus the spec's edge cases): forward, first-order gradients of all inputs for a
  random upstream gradient, and second-order gradients (``create_graph=True``) w.r.t. the
  inputs and the upstream gradient, against the op's ``modern`` spelling.  Cases whose
  legacy behaviour is an intentional 0.3 difference are ``xfail(strict=True)`` with the reason.
* ``test_parity_hypothesis``: the same checks on hypothesis-drawn inputs (broadcastable shape
  pairs, size-1 dims, values at the domain edges); a bounded number of examples per op and
  dtype.  Deterministic by default; ``LEGACY_PARITY_RANDOM=1`` explores new examples and
  ``LEGACY_PARITY_EXAMPLES=N`` sets the count.
* ``test_parity_gradcheck``: float64 central differences as an independent check of both
  libraries' first- and second-order gradients.

Tolerances: ``legacy_autograd.testing.TOLERANCES`` (one per dtype); an op's looser one is in
its spec with the reason.  Without modern torch these tests skip (under ``CI=true`` the
session errors instead, see conftest.py).
"""
import os
import tempfile

import pytest

pytest.importorskip('torch', reason='modern PyTorch (torch==2.13.0) is not installed: the '
                                    "parity tests compare against it; pip install -e '.[test]'")
pytest.importorskip('hypothesis', reason='hypothesis is not installed (pip install -e .[test])')

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import legacy_autograd  # noqa: E402,F401  (registers every op)
from legacy_autograd import testing as T  # noqa: E402
from legacy_autograd.ops import registry  # noqa: E402

EXAMPLES = int(os.environ.get('LEGACY_PARITY_EXAMPLES', '8'))
RANDOM = os.environ.get('LEGACY_PARITY_RANDOM', '') not in ('', '0')


def _covered():
    """(name, spec) of every op with a parity case (exempt and uncovered ops are left to the
    coverage meta-test, test_parity_meta.py)."""
    out = []
    for name in sorted(registry.OPS):
        if T.exemption(name) or T.coverage_problems(name):
            continue
        out.append((name, T.spec_for(name)))
    return out


COVERED = _covered()


def _fixed_params():
    params = []
    for name, spec in COVERED:
        for dt in spec.dtypes:
            for label in T.fixed_case_ids(name, dt):
                marks = []
                if label.startswith('edge'):
                    edge = spec.edges[int(label[4:])]
                    if edge.get('xfail'):
                        marks.append(pytest.mark.xfail(strict=True, reason=edge['xfail'],
                                                       raises=T.ExpectedDifference))
                params.append(pytest.param(name, dt, label, marks=marks,
                                           id='%s-%s-%s' % (name, dt, label)))
    return params


def _hypothesis_params():
    return [pytest.param(name, dt, id='%s-%s' % (name, dt))
            for name, spec in COVERED if spec.cases is None for dt in spec.dtypes]


def _gradcheck_params():
    out = []
    for name, spec in COVERED:
        op = registry.OPS[name]
        if op.differentiable and spec.grad is True and spec.fd is True and \
                'float64' in spec.dtypes and spec.cases is None and spec.compare == 'values':
            out.append(pytest.param(name, id=name))
    return out


@pytest.mark.parametrize('name,dtype,label', _fixed_params())
def test_parity_fixed(name, dtype, label):
    T.check_case(T.fixed_case(name, dtype, label))


_SETTINGS = settings(max_examples=EXAMPLES, deadline=None, database=None,
                     derandomize=not RANDOM, print_blob=True,
                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                            HealthCheck.filter_too_much])


@pytest.mark.parametrize('name,dtype', _hypothesis_params())
@_SETTINGS
@given(data=st.data())
def test_parity_hypothesis(name, dtype, data):
    case = data.draw(T.case_strategy(T.spec_for(name), dtype, 'hypothesis'), label='case')
    res = T.run_case(case)
    if res.failed():
        raise T.ParityError(res.summary())


@pytest.mark.parametrize('name', _gradcheck_params())
def test_parity_gradcheck(name):
    T.gradcheck_case(name)


def test_parity_registry_has_enough_cases():
    n = len(_fixed_params()) + len(_hypothesis_params()) + len(_gradcheck_params())
    assert n >= 500, 'only %d parity cases' % n


def test_parity_dtype_tolerances_documented():
    assert set(T.TOLERANCES) == {'float32', 'float64'}
    for dt, tol in T.TOLERANCES.items():
        assert 0 < tol['rtol'] < 1e-3 and 0 < tol['atol'] < 1e-3
    assert T.TOLERANCES['float64']['rtol'] < T.TOLERANCES['float32']['rtol']
    for name, spec in COVERED:
        if spec.tol:
            assert spec.tol.get('why'), name
            for dt in ('float32', 'float64'):
                if dt in spec.tol:
                    assert set(spec.tol[dt]) <= {'rtol', 'atol'}, name


DOC = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'docs',
                   'parity.md')


def test_parity_doc_is_current():
    """docs/parity.md shows the table the suite generates now (``legacy-autograd parity-report
    --markdown``; regenerate with ``python -m legacy_autograd.testing --update
    docs/parity.md``).  Reuses the results of test_parity_fixed from this session."""
    from legacy_autograd.testing import report, runner
    with open(DOC) as f:
        committed = report.generated_section(f.read())
    current = report.current_markdown(results=runner.RESULTS)
    if committed != current:
        fd, path = tempfile.mkstemp(prefix='parity-', suffix='.md')
        with os.fdopen(fd, 'w') as f:
            f.write(current)
        first = next(((a, b) for a, b in zip(committed.splitlines(), current.splitlines())
                      if a != b), (len(committed), len(current)))
        pytest.fail('docs/parity.md is stale: run `python -m legacy_autograd.testing --update '
                    'docs/parity.md` (the current table is in %s; first differing line: %r vs '
                    '%r)' % (path, first[0], first[1]))


def test_parity_doc_check_fails_on_a_stale_table():
    from legacy_autograd.testing import report
    text = 'intro\n%s\n| `add` | ok | ok | ok | 6 |\n%s\n' % (report.BEGIN, report.END)
    assert report.generated_section(text) == '| `add` | ok | ok | ok | 6 |\n'
    new = report.replace_section(text, '| `add` | FAIL | ok | ok | 6 |\n')
    assert report.generated_section(new) != report.generated_section(text)
    assert new.startswith('intro\n') and new.endswith(report.END + '\n')
    with pytest.raises(ValueError, match='no <!-- parity-report: begin -->'):
        report.generated_section('no markers here')
