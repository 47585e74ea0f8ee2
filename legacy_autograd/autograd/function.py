"""``torch.autograd.Function``: custom differentiable operations, both 0.3 styles.

Legacy (old) style -- the Function *instance* is the graph node::

    class MyFn(Function):
        def forward(self, a, b):             # tensors in, tensors out
            self.save_for_backward(a, b)
            return a * b
        def backward(self, grad):            # tensors in, tensors out
            a, b = self.saved_tensors
            return grad * b, grad * a

    y = MyFn()(x1, x2)                       # y.grad_fn is that MyFn instance

New style -- static methods and a context object, called through ``apply``::

    class MyFn(Function):
        @staticmethod
        def forward(ctx, a, b):              # Variables arrive unwrapped (tensors)
            ctx.save_for_backward(a, b)
            return a * b
        @staticmethod
        def backward(ctx, grad):             # Variables in, Variables (or None) out
            a, b = ctx.saved_variables
            return grad * b, grad * a

    y = MyFn.apply(x1, x2)                   # y.grad_fn is a MyFnBackward object

A class is legacy iff the first ``forward`` found in its MRO is neither a
staticmethod nor a classmethod.  For new-style classes a node class
``<Name>Backward`` is generated in module ``torch.autograd.function``.

The engine runs these nodes through ``_apply_backward(grads, create_graph,
retain_graph)``.  Legacy backward works on tensors, so its gradients cannot be
differentiated again (they get an ``Error`` node, "<Name> is not differentiable
twice"); new-style backward works on Variables and is differentiable.
"""
import functools
from collections import OrderedDict

import numpy as np

from .nodes import Node, ErrorNode, FREED_MESSAGE, MODIFIED_MESSAGE, next_seq, KIND_OP, REAPPLIED
from .variable import Variable
from .engine import tp_name, _as_variable
from ..tensor import _TensorBase, CLASS_BY_DTYPE
from .. import backend_numpy as _NB
from . import engine as _engine
from ..utils import hooks as _hooks

LEAF_INPLACE = 'a leaf Variable that requires grad has been used in an in-place operation.'
ONCE_DIFFERENTIABLE_MESSAGE = ('trying to differentiate twice a function that was marked'
                               'with @once_differentiable')   # sic: 0.3 lacked the space


