"""AlphaDropout (0.3.1): dropout for SELU networks; repr ``AlphaDropout(p=0.5)``."""
from .module import Module
from .. import _functional_activation as F

__all__ = ['AlphaDropout']


class AlphaDropout(Module):
    """AlphaDropout(p=0.5)."""

    def __init__(self, p=0.5):
        super(AlphaDropout, self).__init__()
        if p < 0 or p > 1:
            raise ValueError('dropout probability has to be between 0 and 1, but got {}'
                             .format(p))
        self.p = p

    def forward(self, input):
        return F.alpha_dropout(input, self.p, self.training)

    def __repr__(self):
        return self.__class__.__name__ + '(' + 'p=' + str(self.p) + ')'


# 0.3.1 defined these in ``torch.nn.modules.dropout``: they are served (and pickled) from there
for _cls in __all__:
    globals()[_cls].__module__ = 'legacy_autograd.nn.modules.dropout'
del _cls
