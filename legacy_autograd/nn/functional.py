"""``torch.nn.functional`` (0.3 signatures and defaults).

Activations, dropout, linear, embedding and losses are defined here;
convolution/pooling/normalisation/padding functions come from
``_functional_conv`` and recurrent helpers from ``_functional_rnn``.  Each public
function of 0.3.1 is declared in the op schema (``_functional_schema.py``: kernels,
modern spelling, sample calls); ``F.<name>`` is the form generated from that
declaration, installed at the end of this module.

What follows 0.3.1 (``torch/nn/functional.py`` of that release) and is easy to
get wrong when porting:

* ``softmax`` / ``log_softmax`` / ``softmin`` without ``dim`` pick dim 0 for 0-,
  1- and 3-D input, else dim 1, and warn ``Implicit dimension choice for
  softmax has been deprecated. Change the call to include dim=X as an
  argument.`` (``log_softmax`` / ``softmin`` in the text accordingly);
* losses take ``size_average=True`` and (where 0.3 had it) ``reduce=True``;
  a reduced loss is a size-1 Variable; ``binary_cross_entropy``,
  ``binary_cross_entropy_with_logits`` and the margin losses have no ``reduce``;
* ``mse_loss`` / ``l1_loss`` fall back to the differentiable composite
  ``mean((a - b) ** 2)`` when the target requires grad (0.3's
  ``_pointwise_loss``), otherwise they run the THNN-style op, which walks input
  and target element by element: shapes may differ if the element counts agree;
* ``nll_loss`` takes a LongTensor target and ``ignore_index=-100``; 2-D and 4-D
  input (and 3-D / 5-D+ by reshaping, as 0.3.1 did);
* ``cross_entropy`` is ``nll_loss(log_softmax(input, 1), ...)``;
* ``dropout`` draws its mask with ``bernoulli_(1 - p)`` from the 0.3 generator
  and scales by ``1 / (1 - p)``; with ``training=False`` it returns a copy.
"""
from ._functional_conv import *  # noqa: F401,F403

import warnings

import numpy as np

from ..autograd.variable import Variable
from ..tensor import _TensorBase, LongTensor
from .. import errors
from .. import rng as _rng
from ..ops import nn_ops as _ops, shape as _shape_ops, linalg as _linalg
from ..ops.dispatch import call as _call, call_inplace as _call_inplace, check_same_type
from ..ops._common import wrap_dim as _wrap_dim, expand_check as _expand_check, \
    broadcast_shapes as _broadcast_shapes
from ..ops.functions import TORCH as _TORCH
from ..ops import _args
from ..backend_numpy import _prod
from .. import _fastpaths


# ============================================================================ helpers
def _data(x):
    """The tensor behind a Variable (or the tensor itself)."""
    return x._data if isinstance(x, Variable) else x


def _array(x):
    return _data(x)._a


def _is_float(x):
    return _data(x)._info.is_floating


def _need_float(x, name):
    if not isinstance(x, (Variable, _TensorBase)):
        raise TypeError('%s(): argument \'input\' (position 1) must be Variable, not %s'
                        % (name, errors.legacy_typename(x)))
    if not _is_float(x):
        raise RuntimeError('%s is not implemented for type %s' % (name, _data(x).type()))


def _run(op, x, params, inplace=False):
    if inplace:
        return _call_inplace(op, [x], params)
    return _call(op, [x], params)


def _float(v, argname):
    return _args.to_float(v, None, argname)


# ============================================================================ activations
def threshold(input, threshold, value, inplace=False):
    """threshold(input, threshold, value, inplace=False): ``x if x > threshold else value``."""
    _need_float(input, 'threshold')
    return _run(_ops.THRESHOLD, input, {'threshold': _float(threshold, 'threshold'), 'value': _float(value, 'value')},
                inplace)


def relu(input, inplace=False):
    """relu(input, inplace=False) -> Variable (``threshold(input, 0, 0)``: ThresholdBackward)."""
    return threshold(input, 0, 0, inplace)


def hardtanh(input, min_val=-1., max_val=1., inplace=False):
    _need_float(input, 'hardtanh')
    return _run(_ops.HARDTANH, input, {'min_val': _float(min_val, 'min_val'), 'max_val': _float(max_val, 'max_val')},
                inplace)


def relu6(input, inplace=False):
    return hardtanh(input, 0, 6, inplace)


