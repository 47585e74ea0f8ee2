"""The mutation campaign tool (``tools/mutation_campaign.py``) on inputs that must fail.

The tool is run end to end on a tiny repository made here (a package of one module and one
test file), so these tests take seconds: a mutant the tests catch is a kill, a mutant of a
docstring (dead code) is a survivor even after the whole-suite confirmation, a mutant whose
snippet is not in the file is an error -- never a kill -- and the repository is left as it
was.  The real catalogue is checked for its shape only (its snippets follow the package,
which other work changes; the campaign reports the ones that vanish).
"""
import importlib.util
import os
import subprocess
import sys

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOOL = os.path.join(REPO, 'tools', 'mutation_campaign.py')


def _load():
    spec = importlib.util.spec_from_file_location('mutation_campaign', TOOL)
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault('mutation_campaign', mod)
    spec.loader.exec_module(mod)
    return mod


mc = _load()

MODULE = '''"""A tiny package: the mean of a list.

Its docstring is dead code for the tests.
"""


def mean(xs):
    """The mean of ``xs``."""
    return sum(xs) / len(xs)


def unused(x):
    return x + 1
'''

TEST = '''from legacy_autograd import mean


def test_mean():
    assert mean([1.0, 2.0, 6.0]) == 3.0
'''

OTHER_TEST = '''def test_nothing():
    assert True
'''


@pytest.fixture
def tiny_repo(tmp_path):
    pkg = tmp_path / 'legacy_autograd'
    pkg.mkdir()
    (pkg / '__init__.py').write_text(MODULE)
    tests = tmp_path / 'compat_tests'
    tests.mkdir()
    (tests / 'test_tiny.py').write_text(TEST)
    (tests / 'test_other.py').write_text(OTHER_TEST)
    return tmp_path


def _mutant(id, original, mutated, **kw):
    kw.setdefault('tests', ('compat_tests/test_tiny.py',))
    return mc.Mutant(id, 'legacy_autograd/__init__.py', original, mutated, 'op formula', **kw)


def test_apply_refuses_broken_mutations():
    src = 'a = 1\nb = 1\n'
    with pytest.raises(mc.MutationError, match='not found'):
        mc.apply(src, _mutant('m', 'c = 1', 'c = 2'))
    with pytest.raises(mc.MutationError, match='occurs 2 times'):
        mc.apply(src, _mutant('m', '= 1', '= 2'))
    with pytest.raises(mc.MutationError, match='no-op'):
        mc.apply(src, _mutant('m', 'a = 1', 'a = 1'))
    with pytest.raises(mc.MutationError, match='does not compile'):
        mc.apply(src, _mutant('m', 'a = 1', 'a = = 1'))
    with pytest.raises(mc.MutationError, match='nth=2'):
        mc.apply(src, _mutant('m', '= 1', '= 2', nth=2))
    assert mc.apply(src, _mutant('m', '= 1', '= 2', nth=1)) == 'a = 1\nb = 2\n'


def test_unknown_category_is_refused():
    with pytest.raises(ValueError, match='unknown category'):
        mc.Mutant('m', 'f.py', 'a', 'b', 'formula')


def test_campaign_on_a_tiny_repository(tiny_repo):
    before = (tiny_repo / 'legacy_autograd' / '__init__.py').read_text()
    mutants = [
        _mutant('real', 'return sum(xs) / len(xs)', 'return sum(xs) / (len(xs) - 1)'),
        _mutant('docstring', 'Its docstring is dead code', 'Its docstring is unused code'),
        _mutant('dead-code', 'return x + 1', 'return x - 1'),
        _mutant('missing', 'return sum(xs) // len(xs)', 'return 0'),
        _mutant('argued', 'return x + 1', 'return 1 + x', equivalent='addition commutes'),
    ]
    log = []
    results = mc.run_campaign(mutants, jobs=1, timeout=120, confirm=True, baseline=True,
                              root=str(tiny_repo), log=log.append)
    status = {r['id']: r['status'] for r in results}
    assert status == {'real': 'killed', 'docstring': 'survived', 'dead-code': 'survived',
                      'missing': 'error', 'argued': 'survived'}
    by_id = {r['id']: r for r in results}
    assert 'test_mean' in by_id['real']['detail']
    # a survivor of its subset is run against the rest of the suite before it is called one
    assert by_id['docstring']['confirmed'] and by_id['docstring']['detail'] == 'whole suite passed'
    assert 'not found' in by_id['missing']['detail']
    s = mc.summarize(results)
    assert (s['killed'], s['survived'], s['errors'], s['equivalent']) == (1, 2, 1, 1)
    assert s['rate'] == pytest.approx(1 / 3)
    text = mc.report(results)
    assert 'kill rate: 33.3% (1 killed of 3; 1 errors and 1 equivalent not counted)' in text
    assert 'docstring' in text.split('survivors')[1]
    assert 'missing' in text.split('errors (not counted):')[1]
    # the repository is left as it was
    assert (tiny_repo / 'legacy_autograd' / '__init__.py').read_text() == before
    assert not (tiny_repo / 'legacy_autograd' / '__pycache__').exists()


