"""``torch.nn.backends.backend``: ``FunctionBackend``, a registry of function classes by name.

As in 0.3.1, an attribute of a backend is the function class registered under that name, a
name registered twice is a RuntimeError, and a name never registered raises
``NotImplementedError`` (so ``getattr(backend, name, None)`` does not hide it)."""

__all__ = ['FunctionBackend']


class FunctionBackend(object):

    def __init__(self):
        self.function_classes = {}

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            # copy/pickle probe dunders on the instance: those are plain missing attributes
            raise AttributeError(name)
        fn = self.__dict__.get('function_classes', {}).get(name)
        if fn is None:
            raise NotImplementedError
        return fn

    def register_function(self, name, function_class):
        if self.function_classes.get(name):
            raise RuntimeError("Trying to register second function under name " + name +
                               " in " + type(self).__name__)
        self.function_classes[name] = function_class
