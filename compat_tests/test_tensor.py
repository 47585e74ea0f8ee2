"""Tensor types, constructors, conversions, numpy bridge, metadata and their errors (0.3)."""
import pickle
import io

import numpy as np
import pytest

import legacy_autograd as torch
from legacy_autograd.autograd import Variable

TYPES = [
    (torch.DoubleTensor, np.float64, 'torch.DoubleTensor'),
    (torch.FloatTensor, np.float32, 'torch.FloatTensor'),
    (torch.HalfTensor, np.float16, 'torch.HalfTensor'),
    (torch.ByteTensor, np.uint8, 'torch.ByteTensor'),
    (torch.CharTensor, np.int8, 'torch.CharTensor'),
    (torch.ShortTensor, np.int16, 'torch.ShortTensor'),
    (torch.IntTensor, np.int32, 'torch.IntTensor'),
    (torch.LongTensor, np.int64, 'torch.LongTensor'),
]


@pytest.mark.parametrize('cls,dtype,name', TYPES)
def test_type_names_and_dtypes(cls, dtype, name):
    t = cls([1, 2, 3])
    assert t.type() == name
    assert torch.typename(t) == name
    assert t.numpy().dtype == dtype
    assert repr(cls) == "<class '%s'>" % name
    assert torch.is_tensor(t)


def test_default_type_is_float():
    assert torch.Tensor is torch.FloatTensor
    assert torch.zeros(2).type() == 'torch.FloatTensor'
    assert torch.Tensor([1, 2]).type() == 'torch.FloatTensor'


def test_set_default_tensor_type():
    try:
        torch.set_default_tensor_type('torch.DoubleTensor')
        assert torch.Tensor is torch.DoubleTensor
        assert torch.randn(2).type() == 'torch.DoubleTensor'
        assert torch.arange(0, 3).type() == 'torch.DoubleTensor'
    finally:
        torch.set_default_tensor_type('torch.FloatTensor')
    assert torch.Tensor is torch.FloatTensor
    assert torch.zeros(1).type() == 'torch.FloatTensor'


def test_constructor_sizes_are_uninitialised_shape():
    t = torch.FloatTensor(2, 3)
    assert t.size() == torch.Size([2, 3])
    assert t.dim() == 2 and t.numel() == 6
    t2 = torch.Tensor(torch.Size([4, 1]))
    assert t2.size() == torch.Size([4, 1])


def test_constructor_from_sequences_and_ndarray():
    t = torch.Tensor([[1, 2], [3, 4]])
    assert t.tolist() == [[1.0, 2.0], [3.0, 4.0]]
    l = torch.LongTensor([1.7, -2.7])
    assert l.tolist() == [1, -2]          # C conversion truncates
    a = np.arange(6, dtype=np.float64).reshape(2, 3)
    d = torch.DoubleTensor(a)
    assert d.size() == torch.Size([2, 3])
    a[0, 0] = 100                          # constructor copies ndarray data
    assert d.tolist()[0][0] == 0.0


def test_constructor_view_of_same_type_shares_memory():
    base = torch.FloatTensor([1, 2, 3])
    view = torch.FloatTensor(base)
    view.numpy()[0] = 10
    assert base.tolist()[0] == 10.0


def test_empty_tensor_has_no_dimension():
    t = torch.Tensor()
    assert t.dim() == 0
    assert t.size() == torch.Size([])
    assert t.numel() == 0
    assert repr(t) == '[torch.FloatTensor with no dimension]\n'
    assert not bool(t)
    assert len(t) == 0


