"""``torch.utils.dlpack``: tensors to and from DLPack capsules (CPU memory only).

``to_dlpack(tensor)`` gives a DLPack ``PyCapsule`` over the tensor's memory (made by numpy's
``__dlpack__``); ``from_dlpack(capsule)`` gives a tensor sharing the capsule's memory.  A
capsule can be consumed once, as in 0.3.
"""
import numpy as np

__all__ = ['from_dlpack', 'to_dlpack']


class _Capsule(object):
    # numpy.from_dlpack takes an object with __dlpack__/__dlpack_device__, not a bare capsule
    def __init__(self, capsule):
        self._capsule = capsule

    def __dlpack__(self, stream=None, **kwargs):
        return self._capsule

    def __dlpack_device__(self):
        return (1, 0)       # kDLCPU, device 0


class _Writable(object):
    # numpy marks arrays made from capsules read-only; 0.3's tensors shared writable memory
    def __init__(self, array):
        self._keep = array
        iface = dict(array.__array_interface__)
        iface['data'] = (iface['data'][0], False)
        self.__array_interface__ = iface


def to_dlpack(tensor):
    """``to_dlpack(tensor)``: a DLPack capsule sharing the tensor's memory."""
    from ..tensor import _TensorBase
    if not isinstance(tensor, _TensorBase):
        raise TypeError('to_dlpack: expected a tensor, got %s' % type(tensor).__name__)
    return tensor._a.__dlpack__()


def from_dlpack(dlpack):
    """``from_dlpack(capsule)``: a tensor sharing the memory of a DLPack capsule."""
    from ..tensor import array_to_tensor
    if type(dlpack).__name__ != 'PyCapsule':
        raise TypeError('from_dlpack: expected a DLPack capsule, got %s' % type(dlpack).__name__)
    try:
        array = np.from_dlpack(_Capsule(dlpack))
    except (RuntimeError, TypeError, ValueError, BufferError) as e:
        raise RuntimeError('from_dlpack: cannot read this DLPack capsule (%s); only CPU '
                           'tensors are supported, and a capsule can be used once' % e)
    if not array.flags.writeable:
        array = np.asarray(_Writable(array))
    return array_to_tensor(array)
