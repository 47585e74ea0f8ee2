"""``torch.autograd._functions.utils`` (0.3.1): the two ONNX export helpers old code imports."""
from functools import reduce


def prepare_onnx_paddings(dim, pad):
    """F.pad's ``pad`` (last dimension first, (begin, end) pairs) as ONNX wants it: the begins
    of dimensions 0..dim-1, then their ends; dimensions ``pad`` does not name get 0."""
    assert isinstance(dim, int)
    assert len(pad) <= dim * 2
    paddings = list(pad[:]) + [0] * (dim * 2 - len(pad))
    paddings = paddings[-2::-2] + paddings[-1::-2]
    assert len(paddings) == dim * 2
    return paddings


def check_onnx_broadcast(dims1, dims2):
    """Whether combining shapes ``dims1`` and ``dims2`` broadcasts (True when they differ);
    ValueError when ONNX cannot express it: ONNX broadcasts only a one-element ``dims2`` or a
    ``dims2`` that is a suffix of ``dims1``."""
    broadcast = False
    supported = True
    len1, len2 = len(dims1), len(dims2)
    numel2 = reduce(lambda x, y: x * y, dims2)
    if len1 < len2:
        broadcast = True
        if numel2 != 1:
            supported = False
    elif len1 > len2:
        broadcast = True
        if numel2 != 1 and dims1[len1 - len2:] != dims2:
            supported = False
    elif dims1 != dims2:
        broadcast = True
        if numel2 != 1:
            supported = False
    if not supported:
        raise ValueError("Numpy style broadcasting is not supported in ONNX. "
                         "Input dims are: {}, {}".format(dims1, dims2))
    return broadcast
