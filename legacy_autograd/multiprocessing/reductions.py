"""``torch.multiprocessing.reductions``: 0.3.1 registered shared-memory pickling of tensors
and storages here.  Tensors of this package pickle by value (their own ``__reduce__``), so
there is nothing to register; ``init_reductions`` is kept for code that calls it."""

__all__ = ['init_reductions']


def init_reductions():
    """Nothing to register (tensors travel between processes as pickled copies)."""
