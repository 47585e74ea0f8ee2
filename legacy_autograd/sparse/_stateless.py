"""The ``torch.*`` functions of 0.3.1 that take sparse operands.

0.3.1's ``torch.add(x, ...)`` and friends dispatched on their first tensor argument (the
positional ones first, then the keywords, ``out=`` included): when that tensor is sparse the
sparse type's function ran.  :func:`dispatching` wraps a dense ``torch.*`` function so that a
sparse first tensor reaches the function here; a dense first tensor costs one loop over the
arguments.  The sparse-only functions (``spmm``, ``hspmm``, ``sspaddmm``, ``spadd`` and their
0.3.1 aliases ``dsmm``, ``hsmm``, ``smm``, ``saddmm``) are plain functions.

Products follow THS (``_kernels.py``): the sparse matrix is coalesced first; a 2-D sparse
matrix with scalar values is required (``invalid argument 2: matrices expected, got 3D
tensor``, ``scalar values expected, got 1D values``), and the sizes are checked with TH's
texts (``Expected dim 0 size 5, got 4``).
"""
import functools

import numpy as np

from .. import errors
from .. import tensor as _dense
from ..autograd.variable import Variable
from . import _kernels as K
from ._coo import _SparseBase, _BY_NAME, add_to_dense_


def _is_number(x):
    return isinstance(x, (int, float, np.number)) and not isinstance(x, bool)


def _first_tensor(args, kwargs):
    for a in args:
        if isinstance(a, (_dense._TensorBase, Variable)):
            return a
    for a in kwargs.values():
        if isinstance(a, (_dense._TensorBase, Variable)):
            return a
    return None


def _dense_arg(x, name, argno):
    if not isinstance(x, _dense._TensorBase) or isinstance(x, _SparseBase):
        raise TypeError('%s(): argument %d must be a dense tensor, not %s'
                        % (name, argno, errors.legacy_typename(x)))
    return x


def _matrix_operands(name, sparse, dense):
    """THS's checks of a sparse-times-dense product (argument numbers as TH gave them)."""
    if not isinstance(sparse, _SparseBase):
        raise TypeError('%s(): argument mat1 must be a sparse tensor, not %s'
                        % (name, errors.legacy_typename(sparse)))
    _dense_arg(dense, name, 2)
    if _BY_NAME[type(dense).__name__] is not type(sparse):
        raise TypeError('%s(): expected %s for argument mat2 (the dense type of %s), got %s'
                        % (name, sparse._dense_cls._info.typename, sparse.type(), dense.type()))
    if sparse._ndi != 2:
        raise RuntimeError('invalid argument 2: matrices expected, got %dD tensor' % sparse._ndi)
    if sparse._dimV() != 0:
        raise RuntimeError('invalid argument 2: scalar values expected, got %dD values'
                           % sparse._dimV())
    if dense.dim() != 2:
        raise RuntimeError('invalid argument 2: matrices expected, got %dD tensor' % dense.dim())
    if dense._a.shape[0] != sparse._shape[1]:
        raise RuntimeError('invalid argument 3: Expected dim 0 size %d, got %d'
                           % (sparse._shape[1], dense._a.shape[0]))
    return sparse.coalesce()


def _check_t(t_shape, dim_i, dim_k):
    if len(t_shape) < 1 or t_shape[0] != dim_i:
        raise RuntimeError('invalid argument 1: Expected dim 0 size %d, got %d'
                           % (dim_i, t_shape[0] if t_shape else 0))
    if len(t_shape) < 2 or t_shape[1] != dim_k:
        raise RuntimeError('invalid argument 1: Expected dim 1 size %d, got %d'
                           % (dim_k, t_shape[1] if len(t_shape) > 1 else 0))


def _write_out(out, result, name):
    if out is None:
        return result
    if type(out) is not type(result):
        raise TypeError('%s(): out= must be a %s, not %s'
                        % (name, result.type(), errors.legacy_typename(out)))
    if isinstance(out, _SparseBase):
        out._set(result._i, result._v, result._shape, result._ndi, result._coalesced)
    else:
        out._a = result._a
    return out