# =============================================================================== base
class _FunctionBase(Node):
    """What 0.3's ``torch._C._FunctionBase`` held: graph links, saved values, flags.

    Instances have a ``__dict__`` (users attach their own attributes to ``self``
    or ``ctx``).  ``__new__`` initialises everything, so subclasses whose
    ``__init__`` does not call ``super().__init__()`` still work.
    """
    _is_legacy = False

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self.next_functions = ()
        self._seq = next_seq()
        self._post_hooks = None
        self._var_hooks = None
        d = self.__dict__
        d['to_save'] = None
        d['non_differentiable'] = None
        d['dirty_tensors'] = None
        d['shared_pairs'] = None
        d['_needs_input_grad'] = None
        d['_is_variable_input'] = None
        d['_input_meta'] = None
        d['_output_info'] = None
        d['_saved'] = None
        d['_freed'] = False
        d['_executable'] = False
        d['_applied'] = False
        return self

    def __init__(self, *args, **kwargs):
        pass

    __repr__ = object.__repr__

    def name(self):
        # 0.3.1's PyFunction::name(): the type's tp_name, + "LegacyBackward" for a legacy
        # Function (what the profiler records for its backward)
        name = type(self).__name__
        return name + 'LegacyBackward' if self._is_legacy else name

    # ----------------------------------------------------------- context methods
    def save_for_backward(self, *tensors):
        """Save input or output tensors (or None) for backward; call once, from forward."""
        self.to_save = tensors

    def mark_dirty(self, *args):
        """Declare input tensors that forward modified in place."""
        self.dirty_tensors = args

    def mark_shared_storage(self, *pairs):
        """Declare ``(input, output)`` pairs of distinct tensors that share memory."""
        self.shared_pairs = pairs

    def mark_non_differentiable(self, *args):
        """Declare outputs that never get a gradient (e.g. indices)."""
        self.non_differentiable = args

    @staticmethod
    def _register_hook(backward_hooks, hook):
        if backward_hooks is None:
            backward_hooks = OrderedDict()
        handle = _hooks.RemovableHandle(backward_hooks)
        backward_hooks[handle.id] = hook
        return backward_hooks, handle

    # ----------------------------------------------------------- read-only state
    @property
    def needs_input_grad(self):
        return self._needs_input_grad

    @property
    def requires_grad(self):
        return self._executable

    @requires_grad.setter
    def requires_grad(self, value):
        if not isinstance(value, bool):
            raise TypeError("'is_executable' must be a bool")
        self._executable = value

    @property
    def saved_tensors(self):
        return self._unpack_saved(False)

    @property
    def saved_variables(self):
        return self._unpack_saved(True)

    def _unpack_saved(self, as_variables):
        if self._freed:
            raise RuntimeError(FREED_MESSAGE)
        saved = self._saved
        if saved is None:
            return ()
        out = []
        for entry in saved:
            if entry is None:
                out.append(None)
                continue
            data, version, var, nr, diff = entry
            if data._version[0] != version:
                raise RuntimeError(MODIFIED_MESSAGE)
            if not as_variables:
                out.append(data)
            elif var is not None:
                out.append(var if var._data is data else Variable._make(data))
            elif diff:
                out.append(Variable._make(data, grad_fn=self, output_nr=nr))
            else:
                out.append(Variable._make(data))
        return tuple(out)

    def _release(self):
        self._saved = None
        self._freed = True

    # ----------------------------------------------------------- backward (engine entry)
    def _apply_backward(self, grads, create_graph, retain_graph):
        if self._is_legacy:
            return _legacy_backward(self, grads, create_graph)
        return _new_style_backward(self, grads, create_graph)

    def _do_backward(self, grad_output, retain_variables):
        """Legacy backward on tensors: None gradients become zeros, extra Nones are trimmed."""
        info = self._output_info
        grad_output = tuple(
            (_zeros_tensor(info[i]) if g is None else g) for i, g in enumerate(grad_output))
        # 0.3.1 (python_function.cpp) looked ``backward`` up and called it: the base class has
        # one (NotImplementedError), so its "doesn't implement a required 'backward' method"
        # check never fires, and a ``backward = None`` is "'NoneType' object is not callable"
        grad_input = self.backward(*grad_output)
        if not isinstance(grad_input, tuple):
            grad_input = (grad_input,)
        n_next = len(self.next_functions)
        grad_input = _trim_nones(grad_input, n_next)
        if len(grad_input) != n_next:
            raise RuntimeError('%s returned an invalid number of gradient tensors (expected %d, '
                               'but got %d)' % (type(self).__name__, n_next, len(grad_input)))
        return grad_input


def _zeros_tensor(info):
    cls, shape = info
    return cls._wrap(np.zeros(shape, dtype=cls._dtype))


def _trim_nones(results, n):
    if len(results) > n:
        for r in results[n:]:
            if r is not None:
                return results
        return results[:n]
    return results


class BackwardCFunction(_FunctionBase):
    """Base of the generated ``<Name>Backward`` context/node classes of new-style Functions."""
    _is_legacy = False

    def apply(self, *args):
        return self._forward_cls.backward(self, *args)


class FunctionMeta(type):
    """Sets ``_is_legacy`` and, for new-style Functions, generates ``<Name>Backward``."""

    def __init__(cls, name, bases, attrs):
        has_static_forward = False
        for super_cls in cls.mro():
            forward = super_cls.__dict__.get('forward')
            if forward is not None:
                has_static_forward = isinstance(forward, (staticmethod, classmethod))
                break
        cls._is_legacy = not has_static_forward
        if has_static_forward:
            backward_cls = type(name + 'Backward', (BackwardCFunction,),
                                {'_forward_cls': cls, '__module__': 'torch.autograd.function'})
            cls._backward_cls = backward_cls
        super(FunctionMeta, cls).__init__(name, bases, attrs)


