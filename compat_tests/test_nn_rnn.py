"""Recurrent layers (``nn/modules/rnn.py``, ``ops/rnn_ops.py``) and ``nn/utils/rnn.py``.

* ``*_parity_*``: values and gradients of RNN (tanh, relu), LSTM and GRU against
  modern torch (weights copied across): layers, bidirectional, batch_first, bias,
  packed input, given and default hidden states; the cells; double backward;
* seeded initialisation: parameters equal 24-bit uniform fills of the 0.3
  generator in 0.3's registration order; the sequence-models tutorial numbers;
* reprs, ``grad_fn`` names of the results, argument errors (0.3.1 texts);
* ``pack_padded_sequence`` / ``pad_packed_sequence`` round trips and errors;
* the fused op's numpy fast path against the generic formulas.

Tolerances: float64 runs compare at 1e-10; float32 runs at 1e-5 relative.
"""
import math
import re

import numpy as np
import pytest

import legacy_autograd as L
import legacy_autograd.nn as lnn
from legacy_autograd import testing
from legacy_autograd.autograd import Variable
from legacy_autograd.nn.utils.rnn import PackedSequence, pack_padded_sequence, pad_packed_sequence
from legacy_autograd.ops import rnn_ops
from legacy_autograd.rng import Generator

F64 = dict(rtol=1e-10, atol=1e-10)
F32 = dict(rtol=1e-5, atol=1e-5)
OBJ_RE = r' object at 0x[0-9a-f]+>$'
MODES = [('RNN', {}), ('RNN', {'nonlinearity': 'relu'}), ('LSTM', {}), ('GRU', {})]
MODE_IDS = ['rnn_tanh', 'rnn_relu', 'lstm', 'gru']


# =========================================================================== helpers
def A(x):
    return x.data._a if isinstance(x, Variable) else x._a


def V(a, requires_grad=True):
    return Variable(L.from_numpy(np.array(a, copy=True)), requires_grad=requires_grad)


def make_pair(torch, kind, args, kw, dtype=np.float64):
    """A legacy module and a modern one with the same weights."""
    ours = getattr(lnn, kind)(*args, **kw)
    if dtype == np.float64:
        ours = ours.double()
    theirs = getattr(torch.nn, kind)(*args, **kw)
    theirs = theirs.double() if dtype == np.float64 else theirs.float()
    ours_params = dict(ours.named_parameters())
    theirs_params = dict(theirs.named_parameters())
    assert sorted(ours_params) == sorted(theirs_params)
    with torch.no_grad():
        for name, p in theirs_params.items():
            p.copy_(torch.from_numpy(A(ours_params[name]).copy()))
    return ours, theirs


def hidden_pair(torch, is_lstm, shape, rs, dtype):
    hs = [rs.randn(*shape).astype(dtype) for _ in range(2 if is_lstm else 1)]
    ours = [V(h) for h in hs]
    theirs = [torch.tensor(h, requires_grad=True) for h in hs]
    if is_lstm:
        return tuple(ours), tuple(theirs)
    return ours[0], theirs[0]


def flat_hidden(h):
    return list(h) if isinstance(h, tuple) else [h]


def check_grads(torch, ours_mod, theirs_mod, ours_leaves, theirs_leaves, tol):
    for name, p in ours_mod.named_parameters():
        q = dict(theirs_mod.named_parameters())[name]
        assert p.grad is not None, name
        testing.assert_close(p.grad, q.grad, what=name, **tol)
    for a, b in zip(ours_leaves, theirs_leaves):
        testing.assert_close(a.grad, b.grad, **tol)


def run_pair(torch, kind, kw, args=(4, 5), T=5, B=3, num_layers=1, given_hidden=True,
             packed=False, dtype=np.float64, seed=0):
    """Forward and backward of both modules on the same data; compare everything."""
    tol = F64 if dtype == np.float64 else F32
    kw = dict(kw)
    kw['num_layers'] = num_layers
    ours_mod, theirs_mod = make_pair(torch, kind, args, kw, dtype)
    rs = np.random.RandomState(seed)
    E, H = args
    D = 2 if kw.get('bidirectional') else 1
    batch_first = kw.get('batch_first', False)
    is_lstm = kind == 'LSTM'
    xshape = (B, T, E) if batch_first else (T, B, E)
    x = rs.randn(*xshape).astype(dtype)
    xo, xt = V(x), torch.tensor(x, requires_grad=True)
    lengths = None
    if packed:
        lengths = sorted(rs.randint(1, T + 1, size=B).tolist(), reverse=True)
        lengths[0] = T
        ino = pack_padded_sequence(xo, lengths, batch_first=batch_first)
        int_ = torch.nn.utils.rnn.pack_padded_sequence(xt, lengths, batch_first=batch_first)
        assert isinstance(ino.batch_sizes, list)
        assert ino.batch_sizes == int_.batch_sizes.tolist()
        testing.assert_close(ino.data, int_.data, rtol=0, atol=0)
    else:
        ino, int_ = xo, xt
    hshape = (num_layers * D, B, H)
    if given_hidden:
        ho, ht = hidden_pair(torch, is_lstm, hshape, rs, dtype)
        out_o, hn_o = ours_mod(ino, ho)
        out_t, hn_t = theirs_mod(int_, ht)
    else:
        out_o, hn_o = ours_mod(ino)
        out_t, hn_t = theirs_mod(int_)
    if packed:
        assert isinstance(out_o, PackedSequence)
        assert out_o.batch_sizes is ino.batch_sizes
        out_o, out_t = out_o.data, out_t.data
    testing.assert_close(out_o, out_t, **tol)
    hs_o, hs_t = flat_hidden(hn_o), flat_hidden(hn_t)
    assert len(hs_o) == len(hs_t) == (2 if is_lstm else 1)
    for a, b in zip(hs_o, hs_t):
        assert tuple(a.size()) == tuple(b.shape) == hshape
        testing.assert_close(a, b, **tol)
    # backward from random weights on every result
    gos = [rs.randn(*A(v).shape).astype(dtype) for v in [out_o] + hs_o]
    loss_o = sum(((v * V(g, False)).sum() for v, g in zip([out_o] + hs_o, gos)), V(np.zeros(1, dtype), False))
    loss_t = sum((v * torch.tensor(g)).sum() for v, g in zip([out_t] + hs_t, gos))
    loss_o.backward()
    loss_t.backward()
    leaves_o, leaves_t = [xo], [xt]
    if given_hidden:
        leaves_o += flat_hidden(ho)
        leaves_t += flat_hidden(ht)
    check_grads(torch, ours_mod, theirs_mod, leaves_o, leaves_t, tol)
    return ours_mod, out_o, hn_o


