"""``Module``: the Lua Torch module base class, as 0.3.1's ``torch.legacy.nn`` carried it.

A module keeps its last result in ``output`` and its last input gradient in ``gradInput``;
parameters are plain tensors ``weight``/``bias`` with gradient accumulators ``gradWeight``/``gradBias``.
"""
from ...tensor import default_tensor_type
from ...autograd import Variable, grad as _autograd_grad


def new_tensor():
    """An empty tensor of the default tensor type."""
    return default_tensor_type()()


def _convert(obj, type_name, cache):
    """``obj`` with every tensor in it (lists, dicts, nested modules) converted to ``type_name``."""
    if isinstance(obj, (Module,)) or hasattr(obj, 'updateOutput'):
        obj.type(type_name, cache)
        return obj
    if isinstance(obj, list):
        return [_convert(o, type_name, cache) for o in obj]
    if isinstance(obj, tuple):
        return tuple(_convert(o, type_name, cache) for o in obj)
    if isinstance(obj, dict):
        return {k: _convert(v, type_name, cache) for k, v in obj.items()}
    if hasattr(obj, 'type') and hasattr(obj, 'storage') and callable(obj.type):
        key = id(obj)
        if key not in cache:
            cache[key] = obj if obj.type() == type_name else _convert_tensor(obj, type_name, cache)
        return cache[key]
    return obj


def _convert_tensor(t, type_name, cache):
    """``t`` as ``type_name``; tensors over one storage (flattenParameters' views) are
    converted through one converted storage, so they still share memory afterwards."""
    storage = t.storage()
    if storage is None or t.nelement() == 0:
        return t.type(type_name)
    key = ('storage', storage._cdata)
    if key not in cache:
        cache[key] = t.new().set_(storage).type(type_name).storage()
    converted = cache[key]
    out = t.new().type(type_name)
    return out.set_(converted, t.storage_offset(), t.size(), t.stride())


class Module(object):
    """Base class: ``forward = updateOutput``, ``backward = updateGradInput + accGradParameters``."""

    def __init__(self):
        self.gradInput = new_tensor()
        self.output = new_tensor()
        self._type = self.output.type()

    def __repr__(self):
        return 'nn.' + self.__class__.__name__

    def parameters(self):
        weight = getattr(self, 'weight', None)
        bias = getattr(self, 'bias', None)
        params = [p for p in (weight, bias) if p is not None]
        grads = [g for p, g in ((weight, getattr(self, 'gradWeight', None)),
                                (bias, getattr(self, 'gradBias', None))) if p is not None]
        if not params:
            return None
        return params, grads

    def updateOutput(self, input):
        return self.output

    def forward(self, input):
        return self.updateOutput(input)

    def backward(self, input, gradOutput, scale=1):
        self.updateGradInput(input, gradOutput)
        self.accGradParameters(input, gradOutput, scale)
        return self.gradInput

    def backwardUpdate(self, input, gradOutput, lr):
        self.updateGradInput(input, gradOutput)
        self.accUpdateGradParameters(input, gradOutput, lr)
        return self.gradInput

    def updateGradInput(self, input, gradOutput):
        return self.gradInput

    def accGradParameters(self, input, gradOutput, scale=1):
        pass

    def accUpdateGradParameters(self, input, gradOutput, lr):
        # accumulate straight into the parameters: the gradient buffers stand in for them
        saved = (getattr(self, 'gradWeight', None), getattr(self, 'gradBias', None))
        if getattr(self, 'weight', None) is not None:
            self.gradWeight = self.weight
        if getattr(self, 'bias', None) is not None:
            self.gradBias = self.bias
        self.accGradParameters(input, gradOutput, -lr)
        if getattr(self, 'weight', None) is not None:
            self.gradWeight = saved[0]
        if getattr(self, 'bias', None) is not None:
            self.gradBias = saved[1]

    def sharedAccUpdateGradParameters(self, input, gradOutput, lr):
        if self.parameters():
            self.zeroGradParameters()
            self.accGradParameters(input, gradOutput, 1)
            self.updateParameters(lr)

    def zeroGradParameters(self):
        params = self.parameters()
        if params is not None:
            for g in params[1]:
                g.zero_()

    def updateParameters(self, learningRate):
        params = self.parameters()
        if params is not None:
            for p, g in zip(*params):
                p.add_(-learningRate, g)

    def training(self):
        self.train = True

    def evaluate(self):
        self.train = False

    def share(self, mlp, *args):
        raise NotImplementedError

    def clone(self, *args):
        raise NotImplementedError

    def type(self, type=None, tensorCache=None):
        if type is None:
            return self._type
        cache = tensorCache if tensorCache is not None else {}
        for key, value in list(self.__dict__.items()):
            setattr(self, key, _convert(value, type, cache))
        self._type = type
        return self

    def float(self, *args):
        return self.type('torch.FloatTensor', *args)

    def double(self, *args):
        return self.type('torch.DoubleTensor', *args)

    def cuda(self, *args):
        return self.type('torch.cuda.FloatTensor', *args)

    def reset(self):
        pass

    def write(self, f):
        raise NotImplementedError

    def read(self, f):
        raise NotImplementedError

    def flattenParameters(self):
        """Moves every parameter (and every gradient) into one contiguous 1-D tensor, leaving
        the module's tensors as views of it; returns ``(parameters, gradParameters)``."""
        params = self.parameters()
        if params is None:
            return None
        p, g = _flatten(params[0]), _flatten(params[1])
        assert p.nelement() == g.nelement()
        for param, grad in zip(*params):
            assert param.storage_offset() == grad.storage_offset()
        return p, g

    def apply(self, callback):
        callback(self)
        for m in getattr(self, 'modules', ()):
            m.apply(callback)

    def findModules(self, cls, container=None):
        nodes, containers = [], []
        if isinstance(self, cls):
            nodes.append(self)
            containers.append(container)
        for child in getattr(self, 'modules', ()):
            n, c = child.findModules(cls, self)
            nodes.extend(n)
            containers.extend(c)
        return nodes, containers

    def listModules(self):
        found = [self]
        for child in getattr(self, 'modules', ()):
            found.extend(child.listModules())
        return found

    def clearState(self):
        for name in ('output', 'gradInput'):
            value = getattr(self, name, None)
            if isinstance(value, list):
                setattr(self, name, [])
            elif value is not None and hasattr(value, 'set_'):
                value.set_()
        return self

    def replace(self, callback):
        out = callback(self)
        mods = getattr(self, 'modules', None)
        if mods is not None:
            for i, m in enumerate(mods):
                mods[i] = m.replace(callback)
        return out


