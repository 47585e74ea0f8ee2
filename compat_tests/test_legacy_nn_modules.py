"""torch.legacy.nn: Lua-style modules on plain tensors, values and gradients against modern torch."""
import numpy as np
import pytest
import torch as modern

import legacy_autograd as torch
import legacy_autograd.legacy.nn as lnn


def _np(t):
    return np.asarray(t.numpy())


def _rand(*shape, seed=0):
    return np.random.RandomState(seed).randn(*shape)


def _ours(a):
    return torch.from_numpy(np.ascontiguousarray(a))


def _close(ours, theirs, tol=1e-6):
    np.testing.assert_allclose(_np(ours), theirs.detach().numpy(), rtol=tol, atol=tol)


def test_linear_forward_backward_against_modern():
    m = lnn.Linear(5, 3).double()
    ref = modern.nn.Linear(5, 3).double()
    with modern.no_grad():
        ref.weight.copy_(modern.from_numpy(_np(m.weight)))
        ref.bias.copy_(modern.from_numpy(_np(m.bias)))
    x, go = _rand(4, 5, seed=1), _rand(4, 3, seed=2)
    m.zeroGradParameters()
    out = m.forward(_ours(x))
    gi = m.backward(_ours(x), _ours(go), 0.5)
    xr = modern.from_numpy(x).requires_grad_()
    yr = ref(xr)
    yr.backward(modern.from_numpy(go))
    _close(out, yr)
    _close(gi, xr.grad)
    _close(m.gradWeight, 0.5 * ref.weight.grad)
    _close(m.gradBias, 0.5 * ref.bias.grad)
    assert m.output is out and m.gradInput is gi
    assert repr(m) == 'nn.Linear(5 -> 3)'
    assert repr(lnn.Linear(2, 7, bias=False)) == 'nn.Linear(2 -> 7) without bias'


def test_linear_grads_accumulate_and_update_parameters():
    m = lnn.Linear(3, 2).double()
    m.zeroGradParameters()
    x, go = _ours(_rand(2, 3)), _ours(_rand(2, 2, seed=3))
    m.backward(x, go)
    first = m.gradWeight.clone()
    m.backward(x, go)
    np.testing.assert_allclose(_np(m.gradWeight), 2 * _np(first))
    w0 = m.weight.clone()
    m.updateParameters(0.1)
    np.testing.assert_allclose(_np(m.weight), _np(w0) - 0.1 * _np(m.gradWeight))
    params, grads = m.parameters()
    assert params[0] is m.weight and grads[1] is m.gradBias


def test_bilinear_against_modern():
    m = lnn.Bilinear(4, 3, 2).double()
    ref = modern.nn.Bilinear(4, 3, 2).double()
    with modern.no_grad():
        ref.weight.copy_(modern.from_numpy(_np(m.weight)))
        ref.bias.copy_(modern.from_numpy(_np(m.bias)))
    a, b, go = _rand(5, 4, seed=4), _rand(5, 3, seed=5), _rand(5, 2, seed=6)
    m.zeroGradParameters()
    out = m.forward([_ours(a), _ours(b)])
    ga, gb = m.backward([_ours(a), _ours(b)], _ours(go))
    ar, br = modern.from_numpy(a).requires_grad_(), modern.from_numpy(b).requires_grad_()
    yr = ref(ar, br)
    yr.backward(modern.from_numpy(go))
    _close(out, yr)
    _close(ga, ar.grad)
    _close(gb, br.grad)
    _close(m.gradWeight, ref.weight.grad)
    _close(m.gradBias, ref.bias.grad)


def test_bilinear_bad_input_errors():
    m = lnn.Bilinear(4, 3, 2)
    with pytest.raises(RuntimeError, match='table containing two data Tensors'):
        m.forward([torch.randn(2, 4)])
    with pytest.raises(RuntimeError, match='dimensionality of second input is erroneous'):
        m.forward([torch.randn(2, 4), torch.randn(2, 4)])
    with pytest.raises(RuntimeError, match='same number of rows'):
        m.forward([torch.randn(2, 4), torch.randn(3, 3)])


def test_type_conversion_keeps_values():
    m = lnn.Linear(3, 2)
    assert m.type() == 'torch.FloatTensor'
    w = _np(m.weight).copy()
    m.double()
    assert m.type() == 'torch.DoubleTensor' and m.weight.type() == 'torch.DoubleTensor'
    np.testing.assert_allclose(_np(m.weight), w)
