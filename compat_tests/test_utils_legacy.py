"""torch.utils of 0.3.1 beyond data: trainer (Trainer, plugins), serialization.load_lua
(Lua Torch .t7 files, built here byte by byte from the format; hostile files must fail
cleanly and nothing in a file is ever run), model_zoo.load_url, ffi (a clear error), and
torch.autograd._functions.utils' ONNX helpers."""
import hashlib
import io
import os
import struct

import numpy as np
import pytest

import legacy_autograd as torch
from legacy_autograd import nn, optim
from legacy_autograd.autograd import Variable
from legacy_autograd.autograd._functions.utils import prepare_onnx_paddings, check_onnx_broadcast
from legacy_autograd.utils.serialization import load_lua, T7Reader
from legacy_autograd.utils.serialization.read_lua_file import (
    T7ReaderException, TorchObject, LuaFunction, hashable_uniq_dict)
from legacy_autograd.utils.trainer import Trainer
from legacy_autograd.utils.trainer.plugins import LossMonitor, Logger, ProgressMonitor, \
    AccuracyMonitor, TimeMonitor
from legacy_autograd.utils.trainer.plugins.plugin import Plugin


# ============================================================================ trainer
class Counter(Plugin):
    def __init__(self, interval):
        super(Counter, self).__init__(interval)
        self.calls = []

    def register(self, trainer):
        self.trainer = trainer

    def iteration(self, i, *args):
        self.calls.append(('iteration', i))

    def epoch(self, i):
        self.calls.append(('epoch', i))

    def batch(self, i, *args):
        self.calls.append(('batch', i))

    def update(self, i, model):
        self.calls.append(('update', i))


def _regression_data(n=6):
    rs = np.random.RandomState(0)
    x = rs.randn(n, 2, 3).astype(np.float32)
    y = rs.randn(n, 2, 1).astype(np.float32)
    return [(torch.from_numpy(x[i]), torch.from_numpy(y[i])) for i in range(n)]


def test_trainer_trains_and_calls_plugins_on_schedule(capsys):
    torch.manual_seed(0)
    model = nn.Linear(3, 1)
    opt = optim.SGD(model.parameters(), lr=0.05)
    data = _regression_data()
    trainer = Trainer(model, nn.MSELoss(), opt, data)
    every2 = Counter([(2, 'iteration'), (1, 'epoch')])
    trainer.register_plugin(every2)
    trainer.register_plugin(LossMonitor())
    trainer.register_plugin(ProgressMonitor())
    trainer.register_plugin(Logger(['progress', 'loss']))
    w0 = model.weight.data.clone()
    trainer.run(epochs=2)
    # 0.3.1 advanced the counter by the last index of each epoch: 6, then 6 + 12
    assert trainer.iterations == 18
    assert every2.calls == [('iteration', i) for i in (2, 4, 6)] + [('epoch', 1)] + \
        [('iteration', i) for i in (8, 10, 12)] + [('epoch', 2)]
    assert not np.allclose(model.weight.data.numpy(), w0.numpy())
    stats = trainer.stats['loss']
    assert set(stats) >= {'last', 'running_avg', 'epoch_mean', 'epoch_stats'}
    assert stats['epoch_stats'] == (0, 0) and trainer.stats['progress']['samples_used'] == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith('progress: 1/6 (16.67%)\tloss: ')
    assert '#' * 80 in out and 'Epoch summary:' in out
    assert sum(1 for line in out if line.startswith('loss: ')) == 2      # per epoch


def test_trainer_loss_equals_a_hand_written_loop():
    torch.manual_seed(3)
    a = nn.Linear(3, 1)
    b = nn.Linear(3, 1)
    b.load_state_dict(a.state_dict())
    data = _regression_data()
    Trainer(a, nn.MSELoss(), optim.SGD(a.parameters(), lr=0.1), data).run(epochs=3)
    opt = optim.SGD(b.parameters(), lr=0.1)
    for _ in range(3):
        for x, y in data:
            opt.zero_grad()
            loss = nn.MSELoss()(b(Variable(x)), Variable(y))
            loss.backward()
            opt.step()
    np.testing.assert_array_equal(a.weight.data.numpy(), b.weight.data.numpy())
    np.testing.assert_array_equal(a.bias.data.numpy(), b.bias.data.numpy())


