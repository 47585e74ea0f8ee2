"""``torch.cuda`` on a machine without CUDA: scripts keep running on the CPU.

``is_available()`` is False.  ``.cuda()`` and ``torch.cuda.FloatTensor(...)``
give ordinary CPU tensors; the first such call prints one notice on stderr
(never stdout, which must stay byte-identical to 0.3's).
"""
from . import random as _random
from . import tensor as _t
from .cuda_notice import NOTICE, notice as _notice  # noqa: F401


def is_available():
    return False


def device_count():
    return 0


def current_device():
    raise RuntimeError('cuda runtime error (35) : CUDA driver version is insufficient for CUDA '
                       'runtime version (the legacy_autograd shim has no CUDA)')


def manual_seed(seed):
    pass


def manual_seed_all(seed):
    pass


def seed():
    pass


def seed_all():
    pass


def initial_seed():
    return _random.initial_seed()


def synchronize():
    pass


def empty_cache():
    pass


def set_device(device):
    _notice()


class device(object):
    def __init__(self, idx):
        self.idx = idx

    def __enter__(self):
        _notice()
        return self

    def __exit__(self, *args):
        return False


def _cuda_class(short):
    cpu_cls = getattr(_t, short + 'Tensor')

    class _Meta(type):
        def __instancecheck__(cls, obj):
            return False

        def __call__(cls, *args, **kwargs):
            _notice()
            return cpu_cls(*args, **kwargs)

    name = short + 'Tensor'
    cls = _Meta(name, (object,), {'_legacy_cpu_class': cpu_cls, '__module__': 'torch.cuda'})
    return cls


FloatTensor = _cuda_class('Float')
DoubleTensor = _cuda_class('Double')
HalfTensor = _cuda_class('Half')
ByteTensor = _cuda_class('Byte')
CharTensor = _cuda_class('Char')
ShortTensor = _cuda_class('Short')
IntTensor = _cuda_class('Int')
LongTensor = _cuda_class('Long')
