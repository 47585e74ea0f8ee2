"""The one strict comparison of ``legacy_autograd.testing`` (``comparison.py``): for each rule,
inputs that MUST fail and inputs that must pass.

Rules: exact shapes (only the 0.3 mappings, never a reshape), per-element tolerance by dtype
(not scaled by the array's largest value), NaN and inf positions equal, a graph on one side
and not the other fails, gradients never skipped, computations that end in NaN are not
agreement, integer/bool values exact, the dtype mapping checked.
"""
import numpy as np
import pytest

torch = pytest.importorskip('torch', reason='modern PyTorch (torch==2.13.0) is not installed: '
                                            "the comparison tests use it; pip install -e '.[test]'")

import legacy_autograd as L  # noqa: E402
from legacy_autograd import testing as T  # noqa: E402
from legacy_autograd.autograd import Variable  # noqa: E402
from legacy_autograd.ops import registry  # noqa: E402

NAN, INF = float('nan'), float('inf')


def fails(legacy, modern, match, **kw):
    with pytest.raises(T.ParityError, match=match):
        T.assert_close(legacy, modern, **kw)


# ============================================================================ shapes
def test_shapes_must_be_equal_never_reshaped():
    fails(L.FloatTensor([1, 2]), torch.tensor([1.0, 2.0, 3.0]), r'shape mismatch: legacy \(2,\) vs modern \(3,\)')
    fails(L.FloatTensor([[1, 2, 3], [4, 5, 6]]), torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]),
          r'shape mismatch: legacy \(2, 3\) vs modern \(3, 2\)')          # same size, other shape
    fails(L.FloatTensor([[1], [2]]), torch.tensor([1.0, 2.0]), 'shape mismatch')
    fails(L.FloatTensor([1]), torch.tensor([[1.0]]), r'shape mismatch: legacy \(1,\) vs modern \(1, 1\)')
    fails(2.0, torch.tensor([2.0]), r'legacy \(\) vs modern \(1,\) \(a Python number\)')
    fails(np.zeros((2, 2)), np.zeros(4), 'shape mismatch')


def test_shape_mappings_of_0_3_pass():
    T.assert_close(Variable(L.FloatTensor([2.0])), torch.tensor(2.0))    # 0.3: no 0-dim tensors
    T.assert_close(6.0, torch.tensor(6.0, dtype=torch.float64))          # a reduction's number
    T.assert_close(L.FloatTensor(), torch.zeros(0, 3))                    # 0.3: dimensionless empties
    T.assert_close(L.FloatTensor([[1, 2]]), torch.tensor([[1.0, 2.0]]))


# ============================================================================ tolerance
def test_tolerance_is_per_element_not_scaled_by_the_largest_value():
    # the element 0 vs 1e-3 differs by 100x atol; a tolerance scaled by max |x| = 1000 hid it
    fails(L.FloatTensor([1000.0, 0.0]), torch.tensor([1000.0, 1e-3]),
          r'1 of 2 elements mismatch\n  largest difference at index \(1,\)')
    fails(L.DoubleTensor([1e6, 0.0]), torch.tensor([1e6, 1e-8], dtype=torch.float64), 'differs')
    T.assert_close(L.FloatTensor([1000.0, 0.0]), torch.tensor([1000.005, 5e-6]))   # rtol / atol


def test_tolerance_is_by_dtype():
    T.assert_close(L.FloatTensor([1.0]), torch.tensor([1.0 + 5e-6]))
    fails(L.DoubleTensor([1.0]), torch.tensor([1.0 + 5e-6], dtype=torch.float64),
          r'float64, rtol=1e-10, atol=1e-10')
    fails(L.FloatTensor([1.0]), torch.tensor([1.0 + 5e-5]), r'float32, rtol=1e-05, atol=1e-05')
    # a Python float (a legacy reduction, double) meets a float32 tensor: float32's tolerance
    T.assert_close(1.0 + 5e-6, torch.tensor(1.0))


