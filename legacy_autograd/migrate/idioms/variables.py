"""Type checks against ``Variable`` (every tensor is one now)."""

import libcst as cst

from ..names import dotted
from ..build import positional
from ..registry import Rule, register


def _is_variable_class(m, node):
    return m.qualified(node) == 'torch.autograd.Variable'


@register
class VariableType(Rule):
    """``isinstance(h, Variable)`` / ``type(h) == Variable`` -> ``isinstance(h, torch.Tensor)``."""

    name = 'variable-type'
    legacy = '`type(h) == Variable` / `isinstance(h, Variable)`'
    modern = '`isinstance(h, torch.Tensor)`'
    why = '`type(h) == Variable` is always False now'

    def leave_Call(self, m, original, updated):
        if not (isinstance(original.func, cst.Name) and original.func.value == 'isinstance' and
                m.qualified(original.func) is None):
            return updated
        return self.isinstance_call(m, original, updated)

    def isinstance_call(self, m, original, updated):
        pos = positional(original)
        if len(pos) != 2 or len(original.args) != 2:
            return updated
        cls = pos[1].value
        if _is_variable_class(m, cls):
            new_cls = m.torch_attr('Tensor')
        elif isinstance(cls, cst.Tuple) and any(_is_variable_class(m, e.value)
                                                for e in cls.elements):
            return updated
        else:
            return updated
        args = list(updated.args)
        args[1] = args[1].with_changes(value=new_cls)
        new = updated.with_changes(args=args)
        m.change(original, 'variable-type', new, note='every tensor is a Variable now')
        return new

    def leave_Comparison(self, m, original, updated):
        # type(x) == Variable is always False on modern torch (type(x) is torch.Tensor)
        if len(original.comparisons) != 1:
            return updated
        comp = original.comparisons[0]
        op = comp.operator
        if not isinstance(op, (cst.Equal, cst.NotEqual, cst.Is, cst.IsNot)):
            return updated
        left, right = original.left, comp.comparator
        if _is_variable_class(m, left):
            left, right = right, left
        if not _is_variable_class(m, right):
            return updated
        if not (isinstance(left, cst.Call) and dotted(left.func) == 'type'
                and len(left.args) == 1 and left.args[0].keyword is None):
            return updated
        subject = left.args[0].value
        call = cst.Call(func=cst.Name('isinstance'),
                        args=[cst.Arg(subject), cst.Arg(m.torch_attr('Tensor'))])
        new = call
        if isinstance(op, (cst.NotEqual, cst.IsNot)):
            new = cst.UnaryOperation(operator=cst.Not(), expression=call)
        new = m.maybe_parens(original, new)
        m.change(original, 'variable-type', new,
                 note='type(x) == Variable is always False on modern torch')
        return new


@register
class VolatileAttr(Rule):
    """``x.volatile`` (read or set): flagged; the flag is gone (``torch.no_grad()``)."""

    name = 'volatile-attr'
    legacy = '`x.volatile`'
    modern = '*flagged*: `torch.no_grad()` / `torch.is_grad_enabled()`'
    why = 'the attribute is gone'

    def leave_Attribute(self, m, original, updated):
        if original.attr.value == 'volatile' and m.qualified(original) is None:
            if m.info(original.value).kind in ('variable', 'tensor', None):
                m.flag(original, self.name,
                       '.volatile was removed (modern tensors have no such flag): use '
                       '`with torch.no_grad():` / torch.is_grad_enabled()')
        return updated
