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
import numpy as np

from .registry import register

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
    """Where each step finds its previous state, for one (batch_sizes, reverse).

    ``steps``: per processed step ``(r0, n, p0, pn)``: this step's rows ``r0:r0+n``;
    the previous state is the first ``n`` rows of the state rows ``p0:p0+pn`` of the
    step run before (``p0`` None: the initial state), completed from the initial
    state when ``pn < n`` (a reverse direction where sequences join).
    ``prev_idx``: for every row, the row of its previous state in
    ``concat(states (N rows), initial (B rows))``; ``final_idx``: the row of every
    sequence's final state.
    """
    __slots__ = ('steps', 'prev_idx', 'final_idx', 'N', 'B')

    def __init__(self, batch_sizes, reverse):
        offs, order, N = _layout(batch_sizes, reverse)
        B = batch_sizes[0]
        self.N, self.B = N, B
        steps = []
        prev = None
        for t in order:
            n = batch_sizes[t]
            if prev is None:
                steps.append((offs[t], n, None, 0))
            else:
                steps.append((offs[t], n, offs[prev], batch_sizes[prev]))
            prev = t
        self.steps = tuple(steps)
        prev_idx = np.empty(N, dtype=np.intp)
        T = len(batch_sizes)
        for t in range(T):
            n = batch_sizes[t]
            b = np.arange(n)
            src = t + 1 if reverse else t - 1
            if 0 <= src < T:
                m = batch_sizes[src]
                prev_idx[offs[t]:offs[t] + n] = np.where(b < m, offs[src] + b, N + b)
            else:
                prev_idx[offs[t]:offs[t] + n] = N + b
        self.prev_idx = prev_idx
        final_idx = np.empty(B, dtype=np.intp)
        if reverse:
            final_idx[:] = np.arange(B)
        else:
            for t in range(T):
                n = batch_sizes[t]
                final_idx[:n] = offs[t] + np.arange(n)   # later steps overwrite
        self.final_idx = final_idx


_PLANS = {}


def _plan(batch_sizes, reverse):
    key = (batch_sizes, reverse)
    plan = _PLANS.get(key)
    if plan is None:
        if len(_PLANS) > 256:
            _PLANS.clear()
        plan = _PLANS[key] = _Plan(batch_sizes, reverse)
    return plan


def _prev_state(states, init, p0, pn, n):
    """The previous state of a step's ``n`` rows (see ``_Plan``)."""
    if p0 is None:
        return init[:n]
    if pn >= n:
        return states[p0:p0 + n]
    return np.concatenate([states[p0:p0 + pn], init[pn:n]])


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


def _sigmoid_into(a, out):
    """0.3/pointwise sigmoid ``1 / (1 + exp(-a))``, written into ``out`` (same floats)."""
    np.negative(a, out=out)
    np.exp(out, out=out)
    out += 1
    np.reciprocal(out, out=out)
    return out


def _x_part(x, wih, bih):
    """``x W_ih^T (+ b_ih)`` for all rows at once (0.3: ``addmm(b_ih, x_t, W_ih^T)``)."""
    xw = np.dot(x, wih.T)
    if bih is not None:
        xw += bih
    return xw


