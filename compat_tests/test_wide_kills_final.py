"""Behaviours the lead's last random sample of session 16 (seed 1401, 40 mutants over every op,
autograd and nn file) found unguarded by their default subsets, each as a class:

* numpy integers are ints for the shape ops' integer arguments (narrow, select, unfold, split,
  _unnarrow); bools and floats are refused;
* gradcheck's finite differences perturb contiguous copies of non-contiguous inputs (0.3.1's
  ``contiguous(input)`` in get_numerical_jacobian, element by element through the tuple);
* the recurrent layers' reference mode runs the general formulas, and they give the fused
  loop's numbers;
* every random function names itself when its ``generator=`` is not a generator.
"""
import numpy as np
import pytest

import legacy_autograd as L
from legacy_autograd.autograd import Variable, gradcheck
from legacy_autograd.ops import rnn_ops


# ------------------------------------------------------------------ integer arguments
@pytest.mark.parametrize('kind', [np.int64, np.int32, np.int16, np.uint8])
def test_numpy_integers_are_ints_for_the_shape_ops(kind):
    t = L.FloatTensor([[1, 2, 3], [4, 5, 6]])
    assert t.narrow(kind(1), kind(1), kind(2)).tolist() == [[2, 3], [5, 6]]
    assert t.select(kind(0), kind(1)).tolist() == [4, 5, 6]
    assert t.unfold(kind(1), kind(2), kind(1)).size() == L.Size([2, 2, 2])
    assert [p.tolist() for p in t.split(kind(2), 1)] == [[[1, 2], [4, 5]], [[3], [6]]]
    v = Variable(t)
    assert v.narrow(kind(0), kind(1), kind(1)).data.tolist() == [[4, 5, 6]]


@pytest.mark.parametrize('bad, name', [(True, 'bool'), (1.0, 'float'), (np.bool_(True), None)])
def test_bools_and_floats_are_refused_where_an_int_is_wanted(bad, name):
    t = L.FloatTensor([[1, 2, 3], [4, 5, 6]])
    with pytest.raises(TypeError) as e:
        t.narrow(0, bad, 1)
    want = name or type(bad).__module__ + '.' + type(bad).__name__
    assert str(e.value) == "narrow(): argument 'start' (position 2) must be int, not %s" % want


# ------------------------------------------------------------------ gradcheck's inputs
def test_gradcheck_gives_the_function_contiguous_inputs():
    seen = []

    def fn(a, b):
        seen.append((a.is_contiguous(), b.is_contiguous()))
        return (a * b).sum(0)
    base = np.arange(1.0, 7.0).reshape(2, 3)
    x = Variable(L.DoubleTensor(base).t(), requires_grad=True)          # not contiguous
    y = Variable(L.DoubleTensor(base * 0.5).t(), requires_grad=True)
    assert not x.is_contiguous() and not y.is_contiguous()
    assert gradcheck(fn, (x, y), eps=1e-6, atol=1e-5)
    # the first call has the inputs as given; the finite differences perturb contiguous copies
    assert seen[0] == (False, False)
    assert len(seen) > 1 and all(s == (True, True) for s in seen[1:])


# ------------------------------------------------------------------ recurrent reference mode
@pytest.mark.parametrize('mode', ['LSTM', 'GRU', 'RNN'])
def test_recurrent_layers_in_reference_mode_give_the_fused_numbers(monkeypatch, mode):
    L.manual_seed(3)
    layer = getattr(L.nn, mode)(4, 5, num_layers=2).double()
    x = Variable(L.randn(6, 3, 4).double(), requires_grad=True)
    fast, _ = layer(x)
    fast.sum().backward()
    fast_grad = x.grad.data.clone()
    calls = []
    general = rnn_ops.generic_output

    def spy(*args, **kwargs):
        calls.append(1)
        return general(*args, **kwargs)
    monkeypatch.setattr(rnn_ops, 'REFERENCE', True)
    monkeypatch.setattr(rnn_ops, 'generic_output', spy)
    x.grad = None
    ref, _ = layer(x)
    ref.sum().backward()
    assert calls                        # the general formulas really ran
    np.testing.assert_allclose(ref.data.numpy(), fast.data.numpy(), rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(x.grad.data.numpy(), fast_grad.numpy(), rtol=1e-10, atol=1e-12)


# ------------------------------------------------------------------ generator= of each function
_RANDOM = [
    ('rand', lambda g: L.rand(2, generator=g)),
    ('randn', lambda g: L.randn(2, generator=g)),
    ('randperm', lambda g: L.randperm(4, generator=g)),
    ('multinomial', lambda g: L.multinomial(L.FloatTensor([0.5, 0.5]), 1, generator=g)),
    ('normal', lambda g: L.normal(L.zeros(2), L.ones(2), generator=g)),
    ('bernoulli', lambda g: L.bernoulli(L.FloatTensor([0.5]), generator=g)),
]


@pytest.mark.parametrize('name, call', _RANDOM, ids=[n for n, _ in _RANDOM])
def test_a_bad_generator_is_named_with_the_function(name, call):
    with pytest.raises(TypeError) as e:
        call(object())
    assert str(e.value) == "%s(): argument 'generator' must be torch.Generator, not object" % name


def test_pow_with_a_number_base_names_a_bad_exponent():
    # torch.pow(base, tensor): the exponent must be a tensor; the message names pow and the
    # argument (the base= keyword spelling of the same call included)
    for call in (lambda: L.pow(None, 'x', base=2), lambda: L.pow(None, [1.0], base=2.0)):
        with pytest.raises(TypeError) as e:
            call()
        assert str(e.value).startswith("pow(): argument 'exponent' (position 2) must be Variable, "
                                       'not ')
    x = L.DoubleTensor([1.0, 2.0])
    assert L.pow(2, x).tolist() == [2.0, 4.0]
    assert L.pow(None, x, base=3).tolist() == [3.0, 9.0]


# ------------------------------------------------------------------ (lead sample 1402)
@pytest.mark.parametrize('which', ['running_mean', 'running_var'])
def test_batch_norm_names_a_running_statistic_that_is_not_a_tensor(which):
    import legacy_autograd.nn.functional as F
    x = Variable(L.randn(4, 3))
    stats = {'running_mean': L.zeros(3), 'running_var': L.ones(3)}
    stats[which] = 3
    with pytest.raises(TypeError) as e:
        F.batch_norm(x, stats['running_mean'], stats['running_var'])
    assert str(e.value) == '%s must be a tensor, got int' % which


def test_gels_of_an_integer_variable_names_gels():
    v = Variable(L.LongTensor([[1], [2]]))
    with pytest.raises(RuntimeError) as e:
        v.gels(Variable(L.LongTensor([[1, 2], [3, 4]])))
    assert str(e.value) == 'gels is not implemented for type CPULongType'