# ============================================================================ NaN / inf
def test_nan_positions_must_match():
    fails(L.FloatTensor([NAN, 1.0]), torch.tensor([1.0, 1.0]), 'index \\(0,\\): legacy nan vs modern 1.0')
    fails(L.FloatTensor([1.0, NAN]), torch.tensor([NAN, 1.0]), '2 of 2 elements mismatch')
    fails(L.FloatTensor([1.0]), torch.tensor([NAN]), 'differs')
    T.assert_close(L.FloatTensor([NAN, 1.0]), torch.tensor([NAN, 1.0]))


def test_inf_positions_and_signs_must_match():
    fails(L.FloatTensor([INF]), torch.tensor([-INF]), 'differs')
    fails(L.DoubleTensor([INF]), torch.tensor([1e308], dtype=torch.float64), 'differs')
    fails(L.FloatTensor([3e38]), torch.tensor([INF]), 'differs')
    T.assert_close(L.FloatTensor([INF, -INF]), torch.tensor([INF, -INF]))


# ============================================================================ graphs
def test_a_graph_on_one_side_only_fails():
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    fails(Variable(L.FloatTensor([2.0, 4.0])), x * 2,
          'graph mismatch: the legacy value has no graph .* the modern value requires grad')
    fails(Variable(L.FloatTensor([1.0, 2.0]), requires_grad=True) * 2, torch.tensor([2.0, 4.0]),
          'graph mismatch: the legacy value requires grad, the modern value has no graph')
    fails(L.FloatTensor([2.0, 4.0]), x * 2, 'graph mismatch')             # a plain tensor
    T.assert_close(Variable(L.FloatTensor([1.0, 2.0]), requires_grad=True) * 2, x * 2)
    T.assert_close(L.FloatTensor([2.0, 4.0]), x * 2, graph=False)         # values only, asked for


def test_assert_parity_fails_when_the_legacy_output_lost_its_graph():
    with pytest.raises(T.ParityError, match='output: graph mismatch'):
        T.assert_parity(lambda v: Variable(v.data * 2), lambda t: t * 2, np.array([1.0, 2.0]))
    with pytest.raises(T.ParityError, match='output: graph mismatch'):
        T.assert_parity(lambda v: v * 2, lambda t: (t * 2).detach(), np.array([1.0, 2.0]))


def test_assert_parity_never_skips_gradients():
    res = T.assert_parity(lambda v: v * 2, lambda t: t * 2, np.array([1.0, 2.0]))
    assert res.legacy_grads is not None and res.modern_grads is not None
    # a lost graph half-way (only the second output) is caught too
    with pytest.raises(T.ParityError, match=r'output\[1\]: graph mismatch'):
        T.assert_parity(lambda v: (v * 2, Variable(v.data * 3)), lambda t: (t * 2, t * 3),
                        np.array([1.0, 2.0]))
    # a first-order gradient whose graph w.r.t. the input is lost: 2 * x.detach()
    with pytest.raises(T.ParityError, match='grad-of-grad w.r.t. input 0 differs'):
        T.assert_parity(lambda v: (v * v).sum(),
                        lambda t: (t * (2 * t.detach())).sum() - (t.detach() ** 2).sum(),
                        np.array([1.0, 2.0]), gradgrad=True)


def test_a_computation_that_ends_in_nan_is_not_agreement():
    x = np.array([1.0, 2.0])
    with pytest.raises(T.ParityError, match='output is NaN at 2 of 2 elements'):
        T.assert_parity(lambda v: (v - v) / (v - v), lambda t: (t - t) / (t - t), x)
    with pytest.raises(T.ParityError, match=r'grad\[0\] is NaN'):      # finite output, NaN gradient
        T.assert_parity(lambda v: (v * 0).sqrt().sum() * 0, lambda t: (t * 0).sqrt().sum() * 0, x)
    T.assert_parity(lambda v: (v - v) / (v - v), lambda t: (t - t) / (t - t), x,
                    nan_ok='0/0 is NaN in both libraries: checked on purpose')


# ============================================================================ exact values
def test_integer_and_bool_values_are_exact():
    fails(L.LongTensor([1, 2]), torch.tensor([1, 3]), 'exact')
    big = 2 ** 53
    fails(L.LongTensor([big + 1]), torch.tensor([big]), 'exact')       # equal as float64
    fails(L.ByteTensor([1, 0]), torch.tensor([True, True]), 'exact')
    fails(3, torch.tensor(4), 'exact')
    T.assert_close(L.LongTensor([big + 1]), torch.tensor([big + 1]))
    T.assert_close(L.ByteTensor([1, 0]), torch.tensor([True, False]))