# ===================================================================== numpy forward
def _forward_numpy(mode, arrays, batch_sizes, reverse, cache):
    """The layer in numpy; with a ``cache`` dict, keep what backward needs in it."""
    x, h0, c0, wih, whh, bih, bhh = _split_inputs(mode, arrays)
    plan = _plan(batch_sizes, reverse)
    N, B = plan.N, plan.B
    H = h0.shape[1]
    dt = x.dtype
    lstm = mode == 'LSTM'
    out = np.empty((N + (2 if lstm else 1) * B, H), dtype=dt)
    hs = out[:N]                                   # the per-step outputs are the h states
    with np.errstate(all='ignore'):
        xw = _x_part(x, wih, bih)
        whhT = whh.T
        ghbuf = np.empty((B, whh.shape[0]), dtype=dt)   # h W_hh^T of one step
        if lstm:
            H2, H3 = 2 * H, 3 * H
            acts = np.empty((N, 4 * H), dtype=dt)
            cs = np.empty((N, H), dtype=dt)
            tmp = np.empty((B, H), dtype=dt)
            for r0, n, p0, pn in plan.steps:
                r1 = r0 + n
                hp = _prev_state(hs, h0, p0, pn, n)
                cp = _prev_state(cs, c0, p0, pn, n)
                gates = xw[r0:r1]
                gh = np.dot(hp, whhT, out=ghbuf[:n])
                if bhh is not None:
                    gh += bhh
                gates += gh                        # (x part) + (h part), as 0.3 added them
                a = acts[r0:r1]
                _sigmoid_into(gates, a)
                np.tanh(gates[:, H2:H3], out=a[:, H2:H3])
                cy = cs[r0:r1]
                np.multiply(a[:, H:H2], cp, out=cy)
                t_ = tmp[:n]
                np.multiply(a[:, :H], a[:, H2:H3], out=t_)
                cy += t_                           # f * c + i * g
                np.tanh(cy, out=t_)
                np.multiply(a[:, H3:], t_, out=hs[r0:r1])
            np.take(hs, plan.final_idx, axis=0, out=out[N:N + B])
            np.take(cs, plan.final_idx, axis=0, out=out[N + B:])
            if cache is not None:
                cache.update(acts=acts, cs=cs)
        elif mode == 'GRU':
            H2 = 2 * H
            rz = np.empty((N, H2), dtype=dt)
            nn_ = np.empty((N, H), dtype=dt)
            ghn = np.empty((N, H), dtype=dt)
            for r0, n, p0, pn in plan.steps:
                r1 = r0 + n
                hp = _prev_state(hs, h0, p0, pn, n)
                gh = np.dot(hp, whhT, out=ghbuf[:n])
                if bhh is not None:
                    gh += bhh
                gi = xw[r0:r1]
                a = rz[r0:r1]
                s = gi[:, :H2]
                s += gh[:, :H2]
                _sigmoid_into(s, a)
                nt = nn_[r0:r1]
                hn = gh[:, H2:]
                ghn[r0:r1] = hn
                np.multiply(a[:, :H], hn, out=nt)
                np.add(gi[:, H2:], nt, out=nt)
                np.tanh(nt, out=nt)
                hy = hs[r0:r1]
                np.subtract(hp, nt, out=hy)
                hy *= a[:, H:]
                hy += nt                           # n + z * (h - n)
            np.take(hs, plan.final_idx, axis=0, out=out[N:])
            if cache is not None:
                cache.update(rz=rz, nn=nn_, ghn=ghn)
        else:
            relu = mode == 'RNN_RELU'
            for r0, n, p0, pn in plan.steps:
                r1 = r0 + n
                hp = _prev_state(hs, h0, p0, pn, n)
                gh = np.dot(hp, whhT, out=ghbuf[:n])
                if bhh is not None:
                    gh += bhh
                pre = xw[r0:r1]
                pre += gh
                hy = hs[r0:r1]
                if relu:
                    np.copyto(hy, pre)
                    hy[~(pre > 0)] = 0             # threshold(0, 0): x if x > 0 else 0
                else:
                    np.tanh(pre, out=hy)
            np.take(hs, plan.final_idx, axis=0, out=out[N:])
            if cache is not None:
                cache.update(D=(hs > 0).astype(dt) if relu else 1 - hs * hs)
        if cache is not None:
            cache['hprev'] = np.take(np.concatenate([hs, h0]), plan.prev_idx, axis=0)
    return out


