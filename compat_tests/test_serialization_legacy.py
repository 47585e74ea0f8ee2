"""torch.load of files written by real PyTorch 0.1-0.3, built here byte for byte.

``legacy_ckpt`` writes the 0.2/0.3 magic-number format and the 0.1 tar format
from the format facts (pickle protocol 2, storages as persistent ids, raw
little-endian storage data).  Every tensor must come back bit for bit, views
must share memory, and modern torch (which still reads these formats) must
read the same files to the same values.
"""
import inspect
import io
import os
import pickle
import sys
import warnings
from collections import OrderedDict

import numpy as np
import pytest

import legacy_autograd as torch
import legacy_autograd.nn as nn
import legacy_autograd.optim as optim
from legacy_autograd.autograd import Variable
from legacy_autograd.serialization import SourceChangeWarning

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from legacy_ckpt import (Storage, Tensor, Var, Param, Module, Ref, Call, Py2Str,  # noqa: E402
                         contiguous, magic_file, tar_file, TarRef, py2_odict, DTYPES)


def _load(data, **kw):
    return torch.load(io.BytesIO(data), **kw)


def _modern_load(data, tmp_path):
    modern = pytest.importorskip('torch')
    path = str(tmp_path / 'modern.pt')
    with open(path, 'wb') as f:
        f.write(data)
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        out = modern.load(path, weights_only=False, map_location='cpu', encoding='latin1')
        if isinstance(out, list):
            out = [x.tolist() if hasattr(x, 'tolist') else x for x in out]
    return out


def _bits(t):
    return np.ascontiguousarray(t.numpy()).tobytes()


def _values_by_type(rng):
    return {
        'Double': np.array([0.1, -0.0, np.inf, -np.inf, np.nan, 1e-308, 5e-324, 3.5]),
        'Float': np.array([0.1, -0.0, np.inf, np.nan, 1e-45, -3.4e38, 7, 1.5], dtype='f4'),
        'Half': np.array([0.1, -0.0, np.inf, 6e-8, 65504, -2.5], dtype='f2'),
        'Byte': np.array([0, 1, 127, 128, 255, 7], dtype='u1'),
        'Char': np.array([-128, -1, 0, 1, 127, 5], dtype='i1'),
        'Short': np.array([-32768, 32767, 0, -1, 9, 10], dtype='i2'),
        'Int': np.array([-2 ** 31, 2 ** 31 - 1, 0, -1, 12, 13], dtype='i4'),
        'Long': np.array([-2 ** 63, 2 ** 63 - 1, 0, -1, 123456789012, 6], dtype='i8'),
    }


