"""Where to put ``with torch.no_grad():`` for ``Variable(x, volatile=True)``.

In 0.3 a volatile Variable switched off graph recording for everything computed
from it.  Modern torch ignores ``volatile`` (with a warning) and records a graph
whenever a parameter requires grad.  The rewrite wraps the evaluation in
``with torch.no_grad():``: the statements of the same block from the one that
creates the volatile Variable to the last one that (transitively) uses a name
derived from it.  When the volatile Variable escapes (it is returned, or only
stored), there is no evaluation here to wrap, and the line is flagged.
"""

import libcst as cst

from .infer import call_args, literal_bool

_BLOCKS = (cst.IndentedBlock, cst.Module)


class Job(object):
    """Wrap ``block.body[start:end + 1]`` in ``with <mode>:``.

    ``mode`` is ``('no_grad', None)`` or ``('set_grad_enabled', expr_node)`` where
    the statements run with grad enabled iff ``not expr``.
    """

    def __init__(self, block, start, end, mode, calls):
        self.block = block
        self.start = start
        self.end = end
        self.mode = mode
        self.calls = list(calls)
        self.warn_backward = False


def volatile_argument(call, table):
    """The ``volatile=`` argument node of a ``Variable(...)`` call, or None."""
    if table.resolve(call.func) != 'torch.autograd.Variable':
        return None
    parsed = call_args(call)
    if parsed is None:
        return None
    pos, kw = parsed
    if len(pos) > 2:
        return pos[2]
    return kw.get('volatile')


class _Names(cst.CSTVisitor):
    """Names loaded and names stored anywhere in a node."""

    def __init__(self):
        super().__init__()
        self.loaded = set()
        self.stored = set()
        self.calls_backward = False

    def visit_Attribute(self, node):
        if node.attr.value in ('backward', 'step'):
            self.calls_backward = True
        node.value.visit(self)
        return False

    def visit_Name(self, node):
        self.loaded.add(node.value)

    def visit_AssignTarget(self, node):
        self._store(node.target)
        return False

    def visit_AugAssign(self, node):
        self._store(node.target)
        self.loaded.update(_loaded(node.target))

    def visit_AnnAssign(self, node):
        self._store(node.target)

    def visit_For(self, node):
        self._store(node.target)

    def visit_WithItem(self, node):
        if node.asname is not None:
            self._store(node.asname.name)

    def visit_CompFor(self, node):
        self._store(node.target)

    def _store(self, target):
        if isinstance(target, cst.Name):
            self.stored.add(target.value)
        elif isinstance(target, (cst.Tuple, cst.List)):
            for e in target.elements:
                self._store(e.value)
        elif isinstance(target, cst.StarredElement):
            self._store(target.value)
        else:
            # x.attr = ..., x[i] = ...: the names inside are loaded
            target.visit(self)


def _loaded(node):
    v = _Names()
    node.visit(v)
    return v.loaded


def _scan(node):
    v = _Names()
    node.visit(v)
    return v


def _simple_assign(stmt):
    """(targets, value) for a one-assignment line, else None."""
    if isinstance(stmt, cst.SimpleStatementLine) and len(stmt.body) == 1:
        small = stmt.body[0]
        if isinstance(small, cst.Assign):
            return small.targets, small.value
    return None


def _trivial(value, call):
    """True when ``value`` is just the volatile Variable (maybe moved with .cuda())."""
    node = value
    while True:
        if node is call:
            return True
        if (isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute)
                and node.func.attr.value in ('cuda', 'cpu', 'float', 'double', 'long')):
            node = node.func.value
            continue
        if isinstance(node, (cst.Tuple, cst.List)):
            return any(_trivial(e.value, call) for e in node.elements)
        return False


