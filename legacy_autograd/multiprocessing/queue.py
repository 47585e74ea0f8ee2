"""``torch.multiprocessing.queue``: the standard library's ``Queue`` and ``SimpleQueue``."""
from multiprocessing import Queue, SimpleQueue  # noqa: F401

__all__ = ['Queue', 'SimpleQueue']
