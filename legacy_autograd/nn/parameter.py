"""``torch.nn.Parameter``: a Variable that modules register as a parameter."""
from ..autograd.variable import Variable


class Parameter(Variable):
    """Parameter(data=None, requires_grad=True); prints ``Parameter containing:``."""
    _repr_title = 'Parameter containing:'

    def __new__(cls, data=None, requires_grad=True):
        return object.__new__(cls)

    def __init__(self, data=None, requires_grad=True):
        Variable.__init__(self, data, requires_grad=requires_grad)

    def __reduce_ex__(self, proto):
        return (_rebuild_parameter, (self._data, self._requires_grad))


def _rebuild_parameter(data, requires_grad, grad=None):
    # as a Variable: no ``.grad`` (files written before session 21 carry one; it is dropped)
    return Parameter(data, requires_grad=requires_grad)

