"""The two libraries, found lazily: modern ``torch`` only when a helper needs it, so that
``legacy_autograd.testing`` imports without torch; and type tests for their values."""
import sys


def modern_torch():
    """The real modern ``torch`` module (ImportError with the reason otherwise)."""
    try:
        import torch
    except ImportError as exc:
        raise ImportError('legacy_autograd.testing needs modern PyTorch for this helper '
                          '(pip install torch): %s' % exc)
    if not hasattr(torch, 'from_numpy') or is_legacy_module(torch):
        raise ImportError('`import torch` resolves to legacy_autograd (the runner shim is '
                          'installed); the parity helpers need the real modern PyTorch')
    return torch


def is_legacy_module(mod):
    f = getattr(mod, '__file__', '') or ''
    return 'legacy_autograd' in f.replace('\\', '/').split('/')


def legacy():
    import legacy_autograd
    return legacy_autograd


def is_modern_tensor(x):
    torch = sys.modules.get('torch')
    if torch is None or is_legacy_module(torch) or not hasattr(torch, 'Tensor'):
        return False
    return isinstance(x, torch.Tensor)


def is_legacy_variable(x):
    from ..autograd.variable import Variable
    return isinstance(x, Variable)


def is_legacy_tensor(x):
    from ..tensor import _TensorBase
    return isinstance(x, _TensorBase)


def registry_ops():
    from ..ops import registry
    return registry.OPS


def samples_module():
    from .. import parity_samples
    return parity_samples


def exc_text(exc):
    return '%s: %s' % (type(exc).__name__, exc)
