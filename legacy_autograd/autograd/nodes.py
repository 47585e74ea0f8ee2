"""Backward graph nodes (the objects behind ``Variable.grad_fn``).

Every recorded op output points at a node; ``node.next_functions`` is a tuple
of ``(node_or_None, output_nr)`` pairs, one per differentiable input, exactly
like 0.3.  Node classes are named after the 0.3 classes (``AddBackward0``,
``MmBackward``, ...) so ``print(y.grad_fn)`` shows ``<AddBackward0 object at 0x...>``.
"""
from collections import OrderedDict

from ..utils.hooks import RemovableHandle

FREED_MESSAGE = ('Trying to backward through the graph a second time, but the buffers have '
                 'already been freed. Specify retain_graph=True when calling backward the first time.')
MODIFIED_MESSAGE = ('one of the variables needed for gradient computation has been modified '
                    'by an inplace operation')


class Node(object):
    """Base of all backward nodes."""
    __slots__ = ('next_functions', '_pre_hooks', '_post_hooks', '_var_hooks', '__weakref__')
    _legacy_name = 'Node'
    num_outputs = 1

    def __init__(self):
        self.next_functions = ()
        self._pre_hooks = None
        self._post_hooks = None
        self._var_hooks = None

    def __repr__(self):
        return '<%s object at %#x>' % (self._legacy_name, id(self))

    def name(self):
        return self._legacy_name

    def register_hook(self, hook):
        """``hook(grad_inputs, grad_outputs)``; may return replacement grad_inputs."""
        if self._post_hooks is None:
            self._post_hooks = OrderedDict()
        handle = RemovableHandle(self._post_hooks)
        self._post_hooks[handle.id] = hook
        return handle

    def register_pre_hook(self, hook):
        if self._pre_hooks is None:
            self._pre_hooks = OrderedDict()
        handle = RemovableHandle(self._pre_hooks)
        self._pre_hooks[handle.id] = hook
        return handle

    def _attach_var_hooks(self, output_nr, hooks_dict):
        if self._var_hooks is None:
            self._var_hooks = {}
        self._var_hooks[output_nr] = hooks_dict

    def _release(self):
        pass

    def apply(self, grad_outputs, create_graph, retain):  # pragma: no cover - abstract
        raise NotImplementedError


class OpNode(Node):
    """Node of a registry op: holds the op, its saved values and parameters."""
    __slots__ = ('op', 'saved', 'saved_output', 'params', 'needs', 'in_meta', 'has_saved')
    _legacy_name = 'OpNode'

    def _release(self):
        if self.has_saved:
            self.saved = None
            self.saved_output = None


_NODE_CLASSES = {}


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
    """Sink node of a leaf Variable that requires grad; ``.variable`` is the leaf."""
    __slots__ = ('variable',)
    _legacy_name = 'AccumulateGrad'

    def __init__(self, variable):
        Node.__init__(self)
        self.variable = variable


class ErrorNode(Node):
    """Node that raises when reached (0.3 ``Error``)."""
    __slots__ = ('message',)
    _legacy_name = 'Error'

    def __init__(self, message, next_functions=()):
        Node.__init__(self)
        self.message = message
        self.next_functions = next_functions
