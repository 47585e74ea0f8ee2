#!/usr/bin/env python3
"""Mutation campaign: does the test suite notice small behavioural changes of the package?

Usage::

    python tools/mutation_campaign.py [--jobs N] [--only ID,...] [--category CAT,...]
        [--file SUBSTRING] [--timeout SECONDS] [--no-confirm] [--no-baseline]
        [--json OUT.json] [--list] [--catalogue MODULE_OR_PATH]

A *mutant* is one small edit of one file of ``legacy_autograd``: ``(file, original snippet,
mutated snippet, category)``; the catalogue is ``tools/mutation_catalogue.py`` (``MUTANTS``).
The snippet must occur exactly once in the file (``nth=`` picks one of several).

The repository is never touched.  Each worker process owns a copy of the repository
(``legacy_autograd``, ``compat_tests``, ``docs``, ``tools``, the top-level files) in a
temporary folder; for each mutant it writes the mutated file into its copy, drops the
file's cached bytecode (``PYTHONPYCACHEPREFIX`` points into the worker's folder), runs the
mutant's *subset* of the suite there -- ``python -m pytest -x -q -p no:cacheprovider
FILES`` with ``PYTHONPATH`` = the copy and a timeout -- and restores the file.

The subset of a mutant is its ``tests=`` or else the test files mapped to the mutated file
(``TESTS_BY_FILE``), after the quick edge files every default subset starts with
(``ALWAYS``) and the fast parity/oracle files every op-level mutant runs (``PARITY_FILES``).  Outcomes:

* ``killed``: pytest failed (a failing test, or a collection/import error caused by the
  mutant); ``timeout``: the subset ran past ``--timeout`` (counted as killed, listed apart);
* ``survived``: the subset passed.  Unless ``--no-confirm``, the mutant is then run against
  the whole suite (every other file of ``compat_tests``); only a mutant that passes the whole
  suite is reported as a survivor (``survived``); one killed there is ``killed-full``
  (counted as killed: its subset map is too narrow) once the failing test is shown to pass
  on the unmutated copy (the whole suite has no baseline run; a test that fails without the
  mutant -- e.g. one reading a file the copy lacks -- makes the result an ``error``);
* ``error``: the mutant could not be applied -- the original snippet is not in the file
  (the code moved on: such mutants are reported, never counted), it is ambiguous, the
  mutation is a no-op or does not compile.  An error is never a kill.

A mutant with ``equivalent='reason'`` is one argued to change no behaviour; it still runs
and is reported, but does not count against the kill rate.

Before the mutants, ``--baseline`` (default) runs every subset used on the unmutated copy:
a failing baseline aborts the campaign (a kill would mean nothing).

The report gives killed/survived per category, the kill rate (killed / (killed + survived),
errors and equivalent mutants left out) and lists every survivor and error.
Exit status: 0 when the campaign ran (whatever the kill rate), 2 on a failing baseline or a
usage error, 1 when ``--fail-under RATE`` is given and the rate is below it.
"""

import argparse
import collections
import glob
import importlib.util
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CATEGORIES = (
    'op formula',           # forward numpy kernel
    'vjp',                  # vector-Jacobian product (backward formula)
    'front-end',            # argument parsing / overloads / defaults / keywords
    'in-place',             # in-place forms
    'out=',                 # out= forms
    'broadcasting/shape',   # broadcasting and shape rules
    'fast path',            # engine hot loop, operator factory, ufunc table, indexing, pools
    'printing',             # printed text
    'grad_fn name',         # legacy grad_fn names
)


class Mutant(object):
    """One small behavioural change of one file.

    ``file``: path relative to the repository root; ``original`` / ``mutated``: the snippet
    and its replacement; ``category``: one of :data:`CATEGORIES`; ``tests``: the test files
    of its subset (default: :func:`subset_for`); ``nth``: which occurrence of ``original``
    to mutate when it occurs more than once (0-based; ``None`` requires exactly one);
    ``equivalent``: the reason the mutant cannot change behaviour, if it is argued so;
    ``note``: what the mutation means.
    """
    __slots__ = ('id', 'file', 'original', 'mutated', 'category', 'tests', 'nth',
                 'equivalent', 'note')

    def __init__(self, id, file, original, mutated, category, tests=None, nth=None,
                 equivalent=None, note=''):
        if category not in CATEGORIES:
            raise ValueError('mutant %s: unknown category %r' % (id, category))
        self.id = id
        self.file = file
        self.original = original
        self.mutated = mutated
        self.category = category
        self.tests = tuple(tests) if tests else None
        self.nth = nth
        self.equivalent = equivalent
        self.note = note

    def __repr__(self):
        return '<Mutant %s %s>' % (self.id, self.file)


# ----------------------------------------------------------------------------- subsets
#: the public-API parity files: every op-level mutant runs them first
PARITY_FILES = (
    'compat_tests/test_schema_parity.py',
    'compat_tests/test_schema_operators.py',
)
ORACLE = 'compat_tests/test_fastpath_oracle.py'
REGISTRY = 'compat_tests/test_parity_registry.py'   # slow (~3 min): run by the confirmation

#: quick files that run first whenever they are in a subset (seconds, and aimed at the edges)
FIRST = ('compat_tests/test_edge_semantics.py',)

