"""The import fix-ups after the rewrites, on libcst's own import visitors.

* ``RemoveImportsVisitor`` drops a ``Variable`` import the migrated code no
  longer uses (scope-aware: a parameter or local named ``Variable`` is not a use
  of the import);
* ``AddImportsVisitor`` adds ``import torch`` when a rewrite spells
  ``torch.*`` and the script has no such import; the new line is then placed
  before the script's first torch import (or after the docstring and
  ``__future__`` imports), where a reader looks for it.

Every change is reported as rule ``import`` with the line of the input file.
"""

import difflib
import re

import libcst as cst
from libcst.codemod import CodemodContext
from libcst.codemod.visitors import AddImportsVisitor, RemoveImportsVisitor

from .names import dotted
from .report import Change

VARIABLE_NAMES = ('torch.autograd.Variable', 'torch.autograd.variable.Variable')


def fix_imports(module, need_torch, table, text, changes):
    """``module`` with its imports fixed; appends the :class:`Change` records to ``changes``."""
    context = CodemodContext()
    for local, full in table.imports.items():
        if full in VARIABLE_NAMES:
            source, _, name = full.rpartition('.')
            RemoveImportsVisitor.remove_unused_import(
                context, source, name, asname=None if local == name else local)
    before = list(module.body)
    if context.scratch:
        module = RemoveImportsVisitor(context).transform_module(module)
        _report_removals(module, before, list(module.body), text, changes)
    if need_torch:
        added = AddImportsVisitor(CodemodContext(), [_torch_import()]).transform_module(module)
        if added.code != module.code:
            module = _place_torch_import(module, added)
            changes.append(Change(_first_torch_import_line(text), 'import', '', 'import torch',
                                  note='the rewrites use torch.*'))
    return module


def _torch_import():
    from libcst.codemod.visitors import ImportItem
    return ImportItem('torch')


def _report_removals(module, old, new, text, changes):
    old_code = [module.code_for_node(s).strip() for s in old]
    new_code = [module.code_for_node(s).strip() for s in new]
    matcher = difflib.SequenceMatcher(None, old_code, new_code, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == 'equal':
            continue
        for k in range(i1, i2):
            before = old_code[k]
            after = new_code[j1 + (k - i1)] if j1 + (k - i1) < j2 else '(removed)'
            first = before.splitlines()[0] if before else ''
            line = _find_line(text, r'^\s*' + re.escape(first))
            gone = _imported(before) - _imported(after)
            note = 'Variable is no longer used' if after == '(removed)' else \
                '{} is no longer used'.format(', '.join(sorted(gone)) or 'Variable')
            changes.append(Change(line, 'import', before, after, note=note))


def _imported(code):
    """The names a ``from ... import Variable [as V]`` line binds to Variable."""
    return {alias or 'Variable' for alias in re.findall(r'\bVariable\b(?:\s+as\s+(\w+))?', code)}


def _place_torch_import(module, added):
    """``module`` with the ``import torch`` that ``added`` has, at the preferred position."""
    new_stmt = None
    for stmt in added.body:
        if isinstance(stmt, cst.SimpleStatementLine) and len(stmt.body) == 1 and isinstance(
                stmt.body[0], cst.Import) and [dotted(a.name) for a in stmt.body[0].names] == [
                    'torch'] and not any(s.deep_equals(stmt) for s in module.body):
            new_stmt = cst.SimpleStatementLine([stmt.body[0]])
            break
    if new_stmt is None:
        return added
    body = list(module.body)
    index = _import_position(body)
    if index < len(body):
        moved = body[index]
        new_stmt = new_stmt.with_changes(leading_lines=moved.leading_lines)
        body[index] = moved.with_changes(leading_lines=())
    body.insert(index, new_stmt)
    return module.with_changes(body=body)


def _find_line(text, pattern):
    for i, line in enumerate(text.splitlines()):
        if re.search(pattern, line):
            return i + 1
    return 1


def _first_torch_import_line(text):
    for i, line in enumerate(text.splitlines()):
        if re.match(r'\s*(import|from)\s+torch\b', line):
            return i + 1
    return 1


def _import_position(body):
    """Index for a new ``import torch``: before the first torch import, else after the docstring/__future__."""
    first_plain = 0
    for i, stmt in enumerate(body):
        if not isinstance(stmt, cst.SimpleStatementLine):
            break
        small = stmt.body[0]
        if isinstance(small, cst.Expr) and isinstance(small.value, (cst.SimpleString,
                                                                    cst.ConcatenatedString)) \
                and i == 0:
            first_plain = i + 1
            continue
        if isinstance(small, cst.ImportFrom) and dotted(small.module) == '__future__':
            first_plain = i + 1
            continue
        break
    for i, stmt in enumerate(body):
        if isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                if isinstance(small, cst.Import) and any(
                        (dotted(a.name) or '').split('.')[0] == 'torch' for a in small.names):
                    return i
                if isinstance(small, cst.ImportFrom) and small.module is not None and \
                        (dotted(small.module) or '').split('.')[0] == 'torch':
                    return i
    return first_plain
