"""``torch.nn.backends`` (0.3.1): the function-class registry behind ``module._backend``.

Every module's ``_backend`` is ``torch.nn.backends.thnn.backend``; its attributes are function
classes taking 0.3.1's ``apply`` arguments (checked here against modern torch's functional
forms and against this package's own modules), ``RNN`` is a factory of forward functions,
unknown names raise ``NotImplementedError`` and a second registration of a name is refused
with 0.3.1's text.  The backend pickles and copies as the one shared object.
"""
import copy
import pickle

import numpy as np
import pytest

import legacy_autograd as L
import legacy_autograd.nn as nn
import legacy_autograd.nn.functional as F
from legacy_autograd import testing as T
from legacy_autograd.autograd import Variable
from legacy_autograd.nn.backends import backend as backend_mod
from legacy_autograd.nn.backends.thnn import backend, THNNFunctionBackend


def rnd(seed, *shape):
    return np.random.RandomState(seed).uniform(-1.5, 1.5, size=shape)


def test_every_module_shares_the_thnn_backend():
    assert nn.Conv2d(1, 2, 3)._backend is backend
    assert nn.Sequential(nn.ReLU())._backend is backend
    seq = nn.Sequential(nn.Linear(3, 2))
    assert copy.deepcopy(seq)[0]._backend is backend
    assert copy.copy(backend) is backend
    assert pickle.loads(pickle.dumps(seq))._backend is backend
    assert isinstance(backend, THNNFunctionBackend)
    assert isinstance(backend, backend_mod.FunctionBackend)


def test_unknown_names_and_second_registrations():
    with pytest.raises(NotImplementedError):
        backend.NoSuchFunction
    reg = backend_mod.FunctionBackend()
    reg.register_function('Square', object)
    assert reg.Square is object and reg.function_classes == {'Square': object}
    with pytest.raises(RuntimeError) as e:
        reg.register_function('Square', int)
    assert str(e.value) == 'Trying to register second function under name Square in FunctionBackend'
    with pytest.raises(RuntimeError, match='under name Threshold in THNNFunctionBackend$'):
        backend.register_function('Threshold', object)


def test_a_saved_model_keeps_the_backend(tmp_path):
    m = nn.Sequential(nn.Linear(2, 2))
    path = str(tmp_path / 'm.pt')
    L.save(m, path)
    back = L.load(path)
    assert back._backend is backend and back[0]._backend is backend


@pytest.mark.parametrize('name, args, modern', [
    ('Threshold', (0.25, -3.0, False), lambda t, x: t.nn.functional.threshold(x, 0.25, -3.0)),
    ('LeakyReLU', (0.2, False), lambda t, x: t.nn.functional.leaky_relu(x, 0.2)),
    ('ELU', (0.7, False), lambda t, x: t.nn.functional.elu(x, 0.7)),
    ('Hardtanh', (-0.5, 0.75, False), lambda t, x: t.nn.functional.hardtanh(x, -0.5, 0.75)),
    ('Softplus', (2, 20), lambda t, x: t.nn.functional.softplus(x, 2, 20)),
    ('Softshrink', (0.3,), lambda t, x: t.nn.functional.softshrink(x, 0.3)),
    ('Hardshrink', (0.4,), lambda t, x: t.nn.functional.hardshrink(x, 0.4)),
    ('LogSigmoid', (), lambda t, x: t.nn.functional.logsigmoid(x)),
    ('SELU', (False,), lambda t, x: t.nn.functional.selu(x)),
])
def test_pointwise_classes_take_0_3_1_arguments(name, args, modern):
    cls = getattr(backend, name)
    T.assert_parity(lambda x: cls.apply(x, *args), lambda x: modern(__import__('torch'), x),
                    rnd(1, 3, 4))


def test_pooling_padding_upsampling_classes():
    x = rnd(2, 2, 3, 6, 5)
    out, idx = backend.AdaptiveMaxPool2d.apply(Variable(L.from_numpy(x)), (3, 2))
    T.assert_parity(lambda v: backend.AdaptiveMaxPool2d.apply(v, (3, 2))[0],
                    lambda v: __import__('torch').nn.functional.adaptive_max_pool2d(v, (3, 2)), x)
    torch = pytest.importorskip('torch')
    _, midx = torch.nn.functional.adaptive_max_pool2d(torch.from_numpy(x), (3, 2),
                                                       return_indices=True)
    assert idx.data.numpy().tolist() == midx.numpy().tolist()
    T.assert_parity(lambda v: backend.AdaptiveAvgPool1d.apply(v, 4),
                    lambda v: torch.nn.functional.adaptive_avg_pool1d(v, 4), rnd(3, 2, 3, 7))
    T.assert_parity(lambda v: backend.ReflectionPad2d.apply(v, 1, 2, 2, 0),
                    lambda v: torch.nn.functional.pad(v, (1, 2, 2, 0), 'reflect'), x)
    T.assert_parity(lambda v: backend.ReplicationPad1d.apply(v, 3, 1),
                    lambda v: torch.nn.functional.pad(v, (3, 1), 'replicate'), rnd(4, 2, 3, 5))
    T.assert_parity(lambda v: backend.UpsamplingNearest2d.apply(v, None, 2),
                    lambda v: torch.nn.functional.interpolate(v, scale_factor=2, mode='nearest'),
                    x)


