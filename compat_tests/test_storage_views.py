"""Storages made by slicing are storages of their own, as 0.3.1's ``THStorage`` views were.

``s[1:4]`` or ``FloatStorage(s, 1, 3)`` made a new ``THStorage`` over part of ``s``'s memory.
A tensor set to it reports it as its storage (its size, offsets counted from its start), two
such views over the same memory are two storages (``_cdata`` differs) and ``torch.save``
writes them as two views, so they load back as two storage objects sharing the root's memory.
"""
import io

import numpy as np

import legacy_autograd as L


def _roundtrip(obj):
    buf = io.BytesIO()
    L.save(obj, buf)
    buf.seek(0)
    return L.load(buf)


def test_a_tensor_on_a_sliced_storage_reports_that_storage():
    base = L.FloatTensor(4, 5).copy_(L.arange(0, 20).view(4, 5))
    part = base.storage()[6:16]
    t = L.FloatTensor().set_(part, 2, (3, 2), (3, 1))
    assert t.storage().size() == 10 and t.storage_offset() == 2
    assert t.storage()._cdata == part._cdata
    assert t.tolist() == [[8, 9], [11, 12], [14, 15]]
    row = t[1]
    assert row.storage()._cdata == part._cdata and row.storage_offset() == 5
    assert L.FloatTensor(part).storage()._cdata == part._cdata
    # the root's own storage is still one storage, whoever asks
    assert base.storage()._cdata == base[1].storage()._cdata == base.t().storage()._cdata
    assert base[1].storage_offset() == 5 and base.storage().size() == 20


def test_two_slices_of_the_same_memory_are_two_storages():
    st = L.DoubleStorage([1, 2, 3, 4, 5, 6])
    a, b = st[1:5], st[1:5]
    c = L.DoubleStorage(st, 1, 4)
    assert a._cdata != b._cdata and a._cdata != c._cdata and a._cdata != st._cdata
    assert a.data_ptr() == b.data_ptr() == c.data_ptr()
    a[0] = 20
    assert b[0] == 20 and c[0] == 20 and st[1] == 20
    assert a[1:3]._cdata != a._cdata and a[1:3].tolist() == [3, 4]


def test_saved_views_load_as_distinct_storages_on_one_memory():
    root = L.FloatTensor([1, 2, 3, 4, 5, 6, 7, 8])
    v1, v2 = root.storage()[2:5], root.storage()[2:5]
    t1 = L.FloatTensor().set_(v1, 0, (3,), (1,))
    t2 = L.FloatTensor().set_(v2, 1, (2,), (1,))
    out = _roundtrip([root, t1, t2, (t1.storage(), t1.storage(), t2.storage()), v1[0:2]])
    r, u1, u2, (s1, s1b, s2), head = out
    assert s1 is s1b and s1 is not s2 and s1._cdata != s2._cdata
    assert s1.tolist() == s2.tolist() == [3, 4, 5]
    assert u1.storage()._cdata == s1._cdata and u2.storage()._cdata == s2._cdata
    assert u2.storage_offset() == 1 and u2.tolist() == [4, 5]
    r[3] = 40                                   # the views share the loaded root's memory
    assert u1.tolist() == [3, 40, 5] and u2.tolist() == [40, 5] and s2[1] == 40
    assert head.data_ptr() == r.data_ptr() + 2 * 4 and head.size() == 2


def test_storage_slices_keep_numpy_views_and_copies_apart():
    st = L.FloatStorage(list(range(10)))
    part = st[3:7]
    t = L.FloatTensor(part)
    n = t.numpy()
    n[0] = -1
    assert st[3] == -1
    c = t.clone()
    assert c.storage()._cdata != part._cdata and c.storage().size() == 4
    assert np.shares_memory(t.numpy(), L.FloatTensor(st).numpy())
