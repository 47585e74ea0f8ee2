"""backward(), autograd.grad() and the engine (spec section 3, design-lessons 1, 2, 5):
argument handling and every error text, retain/create_graph rules, accumulation,
buffer freeing, graph shapes (deep chains, diamonds, fan-out, shared subgraphs),
pruning, memory release, higher-order gradients, parity with modern torch."""
import gc
import os
import re
import warnings
import weakref

import numpy as np
import pytest

import legacy_autograd as torch
from legacy_autograd.autograd import Variable
from legacy_autograd.autograd import _run_backward
from legacy_autograd.ops import backend_numpy

FREED = ('Trying to backward through the graph a second time, but the buffers have already been '
         'freed. Specify retain_graph=True when calling backward the first time.')
HERE = os.path.dirname(os.path.abspath(__file__))


def V(values, requires_grad=False, double=False, **kw):
    t = torch.DoubleTensor(values) if double else torch.FloatTensor(values)
    return Variable(t, requires_grad=requires_grad, **kw)


def lst(v):
    return v.data.tolist()


# ====================================================================== argument handling
def test_implicit_gradient_only_for_scalars():
    x = Variable(torch.ones(2, 2), requires_grad=True)
    y = x * 2
    with pytest.raises(RuntimeError) as e:
        y.backward()
    assert str(e.value) == 'grad can be implicitly created only for scalar outputs'
    y.sum().backward()
    assert lst(x.grad) == [[2.0, 2.0], [2.0, 2.0]]


def test_bad_gradient_type():
    x = Variable(torch.ones(2), requires_grad=True)
    with pytest.raises(TypeError) as e:
        torch.autograd.backward([x * 2], [3])
    assert str(e.value) == 'gradients can be either Tensors, Variables or None, but got int'
    with pytest.raises(TypeError) as e:
        (x * 2).backward(3)               # 0.3 did list(gradient) first
    assert str(e.value) == "'int' object is not iterable"


def test_backward_on_volatile():
    v = Variable(torch.ones(1), volatile=True)
    with pytest.raises(RuntimeError) as e:
        (v * 2).backward(torch.ones(1))
    assert str(e.value) == 'element 0 of variables tuple is volatile'


def test_backward_without_grad():
    v = Variable(torch.ones(1))
    with pytest.raises(RuntimeError) as e:
        (v * 2).backward(torch.ones(1))
    assert str(e.value) == ('element 0 of variables does not require grad and does not have a '
                            'grad_fn')
    x = Variable(torch.ones(1), requires_grad=True)
    with pytest.raises(RuntimeError) as e:
        torch.autograd.backward([x * 2, v], [torch.ones(1), torch.ones(1)])
    assert str(e.value) == ('element 1 of variables does not require grad and does not have a '
                            'grad_fn')


def test_backward_element_not_a_variable():
    x = Variable(torch.ones(1), requires_grad=True)
    with pytest.raises(RuntimeError) as e:
        torch.autograd.backward([x * 2, torch.ones(1)], [torch.ones(1), torch.ones(1)])
    assert str(e.value) == 'element 1 of variables tuple is not a Variable'


def test_engine_gradient_tuple_checks():
    x = Variable(torch.ones(1), requires_grad=True)
    y = x * 2
    with pytest.raises(RuntimeError) as e:
        _run_backward((y,), (torch.ones(1),), False)
    assert str(e.value) == 'element 0 of gradients tuple is not a Variable or None'
    with pytest.raises(RuntimeError) as e:
        _run_backward((y, y), (Variable(torch.ones(1)),), False)
    assert str(e.value) == 'got 2 variables and 1 gradients'


def test_more_variables_than_gradients():
    x = Variable(torch.ones(1), requires_grad=True)
    with pytest.raises(RuntimeError) as e:
        torch.autograd.backward([x * 2, x * 3], [torch.ones(1)])
    assert str(e.value) == 'got 2 variables and 1 gradients'


def test_retain_variables_is_deprecated():
    x = Variable(torch.ones(2), requires_grad=True)
    y = (x * x).sum()
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        y.backward(retain_variables=True)
    assert len(w) == 1
    assert w[0].category is UserWarning
    assert str(w[0].message) == ('retain_variables option is deprecated and will be removed in '
                                 '0.3. Use retain_graph instead.')
    y.backward()                              # the graph was retained
    assert lst(x.grad) == [4.0, 4.0]
    with pytest.raises(ValueError) as e:
        y.backward(retain_graph=True, retain_variables=True)
    assert str(e.value) == 'only one of retain_graph and retain_variables can be specified'


