"""The activation modules 0.3.1 had beyond ``activation.py``'s: RReLU, GLU, Hardshrink,
Softshrink (0.3.1 reprs: ``RReLU(0.125, 0.3333333333333333)``, ``GLU(dim=-1)``,
``Hardshrink(0.5)``, ``Softshrink(0.5)``)."""
from .module import Module
from .. import _functional_activation as F

__all__ = ['RReLU', 'GLU', 'Hardshrink', 'Softshrink']


class RReLU(Module):
    """RReLU(lower=1/8, upper=1/3, inplace=False): random negative slopes in training."""

    def __init__(self, lower=1. / 8, upper=1. / 3, inplace=False):
        super(RReLU, self).__init__()
        self.lower = lower
        self.upper = upper
        self.inplace = inplace

    def forward(self, input):
        return F.rrelu(input, self.lower, self.upper, self.training, self.inplace)

    def __repr__(self):
        inplace_str = ', inplace' if self.inplace else ''
        return self.__class__.__name__ + '(' + str(self.lower) + ', ' + str(self.upper) \
            + inplace_str + ')'


class GLU(Module):
    """GLU(dim=-1): gated linear unit."""

    def __init__(self, dim=-1):
        super(GLU, self).__init__()
        self.dim = dim

    def forward(self, input):
        return F.glu(input, self.dim)

    def __repr__(self):
        return '{}(dim={})'.format(self.__class__.__name__, self.dim)


class Hardshrink(Module):
    """Hardshrink(lambd=0.5)."""

    def __init__(self, lambd=0.5):
        super(Hardshrink, self).__init__()
        self.lambd = lambd

    def forward(self, input):
        return F.hardshrink(input, self.lambd)

    def __repr__(self):
        return self.__class__.__name__ + '(' + str(self.lambd) + ')'


class Softshrink(Module):
    """Softshrink(lambd=0.5)."""

    def __init__(self, lambd=0.5):
        super(Softshrink, self).__init__()
        self.lambd = lambd

    def forward(self, input):
        return F.softshrink(input, self.lambd)

    def __repr__(self):
        return self.__class__.__name__ + '(' + str(self.lambd) + ')'


# 0.3.1 defined these in ``torch.nn.modules.activation``: they are served (and pickled) from there
for _cls in __all__:
    globals()[_cls].__module__ = 'legacy_autograd.nn.modules.activation'
del _cls
