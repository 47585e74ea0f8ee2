"""Recurrent layers of 0.3: ``RNN``, ``LSTM``, ``GRU`` and the cells ``RNNCell``, ``LSTMCell``, ``GRUCell``.

What follows 0.3 (``torch/nn/modules/rnn.py`` and ``torch/nn/_functions/rnn.py``):

* parameters and their registration order: per layer, per direction,
  ``weight_ih_l{k}{suffix}, weight_hh_l{k}{suffix}[, bias_ih_l{k}{suffix}, bias_hh_l{k}{suffix}]``
  with suffix ``''`` then ``'_reverse'``; ``reset_parameters`` fills every
  registered parameter, in that order, with ``uniform_(-1/sqrt(hidden_size), +...)``,
  so seeded initial weights are the 0.3 ones;
* the arithmetic of each step (see ``ops/rnn_ops.py``), layers stacked with 0.3's
  dropout (``F.dropout`` on the output of every layer but the last, in training);
* inputs ``(seq, batch, feature)``, ``batch_first``, ``PackedSequence``, default
  zero hidden states, results ``(output, h_n)`` / ``(output, (h_n, c_n))``, the
  ``grad_fn`` of those results (``CatBackward`` / ``TransposeBackward`` for the
  output, ``ViewBackward`` for ``h_n`` and ``c_n``);
* the argument checks and texts of 0.3.1's ``check_forward_args``;
* ``repr``: ``LSTM(10, 20, num_layers=2, bidirectional=True)``.

Each layer and direction is one fused registry op (fast, with first and second
order gradients); the nodes inside the graph therefore differ from 0.3's
per-step ``AddmmBackward``/``SigmoidBackward``/... chain.
"""
import math

import numpy as np

from ...autograd.variable import Variable
from ...ops.dispatch import call
from ...ops import rnn_ops
from ...ops import _args
from ..parameter import Parameter
from ..utils.rnn import PackedSequence
from .module import Module

__all__ = ['RNNBase', 'RNN', 'LSTM', 'GRU', 'RNNCell', 'LSTMCell', 'GRUCell']


def _new_tensor(*sizes):
    from ...tensor import default_tensor_type
    return default_tensor_type()(*sizes)


def _zero_state(input, *sizes):
    """0.3's default state ``Variable(input.data.new(*sizes).zero_())``: zeros of the
    input's type, not requiring grad."""
    data = input.data
    return Variable._make(type(data)._wrap(np.zeros(sizes, dtype=data._a.dtype)))


def _sizes(v):
    """``tuple(v.size())``, read straight from the array of a Variable."""
    if type(v) is Variable:
        a = v._data._a
        return a.shape if a.size else ()
    return tuple(v.size())


def _check_hidden_size(hx, expected, msg):
    size = _sizes(hx)
    if size != expected:
        raise RuntimeError(msg.format(expected, size))


def _dropout(x, p, training):
    """0.3 ``F.dropout(x, p=p, training=training, inplace=False)`` between layers."""
    from .. import functional as F
    return F.dropout(x, p=p, training=training, inplace=False)


def _needs_graph(variables):
    """Whether the op will record a node (then its forward keeps activations for backward)."""
    requires = False
    for v in variables:
        if v._volatile:
            return False
        if v._grad_fn is not None or v._requires_grad:
            requires = True
    return requires


def _run_layer(mode, x, h0, c0, weights, batch_sizes, reverse, layer):
    """One layer, one direction: the fused op's result rows (outputs, h_n[, c_n]).

    ``x`` is ``(N, E)`` or ``(T, B, E)``; ``h0``/``c0`` are ``(B, H)`` (``layer`` None)
    or the module's ``(layers * directions, B, H)`` states, of which entry ``layer``.
    """
    inputs = [x, h0] + ([c0] if mode == 'LSTM' else []) + list(weights)
    params = {'batch_sizes': batch_sizes, 'reverse': reverse, 'layer': layer,
              'cache': {} if _needs_graph(inputs) else None}
    return call(rnn_ops.LAYER_OPS[mode], inputs, params)


def _join(name, results, start, count, join, shape):
    return call(rnn_ops.JOIN_OPS[name], results,
                {'start': start, 'count': count, 'join': join, 'shape': shape})


