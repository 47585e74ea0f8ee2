"""Fused recurrent layers: one registry op runs a whole single-direction RNN layer.

0.3 ran its CPU RNNs as a Python loop of small autograd ops per time step
(``torch/nn/_functions/rnn.py``: ``Recurrent``/``VariableRecurrent`` around
``LSTMCell``/``GRUCell``/``RNNTanhCell``/``RNNReLUCell``).  Here the same
arithmetic, in the same float order, runs inside one op per layer and direction,
which is what makes long sequences fast:

* the input projection ``x @ W_ih^T + b_ih`` is one matrix product for all steps;
* only the recurrent product ``h @ W_hh^T + b_hh`` and the gate arithmetic run per
  step (in numpy, no graph recording);
* backward runs the recurrence once in reverse and then gets ``dW_ih``, ``dW_hh``,
  the biases and ``dx`` from single matrix products over all steps.

Per-step arithmetic follows 0.3's cells exactly:

* LSTM: ``gates = (x W_ih^T + b_ih) + (h W_hh^T + b_hh)``, chunks i, f, g, o;
  ``c' = f * c + i * g``; ``h' = o * tanh(c')``
* GRU: ``r = sig(i_r + h_r)``, ``z = sig(i_i + h_i)``, ``n = tanh(i_n + r * h_n)``,
  ``h' = n + z * (h - n)``
* RNN: ``h' = tanh(...)`` or ``relu(...)`` of ``(x W_ih^T + b_ih) + (h W_hh^T + b_hh)``

Sequences are handled in packed form: ``x`` is ``(N, input_size)``, the rows of
step ``t`` are the ``batch_sizes[t]`` rows after the previous steps' rows (a plain
``(T, B, *)`` input is the packed case with every batch size ``B``).  A sequence that
ends early keeps its last state (forward direction); in the reverse direction a
sequence joins with its initial state (0.3's ``VariableRecurrentReverse``).

Inputs: ``x, h0, [c0 (LSTM)], w_ih, w_hh, [b_ih, b_hh]``; ``x`` is ``(N, E)`` or
``(T, B, E)``; ``h0``/``c0`` are ``(B, H)``, or the module's ``(layers * directions, B, H)``
states with the ``layer`` parameter naming the entry to use (so the module needs no
indexing ops).  The single output is ``(N + B, H)`` (``(N + 2B, H)`` for LSTM): the
per-step outputs, then the final hidden state of every sequence, then (LSTM) the final
cell state.  The ``rnn_join_*`` ops cut module results out of it: rows of one or
several layer results, side by side or stacked, reshaped; one op per 0.3 node name
(``CatBackward`` for the module output, ``ViewBackward`` for ``h_n``/``c_n``, the cells'
last-op names), so the results' ``grad_fn`` read as in 0.3.

Backward: the first-order path is numpy (it reuses the forward's activations,
kept in the ``cache`` parameter, frees them, and recomputes them if a retained graph
is run again).  With ``create_graph=True`` the same formulas run on Variables through
registry ops (``generic_backward``), after recomputing the forward on Variables, so
double backward works.
"""
from functools import partial
from itertools import chain

import numpy as np

from .. import _fastpaths

REFERENCE = False     # the fused loops off (reference mode), read per call
_fastpaths.flag(globals(), 'REFERENCE', fast_value=False)
from ..backend_numpy import dot_c as dot        # numpy.dot itself (with out=)
from .registry import register
from ._common import select

GATES = {'LSTM': 4, 'GRU': 3, 'RNN_TANH': 1, 'RNN_RELU': 1}


def _layout(batch_sizes, reverse):
    """Row offsets of each step and the order in which steps run."""
    offs = []
    o = 0
    for b in batch_sizes:
        offs.append(o)
        o += b
    order = range(len(batch_sizes) - 1, -1, -1) if reverse else range(len(batch_sizes))
    return offs, order, o


