"""``torch.autograd``: Variable, backward, grad, Function, gradcheck (0.3 semantics)."""
import warnings

import numpy as np

from .variable import Variable
from . import engine as _engine
from ..quiet import set_state as _quiet, IGNORE as _IGNORE, leave as _unquiet
from ..tensor import _TensorBase
from .. import errors
from .. import _fastpaths

_EVERYDAY = True
_execute = _engine.execute.__wrapped__      # the engine without its ``quietly`` frame
_fastpaths.flag(globals(), '_EVERYDAY')
_UINT8 = np.dtype(np.uint8)       # backward()'s shortcut for one output (off in reference mode)


def _make_grads(outputs, grads, user_create_graph):
    """0.3 ``_make_grads``: one gradient Variable (or None) per output, and create_graph."""
    if user_create_graph is not None:
        create_graph = user_create_graph
    else:
        create_graph = any(isinstance(g, Variable) and not g._volatile for g in grads)
    new_grads = []
    for out, grad in zip(outputs, grads):
        if isinstance(grad, Variable):
            new_grads.append(grad)
        elif isinstance(grad, _TensorBase):
            new_grads.append(Variable._make(grad, volatile=not create_graph))
        elif grad is None:
            if isinstance(out, Variable) and out.requires_grad:
                data = out._data
                if data.numel() != 1:
                    raise RuntimeError('grad can be implicitly created only for scalar outputs')
                ones = type(data)._wrap(np.ones(data._a.shape, dtype=data._a.dtype))
                new_grads.append(Variable._make(ones, volatile=not create_graph))
            else:
                new_grads.append(None)
        else:
            raise TypeError('gradients can be either Tensors, Variables or None, but got '
                            + type(grad).__name__)
    return tuple(new_grads), create_graph


def _grads_list(grads, n):
    if grads is None:
        return [None] * n
    if isinstance(grads, (Variable, _TensorBase)):
        return [grads]
    return list(grads)


def _run_backward(variables, grads, keep_graph, inputs=None, only_inputs=True,
                  allow_unreachable=False):
    """0.3 ``Variable._execution_engine.run_backward``: argument checks, then the engine."""
    if len(variables) != len(grads):
        raise RuntimeError('got %d variables and %d gradients' % (len(variables), len(grads)))
    roots = []
    root_grads = []
    build_graph = False
    for i, (v, g) in enumerate(zip(variables, grads)):
        if not isinstance(v, Variable):
            raise RuntimeError('element %d of variables tuple is not a Variable' % i)
        if v._volatile:
            raise RuntimeError('element %d of variables tuple is volatile' % i)
        edge = v._edge()
        if edge[0] is None:
            raise RuntimeError('element %d of variables does not require grad and does not have '
                               'a grad_fn' % i)
        if g is None:
            if v.requires_grad:
                raise RuntimeError('element %d of gradients tuple is None, but the corresponding '
                                   'Variable requires grad' % i)
            continue
        if not isinstance(g, Variable):
            raise RuntimeError('element %d of gradients tuple is not a Variable or None' % i)
        shape = v._data._a.shape
        if g._data._a.shape != shape:
            if g._data.numel() != v._data.numel():
                raise RuntimeError('gradient of size %s does not match the output of size %s '
                                   '(element %d)' % (errors.fmt_sizes(g._data._a.shape),
                                                     errors.fmt_sizes(shape), i))
            g = g.contiguous().view(*shape)
        if type(g._data) is not type(v._data) and v._data._dtype != _UINT8:
            # (a comparison's ByteTensor output takes any gradient: its backward is zeros)
            raise RuntimeError('gradient of type %s does not match the output type %s (element %d)'
                               % (g._data.type(), v._data.type(), i))
        if not g._volatile:
            build_graph = True
        roots.append(edge)
        root_grads.append(g)
    if not roots:
        raise RuntimeError('there are no graph nodes that require computing gradients')
    if not build_graph:
        root_grads = [g._data._a for g in root_grads]

    capture = None
    if inputs is not None:
        capture = {}
        for i, inp in enumerate(inputs):
            if not isinstance(inp, Variable):
                raise RuntimeError('all inputs have to be Variables, but got %s'
                                   % errors.tp_name(inp))
            fn = inp._grad_fn
            nr = inp._output_nr
            if fn is None:
                ref = inp._accumulator
                fn = ref() if ref is not None else None
                nr = 0
            if not inp.requires_grad:
                raise RuntimeError('One of the differentiated Variables does not require grad')
            if fn is None:
                if allow_unreachable:
                    continue
                raise RuntimeError('One of the differentiated Variables appears to not have been '
                                   'used in the graph')
            capture.setdefault(fn, []).append((nr, i))
        # map result slots back to input positions
        positions = []
        for fn, lst in capture.items():
            for k, (nr, i) in enumerate(lst):
                positions.append(i)
                lst[k] = (nr, len(positions) - 1)
    captured = _engine.execute(roots, root_grads, keep_graph, build_graph, capture,
                               only_inputs, allow_unreachable)
    if inputs is None:
        return None
    result = [None] * len(inputs)
    for k, g in enumerate(captured):
        if g is not None:
            result[positions[k]] = _engine._as_variable(g, build_graph)
    return tuple(result)


