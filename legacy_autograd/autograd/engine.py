"""The backward engine: iterative, dependency-counted, never recursive.

Gradients travel as numpy arrays during an ordinary backward, and as
Variables when the root gradients are non-volatile Variables (0.3's
``create_graph``: then every backward formula is itself recorded, giving
higher-order gradients).  Per node the engine

1. captures the incoming gradients when ``autograd.grad`` asked for them,
2. runs the Variable hooks registered on that node's outputs,
3. calls the node (registry op backward, custom Function, AccumulateGrad),
4. reduces each input gradient to its input's shape (broadcasting) and casts
   it to the input's type -- the single place where this happens,
5. frees the node's saved buffers unless ``retain_graph``,
6. runs the node's own hooks (``grad_fn.register_hook``).

Nodes say how they are run through their class attribute ``_kind`` (see
``nodes.py``), so the hot loop does no ``isinstance`` chains.
"""
import re
from heapq import heappush, heappop
from time import perf_counter_ns as _now

import numpy as np

from .nodes import (FREED_MESSAGE, MODIFIED_MESSAGE, KIND_OP, KIND_ACCUMULATE, KIND_ERROR,
                    Identity, REAPPLIED, next_seq,
                    OpNode, AccumulateGrad)
from .variable import Variable
from ..tensor import CLASS_BY_DTYPE
from ..errors import tp_name
from ..size import broadcast_shapes
from .. import backend_numpy as NB
from ..quiet import quietly
from .. import _fastpaths

#: False in reference mode: ``execute`` then runs every node through the general loop
#: (read once per ``execute`` call, never per node)
_HOT = True
_fastpaths.flag(globals(), '_HOT')


OpNode.B = NB       # an op node is the ctx of its own ordinary backward
_new_obj = object.__new__

#: node classes with one output, tested by type in the hot loop (cheaper than reading the
#: class attribute ``num_outputs``)
_ONE_OUTPUT = frozenset((OpNode, AccumulateGrad))

#: The Variable backend (``ops.backend_variable``) for recorded backwards (``create_graph=True``).
#: It records through the op dispatcher, a layer above this one, so the ops package installs it
#: here at import (:func:`install_variable_backend`) instead of this module importing it.
VB = None

#: The autograd profiler's record list while ``torch.autograd.profiler.profile`` is on, else
#: None (read once per ``execute`` call; the hot loop is left for the general one then).
PROFILE = None


def install_variable_backend(backend):
    """Called by ``ops.backend_variable`` at import: the backend of recorded backwards."""
    global VB
    VB = backend


class _Ctx(object):
    """What an op's backward sees: backend, saved inputs/output, params, needs."""
    __slots__ = ('B', 'inputs', 'output', 'params', 'needs', 'shapes')


class SparseGrad(object):
    """A sparse gradient in flight: 0.3's custom Functions may return a sparse tensor from
    ``backward`` (an embedding's gradient, say).  As 0.3's ``Add`` of gradients did, two sparse
    gradients add to a sparse one (THS's merge of the two index lists: ``sparse/_kernels.py``),
    a sparse and a dense one (a numpy array here) to the dense sum.  ``ndarray + SparseGrad`` comes here too
    (numpy defers to :meth:`__radd__`), so the engine's ``old + g`` needs no test for it."""
    __slots__ = ('t',)
    __array_ufunc__ = None

    def __init__(self, t):
        self.t = t

    def __add__(self, other):
        if type(other) is SparseGrad:
            return SparseGrad(self.t.add(other.t))
        dense = self.t.to_dense()._a
        if dense.shape != other.shape:
            raise RuntimeError('inconsistent gradient sizes: %s and %s (sparse)'
                               % (list(other.shape), list(dense.shape)))
        return other + dense

    __radd__ = __add__


def _as_variable(g, create_graph):
    """A gradient (numpy array or Variable) as a Variable (volatile unless building a graph)."""
    if isinstance(g, Variable):
        return g
    if type(g) is SparseGrad:
        return Variable._make(g.t, volatile=not create_graph)
    if not g.flags.writeable:           # e.g. a broadcast view: users may modify what they get
        g = g.copy()
    return Variable._make(CLASS_BY_DTYPE[g.dtype]._wrap(g), volatile=not create_graph)


