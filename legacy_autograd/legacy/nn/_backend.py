"""``torch.legacy.nn.type2backend``: 0.3.1's table from tensor type names to the THNN backend
its modules called.  This package has no THNN: its modules compute with our own kernels, so
each backend here only names its type; asking it for a THNN function raises AttributeError."""


class _Backend(object):
    library_state = 0

    def __init__(self, type_name):
        self.type_name = type_name

    def __getattr__(self, name):
        if name.startswith('__'):
            raise AttributeError(name)
        raise AttributeError("the THNN function '{}' is not available in this package (its "
                             "torch.legacy.nn modules do not use THNN)".format(name))

    def __repr__(self):
        return '<THNN backend for {} (not available)>'.format(self.type_name)


type2backend = {name: _Backend(name) for name in (
    'torch.FloatTensor', 'torch.DoubleTensor', 'torch.cuda.FloatTensor', 'torch.cuda.DoubleTensor',
    'torch.cuda.HalfTensor')}


def unpickle_backend(backend_name):
    """``torch._thnn.utils._unpickle_backend`` in files 0.3.1 wrote: a legacy module's
    ``_backend`` field comes back as None (nothing here reads it)."""
    if not isinstance(backend_name, str):
        raise TypeError('torch.load: corrupt THNN backend name in file')
    return None
