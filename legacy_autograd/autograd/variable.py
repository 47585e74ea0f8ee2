"""``torch.autograd.Variable`` with 0.3 semantics.

A Variable wraps a tensor (``.data``, shared, never copied), records the op
that produced it (``.grad_fn``, None for leaves) and receives gradients in
``.grad`` (a Variable).  Ops are attached to this class from the op registry
(``legacy_autograd.ops``), the same front-end functions as the tensor methods.
"""
import weakref
from collections import OrderedDict

from .. import tensor as _tensor
from ..tensor import _TensorBase, default_tensor_type
from ..cuda_notice import notice as _cuda_notice
from ..errors import tp_name
from .nodes import AccumulateGrad, Node, OpNode, KIND_OP, public as _public_node
from ..utils.hooks import RemovableHandle

_FALLTHROUGH = ('size', 'stride', 'nelement', 'ndimension', 'element_size', 'is_contiguous',
                'is_set_to', 'is_signed', 'numel', 'dim', 'get_device', 'is_floating_point')


class Variable(object):
    """Variable(data, requires_grad=False, volatile=False)"""
    __slots__ = ('_data', '_grad', '_grad_fn', '_output_nr', '_requires_grad', '_volatile',
                 '__weakref__', '__dict__')
    _repr_title = 'Variable containing:'

    def _legacy_arg_typename(self):
        """How 0.3's argument parser named a Variable argument (``errors.legacy_typename``)."""
        return 'Variable'
    # Rarely set, so class-level defaults (an instance stores them only once they are set):
    _hooks = None             # OrderedDict of hooks, once one is registered
    _accumulator = None       # weak reference to the AccumulateGrad node of a leaf
    _retains = False          # retain_grad() was called
    _base = None              # for views: the Variable they were taken from
    _view_chain = None        # and the view ops (op, params) leading here

    def __init__(self, data=None, requires_grad=False, volatile=False, _grad_fn=None):
        if data is None:
            data = default_tensor_type()()
        if volatile and requires_grad:
            raise RuntimeError("Variable can't be volatile and require_grad at the same time!")
        if _grad_fn is not None and not isinstance(_grad_fn, Node):
            raise RuntimeError('Variable _grad_fn has to be a Function object or None, but got %s'
                               % tp_name(_grad_fn))
        if not isinstance(data, _TensorBase):
            raise RuntimeError('Variable data has to be a tensor, but got %s' % tp_name(data))
        self._data = data
        self._grad = None
        self._grad_fn = _grad_fn
        self._output_nr = 0
        self._requires_grad = bool(requires_grad)
        self._volatile = bool(volatile)

    @classmethod
    def _make(cls, data, grad_fn=None, output_nr=0, volatile=False):
        """Fast internal constructor (no argument checks; ``ops.dispatch.call_variable``
        repeats this body inline on its hot path)."""
        v = object.__new__(cls)
        v._data = data
        v._grad = None
        v._grad_fn = grad_fn
        v._output_nr = output_nr
        v._requires_grad = False
        v._volatile = volatile
        return v

    # --------------------------------------------------------------- properties
    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, value):
        if not isinstance(value, _TensorBase):
            raise RuntimeError('Variable data has to be a tensor, but got %s' % tp_name(value))
        self._data = value

    @property
    def grad(self):
        return self._grad

    @grad.setter
    def grad(self, value):
        if value is None:
            self._grad = None
            return
        if not isinstance(value, Variable):
            raise RuntimeError('expected Variable or None (got %s)' % tp_name(value))
        if value is self:
            raise RuntimeError("can't assign Variable as its own grad")
        if type(value._data) is not type(self._data):
            raise RuntimeError('assigned grad has data of a different type')
        if value._data.size() != self._data.size():
            raise RuntimeError('assigned grad has data of a different size')
        self._grad = value

    @property
    def grad_fn(self):
        fn = self._grad_fn
        if fn is not None and (type(fn) is OpNode or fn._kind != KIND_OP):
            _public_node(fn)        # the nodes get their legacy classes (nodes.public)
        return fn

    @property
    def requires_grad(self):
        return self._grad_fn is not None or self._requires_grad

    @requires_grad.setter
    def requires_grad(self, value):
        if not isinstance(value, bool):
            raise RuntimeError('requires_grad must be a bool')
        if self._grad_fn is not None:
            msg = 'you can only change requires_grad flags of leaf variables.'
            if value is False:
                msg += (" If you want to use a computed variable in a subgraph that doesn't "
                        'require differentiation use var_no_grad = var.detach().')
            raise RuntimeError(msg)
        self._requires_grad = value

    @property
    def volatile(self):
        return self._volatile

    @volatile.setter
    def volatile(self, value):
        if not isinstance(value, bool):
            raise RuntimeError('volatile must be a bool')
        if self._grad_fn is not None:
            raise RuntimeError('volatile can only be set on leaf variables')
        self._volatile = value

    @property
    def is_leaf(self):
        return self._grad_fn is None

    @property
    def output_nr(self):
        return self._output_nr

    @property
    def _version(self):
        return self._data._version[0]

    @property
    def shape(self):
        return self._data.size()

    @property
    def is_cuda(self):
        return False

    @property
    def creator(self):
        raise AttributeError("'Variable' object has no attribute 'creator'")

    @property
    def _backward_hooks(self):
        return self._hooks

    @_backward_hooks.setter
    def _backward_hooks(self, hooks):
        # 0.3: replaces the hooks a leaf's accumulator runs (a non-leaf keeps the dict
        # its grad_fn was given by register_hook)
        self._hooks = hooks
        acc = self._accumulator() if self._accumulator is not None else None
        if acc is not None:
            if hooks is None:
                if acc._var_hooks:
                    acc._var_hooks.pop(0, None)
            else:
                acc._attach_var_hooks(0, hooks)

    @property
    def retains_grad(self):
        if not self._retains:
            raise AttributeError("'Variable' object has no attribute 'retains_grad'")
        return True

    # --------------------------------------------------------------- graph helpers
    def _edge(self):
        """``(node, output_nr)`` through which gradients reach this Variable, or ``(None, 0)``."""
        fn = self._grad_fn
        if fn is not None:
            return (fn, self._output_nr)
        if self._requires_grad:
            ref = self._accumulator
            acc = ref() if ref is not None else None
            if acc is None:
                acc = AccumulateGrad(self)
                self._accumulator = weakref.ref(acc)
                if self._hooks is not None:
                    acc._attach_var_hooks(0, self._hooks)
            return (acc, 0)
        return (None, 0)

    # --------------------------------------------------------------- python protocol
    def __repr__(self):
        return self._repr_title + repr(self._data)

    __str__ = __repr__

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter([self[i] for i in range(len(self))])

    def __bool__(self):
        if self._data.numel() == 0:
            return False
        raise RuntimeError('bool value of Variable objects containing non-empty %s is ambiguous'
                           % self._data.type())

    __nonzero__ = __bool__

    def __float__(self):
        return float(self._data)

    def __int__(self):
        return int(self._data)

    def __index__(self):
        return self._data.__index__()

    def __reduce_ex__(self, proto):
        # 0.3.1 pickled the data and the flags: never ``.grad`` (nor the graph); the copy is a
        # leaf.  ``copy.copy`` comes here too.
        return (_rebuild_variable, (type(self), self._data, self.requires_grad, self._volatile))

    def __deepcopy__(self, memo):
        if not self.is_leaf:
            raise RuntimeError('Only Variables created explicitly by the user '
                               '(graph leaves) support the deepcopy protocol at the moment')
        result = type(self)(self._data.clone())      # 0.3.1: also a Parameter (no flags)
        result._requires_grad = self._requires_grad
        result._volatile = self._volatile
        memo[id(self)] = result
        return result

    # --------------------------------------------------------------- autograd API
    def backward(self, gradient=None, retain_graph=None, create_graph=None, retain_variables=None):
        """Compute the gradient of this Variable w.r.t. the graph leaves (see
        ``torch.autograd.backward``); ``gradient`` may be omitted for one-element Variables."""
        _autograd.backward(self, gradient, retain_graph, create_graph, retain_variables)

    def register_hook(self, hook):
        """Register ``hook(grad)`` run when the gradient of this Variable is computed.

        The hook may return a Variable that replaces the gradient, or None to keep it.
        Returns a ``RemovableHandle``.
        """
        if self._volatile:
            raise RuntimeError('cannot register a hook on a volatile variable')
        if not self.requires_grad:
            raise RuntimeError("cannot register a hook on a variable that doesn't require gradient")
        if self._hooks is None:
            self._hooks = OrderedDict()
            if self._grad_fn is not None:
                self._grad_fn._register_hook_dict(self)
            else:
                acc = self._accumulator() if self._accumulator is not None else None
                if acc is not None:
                    acc._attach_var_hooks(0, self._hooks)
        handle = RemovableHandle(self._hooks)
        self._hooks[handle.id] = hook
        return handle

    def retain_grad(self):
        """Keep ``.grad`` for a non-leaf Variable (a no-op on leaves)."""
        if self._grad_fn is None:
            return
        if not self.requires_grad:
            raise RuntimeError("can't retain_grad on Variable that has requires_grad=False")
        if self._retains:
            return
        ref = weakref.ref(self)

        def retain_grad_hook(grad):
            var = ref()
            if var is None:
                return
            if var._grad is None:
                var._grad = grad.clone()
            else:
                var._grad = var._grad + grad
        self.register_hook(retain_grad_hook)
        self._retains = True

    def detach(self):
        """A new leaf Variable sharing the data, cut from the graph."""
        return Variable._make(self._data, volatile=self._volatile)

    def detach_(self):
        if self._grad_fn is not None:
            self._grad_fn = None
            self._output_nr = 0
        self._requires_grad = False

    def reinforce(self, reward):
        raise RuntimeError('reinforce() was removed.\n'
                           'Use torch.distributions instead.\n'
                           'See http://pytorch.org/docs/master/distributions.html\n\n'
                           'Instead of:\n\n'
                           'probs = policy_network(state)\n'
                           'action = probs.multinomial()\n'
                           'next_state, reward = env.step(action)\n'
                           'action.reinforce(reward)\n'
                           'action.backward()\n\n'
                           'Use:\n\n'
                           'probs = policy_network(state)\n'
                           '# NOTE: categorical is equivalent to what used to be called multinomial\n'
                           'm = torch.distributions.Categorical(probs)\n'
                           'action = m.sample()\n'
                           'next_state, reward = env.step(action)\n'
                           'loss = -m.log_prob(action) * reward\n'
                           'loss.backward()\n')

    # .type(t) converts by recording an op: ops.shape installs Variable.type (with .double() etc.)

    def cuda(self, device=None, non_blocking=False, **kwargs):
        _cuda_notice()
        return self

    def cpu(self):
        return self

    def pin_memory(self):
        return self

    def is_pinned(self):
        return False

    def share_memory_(self):
        self._data.share_memory_()
        return self


def _make_fallthrough(name):
    def method(self, *args, **kwargs):
        return getattr(self._data, name)(*args, **kwargs)
    method.__name__ = name
    return method


for _name in _FALLTHROUGH:
    setattr(Variable, _name, _make_fallthrough(_name))


def _rebuild_variable(cls, data, requires_grad, volatile, grad=None):
    # (files written before session 21 carry a ``grad``: dropped, as 0.3.1 never kept one)
    return cls(data, requires_grad=requires_grad, volatile=volatile)


_tensor.register_tensor_wrapper(Variable)


from .. import autograd as _autograd  # noqa: E402  (the package imports this module first)
