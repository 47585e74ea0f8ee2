"""Numerical gradient checks, as ``torch.autograd.gradcheck`` in 0.3.

``gradcheck`` compares, for every differentiable output and every input
Variable that requires grad, the Jacobian obtained by backward (one backward
per output element, ``create_graph=True``, run twice to check reentrancy) with
central differences ``(f(x + eps) - f(x - eps)) / (2 eps)`` taken one input
element at a time (the outputs are subtracted in double precision).  Like 0.3,
the Jacobians are stored in tensors of the default type (``FloatTensor``
unless changed), shaped ``(input.numel(), output.numel())``, and compared
with ``|a - n| <= atol + rtol * |n|``; the failure message prints them.

Inputs are perturbed in their own type, so use DoubleTensor inputs (the
default ``eps`` is meant for doubles).
"""
from collections.abc import Iterable

import numpy as np

from .variable import Variable
from ..tensor import _TensorBase, default_tensor_type


def _as_tuple(x):
    if isinstance(x, tuple):
        return x
    if isinstance(x, list):
        return tuple(x)
    return (x,)


def _differentiable_outputs(x):
    return tuple(o for o in _as_tuple(x) if o.requires_grad)


def zero_gradients(x):
    """Detach and zero the ``.grad`` of every Variable in ``x`` (nested iterables allowed)."""
    if isinstance(x, Variable):
        if x.grad is not None:
            x.grad.detach_()
            g = x.grad._data
            g._a[...] = 0
    elif isinstance(x, Iterable) and not isinstance(x, (str, _TensorBase)):
        for elem in x:
            zero_gradients(elem)


def make_jacobian(input, num_out):
    """Zero Jacobian(s) ``(input.numel(), num_out)`` in the default tensor type, mirroring ``input``."""
    if isinstance(input, Variable) and not input.requires_grad:
        return None
    if isinstance(input, (Variable, _TensorBase)):
        cls = default_tensor_type()
        return cls._wrap(np.zeros((input.numel(), num_out), dtype=cls._dtype))
    if isinstance(input, Iterable) and not isinstance(input, str):
        jacobians = [j for j in (make_jacobian(elem, num_out) for elem in input) if j is not None]
        if not jacobians:
            return None
        return type(input)(jacobians)
    return None


def iter_tensors(x, only_requiring_grad=False):
    """The tensors in ``x`` (nested iterables allowed): every plain tensor, and the ``.data`` of
    every Variable (only of those that require grad with ``only_requiring_grad``)."""
    if isinstance(x, Variable):
        if x.requires_grad or not only_requiring_grad:
            yield x.data
    elif isinstance(x, _TensorBase):
        yield x                 # 0.3.1: a plain tensor is always perturbed (module parameters)
    elif isinstance(x, Iterable) and not isinstance(x, str):
        for elem in x:
            for result in iter_tensors(elem, only_requiring_grad):
                yield result


def iter_variables(x):
    if isinstance(x, Variable):
        if x.requires_grad:
            yield (x.grad.data, x.data) if x.grad is not None else (None, None)
    elif isinstance(x, Iterable) and not isinstance(x, (str, _TensorBase)):
        for elem in x:
            for result in iter_variables(elem):
                yield result


def contiguous(input):
    if isinstance(input, (Variable, _TensorBase)):
        return input.contiguous()
    if isinstance(input, Iterable) and not isinstance(input, str):
        return type(input)(contiguous(e) for e in input)
    return input


def _output_array(out):
    if isinstance(out, Variable):
        out = out.data
    if isinstance(out, _TensorBase):
        return np.array(out._a, dtype=np.float64).reshape(-1)
    return np.asarray(out, dtype=np.float64).reshape(-1)


def get_numerical_jacobian(fn, input, target, eps=1e-3):
    """Central differences: row ``i`` of each Jacobian is d(output)/d(element i of the input)."""
    input = contiguous(input)
    target = contiguous(target)
    output_size = _output_array(fn(input)).size
    jacobian = make_jacobian(target, output_size)
    x_tensors = [t for t in iter_tensors(target, True)]
    j_tensors = [t for t in iter_tensors(jacobian)]
    for x_tensor, d_tensor in zip(x_tensors, j_tensors):
        flat = x_tensor._a.reshape(-1)
        if not np.shares_memory(flat, x_tensor._a):
            raise RuntimeError('gradcheck needs contiguous inputs')
        d = d_tensor._a
        for i in range(flat.size):
            orig = flat[i]
            flat[i] = orig - eps
            outa = _output_array(fn(input))
            flat[i] = orig + eps
            outb = _output_array(fn(input))
            flat[i] = orig
            d[i] = (outb - outa) / (2 * eps)
    return jacobian


