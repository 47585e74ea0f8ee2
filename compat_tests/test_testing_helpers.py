"""The public parity helpers of ``legacy_autograd.testing`` and the ``parity-report`` command.

Most tests here need modern torch (they compare with it) and carry ``parity`` in their names;
the import-without-torch checks run everywhere.
"""
import os
import re
import subprocess
import sys

import numpy as np
import pytest

import legacy_autograd as L
from legacy_autograd import testing as T
from legacy_autograd.autograd import Variable
from legacy_autograd.ops import registry

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _torch():
    return pytest.importorskip('torch', reason='modern PyTorch (torch==2.13.0) is not installed: '
                                               "the parity helpers compare against it; "
                                               "pip install -e '.[test]'")


# =========================================================================== without torch
def test_testing_module_imports_without_torch():
    code = ("import sys; sys.modules['torch'] = None\n"
            "import legacy_autograd.testing as t\n"
            "assert 'float32' in t.TOLERANCES\n"
            "try:\n"
            "    t.assert_parity(lambda x: x, lambda x: x, [1.0])\n"
            "except ImportError as e:\n"
            "    print('ImportError:', e)\n")
    env = dict(os.environ, PYTHONPATH=REPO)
    proc = subprocess.run([sys.executable, '-c', code], env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert 'ImportError: legacy_autograd.testing needs modern PyTorch' in proc.stdout


def test_parity_report_without_torch_is_a_clear_error(monkeypatch, capsys):
    from legacy_autograd import cli
    monkeypatch.setitem(sys.modules, 'torch', None)
    status = cli.main(['parity-report', '--ops', 'add'])
    err = capsys.readouterr().err
    assert status == 2
    assert 'parity-report: error: legacy_autograd.testing needs modern PyTorch' in err


def test_parity_helpers_refuse_the_legacy_shim_as_torch(monkeypatch):
    monkeypatch.setitem(sys.modules, 'torch', L)
    with pytest.raises(ImportError, match='resolves to legacy_autograd'):
        T.to_modern(L.FloatTensor([1.0]))


# =========================================================================== converters
def test_parity_to_modern_tensors_and_variables():
    torch = _torch()
    t = L.FloatTensor([[1.0, 2.0], [3.0, 4.0]])
    m = T.to_modern(t)
    assert m.dtype == torch.float32 and m.shape == (2, 2) and not m.requires_grad
    m[0, 0] = 9.0
    assert t[0][0] == 1.0                                   # a copy
    v = Variable(L.DoubleTensor([1.5, -2.0]), requires_grad=True)
    mv = T.to_modern(v)
    assert mv.dtype == torch.float64 and mv.requires_grad and mv.is_leaf
    assert T.to_modern(v, requires_grad=False).requires_grad is False


def test_parity_to_modern_masks_numbers_and_size1():
    torch = _torch()
    b = L.ByteTensor([1, 0, 1])
    assert T.to_modern(b).dtype == torch.uint8
    assert T.to_modern(b, bool_masks=True).dtype == torch.bool
    assert T.to_modern(2.5).dtype == torch.float64 and T.to_modern(2.5).dim() == 0
    assert T.to_modern(3).dtype == torch.int64
    assert T.to_modern(True).dtype == torch.bool
    s = Variable(L.FloatTensor([4.0]))
    assert T.to_modern(s).shape == (1,)
    assert T.to_modern(s, zero_dim=True).shape == ()
    pair = T.to_modern((L.FloatTensor([1.0]), L.LongTensor([2])))
    assert isinstance(pair, tuple) and pair[1].dtype == torch.int64
    assert T.to_modern(None) is None


def test_parity_from_modern():
    torch = _torch()
    t = T.from_modern(torch.tensor(2.5, dtype=torch.float64))
    assert isinstance(t, L.DoubleTensor) and t.size() == L.Size([1]) and t[0] == 2.5
    b = T.from_modern(torch.tensor([True, False]))
    assert isinstance(b, L.ByteTensor) and b.tolist() == [1, 0]
    v = T.from_modern(torch.ones(2, 3, dtype=torch.float32, requires_grad=True))
    assert isinstance(v, Variable) and v.requires_grad and isinstance(v.data, L.FloatTensor)
    assert isinstance(T.from_modern(torch.ones(2), variable=True), Variable)
    values, indices = T.from_modern(torch.max(torch.tensor([[1.0, 3.0], [4.0, 2.0]]), 1))
    assert values.tolist() == [3.0, 4.0] and isinstance(indices, L.LongTensor)
    assert indices.tolist() == [1, 0]
    assert T.from_modern(3.5) == 3.5


def test_parity_converters_round_trip():
    _torch()
    for t in (L.FloatTensor([[1.5, -2.0]]), L.DoubleTensor([3.0]), L.LongTensor([1, 2, 3]),
              L.ByteTensor([0, 1])):
        back = T.from_modern(T.to_modern(t))
        assert type(back) is type(t) and back.tolist() == t.tolist()


# =========================================================================== normalisation
def test_parity_assert_close_applies_the_mapping():
    torch = _torch()
    T.assert_close(Variable(L.FloatTensor([2.0])), torch.tensor(2.0))          # size-1 vs 0-dim
    T.assert_close(6.0, torch.tensor(6.0, dtype=torch.float64))                # Python number
    T.assert_close(L.FloatTensor([1.0, 2.0]).sum(), torch.tensor([1.0, 2.0]).sum())
    T.assert_close(L.FloatTensor([1, 2]) == L.FloatTensor([1, 3]),             # ByteTensor vs bool
                   torch.tensor([1.0, 2.0]) == torch.tensor([1.0, 3.0]))
    T.assert_close(L.max(L.FloatTensor([[1, 5], [7, 2]]), 1),                  # tuples / named tuples
                   torch.max(torch.tensor([[1.0, 5.0], [7.0, 2.0]]), 1))
    T.assert_close(L.FloatTensor([float('nan'), float('inf')]),
                   torch.tensor([float('nan'), float('inf')]))
    T.assert_close(L.FloatTensor(), torch.zeros(0, 3))                         # 0.3 empty tensors


def test_parity_assert_close_reports_shape_and_dtype_mismatches():
    torch = _torch()
    with pytest.raises(T.ParityError, match=r'shape mismatch: legacy \(2,\) vs modern \(3,\)'):
        T.assert_close(L.FloatTensor([1, 2]), torch.tensor([1.0, 2.0, 3.0]))
    with pytest.raises(T.ParityError, match='dtype mismatch: legacy float32 vs modern float64'):
        T.assert_close(L.FloatTensor([1, 2]), torch.tensor([1.0, 2.0], dtype=torch.float64))
    with pytest.raises(T.ParityError, match='legacy returned a sequence of 2 values, modern one value'):
        T.assert_close((L.FloatTensor([1]), L.LongTensor([0])), torch.tensor([1.0]))
    with pytest.raises(AssertionError):                    # ParityError is an AssertionError
        T.assert_close(L.LongTensor([1, 2]), torch.tensor([1, 3]))


def test_parity_tolerances_are_per_dtype():
    torch = _torch()
    T.assert_close(L.FloatTensor([1.0]), torch.tensor([1.0 + 5e-6]))
    with pytest.raises(T.ParityError):
        T.assert_close(L.DoubleTensor([1.0]), torch.tensor([1.0 + 5e-6], dtype=torch.float64))
    T.assert_close(L.DoubleTensor([1.0]), torch.tensor([1.0 + 5e-6], dtype=torch.float64),
                   rtol=1e-4)


# =========================================================================== assert_parity
def test_parity_assert_parity_values_and_gradients():
    torch = _torch()
    x = np.array([[0.5, -1.0, 2.0], [1.5, 0.25, -0.75]])
    res = T.assert_parity(lambda v: (v * v).sum(), lambda t: (t * t).sum(), x)
    assert res.legacy_output.size() == L.Size([1]) and res.modern_output.dim() == 0
    up = np.random.RandomState(0).standard_normal(1)[0]      # the upstream gradient (seed 0)
    assert np.allclose(res.legacy_grads[0].data.numpy(), 2 * x * up)
    assert isinstance(res.modern_grads[0], torch.Tensor)


def test_parity_assert_parity_float32_tuples_and_masks():
    _torch()
    x = np.array([[0.5, -1.0, 2.0], [1.5, 0.25, -0.75]])
    T.assert_parity(lambda v: v.max(1), lambda t: t.max(1), x, dtype=np.float32)
    # (a comparison of a Variable that requires grad is recorded in 0.3.1, with a zero
    # gradient; modern torch's is not: compare the masks of detached values)
    T.assert_parity(lambda v: v.detach() > 0.3, lambda t: t.detach() > 0.3, x, dtype=np.float32)
    T.assert_parity(lambda a, b: a.dot(b), lambda a, b: torch_dot_flat(a, b), x, -x)


def torch_dot_flat(a, b):
    return (a.flatten() * b.flatten()).sum()


def test_parity_assert_parity_index_arrays_and_second_order():
    _torch()
    x = np.array([[0.5, -1.0, 2.0], [1.5, 0.25, -0.75]])
    idx = np.array([[2, 0], [1, 1]])
    T.assert_parity(lambda v, i: v.gather(1, i), lambda t, i: t.gather(1, i), x, idx)
    T.assert_parity(lambda a, b: (a * b).exp().sum(1), lambda a, b: (a * b).exp().sum(1),
                    x, x[::-1].copy(), gradgrad=True)


def test_parity_assert_parity_on_plain_tensors():
    _torch()
    x = np.array([[0.5, -1.0], [1.5, 0.25]], dtype=np.float32)
    res = T.assert_parity(lambda t: t.sum(), lambda t: t.sum(), x, inputs='tensor')
    assert isinstance(res.legacy_output, float)           # 0.3: a Python number
    T.assert_parity(lambda t: t.norm(), lambda t: t.norm(), x, inputs='tensor')


def test_parity_failing_comparison_is_a_readable_assertion_error():
    _torch()
    x = np.array([1.0, 2.0, 3.0])
    with pytest.raises(AssertionError) as info:
        T.assert_parity(lambda v: v * 2, lambda t: t * 2.5, x)
    msg = str(info.value)
    assert msg.startswith('output differs (float64, rtol=1e-10, atol=1e-10')
    assert '3 of 3 elements mismatch' in msg
    assert 'largest difference at index (2,): legacy 6.0 vs modern 7.5' in msg
    assert re.search(r'legacy: \[2\.?,\s+4\.?,\s+6\.?\]', msg), msg


def test_parity_failing_gradient_names_the_input():
    _torch()
    x = np.array([1.0, 2.0])
    with pytest.raises(T.ParityError, match=r'^grad of input 0 differs') as info:
        T.assert_parity(lambda v: (v * v).sum(), lambda t: (t * t.detach()).sum(), x)
    msg = str(info.value)
    assert '2 of 2 elements mismatch' in msg and 'largest difference at index (1,)' in msg
    up = np.random.RandomState(0).standard_normal(1)[0]
    assert np.allclose([float(v) for v in re.findall(r'legacy ([-\d.e]+) vs modern ([-\d.e]+)',
                                                     msg)[0]], [4 * up, 2 * up])


def test_parity_assert_raises_parity():
    _torch()
    a, b = np.ones((2, 3)), np.ones((4, 5))
    lexc, mexc = T.assert_raises_parity(lambda x, y: x.mm(y), lambda x, y: x.mm(y), a, b,
                                        match=r'^size mismatch, m1: \[2 x 3\], m2: \[4 x 5\]$')
    assert isinstance(lexc, RuntimeError) and isinstance(mexc, RuntimeError)
    with pytest.raises(T.ParityError, match='legacy did not raise'):
        T.assert_raises_parity(lambda x: x + 1, lambda x: x.mm(x), a)
    with pytest.raises(T.ParityError, match='legacy message does not match'):
        T.assert_raises_parity(lambda x, y: x.mm(y), lambda x, y: x.mm(y), a, b,
                               match='mat1 and mat2 shapes')


# =========================================================================== the runner
def test_parity_runner_reports_a_wrong_modern_spelling(scratch_op):
    _torch()
    scratch_op('zz_helpers_double', lambda a: a * 2, lambda ctx, g: (g * 2,),
               grad_fn='MulBackward0', argnames=('self',),
               modern=lambda torch, a: a * 3, samples=dict(inputs='one', n=1))
    case = T.fixed_case('zz_helpers_double', 'float64', 'rand0')
    res = T.run_case(case)
    assert res.status == {'forward': 'FAIL', 'grad': 'FAIL', 'gradgrad': 'FAIL'}
    with pytest.raises(T.ParityError, match=r'zz_helpers_double \[float64, rand0\]: forward FAIL'):
        T.check_case(case)


def test_parity_runner_expected_differences(scratch_op):
    _torch()
    scratch_op('zz_helpers_xfail', lambda a: a + 1.0, lambda ctx, g: (g,), grad_fn='AddBackward0',
               argnames=('self',), modern=lambda torch, a: a + 2.0,
               samples=dict(n=0, edges=[dict(arrays=[[1.0, 2.0]], xfail='a documented 0.3 choice',
                                             xfail_checks=('forward',))]))
    case = T.fixed_case('zz_helpers_xfail', 'float32', 'edge0')
    res = T.run_case(case)
    assert res.status == {'forward': 'xfail', 'grad': 'ok', 'gradgrad': 'ok'}
    with pytest.raises(T.ExpectedDifference):
        T.check_case(case)
    registry.OPS['zz_helpers_xfail'].modern = lambda torch, a: a + 1.0
    res = T.run_case(case)
    assert res.status['forward'] == 'XPASS' and res.failed() == ['forward']


def test_parity_runner_uses_op_samples_over_the_samples_file():
    spec = T.spec_for('add')
    assert spec.source == 'parity_samples'
    op = registry.OPS['add']
    old = op.samples
    try:
        op.samples = dict(inputs='same2', n=1)
        assert T.spec_for('add').source == 'registry'
        assert T.fixed_case_ids('add', 'float32') == ['rand0']
    finally:
        op.samples = old


# =========================================================================== the CLI
def test_parity_report_cli(run_cli):
    _torch()
    code, out, err = run_cli(['parity-report', '--ops', 'add,sum_dim,eq,type'])
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith('legacy_autograd parity with torch 2.')
    header = next(l for l in lines if l.startswith('op '))
    assert header.split() == ['op', 'forward', 'grad', 'grad-of-grad', 'cases']
    row = {l.split()[0]: l.split()[1:] for l in lines if l.split() and l.split()[0] in
           ('add', 'sum_dim', 'eq', 'type')}
    assert row['add'][:3] == ['ok', 'ok', 'ok']
    assert row['eq'][:3] == ['ok', 'n/a', 'n/a']
    assert ' '.join(row['type']).startswith('exempt(type conversion')
    assert '4 ops' in out


def test_parity_report_cli_unknown_op(run_cli):
    code, out, err = run_cli(['parity-report', '--ops', 'add,no_such_op'])
    assert code == 2
    assert 'parity-report: error: unknown op: no_such_op' in err


def test_parity_report_exits_nonzero_on_a_failure(scratch_op, capsys):
    _torch()
    from legacy_autograd import cli
    scratch_op('zz_helpers_wrong', lambda a: a * 2, lambda ctx, g: (g * 2,),
               grad_fn='MulBackward0', argnames=('self',),
               modern=lambda torch, a: a * 3, samples=dict(inputs='one', n=1))
    status = cli.main(['parity-report', '--ops', 'zz_helpers_wrong,neg'])
    out = capsys.readouterr().out
    assert status == 1
    assert re.search(r'^zz_helpers_wrong\s+FAIL\s+FAIL\s+FAIL\s+2$', out, re.M), out
    assert re.search(r'^neg\s+ok\s+ok\s+ok\s+4$', out, re.M), out
    assert 'failures:' in out and 'zz_helpers_wrong: forward float32 rand0 (' in out


def test_parity_report_listed_in_help(run_cli):
    code, out, err = run_cli(['--help'])
    assert code == 0 and 'parity-report' in out


# =========================================================================== the docs
def test_parity_docs_example_runs():
    _torch()
    path = os.path.join(REPO, 'docs', 'parity.md')
    with open(path) as f:
        text = f.read()
    blocks = re.findall(r'```python\n(.*?)```', text, re.S)
    assert blocks, 'docs/parity.md has no python example'
    for code in blocks:
        if 'def test_' not in code:
            continue
        ns = {}
        exec(compile(code, 'docs/parity.md', 'exec'), ns)
        tests = [v for k, v in ns.items() if k.startswith('test_') and callable(v)]
        assert tests
        for t in tests:
            t()


def test_parity_report_markdown_cli(run_cli):
    _torch()
    code, out, err = run_cli(['parity-report', '--ops', 'add,eq,type', '--markdown'])
    assert code == 0, err
    lines = out.splitlines()
    assert '| op | forward | grad | grad-of-grad | cases |' in lines
    assert '| `add` | ok | ok | ok | 6 |' in lines
    assert '| `eq` | ok | n/a | n/a | 4 |' in lines
    assert any(l.startswith('| `type` | exempt(type conversion') for l in lines)
    assert '3 ops, 10 fixed cases: 2 agree, 0 with a FAIL, 1 exempt.' in lines