def elu(input, alpha=1., inplace=False):
    _need_float(input, 'elu')
    return _run(_ops.ELU, input, {'alpha': _float(alpha, 'alpha')}, inplace)


def selu(input, inplace=False):
    _need_float(input, 'selu')
    return _run(_ops.SELU, input, {}, inplace)


def leaky_relu(input, negative_slope=0.01, inplace=False):
    _need_float(input, 'leaky_relu')
    return _run(_ops.LEAKY_RELU, input, {'negative_slope': _float(negative_slope, 'negative_slope')}, inplace)


def prelu(input, weight):
    _need_float(input, 'prelu')
    planes = _array(weight).size
    if planes != 1:
        x = _array(input)
        got = x.shape[1 if x.ndim > 1 else 0]
        if got != planes:
            raise RuntimeError('Wrong number of input planes. Expected %d but got %d.'
                               % (planes, got))
    return _call(_ops.PRELU, [input, weight])


def softplus(input, beta=1, threshold=20):
    _need_float(input, 'softplus')
    return _call(_ops.SOFTPLUS, [input], {'beta': _float(beta, 'beta'), 'threshold': _float(threshold, 'threshold')})


def logsigmoid(input):
    _need_float(input, 'log_sigmoid')
    return _call(_ops.LOG_SIGMOID, [input])


def tanhshrink(input):
    return input - input.tanh()


def softsign(input):
    return input / (input.abs() + 1)


def tanh(input):
    return input.tanh()


def sigmoid(input):
    return input.sigmoid()


def _get_softmax_dim(name, ndim, stacklevel):
    warnings.warn('Implicit dimension choice for ' + name + ' has been deprecated. '
                  'Change the call to include dim=X as an argument.', stacklevel=stacklevel)
    if ndim == 0 or ndim == 1 or ndim == 3:
        return 0
    return 1


def _softmax_dim(input, dim, name, stacklevel):
    if dim is None:
        dim = _get_softmax_dim(name, _array(input).ndim, stacklevel + 1)
    return _wrap_dim(dim, _array(input).ndim)


def softmin(input, dim=None, _stacklevel=3):
    _need_float(input, 'softmin')
    dim = _softmax_dim(input, dim, 'softmin', _stacklevel)
    return _call(_ops.SOFTMAX, [-input], {'dim': dim})


def softmax(input, dim=None, _stacklevel=3):
    _need_float(input, 'softmax')
    dim = _softmax_dim(input, dim, 'softmax', _stacklevel)
    return _call(_ops.SOFTMAX, [input], {'dim': dim})


def log_softmax(input, dim=None, _stacklevel=3):
    _need_float(input, 'log_softmax')
    dim = _softmax_dim(input, dim, 'log_softmax', _stacklevel)
    return _call(_ops.LOG_SOFTMAX, [input], {'dim': dim})


# ============================================================================ dropout
def _check_p(p):
    _args.float_arg(p, None, 'p')
    if p < 0 or p > 1:
        raise ValueError('dropout probability has to be between 0 and 1, but got {}'.format(p))


def _noise(input, p, shape):
    """0.3's Dropout noise: ``bernoulli_(1 - p)`` in the input's type, then ``div_(1 - p)``."""
    dtype = _array(input).dtype
    noise = np.empty(shape, dtype=dtype)
    if p == 1:
        noise.fill(0)
        return noise
    if noise.size:
        _rng.default_generator.fill_bernoulli(noise, 1 - p)
    return noise / dtype.type(1 - p)


def _dropout(op, input, p, training, inplace, feature):
    _check_p(p)
    noise = None
    if p > 0 and training:
        shape = _array(input).shape
        if feature:
            shape = shape[:2] + (1,) * (len(shape) - 2)
        noise = _noise(input, p, shape)
    return _run(op, input, {'noise': noise}, inplace)


def dropout(input, p=0.5, training=False, inplace=False):
    return _dropout(_ops.DROPOUT, input, p, training, inplace, False)


def dropout2d(input, p=0.5, training=False, inplace=False):
    return _dropout(_ops.FEATURE_DROPOUT, input, p, training, inplace, True)


def dropout3d(input, p=0.5, training=False, inplace=False):
    return _dropout(_ops.FEATURE_DROPOUT, input, p, training, inplace, True)


# ============================================================================ linear / embedding
_LINEAR_DIRECT = True     # nn.Linear's ops without their front-ends
_fastpaths.flag(globals(), '_LINEAR_DIRECT')