CONFIGS = [
    dict(),
    dict(num_layers=2),
    dict(bidirectional=True),
    dict(num_layers=2, bidirectional=True),
    dict(batch_first=True),
    dict(bias=False),
    dict(given_hidden=False),
    dict(num_layers=3, bidirectional=True, batch_first=True, given_hidden=False),
    dict(packed=True),
    dict(packed=True, bidirectional=True, num_layers=2),
    dict(packed=True, batch_first=True, bidirectional=True, given_hidden=False),
    dict(packed=True, bias=False, num_layers=2),
]


def _split_config(cfg):
    cfg = dict(cfg)
    run = {k: cfg.pop(k) for k in ('num_layers', 'given_hidden', 'packed') if k in cfg}
    return cfg, run


# =========================================================================== module parity
@pytest.mark.parametrize('cfg', CONFIGS, ids=lambda c: '-'.join('%s=%s' % kv for kv in sorted(c.items())) or 'default')
@pytest.mark.parametrize('kind,extra', MODES, ids=MODE_IDS)
def test_rnn_module_parity(kind, extra, cfg):
    torch = pytest.importorskip('torch')
    kw, run = _split_config(cfg)
    kw.update(extra)
    run_pair(torch, kind, kw, **run)


@pytest.mark.parametrize('kind,extra', MODES, ids=MODE_IDS)
def test_rnn_module_parity_float32(kind, extra):
    torch = pytest.importorskip('torch')
    run_pair(torch, kind, dict(extra, bidirectional=True), num_layers=2, dtype=np.float32)
    run_pair(torch, kind, dict(extra), packed=True, dtype=np.float32, seed=3)


@pytest.mark.parametrize('kind,extra', MODES, ids=MODE_IDS)
def test_rnn_parity_larger_sizes(kind, extra):
    torch = pytest.importorskip('torch')
    run_pair(torch, kind, dict(extra), args=(16, 32), T=12, B=4, num_layers=2)


@pytest.mark.parametrize('kind,extra', MODES, ids=MODE_IDS)
def test_rnn_parity_single_step_and_batch_one(kind, extra):
    torch = pytest.importorskip('torch')
    run_pair(torch, kind, dict(extra), T=1, B=1)
    run_pair(torch, kind, dict(extra, bidirectional=True), T=1, B=2, packed=True)


def test_lstm_parity_dropout_eval_mode():
    """With dropout set, eval mode runs no dropout: same numbers as modern torch in eval."""
    torch = pytest.importorskip('torch')
    ours, theirs = make_pair(torch, 'LSTM', (4, 5), dict(num_layers=3, dropout=0.5))
    ours.eval()
    theirs.eval()
    x = np.random.RandomState(2).randn(6, 2, 4)
    out_o, (h_o, c_o) = ours(V(x))
    out_t, (h_t, c_t) = theirs(torch.tensor(x))
    testing.assert_close(out_o, out_t, **F64)
    testing.assert_close(c_o, c_t, **F64)


# =========================================================================== cells
CELLS = [('RNNCell', {}), ('RNNCell', {'nonlinearity': 'relu'}), ('LSTMCell', {}), ('GRUCell', {}),
         ('LSTMCell', {'bias': False}), ('GRUCell', {'bias': False})]


@pytest.mark.parametrize('kind,kw', CELLS, ids=['rnn', 'rnn_relu', 'lstm', 'gru', 'lstm_nobias',
                                                'gru_nobias'])
@pytest.mark.parametrize('dtype', [np.float64, np.float32], ids=['double', 'float'])
def test_rnn_cell_parity(kind, kw, dtype):
    torch = pytest.importorskip('torch')
    tol = F64 if dtype == np.float64 else F32
    ours, theirs = make_pair(torch, kind, (3, 4), kw, dtype)
    rs = np.random.RandomState(1)
    is_lstm = kind == 'LSTMCell'
    x = rs.randn(2, 3).astype(dtype)
    xo, xt = V(x), torch.tensor(x, requires_grad=True)
    ho, ht = hidden_pair(torch, is_lstm, (2, 4), rs, dtype)
    # three steps, reusing the state, as time_sequence_prediction does
    so, st = ho, ht
    lo, lt = [], []
    for _ in range(3):
        so = ours(xo, so)
        st = theirs(xt, st)
        lo += flat_hidden(so)
        lt += flat_hidden(st)
    for a, b in zip(lo, lt):
        testing.assert_close(a, b, **tol)
    gs = [rs.randn(2, 4).astype(dtype) for _ in lo]
    sum((a * V(g, False)).sum() for a, g in zip(lo, gs)).backward()
    sum((b * torch.tensor(g)).sum() for b, g in zip(lt, gs)).backward()
    check_grads(torch, ours, theirs, [xo] + flat_hidden(ho), [xt] + flat_hidden(ht), tol)


def test_cell_results_shapes_and_types():
    cell = lnn.LSTMCell(3, 4)
    h, c = cell(V(np.random.randn(2, 3).astype(np.float32)), (V(np.zeros((2, 4), np.float32)),) * 2)
    assert h.size() == L.Size([2, 4]) and c.size() == L.Size([2, 4])
    assert h.data.type() == 'torch.FloatTensor'
    g = lnn.GRUCell(3, 4)(V(np.random.randn(2, 3).astype(np.float32)), V(np.zeros((2, 4), np.float32)))
    assert isinstance(g, Variable) and g.size() == L.Size([2, 4])


