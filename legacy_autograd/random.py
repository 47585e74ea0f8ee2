"""``torch.random``: seeding and state of the one global 0.3 CPU generator."""
import contextlib

from . import rng as _rng
from . import errors as _errors
from .tensor import ByteTensor


def manual_seed(seed):
    """Seed the global generator; returns ``default_generator`` (as 0.3.1 did).  The seed must
    be a Python int (0.3.1's ``THPUtils_checkLong``: not a bool, a float or a numpy integer)."""
    _rng.default_generator.manual_seed(seed)
    return default_generator


def initial_seed():
    return _rng.default_generator.initial_seed()


def seed():
    return _rng.default_generator.seed()


def get_rng_state():
    return ByteTensor._wrap(_rng.default_generator.get_state().copy())


def _check_state(new_state):
    # 0.3.1's THPGenerator_setState (THPUtils_assert: a RuntimeError)
    if not isinstance(new_state, ByteTensor):
        raise RuntimeError('set_state expects a torch.ByteTensor, but got %s'
                           % _errors.legacy_typename(new_state))


def set_rng_state(new_state):
    _check_state(new_state)                 # 0.3.1: default_generator.set_state(new_state)
    _rng.default_generator.set_state(new_state._a.copy())


class Generator(object):
    """``torch.Generator()``: an independent 0.3 CPU generator (``torch.rand(...,
    generator=g)``); its state is a ByteTensor, as ``torch.get_rng_state()``'s.

    It shows ``torch._C.Generator``'s five methods and nothing else: the generator engine
    (``rng.Generator``, with its fill/draw methods) is held, not inherited."""
    __slots__ = ('_legacy_generator',)      # the engine ``generator=`` draws from

    def __init__(self, *args, **kwargs):
        if args or kwargs:      # 0.3.1's THPGenerator_pynew (THPUtils_setError)
            raise RuntimeError("torch.Generator constructor doesn't accept any arguments")
        self._legacy_generator = _rng.Generator()

    def get_state(self):
        return ByteTensor._wrap(self._legacy_generator.get_state().copy())

    def set_state(self, new_state):
        _check_state(new_state)
        self._legacy_generator.set_state(new_state._a.copy())
        return self

    def manual_seed(self, seed):
        self._legacy_generator.manual_seed(seed)
        return self             # (0.3.1's THPGenerator_manualSeed returns the generator)

    def seed(self):
        return self._legacy_generator.seed()

    def initial_seed(self):
        return self._legacy_generator.initial_seed()

    def __repr__(self):
        return '<torch._C.Generator object at %#x>' % id(self)


Generator.__module__ = 'torch'


class _DefaultGenerator(object):
    """``torch.default_generator`` (0.3.1: ``torch._C.default_generator``, what
    ``torch.manual_seed`` returns): the global CPU generator through ``torch._C.Generator``'s
    five methods, its state a ByteTensor."""
    __slots__ = ()
    _legacy_generator = _rng.default_generator      # what ``generator=`` means by it


    def get_state(self):
        return get_rng_state()

    def set_state(self, new_state):
        set_rng_state(new_state)
        return self

    def manual_seed(self, seed):
        _rng.default_generator.manual_seed(seed)
        return self

    def seed(self):
        return _rng.default_generator.seed()

    def initial_seed(self):
        return _rng.default_generator.initial_seed()

    def __repr__(self):
        return '<torch._C.Generator object at %#x>' % id(self)


default_generator = _DefaultGenerator()


@contextlib.contextmanager
def fork_rng(devices=None, enabled=True, _caller='fork_rng', _devices_kw='devices'):
    """``with torch.random.fork_rng():`` the CPU generator's state is put back on leaving the
    block (also after an exception), so draws inside it leave the outer stream as it was.
    ``devices`` names CUDA devices whose generators 0.3.1 also forked; there are none here, so
    they are only checked to be an iterable.  ``enabled=False`` forks nothing."""
    if not enabled:
        yield
        return
    if devices is not None:
        devices = list(devices)
    state = _rng.default_generator.get_state().copy()
    try:
        yield
    finally:
        _rng.default_generator.set_state(state)
