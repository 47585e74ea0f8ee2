"""install() / uninstall(): which attribute gets which bridged function."""
from .. import rng as _rng
from . import _data, _functions, _nn
from ._core import _State
from ._patch import Patches
from ._seed import env_seed

_SEEDING = ('manual_seed', 'initial_seed', 'seed', 'get_rng_state', 'set_rng_state')
_CREATION = ('rand', 'randn', 'rand_like', 'randn_like', 'randperm', 'multinomial', 'normal',
             'bernoulli', 'randint')


def install(torch_module=None, seed=None):
    if torch_module is None:
        import torch as torch_module
    torch = torch_module
    if seed is None:
        seed = env_seed()                         # a bad value fails before any patch
    if _State.gen is not None:
        if _State.torch is not torch:
            raise RuntimeError('the RNG bridge is already installed on another torch module')
    else:
        _patch_all(torch)
    if seed is not None:
        torch.manual_seed(seed)                   # bridged: seeds both generators
    return _State.gen


def _patch_all(torch):
    import torch.nn.functional as F
    import torch.nn.init
    import torch.utils.data
    import torch.utils.data.dataloader
    import torch.utils.data.dataset

    _State.torch = torch
    _State.dtypes = None
    patches = Patches()
    try:
        orig = {n: getattr(torch, n) for n in _SEEDING + _CREATION}
        for name, fn in _functions.make_seeding(torch, orig).items():
            patches.set(torch, name, fn)
            patches.set(torch.random, name, fn)
        for name, fn in _functions.make_creation(torch, orig).items():
            patches.set(torch, name, fn)
        methods = {n: getattr(torch.Tensor, n) for n in _functions.METHOD_NAMES}
        for name, fn in _functions.make_methods(torch, methods, orig).items():
            patches.set(torch.Tensor, name, fn)

        for cls, fn in _nn.reset_targets(torch):
            patches.set(cls, 'reset_parameters', _nn._with_fallback(cls.reset_parameters, fn))
        init_orig = {n: getattr(torch.nn.init, n) for n in _nn.INIT_NAMES}
        for name, fn in _nn.make_init(torch, init_orig).items():
            patches.set(torch.nn.init, name, fn)
        drop_orig = {n: getattr(F, n) for n in _nn.DROPOUT_NAMES}
        for name, fn in _nn.make_dropout(torch, drop_orig).items():
            patches.set(F, name, fn)
        for cls in _nn.rnn_targets(torch):
            patches.set(cls, 'forward', _nn._rnn_forward(cls.forward))

        data = torch.utils.data
        patches.set(data.RandomSampler, '__iter__',
                    _data.make_random_sampler_iter(data.RandomSampler.__iter__))
        patches.set(data.dataset, 'randperm', torch.randperm)
        base = data.dataloader._BaseDataLoaderIter
        patches.set(base, '__init__', _data.make_loader_iter_init(base.__init__))
    except BaseException:
        patches.restore()
        _State.torch = None
        raise
    _State.patches = patches
    _State.gen = _rng.Generator()


def uninstall():
    if _State.patches is not None:
        _State.patches.restore()
    _State.patches = None
    _State.gen = None
    _State.torch = None
    _State.suspended = 0