# =========================================================================== double backward
@pytest.mark.parametrize('kind,extra', MODES, ids=MODE_IDS)
def test_rnn_double_backward_parity(kind, extra):
    """Gradients built with create_graph, differentiated again, against modern torch."""
    torch = pytest.importorskip('torch')
    ours, theirs = make_pair(torch, kind, (3, 4), dict(extra, bidirectional=True))
    rs = np.random.RandomState(5)
    x = rs.randn(4, 2, 3)
    is_lstm = kind == 'LSTM'
    ho, ht = hidden_pair(torch, is_lstm, (2, 2, 4), rs, np.float64)
    xo, xt = V(x), torch.tensor(x, requires_grad=True)
    out_o, _ = ours(xo, ho)
    out_t, _ = theirs(xt, ht)
    w = rs.randn(4, 2, 8)
    po = list(ours.parameters())
    pt = [dict(theirs.named_parameters())[n] for n, _ in ours.named_parameters()]
    go = L.autograd.grad((out_o * V(w, False)).sum(), [xo] + po, create_graph=True)
    gt = torch.autograd.grad((out_t * torch.tensor(w)).sum(), [xt] + pt, create_graph=True)
    for a, b in zip(go, gt):
        testing.assert_close(a, b, **F64)
    so = sum((g * g).sum() for g in go)
    st = sum((g * g).sum() for g in gt)
    so.backward()
    st.backward()
    testing.assert_close(xo.grad, xt.grad, rtol=1e-8, atol=1e-9)
    for a, b in zip(po, pt):
        testing.assert_close(a.grad, b.grad, rtol=1e-8, atol=1e-9)
    for a, b in zip(flat_hidden(ho), flat_hidden(ht)):
        testing.assert_close(a.grad, b.grad, rtol=1e-8, atol=1e-9)


def test_rnn_gradgradcheck_packed_lstm():
    """gradcheck/gradgradcheck (finite differences, float64) through a packed bidirectional LSTM."""
    from legacy_autograd.autograd import gradcheck, gradgradcheck
    lstm = lnn.LSTM(2, 3, bidirectional=True).double()
    rs = np.random.RandomState(0)
    x = V(rs.randn(3, 2, 2))
    h0 = V(rs.randn(2, 2, 3))
    c0 = V(rs.randn(2, 2, 3))

    def f(x, h0, c0):
        out, (h, c) = lstm(pack_padded_sequence(x, [3, 2]), (h0, c0))
        return out.data, h, c

    assert gradcheck(f, (x, h0, c0), eps=1e-6, atol=1e-5)
    assert gradgradcheck(f, (x, h0, c0), eps=1e-6, atol=1e-4)


# =========================================================================== op-level checks
def _op_case(mode, reverse, batch_sizes, bias=True, dtype=np.float64, seed=0):
    rs = np.random.RandomState(seed)
    H, E = 3, 2
    g = rnn_ops.GATES[mode]
    N, B = sum(batch_sizes), batch_sizes[0]
    arrays = [rs.randn(N, E), rs.randn(B, H)]
    if mode == 'LSTM':
        arrays.append(rs.randn(B, H))
    arrays += [rs.randn(g * H, E) * 0.5, rs.randn(g * H, H) * 0.5]
    if bias:
        arrays += [rs.randn(g * H), rs.randn(g * H)]
    return [a.astype(dtype) for a in arrays]


@pytest.mark.parametrize('mode', ['LSTM', 'GRU', 'RNN_TANH', 'RNN_RELU'])
@pytest.mark.parametrize('reverse', [False, True])
@pytest.mark.parametrize('bias', [True, False])
def test_fused_layer_fast_path_matches_generic_formulas(mode, reverse, bias):
    bs = (3, 3, 2, 1, 1)
    arrays = _op_case(mode, reverse, bs, bias)
    cache = {}
    out = rnn_ops._forward_numpy(mode, arrays, bs, reverse, cache)
    ref = rnn_ops.generic_output(rnn_ops._NumpyK, mode, arrays, bs, reverse)
    # the same bits: the general formulas are the reference mode's (LEGACY_AUTOGRAD_REFERENCE=1)
    np.testing.assert_array_equal(out, ref)
    g = np.random.RandomState(9).randn(*out.shape)
    needs = (True,) * len(arrays)
    fast = rnn_ops._backward_numpy(mode, arrays, g, bs, reverse, cache, needs)
    slow = rnn_ops.generic_backward(rnn_ops._NumpyK, mode, arrays, g, bs, reverse, needs)
    assert len(fast) == len(slow) == len(arrays)
    for a, b, x in zip(fast, slow, arrays):
        assert a.shape == x.shape
        np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize('mode', ['LSTM', 'GRU', 'RNN_TANH', 'RNN_RELU'])
@pytest.mark.parametrize('reverse', [False, True])
def test_fused_layer_registry_modern_spelling_parity(mode, reverse):
    torch = pytest.importorskip('torch')
    bs = (4, 2, 2, 1)
    arrays = _op_case(mode, reverse, bs)
    op = rnn_ops.LAYER_OPS[mode]
    ours = op.forward(*[a.copy() for a in arrays], batch_sizes=bs, reverse=reverse)
    theirs = op.modern(torch, *[torch.tensor(a) for a in arrays], batch_sizes=bs, reverse=reverse)
    np.testing.assert_allclose(ours, theirs.numpy(), **F64)


@pytest.mark.parametrize('mode', ['LSTM', 'GRU'])
def test_fused_layer_modern_parity_with_3d_input_and_layer_states(mode):
    """The op takes (T, B, E) input and the module's (layers*dirs, B, H) states (entry ``layer``)."""
    torch = pytest.importorskip('torch')
    rs = np.random.RandomState(3)
    T, B, E, H, g = 4, 2, 3, 5, rnn_ops.GATES[mode]
    arrays = [rs.randn(T, B, E), rs.randn(3, B, H)]
    if mode == 'LSTM':
        arrays.append(rs.randn(3, B, H))
    arrays += [rs.randn(g * H, E), rs.randn(g * H, H), rs.randn(g * H), rs.randn(g * H)]
    op = rnn_ops.LAYER_OPS[mode]
    params = dict(batch_sizes=(B,) * T, reverse=True, layer=2)
    ours = op.forward(*[a.copy() for a in arrays], **params)
    theirs = op.modern(torch, *[torch.tensor(a) for a in arrays], **params)
    np.testing.assert_allclose(ours, theirs.numpy(), **F64)
    # gradients reach the right entry of the stacked states and the 3-D input
    vs = [V(a) for a in arrays]
    from legacy_autograd.ops.dispatch import call
    res = call(op, vs, dict(params, cache={}))
    (res * V(np.ones(res.size()), False)).sum().backward()
    ts = [torch.tensor(a, requires_grad=True) for a in arrays]
    op.modern(torch, *ts, **params).sum().backward()
    for v, t in zip(vs, ts):
        testing.assert_close(v.grad, t.grad, **F64)
    assert not A(vs[1].grad)[:2].any()


