"""ByteTensor masks: modern torch wants bool masks."""

import libcst as cst

from ..build import method, positional
from ..registry import Rule, register

MASK_METHODS = ('masked_fill_', 'masked_fill', 'masked_select', 'masked_scatter_',
                'masked_scatter', 'masked_copy_')
COMPARISONS = ('eq', 'ne', 'lt', 'le', 'gt', 'ge', 'bool')


def is_byte_mask(m, node):
    """``node`` is a uint8 tensor that is not a comparison result (those are bool now)."""
    info = m.info(node)
    return info.tensorish and info.dtype == 'uint8' and info.mod != 'cmp' and not isinstance(
        node, cst.Comparison) and not (isinstance(node, cst.Call) and isinstance(
            node.func, cst.Attribute) and node.func.attr.value in COMPARISONS)


@register
class ByteMask(Rule):
    """``x[mask]`` and ``x.masked_fill_(mask, v)`` (``masked_select``, ``masked_scatter_``, ...)
    with a ``torch.ByteTensor`` mask -> ``mask.bool()``."""

    name = 'byte-mask'
    legacy = '`x[mask]`, `x.masked_fill_(mask, 0)` with a ByteTensor mask'
    modern = '`mask.bool()`'
    why = 'uint8 masks warn or fail'

    def leave_Call(self, m, original, updated):
        if m.qualified(original.func) is not None or not isinstance(original.func, cst.Attribute) \
                or original.func.attr.value not in MASK_METHODS:
            return updated
        pos = positional(original)
        if not pos or not is_byte_mask(m, pos[0].value):
            return updated
        args = list(updated.args)
        args[0] = args[0].with_changes(value=method(args[0].value, 'bool'))
        new = updated.with_changes(args=args)
        m.change(original, self.name, new)
        return new

    def leave_Subscript(self, m, original, updated):
        if len(original.slice) != 1 or not isinstance(original.slice[0].slice, cst.Index):
            return updated
        parent = m.parent(original)
        if isinstance(parent, (cst.AssignTarget, cst.Del)) or (
                isinstance(parent, cst.AugAssign) and parent.target is original):
            return updated
        if not (is_byte_mask(m, original.slice[0].slice.value) and
                m.info(original.value).tensorish):
            return updated
        index = updated.slice[0]
        new = updated.with_changes(slice=[index.with_changes(slice=index.slice.with_changes(
            value=method(index.slice.value, 'bool')))])
        m.change(original, self.name, new)
        return new
