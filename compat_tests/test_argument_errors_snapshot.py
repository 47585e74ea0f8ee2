"""Every declared op's answer to one wrong argument, pinned: the errors old code meets.

For each op of the schema (``legacy_autograd/ops/schema.py``) and each of its declared sample
calls, every argument (``self`` too, in the function forms) is replaced in turn by a string (and an int argument also
by ``1.5``, a float by ``None``, a tensor by the int ``3`` and by a tensor of a shape that fits
nothing), and the call is made in each public form the op has: the
tensor and Variable methods, ``torch.<name>`` on a tensor and on a Variable, the in-place
methods, ``torch.nn.functional.<name>`` on Variables.  What comes out (the exception's type and exact text, or ``ok`` and the result's type
when 0.3 took the value) must be the text recorded in ``fixtures/argument_errors.json``.

The record holds 0.3.1's texts where the package has them (cwrap's invalid-combination lists
for tensors, the argument parser's sentences for Variables; docs/errors.md) and the package's
own clear messages elsewhere.  A change of any of them fails here, so a message changed on
purpose means regenerating the record (``python compat_tests/test_argument_errors_snapshot.py
--write``) and reading the diff: every changed line is a change users see.
"""
import json
import os
import sys
import warnings

import numpy as np
import pytest

import legacy_autograd as L
from legacy_autograd.autograd import Variable
from legacy_autograd.ops.schema import SCHEMA, Const, _Placeholder

FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fixtures',
                       'argument_errors.json')
SHAPE = (3, 4)
FORMS = ('method:tensor', 'method:variable', 'function:tensor', 'function:variable',
         'inplace:tensor', 'inplace:variable', 'functional:variable')


def _forms(d, call):
    allowed = call.variants or ('method', 'function', 'inplace', 'functional')
    out = []
    for form in FORMS:
        variant, receiver = form.split(':')
        if variant not in allowed or (not call.receiver and variant in ('method', 'inplace')):
            continue
        if variant in ('function', 'functional'):
            if variant not in d.forms:
                continue
        elif '%s.%s' % (receiver, variant) not in d.forms:
            continue
        if receiver == 'variable' and not call.variables:
            continue
        out.append(form)
    return out


def _bad_values(value):
    bad = [('str', 'x')]
    if type(value) is int:
        bad.append(('float', 1.5))
    elif type(value) is float:
        bad.append(('None', None))
    return bad


def _materialize(call, receiver):
    tensors = {}
    for k, p in enumerate(call.tensors()):
        shape = call.shapes.get(p, SHAPE)
        n = int(np.prod(shape)) if shape else 1
        a = (np.linspace(0.5, 2.0, n) * (1 if k % 2 else -1)).reshape(shape)
        t = L.DoubleTensor(a.copy()) if shape else L.DoubleTensor(a.reshape(1).copy())
        tensors[p] = Variable(t) if receiver == 'variable' else t
    return tensors


class _WrongShape(object):
    """A tensor argument replaced by one of a shape that fits nothing: 2x5 (not broadcastable
    to the sample's 3x4, and of another element count), a Variable in the Variable forms."""

    def __repr__(self):
        return 'wrong-shape'


WRONG_SHAPE = _WrongShape()


def _subst(a, tensors, variable):
    if a is WRONG_SHAPE:
        t = L.DoubleTensor((np.arange(10.0) / 4 + 0.25).reshape(2, 5))
        return Variable(t) if variable else t
    if isinstance(a, _Placeholder):
        return tensors[a]
    if isinstance(a, Const):        # an index or mask tensor (a Variable for Variables)
        t = (L.LongTensor if a.kind == 'long' else L.ByteTensor)(a.values)
        return Variable(t) if variable else t
    if isinstance(a, list):
        return [_subst(b, tensors, variable) for b in a]
    if isinstance(a, tuple):
        return tuple(_subst(b, tensors, variable) for b in a)
    return a


def _outcome(fn):
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            r = fn()
        except Exception as e:  # noqa: BLE001 - the point is to record what comes out
            return '%s: %s' % (type(e).__name__, e)
    kinds = r if isinstance(r, tuple) else (r,)
    return 'ok: ' + ', '.join(type(x).__name__ for x in kinds)


