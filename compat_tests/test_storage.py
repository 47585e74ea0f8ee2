"""0.3 storages: torch.FloatStorage and friends, tensor.storage(), set_, views, printing."""
import io

import numpy as np
import pytest

import legacy_autograd as torch

TYPES = [('Double', 8), ('Float', 4), ('Half', 2), ('Byte', 1), ('Char', 1), ('Short', 2),
         ('Int', 4), ('Long', 8)]


@pytest.mark.parametrize('short, size', TYPES)
def test_storage_types_exist_with_element_sizes(short, size):
    cls = getattr(torch, short + 'Storage')
    s = cls()
    assert torch.is_storage(s) and not torch.is_storage(getattr(torch, short + 'Tensor')())
    assert s.element_size() == size and s.size() == 0 and len(s) == 0
    assert s.type() == 'torch.%sStorage' % short
    assert cls(3).tolist() == [0, 0, 0]


def test_torch_storage_is_float_storage():
    assert torch.Storage is torch.FloatStorage
    assert torch.Storage([1, 2, 3]).tolist() == [1.0, 2.0, 3.0]


def test_storage_printing_is_0_3s():
    assert repr(torch.FloatStorage([1, 2.5])) == ' 1.0\n 2.5\n[torch.FloatStorage of size 2]'
    assert str(torch.FloatStorage([0.1])) == ' 0.10000000149011612\n[torch.FloatStorage of size 1]'
    assert str(torch.LongStorage([3, -4])) == ' 3\n -4\n[torch.LongStorage of size 2]'
    assert str(torch.ByteStorage()) == ' \n[torch.ByteStorage of size 0]'
    assert str(torch.DoubleStorage([1e-20])) == ' 1e-20\n[torch.DoubleStorage of size 1]'


def test_indexing_and_errors():
    s = torch.LongStorage([3, 4, 5])
    assert s[0] == 3 and s[-1] == 5 and isinstance(s[0], int)
    assert isinstance(torch.FloatStorage([1])[0], float)
    with pytest.raises(IndexError) as e:
        s[3]
    assert str(e.value) == 'index 3 out of range for storage of size 3'
    with pytest.raises(RuntimeError) as e:
        s[::2]
    assert str(e.value) == 'Trying to slice with a step of 2, but only a step of 1 is supported'
    with pytest.raises(TypeError) as e:
        s['a']
    assert str(e.value) == "can't index a torch.LongStorage with str"
    with pytest.raises(RuntimeError) as e:
        s[0] = 'x'
    assert str(e.value) == 'can only set storage content with a int, but got str instead'
    with pytest.raises(RuntimeError) as e:          # THPUtils_setError: a RuntimeError
        torch.FloatStorage([1, 'a'])
    assert str(e.value) == ('tried to construct a storage from a sequence (list), but one of the '
                            'items was of type str instead of float')


def test_storage_views_share_memory():
    s1 = torch.LongStorage((3, 4, 5))
    s2 = torch.LongStorage(s1, 1)
    assert s2.size() == 2 and s2[0] == 4 and s2[1] == 5
    s2[1] = 13
    assert s1[2] == 13
    s3 = s1[1:2]
    s3[0] = 7
    assert s1.tolist() == [3, 7, 13]
    with pytest.raises(RuntimeError) as e:
        torch.LongStorage(s1, 4)
    assert str(e.value) == 'specified an offset of 4, but the viewed storage has only 3 element(s)'
    with pytest.raises(RuntimeError) as e:
        torch.LongStorage(s1, 1, 5)
    assert str(e.value) == ('specified a size of 5, but the viewed storage has only 2 element(s) '
                            'after offset 1')


def test_fill_copy_clone_casts():
    s = torch.FloatStorage(4).fill_(2.5)
    assert s.tolist() == [2.5] * 4
    c = s.clone()
    c[0] = 1
    assert s[0] == 2.5
    assert s.long().tolist() == [2, 2, 2, 2] and s.long().type() == 'torch.LongStorage'
    assert s.type('torch.DoubleStorage').tolist() == [2.5] * 4
    s.copy_(torch.FloatStorage([1, 2, 3, 4]))
    assert list(s) == [1, 2, 3, 4]