@pytest.mark.parametrize('name', sorted(rnn_ops.JOIN_OPS))
def test_join_ops_modern_parity_and_names(name):
    torch = pytest.importorskip('torch')
    rs = np.random.RandomState(0)
    arrays = [rs.randn(7, 3), rs.randn(7, 3)]
    op = rnn_ops.JOIN_OPS[name]
    for join, shape in (('cols', (2, 6)), ('rows', (2, 2, 3))):
        p = dict(start=3, count=2, join=join, shape=shape)
        ours = op.forward(*arrays, **p)
        theirs = op.modern(torch, *[torch.tensor(a) for a in arrays], **p)
        np.testing.assert_array_equal(ours, theirs.numpy())
        assert not np.shares_memory(ours, arrays[0])
    assert op.node_cls._legacy_name == {'cat': 'CatBackward', 'view': 'ViewBackward',
                                         'mul': 'MulBackward1', 'add': 'AddBackward1',
                                         'tanh': 'TanhBackward',
                                         'threshold': 'ThresholdBackward'}[name]


def test_cell_result_grad_fn_names():
    """Named like the last node of 0.3's cell formulas."""
    x = V(np.random.randn(2, 3).astype(np.float32))
    h = V(np.zeros((2, 4), np.float32))
    hy, cy = lnn.LSTMCell(3, 4)(x, (h, h))
    assert re.match(r'<MulBackward1' + OBJ_RE, repr(hy.grad_fn))
    assert re.match(r'<AddBackward1' + OBJ_RE, repr(cy.grad_fn))
    assert re.match(r'<AddBackward1' + OBJ_RE, repr(lnn.GRUCell(3, 4)(x, h).grad_fn))
    assert re.match(r'<TanhBackward' + OBJ_RE, repr(lnn.RNNCell(3, 4)(x, h).grad_fn))
    assert re.match(r'<ThresholdBackward' + OBJ_RE,
                    repr(lnn.RNNCell(3, 4, nonlinearity='relu')(x, h).grad_fn))


@pytest.mark.parametrize('kind', ['LSTMCell', 'GRUCell', 'RNNCell'])
def test_cell_double_backward_parity(kind):
    torch = pytest.importorskip('torch')
    ours, theirs = make_pair(torch, kind, (3, 4), {})
    rs = np.random.RandomState(2)
    x = rs.randn(2, 3)
    ho, ht = hidden_pair(torch, kind == 'LSTMCell', (2, 4), rs, np.float64)
    xo, xt = V(x), torch.tensor(x, requires_grad=True)
    ro, rt = flat_hidden(ours(xo, ho)), flat_hidden(theirs(xt, ht))
    po = list(ours.parameters())
    pt = [dict(theirs.named_parameters())[n] for n, _ in ours.named_parameters()]
    lo = sum((r * r).sum() for r in ro)
    lt = sum((r * r).sum() for r in rt)
    go = L.autograd.grad(lo, [xo] + po, create_graph=True)
    gt = torch.autograd.grad(lt, [xt] + pt, create_graph=True)
    sum((g * g).sum() for g in go).backward()
    sum((g * g).sum() for g in gt).backward()
    testing.assert_close(xo.grad, xt.grad, rtol=1e-8, atol=1e-9)
    for a, b in zip(po, pt):
        testing.assert_close(a.grad, b.grad, rtol=1e-8, atol=1e-9)


def test_fused_layer_float32_bitwise_equals_per_step_arithmetic():
    """The fused float32 forward gives the same bits as 0.3's per-step formulas in float32."""
    for mode in ('LSTM', 'GRU', 'RNN_TANH', 'RNN_RELU'):
        bs = (2, 2, 1)
        arrays = _op_case(mode, False, bs, dtype=np.float32, seed=4)
        x = arrays[0]
        out = rnn_ops._forward_numpy(mode, arrays, bs, False, None)
        # per step, with the input product for that step's rows only (as 0.3 did)
        rows = []
        h = arrays[1]
        c = arrays[2] if mode == 'LSTM' else None
        k = 3 if mode == 'LSTM' else 2
        wih, whh, bih, bhh = arrays[k:k + 4]
        off = 0
        K = rnn_ops._NumpyK
        for n in bs:
            xw = (x[off:off + n] @ wih.T) + bih
            hy, cy, _ = rnn_ops._generic_step(K, mode, 3, xw, h[:n], None if c is None else c[:n], whh, bhh)
            rows.append(hy)
            h = np.concatenate([hy, h[n:]])
            if c is not None:
                c = np.concatenate([cy, c[n:]])
            off += n
        np.testing.assert_array_equal(out[:off], np.concatenate(rows), err_msg=mode)


def test_retained_graph_runs_backward_twice():
    lstm = lnn.LSTM(3, 4)
    x = V(np.random.RandomState(0).randn(5, 2, 3).astype(np.float32))
    out, _ = lstm(x)
    loss = out.sum()
    loss.backward(retain_graph=True)
    first = A(x.grad).copy()
    wfirst = A(lstm.weight_hh_l0.grad).copy()
    loss.backward()
    np.testing.assert_allclose(A(x.grad), 2 * first, rtol=1e-6)
    np.testing.assert_allclose(A(lstm.weight_hh_l0.grad), 2 * wfirst, rtol=1e-6)
    with pytest.raises(RuntimeError, match='buffers have already been freed'):
        loss.backward()


