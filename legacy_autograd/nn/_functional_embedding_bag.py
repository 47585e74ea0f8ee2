"""``torch.nn.functional.embedding_bag`` (0.3.1): sums or means of bags of embedding rows.

As 0.3.1's CPU path: the rows ``weight.index_select(0, indices)`` are added into their bags
by an ``offset2bag`` table built with ``index_fill_(0, offsets, 1)``, ``[0] = 0`` and
``cumsum`` (repeated offsets therefore merge bags as they did in 0.3.1), and 'mean' divides
by ``offsets[i+1] - offsets[i]`` (the last bag: up to the end).  ``max_norm`` renormalises the
looked-up rows in place first; ``scale_grad_by_freq`` divides each row's gradient by the count
of its index in the batch.  The node is ``torch.autograd.function.EmbeddingBagBackward``.
"""
import numpy as np

from ..autograd.variable import Variable
from ..tensor import LongTensor, typename
from . import _graph_ops as G
from ..ops import _args

__all__ = ['embedding_bag']


def _class_repr(obj):
    # ``type(obj)`` as 0.3.1 printed it: this package's classes under their torch spelling
    return "<class '%s'>" % typename(type(obj))


def _arr(x):
    return x.data._a if isinstance(x, Variable) else x._a


def _renorm(weight, idx, max_norm, norm_type):
    w = _arr(weight)
    for row in np.unique(idx):
        v = w[row].astype(np.float64)
        norm = (np.abs(v) ** norm_type).sum() ** (1.0 / norm_type)
        if norm > max_norm:
            w[row] = (v * (max_norm / (norm + 1e-7))).astype(w.dtype)


def _bags(weight, indices, offsets, max_norm, norm_type, scale_grad_by_freq, mode):
    if mode not in ('sum', 'mean'):
        raise ValueError("mode needs to be 'sum' or 'mean', but got {}".format(mode))
    if isinstance(indices, Variable) and indices.requires_grad:
        raise AssertionError("EmbeddingBag doesn't compute the gradient w.r.t. the indices")
    if isinstance(offsets, Variable) and offsets.requires_grad:
        raise AssertionError("EmbeddingBag doesn't compute the gradient w.r.t. the offsets")
    idx = _arr(indices)
    off = _arr(offsets)
    assert idx.ndim == 1
    if off.ndim != 1:
        raise ValueError('offsets has to be a 1D Tensor')
    if off[0] != 0:
        raise ValueError('offsets[0] has to be 0, i.e. the first sequence in the mini-batch has '
                         'to start from position 0.However, got {}'.format(int(off[0])))
    if off[-1] > idx.shape[0]:
        raise ValueError("offsets[-1] has to be smaller than indices's length ({}), but got "
                         'offsets[-1] of {}'.format(idx.shape[0], int(off[-1])))
    if max_norm is not None:
        _renorm(weight, idx, float(max_norm), float(norm_type))
    n_bags = off.shape[0]
    offset2bag = np.zeros(idx.shape[0], dtype=np.int64)
    offset2bag[off[off < idx.shape[0]]] = 1
    if offset2bag.size:
        offset2bag[0] = 0
    offset2bag = np.cumsum(offset2bag)
    dtype = _arr(weight).dtype
    m = np.zeros((n_bags, idx.shape[0]), dtype=dtype)
    m[offset2bag, np.arange(idx.shape[0])] = 1
    const = type(weight.data if isinstance(weight, Variable) else weight)._wrap(m)
    rows = weight.index_select(0, Variable(LongTensor._wrap(np.array(idx, dtype=np.int64)))
                               if isinstance(weight, Variable)
                               else LongTensor._wrap(np.array(idx, dtype=np.int64)))
    if scale_grad_by_freq and idx.size:
        # THNN LookupTable_accGradParameters: each row's gradient divided by how often its
        # index occurs in the whole batch
        counts = np.bincount(idx, minlength=int(idx.max()) + 1)
        rows = G.scale_grad(rows, (1.0 / counts[idx]).astype(dtype)[:, None])
    out = (Variable(const) if isinstance(weight, Variable) else const).mm(rows)
    if mode == 'mean':
        if n_bags == 1:
            size = np.full((1, 1), idx.shape[0], dtype=dtype)
        else:
            size = np.empty((n_bags, 1), dtype=dtype)
            size[:-1, 0] = off[1:] - off[:-1]
            size[-1, 0] = idx.shape[0] - off[-1]
        with np.errstate(all='ignore'):
            inv = type(const)._wrap(np.broadcast_to(1 / size, out.size()).astype(dtype))
        out = out * (Variable(inv) if isinstance(out, Variable) else inv)
    return G.named(out, 'torch.autograd.function.EmbeddingBagBackward')


def embedding_bag(embedding_matrix, indices, offsets=None, max_norm=None, norm_type=2,
                  scale_grad_by_freq=False, mode='mean'):
    """Bags of rows of ``embedding_matrix``: 2-D ``indices`` are fixed-length bags (no
    ``offsets``); 1-D ``indices`` are split at ``offsets``."""
    _args.tensor_arg(embedding_matrix, 'embedding_bag', 'embedding_matrix', 1)
    _args.tensor_arg(indices, 'embedding_bag', 'indices', 2)
    if offsets is not None:
        _args.tensor_arg(offsets, 'embedding_bag', 'offsets', 3)
    if indices.dim() == 2:
        if offsets is not None:
            raise ValueError('if input is 2D, then offsets has to be None, as input is treated is '
                             'a mini-batch of fixed length sequences. However, found offsets of '
                             'type {}'.format(_class_repr(offsets)))
        n = indices.size(1)
        starts = LongTensor._wrap(np.arange(0, indices.numel(), n, dtype=np.int64))
        offsets = Variable(starts) if isinstance(indices, Variable) else starts
        indices = indices.contiguous().view(-1)
    elif indices.dim() != 1:
        raise ValueError('input has to be 1D or 2D Tensor, but got Tensor of dimension {}'
                         .format(indices.dim()))
    if offsets is None:
        raise ValueError('offsets has to be a 1D Tensor but got None')
    return _bags(embedding_matrix, indices, offsets, max_norm, norm_type, scale_grad_by_freq,
                 mode)