# ====================================================================== freeing and retaining
def test_graph_without_saved_values_can_backward_twice():
    # discuss.pytorch.org/t/364: x.grad goes 1 -> 7
    x = Variable(torch.ones(2, 2), requires_grad=True)
    y = x + 2
    y.backward(torch.ones(2, 2))
    assert lst(x.grad) == [[1.0, 1.0], [1.0, 1.0]]
    z = y * y
    z.backward(torch.ones(2, 2))
    assert lst(x.grad) == [[7.0, 7.0], [7.0, 7.0]]
    y.backward(torch.ones(2, 2))             # AddBackward0 saved nothing: fine again
    assert lst(x.grad) == [[8.0, 8.0], [8.0, 8.0]]


def test_second_backward_through_freed_buffers():
    x = Variable(torch.ones(2), requires_grad=True)
    y = (x * x).sum()
    y.backward()
    with pytest.raises(RuntimeError) as e:
        y.backward()
    assert str(e.value) == FREED


def test_retain_graph_keeps_buffers():
    x = Variable(torch.ones(2), requires_grad=True)
    y = (x * x).sum()
    y.backward(retain_graph=True)
    y.backward(retain_graph=True)
    y.backward()
    assert lst(x.grad) == [6.0, 6.0]
    with pytest.raises(RuntimeError) as e:
        y.backward()
    assert str(e.value) == FREED


def test_create_graph_defaults_from_gradient_kind():
    x = Variable(torch.ones(2), requires_grad=True)
    y = x * x
    y.backward(torch.ones(2))                     # tensor -> volatile grad, no graph
    assert x.grad.volatile and x.grad.grad_fn is None
    x.grad = None
    y = x * x
    y.backward(Variable(torch.ones(2)))           # non-volatile Variable -> create_graph=True
    assert not x.grad.volatile
    assert x.grad.grad_fn is not None and x.grad.requires_grad
    y.backward(Variable(torch.ones(2)))           # ... and retain_graph defaulted to True
    assert lst(x.grad) == [4.0, 4.0]
    x.grad = None
    y = x * x
    y.backward(Variable(torch.ones(2), volatile=True))   # volatile Variable -> no graph
    assert x.grad.volatile
    with pytest.raises(RuntimeError) as e:
        y.backward(torch.ones(2))
    assert str(e.value) == FREED


def test_create_graph_explicit():
    x = Variable(torch.DoubleTensor([2.0]), requires_grad=True)
    y = x ** 3
    y.backward(create_graph=True)
    g = x.grad
    assert lst(g) == [12.0]
    assert g.grad_fn is not None
    x.grad = None
    g.backward()
    assert lst(x.grad) == [12.0]                  # d(3x^2)/dx = 6x


# ====================================================================== accumulation
def test_first_gradient_is_a_fresh_copy_then_accumulated_in_place():
    x = Variable(torch.ones(2), requires_grad=True)
    g = torch.ones(2) * 3
    x.backward(g)                                 # a leaf as root
    assert lst(x.grad) == [3.0, 3.0]
    assert x.grad.data is not g
    g.mul_(0)
    assert lst(x.grad) == [3.0, 3.0]
    data = x.grad.data
    grad_var = x.grad
    (x * 2).sum().backward()
    assert x.grad is grad_var and x.grad.data is data
    assert data.tolist() == [5.0, 5.0]


def test_zeroing_grad_data_like_an_optimizer():
    x = Variable(torch.ones(2), requires_grad=True)
    (x * 2).sum().backward()
    x.grad.data.zero_()
    (x * 3).sum().backward()
    assert lst(x.grad) == [3.0, 3.0]


def test_gradients_are_cast_and_unbroadcast():
    x = Variable(torch.ones(2, 3), requires_grad=True)
    b = Variable(torch.ones(3), requires_grad=True)
    (x + b).sum().backward()
    assert lst(b.grad) == [2.0, 2.0, 2.0]
    assert b.grad.data.type() == 'torch.FloatTensor'
    d = Variable(torch.ones(2).double(), requires_grad=True)
    (d.float() * 2).sum().backward()
    assert d.grad.data.type() == 'torch.DoubleTensor'
    assert lst(d.grad) == [2.0, 2.0]


def test_leaf_whose_requires_grad_was_switched_off_gets_nothing():
    x = Variable(torch.ones(2), requires_grad=True)
    y = (x * 2).sum()
    x.requires_grad = False
    y.backward()
    assert x.grad is None