def _hook_name(hook):
    name = getattr(hook, '__name__', None)
    return name if isinstance(name, str) else '<unknown>'


def _check_hook_value(original, result, hook):
    """0.3 ``check_single_result``: what a hook may return in place of a gradient."""
    if result is None:
        return
    if original is None:
        raise RuntimeError("can't replace a None gradient with a non-None value")
    if not isinstance(result, Variable):
        raise TypeError("expected Variable, but hook returned '%s'" % tp_name(result))
    if type(original._data) is not type(result._data):
        raise RuntimeError("hook '%s' has changed the type of value (was %s got %s)"
                           % (_hook_name(hook), original._data.type(), result._data.type()))
    if original._data._a.shape != result._data._a.shape:
        raise RuntimeError("hook '%s' has changed the size of value" % _hook_name(hook))


def _run_var_hooks(hooks, grad, create_graph):
    """Variable hooks of one output: ``hook(grad)``; a returned Variable replaces the gradient."""
    value = None if grad is None else _as_variable(grad, create_graph)
    changed = False
    for hook in list(hooks.values()):
        res = hook(value)
        if res is None:
            continue
        _check_hook_value(value, res, hook)
        value = res
        changed = True
    if not changed:
        return grad
    return value if create_graph else value._data._a


def _run_post_hooks(node, results, grads, create_graph):
    """``grad_fn`` hooks: ``hook(grad_inputs, grad_outputs)``, may return new grad_inputs."""
    gi = tuple(None if r is None else _as_variable(r, create_graph) for r in results)
    go = tuple(None if g is None else _as_variable(g, create_graph) for g in grads)
    changed = False
    for hook in list(node._post_hooks.values()):
        res = hook(gi, go)
        if res is None:
            continue
        if not isinstance(res, tuple):
            raise TypeError("expected tuple, but hook returned '%s'" % tp_name(res))
        if len(res) != len(gi):
            raise RuntimeError("hook '%s' has returned an incorrect number of values "
                               "(got %d, but expected %d)" % (_hook_name(hook), len(res), len(gi)))
        for o, r in zip(gi, res):
            _check_hook_value(o, r, hook)
        gi = res
        changed = True
    if not changed:
        return results
    if create_graph:
        return list(gi)
    return [None if r is None else r._data._a for r in gi]


def _unpack_saved(node):
    """Check a node's saved values (freed? modified in place?) and expose them as arrays
    on the node itself, which is the ``ctx`` of an ordinary (numpy) backward."""
    op = node.op
    saved = node.saved
    if saved is not None:
        if len(saved) == 2 and saved[0] is not None and saved[1] is not None:
            (t, v, _), (u, w, _) = saved
            if t._version[0] != v or u._version[0] != w:
                raise RuntimeError(MODIFIED_MESSAGE)
            node.inputs = (t._a, u._a)
        else:
            inputs = []
            for item in saved:
                if item is None:
                    inputs.append(None)
                else:
                    t = item[0]
                    if t._version[0] != item[1]:
                        raise RuntimeError(MODIFIED_MESSAGE)
                    inputs.append(t._a)
            node.inputs = inputs
    elif op.save_inputs:
        raise RuntimeError(FREED_MESSAGE)
    if op.save_output:
        so = node.saved_output
        if so is None:
            raise RuntimeError(FREED_MESSAGE)
        t = so[0]
        if t._version[0] != so[1]:
            raise RuntimeError(MODIFIED_MESSAGE)
        node.output = t._a


def _unpack_saved_general(node):
    """:func:`_unpack_saved` without the unrolled two-value case (reference mode)."""
    op = node.op
    saved = node.saved
    if saved is not None:
        inputs = []
        for item in saved:
            if item is None:
                inputs.append(None)
            else:
                t = item[0]
                if t._version[0] != item[1]:
                    raise RuntimeError(MODIFIED_MESSAGE)
                inputs.append(t._a)
        node.inputs = inputs
    elif op.save_inputs:
        raise RuntimeError(FREED_MESSAGE)
    if op.save_output:
        so = node.saved_output
        if so is None:
            raise RuntimeError(FREED_MESSAGE)
        t = so[0]
        if t._version[0] != so[1]:
            raise RuntimeError(MODIFIED_MESSAGE)
        node.output = t._a


