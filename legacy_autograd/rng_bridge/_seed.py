"""The seed both sides of ``compare`` start from (no torch import here).

``LEGACY_AUTOGRAD_SEED`` (an integer) seeds the 0.3 generator before the script
runs: the shim's runner (``legacy-autograd run``) reads it for the old side and
``python -m legacy_autograd.rng_bridge`` for the modern side.  A script that calls
``torch.manual_seed`` itself reseeds as usual; the variable only decides what an
unseeded script draws (0.3 seeded from ``/dev/urandom``, so without it every run
differs).  The same seed also seeds Python's ``random`` and ``numpy.random``
(:func:`seed_other_generators`) on both sides, so scripts that draw their data or
choices from those agree too (a script that seeds them itself reseeds as usual).
"""
import os

SEED_ENV = 'LEGACY_AUTOGRAD_SEED'


def env_seed(environ=None):
    """The integer in ``LEGACY_AUTOGRAD_SEED``, or None when it is unset or empty.

    Raises ``ValueError`` naming the variable when it holds something else.
    """
    value = (os.environ if environ is None else environ).get(SEED_ENV, '').strip()
    if not value:
        return None
    try:
        return int(value, 0)
    except ValueError:
        raise ValueError('%s must be an integer seed, got %r' % (SEED_ENV, value)) from None


def seed_other_generators(seed):
    """Seed Python's ``random`` and ``numpy.random`` with ``seed`` (both sides of ``compare``
    run the same Python and numpy, so they then draw the same streams)."""
    import random
    random.seed(seed)
    try:
        import numpy
    except ImportError:
        return
    numpy.random.seed(seed % 2 ** 32)
