"""``legacy-autograd migrate``: rewrite PyTorch 0.3 code for modern PyTorch.

The rewriter works on a concrete syntax tree (libcst), so comments and
formatting survive.  libcst is needed only here: it is imported when a
migration runs, never when ``legacy_autograd`` is imported, and it is an
optional extra (``pip install 'legacy-autograd[migrate]'``).

Python API::

    from legacy_autograd.migrate import migrate_source, migrate_file
    result = migrate_source(text, filename='train.py')
    result.code          # the migrated text
    result.changes       # [Change(line, rule, before, after), ...]
    result.flags         # [Flag(line, rule, reason), ...]: needs a human
    print(result.report())

The rules are listed in :mod:`legacy_autograd.migrate.rules` and in
``docs/migration.md``.
"""

import ast
import io
import os
import re
import sys

from .report import Change, Flag, MigrateError, MigrationResult  # noqa: F401
from ..command_error import CommandError

__all__ = ['migrate_source', 'migrate_file', 'MigrationResult', 'Change', 'Flag',
           'MigrateError', 'LibcstMissing', 'INSTALL_HINT']

INSTALL_HINT = "pip install 'legacy-autograd[migrate]'"


class LibcstMissing(ImportError):
    """libcst, needed by the migrate command, is not installed."""


def _require_libcst():
    try:
        import libcst  # noqa: F401
    except ImportError as exc:
        raise LibcstMissing('legacy-autograd migrate needs libcst, which is not installed '
                            '({}): {}'.format(exc, INSTALL_HINT)) from None
    return libcst


def _syntax_check(text, filename):
    """Compile ``text``; on failure retry with ``async=`` renamed (0.3's ``.cuda(async=True)``).

    Returns ``(text, async_changes)``.  Raises :class:`MigrateError` for files
    that are not Python 3 (print statements, syntax errors).
    """
    try:
        compile(text, filename, 'exec', ast.PyCF_ONLY_AST, dont_inherit=True)
        return text, []
    except SyntaxError as exc:
        original = exc
    except ValueError as exc:   # null bytes
        raise MigrateError(filename, None, str(exc)) from None
    from ..runner import rewrite_async_kwargs

    new, count = rewrite_async_kwargs(text)
    if count:
        try:
            compile(new, filename, 'exec', ast.PyCF_ONLY_AST, dont_inherit=True)
        except SyntaxError:
            pass
        else:
            changes = []
            old_lines = text.splitlines()
            for i, (a, b) in enumerate(zip(old_lines, new.splitlines())):
                if a != b:
                    changes.append(Change(i + 1, 'async', a.strip(), b.strip(),
                                          note='async is a reserved word since Python 3.7'))
            return new, changes
    message = original.msg or 'invalid syntax'
    if re.search(r"Missing parentheses in call to '(print|exec)'", message) or (
            original.text and re.match(r'\s*(print|exec)\s+[^(=\s]', original.text or '')):
        message += ' (Python 2 syntax: port the file to Python 3 first)'
    raise MigrateError(filename, original.lineno, message, original.offset)


def migrate_source(source, filename='<string>'):
    """Migrate the text of a 0.3 script; returns a :class:`MigrationResult`.

    Raises :class:`MigrateError` when the text does not parse and
    :class:`LibcstMissing` when libcst is not installed.
    """
    _require_libcst()
    import libcst as cst
    from libcst.metadata import MetadataWrapper, ParentNodeProvider

    from .infer import Analyzer, find_legacy_functions
    from .names import ImportCollector, ImportTable
    from .rules import Migrator
    from .volatile import VolatileFinder, plan

    text, changes = _syntax_check(source, filename)
    try:
        module = cst.parse_module(text)
    except cst.ParserSyntaxError as exc:
        raise MigrateError(filename, exc.raw_line, exc.message, exc.raw_column + 1) from None
    wrapper = MetadataWrapper(module)
    module = wrapper.module
    table = ImportTable()
    module.visit(ImportCollector(table))
    legacy = find_legacy_functions(module, table)
    analyzer = Analyzer(module, table, legacy).run()
    finder = VolatileFinder(table)
    module.visit(finder)
    parents = wrapper.resolve(ParentNodeProvider)
    jobs, refused = plan(finder.calls, parents, table)
    migrator = Migrator(module, table, analyzer, legacy, jobs, refused)
    new_module = wrapper.visit(migrator)
    changes.extend(migrator.changes)
    new_module = _fix_imports(new_module, migrator, table, text, changes)
    return MigrationResult(filename, source, new_module.code, changes, migrator.flags)


def migrate_file(path):
    """Read ``path`` (any source encoding) and migrate it."""
    with open(path, 'rb') as f:
        data = f.read()
    import tokenize
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        text = data.decode(encoding)
    except (SyntaxError, UnicodeDecodeError, LookupError) as exc:
        raise MigrateError(path, None, 'cannot decode the file ({})'.format(exc)) from None
    if text.startswith('\ufeff'):
        text = text[1:]
    result = migrate_source(text, filename=path)
    result.encoding = encoding       # written back the same way (coding cookie, BOM)
    return result


