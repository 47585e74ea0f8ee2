"""hblindB's blind mutant batch (written from the package code and 0.3.1's sources only,
before reading compat_tests/): nn kernels and front-ends, the engine, dispatch fast paths,
tensor/Variable/storage classes, custom Function, optim.

Same shape as ``tools/mutation_catalogue.py``; run with
``python tools/mutation_campaign.py --catalogue tools/blind_hblindB.py ...``.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mutation_campaign import Mutant  # noqa: E402

MUTANTS = []


def M(id, file, original, mutated, category, **kw):
    MUTANTS.append(Mutant(id, 'legacy_autograd/' + file, original, mutated, category, **kw))


OF, VJP, FE, IP, OUT, BS, FP, PR, GF = ('op formula', 'vjp', 'front-end', 'in-place', 'out=',
                                        'broadcasting/shape', 'fast path', 'printing',
                                        'grad_fn name')

# ============================================================================ hblindB (blind batch 1)
NN = 'ops/nn_ops.py'
M('hb-hardtanh-vjp-upper', NN, "(x > p['min_val']) & (x < p['max_val'])",
  "(x > p['min_val']) & (x <= p['max_val'])", VJP,
  note="F.hardtanh backward at x == max_val: THNN gives 0 (x >= max_val), mutant passes g")
M('hb-elu-vjp-zero', NN, "    neg = B.mask(B.value(out) <= 0, g)\n    return (g * (1 - neg) + g * neg * (out + ctx.params['alpha']),)",
  "    neg = B.mask(B.value(out) < 0, g)\n    return (g * (1 - neg) + g * neg * (out + ctx.params['alpha']),)", VJP,
  note='F.elu(x, alpha) backward at x == 0: THNN output <= 0 -> g * alpha; mutant g')
M('hb-softplus-threshold-tie', NN, "return np.where(bx > t(threshold), w, soft).astype(a.dtype)",
  "return np.where(bx >= t(threshold), w, soft).astype(a.dtype)", OF,
  note='F.softplus(x, 1, 1) at x == 1: THNN x*beta > threshold is false -> log1p(exp(1))')
M('hb-prelu-1d-shape', NN, "    if x_ndim == 1:\n        return (w_size,)",
  "    if x_ndim == 0:\n        return (w_size,)", BS,
  note='F.prelu on 1-D input with per-channel weight: channels are dim 0, output keeps (n,)')
M('hb-kl-div-zero-target', NN, "    return np.where(t > 0, t * (np.log(t) - x), 0.0)",
  "    return np.where(t >= 0, t * (np.log(t) - x), 0.0)", OF,
  note='F.kl_div with a zero target element: THNN gives 0 for t <= 0 (mutant: nan)')
M('hb-nll-grad-noreduce-avg', NN, "    if reduce and size_average:\n        total = _weight_total",
  "    if size_average:\n        total = _weight_total", VJP,
  note='F.nll_loss(..., reduce=False) gradient is not divided by the weight total')
M('hb-margin-ranking-tie', NN, "coef = np.where(dist >= 0, 1.0, 0.0) * y",
  "coef = np.where(dist > 0, 1.0, 0.0) * y", VJP,
  note='F.margin_ranking_loss backward at -y*(x1-x2)+margin == 0: 0.3.1 mask dist.ge(0)')
M('hb-hinge-vjp-tie', NN, "coef = np.where((y == -1) & (x > p['margin']), 0.0, y.astype(np.float64))",
  "coef = np.where((y == -1) & (x >= p['margin']), 0.0, y.astype(np.float64))", VJP,
  note='F.hinge_embedding_loss backward at x == margin, y == -1: 0.3.1 zeroes only input.gt(margin)')

CV = 'ops/conv_ops.py'
M('hb-pool-out-trim', CV, "    if p and (out - 1) * s >= size + p:\n        out -= 1\n    return out",
  "    if p and (out - 1) * s > size + p:\n        out -= 1\n    return out", BS,
  note='F.max_pool2d(x 5x5, 3, 3, 1, ceil_mode=True): THNN trims the window starting in the padding (2x2)')
M('hb-maxpool-nan', CV, "        if nan.any():", "        if False:", OF,
  note='F.max_pool2d over a window holding NaN: THNN returns NaN and its index')
M('hb-bn-running-var-biased', CV, "rv[...] = (momentum * unbiased + (1 - momentum) * rv)",
  "rv[...] = (momentum * var + (1 - momentum) * rv)", OF,
  note='F.batch_norm(training=True) updates running_var with the unbiased variance')
M('hb-reflect-pad-bound', CV, "if mode == 'reflect' and (lo >= a.shape[d] or hi >= a.shape[d]):",
  "if mode == 'reflect' and (lo > a.shape[d] or hi > a.shape[d]):", FE,
  note="F.pad(x, (3, 0), 'reflect') on width 3 raises in THNN (pad < input size)")
M('hb-tconv-outpad-check', CV, "if output_padding[d] >= max(stride[d], dilation[d]) or output_padding[d] < 0:",
  "if output_padding[d] > max(stride[d], dilation[d]) or output_padding[d] < 0:", FE,
  note='F.conv_transpose2d(output_padding=stride) raises in 0.3.1')

LO = 'ops/nn_loss_ops.py'
M('hb-multimargin-vjp-tie', LO, "    active = (other & (z > 0)).astype(np.float64)",
  "    active = (other & (z >= 0)).astype(np.float64)", VJP,
  note='F.multi_margin_loss backward where margin - x[y] + x[d] == 0: THNN z > 0 only')

RN = 'ops/rnn_ops.py'
M('hb-lstm-back-prev-c', RN, "np.multiply(plan.prev_rows(cs, c0), f, P[2])",
  "np.multiply(cs, f, P[2])", VJP, note='nn.LSTM backward: d forget gate uses c_{t-1}, not c_t')
M('hb-gru-back-z', RN, "            np.multiply(dy, zt, dy)\n            np.add(dho, dy, dho)",
  "            np.multiply(dy, rt, dy)\n            np.add(dho, dy, dho)", VJP,
  note='nn.GRU backward: dh_prev gets dh * z directly')
M('hb-rnn-relu-D', RN, "'D': (hs > 0).astype(dt) if relu", "'D': (hs >= 0).astype(dt) if relu", VJP,
  note="nn.RNN(nonlinearity='relu') backward passes no gradient where the step output is 0")

F = 'nn/functional.py'
M('hb-f-implicit-dim-3d', F, "    if ndim == 0 or ndim == 1 or ndim == 3:\n        return 0",
  "    if ndim == 0 or ndim == 1:\n        return 0", FE,
  note='F.softmax(x) on 3-D input picks dim 0 in 0.3.1')
M('hb-f-linear-fast-shape', F, "if x.ndim == 2 and w.ndim == 2 and b.ndim == 1 and x.shape[1] == w.shape[1] \\\n",
  "if x.ndim == 2 and w.ndim == 2 and b.ndim == 1 \\\n", FP,
  note="F.linear / nn.Linear with a wrong in_features: the fast path forgets the shape check "
       "(0.3's addmm 'size mismatch' error)")
M('hb-f-embedding-volatile', F, "    w_in = weight\n    if isinstance(input, Variable) and input.volatile",
  "    w_in = weight\n    if False and isinstance(input, Variable) and input.volatile", FE,
  note='F.embedding with volatile indices gives a volatile result')
M('hb-f-poisson-full-tie', F, "st = np.where(a > 1, a * np.log(a) - a + 0.5 * np.log(2 * math.pi * a), 0.0)",
  "st = np.where(a >= 1, a * np.log(a) - a + 0.5 * np.log(2 * math.pi * a), 0.0)", OF,
  note='F.poisson_nll_loss(full=True): Stirling term masked where target <= 1 (0.3.1)')
M('hb-f-dropout-scale', F, "    return noise / dtype.type(1 - p)", "    return noise", OF,
  note='F.dropout(x, 0.5, training=True) scales kept elements by 1 / (1 - p)')
M('hb-f-check-p-one', F, "    if p < 0 or p > 1:\n        raise ValueError('dropout probability",
  "    if p < 0 or p >= 1:\n        raise ValueError('dropout probability", FE,
  note='F.dropout(x, p=1) is allowed in 0.3.1 (all zeros)')

VOL = 'nn/_functional_volumetric.py'
M('hb-avgpool3d-border', VOL, "        end = min(start + k, n_in + p)\n", "        end = start + k\n", OF,
  note='F.avg_pool3d(ceil_mode=True, count_include_pad=True): window clipped at the padded border')
M('hb-unpool-outsize-range', VOL, "if not (min_size < output_size[d] < max_size):",
  "if not (min_size <= output_size[d] <= max_size):", FE,
  note='F.max_unpool2d(output_size=default - stride) raises in 0.3.1 (strict bounds)')

MOD = 'nn/modules/module.py'
M('hb-module-train-propagate', MOD, "            module.train(mode)", "            module.train()", FE,
  note='model.eval() puts every submodule in eval mode')
M('hb-named-params-memo', MOD, "            if p is not None and p not in memo:",
  "            if p is not None:", FE,
  note='a parameter shared by two submodules is listed once by parameters()')
M('hb-state-dict-keepvars', MOD, "destination[prefix + name] = param if keep_vars else param.data",
  "destination[prefix + name] = param.data if keep_vars else param", FE,
  note='module.state_dict() holds tensors, keep_vars=True the Parameters')
M('hb-embedding-pad-zero', 'nn/modules/sparse.py',
  "            self.weight.data[self.padding_idx].fill_(0)", "            pass", OF,
  note='nn.Embedding(padding_idx=k) initialises row k to zeros')
RM = 'nn/modules/rnn.py'
M('hb-rnn-layer-dropout-eval', RM, "layer_input = _dropout(layer_input, dropout, train)",
  "layer_input = _dropout(layer_input, dropout, True)", FE,
  note='nn.LSTM(dropout=p) in eval mode applies no dropout between layers')
M('hb-rnn-batch-first-hx', RM, "max_batch_size = input.size(0) if self.batch_first else input.size(1)",
  "max_batch_size = input.size(1)", FE,
  note='nn.GRU(batch_first=True) default hidden state has the batch size of dim 0')

EN = 'autograd/engine.py'
M('hb-en-general-sum', EN, "buf[nr] = g if old is None else old + g", "buf[nr] = g", VJP,
  note='general loop (hooks / create_graph / autograd.grad): two paths into one node add up')
M('hb-en-hot-1saved-version', EN,
  "                            if t._version[0] != v:\n                                raise RuntimeError(MODIFIED_MESSAGE)\n                            node.inputs = (t._a,)",
  "                            node.inputs = (t._a,)", FP,
  note='hot loop: a one-saved-input node whose input was modified in place must raise')
M('hb-en-capture-leaf', EN, "                if kind == KIND_ACCUMULATE:\n                    continue",
  "                if kind == KIND_ACCUMULATE:\n                    pass", VJP,
  note='autograd.grad(y, [x]) leaves x.grad untouched')
M('hb-en-general-release', EN, "        if not retain_graph:\n            node._release()",
  "        if False:\n            node._release()", FP,
  note='general loop: a second backward through a custom Function without retain_graph raises')

FN = 'autograd/function.py'
M('hb-fn-mark-dirty-version', FN, "        dirty.add(id(t))\n        var._data._version[0] += 1",
  "        dirty.add(id(t))", IP, note='ctx.mark_dirty(x) bumps the version of x')
M('hb-fn-apply-volatile', FN, "        executable = requires and not volatile\n        _set_flags(ctx,",
  "        executable = requires\n        _set_flags(ctx,", FE,
  note='Fn.apply with a volatile input records no graph (volatile output)')

VA = 'autograd/variable.py'
M('hb-var-detach-volatile', VA, "return Variable._make(self._data, volatile=self._volatile)",
  "return Variable._make(self._data, volatile=False)", FE,
  note='volatile_var.detach() stays volatile')
M('hb-var-retain-accumulate', VA, "                var._grad = var._grad + grad",
  "                var._grad = grad", VJP,
  note='retain_grad: a second backward accumulates into the non-leaf .grad')

DP = 'ops/dispatch.py'
M('hb-dp-inplace-requires-other', DP,
  "    requires = any(v.requires_grad for v in inputs)\n    volatile = any(v._volatile for v in inputs)\n    if self._grad_fn",
  "    requires = self.requires_grad\n    volatile = any(v._volatile for v in inputs)\n    if self._grad_fn", IP,
  note='x.add_(w) with x not requiring grad and w requiring grad records a graph on x')
M('hb-dp-cv1-differentiable', DP,
  "if volatile or (fn is None and not v0._requires_grad) or not op.differentiable:",
  "if volatile or (fn is None and not v0._requires_grad):", FP,
  note='one-frame fast path: a non-differentiable op (comparison with a number) gets no grad_fn')
M('hb-dp-view-chain', DP, "out._view_chain = v0._view_chain + ((op, params),)",
  "out._view_chain = ((op, params),)", IP, nth=0,
  note='in-place op through a view of a view: the base gets the right elements (CopySlices)')

BV = 'ops/backend_variable.py'
M('hb-bv-sum-tuple-order', BV, "for d in sorted(dim, reverse=True):", "for d in sorted(dim):", VJP,
  note='create_graph backward summing over several dims (keepdim=False) sums the right dims')

BN = 'backend_numpy.py'
M('hb-bn-expand-scale', BN, "out.fill(v if scale is None else v * scale)", "out.fill(v)", VJP,
  note="gradient of a full reduction with a scale (mean's backward)")
M('hb-bn-index-put-basic', BN, "    if _is_basic_key(key):\n        out[key] = g",
  "    if True:\n        out[key] = g", VJP,
  note='x[[0, 0]] backward: repeated advanced indices accumulate')

T = 'tensor.py'
M('hb-t-type-same', T, "        if cls is type(self):\n            return self",
  "        if cls is type(self):\n            return type(self)._wrap(self._a.copy())", FE,
  note="x.type('torch.FloatTensor') on a FloatTensor returns x itself")
M('hb-t-contiguous-self', T, "        if self.is_contiguous():\n            return self",
  "        if self.is_contiguous():\n            return self.clone()", FE,
  note='a contiguous tensor.contiguous() is the same object, sharing memory')

ST = 'storage.py'
M('hb-st-neg-index', ST,
  "            if i < 0:\n                i += n\n            if not 0 <= i < n:\n                raise IndexError('index %d out of range for storage of size %d' % (i, n))\n            return self._a[i].item()",
  "            if not 0 <= i < n:\n                raise IndexError('index %d out of range for storage of size %d' % (i, n))\n            return self._a[i].item()", FE,
  note='storage[-1] is the last element (THPStorage wraps negative indices)')

OPT = 'optim/'
M('hb-sgd-wd-inplace', OPT + 'sgd.py', "                    _add_scaled_(d_p, weight_decay, p.data)",
  "                    d_p = d_p.add(weight_decay, p.data)", IP,
  note='SGD(weight_decay=w).step() adds w * p into p.grad in place (0.3 d_p.add_)')
M('hb-sgd-dampening', OPT + 'sgd.py', "buf.mul_(momentum).add_(1 - dampening, d_p)",
  "buf.mul_(momentum).add_(1, d_p)", OF, note='SGD(momentum, dampening=0.5) from the second step')
M('hb-adam-amsgrad', OPT + 'adam.py', "                denom = max_exp_avg_sq.sqrt().add_(group['eps'])",
  "                denom = exp_avg_sq.sqrt().add_(group['eps'])", OF,
  note='Adam(amsgrad=True) divides by the running max of v')
M('hb-rmsprop-centered', OPT + 'rmsprop.py', "square_avg.addcmul(-1, grad_avg, grad_avg)",
  "square_avg.addcmul(1, grad_avg, grad_avg)", OF, note='RMSprop(centered=True): v - m^2')
M('hb-zero-grad-inplace', 'optim/optimizer.py', "                    if grad.volatile:\n                        grad.data.zero_()",
  "                    if grad.volatile:\n                        p.grad = Variable(self._zeros_like(grad.data))", IP,
  note='optimizer.zero_grad() zeroes a volatile .grad in place (same Variable object)')