def get_analytical_jacobian(input, output):
    """Jacobians by backward, one output element at a time; also checks reentrancy and sizes."""
    jacobian = make_jacobian(input, output.numel())
    jacobian_reentrant = make_jacobian(input, output.numel())
    grad_output = output.data.clone()
    flat_grad_output = grad_output._a.reshape(-1)
    reentrant = True
    correct_grad_sizes = True
    for i in range(flat_grad_output.size):
        flat_grad_output[...] = 0
        flat_grad_output[i] = 1
        for jacobian_c in (jacobian, jacobian_reentrant):
            zero_gradients(input)
            output.backward(grad_output, create_graph=True)
            for jacobian_x, (d_x, x) in zip(jacobian_c, iter_variables(input)):
                if d_x is None:
                    jacobian_x._a[:, i] = 0
                    continue
                if d_x.size() != x.size():
                    correct_grad_sizes = False
                if d_x.is_sparse:
                    d_x = d_x.to_dense()
                # 0.3.1 copied the gradient into the column whatever its size (TH's copy goes by
                # element count); one of another element count leaves the column at zero here
                if d_x.numel() == jacobian_x._a.shape[0]:
                    jacobian_x._a[:, i] = d_x._a.reshape(-1)
    for jacobian_x, jacobian_reentrant_x in zip(jacobian, jacobian_reentrant):
        if jacobian_x._a.size and np.abs(jacobian_x._a - jacobian_reentrant_x._a).max() != 0:
            reentrant = False
    return jacobian, reentrant, correct_grad_sizes


def gradcheck(func, inputs, eps=1e-6, atol=1e-5, rtol=1e-3, raise_exception=True):
    """Check gradients computed by backward against finite differences.

    ``func`` takes the ``inputs`` (a tuple or list of Variables; a bare Variable is taken as
    a tuple of one) and returns a Variable or a tuple of Variables.  Returns True, or raises
    RuntimeError (False when ``raise_exception=False``) with 0.3.1's message: ``for output
    no. J, numerical:... analytical:...`` (J counts the inputs, as 0.3.1's did), then ``not
    reentrant``, then ``not correct_grad_sizes``, in that order.
    """
    tupled_inputs = _as_tuple(inputs)
    # the numerical Jacobians mirror the container given (0.3.1 passed ``inputs`` itself), the
    # analytical ones the tuple: the failure message shows a list and a tuple for a list
    given = inputs if isinstance(inputs, (tuple, list)) else tupled_inputs
    output = _differentiable_outputs(func(*tupled_inputs))

    def fail_test(msg):
        if raise_exception:
            raise RuntimeError(msg)
        return False

    for i, o in enumerate(output):
        if not o.requires_grad:
            continue

        def fn(input, i=i):
            return _as_tuple(func(*input))[i].data

        analytical, reentrant, correct_grad_sizes = get_analytical_jacobian(tupled_inputs, o)
        numerical = get_numerical_jacobian(fn, given, given, eps)

        for j, (a, n) in enumerate(zip(analytical or (), numerical or ())):
            if a.numel() != 0 or n.numel() != 0:
                aa = a._a
                na = n._a
                if not (np.abs(aa - na) <= (atol + rtol * np.abs(na))).all():
                    return fail_test('for output no. %d,\n numerical:%s\nanalytical:%s\n'
                                     % (j, numerical, analytical))

        if not reentrant:
            return fail_test('not reentrant')

        if not correct_grad_sizes:
            return fail_test('not correct_grad_sizes')

    # check that backward multiplies by grad_output
    zero_gradients(tupled_inputs)
    output = _differentiable_outputs(func(*tupled_inputs))
    if any(o.requires_grad for o in output):
        from . import backward
        backward(output, [type(o.data)._wrap(np.zeros(o.data._a.shape, dtype=o.data._a.dtype))
                          for o in output], create_graph=True)
        var_inputs = [x for x in tupled_inputs if isinstance(x, Variable)]
        if not var_inputs:
            raise RuntimeError('no Variables found in input')
        for x in var_inputs:
            if x.grad is None:
                continue
            if (x.grad.data._a != 0).any():
                return fail_test('backward not multiplied by grad_output')
    return True


def gradgradcheck(func, inputs, grad_outputs=None, eps=1e-6, atol=1e-5, rtol=1e-3):
    """Check second derivatives: gradcheck of the gradients of ``func`` w.r.t. its inputs,
    backpropagated from ``grad_outputs`` (random normal Variables when None).  0.3.1's
    signature: no ``raise_exception`` (a failure always raises) and no
    ``gen_non_contig_grad_outputs`` (both came with 0.4)."""
    inputs = _as_tuple(inputs)
    if grad_outputs is None:
        def randn_like(x):
            t = x.data.new(*x.size())
            t.normal_()
            return Variable(t, requires_grad=True)
        outputs = _as_tuple(func(*inputs))
        grad_outputs = tuple(randn_like(x) for x in outputs)
    else:
        grad_outputs = _as_tuple(grad_outputs)
    n_go = len(grad_outputs)

    def new_func(*input_args):
        input_args = input_args[:-n_go]
        outputs = _differentiable_outputs(func(*input_args))
        input_args = tuple(x for x in input_args if isinstance(x, Variable) and x.requires_grad)
        from . import grad
        return grad(outputs, input_args, grad_outputs, create_graph=True)

    return gradcheck(new_func, inputs + grad_outputs, eps, atol, rtol)
