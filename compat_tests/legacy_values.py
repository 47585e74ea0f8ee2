"""Small helpers shared by the behaviour test files (test_edge_semantics.py,
test_mutation_kills*.py): build a legacy Variable from plain values, read one back as numpy.

The fixture ``torch`` (modern torch, skipped when absent outside CI) lives in conftest.py.
"""
import numpy as np

import legacy_autograd as L
from legacy_autograd.autograd import Variable


def var(values, dtype=np.float64, requires_grad=True):
    """A legacy Variable of a DoubleTensor (dtype float64) or FloatTensor holding ``values``."""
    cls = L.DoubleTensor if dtype == np.float64 else L.FloatTensor
    return Variable(cls(np.asarray(values, dtype=dtype).tolist()), requires_grad=requires_grad)


def as_numpy(v):
    """The numpy array behind a legacy Variable or tensor."""
    d = v.data if isinstance(v, Variable) else v
    return d.numpy()
