"""The op registry: every differentiable (and non-differentiable) op, declared once.

An :class:`Op` holds

* ``forward(*arrays, **params)``: the numpy computation (arrays in, array out;
  ops with index outputs return a tuple whose first item is the differentiable
  value);
* ``backward(ctx, grad)``: the vector-Jacobian product, written against the
  backend ``ctx.B`` so that the same formula runs on numpy arrays (ordinary
  backward) and on Variables (``create_graph=True``, higher-order gradients);
  broadcasting reduction and dtype casts are done by the engine, not here;
* ``grad_fn``: the legacy 0.3 node class name (``'AddBackward1'``);
* ``saves``: which inputs (indexes) and whether the output are saved for
  backward; saved values are freed after backward unless ``retain_graph``;
* ``argnames``: argument names used by the legacy type-mismatch messages;
* ``modern``: how to compute the same thing in modern PyTorch, a callable
  ``modern(torch, *tensors, **params)``; the parity suite is driven from it;
* ``samples``: optional description of sample inputs for the parity suite;
* ``is_view``: the output shares memory (and the version counter) with input 0;
* ``parity_exempt``: a reason string when the op has no parity case.

Front-end functions (tensor methods, Variable methods and ``torch.*``
functions) parse the 0.3 argument forms and call :func:`call` in
``ops.dispatch`` with an op from here.
"""

OPS = {}


class Op(object):
    __slots__ = ('name', 'forward', 'backward', 'grad_fn', 'save_inputs', 'save_output',
                 'argnames', 'modern', 'samples', 'differentiable', 'extra_outputs',
                 'node_cls', 'doc', 'check_types', 'parity_exempt', 'is_view')

    def __init__(self, name, forward, backward=None, grad_fn=None, save_inputs=(),
                 save_output=False, argnames=('self', 'other'), modern=None, samples=None,
                 extra_outputs=0, check_types=True, parity_exempt=None, doc=None,
                 is_view=False):
        self.name = name
        self.forward = forward
        self.backward = backward
        self.differentiable = backward is not None
        self.grad_fn = grad_fn
        self.save_inputs = tuple(save_inputs)
        self.save_output = save_output
        self.argnames = argnames
        self.modern = modern
        self.samples = samples
        self.extra_outputs = extra_outputs
        self.check_types = check_types
        self.parity_exempt = parity_exempt
        self.doc = doc
        self.is_view = is_view
        self.node_cls = None

    def __repr__(self):
        return '<Op %s (%s)>' % (self.name, self.grad_fn)


def register(name, forward, backward=None, **kwargs):
    if name in OPS:
        raise ValueError('op %r registered twice' % name)
    op = Op(name, forward, backward, **kwargs)
    if op.differentiable:
        if not op.grad_fn:
            raise ValueError('differentiable op %r needs a grad_fn name' % name)
        from ..autograd.nodes import op_node_class
        op.node_cls = op_node_class(op.grad_fn)
    OPS[name] = op
    return op

