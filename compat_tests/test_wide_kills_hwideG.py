"""Behaviour of the front-end, dispatch, autograd and tensor files that the random wider-kind
mutants of helper hwideG (seed 1801) showed unguarded.

* a new-style ``Function``'s ``to_save`` is emptied once forward has saved its tensors
  (0.3.1 ``python_function.cpp`` ``_save_variables``: ``Py_DECREF(self->to_save);
  self->to_save = NULL``, read back as ``None`` through the ``to_save`` getter);
* numpy's error state is the caller's again after every kind of library call (type
  conversions, tensor ops, in-place ops, backward): the library only silences numpy inside;
* a tensor's ``add``/``sub`` (and in place) given ``(value, Variable)`` or ``(value, other of
  another type)``: 0.3.1's cwrap text with every overload, the arguments as given; a Variable's
  ``(value, other)`` errors never show the internal ``add_alpha``/``sub_alpha`` op name;
* a custom Function's gradient that does not broadcast from its input is passed on as it is,
  even one with the input's number of elements (0.3.1 ``PyFunction::apply`` checks only the
  number of gradients; ``AccumulateGrad`` stores a clone), while one that broadcasts from the
  input is summed back to it, for new- and old-style Functions, with and without create_graph.
"""
import re

import numpy as np
import pytest

import legacy_autograd as L
from legacy_autograd.autograd import Function, Variable


def _raises(exc, text, fn, *args, **kwargs):
    with pytest.raises(exc) as info:
        fn(*args, **kwargs)
    assert str(info.value) == text, str(info.value)


# ====================================================================== Function.to_save
class _Scale(Function):
    @staticmethod
    def forward(ctx, x, y):
        ctx.save_for_backward(x, y)
        return x * y

    @staticmethod
    def backward(ctx, g):
        x, y = ctx.saved_variables
        return g * y, g * x


def test_to_save_is_cleared_after_forward_and_saved_values_stay():
    x = Variable(L.DoubleTensor([1, 2]), requires_grad=True)
    y = Variable(L.DoubleTensor([3, 4]), requires_grad=True)
    out = _Scale.apply(x, y)
    assert out.grad_fn.to_save is None
    assert [v.data.tolist() for v in out.grad_fn.saved_variables] == [[1, 2], [3, 4]]
    out.sum().backward()
    assert x.grad.data.tolist() == [3, 4] and y.grad.data.tolist() == [1, 2]


# ====================================================================== numpy's error state
def _conversions():
    t = L.FloatTensor([float('nan'), float('inf'), 1.5])
    return [t.int(), t.long(), t.byte(), t.short(), t.char(), t.double(), t.type('torch.IntTensor')]


def _tensor_calls():
    t = L.zeros(3)
    return [1 / t, t.log(), t.sum(), (t / t).mean(), t.clone().div_(0), t.clone().log_()]


def _variable_calls():
    x = Variable(L.zeros(3), requires_grad=True)
    y = (1 / x).sum() + x.log().sum()
    y.backward()
    z = Variable(L.ones(1), requires_grad=True)
    (z / 0).backward()                      # the one-output backward of a size-1 root
    return [y, x.grad, z.grad]


@pytest.mark.parametrize('program', [_conversions, _tensor_calls, _variable_calls])
def test_every_entry_point_leaves_numpys_error_state_as_it_was(program):
    # the library silences numpy only while it runs (quiet.py): the caller's state is restored
    with np.errstate(divide='raise', over='warn', invalid='raise', under='ignore'):
        before = np.geterr()
        program()
        assert np.geterr() == before
        with pytest.raises(FloatingPointError):
            np.ones(1) / np.zeros(1)


# ====================================================================== add/sub (value, other)
def _value_other_text(name, value_type, bad):
    # 0.3.1's cwrap text for a tensor method given (value, other) that match no overload
    return ('%s received an invalid combination of arguments - got (%s, %s), but expected one '
            'of:\n * (float value)\n * (torch.FloatTensor other)\n * (float value, '
            'torch.FloatTensor other)\n      didn\'t match because some of the arguments have '
            'invalid types: (%s, !%s!)\n' % (name, value_type, bad, value_type, bad))


