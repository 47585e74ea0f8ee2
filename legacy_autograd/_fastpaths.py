"""Switches for the fast paths: the reference mode and the workspace poison mode.

Both are read from the environment once, when the package is imported, and every fast path
chooses its implementation then (at import time, or through one module-level flag read per
call), so with both switches off nothing is added to the hot paths.

``LEGACY_AUTOGRAD_REFERENCE=1`` -- **reference mode**: every fast path is turned off and the
general code runs instead.  The fast paths are copies of the general code kept for speed; the
test suite runs the same programs in both modes and requires the same bits
(``compat_tests/test_fastpath_oracle.py``).  What is switched (see docs/performance.md):

* ``ops/arithmetic.py``: the operator front-end factory (``_binary_front_end``) settles no case
  inline; ``_simple_binary`` checks every tensor operand with ``check_broadcast``; ``pow(x, 2)``
  is ``power(x, 2.0)``, not ``square``;
* ``ops/linalg.py``: ``mm`` on two Variables goes through ``call`` like every other case;
* ``ops/dispatch.py``: no unrolled one/two-input dispatch, type check and recording, no inline
  output tensor and Variable, no in-place ufunc table (in-place ops compute and copy);
* ``autograd/engine.py``: no hot loop for registry-op nodes and accumulators in an ordinary
  backward, no one-root seeding, no shortcut around ``fix_grad`` and no unrolled unpacking of
  two saved values; ``autograd.backward`` takes its general route for the everyday call;
* ``backend_numpy.py``: ``pow(x, 1)`` and ``pow(x, 2)`` are ``power``; every matrix product is
  ``numpy.dot`` (no ``numpy.matmul`` for large products of contiguous float matrices);
* ``ops/indexing.py``: no ``t[i]`` / ``t[i] = number`` shortcuts;
* ``ops/_common.py``: ``with_number`` and ``select`` always take their small-array routes;
* ``ops/conv_ops.py``: the workspace pool keeps nothing (every buffer is new);
* ``ops/nn_ops.py``: ``nll_loss`` materialises unit weights;
* ``rng.py``: ``bernoulli_`` with one ``p`` compares doubles, not integers;
* ``ops/rnn_ops.py``: the fused recurrent layers run the general step-by-step formulas
  (``generic_output``/``generic_backward`` on numpy arrays), not the preallocated loops.

``LEGACY_AUTOGRAD_POISON_WORKSPACE=1`` -- **poison mode** (debugging; the test suite turns it
on in ``compat_tests/conftest.py``): every plain buffer the convolution workspace hands out,
new or reused, is first filled with the byte ``0xFF`` (NaN in every float type, -1 in the
integer types), so a kernel that reads a part of a workspace buffer it has not written yields
NaN instead of silently reusing stale numbers.

**In-process switch** (``legacy_autograd.testing.reference_mode()``, a tool, not part of the
``torch`` namespace): :func:`set_reference` turns every fast path off or back on in a running
process, so one process can run a program in both modes (``compat_tests/test_fastpath_oracle.py``).
Each fast path registers how it is switched, when its module is imported, and is set to the
mode of the environment variable then:

* :func:`code_pair` -- a fast function and its general twin of the same module: in reference
  mode the fast function object runs the general code (its ``__code__`` and defaults are
  swapped), so every reference to it -- names imported elsewhere, methods installed on the
  classes, the generated public forms, kernels held by registry ops -- switches at once and
  the fast mode's calls cost exactly what they cost without the switch;
* :func:`flag` -- a module-level flag read per call (``_HOT``, ``_INT_KEY``, ...);
* :func:`on_switch` -- anything else (the workspace limit, the in-place ufunc table).
"""
import os


def _flag(name):
    return os.environ.get(name, '').strip() not in ('', '0')


#: True under ``LEGACY_AUTOGRAD_REFERENCE=1``: the general code runs instead of every fast path.
REFERENCE = _flag('LEGACY_AUTOGRAD_REFERENCE')

#: True under ``LEGACY_AUTOGRAD_POISON_WORKSPACE=1``: workspace buffers are handed out poisoned.
POISON_WORKSPACE = _flag('LEGACY_AUTOGRAD_POISON_WORKSPACE')

#: The environment variables, for tools that start a process in a given mode.
REFERENCE_ENV = 'LEGACY_AUTOGRAD_REFERENCE'
POISON_ENV = 'LEGACY_AUTOGRAD_POISON_WORKSPACE'


# ------------------------------------------------------------------------- in-process switch
_SWITCHES = []      # callables(reference: bool), in registration order


def on_switch(fn):
    """Register ``fn(reference)``, which sets its fast path for a mode.  Modules are written in
    the fast mode, so ``fn`` is applied now only in reference mode (the fast mode's objects are
    left exactly as imported)."""
    _SWITCHES.append(fn)
    if REFERENCE:
        fn(True)
    return fn


def code_pair(fast, general):
    """In reference mode the function object ``fast`` runs ``general``'s code (same module, same
    free variables); in fast mode its own.  Returns ``fast``."""
    own = (fast.__code__, fast.__defaults__, fast.__kwdefaults__)
    other = (general.__code__, general.__defaults__, general.__kwdefaults__)
    if fast.__code__.co_freevars != general.__code__.co_freevars:
        raise ValueError('%s and %s must close over the same names' % (
            fast.__qualname__, general.__qualname__))

    def switch(reference):
        fast.__code__, fast.__defaults__, fast.__kwdefaults__ = other if reference else own
    on_switch(switch)
    return fast


def flag(namespace, name, fast_value=True):
    """The module-level flag ``namespace[name]`` is ``fast_value`` in fast mode, its negation in
    reference mode."""
    def switch(reference):
        namespace[name] = (not fast_value) if reference else fast_value
    on_switch(switch)


def set_reference(reference):
    """Turn every fast path off (``reference=True``) or on, in this process; returns the mode
    it was in.  Call it between computations, never inside one (a graph built in one mode
    is backpropagated by the code of the mode current at ``backward()``)."""
    global REFERENCE
    was = REFERENCE
    if bool(reference) != was:      # (nothing is touched when the mode stays)
        REFERENCE = bool(reference)
        for fn in _SWITCHES:
            fn(REFERENCE)
    return was