def test_constructor_error_text():
    with pytest.raises(TypeError) as e:
        torch.FloatTensor(2, 3.5)
    msg = str(e.value)
    assert msg.startswith('torch.FloatTensor constructor received an invalid combination of arguments'
                          ' - got (int, float), but expected one of:\n * no arguments\n * (int ...)\n')
    assert "didn't match because some of the arguments have invalid types: (int, !float!)" in msg
    assert ' * (torch.FloatTensor viewed_tensor)\n * (torch.Size size)\n' in msg
    assert msg.endswith(' * (torch.FloatStorage data)\n * (Sequence data)\n')
    with pytest.raises(TypeError):
        torch.FloatTensor(torch.LongTensor([1]))
    with pytest.raises(TypeError):
        torch.FloatTensor('abc')
    # 0.3's sequence constructor (THPUtils_setError: RuntimeError)
    with pytest.raises(RuntimeError) as e:
        torch.FloatTensor([[1, 2], [3]])
    assert str(e.value) == 'inconsistent sequence length at index (1) - expected 2 but got 1'


def test_size_is_tuple_with_legacy_repr():
    s = torch.FloatTensor(2, 3).size()
    assert isinstance(s, tuple)
    assert repr(s) == 'torch.Size([2, 3])'
    assert str(s) == 'torch.Size([2, 3])'
    assert s == (2, 3)
    assert isinstance(s[0:1], torch.Size)
    assert repr(torch.Size([])) == 'torch.Size([])'
    assert torch.FloatTensor(2, 3).size(1) == 3
    assert torch.FloatTensor(2, 3).size(-1) == 3
    assert torch.FloatTensor(2, 3).shape == torch.Size([2, 3])


def test_size_dim_out_of_range():
    with pytest.raises(RuntimeError) as e:
        torch.FloatTensor(2, 3).size(2)
    assert str(e.value) == 'dimension out of range (expected to be in range of [-2, 1], but got 2)'


@pytest.mark.parametrize('method,name', [('double', 'torch.DoubleTensor'), ('float', 'torch.FloatTensor'),
                                         ('half', 'torch.HalfTensor'), ('long', 'torch.LongTensor'),
                                         ('int', 'torch.IntTensor'), ('short', 'torch.ShortTensor'),
                                         ('char', 'torch.CharTensor'), ('byte', 'torch.ByteTensor')])
def test_conversion_methods(method, name):
    t = torch.Tensor([1.5, -2.5, 3])
    r = getattr(t, method)()
    assert r.type() == name
    if name == 'torch.ByteTensor':
        assert r.tolist() == [1, 254, 3]   # C conversion wraps around
    elif name in ('torch.LongTensor', 'torch.IntTensor', 'torch.ShortTensor', 'torch.CharTensor'):
        assert r.tolist() == [1, -2, 3]


def test_type_with_class_and_string_and_same_type_returns_self():
    t = torch.Tensor([1, 2])
    assert t.type(torch.FloatTensor) is t
    assert t.type('torch.FloatTensor') is t
    assert t.type(torch.DoubleTensor).type() == 'torch.DoubleTensor'
    assert t.type('torch.LongTensor').type() == 'torch.LongTensor'
    assert t.type_as(torch.LongTensor([1])).type() == 'torch.LongTensor'
    with pytest.raises(AttributeError, match="^module 'torch' has no attribute 'NoSuchTensor'$"):
        t.type('torch.NoSuchTensor')            # 0.3.1's _import_dotted_name


def test_new_makes_same_type():
    t = torch.LongTensor([1, 2])
    assert t.new().type() == 'torch.LongTensor'
    assert t.new(2, 3).size() == torch.Size([2, 3])
    assert t.new([5, 6]).tolist() == [5, 6]


def test_numpy_bridge_shares_memory():
    a = np.ones(5)
    b = torch.from_numpy(a)
    assert b.type() == 'torch.DoubleTensor'
    np.add(a, 1, out=a)
    assert b.tolist() == [2.0] * 5
    t = torch.ones(3)
    n = t.numpy()
    t.add_(1)
    assert n.tolist() == [2.0, 2.0, 2.0]
    assert torch.from_numpy(np.zeros(2, dtype=np.int64)).type() == 'torch.LongTensor'
    assert torch.from_numpy(np.zeros(2, dtype=np.float32)).type() == 'torch.FloatTensor'


