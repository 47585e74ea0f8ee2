"""Parity through the public API, generated from the op schema (legacy_autograd/ops/schema.py).

Every declared op, every sample call, every form 0.3 code calls it in: the tensor method, the
Variable method, ``torch.<name>`` on tensors and on Variables, the in-place ``<name>_`` on a
tensor and on a non-leaf Variable, and ``torch.<name>(..., out=t)``.  Each form must give the
op's modern-torch result: values (exact shapes and result types), and for Variables the
``grad_fn`` name (one of the op's kernels) and the gradients of every input through
``loss.backward()`` (the engine's ordinary path), against modern autograd.
"""
import json
import os
import zlib

import numpy as np
import pytest

torch = pytest.importorskip('torch', reason='modern PyTorch (torch==2.13.0) is not installed: '
                            "pip install -e '.[test]'")

import legacy_autograd as L  # noqa: E402
from legacy_autograd import testing as T  # noqa: E402
from legacy_autograd.autograd import Variable  # noqa: E402
from legacy_autograd.ops.schema import SCHEMA, X, Y, Z  # noqa: E402

DTYPES = {
    'float32': (L.FloatTensor, np.float32, torch.float32),
    'float64': (L.DoubleTensor, np.float64, torch.float64),
    'int64': (L.LongTensor, np.int64, torch.int64),
}
SHAPE = (3, 4)
# The 0.3 grad_fn node of each declared call (Variable forms), recorded in a fixture so that
# a renamed node fails here (the names come from spec.md's grad_fn table and 0.3's sources).
GRAD_FNS = json.load(open(os.path.join(os.path.dirname(__file__), 'fixtures',
                                       'schema_grad_fns.json')))


def _forms(d, call):
    """The public forms a call runs in, as 'variant:receiver' labels."""
    out = []
    allowed = call.variants or ('method', 'function', 'inplace', 'out')
    receivers = [r for r, ok in (('tensor', d.tensor), ('variable', d.variable)) if ok]
    if 'method' in d.variants and 'method' in allowed:
        out += ['method:' + r for r in receivers]
    if 'function' in d.variants and 'function' in allowed:
        out += ['function:tensor', 'function:variable']
    if d.inplace is not None and 'inplace' in allowed:
        out += ['inplace:' + r for r in receivers]
    if 'out' in d.variants and 'out' in allowed:
        out += ['out:tensor', 'out:sized']   # an empty out tensor, and one of the result's size
    return out


def _integral_args(call):
    vals = list(call.args) + list(call.kwargs.values())
    return all(float(v).is_integer() for v in vals if isinstance(v, float))


def _cases():
    params = []
    for name in sorted(SCHEMA):
        d = SCHEMA[name]
        for k, call in enumerate(d.calls):
            for dt in d.dtypes:
                if dt == 'int64' and not _integral_args(call):
                    continue        # a fractional number on an integer tensor: 0.3 truncates it
                for form in _forms(d, call):
                    params.append(pytest.param(name, k, dt, form,
                                               id='%s-%d%r-%s-%s' % (name, k, call, dt, form)))
    return params


def _draw(domain, shape, npdtype, rng):
    integer = np.dtype(npdtype).kind in 'iu'
    if domain == 'nonzero':
        a = rng.uniform(0.25, 2.0, shape) * rng.choice([-1.0, 1.0], shape)
    elif domain == 'nonint':
        a = rng.integers(-3, 3, shape) + rng.choice([0.2, 0.35, 0.65, 0.8], shape)
    else:
        lo, hi = domain
        a = rng.uniform(lo, hi, shape)
    if integer:
        a = np.round(a * 2)
        if domain == 'nonzero' or (not isinstance(domain, str) and domain[0] > 0):
            a[a == 0] = 1
    return a.astype(npdtype)


