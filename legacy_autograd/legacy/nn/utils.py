"""``torch.legacy.nn.utils``: helpers the Lua-style modules share for nested tables (lists) of
tensors, and ``clear`` for dropping buffers in ``clearState``."""
from ...tensor import is_tensor


def _describe(*objs):
    return ' and '.join(type(o).__name__ for o in objs)


def recursiveType(param, type, tensorCache=None):
    """``param`` (a tensor, module, criterion or nested list of them) converted to ``type``;
    tensors seen before (``tensorCache``, keyed by identity) are converted once."""
    from .module import Module
    from .criterions import Criterion
    cache = tensorCache if tensorCache is not None else {}
    if isinstance(param, list):
        for i, p in enumerate(param):
            param[i] = recursiveType(p, type, cache)
    elif isinstance(param, (Module, Criterion)):
        param.type(type, cache)
    elif is_tensor(param) and param.type() != type:
        key = id(param)
        if key not in cache:
            cache[key] = param.type(type)
        param = cache[key]
    return param


def recursiveResizeAs(t1, t2):
    """``(t1 resized like t2, t2)``, through nested lists (missing entries are created)."""
    if isinstance(t2, list):
        t1 = t1 if isinstance(t1, list) else [t1]
        t1 = t1 + [None] * (len(t2) - len(t1))
        for i in range(len(t2)):
            t1[i], t2[i] = recursiveResizeAs(t1[i], t2[i])
        return t1[:len(t2)], t2
    if is_tensor(t2):
        t1 = t1 if is_tensor(t1) else t2.new()
        t1.resize_as_(t2)
        return t1, t2
    raise RuntimeError("Expecting nested tensors or tables. Got " + _describe(t1, t2) + "instead")


def recursiveFill(t2, val):
    """Every tensor in ``t2`` filled with ``val``."""
    if isinstance(t2, list):
        return [recursiveFill(x, val) for x in t2]
    if is_tensor(t2):
        return t2.fill_(val)
    raise RuntimeError("expecting tensor or table thereof. Got " + type(t2).__name__ + " instead")


def recursiveAdd(t1, val=1, t2=None):
    """``t1 += val * t2`` through nested lists; ``recursiveAdd(t1, t2)`` adds once."""
    if t2 is None:
        t2, val = val, 1
    if isinstance(t2, list):
        t1 = t1 if isinstance(t1, list) else [t1]
        for i in range(len(t2)):
            t1[i], t2[i] = recursiveAdd(t1[i], val, t2[i])
    elif is_tensor(t1) and is_tensor(t2):
        t1.add_(val, t2)
    else:
        raise RuntimeError("expecting nested tensors or tables. Got " + _describe(t1, t2) + " instead")
    return t1, t2


def recursiveCopy(t1, t2):
    """``t1`` resized like ``t2`` and filled with its values, through nested lists."""
    if isinstance(t2, list):
        t1 = t1 if isinstance(t1, list) else [t1]
        t1 = t1 + [None] * (len(t2) - len(t1))
        for i in range(len(t2)):
            t1[i], t2[i] = recursiveCopy(t1[i], t2[i])
    elif is_tensor(t2):
        t1 = t1 if is_tensor(t1) else t2.new()
        t1.resize_as_(t2).copy_(t2)
    else:
        raise RuntimeError("expecting nested tensors or tables. Got " + _describe(t1, t2) + " instead")
    return t1, t2


def addSingletondimension(*args):
    """``(t, dim)``: ``t.unsqueeze(dim)``; ``(view, t, dim)``: ``view`` set to ``t``, then
    unsqueezed in place."""
    if len(args) < 3:
        t, dim = args
        return t.unsqueeze(dim)
    view, t, dim = args
    assert is_tensor(view)
    view.set_(t)
    return view.unsqueeze_(dim)


def contiguousView(output, input, *args):
    """``output`` set to a view of ``input`` (a contiguous copy first when needed) of size
    ``args``."""
    if output is None:
        output = input.new()
    if input.is_contiguous():
        output.set_(input.view(*args))
    else:
        output.resize_as_(input).copy_(input)
        output.set_(output.view(*args))
    return output


def clear(self, *args):
    """Empties the named attributes of ``self``: tensors are released (``set_()``), lists
    emptied, anything else set to None; names may also come as one list."""
    if len(args) == 1 and isinstance(args[0], list):
        args = args[0]
    for name in args:
        if not hasattr(self, name):
            continue
        value = getattr(self, name)
        if is_tensor(value):
            value.set_()
        elif isinstance(value, list):
            del value[:]
        else:
            setattr(self, name, None)
    return self