def test_embedding_and_dropout_classes():
    torch = pytest.importorskip('torch')
    w = rnd(5, 6, 3)
    idx = np.array([[0, 5, 2], [2, 2, 1]])
    T.assert_parity(lambda wv, i: backend.Embedding.apply(i, wv, None, None, 2, False, False),
                    lambda wv, i: torch.nn.functional.embedding(i, wv), w, idx)
    T.assert_parity(lambda wv, i: backend.Embedding.apply(i, wv, 2, None, 2, False, False),
                    lambda wv, i: torch.nn.functional.embedding(i, wv, padding_idx=2), w, idx)
    x = Variable(L.from_numpy(rnd(6, 4, 4)))
    assert backend.Dropout.apply(x, 0.5, False, False).data.tolist() == x.data.tolist()
    L.manual_seed(7)
    a = backend.Dropout2d.apply(x.view(2, 2, 4), 0.5, True, False)
    L.manual_seed(7)
    b = F.dropout2d(x.view(2, 2, 4), 0.5, True)
    assert a.data.tolist() == b.data.tolist()


def test_losses_registered_by_name():
    torch = pytest.importorskip('torch')
    a, b = rnd(7, 4, 3), rnd(8, 4, 3)
    y = np.array([1., -1., -1., 1.])
    T.assert_parity(lambda p, q, t: backend.CosineEmbeddingLoss.apply(p, q, t, 0.1, True),
                    lambda p, q, t: torch.nn.functional.cosine_embedding_loss(p, q, t, 0.1),
                    a, b, y, grad=False)
    T.assert_parity(lambda p, q, t: backend.MarginRankingLoss.apply(p, q, t, 0.3, False),
                    lambda p, q, t: torch.nn.functional.margin_ranking_loss(
                        p, q, t, 0.3, reduction='sum'), a[:, 0], b[:, 0], y, grad=False)
    T.assert_parity(lambda p, t: backend.HingeEmbeddingLoss.apply(p, t, 0.5, True),
                    lambda p, t: torch.nn.functional.hinge_embedding_loss(p, t, 0.5),
                    a[:, 0], y, grad=False)


def _weights(seed, n_in, hidden, gates):
    return [rnd(seed, gates * hidden, n_in), rnd(seed + 1, gates * hidden, hidden),
            rnd(seed + 2, gates * hidden), rnd(seed + 3, gates * hidden)]


@pytest.mark.parametrize('name, gates, modern', [
    ('RNNTanhCell', 1, 'rnn_tanh_cell'), ('RNNReLUCell', 1, 'rnn_relu_cell'),
    ('GRUCell', 3, 'gru_cell'),
])
def test_cells_match_modern(name, gates, modern):
    torch = pytest.importorskip('torch')
    x, h = rnd(10, 2, 3), rnd(11, 2, 4)
    w = _weights(12, 3, 4, gates)
    T.assert_parity(lambda *a: getattr(backend, name)(*a),
                    lambda *a: getattr(torch, modern)(*a), x, h, *w)


def test_lstm_cell_matches_modern():
    torch = pytest.importorskip('torch')
    x, h, c = rnd(20, 3, 2), rnd(21, 3, 5), rnd(22, 3, 5)
    w = _weights(23, 2, 5, 4)
    T.assert_parity(lambda x, h, c, *w: backend.LSTMCell(x, (h, c), *w),
                    lambda x, h, c, *w: torch.lstm_cell(x, (h, c), *w), x, h, c, *w)


@pytest.mark.parametrize('mode, cls', [('LSTM', nn.LSTM), ('GRU', nn.GRU), ('RNN_TANH', nn.RNN)])
def test_rnn_factory_runs_like_the_module(mode, cls):
    L.manual_seed(3)
    m = cls(3, 4, num_layers=2, bidirectional=True)
    x = Variable(L.randn(5, 2, 3))
    h = Variable(L.randn(4, 2, 4))
    hx = (h, Variable(L.randn(4, 2, 4))) if mode == 'LSTM' else h
    want_out, want_h = m(x, hx)
    func = m._backend.RNN(mode, 3, 4, num_layers=2, bidirectional=True, train=False)
    out, got_h = func(x, m.all_weights, hx)
    assert out.data.tolist() == want_out.data.tolist()
    if mode == 'LSTM':
        assert [t.data.tolist() for t in got_h] == [t.data.tolist() for t in want_h]
    else:
        assert got_h.data.tolist() == want_h.data.tolist()


def test_cross_map_lrn_old_style():
    L.manual_seed(1)
    x = Variable(L.randn(2, 5, 3, 3))
    got = backend.CrossMapLRN2d(3, 1e-3, 0.6, 2)(x)
    want = nn.CrossMapLRN2d(3, 1e-3, 0.6, 2)(x)
    assert got.data.tolist() == want.data.tolist()