def linear(input, weight, bias=None):
    """``input @ weight.t() + bias``; 2-D input with a bias runs ``torch.addmm`` (AddmmBackward)."""
    if _LINEAR_DIRECT and bias is not None and isinstance(input, Variable) \
            and isinstance(weight, Variable) and isinstance(bias, Variable):
        x, w, b = input._data._a, weight._data._a, bias._data._a
        if x.ndim == 2 and w.ndim == 2 and b.ndim == 1 and x.shape[1] == w.shape[1] \
                and b.shape[0] == w.shape[0] and x.dtype.kind == 'f':
            # ``nn.Linear``: the ops the front-ends below run, without their argument parsing
            expanded = _call(_shape_ops.EXPAND, [bias], {'shape': (x.shape[0], w.shape[0])})
            return _call(_linalg.ADDMM, [expanded, input, _call(_shape_ops.T, [weight])],
                         {'beta': 1.0, 'alpha': 1.0})
    addmm = _TORCH.addmm
    if input.dim() == 2 and bias is not None:
        # 0.3's addmm broadcast ``self`` with an explicit expand, so the graph reads
        # AddmmBackward -> ExpandBackward -> AccumulateGrad (the blitz tutorial walks it)
        out_shape = (input.size(0), weight.size(0))
        if tuple(bias.size()) != out_shape and bias.dim() >= 1 and \
                bias.size(-1) in (weight.size(0), 1):
            bias = bias.expand(*out_shape)
        return addmm(bias, input, weight.t())
    output = input.matmul(weight.t())
    if bias is not None:
        output += bias
    return output


def bilinear(input1, input2, weight, bias=None):
    a, b, w = _array(input1), _array(input2), _array(weight)
    if a.ndim != 2 or b.ndim != 2:
        raise AssertionError('bilinear expects 2-D inputs, got %dD and %dD' % (a.ndim, b.ndim))
    if a.shape[0] != b.shape[0]:
        raise AssertionError('input1 and input2 must have the same batch size '
                             '(got %d and %d)' % (a.shape[0], b.shape[0]))
    if w.ndim != 3 or w.shape[1] != a.shape[1] or w.shape[2] != b.shape[1]:
        raise RuntimeError('size mismatch, input1: %s, input2: %s, weight: %s'
                           % (errors.fmt_sizes(a.shape), errors.fmt_sizes(b.shape),
                              errors.fmt_sizes(w.shape)))
    if bias is None:
        return _call(_ops.BILINEAR, [input1, input2, weight])
    # 0.3.1's Bilinear.forward: output.add_(bias.expand_as(output)), TH's expand check
    if _tensors(bias):
        _expand_check(_array(bias).shape, (a.shape[0], w.shape[0]))
    return _call(_ops.BILINEAR_BIAS, [input1, input2, weight, bias])


def _renorm_rows(weight, idx, max_norm, norm_type):
    """THNN LookupTable_renorm: rows looked up whose p-norm exceeds max_norm are scaled down."""
    w = _array(weight)
    for row in np.unique(idx):
        v = w[row].astype(np.float64)
        if norm_type == 1:
            norm = np.abs(v).sum()
        elif norm_type == 2:
            norm = np.sqrt((v * v).sum())
        else:
            norm = np.power(np.abs(v), norm_type).sum() ** (1.0 / norm_type)
        if norm > max_norm:
            w[row] = (v * (max_norm / (norm + 1e-7))).astype(w.dtype)


def _embedding(input, weight, padding_idx, max_norm, norm_type, scale_grad_by_freq, sparse):
    idx_t = _data(input)
    w_t = _data(weight)
    if not isinstance(idx_t, LongTensor):
        raise errors.invalid_arguments(
            'index_select', [w_t, 0, idx_t],
            [('(%s source, int dim, torch.LongTensor index)' % w_t.type(),
              lambda a: [False, False, not isinstance(a[2], LongTensor)])])
    if isinstance(input, Variable) and input.requires_grad:
        raise AssertionError("Embedding doesn't compute the gradient w.r.t. the indices")
    idx = idx_t._a
    vocab = w_t._a.shape[0]
    if idx.size and (idx.min() < 0 or idx.max() >= vocab):
        raise RuntimeError('index out of range')
    if max_norm is not None:
        _renorm_rows(weight, idx.reshape(-1), float(max_norm), float(norm_type))
    w_in = weight
    if isinstance(input, Variable) and input.volatile and isinstance(weight, Variable) \
            and not weight.volatile:
        w_in = Variable(weight.data, volatile=True)
    pad = None if padding_idx is None or padding_idx < 0 else int(padding_idx)
    return _call(_ops.EMBEDDING, [w_in], {'indices': np.array(idx, dtype=np.int64, copy=True),
                                          'padding_idx': pad,
                                          'scale_grad_by_freq': bool(scale_grad_by_freq)})