def plan(calls, parents, table):
    """Plan the ``no_grad`` blocks for the volatile ``Variable`` calls.

    Returns ``(jobs, refused)``: a list of :class:`Job` and a dict
    call node -> reason for the calls that cannot be handled by wrapping.
    """
    per_block = {}
    refused = {}
    for call in calls:
        vol = volatile_argument(call, table)
        if vol is None or literal_bool(vol) is False:
            continue
        mode = ('no_grad', None) if literal_bool(vol) is True else ('set_grad_enabled', vol)
        # the statement (a direct child of a block) holding the call
        node, stmt, block = call, None, None
        in_suite = False
        while node is not None:
            parent = parents.get(node)
            if isinstance(parent, cst.SimpleStatementSuite):
                in_suite = True
            if isinstance(parent, _BLOCKS) and isinstance(node, cst.BaseStatement):
                stmt, block = node, parent
                break
            if isinstance(node, (cst.FunctionDef, cst.Lambda)) and node is not call:
                break
            node = parent
        if stmt is None or in_suite:
            refused[call] = ('volatile=True was removed; this one-line statement cannot be '
                             'wrapped automatically: put the evaluation under '
                             '`with torch.no_grad():`')
            continue
        body = list(block.body)
        start = body.index(stmt)
        scan = _scan(stmt)
        tainted = set(scan.stored)
        end = start
        for k in range(start + 1, len(body)):
            info = _scan(body[k])
            if info.loaded & tainted:
                end = k
                tainted |= info.stored
            else:
                assign = _simple_assign(body[k])
                if assign is not None:
                    for t in assign[0]:
                        if isinstance(t.target, cst.Name):
                            tainted.discard(t.target.value)
        escapes = False
        if end == start:
            assign = _simple_assign(stmt)
            if assign is not None and _trivial(assign[1], call):
                escapes = True
            if (isinstance(stmt, cst.SimpleStatementLine) and len(stmt.body) == 1
                    and isinstance(stmt.body[0], cst.Return) and stmt.body[0].value is not None
                    and _trivial(stmt.body[0].value, call)):
                escapes = True
        if escapes:
            refused[call] = ('volatile=True was removed and the volatile Variable leaves this '
                             'block unused: wrap the code that evaluates it in '
                             '`with torch.no_grad():`')
            continue
        per_block.setdefault(block, []).append(Job(block, start, end, mode, [call]))

    jobs = []
    for block, items in per_block.items():
        items.sort(key=lambda j: j.start)
        merged = []
        for job in items:
            if merged and job.start <= merged[-1].end:
                last = merged[-1]
                last.end = max(last.end, job.end)
                last.calls.extend(job.calls)
                if last.mode[0] != job.mode[0]:
                    for c in job.calls:
                        refused[c] = ('volatile flags of different kinds in one evaluation: '
                                      'check the `with` block added above')
                continue
            merged.append(job)
        for job in merged:
            body = list(block.body)
            trains = any(_scan(body[k]).calls_backward for k in range(job.start + 1, job.end + 1))
            if trains and job.mode[0] == 'no_grad':
                # evaluation data made once and used inside the training loop: a no_grad
                # block around the loop would stop the training (backward() of a loss that
                # needs no grad); the Variable is still dropped (same values, the evaluation
                # is recorded now) and the line flagged
                for c in job.calls:
                    refused[c] = ('volatile=True was removed; the statements from here to the '
                                  'last use also train (backward()/step()), so they are not '
                                  'wrapped: wrap only the evaluation in `with torch.no_grad():` '
                                  '(without it the evaluation is recorded: more memory, same '
                                  'values)')
                continue
            job.warn_backward = trains
            jobs.append(job)
    return jobs, refused


class VolatileFinder(cst.CSTVisitor):
    """Collect the ``Variable(...)`` calls that pass ``volatile``."""

    def __init__(self, table):
        super().__init__()
        self.table = table
        self.calls = []

    def visit_Call(self, node):
        if self.table.resolve(node.func) == 'torch.autograd.Variable':
            parsed = call_args(node)
            if parsed is not None and (len(parsed[0]) > 2 or 'volatile' in parsed[1]):
                self.calls.append(node)
