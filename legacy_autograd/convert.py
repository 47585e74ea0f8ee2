"""``legacy-autograd convert OLD.pth NEW.pt``: a 0.3 checkpoint as a file modern torch loads
with ``torch.load(NEW, weights_only=True)``.

OLD is read with this package's ``torch.load`` (safe by default; ``--trusted``
for whole pickled models of your own classes, with the usual risk).  The
structure is kept: dicts, OrderedDicts, lists and tuples of tensors, numbers,
strings, bools and None.  Tensors, Variables and Parameters become modern
tensors (same dtype and values, bit for bit); a whole nn.Module becomes its
``state_dict()``; numpy arrays become tensors; storages and anything else
cannot be kept and are listed.  Modern torch is imported only by this command.
"""
from collections import OrderedDict

import numpy as np


def add_arguments(parser):
    parser.add_argument('old', metavar='OLD.pth', help='checkpoint written by PyTorch 0.1-0.3 '
                        '(or by torch.save of this package)')
    parser.add_argument('new', metavar='NEW.pt', help='where to write the modern file')
    parser.add_argument('--trusted', action='store_true',
                        help='load OLD with trusted=True (allows any class, e.g. a whole model of '
                             'your own class): only for files you trust, a malicious file can '
                             'then run any code')


class _Converter(object):
    def __init__(self, modern):
        self.torch = modern
        self.skipped = []          # (path, why)
        self.notes = []
        self.tensors = 0

    def tensor(self, t):
        a = np.ascontiguousarray(t.numpy()).copy()
        self.tensors += 1
        return self.torch.from_numpy(a)

    def convert(self, obj, path):
        from .tensor import _TensorBase
        from .autograd.variable import Variable
        from .storage import _StorageBase
        from .nn.modules.module import Module
        if obj is None or isinstance(obj, (bool, int, float, str)):
            return obj
        if isinstance(obj, _TensorBase):
            return self.tensor(obj)
        if isinstance(obj, Variable):
            self.notes.append('%s: %s -> its data as a tensor' % (path or '<top>', type(obj).__name__))
            return self.tensor(obj.data)
        if isinstance(obj, Module):
            self.notes.append('%s: whole %s model -> its state_dict()' % (path or '<top>',
                                                                         type(obj).__name__))
            return self.convert(obj.state_dict(), path)
        if isinstance(obj, np.ndarray) and obj.dtype.kind in 'biuf' and obj.dtype.itemsize <= 8:
            self.notes.append('%s: numpy array -> tensor' % (path or '<top>'))
            self.tensors += 1
            return self.torch.from_numpy(np.ascontiguousarray(obj).copy())
        if isinstance(obj, (dict, OrderedDict)):
            out = OrderedDict() if isinstance(obj, OrderedDict) else {}
            for k, v in obj.items():
                sub = '%s[%r]' % (path, k)
                if not isinstance(k, (str, int, float, bool)) and k is not None:
                    self.skipped.append((sub, 'key of type %s' % type(k).__name__))
                    continue
                value = self.convert(v, sub)
                if value is not _SKIP:
                    out[k] = value
            return out
        if isinstance(obj, (list, tuple)):
            items = [self.convert(v, '%s[%d]' % (path, i)) for i, v in enumerate(obj)]
            if any(v is _SKIP for v in items):
                items = [None if v is _SKIP else v for v in items]
            return type(obj)(items) if type(obj) in (list, tuple) else list(items)
        why = ('a storage (modern torch files hold tensors, not storages)'
               if isinstance(obj, _StorageBase) else 'an object of type %s' % type(obj).__name__)
        self.skipped.append((path or '<top>', why))
        return _SKIP


_SKIP = object()


def convert_file(old, new, trusted=False, out=None):
    import sys
    out = out or sys.stdout
    import torch as modern          # lazily: only this command needs modern torch
    from .serialization import load
    obj = load(old, map_location='cpu', trusted=trusted)
    conv = _Converter(modern)
    result = conv.convert(obj, '')
    if result is _SKIP:
        out.write('convert: nothing in %s can be converted (%s)\n' % (old, conv.skipped[0][1]))
        return 1
    modern.save(result, new)
    modern.load(new, weights_only=True)        # the promise: it loads safely in modern torch
    out.write('convert: wrote %s (%d tensors); modern torch loads it with '
              'torch.load(%r, weights_only=True)\n' % (new, conv.tensors, new))
    for note in conv.notes:
        out.write('  converted %s\n' % note)
    for path, why in conv.skipped:
        out.write('  could not convert %s: %s (left out of its dict; None in a list)\n'
                  % (path, why))
    return 0


def handle(args):
    """Returns the exit status; ``cli`` turns ImportError/OSError/UnpicklingError into its
    one-line error."""
    return convert_file(args.old, args.new, trusted=args.trusted)
