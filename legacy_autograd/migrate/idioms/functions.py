"""Old-style autograd ``Function``s (instance ``forward(self, ...)``, called ``MyFn(k)(x)``).

Modern torch refuses them (``RuntimeError: Legacy autograd function with non-static forward
method is deprecated``).  The class becomes ``@staticmethod forward(ctx, ..., k)`` /
``backward(ctx, ...)`` (the ``__init__`` arguments move to ``forward`` and are saved on
``ctx``), and the call sites ``MyFn.apply(x, k)``; a dead instance ``fn = MyFn(k)`` is removed.
What the static analysis found about the classes (``legacy`` specs, constructor bindings, call
sites) comes from :func:`legacy_autograd.migrate.infer.find_legacy_functions` and the analyzer.
"""

import libcst as cst
import libcst.matchers as M

from ..build import NO_SPACE
from ..infer import call_args
from ..names import build_dotted, dotted
from ..registry import Rule, register
from ..report import Change


@register
class OldStyleFunction(Rule):
    """Old-style ``Function`` with instance ``forward(self, ...)``, called ``MyFn(k)(x)`` ->
    ``@staticmethod forward(ctx, ..., k)`` / ``backward(ctx, ...)``, called ``MyFn.apply(x, k)``."""

    name = 'function'
    legacy = 'old-style `Function` with instance `forward(self, ...)`, called `MyFn(k)(x)`'
    modern = '`@staticmethod forward(ctx, ..., k)` / `backward(ctx, ...)`, called `MyFn.apply(x, k)`'
    why = 'instance-style Functions raise `RuntimeError` now'

    def start(self, m):
        m.legacy_plan = {}
        for spec in m.legacy.values():
            if spec.reason is None:
                spec.reason = self.check_convertible(spec)
        for ctor, binding in m.an.legacy_bindings.items():
            spec = m.legacy.get(dotted(ctor.func))
            if spec is None or spec.reason is not None or isinstance(
                    self.ctor_args(m, ctor, spec), str):
                m.legacy_plan[ctor] = 'keep'
                continue
            # a dead instance (rebound before any call) goes too: constructing one warns
            if not binding['other'] and binding['single'] and binding['stmt'] is not None:
                m.legacy_plan[ctor] = 'remove'
                m.remove_stmts.add(binding['stmt'])
            else:
                m.legacy_plan[ctor] = 'keep'

    def ctor_args(self, m, ctor, spec):
        """Argument nodes for apply() from the constructor call, or a reason string."""
        parsed = call_args(ctor)
        if parsed is None:
            return 'the Function is constructed with *args/**kwargs'
        pos, kw = parsed
        params = spec.init_params
        if len(pos) > len(params):
            return 'the constructor call has more arguments than __init__ takes'
        values = []
        given = []
        for i, (name, default) in enumerate(params):
            if i < len(pos):
                values.append(pos[i])
                given.append(True)
            elif name in kw:
                values.append(kw[name])
                given.append(True)
            elif default is not None:
                values.append(default)
                given.append(False)
            else:
                return 'the constructor call misses __init__ argument {}'.format(name)
        # trailing defaults the call did not give stay defaults of forward
        while given and not given[-1]:
            given.pop()
            values.pop()
        return values

    def leave_Call(self, m, original, updated):
        if original not in m.an.legacy_calls:
            return updated
        ctor = m.an.legacy_calls[original]
        clsname = dotted(ctor.func)
        spec = m.legacy.get(clsname)
        if spec is None or spec.reason is not None:
            return updated
        if original not in m.an.legacy_direct and m.legacy_plan.get(ctor) != 'remove':
            m.flag(ctor, 'function', 'instance of old-style Function {} is used other than '
                      'by calling it: call {}.apply(...) where it is used'.format(clsname, clsname))
            return updated
        values = self.ctor_args(m, ctor, spec)
        if isinstance(values, str):
            m.flag(original, 'function', values + '; write {}.apply(inputs..., '
                      'init arguments...) by hand'.format(clsname))
            return updated
        if any(a.keyword is not None or a.star for a in updated.args):
            m.flag(original, 'function', 'Function.apply takes positional arguments only')
            return updated
        args = [a.with_changes(comma=cst.MaybeSentinel.DEFAULT) for a in updated.args]
        args += [cst.Arg(v) for v in values]
        func = cst.Attribute(value=build_dotted(clsname), attr=cst.Name('apply'))
        new = cst.Call(func=func, args=args)
        if original in m.an.legacy_direct:
            m.change(original, 'function', new)
        else:
            binding = m.an.legacy_bindings[ctor]
            m.change(original, 'function', new,
                        note='instance {} = {} removed'.format(binding['name'], m.code(ctor)))
        return new

    def leave_ClassDef(self, m, original, updated):
        spec = m.legacy.get(original.name.value)
        if spec is None or spec.node is not original:
            return updated
        if spec.reason is not None:
            m.flag(original, 'function', 'old-style autograd Function {} cannot be converted '
                      'automatically: {}. Modern torch refuses instance-style Functions '
                      '(RuntimeError: Legacy autograd function with non-static forward method is '
                      'deprecated)'.format(spec.name, spec.reason))
            return updated
        new_body = []
        extra = [name for name, _ in spec.init_params]
        ninputs = len(_params(spec.forward)) - 1
        carried = []
        for stmt in updated.body.body:
            if M.matches(stmt, M.FunctionDef(name=M.Name('__init__'))):
                carried = [l for l in stmt.leading_lines if l.comment is not None]
                continue
            if carried:
                stmt = stmt.with_changes(leading_lines=list(carried) + list(stmt.leading_lines))
                carried = []
            if M.matches(stmt, M.FunctionDef(name=M.Name('forward'))):
                stmt = convert_method(stmt, extra_params=spec.init_params, state=spec.state)
            elif M.matches(stmt, M.FunctionDef(name=M.Name('backward'))):
                stmt = convert_method(stmt, extra_returns=len(extra), ninputs=ninputs)
            new_body.append(stmt)
        if not new_body:
            new_body = [cst.SimpleStatementLine([cst.Pass()])]
        new = updated.with_changes(body=updated.body.with_changes(body=new_body))
        header = 'class {}(...): def forward(self, ...) / def backward(self, ...)'.format(spec.name)
        after = ('@staticmethod forward(ctx, ...{}) / backward(ctx, ...); call sites use {}.apply'
                 .format(''.join(', ' + e for e in extra), spec.name))
        m.changes.append(Change(m.line(original), 'function', header, after,
                                   note='__init__ arguments are passed to apply() and saved on '
                                   'ctx' if extra else None))
        return new

    def check_convertible(self, spec):
        fparams = [p.name.value for p in _params(spec.forward)]
        clash = set(fparams) & {n for n, _ in spec.init_params}
        if clash:
            return '__init__ and forward share argument names ({})'.format(', '.join(sorted(clash)))
        fwd = spec.forward.params
        if isinstance(fwd.star_arg, cst.Param) or fwd.kwonly_params or fwd.star_kwarg:
            if spec.init_params:
                return 'forward takes *args and __init__ takes arguments'
        if spec.init_params and any(p.default is not None for p in _params(spec.forward)) and \
                any(d is None for _, d in spec.init_params):
            return 'forward has default arguments and __init__ has required ones'
        if spec.backward is not None and spec.init_params:
            for ret in _returns(spec.backward):
                if ret.value is None:
                    return 'backward has a bare return'
        return None


