"""hblindB's second blind mutant batch (written from the package code before running it; the
test files for these spots were not read for it)."""
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

# ============================================================================ hblindB (blind batch 2)
NN = 'ops/nn_ops.py'
M('hb2-embedding-freq', NN, "            scale = scale / counts[idx]", "            scale = scale * counts[idx]", VJP,
  note='F.embedding(scale_grad_by_freq=True) divides each row gradient by its index count')
M('hb2-bilinear-bias-grad', NN, "        gb = B.sum(g, 0)", "        gb = B.sum(g, 1)", VJP,
  note='F.bilinear bias gradient sums over the batch')
M('hb2-cosine-emb-margin', NN, "np.where((yv == -1) & (cos_v > p['margin']), 1.0, 0.0)",
  "np.where((yv == -1) & (cos_v >= p['margin']), 1.0, 0.0)", VJP,
  note='F.cosine_embedding_loss backward at cos == margin for y == -1: no gradient')
M('hb2-bce-weight-target', NN, "        gt = _as_target_grad(B, gt if w is None else gt * w, t0)",
  "        gt = _as_target_grad(B, gt, t0)", VJP,
  note='F.binary_cross_entropy with weight: the target gradient is weighted too')
CV = 'ops/conv_ops.py'
M('hb2-bn-eval-grad', CV, "        else:\n            gx = g * scale", "        else:\n            gx = g * invstd", VJP,
  note='F.batch_norm(training=False) with weight: input gradient is g * weight * invstd')
M('hb2-bn-mean-momentum', CV, "rm[...] = (momentum * mean.astype(np.float64) + (1 - momentum) * rm)",
  "rm[...] = ((1 - momentum) * mean.astype(np.float64) + momentum * rm)", OF,
  note='running_mean = momentum * batch mean + (1 - momentum) * running_mean')
M('hb2-replicate-back-after', CV, "                core[sl(n - 1, n)] += out[sl(a + n, a + n + b)].sum(axis=d, keepdims=True)",
  "                core[sl(n - 1, n)] += out[sl(a + n - 1, a + n + b - 1)].sum(axis=d, keepdims=True)", VJP,
  note="F.pad(x, ..., 'replicate') gradient of the after-padding")
M('hb2-conv-bias-check', CV, "        if bs != (n_out,):", "        if bs[0] != n_out:", FE,
  note='F.conv2d with a 2-D bias of the right numel raises 0.3.1 text')
RN = 'ops/rnn_ops.py'
M('hb2-rnn-bias-hh-grad', RN, "gbh = gbi.copy() if dGh is dGi and gbi is not None else dGh.sum(0)",
  "gbh = gbi.copy() if gbi is not None else dGh.sum(0)", VJP,
  note='nn.GRU: the b_hh gradient differs from the b_ih one (r * dn in the n gate)')
F = 'nn/functional.py'
M('hb2-nll-3d-view', F, "        return out if reduce else out.view(*out_size)",
  "        return out", BS, note='F.nll_loss(3-D input, reduce=False) returns (N, L)')
M('hb2-bce-weight-size-warn', F, "    if not (target.size() == input.size()):\n        warnings.warn('Using a target size",
  "    if False:\n        warnings.warn('Using a target size", FE,
  note='F.binary_cross_entropy warns on a target of another size (same numel)')
M('hb2-softmin-neg', F, "    return _call(_ops.SOFTMAX, [-input], {'dim': dim})",
  "    return _call(_ops.SOFTMAX, [input], {'dim': dim})", OF, note='F.softmin is softmax(-x)')
VOL = 'nn/_functional_volumetric.py'
M('hb2-maxpool3d-pack', VOL, "(ky.astype(np.int64) << 8) + (kx.astype(np.int64) << 16)",
  "(kx.astype(np.int64) << 8) + (ky.astype(np.int64) << 16)", OF,
  note='F.max_pool3d(return_indices=True) packs z + 256 y + 65536 x')