@pytest.mark.parametrize('name', ['add', 'sub', 'add_', 'sub_'])
def test_tensor_value_other_refuses_a_variable_with_the_cwrap_text(name):
    t = L.FloatTensor([1, 2])
    v = Variable(L.FloatTensor([3, 4]))
    _raises(TypeError, _value_other_text(name, 'int', 'Variable'), getattr(t.clone(), name), 2, v)
    _raises(TypeError, _value_other_text(name, 'float', 'torch.DoubleTensor'),
            getattr(t.clone(), name), 0.5, L.DoubleTensor([3, 4]))
    assert t.tolist() == [1, 2]


@pytest.mark.parametrize('name', ['add', 'sub', 'add_', 'sub_'])
def test_variable_value_other_errors_name_the_public_method(name):
    # the (value, other) form runs the internal add_alpha/sub_alpha op: its name never shows
    v = Variable(L.FloatTensor([1, 2]))
    for other in (L.FloatTensor([3, 4]), Variable(L.DoubleTensor([3, 4]))):
        with pytest.raises((TypeError, RuntimeError)) as info:
            getattr(v.clone(), name)(2, other)
        text = str(info.value)
        assert '_alpha' not in text, text
        # 0.3.1 said "add() received ..." / "add_() received ..." (python_arg_parser.cpp)
        assert re.match(r'^%s_?(\(\))? received an invalid combination' % name.rstrip('_'), text) \
            or text.startswith('Expected object of type Variable[torch.FloatTensor] but found '
                               'type Variable[torch.DoubleTensor]'), text


# ====================================================================== custom gradients' shapes
class _NewStyleFixed(Function):
    @staticmethod
    def forward(ctx, x):
        return x.clone()

    @staticmethod
    def backward(ctx, g):
        return Variable(L.DoubleTensor([[1, 2], [3, 4], [5, 6]]))


class _OldStyleFixed(Function):
    def forward(self, x):
        return x.clone()

    def backward(self, g):
        return L.DoubleTensor([[1, 2], [3, 4], [5, 6]])


@pytest.mark.parametrize('create_graph', [False, True])
@pytest.mark.parametrize('style', ['new', 'old'])
def test_a_custom_gradient_of_the_same_size_but_another_shape_is_not_reshaped(style, create_graph):
    # 0.3.1 checked neither the size nor the shape of a custom Function's gradient
    # (python_function.cpp PyFunction::apply); the leaf's AccumulateGrad kept a clone of it
    x = Variable(L.zeros(2, 3).double(), requires_grad=True)
    out = _NewStyleFixed.apply(x) if style == 'new' else _OldStyleFixed()(x)
    out.sum().backward(create_graph=create_graph)
    assert x.grad.size() == L.Size([3, 2])
    assert x.grad.data.tolist() == [[1, 2], [3, 4], [5, 6]]
    # a gradient that broadcasts from the input's shape is still summed back to it
    # (the same Function: its fixed (3, 2) gradient broadcasts from a (2,) input)
    y = Variable(L.zeros(2).double(), requires_grad=True)
    _NewStyleFixed.apply(y).sum().backward(create_graph=create_graph)
    assert y.grad.data.tolist() == [9, 12]


# ====================================================================== profiler re-entrance texts
def test_profiler_context_managers_refuse_reentry_with_031_texts():
    from legacy_autograd.autograd import profiler
    prof = profiler.profile()
    with prof:
        _raises(RuntimeError, 'autograd profiler traces are not reentrant', prof.__enter__)
    nv = profiler.emit_nvtx()
    with pytest.raises(RuntimeError):
        nv.__enter__()                  # no CUDA here: the first entry fails after marking it
    _raises(RuntimeError, 'NVTX annotation context manager is not reentrant', nv.__enter__)