# ===================================================================== numpy backward
def _backward_numpy(mode, arrays, g, batch_sizes, reverse, cache, needs):
    x, h0, c0, wih, whh, bih, bhh = _split_inputs(mode, arrays)
    plan = _plan(batch_sizes, reverse)
    N, B = plan.N, plan.B
    H = h0.shape[1]
    dt = x.dtype
    g_out = g[:N]
    dh = np.array(g[N:N + B], dtype=dt)            # gradient w.r.t. the current state
    hprev = cache['hprev']
    steps = plan.steps[::-1]
    with np.errstate(all='ignore'):
        if mode == 'LSTM':
            dc = np.array(g[N + B:N + 2 * B], dtype=dt)
            acts = cache['acts']
            cs = cache['cs']
            tcs = np.tanh(cs)
            cprev = np.take(np.concatenate([cs, c0]), plan.prev_idx, axis=0)
            H2, H3 = 2 * H, 3 * H
            i_, f_, g_, o_ = acts[:, :H], acts[:, H:H2], acts[:, H2:H3], acts[:, H3:]
            # all that does not depend on the recurrence, for all rows at once:
            # dgates = [dc' * g * i(1-i), dc' * c * f(1-f), dc' * i * (1-g^2), dh' * tanh(c') * o(1-o)]
            P = np.empty((N, 4, H), dtype=dt)
            np.multiply(g_ * i_, 1 - i_, out=P[:, 0])
            np.multiply(cprev * f_, 1 - f_, out=P[:, 1])
            np.multiply(i_, 1 - g_ * g_, out=P[:, 2])
            np.multiply(tcs * o_, 1 - o_, out=P[:, 3])
            O2 = o_ * (1 - tcs * tcs)              # dc' += dh' * o * (1 - tanh(c')^2)
            dG = np.empty((N, 4, H), dtype=dt)
            dhy = np.empty((B, H), dtype=dt)
            dcy = np.empty((B, H), dtype=dt)
            for r0, n, _, _ in steps:
                r1 = r0 + n
                dy = np.add(g_out[r0:r1], dh[:n], out=dhy[:n])
                dcn = np.multiply(dy, O2[r0:r1], out=dcy[:n])
                dcn += dc[:n]
                d = dG[r0:r1]
                np.multiply(P[r0:r1, :3], dcn[:, None, :], out=d[:, :3])
                np.multiply(P[r0:r1, 3], dy, out=d[:, 3])
                np.multiply(dcn, f_[r0:r1], out=dc[:n])
                np.dot(d.reshape(n, 4 * H), whh, out=dh[:n])
            dGi = dGh = dG.reshape(N, 4 * H)
        elif mode == 'GRU':
            H2 = 2 * H
            rz = cache['rz']
            nn_ = cache['nn']
            ghn = cache['ghn']
            r_, z_ = rz[:, :H], rz[:, H:]
            An = (1 - z_) * (1 - nn_ * nn_)        # dpre_n = dh' * (1 - z) * (1 - n^2)
            Bz = (hprev - nn_) * z_ * (1 - z_)     # dpre_z = dh' * (h - n) * z(1-z)
            Cr = ghn * r_ * (1 - r_)               # dpre_r = dpre_n * h_n * r(1-r)
            dGi = np.empty((N, 3 * H), dtype=dt)
            dGh = np.empty((N, 3 * H), dtype=dt)
            dhy = np.empty((B, H), dtype=dt)
            for r0, n, _, _ in steps:
                r1 = r0 + n
                dy = np.add(g_out[r0:r1], dh[:n], out=dhy[:n])
                di = dGi[r0:r1]
                dhh = dGh[r0:r1]
                dpn = di[:, H2:]
                np.multiply(dy, An[r0:r1], out=dpn)
                np.multiply(dpn, Cr[r0:r1], out=di[:, :H])
                np.multiply(dy, Bz[r0:r1], out=di[:, H:H2])
                dhh[:, :H2] = di[:, :H2]
                np.multiply(dpn, r_[r0:r1], out=dhh[:, H2:])
                back = np.dot(dhh, whh, out=dh[:n])
                dy *= z_[r0:r1]
                back += dy
            dc = None
        else:
            D = cache['D']
            dG = np.empty((N, H), dtype=dt)
            for r0, n, _, _ in steps:
                r1 = r0 + n
                d = dG[r0:r1]
                np.add(g_out[r0:r1], dh[:n], out=d)
                d *= D[r0:r1]
                np.dot(d, whh, out=dh[:n])
            dGi = dGh = dG
            dc = None
        grads = [np.dot(dGi, wih) if needs[0] else None, dh]
        if mode == 'LSTM':
            grads.append(dc)
        k = len(grads)
        grads.append(np.dot(dGi.T, x) if needs[k] else None)
        grads.append(np.dot(dGh.T, hprev) if needs[k + 1] else None)
        if bih is not None:
            grads.append(dGi.sum(0) if needs[k + 2] else None)
            grads.append(dGh.sum(0) if needs[k + 3] else None)
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
        return np.where(a > 0, a, a.dtype.type(0))

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
        i, f, g, o, tc = rec
        dcy = dc + dhy * o * K.one_minus(tc * tc)
        di = dcy * g * i * K.one_minus(i)
        df = dcy * cp * f * K.one_minus(f)
        dg = dcy * i * K.one_minus(g * g)
        do = dhy * tc * o * K.one_minus(o)
        dG = K.cat([di, df, dg, do], 1)
        return dG, dG, K.mm(dG, whh), dcy * f
    if mode == 'GRU':
        r, z, n, hn = rec
        dpn = dhy * K.one_minus(z) * K.one_minus(n * n)
        dpr = dpn * hn * r * K.one_minus(r)
        dpz = dhy * (hp - n) * z * K.one_minus(z)
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
            saved = None
            if cache:
                saved = dict(cache)
                cache.clear()      # free the activations now; a retained graph recomputes them
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
    return {'inputs': inputs, 'n': 4,
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
