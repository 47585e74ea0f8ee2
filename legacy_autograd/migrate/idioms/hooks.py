"""Module hooks."""

import libcst as cst

from ..registry import Rule, register


def _mentions(node, name):
    found = []

    class V(cst.CSTVisitor):
        def visit_Attribute(self, n):
            n.value.visit(self)
            return False

        def visit_Name(self, n):
            if n.value == name:
                found.append(n)

    node.visit(V())
    return bool(found)


def _returns_value(fn):
    if isinstance(fn, cst.Lambda):
        body = fn.body
        return not (isinstance(body, cst.Name) and body.value == 'None')
    found = []

    class V(cst.CSTVisitor):
        def visit_FunctionDef(self, n):
            return n is fn

        def visit_Lambda(self, n):
            return False

        def visit_Return(self, n):
            if n.value is not None and not (isinstance(n.value, cst.Name) and
                                            n.value.value == 'None'):
                found.append(n)

    fn.visit(V())
    return bool(found)


@register
class BackwardHook(Rule):
    """``module.register_backward_hook(hook)`` -> ``module.register_full_backward_hook(hook)``.

    0.3 called the hook with the gradients of the *last operation* of the
    module's forward (``grad_input``) and of its output (``grad_output``); modern
    ``register_backward_hook`` warns (``FutureWarning``) and the full hook gets
    the gradients of the module's inputs instead.  Rewritten when the hook is a
    function of this file (or a lambda) that never reads ``grad_input`` and
    returns nothing: then both give it the same arguments.  Otherwise flagged, and
    also when a traced run saw the module called on inputs that do not require
    grad (a full hook warns there).
    """

    name = 'backward-hook'
    legacy = '`m.register_backward_hook(hook)` where `hook` reads only `grad_output`'
    modern = '`m.register_full_backward_hook(hook)` (flagged when `hook` uses `grad_input` or returns a value)'
    why = '`FutureWarning`, and `grad_input` is no longer the last operation\'s'

    def leave_Call(self, m, original, updated):
        func = updated.func
        if not (isinstance(func, cst.Attribute) and func.attr.value == 'register_backward_hook'):
            return updated
        if len(original.args) != 1 or original.args[0].keyword is not None or \
                original.args[0].star:
            return updated
        hook = m.definition(original.args[0].value)
        reason = None
        if hook is None:
            reason = 'the hook is not a function of this file'
        else:
            params = list(hook.params.params)
            if len(params) != 3 or isinstance(hook.params.star_arg, cst.Param):
                reason = 'the hook does not take (module, grad_input, grad_output)'
            elif _mentions(hook.body, params[1].name.value):
                reason = 'the hook reads {} (grad_input), which is the gradient of the ' \
                    "module's inputs for a full hook, of its last operation's inputs in " \
                    '0.3'.format(params[1].name.value)
            elif _returns_value(hook):
                reason = 'the hook returns a replacement grad_input'
            elif False in m.trace.hook.get(original, ()):
                reason = ('the traced run called the module with inputs that do not require '
                          'grad, where a full backward hook warns (UserWarning) and fires for '
                          'the outputs only')
        if reason is not None:
            m.flag(original, self.name, 'register_backward_hook warns on modern torch '
                   '(FutureWarning) and gives grad_input of the last operation only; '
                   '{}: port it to register_full_backward_hook by hand'.format(reason))
            return updated
        new = updated.with_changes(func=func.with_changes(
            attr=cst.Name('register_full_backward_hook')))
        m.change(original, self.name, new, note='the hook reads only grad_output, which both '
                 'kinds of hook give alike')
        return new
