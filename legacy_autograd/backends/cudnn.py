"""``torch.backends.cudnn``: accepted settings with no effect (no cuDNN in this shim)."""
enabled = True
benchmark = False
deterministic = False
verbose = False


def is_acceptable(tensor):
    return False


def version():
    return None
