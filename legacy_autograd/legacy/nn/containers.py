"""Containers of Lua Torch's nn: ``Container``, ``Sequential``, ``Concat``, ``ConcatTable``,
``ParallelTable``."""
from ...size import Size
from .module import Module, new_tensor


def _typename(cls_name):
    """``torch.typename(self)`` of a 0.3.1 module defined in ``torch/legacy/nn/<Name>.py``."""
    return 'torch.legacy.nn.{0}.{0}'.format(cls_name)


def _branch_repr(head, modules, last):
    """The branching layout ConcatTable/ParallelTable printed: ``|`->`` per child, then ``last``."""
    tab, line = '  ', '\n'
    res = head + ' {' + line + tab + 'input'
    for i, m in enumerate(modules):
        cont = '       ' if i == len(modules) - 1 else '  |    '
        res += line + tab + '  |`-> ' + '(' + str(i) + '): ' + str(m).replace(line, line + tab + cont)
    return res + line + tab + last + 'output' + line + '}'


def _accumulate(total, grad):
    """``total + grad`` for tensors or (nested) lists of them; ``total`` None means first term."""
    if isinstance(grad, list):
        if total is None:
            return [_accumulate(None, g) for g in grad]
        return [_accumulate(t, g) for t, g in zip(total, grad)]
    if total is None:
        return grad.clone()
    return total.add_(grad)


class Container(Module):
    """A module holding child modules in ``self.modules``."""

    def __init__(self, *args):
        super(Container, self).__init__(*args)
        self.modules = []

    def add(self, module):
        self.modules.append(module)
        return self

    def get(self, index):
        return self.modules[index]

    def size(self):
        return len(self.modules)

    def applyToModules(self, func):
        for m in self.modules:
            func(m)

    def zeroGradParameters(self):
        self.applyToModules(lambda m: m.zeroGradParameters())

    def updateParameters(self, learningRate):
        self.applyToModules(lambda m: m.updateParameters(learningRate))

    def training(self):
        self.applyToModules(lambda m: m.training())
        super(Container, self).training()

    def evaluate(self):
        self.applyToModules(lambda m: m.evaluate())
        super(Container, self).evaluate()

    def share(self, mlp, *args):
        for m, other in zip(self.modules, mlp.modules):
            m.share(other, *args)

    def reset(self, stdv=None):
        self.applyToModules(lambda m: m.reset(stdv))

    def parameters(self):
        w, gw = [], []
        for m in self.modules:
            p = m.parameters()
            if p is not None:
                w.extend(p[0])
                gw.extend(p[1])
        if not w:
            return None
        return w, gw

    def clearState(self):
        super(Container, self).clearState()
        for m in self.modules:
            m.clearState()
        return self


class Sequential(Container):
    """Children applied one after the other."""

    def __len__(self):
        return len(self.modules)

    def add(self, module):
        if not self.modules:
            self.gradInput = module.gradInput
        self.modules.append(module)
        self.output = module.output
        return self

    def insert(self, module, index):
        self.modules.insert(index, module)
        self.output = self.modules[-1].output
        self.gradInput = self.modules[0].gradInput

    def remove(self, index=-1):
        del self.modules[index]
        if self.modules:
            self.output = self.modules[-1].output
            self.gradInput = self.modules[0].gradInput
        else:
            self.output = new_tensor()
            self.gradInput = new_tensor()

    def updateOutput(self, input):
        current = input
        for m in self.modules:
            current = m.updateOutput(current)
        self.output = current
        return self.output

    def _pairs_backwards(self):
        # (previous module, module), from the last module down to the second
        return zip(self.modules[-2::-1], self.modules[-1:0:-1])

    def updateGradInput(self, input, gradOutput):
        g = gradOutput
        for prev, cur in self._pairs_backwards():
            g = cur.updateGradInput(prev.output, g)
        self.gradInput = self.modules[0].updateGradInput(input, g)
        return self.gradInput

    def accGradParameters(self, input, gradOutput, scale=1):
        g = gradOutput
        for prev, cur in self._pairs_backwards():
            cur.accGradParameters(prev.output, g, scale)
            g = cur.gradInput
        self.modules[0].accGradParameters(input, g, scale)

    def backward(self, input, gradOutput, scale=1):
        g = gradOutput
        for prev, cur in self._pairs_backwards():
            g = cur.backward(prev.output, g, scale)
        self.gradInput = self.modules[0].backward(input, g, scale)
        return self.gradInput

    def accUpdateGradParameters(self, input, gradOutput, lr):
        g = gradOutput
        for prev, cur in self._pairs_backwards():
            cur.accUpdateGradParameters(prev.output, g, lr)
            g = cur.gradInput
        self.modules[0].accUpdateGradParameters(input, g, lr)

    def __repr__(self):
        tab, line, arrow = '  ', '\n', ' -> '
        res = 'nn.Sequential {' + line + tab + '[input'
        for i in range(len(self.modules)):
            res += arrow + '(' + str(i) + ')'
        res += arrow + 'output]'
        for i, m in enumerate(self.modules):
            res += line + tab + '(' + str(i) + '): ' + str(m).replace(line, line + tab)
        return res + line + '}'


