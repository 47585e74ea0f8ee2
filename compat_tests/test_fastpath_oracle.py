"""The fast paths against the general code: the same programs in the default (fast) mode and in
reference mode (``LEGACY_AUTOGRAD_REFERENCE=1``, every fast path off; see
``legacy_autograd/_fastpaths.py``) must give the same bits.

``fastpath_oracle.py`` holds the programs (every registry op on its parity samples through
``loss.backward()``, the public front-ends the fast paths sit behind, random graphs with views
and in-place ops) and records everything observable: values, gradients, ``grad_fn`` names and
edges, version counters, flags, errors.  Both modes run in subprocesses (the mode is chosen at
import time, so switching it costs nothing when it is off), with the workspace poison mode the
suite runs with (conftest.py).  The same programs also run in this process, both modes switched
by ``legacy_autograd.testing.reference_mode()``, and that comparison must catch a fast path
mutated on purpose.
"""
import os
import pickle
import subprocess
import sys
import tempfile

import numpy as np
import pytest

from conftest import cli_env

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import fastpath_oracle as O  # noqa: E402

GRAPHS = int(os.environ.get('LEGACY_ORACLE_GRAPHS', '150'))


def _start(mode, path):
    env = {'LEGACY_AUTOGRAD_REFERENCE': '1' if mode == 'reference' else ''}
    return subprocess.Popen([sys.executable, os.path.join(HERE, 'fastpath_oracle.py'), path,
                             str(GRAPHS)], env=cli_env(env), stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.fixture(scope='module')
def runs():
    with tempfile.TemporaryDirectory() as tmp:
        procs = {m: (_start(m, os.path.join(tmp, m + '.pickle')), os.path.join(tmp, m + '.pickle'))
                 for m in ('fast', 'reference')}
        out = {}
        for mode, (proc, path) in procs.items():
            _, err = proc.communicate(timeout=1200)
            assert proc.returncode == 0, '%s run failed:\n%s' % (mode, err.decode()[-3000:])
            with open(path, 'rb') as f:
                out[mode] = pickle.load(f)
    return out


# ------------------------------------------------------------------------- comparison
def _short(x, n=200):
    s = repr(x)
    return s if len(s) <= n else s[:n] + '...'


def first_difference(a, b, path=''):
    """Where two records differ (a path and both sides), or None when they are equal."""
    if a == b:
        return None
    if isinstance(a, tuple) and isinstance(b, tuple):
        if len(a) == 4 and a[:1] == ('array',) and b[:1] == ('array',):
            da, db = a[1], b[1]
            if da != db or a[2] != b[2]:
                return '%s: dtype/shape %s%s vs %s%s' % (path, da, a[2], db, b[2])
            x = np.frombuffer(a[3], dtype=np.dtype(da)).reshape(-1)
            y = np.frombuffer(b[3], dtype=np.dtype(db)).reshape(-1)
            w = x.dtype.itemsize
            xb = np.frombuffer(a[3], np.uint8).reshape(x.size, w)
            yb = np.frombuffer(b[3], np.uint8).reshape(y.size, w)
            idx = np.flatnonzero((xb != yb).any(axis=1))
            k = int(idx[0]) if idx.size else 0
            return '%s: %d of %d elements differ in their bits, first at flat %d: fast %r, ' \
                   'reference %r' % (path, idx.size, x.size, k, x[k], y[k])
        if len(a) != len(b):
            return '%s: %d vs %d entries: fast %s, reference %s' % (path, len(a), len(b),
                                                                    _short(a), _short(b))
        for i, (u, v) in enumerate(zip(a, b)):
            d = first_difference(u, v, '%s[%d]' % (path, i))
            if d is not None:
                return d
    return '%s: fast %s, reference %s' % (path, _short(a), _short(b))


def differences(fast, reference, prefix):
    """Messages for every case under ``prefix`` whose records differ (or exist in one run)."""
    keys = sorted(k for k in set(fast) | set(reference) if k.startswith(prefix))
    out = []
    for k in keys:
        if k not in fast or k not in reference:
            out.append('%s: only in the %s run' % (k, 'fast' if k in fast else 'reference'))
            continue
        d = first_difference(fast[k], reference[k])
        if d is not None:
            out.append('%s %s' % (k, d))
    return out


def _check(runs, prefix):
    bad = differences(runs['fast']['records'], runs['reference']['records'], prefix)
    assert not bad, '%d case(s) differ between the fast paths and the reference mode:\n%s' % (
        len(bad), '\n'.join(bad[:25]))


# ------------------------------------------------------------------------- tests
def test_modes_switch_every_fast_path(runs):
    fast, ref = runs['fast']['mode'], runs['reference']['mode']
    assert fast['reference'] is False and ref['reference'] is True
    assert fast['call_variable'] == 'call_variable' and ref['call_variable'] == \
        '_call_variable_general'
    assert fast['record'] == 'record' and ref['record'] == '_record_general'
    assert fast['ufunc_inplace'] > 0 and ref['ufunc_inplace'] == 0
    assert fast['engine_hot'] is True and ref['engine_hot'] is False
    assert fast['mul_inline'] is True and ref['mul_inline'] is False
    assert fast['workspace_limit'] > 0 and ref['workspace_limit'] == 0
    assert fast['pow_square'] is True and ref['pow_square'] is False
    assert fast['select_bits'] is True and ref['select_bits'] is False
    assert fast['rnn_fused'] is True and ref['rnn_fused'] is False
    assert fast['mm_matmul'] is True and ref['mm_matmul'] is False
    # the suite's poison mode reaches the subprocesses too
    assert fast['poison'] is True and ref['poison'] is True and fast['workspace_poison'] is True


def test_oracle_covers_every_registry_op_with_parity_samples(runs):
    import legacy_autograd  # noqa: F401
    from legacy_autograd import testing as T
    from legacy_autograd.ops import registry
    records = runs['fast']['records']
    ran = {k.split(':')[1] for k in records if k.startswith('op:')}
    want = {n for n in registry.OPS if not T.exemption(n) and not T.coverage_problems(n)}
    assert want and not (want - ran), sorted(want - ran)
    # and most of them reached backward() (a record of leaf gradients after the output)
    with_grads = {k.split(':')[1] for k, v in records.items()
                  if k.startswith('op:') and not k.endswith(':tensor') and len(v) == 3}
    assert len(with_grads) >= 0.6 * len(want), len(with_grads)
    assert sum(k.startswith('api:') for k in records) >= 5000
    assert sum(k.startswith('graph:') for k in records) == GRAPHS


def test_registry_ops_fast_equals_reference(runs):
    _check(runs, 'op:')


def test_front_ends_fast_equals_reference(runs):
    _check(runs, 'api:')


def test_random_graphs_fast_equals_reference(runs):
    _check(runs, 'graph:')


def test_oracle_comparison_catches_each_kind_of_change(runs):
    """The comparison itself: a flipped bit, another grad_fn name, a moved version counter, a
    missing case are each reported."""
    records = runs['fast']['records']
    key = next(k for k, v in records.items() if k.startswith('op:add:float32') and len(v) == 3)
    rec = records[key]
    assert differences({key: rec}, {key: rec}, 'op:') == []

    def flip_first_array(x):
        if isinstance(x, tuple):
            if len(x) == 4 and x[:1] == ('array',) and x[3]:
                b = bytearray(x[3])
                b[0] ^= 1
                return (x[0], x[1], x[2], bytes(b)), True
            out, done = [], False
            for e in x:
                if not done:
                    e, done = flip_first_array(e)
                out.append(e)
            return tuple(out), done
        return x, False

    flipped, done = flip_first_array(rec)
    assert done
    msg = differences({key: flipped}, {key: rec}, 'op:')
    assert len(msg) == 1 and 'differ in their bits' in msg[0], msg

    def replace(x, old, new):
        if x == old:
            return new
        if isinstance(x, tuple):
            return tuple(replace(e, old, new) for e in x)
        return x

    var = rec[0]                                   # ('Variable', type, array, version, fn, ...)
    assert var[0] == 'Variable' and var[4] is not None
    renamed = replace(rec, var, var[:4] + (('MulBackward1',) + var[4][1:],) + var[5:])
    assert 'MulBackward1' in ' '.join(differences({key: renamed}, {key: rec}, 'op:'))
    bumped = replace(rec, var, var[:3] + (var[3] + 1,) + var[4:])
    assert differences({key: bumped}, {key: rec}, 'op:')
    assert differences({}, {key: rec}, 'op:') == ['%s: only in the reference run' % key]


# ------------------------------------------------------------------------- in-process switch
IN_PROCESS_GRAPHS = int(os.environ.get('LEGACY_ORACLE_GRAPHS_IN_PROCESS', '40'))


@pytest.fixture(scope='module')
def inproc():
    # both modes in THIS process (the suite's), switched by reference_mode(); the fixed cases
    # do not depend on what ran before (strategies._without_local_constants)
    return O.run_both_in_process(IN_PROCESS_GRAPHS)


def test_in_process_switch_turns_every_fast_path_off_and_on(inproc, runs):
    # the in-process modes are the modes the environment variable selects at import
    assert inproc['fast']['mode'] == runs['fast']['mode']
    assert inproc['reference']['mode'] == runs['reference']['mode']
    from legacy_autograd import _fastpaths
    assert _fastpaths.REFERENCE is False            # and the switch is back
    assert O.mode_report() == runs['fast']['mode']


def test_in_process_fast_equals_reference(inproc):
    bad = differences(inproc['fast']['records'], inproc['reference']['records'], '')
    assert not bad, '%d case(s) differ:\n%s' % (len(bad), '\n'.join(bad[:25]))
    assert sum(k.startswith('graph:') for k in inproc['fast']['records']) == IN_PROCESS_GRAPHS


def test_in_process_matches_the_subprocess_runs(inproc, runs):
    """The switched process computes what a process started in each mode computes."""
    for mode in ('fast', 'reference'):
        mine, theirs = inproc[mode]['records'], runs[mode]['records']
        common = [k for k in mine if not k.startswith('graph:') or k in theirs]
        bad = differences({k: mine[k] for k in common}, {k: theirs[k] for k in common}, '')
        assert not bad, mode + ': ' + '\n'.join(bad[:10])


def _mutant_select(cond, a, b):
    import numpy as np
    a = np.asarray(a)
    b = np.asarray(b)
    if cond.size < 8192:
        return np.where(cond, a, b)
    return np.where(cond, b, a)         # large arrays: the sides swapped


def _mutant_front_end_factory(scalar_op, tensor_op, name, inplace, run):
    def front_end(self, other):     # x * number multiplies by number * (1 + 1e-7)
        if type(other) is float or type(other) is int:
            return run(scalar_op, [self], {'other': float(other) * 1.0000001})
        return _simple_binary(self, other, scalar_op, tensor_op, name, inplace)  # noqa: F821
    return front_end


@pytest.mark.parametrize('mutant', ['ufunc_table', 'select_code', 'front_end_code'])
def test_in_process_comparison_catches_a_mutated_fast_path(mutant):
    """A fast path changed on purpose (its reference twin untouched) must make the in-process
    comparison fail; entering reference mode and leaving it restores the fast path's own code
    (the switch installs the code registered at import)."""
    import numpy as np
    from legacy_autograd.ops import dispatch, _common, arithmetic
    from legacy_autograd import _fastpaths
    saved = dict(dispatch._UFUNC_INPLACE)
    code = (_common.select.__code__, arithmetic.mul.__code__)
    if mutant == 'ufunc_table':       # in-place floating x += number adds the number twice
        dispatch._UFUNC_INPLACE['add_scalar'] = lambda a, p: np.add(a, 2 * p['other'], out=a)
    elif mutant == 'select_code':     # large arrays: the two sides swapped
        _common.select.__code__ = _mutant_select.__code__
    else:                             # the operator front-end of mul (a closure)
        m = _mutant_front_end_factory(None, None, None, None, None).__code__
        assert m.co_freevars == arithmetic.mul.__code__.co_freevars
        arithmetic.mul.__code__ = m
    try:
        both = O.run_both_in_process(10, parts=('api', 'graph'))
    finally:
        dispatch._UFUNC_INPLACE.clear()
        dispatch._UFUNC_INPLACE.update(saved)
    assert (_common.select.__code__, arithmetic.mul.__code__) == code
    assert _fastpaths.REFERENCE is False
    bad = differences(both['fast']['records'], both['reference']['records'], '')
    assert bad, 'the mutant %s went unnoticed' % mutant
