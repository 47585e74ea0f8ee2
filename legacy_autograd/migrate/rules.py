"""The driver of the rewrite: one libcst transformer, one pass.

:class:`Migrator` runs the rules still written as its own methods (``variable``,
``volatile``, ``item``, ``reduction-number``, ``softmax-dim``, ``loss-reduction``,
``init``, ``clip-grad-norm``, ``sigmoid-tanh``, ``byte-mask``, ``int-division``,
``type-promotion``, ``function``, ...), then, for every node, the rules of the
registry (:mod:`legacy_autograd.migrate.registry`: one small class per idiom in
:mod:`legacy_autograd.migrate.idioms`) that handle its node type.  Every rule,
wherever its code lives, has its entry in the registry, which is what
``docs/migration.md`` lists.  The driver gives the rules the shared services:
name resolution (:meth:`Migrator.qualified`, scope-aware), the static facts
(:meth:`Migrator.info`), the facts of a traced run (``Migrator.trace``), the
report (:meth:`Migrator.change`, :meth:`Migrator.flag`) and the statement-level
work (``with torch.no_grad():`` blocks, ``# MIGRATE:`` comments, removals).
"""

import re

import libcst as cst
from libcst.metadata import Assignment, ParentNodeProvider, PositionProvider, ScopeProvider

from .build import (NO_SPACE, _NO_PARENS_PARENTS, atomic, find_kw, kwarg, method, parens,
                    positional, with_arg)
from .infer import call_args, literal_bool, literal_int
from .names import build_dotted, dotted
from .report import Change, Flag

FACTORIES_WITH_REQUIRES_GRAD = {'torch.' + n for n in (
    'randn', 'rand', 'zeros', 'ones', 'empty', 'eye', 'arange', 'linspace', 'logspace', 'full',
    'randn_like', 'rand_like', 'zeros_like', 'ones_like', 'tensor')}


LOSSY_NAME = re.compile(r'(loss|err|cost|acc|total|norm|dist|score|reward|objective|nll|kl|mse)',
                        re.I)