def test_monitors_values():
    class T(object):
        stats = {}
    acc = AccuracyMonitor()
    acc.register(T)
    out = torch.FloatTensor([[0.1, 0.9], [0.8, 0.2], [0.3, 0.7], [0.6, 0.4]])
    target = torch.LongTensor([1, 0, 0, 0])
    acc.iteration(1, torch.zeros(4, 2), target, out, None)
    assert T.stats['accuracy']['last'] == 75.0
    tm = TimeMonitor()
    tm.register(T)
    tm.iteration()
    assert T.stats['time']['last'] == 0
    with pytest.raises(NotImplementedError):
        Plugin().register(None)


# ============================================================================ .t7 files
class T7(object):
    """Writes the Lua Torch 7 binary format (little-endian, 8-byte longs)."""

    def __init__(self):
        self.b = io.BytesIO()
        self.next_ref = 1

    def i(self, v):
        self.b.write(struct.pack('<i', v))

    def l(self, v):
        self.b.write(struct.pack('<q', v))

    def raw_string(self, s):
        data = s.encode('ascii') if isinstance(s, str) else s
        self.i(len(data))
        self.b.write(data)

    def nil(self):
        self.i(0)

    def number(self, x):
        self.i(1)
        self.b.write(struct.pack('<d', x))

    def string(self, s):
        self.i(2)
        self.raw_string(s)

    def boolean(self, v):
        self.i(5)
        self.i(1 if v else 0)

    def ref(self, index=None):
        if index is None:
            index, self.next_ref = self.next_ref, self.next_ref + 1
        self.i(index)
        return index

    def table_start(self, n, index=None):
        self.i(3)
        self.ref(index)
        self.i(n)

    def object_start(self, cls, index=None, version=1):
        self.i(4)
        self.ref(index)
        if version is not None:
            self.raw_string('V {}'.format(version))
        self.raw_string(cls)

    def storage(self, kind, fmt, values, index=None):
        self.object_start('torch.{}Storage'.format(kind), index)
        self.l(len(values))
        for v in values:
            self.b.write(struct.pack('<' + fmt, v))

    def tensor(self, kind, fmt, size, stride, offset1, values, index=None, storage_index=None):
        self.object_start('torch.{}Tensor'.format(kind), index)
        self.i(len(size))
        for s in size:
            self.l(s)
        for s in stride:
            self.l(s)
        self.l(offset1)
        if values is None:
            self.nil()
        else:
            self.storage(kind, fmt, values, storage_index)

    def bytes(self):
        return self.b.getvalue()


def _read(data, **kw):
    return T7Reader(io.BytesIO(data), **kw).read()


def test_t7_values_tables_and_tensors(tmp_path):
    w = T7()
    w.table_start(6)
    w.number(1)                                             # [1] = 2x3 float tensor
    w.tensor('Float', 'f', [2, 3], [3, 1], 1, [0.5, 1.5, 2.5, 3.5, 4.5, 5.5])
    w.string('name')                                        # name = 'lua'
    w.string('lua')
    w.string('lr')                                          # lr = 0.01
    w.number(0.01)
    w.string('epochs')                                      # epochs = 3 (whole: int)
    w.number(3)
    w.string('flag')
    w.boolean(True)
    w.string('view')                                        # a transposed view at offset 2
    w.tensor('Double', 'd', [2, 2], [1, 2], 2, [9, 1, 2, 3, 4])
    path = tmp_path / 'values.t7'
    path.write_bytes(w.bytes())
    t = load_lua(str(path))
    assert isinstance(t, hashable_uniq_dict) and t.name == 'lua' and t['epochs'] == 3
    assert isinstance(t['epochs'], int) and t.lr == 0.01 and t.flag is True
    assert t[1].type() == 'torch.FloatTensor' and t[1].size() == torch.Size([2, 3])
    np.testing.assert_array_equal(t[1].numpy(), [[0.5, 1.5, 2.5], [3.5, 4.5, 5.5]])
    np.testing.assert_array_equal(t.view.numpy(), [[1, 3], [2, 4]])
    assert t.view.type() == 'torch.DoubleTensor' and not t.view.is_contiguous()
    assert hash(t) == id(t) and t != hashable_uniq_dict(t)


