"""``torch.multiprocessing`` (0.3.1): the standard library's ``multiprocessing``, re-exported
(``Process``, ``Queue``, ``Pipe``, ``Value``, ``Semaphore``, ``Pool``, ...), with the tensor
sharing strategies.

``tensor.share_memory_()`` / ``module.share_memory()`` move the elements into a shared
anonymous mapping, so processes forked afterwards (the default on Linux) and the parent see
and write the same numbers (Hogwild-style training works).  0.3.1 also registered pickling
reductions so that a tensor put on a queue moved to shared memory; here tensors put on a
queue or a pipe travel by value (a pickled copy).  ``set_sharing_strategy`` / ``get_sharing_strategy`` /
``get_all_sharing_strategies`` keep 0.3.1's names and values.
"""
import multiprocessing as _mp
import sys
from multiprocessing import *  # noqa: F401,F403
from multiprocessing import Pool, Queue, SimpleQueue  # noqa: F401

from . import pool, queue, reductions  # noqa: F401
from .reductions import init_reductions

__all__ = ['set_sharing_strategy', 'get_sharing_strategy', 'get_all_sharing_strategies']
__all__ += _mp.__all__

if sys.platform == 'darwin':
    _sharing_strategy = 'file_system'
    _all_sharing_strategies = {'file_system'}
else:
    _sharing_strategy = 'file_descriptor'
    _all_sharing_strategies = {'file_descriptor', 'file_system'}


def set_sharing_strategy(new_strategy):
    """Set the strategy for sharing CPU tensors (one of :func:`get_all_sharing_strategies`)."""
    global _sharing_strategy
    assert new_strategy in _all_sharing_strategies
    _sharing_strategy = new_strategy


def get_sharing_strategy():
    """The current strategy for sharing CPU tensors."""
    return _sharing_strategy


def get_all_sharing_strategies():
    """The sharing strategies of this system."""
    return _all_sharing_strategies


init_reductions()