class Function(_FunctionBase, metaclass=FunctionMeta):
    """Records an operation and defines how to differentiate it (see the module docstring).

    Each legacy instance is meant to be used once; calling it a second time
    re-points the same node at the new inputs (0.3 did that silently, so the
    first call's outputs then backpropagate with the second call's state).
    """

    is_traceable = False

    @staticmethod
    def forward(ctx, *args, **kwargs):
        raise NotImplementedError

    @staticmethod
    def backward(ctx, *grad_outputs):
        raise NotImplementedError

    @classmethod
    def apply(cls, *args):
        """New-style call: ``MyFn.apply(*args)``; returns a Variable or a tuple of them."""
        ctx = cls._backward_cls()
        input_vars = []
        tensor_args = []
        needs = []
        is_var = []
        volatile = False
        requires = False
        for a in args:
            if isinstance(a, Variable):
                is_var.append(True)
                input_vars.append(a)
                tensor_args.append(a._data)
                r = a.requires_grad
                needs.append(r)
                requires = requires or r
                volatile = volatile or a._volatile
            else:
                is_var.append(False)
                tensor_args.append(a)
                needs.append(False)
        executable = requires and not volatile
        _set_flags(ctx, input_vars, tuple(needs), is_var, executable)
        outputs = cls.forward(ctx, *tensor_args)
        return _process_outputs(ctx, input_vars, outputs, volatile, executable)

    def _do_forward(self, *inputs):
        """Legacy call: ``MyFn()(*variables)``; forward sees the tensors."""
        tensors = []
        needs = []
        volatile = False
        requires = False
        for a in inputs:
            if not isinstance(a, Variable):
                raise RuntimeError('expected a Variable argument, but got %s' % tp_name(a))
            tensors.append(a._data)
            r = a.requires_grad
            needs.append(r)
            requires = requires or r
            volatile = volatile or a._volatile
        executable = requires and not volatile
        _set_flags(self, inputs, tuple(needs), [True] * len(inputs), executable)
        outputs = self.forward(*tensors)
        return _process_outputs(self, inputs, outputs, volatile, executable)

    __call__ = _do_forward


def _set_flags(fn, input_vars, needs, is_var, executable):
    fn._needs_input_grad = needs
    fn._is_variable_input = is_var
    fn._executable = executable
    if executable:
        fn.next_functions = tuple(v._edge() for v in input_vars)
        fn._input_meta = [(v._data._a.shape, v._data._a.dtype) for v in input_vars]
    else:
        fn.next_functions = tuple((None, 0) for _ in input_vars)
        fn._input_meta = None
    fn._seq = next_seq()          # numbered when applied: after the nodes of its inputs
    if fn._applied:
        REAPPLIED[0] = True       # its old number may be relied on by nodes made since
    fn._applied = True


# =============================================================================== forward
def _process_outputs(fn, input_vars, raw_output, is_volatile, executable):
    """Wrap forward's tensors in Variables attached to ``fn`` (0.3 ``process_outputs``)."""
    unpack = not isinstance(raw_output, tuple)
    outs = (raw_output,) if unpack else raw_output
    fn.num_outputs = len(outs)
    t2var = {}
    for v in input_vars:
        t2var.setdefault(id(v._data), v)
    dirty = _mark_dirty(fn, t2var)
    outputs = _wrap_outputs(fn, t2var, dirty, outs, is_volatile, executable)
    _join_version_counters(fn, t2var)
    if executable:
        _mark_non_differentiable(fn, t2var)
        _save_variables(fn, t2var)
    else:
        fn.to_save = None
        fn.non_differentiable = None
    return outputs[0] if unpack else tuple(outputs)