# ====================================================================== graph shapes
@pytest.mark.parametrize('op', ['add', 'mul'])
def test_deep_chain_100k_ops(op):
    # no recursion in backward or in freeing the graph (its time is bench/time_budgets.py's)
    x = Variable(torch.DoubleTensor([1.0, 2.0]), requires_grad=True)
    y = x
    for _ in range(100000):
        y = y + 1 if op == 'add' else y * 1.0001
    y.sum().backward()
    expected = 1.0 if op == 'add' else 1.0001 ** 100000
    assert np.allclose(x.grad.data.numpy(), expected, rtol=1e-9)
    del y                                   # dropping the graph does not recurse either


def test_deep_chain_create_graph():
    x = Variable(torch.DoubleTensor([1.5]), requires_grad=True)
    y = x
    for _ in range(2000):
        y = y * x / x + 0.0                 # y == x, long graph that depends on x everywhere
    y = y * y
    g, = torch.autograd.grad(y, x, create_graph=True)
    assert np.allclose(g.data.numpy(), 3.0)
    gg, = torch.autograd.grad(g, x)
    assert np.allclose(gg.data.numpy(), 2.0)


def test_diamond():
    a = V([1.0, 2.0], requires_grad=True)
    b = a + a
    c = b * b
    c.sum().backward()
    assert lst(a.grad) == [8.0, 16.0]       # d(4a^2)/da


def test_accumulator_created_late_runs_once():
    # x's AccumulateGrad is created by its first use inside a later op; every node feeding
    # it must still run before it, so its hook sees one summed gradient
    seen = []
    x = V([1.0, 2.0], requires_grad=True)
    x.register_hook(lambda g: seen.append(lst(g)))
    a, b = x.chunk(2)               # SplitBackward made while x's accumulator is created
    y = (a * 3 + b * 5 + x * 7).sum()       # (a*3 + b*5) is broadcast over x's 2 elements
    y.backward()
    assert seen == [[13.0, 17.0]]
    assert lst(x.grad) == [13.0, 17.0]


def test_node_feeding_three_consumers():
    x = V([1.0, -1.0], requires_grad=True)
    h = x * 2
    out = (h * 1 + h * 2 + h * 3).sum()
    out.backward()
    assert lst(x.grad) == [12.0, 12.0]


def test_two_outputs_sharing_a_subgraph():
    x = V([1.0, 2.0], requires_grad=True)
    s = x * x
    a = s * 2
    b = s * 3
    torch.autograd.backward([a, b], [torch.FloatTensor([1.0, 1.0]), torch.FloatTensor([10.0, 0.0])])
    # d/dx of sum(ga * 2x^2 + gb * 3x^2) = 4x*ga + 6x*gb
    assert lst(x.grad) == [64.0, 8.0]


def test_roots_depending_on_each_other():
    x = V([3.0], requires_grad=True)
    a = x * x
    b = a * 2
    torch.autograd.backward([b, a], [torch.ones(1), torch.ones(1)])
    assert lst(x.grad) == [18.0]            # 4x + 2x


def test_branch_without_gradient_is_pruned():
    calls = []
    real_mm = backend_numpy.mm

    def counting_mm(a, b):
        calls.append(1)
        return real_mm(a, b)
    x = Variable(torch.ones(4, 3), requires_grad=True)
    w = Variable(torch.ones(3, 2))           # does not require grad
    y = x.mm(w)
    assert y.grad_fn.next_functions[1] == (None, 0)
    backend_numpy.mm = counting_mm
    try:
        y.sum().backward()
    finally:
        backend_numpy.mm = real_mm
    assert len(calls) == 1                   # only the gradient w.r.t. x was computed
    assert w.grad is None


# ====================================================================== autograd.grad
def test_grad_returns_without_accumulating():
    x = V([1.0, 2.0], requires_grad=True)
    w = V([3.0, 4.0], requires_grad=True)
    y = (x * w).sum()
    gx, = torch.autograd.grad(y, x, retain_graph=True)
    assert lst(gx) == [3.0, 4.0]
    assert gx.volatile
    assert x.grad is None and w.grad is None
    gx, gw = torch.autograd.grad([y], [x, w])
    assert lst(gw) == [1.0, 2.0]
    assert x.grad is None and w.grad is None