def test_from_numpy_rejects_unsupported():
    # 0.3.1's texts and RuntimeError (csrc/Module.cpp THPModule_fromNumpy)
    with pytest.raises(RuntimeError) as e:
        torch.from_numpy(np.zeros(2, dtype=np.complex64))
    assert str(e.value) == ("can't convert a given np.ndarray to a tensor - it has an invalid "
                            "type. The only supported types are: double, float, int64, int32, "
                            "and uint8.")
    with pytest.raises(RuntimeError) as e:
        torch.from_numpy([1, 2])
    assert str(e.value) == 'from_numpy expects an np.ndarray but got list'


def test_python_scalar_conversion_rules():
    assert float(torch.Tensor([2.5])) == 2.5
    assert int(torch.LongTensor([7])) == 7
    with pytest.raises(TypeError) as e:
        float(torch.Tensor([1, 2]))
    assert str(e.value) == 'only 1-element tensors can be converted to Python scalars'
    with pytest.raises(RuntimeError) as e:
        bool(torch.Tensor([1, 2]))
    assert str(e.value) == 'bool value of non-empty torch.FloatTensor objects is ambiguous'


def test_is_contiguous_and_stride():
    t = torch.zeros(2, 3)
    assert t.is_contiguous()
    assert t.stride() == (3, 1)
    assert not t.t().is_contiguous()
    assert t.t().contiguous().is_contiguous()


def test_cuda_is_unavailable_and_cuda_calls_stay_on_cpu(capsys):
    assert torch.cuda.is_available() is False
    t = torch.ones(2)
    assert t.cuda() is t
    assert t.cpu() is t
    c = torch.cuda.FloatTensor([1, 2])
    assert c.type() == 'torch.FloatTensor'
    out = capsys.readouterr()
    assert out.out == ''


def test_version_string():
    assert torch.__version__ == '0.3.1'


def test_save_load_roundtrip_and_refuses_code(tmp_path):
    import collections
    path = str(tmp_path / 'x.pt')
    obj = {'t': torch.randn(2, 3), 'l': torch.LongTensor([1, 2]), 'e': torch.Tensor(),
           'v': Variable(torch.ones(2), requires_grad=True),
           'od': collections.OrderedDict([('w', torch.ones(1))]), 's': torch.Size([1, 2])}
    torch.save(obj, path)
    back = torch.load(path)
    assert back['t'].tolist() == obj['t'].tolist()
    assert back['l'].type() == 'torch.LongTensor'
    assert back['e'].dim() == 0
    assert isinstance(back['v'], Variable) and back['v'].requires_grad
    assert back['s'] == torch.Size([1, 2])
    back2 = torch.load(path, map_location=lambda storage, loc: storage)
    assert back2['l'].tolist() == [1, 2]

    class Evil(object):
        def __reduce__(self):
            return (eval, ('1+1',))
    buf = io.BytesIO()
    torch.save(Evil(), buf)
    buf.seek(0)
    with pytest.raises(pickle.UnpicklingError) as e:
        torch.load(buf)
    assert "refused to load 'builtins.eval'" in str(e.value)
    buf.seek(0)
    assert torch.load(buf, trusted=True) == 2


def test_load_corrupt_file(tmp_path):
    path = tmp_path / 'bad.pt'
    path.write_bytes(b'\x80\x02not a pickle')
    with pytest.raises(pickle.UnpicklingError):
        torch.load(str(path))
    empty = tmp_path / 'empty.pt'
    empty.write_bytes(b'')
    with pytest.raises(pickle.UnpicklingError):      # one error type for every bad file
        torch.load(str(empty))


def test_deepcopy_tensor():
    import copy
    t = torch.ones(2)
    c = copy.deepcopy(t)
    c.add_(1)
    assert t.tolist() == [1.0, 1.0]