def _mark_dirty(fn, t2var):
    dirty = set()
    tensors = fn.dirty_tensors
    if not tensors:
        fn.dirty_tensors = None
        return dirty
    for i, t in enumerate(tensors):
        var = t2var.get(id(t))
        if var is None:
            if not isinstance(t, _TensorBase):
                raise RuntimeError('mark_dirty can only accept tensors, but argument %d is of type %s'
                                   % (i, tp_name(t)))
            raise RuntimeError("mark_dirty only accepts input tensors, but argument %d isn't one" % i)
        dirty.add(id(t))
        var._data._version[0] += 1
    fn.dirty_tensors = None
    return dirty


def _transplant(var, fn, output_nr, is_volatile, executable):
    """Move a Variable modified in place after ``fn`` in the graph."""
    if is_volatile:
        var._grad_fn = None
        var._requires_grad = False
        var._volatile = True
        var._output_nr = 0
    elif executable:
        var._grad_fn = fn
        var._output_nr = output_nr
    else:
        var._grad_fn = None
        var._output_nr = 0
    var._grad = None
    var._hooks = None
    var._accumulator = None


def _wrap_outputs(fn, t2var, dirty, outs, is_volatile, executable):
    info = [] if executable else None
    node = fn if executable else None
    outputs = []
    for i, out in enumerate(outs):
        if not isinstance(out, _TensorBase):
            raise RuntimeError('Variable data has to be a tensor, but got %s' % tp_name(out))
        key = id(out)
        var = t2var.get(key)
        if var is None:
            ov = Variable._make(out, grad_fn=node, output_nr=i if node is not None else 0,
                                volatile=is_volatile)
        elif var._grad_fn is not None:
            ov = var
            if key in dirty:
                _transplant(var, fn, i, is_volatile, executable)
        elif key in dirty:
            if var._requires_grad:
                raise RuntimeError(LEAF_INPLACE)
            ov = var
            _transplant(var, fn, i, is_volatile, executable)
        else:
            # an unmodified input returned: a new Variable on the same tensor (and version)
            ov = Variable._make(out, grad_fn=node, output_nr=i if node is not None else 0,
                                volatile=is_volatile)
        if info is not None:
            info.append((type(out), out._a.shape))
        t2var[key] = ov
        outputs.append(ov)
    if info is not None:
        fn._output_info = info
    return outputs


def _join_version_counters(fn, t2var):
    pairs = fn.shared_pairs
    if not pairs:
        fn.shared_pairs = None
        return
    for i, pair in enumerate(pairs):
        if not isinstance(pair, tuple):
            raise RuntimeError('mark_shared_storages accepts a number of pairs, but one of the '
                               'arguments is of type %s' % tp_name(pair))
        if len(pair) != 2:
            raise RuntimeError('mark_shared_storages accepts pairs, but argument %d is a tuple of '
                               '%d elements' % (i, len(pair)))
        v1 = t2var.get(id(pair[0]))
        v2 = t2var.get(id(pair[1]))
        if v1 is None or v2 is None:
            if not (isinstance(pair[0], _TensorBase) and isinstance(pair[1], _TensorBase)):
                raise RuntimeError('mark_shared_storages accepts pairs of tensors, but one of them '
                                   'contains %s and %s' % (tp_name(pair[0]), tp_name(pair[1])))
            raise RuntimeError("mark_shared_storages only accepts pairs of input and output "
                               "tensors, but argument %d doesn't satify this condition" % i)
        v2._data._version = v1._data._version
    fn.shared_pairs = None


def _mark_non_differentiable(fn, t2var):
    items = fn.non_differentiable
    fn.non_differentiable = None
    if not items:
        return
    for i, t in enumerate(items):
        var = t2var.get(id(t))
        if var is None:
            if not isinstance(t, _TensorBase):
                raise RuntimeError('mark_non_differentiable only accepts tensor arguments, but got %s'
                                   % tp_name(t))
            raise RuntimeError('mark_non_differentiable only accepts function outputs')
        if var._grad_fn is not fn:
            raise RuntimeError("mark_non_differentiable only accepts output tensors, but argument "
                               "%d isn't an output" % i)
        # 0.3 kept grad_fn and cleared requires_grad; here requires_grad follows grad_fn
        var._grad_fn = None
        var._output_nr = 0


