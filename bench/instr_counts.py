"""Instruction counts per iteration of the per-op-overhead workloads, for callgrind.

Usage (counts do not depend on the machine's load; identical runs agree exactly):

    valgrind --tool=callgrind --toggle-collect=functools_reduce \\
        --callgrind-out-file=/tmp/cg.out python bench/instr_counts.py ROOT WORKLOAD N
    # per-iteration count = the "summary:" total in /tmp/cg.out divided by N

ROOT is the checkout whose ``legacy_autograd`` is imported (an editable install's finder is
removed, so the tree given is the one measured), WORKLOAD is ``a`` (seed graph), ``b`` (MLP
step) or ``d`` (small LSTM tagger step), N the number of iterations counted (400 / 40 / 100
were used).  Only the N iterations run inside ``functools.reduce`` are counted (after 30
warm-up iterations): the import and the set-up are not.  The workloads are bench/bench.py's
(its legacy side; torch is not imported).  Run with ``PYTHONHASHSEED=0`` and one BLAS thread.
"""
import functools
import os
import sys

for _v in ('OMP_NUM_THREADS', 'OPENBLAS_NUM_THREADS', 'MKL_NUM_THREADS'):
    os.environ[_v] = '1'
root, wl, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.meta_path[:] = [f for f in sys.meta_path if 'editable' not in str(getattr(f, '__module__', ''))]
sys.path.insert(0, root)
import legacy_autograd as L  # noqa: E402
assert L.__file__.startswith(os.path.abspath(root)), L.__file__

src = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'bench.py')).read()
ns = {}
exec(compile(src.split('# ----------------------------------------------------------------------- '
                       'workloads')[1].split('def import_times')[0], 'bench.py', 'exec'), ns)


class _NoTorch(object):
    """Stands in for torch: the workloads build their torch side too, which is not measured."""
    def __getattr__(self, k):
        return _NoTorch()

    def __call__(self, *a, **k):
        return _NoTorch()

    def __iter__(self):
        return iter(())

    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False

    def __mro_entries__(self, bases):
        return (_NoTorchBase,)       # class Tagger(T.nn.Module) in bench.py's _tagger


class _NoTorchBase(object):
    def __getattr__(self, k):
        return _NoTorch()


if wl == 'a':
    leg = ns['workload_a'](L, _NoTorch())[0]
elif wl == 'b':
    leg = ns['workload_b'](L, _NoTorch())[0]
elif wl == 'd':
    leg = ns['workload_d'](L, _NoTorch(), 6, 6, 5)[0]    # bench.py's d_small
else:
    raise SystemExit('workload must be a, b or d')
for _ in range(30):
    leg()
functools.reduce(lambda acc, _: leg(), range(n), None)