def _lstm_by_variable_ops(lstm, x):
    """0.3.1's CPU LSTM (nn/_functions/rnn.py's AutogradRNN): a composition of Variable ops
    on the weight Variables, one LSTMCell per step."""
    F = lnn.functional
    w_ih, w_hh, b_ih, b_hh = lstm.weight_ih_l0, lstm.weight_hh_l0, lstm.bias_ih_l0, lstm.bias_hh_l0
    h = Variable(L.zeros(x.size(1), lstm.hidden_size))
    c = Variable(L.zeros(x.size(1), lstm.hidden_size))
    outs = []
    for t in range(x.size(0)):
        gates = F.linear(x[t], w_ih, b_ih) + F.linear(h, w_hh, b_hh)
        i, f, g, o = gates.chunk(4, 1)
        c = F.sigmoid(f) * c + F.sigmoid(i) * F.tanh(g)
        h = F.sigmoid(o) * F.tanh(c)
        outs.append(h)
    return L.stack(outs, 0)


def _lstm_grads(lstm, run, modify):
    x = V(np.linspace(-1, 1, 6).astype(np.float32).reshape(2, 1, 3))
    lstm.zero_grad()
    out = run(x)
    if modify:
        lstm.weight_hh_l0.data.add_(0.5)
        lstm.weight_ih_l0.data.mul_(2)
    out.sum().backward()
    grads = [x.grad.data.numpy().copy()] + [p.grad.data.numpy().copy() for p in lstm.parameters()]
    if modify:
        lstm.weight_ih_l0.data.div_(2)
        lstm.weight_hh_l0.data.sub_(0.5)
    return grads


def test_weights_modified_through_data_before_backward_are_used_silently():
    # 0.3.1: the weights are saved as Variables whose counter only Variable in-place ops bump;
    # optimizers and user code change them through .data, which bumps nothing. Backward runs
    # and reads the saved weight tensors as they are when it runs (the new values), with the
    # activations of the forward pass.
    L.manual_seed(3)
    lstm = lnn.LSTM(3, 4)
    fused = _lstm_grads(lstm, lambda x: lstm(x)[0], True)
    composed = _lstm_grads(lstm, lambda x: _lstm_by_variable_ops(lstm, x), True)
    plain = _lstm_grads(lstm, lambda x: lstm(x)[0], False)
    for a, b in zip(fused, composed):
        np.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-6)
    assert not np.allclose(fused[0], plain[0])          # the new weights were used
    # the same change as a Variable in-place op bumps the counter: 0.3's error
    x = V(np.ones((2, 1, 3), np.float32))
    out, _ = lstm(x)
    w = lstm.weight_hh_l0 * 1
    z = (w * w).sum()
    w.add_(1)
    with pytest.raises(RuntimeError, match='^one of the variables needed for gradient '
                                           'computation has been modified by an inplace '
                                           'operation$'):
        z.backward()
    out.sum().backward()                                 # the LSTM's own graph is intact


def test_volatile_input_records_nothing():
    lstm = lnn.LSTM(3, 4)
    x = Variable(L.randn(2, 1, 3), volatile=True)
    out, (h, c) = lstm(x)
    assert out.volatile and h.volatile and c.volatile
    assert out.grad_fn is None and not out.requires_grad


def test_frozen_parameters_and_no_input_grad():
    gru = lnn.GRU(3, 4)
    for p in gru.parameters():
        p.requires_grad = False
    x = V(np.random.randn(2, 1, 3).astype(np.float32))
    out, h = gru(x)
    out.sum().backward()
    assert x.grad is not None
    assert all(p.grad is None for p in gru.parameters())


# =========================================================================== seeded init
def _expected_names(num_layers, bidirectional, bias):
    names = []
    for layer in range(num_layers):
        for suffix in ([''] + (['_reverse'] if bidirectional else [])):
            names += ['weight_ih_l%d%s' % (layer, suffix), 'weight_hh_l%d%s' % (layer, suffix)]
            if bias:
                names += ['bias_ih_l%d%s' % (layer, suffix), 'bias_hh_l%d%s' % (layer, suffix)]
    return names


@pytest.mark.parametrize('kind,args,kw', [
    ('LSTM', (10, 20), dict(num_layers=2, bidirectional=True)),
    ('GRU', (3, 4), dict(bias=False, num_layers=2)),
    ('RNN', (5, 6), dict(num_layers=3, nonlinearity='relu')),
    ('LSTM', (6, 6), {}),
])
def test_seeded_init_matches_generator_fills_in_0_3_order(kind, args, kw):
    L.manual_seed(1)
    m = getattr(lnn, kind)(*args, **kw)
    names = _expected_names(kw.get('num_layers', 1), kw.get('bidirectional', False),
                            kw.get('bias', True))
    assert [n for n, _ in m.named_parameters()] == names
    g = Generator(1)
    stdv = 1.0 / math.sqrt(args[1])
    for name, p in m.named_parameters():
        expected = np.empty(A(p).shape, dtype=np.float32)
        g.fill_uniform(expected, -stdv, stdv)
        np.testing.assert_array_equal(A(p), expected, err_msg=name)
        assert p.data.type() == 'torch.FloatTensor'
    # the global generator moved on exactly as far
    after = np.empty(3, np.float32)
    g.fill_uniform(after, 0, 1)
    np.testing.assert_array_equal(A(L.FloatTensor(3).uniform_(0, 1)), after)


@pytest.mark.parametrize('kind,gates', [('RNNCell', 1), ('LSTMCell', 4), ('GRUCell', 3)])
def test_seeded_cell_init(kind, gates):
    L.manual_seed(1)
    m = getattr(lnn, kind)(3, 5)
    assert [n for n, _ in m.named_parameters()] == ['weight_ih', 'weight_hh', 'bias_ih', 'bias_hh']
    g = Generator(1)
    for name, p in m.named_parameters():
        expected = np.empty(A(p).shape, dtype=np.float32)
        g.fill_uniform(expected, -1 / math.sqrt(5), 1 / math.sqrt(5))
        np.testing.assert_array_equal(A(p), expected, err_msg=name)
    assert A(m.weight_ih).shape == (gates * 5, 3)
    m2 = getattr(lnn, kind)(3, 5, bias=False)
    assert m2.bias_ih is None and len(list(m2.parameters())) == 2