_fastpaths.code_pair(_unpack_saved, _unpack_saved_general)


def _graph_ctx(node):
    """The ``ctx`` of a recorded backward (``create_graph``): saved values as Variables."""
    _unpack_saved(node)
    ctx = _Ctx()
    ctx.B = VB
    saved = node.saved
    if saved is not None:
        ctx.inputs = [None if s is None else
                      (s[2] if s[2]._data is s[0] else Variable._make(s[0])) for s in saved]
    if node.saved_output is not None:
        ctx.output = Variable._make(node.saved_output[0], grad_fn=node, output_nr=0)
    ctx.params = node.params
    ctx.needs = node.needs
    ctx.shapes = node.shapes
    return ctx


_NUMPY_BROADCAST = re.compile(r'operands could not be broadcast together with shapes '
                              r'\(([\d, ]*)\) \(([\d, ]*)\)\s*$')


def _formula_error(e):
    """A numpy error inside a backward formula on arrays.  The one a valid graph can meet is a
    gradient of the wrong size reaching an elementwise formula (a custom Function's
    ``backward`` may return any size; 0.3.1 passed it on): numpy's broadcast text becomes the
    one the same formula gives on Variables (``create_graph``, ATen's ``infer_size``)."""
    m = _NUMPY_BROADCAST.match(str(e))
    if m is None:
        return e
    a, b = (tuple(int(v) for v in part.replace(',', ' ').split()) for part in m.groups())
    try:
        broadcast_shapes(a, b)
    except RuntimeError as err:
        return err
    return e


def _apply_op_node(node, g, create_graph):
    """Run a registry op's backward; return its input gradients, each fixed to its input's
    shape and type (the one place where broadcast gradients are reduced)."""
    if create_graph:
        if not isinstance(g, Variable):
            g = _as_variable(g, True)
        result = node.op.backward(_graph_ctx(node), g)
        B = VB
    else:
        if node.has_saved:
            _unpack_saved(node)
        try:
            result = node.op.backward(node, g)
        except ValueError as e:
            raise _formula_error(e) from None
        B = NB
    if type(result) is not tuple:
        result = (result,)
    needs = node.needs
    meta = node.shapes
    n = len(needs)
    out = [None] * n
    ndarray = np.ndarray
    for i in range(min(n, len(result))):
        r = result[i]
        if r is not None and needs[i]:
            shape, dtype = meta[i]
            if _HOT and type(r) is ndarray and r.shape == shape and r.dtype == dtype:
                out[i] = r
            else:
                out[i] = B.fix_grad(r, shape, dtype)
    return out


def _clone_identity(g):
    """0.3's ``Clone`` of a gradient Variable: a copy whose node is ``Identity``."""
    data = g._data.clone()
    if g._volatile or not g.requires_grad:
        return Variable._make(data, volatile=g._volatile)
    return Variable._make(data, grad_fn=Identity((g._edge(),)))


def _accumulate(node, g, create_graph):
    """AccumulateGrad (0.3): first gradient cloned; later ones added in place while ``.grad``
    is volatile, out of place (recorded) once ``.grad`` is part of a graph."""
    var = node.variable
    if not var._requires_grad:          # requires_grad was switched off after the graph was built
        return
    cur = var._grad
    if type(g) is SparseGrad:
        _accumulate_sparse(var, cur, g.t)
        return
    if isinstance(g, Variable):
        if cur is None:
            var._grad = _clone_identity(g)
        elif cur._volatile:
            a = cur._data._a
            b = g._data._a
            if b.shape != a.shape:
                b = NB.fix_grad(b, a.shape, a.dtype)
            np.add(a, b, out=a, casting='unsafe')
        else:
            if g._volatile:
                g = Variable._make(g._data)
            var._grad = cur + g
        return
    if cur is None:
        dtype = var._data._a.dtype
        data = g.copy() if g.dtype == dtype else g.astype(dtype)
        var._grad = Variable._make(type(var._data)._wrap(data), volatile=True)
    elif cur._volatile and cur._data.is_sparse:
        # 0.3: a dense gradient arriving on a sparse .grad replaces its data by the dense sum
        dense = cur._data.to_dense()
        if g.shape != dense._a.shape:
            g = NB.fix_grad(g, dense._a.shape, dense._a.dtype)
        np.add(dense._a, g, out=dense._a, casting='unsafe')
        cur._data = dense
    elif cur._volatile:
        a = cur._data._a
        if g.shape != a.shape:
            g = NB.fix_grad(g, a.shape, a.dtype)
        if g.dtype == a.dtype:
            a += g
        else:
            np.add(a, g, out=a, casting='unsafe')
    else:
        var._grad = cur + Variable._make(CLASS_BY_DTYPE[g.dtype]._wrap(g))


