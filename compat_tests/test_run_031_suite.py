"""tools/run_031_suite.py, the harness that runs 0.3.1's own test files on the shim: it must
count what really happened, including the outcomes that must not count as passing (failures,
errors, skips for a reason other than CUDA, a file that dies at import, a test that hangs or
kills its process)."""
import importlib.util
import os
import textwrap

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
TOOL = os.path.join(HERE, '..', 'tools', 'run_031_suite.py')


def _tool():
    spec = importlib.util.spec_from_file_location('run_031_suite', TOOL)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


MIXED = '''
import unittest
import torch


class TestMixed(unittest.TestCase):
    def test_a_pass(self):
        self.assertEqual(torch.ones(2).sum(), 2)

    def test_b_fail(self):
        self.assertEqual(torch.ones(2).sum(), 3)

    def test_c_error_one(self):
        torch.ones(2).no_such_method_1()

    def test_d_error_two(self):
        torch.ones(3).no_such_method_2()

    @unittest.skip('CUDA not available')
    def test_e_skip_cuda(self):
        pass

    @unittest.skip('scipy not found')
    def test_f_skip_other(self):
        pass

    @unittest.expectedFailure
    def test_g_unexpected_success(self):
        pass


if __name__ == '__main__':
    unittest.main()
'''

BROKEN_IMPORT = '''
import unittest
import torch.no_such_module


class TestNever(unittest.TestCase):
    def test_x(self):
        pass


if __name__ == '__main__':
    unittest.main()
'''

DIES = '''
import os
import unittest


class TestDies(unittest.TestCase):
    def test_a_pass(self):
        pass

    def test_b_dies(self):
        os._exit(3)

    def test_c_never_reached(self):
        pass


if __name__ == '__main__':
    unittest.main()
'''


HANGS = '''
import time
import unittest


class TestHangs(unittest.TestCase):
    def test_a_pass(self):
        pass

    def test_b_hangs(self):
        time.sleep(600)


if __name__ == '__main__':
    unittest.main()
'''


@pytest.fixture(scope='module')
def suite(tmp_path_factory):
    d = tmp_path_factory.mktemp('t031')
    for name, text in (('test_mixed.py', MIXED), ('test_broken.py', BROKEN_IMPORT),
                       ('test_dies.py', DIES), ('test_hangs.py', HANGS)):
        (d / name).write_text(textwrap.dedent(text))
    return str(d)


def test_counts_every_kind_of_outcome(suite):
    s = _tool().run_file(suite, 'test_mixed.py', 300, [])
    assert s['counts'] == {'pass': 1, 'fail': 2, 'error': 2, 'skip_cuda': 1, 'skip_other': 1}
    # ran = everything but the CUDA skip; an unexpected success and another skip count against
    assert (s['passed'], s['ran']) == (1, 6)
    clusters = dict((k, [r['test'].rpartition('.')[2] for r in v]) for k, v in s['clusters'])
    assert sorted(clusters["AttributeError: 'FloatTensor' object has no attribute "
                           "'no_such_method_N'"]) == ['test_c_error_one', 'test_d_error_two']
    assert clusters['SKIPPED: scipy not found'] == ['test_f_skip_other']


def test_a_file_that_dies_at_import_is_a_failure(suite):
    s = _tool().run_file(suite, 'test_broken.py', 300, [])
    assert s['counts'] == {'import_failure': 1}
    assert s['passed'] == 0
    key = s['clusters'][0][0]
    assert key.startswith("IMPORT FAILURE: ModuleNotFoundError: No module named 'torch.no_such_module'")


def test_a_test_that_kills_the_process_is_named(suite):
    s = _tool().run_file(suite, 'test_dies.py', 300, [])
    assert s['counts'] == {'pass': 1, 'crash': 1}
    assert (s['passed'], s['ran']) == (1, 2)
    key, recs = s['clusters'][0]
    assert key == 'did not finish (hang, timeout or crash)'
    assert [r['test'].rpartition('.')[2] for r in recs] == ['test_b_dies']


def test_report_text(suite, capsys):
    tool = _tool()
    s = tool.run_file(suite, 'test_mixed.py', 300, [])
    tool.print_report([s], 2)
    out = capsys.readouterr().out
    assert out.splitlines()[0] == ('test_mixed.py: 1/6 passed (16.7%)  fail=2 error=2 crash=0 '
                                   'skip_cuda=1 skip_other=1')


def test_a_test_that_hangs_is_cut_off_and_named(suite):
    s = _tool().run_file(suite, 'test_hangs.py', 15, [])
    assert s['timed_out'] is True
    assert s['counts'] == {'pass': 1, 'crash': 1}
    assert [r['test'].rpartition('.')[2] for r in s['clusters'][0][1]] == ['test_b_hangs']


def test_a_pattern_that_selects_nothing_is_not_an_import_failure(suite):
    s = _tool().run_file(suite, 'test_mixed.py', 300, ['-k', 'no_test_has_this_name'])
    assert s['counts'] == {} and (s['passed'], s['ran']) == (0, 0)