class Migrator(cst.CSTTransformer):
    """Applies every rule; collects :class:`Change` and :class:`Flag` records."""

    METADATA_DEPENDENCIES = (PositionProvider, ParentNodeProvider, ScopeProvider)

    def __init__(self, module, table, analyzer, legacy, jobs, refused, trace=None):
        super().__init__()
        from .idioms import load_rules
        from .registry import rules_by_node
        from .trace import BoundFacts

        self.rules = rules_by_node() if load_rules() else {}
        self.trace = trace if trace is not None else BoundFacts()
        self.module = module
        self.table = table
        self.an = analyzer
        self.legacy = legacy
        self.jobs = {}
        for job in jobs:
            self.jobs.setdefault(job.block, []).append(job)
        self.job_calls = {c: job for job in jobs for c in job.calls}
        self.refused = refused
        self.changes = []
        self.flags = []
        self.stmt_flags = {}
        self.remove_stmts = set()
        self.need_torch = False
        self.flagged = set()
        self._legacy_removals()

    # --- the driver: the registered rules (registry.py) after the built-in ones ---------

    def on_leave(self, original, updated):
        result = super().on_leave(original, updated)
        name = type(original).__name__
        for rule in self.rules.get(name, ()):
            if type(result) is not type(original):
                break
            if rule.only_untouched and result is not updated:
                continue
            result = getattr(rule, 'leave_' + name)(self, original, result)
        return result

    def qualified(self, node):
        """The canonical dotted torch name ``node`` refers to (scope-aware), or None."""
        return self.table.resolve(node)

    def definition(self, node):
        """The FunctionDef (or Lambda) ``node`` names, when it has exactly one in scope."""
        if isinstance(node, cst.Lambda):
            return node
        if not isinstance(node, cst.Name):
            return None
        try:
            scope = self.get_metadata(ScopeProvider, node)
        except KeyError:
            return None
        if scope is None:
            return None
        found = list(scope[node.value])
        if len(found) == 1 and isinstance(found[0], Assignment) and isinstance(
                found[0].node, cst.FunctionDef):
            return found[0].node
        return None

    # --- bookkeeping -----------------------------------------------------------------

    def code(self, node):
        return self.module.code_for_node(node)

    def line(self, node):
        try:
            return self.get_metadata(PositionProvider, node).start.line
        except KeyError:
            return 0

    def parent(self, node):
        try:
            return self.get_metadata(ParentNodeProvider, node)
        except KeyError:
            return None

    def change(self, original, rule, after, note=None, before=None):
        if before is None:
            before = self.code(original)
        after_text = after if isinstance(after, str) else self.code(after)
        self.changes.append(Change(self.line(original), rule, before, after_text, note=note))

    def flag(self, node, rule, reason):
        key = (node, rule)
        if key in self.flagged:
            return
        self.flagged.add(key)
        self.flags.append(Flag(self.line(node), rule, reason))
        stmt = self.statement_of(node)
        if stmt is not None:
            self.stmt_flags.setdefault(stmt, []).append('[{}] {}'.format(rule, reason))

    def statement_of(self, node):
        while node is not None:
            parent = self.parent(node)
            if isinstance(parent, (cst.IndentedBlock, cst.Module)) and isinstance(
                    node, cst.BaseStatement):
                return node
            node = parent
        return None

    def torch(self):
        name = self.table.local_for('torch')
        if name is None or '.' in name:
            self.need_torch = True
            return 'torch'
        return name

    def torch_attr(self, dotted_rest):
        return build_dotted(self.torch() + '.' + dotted_rest)

    def info(self, node):
        return self.an.info(node)

    def maybe_parens(self, original, new):
        """Parenthesise ``new`` if it replaces ``original`` where precedence matters."""
        if atomic(new):
            return new
        parent = self.parent(original)
        if isinstance(parent, _NO_PARENS_PARENTS):
            return new
        return parens(new)

    # --- calls --------------------------------------------------------------------------

    def leave_Call(self, original, updated):
        q = self.table.resolve(original.func)
        result = updated
        if q == 'torch.autograd.Variable':
            return self.variable(original, result)
        if original in self.an.legacy_calls:
            return self.legacy_call(original, result)
        return result

    # Variable(...) ---------------------------------------------------------------------

    def variable(self, original, updated):
        parsed = call_args(updated)
        opos = positional(original)
        if parsed is None:
            self.flag(original, 'variable', 'Variable(*args/**kwargs) cannot be rewritten '
                      'automatically; modern torch returns the tensor unchanged')
            return updated
        pos, kw = parsed
        unknown = set(kw) - {'data', 'requires_grad', 'volatile'}
        if unknown or len(pos) > 3:
            self.flag(original, 'variable', 'unexpected Variable arguments ({}); rewrite by hand'
                      .format(', '.join(sorted(unknown)) or 'too many'))
            return updated
        data = pos[0] if pos else kw.get('data')
        odata = opos[0].value if opos else (find_kw(original, 'data').value
                                            if find_kw(original, 'data') else None)
        if data is None:
            self.flag(original, 'variable', 'Variable() without data; use torch.empty(0)')
            return updated
        rg = pos[1] if len(pos) > 1 else kw.get('requires_grad')
        vol = pos[2] if len(pos) > 2 else kw.get('volatile')
        result = data
        notes = []
        rule = 'variable'
        if vol is not None and literal_bool(vol) is not False and rg is not None and \
                literal_bool(rg) is not False:
            self.flag(original, 'volatile', 'requires_grad and volatile given together: 0.3 '
                      'raised RuntimeError when both were true')
        if rg is not None and literal_bool(rg) is not False:
            result = self.requires_grad(odata, data, rg)
        if original in self.an.variable_of_variable:
            self.flag(original, 'variable-detach',
                      '0.3 refused Variable(v) on a Variable; modern Variable(v) silently detaches '
                      'v. The rewrite keeps v attached to the graph: use v.detach() if that was '
                      'meant')
        if vol is not None:
            lv = literal_bool(vol)
            if lv is False:
                notes.append('volatile=False dropped')
            elif original in self.job_calls:
                job = self.job_calls[original]
                rule = 'volatile'
                notes.append('evaluation wrapped in `with torch.{}`'.format(
                    'no_grad():' if job.mode[0] == 'no_grad' else 'set_grad_enabled(...):'))
            else:
                rule = 'volatile'
                reason = self.refused.get(original, 'volatile=True was removed; wrap the '
                                          'evaluation in `with torch.no_grad():`')
                self.flag(original, 'volatile', reason)
        result = self.maybe_parens(original, result)
        self.change(original, rule, result, note='; '.join(notes) or None)
        return result

    def requires_grad(self, odata, data, rg):
        rg_true = literal_bool(rg) is True
        if isinstance(odata, cst.Call):
            q = self.table.resolve(odata.func)
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

    # subscripts: .data[0], loss[0], t[i] ------------------------------------------------

    def leave_Subscript(self, original, updated):
        if len(original.slice) != 1 or not isinstance(original.slice[0].slice, cst.Index):
            return updated
        parent = self.parent(original)
        if isinstance(parent, cst.AssignTarget) or (isinstance(parent, cst.AugAssign)
                                                    and parent.target is original) or \
                isinstance(parent, cst.Del):
            return updated
        index_node = original.slice[0].slice.value
        k = literal_int(index_node)
        idx_info = self.info(index_node)
        base_o = original.value
        bi = self.info(base_o)
        integer = k is not None or idx_info.kind == 'number'
        if not integer:
            return updated
        receiver = isinstance(parent, cst.Attribute) and parent.value is original
        if receiver and isinstance(self.parent(parent), cst.Call) and parent.attr.value == 'item':
            return updated
        if bi.kind == 'tensor':
            if bi.size1 and k in (0, -1) and bi.ndim in (1, None):
                subject = self.strip_data(updated.value)
                if subject is updated.value:      # t[0] on a one-element tensor: keep the index
                    subject = updated
                return self.to_item(original, subject, receiver)
            if bi.ndim == 1:
                if receiver:
                    return updated
                new = method(updated, 'item')
                self.change(original, 'item', new, note='indexing a 1-D tensor gave a Python '
                            'number in 0.3')
                return new
            if bi.ndim is None and k == 0 and isinstance(base_o, cst.Attribute) and \
                    base_o.attr.value == 'data':
                subject = base_o.value
                text = dotted(subject) or ''
                if isinstance(subject, cst.Call) or LOSSY_NAME.search(text.rsplit('.', 1)[-1]):
                    return self.to_item(original, self.strip_data(updated.value), receiver,
                                        note='assumed a one-element result')
                self.flag(original, 'item', "{}.data[0]: the size of {} is not known here. If it "
                          "holds one element use {}.item() (0.3 gave a Python number; modern "
                          "torch raises IndexError on 0-dim results)".format(
                              self.code(subject), self.code(subject), self.code(subject)))
            return updated
        if bi.kind == 'variable' and bi.size1 and k in (0, -1) and bi.ndim in (1, None):
            if receiver:
                new = updated.value
                self.change(original, 'item', new, note='a one-element result is 0-dim now')
                return new
            return self.to_item(original, updated.value, receiver)
        if bi.kind == 'ndarray' and bi.size1 and k in (0, -1):
            inner = updated.value
            if isinstance(inner, cst.Call) and isinstance(inner.func, cst.Attribute) and \
                    inner.func.attr.value == 'numpy':
                return self.to_item(original, self.strip_data(inner), receiver)
        return updated

    def strip_data(self, node):
        while True:
            if isinstance(node, cst.Call) and not node.args and isinstance(node.func, cst.Attribute) \
                    and node.func.attr.value in ('cpu', 'numpy'):
                node = node.func.value
                continue
            if isinstance(node, cst.Attribute) and node.attr.value == 'data':
                node = node.value
                continue
            return node

    def to_item(self, original, subject, receiver, note=None):
        if receiver:
            new = subject
        else:
            new = method(subject, 'item')
        self.change(original, 'item', new, note=note)
        return new

    # integer division / type promotion --------------------------------------------------

    # old-style Functions --------------------------------------------------------------------

    def _legacy_removals(self):
        self.legacy_plan = {}
        for spec in self.legacy.values():
            if spec.reason is None:
                spec.reason = self.check_convertible(spec)
        for ctor, binding in self.an.legacy_bindings.items():
            spec = self.legacy.get(dotted(ctor.func))
            if spec is None or spec.reason is not None or isinstance(
                    self.legacy_ctor_args(ctor, spec), str):
                self.legacy_plan[ctor] = 'keep'
                continue
            # a dead instance (rebound before any call) goes too: constructing one warns
            if not binding['other'] and binding['single'] and binding['stmt'] is not None:
                self.legacy_plan[ctor] = 'remove'
                self.remove_stmts.add(binding['stmt'])
            else:
                self.legacy_plan[ctor] = 'keep'

    def legacy_ctor_args(self, ctor, spec):
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

    def legacy_call(self, original, updated):
        ctor = self.an.legacy_calls[original]
        clsname = dotted(ctor.func)
        spec = self.legacy.get(clsname)
        if spec is None or spec.reason is not None:
            return updated
        if original not in self.an.legacy_direct and self.legacy_plan.get(ctor) != 'remove':
            self.flag(ctor, 'function', 'instance of old-style Function {} is used other than '
                      'by calling it: call {}.apply(...) where it is used'.format(clsname, clsname))
            return updated
        values = self.legacy_ctor_args(ctor, spec)
        if isinstance(values, str):
            self.flag(original, 'function', values + '; write {}.apply(inputs..., '
                      'init arguments...) by hand'.format(clsname))
            return updated
        if any(a.keyword is not None or a.star for a in updated.args):
            self.flag(original, 'function', 'Function.apply takes positional arguments only')
            return updated
        args = [a.with_changes(comma=cst.MaybeSentinel.DEFAULT) for a in updated.args]
        args += [cst.Arg(v) for v in values]
        func = cst.Attribute(value=build_dotted(clsname), attr=cst.Name('apply'))
        new = cst.Call(func=func, args=args)
        if original in self.an.legacy_direct:
            self.change(original, 'function', new)
        else:
            binding = self.an.legacy_bindings[ctor]
            self.change(original, 'function', new,
                        note='instance {} = {} removed'.format(binding['name'], self.code(ctor)))
        return new

    def leave_ClassDef(self, original, updated):
        spec = self.legacy.get(original.name.value)
        if spec is None or spec.node is not original:
            return updated
        if spec.reason is not None:
            self.flag(original, 'function', 'old-style autograd Function {} cannot be converted '
                      'automatically: {}. Modern torch refuses instance-style Functions '
                      '(RuntimeError: Legacy autograd function with non-static forward method is '
                      'deprecated)'.format(spec.name, spec.reason))
            return updated
        new_body = []
        extra = [name for name, _ in spec.init_params]
        ninputs = len(_params(spec.forward)) - 1
        carried = []
        for stmt in updated.body.body:
            if isinstance(stmt, cst.FunctionDef) and stmt.name.value == '__init__':
                carried = [l for l in stmt.leading_lines if l.comment is not None]
                continue
            if carried:
                stmt = stmt.with_changes(leading_lines=list(carried) + list(stmt.leading_lines))
                carried = []
            if isinstance(stmt, cst.FunctionDef) and stmt.name.value == 'forward':
                stmt = convert_method(stmt, extra_params=spec.init_params, state=spec.state)
            elif isinstance(stmt, cst.FunctionDef) and stmt.name.value == 'backward':
                stmt = convert_method(stmt, extra_returns=len(extra), ninputs=ninputs)
            new_body.append(stmt)
        if not new_body:
            new_body = [cst.SimpleStatementLine([cst.Pass()])]
        new = updated.with_changes(body=updated.body.with_changes(body=new_body))
        header = 'class {}(...): def forward(self, ...) / def backward(self, ...)'.format(spec.name)
        after = ('@staticmethod forward(ctx, ...{}) / backward(ctx, ...); call sites use {}.apply'
                 .format(''.join(', ' + e for e in extra), spec.name))
        self.changes.append(Change(self.line(original), 'function', header, after,
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

    # statement blocks: volatile wrapping, removals, MIGRATE comments ---------------------

    def leave_IndentedBlock(self, original, updated):
        body = self.rework(original, list(original.body), list(updated.body))
        if not body:
            body = [cst.SimpleStatementLine([cst.Pass()])]
        return updated.with_changes(body=body)

    def leave_Module(self, original, updated):
        body = self.rework(original, list(original.body), list(updated.body))
        return updated.with_changes(body=body)

    def rework(self, block, obody, nbody):
        if len(obody) != len(nbody):
            return nbody
        slots = []
        carried = []
        for o, n in zip(obody, nbody):
            if o in self.remove_stmts or (o is not n and is_noop_assign(n)):
                if o not in self.remove_stmts:
                    self.changes.append(Change(self.line(o), 'variable', self.code(n).strip(),
                                               '(removed)', note='no-op assignment left by '
                                               'the Variable rewrites'))
                carried.extend(l for l in n.leading_lines if l.comment is not None)
                slots.append(None)
                continue
            reasons = self.stmt_flags.get(o)
            if reasons:
                n = add_comments(n, reasons)
            if carried:
                n = n.with_changes(leading_lines=carried + list(n.leading_lines))
                carried = []
            slots.append(n)
        jobs = sorted(self.jobs.get(block, []), key=lambda j: j.start, reverse=True)
        for job in jobs:
            inner = [s for s in slots[job.start:job.end + 1] if s is not None]
            if not inner:
                continue
            first = inner[0]
            leading = list(first.leading_lines)
            inner[0] = first.with_changes(leading_lines=())
            mode, expr = job.mode
            if mode == 'no_grad':
                item = cst.Call(func=self.torch_attr('no_grad'))
            else:
                cond = expr
                if isinstance(cond, cst.UnaryOperation) and isinstance(cond.operator, cst.Not):
                    cond = cond.expression.with_changes(lpar=[], rpar=[]) if not isinstance(
                        cond.expression, (cst.BooleanOperation, cst.Comparison)) else \
                        cond.expression
                else:
                    cond = cst.UnaryOperation(operator=cst.Not(),
                                              expression=cond if atomic(cond) else parens(cond))
                item = cst.Call(func=self.torch_attr('set_grad_enabled'), args=[cst.Arg(cond)])
            if job.warn_backward and mode == 'no_grad':
                leading.append(cst.EmptyLine(comment=cst.Comment(
                    '# MIGRATE: [volatile] this no_grad block also contains backward()/step() '
                    'calls: check that training code is not wrapped')))
                self.flags.append(Flag(self.line(obody[job.start]), 'volatile',
                                       'the no_grad block contains backward()/step() calls'))
            with_node = cst.With(items=[cst.WithItem(item=item)],
                                 body=cst.IndentedBlock(body=inner), leading_lines=leading)
            slots[job.start:job.end + 1] = [with_node]
        return [s for s in slots if s is not None]


def is_noop_assign(stmt):
    """``x = x`` / ``a, b = a, b`` (what ``data = Variable(data)`` becomes)."""
    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        return False
    small = stmt.body[0]
    if not isinstance(small, cst.Assign) or len(small.targets) != 1:
        return False
    target, value = small.targets[0].target, small.value

    def names(node):
        if isinstance(node, cst.Name):
            return [node.value]
        if isinstance(node, (cst.Tuple, cst.List)):
            out = []
            for e in node.elements:
                sub = names(e.value)
                if sub is None or isinstance(e, cst.StarredElement):
                    return None
                out.append(tuple(sub) if len(sub) != 1 or not isinstance(e.value, cst.Name)
                           else sub[0])
            return out
        return None

    a, b = names(target), names(value)
    return a is not None and a == b


def add_comments(stmt, reasons):
    existing = {line.comment.value for line in stmt.leading_lines if line.comment is not None}
    lines = list(stmt.leading_lines)
    for reason in reasons:
        text = '# MIGRATE: ' + reason
        if text not in existing:
            lines.append(cst.EmptyLine(comment=cst.Comment(text)))
            existing.add(text)
    return stmt.with_changes(leading_lines=lines)


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