# ============================================================================ dtypes
def test_dtype_mapping_is_checked():
    fails(L.FloatTensor([1, 2]), torch.tensor([1.0, 2.0], dtype=torch.float64),
          'dtype mismatch: legacy float32 vs modern float64')
    fails(L.LongTensor([1]), torch.tensor([1], dtype=torch.int32), 'dtype mismatch: legacy int64 vs modern int32')
    fails(L.ByteTensor([1]), torch.tensor([1]), 'dtype mismatch: legacy uint8 vs modern int64')
    fails(L.FloatTensor([1]), torch.tensor([1]), 'dtype mismatch')
    fails(1.0, torch.tensor(1), 'dtype mismatch: legacy Python float vs modern int64')
    fails(1, torch.tensor(1.0), 'dtype mismatch: legacy Python int vs modern float32')
    fails(True, torch.tensor(1), 'dtype mismatch')
    T.assert_close(L.ByteTensor([1]), torch.tensor([1], dtype=torch.uint8))
    T.assert_close(L.ByteTensor([1]), torch.tensor([True]))
    T.assert_close(3, torch.tensor(3))


# ============================================================================ structure / None
def test_structures_and_none_must_match():
    fails((L.FloatTensor([1]), L.LongTensor([0])), torch.tensor([1.0]),
          'legacy returned a sequence of 2 values, modern one value')
    fails((L.FloatTensor([1]),), (torch.tensor([1.0]), torch.tensor([0])), 'legacy returned 1 value, modern 2')
    fails(None, torch.tensor([1.0]), 'legacy gave None, modern gave a value')
    fails(L.FloatTensor([1]), None, 'legacy gave a value, modern gave None')
    T.assert_close((None, L.FloatTensor([1])), (None, torch.tensor([1.0])))


def test_a_none_gradient_equals_exact_zeros_of_the_input_shape_only():
    like = ((2,), np.dtype(np.float64))
    T.compare_gradient(None, torch.zeros(2, dtype=torch.float64), like, 'grad')
    with pytest.raises(T.ParityError, match='grad differs'):
        T.compare_gradient(None, torch.tensor([0.0, 1e-3], dtype=torch.float64), like, 'grad')
    with pytest.raises(T.ParityError, match='shape mismatch'):
        T.compare_gradient(None, torch.zeros(3, dtype=torch.float64), like, 'grad')
    with pytest.raises(T.ParityError, match='dtype mismatch'):
        T.compare_gradient(None, torch.zeros(2), like, 'grad')


# ============================================================================ the registry runner
def test_runner_fails_an_op_whose_legacy_output_lost_its_graph(scratch_op):
    scratch_op('zz_strict_detached', lambda a: a * 2, lambda ctx, g: (g * 2,),
               grad_fn='MulBackward0', argnames=('self',), modern=lambda torch, a: a * 2,
               samples=dict(inputs='one', n=1, legacy=lambda L, a: Variable(a.data * 2)))
    res = T.run_case(T.fixed_case('zz_strict_detached', 'float64', 'rand0'))
    assert res.status == {'forward': 'FAIL', 'grad': 'FAIL', 'gradgrad': 'FAIL'}, res.summary()
    assert 'graph mismatch' in res.messages['forward']
    assert 'graph mismatch' in res.messages['grad']


def test_runner_fails_a_case_that_ends_in_nan(scratch_op):
    scratch_op('zz_strict_nan', lambda a: a * np.nan, lambda ctx, g: (g * np.nan,),
               grad_fn='MulBackward0', argnames=('self',),
               modern=lambda torch, a: a * float('nan'), samples=dict(inputs='one', n=1))
    res = T.run_case(T.fixed_case('zz_strict_nan', 'float64', 'rand0'))
    assert res.status['forward'] == 'FAIL' and 'NaN' in res.messages['forward'], res.summary()
    assert res.status['grad'] == 'FAIL' and 'NaN' in res.messages['grad'], res.summary()