def _save_variables(fn, t2var):
    to_save = fn.to_save
    fn.to_save = None
    if to_save is None:
        return
    if not isinstance(to_save, tuple):
        raise RuntimeError('autograd internal error: to_save attribute is expected to be a tuple '
                           'but is %s' % tp_name(to_save))
    saved = []
    for i, t in enumerate(to_save):
        if t is None:
            saved.append(None)
            continue
        var = t2var.get(id(t))
        if var is None:
            if not isinstance(t, _TensorBase):
                raise RuntimeError('save_for_backward can only save tensors, but argument %d is of '
                                   'type %s' % (i, tp_name(t)))
            raise RuntimeError("save_for_backward can only save input or output tensors, but "
                               "argument %d doesn't satisfy this condition" % i)
        data = var._data
        if var._grad_fn is fn:
            # an output: keep only the tensor (no fn -> output -> fn reference cycle)
            saved.append((data, data._version[0], None, var._output_nr, True))
        else:
            saved.append((data, data._version[0], var, 0, True))
    fn._saved = saved


# =============================================================================== backward
def _fix_result(r, meta, name, B):
    shape, dtype = meta
    rs = r._data._a.shape if B is not _NB else r.shape
    if rs != shape and not _NB._broadcastable(shape, rs):
        # 0.3.1 passed a custom Function's gradient on without checking its shape, even one
        # of the input's number of elements (PyFunction::apply; an AccumulateGrad stores a
        # clone of it as it is); only its type is made the input's
        return r if B is not _NB or r.dtype == dtype else r.astype(dtype)
    return B.fix_grad(r, shape, dtype)


def _sparse_result(fn, i, r):
    """A sparse gradient returned by a custom Function's backward for input ``i``: carried on
    as sparse (``engine.SparseGrad``) to a leaf's AccumulateGrad or another custom Function,
    as 0.3.1 did; made dense for a registry op's backward, which takes arrays."""
    nexts = fn.next_functions
    nf = nexts[i][0] if i < len(nexts) else None
    if nf is not None and nf._kind == KIND_OP:
        return r.to_dense()._a
    return _engine.SparseGrad(r)


def _legacy_backward(fn, grads, create_graph):
    info = fn._output_info
    tensors = []
    grad_vars = []
    for i, g in enumerate(grads):
        if g is None:
            tensors.append(None)
            grad_vars.append(None)
        elif isinstance(g, Variable):
            tensors.append(g._data)
            grad_vars.append(g)
        elif type(g) is _engine.SparseGrad:
            tensors.append(g.t)
            grad_vars.append(None)
        else:
            if not g.flags.writeable:
                g = g.copy()
            tensors.append(info[i][0]._wrap(g) if g.dtype == info[i][0]._dtype
                           else CLASS_BY_DTYPE[g.dtype]._wrap(g))
            grad_vars.append(None)
    result = fn._do_backward(tuple(tensors), True)
    name = type(fn).__name__
    for r in result:
        if r is not None and not isinstance(r, _TensorBase):
            raise RuntimeError("expected Tensor (got '%s')'" % tp_name(r))
    meta = fn._input_meta
    if not create_graph:
        return [None if r is None else _sparse_result(fn, i, r) if r.is_sparse
                else _fix_result(r._a, meta[i], name, _NB)
                for i, r in enumerate(result)]
    # 0.3 wrap_outputs: gradients computed on tensors get an Error node, so they cannot
    # be differentiated again
    volatile = any(v is not None and v._volatile for v in grad_vars)
    requires = any(v is not None and v.requires_grad for v in grad_vars)
    err = None
    if requires and not volatile:
        err = ErrorNode('%s is not differentiable twice' % name,
                        tuple((None, 0) if v is None else v._edge() for v in grad_vars))
    out = []
    k = 0
    for i, r in enumerate(result):
        if r is None:
            out.append(None)
            continue
        if err is not None:
            v = Variable._make(r, grad_fn=err, output_nr=k)
            k += 1
        else:
            v = Variable._make(r, volatile=volatile)
        out.append(_fix_result(v, meta[i], name, _engine.VB))
    if err is not None:
        err.num_outputs = k
    return out


