"""``torch.optim`` (PyTorch 0.3): optimizers over Variables and learning-rate schedules.

Every optimizer updates ``p.data`` of its parameters with tensor operations; see
``docs/optim.md`` for what matches 0.3 and where modern torch differs.
"""
from .optimizer import Optimizer
from .sgd import SGD
from .adam import Adam
from .adamax import Adamax
from .adagrad import Adagrad
from .adadelta import Adadelta
from .rmsprop import RMSprop
from .rprop import Rprop
from .asgd import ASGD
from .lbfgs import LBFGS
from .sparse_adam import SparseAdam
from . import lr_scheduler

__all__ = ['Optimizer', 'SGD', 'Adam', 'Adamax', 'Adagrad', 'Adadelta', 'RMSprop', 'Rprop',
           'ASGD', 'LBFGS', 'SparseAdam', 'lr_scheduler']
