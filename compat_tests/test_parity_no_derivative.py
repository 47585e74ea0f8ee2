"""The parity cases of ops that 0.3.1 could not differentiate switch their gradient checks off
(``grad=`` reason in ``legacy_autograd/parity_samples.py``, built by ``_no_derivative``).
This file checks the reason's claim on the same fixed cases: the forward records a graph node
and its backward raises 0.3's ``the derivative for '<name>' is not implemented``."""
import numpy as np
import pytest

import legacy_autograd as L
from legacy_autograd import testing as T
from legacy_autograd.ops import dispatch, registry
from legacy_autograd.autograd import Variable


def _no_derivative_ops():
    out = []
    for name in sorted(registry.OPS):
        spec = T.spec_for(name)
        if spec is None or T.exemption(name) or not isinstance(spec.grad, str):
            continue
        if spec.grad.startswith('0.3.1 has no derivative for'):
            out.append(name)
    return out


NAMES = _no_derivative_ops()

# 0.3.1 tools/autograd/derivatives.yaml: not_implemented("<name>") -- the name as written there
# (potrs's entries say "potri"); Functions.cpp: "the derivative for '<name>' is not implemented"
NAME_IN_031 = {
    'histc': 'histc', 'svd': 'svd', 'symeig': 'symeig', 'eig': 'eig', 'qr': 'qr',
    'gels': 'gels', 'trtrs': 'trtrs', 'potrs': 'potri', 'potri': 'potri', 'pstrf': 'pstrf',
    'geqrf': 'geqrf', 'orgqr': 'orgqr', 'ormqr': 'ormqr', 'btrifact': 'btrifact',
    'btrisolve': 'btrisolve',
}


def test_no_derivative_list_covers_the_lapack_ops():
    assert set(NAME_IN_031) == set(NAMES)


@pytest.mark.parametrize('name', NAMES)
def test_no_derivative_backward_raises_the_03_message(name):
    spec = T.spec_for(name)
    op = registry.OPS[name]
    case = T.fixed_case(name, 'float64', T.fixed_case_ids(name, 'float64')[0])
    leaves = [Variable(L.from_numpy(np.array(a, copy=True)), requires_grad=True)
              for a in case.arrays]
    if spec.legacy is not None:
        out = spec.legacy(L, *leaves, **case.params)
    else:
        out = dispatch.call(op, list(leaves), dict(case.params) if case.params else None)
    first = out[0] if isinstance(out, tuple) else out
    assert first.requires_grad and first.grad_fn is not None
    with pytest.raises(RuntimeError) as e:
        first.sum().backward()
    assert str(e.value) == "the derivative for '%s' is not implemented" % NAME_IN_031[name]
