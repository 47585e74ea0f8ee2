"""Renamed functions: ``nn.init.*`` and ``clip_grad_norm`` got a trailing underscore,
``F.sigmoid``/``F.tanh`` moved to ``torch``."""

import libcst as cst

from ..build import method
from ..names import canonical, dotted
from ..registry import Rule, register

INIT_OLD = ('uniform', 'normal', 'constant', 'eye', 'dirac', 'xavier_uniform', 'xavier_normal',
            'kaiming_uniform', 'kaiming_normal', 'orthogonal', 'sparse')
RENAMES = {'torch.nn.init.' + n: n + '_' for n in INIT_OLD}
RENAMES['torch.nn.utils.clip_grad_norm'] = 'clip_grad_norm_'

TO_TORCH = {'torch.nn.functional.sigmoid': 'sigmoid', 'torch.nn.functional.tanh': 'tanh'}


def _rule_of(q):
    return 'clip-grad-norm' if 'clip' in q else 'init'


def _is_reference(m, original):
    """``original`` (a Name) is read as a value: not an attribute name, a parameter, a keyword,
    an import alias or an assignment target."""
    parent = m.parent(original)
    if isinstance(parent, cst.Attribute) and parent.attr is original:
        return False
    if isinstance(parent, (cst.ImportAlias, cst.Param, cst.FunctionDef, cst.ClassDef)):
        return False
    if isinstance(parent, cst.Arg) and parent.keyword is original:
        return False
    if isinstance(parent, cst.AssignTarget):
        return False
    return True


class _Rename(Rule):
    """Base of the renames: ``RENAMES`` applied to attributes, imported names and imports."""

    def wanted(self, q):
        return q in RENAMES and _rule_of(q) == self.name

    def leave_Attribute(self, m, original, updated):
        q = m.qualified(original)
        if self.wanted(q) and original.attr.value + '_' == RENAMES[q]:
            new = updated.with_changes(attr=cst.Name(RENAMES[q]))
            m.change(original, self.name, new)
            return new
        return updated

    def leave_Name(self, m, original, updated):
        if not _is_reference(m, original) or not m.table.is_imported(original.value):
            return updated
        q = m.qualified(original)
        if self.wanted(q) and original.value + '_' == RENAMES[q]:
            new = updated.with_changes(value=RENAMES[q])
            m.change(original, self.name, new)
            return new
        return updated

    def leave_ImportAlias(self, m, original, updated):
        parent = m.parent(original)
        if not isinstance(parent, cst.ImportFrom) or parent.module is None or parent.relative:
            return updated
        module = canonical(dotted(parent.module))
        if not isinstance(original.name, cst.Name) or module is None:
            return updated
        q = canonical(module + '.' + original.name.value)
        if self.wanted(q):
            new = updated.with_changes(name=cst.Name(RENAMES[q]))
            m.change(original, self.name, new)
            return new
        return updated


@register
class InitRename(_Rename):
    """``nn.init.xavier_uniform(w)`` (and ``uniform normal constant eye dirac xavier_normal
    kaiming_uniform kaiming_normal orthogonal sparse``) -> ``nn.init.xavier_uniform_(w)``."""

    name = 'init'
    legacy = '`nn.init.xavier_uniform(w)` (and the other init functions)'
    modern = '`nn.init.xavier_uniform_(w)`'
    why = 'deprecated names'


@register
class ClipGradNorm(_Rename):
    """``norm = clip_grad_norm(params, 5)`` -> ``norm = clip_grad_norm_(params, 5).item()``
    (no ``.item()`` when the value is unused)."""

    name = 'clip-grad-norm'
    legacy = '`norm = clip_grad_norm(params, 5)`'
    modern = '`norm = clip_grad_norm_(params, 5).item()`'
    why = 'renamed; it returned a float in 0.3'

    def leave_Call(self, m, original, updated):
        q = m.qualified(original.func)
        if q not in ('torch.nn.utils.clip_grad_norm', 'torch.nn.utils.clip_grad_norm_'):
            return updated
        return self.number(m, original, updated, q)

    def number(self, m, original, updated, q):
        parent = m.parent(original)
        if q.endswith('_') or isinstance(parent, cst.Expr):
            return updated
        if isinstance(parent, cst.Attribute) and parent.attr.value == 'item':
            return updated
        new = method(updated, 'item')
        m.change(original, 'clip-grad-norm', new,
                 note='0.3 returned the total norm as a Python float')
        return new


@register
class SigmoidTanh(Rule):
    """``F.sigmoid(x)``, ``F.tanh(x)`` -> ``torch.sigmoid(x)``, ``torch.tanh(x)``."""

    name = 'sigmoid-tanh'
    legacy = '`F.sigmoid(x)`, `F.tanh(x)`'
    modern = '`torch.sigmoid(x)`, `torch.tanh(x)`'
    why = 'deprecated'

    def leave_Attribute(self, m, original, updated):
        q = m.qualified(original)
        if q in TO_TORCH:
            new = m.torch_attr(TO_TORCH[q])
            m.change(original, self.name, new)
            return new
        return updated

    def leave_Name(self, m, original, updated):
        if not _is_reference(m, original) or not m.table.is_imported(original.value):
            return updated
        q = m.qualified(original)
        if q in TO_TORCH:
            new = m.torch_attr(TO_TORCH[q])
            m.change(original, self.name, new)
            return new
        return updated