SEQ_TUTORIAL_OUT = [[-0.0187, 0.1713, -0.2944], [-0.3521, 0.1026, -0.2971], [-0.3191, 0.0781, -0.1957],
                    [-0.1634, 0.0941, -0.1637], [-0.3368, 0.0959, -0.0538]]


def _sequence_tutorial(torch, variable):
    """The LSTM part of the 0.3 sequence-models tutorial (seeded)."""
    torch.manual_seed(1)
    lstm = torch.nn.LSTM(3, 3)
    inputs = [variable(torch.randn((1, 3))) for _ in range(5)]
    hidden = (variable(torch.randn(1, 1, 3)), variable(torch.randn((1, 1, 3))))
    for i in inputs:
        out, hidden = lstm(i.view(1, 1, -1), hidden)
    inputs = torch.cat(inputs).view(len(inputs), 1, -1)
    hidden = (variable(torch.randn(1, 1, 3)), variable(torch.randn((1, 1, 3))))
    out, hidden = lstm(inputs, hidden)
    return out, hidden


def test_sequence_tutorial_seeded_values():
    out, (h, c) = _sequence_tutorial(L, Variable)
    np.testing.assert_allclose(A(out).reshape(5, 3), SEQ_TUTORIAL_OUT, atol=5e-5)
    np.testing.assert_allclose(A(c).reshape(3), [-0.9825, 0.4715, -0.0633], atol=5e-5)
    text = repr(out)
    assert text.startswith('Variable containing:\n(0 ,.,.) = \n -0.0187  0.1713 -0.2944\n')
    assert text.endswith('[torch.FloatTensor of size 5x1x3]\n')


def test_sequence_tutorial_seeded_parity():
    """Modern torch draws the same seeded numbers here (uniform_ 24-bit, randn < 16 elements)."""
    torch = pytest.importorskip('torch')
    out_o, (h_o, c_o) = _sequence_tutorial(L, Variable)
    out_t, (h_t, c_t) = _sequence_tutorial(torch, lambda t: t)
    testing.assert_close(out_o, out_t, rtol=1e-6, atol=1e-7)
    testing.assert_close(c_o, c_t, rtol=1e-6, atol=1e-7)


# =========================================================================== repr, grad_fn, API
@pytest.mark.parametrize('ctor,text', [
    (lambda: lnn.LSTM(6, 6), 'LSTM(6, 6)'),
    (lambda: lnn.LSTM(10, 20, num_layers=2, bidirectional=True),
     'LSTM(10, 20, num_layers=2, bidirectional=True)'),
    (lambda: lnn.GRU(3, 4, 2, False, True, 0.5, True),
     'GRU(3, 4, num_layers=2, bias=False, batch_first=True, dropout=0.5, bidirectional=True)'),
    (lambda: lnn.RNN(5, 7, nonlinearity='relu'), 'RNN(5, 7)'),
    (lambda: lnn.RNN(5, 7, dropout=0.2, num_layers=2), 'RNN(5, 7, num_layers=2, dropout=0.2)'),
    (lambda: lnn.RNNCell(3, 4), 'RNNCell(3, 4)'),
    (lambda: lnn.RNNCell(3, 4, nonlinearity='relu', bias=False),
     'RNNCell(3, 4, bias=False, nonlinearity=relu)'),
    (lambda: lnn.LSTMCell(3, 4), 'LSTMCell(3, 4)'),
    (lambda: lnn.GRUCell(3, 4, bias=False), 'GRUCell(3, 4, bias=False)'),
])
def test_reprs(ctor, text):
    assert repr(ctor()) == text


def test_repr_inside_a_module():
    class Tagger(lnn.Module):
        def __init__(self):
            super(Tagger, self).__init__()
            self.lstm = lnn.LSTM(6, 6)
    assert repr(Tagger()) == 'Tagger(\n  (lstm): LSTM(6, 6)\n)'


def test_result_grad_fn_names():
    x = V(np.random.randn(4, 2, 3).astype(np.float32))
    out, (h, c) = lnn.LSTM(3, 5)(x)
    assert re.match(r'<CatBackward' + OBJ_RE, repr(out.grad_fn))
    assert re.match(r'<ViewBackward' + OBJ_RE, repr(h.grad_fn))
    assert re.match(r'<ViewBackward' + OBJ_RE, repr(c.grad_fn))
    out, h = lnn.GRU(3, 5, batch_first=True)(x)
    assert re.match(r'<TransposeBackward' + OBJ_RE, repr(out.grad_fn))
    assert out.size() == L.Size([4, 2, 5]) and h.size() == L.Size([1, 4, 5])


def test_module_api_and_exports():
    for name in ['RNNBase', 'RNN', 'LSTM', 'GRU', 'RNNCell', 'LSTMCell', 'GRUCell']:
        assert getattr(lnn, name) is getattr(lnn.modules.rnn, name)
    assert L.nn.utils.rnn.PackedSequence is PackedSequence
    m = lnn.LSTM(3, 4, num_layers=2, bidirectional=True)
    assert m.flatten_parameters() is None
    assert [len(w) for w in m.all_weights] == [4, 4, 4, 4]
    assert m.all_weights[1][0] is m.weight_ih_l0_reverse
    assert A(m.weight_ih_l1).shape == (16, 8)
    assert m.mode == 'LSTM' and m.dropout_state == {}
    assert m.double().weight_hh_l0.data.type() == 'torch.DoubleTensor'
    sd = m.state_dict()
    assert list(sd) == _expected_names(2, True, True)
    m2 = lnn.LSTM(3, 4, num_layers=2, bidirectional=True)
    m2.load_state_dict(lnn.LSTM(3, 4, num_layers=2, bidirectional=True).double().float().state_dict())
    with pytest.raises(ValueError, match="Unknown nonlinearity 'sigmoid'"):
        lnn.RNN(3, 4, nonlinearity='sigmoid')


