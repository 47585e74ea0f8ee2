"""``cross`` with a negative ``dim``: 0.3 searched, modern torch wraps."""

import libcst as cst

from ..build import find_kw, positional
from ..infer import literal_int
from ..registry import Rule, register


def _dim_arg(call, index):
    """The ``dim`` argument node of ``call`` (positional at ``index`` or ``dim=``), or None."""
    kw = find_kw(call, 'dim')
    if kw is not None:
        return kw.value
    pos = positional(call)
    return pos[index].value if len(pos) > index else None


@register
class CrossNegativeDim(Rule):
    """``torch.cross(a, b, -1)`` / ``a.cross(b, dim=-1)``: 0.3's ``THTensor_(cross)`` took the
    first dimension of size 3 for any negative ``dim`` (the default -1 included); modern torch
    wraps a negative ``dim`` (-1 is the last dimension).  The two agree when the first
    dimension of size 3 is the one the wrapped ``dim`` names (a (N, 3) pair, say) and differ
    otherwise (a 3x3 pair: 0.3 crossed the columns).  Flagged: the shapes are not known here.
    ``cross`` without ``dim`` needs nothing: modern torch's default is the same search."""

    name = 'cross-dim'
    legacy = '`torch.cross(a, b, -1)`, `a.cross(b, dim=-1)` (a negative `dim`)'
    modern = 'the dimension written out'
    why = ('0.3 took the first dimension of size 3 for any negative `dim`; modern torch wraps it '
           '(`-1` is the last)')

    def leave_Call(self, m, original, updated):
        func = original.func
        if m.qualified(func) == 'torch.cross':
            node = _dim_arg(original, 2)
        elif isinstance(func, cst.Attribute) and func.attr.value == 'cross' \
                and m.qualified(func) != 'numpy.cross':
            node = _dim_arg(original, 1)
        else:
            return updated
        dim = literal_int(node) if node is not None else None
        if dim is not None and dim < 0:
            m.flag(original, 'cross-dim',
                   'cross with dim={}: 0.3 took the first dimension of size 3 (any negative dim '
                   'searched); modern torch counts dim={} from the end. The two differ when '
                   'another dimension also has size 3 (a 3x3 pair): write the dimension you '
                   'mean as a non-negative number'.format(dim, dim))
        return updated
