"""What a migration did: the rewrites, the flags, and how they are reported.

This module does not import libcst, so results can be inspected (and the
report printed) without it.
"""

import difflib
import re

__all__ = ['Change', 'Flag', 'MigrationResult', 'MigrateError', 'shorten']


def shorten(code, width=90):
    """One-line rendering of a code fragment for the report."""
    text = re.sub(r'\s*\n\s*', ' ', code.strip())
    text = re.sub(r'([(\[{]) ', r'\1', text)
    text = re.sub(r' ([)\]}])', r'\1', text)
    if len(text) > width:
        text = text[:width - 3].rstrip() + '...'
    return text


class Change(object):
    """One rewrite: ``line`` (1-based, in the input file), ``rule``, ``before`` -> ``after``.

    ``note`` says what the rewrite assumed, when it assumed something.
    """

    __slots__ = ('line', 'col', 'rule', 'before', 'after', 'note')

    def __init__(self, line, rule, before, after, note=None, col=0):
        self.line = line
        self.col = col
        self.rule = rule
        self.before = before
        self.after = after
        self.note = note

    def format(self, filename):
        text = '{}:{}: {}: {} -> {}'.format(
            filename, self.line, self.rule, shorten(self.before), shorten(self.after))
        if self.note:
            text += '  ({})'.format(self.note)
        return text

    def __repr__(self):
        return 'Change(line={}, rule={!r}, before={!r}, after={!r})'.format(
            self.line, self.rule, shorten(self.before), shorten(self.after))


class Flag(object):
    """Something the migration could not rewrite safely, with the reason.

    A ``# MIGRATE: <reason>`` comment is put above the statement in the output.
    """

    __slots__ = ('line', 'col', 'rule', 'reason')

    def __init__(self, line, rule, reason, col=0):
        self.line = line
        self.col = col
        self.rule = rule
        self.reason = reason

    def format(self, filename):
        return '{}:{}: needs review [{}]: {}'.format(filename, self.line, self.rule, self.reason)

    def __repr__(self):
        return 'Flag(line={}, rule={!r}, reason={!r})'.format(self.line, self.rule, self.reason)


class MigrateError(Exception):
    """The file cannot be migrated (it does not parse): names the file and line."""

    def __init__(self, filename, lineno, message, col=None):
        self.filename = filename
        self.lineno = lineno
        self.col = col
        self.message = message
        where = filename if lineno is None else '{}, line {}'.format(filename, lineno)
        super().__init__('cannot migrate {}: {}'.format(where, message))


class MigrationResult(object):
    """Outcome of :func:`legacy_autograd.migrate.migrate_source`.

    ``source`` is the input text, ``code`` the migrated text, ``changes`` the
    rewrites (:class:`Change`, sorted by line) and ``flags`` what needs a human
    (:class:`Flag`).  Line numbers refer to the input file.
    """

    def __init__(self, filename, source, code, changes, flags):
        self.filename = filename
        self.source = source
        self.code = code
        self.changes = sorted(changes, key=lambda c: (c.line, c.col))
        self.flags = sorted(flags, key=lambda f: (f.line, f.col))
        self.encoding = 'utf-8'

    @property
    def changed(self):
        """True when the output text differs from the input."""
        return self.code != self.source

    @property
    def needs_changes(self):
        """True when the script still needs work to run on modern torch (``--check``)."""
        return bool(self.changes or self.flags or self.changed)

    def rules(self):
        """Sorted names of the rules that rewrote something."""
        return sorted({c.rule for c in self.changes})

    def diff(self, new_name=None):
        """Unified diff input -> output."""
        old_name = self.filename
        new_name = new_name or self.filename + ' (migrated)'
        return ''.join(difflib.unified_diff(
            self.source.splitlines(True), self.code.splitlines(True),
            fromfile=old_name, tofile=new_name))

    def report(self):
        """The text report: a summary line, then one line per rewrite and per flag."""
        name = self.filename
        if not self.changes and not self.flags:
            return '{}: nothing to migrate\n'.format(name)
        parts = []
        if self.changes:
            parts.append('{} rewrite{}'.format(len(self.changes), '' if len(self.changes) == 1 else 's'))
        if self.flags:
            parts.append('{} line{} to review'.format(len(self.flags), '' if len(self.flags) == 1 else 's'))
        lines = ['{}: {}'.format(name, ', '.join(parts))]
        lines.extend(c.format(name) for c in self.changes)
        lines.extend(f.format(name) for f in self.flags)
        return '\n'.join(lines) + '\n'

    def __repr__(self):
        return '<MigrationResult {}: {} changes, {} flags>'.format(
            self.filename, len(self.changes), len(self.flags))
