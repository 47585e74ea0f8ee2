"""``parameters_to_vector`` / ``vector_to_parameters`` (0.3.1)."""
from ...autograd.variable import Variable
from ...tensor import typename
from ...ops.functions import TORCH

__all__ = ['parameters_to_vector', 'vector_to_parameters']


def parameters_to_vector(parameters):
    r"""Convert parameters to one vector (the parameters flattened and concatenated)."""
    param_device = None
    vec = []
    for param in parameters:
        param_device = _check_param_device(param, param_device)
        vec.append(param.view(-1))
    return TORCH.cat(vec)


def vector_to_parameters(vec, parameters):
    r"""Copy the slices of one vector into the parameters (their ``.data`` is replaced)."""
    if not isinstance(vec, Variable):
        raise TypeError('expected torch.autograd.Variable, but got: {}'
                        .format(typename(vec)))
    param_device = None
    pointer = 0
    for param in parameters:
        param_device = _check_param_device(param, param_device)
        num_param = 1
        for s in param.size():
            num_param *= s
        param.data = vec[pointer:pointer + num_param].view(param.size()).data
        pointer += num_param


def _check_param_device(param, old_param_device):
    if old_param_device is None:
        old_param_device = param.get_device() if param.is_cuda else -1
    else:
        warn = False
        if param.is_cuda:
            warn = (param.get_device() != old_param_device)
        else:
            warn = (old_param_device != -1)
        if warn:
            raise TypeError('Found two parameters on different devices, '
                            'this is currently not supported.')
    return old_param_device
