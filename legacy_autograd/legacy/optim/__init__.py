"""``torch.legacy.optim``: Lua Torch's functional optimisers, as PyTorch 0.3.1 carried them.

Each optimiser is a function ``opt(opfunc, x, config, state=None)``: ``opfunc(x)`` returns
``(f(x), df/dx)`` on tensors, ``x`` is updated in place, ``config`` holds the Lua-style
hyper-parameters (``learningRate``, ``weightDecay``, ...) and ``state`` (``config`` when it is
None) what the optimiser keeps between calls.  The arithmetic is done in the same order as
0.3.1 did, so the results match 0.3.1's to the last bit.
"""
from .adadelta import adadelta
from .adagrad import adagrad
from .adam import adam
from .adamax import adamax
from .asgd import asgd
from .cg import cg
from .nag import nag
from .rmsprop import rmsprop
from .rprop import rprop
from .sgd import sgd
from .lbfgs import lbfgs

__all__ = ['adadelta', 'adagrad', 'adam', 'adamax', 'asgd', 'cg', 'nag', 'rmsprop', 'rprop',
           'sgd', 'lbfgs']