def _stacked(mode, input, weights, hx, num_layers, batch_first, dropout, train, bidirectional,
             batch_sizes, hidden_size):
    """0.3 ``AutogradRNN``: (output, h_n or (h_n, c_n))."""
    num_directions = 2 if bidirectional else 1
    packed = batch_sizes is not None
    if packed:
        bs = tuple(int(b) for b in batch_sizes)
        rows = _sizes(input)[0]
        if sum(bs) != rows:
            raise RuntimeError('PackedSequence: batch_sizes sum to %d, but data has %d rows'
                               % (sum(bs), rows))
    else:
        if batch_first:
            input = input.transpose(0, 1)
        T, B = _sizes(input)[:2]
        bs = (B,) * T
    if not bs:
        raise RuntimeError('expected a non-empty sequence (0 time steps given)')
    B = bs[0]
    N = sum(bs)
    lstm = mode == 'LSTM'
    h0_all, c0_all = hx if lstm else (hx, None)
    H = hidden_size
    results = []
    layer_input = input
    for i in range(num_layers):
        layer_results = []
        for j in range(num_directions):
            k = i * num_directions + j
            res = _run_layer(mode, layer_input, h0_all, c0_all, weights[k], bs, j == 1, k)
            layer_results.append(res)
            results.append(res)
        if i == num_layers - 1:
            break
        # 0.3: torch.cat of the directions' outputs, then F.dropout between layers
        layer_input = _join('cat', layer_results, 0, N, 'cols', (N, num_directions * H))
        if dropout != 0:
            layer_input = _dropout(layer_input, dropout, train)
    shape = (N, num_directions * H) if packed else (T, B, num_directions * H)
    output = _join('cat', layer_results, 0, N, 'cols', shape)
    if batch_first and not packed:
        output = output.transpose(0, 1)
    total = num_layers * num_directions
    h_n = _join('view', results, N, B, 'rows', (total, B, H))
    if lstm:
        c_n = _join('view', results, N + B, B, 'rows', (total, B, H))
        return output, (h_n, c_n)
    return output, h_n