M('hb2-lp-pool-kernel', VOL, "    return out.mul(kernel_size).pow(1. / norm_type)",
  "    return out.pow(1. / norm_type)", OF, note='F.lp_pool1d is the window sum, not mean, to 1/p')
MODS = 'nn/modules/'
M('hb2-container-neg-index', MODS + 'container.py', "    return idx + size if idx < 0 else idx",
  "    return idx", FE, note='Sequential(a, b)[-1] is b')
M('hb2-conv-reset-stdv', MODS + 'conv.py', "        for k in self.kernel_size:\n            n *= k",
  "        for k in self.kernel_size:\n            n += k", OF,
  note='nn.Conv2d init: uniform(+-1/sqrt(in_channels * kh * kw)) from the seed')
M('hb2-instancenorm-stats', MODS + 'instancenorm.py', "        self.running_mean.copy_(running_mean.view(b, c).mean(0, keepdim=False))",
  "        self.running_mean.copy_(running_mean.view(b, c)[0])", OF,
  note='InstanceNorm running_mean averages the per-instance updates')
EN = 'autograd/engine.py'
M('hb2-post-hook-count', EN, "        if len(res) != len(gi):", "        if len(res) < len(gi):", FE,
  note='a grad_fn hook returning too many values raises 0.3.1 text')
FN = 'autograd/function.py'
M('hb2-fn-nondiff', FN, "        var._grad_fn = None\n        var._output_nr = 0\n\n\ndef _save_variables",
  "        var._output_nr = 0\n\n\ndef _save_variables", FE,
  note='ctx.mark_non_differentiable(out): that output does not require grad')
VA = 'autograd/variable.py'
M('hb2-var-hook-volatile', VA, "        if self._volatile:\n            raise RuntimeError('cannot register a hook on a volatile variable')",
  "        if False:\n            raise RuntimeError('cannot register a hook on a volatile variable')", FE,
  note='register_hook on a volatile Variable raises')
DP = 'ops/dispatch.py'
M('hb2-cv2-needs', DP, "node.needs = (e[0] is not None, f[0] is not None) if fn is None or gn is None else _NEEDS_2",
  "node.needs = _NEEDS_2", FP,
  note='x * c (c a constant Variable, same shape): needs_input_grad of the node')
T = 'tensor.py'
M('hb2-t-stride-dim', T, "        st = tuple(s // a.itemsize for s in a.strides) if a.size else ()",
  "        st = tuple(s for s in a.strides) if a.size else ()", FE,
  note='tensor.stride() in elements, not bytes')
ST = 'storage.py'
M('hb2-st-resize-keep', ST, "        k = min(int(size), len(self._a))\n        new[:k] = self._a[:k]",
  "        k = min(int(size), len(self._a))", IP, note='storage.resize_(n) keeps the first elements')
BN = 'backend_numpy.py'
M('hb2-narrow-pad-start', BN, "    idx[dim] = slice(start, start + g.shape[dim])",
  "    idx[dim] = slice(0, g.shape[dim])", VJP, note='x.narrow(d, s, n) backward places g at s')
OPT = 'optim/'
M('hb2-multistep-bisect', OPT + 'lr_scheduler.py', "bisect_right(self.milestones, self.last_epoch)",
  "__import__('bisect').bisect_left(self.milestones, self.last_epoch)", OF,
  note='MultiStepLR: the decay applies at the milestone epoch itself')
M('hb2-adamax-eps', OPT + 'adamax.py', "torch.max(exp_inf, grad.abs().add_(eps), out=exp_inf)",
  "torch.max(exp_inf, grad.abs(), out=exp_inf)", OF, note='Adamax: u = max(beta2 u, |g| + eps)')
M('hb2-rprop-flip', OPT + 'rprop.py', "                g[flipped] = 0\n", "", OF,
  note='Rprop: a flipped element does not move this step')
M('hb2-add-group-dup', OPT + 'optimizer.py', "        if not param_set.isdisjoint(set(param_group['params'])):",
  "        if False:", FE, note='add_param_group with a parameter of another group raises')
