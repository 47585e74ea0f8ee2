"""Make modern PyTorch (CPU) draw PyTorch 0.3's random numbers.

``install()`` patches a modern ``torch`` so that seeding, the random functions and
methods, the default initialisation of the nn modules, ``nn.init``, dropout masks and
DataLoader shuffling draw from PyTorch 0.3's CPU generator (``legacy_autograd.rng``)
in 0.3's order and with 0.3's algorithms.  A script ported from 0.3 to modern torch
then prints the same random numbers as the 0.3 script did (on this shim)::

    from legacy_autograd import rng_bridge
    rng_bridge.install()             # or: with rng_bridge.bridged(seed=1): ...
    import torch
    torch.manual_seed(1)
    torch.randn(2, 3)                # what 0.3's torch.randn(2, 3) gave

or, for a whole script: ``python -m legacy_autograd.rng_bridge SCRIPT [ARGS...]``.
``BRIDGED`` lists every patched name; docs/random.md ("The RNG bridge") says
what each does.  Only ``torch`` is imported lazily: importing this package does not
import torch.
"""
import contextlib

from ._seed import SEED_ENV, env_seed

__all__ = ['install', 'uninstall', 'is_installed', 'bridged', 'generator', 'BRIDGED',
           'SEED_ENV', 'env_seed']

#: Every name the bridge replaces, as ``owner.name`` (``torch`` = the torch module).
BRIDGED = (
    # seeding and state
    'torch.manual_seed', 'torch.initial_seed', 'torch.seed', 'torch.get_rng_state',
    'torch.set_rng_state', 'torch.random.manual_seed', 'torch.random.initial_seed',
    'torch.random.seed', 'torch.random.get_rng_state', 'torch.random.set_rng_state',
    # functions
    'torch.rand', 'torch.randn', 'torch.rand_like', 'torch.randn_like', 'torch.randperm',
    'torch.multinomial', 'torch.normal', 'torch.bernoulli', 'torch.randint',
    # tensor methods
    'torch.Tensor.normal_', 'torch.Tensor.uniform_', 'torch.Tensor.random_',
    'torch.Tensor.bernoulli_', 'torch.Tensor.exponential_', 'torch.Tensor.cauchy_',
    'torch.Tensor.log_normal_', 'torch.Tensor.geometric_', 'torch.Tensor.multinomial',
    'torch.Tensor.bernoulli',
    # default initialisation of modules
    'torch.nn.Linear.reset_parameters', 'torch.nn.Bilinear.reset_parameters',
    'torch.nn.modules.conv._ConvNd.reset_parameters',
    'torch.nn.modules.rnn.RNNBase.reset_parameters',
    'torch.nn.modules.rnn.RNNCellBase.reset_parameters',
    'torch.nn.Embedding.reset_parameters', 'torch.nn.EmbeddingBag.reset_parameters',
    'torch.nn.modules.batchnorm._NormBase.reset_parameters',
    # nn.init (modern and 0.3 spellings)
    'torch.nn.init.uniform_', 'torch.nn.init.normal_', 'torch.nn.init.xavier_uniform_',
    'torch.nn.init.xavier_normal_', 'torch.nn.init.kaiming_uniform_',
    'torch.nn.init.kaiming_normal_', 'torch.nn.init.orthogonal_', 'torch.nn.init.sparse_',
    'torch.nn.init.uniform', 'torch.nn.init.normal', 'torch.nn.init.xavier_uniform',
    'torch.nn.init.xavier_normal', 'torch.nn.init.kaiming_uniform',
    'torch.nn.init.kaiming_normal', 'torch.nn.init.orthogonal', 'torch.nn.init.sparse',
    # dropout
    'torch.nn.functional.dropout', 'torch.nn.functional.dropout2d',
    'torch.nn.functional.dropout3d', 'torch.nn.functional.alpha_dropout',
    'torch.nn.RNN.forward', 'torch.nn.LSTM.forward', 'torch.nn.GRU.forward',
    # data
    'torch.utils.data.RandomSampler.__iter__', 'torch.utils.data.dataset.randperm',
    'torch.utils.data.dataloader._BaseDataLoaderIter.__init__',
)


def install(torch_module=None, seed=None):
    """Patch modern torch to draw 0.3's random stream; return the 0.3 generator.

    ``torch_module``: the torch to patch (default: ``import torch``).  ``seed``: seed
    the 0.3 generator (and modern torch's) with it; None takes ``LEGACY_AUTOGRAD_SEED``
    from the environment, and if that is unset too the generator keeps the
    ``/dev/urandom`` seed it was made with, as 0.3's was.  Installing again only
    reseeds (when a seed is given).  Raises ``RuntimeError`` for another torch module
    while one is patched.
    """
    from . import _install
    return _install.install(torch_module, seed)


def uninstall():
    """Undo every patch (no-op when the bridge is not installed)."""
    from . import _install
    _install.uninstall()


def is_installed():
    from ._core import _State
    return _State.gen is not None


def generator():
    """The :class:`legacy_autograd.rng.Generator` the bridge draws from (None if not installed)."""
    from ._core import _State
    return _State.gen


@contextlib.contextmanager
def bridged(torch_module=None, seed=None):
    """``with bridged(seed=1): ...``: the bridge installed inside, uninstalled after
    (if it was not installed before)."""
    was = is_installed()
    gen = install(torch_module, seed)
    try:
        yield gen
    finally:
        if not was:
            uninstall()
