"""``nn.Container`` (deprecated already in 0.3.1): a Module whose keyword arguments become
submodules; warns on construction."""
import warnings

from .module import Module

__all__ = ['Container']


class Container(Module):
    """Container(**modules)."""

    def __init__(self, **kwargs):
        super(Container, self).__init__()
        warnings.warn("nn.Container is deprecated. All of it's functionality is now implemented "
                      "in nn.Module. Subclass that instead.")
        for key, value in kwargs.items():
            self.add_module(key, value)


# 0.3.1 defined these in ``torch.nn.modules.container``: they are served (and pickled) from there
for _cls in __all__:
    globals()[_cls].__module__ = 'legacy_autograd.nn.modules.container'
del _cls
