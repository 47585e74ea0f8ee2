"""legacy_autograd: the PyTorch 0.3 tensor and Variable API on a numpy core.

``import legacy_autograd as torch`` gives the 0.3 ``torch`` namespace:
tensor types, creation and math functions, ``autograd.Variable``, ``nn``,
``optim``, ``utils.data`` and ``cuda`` (reporting no CUDA).
"""
import sys as _sys

from ._version import TORCH_VERSION as __version__  # noqa: E402  (torch.__version__: '0.3.1')

from .size import Size  # noqa: E402
from . import tensor as _tensor  # noqa: E402
from .tensor import (DoubleTensor, FloatTensor, HalfTensor, ByteTensor, CharTensor,  # noqa: E402
                     ShortTensor, IntTensor, LongTensor, from_numpy, is_tensor, typename)
from . import storage as _storage_mod  # noqa: E402
from .storage import (DoubleStorage, FloatStorage, HalfStorage, ByteStorage,  # noqa: E402,F401
                      CharStorage, ShortStorage, IntStorage, LongStorage, is_storage)
from . import autograd  # noqa: E402
from .autograd import Variable  # noqa: E402,F401
from . import ops as _ops  # noqa: E402
from .ops.surface import TORCH_FUNCTIONS as _TORCH_FUNCTIONS  # noqa: E402
from .printing import set_printoptions  # noqa: E402,F401
from .random import (manual_seed, initial_seed, seed, get_rng_state, set_rng_state,  # noqa: E402,F401
                     Generator, default_generator)
from . import random  # noqa: E402,F401
from . import cuda  # noqa: E402,F401
from . import utils  # noqa: E402,F401
from .utils import data as _utils_data  # noqa: E402,F401  (sets utils.data)
from . import nn, optim, serialization, backends  # noqa: E402,F401
from . import sparse  # noqa: E402,F401
from .sparse import _stateless as _sparse_stateless  # noqa: E402
from . import _C  # noqa: E402,F401  (torch._C._functions only)
from . import functional  # noqa: E402,F401  (torch.functional)

_storage_classes = {DoubleStorage, FloatStorage, LongStorage, IntStorage, ShortStorage,
                    CharStorage, ByteStorage, HalfStorage}
from .serialization import save, load  # noqa: E402,F401

_module = _sys.modules[__name__]
for _name, _fn in _TORCH_FUNCTIONS.items():
    setattr(_module, _name, _sparse_stateless.dispatching(_name, _fn))
for _name, _fn in _sparse_stateless.FUNCTIONS.items():     # spmm, hspmm, ..., dsmm, hsmm
    setattr(_module, _name, _fn)

Tensor = FloatTensor
Storage = FloatStorage

_tensor_classes = set(_tensor.TENSOR_CLASSES)
_tensor_classes.update(sparse._sparse_tensor_classes)     # as 0.3.1's torch.sparse did


def set_default_tensor_type(t):
    """Make ``torch.Tensor`` (and creation functions) use another type."""
    cls = _tensor.resolve_type(t)
    if not cls._info.is_floating:
        raise TypeError('only floating-point types are supported as the default type')
    _tensor._default['cls'] = cls
    global Tensor, Storage
    Tensor = cls
    Storage = _storage_mod.STORAGE_BY_DTYPE[cls._dtype]


def get_num_threads():
    return 1


def set_num_threads(n):
    pass


def is_floating_point(t):
    return t.is_floating_point()


def numel(t):
    return t.numel()


def __getattr__(name):
    # Tools reachable from the package for users, loaded on first use: ``legacy_autograd.install()``
    # / ``uninstall()`` (the runner's entry points), ``legacy_autograd.runner`` and
    # ``legacy_autograd.testing``.  They sit above this namespace, so they are not imported with
    # it (the upward imports compat_tests/test_layers.py allows), and they never show in ``torch``
    # under the runner, which serves only the names of ``_exports.EXPORTS``.
    # (``import a.b`` form: ``from . import b`` would ask this hook for ``b`` first)
    if name in ('install', 'uninstall', 'runner'):
        import legacy_autograd.runner as runner
        return runner if name == 'runner' else getattr(runner, name)
    if name == 'testing':
        import legacy_autograd.testing as testing
        return testing
    raise AttributeError('module %r has no attribute %r' % (__name__, name))
