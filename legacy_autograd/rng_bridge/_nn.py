"""Bridged ``torch.nn``: 0.3's default initialisation, ``nn.init``, dropout masks.

* ``reset_parameters`` of Linear, Bilinear, Conv*/ConvTranspose*, RNN/LSTM/GRU and
  their cells, Embedding, EmbeddingBag and the batch/instance norms do what 0.3's
  did (e.g. Linear: weight then bias, both ``uniform_(-1/sqrt(in), 1/sqrt(in))``;
  BatchNorm: weight ``uniform_()``, bias zero).
* ``nn.init``'s random initialisers run the shim's own 0.3 ``nn.init`` functions on a
  numpy copy of the tensor, which is then copied back.
* ``F.dropout``/``dropout2d``/``dropout3d``/``alpha_dropout`` build 0.3's noise
  (``bernoulli_(1 - p)`` in the input's type, divided by ``1 - p``); multi-layer
  RNN/LSTM/GRU in training run layer by layer with that dropout in between.
"""
import copy
import math

import numpy as np

from . import _core
from ._core import FLOATS


# ------------------------------------------------------------------ reset_parameters
def _uniform(t, a, b):
    return _core.fill(t, 'fill_uniform', float(a), float(b))


def _bridgeable(module):
    return _core.active() and all(_core.np_dtype(p, FLOATS) is not None
                                  for p in module.parameters(recurse=False))


def _with_fallback(orig, fn):
    def reset_parameters(self):
        if not _bridgeable(self):
            return orig(self)
        return fn(self)
    reset_parameters.__doc__ = '0.3 initialisation (legacy_autograd.rng_bridge).'
    return reset_parameters


def _reset_affine(self):
    """Linear and Bilinear: weight, then bias, U(-1/sqrt(weight.size(1)), same)."""
    stdv = 1. / math.sqrt(self.weight.size(1))
    _uniform(self.weight, -stdv, stdv)
    if self.bias is not None:
        _uniform(self.bias, -stdv, stdv)


def _reset_conv(self):
    n = self.in_channels
    for k in self.kernel_size:
        n *= k
    stdv = 1. / math.sqrt(n)
    _uniform(self.weight, -stdv, stdv)
    if self.bias is not None:
        _uniform(self.bias, -stdv, stdv)


def _reset_rnn(self):
    """RNNBase and the cells: every parameter in registration order, U(-1/sqrt(H), ...)."""
    stdv = 1.0 / math.sqrt(self.hidden_size)
    for weight in self.parameters():
        _uniform(weight, -stdv, stdv)


def _reset_embedding(self):
    _core.fill(self.weight, 'fill_normal', 0.0, 1.0)
    if getattr(self, 'padding_idx', None) is not None:
        torch = _core._State.torch
        with torch.no_grad():
            self.weight[self.padding_idx].fill_(0)


def _reset_norm(self):
    self.reset_running_stats()
    if self.affine:
        _uniform(self.weight, 0.0, 1.0)
        torch = _core._State.torch
        with torch.no_grad():
            self.bias.zero_()


def reset_targets(torch):
    nn = torch.nn
    from torch.nn.modules import conv, rnn, batchnorm
    return [(nn.Linear, _reset_affine), (nn.Bilinear, _reset_affine),
            (conv._ConvNd, _reset_conv), (rnn.RNNBase, _reset_rnn),
            (rnn.RNNCellBase, _reset_rnn), (nn.Embedding, _reset_embedding),
            (nn.EmbeddingBag, _reset_embedding), (batchnorm._NormBase, _reset_norm)]


# ------------------------------------------------------------------ nn.init
_SHIM_CLASSES = {}


def _shim_tensor(arr):
    if not _SHIM_CLASSES:
        from ..tensor import FloatTensor, DoubleTensor
        _SHIM_CLASSES.update({np.dtype('float32'): FloatTensor, np.dtype('float64'): DoubleTensor})
    return _SHIM_CLASSES[arr.dtype]._wrap(arr)


def _via_shim(tensor, shim_fn, *args):
    """Run the shim's 0.3 init function on a numpy copy of ``tensor``; copy the result in."""
    from .. import rng
    arr = np.array(_core.array(tensor), dtype=_core.np_dtype(tensor), copy=True)
    # the shim's tensors draw from rng.default_generator: make that the bridge's for the call
    saved = rng.default_generator
    rng.default_generator = _core.generator()
    try:
        shim_fn(_shim_tensor(arr), *args)
    finally:
        rng.default_generator = saved
    _core.write(tensor, arr)
    return tensor


