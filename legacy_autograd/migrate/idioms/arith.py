"""0.3's scalar-first overloads of the arithmetic methods."""

import libcst as cst

from ..build import kwarg
from ..registry import Rule, register

SCALAR_FIRST = ('add', 'add_', 'sub', 'sub_', 'addcmul', 'addcmul_', 'addcdiv', 'addcdiv_')


@register
class ScalarFirst(Rule):
    """``p.data.add_(-lr, g)`` -> ``p.data.add_(g, alpha=-lr)``; ``x.addcmul_(v, a, b)`` ->
    ``x.addcmul_(a, b, value=v)`` (also ``sub``, ``addcdiv``)."""

    name = 'scalar-first'
    legacy = '`p.data.add_(-lr, g)`, `x.addcmul_(v, a, b)`'
    modern = '`p.data.add_(g, alpha=-lr)`, `x.addcmul_(a, b, value=v)`'
    why = 'deprecated overloads'

    def leave_Call(self, m, original, updated):
        if m.qualified(original.func) is not None or not isinstance(original.func, cst.Attribute) \
                or original.func.attr.value not in SCALAR_FIRST:
            return updated
        return self.rewrite(m, original, updated, original.func.attr.value)

    def rewrite(self, m, original, updated, attr):
        """``x.add_(value, other)`` -> ``x.add_(other, alpha=value)`` (0.3's scalar-first overloads)."""
        if not m.info(original.func.value).tensorish:
            return updated
        if any(a.keyword is not None or a.star for a in updated.args):
            return updated
        args = list(updated.args)
        want = 2 if attr.rstrip('_') in ('add', 'sub') else 3
        if len(args) != want:
            return updated
        first = m.info(original.args[0].value)
        if first.tensorish:
            return updated
        name = 'alpha' if want == 2 else 'value'
        rest = [a.with_changes(comma=cst.MaybeSentinel.DEFAULT) for a in args[1:]]
        new = updated.with_changes(args=rest + [kwarg(name, args[0].value)])
        m.change(original, 'scalar-first', new,
                 note='0.3 took the scalar first; modern torch deprecates that overload')
        return new
