"""Parity helpers: run the same computation in legacy_autograd and in modern PyTorch, compare.

Public API (usable from any pytest suite; modern ``torch`` is imported lazily, only when a
helper that needs it runs, so this package imports without torch):

* :func:`assert_close` -- THE comparison of one legacy value with one modern (or reference)
  value: exact shapes and dtypes up to the 0.3 mappings, graphs on both sides or neither,
  per-element tolerance by dtype, NaN/inf positions equal (``comparison.py`` states the rules);
* :func:`assert_parity` -- run ``legacy_fn`` on legacy Variables and ``modern_fn`` on modern
  tensors built from the same numpy arrays; compare the outputs and the gradients of every
  input for a random upstream gradient; optionally second-order gradients;
* :func:`assert_raises_parity` -- both sides raise; the legacy message is checked;
* :func:`to_modern` / :func:`from_modern` -- convert values between the libraries;
* :data:`TOLERANCES` -- the one tolerance per dtype;
* :class:`reference_mode` -- every fast path off (or on) inside a ``with`` block, in process.

The rest is the registry-driven case runner behind the parity suite
(``compat_tests/test_parity_*.py``) and ``legacy-autograd parity-report``: for every op in
``legacy_autograd.ops.registry.OPS`` it builds sample inputs from hypothesis strategies
(``strategies.py``; ``op.samples`` when the op declares them, else the entry in
:mod:`legacy_autograd.parity_samples`), runs the op and its ``modern`` spelling, backward and
grad-of-grad, and compares (``runner.py``); ``gradcheck.py`` checks both libraries against
finite differences; ``report.py`` writes the table of ``docs/parity.md``.

Modules: ``libs`` (the two libraries, lazily), ``convert``, ``comparison``, ``parity``,
``specs``, ``strategies``, ``cases``, ``runner``, ``gradcheck``, ``report``.
"""
from .comparison import (TOLERANCES, ExpectedDifference, ParityError, assert_close,
                         assert_finite, compare_gradient, normalise_pair)
from .convert import from_modern, to_modern
from .parity import ParityResult, assert_parity, assert_raises_parity
from .specs import CHECKS, Case, Spec, exemption, modern_spelling, spec_for
from .strategies import Draw, case_strategy, derandomized_examples, element_strategy
from .cases import (coverage_problems, drawn_cases, fd_case, fixed_case, fixed_case_ids,
                    fixed_cases)
from .runner import CaseResult, check_case, run_case
from .gradcheck import FD_TOLERANCE, gradcheck_case
from .report import format_markdown, format_report, parity_report, report_rows

__all__ = ['TOLERANCES', 'FD_TOLERANCE', 'ParityError', 'ExpectedDifference', 'assert_parity',
           'assert_raises_parity', 'assert_close', 'to_modern', 'from_modern', 'normalise_pair',
           'ParityResult', 'assert_same_output', 'reference_mode']


def assert_same_output(old_script, new_script, rtol=None, atol=None, **kwargs):
    """Run ``old_script`` under the shim and ``new_script`` under modern torch and assert
    that they print the same numbers (see ``legacy_autograd.compare``; default tolerances:
    its ``DEFAULT_RTOL``/``DEFAULT_ATOL``)."""
    from .. import compare
    return compare.assert_same_output(
        old_script, new_script, rtol=compare.DEFAULT_RTOL if rtol is None else rtol,
        atol=compare.DEFAULT_ATOL if atol is None else atol, **kwargs)


class reference_mode(object):
    """``with reference_mode():`` -- every fast path off inside the block, back as it was after
    it (``reference_mode(False)``: every fast path on).  The in-process form of
    ``LEGACY_AUTOGRAD_REFERENCE=1`` (``legacy_autograd/_fastpaths.py``), so one process can run
    a program in both modes and compare (``compat_tests/test_fastpath_oracle.py``).  Switch
    between computations only: a graph is backpropagated by the mode current at
    ``backward()``.  Also a decorator."""

    def __init__(self, reference=True):
        self.reference = bool(reference)
        self._was = []

    def __enter__(self):
        from .. import _fastpaths
        self._was.append(_fastpaths.set_reference(self.reference))
        return self

    def __exit__(self, *exc):
        from .. import _fastpaths
        _fastpaths.set_reference(self._was.pop())
        return False

    def __call__(self, fn):
        import functools

        @functools.wraps(fn)
        def run(*args, **kwargs):
            with reference_mode(self.reference):
                return fn(*args, **kwargs)
        return run
