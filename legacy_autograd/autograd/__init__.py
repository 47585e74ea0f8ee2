"""``torch.autograd``: Variable, backward, grad, Function, gradcheck."""
import warnings

from .variable import Variable
from . import engine as _engine
from ..tensor import _TensorBase
from .. import errors


def _make_grads(outputs, grads, user_create_graph):
    if user_create_graph is not None:
        create_graph = user_create_graph
    else:
        create_graph = any(isinstance(g, Variable) and not g._volatile for g in grads)
    new_grads = []
    for out, grad in zip(outputs, grads):
        if isinstance(grad, Variable):
            new_grads.append(grad)
        elif isinstance(grad, _TensorBase):
            new_grads.append(Variable(grad, volatile=not create_graph))
        elif grad is None:
            if isinstance(out, Variable) and out.requires_grad:
                if out._data.numel() != 1:
                    raise RuntimeError('grad can be implicitly created only for scalar outputs')
                data = out._data
                ones = type(data)._wrap(__import__('numpy').ones_like(data._a))
                new_grads.append(Variable(ones, volatile=not create_graph))
            else:
                new_grads.append(None)
        else:
            raise TypeError('gradients can be either Tensors, Variables or None, but got '
                            + type(grad).__name__)
    return tuple(new_grads), create_graph


def _roots(variables, grads, create_graph, tuple_name='variables'):
    if len(variables) != len(grads):
        raise RuntimeError('got %d variables and %d gradients' % (len(variables), len(grads)))
    roots = []
    root_grads = []
    for i, (v, g) in enumerate(zip(variables, grads)):
        if not isinstance(v, Variable):
            raise RuntimeError('element %d of variables tuple is not a Variable' % i)
        if v._volatile:
            raise RuntimeError('element %d of variables tuple is volatile' % i)
        if g is not None and not isinstance(g, Variable):
            raise RuntimeError('element %d of gradients tuple is not a Variable or None' % i)
        edge = v._edge()
        if edge[0] is None:
            raise RuntimeError('element %d of variables does not require grad and does not have a grad_fn' % i)
        if g is None:
            continue
        if g._data._a.shape != v._data._a.shape:
            if g._data.numel() == v._data.numel():
                g = g.view(*v._data._a.shape) if g._data.is_contiguous() else g.contiguous().view(
                    *v._data._a.shape)
            else:
                raise RuntimeError('gradient of size %s does not match the output of size %s (element %d)'
                                   % (errors.fmt_sizes(g._data._a.shape),
                                      errors.fmt_sizes(v._data._a.shape), i))
        if type(g._data) is not type(v._data):
            raise RuntimeError('gradient of type %s does not match the output type %s (element %d)'
                               % (g._data.type(), v._data.type(), i))
        roots.append(edge)
        root_grads.append(g if create_graph else g._data._a)
    if not roots:
        raise RuntimeError('there are no graph nodes that require computing gradients')
    return roots, root_grads


def _as_tuple(x):
    if isinstance(x, (Variable, _TensorBase)) or x is None:
        return (x,)
    return tuple(x)


def backward(variables, grad_variables=None, retain_graph=None, create_graph=None,
             retain_variables=None):
    """Compute the sum of gradients of ``variables`` w.r.t. graph leaves (0.3 semantics)."""
    variables = (variables,) if isinstance(variables, Variable) else tuple(variables)
    if grad_variables is None:
        grad_variables = [None] * len(variables)
    else:
        grad_variables = list(_as_tuple(grad_variables))
    grad_variables, create_graph = _make_grads(variables, grad_variables, create_graph)
    if retain_variables is not None:
        if retain_graph is not None:
            raise ValueError('only one of retain_graph and retain_variables can be specified')
        retain_graph = retain_variables
        warnings.warn('retain_variables option is deprecated and will be removed in 0.3. '
                      'Use retain_graph instead.')
    elif retain_graph is None:
        retain_graph = create_graph
    roots, root_grads = _roots(variables, grad_variables, create_graph)
    _engine.execute(roots, root_grads, retain_graph, create_graph)


def grad(outputs, inputs, grad_outputs=None, retain_graph=None, create_graph=None,
         only_inputs=True, allow_unused=False):
    """Gradients of ``outputs`` w.r.t. ``inputs`` (not accumulated into ``.grad``)."""
    outputs = (outputs,) if isinstance(outputs, Variable) else tuple(outputs)
    inputs = (inputs,) if isinstance(inputs, Variable) else tuple(inputs)
    if grad_outputs is None:
        grad_outputs = [None] * len(outputs)
    else:
        grad_outputs = list(_as_tuple(grad_outputs))
    grad_outputs, create_graph = _make_grads(outputs, grad_outputs, create_graph)
    if retain_graph is None:
        retain_graph = create_graph
    for inp in inputs:
        if not isinstance(inp, Variable):
            raise TypeError('all inputs have to be Variables, but got %s' % errors.legacy_typename(inp))
    roots, root_grads = _roots(outputs, grad_outputs, create_graph)
    capture = {}
    for k, inp in enumerate(inputs):
        edge = inp._edge()
        if edge[0] is None:
            raise RuntimeError('One of the differentiated Variables does not require grad')
        capture.setdefault(edge, []).append(k)
    captured = _engine.execute(roots, root_grads, retain_graph, create_graph, capture=capture)
    result = []
    for k, g in enumerate(captured):
        if g is None:
            if not allow_unused:
                raise RuntimeError('One of the differentiated Variables appears to not have been '
                                   'used in the graph')
            result.append(None)
        elif isinstance(g, Variable):
            result.append(g)
        else:
            result.append(_engine._as_variable(g, False))
    return tuple(result)


from .function import Function, NestedIOFunction, once_differentiable  # noqa: E402,F401
from .gradcheck import gradcheck, gradgradcheck  # noqa: E402,F401

__all__ = ['Variable', 'Function', 'backward', 'grad', 'gradcheck', 'gradgradcheck']