def _accumulate_sparse(var, cur, t):
    """AccumulateGrad of a sparse gradient (0.3): the first is cloned and stays sparse; on a
    volatile ``.grad`` it is added in place (sparse to sparse, or into the dense values); a
    ``.grad`` that is part of a graph gets the out-of-place sum."""
    if cur is None:
        var._grad = Variable._make(t.clone(), volatile=True)
    elif cur._volatile and cur._data.is_sparse:
        cur._data.add_(t)
    elif cur._volatile:
        a = cur._data._a
        a += (SparseGrad(t) + np.zeros_like(a)).astype(a.dtype, copy=False)
    else:
        var._grad = cur + Variable._make(t.to_dense())


def _partial_plan(roots, capture, only_inputs, allow_unreachable):
    """For ``autograd.grad``: the nodes that lead to a captured node (None: all nodes run).

    Raises 0.3's error when a captured node cannot be reached from the roots.
    """
    seen = {node for node, _ in roots}
    rev = {}
    stack = list(seen)
    while stack:
        n = stack.pop()
        for nf, _ in n.next_functions:
            if nf is None:
                continue
            parents = rev.get(nf)
            if parents is None:
                rev[nf] = [n]
            else:
                parents.append(n)
            if nf not in seen:
                seen.add(nf)
                stack.append(nf)
    for node in capture:
        if node not in seen and not allow_unreachable:
            raise RuntimeError('differentiated input is unreachable')
    if not only_inputs:
        return None
    needed = set()
    for node in capture:
        if node in seen:
            needed.add(node)
            stack.append(node)
    while stack:
        n = stack.pop()
        for p in rev.get(n, ()):
            if p not in needed:
                needed.add(p)
                stack.append(p)
    return needed


STUCK_MESSAGE = 'could not compute gradients for some functions'


def _reorder(roots):
    """0.3.1's dependency counting, for graphs a re-applied legacy Function may have disordered.

    Counts, for every node reachable from ``roots``, the edges into it from reachable nodes
    (plus one per root edge, 0.3.1's ``GraphRoot``), then releases nodes whose count reaches
    zero (Kahn's order, the highest old number first) and renumbers them in that order, so
    the engine's highest-number-first rule runs each node once, after every node that sends
    it a gradient (where the old numbers were a valid order, the order is unchanged).
    Returns the nodes
    that never become ready (those on a cycle, and below one only: 0.3.1 left them waiting
    and raised :data:`STUCK_MESSAGE`) and every reachable node, or ``(None, None)``.
    """
    deps = {}
    stack = []
    for node, _ in roots:
        if node in deps:
            deps[node] += 1
        else:
            deps[node] = 1
            stack.append(node)
    while stack:
        n = stack.pop()
        for nf, _ in n.next_functions:
            if nf is None:
                continue
            if nf in deps:
                deps[nf] += 1
            else:
                deps[nf] = 1
                stack.append(nf)
    ready = []          # a heap of (-old number, node): where the old numbers are a valid
    for node, _ in roots:                    # order, the new ones are the same order
        deps[node] -= 1
        if deps[node] == 0:
            heappush(ready, (-node._seq, id(node), node))
    order = []
    while ready:
        n = heappop(ready)[2]
        order.append(n)
        for nf, _ in n.next_functions:
            if nf is not None:
                deps[nf] -= 1
                if deps[nf] == 0:
                    heappush(ready, (-nf._seq, id(nf), nf))
    for n in reversed(order):
        n._seq = next_seq()
    if len(order) == len(deps):
        return None, None
    done = set(order)
    return {n for n in deps if n not in done}, set(deps)