def _fix_imports(module, migrator, table, text, changes):
    """Add ``import torch`` if a rewrite needs it; drop an unused ``Variable`` import."""
    import libcst as cst

    body = list(module.body)
    # 1. unused Variable imports
    locals_ = [local for local, full in table.names.items()
               if full in ('torch.autograd.Variable', 'torch.autograd.variable.Variable')]
    for local in locals_:
        if _count_names(module, local) > 0:
            continue
        for i, stmt in enumerate(body):
            new_stmt, removed = _drop_alias(stmt, local)
            if removed is None:
                continue
            line = _find_line(text, r'^\s*from\s+torch\.autograd(\.variable)?\s+import\b.*\b'
                              + re.escape(removed) + r'\b')
            before = removed
            if new_stmt is None:
                body[i] = None
                changes.append(Change(line, 'import', module.code_for_node(stmt).strip(),
                                      '(removed)', note='Variable is no longer used'))
            else:
                body[i] = new_stmt
                changes.append(Change(line, 'import', module.code_for_node(stmt).strip(),
                                      module.code_for_node(new_stmt).strip(),
                                      note='{} is no longer used'.format(before)))
            break
        body = [s for s in body if s is not None]
    # 2. import torch
    if migrator.need_torch and not table.has_torch():
        index = _import_position(body)
        new = cst.SimpleStatementLine([cst.Import(names=[cst.ImportAlias(name=cst.Name('torch'))])])
        if index < len(body):
            moved = body[index]
            new = new.with_changes(leading_lines=moved.leading_lines)
            body[index] = moved.with_changes(leading_lines=())
        body.insert(index, new)
        changes.append(Change(_first_torch_import_line(text), 'import', '', 'import torch',
                              note='the rewrites use torch.*'))
    return module.with_changes(body=body)


def _count_names(module, name):
    import libcst as cst

    count = [0]

    class V(cst.CSTVisitor):
        def visit_ImportAlias(self, node):
            return False

        def visit_Attribute(self, node):
            node.value.visit(self)
            return False

        def visit_Name(self, node):
            if node.value == name:
                count[0] += 1

    module.visit(V())
    return count[0]


def _drop_alias(stmt, local):
    """(new statement or None, removed alias name) if ``stmt`` imports ``local`` from torch.autograd."""
    import libcst as cst
    from .names import dotted

    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        return stmt, None
    imp = stmt.body[0]
    if not isinstance(imp, cst.ImportFrom) or isinstance(imp.names, cst.ImportStar):
        return stmt, None
    if dotted(imp.module) not in ('torch.autograd', 'torch.autograd.variable') or imp.relative:
        return stmt, None
    keep, removed = [], None
    for alias in imp.names:
        bound = alias.asname.name.value if alias.asname is not None else alias.name.value
        if bound == local and removed is None:
            removed = local
            continue
        keep.append(alias)
    if removed is None:
        return stmt, None
    if not keep:
        return None, removed
    keep[-1] = keep[-1].with_changes(comma=cst.MaybeSentinel.DEFAULT)
    new_imp = imp.with_changes(names=keep)
    return stmt.with_changes(body=[new_imp]), removed


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
    import libcst as cst
    from .names import dotted

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


# ---------------------------------------------------------------------------
# command line
# ---------------------------------------------------------------------------

def add_arguments(parser):
    parser.add_argument('scripts', nargs='+', metavar='SCRIPT',
                        help='0.3-era Python file(s) to migrate')
    parser.add_argument('-o', '--output', metavar='OUT',
                        help='write the migrated code to OUT (default: standard output); '
                             'OUT may be SCRIPT itself to migrate in place')
    parser.add_argument('--diff', action='store_true',
                        help='print a unified diff instead of the migrated code')
    parser.add_argument('--check', action='store_true',
                        help='write nothing; exit 1 if a script still needs changes (for CI)')
    parser.add_argument('-q', '--quiet', action='store_true',
                        help='no report on standard error (only the summary line)')


def handle(args):
    """Handler of ``legacy-autograd migrate``; returns the exit status."""

    scripts = args.scripts
    if len(scripts) > 1 and not (args.check or args.diff):
        raise CommandError('several scripts need --check or --diff (-o takes one script)')
    if args.output and len(scripts) > 1:
        raise CommandError('-o/--output takes a single SCRIPT')
    try:
        _require_libcst()
    except LibcstMissing as exc:
        raise CommandError(str(exc)) from None
    results = []
    for path in scripts:
        if not os.path.isfile(path):
            raise CommandError("can't open file {!r}: no such file".format(path))
        try:
            results.append(migrate_file(path))
        except MigrateError as exc:
            raise CommandError(str(exc)) from None
        except OSError as exc:
            raise CommandError("can't read {!r}: {}".format(path, exc.strerror)) from None
    status = 0
    for result in results:
        report = result.report()
        if args.quiet:
            report = report.splitlines()[0] + '\n'
        sys.stderr.write(report)
        if args.diff:
            sys.stdout.write(result.diff())
        if args.check:
            if result.needs_changes:
                status = 1
            continue
        if args.output and args.output != '-':
            _write(args.output, result.code, result.encoding)
        elif not args.diff:
            sys.stdout.write(result.code)
    sys.stdout.flush()
    return status


def _write(path, text, encoding='utf-8'):

    directory = os.path.dirname(os.path.abspath(path))
    tmp = os.path.join(directory, '.{}.migrate-tmp'.format(os.path.basename(path)))
    try:
        with open(tmp, 'w', encoding=encoding, newline='') as f:
            f.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise CommandError("can't write {!r}: {}".format(path, exc.strerror)) from None
