"""0.3 containers: ``Sequential`` (positional or ``OrderedDict``), ``ModuleList``,
``ParameterList``.

0.3.1 semantics kept: integer indexing only (negative indexes count from the end,
``IndexError: index 5 is out of range`` otherwise; slicing arrived in 0.4),
``len()``, iteration over ``ModuleList`` / ``ParameterList`` (``Sequential`` is
iterable through ``__getitem__``), ``append`` / ``extend`` / ``+=`` taking lists
only, and the default ``Module`` repr (``Sequential(\\n  (0): Linear(...)\\n)``).
"""
from collections import OrderedDict

from .module import Module

__all__ = ['Sequential', 'ModuleList', 'ParameterList']


def _index(container, idx, size):
    if not (-size <= idx < size):
        raise IndexError('index {} is out of range'.format(idx))
    return idx + size if idx < 0 else idx


class Sequential(Module):
    """A sequential container: modules run in the order they were given."""

    def __init__(self, *args):
        super(Sequential, self).__init__()
        if len(args) == 1 and isinstance(args[0], OrderedDict):
            for key, module in args[0].items():
                self.add_module(key, module)
        else:
            for idx, module in enumerate(args):
                self.add_module(str(idx), module)

    def __getitem__(self, idx):
        idx = _index(self, idx, len(self))
        it = iter(self._modules.values())
        for _ in range(idx):
            next(it)
        return next(it)

    def __len__(self):
        return len(self._modules)

    def forward(self, input):
        for module in self._modules.values():
            input = module(input)
        return input


class ModuleList(Module):
    """Submodules held in a list (registered under the names ``'0'``, ``'1'``, ...)."""

    def __init__(self, modules=None):
        super(ModuleList, self).__init__()
        if modules is not None:
            self += modules

    def __getitem__(self, idx):
        idx = _index(self, idx, len(self))
        return self._modules[str(idx)]

    def __setitem__(self, idx, module):
        return setattr(self, str(idx), module)

    def __len__(self):
        return len(self._modules)

    def __iter__(self):
        return iter(self._modules.values())

    def __iadd__(self, modules):
        return self.extend(modules)

    def append(self, module):
        self.add_module(str(len(self)), module)
        return self

    def extend(self, modules):
        if not isinstance(modules, list):
            raise TypeError('ModuleList.extend should be called with a list, but got '
                            + type(modules).__name__)
        offset = len(self)
        for i, module in enumerate(modules):
            self.add_module(str(offset + i), module)
        return self


class ParameterList(Module):
    """Parameters held in a list (registered under the names ``'0'``, ``'1'``, ...)."""

    def __init__(self, parameters=None):
        super(ParameterList, self).__init__()
        if parameters is not None:
            self += parameters

    def __getitem__(self, idx):
        idx = _index(self, idx, len(self))
        return self._parameters[str(idx)]

    def __setitem__(self, idx, param):
        return self.register_parameter(str(idx), param)

    def __len__(self):
        return len(self._parameters)

    def __iter__(self):
        return iter(self._parameters.values())

    def __iadd__(self, parameters):
        return self.extend(parameters)

    def append(self, parameter):
        self.register_parameter(str(len(self)), parameter)
        return self

    def extend(self, parameters):
        if not isinstance(parameters, list):
            raise TypeError('ParameterList.extend should be called with a list, but got '
                            + type(parameters).__name__)
        offset = len(self)
        for i, param in enumerate(parameters):
            self.register_parameter(str(offset + i), param)
        return self


# ---------------------------------------------------------------------- issue 16
# the classes 0.3.1 defined here beyond the ones above (0.3.1 arguments, reprs, init)
import warnings as _warnings  # noqa: E402

__all__ += ['Container']


class Container(Module):
    """Container(**modules)."""

    def __init__(self, **kwargs):
        super(Container, self).__init__()
        _warnings.warn("nn.Container is deprecated. All of it's functionality is now implemented "
                      "in nn.Module. Subclass that instead.")
        for key, value in kwargs.items():
            self.add_module(key, value)
