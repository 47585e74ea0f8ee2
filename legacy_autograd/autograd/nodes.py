"""Backward graph nodes (the objects behind ``Variable.grad_fn``).

Every recorded op output points at a node; ``node.next_functions`` is a tuple
of ``(node_or_None, output_nr)`` pairs, one per differentiable input, exactly
like 0.3.  Node classes are named after the 0.3 classes (``AddBackward0``,
``MmBackward``, ...) so ``print(y.grad_fn)`` shows ``<AddBackward0 object at 0x...>``.

Each node class carries ``_kind``, which tells the engine how to run it without
``isinstance`` chains in its hot loop:

* ``KIND_OP`` (0): a registry op (:class:`OpNode`), run by the engine itself;
* ``KIND_ACCUMULATE`` (1): :class:`AccumulateGrad`, the sink of a leaf;
* ``KIND_ERROR`` (2): :class:`ErrorNode`, raises its message when reached;
* ``KIND_OTHER`` (3): anything else (custom ``Function`` nodes), run through
  ``node._apply_backward(grads, create_graph, retain_graph)``.
"""
import itertools
from collections import OrderedDict

from ..utils.hooks import RemovableHandle

FREED_MESSAGE = ('Trying to backward through the graph a second time, but the buffers have '
                 'already been freed. Specify retain_graph=True when calling backward the first time.')
MODIFIED_MESSAGE = ('one of the variables needed for gradient computation has been modified '
                    'by an inplace operation')

KIND_OP = 0
KIND_ACCUMULATE = 1
KIND_ERROR = 2
KIND_OTHER = 3

# Creation order of nodes.  A node is always created after the nodes whose outputs it
# consumes, so the engine runs pending nodes from the highest number down.
next_seq = itertools.count().__next__

#: ``[True]`` once a legacy Function object has been applied a second time.  Re-applying one
#: renumbers it (it must run after the nodes of its new inputs), which can put it below a node
#: made between its two calls that consumes its first output, or close a cycle through it
#: (0.3.1 allowed both).  From then on every backward orders its graph by counting
#: dependencies, as 0.3.1's engine always did (``engine._reorder``).
REAPPLIED = [False]


class Node(object):
    """Base of all backward nodes."""
    __slots__ = ('next_functions', '_post_hooks', '_var_hooks', '_seq', '__weakref__')
    _legacy_name = 'Node'
    _kind = KIND_OTHER
    num_outputs = 1

    def __init__(self):
        self.next_functions = ()
        self._post_hooks = None
        self._var_hooks = None
        self._seq = next_seq()

    def __repr__(self):
        return '<%s object at %#x>' % (self._legacy_name, id(self))

    def name(self):
        # the type's tp_name: the class name alone (0.3.1's Python backward classes, shown as
        # torch.autograd.function.TypeBackward by repr, are named TypeBackward)
        return self._legacy_name.rpartition('.')[2]

    def register_hook(self, hook):
        """``hook(grad_inputs, grad_outputs)``; may return replacement grad_inputs (a tuple)."""
        if self._post_hooks is None:
            self._post_hooks = OrderedDict()
        handle = RemovableHandle(self._post_hooks)
        self._post_hooks[handle.id] = hook
        return handle

    def _register_hook_dict(self, var):
        """0.3's hook on one output: run ``var._backward_hooks`` on output ``var.output_nr``."""
        self._attach_var_hooks(var._output_nr, var._hooks)

    def _attach_var_hooks(self, output_nr, hooks_dict):
        if self._var_hooks is None:
            self._var_hooks = {}
        self._var_hooks[output_nr] = hooks_dict

    def _release(self):
        pass


class OpNode(Node):
    """Node of a registry op: holds the op, its saved values and parameters.

    During an ordinary (numpy) backward the node is itself the ``ctx`` its op's
    backward formula reads: ``B`` (the numpy backend), ``inputs`` and ``output``
    (the saved arrays, filled in just before the call), ``params``, ``needs``
    and ``shapes`` (``(shape, dtype)`` of every input).

    The dispatcher makes every op node as a plain ``OpNode``: one class at every attribute
    access of the recording code, the engine and the formulas, which Python's specialising
    interpreter then serves from its inline caches (with one class per legacy name each of
    those sites sees many classes and takes the generic lookup).  A node gets the class of
    its legacy name (``AddBackward0``, ...) when a user can first see it: :func:`public`,
    called by ``Variable.grad_fn``, gives it and every node below it their classes.
    """
    __slots__ = ('op', 'saved', 'saved_output', 'params', 'needs', 'shapes', 'has_saved',
                 'inputs', 'output')
    _kind = KIND_OP
    B = None        # set to backend_numpy by the engine (import order)

    @property
    def _legacy_name(self):
        """The op's legacy name (a node class of that name shadows this with the same string)."""
        return self.op.grad_fn

    def _release(self):
        if self.has_saved:
            self.saved = None
            self.saved_output = None
            self.inputs = None
            self.output = None


_NODE_CLASSES = {}


def public(fn):
    """``fn`` as users see it (``Variable.grad_fn``): a plain :class:`OpNode` and every plain
    one below it get the class of their legacy name (``__class__`` assignment: same layout,
    same object).  A node that has its class already stops the walk: when it got it, so did
    everything below it (``next_functions`` never change, and new nodes are only ever added
    above existing ones)."""
    stack = [fn]
    seen = set()
    while stack:
        n = stack.pop()
        if n is None:
            continue
        t = type(n)
        if t is OpNode:
            n.__class__ = n.op.node_cls
        elif isinstance(n, OpNode):
            continue
        elif id(n) in seen:
            continue
        else:
            seen.add(id(n))
        for nf, _ in n.next_functions:
            stack.append(nf)
    return fn


def op_node_class(name):
    """One node class per legacy name (shared by ops with the same 0.3 name)."""
    cls = _NODE_CLASSES.get(name)
    if cls is None:
        short = name.rsplit('.', 1)[-1]
        cls = type(short, (OpNode,), {'__slots__': (), '_legacy_name': name})
        cls.__module__ = name.rsplit('.', 1)[0] if '.' in name else 'torch._C'
        _NODE_CLASSES[name] = cls
    return cls


class AccumulateGrad(Node):
    """Sink node of a leaf Variable that requires grad; ``.variable`` is the leaf.

    The leaf holds this node only weakly (as 0.3 did), so a leaf and its
    accumulator never form a reference cycle: the accumulator lives as long as
    some graph refers to it.
    """
    __slots__ = ('variable',)
    _legacy_name = 'AccumulateGrad'
    _kind = KIND_ACCUMULATE

    def __init__(self, variable):
        self.next_functions = ()
        self._post_hooks = None
        self._var_hooks = None
        self._seq = next_seq()
        self.variable = variable


class Error(Node):
    """Node that raises its message when a gradient reaches it (0.3 ``Error``)."""
    __slots__ = ('message', 'num_outputs')
    _legacy_name = 'Error'
    _kind = KIND_ERROR

    def __init__(self, message, next_functions=(), num_outputs=1):
        Node.__init__(self)
        self.message = message
        self.next_functions = next_functions
        self.num_outputs = num_outputs


ErrorNode = Error


class Identity(Node):
    """0.3's ``Identity``: the node of a cloned gradient (the first gradient a leaf receives in a
    backward that builds a graph); passes its gradient straight through."""
    __slots__ = ()
    _legacy_name = 'Identity'

    def __init__(self, next_functions):
        Node.__init__(self)
        self.next_functions = next_functions

    def _apply_backward(self, grads, create_graph, retain_graph):
        return tuple(grads)


ErrorNode = Error