#: quick edge files added to every default subset (a few seconds together): the behaviours
#: the campaign found unguarded, so a mutant of any file meets them before the slow files
ALWAYS = ('compat_tests/test_edge_semantics.py', 'compat_tests/test_version_counters.py',
          'compat_tests/test_mutation_kills.py')

#: mutated file (prefix match, longest first) -> further test files of its subset.  Kept
#: short on purpose (the subsets run once per mutant on a shared machine): a survivor of its
#: subset is run against the whole suite before it is called one.
TESTS_BY_FILE = {
    'legacy_autograd/ops/arithmetic.py': ('test_mutation_kills_ops', 'test_pointwise', 'test_bad_input_messages', 'test_auto_kills_ops', 'test_wide_kills_ops', 'test_wide_kills_formulas', 'test_wide_kills_final', 'test_wide_kills_hwideG', 'test_wide_kills_s19', 'test_wide_kills_s20', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/ops/pointwise.py': ('test_mutation_kills_ops', 'test_pointwise', 'test_edge_semantics', 'test_auto_kills_ops', 'test_wide_kills_ops', 'test_wide_kills_s19', 'test_wide_kills_s20', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/ops/reduction.py': ('test_mutation_kills_ops', 'test_reduction', 'test_edge_semantics', 'test_auto_kills_ops', 'test_wide_kills_ops', 'test_bad_input_messages', 'test_wide_kills_hwideF', 'test_wide_kills_s19', 'test_wide_kills_s20', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/ops/shape.py': ('test_mutation_kills_ops', 'test_shape', 'test_inplace_views', 'test_edge_semantics', 'test_auto_kills_ops', 'test_wide_kills_ops', 'test_wide_kills_final', 'test_wide_kills_hwideF', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/ops/comparison.py': ('test_mutation_kills_ops', 'test_comparison', 'test_edge_semantics', 'test_auto_kills_ops', 'test_wide_kills_ops', 'test_wide_kills_s19', 'test_wide_kills_s20', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/ops/blas_ops.py': ('test_mutation_kills_ops', 'test_blas_lapack', 'test_auto_kills_ops', 'test_wide_kills_formulas', 'test_parity_no_derivative', 'test_stateless_errors', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/ops/linalg.py': ('test_mutation_kills_ops', 'test_blas_lapack', 'test_auto_kills_ops', 'test_wide_kills_formulas', 'test_wide_kills_ops', 'test_stateless_errors', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/ops/lapack.py': ('test_mutation_kills_ops', 'test_blas_lapack', 'test_edge_semantics', 'test_auto_kills_ops', 'test_wide_kills_ops', 'test_parity_meta', 'test_wide_kills_formulas', 'test_parity_no_derivative', 'test_wide_kills_s19', 'test_wide_kills_s20', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/ops/indexing.py': ('test_mutation_kills_ops', 'test_indexing', 'test_inplace_views', 'test_edge_semantics', 'test_bad_input_messages', 'test_auto_kills_ops', 'test_wide_kills_ops', 'test_wide_kills_formulas', 'test_wide_kills_hwideF', 'test_wide_kills_lead', 'test_wide_kills_s19', 'test_wide_kills_s20', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/ops/dispatch.py': ('test_engine', 'test_inplace_views', 'test_edge_semantics',
                                       'test_auto_kills_ops', 'test_wide_kills_nn', 'test_wide_kills_frontends', 'test_wide_kills_frontends2', 'test_wide_kills_hwideG', 'test_stateless_errors', 'test_wide_kills_s18', 'test_shape', 'test_wide_kills_s19', 'test_wide_kills_s20', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/ops/_common.py': ('test_pointwise', 'test_bad_input_messages',
                                       'test_edge_semantics', 'test_auto_kills_ops', 'test_wide_kills_frontends', 'test_wide_kills_frontends2', 'test_wide_kills_s19', 'test_wide_kills_s20', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/ops/_args.py': ('test_bad_input_messages', 'test_bad_inputs', 'test_auto_kills_ops', 'test_wide_kills_frontends', 'test_wide_kills_frontends2', 'test_stateless_errors', 'test_wide_kills_s19', 'test_wide_kills_s20', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/ops/schema.py': ('test_mutation_kills_ops', 'test_tensor', 'test_bad_input_messages',
                                      'test_edge_semantics', 'test_auto_kills_ops', 'test_wide_kills_ops', 'test_wide_kills_frontends', 'test_wide_kills_frontends2', 'test_stateless_errors', 'test_wide_kills_s19', 'test_wide_kills_s20', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/ops/type_support.py': ('test_type_support', 'test_tensor', 'test_tensor_extras', 'test_auto_kills_ops', 'test_wide_kills_ops', 'test_wide_kills_frontends', 'test_wide_kills_frontends2', 'test_wide_kills_s19', 'test_wide_kills_s20', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/ops/creation.py': ('test_mutation_kills_ops', 'test_tensor', 'test_tensor_extras', 'test_edge_semantics', 'test_torch031_behaviours', 'test_auto_kills_ops', 'test_wide_kills_ops', 'test_wide_kills_lead', 'test_wide_kills_frontends', 'test_wide_kills_frontends2', 'test_wide_kills_final', 'test_wide_kills_s18', 'test_bad_input_messages', 'test_wide_kills_s19', 'test_wide_kills_s20', 'test_out_argument', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/ops/conv_ops.py': ('test_nn_conv', 'test_workspace_poison',
                                        'test_edge_semantics', 'test_mutation_kills_nn', 'test_auto_kills_nn',
                                        'test_wide_kills_nn', 'test_wide_kills_formulas', 'test_wide_kills_hwideF', 'test_wide_kills_s20', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/ops/rnn_ops.py': ('test_nn_rnn', 'test_auto_kills_nn', 'test_wide_kills_final', 'test_parity_registry', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/ops/nn_ops.py': ('test_nn_functional', 'test_edge_semantics',
                                      'test_mutation_kills_nn', 'test_auto_kills_nn', 'test_wide_kills_nn', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/ops/nn_loss_ops.py': ('test_nn_functional', 'test_nn_rest',
                                           'test_mutation_kills_nn', 'test_auto_kills_nn',
                                           'test_wide_kills_nn', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/ops/backend_variable.py': ('test_tensor', 'test_tensor_extras',
                                                'test_mutation_kills_nn', 'test_auto_kills_nn',
                                                'test_wide_kills_nn', 'test_wide_kills_formulas', 'test_wide_kills_frontends', 'test_wide_kills_frontends2',
                                                'test_gradcheck', 'test_wide_kills_hwideG', 'test_wide_kills_hwideH', 'test_wide_kills_s18', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/ops/': ('test_tensor', 'test_tensor_extras', 'test_auto_kills_ops', 'test_wide_kills_ops', 'test_wide_kills_frontends', 'test_wide_kills_frontends2', 'test_wide_kills_s19', 'test_wide_kills_s20', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/autograd/engine.py': ('test_engine', 'test_hooks', 'test_edge_semantics',
                                           'test_saved_values', 'test_auto_kills_nn',
                                           'test_wide_kills_nn', 'test_wide_kills_frontends', 'test_wide_kills_frontends2', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/autograd/': ('test_engine', 'test_function', 'test_hooks',
                                  'test_mutation_kills_nn', 'test_auto_kills_nn', 'test_wide_kills_ops',
                                  'test_wide_kills_nn', 'test_wide_kills_frontends', 'test_wide_kills_frontends2', 'test_wide_kills_final',
                                  'test_variable', 'test_autograd_profiler', 'test_gradcheck', 'test_wide_kills_hwideG',
                                  'test_wide_kills_hwideH', 'test_wide_kills_lead', 'test_wide_kills_s18', 'test_sparse_gradients', 'test_wide_kills_s19', 'test_wide_kills_s20', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/printing.py': ('test_printing',),
    'legacy_autograd/backend_numpy.py': ('test_engine', 'test_auto_kills_nn', 'test_wide_kills_frontends', 'test_wide_kills_frontends2', 'test_wide_kills_s18', 'test_fastpath_oracle', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/_fastpaths.py': ('test_auto_kills_nn', 'test_wide_kills_frontends', 'test_wide_kills_frontends2', 'test_fastpath_oracle', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/tensor.py': ('test_tensor', 'test_tensor_extras', 'test_printing',
                                  'test_mutation_kills_nn', 'test_auto_kills_ops', 'test_wide_kills_ops', 'test_wide_kills_lead', 'test_wide_kills_frontends', 'test_wide_kills_frontends2', 'test_wide_kills_hwideG', 'test_wide_kills_s18', 'test_wide_kills_s19', 'test_wide_kills_s20', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/storage.py': ('test_storage', 'test_storage_views', 'test_mutation_kills_nn', 'test_auto_kills_ops', 'test_wide_kills_ops', 'test_wide_kills_frontends', 'test_wide_kills_frontends2', 'test_wide_kills_s18', 'test_wide_kills_s19', 'test_wide_kills_s20', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/nn/modules/rnn.py': ('test_nn_rnn', 'test_nn_modules', 'test_auto_kills_nn', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/nn/modules/batchnorm.py': ('test_nn_modules', 'test_nn_conv', 'test_mutation_kills_nn',
                                               'test_auto_kills_nn', 'test_wide_kills_nn', 'test_wide_kills_lead',
                                               'test_wide_kills_hwideF', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/nn/modules/normalization.py': ('test_nn_rest', 'test_nn_modules', 'test_auto_kills_nn', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/nn/modules/': ('test_nn_modules', 'test_mutation_kills_nn', 'test_auto_kills_nn',
                                    'test_wide_kills_nn', 'test_wide_kills_lead', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/nn/_backend_functions.py': ('test_nn_backends', 'test_nn_rnn', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/nn/': ('test_nn_functional', 'test_nn_conv', 'test_nn_vision',
                            'test_mutation_kills_nn', 'test_auto_kills_nn', 'test_wide_kills_nn', 'test_wide_kills_lead', 'test_wide_kills_formulas', 'test_wide_kills_s20', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/optim/': ('test_optim', 'test_mutation_kills_nn', 'test_auto_kills_nn', 'test_wide_kills_lead', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/sparse/': ('test_sparse_tensors', 'test_legacy_optim_sparse',
                                'test_sparse_gradients', 'test_wide_kills_lead', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/utils/data/': ('test_data', 'test_wide_kills_lead', 'test_wide_kills_s19', 'test_wide_kills_s20', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/quiet.py': ('test_wide_kills_lead',),
    'legacy_autograd/autograd/_functions/': ('test_function', 'test_auto_kills_nn', 'test_wide_kills_lead', 'test_wide_kills_s19', 'test_wide_kills_s20', 'test_wide_kills_frontends', 'test_wide_kills_frontends2', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/distributions.py': ('test_distributions',),
    'legacy_autograd/dtypes.py': ('test_tensor', 'test_tensor_extras', 'test_auto_kills_ops', 'test_wide_kills_s18', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/size.py': ('test_th_sizes', 'test_auto_kills_ops', 'test_wide_kills_frontends', 'test_wide_kills_frontends2', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/errors.py': ('test_invalid_arguments_format', 'test_bad_input_messages',
                                  'test_indexing', 'test_edge_semantics', 'test_stateless_errors', 'test_wide_kills_s19', 'test_wide_kills_s20', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/rng.py': ('test_rng', 'test_generator_objects', 'test_auto_kills_ops',
                               'test_wide_kills_checkers', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/random.py': ('test_rng', 'test_generator_objects', 'test_auto_kills_ops',
                                  'test_wide_kills_checkers', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/cuda.py': ('test_tensor', 'test_namespace', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/safe_unpickler.py': ('test_load_refusals', 'test_serialization_safety',
                                          'test_serialization_legacy', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/serialization.py': ('test_load_refusals', 'test_serialization_safety',
                                         'test_serialization_legacy', 'test_serialization_nn', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/legacy_format.py': ('test_serialization_legacy', 'test_load_refusals',
                                         'test_wide_kills_checkers', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/save_format.py': ('test_serialization_safety', 'test_serialization_nn',
                                       'test_load_refusals', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/testing/': ('test_strict_comparison', 'test_testing_helpers',
                                 'test_parity_meta', 'test_wide_kills_checkers', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/comparing/': ('test_compare', 'test_wide_kills_checkers', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/compare.py': ('test_compare', 'test_compare_scripts', 'test_raise_texts', 'test_wide_kills_s21', 'test_wide_kills_s22', 'test_wide_kills_s23', 'test_autograd_api_snapshot', 'test_gradcheck_snapshot', 'test_variable_api_snapshot', 'test_partial_requires_grad', 'test_storage_api_snapshot', 'test_tensor_api_snapshot', 'test_creation_api_snapshot', 'test_argument_errors_snapshot'),
    'legacy_autograd/functional.py': ('test_namespace', 'test_wide_kills_checkers'),
}

#: files whose mutants run only their own test files (the op-level parity files do not reach
#: them: printing, the nn kernels)
_NO_PARITY = ('legacy_autograd/printing.py', 'legacy_autograd/ops/conv_ops.py',
              'legacy_autograd/ops/rnn_ops.py', 'legacy_autograd/ops/nn_ops.py',
              'legacy_autograd/ops/nn_loss_ops.py')


def _path(name):
    if '/' in name:
        return name
    return 'compat_tests/%s.py' % name


def subset_for(mutant):
    """The test files (relative paths) of ``mutant``'s subset, in running order: the parity
    files, the files mapped to the mutated file, and the fast-path oracle for fast-path
    mutants."""
    if mutant.tests:
        return [_path(t) for t in mutant.tests]
    files = [] if mutant.file in _NO_PARITY else list(PARITY_FILES)
    for prefix in sorted(TESTS_BY_FILE, key=len, reverse=True):
        if mutant.file.startswith(prefix):
            files += [_path(t) for t in TESTS_BY_FILE[prefix]]
            break
    if mutant.category == 'fast path':
        files.append(ORACLE)
    out = []
    for f in list(ALWAYS) + files:
        if f not in out:
            out.append(f)
    fast = [f for f in out if f in FIRST or f in ALWAYS]      # the quick files first
    return fast + [f for f in out if f not in fast]


def all_test_files(root=REPO):
    return sorted(os.path.relpath(p, root)
                  for p in glob.glob(os.path.join(root, 'compat_tests', 'test_*.py')))


# ----------------------------------------------------------------------------- applying
class MutationError(Exception):
    """The mutant cannot be applied (snippet missing or ambiguous, no-op, syntax error)."""


def apply(source, mutant):
    """``source`` with ``mutant`` applied, or :class:`MutationError`."""
    if mutant.original == mutant.mutated:
        raise MutationError('no-op: the mutated snippet equals the original')
    count = source.count(mutant.original)
    if count == 0:
        raise MutationError('original snippet not found in %s' % mutant.file)
    if mutant.nth is None:
        if count > 1:
            raise MutationError('original snippet occurs %d times in %s (give nth=)'
                                % (count, mutant.file))
        at = source.index(mutant.original)
    else:
        if mutant.nth >= count:
            raise MutationError('nth=%d but the snippet occurs %d times in %s'
                                % (mutant.nth, count, mutant.file))
        at = -1
        for _ in range(mutant.nth + 1):
            at = source.index(mutant.original, at + 1)
    new = source[:at] + mutant.mutated + source[at + len(mutant.original):]
    if mutant.file.endswith('.py'):
        try:
            compile(new, mutant.file, 'exec')
        except SyntaxError as e:
            raise MutationError('mutated file does not compile: %s' % e)
    return new


def check(mutants, root=REPO):
    """{id: error message} for the mutants that cannot be applied to the files under root."""
    errors = {}
    seen = set()
    for m in mutants:
        if m.id in seen:
            errors[m.id] = 'duplicate mutant id'
            continue
        seen.add(m.id)
        path = os.path.join(root, m.file)
        if not os.path.isfile(path):
            errors[m.id] = 'file not found: %s' % m.file
            continue
        with open(path) as f:
            source = f.read()
        try:
            apply(source, m)
        except MutationError as e:
            errors[m.id] = str(e)
    return errors


# ----------------------------------------------------------------------------- workers
_COPY = ('legacy_autograd', 'compat_tests', 'docs', 'tools', 'bench', '.ci', 'README.md',
         'pyproject.toml', 'tox.ini')
_IGNORE = shutil.ignore_patterns('__pycache__', '*.pyc', '.hypothesis', '.pytest_cache')


class Worker(object):
    """A private copy of the repository in which mutants are applied one at a time."""

    def __init__(self, base, index, root=REPO, without=()):
        self.dir = os.path.join(base, 'w%d' % index)
        self.copy = os.path.join(self.dir, 'repo')
        self.pycache = os.path.join(self.dir, 'pycache')
        os.makedirs(self.copy)
        for name in _COPY:
            src = os.path.join(root, name)
            if os.path.isdir(src):
                shutil.copytree(src, os.path.join(self.copy, name), ignore=_IGNORE)
            elif os.path.isfile(src):
                shutil.copy2(src, os.path.join(self.copy, name))
        for rel in without:             # test files left out (e.g. to measure the suite before them)
            path = os.path.join(self.copy, rel)
            if os.path.isfile(path):
                os.remove(path)
        self.env = dict(os.environ)
        self.env['PYTHONPATH'] = self.copy
        self.env['PYTHONPYCACHEPREFIX'] = self.pycache
        self.env.pop('PYTHONSAFEPATH', None)
        self.env.setdefault('HYPOTHESIS_STORAGE_DIRECTORY', os.path.join(self.dir, 'hyp'))

    proc = None
    stopped = False

    def stop(self, interrupt=True):
        """Kill the pytest process this worker started (its own session) and its children;
        ``interrupt``: the campaign is being interrupted (the run gets no verdict)."""
        self.stopped = self.stopped or interrupt
        proc = self.proc
        if proc is not None and proc.poll() is None:
            try:
                os.killpg(proc.pid, 9)
            except OSError:
                pass

    def _drop_bytecode(self, relfile):
        stem = os.path.splitext(os.path.basename(relfile))[0]
        folder = os.path.join(self.pycache, os.path.dirname(os.path.join(self.copy, relfile))
                              .lstrip(os.sep))
        for p in glob.glob(os.path.join(folder, stem + '.*.pyc')):
            os.remove(p)

    def pytest(self, files, timeout):
        """(outcome, seconds, tail of the output): outcome 'passed', 'failed', 'timeout'
        or 'no-tests'."""
        cmd = [sys.executable, '-m', 'pytest', '-x', '-q', '-p', 'no:cacheprovider'] + list(files)
        t0 = time.time()
        proc = subprocess.Popen(cmd, cwd=self.copy, env=self.env, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                start_new_session=True)
        self.proc = proc
        try:
            out, _ = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.stop(interrupt=False)
            out, _ = proc.communicate()
            return 'timeout', time.time() - t0, _tail(out)
        finally:
            self.proc = None
        dt = time.time() - t0
        if proc.returncode < 0 and self.stopped:      # the campaign was interrupted
            raise Interrupted('pytest ended by signal %d' % -proc.returncode)
        if proc.returncode == 0:
            return 'passed', dt, _tail(out)
        if proc.returncode == 5:
            return 'no-tests', dt, _tail(out)
        return 'failed', dt, _tail(out)

    def _unmutated_failure(self, path, source, mutated, detail, timeout):
        """Run the test named in ``detail`` with the original ``source`` restored (the mutated
        text is written back after): ``(None, seconds)`` when it passes there, else
        ``(reason, seconds)`` -- it fails without the mutant, or no test id was reported."""
        node = _failed_node(detail)
        if node is None:
            return 'no failing test id reported', 0.0
        rel = os.path.relpath(path, self.copy)
        try:
            with open(path, 'w') as f:
                f.write(source)
            self._drop_bytecode(rel)
            outcome, dt, _ = self.pytest([node], timeout)
        finally:
            with open(path, 'w') as f:
                f.write(mutated)
            self._drop_bytecode(rel)
        return (None if outcome == 'passed' else 'unmutated: %s' % outcome), dt

    def run(self, mutant, timeout, confirm, root=REPO, new_tests=()):
        """Apply ``mutant`` in the copy, run its subset (and the rest on survival), restore.

        ``new_tests``: test files left out of the subset and of the confirmation (the suite
        "before" them); a survivor is then run against them alone, which gives its status
        "after" them (``res['after']``: ``'killed'`` or ``'survived'``)."""
        path = os.path.join(self.copy, mutant.file)
        with open(path) as f:
            source = f.read()
        res = {'id': mutant.id, 'file': mutant.file, 'category': mutant.category,
               'note': mutant.note, 'equivalent': mutant.equivalent}
        try:
            new = apply(source, mutant)
        except MutationError as e:
            res.update(status='error', detail=str(e), seconds=0.0)
            return res
        subset = subset_for(mutant)
        subset = [f for f in subset if os.path.isfile(os.path.join(self.copy, f))
                  and f not in new_tests]
        res['subset'] = subset
        try:
            with open(path, 'w') as f:
                f.write(new)
            self._drop_bytecode(mutant.file)
            outcome, dt, tail = self.pytest(subset, timeout)
            res['seconds'] = dt
            if outcome == 'failed':
                res.update(status='killed', detail=_first_failure(tail))
            elif outcome == 'timeout':
                res.update(status='timeout', detail='subset ran past %ss' % timeout)
            elif outcome == 'no-tests':
                res.update(status='error', detail='no test collected: ' + tail[-200:])
            else:
                res.update(status='survived', detail='subset passed')
                rest = [f for f in all_test_files(self.copy) if f not in subset
                        and f not in new_tests]
                if confirm and rest:
                    outcome, dt2, tail = self.pytest(rest, max(timeout, 1800))
                    res['seconds'] += dt2
                    res['confirmed'] = True
                    if outcome == 'failed':
                        detail = _first_failure(tail)
                        # the whole suite has no baseline run: a test failing there must be
                        # shown to pass without the mutant, or the "kill" is not the mutant's
                        again = self._unmutated_failure(path, source, new, detail, timeout)
                        res['seconds'] += again[1]
                        if again[0] is None:
                            res.update(status='killed-full', detail=detail)
                        else:
                            res.update(status='error', detail='the whole suite fails without '
                                       'the mutant too (%s): %s' % (again[0], detail))
                    elif outcome == 'timeout':
                        res.update(status='timeout', detail='whole suite ran too long')
                    else:
                        res.update(detail='whole suite passed')
            if new_tests:
                if res['status'] in KILLED:
                    res['after'] = 'killed'
                else:
                    extra = [f for f in new_tests if os.path.isfile(os.path.join(self.copy, f))]
                    outcome, dt3, tail = self.pytest(extra, timeout)
                    res['seconds'] += dt3
                    res['after'] = 'killed' if outcome in ('failed', 'timeout') else 'survived'
                    if outcome in ('failed', 'timeout'):
                        res['after_detail'] = _first_failure(tail)
        finally:
            with open(path, 'w') as f:
                f.write(source)
            self._drop_bytecode(mutant.file)
        return res


def _failed_node(detail):
    """The test id of a ``FAILED path::name - message`` / ``ERROR path`` line, or None."""
    for prefix in ('FAILED ', 'ERROR '):
        if detail.startswith(prefix):
            return detail[len(prefix):].split(' - ')[0].strip() or None
    return None


def _tail(text, n=4000):
    return text[-n:] if text else ''


def _first_failure(tail):
    for line in tail.splitlines():
        if line.startswith(('FAILED', 'ERROR')):
            return line.strip()[:300]
    lines = [l for l in tail.splitlines() if l.strip()]
    return lines[-1][:300] if lines else ''


# ----------------------------------------------------------------------------- campaign
def load_catalogue(spec=None):
    """The mutant list: ``MUTANTS`` of a module path or file (default: the catalogue)."""
    spec = spec or os.path.join(REPO, 'tools', 'mutation_catalogue.py')
    if os.path.isfile(spec):
        s = importlib.util.spec_from_file_location('_mutation_catalogue', spec)
        mod = importlib.util.module_from_spec(s)
        sys.modules['_mutation_catalogue'] = mod
        s.loader.exec_module(mod)
    else:
        mod = importlib.import_module(spec)
    return list(mod.MUTANTS)


def _fingerprint(m):
    return [m.file, m.original, m.mutated]


def carried_kills(mutants, previous, statuses=None):
    """{id: result} of the mutants a previous run killed, for the same edit (``--resume``).

    Tests are only ever added between runs, so a kill stays a kill; a mutant whose edit
    changed, or that survived or failed to apply, runs again."""
    prev = {r['id']: r for r in previous}
    out = {}
    for m in mutants:
        r = prev.get(m.id)
        if r and r['status'] in (statuses or KILLED) and r.get('edit') == _fingerprint(m):
            r = dict(r)
            r['carried'] = True
            r['equivalent'] = m.equivalent      # the catalogue's current argument
            r['note'] = m.note
            if r['status'] in KILLED:
                r['after'] = 'killed'
            out[m.id] = r
    return out


def run_campaign(mutants, jobs=2, timeout=600, confirm=True, baseline=True, root=REPO,
                 log=print, workdir=None, previous=(), progress=None, without=(),
                 carry=None, new_tests=()):
    """Run every mutant; returns the list of result dicts (in catalogue order).

    ``previous``: results of an earlier run whose kills are carried over
    (:func:`carried_kills`); ``progress(results)`` is called after every mutant."""
    base = tempfile.mkdtemp(prefix='mutation-campaign-', dir=workdir)
    try:
        errors = check(mutants, root)
        carried = carried_kills([m for m in mutants if m.id not in errors], previous, carry)
        if not new_tests:               # "after" means something only with --new-tests
            for r in carried.values():
                r.pop('after', None)
                r.pop('after_detail', None)
        runnable = [m for m in mutants if m.id not in errors and m.id not in carried]
        workers = [Worker(base, i, root, without)
                   for i in range(max(1, min(jobs, len(runnable) or 1)))]
        if baseline and runnable:
            files = []
            for m in runnable:
                for f in subset_for(m):
                    if f not in files:
                        files.append(f)
            log('baseline: %d test files on the unmutated copy ...' % len(files))
            outcome, dt, tail = workers[0].pytest(files, max(timeout, 3600))
            log('baseline: %s in %.0fs' % (outcome, dt))
            if outcome != 'passed':
                raise BaselineError('the unmutated suite does not pass: %s' % _first_failure(tail))
        results = dict(carried)
        if carried:
            log('%d results carried over from the previous run' % len(carried))
        for m in mutants:
            if m.id in errors:
                results[m.id] = {'id': m.id, 'file': m.file, 'category': m.category,
                                 'status': 'error', 'detail': errors[m.id], 'seconds': 0.0,
                                 'note': m.note, 'equivalent': m.equivalent}
        queue = collections.deque(runnable)
        lock = threading.Lock()
        done = [0]

        def loop(worker):
            while True:
                with lock:
                    if not queue:
                        return
                    m = queue.popleft()
                try:
                    r = worker.run(m, timeout, confirm, root, new_tests)
                except Interrupted:
                    return
                r['edit'] = _fingerprint(m)
                with lock:
                    results[m.id] = r
                    done[0] += 1
                    if progress is not None:
                        progress([results[k.id] for k in mutants if k.id in results])
                    log('[%3d/%d] %-10s %-24s %5.0fs  %s%s' % (
                        done[0], len(runnable), r['status'], m.id, r.get('seconds', 0),
                        ('after: %s  ' % r['after']) if 'after' in r else '',
                        r.get('detail', '')[:100]))

        threads = [threading.Thread(target=loop, args=(w,), daemon=True) for w in workers]
        for t in threads:
            t.start()
        try:
            for t in threads:
                while t.is_alive():
                    t.join(1.0)
        except BaseException:           # interrupted: stop our pytest processes, then give up
            queue.clear()
            for w in workers:
                w.stop()
            raise
        return [results[m.id] for m in mutants]
    finally:
        shutil.rmtree(base, ignore_errors=True)


class BaselineError(Exception):
    pass


class Interrupted(Exception):
    """A pytest run ended by a signal: no verdict (never recorded as a kill)."""


KILLED = ('killed', 'killed-full', 'timeout')


def summarize(results, after=False):
    """{'by_category': {cat: Counter}, 'killed', 'survived', 'errors', 'equivalent', 'rate'};
    ``after``: the statuses once the new tests are added (``--new-tests``)."""
    by_cat = collections.OrderedDict((c, collections.Counter()) for c in CATEGORIES)
    killed = survived = 0
    for r in results:
        st = r['status']
        if after and st != 'error':
            st = r.get('after', st)
        if r.get('equivalent') and st != 'error':
            by_cat[r['category']]['equivalent'] += 1
            continue
        by_cat[r['category']][st] += 1
        if st in KILLED:
            killed += 1
        elif st == 'survived':
            survived += 1
    total = killed + survived
    return {'by_category': by_cat, 'killed': killed, 'survived': survived,
            'errors': sum(1 for r in results if r['status'] == 'error'),
            'equivalent': sum(1 for r in results if r.get('equivalent') and r['status'] != 'error'),
            'rate': killed / total if total else None}


def report(results):
    s = summarize(results)
    has_after = any('after' in r for r in results)
    a = summarize(results, after=True) if has_after else None
    if has_after:
        lines = ['| category | mutants | killed | survived | killed after | survived after '
                 '| error | equivalent |', '|---|---|---|---|---|---|---|---|']
    else:
        lines = ['| category | mutants | killed | survived | error | equivalent |',
                 '|---|---|---|---|---|---|']
    for cat, c in s['by_category'].items():
        n = sum(c.values())
        if not n:
            continue
        if has_after:
            ca = a['by_category'][cat]
            lines.append('| %s | %d | %d | %d | %d | %d | %d | %d |' % (
                cat, n, sum(c[k] for k in KILLED), c['survived'], sum(ca[k] for k in KILLED),
                ca['survived'], c['error'], c['equivalent']))
        else:
            lines.append('| %s | %d | %d | %d | %d | %d |' % (
                cat, n, sum(c[k] for k in KILLED), c['survived'], c['error'], c['equivalent']))
    lines.append('')
    rate = 'n/a' if s['rate'] is None else '%.1f%%' % (100 * s['rate'])
    lines.append('kill rate: %s (%d killed of %d; %d errors and %d equivalent not counted)'
                 % (rate, s['killed'], s['killed'] + s['survived'], s['errors'], s['equivalent']))
    if has_after:
        rate = 'n/a' if a['rate'] is None else '%.1f%%' % (100 * a['rate'])
        lines.append('kill rate with the new tests: %s (%d killed of %d)'
                     % (rate, a['killed'], a['killed'] + a['survived']))
    surv = [r for r in results if r['status'] == 'survived' and not r.get('equivalent')]
    if surv:
        lines.append('')
        lines.append('survivors%s:' % ('' if all(r.get('confirmed') for r in surv)
                                       else ' (not all confirmed on the whole suite)'))
        for r in surv:
            lines.append('  %s  %s [%s]%s%s %s' % (
                r['id'], r['file'][len('legacy_autograd/'):], r['category'],
                '' if r.get('confirmed') else ' (subset only)',
                {'killed': ' -> killed by the new tests', 'survived': ' -> survives the new tests'}
                .get(r.get('after'), ''), r.get('note', '')))
    eq = [r for r in results if r.get('equivalent') and r['status'] != 'error']
    if eq:
        lines.append('')
        lines.append('argued equivalent:')
        for r in eq:
            lines.append('  %s  %s: %s (%s)' % (r['id'], r['file'], r['equivalent'], r['status']))
    errs = [r for r in results if r['status'] == 'error']
    if errs:
        lines.append('')
        lines.append('errors (not counted):')
        for r in errs:
            lines.append('  %s  %s: %s' % (r['id'], r['file'], r['detail']))
    return '\n'.join(lines)


def _terminate(signum, frame):
    raise KeyboardInterrupt('terminated')


def main(argv=None):
    signal.signal(signal.SIGTERM, _terminate)
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--catalogue', help='module name or file defining MUTANTS')
    ap.add_argument('--only', help='comma-separated mutant ids')
    ap.add_argument('--category', help='comma-separated categories')
    ap.add_argument('--file', help='only mutants of files containing this substring')
    ap.add_argument('--jobs', type=int, default=2, help='worker processes (default 2)')
    ap.add_argument('--timeout', type=float, default=600, help='seconds per subset run')
    ap.add_argument('--no-confirm', action='store_true',
                    help='do not re-run subset survivors against the whole suite')
    ap.add_argument('--no-baseline', action='store_true', help='skip the unmutated run')
    ap.add_argument('--json', help='write the results here (rewritten after every mutant)')
    ap.add_argument('--resume', help='results (--json) of an earlier run: its kills of the same '
                                     'edits are carried over, everything else runs')
    ap.add_argument('--list', action='store_true', help='list the mutants and check them')
    ap.add_argument('--fail-under', type=float, help='exit 1 when the kill rate is below')
    ap.add_argument('--order', help="comma-separated categories to run first (the rest follow "
                                    "in catalogue order), or 'interleave' (one of each category "
                                    "in turn)")
    ap.add_argument('--subset', help='comma-separated test files run for every selected mutant '
                                     'instead of its own subset')
    ap.add_argument('--new-tests', help='comma-separated test files measured apart: left out of '
                                        'every run, then run alone on each survivor ("after")')
    ap.add_argument('--resume-all', action='store_true',
                    help='with --resume, carry over survivors too (the same tests, resumed run)')
    ap.add_argument('--without', help='comma-separated test files to leave out of the copies '
                                      '(to measure the suite as it was before them)')
    ap.add_argument('--workdir', help='where the worker copies go (default: system temp)')
    args = ap.parse_args(argv)
    try:
        mutants = load_catalogue(args.catalogue)
    except Exception as e:          # a broken catalogue is a usage error
        print('cannot load the catalogue: %s' % e, file=sys.stderr)
        return 2
    if args.only:
        ids = set(args.only.split(','))
        unknown = ids - {m.id for m in mutants}
        if unknown:
            print('unknown mutant ids: %s' % ', '.join(sorted(unknown)), file=sys.stderr)
            return 2
        mutants = [m for m in mutants if m.id in ids]
    if args.category:
        cats = set(args.category.split(','))
        mutants = [m for m in mutants if m.category in cats]
    if args.file:
        mutants = [m for m in mutants if args.file in m.file]
    if args.subset:                     # the same test files for every selected mutant
        files = tuple(f for f in args.subset.split(',') if f)
        for m in mutants:
            m.tests = files
    if args.order == 'interleave':      # one of each category in turn: any prefix is a sample
        queues = collections.OrderedDict()
        for m in mutants:
            queues.setdefault(m.category, []).append(m)
        mutants = []
        while any(queues.values()):
            for q in queues.values():
                if q:
                    mutants.append(q.pop(0))
    elif args.order:
        first = [c.strip() for c in args.order.split(',')]
        rank = {c: i for i, c in enumerate(first)}
        mutants = sorted(mutants, key=lambda m: rank.get(m.category, len(first)))
    if args.list:
        errors = check(mutants)
        for m in mutants:
            print('%-26s %-18s %-40s %s' % (m.id, m.category, m.file,
                                            ('ERROR ' + errors[m.id]) if m.id in errors else
                                            ' '.join(os.path.basename(f)[:-3]
                                                     for f in subset_for(m))))
        print('%d mutants, %d errors' % (len(mutants), len(errors)))
        return 0
    previous = ()
    if args.resume:
        with open(args.resume) as f:
            previous = json.load(f)['results']

    def progress(results):
        if args.json:
            with open(args.json + '.tmp', 'w') as f:
                json.dump({'results': results, 'report': None}, f, indent=1)
            os.replace(args.json + '.tmp', args.json)

    try:
        results = run_campaign(mutants, jobs=args.jobs, timeout=args.timeout,
                               confirm=not args.no_confirm, baseline=not args.no_baseline,
                               workdir=args.workdir, previous=previous, progress=progress,
                               without=[w for w in (args.without or '').split(',') if w],
                               carry=('killed', 'killed-full', 'timeout', 'survived')
                               if args.resume_all else None,
                               new_tests=[w for w in (args.new_tests or '').split(',') if w])
    except BaselineError as e:
        print('baseline failed: %s' % e, file=sys.stderr)
        return 2
    text = report(results)
    print()
    print(text)
    if args.json:
        with open(args.json, 'w') as f:
            json.dump({'results': results, 'report': text}, f, indent=1)
    rate = summarize(results)['rate']
    if args.fail_under is not None and (rate is None or rate < args.fail_under):
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