def _run_legacy(d, form, call, arrays, cls):
    """(result, receiver, leaves) of one public form on legacy inputs built from ``arrays``."""
    variant, receiver = form.split(':')
    tensors = {p: cls(arrays[p].copy()) for p in arrays}
    leaves = {}
    if receiver == 'variable':
        floating = cls in (L.FloatTensor, L.DoubleTensor)
        vals = {}
        for p, t in tensors.items():
            v = Variable(t, requires_grad=floating and call.grad)
            leaves[p] = v
            vals[p] = v
        tensors = vals
    args = [tensors[a] if a in tensors else a for a in call.args]
    kwargs = {k: tensors[v] if v in tensors else v for k, v in call.kwargs.items()}
    x = tensors[X]
    if variant == 'method' and d.name.endswith('_') and receiver == 'variable':
        result = getattr(x.clone(), d.name)(*args, **kwargs)   # in-place only: on a non-leaf
    elif variant == 'method':
        result = getattr(x, d.name)(*args, **kwargs)
    elif variant == 'function':
        result = getattr(L, d.name)(x, *args, **kwargs)
    elif variant == 'inplace':
        target = x.clone() if receiver == 'variable' else x
        before = _version(target)
        result = getattr(target, d.name + '_')(*args, **kwargs)
        assert result is target, '%s_ must return self' % d.name
        assert _version(target) == before + 1, '%s_ must bump the version counter once' % d.name
    else:                      # out=: an empty tensor, or a garbage-filled one of the right size
        out = cls() if receiver == 'tensor' else cls(*SHAPE).fill_(7)
        result = getattr(L, d.name)(x, *args, out=out, **kwargs)
        assert result is out, 'torch.%s(..., out=t) must return t' % d.name
    return result, leaves


def _node_name(fn):
    name = type(fn).__name__
    if name == 'PythonBackward' or not name.endswith('Backward') and hasattr(fn, 'name'):
        return fn.name()
    return name


def _version(x):
    return (x._data if isinstance(x, Variable) else x)._version[0]


def _modern(d, call, arrays, tdtype, grad):
    leaves = {p: torch.tensor(arrays[p], dtype=tdtype, requires_grad=grad) for p in arrays}
    args = [leaves[a] if a in leaves else a for a in call.args]
    kwargs = {k: leaves[v] if v in leaves else v for k, v in call.kwargs.items()}
    fn = call.modern or d.modern
    if fn is None:
        if d.name.endswith('_'):
            def fn(torch, x, *a, **k):
                return getattr(x.clone(), d.name)(*a, **k)
        else:
            def fn(torch, x, *a, **k):
                return getattr(torch, d.name)(x, *a, **k)
    return fn(torch, leaves[X], *args, **kwargs), leaves


@pytest.mark.parametrize('name,k,dt,form', _cases())
def test_public_form_matches_modern(name, k, dt, form):
    d = SCHEMA[name]
    call = d.calls[k]
    cls, npdtype, tdtype = DTYPES[dt]
    rng = np.random.default_rng(zlib.crc32(('%s-%d-%s' % (name, k, dt)).encode()))
    arrays = {p: _draw(d.domain, SHAPE, npdtype, rng) for p in call.tensors()}
    floating = dt != 'int64'
    receiver = form.split(':')[1]
    if receiver == 'sized':
        receiver = 'tensor'
    want_grad = floating and call.grad and receiver == 'variable'

    result, leaves = _run_legacy(d, form, call, arrays, cls)
    expected, mleaves = _modern(d, call, arrays, tdtype, want_grad)

    if receiver == 'variable':
        assert isinstance(result, Variable), '%s returned %s, not a Variable' % (form, type(result))
        value = result.data
    else:
        assert not isinstance(result, Variable)
        value = result
    assert type(value) is cls, '%s returned %s for a %s input' % (form, type(value), cls.__name__)
    assert tuple(value.size()) == tuple(expected.shape), 'shape %s vs modern %s' % (
        tuple(value.size()), tuple(expected.shape))
    T.assert_close(value, expected.detach(), what='%s %s%r value' % (form, name, call))

    if want_grad:
        node = _node_name(result.grad_fn)
        assert node == GRAD_FNS['%s/%d' % (name, k)], '%s: grad_fn %s, 0.3 had %s' % (
            form, node, GRAD_FNS['%s/%d' % (name, k)])
        g = rng.uniform(-1.0, 1.0, SHAPE).astype(npdtype)
        result.backward(cls(g))
        expected.backward(torch.tensor(g, dtype=tdtype))
        for p, leaf in leaves.items():
            mg = mleaves[p].grad
            if mg is None:
                mg = torch.zeros(SHAPE, dtype=tdtype)
            assert leaf.grad is not None, '%s: no gradient for input %r' % (form, p)
            T.assert_close(leaf.grad.data, mg, what='%s %s%r grad of %r' % (form, name, call, p))


def test_every_declared_op_has_a_sample_call():
    missing = sorted(n for n, d in SCHEMA.items() if not d.calls)
    assert not missing, 'ops declared without sample calls: %s' % missing


def test_grad_fn_fixture_covers_exactly_the_declared_calls():
    declared = {'%s/%d' % (n, k) for n, d in SCHEMA.items() for k in range(len(d.calls))
                if 'float32' in d.dtypes and d.calls[k].grad}
    assert set(GRAD_FNS) == declared