def _run(d, call, form, args, kwargs, bad_self=None):
    variant, receiver = form.split(':')
    tensors = _materialize(call, receiver)
    var = receiver == 'variable'
    args = [_subst(a, tensors, var) for a in args]
    kwargs = {k: _subst(v, tensors, var) for k, v in kwargs.items()}
    x = tensors.get(list(tensors)[0]) if tensors else None
    if not call.receiver:           # every argument given: torch.cat([X, Y], 1)
        fn = getattr(L.nn.functional if variant == 'functional' else L, d.name)
        return _outcome(lambda: fn(*args, **kwargs))
    if bad_self is not None:        # the first argument of a function form replaced
        x = bad_self
    if variant == 'functional':
        return _outcome(lambda: getattr(L.nn.functional, d.name)(x, *args, **kwargs))
    if variant == 'method':
        return _outcome(lambda: getattr(x, d.name)(*args, **kwargs))
    if variant == 'inplace':
        target = x.clone()
        return _outcome(lambda: getattr(target, d.name + '_')(*args, **kwargs))
    return _outcome(lambda: getattr(L, d.name)(x, *args, **kwargs))


def record(name):
    """``{case id: outcome}`` of op ``name``."""
    d = SCHEMA[name]
    out = {}
    for k, call in enumerate(d.calls):
        if call.random:
            continue
        forms = _forms(d, call)
        slots = [('arg%d' % j, j, a) for j, a in enumerate(call.args)] + \
            [('kw:' + key, key, v) for key, v in sorted(call.kwargs.items())]
        for label, where, value in slots:
            if isinstance(value, _Placeholder):
                kinds = [('str', 'x'), ('int', 3), ('shape', WRONG_SHAPE)]
            elif isinstance(value, (Const, list, tuple)):
                kinds = [('str', 'x')]
            else:
                kinds = _bad_values(value)
            for kind, bad in kinds:
                args, kwargs = list(call.args), dict(call.kwargs)
                if isinstance(where, int):
                    args[where] = bad
                else:
                    kwargs[where] = bad
                for form in forms:
                    out['%s/%d/%s/%s/%s' % (name, k, label, kind, form)] = \
                        _run(d, call, form, args, kwargs)
        if call.receiver:           # the receiver of torch.<name>(x, ...) / F.<name>(x, ...)
            for form in forms:
                if form.startswith(('function:', 'functional:')):
                    out['%s/%d/self/str/%s' % (name, k, form)] = \
                        _run(d, call, form, list(call.args), dict(call.kwargs), bad_self='x')
    return out


def _names():
    return sorted(n for n, d in SCHEMA.items() if any(
        not c.random and c.args + tuple(c.kwargs) and _forms(d, c)
        for c in d.calls))


def _load():
    with open(FIXTURE) as f:
        return json.load(f)


@pytest.fixture(scope='module')
def recorded():
    return _load()


@pytest.mark.parametrize('name', _names())
def test_wrong_arguments_give_the_recorded_errors(name, recorded):
    got = record(name)
    want = {k: v for k, v in recorded.items() if k.split('/', 1)[0] == name}
    assert got.keys() == want.keys(), sorted(set(got) ^ set(want))[:10]
    wrong = ['%s\n    got:  %s\n    want: %s' % (k, got[k], want[k])
             for k in sorted(got) if got[k] != want[k]]
    assert not wrong, '\n'.join(wrong[:10])


def test_the_record_covers_every_op_with_arguments(recorded):
    ops = {k.split('/', 1)[0] for k in recorded}
    assert ops == set(_names())
    assert len(recorded) > 2000
    # it holds errors of every kind and the values 0.3 took
    outcomes = list(recorded.values())
    assert sum(o.startswith('TypeError: ') for o in outcomes) > 1000
    assert any(o.startswith('RuntimeError: ') for o in outcomes)
    assert any(o.startswith('ok: ') for o in outcomes)
    assert not any('legacy_autograd' in o or 'numpy' in o or 'ndarray' in o for o in outcomes)


if __name__ == '__main__':
    if sys.argv[1:] != ['--write']:
        raise SystemExit('usage: python compat_tests/test_argument_errors_snapshot.py --write')
    everything = {}
    for n in _names():
        everything.update(record(n))
    with open(FIXTURE, 'w') as f:
        json.dump(everything, f, indent=0, sort_keys=True)
        f.write('\n')
    print('%d outcomes of %d ops written to %s' % (len(everything), len(_names()), FIXTURE))