def make_init(torch, orig):
    from .. nn import init as shim
    modern = torch.nn.init

    def usable(tensor, generator):
        return (_core.active() and _core.default_generator(generator)
                and _core.np_dtype(tensor, FLOATS) is not None and tensor.numel() > 0)

    def uniform_(tensor, a=0.0, b=1.0, generator=None):
        if not usable(tensor, generator):
            return orig['uniform_'](tensor, a, b, generator=generator)
        return _via_shim(tensor, shim.uniform, a, b)

    def normal_(tensor, mean=0.0, std=1.0, generator=None):
        if not usable(tensor, generator):
            return orig['normal_'](tensor, mean, std, generator=generator)
        return _via_shim(tensor, shim.normal, mean, std)

    def xavier_uniform_(tensor, gain=1.0, generator=None):
        if not usable(tensor, generator):
            return orig['xavier_uniform_'](tensor, gain, generator=generator)
        return _via_shim(tensor, shim.xavier_uniform, gain)

    def xavier_normal_(tensor, gain=1.0, generator=None):
        if not usable(tensor, generator):
            return orig['xavier_normal_'](tensor, gain, generator=generator)
        return _via_shim(tensor, shim.xavier_normal, gain)

    def _kaiming_std(tensor, a, mode, nonlinearity):
        fan = modern._calculate_correct_fan(tensor, mode)
        return modern.calculate_gain(nonlinearity, a) / math.sqrt(fan)

    def kaiming_uniform_(tensor, a=0, mode='fan_in', nonlinearity='leaky_relu', generator=None):
        if not usable(tensor, generator):
            return orig['kaiming_uniform_'](tensor, a, mode, nonlinearity, generator=generator)
        if nonlinearity == 'leaky_relu':           # 0.3's only form
            return _via_shim(tensor, shim.kaiming_uniform, a, mode)
        bound = math.sqrt(3.0) * _kaiming_std(tensor, a, mode, nonlinearity)
        return _via_shim(tensor, shim.uniform, -bound, bound)

    def kaiming_normal_(tensor, a=0, mode='fan_in', nonlinearity='leaky_relu', generator=None):
        if not usable(tensor, generator):
            return orig['kaiming_normal_'](tensor, a, mode, nonlinearity, generator=generator)
        if nonlinearity == 'leaky_relu':
            return _via_shim(tensor, shim.kaiming_normal, a, mode)
        return _via_shim(tensor, shim.normal, 0, _kaiming_std(tensor, a, mode, nonlinearity))

    def orthogonal_(tensor, gain=1, generator=None):
        if not usable(tensor, generator):
            return orig['orthogonal_'](tensor, gain, generator=generator)
        return _via_shim(tensor, shim.orthogonal, gain)

    def sparse_(tensor, sparsity, std=0.01, generator=None):
        if not usable(tensor, generator):
            return orig['sparse_'](tensor, sparsity, std, generator=generator)
        return _via_shim(tensor, shim.sparse, sparsity, std)

    fns = {'uniform_': uniform_, 'normal_': normal_, 'xavier_uniform_': xavier_uniform_,
           'xavier_normal_': xavier_normal_, 'kaiming_uniform_': kaiming_uniform_,
           'kaiming_normal_': kaiming_normal_, 'orthogonal_': orthogonal_, 'sparse_': sparse_}
    for name, fn in list(fns.items()):
        fn.__doc__ = '0.3 stream (legacy_autograd.rng_bridge).\n\n' + (orig[name].__doc__ or '')
        # the 0.3 spelling, deprecated in modern torch (same warning as modern's)
        fns[name[:-1]] = modern._make_deprecate(fn)
    return fns


INIT_NAMES = ('uniform_', 'normal_', 'xavier_uniform_', 'xavier_normal_', 'kaiming_uniform_',
              'kaiming_normal_', 'orthogonal_', 'sparse_')


# ------------------------------------------------------------------ dropout
def _check_p(p):
    if p < 0 or p > 1:
        raise ValueError('dropout probability has to be between 0 and 1, but got {}'.format(p))


def _noise(shape, dtype, p):
    """0.3's Dropout noise: ``bernoulli_(1 - p)`` then ``div_(1 - p)`` (zeros if p == 1)."""
    noise = np.zeros(shape, dtype=dtype)
    if p == 1 or noise.size == 0:
        return noise
    _core.generator().fill_bernoulli(noise, 1 - p)
    return noise / dtype.type(1 - p)


def _apply_noise(input, noise, inplace):
    torch = _core._State.torch
    noise = torch.from_numpy(noise)
    if inplace:
        return input.mul_(noise)
    return input * noise


def _drop(input, p, inplace, feature):
    shape = tuple(input.shape)
    if feature:
        shape = shape[:2] + (1,) * (len(shape) - 2)
    return _apply_noise(input, _noise(shape, _core.np_dtype(input), p), inplace)