def test_grad_only_inputs_false_accumulates_other_leaves():
    x = V([1.0, 2.0], requires_grad=True)
    w = V([3.0, 4.0], requires_grad=True)
    y = (x * w).sum()
    gx, = torch.autograd.grad(y, x, only_inputs=False)
    assert lst(gx) == [3.0, 4.0]
    assert x.grad is None
    assert lst(w.grad) == [1.0, 2.0]


def test_grad_errors():
    x = V([1.0], requires_grad=True)
    y = x * 2
    with pytest.raises(RuntimeError) as e:
        torch.autograd.grad(y, [torch.ones(1)], retain_graph=True)
    assert str(e.value) == 'all inputs have to be Variables, but got torch.FloatTensor'
    with pytest.raises(RuntimeError) as e:
        torch.autograd.grad(y, [Variable(torch.ones(1))], retain_graph=True)
    assert str(e.value) == 'One of the differentiated Variables does not require grad'
    unused = V([1.0], requires_grad=True)
    with pytest.raises(RuntimeError) as e:
        torch.autograd.grad(y, [unused], retain_graph=True)
    assert str(e.value) == ('One of the differentiated Variables appears to not have been used in '
                            'the graph')
    gx, gu = torch.autograd.grad(y, [x, unused], allow_unused=True, retain_graph=True)
    assert lst(gx) == [2.0] and gu is None
    other = x * 5                              # a non-leaf outside y's graph
    with pytest.raises(RuntimeError) as e:
        torch.autograd.grad(y, [other], retain_graph=True)
    assert str(e.value) == 'differentiated input is unreachable'
    assert torch.autograd.grad(y, [other], allow_unused=True, retain_graph=True) == (None,)


def test_grad_with_respect_to_non_leaf():
    x = V([2.0], requires_grad=True)
    h = x * x
    y = h * 3
    gh, = torch.autograd.grad(y, h)
    assert lst(gh) == [3.0]


def test_grad_create_graph_higher_order():
    x = V([2.0, -1.0], requires_grad=True, double=True)
    y = (x ** 3).sum()
    g, = torch.autograd.grad(y, x, create_graph=True)
    assert lst(g) == [12.0, 3.0]
    assert g.requires_grad and not g.volatile
    g2, = torch.autograd.grad(g.sum(), x, create_graph=True)
    assert lst(g2) == [12.0, -6.0]                   # 6x
    g3, = torch.autograd.grad(g2.sum(), x)
    assert lst(g3) == [6.0, 6.0]


def test_mixed_partials():
    x = V([1.5], requires_grad=True, double=True)
    y = V([-2.0], requires_grad=True, double=True)
    f = x * y * y + x * x
    gx, gy = torch.autograd.grad(f, [x, y], create_graph=True)
    assert lst(gx) == [4.0 + 3.0] and lst(gy) == [2 * 1.5 * -2.0]
    gxy, = torch.autograd.grad(gx, y, retain_graph=True)
    gyx, = torch.autograd.grad(gy, x)
    assert lst(gxy) == lst(gyx) == [-4.0]


# ====================================================================== memory
def test_saved_buffers_released_after_backward():
    gc.disable()
    try:
        x = Variable(torch.randn(50, 50), requires_grad=True)
        h = x.mm(x)
        z = (h * h).sum()
        ref = weakref.ref(h.data)
        del h
        assert ref() is not None
        z.backward()
        assert ref() is None                 # freed without the cycle collector
        h = x.mm(x)
        z = (h * h).sum()
        ref = weakref.ref(h.data)
        del h
        z.backward(retain_graph=True)
        assert ref() is not None
        del z
        assert ref() is None
    finally:
        gc.enable()


def test_no_cycle_between_leaf_and_accumulator():
    gc.disable()
    try:
        x = Variable(torch.randn(10), requires_grad=True)
        (x * 2).sum().backward()
        rx = weakref.ref(x)
        rd = weakref.ref(x.data)
        del x
        assert rx() is None and rd() is None
    finally:
        gc.enable()


def test_graph_freed_with_output():
    gc.disable()
    try:
        x = Variable(torch.randn(10), requires_grad=True)
        y = (x * x).exp() if hasattr(Variable, 'exp') else (x * x).reciprocal()
        rf = weakref.ref(y.grad_fn)
        rd = weakref.ref(y.data)
        del y
        assert rf() is None and rd() is None
    finally:
        gc.enable()


