"""``torch.sparse``: PyTorch 0.3.1's sparse COO tensors, on numpy.

The classes are in ``_coo.py``, the algorithms (TH's ``THSTensor`` C code, order of work
included) in ``_kernels.py``, the ``torch.*`` functions with sparse operands in
``_stateless.py``.  What is here: the constructors of 0.3.1 (``()``, ``(size...)``,
``(torch.Size)``, ``(indices, values)``, ``(indices, values, size)``; sharing, not copying,
the given tensors), ``size``/``dim``/``_nnz``/``_indices``/``_values``/``_dimI``/``_dimV``,
``coalesce``/``is_coalesced``, ``to_dense``, ``clone``/``new``/``type``/``zero_``/
``resize_as_``, ``transpose``/``transpose_``/``t``/``t_``, ``add``/``sub``/``mul`` of two
sparse tensors (and their in-place forms), ``mul``/``div``/``pow`` by a number, ``spmm``/
``hspmm``/``sspmm``/``sspaddmm``, ``torch.mm``/``addmm`` with a sparse ``mat1``,
``torch.zeros(..., out=sparse)``, ``torch.zeros_like``, ``dense._sparse_mask(sparse)`` and
``dense.add(value, sparse)``, and the 0.3.1 ``str()``.  CUDA sparse tensors are not provided.
"""
from ._coo import (DoubleTensor, FloatTensor, LongTensor, IntTensor, ShortTensor,  # noqa: F401
                   CharTensor, ByteTensor, _sparse_tensor_classes, _SparseBase, is_sparse,
                   add_to_dense_, sparse_mask)
from . import _stateless
from .. import tensor as _dense

__all__ = ['DoubleTensor', 'FloatTensor', 'LongTensor', 'IntTensor', 'ShortTensor',
           'CharTensor', 'ByteTensor']


def _sparse_mask(self, mask):
    """``dense._sparse_mask(mask)`` (0.3.1, dense tensors only): ``self``'s entries at the
    indices of the coalesced sparse ``mask``, as a sparse tensor of ``self``'s type."""
    return sparse_mask(self, mask)


_dense._TensorBase._sparse_mask = _sparse_mask


_SparseBase.sspaddmm = _stateless.sspaddmm      # 0.3.1: a method too (self: the sparse t)
