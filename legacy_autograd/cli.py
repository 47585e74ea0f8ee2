"""Command line interface: ``legacy-autograd SUBCOMMAND ...``.

Subcommands live in :data:`COMMANDS`, a dict of name -> :class:`Command`
(help text, a function adding the subcommand's arguments to its argparse
parser, and a handler taking the parsed namespace and returning an exit
status).  Add one with :func:`register`::

    def _add_arguments(parser): parser.add_argument('path')
    def _handle(args): ...; return 0
    register('migrate', 'rewrite a 0.3 script for modern torch', _add_arguments, _handle)
"""

import argparse
import os
import signal
import sys
from collections import namedtuple

from ._version import VERSION, TORCH_VERSION
from .command_error import CommandError

Command = namedtuple('Command', 'help add_arguments handler')

#: name -> Command, in the order shown by ``--help``.
COMMANDS = {}

PROG = 'legacy-autograd'

#: subcommands whose arguments after the first `--` are collected, untouched, in ``args.args``
DASHDASH_COMMANDS = {'compare'}


def register(name, help, add_arguments, handler):
    """Register (or replace) the subcommand ``name``."""
    COMMANDS[name] = Command(help, add_arguments, handler)


# --- run ---------------------------------------------------------------------

def _run_arguments(parser):
    parser.add_argument('script', metavar='SCRIPT', help='path of the Python script to run')
    rest = parser.add_argument('args', nargs=argparse.REMAINDER, metavar='ARGS',
                               help='arguments passed to the script untouched (sys.argv[1:])')
    rest.required = False      # argparse marks a REMAINDER positional required; ARGS may be empty


def _run_handler(args):
    from . import runner

    _seed_from_env()
    try:
        status, interrupted = runner._run(args.script, args.args, restore=False)
    except runner.ScriptNotFound as exc:
        raise CommandError(exc.strerror) from None
    if interrupted:
        _die_of_sigint()
    return status


def _seed_from_env():
    """``LEGACY_AUTOGRAD_SEED`` seeds the 0.3 generator before the script runs (compare
    sets it for both sides; see legacy_autograd.rng_bridge)."""
    from .rng_bridge._seed import env_seed, seed_other_generators
    try:
        seed = env_seed()
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    if seed is not None:
        from . import rng
        rng.default_generator.manual_seed(seed)
        seed_other_generators(seed)


def _die_of_sigint():
    # An uncaught KeyboardInterrupt ends python by SIGINT; do the same so that
    # shells and parent processes see the usual status.
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:
        pass
    if hasattr(signal, 'SIGINT') and hasattr(os, 'kill') and os.name == 'posix':
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGINT)


register('run', 'run a PyTorch 0.3-era script with `import torch` served by legacy_autograd',
         _run_arguments, _run_handler)


# --- parser --------------------------------------------------------------------

def version_text():
    """What ``--version`` prints: this package's version and the torch version it emulates."""
    return '{} {} (emulates torch {})'.format(PROG, VERSION, TORCH_VERSION)


def build_parser(prog=None):
    parser = argparse.ArgumentParser(
        prog=prog or PROG,
        description='Run PyTorch 0.3-era code unchanged on legacy_autograd (numpy).')
    parser.add_argument('--version', action='version', version=version_text())
    sub = parser.add_subparsers(dest='command', metavar='COMMAND')
    for name, command in COMMANDS.items():
        p = sub.add_parser(name, help=command.help, description=command.help)
        command.add_arguments(p)
        p.set_defaults(_handler=command.handler)
    return parser


def main(argv=None, prog=None):
    """Entry point of ``legacy-autograd`` and ``python -m legacy_autograd``.

    Returns the exit status.
    """
    if argv is None:
        argv = sys.argv[1:]
    argv = list(argv)
    passthrough = None
    if argv and argv[0] in DASHDASH_COMMANDS and '--' in argv:
        # `compare OLD NEW [options] -- ARGS`: everything after the first `--` is for the scripts
        cut = argv.index('--')
        argv, passthrough = argv[:cut], argv[cut + 1:]
    parser = build_parser(prog)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    if passthrough is not None:
        args.args = passthrough
    handler = getattr(args, '_handler', None)
    if handler is None:
        parser.print_usage(sys.stderr)
        sys.stderr.write('{}: error: a command is required (one of: {})\n'.format(
            parser.prog, ', '.join(COMMANDS)))
        return 2
    try:
        return handler(args)
    except CommandError as exc:
        sys.stderr.write('{} {}: error: {}\n'.format(parser.prog, args.command, exc))
        return 2


# --- migrate / compare ---------------------------------------------------------------
# (imported lazily: libcst is an optional extra needed by migrate only)

def _migrate_arguments(parser):
    from .migrate import add_arguments
    add_arguments(parser)


def _migrate_handler(args):
    from .migrate import handle
    return handle(args)


def _compare_arguments(parser):
    from .compare import add_arguments
    add_arguments(parser)


def _compare_handler(args):
    from .compare import handle
    return handle(args)         # its user errors are CommandError, printed by main()


register('migrate', 'rewrite a PyTorch 0.3 script for modern PyTorch (needs libcst: '
         "pip install 'legacy-autograd[migrate]')", _migrate_arguments, _migrate_handler)
register('compare', 'run OLD.py under the shim and NEW.py under modern torch and compare '
         'what they print', _compare_arguments, _compare_handler)


# --- convert ---------------------------------------------------------------------

def _convert_arguments(parser):
    from .convert import add_arguments
    add_arguments(parser)


def _convert_handler(args):
    import pickle
    from .convert import handle
    try:
        return handle(args)
    except ImportError as exc:
        raise CommandError('convert needs modern torch (pip install torch): %s' % exc) from None
    except (OSError, pickle.UnpicklingError) as exc:
        raise CommandError(str(exc)) from None


register('convert', 'convert a PyTorch 0.3 checkpoint OLD.pth into NEW.pt that modern torch '
         'loads with weights_only=True (needs torch)', _convert_arguments, _convert_handler)


# --- parity-report ---------------------------------------------------------------

def _parity_report_arguments(parser):
    parser.add_argument('--ops', metavar='NAME,...',
                        help='only these registry ops (comma-separated; --list shows the names)')
    parser.add_argument('--list', action='store_true',
                        help='print the op names --ops accepts, one a line, and exit')
    parser.add_argument('--markdown', action='store_true',
                        help='print the markdown table of docs/parity.md instead')


def _parity_report_handler(args):
    if args.list:
        from .ops.registry import OPS
        sys.stdout.write(''.join(name + '\n' for name in sorted(OPS)))
        return 0
    from .testing import parity_report
    try:
        return parity_report(args.ops.split(',') if args.ops else None,
                             markdown=args.markdown)
    except (ImportError, KeyError) as exc:
        raise CommandError(exc.args[0] if exc.args else str(exc)) from None


register('parity-report', 'compare every registry op with modern PyTorch: op x (forward, grad, '
         'grad-of-grad)', _parity_report_arguments, _parity_report_handler)