# ---------------------------------------------------------------- sparse x dense -> dense
def spmm(mat1, mat2, out=None):
    """``torch.mm(sparse, dense)`` / ``torch.spmm`` / ``torch.dsmm``: a dense product."""
    s = _matrix_operands('spmm', mat1, mat2)
    r = K.spaddmm(0, None, 1, s._i, s._v, s._shape, mat2._a)
    return _write_out(out, type(mat2)._wrap(r), 'spmm')


def _scaled_operands(name, args, kwargs, n_tensors):
    """0.3.1's ``([beta,] t, [alpha,] mat1, mat2)`` (also ``beta=``/``alpha=``)."""
    args = list(args)
    beta = kwargs.pop('beta', None)
    alpha = kwargs.pop('alpha', None)
    if args and _is_number(args[0]):
        if beta is not None:
            raise TypeError("%s() got multiple values for argument 'beta'" % name)
        beta = args.pop(0)
    if len(args) >= 2 and _is_number(args[1]):
        if alpha is not None:
            raise TypeError("%s() got multiple values for argument 'alpha'" % name)
        alpha = args.pop(1)
    tensors = args + [kwargs.pop(k) for k in ('mat1', 'mat2') if k in kwargs]
    out = kwargs.pop('out', None)
    if kwargs or len(tensors) != n_tensors:
        raise TypeError('%s() takes ([beta,] %s, [alpha,] mat1, mat2): got %d tensor arguments%s'
                        % (name, 'input' if n_tensors == 3 else '', len(tensors),
                           ' and %s' % sorted(kwargs) if kwargs else ''))
    return (1 if beta is None else beta), (1 if alpha is None else alpha), tensors, out


def addmm_sparse(*args, **kwargs):
    """``torch.addmm(M, sparse, dense)`` (0.3.1's dense addmm with a sparse ``mat1``):
    ``beta * M + alpha * sparse @ dense``, dense."""
    beta, alpha, (t, m1, m2), out = _scaled_operands('addmm', args, dict(kwargs), 3)
    _dense_arg(t, 'addmm', 1)
    s = _matrix_operands('addmm', m1, m2)
    _check_t(t._a.shape, s._shape[0], m2._a.shape[1])
    r = K.spaddmm(beta, t._a, alpha, s._i, s._v, s._shape, m2._a)
    return _write_out(out, type(t)._wrap(r), 'addmm')


# ---------------------------------------------------------------- sparse results
def sspaddmm(*args, **kwargs):
    """``torch.sspaddmm([beta,] t, [alpha,] sparse, dense)`` / ``torch.saddmm``: a sparse
    result (uncoalesced: ``t``'s entries times ``beta``, then full rows of the product)."""
    beta, alpha, (t, m1, m2), out = _scaled_operands('sspaddmm', args, dict(kwargs), 3)
    if not isinstance(t, _SparseBase):
        raise TypeError('sspaddmm(): argument self must be a sparse tensor, not %s'
                        % errors.legacy_typename(t))
    s = _matrix_operands('sspaddmm', m1, m2)
    shape = (s._shape[0], m2._a.shape[1])
    _check_t(t._shape, *shape)
    ia, va = K.sspaddmm(beta, t._i, t._v, alpha, s._i, s._v, s._shape, m2._a)
    return _write_out(out, type(m1)._make(ia, va, shape, False, 2), 'sspaddmm')


def sspmm(mat1, mat2, out=None):
    """``torch.sspmm(sparse, dense)`` / ``torch.smm``: the product as a sparse tensor."""
    s = _matrix_operands('sspmm', mat1, mat2)
    shape = (s._shape[0], mat2._a.shape[1])
    empty_i = np.zeros((2, 0), np.int64)
    ia, va = K.sspaddmm(0, empty_i, np.zeros(0, mat2._a.dtype), 1, s._i, s._v, s._shape,
                        mat2._a)
    return _write_out(out, type(mat1)._make(ia, va, shape, False, 2), 'sspmm')