def _params(funcdef):
    return list(funcdef.params.posonly_params) + list(funcdef.params.params)


def _returns(funcdef):
    found = []

    class V(cst.CSTVisitor):
        def visit_FunctionDef(self, node):
            return node is funcdef

        def visit_Lambda(self, node):
            return False

        def visit_Return(self, node):
            found.append(node)

    funcdef.visit(V())
    return found


class _Rename(cst.CSTTransformer):
    """Rename a variable (``self`` -> ``ctx``) and extend ``return`` values in one method."""

    def __init__(self, old, new, extra_returns=0, ninputs=1, root=None):
        super().__init__()
        self.old = old
        self.new = new
        self.extra = extra_returns
        self.ninputs = ninputs
        self.root = root
        self.depth = 0

    def leave_Attribute(self, original, updated):
        # only the value part can be the renamed variable; attr names stay
        if original.attr.value == self.old:
            return updated.with_changes(attr=original.attr)
        return updated

    def leave_Arg(self, original, updated):
        if original.keyword is not None and original.keyword.value == self.old:
            return updated.with_changes(keyword=original.keyword)
        return updated

    def leave_Name(self, original, updated):
        if original.value == self.old:
            return updated.with_changes(value=self.new)
        return updated

    def visit_FunctionDef(self, node):
        self.depth += 1
        return True

    def leave_FunctionDef(self, original, updated):
        self.depth -= 1
        return updated

    def leave_Return(self, original, updated):
        if not self.extra or self.depth != 1 or updated.value is None:
            return updated
        nones = [cst.Element(cst.Name('None')) for _ in range(self.extra)]
        value = updated.value
        if isinstance(value, cst.Tuple):
            elements = [e.with_changes(comma=cst.MaybeSentinel.DEFAULT) for e in value.elements]
            return updated.with_changes(value=value.with_changes(elements=elements + nones))
        if self.ninputs == 1:
            return updated.with_changes(value=cst.Tuple(
                elements=[cst.Element(value)] + nones, lpar=[], rpar=[]))
        return updated.with_changes(value=cst.Tuple(
            elements=[cst.StarredElement(value)] + nones))