class Concat(Container):
    """Every child gets the same input; their outputs are joined along ``dimension``."""

    def __init__(self, dimension):
        super(Concat, self).__init__()
        self.dimension = dimension

    def updateOutput(self, input):
        outs = [m.updateOutput(input) for m in self.modules]
        size = list(outs[0].size())
        size[self.dimension] = sum(o.size(self.dimension) for o in outs)
        self.output = outs[0].new().resize_(*size)
        offset = 0
        for o in outs:
            n = o.size(self.dimension)
            self.output.narrow(self.dimension, offset, n).copy_(o)
            offset += n
        return self.output

    def _slices(self, gradOutput):
        offset = 0
        for m in self.modules:
            n = m.output.size(self.dimension)
            yield m, gradOutput.narrow(self.dimension, offset, n)
            offset += n

    def _grad(self, input, gradOutput, call):
        total = None
        for m, g in self._slices(gradOutput):
            gi = call(m, g)
            if gi is not None:
                total = _accumulate(total, gi)
        self.gradInput = total if total is not None else input.new().resize_as_(input).zero_()
        return self.gradInput

    def updateGradInput(self, input, gradOutput):
        return self._grad(input, gradOutput, lambda m, g: m.updateGradInput(input, g))

    def backward(self, input, gradOutput, scale=1):
        return self._grad(input, gradOutput, lambda m, g: m.backward(input, g, scale))

    def accGradParameters(self, input, gradOutput, scale=1):
        for m, g in self._slices(gradOutput):
            m.accGradParameters(input, g, scale)

    def accUpdateGradParameters(self, input, gradOutput, lr):
        for m, g in self._slices(gradOutput):
            m.accUpdateGradParameters(input, g, lr)


class ConcatTable(Container):
    """Every child gets the same input; the output is the list of their outputs."""

    def __init__(self):
        super(ConcatTable, self).__init__()
        self.output = []

    def updateOutput(self, input):
        self.output = [m.updateOutput(input) for m in self.modules]
        return self.output

    def _grad(self, call):
        total = None
        for i, m in enumerate(self.modules):
            total = _accumulate(total, call(m, i))
        self.gradInput = total
        return self.gradInput

    def updateGradInput(self, input, gradOutput):
        return self._grad(lambda m, i: m.updateGradInput(input, gradOutput[i]))

    def backward(self, input, gradOutput, scale=1):
        return self._grad(lambda m, i: m.backward(input, gradOutput[i], scale))

    def accGradParameters(self, input, gradOutput, scale=1):
        for i, m in enumerate(self.modules):
            m.accGradParameters(input, gradOutput[i], scale)

    def accUpdateGradParameters(self, input, gradOutput, lr):
        for i, m in enumerate(self.modules):
            m.accUpdateGradParameters(input, gradOutput[i], lr)

    def __repr__(self):
        return _branch_repr(_typename('ConcatTable'), self.modules, '   +. -> ')