def embedding(input, embedding_matrix, max_norm=None, norm_type=2, scale_grad_by_freq=False,
              sparse=False):
    """Rows of ``embedding_matrix`` picked by the LongTensor ``input`` (EmbeddingBackward)."""
    return _embedding(input, embedding_matrix, None, max_norm, norm_type, scale_grad_by_freq,
                      sparse)


# ============================================================================ losses
def _weight_array(weight, input, argno):
    """A loss weight (tensor or Variable) as a numpy array of the input's type, or None."""
    if weight is None:
        return None
    w = _data(weight)
    x = _data(input)
    if type(w) is not type(x):
        raise errors.variable_type_mismatch(x.type(), w.type(), argno, 'weight')
    return np.array(w._a, copy=True)


def _check_long_target(target, input):
    if isinstance(input, Variable) and not isinstance(target, Variable):
        raise TypeError('nll_loss received an invalid combination of arguments - got (Variable, '
                        '%s), but expected (Variable input, Variable target, Variable weight, '
                        'bool size_average, int ignore_index, bool reduce)'
                        % errors.legacy_typename(target))
    t = _data(target)
    if not isinstance(t, LongTensor):
        raise errors.variable_type_mismatch('torch.LongTensor', t.type(), 1, 'target')
    return t._a


def _nll_checks(x, t, w, ignore_index):
    n_classes = x.shape[1]
    if t.ndim > 1:
        raise RuntimeError('multi-target not supported')
    if w is not None and w.size != n_classes:
        raise RuntimeError('weight tensor should be defined either for all %d classes or no '
                           'classes but got weight tensor of shape: %s'
                           % (n_classes, errors.fmt_sizes(w.shape)))
    if t.shape[0] != x.shape[0]:
        raise RuntimeError("Assertion `THIndexTensor_(size)(target, 0) == batch_size' failed. ")
    if t.size and (t.min() < 0 or t.max() >= n_classes):        # cheap test first; an
        # out-of-range target is only an error when it is not the ignored one
        live = t[t != ignore_index]
        if live.size and (live.min() < 0 or live.max() >= n_classes):
            raise RuntimeError("Assertion `cur_target >= 0 && cur_target < n_classes' failed. ")


def _nll2d_checks(x, t, w, ignore_index):
    if t.ndim != 3:
        raise RuntimeError('invalid argument 3: only batches of spatial targets supported (3D '
                           'tensors) but got targets of dimension: %d' % t.ndim)
    if w is not None and w.size != x.shape[1]:
        raise RuntimeError('weight tensor should be defined either for all or no classes')
    if (x.shape[0], x.shape[2], x.shape[3]) != t.shape:
        raise RuntimeError('size mismatch (got input: %dx%dx%dx%d, target: %dx%dx%d)'
                           % (tuple(x.shape) + tuple(t.shape)))
    live = t[t != ignore_index]
    if live.size and (live.min() < 0 or live.max() >= x.shape[1]):
        raise RuntimeError("Assertion `cur_target >= 0 && cur_target < n_classes' failed. ")


def nll_loss(input, target, weight=None, size_average=True, ignore_index=-100, reduce=True):
    """The negative log likelihood loss (0.3.1: 2-D and 4-D input; 3-D and >4-D reshaped)."""
    dim = input.dim()
    t = _check_long_target(target, input)
    w = _weight_array(weight, input, 2)
    params = {'target': np.array(t, copy=True), 'weight': w, 'size_average': bool(size_average),
              'ignore_index': int(ignore_index), 'reduce': bool(reduce)}
    if dim == 2:
        _nll_checks(_array(input), t, w, ignore_index)
        return _call(_ops.NLL_LOSS, [input], params)
    if dim == 4:
        _nll2d_checks(_array(input), t, w, ignore_index)
        return _call(_ops.NLL_LOSS2D, [input], params)
    if dim == 3 or dim > 4:
        n = input.size(0)
        c = input.size(1)
        out_size = (n,) + tuple(input.size()[2:])
        if tuple(target.size()[1:]) != tuple(input.size()[2:]):
            raise ValueError('Expected target size {}, got {}'.format(out_size, input.size()))
        input = input.contiguous().view(n, c, 1, -1)
        target = target.contiguous().view(n, 1, -1)
        out = nll_loss(input, target, weight, size_average, ignore_index, reduce)
        return out if reduce else out.view(*out_size)
    raise ValueError('Expected 2 or more dimensions (got {})'.format(dim))