# ====================================================================== second order through narrow
@pytest.mark.parametrize('form', ['narrow', 'split', 'chunk', 'narrow_twice'])
def test_second_order_through_narrow_and_its_siblings(form):
    # the gradient of narrow is a zero-padded copy (an op of its own); its gradient w.r.t. the
    # incoming gradient narrows again, in the same dim: gradgradcheck differentiates both
    from legacy_autograd.autograd import gradcheck, gradgradcheck
    fns = {
        'narrow': lambda x: x.narrow(1, 1, 2) * x.narrow(1, 0, 2),
        'split': lambda x: x.split(2, 1)[1] * 3,
        'chunk': lambda x: x.chunk(2, 0)[0] ** 2,
        'narrow_twice': lambda x: x.narrow(0, 1, 3).narrow(1, 1, 2).exp(),
    }
    x = Variable(L.DoubleTensor(np.linspace(-1, 1, 16).reshape(4, 4)), requires_grad=True)
    assert gradcheck(fns[form], (x,))
    go = Variable(L.DoubleTensor(np.linspace(0.5, 2, fns[form](x).numel()).reshape(
        tuple(fns[form](x).size()))), requires_grad=True)
    assert gradgradcheck(fns[form], (x,), (go,))


# ====================================================================== gradcheck of a non-leaf input
def test_gradcheck_of_a_non_leaf_input_sees_no_gradient_as_in_031():
    # 0.3.1's gradcheck read each input's .grad (iter_variables) without retaining it: a
    # non-leaf input has none, its analytical Jacobian is zeros and the check fails
    from legacy_autograd.autograd import gradcheck
    x = Variable(L.DoubleTensor([1.0, 2.0]), requires_grad=True)
    y = x * 1
    assert gradcheck(lambda a: a * 3, (y,), raise_exception=False) is False
    with pytest.raises(RuntimeError) as info:
        gradcheck(lambda a: a * 3, (y,))
    assert str(info.value).startswith('for output no. 0,\n numerical:(\n')
    assert y.grad is None
    assert gradcheck(lambda a: a * 3, (x,)) is True


# ====================================================================== same-size Variables that do not broadcast
@pytest.mark.parametrize('form', ['+', 'add', 'add_value', 'sub', '*', '/'])
def test_variables_of_one_size_that_do_not_broadcast_fall_back_to_pointwise(form):
    # 0.3's deprecated pointwise fallback (with its warning): the other operand is viewed with
    # self's shape, and its gradient comes back in its own shape
    a = Variable(L.DoubleTensor([[1, 2, 3], [4, 5, 6]]), requires_grad=True)
    b = Variable(L.DoubleTensor([6, 5, 4, 3, 2, 1]), requires_grad=True)
    run = {'+': lambda: a + b, 'add': lambda: a.add(b), 'add_value': lambda: a.add(2, b),
           'sub': lambda: a.sub(b), '*': lambda: a * b, '/': lambda: a / b}[form]
    with pytest.warns(UserWarning, match='Falling back to deprecated pointwise behavior'):
        out = run()
    an = np.array([[1., 2, 3], [4, 5, 6]])
    bn = np.array([6., 5, 4, 3, 2, 1]).reshape(2, 3)
    want, ga, gb = {'+': (an + bn, 1 + 0 * an, 1 + 0 * bn), 'add': (an + bn, 1 + 0 * an, 1 + 0 * bn),
                    'add_value': (an + 2 * bn, 1 + 0 * an, 2 + 0 * bn),
                    'sub': (an - bn, 1 + 0 * an, -1 + 0 * bn), '*': (an * bn, bn, an),
                    '/': (an / bn, 1 / bn, -an / bn ** 2)}[form]
    assert out.size() == L.Size([2, 3])
    np.testing.assert_allclose(out.data.numpy(), want, rtol=1e-15)
    out.sum().backward()
    assert a.grad.size() == L.Size([2, 3]) and b.grad.size() == L.Size([6])
    np.testing.assert_allclose(a.grad.data.numpy(), ga, rtol=1e-15)
    np.testing.assert_allclose(b.grad.data.numpy(), gb.reshape(-1), rtol=1e-15)