def backward(variables, grad_variables=None, retain_graph=None, create_graph=None,
             retain_variables=None):
    """Compute the sum of gradients of ``variables`` w.r.t. graph leaves (0.3 semantics).

    ``create_graph`` defaults to True when a given gradient is a non-volatile
    Variable; ``retain_graph`` defaults to ``create_graph``.  ``retain_variables``
    is the deprecated spelling of ``retain_graph``.
    """
    if _EVERYDAY and create_graph is None and retain_variables is None \
            and isinstance(variables, Variable):
        # fast path for the everyday call: one output, implicit or tensor gradient
        fn = variables._grad_fn
        if fn is not None and not variables._volatile:
            a = variables._data._a
            g = None
            if grad_variables is None:
                if a.size == 1:
                    g = np.empty(a.shape, dtype=a.dtype)
                    g.fill(1)
            elif type(grad_variables) is type(variables._data):
                ga = grad_variables._a
                if ga.shape == a.shape:
                    g = ga
            if g is not None:
                # execute without its ``quietly`` wrapper frame (the same state switch inline)
                token = _quiet(_IGNORE)
                try:
                    _execute([(fn, variables._output_nr)], [g], bool(retain_graph), False)
                finally:
                    _unquiet(token)
                return
    variables = (variables,) if isinstance(variables, Variable) else tuple(variables)
    grad_variables = _grads_list(grad_variables, len(variables))
    grad_variables, create_graph = _make_grads(variables, grad_variables, create_graph)
    if retain_variables is not None:
        if retain_graph is not None:
            raise ValueError('only one of retain_graph and retain_variables can be specified')
        retain_graph = retain_variables
        warnings.warn('retain_variables option is deprecated and will be removed in 0.3. '
                      'Use retain_graph instead.')
    elif retain_graph is None:
        retain_graph = create_graph
    _run_backward(variables, grad_variables, bool(retain_graph))


def grad(outputs, inputs, grad_outputs=None, retain_graph=None, create_graph=None,
         only_inputs=True, allow_unused=False):
    """Gradients of ``outputs`` w.r.t. ``inputs``, returned (never accumulated into ``.grad``).

    ``only_inputs=True`` (default) runs only the part of the graph between the
    outputs and ``inputs``; with False, other leaves still accumulate into
    ``.grad`` (0.3 behaviour).  ``allow_unused=True`` gives None for inputs the
    outputs do not depend on instead of raising.
    """
    outputs = (outputs,) if isinstance(outputs, Variable) else tuple(outputs)
    inputs = (inputs,) if isinstance(inputs, Variable) else tuple(inputs)
    grad_outputs = _grads_list(grad_outputs, len(outputs))
    grad_outputs, create_graph = _make_grads(outputs, grad_outputs, create_graph)
    if retain_graph is None:
        retain_graph = create_graph
    return _run_backward(outputs, grad_outputs, bool(retain_graph), inputs, bool(only_inputs),
                         bool(allow_unused))


from . import variable, function  # noqa: E402,F401
from .function import Function, NestedIOFunction, StochasticFunction  # noqa: E402,F401
from .function import once_differentiable  # noqa: E402,F401
from .gradcheck import gradcheck, gradgradcheck  # noqa: E402,F401
from ._profiling import enable as _enable_profiler, disable as _disable_profiler  # noqa: E402,F401
from . import profiler  # noqa: E402,F401

__all__ = ['Variable', 'Function', 'StochasticFunction', 'backward']
