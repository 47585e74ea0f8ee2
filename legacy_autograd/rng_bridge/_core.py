"""State of the bridge and the helpers every patch uses.

The 0.3 numbers come from a :class:`legacy_autograd.rng.Generator` (the shim's generator
class, an instance of its own): a patched function lets modern torch do its usual argument
checks and allocation first, then draws the 0.3 values with the generator into a
numpy array of the tensor's shape and type and stores them into the tensor (not
recorded by autograd; the version counter is bumped).
Modern torch's own generator is left alone (``manual_seed`` seeds it too, so what
is not bridged is at least repeatable).
"""
import contextlib

import numpy as np


class _State(object):
    gen = None            # the rng.Generator the bridge draws from (None: not installed)
    torch = None          # the torch module patched
    patches = None        # _patch.Patches
    suspended = 0         # >0: patched functions behave like the originals
    dtypes = None         # torch dtype -> numpy dtype


FLOATS = ('float32', 'float64')
INTS = ('uint8', 'int8', 'int16', 'int32', 'int64')
RANDOM_KINDS = INTS + FLOATS                 # random_ / geometric_ (0.3 CPU types)
BERNOULLI_KINDS = RANDOM_KINDS + ('bool',)


def active():
    return _State.gen is not None and not _State.suspended


@contextlib.contextmanager
def suspended():
    """Inside: the patched functions draw from modern torch's generator, as unpatched."""
    _State.suspended += 1
    try:
        yield
    finally:
        _State.suspended -= 1


def generator():
    return _State.gen


def _dtype_table():
    if _State.dtypes is None:
        torch = _State.torch
        _State.dtypes = {getattr(torch, name): np.dtype(name) for name in BERNOULLI_KINDS}
    return _State.dtypes


def np_dtype(t, kinds=FLOATS):
    """numpy dtype for a CPU strided tensor whose type is in ``kinds``, else None."""
    torch = _State.torch
    if not isinstance(t, torch.Tensor) or t.device.type != 'cpu' or t.layout != torch.strided:
        return None
    d = _dtype_table().get(t.dtype)
    if d is None or d.name not in kinds:
        return None
    return d


def default_generator(gen):
    """Whether ``generator=gen`` asks for the default generator (then the bridge draws)."""
    return gen is None or gen is _State.torch.default_generator


def bridged_call(kwargs):
    """True when the bridge should draw for a call with these keyword arguments."""
    return active() and default_generator(kwargs.get('generator'))


def write(t, values):
    """Store numpy ``values`` into the CPU tensor ``t`` (any strides), without recording
    autograd, and bump its version counter as an in-place op does.

    Through a numpy view of ``t``: ``Tensor.copy_`` costs ~40x more here (thread pool).
    """
    dst = t.detach().numpy()
    dst[...] = np.asarray(values).reshape(dst.shape)
    bump = getattr(_State.torch.autograd.graph, 'increment_version', None)
    if bump is not None:
        bump(t)
    return t


def fill(t, method, *args):
    """Fill ``t`` with ``Generator.<method>(array, *args)`` drawn in row-major order."""
    arr = np.empty(tuple(t.shape), dtype=np_dtype(t, BERNOULLI_KINDS))
    if arr.size:
        getattr(_State.gen, method)(arr, *args)
        write(t, arr)
    return t


def array(t):
    """A numpy array of a tensor's values (a copy when it must)."""
    return t.detach().cpu().numpy()


def float_or_array(x):
    if isinstance(x, _State.torch.Tensor):
        return array(x)
    return float(x)
