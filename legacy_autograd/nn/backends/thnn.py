"""``torch.nn.backends.thnn``: the backend of every ``nn.Module`` (``module._backend``).

0.3.1 registered here its THNN function classes (``Embedding``, ``Threshold``, the pooling,
padding and upsampling classes, ...) and the RNN, dropout and embedding-loss functions, under
the names old module code used: ``self._backend.Embedding.apply(...)``,
``self._backend.RNN(mode, input_size, hidden_size, ...)(input, weights, hx)``,
``self._backend.CrossMapLRN2d(size, alpha, beta, k)(input)``.  This package has no THNN
classes; each name is registered with a small class whose ``apply`` takes 0.3.1's arguments,
in 0.3.1's order, and runs the matching ``nn.functional`` function (so values, gradients and
``grad_fn`` names are those of the functional form); ``nn._backend_functions`` registers them
when ``torch.nn`` is imported (they live above this module's layer).  The names 0.3.1
registered and this package does not offer raise ``NotImplementedError``, as an unregistered
name did in 0.3.1.

The backend object pickles as a reference to this module's one instance
(``_get_thnn_function_backend``), as 0.3.1's did, and ``copy``/``deepcopy`` keep it.
"""
from .backend import FunctionBackend

__all__ = ['THNNFunctionBackend', 'backend']


class THNNFunctionBackend(FunctionBackend):

    def __reduce__(self):
        return (_get_thnn_function_backend, ())

    def __deepcopy__(self, memo):
        memo[id(self)] = self
        return self

    def __copy__(self):
        return self


def _get_thnn_function_backend():
    return backend


backend = THNNFunctionBackend()