def test_killed_by_the_whole_suite_only(tiny_repo):
    """A mutant its subset misses but another test file catches is 'killed-full' (a kill)."""
    m = _mutant('real', 'return sum(xs) / len(xs)', 'return sum(xs) / (len(xs) + 1)',
                tests=('compat_tests/test_other.py',))
    results = mc.run_campaign([m], jobs=1, timeout=120, confirm=True, baseline=False,
                              root=str(tiny_repo), log=lambda *a: None)
    assert results[0]['status'] == 'killed-full'
    assert mc.summarize(results)['killed'] == 1


def test_whole_suite_failure_without_the_mutant_is_no_kill(tiny_repo):
    """A test that fails in the worker's copy whatever the mutant (here: it reads a file the
    copy does not hold) must not turn a survivor into 'killed-full'."""
    (tiny_repo / 'extra').mkdir()
    (tiny_repo / 'extra' / 'data.txt').write_text('1')
    (tiny_repo / 'compat_tests' / 'test_other.py').write_text(
        'import os\n\ndef test_reads_extra():\n'
        '    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))\n'
        '    assert open(os.path.join(here, "extra", "data.txt")).read() == "1"\n')
    m = _mutant('dead', 'return x + 1', 'return x - 1')
    results = mc.run_campaign([m], jobs=1, timeout=120, confirm=True, baseline=True,
                              root=str(tiny_repo), log=lambda *a: None)
    assert results[0]['status'] == 'error'
    assert 'fails without the mutant too' in results[0]['detail']
    assert 'test_reads_extra' in results[0]['detail']
    assert mc.summarize(results)['killed'] == 0


def test_failed_node_reads_pytest_summary_lines():
    assert mc._failed_node('FAILED compat_tests/test_a.py::test_b[x-1] - assert 1 == 2') == \
        'compat_tests/test_a.py::test_b[x-1]'
    assert mc._failed_node('ERROR compat_tests/test_a.py') == 'compat_tests/test_a.py'
    assert mc._failed_node('1 failed in 0.1s') is None


def test_worker_copies_every_top_level_entry_the_repository_tracks():
    """The copy must hold what the tests read (``.ci/run`` is read by test_runner.py)."""
    try:
        out = subprocess.run(['git', 'ls-files'], cwd=REPO, capture_output=True, text=True,
                             check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip('not a git checkout')
    top = {line.split('/')[0] for line in out.splitlines() if line}
    assert top - set(mc._COPY) <= {'.gitignore'}


def test_failing_baseline_aborts(tiny_repo):
    (tiny_repo / 'compat_tests' / 'test_tiny.py').write_text(TEST.replace('3.0', '4.0'))
    m = _mutant('real', 'return sum(xs) / len(xs)', 'return 0')
    with pytest.raises(mc.BaselineError):
        mc.run_campaign([m], jobs=1, timeout=120, confirm=False, baseline=True,
                        root=str(tiny_repo), log=lambda *a: None)


def test_catalogue_shape():
    mutants = mc.load_catalogue()
    assert len(mutants) >= 150
    assert len({m.id for m in mutants}) == len(mutants)
    cats = {m.category for m in mutants}
    assert cats == set(mc.CATEGORIES)
    for m in mutants:
        assert m.file.startswith('legacy_autograd/') and m.original != m.mutated
        for f in mc.subset_for(m):
            assert os.path.isfile(os.path.join(REPO, f)), (m.id, f)


def test_cli_list_and_usage_errors():
    proc = subprocess.run([sys.executable, TOOL, '--list', '--file', 'printing.py'],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert 'pr-center-odd' in proc.stdout and 'test_printing' in proc.stdout
    proc = subprocess.run([sys.executable, TOOL, '--only', 'no-such-mutant'],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=120)
    assert proc.returncode == 2 and 'unknown mutant ids: no-such-mutant' in proc.stderr


def test_new_tests_give_the_after_status(tiny_repo):
    """``new_tests`` are left out of every run and tried alone on each survivor."""
    (tiny_repo / 'compat_tests' / 'test_new.py').write_text(
        'from legacy_autograd import unused\n\n\ndef test_unused():\n    assert unused(1) == 2\n')
    mutants = [
        _mutant('real', 'return sum(xs) / len(xs)', 'return sum(xs) / (len(xs) - 1)',
                tests=('compat_tests/test_tiny.py', 'compat_tests/test_new.py')),
        _mutant('dead-code', 'return x + 1', 'return x - 1',
                tests=('compat_tests/test_tiny.py', 'compat_tests/test_new.py')),
        _mutant('docstring', 'Its docstring is dead code', 'Its docstring is unused code'),
    ]
    results = mc.run_campaign(mutants, jobs=1, timeout=120, confirm=True, baseline=False,
                              root=str(tiny_repo), log=lambda *a: None,
                              new_tests=('compat_tests/test_new.py',))
    got = {r['id']: (r['status'], r['after']) for r in results}
    assert got == {'real': ('killed', 'killed'), 'dead-code': ('survived', 'killed'),
                   'docstring': ('survived', 'survived')}
    assert 'test_new.py' not in ' '.join(results[1]['subset'])
    before, after = mc.summarize(results), mc.summarize(results, after=True)
    assert (before['killed'], before['survived']) == (1, 2)
    assert (after['killed'], after['survived']) == (2, 1)
    assert 'kill rate with the new tests: 66.7% (2 killed of 3)' in mc.report(results)
