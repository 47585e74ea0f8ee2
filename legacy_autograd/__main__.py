"""``python -m legacy_autograd run SCRIPT [ARGS...]``."""

import sys

from .cli import main

if __name__ == '__main__':
    sys.exit(main(prog='python -m legacy_autograd'))