# ====================================================================== tutorial script
EXPECTED_TUTORIAL = '''Variable containing:
 1  1
 1  1
[torch.FloatTensor of size 2x2]

Variable containing:
 3  3
 3  3
[torch.FloatTensor of size 2x2]

<AddBackward0 object at 0x...>
Variable containing:
 27  27
 27  27
[torch.FloatTensor of size 2x2]
 Variable containing:
 27
[torch.FloatTensor of size 1]

Variable containing:
 4.5000  4.5000
 4.5000  4.5000
[torch.FloatTensor of size 2x2]

Variable containing:
  788.9900
 -150.2356
-1115.5402
[torch.FloatTensor of size 3]

Variable containing:
  51.2000
 512.0000
   0.0512
[torch.FloatTensor of size 3]

Variable containing:
 4  4
 4  4
[torch.FloatTensor of size 2x2]

12.0
((<MulBackward0 object at 0x...>, 0),)
'''


def test_autograd_tutorial_script_output(run_cli):
    # the README's main job; expected text written by hand from the 0.3 tutorial and spec
    script = os.path.join(os.path.dirname(HERE), 'docs', 'examples', 'autograd_tutorial.py')
    code, out, err = run_cli(['run', script])
    assert code == 0, err
    assert re.sub(r'0x[0-9a-f]+', '0x...', out) == EXPECTED_TUTORIAL


# ====================================================================== parity with modern torch
def _modern():
    return pytest.importorskip('torch')


def test_parity_tutorial_graph():
    mt = _modern()
    x = Variable(torch.ones(2, 2), requires_grad=True)
    out = ((x + 2) * (x + 2) * 3).mean()
    out.backward()
    mx = mt.ones(2, 2, requires_grad=True)
    mout = ((mx + 2) * (mx + 2) * 3).mean()
    mout.backward()
    assert out.data[0] == mout.item()
    assert np.allclose(x.grad.data.numpy(), mx.grad.numpy())


def test_parity_higher_order_derivatives():
    mt = _modern()
    vals = [0.5, -1.25, 2.0]
    x = V(vals, requires_grad=True, double=True)
    mx = mt.tensor(vals, dtype=mt.float64, requires_grad=True)
    for f in (lambda a: a ** 3, lambda a: a * a * a / (a * a + 1), lambda a: (a * 2 - 1) ** 4):
        y = f(x).sum()
        my = f(mx).sum()
        g1, = torch.autograd.grad(y, x, create_graph=True)
        m1, = mt.autograd.grad(my, mx, create_graph=True)
        g2, = torch.autograd.grad(g1.sum(), x, create_graph=True)
        m2, = mt.autograd.grad(m1.sum(), mx, create_graph=True)
        g3, = torch.autograd.grad(g2.sum(), x)
        m3, = mt.autograd.grad(m2.sum(), mx)
        for a, b in ((g1, m1), (g2, m2), (g3, m3)):
            assert np.allclose(a.data.numpy(), b.detach().numpy(), rtol=1e-10, atol=1e-12)


def test_parity_mixed_partials_matrix():
    mt = _modern()
    rng = np.random.RandomState(3)
    a_np = rng.randn(2, 3)
    w_np = rng.randn(3, 2)
    a = Variable(torch.from_numpy(a_np.copy()), requires_grad=True)
    w = Variable(torch.from_numpy(w_np.copy()), requires_grad=True)
    ma = mt.tensor(a_np, requires_grad=True)
    mw = mt.tensor(w_np, requires_grad=True)
    f = (a.mm(w) * a.mm(w)).sum()
    mf = (ma.mm(mw) * ma.mm(mw)).sum()
    ga, = torch.autograd.grad(f, a, create_graph=True)
    mga, = mt.autograd.grad(mf, ma, create_graph=True)
    gw, = torch.autograd.grad((ga * ga).sum(), w)
    mgw, = mt.autograd.grad((mga * mga).sum(), mw)
    assert np.allclose(ga.data.numpy(), mga.detach().numpy())
    assert np.allclose(gw.data.numpy(), mgw.numpy())


# ---- random expression DAGs over shared inputs (hypothesis)
try:
    import hypothesis
    from hypothesis import strategies as st
except ImportError:          # only the property test needs it
    hypothesis = None

BINARY = ['add', 'sub', 'mul', 'div', 'add_bias', 'mm']
UNARY = ['square', 'cube', 'scale', 'neg', 'exp', 'rsub', 'rdiv']


