"""Modules that pass values through unchanged or only reshape them: ``Identity``, ``Copy``,
``Contiguous``, ``Reshape``, ``View``."""
from ...size import Size
from .module import Module


def _size_of(args):
    if len(args) == 1 and isinstance(args[0], (Size, tuple, list)):
        return Size(args[0])
    return Size(args)


class Identity(Module):
    """Output is the input itself; gradInput is gradOutput itself."""

    def updateOutput(self, input):
        self.output = input
        return self.output

    def updateGradInput(self, input, gradOutput):
        self.gradInput = gradOutput
        return self.gradInput

    def clearState(self):
        return self


class Copy(Module):
    """Copies the input into a tensor of ``outtype`` (and gradOutput into one of ``intype``)."""

    def __init__(self, intype, outtype, dontCast=False):
        self.dontCast = dontCast
        super(Copy, self).__init__()
        self.gradInput = intype()
        self.output = outtype()

    def updateOutput(self, input):
        self.output.resize_(input.size()).copy_(input)
        return self.output

    def updateGradInput(self, input, gradOutput):
        self.gradInput.resize_(gradOutput.size()).copy_(gradOutput)
        return self.gradInput

    def type(self, type=None, tensorCache=None):
        if type and self.dontCast:
            return self
        return super(Copy, self).type(type, tensorCache)


class Contiguous(Module):
    """A contiguous copy of the input (the input itself when already contiguous)."""

    def updateOutput(self, input):
        self.output = input if input.is_contiguous() else input.clone()
        return self.output

    def updateGradInput(self, input, gradOutput):
        self.gradInput = gradOutput if gradOutput.is_contiguous() else gradOutput.clone()
        return self.gradInput


class Reshape(Module):
    """Views each input as ``(batch size,) + size`` (0.3.1 always kept the first dimension)."""

    def __init__(self, *args):
        super(Reshape, self).__init__()
        self.size = _size_of(args)
        self.nelement = 1
        for s in self.size:
            self.nelement *= s

    def updateOutput(self, input):
        x = input if input.is_contiguous() else input.contiguous()
        self.output = x.view(Size([x.size(0)] + list(self.size)))
        return self.output

    def updateGradInput(self, input, gradOutput):
        g = gradOutput if gradOutput.is_contiguous() else gradOutput.contiguous()
        self.gradInput = g.view_as(input)
        return self.gradInput

    def __repr__(self):
        return super(Reshape, self).__repr__() + '({})'.format('x'.join(str(s) for s in self.size))


class View(Module):
    """``input.view(size)``; one entry of ``size`` may be -1 (inferred)."""

    def __init__(self, *args):
        super(View, self).__init__()
        self.resetSize(*args)

    def resetSize(self, *args):
        self.size = _size_of(args)
        self.numElements = 1
        inferred = False
        for s in self.size:
            if s >= 0:
                self.numElements *= s
            else:
                assert s == -1
                assert not inferred
                inferred = True
        return self

    def updateOutput(self, input):
        self.output = input.view(self.size)
        return self.output

    def updateGradInput(self, input, gradOutput):
        self.gradInput = gradOutput.contiguous().view(input.size())
        return self.gradInput

    def __repr__(self):
        return super(View, self).__repr__() + '({})'.format(', '.join(str(s) for s in self.size))