class _Plan(object):
    """The steps of one ``(batch_sizes, reverse)`` in the order they run, and their rows.

    ``ns``: the rows of each step, in run order.  ``uniform``: every step has all ``B``
    rows (a plain ``(T, B, *)`` input); per-step views of an ``(N, ...)`` array then come
    from one reshape to ``(T, B, ...)``, otherwise from each step's row slice (``slices``).
    ``final``: the rows of every sequence's final state (a slice, or an index array when
    the sequences of a packed input end at different steps).  ``prev_idx`` (packed input):
    for every row, the row of its previous state in ``concat(states (N rows), initial)``.
    """
    __slots__ = ('N', 'B', 'T', 'reverse', 'ns', 'uniform', 'slices', 'final', 'prev_idx')

    def __init__(self, batch_sizes, reverse):
        offs, order, N = _layout(batch_sizes, reverse)
        T = len(batch_sizes)
        B = batch_sizes[0]
        self.N, self.B, self.T, self.reverse = N, B, T, reverse
        self.ns = tuple(batch_sizes[t] for t in order)
        self.slices = tuple(slice(offs[t], offs[t] + batch_sizes[t]) for t in order)
        self.uniform = all(b == B for b in batch_sizes)
        self.prev_idx = None
        if reverse:
            self.final = slice(0, B)               # the state after the last step run, t = 0
        elif self.uniform:
            self.final = slice(N - B, N)
        else:
            final = np.empty(B, dtype=np.intp)
            for t in range(T):
                final[:batch_sizes[t]] = offs[t] + np.arange(batch_sizes[t])  # later ones win
            self.final = final
        if not self.uniform:
            prev_idx = np.empty(N, dtype=np.intp)
            for t in range(T):
                b = np.arange(batch_sizes[t])
                src = t + 1 if reverse else t - 1
                if 0 <= src < T:
                    prev_idx[offs[t]:offs[t] + b.size] = np.where(b < batch_sizes[src],
                                                                 offs[src] + b, N + b)
                else:
                    prev_idx[offs[t]:offs[t] + b.size] = N + b
            self.prev_idx = prev_idx

    def views(self, a, back=False):
        """Each step's rows of ``a`` (``N`` rows, packed), in run order (``back``: reversed)."""
        if self.uniform:
            v = a.reshape((self.T, self.B) + a.shape[1:])
            return v[::-1] if self.reverse != back else v
        return [a[s] for s in (self.slices[::-1] if back else self.slices)]

    def chunk_views(self, a, k, back=False):
        """``views`` of each of the ``k`` column blocks of the 2-D ``a`` (the gates)."""
        if self.uniform:
            v = a.reshape(self.T, self.B, k, a.shape[1] // k).transpose(2, 0, 1, 3)
            return tuple(v[:, ::-1] if self.reverse != back else v)
        return [self.views(c, back) for c in _chunks(a, k)]

    def heads(self, buf, back=False):
        """The first ``n`` rows of the ``(B, ...)`` buffer ``buf`` for each step."""
        if self.uniform:
            return (buf,) * self.T
        return [buf[:n] for n in (self.ns[::-1] if back else self.ns)]

    def prev_views(self, outs, init):
        """Where each step reads its previous state, and the copy that completes it first.

        ``outs`` are the steps' output views (run order).  The first step reads the initial
        state; a later one the first ``n`` rows of the previous step's output, except where
        sequences join (reverse direction of a packed input): that step reads a buffer
        holding the joining rows' initial state, after ``(buffer rows, previous output)``
        are copied in (``fills``: that pair or None, per step).
        """
        if self.uniform:
            return chain((init,), outs[:-1]), (None,) * self.T
        prev, fills = [], []
        last = None
        for n, out in zip(self.ns, outs):
            fill = None
            if last is None:
                p = init[:n]
            elif n <= len(last):
                p = last if n == len(last) else last[:n]
            else:
                pn = len(last)
                p = np.empty((n,) + init.shape[1:], dtype=init.dtype)
                p[pn:] = init[pn:n]
                fill = (p[:pn], last)
            prev.append(p)
            fills.append(fill)
            last = out
        return prev, fills

    def prev_rows(self, states, init):
        """Every row's previous state, as ``(N, H)`` (``states``: the packed per-step states)."""
        if not self.uniform:
            return np.take(np.concatenate([states, init]), self.prev_idx, axis=0)
        rest = self.N - self.B
        return np.concatenate([states[self.B:], init] if self.reverse else [init, states[:rest]])


def _cached(store, key, make):
    """``store[key]``, made by ``make()`` on a miss; the store is emptied past 256 entries."""
    value = store.get(key)
    if value is None:
        if len(store) > 256:
            store.clear()
        value = store[key] = make()
    return value


_PLANS = {}


def _plan(batch_sizes, reverse):
    return _cached(_PLANS, (batch_sizes, reverse), lambda: _Plan(batch_sizes, reverse))


def _split_inputs(mode, arrays):
    """(x, h0, c0, w_ih, w_hh, b_ih, b_hh) from the op's positional inputs."""
    if mode == 'LSTM':
        x, h0, c0, wih, whh = arrays[:5]
        rest = arrays[5:]
    else:
        x, h0, wih, whh = arrays[:4]
        c0 = None
        rest = arrays[4:]
    bih, bhh = (rest[0], rest[1]) if rest else (None, None)
    return x, h0, c0, wih, whh, bih, bhh


def _sigmoid_into(a, out, one):
    """0.3/pointwise sigmoid ``1 / (1 + exp(-a))``, written into ``out`` (same floats);
    ``one``: ones of ``out``'s shape (a same-shape operand is the fast ufunc loop)."""
    np.negative(a, out)
    np.exp(out, out)
    np.add(out, one, out)
    np.reciprocal(out, out)


def _x_part(x, wih, bih):
    """``x W_ih^T (+ b_ih)`` for all rows at once (0.3: ``addmm(b_ih, x_t, W_ih^T)``)."""
    xw = dot(x, wih.T)
    if bih is not None:
        xw += bih
    return xw


def _chunks(a, k):
    """The ``k`` column blocks of ``a`` (the gates), as views."""
    w = a.shape[1] // k
    return [a[:, j * w:(j + 1) * w] for j in range(k)]


def _bias_rows(plan, b):
    """Per step, ``b`` repeated over the step's rows (None without bias)."""
    if b is None:
        return (None,) * plan.T
    rows = np.empty((plan.B, b.shape[0]), dtype=b.dtype)
    rows[...] = b
    return plan.heads(rows)


_ONES = {}


def _read_only_ones(shape, dtype):
    a = np.ones(shape, dtype=dtype)
    a.flags.writeable = False
    return a


def _ones(shape, dtype):
    """A shared read-only array of ones (an operand only, never written)."""
    return _cached(_ONES, (shape, dtype), lambda: _read_only_ones(shape, dtype))


# ===================================================================== numpy forward
# Each step is a handful of ufunc calls on views prepared for all steps before the loop
# (``_Plan.views``/``heads``); every array written is preallocated, and passed to the
# ufunc as its third (output) argument, which numpy parses faster than ``out=``.  The
# functions return what backward needs.
def _lstm_forward(plan, x, h0, c0, wih, whh, bih, bhh, out):
    N, B = plan.N, plan.B
    H = h0.shape[1]
    dt = x.dtype
    hs = out[:N]                                   # the per-step outputs are the h states
    cs = np.empty((N, H), dtype=dt)
    tcs = np.empty((N, H), dtype=dt)               # tanh(c'), kept for backward
    acts = np.empty((N, 4 * H), dtype=dt)
    gates = _x_part(x, wih, bih)                   # the x part; each step adds its h part
    V, heads = plan.views, plan.heads
    hy, cy = V(hs), V(cs)
    hp, fill_h = plan.prev_views(hy, h0)
    cp, fill_c = plan.prev_views(cy, c0)
    i, f, g, o = plan.chunk_views(acts, 4)
    whhT = whh.T
    add, mul, tanh = np.add, np.multiply, np.tanh       # locals: the loop runs them T times
    neg, exp, recip = np.negative, np.exp, np.reciprocal
    steps = zip(V(gates), plan.chunk_views(gates, 4)[2], V(acts), i, f, g, o, hp, cp, hy, cy,
                V(tcs), heads(np.empty((B, 4 * H), dtype=dt)), _bias_rows(plan, bhh),
                heads(_ones((B, 4 * H), dt)), fill_h, fill_c)
    for gates_t, gpre, a, it, ft, gt, ot, hpt, cpt, hyt, cyt, tc, gh, bt, one, fh, fc in steps:
        if fh is not None:
            np.copyto(*fh)
            np.copyto(*fc)
        dot(hpt, whhT, gh)
        if bt is not None:
            add(gh, bt, gh)
        add(gates_t, gh, gates_t)                  # (x part) + (h part), as 0.3 added them
        neg(gates_t, a)                            # _sigmoid_into, inlined: i, f, o
        exp(a, a)                                  # = 1 / (1 + exp(-gates)) (and g,
        add(a, one, a)                             # overwritten next)
        recip(a, a)
        tanh(gpre, gt)
        mul(ft, cpt, cyt)
        mul(it, gt, tc)
        add(cyt, tc, cyt)                          # f * c + i * g
        tanh(cyt, tc)
        mul(ot, tc, hyt)
    out[N:N + B] = hs[plan.final]
    out[N + B:] = cs[plan.final]
    return {'acts': acts, 'cs': cs, 'tcs': tcs, 'hs': hs}


def _hidden_product(fill, h_prev, whhT, bias, out):
    """One step's ``h_prev W_hh^T (+ b_hh)`` into ``out`` (first filling the rows of
    sequences that start at this step, in the reverse direction)."""
    if fill is not None:
        np.copyto(*fill)
    dot(h_prev, whhT, out=out)
    if bias is not None:
        np.add(out, bias, out)


def _gru_forward(plan, x, h0, c0, wih, whh, bih, bhh, out):
    N, B = plan.N, plan.B
    H = h0.shape[1]
    H2 = 2 * H
    dt = x.dtype
    hs = out[:N]
    gi = _x_part(x, wih, bih)
    gh = np.empty((N, 3 * H), dtype=dt)            # h W_hh^T (+ b_hh) of every step
    rz = np.empty((N, H2), dtype=dt)
    nn_ = np.empty((N, H), dtype=dt)
    V, heads = plan.views, plan.heads
    hy = V(hs)
    hp, fills = plan.prev_views(hy, h0)
    r, z = plan.chunk_views(rz, 2)
    whhT = whh.T
    steps = zip(V(gi[:, :H2]), V(gi[:, H2:]), V(gh), V(gh[:, :H2]), V(gh[:, H2:]), V(rz),
                r, z, V(nn_), hp, hy, _bias_rows(plan, bhh), heads(_ones((B, H2), dt)), fills)
    for s, gin, ght, ghs, hn, a, rt, zt, nt, hpt, hyt, bt, one, fill in steps:
        _hidden_product(fill, hpt, whhT, bt, ght)
        np.add(s, ghs, s)
        _sigmoid_into(s, a, one)
        np.multiply(rt, hn, nt)
        np.add(gin, nt, nt)
        np.tanh(nt, nt)
        np.subtract(hpt, nt, hyt)
        np.multiply(hyt, zt, hyt)
        np.add(hyt, nt, hyt)                       # n + z * (h - n)
    out[N:] = hs[plan.final]
    return {'rz': rz, 'nn': nn_, 'gh': gh, 'hs': hs}


def _rnn_forward(relu, plan, x, h0, c0, wih, whh, bih, bhh, out):
    N, B = plan.N, plan.B
    H = h0.shape[1]
    dt = x.dtype
    hs = out[:N]
    pre = _x_part(x, wih, bih)
    hy = plan.views(hs)
    hp, fills = plan.prev_views(hy, h0)
    whhT = whh.T
    steps = zip(plan.views(pre), hp, hy, plan.heads(np.empty((B, H), dtype=dt)),
                _bias_rows(plan, bhh), fills)
    for pt, hpt, hyt, gh, bt, fill in steps:
        _hidden_product(fill, hpt, whhT, bt, gh)
        np.add(pt, gh, pt)
        if relu:
            hyt[...] = pt
            hyt[~(pt > 0)] = 0                     # threshold(0, 0): x if x > 0 else 0
        else:
            np.tanh(pt, hyt)
    out[N:] = hs[plan.final]
    return {'D': (hs > 0).astype(dt) if relu else 1 - hs * hs, 'hs': hs}


_FORWARD = {'LSTM': _lstm_forward, 'GRU': _gru_forward,
            'RNN_TANH': partial(_rnn_forward, False), 'RNN_RELU': partial(_rnn_forward, True)}


def _forward_numpy(mode, arrays, batch_sizes, reverse, cache):
    """The layer in numpy; with a ``cache`` dict, keep what backward needs in it."""
    x, h0, c0, wih, whh, bih, bhh = _split_inputs(mode, arrays)
    plan = _plan(batch_sizes, reverse)
    rows = plan.N + (2 if mode == 'LSTM' else 1) * plan.B
    out = np.empty((rows, h0.shape[1]), dtype=x.dtype)
    with np.errstate(all='ignore'):
        saved = _FORWARD[mode](plan, x, h0, c0, wih, whh, bih, bhh, out)
    if cache is not None:
        cache.update(saved)
    return out


# ===================================================================== numpy backward
# The recurrence runs once in reverse; each mode returns the gate gradients of all rows
# (input side, hidden side) and the gradients of the initial states.  ``hprev``: every
# row's previous hidden state (computed once by the caller, which needs it for dW_hh).
# ``need_h0``: whether the initial hidden state needs its gradient; if not, the last step
# run skips its ``dh W_hh`` product, which would only give that gradient.
def _dh_outs(plan, dh, need_h0):
    """Per step (backward order), the rows of ``dh`` that receive the step's ``dh_prev``
    (None: the last step, when the initial state's gradient is not needed)."""
    outs = list(plan.heads(dh, True))
    if not need_h0:
        outs[-1] = None
    return outs


def _lstm_backward(plan, g, h0, c0, whh, cache, hprev, need_h0):
    N, B = plan.N, plan.B
    H = h0.shape[1]
    dt = h0.dtype
    dh = np.array(g[N:N + B], dtype=dt)            # gradient w.r.t. the current state
    dc = np.array(g[N + B:], dtype=dt)
    acts, cs, tcs = cache['acts'], cache['cs'], cache['tcs']
    # all that does not depend on the recurrence, for all rows at once:
    # dgates = [dc' * (g * i) * (1 - i), dc' * (c * f) * (1 - f), dc' * i * (1 - g^2),
    #           dh' * (tanh(c') * o) * (1 - o)];  dc' = dc + dh' * o * (1 - tanh(c')^2)
    # The gates are first copied out of ``acts`` (a gate's rows there are 4H apart, and
    # numpy loops row by row over such views) into gate-major ``A``, in the order o, i, f, g,
    # so that the three gates that need ``1 - gate`` are one block.  ``P`` (the bracketed
    # factors of dgates) is gate-major in the same order; ``Pv`` is ``P`` seen as (N, 4, H).
    a3 = acts.reshape(N, 4, H)
    A = np.empty((4, N, H), dtype=dt)
    np.copyto(A[0], a3[:, 3])
    np.copyto(A[1:], a3[:, :3].transpose(1, 0, 2))
    o, i, f, g_ = A
    P = np.empty((4, N, H), dtype=dt)
    np.multiply(tcs, o, P[0])
    np.multiply(g_, i, P[1])
    np.multiply(plan.prev_rows(cs, c0), f, P[2])
    P[:3] *= 1 - A[:3]                             # * (1 - o), (1 - i), (1 - f)
    P3 = P[3]
    np.multiply(g_, g_, P3)
    np.subtract(1, P3, P3)
    P3 *= i
    O2 = tcs * tcs
    np.subtract(1, O2, O2)
    O2 *= o
    Pv = P.transpose(1, 0, 2)                      # Pv[:, 1:]: i, f, g (times dc'); P[0]: o
    dG = np.empty((N, 4, H), dtype=dt)
    dcn = np.empty((B, H), dtype=dt)
    V, heads = plan.views, plan.heads
    add, mul = np.add, np.multiply                 # locals: the loop runs them T times
    steps = zip(V(g[:N], True), V(O2, True), V(Pv[:, 1:], True), V(P[0], True),
                V(f, True), V(dG[:, :3], True), V(dG[:, 3], True),
                V(dG.reshape(N, 4 * H), True), heads(dh, True), _dh_outs(plan, dh, need_h0),
                heads(dc, True), heads(np.empty((B, H), dtype=dt), True), heads(dcn, True),
                heads(dcn[:, None, :], True))
    for go, o2, p_ifg, p_o, ft, d_ifg, d_o, d, dht, dho, dct, dy, dcnt, dcn_b in steps:
        add(go, dht, dy)                           # dh' (the output's and the next step's)
        mul(dy, o2, dcnt)
        add(dcnt, dct, dcnt)                       # dc'
        mul(p_ifg, dcn_b, d_ifg)
        mul(p_o, dy, d_o)
        mul(dcnt, ft, dct)                         # dc of the previous step
        if dho is not None:
            dot(d, whh, dho)                       # dh of the previous step
    dG = dG.reshape(N, 4 * H)
    return dG, dG, (dh, dc)


def _gru_backward(plan, g, h0, c0, whh, cache, hprev, need_h0):
    N, B = plan.N, plan.B
    H = h0.shape[1]
    H2 = 2 * H
    dt = h0.dtype
    dh = np.array(g[N:N + B], dtype=dt)
    rz, nn_ = cache['rz'], cache['nn']
    r_, z_ = _chunks(rz, 2)
    An = (1 - z_) * (1 - nn_ * nn_)                # dpre_n = dh' * (1 - z) * (1 - n^2)
    Bz = (hprev - nn_) * z_ * (1 - z_)             # dpre_z = dh' * (h - n) * z(1-z)
    Cr = cache['gh'][:, H2:] * r_ * (1 - r_)       # dpre_r = dpre_n * h_n * r(1-r)
    dGi = np.empty((N, 3 * H), dtype=dt)
    dGh = np.empty((N, 3 * H), dtype=dt)
    V, heads = plan.views, plan.heads
    steps = zip(V(g[:N], True), V(An, True), V(Bz, True), V(Cr, True), V(r_, True),
                V(z_, True), V(dGi[:, :H], True), V(dGi[:, H:H2], True),
                V(dGi[:, H2:], True), V(dGi[:, :H2], True), V(dGh, True),
                V(dGh[:, :H2], True), V(dGh[:, H2:], True), heads(dh, True),
                _dh_outs(plan, dh, need_h0), heads(np.empty((B, H), dtype=dt), True))
    for go, an, bz, cr, rt, zt, dr, dz, dpn, drz, dhh, dhrz, dhn, dht, dho, dy in steps:
        np.add(go, dht, dy)
        np.multiply(dy, an, dpn)
        np.multiply(dpn, cr, dr)
        np.multiply(dy, bz, dz)
        dhrz[...] = drz
        np.multiply(dpn, rt, dhn)
        if dho is not None:
            dot(dhh, whh, dho)
            np.multiply(dy, zt, dy)
            np.add(dho, dy, dho)
    return dGi, dGh, (dh,)


def _rnn_backward(plan, g, h0, c0, whh, cache, hprev, need_h0):
    N, B = plan.N, plan.B
    dh = np.array(g[N:N + B], dtype=h0.dtype)
    dG = np.empty((N, h0.shape[1]), dtype=h0.dtype)
    V = plan.views
    for go, Dt, d, dht, dho in zip(V(g[:N], True), V(cache['D'], True), V(dG, True),
                                   plan.heads(dh, True), _dh_outs(plan, dh, need_h0)):
        np.add(go, dht, d)
        np.multiply(d, Dt, d)
        if dho is not None:
            dot(d, whh, dho)
    return dG, dG, (dh,)


_BACKWARD = {'LSTM': _lstm_backward, 'GRU': _gru_backward,
             'RNN_TANH': _rnn_backward, 'RNN_RELU': _rnn_backward}


def _backward_numpy(mode, arrays, g, batch_sizes, reverse, cache, needs):
    """Gradients of all inputs (None where ``needs`` says none is wanted)."""
    x, h0, c0, wih, whh, bih, bhh = _split_inputs(mode, arrays)
    plan = _plan(batch_sizes, reverse)
    k = 3 if mode == 'LSTM' else 2                 # index of w_ih among the inputs
    hprev = None
    if needs[k + 1] or mode == 'GRU':
        hprev = plan.prev_rows(cache['hs'], h0)
    with np.errstate(all='ignore'):
        dGi, dGh, states = _BACKWARD[mode](plan, g, h0, c0, whh, cache, hprev, needs[1])
        grads = [dot(dGi, wih) if needs[0] else None]
        grads += [d if need else None for d, need in zip(states, needs[1:k])]
        grads.append(dot(dGi.T, x) if needs[k] else None)
        grads.append(dot(dGh.T, hprev) if needs[k + 1] else None)
        if bih is not None:
            gbi = dGi.sum(0) if needs[k + 2] else None
            gbh = None
            if needs[k + 3]:
                # LSTM and RNN: both biases enter the gates alike, so the sums are equal
                gbh = gbi.copy() if dGh is dGi and gbi is not None else dGh.sum(0)
            grads += [gbi, gbh]
    return tuple(grads)


# ===================================================================== generic (Variables)
class _VarK(object):
    """The vocabulary of the generic formulas on Variables (every call a registry op)."""

    @staticmethod
    def mm(a, b):
        return a.mm(b)

    @staticmethod
    def t(a):
        return a.t()

    @staticmethod
    def sigmoid(a):
        return a.sigmoid()

    @staticmethod
    def tanh(a):
        return a.tanh()

    @staticmethod
    def relu(a):
        # threshold(0, 0); the mask is piecewise constant, so a constant is exact
        return a * _VarK.const((a.data._a > 0).astype(a.data._a.dtype), a)

    @staticmethod
    def relu_grad(a):
        return _VarK.const((a.data._a > 0).astype(a.data._a.dtype), a)

    @staticmethod
    def cols(a, start, n):
        return a.narrow(1, start, n)

    @staticmethod
    def rows(a, start, n):
        return a.narrow(0, start, n)

    @staticmethod
    def cat(seq, dim):
        seq = list(seq)
        if len(seq) == 1:
            return seq[0]
        from .shape import cat
        return cat(seq, dim)

    @staticmethod
    def sum0(a):
        return a.sum(0)

    @staticmethod
    def const(array, like):
        from ..autograd.variable import Variable
        return Variable._make(type(like.data)._wrap(np.asarray(array, dtype=like.data._a.dtype)))

    @staticmethod
    def one_minus(a):
        return -a + 1


class _NumpyK(object):
    """The same vocabulary on numpy arrays (used to cross-check the fast paths)."""
    mm = staticmethod(np.dot)
    t = staticmethod(np.transpose)

    @staticmethod
    def sigmoid(a):
        return 1.0 / (1.0 + np.exp(-a))

    tanh = staticmethod(np.tanh)

    @staticmethod
    def relu(a):
        return select(a > 0, a, a.dtype.type(0))

    @staticmethod
    def relu_grad(a):
        return (a > 0).astype(a.dtype)

    @staticmethod
    def cols(a, start, n):
        return a[:, start:start + n]

    @staticmethod
    def rows(a, start, n):
        return a[start:start + n]

    @staticmethod
    def cat(seq, dim):
        seq = list(seq)
        return seq[0] if len(seq) == 1 else np.concatenate(seq, dim)

    @staticmethod
    def sum0(a):
        return a.sum(0)

    @staticmethod
    def const(array, like):
        return np.asarray(array, dtype=like.dtype)

    @staticmethod
    def one_minus(a):
        return 1 - a


def _generic_step(K, mode, H, xw_t, hp, cp, whh, bhh):
    """One 0.3 cell step; returns (hy, cy, record) where record keeps what backward needs."""
    gh = K.mm(hp, K.t(whh))
    if bhh is not None:
        gh = gh + bhh
    if mode == 'LSTM':
        gates = xw_t + gh
        i = K.sigmoid(K.cols(gates, 0, H))
        f = K.sigmoid(K.cols(gates, H, H))
        g = K.tanh(K.cols(gates, 2 * H, H))
        o = K.sigmoid(K.cols(gates, 3 * H, H))
        cy = f * cp + i * g
        tc = K.tanh(cy)
        hy = o * tc
        return hy, cy, (i, f, g, o, tc)
    if mode == 'GRU':
        r = K.sigmoid(K.cols(xw_t, 0, H) + K.cols(gh, 0, H))
        z = K.sigmoid(K.cols(xw_t, H, H) + K.cols(gh, H, H))
        hn = K.cols(gh, 2 * H, H)
        n = K.tanh(K.cols(xw_t, 2 * H, H) + r * hn)
        hy = n + z * (hp - n)
        return hy, None, (r, z, n, hn)
    pre = xw_t + gh
    hy = K.relu(pre) if mode == 'RNN_RELU' else K.tanh(pre)
    return hy, None, (pre,)


def _generic_step_back(K, mode, rec, hp, cp, dhy, dc, whh):
    """Backward of one step: (d gates_x, d gates_h, dh_prev, dc_prev)."""
    if mode == 'LSTM':
        # grouped as the numpy fast path groups them (_lstm_backward): same bits
        i, f, g, o, tc = rec
        dcy = dhy * (K.one_minus(tc * tc) * o) + dc
        di = dcy * ((g * i) * K.one_minus(i))
        df = dcy * ((cp * f) * K.one_minus(f))
        dg = dcy * (K.one_minus(g * g) * i)
        do = dhy * ((tc * o) * K.one_minus(o))
        dG = K.cat([di, df, dg, do], 1)
        return dG, dG, K.mm(dG, whh), dcy * f
    if mode == 'GRU':
        # grouped as the numpy fast path groups them (_gru_backward): same bits
        r, z, n, hn = rec
        dpn = dhy * (K.one_minus(z) * K.one_minus(n * n))
        dpr = dpn * ((hn * r) * K.one_minus(r))
        dpz = dhy * (((hp - n) * z) * K.one_minus(z))
        dGi = K.cat([dpr, dpz, dpn], 1)
        dGh = K.cat([dpr, dpz, dpn * r], 1)
        return dGi, dGh, K.mm(dGh, whh) + dhy * z, None
    pre, = rec
    if mode == 'RNN_RELU':
        dG = dhy * K.relu_grad(pre)
    else:
        th = K.tanh(pre)
        dG = dhy * K.one_minus(th * th)
    return dG, dG, K.mm(dG, whh), None


def _with_rows(K, new, state, n, B):
    """``state`` with its first ``n`` rows replaced by ``new``."""
    if n == B:
        return new
    return K.cat([new, K.rows(state, n, B - n)], 0)


def generic_forward(K, mode, arrays, batch_sizes, reverse):
    """The layer on any vocabulary ``K``: (out_rows list per step, hn, cn, records, hps, cps)."""
    x, h0, c0, wih, whh, bih, bhh = _split_inputs(mode, arrays)
    offs, order, N = _layout(batch_sizes, reverse)
    B = batch_sizes[0] if batch_sizes else 0
    H = _shape(h0)[1]
    xw = K.mm(x, K.t(wih))
    if bih is not None:
        xw = xw + bih
    h, c = h0, c0
    outs = [None] * len(batch_sizes)
    recs = [None] * len(batch_sizes)
    hps = [None] * len(batch_sizes)
    cps = [None] * len(batch_sizes)
    for t in order:
        n = batch_sizes[t]
        hp = K.rows(h, 0, n) if n != B else h
        cp = (K.rows(c, 0, n) if n != B else c) if c is not None else None
        hy, cy, rec = _generic_step(K, mode, H, K.rows(xw, offs[t], n), hp, cp, whh, bhh)
        outs[t], recs[t], hps[t], cps[t] = hy, rec, hp, cp
        h = _with_rows(K, hy, h, n, B)
        if c is not None:
            c = _with_rows(K, cy, c, n, B)
    return outs, h, c, recs, hps, cps


def generic_output(K, mode, arrays, batch_sizes, reverse):
    """The op's output (per-step rows, final h, final c) computed with ``K``."""
    outs, h, c, _, _, _ = generic_forward(K, mode, arrays, batch_sizes, reverse)
    return K.cat(outs + [h] + ([c] if c is not None else []), 0)


def generic_backward(K, mode, arrays, g, batch_sizes, reverse, needs):
    """Gradients of all inputs, recomputing the forward with ``K`` (differentiable on Variables)."""
    x, h0, c0, wih, whh, bih, bhh = _split_inputs(mode, arrays)
    offs, order, N = _layout(batch_sizes, reverse)
    B = batch_sizes[0]
    outs, _, _, recs, hps, cps = generic_forward(K, mode, arrays, batch_sizes, reverse)
    dh = K.rows(g, N, B)
    dc = K.rows(g, N + B, B) if mode == 'LSTM' else None
    dGis = [None] * len(batch_sizes)
    dGhs = [None] * len(batch_sizes)
    for t in reversed(order):
        n = batch_sizes[t]
        dhy = K.rows(g, offs[t], n) + (K.rows(dh, 0, n) if n != B else dh)
        dcn = (K.rows(dc, 0, n) if n != B else dc) if dc is not None else None
        dGi, dGh, dhp, dcp = _generic_step_back(K, mode, recs[t], hps[t], cps[t], dhy, dcn, whh)
        dGis[t], dGhs[t] = dGi, dGh
        dh = _with_rows(K, dhp, dh, n, B)
        if dc is not None:
            dc = _with_rows(K, dcp, dc, n, B)
    dGi = K.cat(dGis, 0)
    dGh = K.cat(dGhs, 0)
    hprev = K.cat(hps, 0)
    grads = [K.mm(dGi, wih) if needs[0] else None, dh]
    if mode == 'LSTM':
        grads.append(dc)
    grads.append(K.mm(K.t(dGi), x))
    grads.append(K.mm(K.t(dGh), hprev))
    if bih is not None:
        grads.append(K.sum0(dGi))
        grads.append(K.sum0(dGh))
    return tuple(grads)


def _shape(a):
    """The shape of a numpy array, of a Variable's data, or of a modern tensor."""
    if type(a) is np.ndarray:
        return a.shape
    return a.data._a.shape if hasattr(a, 'data') and hasattr(a.data, '_a') else a.shape


# ===================================================================== the ops
def _prepare(mode, arrays, layer, rows, pick):
    """The op's inputs as the formulas want them: ``x`` 2-D, ``h0``/``c0`` of this layer.

    ``x`` may be ``(T, B, E)`` (flattened to rows) and ``h0``/``c0`` the module's whole
    ``(layers * directions, B, H)`` state, of which entry ``layer`` is used.
    """
    arrays = list(arrays)
    x = arrays[0]
    if len(_shape(x)) != 2:
        arrays[0] = rows(x, _shape(x)[-1])
    if layer is not None:
        arrays[1] = pick(arrays[1], layer)
        if mode == 'LSTM':
            arrays[2] = pick(arrays[2], layer)
    return arrays


def _np_rows(x, e):
    return x.reshape(-1, e)


def _np_pick(h, k):
    return h[k]


def _make_forward(mode):
    def forward(*arrays, batch_sizes, reverse, layer=None, cache=None):
        arrays = _prepare(mode, arrays, layer, _np_rows, _np_pick)
        if REFERENCE:       # the general formulas, step by step (LEGACY_AUTOGRAD_REFERENCE=1)
            with np.errstate(all='ignore'):
                return generic_output(_NumpyK, mode, arrays, batch_sizes, reverse)
        return _forward_numpy(mode, arrays, batch_sizes, reverse, cache)
    forward.__name__ = 'rnn_layer_' + mode.lower()
    return forward


def _make_backward(mode):
    def backward(ctx, g):
        p = ctx.params
        bs, rev, layer = p['batch_sizes'], p['reverse'], p.get('layer')
        B = ctx.B
        if B.KIND == 'numpy':
            arrays = _prepare(mode, ctx.inputs, layer, _np_rows, _np_pick)
            cache = p.get('cache')
            if REFERENCE:   # the general formulas, recomputing the forward
                with np.errstate(all='ignore'):
                    grads = list(generic_backward(_NumpyK, mode, arrays, g, bs, rev, ctx.needs))
            else:
                cache = p.get('cache')
                saved = None
                if cache:
                    saved = dict(cache)
                    cache.clear()  # free the activations now; a retained graph recomputes them
                if not saved:
                    saved = {}
                    _forward_numpy(mode, arrays, bs, rev, saved)
                grads = list(_backward_numpy(mode, arrays, g, bs, rev, saved, ctx.needs))
        else:
            arrays = _prepare(mode, ctx.inputs, layer,
                              lambda x, e: B.reshape(x, (-1, e)), lambda h, k: B.getitem(h, k))
            grads = list(generic_backward(_VarK, mode, arrays, g, bs, rev, ctx.needs))
        xshape = ctx.shapes[0][0]
        if grads[0] is not None and len(xshape) != 2:
            grads[0] = B.reshape(grads[0], xshape)
        if layer is not None:
            for i in ((1, 2) if mode == 'LSTM' else (1,)):
                full = ctx.shapes[i][0]
                d = grads[i]
                if d is not None:
                    grads[i] = B.narrow_pad(B.reshape(d, (1,) + tuple(full[1:])), full, 0, layer)
        return tuple(grads)
    backward.__name__ = 'rnn_layer_back_' + mode.lower()
    return backward


def _modern(mode):
    """Modern torch: the same step loop around ``torch.lstm_cell`` / ``gru_cell`` / ...``."""
    def run(torch, *ts, batch_sizes, reverse, layer=None, cache=None):
        ts = _prepare(mode, ts, layer, lambda x, e: x.reshape(-1, e), lambda h, k: h[k])
        x, h0, c0, wih, whh, bih, bhh = _split_inputs(mode, ts)
        offs, order, N = _layout(batch_sizes, reverse)
        h, c = h0, c0
        outs = [None] * len(batch_sizes)
        for t in order:
            n = batch_sizes[t]
            xt = x[offs[t]:offs[t] + n]
            if mode == 'LSTM':
                hy, cy = torch.lstm_cell(xt, (h[:n], c[:n]), wih, whh, bih, bhh)
                c = torch.cat([cy, c[n:]], 0)
            elif mode == 'GRU':
                hy = torch.gru_cell(xt, h[:n], wih, whh, bih, bhh)
            elif mode == 'RNN_TANH':
                hy = torch.rnn_tanh_cell(xt, h[:n], wih, whh, bih, bhh)
            else:
                hy = torch.rnn_relu_cell(xt, h[:n], wih, whh, bih, bhh)
            h = torch.cat([hy, h[n:]], 0)
            outs[t] = hy
        return torch.cat(outs + [h] + ([c] if mode == 'LSTM' else []), 0)
    return run


def _layer_samples(mode):
    """Parity samples (``legacy_autograd.testing.Spec``): small layers, plain or packed input."""
    def inputs(r):
        g = GATES[mode]
        E, H, T = r.int(1, 3), r.int(1, 3), r.int(1, 4)
        if r.bool():                                       # packed, (B, H) states
            B = r.int(1, 3)
            rest = sorted((r.int(1, B) for _ in range(T - 1)), reverse=True)
            bs = (B,) + tuple(rest)
            x, h, layer = (sum(bs), E), (B, H), None
        else:                                              # (T, B, E), stacked states
            B = r.int(1, 3)
            bs = (B,) * T
            nl = r.int(1, 3)
            x, h, layer = (T, B, E), (nl, B, H), r.int(0, nl - 1)
        shapes = [x, h] + ([h] if mode == 'LSTM' else []) + [(g * H, E), (g * H, H)]
        if r.bool():
            shapes += [(g * H,), (g * H,)]
        return shapes, {'batch_sizes': bs, 'reverse': r.bool(), 'layer': layer}
    def off_the_kink(arrays, params):
        # relu layers: finite differences across relu's kink are not a derivative; keep every
        # pre-activation at least 1e-3 away from 0 in the finite-difference case
        if mode != 'RNN_RELU':
            return True
        arrs = _prepare(mode, arrays, params.get('layer'), _np_rows, _np_pick)
        recs = generic_forward(_NumpyK, mode, arrs, params['batch_sizes'], params['reverse'])[3]
        return all(bool(np.all(np.abs(rec[0]) > 1e-3)) for rec in recs)
    return {'inputs': inputs, 'n': 4, 'fd_filter': off_the_kink,
            'note': 'one fused layer; modern spelling loops over torch.%s' % {
                'LSTM': 'lstm_cell', 'GRU': 'gru_cell', 'RNN_TANH': 'rnn_tanh_cell',
                'RNN_RELU': 'rnn_relu_cell'}[mode]}


_GRAD_FN = {'LSTM': 'LSTMLayerBackward', 'GRU': 'GRULayerBackward',
            'RNN_TANH': 'RNNTanhLayerBackward', 'RNN_RELU': 'RNNReLULayerBackward'}

LAYER_OPS = {}
for _mode in ('LSTM', 'GRU', 'RNN_TANH', 'RNN_RELU'):
    _n_in = 7 if _mode == 'LSTM' else 6
    _names = (('input', 'hx', 'cx') if _mode == 'LSTM' else ('input', 'hx')) + \
        ('w_ih', 'w_hh', 'b_ih', 'b_hh')
    LAYER_OPS[_mode] = register(
        'rnn_layer_' + _mode.lower(), _make_forward(_mode), _make_backward(_mode),
        grad_fn=_GRAD_FN[_mode], save_inputs=tuple(range(_n_in)), argnames=_names,
        modern=_modern(_mode), samples=_layer_samples(_mode),
        doc='one %s layer (one direction) over a packed sequence; output rows: steps, h_n%s'
            % (_mode, ', c_n' if _mode == 'LSTM' else ''))
del _mode, _n_in, _names


# ===================================================================== picking results apart
def _join_forward(*arrays, start, count, join, shape):
    """Rows ``start:start+count`` of every layer result, side by side (``join='cols'``) or
    stacked (``'rows'``), as a new array of ``shape``."""
    parts = [a[start:start + count] for a in arrays]
    if len(parts) == 1:
        r = parts[0].copy()
    else:
        r = np.concatenate(parts, axis=1 if join == 'cols' else 0)
    return r.reshape(shape)


def _join_backward(ctx, g):
    B = ctx.B
    p = ctx.params
    start, count = p['start'], p['count']
    k = len(ctx.shapes)
    H = ctx.shapes[0][0][1]
    if p['join'] == 'cols':
        g2 = B.reshape(g, (count, k * H))
        pieces = [B.narrow(g2, 1, i * H, H) if k > 1 else g2 for i in range(k)]
    else:
        g2 = B.reshape(g, (k * count, H))
        pieces = [B.narrow(g2, 0, i * count, count) if k > 1 else g2 for i in range(k)]
    return tuple(B.narrow_pad(piece, shp, 0, start) if ctx.needs[i] else None
                 for i, (piece, (shp, _)) in enumerate(zip(pieces, ctx.shapes)))


def _join_modern(torch, *ts, start, count, join, shape):
    parts = [t[start:start + count] for t in ts]
    return torch.cat(parts, 1 if join == 'cols' else 0).reshape(shape)


def _join_inputs(r):
    k, H, R = r.int(1, 3), r.int(1, 3), r.int(1, 5)
    start = r.int(0, R - 1)
    count = r.int(1, R - start)
    join = r.choice(['cols', 'rows'])
    if join == 'cols':
        shape = r.choice([(count, k * H), (1, count, k * H)])
    else:
        shape = r.choice([(k * count, H), (k, count, H)])
    return [(R, H)] * k, {'start': start, 'count': count, 'join': join, 'shape': shape}


# One op per 0.3 node name: the results of 0.3's loops ended in these nodes
# (module output: torch.cat -> CatBackward; h_n/c_n: cat(...).view -> ViewBackward;
# LSTMCell: h' = o * tanh(c') -> MulBackward1, c' = f*c + i*g -> AddBackward1;
# GRUCell: n + z*(h-n) -> AddBackward1; RNNCell: tanh -> TanhBackward, relu -> ThresholdBackward).
JOIN_OPS = {}
for _name, _grad_fn in (('cat', 'CatBackward'), ('view', 'ViewBackward'), ('mul', 'MulBackward1'),
                        ('add', 'AddBackward1'), ('tanh', 'TanhBackward'),
                        ('threshold', 'ThresholdBackward')):
    JOIN_OPS[_name] = register(
        'rnn_join_' + _name, _join_forward, _join_backward, grad_fn=_grad_fn,
        argnames=('results',), check_types=True, modern=_join_modern,
        samples={'inputs': _join_inputs, 'n': 3},
        doc='rows of RNN layer results joined into a module result (named like 0.3 node %s)'
            % _grad_fn)
del _name, _grad_fn