def test_tensor_storage_shares_memory_and_offset():
    x = torch.FloatTensor(2, 3).zero_()
    st = x.storage()
    assert type(st) is torch.FloatStorage and st.size() == 6
    row = x[1]
    assert row.storage_offset() == 3 and row.storage().size() == 6
    assert x.t().storage_offset() == 0 and x[:, 1].storage_offset() == 1
    st[4] = 7
    assert x[1, 1] == 7
    assert torch.Tensor().storage() is not None and torch.Tensor([]).storage() is not None


def test_tensor_on_a_storage_and_new():
    s = torch.FloatStorage([1, 2, 3, 4])
    t = torch.FloatTensor(s)
    assert t.size() == torch.Size([4])
    t[0] = 9
    assert s[0] == 9
    u = t.new(s)
    u[1] = 8
    assert s[1] == 8 and type(u) is torch.FloatTensor
    with pytest.raises(TypeError):
        torch.LongTensor(s)


def test_set_forms():
    ref = torch.FloatTensor([[1, 2, 3], [4, 5, 6]])
    t = torch.FloatTensor()
    t.set_(ref.storage())
    assert t.tolist() == [1, 2, 3, 4, 5, 6]
    t.set_(ref.storage(), 1, torch.Size([2, 2]))
    assert t.tolist() == [[2, 3], [4, 5]]
    t.set_(ref.storage(), 0, (3, 2), (1, 3))
    assert t.tolist() == [[1, 4], [2, 5], [3, 6]] and t.stride() == (1, 3)
    t.set_(ref.storage(), storage_offset=2, size=torch.Size([2]), stride=(3,))
    assert t.tolist() == [3, 6]
    t[0] = 30
    assert ref[0, 2] == 30
    sm = ref.clone()
    sm.set_(sm.storage(), sm.storage_offset(), ref.size(), (1, 2))
    assert sm.tolist() == [[1, 30, 5], [2, 4, 6]]
    with pytest.raises(RuntimeError) as e:
        t.set_(ref.storage(), 5, torch.Size([2]))
    assert 'needs 7 element(s), but the storage has 6' in str(e.value)


def test_save_keeps_shared_storages_as_0_3_test_serialization_checks():
    torch.manual_seed(0)
    a = [torch.randn(5, 5).float() for _ in range(2)]
    b = [a[i % 2] for i in range(4)]
    b += [a[0].storage()]
    b += [a[0].storage()[1:4]]
    b += [torch.arange(1, 11).int()]
    t1 = torch.FloatTensor().set_(a[0].storage()[1:4], 0, (3,), (1,))
    b += [(t1.storage(), t1.storage())]
    buf = io.BytesIO()
    torch.save(b, buf)
    buf.seek(0)
    c = torch.load(buf)
    assert [type(x) for x in c[:4]] == [torch.FloatTensor] * 4 and type(c[4]) is torch.FloatStorage
    assert c[0].tolist() == a[0].tolist() and c[6].tolist() == list(range(1, 11))
    c[0].fill_(10)
    assert c[2].tolist() == [[10.0] * 5] * 5 and c[4].tolist() == [10.0] * 25
    c[1].fill_(20)
    assert c[3].tolist() == [[20.0] * 5] * 5
    assert c[5].tolist() == [10.0] * 3
    assert c[7][0] is c[7][1]


def test_save_file_is_readable_by_modern_torch(tmp_path):
    modern = pytest.importorskip('torch')
    torch.manual_seed(3)
    x = torch.randn(3, 4)
    obj = {'x': x, 'row': x[1], 't': x.t(), 'l': torch.LongTensor([1, -2]), 'e': torch.Tensor(),
           'h': torch.HalfTensor([0.5])}
    path = str(tmp_path / 's.pt')
    torch.save(obj, path)
    got = modern.load(path, weights_only=True)
    for k, v in obj.items():
        assert got[k].tolist() == v.tolist(), k
    got['x'][1, 0] = 100
    assert got['row'][0] == 100 and got['t'][0, 1] == 100