def _new_style_backward(ctx, grads, create_graph):
    info = ctx._output_info
    args = []
    for i, g in enumerate(grads):
        if g is None:
            args.append(Variable._make(_zeros_tensor(info[i]), volatile=not create_graph))
        elif isinstance(g, Variable):
            args.append(g)
        else:
            args.append(_as_variable(g, False))
    result = ctx.apply(*args)
    if not isinstance(result, tuple):
        result = (result,)
    is_var = ctx._is_variable_input
    n_in = len(is_var)
    result = _trim_nones(result, n_in)
    name = type(ctx).__name__
    if len(result) != n_in:
        raise RuntimeError('function %s returned an incorrect number of gradients (expected %d, '
                           'got %d)' % (name, n_in, len(result)))
    meta = ctx._input_meta
    out = []
    for i, r in enumerate(result):
        if not is_var[i]:
            if r is not None:
                raise RuntimeError('function %s returned a gradient different than None at position '
                                   '%d, but the corresponding forward input was not a Variable'
                                   % (name, i + 1))
            continue
        if r is None:
            out.append(None)
            continue
        if not isinstance(r, Variable):
            raise RuntimeError('expected Variable or None (got %s)' % tp_name(r))
        m = meta[len(out)]
        if create_graph:
            out.append(_fix_result(r, m, name, _engine.VB))
        else:
            out.append(_fix_result(r._data._a, m, name, _NB))
    return out


# =============================================================================== helpers
def _delayed_error(message, variables):
    """0.3 ``DelayedError``: outputs sharing the inputs' data whose grad_fn raises ``message``."""
    volatile = any(v is not None and v._volatile for v in variables)
    requires = any(v is not None and v.requires_grad for v in variables)
    if volatile or not requires:
        return tuple(None if v is None else Variable._make(v._data, volatile=volatile)
                     for v in variables)
    err = ErrorNode(message, tuple((None, 0) if v is None else v._edge() for v in variables))
    out = []
    k = 0
    for v in variables:
        if v is None:
            out.append(None)
            continue
        out.append(Variable._make(v._data, grad_fn=err, output_nr=k))
        k += 1
    err.num_outputs = max(k, 1)
    return tuple(out)


def once_differentiable(fn):
    """Decorate a new-style ``backward`` written on tensors: its arguments arrive as
    tensors and its results are wrapped back; differentiating them again raises."""
    @functools.wraps(fn)
    def wrapper(ctx, *args):
        tensor_args = [a._data if isinstance(a, Variable) else a for a in args]
        outputs = fn(ctx, *tensor_args)
        volatile = any(a._volatile for a in args if isinstance(a, Variable))
        requires = any(a.requires_grad for a in args if isinstance(a, Variable))
        single = not isinstance(outputs, tuple)
        outs = (outputs,) if single else outputs
        if volatile:
            wrapped = tuple(None if o is None else Variable(o, volatile=True) for o in outs)
        else:
            leaves = [None if o is None else Variable(o, requires_grad=requires) for o in outs]
            wrapped = _delayed_error(ONCE_DIFFERENTIABLE_MESSAGE, leaves)
        return wrapped[0] if single else wrapped
    return wrapper


def traceable(fn_cls):
    """0.3 JIT marker (no effect here)."""
    fn_cls.is_traceable = True
    return fn_cls


class InplaceFunction(Function):

    def __init__(self, inplace=False):
        super(InplaceFunction, self).__init__()
        self.inplace = inplace


