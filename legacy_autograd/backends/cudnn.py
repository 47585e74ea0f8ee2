"""``torch.backends.cudnn``: accepted settings with no effect (no cuDNN in this shim)."""
enabled = True
benchmark = False
deterministic = False
verbose = False


def is_acceptable(tensor):
    return False


def version():
    return None


def set_flags(_enabled, _benchmark, _deterministic, _verbose):
    """Set the four flags; returns the previous ones (0.3.1)."""
    global enabled, benchmark, deterministic, verbose
    orig_flags = enabled, benchmark, deterministic, verbose
    enabled, benchmark, deterministic, verbose = _enabled, _benchmark, _deterministic, _verbose
    return orig_flags


def flags(enabled=False, benchmark=False, deterministic=False, verbose=False):
    """Context manager: the flags set inside, the previous ones restored after (0.3.1)."""
    import contextlib

    @contextlib.contextmanager
    def _flags():
        orig_flags = set_flags(enabled, benchmark, deterministic, verbose)
        try:
            yield
        finally:
            set_flags(*orig_flags)
    return _flags()
