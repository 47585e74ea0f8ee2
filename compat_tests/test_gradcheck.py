"""gradcheck / gradgradcheck as in 0.3: numerical Jacobians by central differences
against backward, on representative registry ops, plus the 0.3 failure texts."""
import numpy as np
import pytest

import legacy_autograd as torch
from legacy_autograd.autograd import Variable, Function, gradcheck, gradgradcheck
from legacy_autograd.autograd.gradcheck import (get_numerical_jacobian, get_analytical_jacobian,
                                                zero_gradients)


def D(*shape, positive=False, seed=0):
    rng = np.random.RandomState(seed + sum(shape))
    a = rng.rand(*shape) + 0.5 if positive else rng.randn(*shape)
    return Variable(torch.from_numpy(a), requires_grad=True)


def _has(name):
    return hasattr(Variable, name)


CASES = [
    ('add', lambda a, b: a + b, [(2, 3), (2, 3)]),
    ('add_scalar', lambda a: a + 2.5, [(3,)]),
    ('add_broadcast', lambda a, b: a + b, [(2, 3), (3,)]),
    ('sub', lambda a, b: a - b, [(2, 3), (2, 3)]),
    ('mul', lambda a, b: a * b, [(2, 3), (2, 3)]),
    ('mul_scalar', lambda a: a * -1.5, [(4,)]),
    ('div', lambda a, b: a / b, [(2, 3), (2, 3, 'pos')]),
    ('rdiv', lambda a: 2 / a, [(3, 'pos')]),
    ('pow_scalar', lambda a: a ** 3, [(2, 2)]),
    ('pow_tensor', lambda a, b: a ** b, [(2, 2, 'pos'), (2, 2)]),
    ('pow_constant', lambda a: 2 ** a, [(3,)]),
    ('neg', lambda a: -a, [(3,)]),
    ('reciprocal', lambda a: a.reciprocal(), [(3, 'pos')]),
    ('mm', lambda a, b: a.mm(b), [(2, 3), (3, 4)]),
    ('addmm', lambda m, a, b: torch.addmm(m, a, b), [(2, 4), (2, 3), (3, 4)]),
    ('sum', lambda a: a.sum(), [(2, 3)]),
    ('sum_dim', lambda a: a.sum(1), [(2, 3)]),
    ('mean', lambda a: a.mean(), [(2, 3)]),
    ('mean_dim', lambda a: a.mean(0), [(2, 3)]),
    ('view', lambda a: a.view(3, 2), [(2, 3)]),
    ('expand', lambda a: a.expand(3, 4), [(1, 4)]),
    ('transpose', lambda a: a.transpose(0, 1), [(2, 3)]),
    ('t', lambda a: a.t(), [(2, 3)]),
    ('exp', lambda a: a.exp(), [(2, 3)]),
    ('composite', lambda a, b: ((a * b).sum(1) / (a * a + 1).sum(1)).mean(), [(2, 3), (2, 3)]),
]


def _inputs(shapes):
    out = []
    for k, spec in enumerate(shapes):
        pos = spec[-1] == 'pos'
        shape = spec[:-1] if pos else spec
        out.append(D(*shape, positive=pos, seed=k))
    return tuple(out)


@pytest.mark.parametrize('name, fn, shapes', CASES, ids=[c[0] for c in CASES])
def test_gradcheck_registry_ops(name, fn, shapes):
    if name == 'exp' and not _has('exp'):
        pytest.skip('exp not registered')
    assert gradcheck(fn, _inputs(shapes)) is True


SECOND_ORDER = ['mul', 'div', 'pow_scalar', 'pow_tensor', 'mm', 'addmm', 'reciprocal', 'exp',
                'composite', 'rdiv', 'add_broadcast', 'expand']


@pytest.mark.parametrize('name', SECOND_ORDER)
def test_gradgradcheck_registry_ops(name):
    if name == 'exp' and not _has('exp'):
        pytest.skip('exp not registered')
    _, fn, shapes = [c for c in CASES if c[0] == name][0]
    torch.manual_seed(0)
    assert gradgradcheck(fn, _inputs(shapes)) is True


def test_gradgradcheck_with_given_and_noncontiguous_grad_outputs():
    a, b = _inputs([(2, 3), (3, 2)])
    go = Variable(torch.from_numpy(np.random.RandomState(1).randn(2, 2)), requires_grad=True)
    assert gradgradcheck(lambda a, b: a.mm(b) * a.mm(b), (a, b), (go,)) is True
    torch.manual_seed(0)
    assert gradgradcheck(lambda a: a * a * a, [D(3, 2)])            # 0.3.1's test form: a list
    # 0.3.1's signature: raise_exception and gen_non_contig_grad_outputs came with 0.4
    for kw in ('raise_exception', 'gen_non_contig_grad_outputs'):
        with pytest.raises(TypeError, match="unexpected keyword argument '%s'" % kw):
            gradgradcheck(lambda a: a * a, [D(2)], **{kw: False})


def test_gradcheck_single_variable_and_multiple_outputs():
    x = D(3)
    assert gradcheck(lambda x: x * 2, x)
    assert gradcheck(lambda x: (x * 2, x * x, (x + 1).sum()), (x,))


class WrongScale(Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, g):
        return g * 3