# ------------------------------------------------------------------ nested inputs/outputs
def _flatten(obj, pred):
    out = []
    stack = [obj]
    while stack:
        o = stack.pop()
        if pred(o):
            out.append(o)
        elif o is None:
            continue
        elif isinstance(o, (list, tuple)):
            stack.extend(reversed(o))
        else:
            raise _nesting_error(o)
    return out


def _nesting_error(o):
    # 0.3.1's text (autograd/function.py, _iter_filter / _nested_map / _unflatten)
    return ValueError("NestedIOFunction doesn't know how to process an input object of type "
                      + _typename(o))


def _typename(o):
    from ..tensor import typename
    return typename(o)


def _map_nested(obj, pred, fn):
    if pred(obj):
        return fn(obj)
    if obj is None:
        return None
    if isinstance(obj, (list, tuple)):
        return type(obj)(_map_nested(x, pred, fn) for x in obj)
    raise _nesting_error(obj)


def _unflatten(flat, proto):
    flat = list(flat)
    pos = [0]

    def build(p):
        if not isinstance(p, (list, tuple)):
            v = flat[pos[0]]
            pos[0] += 1
            return v
        return type(p)(build(e) for e in p)
    return build(proto)


def _is_var(o):
    return isinstance(o, Variable)


def _is_tensor(o):
    return isinstance(o, _TensorBase)


def _is_none_or_tensor(o):
    return o is None or isinstance(o, _TensorBase)


class NestedIOFunction(Function):
    """Legacy Function whose inputs/outputs may be nested lists/tuples of Variables.

    Subclasses define ``forward_extended(*nested_tensors)`` and
    ``backward_extended(*nested_grads)``.
    """

    def _do_forward(self, *input):
        self._nested_input = input
        flat_input = tuple(_flatten(input, _is_var))
        flat_output = super(NestedIOFunction, self)._do_forward(*flat_input)
        if not isinstance(flat_output, tuple):
            flat_output = (flat_output,)
        return _unflatten(flat_output, self._nested_output)

    __call__ = _do_forward

    def _do_backward(self, gradients, retain_variables):
        self.retain_variables = retain_variables
        result = super(NestedIOFunction, self)._do_backward(gradients, retain_variables)
        if not retain_variables:
            del self._nested_output
            del self._to_save_nested
        return result

    def backward(self, *gradients):
        nested_gradients = _unflatten(gradients, self._nested_output)
        result = self.backward_extended(*nested_gradients)
        return tuple(_flatten(result, _is_none_or_tensor))

    def forward(self, *args):
        nested_tensors = _map_nested(self._nested_input, _is_var, lambda v: v._data)
        result = self.forward_extended(*nested_tensors)
        del self._nested_input
        self._nested_output = result
        return tuple(_flatten(result, _is_tensor))

    def save_for_backward(self, *args):
        self.to_save = tuple(_flatten(args, _is_tensor))
        self._to_save_nested = args

    @property
    def saved_tensors(self):
        flat_tensors = super(NestedIOFunction, self).saved_tensors
        return _unflatten(flat_tensors, self._to_save_nested)

    def mark_dirty(self, *args, **kwargs):
        self.dirty_tensors = tuple(_flatten((args, tuple(kwargs.values())), _is_tensor))

    def mark_non_differentiable(self, *args, **kwargs):
        self.non_differentiable = tuple(_flatten((args, tuple(kwargs.values())), _is_tensor))

    def forward_extended(self, *input):
        raise NotImplementedError

    def backward_extended(self, *grad_output):
        raise NotImplementedError


class StochasticFunction(Function):
    """0.3 legacy base of stochastic Functions: backward uses the reward given to
    ``_reinforce`` (``Variable.reinforce`` itself was removed in 0.3)."""

    def __init__(self):
        self.reward = None

    def _do_backward(self, grad_output, retain_variables):
        if getattr(self, 'reward', None) is None:
            raise RuntimeError('differentiating stochastic functions requires providing a reward')
        result = super(StochasticFunction, self)._do_backward((self.reward,), retain_variables)
        if not retain_variables:
            self.reward = None
        return result

    def _reinforce(self, reward):
        self.reward = reward
