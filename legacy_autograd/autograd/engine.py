"""The backward engine: iterative, dependency-counted, never recursive.

Gradients travel as numpy arrays during an ordinary backward, and as
Variables when ``create_graph=True`` (then every backward formula is itself
recorded, giving higher-order gradients).  Per node the engine

1. runs the Variable hooks registered on that output (pre-hooks),
2. calls the node (registry op backward, custom Function, AccumulateGrad),
3. reduces each input gradient to its input's shape (broadcasting) and casts
   it to the input's type -- the single place where this happens,
4. frees the node's saved buffers unless ``retain_graph``.
"""
import numpy as np

from .nodes import (AccumulateGrad, OpNode, ErrorNode, FREED_MESSAGE, MODIFIED_MESSAGE)
from .variable import Variable
from ..tensor import CLASS_BY_DTYPE
from ..ops import backend_numpy as NB
from ..ops import backend_variable as VB
from .. import errors


class _Ctx(object):
    """What an op's backward sees: backend, saved inputs/output, params, needs."""
    __slots__ = ('B', 'inputs', 'output', 'params', 'needs', 'shapes')


def _as_variable(g, create_graph):
    if isinstance(g, Variable):
        return g
    return Variable._make(CLASS_BY_DTYPE[g.dtype]._wrap(g), volatile=not create_graph)


def _from_variable(v, create_graph):
    return v if create_graph else v._data._a


def _run_var_hooks(hooks, grad, create_graph):
    if not hooks:
        return grad
    var_grad = _as_variable(grad, create_graph)
    for hook in list(hooks.values()):
        res = hook(var_grad)
        if res is None:
            continue
        name = getattr(hook, '__name__', repr(hook))
        if not isinstance(res, Variable):
            raise TypeError("expected Variable, but hook returned '%s'" % errors.legacy_typename(res))
        if type(res._data) is not type(var_grad._data):
            raise TypeError("hook '%s' has changed the type of value (was %s got %s)"
                            % (name, var_grad._data.type(), res._data.type()))
        if res._data._a.shape != var_grad._data._a.shape:
            raise ValueError("hook '%s' has changed the size of value" % name)
        var_grad = res
    return _from_variable(var_grad, create_graph)


def _check_saved(node):
    saved = node.saved
    if saved is None and node.op.save_inputs:
        raise RuntimeError(FREED_MESSAGE)
    so = node.saved_output
    if node.op.save_output:
        if so is None:
            raise RuntimeError(FREED_MESSAGE)
        if so[0]._version[0] != so[1]:
            raise RuntimeError(MODIFIED_MESSAGE)
    if saved is not None:
        for item in saved:
            if item is not None and item[0]._version[0] != item[1]:
                raise RuntimeError(MODIFIED_MESSAGE)


def _apply_op_node(node, grads, create_graph):
    op = node.op
    g = grads[0]
    if node.has_saved:
        _check_saved(node)
    ctx = _Ctx()
    saved = node.saved
    if create_graph:
        B = VB
        if saved is not None:
            ctx.inputs = [None if s is None else
                          (s[2] if s[2]._data is s[0] else Variable._make(s[0])) for s in saved]
        if node.saved_output is not None:
            ctx.output = Variable._make(node.saved_output[0], grad_fn=node, output_nr=0)
    else:
        B = NB
        if saved is not None:
            ctx.inputs = [None if s is None else s[0]._a for s in saved]
        if node.saved_output is not None:
            ctx.output = node.saved_output[0]._a
    ctx.B = B
    ctx.params = node.params or {}
    ctx.needs = node.needs
    ctx.shapes = node.in_meta
    result = op.backward(ctx, g)
    if type(result) is not tuple:
        result = (result,)
    out = []
    meta = node.in_meta
    needs = node.needs
    for i in range(len(needs)):
        r = result[i] if i < len(result) else None
        if r is None or not needs[i]:
            out.append(None)
            continue
        shape, dtype = meta[i]
        out.append(B.fix_grad(r, shape, dtype))
    return out


