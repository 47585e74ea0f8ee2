"""``python -m legacy_autograd.rng_bridge SCRIPT [ARGS...]``: run SCRIPT under modern
torch with the RNG bridge installed, as ``python SCRIPT ARGS...`` would run it.

The 0.3 generator is seeded from ``LEGACY_AUTOGRAD_SEED`` when it is set (``compare``
sets it for both sides), else from ``/dev/urandom`` as 0.3 did; Python's ``random`` and
``numpy.random`` are seeded with it too, as ``legacy-autograd run`` seeds them.  An uncaught exception
prints its traceback from the script's first frame on, and the exit status is the
interpreter's (0, the ``sys.exit`` code, 1 after a traceback).
"""
import os
import sys
import types

USAGE = 'usage: python -m legacy_autograd.rng_bridge SCRIPT [ARGS...]\n'


def run(path, argv):
    import builtins
    import importlib.machinery

    from .. import runner
    from . import install
    from ._seed import env_seed, seed_other_generators

    path = os.fspath(path)
    data = runner._read_script(path)
    filename = runner._abspath_like_python(path)
    install()               # imports torch before the script's directory joins sys.path
    seed = env_seed()
    if seed is not None:
        seed_other_generators(seed)
    main = types.ModuleType('__main__')
    main.__loader__ = importlib.machinery.SourceFileLoader('__main__', filename)
    main.__builtins__ = builtins
    main.__file__ = filename
    main.__cached__ = None
    sys.argv = [path] + list(argv)
    if not getattr(sys.flags, 'safe_path', False):
        sys.path[0] = os.path.dirname(os.path.realpath(filename))
    sys.modules['__main__'] = main
    code = None
    try:
        code = compile(data, filename, 'exec')
        exec(code, main.__dict__)
    except SystemExit as exc:
        return runner._exit_status(exc)
    except KeyboardInterrupt as exc:
        runner._report(exc, runner._trim_traceback(exc.__traceback__, code))
        return 130
    except BaseException as exc:
        tb = None if code is None and isinstance(exc, SyntaxError) else \
            runner._trim_traceback(exc.__traceback__, code)
        runner._report(exc, tb)
        return 1
    return 0


def main(args):
    if not args or args[0] in ('-h', '--help'):
        sys.stderr.write(USAGE)
        return 0 if args else 2
    try:
        return run(args[0], args[1:])
    except OSError as exc:
        sys.stderr.write('python -m legacy_autograd.rng_bridge: {}\n'.format(exc.strerror or exc))
        return 2
    except ValueError as exc:           # a bad LEGACY_AUTOGRAD_SEED
        sys.stderr.write('python -m legacy_autograd.rng_bridge: {}\n'.format(exc))
        return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