def cross_entropy(input, target, weight=None, size_average=True, ignore_index=-100, reduce=True):
    """``nll_loss(log_softmax(input, 1), target, ...)`` as in 0.3."""
    return nll_loss(log_softmax(input, 1), target, weight, size_average, ignore_index, reduce)


def _check_nelement(input, target):
    a, b = _array(input), _array(target)
    if a.size != b.size:
        raise RuntimeError('input and target have different number of elements: input%s has %d '
                           'elements, while target%s has %d elements'
                           % (errors.fmt_sizes(a.shape), a.size, errors.fmt_sizes(b.shape), b.size))


def _thnn_pointwise(op, input, target, params):
    check_same_type(op, [input, target])
    _check_nelement(input, target)
    return _call(op, [input, target], params)


def _pointwise_loss(lambd, op, input, target, size_average=True, reduce=True):
    if isinstance(target, Variable) and target.requires_grad:
        d = lambd(input, target)
        if not reduce:
            return d
        return d.mean() if size_average else d.sum()
    return _thnn_pointwise(op, input, target, {'size_average': bool(size_average),
                                               'reduce': bool(reduce)})


def l1_loss(input, target, size_average=True, reduce=True):
    return _pointwise_loss(lambda a, b: (a - b).abs(), _ops.L1_LOSS, input, target,
                           size_average, reduce)


def mse_loss(input, target, size_average=True, reduce=True):
    return _pointwise_loss(lambda a, b: (a - b) ** 2, _ops.MSE_LOSS, input, target,
                           size_average, reduce)


def smooth_l1_loss(input, target, size_average=True, reduce=True):
    return _thnn_pointwise(_ops.SMOOTH_L1_LOSS, input, target,
                           {'size_average': bool(size_average), 'reduce': bool(reduce)})


def kl_div(input, target, size_average=True, reduce=True):
    return _thnn_pointwise(_ops.KL_DIV, input, target,
                           {'size_average': bool(size_average), 'reduce': bool(reduce)})


def binary_cross_entropy(input, target, weight=None, size_average=True):
    """0.3.1: warns when sizes differ, raises ValueError when the element counts differ."""
    if not (target.size() == input.size()):
        warnings.warn('Using a target size ({}) that is different to the input size ({}) is '
                      'deprecated. Please ensure they have the same size.'
                      .format(target.size(), input.size()), stacklevel=2)
    if input.nelement() != target.nelement():
        raise ValueError('Target and input must have the same number of elements. target nelement '
                         '({}) != input nelement ({})'.format(target.nelement(), input.nelement()))
    w = None
    if weight is not None:
        from ..ops._common import broadcast_shapes
        tshape = tuple(target.size())
        wshape = tuple(_data(weight).size())
        new = broadcast_shapes(tshape, wshape, True)    # torch._C._infer_size's text
        w = np.broadcast_to(_weight_array(weight, input, 2), new).reshape(_array(input).shape)
    check_same_type(_ops.BINARY_CROSS_ENTROPY, [input, target])
    return _call(_ops.BINARY_CROSS_ENTROPY, [input, target],
                 {'weight': None if w is None else np.array(w), 'size_average': bool(size_average)})


def binary_cross_entropy_with_logits(input, target, weight=None, size_average=True):
    """0.3.1 composite: ``x - x*t + m + log(exp(-m) + exp(-x - m))`` with ``m = max(-x, 0)``."""
    if not (target.size() == input.size()):
        raise ValueError('Target size ({}) must be the same as input size ({})'
                         .format(target.size(), input.size()))
    max_val = (-input).clamp(min=0)
    loss = input - input * target + max_val + ((-max_val).exp() + (-input - max_val).exp()).log()
    if weight is not None:
        loss = loss * weight
    if size_average:
        return loss.mean()
    return loss.sum()


