"""Modules on tables (lists) of tensors: ``CAddTable``, ``CSubTable``, ``CMulTable``, ``CDivTable``,
``JoinTable``, ``DotProduct``, ``MM``, and the table plumbing ``FlattenTable``, ``NarrowTable``,
``SelectTable``, ``SplitTable``."""
from ...ops.shape import cat as _cat
from .module import AutogradModule, Module


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


class FlattenTable(Module):
    """A nested table flattened to one list (depth first); the mapping is rebuilt only when
    the nesting or the tensors of the input change."""

    def __init__(self):
        super(FlattenTable, self).__init__()
        self.output = []
        self.input_map = []
        self.gradInput = []

    def _flatten(self, out, input):
        if isinstance(input, list):
            return [self._flatten(out, x) for x in input]
        out.append(input)
        return len(out) - 1

    def _same(self, flat, input, input_map):
        if isinstance(input, list):
            if not isinstance(input_map, list) or len(input) != len(input_map):
                return False
            return all(self._same(flat, x, m) for x, m in zip(input, input_map))
        return not isinstance(input_map, list) and input_map < len(flat) and flat[input_map] is input

    def _unflatten(self, flat, input_map):
        if isinstance(input_map, list):
            return [self._unflatten(flat, m) for m in input_map]
        return flat[input_map]

    def updateOutput(self, input):
        assert isinstance(input, list)
        if not self._same(self.output, input, self.input_map):
            self.output = []
            self.input_map = self._flatten(self.output, input)
        return self.output

    def updateGradInput(self, input, gradOutput):
        assert isinstance(input, list)
        assert isinstance(gradOutput, list)
        if not self._same(gradOutput, self.gradInput, self.input_map):
            self.gradInput = self._unflatten(gradOutput, self.input_map)
        return self.gradInput

    def type(self, type=None, tensorCache=None):
        if not type:
            return self._type
        self.clearState()

    def clearState(self):
        self.input_map = []
        return super(FlattenTable, self).clearState()


class NarrowTable(Module):
    """Entries ``offset .. offset + length - 1`` of the input table."""

    def __init__(self, offset, length=1):
        super(NarrowTable, self).__init__()
        self.offset = offset
        self.length = length
        self.output = []
        self.gradInput = []

    def updateOutput(self, input):
        self.output = [input[self.offset + i] for i in range(self.length)]
        return self.output

    def updateGradInput(self, input, gradOutput):
        assert len(gradOutput) == self.length
        grads = []
        for i, x in enumerate(input):
            if self.offset <= i < self.offset + self.length:
                grads.append(gradOutput[i - self.offset])
            else:
                grads.append(_zeros_like_nested(x))
        self.gradInput = grads
        return self.gradInput

    def type(self, type=None, tensorCache=None):
        if not type:
            return self._type
        self.output, self.gradInput = [], []
        return super(NarrowTable, self).type(type, tensorCache)


def _zeros_like_nested(x):
    if isinstance(x, list):
        return [_zeros_like_nested(v) for v in x]
    return x.new().resize_as_(x).zero_()


def _copy_nested(x):
    if isinstance(x, list):
        return [_copy_nested(v) for v in x]
    return x.clone()


class SelectTable(Module):
    """Entry ``index`` of the input table (negative counts from the end)."""

    def __init__(self, index):
        super(SelectTable, self).__init__()
        self.index = index
        self.gradInput = []

    def _position(self, input):
        return self.index if self.index >= 0 else len(input) + self.index

    def updateOutput(self, input):
        index = self._position(input)
        assert len(input) > index
        self.output = input[index]
        return self.output

    def updateGradInput(self, input, gradOutput):
        grads = [_zeros_like_nested(x) for x in input]
        grads[self._position(input)] = _copy_nested(gradOutput)
        self.gradInput = grads
        return self.gradInput

    def type(self, type=None, tensorCache=None):
        self.gradInput = []
        if isinstance(self.output, list):
            self.output = []
        return super(SelectTable, self).type(type, tensorCache)

    def __repr__(self):
        return super(SelectTable, self).__repr__() + '({})'.format(self.index)

    def clearState(self):
        self.gradInput = []
        return self


class SplitTable(Module):
    """The slices of the input along ``dimension``, as a list (negative counts from the end)."""

    def __init__(self, dimension):
        super(SplitTable, self).__init__()
        self.dimension = dimension

    def _dim(self, input):
        return self.dimension if self.dimension >= 0 else input.dim() + self.dimension

    def updateOutput(self, input):
        d = self._dim(input)
        self.output = [input.select(d, i) for i in range(input.size(d))]
        return self.output

    def updateGradInput(self, input, gradOutput):
        if self.gradInput is None:
            return None
        d = self._dim(input)
        self.gradInput = input.new().resize_as_(input)
        for i in range(input.size(d)):
            self.gradInput.select(d, i).copy_(gradOutput[i])
        return self.gradInput
