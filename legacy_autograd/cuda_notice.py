"""The one-time notice that CUDA calls run on the CPU (printed on stderr, never stdout).

It sits below ``tensor`` and ``autograd`` so that their ``.cuda()`` methods can print it without
importing ``legacy_autograd.cuda`` (which builds on tensor and random).
"""
import sys

_state = {'noticed': False}

NOTICE = ('legacy_autograd: CUDA is not available in this shim; '
          '.cuda() and torch.cuda tensors stay on the CPU.\n')


def notice():
    """Print :data:`NOTICE` on stderr, the first time only."""
    if not _state['noticed']:
        _state['noticed'] = True
        try:
            sys.stderr.write(NOTICE)
        except Exception:
            pass