def poisson_nll_loss(input, target, log_input=True, full=False, size_average=True, eps=1e-8,
                     reduce=True):
    import math
    if log_input:
        loss = input.exp() - target * input
    else:
        loss = input - target * (input + eps).log()
    if full:
        t = _data(target)
        a = t._a.astype(np.float64)
        with np.errstate(all='ignore'):
            st = np.where(a > 1, a * np.log(a) - a + 0.5 * np.log(2 * math.pi * a), 0.0)
        loss = loss + Variable(type(t)._wrap(st.astype(t._a.dtype)))
    if not reduce:
        return loss
    return loss.mean() if size_average else loss.sum()


def multilabel_soft_margin_loss(input, target, weight=None, size_average=True):
    return binary_cross_entropy(input.sigmoid(), target, weight, size_average)


def _same_elements(a, b):
    return a.size == b.size and a.size > 0


def _tensors(*xs):
    """Whether every one of ``xs`` is a tensor or Variable (a shape check waits for the type
    checks of the op's call, which name the argument's position)."""
    return all(isinstance(x, (Variable, _TensorBase)) for x in xs)


def margin_ranking_loss(input1, input2, target, margin=0, size_average=True):
    # 0.3.1's MarginRankingLoss.forward on tensors: input1.clone().add_(-1, input2), then
    # .mul_(target): each operand expanded in place to input1's shape (TH's expand checks;
    # operands of the same element count took the deprecated pointwise path)
    if _tensors(input1, input2, target):
        a1 = _array(input1)
        for other in (_array(input2), _array(target)):
            if not _same_elements(a1, other):
                _expand_check(other.shape, a1.shape)
    return _call(_ops.MARGIN_RANKING_LOSS, [input1, input2, target],
                 {'margin': _float(margin, 'margin'), 'size_average': bool(size_average)})


def hinge_embedding_loss(input, target, margin=1.0, size_average=True):
    xs, ys = _array(input).shape, _array(target).shape
    if xs != ys and _prod(xs) != _prod(ys):     # 0.3: buffer[target == -1] = 0, a masked fill
        raise errors.apply2_size_error('tensor', xs, 'mask', ys)
    return _call(_ops.HINGE_EMBEDDING_LOSS, [input, target],
                 {'margin': _float(margin, 'margin'), 'size_average': bool(size_average)})


def _cosine_embedding_shapes(a1, a2, y):
    # 0.3.1's CosineEmbeddingLoss.forward began with torch.mul(input1, input2) on tensors
    # (TH's broadcast text), then took outputs[target == -1]: TH's maskedSelect of the N row
    # values by that mask
    if a1.shape != a2.shape and not _same_elements(a1, a2):
        _broadcast_shapes(a1.shape, a2.shape, True)
    if a1.ndim == 2 and y.size != a1.shape[0]:
        raise errors.apply2_size_error('src', (a1.shape[0],), 'mask', y.shape)


def cosine_embedding_loss(input1, input2, target, margin=0, size_average=True):
    if _tensors(input1, input2, target):
        _cosine_embedding_shapes(_array(input1), _array(input2), _array(target))
    return _call(_ops.COSINE_EMBEDDING_LOSS, [input1, input2, target],
                 {'margin': _float(margin, 'margin'), 'size_average': bool(size_average)})


# 0.3.1's functions beyond the ones above (issue 16)
from ._functional_vision import *  # noqa: F401,F403,E402
from ._functional_volumetric import *  # noqa: F401,F403,E402
from ._functional_activation import *  # noqa: F401,F403,E402
from ._functional_distance import *  # noqa: F401,F403,E402
from ._functional_embedding_bag import *  # noqa: F401,F403,E402
from ._function_classes import *  # noqa: F401,F403,E402


class Bilinear(object):
    """0.3.1's ``torch.nn._functions.linear.Bilinear``: ``Bilinear.apply`` is :func:`bilinear`."""
    apply = staticmethod(bilinear)


from . import _utils as utils  # noqa: F401,E402  (0.3.1: torch.nn.modules.utils)

# ---------------------------------------------------------------------- margin losses (0.3.1)
from ..ops import nn_loss_ops as _loss_ops  # noqa: E402


def _class_target(target, input, argno=1):
    """A LongTensor class target as a numpy array (THNN's index tensors)."""
    t = _data(target)
    if not isinstance(t, LongTensor):
        raise errors.variable_type_mismatch('torch.LongTensor', t.type(), argno, 'target')
    return np.array(t._a, copy=True)