@quietly         # numpy's warnings stay inside (quiet.py)
def execute(roots, root_grads, retain_graph, create_graph, capture=None, only_inputs=True,
            allow_unreachable=False):
    """Run backward from ``roots`` (edges ``(node, output_nr)``) with ``root_grads``.

    Scheduling: every node carries a sequence number from its creation, and a node
    is created after every node whose output it consumes.  So running the pending
    node with the highest number first runs a node only after everything that can
    send it a gradient has run: no dependency-counting pass, no recursion.  A node
    is pending once any edge into it has been traversed (even carrying no gradient),
    so every reachable node is visited once and released as in 0.3.

    ``capture`` (for ``autograd.grad``) maps nodes to lists of ``(output_nr, slot)``;
    the gradient arriving at such a node is stored in ``slot`` of the returned list,
    and captured leaves are not accumulated.  With ``only_inputs`` only the nodes
    that lead to a captured node run (0.3's partial execution).
    """
    needed = None
    captured = None
    blocked = None
    if REAPPLIED[0]:
        blocked, reachable = _reorder(roots)
        stuck = False
    if capture is not None or blocked is not None:
        if capture is None:
            capture = {}        # the general loop, which skips the nodes outside ``needed``
        else:
            needed = _partial_plan(roots, capture, only_inputs, allow_unreachable)
        captured = [None] * sum(len(v) for v in capture.values())
        if blocked is not None:
            needed = (reachable if needed is None else needed) - blocked
    # pending nodes: sequence number -> (node, gradient buffer); a heap of -seq picks the next
    if _HOT and len(roots) == 1:
        node, nr = roots[0]
        buf = [None] * node.num_outputs
        buf[nr] = root_grads[0]
        pending = {node._seq: (node, buf)}
        heap = [-node._seq]
    else:
        heap = []
        pending = {}
        for (node, nr), g in zip(roots, root_grads):
            entry = pending.get(node._seq)
            if entry is None:
                buf = [None] * node.num_outputs
                pending[node._seq] = (node, buf)
                heappush(heap, -node._seq)
            else:
                buf = entry[1]
            buf[nr] = g if buf[nr] is None else buf[nr] + g
    prof = PROFILE
    plain = _HOT and capture is None and not create_graph and prof is None
    ndarray = np.ndarray
    fix_grad = NB.fix_grad
    open_name = None
    while heap:
        node, grads = pending.pop(-heappop(heap))
        if plain and (type(node) is OpNode or node._kind == KIND_OP) \
                and node._var_hooks is None and node._post_hooks is None:
            # (``type(node) is OpNode``: op nodes no user has looked at, see nodes.public; the
            # test is cheaper than reading a class attribute)
            # the hot path: a registry op in an ordinary backward (the general code below
            # does the same, plus hooks, capture and create_graph)
            nexts = node.next_functions
            g = grads[0]
            has_saved = node.has_saved
            if g is None:
                result = ()
            else:
                if has_saved:
                    # _unpack_saved's common cases inline: one or two saved inputs, no output
                    saved = node.saved
                    if saved is not None and node.saved_output is None:
                        if len(saved) == 1 and saved[0] is not None:
                            t, v, _ = saved[0]
                            if t._version[0] != v:
                                raise RuntimeError(MODIFIED_MESSAGE)
                            node.inputs = (t._a,)
                        elif len(saved) == 2 and saved[0] is not None and saved[1] is not None:
                            (t, v, _), (u, w, _) = saved
                            if t._version[0] != v or u._version[0] != w:
                                raise RuntimeError(MODIFIED_MESSAGE)
                            node.inputs = (t._a, u._a)
                        else:
                            _unpack_saved(node)
                    else:
                        _unpack_saved(node)
                try:
                    result = node.op.backward(node, g)
                except ValueError as e:
                    raise _formula_error(e) from None
                if type(result) is not tuple:
                    result = (result,)
            if has_saved and not retain_graph:
                node.saved = None               # OpNode._release, inline
                node.saved_output = None
                node.inputs = None
                node.output = None
            if len(result) < len(nexts):
                result = result + (None,) * (len(nexts) - len(result))
            shapes = node.shapes
            k = 0
            for nf, nr in nexts:
                if nf is not None:
                    r = result[k]
                    if r is not None:
                        shape, dtype = shapes[k]
                        if type(r) is not ndarray or r.shape != shape or \
                                (r.dtype is not dtype and r.dtype != dtype):
                            r = fix_grad(r, shape, dtype)
                    s = nf._seq
                    entry = pending.get(s)
                    if entry is None:
                        if nr == 0 and (type(nf) in _ONE_OUTPUT or nf.num_outputs == 1):
                            pending[s] = (nf, [r])
                        else:
                            buf = [None] * nf.num_outputs
                            buf[nr] = r
                            pending[s] = (nf, buf)
                        heappush(heap, -s)
                    elif r is not None:
                        buf = entry[1]
                        old = buf[nr]
                        buf[nr] = r if old is None else old + r
                k += 1
            continue
        kind = node._kind
        if plain and kind == KIND_ACCUMULATE and node._var_hooks is None:
            g = grads[0]
            if g is not None:
                var = node.variable
                if var._grad is None and type(g) is ndarray and var._requires_grad:
                    # _accumulate's first dense gradient, inline: a copy in .grad (volatile)
                    d = var._data
                    dtype = d._a.dtype
                    t = _new_obj(type(d))
                    t._a = g.copy() if g.dtype == dtype else g.astype(dtype)
                    t._version = [0]
                    v = _new_obj(Variable)          # Variable._make's body
                    v._data = t
                    v._grad = None
                    v._grad_fn = None
                    v._output_nr = 0
                    v._requires_grad = False
                    v._volatile = True
                    var._grad = v
                else:
                    _accumulate(node, g, False)
            continue
        if needed is not None and node not in needed:
            if blocked is not None and node in blocked:
                stuck = True        # reached, never ready (a root on a cycle waits on itself)
            continue
        if prof is not None:
            # one push/pop pair per node run (the pop when the next node starts, or at the end)
            if open_name is not None:
                prof.append((open_name, _now(), 'pop'))
            open_name = node.name()
            prof.append((open_name, _now(), 'push'))
        if capture is not None:
            slots = capture.get(node)
            if slots is not None:
                for nr, k in slots:
                    captured[k] = grads[nr]
                if kind == KIND_ACCUMULATE:
                    continue
        if len(grads) == 1:
            empty = grads[0] is None
        else:
            empty = True
            for g in grads:
                if g is not None:
                    empty = False
                    break
        if not empty and node._var_hooks:
            for nr, hooks in node._var_hooks.items():
                if hooks:
                    grads[nr] = _run_var_hooks(hooks, grads[nr], create_graph)
        if kind == KIND_ACCUMULATE:
            if grads[0] is not None:
                _accumulate(node, grads[0], create_graph)
            continue
        nexts = node.next_functions
        if empty:
            results = None
        elif kind == KIND_OP:
            results = _apply_op_node(node, grads[0], create_graph)
        elif kind == KIND_ERROR:
            raise RuntimeError(node.message)
        else:
            results = node._apply_backward(grads, create_graph, retain_graph)
            if len(results) != len(nexts):
                raise RuntimeError("Function '%s' returned an invalid number of outputs - "
                                   'expected %d, but got %d'
                                   % (type(node).__name__, len(nexts), len(results)))
        if not retain_graph:
            node._release()
        if results is not None and node._post_hooks:
            results = _run_post_hooks(node, results, grads, create_graph)
        if results is None:
            results = (None,) * len(nexts)
        for (nf, nr), g in zip(nexts, results):
            if nf is None:
                continue
            entry = pending.get(nf._seq)
            if entry is None:
                buf = [None] * nf.num_outputs
                buf[nr] = g
                pending[nf._seq] = (nf, buf)
                heappush(heap, -nf._seq)
            elif g is not None:
                buf = entry[1]
                old = buf[nr]
                buf[nr] = g if old is None else old + g
    if open_name is not None:
        prof.append((open_name, _now(), 'pop'))
    if blocked is not None and stuck:
        raise RuntimeError(STUCK_MESSAGE)
    return captured
