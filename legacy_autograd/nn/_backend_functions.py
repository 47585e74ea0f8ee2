"""The function classes of ``torch.nn.backends.thnn.backend`` (``module._backend``), registered
when ``torch.nn`` is imported: small classes whose ``apply`` takes 0.3.1's arguments, in 0.3.1's
order, and runs the matching ``nn.functional`` form; ``RNN`` (a factory, as 0.3.1's) and the
four cell functions; ``CrossMapLRN2d`` (old-style: construct, then call).  See
``nn/backends/thnn.py``."""
from . import functional as F
from ._functional_embedding_bag import embedding_bag
from .modules.normalization import CrossMapLRN2d as _LRN
from .modules.rnn import _stacked
from .backends.thnn import backend


def _applying(name, doc, fn):
    """A function class named ``name`` whose ``apply(*args)`` is ``fn(*args)``."""
    return type(name, (object,), {'__doc__': doc, '__module__': __name__,
                                  'apply': staticmethod(fn)})


def _classes():
    def embedding(indices, weight, padding_idx=None, max_norm=None, norm_type=2,
                  scale_grad_by_freq=False, sparse=False):
        return F._embedding(indices, weight, padding_idx, max_norm, norm_type,
                            scale_grad_by_freq, sparse)

    def adaptive_max(fn):
        return lambda input, output_size: fn(input, output_size, return_indices=True)

    def upsampling(mode):
        return lambda input, size=None, scale_factor=None: F.upsample(input, size, scale_factor,
                                                                       mode)

    def padding(mode):
        return lambda input, *pad: F.pad(input, pad, mode)

    def dropout(fn):
        return lambda input, p=0.5, train=False, inplace=False: fn(input, p, train, inplace)

    out = {
        'Embedding': (embedding, 'apply(indices, weight, padding_idx, max_norm, norm_type, '
                                 'scale_grad_by_freq, sparse=False)'),
        'EmbeddingBag': (embedding_bag, 'apply(weight, indices, offsets, max_norm, norm_type, '
                                        'scale_grad_by_freq, mode)'),
        'Threshold': (F.threshold, 'apply(input, threshold, value, inplace=False)'),
        'LeakyReLU': (F.leaky_relu, 'apply(input, negative_slope, inplace=False)'),
        'ELU': (F.elu, 'apply(input, alpha, inplace=False)'),
        'SELU': (F.selu, 'apply(input, inplace=False)'),
        'Hardtanh': (F.hardtanh, 'apply(input, min_val, max_val, inplace=False)'),
        'Softplus': (F.softplus, 'apply(input, beta, threshold)'),
        'Softshrink': (F.softshrink, 'apply(input, lambd)'),
        'Hardshrink': (F.hardshrink, 'apply(input, lambd)'),
        'LogSigmoid': (F.logsigmoid, 'apply(input)'),
        'PReLU': (F.prelu, 'apply(input, weight)'),
        'RReLU': (F.rrelu, 'apply(input, lower, upper, train, inplace)'),
        'AdaptiveMaxPool1d': (adaptive_max(F.adaptive_max_pool1d),
                              'apply(input, output_size) -> (output, indices)'),
        'AdaptiveMaxPool2d': (adaptive_max(F.adaptive_max_pool2d),
                              'apply(input, output_size) -> (output, indices)'),
        'AdaptiveMaxPool3d': (adaptive_max(F.adaptive_max_pool3d),
                              'apply(input, output_size) -> (output, indices)'),
        'AdaptiveAvgPool1d': (F.adaptive_avg_pool1d, 'apply(input, output_size)'),
        'AdaptiveAvgPool2d': (F.adaptive_avg_pool2d, 'apply(input, output_size)'),
        'AdaptiveAvgPool3d': (F.adaptive_avg_pool3d, 'apply(input, output_size)'),
        'UpsamplingNearest2d': (upsampling('nearest'), 'apply(input, size, scale_factor)'),
        'UpsamplingBilinear2d': (upsampling('bilinear'), 'apply(input, size, scale_factor)'),
        'ReflectionPad1d': (padding('reflect'), 'apply(input, left, right)'),
        'ReflectionPad2d': (padding('reflect'), 'apply(input, left, right, top, bottom)'),
        'ReplicationPad1d': (padding('replicate'), 'apply(input, left, right)'),
        'ReplicationPad2d': (padding('replicate'), 'apply(input, left, right, top, bottom)'),
        'Dropout': (dropout(F.dropout), 'apply(input, p=0.5, train=False, inplace=False)'),
        'Dropout2d': (dropout(F.dropout2d), 'apply(input, p=0.5, train=False, inplace=False)'),
        'Dropout3d': (dropout(F.dropout3d), 'apply(input, p=0.5, train=False, inplace=False)'),
        'CosineEmbeddingLoss': (F.cosine_embedding_loss,
                                'apply(input1, input2, target, margin, size_average)'),
        'HingeEmbeddingLoss': (F.hinge_embedding_loss,
                               'apply(input, target, margin, size_average)'),
        'MarginRankingLoss': (F.margin_ranking_loss,
                              'apply(input1, input2, target, margin, size_average)'),
    }
    classes = {name: _applying(name, doc, fn) for name, (fn, doc) in out.items()}

    class CrossMapLRN2d(object):
        """Old-style: ``CrossMapLRN2d(size, alpha=1e-4, beta=0.75, k=1)(input)``."""

        def __init__(self, size, alpha=1e-4, beta=0.75, k=1):
            self._module = _LRN(size, alpha, beta, k)

        def __call__(self, input):
            return self._module(input)

    classes['CrossMapLRN2d'] = CrossMapLRN2d

    def RNN(mode, input_size, hidden_size, num_layers=1, batch_first=False, dropout=0,
            train=True, bidirectional=False, batch_sizes=None, dropout_state=None,
            flat_weight=None):
        """``RNN(mode, input_size, hidden_size, ...)`` -> ``forward(input, weight, hidden)``
        giving ``(output, h_n)`` (``(output, (h_n, c_n))`` for 'LSTM'), as 0.3.1's
        ``AutogradRNN``; ``weight`` is the module's ``all_weights``."""
        def forward(input, weight, hidden):
            return _stacked(mode, input, weight, hidden, num_layers, batch_first, dropout,
                            train, bidirectional, batch_sizes, hidden_size)
        return forward

    classes['RNN'] = RNN

    # one step of each cell, written with the functional forms as 0.3.1's cells were
    def RNNTanhCell(input, hidden, w_ih, w_hh, b_ih=None, b_hh=None):
        return F.tanh(F.linear(input, w_ih, b_ih) + F.linear(hidden, w_hh, b_hh))

    def RNNReLUCell(input, hidden, w_ih, w_hh, b_ih=None, b_hh=None):
        return F.relu(F.linear(input, w_ih, b_ih) + F.linear(hidden, w_hh, b_hh))

    def LSTMCell(input, hidden, w_ih, w_hh, b_ih=None, b_hh=None):
        h, c = hidden
        gates = F.linear(input, w_ih, b_ih) + F.linear(h, w_hh, b_hh)
        i, f, g, o = gates.chunk(4, 1)
        c_next = F.sigmoid(f) * c + F.sigmoid(i) * F.tanh(g)
        return F.sigmoid(o) * F.tanh(c_next), c_next

    def GRUCell(input, hidden, w_ih, w_hh, b_ih=None, b_hh=None):
        x_r, x_z, x_n = F.linear(input, w_ih, b_ih).chunk(3, 1)
        h_r, h_z, h_n = F.linear(hidden, w_hh, b_hh).chunk(3, 1)
        reset = F.sigmoid(x_r + h_r)
        update = F.sigmoid(x_z + h_z)
        new = F.tanh(x_n + reset * h_n)
        return new + update * (hidden - new)

    for fn in (RNNTanhCell, RNNReLUCell, LSTMCell, GRUCell):
        classes[fn.__name__] = fn
    return classes




def register_all():
    registered = backend.function_classes
    for name, cls in _classes().items():
        if name not in registered:
            backend.register_function(name, cls)


register_all()