class RNNBase(Module):
    """Base of ``RNN``, ``LSTM`` and ``GRU`` (0.3 signature)."""

    def __init__(self, mode, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,
                 dropout=0, bidirectional=False):
        super(RNNBase, self).__init__()
        _args.int_arg(num_layers, type(self).__name__, 'num_layers')    # range() would fail later
        self.mode = mode
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.bias = bias
        self.batch_first = batch_first
        self.dropout = dropout
        self.dropout_state = {}
        self.bidirectional = bidirectional
        num_directions = 2 if bidirectional else 1
        gate_size = rnn_ops.GATES[mode] * hidden_size if mode in rnn_ops.GATES else hidden_size
        self._all_weights = []
        for layer in range(num_layers):
            for direction in range(num_directions):
                layer_input_size = input_size if layer == 0 else hidden_size * num_directions
                layer_params = (Parameter(_new_tensor(gate_size, layer_input_size)),
                                Parameter(_new_tensor(gate_size, hidden_size)),
                                Parameter(_new_tensor(gate_size)),
                                Parameter(_new_tensor(gate_size)))
                suffix = '_reverse' if direction == 1 else ''
                names = ['weight_ih_l%d%s', 'weight_hh_l%d%s']
                if bias:
                    names += ['bias_ih_l%d%s', 'bias_hh_l%d%s']
                names = [n % (layer, suffix) for n in names]
                for name, param in zip(names, layer_params):
                    setattr(self, name, param)
                self._all_weights.append(names)
        self.flatten_parameters()
        self.reset_parameters()

    def flatten_parameters(self):
        """cuDNN weight flattening in 0.3; a no-op on the CPU (as it was there)."""
        self._data_ptrs = []

    def _apply(self, fn):
        ret = super(RNNBase, self)._apply(fn)
        self.flatten_parameters()
        return ret

    def reset_parameters(self):
        stdv = 1.0 / math.sqrt(self.hidden_size)
        for weight in self.parameters():
            weight.data.uniform_(-stdv, stdv)

    def check_forward_args(self, input, hidden, batch_sizes):
        is_input_packed = batch_sizes is not None
        expected_input_dim = 2 if is_input_packed else 3
        size = _sizes(input)
        if len(size) != expected_input_dim:
            raise RuntimeError('input must have {} dimensions, got {}'.format(
                expected_input_dim, len(size)))
        if self.input_size != size[-1]:
            raise RuntimeError('input.size(-1) must be equal to input_size. Expected {}, got {}'
                               .format(self.input_size, size[-1]))
        if is_input_packed:
            mini_batch = batch_sizes[0]
        else:
            mini_batch = size[0] if self.batch_first else size[1]
        num_directions = 2 if self.bidirectional else 1
        expected = (self.num_layers * num_directions, mini_batch, self.hidden_size)
        if self.mode == 'LSTM':
            _check_hidden_size(hidden[0], expected, 'Expected hidden[0] size {}, got {}')
            _check_hidden_size(hidden[1], expected, 'Expected hidden[1] size {}, got {}')
        else:
            _check_hidden_size(hidden, expected, 'Expected hidden size {}, got {}')

    def forward(self, input, hx=None):
        is_packed = isinstance(input, PackedSequence)
        if is_packed:
            input, batch_sizes = input
            max_batch_size = batch_sizes[0]
        else:
            batch_sizes = None
            max_batch_size = input.size(0) if self.batch_first else input.size(1)
        if hx is None:
            num_directions = 2 if self.bidirectional else 1
            hx = _zero_state(input, self.num_layers * num_directions, max_batch_size,
                             self.hidden_size)
            if self.mode == 'LSTM':
                hx = (hx, hx)
        self.check_forward_args(input, hx, batch_sizes)
        output, hidden = _stacked(self.mode, input, self.all_weights, hx, self.num_layers,
                                  self.batch_first, self.dropout, self.training,
                                  self.bidirectional, batch_sizes, self.hidden_size)
        if is_packed:
            output = PackedSequence(output, batch_sizes)
        return output, hidden

    def __repr__(self):
        s = '{name}({input_size}, {hidden_size}'
        if self.num_layers != 1:
            s += ', num_layers={num_layers}'
        if self.bias is not True:
            s += ', bias={bias}'
        if self.batch_first is not False:
            s += ', batch_first={batch_first}'
        if self.dropout != 0:
            s += ', dropout={dropout}'
        if self.bidirectional is not False:
            s += ', bidirectional={bidirectional}'
        s += ')'
        return s.format(name=self.__class__.__name__, **self.__dict__)

    def __setstate__(self, d):
        super(RNNBase, self).__setstate__(d)
        self.__dict__.setdefault('_data_ptrs', [])
        if 'all_weights' in d:
            self._all_weights = d['all_weights']
        if isinstance(self._all_weights[0][0], str):
            return
        num_directions = 2 if self.bidirectional else 1
        self._all_weights = []
        for layer in range(self.num_layers):
            for direction in range(num_directions):
                suffix = '_reverse' if direction == 1 else ''
                names = ['weight_ih_l%d%s', 'weight_hh_l%d%s', 'bias_ih_l%d%s', 'bias_hh_l%d%s']
                names = [n % (layer, suffix) for n in names]
                self._all_weights.append(names if self.bias else names[:2])

    @property
    def all_weights(self):
        # registered parameters straight from ``_parameters`` (what ``getattr`` would find);
        # ``getattr`` for any other name, so a missing one raises as usual
        params = self._parameters
        return [[params[w] if w in params else getattr(self, w) for w in weights]
                for weights in self._all_weights]


class RNN(RNNBase):
    """Elman RNN, ``tanh`` (default) or ``relu`` via ``nonlinearity=``."""

    def __init__(self, *args, **kwargs):
        if 'nonlinearity' in kwargs:
            if kwargs['nonlinearity'] == 'tanh':
                mode = 'RNN_TANH'
            elif kwargs['nonlinearity'] == 'relu':
                mode = 'RNN_RELU'
            else:
                raise ValueError("Unknown nonlinearity '{}'".format(kwargs['nonlinearity']))
            del kwargs['nonlinearity']
        else:
            mode = 'RNN_TANH'
        super(RNN, self).__init__(mode, *args, **kwargs)


class LSTM(RNNBase):
    """Long short-term memory; ``forward(input, (h_0, c_0))`` -> ``output, (h_n, c_n)``."""

    def __init__(self, *args, **kwargs):
        super(LSTM, self).__init__('LSTM', *args, **kwargs)


class GRU(RNNBase):
    """Gated recurrent unit."""

    def __init__(self, *args, **kwargs):
        super(GRU, self).__init__('GRU', *args, **kwargs)