class ParallelTable(Container):
    """Child ``i`` gets ``input[i]``; the output is the list of their outputs."""

    def __init__(self):
        super(ParallelTable, self).__init__()
        self.output = []
        self.gradInput = []

    def updateOutput(self, input):
        self.output = [m.updateOutput(input[i]) for i, m in enumerate(self.modules)]
        return self.output

    def updateGradInput(self, input, gradOutput):
        self.gradInput = [m.updateGradInput(input[i], gradOutput[i]) for i, m in enumerate(self.modules)]
        return self.gradInput

    def backward(self, input, gradOutput, scale=1):
        self.gradInput = [m.backward(input[i], gradOutput[i], scale) for i, m in enumerate(self.modules)]
        return self.gradInput

    def accGradParameters(self, input, gradOutput, scale=1):
        for i, m in enumerate(self.modules):
            m.accGradParameters(input[i], gradOutput[i], scale)

    def accUpdateGradParameters(self, input, gradOutput, lr=1):
        for i, m in enumerate(self.modules):
            m.accUpdateGradParameters(input[i], gradOutput[i], lr)

    def __repr__(self):
        return _branch_repr(_typename('ParallelTable'), self.modules, '   ... -> ')


class Parallel(Container):
    """Child ``i`` gets slice ``i`` of the input along ``inputDimension``; their outputs are joined
    along ``outputDimension``."""

    def __init__(self, inputDimension, outputDimension):
        super(Parallel, self).__init__()
        self.inputDimension = inputDimension
        self.outputDimension = outputDimension
        self.totalOutputSize = None

    def updateOutput(self, input):
        outs = [self.modules[i].updateOutput(input.select(self.inputDimension, i))
                for i in range(input.size(self.inputDimension))]
        size = list(outs[0].size())
        size[self.outputDimension] = sum(o.size(self.outputDimension) for o in outs)
        self.totalOutputSize = Size(size)
        self.output = outs[0].new().resize_(self.totalOutputSize)
        offset = 0
        for o in outs:
            n = o.size(self.outputDimension)
            self.output.narrow(self.outputDimension, offset, n).copy_(o)
            offset += n
        return self.output

    def _slices(self, input, gradOutput):
        offset = 0
        for i in range(input.size(self.inputDimension)):
            m = self.modules[i]
            n = m.output.size(self.outputDimension)
            yield (i, m, input.select(self.inputDimension, i),
                   gradOutput.narrow(self.outputDimension, offset, n))
            offset += n

    def updateGradInput(self, input, gradOutput):
        self.gradInput = input.new().resize_as_(input)
        for i, m, x, g in self._slices(input, gradOutput):
            self.gradInput.select(self.inputDimension, i).copy_(m.updateGradInput(x, g))
        return self.gradInput

    def accGradParameters(self, input, gradOutput, scale=1):
        for i, m, x, g in self._slices(input, gradOutput):
            m.accGradParameters(x, g, scale)

    def accUpdateGradParameters(self, input, gradOutput, lr):
        for i, m, x, g in self._slices(input, gradOutput):
            m.accUpdateGradParameters(x, g, lr)

    def __repr__(self):
        return _branch_repr(_typename('Parallel'), self.modules, '   ... -> ')


class DepthConcat(Concat):
    """Concat whose children's outputs may differ in the other dimensions: the output takes the
    largest size in each and centres the smaller outputs in zero padding."""

    def _window(self, output, child_output, offset):
        window = output.narrow(self.dimension, offset, child_output.size(self.dimension))
        for dim in range(len(self.outputSize)):
            size = child_output.size(dim)
            if dim != self.dimension and self.outputSize[dim] != size:
                window = window.narrow(dim, (self.outputSize[dim] - size) // 2, size)
        return window

    windowNarrow = _window

    def updateOutput(self, input):
        outs = [m.updateOutput(input) for m in self.modules]
        size = list(outs[0].size())
        for o in outs[1:]:
            size[self.dimension] += o.size(self.dimension)
            for dim in range(len(size)):
                if dim != self.dimension:
                    size[dim] = max(size[dim], o.size(dim))
        self.outputSize = Size(size)
        self.output = outs[0].new().resize_(self.outputSize).zero_()
        offset = 0
        for o in outs:
            self._window(self.output, o, offset).copy_(o)
            offset += o.size(self.dimension)
        return self.output

    def _slices(self, gradOutput):
        offset = 0
        for m in self.modules:
            yield m, self._window(gradOutput, m.output, offset)
            offset += m.output.size(self.dimension)