def test_t7_lists_shared_references_functions_and_tds():
    w = T7()
    w.table_start(4)                     # keys 1..4: a list
    w.number(1)
    w.tensor('Long', 'q', [3], [1], 1, [7, 8, 9], index=50)
    w.number(2)
    w.i(4)
    w.i(50)                              # the same tensor again: a reference
    w.number(3)
    w.i(6)                               # a Lua function: bytecode kept as bytes
    w.ref()
    w.i(5)
    w.b.write(b'\x1bLua!')
    w.nil()
    w.number(4)
    w.object_start('tds.Vec')
    w.l(2)
    w.number(1.5)
    w.string('x')
    out = _read(w.bytes())
    assert isinstance(out, list) and len(out) == 4
    assert out[0] is out[1] and out[0].tolist() == [7, 8, 9]
    assert out[0].type() == 'torch.LongTensor'
    assert out[2] == LuaFunction(5, b'\x1bLua!', None)
    assert out[3] == [1.5, 'x']
    # heuristics off
    w = T7()
    w.table_start(1)
    w.number(1)
    w.number(2)
    assert dict(_read(w.bytes(), list_heuristic=False)) == {1: 2}
    assert _read(w.bytes(), int_heuristic=False) == [2.0]


def test_t7_nn_modules_get_0_3_1_field_fixes():
    w = T7()
    w.object_start('nn.Narrow')
    w.table_start(3)
    for k, v in (('dimension', 2), ('index', 1), ('length', 3)):
        w.string(k)
        w.number(v)
    m = _read(w.bytes())
    assert m.dimension == 1 and m.index == 0 and m.length == 3        # 0-based
    w = T7()
    w.object_start('nn.Linear')
    w.table_start(1)
    w.string('weight')
    w.tensor('Float', 'f', [1, 2], [2, 1], 1, [1.0, 2.0])
    m = _read(w.bytes())
    assert m.weight.tolist() == [[1.0, 2.0]]
    assert m.bias is None and m.gradWeight is None and m.addBuffer is None
    if isinstance(m, TorchObject):
        assert m.torch_typename() == 'nn.Linear'
    w = T7()
    w.object_start('nn.ReLU')
    w.table_start(1)
    w.string('val')
    w.number(0)
    assert _read(w.bytes()).value == 0
    w = T7()
    w.object_start('nn.View')
    w.table_start(1)
    w.string('size')
    w.storage('Long', 'q', [4, 5])
    assert _read(w.bytes()).size == torch.Size([4, 5])


def _hostile_cases():
    cases = {}
    w = T7()
    w.tensor('Float', 'f', [2, 3], [3, 1], 1, [1.0, 2.0])          # storage too small
    cases['tensor outside storage'] = w.bytes()
    w = T7()
    w.object_start('torch.FloatStorage')
    w.l(1 << 60)                                                     # absurd size
    cases['huge storage'] = w.bytes()
    w = T7()
    w.table_start(1 << 30)                                           # absurd count
    cases['huge table'] = w.bytes()
    w = T7()
    for _ in range(5000):                                            # deep nesting
        w.table_start(1)
        w.number(1)
    w.nil()
    cases['deep nesting'] = w.bytes()
    w = T7()
    w.i(99)
    cases['unknown type id'] = w.bytes()
    w = T7()
    w.object_start('os.system')
    w.string('echo hacked')
    cases['unknown class'] = w.bytes()
    w = T7()
    w.table_start(2)
    w.number(1)
    w.string('abc')
    cases['truncated'] = w.bytes()[:-2]
    w = T7()
    w.i(2)
    w.i(-5)
    cases['negative string length'] = w.bytes()
    w = T7()
    w.tensor('Float', 'f', [2], [-1], 1, [1.0, 2.0])
    cases['negative stride'] = w.bytes()
    w = T7()
    w.object_start('torch.FloatTensor')
    w.i(1)
    w.l(2)
    w.l(1)
    w.l(1)
    w.storage('Double', 'd', [1.0, 2.0])                           # wrong storage type
    cases['storage of another type'] = w.bytes()
    w = T7()
    w.object_start('nn.__class__')
    w.table_start(0)
    cases['private nn name'] = w.bytes()
    w = T7()
    w.object_start('nn.Linear')
    w.table_start(1)
    w.number(5)
    w.number(1)
    w.string('x')                                                    # trailing garbage ok
    cases['non-string field name'] = w.bytes()
    w = T7()
    w.table_start(1)
    w.table_start(0)                                                 # table as a key: fine
    w.number(1)
    return cases


