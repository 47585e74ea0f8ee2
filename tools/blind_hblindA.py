"""hblindA's blind mutant batch over the tensor-op files (written from the package code and
0.3.1's sources only, before reading compat_tests/; committed before it was run).

Same shape as ``tools/mutation_catalogue.py``: ``M(id, file, original, mutated, category, ...)``
with ``file`` relative to ``legacy_autograd/``.
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

# ============================================================================ ops/arithmetic.py
A = 'ops/arithmetic.py'
M('ha-sub-alpha-fwd', A, "'sub_alpha', lambda a, b, alpha: a - alpha * b",
  "'sub_alpha', lambda a, b, alpha: a - b", OF, note='x.sub(2, y) ignores the 2')
M('ha-div-vjp-other', A, "-g * ctx.inputs[0] / (ctx.inputs[1] * ctx.inputs[1])",
  "-g * ctx.inputs[0] / ctx.inputs[1]", VJP, note='x / y: gradient of y drops a 1/y')
M('ha-reciprocal-vjp-sign', A, "(-g * ctx.output * ctx.output,)", "(g * ctx.output * ctx.output,)", VJP)
M('ha-pow-one-zero-grad', A, "    if e == 0:\n        # a constant zero", "    if e <= 1:\n        # a constant zero",
  VJP, note='x.pow(1) and x.pow(0.5) get a zero gradient')
M('ha-int-div-zero', A, "    if np.any(b == 0):\n        raise RuntimeError('ZeroDivisionError: integer division by zero')\n    q = np.floor_divide(a, b)",
  "    q = np.floor_divide(a, b)", FE, note='LongTensor / 0 no longer raises (numpy gives 0)')
M('ha-rdiv-tensor-order', A, "    return div(filled, self)", "    return div(self, filled)", FE,
  note='2 / tensor computed as tensor / 2')
M('ha-missing-other-text', A, "missing 1 required positional argument: \"other\"",
  "missing 1 required positional argument: \"value\"", FE, note='x.add() error text')
M('ha-fast-scalar-int-tensor', A, "elif ts in TENSOR_CLASS_SET and self._info.is_floating:",
  "elif ts in TENSOR_CLASS_SET:", FP,
  note='LongTensor * 2.5 skips scalar_for (TH truncates 2.5 to 2)')
M('ha-fast-var-iadd-new', A, "                    if inplace:\n                        return call_inplace(scalar_op, [self], {'other': float(other)})",
  "                    if inplace:\n                        return call_variable1(scalar_op, self, {'other': float(other)})", IP,
  note='v += 2 / v.mul_(2) on a float Variable returns a new Variable, v unchanged')
M('ha-pow-tensor-vjp-base', A, "ga = g * b * B.pow(a, b - 1)", "ga = g * B.pow(a, b - 1)", VJP,
  note='x.pow(y) gradient of x drops the factor y')

# ============================================================================ ops/pointwise.py
P = 'ops/pointwise.py'
M('hp-round-half', P, "np.abs(a - t) >= 0.5", "np.abs(a - t) > 0.5", OF,
  note='round(2.5) = 2 (C round: halves away from zero, 3)')
M('hp-rsqrt-vjp-power', P, "(g * (-0.5) * ctx.B.pow(ctx.output, 3),)", "(g * (-0.5) * ctx.B.pow(ctx.output, 2),)", VJP)
M('hp-log1p-vjp', P, "(g / (ctx.inputs[0] + 1),)", "(g / ctx.inputs[0],)", VJP)
M('hp-clamp-max-vjp-tie', P, "        keep = x < hi\n", "        keep = x <= hi\n", VJP,
  note='clamp(max=m) passes the gradient at x == m (0.3 CminConstant: only x < m)')
M('hp-remainder-vjp-trunc', P, "            -g * ctx.B.floor(a / b) if ctx.needs[1] else None)",
  "            -g * ctx.B.trunc(a / b) if ctx.needs[1] else None)", VJP,
  note='x.remainder(y): gradient of y with trunc instead of floor (negative quotients)')
M('hp-lerp-vjp-self', P, "(g * (1.0 - w) if ctx.needs[0] else None,", "(g if ctx.needs[0] else None,", VJP)
M('hp-addcmul-vjp-value', P, "g * t2 * v if ctx.needs[1] else None,", "g * t2 if ctx.needs[1] else None,", VJP)
M('hp-fmod-int-zero', P, "def _fmod_fwd(a, b):\n    if a.dtype.kind in 'iu':\n        _check_int_divisor(b)\n",
  "def _fmod_fwd(a, b):\n", FE, note='LongTensor.fmod(0) no longer raises')
M('hp-clamp-max-zero', P, "    if max is not None:\n        params['max'] = scalar_for(self, max)",
  "    if max:\n        params['max'] = scalar_for(self, max)", FE,
  note='clamp(max=0) / clamp(-1, 0) lose their max bound')
M('hp-atan2-vjp-other-sign', P, "            -g * a / denom if ctx.needs[1] else None)",
  "            g * a / denom if ctx.needs[1] else None)", VJP)
M('hp-sqrt-vjp-precedence', P, "return (g / (ctx.output * 2),)", "return (g / ctx.output * 2,)", VJP)
M('hp-frac-floor', P, "    return a - np.trunc(a)", "    return a - np.floor(a)", OF,
  note='frac(-1.25) = 0.75 (TH: -0.25)')
M('hp-unary-inplace-name', P, "        _float_only(self, name + ('_' if inplace else ''))",
  "        _float_only(self, name)", FE, note="LongTensor.exp_() error names 'exp', not 'exp_'")

# ============================================================================ ops/reduction.py
R = 'ops/reduction.py'
M('hr-median-dim-even', R, "index=_rank_index(a, d, (a.shape[d] - 1) // 2)",
  "index=_rank_index(a, d, a.shape[d] // 2)", OF,
  note='median(dim) of an even count takes the upper middle')
M('hr-mode-tie-largest', R, "    best = np.argmax(freq, axis=1)\n",
  "    best = freq.shape[1] - 1 - np.argmax(freq[:, ::-1], axis=1)\n", OF,
  note='mode with equally frequent values picks the largest (TH: the smallest)')
M('hr-kthvalue-bool-dim', R, "    if isinstance(dim, bool):       # 0.3's kthvalue(k, keepdim) overload\n        dim, keepdim = -1, dim",
  "    if isinstance(dim, bool):       # 0.3's kthvalue(k, keepdim) overload\n        dim, keepdim = 0, dim", FE)
M('hr-std-arg-order', R, "def std_(self, dim=None, unbiased=True, keepdim=False):",
  "def std_(self, dim=None, keepdim=False, unbiased=True):", FE,
  note='x.std(1, False) takes False as keepdim')
M('hr-cumsum-acc', R, "        return fn(a, axis=dim, dtype=_acc_dtype(a)).astype(a.dtype, copy=False)",
  "        return fn(a, axis=dim).astype(a.dtype, copy=False)", OF,
  note='float32 cumsum accumulated in float32 (TH: accreal double)')
M('hr-renorm-tie', R, "factor = np.where(norms > maxnorm, maxnorm / (norms + 1e-7), 1.0)",
  "factor = np.where(norms >= maxnorm, maxnorm / (norms + 1e-7), 1.0)", OF,
  note='renorm rescales a slice whose norm equals maxnorm exactly')
M('hr-dim-reduce-keepdim-int', R, "params.update(dim=d, keepdim=_check_bool(keepdim, 'keepdim'))",
  "params.update(dim=d, keepdim=bool(keepdim))", FE, note='x.sum(1, 1) accepted (0.3: TypeError)')
M('hr-sum-dim-vjp-keepdim', R, "lambda ctx, g: (_expand_back(ctx, g, ctx.params['dim'], ctx.params['keepdim']),),\n    grad_fn='SumBackward1'",
  "lambda ctx, g: (_expand_back(ctx, g, ctx.params['dim'], False),),\n    grad_fn='SumBackward1'", VJP)

# ============================================================================ ops/shape.py
S = 'ops/shape.py'
M('hh-permute-vjp-inverse', S, "(ctx.B.permute(g, _inv_perm(ctx.params['dims'])),)",
  "(ctx.B.permute(g, ctx.params['dims']),)", VJP, note='permute(2, 0, 1) backward with the forward order')
M('hh-split-last-size', S, "    return [(s, min(split_size, n - s)) for s in range(0, n, split_size)]",
  "    return [(s, split_size) for s in range(0, n, split_size)]", VJP,
  note='split/chunk: an unused short last piece gets a zero gradient of the full piece size')
M('hh-unfold-size-eq', S, "    if size < 0 or size > t._a.shape[d]:", "    if size < 0 or size >= t._a.shape[d]:", FE,
  note='x.unfold(d, x.size(d), 1) refused')
M('hh-select-vector-negative', S, "        if index < 0 or index >= t._a.shape[0]:\n            raise RuntimeError('invalid argument 2: out of range')",
  "        if index >= t._a.shape[0]:\n            raise RuntimeError('invalid argument 2: out of range')", FE,
  note='vector.select(0, -1) gives the last element (TH get1d refused it)')
M('hh-stack-no-end', S, "    d = wrap_dim(dim, tensor_of(seq[0]).dim(), allow_end=True)\n    return cat(",
  "    d = wrap_dim(dim, tensor_of(seq[0]).dim())\n    return cat(", FE,
  note='torch.stack(seq, -1) stacks before the last dim')
M('hh-triu-vjp-lower', S, "lambda ctx, g: (g * ctx.B.mask(_tri_mask(ctx.shapes[0][0], ctx.params['diagonal'], False), g),)",
  "lambda ctx, g: (g * ctx.B.mask(_tri_mask(ctx.shapes[0][0], -ctx.params['diagonal'], False), g),)", VJP,
  note='triu(k) backward masks with triu(-k)')

# ============================================================================ ops/indexing.py
I = 'ops/indexing.py'
M('hi-masked-fill-vjp', I, "    return (g * ctx.B.mask(~ctx.params['mask'], g),)", "    return (g,)", VJP,
  note='masked_fill_ passes the gradient of the filled entries')
M('hi-scatter-src-larger', I, "    if sshape != index.shape:\n        r = B.index_put_zeros", "    if False:\n        r = B.index_put_zeros", VJP,
  note='scatter_ with a source larger than the index: wrong gradient shape for the source')
M('hi-scatter-add-text', I, "'Invalid index in %s' % ('scatterAdd' if", "'Invalid index in %s' % ('scatter_add' if", FE)
M('hi-put-accumulate-vjp', I, "gs = g if p['accumulate'] else g * B.mask(", "gs = g * B.mask(", VJP,
  note='put_(idx, src, accumulate=True): the kept entries lose their gradient')
M('hi-copy-vjp-fallback', I, "gv = g if _broadcastable(vshape, shape) else B.reshape(g, vshape)", "gv = g", VJP,
  note='x.copy_(y) with y of the same numel but another shape: gradient of y in x\'s shape')

# ============================================================================ ops/comparison.py
CMP = 'ops/comparison.py'
M('hq-ge-strict', CMP, "GE = _register_comparison('ge', np.greater_equal)", "GE = _register_comparison('ge', np.greater)", OF)
M('hq-byte-all-empty', CMP, "    return bool(np.all(self._a))", "    return bool(self._a.size and np.all(self._a))", OF,
  note='ByteTensor().all() of an empty tensor is False (0.3: True)')
M('hq-scalar-no-conversion', CMP, "        params = {'other': scalar_for(self, other)}\n        if inplace:\n            return call_inplace(ops.scalar_",
  "        params = {'other': other}\n        if inplace:\n            return call_inplace(ops.scalar_", FE,
  note='LongTensor.eq(1.5) compares with 1.5 (TH: with 1)')

# ============================================================================ ops/linalg.py
LI = 'ops/linalg.py'
M('hl-addmm-vjp-beta', LI, "    return (_maybe_multiply(g, beta) if ctx.needs[0] else None,\n            _maybe_multiply(B.mm(g, B.t(m2)), alpha)",
  "    return (g if ctx.needs[0] else None,\n            _maybe_multiply(B.mm(g, B.t(m2)), alpha)", VJP)
M('hl-dot-vjp-shape', LI, "    return (g * (b if sb == sa else B.reshape(b, sa)) if ctx.needs[0] else None,",
  "    return (g * b if ctx.needs[0] else None,", VJP,
  note='dot of a (2, 2) and a (4,) Variable: gradient of the first in the other\'s shape')
M('hl-bmm-batch-check', LI, "    if a.shape[0] != b.shape[0] or a.shape[2] != b.shape[1]:\n        raise RuntimeError('size mismatch, batch1",
  "    if a.shape[2] != b.shape[1]:\n        raise RuntimeError('size mismatch, batch1", FE,
  note='bmm of batch 1 with batch 2 broadcast instead of refused')
M('hl-mm-direct-type', LI, "            and type(self._data) is type(mat2._data):",
  "            :", FP, note='mm of a Float and a Double Variable accepted by the fast path')

# ============================================================================ ops/blas_ops.py
BL = 'ops/blas_ops.py'
M('hb-addmv-vjp-beta', BL, "    return (_maybe_multiply(g, beta) if ctx.needs[0] else None,\n            _outer(ctx, g, v) * alpha",
  "    return (g if ctx.needs[0] else None,\n            _outer(ctx, g, v) * alpha", VJP)
M('hb-addmv-inplace-text', BL, "else 'size mismatch, t: %s, mat: %s' % _th_sizes(c, a)),",
  "else 'size mismatch, t: %s, mat: %s' % _th_sizes(a, c)),", FE)
M('hb-variable-renorm-dim', BL, "    t = self.transpose(dim, 0)\n    flat", "    t = self\n    flat", OF,
  note='Variable.renorm(p, 1, m) renormalises the rows, not the columns')
M('hb-baddbmm-vjp-alpha', BL, "            _bmm(ctx, B.transpose(b1, 1, 2), g) * alpha if ctx.needs[2] else None)\n\n\nBADDBMM",
  "            _bmm(ctx, B.transpose(b1, 1, 2), g) if ctx.needs[2] else None)\n\n\nBADDBMM", VJP)

# ============================================================================ ops/lapack.py
LA = 'ops/lapack.py'
M('hk-inverse-vjp-transpose', LA, "(-B.mm(B.t(inv), B.mm(g, B.t(inv))),)", "(-B.mm(inv, B.mm(g, inv)),)", VJP,
  note='inverse gradient without the transposes (equal only for symmetric matrices)')
M('hk-gesv-vjp-transpose', LA, "    gb = np.linalg.solve(a.T, g)\n", "    gb = np.linalg.solve(a, g)\n", VJP,
  note='gesv gradient solves with A instead of A^T')
M('hk-potrf-vjp-transpose', LA, "    s = np.linalg.solve(lo.T, s.T)\n", "    s = np.linalg.solve(lo.T, s)\n", VJP)
M('hk-symeig-triangle', LA, "    e = np.linalg.eigvalsh(a, UPLO='U' if upper else 'L')", "    e = np.linalg.eigvalsh(a, UPLO='L')", OF,
  note='symeig() eigenvalues read from the lower triangle (0.3: upper by default)')

# ============================================================================ ops/creation.py
CR = 'ops/creation.py'
M('hn-eye-zero', CR, "    if n <= 0 or m <= 0:\n        raise RuntimeError('invalid argument 1: invalid number of rows",
  "    if n < 0 or m < 0:\n        raise RuntimeError('invalid argument 1: invalid number of rows", FE)
M('hn-sizes-zero-cut', CR, "        if type(s) is not int or s <= 0:\n            ok = False",
  "        if type(s) is not int or s < 0:\n            ok = False", FE,
  note='torch.zeros(2, 0, 3) is empty (0.3.1 TH: cut at the 0, size (2,))')
M('hn-linspace-f64-steps', CR, "vals = t(start) + step * np.arange(steps, dtype=cls._dtype)",
  "vals = t(start) + step * np.arange(steps, dtype=np.float64)", OF,
  note='linspace of a FloatTensor computed in double (TH: in float)')

# ============================================================================ ops/schema.py
SC = 'ops/schema.py'
M('hs-out-tuple-length', SC, "if not isinstance(out, (tuple, list)) or len(out) != len(result):",
  "if not isinstance(out, (tuple, list)):", OUT, note='torch.max(x, 1, out=(v,)) fills one and drops the rest')
M('hs-out-variable-error', SC, "    if isinstance(out, Variable):\n        raise RuntimeError('out= is not supported for Variables in 0.3 (got a Variable)')\n",
  "", OUT, note='out=<Variable> gives a TypeError of another text')
M('hs-inplace-first-default', SC, "        if i >= first_default:\n", "        if i > first_default:\n", IP,
  note='generated in-place variants: the first defaulted parameter becomes required (x.clamp_(max=1))')
M('hs-out-write-copy', SC, "    if out._a.shape == result._a.shape:\n        out._a[...] = result._a\n    else:\n        out._a = result._a.copy()\n    return out",
  "    if out._a.shape == result._a.shape:\n        out._a[...] = result._a\n    else:\n        out._a = result._a.copy()\n    return result",
  OUT, note='out= returns the result, not out (values equal, identity not)')

# ============================================================================ ops/_args.py / _common.py
AG = 'ops/_args.py'
M('hg-int-list-pos', AG, "% (fname, argname) if fname else \"argument '%s'\" % argname\n            raise TypeError(\"%s must be tuple of ints, but found element of type %s at pos %d\"\n                            % (head, errors.tp_name(s), i + 1))",
  "% (fname, argname) if fname else \"argument '%s'\" % argname\n            raise TypeError(\"%s must be tuple of ints, but found element of type %s at pos %d\"\n                            % (head, errors.tp_name(s), i))",
  FE, note='x.view(2, 3.0): pos counted from 0')
M('hg-int-arg-bool', AG, "    if isinstance(value, numbers.Integral) and not isinstance(value, _BOOLS):\n        return int(value)\n    raise arg_type_error(fname, argname, 'int', value, pos)",
  "    if isinstance(value, numbers.Integral):\n        return int(value)\n    raise arg_type_error(fname, argname, 'int', value, pos)",
  FE, note='x.sum(True) / torch.eye(True) accepted as 1')
C = 'ops/_common.py'
M('hc-broadcast-error-order', C, "            raise errors.broadcast_error(da, db, i)", "            raise errors.broadcast_error(db, da, i)", FE,
  note="'The size of tensor a (4) must match the size of tensor b (3)' with a and b swapped")
M('hc-fallback-zero-size', C, "        if a.size == b.size and a.size > 0:", "        if a.size == b.size:", BS,
  note='(0, 3) + (3, 0): no broadcasting error, the same-numel fallback')
