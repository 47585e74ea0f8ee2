"""``torch.Size``: a tuple of ints with the 0.3 repr."""
import operator

from . import errors


def _int(s):
    """An item as 0.3.1's ``THPUtils_checkLong`` took it: an int, not a bool (numpy integers
    are taken too, as everywhere in the package)."""
    if type(s) is bool:
        raise TypeError
    return operator.index(s)


class _SizeMeta(type):
    def __repr__(cls):
        return "<class 'torch.Size'>"


class Size(tuple, metaclass=_SizeMeta):
    """Sizes of a tensor; ``repr(torch.Size([2, 3]))`` is ``'torch.Size([2, 3])'``."""
    __slots__ = ()

    def __new__(cls, sizes=()):
        if type(sizes) is not tuple and type(sizes) is not list:
            sizes = tuple(sizes)        # once: a generator is read a single time
        try:
            return tuple.__new__(cls, [s if type(s) is int else _int(s) for s in sizes])
        except TypeError:
            pass
        for i, s in enumerate(sizes):       # 0.3's message names the first non-int item
            try:
                _int(s)
            except TypeError:
                raise TypeError("torch.Size() takes an iterable of 'int' (item %d is '%s')"
                                % (i, type(s).__name__)) from None
        raise TypeError("torch.Size() takes an iterable of 'int'")

    def __repr__(self):
        return 'torch.Size([%s])' % ', '.join(str(s) for s in self)

    __str__ = __repr__

    def __getitem__(self, item):
        result = tuple.__getitem__(self, item)
        if isinstance(item, slice):
            return Size(result)
        return result

    def __add__(self, other):
        # 0.3.1 wrapped tuple's own concatenation: a tuple (or Size) on the right only, and
        # ``tuple + Size`` stays a tuple (Size had no reflected form)
        return Size(tuple.__add__(self, other))

    def __mul__(self, n):
        return Size(tuple.__mul__(self, n))

    __rmul__ = __mul__

    def numel(self):
        n = 1
        for s in self:
            n *= s
        return n

    def __reduce__(self):
        return (Size, (tuple(self),))


Size.__module__ = 'legacy_autograd'


def th_sizes(sizes):
    """The sizes a 0.3.1 tensor gets when created or resized to ``sizes``.

    0.3.1's TH made and resized every tensor through ``THTensor_(resizeNd)``, which keeps the
    sizes up to the first one that is not positive and drops it and everything after it: a
    ``(6, -1, 3)`` request gives a tensor of size ``(6,)``, ``(2, 0, 3)`` one of size ``(2,)``
    and ``(0, 3)`` the empty tensor (no dimensions).  No error is raised."""
    for i, s in enumerate(sizes):
        if s <= 0:
            return tuple(sizes[:i])
    return tuple(sizes)


def broadcast_shapes(sa, sb, th=False):
    """Broadcast result shape, or the 0.3 'The size of tensor a ...' error (``th``: TH's text,
    see :func:`errors.broadcast_error`)."""
    if sa == sb:
        return sa
    na, nb = len(sa), len(sb)
    n = max(na, nb)
    out = [0] * n
    for i in range(n - 1, -1, -1):     # TH/ATen check from the last dimension
        da = sa[i - n + na] if i - n + na >= 0 else 1
        db = sb[i - n + nb] if i - n + nb >= 0 else 1
        if da == db or db == 1:
            out[i] = da
        elif da == 1:
            out[i] = db
        else:
            raise errors.broadcast_error(da, db, i, th)
    return tuple(out)
