"""``Variable``: the factory (a no-op now), ``volatile``, and type checks against the class.

Every tensor is a Variable on modern torch: ``Variable(x)`` returns ``x``,
``volatile=True`` is ignored (with a warning) and ``type(h) == Variable`` is always False.
Which calls are ``Variable(...)`` is the scope analysis's answer (``m.qualified``: a local
or parameter named ``Variable`` is not torch's); which volatile Variables can be replaced by
a ``with torch.no_grad():`` block is planned by :mod:`legacy_autograd.migrate.volatile`.
"""

import libcst as cst
import libcst.matchers as M

from ..build import find_kw, kwarg, method, positional, with_arg
from ..infer import call_args, literal_bool
from ..names import dotted
from ..registry import Rule, register

FACTORIES_WITH_REQUIRES_GRAD = {'torch.' + n for n in (
    'randn', 'rand', 'zeros', 'ones', 'empty', 'eye', 'arange', 'linspace', 'logspace', 'full',
    'randn_like', 'rand_like', 'zeros_like', 'ones_like', 'tensor')}


def is_variable_call(m, node):
    """``node`` is a call of torch's ``Variable`` (whatever it is named here)."""
    return M.matches(node, M.Call(func=M.MatchIfTrue(
        lambda func: m.qualified(func) == 'torch.autograd.Variable')))


def volatile_arg(call):
    """The ``volatile`` argument of a ``Variable(...)`` call (keyword or third positional)."""
    kw = find_kw(call, 'volatile')
    if kw is not None:
        return kw.value
    pos = positional(call)
    return pos[2].value if len(pos) > 2 else None


@register
class VariableDetach(Rule):
    """``Variable(v)`` where ``v`` is already a Variable: flagged (0.3 refused it, modern
    ``Variable(v)`` detaches, the rewrite keeps ``v`` in the graph)."""

    name = 'variable-detach'
    legacy = '`Variable(v)` where `v` is a Variable'
    modern = '*flagged*'
    why = 'modern `Variable(v)` detaches; the rewrite keeps `v` in the graph'

    def leave_Call(self, m, original, updated):
        if original in m.an.variable_of_variable and is_variable_call(m, original):
            m.flag(original, self.name,
                   '0.3 refused Variable(v) on a Variable; modern Variable(v) silently detaches '
                   'v. The rewrite keeps v attached to the graph: use v.detach() if that was '
                   'meant')
        return updated


@register
class Volatile(Rule):
    """``x = Variable(data, volatile=True)`` + its uses -> ``data``, the statements from that
    line to the last use wrapped in ``with torch.no_grad():`` (``volatile=flag``: ``with
    torch.set_grad_enabled(not flag):``); flagged where no block can be placed."""

    name = 'volatile'
    legacy = '`x = Variable(data, volatile=True)` + uses; `volatile=not train`'
    modern = ('`with torch.no_grad():` around the statements from that line to the last use; '
              '`with torch.set_grad_enabled(train):`')
    why = '`volatile` is ignored (with a warning) and graphs are recorded again'

    def leave_Call(self, m, original, updated):
        if volatile_arg(original) is None or not is_variable_call(m, original):
            return updated
        return rewrite_variable(m, original, updated)


@register
class VariableFactory(Rule):
    """``Variable(x)`` -> ``x``; ``Variable(torch.ones(2), requires_grad=True)`` ->
    ``torch.ones(2, requires_grad=True)``; ``Variable(w, requires_grad=True)`` ->
    ``w.detach().requires_grad_()``.  A no-op ``x = x`` left over is removed by the driver."""

    name = 'variable'
    legacy = ('`Variable(x)`; `Variable(torch.ones(2), requires_grad=True)`; '
              '`Variable(w, requires_grad=True)`')
    modern = ('`x`; `torch.ones(2, requires_grad=True)`; `w.detach().requires_grad_()` (a no-op '
              '`x = x` left over is removed)')
    why = '`Variable` is a no-op factory now (and detaches a tensor that requires grad)'
    only_untouched = True

    def leave_Call(self, m, original, updated):
        if not is_variable_call(m, original):
            return updated
        return rewrite_variable(m, original, updated)


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


def rewrite_variable(m, original, updated):
    """The rewrite of one ``Variable(...)`` call (rule ``variable``, or ``volatile`` when it has
    a ``volatile`` argument)."""
    parsed = call_args(updated)
    opos = positional(original)
    if parsed is None:
        m.flag(original, 'variable', 'Variable(*args/**kwargs) cannot be rewritten '
                  'automatically; modern torch returns the tensor unchanged')
        return updated
    pos, kw = parsed
    unknown = set(kw) - {'data', 'requires_grad', 'volatile'}
    if unknown or len(pos) > 3:
        m.flag(original, 'variable', 'unexpected Variable arguments ({}); rewrite by hand'
                  .format(', '.join(sorted(unknown)) or 'too many'))
        return updated
    data = pos[0] if pos else kw.get('data')
    odata = opos[0].value if opos else (find_kw(original, 'data').value
                                        if find_kw(original, 'data') else None)
    if data is None:
        m.flag(original, 'variable', 'Variable() without data; use torch.empty(0)')
        return updated
    rg = pos[1] if len(pos) > 1 else kw.get('requires_grad')
    vol = pos[2] if len(pos) > 2 else kw.get('volatile')
    result = data
    notes = []
    rule = 'variable'
    if vol is not None and literal_bool(vol) is not False and rg is not None and \
            literal_bool(rg) is not False:
        m.flag(original, 'volatile', 'requires_grad and volatile given together: 0.3 '
                  'raised RuntimeError when both were true')
    if rg is not None and literal_bool(rg) is not False:
        result = requires_grad(m, odata, data, rg)
    if vol is not None:
        lv = literal_bool(vol)
        if lv is False:
            notes.append('volatile=False dropped')
        elif original in m.job_calls:
            job = m.job_calls[original]
            rule = 'volatile'
            notes.append('evaluation wrapped in `with torch.{}`'.format(
                'no_grad():' if job.mode[0] == 'no_grad' else 'set_grad_enabled(...):'))
        else:
            rule = 'volatile'
            reason = m.refused.get(original, 'volatile=True was removed; wrap the '
                                      'evaluation in `with torch.no_grad():`')
            m.flag(original, 'volatile', reason)
    result = m.maybe_parens(original, result)
    m.change(original, rule, result, note='; '.join(notes) or None)
    return result

def requires_grad(m, odata, data, rg):
    rg_true = literal_bool(rg) is True
    if isinstance(odata, cst.Call):
        q = m.qualified(odata.func)
        if q in FACTORIES_WITH_REQUIRES_GRAD and isinstance(data, cst.Call) and \
                find_kw(data, 'out') is None and find_kw(data, 'requires_grad') is None and \
                not any(a.star for a in data.args):
            return with_arg(data, kwarg('requires_grad', cst.Name('True') if rg_true else rg))
    args = [] if rg_true else [cst.Arg(rg)]
    fresh = not isinstance(odata, (cst.Name, cst.Attribute)) or (
        isinstance(odata, cst.Attribute) and odata.attr.value == 'data')
    if fresh:
        return method(data, 'requires_grad_', args)
    return method(method(data, 'detach'), 'requires_grad_', args)
