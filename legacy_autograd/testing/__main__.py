"""``python -m legacy_autograd.testing --update docs/parity.md``: regenerate the parity table."""
import sys

from .report import main

sys.exit(main())
