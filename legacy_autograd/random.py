"""``torch.random``: seeding and state of the one global 0.3 CPU generator."""
import contextlib

from . import rng as _rng
from .tensor import ByteTensor


def manual_seed(seed):
    """Seed the generator (0.3: returns the generator object; here the Generator)."""
    _rng.default_generator.manual_seed(int(seed))
    return _rng.default_generator


def initial_seed():
    return _rng.default_generator.initial_seed()


def seed():
    return _rng.default_generator.seed()


def get_rng_state():
    return ByteTensor._wrap(_rng.default_generator.get_state().copy())


def set_rng_state(new_state):
    if not isinstance(new_state, ByteTensor):
        raise TypeError('set_rng_state expects a torch.ByteTensor, but got %s'
                        % type(new_state).__name__)
    _rng.default_generator.set_state(new_state._a.copy())


class Generator(_rng.Generator):
    """``torch.Generator()``: an independent 0.3 CPU generator (``torch.rand(...,
    generator=g)``); its state is a ByteTensor, as ``torch.get_rng_state()``'s."""

    def get_state(self):
        return ByteTensor._wrap(_rng.Generator.get_state(self).copy())

    def set_state(self, new_state):
        if not isinstance(new_state, ByteTensor):
            raise TypeError('set_state expects a torch.ByteTensor, but got %s'
                            % type(new_state).__name__)
        _rng.Generator.set_state(self, new_state._a.copy())
        return self


Generator.__module__ = 'torch'


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