def _apply(op, a, b, lib_bias, lib_w):
    if op == 'add':
        return a + b
    if op == 'sub':
        return a - b
    if op == 'mul':
        return a * b
    if op == 'div':
        return a / (b * b + 1)
    if op == 'add_bias':
        return a + lib_bias
    if op == 'mm':
        return a.mm(lib_w) * 0.5
    if op == 'square':
        return a ** 2
    if op == 'cube':
        return a.pow(3) * 0.1
    if op == 'scale':
        return a * 0.7 - 0.2
    if op == 'neg':
        return -a
    if op == 'exp':
        return (a * 0.1).exp()
    if op == 'rsub':
        return 1 - a
    if op == 'rdiv':
        return 1 / (a * a + 2)
    raise AssertionError(op)


def _build(recipe, leaves, bias, w, reduce_ops):
    nodes = list(leaves)
    for op, i, j in recipe:
        a = nodes[i % len(nodes)]
        b = nodes[j % len(nodes)]
        nodes.append(_apply(op, a, b, bias, w))
    total = None
    for k, red in enumerate(reduce_ops):
        n = nodes[-1 - (k % len(nodes))]
        term = n.sum() if red == 'sum' else n.mean()
        total = term if total is None else total + term
    return total


if hypothesis is not None:
    ops_strategy = st.lists(
        st.tuples(st.sampled_from(BINARY + UNARY), st.integers(0, 50), st.integers(0, 50)),
        min_size=1, max_size=12)

    @hypothesis.settings(max_examples=60, deadline=None)
    @hypothesis.given(recipe=ops_strategy,
                      reduce_ops=st.lists(st.sampled_from(['sum', 'mean']), min_size=1, max_size=3),
                      seed=st.integers(0, 2 ** 31 - 1))
    def test_parity_random_expression_dags(recipe, reduce_ops, seed):
        mt = _modern()
        if 'exp' in (r[0] for r in recipe) and not hasattr(Variable, 'exp'):
            recipe = [r for r in recipe if r[0] != 'exp'] or [('add', 0, 1)]
        rng = np.random.RandomState(seed)
        arrays = [rng.randn(2, 3) for _ in range(3)]
        bias_np = rng.randn(3)
        w_np = rng.randn(3, 3)
        leaves = [Variable(torch.from_numpy(a.copy()), requires_grad=True) for a in arrays]
        bias = Variable(torch.from_numpy(bias_np.copy()), requires_grad=True)
        w = Variable(torch.from_numpy(w_np.copy()), requires_grad=True)
        mleaves = [mt.tensor(a, requires_grad=True) for a in arrays]
        mbias = mt.tensor(bias_np, requires_grad=True)
        mw = mt.tensor(w_np, requires_grad=True)
        out = _build(recipe, leaves, bias, w, reduce_ops)
        mout = _build(recipe, mleaves, mbias, mw, reduce_ops)
        assert out.size() == torch.Size([1])
        assert np.allclose(out.data[0], mout.item(), rtol=1e-9, atol=1e-12)
        if not out.requires_grad:
            return
        params = leaves + [bias, w]
        mparams = mleaves + [mbias, mw]
        used = params
        grads = torch.autograd.grad(out, used, allow_unused=True, create_graph=True)
        mgrads = mt.autograd.grad(mout, mparams, allow_unused=True, create_graph=True)
        for g, mg in zip(grads, mgrads):
            if mg is None:
                assert g is None or np.allclose(g.data.numpy(), 0)
                continue
            assert g is not None
            assert np.allclose(g.data.numpy(), mg.detach().numpy(), rtol=1e-8, atol=1e-10)
        # second order: gradient of the sum of the first leaf's gradient
        if grads[0] is not None and grads[0].requires_grad and mgrads[0] is not None \
                and mgrads[0].requires_grad:
            gg = torch.autograd.grad(grads[0].sum(), used, allow_unused=True)
            mgg = mt.autograd.grad(mgrads[0].sum(), mparams, allow_unused=True)
            for g, mg in zip(gg, mgg):
                if mg is None or g is None:
                    a = 0 if g is None else g.data.numpy()
                    b = 0 if mg is None else mg.numpy()
                    assert np.allclose(a, b)
                    continue
                assert np.allclose(g.data.numpy(), mg.numpy(), rtol=1e-7, atol=1e-9)
        # first-order backward (numpy path) gives the same values as grad(create_graph=True)
        out2 = _build(recipe, leaves, bias, w, reduce_ops)
        out2.backward()
        for p, mg in zip(params, mgrads):
            if mg is None:
                continue
            assert np.allclose(p.grad.data.numpy(), mg.detach().numpy(), rtol=1e-8, atol=1e-10)
else:
    def test_parity_random_expression_dags():
        pytest.skip('hypothesis is not installed')
