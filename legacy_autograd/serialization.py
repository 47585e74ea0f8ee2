"""``torch.save`` / ``torch.load``: pickle based, and safe to load by default.

``save`` writes one pickle in which tensors are (type name, raw bytes, sizes),
never numpy objects.  ``load`` reads those files and the files real PyTorch
0.1-0.3 wrote (``legacy_format``), always through ``SafeUnpickler``: only the
exact (module, name) pairs of ``load_allowlist.ALLOWED_GLOBALS`` are loaded,
nothing is called that did not come from that table, and every refusal or
corrupt file is a ``pickle.UnpicklingError`` naming the problem.
``trusted=True`` turns the checks off (any code may run); ``allowed_classes``
adds single classes.  See docs/serialization.md.
"""
import io
import os
import pickle

from . import legacy_format
from .legacy_format import SourceChangeWarning, MAGIC_NUMBER, PROTOCOL_VERSION  # noqa: F401
from .safe_unpickler import SafeUnpickler
from .tensor import _rebuild_tensor  # noqa: F401  (files of earlier versions name it here)

DEFAULT_PROTOCOL = 2


def save(obj, f, pickle_module=pickle, pickle_protocol=DEFAULT_PROTOCOL):
    """Save ``obj`` (tensors, Variables, storages, state dicts, modules, ...) to a path or a
    binary file object, in 0.3's own file format (``save_format``).  ``pickle_module`` is
    accepted for compatibility and ignored."""
    from . import save_format
    if isinstance(f, (str, bytes, os.PathLike)):
        with open(f, 'wb') as fh:
            save_format.save(obj, fh, pickle_protocol)
    else:
        save_format.save(obj, f, pickle_protocol)


def load(f, map_location=None, pickle_module=pickle, trusted=False, allowed_classes=()):
    """Load an object saved with :func:`save`, or a file written by PyTorch 0.1-0.3.

    Safe by default: only the globals of ``load_allowlist.ALLOWED_GLOBALS`` are
    loaded; anything else raises ``pickle.UnpicklingError`` naming it.
    ``allowed_classes=[Net]`` allows those classes too; ``trusted=True`` allows
    everything (only for files you trust: a malicious file can then run any
    code).  Any corrupt or truncated file raises ``pickle.UnpicklingError``.
    ``map_location`` takes 0.3's forms (None, a string, a dict, a callable);
    everything ends up on the CPU.  ``pickle_module`` is accepted and ignored.
    """
    if isinstance(f, (str, bytes, os.PathLike)):
        with open(f, 'rb') as fh:
            data = fh.read()
    else:
        data = f.read()
    if not isinstance(data, bytes):
        raise TypeError('torch.load: the file must be opened in binary mode')
    opts = {'trusted': bool(trusted), 'allowed_classes': tuple(allowed_classes or ())}
    locations = legacy_format._Locations(map_location)
    try:
        result = _load_bytes(data, opts, locations)
    except pickle.UnpicklingError as e:
        if str(e).startswith('torch.load'):
            raise
        raise legacy_format.corrupt(_short(e)) from e
    except Warning:
        raise
    except legacy_format.UserCodeError as e:
        raise e.original
    except Exception as e:
        raise legacy_format.corrupt('%s: %s' % (type(e).__name__, _short(e))) from e
    locations.notice()
    return result


def _short(e):
    text = str(e)
    return text if len(text) <= 200 else text[:197] + '...'


def _load_bytes(data, opts, locations):
    if not data:
        raise legacy_format.corrupt('the file is empty')
    if data[:4] == b'PK\x03\x04':
        raise legacy_format.corrupt('a zip archive, the format of modern torch (>= 1.6), which this '
                                    'package does not read; load it with modern torch')
    if legacy_format.is_tar(data):
        return legacy_format.load_tar(data, opts, locations)
    bio = io.BytesIO(data)
    first = SafeUnpickler(bio, allowed_classes=opts['allowed_classes'], trusted=opts['trusted'],
                          encoding='latin1').load()
    if type(first) is int and first == legacy_format.MAGIC_NUMBER:
        return legacy_format.load_magic(data, opts, locations)
    return first
