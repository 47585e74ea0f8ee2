"""Random graphs built from the op schema's pointwise and broadcasting ops, against modern torch.

The op pool is not written here: it is every declared op whose shape rule is ``pointwise`` or
``broadcast``, runs on Variables and on floats, with each of its sample calls that takes only
numbers and same-shaped tensors.  Inputs are mapped into each op's declared value domain by a
smooth map built from the same ops on both sides.  A graph of 2-6 such ops over three leaves is
run on the shim and on modern torch (each op in its declared modern spelling); the sum of its outputs is backpropagated with
``backward()`` on both sides and the values and the gradients of every leaf must agree.
"""
import numpy as np
import pytest

torch = pytest.importorskip('torch', reason="modern PyTorch is not installed: pip install -e '.[test]'")
hypothesis = pytest.importorskip('hypothesis')

from hypothesis import given, settings, HealthCheck, strategies as st  # noqa: E402

import legacy_autograd as L  # noqa: E402
from legacy_autograd import testing as T  # noqa: E402
from legacy_autograd.autograd import Variable  # noqa: E402
from legacy_autograd.ops.schema import SCHEMA, X, Y, Z  # noqa: E402

SHAPE = (2, 3)


def _simple(call):
    """A call taking only numbers and the placeholders, with self first, on Variables."""
    if not call.receiver or call.shapes or not call.variables or not call.grad or call.scalar:
        return False
    if call.types:
        return False
    return all(isinstance(a, (int, float)) or a in (X, Y, Z)
               for a in list(call.args) + list(call.kwargs.values()))


def _pool():
    pool = []
    for name in sorted(SCHEMA):
        d = SCHEMA[name]
        if d.shape not in ('pointwise', 'broadcast') or 'variable.method' not in d.forms:
            continue
        if 'float64' not in d.dtypes or name.endswith('_'):
            continue
        for k, call in enumerate(d.calls):
            if _simple(call):
                pool.append((name, k))
    return pool


POOL = _pool()


def test_pool_comes_from_the_schema():
    names = {n for n, _ in POOL}
    # a sanity floor: the unary math ops and the arithmetic ops are all there
    for must in ('exp', 'log', 'tanh', 'sigmoid', 'add', 'mul', 'div', 'pow', 'clamp', 'addcmul'):
        assert must in names, must
    assert len(POOL) >= 40


def _into(domain, x):
    """``x`` mapped smoothly into ``domain`` (same spelling on legacy and modern values)."""
    if domain == 'nonzero':
        return x * x + 0.25
    if domain == 'nonint':
        return x.sigmoid() * 0.4 + 0.3
    lo, hi = domain
    return x.sigmoid() * (hi - lo) + lo


def _apply(side, name, k, values):
    d = SCHEMA[name]
    call = d.calls[k]
    used = call.tensors()
    mapped = {p: _into(d.domain, v) for p, v in zip(used, values)}
    args = [mapped.get(a, a) if not isinstance(a, (int, float)) else a for a in call.args]
    kwargs = {key: (mapped.get(v, v) if not isinstance(v, (int, float)) else v)
              for key, v in call.kwargs.items()}
    x = mapped[X]
    if side == 'legacy':
        return getattr(x, name)(*args, **kwargs)
    modern = call.modern or d.modern
    if modern is None:
        return getattr(torch, name)(x, *args, **kwargs)
    return modern(torch, x, *args, **kwargs)


@st.composite
def graphs(draw):
    steps = []
    n_nodes = 3                           # the three leaves
    for _ in range(draw(st.integers(2, 6))):
        name, k = draw(st.sampled_from(POOL))
        arity = len(SCHEMA[name].calls[k].tensors())
        inputs = [draw(st.integers(0, n_nodes - 1)) for _ in range(arity)]
        steps.append((name, k, inputs))
        n_nodes += 1
    return steps


def _run(side, steps, arrays):
    if side == 'legacy':
        leaves = [Variable(L.DoubleTensor(a.copy()), requires_grad=True) for a in arrays]
    else:
        leaves = [torch.tensor(a, dtype=torch.float64, requires_grad=True) for a in arrays]
    nodes = list(leaves)
    for name, k, inputs in steps:
        nodes.append(_apply(side, name, k, [nodes[i] for i in inputs]))
    total = nodes[3]
    for n in nodes[4:]:
        total = total + n
    if side == 'legacy':
        total.sum().backward()
        return total.data, [leaf.grad.data if leaf.grad is not None else None for leaf in leaves]
    total.sum().backward()
    return total.detach(), [leaf.grad for leaf in leaves]


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(graphs(), st.integers(0, 2 ** 31 - 1))
def test_random_graph_matches_modern(steps, seed):
    _check(steps, np.random.default_rng(seed), 'graph')


def _check(steps, rng, label):
    """The graph on three random leaves: value and every leaf's gradient against modern."""
    arrays = [rng.uniform(-1.5, 1.5, SHAPE) for _ in range(3)]
    value, grads = _run('legacy', steps, arrays)
    mvalue, mgrads = _run('modern', steps, arrays)
    T.assert_close(value, mvalue, what='%s %r value' % (label, steps))
    for i, (g, mg) in enumerate(zip(grads, mgrads)):
        if mg is None:
            assert g is None or not g.abs().sum(), 'leaf %d: gradient where modern has none' % i
            continue
        assert g is not None, '%s %r: no gradient for leaf %d' % (label, steps, i)
        T.assert_close(g, mg, what='%s %r grad of leaf %d' % (label, steps, i))


@pytest.mark.parametrize('entry', POOL, ids=['%s-%d' % e for e in POOL])
def test_each_pool_op_inside_a_chain(entry):
    """Every pool op at least once, between two other ops (so its backward gets a
    non-trivial upstream gradient and its output feeds another op's backward)."""
    name, k = entry
    i = POOL.index(entry)
    before, after = POOL[(i * 7 + 3) % len(POOL)], POOL[(i * 11 + 5) % len(POOL)]
    arity = {e: len(SCHEMA[e[0]].calls[e[1]].tensors()) for e in (before, entry, after)}
    steps = [(before[0], before[1], [0, 1, 2][:arity[before]]),
             (name, k, [3, 1, 2][:arity[entry]]),
             (after[0], after[1], [4, 0, 3][:arity[after]])]
    _check(steps, np.random.default_rng(i), 'chain')
