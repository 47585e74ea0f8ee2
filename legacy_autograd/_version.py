"""Version numbers: this package's own (the ``legacy-autograd`` distribution) and the torch
version it emulates (what ``torch.__version__`` says to old scripts).  Imports nothing."""

#: The package's version; equal to ``version`` in pyproject.toml (compat_tests/test_cli.py checks).
VERSION = '0.1.0'

#: The PyTorch release whose API and printing the package reproduces.
TORCH_VERSION = '0.3.1'