def _margin_frames(x):
    if x.ndim not in (1, 2):
        raise RuntimeError('invalid argument 2: vector or matrix expected')
    return x.shape[-1]


def soft_margin_loss(input, target, size_average=True):
    """soft_margin_loss(input, target, size_average=True) -> Variable

    ``sum(log(1 + exp(-y * x))) / n`` (``n`` = element count when ``size_average``);
    ``target`` holds +1 / -1, of the input's type and element count."""
    _need_float(input, 'soft_margin_loss')
    check_same_type(_loss_ops.SOFT_MARGIN_LOSS, [input, target])
    _check_nelement(input, target)
    return _call(_loss_ops.SOFT_MARGIN_LOSS, [input, target],
                 {'size_average': bool(size_average)})


def multilabel_margin_loss(input, target, size_average=True):
    """multilabel_margin_loss(input, target, size_average=True) -> Variable

    ``target`` (LongTensor, the input's shape) lists each sample's classes, ended by the
    first -1."""
    _need_float(input, 'multilabel_margin_loss')
    x = _array(input)
    t = _class_target(target, input)
    dim = _margin_frames(x)
    if t.shape != x.shape:
        raise RuntimeError('invalid argument 3: inconsistent target size')
    if t.size and (t.min() < -1 or t.max() >= dim):
        raise RuntimeError('invalid argument 3: target out of range')
    return _call(_loss_ops.MULTILABEL_MARGIN_LOSS, [input],
                 {'target': t, 'size_average': bool(size_average)})


def multi_margin_loss(input, target, p=1, margin=1, weight=None, size_average=True):
    """multi_margin_loss(input, target, p=1, margin=1, weight=None, size_average=True) -> Variable

    Multi-class hinge loss: ``sum_{d != y} max(0, margin - x[y] + x[d]) ** p / dim``."""
    if p != 1 and p != 2:
        raise ValueError('only p == 1 and p == 2 supported')
    if weight is not None and weight.dim() != 1:
        raise ValueError('weight must be one-dimensional')
    _need_float(input, 'multi_margin_loss')
    x = _array(input)
    t = _class_target(target, input)
    dim = _margin_frames(x)
    nframe = 1 if x.ndim == 1 else x.shape[0]
    if t.ndim > 1 or t.size != nframe:
        raise RuntimeError('invalid argument 3: inconsistent target size')
    t = t.reshape(-1)
    if t.size and (t.min() < 0 or t.max() >= dim):
        raise RuntimeError('invalid argument 3: target out of range')
    w = _weight_array(weight, input, 5)
    return _call(_loss_ops.MULTI_MARGIN_LOSS, [input],
                 {'target': t, 'p': int(p), 'margin': _float(margin, 'margin'), 'weight': w,
                  'size_average': bool(size_average)})


def triplet_margin_loss(anchor, positive, negative, margin=1.0, p=2, eps=1e-6, swap=False):
    """triplet_margin_loss(anchor, positive, negative, margin=1.0, p=2, eps=1e-6, swap=False)

    ``mean(max(d(a, p) - d(a, n) + margin, 0))`` with the p-norm distance of each row
    (``swap``: ``d(a, n)`` replaced by ``min(d(a, n), d(p, n))``)."""
    assert anchor.size() == positive.size(), "Input sizes between positive and negative must be equal."
    assert anchor.size() == negative.size(), "Input sizes between anchor and negative must be equal."
    assert positive.size() == negative.size(), "Input sizes between positive and negative must be equal."
    assert anchor.dim() == 2, "Input must be a 2D matrix."
    assert margin > 0.0, 'Margin should be positive value.'
    distance = globals()['pairwise_distance']     # the public one, installed from the schema
    d_p = distance(anchor, positive, p, eps)
    d_n = distance(anchor, negative, p, eps)
    if swap:
        d_s = distance(positive, negative, p, eps)
        d_n = _TORCH.min(d_n, d_s)
    dist_hinge = (margin + d_p - d_n).clamp(min=0.0)
    return dist_hinge.mean()


# ---------------------------------------------------------------------- the public functions
# Every function of 0.3.1's torch.nn.functional is declared in the op schema
# (_functional_schema.py: the bodies above, their kernels, modern spellings and sample calls);
# the public F.<name> is the form generated from that declaration.
from ._functional_schema import _declare_all  # noqa: E402
globals().update(_declare_all(globals()))
del _declare_all
