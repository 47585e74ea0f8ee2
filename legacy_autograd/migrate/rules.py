"""The driver of the rewrite: one libcst transformer, one pass, no rules of its own.

For every node, :class:`Migrator` runs the rules of the registry
(:mod:`legacy_autograd.migrate.registry`: one small class per idiom in
:mod:`legacy_autograd.migrate.idioms`) that handle its node type, in registration
order; the registry is what ``docs/migration.md`` lists.  The driver gives the rules the
shared services: name resolution (:meth:`Migrator.qualified`, libcst's scope analysis),
the static facts (:meth:`Migrator.info`), the facts of a traced run (``Migrator.trace``),
the report (:meth:`Migrator.change`, :meth:`Migrator.flag`) and the statement-level work
(``with torch.no_grad():`` blocks, ``# MIGRATE:`` comments, removals of statements).
"""

import libcst as cst
from libcst.metadata import Assignment, ParentNodeProvider, PositionProvider, ScopeProvider

from .build import _NO_PARENS_PARENTS, atomic, parens
from .names import build_dotted
from .report import Change, Flag


class Migrator(cst.CSTTransformer):
    """Applies every rule; collects :class:`Change` and :class:`Flag` records."""

    METADATA_DEPENDENCIES = (PositionProvider, ParentNodeProvider, ScopeProvider)

    def __init__(self, module, table, analyzer, legacy, jobs, refused, trace=None):
        super().__init__()
        from .idioms import load_rules
        from .registry import RULES, rules_by_node
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
        for rule in RULES:
            rule.start(self)

    # --- the driver: the registered rules (registry.py) after the built-in ones ---------

    def on_leave(self, original, updated):
        self.current = original        # where torch() looks for an unshadowed import
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
        name = self.table.local_for('torch', at=getattr(self, 'current', None))
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
