"""0.3's ``torch.nn.modules.utils`` (private here: ``nn.utils`` is another module): size
arguments as tuples of ``n``."""
import collections.abc
from itertools import repeat


def _ntuple(n):
    """An iterable is kept as given (a list stays a list and prints as one in a module's repr),
    a number is repeated ``n`` times."""
    def parse(x):
        if isinstance(x, collections.abc.Iterable):
            return x
        return tuple(repeat(x, n))
    return parse


_single = _ntuple(1)
_pair = _ntuple(2)
_quadruple = _ntuple(4)
_triple = _ntuple(3)