def _accumulate(node, g, create_graph):
    var = node.variable
    if create_graph:
        gv = g
        if var._grad is None:
            var._grad = gv
        else:
            var._grad = var._grad + gv
        return
    cur = var._grad
    if cur is None:
        data = CLASS_BY_DTYPE[g.dtype]._wrap(np.array(g, copy=True)) \
            if g.dtype == var._data._a.dtype else type(var._data)._wrap(g.astype(var._data._a.dtype))
        var._grad = Variable._make(data, volatile=True)
    else:
        if cur._grad_fn is not None:
            var._grad = Variable._make(cur._data.clone(), volatile=True)
            cur = var._grad
        a = cur._data._a
        if a.shape != g.shape:
            g = NB.fix_grad(g, a.shape, a.dtype)
        np.add(a, g, out=a, casting='unsafe')
        cur._data._version[0] += 1


def _add(a, b):
    if a is None:
        return b
    if b is None:
        return a
    return a + b


def execute(roots, root_grads, retain_graph, create_graph, capture=None):
    """Run backward from ``roots`` (edges ``(node, output_nr)``) with ``root_grads``.

    ``capture`` (for ``autograd.grad``) maps edges to result slots; when given,
    leaves are not accumulated and the captured gradients are returned.
    """
    # 1. count, for every node, how many edges deliver gradients into it
    deps = {}
    seen = set()
    stack = []
    for node, _ in roots:
        if node not in seen:
            seen.add(node)
            stack.append(node)
    while stack:
        n = stack.pop()
        for nf, _ in n.next_functions:
            if nf is None:
                continue
            deps[nf] = deps.get(nf, 0) + 1
            if nf not in seen:
                seen.add(nf)
                stack.append(nf)
    # 2. seed the buffers with the root gradients
    buffers = {}
    for (node, nr), g in zip(roots, root_grads):
        buf = buffers.get(node)
        if buf is None:
            buf = buffers[node] = [None] * node.num_outputs
        buf[nr] = _add(buf[nr], g)
    ready = [node for node in buffers if deps.get(node, 0) == 0]
    captured = None
    if capture is not None:
        captured = [None] * len(capture)
    # 3. run nodes as they become ready
    while ready:
        node = ready.pop()
        grads = buffers.pop(node, None)
        if grads is None:
            grads = [None] * node.num_outputs
        var_hooks = node._var_hooks
        if var_hooks:
            for nr, hooks in var_hooks.items():
                if grads[nr] is not None:
                    grads[nr] = _run_var_hooks(hooks, grads[nr], create_graph)
        if capture is not None:
            for nr in range(len(grads)):
                slot = capture.get((node, nr))
                if slot is not None:
                    for s in slot:
                        captured[s] = grads[nr]
        if type(node) is AccumulateGrad:
            if capture is None and grads[0] is not None:
                _accumulate(node, grads[0], create_graph)
            continue
        nexts = node.next_functions
        if all(g is None for g in grads):
            results = [None] * len(nexts)
        elif isinstance(node, OpNode):
            results = _apply_op_node(node, grads, create_graph)
            if not retain_graph:
                node._release()
        elif isinstance(node, ErrorNode):
            raise RuntimeError(node.message)
        else:
            results = node._apply_backward(grads, create_graph, retain_graph)
        if node._post_hooks:
            results = _run_post_hooks(node, results, grads, create_graph)
        for (nf, nr), g in zip(nexts, results):
            if nf is None:
                continue
            if g is not None:
                buf = buffers.get(nf)
                if buf is None:
                    buf = buffers[nf] = [None] * nf.num_outputs
                buf[nr] = g if buf[nr] is None else buf[nr] + g
            d = deps[nf] - 1
            deps[nf] = d
            if d == 0:
                ready.append(nf)
    return captured


def _run_post_hooks(node, results, grads, create_graph):
    gi = tuple(None if r is None else _as_variable(r, create_graph) for r in results)
    go = tuple(None if g is None else _as_variable(g, create_graph) for g in grads)
    for hook in list(node._post_hooks.values()):
        res = hook(gi, go)
        if res is not None:
            if not isinstance(res, tuple):
                res = (res,)
            gi = res
    return [None if r is None else _from_variable(r, create_graph) for r in gi]