@pytest.mark.parametrize('py2', [False, True], ids=['python3 file', 'python2 file'])
def test_every_tensor_type_loads_bit_exact(py2, tmp_path):
    vals = _values_by_type(None)
    items = []
    expected = {}
    for short, v in vals.items():
        st = Storage(short, v)
        items.append((short, contiguous(st, 0, (2, len(v) // 2))))
        expected[short] = np.asarray(v, dtype=DTYPES[short]).reshape(2, -1)
    data = magic_file(py2_odict(items) if py2 else OrderedDict(items), py2=py2)
    out = _load(data)
    assert isinstance(out, OrderedDict) and list(out) == list(vals)
    for short, t in out.items():
        assert type(t) is getattr(torch, short + 'Tensor')
        assert t.size() == torch.Size(expected[short].shape)
        assert _bits(t) == expected[short].astype(expected[short].dtype.newbyteorder('=')).tobytes()
    modern = _modern_load(data, tmp_path)
    for short, t in out.items():
        assert modern[short].numpy().tobytes() == _bits(t)


def test_legacy_file_is_not_returned_as_its_magic_number():
    data = magic_file({'a': contiguous(Storage('Float', [1, 2]), 0, (2,))})
    out = _load(data)
    assert isinstance(out, dict) and out['a'].tolist() == [1.0, 2.0]


def test_views_into_one_storage_share_memory_after_load(tmp_path):
    st = Storage('Float', np.arange(12, dtype='f4'))
    view = st.view(4, 6)
    obj = {'full': contiguous(st, 0, (3, 4)),
           't': Tensor(st, 0, (4, 3), (1, 4)),              # transposed
           'row': contiguous(st, 4, (4,)),
           'onview': contiguous(view, 2, (2, 2)),          # a tensor on a storage view
           'expand': Tensor(st, 0, (2, 3), (0, 1))}
    data = magic_file(obj)
    out = _load(data)
    assert out['t'].stride() == (1, 4) and out['row'].storage_offset() == 4
    for k, t in obj.items():
        assert out[k].numpy().tolist() == t.values().tolist(), k
    out['full'][1, 0] = 100
    assert out['row'][0] == 100
    out['onview'][0, 0] = 50                           # root element 6
    assert out['full'][1, 2] == 50 and out['t'][2, 1] == 50
    out['full'].zero_()
    assert out['row'].tolist() == [0, 0, 0, 0]
    assert out['onview'].tolist() == [[0, 0], [0, 0]]
    assert out['t'].sum() == 0 and out['expand'].sum() == 0
    # a tensor saved on a storage view gets that view back as its storage (0.3.1: its own
    # THStorage over the root's memory, elements 4..9 here)
    assert out['onview'].storage().size() == 6 and out['onview'].storage_offset() == 2
    assert out['onview'].storage().data_ptr() == out['full'].storage().data_ptr() + 4 * 4
    modern = _modern_load(data, tmp_path)
    for k, t in obj.items():
        assert modern[k].tolist() == t.values().tolist(), k


def test_storages_themselves_load_with_views(tmp_path):
    st = Storage('Double', [1.5, 2.5, 3.5, 4.5])
    data = magic_file([st, st.view(1, 2)])
    full, view = _load(data)
    assert type(full) is torch.DoubleStorage and full.tolist() == [1.5, 2.5, 3.5, 4.5]
    assert view.tolist() == [2.5, 3.5]
    view[0] = 9
    assert full[1] == 9.0
    modern = _modern_load(data, tmp_path)
    assert modern == [[1.5, 2.5, 3.5, 4.5], [2.5, 3.5]]


def _bn_linear_state(prefix, py2):
    w = Storage('Float', np.linspace(-1, 1, 6, dtype='f4'))
    b = Storage('Float', [0.25, -0.5])
    rm = Storage('Float', [0.1, 0.2])
    rv = Storage('Float', [1.5, 2.5])
    g = Storage('Float', [1.0, 0.5])
    beta = Storage('Float', [0.0, 0.125])
    items = [(prefix + '0.weight', contiguous(w, 0, (2, 3))), (prefix + '0.bias', contiguous(b, 0, (2,))),
             (prefix + '1.weight', contiguous(g, 0, (2,))), (prefix + '1.bias', contiguous(beta, 0, (2,))),
             (prefix + '1.running_mean', contiguous(rm, 0, (2,))),
             (prefix + '1.running_var', contiguous(rv, 0, (2,)))]
    return (py2_odict(items) if py2 else OrderedDict(items)), items


@pytest.mark.parametrize('py2', [False, True], ids=['python3 file', 'python2 file'])
def test_dataparallel_state_dict_with_batchnorm_buffers_loads_into_a_model(py2):
    sd, items = _bn_linear_state('module.', py2)
    out = _load(magic_file(sd, py2=py2))
    assert list(out) == [k for k, _ in items]
    model = nn.Sequential(nn.Linear(3, 2), nn.BatchNorm1d(2))
    model.load_state_dict(OrderedDict((k[len('module.'):], v) for k, v in out.items()))
    for k, t in items:
        got = model.state_dict()[k[len('module.'):]]
        assert _bits(got) == t.values().astype('f4').tobytes(), k


@pytest.mark.parametrize('py2', [False, True], ids=['python3 file', 'python2 file'])
def test_checkpoint_dict_with_optimizer_state(py2, tmp_path):
    sd, items = _bn_linear_state('', py2)
    mom = [Storage('Float', np.full(6, 0.5, dtype='f4')), Storage('Float', [0.25, 0.75])]
    opt_state = {'state': {140001: {'momentum_buffer': contiguous(mom[0], 0, (2, 3))},
                           140002: {'momentum_buffer': contiguous(mom[1], 0, (2,))}},
                 'param_groups': [{'lr': 0.1, 'momentum': 0.9, 'dampening': 0, 'weight_decay': 0.0001,
                                   'nesterov': False, 'params': [140001, 140002]}]}
    ckpt = {'epoch': 7, 'arch': 'tiny', 'state_dict': sd, 'best_prec1': 71.5, 'optimizer': opt_state}
    data = magic_file(ckpt, py2=py2)
    out = _load(data)
    assert out['epoch'] == 7 and out['arch'] == 'tiny' and out['best_prec1'] == 71.5
    model = nn.Linear(3, 2)
    model.load_state_dict(OrderedDict((k[2:], v) for k, v in out['state_dict'].items() if k[0] == '0'))
    opt = optim.SGD(model.parameters(), lr=1, momentum=0.5)
    opt.load_state_dict(out['optimizer'])
    assert opt.param_groups[0]['lr'] == 0.1 and opt.param_groups[0]['momentum'] == 0.9
    bufs = [opt.state[p]['momentum_buffer'] for p in model.parameters()]
    assert bufs[0].tolist() == [[0.5] * 3] * 2 and bufs[1].tolist() == [0.25, 0.75]
    modern = _modern_load(data, tmp_path)
    assert modern['optimizer']['param_groups'] == out['optimizer']['param_groups']


def test_variables_and_parameters_keep_their_flags():
    st = Storage('Double', [1, 2, 3])
    data = magic_file({'v': Var(contiguous(st, 0, (3,)), requires_grad=True),
                       'vol': Var(contiguous(st, 1, (2,)), volatile=True),
                       'p': Param(contiguous(st, 0, (3,))),
                       'frozen': Param(contiguous(st, 0, (2,)), requires_grad=False)})
    out = _load(data)
    assert type(out['v']) is Variable and out['v'].requires_grad and not out['v'].volatile
    assert out['vol'].volatile and not out['vol'].requires_grad
    assert type(out['p']) is nn.Parameter and out['p'].requires_grad
    assert not out['frozen'].requires_grad
    assert out['p'].data.tolist() == [1, 2, 3] and out['vol'].data.tolist() == [2, 3]
    assert repr(out['p']).startswith('Parameter containing:')


# ------------------------------------------------------------------- whole pickled models
_HOOKS = ('_backward_hooks', '_forward_hooks', '_forward_pre_hooks')


def _module_attrs(params=(), modules=(), buffers=(), **extra):
    attrs = {'_backend': Call(Ref('torch.nn.backends.thnn', '_get_thnn_function_backend'), ()),
             '_parameters': OrderedDict(params), '_buffers': OrderedDict(buffers),
             '_modules': OrderedDict(modules), 'training': True}
    for h in _HOOKS:
        attrs[h] = OrderedDict()
    attrs.update(extra)
    return attrs


def _linear(w, b, n_in, n_out):
    return Module('torch.nn.modules.linear', 'Linear',
                  _module_attrs([('weight', Param(w)), ('bias', Param(b))],
                                in_features=n_in, out_features=n_out),
                  '/usr/lib/python3.6/site-packages/torch/nn/modules/linear.py',
                  'class Linear(Module):\n    pass\n')


def _relu():
    return Module('torch.nn.modules.activation', 'ReLU',
                  _module_attrs(threshold=0, value=0, inplace=False),
                  '/x/activation.py', 'class ReLU(Threshold):\n    pass\n')


def test_whole_pickled_model_of_torch_classes_loads_and_runs(tmp_path):
    w = Storage('Float', np.array([[0.5, -1, 2], [1, 1, -0.25]], dtype='f4'))
    b = Storage('Float', [0.1, -5])
    seq = Module('torch.nn.modules.container', 'Sequential',
                 _module_attrs(modules=[('0', _linear(contiguous(w, 0, (2, 3)), contiguous(b, 0, (2,)), 3, 2)),
                                        ('1', _relu())]),
                 '/x/container.py', 'class Sequential(Module):\n    pass\n')
    data = magic_file(seq)
    with warnings.catch_warnings():
        warnings.simplefilter('error', SourceChangeWarning)   # package classes are not source-checked
        model = _load(data)
    assert type(model) is nn.Sequential
    assert repr(model) == ('Sequential(\n  (0): Linear(in_features=3, out_features=2, bias=True)\n'
                           '  (1): ReLU()\n)')
    x = np.array([[1, 2, 3], [-1, 0, 1]], dtype='f4')
    got = model(Variable(torch.from_numpy(x))).data.numpy()
    want = np.maximum(x @ w.data.reshape(2, 3).T + b.data, 0)
    assert got.tolist() == want.tolist()
    modern = _modern_load(data, tmp_path).state_dict()
    for k, t in model.state_dict().items():
        assert modern[k].numpy().tobytes() == _bits(t), k


class Net(nn.Module):
    def __init__(self):
        super(Net, self).__init__()
        self.fc = nn.Linear(2, 1)

    def forward(self, x):
        return self.fc(x)


def _net_file(source):
    w = Storage('Float', [0.5, -2])
    b = Storage('Float', [1])
    fc = _linear(contiguous(w, 0, (1, 2)), contiguous(b, 0, (1,)), 2, 1)
    net = Module(Net.__module__, 'Net', _module_attrs(modules=[('fc', fc)]), __file__, source)
    return magic_file(net)


def test_user_class_in_a_pickled_model_is_refused_and_says_how_to_allow_it():
    data = _net_file(inspect.getsource(Net))
    with pytest.raises(pickle.UnpicklingError) as e:
        _load(data)
    msg = str(e.value)
    assert "'%s.Net'" % Net.__module__ in msg
    assert 'allowed_classes=[Net]' in msg and 'trusted=True' in msg
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        net = _load(data, allowed_classes=[Net])
    assert type(net) is Net and net.fc.weight.data.tolist() == [[0.5, -2.0]]
    assert net(Variable(torch.FloatTensor([[2, 1]]))).data.tolist() == [[0.0]]
    assert type(_load(data, trusted=True)) is Net


def test_changed_source_gives_0_3_source_change_warning():
    data = _net_file('class Net(nn.Module):\n    pass\n')
    with pytest.warns(SourceChangeWarning) as rec:
        _load(data, allowed_classes=[Net])
    assert str(rec[0].message) == (
        "source code of class '%s.Net' has changed. you can retrieve the original source code by "
        "accessing the object's source attribute or set `torch.nn.Module.dump_patches = True` and "
        "use the patch tool to revert the changes." % Net.__module__)


# ------------------------------------------------------------------------- map_location
def _cuda_file():
    a = Storage('Float', [1, 2], location='cuda:0')
    b = Storage('Long', [3], location='cuda:1')
    c = Storage('Float', [4], location='cpu')
    return magic_file({'a': contiguous(a, 0, (2,)), 'b': contiguous(b, 0, (1,)),
                       'c': contiguous(c, 0, (1,))})


def _check_cuda_values(out):
    assert out['a'].tolist() == [1, 2] and out['b'].tolist() == [3] and out['c'].tolist() == [4]
    assert not out['a'].is_cuda


def test_cuda_file_without_map_location_loads_on_cpu_with_one_line_notice(capsys):
    out = _load(_cuda_file())
    _check_cuda_values(out)
    captured = capsys.readouterr()
    assert captured.out == ''
    assert captured.err == ("legacy_autograd: this file was saved with CUDA tensors (location "
                            "'cuda:0'); they are loaded onto the CPU (no CUDA in this shim). "
                            "Pass map_location='cpu' to silence this.\n")


@pytest.mark.parametrize('ml', ['cpu', {'cuda:0': 'cpu', 'cuda:1': 'cpu'}, {'cuda:1': 'cpu'},
                                lambda storage, loc: storage, lambda storage, loc: None],
                         ids=['string', 'dict', 'partial dict', 'callable', 'callable None'])
def test_map_location_forms(ml, capsys):
    out = _load(_cuda_file(), map_location=ml)
    _check_cuda_values(out)
    assert capsys.readouterr().out == ''


def test_map_location_callable_sees_each_storage_once_with_its_location():
    calls = []

    def ml(storage, loc):
        calls.append((storage.type(), len(storage), loc))
        return storage
    _load(_cuda_file(), map_location=ml)
    assert sorted(calls) == [('torch.FloatStorage', 1, 'cpu'), ('torch.FloatStorage', 2, 'cuda:0'),
                             ('torch.LongStorage', 1, 'cuda:1')]


def test_map_location_errors_are_the_callers():
    def ml(storage, loc):
        raise KeyError('mine')
    with pytest.raises(KeyError):
        _load(_cuda_file(), map_location=ml)
    with pytest.raises(RuntimeError) as e:
        _load(_cuda_file(), map_location='tpu')
    assert str(e.value) == ("don't know how to restore data location of torch.FloatStorage "
                            "(tagged with tpu)")


# ------------------------------------------------------------------------- numpy in 0.3 files
def _py2_ndarray(arr):
    """A numpy array as Python 2 pickled it (numpy.core.multiarray, byte strings)."""
    dt = Call(Ref('numpy', 'dtype'), (Py2Str(arr.dtype.str[1:]), 0, 1),
              (3, Py2Str('<'), None, None, None, -1, -1, 0))
    return Call(Ref('numpy.core.multiarray', '_reconstruct'),
                (Ref('numpy', 'ndarray'), (0,), Py2Str('b')),
                (1, arr.shape, dt, False, Py2Str(arr.tobytes().decode('latin1'))))


def test_numpy_arrays_in_0_3_files_python2_and_3(tmp_path):
    arr = (np.arange(12, dtype='<f8') * 0.1).reshape(3, 4)
    for py2 in (False, True):
        obj = {'data': _py2_ndarray(arr) if py2 else arr, 'n': 3}
        data = magic_file(obj, py2=py2)
        out = _load(data)
        assert isinstance(out['data'], np.ndarray) and out['data'].tobytes() == arr.tobytes()
        assert out['data'].shape == (3, 4)
        modern = _modern_load(data, tmp_path)
        assert modern['data'].tobytes() == arr.tobytes()


def test_numpy_array_saved_by_torch_save_loads_again():
    # pytorch/examples' time-sequence-prediction: torch.save(numpy_array, f); torch.load(f)
    arr = np.sin(np.arange(20, dtype=np.float64).reshape(4, 5) / 3).astype('float64')
    buf = io.BytesIO()
    torch.save(arr, buf)
    buf.seek(0)
    out = torch.load(buf)
    assert out.dtype == arr.dtype and out.tobytes() == arr.tobytes()


# ------------------------------------------------------------------------------- tar format
def test_0_1_tar_format(tmp_path):
    st = Storage('Double', np.arange(6) * 0.25)
    lng = Storage('Long', [7, 8, 9], location='cuda:0')
    t1 = contiguous(st, 0, (2, 3))
    t2 = Tensor(st, 1, (2,), (3,))
    t3 = contiguous(lng, 0, (3,))
    data = tar_file({'a': TarRef(11), 'b': TarRef(12), 's': TarRef(5), 'l': TarRef(13)},
                    {5: st, 6: lng}, {11: (5, t1), 12: (5, t2), 13: (6, t3)})
    out = _load(data, map_location='cpu')
    assert out['a'].tolist() == t1.values().tolist() and out['b'].tolist() == [0.25, 1.0]
    assert out['l'].tolist() == [7, 8, 9] and type(out['l']) is torch.LongTensor
    out['a'][0, 1] = 100
    assert out['b'][0] == 100 and out['s'][1] == 100
    modern = _modern_load(data, tmp_path)
    assert modern['b'].tolist() == [0.25, 1.0]


def test_tar_format_refuses_hostile_globals():
    st = Storage('Double', [1.0])
    data = tar_file({'a': TarRef(11), 'x': Call(Ref('os', 'system'), ('true',))},
                    {5: st}, {11: (5, contiguous(st, 0, (1,)))})
    with pytest.raises(pickle.UnpicklingError) as e:
        _load(data)
    assert "'os.system'" in str(e.value)


def test_legacy_corrupt_details_are_the_one_error():
    st = Storage('Float', [1, 2, 3])
    good = magic_file({'a': contiguous(st, 0, (3,))})
    # a tensor that reaches past its storage
    bad = magic_file({'a': Tensor(st, 2, (3,), (1,))})
    with pytest.raises(pickle.UnpicklingError) as e:
        _load(bad)
    assert str(e.value).startswith('torch.load: corrupt or truncated file:')
    assert _load(good)['a'].tolist() == [1, 2, 3]
    with pytest.raises(pickle.UnpicklingError) as e:
        _load(good[:-1])
    assert 'cut short' in str(e.value)


def test_cuda_types_named_by_old_files_load_as_cpu_types():
    st = Storage('Float', [1.5, 2.5], location='cuda:0')
    data = tar_file({'a': TarRef(11)}, {5: st}, {11: (5, contiguous(st, 0, (2,)))},
                    cuda_type_names=True)
    assert b'torch.cuda\nFloatTensor' in data and b'torch.cuda\nFloatStorage' in data
    out = _load(data, map_location='cpu')
    assert type(out['a']) is torch.FloatTensor and out['a'].tolist() == [1.5, 2.5]


def test_modern_zip_files_are_named_as_such(tmp_path):
    modern = pytest.importorskip('torch')
    path = str(tmp_path / 'modern.pt')
    modern.save({'a': modern.ones(2)}, path)
    with pytest.raises(pickle.UnpicklingError) as e:
        torch.load(path)
    assert str(e.value) == ('torch.load: corrupt or truncated file: a zip archive, the format of '
                            'modern torch (>= 1.6), which this package does not read; load it '
                            'with modern torch')