def test_state_dict_pickle_round_trip(tmp_path):
    import pickle
    m = lnn.GRU(3, 4, num_layers=2)
    m2 = pickle.loads(pickle.dumps(m))
    x = V(np.random.randn(2, 1, 3).astype(np.float32), False)
    np.testing.assert_array_equal(A(m(x)[0]), A(m2(x)[0]))
    assert repr(m2) == 'GRU(3, 4, num_layers=2)'


def test_default_hidden_is_zeros_and_type_follows_input():
    lstm = lnn.LSTM(3, 4, num_layers=2).double()
    x = V(np.random.randn(3, 2, 3))
    zeros = V(np.zeros((2, 2, 4)), False)
    a, (h1, c1) = lstm(x)
    b, (h2, c2) = lstm(x, (zeros, zeros))
    np.testing.assert_array_equal(A(a), A(b))
    np.testing.assert_array_equal(A(c1), A(c2))
    assert a.data.type() == 'torch.DoubleTensor'


def test_dropout_between_layers_training_only():
    L.manual_seed(3)
    lstm = lnn.LSTM(3, 4, num_layers=2, dropout=0.5)
    x = V(np.random.RandomState(0).randn(5, 2, 3).astype(np.float32), False)
    lstm.eval()
    e1, _ = lstm(x)
    e2, _ = lstm(x)
    np.testing.assert_array_equal(A(e1), A(e2))
    lstm.train()
    L.manual_seed(7)
    t1, _ = lstm(x)
    L.manual_seed(7)
    t2, _ = lstm(x)
    np.testing.assert_array_equal(A(t1), A(t2))          # seeded: reproducible
    assert not np.allclose(A(t1), A(e1))                   # and different from eval
    # the last layer has no dropout: with p=1 every layer-1 input is zero
    lstm.dropout = 1
    z, _ = lstm(x)
    ref = lnn.LSTM(4, 4)
    for n in ['weight_ih', 'weight_hh', 'bias_ih', 'bias_hh']:
        getattr(ref, n + '_l0').data.copy_(getattr(lstm, n + '_l1').data)
    r, _ = ref(V(np.zeros((5, 2, 4), np.float32), False))
    np.testing.assert_allclose(A(z), A(r), rtol=1e-6)


def test_dropout_between_layers_uses_0_3_noise():
    """Layer 2 reads layer 1's output times bernoulli_(1 - p) / (1 - p) drawn right then."""
    lstm = lnn.LSTM(3, 4, num_layers=2, dropout=0.4)
    x = V(np.random.RandomState(1).randn(5, 2, 3).astype(np.float32), False)
    L.manual_seed(11)
    out, (h, c) = lstm(x)
    one = lnn.LSTM(3, 4)
    two = lnn.LSTM(4, 4)
    for n in ['weight_ih', 'weight_hh', 'bias_ih', 'bias_hh']:
        getattr(one, n + '_l0').data.copy_(getattr(lstm, n + '_l0').data)
        getattr(two, n + '_l0').data.copy_(getattr(lstm, n + '_l1').data)
    mid, _ = one(x)
    L.manual_seed(11)
    noise = L.FloatTensor(5, 2, 4).bernoulli_(0.6).div_(0.6)
    ref, (h2, _) = two(mid * Variable(noise))
    np.testing.assert_allclose(A(out), A(ref), rtol=1e-6, atol=1e-7)
    np.testing.assert_allclose(A(h)[1], A(h2)[0], rtol=1e-6, atol=1e-7)


# =========================================================================== argument errors
def test_wrong_input_size_message():
    lstm = lnn.LSTM(6, 6)
    with pytest.raises(RuntimeError) as e:
        lstm(V(np.zeros((4, 1, 5), np.float32)))
    assert str(e.value) == 'input.size(-1) must be equal to input_size. Expected 6, got 5'


def test_wrong_input_dims_message():
    with pytest.raises(RuntimeError, match=r'^input must have 3 dimensions, got 2$'):
        lnn.GRU(6, 6)(V(np.zeros((4, 6), np.float32)))
    packed = PackedSequence(V(np.zeros((3, 2, 6), np.float32)), [2, 1])
    with pytest.raises(RuntimeError, match=r'^input must have 2 dimensions, got 3$'):
        lnn.GRU(6, 6)(packed)


def test_wrong_hidden_size_messages():
    x = V(np.zeros((4, 3, 10), np.float32))
    with pytest.raises(RuntimeError) as e:
        lnn.RNN(10, 20)(x, V(np.zeros((2, 3, 20), np.float32)))
    assert str(e.value) == 'Expected hidden size (1, 3, 20), got (2, 3, 20)'
    good = V(np.zeros((2, 3, 20), np.float32))
    bad = V(np.zeros((2, 1, 20), np.float32))
    lstm = lnn.LSTM(10, 20, bidirectional=True)
    with pytest.raises(RuntimeError) as e:
        lstm(x, (bad, good))
    assert str(e.value) == 'Expected hidden[0] size (2, 3, 20), got (2, 1, 20)'
    with pytest.raises(RuntimeError) as e:
        lstm(x, (good, V(np.zeros((2, 3, 21), np.float32))))
    assert str(e.value) == 'Expected hidden[1] size (2, 3, 20), got (2, 3, 21)'
    with pytest.raises(RuntimeError, match=r'Expected hidden size \(1, 2, 20\), got \(1, 3, 20\)'):
        lnn.GRU(10, 20)(PackedSequence(V(np.zeros((5, 10), np.float32)), [2, 2, 1]),
                        V(np.zeros((1, 3, 20), np.float32)))


def test_cell_argument_errors():
    cell = lnn.LSTMCell(3, 4)
    h = V(np.zeros((2, 4), np.float32))
    with pytest.raises(RuntimeError, match=r'^input has inconsistent input_size: got 5, expected 3$'):
        cell(V(np.zeros((2, 5), np.float32)), (h, h))
    with pytest.raises(RuntimeError, match=r"^Input batch size 2 doesn't match hidden\[1\] batch size 3$"):
        cell(V(np.zeros((2, 3), np.float32)), (h, V(np.zeros((3, 4), np.float32))))
    with pytest.raises(RuntimeError, match=r'^hidden has inconsistent hidden_size: got 5, expected 4$'):
        lnn.GRUCell(3, 4)(V(np.zeros((2, 3), np.float32)), V(np.zeros((2, 5), np.float32)))
    with pytest.raises(RuntimeError, match='Unknown nonlinearity: sigmoid'):
        c = lnn.RNNCell(3, 4)
        c.nonlinearity = 'sigmoid'
        c(V(np.zeros((2, 3), np.float32)), h)