@pytest.mark.parametrize('name', sorted(_hostile_cases()))
def test_hostile_t7_fails_cleanly(name, tmp_path):
    marker = tmp_path / 'hacked'
    data = _hostile_cases()[name]
    with pytest.raises(T7ReaderException):
        _read(data)
    path = tmp_path / 'bad.t7'
    path.write_bytes(data)
    with pytest.raises(T7ReaderException):
        load_lua(str(path))
    assert not marker.exists()


def test_unknown_classes_as_torch_objects():
    w = T7()
    w.object_start('image.Thing', version=None)          # pre-versioning object
    w.table_start(1)
    w.string('k')
    w.number(4)
    o = _read(w.bytes(), unknown_classes=True)
    assert isinstance(o, TorchObject) and o.torch_typename() == 'image.Thing'
    assert o.k == 4 and o['k'] == 4 and o.missing is None
    w = T7()
    w.object_start('torch.FloatTensor')
    w.i(2)
    w.l(1)
    w.l(2)
    w.l(1)
    w.l(1)
    w.l(1)
    w.storage('Float', 'f', [3.0, 4.0])
    w32 = T7()                                  # a 32-bit-long file
    w32.object_start('torch.IntStorage')
    w32.i(2)
    w32.b.write(struct.pack('<ii', 5, 6))
    assert _read(w32.bytes(), long_size=4).tolist() == [5, 6]


# ============================================================================ model_zoo, ffi
def test_model_zoo_load_url_checks_the_hash_and_caches(tmp_path):
    from legacy_autograd.utils import model_zoo
    src = tmp_path / 'src'
    src.mkdir()
    tmp = src / 'tmp.pth'
    torch.save({'w': torch.FloatTensor([1, 2, 3])}, str(tmp))
    digest = hashlib.sha256(tmp.read_bytes()).hexdigest()
    good = src / 'net-{}.pth'.format(digest[:8])
    os.rename(str(tmp), str(good))
    cache = tmp_path / 'cache'
    obj = model_zoo.load_url('file://' + str(good), model_dir=str(cache))
    assert obj['w'].tolist() == [1.0, 2.0, 3.0]
    assert (cache / good.name).exists()
    bad = src / 'net-{}.pth'.format('0' * 8 if digest[:8] != '0' * 8 else '1' * 8)
    bad.write_bytes(good.read_bytes())
    with pytest.raises(RuntimeError, match='invalid hash value'):
        model_zoo.load_url('file://' + str(bad), model_dir=str(cache))
    assert not (cache / bad.name).exists()


def test_ffi_says_it_cannot_build_th_extensions():
    from legacy_autograd.utils import ffi
    with pytest.raises(RuntimeError, match='not supported by the legacy_autograd shim'):
        ffi.compile_extension('x', 'x.h', [])
    with pytest.raises(RuntimeError, match='not supported'):
        ffi.create_extension('x', [], [])


# ============================================================================ onnx helpers
def test_prepare_onnx_paddings():
    assert prepare_onnx_paddings(3, [1, 2, 3, 4]) == [0, 3, 1, 0, 4, 2]
    assert prepare_onnx_paddings(2, [5, 6]) == [0, 5, 0, 6]
    assert prepare_onnx_paddings(1, []) == [0, 0]


@pytest.mark.parametrize('d1,d2,broadcast,fails', [
    ([3, 4], [2, 3, 4], True, True), ([3, 4], [1, 1, 1], True, False),
    ([1, 1], [1], True, False), ([2, 3, 4], [3, 4], True, False),
    ([2, 3, 4], [1, 4], True, True), ([3, 4], [3, 4], False, False),
    ([3, 4], [1, 4], True, True), ([3, 4], [1, 1], True, False)])
def test_check_onnx_broadcast(d1, d2, broadcast, fails):
    if fails:
        with pytest.raises(ValueError, match='Numpy style broadcasting is not supported in ONNX'):
            check_onnx_broadcast(d1, d2)
    else:
        assert check_onnx_broadcast(d1, d2) is broadcast
