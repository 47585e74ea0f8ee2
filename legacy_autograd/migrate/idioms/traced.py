"""Rules decided by the facts of a traced run (``migrate --trace``).

Each rewrites only where the run of the old script on the shim saw the call
site, and only when every visit agreed; a site the run never reached is left
to the static rules (which flag what they cannot decide).
"""

import libcst as cst

from ..registry import Rule, register
from ..trace import summarize


def _method(receiver, name, args=()):
    from ..build import method
    return method(receiver, name, args)


def _ints(values):
    return [cst.Arg(cst.Integer(str(v)) if v >= 0 else cst.UnaryOperation(
        operator=cst.Minus(), expression=cst.Integer(str(-v)))) for v in values]


def _is_receiver(m, original):
    """``original`` is the value of ``.attr`` or of another subscript (the outer rule decides)."""
    parent = m.parent(original)
    return isinstance(parent, (cst.Attribute, cst.Subscript)) and parent.value is original


def _is_store(m, original):
    parent = m.parent(original)
    return isinstance(parent, (cst.AssignTarget, cst.Del)) or (
        isinstance(parent, cst.AugAssign) and parent.target is original)


@register
class IndexOneDVariable(Rule):
    """``v[i]`` on a 1-D Variable -> ``v[i].view(1)``.

    0.3 gave a size-1 Variable; modern torch gives a 0-dim tensor, which a loss
    then refuses as a target (``Expected input batch_size (1) to match target
    batch_size (0)``) and ``torch.cat`` refuses to join.
    """

    name = 'index-1d'
    legacy = '`targets[i]` on a 1-D Variable (a size-1 Variable in 0.3)'
    modern = '`targets[i].view(1)`'
    why = 'the 0-dim result is refused as a loss target and by `torch.cat`'
    traced = True
    only_untouched = True

    def leave_Subscript(self, m, original, updated):
        summary = summarize(m.trace.index.get(original) or [None])
        if summary is None or summary[:3] != ('variable', 1, False):
            return updated
        if _is_receiver(m, original) or _is_store(m, original):
            return updated
        new = _method(updated, 'view', _ints([1]))
        m.change(original, self.name, new, note='the traced run indexed a 1-D Variable here: '
                 '0.3 gave a size-1 Variable, modern torch a 0-dim tensor')
        return new


@register
class IterateOneD(Rule):
    """``for x in v`` over a 1-D Variable -> ``v.split(1)``; over a 1-D tensor -> ``v.tolist()``.

    Iterating a 1-D Variable gave size-1 Variables in 0.3 and iterating a 1-D
    tensor gave Python numbers; modern torch gives 0-dim tensors for both.
    Also for the arguments of ``zip(...)``/``enumerate(...)`` in a ``for``.
    """

    name = 'iterate-1d'
    legacy = '`for y in targets` / `zip(xs, targets)` over a 1-D Variable or tensor'
    modern = '`targets.split(1)` (Variable: size-1 pieces) / `targets.tolist()` (tensor: numbers)'
    why = '0-dim tensors now: loss targets of size 0, tensors where numbers were'
    traced = True
    only_untouched = True

    def leave_Name(self, m, original, updated):
        obs = m.trace.iter.get(original)
        if not obs:
            return updated
        kinds = {kind for kind, shape, dtype in obs}
        if len(kinds) != 1 or any(len(shape) != 1 for _, shape, _ in obs):
            return updated
        if kinds == {'variable'}:
            new = _method(updated, 'split', _ints([1]))
            note = '0.3 iterated a 1-D Variable as size-1 Variables'
        else:
            new = _method(updated, 'tolist')
            note = '0.3 iterated a 1-D tensor as Python numbers'
        m.change(original, self.name, new, note=note)
        return new


def _unwrap_item(call):
    """(inner call, rewrap) for ``X.item()`` added by an earlier rule, else (call, identity)."""
    if isinstance(call.func, cst.Attribute) and call.func.attr.value == 'item' and \
            not call.args and isinstance(call.func.value, cst.Call):
        return call.func.value, lambda inner: call.with_changes(
            func=call.func.with_changes(value=inner))
    return call, lambda inner: inner


