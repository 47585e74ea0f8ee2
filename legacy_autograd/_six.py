"""``torch._six``: the Python 2/3 compatibility names of PyTorch 0.3.1 (Python 3 only here).

0.3-era code and 0.3.1's own tests import ``string_classes`` and ``int_classes`` from it.
"""

import builtins

PY2 = False
PY3 = True

string_classes = (str, bytes)
int_classes = int
imap = map


def with_metaclass(meta, *bases):
    """A base class whose subclasses are created by ``meta`` (the six idiom)."""
    class _Temporary(meta):
        def __new__(cls, name, this_bases, namespace):
            return meta(name, bases, namespace)
    return type.__new__(_Temporary, '_TemporaryClass', (), {})


def raise_from(value, from_value):
    """``raise value from from_value``."""
    raise value from from_value


exec_ = getattr(builtins, 'exec')