def hspmm(mat1, mat2, out=None):
    """``torch.hspmm(sparse, dense)`` / ``torch.hsmm``: a hybrid sparse result, one index
    per row of ``mat1`` holding a value, that row of the product as its value."""
    s = _matrix_operands('hspmm', mat1, mat2)
    ia, va = K.hspmm(1, s._i, s._v, s._shape, mat2._a)
    shape = (s._shape[0], mat2._a.shape[1])
    return _write_out(out, type(mat1)._make(ia, va, shape, False, 1), 'hspmm')


def spadd(mat1, *args, out=None):
    """``torch.spadd(dense, [value,] sparse)``: ``dense + value * sparse``, dense."""
    _dense_arg(mat1, 'spadd', 1)
    if len(args) == 1:
        value, sp = 1, args[0]
    elif len(args) == 2 and _is_number(args[0]):
        value, sp = args
    else:
        raise TypeError('spadd() takes (dense, [value,] sparse)')
    if not isinstance(sp, _SparseBase):
        raise TypeError('spadd(): argument mat2 must be a sparse tensor, not %s'
                        % errors.legacy_typename(sp))
    return _write_out(out, add_to_dense_(mat1.clone(), value, sp), 'spadd')


# ---------------------------------------------------------------- creation
def zeros(*size, out=None):
    """``torch.zeros(*size, out=sparse)``: ``out`` resized to ``size`` (all dimensions
    sparse) and emptied."""
    if len(size) == 1 and isinstance(size[0], (tuple, list)):
        size = tuple(size[0])
    shape = tuple(int(s) for s in size)
    out._set(np.zeros((len(shape), 0), np.int64), np.zeros((0,), out._dense_cls._dtype),
             shape, len(shape), out._coalesced)
    return out


def zeros_like(input, out=None):
    """``torch.zeros_like(sparse)``: an empty sparse tensor of ``input``'s size and split of
    sparse and dense dimensions."""
    r = type(input)._make(np.zeros((input._ndi, 0), np.int64),
                          np.zeros((0,) + input._v.shape[1:], input._v.dtype), input._shape,
                          False, input._ndi)
    return _write_out(out, r, 'zeros_like')


def _method(name):
    def fn(input, *args, out=None, **kwargs):
        return _write_out(out, getattr(input, name)(*args, **kwargs), name)
    fn.__name__ = name
    return fn


#: torch.<name> when its first tensor argument is sparse (0.3.1's sparse stateless methods)
SPARSE_FIRST = {
    'add': _method('add'), 'sub': _method('sub'), 'mul': _method('mul'),
    'div': _method('div'), 'pow': _method('pow'), 't': _method('t'),
    'mm': spmm, 'zeros': zeros, 'zeros_like': zeros_like,
}

#: the sparse-only functions of 0.3.1's torch namespace (aliases included)
FUNCTIONS = {
    'spmm': spmm, 'dsmm': spmm, 'hspmm': hspmm, 'hsmm': hspmm, 'sspmm': sspmm, 'smm': sspmm,
    'sspaddmm': sspaddmm, 'saddmm': sspaddmm, 'spadd': spadd,
}


def dispatching(name, dense_fn):
    """``dense_fn`` itself, or (for the functions 0.3.1 also had for sparse tensors) a
    wrapper that sends a call whose first tensor argument is sparse to the sparse code;
    ``addmm`` also when its ``mat1`` is sparse (0.3.1's dense addmm took a sparse mat1)."""
    sparse_fn = SPARSE_FIRST.get(name)
    if name == 'addmm':
        sparse_types = frozenset(_BY_NAME.values())

        def addmm(*args, **kwargs):
            if sparse_types.isdisjoint(map(type, args)) and \
                    type(kwargs.get('mat1')) not in sparse_types:
                return dense_fn(*args, **kwargs)
            return addmm_sparse(*args, **kwargs)
        return functools.update_wrapper(addmm, dense_fn)
    if sparse_fn is None:
        return dense_fn

    dense_first = frozenset(_dense.TENSOR_CLASS_SET) | {Variable}

    def fn(*args, **kwargs):
        if args and type(args[0]) in dense_first:        # the common case: one set lookup
            return dense_fn(*args, **kwargs)
        if isinstance(_first_tensor(args, kwargs), _SparseBase):
            return sparse_fn(*args, **kwargs)
        return dense_fn(*args, **kwargs)
    return functools.update_wrapper(fn, dense_fn)