# =============================================================================== cells
class RNNCellBase(Module):

    def __repr__(self):
        s = '{name}({input_size}, {hidden_size}'
        if 'bias' in self.__dict__ and self.bias is not True:
            s += ', bias={bias}'
        if 'nonlinearity' in self.__dict__ and self.nonlinearity != 'tanh':
            s += ', nonlinearity={nonlinearity}'
        s += ')'
        return s.format(name=self.__class__.__name__, **self.__dict__)

    def _init_params(self, input_size, hidden_size, bias, gates):
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.bias = bias
        self.weight_ih = Parameter(_new_tensor(gates * hidden_size, input_size))
        self.weight_hh = Parameter(_new_tensor(gates * hidden_size, hidden_size))
        if bias:
            self.bias_ih = Parameter(_new_tensor(gates * hidden_size))
            self.bias_hh = Parameter(_new_tensor(gates * hidden_size))
        else:
            self.register_parameter('bias_ih', None)
            self.register_parameter('bias_hh', None)

    def reset_parameters(self):
        stdv = 1.0 / math.sqrt(self.hidden_size)
        for weight in self.parameters():
            weight.data.uniform_(-stdv, stdv)

    def check_forward_input(self, input):
        if input.dim() != 2:
            raise RuntimeError('matrices expected, got %dD, 2D tensors' % input.dim())
        if input.size(1) != self.input_size:
            raise RuntimeError('input has inconsistent input_size: got {}, expected {}'.format(
                input.size(1), self.input_size))

    def check_forward_hidden(self, input, hx, hidden_label=''):
        if hx.dim() != 2:
            raise RuntimeError('hidden{} must be 2-D (batch, hidden_size), got {}-D'.format(
                hidden_label, hx.dim()))
        if input.size(0) != hx.size(0):
            raise RuntimeError("Input batch size {} doesn't match hidden{} batch size {}".format(
                input.size(0), hidden_label, hx.size(0)))
        if hx.size(1) != self.hidden_size:
            raise RuntimeError('hidden{} has inconsistent hidden_size: got {}, expected {}'.format(
                hidden_label, hx.size(1), self.hidden_size))

    def _step(self, mode, input, h, c=None):
        weights = [self.weight_ih, self.weight_hh]
        if self.bias_ih is not None:
            weights += [self.bias_ih, self.bias_hh]
        b = input.size(0)
        return _run_layer(mode, input, h, c, weights, (b,), False, None)

    def _pick(self, name, res, row, b):
        """Rows ``row * b ...`` of the step's result (0: h', 2: c'), named like 0.3's last node."""
        return _join(name, [res], row * b, b, 'rows', (b, self.hidden_size))


class RNNCell(RNNCellBase):
    """``h' = tanh(W_ih x + b_ih + W_hh h + b_hh)`` (or relu)."""

    def __init__(self, input_size, hidden_size, bias=True, nonlinearity='tanh'):
        super(RNNCell, self).__init__()
        self.nonlinearity = nonlinearity
        self._init_params(input_size, hidden_size, bias, 1)
        self.reset_parameters()

    def forward(self, input, hx):
        if self.nonlinearity == 'tanh':
            mode = 'RNN_TANH'
        elif self.nonlinearity == 'relu':
            mode = 'RNN_RELU'
        else:
            raise RuntimeError('Unknown nonlinearity: {}'.format(self.nonlinearity))
        self.check_forward_input(input)
        self.check_forward_hidden(input, hx)
        res = self._step(mode, input, hx)
        return self._pick('tanh' if mode == 'RNN_TANH' else 'threshold', res, 0, input.size(0))


class LSTMCell(RNNCellBase):
    """One LSTM step: ``forward(input, (h, c))`` -> ``(h', c')``."""

    def __init__(self, input_size, hidden_size, bias=True):
        super(LSTMCell, self).__init__()
        self._init_params(input_size, hidden_size, bias, 4)
        self.reset_parameters()

    def forward(self, input, hx):
        self.check_forward_input(input)
        self.check_forward_hidden(input, hx[0], '[0]')
        self.check_forward_hidden(input, hx[1], '[1]')
        res = self._step('LSTM', input, hx[0], hx[1])
        b = input.size(0)
        return self._pick('mul', res, 0, b), self._pick('add', res, 2, b)


class GRUCell(RNNCellBase):
    """One GRU step."""

    def __init__(self, input_size, hidden_size, bias=True):
        super(GRUCell, self).__init__()
        self._init_params(input_size, hidden_size, bias, 3)
        self.reset_parameters()

    def forward(self, input, hx):
        self.check_forward_input(input)
        self.check_forward_hidden(input, hx)
        return self._pick('add', self._step('GRU', input, hx), 0, input.size(0))
