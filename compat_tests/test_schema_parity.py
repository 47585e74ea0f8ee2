"""Parity through the public API, generated from the op schema (legacy_autograd/ops/schema.py).

Every declared op, every sample call, every form 0.3 code calls it in: the tensor method, the
Variable method, ``torch.<name>`` on tensors and on Variables, the in-place ``<name>_`` on a
tensor and on a non-leaf Variable, ``torch.<name>(..., out=t)``, and for the functional ops
``torch.nn.functional.<name>(...)`` on Variables (an ``inplace=True`` call on a non-leaf
copy, as a model's activations are).  Each form must give the
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
from legacy_autograd import rng_bridge  # noqa: E402
from legacy_autograd.autograd import Variable  # noqa: E402
from legacy_autograd.tensor import _TensorBase  # noqa: E402
from legacy_autograd.ops.schema import SCHEMA, TENSOR_METHODS, X, Const  # noqa: E402
from legacy_autograd.ops.half import HALF_CPU_METHODS, OPERATORS, blocked_methods  # noqa: E402

DTYPES = {
    'float32': (L.FloatTensor, np.float32, torch.float32),
    'float64': (L.DoubleTensor, np.float64, torch.float64),
    'int64': (L.LongTensor, np.int64, torch.int64),
    'uint8': (L.ByteTensor, np.uint8, torch.uint8),     # masks (ByteTensor-only ops: ~)
    'float16': (L.HalfTensor, np.float16, torch.float16),   # CPU half: views and copies only
}
INTEGRAL = ('int64', 'uint8')
SHAPE = (3, 4)
RANDOM_SEED = 1234
# The 0.3 grad_fn node of each declared call (Variable forms), recorded in a fixture so that
# a renamed node fails here (the names come from spec.md's grad_fn table and 0.3's sources).
GRAD_FNS = json.load(open(os.path.join(os.path.dirname(__file__), 'fixtures',
                                       'schema_grad_fns.json')))


def _forms(d, call):
    """The public forms a call runs in, as 'variant:receiver' labels."""
    allowed = call.variants or ('method', 'function', 'inplace', 'out', 'functional')
    out = []
    for key in ('tensor.method', 'variable.method', 'tensor.inplace', 'variable.inplace'):
        receiver, variant = key.split('.')
        if key in d.forms and variant in allowed:
            out.append('%s:%s' % (variant, receiver))
    if 'function' in d.forms and 'function' in allowed:
        out += ['function:tensor', 'function:variable']
    if 'functional' in d.forms and 'functional' in allowed:
        out.append('functional:variable')        # 0.3's F.* take Variables
    if 'out' in d.variants and 'out' in allowed and not call.scalar:
        out += ['out:tensor', 'out:sized']   # an empty out tensor, and one of the result's size
        if call.random:     # sizing the out tensor would draw numbers itself
            out.remove('out:sized')
    if not call.variables or not call.tensors():     # (no Variable to pass: torch.zeros(3, 4))
        out = [f for f in out if not f.endswith(':variable')]
    return out


def _integral_args(call):
    vals = list(call.args) + list(call.kwargs.values())
    return all(float(v).is_integer() for v in vals if isinstance(v, float))


def _half_forms(d, call):
    """The forms a call runs in on CPU HalfTensors: the tensor methods 0.3.1 had for them
    (``legacy_autograd/ops/half.py``: views, copies, conversions)."""
    if d.name not in HALF_CPU_METHODS or call.random or not call.receiver:
        return []
    return [f for f in _forms(d, call)
            if f in ('method:tensor', 'inplace:tensor') and (
                f == 'method:tensor' or d.name + '_' in HALF_CPU_METHODS)]


def _cases():
    params = []
    for name in sorted(SCHEMA):
        d = SCHEMA[name]
        for k, call in enumerate(d.calls):
            for form in _half_forms(d, call):
                params.append(pytest.param(name, k, 'float16', form,
                                           id='%s-%d%r-float16-%s' % (name, k, call, form)))
            for dt in d.dtypes:
                if dt in INTEGRAL and not _integral_args(call):
                    continue        # a fractional number on an integer tensor: 0.3 truncates it
                for form in _forms(d, call):
                    params.append(pytest.param(name, k, dt, form,
                                               id='%s-%d%r-%s-%s' % (name, k, call, dt, form)))
    return params


def _draw(domain, shape, npdtype, rng):
    integer = np.dtype(npdtype).kind in 'iu'
    if domain == 'sign':        # targets of the margin losses: +1 / -1
        return rng.choice([-1.0, 1.0], shape).astype(npdtype)
    if domain == 'binary':      # multi-label targets: 0 / 1
        return rng.choice([0.0, 1.0], shape).astype(npdtype)
    if domain == 'nonzero':
        a = rng.uniform(0.25, 2.0, shape) * rng.choice([-1.0, 1.0], shape)
    elif domain == 'nonint':
        a = rng.integers(-3, 3, shape) + rng.choice([0.2, 0.35, 0.65, 0.8], shape)
    elif domain == 'spd':       # linear algebra: square matrices symmetric positive definite
        a = rng.uniform(-1.0, 1.0, shape)
        if len(shape) == 2 and shape[0] == shape[1]:
            a = a @ a.T + np.eye(shape[0])
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
            v = Variable(t, requires_grad=floating and call.grad and p not in call.nograd)
            leaves[p] = v
            vals[p] = v
        tensors = vals
    var = receiver == 'variable'
    args = [_subst(a, tensors, variable=var) for a in call.args]
    kwargs = {k: _subst(v, tensors, variable=var) for k, v in call.kwargs.items()}
    if variant == 'functional':
        fn = getattr(L.nn.functional, d.name)
        if not call.receiver:
            return fn(*args, **kwargs), leaves
        x = tensors[X]
        if _functional_inplace(d, call):    # in place on a non-leaf copy (a model's activation)
            x = x.clone()
            before = _version(x)
            result = fn(x, *args, **kwargs)
            assert result is x, 'F.%s(..., inplace=True) must return its input' % d.name
            assert _version(x) == before + 1, 'F.%s(inplace=True) must bump the version' % d.name
            return result, leaves
        return fn(x, *args, **kwargs), leaves
    if not call.receiver:
        return getattr(L, d.name)(*args, **kwargs), leaves
    x = tensors[X]
    if variant == 'method' and d.name.endswith('_'):
        # an in-place-only method (on a non-leaf Variable): the counter rule as for inplace
        target = x.clone() if receiver == 'variable' else x
        before = _version(target)
        result = getattr(target, d.name)(*args, **kwargs)
        bump = 1 if receiver == 'variable' else 0
        assert _version(target) == before + bump, \
            '%s on a %s must %s the version counter' % (d.name, receiver,
                                                        'bump' if bump else 'not bump')
    elif variant == 'method':
        result = getattr(x, d.name)(*args, **kwargs)
    elif variant == 'function':
        result = getattr(L, d.name)(x, *args, **kwargs)
    elif variant == 'inplace':
        target = x.clone() if receiver == 'variable' else x
        before = _version(target)
        result = getattr(target, d.name + '_')(*args, **kwargs)
        assert result is target, '%s_ must return self' % d.name
        # 0.3.1: an in-place op on a Variable bumps its version counter once; a tensor has
        # no counter (in place on a tensor, or on a Variable's .data, bumps nothing)
        bump = 1 if receiver == 'variable' else 0
        assert _version(target) == before + bump, \
            '%s_ on a %s must %s the version counter' % (d.name, receiver,
                                                         'bump' if bump else 'not bump')
    else:                      # out=: an empty tensor, or a garbage-filled one of the right size
        kinds = call.types if isinstance(call.types, tuple) else (call.types,)
        outs = tuple(TYPES.get(t, cls)() for t in kinds)
        if receiver == 'sized':     # of the result's size, holding garbage
            ref = getattr(L, d.name)(x, *args, **kwargs)
            ref = ref if isinstance(ref, tuple) else (ref,)
            outs = tuple(type(o)(*r.size()).fill_(7) for o, r in zip(outs, ref))
        out = outs if isinstance(call.types, tuple) else outs[0]
        result = getattr(L, d.name)(x, *args, out=out, **kwargs)
        if isinstance(out, tuple):  # 0.3 returns a new tuple of the given tensors
            assert isinstance(result, tuple) and len(result) == len(out) and all(
                r is o for r, o in zip(result, out)), 'torch.%s(..., out=(a, b))' % d.name
        else:
            assert result is out, 'torch.%s(..., out=t) must return t' % d.name
    return result, leaves


def _functional_inplace(d, call):
    """Whether a functional call asks for ``inplace=True`` (by keyword or by position)."""
    import inspect
    fn = d.forms['functional']
    try:
        bound = inspect.signature(fn).bind(None, *call.args, **call.kwargs)
    except TypeError:
        return False
    return bound.arguments.get('inplace') is True


def _node_name(fn):
    name = type(fn).__name__
    if name == 'PythonBackward' or not name.endswith('Backward') and hasattr(fn, 'name'):
        return fn.name()
    return name


def _subst(a, tensors, side='legacy', variable=False):
    """``a`` with placeholders (also inside lists and tuples) replaced by ``tensors`` and
    constant index/mask tensors built for ``side``."""
    if isinstance(a, (list, tuple)):
        return type(a)(_subst(b, tensors, side, variable) for b in a)
    if isinstance(a, Const):
        if side == 'modern':
            return torch.tensor(a.values, dtype=torch.long if a.kind == 'long' else torch.bool)
        t = (L.LongTensor if a.kind == 'long' else L.ByteTensor)(a.values)
        return Variable(t) if variable else t
    return tensors[a] if a in tensors else a


def _version(x):
    return (x._data if isinstance(x, Variable) else x)._version[0]


def _modern(d, call, arrays, tdtype, grad, form=''):
    leaves = {p: torch.tensor(arrays[p], dtype=tdtype, requires_grad=grad and p not in call.nograd)
              for p in arrays}
    args = [_subst(a, leaves, 'modern') for a in call.args]
    kwargs = {k: _subst(v, leaves, 'modern') for k, v in call.kwargs.items()}
    fn = call.modern or d.modern
    functional = form.startswith('functional:')
    if functional:
        fn = call.modern or d.functional_modern or d.modern
        if fn is None and 'function' not in d.forms:
            def fn(torch, *a, **k):
                return getattr(torch.nn.functional, d.name)(*a, **k)
    if not call.receiver:
        if fn is None:
            return getattr(torch, d.name)(*args, **kwargs), leaves
        return fn(torch, *args, **kwargs), leaves
    if functional and _functional_inplace(d, call):
        return fn(torch, leaves[X].clone(), *args, **kwargs), leaves
    if fn is None:
        if d.name.endswith('_'):
            def fn(torch, x, *a, **k):
                return getattr(x.clone(), d.name)(*a, **k)
        elif 'function' in d.forms:
            def fn(torch, x, *a, **k):
                return getattr(torch, d.name)(x, *a, **k)
        else:
            def fn(torch, x, *a, **k):
                return getattr(x, d.name)(*a, **k)
    return fn(torch, leaves[X], *args, **kwargs), leaves


@pytest.mark.parametrize('name,k,dt,form', _cases())
def test_public_form_matches_modern(name, k, dt, form):
    d = SCHEMA[name]
    call = d.calls[k]
    cls, npdtype, tdtype = DTYPES[dt]
    rng = np.random.default_rng(zlib.crc32(('%s-%d-%s' % (name, k, dt)).encode()))
    arrays = {p: _draw(call.domains.get(p, d.domain), call.shapes.get(p, SHAPE), npdtype, rng)
              for p in call.tensors()}
    floating = dt not in INTEGRAL
    receiver = form.split(':')[1]
    if receiver == 'sized':
        receiver = 'tensor'
    want_grad = floating and call.grad and receiver == 'variable'

    if call.random:         # one seed on both sides; modern torch draws 0.3's stream
        L.manual_seed(RANDOM_SEED)
        result, leaves = _run_legacy(d, form, call, arrays, cls)
        with rng_bridge.bridged(seed=RANDOM_SEED):
            expected, mleaves = _modern(d, call, arrays, tdtype, want_grad, form)
    else:
        result, leaves = _run_legacy(d, form, call, arrays, cls)
        expected, mleaves = _modern(d, call, arrays, tdtype, want_grad, form)

    what = '%s %s%r' % (form, name, call)
    outputs = result if isinstance(result, tuple) else (result,)
    moutputs = tuple(expected) if isinstance(expected, tuple) else (expected,)
    assert len(outputs) == len(moutputs), '%s: %d outputs, modern %d' % (
        what, len(outputs), len(moutputs))
    types = call.types if isinstance(call.types, tuple) else (call.types,) * len(outputs)
    for i, (out, mout) in enumerate(zip(outputs, moutputs)):
        _check_output(out, mout, receiver, TYPES.get(types[i], cls), floating and types[i] in
                      (None, 'same'), call.scalar, '%s output %d' % (what, i))

    if want_grad:
        first = outputs[0]
        node = _node_name(first.grad_fn)
        assert node == GRAD_FNS['%s/%d' % (name, k)], '%s: grad_fn %s, 0.3 had %s' % (
            what, node, GRAD_FNS['%s/%d' % (name, k)])
        g = rng.uniform(-1.0, 1.0, tuple(moutputs[0].shape)).astype(npdtype)
        first.backward(type(first.data)(g.reshape(tuple(first.size()))))
        moutputs[0].backward(torch.tensor(g, dtype=tdtype))
        for p, leaf in leaves.items():
            if p in call.nograd:
                continue
            mg = mleaves[p].grad
            if mg is None:      # an input used only for its size (expand_as): no gradient
                assert leaf.grad is None or not leaf.grad.data.abs().sum(), \
                    '%s: a gradient for %r where modern has none' % (what, p)
                continue
            assert leaf.grad is not None, '%s: no gradient for input %r' % (what, p)
            T.assert_close(leaf.grad.data, mg, what='%s grad of %r' % (what, p))


TYPES = {'byte': L.ByteTensor, 'char': L.CharTensor, 'short': L.ShortTensor, 'int': L.IntTensor,
         'long': L.LongTensor, 'float': L.FloatTensor, 'double': L.DoubleTensor,
         'half': L.HalfTensor}


def _check_output(out, mout, receiver, cls, floating, scalar, what):
    """One legacy output against its modern counterpart: kind, type, exact shape, values."""
    if isinstance(mout, bool):          # torch.equal
        assert type(out) is bool and out == mout, '%s: %r, modern %r' % (what, out, mout)
        return
    if scalar and receiver == 'tensor' and not isinstance(out, _TensorBase):
        # 0.3: a tensor's full reduction is a Python number (float for floating types)
        assert type(out) is (float if floating else int), '%s: %r is not a Python %s' % (
            what, out, 'float' if floating else 'int')
        assert tuple(mout.shape) == (), '%s: modern result is not 0-dim' % what
        # 0.3 accumulates in double (accreal): compare at the precision of the tensor type
        T.assert_close(out, mout.detach().item(), what=what, dtype=cls._dtype)
        return
    if receiver == 'variable':
        assert isinstance(out, Variable), '%s returned %s, not a Variable' % (what, type(out))
        out = out.data
    else:
        assert not isinstance(out, Variable), '%s returned a Variable' % what
    assert type(out) is cls, '%s returned %s, 0.3 gives %s' % (what, type(out).__name__,
                                                             cls.__name__)
    want = (1,) if scalar else tuple(mout.shape)        # 0.3 had no 0-dim tensors
    assert tuple(out.size()) == want, '%s: shape %s, expected %s' % (what, tuple(out.size()), want)
    T.assert_close(out, mout.detach().reshape(want), what=what)


# Declared ops whose public forms have no sample call yet (so no public-API parity case): none
# (``half`` is sampled: float -> HalfTensor against modern float16).  The random ops are
# sampled with one seed on both sides and modern torch under the RNG bridge (``random=True``).
# This list may only shrink: a new op must come with calls (docs/parity.md reports it).
NOT_YET_SAMPLED = set()


# ------------------------------------------------------------------ CPU HalfTensor (0.3.1)
# 0.3.1's CPU HalfTensor had storage, views, copies and conversions only (ops/half.py); the
# declared ops among those run on HalfTensors above (``-float16-`` cases, against modern
# float16); every other declared tensor method, and the operators, raise 0.3.1's error.
HALF_BLOCKED = blocked_methods(TENSOR_METHODS)


@pytest.mark.parametrize('name', HALF_BLOCKED)
def test_half_math_raises_031_error(name):
    h = L.FloatTensor([[1.5, -2.0], [0.25, 3.0]]).half()
    with pytest.raises(AttributeError) as e:
        getattr(h, name)
    wanted = {'view_as': 'view', 'expand_as': 'expand', 'matmul': 'dim'}.get(name, name)
    assert str(e.value) == "'torch.HalfTensor' object has no attribute '%s'" % wanted
    assert not hasattr(h, name)


@pytest.mark.parametrize('op', sorted(OPERATORS))
def test_half_operators_raise_031_error(op):
    h = L.FloatTensor([1.5, -2.0]).half()
    with pytest.raises(AttributeError, match="^'torch.HalfTensor' object has no attribute '%s'$"
                       % OPERATORS[op]):
        getattr(h, op)(2) if op != '__neg__' else -h


def test_half_sampled_forms_cover_the_031_half_ops():
    sampled = {p.values[0] for p in _cases() if p.values[2] == 'float16'}
    # every declared op 0.3.1's CPU HalfTensor had is sampled on HalfTensors
    assert sampled == {n for n in SCHEMA if n in HALF_CPU_METHODS and any(
        _half_forms(SCHEMA[n], c) for c in SCHEMA[n].calls)}
    assert {'transpose', 'squeeze', 'unsqueeze', 'narrow', 'unfold', 'select', 'float',
            'double'} <= sampled, sorted(sampled)


@pytest.mark.parametrize('src', ['float32', 'float64', 'int64', 'uint8'])
def test_half_copies_and_conversions_match_modern(src):
    cls, npdtype, tdtype = DTYPES[src]
    rng = np.random.default_rng(7)
    a = _draw((-70000.0, 70000.0), (3, 5), npdtype, rng)        # past half's range: inf
    a.reshape(-1)[:4] = np.array([0.1, 1e-8, -65504.0, 2049.0]).astype(npdtype) \
        if npdtype in (np.float32, np.float64) else a.reshape(-1)[:4]
    h = L.HalfTensor(3, 5).copy_(cls(a.copy()))
    mh = torch.empty(3, 5, dtype=torch.float16).copy_(torch.tensor(a))
    assert type(h) is L.HalfTensor
    T.assert_close(h, mh, what='HalfTensor.copy_(%s)' % src)
    back = cls(3, 5).copy_(h)                                   # and back into the source type
    T.assert_close(back, mh.to(tdtype), what='%s.copy_(HalfTensor)' % src)
    if src in ('float32', 'float64'):
        T.assert_close(cls(a.copy()).half(), torch.tensor(a).half(), what='%s.half()' % src)
    for conv in ('float', 'double', 'long', 'byte'):
        if conv in ('long', 'byte') and src in ('float32', 'float64'):
            continue            # inf / out-of-range float -> integer: undefined in C
        T.assert_close(getattr(h, conv)(), getattr(mh, conv)(), what='half.%s()' % conv)


def test_half_printing_is_the_double_copy_with_the_half_name():
    """0.3.1's printer formats a DoubleTensor copy of a HalfTensor; the footer names the half
    type."""
    f = L.FloatTensor([[1.5, 2.25, -3.0], [0.1, 65504.0, 1e-8]])
    for t in (f, f[0], f.narrow(1, 0, 2), L.FloatTensor([0.5, float('inf'), -2.0])):
        h = t.half()
        assert str(h) == str(h.double()).replace('DoubleTensor', 'HalfTensor')
        assert repr(h).endswith('[torch.HalfTensor of size %s]\n' % 'x'.join(
            str(s) for s in h.size()))


def test_every_declared_op_has_sample_calls_or_is_listed():
    missing = {n for n, d in SCHEMA.items() if not d.calls}
    assert missing - NOT_YET_SAMPLED == set(), 'declared without sample calls'
    assert NOT_YET_SAMPLED - missing == set(), 'sampled now: remove from NOT_YET_SAMPLED'


def test_grad_fn_fixture_covers_exactly_the_declared_calls():
    declared = {'%s/%d' % (n, k) for n, d in SCHEMA.items() for k in range(len(d.calls))
                if _records_grad_fn(d, d.calls[k])}
    assert set(GRAD_FNS) == declared


def _records_grad_fn(d, call):
    """Whether a call runs on Variables with gradients (so its grad_fn is checked)."""
    forms = _forms(d, call)
    return _grad_dtype(d) is not None and call.grad and any(f.endswith(':variable') for f in forms)


def _grad_dtype(d):
    """The dtype whose run records the grad_fn (names may depend on it: ``x.double()``)."""
    return next((dt for dt in d.dtypes if dt not in INTEGRAL), None)


def _record_grad_fns():
    """Write the fixture from the current code (review the diff against spec.md before committing)."""
    out = {}
    for n, d in sorted(SCHEMA.items()):
        for k, c in enumerate(d.calls):
            if not _records_grad_fn(d, c):
                continue
            cls, npdtype, _ = DTYPES[_grad_dtype(d)]
            arrays = {p: _draw(c.domains.get(p, d.domain), c.shapes.get(p, SHAPE), npdtype,
                               np.random.default_rng(0)) for p in c.tensors()}
            form = next(f for f in _forms(d, c) if f.endswith(':variable'))
            r, _ = _run_legacy(d, form, c, arrays, cls)
            r = r[0] if isinstance(r, tuple) else r
            out['%s/%d' % (n, k)] = _node_name(r.grad_fn)
    with open(os.path.join(os.path.dirname(__file__), 'fixtures', 'schema_grad_fns.json'), 'w') as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write('\n')


if __name__ == '__main__':
    _record_grad_fns()
