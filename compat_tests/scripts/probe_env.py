"""Probe: print what a script sees as __main__ (runs under plain python too)."""
import builtins
import json
import sys

g = globals()
print(json.dumps({
    'globals': sorted(k for k in g if k.startswith('__')),
    '__name__': __name__,
    '__doc__': __doc__,
    '__file__': __file__,
    '__spec__': repr(__spec__),
    '__cached__': repr(__cached__),
    '__package__': repr(__package__),
    '__annotations__': repr(g.get('__annotations__', 'MISSING')),
    '__builtins__ is builtins': __builtins__ is builtins,
    'loader': [type(__loader__).__name__, __loader__.name, __loader__.path],
    'argv': sys.argv,
    'path0': sys.path[0],
    'main registered': sys.modules['__main__'].__dict__ is g,
}, indent=1, sort_keys=True))
