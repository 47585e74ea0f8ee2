"""The numpy algorithms behind 0.3.1's sparse COO tensors (TH's ``THSTensor`` C code).

A sparse tensor here is ``(i, v, shape)``: ``i`` the int64 indices ``(nDimI, nnz)``, ``v`` the
values ``(nnz, <dense dims>)``, ``shape`` the full size.  Each function follows the order of
work of its THS counterpart, because that order is visible: which entries an uncoalesced sum
keeps apart, the order of the indices a result prints, and which repeats are summed first.
No Python objects of the package here, only arrays (the classes are in ``_coo.py``).
"""
import numpy as np


def coalesce(i, v, shape):
    """THSTensor newCoalesce: indices sorted by their row-major position, repeats summed
    (in sorted order); returns ``(i, v)``."""
    key = row_major_key(i, shape)
    perm = np.argsort(key, kind='stable')
    skey = key[perm]
    starts = np.flatnonzero(np.concatenate(([True], skey[1:] != skey[:-1])))
    new_i = i[:, perm[starts]]
    sv = v[perm]
    new_v = np.add.reduceat(sv, starts, axis=0).astype(v.dtype, copy=False) if len(sv) \
        else sv.copy()
    return np.ascontiguousarray(new_i), new_v


def _columns(i):
    return i.T.tolist()


def cadd(ti, tv, value, si, sv):
    """THSTensor cadd (``t + value * src``, both non-empty): TH's merge of the two index lists,
    taken in their stored order; where the current entries of both are equal they share one
    result entry.  Returns ``(i, v)``."""
    a, b = _columns(ti), _columns(si)
    na, nb = len(a), len(b)
    slot_a = np.empty(na, dtype=np.int64)
    slot_b = np.empty(nb, dtype=np.int64)
    cols = []
    x = y = r = 0
    while x < na or y < nb:
        if x >= na:
            cmp = -1
        elif y >= nb:
            cmp = 1
        else:
            p, q = a[x], b[y]
            cmp = 1 if p < q else (-1 if p > q else 0)
        if cmp >= 0:
            slot_a[x] = r
            cols.append(a[x])
            x += 1
        if cmp <= 0:
            slot_b[y] = r
            if cmp < 0:
                cols.append(b[y])
            y += 1
        r += 1
    out_i = np.array(cols, dtype=np.int64).T.reshape(ti.shape[0], r)
    out_v = np.zeros((r,) + tv.shape[1:], dtype=tv.dtype)
    np.add.at(out_v, slot_a, tv)
    scaled = (sv * tv.dtype.type(value)).astype(tv.dtype, copy=False)
    np.add.at(out_v, slot_b, scaled)
    return out_i, out_v


def row_major_key(i, shape):
    key = np.zeros(i.shape[1], dtype=np.int64)
    factor = 1
    for d in range(i.shape[0] - 1, -1, -1):
        key += i[d] * factor
        factor *= shape[d]
    return key


def cmul(ti, tv, si, sv, shape):
    """THSTensor cmul of two coalesced tensors: the entries at indices both hold, multiplied."""
    _, at, bt = np.intersect1d(row_major_key(ti, shape), row_major_key(si, shape),
                               assume_unique=True, return_indices=True)
    return np.ascontiguousarray(ti[:, at]), (tv[at] * sv[bt]).astype(tv.dtype, copy=False)


def spcadd(dense, value, i, v):
    """THSTensor spcadd into ``dense`` (an array, changed in place) of a coalesced sparse
    tensor: ``dense[index] += value * values``."""
    if i.shape[1] == 0:
        return dense
    scaled = (v * dense.dtype.type(value)).astype(dense.dtype, copy=False)
    dense[tuple(i)] += scaled
    return dense


