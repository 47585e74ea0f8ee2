"""``torch.multiprocessing.pool``: the standard library's ``Pool``."""
from multiprocessing import Pool  # noqa: F401

__all__ = ['Pool']
