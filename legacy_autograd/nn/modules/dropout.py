"""``Dropout``, ``Dropout2d``, ``Dropout3d`` (0.3.1).

In training mode the mask is drawn with ``bernoulli_(1 - p)`` from the 0.3 CPU
generator and scaled by ``1 / (1 - p)`` (whole channels for the 2d/3d forms); in
eval mode the output equals the input (a copy, grad_fn ``DropoutBackward``, as
0.3's Function did).  Reprs: ``Dropout(p=0.5)``, ``Dropout2d(p=0.2, inplace)``.
Note: 0.3's ``bernoulli_`` stream was not reconstructed from a recording (see
``docs/random.md``); masks follow the documented TH algorithm.
"""
from ...ops import _args
from .. import functional as F
from .module import Module

__all__ = ['Dropout', 'Dropout2d', 'Dropout3d']


class _DropoutNd(Module):
    _fn = None

    def __init__(self, p=0.5, inplace=False):
        super(_DropoutNd, self).__init__()
        _args.float_arg(p, None, 'p')
        if p < 0 or p > 1:
            raise ValueError('dropout probability has to be between 0 and 1, but got {}'.format(p))
        self.p = p
        self.inplace = inplace

    def forward(self, input):
        return type(self)._fn(input, self.p, self.training, self.inplace)

    def __repr__(self):
        inplace_str = ', inplace' if self.inplace else ''
        return self.__class__.__name__ + '(p=' + str(self.p) + inplace_str + ')'


class Dropout(_DropoutNd):
    _fn = staticmethod(F.dropout)


class Dropout2d(_DropoutNd):
    _fn = staticmethod(F.dropout2d)


class Dropout3d(_DropoutNd):
    _fn = staticmethod(F.dropout3d)


# ---------------------------------------------------------------------- issue 16
# the classes 0.3.1 defined here beyond the ones above (0.3.1 arguments, reprs, init)

__all__ += ['AlphaDropout']


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