def test_type_mismatch_between_input_and_weights_raises():
    lstm = lnn.LSTM(3, 4)
    with pytest.raises((TypeError, RuntimeError)):
        lstm(V(np.zeros((2, 1, 3), np.float64)))


# =========================================================================== pack / pad
def test_pack_padded_sequence_layout_and_types():
    x = V(np.arange(4 * 3 * 2, dtype=np.float32).reshape(4, 3, 2))
    p = pack_padded_sequence(x, [4, 2, 1])
    assert isinstance(p, PackedSequence) and isinstance(p, tuple)
    assert p._fields == ('data', 'batch_sizes')
    assert p.batch_sizes == [3, 2, 1, 1] and type(p.batch_sizes) is list
    rows = [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (2, 0), (3, 0)]
    np.testing.assert_array_equal(A(p.data), np.stack([A(x)[t, b] for t, b in rows]))
    assert re.match(r'<CatBackward' + OBJ_RE, repr(p.data.grad_fn))
    # same from batch_first
    xb = V(np.ascontiguousarray(A(x).transpose(1, 0, 2)))
    pb = pack_padded_sequence(xb, [4, 2, 1], batch_first=True)
    np.testing.assert_array_equal(A(pb.data), A(p.data))
    assert pb.batch_sizes == p.batch_sizes


@pytest.mark.parametrize('batch_first', [False, True])
def test_pack_pad_round_trip(batch_first):
    rs = np.random.RandomState(0)
    lengths = [6, 6, 4, 2, 2, 1]
    T, B = 6, 6
    x = rs.randn(T, B, 3).astype(np.float32)
    for b, l in enumerate(lengths):
        x[l:, b] = 0
    if batch_first:
        x = np.ascontiguousarray(x.transpose(1, 0, 2))
    xv = V(x)
    p = pack_padded_sequence(xv, lengths, batch_first=batch_first)
    padded, got_lengths = pad_packed_sequence(p, batch_first=batch_first)
    assert got_lengths == lengths and type(got_lengths) is list
    np.testing.assert_array_equal(A(padded), x)
    assert padded.size() == xv.size()
    # gradients flow back through both
    g = rs.randn(*x.shape).astype(np.float32)
    (padded * V(g, False)).sum().backward()
    mask = np.zeros_like(x)
    for b, l in enumerate(lengths):
        if batch_first:
            mask[b, :l] = 1
        else:
            mask[:l, b] = 1
    np.testing.assert_array_equal(A(xv.grad), g * mask)


def test_pad_packed_sequence_padding_value_and_parity():
    torch = pytest.importorskip('torch')
    rs = np.random.RandomState(1)
    x = rs.randn(5, 4, 2)
    lengths = [5, 3, 3, 1]
    ours, ol = pad_packed_sequence(pack_padded_sequence(V(x), lengths), padding_value=-7.0)
    theirs, tl = torch.nn.utils.rnn.pad_packed_sequence(
        torch.nn.utils.rnn.pack_padded_sequence(torch.tensor(x), lengths), padding_value=-7.0)
    np.testing.assert_array_equal(A(ours), theirs.numpy())
    assert ol == tl.tolist()
    same, sl = pad_packed_sequence(pack_padded_sequence(V(x), [5, 5, 5, 5]))
    np.testing.assert_array_equal(A(same), x)
    assert sl == [5, 5, 5, 5]
    A(same)[0, 0, 0] = 123.0              # a copy, not a view of the packed data
    assert x[0, 0, 0] != 123.0


def test_pack_padded_sequence_on_tensors():
    x = L.from_numpy(np.arange(6, dtype=np.float32).reshape(3, 2, 1))
    p = pack_padded_sequence(x, [3, 1])
    assert p.data.tolist() == [[0.0], [1.0], [2.0], [4.0]]
    padded, lengths = pad_packed_sequence(p)
    assert lengths == [3, 1]
    assert padded.tolist() == [[[0.0], [1.0]], [[2.0], [0.0]], [[4.0], [0.0]]]


def test_pack_padded_sequence_errors():
    x = V(np.zeros((4, 3, 2), np.float32))
    with pytest.raises(ValueError) as e:
        pack_padded_sequence(x, [2, 4, 1])
    assert str(e.value) == 'lengths array has to be sorted in decreasing order'
    with pytest.raises(ValueError) as e:
        pack_padded_sequence(x, [4, 2, 0])
    assert str(e.value) == ("length of all samples has to be greater than 0, but found an element "
                            "in 'lengths' that is <=0")
    with pytest.raises(ValueError) as e:
        pack_padded_sequence(x, [4, 2])
    assert str(e.value) == 'lengths array has incorrect size'


def test_packed_lstm_final_states_are_per_sequence():
    """h_n of a packed batch equals running each sequence alone (both directions)."""
    L.manual_seed(0)
    lstm = lnn.LSTM(2, 3, bidirectional=True, num_layers=2)
    rs = np.random.RandomState(4)
    lengths = [5, 3, 2]
    x = rs.randn(5, 3, 2).astype(np.float32)
    out, (h, c) = lstm(pack_padded_sequence(V(x, False), lengths))
    padded, _ = pad_packed_sequence(out)
    for b, l in enumerate(lengths):
        o1, (h1, c1) = lstm(V(x[:l, b:b + 1], False))
        np.testing.assert_allclose(A(padded)[:l, b], A(o1)[:, 0], rtol=1e-5, atol=1e-6)
        np.testing.assert_allclose(A(padded)[l:, b], 0)
        np.testing.assert_allclose(A(h)[:, b], A(h1)[:, 0], rtol=1e-5, atol=1e-6)
        np.testing.assert_allclose(A(c)[:, b], A(c1)[:, 0], rtol=1e-5, atol=1e-6)