def test_jacobian_mismatch_message():
    x = Variable(torch.DoubleTensor([1.0, 2.0]), requires_grad=True)
    with pytest.raises(RuntimeError) as e:
        gradcheck(WrongScale.apply, (x,))
    # 0.3.1's text: "output no." counts the inputs, and both lists of Jacobians are printed
    # whole (a tuple's repr: each tensor's printout, then ",)")
    assert str(e.value) == ('for output no. 0,\n'
                            ' numerical:(\n 2  0\n 0  2\n[torch.FloatTensor of size 2x2]\n,)\n'
                            'analytical:(\n 3  0\n 0  3\n[torch.FloatTensor of size 2x2]\n,)\n')
    assert gradcheck(WrongScale.apply, (x,), raise_exception=False) is False
    with pytest.raises(RuntimeError) as e:
        gradcheck(WrongScale.apply, [x])        # a list: the numerical side is printed as one
    assert str(e.value).startswith('for output no. 0,\n numerical:[\n 2  0\n')
    assert '\nanalytical:(\n 3  0\n' in str(e.value)


def test_mismatch_reports_the_input_index():
    a = D(2)
    b = D(2, seed=5)
    with pytest.raises(RuntimeError) as e:
        gradcheck(lambda a, b: a * 2 + WrongScale.apply(b), (a, b))
    assert str(e.value).startswith('for output no. 1,\n numerical:(\n')


def test_backward_not_multiplied_by_grad_output():
    class IgnoresZeros(Function):
        @staticmethod
        def forward(ctx, x):
            return x * 1

        @staticmethod
        def backward(ctx, g):
            if float(np.abs(g.data.numpy()).sum()) == 0:
                return g + 1
            return g

    with pytest.raises(RuntimeError) as e:
        gradcheck(IgnoresZeros.apply, (D(3),))
    assert str(e.value) == 'backward not multiplied by grad_output'


def test_backward_not_reentrant():
    class Drifting(Function):
        calls = [0]

        @staticmethod
        def forward(ctx, x):
            return x * 1

        @staticmethod
        def backward(ctx, g):
            Drifting.calls[0] += 1
            return g * (1 + 1e-4 * Drifting.calls[0])

    with pytest.raises(RuntimeError) as e:
        gradcheck(Drifting.apply, (D(2),))
    assert str(e.value) == 'not reentrant'


def test_jacobians_are_default_type_and_shaped_input_by_output():
    x = D(2, 3)
    jac = get_numerical_jacobian(lambda inp: (inp[0] * 2).data, (x,), (x,), eps=1e-6)
    assert jac[0].type() == 'torch.FloatTensor'
    assert jac[0].size() == torch.Size([6, 6])
    out = x.mm(Variable(torch.ones(3, 1).double()))
    ana, reentrant, sizes_ok = get_analytical_jacobian((x,), out)
    assert reentrant and sizes_ok
    assert ana[0].size() == torch.Size([6, 2])
    zero_gradients(x)
    assert np.all(x.grad.data.numpy() == 0) and x.grad.grad_fn is None


def test_gradcheck_skips_inputs_without_grad():
    x = D(3)
    c = Variable(torch.from_numpy(np.arange(3.0)))
    assert gradcheck(lambda x, c: x * c, (x, c))


def test_parity_analytical_jacobian_matches_modern():
    mt = pytest.importorskip('torch')
    rng = np.random.RandomState(2)
    a_np = rng.randn(2, 3)
    b_np = rng.randn(3, 2)
    a = Variable(torch.from_numpy(a_np.copy()), requires_grad=True)
    b = Variable(torch.from_numpy(b_np.copy()), requires_grad=True)
    out = (a.mm(b) * a.mm(b))
    ana, _, _ = get_analytical_jacobian((a, b), out)
    ja, jb = mt.autograd.functional.jacobian(lambda x, y: (x @ y) * (x @ y),
                                            (mt.tensor(a_np), mt.tensor(b_np)))
    # ours: (input.numel(), output.numel()); modern: output shape + input shape
    assert np.allclose(ana[0].numpy(), ja.reshape(4, 6).T.numpy(), rtol=1e-5, atol=1e-5)
    assert np.allclose(ana[1].numpy(), jb.reshape(4, 6).T.numpy(), rtol=1e-5, atol=1e-5)


class _FlatGrad(Function):
    """The identity on a 2x2 input whose backward returns the right values flattened to (4,)."""

    @staticmethod
    def forward(ctx, x):
        return x.clone()

    @staticmethod
    def backward(ctx, g):
        return g.contiguous().view(-1)


def test_a_gradient_of_the_wrong_shape_fails_last():
    # the values are right (0.3.1 copied them into the column by element count), so the
    # Jacobians agree and the backward is reentrant: the size check, checked last, fails
    x = Variable(torch.DoubleTensor([[1.0, 2.0], [3.0, 4.0]]), requires_grad=True)
    with pytest.raises(RuntimeError) as e:
        gradcheck(_FlatGrad.apply, (x,))
    assert str(e.value) == 'not correct_grad_sizes'
    assert gradcheck(_FlatGrad.apply, (x,), raise_exception=False) is False


def test_no_variables_among_the_inputs():
    w = Variable(torch.DoubleTensor([1.0, 2.0]), requires_grad=True)
    t = torch.DoubleTensor([3.0, 4.0])
    # the output depends on no input: the Jacobians (zeros) agree, then the grad_output check
    # finds no Variable among the inputs
    with pytest.raises(RuntimeError) as e:
        gradcheck(lambda a: w * 2, (t,))
    assert str(e.value) == 'no Variables found in input'
