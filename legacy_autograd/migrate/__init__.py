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

    # informed by a run of the script on the shim (``migrate --trace``)
    from legacy_autograd.migrate.trace import collect
    result = migrate_file('train.py', facts=collect('train.py', ['--epochs', '1']))

Layout: :mod:`.registry` (one small class per idiom, the list ``docs/migration.md``
shows), :mod:`.idioms` (the rules, on libcst matchers), :mod:`.rules` (the driver),
:mod:`.names` (what a name refers to: libcst's ``QualifiedNameProvider``/``ScopeProvider``), :mod:`.infer` (static facts about
values), :mod:`.trace` (facts of a run), :mod:`.imports` (import fix-ups on libcst's
import visitors), :mod:`.volatile` (the ``no_grad`` blocks), :mod:`.report`.
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


def migrate_source(source, filename='<string>', facts=None):
    """Migrate the text of a 0.3 script; returns a :class:`MigrationResult`.

    ``facts`` (a :class:`legacy_autograd.migrate.trace.Facts`, from
    :func:`~legacy_autograd.migrate.trace.collect`) are what a run of the script
    on the shim saw at each call site: with them the rules rewrite what a static
    read can only flag (``migrate --trace``).

    Raises :class:`MigrateError` when the text does not parse and
    :class:`LibcstMissing` when libcst is not installed.
    """
    _require_libcst()
    import libcst as cst
    from libcst.metadata import MetadataWrapper, ParentNodeProvider

    from .imports import fix_imports
    from .infer import Analyzer, find_legacy_functions
    from .names import Names
    from .rules import Migrator
    from .trace import apply_trace, bind
    from .volatile import VolatileFinder, plan

    text, changes = _syntax_check(source, filename)
    try:
        module = cst.parse_module(text)
    except cst.ParserSyntaxError as exc:
        raise MigrateError(filename, exc.raw_line, exc.message, exc.raw_column + 1) from None
    wrapper = MetadataWrapper(module)
    module = wrapper.module
    table = Names(wrapper)
    legacy = find_legacy_functions(module, table)
    analyzer = Analyzer(module, table, legacy).run()
    trace = bind(facts, wrapper)
    apply_trace(analyzer, trace)
    finder = VolatileFinder(table)
    module.visit(finder)
    parents = wrapper.resolve(ParentNodeProvider)
    jobs, refused = plan(finder.calls, parents, table)
    migrator = Migrator(module, table, analyzer, legacy, jobs, refused, trace)
    new_module = wrapper.visit(migrator)
    changes.extend(migrator.changes)
    new_module = fix_imports(new_module, migrator.need_torch, table, text, changes)
    return MigrationResult(filename, source, new_module.code, changes, migrator.flags)


def migrate_file(path, facts=None):
    """Read ``path`` (any source encoding) and migrate it (``facts``: see :func:`migrate_source`)."""
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
    result = migrate_source(text, filename=path, facts=facts)
    result.encoding = encoding       # written back the same way (coding cookie, BOM)
    return result


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
    parser.add_argument('--trace', action='store_true',
                        help='run each SCRIPT once on the shim first (its output is discarded) '
                             'and rewrite what the run decided: softmax input ranks, 1-element '
                             'Variables indexed or iterated, dot operands, loss shapes, '
                             'loss.forward calls')
    parser.add_argument('--trace-args', metavar='ARGS', default='',
                        help='arguments for the traced run, as one shell-quoted string '
                             "(e.g. --trace-args '--epochs 1')")
    parser.add_argument('--trace-timeout', metavar='SECONDS', type=float, default=None,
                        help='stop the traced run after SECONDS and use the facts seen so far')


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
    notes = []
    for path in scripts:
        if not os.path.isfile(path):
            raise CommandError("can't open file {!r}: no such file".format(path))
        facts = None
        if args.trace:
            facts, note = _trace(path, args)
            if note:
                notes.append(note)
        try:
            results.append(migrate_file(path, facts=facts))
        except MigrateError as exc:
            raise CommandError(str(exc)) from None
        except OSError as exc:
            raise CommandError("can't read {!r}: {}".format(path, exc.strerror)) from None
    status = 0
    for note in notes:
        sys.stderr.write(note + '\n')
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


def _trace(path, args):
    """(facts, note for the report) of a traced run of ``path``."""
    import shlex

    from .trace import TraceError, collect

    try:
        argv = shlex.split(args.trace_args)
    except ValueError as exc:
        raise CommandError('--trace-args: {}'.format(exc)) from None
    try:
        facts = collect(path, argv, timeout=args.trace_timeout)
    except TraceError as exc:
        raise CommandError(str(exc)) from None
    if facts.status in (0, None):
        return facts, None
    last = (facts.stderr.strip().splitlines() or ['(no message)'])[-1]
    how = 'was stopped' if facts.status == 'timeout' else 'ended with status {}'.format(
        facts.status)
    return facts, ('{}: the traced run {} ({}); the sites it did not reach are migrated '
                   'without its facts'.format(path, how, last))


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
