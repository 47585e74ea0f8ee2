"""Full reductions of 0.3 *tensors* were Python numbers."""

import libcst as cst

from ..build import method
from ..names import dotted
from ..registry import Rule, register


@register
class ReductionNumber(Rule):
    """``t.sum()``, ``torch.max(t)``, ``(pred == y.data).sum()`` on *tensors* -> ``.item()`` added
    (Variable reductions stay tensors).  Registered last: it wraps what the other rules made of
    the call."""

    name = 'reduction-number'
    legacy = '`t.sum()`, `torch.max(t)` on *tensors*'
    modern = '`t.sum().item()`, ...'
    why = 'tensor full reductions returned Python numbers in 0.3 (Variable reductions stay tensors)'

    def leave_Call(self, m, original, updated):
        if original not in m.an.full_reductions:
            return updated
        parent = m.parent(original)
        if isinstance(parent, cst.Attribute) and parent.attr.value in ('item', 'tolist'):
            return updated
        if isinstance(parent, cst.Arg):
            grand = m.parent(parent)
            if isinstance(grand, cst.Call) and dotted(grand.func) in ('float', 'int', 'bool'):
                return updated
        new = method(updated, 'item')
        m.change(original, self.name, new,
                 note='a full reduction of a tensor was a Python number in 0.3')
        return new
