"""Behaviour of the front-end, argument-parsing and fast-path files that the wider-kind random
mutants of helper hwideE (seed 1103, a third round on hwideD's area) showed unguarded.

Each gap is tested over its class:

* the profiler's event objects: every ``*_str`` property (0.3.1 ``attr_formatter``: microseconds
  with three decimals), the ``repr`` of ``FunctionEvent`` and ``FunctionEventAvg`` (0.3.1's
  format strings) and the table built from them;
* the ops whose fast kernels use ``with_number`` / ``select`` (clamp with one or two bounds,
  relu, threshold) give modern torch's values and gradients on small and large tensors, in
  fast mode and in reference mode (``legacy_autograd.testing.reference_mode``);
* the argument error of a dim-reduction (``sum``, ``mean``, ``prod``) names the public
  function, not the internal ``*_dim`` op, for tensors and Variables;
* a new-style ``Function`` with two outputs, only one of them used: 0.3.1 fills the missing
  gradient with zeros of the output's type (``python_function.cpp``, ``VariableInfo::zeros``,
  a plain Variable, never volatile), so with ``create_graph=True`` the gradient it returns
  keeps its graph and can be differentiated again.

Values are checked against modern torch; texts are 0.3.1's.
"""
import numpy as np
import pytest
import torch as T

import legacy_autograd as L
from legacy_autograd.autograd import Function, Variable
from legacy_autograd.autograd import profiler
from legacy_autograd.testing import assert_close, reference_mode


def _raises(exc, text, fn, *args, **kwargs):
    with pytest.raises(exc) as info:
        fn(*args, **kwargs)
    assert str(info.value) == text, str(info.value)


# ====================================================================== profiler event texts
def test_function_event_time_strings_and_repr():
    e = profiler.FunctionEvent(id=3, name='mul', start=1000, end=3500)
    assert e.cpu_time_total == 2500 and e.cpu_time == 2500.0 and e.count == 1
    assert e.cpu_time_str == '2.500us'
    assert e.cpu_time_total_str == '2.500us'
    assert e.cuda_time_str == '0.000us'
    assert e.cuda_time_total_str == '0.000us'
    assert repr(e) == '<FunctionEvent id=3 cpu_time=2.500us cuda_time=0.000us name=mul>'
    e.kernels.append(('k', 1250))
    assert e.cuda_time_str == '1.250us' and e.cuda_time_total_str == '1.250us'


def test_function_event_avg_time_strings_repr_and_table():
    a = profiler.FunctionEvent(id=0, name='add', start=0, end=1000)
    b = profiler.FunctionEvent(id=1, name='add', start=2000, end=4500)
    avg = profiler.FunctionEventAvg()
    assert avg.cpu_time_str == '0.000us' and avg.cuda_time_str == '0.000us'   # no calls yet
    avg += a
    avg += b
    assert avg.count == 2 and avg.key == 'add'
    assert avg.cpu_time_total_str == '3.500us'
    assert avg.cpu_time_str == '1.750us'
    assert avg.cuda_time_str == '0.000us' and avg.cuda_time_total_str == '0.000us'
    assert repr(avg) == '<FunctionEventAvg cpu_time=1.750us cuda_time=0.000us key=add>'
    table = profiler.EventList([a, b]).key_averages().table()
    lines = table.splitlines()
    assert lines[1] == ('Name   ' + '         CPU time        CUDA time            Calls'
                        '        CPU total       CUDA total')
    assert lines[3] == ('add    ' + '          1.750us          0.000us                2'
                        '          3.500us          0.000us')


# ======================================================= reference mode: with_number / select
@pytest.mark.parametrize('n', [7, 3000, 10000])
@pytest.mark.parametrize('case', ['clamp_min', 'clamp_max', 'clamp_both', 'relu', 'threshold'])
def test_reference_mode_pointwise_with_a_number(case, n):
    rng = np.random.RandomState(n)
    data = rng.randn(n).astype(np.float64)
    data[:3] = [0.0, -0.0, 0.25]
    fns = {
        'clamp_min': (lambda v: v.clamp(min=0.1), lambda t: t.clamp(min=0.1)),
        'clamp_max': (lambda v: v.clamp(max=-0.2), lambda t: t.clamp(max=-0.2)),
        'clamp_both': (lambda v: v.clamp(-0.5, 0.5), lambda t: t.clamp(-0.5, 0.5)),
        'relu': (lambda v: L.nn.functional.relu(v), lambda t: T.nn.functional.relu(t)),
        'threshold': (lambda v: L.nn.functional.threshold(v, 0.3, -2.0),
                      lambda t: T.nn.functional.threshold(t, 0.3, -2.0)),
    }
    lf, mf = fns[case]
    up = rng.randn(n)
    m = T.tensor(data, requires_grad=True)
    mout = mf(m)
    mout.backward(T.tensor(up))
    for reference in (True, False):
        with reference_mode(reference):
            v = Variable(L.DoubleTensor(data.copy()), requires_grad=True)
            out = lf(v)
            assert type(out.data) is L.DoubleTensor
            assert_close(out, mout)
            out.backward(L.DoubleTensor(up.copy()))
            assert_close(v.grad, m.grad)
            t = lf(Variable(L.DoubleTensor(data.copy()))).data      # the tensor forms too
            assert_close(t, mout.detach())


# ============================================================ dim-reduction argument errors
@pytest.mark.parametrize('name', ['sum', 'mean', 'prod'])
@pytest.mark.parametrize('variable', [False, True])
def test_dim_reduction_errors_name_the_public_function(name, variable):
    x = L.FloatTensor([[1, 2], [3, 4]])
    if variable:
        x = Variable(x)
    _raises(TypeError, "%s(): argument 'dim' (position 1) must be int, not float" % name,
            getattr(x, name), 1.5)
    _raises(TypeError, "%s(): argument 'dim' (position 1) must be int, not str" % name,
            getattr(x, name), 'a')


# ============================================ unused output of a new-style Function: zeros
class _TwoOut(Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * 2, x * x

    @staticmethod
    def backward(ctx, g1, g2):
        x, = ctx.saved_variables
        return g1 * 2 + g2 * 2 * x


def test_missing_gradient_of_an_output_keeps_the_double_backward_graph():
    used = 1            # only ``x * x`` is used: the gradient of ``x * 2`` is filled with zeros
    data = [0.5, -1.5, 2.0]
    x = Variable(L.DoubleTensor(data), requires_grad=True)
    y = _TwoOut.apply(x)[used]
    w = L.DoubleTensor([1.0, 2.0, 3.0])
    g, = L.autograd.grad((y * Variable(w)).sum(), x, create_graph=True)
    assert not g.volatile and g.requires_grad
    (g * g).sum().backward()

    m = T.tensor(data, dtype=T.float64, requires_grad=True)
    my = (m * 2, m * m)[used]
    mg, = T.autograd.grad((my * T.tensor([1.0, 2.0, 3.0], dtype=T.float64)).sum(), m,
                          create_graph=True)
    assert_close(g, mg)
    (mg * mg).sum().backward()
    assert_close(x.grad, m.grad)