@register
class DotFlatten(Rule):
    """``a.dot(b)`` / ``torch.dot(a, b)`` on 2-D (or larger) operands -> ``a.flatten().dot(b.flatten())``.

    0.3 took the dot product of the flattened operands; modern torch raises
    ``1D tensors expected``.
    """

    name = 'dot-flatten'
    legacy = '`a.dot(b)` / `torch.dot(a, b)` with 2-D operands (0.3 flattened them)'
    modern = '`a.flatten().dot(b.flatten())`'
    why = '`RuntimeError: 1D tensors expected`'
    traced = True

    def leave_Call(self, m, original, updated):
        obs = m.trace.dot.get(original)
        if not obs:
            return updated
        flat_a = any(a != 1 for a, b in obs)
        flat_b = any(b != 1 for a, b in obs)
        if not (flat_a or flat_b):
            return updated
        call, rewrap = _unwrap_item(updated)
        args = list(call.args)
        if any(a.keyword is not None or a.star for a in args):
            return updated
        if isinstance(call.func, cst.Attribute) and call.func.attr.value == 'dot' and len(args) == 1:
            recv = call.func.value
            if flat_a:
                recv = _method(recv, 'flatten')
            if flat_b:
                args[0] = args[0].with_changes(value=_method(args[0].value, 'flatten'))
            new = call.with_changes(func=call.func.with_changes(value=recv), args=args)
        elif len(args) == 2:
            for i, flat in ((0, flat_a), (1, flat_b)):
                if flat:
                    args[i] = args[i].with_changes(value=_method(args[i].value, 'flatten'))
            new = call.with_changes(args=args)
        else:
            return updated
        new = rewrap(new)
        m.change(original, self.name, new, note='the traced run saw {}-D operands; 0.3 took the '
                 'dot product of the flattened operands'.format(
                     '/'.join(sorted({str(max(a, b)) for a, b in obs}))))
        return new


@register
class LossShape(Rule):
    """An element-wise loss with input ``(N, 1)`` and target ``(N,)`` -> target ``.view(-1, 1)``.

    0.3's ``MSELoss``/``L1Loss``/``BCELoss``/... compared input and target element
    by element (same number of elements, any shapes); modern torch broadcasts
    ``(N, 1)`` with ``(N,)`` to ``(N, N)`` (a warning and a wrong loss) or
    raises (``BCELoss``).  The target is viewed as the input's shape.
    """

    name = 'loss-shape'
    legacy = '`criterion(out, y)` with `out` (N, 1) and `y` (N,) (MSELoss, L1Loss, BCELoss, ...)'
    modern = "`criterion(out, y.view(-1, 1))` (the target viewed as the input's shape)"
    why = '**silent change**: broadcast to (N, N) with a warning, or an error (`BCELoss`)'
    traced = True

    def leave_Call(self, m, original, updated):
        obs = m.trace.loss.get(original)
        if not obs:
            return updated
        inputs = set()
        for name, ishape, tshape in obs:
            if tuple(ishape) == tuple(tshape):
                return updated
            if _numel(ishape) != _numel(tshape) or not ishape:
                return updated
            inputs.add(tuple(ishape[1:]))
        if len(inputs) != 1:
            m.flag(original, self.name, 'the traced run saw inputs of different shapes here ({}); '
                   '0.3 compared input and target element by element: view the target as the '
                   'input'.format(', '.join(str(tuple(i)) for _, i, _ in obs)))
            return updated
        rest = next(iter(inputs))
        args = list(updated.args)
        index = None
        for i, a in enumerate(args):
            if a.keyword is not None and a.keyword.value == 'target':
                index = i
        if index is None:
            pos = [i for i, a in enumerate(args) if a.keyword is None and not a.star]
            if len(pos) < 2 or any(a.star for a in args):
                return updated
            index = pos[1]
        target = args[index].value
        args[index] = args[index].with_changes(value=_method(target, 'view', _ints((-1,) + rest)))
        new = updated.with_changes(args=args)
        name, ishape, tshape = obs[0]
        m.change(original, self.name, new, note='the traced run saw input {} and target {}; 0.3 '
                 'compared them element by element'.format(_size(ishape), _size(tshape)))
        return new


def _numel(shape):
    n = 1
    for s in shape:
        n *= s
    return n


def _size(shape):
    return '(' + ', '.join(str(s) for s in shape) + (',)' if len(shape) == 1 else ')')


@register
class LossForward(Rule):
    """``criterion.forward(a, b)`` on a loss module -> ``criterion(a, b)``.

    Calling ``forward`` directly skips the module's hooks; the traced run tells
    that the receiver is a loss module.
    """

    name = 'loss-forward'
    legacy = '`criterion.forward(out, y)` on a loss module'
    modern = '`criterion(out, y)`'
    why = 'skips the module hooks; and the call form is what the other rules read'
    traced = True

    def leave_Call(self, m, original, updated):
        if original not in m.trace.forward:
            return updated
        if not (isinstance(updated.func, cst.Attribute) and updated.func.attr.value == 'forward'):
            return updated
        new = updated.with_changes(func=updated.func.value)
        m.change(original, self.name, new, note='the traced run called a loss module here')
        return new