def convert_method(fd, extra_params=(), state=(), extra_returns=0, ninputs=1):
    """A legacy ``forward``/``backward`` as a static method taking ``ctx``."""
    params = list(fd.params.params)
    self_name = params[0].name.value if params else 'self'
    taken = {p.name.value for p in params}
    ctx = 'ctx' if 'ctx' not in taken or self_name == 'ctx' else 'ctx_'
    fd = fd.visit(_Rename(self_name, ctx, extra_returns, ninputs))
    params = list(fd.params.params)
    for name, default in extra_params:
        params.append(cst.Param(name=cst.Name(name), default=default,
                                equal=cst.AssignEqual(**NO_SPACE) if default is not None
                                else cst.MaybeSentinel.DEFAULT))
    params = [p.with_changes(comma=cst.MaybeSentinel.DEFAULT) for p in params]
    fd = fd.with_changes(params=fd.params.with_changes(params=params))
    if state and isinstance(fd.body, cst.IndentedBlock):
        body = list(fd.body.body)
        insert_at = 0
        if body and isinstance(body[0], cst.SimpleStatementLine) and isinstance(
                body[0].body[0], cst.Expr) and isinstance(body[0].body[0].value,
                                                          (cst.SimpleString,
                                                           cst.ConcatenatedString)):
            insert_at = 1
        lines = []
        for attr, expr in state:
            lines.append(cst.SimpleStatementLine([cst.Assign(
                targets=[cst.AssignTarget(cst.Attribute(value=cst.Name(ctx), attr=cst.Name(attr)))],
                value=expr)]))
        body[insert_at:insert_at] = lines
        fd = fd.with_changes(body=fd.body.with_changes(body=body))
    decorators = [cst.Decorator(decorator=cst.Name('staticmethod'))] + list(fd.decorators)
    # the decorator goes where the def's own comments/blank lines were
    leading = fd.leading_lines
    fd = fd.with_changes(decorators=decorators, leading_lines=leading,
                         lines_after_decorators=())
    return fd