def _flatten(tensors):
    """One 1-D tensor holding the values of ``tensors``, which become views of it (a tensor
    listed twice, or two sharing a storage region, keep sharing)."""
    if not tensors:
        return new_tensor()
    regions = {}                       # (storage id, offset) -> offset in the flat tensor
    total = 0
    order = []
    for t in tensors:
        key = (id(t), )
        if key in regions:
            continue
        regions[key] = total
        order.append(t)
        total += t.nelement()
    flat = tensors[0].new().resize_(total)
    for t in order:
        off = regions[(id(t), )]
        flat.narrow(0, off, t.nelement()).copy_(t.contiguous().view(-1))
    storage = flat.storage()
    for t in order:
        off = regions[(id(t), )]
        size = t.size()
        t.set_(storage, off, size)
    return flat


def _as_var(t, requires_grad=False):
    return Variable(t, requires_grad=requires_grad)


class AutogradModule(Module):
    """A module whose forward is ``self._compute(inputs, params)`` on Variables (our functional ops);
    gradients come from our autograd engine.  ``inputs`` is a list when the module takes a table."""

    _table_input = False

    def _param_names(self):
        return [n for n in ('weight', 'bias') if getattr(self, n, None) is not None]

    def _inputs(self, input):
        return list(input) if self._table_input else [input]

    def _run(self, input, inputs_grad, params_grad):
        ins = [_as_var(t, inputs_grad) for t in self._inputs(input)]
        params = {n: _as_var(getattr(self, n), params_grad) for n in self._param_names()}
        return ins, params, self._compute(ins if self._table_input else ins[0], params)

    def updateOutput(self, input):
        _, _, out = self._run(input, False, False)
        self.output = out.data
        return self.output

    def _check_backward(self, input, gradOutput):
        """Argument checks before any gradient is computed (none by default)."""

    def _set_grad_input(self, input, grads):
        grads = [g.data if g is not None else t.new().resize_as_(t).zero_()
                 for g, t in zip(grads, self._inputs(input))]
        self.gradInput = grads if self._table_input else grads[0]
        return self.gradInput

    def _grad_buffers(self):
        """[(parameter name, gradient buffer)]; no buffer (accUpdateOnly): nothing accumulates."""
        found = []
        for n in self._param_names():
            buf = getattr(self, 'grad' + n[0].upper() + n[1:], None)
            if buf is not None:
                found.append((n, buf))
        return found

    def updateGradInput(self, input, gradOutput):
        if self.gradInput is None:
            return None
        self._check_backward(input, gradOutput)
        ins, _, out = self._run(input, True, False)
        return self._set_grad_input(input, _autograd_grad([out], ins, [gradOutput], allow_unused=True))

    def accGradParameters(self, input, gradOutput, scale=1):
        buffers = self._grad_buffers()
        if not buffers:
            return
        self._check_backward(input, gradOutput)
        _, params, out = self._run(input, False, True)
        grads = _autograd_grad([out], [params[n] for n, _ in buffers], [gradOutput], allow_unused=True)
        for (n, buf), g in zip(buffers, grads):
            if g is not None:
                buf.add_(scale, g.data)

    def backward(self, input, gradOutput, scale=1):
        cls = type(self)
        if (cls.updateGradInput is not AutogradModule.updateGradInput
                or cls.accGradParameters is not AutogradModule.accGradParameters
                or self.gradInput is None):
            return super(AutogradModule, self).backward(input, gradOutput, scale)
        # both gradients from one forward run
        self._check_backward(input, gradOutput)
        buffers = self._grad_buffers()
        ins, params, out = self._run(input, True, bool(buffers))
        grads = _autograd_grad([out], ins + [params[n] for n, _ in buffers], [gradOutput],
                               allow_unused=True)
        for (n, buf), g in zip(buffers, grads[len(ins):]):
            if g is not None:
                buf.add_(scale, g.data)
        return self._set_grad_input(input, grads[:len(ins)])