def make_dropout(torch, orig):
    def usable(input, p, training):
        _check_p(p)
        return _core.active() and training and p > 0 and _core.np_dtype(input) is not None

    def dropout(input, p=0.5, training=True, inplace=False):
        if not usable(input, p, training):
            return orig['dropout'](input, p, training, inplace)
        return _drop(input, p, inplace, False)

    def dropout2d(input, p=0.5, training=True, inplace=False):
        if not usable(input, p, training):
            return orig['dropout2d'](input, p, training, inplace)
        return _drop(input, p, inplace, True)

    def dropout3d(input, p=0.5, training=True, inplace=False):
        if not usable(input, p, training):
            return orig['dropout3d'](input, p, training, inplace)
        return _drop(input, p, inplace, True)

    def alpha_dropout(input, p=0.5, training=False, inplace=False):
        """0.3: mask ``bernoulli_(p)`` (the dropped ones), set to alpha, then ``* a + b``."""
        if not usable(input, p, training):
            return orig['alpha_dropout'](input, p, training, inplace)
        dtype = _core.np_dtype(input)
        mask = np.empty(tuple(input.shape), dtype=dtype)
        if mask.size:
            _core.generator().fill_bernoulli(mask, p)
        alpha = -1.7580993408473766
        keep_prob = 1 - p
        a = (keep_prob + alpha ** 2 * keep_prob * (1 - keep_prob)) ** (-0.5)
        b = -a * alpha * (1 - keep_prob)
        output = input.masked_fill(torch.from_numpy(mask != 0), alpha)
        output = output.mul_(a).add_(b)
        if inplace:
            with torch.no_grad():
                input.copy_(output)
            return input
        return output

    out = {'dropout': dropout, 'dropout2d': dropout2d, 'dropout3d': dropout3d,
           'alpha_dropout': alpha_dropout}
    for name, fn in out.items():
        fn.__doc__ = '0.3 dropout mask (legacy_autograd.rng_bridge).\n\n' + \
            (orig[name].__doc__ or '')
    return out


DROPOUT_NAMES = ('dropout', 'dropout2d', 'dropout3d', 'alpha_dropout')


# ------------------------------------------------------------------ RNN inter-layer dropout
def _layer_copy(module, i, per_layer, input_size):
    m = copy.copy(module)
    d = m.__dict__
    sl = slice(i * per_layer, (i + 1) * per_layer)
    d['_flat_weights_names'] = module._flat_weights_names[sl]
    d['_flat_weights'] = module._flat_weights[sl]
    d['_flat_weight_refs'] = module._flat_weight_refs[sl]
    d['num_layers'] = 1
    d['dropout'] = 0.0
    d['input_size'] = input_size
    return m


def _rnn_forward(orig_forward):
    def forward(self, input, hx=None):
        if not (_core.active() and self.training and self.dropout and self.num_layers > 1
                and getattr(self, 'proj_size', 0) == 0
                and all(_core.np_dtype(w, FLOATS) is not None for w in self._flat_weights)):
            return orig_forward(self, input, hx)
        torch = _core._State.torch
        from torch.nn.utils.rnn import PackedSequence
        self._update_flat_weights()
        D = 2 if self.bidirectional else 1
        per_layer = len(self._flat_weights) // self.num_layers
        lstm = self.mode == 'LSTM'
        x, hs, cs = input, [], []
        for i in range(self.num_layers):
            layer = _layer_copy(self, i, per_layer,
                                self.input_size if i == 0 else D * self.hidden_size)
            h_i = None
            if hx is not None:
                rows = slice(i * D, (i + 1) * D)
                h_i = (hx[0][rows], hx[1][rows]) if lstm else hx[rows]
            x, h = orig_forward(layer, x, h_i)
            if lstm:
                hs.append(h[0])
                cs.append(h[1])
            else:
                hs.append(h)
            if i < self.num_layers - 1:
                x = _rnn_dropout(x, self.dropout, self.batch_first, PackedSequence)
        h_n = torch.cat(hs, 0)
        return x, ((h_n, torch.cat(cs, 0)) if lstm else h_n)
    forward.__doc__ = orig_forward.__doc__
    return forward


def _rnn_dropout(x, p, batch_first, PackedSequence):
    """0.3 ``F.dropout`` on a layer's output, the mask in (time, batch, feature) order."""
    if isinstance(x, PackedSequence):
        data = _drop(x.data, p, False, False)
        return PackedSequence(data, x.batch_sizes, x.sorted_indices, x.unsorted_indices)
    if batch_first and x.dim() == 3:
        return _drop(x.transpose(0, 1), p, False, False).transpose(0, 1)
    return _drop(x, p, False, False)


def rnn_targets(torch):
    return [torch.nn.RNN, torch.nn.LSTM, torch.nn.GRU]
