"""Modules on tables (lists) of tensors: ``CAddTable``, ``CSubTable``, ``CMulTable``, ``CDivTable``,
``JoinTable``, ``DotProduct``, ``MM``."""
from ...ops.shape import cat as _cat
from .module import AutogradModule


class _Table(AutogradModule):
    _table_input = True

    def __init__(self):
        super(_Table, self).__init__()
        self.gradInput = []


class CAddTable(_Table):
    def __init__(self, inplace=False):
        super(CAddTable, self).__init__()
        self.inplace = inplace

    def _compute(self, xs, p):
        out = xs[0]
        for x in xs[1:]:
            out = out + x
        return out


class CSubTable(_Table):
    def _compute(self, xs, p):
        return xs[0] - xs[1]


class CMulTable(_Table):
    def _compute(self, xs, p):
        out = xs[0]
        for x in xs[1:]:
            out = out * x
        return out


class CDivTable(_Table):
    def _compute(self, xs, p):
        return xs[0] / xs[1]


class JoinTable(_Table):
    """The tensors of the table joined along ``dimension`` (negative counts from the end)."""

    def __init__(self, dimension):
        super(JoinTable, self).__init__()
        self.dimension = dimension

    def _compute(self, xs, p):
        d = self.dimension if self.dimension >= 0 else xs[0].dim() + self.dimension
        return _cat(list(xs), d)


class DotProduct(_Table):
    """Row-wise dot products of two 2-D tensors (a 1-D result)."""

    def _compute(self, xs, p):
        return (xs[0] * xs[1]).sum(1, keepdim=True).view(xs[0].size(0))


class MM(_Table):
    """Matrix product of a table of two matrices (or two batches of them), optionally transposed."""

    def __init__(self, transA=False, transB=False):
        super(MM, self).__init__()
        self.transA = transA
        self.transB = transB

    def _compute(self, xs, p):
        a, b = xs
        assert a.dim() in (2, 3) and a.dim() == b.dim()
        if a.dim() == 2:
            a = a.t() if self.transA else a
            b = b.t() if self.transB else b
            return a.mm(b)
        a = a.transpose(1, 2) if self.transA else a
        b = b.transpose(1, 2) if self.transB else b
        return a.bmm(b)