def spaddmm(beta, t, alpha, i, v, shape, dense, name='spmm'):
    """THSTensor spaddmm (``beta * t + alpha * sparse @ dense``) of a coalesced 2-D sparse
    matrix: rows in order, each stored value's ``alpha * value`` times its row of ``dense``
    added in; returns a new array."""
    dim_j = shape[1]
    dt = dense.dtype.type
    if beta == 0:
        r = np.zeros((shape[0], dense.shape[1]), dtype=dense.dtype)
    elif beta == 1:
        r = np.array(t, dtype=dense.dtype, copy=True)
    else:
        r = (t * dt(beta)).astype(dense.dtype, copy=False)
    if i.shape[1]:
        cols = i[1]
        bad = (cols < 0) | (cols >= dim_j)
        if bad.any():
            raise RuntimeError('index out of bound. %s: %d not between 1 and %d'
                               % (name, int(cols[bad][0]), dim_j))
        coef = (v * dt(alpha)).astype(dense.dtype, copy=False)
        np.add.at(r, i[0], coef[:, None] * dense[cols])
    return r


def sspaddmm(beta, ti, tv, alpha, i, v, shape, dense):
    """THSTensor sspaddmm: a sparse result holding ``t``'s entries (times ``beta``) then, for
    every row of the sparse matrix with a stored value, a full row of ``dense.shape[1]``
    entries of ``alpha * sparse @ dense``; returns ``(i, v)`` (uncoalesced)."""
    dim_i, dim_j = shape
    dim_k = dense.shape[1]
    dt = dense.dtype.type
    rows = np.unique(i[0]) if i.shape[1] else np.zeros(0, np.int64)
    t_nnz = ti.shape[1]
    head_v = (tv.reshape(-1) * dt(beta)).astype(dense.dtype, copy=False)
    if i.shape[1]:
        cols = i[1]
        bad = (cols < 0) | (cols >= dim_j)
        if bad.any():
            raise RuntimeError('index out of bound. sspmm: %d not between 1 and %d'
                               % (int(cols[bad][0]), dim_j))
    block = np.zeros((len(rows), dim_k), dtype=dense.dtype)
    if i.shape[1]:
        where = np.searchsorted(rows, i[0])
        coef = (v * dt(alpha)).astype(dense.dtype, copy=False)
        np.add.at(block, where, coef[:, None] * dense[i[1]])
    out_i = np.empty((2, t_nnz + len(rows) * dim_k), dtype=np.int64)
    out_i[:, :t_nnz] = ti.reshape(2, t_nnz) if t_nnz else 0
    out_i[0, t_nnz:] = np.repeat(rows, dim_k)
    out_i[1, t_nnz:] = np.tile(np.arange(dim_k), len(rows))
    return out_i, np.concatenate([head_v, block.reshape(-1)])


def hspmm(alpha, i, v, shape, dense):
    """THSTensor hspmm: ``alpha * sparse @ dense`` as a hybrid tensor: one index per row of
    the (coalesced) sparse matrix holding a value, the product's row as its value."""
    rows, compact = (np.unique(i[0], return_inverse=True) if i.shape[1]
                     else (np.zeros(0, np.int64), np.zeros(0, np.int64)))
    ci = np.stack([compact.astype(np.int64), i[1]]) if i.shape[1] else i
    values = spaddmm(0, None, alpha, ci, v, (len(rows), shape[1]), dense, 'spmm')
    return rows.reshape(1, -1).astype(np.int64), values


def sparse_mask(dense, i, shape_v_rows):
    """THTensor sparseMask: ``dense``'s entries (or slices) at the indices ``i``."""
    if i.shape[1] == 0:
        return np.zeros((0,) + shape_v_rows, dtype=dense.dtype)
    return np.array(dense[tuple(i)], dtype=dense.dtype, copy=True)


def to_dense(i, v, shape, dtype):
    out = np.zeros(shape, dtype=dtype)
    if i.shape[1]:
        ci, cv = coalesce(i, v, shape)
        spcadd(out, 1, ci, cv)
    return out
