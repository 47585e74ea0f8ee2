"""The mutant catalogue of ``tools/mutation_campaign.py``.

Each entry is one small behavioural change a careless edit could make to legacy_autograd:
an off-by-one dim, swapped operands, a sign flip, ``<`` for ``<=``, a dropped ``keepdim``, a
wrong default, a skipped ``.copy()``, ``self`` returned instead of a new tensor, a fast path
that forgets a check.  ``M(id, file, original, mutated, category, ...)``: ``file`` is relative
to ``legacy_autograd/``; see :class:`mutation_campaign.Mutant` for the other fields.

Categories: 'op formula' (forward kernel), 'vjp' (backward formula; also the engine's
general gradient routing), 'front-end' (argument parsing, overloads, defaults, keyword names,
error texts), 'in-place', 'out=', 'broadcasting/shape', 'fast path', 'printing',
'grad_fn name'.
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
M('ar-add-alpha-fwd', A, "'add_alpha', lambda a, b, alpha: a + alpha * b",
  "'add_alpha', lambda a, b, alpha: alpha * a + b", OF)
M('ar-add-alpha-vjp', A, "(g, g * ctx.params['alpha'] if ctx.needs[1] else None)",
  "(g, g if ctx.needs[1] else None)", VJP)
M('ar-sub-vjp', A, "(g, -g if ctx.needs[1] else None)", "(g, g if ctx.needs[1] else None)", VJP)
M('ar-sub-alpha-vjp', A, "g * (-ctx.params['alpha'])", "g * ctx.params['alpha']", VJP)
M('ar-mul-scalar-vjp', A, "lambda ctx, g: (g * ctx.params['other'],)", "lambda ctx, g: (g,)", VJP)
M('ar-mul-vjp-swap', A, "(g * ctx.inputs[1] if ctx.needs[0] else None,",
  "(g * ctx.inputs[0] if ctx.needs[0] else None,", VJP)
M('ar-int-div-trunc', A, "fix = (np.remainder(a, b) != 0) & ((a < 0) != (b < 0))",
  "fix = (np.remainder(a, b) != 0) & ((a < 0) == (b < 0))", OF,
  note='integer division rounds toward zero (C), not toward -inf')
M('ar-div-scalar-vjp', A, "(g / ctx.params['other'],)", "(g * ctx.params['other'],)", VJP)
M('ar-pow-square-fast', A, "    if exponent == 2:\n        return np.square(a)",
  "    if exponent >= 2:\n        return np.square(a)", FP)
M('ar-pow-tensor-vjp', A, "gb = g * B.pow(a, b) * B.log(a)", "gb = g * B.pow(a, b - 1) * B.log(a)", VJP)
M('ar-pow-const-vjp', A, "(g * ctx.output * float(np.log(base)),)", "(g * ctx.output * float(base),)",
  VJP)
M('ar-keyword-other-value', A, "        value = 1\n    if other is None:",
  "        value = 2\n    if other is None:", FE, note='x.add(other=y) scales y by 2')
M('ar-alpha-swap', A, "other, value = value, alpha", "other, value = alpha, value", FE)
M('ar-fast-scalar-trunc', A, "return run(scalar_op, [self], {'other': float(other)})",
  "return run(scalar_op, [self], {'other': int(other)})", FP)
M('ar-fast-var-sameshape', A, "if type(d) is type(e) and d._a.shape == e._a.shape:",
  "if type(d) is type(e) and d._a.size == e._a.size:", FP,
  note='same-numel operands of other shapes skip the deprecated pointwise path')
M('ar-fast-tensor-sameshape', A, "elif ts in TENSOR_CLASS_SET and self._a.shape == other._a.shape:",
  "elif ts in TENSOR_CLASS_SET and self._a.size == other._a.size:", FP)
M('ar-fast-int-variable', A, "                if self._data._info.is_floating:\n",
  "                if True:\n", FP, note='an integer Variable op a number takes the float route')
M('ar-rsub', A, "return _add_operator(neg(self), other)", "return _sub_operator(self, other)", FE,
  note='2 - v computed as v - 2')
M('ar-rdiv-variable', A, "return mul(reciprocal(self), other)", "return div(self, other)", FE)
M('ar-imul-not-inplace', A, "'__iadd__': _iadd, '__isub__': _isub, '__imul__': mul_,",
  "'__iadd__': _iadd, '__isub__': _isub, '__imul__': mul,", IP)
M('ar-itruediv-not-inplace', A, "                    '__itruediv__': div_}",
  "                    '__itruediv__': div}", IP)
M('ar-pow-overload-order', A, "overloads=('(float exponent)', '(T exponent)'),",
  "overloads=('(T exponent)', '(float exponent)'),", FE)
M('ar-value-other-overloads', A, "_VALUE_OTHER = ('(float value)', '(T other)', '(float value, T other)')",
  "_VALUE_OTHER = ('(float value)', '(float value, T other)')", FE)
M('ar-pow-const-gradfn', A, "grad_fn='torch.autograd.function.PowConstantBackward'",
  "grad_fn='PowConstantBackward'", GF)

# ============================================================================ ops/pointwise.py
P = 'ops/pointwise.py'
M('pw-rsqrt-abs', P, "return 1.0 / np.sqrt(a)", "return 1.0 / np.sqrt(np.abs(a))", OF,
  note='rsqrt of a negative number no longer nan')
M('pw-clamp-nan-bound-copy', P, "    if bound != bound:\n        return a.copy()",
  "    if bound != bound:\n        return a", OF, note='clamp(nan bound) returns its input array')
M('pw-clamp-signed-zero', P, "if bound == 0 and a.dtype.kind == 'f':",
  "if bound == 0 and a.dtype.kind == 'i':", FP, note='clamp(min=0) of -0.0 gives +0.0')
M('pw-clamp-one-bound-ufunc', P, "        return _clamp_one_bound(a, min, np.maximum)",
  "        return _clamp_one_bound(a, min, np.minimum)", FP)
M('pw-clamp-order', P,
  "    r = a\n    if max is not None:\n        r = select(a > max, a.dtype.type(max), r)\n"
  "    if min is not None:\n        r = select(a < min, a.dtype.type(min), r)\n    return r\n",
  "    r = a\n    if min is not None:\n        r = select(a < min, a.dtype.type(min), r)\n"
  "    if max is not None:\n        r = select(a > max, a.dtype.type(max), r)\n    return r\n",
  OF, nth=0, note='max wins over min when min > max (the fast forward; nth=1 is the reference copy)')
M('pw-clamp-vjp-bound', P, "keep = (x >= lo) & (x <= hi)", "keep = (x > lo) & (x <= hi)", VJP,
  note='no gradient at x == min')
M('pw-clamp-min-vjp', P, "        keep = x > lo", "        keep = x >= lo", VJP,
  note="clamp(min=m) passes the gradient at x == m (modern torch's rule, not 0.3's CmaxConstant)")
M('pw-remainder-f32', P, "q = np.floor(a / b)", "q = np.trunc(a / b)", OF)
M('pw-addc-value-position', P, "if rest and not is_tensorlike(rest[0]) and value is _OMITTED:",
  "if rest and not is_tensorlike(rest[-1]) and value is _OMITTED:", FE)
M('pw-clamp-min-gradfn', P, "grad_fn='torch.autograd.function.CmaxConstantBackward'",
  "grad_fn='torch.autograd.function.ClampBackward'", GF)
M('pw-exp-on-long', P, "('exp', _quiet(np.exp), _exp_back, 'ExpBackward', 'output', True)",
  "('exp', _quiet(np.exp), _exp_back, 'ExpBackward', 'output', False)", FE,
  note='exp of a LongTensor no longer refused')
M('pw-abs-float-only', P, "('abs', np.abs, _abs_back, 'AbsBackward', 'input', False)",
  "('abs', np.abs, _abs_back, 'AbsBackward', 'input', True)", FE)
M('pw-atan2-inplace', P, "        return call_inplace(ATAN2, [self, other])", "        return call(ATAN2, [self, other])",
  IP)
M('pw-lerp-inplace-bcast', P, "end = _broadcast_operand(self, end, _inplace, name)",
  "end = _broadcast_operand(self, end, False, name)", BS,
  note='x.lerp_(bigger, w) no longer refused')
M('pw-clamp-inplace', P, "    if inplace:\n        return call_inplace(op, [self], params)\n    return call(op, [self], params)\n\n\ndef _clamp_error",
  "    return call(op, [self], params)\n\n\ndef _clamp_error", IP)

# ============================================================================ ops/reduction.py
R = 'ops/reduction.py'
M('rd-expand-back-1d', R, "if dim is not None and not keepdim and len(shape) > 1:",
  "if dim is not None and not keepdim and len(shape) > 2:", BS)
M('rd-mean-dim-vjp', R, "1.0 / max(1, ctx.shapes[0][0][ctx.params['dim']])", "1.0 / max(1, ctx.shapes[0][0][0])",
  VJP, note='off-by-one dim in the mean(dim) gradient scale')
M('rd-tensor-sum-accreal', R, "            return value(self._a).item()", "            return op.forward(self._a)[0].item()",
  OF, note="a tensor's full sum rounded to float32 instead of TH's double accreal")
M('rd-mean-int-refused', R, "if not t._info.has_float_math:       # 0.3: floating_point types only",
  "if t._info.has_float_math is None:       # 0.3: floating_point types only", FE)
M('rd-dim-reduce-wrap', R, "    d = _wrap(self, dim)\n    params.update(", "    d = dim\n    params.update(", FE,
  note='negative dims not wrapped for the params of dim reductions')
M('rd-select-all-copy', R, "return a.reshape(-1)[i:i + 1].copy()", "return a.reshape(-1)[i:i + 1]", OF,
  note='max() of a Variable shares memory with its input')
M('rd-max-tie-vjp', R, "sel = (av > bv) if greater else (av < bv)", "sel = (av >= bv) if greater else (av < bv)",
  VJP, note='torch.max(a, b) at a tie sends the gradient to a (0.3: to b)')
M('rd-median-bool-dim', R, "    if isinstance(dim, bool):\n        dim, keepdim = -1, dim\n    if dim is _args.OMITTED",
  "    if isinstance(dim, bool):\n        dim, keepdim = 0, dim\n    if dim is _args.OMITTED", FE)
M('rd-kthvalue-range', R, "if k < 1 or k > n:", "if k < 1 or k >= n:", FE, nth=0)
M('rd-sort-stable', R, "        return np.argsort(a, axis=dim, kind='stable')\n    n = a.shape[dim]",
  "        return np.argsort(-a, axis=dim, kind='stable')[..., ::-1] if False else np.argsort(a, axis=dim, kind='quicksort')\n    n = a.shape[dim]",
  OF, note='ascending sort not stable')
M('rd-topk-range', R, "if k < 1 or k > n:", "if k < 1 or k >= n:", FE, nth=1)
M('rd-norm-p1', R, "    if p == 1:\n        return x.sum(axis=axis, keepdims=keepdims)",
  "    if p <= 1:\n        return x.sum(axis=axis, keepdims=keepdims)", OF, note='norm(0.5) computed as norm(1)')
M('rd-norm-inf-ties', R, "return g * B.sign(x) * B.mask(hit, x) / B.const(count, x)",
  "return g * B.sign(x) * B.mask(hit, x)", VJP, note='norm(inf) ties each get the whole gradient')
M('rd-cumprod-zero-vjp', R, "first = zero & (seen == 1)", "first = zero & (seen >= 1)", VJP)
M('rd-renorm-inplace-rebind', R, "    np.copyto(self._a, _renorm_np(self._a, p, d, m), casting='unsafe')\n",
  "    self._a = _renorm_np(self._a, p, d, m)\n", IP,
  note='renorm_ rebinds its array: views of the tensor no longer see the change')
M('rd-renorm-inplace-return', R,
  "    np.copyto(self._a, _renorm_np(self._a, p, d, m), casting='unsafe')\n    return self\n",
  "    return type(self)._wrap(_renorm_np(self._a, p, d, m))\n", IP,
  note='renorm_ returns a new tensor and leaves self unchanged')

# ============================================================================ ops/shape.py
S = 'ops/shape.py'
M('sh-view-infer-check', S, "if known == 0 or shape_in_numel % known:", "if known == 0:", BS)
M('sh-view-same-shape-copy', S, "return type(self)._wrap(a.view(), self._version)",
  "return type(self)._wrap(a.copy(), self._version)", FP, note='t.view(same shape) is a copy')
M('sh-expand-check', S, "if cur != 1 and cur != s:", "if cur != 1 and cur < s:", BS)
M('sh-t-1d', S, "    if nd > 2:\n        raise RuntimeError('t() expects", "    if nd != 2:\n        raise RuntimeError('t() expects",
  FE)
M('sh-unsqueeze-end', S, "return call(UNSQUEEZE, [self], {'dim': wrap_dim(dim, nd, allow_end=True, fname='unsqueeze',",
  "return call(UNSQUEEZE, [self], {'dim': wrap_dim(dim, nd, allow_end=False, fname='unsqueeze',", BS,
  note='unsqueeze(-1) inserts before the last dim')
M('sh-squeeze-1d', S, "elif a.shape[dim] == 1 and a.ndim > 1:", "elif a.shape[dim] == 1:", BS,
  equivalent='a 0-dim result is reshaped to (1,) just below: the same view of the same data')
M('sh-narrow-length0', S, "if length <= 0 or start > size - length:", "if length < 0 or start > size - length:", FE)
M('sh-narrow-start', S, "if not 0 <= start < size:", "if not 0 <= start <= size:", FE)
M('sh-select-negative', S, "return index + size if index < 0 else index", "return index + size - 1 if index < 0 else index",
  FE)
M('sh-select-1d-number', S, "        return t._a[index].item()\n    i = _select_index",
  "        return type(t)._wrap(t._a[index:index + 1])\n    i = _select_index", FE)
M('sh-unfold-step', S, "    if step <= 0:\n        raise RuntimeError('invalid argument 4: invalid step')",
  "    if step < 0:\n        raise RuntimeError('invalid argument 4: invalid step')", FE)
M('sh-cat-single-copy', S, "    if len(parts) == 1:\n        return parts[0].copy()", "    if len(parts) == 1:\n        return parts[0]",
  OF, note='cat of one non-empty tensor (and empties) aliases it')
M('sh-cat-size-check', S, "for i in range(ref.ndim) if i != d):", "for i in range(ref.ndim) if i != 0):", FE)
M('sh-tril-not-inplace', S, "def tril_(self, diagonal=0):\n    return _tri(self, diagonal, TRIL, True)",
  "def tril_(self, diagonal=0):\n    return _tri(self, diagonal, TRIL, False)", IP)
M('sh-squeeze-inplace-new', S, "        return _set_view(self, _squeeze(self._a))\n",
  "        return type(self)._wrap(_squeeze(self._a))\n", IP)
M('sh-set-view-copy', S, "def _set_view(self, array):\n    self._a = array\n",
  "def _set_view(self, array):\n    self._a = array.copy()\n", IP,
  note='squeeze_/unsqueeze_/t_/transpose_ detach the tensor from its storage')
M('sh-resize-keep-memory', S, "elif a.flags.c_contiguous and n <= a.size:", "elif a.flags.c_contiguous and n < a.size:", IP,
  note='resize_ to the same number of elements no longer shares the memory')
M('sh-set-shares', S, "        self._a = source._a\n        return self",
  "        self._a = source._a.copy()\n        return self", IP, note='t.set_(src) copies instead of sharing')
M('sh-float-of-float-self', S, "    if cls is type(self._data):\n        return self",
  "    if cls is type(self._data):\n        return self.clone()", FE)
M('sh-clone-alias', S, "'clone', lambda a: a.copy(),", "'clone', lambda a: a,", OF)

# ============================================================================ ops/dispatch.py
D = 'ops/dispatch.py'
M('dp-ufunc-div-scalar-recip', D, "'div_scalar': lambda a, p: np.true_divide(a, p['other'], out=a),",
  "'div_scalar': lambda a, p: np.multiply(a, 1.0 / p['other'], out=a),", FP,
  note='x /= 3 by multiplying with 1/3: differs in the last bit')
M('dp-overlap', D, "                if not _shares_memory(a, b):", "                if True:", FP,
  equivalent="numpy ufuncs detect overlap between out= and the inputs and buffer (numpy >= 1.13)")
M('dp-bcast-into', D, "        if s != 1 and s != d:\n            return False", "        if s != d:\n            return False", FP,
  equivalent='broadcast operands then take the general route, which computes the same values')
M('dp-fast-version', D, "    assign_into(self._data, result, op.name)\n    self._data._version[0] += 1\n",
  "    assign_into(self._data, result, op.name)\n", IP,
  note="a Variable's in-place op no longer bumps its version counter")
M('dp-fast-int', D, "if fast is not None and a.dtype.kind == 'f' and a.flags.writeable:",
  "if fast is not None and a.dtype.kind in 'fi' and a.flags.writeable:", FP)
M('dp-leaf-inplace', D, "if self._grad_fn is None and self._requires_grad and not volatile:",
  "if self._grad_fn is None and self._requires_grad and volatile:", IP)
M('dp-inplace-self-copy', D, "        old = self._data.clone()\n", "        old = self._data\n", IP)
M('dp-inplace-volatile', D, "        self._volatile = True\n        self._requires_grad = False\n",
  "        self._requires_grad = False\n", IP)
M('dp-inplace-rebase', D, "        if base is not None:\n            _rebase(base, self)", "        if base is not None:\n            pass",
  IP)
M('dp-call-view-version', D, "    if op.is_view:\n        return type(first)._wrap(result, first._version)\n    return _wrap_out(result, out_cls or type(first))\n\n\ndef _wrap_out",
  "    if op.is_view:\n        return type(first)._wrap(result)\n    return _wrap_out(result, out_cls or type(first))\n\n\ndef _wrap_out",
  IP, note='a view of a tensor gets its own version counter (killed on the whole suite by test_shape.py, which checks the package design: a tensor view holds its base\'s counter object; 0.3.1 itself gave every Variable(...) a fresh counter)')
M('dp-unrolled-volatile', D, "            if v1._volatile:\n                volatile = True\n", "", FP)
M('dp-unrolled-requires', D, "            if v1._grad_fn is not None or v1._requires_grad:\n                requires = True\n",
  "            if v1._grad_fn is not None:\n                requires = True\n", FP)
M('dp-inline-dtype', D, "if type(result) is _ndarray and result.dtype is cls._dtype and result.ndim and result.size:",
  "if type(result) is _ndarray and result.ndim and result.size:", FP, nth=1,
  note='call_variable1 wraps a result of another dtype without the cast')
M('dp-same-type-fast', D, "(tf is not Variable or type(first._data) is type(second._data))",
  "(tf is not Variable or True)", FP, note='a Float and a Double Variable pass the type check')
M('dp-public-name', D, "_SUFFIXES = ('_scalar', '_alpha', '_tensor', '_dim', '_all')",
  "_SUFFIXES = ('_scalar', '_tensor', '_dim', '_all')", FE)

# ============================================================================ autograd/engine.py
E = 'autograd/engine.py'
M('en-hot-multi-output', E, "if nr == 0 and (type(nf) in _ONE_OUTPUT or nf.num_outputs == 1):", "if nr == 0:", FP)
M('en-hot-multi-output-eq', E, "if nr == 0 and (type(nf) in _ONE_OUTPUT or nf.num_outputs == 1):", "if (type(nf) in _ONE_OUTPUT or nf.num_outputs == 1):", FP,
  equivalent='a node with one output is only reached through output_nr 0')
M('en-hot-var-hooks', E, "                and node._var_hooks is None and node._post_hooks is None:\n            # (``type(node)",
  "                and node._post_hooks is None:\n            # (``type(node)", FP)
M('en-hot-leaf-hooks', E, "if plain and kind == KIND_ACCUMULATE and node._var_hooks is None:",
  "if plain and kind == KIND_ACCUMULATE:", FP)
M('en-one-root', E, "if _HOT and len(roots) == 1:", "if _HOT and len(roots) >= 1:", FP)
M('en-unpack-version-general', E, "if t._version[0] != v or u._version[0] != w:", "if t._version[0] != v:", FP,
  nth=0, note='_unpack_saved (hooks, create_graph, reference mode) misses the second input')
M('en-unpack-version', E, "if t._version[0] != v or u._version[0] != w:", "if t._version[0] != v:", FP, nth=1,
  note='an in-place change of the second saved input goes unnoticed')
M('en-apply-dtype', E, "if _HOT and type(r) is ndarray and r.shape == shape and r.dtype == dtype:",
  "if _HOT and type(r) is ndarray and r.shape == shape:", FP)
M('en-accumulate-first-copy', E, "data = g.copy() if g.dtype == dtype else g.astype(dtype)",
  "data = g if g.dtype == dtype else g.astype(dtype)", FP, note='.grad aliases the incoming gradient')
M('en-accumulate-add', E, "            a += g\n", "            a[...] = g\n", VJP)
M('en-clone-identity', E, "            var._grad = _clone_identity(g)", "            var._grad = g", VJP)
M('en-hook-replace', E, "        value = res\n        changed = True", "        value = res\n        changed = False", VJP)
M('en-unreachable', E, "if node not in seen and not allow_unreachable:", "if node not in seen and allow_unreachable:", VJP)
M('en-multiroot-sum', E, "buf[nr] = g if buf[nr] is None else buf[nr] + g", "buf[nr] = g", VJP)

# ============================================================================ ops/indexing.py
I = 'ops/indexing.py'
M('ix-int-key-bound', I, "        if -n <= key < n:", "        if -n <= key <= n:", FP)
M('ix-int-key-copy', I, "return type(self)._wrap(a[key], self._version)", "return type(self)._wrap(a[key].copy(), self._version)",
  FP, note='t[i] of a matrix is a copy, not a view')
M('ix-setitem-fast-bound', I, "            and -a.shape[0] <= key < a.shape[0]:\n        a[key] = scalar_for(self, value)",
  "            and -a.shape[0] <= key <= a.shape[0]:\n        a[key] = scalar_for(self, value)", FP,
  note="t[len(t)] = number raises numpy's IndexError instead of 0.3's message")
M('ix-index-vector-range', I, "if index.size and ((index < 0).any() or (index >= size).any()):",
  "if index.size and ((index < 0).any() or (index > size).any()):", FE)
M('ix-index-add-vjp-dim', I, "return (g, ctx.B.index_select(g, p['dim'], p['index']) if ctx.needs[1] else None)",
  "return (g, ctx.B.index_select(g, 0, p['index']) if ctx.needs[1] else None)", VJP)
M('ix-index-copy-vjp', I, "    return (g * B.mask(_index_keep(ctx), g) if ctx.needs[0] else None,",
  "    return (g if ctx.needs[0] else None,", VJP)
M('ix-gather-range', I, "if idx.size and ((idx < 0).any() or (idx >= a.shape[d]).any()):\n        raise RuntimeError('Invalid index in gather')",
  "if idx.size and ((idx < 0).any() or (idx > a.shape[d]).any()):\n        raise RuntimeError('Invalid index in gather')", FE)
M('ix-index-add-dups', I, "np.add.at(a, _index_key(dim, index), src)", "a[_index_key(dim, index)] += src", OF)
M('ix-scatter-value-vjp', I, "lambda ctx, g: (g * ctx.B.mask(_scatter_keep(ctx), g),),\n    grad_fn='ScatterBackward1'",
  "lambda ctx, g: (g,),\n    grad_fn='ScatterBackward1'", VJP)
M('ix-scatter-gradfn', I, "grad_fn='ScatterBackward0'", "grad_fn='ScatterBackward'", GF)

# ============================================================================ ops/_common.py
C = 'ops/_common.py'
M('cm-with-number-dtype', C, "    out = np.empty(a.shape, a.dtype)\n    out.fill(number)", "    out = np.empty(a.shape)\n    out.fill(number)",
  FP)
M('cm-select-invert', C, "    k = cond.astype(u)\n", "    k = (~cond).astype(u)\n", FP)
M('cm-select-threshold', C, "if cond.size < 8192 or", "if cond.size < 4096 or", FP,
  equivalent='both routes copy the same bits; only the size at which the branch-free one starts moves')
M('cm-scalar-for-round', C, "return np.array(int(v), dtype=np.int64).astype(info.dtype)[()]",
  "return np.array(round(v), dtype=np.int64).astype(info.dtype)[()]", FE,
  note='a float operand of an integer tensor rounded instead of truncated')
M('cm-wrap-dim-bound', C, "    if d < -n or d >= n:\n        raise errors.dim_out_of_range(d, n)",
  "    if d < -n or d > n:\n        raise errors.dim_out_of_range(d, n)", FE)
M('cm-inplace-broadcast', C, "        if inplace:\n            expand_check(sb, sa)",
  "        if inplace:\n            broadcast_shapes(sa, sb)", BS,
  note='x.add_(y) that would grow x is no longer refused')
M('cm-broadcast-th-period', C, "broadcast_shapes(sa, sb, receiver is not None and type(receiver) is not Variable)",
  "broadcast_shapes(sa, sb, receiver is not None and type(receiver) is Variable)", FE,
  note="tensors' broadcast errors lose TH's period, Variables' gain it")
M('cm-infer-size-n-order', C, "                raise errors.broadcast_error_n(j, size, out[i], i)",
  "                raise errors.broadcast_error_n(j, out[i], size, i)", FE,
  note="a tensor addcmul's three-operand error names the sizes swapped")

# ============================================================================ printing.py
PRT = 'printing.py'
M('pr-center-odd', PRT, "    left = pad // 2\n", "    left = (pad + 1) // 2\n", PR)
M('pr-int-sci', PRT, "        if exp_max > prec + 1:\n            fmt = \"{:11.\"", "        if exp_max > prec:\n            fmt = \"{:11.\"", PR)
M('pr-sci-99', PRT, "if abs(exp_max) > 99 or abs(exp_min) > 99:", "if abs(exp_max) >= 99 or abs(exp_min) >= 99:", PR)
M('pr-vector-threshold', PRT, "if vector.shape[0] < PRINT_OPTS.threshold:", "if vector.shape[0] <= PRINT_OPTS.threshold:", PR)
M('pr-matrix-threshold', PRT, "(matrix.size < PRINT_OPTS.threshold or full_mat)", "(matrix.size <= PRINT_OPTS.threshold or full_mat)", PR)
M('pr-dim-sz', PRT, "dim_sz = max(2, max(len(str(s)) for s in shape))", "dim_sz = max(1, max(len(str(s)) for s in shape))", PR)
M('pr-print-dots', PRT, "print_dots = tensor.size >= PRINT_OPTS.threshold", "print_dots = tensor.size > PRINT_OPTS.threshold", PR)
M('pr-profile-short', PRT, "\"short\": (2, 1000, 2, 80),", "\"short\": (2, 1000, 3, 80),", PR)
M('pr-nan-width', PRT, "            min_sz = max(min_sz, 3)\n", "            min_sz = max(min_sz, 2)\n", PR)

# ============================================================================ ops/schema.py
SC = 'ops/schema.py'
M('sc-out-replaces-storage', SC, "        out._a[...] = result._a\n", "        out._a = result._a\n", OUT,
  note='out= of the right shape gets a new array instead of being written into')
M('sc-out-same-numel', SC, "    if out._a.shape == result._a.shape:\n        out._a[...] = result._a",
  "    if out._a.size == result._a.size:\n        out._a[...] = result._a", OUT,
  note='out= of the same numel but another shape keeps its shape (or fails to broadcast)')
M('sc-out-returns-result', SC, "        return write_out(out, result, fn.__name__)", "        write_out(out, result, fn.__name__)\n        return result", OUT)
M('sc-out-tuple-order', SC, "return tuple(write_out(o, r, name) for o, r in zip(out, result))",
  "return tuple(write_out(o, r, name) for o, r in zip(out, reversed(result)))", OUT)
M('sc-out-resize-alias', SC, "        out._a = result._a.copy()\n", "        out._a = result._a\n", OUT,
  equivalent='result is a fresh tensor that nothing else holds')
M('sc-inplace-variant', SC, "passed.append('_inplace=True')", "passed.append('_inplace=False')", IP)
M('sc-tensor-first', SC, "            fimpl = _args.tensor_first(impl, name)", "            fimpl = impl", FE)
M('sc-overload-typename', SC, "out.append((form.replace('T ', type_name + ' '), kinds))", "out.append((form, kinds))", FE)

CMP = 'ops/comparison.py'
CR = 'ops/creation.py'
LA = 'ops/lapack.py'
M('cmp-out-same-type', CMP, "        if isinstance(out, _TensorBase) and type(out) is not ByteTensor and type(out) is type(self):",
  "        if isinstance(out, _TensorBase) and type(out) is not ByteTensor and type(out) is type(self) and False:", OUT,
  note='torch.eq(x, y, out=<x-typed tensor>) refused')
M('cr-out-keep-numel', CR, "if dst.shape == src.shape or (keep_numel and dst.size == src.size and src.size):",
  "if dst.shape == src.shape:", OUT, note='torch.arange(6, out=<2x3 tensor>) reshapes out')
M('la-out-fortran-same-shape', LA, "if dst.shape == src.shape and (src.ndim < 2 or dst.flags.f_contiguous) \\\n",
  "if dst.shape == src.shape \\\n", OUT,
  note='a LAPACK out= of the right shape but row-major is written as is (0.3: made column-major)')
M('la-out-fortran', LA, "            o._a = src.copy(order='F') if src.ndim >= 2 else src.copy()",
  "            o._a = src.copy()", OUT, note='LAPACK out= tensors stay contiguous (0.3: column-major)')
M('la-out-returns', LA, "    return out if single else tuple(outs)\n", "    return results\n", OUT)

# ============================================================================ ops/_args.py
AG = 'ops/_args.py'
M('ag-position', AG, "head += ' (position %d)' % pos", "head += ' (position %d)' % (pos + 1)", FE)
M('ag-bool-int', AG, "    raise arg_type_error(fname, argname, 'bool', value, pos)", "    return bool(value)", FE,
  note='keepdim=1 accepted')
M('ag-optional-none', AG, "    if value is None:\n        raise arg_type_error(fname, argname, expected, value, pos)",
  "    if value is None:\n        return None", FE)
M('ag-int-list-list', AG, "if len(sizes) == 1 and isinstance(sizes[0], (tuple, list)):",
  "if len(sizes) == 1 and isinstance(sizes[0], tuple):", FE, note='x.view([2, 3]) refused')

# ============================================================================ blas / linalg
BL = 'ops/blas_ops.py'
LI = 'ops/linalg.py'
M('bl-histc-edge', BL, "keep = flat[(flat >= lo) & (flat <= hi)]", "keep = flat[(flat >= lo) & (flat < hi)]", OF)

# ============================================================================ backend, nn, conv, rnn
BN = 'backend_numpy.py'
M('bn-sum-to-ones', BN, "        if shape[i] == 1 and gs[lead + i] != 1:", "        if shape[i] == 1:", BS,
  equivalent='summing a size-1 axis with keepdims gives the same values')
NN = 'ops/nn_ops.py'
M('nn-relu-neg-zero', NN, "        out = with_number(np.fmax, a, a.dtype.type(value))\n        out += value\n",
  "        out = with_number(np.fmax, a, a.dtype.type(value))\n", FP, note='relu(-0.0) stays -0.0')
M('nn-threshold-eq', NN, "    return select(a > threshold, a, a.dtype.type(value))", "    return select(a >= threshold, a, a.dtype.type(value))", OF)
CV = 'ops/conv_ops.py'
M('cv-pad-fill', CV, "        if ph or pw:\n            xp.fill(0)", "        if ph and pw:\n            xp.fill(0)", FP,
  note='padding in one direction only leaves the pooled buffer unzeroed')
M('cv-give-input', CV, "    if xp.base is None and xp is not x4:\n        WORKSPACE.give(xp)", "    if xp.base is None:\n        WORKSPACE.give(xp)", FP,
  note="the caller's input array is put into the pool and reused as scratch")
M('cv-pattern-key', CV, "pattern = ('fold', shape, dtype, nl, kernel, stride, dilation, oh, ow)",
  "pattern = ('fold', shape, dtype, nl, kernel, stride, oh, ow)", FP)
M('cv-take-bytes', CV, "            self.bytes -= a.nbytes\n", "", FP,
  equivalent='only the byte count of the pool drifts: it then keeps fewer buffers')
M('cv-give-views', CV, "if a is None or a.nbytes < self.min_bytes or not a.flags.c_contiguous or a.base is not None:",
  "if a is None or a.nbytes < self.min_bytes or not a.flags.c_contiguous:", FP,
  equivalent='every caller of give() hands over an array that owns its memory: buffers from '
             'empty()/patterned(), the base of their reshapes (_give_base; numpy points a view '
             'of a view at the owner), or a padded copy already checked by "xp.base is None '
             'and xp is not x4" -- the base test in give() never decides')
RN = 'ops/rnn_ops.py'
M('rn-lstm-back-gates', RN, "P[:3] *= 1 - A[:3]", "P[:2] *= 1 - A[:2]", FP)

# ============================================================================ widened (second round)
# written fresh from the code: op formulas and vjps of ops the first round did not reach,
# front-end defaults / overloads / dim wrapping, in-place and out= forms, fast paths.
# --- reductions
M('rd-mean-dim-last', R, "return (a.sum(axis=dim, keepdims=keepdim, dtype=np.float64) / a.shape[dim])",
  "return (a.sum(axis=dim, keepdims=keepdim, dtype=np.float64) / a.shape[-1])", OF,
  note='mean(dim) divides by the size of the last dim')
M('rd-sum-keepdim-default', R, "def sum(self, dim=None, keepdim=False):", "def sum(self, dim=None, keepdim=True):", FE,
  note='0.3: keepdim defaults to False')
M('rd-var-unbiased-fwd', R, "r = np.asarray(s / np.float64(n - int(unbiased)))",
  "r = np.asarray(s / np.float64(n - int(not unbiased)))", OF)
M('rd-var-vjp-scale', R, "scale = 2.0 / denom if denom else float('nan')", "scale = 1.0 / denom if denom else float('nan')", VJP)
M('rd-std-vjp-keepdim', R, "    if dim is not None:\n        std = _to_shape(ctx.B, std, _keep_shape(ctx.shapes[0][0], dim))",
  "    if dim is not None and ctx.params['keepdim']:\n        std = _to_shape(ctx.B, std, _keep_shape(ctx.shapes[0][0], dim))", VJP,
  note='std(dim) backward broadcasts the un-kept std against the wrong axis')
M('rd-median-even-upper', R, "i = int(np.argsort(flat, kind='stable')[(flat.size - 1) // 2])",
  "i = int(np.argsort(flat, kind='stable')[flat.size // 2])", OF, note='median of an even count takes the upper middle')
M('rd-max-all-ties-vjp', R, "return call(MAX_ALL if kind == 'max' else MIN_ALL, [self],\n                        {'index': ties.astype(np.int64) if ties.size > 1 else i})",
  "return call(MAX_ALL if kind == 'max' else MIN_ALL, [self], {'index': i})", VJP,
  note='max() of a Variable: only the first tied element gets the gradient (0.3: every tie)')
M('rd-mode-default-dim', R, "def mode(self, dim=-1, keepdim=False):", "def mode(self, dim=0, keepdim=False):", FE)
M('rd-norm-p1-vjp', R, "    if p == 1:\n        return g * B.sign(x)", "    if p == 1:\n        return g * B.abs(x) / x", VJP,
  note='norm(1) gradient at a zero element is nan instead of 0')
M('rd-norm-inf-p-neg', R, "return x.max(axis=axis, keepdims=keepdims) if p > 0 else x.min(axis=axis, keepdims=keepdims)",
  "return x.max(axis=axis, keepdims=keepdims)", OF, note='norm(-inf) is the largest, not the smallest absolute value')
M('rd-cumsum-vjp', R, "lambda ctx, g: (_rev_cumsum(ctx.B, g, ctx.params['dim']),),",
  "lambda ctx, g: (ctx.B.cumsum(g, ctx.params['dim']),),", VJP)
M('rd-kthvalue-rank', R, "return dim_reduce(KTHVALUE, self, d, keepdim, index=_rank_index(a, d, k - 1), k=k)",
  "return dim_reduce(KTHVALUE, self, d, keepdim, index=_rank_index(a, d, k), k=k)", OF, note='kthvalue off by one')
M('rd-topk-largest', R, "order = _stable_order(a, d, descending=largest)", "order = _stable_order(a, d, descending=True)", FE,
  note='topk(largest=False) ignored')
M('rd-sort-desc-stable', R, "    rev = np.argsort(np.flip(a, dim), axis=dim, kind='stable')\n    return (n - 1) - np.flip(rev, dim)",
  "    return np.flip(np.argsort(a, axis=dim, kind='stable'), dim)", OF,
  note='descending sort lists equal values in reverse index order')
# --- indexing
M('ix-scatter-add-dups', I, "np.add.at(a, NB.scatter_coords(dim, index), src[_src_region(index)])",
  "a[NB.scatter_coords(dim, index)] += src[_src_region(index)]", OF, note='scatter_add_ loses repeated indices')
M('ix-gather-check-dim', I, "if i != d and idx.shape[i] > a.shape[i]:", "if idx.shape[i] > a.shape[i]:", FE,
  note='gather with an index longer than the input along dim refused')
M('ix-index-fill-vjp', I, "    lambda ctx, g: (g * ctx.B.mask(_index_keep(ctx), g),),",
  "    lambda ctx, g: (g,),", VJP, note='index_fill_ passes the gradient of the filled entries')
M('ix-dim-of-wrap', I, "    return wrap_dim(dim, max(tensor_of(self).dim(), 1))", "    return wrap_dim(dim, max(tensor_of(self).dim(), 1) + 1)",
  FE, note='negative dims of index_select/gather/scatter/index_* wrapped one too far')
M('ix-index-select-vjp', I, "return (ctx.B.index_add(ctx.shapes[0][0], p['dim'], p['index'], g, g),)",
  "return (ctx.B.index_add(ctx.shapes[0][0], 0, p['index'], g, g),)", VJP)
# --- blas / linalg
M('li-addmm-beta-fast', LI, "    if beta == 1:\n        return c + prod", "    if beta <= 1:\n        return c + prod", OF,
  note='addmm with beta < 1 ignores beta')
M('li-addmm-alpha-fast', LI, "    if alpha != 1:\n        prod = prod * alpha", "    if alpha > 1:\n        prod = prod * alpha", OF)
M('li-beta-alpha-pair', LI, "    if len(scalars) == 2:\n        beta, alpha = scalars", "    if len(scalars) == 2:\n        alpha, beta = scalars",
  FE, note='x.addmm(beta, alpha, m1, m2) swaps the scalars')
M('li-one-scalar-alpha', LI, "    elif len(scalars) == 1:\n        beta = scalars[0]",
  "    elif len(scalars) == 1:\n        alpha = scalars[0]", FE,
  note='x.addmm(0.5, m1, m2): 0.5 taken as alpha')
M('li-mv-vjp', LI, "else (np.dot(g, m) if ctx.needs[1] else None))", "else (np.dot(m, g) if ctx.needs[1] else None))", VJP,
  note='mv gradient of the vector uses m instead of m.t() (crashes only when m is not square)')
M('bl-function-alpha', BL, "                kwargs['alpha'] = rest[0]\n", "                kwargs['beta'] = rest[0]\n", FE,
  note='torch.addmv(beta, x, alpha, mat, vec) drops beta and uses alpha for it')
M('bl-addr-vjp', BL, "            _mv(ctx, g, v2) * alpha if ctx.needs[1] else None,", "            _mv(ctx, g, v2) if ctx.needs[1] else None,", VJP,
  note='addr gradient of vec1 drops alpha')
# --- nn losses / activations / pooling
M('nn-l1-tie-vjp', NN, "sign = np.where(d >= 0, 1.0, -1.0) * _norm(ctx, xv.size)", "sign = np.sign(d) * _norm(ctx, xv.size)", VJP,
  note='l1_loss gradient 0 at input == target (THNN: +1)')
M('nn-smooth-l1-vjp-edge', NN, "inside = B.mask(np.abs(dv) < 1, g)", "inside = B.mask(np.abs(dv) <= 1, g)", VJP,
  note='smooth_l1 gradient doubled at |x - y| == 1')
M('nn-norm-reduce', NN, "return 1.0 / n if (p['reduce'] and p['size_average']) else 1.0", "return 1.0 / n if p['size_average'] else 1.0",
  VJP, note='reduce=False gradients divided by n')
M('nn-nll-ignore-total', NN, "        total = _weight_total(w, terms.shape[0], dtype)", "        total = _weight_total(None, terms.shape[0], dtype)",
  OF, note='nll_loss size_average divides by the sample count, not the total weight')
M('nn-mse-vjp-n', NN, "gx = g * diff * (2.0 * _norm(ctx, B.value(x).size))", "gx = g * diff * (2.0 * _norm(ctx, B.value(x).shape[0]))",
  VJP, note='mse_loss gradient averaged over the batch, not the elements')
M('nn-leaky-vjp-zero', NN, "factor = select(x > 0, t(1), t(ctx.params['negative_slope']))",
  "factor = select(x >= 0, t(1), t(ctx.params['negative_slope']))", VJP, note='leaky_relu gradient at 0 (THNN: negval)')
M('nn-log-softmax-vjp', NN, "return (g - B.exp(ctx.output) * B.sum(g, d, True),)", "return (g - B.exp(ctx.output) * B.sum(g, d, False),)",
  VJP, note='log_softmax backward broadcasts the row sums against the wrong axis')
NL = 'ops/nn_loss_ops.py'
M('nl-soft-margin-vjp-avg', NL, "        c = c / yv.size\n", "        c = c / yv.shape[0]\n", VJP)
M('nl-multilabel-stop', NL, "            if v < 0:\n                break", "            if v < 0:\n                continue", OF,
  note='multilabel_margin_loss reads targets after the first -1')
M('cv-avg-div-border', CV, "    end = np.minimum(start + k, size + p)\n", "    end = start + k\n", OF,
  note='avg_pool2d(ceil_mode, count_include_pad) counts the window past the padded border')
M('cv-avg-div-nopad', CV, "    return np.minimum(end, size) - np.maximum(start, 0)", "    return np.minimum(end, size) - start", OF,
  note='count_include_pad=False still counts the left/top padding')
M('cv-pool-scatter-unique', CV, "    if unique:\n        return _scatter(gf, flat, shape)", "    if True:\n        return _scatter(gf, flat, shape)", FP,
  note='overlapping max-pool windows: the scatter keeps one gradient per input element')
M('cv-bias-grad-dims', CV, "return (0, 2, 3) if ndim == 4 else (0, 2)", "return (0, 2, 3) if ndim == 4 else (0, 1)", VJP,
  note='conv1d bias gradient summed over the wrong dims')
# --- dispatch / engine / backend fast paths
M('dp-cv2-volatile', D, "    volatile = v0._volatile or v1._volatile\n    out._volatile = volatile\n    fn = v0._grad_fn\n    gn = v1._grad_fn",
  "    volatile = v0._volatile\n    out._volatile = volatile\n    fn = v0._grad_fn\n    gn = v1._grad_fn", FP,
  note='a binary op with a volatile second operand is not volatile')
M('dp-cv2-output-nr', D, "    f = (gn, v1._output_nr) if gn is not None else v1._edge()\n    node.next_functions = (e, f)\n    node.needs = (e[0] is not None, f[0] is not None) if fn is None or gn is None else _NEEDS_2",
  "    f = (gn, 0) if gn is not None else v1._edge()\n    node.next_functions = (e, f)\n    node.needs = (e[0] is not None, f[0] is not None) if fn is None or gn is None else _NEEDS_2",
  FP, note="the second operand's gradient goes to output 0 of a multi-output node")
M('dp-cv1-saved-version', D, "        node.saved = ((d0, d0._version[0], v0),) if 0 in save_inputs else (None,)",
  "        node.saved = ((d0, 0, v0),) if 0 in save_inputs else (None,)", FP,
  note='an input changed in place before the op makes its backward raise')
M('dp-ufunc-alpha-one', D, "        if alpha == 1:\n            ufunc(a, b, out=a)", "        if alpha >= 1:\n            ufunc(a, b, out=a)", FP,
  note='t.add_(2, u) on tensors ignores the 2')
M('dp-fast-return-self', D, "            if len(inputs) == 1:\n                fast(a, params)\n                return self",
  "            if len(inputs) == 1:\n                fast(a, params)\n                return type(self)._wrap(a)", IP,
  note='t.mul_(2) returns a new tensor object instead of t')
M('dp-assign-reshape', D, "        if result.size == a.size and result.ndim <= a.ndim:\n            result = result.reshape(a.shape)",
  "        if result.size == a.size:\n            result = result.reshape(a.shape)", IP,
  note='an in-place result of more dims but the same numel is written into self',
  equivalent='no kernel result reaching assign_into has more dims than self: the in-place '
             'front-ends refuse a growing broadcast (check_broadcast(inplace=True)) and view a '
             'same-numel operand in self\'s shape before the kernel (the deprecated pointwise '
             'fallback); a probe of 14 in-place ops (add_, mul_, copy_, addcmul_, lerp_, pow_, '
             'atan2_, fmod_, masked_fill_, addmm_, baddbmm_, addmv_, addr_, clamp_) on tensors '
             'and Variables with (1, n) operands saw no result of another shape')
M('en-hot-release', E, "            if has_saved and not retain_graph:\n                node.saved = None               # OpNode._release, inline",
  "            if has_saved and False:\n                node.saved = None               # OpNode._release, inline", FP,
  note='the hot loop keeps saved values: a second backward does not raise')
M('en-hot-dtype-fix', E, "                                (r.dtype is not dtype and r.dtype != dtype):",
  "                                (r.dtype is not dtype and False):", FP,
  note='the hot loop passes a gradient of another dtype on uncast')
M('en-saved-output-check', E, "        t = so[0]\n        if t._version[0] != so[1]:\n            raise RuntimeError(MODIFIED_MESSAGE)\n        node.output = t._a\n\n\ndef _unpack_saved_general",
  "        t = so[0]\n        node.output = t._a\n\n\ndef _unpack_saved_general", FP,
  note='a saved output changed in place goes unnoticed (fast unpack)')
M('bn-dot-matmul-f32', BN, "                return _matmul(a, b)", "                return _matmul(a.astype(_F4), b.astype(_F4)).astype(dt)", FP,
  note='large double products computed in single precision')
M('sc-out-type-check', SC, "    if type(out) is not type(result):\n        raise TypeError('out= tensor has type",
  "    if False:\n        raise TypeError('out= tensor has type", OUT,
  note='out= of another tensor type accepted (and written with a cast)')
M('cm-wrap-dim-end', C, "    n = ndim + 1 if allow_end else ndim\n", "    n = ndim + 1\n", FE,
  note='every dim argument accepts ndim (one past the end)')

# ============================================================================ third round (blind probe)
# written after the second round's tests, run before any test was written for them: their
# outcome estimates how the suite fares on mutants it was not tuned to
M('pw-addcdiv-int-floor', P, "        return a + _trunc_div_int(value * t1, t2)", "        return a + (value * t1) // t2", OF,
  note='integer addcdiv rounds toward -inf (TH: C division)')
M('pw-lerp-form', P, "    return a + weight * (end - a)", "    return (1 - weight) * a + weight * end", OF,
  note="lerp computed as (1-w)a + wb (not TH's a + w(b-a): other last bits)")
M('pw-addcdiv-vjp-value', P, "            -g * v * t1 / (t2 * t2) if ctx.needs[2] else None)", "            -g * t1 / (t2 * t2) if ctx.needs[2] else None)", VJP)
M('pw-atan2-vjp', P, "    return (g * b / denom if ctx.needs[0] else None,", "    return (g * a / denom if ctx.needs[0] else None,", VJP)
M('pw-fmod-vjp-floor', P, "            -g * ctx.B.trunc(a / b) if ctx.needs[1] else None)", "            -g * ctx.B.floor(a / b) if ctx.needs[1] else None)", VJP)
M('pw-addc-default-value', P, "    return (1 if value is _OMITTED else value), t1, t2", "    return (0 if value is _OMITTED else value), t1, t2", FE)
M('pw-addc-keyword', P, "        t1 = kwargs.get('tensor1')", "        t1 = kwargs.get('t1')", FE,
  note='addcmul(tensor1=..., tensor2=...) refused')
M('rd-dist-default-p', R, "def dist(self, other, p=2):", "def dist(self, other, p=1):", FE)
M('rd-trace-vjp', R, "lambda ctx, g: (g * ctx.B.mask(np.eye(*ctx.shapes[0][0], dtype=bool), g),),",
  "lambda ctx, g: (g * ctx.B.mask(np.eye(ctx.shapes[0][0][0], dtype=bool), g),),", VJP,
  note='trace gradient of a non-square matrix')
M('nn-mse-noreduce', NN, "    if not reduce:\n        d = x - t\n        return d * d", "    if not reduce:\n        d = x - t\n        return d * np.abs(d)", OF)
M('dp-cv2-requires-second', D, "(fn is None and gn is None and not v0._requires_grad\n                                             and not v1._requires_grad)",
  "(fn is None and gn is None and not v0._requires_grad)", FP,
  note='constant * leaf: no graph when only the second operand requires grad')

# ============================================================================ lead's blind sample
# 20 mutants written from reading the code by someone who had not seen the catalogue, run on
# the suite as it was (2026-12-06, before any test for them): 13 killed by their subsets, 2
# more (the margin losses) by test_nn_rest.py, 2 equivalent, 3 survived -- killed since by
# tests in test_blas_lapack.py, test_shape.py and test_version_counters.py.  Two of the 20
# were already in the catalogue (en-first-grad-alias as written; cm-wrapdim-end in another
# form) and are left out here.
LN = 'ops/nn_loss_ops.py'
M('lb-histc-lo-open', BL, "keep = flat[(flat >= lo) & (flat <= hi)]", "keep = flat[(flat > lo) & (flat <= hi)]", OF)
M('lb-fn-beta-as-alpha', BL, "            kwargs['beta'] = args[0]\n", "            kwargs['alpha'] = args[0]\n", FE,
  note='torch.addmv(beta, c, mat, vec) takes the number as alpha')
M('lb-cross-back-sign', BL, "return (_cross_np(b, g, dim) if ctx.needs[0] else None,",
  "return (_cross_np(g, b, dim) if ctx.needs[0] else None,", VJP)
M('lb-addr-back-alpha', BL, "_mv(ctx, g, v2) * alpha if ctx.needs[1] else None,", "_mv(ctx, g, v2) if ctx.needs[1] else None,", VJP)
M('lb-inplace-expands-self', BL,
  "            if _inplace:\n                raise RuntimeError(_INPLACE_MISMATCH[name](c, array_of(a), array_of(b)))\n",
  "", IP, note="c.addmv_(mat, vec) with c broadcastable to the product: TH refused it")
M('lb-var-bool-flag', R, "dim, unbiased = None, dim", "dim, unbiased = None, True", FE,
  note='x.var(False) ignores the flag')
M('lb-std-back-denom', R, "return (g * c / (std * float(denom)),)", "return (g * c / (std * float(denom + 1)),)", VJP)
M('lb-prod-right-mask', R, "B.mask(pos == n - 1, x), d), d), d)", "B.mask(pos == 0, x), d), d), d)", VJP)
M('lb-chunk-floor', S, "split_size = max(1, (n + chunks - 1) // chunks)", "split_size = max(1, n // chunks)", FE)
M('lb-diag-neg-len', S, "length = max(0, min(m + k, n))", "length = max(0, min(m + k, n - 1))", VJP,
  note='gradient of diag(k < 0) of a tall matrix misses the last element')
M('lb-tril-strict', S, "return (cols - rows <= k) if lower else (cols - rows >= k)",
  "return (cols - rows < k) if lower else (cols - rows >= k)", OF)
M('lb-cv1-saved-version', D, "node.saved = ((d0, d0._version[0], v0),) if 0 in save_inputs else (None,)",
  "node.saved = ((d0, 0, v0),) if 0 in save_inputs else (None,)", FP,
  note='the one-frame call records version 0, not the version at save time')
M('lb-cv2-volatile', D, "    volatile = v0._volatile or v1._volatile\n    out._volatile = volatile\n    fn = v0._grad_fn\n    gn",
  "    volatile = v0._volatile\n    out._volatile = volatile\n    fn = v0._grad_fn\n    gn", FP)
M('lb-inplace-overlap', D, "                if not _shares_memory(a, b):\n                    fast(a, params, b)",
  "                if a is not b:\n                    fast(a, params, b)", FP,
  equivalent="numpy's ufuncs (>= 1.13) detect overlapping operands and buffer them: np.add(a, b, "
             "out=a) gives the no-overlap result the general path (forward, then copy) gives")
M('lb-bcast-into', D, "        if s != 1 and s != d:\n            return False", "        if s != 1 and s > d:\n            return False", FP,
  equivalent='every public caller of call_inplace checks the operand shapes first '
             '(check_broadcast / the operator front-ends compare shapes): x.add_(y), add_(2, y), '
             'sub_/mul_/div_ and out= with a non-broadcastable y all raise the 0.3 message before '
             'the table is reached (probed by hand)')
M('lb-soft-margin-back', LN, "gx = g * B.const(c, x) * z / (z + 1)", "gx = g * B.const(c, x) / (z + 1)", VJP)
M('lb-margin-norm-dim', LN, "return 1.0 / (nframe * dim) if size_average else 1.0 / dim",
  "return 1.0 / (nframe * dim) if size_average else 1.0", VJP)

# ============================================================================ lead's second blind batch
# 9 more, same rules: 6 of 8 non-equivalent killed by their subsets before any test for them;
# the 2 survivors showed arange's bounds check and masked_fill_'s value check untested (and
# arange's texts and order not 0.3.1's: fixed, test_torch031_behaviours.py)
I = 'ops/indexing.py'
CR = 'ops/creation.py'
CV = 'ops/conv_ops.py'
M('lc-int-index-bound', I, "bad = (arr < -size) | (arr >= size)", "bad = (arr < -size) | (arr > size)", FE)
M('lc-index-vector-bound', I, "if index.size and ((index < 0).any() or (index >= size).any()):",
  "if index.size and ((index < 0).any() or (index > size).any()):", FE)
M('lc-masked-scatter-self', I, "gs = g * B.mask(~m, g) if ctx.needs[0] else None", "gs = g if ctx.needs[0] else None", VJP)
M('lc-fill-value-numel', I, "        if t.numel() != 1:\n            raise RuntimeError('%s only supports",
  "        if t.numel() > 1:\n            raise RuntimeError('%s only supports", FE)
M('lc-arange-fmod', CR, "    if not inclusive and math.fmod(end - start, step) == 0:\n        end -= step",
  "    if not inclusive and math.fmod(end - start, step) == 0 and step > 0:\n        end -= step", OF,
  note='arange with a negative step keeps its end')
M('lc-range-sign-check', CR, "    if not ((step > 0 and end >= start) or (step < 0 and end <= start)):",
  "    if not ((step > 0 and end >= start) or step < 0):", FE)
M('lc-linspace-one-point', CR, "    if steps == 1:\n        vals = np.array([start], dtype=np.float64)",
  "    if steps == 1:\n        vals = np.array([end], dtype=np.float64)", OF,
  equivalent='start == end whenever steps == 1 gets this far (checked just above)')
M('lc-logspace-step', CR, "        step = (end - start) / (steps - 1)\n        vals = np.power(10.0, start",
  "        step = (end - start) / steps\n        vals = np.power(10.0, start", OF)
M('lc-conv-out-w', CV, "ow = (w + 2 * padding[1] - dilation[1] * (kw - 1) - 1) // stride[1] + 1",
  "ow = (w + 2 * padding[1] - dilation[1] * (kw - 1) - 1) // stride[0] + 1", BS,
  note='output width divided by the vertical stride')

# ============================================================================ lead's third blind batch
# 6 more: 5 killed before any test for them; the survivor showed out= with Variable inputs
# untested, and its message wrong ("the result is a Python number"): now 0.3.1's parser text
SC = 'ops/schema.py'
R2 = 'ops/rnn_ops.py'
M('ld-lstm-cell-tanh', R2, "        tanh(cyt, tc)\n        mul(ot, tc, hyt)", "        tanh(cyt, tc)\n        mul(ot, cyt, hyt)", OF)
M('ld-gru-update', R2, "        np.multiply(hyt, zt, hyt)\n        np.add(hyt, nt, hyt)", "        np.multiply(hyt, rt, hyt)\n        np.add(hyt, nt, hyt)", OF)
M('ld-lstm-forget', R2, "        mul(ft, cpt, cyt)\n        mul(it, gt, tc)", "        mul(it, cpt, cyt)\n        mul(it, gt, tc)", OF)
M('ld-out-type-check', SC, "    if type(out) is not type(result):\n        raise TypeError('out= tensor has type", "    if False:\n        raise TypeError('out= tensor has type", OUT)
M('ld-out-same-shape-rebind', SC, "    if out._a.shape == result._a.shape:\n        out._a[...] = result._a\n    else:", "    if False:\n        out._a[...] = result._a\n    else:", OUT,
  note='out= of the right shape gets a new array: views of out stop seeing the result')
M('ld-out-variable-result', SC, "    if isinstance(result, Variable):\n        # 0.3.1's Variable methods", "    if False:\n        # 0.3.1's Variable methods", OUT,
  note='out= with Variable inputs: a misleading message instead of the parser\'s')

# ============================================================================ dead code / docstrings
# (argued equivalent: the campaign must report them as survivors, never as kills)
M('dead-docstring', P, "Node names: ATen ops of 0.3", "Node names: the ATen ops of 0.3", OF,
  equivalent='a docstring')

# ============================================================================ hblindA's blind batch
# 68 mutants over the tensor-op files (ops/arithmetic, pointwise, reduction, shape, indexing,
# comparison, linalg, blas_ops, lapack, creation, schema, _args, _common), written from the
# package code and 0.3.1's sources before reading compat_tests/ and committed before running
# (e367e3a).  Blind result, before any test for them: 53 of the 67 non-equivalent killed by
# their subsets (79.1%), 7 more by the whole suite (test_parity_registry: dot / gesv / inverse /
# symeig; test_th_sizes; test_torch031_behaviours; test_parity_errors) = 60 of 67 (89.6%);
# 7 survived the whole suite (hr-cumsum-acc, hr-renorm-tie, hl-bmm-batch-check, hn-eye-zero,
# hn-linspace-f64-steps, hs-out-tuple-length, hs-out-variable-error).  Every survivor is killed
# by compat_tests/test_mutation_kills_ops.py (out= argument checks over every out= op, the
# bool-keepdim overloads, accreal accumulation, LAPACK ops on non-symmetric matrices, integer
# division by zero, creation sizes, eye, linspace), some after fixing the package (potrf /
# pstrf read only their triangle, eye follows TH, out=<Variable> is a TypeError).
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
M('hh-triu-vjp-lower', S, "        k = ctx.params['diagonal']\n        if ctx.B.KIND == 'numpy':",
  "        k = ctx.params['diagonal'] if lower else -ctx.params['diagonal']\n        if ctx.B.KIND == 'numpy':", VJP,
  note='triu(k) backward masks with triu(-k) (hwideF: _tri_back replaced the mask-product lambdas)')

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
M('hl-bmm-batch-check', LI, "    if a.shape[0] != b.shape[0]:\n        raise RuntimeError('invalid argument 2: equal number of batches",
  "    if False:\n        raise RuntimeError('invalid argument 2: equal number of batches", FE,
  note='bmm of batch 1 with batch 2 broadcast instead of refused (snippet updated after the '
       'fix of the bmm texts to TH\'s)')
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
M('hn-eye-zero', CR, "    if n <= 0:\n        raise RuntimeError('invalid argument 1: invalid argument')",
  "    if n < 0:\n        raise RuntimeError('invalid argument 1: invalid argument')", FE,
  note='torch.eye(0) accepted (TH: n > 0); snippet updated after the eye fix (TH text, m <= 0 -> m = n)')
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
M('hs-out-variable-error', SC, "    if isinstance(out, Variable):\n        raise variable_out_error()\n",
  "", OUT, note='out=<Variable> gives a TypeError of another text (snippet updated: the '
  'RuntimeError it raised is now a TypeError, as 0.3.1\'s parser gave, from one helper)')
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
M('hc-broadcast-error-order', 'size.py', "            raise errors.broadcast_error(da, db, i, th)", "            raise errors.broadcast_error(db, da, i, th)", FE,
  note="'The size of tensor a (4) must match the size of tensor b (3)' with a and b swapped")
M('hc-fallback-zero-size', C, "        if a.size == b.size and a.size > 0:", "        if a.size == b.size:", BS,
  note='(0, 3) + (3, 0): no broadcasting error, the same-numel fallback',
  equivalent='no public call reaches check_broadcast with two empty operands of shapes that do '
             'not broadcast: every empty tensor or Variable is dimensionless (0.3.1 TH sizes; '
             'from_numpy of a (0, 3) array, zero-length slices and narrows give size []), so '
             'two empty operands are both (0,) and broadcast')


# ============================================================================ hblindA's second blind batch
# 24 mutants written after the first batch's tests and committed before running (5d48207):
# 14 of the 22 non-equivalent killed by their subsets (63.6%); of the 8 survivors, run together
# against 9 more files (not the whole suite, for lack of time), test_parity_errors killed
# h2-view-noncontig and test_parity_registry h2-trtrs-unit: at least 16 of 22; the survivors are killed by test_mutation_kills_ops.py (after
# fixing expand's -1 text and linspace's point check to TH's), one argued equivalent.
A = 'ops/arithmetic.py'
P = 'ops/pointwise.py'
R = 'ops/reduction.py'
S = 'ops/shape.py'
I = 'ops/indexing.py'
CMP = 'ops/comparison.py'
LI = 'ops/linalg.py'
BL = 'ops/blas_ops.py'
LA = 'ops/lapack.py'
CR = 'ops/creation.py'
AG = 'ops/_args.py'
C = 'ops/_common.py'

M('h2-expand-neg1-lead', S, "            if i < lead:\n                # TH's THLongStorage_inferExpandGeometry text",
  "            if False:\n                # TH's THLongStorage_inferExpandGeometry text", FE,
  note='x.expand(-1, 4) of a (4,) tensor accepted (a new leading dim of size 1); snippet '
       'updated after the fix of its text')
M('h2-view-noncontig', S, "    if not (a.size == 0 or a.flags.c_contiguous):\n        raise RuntimeError('invalid argument 1: input is not contiguous')",
  "    if False:\n        raise RuntimeError('invalid argument 1: input is not contiguous')", FE,
  note='x.t().view(-1) accepted (a copy instead of the 0.3 error)')
M('h2-narrow-vjp-start', S, "ctx.B.narrow_pad(g, ctx.shapes[0][0], ctx.params['dim'], ctx.params['start'])",
  "ctx.B.narrow_pad(g, ctx.shapes[0][0], ctx.params['dim'], 0)", VJP,
  note='narrow(d, start>0, n) gradient placed at offset 0')
M('h2-repeat-fewer-dims', S, "    if len(reps) < t.dim():\n        raise RuntimeError('Number of dimensions of repeat dims",
  "    if len(reps) < t.dim() - 1:\n        raise RuntimeError('Number of dimensions of repeat dims", FE)
M('h2-split-size-zero', S, "    if split_size <= 0:\n        raise RuntimeError('split expects split_size",
  "    if split_size < 0:\n        raise RuntimeError('split expects split_size", FE)
M('h2-setitem-vjp-reshape', I, "            if vshape != sshape and not _broadcastable(vshape, sshape):\n                sel = B.reshape(sel, vshape)\n",
  "", VJP, note='v[idx] = w with w of the same numel but another shape: w.grad in the slice shape',
  equivalent='the engine reshapes a gradient of an input\'s number of elements to that input\'s '
             'shape on every path (backward, create_graph, autograd.grad: probed), so w.grad is '
             'in w\'s shape either way (test_mutation_kills_ops pins it)')
M('h2-eq-out-cast', CMP, "            result = type(out)._wrap(result._a.astype(out._dtype))",
  "            result = type(out)._wrap(result._a)", OUT,
  note='torch.eq(x, y, out=<empty FloatTensor>) holds a uint8 array')
M('h2-alpha-not-converted', A, "    return run(alpha_op, [self, other], {'alpha': scalar_for(self, value)})",
  "    return run(alpha_op, [self, other], {'alpha': value})", FE,
  note='LongTensor.add(1.5, y) scales by 1.5 (TH truncates the value to 1)')
M('h2-pow-constant-swap', A, "'pow_constant', lambda a, base: np.power(a.dtype.type(base), a),",
  "'pow_constant', lambda a, base: np.power(a, a.dtype.type(base)),", OF,
  note='2 ** x computed as x ** 2')
M('h2-sign-nan', P, "    return (a > 0).astype(a.dtype) - (a < 0).astype(a.dtype)", "    return np.sign(a)", OF,
  note='sign(nan) is nan (TH: 0)')
M('h2-addcdiv-vjp-value', P, "            g * v / t2 if ctx.needs[1] else None,", "            g / t2 if ctx.needs[1] else None,", VJP)
M('h2-kthvalue-k0', R, "    if k < 1 or k > n:\n        raise RuntimeError('invalid argument 2: selected index",
  "    if k < 0 or k > n:\n        raise RuntimeError('invalid argument 2: selected index", FE,
  note='kthvalue(0) gives the largest (rank -1)')
M('h2-addr-vjp-alpha', BL, "            _mv(ctx, ctx.B.t(g), v1) * alpha if ctx.needs[2] else None)",
  "            _mv(ctx, ctx.B.t(g), v1) if ctx.needs[2] else None)", VJP)
M('h2-histc-int', BL, "    check_floating(self, 'histc')\n    lo = _args.to_float(min, 'histc', 'min', 2)",
  "    lo = _args.to_float(min, 'histc', 'min', 2)", FE,
  note='torch.histc(LongTensor) accepted (snippet updated after main\'s type table: the '
       'method is gone from integer types, the function checks here)')
M('h2-trtrs-unit', LA, "        t = t.copy()\n        np.fill_diagonal(t, 1)", "        t = t.copy()", OF,
  note='trtrs(unitriangular=True) uses the stored diagonal')
M('h2-linspace-zero-steps', CR, "    if steps <= 0 or (steps == 1 and start != end):",
  "    if steps < 0 or (steps == 1 and start != end):", FE, nth=0,
  note='torch.linspace(0, 1, 0) no longer refused (snippet updated after the fix: one TH check)')
M('h2-float-arg-any', AG, "    if isinstance(value, numbers.Real) or isinstance(value, np.bool_):\n        return value\n    raise arg_type_error(fname, argname, 'float', value, pos)",
  "    return value", FE, note="x.uniform_('1') / torch.histc(x, 5, '0') accepted")
M('h2-scalar-int-range', C, "if isinstance(value, numbers.Integral) and -2 ** 63 <= value < 2 ** 63:",
  "if isinstance(value, numbers.Integral) and -2 ** 53 <= value < 2 ** 53:", FE,
  note='LongTensor + (2**60 + 1) rounded through a double')
M('h2-wrap-dim-empty', C, "    d = dim if type(dim) is int else _args.int_arg(dim, fname, argname, pos)\n    n = ndim + 1 if allow_end else ndim\n    if n <= 0:\n        n = 1\n",
  "    d = dim if type(dim) is int else _args.int_arg(dim, fname, argname, pos)\n    n = ndim + 1 if allow_end else ndim\n", FE,
  note='a dim of an empty (dimensionless) tensor always out of range, with a [-0, -1] message',
  equivalent='no caller reaches wrap_dim with n <= 0: the dim front-ends pass max(dim(), 1) '
             '(reductions, transpose, squeeze, index ops, unbind, split), allow_end adds one '
             '(unsqueeze, stack), narrow/select/unfold/_unnarrow refuse a dimensionless tensor '
             'first, permute of one wraps no dim, and cross / F.* pass numpy ndims (>= 1)')
M('h2-masked-fill-int-value', I, "    return call_inplace(op, [self], {'mask': mask, 'value': _fill_value(self, value, 'masked_fill_')})",
  "    return call_inplace(op, [self], {'mask': mask, 'value': value})", FE,
  note='masked_fill_(mask, Variable/tensor value) stores the tensor object')
M('h2-index-select-range', I, "    _check_index_vector(idx, a.shape[d] if a.size else 0)\n    return call(INDEX_SELECT",
  "    return call(INDEX_SELECT", FE, note='index_select with an index past the end: numpy IndexError text')
M('h2-std-vjp-denom', R, "    with np.errstate(divide='ignore', invalid='ignore'):\n        return (g * c / (std * float(denom)),)",
  "    with np.errstate(divide='ignore', invalid='ignore'):\n        return (g * c / (std * float(denom + int(ctx.params['unbiased']))),)", VJP,
  note='unbiased std gradient divided by n instead of n - 1')
M('h2-max-binary-nan', R, "'max_binary', lambda a, b: select(a > b, a, b)", "'max_binary', lambda a, b: np.maximum(a, b)", OF,
  note='torch.max(a, b) with a nan in a: nan (TH: b, since nan > b is false)')
M('h2-topk-k-check', R, "    if k < 1 or k > n:\n        # THTensor_(topk)'s",
  "    if k < 1 or k > n + 1:\n        # THTensor_(topk)'s", FE)

# ============================================================================ lead, session 13: saved-value routes
# Found with coverage of the autograd test files: the general unpacking loop (a saved tuple with
# a hole, addcmul's (None, t1, t2)) and a freed saved output had no test.  Killed by
# compat_tests/test_saved_values.py.
E = 'autograd/engine.py'
M('le-sv-general-loop-version', E,
  "                    t = item[0]\n                    if t._version[0] != item[1]:\n"
  "                        raise RuntimeError(MODIFIED_MESSAGE)\n                    inputs.append(t._a)\n"
  "            node.inputs = inputs\n    elif op.save_inputs:",
  "                    t = item[0]\n                    inputs.append(t._a)\n"
  "            node.inputs = inputs\n    elif op.save_inputs:", VJP,
  note='a saved input of a three-input op modified in place is used silently')
M('le-sv-output-freed', E,
  "        if so is None:\n            raise RuntimeError(FREED_MESSAGE)\n        t = so[0]\n"
  "        if t._version[0] != so[1]:\n            raise RuntimeError(MODIFIED_MESSAGE)\n"
  "        node.output = t._a\n\n\ndef _unpack_saved_general",
  "        if so is None:\n            return\n        t = so[0]\n"
  "        if t._version[0] != so[1]:\n            raise RuntimeError(MODIFIED_MESSAGE)\n"
  "        node.output = t._a\n\n\ndef _unpack_saved_general", VJP,
  note='a second backward through a freed saved output runs on without it')


# ============================================================================ hblindB: blind batch 1
# 53 mutants over the nn kernels and front-ends, the engine, the dispatcher's fast paths, the
# tensor / Variable / storage classes, custom Functions and optim, written from the package
# code and 0.3.1's sources before any test was read (committed before running: 7630cb8).
# Blind result: see the report of hblindB; the survivors are killed by
# compat_tests/test_mutation_kills_nn.py or by the files the subset map now adds
# (TESTS_BY_FILE: nn/, nn/modules/, optim/, storage.py).
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
  equivalent='call_variable1 is only reached with differentiable ops (the arithmetic '
             "operators' scalar ops, sum, mean, prod, trace: ops/arithmetic.py, "
             'ops/reduction.py), so the dropped test is never False there',
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

# ============================================================================ hblindB: blind batch 2
# 28 more, written from the package code before running (committed first: db71ce4); run with
# the subset map and test file of batch 1 in place: 21 of 28 killed by their subsets, the 7
# survivors now killed by compat_tests/test_mutation_kills_nn.py
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

# ============================================================================ lead's fourth blind batch (session 13)
# 8 mutants of printing.py and tensor.py written before reading their tests, run on the suite as
# it stood (subsets, --no-confirm): 5 of 8 killed (62.5%); the survivors (a 3-digit exponent's
# field width, a float tensor as an index, iterating an empty tensor) are killed by new tests in
# test_edge_semantics.py.
PRF = 'printing.py'
TF = 'tensor.py'
M('le-pr-sci-3digit', PRF, "if abs(exp_max) > 99 or abs(exp_min) > 99:", "if abs(exp_max) > 100 or abs(exp_min) > 100:", PR,
  note='a tensor holding 1e99 prints with a field one column too narrow')
M('le-pr-int-sci-bound', PRF, "        if exp_max > prec + 1:\n            fmt = \"{:11.\"", "        if exp_max >= prec + 1:\n            fmt = \"{:11.\"", PR,
  note='a 5-digit integer tensor prints in scientific notation')
M('le-pr-fixed-width', PRF, "sz = 7 if exp_max == 0 else exp_max + 6", "sz = 7 if exp_max == 0 else exp_max + 5", PR,
  note='values like 12.5 print one column narrower')
M('le-pr-nan-width', PRF, "            min_sz = max(min_sz, 3)", "            min_sz = max(min_sz, 2)", PR,
  note='[nan, 1] prints nan in a 2-column field')
M('le-t-iter-empty', TF, "        if a.size == 0:\n            return iter(())\n        return iter([self[i]", "        if a.size == 0:\n            return iter([self])\n        return iter([self[i]", FE,
  note='iterating an empty tensor yields the tensor itself')
M('le-t-index-float', TF, "        if self._info.is_floating:\n            raise TypeError('only integer tensors of a single element", "        if False:\n            raise TypeError('only integer tensors of a single element", FE,
  note='a one-element FloatTensor is accepted as an index (list[t])')
M('le-t-bool-empty', TF, "        if self._a.size == 0:\n            return False\n        raise RuntimeError('bool value", "        if self._a.size == 0:\n            return True\n        raise RuntimeError('bool value", FE,
  note='bool(empty tensor) is True')
M('le-t-scalar-size', TF, "        if self._a.size != 1:\n            raise TypeError('only 1-element tensors", "        if self._a.size < 1:\n            raise TypeError('only 1-element tensors", FE,
  note='float(t) of a 3-element tensor gives its first element')

# ============================================================================ hautoB: random sample, seed 201
# tools/auto_mutants.py's sample of 60 one-token mutants of the nn / optim / autograd / nn-kernel
# files (AUTO_MUTANTS_SEED=201 AUTO_MUTANTS_COUNT=60 AUTO_MUTANTS_FILES=nn/,optim/,autograd/,
# ops/nn_ops.py,ops/nn_loss_ops.py,ops/conv_ops.py,ops/rnn_ops.py,ops/backend_variable.py,
# _fastpaths.py,backend_numpy.py,functional.py), drawn at 0ba2ba3 and written out literally (a
# redraw depends on the files' current tokens).  Before tests: 31 of 60 killed by the subsets;
# the survivors closed by compat_tests/test_auto_kills_nn.py or argued equivalent below.
M('auto-201-nn.init-34-50', 'nn/init.py',
  "    if nonlinearity in linear_fns or nonlinearity == 'sigmoid':\n",
  "    if nonlinearity in linear_fns or nonlinearity != 'sigmoid':\n", 'op formula', note='== -> != at line 34')
M('auto-201-ops.conv_ops-252-54', 'ops/conv_ops.py',
  '    ow = (w + 2 * padding[1] - dilation[1] * (kw - 1) - 1) // stride[1] + 1\n',
  '    ow = (w + 2 * padding[1] - dilation[1] * (kw - 1) + 1) // stride[1] + 1\n', 'op formula', note='- -> + at line 252')
M('auto-201-ops.rnn_ops-930-17', 'ops/rnn_ops.py',
  "    if p['join'] == 'cols':\n",
  "    if p['join'] != 'cols':\n", 'op formula', note='== -> != at line 930')
M('auto-201-nn._functional_embedding_bag-77-36', 'nn/_functional_embedding_bag.py',
  '            size[-1, 0] = idx.shape[0] - off[-1]\n',
  '            size[-1, 0] = idx.shape[1] - off[-1]\n', 'op formula', note='0 -> 1 at line 77')
M('auto-201-nn._functional_volumetric-437-33', 'nn/_functional_volumetric.py',
  '    if idx.size and (idx.min() < 0 or idx.max() >= plane):\n',
  '    if idx.size and (idx.min() < 1 or idx.max() >= plane):\n', 'op formula', note='0 -> 1 at line 437')
M('auto-201-ops.nn_ops-901-43', 'ops/nn_ops.py',
  '    weight = r.choice([None, np.array([0.5 + 0.25 * k for k in range(c)])])\n',
  '    weight = r.choice([None, np.array([0.5 - 0.25 * k for k in range(c)])])\n', 'op formula', nth=1, note='+ -> - at line 901',
  equivalent="a parity-suite sample generator (_nll2d_inputs' class weights 0.5 - 0.25k stay non-negative for c <= 3): test data, no public call reads it")
M('auto-201-nn.utils.rnn-100-36', 'nn/utils/rnn.py',
  '            block = var_data.narrow(0, data_offset, rows).contiguous().view(\n',
  '            block = var_data.narrow(1, data_offset, rows).contiguous().view(\n', 'op formula', note='0 -> 1 at line 100')
M('auto-201-ops.rnn_ops-656-47', 'ops/rnn_ops.py',
  '        dcy = dhy * (K.one_minus(tc * tc) * o) + dc\n',
  '        dcy = dhy * (K.one_minus(tc * tc) * o) - dc\n', 'op formula', note='+ -> - at line 656')
M('auto-201-ops.conv_ops-230-44', 'ops/conv_ops.py',
  '        crop = total[:, :, ph:ph + h, pw:pw + w].transpose(1, 0, 2, 3)\n',
  '        crop = total[:, :, ph:ph + h, pw:pw - w].transpose(1, 0, 2, 3)\n', 'op formula', note='+ -> - at line 230')
M('auto-201-optim.lr_scheduler-232-28', 'optim/lr_scheduler.py',
  '                factor = 1. - threshold\n',
  '                factor = 1. + threshold\n', 'front-end', note='- -> + at line 232')
M('auto-201-autograd.variable-172-38', 'autograd/variable.py',
  '                acc._attach_var_hooks(0, hooks)\n',
  '                acc._attach_var_hooks(1, hooks)\n', 'vjp', note='0 -> 1 at line 172')
M('auto-201-nn._functional_volumetric-233-25', 'nn/_functional_volumetric.py',
  '    xp = np.pad(a5, ((0, 0), (0, 0)) + tuple((p[i], extra[i]) for i in range(3)),\n',
  '    xp = np.pad(a5, ((0, 1), (0, 0)) + tuple((p[i], extra[i]) for i in range(3)),\n', 'op formula', note='0 -> 1 at line 233')
M('auto-201-autograd.gradcheck-210-34', 'autograd/gradcheck.py',
  '            if (x.grad.data._a != 0).any():\n',
  '            if (x.grad.data._a != 1).any():\n', 'vjp', note='0 -> 1 at line 210')
M('auto-201-ops.conv_ops-1684-20', 'ops/conv_ops.py',
  '                pad += [r.int(-1, 2) if size > 2 else r.int(0, 2), r.int(0, 2)]\n',
  '                pad -= [r.int(-1, 2) if size > 2 else r.int(0, 2), r.int(0, 2)]\n', 'op formula', note='+= -> -= at line 1684')
M('auto-201-backend_numpy-394-55', 'backend_numpy.py',
  '            dst[dim], src[dim] = slice(step, n), slice(0, n - step)\n',
  '            dst[dim], src[dim] = slice(step, n), slice(1, n - step)\n', 'front-end', note='0 -> 1 at line 394')
M('auto-201-ops.nn_ops-370-43', 'ops/nn_ops.py',
  '        a = B.reshape(B.mm(B.reshape(w, (o * i, j)), B.t(x2)), (o, i, n))\n',
  '        a = B.reshape(B.mm(B.reshape(w, (o / i, j)), B.t(x2)), (o, i, n))\n', 'op formula', note='* -> / at line 370')
M('auto-201-ops.nn_ops-273-20', 'ops/nn_ops.py',
  '    return select(a > 0, a, a * wb)\n',
  '    return select(a >= 0, a, a * wb)\n', 'op formula', note='> -> >= at line 273')
M('auto-201-nn.modules.pooling-87-39', 'nn/modules/pooling.py',
  "        return self.__class__.__name__ + '(' \\\n",
  "        return self.__class__.__name__ - '(' \\\n", 'op formula', nth=1, note='+ -> - at line 87')
M('auto-201-nn._functional_volumetric-484-27', 'nn/_functional_volumetric.py',
  '                           % (int(where.reshape(-1)[-1]), ot, oh, ow))\n',
  '                           // (int(where.reshape(-1)[-1]), ot, oh, ow))\n', 'op formula',
  note='% -> // at line 484 (the message line as rewritten to 0.3.1\'s text)')
M('auto-201-autograd.engine-487-64', 'autograd/engine.py',
  '                        if nr == 0 and (type(nf) in _ONE_OUTPUT or nf.num_outputs == 1):\n',
  '                        if nr == 0 and (type(nf) in _ONE_OUTPUT and nf.num_outputs == 1):\n', 'vjp', note='or -> and at line 487',
  equivalent="OpNode and AccumulateGrad always have num_outputs == 1 (class attribute, no instance slot), so 'A or B' is B and 'A and B' is A, and both branches then build the same one-slot list")
M('auto-201-nn._functional_volumetric-272-77', 'nn/_functional_volumetric.py',
  '            last_nan = nanpos.shape[1] - 1 - np.argmax(nanpos[:, ::-1], axis=1)   # THNN: a NaN\n',
  '            last_nan = nanpos.shape[1] - 1 - np.argmax(nanpos[:, ::-1], axis=0)   # THNN: a NaN\n', 'op formula', note='1 -> 0 at line 272')
M('auto-201-ops.conv_ops-1205-32', 'ops/conv_ops.py',
  '    if p[0] > k[0] // 2 or p[1] > k[1] // 2:\n',
  '    if p[0] > k[0] // 2 or p[1] < k[1] // 2:\n', 'op formula', nth=1, note='> -> < at line 1205')
M('auto-201-autograd.gradcheck-119-27', 'autograd/gradcheck.py',
  '            flat[i] = orig + eps\n',
  '            flat[i] = orig - eps\n', 'vjp', note='+ -> - at line 119')
M('auto-201-autograd.engine-269-76', 'autograd/engine.py',
  '            if _HOT and type(r) is ndarray and r.shape == shape and r.dtype == dtype:\n',
  '            if _HOT and type(r) is ndarray and r.shape == shape and r.dtype != dtype:\n', 'vjp', note='== -> != at line 269')
M('auto-201-optim.rmsprop-45-37', 'optim/rmsprop.py',
  "            if group['weight_decay'] != 0:\n",
  "            if group['weight_decay'] == 0:\n", 'front-end', note='!= -> == at line 45')
M('auto-201-ops.rnn_ops-929-25', 'ops/rnn_ops.py',
  '    H = ctx.shapes[0][0][1]\n',
  '    H = ctx.shapes[0][0][2]\n', 'op formula', note='1 -> 2 at line 929')
M('auto-201-ops.rnn_ops-692-43', 'ops/rnn_ops.py',
  '    B = batch_sizes[0] if batch_sizes else 0\n',
  '    B = batch_sizes[0] if batch_sizes else 1\n', 'op formula', note='0 -> 1 at line 692',
  equivalent='B is read only inside the loop over the time steps, which is empty when batch_sizes is empty')
M('auto-201-ops.conv_ops-1404-26', 'ops/conv_ops.py',
  '                core[sl(n - 1 - b, n - 1)] += np.flip(src, d)\n',
  '                core[sl(n + 1 - b, n - 1)] += np.flip(src, d)\n', 'op formula', note='- -> + at line 1404')
M('auto-201-optim.lr_scheduler-107-24', 'optim/lr_scheduler.py',
  '        return [base_lr * self.gamma ** bisect_right(self.milestones, self.last_epoch)\n',
  '        return [base_lr / self.gamma ** bisect_right(self.milestones, self.last_epoch)\n', 'front-end', note='* -> / at line 107')
M('auto-201-nn._functional_activation-42-44', 'nn/_functional_activation.py',
  '    return (g * ctx.B.mask((x > lambd) | (x < -lambd), g),)\n',
  '    return (g * ctx.B.mask((x > lambd) | (x <= -lambd), g),)\n', 'op formula', note='< -> <= at line 42')
M('auto-201-ops.nn_ops-179-14', 'ops/nn_ops.py',
  '    return (g * (1 - neg) * SELU_SCALE + g * neg * (out + SELU_ALPHA * SELU_SCALE),)\n',
  '    return (g / (1 - neg) * SELU_SCALE + g * neg * (out + SELU_ALPHA * SELU_SCALE),)\n', 'op formula', note='* -> / at line 179')
M('auto-201-nn.modules.normalization-55-51', 'nn/modules/normalization.py',
  "    return _channel_sum(B, x * x, m) * (p['alpha'] / p['size']) + p['k']\n",
  "    return _channel_sum(B, x * x, m) * (p['alpha'] * p['size']) + p['k']\n", 'op formula', note='/ -> * at line 55')
M('auto-201-ops.conv_ops-1207-57', 'ops/conv_ops.py',
  "                           'padH = %d, kW = %d, kH = %d' % (p[1], p[0], k[1], k[0]))\n",
  "                           'padH = %d, kW = %d, kH = %d' // (p[1], p[0], k[1], k[0]))\n", 'op formula', nth=1, note='% -> // at line 1207')
M('auto-201-ops.conv_ops-567-72', 'ops/conv_ops.py',
  "    _input_grad_back, grad_fn='ConvNdBackwardBackward', save_inputs=(0, 1),\n",
  "    _input_grad_back, grad_fn='ConvNdBackwardBackward', save_inputs=(0, 0),\n", 'op formula', note='1 -> 0 at line 567')
M('auto-201-nn.parallel.parallel_apply-55-80', 'nn/parallel/parallel_apply.py',
  '        _worker(0, modules[0], inputs[0], kwargs_tup[0], results, lock, devices[0])\n',
  '        _worker(0, modules[0], inputs[0], kwargs_tup[0], results, lock, devices[1])\n', 'op formula', note='0 -> 1 at line 55')
M('auto-201-nn._functional_volumetric-481-57', 'nn/_functional_volumetric.py',
  '    bad = (t < 0) | (t >= ot) | (h < 0) | (h >= oh) | (w < 0) | (w >= ow)\n',
  '    bad = (t < 0) | (t >= ot) | (h < 0) | (h >= oh) | (w > 0) | (w >= ow)\n', 'op formula', note='< -> > at line 481')
M('auto-201-backend_numpy-36-37', 'backend_numpy.py',
  '    if len(sa) == 2 and len(sb) == 2 and sa[0] * sb[1] >= MATMUL_MIN:\n',
  '    if len(sa) == 2 and len(sb) == 2 or sa[0] * sb[1] >= MATMUL_MIN:\n', 'front-end', note='and -> or at line 36',
  equivalent="dot is only called with 2-D operands (addmm's forward and the backends' mm); the mutant sends small contiguous float matrices to numpy.matmul, which gives the same bits and layout as numpy.dot (12,000 random shapes/layouts checked, NaN included)")
M('auto-201-ops.nn_ops-354-27', 'ops/nn_ops.py',
  '    for k in range(w.shape[0]):\n',
  '    for k in range(w.shape[1]):\n', 'op formula', note='0 -> 1 at line 354')
M('auto-201-ops.conv_ops-1209-91', 'ops/conv_ops.py',
  "        raise RuntimeError('pad should be non-negative, but got padW = %d, padH = %d' % (p[1], p[0]))\n",
  "        raise RuntimeError('pad should be non-negative, but got padW = %d, padH = %d' % (p[2], p[0]))\n", 'op formula', nth=1, note='1 -> 2 at line 1209')
M('auto-201-ops.conv_ops-1571-19', 'ops/conv_ops.py',
  '        if not any(0 <= r < size for r in rows):\n',
  '        if not any(1 <= r < size for r in rows):\n', 'op formula', note='0 -> 1 at line 1571',
  equivalent="_extent_ok is the parity suite's sample filter (pooling windows that touch the input): test data, no public call reads it")
M('auto-201-nn._functional_volumetric-527-34', 'nn/_functional_volumetric.py',
  '    samples = samples.reshape(-1, 2)\n',
  '    samples = samples.reshape(-1, 3)\n', 'op formula', note='2 -> 3 at line 527')
M('auto-201-ops.backend_variable-190-13', 'ops/backend_variable.py',
  '    return a * m + b * (1 - m)\n',
  '    return a + m + b * (1 - m)\n', 'front-end', note='* -> + at line 190',
  equivalent="dead code: no backward formula calls the Variable backend's where (nor the numpy one); no public call reaches it (test_auto_kills_nn calls the vocabulary directly)")
M('auto-201-nn._functional_schema-396-57', 'nn/_functional_schema.py',
  "            a, b, t, margin, reduction='sum') / (a.shape[0] if size_average else 1), **loss)\n",
  "            a, b, t, margin, reduction='sum') / (a.shape[1] if size_average else 1), **loss)\n", 'op formula', note='0 -> 1 at line 396')
# auto-201-autograd.function-693-68: gone with its line: session 18 gave the nesting errors 0.3.1's text, which has no 'Accepted types' part (_nesting_error)
M('auto-201-backend_numpy-257-40', 'backend_numpy.py',
  '    np.add.at(out, (slice(None),) * dim + (index,), src)\n',
  '    np.add.at(out, (slice(None),) * dim - (index,), src)\n', 'front-end', note='+ -> - at line 257')
M('auto-201-nn._backend_functions-114-44', 'nn/_backend_functions.py',
  '        gates = F.linear(input, w_ih, b_ih) + F.linear(h, w_hh, b_hh)\n',
  '        gates = F.linear(input, w_ih, b_ih) - F.linear(h, w_hh, b_hh)\n', 'op formula', note='+ -> - at line 114')
M('auto-201-ops.conv_ops-1564-50', 'ops/conv_ops.py',
  '    modern = (-(-num // s) if ceil else num // s) + 1\n',
  '    modern = (-(-num // s) if ceil else num // s) - 1\n', 'op formula', note='+ -> - at line 1564')
M('auto-201-ops.nn_ops-682-23', 'ops/nn_ops.py',
  '        w = dtype.type(1)\n',
  '        w = dtype.type(2)\n', 'op formula', note='1 -> 2 at line 682')
M('auto-201-autograd._functions.utils-30-38', 'autograd/_functions/utils.py',
  '        if numel2 != 1 and dims1[len1 - len2:] != dims2:\n',
  '        if numel2 != 1 and dims1[len1 + len2:] != dims2:\n', 'vjp', note='- -> + at line 30')
M('auto-201-nn.modules.pooling-180-27', 'nn/modules/pooling.py',
  "            + ', padding=' + str(self.padding) \\\n",
  "            + ', padding=' - str(self.padding) \\\n", 'op formula', nth=2, note='+ -> - at line 180')
M('auto-201-ops.conv_ops-504-56', 'ops/conv_ops.py',
  '        gx = B.conv_nd_input_grad(g, w, xs, p) if needs[0] else None\n',
  '        gx = B.conv_nd_input_grad(g, w, xs, p) if needs[1] else None\n', 'op formula', note='0 -> 1 at line 504')
M('auto-201-nn._graph_ops-128-14', 'nn/_graph_ops.py',
  "    return (g * ctx.B.const(ctx.params['scale'], g),)\n",
  "    return (g + ctx.B.const(ctx.params['scale'], g),)\n", 'op formula', note='* -> + at line 128')
M('auto-201-nn._backend_functions-93-18', 'nn/_backend_functions.py',
  '            train=True, bidirectional=False, batch_sizes=None, dropout_state=None,\n',
  '            train=False, bidirectional=False, batch_sizes=None, dropout_state=None,\n', 'op formula', note='True -> False at line 93')
M('auto-201-ops.conv_ops-1205-29', 'ops/conv_ops.py',
  '    if p[0] > k[0] // 2 or p[1] > k[1] // 2:\n',
  '    if p[0] > k[0] // 2 or p[2] > k[1] // 2:\n', 'op formula', nth=1, note='1 -> 2 at line 1205')
M('auto-201-ops.conv_ops-1246-36', 'ops/conv_ops.py',
  '    bs = _bn_bshape(x.ndim, x.shape[1])\n',
  '    bs = _bn_bshape(x.ndim, x.shape[0])\n', 'op formula', note='1 -> 0 at line 1246')
M('auto-201-ops.conv_ops-1567-22', 'ops/conv_ops.py',
  '    if out < 1 or out != modern:\n',
  '    if out < 1 or out == modern:\n', 'op formula', note='!= -> == at line 1567')
M('auto-201-autograd.variable-64-27', 'autograd/variable.py',
  '        v._requires_grad = False\n',
  '        v._requires_grad = True\n', 'vjp', note='False -> True at line 64')
M('auto-201-optim.lbfgs-111-25', 'optim/lbfgs.py',
  '                H_diag = 1\n',
  '                H_diag = 2\n', 'front-end', note='1 -> 2 at line 111')
M('auto-201-nn._functional_schema-123-24', 'nn/_functional_schema.py',
  '    return out, mz + my * 256 + mx * 65536\n',
  '    return out, mz + my + 256 + mx * 65536\n', 'op formula', note='* -> + at line 123')
M('auto-201-autograd.variable-151-15', 'autograd/variable.py',
  '        return False\n',
  '        return True\n', 'vjp', nth=0, note='False -> True at line 151')

# ============================================================================ hautoB: random sample, seed 202
# The second sample (AUTO_MUTANTS_SEED=202 AUTO_MUTANTS_COUNT=40, same files), drawn at 0e9cdd0
# after the first round of test_auto_kills_nn, measured before any test was written for it:
# 29 of 40 killed by the subsets; the survivors closed by test_auto_kills_nn or argued
# equivalent below.
M('auto-202-ops.conv_ops-524-50', 'ops/conv_ops.py',
  '    modern=lambda torch, x, w, b=None, stride=(1, 1), padding=(0, 0), dilation=(1, 1), groups=1,\n',
  '    modern=lambda torch, x, w, b=None, stride=(1, 0), padding=(0, 0), dilation=(1, 1), groups=1,\n', 'op formula', note='1 -> 0 at line 524',
  equivalent="the default stride of the conv2d registry op's modern-torch oracle: every parity sample of that op (_conv_case) passes stride, so the default is never read")
M('auto-202-nn._functional_conv-76-42', 'nn/_functional_conv.py',
  '    kernel_size = _single(kernel_size) + (1,)\n',
  '    kernel_size = _single(kernel_size) + (2,)\n', 'op formula', note='1 -> 2 at line 76')
M('auto-202-nn._functional_vision-97-23', 'nn/_functional_vision.py',
  '        if any(size[d] % in_sizes[d] != 0 for d in range(nd)):\n',
  '        if any(size[d] // in_sizes[d] != 0 for d in range(nd)):\n', 'op formula', note='% -> // at line 97')
M('auto-202-nn._functional_activation-110-26', 'nn/_functional_activation.py',
  '    out = input.narrow(d, 0, h) * input.narrow(d, h, h).sigmoid()\n',
  '    out = input.narrow(d, 1, h) * input.narrow(d, h, h).sigmoid()\n', 'op formula', note='0 -> 1 at line 110')
M('auto-202-nn._functional_volumetric-129-50', 'nn/_functional_volumetric.py',
  '    full = (d - 1) * st[0] + dl[0] * (kd - 1) + 1 + op[0]      # depth before cropping padding\n',
  '    full = (d - 1) * st[0] + dl[0] * (kd - 1) + 1 - op[0]      # depth before cropping padding\n', 'op formula', note='+ -> - at line 129')
M('auto-202-nn.modules.linear-57-40', 'nn/modules/linear.py',
  "        return (self.__class__.__name__ + '(in_features=' + str(self.in_features)\n",
  "        return (self.__class__.__name__ - '(in_features=' + str(self.in_features)\n", 'op formula', note='+ -> - at line 57')
M('auto-202-nn._functional_volumetric-337-45', 'nn/_functional_volumetric.py',
  '    out = _adaptive_out(output_size, a.shape[-1:], 1)\n',
  '    out = _adaptive_out(output_size, a.shape[-2:], 1)\n', 'op formula', nth=1, note='-1 -> -2 at line 337')
M('auto-202-ops.conv_ops-136-33', 'ops/conv_ops.py',
  '        if self.bytes + a.nbytes > self.limit:\n',
  '        if self.bytes + a.nbytes < self.limit:\n', 'op formula', note='> -> < at line 136')
M('auto-202-autograd._functions.__init__-59-58', 'autograd/_functions/__init__.py',
  '            result = bound(*call_args[1:])\n',
  '            result = bound(*call_args[0:])\n', 'vjp', note='1 -> 0 at line 59 (adapted: the line is now the bound method call, hwideD\'s Normal fix)')
M('auto-202-ops.rnn_ops-547-38', 'ops/rnn_ops.py',
  '        return _VarK.const((a.data._a > 0).astype(a.data._a.dtype), a)\n',
  '        return _VarK.const((a.data._a < 0).astype(a.data._a.dtype), a)\n', 'op formula', note='> -> < at line 547')
M('auto-202-ops.nn_ops-497-39', 'ops/nn_ops.py',
  '    sign = np.where(d >= 0, 1.0, -1.0) * _norm(ctx, xv.size)\n',
  '    sign = np.where(d >= 0, 1.0, -1.0) / _norm(ctx, xv.size)\n', 'op formula', note='* -> / at line 497')
M('auto-202-ops.conv_ops-992-12', 'ops/conv_ops.py',
  '    if p[0] > k[0] // 2 or p[1] > k[1] // 2:\n',
  '    if p[0] < k[0] // 2 or p[1] > k[1] // 2:\n', 'op formula', nth=0, note='> -> < at line 992')
M('auto-202-nn.modules.linear-77-36', 'nn/modules/linear.py',
  "                + ', in2_features=' + str(self.in2_features)\n",
  "                + ', in2_features=' - str(self.in2_features)\n", 'op formula', note='+ -> - at line 77')
M('auto-202-autograd.gradcheck-142-42', 'autograd/gradcheck.py',
  '                    jacobian_x._a[:, i] = 0\n',
  '                    jacobian_x._a[:, i] = 1\n', 'vjp', note='0 -> 1 at line 142')
M('auto-202-autograd._functions.utils-33-20', 'autograd/_functions/utils.py',
  '        broadcast = True\n',
  '        broadcast = False\n', 'vjp', nth=2, note='True -> False at line 33')
M('auto-202-nn._functional_volumetric-492-64', 'nn/_functional_volumetric.py',
  '    h = (np.arange(ih) * stride[1] - padding[1])[None, :, None] + my\n',
  '    h = (np.arange(ih) * stride[1] - padding[1])[None, :, None] - my\n', 'op formula', note='+ -> - at line 492')
M('auto-202-nn._functional_volumetric-455-28', 'nn/_functional_volumetric.py',
  '    shape = a.shape[:a.ndim - nd] + tuple(int(v) for v in out_spatial)\n',
  '    shape = a.shape[:a.ndim + nd] + tuple(int(v) for v in out_spatial)\n', 'op formula', note='- -> + at line 455')
M('auto-202-ops.conv_ops-1466-24', 'ops/conv_ops.py',
  '            if len(pad) != 2:\n',
  '            if len(pad) == 2:\n', 'op formula', note='!= -> == at line 1466')
M('auto-202-autograd.nodes-27-10', 'autograd/nodes.py',
  'KIND_OP = 0\n',
  'KIND_OP = 1\n', 'vjp', note='0 -> 1 at line 27')
M('auto-202-nn.modules.activation-294-63', 'nn/modules/activation.py',
  "        return self.__class__.__name__ + '(' + str(self.lambd) + ')'\n",
  "        return self.__class__.__name__ + '(' + str(self.lambd) - ')'\n", 'op formula', nth=1, note='+ -> - at line 294')
M('auto-202-autograd.__init__-82-50', 'autograd/__init__.py',
  "                                   '(element %d)' % (errors.fmt_sizes(g._data._a.shape),\n",
  "                                   '(element %d)' // (errors.fmt_sizes(g._data._a.shape),\n", 'vjp', note='% -> // at line 82')
M('auto-202-nn.functional-308-41', 'nn/functional.py',
  '        _renorm_rows(weight, idx.reshape(-1), float(max_norm), float(norm_type))\n',
  '        _renorm_rows(weight, idx.reshape(-2), float(max_norm), float(norm_type))\n', 'op formula', note='-1 -> -2 at line 308',
  equivalent="numpy's reshape treats every negative size as the inferred one: idx.reshape(-2) is idx.reshape(-1)")
M('auto-202-ops.conv_ops-995-14', 'ops/conv_ops.py',
  '    if min(p) < 0:      # THNN let a negative pad through (and read outside the input)\n',
  '    if min(p) > 0:      # THNN let a negative pad through (and read outside the input)\n', 'op formula', nth=0, note='< -> > at line 995')
M('auto-202-ops.conv_ops-682-24', 'ops/conv_ops.py',
  '    if oh < 1 or ow < 1 or min(st) < 1 or min(dl) < 1:\n',
  '    if oh < 1 or ow < 1 and min(st) < 1 or min(dl) < 1:\n', 'op formula', note='or -> and at line 682')
M('auto-202-nn._functional_volumetric-181-18', 'nn/_functional_volumetric.py',
  '    if p and (out - 1) * s >= size + p:\n',
  '    if p and (out + 1) * s >= size + p:\n', 'op formula', note='- -> + at line 181')
M('auto-202-nn.modules.rnn-255-10', 'nn/modules/rnn.py',
  "        s += ')'\n",
  "        s -= ')'\n", 'op formula', nth=0, note='+= -> -= at line 255')
M('auto-202-nn._functional_volumetric-496-24', 'nn/_functional_volumetric.py',
  '    flat = (t * oh + h) * ow + w\n',
  '    flat = (t * oh + h) + ow + w\n', 'op formula', note='* -> + at line 496')
M('auto-202-ops.nn_ops-375-31', 'ops/nn_ops.py',
  '        g2 = B.t(B.sum(gt * c, 0))\n',
  '        g2 = B.t(B.sum(gt * c, 1))\n', 'op formula', note='0 -> 1 at line 375')
M('auto-202-ops.conv_ops-999-28', 'ops/conv_ops.py',
  '    ow = pool_out_size(w, k[1], s[1], p[1], d[1], ceil_mode)\n',
  '    ow = pool_out_size(w, k[2], s[1], p[1], d[1], ceil_mode)\n', 'op formula', note='1 -> 2 at line 999')
M('auto-202-nn.functional-397-45', 'nn/functional.py',
  '        out_size = (n,) + tuple(input.size()[2:])\n',
  '        out_size = (n,) + tuple(input.size()[1:])\n', 'op formula', note='2 -> 1 at line 397')
M('auto-202-nn._functional_activation-106-9', 'nn/_functional_activation.py',
  '    if n % 2:\n',
  '    if n // 2:\n', 'op formula', note='% -> // at line 106')
M('auto-202-nn._functional_volumetric-100-63', 'nn/_functional_volumetric.py',
  '        y = _F2.conv2d(slab, weight[:, :, k], None, st[1:], pd[1:], dl[1:], groups)\n',
  '        y = _F2.conv2d(slab, weight[:, :, k], None, st[1:], pd[0:], dl[1:], groups)\n', 'op formula', note='1 -> 0 at line 100')
M('auto-202-ops.conv_ops-288-32', 'ops/conv_ops.py',
  '    two_step = sh == 1 and kh > 1 and (ow if nl else ow * n) < SHORT_RUN\n',
  '    two_step = sh == 1 and kh > 0 and (ow if nl else ow * n) < SHORT_RUN\n', 'op formula', note='1 -> 0 at line 288',
  equivalent='with a one-row kernel (kh == 1) the two-step im2col (a shifted copy, then a strided view) builds the same column matrix, element for element, as the one-step strided view: only copies differ, the GEMM sees the same numbers')
M('auto-202-ops.nn_ops-976-43', 'ops/nn_ops.py',
  "                     'scale_grad_by_freq': True},\n",
  "                     'scale_grad_by_freq': False},\n", 'op formula', note='True -> False at line 976')
M('auto-202-ops.conv_ops-1209-42', 'ops/conv_ops.py',
  '    if p[0] > k[0] // 2 or p[1] > k[1] // 2:\n',
  '    if p[0] > k[0] // 2 or p[1] > k[1] // 3:\n', 'op formula', nth=1, note='2 -> 3 at line 1209')
M('auto-202-ops.conv_ops-506-18', 'ops/conv_ops.py',
  '    if len(needs) > 2:\n',
  '    if len(needs) < 2:\n', 'op formula', nth=0, note='> -> < at line 506')
M('auto-202-ops.nn_ops-179-43', 'ops/nn_ops.py',
  '    return (g * (1 - neg) * SELU_SCALE + g * neg * (out + SELU_ALPHA * SELU_SCALE),)\n',
  '    return (g * (1 - neg) * SELU_SCALE + g / neg * (out + SELU_ALPHA * SELU_SCALE),)\n', 'op formula', note='* -> / at line 179')
M('auto-202-ops.rnn_ops-701-17', 'ops/rnn_ops.py',
  '    cps = [None] * len(batch_sizes)\n',
  '    cps = [None] + len(batch_sizes)\n', 'op formula', note='* -> + at line 701')
M('auto-202-ops.conv_ops-1594-23', 'ops/conv_ops.py',
  '            size = max(1, d * (k - 1) + 1 - 2 * p) + r.int(0, 2)\n',
  '            size = max(2, d * (k - 1) + 1 - 2 * p) + r.int(0, 2)\n', 'op formula', note='1 -> 2 at line 1594',
  equivalent="_conv_case is the parity suite's sample generator (input sizes of at least 2 instead of 1 stay valid samples): test data, no public call reads it")
M('auto-202-nn._functional_volumetric-237-48', 'nn/_functional_volumetric.py',
  '    extra = [max(0, (out[i] - 1) * s[i] + dl[i] * (k[i] - 1) + 1 - sizes[i] - p[i])\n',
  '    extra = [max(0, (out[i] - 1) * s[i] + dl[i] + (k[i] - 1) + 1 - sizes[i] - p[i])\n', 'op formula', note='* -> + at line 237')

# ============================================================================ lead, session 14
# Random one-token samples (tools/auto_mutants.py) of the rewritten torch.sparse (seed 303, 30 drawn
# after compat_tests/test_sparse_tensors.py was written, before any test aimed at them: 23 of 30
# killed by their subsets, 2 argued equivalent, the other 5 then given tests; auto-303 _coo-144
# is gone: size() was rewritten with its test) and the distributions mutant of seed 301 (the
# other 29 of that draw were mutants of the sparse module replaced since).
M('auto-303-sparse._stateless-149-24', 'sparse/_stateless.py',
  '    empty_i = np.zeros((2, 0), np.int64)\n',
  '    empty_i = np.zeros((1, 0), np.int64)\n', 'front-end', note='2 -> 1 at line 149', equivalent="sspmm's empty t: its (0-column) index array only fills out_i[:, :0] (t_nnz is 0), so its row count is never read")
M('auto-303-sparse._stateless-226-12', 'sparse/_stateless.py',
  "    if name == 'addmm':\n",
  "    if name != 'addmm':\n", 'front-end', note='== -> != at line 226')
M('auto-303-sparse._kernels-155-27', 'sparse/_kernels.py',
  '    return rows.reshape(1, -1).astype(np.int64), values\n',
  '    return rows.reshape(1, 0).astype(np.int64), values\n', 'front-end', note='-1 -> 0 at line 155')
M('auto-303-sparse._kernels-18-23', 'sparse/_kernels.py',
  '    for d in range(i.shape[0] - 1, -1, -1):\n',
  '    for d in range(i.shape[0] + 1, -1, -1):\n', 'front-end', note='- -> + at line 18')
M('auto-303-sparse._kernels-52-43', 'sparse/_kernels.py',
  '            cmp = 1 if p < q else (-1 if p > q else 0)\n',
  '            cmp = 1 if p < q else (-1 if p >= q else 0)\n', 'front-end', note='> -> >= at line 52')
M('auto-303-sparse._stateless-150-45', 'sparse/_stateless.py',
  '    ia, va = K.sspaddmm(0, empty_i, np.zeros(0, mat2._a.dtype), 1, s._i, s._v, s._shape,\n',
  '    ia, va = K.sspaddmm(0, empty_i, np.zeros(1, mat2._a.dtype), 1, s._i, s._v, s._shape,\n', 'front-end', note='0 -> 1 at line 150')
M('auto-303-sparse._kernels-93-20', 'sparse/_kernels.py',
  '    dense[tuple(i)] += scaled\n',
  '    dense[tuple(i)] -= scaled\n', 'front-end', note='+= -> -= at line 93')
M('auto-303-sparse._coo-82-25', 'sparse/_coo.py',
  '            if type(args[1]) is not dcls or (len(args) > 2 and not isinstance(args[2], Size)):\n',
  '            if type(args[2]) is not dcls or (len(args) > 2 and not isinstance(args[2], Size)):\n', 'front-end', note='1 -> 2 at line 82')
M('auto-303-sparse._kernels-53-15', 'sparse/_kernels.py',
  '        if cmp >= 0:\n',
  '        if cmp > 0:\n', 'front-end', note='>= -> > at line 53')
M('auto-303-sparse._stateless-125-34', 'sparse/_stateless.py',
  '    _check_t(t._a.shape, s._shape[0], m2._a.shape[1])\n',
  '    _check_t(t._a.shape, s._shape[1], m2._a.shape[1])\n', 'front-end', note='0 -> 1 at line 125')
M('auto-303-sparse._coo-104-26', 'sparse/_coo.py',
  '            if ia.ndim != 2:\n',
  '            if ia.ndim != 1:\n', 'front-end', note='2 -> 1 at line 104')
M('auto-303-sparse._kernels-64-37', 'sparse/_kernels.py',
  '    out_v = np.zeros((r,) + tv.shape[1:], dtype=tv.dtype)\n',
  '    out_v = np.zeros((r,) + tv.shape[2:], dtype=tv.dtype)\n', 'front-end', note='1 -> 2 at line 64')
M('auto-303-sparse._kernels-129-29', 'sparse/_kernels.py',
  '    head_v = (tv.reshape(-1) * dt(beta)).astype(dense.dtype, copy=False)\n',
  '    head_v = (tv.reshape(-1) + dt(beta)).astype(dense.dtype, copy=False)\n', 'front-end', note='* -> + at line 129')
M('auto-303-sparse._kernels-108-52', 'sparse/_kernels.py',
  '        r = (t * dt(beta)).astype(dense.dtype, copy=False)\n',
  '        r = (t * dt(beta)).astype(dense.dtype, copy=True)\n', 'front-end', note='False -> True at line 108', equivalent='t * beta is already a new array; astype(copy=True) copies it once more: the same values')
M('auto-303-sparse._kernels-105-14', 'sparse/_kernels.py',
  '    elif beta == 1:\n',
  '    elif beta != 1:\n', 'front-end', note='== -> != at line 105')
M('auto-303-sparse._coo-93-29', 'sparse/_coo.py',
  '                  len(size), False)\n',
  '                  len(size), True)\n', 'front-end', note='False -> True at line 93')
M('auto-303-sparse._stateless-104-75', 'sparse/_stateless.py',
  '            raise TypeError("%s() got multiple values for argument \'beta\'" % name)\n',
  '            raise TypeError("%s() got multiple values for argument \'beta\'" // name)\n', 'front-end', note='% -> // at line 104')
M('auto-303-sparse._coo-41-22', 'sparse/_coo.py',
  '            if len(a) != n:\n',
  '            if len(a) == n:\n', 'front-end', note='!= -> == at line 41')
M('auto-303-sparse._kernels-161-29', 'sparse/_kernels.py',
  '        return np.zeros((0,) + shape_v_rows, dtype=dense.dtype)\n',
  '        return np.zeros((0,) - shape_v_rows, dtype=dense.dtype)\n', 'front-end', note='+ -> - at line 161')
M('auto-303-sparse._kernels-18-32', 'sparse/_kernels.py',
  '    for d in range(i.shape[0] - 1, -1, -1):\n',
  '    for d in range(i.shape[0] - 1, -1, -2):\n', 'front-end', note='-1 -> -2 at line 18')
M('auto-303-sparse._coo-250-63', 'sparse/_coo.py',
  "                               'Got nDimI: %d, d1: %d, d2: %d' % (n, dim0, dim1))\n",
  "                               'Got nDimI: %d, d1: %d, d2: %d' // (n, dim0, dim1))\n", 'front-end', note='% -> // at line 250')
M('auto-303-sparse._stateless-160-22', 'sparse/_stateless.py',
  '    shape = (s._shape[0], mat2._a.shape[1])\n',
  '    shape = (s._shape[1], mat2._a.shape[1])\n', 'front-end', note='0 -> 1 at line 160', nth=1)
M('auto-303-sparse._kernels-18-28', 'sparse/_kernels.py',
  '    for d in range(i.shape[0] - 1, -1, -1):\n',
  '    for d in range(i.shape[0] - 1, 0, -1):\n', 'front-end', note='-1 -> 0 at line 18')
M('auto-303-sparse._coo-72-16', 'sparse/_coo.py',
  '    is_sparse = True\n',
  '    is_sparse = False\n', 'front-end', note='True -> False at line 72')
M('auto-303-sparse._coo-71-14', 'sparse/_coo.py',
  '    is_cuda = False\n',
  '    is_cuda = True\n', 'front-end', note='False -> True at line 71')
M('auto-303-sparse._stateless-63-44', 'sparse/_stateless.py',
  '                           % (sparse._shape[1], dense._a.shape[0]))\n',
  '                           % (sparse._shape[2], dense._a.shape[0]))\n', 'front-end', note='1 -> 2 at line 63')
# (auto-303-sparse._coo-398-27, '/ -> *' in the sparse integer division, was killed; the code is
# gone since e64dfeb: sparse integer division is the dense tensors' _int_div, whose mutants are
# the op files')
M('auto-303-sparse._coo-543-27', 'sparse/_coo.py',
  '    if tuple(dense.size()) != mask._shape:\n',
  '    if tuple(dense.size()) == mask._shape:\n', 'front-end', note='!= -> == at line 543')
M('auto-303-sparse._coo-449-15', 'sparse/_coo.py',
  '        return 1, args[0]\n',
  '        return 2, args[0]\n', 'front-end', note='1 -> 2 at line 449')
M('auto-301-distributions-60-62', 'distributions.py',
  '        return TORCH.multinomial(self.probs, 1, True).squeeze(-1)\n',
  '        return TORCH.multinomial(self.probs, 1, True).squeeze(0)\n', 'front-end', note='-1 -> 0 at line 60')
# ============================================================================ hautoA: random sample, seed 101
# AUTO_MUTANTS_SEED=101 AUTO_MUTANTS_COUNT=60 over the tensor-op files (ops/ except the nn
# kernels, tensor, storage, size, printing, dtypes, random, rng), drawn at 0ba2ba3 and kept as
# literal snippets (the drawn sites move as the files change).  Before any test: 43 of 60 killed
# by their subsets; the survivors are killed by test_auto_kills_ops.py, 4 argued equivalent.
M('auto-101-ops.shape-360-58', 'ops/shape.py',
  "    grad_fn='NarrowBackward', argnames=('self',), is_view=True,\n",
  "    grad_fn='NarrowBackward', argnames=('self',), is_view=False,\n", FE,
  note='True -> False at line 360')
M('auto-101-ops.shape-368-10', 'ops/shape.py',
  '    if nd == 0:\n',
  '    if nd != 0:\n', FE, nth=0,
  note='== -> != at line 368')
M('auto-101-ops.schema-172-48', 'ops/schema.py',
  "        return self.forms.get('tensor.inplace') or self.forms.get('variable.inplace')\n",
  "        return self.forms.get('tensor.inplace') and self.forms.get('variable.inplace')\n", FE,
  note='or -> and at line 172')
M('auto-101-ops.indexing-743-30', 'ops/indexing.py',
  '    if index.size and ((index < 0).any() or (index >= size).any()):\n',
  '    if index.size and ((index > 0).any() or (index >= size).any()):\n', FE,
  note='< -> > at line 743')
M('auto-101-ops.shape-838-30', 'ops/shape.py',
  '    elif a.flags.c_contiguous and n <= a.size:\n',
  '    elif a.flags.c_contiguous or n <= a.size:\n', FE,
  note='and -> or at line 838')
M('auto-101-ops.blas_ops-44-26', 'ops/blas_ops.py',
  '    return x if factor == 1 else x * factor\n',
  '    return x if factor == 2 else x * factor\n', FE,
  note='1 -> 2 at line 44')
M('auto-101-rng-33-32', 'rng.py',
  '_FLOAT_DIVISOR = np.float32(1.0 / (1 << 24))\n',
  '_FLOAT_DIVISOR = np.float32(1.0 * (1 << 24))\n', FE,
  note='/ -> * at line 33')
M('auto-101-ops.indexing-204-40', 'ops/indexing.py',
  '        raise TypeError(_INDEX_TYPE_MSG % x.type())\n',
  '        raise TypeError(_INDEX_TYPE_MSG // x.type())\n', FE,
  note='% -> // at line 204')
M('auto-101-ops.pointwise-566-38', 'ops/pointwise.py',
  '    return (g * ctx.B.sinh(ctx.inputs[0]),)\n',
  '    return (g * ctx.B.sinh(ctx.inputs[1]),)\n', FE,
  note='0 -> 1 at line 566')
M('auto-101-ops.arithmetic-102-36', 'ops/arithmetic.py',
  '    lambda ctx, g: (-g * ctx.output * ctx.output,),\n',
  '    lambda ctx, g: (-g * ctx.output + ctx.output,),\n', FE,
  note='* -> + at line 102')
M('auto-101-tensor-187-27', 'tensor.py',
  '        if self._a.size == 0:\n',
  '        if self._a.size == 1:\n', FE, nth=1,
  note='0 -> 1 at line 187')
M('auto-101-ops.pointwise-500-13', 'ops/pointwise.py',
  '    return a + weight * (end - a)\n',
  '    return a - weight * (end - a)\n', FE,
  note='+ -> - at line 500')
M('auto-101-ops.pointwise-810-26', 'ops/pointwise.py',
  '            torch.where(x < min, torch.full_like(x, min), torch.clamp(x, max=max))\n',
  '            torch.where(x > min, torch.full_like(x, min), torch.clamp(x, max=max))\n', FE,
  note='< -> > at line 810')
M('auto-101-ops.shape-621-30', 'ops/shape.py',
  '        if x.ndim != ref.ndim or any(x.shape[i] != ref.shape[i] for i in range(ref.ndim) if i != d):\n',
  '        if x.ndim != ref.ndim and any(x.shape[i] != ref.shape[i] for i in range(ref.ndim) if i != d):\n', FE,
  note='or -> and at line 621')
M('auto-101-printing-216-33', 'printing.py',
  '            sz = 7 if exp_max == 0 else exp_max + 6\n',
  '            sz = 7 if exp_max == 1 else exp_max + 6\n', PR,
  note='0 -> 1 at line 216')
M('auto-101-ops.lapack-779-23', 'ops/lapack.py',
  '                lu[k + 1:, k] /= lu[k, k]\n',
  '                lu[k + 2:, k] /= lu[k, k]\n', FE,
  note='1 -> 2 at line 779')
M('auto-101-ops.pointwise-141-29', 'ops/pointwise.py',
  '    return _TWO_OVER_SQRT_PI * np.exp(-x * x) * total\n',
  '    return _TWO_OVER_SQRT_PI / np.exp(-x * x) * total\n', FE,
  note='* -> / at line 141')
M('auto-101-rng-286-13', 'rng.py',
  '        if n < 0:\n',
  '        if n > 0:\n', FE,
  note='< -> > at line 286')
M('auto-101-ops.indexing-1016-55', 'ops/indexing.py',
  '                               % (int(idx[bad].reshape(-1)[0]), numel))\n',
  '                               % (int(idx[bad].reshape(-2)[0]), numel))\n', FE,
  equivalent='idx[bad] (a boolean-mask selection) is always 1-D and numpy 2 reads any negative size in reshape as the one inferred dimension: reshape(-2) == reshape(-1), the same number in the message',
  note='-1 -> -2 at line 1016')
M('auto-101-ops.dispatch-461-23', 'ops/dispatch.py',
  '            if b.shape == a.shape or (b.ndim <= a.ndim and _bcast_into(b.shape, a.shape)):\n',
  '            if b.shape != a.shape or (b.ndim <= a.ndim and _bcast_into(b.shape, a.shape)):\n', FP,
  equivalent='the two-operand in-place ufunc ops (add/sub/mul/div, *_alpha) reach call_inplace only from the arithmetic front-ends, which have already made other broadcastable into self (or reshaped it, the same-numel fallback); for such shapes the condition is the same whichever way the first comparison goes',
  note='== -> != at line 461')
M('auto-101-ops.lapack-274-29', 'ops/lapack.py',
  '        self = self.view(-1, 1)\n',
  '        self = self.view(-1, 0)\n', FE, nth=0,
  note='1 -> 0 at line 274')
M('auto-101-ops.reduction-677-12', 'ops/reduction.py',
  '    if p == 1:\n',
  '    if p == 2:\n', FE, nth=1,
  note='1 -> 2 at line 677')
M('auto-101-ops.dispatch-639-33', 'ops/dispatch.py',
  '    if requires and not volatile and op.differentiable:\n',
  '    if requires and not volatile or op.differentiable:\n', FP, nth=2,
  note='and -> or at line 639')
M('auto-101-rng-44-16', 'rng.py',
  "    'offsets': [0, 8, 12, 16, 24, 5016, 5024, 5032, 5040],\n",
  "    'offsets': [1, 8, 12, 16, 24, 5016, 5024, 5032, 5040],\n", FE,
  note='0 -> 1 at line 44')
M('auto-101-storage-53-21', 'storage.py',
  '            if not 0 <= offset <= numel:\n',
  '            if not 0 < offset <= numel:\n', FE,
  note='<= -> < at line 53')
M('auto-101-ops.lapack-381-78', 'ops/lapack.py',
  '                         torch.linalg.solve_triangular(a.tril().t(), b, upper=True), a))))\n',
  '                         torch.linalg.solve_triangular(a.tril().t(), b, upper=False), a))))\n', FE,
  note='True -> False at line 381')
M('auto-101-ops.shape-45-51', 'ops/shape.py',
  '    lambda ctx, g: (ctx.B.reshape(g, ctx.shapes[0][0]),),\n',
  '    lambda ctx, g: (ctx.B.reshape(g, ctx.shapes[0][1]),),\n', FE, nth=0,
  note='0 -> 1 at line 45')
M('auto-101-ops.linalg-68-13', 'ops/linalg.py',
  '    if alpha != 1:\n',
  '    if alpha == 1:\n', FE,
  note='!= -> == at line 68')
M('auto-101-printing-255-43', 'printing.py',
  '    per_line = int(math.floor(room / (sz + 1)))\n',
  '    per_line = int(math.floor(room / (sz + 0)))\n', PR,
  note='1 -> 0 at line 255')
M('auto-101-ops.reduction-609-58', 'ops/reduction.py',
  "    grad_fn='SqrtBackward', save_inputs=(0,), save_output=True, argnames=('self',),\n",
  "    grad_fn='SqrtBackward', save_inputs=(0,), save_output=False, argnames=('self',),\n", FE,
  note='True -> False at line 609')
M('auto-101-ops.pointwise-358-80', 'ops/pointwise.py',
  '        res = np.where(reflect, (math.pi / np.sin(math.pi * (x - np.round(x)))) ** 2 - res, res)\n',
  '        res = np.where(reflect, (math.pi / np.sin(math.pi * (x - np.round(x)))) * 2 - res, res)\n', FE,
  note='** -> * at line 358')
M('auto-101-ops.reduction-58-35', 'ops/reduction.py',
  '    return max(tensor_of(x).dim(), 1)\n',
  '    return max(tensor_of(x).dim(), 2)\n', FE,
  note='1 -> 2 at line 58')
M('auto-101-ops.pointwise-500-22', 'ops/pointwise.py',
  '    return a + weight * (end - a)\n',
  '    return a + weight / (end - a)\n', FE,
  note='* -> / at line 500')
M('auto-101-rng-209-26', 'rng.py',
  '        self._idle_next = 0\n',
  '        self._idle_next = 1\n', FE, nth=1,
  note='0 -> 1 at line 209')
M('auto-101-ops.shape-198-60', 'ops/shape.py',
  "    grad_fn='SqueezeBackward1', argnames=('self',), is_view=True,\n",
  "    grad_fn='SqueezeBackward1', argnames=('self',), is_view=False,\n", FE,
  note='True -> False at line 198')
M('auto-101-ops.pointwise-266-33', 'ops/pointwise.py',
  '        s = s + (b / (2 * i * (2 * i - 1))) * p\n',
  '        s = s + (b / (2 * i * (2 + i - 1))) * p\n', FE,
  note='* -> + at line 266')
M('auto-101-ops.pointwise-562-14', 'ops/pointwise.py',
  '    return (g * ctx.B.cosh(ctx.inputs[0]),)\n',
  '    return (g + ctx.B.cosh(ctx.inputs[0]),)\n', FE,
  note='* -> + at line 562')
M('auto-101-ops.pointwise-681-36', 'ops/pointwise.py',
  '     lambda torch, a: torch.where(a - torch.trunc(a) == 0.5 * torch.sign(a),\n',
  '     lambda torch, a: torch.where(a + torch.trunc(a) == 0.5 * torch.sign(a),\n', FE,
  note='- -> + at line 681')
M('auto-101-ops.creation-272-71', 'ops/creation.py',
  "        t._a, _args.int_arg(num_samples, 'multinomial', 'num_samples', 1), bool(replacement)))\n",
  "        t._a, _args.int_arg(num_samples, 'multinomial', 'num_samples', 2), bool(replacement)))\n", FE,
  note='1 -> 2 at line 272')
M('auto-101-ops.indexing-889-35', 'ops/indexing.py',
  '        if i != d and idx.shape[i] > a.shape[i]:\n',
  '        if i != d and idx.shape[i] < a.shape[i]:\n', FE,
  note='> -> < at line 889')
M('auto-101-ops.reduction-747-44', 'ops/reduction.py',
  "    grad_fn='DistBackward', save_inputs=(0, 1), save_output=True, argnames=('self', 'other'),\n",
  "    grad_fn='DistBackward', save_inputs=(0, 0), save_output=True, argnames=('self', 'other'),\n", FE,
  note='1 -> 0 at line 747')
M('auto-101-ops.pointwise-233-44', 'ops/pointwise.py',
  '    tail += k * (k + 1) * (k + 2) * (k + 3) * (k + 4) * big ** (-k - 5) / 30240.0\n',
  '    tail += k * (k + 1) * (k + 2) * (k + 3) + (k + 4) * big ** (-k - 5) / 30240.0\n', FE,
  note='* -> + at line 233')
M('auto-101-ops.blas_ops-203-28', 'ops/blas_ops.py',
  '                rest = rest[1:]\n',
  '                rest = rest[2:]\n', FE,
  note='1 -> 2 at line 203')
M('auto-101-ops.lapack-841-39', 'ops/lapack.py',
  '            isinstance(self, Variable) != isinstance(LU_pivots, Variable):\n',
  '            isinstance(self, Variable) == isinstance(LU_pivots, Variable):\n', FE,
  note='!= -> == at line 841')
M('auto-101-ops.reduction-355-19', 'ops/reduction.py',
  '    return (n - 1) - np.flip(rev, dim)\n',
  '    return (n - 1) + np.flip(rev, dim)\n', FE,
  note='- -> + at line 355')
M('auto-101-ops.shape-749-17', 'ops/shape.py',
  '    return (cols - rows <= k) if lower else (cols - rows >= k)\n',
  '    return (cols + rows <= k) if lower else (cols - rows >= k)\n', FE,
  note='- -> + at line 749')
M('auto-101-ops.shape-759-87', 'ops/shape.py',
  "    _tri_back(False),\n",
  "    _tri_back(True),\n", FE,
  note='False -> True at line 759 (hwideF: the same edit of _tri_back, which replaced the lambda)')
M('auto-101-rng-539-20', 'rng.py',
  '                cum[-1] = 1.0\n',
  '                cum[0] = 1.0\n', FE, nth=0,
  note='-1 -> 0 at line 539')
M('auto-101-ops.lapack-780-31', 'ops/lapack.py',
  '                lu[k + 1:, k + 1:] -= np.multiply.outer(lu[k + 1:, k], lu[k, k + 1:])\n',
  '                lu[k + 1:, k + 2:] -= np.multiply.outer(lu[k + 1:, k], lu[k, k + 1:])\n', FE,
  note='1 -> 2 at line 780')
M('auto-101-ops.pointwise-538-15', 'ops/pointwise.py',
  '    return (-g * ctx.B.sin(ctx.inputs[0]),)\n',
  '    return (-g / ctx.B.sin(ctx.inputs[0]),)\n', FE,
  note='* -> / at line 538')
M('auto-101-ops.lapack-611-30', 'ops/lapack.py',
  '        lkk = np.sqrt(w[k, k] - np.dot(lo[k, :k], lo[k, :k]))\n',
  '        lkk = np.sqrt(w[k, k] + np.dot(lo[k, :k], lo[k, :k]))\n', FE,
  note='- -> + at line 611')
M('auto-101-ops.shape-432-59', 'ops/shape.py',
  "    lambda ctx, g: (ctx.B.index_put_zeros(g, ctx.shapes[0][0], ctx.params['key']),),\n",
  "    lambda ctx, g: (ctx.B.index_put_zeros(g, ctx.shapes[0][1], ctx.params['key']),),\n", FE,
  note='0 -> 1 at line 432')
M('auto-101-ops.reduction-355-14', 'ops/reduction.py',
  '    return (n - 1) - np.flip(rev, dim)\n',
  '    return (n + 1) - np.flip(rev, dim)\n', FE,
  note='- -> + at line 355')
M('auto-101-ops.linalg-146-67', 'ops/linalg.py',
  "    'dot', lambda a, b: np.asarray(np.dot(a.reshape(-1), b.reshape(-1))).reshape(1),\n",
  "    'dot', lambda a, b: np.asarray(np.dot(a.reshape(-1), b.reshape(0))).reshape(1),\n", FE,
  note='-1 -> 0 at line 146')
M('auto-101-ops.lapack-245-65', 'ops/lapack.py',
  "        raise RuntimeError('Lapack Error in gesv : U(%d,%d) is zero, singular U.' % (i, i))\n",
  "        raise RuntimeError('Lapack Error in gesv : U(%d,%d) is zero, singular U.' // (i, i))\n", FE,
  note='% -> // at line 245')
M('auto-101-ops.creation-222-24', 'ops/creation.py',
  '        vals = t(start) + step * np.arange(steps, dtype=cls._dtype)\n',
  '        vals = t(start) - step * np.arange(steps, dtype=cls._dtype)\n', FE,
  note='+ -> - at line 222')
M('auto-101-ops.dispatch-461-45', 'ops/dispatch.py',
  '            if b.shape == a.shape or (b.ndim <= a.ndim and _bcast_into(b.shape, a.shape)):\n',
  '            if b.shape == a.shape or (b.ndim < a.ndim and _bcast_into(b.shape, a.shape)):\n', FP,
  equivalent="an operand of self's rank that broadcasts into it skips the ufunc fast path and takes the general one (forward with the same ufunc and operand order, then a copy into self): the same values, object and version bump; only the speed differs",
  note='<= -> < at line 461')
M('auto-101-ops.indexing-931-33', 'ops/indexing.py',
  "    return _keep_mask(ctx.shapes[0][0], NB.scatter_coords(p['dim'], p['index']))\n",
  "    return _keep_mask(ctx.shapes[1][0], NB.scatter_coords(p['dim'], p['index']))\n", FE,
  note='0 -> 1 at line 931')
M('auto-101-ops.reduction-291-16', 'ops/reduction.py',
  '    if idx.size > 1:\n',
  '    if idx.size >= 1:\n', FE,
  equivalent='with one index, expanding the (1,) gradient to idx.shape == (1,) is the identity in both backends (backend_numpy / backend_variable return it unchanged): same values and graph',
  note='> -> >= at line 291')
M('auto-101-ops.lapack-159-52', 'ops/lapack.py',
  '        if dst.shape == src.shape and (src.ndim < 2 or dst.flags.f_contiguous) \\\n',
  '        if dst.shape == src.shape and (src.ndim < 2 and dst.flags.f_contiguous) \\\n', FE,
  note='or -> and at line 159')

# ============================================================================ hautoA: random sample, seed 102
# AUTO_MUTANTS_SEED=102 AUTO_MUTANTS_COUNT=40 over the same files, drawn at f089581 (after the
# seed-101 work) and run before any test written for it: 31 of 40 killed by their subsets, 4
# argued equivalent; the 5 others are killed by test_auto_kills_ops.py.
M('auto-102-storage-316-22', 'storage.py',
  "    name = info.short + 'Storage'\n",
  "    name = info.short - 'Storage'\n", FE,
  note='+ -> - at line 316')
M('auto-102-ops.pointwise-221-91', 'ops/pointwise.py',
  '_B2K = (1.0 / 6, -1.0 / 30, 1.0 / 42, -1.0 / 30, 5.0 / 66, -691.0 / 2730, 7.0 / 6, -3617.0 / 510)\n',
  '_B2K = (1.0 / 6, -1.0 / 30, 1.0 / 42, -1.0 / 30, 5.0 / 66, -691.0 / 2730, 7.0 / 6, -3617.0 * 510)\n', FE,
  note='/ -> * at line 221')
M('auto-102-ops.linalg-79-42', 'ops/linalg.py',
  "    grad_fn='AddmmBackward', save_inputs=(1, 2), argnames=('self', 'mat1', 'mat2'),\n",
  "    grad_fn='AddmmBackward', save_inputs=(0, 2), argnames=('self', 'mat1', 'mat2'),\n", FE,
  note='1 -> 0 at line 79')
M('auto-102-printing-321-39', 'printing.py',
  '            parts.append(indent + dots + " " + _center(_DDOTS, 5) + " " + dots + "\\n")\n',
  '            parts.append(indent + dots - " " + _center(_DDOTS, 5) + " " + dots + "\\n")\n', PR,
  note='+ -> - at line 321')
M('auto-102-ops.indexing-427-14', 'ops/indexing.py',
  '        if -n <= key < n:\n',
  '        if -n > key < n:\n', FE,
  note='<= -> > at line 427')
M('auto-102-rng-71-26', 'rng.py',
  '            probe = probe * 50.0\n',
  '            probe = probe / 50.0\n', FE,
  equivalent="the probe only decides whether numpy's sqrt agrees with libm's bit for bit; both are correctly rounded IEEE square roots, so they agree on [0, 0.02) as on [0, 50): the same implementation is chosen",
  note='* -> / at line 71')
M('auto-102-ops.pointwise-333-11', 'ops/pointwise.py',
  '    z = x0 + k\n',
  '    z = x0 - k\n', FE,
  note='+ -> - at line 333')
M('auto-102-ops.lapack-147-56', 'ops/lapack.py',
  '    if not isinstance(outs, (tuple, list)) or len(outs) != len(res):\n',
  '    if not isinstance(outs, (tuple, list)) or len(outs) == len(res):\n', FE,
  note='!= -> == at line 147')
M('auto-102-ops.lapack-112-61', 'ops/lapack.py',
  "    if a.shape[0] != a.shape[1]:\n        raise RuntimeError('invalid argument 1: A should be square')\n",
  "    if a.shape[0] > a.shape[1]:\n        raise RuntimeError('invalid argument 1: A should be square')\n", FE,
  note='% -> // at line 112 (the formatted text is gone since the TH text: now the square test weakened)')
M('auto-102-ops.pointwise-676-82', 'ops/pointwise.py',
  "    ('sigmoid', _quiet(_sigmoid_fwd), _sigmoid_back, 'SigmoidBackward', 'output', True),\n",
  "    ('sigmoid', _quiet(_sigmoid_fwd), _sigmoid_back, 'SigmoidBackward', 'output', False),\n", FE,
  note='True -> False at line 676')
M('auto-102-ops.indexing-996-71', 'ops/indexing.py',
  "    idx, d = _scatter_common(self, dim, index, source, 'scatter_add_', False)\n",
  "    idx, d = _scatter_common(self, dim, index, source, 'scatter_add_', True)\n", FE,
  note='False -> True at line 996')
M('auto-102-ops.lapack-601-47', 'ops/lapack.py',
  '        d = np.diag(w)[k:] - np.sum(lo[k:, :k] ** 2, axis=1)\n',
  '        d = np.diag(w)[k:] - np.sum(lo[k:, :k] * 2, axis=1)\n', FE,
  note='** -> * at line 601')
M('auto-102-ops.creation-85-26', 'ops/creation.py',
  "    cls = cls or _OUT_CLS[0] or _default_type['cls']        # _default_cls(), inline\n",
  "    cls = cls or _OUT_CLS[1] or _default_type['cls']        # _default_cls(), inline\n", FE,
  note='0 -> 1 at line 85')
M('auto-102-storage-190-21', 'storage.py',
  '            if not 0 <= i < n:\n',
  '            if not 0 < i < n:\n', FE, nth=0,
  note='<= -> < at line 190')
M('auto-102-ops.indexing-318-21', 'ops/indexing.py',
  '            n_int += 1\n',
  '            n_int += 2\n', FE,
  note='1 -> 2 at line 318')
M('auto-102-ops.indexing-85-15', 'ops/_common.py',
  '    if len(target) < len(shape):\n',
  '    if len(target) <= len(shape):\n', FE,
  note='> -> >= at line 85')
M('auto-102-ops.lapack-854-26', 'ops/lapack.py',
  '                     grad=False, variables=False,\n',
  '                     grad=True, variables=False,\n', FE,
  equivalent='a parity sample flag: with variables=False the call never runs on Variables, and grad is read only for Variable receivers (test_schema_parity _forms/_records_grad_fn, test_schema_random_graphs skip it)',
  note='False -> True at line 854')
M('auto-102-ops.reduction-685-21', 'ops/reduction.py',
  '            return x * (g / safe) * B.mask(nv != 0, x)\n',
  '            return x + (g / safe) * B.mask(nv != 0, x)\n', FE,
  note='* -> + at line 685')
M('auto-102-printing-252-32', 'printing.py',
  '    room = PRINT_OPTS.linewidth - len(indent)\n',
  '    room = PRINT_OPTS.linewidth + len(indent)\n', PR,
  note='- -> + at line 252')
M('auto-102-ops.shape-759-56', 'ops/shape.py',
  "            return (np.where(_tri_mask(g.shape, k, lower), g, g.dtype.type(0)),)\n",
  "            return (np.where(_tri_mask(ctx.shapes[1][0], k, lower), g, g.dtype.type(0)),)\n", FE,
  note='0 -> 1 at line 759 (hwideF: the same missing-shape edit in _tri_back, which replaced the lambda)')
M('auto-102-ops.dispatch-541-59', 'ops/dispatch.py',
  '    if requires and not volatile and op.differentiable and 0 in op.save_inputs:\n',
  '    if requires and not volatile and op.differentiable and 1 in op.save_inputs:\n', FP,
  note='0 -> 1 at line 541')
M('auto-102-ops.creation-301-50', 'ops/creation.py',
  "    _args.tensor_arg(input, 'bernoulli', 'input', 1)\n",
  "    _args.tensor_arg(input, 'bernoulli', 'input', 0)\n", FE,
  note='1 -> 0 at line 301')
M('auto-102-ops.indexing-293-23', 'ops/indexing.py',
  '        if a.size == 0 and consumed <= ndim:\n',
  '        if a.size == 0 or consumed <= ndim:\n', FE,
  note='and -> or at line 293')
M('auto-102-printing-307-46', 'printing.py',
  '    strings = nf.to_strings(matrix[np.ix_(top + bottom, col_pos)])\n',
  '    strings = nf.to_strings(matrix[np.ix_(top - bottom, col_pos)])\n', PR,
  note='+ -> - at line 307')
M('auto-102-ops._args-84-90', 'ops/_args.py',
  '            head = "%s(): argument \'%s\'" % (fname, argname) if fname else "argument \'%s\'" % argname\n',
  '            head = "%s(): argument \'%s\'" % (fname, argname) if fname else "argument \'%s\'" // argname\n', FE,
  note='% -> // at line 84')
M('auto-102-ops.comparison-95-24', 'ops/comparison.py',
  '                        % (name, errors.legacy_typename(self)))\n',
  '                        // (name, errors.legacy_typename(self)))\n', FE,
  note='% -> // at line 95')
M('auto-102-tensor-434-50', 'tensor.py',
  '                err = walk(item, depth + 1, index + (i,))\n',
  '                err = walk(item, depth + 1, index - (i,))\n', FE,
  note='+ -> - at line 434')
M('auto-102-ops.dispatch-80-19', 'ops/dispatch.py',
  '    first = inputs[0]\n',
  '    first = inputs[1]\n', FP, nth=1,
  note='0 -> 1 at line 80')
M('auto-102-rng-69-26', 'rng.py',
  '            probe = probe + 1e-300\n',
  '            probe = probe - 1e-300\n', FE,
  equivalent='the log probe is RandomState(12345).random_sample(4096), whose smallest value is far above 1e-284: adding or subtracting 1e-300 leaves every probe value unchanged, so the same implementation is chosen',
  note='+ -> - at line 69')
M('auto-102-ops.pointwise-548-38', 'ops/pointwise.py',
  '    return (g / ctx.B.sqrt(-(x * x) + 1),)\n',
  '    return (g / ctx.B.sqrt(-(x * x) + 2),)\n', FE,
  note='1 -> 2 at line 548')
M('auto-102-printing-284-25', 'printing.py',
  '                if first != 1:\n',
  '                if first == 1:\n', PR,
  note='!= -> == at line 284')
M('auto-102-ops.pointwise-115-20', 'ops/pointwise.py',
  '_HALF_LOG_2PI = 0.5 * math.log(2.0 * math.pi)\n',
  '_HALF_LOG_2PI = 0.5 / math.log(2.0 * math.pi)\n', FE,
  note='* -> / at line 115')
M('auto-102-printing-412-28', 'printing.py',
  '    footer = "[" + typename + " of size " + "x".join(str(s) for s in array.shape)\n',
  '    footer = "[" + typename - " of size " + "x".join(str(s) for s in array.shape)\n', PR,
  note='+ -> - at line 412')
M('auto-102-rng-611-17', 'rng.py',
  '        while hi - lo > 0:\n',
  '        while hi + lo > 0:\n', FE,
  note='- -> + at line 611')
M('auto-102-ops.indexing-1058-17', 'ops/indexing.py',
  '    if ctx.needs[0]:\n',
  '    if ctx.needs[1]:\n', FE,
  note='0 -> 1 at line 1058')
M('auto-102-rng-493-33', 'rng.py',
  '            ratio = log(1.0 - u) / log(np.array([p]))[0]\n',
  '            ratio = log(1.0 - u) * log(np.array([p]))[0]\n', FE,
  note='/ -> * at line 493')
M('auto-102-ops.pointwise-389-16', 'ops/pointwise.py',
  '    return (a > 0).astype(a.dtype) - (a < 0).astype(a.dtype)\n',
  '    return (a > 1).astype(a.dtype) - (a < 0).astype(a.dtype)\n', FE,
  note='0 -> 1 at line 389')
M('auto-102-ops.arithmetic-102-23', 'ops/arithmetic.py',
  '    lambda ctx, g: (-g * ctx.output * ctx.output,),\n',
  '    lambda ctx, g: (-g + ctx.output * ctx.output,),\n', FE,
  note='* -> + at line 102')
M('auto-102-ops.pointwise-267-14', 'ops/pointwise.py',
  '        p = p * zi2\n',
  '        p = p + zi2\n', FE, nth=0,
  note='* -> + at line 267')
M('auto-102-ops.lapack-420-32', 'ops/lapack.py',
  '        if w.imag[j] != 0 and j + 1 < n:\n',
  '        if w.imag[j] != 0 and j - 1 < n:\n', FE,
  equivalent='numpy.linalg.eig (LAPACK geev) returns complex eigenvalues in adjacent conjugate pairs, so a pair never starts at the last index: j + 1 < n is always true where w.imag[j] != 0, as j - 1 < n is',
  note='+ -> - at line 420')

# Lead, session 14, final estimate: a fresh random sample (seed 401, 40 mutants over every op,
# autograd and nn file: tools/auto_mutants.py DEFAULT_FILES) drawn at 73dfd8a after both helpers' work
# had landed, run before any test for it: 31 of 40 killed by their subsets, 4 argued equivalent,
# the 5 real survivors then given tests (test_auto_kills_ops.py, test_auto_kills_nn.py).
M('auto-401-ops.schema-424-41', 'ops/schema.py',
  "    forms = d.overloads if d is not None and d.overloads else ('(T %s)' % argname,)\n",
  "    forms = d.overloads if d is not None or d.overloads else ('(T %s)' % argname,)\n", 'front-end', note='and -> or at line 424')
M('auto-401-ops.half-49-47', 'ops/half.py',
  "                  if n not in HALF_CPU_METHODS and not n.startswith('_'))\n",
  "                  if n not in HALF_CPU_METHODS or not n.startswith('_'))\n", 'front-end', note='and -> or at line 49')
M('auto-401-ops.conv_ops-328-49', 'ops/conv_ops.py',
  '        return y.reshape(r, n, oh, ow).transpose(1, 0, 2, 3)\n',
  '        return y.reshape(r, n, oh, ow).transpose(0, 0, 2, 3)\n', 'op formula', note='1 -> 0 at line 328')
M('auto-401-nn._functional_schema-63-25', 'nn/_functional_schema.py',
  '    return 0 if ndim in (0, 1, 3) else 1\n',
  '    return 0 if ndim in (1, 1, 3) else 1\n', 'op formula', note='0 -> 1 at line 63', equivalent="softmax's implicit dim for a 0-dim input: 0.3 had no 0-dim tensors or Variables (a reduction to one value is a 1-element 1-D tensor), so ndim 0 never reaches it")
M('auto-401-nn._functional_schema-246-62', 'nn/_functional_schema.py',
  '                              shapes={X: (1, 4, 7, 7), Y: (2, 2, 3, 3)})))\n',
  '                              shapes={X: (1, 4, 7, 7), Y: (2, 1, 3, 3)})))\n', 'op formula', note='2 -> 1 at line 246')
M('auto-401-nn._functional_vision-41-39', 'nn/_functional_vision.py',
  "                            _FN + name + 'BackwardBackward')\n",
  "                            _FN + name - 'BackwardBackward')\n", 'op formula', note='+ -> - at line 41')
M('auto-401-nn._functional_volumetric-125-31', 'nn/_functional_volumetric.py',
  '                               % (op, st, dl))\n',
  '                               // (op, st, dl))\n', 'op formula', note='% -> // at line 125')
M('auto-401-ops.rnn_ops-427-25', 'ops/rnn_ops.py',
  '    steps = zip(V(g[:N], True), V(O2, True), V(Pv[:, 1:], True), V(P[0], True),\n',
  '    steps = zip(V(g[:N], False), V(O2, True), V(Pv[:, 1:], True), V(P[0], True),\n', 'op formula', note='True -> False at line 427')
M('auto-401-nn._functional_distance-13-16', 'nn/_functional_distance.py',
  '    out = (diff + eps).pow(p).sum(dim=1, keepdim=True)\n',
  '    out = (diff - eps).pow(p).sum(dim=1, keepdim=True)\n', 'op formula', note='+ -> - at line 13')
M('auto-401-ops.nn_ops-253-19', 'ops/nn_ops.py',
  '    return (g / (1 + ctx.B.exp(x)),)\n',
  '    return (g / (1 - ctx.B.exp(x)),)\n', 'op formula', note='+ -> - at line 253')
M('auto-401-ops.lapack-498-32', 'ops/lapack.py',
  '        s = gesv(s.t(), lo.t())[0]\n',
  '        s = gesv(s.t(), lo.t())[1]\n', 'front-end', note='0 -> 1 at line 498')
M('auto-401-ops.conv_ops-994-62', 'ops/conv_ops.py',
  "                           'padH = %d, kW = %d, kH = %d' % (p[1], p[0], k[1], k[0]))\n",
  "                           'padH = %d, kW = %d, kH = %d' % (p[0], p[0], k[1], k[0]))\n", 'op formula', note='1 -> 0 at line 994', nth=0)
M('auto-401-nn._functional_conv-129-22', 'nn/_functional_conv.py',
  '        for s in size[2:]:\n',
  '        for s in size[3:]:\n', 'op formula', note='2 -> 3 at line 129')
M('auto-401-nn.functional-417-27', 'nn/functional.py',
  '                           % (errors.fmt_sizes(a.shape), a.size, errors.fmt_sizes(b.shape), b.size))\n',
  '                           // (errors.fmt_sizes(a.shape), a.size, errors.fmt_sizes(b.shape), b.size))\n', 'op formula', note='% -> // at line 417')
M('auto-401-ops.conv_ops-1468-24', 'ops/conv_ops.py',
  '            if len(pad) != 2:\n',
  '            if len(pad) == 2:\n', 'op formula', note='!= -> == at line 1468')
M('auto-401-ops.dispatch-587-19', 'ops/dispatch.py',
  '    first = inputs[0]\n',
  '    first = inputs[1]\n', 'fast path', note='0 -> 1 at line 587', nth=3)
M('auto-401-nn.modules.activation-171-39', 'nn/modules/activation.py',
  "        return self.__class__.__name__ + '(num_parameters=' + str(self.num_parameters) + ')'\n",
  "        return self.__class__.__name__ - '(num_parameters=' + str(self.num_parameters) + ')'\n", 'op formula', note='+ -> - at line 171')
M('auto-401-ops.dispatch-455-52', 'ops/dispatch.py',
  "        if fast is not None and a.dtype.kind == 'f' and a.flags.writeable:\n",
  "        if fast is not None and a.dtype.kind == 'f' or a.flags.writeable:\n", 'fast path', note='and -> or at line 455')
M('auto-401-autograd.function-64-17', 'autograd/function.py',
  '    _is_legacy = False\n',
  '    _is_legacy = True\n', 'vjp', note='False -> True at line 64', nth=0, equivalent="_FunctionBase's own flag is never read for a public class: FunctionMeta sets _is_legacy on Function and on every subclass, BackwardCFunction sets it False; torch._C._FunctionBase has no backward of its own")
M('auto-401-ops.creation-158-51', 'ops/creation.py',
  '    if not ((step > 0 and end >= start) or (step < 0 and end <= start)):\n',
  '    if not ((step > 0 and end >= start) or (step < 1 and end <= start)):\n', 'front-end', note='0 -> 1 at line 158')
M('auto-401-tensor-485-16', 'tensor.py',
  '    if arr.ndim == 0:\n',
  '    if arr.ndim != 0:\n', 'front-end', note='== -> != at line 485')
M('auto-401-ops.dispatch-76-25', 'ops/dispatch.py',
  "    return names[i] if i < len(names) else 'arg%d' % i\n",
  "    return names[i] if i > len(names) else 'arg%d' % i\n", 'fast path', note='< -> > at line 76')
M('auto-401-nn.functional-242-62', 'nn/functional.py',
  "                and b.shape[0] == w.shape[0] and x.dtype.kind == 'f':\n",
  "                and b.shape[0] == w.shape[0] and x.dtype.kind != 'f':\n", 'op formula', note='== -> != at line 242', equivalent="nn.Linear's direct route turned off for floats: the general route just below runs the same ops (expand of the bias, t, addmm) with the same grad_fn names and values; only the front-ends' overhead differs")
M('auto-401-nn._functional_volumetric-131-68', 'nn/_functional_volumetric.py',
  '    osz = [(xs[2 + i] - 1) * st[i] - 2 * pd[i] + dl[i] * (ws[2 + i] - 1) + 1 + op[i]\n',
  '    osz = [(xs[2 + i] - 1) * st[i] - 2 * pd[i] + dl[i] * (ws[2 + i] + 1) + 1 + op[i]\n', 'op formula', note='- -> + at line 131')
M('auto-401-nn._functional_volumetric-56-42', 'nn/_functional_volumetric.py',
  '    want = ws[0] if transposed else ws[1] * groups\n',
  '    want = ws[0] if transposed else ws[1] + groups\n', 'op formula', note='* -> + at line 56')
M('auto-401-nn._functional_volumetric-282-39', 'nn/_functional_volumetric.py',
  '        sl = tuple(slice(int(bounds[i][0][pos[i]]), int(bounds[i][1][pos[i]])) for i in range(nd))\n',
  '        sl = tuple(slice(int(bounds[i][1][pos[i]]), int(bounds[i][1][pos[i]])) for i in range(nd))\n', 'op formula', note='0 -> 1 at line 282')
M('auto-401-ops.shape-432-59', 'ops/shape.py',
  "    lambda ctx, g: (ctx.B.index_put_zeros(g, ctx.shapes[0][0], ctx.params['key']),),\n",
  "    lambda ctx, g: (ctx.B.index_put_zeros(g, ctx.shapes[0][1], ctx.params['key']),),\n", 'front-end', note='0 -> 1 at line 432')
M('auto-401-nn._functional_vision-219-39', 'nn/_functional_vision.py',
  '            xs, ys = np.clip(xc, 0, IW - 1), np.clip(yc, 0, IH - 1)\n',
  '            xs, ys = np.clip(xc, 0, IW + 1), np.clip(yc, 0, IH - 1)\n', 'op formula', note='- -> + at line 219')
M('auto-401-ops.reduction-384-57', 'ops/reduction.py',
  '    b = check_broadcast(array_of(self), array_of(other), False, name, receiver=self)\n',
  '    b = check_broadcast(array_of(self), array_of(other), True, name, receiver=self)\n', 'front-end', note='False -> True at line 384')
M('auto-401-ops.rnn_ops-732-36', 'ops/rnn_ops.py',
  '        dhy = K.rows(g, offs[t], n) + (K.rows(dh, 0, n) if n != B else dh)\n',
  '        dhy = K.rows(g, offs[t], n) - (K.rows(dh, 0, n) if n != B else dh)\n', 'op formula', note='+ -> - at line 732')
M('auto-401-ops.pointwise-206-45', 'ops/pointwise.py',
  '            resid = np.where(tail, one_minus - c, e - axi)\n',
  '            resid = np.where(tail, one_minus + c, e - axi)\n', 'front-end', note='- -> + at line 206')
M('auto-401-ops.rnn_ops-948-23', 'ops/rnn_ops.py',
  '    count = r.int(1, R - start)\n',
  '    count = r.int(1, R + start)\n', 'op formula', note='- -> + at line 948', equivalent='_join_inputs is a parity-suite sample generator: a count past the end is clipped by the slicing on both sides and is still a valid sample; no public call reads it')
M('auto-401-nn.functional-305-33', 'nn/functional.py',
  '    if idx.size and (idx.min() < 0 or idx.max() >= vocab):\n',
  '    if idx.size and (idx.min() < 1 or idx.max() >= vocab):\n', 'op formula', note='0 -> 1 at line 305')
M('auto-401-ops.shape-506-29', 'ops/shape.py',
  '    in_shape = ctx.shapes[0][0]\n',
  '    in_shape = ctx.shapes[0][1]\n', 'front-end', note='0 -> 1 at line 506')
M('auto-401-ops.creation-217-16', 'ops/creation.py',
  '    if steps == 1:\n',
  '    if steps == 0:\n', 'front-end', note='1 -> 0 at line 217', nth=0)
M('auto-401-nn._functional_volumetric-479-36', 'nn/_functional_volumetric.py',
  '                   (output_size[0], 1), 2).squeeze(3)\n',
  '                   (output_size[0], 2), 2).squeeze(3)\n', 'op formula', note='1 -> 2 at line 479')
M('auto-401-nn.modules.container-29-36', 'nn/modules/container.py',
  '            for key, module in args[0].items():\n',
  '            for key, module in args[1].items():\n', 'op formula', note='0 -> 1 at line 29')
M('auto-401-ops.lapack-265-30', 'ops/lapack.py',
  '    if a.shape[0] != b.shape[0]:\n',
  '    if a.shape[0] != b.shape[1]:\n', 'front-end', note='0 -> 1 at line 265 (the rows check, since moved to _solver_checks)')
M('auto-401-ops.lapack-308-22', 'ops/lapack.py',
  '    if b.ndim not in (1, 2):\n',
  '    if b.ndim not in (2, 2):\n', 'front-end', note='1 -> 2 at line 308 (the B check, since moved to _solver_checks)')
M('auto-401-ops.dispatch-171-15', 'ops/dispatch.py',
  '        elif n == 2:\n',
  '        elif n != 2:\n', 'fast path', note='== -> != at line 171')

# ============================================================================ hwideA: random WIDE sample, seed 701
# AUTO_MUTANTS_SEED=701 AUTO_MUTANTS_COUNT=60 AUTO_MUTANTS_KINDS=all AUTO_MUTANTS_FILES=<hwideA's
# area: ops/ except dispatch, nn_ops, nn_loss_ops, conv_ops, rnn_ops, backend_variable; tensor.py,
# autograd/variable.py, storage.py, size.py, backend_numpy.py, functional.py>, drawn at 3e6e802 and
# run before any test written for it: 42 of 60 killed by their subsets.  Of the 18 survivors, 2 are
# argued equivalent (below), one was dead code (ops/_common.py's _FALLBACK_WARNED, deleted: its
# entry is left out), the rest are killed by test_wide_kills_ops.py (lapack's 'eig' name by
# test_parity_meta; the receivers' argnames by the op_argnames.json snapshot).  Entries on lines
# rewritten since (apply_'s result check, storage resize_, deepcopy_array, pstrf's stop) are the
# same edit on the new line, said in the note; storage copy_'s '%' of a message that lost its
# format is left out.
M('auto-701-ops.creation-93-51', 'ops/creation.py',
  '        raise errors.out_of_memory(math.prod(shape) * dtype.itemsize)\n',
  '        raise errors.out_of_memory(math.prod(shape) / dtype.itemsize)\n', FE, note='* -> / at line 93')
M('auto-701-ops.indexing-796-36', 'ops/indexing.py',
  "    return _keep_mask(ctx.shapes[0][0], _index_key(p['dim'], p['index']))\n",
  "    return _keep_mask(ctx.shapes[0][1], _index_key(p['dim'], p['index']))\n", FE, note='0 -> 1 at line 796')
M('auto-701-ops.indexing-54-30', 'ops/indexing.py',
  "        return 'Variable[%s]' % x._data.type()\n",
  "        return 'Variable[%s]' // x._data.type()\n", FE, note='% -> // at line 54')
M('auto-701-ops.lapack-355-19', 'ops/lapack.py',
  '    if square and a.shape[0] != a.shape[1]:\n',
  '    if square or a.shape[0] != a.shape[1]:\n', FE, note='or -> and at line 355 (now the square check of _solver_checks: and -> or)')
M('auto-701-storage-519-8', 'storage.py',
  '        return a\n',
  '        pass\n', FE, nth=1, note="'return a' -> 'pass' at line 519")
M('auto-701-ops.bitwise_ops-35-29', 'ops/bitwise_ops.py',
  '        if shift is not None and self._info.is_floating:\n',
  '        if shift is not None or self._info.is_floating:\n', FE, note="'and' -> 'or' at line 35")
M('auto-701-ops.pointwise-149-8', 'ops/pointwise.py',
  '        t = x + (0.5 * k) / t\n',
  '        pass\n', FE, note="'t = x + (0.5 * k) / t' -> 'pass' at line 149")
M('auto-701-ops.apply_ops-111-53', 'ops/apply_ops.py',
  "declare('map_', map_, variants=('method',), variable=False,\n",
  "declare('map_', map_, variants=('method',), variable=True,\n", FE, note="'False' -> 'True' at line 111")
M('auto-701-autograd.variable-63-8', 'autograd/variable.py',
  '        v._output_nr = output_nr\n',
  '        pass\n', VJP, note="'v._output_nr = output_nr' -> 'pass' at line 63")
M('auto-701-autograd.variable-359-4', 'autograd/variable.py',
  '    setattr(Variable, _name, _make_fallthrough(_name))\n',
  '    pass\n', VJP, note="'setattr(Variable, _name, _make_fallthrough(_name))' -> 'pass' at line 359")
M('auto-701-ops.pointwise-207-59', 'ops/pointwise.py',
  '            step = resid / (_TWO_OVER_SQRT_PI * np.exp(-yi * yi))\n',
  '            step = resid / (_TWO_OVER_SQRT_PI * np.exp(-yi + yi))\n', FE, note='* -> + at line 207')
M('auto-701-ops.indexing-319-12', 'ops/indexing.py',
  '            dim += 1\n',
  '            pass\n', FE, nth=0, note="'dim += 1' -> 'pass' at line 319")
M('auto-701-ops.reduction-191-4', 'ops/reduction.py',
  '    d = _wrap(self, dim)\n',
  '    pass\n', FE, nth=0, note="'d = _wrap(self, dim)' -> 'pass' at line 191")
M('auto-701-tensor-199-8', 'tensor.py',
  '        return float(self._scalar())\n',
  '        pass\n', FE, note="'return float(self._scalar())' -> 'pass' at line 199")
M('auto-701-ops.reduction-786-50', 'ops/reduction.py',
  "    'dist', lambda a, b, p: np.asarray(_norm_np(a - b, p)).reshape(1), _dist_back,\n",
  "    'dist', lambda a, b, p: np.asarray(_norm_np(a + b, p)).reshape(1), _dist_back,\n", FE, note='- -> + at line 786')
M('auto-701-ops.shape-696-8', 'ops/shape.py',
  "        raise RuntimeError('split expects split_size to be positive, but got split_size=%d' % split_size)\n",
  '        pass\n', FE, note='"raise RuntimeError(\'split expects split_size to be positive, but got split_size=%d\' % split_size)" -> \'pass\' at line 696')
M('auto-701-ops.schema-43-0', 'ops/schema.py',
  'SCHEMA = {}\n',
  'pass\n', FE, note="'SCHEMA = {}' -> 'pass' at line 43")
M('auto-701-ops.arithmetic-112-39', 'ops/arithmetic.py',
  '        return (ctx.B.zeros(ctx.shapes[0][0], g),)\n',
  '        return (ctx.B.zeros(ctx.shapes[1][0], g),)\n', FE, note='0 -> 1 at line 112')
M('auto-701-ops.indexing-996-67', 'ops/indexing.py',
  "    idx, d = _scatter_common(self, dim, index, source, 'scatter_', True)\n",
  "    idx, d = _scatter_common(self, dim, index, source, 'scatter_', False)\n", FE, note="'True' -> 'False' at line 996")
M('auto-701-autograd.variable-214-12', 'autograd/variable.py',
  '            return False\n',
  '            pass\n', VJP, note="'return False' -> 'pass' at line 214")
M('auto-701-ops.apply_ops-33-31', 'ops/apply_ops.py',
  "            raise RuntimeError('given function should return a number')\n",
  '            pass\n', FE, note="or -> and at line 33; adapted: _store was rewritten (0.3.1's checkReal), the same effect (no result check) is the raise dropped")
M('auto-701-ops.schema-314-33', 'ops/schema.py',
  '    defaults = impl.__defaults__ or ()\n',
  '    defaults = impl.__defaults__ and ()\n', FE, note='or -> and at line 314')
M('auto-701-backend_numpy-263-4', 'backend_numpy.py',
  '    out = np.zeros(shape, dtype=g.dtype)\n',
  '    pass\n', FE, nth=0, note="'out = np.zeros(shape, dtype=g.dtype)' -> 'pass' at line 263")
M('auto-701-autograd.variable-178-8', 'autograd/variable.py',
  '        return True\n',
  '        pass\n', VJP, note="'return True' -> 'pass' at line 178")
M('auto-701-tensor-39-4', 'tensor.py',
  '    is_cuda = False\n',
  '    pass\n', FE, note="'is_cuda = False' -> 'pass' at line 39")
M('auto-701-storage-286-8', 'storage.py',
  '        return self.type(FloatStorage)\n',
  '        pass\n', FE, note="'return self.type(FloatStorage)' -> 'pass' at line 286")
M('auto-701-ops.blas_ops-261-77', 'ops/blas_ops.py',
  "                             else 'size mismatch, t: %s, vec1: %s, vec2: %s' % _th_sizes(c, a, b)),\n",
  "                             else 'size mismatch, t: %s, vec1: %s, vec2: %s' // _th_sizes(c, a, b)),\n", FE, note='% -> // at line 261')
M('auto-701-ops.bitwise_ops-55-5', 'ops/bitwise_ops.py',
  "    ('__or__', np.bitwise_or, False, None, lambda torch, x, y: x | y),\n",
  "    ('__Or__', np.bitwise_or, False, None, lambda torch, x, y: x | y),\n", FE, note='"\'__or__\'" -> "\'__Or__\'" at line 55')
M('auto-701-ops.reduction-860-30', 'ops/reduction.py',
  '    pair_shape = xv.shape[:d] + (n, n) + xv.shape[d + 1:]\n',
  '    pair_shape = xv.shape[:d] - (n, n) + xv.shape[d + 1:]\n', FE, note='+ -> - at line 860')
M('auto-701-storage-217-23', 'storage.py',
  '            if step != 1:\n',
  '            if step != 2:\n', FE, nth=1, note='1 -> 2 at line 217')
M('auto-701-ops.lapack-592-20', 'ops/lapack.py',
  '        if d[j - k] <= tol or np.isnan(d[j - k]):\n',
  '        if d[j - k] < tol or np.isnan(d[j - k]):\n', FE, note="<= -> < at line 592; adapted: pstrf now raises at the stop (0.3.1's Lapack error) and stops on NaN")
M('auto-701-ops.blas_ops-301-0', 'ops/blas_ops.py',
  "addr = _product_op('addr', ADDR, _check_r)\n",
  'pass\n', FE, note='"addr = _product_op(\'addr\', ADDR, _check_r)" -> \'pass\' at line 301')
M('auto-701-ops.lapack-765-12', 'ops/lapack.py',
  '            lu = np.array(m, copy=True)\n',
  '            pass\n', FE, note="'lu = np.array(m, copy=True)' -> 'pass' at line 765")
M('auto-701-ops.bitwise_ops-62-5', 'ops/bitwise_ops.py',
  "    ('__ilshift__', np.left_shift, True, 'left', lambda torch, x, n: x.clone() * 2 ** n),\n",
  "    ('__Ilshift__', np.left_shift, True, 'left', lambda torch, x, n: x.clone() * 2 ** n),\n", FE, note='"\'__ilshift__\'" -> "\'__Ilshift__\'" at line 62')
M('auto-701-ops.indexing-1105-18', 'ops/indexing.py',
  "    parity_exempt='non-differentiable; values checked in test_indexing')\n",
  "    parity_exempt='Non-differentiable; values checked in test_indexing')\n", FE, note='"\'non-differentiable; values checked in test_indexing\'" -> "\'Non-differentiable; values checked in test_indexing\'" at line 1105', equivalent='parity_exempt is a reason string read only by the parity toolkit (legacy_autograd.testing: truthiness, blankness and a length of at least 10), none of which a capital letter changes; no public torch call reads it')
M('auto-701-ops.reduction-727-9', 'ops/reduction.py',
  '    if p == _INF or p == -_INF:\n',
  '    if p != _INF or p == -_INF:\n', FE, nth=1, note='== -> != at line 727')
M('auto-701-storage-372-4', 'storage.py',
  '    size = tuple(size)\n',
  '    pass\n', FE, note="'size = tuple(size)' -> 'pass' at line 372")
M('auto-701-ops.linalg-148-57', 'ops/linalg.py',
  "    grad_fn='DotBackward', save_inputs=(0, 1), argnames=('self', 'tensor'),\n",
  "    grad_fn='DotBackward', save_inputs=(0, 1), argnames=('Self', 'tensor'),\n", FE, note='"\'self\'" -> "\'Self\'" at line 148')
M('auto-701-ops.reduction-164-74', 'ops/reduction.py',
  "                                 1.0 / max(1, ctx.shapes[0][0][ctx.params['dim']])),),\n",
  "                                 1.0 / max(1, ctx.shapes[0][0][ctx.params['Dim']])),),\n", FE, note='"\'dim\'" -> "\'Dim\'" at line 164')
M('auto-701-storage-362-4', 'storage.py',
  '    return TENSOR_BY_DTYPE[storage._dtype]\n',
  '    pass\n', FE, note="'return TENSOR_BY_DTYPE[storage._dtype]' -> 'pass' at line 362")
M('auto-701-size-54-8', 'size.py',
  '        return n\n',
  '        pass\n', FE, note="'return n' -> 'pass' at line 54")
M('auto-701-tensor-162-8', 'tensor.py',
  '        return storage_offset_of(self)\n',
  '        pass\n', FE, note="'return storage_offset_of(self)' -> 'pass' at line 162")
M('auto-701-ops.schema-473-4', 'ops/schema.py',
  "    return getattr(fn, '__code__', None)\n",
  '    pass\n', FE, note='"return getattr(fn, \'__code__\', None)" -> \'pass\' at line 473')
M('auto-701-storage-260-8', 'storage.py',
  '        return self\n',
  '        pass\n', FE, nth=5, note="'return self' -> 'pass' at line 260")
M('auto-701-ops.shape-185-17', 'ops/shape.py',
  '    if r.ndim == 0:\n',
  '    if r.ndim == 1:\n', FE, note='0 -> 1 at line 185')
M('auto-701-ops.indexing-459-17', 'ops/indexing.py',
  "    if k.kind == 'adv':\n",
  "    if k.kind == 'Adv':\n", FE, nth=1, note='"\'adv\'" -> "\'Adv\'" at line 459')
M('auto-701-ops.pointwise-624-23', 'ops/pointwise.py',
  '            -g * ctx.B.trunc(a / b) if ctx.needs[1] else None)\n',
  '            -g * ctx.B.floor(a / b) if ctx.needs[1] else None)\n', FE, note="'trunc' -> 'floor' at line 624")
M('auto-701-ops.shape-543-4', 'ops/shape.py',
  '    return np.concatenate(parts, axis=dim)\n',
  '    pass\n', FE, note="'return np.concatenate(parts, axis=dim)' -> 'pass' at line 543")
M('auto-701-ops.pointwise-675-34', 'ops/pointwise.py',
  "    ('tanh', np.tanh, _tanh_back, 'TanhBackward', 'output', True),\n",
  "    ('tanh', np.tanh, _tanh_back, 'tanhBackward', 'output', True),\n", FE, note='"\'TanhBackward\'" -> "\'tanhBackward\'" at line 675')
M('auto-701-ops.lapack-308-14', 'ops/lapack.py',
  '    if b.ndim not in (1, 2):\n',
  '    if b.ndim in (1, 2):\n', FE, note="'not in' -> 'in' at line 308 (the B check, since moved to _solver_checks)")
M('auto-701-ops.lapack-443-25', 'ops/lapack.py',
  "               argnames=('self',), extra_outputs=2)\n",
  "               argnames=('Self',), extra_outputs=2)\n", FE, note='"\'self\'" -> "\'Self\'" at line 443')
M('auto-701-ops.lapack-419-15', 'ops/lapack.py',
  "EIG = register('eig', _eig_fwd, _not_implemented('eig'), grad_fn='EigBackward',\n",
  "EIG = register('Eig', _eig_fwd, _not_implemented('eig'), grad_fn='EigBackward',\n", FE, note='"\'eig\'" -> "\'Eig\'" at line 419')
M('auto-701-storage-468-4', 'storage.py',
  '    return np.ndarray(a.shape, a.dtype, new_root, offset, a.strides)\n',
  '    pass\n', FE, note="'return np.lib.stride_tricks.as_strided(flat[offset:].view(a.dtype), a.shape, a.strides)' -> 'pass' at line 468; adapted: deepcopy_array's view is now made on the copied root (keeps storage() and storage_offset())")
M('auto-701-ops.schema-428-39', 'ops/schema.py',
  "        kinds = ['number' if a.split()[0] in ('float', 'int', 'real') else 'tensor' for a in args]\n",
  "        kinds = ['number' if a.split()[1] in ('float', 'int', 'real') else 'tensor' for a in args]\n", FE, note='0 -> 1 at line 428', equivalent="overload_options' kinds matter only for an overload whose arity equals the op's tensor inputs after self: the only such overloads with a number are the one-argument '(float value)' of add/sub, whose one compared argument is the mismatching tensor, flagged either way; every other overload has another arity (listed, never compared) and every declared argument has a type and a name (split()[1] exists)")
M('auto-701-ops.reduction-782-41', 'ops/reduction.py',
  '    return (r if ctx.needs[0] else None, -r if ctx.needs[1] else None)\n',
  '    return (r if ctx.needs[0] else None, r if ctx.needs[1] else None)\n', FE, note="'-' -> '' at line 782")
M('auto-701-ops.reduction-608-4', 'ops/reduction.py',
  "    'std', _std_np, _std_back,\n",
  "    'Std', _std_np, _std_back,\n", FE, note='"\'std\'" -> "\'Std\'" at line 608')
M('auto-701-storage-274-37', 'storage.py',
  '        if size < 0:\n',
  '        if size > 0:\n', FE, note="< -> > at line 274; adapted: resize_'s check was split (0.3.1's texts)")
M('auto-701-ops.pointwise-534-22', 'ops/pointwise.py',
  '    return (g * ctx.B.cos(ctx.inputs[0]),)\n',
  '    return (g * ctx.B.sin(ctx.inputs[0]),)\n', FE, note="'cos' -> 'sin' at line 534")

# ============================================================================ hwideB: wide random sample, seed 801
# AUTO_MUTANTS_SEED=801 AUTO_MUTANTS_COUNT=60 AUTO_MUTANTS_KINDS=all AUTO_MUTANTS_FILES=
# _fastpaths.py,ops/dispatch.py,autograd/,nn/,optim/,ops/nn_ops.py,ops/nn_loss_ops.py,
# ops/conv_ops.py,ops/rnn_ops.py,ops/backend_variable.py, drawn at 3e6e802 and run before any
# test written for it: 46 of 60 killed by their subsets; of the 14 subset survivors, 5 were
# killed by wider files of the area (test_parity_registry, test_sparse_gradients,
# test_nn_functional, test_nn_backends, test_nn_rest; the last two now mapped in TESTS_BY_FILE);
# the 9 others, and all 14, are killed by test_wide_kills_nn.py.
M('auto-801-ops.nn_ops-759-26', 'ops/nn_ops.py',
  "    dist = -y * (x1 - x2) + p['margin']\n",
  "    dist = -y * (x1 - x2) - p['margin']\n", OF, note='+ -> - at line 759')
M('auto-801-ops.conv_ops-1015-40', 'ops/conv_ops.py',
  '    index = index.reshape(a.shape[:-nd] + ((ow,) if nd == 1 else (oh, ow)))\n',
  '    index = index.reshape(a.shape[:-nd] - ((ow,) if nd == 1 else (oh, ow)))\n', OF, note='+ -> - at line 1015')
M('auto-801-nn._functional_volumetric-94-33', 'nn/_functional_volumetric.py',
  '        x = _F2.pad(x, (0, 0, 0, 0, pd[0], pd[0]))\n',
  '        x = _F2.pad(x, (0, 0, 0, 1, pd[0], pd[0]))\n', OF, note='0 -> 1 at line 94')
M('auto-801-autograd.function-363-8', 'autograd/function.py',
  '        var._volatile = True\n',
  '        pass\n', VJP, note="'var._volatile = True' -> 'pass' at line 363")
M('auto-801-ops.conv_ops-821-4', 'ops/conv_ops.py',
  "    saved = p.get('index_out')\n",
  '    pass\n', OF, note='"saved = p.get(\'index_out\')" -> \'pass\' at line 821')
M('auto-801-autograd.gradcheck-148-55', 'autograd/gradcheck.py',
  '        if jacobian_x._a.size and np.abs(jacobian_x._a - jacobian_reentrant_x._a).max() != 0:\n',
  '        if jacobian_x._a.size and np.abs(jacobian_x._a + jacobian_reentrant_x._a).max() != 0:\n', VJP, note='- -> + at line 148')
M('auto-801-nn._functional_schema-116-4', 'nn/_functional_schema.py',
  '    s = kernel_size if stride is None else stride\n',
  '    pass\n', OF, note="'s = kernel_size if stride is None else stride' -> 'pass' at line 116")
M('auto-801-ops.conv_ops-1291-18', 'ops/conv_ops.py',
  '        xhat = xc * invstd\n',
  '        xhat = xc / invstd\n', OF, note='* -> / at line 1291')
M('auto-801-ops.conv_ops-769-4', 'ops/conv_ops.py',
  '    planes, size = _planes(shape, nd)\n',
  '    pass\n', OF, note="'planes, size = _planes(shape, nd)' -> 'pass' at line 769")
M('auto-801-ops.conv_ops-1219-14', 'ops/conv_ops.py',
  '    if oh < 1 or ow < 1:\n',
  '    if oh < 1 and ow < 1:\n', OF, nth=2, note='or -> and at line 1219')
M('auto-801-ops.conv_ops-1434-73', 'ops/conv_ops.py',
  "    return torch.nn.functional.pad(x, tuple(pad), mode, value if mode == 'constant' else None)\n",
  "    return torch.nn.functional.pad(x, tuple(pad), mode, value if mode == 'Constant' else None)\n", OF, note='"\'constant\'" -> "\'Constant\'" at line 1434')
M('auto-801-nn._graph_ops-128-39', 'nn/_graph_ops.py',
  "    return (g * ctx.B.const(ctx.params['scale'], g),)\n",
  "    return (g * ctx.B.const(ctx.params['Scale'], g),)\n", OF, note='"\'scale\'" -> "\'Scale\'" at line 128')
M('auto-801-ops.rnn_ops-68-44', 'ops/rnn_ops.py',
  '    order = range(len(batch_sizes) - 1, -1, -1) if reverse else range(len(batch_sizes))\n',
  '    order = range(len(batch_sizes) - 1, -1, 0) if reverse else range(len(batch_sizes))\n', OF, note='-1 -> 0 at line 68')
M('auto-801-nn.modules.module-279-64', 'nn/modules/module.py',
  "            submodule_prefix = prefix + ('.' if prefix else '') + mname\n",
  "            submodule_prefix = prefix + ('.' if prefix else '') - mname\n", OF, note='+ -> - at line 279')
M('auto-801-nn.modules.rnn-290-43', 'nn/modules/rnn.py',
  "            elif kwargs['nonlinearity'] == 'relu':\n",
  "            elif kwargs['nonlinearity'] == 'Relu':\n", OF, note='"\'relu\'" -> "\'Relu\'" at line 290')
M('auto-801-nn._functional_activation-92-27', 'nn/_functional_activation.py',
  '        slope = np.where(x <= 0, x.dtype.type((lower + upper) / 2), x.dtype.type(1))\n',
  '        slope = np.where(x < 0, x.dtype.type((lower + upper) / 2), x.dtype.type(1))\n', OF, note='<= -> < at line 92')
M('auto-801-ops.rnn_ops-962-25', 'ops/rnn_ops.py',
  "for _name, _grad_fn in (('cat', 'CatBackward'), ('view', 'ViewBackward'), ('mul', 'MulBackward1'),\n",
  "for _name, _grad_fn in (('Cat', 'CatBackward'), ('view', 'ViewBackward'), ('mul', 'MulBackward1'),\n", OF, note='"\'cat\'" -> "\'Cat\'" at line 962')
M('auto-801-ops.dispatch-206-36', 'ops/dispatch.py',
  '        if type(result) is _ndarray and result.dtype is cls._dtype and result.ndim and result.size:\n',
  '        if type(result) is _ndarray or result.dtype is cls._dtype and result.ndim and result.size:\n', FP, note="'and' -> 'or' at line 206")
M('auto-801-nn._functional_volumetric-296-4', 'nn/_functional_volumetric.py',
  '    return index\n',
  '    pass\n', OF, note="'return index' -> 'pass' at line 296")
M('auto-801-autograd.engine-75-4', 'autograd/engine.py',
  '    __array_ufunc__ = None\n',
  '    pass\n', VJP, note="'__array_ufunc__ = None' -> 'pass' at line 75")
M('auto-801-nn.modules.instancenorm-47-8', 'nn/modules/instancenorm.py',
  '        super(InstanceNorm1d, self)._check_input_dim(input)\n',
  '        pass\n', OF, note="'super(InstanceNorm1d, self)._check_input_dim(input)' -> 'pass' at line 47")
M('auto-801-ops.conv_ops-588-65', 'ops/conv_ops.py',
  '    spatial = tuple((xs[2 + d] - 1) * stride[d] - 2 * padding[d] + dilation[d] * (ws[2 + d] - 1)\n',
  '    spatial = tuple((xs[2 + d] - 1) * stride[d] - 2 * padding[d] - dilation[d] * (ws[2 + d] - 1)\n', OF, note='+ -> - at line 588')
M('auto-801-optim.optimizer-204-32', 'optim/optimizer.py',
  "                                'but one of the params is ' + legacy_typename(param))\n",
  "                                'But one of the params is ' + legacy_typename(param))\n", FE, note='"\'but one of the params is \'" -> "\'But one of the params is \'" at line 204')
M('auto-801-nn._functional_vision-112-4', 'nn/_functional_vision.py',
  '    in_sizes = tuple(input.size())[2:]\n',
  '    pass\n', OF, nth=1, note="'in_sizes = tuple(input.size())[2:]' -> 'pass' at line 112")
M('auto-801-optim.lr_scheduler-191-17', 'optim/lr_scheduler.py',
  '        if epoch is None:\n',
  '        if epoch is not None:\n', FE, nth=1, note='is -> is not at line 191')
M('auto-801-ops.nn_ops-952-30', 'ops/nn_ops.py',
  "                      params={'threshold': [0.0, 1.0], 'value': [0.0, -1.0, 1.0]}, n=3),\n",
  "                      params={'Threshold': [0.0, 1.0], 'value': [0.0, -1.0, 1.0]}, n=3),\n", OF, note='"\'threshold\'" -> "\'Threshold\'" at line 952')
M('auto-801-nn._graph_ops-54-22', 'nn/_graph_ops.py',
  "        if ctx.B.KIND == 'numpy':\n",
  "        if ctx.B.KIND != 'numpy':\n", OF, nth=0, note='== -> != at line 54')
M('auto-801-ops.conv_ops-847-52', 'ops/conv_ops.py',
  "    lambda ctx, h: (ctx.B.pool_gather(h, ctx.params['index'], ctx.params['nd']),),\n",
  "    lambda ctx, h: (ctx.B.pool_gather(h, ctx.params['Index'], ctx.params['nd']),),\n", OF, note='"\'index\'" -> "\'Index\'" at line 847')
M('auto-801-nn.functional-629-25', 'nn/functional.py',
  "    assert margin > 0.0, 'Margin should be positive value.'\n",
  "    assert margin > 0.0, 'margin should be positive value.'\n", OF, note='"\'Margin should be positive value.\'" -> "\'margin should be positive value.\'" at line 629')
M('auto-801-ops.conv_ops-915-81', 'ops/conv_ops.py',
  '            arg[nan] = (np.isnan(stack[:, nan]) * np.arange(1, kk + 1)[:, None]).max(axis=0) - 1\n',
  '            arg[nan] = (np.isnan(stack[:, nan]) * np.arange(1, kk + 1)[:, None]).min(axis=0) - 1\n', OF, note="'max' -> 'min' at line 915")
M('auto-801-ops.conv_ops-1003-26', 'ops/conv_ops.py',
  '    unique = s[0] >= d[0] * (k[0] - 1) + 1 and s[1] >= d[1] * (k[1] - 1) + 1\n',
  '    unique = s[0] >= d[0] / (k[0] - 1) + 1 and s[1] >= d[1] * (k[1] - 1) + 1\n', OF, note='* -> / at line 1003')
M('auto-801-nn._functional_schema-105-20', 'nn/_functional_schema.py',
  '        d_n = torch.min(d_n, _distance_031(torch, p, n, norm, eps))\n',
  '        d_n = torch.max(d_n, _distance_031(torch, p, n, norm, eps))\n', OF, note="'min' -> 'max' at line 105")
M('auto-801-nn.functional-346-74', 'nn/functional.py',
  "        raise errors.variable_type_mismatch('torch.LongTensor', t.type(), 1, 'target')\n",
  "        raise errors.variable_type_mismatch('torch.LongTensor', t.type(), 2, 'target')\n", OF, note='1 -> 2 at line 346')
M('auto-801-autograd.engine-260-4', 'autograd/engine.py',
  '    needs = node.needs\n',
  '    pass\n', VJP, note="'needs = node.needs' -> 'pass' at line 260")
M('auto-801-nn._functional_volumetric-79-17', 'nn/_functional_volumetric.py',
  '    if min(st) < 1 or min(dl) < 1:\n',
  '    if min(st) < 0 or min(dl) < 1:\n', OF, note='1 -> 0 at line 79 (the same edit on the line '
  'as rewritten by hwideC: its negative-padding clause moved to _check_padding, 0.3.1\'s text)')
M('auto-801-ops.dispatch-673-8', 'ops/dispatch.py',
  '        node.has_saved = False\n',
  '        pass\n', FP, nth=3, note="'node.has_saved = False' -> 'pass' at line 673")
M('auto-801-autograd.engine-523-18', 'autograd/engine.py',
  '        if needed is not None and node not in needed:\n',
  '        if needed is None and node not in needed:\n', VJP, note="'is not' -> 'is' at line 523")
M('auto-801-ops.backend_variable-162-4', 'ops/backend_variable.py',
  '    return a.sqrt()\n',
  '    pass\n', FE, note="'return a.sqrt()' -> 'pass' at line 162")
M('auto-801-ops.dispatch-608-4', 'ops/dispatch.py',
  '    result = op.forward(*arrays, **params) if params else op.forward(*arrays)\n',
  '    pass\n', FP, nth=4, note="'result = op.forward(*arrays, **params) if params else op.forward(*arrays)' -> 'pass' at line 608")
M('auto-801-nn._backend_functions-125-19', 'nn/_backend_functions.py',
  '        return new + update * (hidden - new)\n',
  '        return new - update * (hidden - new)\n', OF, note='+ -> - at line 125')
M('auto-801-nn.modules.pooling-91-14', 'nn/modules/pooling.py',
  "            + ', ceil_mode=' + str(self.ceil_mode) \\\n",
  "            + ', Ceil_mode=' + str(self.ceil_mode) \\\n", OF, nth=0, note='"\', ceil_mode=\'" -> "\', Ceil_mode=\'" at line 91')
# auto-801-autograd.function-183-20 (``if backward is None`` -> ``is not None``) is gone with its
# line: session 18 removed the check, which 0.3.1 could never reach (Function has a backward)
M('auto-801-ops.nn_ops-962-52', 'ops/nn_ops.py',
  '                     valid=lambda arrays, p: not np.any(\n',
  '                     valid=lambda arrays, p: not np.all(\n', OF, note="'any' -> 'all' at line 962")
M('auto-801-nn.functional-294-4', 'nn/functional.py',
  '    idx_t = _data(input)\n',
  '    pass\n', OF, note="'idx_t = _data(input)' -> 'pass' at line 294")
M('auto-801-autograd.function-353-33', 'autograd/function.py',
  '        var._data._version[0] += 1\n',
  '        var._data._version[0] += 0\n', VJP, note='1 -> 0 at line 353')
M('auto-801-autograd.__init__-35-39', 'autograd/__init__.py',
  "                    raise RuntimeError('grad can be implicitly created only for scalar outputs')\n",
  "                    raise RuntimeError('Grad can be implicitly created only for scalar outputs')\n", VJP, note='"\'grad can be implicitly created only for scalar outputs\'" -> "\'Grad can be implicitly created only for scalar outputs\'" at line 35')
M('auto-801-autograd.engine-240-4', 'autograd/engine.py',
  '    ctx.needs = node.needs\n',
  '    pass\n', VJP, note="'ctx.needs = node.needs' -> 'pass' at line 240")
M('auto-801-autograd.function-68-8', 'autograd/function.py',
  '        self.next_functions = ()\n',
  '        pass\n', VJP, note="'self.next_functions = ()' -> 'pass' at line 68")
M('auto-801-autograd.function-158-16', 'autograd/function.py',
  '                out.append(data)\n',
  '                pass\n', VJP, note="'out.append(data)' -> 'pass' at line 158")
M('auto-801-nn.modules.pixelshuffle-6-0', 'nn/modules/pixelshuffle.py',
  "__all__ = ['PixelShuffle']\n",
  'pass\n', OF, note='"__all__ = [\'PixelShuffle\']" -> \'pass\' at line 6')
M('auto-801-ops.rnn_ops-459-64', 'ops/rnn_ops.py',
  '    steps = zip(V(g[:N], True), V(An, True), V(Bz, True), V(Cr, True), V(r_, True),\n',
  '    steps = zip(V(g[:N], True), V(An, True), V(Bz, True), V(Cr, False), V(r_, True),\n', OF, note="'True' -> 'False' at line 459")
M('auto-801-ops.nn_ops-377-53', 'ops/nn_ops.py',
  '        outer = B.unsqueeze(x1, 2) * B.unsqueeze(x2, 1)           # (N, I, J)\n',
  '        outer = B.unsqueeze(x1, 2) * B.unsqueeze(x2, 2)           # (N, I, J)\n', OF, note='1 -> 2 at line 377')
M('auto-801-autograd.engine-495-24', 'autograd/engine.py',
  '                        buf = entry[1]\n',
  '                        pass\n', VJP, note="'buf = entry[1]' -> 'pass' at line 495")
M('auto-801-nn._functional_volumetric-99-20', 'nn/_functional_volumetric.py',
  '        slab = slab.transpose(1, 2).contiguous().view(n * od, c, xs[3], xs[4])\n',
  '        slab = slab.swapaxes(1, 2).contiguous().view(n * od, c, xs[3], xs[4])\n', OF, note="'transpose' -> 'swapaxes' at line 99")
M('auto-801-ops.nn_ops-585-4', 'ops/nn_ops.py',
  '    xw, tw = _wide(x), _wide(t)\n',
  '    pass\n', OF, note="'xw, tw = _wide(x), _wide(t)' -> 'pass' at line 585")
M('auto-801-ops.rnn_ops-339-4', 'ops/rnn_ops.py',
  '    dt = x.dtype\n',
  '    pass\n', OF, nth=2, note="'dt = x.dtype' -> 'pass' at line 339")
M('auto-801-ops.dispatch-520-31', 'ops/dispatch.py',
  "            raise RuntimeError('%s_: the result of size %s cannot be written in place into a '\n",
  "            raise RuntimeError('%S_: the result of size %s cannot be written in place into a '\n", FP, note='"\'%s_: the result of size %s cannot be written in place into a \'" -> "\'%S_: the result of size %s cannot be written in place into a \'" at line 520')
M('auto-801-ops.conv_ops-131-43', 'ops/conv_ops.py',
  '        return np.zeros(shape, dtype) if a is None else a\n',
  '        return np.zeros(shape, dtype) if a is not None else a\n', OF, note='is -> is not at line 131')
M('auto-801-ops.conv_ops-1690-34', 'ops/conv_ops.py',
  '                pad += [r.int(-1, 2) if size > 2 else r.int(0, 2), r.int(0, 2)]\n',
  '                pad += [r.int(-1, 1) if size > 2 else r.int(0, 2), r.int(0, 2)]\n', OF, note='2 -> 1 at line 1690')
M('auto-801-nn.modules.normalization-28-20', 'nn/modules/normalization.py',
  '        top = min(c + pre_pad - 1, channels - 1)\n',
  '        top = min(c - pre_pad - 1, channels - 1)\n', OF, note='+ -> - at line 28')


# ============================================================================ hwideB: wide random sample, seed 802
# AUTO_MUTANTS_SEED=802 AUTO_MUTANTS_COUNT=40 AUTO_MUTANTS_KINDS=all over the same files, drawn at
# a689ae0 (after the seed-801 work) and run before any test written for it: 32 of 40 killed by
# their subsets; 2 argued equivalent (a dead condition in _conv_plan, a profiler name entry for
# an operator Variable does not have); the 6 others are killed by test_wide_kills_nn.py.
M('auto-802-ops.nn_ops-391-12', 'ops/nn_ops.py',
  "    grad_fn='torch.autograd.function.BilinearBackward', save_inputs=(0, 1, 2),\n",
  "    grad_fn='Torch.autograd.function.BilinearBackward', save_inputs=(0, 1, 2),\n", OF, nth=1, note='"\'torch.autograd.function.BilinearBackward\'" -> "\'Torch.autograd.function.BilinearBackward\'" at line 391')
M('auto-802-ops.conv_ops-954-24', 'ops/conv_ops.py',
  '        outside = (hh < 0) | (hh >= h) | (ww < 0) | (ww >= w)\n',
  '        outside = (hh < 1) | (hh >= h) | (ww < 0) | (ww >= w)\n', OF, note='0 -> 1 at line 954')
M('auto-802-nn.modules.loss-193-29', 'nn/modules/loss.py',
  '            raise ValueError("only p == 1 and p == 2 supported")\n',
  '            raise ValueError("Only p == 1 and p == 2 supported")\n', OF, note='\'"only p == 1 and p == 2 supported"\' -> \'"Only p == 1 and p == 2 supported"\' at line 193')
M('auto-802-ops.conv_ops-1045-12', 'ops/conv_ops.py',
  '    hi = np.minimum(hs[:, None] + np.arange(kh)[None, :], he[:, None] - 1)   # (oh, kh)\n',
  '    hi = np.maximum(hs[:, None] + np.arange(kh)[None, :], he[:, None] - 1)   # (oh, kh)\n', OF, note="'minimum' -> 'maximum' at line 1045")
M('auto-802-nn.modules.activation-211-4', 'nn/modules/activation.py',
  '    _function = staticmethod(F.softmin)\n',
  '    pass\n', OF, note="'_function = staticmethod(F.softmin)' -> 'pass' at line 211")
M('auto-802-optim.lr_scheduler-237-12', 'optim/lr_scheduler.py',
  "            self.mode_worse = -float('Inf')\n",
  '            pass\n', FE, note='"self.mode_worse = -float(\'Inf\')" -> \'pass\' at line 237')
M('auto-802-nn.functional-258-8', 'nn/functional.py',
  '        output += bias\n',
  '        pass\n', OF, note="'output += bias' -> 'pass' at line 258")
M('auto-802-ops.rnn_ops-324-11', 'ops/rnn_ops.py',
  '        np.add(s, ghs, s)\n',
  '        np.subtract(s, ghs, s)\n', OF, note="'add' -> 'subtract' at line 324")
M('auto-802-ops.nn_loss_ops-207-9', 'ops/nn_loss_ops.py',
  '    if n == 1 and r.bool():\n',
  '    if n != 1 and r.bool():\n', OF, note='== -> != at line 207')
M('auto-802-nn.modules.sparse-33-8', 'nn/modules/sparse.py',
  '        self.scale_grad_by_freq = scale_grad_by_freq\n',
  '        pass\n', OF, nth=0, note="'self.scale_grad_by_freq = scale_grad_by_freq' -> 'pass' at line 33")
M('auto-802-ops.dispatch-91-43', 'ops/dispatch.py',
  '            if type(x) is not Variable and not isinstance(x, Variable):\n',
  '            if type(x) is not Variable and isinstance(x, Variable):\n', FP, note="'not ' -> '' at line 91")
M('auto-802-ops.conv_ops-102-12', 'ops/conv_ops.py',
  '            self.empty = self._poisoned_empty       # chosen once: no test per call\n',
  '            pass       # chosen once: no test per call\n', OF, note="'self.empty = self._poisoned_empty' -> 'pass' at line 102")
M('auto-802-autograd._profiling-77-12', 'autograd/_profiling.py',
  '            return fn(cls, *args)\n',
  '            pass\n', VJP, note="'return fn(cls, *args)' -> 'pass' at line 77 (session 21: the one call left)")
M('auto-802-ops.nn_ops-435-23', 'ops/nn_ops.py',
  "    noise = ctx.params['noise']\n",
  "    noise = ctx.params['Noise']\n", OF, note='"\'noise\'" -> "\'Noise\'" at line 435')
M('auto-802-ops.conv_ops-682-39', 'ops/conv_ops.py',
  '    if oh < 1 or ow < 1 or min(st) < 1 or min(dl) < 1:\n',
  '    if oh < 1 or ow < 1 or min(st) < 1 and min(dl) < 1:\n', OF, note='or -> and at line 682', equivalent="a dead condition: _conv_plan first calls _check_conv_params, which raises on min(_two(stride, 1)) < 1 and min(_two(dilation, 1)) < 1 (the same st and dl), so both operands of the mutated 'or'/'and' are always False here")
M('auto-802-ops.conv_ops-252-16', 'ops/conv_ops.py',
  '    ow = (w + 2 * padding[1] - dilation[1] * (kw - 1) - 1) // stride[1] + 1\n',
  '    ow = (w + 2 / padding[1] - dilation[1] * (kw - 1) - 1) // stride[1] + 1\n', OF, note='* -> / at line 252')
M('auto-802-nn.functional-362-19', 'nn/functional.py',
  '        live = t[t != ignore_index]\n',
  '        live = t[t == ignore_index]\n', OF, note='!= -> == at line 362')
# (auto-802-autograd._profiling-29-18, the '__invert__' entry's name: argued equivalent, since
# Variables have no ~; the dead entries were then removed from the profiler's table)
M('auto-802-optim.sgd-73-32', 'optim/sgd.py',
  '                if weight_decay != 0:\n',
  '                if weight_decay == 0:\n', FE, note='!= -> == at line 73')
M('auto-802-nn.init-145-26', 'nn/init.py',
  '    return tensor.normal_(0, std)\n',
  '    return tensor.normal_(1, std)\n', OF, nth=0, note='0 -> 1 at line 145')
M('auto-802-ops.conv_ops-1328-83', 'ops/conv_ops.py',
  "        raise ValueError('Expected 2D or more input to batch_norm (got %dD input)' % a.ndim)\n",
  "        raise ValueError('Expected 2D or more input to batch_norm (got %dD input)' // a.ndim)\n", OF, note='% -> // at line 1328')
M('auto-802-nn.modules.padding-82-8', 'nn/modules/padding.py',
  '        self.padding = _pair(padding)\n',
  '        pass\n', OF, nth=2, note="'self.padding = _pair(padding)' -> 'pass' at line 82")
M('auto-802-ops.conv_ops-445-12', 'ops/conv_ops.py',
  '            total = None\n',
  '            pass\n', OF, note="'total = None' -> 'pass' at line 445")
M('auto-802-ops.nn_ops-341-14', 'ops/nn_ops.py',
  '    return (g - B.exp(ctx.output) * B.sum(g, d, True),)\n',
  '    return (g + B.exp(ctx.output) * B.sum(g, d, True),)\n', OF, note='- -> + at line 341')
M('auto-802-nn.functional-562-25', 'nn/functional.py',
  '    if x.ndim not in (1, 2):\n',
  '    if x.ndim not in (1, 3):\n', OF, note='2 -> 3 at line 562')
M('auto-802-ops.conv_ops-984-4', 'ops/conv_ops.py',
  '    k, s, p, d = _two(kernel_size, 1), _two(stride, 1), _two(padding, 0), _two(dilation, 1)\n',
  '    pass\n', OF, note="'k, s, p, d = _two(kernel_size, 1), _two(stride, 1), _two(padding, 0), _two(dilation, 1)' -> 'pass' at line 984")
M('auto-802-ops.conv_ops-629-7', 'ops/conv_ops.py',
  '    if not transposed:\n',
  '    if transposed:\n', OF, note="'not ' -> '' at line 629")
M('auto-802-ops.conv_ops-1177-43', 'ops/conv_ops.py',
  '    out = _fold_windows(gd.reshape(planes, 1, 1, 1, oh, ow), planes, 1, (kh, kw), (sh, sw),\n',
  '    out = _fold_windows(gd.reshape(planes, 0, 1, 1, oh, ow), planes, 1, (kh, kw), (sh, sw),\n', OF, note='1 -> 0 at line 1177')
M('auto-802-ops.backend_variable-319-43', 'ops/backend_variable.py',
  "    return _call(provided.POLYGAMMA, [a], {'n': int(n)})\n",
  "    return _call(provided.POLYGAMMA, [a], {'N': int(n)})\n", FE, note='"\'n\'" -> "\'N\'" at line 319')
M('auto-802-autograd.function-206-16', 'autograd/function.py',
  '                return results\n',
  '                pass\n', VJP, note="'return results' -> 'pass' at line 206")
M('auto-802-ops.conv_ops-257-11', 'ops/conv_ops.py',
  "    return 'nl' if ow >= 16 or n == 1 else 'ln'\n",
  "    return 'Nl' if ow >= 16 or n == 1 else 'ln'\n", OF, note='"\'nl\'" -> "\'Nl\'" at line 257')
M('auto-802-nn._functional_volumetric-391-14', 'nn/_functional_volumetric.py',
  '    if a.ndim not in (4, 5):\n',
  '    if a.ndim in (4, 5):\n', OF, nth=3, note="'not in' -> 'in' at line 391")
M('auto-802-nn.modules.rnn-355-22', 'nn/modules/rnn.py',
  '        if input.size(0) != hx.size(0):\n',
  '        if input.size(1) != hx.size(0):\n', OF, note='0 -> 1 at line 355')
M('auto-802-ops.rnn_ops-416-7', 'ops/rnn_ops.py',
  '    np.multiply(g_, g_, P3)\n',
  '    np.divide(g_, g_, P3)\n', OF, note="'multiply' -> 'divide' at line 416")
M('auto-802-nn.utils.rnn-85-8', 'nn/utils/rnn.py',
  '        t = data_t.new(steps, rows, *trailing).fill_(padding_value)\n',
  '        pass\n', OF, note="'t = data_t.new(steps, rows, *trailing).fill_(padding_value)' -> 'pass' at line 85")
M('auto-802-nn._functional_vision-206-41', 'nn/_functional_vision.py',
  '        iy = ((g[..., 1] + 1) / 2) * (IH - 1)\n',
  '        iy = ((g[..., 1] + 1) / 2) * (IH + 1)\n', OF, note='- -> + at line 206')
M('auto-802-ops.nn_ops-896-4', 'ops/nn_ops.py',
  '    n, c, h, w = r.int(1, 2), r.int(2, 3), r.int(1, 3), r.int(1, 3)\n',
  '    pass\n', OF, note="'n, c, h, w = r.int(1, 2), r.int(2, 3), r.int(1, 3), r.int(1, 3)' -> 'pass' at line 896")
M('auto-802-nn._functional_vision-33-11', 'nn/_functional_vision.py',
  "           'grid_sample']\n",
  "           'Grid_sample']\n", OF, note='"\'grid_sample\'" -> "\'Grid_sample\'" at line 33')
M('auto-802-ops.conv_ops-1265-23', 'ops/conv_ops.py',
  '    xs = ctx.shapes[0][0]\n',
  '    xs = ctx.shapes[0][1]\n', OF, note='0 -> 1 at line 1265')
M('auto-802-autograd.function-73-8', 'autograd/function.py',
  "        d['to_save'] = None\n",
  '        pass\n', VJP, note='"d[\'to_save\'] = None" -> \'pass\' at line 73')

# ==================================================================== lead, seed 901
# The lead's wider-kind sample (seed 901, 40 mutants, AUTO_MUTANTS_KINDS=all) of the files no
# helper owned: printing, rng/random, dtypes, errors, quiet, cuda, serialization, safe_unpickler,
# drawn at 3e6e802. Before any test for it: 27 killed (21 on their subsets, 6 by other files),
# 6 argued equivalent (5 below; rng-518's name only reached an unreachable type branch, since
# removed), 7 real survivors: 79.4%. The real ones: safe loading's array-subtype refusal (2),
# EXT2 when trusted, the not-a-Module check; Generator.set_state's check and its result; the
# long-overflow text (now 0.3.1's 'Overflow when unpacking long'). All 7 are killed now
# (test_load_refusals.py, test_generator_objects.py). rng-155, rng-518 and errors-75 are gone
# with their code (errors.invalid_arguments is rewritten to 0.3.1's layout).
M('auto-901-printing-70-17', 'printing.py',
  '    if precision is not None:\n',
  '    if precision is None:\n', 'printing', note="'is not' -> 'is' at line 70")
M('auto-901-rng-593-25', 'rng.py',
  '            if stds.size != means.size:\n',
  '            if stds.size == means.size:\n', 'front-end', note='!= -> == at line 593')
M('auto-901-serialization-70-4', 'serialization.py',
  '    return result\n',
  '    pass\n', 'front-end', note="'return result' -> 'pass' at line 70")
M('auto-901-rng-287-12', 'rng.py',
  "            raise ValueError('n must be non-negative')\n",
  '            pass\n', 'front-end', note='"raise ValueError(\'n must be non-negative\')" -> \'pass\' at line 287')
M('auto-901-safe_unpickler-310-27', 'safe_unpickler.py',
  '        inst = self.stack[-2]\n',
  '        inst = self.stack[-3]\n', 'front-end', note='2 -> 3 at line 310')
M('auto-901-printing-50-0', 'printing.py',
  'PRINT_OPTS = _PrintOptions()\n',
  'pass\n', 'printing', note="'PRINT_OPTS = _PrintOptions()' -> 'pass' at line 50")
M('auto-901-safe_unpickler-60-29', 'safe_unpickler.py',
  '_np_reconstruct = np.ndarray(0).__reduce__()[0]\n',
  '_np_reconstruct = np.ndarray(1).__reduce__()[0]\n', 'front-end', note='0 -> 1 at line 60', equivalent="ndarray(1).__reduce__()[0] is the same numpy _reconstruct function as ndarray(0)'s")
M('auto-901-rng-422-67', 'rng.py',
  '        if _BERNOULLI_BITS and not isinstance(p, np.ndarray) and 0 <= float(p) <= 1:\n',
  '        if _BERNOULLI_BITS and not isinstance(p, np.ndarray) and 0 > float(p) <= 1:\n', 'front-end', note='<= -> > at line 422')
M('auto-901-safe_unpickler-343-8', 'safe_unpickler.py',
  '        pickle._Unpickler.load_ext2(self)\n',
  '        pass\n', 'front-end', note="'pickle._Unpickler.load_ext2(self)' -> 'pass' at line 343")
M('auto-901-printing-210-30', 'printing.py',
  '        if exp_max > prec + 1 or exp_max < 0:\n',
  '        if exp_max > prec + 1 and exp_max < 0:\n', 'printing', note='or -> and at line 210')
M('auto-901-errors-98-11', 'errors.py',
  "    return '[' + ' x '.join(str(s) for s in shape) + ']'\n",
  "    return '[X' + ' x '.join(str(s) for s in shape) + ']'\n", 'front-end', note='"\'[\'" -> "\'[X\'" at line 98')
M('auto-901-printing-218-31', 'printing.py',
  '        fmt = "{:" + str(sz) + "." + str(prec) + "f}"\n',
  '        fmt = "{:" + str(sz) + ".X" + str(prec) + "f}"\n', 'printing', note='\'"."\' -> \'".X"\' at line 218')
M('auto-901-rng-238-12', 'rng.py',
  "            rec['next'] = pos\n",
  '            pass\n', 'front-end', note='"rec[\'next\'] = pos" -> \'pass\' at line 238')
M('auto-901-random-53-8', 'random.py',
  '        _check_state(new_state)\n',
  '        pass\n', 'front-end', note="'_check_state(new_state)' -> 'pass' at line 53")
M('auto-901-printing-401-32', 'printing.py',
  '        return "[" + typename + " with no dimension]\\n"\n',
  '        return "[" + typename + " With no dimension]\\n"\n', 'printing', note='\'" with no dimension]\\\\n"\' -> \'" With no dimension]\\\\n"\' at line 401')
M('auto-901-rng-276-35', 'rng.py',
  "        self._normal_x = float(rec['normal_x'])\n",
  "        self._normal_x = float(rec['Normal_x'])\n", 'front-end', note='"\'normal_x\'" -> "\'Normal_x\'" at line 276')
M('auto-901-rng-338-12', 'rng.py',
  '            self._normal_valid = bool(m % 2)\n',
  '            pass\n', 'front-end', note="'self._normal_valid = bool(m % 2)' -> 'pass' at line 338")
M('auto-901-rng-263-21', 'rng.py',
  '        if seeded != 1 or not 0 < left <= _MT_N or not 0 <= nxt <= _MT_N:\n',
  '        if seeded != 0 or not 0 < left <= _MT_N or not 0 <= nxt <= _MT_N:\n', 'front-end', note='1 -> 0 at line 263')
M('auto-901-safe_unpickler-187-16', 'safe_unpickler.py',
  '    if parts[0] == os.pardir or os.path.isabs(rel) or \\\n',
  '    if parts[0] != os.pardir or os.path.isabs(rel) or \\\n', 'front-end', note='== -> != at line 187')
M('auto-901-printing-197-40', 'printing.py',
  '            fmt = "{:11." + str(prec) + "e}"\n',
  '            fmt = "{:11." + str(prec) + "E}"\n', 'printing', note='\'"e}"\' -> \'"E}"\' at line 197')
M('auto-901-rng-286-15', 'rng.py',
  '        if n < 0:\n',
  '        if n < 1:\n', 'front-end', note='0 -> 1 at line 286')
M('auto-901-rng-91-45', 'rng.py',
  "                        with np.errstate(all='ignore'):\n",
  "                        with np.errstate(all='Ignore'):\n", 'front-end', note='"\'ignore\'" -> "\'Ignore\'" at line 91', equivalent="inside the fallback for a numpy build whose libm functions differ from glibc's (pragma: no cover); this build never takes it")
M('auto-901-rng-395-12', 'rng.py',
  '            vals = (self.next_u32(n) % span) + np.uint64(frm & _MASK64)\n',
  '            pass\n', 'front-end', note="'vals = (self.next_u32(n) % span) + np.uint64(frm & _MASK64)' -> 'pass' at line 395")
M('auto-901-random-92-52', 'random.py',
  "        return '<torch._C.Generator object at %#x>' % id(self)\n",
  "        return '<torch._C.Generator object at %#x>' // id(self)\n", 'front-end', note='% -> // at line 92', nth=1)
M('auto-901-rng-71-12', 'rng.py',
  '            probe = probe * 50.0\n',
  '            pass\n', 'front-end', note="'probe = probe * 50.0' -> 'pass' at line 71", equivalent="the probe only decides whether numpy's sqrt equals libm's on this machine; unscaled probes in [0, 1) decide the same (identical on this build), so the same function is used")
M('auto-901-safe_unpickler-184-8', 'safe_unpickler.py',
  '        return None\n',
  '        pass\n', 'front-end', note="'return None' -> 'pass' at line 184", nth=5)
M('auto-901-random-55-8', 'random.py',
  '        return self\n',
  '        pass\n', 'front-end', note="'return self' -> 'pass' at line 55", nth=0)
M('auto-901-safe_unpickler-82-8', 'safe_unpickler.py',
  "        raise pickle.UnpicklingError('torch.load refused a numpy array subtype %r' % (subtype,))\n",
  '        pass\n', 'front-end', note='"raise pickle.UnpicklingError(\'torch.load refused a numpy array subtype %r\' % (subtype,))" -> \'pass\' at line 82')
M('auto-901-safe_unpickler-81-15', 'safe_unpickler.py',
  '    if subtype is not np.ndarray:\n',
  '    if subtype is np.ndarray:\n', 'front-end', note="'is not' -> 'is' at line 81")
M('auto-901-dtypes-24-8', 'dtypes.py',
  "        return '<legacy type %s>' % self.typename\n",
  '        pass\n', 'front-end', note='"return \'<legacy type %s>\' % self.typename" -> \'pass\' at line 24', equivalent='TypeInfo.__repr__ is not reachable from the public API (tensor._info is private and no message formats a TypeInfo)')
M('auto-901-printing-378-25', 'printing.py',
  '            parts.append("\\n")\n',
  '            parts.append("\\nX")\n', 'printing', note='\'"\\\\n"\' -> \'"\\\\nX"\' at line 378', nth=1)
M('auto-901-cuda-85-0', 'cuda.py',
  "FloatTensor = _cuda_class('Float')\n",
  'pass\n', 'front-end', note='"FloatTensor = _cuda_class(\'Float\')" -> \'pass\' at line 85')
M('auto-901-rng-531-87', 'rng.py',
  '            cum = np.add.accumulate(rows[i].astype(np.float64)) if n_cat else np.zeros(0)\n',
  '            cum = np.add.accumulate(rows[i].astype(np.float64)) if n_cat else np.zeros(1)\n', 'front-end', note='0 -> 1 at line 531', equivalent="with no categories the total is 0.0 either way and the same 'sum of probabilities <= 0' error follows before cum is read")
M('auto-901-random-95-0', 'random.py',
  'default_generator = _DefaultGenerator()\n',
  'pass\n', 'front-end', note="'default_generator = _DefaultGenerator()' -> 'pass' at line 95")
M('auto-901-printing-243-80', 'printing.py',
  '        parts.append("\\n".join(prefix + s for s in nf.to_strings(vector[tail])) + "\\n")\n',
  '        parts.append("\\n".join(prefix + s for s in nf.to_strings(vector[tail])) - "\\n")\n', 'printing', note='+ -> - at line 243')
M('auto-901-printing-372-15', 'printing.py',
  '            if any(skipped):\n',
  '            if all(skipped):\n', 'printing', note="'any' -> 'all' at line 372")
M('auto-901-printing-218-35', 'printing.py',
  '        fmt = "{:" + str(sz) + "." + str(prec) + "f}"\n',
  '        fmt = "{:" + str(sz) + "." - str(prec) + "f}"\n', 'printing', note='+ -> - at line 218')
# ============================================================================ hwideA: random WIDE sample, seed 702
# AUTO_MUTANTS_SEED=702 AUTO_MUTANTS_COUNT=40 AUTO_MUTANTS_KINDS=all AUTO_MUTANTS_FILES=<as seed 701>,
# drawn at 89419fd (after the seed-701 work) and run before any test written for it: 29 of 40
# killed by their subsets (4 of them re-run after a stale storage test was corrected).  Of the 11
# survivors, the receivers' argnames (3) and ops/__init__'s optional-family re-raise were dead at
# the time; the re-raise is deleted with its loop, the argnames are now read by the
# op_argnames.json snapshot; _check_int's text, _beta_alpha_args' single-scalar branch and
# unbind's empty-tensor range were rewritten after 0.3.1 (entries left out: no such line now);
# the rest are killed by test_wide_kills_ops.py.
M('auto-702-ops.pointwise-233-21', 'ops/pointwise.py',
  '    tail += k * (k + 1) * (k + 2) * (k + 3) * (k + 4) * big ** (-k - 5) / 30240.0\n',
  '    tail += k * (k + 2) * (k + 2) * (k + 3) * (k + 4) * big ** (-k - 5) / 30240.0\n', FE, note='1 -> 2 at line 233')
M('auto-702-ops.blas_ops-69-29', 'ops/blas_ops.py',
  "    argnames=('self', 'mat', 'vec'),\n",
  "    argnames=('self', 'mat', 'Vec'),\n", FE, note='"\'vec\'" -> "\'Vec\'" at line 69')
M('auto-702-ops.pointwise-435-21', 'ops/pointwise.py',
  '        r = select(a < min, a.dtype.type(min), r)\n',
  '        r = select(a <= min, a.dtype.type(min), r)\n', FE, nth=0, note='< -> <= at line 435')
M('auto-702-ops.lapack-78-14', 'ops/lapack.py',
  '        j = k + int(torch.argmax(a.diagonal()[k:]))\n',
  '        j = k - int(torch.argmax(a.diagonal()[k:]))\n', FE, note='+ -> - at line 78')
M('auto-702-storage-368-25', 'storage.py',
  "        name = t.replace('torch.cuda.', 'torch.')\n",
  "        name = t.replace('Torch.cuda.', 'torch.')\n", FE, note='"\'torch.cuda.\'" -> "\'Torch.cuda.\'" at line 368')
M('auto-702-backend_numpy-390-17', 'backend_numpy.py',
  '    if abs(step) < n:\n',
  '    if abs(step) > n:\n', FE, note='< -> > at line 390')
M('auto-702-ops.creation-296-4', 'ops/creation.py',
  '    s = std._a if isinstance(std, _TensorBase) else float(std)\n',
  '    pass\n', FE, note="'s = std._a if isinstance(std, _TensorBase) else float(std)' -> 'pass' at line 296")
M('auto-702-ops.indexing-487-57', 'ops/indexing.py',
  "    if isinstance(key, np.ndarray) and key.dtype.kind == 'b':\n",
  "    if isinstance(key, np.ndarray) and key.dtype.kind == 'B':\n", FE, nth=0, note='"\'b\'" -> "\'B\'" at line 487')
M('auto-702-storage-209-35', 'storage.py',
  "                raise RuntimeError('Trying to slice with a step of %d, but only a step of 1 is '\n",
  "                raise RuntimeError('trying to slice with a step of %d, but only a step of 1 is '\n", FE, nth=0, note='"\'Trying to slice with a step of %d, but only a step of 1 is \'" -> "\'trying to slice with a step of %d, but only a step of 1 is \'" at line 209')
M('auto-702-ops.comparison-92-20', 'ops/comparison.py',
  "    name = ops.name + ('_' if inplace else '')\n",
  "    name = ops.name - ('_' if inplace else '')\n", FE, note='+ -> - at line 92')
M('auto-702-ops.reduction-706-78', 'ops/reduction.py',
  '        return np.power(np.power(x, p).sum(axis=axis, keepdims=keepdims), 1.0 / p)\n',
  '        return np.power(np.power(x, p).sum(axis=axis, keepdims=keepdims), 1.0 * p)\n', FE, note='/ -> * at line 706')
M('auto-702-backend_numpy-376-14', 'backend_numpy.py',
  '    return np.cumprod(a, axis=dim)\n',
  '    return np.cumsum(a, axis=dim)\n', FE, note="'cumprod' -> 'cumsum' at line 376")
M('auto-702-ops.creation-116-29', 'ops/creation.py',
  "          dtypes=('float32', 'float64', 'int64'))\n",
  "          dtypes=('float32', 'Float64', 'int64'))\n", FE, nth=0, note='"\'float64\'" -> "\'Float64\'" at line 116')
M('auto-702-ops.reduction-543-18', 'ops/reduction.py',
  '    if k < 1 or k > n:\n',
  '    if k < 1 or k >= n:\n', FE, nth=1, note='> -> >= at line 543; adapted: topk checks k > 0 now (0.3.1)')
M('auto-702-ops.lapack-591-15', 'ops/lapack.py',
  '        if d[j - k] <= tol or np.isnan(d[j - k]):\n',
  '        if d[j + k] <= tol or np.isnan(d[j - k]):\n', FE, note='- -> + at line 591')
M('auto-702-ops.reduction-376-15', 'ops/reduction.py',
  '    start = np.maximum.accumulate(np.where(new_run, pos, 0), axis=1)\n',
  '    start = np.minimum.accumulate(np.where(new_run, pos, 0), axis=1)\n', FE, note="'maximum' -> 'minimum' at line 376")
M('auto-702-ops.bitwise_ops-56-32', 'ops/bitwise_ops.py',
  "    ('__xor__', np.bitwise_xor, False, None, lambda torch, x, y: x ^ y),\n",
  "    ('__xor__', np.bitwise_xor, True, None, lambda torch, x, y: x ^ y),\n", FE, note="'False' -> 'True' at line 56")
M('auto-702-backend_numpy-266-4', 'backend_numpy.py',
  '    out[tuple(idx)] = g\n',
  '    pass\n', FE, note="'out[tuple(idx)] = g' -> 'pass' at line 266")
M('auto-702-ops.indexing-1077-37', 'ops/indexing.py',
  "    grad_fn='PutBackward', argnames=('self', 'source'),\n",
  "    grad_fn='PutBackward', argnames=('Self', 'source'),\n", FE, note='"\'self\'" -> "\'Self\'" at line 1077')
M('auto-702-ops.indexing-1140-7', 'ops/indexing.py',
  '    if not isinstance(src, (Variable, _TensorBase)):\n',
  '    if isinstance(src, (Variable, _TensorBase)):\n', FE, note="'not ' -> '' at line 1140")
M('auto-702-ops.reduction-477-4', 'ops/reduction.py',
  '    a = array_of(self)\n',
  '    pass\n', FE, nth=1, note="'a = array_of(self)' -> 'pass' at line 477")
M('auto-702-storage-105-8', 'storage.py',
  "        return self._a.__array_interface__['data'][0] if len(self._a) else 0\n",
  '        pass\n', FE, note='"return self._a.__array_interface__[\'data\'][0] if len(self._a) else 0" -> \'pass\' at line 105')
M('auto-702-ops.pointwise-750-44', 'ops/pointwise.py',
  "    grad_fn='RemainderBackward0', argnames=('self',),\n",
  "    grad_fn='RemainderBackward0', argnames=('Self',),\n", FE, note='"\'self\'" -> "\'Self\'" at line 750')
M('auto-702-autograd.variable-95-31', 'autograd/variable.py',
  "            raise RuntimeError('assigned grad has data of a different size')\n",
  "            raise RuntimeError('Assigned grad has data of a different size')\n", VJP, note='"\'assigned grad has data of a different size\'" -> "\'Assigned grad has data of a different size\'" at line 95')
M('auto-702-ops.lapack-509-27', 'ops/lapack.py',
  "                 argnames=('self',),\n",
  "                 argnames=('Self',),\n", FE, note='"\'self\'" -> "\'Self\'" at line 509')
M('auto-702-ops.blas_ops-110-22', 'ops/blas_ops.py',
  "    argnames=('self', 'batch1', 'batch2'),\n",
  "    argnames=('self', 'Batch1', 'batch2'),\n", FE, nth=0, note='"\'batch1\'" -> "\'Batch1\'" at line 110')
M('auto-702-ops.lapack-681-26', 'ops/lapack.py',
  '        v[i + 1:] = a[i + 1:, i]\n',
  '        v[i + 1:] = a[i + 0:, i]\n', FE, note='1 -> 0 at line 681')
M('auto-702-ops.pointwise-630-31', 'ops/pointwise.py',
  '            -g * ctx.B.floor(a / b) if ctx.needs[1] else None)\n',
  '            -g * ctx.B.floor(a * b) if ctx.needs[1] else None)\n', FE, note='/ -> * at line 630')
M('auto-702-size-53-14', 'size.py',
  '            n *= s\n',
  '            n /= s\n', FE, note='*= -> /= at line 53')
M('auto-702-tensor-73-16', 'tensor.py',
  '        if n == 1 and (isinstance(first, (list, tuple, np.ndarray)) or _is_sequence(first)):\n',
  '        if n == 2 and (isinstance(first, (list, tuple, np.ndarray)) or _is_sequence(first)):\n', FE, note='1 -> 2 at line 73')
M('auto-702-ops.lapack-789-79', 'ops/lapack.py',
  '        codes = np.array([int(np.nonzero(row == 0)[0][0]) + 1 if np.any(row == 0) else 0\n',
  '        codes = np.array([int(np.nonzero(row == 0)[0][0]) + 1 if np.any(row == 1) else 0\n', FE, note='0 -> 1 at line 789')
M('auto-702-ops.shape-290-57', 'ops/shape.py',
  "                         ('long', 'LongTensor'), ('int', 'IntTensor'), ('short', 'ShortTensor'),\n",
  "                         ('long', 'LongTensor'), ('int', 'intTensor'), ('short', 'ShortTensor'),\n", FE, note='"\'IntTensor\'" -> "\'intTensor\'" at line 290')
M('auto-702-ops.pointwise-340-15', 'ops/pointwise.py',
  '        s = np.log(z) - 0.5 * zi\n',
  '        s = np.log1p(z) - 0.5 * zi\n', FE, note="'log' -> 'log1p' at line 340")
M('auto-702-ops.indexing-305-24', 'ops/indexing.py',
  '            dim += ndim - consumed\n',
  '            dim += ndim + consumed\n', FE, note='- -> + at line 305')
M('auto-702-tensor-567-8', 'tensor.py',
  '        _cuda_notice()\n',
  '        pass\n', FE, nth=2, note="'_cuda_notice()' -> 'pass' at line 567")
M('auto-702-ops.indexing-76-87', 'ops/indexing.py',
  "        raise _arg_type_error(opname, self, args, sig, pos, 'torch.ByteTensor', argno, 'mask')\n",
  "        raise _arg_type_error(opname, self, args, sig, pos, 'torch.ByteTensor', argno, 'Mask')\n", FE, note='"\'mask\'" -> "\'Mask\'" at line 76')


# ==================================================================== lead, seed 902
# The lead's independent wider-kind sample (seed 902, 40 mutants, AUTO_MUTANTS_KINDS=all, every
# op / autograd / nn file: DEFAULT_FILES) drawn at 6b40e65, after both helpers' first rounds had
# landed. Before any test for it: 32 killed on their subsets, 2 more by other files
# (test_nn_rest, test_type_support), 3 argued equivalent, 3 real survivors: 34 of 37 (91.9%).
# The 3 (RMSprop's setdefault of an old pickle, a size tuple followed by more sizes, type_as of a
# Variable) are killed by test_wide_kills_lead.py. (_profiling-29-4 is gone with its dead entry.)
M('auto-902-autograd.nodes-69-27', 'autograd/nodes.py',
  '        if self._var_hooks is None:\n',
  '        if self._var_hooks is not None:\n', 'vjp', note='is -> is not at line 69')
M('auto-902-nn._backend_functions-114-8', 'nn/_backend_functions.py',
  '        gates = F.linear(input, w_ih, b_ih) + F.linear(h, w_hh, b_hh)\n',
  '        pass\n', 'op formula', note="'gates = F.linear(input, w_ih, b_ih) + F.linear(h, w_hh, b_hh)' -> 'pass' at line 114")
M('auto-902-ops.conv_ops-560-4', 'ops/conv_ops.py',
  '    return gx, gg\n',
  '    pass\n', 'op formula', note="'return gx, gg' -> 'pass' at line 560")
M('auto-902-optim.rmsprop-25-29', 'optim/rmsprop.py',
  "            group.setdefault('centered', False)\n",
  "            group.setdefault('Centered', False)\n", 'front-end', note='"\'centered\'" -> "\'Centered\'" at line 25')
M('auto-902-ops.indexing-316-16', 'ops/indexing.py',
  '                raise errors.index_out_of_range(e, dim, size)\n',
  '                pass\n', 'front-end', note="'raise errors.index_out_of_range(e, dim, size)' -> 'pass' at line 316")
M('auto-902-ops.lapack-854-16', 'ops/lapack.py',
  '    if piv.size and (piv.min() < 1 or piv.max() > lu.shape[1]):\n',
  '    if piv.size or (piv.min() < 1 or piv.max() > lu.shape[1]):\n', 'front-end', note="'and' -> 'or' at line 854")
M('auto-902-rng-409-49', 'rng.py',
  '            return self._random64(n) % np.uint64(1 << 63)\n',
  '            return self._random64(n) % np.uint64(2 << 63)\n', 'front-end', note='1 -> 2 at line 409')
M('auto-902-rng-268-28', 'rng.py',
  '            pos = _MT_N + 1 - left\n',
  '            pos = _MT_N + 1 + left\n', 'front-end', note='- -> + at line 268')
M('auto-902-nn._functional_volumetric-241-61', 'nn/_functional_volumetric.py',
  '    extra = [max(0, (out[i] - 1) * s[i] + dl[i] * (k[i] - 1) + 1 - sizes[i] - p[i])\n',
  '    extra = [max(0, (out[i] - 1) * s[i] + dl[i] * (k[i] - 1) - 1 - sizes[i] - p[i])\n', 'op formula', note='+ -> - at line 241')
M('auto-902-ops.conv_ops-1456-19', 'ops/conv_ops.py',
  '    if len(pad) // 2 > a.ndim:\n',
  '    if len(pad) // 3 > a.ndim:\n', 'op formula', note='2 -> 3 at line 1456')
M('auto-902-ops.pointwise-590-4', 'ops/pointwise.py',
  '    return (g * ctx.B.exp(y * y) * _HALF_SQRT_PI,)\n',
  '    pass\n', 'front-end', note="'return (g * ctx.B.exp(y * y) * _HALF_SQRT_PI,)' -> 'pass' at line 590")
M('auto-902-ops.conv_ops-450-12', 'ops/conv_ops.py',
  '            return total\n',
  '            pass\n', 'op formula', note="'return total' -> 'pass' at line 450", equivalent="the batch chunks only bound the im2col memory: without the early return the whole batch's columns are built and the same weight gradient is summed at once (equal up to the order of float additions)")
M('auto-902-storage-47-8', 'storage.py',
  '        cls = type(self)\n',
  '        pass\n', 'front-end', note="'cls = type(self)' -> 'pass' at line 47")
M('auto-902-ops.indexing-324-19', 'ops/indexing.py',
  '            dim += 1\n',
  '            dim += 2\n', 'front-end', note='1 -> 2 at line 324', nth=1)
M('auto-902-nn.parallel._functions-25-15', 'nn/parallel/_functions.py',
  '            if not needs:\n',
  '            if needs:\n', 'op formula', note="'not ' -> '' at line 25")
M('auto-902-nn._functional_schema-328-44', 'nn/_functional_schema.py',
  "              torch, x, size, scale_factor, 'bilinear'))\n",
  "              torch, x, size, scale_factor, 'Bilinear'))\n", 'op formula', note='"\'bilinear\'" -> "\'Bilinear\'" at line 328')
# auto-902-autograd.function-675-75: gone with its line: the 'Accepted types' part of the nesting error was 0.4's, removed in session 18
M('auto-902-ops.pointwise-197-11', 'ops/pointwise.py',
  '    y = np.sqrt(np.sqrt(t * t - ln / a) - t)\n',
  '    y = np.cbrt(np.sqrt(t * t - ln / a) - t)\n', 'front-end', note="'sqrt' -> 'cbrt' at line 197")
M('auto-902-ops.nn_ops-282-4', 'ops/nn_ops.py',
  '    gx = gw = None\n',
  '    pass\n', 'op formula', note="'gx = gw = None' -> 'pass' at line 282")
M('auto-902-nn._functional_conv-44-25', 'nn/_functional_conv.py',
  '    if input is not None and _dim(input) != 4:\n',
  '    if input is not None or _dim(input) != 4:\n', 'op formula', note="'and' -> 'or' at line 44", nth=0)
M('auto-902-ops.conv_ops-68-15', 'ops/conv_ops.py',
  "    return '[' + ', '.join(str(int(s)) for s in shape) + ']'\n",
  "    return '[' - ', '.join(str(int(s)) for s in shape) + ']'\n", 'op formula', note='+ -> - at line 68')
M('auto-902-ops.dispatch-85-36', 'ops/dispatch.py',
  '                and (tf is Variable or tf in TENSOR_CLASS_SET):\n',
  '                and (tf is Variable and tf in TENSOR_CLASS_SET):\n', 'fast path', note='or -> and at line 85', equivalent='the cheap same-type test only skips the general checks below, which accept the same pairs and raise the same errors')
M('auto-902-ops.nn_ops-136-4', 'ops/nn_ops.py',
  '    p = ctx.params\n',
  '    pass\n', 'op formula', note="'p = ctx.params' -> 'pass' at line 136", nth=0)
M('auto-902-ops.creation-30-21', 'ops/creation.py',
  '    if len(sizes) == 1 and isinstance(sizes[0], (tuple, list)):\n',
  '    if len(sizes) == 2 and isinstance(sizes[0], (tuple, list)):\n', 'front-end', note='1 -> 2 at line 30')
M('auto-902-nn.utils.rnn-95-8', 'nn/utils/rnn.py',
  '        batch_size = batch_sizes[i] if i < n else 0\n',
  '        pass\n', 'op formula', note="'batch_size = batch_sizes[i] if i < n else 0' -> 'pass' at line 95")
M('auto-902-tensor-418-30', 'tensor.py',
  '    while _is_sequence(x) and not isinstance(x, np.ndarray):\n',
  '    while _is_sequence(x) and isinstance(x, np.ndarray):\n', 'front-end', note="'not ' -> '' at line 418")
M('auto-902-nn.modules.rnn-101-4', 'nn/modules/rnn.py',
  '    num_directions = 2 if bidirectional else 1\n',
  '    pass\n', 'op formula', note="'num_directions = 2 if bidirectional else 1' -> 'pass' at line 101", nth=0)
M('auto-902-ops.blas_ops-295-36', 'ops/blas_ops.py',
  '        return (a.shape[0], a.shape[1], b.shape[2]) if batched else (a.shape[1], b.shape[2])\n',
  '        return (a.shape[0], a.shape[0], b.shape[2]) if batched else (a.shape[1], b.shape[2])\n', 'front-end', note='1 -> 0 at line 295')
M('auto-902-tensor-268-44', 'tensor.py',
  "                other, errors.package_class('legacy_autograd.autograd.variable', 'Variable')):\n",
  "                other, errors.package_class('Legacy_autograd.autograd.variable', 'Variable')):\n", 'front-end', note='"\'legacy_autograd.autograd.variable\'" -> "\'Legacy_autograd.autograd.variable\'" at line 268')
M('auto-902-nn.modules.activation-211-4', 'nn/modules/activation.py',
  '    _function = staticmethod(F.softmin)\n',
  '    pass\n', 'op formula', note="'_function = staticmethod(F.softmin)' -> 'pass' at line 211")
M('auto-902-nn.modules.loss-17-32', 'nn/modules/loss.py',
  "           'BCEWithLogitsLoss', 'HingeEmbeddingLoss', 'SmoothL1Loss', 'CrossEntropyLoss',\n",
  "           'BCEWithLogitsLoss', 'hingeEmbeddingLoss', 'SmoothL1Loss', 'CrossEntropyLoss',\n", 'op formula', note='"\'HingeEmbeddingLoss\'" -> "\'hingeEmbeddingLoss\'" at line 17')
M('auto-902-autograd.engine-426-56', 'autograd/engine.py',
  '            buf[nr] = g if buf[nr] is None else buf[nr] + g\n',
  '            buf[nr] = g if buf[nr] is None else buf[nr] - g\n', 'vjp', note='+ -> - at line 426')
M('auto-902-rng-42-37', 'rng.py',
  "    'formats': ['<u8', '<i4', '<i4', '<u8', ('<u8', (_MT_N,)),\n",
  "    'formats': ['<u8', '<i4', '<i4', '<U8', ('<u8', (_MT_N,)),\n", 'front-end', note='"\'<u8\'" -> "\'<U8\'" at line 42')
M('auto-902-ops.dispatch-603-23', 'ops/dispatch.py',
  '    if len(inputs) > 1 and op.check_types:\n',
  '    if len(inputs) > 1 or op.check_types:\n', 'fast path', note="'and' -> 'or' at line 603")
M('auto-902-ops.dispatch-655-8', 'ops/dispatch.py',
  '        edges.append(v._edge())\n',
  '        pass\n', 'fast path', note="'edges.append(v._edge())' -> 'pass' at line 655", nth=1)
M('auto-902-nn.modules.activation-117-8', 'nn/modules/activation.py',
  '        return F.selu(input, self.inplace)\n',
  '        pass\n', 'op formula', note="'return F.selu(input, self.inplace)' -> 'pass' at line 117")
M('auto-902-ops.conv_ops-1351-14', 'ops/conv_ops.py',
  "              'mean': mean, 'invstd': invstd, 'affine': (weight is not None, bias is not None)}\n",
  "              'Mean': mean, 'invstd': invstd, 'affine': (weight is not None, bias is not None)}\n", 'op formula', note='"\'mean\'" -> "\'Mean\'" at line 1351 (session 21: the params end there)')
M('auto-902-dtypes-33-39', 'dtypes.py',
  "    TypeInfo('Short', np.int16, False, True),\n",
  "    TypeInfo('Short', np.int16, False, False),\n", 'front-end', note="'True' -> 'False' at line 33")
M('auto-902-rng-451-34', 'rng.py',
  "            vals = factor * _libm('log')(1.0 - u)\n",
  "            vals = factor * _libm('Log')(1.0 - u)\n", 'front-end', note='"\'log\'" -> "\'Log\'" at line 451')

# ---------------------------------------------------------------- lead sample 1201 (session 16)
# 30 mutants, all kinds, nn/ optim/ random.py printing.py rng.py dtypes.py, drawn at 271de8d and run
# before any test for it: 29 killed by the default subsets, 1 survivor (CosineSimilarity without
# self.eps; test_nn_vision would have killed it, outside the subset) -- 96.7% before tests; now
# guarded by test_wide_kills_lead.py (the distance modules pass their options).
M('auto-1201-nn._functional_embedding_bag-80-12', 'nn/_functional_embedding_bag.py',
  '            size = np.empty((n_bags, 1), dtype=dtype)\n',
  '            pass\n', 'op formula', note="'size = np.empty((n_bags, 1), dtype=dtype)' -> 'pass' at line 80")
M('auto-1201-nn._functional_embedding_bag-34-36', 'nn/_functional_embedding_bag.py',
  '            w[row] = (v * (max_norm / (norm + 1e-7))).astype(w.dtype)\n',
  '            w[row] = (v * (max_norm * (norm + 1e-7))).astype(w.dtype)\n', 'op formula', note='/ -> * at line 34')
M('auto-1201-nn._functional_volumetric-131-35', 'nn/_functional_volumetric.py',
  '    osz = [(xs[2 + i] - 1) * st[i] - 2 * pd[i] + dl[i] * (ws[2 + i] - 1) + 1 + op[i]\n',
  '    osz = [(xs[2 + i] - 1) * st[i] + 2 * pd[i] + dl[i] * (ws[2 + i] - 1) + 1 + op[i]\n', 'op formula', note='- -> + at line 131')
M('auto-1201-nn.parallel._functions-69-28', 'nn/parallel/_functions.py',
  '        return (None, None) + Scatter.apply(range(len(ctx.input_sizes)), ctx.input_sizes,\n',
  '        return (None, None) - Scatter.apply(range(len(ctx.input_sizes)), ctx.input_sizes,\n', 'op formula', note='+ -> - at line 69')
M('auto-1201-optim.lr_scheduler-70-33', 'optim/lr_scheduler.py',
  "                raise ValueError('Expected {} lr_lambdas, but got {}'.format(\n",
  "                raise ValueError('expected {} lr_lambdas, but got {}'.format(\n", 'front-end', note='"\'Expected {} lr_lambdas, but got {}\'" -> "\'expected {} lr_lambdas, but got {}\'" at line 70')
M('auto-1201-optim.adagrad-68-38', 'optim/adagrad.py',
  "                state['sum'].addcmul_(1, grad, grad)\n",
  "                state['sum'].addcmul_(2, grad, grad)\n", 'front-end', note='1 -> 2 at line 68')
M('auto-1201-nn.modules.rnn-255-8', 'nn/modules/rnn.py',
  "        s += ')'\n",
  '        pass\n', 'op formula', note='"s += \')\'" -> \'pass\' at line 255', nth=0)
M('auto-1201-rng-576-22', 'rng.py',
  '        if not (m_arr or s_arr):\n',
  '        if not (m_arr and s_arr):\n', 'front-end', note='or -> and at line 576')
M('auto-1201-rng-105-19', 'rng.py',
  '    for j in range(1, _MT_N):\n',
  '    for j in range(0, _MT_N):\n', 'front-end', note='1 -> 0 at line 105')
M('auto-1201-nn.modules.instancenorm-23-8', 'nn/modules/instancenorm.py',
  '        running_mean = self.running_mean.repeat(b)\n',
  '        pass\n', 'op formula', note="'running_mean = self.running_mean.repeat(b)' -> 'pass' at line 23")
M('auto-1201-optim.lr_scheduler-226-37', 'optim/lr_scheduler.py',
  "            raise ValueError('mode ' + mode + ' is unknown!')\n",
  "            raise ValueError('mode ' - mode + ' is unknown!')\n", 'front-end', note='+ -> - at line 226')
M('auto-1201-rng-190-12', 'rng.py',
  '            self.seed()\n',
  '            pass\n', 'front-end', note="'self.seed()' -> 'pass' at line 190")
M('auto-1201-rng-366-8', 'rng.py',
  '        _store(out, vals)\n',
  '        pass\n', 'front-end', note="'_store(out, vals)' -> 'pass' at line 366", nth=0)
M('auto-1201-optim.rprop-21-12', 'optim/rprop.py',
  "            shrink, grow = group['etas']\n",
  '            pass\n', 'front-end', note='"shrink, grow = group[\'etas\']" -> \'pass\' at line 21')
M('auto-1201-optim.lr_scheduler-28-7', 'optim/lr_scheduler.py',
  '    if not isinstance(optimizer, Optimizer):\n',
  '    if isinstance(optimizer, Optimizer):\n', 'front-end', note="'not ' -> '' at line 28")
M('auto-1201-nn.utils.rnn-59-4', 'nn/utils/rnn.py',
  '    steps = []\n',
  '    pass\n', 'op formula', note="'steps = []' -> 'pass' at line 59")
M('auto-1201-nn.modules.distance-26-8', 'nn/modules/distance.py',
  '        self.eps = eps\n',
  '        pass\n', 'op formula', note="'self.eps = eps' -> 'pass' at line 26", nth=1)
M('auto-1201-nn.modules.pooling-143-12', 'nn/modules/pooling.py',
  "            'AdaptiveAvgPool3d', 'MaxUnpool1d', 'MaxUnpool2d', 'MaxUnpool3d', 'FractionalMaxPool2d',\n",
  "            'adaptiveAvgPool3d', 'MaxUnpool1d', 'MaxUnpool2d', 'MaxUnpool3d', 'FractionalMaxPool2d',\n", 'op formula', note='"\'AdaptiveAvgPool3d\'" -> "\'adaptiveAvgPool3d\'" at line 143')
M('auto-1201-printing-218-19', 'printing.py',
  '        fmt = "{:" + str(sz) + "." + str(prec) + "f}"\n',
  '        fmt = "{:" - str(sz) + "." + str(prec) + "f}"\n', 'printing', note='+ -> - at line 218')
M('auto-1201-nn.functional-216-28', 'nn/functional.py',
  "    return _run(op, input, {'noise': noise}, inplace)\n",
  "    return _run(op, input, {'Noise': noise}, inplace)\n", 'op formula', note='"\'noise\'" -> "\'Noise\'" at line 216')
M('auto-1201-rng-242-8', 'rng.py',
  "        rec['normal_is_valid'] = 1 if self._normal_valid else 0\n",
  '        pass\n', 'front-end', note='"rec[\'normal_is_valid\'] = 1 if self._normal_valid else 0" -> \'pass\' at line 242')
M('auto-1201-optim.adam-50-21', 'optim/adam.py',
  "            if group['weight_decay'] != 0:\n",
  "            if group['Weight_decay'] != 0:\n", 'front-end', note='"\'weight_decay\'" -> "\'Weight_decay\'" at line 50')
M('auto-1201-printing-218-8', 'printing.py',
  '        fmt = "{:" + str(sz) + "." + str(prec) + "f}"\n',
  '        pass\n', 'printing', note='\'fmt = "{:" + str(sz) + "." + str(prec) + "f}"\' -> \'pass\' at line 218')
M('auto-1201-printing-379-8', 'printing.py',
  '        parts.append("(" + ",".join(_center(str(i), dim_sz) for i in counter) + ",.,.) = \\n")\n',
  '        pass\n', 'printing', note='\'parts.append("(" + ",".join(_center(str(i), dim_sz) for i in counter) + ",.,.) = \\\\n")\' -> \'pass\' at line 379')
M('auto-1201-nn._functional_activation-128-30', 'nn/_functional_activation.py',
  '    a = (keep_prob + alpha ** 2 * keep_prob * (1 - keep_prob)) ** (-0.5)\n',
  '    a = (keep_prob + alpha ** 1 * keep_prob * (1 - keep_prob)) ** (-0.5)\n', 'op formula', note='2 -> 1 at line 128')
M('auto-1201-nn._functional_vision-128-8', 'nn/_functional_vision.py',
  '        return _nearest(input, _ntuple(dim - 2)(size), scale_factor, dim - 2)\n',
  '        pass\n', 'op formula', note="'return _nearest(input, _ntuple(dim - 2)(size), scale_factor, dim - 2)' -> 'pass' at line 128")
M('auto-1201-nn.parallel.parallel_apply-55-38', 'nn/parallel/parallel_apply.py',
  '        _worker(0, modules[0], inputs[0], kwargs_tup[0], results, lock, devices[0])\n',
  '        _worker(0, modules[0], inputs[1], kwargs_tup[0], results, lock, devices[0])\n', 'op formula', note='0 -> 1 at line 55')
M('auto-1201-nn._functional_schema-56-7', 'nn/_functional_schema.py',
  '    if not reduce:\n',
  '    if reduce:\n', 'op formula', note="'not ' -> '' at line 56")
M('auto-1201-nn._functional_volumetric-448-4', 'nn/_functional_volumetric.py',
  '    return output_size\n',
  '    pass\n', 'op formula', note="'return output_size' -> 'pass' at line 448")
M('auto-1201-printing-403-8', 'printing.py',
  '        array = array.reshape(1)\n',
  '        pass\n', 'printing', note="'array = array.reshape(1)' -> 'pass' at line 403")

# ---------------------------------------------------------------- lead sample 1301 (session 16)
# 30 mutants, all kinds, over files no sample had drawn from: errors.py sparse/ distributions.py
# quiet.py convert.py serialization.py ops/registry.py utils/data/ autograd/_functions/, drawn at
# d99795a, run before any test for it: 17 of 30 killed by the default subsets (56.7%; these files
# had thin subsets). Survivors: one equivalent (sparse cmul of coalesced operands: assume_unique is
# true), two killed by test_data.py once mapped, the rest guarded by test_wide_kills_lead.py and
# test_invalid_arguments_format.py (the colour marks on a terminal).
M('auto-1301-sparse._kernels-140-56', 'sparse/_kernels.py',
  '    return out_i, np.concatenate([head_v, block.reshape(-1)])\n',
  '    return out_i, np.concatenate([head_v, block.reshape(0)])\n', 'front-end', note='-1 -> 0 at line 140')
M('auto-1301-sparse._coo-549-75', 'sparse/_coo.py',
  '    return cls._make(mask._i.copy(), vals, mask._shape, bool(mask._i.shape[1]), mask._ndi)\n',
  '    return cls._make(mask._i.copy(), vals, mask._shape, bool(mask._i.shape[2]), mask._ndi)\n', 'front-end', note='1 -> 2 at line 549')
M('auto-1301-errors-55-21', 'errors.py',
  "        return lambda text, bad: ('\\33[31;1m' if bad else '\\33[32;1m') + text + '\\33[0m'\n",
  "        return lambda text, bad: ('\\33[31;1M' if bad else '\\33[32;1m') + text + '\\33[0m'\n", 'front-end', note='the red mark\'s code "m" -> "M" (line 55 as drawn; the colours now live in _marker)')
M('auto-1301-sparse._coo-311-8', 'sparse/_coo.py',
  "        v = self._scalar(value, 'pow')\n",
  '        pass\n', 'front-end', note='"v = self._scalar(value, \'pow\')" -> \'pass\' at line 311')
M('auto-1301-sparse._kernels-79-4', 'sparse/_kernels.py',
  '    return np.ascontiguousarray(ti[:, at]), (tv[at] * sv[bt]).astype(tv.dtype, copy=False)\n',
  '    pass\n', 'front-end', note="'return np.ascontiguousarray(ti[:, at]), (tv[at] * sv[bt]).astype(tv.dtype, copy=False)' -> 'pass' at line 79")
M('auto-1301-sparse._stateless-213-32', 'sparse/_stateless.py',
  "    'mm': spmm, 'zeros': zeros, 'zeros_like': zeros_like,\n",
  "    'mm': spmm, 'zeros': zeros, 'Zeros_like': zeros_like,\n", 'front-end', note='"\'zeros_like\'" -> "\'Zeros_like\'" at line 213')
M('auto-1301-ops.registry-42-8', 'ops/registry.py',
  '        self.differentiable = backward is not None\n',
  '        pass\n', 'front-end', note="'self.differentiable = backward is not None' -> 'pass' at line 42")
M('auto-1301-utils.data.dataloader-111-33', 'utils/data/dataloader.py',
  '        self.exc_type = exc_info[0]\n',
  '        self.exc_type = exc_info[1]\n', 'front-end', note='0 -> 1 at line 111')
M('auto-1301-sparse._coo-111-12', 'sparse/_coo.py',
  "            raise RuntimeError('invalid argument 1: indices must be nDim x nnz')\n",
  '            pass\n', 'front-end', note='"raise RuntimeError(\'invalid argument 1: indices must be nDim x nnz\')" -> \'pass\' at line 111')
M('auto-1301-autograd._functions.__init__-32-12', 'autograd/_functions/__init__.py',
  "    ('Sum', 'sum'), ('Prod', 'prod'), ('Max', 'max'), ('Min', 'min'), ('Mode', 'mode'),\n",
  "    ('Sum', 'Sum'), ('Prod', 'prod'), ('Max', 'max'), ('Min', 'min'), ('Mode', 'mode'),\n", 'vjp', note='"\'sum\'" -> "\'Sum\'" at line 32')
M('auto-1301-quiet-25-21', 'quiet.py',
  "    IGNORE = {'all': 'ignore'}\n",
  "    IGNORE = {'all': 'Ignore'}\n", 'front-end', note='"\'ignore\'" -> "\'Ignore\'" at line 25')
M('auto-1301-autograd._functions.__init__-24-46', 'autograd/_functions/__init__.py',
  "    ('Exp', 'exp'), ('Log', 'log'), ('Log1p', 'log1p'), ('Sinh', 'sinh'), ('Cosh', 'cosh'),\n",
  "    ('Exp', 'exp'), ('Log', 'log'), ('Log1p', 'Log1p'), ('Sinh', 'sinh'), ('Cosh', 'cosh'),\n", 'vjp', note='"\'log1p\'" -> "\'Log1p\'" at line 24')
M('auto-1301-sparse._kernels-78-45', 'sparse/_kernels.py',
  '                               assume_unique=True, return_indices=True)\n',
  '                               assume_unique=False, return_indices=True)\n', 'front-end', note="'True' -> 'False' at line 78",
  equivalent='cmul runs on coalesced operands (THSTensor_cmul coalesces both first): their row-major keys are unique, so intersect1d gives the same answer with or without assume_unique')
M('auto-1301-sparse._kernels-156-25', 'sparse/_kernels.py',
  '        return np.zeros((0,) + shape_v_rows, dtype=dense.dtype)\n',
  '        return np.zeros((1,) + shape_v_rows, dtype=dense.dtype)\n', 'front-end', note='0 -> 1 at line 156')
M('auto-1301-sparse._coo-441-11', 'sparse/_coo.py',
  '    if out is None:\n',
  '    if out is not None:\n', 'front-end', note='is -> is not at line 441', nth=1)
M('auto-1301-sparse._stateless-75-64', 'sparse/_stateless.py',
  '                           % (dim_k, t_shape[1] if len(t_shape) > 1 else 0))\n',
  '                           % (dim_k, t_shape[1] if len(t_shape) < 1 else 0))\n', 'front-end', note='> -> < at line 75')
M('auto-1301-sparse._coo-460-4', 'sparse/_coo.py',
  '    return method\n',
  '    pass\n', 'front-end', note="'return method' -> 'pass' at line 460", nth=1)
M('auto-1301-autograd._functions.__init__-35-69', 'autograd/_functions/__init__.py',
  "    ('Index', '__getitem__'), ('SetItem', '__setitem__'), ('NoGrad', 'detach'),\n",
  "    ('Index', '__getitem__'), ('SetItem', '__setitem__'), ('NoGrad', 'Detach'),\n", 'vjp', note='"\'detach\'" -> "\'Detach\'" at line 35')
M('auto-1301-sparse._coo-126-8', 'sparse/_coo.py',
  '        return self\n',
  '        pass\n', 'front-end', note="'return self' -> 'pass' at line 126", nth=0)
M('auto-1301-sparse._kernels-54-21', 'sparse/_kernels.py',
  '            if cmp < 0:\n',
  '            if cmp < 1:\n', 'front-end', note='0 -> 1 at line 54')
M('auto-1301-utils.data.dataloader-204-8', 'utils/data/dataloader.py',
  '        gen = rng.default_generator\n',
  '        pass\n', 'front-end', note="'gen = rng.default_generator' -> 'pass' at line 204")
M('auto-1301-utils.data.dataloader-385-40', 'utils/data/dataloader.py',
  '            self.batches_outstanding -= 1\n',
  '            self.batches_outstanding -= 0\n', 'front-end', note='1 -> 0 at line 385', nth=1)
M('auto-1301-sparse._coo-541-7', 'sparse/_coo.py',
  '    if not mask._coalesced:\n',
  '    if mask._coalesced:\n', 'front-end', note="'not ' -> '' at line 541")
M('auto-1301-sparse._coo-528-27', 'sparse/_coo.py',
  "        raise RuntimeError('sizes do not match: {} and {}'.format(tuple(dense.size()),\n",
  "        raise RuntimeError('Sizes do not match: {} and {}'.format(tuple(dense.size()),\n", 'front-end', note='"\'sizes do not match: {} and {}\'" -> "\'Sizes do not match: {} and {}\'" at line 528')
M('auto-1301-autograd._functions.__init__-24-12', 'autograd/_functions/__init__.py',
  "    ('Exp', 'exp'), ('Log', 'log'), ('Log1p', 'log1p'), ('Sinh', 'sinh'), ('Cosh', 'cosh'),\n",
  "    ('Exp', 'Exp'), ('Log', 'log'), ('Log1p', 'log1p'), ('Sinh', 'sinh'), ('Cosh', 'cosh'),\n", 'vjp', note='"\'exp\'" -> "\'Exp\'" at line 24')
M('auto-1301-sparse._kernels-20-4', 'sparse/_kernels.py',
  '    sv = v[perm]\n',
  '    pass\n', 'front-end', note="'sv = v[perm]' -> 'pass' at line 20")
M('auto-1301-autograd._functions.__init__-31-13', 'autograd/_functions/__init__.py',
  "    ('Lerp', 'lerp'), ('Rsqrt', 'rsqrt'), ('Addcmul', 'addcmul'), ('Addcdiv', 'addcdiv'),\n",
  "    ('Lerp', 'Lerp'), ('Rsqrt', 'rsqrt'), ('Addcmul', 'addcmul'), ('Addcdiv', 'addcdiv'),\n", 'vjp', note='"\'lerp\'" -> "\'Lerp\'" at line 31')
M('auto-1301-errors-18-31', 'errors.py',
  "    named = getattr(type(obj), '_legacy_arg_typename', None)\n",
  "    named = getattr(type(obj), '_Legacy_arg_typename', None)\n", 'front-end', note='"\'_legacy_arg_typename\'" -> "\'_Legacy_arg_typename\'" at line 18')
M('auto-1301-sparse._stateless-185-20', 'sparse/_stateless.py',
  '    if len(size) == 1 and isinstance(size[0], (tuple, list)):\n',
  '    if len(size) == 2 and isinstance(size[0], (tuple, list)):\n', 'front-end', note='1 -> 2 at line 185')
M('auto-1301-sparse._coo-422-23', 'sparse/_coo.py',
  '    elif t._i.shape[1] == 0:\n',
  '    elif t._i.shape[1] != 0:\n', 'front-end', note='== -> != at line 422')

# ============================================================================ hwideC: random WIDE sample, seed 1001
# AUTO_MUTANTS_SEED=1001 AUTO_MUTANTS_COUNT=60 AUTO_MUTANTS_KINDS=all AUTO_MUTANTS_FILES=<hwideC's
# area, the op formulas: ops/ pointwise, reduction, arithmetic, blas_ops, lapack, linalg, shape,
# indexing, nn_ops, nn_loss_ops, conv_ops, rnn_ops, comparison, bitwise_ops>, drawn at 271de8d and
# run before any test written for it: 47 of 60 killed by their subsets, 6 more by other files
# (test_parity_registry: two broken sample generators/filters and a hypothesis draw;
# test_bad_input_messages; test_parity_no_derivative; test_wide_kills_nn), 2 argued equivalent
# (below), 5 real survivors: 53 of 58 (91.4%).  The 5 (a Variable's integer index as a view,
# the reference-mode flag of t[i], mv's gradient of the matrix alone, the MaxPool2D double
# backward's node name, the node of an assignment's longer value's gradient) are killed by
# test_wide_kills_formulas.py, which also guards the classes of the killed-wider ones.
M('auto-1001-ops.nn_ops-1014-82', 'ops/nn_ops.py',
  '        inputs=lambda r: (lambda n, d: [(n, d), (n, d), (n,)])(r.int(1, 3), r.int(1, 4)),\n',
  '        inputs=lambda r: (lambda n, d: [(n, d), (n, d), (n,)])(r.int(1, 3), r.int(2, 4)),\n', 'op formula', note='1 -> 2 at line 1014', equivalent="cosine_embedding_loss's parity sample generator (feature sizes 2-4 instead of 1-4 are still valid samples): test data, no public call reads it")
M('auto-1001-ops.lapack-85-12', 'ops/lapack.py',
  '        a[k + 1:, k + 1:] -= torch.outer(a[k + 1:, k], a[k + 1:, k])\n',
  '        a[k - 1:, k + 1:] -= torch.outer(a[k + 1:, k], a[k + 1:, k])\n', 'front-end', note='+ -> - at line 85')
M('auto-1001-ops.shape-579-63', 'ops/shape.py',
  "         ('(sequence[%s] seq, int dim)' % tn, lambda a: [True, False])])\n",
  "         ('(sequence[%s] seq, int dim)' % tn, lambda a: [True, True])])\n", 'front-end', note="'False' -> 'True' at line 579")
M('auto-1001-ops.shape-75-30', 'ops/shape.py',
  '    for i in range(len(shape) - 1, -1, -1):\n',
  '    for i in range(len(shape) + 1, -1, -1):\n', 'front-end', note='- -> + at line 75')
M('auto-1001-ops.conv_ops-1625-8', 'ops/conv_ops.py',
  "        d = p.get('dilation', (1,) * nd)\n",
  '        pass\n', 'op formula', note='"d = p.get(\'dilation\', (1,) * nd)" -> \'pass\' at line 1625')
M('auto-1001-ops.blas_ops-180-72', 'ops/blas_ops.py',
  '        raise RuntimeError("the derivative for \'%s\' is not implemented" % name)\n',
  '        raise RuntimeError("the derivative for \'%s\' is not implemented" // name)\n', 'front-end', note='% -> // at line 180')
M('auto-1001-ops.arithmetic-437-78', 'ops/arithmetic.py',
  "    '__iadd__': _iadd, '__isub__': _isub, '__imul__': mul_, '__idiv__': div_, '__mod__': _mod,\n",
  "    '__iadd__': _iadd, '__isub__': _isub, '__imul__': mul_, '__idiv__': div_, '__Mod__': _mod,\n", 'front-end', note='"\'__mod__\'" -> "\'__Mod__\'" at line 437')
M('auto-1001-ops.lapack-498-32', 'ops/lapack.py',
  '        s = gesv(s.t(), lo.t())[0]\n',
  '        s = gesv(s.t(), lo.t())[1]\n', 'front-end', note='0 -> 1 at line 498')
M('auto-1001-ops.conv_ops-659-8', 'ops/conv_ops.py',
  "        raise RuntimeError('negative padding is not supported')\n",
  '        pass\n', 'op formula', note='"raise RuntimeError(\'negative padding is not supported\')" -> \'pass\' at line 659')
M('auto-1001-ops.shape-110-35', 'ops/shape.py',
  '                raise RuntimeError("The expanded size of the tensor (-1) isn\'t allowed in a "\n',
  '                raise RuntimeError("the expanded size of the tensor (-1) isn\'t allowed in a "\n', 'front-end', note='\'"The expanded size of the tensor (-1) isn\\\'t allowed in a "\' -> \'"the expanded size of the tensor (-1) isn\\\'t allowed in a "\' at line 110')
M('auto-1001-ops.conv_ops-1269-4', 'ops/conv_ops.py',
  '    m = float(int(np.prod(xs)) // c)\n',
  '    pass\n', 'op formula', note="'m = float(int(np.prod(xs)) // c)' -> 'pass' at line 1269")
M('auto-1001-ops.conv_ops-1077-62', 'ops/conv_ops.py',
  "                                                              'index': index, 'nd': 2,\n",
  "                                                              'Index': index, 'nd': 2,\n", 'op formula', note='"\'index\'" -> "\'Index\'" at line 1077')
M('auto-1001-ops.shape-873-30', 'ops/shape.py',
  '            if storage_offset not in (None, 0):\n',
  '            if storage_offset in (None, 0):\n', 'front-end', note="'not in' -> 'in' at line 873")
M('auto-1001-ops.pointwise-667-54', 'ops/pointwise.py',
  "    ('sin', _quiet(np.sin), _sin_back, 'SinBackward', 'input', True),\n",
  "    ('sin', _quiet(np.sin), _sin_back, 'SinBackward', 'Input', True),\n", 'front-end', note='"\'input\'" -> "\'Input\'" at line 667')
M('auto-1001-ops.indexing-458-8', 'ops/indexing.py',
  '        key = _no_zero_dim(key, a)\n',
  '        pass\n', 'front-end', note="'key = _no_zero_dim(key, a)' -> 'pass' at line 458")
M('auto-1001-ops.rnn_ops-659-8', 'ops/rnn_ops.py',
  '        dg = dcy * (K.one_minus(g * g) * i)\n',
  '        pass\n', 'op formula', note="'dg = dcy * (K.one_minus(g * g) * i)' -> 'pass' at line 659")
M('auto-1001-ops.conv_ops-1285-36', 'ops/conv_ops.py',
  '        mean = B.sum(x, axes, True) / m\n',
  '        mean = B.sum(x, axes, True) * m\n', 'op formula', note='/ -> * at line 1285')
M('auto-1001-ops.indexing-1041-39', 'ops/indexing.py',
  "    'take', lambda a, index: a.reshape(-1)[index], _take_back,\n",
  "    'take', lambda a, index: a.reshape(0)[index], _take_back,\n", 'front-end', note='-1 -> 0 at line 1041')
M('auto-1001-ops.indexing-550-24', 'ops/indexing.py',
  '        return all(s == 1 for s in src[:len(src) - len(dst)]) and _broadcastable(src[len(src) - len(dst):], dst)\n',
  '        return all(s == 2 for s in src[:len(src) - len(dst)]) and _broadcastable(src[len(src) - len(dst):], dst)\n', 'front-end', note='1 -> 2 at line 550')
M('auto-1001-ops.blas_ops-128-87', 'ops/blas_ops.py',
  "    'baddbmm', _baddbmm_fwd, _baddbmm_back, grad_fn='BaddbmmBackward', save_inputs=(1, 2),\n",
  "    'baddbmm', _baddbmm_fwd, _baddbmm_back, grad_fn='BaddbmmBackward', save_inputs=(1, 1),\n", 'front-end', note='2 -> 1 at line 128')
M('auto-1001-ops.lapack-233-39', 'ops/lapack.py',
  '        i = int(np.nonzero(np.diag(lu) == 0)[0][0]) + 1\n',
  '        i = int(np.nonzero(np.diag(lu) != 0)[0][0]) + 1\n', 'front-end', note='== -> != at line 233')
M('auto-1001-ops.shape-572-38', 'ops/shape.py',
  "               % (first._data.type(), 'Variable[%s]' % bad._data.type() if isinstance(bad, Variable)\n",
  "               % (first._data.type(), 'variable[%s]' % bad._data.type() if isinstance(bad, Variable)\n", 'front-end', note='"\'Variable[%s]\'" -> "\'variable[%s]\'" at line 572')
M('auto-1001-ops.indexing-413-4', 'ops/indexing.py',
  "    'masked_select', _masked_select_fwd, _masked_select_back,\n",
  "    'Masked_select', _masked_select_fwd, _masked_select_back,\n", 'front-end', note='"\'masked_select\'" -> "\'Masked_select\'" at line 413')
M('auto-1001-ops.conv_ops-1596-44', 'ops/conv_ops.py',
  '            size = max(1, d * (k - 1) + 1 - 2 * p) + r.int(0, 2)\n',
  '            size = max(1, d * (k - 1) + 1 - 3 * p) + r.int(0, 2)\n', 'op formula', note='2 -> 3 at line 1596')
M('auto-1001-ops.nn_ops-586-17', 'ops/nn_ops.py',
  '    elems = -(np.log(xw + BCE_EPS) * tw + np.log(1.0 - xw + BCE_EPS) * (1.0 - tw))\n',
  '    elems = -(np.log1p(xw + BCE_EPS) * tw + np.log(1.0 - xw + BCE_EPS) * (1.0 - tw))\n', 'op formula', note="'log' -> 'log1p' at line 586")
M('auto-1001-ops.conv_ops-60-24', 'ops/conv_ops.py',
  '    return shape[:2] + (1,) + shape[2:] if len(shape) == 3 else shape\n',
  '    return shape[:2] + (0,) + shape[2:] if len(shape) == 3 else shape\n', 'op formula', note='1 -> 0 at line 60')
M('auto-1001-ops.conv_ops-1332-12', 'ops/conv_ops.py',
  "            raise RuntimeError('%s should contain %d elements not %d' % (name, c, _arr(t).size))\n",
  '            pass\n', 'op formula', note='"raise RuntimeError(\'%s should contain %d elements not %d\' % (name, c, _arr(t).size))" -> \'pass\' at line 1332')
M('auto-1001-ops.linalg-58-4', 'ops/linalg.py',
  '    B = ctx.B\n',
  '    pass\n', 'front-end', note="'B = ctx.B' -> 'pass' at line 58", nth=1)
M('auto-1001-ops.reduction-288-4', 'ops/reduction.py',
  '    return (_to_shape(ctx.B, flat, shape),)\n',
  '    pass\n', 'front-end', note="'return (_to_shape(ctx.B, flat, shape),)' -> 'pass' at line 288")
M('auto-1001-ops.reduction-708-12', 'ops/reduction.py',
  '    if p == 0:\n',
  '    if p == 1:\n', 'front-end', note='0 -> 1 at line 708', nth=1)
M('auto-1001-ops.conv_ops-783-4', 'ops/conv_ops.py',
  '    return out.reshape(index.shape)\n',
  '    pass\n', 'op formula', note="'return out.reshape(index.shape)' -> 'pass' at line 783")
M('auto-1001-ops.lapack-591-15', 'ops/lapack.py',
  '        if d[j - k] <= tol or np.isnan(d[j - k]):\n',
  '        if d[j + k] <= tol or np.isnan(d[j - k]):\n', 'front-end', note='- -> + at line 591')
M('auto-1001-ops.bitwise_ops-31-8', 'ops/bitwise_ops.py',
  '        a = self._a\n',
  '        pass\n', 'front-end', note="'a = self._a' -> 'pass' at line 31")
M('auto-1001-ops.conv_ops-234-28', 'ops/conv_ops.py',
  '    np.add(crop, dtype.type(0), out=out)\n',
  '    np.add(crop, dtype.type(1), out=out)\n', 'op formula', note='0 -> 1 at line 234')
M('auto-1001-ops.blas_ops-279-29', 'ops/linalg.py',
  '    if m.shape[1] != v.shape[0]:\n',
  '    if m.shape[1] != v.shape[1]:\n', 'front-end', note='0 -> 1 at line 279 (the check moved to linalg.check_mat_vec)')
M('auto-1001-ops.conv_ops-848-12', 'ops/conv_ops.py',
  "    grad_fn='MaxPool2DBackwardBackward', argnames=('grad_output',), parity_exempt=HELPER)\n",
  "    grad_fn='maxPool2DBackwardBackward', argnames=('grad_output',), parity_exempt=HELPER)\n", 'op formula', note='"\'MaxPool2DBackwardBackward\'" -> "\'maxPool2DBackwardBackward\'" at line 848')
M('auto-1001-ops.nn_ops-412-12', 'ops/nn_ops.py',
  '            counts = np.bincount(idx, minlength=vocab)\n',
  '            pass\n', 'op formula', note="'counts = np.bincount(idx, minlength=vocab)' -> 'pass' at line 412")
M('auto-1001-ops.conv_ops-1115-12', 'ops/conv_ops.py',
  "    grad_fn='torch.autograd.function.AdaptiveAvgPool2dBackward', argnames=('input',),\n",
  "    grad_fn='Torch.autograd.function.AdaptiveAvgPool2dBackward', argnames=('input',),\n", 'op formula', note='"\'torch.autograd.function.AdaptiveAvgPool2dBackward\'" -> "\'Torch.autograd.function.AdaptiveAvgPool2dBackward\'" at line 1115')
M('auto-1001-ops.nn_ops-158-43', 'ops/nn_ops.py',
  "    return (g * (1 - neg) + g * neg * (out + ctx.params['alpha']),)\n",
  "    return (g * (1 - neg) + g * neg * (out - ctx.params['alpha']),)\n", 'op formula', note='+ -> - at line 158')
M('auto-1001-ops.conv_ops-995-16', 'ops/conv_ops.py',
  '    if min(p) < 0:      # THNN let a negative pad through (and read outside the input)\n',
  '    if min(p) < 1:      # THNN let a negative pad through (and read outside the input)\n', 'op formula', note='0 -> 1 at line 995', nth=0)
M('auto-1001-ops.rnn_ops-870-22', 'ops/rnn_ops.py',
  '            bs = (B,) + tuple(rest)\n',
  '            bs = (B,) - tuple(rest)\n', 'op formula', note='+ -> - at line 870')
M('auto-1001-ops.nn_ops-665-45', 'ops/nn_ops.py',
  '        total = _weight_total(w, terms.shape[0], dtype)\n',
  '        total = _weight_total(w, terms.shape[1], dtype)\n', 'op formula', note='0 -> 1 at line 665')
M('auto-1001-ops.conv_ops-1233-33', 'ops/conv_ops.py',
  '    return (1, c) + (1,) * (ndim - 2)\n',
  '    return (1, c) + (1,) * (ndim + 2)\n', 'op formula', note='- -> + at line 1233')
M('auto-1001-ops.indexing-35-27', 'ops/indexing.py',
  "_fastpaths.flag(globals(), '_INT_KEY')\n",
  "_fastpaths.flag(globals(), '_iNT_KEY')\n", 'front-end', note='"\'_INT_KEY\'" -> "\'_iNT_KEY\'" at line 35')
M('auto-1001-ops.rnn_ops-801-8', 'ops/rnn_ops.py',
  '        B = ctx.B\n',
  '        pass\n', 'op formula', note="'B = ctx.B' -> 'pass' at line 801")
M('auto-1001-ops.pointwise-243-11', 'ops/pointwise.py',
  '    s = np.zeros_like(e)\n',
  '    s = np.ones_like(e)\n', 'front-end', note="'zeros_like' -> 'ones_like' at line 243", equivalent="lgamma's series for lgamma(1 + e), |e| <= 0.25, starting from 1 instead of 0 adds e**31 <= 0.25**31 (2.2e-19) to the result: at most the last bit of a float64 (73 of 200001 grid points), far below the series' own distance from 0.3.1's libm lgamma (relative 1e-11); float32 results are unchanged, and no 0.3.1 fact pins that bit")
M('auto-1001-ops.indexing-902-31', 'ops/indexing.py',
  "                               'from the specified dimension' % what)\n",
  "                               'From the specified dimension' % what)\n", 'front-end', note='"\'from the specified dimension\'" -> "\'From the specified dimension\'" at line 902')
M('auto-1001-ops.reduction-234-4', 'ops/reduction.py',
  '    right = B.flip(B.cumprod(B.flip(B.shift(x, d, -1) + B.mask(pos == n - 1, x), d), d), d)\n',
  '    pass\n', 'front-end', note="'right = B.flip(B.cumprod(B.flip(B.shift(x, d, -1) + B.mask(pos == n - 1, x), d), d), d)' -> 'pass' at line 234")
M('auto-1001-ops.nn_ops-898-4', 'ops/nn_ops.py',
  '    ignore = r.choice([-100, int(target.reshape(-1)[0])])\n',
  '    pass\n', 'op formula', note="'ignore = r.choice([-100, int(target.reshape(-1)[0])])' -> 'pass' at line 898")
M('auto-1001-ops.indexing-509-4', 'ops/indexing.py',
  '    return k.key\n',
  '    pass\n', 'front-end', note="'return k.key' -> 'pass' at line 509")
M('auto-1001-ops.shape-844-8', 'ops/shape.py',
  "        flat = _tensor._uninitialised((n,), a.dtype)     # zeros; THAlloc's texts when too big\n",
  "        pass     # zeros; THAlloc's texts when too big\n", 'front-end', note="'flat = _tensor._uninitialised((n,), a.dtype)' -> 'pass' at line 844")
M('auto-1001-ops.linalg-115-68', 'ops/linalg.py',
  '    return (B.mm(B.unsqueeze(g, 1), B.unsqueeze(v, 0)) if ctx.needs[0] else None,\n',
  '    return (B.mm(B.unsqueeze(g, 1), B.unsqueeze(v, 0)) if ctx.needs[1] else None,\n', 'front-end', note='0 -> 1 at line 115')
M('auto-1001-ops.shape-792-4', 'ops/shape.py',
  '    return _tri(self, diagonal, TRIU, True)\n',
  '    pass\n', 'front-end', note="'return _tri(self, diagonal, TRIU, True)' -> 'pass' at line 792")
M('auto-1001-ops.nn_ops-598-4', 'ops/nn_ops.py',
  '    p = ctx.params\n',
  '    pass\n', 'op formula', note="'p = ctx.params' -> 'pass' at line 598", nth=3)
M('auto-1001-ops.pointwise-420-38', 'ops/pointwise.py',
  "    if bound == 0 and a.dtype.kind == 'f':\n",
  "    if bound == 0 and a.dtype.kind == 'F':\n", 'front-end', note='"\'f\'" -> "\'F\'" at line 420')
M('auto-1001-ops.conv_ops-1387-58', 'ops/conv_ops.py',
  '        crop = tuple(slice(max(a, 0), g.shape[d] - max(b, 0)) for d, (a, b) in enumerate(pairs))\n',
  '        crop = tuple(slice(max(a, 0), g.shape[d] - max(b, 1)) for d, (a, b) in enumerate(pairs))\n', 'op formula', note='0 -> 1 at line 1387')
M('auto-1001-ops.nn_ops-408-34', 'ops/nn_ops.py',
  '        scale = np.ones(idx.shape[0])\n',
  '        scale = np.ones(idx.shape[1])\n', 'op formula', note='0 -> 1 at line 408')
M('auto-1001-ops.conv_ops-590-15', 'ops/conv_ops.py',
  '    return (xs[0], ws[1] * groups) + spatial\n',
  '    return (xs[1], ws[1] * groups) + spatial\n', 'op formula', note='0 -> 1 at line 590')
M('auto-1001-ops.rnn_ops-604-29', 'ops/rnn_ops.py',
  '        return a[start:start + n]\n',
  '        return a[start:start - n]\n', 'op formula', note='+ -> - at line 604')
M('auto-1001-ops.shape-456-21', 'ops/shape.py',
  '        if index < 0 or index >= t._a.shape[0]:\n',
  '        if index < 0 and index >= t._a.shape[0]:\n', 'front-end', note='or -> and at line 456')

# ============================================================================ hwideD: random WIDE sample, seed 1101
# AUTO_MUTANTS_SEED=1101 AUTO_MUTANTS_COUNT=60 AUTO_MUTANTS_KINDS=all AUTO_MUTANTS_FILES=<hwideD's area:
# ops/dispatch, _args, schema, surface, _common, type_support, creation, apply_ops, copy_slices,
# resize_ops, functions, backend_variable, half; tensor.py, autograd/, _fastpaths.py, backend_numpy.py,
# storage.py, size.py, functional.py>, drawn at 271de8d and run before any test written for it:
# 39 of 60 killed by their subsets, 3 more by 14 wider files (profiler x2, type_support), 5 argued
# equivalent (below): 42 of 55 = 76.4% before tests.  The 13 real survivors: 11 are killed by
# test_wide_kills_frontends.py (from_numpy's texts made 0.3.1's, its entry adapted to the new line;
# _functions.Normal fixed); backend_numpy expand's early return (a hook's in-place change of a
# full reduction's gradient, where 0.3.1's stride-0 gradient differs from both) and
# _broadcastable's 'and' (custom Functions' broadcastable gradients, which the package sums and
# 0.3.1 passed on unchanged) are left, see the report.
M('auto-1101-autograd.gradcheck-132-4', 'autograd/gradcheck.py',
  '    reentrant = True\n',
  '    pass\n', 'vjp', note="'reentrant = True' -> 'pass' at line 132")
M('auto-1101-ops.dispatch-592-60', 'ops/dispatch.py',
  '            if not isinstance(x, Variable) or type(x._data) is not t:\n',
  '            if not isinstance(x, Variable) or type(x._data) is t:\n', 'fast path', note="'is not' -> 'is' at line 592")
M('auto-1101-autograd.profiler-275-23', 'autograd/profiler.py',
  "        if record.name == '__start_profile':\n",
  "        if record.name != '__start_profile':\n", 'vjp', note='== -> != at line 275')
M('auto-1101-autograd.gradcheck-80-33', 'autograd/gradcheck.py',
  '    elif isinstance(x, Iterable) and not isinstance(x, (str, _TensorBase)):\n',
  '    elif isinstance(x, Iterable) or not isinstance(x, (str, _TensorBase)):\n', 'vjp', note="'and' -> 'or' at line 80", nth=1)
M('auto-1101-ops.dispatch-491-11', 'ops/dispatch.py',
  '    a.fill(0)\n',
  '    a.fill(1)\n', 'fast path', note='0 -> 1 at line 491', equivalent="_ZERO_FILL's body is never run: call_inplace fills a writeable floating tensor itself before the table is used, and the table is used only for writeable floating tensors; the function is kept as the table's marker")
M('auto-1101-backend_numpy-135-8', 'backend_numpy.py',
  '        return out\n',
  '        pass\n', 'front-end', note="'return out' -> 'pass' at line 135", nth=0)
M('auto-1101-autograd.function-492-25', 'autograd/function.py',
  '    if rs != shape and not _NB._broadcastable(shape, rs):\n',
  '    if rs != shape and _NB._broadcastable(shape, rs):\n', 'vjp', note="'not ' -> '' at line 492 (snippet updated after hwideG's 1801 fix: the size test is gone, the 'not' stays)")
M('auto-1101-autograd._profiling-16-42', 'autograd/_profiling.py',
  "_state = {'records': None, 'saved': None, 'depth': 0}\n",
  "_state = {'records': None, 'saved': None, 'Depth': 0}\n", 'vjp', note='"\'depth\'" -> "\'Depth\'" at line 16', equivalent="enable() sets _state['depth'] = 0 before it installs any wrapper that reads it; the initial key is never read")
M('auto-1101-tensor-449-48', 'tensor.py',
  "    if arr.dtype == object or arr.dtype.kind in 'USV':\n",
  "    if arr.dtype == object or arr.dtype.kind in 'uSV':\n", 'front-end', note='"\'USV\'" -> "\'uSV\'" at line 449', nth=0)
M('auto-1101-autograd.function-650-26', 'autograd/function.py',
  '    fn_cls.is_traceable = True\n',
  '    fn_cls.is_traceable = False\n', 'vjp', note="'True' -> 'False' at line 650")
M('auto-1101-ops.schema-282-4', 'ops/schema.py',
  "    code = getattr(fn, '__code__', None)\n",
  '    pass\n', 'front-end', note='"code = getattr(fn, \'__code__\', None)" -> \'pass\' at line 282')
M('auto-1101-storage-504-29', 'storage.py',
  '    if root.dtype == a.dtype and root.flags.c_contiguous:\n',
  '    if root.dtype == a.dtype or root.flags.c_contiguous:\n', 'front-end', note="'and' -> 'or' at line 504", nth=0)
M('auto-1101-storage-420-18', 'storage.py',
  '    last = offset + sum((s - 1) * int(t) for s, t in zip(size, stride))\n',
  '    last = offset - sum((s - 1) * int(t) for s, t in zip(size, stride))\n', 'front-end', note='+ -> - at line 420')
M('auto-1101-autograd.profiler-254-85', 'autograd/profiler.py',
  "        value = demangle(key) if key.startswith('_Z') or key[:1] == 'N' and key[-1:] == 'E' \\\n",
  "        value = demangle(key) if key.startswith('_Z') or key[:1] == 'N' and key[-1:] != 'E' \\\n", 'vjp', note='== -> != at line 254', equivalent='c++filt -n prints a name that does not start with _Z unchanged, so a name beginning with N goes through it or not with the same result (only _Z names are demangled)')
M('auto-1101-ops.dispatch-647-4', 'ops/dispatch.py',
  '    node = _OpNode.__new__(_OpNode)\n',
  '    pass\n', 'fast path', note="'node = _OpNode.__new__(_OpNode)' -> 'pass' at line 647")
M('auto-1101-autograd.function-85-8', 'autograd/function.py',
  '        return self\n',
  '        pass\n', 'vjp', note="'return self' -> 'pass' at line 85")
M('auto-1101-tensor-579-41', 'tensor.py',
  '        return cls._wrap(ndarray.reshape(1))\n',
  '        return cls._wrap(ndarray.reshape(0))\n', 'front-end', note='1 -> 0 at line 579')
M('auto-1101-backend_numpy-278-8', 'backend_numpy.py',
  '        np.add.at(out, key, g)\n',
  '        pass\n', 'front-end', note="'np.add.at(out, key, g)' -> 'pass' at line 278")
M('auto-1101-autograd.variable-167-15', 'autograd/variable.py',
  '        if acc is not None:\n',
  '        if acc is None:\n', 'vjp', note="'is not' -> 'is' at line 167", nth=0)
M('auto-1101-autograd.function-361-8', 'autograd/function.py',
  '        var._grad_fn = None\n',
  '        pass\n', 'vjp', note="'var._grad_fn = None' -> 'pass' at line 361", nth=0)
M('auto-1101-autograd.engine-435-65', 'autograd/engine.py',
  '                and node._var_hooks is None and node._post_hooks is None:\n',
  '                and node._var_hooks is None and node._post_hooks is not None:\n', 'vjp', note='is -> is not at line 435')
M('auto-1101-storage-186-8', 'storage.py',
  '        self._a = shared_copy(self._a)\n',
  '        pass\n', 'front-end', note="'self._a = shared_copy(self._a)' -> 'pass' at line 186")
M('auto-1101-ops.creation-97-4', 'ops/creation.py',
  '    t = _new_obj(cls)           # cls._wrap(a), inline: a has at least one dimension and element\n',
  '    pass           # cls._wrap(a), inline: a has at least one dimension and element\n', 'front-end', note="'t = _new_obj(cls)' -> 'pass' at line 97")
M('auto-1101-ops.dispatch-598-16', 'ops/dispatch.py',
  '                raise type_error(op, inputs, i, inplace)\n',
  '                pass\n', 'fast path', note="'raise type_error(op, inputs, i)' -> 'pass' at line 598", nth=4)
M('auto-1101-tensor-414-26', 'tensor.py',
  '    while _is_sequence(x) and not isinstance(x, np.ndarray):\n',
  '    while _is_sequence(x) or not isinstance(x, np.ndarray):\n', 'front-end', note="'and' -> 'or' at line 414")
M('auto-1101-ops.backend_variable-190-21', 'ops/backend_variable.py',
  '    return a * m + b * (1 - m)\n',
  '    return a * m + b + (1 - m)\n', 'front-end', note='* -> + at line 190')
M('auto-1101-storage-465-8', 'storage.py',
  '        b = root.base\n',
  '        pass\n', 'front-end', note="'b = root.base' -> 'pass' at line 465")
M('auto-1101-autograd.function-551-13', 'autograd/function.py',
  '        if r is None:\n',
  '        if r is not None:\n', 'vjp', note='is -> is not at line 551', nth=0)
M('auto-1101-autograd.profiler-168-4', 'autograd/profiler.py',
  '    return property(lambda self: format_time(getattr(self, name)))\n',
  '    pass\n', 'vjp', note="'return property(lambda self: format_time(getattr(self, name)))' -> 'pass' at line 168")
M('auto-1101-autograd._functions.utils-21-4', 'autograd/_functions/utils.py',
  '    supported = True\n',
  '    pass\n', 'vjp', note="'supported = True' -> 'pass' at line 21")
M('auto-1101-ops.schema-160-43', 'ops/schema.py',
  "                 'shape', 'dtypes', 'doc', 'forms', 'facts', 'functional_modern', 'signatures')\n",
  "                 'shape', 'dtypes', 'doc', 'Forms', 'facts', 'functional_modern', 'signatures')\n", 'front-end', note='"\'forms\'" -> "\'Forms\'" at line 160 (the slots line now ends with signatures)')
M('auto-1101-tensor-574-24', 'tensor.py',
  '                        "type. The only supported types are: double, float, int64, int32, "\n',
  '                        "Type. The only supported types are: double, float, int64, int32, "\n', 'front-end', note='first letter of the from_numpy text literal flipped, line 574 as drawn; adapted: the text is now 0.3.1\'s (Module.cpp), the same edit on the rewritten line')
M('auto-1101-ops.dispatch-624-4', 'ops/dispatch.py',
  '    extra = None\n',
  '    pass\n', 'fast path', note="'extra = None' -> 'pass' at line 624", nth=1)
M('auto-1101-autograd.engine-105-46', 'autograd/engine.py',
  "    return name if isinstance(name, str) else '<unknown>'\n",
  "    return name if isinstance(name, str) else '<Unknown>'\n", 'vjp', note='"\'<unknown>\'" -> "\'<Unknown>\'" at line 105')
M('auto-1101-ops.type_support-42-31', 'ops/type_support.py',
  "OPERATOR_METHODS = {'__pow__': 'pow', '__ipow__': 'pow_', '__neg__': 'neg'}\n",
  "OPERATOR_METHODS = {'__pow__': 'Pow', '__ipow__': 'pow_', '__neg__': 'neg'}\n", 'front-end', note='"\'pow\'" -> "\'Pow\'" at line 42')
M('auto-1101-tensor-37-4', 'tensor.py',
  '    _info = None          # TypeInfo, set on each concrete class\n',
  '    pass          # TypeInfo, set on each concrete class\n', 'front-end', note="'_info = None' -> 'pass' at line 37",
  equivalent='every class that is instantiated sets its own _info (the dense concrete classes in '
             'tensor.py, sparse its _DenseOnly); _TensorBase itself is never instantiated and its '
             '_info is never read (torch.Tensor is FloatTensor), so the base default is unread')
M('auto-1101-autograd.engine-482-41', 'autograd/engine.py',
  '                                (r.dtype is not dtype and r.dtype != dtype):\n',
  '                                (r.dtype is dtype and r.dtype != dtype):\n', 'vjp', note="'is not' -> 'is' at line 482")
M('auto-1101-autograd.profiler-180-69', 'autograd/profiler.py',
  '        return 0.0 if self.count == 0 else 1.0 * self.cpu_time_total / self.count\n',
  '        return 0.0 if self.count == 0 else 1.0 * self.cpu_time_total * self.count\n', 'vjp', note='/ -> * at line 180')
M('auto-1101-ops.dispatch-540-4', 'ops/dispatch.py',
  '    self_copy = None\n',
  '    pass\n', 'fast path', note="'self_copy = None' -> 'pass' at line 540")
M('auto-1101-ops.dispatch-153-0', 'ops/dispatch.py',
  "_shares_memory = getattr(np.shares_memory, '_implementation', np.shares_memory)\n",
  'pass\n', 'fast path', note='"_shares_memory = getattr(np.shares_memory, \'_implementation\', np.shares_memory)" -> \'pass\' at line 153')
M('auto-1101-autograd._profiling-20-22', 'autograd/_profiling.py',
  "    '__add__': 'add', '__radd__': 'add', '__iadd__': 'add_',\n",
  "    '__add__': 'add', '__Radd__': 'add', '__iadd__': 'add_',\n", 'vjp', note='"\'__radd__\'" -> "\'__Radd__\'" at line 20')
M('auto-1101-storage-410-27', 'storage.py',
  "        raise RuntimeError('strides must be %d non-negative ints, got %r' % (len(size), stride))\n",
  "        raise RuntimeError('Strides must be %d non-negative ints, got %r' % (len(size), stride))\n", 'front-end', note='"\'strides must be %d non-negative ints, got %r\'" -> "\'Strides must be %d non-negative ints, got %r\'" at line 410')
M('auto-1101-ops.dispatch-142-24', 'ops/dispatch.py',
  '    if result.ndim == 0 or result.size == 0:\n',
  '    if result.ndim == 0 and result.size == 0:\n', 'fast path', note='or -> and at line 142')
M('auto-1101-autograd._functions.__init__-65-8', 'autograd/_functions/__init__.py',
  '        ctx._nargs = len(args)\n',
  '        pass\n', 'vjp', note="'ctx._nargs = len(args)' -> 'pass' at line 65")
M('auto-1101-autograd.engine-273-4', 'autograd/engine.py',
  '    return out\n',
  '    pass\n', 'vjp', note="'return out' -> 'pass' at line 273")
M('auto-1101-autograd.__init__-192-4', 'autograd/__init__.py',
  '    grad_outputs = _grads_list(grad_outputs, len(outputs))\n',
  '    pass\n', 'vjp', note="'grad_outputs = _grads_list(grad_outputs, len(outputs))' -> 'pass' at line 192")
M('auto-1101-autograd.__init__-116-35', 'autograd/__init__.py',
  "                raise RuntimeError('One of the differentiated Variables appears to not have been '\n",
  "                raise RuntimeError('one of the differentiated Variables appears to not have been '\n", 'vjp', note='"\'One of the differentiated Variables appears to not have been \'" -> "\'one of the differentiated Variables appears to not have been \'" at line 116')
M('auto-1101-autograd._functions.__init__-18-15', 'autograd/_functions/__init__.py',
  "    ('Addbmm', 'addbmm'), ('Baddbmm', 'baddbmm'), ('Addmv', 'addmv'), ('Addr', 'addr'),\n",
  "    ('Addbmm', 'Addbmm'), ('Baddbmm', 'baddbmm'), ('Addmv', 'addmv'), ('Addr', 'addr'),\n", 'vjp', note='"\'addbmm\'" -> "\'Addbmm\'" at line 18')
M('auto-1101-autograd.engine-152-59', 'autograd/engine.py',
  '                               "(got %d, but expected %d)" % (_hook_name(hook), len(res), len(gi)))\n',
  '                               "(got %d, but expected %d)" // (_hook_name(hook), len(res), len(gi)))\n', 'vjp', note='% -> // at line 152')
M('auto-1101-tensor-85-12', 'tensor.py',
  '            array = array.reshape(_EMPTY_SHAPE)\n',
  '            pass\n', 'front-end', note="'array = array.reshape(_EMPTY_SHAPE)' -> 'pass' at line 85")
M('auto-1101-autograd._profiling-32-37', 'autograd/_profiling.py',
  "_NOT_OPS = frozenset(['size', 'dim', 'numel', 'nelement', 'is_contiguous', 'tolist',\n",
  "_NOT_OPS = frozenset(['size', 'dim', 'Numel', 'nelement', 'is_contiguous', 'tolist',\n", 'vjp', note='"\'numel\'" -> "\'Numel\'" at line 32', equivalent="Variable.numel is defined in autograd/variable.py, and only methods from legacy_autograd.ops modules are wrapped by the profiler, so 'numel' in _NOT_OPS is never consulted")
M('auto-1101-autograd.function-159-21', 'autograd/function.py',
  '            elif var is not None:\n',
  '            elif var is None:\n', 'vjp', note="'is not' -> 'is' at line 159")
M('auto-1101-ops.creation-375-84', 'ops/creation.py',
  "                 _args.to_float(median, 'cauchy_', 'median'), _args.to_float(sigma, 'cauchy_', 'sigma'))\n",
  "                 _args.to_float(median, 'cauchy_', 'median'), _args.to_float(sigma, 'Cauchy_', 'sigma'))\n", 'front-end', note='"\'cauchy_\'" -> "\'Cauchy_\'" at line 375')
M('auto-1101-autograd._profiling-111-28', 'autograd/_profiling.py',
  '        if not callable(fn) or isinstance(fn, (type, staticmethod, classmethod, property)):\n',
  '        if not callable(fn) and isinstance(fn, (type, staticmethod, classmethod, property)):\n', 'vjp', note='or -> and at line 111', equivalent='vars(Variable) holds no class or staticmethod, and its non-callable entries (properties, the classmethod _make, slots, strings, None) have no __module__ under legacy_autograd.ops, so the same methods are wrapped')
M('auto-1101-ops.schema-139-21', 'ops/schema.py',
  '                if a not in used:\n',
  '                if a in used:\n', 'front-end', note="'not in' -> 'in' at line 139")
M('auto-1101-storage-479-22', 'storage.py',
  '    if not (root.flags.c_contiguous or root.flags.f_contiguous):\n',
  '    if (root.flags.c_contiguous or root.flags.f_contiguous):\n', 'front-end',
  note="'not ' -> '' at line 479 (session 22: the test is on the root's layout alone)")
M('auto-1101-backend_numpy-99-18', 'backend_numpy.py',
  '        if s != 1 and s != d:\n',
  '        if s != 1 or s != d:\n', 'front-end', note="'and' -> 'or' at line 99")
M('auto-1101-tensor-372-11', 'tensor.py',
  '    return not isinstance(x, (str, bytes))\n',
  '    return isinstance(x, (str, bytes))\n', 'front-end', note="'not ' -> '' at line 372")
M('auto-1101-size-71-13', 'size.py',
  '        if s <= 0:\n',
  '        if s > 0:\n', 'front-end', note='<= -> > at line 71')
M('auto-1101-ops.schema-272-22', 'ops/schema.py',
  '                value is None and bound.signature.parameters[pname].default is None):\n',
  '                value is not None and bound.signature.parameters[pname].default is None):\n', 'front-end', note='is -> is not at line 272')

# ============================================================================ hwideD: random WIDE sample, seed 1102
# AUTO_MUTANTS_SEED=1102 AUTO_MUTANTS_COUNT=40 AUTO_MUTANTS_KINDS=all AUTO_MUTANTS_FILES=<as seed 1101>,
# drawn at a3b9755 (after the seed-1101 work) and run before any test written for it: 33 of 40
# killed by their subsets, 2 more by 14 wider files (test_reduction's second order of max,
# test_namespace's export table), none equivalent: 35 of 40 = 87.5% before tests.  The 5 real
# survivors (CPU HalfTensor's __iadd__ / __div__ method names, Error nodes' next functions, the
# volatile .grad stored under a leaf hook, the profiler's start order) and the two killed only
# wider are killed by test_wide_kills_frontends.py.
M('auto-1102-autograd.engine-457-64', 'autograd/engine.py',
  '                            if t._version[0] != v or u._version[0] != w:\n',
  '                            if t._version[0] != v or u._version[1] != w:\n', 'vjp', note='0 -> 1 at line 457')
M('auto-1102-ops.half-38-53', 'ops/half.py',
  "    '__add__': 'add', '__radd__': 'add', '__iadd__': 'add_', '__sub__': 'sub',\n",
  "    '__add__': 'add', '__radd__': 'add', '__iadd__': 'Add_', '__sub__': 'sub',\n", 'front-end', note='"\'add_\'" -> "\'Add_\'" at line 38')
M('auto-1102-ops.dispatch-499-30', 'ops/dispatch.py',
  "    'mul': lambda a, p, b: np.multiply(a, b, out=a),\n",
  "    'mul': lambda a, p, b: np.divide(a, b, out=a),\n", 'fast path', note="'multiply' -> 'divide' at line 499")
M('auto-1102-autograd.nodes-178-8', 'autograd/nodes.py',
  '        self.next_functions = next_functions\n',
  '        pass\n', 'vjp', note="'self.next_functions = next_functions' -> 'pass' at line 178", nth=0)
M('auto-1102-ops.half-40-73', 'ops/half.py',
  "    '__imul__': 'mul_', '__pow__': 'pow', '__ipow__': 'pow_', '__div__': 'div',\n",
  "    '__imul__': 'mul_', '__pow__': 'pow', '__ipow__': 'pow_', '__div__': 'Div',\n", 'front-end', note='"\'div\'" -> "\'Div\'" at line 40')
M('auto-1102-autograd.function-591-35', 'autograd/function.py',
  "                                   '%d, but the corresponding forward input was not a Variable'\n",
  "                                   '%D, but the corresponding forward input was not a Variable'\n", 'vjp', note='"\'%d, but the corresponding forward input was not a Variable\'" -> "\'%D, but the corresponding forward input was not a Variable\'" at line 591')
M('auto-1102-autograd.gradcheck-52-8', 'autograd/gradcheck.py',
  '        cls = default_tensor_type()\n',
  '        pass\n', 'vjp', note="'cls = default_tensor_type()' -> 'pass' at line 52")
M('auto-1102-backend_numpy-455-4', 'backend_numpy.py',
  '    return provided.pool_gather(x, index, nd)\n',
  '    pass\n', 'front-end', note="'return provided.pool_gather(x, index, nd)' -> 'pass' at line 455")
M('auto-1102-ops.backend_variable-223-47', 'ops/backend_variable.py',
  "    lambda ctx, g: (ctx.B.gather(g, ctx.params['dim'], ctx.params['index']),),\n",
  "    lambda ctx, g: (ctx.B.gather(g, ctx.params['Dim'], ctx.params['index']),),\n", 'front-end', note='"\'dim\'" -> "\'Dim\'" at line 223')
M('auto-1102-tensor-430-50', 'tensor.py',
  '                err = walk(item, depth + 1, index + (i,))\n',
  '                err = walk(item, depth + 1, index - (i,))\n', 'front-end', note='+ -> - at line 430')
M('auto-1102-tensor-342-37', 'tensor.py',
  "        raise pickle.UnpicklingError('torch.load: corrupt or truncated file: unknown tensor type %r'\n",
  "        raise pickle.UnpicklingError('Torch.load: corrupt or truncated file: unknown tensor type %r'\n", 'front-end', note='"\'torch.load: corrupt or truncated file: unknown tensor type %r\'" -> "\'Torch.load: corrupt or truncated file: unknown tensor type %r\'" at line 342')
M('auto-1102-autograd.engine-311-73', 'autograd/engine.py',
  '        var._grad = Variable._make(type(var._data)._wrap(data), volatile=True)\n',
  '        var._grad = Variable._make(type(var._data)._wrap(data), volatile=False)\n', 'vjp', note="'True' -> 'False' at line 311")
M('auto-1102-ops.schema-484-34', 'ops/schema.py',
  "            base.forms[receiver + '.inplace'] = fn\n",
  "            base.forms[receiver + '.Inplace'] = fn\n", 'front-end', note='"\'.inplace\'" -> "\'.Inplace\'" at line 484')
M('auto-1102-ops.dispatch-337-8', 'ops/dispatch.py',
  '        t._version = [0]\n',
  '        pass\n', 'fast path', note="'t._version = [0]' -> 'pass' at line 337", nth=1)
M('auto-1102-autograd._profiling-27-68', 'autograd/_profiling.py',
  "    '__lt__': 'lt', '__le__': 'le', '__gt__': 'gt', '__ge__': 'ge', '__eq__': 'eq', '__ne__': 'ne',\n",
  "    '__lt__': 'lt', '__le__': 'le', '__gt__': 'gt', '__ge__': 'ge', '__Eq__': 'eq', '__ne__': 'ne',\n", 'vjp', note='"\'__eq__\'" -> "\'__Eq__\'" at line 27')
M('auto-1102-autograd.function-231-39', 'autograd/function.py',
  "            backward_cls = type(name + 'Backward', (BackwardCFunction,),\n",
  "            backward_cls = type(name + 'backward', (BackwardCFunction,),\n", 'vjp', note='"\'Backward\'" -> "\'backward\'" at line 231')
M('auto-1102-autograd._profiling-72-8', 'autograd/_profiling.py',
  '        name = cls.__name__\n',
  '        pass\n', 'vjp', note="'name = cls.__name__' -> 'pass' at line 72")
M('auto-1102-autograd.function-132-28', 'autograd/function.py',
  '            raise TypeError("\'is_executable\' must be a bool")\n',
  '            raise TypeError("\'Is_executable\' must be a bool")\n', 'vjp', note='\'"\\\'is_executable\\\' must be a bool"\' -> \'"\\\'Is_executable\\\' must be a bool"\' at line 132')
M('auto-1102-functional-9-0', 'functional.py',
  'chunk = _TORCH.chunk\n',
  'pass\n', 'front-end', note="'chunk = _TORCH.chunk' -> 'pass' at line 9")
M('auto-1102-autograd.__init__-30-59', 'autograd/__init__.py',
  '            new_grads.append(Variable._make(grad, volatile=not create_graph))\n',
  '            new_grads.append(Variable._make(grad, volatile=create_graph))\n', 'vjp', note="'not ' -> '' at line 30")
M('auto-1102-tensor-333-25', 'tensor.py',
  "    if cls not in _hooks['tensor_wrappers']:\n",
  "    if cls not in _hooks['Tensor_wrappers']:\n", 'front-end', note='"\'tensor_wrappers\'" -> "\'Tensor_wrappers\'" at line 333')
M('auto-1102-autograd.gradcheck-148-91', 'autograd/gradcheck.py',
  '        if jacobian_x._a.size and np.abs(jacobian_x._a - jacobian_reentrant_x._a).max() != 0:\n',
  '        if jacobian_x._a.size and np.abs(jacobian_x._a - jacobian_reentrant_x._a).max() != 1:\n', 'vjp', note='0 -> 1 at line 148')
M('auto-1102-ops.type_support-105-36', 'ops/type_support.py',
  "            raise unsupported(name, 'variable', info.typename)\n",
  "            raise unsupported(name, 'Variable', info.typename)\n", 'front-end', note='"\'variable\'" -> "\'Variable\'" at line 105')
M('auto-1102-storage-289-12', 'storage.py',
  '            self._a[...] = src\n',
  '            pass\n', 'front-end', note="'self._a[...] = src' -> 'pass' at line 289")
M('auto-1102-ops.creation-225-31', 'ops/creation.py',
  '        vals = t(start) + step * np.arange(steps, dtype=cls._dtype)\n',
  '        vals = t(start) + step + np.arange(steps, dtype=cls._dtype)\n', 'front-end', note='* -> + at line 225')
M('auto-1102-autograd.__init__-24-8', 'autograd/__init__.py',
  '        create_graph = any(isinstance(g, Variable) and not g._volatile for g in grads)\n',
  '        pass\n', 'vjp', note="'create_graph = any(isinstance(g, Variable) and not g._volatile for g in grads)' -> 'pass' at line 24")
M('auto-1102-backend_numpy-34-4', 'backend_numpy.py',
  '    sa = a.shape\n',
  '    pass\n', 'front-end', note="'sa = a.shape' -> 'pass' at line 34")
M('auto-1102-storage-422-27', 'storage.py',
  "        raise RuntimeError('a tensor of size %s with strides %s at offset %d needs %d element(s), '\n",
  "        raise RuntimeError('A tensor of size %s with strides %s at offset %d needs %d element(s), '\n", 'front-end', note='"\'a tensor of size %s with strides %s at offset %d needs %d element(s), \'" -> "\'A tensor of size %s with strides %s at offset %d needs %d element(s), \'" at line 422')
M('auto-1102-autograd.__init__-129-4', 'autograd/__init__.py',
  '    result = [None] * len(inputs)\n',
  '    pass\n', 'vjp', note="'result = [None] * len(inputs)' -> 'pass' at line 129")
M('auto-1102-ops.dispatch-486-24', 'ops/dispatch.py',
  '            ufunc(a, np.multiply(b, alpha), out=a)\n',
  '            ufunc(a, np.divide(b, alpha), out=a)\n', 'fast path', note="'multiply' -> 'divide' at line 486")
M('auto-1102-ops.resize_ops-45-4', 'ops/resize_ops.py',
  '    sizes = _sizes(sizes)\n',
  '    pass\n', 'front-end', note="'sizes = _sizes(sizes)' -> 'pass' at line 45")
M('auto-1102-ops.schema-225-8', 'ops/schema.py',
  '        d.name, d.variants, d.forms, d.calls = name, frozenset(), {}, ()\n',
  '        pass\n', 'front-end', note="'d.name, d.variants, d.forms, d.calls = name, frozenset(), {}, ()' -> 'pass' at line 225")
M('auto-1102-autograd._profiling-27-94', 'autograd/_profiling.py',
  "    '__lt__': 'lt', '__le__': 'le', '__gt__': 'gt', '__ge__': 'ge', '__eq__': 'eq', '__ne__': 'ne',\n",
  "    '__lt__': 'lt', '__le__': 'le', '__gt__': 'gt', '__ge__': 'ge', '__eq__': 'eq', '__ne__': 'Ne',\n", 'vjp', note='"\'ne\'" -> "\'Ne\'" at line 27')
M('auto-1102-tensor-528-0', 'tensor.py',
  "CharTensor = _make_class(dtypes.BY_SHORT['Char'])\n",
  'pass\n', 'front-end', note='"CharTensor = _make_class(dtypes.BY_SHORT[\'Char\'])" -> \'pass\' at line 528')
M('auto-1102-backend_numpy-352-43', 'backend_numpy.py',
  '    strides = st[:dim] + (st[dim] * step,) + st[dim + 1:] + (st[dim],)\n',
  '    strides = st[:dim] + (st[dim] * step,) - st[dim + 1:] + (st[dim],)\n', 'front-end', note='+ -> - at line 352')
M('auto-1102-ops.schema-424-29', 'ops/schema.py',
  "    forms = d.overloads if d is not None and d.overloads else ('(T %s)' % argname,)\n",
  "    forms = d.overloads if d is None and d.overloads else ('(T %s)' % argname,)\n", 'front-end', note="'is not' -> 'is' at line 424")
M('auto-1102-autograd.function-427-90', 'autograd/function.py',
  "                                   'contains %s and %s' % (tp_name(pair[0]), tp_name(pair[1])))\n",
  "                                   'contains %s and %s' % (tp_name(pair[0]), tp_name(pair[2])))\n", 'vjp', note='1 -> 2 at line 427')
M('auto-1102-autograd._profiling-107-8', 'autograd/_profiling.py',
  "    if _state['records'] is not None:\n        return\n",
  "    if _state['records'] is not None:\n        pass\n", 'vjp', note='(session 21: a second enable returns; was) ' '"raise RuntimeError(\'autograd profiler is already enabled\')" -> \'pass\' at line 107')
M('auto-1102-autograd.profiler-295-4', 'autograd/profiler.py',
  '    functions.sort(key=lambda evt: evt.start)\n',
  '    pass\n', 'vjp', note="'functions.sort(key=lambda evt: evt.start)' -> 'pass' at line 295", nth=0)
M('auto-1102-ops.creation-30-44', 'ops/creation.py',
  '    if len(sizes) == 1 and isinstance(sizes[0], (tuple, list)):\n',
  '    if len(sizes) == 1 and isinstance(sizes[1], (tuple, list)):\n', 'front-end', note='0 -> 1 at line 30')

# ============================================================================ hwideC: random WIDE sample, seed 1002
# The same files as seed 1001, 40 mutants, drawn at 5a9fd7c (after the 1001 work landed) and run
# before any test written for it: 34 of 40 killed by their subsets (test_wide_kills_formulas
# among them, e.g. arithmetic-430's matmul), 3 more by test_parity_registry (two broken sample
# filters, a sample generator), 1 argued equivalent (below), 2 real survivors: 37 of 39 (94.9%).
# conv_ops-985 (max pooling's one-sided zero kernel) is killed by test_wide_kills_formulas.py;
# conv_ops-535 is NOT killed: it only adds a no-op narrow, visible as the node of
# conv_transpose's input gradient under create_graph (NarrowBackward instead of ConvNdBackward),
# and 0.3.1 named that node ConvNdBackwardBackward (ConvBackward::apply wraps every output), so
# the package is wrong there either way (left for the lead).
M('auto-1002-ops.reduction-921-45', 'ops/reduction.py',
  '    return isinstance(x, (numbers.Real, np.bool_))\n',
  '    return isinstance(x, (numbers.Integral, np.bool_))\n', 'front-end', note='(session 21: renorm\'s checks moved to _real, which takes bools as cwrap did) Real -> Integral')
M('auto-1002-ops.blas_ops-92-65', 'ops/blas_ops.py',
  '    return _beta_scaled(c, beta) + _scaled(np.matmul(b1, b2).sum(0), alpha)\n',
  '    return _beta_scaled(c, beta) + _scaled(np.matmul(b1, b2).sum(1), alpha)\n', 'front-end', note='0 -> 1 at line 92')
M('auto-1002-ops.shape-215-8', 'ops/shape.py',
  '        inv[d] = i\n',
  '        pass\n', 'front-end', note="'inv[d] = i' -> 'pass' at line 215")
M('auto-1002-ops.rnn_ops-329-11', 'ops/rnn_ops.py',
  '        np.subtract(hpt, nt, hyt)\n',
  '        np.add(hpt, nt, hyt)\n', 'op formula', note="'subtract' -> 'add' at line 329")
M('auto-1002-ops.reduction-416-4', 'ops/reduction.py',
  '    _nonempty(self, kind)\n',
  '    pass\n', 'front-end', note="'_nonempty(self, kind)' -> 'pass' at line 416")
M('auto-1002-ops.conv_ops-146-21', 'ops/conv_ops.py',
  '        self.bytes = 0\n',
  '        self.bytes = 1\n', 'op formula', note='0 -> 1 at line 146', nth=1)
M('auto-1002-ops.reduction-465-28', 'ops/reduction.py',
  '    if dim is _args.OMITTED and keepdim is not _args.OMITTED:\n',
  '    if dim is _args.OMITTED or keepdim is not _args.OMITTED:\n', 'front-end', note="'and' -> 'or' at line 465")
M('auto-1002-ops.nn_loss_ops-221-4', 'ops/nn_loss_ops.py',
  "    is_target, pairs = _multilabel_sets(params['target'], x.shape[1])\n",
  '    pass\n', 'op formula', note='"is_target, pairs = _multilabel_sets(params[\'target\'], x.shape[1])" -> \'pass\' at line 221')
M('auto-1002-ops.reduction-549-25', 'ops/reduction.py',
  '    s = np.square(x - m).sum(axis=dim, keepdims=keepdim)\n',
  '    s = np.square(x - m).prod(axis=dim, keepdims=keepdim)\n', 'front-end', note="'sum' -> 'prod' at line 549")
M('auto-1002-ops.lapack-85-14', 'ops/lapack.py',
  '        a[k + 1:, k + 1:] -= torch.outer(a[k + 1:, k], a[k + 1:, k])\n',
  '        a[k + 2:, k + 1:] -= torch.outer(a[k + 1:, k], a[k + 1:, k])\n', 'front-end', note='1 -> 2 at line 85')
M('auto-1002-ops.arithmetic-430-4', 'ops/arithmetic.py',
  '    return self.matmul(other)\n',
  '    pass\n', 'front-end', note="'return self.matmul(other)' -> 'pass' at line 430")
M('auto-1002-ops.conv_ops-1465-14', 'ops/conv_ops.py',
  "    elif mode in ('reflect', 'replicate'):\n",
  "    elif mode not in ('reflect', 'replicate'):\n", 'op formula', note='in -> not in at line 1465')
M('auto-1002-ops.lapack-151-19', 'ops/lapack.py',
  '        if type(o) is not type(r):\n',
  '        if type(o) is type(r):\n', 'front-end', note="'is not' -> 'is' at line 151")
M('auto-1002-ops.conv_ops-1479-38', 'ops/conv_ops.py',
  "            raise NotImplementedError('Only 3D, 4D, 5D padding with non-constant padding are '\n",
  "            raise NotImplementedError('only 3D, 4D, 5D padding with non-constant padding are '\n", 'op formula', note='"\'Only 3D, 4D, 5D padding with non-constant padding are \'" -> "\'only 3D, 4D, 5D padding with non-constant padding are \'" at line 1479')
M('auto-1002-ops.lapack-473-14', 'ops/lapack.py',
  '    return np.tril(a) + np.tril(a, -1).T\n',
  '    return np.triu(a) + np.tril(a, -1).T\n', 'front-end', note="'tril' -> 'triu' at line 473")
M('auto-1002-ops.rnn_ops-117-53', 'ops/rnn_ops.py',
  '            v = a.reshape((self.T, self.B) + a.shape[1:])\n',
  '            v = a.reshape((self.T, self.B) + a.shape[0:])\n', 'op formula', note='1 -> 0 at line 117')
M('auto-1002-ops.indexing-263-69', 'ops/indexing.py',
  '            raise errors.index_out_of_range(int(arr.reshape(-1)[0]), 0, 0)\n',
  '            raise errors.index_out_of_range(int(arr.reshape(-1)[0]), 1, 0)\n', 'front-end', note='0 -> 1 at line 263')
M('auto-1002-ops.lapack-198-67', 'ops/lapack.py',
  "INVERSE = register('inverse', _inverse_fwd, _inverse_back, grad_fn='InverseBackward',\n",
  "INVERSE = register('inverse', _inverse_fwd, _inverse_back, grad_fn='inverseBackward',\n", 'front-end', note='"\'InverseBackward\'" -> "\'inverseBackward\'" at line 198')
M('auto-1002-ops.reduction-300-4', 'ops/reduction.py',
  '    return np.take_along_axis(a, index, dim), index.copy()\n',
  '    pass\n', 'front-end', note="'return np.take_along_axis(a, index, dim), index.copy()' -> 'pass' at line 300")
M('auto-1002-ops.indexing-38-19', 'ops/indexing.py',
  "                   'slices, numpy scalars and torch.LongTensor or torch.ByteTensor as the only argument.')\n",
  "                   'Slices, numpy scalars and torch.LongTensor or torch.ByteTensor as the only argument.')\n", 'front-end', note='"\'slices, numpy scalars and torch.LongTensor or torch.ByteTensor as the only argument.\'" -> "\'Slices, numpy scalars and torch.LongTensor or torch.ByteTensor as the only argument.\'" at line 38')
M('auto-1002-ops.lapack-390-4', 'ops/lapack.py',
  "    _square(self)\n    return call(SYMEIG, [self]",
  '    pass\n    return call(SYMEIG, [self]', 'front-end', note='"_square(self, \'symeig\')" -> \'pass\' at line 390')
M('auto-1002-ops.blas_ops-82-37', 'ops/blas_ops.py',
  '            _mv(ctx, ctx.B.t(g), v1) * alpha if ctx.needs[2] else None)\n',
  '            _mv(ctx, ctx.B.t(g), v1) + alpha if ctx.needs[2] else None)\n', 'front-end', note='* -> + at line 82')
M('auto-1002-ops.conv_ops-985-7', 'ops/conv_ops.py',
  '    if min(k) < 1:\n',
  '    if max(k) < 1:\n', 'op formula', note="'min' -> 'max' at line 985", nth=0)
M('auto-1002-ops.indexing-447-26', 'ops/indexing.py',
  '    k = parse_key(key, a, True)\n',
  '    k = parse_key(key, a, False)\n', 'front-end', note="'True' -> 'False' at line 447")
M('auto-1002-ops.conv_ops-1691-48', 'ops/conv_ops.py',
  "            return [shape], {'pad': tuple(pad), 'mode': 'constant',\n",
  "            return [shape], {'pad': tuple(pad), 'Mode': 'constant',\n", 'op formula', note='"\'mode\'" -> "\'Mode\'" at line 1691')
M('auto-1002-ops.nn_ops-414-11', 'ops/nn_ops.py',
  '        if not np.all(scale == 1.0):\n',
  '        if np.all(scale == 1.0):\n', 'op formula', note="'not ' -> '' at line 414")
M('auto-1002-ops.indexing-359-33', 'ops/indexing.py',
  '    for i in range(len(key) - 1, -1, -1):\n',
  '    for i in range(len(key) - 1, -2, -1):\n', 'front-end', note='-1 -> -2 at line 359', equivalent='_no_zero_dim runs only for a key that parse_key found all-int, which is non-empty and made of Python ints (numpy integers are converted): the loop breaks at i = len(key) - 1, so the extra i = -1 step is never reached (and would re-read key[-1] anyway)')
M('auto-1002-ops.blas_ops-232-72', 'ops/blas_ops.py',
  "                    '(0.3 forms, see the module docstring).' % ((name,) + kernel.argnames[1:]))\n",
  "                    '(0.3 forms, see the module docstring).' % ((name,) - kernel.argnames[1:]))\n", 'front-end', note='+ -> - at line 232')
M('auto-1002-ops.arithmetic-130-56', 'ops/arithmetic.py',
  "    grad_fn='PowBackward0', save_inputs=(0,), argnames=('self',),\n",
  "    grad_fn='PowBackward0', save_inputs=(0,), argnames=('Self',),\n", 'front-end', note='"\'self\'" -> "\'Self\'" at line 130')
M('auto-1002-ops.shape-417-18', 'ops/shape.py',
  '    if offset < 0 or dim_size < offset + size:\n',
  '    if offset < 0 and dim_size < offset + size:\n', 'front-end', note='or -> and at line 417')
M('auto-1002-ops.nn_ops-882-4', 'ops/nn_ops.py',
  '    return valid\n',
  '    pass\n', 'op formula', note="'return valid' -> 'pass' at line 882")
M('auto-1002-ops.shape-389-4', 'ops/shape.py',
  '    before = list(a.shape)\n',
  '    pass\n', 'front-end', note="'before = list(a.shape)' -> 'pass' at line 389")
M('auto-1002-ops.shape-495-57', 'ops/shape.py',
  "    return call(UNFOLD, [self], {'dim': d, 'size': size, 'step': step})\n",
  "    return call(UNFOLD, [self], {'dim': d, 'size': size, 'Step': step})\n", 'front-end', note='"\'step\'" -> "\'Step\'" at line 495')
M('auto-1002-ops.pointwise-543-23', 'ops/pointwise.py',
  '    return (g * (y * y + 1),)\n',
  '    return (g * (y * y - 1),)\n', 'front-end', note='+ -> - at line 543')
M('auto-1002-ops.conv_ops-815-50', 'ops/conv_ops.py',
  "        node.params['index_out'] = (d, d._version[0])\n",
  "        node.params['index_out'] = (d, d._version[1])\n", 'op formula', note='0 -> 1 at line 815')
M('auto-1002-ops.conv_ops-535-42', 'ops/conv_ops.py',
  '        out = (x_shape[2 + d] + 2 * pd[d] - dl[d] * (w_shape[2 + d] - 1) - 1) // st[d] + 1\n',
  '        out = (x_shape[2 + d] + 2 * pd[d] + dl[d] * (w_shape[2 + d] - 1) - 1) // st[d] + 1\n', 'op formula', note='- -> + at line 535')
M('auto-1002-ops.conv_ops-1637-8', 'ops/conv_ops.py',
  '        shapes += [(c,), (c,)]\n',
  '        pass\n', 'op formula', note="'shapes += [(c,), (c,)]' -> 'pass' at line 1637")
M('auto-1002-ops.indexing-1091-29', 'ops/indexing.py',
  '    if array_of(tensor).size != idx.size:\n',
  '    if array_of(tensor).size == idx.size:\n', 'front-end', note='!= -> == at line 1091')
M('auto-1002-ops.conv_ops-1413-24', 'ops/conv_ops.py',
  '                core[sl(0, 1)] += out[sl(0, a)].sum(axis=d, keepdims=True)\n',
  '                core[sl(1, 1)] += out[sl(0, a)].sum(axis=d, keepdims=True)\n', 'op formula', note='0 -> 1 at line 1413')
M('auto-1002-ops.lapack-309-27', 'ops/lapack.py',
  "        raise RuntimeError('invalid argument 2: A,B size incompatible - A has %d rows, B has %d'\n",
  "        raise RuntimeError('Invalid argument 2: A,B size incompatible - A has %d rows, B has %d'\n", 'front-end', note='"\'gels: A and b should have the same number of rows, got A %s, b %s\'" -> "\'Gels: A and b should have the same number of rows, got A %s, b %s\'" at line 309')

# ============================================================================ hwideE: random WIDE sample, seed 1103
# AUTO_MUTANTS_SEED=1103 AUTO_MUTANTS_COUNT=30 AUTO_MUTANTS_KINDS=all AUTO_MUTANTS_FILES=<as hwideD's
# seeds 1101/1102>, a third round on the front-end area, drawn at e3c244b and run before any test
# written for it: 25 of 30 killed by their subsets, 2 more by 14 wider files (test_autograd_profiler's
# table layout, test_bad_input_messages' float dims), 2 equivalent (nodes.py rsplit maxsplit;
# with_number's reference twin, which no reference-mode code calls): 27 of 28 = 96.4% before tests.
# The real survivor (the zeros a new-style Function's missing output gradient gets under
# create_graph=True) and the two killed only wider are killed by test_wide_kills_frontends2.py.
M('auto-1103-autograd.engine-574-18', 'autograd/engine.py',
  '            if nf is None:\n',
  '            if nf is not None:\n', 'vjp', note='is -> is not at line 574', nth=1)
M('auto-1103-autograd.engine-263-17', 'autograd/engine.py',
  '    out = [None] * n\n',
  '    out = [None] + n\n', 'vjp', note='* -> + at line 263')
M('auto-1103-autograd.function-102-8', 'autograd/function.py',
  '        self.dirty_tensors = args\n',
  '        pass\n', 'vjp', note="'self.dirty_tensors = args' -> 'pass' at line 102")
M('auto-1103-tensor-423-68', 'tensor.py',
  "                                % (', '.join(str(i) for i in index) or '0', sizes[depth], len(seq)))\n",
  "                                % (', '.join(str(i) for i in index) and '0', sizes[depth], len(seq)))\n", 'front-end', note='or -> and at line 423')
M('auto-1103-autograd.profiler-173-34', 'autograd/profiler.py',
  "    cpu_time_str = attr_formatter('cpu_time')\n",
  "    cpu_time_str = attr_formatter('Cpu_time')\n", 'vjp', note='"\'cpu_time\'" -> "\'Cpu_time\'" at line 173')
M('auto-1103-ops.creation-30-23', 'ops/creation.py',
  '    if len(sizes) == 1 and isinstance(sizes[0], (tuple, list)):\n',
  '    if len(sizes) == 1 or isinstance(sizes[0], (tuple, list)):\n', 'front-end', note="'and' -> 'or' at line 30")
M('auto-1103-autograd._functions.__init__-112-32', 'autograd/_functions/__init__.py',
  "    return type(name, (base,), {'forward': _forward(method), 'backward': staticmethod(_backward),\n",
  "    return type(name, (base,), {'Forward': _forward(method), 'backward': staticmethod(_backward),\n", 'vjp', note='"\'forward\'" -> "\'Forward\'" at line 112')
M('auto-1103-autograd.nodes-143-33', 'autograd/nodes.py',
  "        short = name.rsplit('.', 1)[-1]\n",
  "        short = name.rsplit('.', 2)[-1]\n", 'vjp', note='1 -> 2 at line 143', equivalent="str.rsplit('.', 2)[-1] is the text after the last '.' exactly as rsplit('.', 1)[-1] is, for every name (and the whole name when there is no '.'): the node class's short name cannot change")
M('auto-1103-ops.dispatch-606-8', 'ops/dispatch.py',
  '        return call_variable(op, inputs, params, out_cls)\n',
  '        pass\n', 'fast path', note="'return call_variable(op, inputs, params, out_cls)' -> 'pass' at line 606", nth=1)
M('auto-1103-autograd.function-352-8', 'autograd/function.py',
  '        dirty.add(id(t))\n',
  '        pass\n', 'vjp', note="'dirty.add(id(t))' -> 'pass' at line 352")
M('auto-1103-ops.schema-372-33', 'ops/schema.py',
  "        table[name + '_' if kind == 'inplace' else name] = fn\n",
  "        table[name + '_' if kind != 'inplace' else name] = fn\n", 'front-end', note='== -> != at line 372')
M('auto-1103-autograd.engine-487-82', 'autograd/engine.py',
  '                        if nr == 0 and (type(nf) in _ONE_OUTPUT or nf.num_outputs == 1):\n',
  '                        if nr == 0 and (type(nf) in _ONE_OUTPUT or nf.num_outputs != 1):\n', 'vjp', note='== -> != at line 487')
M('auto-1103-autograd.__init__-90-12', 'autograd/__init__.py',
  '            build_graph = True\n',
  '            pass\n', 'vjp', note="'build_graph = True' -> 'pass' at line 90")
M('auto-1103-tensor-524-43', 'tensor.py',
  "DoubleTensor = _make_class(dtypes.BY_SHORT['Double'])\n",
  "DoubleTensor = _make_class(dtypes.BY_SHORT['double'])\n", 'front-end', note='"\'Double\'" -> "\'double\'" at line 524')
M('auto-1103-ops._common-222-4', 'ops/_common.py',
  '    return ufunc(a, number)\n',
  '    pass\n', 'front-end', note="'return ufunc(a, number)' -> 'pass' at line 222", nth=1, equivalent="_with_number_general is with_number's code in reference mode only, and there with_number has no caller: its two callers are switched away too (pointwise._clamp_fwd runs _clamp_fwd_general, nn_ops' relu route is off with _RELU_BY_FMAX)")
M('auto-1103-ops.dispatch-31-45', 'ops/dispatch.py',
  "_SUFFIXES = ('_scalar', '_alpha', '_tensor', '_dim', '_all')\n",
  "_SUFFIXES = ('_scalar', '_alpha', '_tensor', '_Dim', '_all')\n", 'fast path', note='"\'_dim\'" -> "\'_Dim\'" at line 31')
M('auto-1103-storage-206-21', 'storage.py',
  '            if not 0 <= i < n:\n',
  '            if not 0 < i < n:\n', 'front-end', note='<= -> < at line 206')
M('auto-1103-autograd.function-570-72', 'autograd/function.py',
  '            args.append(Variable._make(_zeros_tensor(info[i]), volatile=not create_graph))\n',
  '            args.append(Variable._make(_zeros_tensor(info[i]), volatile=create_graph))\n', 'vjp', note="'not ' -> '' at line 570")
M('auto-1103-tensor-474-26', 'tensor.py',
  "        wrappers = _hooks['tensor_wrappers']        # (Variable,) once autograd is imported\n",
  "        wrappers = _hooks['Tensor_wrappers']        # (Variable,) once autograd is imported\n", 'front-end', note='"\'tensor_wrappers\'" -> "\'Tensor_wrappers\'" at line 474')
M('auto-1103-tensor-346-37', 'tensor.py',
  "        raise pickle.UnpicklingError('torch.load: corrupt or truncated file: bad tensor record')\n",
  "        raise pickle.UnpicklingError('Torch.load: corrupt or truncated file: bad tensor record')\n", 'front-end', note='"\'torch.load: corrupt or truncated file: bad tensor record\'" -> "\'Torch.load: corrupt or truncated file: bad tensor record\'" at line 346')
M('auto-1103-autograd._functions.__init__-83-55', 'autograd/_functions/__init__.py',
  '                       if isinstance(o, Variable) and (not o.requires_grad or method in _MASKS)]\n',
  '                       if isinstance(o, Variable) and (o.requires_grad or method in _MASKS)]\n', 'vjp', note="'not ' -> '' at line 83")
M('auto-1103-autograd._functions.__init__-83-50', 'autograd/_functions/__init__.py',
  '                       if isinstance(o, Variable) and (not o.requires_grad or method in _MASKS)]\n',
  '                       if isinstance(o, Variable) or (not o.requires_grad or method in _MASKS)]\n', 'vjp', note="'and' -> 'or' at line 83")
M('auto-1103-backend_numpy-194-14', 'backend_numpy.py',
  '    return np.cos(a)\n',
  '    return np.sin(a)\n', 'front-end', note="'cos' -> 'sin' at line 194")
M('auto-1103-storage-310-8', 'storage.py',
  '        return self.type(HalfStorage)\n',
  '        pass\n', 'front-end', note="'return self.type(HalfStorage)' -> 'pass' at line 310")
M('auto-1103-ops._common-20-45', 'ops/_common.py',
  '    return t is float or t is int or isinstance(x, (numbers.Number, np.bool_))\n',
  '    return t is float or t is int or isinstance(x, (bool, np.bool_))\n', 'front-end', note="the Number test dropped (line 20 as drawn: 'not ' -> '', which also refused non-bool numbers the fast test does not catch; is_number now tests exact int/float first)")
M('auto-1103-backend_numpy-86-20', 'backend_numpy.py',
  '        if shape[i] == 1 and gs[lead + i] != 1:\n',
  '        if shape[i] != 1 and gs[lead + i] != 1:\n', 'front-end', note='== -> != at line 86')
M('auto-1103-autograd.function-82-22', 'autograd/function.py',
  "        d['_freed'] = False\n",
  "        d['_freed'] = True\n", 'vjp', note="'False' -> 'True' at line 82")
M('auto-1103-ops.surface-41-8', 'ops/surface.py',
  "        declare(name or fn.__name__, fn, variants=_variants(('function',), out, inplace), **decl)\n",
  '        pass\n', 'front-end', note='"declare(name or fn.__name__, fn, variants=_variants((\'function\',), out, inplace), **decl)" -> \'pass\' at line 41')
M('auto-1103-storage-425-47', 'storage.py',
  '    return np.ndarray(size, a.dtype, a, offset * item, tuple(int(t) * item for t in stride))\n',
  '    return np.ndarray(size, a.dtype, a, offset / item, tuple(int(t) * item for t in stride))\n', 'front-end', note='* -> / at line 425')
M('auto-1103-storage-332-21', 'storage.py',
  "                     ' * (%s view_source, [int offset, [int size]])\\n'\n",
  "                     ' * (%S view_source, [int offset, [int size]])\\n'\n", 'front-end', note='"\' * (%s view_source, [int offset, [int size]])\\\\n\'" -> "\' * (%S view_source, [int offset, [int size]])\\\\n\'" at line 332')

# ---------------------------------------------------------------- lead sample 1401 (session 16)
# 40 mutants, all kinds, DEFAULT_FILES (every op, autograd, nn, optim, printing, rng file), drawn
# at d57f3cc after every helper round of the session had merged except hwideE, run before any
# test for it: 31 killed by the default subsets, 6 more by ten wider files (test_parity_registry
# for the sample generators and the Variable backend, test_generator_objects, test_fastpath_oracle,
# test_legacy_optim_sparse), 0 equivalent, 3 real survivors -- 37 of 40 (92.5%) before tests;
# the three are killed by test_wide_kills_final.py.
M('auto-1401-ops.dispatch-415-4', 'ops/dispatch.py',
  '    node.needs = (e[0] is not None, f[0] is not None) if fn is None or gn is None else _NEEDS_2\n',
  '    pass\n', 'fast path', note="'node.needs = (e[0] is not None, f[0] is not None) if fn is None or gn is None else _NEEDS_2' -> 'pass' at line 415")
M('auto-1401-nn.modules.module-250-57', 'nn/modules/module.py',
  '                        or (param.dim() and param.size() != own.size()):\n',
  '                        or (param.dim() and param.size() == own.size()):\n', 'op formula', note='!= -> == at line 250')
M('auto-1401-ops.shape-694-18', 'ops/shape.py',
  '    if split_size <= 0:\n',
  '    if split_size > 0:\n', 'front-end', note='<= -> > at line 694')
M('auto-1401-ops.dispatch-176-27', 'ops/dispatch.py',
  '                requires = True\n',
  '                requires = False\n', 'fast path', note="'True' -> 'False' at line 176", nth=0)
M('auto-1401-autograd.gradcheck-89-39', 'autograd/gradcheck.py',
  '    if isinstance(input, Iterable) and not isinstance(input, str):\n',
  '    if isinstance(input, Iterable) and isinstance(input, str):\n', 'vjp', note="'not ' -> '' at line 89", nth=1)
M('auto-1401-ops.indexing-756-4', 'ops/indexing.py',
  '    d = _dim_of(self, dim)\n',
  '    pass\n', 'front-end', note="'d = _dim_of(self, dim)' -> 'pass' at line 756", nth=0)
M('auto-1401-ops.nn_loss_ops-191-4', 'ops/nn_loss_ops.py',
  '    target = np.array([r.int(0, dim - 1) for _ in range(n)], dtype=np.int64)\n',
  '    pass\n', 'op formula', note="'target = np.array([r.int(0, dim - 1) for _ in range(n)], dtype=np.int64)' -> 'pass' at line 191")
M('auto-1401-ops.indexing-190-44', 'ops/indexing.py',
  "            raise TypeError(_INDEX_TYPE_MSG % 'Variable')\n",
  "            raise TypeError(_INDEX_TYPE_MSG // 'Variable')\n", 'front-end', note='% -> // at line 190', nth=0)
M('auto-1401-nn._functional_schema-414-74', 'nn/_functional_schema.py',
  "            _F(torch).multilabel_soft_margin_loss(x, t, weight, reduction='mean')\n",
  "            _F(torch).multilabel_soft_margin_loss(x, t, weight, reduction='Mean')\n", 'op formula', note='"\'mean\'" -> "\'Mean\'" at line 414')
M('auto-1401-ops.creation-267-38', 'ops/creation.py',
  "    gen = rng.generator_of(generator, 'randperm')\n",
  "    gen = rng.generator_of(generator, 'Randperm')\n", 'front-end', note='"\'randperm\'" -> "\'Randperm\'" at line 267')
M('auto-1401-ops.shape-346-7', 'ops/shape.py',
  '    if not isinstance(x, (bool, np.bool_)) and not isinstance(x, float):\n',
  '    if isinstance(x, (bool, np.bool_)) and not isinstance(x, float):\n', 'front-end', note="'not ' -> '' at line 346")
M('auto-1401-ops.rnn_ops-791-16', 'ops/rnn_ops.py',
  '                return generic_output(_NumpyK, mode, arrays, batch_sizes, reverse)\n',
  '                pass\n', 'op formula', note="'return generic_output(_NumpyK, mode, arrays, batch_sizes, reverse)' -> 'pass' at line 791")
M('auto-1401-ops.reduction-91-4', 'ops/reduction.py',
  '    return _args.bool_arg(value, None, name)\n',
  '    pass\n', 'front-end', note="'return _args.bool_arg(value, None, name)' -> 'pass' at line 91")
M('auto-1401-ops.pointwise-577-20', 'ops/pointwise.py',
  '    return (g * (-y + 1) * y,)\n',
  '    return (g * (-y - 1) * y,)\n', 'front-end', note='+ -> - at line 577')
M('auto-1401-ops.indexing-897-31', 'ops/indexing.py',
  "            raise RuntimeError('invalid argument 4: Index tensor must not be larger than %s tensor apart '\n",
  "            raise RuntimeError('Invalid argument 4: Index tensor must not be larger than %s tensor apart '\n", 'front-end', note='"\'invalid argument 4: Index tensor must not be larger than %s tensor apart \'" -> "\'Invalid argument 4: Index tensor must not be larger than %s tensor apart \'" at line 897')
M('auto-1401-ops.indexing-985-4', 'ops/indexing.py',
  "    _check_gather_index(a, d, idx, 'output', src)\n",
  '    pass\n', 'front-end', note='"_check_gather_index(a, d, idx, \'output\', src)" -> \'pass\' at line 985')
M('auto-1401-autograd._functions.__init__-17-5', 'autograd/_functions/__init__.py',
  "    ('PowConstant', 'pow'), ('Negate', 'neg'),\n",
  "    ('powConstant', 'pow'), ('Negate', 'neg'),\n", 'vjp', note='"\'PowConstant\'" -> "\'powConstant\'" at line 17')
M('auto-1401-ops.reduction-373-4', 'ops/reduction.py',
  '    idx = order[np.arange(flat.shape[0]), best].reshape(lead + (1,))\n',
  '    pass\n', 'front-end', note="'idx = order[np.arange(flat.shape[0]), best].reshape(lead + (1,))' -> 'pass' at line 373")
M('auto-1401-ops.rnn_ops-877-76', 'ops/rnn_ops.py',
  "        shapes = [x, h] + ([h] if mode == 'LSTM' else []) + [(g * H, E), (g * H, H)]\n",
  "        shapes = [x, h] + ([h] if mode == 'LSTM' else []) + [(g * H, E), (g / H, H)]\n", 'op formula', note='* -> / at line 877')
M('auto-1401-ops.arithmetic-414-39', 'ops/arithmetic.py',
  "        x = _args.tensor_arg(exponent, 'pow', 'exponent', 2)\n",
  "        x = _args.tensor_arg(exponent, 'Pow', 'exponent', 2)\n", 'front-end', note='"\'pow\'" -> "\'Pow\'" at line 414')
M('auto-1401-ops.registry-62-50', 'ops/registry.py',
  "        raise ValueError('op %r registered twice' % name)\n",
  "        raise ValueError('op %r registered twice' // name)\n", 'front-end', note='% -> // at line 62')
M('auto-1401-autograd.engine-505-37', 'autograd/engine.py',
  '                if var._grad is None and type(g) is ndarray and var._requires_grad:\n',
  '                if var._grad is None or type(g) is ndarray and var._requires_grad:\n', 'vjp', note="'and' -> 'or' at line 505")
M('auto-1401-storage-409-60', 'storage.py',
  '    if len(stride) != len(size) or not all(_is_int(s) and s >= 0 for s in stride):\n',
  '    if len(stride) != len(size) or not all(_is_int(s) and s < 0 for s in stride):\n', 'front-end', note='>= -> < at line 409')
M('auto-1401-ops.reduction-874-12', 'ops/reduction.py',
  "    grad_fn='CumsumBackward', argnames=('self',),\n",
  "    grad_fn='cumsumBackward', argnames=('self',),\n", 'front-end', note='"\'CumsumBackward\'" -> "\'cumsumBackward\'" at line 874')
M('auto-1401-ops.indexing-200-12', 'ops/indexing.py',
  '            return x\n',
  '            pass\n', 'front-end', note="'return x' -> 'pass' at line 200")
M('auto-1401-ops.type_support-105-36', 'ops/type_support.py',
  "            raise unsupported(name, 'variable', info.typename)\n",
  "            raise unsupported(name, 'Variable', info.typename)\n", 'front-end', note='"\'variable\'" -> "\'Variable\'" at line 105')
M('auto-1401-nn._functional_vision-186-4', 'nn/_functional_vision.py',
  '    base[:, :, :, 1] = np.outer(_points(H), np.ones(W, dtype=np.float32))\n',
  '    pass\n', 'op formula', note="'base[:, :, :, 1] = np.outer(_points(H), np.ones(W, dtype=np.float32))' -> 'pass' at line 186")
M('auto-1401-nn.modules.rnn-101-4', 'nn/modules/rnn.py',
  '    num_directions = 2 if bidirectional else 1\n',
  '    pass\n', 'op formula', note="'num_directions = 2 if bidirectional else 1' -> 'pass' at line 101", nth=0)
M('auto-1401-ops.dispatch-271-8', 'ops/dispatch.py',
  '        node.shapes = ((a.shape, a.dtype), (b.shape, b.dtype))\n',
  '        pass\n', 'fast path', note="'node.shapes = ((a.shape, a.dtype), (b.shape, b.dtype))' -> 'pass' at line 271")
M('auto-1401-ops.backend_variable-142-17', 'ops/backend_variable.py',
  '        return a.sum()\n',
  '        return a.prod()\n', 'front-end', note="'sum' -> 'prod' at line 142")
M('auto-1401-nn._functional_vision-206-32', 'nn/_functional_vision.py',
  '        iy = ((g[..., 1] + 1) / 2) * (IH - 1)\n',
  '        iy = ((g[..., 1] + 1) / 1) * (IH - 1)\n', 'op formula', note='2 -> 1 at line 206')
M('auto-1401-autograd.__init__-33-16', 'autograd/__init__.py',
  '                data = out._data\n',
  '                pass\n', 'vjp', note="'data = out._data' -> 'pass' at line 33")
M('auto-1401-printing-207-13', 'printing.py',
  '        sz = max(min_sz, sz)\n',
  '        sz = min(min_sz, sz)\n', 'printing', note="'max' -> 'min' at line 207", nth=0)
M('auto-1401-nn._functional_embedding_bag-65-38', 'nn/_functional_embedding_bag.py',
  '    m[offset2bag, np.arange(idx.shape[0])] = 1\n',
  '    m[offset2bag, np.arange(idx.shape[1])] = 1\n', 'op formula', note='0 -> 1 at line 65')
M('auto-1401-nn._functional_conv-93-30', 'nn/_functional_conv.py',
  '               return_indices=False):\n',
  '               return_indices=True):\n', 'op formula', note="'False' -> 'True' at line 93", nth=0)
M('auto-1401-ops.blas_ops-277-14', 'ops/blas_ops.py',
  '    if a.ndim != 1 or b.ndim != 1:\n',
  '    if a.ndim == 1 or b.ndim != 1:\n', 'front-end', note='!= -> == at line 277', nth=0)
M('auto-1401-printing-185-12', 'printing.py',
  '            int_mode = True\n',
  '            pass\n', 'printing', note="'int_mode = True' -> 'pass' at line 185")
M('auto-1401-optim.adagrad-66-38', 'optim/adagrad.py',
  '                add_to_dense_(p.data, -clr, _like(grad, values / std_values))\n',
  '                add_to_dense_(p.data, clr, _like(grad, values / std_values))\n', 'front-end', note="'-' -> '' at line 66")
M('auto-1401-ops.nn_ops-603-20', 'ops/nn_ops.py',
  '        gx = g * (x - t) / ((1 - x + BCE_EPS) * (x + BCE_EPS)) * n\n',
  '        gx = g * (x + t) / ((1 - x + BCE_EPS) * (x + BCE_EPS)) * n\n', 'op formula', note='- -> + at line 603')
M('auto-1401-nn.functional-205-17', 'nn/functional.py',
  '    return noise / dtype.type(1 - p)\n',
  '    return noise * dtype.type(1 - p)\n', 'op formula', note='/ -> * at line 205')


# ---- lead's measurement-only draw 1402 (session 16, at 61b03de; AUTO_MUTANTS_SEED=1402 COUNT=30
# KINDS=all, default files), frozen and read in session 17
M('auto-1402-nn._functional_volumetric-149-54', 'nn/_functional_volumetric.py',
  '    slabs = input.transpose(1, 2).contiguous().view(n * d, c, xs[3], xs[4])\n',
  '    slabs = input.transpose(1, 2).contiguous().view(n + d, c, xs[3], xs[4])\n', 'op formula', note='* -> + at line 149')
M('auto-1402-ops.blas_ops-264-4', 'ops/blas_ops.py',
  '    return (a.shape[0], b.shape[1])\n',
  '    pass\n', 'front-end', note="'return (a.shape[0], b.shape[1])' -> 'pass' at line 264")
M('auto-1402-nn.functional-360-14', 'nn/functional.py',
  '    if t.size and (t.min() < 0 or t.max() >= n_classes):        # cheap test first; an\n',
  '    if t.size or (t.min() < 0 or t.max() >= n_classes):        # cheap test first; an\n', 'op formula', note="'and' -> 'or' at line 360",
  equivalent="with 'or' the range check also runs for a non-empty target, where it is the same check; an empty target would reach t.min() on an empty array, but _nll_checks runs for 2-D input only, whose batch (0.3 tensors have no zero-size dimension) is at least 1 and equal to the target's length, so the target is never empty")
M('auto-1402-nn.parallel.data_parallel-76-7', 'nn/parallel/data_parallel.py',
  '    if not device_ids:\n',
  '    if device_ids:\n', 'op formula', note="'not ' -> '' at line 76")
M('auto-1402-ops.linalg-217-13', 'ops/linalg.py',
  '    if da == 2 and db == 2:\n',
  '    if da == 3 and db == 2:\n', 'front-end', note='2 -> 3 at line 217')
M('auto-1402-nn._backend_functions-40-33', 'nn/_backend_functions.py',
  "                                 'scale_grad_by_freq, sparse=False)'),\n",
  "                                 'Scale_grad_by_freq, sparse=False)'),\n", 'op formula', note='"\'scale_grad_by_freq, sparse=False)\'" -> "\'Scale_grad_by_freq, sparse=False)\'" at line 40',
  equivalent="the text is the __doc__ of the Embedding backend class (its help text): documentation, not behaviour; 0.3.1's auto-generated classes had no such text to match")
M('auto-1402-ops.conv_ops-420-4', 'ops/conv_ops.py',
  '    np.matmul(wm.transpose(0, 2, 1), rows, out=cg)                       # (G, C/G*kh*kw, M)\n',
  '    pass                       # (G, C/G*kh*kw, M)\n', 'op formula', note="'np.matmul(wm.transpose(0, 2, 1), rows, out=cg)' -> 'pass' at line 420")
M('auto-1402-printing-277-25', 'printing.py',
  '        split = per_line < ncols\n',
  '        split = per_line <= ncols\n', 'printing', note='< -> <= at line 277')
M('auto-1402-optim.sgd-66-12', 'optim/sgd.py',
  "            nesterov = group['nesterov']\n",
  '            pass\n', 'front-end', note='"nesterov = group[\'nesterov\']" -> \'pass\' at line 66')
M('auto-1402-ops.dispatch-371-8', 'ops/dispatch.py',
  '        node.has_saved = True\n',
  '        pass\n', 'fast path', note="'node.has_saved = True' -> 'pass' at line 371", nth=3)
M('auto-1402-ops.nn_loss_ops-201-18', 'ops/nn_loss_ops.py',
  '        k = r.int(0, dim)                      # k targets, then -1 (or none left)\n',
  '        k = r.int(1, dim)                      # k targets, then -1 (or none left)\n', 'op formula', note='0 -> 1 at line 201')
M('auto-1402-ops.pointwise-585-4', 'ops/pointwise.py',
  '    x = ctx.inputs[0]\n',
  '    pass\n', 'front-end', note="'x = ctx.inputs[0]' -> 'pass' at line 585", nth=3)
M('auto-1402-ops.pointwise-224-0', 'ops/pointwise.py',
  '_LGAMMA_SHIFT = 8.0\n',
  'pass\n', 'front-end', note="'_LGAMMA_SHIFT = 8.0' -> 'pass' at line 224")
M('auto-1402-ops.shape-102-4', 'ops/shape.py',
  '    shape = [0] * len(sizes)\n',
  '    pass\n', 'front-end', note="'shape = [0] * len(sizes)' -> 'pass' at line 102")
M('auto-1402-ops.pointwise-730-73', 'ops/pointwise.py',
  "    grad_fn='torch.autograd.function.CmaxConstantBackward', save_inputs=(0,), argnames=('self',),\n",
  "    grad_fn='torch.autograd.function.CmaxConstantBackward', save_inputs=(1,), argnames=('self',),\n", 'front-end', note='0 -> 1 at line 730')
M('auto-1402-autograd.nodes-189-4', 'autograd/nodes.py',
  "    _legacy_name = 'Identity'\n",
  '    pass\n', 'vjp', note='"_legacy_name = \'Identity\'" -> \'pass\' at line 189')
M('auto-1402-nn.modules.pooling-56-8', 'nn/modules/pooling.py',
  '        kh, kw = _pair(self.kernel_size)\n',
  '        pass\n', 'op formula', note="'kh, kw = _pair(self.kernel_size)' -> 'pass' at line 56")
M('auto-1402-storage-244-24', 'storage.py',
  "        content = ' ' + '\\n '.join(str(v) for v in self._a.tolist())\n",
  "        content = ' ' + '\\n X'.join(str(v) for v in self._a.tolist())\n", 'front-end', note='"\'\\\\n \'" -> "\'\\\\n X\'" at line 244')
M('auto-1402-ops.reduction-575-26', 'ops/reduction.py',
  "    return g, x - mean, n - int(p['unbiased'])\n",
  "    return g, x - mean, n + int(p['unbiased'])\n", 'front-end', note='- -> + at line 575')
M('auto-1402-autograd.gradcheck-99-53', 'autograd/gradcheck.py',
  '    return np.asarray(out, dtype=np.float64).reshape(-1)\n',
  '    return np.asarray(out, dtype=np.float64).reshape(0)\n', 'vjp', note='-1 -> 0 at line 99')
M('auto-1402-ops.conv_ops-1334-67', 'ops/conv_ops.py',
  "    rv = None if running_var is None else _tensor_arr(running_var, 'running_var')\n",
  "    rv = None if running_var is None else _tensor_arr(running_var, 'Running_var')\n", 'op formula', note='"\'running_var\'" -> "\'Running_var\'" at line 1334')
M('auto-1402-rng-558-8', 'rng.py',
  '        offsets = (self.next_u32(n - 1) % np.arange(n, 1, -1, dtype=np.uint64)).tolist()\n',
  '        pass\n', 'front-end', note="'offsets = (self.next_u32(n - 1) % np.arange(n, 1, -1, dtype=np.uint64)).tolist()' -> 'pass' at line 558")
M('auto-1402-ops.shape-746-27', 'ops/shape.py',
  '    rows = np.arange(shape[0])[:, None]\n',
  '    rows = np.arange(shape[1])[:, None]\n', 'front-end', note='0 -> 1 at line 746')
M('auto-1402-ops.lapack-304-22', 'ops/lapack.py',
  "    _float_only(self, 'gels')\n",
  "    _float_only(self, 'Gels')\n", 'front-end', note='"\'gels\'" -> "\'Gels\'" at line 304')
M('auto-1402-autograd.function-675-29', 'autograd/function.py',
  "                      + _typename(o))\n",
  "                      - _typename(o))\n", 'vjp', note='+ -> - at line 675 (the nesting error, in 0.3.1\'s words since session 18)')
M('auto-1402-ops.conv_ops-1434-70', 'ops/conv_ops.py',
  "    return torch.nn.functional.pad(x, tuple(pad), mode, value if mode == 'constant' else None)\n",
  "    return torch.nn.functional.pad(x, tuple(pad), mode, value if mode != 'constant' else None)\n", 'op formula', note='== -> != at line 1434')
M('auto-1402-nn.parallel.parallel_apply-33-4', 'nn/parallel/parallel_apply.py',
  '    lock = threading.Lock()\n',
  '    pass\n', 'op formula', note="'lock = threading.Lock()' -> 'pass' at line 33")
M('auto-1402-optim.lbfgs-31-8', 'optim/lbfgs.py',
  '        super(LBFGS, self).__init__(params, defaults)\n',
  '        pass\n', 'front-end', note="'super(LBFGS, self).__init__(params, defaults)' -> 'pass' at line 31")
M('auto-1402-nn._functional_schema-37-76', 'nn/_functional_schema.py',
  "    'glu', 'grid_sample', 'hardshrink', 'hardtanh', 'hinge_embedding_loss', 'kl_div', 'l1_loss',\n",
  "    'glu', 'grid_sample', 'hardshrink', 'hardtanh', 'hinge_embedding_loss', 'Kl_div', 'l1_loss',\n", 'op formula', note='"\'kl_div\'" -> "\'Kl_div\'" at line 37')
M('auto-1402-ops.lapack-839-9', 'ops/lapack.py',
  "_declare('btrisolve', btrisolve, kernels=(BTRISOLVE,),\n",
  "_declare('Btrisolve', btrisolve, kernels=(BTRISOLVE,),\n", 'front-end', note='"\'btrisolve\'" -> "\'Btrisolve\'" at line 839')


# ---- lead sample 1901 (session 17, at 7d056a1; AUTO_MUTANTS_SEED=1901 COUNT=40 KINDS=all, the
# files outside the helpers' areas: verdict checkers, optim, printing, rng, serialization, nn helpers)
M('auto-1901-comparing.verdict-177-35', 'comparing/verdict.py',
  "    if all_lines and all_lines[-1] == '':\n",
  "    if all_lines and all_lines[-1] != '':\n", 'front-end', note='== -> != at line 177')
M('auto-1901-optim.lr_scheduler-150-26', 'optim/lr_scheduler.py',
  '                 cooldown=0, min_lr=0, eps=1e-8):\n',
  '                 cooldown=1, min_lr=0, eps=1e-8):\n', 'front-end', note='0 -> 1 at line 150')
M('auto-1901-nn.init-172-4', 'nn/init.py',
  '    std = gain / math.sqrt(fan)\n',
  '    pass\n', 'op formula', note="'std = gain / math.sqrt(fan)' -> 'pass' at line 172", nth=1)
M('auto-1901-optim.adadelta-38-30', 'optim/adadelta.py',
  '            delta = acc_delta.add(eps).sqrt_().div_(std).mul_(grad)\n',
  '            delta = acc_delta.subtract(eps).sqrt_().div_(std).mul_(grad)\n', 'front-end', note="'add' -> 'subtract' at line 38")
M('auto-1901-nn._backend_functions-124-33', 'nn/_backend_functions.py',
  '        new = F.tanh(x_n + reset * h_n)\n',
  '        new = F.tanh(x_n + reset + h_n)\n', 'op formula', note='* -> + at line 124')
M('auto-1901-testing.runner-164-15', 'testing/runner.py',
  "        elif c != 'forward' and spec.grad is not True and diff:\n",
  "        elif c == 'forward' and spec.grad is not True and diff:\n", 'front-end', note='!= -> == at line 164')
M('auto-1901-testing.comparison-310-65', 'testing/comparison.py',
  "        if a is not None and a.dtype.kind == 'f' and np.isnan(a).any():\n",
  "        if a is not None and a.dtype.kind == 'f' and np.isnan(a).all():\n", 'front-end', note="'any' -> 'all' at line 310")
M('auto-1901-nn._functional_schema-122-4', 'nn/_functional_schema.py',
  '    mx = w - ow.view(1, 1, -1)\n',
  '    pass\n', 'op formula', note="'mx = w - ow.view(1, 1, -1)' -> 'pass' at line 122")
M('auto-1901-testing.specs-47-8', 'testing/specs.py',
  '        self.source = source\n',
  '        pass\n', 'front-end', note="'self.source = source' -> 'pass' at line 47")
M('auto-1901-testing.strategies-85-13', 'testing/strategies.py',
  '    if width == 32:\n',
  '    if width != 32:\n', 'front-end', note='== -> != at line 85')
M('auto-1901-comparing.tokens-67-49', 'comparing/tokens.py',
  "            self.kind, self.text if self.kind != 'tensor' else self.describe(), self.line)\n",
  "            self.kind, self.text if self.kind != 'Tensor' else self.describe(), self.line)\n", 'front-end', note='"\'tensor\'" -> "\'Tensor\'" at line 67')
M('auto-1901-testing.runner-251-16', 'testing/runner.py',
  '                targets_m = list(mleaves) + [mvv]\n',
  '                pass\n', 'front-end', note="'targets_m = list(mleaves) + [mvv]' -> 'pass' at line 251")
M('auto-1901-testing.comparison-184-28', 'testing/comparison.py',
  '        la, ma = la.reshape(-1), ma.reshape(-1)\n',
  '        la, ma = la.reshape(0), ma.reshape(-1)\n', 'front-end', note='-1 -> 0 at line 184',
  equivalent='the branch runs for two empty arrays only, and reshape(0) of an array of 0 elements is shape (0,) exactly as reshape(-1) is')
M('auto-1901-safe_unpickler-32-0', 'safe_unpickler.py',
  "_MODULE_RENAMES = {'__builtin__': 'builtins', 'copy_reg': 'copyreg'}\n",
  'pass\n', 'front-end', note='"_MODULE_RENAMES = {\'__builtin__\': \'builtins\', \'copy_reg\': \'copyreg\'}" -> \'pass\' at line 32')
M('auto-1901-rng-602-88', 'rng.py',
  '        monotone = cum.size and not np.isnan(cum).any() and bool(np.all(cum[1:] >= cum[:-1]))\n',
  '        monotone = cum.size and not np.isnan(cum).any() and bool(np.all(cum[1:] >= cum[:-2]))\n', 'front-end', note='-1 -> -2 at line 602')
M('auto-1901-testing.specs-54-8', 'testing/specs.py',
  "        self.unique = bool(entry.get('unique', False))\n",
  '        pass\n', 'front-end', note='"self.unique = bool(entry.get(\'unique\', False))" -> \'pass\' at line 54')
M('auto-1901-testing.parity-228-8', 'testing/parity.py',
  '        b = arr.copy().astype(bool) if arr.dtype == np.uint8 else arr.copy()\n',
  '        pass\n', 'front-end', note="'b = arr.copy().astype(bool) if arr.dtype == np.uint8 else arr.copy()' -> 'pass' at line 228")
M('auto-1901-legacy_format-218-12', 'legacy_format.py',
  "            raise corrupt('malformed storage view %r' % (view,))\n",
  '            pass\n', 'front-end', note='"raise corrupt(\'malformed storage view %r\' % (view,))" -> \'pass\' at line 218')
M('auto-1901-nn.init-47-8', 'nn/init.py',
  '        return math.sqrt(2.0 / (1 + negative_slope ** 2))\n',
  '        pass\n', 'op formula', note="'return math.sqrt(2.0 / (1 + negative_slope ** 2))' -> 'pass' at line 47")
M('auto-1901-printing-187-39', 'printing.py',
  '            largest = float(magnitudes.max())\n',
  '            largest = float(magnitudes.min())\n', 'printing', note="'max' -> 'min' at line 187")
M('auto-1901-comparing.tokens-24-59', 'comparing/tokens.py',
  "                 'Int': 'int32', 'Short': 'int16', 'Char': 'int8', 'Byte': 'uint8'}\n",
  "                 'Int': 'int32', 'Short': 'int16', 'Char': 'Int8', 'Byte': 'uint8'}\n", 'front-end', note='"\'int8\'" -> "\'Int8\'" at line 24')
M('auto-1901-rng-269-19', 'rng.py',
  '            if nxt != pos:\n',
  '            if nxt == pos:\n', 'front-end', note='!= -> == at line 269')
M('auto-1901-rng-405-12', 'rng.py',
  '            return self.next_u32(n) % np.uint64(1 << 15)\n',
  '            pass\n', 'front-end', note="'return self.next_u32(n) % np.uint64(1 << 15)' -> 'pass' at line 405")
M('auto-1901-nn._functional_schema-122-21', 'nn/_functional_schema.py',
  '    mx = w - ow.view(1, 1, -1)\n',
  '    mx = w - ow.view(2, 1, -1)\n', 'op formula', note='1 -> 2 at line 122')
M('auto-1901-optim.asgd-32-22', 'optim/asgd.py',
  "                state['ax'] = self._zeros_like(grad)\n",
  "                state['Ax'] = self._zeros_like(grad)\n", 'front-end', note='"\'ax\'" -> "\'Ax\'" at line 32')
M('auto-1901-functional-6-0', 'functional.py',
  "__all__ = ['split', 'chunk', 'stack', 'unbind', 'btriunpack', 'matmul']     # 0.3.1's order\n",
  'pass\n', 'front-end', note="__all__ dropped at line 6 (rewritten after the list took 0.3.1's order; same intent)")
M('auto-1901-rng-515-37', 'rng.py',
  "                            'got %s' % probs.dtype)\n",
  "                            'got %s' // probs.dtype)\n", 'front-end', note='% -> // at line 515')
M('auto-1901-testing.comparison-164-25', 'testing/comparison.py',
  '    if graph and l.graph is not None and m.graph is not None and l.graph != m.graph:\n',
  '    if graph and l.graph is None and m.graph is not None and l.graph != m.graph:\n', 'front-end', note="'is not' -> 'is' at line 164")
M('auto-1901-nn.init-163-17', 'nn/init.py',
  '    bound = math.sqrt(3.0) * std\n',
  '    bound = math.cbrt(3.0) * std\n', 'op formula', note="'sqrt' -> 'cbrt' at line 163")
M('auto-1901-errors-148-27', 'errors.py',
  "        raise RuntimeError('$ Torch: invalid memory size -- maybe an overflow?')\n",
  "        raise RuntimeError('$ torch: invalid memory size -- maybe an overflow?')\n", 'front-end', note='"\'$ Torch: invalid memory size -- maybe an overflow?\'" -> "\'$ torch: invalid memory size -- maybe an overflow?\'" at line 148')
M('auto-1901-optim.lr_scheduler-240-16', 'optim/lr_scheduler.py',
  '                self.is_better = lambda a, best: a > best * factor\n',
  '                pass\n', 'front-end', note="'self.is_better = lambda a, best: a > best * factor' -> 'pass' at line 240")
M('auto-1901-safe_unpickler-211-41', 'safe_unpickler.py',
  "            raise pickle.UnpicklingError('torch.load: corrupt file (global name is not text)')\n",
  "            raise pickle.UnpicklingError('Torch.load: corrupt file (global name is not text)')\n", 'front-end', note='"\'torch.load: corrupt file (global name is not text)\'" -> "\'Torch.load: corrupt file (global name is not text)\'" at line 211')
M('auto-1901-testing.parity-43-44', 'testing/parity.py',
  "    if dtype is not None and arr.dtype.kind in 'fiu' and np.dtype(dtype).kind == 'f':\n",
  "    if dtype is not None and arr.dtype.kind not in 'fiu' and np.dtype(dtype).kind == 'f':\n", 'front-end', note='in -> not in at line 43')
M('auto-1901-testing.runner-252-16', 'testing/runner.py',
  '                lg2 = legacy_second(legacy_grad, L, lg1, ws, targets_l)\n',
  '                pass\n', 'front-end', note="'lg2 = legacy_second(legacy_grad, L, lg1, ws, targets_l)' -> 'pass' at line 252")
M('auto-1901-testing.comparison-135-4', 'testing/comparison.py',
  '    ld, md = l.array.dtype, m.array.dtype\n',
  '    pass\n', 'front-end', note="'ld, md = l.array.dtype, m.array.dtype' -> 'pass' at line 135")
M('auto-1901-comparing.normalise-22-57', 'comparing/normalise.py',
  "           ('int8', 'Char'), ('uint8', 'Byte'), ('bool', 'Byte')]\n",
  "           ('int8', 'Char'), ('uint8', 'Byte'), ('bool', 'byte')]\n", 'front-end', note='"\'Byte\'" -> "\'byte\'" at line 22')
M('auto-1901-comparing.tokens-73-21', 'comparing/tokens.py',
  "_ROW_RE = re.compile(r'^\\s*(?:(?:[-+]?(?:\\d+\\.?\\d*(?:[eE][-+]?\\d+)?|nan|inf)|\\.\\.\\.|\\u22ee|\\u22f1)\\s*)+$')\n",
  "_ROW_RE = re.compile(r'^\\s*(?:(?:[-+]?(?:\\d+\\.?\\d*(?:[EE][-+]?\\d+)?|nan|inf)|\\.\\.\\.|\\u22ee|\\u22f1)\\s*)+$')\n", 'front-end', note='"r\'^\\\\s*(?:(?:[-+]?(?:\\\\d+\\\\.?\\\\d*(?:[eE][-+]?\\\\d+)?|nan|inf)|\\\\.\\\\.\\\\.|\\\\u22ee|\\\\u22f1)\\\\s*)+$\'" -> "r\'^\\\\s*(?:(?:[-+]?(?:\\\\d+\\\\.?\\\\d*(?:[EE][-+]?\\\\d+)?|nan|inf)|\\\\.\\\\.\\\\.|\\\\u22ee|\\\\u22f1)\\\\s*)+$\'" at line 73')
M('auto-1901-printing-235-21', 'printing.py',
  '        parts.append("\\n".join(lines) + "\\n")\n',
  '        parts.append("\\nX".join(lines) + "\\n")\n', 'printing', note='\'"\\\\n"\' -> \'"\\\\nX"\' at line 235')
M('auto-1901-safe_unpickler-293-23', 'safe_unpickler.py',
  '        cls = args.pop(0)\n',
  '        cls = args.pop(1)\n', 'front-end', note='0 -> 1 at line 293')
M('auto-1901-comparing.tokens-260-8', 'comparing/tokens.py',
  '        return (0,)\n',
  '        pass\n', 'front-end', note="'return (0,)' -> 'pass' at line 260")
# ============================================================================ hwideF: random WIDE sample, seed 1701
# AUTO_MUTANTS_SEED=1701 AUTO_MUTANTS_COUNT=50 AUTO_MUTANTS_KINDS=all AUTO_MUTANTS_FILES=ops/{pointwise,
# reduction,shape,indexing,linalg,lapack,blas_ops,conv_ops,nn_ops,nn_loss_ops,rnn_ops,copy_slices,
# resize_ops,bitwise_ops,apply_ops}.py,nn/{functional,_functional_activation,_functional_conv,
# _functional_vision,_functional_volumetric,_functional_distance,_functional_embedding_bag}.py,nn/modules/
# drawn at 7d056a1 and run before any test written for it: 44 of 50 killed by their subsets, 2 more
# by 19 wider files (test_bad_input_messages' float dims, test_nn_conv's batch norm init; both files
# are now mapped), 2 equivalent (two parity sample generators), 2 real survivors: 46 of 48 (95.8%)
# before tests.  The real ones: indexing-734 (a tensor's masked_select mask-type text) and
# conv_ops-1003 (the disjoint-window path of max pooling's backward kept a -0.0 gradient that 0.3.1's
# THNN "+=" turns into +0.0; the package is fixed, after which the mutant is equivalent).  The first
# is killed by test_wide_kills_hwideF.py, which also tests the fixed zero sign.
M('auto-1701-ops.blas_ops-345-40', 'ops/blas_ops.py',
  "declare('ger', ger, variants=('method', 'function', 'out'), kernels=(GER,),\n",
  "declare('ger', ger, variants=('method', 'Function', 'out'), kernels=(GER,),\n", 'front-end', note='"\'function\'" -> "\'Function\'" at line 345')
M('auto-1701-nn._functional_volumetric-339-4', 'nn/_functional_volumetric.py',
  '    pos = np.arange(n_in)\n',
  '    pass\n', 'op formula', note="'pos = np.arange(n_in)' -> 'pass' at line 339")
M('auto-1701-ops.conv_ops-1247-33', 'ops/conv_ops.py',
  '    unbiased = ss / (n - 1) if n > 1 else np.full_like(ss, np.nan)\n',
  '    unbiased = ss / (n - 1) if n < 1 else np.full_like(ss, np.nan)\n', 'op formula', note='> -> < at line 1247')
M('auto-1701-nn.modules.module-69-12', 'nn/modules/module.py',
  '            raise KeyError("attribute \'{}\' already exists".format(name))\n',
  '            pass\n', 'op formula', note='\'raise KeyError("attribute \\\'{}\\\' already exists".format(name))\' -> \'pass\' at line 69', nth=2)
M('auto-1701-nn.modules.activation-234-21', 'nn/modules/activation.py',
  "__all__ += ['RReLU', 'GLU', 'Hardshrink', 'Softshrink']\n",
  "__all__ += ['RReLU', 'gLU', 'Hardshrink', 'Softshrink']\n", 'op formula', note='"\'GLU\'" -> "\'gLU\'" at line 234')
M('auto-1701-nn.modules.conv-123-8', 'nn/modules/conv.py',
  '        k = input.dim() - 2\n',
  '        pass\n', 'op formula', note="'k = input.dim() - 2' -> 'pass' at line 123")
M('auto-1701-ops.reduction-474-8', 'ops/reduction.py',
  "        i = int(np.argsort(flat, kind='stable')[(flat.size - 1) // 2])\n",
  '        pass\n', 'front-end', note='"i = int(np.argsort(flat, kind=\'stable\')[(flat.size - 1) // 2])" -> \'pass\' at line 474')
M('auto-1701-ops.lapack-222-13', 'ops/lapack.py',
  '        if p != k:\n',
  '        if p == k:\n', 'front-end', note='!= -> == at line 222', nth=0)
M('auto-1701-ops.blas_ops-146-4', 'ops/blas_ops.py',
  '    return np.cross(a, b, axisa=dim, axisb=dim, axisc=dim)\n',
  '    pass\n', 'front-end', note="'return np.cross(a, b, axisa=dim, axisb=dim, axisc=dim)' -> 'pass' at line 146")
M('auto-1701-ops.nn_ops-317-4', 'ops/nn_ops.py',
  "    d = ctx.params['dim']\n",
  '    pass\n', 'op formula', note='"d = ctx.params[\'dim\']" -> \'pass\' at line 317', nth=0)
M('auto-1701-ops.reduction-184-8', 'ops/reduction.py',
  "        dim = _args.int_arg(dim, public_name(op), 'dim', _pos)\n",
  '        pass\n', 'front-end', note='"dim = _args.int_arg(dim, public_name(op), \'dim\', 1)" -> \'pass\' at line 184')
M('auto-1701-ops.indexing-206-24', 'ops/indexing.py',
  "        if x.dtype.kind in 'iu':\n",
  "        if x.dtype.kind not in 'iu':\n", 'front-end', note='in -> not in at line 206')
M('auto-1701-ops.reduction-186-4', 'ops/reduction.py',
  "    params.update(dim=d, keepdim=_check_bool(keepdim, 'keepdim'))\n",
  '    pass\n', 'front-end', note='"params.update(dim=d, keepdim=_check_bool(keepdim, \'keepdim\'))" -> \'pass\' at line 186')
M('auto-1701-nn._functional_vision-205-8', 'nn/_functional_vision.py',
  '        ix = ((g[..., 0] + 1) / 2) * (IW - 1)\n',
  '        pass\n', 'op formula', note="'ix = ((g[..., 0] + 1) / 2) * (IW - 1)' -> 'pass' at line 205")
M('auto-1701-nn.modules.batchnorm-39-12', 'nn/modules/batchnorm.py',
  '            self.weight.data.uniform_()\n',
  '            pass\n', 'op formula', note="'self.weight.data.uniform_()' -> 'pass' at line 39")
M('auto-1701-ops.indexing-366-48', 'ops/indexing.py',
  "    return (ctx.B.index_put_zeros(g, ctx.shapes[0][0], ctx.params['key']),)\n",
  "    return (ctx.B.index_put_zeros(g, ctx.shapes[1][0], ctx.params['key']),)\n", 'front-end', note='0 -> 1 at line 366')
M('auto-1701-ops.indexing-562-18', 'ops/indexing.py',
  '        if s != 1 and s != d:\n',
  '        if s != 1 or s != d:\n', 'front-end', note="'and' -> 'or' at line 562")
M('auto-1701-ops.indexing-914-31', 'ops/indexing.py',
  "            raise RuntimeError('invalid argument 4: Index tensor must not be larger than %s tensor apart '\n",
  "            raise RuntimeError('Invalid argument 4: Index tensor must not be larger than %s tensor apart '\n", 'front-end', note='"\'invalid argument 4: Index tensor must not be larger than %s tensor apart \'" -> "\'Invalid argument 4: Index tensor must not be larger than %s tensor apart \'" at line 914')
M('auto-1701-ops.conv_ops-636-31', 'ops/conv_ops.py',
  "                               'divisible by groups' % (groups, _sizes(ws), ws[0]))\n",
  "                               'Divisible by groups' % (groups, _sizes(ws), ws[0]))\n", 'op formula', note='"\'divisible by groups\'" -> "\'Divisible by groups\'" at line 636', nth=0)
M('auto-1701-ops.rnn_ops-407-4', 'ops/rnn_ops.py',
  '    np.copyto(A[0], a3[:, 3])\n',
  '    pass\n', 'op formula', note="'np.copyto(A[0], a3[:, 3])' -> 'pass' at line 407")
M('auto-1701-ops.rnn_ops-154-16', 'ops/rnn_ops.py',
  '                pn = len(last)\n',
  '                pass\n', 'op formula', note="'pn = len(last)' -> 'pass' at line 154")
M('auto-1701-ops.nn_loss_ops-192-43', 'ops/nn_loss_ops.py',
  '    weight = r.choice([None, np.array([0.5 + 0.25 * k for k in range(dim)])])\n',
  '    weight = r.choice([None, np.array([0.5 - 0.25 * k for k in range(dim)])])\n', 'op formula', note='+ -> - at line 192',
  equivalent="_mm_inputs is the parity suite's sample generator of multi_margin_loss: class weights 0.5 - 0.25k (negative from k = 3) are still weights both implementations accept and compare equal on; test data, no public call reads it")
M('auto-1701-ops.shape-46-38', 'ops/shape.py',
  "    grad_fn='ViewBackward', argnames=('self',), is_view=True,\n",
  "    grad_fn='ViewBackward', argnames=('Self',), is_view=True,\n", 'front-end', note='"\'self\'" -> "\'Self\'" at line 46')
M('auto-1701-ops.blas_ops-62-50', 'ops/blas_ops.py',
  '    return (_maybe_multiply(g, beta) if ctx.needs[0] else None,\n',
  '    return (_maybe_multiply(g, beta) if ctx.needs[1] else None,\n', 'front-end', note='0 -> 1 at line 62', nth=0)
M('auto-1701-ops.reduction-568-8', 'ops/reduction.py',
  '        g = _to_shape(B, g, _keep_shape(shape, dim))\n',
  '        pass\n', 'front-end', note="'g = _to_shape(B, g, _keep_shape(shape, dim))' -> 'pass' at line 568")
M('auto-1701-ops.nn_ops-247-52', 'ops/nn_ops.py',
  '    return (-(np.maximum(-w, 0.0) + np.log1p(np.exp(-np.abs(w))))).astype(a.dtype)\n',
  '    return (-(np.maximum(-w, 0.0) + np.log1p(np.exp(np.abs(w))))).astype(a.dtype)\n', 'op formula', note="'-' -> '' at line 247")
M('auto-1701-ops.rnn_ops-812-20', 'ops/rnn_ops.py',
  '                    saved = dict(cache)\n',
  '                    pass\n', 'op formula', note="'saved = dict(cache)' -> 'pass' at line 812")
M('auto-1701-ops.lapack-442-65', 'ops/lapack.py',
  "SVD = register('svd', _svd_fwd, _not_implemented('svd'), grad_fn='SvdBackward',\n",
  "SVD = register('svd', _svd_fwd, _not_implemented('svd'), grad_fn='svdBackward',\n", 'front-end', note='"\'SvdBackward\'" -> "\'svdBackward\'" at line 442')
M('auto-1701-ops.pointwise-231-4', 'ops/pointwise.py',
  '    tail = big ** (1 - k) / (k - 1) + 0.5 * big ** -k\n',
  '    pass\n', 'front-end', note="'tail = big ** (1 - k) / (k - 1) + 0.5 * big ** -k' -> 'pass' at line 231")
M('auto-1701-nn.modules.rnn-246-17', 'nn/modules/rnn.py',
  "            s += ', num_layers={num_layers}'\n",
  "            s += ', Num_layers={num_layers}'\n", 'op formula', note='"\', num_layers={num_layers}\'" -> "\', Num_layers={num_layers}\'" at line 246')
M('auto-1701-ops.indexing-734-30', 'ops/indexing.py',
  "    m = _mask_arg(self, mask, 'masked_select', [mask], '(torch.ByteTensor mask)', 0)\n",
  "    m = _mask_arg(self, mask, 'Masked_select', [mask], '(torch.ByteTensor mask)', 0)\n", 'front-end', note='"\'masked_select\'" -> "\'Masked_select\'" at line 734')
M('auto-1701-ops.conv_ops-813-12', 'ops/conv_ops.py',
  '    if node is not None and isinstance(idx, Variable):\n',
  '    if node is None and isinstance(idx, Variable):\n', 'op formula', note="'is not' -> 'is' at line 813")
M('auto-1701-ops.conv_ops-1387-58', 'ops/conv_ops.py',
  '        crop = tuple(slice(max(a, 0), g.shape[d] - max(b, 0)) for d, (a, b) in enumerate(pairs))\n',
  '        crop = tuple(slice(max(a, 0), g.shape[d] - max(b, 1)) for d, (a, b) in enumerate(pairs))\n', 'op formula', note='0 -> 1 at line 1387')
M('auto-1701-ops.pointwise-367-34', 'ops/pointwise.py',
  '    return np.where((x != x) | (x == -np.inf), np.nan, res)\n',
  '    return np.where((x != x) | (x != -np.inf), np.nan, res)\n', 'front-end', note='== -> != at line 367')
M('auto-1701-ops.pointwise-103-34', 'ops/pointwise.py',
  "        _float_only(self, name + ('_' if inplace else ''))\n",
  "        _float_only(self, name + ('_X' if inplace else ''))\n", 'front-end', note='"\'_\'" -> "\'_X\'" at line 103')
M('auto-1701-ops.nn_ops-850-41', 'ops/nn_ops.py',
  "          'feature_dropout', 'mse_loss', 'l1_loss', 'smooth_l1_loss', 'kl_div',\n",
  "          'feature_dropout', 'mse_loss', 'L1_loss', 'smooth_l1_loss', 'kl_div',\n", 'op formula', note='"\'l1_loss\'" -> "\'L1_loss\'" at line 850')
M('auto-1701-nn._functional_volumetric-156-14', 'nn/_functional_volumetric.py',
  '        if st[0] > 1:          # interleave st-1 zero planes after every input depth\n',
  '        if st[1] > 1:          # interleave st-1 zero planes after every input depth\n', 'op formula', note='0 -> 1 at line 156')
M('auto-1701-ops.lapack-487-4', 'ops/lapack.py',
  '    lo = ctx.output\n',
  '    pass\n', 'front-end', note="'lo = ctx.output' -> 'pass' at line 487")
M('auto-1701-ops.nn_loss_ops-24-25', 'ops/nn_loss_ops.py',
  '    return 1.0 / (nframe * dim) if size_average else 1.0 / dim\n',
  '    return 1.0 / (nframe + dim) if size_average else 1.0 / dim\n', 'op formula', note='* -> + at line 24')
M('auto-1701-ops.conv_ops-1003-34', 'ops/conv_ops.py',
  '    unique = s[0] >= d[0] * (k[0] - 1) + 1 and s[1] >= d[1] * (k[1] - 1) + 1\n',
  '    unique = s[0] >= d[0] * (k[0] + 1) + 1 and s[1] >= d[1] * (k[1] - 1) + 1\n', 'op formula', note='- -> + at line 1003',
  equivalent="(after hwideF's _scatter fix) the unique flag only picks pool_scatter's one-assignment path over bincount; with (k + 1) it is true in a subset of the cases (s >= d(k+1)+1 implies s >= d(k-1)+1), and both paths now add each gradient once into zeros: the same values, signs of zero, dtype and shape (before the fix the assignment kept a -0.0 that bincount and 0.3.1 turn into +0.0, so for strides between d(k-1)+1 and d(k+1) the mutant changed the sign of a zero gradient unnoticed: a real survivor, which showed the package bug; test_wide_kills_hwideF's zero-sign test now guards that behaviour)")
M('auto-1701-ops.blas_ops-385-4', 'ops/blas_ops.py',
  "    check_floating(self, 'histc')\n",
  '    pass\n', 'front-end', note='"check_floating(self, \'histc\')" -> \'pass\' at line 385')
M('auto-1701-nn.modules.padding-150-8', 'nn/modules/padding.py',
  "        return self.__class__.__name__ + '(' + str(self.padding) + ')'\n",
  '        pass\n', 'op formula', note='"return self.__class__.__name__ + \'(\' + str(self.padding) + \')\'" -> \'pass\' at line 150', nth=1)
M('auto-1701-nn._functional_conv-36-25', 'nn/_functional_conv.py',
  '        raise ValueError("Expected 3D tensor as input, got {}D tensor instead.".format(_dim(input)))\n',
  '        raise ValueError("expected 3D tensor as input, got {}D tensor instead.".format(_dim(input)))\n', 'op formula', note='\'"Expected 3D tensor as input, got {}D tensor instead."\' -> \'"expected 3D tensor as input, got {}D tensor instead."\' at line 36', nth=0)
M('auto-1701-ops.nn_ops-404-12', 'ops/nn_ops.py',
  "    idx = p['indices'].reshape(-1)\n",
  "    idx = p['Indices'].reshape(-1)\n", 'op formula', note='"\'indices\'" -> "\'Indices\'" at line 404')
M('auto-1701-ops.pointwise-98-4', 'ops/pointwise.py',
  '    return other\n',
  '    pass\n', 'front-end', note="'return other' -> 'pass' at line 98")
M('auto-1701-nn.modules.rnn-35-67', 'nn/modules/rnn.py',
  "__all__ = ['RNNBase', 'RNN', 'LSTM', 'GRU', 'RNNCell', 'LSTMCell', 'GRUCell']\n",
  "__all__ = ['RNNBase', 'RNN', 'LSTM', 'GRU', 'RNNCell', 'LSTMCell', 'gRUCell']\n", 'op formula', note='"\'GRUCell\'" -> "\'gRUCell\'" at line 35')
M('auto-1701-ops.conv_ops-1592-52', 'ops/conv_ops.py',
  '            if (size - 1) * s - 2 * p + d * (k - 1) + o + 1 < 1:\n',
  '            if (size - 1) * s - 2 * p + d * (k - 1) - o + 1 < 1:\n', 'op formula', note='+ -> - at line 1592',
  equivalent="_conv_case is the parity suite's sample generator: with - o the transposed case sets padding 0 in every case the original does and in some more, and padding 0 always gives an output size (size-1)s + d(k-1) + o + 1 >= 1, a valid sample; no public call reads it")
M('auto-1701-ops.lapack-182-63', 'ops/lapack.py',
  "        raise RuntimeError('Lapack Error getrf : U(%d,%d) is 0, U is singular' % _zero_pivot(a))\n",
  "        raise RuntimeError('Lapack Error getrf : U(%d,%d) is 0, U is singular' // _zero_pivot(a))\n", 'front-end', note='% -> // at line 182')
M('auto-1701-ops.pointwise-678-5', 'ops/pointwise.py',
  "    ('floor', np.floor, _zero_back, 'FloorBackward', None, True),\n",
  "    ('Floor', np.floor, _zero_back, 'FloorBackward', None, True),\n", 'front-end', note='"\'floor\'" -> "\'Floor\'" at line 678')
M('auto-1701-ops.conv_ops-1109-34', 'ops/conv_ops.py',
  '    return np.ascontiguousarray(s.transpose(1, 0, 2)).reshape(tuple(in_shape))\n',
  '    return np.ascontiguousarray(s.swapaxes(1, 0, 2)).reshape(tuple(in_shape))\n', 'op formula', note="'transpose' -> 'swapaxes' at line 1109")


# ============================================================================ hwideF: random WIDE sample, seed 1702
# The same files as seed 1701, 30 mutants, drawn at 0733860 (after the 1701 tests and fix) and run
# before any test written for it: 28 of 30 killed by their subsets, none more by 13 wider files
# (test_nn_vision, test_nn_rest, test_nn_modules, the parity registry/meta files, test_gradcheck,
# test_saved_values, ...), 1 equivalent (an xfail reason text), 1 real survivor: 28 of 29 (96.6%)
# before tests.  The real one, conv_ops-546 (the kernel size that cuts the convolution in the
# double backward of conv_input_grad, read only by the third-order gradient of conv_transpose2d
# through its weight gradient when output_padding >= stride), is killed by test_wide_kills_hwideF.py.
M('auto-1702-ops.reduction-287-50', 'ops/reduction.py',
  '    flat = ctx.B.scatter_add_into_zeros(g1, (n,), 0, idx)\n',
  '    flat = ctx.B.scatter_add_into_zeros(g1, (n,), 1, idx)\n', 'front-end', note='0 -> 1 at line 287')
M('auto-1702-ops.blas_ops-339-4', 'ops/blas_ops.py',
  '    a, b = array_of(self), array_of(vec2)\n',
  '    pass\n', 'front-end', note="'a, b = array_of(self), array_of(vec2)' -> 'pass' at line 339")
M('auto-1702-nn._functional_volumetric-252-40', 'nn/_functional_volumetric.py',
  '    extra = [max(0, (out[i] - 1) * s[i] + dl[i] * (k[i] - 1) + 1 - sizes[i] - p[i])\n',
  '    extra = [max(0, (out[i] - 1) * s[i] - dl[i] * (k[i] - 1) + 1 - sizes[i] - p[i])\n', 'op formula', note='+ -> - at line 252')
M('auto-1702-nn._functional_embedding_bag-94-19', 'nn/_functional_embedding_bag.py',
  '        if offsets is not None:\n',
  '        if offsets is None:\n', 'op formula', note="'is not' -> 'is' at line 94")
M('auto-1702-nn.modules.conv-71-31', 'nn/modules/conv.py',
  '        if self.output_padding != (0,) * len(self.output_padding):\n',
  '        if self.output_padding == (0,) * len(self.output_padding):\n', 'op formula', note='!= -> == at line 71')
M('auto-1702-ops.conv_ops-879-23', 'ops/conv_ops.py',
  '    if p and (out - 1) * s >= size + p:\n',
  '    if p and (out - 1) + s >= size + p:\n', 'op formula', note='* -> + at line 879')
M('auto-1702-nn.modules.module-217-12', 'nn/modules/module.py',
  '            del self._parameters[name]\n',
  '            pass\n', 'op formula', note="'del self._parameters[name]' -> 'pass' at line 217")
M('auto-1702-ops.rnn_ops-739-4', 'ops/rnn_ops.py',
  '    dGi = K.cat(dGis, 0)\n',
  '    pass\n', 'op formula', note="'dGi = K.cat(dGis, 0)' -> 'pass' at line 739")
M('auto-1702-ops.nn_ops-869-4', 'ops/nn_ops.py',
  '    n = int(np.prod(s))\n',
  '    pass\n', 'op formula', note="'n = int(np.prod(s))' -> 'pass' at line 869")
M('auto-1702-ops.conv_ops-60-28', 'ops/conv_ops.py',
  '    return shape[:2] + (1,) + shape[2:] if len(shape) == 3 else shape\n',
  '    return shape[:2] + (1,) - shape[2:] if len(shape) == 3 else shape\n', 'op formula', note='+ -> - at line 60')
M('auto-1702-ops.shape-790-4', 'ops/shape.py',
  '    return _tri(self, diagonal, TRIU, True)\n',
  '    pass\n', 'front-end', note="'return _tri(self, diagonal, TRIU, True)' -> 'pass' at line 790")
M('auto-1702-ops.nn_loss_ops-93-4', 'ops/nn_loss_ops.py',
  '    x = ctx.inputs[0]\n',
  '    pass\n', 'op formula', note="'x = ctx.inputs[0]' -> 'pass' at line 93", nth=0)
M('auto-1702-ops.shape-65-40', 'ops/shape.py',
  "    _args.tensor_arg(tensor, 'view_as', 'tensor', 1)\n",
  "    _args.tensor_arg(tensor, 'view_as', 'Tensor', 1)\n", 'front-end', note='"\'tensor\'" -> "\'Tensor\'" at line 65')
M('auto-1702-ops.conv_ops-1248-18', 'ops/conv_ops.py',
  '    unbiased = ss / (n - 1) if n > 1 else np.full_like(ss, np.nan)\n',
  '    unbiased = ss * (n - 1) if n > 1 else np.full_like(ss, np.nan)\n', 'op formula', note='/ -> * at line 1248')
M('auto-1702-ops.lapack-775-58', 'ops/lapack.py',
  "                    grad_fn='BtrifactBackward', argnames=('self',), extra_outputs=1)\n",
  "                    grad_fn='BtrifactBackward', argnames=('Self',), extra_outputs=1)\n", 'front-end', note='"\'self\'" -> "\'Self\'" at line 775')
M('auto-1702-nn.modules.conv-135-51', 'nn/modules/conv.py',
  '        max_sizes = [min_sizes[d] + self.stride[d] - 1 for d in range(k)]\n',
  '        max_sizes = [min_sizes[d] + self.stride[d] + 1 for d in range(k)]\n', 'op formula', note='- -> + at line 135')
M('auto-1702-ops.blas_ops-331-53', 'ops/blas_ops.py',
  "                              ('addr', addr, ADDR), ('addbmm', addbmm, ADDBMM),\n",
  "                              ('addr', addr, ADDR), ('Addbmm', addbmm, ADDBMM),\n", 'front-end', note='"\'addbmm\'" -> "\'Addbmm\'" at line 331')
M('auto-1702-nn.modules.module-325-12', 'nn/modules/module.py',
  '            module.train(mode)\n',
  '            pass\n', 'op formula', note="'module.train(mode)' -> 'pass' at line 325")
M('auto-1702-nn.modules.rnn-355-36', 'nn/modules/rnn.py',
  '        if input.size(0) != hx.size(0):\n',
  '        if input.size(0) != hx.size(1):\n', 'op formula', note='0 -> 1 at line 355')
M('auto-1702-ops.nn_ops-977-19', 'ops/nn_ops.py',
  "             xfail='modern torch does not scale the grad-of-grad by the index frequencies '\n",
  "             xfail='Modern torch does not scale the grad-of-grad by the index frequencies '\n", 'op formula', note='"\'modern torch does not scale the grad-of-grad by the index frequencies \'" -> "\'Modern torch does not scale the grad-of-grad by the index frequencies \'" at line 977',
  equivalent="the xfail reason of a parity edge case of embedding: read only by the parity toolkit (its truthiness and length in test_parity_meta, the strict xfail's reason text and the report's message), none of which a capital letter changes; no public torch call reads it")
M('auto-1702-ops.indexing-42-4', 'ops/indexing.py',
  '    n = 1\n',
  '    pass\n', 'front-end', note="'n = 1' -> 'pass' at line 42")
M('auto-1702-ops.nn_loss_ops-152-61', 'ops/nn_loss_ops.py',
  '        s += float(np.where(~is_target[f] & (z > 0), z, 0.0).sum())\n',
  '        s += float(np.where(~is_target[f] & (z > 0), z, 0.0).prod())\n', 'op formula', note="'sum' -> 'prod' at line 152")
M('auto-1702-ops.indexing-407-4', 'ops/indexing.py',
  '    return _masked_select_np(a, mask)\n',
  '    pass\n', 'front-end', note="'return _masked_select_np(a, mask)' -> 'pass' at line 407")
M('auto-1702-ops.nn_ops-764-4', 'ops/nn_ops.py',
  '    return (g * (-c) if ctx.needs[0] else None, g * c if ctx.needs[1] else None, None)\n',
  '    pass\n', 'op formula', note="'return (g * (-c) if ctx.needs[0] else None, g * c if ctx.needs[1] else None, None)' -> 'pass' at line 764")
M('auto-1702-ops.rnn_ops-839-8', 'ops/rnn_ops.py',
  '        ts = _prepare(mode, ts, layer, lambda x, e: x.reshape(-1, e), lambda h, k: h[k])\n',
  '        pass\n', 'op formula', note="'ts = _prepare(mode, ts, layer, lambda x, e: x.reshape(-1, e), lambda h, k: h[k])' -> 'pass' at line 839")
M('auto-1702-ops.shape-230-4', 'ops/shape.py',
  '    dims = tuple(wrap_dim(d, nd) for d in dims)\n',
  '    pass\n', 'front-end', note="'dims = tuple(wrap_dim(d, nd) for d in dims)' -> 'pass' at line 230")
M('auto-1702-ops.conv_ops-546-64', 'ops/conv_ops.py',
  "    gg = _conv_to(B, h, w, p, ctx.params['x_shape'], ctx.shapes[1][0], ctx.shapes[0][0]) \\\n",
  "    gg = _conv_to(B, h, w, p, ctx.params['x_shape'], ctx.shapes[0][0], ctx.shapes[0][0]) \\\n", 'op formula', note='1 -> 0 at line 546')
M('auto-1702-ops.pointwise-563-4', 'ops/pointwise.py',
  '    return (g * ctx.B.cosh(ctx.inputs[0]),)\n',
  '    pass\n', 'front-end', note="'return (g * ctx.B.cosh(ctx.inputs[0]),)' -> 'pass' at line 563")
M('auto-1702-ops.pointwise-484-4', 'ops/pointwise.py',
  '    q = np.floor_divide(x, y)\n',
  '    pass\n', 'front-end', note="'q = np.floor_divide(x, y)' -> 'pass' at line 484")
M('auto-1702-ops.linalg-130-29', 'ops/linalg.py',
  '    if m.ndim != 2 or v.ndim != 1:\n',
  '    if m.ndim != 2 or v.ndim == 1:\n', 'front-end', note='!= -> == at line 130')
# ============================================================================ hwideG: random WIDE sample, seed 1801
# AUTO_MUTANTS_SEED=1801 AUTO_MUTANTS_COUNT=50 AUTO_MUTANTS_KINDS=all AUTO_MUTANTS_FILES=ops/dispatch.py,
# ops/arithmetic.py,ops/creation.py,ops/comparison.py,ops/backend_variable.py,ops/schema.py,ops/surface.py,
# ops/_args.py,ops/_common.py,ops/functions.py,ops/type_support.py,ops/half.py,ops/registry.py,tensor.py,
# _fastpaths.py,backend_numpy.py,autograd/,storage.py,size.py,dtypes.py, drawn at 7d056a1 and run before
# any test written for it: 41 of 50 killed by their subsets, 5 more by 20 wider files (the profiler's
# event order, the parity doc table naming narrow_pad, numpy's error state, the lacks() table, the
# requires_grad setter), 1 equivalent (parse_cpu_trace's `last`): 46 of 49 = 93.9% before tests.
# The three real survivors (a custom Function's to_save kept after forward, the internal add_alpha
# name in a Variable's argument error, a custom gradient of the input's size reshaped where 0.3.1
# passed it on -- now fixed, the snippet updated) are killed by test_wide_kills_hwideG.py.
M('auto-1801-ops.creation-245-8', 'ops/creation.py',
  '        vals = np.power(10.0, start + np.arange(steps, dtype=np.float64) * step)\n',
  '        pass\n', 'front-end', note="'vals = np.power(10.0, start + np.arange(steps, dtype=np.float64) * step)' -> 'pass' at line 245")
M('auto-1801-autograd.engine-498-21', 'autograd/engine.py',
  '                k += 1\n',
  '                k += 0\n', 'vjp', note='1 -> 0 at line 498')
M('auto-1801-autograd.engine-474-12', 'autograd/engine.py',
  '            shapes = node.shapes\n',
  '            pass\n', 'vjp', note="'shapes = node.shapes' -> 'pass' at line 474")
M('auto-1801-autograd.profiler-374-24', 'autograd/profiler.py',
  "    return ''.join(line + '\\n' for line in lines)\n",
  "    return ''.join(line - '\\n' for line in lines)\n", 'vjp', note='+ -> - at line 374')
M('auto-1801-autograd.engine-172-29', 'autograd/engine.py',
  '            if t._version[0] != v or u._version[0] != w:\n',
  '            if t._version[0] == v or u._version[0] != w:\n', 'vjp', note='!= -> == at line 172', nth=0)
M('auto-1801-autograd.function-490-12', 'autograd/function.py',
  '    if rs != shape and not _NB._broadcastable(shape, rs):\n',
  '    if rs == shape and not _NB._broadcastable(shape, rs):\n', 'vjp', note="'n *= s' -> 'pass' at line 490 (snippet updated after the fix: the element count is gone, every non-broadcasting custom gradient passes on as it is; the mutant turns the shape test)")
M('auto-1801-ops.schema-448-45', 'ops/schema.py',
  "            'tensor_method': 'tensor.method' in d.forms,\n",
  "            'tensor_method': 'tensor.method' not in d.forms,\n", 'front-end', note='in -> not in at line 448')
M('auto-1801-ops.dispatch-592-15', 'ops/dispatch.py',
  '            if not isinstance(x, Variable) or type(x._data) is not t:\n',
  '            if isinstance(x, Variable) or type(x._data) is not t:\n', 'fast path', note="'not ' -> '' at line 592")
M('auto-1801-ops.dispatch-676-43', 'ops/dispatch.py',
  '        node.saved_output = (d, d._version[0])\n',
  '        node.saved_output = (d, d._version[1])\n', 'fast path', note='0 -> 1 at line 676', nth=1)
M('auto-1801-autograd.function-456-4', 'autograd/function.py',
  '    fn.to_save = None\n',
  '    pass\n', 'vjp', note="'fn.to_save = None' -> 'pass' at line 456", nth=1)
M('auto-1801-ops.arithmetic-140-25', 'ops/arithmetic.py',
  '    gb = g * B.pow(a, b) * B.log(a) if ctx.needs[1] else None\n',
  '    gb = g * B.pow(a, b) / B.log(a) if ctx.needs[1] else None\n', 'front-end', note='* -> / at line 140')
M('auto-1801-ops.dispatch-459-16', 'ops/dispatch.py',
  '                return self\n',
  '                pass\n', 'fast path', note="'return self' -> 'pass' at line 459", nth=0)
M('auto-1801-tensor-49-13', 'tensor.py',
  '        if n == 0:\n',
  '        if n != 0:\n', 'front-end', note='== -> != at line 49')
M('auto-1801-autograd.function-756-8', 'autograd/function.py',
  "        return tuple(_flatten(result, _is_tensor))\n",
  '        pass\n', 'vjp', note='"return tuple(_flatten(result, _is_tensor, \'Tensors\'))" -> \'pass\' at line 756 (session 22: _flatten lost its unused name argument)')
M('auto-1801-autograd.profiler-361-36', 'autograd/profiler.py',
  "    col = '  {: >' + str(col_width) + '}'\n",
  "    col = '  {: >' + str(col_width) - '}'\n", 'vjp', note='+ -> - at line 361')
M('auto-1801-ops.type_support-53-16', 'ops/type_support.py',
  "    if typename in ('torch.FloatTensor', 'torch.DoubleTensor'):\n",
  "    if typename not in ('torch.FloatTensor', 'torch.DoubleTensor'):\n", 'front-end', note='in -> not in at line 53')
M('auto-1801-storage-337-22', 'storage.py',
  "    name = info.short + 'Storage'\n",
  "    name = info.short - 'Storage'\n", 'front-end', note='+ -> - at line 337')
M('auto-1801-storage-147-73', 'storage.py',
  '        if not isinstance(size, int) or isinstance(size, bool) or size < 0:\n',
  '        if not isinstance(size, int) or isinstance(size, bool) or size < 1:\n', 'front-end', note='0 -> 1 at line 147')
M('auto-1801-ops.dispatch-401-4', 'ops/dispatch.py',
  '    fn = v0._grad_fn\n',
  '    pass\n', 'fast path', note="'fn = v0._grad_fn' -> 'pass' at line 401", nth=1)
M('auto-1801-autograd.__init__-24-51', 'autograd/__init__.py',
  '        create_graph = any(isinstance(g, Variable) and not g._volatile for g in grads)\n',
  '        create_graph = any(isinstance(g, Variable) or not g._volatile for g in grads)\n', 'vjp', note="'and' -> 'or' at line 24")
M('auto-1801-ops.dispatch-347-4', 'ops/dispatch.py',
  '    fn = v0._grad_fn\n',
  '    pass\n', 'fast path', note="'fn = v0._grad_fn' -> 'pass' at line 347", nth=0)
M('auto-1801-ops.arithmetic-448-30', 'ops/arithmetic.py',
  "    raise NotImplementedError('in-place pow not implemented')\n",
  "    raise NotImplementedError('In-place pow not implemented')\n", 'front-end', note='"\'in-place pow not implemented\'" -> "\'In-place pow not implemented\'" at line 448')
M('auto-1801-ops.dispatch-667-48', 'ops/dispatch.py',
  '                saved[i] = self_copy if (i == 0 and self_copy is not None) \\\n',
  '                saved[i] = self_copy if (i == 0 or self_copy is not None) \\\n', 'fast path', note="'and' -> 'or' at line 667", nth=1)
M('auto-1801-ops.dispatch-31-24', 'ops/dispatch.py',
  "_SUFFIXES = ('_scalar', '_alpha', '_tensor', '_dim', '_all')\n",
  "_SUFFIXES = ('_scalar', '_Alpha', '_tensor', '_dim', '_all')\n", 'fast path', note='"\'_alpha\'" -> "\'_Alpha\'" at line 31')
# auto-1801-autograd.profiler-271-4 (last = None -> pass): gone with its line: parse_cpu_trace drops a call
# still open at the stop mark, as 0.3.1's did (session 22), so it keeps no last timestamp
M('auto-1801-autograd.engine-403-4', 'autograd/engine.py',
  '    needed = None\n',
  '    pass\n', 'vjp', note="'needed = None' -> 'pass' at line 403")
M('auto-1801-tensor-39-4', 'tensor.py',
  '    is_cuda = False\n',
  '    pass\n', 'front-end', note="'is_cuda = False' -> 'pass' at line 39")
M('auto-1801-autograd._profiling-59-12', 'autograd/_profiling.py',
  "            records.append((name, _now(), 'pop'))\n",
  '            pass\n', 'vjp', note='"records.append((name, _now(), \'pop\'))" -> \'pass\' at line 59', nth=0)
M('auto-1801-ops.backend_variable-64-4', 'ops/backend_variable.py',
  "    'narrow_pad', lambda g, shape, dim, start: NB.narrow_pad(g, shape, dim, start),\n",
  "    'Narrow_pad', lambda g, shape, dim, start: NB.narrow_pad(g, shape, dim, start),\n", 'front-end', note='"\'narrow_pad\'" -> "\'Narrow_pad\'" at line 64')
M('auto-1801-ops._args-141-8', 'ops/_args.py',
  '        return bool(value)\n',
  '        pass\n', 'front-end', note="'return bool(value)' -> 'pass' at line 141")
M('auto-1801-tensor-86-8', 'tensor.py',
  '        t._a = array\n',
  '        pass\n', 'front-end', note="'t._a = array' -> 'pass' at line 86")
M('auto-1801-ops.registry-65-11', 'ops/registry.py',
  '        if not op.grad_fn:\n',
  '        if op.grad_fn:\n', 'front-end', note="'not ' -> '' at line 65")
M('auto-1801-ops.type_support-57-36', 'ops/type_support.py',
  "    return name in SIGNED_WIDE_ONLY and typename in ('torch.ByteTensor', 'torch.CharTensor')\n",
  "    return name in SIGNED_WIDE_ONLY or typename in ('torch.ByteTensor', 'torch.CharTensor')\n", 'front-end', note="'and' -> 'or' at line 57")
M('auto-1801-tensor-101-12', 'tensor.py',
  '            _unquiet(token)\n',
  '            pass\n', 'front-end', note="'_unquiet(token)' -> 'pass' at line 101")
M('auto-1801-ops.dispatch-550-4', 'ops/dispatch.py',
  '    self._data._version[0] += 1\n',
  '    pass\n', 'fast path', note="'self._data._version[0] += 1' -> 'pass' at line 550")
M('auto-1801-ops.dispatch-180-12', 'ops/dispatch.py',
  '            arrays = []\n',
  '            pass\n', 'fast path', note="'arrays = []' -> 'pass' at line 180")
M('auto-1801-autograd._functions.__init__-28-49', 'autograd/_functions/__init__.py',
  "    ('Cmax', 'max'), ('CmaxConstant', 'clamp'), ('Cmin', 'min'), ('CminConstant', 'clamp'),\n",
  "    ('Cmax', 'max'), ('CmaxConstant', 'clamp'), ('cmin', 'min'), ('CminConstant', 'clamp'),\n", 'vjp', note='"\'Cmin\'" -> "\'cmin\'" at line 28')
M('auto-1801-autograd.__init__-37-63', 'autograd/__init__.py',
  '                new_grads.append(Variable._make(ones, volatile=not create_graph))\n',
  '                new_grads.append(Variable._make(ones, volatile=create_graph))\n', 'vjp', note="'not ' -> '' at line 37")
M('auto-1801-autograd.engine-263-4', 'autograd/engine.py',
  '    out = [None] * n\n',
  '    pass\n', 'vjp', note="'out = [None] * n' -> 'pass' at line 263")
M('auto-1801-tensor-264-8', 'tensor.py',
  '        return self.type(ByteTensor)\n',
  '        pass\n', 'front-end', note="'return self.type(ByteTensor)' -> 'pass' at line 264")
M('auto-1801-backend_numpy-287-16', 'backend_numpy.py',
  '                or isinstance(k, bool):\n',
  '                and isinstance(k, bool):\n', 'front-end', note='or -> and at line 287')
M('auto-1801-ops._args-84-90', 'ops/_args.py',
  '            head = "%s(): argument \'%s\'" % (fname, argname) if fname else "argument \'%s\'" % argname\n',
  '            head = "%s(): argument \'%s\'" % (fname, argname) if fname else "argument \'%s\'" // argname\n', 'front-end', note='% -> // at line 84')
M('auto-1801-ops.type_support-53-20', 'ops/type_support.py',
  "    if typename in ('torch.FloatTensor', 'torch.DoubleTensor'):\n",
  "    if typename in ('Torch.FloatTensor', 'torch.DoubleTensor'):\n", 'front-end', note='"\'torch.FloatTensor\'" -> "\'Torch.FloatTensor\'" at line 53')
M('auto-1801-autograd.profiler-369-28', 'autograd/profiler.py',
  "    lines.append(row.format('Name', 'CPU time', 'CUDA time', 'Calls', 'CPU total', 'CUDA total'))\n",
  "    lines.append(row.format('name', 'CPU time', 'CUDA time', 'Calls', 'CPU total', 'CUDA total'))\n", 'vjp', note='"\'Name\'" -> "\'name\'" at line 369')
M('auto-1801-ops.schema-84-8', 'ops/schema.py',
  '        self.kind = kind\n',
  '        pass\n', 'front-end', note="'self.kind = kind' -> 'pass' at line 84")
M('auto-1801-autograd.variable-112-12', 'autograd/variable.py',
  "            raise RuntimeError('requires_grad must be a bool')\n",
  '            pass\n', 'vjp', note='"raise RuntimeError(\'requires_grad must be a bool\')" -> \'pass\' at line 112')
M('auto-1801-ops.schema-271-34', 'ops/schema.py',
  '        if pname in TENSOR_PARAMS and not isinstance(value, kinds) and not (\n',
  '        if pname in TENSOR_PARAMS or not isinstance(value, kinds) and not (\n', 'front-end', note="'and' -> 'or' at line 271")
M('auto-1801-autograd.variable-64-8', 'autograd/variable.py',
  '        v._requires_grad = False\n',
  '        pass\n', 'vjp', note="'v._requires_grad = False' -> 'pass' at line 64")
M('auto-1801-backend_numpy-445-38', 'backend_numpy.py',
  "                                    p['groups'])\n",
  "                                    p['Groups'])\n", 'front-end', note='"\'groups\'" -> "\'Groups\'" at line 445')
M('auto-1801-ops.dispatch-348-61', 'ops/dispatch.py',
  '    if volatile or (fn is None and not v0._requires_grad) or not op.differentiable:\n',
  '    if volatile or (fn is None and not v0._requires_grad) or op.differentiable:\n', 'fast path', note="'not ' -> '' at line 348")

# ============================================================================ hwideG: random WIDE sample, seed 1802
# AUTO_MUTANTS_SEED=1802 AUTO_MUTANTS_COUNT=30 AUTO_MUTANTS_KINDS=all AUTO_MUTANTS_FILES=<as 1801>,
# drawn at 21e7577 after the 1801 tests and fixes: 22 of 30 killed by their subsets, 2 more by 22
# wider files (test_autograd_031_semantics' gradgradcheck with given grad outputs, test_inplace_views'
# double backward through a view), 3 equivalent: 24 of 27 = 88.9% before tests.  The three real
# survivors (the NVTX re-entrance text; gradcheck's retain_grad, which 0.3.1 did not do -- now
# removed, the snippet updated to put it back; the Variable branch of the same-size pointwise
# fallback) are killed by test_wide_kills_hwideG.py.
M('auto-1802-autograd.engine-455-58', 'autograd/engine.py',
  '                        elif len(saved) == 2 and saved[0] is not None and saved[1] is not None:\n',
  '                        elif len(saved) == 2 and saved[0] is None and saved[1] is not None:\n', 'vjp', note="'is not' -> 'is' at line 455",
  equivalent="the hot loop's inline two-saved case: with the mutant a node with both inputs saved falls to _unpack_saved, whose first branch is the same code (same version checks, same node.inputs); the mutated branch itself (saved[0] None, saved[1] not None, no saved output) is never reached: the only op saving its second input alone (gesv) saves its output too, so it never enters this branch")
M('auto-1802-ops.dispatch-449-4', 'ops/dispatch.py',
  '    fast = _UFUNC_INPLACE.get(op.name)\n',
  '    pass\n', 'fast path', note="'fast = _UFUNC_INPLACE.get(op.name)' -> 'pass' at line 449")
M('auto-1802-storage-513-14', 'storage.py',
  '    if a.size == 0:\n',
  '    if a.size != 0:\n', 'front-end', note='== -> != at line 513')
M('auto-1802-storage-206-26', 'storage.py',
  '            if not 0 <= i < n:\n',
  '            if not 0 <= i > n:\n', 'front-end', note='< -> > at line 206')
M('auto-1802-autograd.profiler-143-31', 'autograd/profiler.py',
  '            raise RuntimeError("NVTX annotation context manager is not reentrant")\n',
  '            raise RuntimeError("nVTX annotation context manager is not reentrant")\n', 'vjp', note='\'"NVTX annotation context manager is not reentrant"\' -> \'"nVTX annotation context manager is not reentrant"\' at line 143')
M('auto-1802-ops.creation-185-4', 'ops/creation.py',
  '    return cls._wrap(vals.astype(cls._dtype)) if n else cls._wrap(np.empty((0,), cls._dtype))\n',
  '    pass\n', 'front-end', note="'return cls._wrap(vals.astype(cls._dtype)) if n else cls._wrap(np.empty((0,), cls._dtype))' -> 'pass' at line 185", nth=0)
M('auto-1802-autograd.engine-482-41', 'autograd/engine.py',
  '                                (r.dtype is not dtype and r.dtype != dtype):\n',
  '                                (r.dtype is dtype and r.dtype != dtype):\n', 'vjp', note="'is not' -> 'is' at line 482")
M('auto-1802-autograd._profiling-54-14', 'autograd/_profiling.py',
  "        state['depth'] = 1\n",
  "        state['Depth'] = 1\n", 'vjp', note='"\'depth\'" -> "\'Depth\'" at line 54', nth=0)
M('auto-1802-ops.dispatch-282-16', 'ops/dispatch.py',
  '                edges.append(_NO_EDGE)\n',
  '                pass\n', 'fast path', note="'edges.append(_NO_EDGE)' -> 'pass' at line 282")
M('auto-1802-ops.backend_variable-60-50', 'ops/backend_variable.py',
  '    lambda ctx, g: (ctx.B.sum_to(g, ctx.shapes[0][0]),),\n',
  '    lambda ctx, g: (ctx.B.sum_to(g, ctx.shapes[0][1]),),\n', 'front-end', note='0 -> 1 at line 60')
M('auto-1802-autograd._functions.__init__-24-21', 'autograd/_functions/__init__.py',
  "    ('Exp', 'exp'), ('Log', 'log'), ('Log1p', 'log1p'), ('Sinh', 'sinh'), ('Cosh', 'cosh'),\n",
  "    ('Exp', 'exp'), ('log', 'log'), ('Log1p', 'log1p'), ('Sinh', 'sinh'), ('Cosh', 'cosh'),\n", 'vjp', note='"\'Log\'" -> "\'log\'" at line 24')
M('auto-1802-ops.backend_variable-146-8', 'ops/backend_variable.py',
  '        return a\n',
  '        pass\n', 'front-end', note="'return a' -> 'pass' at line 146")
M('auto-1802-autograd.gradcheck-249-8', 'autograd/gradcheck.py',
  '        outputs = _differentiable_outputs(func(*input_args))\n',
  '        pass\n', 'vjp', note="'outputs = _differentiable_outputs(func(*input_args))' -> 'pass' at line 249")
M('auto-1802-autograd.function-743-8', 'autograd/function.py',
  '        nested_gradients = _unflatten(gradients, self._nested_output)\n',
  '        pass\n', 'vjp', note="'nested_gradients = _unflatten(gradients, self._nested_output)' -> 'pass' at line 743")
M('auto-1802-ops.schema-481-12', 'ops/schema.py',
  "            receiver = key.split('.')[0]\n",
  '            pass\n', 'front-end', note='"receiver = key.split(\'.\')[0]" -> \'pass\' at line 481')
M('auto-1802-backend_numpy-229-13', 'backend_numpy.py',
  "        if e == 2.0 and a.dtype.kind == 'f':\n",
  "        if e != 2.0 and a.dtype.kind == 'f':\n", 'front-end', note='== -> != at line 229')
M('auto-1802-ops.arithmetic-447-30', 'ops/arithmetic.py',
  "    raise NotImplementedError('in-place pow not implemented')\n",
  "    raise NotImplementedError('In-place pow not implemented')\n", 'front-end', note='"\'in-place pow not implemented\'" -> "\'In-place pow not implemented\'" at line 447')
M('auto-1802-ops.backend_variable-72-29', 'ops/backend_variable.py',
  "    return ctx.B.narrow(g, p['dim'], p['start'], n)\n",
  "    return ctx.B.narrow(g, p['Dim'], p['start'], n)\n", 'front-end', note='"\'dim\'" -> "\'Dim\'" at line 72')
M('auto-1802-autograd.function-606-33', 'autograd/function.py',
  '    volatile = any(v is not None and v._volatile for v in variables)\n',
  '    volatile = any(v is not None or v._volatile for v in variables)\n', 'vjp', note="'and' -> 'or' at line 606")
M('auto-1802-autograd._functions.__init__-24-37', 'autograd/_functions/__init__.py',
  "    ('Exp', 'exp'), ('Log', 'log'), ('Log1p', 'log1p'), ('Sinh', 'sinh'), ('Cosh', 'cosh'),\n",
  "    ('Exp', 'exp'), ('Log', 'log'), ('log1p', 'log1p'), ('Sinh', 'sinh'), ('Cosh', 'cosh'),\n", 'vjp', note='"\'Log1p\'" -> "\'log1p\'" at line 24')
M('auto-1802-ops.dispatch-667-62', 'ops/dispatch.py',
  '                saved[i] = self_copy if (i == 0 and self_copy is not None) \\\n',
  '                saved[i] = self_copy if (i == 0 and self_copy is None) \\\n', 'fast path', note="'is not' -> 'is' at line 667", nth=1)
M('auto-1802-ops.dispatch-541-33', 'ops/dispatch.py',
  '    if requires and not volatile and op.differentiable and 0 in op.save_inputs:\n',
  '    if requires and not volatile or op.differentiable and 0 in op.save_inputs:\n', 'fast path', note="'and' -> 'or' at line 541",
  equivalent="with the mutant an in-place Variable op also copies self when no graph is recorded (volatile or nothing requires grad) or when the op does not save input 0; that copy only reaches record() when 0 is in save_inputs (record reads self_copy only for i == 0 in save_inputs), so every recorded node and every result is as before: the change is one clone's time and memory")
M('auto-1802-ops.arithmetic-280-58', 'ops/arithmetic.py',
  "    return not isinstance(x, Variable) and not getattr(x, 'is_sparse', False)\n",
  "    return not isinstance(x, Variable) and not getattr(x, 'Is_sparse', False)\n", 'front-end', note='"\'is_sparse\'" -> "\'Is_sparse\'" at line 280',
  equivalent="ts_is_tensor's receiver is never sparse: the sparse classes define add/add_/sub/sub_/__add__/__sub__ themselves and torch.add/torch.sub call the receiver's method, so _binary/_simple_binary only see dense tensors and Variables, for which getattr(x, 'is_sparse', False) and getattr(x, 'Is_sparse', False) are both False (probed: L.add/sub/+/add_ over every sparse/dense pair give the same results)")
M('auto-1802-autograd.function-445-31', 'autograd/function.py',
  "            raise RuntimeError('mark_non_differentiable only accepts function outputs')\n",
  "            raise RuntimeError('Mark_non_differentiable only accepts function outputs')\n", 'vjp', note='"\'mark_non_differentiable only accepts function outputs\'" -> "\'Mark_non_differentiable only accepts function outputs\'" at line 445')
M('auto-1802-ops.backend_variable-117-4', 'ops/backend_variable.py',
  '    return g.contiguous().view(*shape) if shape else g\n',
  '    pass\n', 'front-end', note="'return g.contiguous().view(*shape) if shape else g' -> 'pass' at line 117")
M('auto-1802-ops.creation-280-56', 'ops/creation.py',
  "        t._a, _args.int_arg(num_samples, 'multinomial', 'num_samples', 1), bool(replacement)))\n",
  "        t._a, _args.int_arg(num_samples, 'multinomial', 'Num_samples', 1), bool(replacement)))\n", 'front-end', note='"\'num_samples\'" -> "\'Num_samples\'" at line 280')
M('auto-1802-autograd._functions.utils-33-8', 'autograd/_functions/utils.py',
  '        broadcast = True\n',
  '        pass\n', 'vjp', note="'broadcast = True' -> 'pass' at line 33", nth=2)
M('auto-1802-autograd.variable-147-8', 'autograd/variable.py',
  '        return self._data.size()\n',
  '        pass\n', 'vjp', note="'return self._data.size()' -> 'pass' at line 147")
M('auto-1802-ops.arithmetic-233-8', 'ops/arithmetic.py',
  '        return x.view(*arr.shape)\n',
  '        pass\n', 'front-end', note="'return x.view(*arr.shape)' -> 'pass' at line 233")
M('auto-1802-autograd.gradcheck-163-12', 'autograd/gradcheck.py',
  '    tupled_inputs = _as_tuple(inputs)\n',
  '    tupled_inputs = _as_tuple(inputs)\n    [inp.retain_grad() for inp in tupled_inputs if isinstance(inp, Variable)]\n', 'vjp', note="'inp.retain_grad()' -> 'pass' at line 163 (snippet updated after the fix: 0.3.1's gradcheck retained nothing, the line is gone; the mutant puts the retain_grad back)")


# ---- lead sample 1903 (session 17, at 906f05e; AUTO_MUTANTS_SEED=1903 COUNT=40 KINDS=all, every
# default file), measured before any test was written for it
M('auto-1903-nn.modules.rnn-408-8', 'nn/modules/rnn.py',
  "        res = self._step('LSTM', input, hx[0], hx[1])\n",
  '        pass\n', 'op formula', note='"res = self._step(\'LSTM\', input, hx[0], hx[1])" -> \'pass\' at line 408')
M('auto-1903-ops.arithmetic-152-27', 'ops/arithmetic.py',
  '    return (g * ctx.output * float(np.log(base)),)\n',
  '    return (g * ctx.output + float(np.log(base)),)\n', 'front-end', note='* -> + at line 152')
M('auto-1903-ops.indexing-780-4', 'ops/indexing.py',
  '    return (slice(None),) * dim + (index,)\n',
  '    pass\n', 'front-end', note="'return (slice(None),) * dim + (index,)' -> 'pass' at line 780")
M('auto-1903-ops.reduction-873-53', 'ops/reduction.py',
  "    lambda ctx, g: (_rev_cumsum(ctx.B, g, ctx.params['dim']),),\n",
  "    lambda ctx, g: (_rev_cumsum(ctx.B, g, ctx.params['Dim']),),\n", 'front-end', note='"\'dim\'" -> "\'Dim\'" at line 873')
M('auto-1903-ops.conv_ops-1526-36', 'ops/conv_ops.py',
  "                                    'unique': unique})\n",
  "                                    'Unique': unique})\n", 'op formula', note='"\'unique\'" -> "\'Unique\'" at line 1526')
M('auto-1903-ops.pointwise-679-5', 'ops/pointwise.py',
  "    ('ceil', np.ceil, _zero_back, 'CeilBackward', None, True),\n",
  "    ('Ceil', np.ceil, _zero_back, 'CeilBackward', None, True),\n", 'front-end', note='"\'ceil\'" -> "\'Ceil\'" at line 679')
M('auto-1903-ops.pointwise-362-8', 'ops/pointwise.py',
  '        res = np.where(x == 0, -np.inf, np.where(pole, np.nan, res))\n',
  '        pass\n', 'front-end', note="'res = np.where(x == 0, -np.inf, np.where(pole, np.nan, res))' -> 'pass' at line 362")
M('auto-1903-autograd.__init__-105-12', 'autograd/__init__.py',
  '            fn = inp._grad_fn\n',
  '            pass\n', 'vjp', note="'fn = inp._grad_fn' -> 'pass' at line 105")
M('auto-1903-ops.nn_ops-512-22', 'ops/nn_ops.py',
  '    return np.where(z < 1, 0.5 * z * z, z - 0.5)\n',
  '    return np.where(z > 1, 0.5 * z * z, z - 0.5)\n', 'op formula', note='< -> > at line 512')
M('auto-1903-optim.adadelta-29-43', 'optim/adadelta.py',
  "            rho, eps = group['rho'], group['eps']\n",
  "            rho, eps = group['rho'], group['Eps']\n", 'front-end', note='"\'eps\'" -> "\'Eps\'" at line 29')
M('auto-1903-ops.nn_ops-354-27', 'ops/nn_ops.py',
  '    for k in range(w.shape[0]):\n',
  '    for k in range(w.shape[1]):\n', 'op formula', note='0 -> 1 at line 354')
M('auto-1903-ops.rnn_ops-489-4', 'ops/rnn_ops.py',
  '    return dG, dG, (dh,)\n',
  '    pass\n', 'op formula', note="'return dG, dG, (dh,)' -> 'pass' at line 489")
M('auto-1903-ops.creation-96-12', 'ops/creation.py',
  '    if fill is not None:\n',
  '    if fill is None:\n', 'front-end', note="'is not' -> 'is' at line 96")
M('auto-1903-ops.conv_ops-1464-50', 'ops/conv_ops.py',
  "        params = {'pad': pad, 'mode': 'constant', 'value': float(value)}\n",
  "        params = {'pad': pad, 'mode': 'constant', 'Value': float(value)}\n", 'op formula', note='"\'value\'" -> "\'Value\'" at line 1464')
M('auto-1903-tensor-317-8', 'tensor.py',
  '        return type(self)._wrap(self._a, self._version)\n',
  '        pass\n', 'front-end', note="'return type(self)._wrap(self._a, self._version)' -> 'pass' at line 317")
M('auto-1903-nn.init-184-69', 'nn/init.py',
  '    flattened = _tensor.default_tensor_type()(rows, cols).normal_(0, 1)\n',
  '    flattened = _tensor.default_tensor_type()(rows, cols).normal_(0, 0)\n', 'op formula', note='1 -> 0 at line 184')
M('auto-1903-ops.rnn_ops-370-8', 'ops/rnn_ops.py',
  '        saved = _FORWARD[mode](plan, x, h0, c0, wih, whh, bih, bhh, out)\n',
  '        pass\n', 'op formula', note="'saved = _FORWARD[mode](plan, x, h0, c0, wih, whh, bih, bhh, out)' -> 'pass' at line 370")
M('auto-1903-nn._functional_vision-205-8', 'nn/_functional_vision.py',
  '        ix = ((g[..., 0] + 1) / 2) * (IW - 1)\n',
  '        pass\n', 'op formula', note="'ix = ((g[..., 0] + 1) / 2) * (IW - 1)' -> 'pass' at line 205")
M('auto-1903-ops.arithmetic-63-22', 'ops/arithmetic.py',
  '    lambda ctx, g: (g * ctx.inputs[1] if ctx.needs[0] else None,\n',
  '    lambda ctx, g: (g + ctx.inputs[1] if ctx.needs[0] else None,\n', 'front-end', note='* -> + at line 63')
M('auto-1903-ops.pointwise-168-4', 'ops/pointwise.py',
  '    nan = ax != ax\n',
  '    pass\n', 'front-end', note="'nan = ax != ax' -> 'pass' at line 168")
M('auto-1903-tensor-495-33', 'tensor.py',
  "        ('(int ...)', lambda a: [not _is_int(x) for x in a] if a else None),\n",
  "        ('(int ...)', lambda a: [_is_int(x) for x in a] if a else None),\n", 'front-end', note="'not ' -> '' at line 495")
M('auto-1903-ops.nn_ops-918-28', 'ops/nn_ops.py',
  '    noise = np.array([scale * r.int(0, 1) for _ in range(int(np.prod(ns)))]).reshape(ns)\n',
  '    noise = np.array([scale / r.int(0, 1) for _ in range(int(np.prod(ns)))]).reshape(ns)\n', 'op formula', note='* -> / at line 918')
M('auto-1903-ops.dispatch-299-50', 'ops/dispatch.py',
  '                    saved[i] = self_copy if (i == 0 and self_copy is not None) \\\n',
  '                    saved[i] = self_copy if (i == 1 and self_copy is not None) \\\n', 'fast path', note='0 -> 1 at line 299')
M('auto-1903-rng-612-25', 'rng.py',
  '                lo = mid + 1\n',
  '                lo = mid - 1\n', 'front-end', note='+ -> - at line 612')
M('auto-1903-ops.resize_ops-32-12', 'ops/resize_ops.py',
  "    grad_fn='ResizeBackward', argnames=('self',),\n",
  "    grad_fn='resizeBackward', argnames=('self',),\n", 'front-end', note='"\'ResizeBackward\'" -> "\'resizeBackward\'" at line 32')
M('auto-1903-ops.conv_ops-1672-45', 'ops/conv_ops.py',
  "                      {'output_size': (r.int(1, 4), r.int(1, 4))}),\n",
  "                      {'output_size': (r.int(2, 4), r.int(1, 4))}),\n", 'op formula', note='1 -> 2 at line 1672',
  equivalent="a parity sample generator (adaptive_avg_pool2d's output sizes drawn from 2..4 instead of 1..4): it changes which inputs the parity suite draws, not what the package computes")
M('auto-1903-ops.schema-454-12', 'ops/schema.py',
  "            code = _impl_code(d.forms['functional'])\n",
  '            pass\n', 'front-end', note='"code = _impl_code(d.forms[\'functional\'])" -> \'pass\' at line 454')
M('auto-1903-ops.nn_ops-531-11', 'ops/nn_ops.py',
  '    gx = g * (inside * diff + outside) * n\n',
  '    gx = g + (inside * diff + outside) * n\n', 'op formula', note='* -> + at line 531')
M('auto-1903-autograd.function-624-29', 'autograd/function.py',
  '    err.num_outputs = max(k, 1)\n',
  '    err.num_outputs = max(k, 0)\n', 'vjp', note='1 -> 0 at line 624',
  equivalent='_delayed_error reaches this line only when some variable requires grad, so k (the count of non-None variables) is at least 1 there and max(k, 0) == max(k, 1)')
M('auto-1903-ops.shape-561-62', 'ops/shape.py',
  "    grad_fn='CatBackward', argnames=('tensors',), check_types=False,\n",
  "    grad_fn='CatBackward', argnames=('tensors',), check_types=True,\n", 'front-end', note="'False' -> 'True' at line 561",
  equivalent="cat's front-end (ops/shape.py cat) refuses any sequence whose elements are not all of the first element's kind and tensor type before it calls dispatch, so dispatch's own same-type check never finds a mismatch")
M('auto-1903-nn.modules.sparse-26-63', 'nn/modules/sparse.py',
  '                 norm_type=2, scale_grad_by_freq=False, sparse=False):\n',
  '                 norm_type=2, scale_grad_by_freq=False, sparse=True):\n', 'op formula', note="'False' -> 'True' at line 26")
M('auto-1903-ops.conv_ops-253-4', 'ops/conv_ops.py',
  '    return oh, ow\n',
  '    pass\n', 'op formula', note="'return oh, ow' -> 'pass' at line 253", nth=0)
M('auto-1903-printing-290-68', 'printing.py',
  '                parts.append(row_prefix + " ".join(row[first:last + 1]) + "\\n")\n',
  '                parts.append(row_prefix + " ".join(row[first:last + 2]) + "\\n")\n', 'printing', note='1 -> 2 at line 290')
M('auto-1903-ops.conv_ops-236-8', 'ops/conv_ops.py',
  '        WORKSPACE.give(total)\n',
  '        pass\n', 'op formula', note="'WORKSPACE.give(total)' -> 'pass' at line 236",
  equivalent='the col2im scratch buffer is not handed back to the workspace pool: the next call allocates a fresh one (memory reuse only; the poisoned-buffer mode shows no stale read either way)')
M('auto-1903-ops.conv_ops-683-17', 'ops/conv_ops.py',
  '        if nd == 1:\n',
  '        if nd == 2:\n', 'op formula', note='1 -> 2 at line 683')
M('auto-1903-autograd.variable-94-30', 'autograd/variable.py',
  '        if value._data.size() != self._data.size():\n',
  '        if value._data.size() == self._data.size():\n', 'vjp', note='!= -> == at line 94')
M('auto-1903-ops.pointwise-408-4', 'ops/pointwise.py',
  '    return 1.0 / np.sqrt(a)\n',
  '    pass\n', 'front-end', note="'return 1.0 / np.sqrt(a)' -> 'pass' at line 408")
M('auto-1903-nn._functional_volumetric-254-35', 'nn/_functional_volumetric.py',
  "    fill = -np.inf if a.dtype.kind == 'f' else np.iinfo(a.dtype).min\n",
  "    fill = -np.inf if a.dtype.kind != 'f' else np.iinfo(a.dtype).min\n", 'op formula', note='== -> != at line 254')
M('auto-1903-ops.dispatch-267-8', 'ops/dispatch.py',
  '        node.next_functions = (e, f)\n',
  '        pass\n', 'fast path', note="'node.next_functions = (e, f)' -> 'pass' at line 267")
M('auto-1903-ops.dispatch-622-4', 'ops/dispatch.py',
  '    requires = any(v.requires_grad for v in inputs)\n',
  '    pass\n', 'fast path', note="'requires = any(v.requires_grad for v in inputs)' -> 'pass' at line 622", nth=1)
# ============================================================================ hwideH: random WIDE sample, seed 2001
# AUTO_MUTANTS_SEED=2001 AUTO_MUTANTS_COUNT=40 AUTO_MUTANTS_KINDS=all AUTO_MUTANTS_FILES=ops/dispatch.py,
# ops/arithmetic.py,ops/creation.py,ops/comparison.py,ops/backend_variable.py,ops/schema.py,ops/surface.py,
# ops/_args.py,ops/_common.py,ops/functions.py,ops/type_support.py,ops/half.py,ops/registry.py,tensor.py,
# _fastpaths.py,backend_numpy.py,autograd/,storage.py,size.py,dtypes.py, drawn at 45c89f4 and run before
# any test written for it: 33 of 40 killed by their subsets (storage-456 hangs: _identity's loop never
# ends on a sliced storage; its subset was stopped after 4 minutes), none more by 20 wider files, 5
# equivalent: 33 of 35 = 94.3% before tests.  The two real survivors (the profiler table's name column
# sized by the shortest key, a custom Function's gradient of another type left uncast in a recorded
# backward) are killed by test_wide_kills_hwideH.py.
M('auto-2001-ops.arithmetic-169-22', 'ops/arithmetic.py',
  '            if len(a) != len(kinds):\n',
  '            if len(a) == len(kinds):\n', 'front-end', note='!= -> == at line 169')
M('auto-2001-autograd.engine-351-4', 'autograd/engine.py',
  '    seen = {node for node, _ in roots}\n',
  '    pass\n', 'vjp', note="'seen = {node for node, _ in roots}' -> 'pass' at line 351")
M('auto-2001-autograd.function-349-35', 'autograd/function.py',
  "                raise RuntimeError('mark_dirty can only accept tensors, but argument %d is of type %s'\n",
  "                raise RuntimeError('Mark_dirty can only accept tensors, but argument %d is of type %s'\n", 'vjp', note='"\'mark_dirty can only accept tensors, but argument %d is of type %s\'" -> "\'Mark_dirty can only accept tensors, but argument %d is of type %s\'" at line 349')
M('auto-2001-backend_numpy-257-40', 'backend_numpy.py',
  '    np.add.at(out, (slice(None),) * dim + (index,), src)\n',
  '    np.add.at(out, (slice(None),) * dim - (index,), src)\n', 'front-end', note='+ -> - at line 257')
M('auto-2001-ops.dispatch-602-4', 'ops/dispatch.py',
  '    first = inputs[0]\n',
  '    pass\n', 'fast path', note="'first = inputs[0]' -> 'pass' at line 602", nth=4)
M('auto-2001-autograd._functions.__init__-122-4', 'autograd/_functions/__init__.py',
  '    globals()[_name] = _make(_name, _method)\n',
  '    pass\n', 'vjp', note="'globals()[_name] = _make(_name, _method)' -> 'pass' at line 122")
M('auto-2001-autograd.profiler-359-17', 'autograd/profiler.py',
  '    name_width = max(len(evt.key) for evt in events) + 4\n',
  '    name_width = min(len(evt.key) for evt in events) + 4\n', 'vjp', note="'max' -> 'min' at line 359")
M('auto-2001-ops._common-74-11', 'size.py',
  '    out = [0] * n\n',
  '    out = [1] * n\n', 'front-end', note='0 -> 1 at line 74',
  equivalent="broadcast_shapes' loop `for i in range(n - 1, -1, -1)` visits every index of `out` and each visit either assigns out[i] (da or db) or raises, so the list's initial fill ([0] or [1]) is never read or returned")
M('auto-2001-ops.dispatch-199-12', 'ops/dispatch.py',
  '            out._base = v0\n',
  '            pass\n', 'fast path', note="'out._base = v0' -> 'pass' at line 199", nth=0)
M('auto-2001-autograd.function-377-4', 'autograd/function.py',
  '    info = [] if executable else None\n',
  '    pass\n', 'vjp', note="'info = [] if executable else None' -> 'pass' at line 377")
M('auto-2001-ops.schema-120-8', 'ops/schema.py',
  '        self.types = types\n',
  '        pass\n', 'front-end', note="'self.types = types' -> 'pass' at line 120")
M('auto-2001-autograd.__init__-129-20', 'autograd/__init__.py',
  '    result = [None] * len(inputs)\n',
  '    result = [None] / len(inputs)\n', 'vjp', note='* -> / at line 129')
M('auto-2001-ops.dispatch-403-41', 'ops/dispatch.py',
  '    if volatile or not op.differentiable or (fn is None and gn is None and not v0._requires_grad\n',
  '    if volatile or not op.differentiable and (fn is None and gn is None and not v0._requires_grad\n', 'fast path', note='or -> and at line 403')
M('auto-2001-autograd._functions.__init__-98-4', 'autograd/_functions/__init__.py',
  '    wanted = [v for v in inner if v.requires_grad]\n',
  '    pass\n', 'vjp', note="'wanted = [v for v in inner if v.requires_grad]' -> 'pass' at line 98")
M('auto-2001-ops.arithmetic-365-49', 'ops/arithmetic.py',
  "div_ = _binary_front_end(DIV_SCALAR, DIV, 'div', True)\n",
  "div_ = _binary_front_end(DIV_SCALAR, DIV, 'div', False)\n", 'front-end', note="'True' -> 'False' at line 365")
M('auto-2001-storage-456-12', 'storage.py',
  '            return x, b\n',
  '            pass\n', 'front-end', note="'return x, b' -> 'pass' at line 456")
M('auto-2001-autograd.engine-306-28', 'autograd/engine.py',
  '            var._grad = cur + g\n',
  '            var._grad = cur - g\n', 'vjp', note='+ -> - at line 306')
M('auto-2001-ops.dispatch-614-37', 'ops/dispatch.py',
  '    return _wrap_out(result, out_cls or type(first))\n',
  '    return _wrap_out(result, out_cls and type(first))\n', 'fast path', note='or -> and at line 614', nth=1)
M('auto-2001-autograd._profiling-34-22', 'autograd/_profiling.py',
  "                      'get_device', 'data_ptr', 'is_same_size', 'is_set_to', 'is_signed',\n",
  "                      'Get_device', 'data_ptr', 'is_same_size', 'is_set_to', 'is_signed',\n", 'vjp', note='"\'get_device\'" -> "\'Get_device\'" at line 34',
  equivalent="_NOT_OPS is consulted only for Variable attributes whose function's __module__ starts with 'legacy_autograd.ops' (enable() skips every other attribute before _op_name); Variable.get_device is defined in legacy_autograd.autograd.variable and no attribute is named 'Get_device', so the same methods are wrapped and the same events recorded (x.get_device() under a profile records nothing either way)")
M('auto-2001-ops._args-99-71', 'ops/_args.py',
  "             errors.package_class('legacy_autograd.autograd.variable', 'Variable'))\n",
  "             errors.package_class('legacy_autograd.autograd.variable', 'variable'))\n", 'front-end', note='"\'Variable\'" -> "\'variable\'" at line 99')
M('auto-2001-ops.backend_variable-91-24', 'ops/backend_variable.py',
  '    if g._data._a.dtype != dtype:\n',
  '    if g._data._a.dtype == dtype:\n', 'front-end', note='!= -> == at line 91')
M('auto-2001-ops.creation-239-27', 'ops/creation.py',
  "        raise RuntimeError('invalid argument 3: invalid number of points')\n",
  "        raise RuntimeError('Invalid argument 3: invalid number of points')\n", 'front-end', note='"\'invalid argument 3: invalid number of points\'" -> "\'Invalid argument 3: invalid number of points\'" at line 239', nth=1)
M('auto-2001-autograd.function-525-12', 'autograd/function.py',
  '            grad_vars.append(None)\n',
  '            pass\n', 'vjp', note="'grad_vars.append(None)' -> 'pass' at line 525", nth=2,
  equivalent="line 525 is _legacy_backward's branch for a gradient that is a raw numpy array; grad_vars is read only when create_graph (the function returns before line 538 otherwise), and in a graph-building backward every gradient reaching a node is a Variable (_run_backward turns the root gradients into arrays only when none is a non-volatile Variable, i.e. when no graph is built; hooks, op nodes and custom Functions then give Variables), so the arrays' None entries are never read")
M('auto-2001-autograd.variable-292-12', 'autograd/variable.py',
  '            var = ref()\n',
  '            pass\n', 'vjp', note="'var = ref()' -> 'pass' at line 292")
M('auto-2001-ops.creation-201-17', 'ops/creation.py',
  '    vals = start + step * np.arange(n, dtype=np.float64)\n',
  '    vals = start - step * np.arange(n, dtype=np.float64)\n', 'front-end', note='+ -> - at line 201', nth=1)
M('auto-2001-ops.dispatch-268-8', 'ops/dispatch.py',
  '        node.needs = (e[0] is not None, f[0] is not None)\n',
  '        pass\n', 'fast path', note="'node.needs = (e[0] is not None, f[0] is not None)' -> 'pass' at line 268")
M('auto-2001-ops.schema-172-8', 'ops/schema.py',
  "        return self.forms.get('tensor.inplace') or self.forms.get('variable.inplace')\n",
  '        pass\n', 'front-end', note='"return self.forms.get(\'tensor.inplace\') or self.forms.get(\'variable.inplace\')" -> \'pass\' at line 172')
M('auto-2001-ops.schema-71-17', 'ops/schema.py',
  "W = _Placeholder('W')\n",
  "W = _Placeholder('w')\n", 'front-end', note='"\'W\'" -> "\'w\'" at line 71',
  equivalent="a _Placeholder's name is read only by its __repr__, which only makes the text of a Call's repr (test_schema_parity's test ids and assertion messages); the placeholders are told apart by identity (tensors(), _Placeholder isinstance checks), never by name, and no package or tool code prints them")
M('auto-2001-tensor-290-8', 'tensor.py',
  '        self._a = _storage_mod.shared_copy(self._a)\n',
  '        pass\n', 'front-end', note="'self._a = _storage_mod.shared_copy(self._a)' -> 'pass' at line 290")
M('auto-2001-tensor-65-12', 'tensor.py',
  '            self._a = _uninitialised(th_sizes([int(a) for a in args]), cls._dtype)\n',
  '            pass\n', 'front-end', note="'self._a = _uninitialised(th_sizes([int(a) for a in args]), cls._dtype)' -> 'pass' at line 65")
M('auto-2001-ops.arithmetic-373-50', 'ops/arithmetic.py',
  "    check_supported(self, 'neg_' if _inplace else 'neg')       # not Byte, Char (0.3.1)\n",
  "    check_supported(self, 'neg_' if _inplace else 'Neg')       # not Byte, Char (0.3.1)\n", 'front-end', note='"\'neg\'" -> "\'Neg\'" at line 373')
M('auto-2001-autograd._profiling-95-12', 'autograd/_profiling.py',
  '            return fn(self, *args)\n',
  '            pass\n', 'vjp', note="'return fn(self, *args)' -> 'pass' at line 95 (session 21: the one call left)")
M('auto-2001-ops.schema-493-21', 'ops/schema.py',
  '        base.kernels += tuple(k for k in part.kernels if k not in base.kernels)\n',
  '        base.kernels -= tuple(k for k in part.kernels if k not in base.kernels)\n', 'front-end', note='+= -> -= at line 493')
M('auto-2001-ops.backend_variable-171-13', 'ops/backend_variable.py',
  '    return a.sqrt()\n',
  '    return a.cbrt()\n', 'front-end', note="'sqrt' -> 'cbrt' at line 171")
M('auto-2001-tensor-267-50', 'tensor.py',
  '        if not isinstance(other, _TensorBase) and not isinstance(\n',
  '        if not isinstance(other, _TensorBase) and isinstance(\n', 'front-end', note="'not ' -> '' at line 267")
M('auto-2001-ops._common-226-4', 'ops/_common.py',
  '    return np.where(cond, np.asarray(a), np.asarray(b))\n',
  '    pass\n', 'front-end', note="'return np.where(cond, np.asarray(a), np.asarray(b))' -> 'pass' at line 226")
M('auto-2001-ops.creation-227-4', 'ops/creation.py',
  '    return cls._wrap(vals.astype(cls._dtype))\n',
  '    pass\n', 'front-end', note="'return cls._wrap(vals.astype(cls._dtype))' -> 'pass' at line 227", nth=0)
M('auto-2001-ops._args-63-8', 'ops/_args.py',
  '        return value\n',
  '        pass\n', 'front-end', note="'return value' -> 'pass' at line 63", nth=0,
  equivalent="int_arg's first check returns an exact int unchanged; without it the next check (`isinstance(value, numbers.Integral) and not isinstance(value, _BOOLS)`) is true for every exact int and returns int(value), an equal int of the same type, and every caller uses only the value")
M('auto-2001-backend_numpy-178-4', 'backend_numpy.py',
  '    return np.exp(a)\n',
  '    pass\n', 'front-end', note="'return np.exp(a)' -> 'pass' at line 178")
M('auto-2001-autograd.variable-151-15', 'autograd/variable.py',
  '        return False\n',
  '        return True\n', 'vjp', note="'False' -> 'True' at line 151", nth=0)


# ---- lead sample 1904 (session 17, at 5ea277f; AUTO_MUTANTS_SEED=1904 COUNT=40 KINDS=all, ops/,
# autograd/, tensor.py, backend_numpy.py, _fastpaths.py), measured before any test for it
M('auto-1904-ops.rnn_ops-633-35', 'ops/rnn_ops.py',
  '        g = K.tanh(K.cols(gates, 2 * H, H))\n',
  '        g = K.tanh(K.cols(gates, 2 / H, H))\n', 'op formula', note='* -> / at line 633')
M('auto-1904-ops.shape-499-4', 'ops/shape.py',
  '    return np.tile(a.reshape((1,) * lead + a.shape), repeats)\n',
  '    pass\n', 'front-end', note="'return np.tile(a.reshape((1,) * lead + a.shape), repeats)' -> 'pass' at line 499")
M('auto-1904-autograd.engine-252-8', 'autograd/engine.py',
  '        B = VB\n',
  '        pass\n', 'vjp', note="'B = VB' -> 'pass' at line 252")
M('auto-1904-ops.conv_ops-221-35', 'ops/conv_ops.py',
  '    strides_w = (sc, (si if nk_h > 1 else 0) + dh * sy, (sj if nk_w > 1 else 0) + dw * sx) + tail\n',
  '    strides_w = (sc, (si if nk_h > 2 else 0) + dh * sy, (sj if nk_w > 1 else 0) + dw * sx) + tail\n', 'op formula', note='1 -> 2 at line 221')
M('auto-1904-ops.reduction-670-42', 'ops/reduction.py',
  "        _args.int_arg(dim, 'mean', 'dim', 1)\n",
  "        _args.int_arg(dim, 'mean', 'dim', 0)\n", 'front-end', note='1 -> 0 at line 670')
M('auto-1904-ops.indexing-534-8', 'ops/indexing.py',
  '    return B.reshape(sel, tuple(vshape))\n',
  '    return sel\n', 'front-end', note="the masked source gradient's reshape dropped (rewritten after the fix made the view unconditional; same intent)")
M('auto-1904-ops.reduction-360-4', 'ops/reduction.py',
  "    rev = np.argsort(np.flip(a, dim), axis=dim, kind='stable')\n",
  '    pass\n', 'front-end', note='"rev = np.argsort(np.flip(a, dim), axis=dim, kind=\'stable\')" -> \'pass\' at line 360')
M('auto-1904-autograd.engine-364-18', 'autograd/engine.py',
  '            if nf not in seen:\n',
  '            if nf in seen:\n', 'vjp', note="'not in' -> 'in' at line 364")
M('auto-1904-ops.schema-321-10', 'ops/schema.py',
  "    ns = {'_impl': impl}\n",
  "    ns = {'_Impl': impl}\n", 'front-end', note='"\'_impl\'" -> "\'_Impl\'" at line 321')
M('auto-1904-ops.linalg-116-44', 'ops/linalg.py',
  "            B.mm(B.unsqueeze(g, 0), m).view(-1) if ctx.B.KIND == 'variable' and ctx.needs[1]\n",
  "            B.mm(B.unsqueeze(g, 0), m).view(-2) if ctx.B.KIND == 'variable' and ctx.needs[1]\n", 'front-end', note='-1 -> -2 at line 116')
M('auto-1904-ops.creation-127-50', 'ops/creation.py',
  "    _args.tensor_arg(input, 'ones_like', 'input', 1)\n",
  "    _args.tensor_arg(input, 'ones_like', 'input', 2)\n", 'front-end', note='1 -> 2 at line 127')
M('auto-1904-ops.dispatch-308-8', 'ops/dispatch.py',
  '        d = out._data\n',
  '        pass\n', 'fast path', note="'d = out._data' -> 'pass' at line 308", nth=0)
M('auto-1904-ops.creation-218-43', 'ops/creation.py',
  '    if steps <= 0 or (steps == 1 and start != end):\n',
  '    if steps <= 0 or (steps == 1 and start == end):\n', 'front-end', note='!= -> == at line 218', nth=0)
M('auto-1904-ops.nn_loss_ops-156-4', 'ops/nn_loss_ops.py',
  '    return _size1(s, x.dtype)\n',
  '    pass\n', 'op formula', note="'return _size1(s, x.dtype)' -> 'pass' at line 156", nth=2)
M('auto-1904-ops.schema-235-8', 'ops/schema.py',
  "        raise ValueError('op %r: %s declared twice' % (name, sorted(clash)))\n",
  '        pass\n', 'front-end', note='"raise ValueError(\'op %r: %s declared twice\' % (name, sorted(clash)))" -> \'pass\' at line 235')
M('auto-1904-ops._common-107-8', 'ops/_common.py',
  '        raise errors.expand_dims_error()\n',
  '        pass\n', 'front-end', note="'raise errors.expand_dims_error()' -> 'pass' at line 107")
M('auto-1904-autograd._profiling-113-56', 'autograd/_profiling.py',
  "        if not getattr(fn, '__module__', '').startswith('legacy_autograd.ops'):\n",
  "        if not getattr(fn, '__module__', '').startswith('Legacy_autograd.ops'):\n", 'vjp', note='"\'legacy_autograd.ops\'" -> "\'Legacy_autograd.ops\'" at line 113')
M('auto-1904-ops.schema-269-4', 'ops/schema.py',
  '    kinds = (Variable, _TensorBase)\n',
  '    pass\n', 'front-end', note="'kinds = (Variable, _TensorBase)' -> 'pass' at line 269")
M('auto-1904-ops.dispatch-558-4', 'ops/dispatch.py',
  '    return self\n',
  '    pass\n', 'fast path', note="'return self' -> 'pass' at line 558", nth=4)
M('auto-1904-ops.nn_loss_ops-172-8', 'ops/nn_loss_ops.py',
  '        coef[f] += act * norm\n',
  '        pass\n', 'op formula', note="'coef[f] += act * norm' -> 'pass' at line 172")
M('auto-1904-ops.pointwise-559-25', 'ops/pointwise.py',
  '    return (g / (x * x + 1),)\n',
  '    return (g / (x * x + 2),)\n', 'front-end', note='1 -> 2 at line 559')
M('auto-1904-ops.linalg-97-8', 'ops/linalg.py',
  '        raise _product_list_error(self, name, args)\n',
  '        pass\n', 'front-end', note="the misplaced-number raise dropped at line 115 (rewritten after the function-form texts changed the line; same intent: drawn as the bare-sentence raise)", nth=0)
M('auto-1904-ops.shape-425-26', 'ops/shape.py',
  '    return (slice(None),) * dim + (index,)\n',
  '    return (slice(None),) + dim + (index,)\n', 'front-end', note='* -> + at line 425')
M('auto-1904-ops.pointwise-554-32', 'ops/pointwise.py',
  '    return (-g / ctx.B.sqrt(-(x * x) + 1),)\n',
  '    return (-g / ctx.B.sqrt(-(x / x) + 1),)\n', 'front-end', note='* -> / at line 554')
M('auto-1904-autograd.function-213-4', 'autograd/function.py',
  '    _is_legacy = False\n',
  '    pass\n', 'vjp', note="'_is_legacy = False' -> 'pass' at line 213", nth=1,
  equivalent='BackwardCFunction inherits _is_legacy = False from _FunctionBase (function.py line 64); its generated <Name>Backward subclasses are made by type(), not by FunctionMeta, so nothing else sets it')
M('auto-1904-ops.linalg-117-44', 'ops/linalg.py',
  '            else (np.dot(g, m) if ctx.needs[1] else None))\n',
  '            else (np.dot(g, m) if ctx.needs[0] else None))\n', 'front-end', note='1 -> 0 at line 117')
M('auto-1904-ops.backend_variable-145-18', 'ops/backend_variable.py',
  '            a = a.sum(d, keepdim=keepdim)\n',
  '            a = a.prod(d, keepdim=keepdim)\n', 'front-end', note="'sum' -> 'prod' at line 145")
M('auto-1904-ops.rnn_ops-793-23', 'ops/rnn_ops.py',
  "    forward.__name__ = 'rnn_layer_' + mode.lower()\n",
  "    forward.__name__ = 'Rnn_layer_' + mode.lower()\n", 'op formula', note='"\'rnn_layer_\'" -> "\'Rnn_layer_\'" at line 793',
  equivalent="the __name__ of the recurrent layer's numpy kernel: no message, repr, profiler row or registry entry reads it (the op registers under its own name string)")
M('auto-1904-ops.conv_ops-312-15', 'ops/conv_ops.py',
  '    if xp.base is None and xp is not x4:\n',
  '    if xp.base is not None and xp is not x4:\n', 'op formula', note='is -> is not at line 312',
  equivalent='the padded image is handed back to the workspace pool or not: WORKSPACE.give itself refuses any array whose base is not None, so the mutant only stops the reuse of fresh buffers (memory reuse only)')
M('auto-1904-ops.conv_ops-686-31', 'ops/conv_ops.py',
  '                               % (xs[1], 1, xs[3], ws[0], 1, ow))\n',
  '                               // (xs[1], 1, xs[3], ws[0], 1, ow))\n', 'op formula', note='% -> // at line 686')
M('auto-1904-autograd._functions.__init__-49-0', 'autograd/_functions/__init__.py',
  '_TORCH_FUNCTIONS = {}\n',
  'pass\n', 'vjp', note="'TORCH_FUNCTIONS = {}' -> 'pass' at line 49 (session 22: the name is private now)")
M('auto-1904-ops.pointwise-445-21', 'ops/pointwise.py',
  '        r = select(a < min, a.dtype.type(min), r)\n',
  '        r = select(a > min, a.dtype.type(min), r)\n', 'front-end', note='< -> > at line 445', nth=1)
M('auto-1904-autograd.profiler-98-19', 'autograd/profiler.py',
  "            return '<unfinished torch.autograd.profile>'\n",
  "            return '<Unfinished torch.autograd.profile>'\n", 'vjp', note='"\'<unfinished torch.autograd.profile>\'" -> "\'<Unfinished torch.autograd.profile>\'" at line 98', nth=0)
M('auto-1904-autograd.__init__-66-12', 'autograd/__init__.py',
  "            raise RuntimeError('element %d of variables tuple is volatile' % i)\n",
  '            pass\n', 'vjp', note='"raise RuntimeError(\'element %d of variables tuple is volatile\' % i)" -> \'pass\' at line 66')
M('auto-1904-ops.pointwise-142-46', 'ops/pointwise.py',
  '    return _TWO_OVER_SQRT_PI * np.exp(-x * x) * total\n',
  '    return _TWO_OVER_SQRT_PI * np.exp(-x * x) + total\n', 'front-end', note='* -> + at line 142')
M('auto-1904-ops.conv_ops-1065-22', 'ops/conv_ops.py',
  '    ow = shape[-1] if not ow else int(ow)\n',
  '    ow = shape[-1] if ow else int(ow)\n', 'op formula', note="'not ' -> '' at line 1065")
M('auto-1904-ops.rnn_ops-430-85', 'ops/rnn_ops.py',
  '                heads(dc, True), heads(np.empty((B, H), dtype=dt), True), heads(dcn, True),\n',
  '                heads(dc, True), heads(np.empty((B, H), dtype=dt), True), heads(dcn, False),\n', 'op formula', note="'True' -> 'False' at line 430")
M('auto-1904-autograd.profiler-193-8', 'autograd/profiler.py',
  '        self.name = name\n',
  '        pass\n', 'vjp', note="'self.name = name' -> 'pass' at line 193")
M('auto-1904-ops.nn_ops-837-4', 'ops/nn_ops.py',
  '    return (g1, g2, None)\n',
  '    pass\n', 'op formula', note="'return (g1, g2, None)' -> 'pass' at line 837")
M('auto-1904-ops.rnn_ops-165-11', 'ops/rnn_ops.py',
  '        if not self.uniform:\n',
  '        if self.uniform:\n', 'op formula', note="'not ' -> '' at line 165", nth=1)


# ---- lead sample 2002 (session 17, at cb67d6b; AUTO_MUTANTS_SEED=2002 COUNT=30 KINDS=all, the front-end
# files), measured at the end of the session; three survivors read as equivalent but were not argued
# then.  Session 18 read them to the end: dispatch-415 (needs flags) is real, a function hook sees
# the unneeded gradient (killed by test_wide_kills_s18); comparison-64 (an argname) is killed by
# test_wide_kills_ops' argname fixture, which the comparison subset lacked; tensor-37 is equivalent
# (argued below).  The nvprof kernel list (profiler-348) is killed by test_wide_kills_s18
M('auto-2002-storage-205-18', 'storage.py',
  '                i += n\n',
  '                i -= n\n', 'front-end', note='+= -> -= at line 205')
M('auto-2002-autograd.engine-182-37', 'autograd/engine.py',
  '                    if t._version[0] != item[1]:\n',
  '                    if t._version[0] == item[1]:\n', 'vjp', note='!= -> == at line 182')
M('auto-2002-autograd.variable-77-8', 'autograd/variable.py',
  '        self._data = value\n',
  '        pass\n', 'vjp', note="'self._data = value' -> 'pass' at line 77")
M('auto-2002-storage-147-71', 'storage.py',
  '        if not isinstance(size, int) or isinstance(size, bool) or size < 0:\n',
  '        if not isinstance(size, int) or isinstance(size, bool) or size <= 0:\n', 'front-end', note='< -> <= at line 147')
M('auto-2002-ops.backend_variable-249-77', 'ops/backend_variable.py',
  "    return _call(SCATTER_ADD_ZEROS, [g], {'shape': tuple(shape), 'dim': dim, 'index': index})\n",
  "    return _call(SCATTER_ADD_ZEROS, [g], {'shape': tuple(shape), 'dim': dim, 'Index': index})\n", 'front-end', note='"\'index\'" -> "\'Index\'" at line 249')
M('auto-2002-ops.dispatch-415-74', 'ops/dispatch.py',
  '    node.needs = (e[0] is not None, f[0] is not None) if fn is None or gn is None else _NEEDS_2\n',
  '    node.needs = (e[0] is not None, f[0] is not None) if fn is None or gn is not None else _NEEDS_2\n', 'fast path', note='is -> is not at line 415')
M('auto-2002-backend_numpy-41-52', 'backend_numpy.py',
  '            if (fa.c_contiguous or fa.f_contiguous) and (fb.c_contiguous or fb.f_contiguous):\n',
  '            if (fa.c_contiguous or fa.f_contiguous) or (fb.c_contiguous or fb.f_contiguous):\n', 'front-end', note="'and' -> 'or' at line 41")
M('auto-2002-autograd._functions.__init__-114-4', 'autograd/_functions/__init__.py',
  "    base = InplaceFunction if method.endswith('_') else Function\n",
  '    pass\n', 'vjp', note='"base = InplaceFunction if method.endswith(\'_\') else Function" -> \'pass\' at line 114')
M('auto-2002-ops.dispatch-193-24', 'ops/dispatch.py',
  '        result = result[0]\n',
  '        result = result[1]\n', 'fast path', note='0 -> 1 at line 193', nth=0)
M('auto-2002-ops.dispatch-548-8', 'ops/dispatch.py',
  '        self_copy = (old, old._version[0], old_var)\n',
  '        pass\n', 'fast path', note="'self_copy = (old, old._version[0], old_var)' -> 'pass' at line 548")
M('auto-2002-autograd.variable-257-8', 'autograd/variable.py',
  '        _autograd.backward(self, gradient, retain_graph, create_graph, retain_variables)\n',
  '        pass\n', 'vjp', note="'_autograd.backward(self, gradient, retain_graph, create_graph, retain_variables)' -> 'pass' at line 257")
M('auto-2002-autograd.engine-546-11', 'autograd/engine.py',
  '        if not empty and node._var_hooks:\n',
  '        if empty and node._var_hooks:\n', 'vjp', note="'not ' -> '' at line 546")
M('auto-2002-ops._args-50-16', 'ops/_args.py',
  "        head += ' (position %d)' % pos\n",
  "        head += ' (Position %d)' % pos\n", 'front-end', note='"\' (position %d)\'" -> "\' (Position %d)\'" at line 50')
M('auto-2002-autograd.variable-101-40', 'autograd/variable.py',
  '        if fn is not None and (type(fn) is OpNode or fn._kind != KIND_OP):\n',
  '        if fn is not None and (type(fn) is not OpNode or fn._kind != KIND_OP):\n', 'vjp', note='is -> is not at line 101')
M('auto-2002-ops.schema-410-8', 'ops/schema.py',
  '        raise variable_out_error()\n',
  '        pass\n', 'front-end', note="'raise variable_out_error()' -> 'pass' at line 410")
M('auto-2002-storage-57-8', 'storage.py',
  '        first = args[0]\n',
  '        pass\n', 'front-end', note="'first = args[0]' -> 'pass' at line 57")
M('auto-2002-ops.dispatch-399-4', 'ops/dispatch.py',
  '    volatile = v0._volatile or v1._volatile\n',
  '    pass\n', 'fast path', note="'volatile = v0._volatile or v1._volatile' -> 'pass' at line 399")
M('auto-2002-backend_numpy-350-37', 'backend_numpy.py',
  '    shape = a.shape[:dim] + (count,) + a.shape[dim + 1:] + (size,)\n',
  '    shape = a.shape[:dim] + (count,) - a.shape[dim + 1:] + (size,)\n', 'front-end', note='+ -> - at line 350')
M('auto-2002-storage-224-15', 'storage.py',
  '            if not 0 <= index < len(self._a):\n',
  '            if 0 <= index < len(self._a):\n', 'front-end', note="'not ' -> '' at line 224")
M('auto-2002-autograd.profiler-126-8', 'autograd/profiler.py',
  '        self._check_finish()\n',
  '        pass\n', 'vjp', note="'self._check_finish()' -> 'pass' at line 126", nth=3)
M('auto-2002-ops.comparison-64-47', 'ops/comparison.py',
  "        grad_fn=camel + 'Backward1', argnames=('self', 'other'),\n",
  "        grad_fn=camel + 'Backward1', argnames=('Self', 'other'),\n", 'front-end', note='"\'self\'" -> "\'Self\'" at line 64', nth=1)
M('auto-2002-tensor-575-27', 'tensor.py',
  '    return RuntimeError("can\'t convert a given np.ndarray to a tensor - it has an invalid "\n',
  '    return RuntimeError("Can\'t convert a given np.ndarray to a tensor - it has an invalid "\n', 'front-end', note='\'"can\\\'t convert a given np.ndarray to a tensor - it has an invalid "\' -> \'"Can\\\'t convert a given np.ndarray to a tensor - it has an invalid "\' at line 575')
M('auto-2002-ops.creation-253-15', 'ops/creation.py',
  "    m = n if m is None else _args.int_arg(m, 'eye', 'm', 2)\n",
  "    m = n if m is not None else _args.int_arg(m, 'eye', 'm', 2)\n", 'front-end', note='is -> is not at line 253')
M('auto-2002-autograd.profiler-348-8', 'autograd/profiler.py',
  "        evt.kernels.append((row['kernel_name'], row['kernel_end'] - row['kernel_start']))\n",
  '        pass\n', 'vjp', note='"evt.kernels.append((row[\'kernel_name\'], row[\'kernel_end\'] - row[\'kernel_start\']))" -> \'pass\' at line 348')
M('auto-2002-backend_numpy-256-8', 'backend_numpy.py',
  '        return out\n',
  '        pass\n', 'front-end', note="'return out' -> 'pass' at line 256", nth=1)
M('auto-2002-ops.schema-51-22', 'ops/schema.py',
  "VARIANTS = ('method', 'function', 'inplace', 'out', 'functional')\n",
  "VARIANTS = ('method', 'Function', 'inplace', 'out', 'functional')\n", 'front-end', note='"\'function\'" -> "\'Function\'" at line 51')
M('auto-2002-autograd._profiling-138-8', 'autograd/_profiling.py',
  '        raise RuntimeError("can\'t disable profiler when it\'s not running")\n',
  '        pass\n', 'vjp', note='(session 21: 0.3.1 text) ' '\'raise RuntimeError("can\\\'t disable profiler when it\\\'s not enabled")\' -> \'pass\' at line 138')
M('auto-2002-ops.dispatch-70-4', 'ops/dispatch.py',
  '    options = schema.overload_options(base, first.type(), _argname(op, i))\n',
  '    pass\n', 'fast path', note="'options = schema.overload_options(name, first.type(), _argname(op, i))' -> 'pass' at line 70 (name is base since session 18)")
M('auto-2002-tensor-37-4', 'tensor.py',
  '    _info = None          # TypeInfo, set on each concrete class\n',
  '    pass          # TypeInfo, set on each concrete class\n', 'front-end', note="'_info = None' -> 'pass' at line 37",
  equivalent='every class that is instantiated sets its own _info (the dense concrete classes in '
             'tensor.py, sparse its _DenseOnly); _TensorBase itself is never instantiated and its '
             '_info is never read (torch.Tensor is FloatTensor), so the base default is unread')
M('auto-2002-ops.comparison-245-12', 'ops/comparison.py',
  '            setattr(cls, name, fn)\n',
  '            pass\n', 'front-end', note="'setattr(cls, name, fn)' -> 'pass' at line 245")


# ---- lead sample 2101 (session 18, at bdbb072; AUTO_MUTANTS_SEED=2101 COUNT=40 KINDS=all, the
# front-end files as seed 1801), measured before any test written for it: 30 of 40 killed by their
# subsets, 2 more by 15 wider files (test_inplace_views' double backward through a view, test_indexing's
# gather parity), 4 argued equivalent (below): 32 of 36 = 88.9%.  The 4 real survivors (gradgradcheck's
# raise_exception default, an in-place method's name in a type error, geometric_'s name in a generator
# error, is_shared() answering None) are killed by test_wide_kills_s18.py; gradgradcheck's parameter went
# with the 0.4 parameters (0.3.1's gradcheck.py has neither), so its entry is gradcheck's default now
M('auto-2101-ops.dispatch-459-16', 'ops/dispatch.py',
  '                return self\n',
  '                pass\n', 'fast path', note="'return self' -> 'pass' at line 459", nth=0)
M('auto-2101-ops.dispatch-404-49', 'ops/dispatch.py',
  '                                             and not v1._requires_grad):\n',
  '                                             and v1._requires_grad):\n', 'fast path', note="'not ' -> '' at line 404")
M('auto-2101-ops.arithmetic-482-22', 'ops/arithmetic.py',
  "                      '__ipow__': _ipow_variable}\n",
  "                      '__Ipow__': _ipow_variable}\n", 'front-end', note='"\'__ipow__\'" -> "\'__Ipow__\'" at line 482')
M('auto-2101-ops.backend_variable-339-13', 'ops/backend_variable.py',
  '    return g * _const(keep.reshape(g._data._a.shape), g)\n',
  '    return g / _const(keep.reshape(g._data._a.shape), g)\n', 'front-end', note='* -> / at line 339')
M('auto-2101-ops.dispatch-332-8', 'ops/dispatch.py',
  '        _unquiet(token)\n',
  '        pass\n', 'fast path', note="'_unquiet(token)' -> 'pass' at line 332", nth=3)
M('auto-2101-autograd.gradcheck-226-69', 'autograd/gradcheck.py',
  'def gradcheck(func, inputs, eps=1e-6, atol=1e-5, rtol=1e-3, raise_exception=True):\n',
  'def gradcheck(func, inputs, eps=1e-6, atol=1e-5, rtol=1e-3, raise_exception=False):\n', 'vjp',
  note="'True' -> 'False': drawn on gradgradcheck's raise_exception default, a 0.4 parameter "
       "since removed; kept as the same change to gradcheck's default")
M('auto-2101-autograd.gradcheck-132-4', 'autograd/gradcheck.py',
  '    reentrant = True\n',
  '    pass\n', 'vjp', note="'reentrant = True' -> 'pass' at line 132")
M('auto-2101-autograd.variable-299-8', 'autograd/variable.py',
  '        self.register_hook(retain_grad_hook)\n',
  '        pass\n', 'vjp', note="'self.register_hook(retain_grad_hook)' -> 'pass' at line 299")
M('auto-2101-autograd.function-491-33', 'autograd/function.py',
  '        return r if B is not _NB or r.dtype == dtype else r.astype(dtype)\n',
  '        return r if B is not _NB and r.dtype == dtype else r.astype(dtype)\n', 'vjp', note='or -> and at line 491')
M('auto-2101-storage-128-47', 'storage.py',
  '            if np.dtype(cls._dtype).itemsize > 1 else np.dtype(cls._dtype)\n',
  '            if np.dtype(cls._dtype).itemsize > 0 else np.dtype(cls._dtype)\n', 'front-end', note='1 -> 0 at line 128',
  equivalent="numpy ignores the byte order of one-byte dtypes: newbyteorder on uint8/int8 gives the same dtype, so the 1-byte storages read the same bytes either way (checked for '=', '<', '>')")
M('auto-2101-autograd.engine-409-12', 'autograd/engine.py',
  '    if _HOT and len(roots) == 1:\n',
  '    if _HOT or len(roots) == 1:\n', 'vjp', note="'and' -> 'or' at line 409")
M('auto-2101-autograd.gradcheck-91-4', 'autograd/gradcheck.py',
  '    return input\n',
  '    pass\n', 'vjp', note="'return input' -> 'pass' at line 91")
M('auto-2101-autograd.engine-302-15', 'autograd/engine.py',
  "            np.add(a, b, out=a, casting='unsafe')\n",
  "            np.subtract(a, b, out=a, casting='unsafe')\n", 'vjp', note="'add' -> 'subtract' at line 302")
M('auto-2101-ops.arithmetic-188-55', 'ops/arithmetic.py',
  '        ok = is_number(value) or (is_tensorlike(value) and (\n',
  '        ok = is_number(value) or (is_tensorlike(value) or (\n', 'front-end', note="'and' -> 'or' at line 188",
  equivalent="real when drawn (counted so in its sample); since session 18's review mend the dispatcher names a tensor's in-place method and shows int value itself (check_same_type(inplace), schema.overload_options), so this pre-check's tensor-of-another-type case gives the same text (probed: 8 x 7 type pairs x 16 ops, identical)")
M('auto-2101-storage-84-39', 'storage.py',
  '                                       % (type(first).__name__, errors.legacy_typename(item),\n',
  '                                       // (type(first).__name__, errors.legacy_typename(item),\n', 'front-end', note='% -> // at line 84')
M('auto-2101-backend_numpy-120-14', 'backend_numpy.py',
  '    return np.zeros(shape, dtype=like.dtype)\n',
  '    return np.ones(shape, dtype=like.dtype)\n', 'front-end', note="'zeros' -> 'ones' at line 120")
M('auto-2101-ops.schema-440-4', 'ops/schema.py',
  '    return out\n',
  '    pass\n', 'front-end', note="'return out' -> 'pass' at line 440", nth=1)
M('auto-2101-autograd.function-629-8', 'autograd/function.py',
  '        tensor_args = [a._data if isinstance(a, Variable) else a for a in args]\n',
  '        pass\n', 'vjp', note="'tensor_args = [a._data if isinstance(a, Variable) else a for a in args]' -> 'pass' at line 629")
M('auto-2101-autograd.gradcheck-239-8', 'autograd/gradcheck.py',
  '        grad_outputs = tuple(randn_like(x) for x in outputs)\n',
  '        pass\n', 'vjp', note="'grad_outputs = tuple(randn_like(x) for x in outputs)' -> 'pass' at line 239")
M('auto-2101-autograd.function-297-8', 'autograd/function.py',
  '        executable = requires and not volatile\n',
  '        pass\n', 'vjp', note="'executable = requires and not volatile' -> 'pass' at line 297", nth=1)
M('auto-2101-ops.creation-138-8', 'ops/creation.py',
  '        gen.fill_uniform(t._a, 0.0, 1.0)\n',
  '        pass\n', 'front-end', note="'gen.fill_uniform(t._a, 0.0, 1.0)' -> 'pass' at line 138")
M('auto-2101-ops.creation-318-4', 'ops/creation.py',
  '    out = type(t)._wrap(np.empty_like(t._a))\n',
  '    pass\n', 'front-end', note="'out = type(t)._wrap(np.empty_like(t._a))' -> 'pass' at line 318")
M('auto-2101-autograd.profiler-362-41', 'autograd/profiler.py',
  "    row = '{: <' + str(name_width) + '}' + col * 5\n",
  "    row = '{: <' + str(name_width) + '}' - col * 5\n", 'vjp', note='+ -> - at line 362')
M('auto-2101-backend_numpy-444-66', 'backend_numpy.py',
  "    return provided.conv_input_grad(g, w, x_shape, p['stride'], p['padding'], p['dilation'],\n",
  "    return provided.conv_input_grad(g, w, x_shape, p['stride'], p['Padding'], p['dilation'],\n", 'front-end', note='"\'padding\'" -> "\'Padding\'" at line 444')
M('auto-2101-ops.dispatch-85-24', 'ops/dispatch.py',
  '                and (tf is Variable or tf in TENSOR_CLASS_SET):\n',
  '                and (tf is not Variable or tf in TENSOR_CLASS_SET):\n', 'fast path', note='is -> is not at line 85',
  equivalent="the shortcut only returns early; with 'is not' a pair of Variables falls through to the general loop, which accepts the same pairs, and any other same-type pair the loop also accepts: same errors and results (probed on 4 x 4 type/kind pairings x 3 ops, and the fast-path oracle's direct program)")
M('auto-2101-ops.dispatch-557-12', 'ops/dispatch.py',
  '            _rebase(base, self)\n',
  '            pass\n', 'fast path', note="'_rebase(base, self)' -> 'pass' at line 557")
M('auto-2101-autograd.__init__-106-12', 'autograd/__init__.py',
  '            nr = inp._output_nr\n',
  '            pass\n', 'vjp', note="'nr = inp._output_nr' -> 'pass' at line 106")
M('auto-2101-ops.arithmetic-201-12', 'ops/arithmetic.py',
  '            and (other is not None or type(value) is not float and type(value) is not int):\n',
  '            or (other is not None or type(value) is not float and type(value) is not int):\n', 'front-end', note="'and' -> 'or' at line 201")
M('auto-2101-ops.creation-390-51', 'ops/creation.py',
  "    return _fill(self, rng.generator_of(generator, 'geometric_').fill_geometric,\n",
  "    return _fill(self, rng.generator_of(generator, 'Geometric_').fill_geometric,\n", 'front-end', note='"\'geometric_\'" -> "\'Geometric_\'" at line 390')
M('auto-2101-ops.arithmetic-373-4', 'ops/arithmetic.py',
  "    check_supported(self, 'neg_' if _inplace else 'neg')       # not Byte, Char (0.3.1)\n",
  '    pass       # not Byte, Char (0.3.1)\n', 'front-end', note='"check_supported(self, \'neg_\' if _inplace else \'neg\')" -> \'pass\' at line 373')
M('auto-2101-backend_numpy-64-0', 'backend_numpy.py',
  'provided = types.SimpleNamespace()\n',
  'pass\n', 'front-end', note="'provided = types.SimpleNamespace()' -> 'pass' at line 64")
M('auto-2101-ops.arithmetic-331-12', 'ops/arithmetic.py',
  '            raise AssertionError((scalar_op, tensor_op))\n',
  '            pass\n', 'front-end', note="'raise AssertionError((scalar_op, tensor_op))' -> 'pass' at line 331",
  equivalent="the reference-mode twin's guard: run is a module function, never None, so the raise never runs (it exists to close over the fast front-end's names)")
M('auto-2101-ops.schema-292-19', 'ops/schema.py',
  '            if err is None:\n',
  '            if err is not None:\n', 'front-end', note='is -> is not at line 292', nth=0)
M('auto-2101-storage-533-4', 'storage.py',
  '    return False\n',
  '    pass\n', 'front-end', note="'return False' -> 'pass' at line 533", nth=1)
M('auto-2101-tensor-291-8', 'tensor.py',
  '        return self\n',
  '        pass\n', 'front-end', note="'return self' -> 'pass' at line 291", nth=4)
M('auto-2101-backend_numpy-38-54', 'backend_numpy.py',
  '        if (dt is _F4 or dt is _F8) and b.dtype is dt and sa[1] == sb[0]:\n',
  '        if (dt is _F4 or dt is _F8) and b.dtype is dt or sa[1] == sb[0]:\n', 'front-end', note="'and' -> 'or' at line 38",
  equivalent="with 'or', integer products of 4096+ elements go to numpy.matmul instead of numpy.dot: both are exact integer arithmetic with the same wraparound (probed on every integer type, both layouts), and HalfTensor has no mm; mixed dtypes never reach it")
M('auto-2101-backend_numpy-309-41', 'backend_numpy.py',
  '    if a.shape[:dim] + a.shape[dim + 1:] == index.shape[:dim] + index.shape[dim + 1:]:\n',
  '    if a.shape[:dim] + a.shape[dim + 1:] != index.shape[:dim] + index.shape[dim + 1:]:\n', 'front-end', note='== -> != at line 309')
M('auto-2101-tensor-187-24', 'tensor.py',
  '        if self._a.size == 0:\n',
  '        if self._a.size != 0:\n', 'front-end', note='== -> != at line 187', nth=1)
M('auto-2101-autograd._functions.__init__-86-75', 'autograd/_functions/__init__.py',
  '                       if isinstance(o, Variable) and (not o.requires_grad or method in _MASKS)]\n',
  '                       if isinstance(o, Variable) and (not o.requires_grad and method in _MASKS)]\n', 'vjp', note='or -> and at line 86')
# auto-2101-autograd.gradcheck-222-4 (_make_non_contiguous's return -> pass, killed by its subset) is
# gone with its function: gen_non_contig_grad_outputs came with 0.4


# ---- lead sample 2102 (session 18, at 786ca9f; AUTO_MUTANTS_SEED=2102 COUNT=40 KINDS=all, the
# front-end files as seed 1801), measured before any test written for it: 32 of 40 killed by their
# subsets, 2 more by 15 wider files (test_nn_functional's softplus parity, test_storage_views' sliced
# storage), none equivalent: 34 of 40 = 85.0%.  The 6 real survivors (call_variable2's needs flags with
# a constant first operand, parse_cpu_trace without a start marker, a legacy Function's missing-backward
# text, its to_save text, typename of non-tensors, DoubleTensor.is_signed) are killed by
# test_wide_kills_s18.py and the fast-path oracle's mixed-operand needs record
M('auto-2102-autograd.function-500-18', 'autograd/function.py',
  '    nf = nexts[i][0] if i < len(nexts) else None\n',
  '    nf = nexts[i][1] if i < len(nexts) else None\n', 'vjp', note='0 -> 1 at line 500')
M('auto-2102-ops.dispatch-415-60', 'ops/dispatch.py',
  '    node.needs = (e[0] is not None, f[0] is not None) if fn is None or gn is None else _NEEDS_2\n',
  '    node.needs = (e[0] is not None, f[0] is not None) if fn is not None or gn is None else _NEEDS_2\n', 'fast path', note='is -> is not at line 415')
M('auto-2102-ops.backend_variable-70-4', 'ops/backend_variable.py',
  '    p = ctx.params\n',
  '    pass\n', 'front-end', note="'p = ctx.params' -> 'pass' at line 70")
M('auto-2102-ops.schema-220-20', 'ops/schema.py',
  "    if 'functional' in variants:\n",
  "    if 'functional' not in variants:\n", 'front-end', note='in -> not in at line 220')
M('auto-2102-ops.half-40-54', 'ops/half.py',
  "    '__imul__': 'mul_', '__pow__': 'pow', '__ipow__': 'pow_', '__div__': 'div',\n",
  "    '__imul__': 'mul_', '__pow__': 'pow', '__ipow__': 'Pow_', '__div__': 'div',\n", 'front-end', note='"\'pow_\'" -> "\'Pow_\'" at line 40')
M('auto-2102-backend_numpy-468-50', 'backend_numpy.py',
  "    return provided.avg_pool_backward(g, shape, p['kernel_size'], p['stride'], p['padding'],\n",
  "    return provided.avg_pool_backward(g, shape, p['Kernel_size'], p['stride'], p['padding'],\n", 'front-end', note='"\'kernel_size\'" -> "\'Kernel_size\'" at line 468')
M('auto-2102-autograd.profiler-267-4', 'autograd/profiler.py',
  '    start_time = None\n',
  '    pass\n', 'vjp', note="'start_time = None' -> 'pass' at line 267")
M('auto-2102-ops.arithmetic-64-51', 'ops/arithmetic.py',
  '                    g * ctx.inputs[0] if ctx.needs[1] else None),\n',
  '                    g * ctx.inputs[0] if ctx.needs[2] else None),\n', 'front-end', note='1 -> 2 at line 64')
M('auto-2102-ops.schema-113-39', 'ops/schema.py',
  '                 shapes=None, receiver=True, variables=True, random=False, nograd=(),\n',
  '                 shapes=None, receiver=False, variables=True, random=False, nograd=(),\n', 'front-end', note="'True' -> 'False' at line 113")
M('auto-2102-autograd.engine-105-4', 'autograd/engine.py',
  "    return name if isinstance(name, str) else '<unknown>'\n",
  '    pass\n', 'vjp', note='"return name if isinstance(name, str) else \'<unknown>\'" -> \'pass\' at line 105')
# auto-2102-autograd.function-184-31 (the "doesn't implement a required 'backward' method" text,
# a survivor) is gone with its line: 0.3.1 could never reach that check (Function has a backward),
# so the lookup is now 0.3.1's plain call, tested in test_wide_kills_s18
M('auto-2102-backend_numpy-440-60', 'backend_numpy.py',
  "    return provided.conv_forward(x, w, None, p['stride'], p['padding'], p['dilation'], p['groups'])\n",
  "    return provided.conv_forward(x, w, None, p['stride'], p['Padding'], p['dilation'], p['groups'])\n", 'front-end', note='"\'padding\'" -> "\'Padding\'" at line 440')
M('auto-2102-ops.schema-243-4', 'ops/schema.py',
  '    _publish(name, forms)\n',
  '    pass\n', 'front-end', note="'_publish(name, forms)' -> 'pass' at line 243")
M('auto-2102-autograd.engine-60-4', 'autograd/engine.py',
  '    VB = backend\n',
  '    pass\n', 'vjp', note="'VB = backend' -> 'pass' at line 60")
M('auto-2102-autograd.variable-177-12', 'autograd/variable.py',
  '            raise AttributeError("\'Variable\' object has no attribute \'retains_grad\'")\n',
  '            pass\n', 'vjp', note='\'raise AttributeError("\\\'Variable\\\' object has no attribute \\\'retains_grad\\\'")\' -> \'pass\' at line 177')
M('auto-2102-tensor-501-53', 'tensor.py',
  "    return errors.invalid_arguments('%s constructor' % name, all_args, options)\n",
  "    return errors.invalid_arguments('%s constructor' // name, all_args, options)\n", 'front-end', note='% -> // at line 501')
M('auto-2102-autograd._profiling-54-14', 'autograd/_profiling.py',
  "        state['depth'] = 1\n",
  "        state['Depth'] = 1\n", 'vjp', note='"\'depth\'" -> "\'Depth\'" at line 54', nth=0)
M('auto-2102-storage-304-8', 'storage.py',
  '        return self.type(DoubleStorage)\n',
  '        pass\n', 'front-end', note="'return self.type(DoubleStorage)' -> 'pass' at line 304")
M('auto-2102-autograd.function-461-39', 'autograd/function.py',
  "                           'but is %s' % tp_name(to_save))\n",
  "                           'but is %s' // tp_name(to_save))\n", 'vjp', note='% -> // at line 461')
M('auto-2102-autograd.nodes-135-12', 'autograd/nodes.py',
  '            stack.append(nf)\n',
  '            pass\n', 'vjp', note="'stack.append(nf)' -> 'pass' at line 135")
M('auto-2102-tensor-596-4', 'tensor.py',
  "    module = getattr(o, '__module__', None)\n",
  '    pass\n', 'front-end', note='"module = getattr(o, \'__module__\', None)" -> \'pass\' at line 596')
M('auto-2102-autograd.engine-126-4', 'autograd/engine.py',
  '    changed = False\n',
  '    pass\n', 'vjp', note="'changed = False' -> 'pass' at line 126", nth=0)
M('auto-2102-dtypes-28-41', 'dtypes.py',
  "    TypeInfo('Double', np.float64, True, True),\n",
  "    TypeInfo('Double', np.float64, True, False),\n", 'front-end', note="'True' -> 'False' at line 28")
M('auto-2102-ops.dispatch-92-16', 'ops/dispatch.py',
  '                raise type_error(op, inputs, i, inplace)\n',
  '                pass\n', 'fast path', note="'raise type_error(op, inputs, i)' -> 'pass' at line 92", nth=0)
M('auto-2102-autograd.engine-100-69', 'autograd/engine.py',
  '    return Variable._make(CLASS_BY_DTYPE[g.dtype]._wrap(g), volatile=not create_graph)\n',
  '    return Variable._make(CLASS_BY_DTYPE[g.dtype]._wrap(g), volatile=create_graph)\n', 'vjp', note="'not ' -> '' at line 100")
M('auto-2102-ops.dispatch-85-16', 'ops/dispatch.py',
  '                and (tf is Variable or tf in TENSOR_CLASS_SET):\n',
  '                or (tf is Variable or tf in TENSOR_CLASS_SET):\n', 'fast path', note="'and' -> 'or' at line 85")
M('auto-2102-ops.creation-87-4', 'ops/creation.py',
  "    cls = cls or _OUT_CLS[0] or _default_type['cls']        # _default_cls(), inline\n",
  '    pass        # _default_cls(), inline\n', 'front-end', note='"cls = cls or _OUT_CLS[0] or _default_type[\'cls\']" -> \'pass\' at line 87')
M('auto-2102-ops.backend_variable-163-4', 'ops/backend_variable.py',
  '    return a.exp()\n',
  '    pass\n', 'front-end', note="'return a.exp()' -> 'pass' at line 163")
M('auto-2102-ops.schema-343-37', 'ops/schema.py',
  "            params.append('%s=_k_%s' % (n, n))\n",
  "            params.append('%s=_k_%s' // (n, n))\n", 'front-end', note='% -> // at line 343')
M('auto-2102-storage-516-13', 'storage.py',
  '    if token is not held and held.dtype == a.dtype and held.ndim == 1 \\\n',
  '    if token is held and held.dtype == a.dtype and held.ndim == 1 \\\n', 'front-end', note="'is not' -> 'is' at line 516", nth=1)
M('auto-2102-tensor-434-22', 'tensor.py',
  '    return walk(data, 0, ()) if sizes else None\n',
  '    return walk(data, 1, ()) if sizes else None\n', 'front-end', note='0 -> 1 at line 434')
M('auto-2102-autograd.function-527-4', 'autograd/function.py',
  '    name = type(fn).__name__\n',
  '    pass\n', 'vjp', note="'name = type(fn).__name__' -> 'pass' at line 527")
M('auto-2102-ops.creation-159-27', 'ops/creation.py',
  "        raise RuntimeError('invalid argument 3: step must be a non-null number')\n",
  "        raise RuntimeError('Invalid argument 3: step must be a non-null number')\n", 'front-end', note='"\'invalid argument 3: step must be a non-null number\'" -> "\'Invalid argument 3: step must be a non-null number\'" at line 159')
M('auto-2102-autograd._functions.__init__-104-8', 'autograd/_functions/__init__.py',
  '        k = 0\n',
  '        pass\n', 'vjp', note="'k = 0' -> 'pass' at line 104")
M('auto-2102-ops.dispatch-250-4', 'ops/dispatch.py',
  '    node.op = op\n',
  '    pass\n', 'fast path', note="'node.op = op' -> 'pass' at line 250", nth=0)
M('auto-2102-ops._args-122-4', 'ops/_args.py',
  '    return checked\n',
  '    pass\n', 'front-end', note="'return checked' -> 'pass' at line 122")
M('auto-2102-ops.dispatch-624-4', 'ops/dispatch.py',
  '    extra = None\n',
  '    pass\n', 'fast path', note="'extra = None' -> 'pass' at line 624", nth=1)
M('auto-2102-ops.schema-130-24', 'ops/schema.py',
  '        if not receiver and variants is None:\n',
  '        if not receiver or variants is None:\n', 'front-end', note="'and' -> 'or' at line 130")
M('auto-2102-autograd.function-233-12', 'autograd/function.py',
  '            cls._backward_cls = backward_cls\n',
  '            pass\n', 'vjp', note="'cls._backward_cls = backward_cls' -> 'pass' at line 233")
M('auto-2102-ops.arithmetic-115-4', 'ops/arithmetic.py',
  '    return (g * e * ctx.B.pow(x, e - 1),)\n',
  '    pass\n', 'front-end', note="'return (g * e * ctx.B.pow(x, e - 1),)' -> 'pass' at line 115")


# ---- lead sample 2103 (session 18, at 2d1b229; AUTO_MUTANTS_SEED=2103 COUNT=40 KINDS=all, the
# front-end files as seed 1801), measured before any test written for it: 37 of 40 killed by their
# subsets, 2 argued equivalent (below), 1 real survivor (prepare_onnx_paddings, never tested; now in
# test_wide_kills_s18.py): 37 of 38 = 97.4%
M('auto-2103-autograd.profiler-175-40', 'autograd/profiler.py',
  "    cpu_time_total_str = attr_formatter('cpu_time_total')\n",
  "    cpu_time_total_str = attr_formatter('Cpu_time_total')\n", 'vjp', note='"\'cpu_time_total\'" -> "\'Cpu_time_total\'" at line 175')
M('auto-2103-tensor-37-4', 'tensor.py',
  '    _info = None          # TypeInfo, set on each concrete class\n',
  '    pass          # TypeInfo, set on each concrete class\n', 'front-end', note="'_info = None' -> 'pass' at line 37")
M('auto-2103-ops._args-168-8', 'ops/_args.py',
  '        return value\n',
  '        pass\n', 'front-end', note="'return value' -> 'pass' at line 168", nth=1)
M('auto-2103-ops._args-37-13', 'ops/_args.py',
  '    if value is OMITTED:\n',
  '    if value is not OMITTED:\n', 'front-end', note='is -> is not at line 37')
M('auto-2103-storage-186-8', 'storage.py',
  '        self._a = shared_copy(self._a)\n',
  '        pass\n', 'front-end', note="'self._a = shared_copy(self._a)' -> 'pass' at line 186")
M('auto-2103-autograd.function-225-23', 'autograd/function.py',
  '            if forward is not None:\n',
  '            if forward is None:\n', 'vjp', note="'is not' -> 'is' at line 225")
M('auto-2103-ops.arithmetic-92-86', 'ops/arithmetic.py',
  '                    -g * ctx.inputs[0] / (ctx.inputs[1] * ctx.inputs[1]) if ctx.needs[1] else None),\n',
  '                    -g * ctx.inputs[0] / (ctx.inputs[1] * ctx.inputs[1]) if ctx.needs[2] else None),\n', 'front-end', note='1 -> 2 at line 92')
M('auto-2103-ops._common-111-15', 'ops/_common.py',
  '        if cur != 1 and cur != target[i]:\n',
  '        if cur == 1 and cur != target[i]:\n', 'front-end', note='!= -> == at line 111')
M('auto-2103-tensor-63-11', 'tensor.py',
  '        if all(_is_int(a) for a in args):\n',
  '        if any(_is_int(a) for a in args):\n', 'front-end', note="'all' -> 'any' at line 63")
M('auto-2103-autograd.gradcheck-235-4', 'autograd/gradcheck.py',
  '    n_go = len(grad_outputs)\n',
  '    pass\n', 'vjp', note="'n_go = len(grad_outputs)' -> 'pass' at line 235")
M('auto-2103-storage-206-21', 'storage.py',
  '            if not 0 <= i < n:\n',
  '            if not 0 < i < n:\n', 'front-end', note='<= -> < at line 206')
M('auto-2103-storage-87-16', 'storage.py',
  '                self._a = np.array(list(first), dtype=cls._dtype).reshape(-1)\n',
  '                pass\n', 'front-end', note="'self._a = np.array(list(first), dtype=cls._dtype).reshape(-1)' -> 'pass' at line 87")
M('auto-2103-autograd.gradcheck-145-20', 'autograd/gradcheck.py',
  '                    correct_grad_sizes = False\n',
  '                    pass\n', 'vjp', note="'correct_grad_sizes = False' -> 'pass' at line 145")
M('auto-2103-autograd.engine-272-16', 'autograd/engine.py',
  '                out[i] = B.fix_grad(r, shape, dtype)\n',
  '                pass\n', 'vjp', note="'out[i] = B.fix_grad(r, shape, dtype)' -> 'pass' at line 272")
M('auto-2103-ops.arithmetic-72-4', 'ops/arithmetic.py',
  '    q = np.floor_divide(a, b)\n',
  '    pass\n', 'front-end', note="'q = np.floor_divide(a, b)' -> 'pass' at line 72")
M('auto-2103-tensor-588-20', 'tensor.py',
  '    if ndarray.size == 0:\n',
  '    if ndarray.size != 0:\n', 'front-end', note='== -> != at line 588 (now in array_to_tensor)', nth=1)
M('auto-2103-ops.dispatch-293-30', 'ops/dispatch.py',
  '        if save_inputs == (0, 1) and n == 2 and self_copy is None:\n',
  '        if save_inputs == (0, 0) and n == 2 and self_copy is None:\n', 'fast path', note='1 -> 0 at line 293',
  equivalent="the unrolled (0, 1) case builds the same tuple the general loop builds ((data, version, Variable) per input, _saved_entry); without it every two-input op takes the loop: same saved values, flags and freeing (the fast-path oracle's saved-flag records agree)")
M('auto-2103-ops.dispatch-390-79', 'ops/dispatch.py',
  '    if type(result) is _ndarray and result.dtype is cls._dtype and result.ndim and result.size:\n',
  '    if type(result) is _ndarray and result.dtype is cls._dtype and result.ndim or result.size:\n', 'fast path', note="'and' -> 'or' at line 390", nth=2,
  equivalent="call_variable2's results always have the inputs' dtype and at least one dim (0.3 has no 0-d tensors; empties are (0,)), so 'or result.size' admits nothing the 'and' chain refuses: an empty (0,) result is the same wrapped either way (probed: 7 types x 3 shapes x 5 operators x requires_grad, and mm)")
M('auto-2103-ops.type_support-90-16', 'ops/type_support.py',
  "    if receiver == 'variable' and name in TENSOR_METHOD_REACHED:\n",
  "    if receiver != 'variable' and name in TENSOR_METHOD_REACHED:\n", 'front-end', note='== -> != at line 90')
M('auto-2103-ops.backend_variable-77-48', 'ops/backend_variable.py',
  "    lambda ctx, g: (ctx.B.getitem(g, ctx.params['key']),),\n",
  "    lambda ctx, g: (ctx.B.getitem(g, ctx.params['Key']),),\n", 'front-end', note='"\'key\'" -> "\'Key\'" at line 77')
M('auto-2103-ops.dispatch-40-4', 'ops/dispatch.py',
  '    return name\n',
  '    pass\n', 'fast path', note="'return name' -> 'pass' at line 40")
M('auto-2103-autograd.nodes-62-8', 'autograd/nodes.py',
  '        return handle\n',
  '        pass\n', 'vjp', note="'return handle' -> 'pass' at line 62")
M('auto-2103-ops.creation-367-4', 'ops/creation.py',
  '    return _fill(self, gen.fill_random, *args)\n',
  '    pass\n', 'front-end', note="'return _fill(self, gen.fill_random, *args)' -> 'pass' at line 367")
M('auto-2103-autograd.engine-518-20', 'autograd/engine.py',
  '                    v._volatile = True\n',
  '                    pass\n', 'vjp', note="'v._volatile = True' -> 'pass' at line 518")
M('auto-2103-ops.backend_variable-337-14', 'ops/backend_variable.py',
  '    keep = np.ones(g._data._a.size, dtype=g._data._a.dtype)\n',
  '    keep = np.zeros(g._data._a.size, dtype=g._data._a.dtype)\n', 'front-end', note="'ones' -> 'zeros' at line 337")
M('auto-2103-ops.type_support-78-8', 'ops/type_support.py',
  '        typename = cls._info.typename\n',
  '        pass\n', 'front-end', note="'typename = cls._info.typename' -> 'pass' at line 78")
M('auto-2103-autograd.function-257-8', 'autograd/function.py',
  '        ctx = cls._backward_cls()\n',
  '        pass\n', 'vjp', note="'ctx = cls._backward_cls()' -> 'pass' at line 257")
M('auto-2103-ops.dispatch-606-8', 'ops/dispatch.py',
  '        t = type(first._data)\n',
  '        pass\n', 'fast path', note="'t = type(first._data)' -> 'pass' at line 606", nth=1)
M('auto-2103-backend_numpy-397-8', 'backend_numpy.py',
  '        out[tuple(dst)] = a[tuple(src)]\n',
  '        pass\n', 'front-end', note="'out[tuple(dst)] = a[tuple(src)]' -> 'pass' at line 397")
M('auto-2103-tensor-470-49', 'tensor.py',
  "        if arr.dtype == object or arr.dtype.kind in 'USV':\n",
  "        if arr.dtype == object or arr.dtype.kind not in 'USV':\n", 'front-end', note='in -> not in at line 470')
M('auto-2103-ops.arithmetic-177-44', 'ops/arithmetic.py',
  "    return errors.invalid_arguments(name + ('_' if inplace else ''), list(args),\n",
  "    return errors.invalid_arguments(name + ('_X' if inplace else ''), list(args),\n", 'front-end', note='"\'_\'" -> "\'_X\'" at line 177')
M('auto-2103-storage-85-80', 'storage.py',
  "                                          'float' if cls._info.is_floating else 'int'))\n",
  "                                          'float' if cls._info.is_floating else 'Int'))\n", 'front-end', note='"\'int\'" -> "\'Int\'" at line 85')
M('auto-2103-ops.arithmetic-246-74', 'ops/arithmetic.py',
  "    return _binary(self, value, other, SUB_SCALAR, SUB, SUB_ALPHA, 'sub', False, alpha)\n",
  "    return _binary(self, value, other, SUB_SCALAR, SUB, SUB_ALPHA, 'sub', True, alpha)\n", 'front-end', note="'False' -> 'True' at line 246")
M('auto-2103-autograd.profiler-366-8', 'autograd/profiler.py',
  "        lines.append('=' * (name_width + (col_width + 2) * 5))\n",
  '        pass\n', 'vjp', note='"lines.append(\'=\' * (name_width + (col_width + 2) * 5))" -> \'pass\' at line 366')
M('auto-2103-ops.dispatch-128-66', 'ops/dispatch.py',
  '        return tuple(_wrap_out(r, out_cls or type(first)) if k == 0 else _wrap_any(r)\n',
  '        return tuple(_wrap_out(r, out_cls or type(first)) if k == 1 else _wrap_any(r)\n', 'fast path', note='0 -> 1 at line 128', nth=0)
M('auto-2103-autograd._functions.utils-11-32', 'autograd/_functions/utils.py',
  '    paddings = paddings[-2::-2] + paddings[-1::-2]\n',
  '    paddings = paddings[-2::-2] - paddings[-1::-2]\n', 'vjp', note='+ -> - at line 11')
M('auto-2103-autograd.variable-319-27', 'autograd/variable.py',
  "                           'next_state, reward = env.step(action)\\n'\n",
  "                           'Next_state, reward = env.step(action)\\n'\n", 'vjp', note='"\'next_state, reward = env.step(action)\\\\n\'" -> "\'Next_state, reward = env.step(action)\\\\n\'" at line 319', nth=0)
M('auto-2103-ops.dispatch-334-8', 'ops/dispatch.py',
  '        _unquiet(token)\n',
  '        pass\n', 'fast path', note="'_unquiet(token)' -> 'pass' at line 334", nth=3)
M('auto-2103-ops.schema-302-22', 'ops/schema.py',
  "    return '_inplace' in code.co_varnames[code.co_argcount:code.co_argcount + code.co_kwonlyargcount]\n",
  "    return '_inplace' not in code.co_varnames[code.co_argcount:code.co_argcount + code.co_kwonlyargcount]\n", 'front-end', note='in -> not in at line 302')
M('auto-2103-autograd.__init__-74-60', 'autograd/__init__.py',
  "                                   'Variable requires grad' % i)\n",
  "                                   'Variable requires grad' // i)\n", 'vjp', note='% -> // at line 74')


# ---- lead sample 2104 (session 18, at bdb7f18; AUTO_MUTANTS_SEED=2104 COUNT=40 KINDS=all, the
# front-end files as seed 1801), measured before any test written for it: 29 of 40 killed by their
# subsets, 2 more by 15 wider files (test_sparse_gradients' dense gradient on a sparse .grad,
# test_bad_input_messages' randperm text; both files now in those subsets), 4 argued equivalent
# (below): 31 of 36 = 86.1%.  The 5 real survivors (gradcheck without a differentiable output, the
# one-element pointwise fallback, gather's second-order node name, eye(1), an integer tensor's
# "int value" in the dispatcher's list) are killed by test_wide_kills_s18.py
M('auto-2104-autograd.gradcheck-205-7', 'autograd/gradcheck.py',
  '    if any(o.requires_grad for o in output):\n',
  '    if all(o.requires_grad for o in output):\n', 'vjp', note="'any' -> 'all' at line 205")
M('auto-2104-ops.dispatch-346-25', 'ops/dispatch.py',
  '    out._requires_grad = False\n',
  '    out._requires_grad = True\n', 'fast path', note="'False' -> 'True' at line 346", nth=1)
M('auto-2104-ops.creation-120-4', 'ops/creation.py',
  '    t = tensor_of(input)\n',
  '    pass\n', 'front-end', note="'t = tensor_of(input)' -> 'pass' at line 120", nth=0)
M('auto-2104-autograd.profiler-221-66', 'autograd/profiler.py',
  '        self.count = self.cpu_time_total = self.cuda_time_total = 0\n',
  '        self.count = self.cpu_time_total = self.cuda_time_total = 1\n', 'vjp', note='0 -> 1 at line 221')
M('auto-2104-ops.dispatch-31-53', 'ops/dispatch.py',
  "_SUFFIXES = ('_scalar', '_alpha', '_tensor', '_dim', '_all')\n",
  "_SUFFIXES = ('_scalar', '_alpha', '_tensor', '_dim', '_All')\n", 'fast path', note='"\'_all\'" -> "\'_All\'" at line 31',
  equivalent='no caller of public_name is given an op whose name ends in _all (max_all, min_all, median_all are one-input: never in type_error; dim_reduce takes the _dim ops), so the suffix is never stripped')
M('auto-2104-storage-344-19', 'storage.py',
  "        '__doc__': 'The 0.3 torch.%s: a flat array of %s.' % (name, info.dtype),\n",
  "        '__doc__': 'the 0.3 torch.%s: a flat array of %s.' % (name, info.dtype),\n", 'front-end', note='"\'The 0.3 torch.%s: a flat array of %s.\'" -> "\'the 0.3 torch.%s: a flat array of %s.\'" at line 344',
  equivalent="a storage class's docstring: no behaviour")
M('auto-2104-autograd.engine-419-12', 'autograd/engine.py',
  '            entry = pending.get(node._seq)\n',
  '            pass\n', 'vjp', note="'entry = pending.get(node._seq)' -> 'pass' at line 419")
M('auto-2104-ops.half-39-75', 'ops/half.py',
  "    '__rsub__': 'fill_', '__isub__': 'sub_', '__mul__': 'mul', '__rmul__': 'mul',\n",
  "    '__rsub__': 'fill_', '__isub__': 'sub_', '__mul__': 'mul', '__rmul__': 'Mul',\n", 'front-end', note='"\'mul\'" -> "\'Mul\'" at line 39')
M('auto-2104-storage-53-8', 'storage.py',
  '        n = len(args)\n',
  '        pass\n', 'front-end', note="'n = len(args)' -> 'pass' at line 53")
M('auto-2104-autograd.function-444-31', 'autograd/function.py',
  "            raise RuntimeError('mark_non_differentiable only accepts function outputs')\n",
  "            raise RuntimeError('Mark_non_differentiable only accepts function outputs')\n", 'vjp', note='"\'mark_non_differentiable only accepts function outputs\'" -> "\'Mark_non_differentiable only accepts function outputs\'" at line 444')
M('auto-2104-storage-376-15', 'storage.py',
  '        if exc is not None:\n',
  '        if exc is None:\n', 'front-end', note="'is not' -> 'is' at line 376", nth=0)
M('auto-2104-tensor-363-48', 'tensor.py',
  '    return isinstance(x, (int, np.integer)) and not isinstance(x, bool)\n',
  '    return isinstance(x, (int, np.integer)) and isinstance(x, bool)\n', 'front-end', note="'not ' -> '' at line 363")
M('auto-2104-autograd.gradcheck-42-33', 'autograd/gradcheck.py',
  '    elif isinstance(x, Iterable) and not isinstance(x, (str, _TensorBase)):\n',
  '    elif isinstance(x, Iterable) or not isinstance(x, (str, _TensorBase)):\n', 'vjp', note="'and' -> 'or' at line 42", nth=0)
M('auto-2104-autograd._functions.__init__-24-28', 'autograd/_functions/__init__.py',
  "    ('Exp', 'exp'), ('Log', 'log'), ('Log1p', 'log1p'), ('Sinh', 'sinh'), ('Cosh', 'cosh'),\n",
  "    ('Exp', 'exp'), ('Log', 'Log'), ('Log1p', 'log1p'), ('Sinh', 'sinh'), ('Cosh', 'cosh'),\n", 'vjp', note='"\'log\'" -> "\'Log\'" at line 24')
M('auto-2104-ops.dispatch-405-75', 'ops/dispatch.py',
  '    if volatile or not op.differentiable or (fn is None and gn is None and not v0._requires_grad\n',
  '    if volatile or not op.differentiable or (fn is None and gn is None and v0._requires_grad\n', 'fast path', note="'not ' -> '' at line 405")
M('auto-2104-autograd.engine-366-16', 'autograd/engine.py',
  '                stack.append(nf)\n',
  '                pass\n', 'vjp', note="'stack.append(nf)' -> 'pass' at line 366", nth=1)
M('auto-2104-ops.creation-214-4', 'ops/creation.py',
  "    start = _args.float_arg(start, 'linspace', 'start', 1)\n",
  '    pass\n', 'front-end', note='"start = _args.float_arg(start, \'linspace\', \'start\', 1)" -> \'pass\' at line 214')
M('auto-2104-ops._common-133-41', 'ops/_common.py',
  '        if a.size == b.size and a.size > 0:\n',
  '        if a.size == b.size and a.size > 1:\n', 'front-end', note='0 -> 1 at line 133')
M('auto-2104-ops.backend_variable-233-12', 'ops/backend_variable.py',
  "    grad_fn='ScatterAddBackward', argnames=('source',),\n",
  "    grad_fn='scatterAddBackward', argnames=('source',),\n", 'front-end', note='"\'ScatterAddBackward\'" -> "\'scatterAddBackward\'" at line 233')
M('auto-2104-storage-285-31', 'storage.py',
  '                               % (errors.legacy_typename(source), self._typename))\n',
  '                               // (errors.legacy_typename(source), self._typename))\n', 'front-end', note='% -> // at line 285')
M('auto-2104-ops.schema-372-8', 'ops/schema.py',
  "        table[name + '_' if kind == 'inplace' else name] = fn\n",
  '        pass\n', 'front-end', note='"table[name + \'_\' if kind == \'inplace\' else name] = fn" -> \'pass\' at line 372')
M('auto-2104-autograd._profiling-23-60', 'autograd/_profiling.py',
  "    '__truediv__': 'div', '__div__': 'div', '__rtruediv__': 'div', '__rdiv__': 'div',\n",
  "    '__truediv__': 'div', '__div__': 'div', '__rtruediv__': 'Div', '__rdiv__': 'div',\n", 'vjp', note='"\'div\'" -> "\'Div\'" at line 23')
M('auto-2104-autograd._functions.__init__-99-20', 'autograd/_functions/__init__.py',
  '    result = [None] * ctx._nargs\n',
  '    result = [None] + ctx._nargs\n', 'vjp', note='* -> + at line 99')
M('auto-2104-ops.creation-256-12', 'ops/creation.py',
  '    if n <= 0:\n',
  '    if n <= 1:\n', 'front-end', note='0 -> 1 at line 256')
M('auto-2104-ops.dispatch-31-24', 'ops/dispatch.py',
  "_SUFFIXES = ('_scalar', '_alpha', '_tensor', '_dim', '_all')\n",
  "_SUFFIXES = ('_scalar', '_Alpha', '_tensor', '_dim', '_all')\n", 'fast path', note='"\'_alpha\'" -> "\'_Alpha\'" at line 31')
M('auto-2104-ops.arithmetic-201-79', 'ops/arithmetic.py',
  '            and (other is not None or type(value) is not float and type(value) is not int):\n',
  '            and (other is not None or type(value) is not float and type(value) is int):\n', 'front-end', note="'is not' -> 'is' at line 201",
  equivalent="real when drawn (counted so in its sample); since session 18's review mend the dispatcher names a tensor's in-place method and shows int value itself (check_same_type(inplace), schema.overload_options), so this pre-check's tensor-of-another-type case gives the same text (probed: 8 x 7 type pairs x 16 ops, identical)")
M('auto-2104-autograd.variable-52-8', 'autograd/variable.py',
  '        self._requires_grad = bool(requires_grad)\n',
  '        pass\n', 'vjp', note="'self._requires_grad = bool(requires_grad)' -> 'pass' at line 52")
M('auto-2104-ops.dispatch-641-4', 'ops/dispatch.py',
  '    extra = None\n',
  '    pass\n', 'fast path', note="'extra = None' -> 'pass' at line 641", nth=1)
M('auto-2104-ops.dispatch-428-56', 'ops/dispatch.py',
  '                          (d1, d1._version[0], v1) if 1 in save_inputs else None)\n',
  '                          (d1, d1._version[0], v1) if 1 not in save_inputs else None)\n', 'fast path', note='in -> not in at line 428',
  equivalent="call_variable2's else branch (save_inputs neither (0, 1) nor empty) runs for no op: no plain two-input registry op saves one input (gesv saves (1,) but has two outputs, so it never takes call_variable2)")
M('auto-2104-autograd.engine-314-8', 'autograd/engine.py',
  '        dense = cur._data.to_dense()\n',
  '        pass\n', 'vjp', note="'dense = cur._data.to_dense()' -> 'pass' at line 314")
M('auto-2104-storage-525-76', 'storage.py',
  "        return (a.__array_interface__['data'][0] - root.__array_interface__['data'][0]) // a.itemsize\n",
  "        return (a.__array_interface__['data'][0] - root.__array_interface__['Data'][0]) // a.itemsize\n", 'front-end', note='"\'data\'" -> "\'Data\'" at line 525')
M('auto-2104-autograd._functions.__init__-22-31', 'autograd/_functions/__init__.py',
  "    ('Diag', 'diag'), ('Tril', 'tril'), ('Triu', 'triu'), ('Trace', 'trace'),\n",
  "    ('Diag', 'diag'), ('Tril', 'Tril'), ('Triu', 'triu'), ('Trace', 'trace'),\n", 'vjp', note='"\'tril\'" -> "\'Tril\'" at line 22')
M('auto-2104-storage-423-18', 'storage.py',
  '    last = offset + sum((s - 1) * int(t) for s, t in zip(size, stride))\n',
  '    last = offset - sum((s - 1) * int(t) for s, t in zip(size, stride))\n', 'front-end', note='+ -> - at line 423')
M('auto-2104-autograd._profiling-27-20', 'autograd/_profiling.py',
  "    '__lt__': 'lt', '__le__': 'le', '__gt__': 'gt', '__ge__': 'ge', '__eq__': 'eq', '__ne__': 'ne',\n",
  "    '__lt__': 'lt', '__Le__': 'le', '__gt__': 'gt', '__ge__': 'ge', '__eq__': 'eq', '__ne__': 'ne',\n", 'vjp', note='"\'__le__\'" -> "\'__Le__\'" at line 27')
M('auto-2104-backend_numpy-450-54', 'backend_numpy.py',
  "    return provided.conv_weight_grad(x, g, w_shape, p['stride'], p['padding'], p['dilation'],\n",
  "    return provided.conv_weight_grad(x, g, w_shape, p['Stride'], p['padding'], p['dilation'],\n", 'front-end', note='"\'stride\'" -> "\'Stride\'" at line 450')
M('auto-2104-backend_numpy-38-28', 'backend_numpy.py',
  '        if (dt is _F4 or dt is _F8) and b.dtype is dt and sa[1] == sb[0]:\n',
  '        if (dt is _F4 or dt is not _F8) and b.dtype is dt and sa[1] == sb[0]:\n', 'front-end', note='is -> is not at line 38',
  equivalent='as auto-2101-backend_numpy-38-54: only integer products of 4096+ elements change route (dot to matmul), and both are exact for integers; HalfTensor has no mm')
M('auto-2104-ops.creation-268-75', 'ops/creation.py',
  "    return LongTensor._wrap(gen.randperm(_args.int_arg(n, 'randperm', 'n', 1)))\n",
  "    return LongTensor._wrap(gen.randperm(_args.int_arg(n, 'randperm', 'n', 0)))\n", 'front-end', note='1 -> 0 at line 268')
M('auto-2104-autograd.gradcheck-153-88', 'autograd/gradcheck.py',
  '        if jacobian_x._a.size and np.abs(jacobian_x._a - jacobian_reentrant_x._a).max() != 0:\n',
  '        if jacobian_x._a.size and np.abs(jacobian_x._a - jacobian_reentrant_x._a).max() == 0:\n', 'vjp', note='!= -> == at line 153')
M('auto-2104-ops.dispatch-395-8', 'ops/dispatch.py',
  '        t = _wrap_out(result, cls)\n',
  '        pass\n', 'fast path', note="'t = _wrap_out(result, cls)' -> 'pass' at line 395", nth=2)
M('auto-2104-ops.arithmetic-37-46', 'ops/arithmetic.py',
  "    grad_fn='AddBackward1', argnames=('self', 'other'),\n",
  "    grad_fn='AddBackward1', argnames=('self', 'Other'),\n", 'front-end', note='"\'other\'" -> "\'Other\'" at line 37', nth=1)


# ---- lead sample 2105 (session 18, at 021c981; AUTO_MUTANTS_SEED=2105 COUNT=40 KINDS=all, the
# front-end files as seed 1801), measured before any test written for it: 29 of 40 killed by their
# subsets, 2 more by 15 wider files (test_parity_registry's add with a broadcast operand,
# test_shape's view version sharing; test_shape now in dispatch's subset), 8 argued equivalent
# (below), 1 real survivor (a custom Function's second output number, now tested in
# test_wide_kills_s18.py): 31 of 32 = 96.9%
M('auto-2105-tensor-97-8', 'tensor.py',
  "        token = _quiet(_IGNORE)         # nan/inf to an integer type: 0.3's C cast, silently\n",
  "        pass         # nan/inf to an integer type: 0.3's C cast, silently\n", 'front-end', note="'token = _quiet(_IGNORE)' -> 'pass' at line 97")
M('auto-2105-ops.type_support-95-28', 'ops/type_support.py',
  '                            % (_ATEN_REACHED.get(name, name), scalar))\n',
  '                            // (_ATEN_REACHED.get(name, name), scalar))\n', 'front-end', note='% -> // at line 95')
M('auto-2105-autograd.nodes-42-18', 'autograd/nodes.py',
  '    num_outputs = 1\n',
  '    num_outputs = 2\n', 'vjp', note='1 -> 2 at line 42')
M('auto-2105-ops._args-176-43', 'ops/_args.py',
  '    if type(value) is float or type(value) is int:\n',
  '    if type(value) is float or type(value) is not int:\n', 'front-end', note='is -> is not at line 176')
# auto-2105-ops.dispatch-452-4 (_first_mismatch's unreachable last line, argued equivalent) is gone
# with the function: the review mend passes inplace to check_same_type instead
M('auto-2105-ops.backend_variable-237-4', 'ops/backend_variable.py',
  "    'unfold_back', lambda g, shape, dim, size, step: NB.unfold_back(g, shape, dim, size, step),\n",
  "    'Unfold_back', lambda g, shape, dim, size, step: NB.unfold_back(g, shape, dim, size, step),\n", 'front-end', note='"\'unfold_back\'" -> "\'Unfold_back\'" at line 237',
  equivalent='the registry key of an internal backward helper (parity-exempt): no message, profile or public name shows it (the profiler records 0.3 names: UnfoldBackward, ...)')
M('auto-2105-ops.schema-52-23', 'ops/schema.py',
  "SHAPES = ('pointwise', 'broadcast', 'reduce', 'view', 'loss', 'other')\n",
  "SHAPES = ('pointwise', 'Broadcast', 'reduce', 'view', 'loss', 'other')\n", 'front-end', note='"\'broadcast\'" -> "\'Broadcast\'" at line 52')
M('auto-2105-autograd._profiling-54-25', 'autograd/_profiling.py',
  "        state['depth'] = 1\n",
  "        state['depth'] = 2\n", 'vjp', note='1 -> 2 at line 54', nth=0,
  equivalent="the recording depth is only tested for truth (if state['depth']) and reset to 0 after the call: 2 reads as 1")
M('auto-2105-backend_numpy-101-11', 'backend_numpy.py',
  '    return True\n',
  '    return False\n', 'front-end', note="'True' -> 'False' at line 101", nth=0)
M('auto-2105-ops.type_support-115-52', 'ops/type_support.py',
  '    if info is not None and not info.has_float_math and lacks(info.typename, name):\n',
  '    if info is not None and not info.has_float_math or lacks(info.typename, name):\n', 'front-end', note="'and' -> 'or' at line 115")
M('auto-2105-ops.creation-129-28', 'ops/creation.py',
  '    return type(t)._wrap(np.ones_like(t._a))\n',
  '    return type(t)._wrap(np.zeros_like(t._a))\n', 'front-end', note="'ones_like' -> 'zeros_like' at line 129")
M('auto-2105-tensor-509-15', 'tensor.py',
  '        return "<class \'%s\'>" % cls._legacy_name\n',
  '        return "<Class \'%s\'>" % cls._legacy_name\n', 'front-end', note='\'"<class \\\'%s\\\'>"\' -> \'"<Class \\\'%s\\\'>"\' at line 509')
M('auto-2105-autograd.engine-135-8', 'autograd/engine.py',
  '        return grad\n',
  '        pass\n', 'vjp', note="'return grad' -> 'pass' at line 135")
M('auto-2105-ops.schema-321-4', 'ops/schema.py',
  "    ns = {'_impl': impl}\n",
  '    pass\n', 'front-end', note='"ns = {\'_impl\': impl}" -> \'pass\' at line 321')
M('auto-2105-ops._common-49-29', 'ops/_common.py',
  "    if v != v or v in (float('inf'), float('-inf')):\n",
  "    if v != v or v in (float('Inf'), float('-inf')):\n", 'front-end', note='"\'inf\'" -> "\'Inf\'" at line 49',
  equivalent="float('Inf') is float('inf'): Python parses the name case-insensitively")
M('auto-2105-ops._common-172-27', 'ops/_common.py',
  "    outer = getattr(state, 'depth', 0)\n",
  "    outer = getattr(state, 'Depth', 0)\n", 'front-end', note='"\'depth\'" -> "\'Depth\'" at line 172',
  equivalent='no one_fallback_warning call runs inside another (addcmul/addcdiv and map2_ prepare their operands with helpers that do not call it), so the depth read on entry is always 0 either way')
M('auto-2105-autograd.__init__-182-40', 'autograd/__init__.py',
  '         only_inputs=True, allow_unused=False):\n',
  '         only_inputs=True, allow_unused=True):\n', 'vjp', note="'False' -> 'True' at line 182")
M('auto-2105-backend_numpy-36-32', 'backend_numpy.py',
  '    if len(sa) == 2 and len(sb) == 2 and sa[0] * sb[1] >= MATMUL_MIN:\n',
  '    if len(sa) == 2 and len(sb) != 2 and sa[0] * sb[1] >= MATMUL_MIN:\n', 'front-end', note='== -> != at line 36',
  equivalent='2-D x 2-D products then always take numpy.dot, which passes the same arguments to the same gemm as matmul for contiguous operands (the documented reason for the route); no caller gives dot a 2-D and a 1-D array (probed: mm, mv, matmul in 5 layouts, addmv, addmm, dot, linear, ger, bmm with backward)')
M('auto-2105-ops.creation-179-21', 'ops/creation.py',
  '        start, end = 0, start\n',
  '        start, end = 1, start\n', 'front-end', note='0 -> 1 at line 179')
M('auto-2105-ops.dispatch-538-12', 'ops/dispatch.py',
  '            result = result.reshape(a.shape)\n',
  '            pass\n', 'fast path', note="'result = result.reshape(a.shape)' -> 'pass' at line 538")
M('auto-2105-autograd._profiling-24-4', 'autograd/_profiling.py',
  "    '__idiv__': 'div_',\n",
  "    '__Idiv__': 'div_',\n", 'vjp', note='"\'__idiv__\'" -> "\'__Idiv__\'" at line 24',
  equivalent='Python 3 never calls __idiv__ (/= is __itruediv__, mapped on the line above), so the entry is never looked up')
M('auto-2105-ops.creation-268-58', 'ops/creation.py',
  "    return LongTensor._wrap(gen.randperm(_args.int_arg(n, 'randperm', 'n', 1)))\n",
  "    return LongTensor._wrap(gen.randperm(_args.int_arg(n, 'Randperm', 'n', 1)))\n", 'front-end', note='"\'randperm\'" -> "\'Randperm\'" at line 268')
M('auto-2105-ops.dispatch-134-8', 'ops/dispatch.py',
  '        return type(first)._wrap(result, first._version)\n',
  '        pass\n', 'fast path', note="'return type(first)._wrap(result, first._version)' -> 'pass' at line 134", nth=0)
M('auto-2105-autograd.function-366-8', 'autograd/function.py',
  '        var._output_nr = output_nr\n',
  '        pass\n', 'vjp', note="'var._output_nr = output_nr' -> 'pass' at line 366")
M('auto-2105-ops.creation-177-8', 'ops/creation.py',
  '        start = 0\n',
  '        pass\n', 'front-end', note="'start = 0' -> 'pass' at line 177")
M('auto-2105-tensor-46-12', 'tensor.py',
  '            raise _constructor_error(cls, args, kwargs)\n',
  '            pass\n', 'front-end', note="'raise _constructor_error(cls, args, kwargs)' -> 'pass' at line 46", nth=0)
M('auto-2105-size-53-12', 'size.py',
  '            n *= s\n',
  '            pass\n', 'front-end', note="'n *= s' -> 'pass' at line 53")
M('auto-2105-autograd.function-169-8', 'autograd/function.py',
  '        self._freed = True\n',
  '        pass\n', 'vjp', note="'self._freed = True' -> 'pass' at line 169")
M('auto-2105-autograd._functions.__init__-29-43', 'autograd/_functions/__init__.py',
  "    ('Floor', 'floor'), ('Ceil', 'ceil'), ('Round', 'round'), ('Sign', 'sign'),\n",
  "    ('Floor', 'floor'), ('Ceil', 'ceil'), ('round', 'round'), ('Sign', 'sign'),\n", 'vjp', note='"\'Round\'" -> "\'round\'" at line 29')
M('auto-2105-ops.dispatch-524-4', 'ops/dispatch.py',
  "    'div_scalar': lambda a, p: np.true_divide(a, p['other'], out=a),\n",
  "    'Div_scalar': lambda a, p: np.true_divide(a, p['other'], out=a),\n", 'fast path', note='"\'div_scalar\'" -> "\'Div_scalar\'" at line 524',
  equivalent="without the table entry a tensor's in-place div by a number computes the forward and copies it into self: the same ufunc on the same operands, the same bits and version bump (the oracle compares the two routes)")
M('auto-2105-ops.schema-351-4', 'ops/schema.py',
  "    fname = name if name.isidentifier() and not keyword.iskeyword(name) else 'variant'\n",
  '    pass\n', 'front-end', note='"fname = name if name.isidentifier() and not keyword.iskeyword(name) else \'variant\'" -> \'pass\' at line 351')
M('auto-2105-autograd.variable-272-16', 'autograd/variable.py',
  '                self._grad_fn._register_hook_dict(self)\n',
  '                pass\n', 'vjp', note="'self._grad_fn._register_hook_dict(self)' -> 'pass' at line 272")
M('auto-2105-autograd.__init__-132-12', 'autograd/__init__.py',
  '            result[positions[k]] = _engine._as_variable(g, build_graph)\n',
  '            pass\n', 'vjp', note="'result[positions[k]] = _engine._as_variable(g, build_graph)' -> 'pass' at line 132")
M('auto-2105-autograd.__init__-154-20', 'autograd/__init__.py',
  '                    g.fill(1)\n',
  '                    pass\n', 'vjp', note="'g.fill(1)' -> 'pass' at line 154")
M('auto-2105-ops.backend_variable-171-4', 'ops/backend_variable.py',
  '    return a.sqrt()\n',
  '    pass\n', 'front-end', note="'return a.sqrt()' -> 'pass' at line 171")
M('auto-2105-ops.creation-199-4', 'ops/creation.py',
  '    n = _arange_count(start, end, step, True)\n',
  '    pass\n', 'front-end', note="'n = _arange_count(start, end, step, True)' -> 'pass' at line 199")
M('auto-2105-ops.dispatch-354-8', 'ops/dispatch.py',
  '        out._grad_fn = None\n',
  '        pass\n', 'fast path', note="'out._grad_fn = None' -> 'pass' at line 354", nth=1)
M('auto-2105-autograd.engine-217-14', 'autograd/engine.py',
  '        if so is None:\n',
  '        if so is not None:\n', 'vjp', note='is -> is not at line 217', nth=1)
M('auto-2105-ops.creation-403-4', 'ops/creation.py',
  '    return multinomial(self, num_samples, replacement, generator=generator)\n',
  '    pass\n', 'front-end', note="'return multinomial(self, num_samples, replacement, generator=generator)' -> 'pass' at line 403")
M('auto-2105-storage-69-15', 'storage.py',
  '            if not 0 <= offset <= numel:\n',
  '            if 0 <= offset <= numel:\n', 'front-end', note="'not ' -> '' at line 69")


# ---- lead sample 2106 (session 18, at 6fb2c55; AUTO_MUTANTS_SEED=2106 COUNT=40 KINDS=all, the
# front-end files as seed 1801, --jobs 2), measured before any test written for it: 35 of 40 killed
# by their subsets (no wider run: end of session), 2 argued equivalent (below), 3 real survivors
# (torch.autograd.__all__ twice, storage() of a tensor over a strided Fortran-ordered array), now
# killed by test_wide_kills_s18.py: 35 of 38 = 92.1%
M('auto-2106-autograd.engine-518-34', 'autograd/engine.py',
  '                    v._volatile = True\n',
  '                    v._volatile = False\n', 'vjp', note="'True' -> 'False' at line 518")
M('auto-2106-ops.schema-410-8', 'ops/schema.py',
  '        raise variable_out_error()\n',
  '        pass\n', 'front-end', note="'raise variable_out_error()' -> 'pass' at line 410")
M('auto-2106-storage-294-31', 'storage.py',
  "            raise RuntimeError('resize_ expects an int, but got %s' % errors.legacy_typename(size))\n",
  "            raise RuntimeError('Resize_ expects an int, but got %s' % errors.legacy_typename(size))\n", 'front-end', note='"\'resize_ expects an int, but got %s\'" -> "\'Resize_ expects an int, but got %s\'" at line 294')
M('auto-2106-autograd.variable-102-12', 'autograd/variable.py',
  '            _public_node(fn)        # the nodes get their legacy classes (nodes.public)\n',
  '            pass        # the nodes get their legacy classes (nodes.public)\n', 'vjp', note="'_public_node(fn)' -> 'pass' at line 102")
M('auto-2106-ops._common-83-12', 'size.py',
  '            raise errors.broadcast_error(da, db, i, th)\n',
  '            pass\n', 'front-end', note="'raise errors.broadcast_error(da, db, i, th)' -> 'pass' at line 83")
M('auto-2106-ops.arithmetic-480-42', 'ops/arithmetic.py',
  "    '__iadd__': _iadd, '__isub__': _isub, '__imul__': mul_, '__idiv__': div_, '__mod__': _mod,\n",
  "    '__iadd__': _iadd, '__isub__': _isub, '__Imul__': mul_, '__idiv__': div_, '__mod__': _mod,\n", 'front-end', note='"\'__imul__\'" -> "\'__Imul__\'" at line 480')
M('auto-2106-ops.schema-256-34', 'ops/schema.py',
  "                           'var', 'theta', 'grid', 'other', 'embedding_matrix'))\n",
  "                           'var', 'Theta', 'grid', 'other', 'embedding_matrix'))\n", 'front-end', note='"\'theta\'" -> "\'Theta\'" at line 256',
  equivalent='at the draw (6fb2c55) no wrapped functional op had a theta parameter (affine_grid was not wrapped), so the entry was never read; session 18 then wrapped affine_grid, which makes the entry live, and test_wide_kills_s18 tests it')
M('auto-2106-ops.registry-41-8', 'ops/registry.py',
  '        self.backward = backward\n',
  '        pass\n', 'front-end', note="'self.backward = backward' -> 'pass' at line 41")
M('auto-2106-ops.creation-391-51', 'ops/creation.py',
  "    return _fill(self, rng.generator_of(generator, 'log_normal_').fill_log_normal,\n",
  "    return _fill(self, rng.generator_of(generator, 'Log_normal_').fill_log_normal,\n", 'front-end', note='"\'log_normal_\'" -> "\'Log_normal_\'" at line 391')
M('auto-2106-storage-423-27', 'storage.py',
  '    last = offset + sum((s - 1) * int(t) for s, t in zip(size, stride))\n',
  '    last = offset + sum((s + 1) * int(t) for s, t in zip(size, stride))\n', 'front-end', note='- -> + at line 423')
M('auto-2106-autograd.engine-182-45', 'autograd/engine.py',
  '                    if t._version[0] != item[1]:\n',
  '                    if t._version[0] != item[0]:\n', 'vjp', note='1 -> 0 at line 182')
M('auto-2106-ops.schema-272-76', 'ops/schema.py',
  '                value is None and bound.signature.parameters[pname].default is None):\n',
  '                value is None and bound.signature.parameters[pname].default is not None):\n', 'front-end', note='is -> is not at line 272')
M('auto-2106-autograd.engine-444-16', 'autograd/engine.py',
  '                result = ()\n',
  '                pass\n', 'vjp', note="'result = ()' -> 'pass' at line 444")
M('auto-2106-ops.arithmetic-361-55', 'ops/arithmetic.py',
  "    front_end.__name__ = front_end.__qualname__ = name + '_' if inplace else name\n",
  "    front_end.__name__ = front_end.__qualname__ = name - '_' if inplace else name\n", 'front-end', note='+ -> - at line 361')
M('auto-2106-autograd.function-385-71', 'autograd/function.py',
  '            ov = Variable._make(out, grad_fn=node, output_nr=i if node is not None else 0,\n',
  '            ov = Variable._make(out, grad_fn=node, output_nr=i if node is None else 0,\n', 'vjp', note="'is not' -> 'is' at line 385", nth=0)
M('auto-2106-autograd.function-742-8', 'autograd/function.py',
  '        return result\n',
  '        pass\n', 'vjp', note="'return result' -> 'pass' at line 742", nth=0)
M('auto-2106-ops.arithmetic-440-4', 'ops/arithmetic.py',
  '    return div(filled, self)\n',
  '    pass\n', 'front-end', note="'return div(filled, self)' -> 'pass' at line 440")
M('auto-2106-ops._common-76-8', 'size.py',
  '        da = sa[i - n + na] if i - n + na >= 0 else 1\n',
  '        pass\n', 'front-end', note="'da = sa[i - n + na] if i - n + na >= 0 else 1' -> 'pass' at line 76")
M('auto-2106-ops.dispatch-519-30', 'ops/dispatch.py',
  "    'mul': lambda a, p, b: np.multiply(a, b, out=a),\n",
  "    'mul': lambda a, p, b: np.divide(a, b, out=a),\n", 'fast path', note="'multiply' -> 'divide' at line 519")
M('auto-2106-ops.schema-320-4', 'ops/schema.py',
  '    varkw = rest[1 if star else 0] if dstar else None\n',
  '    pass\n', 'front-end', note="'varkw = rest[1 if star else 0] if dstar else None' -> 'pass' at line 320")
M('auto-2106-storage-72-21', 'storage.py',
  '            if not 1 <= size <= numel - offset:\n',
  '            if not 1 < size <= numel - offset:\n', 'front-end', note='<= -> < at line 72')
M('auto-2106-ops.backend_variable-61-40', 'ops/backend_variable.py',
  "    grad_fn='ExpandBackward', argnames=('self',), parity_exempt='internal helper of backward formulas')\n",
  "    grad_fn='ExpandBackward', argnames=('Self',), parity_exempt='internal helper of backward formulas')\n", 'front-end', note='"\'self\'" -> "\'Self\'" at line 61',
  equivalent="argnames[0] (the receiver's name) is never read: type errors name arguments from index 1 on (dispatch._argname)")
M('auto-2106-tensor-82-25', 'tensor.py',
  '        if array.ndim == 0:\n',
  '        if array.ndim == 1:\n', 'front-end', note='0 -> 1 at line 82')
M('auto-2106-backend_numpy-108-8', 'backend_numpy.py',
  '        g = sum_to(g, shape)\n',
  '        pass\n', 'front-end', note="'g = sum_to(g, shape)' -> 'pass' at line 108")
M('auto-2106-autograd._functions.__init__-35-14', 'autograd/_functions/__init__.py',
  "    ('Index', '__getitem__'), ('SetItem', '__setitem__'), ('NoGrad', 'detach'),\n",
  "    ('Index', '__Getitem__'), ('SetItem', '__setitem__'), ('NoGrad', 'detach'),\n", 'vjp', note='"\'__getitem__\'" -> "\'__Getitem__\'" at line 35')
M('auto-2106-ops.arithmetic-175-7', 'ops/schema.py',
  '        if integral:\n',
  '        if not integral:\n', 'front-end', note="'not ' -> '' at line 175 (arithmetic's integer-type test, moved into schema.overload_options by the review mend)")
M('auto-2106-autograd.engine-359-12', 'autograd/engine.py',
  '            parents = rev.get(nf)\n',
  '            pass\n', 'vjp', note="'parents = rev.get(nf)' -> 'pass' at line 359")
M('auto-2106-ops.dispatch-253-4', 'ops/dispatch.py',
  '    node._post_hooks = None\n',
  '    pass\n', 'fast path', note="'node._post_hooks = None' -> 'pass' at line 253", nth=0)
M('auto-2106-autograd.engine-502-22', 'autograd/engine.py',
  '            g = grads[0]\n',
  '            g = grads[1]\n', 'vjp', note='0 -> 1 at line 502', nth=1)
M('auto-2106-autograd.function-593-68', 'autograd/function.py',
  "            raise RuntimeError('expected Variable or None (got %s)' % tp_name(r))\n",
  "            raise RuntimeError('expected Variable or None (got %s)' // tp_name(r))\n", 'vjp', note='% -> // at line 593')
M('auto-2106-ops.dispatch-123-12', 'ops/dispatch.py',
  '            a = first._a\n',
  '            pass\n', 'fast path', note="'a = first._a' -> 'pass' at line 123")
M('auto-2106-autograd.engine-523-39', 'autograd/engine.py',
  '        if needed is not None and node not in needed:\n',
  '        if needed is not None and node in needed:\n', 'vjp', note="'not in' -> 'in' at line 523")
M('auto-2106-autograd._functions.__init__-40-52', 'autograd/_functions/__init__.py',
  "    ('MaskedFill', 'masked_fill'), ('MaskedSelect', 'masked_select'), ('Sort', 'sort'),\n",
  "    ('MaskedFill', 'masked_fill'), ('MaskedSelect', 'Masked_select'), ('Sort', 'sort'),\n", 'vjp', note='"\'masked_select\'" -> "\'Masked_select\'" at line 40')
M('auto-2106-autograd.gradcheck-57-12', 'autograd/gradcheck.py',
  '            return None\n',
  '            pass\n', 'vjp', note="'return None' -> 'pass' at line 57")
M('auto-2106-autograd._functions.utils-30-38', 'autograd/_functions/utils.py',
  '        if numel2 != 1 and dims1[len1 - len2:] != dims2:\n',
  '        if numel2 != 1 and dims1[len1 + len2:] != dims2:\n', 'vjp', note='- -> + at line 30')
M('auto-2106-autograd.__init__-207-57', 'autograd/__init__.py',
  "__all__ = ['Variable', 'Function', 'StochasticFunction', 'backward']\n",
  "__all__ = ['Variable', 'Function', 'StochasticFunction', 'Backward']\n", 'vjp', note='"\'backward\'" -> "\'Backward\'" at line 207')
M('auto-2106-autograd.__init__-207-23', 'autograd/__init__.py',
  "__all__ = ['Variable', 'Function', 'StochasticFunction', 'backward']\n",
  "__all__ = ['Variable', 'function', 'StochasticFunction', 'backward']\n", 'vjp', note='"\'Function\'" -> "\'function\'" at line 207')
M('auto-2106-ops.arithmetic-63-22', 'ops/arithmetic.py',
  '    lambda ctx, g: (g * ctx.inputs[1] if ctx.needs[0] else None,\n',
  '    lambda ctx, g: (g / ctx.inputs[1] if ctx.needs[0] else None,\n', 'front-end', note='* -> / at line 63')
M('auto-2106-storage-511-4', 'storage.py',
  '    return cls._wrap(np.ascontiguousarray(a).reshape(-1))\n',
  '    pass\n', 'front-end', note="'return cls._wrap(np.ascontiguousarray(a).reshape(-1))' -> 'pass' at line 511")
M('auto-2106-ops.comparison-73-35', 'ops/comparison.py',
  "GT = _register_comparison('gt', np.greater)\n",
  "GT = _register_comparison('gt', np.greater_equal)\n", 'front-end', note="'greater' -> 'greater_equal' at line 73")


# ---- lead sample 2107 (session 19, at 5c11434; AUTO_MUTANTS_SEED=2107 COUNT=40 KINDS=all, the
# front-end files as seed 1801, --jobs 1), measured before any test written for it: 32 of 40 killed
# by their subsets, 5 argued equivalent (below, and storage-422 in its comment), 3 real survivors on
# the subsets (detach_ on a leaf, resolve_type's last raise, retain_grad of a dead Variable), now
# killed by test_wide_kills_s19.py
M('auto-2107-ops.dispatch-49-34', 'ops/dispatch.py',
  "    name = base + ('_' if inplace and not base.endswith('_') and not isinstance(first, Variable)\n",
  "    name = base + ('_' if inplace or not base.endswith('_') and not isinstance(first, Variable)\n", 'fast path', note="'and' -> 'or' at line 49")
M('auto-2107-ops.dispatch-678-25', 'ops/dispatch.py',
  '        node.has_saved = False\n',
  '        node.has_saved = True\n', 'fast path', note="'False' -> 'True' at line 678", nth=3)
M('auto-2107-ops.dispatch-167-16', 'ops/dispatch.py',
  '    v0 = inputs[0]\n',
  '    v0 = inputs[1]\n', 'fast path', note='0 -> 1 at line 167', nth=0)
M('auto-2107-backend_numpy-300-34', 'backend_numpy.py',
  '    return a[(slice(None),) * dim + (slice(start, start + length),)]\n',
  '    return a[(slice(None),) * dim - (slice(start, start + length),)]\n', 'front-end', note='+ -> - at line 300')
M('auto-2107-autograd.function-640-4', 'autograd/function.py',
  '    return wrapper\n',
  '    pass\n', 'vjp', note="'return wrapper' -> 'pass' at line 640")
M('auto-2107-autograd.nodes-34-0', 'autograd/nodes.py',
  'next_seq = itertools.count().__next__\n',
  'pass\n', 'vjp', note="'next_seq = itertools.count().__next__' -> 'pass' at line 34")
M('auto-2107-autograd.engine-36-0', 'autograd/engine.py',
  '_HOT = True\n',
  'pass\n', 'vjp', note="'_HOT = True' -> 'pass' at line 36")
M('auto-2107-autograd.engine-539-26', 'autograd/engine.py',
  '            empty = grads[0] is None\n',
  '            empty = grads[1] is None\n', 'vjp', note='0 -> 1 at line 539')
M('auto-2107-autograd.engine-187-8', 'autograd/engine.py',
  '        raise RuntimeError(FREED_MESSAGE)\n',
  '        pass\n', 'vjp', note="'raise RuntimeError(FREED_MESSAGE)' -> 'pass' at line 187", nth=0)
M('auto-2107-ops.arithmetic-201-8', 'ops/arithmetic.py',
  '        _check_tensor_args(self, value, other, name, inplace)\n',
  '        pass\n', 'front-end', note="'_check_tensor_args(self, value, other, name, inplace)' -> 'pass' at line 201")
M('auto-2107-tensor-611-26', 'tensor.py',
  "        prefix = module + '.'\n",
  "        prefix = module + '.X'\n", 'front-end', note='"\'.\'" -> "\'.X\'" at line 611')
M('auto-2107-autograd._functions.utils-20-4', 'autograd/_functions/utils.py',
  '    broadcast = False\n',
  '    pass\n', 'vjp', note="'broadcast = False' -> 'pass' at line 20")
M('auto-2107-ops.creation-87-4', 'ops/creation.py',
  "    cls = cls or _OUT_CLS[0] or _default_type['cls']        # _default_cls(), inline\n",
  '    pass        # _default_cls(), inline\n', 'front-end', note='"cls = cls or _OUT_CLS[0] or _default_type[\'cls\']" -> \'pass\' at line 87')
M('auto-2107-autograd.variable-276-20', 'autograd/variable.py',
  '                    acc._attach_var_hooks(0, self._hooks)\n',
  '                    pass\n', 'vjp', note="'acc._attach_var_hooks(0, self._hooks)' -> 'pass' at line 276", nth=1)
M('auto-2107-autograd.variable-310-8', 'autograd/variable.py',
  '        self._requires_grad = False\n',
  '        pass\n', 'vjp', note="'self._requires_grad = False' -> 'pass' at line 310")
M('auto-2107-autograd.function-739-11', 'autograd/function.py',
  '        if not retain_variables:\n',
  '        if retain_variables:\n', 'vjp', note="'not ' -> '' at line 739", nth=0)
M('auto-2107-ops.registry-57-8', 'ops/registry.py',
  "        return '<Op %s (%s)>' % (self.name, self.grad_fn)\n",
  '        pass\n', 'front-end', note='"return \'<Op %s (%s)>\' % (self.name, self.grad_fn)" -> \'pass\' at line 57')
M('auto-2107-autograd.__init__-194-20', 'autograd/__init__.py',
  '    if retain_graph is None:\n',
  '    if retain_graph is not None:\n', 'vjp', note='is -> is not at line 194')
M('auto-2107-ops.schema-499-37', 'ops/schema.py',
  "            if receiver + '.inplace' in base.forms:\n",
  "            if receiver + '.inplace' not in base.forms:\n", 'front-end', note='in -> not in at line 499')
M('auto-2107-ops.dispatch-141-38', 'ops/dispatch.py',
  '    if result.dtype is not cls._dtype and result.dtype != cls._dtype:\n',
  '    if result.dtype is not cls._dtype or result.dtype != cls._dtype:\n', 'fast path', note="'and' -> 'or' at line 141",
  equivalent="numpy results carry the canonical dtype singletons (a dtype equal to the class's is the same object), so the 'or' adds no cast; where a cast happened on an equal dtype it would copy a fresh array: the same values")
M('auto-2107-tensor-575-4', 'tensor.py',
  "    raise ValueError('invalid type: %s' % typename(t))     # a storage class: torch.FloatStorage\n",
  '    pass\n', 'front-end', note="resolve_type's last raise -> 'pass' (was line 575; the line now names the class under torch)")
M('auto-2107-autograd.function-539-4', 'autograd/function.py',
  '    err = None\n',
  '    pass\n', 'vjp', note="'err = None' -> 'pass' at line 539")
M('auto-2107-storage-417-25', 'storage.py',
  '        return np.empty((0,), dtype=a.dtype)\n',
  '        return np.empty((1,), dtype=a.dtype)\n', 'front-end', note='0 -> 1 at line 417', nth=0)
M('auto-2107-autograd._functions.__init__-30-5', 'autograd/_functions/__init__.py',
  "    ('Trunc', 'trunc'), ('Frac', 'frac'), ('Fmod', 'fmod'), ('Remainder', 'remainder'),\n",
  "    ('trunc', 'trunc'), ('Frac', 'frac'), ('Fmod', 'fmod'), ('Remainder', 'remainder'),\n", 'vjp', note='"\'Trunc\'" -> "\'trunc\'" at line 30')
# auto-2107-storage-422-8 (view_of_storage's `if numel == 0: return np.empty(...)`) was
# equivalent when drawn: the sizes are cut at the first non-positive one before it, so no
# size reaching it has a zero; the dead branch was then removed (session 19)
M('auto-2107-autograd._profiling-51-17', 'autograd/_profiling.py',
  "        if state['depth']:\n",
  "        if state['Depth']:\n", 'vjp', note='"\'depth\'" -> "\'Depth\'" at line 51', nth=0)
M('auto-2107-ops.arithmetic-92-20', 'ops/arithmetic.py',
  '                    -g * ctx.inputs[0] / (ctx.inputs[1] * ctx.inputs[1]) if ctx.needs[1] else None),\n',
  '                    +g * ctx.inputs[0] / (ctx.inputs[1] * ctx.inputs[1]) if ctx.needs[1] else None),\n', 'front-end', note='- -> + at line 92')
M('auto-2107-storage-177-8', 'storage.py',
  '        return False\n',
  '        pass\n', 'front-end', note="'return False' -> 'pass' at line 177")
M('auto-2107-ops._args-177-8', 'ops/_args.py',
  '        return value\n',
  '        pass\n', 'front-end', note="'return value' -> 'pass' at line 177", nth=2,
  equivalent="nth=2 is float_arg's first 'return value' (Python float or int): without it the value falls to the numbers.Real test, which returns it unchanged")
M('auto-2107-autograd._functions.__init__-81-8', 'autograd/_functions/__init__.py',
  '        data = tuple(o.data if isinstance(o, Variable) else o for o in outs)\n',
  '        pass\n', 'vjp', note="'data = tuple(o.data if isinstance(o, Variable) else o for o in outs)' -> 'pass' at line 81")
M('auto-2107-backend_numpy-38-22', 'backend_numpy.py',
  '        if (dt is _F4 or dt is _F8) and b.dtype is dt and sa[1] == sb[0]:\n',
  '        if (dt is _F4 and dt is _F8) and b.dtype is dt and sa[1] == sb[0]:\n', 'front-end', note='or -> and at line 38',
  equivalent='the large-product route through matmul is bit-identical to dot for contiguous float operands (MATMUL_MIN, checked on 35,000 cases): dropping it changes the speed only')
M('auto-2107-autograd.variable-294-16', 'autograd/variable.py',
  '                return\n',
  '                pass\n', 'vjp', note="'return' -> 'pass' at line 294")
M('auto-2107-ops.dispatch-78-4', 'ops/dispatch.py',
  '    names = op.argnames\n',
  '    pass\n', 'fast path', note="'names = op.argnames' -> 'pass' at line 78")
M('auto-2107-autograd.function-522-58', 'autograd/function.py',
  '            tensors.append(info[i][0]._wrap(g) if g.dtype == info[i][0]._dtype\n',
  '            tensors.append(info[i][0]._wrap(g) if g.dtype != info[i][0]._dtype\n', 'vjp', note='== -> != at line 522',
  equivalent="a legacy Function's gradient always arrives in its output's dtype (backward(gradient) refuses another type, type conversions cast back), so CLASS_BY_DTYPE[g.dtype] is the output's own class: the same tensor class either way (probed: float output, double gradient refused; .double() downstream gives a FloatTensor gradient)")
M('auto-2107-ops.dispatch-268-8', 'ops/dispatch.py',
  '        fn = v._grad_fn\n',
  '        pass\n', 'fast path', note="'fn = v._grad_fn' -> 'pass' at line 268", nth=1)
M('auto-2107-autograd.variable-113-25', 'autograd/variable.py',
  '        if self._grad_fn is not None:\n',
  '        if self._grad_fn is None:\n', 'vjp', note="'is not' -> 'is' at line 113", nth=0)
M('auto-2107-ops._common-134-12', 'ops/_common.py',
  '            _fallback_warning(stacklevel=4)\n',
  '            pass\n', 'front-end', note="'_fallback_warning(stacklevel=4)' -> 'pass' at line 134")
M('auto-2107-autograd._profiling-27-30', 'autograd/_profiling.py',
  "    '__lt__': 'lt', '__le__': 'le', '__gt__': 'gt', '__ge__': 'ge', '__eq__': 'eq', '__ne__': 'ne',\n",
  "    '__lt__': 'lt', '__le__': 'Le', '__gt__': 'gt', '__ge__': 'ge', '__eq__': 'eq', '__ne__': 'ne',\n", 'vjp', note='"\'le\'" -> "\'Le\'" at line 27')
M('auto-2107-autograd.profiler-53-8', 'autograd/profiler.py',
  '        return EventList(stats.values())\n',
  '        pass\n', 'vjp', note="'return EventList(stats.values())' -> 'pass' at line 53")
M('auto-2107-autograd.function-639-23', 'autograd/function.py',
  '        return wrapped[0] if single else wrapped\n',
  '        return wrapped[1] if single else wrapped\n', 'vjp', note='0 -> 1 at line 639')


# ---- lead sample 2108 (session 19, drawn at 4353989 and run on 8f9c709's tree; AUTO_MUTANTS_SEED=2108
# COUNT=40 KINDS=all, the front-end files as seed 1801, --jobs 1), measured before any test written
# for it: 40 of 40 killed by their subsets
M('auto-2108-tensor-347-16', 'tensor.py',
  '    if len(raw) % np.dtype(cls._dtype).itemsize:\n',
  '    if len(raw) // np.dtype(cls._dtype).itemsize:\n', 'front-end', note='% -> // at line 347')
M('auto-2108-ops.creation-136-4', 'ops/creation.py',
  "    t = _new(_sizes(sizes, 'rand'))\n",
  '    pass\n', 'front-end', note='"t = _new(_sizes(sizes, \'rand\'))" -> \'pass\' at line 136')
M('auto-2108-ops.comparison-106-12', 'ops/comparison.py',
  "            + [('(%s tensor, %s other)' % (t, t), other, o) for o in outs])\n",
  "            - [('(%s tensor, %s other)' % (t, t), other, o) for o in outs])\n", 'front-end', note='+ -> - at line 106')
M('auto-2108-autograd.nodes-39-64', 'autograd/nodes.py',
  "    __slots__ = ('next_functions', '_post_hooks', '_var_hooks', '_seq', '__weakref__')\n",
  "    __slots__ = ('next_functions', '_post_hooks', '_var_hooks', '_Seq', '__weakref__')\n", 'vjp', note='"\'_seq\'" -> "\'_Seq\'" at line 39')
M('auto-2108-ops.arithmetic-367-48', 'ops/arithmetic.py',
  "div = _binary_front_end(DIV_SCALAR, DIV, 'div', False)\n",
  "div = _binary_front_end(DIV_SCALAR, DIV, 'div', True)\n", 'front-end', note="'False' -> 'True' at line 367")
M('auto-2108-autograd.function-320-4', 'autograd/function.py',
  '    unpack = not isinstance(raw_output, tuple)\n',
  '    pass\n', 'vjp', note="'unpack = not isinstance(raw_output, tuple)' -> 'pass' at line 320")
M('auto-2108-autograd.nodes-143-36', 'autograd/nodes.py',
  "        short = name.rsplit('.', 1)[-1]\n",
  "        short = name.rsplit('.', 1)[0]\n", 'vjp', note='-1 -> 0 at line 143')
M('auto-2108-tensor-65-12', 'tensor.py',
  '            self._a = _uninitialised(th_sizes([int(a) for a in args]), cls._dtype)\n',
  '            pass\n', 'front-end', note="'self._a = _uninitialised(th_sizes([int(a) for a in args]), cls._dtype)' -> 'pass' at line 65")
M('auto-2108-ops.schema-472-12', 'ops/schema.py',
  "            facts[name]['params'] = list(code.co_varnames[:code.co_argcount]) if code else []\n",
  '            pass\n', 'front-end', note='"facts[name][\'params\'] = list(code.co_varnames[:code.co_argcount]) if code else []" -> \'pass\' at line 472')
M('auto-2108-ops.creation-199-4', 'ops/creation.py',
  '    n = _arange_count(start, end, step, True)\n',
  '    pass\n', 'front-end', note="'n = _arange_count(start, end, step, True)' -> 'pass' at line 199")
M('auto-2108-ops.schema-510-59', 'ops/schema.py',
  '        base.kernels += tuple(k for k in part.kernels if k not in base.kernels)\n',
  '        base.kernels += tuple(k for k in part.kernels if k in base.kernels)\n', 'front-end', note="'not in' -> 'in' at line 510")
M('auto-2108-autograd.variable-227-8', 'autograd/variable.py',
  '        return self._data.__index__()\n',
  '        pass\n', 'vjp', note="'return self._data.__index__()' -> 'pass' at line 227")
M('auto-2108-ops.backend_variable-239-48', 'ops/backend_variable.py',
  "    grad_fn='UnfoldBackwardBackward', argnames=('self',),\n",
  "    grad_fn='UnfoldBackwardBackward', argnames=('Self',),\n", 'front-end', note='"\'self\'" -> "\'Self\'" at line 239')
M('auto-2108-autograd.function-212-4', 'autograd/function.py',
  '    _is_legacy = False\n',
  '    pass\n', 'vjp', note="'_is_legacy = False' -> 'pass' at line 212", nth=1)
M('auto-2108-autograd.engine-202-13', 'autograd/engine.py',
  '    if saved is not None:\n',
  '    if saved is None:\n', 'vjp', note="'is not' -> 'is' at line 202", nth=1)
M('auto-2108-autograd.__init__-173-8', 'autograd/__init__.py',
  '        retain_graph = retain_variables\n',
  '        pass\n', 'vjp', note="'retain_graph = retain_variables' -> 'pass' at line 173")
M('auto-2108-ops.type_support-72-29', 'ops/type_support.py',
  '        raise AttributeError("\'%s\' object has no attribute \'%s\'" % (self.typename, self.name))\n',
  '        raise AttributeError("\'%S\' object has no attribute \'%s\'" % (self.typename, self.name))\n', 'front-end', note='\'"\\\'%s\\\' object has no attribute \\\'%s\\\'"\' -> \'"\\\'%S\\\' object has no attribute \\\'%s\\\'"\' at line 72')
M('auto-2108-autograd.engine-475-12', 'autograd/engine.py',
  '            k = 0\n',
  '            pass\n', 'vjp', note="'k = 0' -> 'pass' at line 475")
M('auto-2108-autograd.profiler-363-30', 'autograd/profiler.py',
  "    sep = '-' * name_width + ('  ' + '-' * col_width) * 5\n",
  "    sep = '-' * name_width + ('  X' + '-' * col_width) * 5\n", 'vjp', note='"\'  \'" -> "\'  X\'" at line 363')
M('auto-2108-storage-416-12', 'storage.py',
  '            acc *= s\n',
  '            pass\n', 'front-end', note="'acc *= s' -> 'pass' at line 416")
M('auto-2108-autograd.variable-34-4', 'autograd/variable.py',
  '    _retains = False          # retain_grad() was called\n',
  '    pass          # retain_grad() was called\n', 'vjp', note="'_retains = False' -> 'pass' at line 34")
M('auto-2108-ops.dispatch-229-22', 'ops/dispatch.py',
  '        return (out,) + tuple(Variable._make(_wrap_any(e), volatile=volatile) for e in extra)\n',
  '        return (out,) - tuple(Variable._make(_wrap_any(e), volatile=volatile) for e in extra)\n', 'fast path', note='+ -> - at line 229', nth=0)
M('auto-2108-ops.dispatch-631-23', 'ops/dispatch.py',
  '        extra = result[1:]\n',
  '        extra = result[0:]\n', 'fast path', note='1 -> 0 at line 631', nth=1)
M('auto-2108-storage-173-48', 'storage.py',
  "        with np.errstate(invalid='ignore', over='ignore'):\n",
  "        with np.errstate(invalid='ignore', over='Ignore'):\n", 'front-end', note='"\'ignore\'" -> "\'Ignore\'" at line 173', nth=1)
M('auto-2108-autograd.function-205-16', 'autograd/function.py',
  '                return results\n',
  '                pass\n', 'vjp', note="'return results' -> 'pass' at line 205")
M('auto-2108-ops.dispatch-189-31', 'ops/dispatch.py',
  '                    volatile = True\n',
  '                    volatile = False\n', 'fast path', note="'True' -> 'False' at line 189")
M('auto-2108-autograd.engine-328-24', 'autograd/engine.py',
  '        var._grad = cur + Variable._make(CLASS_BY_DTYPE[g.dtype]._wrap(g))\n',
  '        var._grad = cur - Variable._make(CLASS_BY_DTYPE[g.dtype]._wrap(g))\n', 'vjp', note='+ -> - at line 328')
M('auto-2108-tensor-661-18', 'tensor.py',
  '    return prefix + name\n',
  '    return prefix - name\n', 'front-end', note='+ -> - at line 661')
M('auto-2108-autograd.engine-473-42', 'autograd/engine.py',
  '                result = result + (None,) * (len(nexts) - len(result))\n',
  '                result = result + (None,) + (len(nexts) - len(result))\n', 'vjp', note='* -> + at line 473')
M('auto-2108-autograd.__init__-94-27', 'autograd/__init__.py',
  "        raise RuntimeError('there are no graph nodes that require computing gradients')\n",
  "        raise RuntimeError('There are no graph nodes that require computing gradients')\n", 'vjp', note='"\'there are no graph nodes that require computing gradients\'" -> "\'There are no graph nodes that require computing gradients\'" at line 94')
M('auto-2108-backend_numpy-34-4', 'backend_numpy.py',
  '    sa = a.shape\n',
  '    pass\n', 'front-end', note="'sa = a.shape' -> 'pass' at line 34")
M('auto-2108-ops.backend_variable-285-4', 'ops/backend_variable.py',
  '    return a.cumsum(dim)\n',
  '    pass\n', 'front-end', note="'return a.cumsum(dim)' -> 'pass' at line 285")
M('auto-2108-autograd.__init__-163-20', 'autograd/__init__.py',
  '                    _execute([(fn, variables._output_nr)], [g], bool(retain_graph), False)\n',
  '                    pass\n', 'vjp', note="'_execute([(fn, variables._output_nr)], [g], bool(retain_graph), False)' -> 'pass' at line 163")
M('auto-2108-tensor-221-8', 'tensor.py',
  '        a = self._a\n',
  '        pass\n', 'front-end', note="'a = self._a' -> 'pass' at line 221", nth=5)
M('auto-2108-autograd.profiler-344-4', 'autograd/profiler.py',
  '    unique = EnforceUnique()\n',
  '    pass\n', 'vjp', note="'unique = EnforceUnique()' -> 'pass' at line 344", nth=1)
M('auto-2108-ops.arithmetic-115-35', 'ops/arithmetic.py',
  '    return (g * e * ctx.B.pow(x, e - 1),)\n',
  '    return (g * e * ctx.B.pow(x, e + 1),)\n', 'front-end', note='- -> + at line 115')
M('auto-2108-ops.creation-117-29', 'ops/creation.py',
  "          dtypes=('float32', 'float64', 'int64'))\n",
  "          dtypes=('float32', 'Float64', 'int64'))\n", 'front-end', note='"\'float64\'" -> "\'Float64\'" at line 117', nth=0)
M('auto-2108-storage-426-12', 'storage.py',
  '    if last >= n:\n',
  '    if last < n:\n', 'front-end', note='>= -> < at line 426')
M('auto-2108-ops.type_support-48-57', 'ops/type_support.py',
  "_ATEN_REACHED = {'var': 'mean', 'std': 'mean', 'renorm': 'norm', 'renorm_': 'norm'}\n",
  "_ATEN_REACHED = {'var': 'mean', 'std': 'mean', 'renorm': 'Norm', 'renorm_': 'norm'}\n", 'front-end', note='"\'norm\'" -> "\'Norm\'" at line 48')
M('auto-2108-backend_numpy-382-44', 'backend_numpy.py',
  '        return np.asarray(a.prod()).reshape(1)\n',
  '        return np.asarray(a.prod()).reshape(2)\n', 'front-end', note='1 -> 2 at line 382')


# ---- lead sample 2109 (session 19, drawn at b8070b7 and run on b683bb1's tree; AUTO_MUTANTS_SEED=2109
# COUNT=40 KINDS=all, the front-end files as seed 1801, --jobs 1), measured before any test written
# for it: 40 of 40 killed by their subsets
M('auto-2109-ops.half-40-42', 'ops/half.py',
  "    '__imul__': 'mul_', '__pow__': 'pow', '__ipow__': 'pow_', '__div__': 'div',\n",
  "    '__imul__': 'mul_', '__pow__': 'pow', '__Ipow__': 'pow_', '__div__': 'div',\n", 'front-end', note='"\'__ipow__\'" -> "\'__Ipow__\'" at line 40')
M('auto-2109-autograd.profiler-228-28', 'autograd/profiler.py',
  '        self.cpu_time_total += other.cpu_time\n',
  '        self.cpu_time_total -= other.cpu_time\n', 'vjp', note='+= -> -= at line 228')
M('auto-2109-autograd.function-307-4', 'autograd/function.py',
  '    fn._executable = executable\n',
  '    pass\n', 'vjp', note="'fn._executable = executable' -> 'pass' at line 307")
M('auto-2109-autograd.profiler-201-8', 'autograd/profiler.py',
  '        return sum(k[1] for k in self.kernels)\n',
  '        pass\n', 'vjp', note="'return sum(k[1] for k in self.kernels)' -> 'pass' at line 201")
M('auto-2109-storage-20-4', 'storage.py',
  '    return isinstance(x, (int, np.integer)) and not isinstance(x, bool)\n',
  '    pass\n', 'front-end', note="'return isinstance(x, (int, np.integer)) and not isinstance(x, bool)' -> 'pass' at line 20")
M('auto-2109-ops._common-130-12', 'ops/_common.py',
  '            broadcast_shapes(sa, sb, receiver is not None and type(receiver) is not Variable)\n',
  '            pass\n', 'front-end', note="'broadcast_shapes(sa, sb, receiver is not None and type(receiver) is not Variable)' -> 'pass' at line 130")
M('auto-2109-autograd.__init__-43-4', 'autograd/__init__.py',
  '    return tuple(new_grads), create_graph\n',
  '    pass\n', 'vjp', note="'return tuple(new_grads), create_graph' -> 'pass' at line 43")
M('auto-2109-ops._args-155-28', 'ops/_args.py',
  '                            "of type %s at pos %d" % (fname, argname, errors.tp_name(x), i + 1))\n',
  '                            "Of type %s at pos %d" % (fname, argname, errors.tp_name(x), i + 1))\n', 'front-end', note='\'"of type %s at pos %d"\' -> \'"Of type %s at pos %d"\' at line 155')
M('auto-2109-ops.backend_variable-289-4', 'ops/backend_variable.py',
  '    return a.cumprod(dim)\n',
  '    pass\n', 'front-end', note="'return a.cumprod(dim)' -> 'pass' at line 289")
M('auto-2109-ops.dispatch-99-16', 'ops/dispatch.py',
  '                raise type_error(op, inputs, i, inplace)\n',
  '                pass\n', 'fast path', note="'raise type_error(op, inputs, i, inplace)' -> 'pass' at line 99", nth=1)
M('auto-2109-ops.schema-256-60', 'ops/schema.py',
  "                           'var', 'theta', 'grid', 'other', 'embedding_matrix'))\n",
  "                           'var', 'theta', 'grid', 'other', 'Embedding_matrix'))\n", 'front-end', note='"\'embedding_matrix\'" -> "\'Embedding_matrix\'" at line 256')
M('auto-2109-ops.comparison-63-13', 'ops/comparison.py',
  "        name + '_', lambda a, b: ufunc(a, b), _zero_grads,\n",
  "        name - '_', lambda a, b: ufunc(a, b), _zero_grads,\n", 'front-end', note='+ -> - at line 63')
M('auto-2109-autograd.engine-259-8', 'autograd/engine.py',
  '        result = (result,)\n',
  '        pass\n', 'vjp', note="'result = (result,)' -> 'pass' at line 259", nth=0)
M('auto-2109-ops.dispatch-455-50', 'ops/dispatch.py',
  "    if fast is _ZERO_FILL and a.dtype.kind == 'f' and a.flags.writeable:\n",
  "    if fast is _ZERO_FILL and a.dtype.kind == 'f' or a.flags.writeable:\n", 'fast path', note="'and' -> 'or' at line 455")
M('auto-2109-storage-401-27', 'storage.py',
  '    if not _is_int(offset) or offset < 0:\n',
  '    if not _is_int(offset) and offset < 0:\n', 'front-end', note='or -> and at line 401')
M('auto-2109-autograd.function-490-22', 'autograd/function.py',
  '        return r if B is not _NB or r.dtype == dtype else r.astype(dtype)\n',
  '        return r if B is _NB or r.dtype == dtype else r.astype(dtype)\n', 'vjp', note="'is not' -> 'is' at line 490")
M('auto-2109-tensor-123-15', 'tensor.py',
  '        if not 0 <= d < nd:\n',
  '        if not 1 <= d < nd:\n', 'front-end', note='0 -> 1 at line 123', nth=0)
M('auto-2109-ops.creation-226-8', 'ops/creation.py',
  '        vals = t(start) + step * np.arange(steps, dtype=cls._dtype)\n',
  '        pass\n', 'front-end', note="'vals = t(start) + step * np.arange(steps, dtype=cls._dtype)' -> 'pass' at line 226")
M('auto-2109-autograd.variable-91-12', 'autograd/variable.py',
  '            raise RuntimeError("can\'t assign Variable as its own grad")\n',
  '            pass\n', 'vjp', note='\'raise RuntimeError("can\\\'t assign Variable as its own grad")\' -> \'pass\' at line 91')
M('auto-2109-ops.dispatch-615-66', 'ops/dispatch.py',
  '        return tuple(_wrap_out(r, out_cls or type(first)) if k == 0 else _wrap_any(r)\n',
  '        return tuple(_wrap_out(r, out_cls or type(first)) if k == 1 else _wrap_any(r)\n', 'fast path', note='0 -> 1 at line 615', nth=1)
M('auto-2109-ops._common-64-4', 'ops/_common.py',
  '    return d + n if d < 0 else d\n',
  '    pass\n', 'front-end', note="'return d + n if d < 0 else d' -> 'pass' at line 64")
M('auto-2109-storage-521-40', 'storage.py',
  '    if token is not held and held.dtype == a.dtype and held.ndim == 1 \\\n',
  '    if token is not held and held.dtype != a.dtype and held.ndim == 1 \\\n', 'front-end', note='== -> != at line 521', nth=1)
M('auto-2109-storage-468-4', 'storage.py',
  '    root = a\n',
  '    pass\n', 'front-end', note="'root = a' -> 'pass' at line 468")
M('auto-2109-ops.dispatch-259-19', 'ops/dispatch.py',
  '        v = inputs[0]\n',
  '        v = inputs[1]\n', 'fast path', note='0 -> 1 at line 259')
M('auto-2109-autograd.profiler-86-8', 'autograd/profiler.py',
  '        _profiling.enable(False)\n',
  '        pass\n', 'vjp', note="'_profiling.enable(False)' -> 'pass' at line 86")
M('auto-2109-autograd.nodes-196-8', 'autograd/nodes.py',
  '        return tuple(grads)\n',
  '        pass\n', 'vjp', note="'return tuple(grads)' -> 'pass' at line 196")
M('auto-2109-autograd.engine-469-16', 'autograd/engine.py',
  '                node.saved_output = None\n',
  '                pass\n', 'vjp', note="'node.saved_output = None' -> 'pass' at line 469")
M('auto-2109-autograd.function-557-4', 'autograd/function.py',
  '    return out\n',
  '    pass\n', 'vjp', note="'return out' -> 'pass' at line 557", nth=0)
M('auto-2109-ops.comparison-225-19', 'ops/comparison.py',
  '    return bool(np.all(self._a))\n',
  '    return bool(np.any(self._a))\n', 'front-end', note="'all' -> 'any' at line 225")
M('auto-2109-storage-537-23', 'storage.py',
  "        a = getattr(a, 'base', None) if isinstance(a, np.ndarray) else getattr(a, 'obj', None)\n",
  "        a = getattr(a, 'Base', None) if isinstance(a, np.ndarray) else getattr(a, 'obj', None)\n", 'front-end', note='"\'base\'" -> "\'Base\'" at line 537')
M('auto-2109-ops._common-215-4', 'ops/_common.py',
  '    bb = b.view(u)\n',
  '    pass\n', 'front-end', note="'bb = b.view(u)' -> 'pass' at line 215")
M('auto-2109-backend_numpy-327-4', 'backend_numpy.py',
  '    out = np.zeros(shape, dtype=g.dtype)\n',
  '    pass\n', 'front-end', note="'out = np.zeros(shape, dtype=g.dtype)' -> 'pass' at line 327", nth=2)
M('auto-2109-ops.dispatch-355-8', 'ops/dispatch.py',
  '        return out\n',
  '        pass\n', 'fast path', note="'return out' -> 'pass' at line 355", nth=0)
M('auto-2109-autograd._functions.__init__-42-19', 'autograd/_functions/__init__.py',
  "    ('ScatterAdd', 'scatter_add'), ('Repeat', 'repeat'), ('Cumsum', 'cumsum'),\n",
  "    ('ScatterAdd', 'Scatter_add'), ('Repeat', 'repeat'), ('Cumsum', 'cumsum'),\n", 'vjp', note='"\'scatter_add\'" -> "\'Scatter_add\'" at line 42')
M('auto-2109-ops.schema-499-24', 'ops/schema.py',
  "            if receiver + '.inplace' in base.forms:\n",
  "            if receiver - '.inplace' in base.forms:\n", 'front-end', note='+ -> - at line 499')
M('auto-2109-backend_numpy-203-13', 'backend_numpy.py',
  '    r -= a < 0\n',
  '    r -= a < 1\n', 'front-end', note='0 -> 1 at line 203')
M('auto-2109-ops.arithmetic-217-12', 'ops/arithmetic.py',
  "            return run(scalar_op, [self], {'other': scalar_for(self, value)})\n",
  '            pass\n', 'front-end', note='"return run(scalar_op, [self], {\'other\': scalar_for(self, value)})" -> \'pass\' at line 217')
M('auto-2109-tensor-522-19', 'tensor.py',
  "        '__doc__': 'The 0.3 %s (numpy dtype %s).' % (info.typename, info.dtype),\n",
  "        '__doc__': 'the 0.3 %s (numpy dtype %s).' % (info.typename, info.dtype),\n", 'front-end', note='"\'The 0.3 %s (numpy dtype %s).\'" -> "\'the 0.3 %s (numpy dtype %s).\'" at line 522')
M('auto-2109-tensor-179-27', 'tensor.py',
  '        if self._a.size == 0:\n',
  '        if self._a.size == 1:\n', 'front-end', note='0 -> 1 at line 179', nth=0)
M('auto-2109-ops.comparison-88-38', 'ops/comparison.py',
  "        [('(%s other)' % real, lambda a: [True]), ('(%s other)' % self.type(), lambda a: [True])])\n",
  "        [('(%s other)' % real, lambda a: [False]), ('(%s other)' % self.type(), lambda a: [True])])\n", 'front-end', note="'True' -> 'False' at line 88 (the line now names cwrap's real and self.type(): the Variable case has its own text)")


# ---- lead sample 2110 (session 19, drawn and run at 34fd276, after the Variable parser texts;
# AUTO_MUTANTS_SEED=2110 COUNT=40 KINDS=all, the front-end files as seed 1801, --jobs 1), measured
# before any test written for it: 32 of 40 killed by their subsets; wider (test_wide_kills_s19,
# test_parity_registry, at 34fd276): see docs/parity.md; 1 argued equivalent (below); 2 real
# survivors (once_differentiable's output numbers, a graphless Function output's number), now
# killed by test_wide_kills_s19.py
M('auto-2110-ops.dispatch-430-56', 'ops/dispatch.py',
  '    if volatile or not op.differentiable or (fn is None and gn is None and not v0._requires_grad\n',
  '    if volatile or not op.differentiable or (fn is None or gn is None and not v0._requires_grad\n', 'fast path', note="'and' -> 'or' at line 430")
M('auto-2110-autograd.function-730-11', 'autograd/function.py',
  '        if not isinstance(flat_output, tuple):\n',
  '        if isinstance(flat_output, tuple):\n', 'vjp', note="'not ' -> '' at line 730")
M('auto-2110-ops.half-39-16', 'ops/half.py',
  "    '__rsub__': 'fill_', '__isub__': 'sub_', '__mul__': 'mul', '__rmul__': 'mul',\n",
  "    '__rsub__': 'Fill_', '__isub__': 'sub_', '__mul__': 'mul', '__rmul__': 'mul',\n", 'front-end', note='"\'fill_\'" -> "\'Fill_\'" at line 39')
M('auto-2110-ops.schema-226-37', 'ops/schema.py',
  "        if tensor_first and 'method' in variants:\n",
  "        if tensor_first and 'method' not in variants:\n", 'front-end', note='in -> not in at line 226')
M('auto-2110-storage-378-36', 'storage.py',
  '    if isinstance(t, type) and issubclass(t, tuple(TENSOR_BY_DTYPE.values())):\n',
  '    if isinstance(t, type) and not issubclass(t, tuple(TENSOR_BY_DTYPE.values())):\n', 'front-end',
  note="'not ' -> '' at line 378 (session 22: the test turned around, the same change of it)")
M('auto-2110-ops.schema-359-34', 'ops/schema.py',
  '    rest = code.co_varnames[nargs + nkw:]\n',
  '    rest = code.co_varnames[nargs - nkw:]\n', 'front-end', note='+ -> - at line 359')
M('auto-2110-autograd.engine-527-25', 'autograd/engine.py',
  '            if open_name is not None:\n',
  '            if open_name is None:\n', 'vjp', note="'is not' -> 'is' at line 527")
M('auto-2110-backend_numpy-89-14', 'backend_numpy.py',
  '        g = g.sum(axis=tuple(axes), keepdims=True)\n',
  '        g = g.prod(axis=tuple(axes), keepdims=True)\n', 'front-end', note="'sum' -> 'prod' at line 89")
M('auto-2110-backend_numpy-396-39', 'backend_numpy.py',
  '            dst[dim], src[dim] = slice(0, n + step), slice(-step, n)\n',
  '            dst[dim], src[dim] = slice(1, n + step), slice(-step, n)\n', 'front-end', note='0 -> 1 at line 396')
M('auto-2110-autograd.engine-428-4', 'autograd/engine.py',
  '    plain = _HOT and capture is None and not create_graph and prof is None\n',
  '    pass\n', 'vjp', note="'plain = _HOT and capture is None and not create_graph and prof is None' -> 'pass' at line 428")
M('auto-2110-storage-160-60', 'storage.py',
  "        mapped = np.memmap(filename, dtype=cls._dtype, mode='r+' if shared else 'c',\n",
  "        mapped = np.memmap(filename, dtype=cls._dtype, mode='R+' if shared else 'c',\n", 'front-end', note='"\'r+\'" -> "\'R+\'" at line 160')
M('auto-2110-ops.creation-241-16', 'ops/creation.py',
  '    if steps == 1:\n',
  '    if steps == 0:\n', 'front-end', note='1 -> 0 at line 241', nth=1)
M('auto-2110-autograd.function-788-31', 'autograd/function.py',
  "            raise RuntimeError('differentiating stochastic functions requires providing a reward')\n",
  "            raise RuntimeError('Differentiating stochastic functions requires providing a reward')\n", 'vjp', note='"\'differentiating stochastic functions requires providing a reward\'" -> "\'Differentiating stochastic functions requires providing a reward\'" at line 788')
M('auto-2110-autograd.function-618-10', 'autograd/function.py',
  '        k += 1\n',
  '        k -= 1\n', 'vjp', note='+= -> -= at line 618', nth=1)
M('auto-2110-ops.dispatch-703-8', 'ops/dispatch.py',
  '        node.saved_output = (d, d._version[0])\n',
  '        pass\n', 'fast path', note="'node.saved_output = (d, d._version[0])' -> 'pass' at line 703", nth=1)
M('auto-2110-ops.schema-266-28', 'ops/schema.py',
  "        sigs = tuple(name + '_' + text[len(name):] for text in sigs)\n",
  "        sigs = tuple(name + '_X' + text[len(name):] for text in sigs)\n", 'front-end', note='"\'_\'" -> "\'_X\'" at line 266')
M('auto-2110-ops.schema-56-36', 'ops/schema.py',
  "SHAPES = ('pointwise', 'broadcast', 'reduce', 'view', 'loss', 'other')\n",
  "SHAPES = ('pointwise', 'broadcast', 'Reduce', 'view', 'loss', 'other')\n", 'front-end', note='"\'reduce\'" -> "\'Reduce\'" at line 56')
M('auto-2110-autograd.engine-75-4', 'autograd/engine.py',
  '    __array_ufunc__ = None\n',
  '    pass\n', 'vjp', note="'__array_ufunc__ = None' -> 'pass' at line 75")
M('auto-2110-ops.arithmetic-48-33', 'ops/arithmetic.py',
  '    modern=lambda torch, a, b: a - b)\n',
  '    modern=lambda torch, a, b: a + b)\n', 'front-end', note='- -> + at line 48')
M('auto-2110-autograd._functions.__init__-42-19', 'autograd/_functions/__init__.py',
  "    ('ScatterAdd', 'scatter_add'), ('Repeat', 'repeat'), ('Cumsum', 'cumsum'),\n",
  "    ('ScatterAdd', 'Scatter_add'), ('Repeat', 'repeat'), ('Cumsum', 'cumsum'),\n", 'vjp', note='"\'scatter_add\'" -> "\'Scatter_add\'" at line 42')
M('auto-2110-backend_numpy-101-4', 'backend_numpy.py',
  '    return True\n',
  '    pass\n', 'front-end', note="'return True' -> 'pass' at line 101", nth=0)
M('auto-2110-backend_numpy-254-39', 'backend_numpy.py',
  '        flat = ((index * row)[:, None] + np.arange(row)).reshape(-1)\n',
  '        flat = ((index * row)[:, None] - np.arange(row)).reshape(-1)\n', 'front-end', note='+ -> - at line 254')
M('auto-2110-ops.dispatch-321-12', 'ops/dispatch.py',
  '            saved = ((d, d._version[0], v), (e, e._version[0], w))\n',
  '            pass\n', 'fast path', note="'saved = ((d, d._version[0], v), (e, e._version[0], w))' -> 'pass' at line 321")
M('auto-2110-storage-297-8', 'storage.py',
  '        new = alloc_zeros((int(size),), self._dtype)\n',
  '        pass\n', 'front-end', note="'new = alloc_zeros((int(size),), self._dtype)' -> 'pass' at line 297")
M('auto-2110-ops.dispatch-248-33', 'ops/dispatch.py',
  '    if requires and not volatile and op.differentiable:\n',
  '    if requires and not volatile or op.differentiable:\n', 'fast path', note="'and' -> 'or' at line 248", nth=0)
M('auto-2110-tensor-478-44', 'tensor.py',
  '        if any(isinstance(x, (_TensorBase,) + wrappers) for x in data if not isinstance(x, numbers.Number)):\n',
  '        if any(isinstance(x, (_TensorBase,) - wrappers) for x in data if not isinstance(x, numbers.Number)):\n', 'front-end', note='+ -> - at line 478')
M('auto-2110-autograd._functions.__init__-117-32', 'autograd/_functions/__init__.py',
  "                                '__doc__': '0.3.1 ``%s``: ``Variable.%s`` as a Function.'\n",
  "                                '__Doc__': '0.3.1 ``%s``: ``Variable.%s`` as a Function.'\n", 'vjp', note='"\'__doc__\'" -> "\'__Doc__\'" at line 117',
  equivalent="the generated classes' own docstring (0.3.1's classes had none of ours): no behaviour reads __doc__")
M('auto-2110-autograd.nodes-145-42', 'autograd/nodes.py',
  "        cls.__module__ = name.rsplit('.', 1)[0] if '.' in name else 'torch._C'\n",
  "        cls.__module__ = name.rsplit('.', 2)[0] if '.' in name else 'torch._C'\n", 'vjp', note='1 -> 2 at line 145')
M('auto-2110-autograd.__init__-88-31', 'autograd/__init__.py',
  '                               % (g._data.type(), v._data.type(), i))\n',
  '                               // (g._data.type(), v._data.type(), i))\n', 'vjp', note='% -> // at line 88')
M('auto-2110-autograd.function-326-4', 'autograd/function.py',
  '    dirty = _mark_dirty(fn, t2var)\n',
  '    pass\n', 'vjp', note="'dirty = _mark_dirty(fn, t2var)' -> 'pass' at line 326")
M('auto-2110-ops.arithmetic-506-76', 'ops/arithmetic.py',
  "OPERATORS_TENSOR = {'__rtruediv__': _rdiv_tensor, '__rdiv__': _rdiv_tensor, '__ipow__': _ipow,\n",
  "OPERATORS_TENSOR = {'__rtruediv__': _rdiv_tensor, '__rdiv__': _rdiv_tensor, '__Ipow__': _ipow,\n", 'front-end', note='"\'__ipow__\'" -> "\'__Ipow__\'" at line 506')
M('auto-2110-tensor-473-31', 'tensor.py',
  "        if arr.dtype == object or arr.dtype.kind in 'USV':\n",
  "        if arr.dtype == object and arr.dtype.kind in 'USV':\n", 'front-end', note='or -> and at line 473')
M('auto-2110-tensor-414-26', 'tensor.py',
  '    while _is_sequence(x) and not isinstance(x, np.ndarray):\n',
  '    while _is_sequence(x) or not isinstance(x, np.ndarray):\n', 'front-end', note="'and' -> 'or' at line 414")
M('auto-2110-autograd.function-393-16', 'autograd/function.py',
  '                raise RuntimeError(LEAF_INPLACE)\n',
  '                pass\n', 'vjp', note="'raise RuntimeError(LEAF_INPLACE)' -> 'pass' at line 393")
M('auto-2110-ops.arithmetic-57-37', 'ops/arithmetic.py',
  "    'mul_scalar', lambda a, other: a * other,\n",
  "    'mul_scalar', lambda a, other: a + other,\n", 'front-end', note='* -> + at line 57')
M('auto-2110-ops.backend_variable-61-64', 'ops/backend_variable.py',
  "    grad_fn='ExpandBackward', argnames=('self',), parity_exempt='internal helper of backward formulas')\n",
  "    grad_fn='ExpandBackward', argnames=('self',), parity_exempt='Internal helper of backward formulas')\n", 'front-end', note='"\'internal helper of backward formulas\'" -> "\'Internal helper of backward formulas\'" at line 61')
M('auto-2110-autograd.function-385-88', 'autograd/function.py',
  '            ov = Variable._make(out, grad_fn=node, output_nr=i if node is not None else 0,\n',
  '            ov = Variable._make(out, grad_fn=node, output_nr=i if node is not None else 1,\n', 'vjp', note='0 -> 1 at line 385', nth=0)
M('auto-2110-storage-59-21', 'storage.py',
  '            if first < 0:\n',
  '            if first <= 0:\n', 'front-end', note='< -> <= at line 59')
M('auto-2110-ops.creation-385-51', 'ops/creation.py',
  "    return _fill(self, rng.generator_of(generator, 'cauchy_').fill_cauchy,\n",
  "    return _fill(self, rng.generator_of(generator, 'Cauchy_').fill_cauchy,\n", 'front-end', note='"\'cauchy_\'" -> "\'Cauchy_\'" at line 385')
M('auto-2110-tensor-158-8', 'tensor.py',
  '        return storage_of(self)\n',
  '        pass\n', 'front-end', note="'return storage_of(self)' -> 'pass' at line 158")


# ---- sample 2111 (session 19, the op-formula files: ops/pointwise, reduction, linalg, blas_ops,
# shape, indexing, copy_slices, conv_ops, nn_loss_ops, nn_ops, rnn_ops, bitwise_ops, apply_ops,
# lapack, resize_ops, nn/functional.py, nn/_functional_*.py; drawn at b683bb1, AUTO_MUTANTS_SEED=2111
# COUNT=40 KINDS=all, --jobs 1), measured before any test written for it: 32 of 40 killed by their
# subsets, none more by 15 wider files at the draw, 1 argued equivalent: 32 of 39 (82.1%); the 7
# real survivors are now killed by test_wide_kills_s19.py
M('auto-2111-ops.shape-588-4', 'ops/shape.py',
  '    orig = seq\n',
  '    pass\n', 'front-end', note="'orig = seq' -> 'pass' at line 588")
M('auto-2111-ops.indexing-218-39', 'ops/indexing.py',
  "            (isinstance(x, np.ndarray) and x.dtype.kind in 'iu'))\n",
  "            (isinstance(x, np.ndarray) or x.dtype.kind in 'iu'))\n", 'front-end', note="'and' -> 'or' at line 218")
M('auto-2111-ops.bitwise_ops-36-12', 'ops/bitwise_ops.py',
  '            factor = np.power(2.0, b)\n',
  '            pass\n', 'front-end', note="'factor = np.power(2.0, b)' -> 'pass' at line 36")
M('auto-2111-ops.lapack-518-63', 'ops/lapack.py',
  "    return call(POTRF, [self], {'upper': _bool(upper, 'potrf', 'upper')})\n",
  "    return call(POTRF, [self], {'upper': _bool(upper, 'potrf', 'Upper')})\n", 'front-end', note='"\'upper\'" -> "\'Upper\'" at line 518')
M('auto-2111-ops.conv_ops-877-32', 'ops/conv_ops.py',
  '    num = size + 2 * p - d * (k - 1) - 1\n',
  '    num = size + 2 * p - d * (k + 1) - 1\n', 'op formula', note='- -> + at line 877', nth=0)
M('auto-2111-ops.pointwise-329-4', 'ops/pointwise.py',
  '    nfact = float(math.factorial(n))\n',
  '    pass\n', 'front-end', note="'nfact = float(math.factorial(n))' -> 'pass' at line 329")
M('auto-2111-ops.linalg-226-34', 'ops/linalg.py',
  "    _args.tensor_arg(mat2, 'bmm', 'mat2', 1)\n",
  "    _args.tensor_arg(mat2, 'bmm', 'Mat2', 1)\n", 'front-end', note='"\'mat2\'" -> "\'Mat2\'" at line 226')
M('auto-2111-ops.indexing-642-11', 'ops/indexing.py',
  '    gs = g * B.mask(~m, g) if ctx.needs[0] else None\n',
  '    gs = g + B.mask(~m, g) if ctx.needs[0] else None\n', 'front-end', note='* -> + at line 642')
M('auto-2111-ops.indexing-842-37', 'ops/indexing.py',
  '    size = a.shape[d] if a.size else 0\n',
  '    size = a.shape[d] if a.size else 1\n', 'front-end', note='0 -> 1 at line 842')
M('auto-2111-ops.linalg-214-59', 'ops/linalg.py',
  '    return (B.matmul(g, B.transpose(b, 1, 2)) if ctx.needs[0] else None,\n',
  '    return (B.matmul(g, B.transpose(b, 1, 2)) if ctx.needs[1] else None,\n', 'front-end', note='0 -> 1 at line 214')
M('auto-2111-ops.pointwise-823-57', 'ops/pointwise.py',
  "        shape='pointwise', dtypes=('float32', 'float64', 'int64'),\n",
  "        shape='pointwise', dtypes=('float32', 'float64', 'Int64'),\n", 'front-end', note='"\'int64\'" -> "\'Int64\'" at line 823')
M('auto-2111-nn._functional_activation-130-11', 'nn/_functional_activation.py',
  '    b = -a * alpha * (1 - keep_prob)\n',
  '    b = -a / alpha * (1 - keep_prob)\n', 'op formula', note='* -> / at line 130')
M('auto-2111-ops.lapack-547-4', 'ops/lapack.py',
  "    return call(POTRS, [self, input2], {'upper': _bool(upper, 'potrs', 'upper')})\n",
  '    pass\n', 'front-end', note='"return call(POTRS, [self, input2], {\'upper\': _bool(upper, \'potrs\', \'upper\')})" -> \'pass\' at line 547')
M('auto-2111-ops.conv_ops-879-18', 'ops/conv_ops.py',
  '    if p and (out - 1) * s >= size + p:\n',
  '    if p and (out + 1) * s >= size + p:\n', 'op formula', note='- -> + at line 879')
M('auto-2111-ops.blas_ops-99-4', 'ops/blas_ops.py',
  '    gb = None\n',
  '    pass\n', 'front-end', note="'gb = None' -> 'pass' at line 99",
  equivalent='gb is read only under the same needs test that assigns it: the initial None is never read')
M('auto-2111-ops.linalg-69-0', 'ops/linalg.py',
  "errors.STATELESS_OPTIONS['mm'] = _mm_stateless\n",
  'pass\n', 'front-end', note='"errors.STATELESS_OPTIONS[\'mm\'] = _mm_stateless" -> \'pass\' at line 69')
M('auto-2111-ops.nn_ops-356-9', 'ops/nn_ops.py',
  '    if b is not None:\n',
  '    if b is None:\n', 'op formula', note="'is not' -> 'is' at line 356")
M('auto-2111-nn._functional_conv-61-30', 'nn/_functional_conv.py',
  '                     dilation=1):\n',
  '                     dilation=0):\n', 'op formula', note='1 -> 0 at line 61', nth=1)
M('auto-2111-nn._functional_vision-206-25', 'nn/_functional_vision.py',
  '        ix = ((g[..., 0] + 1) / 2) * (IW - 1)\n',
  '        ix = ((g[..., 0] - 1) / 2) * (IW - 1)\n', 'op formula', note='+ -> - at line 206')
M('auto-2111-ops.nn_ops-568-26', 'ops/nn_ops.py',
  '        safe = t * pos + (1 - pos)\n',
  '        safe = t * pos + (2 - pos)\n', 'op formula', note='1 -> 2 at line 568')
M('auto-2111-ops.conv_ops-951-10', 'ops/conv_ops.py',
  '    if ph or pw or bottom or right:\n',
  '    if ph and pw or bottom or right:\n', 'op formula', note='or -> and at line 951')
M('auto-2111-nn._functional_activation-48-82', 'nn/_functional_activation.py',
  '    return np.where(x > lambd, x - t(lambd), np.where(x < -lambd, x + t(lambd), t(0)))\n',
  '    return np.where(x > lambd, x - t(lambd), np.where(x < -lambd, x + t(lambd), t(1)))\n', 'op formula', note='0 -> 1 at line 48')
M('auto-2111-ops.blas_ops-123-44', 'ops/blas_ops.py',
  '            _bmm(ctx, g, B.transpose(b2, 1, 2)) * alpha if ctx.needs[1] else None,\n',
  '            _bmm(ctx, g, B.transpose(b2, 1, 1)) * alpha if ctx.needs[1] else None,\n', 'front-end', note='2 -> 1 at line 123')
M('auto-2111-nn.functional-371-43', 'nn/functional.py',
  '    if w is not None and w.size != x.shape[1]:\n',
  '    if w is not None and w.size != x.shape[2]:\n', 'op formula', note='1 -> 2 at line 371')
M('auto-2111-ops.shape-551-24', 'ops/shape.py',
  '        if _prod(shape) == 0:\n',
  '        if _prod(shape) != 0:\n', 'front-end', note='== -> != at line 551')
M('auto-2111-ops.conv_ops-225-50', 'ops/conv_ops.py',
  '        np.add.reduce(buf.reshape(c, nk_h * nk_w, -1), axis=1, out=total.reshape(c, -1))\n',
  '        np.add.reduce(buf.reshape(c, nk_h * nk_w, 0), axis=1, out=total.reshape(c, -1))\n', 'op formula', note='-1 -> 0 at line 225')
M('auto-2111-ops.shape-97-31', 'ops/shape.py',
  '    if not sizes and a.size == 0:       # the empty tensor (no dimensions in 0.3) to itself\n',
  '    if not sizes and a.size == 1:       # the empty tensor (no dimensions in 0.3) to itself\n', 'front-end', note='0 -> 1 at line 97')
M('auto-2111-ops.lapack-587-16', 'ops/lapack.py',
  '        tol = n * np.finfo(a.dtype).eps * (diag0.max() if n else 0)\n',
  '        tol = n + np.finfo(a.dtype).eps * (diag0.max() if n else 0)\n', 'front-end', note='* -> + at line 587')
M('auto-2111-ops.conv_ops-1291-31', 'ops/conv_ops.py',
  "        invstd = B.pow(var + p['eps'], -0.5)\n",
  "        invstd = B.pow(var + p['Eps'], -0.5)\n", 'op formula', note='"\'eps\'" -> "\'Eps\'" at line 1291')
M('auto-2111-ops.indexing-465-8', 'ops/indexing.py',
  "        return call(INDEX_ADV, [self], {'key': key})\n",
  '        pass\n', 'front-end', note='"return call(INDEX_ADV, [self], {\'key\': key})" -> \'pass\' at line 465')
M('auto-2111-ops.shape-358-69', 'ops/shape.py',
  "    lambda ctx, g: (ctx.B.narrow_pad(g, ctx.shapes[0][0], ctx.params['dim'], ctx.params['start']),),\n",
  "    lambda ctx, g: (ctx.B.narrow_pad(g, ctx.shapes[0][0], ctx.params['Dim'], ctx.params['start']),),\n", 'front-end', note='"\'dim\'" -> "\'Dim\'" at line 358')
M('auto-2111-ops.reduction-778-4', 'ops/reduction.py',
  "    dim = p.get('dim')\n",
  '    pass\n', 'front-end', note='"dim = p.get(\'dim\')" -> \'pass\' at line 778')
# auto-2111-ops.indexing-258-29 (the mask branch for a list of bools in parse_key) was real when
# drawn (a one-element dimension indexed by [True] differed); reading 0.3.1 showed a bool list
# is a LongTensor of 0s and 1s there, so the branch was removed (session 19) and the list
# semantics tested in test_wide_kills_s19.py
M('auto-2111-ops.shape-373-7', 'ops/shape.py',
  '    if not 0 <= start < size:\n',
  '    if 0 <= start < size:\n', 'front-end', note="'not ' -> '' at line 373")
M('auto-2111-ops.nn_loss_ops-87-26', 'ops/nn_loss_ops.py',
  '    shape = ctx.shapes[0][0]\n',
  '    shape = ctx.shapes[0][1]\n', 'op formula', note='0 -> 1 at line 87', nth=0)
M('auto-2111-ops.blas_ops-68-46', 'ops/blas_ops.py',
  "    'addmv', _addmv_fwd, _addmv_back, grad_fn='AddmvBackward', save_inputs=(1, 2),\n",
  "    'addmv', _addmv_fwd, _addmv_back, grad_fn='addmvBackward', save_inputs=(1, 2),\n", 'front-end', note='"\'AddmvBackward\'" -> "\'addmvBackward\'" at line 68')
M('auto-2111-ops.lapack-265-14', 'ops/lapack.py',
  '    if a.ndim != 2:\n',
  '    if a.ndim == 2:\n', 'front-end', note='!= -> == at line 265 (a dims check; since TH\'s order, _solver_checks\' A check)', nth=1)
M('auto-2111-ops.indexing-439-50', 'ops/indexing.py',
  '        return cls._wrap(np.take(a, k.array, axis=0) if a.size else a.copy())\n',
  '        return cls._wrap(np.take(a, k.array, axis=1) if a.size else a.copy())\n', 'front-end', note='0 -> 1 at line 439')
M('auto-2111-ops.pointwise-933-4', 'ops/pointwise.py',
  '    broadcast_shapes(array_of(t1).shape, array_of(t2).shape)\n',
  '    pass\n', 'front-end', note="'broadcast_shapes(array_of(t1).shape, array_of(t2).shape)' -> 'pass' at line 933")
M('auto-2111-nn._functional_distance-21-4', 'nn/_functional_distance.py',
  '    w2 = x2.norm(2, dim)\n',
  '    pass\n', 'op formula', note="'w2 = x2.norm(2, dim)' -> 'pass' at line 21")


# ---- lead sample 2112 (session 19, drawn and run at c01b75c; AUTO_MUTANTS_SEED=2112 COUNT=40
# KINDS=all, the front-end files as seed 1801, --jobs 1), measured before any test written for it:
# 34 of 40 killed by their subsets, 2 argued equivalent; of the 4 real survivors, three are now
# killed by test_wide_kills_s19.py (tensor-486 only on numpy 1.x, where np.trunc of an int64
# array gives float64: numpy 2 keeps the integer type, so there it changes nothing) and one is
# not (backend_variable-112: an expand to the same shape adds an ExpandBackward node to
# gradient graphs; values are equal, and the node structure of those graphs is not 0.3.1's
# either way)
M('auto-2112-_fastpaths-62-25', '_fastpaths.py',
  "POISON_WORKSPACE = _flag('LEGACY_AUTOGRAD_POISON_WORKSPACE')\n",
  "POISON_WORKSPACE = _flag('lEGACY_AUTOGRAD_POISON_WORKSPACE')\n", 'fast path', note='"\'LEGACY_AUTOGRAD_POISON_WORKSPACE\'" -> "\'lEGACY_AUTOGRAD_POISON_WORKSPACE\'" at line 62')
M('auto-2112-ops.dispatch-310-12', 'ops/dispatch.py',
  '            a = v._data._a\n',
  '            pass\n', 'fast path', note="'a = v._data._a' -> 'pass' at line 310")
M('auto-2112-ops.backend_variable-91-24', 'ops/backend_variable.py',
  '    if g._data._a.dtype != dtype:\n',
  '    if g._data._a.dtype == dtype:\n', 'front-end', note='!= -> == at line 91')
M('auto-2112-ops.schema-484-8', 'ops/schema.py',
  "        out.append((form.replace('T ', type_name + ' '), kinds))\n",
  '        pass\n', 'front-end', note='"out.append((form.replace(\'T \', type_name + \' \'), kinds))" -> \'pass\' at line 484')
M('auto-2112-ops._common-135-12', 'ops/_common.py',
  '            return b.reshape(sa)\n',
  '            pass\n', 'front-end', note="'return b.reshape(sa)' -> 'pass' at line 135")
M('auto-2112-ops.comparison-79-22', 'ops/comparison.py',
  "    argnames=('self', 'other'),\n",
  "    argnames=('self', 'Other'),\n", 'front-end', note='"\'other\'" -> "\'Other\'" at line 79')
M('auto-2112-ops.backend_variable-112-8', 'ops/backend_variable.py',
  '        return g\n',
  '        pass\n', 'front-end', note="'return g' -> 'pass' at line 112", nth=1)
M('auto-2112-ops.type_support-48-39', 'ops/type_support.py',
  "_ATEN_REACHED = {'var': 'mean', 'std': 'mean', 'renorm': 'norm', 'renorm_': 'norm'}\n",
  "_ATEN_REACHED = {'var': 'mean', 'std': 'Mean', 'renorm': 'norm', 'renorm_': 'norm'}\n", 'front-end', note='"\'mean\'" -> "\'Mean\'" at line 48')
M('auto-2112-tensor-267-46', 'tensor.py',
  '        if not isinstance(other, _TensorBase) and not isinstance(\n',
  '        if not isinstance(other, _TensorBase) or not isinstance(\n', 'front-end', note="'and' -> 'or' at line 267")
M('auto-2112-ops._args-168-33', 'ops/_args.py',
  '    if value is True or value is False:\n',
  '    if value is True or value is True:\n', 'front-end', note="'False' -> 'True' at line 168")
M('auto-2112-storage-207-16', 'storage.py',
  "                raise IndexError('index %d out of range for storage of size %d' % (i, n))\n",
  '                pass\n', 'front-end', note='"raise IndexError(\'index %d out of range for storage of size %d\' % (i, n))" -> \'pass\' at line 207')
M('auto-2112-autograd.function-380-11', 'autograd/function.py',
  '        if not isinstance(out, _TensorBase):\n',
  '        if isinstance(out, _TensorBase):\n', 'vjp', note="'not ' -> '' at line 380")
M('auto-2112-_fastpaths-93-8', '_fastpaths.py',
  '        fast.__code__, fast.__defaults__, fast.__kwdefaults__ = other if reference else own\n',
  '        pass\n', 'fast path', note="'fast.__code__, fast.__defaults__, fast.__kwdefaults__ = other if reference else own' -> 'pass' at line 93")
M('auto-2112-autograd.function-275-16', 'autograd/function.py',
  '                tensor_args.append(a)\n',
  '                pass\n', 'vjp', note="'tensor_args.append(a)' -> 'pass' at line 275")
M('auto-2112-autograd.engine-84-23', 'autograd/engine.py',
  '        if dense.shape != other.shape:\n',
  '        if dense.shape == other.shape:\n', 'vjp', note='!= -> == at line 84')
M('auto-2112-autograd.__init__-117-35', 'autograd/__init__.py',
  "                                   'used in the graph')\n",
  "                                   'Used in the graph')\n", 'vjp', note='"\'used in the graph\'" -> "\'Used in the graph\'" at line 117')
M('auto-2112-autograd.__init__-77-31', 'autograd/__init__.py',
  "            raise RuntimeError('element %d of gradients tuple is not a Variable or None' % i)\n",
  "            raise RuntimeError('Element %d of gradients tuple is not a Variable or None' % i)\n", 'vjp', note='"\'element %d of gradients tuple is not a Variable or None\'" -> "\'Element %d of gradients tuple is not a Variable or None\'" at line 77')
M('auto-2112-autograd.function-51-15', 'autograd/function.py',
  "LEAF_INPLACE = 'a leaf Variable that requires grad has been used in an in-place operation.'\n",
  "LEAF_INPLACE = 'A leaf Variable that requires grad has been used in an in-place operation.'\n", 'vjp', note='"\'a leaf Variable that requires grad has been used in an in-place operation.\'" -> "\'A leaf Variable that requires grad has been used in an in-place operation.\'" at line 51')
M('auto-2112-ops._common-190-4', 'ops/_common.py',
  '    out = np.empty(a.shape, a.dtype)\n',
  '    pass\n', 'front-end', note="'out = np.empty(a.shape, a.dtype)' -> 'pass' at line 190")
M('auto-2112-tensor-486-52', 'tensor.py',
  "    if not cls._info.is_floating and arr.dtype.kind == 'f':\n",
  "    if not cls._info.is_floating and arr.dtype.kind != 'f':\n", 'front-end', note='== -> != at line 486')
M('auto-2112-ops.schema-244-25', 'ops/schema.py',
  "        raise ValueError('op %r: %s declared twice' % (name, sorted(clash)))\n",
  "        raise ValueError('Op %r: %s declared twice' % (name, sorted(clash)))\n", 'front-end', note='"\'op %r: %s declared twice\'" -> "\'Op %r: %s declared twice\'" at line 244')
M('auto-2112-ops.creation-373-102', 'ops/creation.py',
  "    pa = array_of(p) if hasattr(p, 'size') and not isinstance(p, (int, float)) else _args.to_float(p, 'bernoulli_', 'p')\n",
  "    pa = array_of(p) if hasattr(p, 'size') and not isinstance(p, (int, float)) else _args.to_float(p, 'Bernoulli_', 'p')\n", 'front-end', note='"\'bernoulli_\'" -> "\'Bernoulli_\'" at line 373')
M('auto-2112-autograd.__init__-68-19', 'autograd/__init__.py',
  '        if edge[0] is None:\n',
  '        if edge[0] is not None:\n', 'vjp', note='is -> is not at line 68')
M('auto-2112-storage-71-35', 'storage.py',
  "                                   'element(s)' % (offset, numel))\n",
  "                                   'Element(s)' % (offset, numel))\n", 'front-end', note='"\'element(s)\'" -> "\'Element(s)\'" at line 71')
M('auto-2112-autograd.profiler-184-8', 'autograd/profiler.py',
  '        return 0.0 if self.count == 0 else 1.0 * self.cuda_time_total / self.count\n',
  '        pass\n', 'vjp', note="'return 0.0 if self.count == 0 else 1.0 * self.cuda_time_total / self.count' -> 'pass' at line 184")
M('auto-2112-size-30-34', 'size.py',
  "        return 'torch.Size([%s])' % ', '.join(str(s) for s in self)\n",
  "        return 'torch.Size([%s])' // ', '.join(str(s) for s in self)\n", 'front-end', note='% -> // at line 30')
M('auto-2112-ops.schema-223-12', 'ops/schema.py',
  "            forms[r + '.inplace'] = fn_\n",
  '            pass\n', 'front-end', note='"forms[r + \'.inplace\'] = fn_" -> \'pass\' at line 223')
M('auto-2112-backend_numpy-78-4', 'backend_numpy.py',
  '    lead = g.ndim - n\n',
  '    pass\n', 'front-end', note="'lead = g.ndim - n' -> 'pass' at line 78")
M('auto-2112-autograd.function-537-33', 'autograd/function.py',
  '    volatile = any(v is not None and v._volatile for v in grad_vars)\n',
  '    volatile = any(v is not None or v._volatile for v in grad_vars)\n', 'vjp', note="'and' -> 'or' at line 537")
M('auto-2112-tensor-140-4', 'tensor.py',
  '    nelement = numel\n',
  '    pass\n', 'front-end', note="'nelement = numel' -> 'pass' at line 140")
M('auto-2112-ops.creation-69-16', 'ops/creation.py',
  "                raise TypeError('out= must be a tensor, got %s' % type(out).__name__)\n",
  '                pass\n', 'front-end', note='"raise TypeError(\'out= must be a tensor, got %s\' % type(out).__name__)" -> \'pass\' at line 69')
M('auto-2112-autograd.__init__-150-12', 'autograd/__init__.py',
  '            g = None\n',
  '            pass\n', 'vjp', note="'g = None' -> 'pass' at line 150")
M('auto-2112-autograd.nodes-136-4', 'autograd/nodes.py',
  '    return fn\n',
  '    pass\n', 'vjp', note="'return fn' -> 'pass' at line 136",
  equivalent='nodes.public is called for its side effect (the node classes); its one caller ignores the returned fn')
M('auto-2112-autograd.engine-100-4', 'autograd/engine.py',
  '    return Variable._make(CLASS_BY_DTYPE[g.dtype]._wrap(g), volatile=not create_graph)\n',
  '    pass\n', 'vjp', note="'return Variable._make(CLASS_BY_DTYPE[g.dtype]._wrap(g), volatile=not create_graph)' -> 'pass' at line 100")
M('auto-2112-ops.schema-324-12', 'ops/schema.py',
  "    if code is None or '_stacklevel' in code.co_varnames:\n",
  "    if code is not None or '_stacklevel' in code.co_varnames:\n", 'front-end', note='is -> is not at line 324')
M('auto-2112-ops.schema-184-46', 'ops/schema.py',
  "            shape='other', dtypes=('float32', 'float64'), impl_inplace=None, tensor_first=True,\n",
  "            shape='other', dtypes=('float32', 'Float64'), impl_inplace=None, tensor_first=True,\n", 'front-end', note='"\'float64\'" -> "\'Float64\'" at line 184')
# auto-2112-autograd.variable-368-0 (_rebuild_variable._legacy_unpickle_ok = True -> pass) was
# equivalent: nothing read the attribute; it was removed (session 19), with Parameter's twin
M('auto-2112-ops.creation-373-43', 'ops/creation.py',
  "    pa = array_of(p) if hasattr(p, 'size') and not isinstance(p, (int, float)) else _args.to_float(p, 'bernoulli_', 'p')\n",
  "    pa = array_of(p) if hasattr(p, 'size') or not isinstance(p, (int, float)) else _args.to_float(p, 'bernoulli_', 'p')\n", 'front-end', note="'and' -> 'or' at line 373")
M('auto-2112-storage-102-8', 'storage.py',
  '        return len(self._a)\n',
  '        pass\n', 'front-end', note="'return len(self._a)' -> 'pass' at line 102", nth=1)
M('auto-2112-ops.backend_variable-249-77', 'ops/backend_variable.py',
  "    return _call(SCATTER_ADD_ZEROS, [g], {'shape': tuple(shape), 'dim': dim, 'index': index})\n",
  "    return _call(SCATTER_ADD_ZEROS, [g], {'shape': tuple(shape), 'dim': dim, 'Index': index})\n", 'front-end', note='"\'index\'" -> "\'Index\'" at line 249')


# ---- sample 2113 (session 19, the op-formula files as 2111; drawn and run at 2d87d28,
# AUTO_MUTANTS_SEED=2113 COUNT=40 KINDS=all, --jobs 2), measured before any test written for it:
# 36 of 40 killed by their subsets, 1 more by test_parity_registry (an RNN sample branch), 2 argued
# equivalent; 1 real survivor (view() without sizes), now killed by test_wide_kills_s19.py:
# 37 of 38
M('auto-2113-ops.lapack-420-49', 'ops/lapack.py',
  "               argnames=('self',), extra_outputs=1)\n",
  "               argnames=('self',), extra_outputs=0)\n", 'front-end', note='1 -> 0 at line 420', nth=1)
M('auto-2113-ops.shape-28-28', 'ops/shape.py',
  "    known = 1 if sizes else 0       # 0.3: no sizes at all is the empty tensor's shape\n",
  "    known = 1 if sizes else 1       # 0.3: no sizes at all is the empty tensor's shape\n", 'front-end', note='0 -> 1 at line 28')
M('auto-2113-ops.linalg-34-42', 'ops/linalg.py',
  "    grad_fn='MmBackward', save_inputs=(0, 1), argnames=('self', 'mat2'),\n",
  "    grad_fn='MmBackward', save_inputs=(0, 0), argnames=('self', 'mat2'),\n", 'front-end', note='1 -> 0 at line 34')
M('auto-2113-nn.functional-603-25', 'nn/functional.py',
  "        raise ValueError('weight must be one-dimensional')\n",
  "        raise ValueError('Weight must be one-dimensional')\n", 'op formula', note='"\'weight must be one-dimensional\'" -> "\'Weight must be one-dimensional\'" at line 603')
M('auto-2113-ops.conv_ops-327-25', 'ops/conv_ops.py',
  "    if _layout(n, ow) == 'nl':\n",
  "    if _layout(n, ow) == 'Nl':\n", 'op formula', note='"\'nl\'" -> "\'Nl\'" at line 327')
M('auto-2113-ops.apply_ops-72-4', 'ops/apply_ops.py',
  '    return self\n',
  '    pass\n', 'front-end', note="'return self' -> 'pass' at line 72", nth=1)
M('auto-2113-nn.functional-244-87', 'nn/functional.py',
  "            expanded = _call(_shape_ops.EXPAND, [bias], {'shape': (x.shape[0], w.shape[0])})\n",
  "            expanded = _call(_shape_ops.EXPAND, [bias], {'shape': (x.shape[0], w.shape[1])})\n", 'op formula', note='0 -> 1 at line 244')
M('auto-2113-ops.rnn_ops-356-23', 'ops/rnn_ops.py',
  "    return {'D': (hs > 0).astype(dt) if relu else 1 - hs * hs, 'hs': hs}\n",
  "    return {'D': (hs > 1).astype(dt) if relu else 1 - hs * hs, 'hs': hs}\n", 'op formula', note='0 -> 1 at line 356')
# auto-2113-ops.linalg-292-22 (matmul's batched branch: squeeze(-1) -> squeeze(-2) for a 1-D
# second operand) was equivalent: every second operand of <= 2 dims returns earlier, so the
# branch was dead; both db == 1 lines were removed (session 19)
M('auto-2113-ops.rnn_ops-816-20', 'ops/rnn_ops.py',
  '                    _forward_numpy(mode, arrays, bs, rev, saved)\n',
  '                    pass\n', 'op formula', note="'_forward_numpy(mode, arrays, bs, rev, saved)' -> 'pass' at line 816")
M('auto-2113-ops.nn_ops-405-4', 'ops/nn_ops.py',
  '    vocab, dim = ctx.shapes[0][0]\n',
  '    pass\n', 'op formula', note="'vocab, dim = ctx.shapes[0][0]' -> 'pass' at line 405")
M('auto-2113-ops.indexing-464-4', 'ops/indexing.py',
  "    return call(INDEX_VIEW, [self], {'key': key})\n",
  '    pass\n', 'front-end', note='"return call(INDEX_VIEW, [self], {\'key\': key})" -> \'pass\' at line 464')
M('auto-2113-ops.reduction-327-30', 'ops/reduction.py',
  "                    argnames=('self',), modern=modern)\n",
  "                    argnames=('Self',), modern=modern)\n", 'front-end', note='"\'self\'" -> "\'Self\'" at line 327')
M('auto-2113-ops.nn_loss_ops-68-4', 'ops/nn_loss_ops.py',
  '    return z, other\n',
  '    pass\n', 'op formula', note="'return z, other' -> 'pass' at line 68")
M('auto-2113-ops.blas_ops-337-71', 'ops/blas_ops.py',
  "    overloads = ('(T %s, T %s)' % (a1, a2), '(float beta, T %s, T %s)' % (a1, a2),\n",
  "    overloads = ('(T %s, T %s)' % (a1, a2), '(float beta, T %s, T %s)' // (a1, a2),\n", 'front-end', note='% -> // at line 337')
M('auto-2113-ops.reduction-173-8', 'ops/reduction.py',
  '        return call_variable1(op, self)         # every full reduction is a plain op\n',
  '        pass         # every full reduction is a plain op\n', 'front-end', note="'return call_variable1(op, self)' -> 'pass' at line 173")
M('auto-2113-nn._functional_volumetric-166-33', 'nn/_functional_volumetric.py',
  '        out = out[:, pd[0]:pd[0] + od]\n',
  '        out = out[:, pd[0]:pd[0] - od]\n', 'op formula', note='+ -> - at line 166')
M('auto-2113-ops.rnn_ops-871-12', 'ops/rnn_ops.py',
  '            x, h, layer = (sum(bs), E), (B, H), None\n',
  '            pass\n', 'op formula', note="'x, h, layer = (sum(bs), E), (B, H), None' -> 'pass' at line 871")
M('auto-2113-ops.shape-753-27', 'ops/shape.py',
  '    cols = np.arange(shape[1])[None, :]\n',
  '    cols = np.arange(shape[0])[None, :]\n', 'front-end', note='1 -> 0 at line 753')
M('auto-2113-ops.indexing-499-8', 'ops/indexing.py',
  '        shape = np.shape(a[key])\n',
  '        pass\n', 'front-end', note="'shape = np.shape(a[key])' -> 'pass' at line 499")
M('auto-2113-ops.indexing-461-30', 'ops/indexing.py',
  '        if np.ndim(a[key]) == 0:\n',
  '        if np.ndim(a[key]) == 1:\n', 'front-end', note='0 -> 1 at line 461')
M('auto-2113-ops.blas_ops-321-48', 'ops/blas_ops.py',
  "    'baddbmm': {X: (2, 3, 2), Y: (2, 3, 4), Z: (2, 4, 2)},\n",
  "    'baddbmm': {X: (2, 3, 2), Y: (2, 3, 4), Z: (3, 4, 2)},\n", 'front-end', note='2 -> 3 at line 321')
M('auto-2113-ops.nn_ops-212-14', 'ops/nn_ops.py',
  '    soft = np.log1p(np.exp(_wide(bx))) / float(t(beta))\n',
  '    soft = np.log(np.exp(_wide(bx))) / float(t(beta))\n', 'op formula', note="'log1p' -> 'log' at line 212")
M('auto-2113-ops.conv_ops-1476-37', 'ops/conv_ops.py',
  "                raise AssertionError('5D tensors expect 6 values for padding')\n",
  "                raise AssertionError('5d tensors expect 6 values for padding')\n", 'op formula', note='"\'5D tensors expect 6 values for padding\'" -> "\'5d tensors expect 6 values for padding\'" at line 1476')
M('auto-2113-ops.conv_ops-535-63', 'ops/conv_ops.py',
  '        out = (x_shape[2 + d] + 2 * pd[d] - dl[d] * (w_shape[2 + d] - 1) - 1) // st[d] + 1\n',
  '        out = (x_shape[2 + d] + 2 * pd[d] - dl[d] * (w_shape[2 - d] - 1) - 1) // st[d] + 1\n', 'op formula', note='+ -> - at line 535')
M('auto-2113-ops.conv_ops-1065-15', 'ops/conv_ops.py',
  '    ow = shape[-1] if not ow else int(ow)\n',
  '    ow = shape[-2] if not ow else int(ow)\n', 'op formula', note='-1 -> -2 at line 1065')
M('auto-2113-nn._functional_vision-104-8', 'nn/_functional_vision.py',
  '        scale_factor = size[0] // in_sizes[0]\n',
  '        pass\n', 'op formula', note="'scale_factor = size[0] // in_sizes[0]' -> 'pass' at line 104")
M('auto-2113-nn.functional-67-7', 'nn/functional.py',
  '    if not _is_float(x):\n',
  '    if _is_float(x):\n', 'op formula', note="'not ' -> '' at line 67")
M('auto-2113-nn._functional_volumetric-573-8', 'nn/_functional_volumetric.py',
  '        seq_w = _intervals(samples[plane, 0], w, ow, kw, a.dtype)\n',
  '        pass\n', 'op formula', note="'seq_w = _intervals(samples[plane, 0], w, ow, kw, a.dtype)' -> 'pass' at line 573")
M('auto-2113-ops.conv_ops-1616-24', 'ops/conv_ops.py',
  '    sizes = tuple(r.int(1, 5) for _ in range(nd))\n',
  '    sizes = tuple(r.int(0, 5) for _ in range(nd))\n', 'op formula', note='1 -> 0 at line 1616',
  equivalent="the pooling parity samples' generator (test data, not behaviour): with zero sizes allowed the drawn cases still agree with modern torch, so no verdict changes")
M('auto-2113-ops.indexing-225-4', 'ops/indexing.py',
  '    pos = [i for i, x in enumerate(key) if _is_sequence_indexer(x)]\n',
  '    pass\n', 'front-end', note="'pos = [i for i, x in enumerate(key) if _is_sequence_indexer(x)]' -> 'pass' at line 225")
M('auto-2113-ops.blas_ops-258-4', 'ops/blas_ops.py',
  '    expand_check(tuple(shape), tuple(out_shape))\n',
  '    pass\n', 'front-end', note="'expand_check(tuple(shape), tuple(out_shape))' -> 'pass' at line 258")
M('auto-2113-ops.nn_ops-600-4', 'ops/nn_ops.py',
  "    w = None if p['weight'] is None else B.const(p['weight'].reshape(xv.shape), g)\n",
  '    pass\n', 'op formula', note='"w = None if p[\'weight\'] is None else B.const(p[\'weight\'].reshape(xv.shape), g)" -> \'pass\' at line 600')
M('auto-2113-ops.nn_ops-472-11', 'ops/nn_ops.py',
  '    gx = g * diff * (2.0 * _norm(ctx, B.value(x).size))\n',
  '    gx = g / diff * (2.0 * _norm(ctx, B.value(x).size))\n', 'op formula', note='* -> / at line 472')
M('auto-2113-ops.reduction-780-16', 'ops/reduction.py',
  "    dim = p.get('dim')\n",
  "    dim = p.get('Dim')\n", 'front-end', note='"\'dim\'" -> "\'Dim\'" at line 780')
M('auto-2113-ops.nn_ops-845-81', 'ops/nn_ops.py',
  "        x1, x2, y.detach(), margin=margin, reduction='mean' if size_average else 'sum'))\n",
  "        x1, x2, y.detach(), margin=margin, reduction='mean' if size_average else 'Sum'))\n", 'op formula', note='"\'sum\'" -> "\'Sum\'" at line 845', nth=1)
M('auto-2113-nn._functional_embedding_bag-70-26', 'nn/_functional_embedding_bag.py',
  '    if scale_grad_by_freq and idx.size:\n',
  '    if scale_grad_by_freq or idx.size:\n', 'op formula', note="'and' -> 'or' at line 70")
M('auto-2113-ops.conv_ops-908-18', 'ops/conv_ops.py',
  '        return np.zeros(stack.shape[1], dtype=np.uint8)\n',
  '        return np.ones(stack.shape[1], dtype=np.uint8)\n', 'op formula', note="'zeros' -> 'ones' at line 908")
M('auto-2113-ops.conv_ops-220-8', 'ops/conv_ops.py',
  '        tail = (sh * sy, sw * sx, sn)\n',
  '        pass\n', 'op formula', note="'tail = (sh * sy, sw * sx, sn)' -> 'pass' at line 220")
M('auto-2113-ops.reduction-786-52', 'ops/reduction.py',
  "    return (_norm_grad(B, ctx.inputs[0], g, norm, p['p'], dim),)\n",
  "    return (_norm_grad(B, ctx.inputs[0], g, norm, p['P'], dim),)\n", 'front-end', note='"\'p\'" -> "\'P\'" at line 786')
# ---- sample 3001 (session 20, a training draw of the op-formula files, not a measurement:
# drawn and run at 7efef25, AUTO_MUTANTS_SEED=3001 COUNT=50 KINDS=all, --jobs 1): 44 of 50 killed
# by their subsets, 1 more by test_parity_registry (the generated report names the op), 2 argued
# equivalent, 3 survivors (addcmul's receiver check on an unbound
# call, histc's widening of an empty range, conv_transpose3d's depth output_padding), now killed
# by test_wide_kills_s20.py
M('auto-3001-ops.rnn_ops-460-43', 'ops/rnn_ops.py',
  '                V(z_, True), V(dGi[:, :H], True), V(dGi[:, H:H2], True),\n',
  '                V(z_, True), V(dGi[:, :H], False), V(dGi[:, H:H2], True),\n', 'op formula', note="'True' -> 'False' at line 460")
M('auto-3001-ops.conv_ops-941-29', 'ops/conv_ops.py',
  '    bottom = max(0, (oh - 1) * sh + dh * (kh - 1) + 1 - h - ph)\n',
  '    bottom = max(0, (oh - 1) / sh + dh * (kh - 1) + 1 - h - ph)\n', 'op formula', note='* -> / at line 941')
M('auto-3001-ops.reduction-314-4', 'ops/reduction.py',
  "    idx = p['index']\n",
  '    pass\n', 'front-end', note='"idx = p[\'index\']" -> \'pass\' at line 314')
M('auto-3001-ops.blas_ops-252-4', 'ops/blas_ops.py',
  '    return _product_list_error(self, name, given)\n',
  '    pass\n', 'front-end', note="'return _product_list_error(self, name, given)' -> 'pass' at line 252")
M('auto-3001-ops.lapack-206-18', 'ops/lapack.py',
  "    _square(self)\n    return call(INVERSE, [self])\n",
  "    _matrix(self)\n    return call(INVERSE, [self])\n", 'front-end', note='"\'inverse\'" -> "\'Inverse\'" at line 206')
M('auto-3001-ops.conv_ops-912-4', 'ops/conv_ops.py',
  '    np.subtract(wdt(kk), arg, out=arg)\n',
  '    pass\n', 'op formula', note="'np.subtract(wdt(kk), arg, out=arg)' -> 'pass' at line 912")
M('auto-3001-ops.nn_ops-317-4', 'ops/nn_ops.py',
  "    d = ctx.params['dim']\n",
  '    pass\n', 'op formula', note='"d = ctx.params[\'dim\']" -> \'pass\' at line 317', nth=0)
M('auto-3001-ops.nn_ops-289-12', 'ops/nn_ops.py',
  '            gw = B.reshape(B.sum(contrib), wshape)\n',
  '            pass\n', 'op formula', note="'gw = B.reshape(B.sum(contrib), wshape)' -> 'pass' at line 289")
M('auto-3001-ops.rnn_ops-475-4', 'ops/rnn_ops.py',
  '    return dGi, dGh, (dh,)\n',
  '    pass\n', 'op formula', note="'return dGi, dGh, (dh,)' -> 'pass' at line 475")
M('auto-3001-ops.pointwise-918-4', 'ops/pointwise.py',
  '    _check_tensor(self, name)\n',
  '    pass\n', 'front-end', note="'_check_tensor(self, name)' -> 'pass' at line 918", nth=3)
M('auto-3001-ops.nn_ops-226-4', 'ops/nn_ops.py',
  '    sig = 1 / (1 + B.exp(x * (-beta)))\n',
  '    pass\n', 'op formula', note="'sig = 1 / (1 + B.exp(x * (-beta)))' -> 'pass' at line 226")
M('auto-3001-nn.functional-530-54', 'nn/functional.py',
  "                 {'margin': _float(margin, 'margin'), 'size_average': bool(size_average)})\n",
  "                 {'margin': _float(margin, 'margin'), 'Size_average': bool(size_average)})\n", 'op formula', note='"\'size_average\'" -> "\'Size_average\'" at line 530', nth=2)
M('auto-3001-ops.indexing-153-32', 'ops/indexing.py',
  "    if arr is None or arr.dtype == object or (arr.size and arr.dtype.kind not in 'iub'):\n",
  "    if arr is None or arr.dtype != object or (arr.size and arr.dtype.kind not in 'iub'):\n", 'front-end', note='== -> != at line 153')
M('auto-3001-nn._functional_vision-134-74', 'nn/_functional_vision.py',
  '        return _linear(input, _ntuple(dim - 2)(size), scale_factor, dim - 2)\n',
  '        return _linear(input, _ntuple(dim - 2)(size), scale_factor, dim - 3)\n', 'op formula', note='2 -> 3 at line 134')
M('auto-3001-ops.nn_loss_ops-225-19', 'ops/nn_loss_ops.py',
  '            return False\n',
  '            return True\n', 'op formula', note="'False' -> 'True' at line 225",
  equivalent="multilabel_margin_loss's parity-sample filter (test data, not behaviour): it keeps samples 0.02 away from the hinge's kink; accepting every sample leaves the drawn cases agreeing with modern torch, so no verdict changes")
M('auto-3001-ops.lapack-312-25', 'ops/lapack.py',
  '        self = self.view(-1, 1)\n',
  '        self = self.view(-2, 1)\n', 'front-end', note='-1 -> -2 at line 312', nth=1)
M('auto-3001-ops.pointwise-741-67', 'ops/pointwise.py',
  "    grad_fn='Atan2Backward', save_inputs=(0, 1), argnames=('self', 'other'),\n",
  "    grad_fn='Atan2Backward', save_inputs=(0, 1), argnames=('self', 'Other'),\n", 'front-end', note='"\'other\'" -> "\'Other\'" at line 741')
M('auto-3001-nn._functional_volumetric-527-27', 'nn/_functional_volumetric.py',
  '                           % (int(where.reshape(-1)[-1]), ot, oh, ow))\n',
  '                           // (int(where.reshape(-1)[-1]), ot, oh, ow))\n', 'op formula', note='% -> // at line 527')
M('auto-3001-ops.linalg-220-57', 'ops/linalg.py',
  "    grad_fn='BmmBackward', save_inputs=(0, 1), argnames=('self', 'mat2'),\n",
  "    grad_fn='BmmBackward', save_inputs=(0, 1), argnames=('Self', 'mat2'),\n", 'front-end', note='"\'self\'" -> "\'Self\'" at line 220')
M('auto-3001-ops.lapack-590-23', 'ops/lapack.py',
  '        j = k + int(np.argmax(d))\n',
  '        j = k + int(np.argmin(d))\n', 'front-end', note="'argmax' -> 'argmin' at line 590")
M('auto-3001-ops.blas_ops-171-20', 'ops/blas_ops.py',
  '        lo, hi = lo - 1, hi + 1\n',
  '        lo, hi = lo + 1, hi + 1\n', 'front-end', note='- -> + at line 171')
M('auto-3001-ops.shape-432-58', 'ops/shape.py',
  "    grad_fn='SelectBackward', argnames=('self',), is_view=True,\n",
  "    grad_fn='SelectBackward', argnames=('self',), is_view=False,\n", 'front-end', note="'True' -> 'False' at line 432")
M('auto-3001-nn._functional_volumetric-371-66', 'nn/_functional_volumetric.py',
  "_AVG_POOL3D = G.separable_pair('avg_pool3d', 'AvgPool3DBackward', 'AvgPool3DBackwardBackward')\n",
  "_AVG_POOL3D = G.separable_pair('avg_pool3d', 'AvgPool3DBackward', 'avgPool3DBackwardBackward')\n", 'op formula', note='"\'AvgPool3DBackwardBackward\'" -> "\'avgPool3DBackwardBackward\'" at line 371')
M('auto-3001-nn._functional_schema-146-61', 'nn/_functional_schema.py',
  '    return torch.bmm(base.view(N, H * W, 3), theta.transpose(1, 2)).view(N, H, W, 2)\n',
  '    return torch.bmm(base.view(N, H * W, 3), theta.transpose(2, 2)).view(N, H, W, 2)\n', 'op formula', note='1 -> 2 at line 146')
M('auto-3001-nn._functional_vision-93-32', 'nn/_functional_vision.py',
  '    if scale_factor is not None and not isinstance(scale_factor, Integral):\n',
  '    if scale_factor is not None or not isinstance(scale_factor, Integral):\n', 'op formula', note="'and' -> 'or' at line 93")
M('auto-3001-ops.rnn_ops-269-53', 'ops/rnn_ops.py',
  '    steps = zip(V(gates), plan.chunk_views(gates, 4)[2], V(acts), i, f, g, o, hp, cp, hy, cy,\n',
  '    steps = zip(V(gates), plan.chunk_views(gates, 4)[3], V(acts), i, f, g, o, hp, cp, hy, cy,\n', 'op formula', note='2 -> 3 at line 269')
M('auto-3001-nn._functional_volumetric-105-4', 'nn/_functional_volumetric.py',
  '    out = None\n',
  '    pass\n', 'op formula', note="'out = None' -> 'pass' at line 105", nth=0)
M('auto-3001-ops.reduction-414-66', 'ops/reduction.py',
  "    grad_fn='MaxBackward2', save_inputs=(0, 1), argnames=('self', 'other'),\n",
  "    grad_fn='MaxBackward2', save_inputs=(0, 1), argnames=('self', 'Other'),\n", 'front-end', note='"\'other\'" -> "\'Other\'" at line 414')
M('auto-3001-nn._functional_schema-186-57', 'nn/_functional_schema.py',
  '          modern=lambda torch, x, lower=1. / 8, upper=1. / 3, training=False, inplace=False:\n',
  '          modern=lambda torch, x, lower=1. / 8, upper=1. * 3, training=False, inplace=False:\n', 'op formula', note='/ -> * at line 186')
M('auto-3001-ops.rnn_ops-220-19', 'ops/rnn_ops.py',
  '    w = a.shape[1] // k\n',
  '    w = a.shape[1] / k\n', 'op formula', note='// -> / at line 220')
M('auto-3001-nn._functional_volumetric-447-46', 'nn/_functional_volumetric.py',
  '    if len(output_size) == len(kernel_size) + 2:\n',
  '    if len(output_size) == len(kernel_size) + 3:\n', 'op formula', note='2 -> 3 at line 447')
M('auto-3001-ops.lapack-408-12', 'ops/lapack.py',
  '    while j < n:\n',
  '    while j > n:\n', 'front-end', note='< -> > at line 408')
M('auto-3001-ops.rnn_ops-360-88', 'ops/rnn_ops.py',
  "            'RNN_TANH': partial(_rnn_forward, False), 'RNN_RELU': partial(_rnn_forward, True)}\n",
  "            'RNN_TANH': partial(_rnn_forward, False), 'RNN_RELU': partial(_rnn_forward, False)}\n", 'op formula', note="'True' -> 'False' at line 360")
M('auto-3001-ops.shape-105-8', 'ops/shape.py',
  '        cur = a.shape[i - lead] if i >= lead else 1\n',
  '        pass\n', 'front-end', note="'cur = a.shape[i - lead] if i >= lead else 1' -> 'pass' at line 105")
M('auto-3001-ops.nn_ops-830-4', 'ops/nn_ops.py',
  '    prod = B.sum(x1 * x2, 1, True)\n',
  '    pass\n', 'op formula', note="'prod = B.sum(x1 * x2, 1, True)' -> 'pass' at line 830")
M('auto-3001-ops.conv_ops-736-31', 'ops/conv_ops.py',
  '                               % (tuple(output_padding), tuple(stride), tuple(dilation)))\n',
  '                               // (tuple(output_padding), tuple(stride), tuple(dilation)))\n', 'op formula', note='% -> // at line 736')
M('auto-3001-ops.rnn_ops-337-4', 'ops/rnn_ops.py',
  '    N, B = plan.N, plan.B\n',
  '    pass\n', 'op formula', note="'N, B = plan.N, plan.B' -> 'pass' at line 337", nth=2)
M('auto-3001-nn._functional_embedding_bag-29-4', 'nn/_functional_embedding_bag.py',
  '    w = _arr(weight)\n',
  '    pass\n', 'op formula', note="'w = _arr(weight)' -> 'pass' at line 29")
M('auto-3001-nn._functional_volumetric-567-10', 'nn/_functional_volumetric.py',
  '    if oh + kh - 1 > h:\n',
  '    if oh - kh - 1 > h:\n', 'op formula', note='+ -> - at line 567')
M('auto-3001-nn._functional_volumetric-478-27', 'nn/_functional_volumetric.py',
  "                           % (bad, 'x'.join(map(str, out_spatial))))\n",
  "                           // (bad, 'x'.join(map(str, out_spatial))))\n", 'op formula', note='% -> // at line 478')
M('auto-3001-ops.shape-190-4', 'ops/shape.py',
  "    'squeeze', _squeeze,\n",
  "    'Squeeze', _squeeze,\n", 'front-end', note='"\'squeeze\'" -> "\'Squeeze\'" at line 190')
M('auto-3001-ops.conv_ops-215-8', 'ops/conv_ops.py',
  '        shape_w = (c, kh, kw, n, oh, ow)\n',
  '        pass\n', 'op formula', note="'shape_w = (c, kh, kw, n, oh, ow)' -> 'pass' at line 215")
M('auto-3001-ops.conv_ops-928-29', 'ops/conv_ops.py',
  '    origin.flags.writeable = False\n',
  '    origin.flags.writeable = True\n', 'op formula', note="'False' -> 'True' at line 928",
  equivalent='the cached offset table is read-only as a guard only: no code writes into it, so leaving it writeable changes nothing')
M('auto-3001-ops.pointwise-560-4', 'ops/pointwise.py',
  '    x = ctx.inputs[0]\n',
  '    pass\n', 'front-end', note="'x = ctx.inputs[0]' -> 'pass' at line 560", nth=2)
M('auto-3001-ops.nn_ops-212-4', 'ops/nn_ops.py',
  '    soft = np.log1p(np.exp(_wide(bx))) / float(t(beta))\n',
  '    pass\n', 'op formula', note="'soft = np.log1p(np.exp(_wide(bx))) / float(t(beta))' -> 'pass' at line 212")
M('auto-3001-ops.rnn_ops-966-8', 'ops/rnn_ops.py',
  "        'rnn_join_' + _name, _join_forward, _join_backward, grad_fn=_grad_fn,\n",
  "        'Rnn_join_' + _name, _join_forward, _join_backward, grad_fn=_grad_fn,\n", 'op formula', note='"\'rnn_join_\'" -> "\'Rnn_join_\'" at line 966')
M('auto-3001-ops.linalg-220-12', 'ops/linalg.py',
  "    grad_fn='BmmBackward', save_inputs=(0, 1), argnames=('self', 'mat2'),\n",
  "    grad_fn='bmmBackward', save_inputs=(0, 1), argnames=('self', 'mat2'),\n", 'front-end', note='"\'BmmBackward\'" -> "\'bmmBackward\'" at line 220')
M('auto-3001-nn._functional_volumetric-76-8', 'nn/_functional_volumetric.py',
  "        raise RuntimeError('negative output_padding is not supported')\n",
  '        pass\n', 'op formula', note='"raise RuntimeError(\'negative output_padding is not supported\')" -> \'pass\' at line 76')
M('auto-3001-nn._functional_embedding_bag-45-4', 'nn/_functional_embedding_bag.py',
  '    off = _arr(offsets)\n',
  '    pass\n', 'op formula', note="'off = _arr(offsets)' -> 'pass' at line 45")
M('auto-3001-ops.lapack-786-38', 'ops/lapack.py',
  "    lu, piv = call(BTRIFACT, [self], {'pivot': _bool(pivot, 'btrifact', 'pivot')})\n",
  "    lu, piv = call(BTRIFACT, [self], {'Pivot': _bool(pivot, 'btrifact', 'pivot')})\n", 'front-end', note='"\'pivot\'" -> "\'Pivot\'" at line 786')
# ---- sample 3002 (session 20, a training draw of the op-formula files: drawn and run at 7efef25
# plus the s20 tests, AUTO_MUTANTS_SEED=3002 COUNT=50 KINDS=all, --jobs 2): 44 of 50 killed by their
# subsets, 3 more by test_parity_registry (the RNN layer parity samples; now in rnn_ops.py's
# subset), 2 argued equivalent, 1 survivor (a Variable scatter's index named by the wrong
# argument), now killed by test_wide_kills_s20.py; the tensor scatter_'s text was also wrong
# (one cwrap option of two listed), fixed
M('auto-3002-nn._functional_activation-129-19', 'nn/_functional_activation.py',
  '    a = (keep_prob + alpha ** 2 * keep_prob * (1 - keep_prob)) ** (-0.5)\n',
  '    a = (keep_prob - alpha ** 2 * keep_prob * (1 - keep_prob)) ** (-0.5)\n', 'op formula', note='+ -> - at line 129')
M('auto-3002-ops.rnn_ops-111-20', 'ops/rnn_ops.py',
  '                    prev_idx[offs[t]:offs[t] + b.size] = N + b\n',
  '                    pass\n', 'op formula', note="'prev_idx[offs[t]:offs[t] + b.size] = N + b' -> 'pass' at line 111")
M('auto-3002-ops.conv_ops-646-22', 'ops/conv_ops.py',
  '        n_out = ws[1] * groups\n',
  '        n_out = ws[1] + groups\n', 'op formula', note='* -> + at line 646')
M('auto-3002-nn._functional_schema-360-10', 'nn/_functional_schema.py',
  "    fdecl('kl_div', (_ops.KL_DIV,), (\n",
  "    fdecl('Kl_div', (_ops.KL_DIV,), (\n", 'op formula', note='"\'kl_div\'" -> "\'Kl_div\'" at line 360')
M('auto-3002-ops.lapack-414-12', 'ops/lapack.py',
  '            vr[:, j] = v[:, j].real\n',
  '            pass\n', 'front-end', note="'vr[:, j] = v[:, j].real' -> 'pass' at line 414", nth=1)
M('auto-3002-ops.pointwise-118-35', 'ops/pointwise.py',
  '_HALF_LOG_2PI = 0.5 * math.log(2.0 * math.pi)\n',
  '_HALF_LOG_2PI = 0.5 * math.log(2.0 + math.pi)\n', 'front-end', note='* -> + at line 118')
M('auto-3002-ops.pointwise-368-8', 'ops/pointwise.py',
  '        res = np.where(x == np.inf, 0.0, res)\n',
  '        pass\n', 'front-end', note="'res = np.where(x == np.inf, 0.0, res)' -> 'pass' at line 368")
M('auto-3002-nn._functional_volumetric-395-4', 'nn/_functional_volumetric.py',
  '    a = _arr(input)\n',
  '    pass\n', 'op formula', note="'a = _arr(input)' -> 'pass' at line 395", nth=5)
M('auto-3002-ops.rnn_ops-826-40', 'ops/rnn_ops.py',
  "            for i in ((1, 2) if mode == 'LSTM' else (1,)):\n",
  "            for i in ((1, 2) if mode == 'lSTM' else (1,)):\n", 'op formula', note='"\'LSTM\'" -> "\'lSTM\'" at line 826')
M('auto-3002-ops.linalg-34-42', 'ops/linalg.py',
  "    grad_fn='MmBackward', save_inputs=(0, 1), argnames=('self', 'mat2'),\n",
  "    grad_fn='MmBackward', save_inputs=(0, 0), argnames=('self', 'mat2'),\n", 'front-end', note='1 -> 0 at line 34')
M('auto-3002-ops.pointwise-142-36', 'ops/pointwise.py',
  '        if n % 8 == 0 and not (term > 1e-17 * total).any():\n',
  '        if n % 8 == 0 and not (term >= 1e-17 * total).any():\n', 'front-end', note='> -> >= at line 142',
  equivalent='the erf series stops when no term exceeds 1e-17 of its total; a term exactly equal to that bound never occurs except 0 == 0 at x == 0, where further terms add zeros: the same values')
M('auto-3002-ops.rnn_ops-90-51', 'ops/rnn_ops.py',
  '        self.slices = tuple(slice(offs[t], offs[t] + batch_sizes[t]) for t in order)\n',
  '        self.slices = tuple(slice(offs[t], offs[t] - batch_sizes[t]) for t in order)\n', 'op formula', note='+ -> - at line 90')
M('auto-3002-ops.nn_ops-968-81', 'ops/nn_ops.py',
  "    'log_softmax': dict(params=lambda r, shapes: {'dim': r.int(0, len(shapes[0]) - 1)}, n=3),\n",
  "    'log_softmax': dict(params=lambda r, shapes: {'dim': r.int(0, len(shapes[0]) + 1)}, n=3),\n", 'op formula', note='- -> + at line 968')
M('auto-3002-ops.blas_ops-239-61', 'ops/blas_ops.py',
  "                    '(0.3 forms, see the module docstring).' % ((name,) + kernel.argnames[1:]))\n",
  "                    '(0.3 forms, see the module docstring).' // ((name,) + kernel.argnames[1:]))\n", 'front-end', note='% -> // at line 239')
M('auto-3002-nn._functional_activation-77-4', 'nn/_functional_activation.py',
  "    return call(_SOFTSHRINK, [input], {'lambd': _args.to_float(lambd, None, 'lambd')})\n",
  '    pass\n', 'op formula', note='"return call(_SOFTSHRINK, [input], {\'lambd\': _args.to_float(lambd, None, \'lambd\')})" -> \'pass\' at line 77')
M('auto-3002-ops.rnn_ops-452-4', 'ops/rnn_ops.py',
  '    r_, z_ = _chunks(rz, 2)\n',
  '    pass\n', 'op formula', note="'r_, z_ = _chunks(rz, 2)' -> 'pass' at line 452")
M('auto-3002-ops.linalg-64-41', 'ops/linalg.py',
  '        return None if len(a) != 2 else [True, type(a[1]) is not type(source)]\n',
  '        return None if len(a) != 2 else [False, type(a[1]) is not type(source)]\n', 'front-end', note="'True' -> 'False' at line 64")
M('auto-3002-ops.rnn_ops-670-41', 'ops/rnn_ops.py',
  '        dGh = K.cat([dpr, dpz, dpn * r], 1)\n',
  '        dGh = K.cat([dpr, dpz, dpn * r], 0)\n', 'op formula', note='1 -> 0 at line 670')
M('auto-3002-ops.nn_ops-158-17', 'ops/nn_ops.py',
  "    return (g * (1 - neg) + g * neg * (out + ctx.params['alpha']),)\n",
  "    return (g * (0 - neg) + g * neg * (out + ctx.params['alpha']),)\n", 'op formula', note='1 -> 0 at line 158')
M('auto-3002-ops.blas_ops-283-4', 'ops/blas_ops.py',
  '    return (a.shape[0], b.shape[1])\n',
  '    pass\n', 'front-end', note="'return (a.shape[0], b.shape[1])' -> 'pass' at line 283")
M('auto-3002-ops.rnn_ops-858-8', 'ops/rnn_ops.py',
  "        return torch.cat(outs + [h] + ([c] if mode == 'LSTM' else []), 0)\n",
  '        pass\n', 'op formula', note='"return torch.cat(outs + [h] + ([c] if mode == \'LSTM\' else []), 0)" -> \'pass\' at line 858')
M('auto-3002-nn._functional_volumetric-99-27', 'nn/_functional_volumetric.py',
  "        raise RuntimeError('Given input size: (%dx%dx%dx%d). Calculated output size: '\n",
  "        raise RuntimeError('given input size: (%dx%dx%dx%d). Calculated output size: '\n", 'op formula', note='"\'Given input size: (%dx%dx%dx%d). Calculated output size: \'" -> "\'given input size: (%dx%dx%dx%d). Calculated output size: \'" at line 99', nth=0)
M('auto-3002-ops.reduction-263-48', 'ops/reduction.py',
  '    modern=lambda torch, a, dim, keepdim: torch.prod(a, dim, keepdim=keepdim))\n',
  '    modern=lambda torch, a, dim, keepdim: torch.sum(a, dim, keepdim=keepdim))\n', 'front-end', note="'prod' -> 'sum' at line 263")
M('auto-3002-ops.lapack-602-54', 'ops/lapack.py',
  '        lo[k + 1:, k] = (w[k + 1:, k] - np.dot(lo[k + 1:, :k], lo[k, :k])) / lkk\n',
  '        lo[k + 1:, k] = (w[k + 1:, k] - np.dot(lo[k + 0:, :k], lo[k, :k])) / lkk\n', 'front-end', note='1 -> 0 at line 602')
M('auto-3002-ops.rnn_ops-879-36', 'ops/rnn_ops.py',
  '            shapes += [(g * H,), (g * H,)]\n',
  '            shapes += [(g * H,), (g / H,)]\n', 'op formula', note='* -> / at line 879')
M('auto-3002-ops.lapack-306-27', 'ops/lapack.py',
  "    _solver_checks(array_of(self), array_of(A), square=False)\n",
  "    _solver_checks(array_of(self), array_of(A), square=True)\n", 'front-end', note='"\'A\'" -> "\'a\'" at line 306')
M('auto-3002-ops.pointwise-741-67', 'ops/pointwise.py',
  "    grad_fn='Atan2Backward', save_inputs=(0, 1), argnames=('self', 'other'),\n",
  "    grad_fn='Atan2Backward', save_inputs=(0, 1), argnames=('self', 'Other'),\n", 'front-end', note='"\'other\'" -> "\'Other\'" at line 741')
M('auto-3002-ops.rnn_ops-889-38', 'ops/rnn_ops.py',
  "    return {'inputs': inputs, 'n': 4, 'fd_filter': off_the_kink,\n",
  "    return {'inputs': inputs, 'n': 4, 'Fd_filter': off_the_kink,\n", 'op formula', note='"\'fd_filter\'" -> "\'Fd_filter\'" at line 889')
M('auto-3002-nn._functional_volumetric-268-44', 'nn/_functional_volumetric.py',
  '    idx = _index_output(packed.reshape(lead + out), input, returned)\n',
  '    idx = _index_output(packed.reshape(lead - out), input, returned)\n', 'op formula', note='+ -> - at line 268')
M('auto-3002-ops.reduction-162-12', 'ops/reduction.py',
  "    grad_fn='MeanBackward0', argnames=('self',),\n",
  "    grad_fn='meanBackward0', argnames=('self',),\n", 'front-end', note='"\'MeanBackward0\'" -> "\'meanBackward0\'" at line 162')
M('auto-3002-ops.rnn_ops-462-70', 'ops/rnn_ops.py',
  '                V(dGh[:, :H2], True), V(dGh[:, H2:], True), heads(dh, True),\n',
  '                V(dGh[:, :H2], True), V(dGh[:, H2:], True), heads(dh, False),\n', 'op formula', note="'True' -> 'False' at line 462")
M('auto-3002-ops.indexing-993-69', 'ops/indexing.py',
  '    idx = _index_arg(self, index, opname, [dim, index, source], sig, 1)\n',
  '    idx = _index_arg(self, index, opname, [dim, index, source], sig, 0)\n', 'front-end', note='1 -> 0 at line 993', nth=1)
M('auto-3002-nn._functional_embedding_bag-39-8', 'nn/_functional_embedding_bag.py',
  '        raise ValueError("mode needs to be \'sum\' or \'mean\', but got {}".format(mode))\n',
  '        pass\n', 'op formula', note='\'raise ValueError("mode needs to be \\\'sum\\\' or \\\'mean\\\', but got {}".format(mode))\' -> \'pass\' at line 39')
M('auto-3002-ops.indexing-357-44', 'ops/indexing.py',
  '            key[i] = slice(key[i], key[i] + 1)\n',
  '            key[i] = slice(key[i], key[i] + 0)\n', 'front-end', note='1 -> 0 at line 357')
M('auto-3002-ops.indexing-1190-4', 'ops/indexing.py',
  '    _TensorBase.__setitem__ = setitem\n',
  '    pass\n', 'front-end', note="'_TensorBase.__setitem__ = setitem' -> 'pass' at line 1190")
M('auto-3002-ops.rnn_ops-865-8', 'ops/rnn_ops.py',
  '        g = GATES[mode]\n',
  '        pass\n', 'op formula', note="'g = GATES[mode]' -> 'pass' at line 865")
M('auto-3002-ops.reduction-237-50', 'ops/reduction.py',
  '    right = B.flip(B.cumprod(B.flip(B.shift(x, d, -1) + B.mask(pos == n - 1, x), d), d), d)\n',
  '    right = B.flip(B.cumprod(B.flip(B.shift(x, d, 0) + B.mask(pos == n - 1, x), d), d), d)\n', 'front-end', note='-1 -> 0 at line 237')
M('auto-3002-nn._functional_vision-33-23', 'nn/_functional_vision.py',
  "__all__ = ['upsample', 'upsample_nearest', 'upsample_bilinear', 'pixel_shuffle', 'affine_grid',\n",
  "__all__ = ['upsample', 'Upsample_nearest', 'upsample_bilinear', 'pixel_shuffle', 'affine_grid',\n", 'op formula', note='"\'upsample_nearest\'" -> "\'Upsample_nearest\'" at line 33')
M('auto-3002-ops.linalg-106-32', 'ops/linalg.py',
  "    alpha = kwargs.pop('alpha', 1)\n",
  "    alpha = kwargs.pop('alpha', 0)\n", 'front-end', note='1 -> 0 at line 106')
M('auto-3002-ops.reduction-827-84', 'ops/reduction.py',
  "    grad_fn='DistBackward', save_inputs=(0, 1), save_output=True, argnames=('self', 'other'),\n",
  "    grad_fn='DistBackward', save_inputs=(0, 1), save_output=True, argnames=('self', 'Other'),\n", 'front-end', note='"\'other\'" -> "\'Other\'" at line 827')
M('auto-3002-ops.pointwise-654-18', 'ops/pointwise.py',
  '            g * v / t2 if ctx.needs[1] else None,\n',
  '            g * v * t2 if ctx.needs[1] else None,\n', 'front-end', note='/ -> * at line 654')
M('auto-3002-ops.conv_ops-877-15', 'ops/conv_ops.py',
  '    num = size + 2 * p - d * (k - 1) - 1\n',
  '    num = size - 2 * p - d * (k - 1) - 1\n', 'op formula', note='+ -> - at line 877', nth=0)
M('auto-3002-ops.shape-571-53', 'ops/shape.py',
  "               % (first._data.type(), 'Variable[%s]' % bad._data.type() if isinstance(bad, Variable)\n",
  "               % (first._data.type(), 'Variable[%s]' // bad._data.type() if isinstance(bad, Variable)\n", 'front-end', note='% -> // at line 571')
M('auto-3002-ops.lapack-602-75', 'ops/lapack.py',
  '        lo[k + 1:, k] = (w[k + 1:, k] - np.dot(lo[k + 1:, :k], lo[k, :k])) / lkk\n',
  '        lo[k + 1:, k] = (w[k + 1:, k] - np.dot(lo[k + 1:, :k], lo[k, :k])) * lkk\n', 'front-end', note='/ -> * at line 602')
M('auto-3002-ops.conv_ops-1000-34', 'ops/conv_ops.py',
  '    ow = pool_out_size(w, k[1], s[1], p[1], d[1], ceil_mode)\n',
  '    ow = pool_out_size(w, k[1], s[0], p[1], d[1], ceil_mode)\n', 'op formula', note='1 -> 0 at line 1000')
M('auto-3002-ops.reduction-903-43', 'ops/reduction.py',
  '    tail = B.sum(B.unsqueeze(g, d) * inner * B.mask(j >= i, x), d + 1)\n',
  '    tail = B.sum(B.unsqueeze(g, d) * inner + B.mask(j >= i, x), d + 1)\n', 'front-end', note='* -> + at line 903')
M('auto-3002-ops.reduction-705-4', 'ops/reduction.py',
  "    return _var_std(STD, self, dim, unbiased, keepdim, 'std')\n",
  '    pass\n', 'front-end', note='"return _var_std(STD, self, dim, unbiased, keepdim, \'std\')" -> \'pass\' at line 705', nth=0)
M('auto-3002-nn.functional-395-23', 'nn/functional.py',
  '        n = input.size(0)\n',
  '        n = input.size(1)\n', 'op formula', note='0 -> 1 at line 395')
M('auto-3002-nn._functional_conv-76-39', 'nn/_functional_conv.py',
  '    kernel_size = _single(kernel_size) + (1,)\n',
  '    kernel_size = _single(kernel_size) - (1,)\n', 'op formula', note='+ -> - at line 76')
M('auto-3002-ops.conv_ops-615-66', 'ops/conv_ops.py',
  '    modern=lambda torch, x, w, b=None, stride=(1, 1), padding=(0, 0), output_padding=(0, 0),\n',
  '    modern=lambda torch, x, w, b=None, stride=(1, 1), padding=(0, 1), output_padding=(0, 0),\n', 'op formula', note='0 -> 1 at line 615',
  equivalent="a default of the registry op's modern spelling that no caller uses: every parity case of conv_transpose2d (_conv_case) passes padding explicitly")
# ---- sample 2114 (session 20, a measurement of the op-formula files: drawn and run at d87f504,
# AUTO_MUTANTS_SEED=2114 COUNT=40 KINDS=all, --jobs 2), measured before any test written for it:
# 33 of 40 killed by their subsets, 1 more by test_parity_registry (triu's modern spelling), 2
# argued equivalent; 4 real survivors (multilabel_margin_loss's target == dim, norm's double
# backward at a zero norm, addbmm's argument name, eig's empty eigenvector result), now killed by
# test_wide_kills_s20.py: 34 of 38
M('auto-2114-ops.nn_loss_ops-216-19', 'ops/nn_loss_ops.py',
  '    return bool(np.all(np.abs(z[other]) > 0.02))\n',
  '    return bool(np.any(np.abs(z[other]) > 0.02))\n', 'op formula', note="'all' -> 'any' at line 216",
  equivalent="multi_margin_loss's parity-sample filter (test data, not behaviour): accepting samples near the hinge's kink leaves the drawn cases agreeing with modern torch, so no verdict changes")
M('auto-2114-nn._functional_schema-33-32', 'nn/_functional_schema.py',
  "    'avg_pool2d', 'avg_pool3d', 'batch_norm', 'bilinear', 'binary_cross_entropy',\n",
  "    'avg_pool2d', 'avg_pool3d', 'Batch_norm', 'bilinear', 'binary_cross_entropy',\n", 'op formula', note='"\'batch_norm\'" -> "\'Batch_norm\'" at line 33')
M('auto-2114-ops.conv_ops-623-23', 'ops/conv_ops.py',
  '    if len(ws) != nd + 2:\n',
  '    if len(ws) != nd + 3:\n', 'op formula', note='2 -> 3 at line 623')
M('auto-2114-nn._functional_volumetric-267-4', 'nn/_functional_volumetric.py',
  '    returned = []\n',
  '    pass\n', 'op formula', note="'returned = []' -> 'pass' at line 267", nth=0)
M('auto-2114-ops.shape-551-27', 'ops/shape.py',
  '        if _prod(shape) == 0:\n',
  '        if _prod(shape) == 1:\n', 'front-end', note='0 -> 1 at line 551')
M('auto-2114-ops.bitwise_ops-56-32', 'ops/bitwise_ops.py',
  "    ('__xor__', np.bitwise_xor, False, None, lambda torch, x, y: x ^ y),\n",
  "    ('__xor__', np.bitwise_xor, True, None, lambda torch, x, y: x ^ y),\n", 'front-end', note="'False' -> 'True' at line 56")
M('auto-2114-ops.conv_ops-68-15', 'ops/conv_ops.py',
  "    return '[' + ', '.join(str(int(s)) for s in shape) + ']'\n",
  "    return '[' - ', '.join(str(int(s)) for s in shape) + ']'\n", 'op formula', note='+ -> - at line 68')
M('auto-2114-nn.functional-590-43', 'nn/functional.py',
  '    if t.size and (t.min() < -1 or t.max() >= dim):\n',
  '    if t.size and (t.min() < -1 or t.max() > dim):\n', 'op formula', note='>= -> > at line 590')
M('auto-2114-ops.lapack-717-4', 'ops/lapack.py',
  '    q = _householder_q(a.astype(np.float64), tau.astype(np.float64))\n',
  '    pass\n', 'front-end', note="'q = _householder_q(a.astype(np.float64), tau.astype(np.float64))' -> 'pass' at line 717", nth=1)
M('auto-2114-ops.conv_ops-941-13', 'ops/conv_ops.py',
  '    bottom = max(0, (oh - 1) * sh + dh * (kh - 1) + 1 - h - ph)\n',
  '    bottom = min(0, (oh - 1) * sh + dh * (kh - 1) + 1 - h - ph)\n', 'op formula', note="'max' -> 'min' at line 941")
M('auto-2114-ops.indexing-778-4', 'ops/indexing.py',
  '    _check_index_vector(idx, a.shape[d] if a.size else 0)\n',
  '    pass\n', 'front-end', note="'_check_index_vector(idx, a.shape[d] if a.size else 0)' -> 'pass' at line 778", nth=0)
M('auto-2114-ops.conv_ops-942-23', 'ops/conv_ops.py',
  '    right = max(0, (ow - 1) * sw + dw * (kw - 1) + 1 - w - pw)\n',
  '    right = max(0, (ow + 1) * sw + dw * (kw - 1) + 1 - w - pw)\n', 'op formula', note='- -> + at line 942',
  equivalent='more right padding than the windows reach: the strided window view reads only columns up to (ow - 1) * sw + dw * (kw - 1), so the extra -inf columns are never read')
M('auto-2114-ops.nn_ops-828-27', 'ops/nn_ops.py',
  '        dl = dl / yv.shape[0]\n',
  '        dl = dl / yv.shape[1]\n', 'op formula', note='0 -> 1 at line 828')
M('auto-2114-nn._functional_vision-80-8', 'nn/_functional_vision.py',
  '        src = r * o\n',
  '        pass\n', 'op formula', note="'src = r * o' -> 'pass' at line 80")
M('auto-2114-ops.indexing-228-62', 'ops/indexing.py',
  '    others = all(x is Ellipsis or (isinstance(x, slice) and x == slice(None))\n',
  '    others = all(x is Ellipsis or (isinstance(x, slice) and x != slice(None))\n', 'front-end', note='== -> != at line 228')
M('auto-2114-nn._functional_volumetric-535-4', 'nn/_functional_volumetric.py',
  '    alpha = t(n_in - pool) / t(n_out - 1) if n_out > 1 else t(0)\n',
  '    pass\n', 'op formula', note="'alpha = t(n_in - pool) / t(n_out - 1) if n_out > 1 else t(0)' -> 'pass' at line 535")
M('auto-2114-nn._functional_volumetric-139-11', 'nn/_functional_volumetric.py',
  '    o = ws[1] * groups\n',
  '    o = ws[0] * groups\n', 'op formula', note='1 -> 0 at line 139')
M('auto-2114-ops.pointwise-345-36', 'ops/pointwise.py',
  '        for k, b in enumerate(_B2K, 1):\n',
  '        for k, b in enumerate(_B2K, 2):\n', 'front-end', note='1 -> 2 at line 345', nth=0)
M('auto-2114-ops.conv_ops-372-63', 'ops/conv_ops.py',
  '    stride, padding, dilation = _two(stride, 1), _two(padding, 0), _two(dilation, 1)\n',
  '    stride, padding, dilation = _two(stride, 1), _two(padding, 1), _two(dilation, 1)\n', 'op formula', note='0 -> 1 at line 372', nth=0)
M('auto-2114-ops.reduction-762-21', 'ops/reduction.py',
  '        if (nv == 0).any():\n',
  '        if (nv == 0).all():\n', 'front-end', note="'any' -> 'all' at line 762")
M('auto-2114-ops.shape-828-87', 'ops/shape.py',
  '    return _set_view(self, np.expand_dims(self._a, wrap_dim(dim, self.dim(), allow_end=True,\n',
  '    return _set_view(self, np.expand_dims(self._a, wrap_dim(dim, self.dim(), allow_end=False,\n', 'front-end', note="'True' -> 'False' at line 828")
M('auto-2114-ops.conv_ops-1446-47', 'ops/conv_ops.py',
  "    lambda ctx, h: (ctx.B.pad_nd(h, ctx.params['pad'], ctx.params['mode']),),\n",
  "    lambda ctx, h: (ctx.B.pad_nd(h, ctx.params['Pad'], ctx.params['mode']),),\n", 'op formula', note='"\'pad\'" -> "\'Pad\'" at line 1446')
M('auto-2114-ops.lapack-105-8', 'ops/lapack.py',
  "        raise RuntimeError('invalid argument 1: A should be 2 dimensional')\n",
  '        pass\n', 'front-end', note='"raise RuntimeError(\'%s: %s should be 2 dimensional, got %dD\' % (name, argname, a.ndim))" -> \'pass\' at line 105')
M('auto-2114-ops.lapack-64-42', 'ops/lapack.py',
  '    return e, _modern_canonical(torch, v)[0]\n',
  '    return e, _modern_canonical(torch, v)[1]\n', 'front-end', note='0 -> 1 at line 64')
M('auto-2114-ops.conv_ops-941-4', 'ops/conv_ops.py',
  '    bottom = max(0, (oh - 1) * sh + dh * (kh - 1) + 1 - h - ph)\n',
  '    pass\n', 'op formula', note="'bottom = max(0, (oh - 1) * sh + dh * (kh - 1) + 1 - h - ph)' -> 'pass' at line 941")
M('auto-2114-ops.reduction-69-55', 'ops/reduction.py',
  '    return tuple(shape[:dim]) + (1,) + tuple(shape[dim + 1:])\n',
  '    return tuple(shape[:dim]) + (1,) + tuple(shape[dim - 1:])\n', 'front-end', note='+ -> - at line 69')
M('auto-2114-nn.functional-515-54', 'nn/functional.py',
  "                 {'margin': _float(margin, 'margin'), 'size_average': bool(size_average)})\n",
  "                 {'margin': _float(margin, 'margin'), 'Size_average': bool(size_average)})\n", 'op formula', note='"\'size_average\'" -> "\'Size_average\'" at line 515', nth=0)
M('auto-2114-ops.blas_ops-110-22', 'ops/blas_ops.py',
  "    argnames=('self', 'batch1', 'batch2'),\n",
  "    argnames=('self', 'Batch1', 'batch2'),\n", 'front-end', note='"\'batch1\'" -> "\'Batch1\'" at line 110', nth=0)
M('auto-2114-nn._functional_schema-38-70', 'nn/_functional_schema.py',
  "    'leaky_relu', 'linear', 'log_softmax', 'logsigmoid', 'lp_pool1d', 'lp_pool2d',\n",
  "    'leaky_relu', 'linear', 'log_softmax', 'logsigmoid', 'lp_pool1d', 'Lp_pool2d',\n", 'op formula', note='"\'lp_pool2d\'" -> "\'Lp_pool2d\'" at line 38')
M('auto-2114-ops.nn_ops-527-4', 'ops/nn_ops.py',
  '    dv = B.value(diff)\n',
  '    pass\n', 'op formula', note="'dv = B.value(diff)' -> 'pass' at line 527")
M('auto-2114-ops.linalg-229-8', 'ops/linalg.py',
  "        raise RuntimeError('expected 3D tensors, got %dD, %dD' % (a.ndim, b.ndim))\n",
  '        pass\n', 'front-end', note='"raise RuntimeError(\'expected 3D tensors, got %dD, %dD\' % (a.ndim, b.ndim))" -> \'pass\' at line 229')
M('auto-2114-ops.linalg-255-8', 'ops/linalg.py',
  "        info = getattr(e, 'legacy_invalid', None)\n",
  '        pass\n', 'front-end', note='"info = getattr(e, \'legacy_invalid\', None)" -> \'pass\' at line 255')
M('auto-2114-ops.conv_ops-1342-32', 'ops/conv_ops.py',
  '            rm[...] = (momentum * mean.astype(np.float64) + (1 - momentum) * rm).astype(rm.dtype)\n',
  '            rm[...] = (momentum + mean.astype(np.float64) + (1 - momentum) * rm).astype(rm.dtype)\n', 'op formula', note='* -> + at line 1342')
M('auto-2114-ops.nn_ops-138-55', 'ops/nn_ops.py',
  "    return (g * ctx.B.mask((x > p['min_val']) & (x < p['max_val']), g),)\n",
  "    return (g * ctx.B.mask((x > p['min_val']) & (x < p['Max_val']), g),)\n", 'op formula', note='"\'max_val\'" -> "\'Max_val\'" at line 138')
M('auto-2114-ops.rnn_ops-947-4', 'ops/rnn_ops.py',
  '    start = r.int(0, R - 1)\n',
  '    pass\n', 'op formula', note="'start = r.int(0, R - 1)' -> 'pass' at line 947")
M('auto-2114-ops.indexing-162-19', 'ops/indexing.py',
  '        bad = (arr < -size) | (arr >= size)\n',
  '        bad = (arr <= -size) | (arr >= size)\n', 'front-end', note='< -> <= at line 162')
M('auto-2114-ops.nn_ops-958-74', 'ops/nn_ops.py',
  "    'softplus': dict(domain=dict(lo=-3.0, hi=3.0, avoid=[('half', 0.05), ('int', 0.05)]),\n",
  "    'softplus': dict(domain=dict(lo=-3.0, hi=3.0, avoid=[('half', 0.05), ('Int', 0.05)]),\n", 'op formula', note='"\'int\'" -> "\'Int\'" at line 958')
M('auto-2114-ops.shape-777-44', 'ops/shape.py',
  '    modern=lambda torch, a, diagonal: torch.triu(a, diagonal))\n',
  '    modern=lambda torch, a, diagonal: torch.tril(a, diagonal))\n', 'front-end', note="'triu' -> 'tril' at line 777")
M('auto-2114-ops.indexing-280-56', 'ops/indexing.py',
  "        elif isinstance(e, np.ndarray) and e.dtype.kind == 'b':\n",
  "        elif isinstance(e, np.ndarray) and e.dtype.kind != 'b':\n", 'front-end', note='== -> != at line 280')
M('auto-2114-ops.lapack-404-8', 'ops/lapack.py',
  '        return e, np.zeros((0,), dtype=a.dtype)\n',
  '        pass\n', 'front-end', note="'return e, np.zeros((0,), dtype=a.dtype)' -> 'pass' at line 404")
# ---- sample 2115 (session 20, a measurement of the front-end files: drawn and run at 8afd858,
# AUTO_MUTANTS_SEED=2115 COUNT=40 KINDS=all, --jobs 2), measured before any test written for it:
# 35 of 40 killed by their subsets, 1 more by test_storage_views (now in storage.py's subset), 3
# argued equivalent; 1 real survivor (TH's inferSizeN over the longest shape), now killed by
# test_wide_kills_s20.py: 36 of 37
M('auto-2115-tensor-618-4', 'tensor.py',
  '    err = _numpy_layout_error(ndarray)\n',
  '    pass\n', 'front-end', note="'err = _numpy_layout_error(ndarray)' -> 'pass' at line 618")
M('auto-2115-autograd.engine-252-8', 'autograd/engine.py',
  '        B = VB\n',
  '        pass\n', 'vjp', note="'B = VB' -> 'pass' at line 252")
M('auto-2115-autograd.profiler-220-8', 'autograd/profiler.py',
  '        self.key = None\n',
  '        pass\n', 'vjp', note="'self.key = None' -> 'pass' at line 220")
M('auto-2115-autograd.variable-248-8', 'autograd/variable.py',
  '        result._requires_grad = self._requires_grad\n',
  '        pass\n', 'vjp', note="'result._requires_grad = self._requires_grad' -> 'pass' at line 248")
M('auto-2115-ops.backend_variable-121-4', 'ops/backend_variable.py',
  '    return a.mm(b)\n',
  '    pass\n', 'front-end', note="'return a.mm(b)' -> 'pass' at line 121")
M('auto-2115-ops.type_support-42-20', 'ops/type_support.py',
  "OPERATOR_METHODS = {'__pow__': 'pow', '__ipow__': 'pow_', '__neg__': 'neg'}\n",
  "OPERATOR_METHODS = {'__Pow__': 'pow', '__ipow__': 'pow_', '__neg__': 'neg'}\n", 'front-end', note='"\'__pow__\'" -> "\'__Pow__\'" at line 42')
M('auto-2115-tensor-351-7', 'tensor.py',
  '    if not sizes:\n',
  '    if sizes:\n', 'front-end', note="'not ' -> '' at line 351")
M('auto-2115-storage-207-80', 'storage.py',
  "                raise IndexError('index %d out of range for storage of size %d' % (i, n))\n",
  "                raise IndexError('index %d out of range for storage of size %d' // (i, n))\n", 'front-end', note='% -> // at line 207')
M('auto-2115-storage-426-4', 'storage.py',
  '    item = a.itemsize\n',
  '    pass\n', 'front-end', note="'item = a.itemsize' -> 'pass' at line 426")
M('auto-2115-autograd.profiler-340-8', 'autograd/profiler.py',
  "        'INNER JOIN CUPTI_ACTIVITY_KIND_RUNTIME as runtime '\n",
  "        'iNNER JOIN CUPTI_ACTIVITY_KIND_RUNTIME as runtime '\n", 'vjp', note='"\'INNER JOIN CUPTI_ACTIVITY_KIND_RUNTIME as runtime \'" -> "\'iNNER JOIN CUPTI_ACTIVITY_KIND_RUNTIME as runtime \'" at line 340',
  equivalent='an SQL keyword of the nvprof trace query: SQL keywords are case-insensitive, so the query is the same')
M('auto-2115-ops._common-93-8', 'ops/_common.py',
  '    n = max(len(s) for s in shapes)\n',
  '    n = min(len(s) for s in shapes)\n', 'front-end', note="'max' -> 'min' at line 93")
M('auto-2115-ops._args-168-21', 'ops/_args.py',
  '    if value is True or value is False:\n',
  '    if value is True and value is False:\n', 'front-end', note='or -> and at line 168')
M('auto-2115-backend_numpy-309-37', 'backend_numpy.py',
  '    if a.shape[:dim] + a.shape[dim + 1:] == index.shape[:dim] + index.shape[dim + 1:]:\n',
  '    if a.shape[:dim] + a.shape[dim + 0:] == index.shape[:dim] + index.shape[dim + 1:]:\n', 'front-end', note='1 -> 0 at line 309',
  equivalent="gather's shortcut for a source already of the index's size: without it the source is sliced to the index's size in every other dim, which for equal sizes selects all of it: the same values")
M('auto-2115-autograd.profiler-197-8', 'autograd/profiler.py',
  '        self.count = 1\n',
  '        pass\n', 'vjp', note="'self.count = 1' -> 'pass' at line 197")
M('auto-2115-size-18-12', 'size.py',
  '            return tuple.__new__(cls, [s if type(s) is int else _int(s) for s in sizes])\n',
  '            pass\n', 'front-end', note='(session 21: _int) ' "'return tuple.__new__(cls, [s if type(s) is int else operator.index(s) for s in sizes])' -> 'pass' at line 18")
M('auto-2115-backend_numpy-349-4', 'backend_numpy.py',
  '    count = (a.shape[dim] - size) // step + 1\n',
  '    pass\n', 'front-end', note="'count = (a.shape[dim] - size) // step + 1' -> 'pass' at line 349")
M('auto-2115-ops.arithmetic-432-8', 'ops/arithmetic.py',
  '        b = self if base is None else base\n',
  '        pass\n', 'front-end', note="'b = self if base is None else base' -> 'pass' at line 432")
M('auto-2115-ops.arithmetic-228-46', 'ops/arithmetic.py',
  '            if isinstance(self, Variable) and not is_number(value):\n',
  '            if isinstance(self, Variable) and is_number(value):\n', 'front-end', note="'not ' -> '' at line 228")
M('auto-2115-storage-290-8', 'storage.py',
  '        return self\n',
  '        pass\n', 'front-end', note="'return self' -> 'pass' at line 290", nth=6)
M('auto-2115-storage-503-12', 'storage.py',
  '            and held.flags.c_contiguous:\n',
  '            or held.flags.c_contiguous:\n', 'front-end', note="'and' -> 'or' at line 503", nth=0)
M('auto-2115-autograd.function-271-36', 'autograd/function.py',
  '                requires = requires or r\n',
  '                requires = requires and r\n', 'vjp', note='or -> and at line 271')
M('auto-2115-autograd.profiler-275-23', 'autograd/profiler.py',
  "        if record.name == '__start_profile':\n",
  "        if record.name != '__start_profile':\n", 'vjp', note='== -> != at line 275')
M('auto-2115-ops.schema-389-27', 'ops/schema.py',
  "        params.append('**' + varkw)\n",
  "        params.append('**' - varkw)\n", 'front-end', note='+ -> - at line 389')
M('auto-2115-storage-241-8', 'storage.py',
  '        return self._a.tolist()\n',
  '        pass\n', 'front-end', note="'return self._a.tolist()' -> 'pass' at line 241")
M('auto-2115-ops.dispatch-649-4', 'ops/dispatch.py',
  '    requires = any(v.requires_grad for v in inputs)\n',
  '    pass\n', 'fast path', note="'requires = any(v.requires_grad for v in inputs)' -> 'pass' at line 649", nth=1)
M('auto-2115-storage-502-68', 'storage.py',
  '    if token is not held and held.dtype == a.dtype and held.ndim == 1 \\\n',
  '    if token is not held and held.dtype == a.dtype and held.ndim == 0 \\\n', 'front-end', note='1 -> 0 at line 502', nth=0)
M('auto-2115-autograd.profiler-86-26', 'autograd/profiler.py',
  '        _profiling.enable(False)\n',
  '        _profiling.enable(True)\n', 'vjp', note="'False' -> 'True' at line 86")
M('auto-2115-autograd.__init__-154-27', 'autograd/__init__.py',
  '                    g.fill(1)\n',
  '                    g.fill(2)\n', 'vjp', note='1 -> 2 at line 154')
M('auto-2115-ops.schema-172-8', 'ops/schema.py',
  "        return 'variable.method' in self.forms or 'variable.inplace' in self.forms\n",
  '        pass\n', 'front-end', note='"return \'variable.method\' in self.forms or \'variable.inplace\' in self.forms" -> \'pass\' at line 172')
M('auto-2115-storage-190-8', 'storage.py',
  '        return self\n',
  '        pass\n', 'front-end', note="'return self' -> 'pass' at line 190", nth=2)
M('auto-2115-ops.arithmetic-180-45', 'ops/arithmetic.py',
  "            return [not is_number(x) if k == 'number' else type(x) is not type(self)\n",
  "            return [not is_number(x) if k == 'Number' else type(x) is not type(self)\n", 'front-end', note='"\'number\'" -> "\'Number\'" at line 180')
M('auto-2115-ops.schema-361-17', 'ops/schema.py',
  '    varkw = rest[1 if star else 0] if dstar else None\n',
  '    varkw = rest[0 if star else 0] if dstar else None\n', 'front-end', note='1 -> 0 at line 361')
M('auto-2115-autograd._functions.__init__-32-29', 'autograd/_functions/__init__.py',
  "    ('Sum', 'sum'), ('Prod', 'prod'), ('Max', 'max'), ('Min', 'min'), ('Mode', 'mode'),\n",
  "    ('Sum', 'sum'), ('Prod', 'Prod'), ('Max', 'max'), ('Min', 'min'), ('Mode', 'mode'),\n", 'vjp', note='"\'prod\'" -> "\'Prod\'" at line 32')
M('auto-2115-ops._common-102-16', 'ops/_common.py',
  '                raise errors.broadcast_error_n(j, size, out[i], i)\n',
  '                pass\n', 'front-end', note="'raise errors.broadcast_error_n(j, size, out[i], i)' -> 'pass' at line 102")
M('auto-2115-ops.dispatch-383-34', 'ops/dispatch.py',
  '    e = (fn, v0._output_nr) if fn is not None else v0._edge()\n',
  '    e = (fn, v0._output_nr) if fn is None else v0._edge()\n', 'fast path', note="'is not' -> 'is' at line 383", nth=0)
M('auto-2115-ops.arithmetic-299-58', 'ops/arithmetic.py',
  "    return not isinstance(x, Variable) and not getattr(x, 'is_sparse', False)\n",
  "    return not isinstance(x, Variable) and not getattr(x, 'Is_sparse', False)\n", 'front-end', note='"\'is_sparse\'" -> "\'Is_sparse\'" at line 299',
  equivalent='the sparse test of ts_is_tensor: a sparse receiver has its own add (sparse/), so only dense tensors and Variables are asked and neither has is_sparse set')
M('auto-2115-ops.dispatch-579-25', 'ops/dispatch.py',
  '        self._volatile = True\n',
  '        self._volatile = False\n', 'fast path', note="'True' -> 'False' at line 579")
M('auto-2115-autograd.function-460-39', 'autograd/function.py',
  "                           'but is %s' % tp_name(to_save))\n",
  "                           'but is %s' // tp_name(to_save))\n", 'vjp', note='% -> // at line 460')
M('auto-2115-autograd._functions.__init__-58-8', 'autograd/_functions/__init__.py',
  '        inner = []\n',
  '        pass\n', 'vjp', note="'inner = []' -> 'pass' at line 58")
M('auto-2115-autograd._profiling-53-8', 'autograd/_profiling.py',
  "        records = state['records']\n",
  '        pass\n', 'vjp', note='"records = state[\'records\']" -> \'pass\' at line 53', nth=0)
# ---- sample 2116 (session 20, a measurement of the op-formula files: drawn and run at 9b931c2,
# AUTO_MUTANTS_SEED=2116 COUNT=40 KINDS=all, --jobs 2), measured before any test written for it:
# 28 of 40 killed by their subsets; 8 argued equivalent (three of them dead code, removed: the
# entries are left out, see below); 4 real survivors (unsqueeze's name in its dim error,
# binary_cross_entropy's target name, index_select from an empty tensor, the wrap-around of a
# small integer Variable's sum), each confirmed against the whole suite at the draw and now
# killed by test_wide_kills_s20.py: 28 of 32 (87.5%)
# auto-2116-ops.reduction-436-10 (a mark of max's '(int dim, bool keepdim)' option, which the
# one-argument error never compares: the checker is now None), auto-2116-ops.conv_ops-1206-25
# (_spatial4's unused name parameter, removed) and auto-2116-ops.reduction-960-8 (renorm's
# Variable branch: a Variable's renorm is the composite form, so the tensor method never saw
# one; removed) were equivalent
M('auto-2116-ops.conv_ops-1218-34', 'ops/conv_ops.py',
  '    oh = pool_out_size(h, k[0], s[0], p[0], 1, ceil_mode)\n',
  '    oh = pool_out_size(h, k[0], s[1], p[0], 1, ceil_mode)\n', 'op formula', note='0 -> 1 at line 1218')
M('auto-2116-nn._functional_vision-190-44', 'nn/_functional_vision.py',
  '    grid = base_grid.bmm(theta.transpose(1, 2)).view(N, H, W, 2)\n',
  '    grid = base_grid.bmm(theta.transpose(1, 3)).view(N, H, W, 2)\n', 'op formula', note='2 -> 3 at line 190')
M('auto-2116-ops.pointwise-593-4', 'ops/pointwise.py',
  '    return (g * ctx.B.exp(y * y) * _HALF_SQRT_PI,)\n',
  '    pass\n', 'front-end', note="'return (g * ctx.B.exp(y * y) * _HALF_SQRT_PI,)' -> 'pass' at line 593")
M('auto-2116-ops.pointwise-234-24', 'ops/pointwise.py',
  '    tail += k * big ** (-k - 1) / 12.0\n',
  '    tail += k * big ** (k - 1) / 12.0\n', 'front-end', note="'-' -> '' at line 234")
M('auto-2116-ops.conv_ops-1213-27', 'ops/conv_ops.py',
  "        raise RuntimeError('pad should be smaller than half of kernel size, but got padW = %d, '\n",
  "        raise RuntimeError('Pad should be smaller than half of kernel size, but got padW = %d, '\n", 'op formula', note='"\'pad should be smaller than half of kernel size, but got padW = %d, \'" -> "\'Pad should be smaller than half of kernel size, but got padW = %d, \'" at line 1213', nth=1)
M('auto-2116-ops.pointwise-619-4', 'ops/pointwise.py',
  '    denom = a * a + b * b\n',
  '    pass\n', 'front-end', note="'denom = a * a + b * b' -> 'pass' at line 619")
M('auto-2116-ops.blas_ops-391-8', 'ops/blas_ops.py',
  "declare('cross', cross, variants=('method', 'function', 'out'), kernels=(CROSS,),\n",
  "declare('Cross', cross, variants=('method', 'function', 'out'), kernels=(CROSS,),\n", 'front-end', note='"\'cross\'" -> "\'Cross\'" at line 391')
M('auto-2116-ops.shape-619-11', 'ops/shape.py',
  '        if not x.size:\n',
  '        if x.size:\n', 'front-end', note="'not ' -> '' at line 619")
M('auto-2116-ops.nn_ops-197-4', 'ops/nn_ops.py',
  "    factor = select(x > 0, t(1), t(ctx.params['negative_slope']))\n",
  '    pass\n', 'op formula', note='"factor = select(x > 0, t(1), t(ctx.params[\'negative_slope\']))" -> \'pass\' at line 197')
M('auto-2116-ops.nn_ops-597-4', 'ops/nn_ops.py',
  '    t0, t = t, _target_like(B, t, xv.shape)\n',
  '    pass\n', 'op formula', note="'t0, t = t, _target_like(B, t, xv.shape)' -> 'pass' at line 597", nth=1)
M('auto-2116-ops.shape-173-83', 'ops/shape.py',
  "    return call(UNSQUEEZE, [self], {'dim': wrap_dim(dim, nd, allow_end=True, fname='unsqueeze',\n",
  "    return call(UNSQUEEZE, [self], {'dim': wrap_dim(dim, nd, allow_end=True, fname='Unsqueeze',\n", 'front-end', note='"\'unsqueeze\'" -> "\'Unsqueeze\'" at line 173')
M('auto-2116-ops.nn_loss_ops-31-4', 'ops/nn_loss_ops.py',
  '    s = float(np.log1p(np.exp(-yw * xw)).sum())\n',
  '    pass\n', 'op formula', note="'s = float(np.log1p(np.exp(-yw * xw)).sum())' -> 'pass' at line 31")
M('auto-2116-ops.nn_ops-613-80', 'ops/nn_ops.py',
  "    grad_fn='BinaryCrossEntropyBackward', save_inputs=(0, 1), argnames=('self', 'target'),\n",
  "    grad_fn='BinaryCrossEntropyBackward', save_inputs=(0, 1), argnames=('self', 'Target'),\n", 'op formula', note='"\'target\'" -> "\'Target\'" at line 613')
M('auto-2116-ops.nn_loss_ops-236-33', 'ops/nn_loss_ops.py',
  "        params={'size_average': [True, False]}, n=3, note=_NO_TARGET_GRAD, fd=_NO_TARGET_FD),\n",
  "        params={'size_average': [False, False]}, n=3, note=_NO_TARGET_GRAD, fd=_NO_TARGET_FD),\n", 'op formula', note="'True' -> 'False' at line 236",
  equivalent='a parity-sample parameter list (test data, not behaviour): size_average=True of this loss stays compared through F.* in test_schema_parity')
M('auto-2116-ops.blas_ops-269-82', 'ops/blas_ops.py',
  "    'addmv': lambda c, a, b: ('vector expected, got t: %dD' % c.ndim if c.ndim != 1\n",
  "    'addmv': lambda c, a, b: ('vector expected, got t: %dD' % c.ndim if c.ndim != 0\n", 'front-end', note='1 -> 0 at line 269')
M('auto-2116-ops.lapack-804-8', 'ops/lapack.py',
  '        x = np.array(b[i], dtype=np.float64)\n',
  '        pass\n', 'front-end', note="'x = np.array(b[i], dtype=np.float64)' -> 'pass' at line 804")
M('auto-2116-ops.indexing-1196-14', 'ops/indexing.py',
  '    if s.size != a.size:\n',
  '    if s.size == a.size:\n', 'front-end', note='!= -> == at line 1196')
M('auto-2116-ops.lapack-171-4', 'ops/lapack.py',
  '    function.__doc__ = impl.__doc__\n',
  '    pass\n', 'front-end', note="'function.__doc__ = impl.__doc__' -> 'pass' at line 171",
  equivalent="the docstring of the torch.* function form: no behaviour")
M('auto-2116-nn._functional_activation-43-4', 'nn/_functional_activation.py',
  '    return (g * ctx.B.mask((x > lambd) | (x < -lambd), g),)\n',
  '    pass\n', 'op formula', note="'return (g * ctx.B.mask((x > lambd) | (x < -lambd), g),)' -> 'pass' at line 43")
M('auto-2116-ops.rnn_ops-962-57', 'ops/rnn_ops.py',
  "for _name, _grad_fn in (('cat', 'CatBackward'), ('view', 'ViewBackward'), ('mul', 'MulBackward1'),\n",
  "for _name, _grad_fn in (('cat', 'CatBackward'), ('view', 'viewBackward'), ('mul', 'MulBackward1'),\n", 'op formula', note='"\'ViewBackward\'" -> "\'viewBackward\'" at line 962')
M('auto-2116-ops.reduction-335-30', 'ops/reduction.py',
  "MAX_ALL = _sel_all('max_all', 'MaxBackward1', lambda torch, a, index=None: torch.max(a))\n",
  "MAX_ALL = _sel_all('max_all', 'maxBackward1', lambda torch, a, index=None: torch.max(a))\n", 'front-end', note='"\'MaxBackward1\'" -> "\'maxBackward1\'" at line 335')
M('auto-2116-ops.lapack-353-29', 'ops/lapack.py',
  '        self = self.view(-1, 1)\n',
  '        self = self.view(-1, 0)\n', 'front-end', note='1 -> 0 at line 353', nth=2)
M('auto-2116-ops.indexing-816-42', 'ops/indexing.py',
  "            B.index_select(g, p['dim'], p['index']) if ctx.needs[1] else None)\n",
  "            B.index_select(g, p['dim'], p['Index']) if ctx.needs[1] else None)\n", 'front-end', note='"\'index\'" -> "\'Index\'" at line 816')
M('auto-2116-ops.nn_ops-377-32', 'ops/nn_ops.py',
  '        outer = B.unsqueeze(x1, 2) * B.unsqueeze(x2, 1)           # (N, I, J)\n',
  '        outer = B.unsqueeze(x1, 3) * B.unsqueeze(x2, 1)           # (N, I, J)\n', 'op formula', note='2 -> 3 at line 377')
M('auto-2116-ops.nn_ops-162-4', 'ops/nn_ops.py',
  "    'elu', _elu_fwd, _elu_back,\n",
  "    'Elu', _elu_fwd, _elu_back,\n", 'op formula', note='"\'elu\'" -> "\'Elu\'" at line 162')
M('auto-2116-nn._functional_volumetric-245-21', 'nn/_functional_volumetric.py',
  '    a5 = a if a.ndim == 5 else a[None]\n',
  '    a5 = a if a.ndim != 5 else a[None]\n', 'op formula', note='== -> != at line 245')
M('auto-2116-ops.rnn_ops-907-12', 'ops/rnn_ops.py',
  "        doc='one %s layer (one direction) over a packed sequence; output rows: steps, h_n%s'\n",
  "        doc='One %s layer (one direction) over a packed sequence; output rows: steps, h_n%s'\n", 'op formula', note='"\'one %s layer (one direction) over a packed sequence; output rows: steps, h_n%s\'" -> "\'One %s layer (one direction) over a packed sequence; output rows: steps, h_n%s\'" at line 907',
  equivalent="the registry op's doc string: no behaviour")
M('auto-2116-nn._functional_vision-119-4', 'nn/_functional_vision.py',
  '    mats = tuple(_linear_matrix(in_sizes[d], int(out[d])) for d in range(nd))\n',
  '    pass\n', 'op formula', note="'mats = tuple(_linear_matrix(in_sizes[d], int(out[d])) for d in range(nd))' -> 'pass' at line 119")
M('auto-2116-ops.pointwise-813-8', 'ops/pointwise.py',
  '        return errors.format_invalid_args(name, [min, max], {}, options)\n',
  '        pass\n', 'front-end', note="'return errors.format_invalid_args(name, [min, max], {}, options)' -> 'pass' at line 813")
M('auto-2116-ops.indexing-778-55', 'ops/indexing.py',
  '    _check_index_vector(idx, a.shape[d] if a.size else 0)\n',
  '    _check_index_vector(idx, a.shape[d] if a.size else 1)\n', 'front-end', note='0 -> 1 at line 778', nth=0)
M('auto-2116-ops.nn_loss_ops-108-42', 'ops/nn_loss_ops.py',
  '    zv = (x2 - xt + margin) * B.const(2.0 * norm * active, x2)   # 2 w z / norm, 0 if inactive\n',
  '    zv = (x2 - xt + margin) * B.const(2.0 + norm * active, x2)   # 2 w z / norm, 0 if inactive\n', 'op formula', note='* -> + at line 108')
M('auto-2116-ops.rnn_ops-950-15', 'ops/rnn_ops.py',
  "    if join == 'cols':\n",
  "    if join == 'Cols':\n", 'op formula', note='"\'cols\'" -> "\'Cols\'" at line 950',
  equivalent="the RNN join samples' output shape choice (test data): both sides compute the same join and reshape to the same drawn shape, so no verdict changes")
M('auto-2116-ops.indexing-530-8', 'ops/indexing.py',
  '        sel = B.index_put_zeros(sel, (n,), (slice(0, count),))\n',
  '        pass\n', 'front-end', note="'sel = B.index_put_zeros(sel, (n,), (slice(0, count),))' -> 'pass' at line 530")
M('auto-2116-ops.conv_ops-1697-22', 'ops/conv_ops.py',
  "            hi = size - 1 if mode == 'reflect' else 3\n",
  "            hi = size + 1 if mode == 'reflect' else 3\n", 'op formula', note='- -> + at line 1697',
  equivalent="the reflection-pad parity samples' range (test data): with larger pads drawn both sides still agree or refuse alike, so no verdict changes")
M('auto-2116-nn._functional_activation-61-46', 'nn/_functional_activation.py',
  "    if not isinstance(input, (Variable,)) and not hasattr(input, '_a'):\n",
  "    if not isinstance(input, (Variable,)) and hasattr(input, '_a'):\n", 'op formula', note="'not ' -> '' at line 61")
M('auto-2116-ops.conv_ops-60-36', 'ops/conv_ops.py',
  '    return shape[:2] + (1,) + shape[2:] if len(shape) == 3 else shape\n',
  '    return shape[:2] + (1,) + shape[3:] if len(shape) == 3 else shape\n', 'op formula', note='2 -> 3 at line 60')
M('auto-2116-ops.reduction-112-18', 'ops/reduction.py',
  "    if dtype.kind == 'f':\n",
  "    if dtype.kind != 'f':\n", 'front-end', note='== -> != at line 112', nth=0)
# ---- sample 2117 (session 20, a measurement of the op-formula files: drawn and run at 0f2e0ab,
# AUTO_MUTANTS_SEED=2117 COUNT=40 KINDS=all, --jobs 1), measured before any test written for it:
# 38 of 40 killed by their subsets, 1 more by test_parity_errors (mv's size mismatch; its text
# then moved to TH's, the entry follows it); 1 real survivor (trtrs on an integer tensor),
# now killed by test_wide_kills_s20.py: 39 of 40
M('auto-2117-nn._functional_volumetric-548-14', 'nn/_functional_volumetric.py',
  '    if a.ndim not in (3, 4):\n',
  '    if a.ndim in (3, 4):\n', 'op formula', note="'not in' -> 'in' at line 548")
M('auto-2117-nn._functional_conv-129-22', 'nn/_functional_conv.py',
  '        for s in size[2:]:\n',
  '        for s in size[1:]:\n', 'op formula', note='2 -> 1 at line 129')
M('auto-2117-ops.lapack-348-4', 'ops/lapack.py',
  "    _float_only(self, 'trtrs')\n",
  '    pass\n', 'front-end', note='"_float_only(self, \'trtrs\')" -> \'pass\' at line 348')
M('auto-2117-ops.indexing-920-31', 'ops/indexing.py',
  "                               'from the specified dimension' % what)\n",
  "                               'From the specified dimension' % what)\n", 'front-end', note='"\'from the specified dimension\'" -> "\'From the specified dimension\'" at line 920')
M('auto-2117-ops.indexing-978-12', 'ops/indexing.py',
  "    grad_fn='ScatterBackward0', argnames=('self', 'src'),\n",
  "    grad_fn='scatterBackward0', argnames=('self', 'src'),\n", 'front-end', note='"\'ScatterBackward0\'" -> "\'scatterBackward0\'" at line 978')
M('auto-2117-ops.pointwise-689-47', 'ops/pointwise.py',
  "    ('erf', _in_float64(erf_array), _erf_back, 'ErfBackward', 'input', True),\n",
  "    ('erf', _in_float64(erf_array), _erf_back, 'erfBackward', 'input', True),\n", 'front-end', note='"\'ErfBackward\'" -> "\'erfBackward\'" at line 689')
M('auto-2117-nn._functional_volumetric-137-31', 'nn/_functional_volumetric.py',
  '    n, c, d = xs[0], xs[1], xs[2]\n',
  '    n, c, d = xs[0], xs[1], xs[3]\n', 'op formula', note='2 -> 3 at line 137', nth=1)
M('auto-2117-ops.linalg-283-28', 'ops/linalg.py',
  '    x = self.expand(*(batch + ea.shape[-2:])).contiguous().view(-1, *ea.shape[-2:])\n',
  '    x = self.expand(*(batch - ea.shape[-2:])).contiguous().view(-1, *ea.shape[-2:])\n', 'front-end', note='+ -> - at line 283')
M('auto-2117-ops.linalg-271-10', 'ops/linalg.py',
  '    if da == 2 and db == 2:\n',
  '    if da != 2 and db == 2:\n', 'front-end', note='== -> != at line 271')
M('auto-2117-ops.conv_ops-427-49', 'ops/conv_ops.py',
  '                        (h + 2 * padding[0], w + 2 * padding[1]), padding, (h, w), nl)\n',
  '                        (h + 2 * padding[0], w + 1 * padding[1]), padding, (h, w), nl)\n', 'op formula', note='2 -> 1 at line 427')
M('auto-2117-ops.conv_ops-607-8', 'ops/conv_ops.py',
  '        gb = B.sum(g, _bias_dims(len(ctx.shapes[0][0]))) if needs[2] else None\n',
  '        pass\n', 'op formula', note="'gb = B.sum(g, _bias_dims(len(ctx.shapes[0][0]))) if needs[2] else None' -> 'pass' at line 607", nth=1)
M('auto-2117-nn._functional_vision-60-27', 'nn/_functional_vision.py',
  '    ok = len(scale_factor) in (1, 2, 3) and all(\n',
  '    ok = len(scale_factor) not in (1, 2, 3) and all(\n', 'op formula', note='in -> not in at line 60')
M('auto-2117-nn._functional_embedding_bag-38-12', 'nn/_functional_embedding_bag.py',
  "    if mode not in ('sum', 'mean'):\n",
  "    if mode in ('sum', 'mean'):\n", 'op formula', note="'not in' -> 'in' at line 38")
M('auto-2117-ops.shape-636-4', 'ops/shape.py',
  '    d = wrap_dim(dim, tensor_of(seq[0]).dim(), allow_end=True)\n',
  '    pass\n', 'front-end', note="'d = wrap_dim(dim, tensor_of(seq[0]).dim(), allow_end=True)' -> 'pass' at line 636")
M('auto-2117-ops.lapack-233-8', 'ops/lapack.py',
  '        i = int(np.nonzero(np.diag(lu) == 0)[0][0]) + 1\n',
  '        pass\n', 'front-end', note="'i = int(np.nonzero(np.diag(lu) == 0)[0][0]) + 1' -> 'pass' at line 233")
M('auto-2117-nn._functional_schema-42-21', 'nn/_functional_schema.py',
  "    'pixel_shuffle', 'poisson_nll_loss', 'prelu', 'relu', 'relu6', 'rrelu', 'selu', 'sigmoid',\n",
  "    'pixel_shuffle', 'Poisson_nll_loss', 'prelu', 'relu', 'relu6', 'rrelu', 'selu', 'sigmoid',\n", 'op formula', note='"\'poisson_nll_loss\'" -> "\'Poisson_nll_loss\'" at line 42')
M('auto-2117-ops.pointwise-271-33', 'ops/pointwise.py',
  '    return (z - 0.5) * np.log(z) - z + _HALF_LOG_2PI + s - np.log(prod)\n',
  '    return (z - 0.5) * np.log(z) + z + _HALF_LOG_2PI + s - np.log(prod)\n', 'front-end', note='- -> + at line 271')
M('auto-2117-ops.shape-81-21', 'ops/shape.py',
  '        strides[i] = 0 if (n == 1 and shape[i] != 1) else st\n',
  '        strides[i] = 1 if (n == 1 and shape[i] != 1) else st\n', 'front-end', note='0 -> 1 at line 81')
M('auto-2117-nn._functional_volumetric-157-54', 'nn/_functional_volumetric.py',
  '            zeros = Variable(type(y.data)(n, d, st[0] - 1, o, oh, ow).zero_()) \\\n',
  '            zeros = Variable(type(y.data)(n, d, st[0] + 1, o, oh, ow).zero_()) \\\n', 'op formula', note='- -> + at line 157')
M('auto-2117-ops.shape-246-4', 'ops/shape.py',
  '    return call(CLONE, [self])\n',
  '    pass\n', 'front-end', note="'return call(CLONE, [self])' -> 'pass' at line 246")
M('auto-2117-ops.reduction-928-34', 'ops/reduction.py',
  "    return call(CUMPROD, [self], {'dim': _wrap(self, dim, 'cumprod', 1)})\n",
  "    return call(CUMPROD, [self], {'Dim': _wrap(self, dim, 'cumprod', 1)})\n", 'front-end', note='"\'dim\'" -> "\'Dim\'" at line 928')
M('auto-2117-ops.nn_ops-472-11', 'ops/nn_ops.py',
  '    gx = g * diff * (2.0 * _norm(ctx, B.value(x).size))\n',
  '    gx = g / diff * (2.0 * _norm(ctx, B.value(x).size))\n', 'op formula', note='* -> / at line 472')
M('auto-2117-nn.functional-305-33', 'nn/functional.py',
  '    if idx.size and (idx.min() < 0 or idx.max() >= vocab):\n',
  '    if idx.size and (idx.min() < 1 or idx.max() >= vocab):\n', 'op formula', note='0 -> 1 at line 305')
M('auto-2117-ops.conv_ops-582-9', 'ops/conv_ops.py',
  '    if b is not None:\n',
  '    if b is None:\n', 'op formula', note="'is not' -> 'is' at line 582", nth=1)
M('auto-2117-ops.nn_ops-247-25', 'ops/nn_ops.py',
  '    return (-(np.maximum(-w, 0.0) + np.log1p(np.exp(-np.abs(w))))).astype(a.dtype)\n',
  '    return (-(np.maximum(w, 0.0) + np.log1p(np.exp(-np.abs(w))))).astype(a.dtype)\n', 'op formula', note="'-' -> '' at line 247")
M('auto-2117-nn.functional-590-14', 'nn/functional.py',
  '    if t.size and (t.min() < -1 or t.max() >= dim):\n',
  '    if t.size or (t.min() < -1 or t.max() >= dim):\n', 'op formula', note="'and' -> 'or' at line 590")
M('auto-2117-ops.linalg-174-8', 'ops/linalg.py',
  "        raise RuntimeError('size mismatch, %s, %s' % (errors.fmt_sizes(m.shape),\n"
  "                                                       errors.fmt_sizes(v.shape)))\n",
  '        pass\n', 'front-end', note='the size-mismatch raise of mv -> pass (drawn as "raise _size_mismatch(m, v, \'mat\', \'vec\')" -> \'pass\' at line 174, before the text followed TH)')
M('auto-2117-ops.indexing-934-45', 'ops/indexing.py',
  '    if idx.size and ((idx < 0).any() or (idx >= a.shape[d]).any()):\n',
  '    if idx.size and ((idx < 0).any() or (idx > a.shape[d]).any()):\n', 'front-end', note='>= -> > at line 934', nth=0)
M('auto-2117-nn.functional-377-51', 'nn/functional.py',
  '    if live.size and (live.min() < 0 or live.max() >= x.shape[1]):\n',
  '    if live.size and (live.min() < 0 or live.max() < x.shape[1]):\n', 'op formula', note='>= -> < at line 377')
M('auto-2117-ops.indexing-437-50', 'ops/indexing.py',
  '        return cls._wrap(np.take(a, k.array, axis=0) if a.size else a.copy())\n',
  '        return cls._wrap(np.take(a, k.array, axis=1) if a.size else a.copy())\n', 'front-end', note='0 -> 1 at line 437')
M('auto-2117-nn._functional_volumetric-290-4', 'nn/_functional_volumetric.py',
  '    flat_a = a.reshape((-1,) + sizes)\n',
  '    pass\n', 'op formula', note="'flat_a = a.reshape((-1,) + sizes)' -> 'pass' at line 290")
M('auto-2117-ops.pointwise-299-12', 'ops/pointwise.py',
  '    nan = x != x\n',
  '    nan = x == x\n', 'front-end', note='!= -> == at line 299')
M('auto-2117-ops.shape-892-12', 'ops/shape.py',
  '            size = (len(source._a),)\n',
  '            pass\n', 'front-end', note="'size = (len(source._a),)' -> 'pass' at line 892")
M('auto-2117-ops.shape-728-8', 'ops/shape.py',
  '        return (ctx.B.diag(g, k),)\n',
  '        pass\n', 'front-end', note="'return (ctx.B.diag(g, k),)' -> 'pass' at line 728")
M('auto-2117-ops.lapack-766-23', 'ops/lapack.py',
  '                lu[k + 1:, k] /= lu[k, k]\n',
  '                lu[k + 0:, k] /= lu[k, k]\n', 'front-end', note='1 -> 0 at line 766')
M('auto-2117-ops.conv_ops-1004-49', 'ops/conv_ops.py',
  '    unique = s[0] >= d[0] * (k[0] - 1) + 1 and s[1] >= d[1] * (k[1] - 1) + 1\n',
  '    unique = s[0] >= d[0] * (k[0] - 1) + 1 and s[2] >= d[1] * (k[1] - 1) + 1\n', 'op formula', note='1 -> 2 at line 1004')
M('auto-2117-ops.indexing-603-42', 'ops/indexing.py',
  "    return call_inplace(SETITEM, [self], {'key': k, 'value': _value_for(self, value)})\n",
  "    return call_inplace(SETITEM, [self], {'Key': k, 'value': _value_for(self, value)})\n", 'front-end', note='"\'key\'" -> "\'Key\'" at line 603')
M('auto-2117-ops.conv_ops-1489-20', 'ops/conv_ops.py',
  "            if mode == 'reflect' and (lo >= a.shape[d] or hi >= a.shape[d]):\n",
  "            if mode != 'reflect' and (lo >= a.shape[d] or hi >= a.shape[d]):\n", 'op formula', note='== -> != at line 1489')
M('auto-2117-ops.indexing-640-4', 'ops/indexing.py',
  '    gs = g * B.mask(~m, g) if ctx.needs[0] else None\n',
  '    pass\n', 'front-end', note="'gs = g * B.mask(~m, g) if ctx.needs[0] else None' -> 'pass' at line 640")
M('auto-2117-nn._functional_embedding_bag-32-40', 'nn/_functional_embedding_bag.py',
  '        norm = (np.abs(v) ** norm_type).sum() ** (1.0 / norm_type)\n',
  '        norm = (np.abs(v) ** norm_type).prod() ** (1.0 / norm_type)\n', 'op formula', note="'sum' -> 'prod' at line 32")
# ---- sample 2118 (session 20, a measurement of the front-end files: drawn and run at 06a9c3b,
# AUTO_MUTANTS_SEED=2118 COUNT=40 KINDS=all, --jobs 1), measured before any test written for it:
# 32 of 40 killed by their subsets, 2 more by test_parity_registry and test_reduction (the flip
# and unfold backward ops' parameter names: higher-order derivatives of cumsum/cumprod/prod and
# unfold), 2 argued equivalent; 4 real survivors: the dispatcher's arg<i> name past an op's
# named arguments, a new Variable's unset .grad in call_variable2, torch.Size's __slots__ (all
# three now killed by test_wide_kills_s20.py), and the profiler's nested-apply shortcut (not
# killed: 0.3.1's THPFunction_apply recorded nested Python Function calls too, so which
# behaviour is right is open; see parity.md): 34 of 38
M('auto-2118-storage-116-8', 'storage.py',
  '        ident = _identity(self._a)[1]\n',
  '        pass\n', 'front-end', note="'ident = _identity(self._a)[1]' -> 'pass' at line 116")
M('auto-2118-ops.arithmetic-258-67', 'ops/arithmetic.py',
  "    return _binary(self, value, other, ADD_SCALAR, ADD, ADD_ALPHA, 'add', True, alpha)\n",
  "    return _binary(self, value, other, ADD_SCALAR, ADD, ADD_ALPHA, 'Add', True, alpha)\n", 'front-end', note='"\'add\'" -> "\'Add\'" at line 258')
M('auto-2118-ops.comparison-70-26', 'ops/comparison.py',
  "EQ = _register_comparison('eq', np.equal)\n",
  "EQ = _register_comparison('Eq', np.equal)\n", 'front-end', note='"\'eq\'" -> "\'Eq\'" at line 70')
M('auto-2118-autograd.profiler-86-26', 'autograd/profiler.py',
  '        _profiling.enable(False)\n',
  '        _profiling.enable(True)\n', 'vjp', note="'False' -> 'True' at line 86")
M('auto-2118-ops.dispatch-101-25', 'ops/dispatch.py',
  "    return names[i] if i < len(names) else 'arg%d' % i\n",
  "    return names[i] if i <= len(names) else 'arg%d' % i\n", 'fast path', note='< -> <= at line 101')
M('auto-2118-ops.dispatch-418-22', 'ops/dispatch.py',
  '        t._version = [0]\n',
  '        t._version = [1]\n', 'fast path', note='0 -> 1 at line 418', nth=2)
M('auto-2118-ops.creation-146-4', 'ops/creation.py',
  "    gen = rng.generator_of(generator, 'randn')\n",
  '    pass\n', 'front-end', note='"gen = rng.generator_of(generator, \'randn\')" -> \'pass\' at line 146')
M('auto-2118-autograd.gradcheck-113-12', 'autograd/gradcheck.py',
  "            raise RuntimeError('gradcheck needs contiguous inputs')\n",
  '            pass\n', 'vjp', note='"raise RuntimeError(\'gradcheck needs contiguous inputs\')" -> \'pass\' at line 113',
  equivalent="gradcheck's shared-memory guard: the inputs were made contiguous just before, so flattening always gives a view and the raise is unreachable")
M('auto-2118-ops.backend_variable-133-4', 'ops/backend_variable.py',
  '    return a.transpose(d0, d1)\n',
  '    pass\n', 'front-end', note="'return a.transpose(d0, d1)' -> 'pass' at line 133")
M('auto-2118-autograd.__init__-153-20', 'autograd/__init__.py',
  '                    g = np.empty(a.shape, dtype=a.dtype)\n',
  '                    pass\n', 'vjp', note="'g = np.empty(a.shape, dtype=a.dtype)' -> 'pass' at line 153")
M('auto-2118-ops.dispatch-332-8', 'ops/dispatch.py',
  '        node.saved = None\n',
  '        pass\n', 'fast path', note="'node.saved = None' -> 'pass' at line 332", nth=0)
M('auto-2118-dtypes-32-13', 'dtypes.py',
  "    TypeInfo('Char', np.int8, False, False),     # 0.3.1: CharTensor.is_signed() is False ('TODO')\n",
  "    TypeInfo('char', np.int8, False, False),     # 0.3.1: CharTensor.is_signed() is False ('TODO')\n", 'front-end', note='"\'Char\'" -> "\'char\'" at line 32')
M('auto-2118-autograd.__init__-92-8', 'autograd/__init__.py',
  '        root_grads.append(g)\n',
  '        pass\n', 'vjp', note="'root_grads.append(g)' -> 'pass' at line 92")
M('auto-2118-autograd.gradcheck-192-56', 'autograd/gradcheck.py',
  '                if not (np.abs(aa - na) <= (atol + rtol * np.abs(na))).all():\n',
  '                if not (np.abs(aa - na) <= (atol + rtol + np.abs(na))).all():\n', 'vjp', note='* -> + at line 192')
M('auto-2118-tensor-461-45', 'tensor.py',
  "    if arr.dtype == object or arr.dtype.kind in 'USV':\n",
  "    if arr.dtype == object or arr.dtype.kind not in 'USV':\n", 'front-end', note='in -> not in at line 461', nth=1)
M('auto-2118-ops.arithmetic-386-0', 'ops/arithmetic.py',
  "mul_ = _binary_front_end(MUL_SCALAR, MUL, 'mul', True)\n",
  'pass\n', 'front-end', note='"mul_ = _binary_front_end(MUL_SCALAR, MUL, \'mul\', True)" -> \'pass\' at line 386')
M('auto-2118-storage-406-49', 'storage.py',
  '    if stride is not None and len(tuple(stride)) == len(size):\n',
  '    if stride is not None and len(tuple(stride)) != len(size):\n', 'front-end', note='== -> != at line 406')
M('auto-2118-ops.arithmetic-92-69', 'ops/arithmetic.py',
  '                    -g * ctx.inputs[0] / (ctx.inputs[1] * ctx.inputs[1]) if ctx.needs[1] else None),\n',
  '                    -g * ctx.inputs[0] / (ctx.inputs[1] * ctx.inputs[2]) if ctx.needs[1] else None),\n', 'front-end', note='1 -> 2 at line 92')
M('auto-2118-storage-481-22', 'storage.py',
  '    if not (root.flags.c_contiguous or root.flags.f_contiguous):\n',
  '    if (root.flags.c_contiguous or root.flags.f_contiguous):\n', 'front-end',
  note="'not ' -> '' at line 481 (session 22: the test is on the root's layout alone)")
M('auto-2118-backend_numpy-440-4', 'backend_numpy.py',
  "    return provided.conv_forward(x, w, None, p['stride'], p['padding'], p['dilation'], p['groups'])\n",
  '    pass\n', 'front-end', note='"return provided.conv_forward(x, w, None, p[\'stride\'], p[\'padding\'], p[\'dilation\'], p[\'groups\'])" -> \'pass\' at line 440')
M('auto-2118-ops.type_support-84-16', 'ops/type_support.py',
  '                setattr(cls, op, MissingMethod(typename, name))\n',
  '                pass\n', 'front-end', note="'setattr(cls, op, MissingMethod(typename, name))' -> 'pass' at line 84")
M('auto-2118-ops.backend_variable-275-45', 'ops/backend_variable.py',
  "    lambda ctx, g: (ctx.B.flip(g, ctx.params['dim']),),\n",
  "    lambda ctx, g: (ctx.B.flip(g, ctx.params['Dim']),),\n", 'front-end', note='"\'dim\'" -> "\'Dim\'" at line 275')
M('auto-2118-autograd.engine-192-8', 'autograd/engine.py',
  '        t = so[0]\n',
  '        pass\n', 'vjp', note="'t = so[0]' -> 'pass' at line 192", nth=0)
M('auto-2118-size-12-4', 'size.py',
  '    __slots__ = ()\n',
  '    pass\n', 'front-end', note="'__slots__ = ()' -> 'pass' at line 12")
M('auto-2118-backend_numpy-309-21', 'backend_numpy.py',
  '    if a.shape[:dim] + a.shape[dim + 1:] == index.shape[:dim] + index.shape[dim + 1:]:\n',
  '    if a.shape[:dim] - a.shape[dim + 1:] == index.shape[:dim] + index.shape[dim + 1:]:\n', 'front-end', note='+ -> - at line 309')
M('auto-2118-autograd.engine-404-4', 'autograd/engine.py',
  '    captured = None\n',
  '    pass\n', 'vjp', note="'captured = None' -> 'pass' at line 404")
M('auto-2118-ops.dispatch-423-4', 'ops/dispatch.py',
  '    out._grad = None\n',
  '    pass\n', 'fast path', note="'out._grad = None' -> 'pass' at line 423", nth=2)
M('auto-2118-autograd._profiling-70-12', 'autograd/_profiling.py',
  '            return fn(cls, *args)\n',
  '            pass\n', 'vjp', note="'return fn(cls, *args)' -> 'pass' at line 70", nth=0)
M('auto-2118-autograd.engine-530-12', 'autograd/engine.py',
  "            prof.append((open_name, _now(), 'push'))\n",
  '            pass\n', 'vjp', note='"prof.append((open_name, _now(), \'push\'))" -> \'pass\' at line 530')
M('auto-2118-ops.backend_variable-253-71', 'ops/backend_variable.py',
  "    return _call(UNFOLD_BACK, [g], {'shape': tuple(shape), 'dim': dim, 'size': size, 'step': step})\n",
  "    return _call(UNFOLD_BACK, [g], {'shape': tuple(shape), 'dim': dim, 'Size': size, 'step': step})\n", 'front-end', note='"\'size\'" -> "\'Size\'" at line 253')
M('auto-2118-ops.dispatch-550-14', 'ops/dispatch.py',
  '    if result is not a:\n',
  '    if result is a:\n', 'fast path', note="'is not' -> 'is' at line 550")
M('auto-2118-autograd.function-460-39', 'autograd/function.py',
  "                           'but is %s' % tp_name(to_save))\n",
  "                           'but is %s' // tp_name(to_save))\n", 'vjp', note='% -> // at line 460')
M('auto-2118-tensor-630-20', 'tensor.py',
  '    if ndarray.size == 0:\n',
  '    if ndarray.size != 0:\n', 'front-end', note='== -> != at line 630', nth=1)
M('auto-2118-ops.arithmetic-306-18', 'ops/arithmetic.py',
  '    if t is float or t is int:\n',
  '    if t is float and t is int:\n', 'front-end', note='or -> and at line 306', nth=0,
  equivalent='the exact int/float shortcut of _simple_binary turned off: a Python number then takes the general route (is_number, scalar_for), which gives the same op and value')
M('auto-2118-tensor-434-4', 'tensor.py',
  '    return walk(data, 0, ()) if sizes else None\n',
  '    pass\n', 'front-end', note="'return walk(data, 0, ()) if sizes else None' -> 'pass' at line 434")
M('auto-2118-autograd._profiling-55-8', 'autograd/_profiling.py',
  "        records.append((name, _now(), 'push'))\n",
  '        pass\n', 'vjp', note='"records.append((name, _now(), \'push\'))" -> \'pass\' at line 55', nth=0)
M('auto-2118-ops.dispatch-570-8', 'ops/dispatch.py',
  '        old = self._data.clone()\n',
  '        pass\n', 'fast path', note="'old = self._data.clone()' -> 'pass' at line 570")
M('auto-2118-autograd.engine-270-16', 'autograd/engine.py',
  '                out[i] = r\n',
  '                pass\n', 'vjp', note="'out[i] = r' -> 'pass' at line 270")
M('auto-2118-ops.dispatch-219-8', 'ops/dispatch.py',
  '        extra = result[1:]\n',
  '        pass\n', 'fast path', note="'extra = result[1:]' -> 'pass' at line 219", nth=0)
M('auto-2118-autograd.gradcheck-145-41', 'autograd/gradcheck.py',
  '                    correct_grad_sizes = False\n',
  '                    correct_grad_sizes = True\n', 'vjp', note="'False' -> 'True' at line 145")
# ---- sample 2119 (session 20, a measurement of the front-end files: drawn and run at 928070c,
# AUTO_MUTANTS_SEED=2119 COUNT=40 KINDS=all, --jobs 2), measured before any test written for it
# (subsets only: no wider run): 30 of 40 killed, 3 argued equivalent; 7 real survivors, all now
# killed by test_wide_kills_s20.py (array_to_tensor's type check, the public node classes behind
# a Function's output, backward of nothing, a legacy _functions class name, from_numpy of a
# zero stride, prepare_onnx_paddings, the reference-mode binary operators): 30 of 37
M('auto-2119-tensor-628-19', 'tensor.py',
  "    if cls is None or ndarray.dtype.byteorder not in '=|':\n",
  "    if cls is None and ndarray.dtype.byteorder not in '=|':\n", 'front-end', note='or -> and at line 628')
M('auto-2119-autograd.gradcheck-88-8', 'autograd/gradcheck.py',
  '        return input.contiguous()\n',
  '        pass\n', 'vjp', note="'return input.contiguous()' -> 'pass' at line 88")
M('auto-2119-autograd.variable-101-62', 'autograd/variable.py',
  '        if fn is not None and (type(fn) is OpNode or fn._kind != KIND_OP):\n',
  '        if fn is not None and (type(fn) is OpNode or fn._kind == KIND_OP):\n', 'vjp', note='!= -> == at line 101')
M('auto-2119-ops.creation-364-8', 'ops/creation.py',
  "        raise TypeError('random_() takes at most 2 arguments')\n",
  '        pass\n', 'front-end', note='"raise TypeError(\'random_() takes at most 2 arguments\')" -> \'pass\' at line 364')
M('auto-2119-ops.schema-252-25', 'ops/schema.py',
  '    d.facts.update(facts or {})\n',
  '    d.facts.update(facts and {})\n', 'front-end', note='or -> and at line 252')
M('auto-2119-autograd.engine-306-28', 'autograd/engine.py',
  '            var._grad = cur + g\n',
  '            var._grad = cur - g\n', 'vjp', note='+ -> - at line 306')
M('auto-2119-autograd.variable-167-15', 'autograd/variable.py',
  '        if acc is not None:\n',
  '        if acc is None:\n', 'vjp', note="'is not' -> 'is' at line 167", nth=0)
M('auto-2119-autograd.__init__-94-8', 'autograd/__init__.py',
  "        raise RuntimeError('there are no graph nodes that require computing gradients')\n",
  '        pass\n', 'vjp', note='"raise RuntimeError(\'there are no graph nodes that require computing gradients\')" -> \'pass\' at line 94')
M('auto-2119-autograd._functions.__init__-40-36', 'autograd/_functions/__init__.py',
  "    ('MaskedFill', 'masked_fill'), ('MaskedSelect', 'masked_select'), ('Sort', 'sort'),\n",
  "    ('MaskedFill', 'masked_fill'), ('maskedSelect', 'masked_select'), ('Sort', 'sort'),\n", 'vjp', note='"\'MaskedSelect\'" -> "\'maskedSelect\'" at line 40')
M('auto-2119-autograd.function-212-4', 'autograd/function.py',
  '    _is_legacy = False\n',
  '    pass\n', 'vjp', note="'_is_legacy = False' -> 'pass' at line 212", nth=1,
  equivalent='BackwardCFunction inherits _is_legacy = False from _FunctionBase; its generated <Name>Backward subclasses are made by type(), not by FunctionMeta, so nothing else sets it (as auto-1904-autograd.function-213-4)')
M('auto-2119-ops.comparison-135-8', 'ops/comparison.py',
  '        result = call(ops.tensor, [self, other], out_cls=ByteTensor)\n',
  '        pass\n', 'front-end', note="'result = call(ops.tensor, [self, other], out_cls=ByteTensor)' -> 'pass' at line 135")
M('auto-2119-ops.backend_variable-113-4', 'ops/backend_variable.py',
  "    return _call(EXPAND_TO, [g], {'shape': tuple(shape)})\n",
  '    pass\n', 'front-end', note='"return _call(EXPAND_TO, [g], {\'shape\': tuple(shape)})" -> \'pass\' at line 113')
M('auto-2119-ops.creation-241-13', 'ops/creation.py',
  '    if steps == 1:\n',
  '    if steps != 1:\n', 'front-end', note='== -> != at line 241', nth=1)
M('auto-2119-autograd.variable-214-12', 'autograd/variable.py',
  '            return False\n',
  '            pass\n', 'vjp', note="'return False' -> 'pass' at line 214")
M('auto-2119-autograd.function-639-23', 'autograd/function.py',
  '        return wrapped[0] if single else wrapped\n',
  '        return wrapped[1] if single else wrapped\n', 'vjp', note='0 -> 1 at line 639')
M('auto-2119-ops.dispatch-579-8', 'ops/dispatch.py',
  '        self._volatile = True\n',
  '        pass\n', 'fast path', note="'self._volatile = True' -> 'pass' at line 579")
M('auto-2119-ops.arithmetic-314-12', 'ops/arithmetic.py',
  '            c = check_broadcast(a, b, inplace, name, receiver=self)\n',
  '            pass\n', 'front-end', note="'c = check_broadcast(a, b, inplace, name, receiver=self)' -> 'pass' at line 314")
M('auto-2119-autograd.engine-475-12', 'autograd/engine.py',
  '            k = 0\n',
  '            pass\n', 'vjp', note="'k = 0' -> 'pass' at line 475")
M('auto-2119-ops.creation-215-31', 'ops/creation.py',
  "    end = _args.float_arg(end, 'linspace', 'end', 2)\n",
  "    end = _args.float_arg(end, 'Linspace', 'end', 2)\n", 'front-end', note='"\'linspace\'" -> "\'Linspace\'" at line 215')
M('auto-2119-ops.schema-540-37', 'ops/schema.py',
  "            if receiver + '.inplace' in base.forms:\n",
  "            if receiver + '.inplace' not in base.forms:\n", 'front-end', note='in -> not in at line 540')
M('auto-2119-autograd.function-745-8', 'autograd/function.py',
  '        nested_gradients = _unflatten(gradients, self._nested_output)\n',
  '        pass\n', 'vjp', note="'nested_gradients = _unflatten(gradients, self._nested_output)' -> 'pass' at line 745")
M('auto-2119-ops.registry-31-36', 'ops/registry.py',
  "    __slots__ = ('name', 'forward', 'backward', 'grad_fn', 'save_inputs', 'save_output',\n",
  "    __slots__ = ('name', 'forward', 'Backward', 'grad_fn', 'save_inputs', 'save_output',\n", 'front-end', note='"\'backward\'" -> "\'Backward\'" at line 31')
M('auto-2119-tensor-604-15', 'tensor.py',
  '    if any(s < 0 for s in ndarray.strides):\n',
  '    if any(s < 1 for s in ndarray.strides):\n', 'front-end', note='0 -> 1 at line 604')
M('auto-2119-autograd.gradcheck-153-37', 'autograd/gradcheck.py',
  '        if jacobian_x._a.size and np.abs(jacobian_x._a - jacobian_reentrant_x._a).max() != 0:\n',
  '        if jacobian_x._a.size and np.square(jacobian_x._a - jacobian_reentrant_x._a).max() != 0:\n', 'vjp', note="'abs' -> 'square' at line 153",
  equivalent='the reentrancy test compares square(d).max() with 0 instead of abs(d).max(): they differ only when every difference is below about 1e-154 (its square underflows to 0), which no Jacobian of a finite-difference check reaches')
M('auto-2119-autograd.engine-206-16', 'autograd/engine.py',
  '                inputs.append(None)\n',
  '                pass\n', 'vjp', note="'inputs.append(None)' -> 'pass' at line 206", nth=1)
M('auto-2119-autograd.profiler-192-8', 'autograd/profiler.py',
  '        self.id = id\n',
  '        pass\n', 'vjp', note="'self.id = id' -> 'pass' at line 192")
M('auto-2119-ops.dispatch-502-24', 'ops/dispatch.py',
  '        if s != 1 and s != d:\n',
  '        if s != 1 and s == d:\n', 'fast path', note='!= -> == at line 502',
  equivalent="the in-place table's broadcast test inverted: operands it now sends to the general route give the same values there, and the ones it now lets through are refused by check_broadcast before (as lb-bcast-into)")
M('auto-2119-autograd._profiling-25-4', 'autograd/_profiling.py',
  "    '__pow__': 'pow', '__rpow__': 'pow', '__ipow__': 'pow_', '__neg__': 'neg',\n",
  "    '__Pow__': 'pow', '__rpow__': 'pow', '__ipow__': 'pow_', '__neg__': 'neg',\n", 'vjp', note='"\'__pow__\'" -> "\'__Pow__\'" at line 25')
M('auto-2119-autograd.engine-463-24', 'autograd/engine.py',
  '                        _unpack_saved(node)\n',
  '                        pass\n', 'vjp', note="'_unpack_saved(node)' -> 'pass' at line 463", nth=1)
M('auto-2119-ops.half-39-56', 'ops/half.py',
  "    '__rsub__': 'fill_', '__isub__': 'sub_', '__mul__': 'mul', '__rmul__': 'mul',\n",
  "    '__rsub__': 'fill_', '__isub__': 'sub_', '__mul__': 'Mul', '__rmul__': 'mul',\n", 'front-end', note='"\'mul\'" -> "\'Mul\'" at line 39')
M('auto-2119-autograd.function-286-8', 'autograd/function.py',
  '        volatile = False\n',
  '        pass\n', 'vjp', note="'volatile = False' -> 'pass' at line 286", nth=1)
M('auto-2119-autograd.engine-65-17', 'autograd/engine.py',
  "    __slots__ = ('B', 'inputs', 'output', 'params', 'needs', 'shapes')\n",
  "    __slots__ = ('b', 'inputs', 'output', 'params', 'needs', 'shapes')\n", 'vjp', note='"\'B\'" -> "\'b\'" at line 65')
M('auto-2119-ops.arithmetic-328-64', 'ops/arithmetic.py',
  "        if getattr(other, 'is_sparse', False) and ts_is_tensor(self):\n",
  "        if getattr(other, 'is_sparse', False) or ts_is_tensor(self):\n", 'front-end',
  note="'and' -> 'or' at line 328 (session 22: the test lost its name == 'add', which moved inside)")
M('auto-2119-dtypes-11-75', 'dtypes.py',
  "    __slots__ = ('short', 'typename', 'dtype', 'is_floating', 'is_signed', 'has_float_math')\n",
  "    __slots__ = ('short', 'typename', 'dtype', 'is_floating', 'is_signed', 'Has_float_math')\n", 'front-end', note='"\'has_float_math\'" -> "\'Has_float_math\'" at line 11')
M('auto-2119-tensor-524-4', 'tensor.py',
  '    return cls\n',
  '    pass\n', 'front-end', note="'return cls' -> 'pass' at line 524", nth=0)
M('auto-2119-autograd._functions.utils-10-45', 'autograd/_functions/utils.py',
  '    paddings = list(pad[:]) + [0] * (dim * 2 - len(pad))\n',
  '    paddings = list(pad[:]) + [0] * (dim * 2 + len(pad))\n', 'vjp', note='- -> + at line 10')
M('auto-2119-autograd.nodes-28-18', 'autograd/nodes.py',
  'KIND_ACCUMULATE = 1\n',
  'KIND_ACCUMULATE = 2\n', 'vjp', note='1 -> 2 at line 28')
M('auto-2119-tensor-199-8', 'tensor.py',
  '        return float(self._scalar())\n',
  '        pass\n', 'front-end', note="'return float(self._scalar())' -> 'pass' at line 199")
M('auto-2119-autograd.function-131-11', 'autograd/function.py',
  '        if not isinstance(value, bool):\n',
  '        if isinstance(value, bool):\n', 'vjp', note="'not ' -> '' at line 131")
M('auto-2119-ops.dispatch-491-20', 'ops/dispatch.py',
  '                    return self\n',
  '                    pass\n', 'fast path', note="'return self' -> 'pass' at line 491")

# ---- sample 2120 (session 21, a measurement of the front-end files: drawn and run at 85cb036,
# AUTO_MUTANTS_SEED=2120 COUNT=40 KINDS=all, --jobs 2), measured before any test written for it:
# 35 of 40 killed by the subsets, one more (the first sparse gradient's volatile .grad) by
# test_sparse_gradients.py; 1 equivalent (function.py's `num_outputs = 0` in Function.__new__,
# never read before _process_outputs sets it: the line was removed, so its entry is dropped);
# 3 real survivors: a dense op gradient on a sparse .grad, the Error node's __slots__ (now killed
# by test_wide_kills_s21.py) and _rebuild_variable restoring .grad, where 0.3.1's pickle kept no
# .grad at all (the mutant was the closer one: the code now drops it; entry dropped): 36 of 39
M('auto-2120-autograd.engine-487-82', 'autograd/engine.py',
  '                        if nr == 0 and (type(nf) in _ONE_OUTPUT or nf.num_outputs == 1):\n',
  '                        if nr == 0 and (type(nf) in _ONE_OUTPUT or nf.num_outputs != 1):\n', 'vjp', note='== -> != at line 487')
M('auto-2120-ops.dispatch-533-34', 'ops/dispatch.py',
  "    'sub_alpha': _alpha_update(np.subtract),\n",
  "    'sub_alpha': _alpha_update(np.add),\n", 'fast path', note="'subtract' -> 'add' at line 533")
M('auto-2120-ops.arithmetic-140-29', 'ops/arithmetic.py',
  '    gb = g * B.pow(a, b) * B.log(a) if ctx.needs[1] else None\n',
  '    gb = g * B.pow(a, b) * B.log1p(a) if ctx.needs[1] else None\n', 'front-end', note="'log' -> 'log1p' at line 140")
M('auto-2120-autograd.profiler-266-4', 'autograd/profiler.py',
  '    next_id = 0\n',
  '    pass\n', 'vjp', note="'next_id = 0' -> 'pass' at line 266")
M('auto-2120-autograd.variable-19-16', 'autograd/variable.py',
  "                'is_set_to', 'is_signed', 'numel', 'dim', 'get_device', 'is_floating_point')\n",
  "                'Is_set_to', 'is_signed', 'numel', 'dim', 'get_device', 'is_floating_point')\n", 'vjp', note='"\'is_set_to\'" -> "\'Is_set_to\'" at line 19')
M('auto-2120-autograd.engine-318-8', 'autograd/engine.py',
  '        cur._data = dense\n',
  '        pass\n', 'vjp', note="'cur._data = dense' -> 'pass' at line 318")
M('auto-2120-autograd.gradcheck-53-8', 'autograd/gradcheck.py',
  '        return cls._wrap(np.zeros((input.numel(), num_out), dtype=cls._dtype))\n',
  '        pass\n', 'vjp', note="'return cls._wrap(np.zeros((input.numel(), num_out), dtype=cls._dtype))' -> 'pass' at line 53")
M('auto-2120-tensor-390-21', 'tensor.py',
  '            if found is not None:\n',
  '            if found is None:\n', 'front-end', note="'is not' -> 'is' at line 390")
M('auto-2120-ops.surface-59-71', 'ops/surface.py',
  "        declare(name or fn.__name__, fn, variants=_variants(('method', 'function'), out, inplace),\n",
  "        declare(name or fn.__name__, fn, variants=_variants(('method', 'Function'), out, inplace),\n", 'front-end', note='"\'function\'" -> "\'Function\'" at line 59')
M('auto-2120-ops.dispatch-163-20', 'ops/dispatch.py',
  '    if result.dtype is not cls._dtype and result.dtype != cls._dtype:\n',
  '    if result.dtype is cls._dtype and result.dtype != cls._dtype:\n', 'fast path', note="'is not' -> 'is' at line 163")
M('auto-2120-autograd.function-174-12', 'autograd/function.py',
  '            return _legacy_backward(self, grads, create_graph)\n',
  '            pass\n', 'vjp', note="'return _legacy_backward(self, grads, create_graph)' -> 'pass' at line 174")
M('auto-2120-ops.schema-125-8', 'ops/schema.py',
  '        self.scalar = scalar\n',
  '        pass\n', 'front-end', note="'self.scalar = scalar' -> 'pass' at line 125")
M('auto-2120-backend_numpy-358-4', 'backend_numpy.py',
  '    n = _prod(shape)\n',
  '    pass\n', 'front-end', note="'n = _prod(shape)' -> 'pass' at line 358")
M('auto-2120-storage-341-8', 'storage.py',
  "        '_dtype': info.dtype,\n",
  "        '_Dtype': info.dtype,\n", 'front-end', note='"\'_dtype\'" -> "\'_Dtype\'" at line 341')
M('auto-2120-ops.dispatch-153-63', 'ops/dispatch.py',
  '        return tuple(_wrap_out(r, out_cls or type(first)) if k == 0 else _wrap_any(r)\n',
  '        return tuple(_wrap_out(r, out_cls or type(first)) if k != 0 else _wrap_any(r)\n', 'fast path', note='== -> != at line 153', nth=0)
M('auto-2120-autograd.nodes-171-4', 'autograd/nodes.py',
  "    __slots__ = ('message', 'num_outputs')\n",
  '    pass\n', 'vjp', note='"__slots__ = (\'message\', \'num_outputs\')" -> \'pass\' at line 171')
M('auto-2120-ops._common-80-52', 'size.py',
  '        db = sb[i - n + nb] if i - n + nb >= 0 else 1\n',
  '        db = sb[i - n + nb] if i - n + nb >= 0 else 2\n', 'front-end', note='1 -> 2 at line 80')
M('auto-2120-ops.creation-386-51', 'ops/creation.py',
  "                 _args.to_float(median, 'cauchy_', 'median'), _args.to_float(sigma, 'cauchy_', 'sigma'))\n",
  "                 _args.to_float(median, 'cauchy_', 'Median'), _args.to_float(sigma, 'cauchy_', 'sigma'))\n", 'front-end', note='"\'median\'" -> "\'Median\'" at line 386')
M('auto-2120-autograd.engine-412-29', 'autograd/engine.py',
  '        buf[nr] = root_grads[0]\n',
  '        buf[nr] = root_grads[1]\n', 'vjp', note='0 -> 1 at line 412')
M('auto-2120-autograd.function-727-8', 'autograd/function.py',
  '        self._nested_input = input\n',
  '        pass\n', 'vjp', note="'self._nested_input = input' -> 'pass' at line 727")
M('auto-2120-storage-342-30', 'storage.py',
  "        '_typename': 'torch.' + name,\n",
  "        '_typename': 'torch.' - name,\n", 'front-end', note='+ -> - at line 342')
M('auto-2120-tensor-36-35', 'tensor.py',
  "    __slots__ = ('_a', '_version', '_fixed', '__weakref__')\n",
  "    __slots__ = ('_a', '_version', '_Fixed', '__weakref__')\n", 'front-end', note='"\'_fixed\'" -> "\'_Fixed\'" at line 36')
M('auto-2120-ops.dispatch-170-8', 'ops/dispatch.py',
  '        return cls._wrap(result)\n',
  '        pass\n', 'fast path', note="'return cls._wrap(result)' -> 'pass' at line 170")
M('auto-2120-ops.creation-190-70', 'ops/creation.py',
  '          modern=lambda torch, a, b, step=1: torch.arange(a, b + step / 2.0, step, dtype=torch.float32),\n',
  '          modern=lambda torch, a, b, step=1: torch.arange(a, b + step * 2.0, step, dtype=torch.float32),\n', 'front-end', note='/ -> * at line 190')
M('auto-2120-autograd._profiling-145-8', 'autograd/_profiling.py',
  '        raise RuntimeError("can\'t disable profiler when it\'s not running")\n',
  '        pass\n', 'vjp', note='\'raise RuntimeError("can\\\'t disable profiler when it\\\'s not running")\' -> \'pass\' at line 145')
M('auto-2120-ops.backend_variable-30-0', 'ops/backend_variable.py',
  'provided = types.SimpleNamespace()\n',
  'pass\n', 'front-end', note="'provided = types.SimpleNamespace()' -> 'pass' at line 30")
M('auto-2120-ops.registry-33-29', 'ops/registry.py',
  "                 'node_cls', 'doc', 'check_types', 'parity_exempt', 'is_view')\n",
  "                 'node_cls', 'Doc', 'check_types', 'parity_exempt', 'is_view')\n", 'front-end', note='"\'doc\'" -> "\'Doc\'" at line 33')
M('auto-2120-autograd.function-569-12', 'autograd/function.py',
  '            args.append(_as_variable(g, False))\n',
  '            pass\n', 'vjp', note="'args.append(_as_variable(g, False))' -> 'pass' at line 569")
M('auto-2120-autograd.engine-336-55', 'autograd/engine.py',
  '        var._grad = Variable._make(t.clone(), volatile=True)\n',
  '        var._grad = Variable._make(t.clone(), volatile=False)\n', 'vjp', note="'True' -> 'False' at line 336")
M('auto-2120-autograd.function-284-8', 'autograd/function.py',
  '        tensors = []\n',
  '        pass\n', 'vjp', note="'tensors = []' -> 'pass' at line 284")
M('auto-2120-ops.creation-99-4', 'ops/creation.py',
  '    t._a = a\n',
  '    pass\n', 'front-end', note="'t._a = a' -> 'pass' at line 99")
# auto-2120-autograd.profiler-331-8 (functions.append(evt) of an unpopped event -> pass): gone with its
# line (session 22, the same change)
M('auto-2120-autograd.engine-241-4', 'autograd/engine.py',
  '    ctx.shapes = node.shapes\n',
  '    pass\n', 'vjp', note="'ctx.shapes = node.shapes' -> 'pass' at line 241")
M('auto-2120-ops.dispatch-669-22', 'ops/dispatch.py',
  '        return (out,) + tuple(Variable._make(_wrap_any(e), volatile=volatile) for e in extra)\n',
  '        return (out,) - tuple(Variable._make(_wrap_any(e), volatile=volatile) for e in extra)\n', 'fast path', note='+ -> - at line 669', nth=1)
M('auto-2120-ops.dispatch-275-4', 'ops/dispatch.py',
  '    node._post_hooks = None\n',
  '    pass\n', 'fast path', note="'node._post_hooks = None' -> 'pass' at line 275", nth=0)
M('auto-2120-storage-126-29', 'storage.py',
  '                             % (byte_order,))\n',
  '                             // (byte_order,))\n', 'front-end', note='% -> // at line 126')
M('auto-2120-ops.dispatch-650-4', 'ops/dispatch.py',
  '    result = op.forward(*arrays, **params) if params else op.forward(*arrays)\n',
  '    pass\n', 'fast path', note="'result = op.forward(*arrays, **params) if params else op.forward(*arrays)' -> 'pass' at line 650", nth=5)
M('auto-2120-autograd.__init__-173-8', 'autograd/__init__.py',
  '        retain_graph = retain_variables\n',
  '        pass\n', 'vjp', note="'retain_graph = retain_variables' -> 'pass' at line 173")

# ---- sample 2121 (session 21, a measurement of the op-formula files: drawn and run at 8b6031c,
# AUTO_MUTANTS_SEED=2121 COUNT=40 KINDS=all, --jobs 2), measured before any test written for it:
# 33 of 40 killed by the subsets, one more (the pooling sample filter) by test_parity_registry.py;
# 2 equivalent; 4 real survivors, now killed by test_wide_kills_s21.py / test_pointwise.py:
# squeeze_'s and sort's argument texts, addcmul/addcdiv's overload list (whose text was made up
# and dropped the value: now cwrap's list), gesv's double backward: 34 of 38
M('auto-2121-ops.pointwise-980-20', 'ops/pointwise.py',
  "        signatures=('fill_(Scalar value)',),\n",
  "        signatures=('Fill_(Scalar value)',),\n", 'front-end', note='"\'fill_(Scalar value)\'" -> "\'Fill_(Scalar value)\'" at line 980')
M('auto-2121-ops.lapack-838-14', 'ops/lapack.py',
  '    if b.ndim != 2 or b.shape != lu.shape[:2]:\n',
  '    if b.ndim == 2 or b.shape != lu.shape[:2]:\n', 'front-end', note='!= -> == at line 838')
M('auto-2121-ops.rnn_ops-746-4', 'ops/rnn_ops.py',
  '    grads.append(K.mm(K.t(dGh), hprev))\n',
  '    pass\n', 'op formula', note="'grads.append(K.mm(K.t(dGh), hprev))' -> 'pass' at line 746")
M('auto-2121-ops.lapack-699-55', 'ops/lapack.py',
  "ORGQR = register('orgqr', _orgqr_fwd, _not_implemented('orgqr'), grad_fn='OrgqrBackward',\n",
  "ORGQR = register('orgqr', _orgqr_fwd, _not_implemented('Orgqr'), grad_fn='OrgqrBackward',\n", 'front-end', note='"\'orgqr\'" -> "\'Orgqr\'" at line 699')
M('auto-2121-ops.shape-818-30', 'ops/shape.py',
  "    dim = _args.optional(dim, 'squeeze_', 'dim')\n",
  "    dim = _args.optional(dim, 'Squeeze_', 'dim')\n", 'front-end', note='"\'squeeze_\'" -> "\'Squeeze_\'" at line 818')
M('auto-2121-ops.conv_ops-1522-51', 'ops/conv_ops.py',
  "    return call(POOL_GATHER, [x], {'index': index, 'nd': nd})\n",
  "    return call(POOL_GATHER, [x], {'index': index, 'Nd': nd})\n", 'op formula', note='"\'nd\'" -> "\'Nd\'" at line 1522')
M('auto-2121-nn._functional_vision-221-23', 'nn/_functional_vision.py',
  '            wx = (ix_v - _const_like(x0, ix_v)) if dx else (_const_like(x0 + 1, ix_v) - ix_v)\n',
  '            wx = (ix_v + _const_like(x0, ix_v)) if dx else (_const_like(x0 + 1, ix_v) - ix_v)\n', 'op formula', note='- -> + at line 221')
M('auto-2121-nn._functional_volumetric-451-90', 'nn/_functional_volumetric.py',
  '                         "has a length of \'{}\'".format(len(kernel_size), len(kernel_size) + 2,\n',
  '                         "has a length of \'{}\'".format(len(kernel_size), len(kernel_size) - 2,\n', 'op formula', note='+ -> - at line 451')
M('auto-2121-ops.pointwise-956-23', 'ops/pointwise.py',
  "            overloads=('(T tensor1, T tensor2)', '(float value, T tensor1, T tensor2)'),\n",
  "            overloads=('(t tensor1, T tensor2)', '(float value, T tensor1, T tensor2)'),\n", 'front-end', note='"\'(T tensor1, T tensor2)\'" -> "\'(t tensor1, T tensor2)\'" at line 956')
M('auto-2121-ops.lapack-592-14', 'ops/lapack.py',
  '        j = k + int(np.argmax(d))\n',
  '        j = k - int(np.argmax(d))\n', 'front-end', note='+ -> - at line 592')
M('auto-2121-ops.conv_ops-1328-14', 'ops/conv_ops.py',
  '    if a.ndim < 2:\n',
  '    if a.ndim > 2:\n', 'op formula', note='< -> > at line 1328')
M('auto-2121-ops.shape-633-7', 'ops/shape.py',
  '    if not seq:\n',
  '    if seq:\n', 'front-end', note="'not ' -> '' at line 633", nth=1)
M('auto-2121-ops.pointwise-364-25', 'ops/pointwise.py',
  '        res = np.where(x == 0, -np.inf, np.where(pole, np.nan, res))\n',
  '        res = np.where(x != 0, -np.inf, np.where(pole, np.nan, res))\n', 'front-end', note='== -> != at line 364')
M('auto-2121-ops.rnn_ops-879-19', 'ops/rnn_ops.py',
  '            shapes += [(g * H,), (g * H,)]\n',
  '            shapes -= [(g * H,), (g * H,)]\n', 'op formula', note='+= -> -= at line 879')
M('auto-2121-ops.shape-296-50', 'ops/shape.py',
  "    method(_name, tensor=False, dtypes={'float': ('float64',), 'double': ('float32',)}.get(\n",
  "    method(_name, tensor=False, dtypes={'float': ('Float64',), 'double': ('float32',)}.get(\n", 'front-end', note='"\'float64\'" -> "\'Float64\'" at line 296')
M('auto-2121-ops.reduction-553-41', 'ops/reduction.py',
  "    descending = _check_bool(descending, 'descending')\n",
  "    descending = _check_bool(descending, 'Descending')\n", 'front-end', note='"\'descending\'" -> "\'Descending\'" at line 553')
M('auto-2121-nn._functional_volumetric-108-41', 'nn/_functional_volumetric.py',
  '        slab = x[:, :, start:start + (od - 1) * st[0] + 1:st[0]]          # (N, C, OD, H, W)\n',
  '        slab = x[:, :, start:start + (od + 1) * st[0] + 1:st[0]]          # (N, C, OD, H, W)\n', 'op formula', note='- -> + at line 108')
M('auto-2121-ops.indexing-667-4', 'ops/indexing.py',
  '    return scalar_for(self, value)\n',
  '    pass\n', 'front-end', note="'return scalar_for(self, value)' -> 'pass' at line 667")
M('auto-2121-ops.rnn_ops-830-62', 'ops/rnn_ops.py',
  '                    grads[i] = B.narrow_pad(B.reshape(d, (1,) + tuple(full[1:])), full, 0, layer)\n',
  '                    grads[i] = B.narrow_pad(B.reshape(d, (1,) - tuple(full[1:])), full, 0, layer)\n', 'op formula', note='+ -> - at line 830')
M('auto-2121-ops.shape-215-4', 'ops/shape.py',
  '    return tuple(inv)\n',
  '    pass\n', 'front-end', note="'return tuple(inv)' -> 'pass' at line 215")
M('auto-2121-ops.lapack-260-16', 'ops/lapack.py',
  '                -gb.mm(x.t()) if ctx.needs[1] else None)\n',
  '                gb.mm(x.t()) if ctx.needs[1] else None)\n', 'front-end', note="'-' -> '' at line 260")
M('auto-2121-ops.rnn_ops-901-15', 'ops/rnn_ops.py',
  "    _names = (('input', 'hx', 'cx') if _mode == 'LSTM' else ('input', 'hx')) + \\\n",
  "    _names = (('Input', 'hx', 'cx') if _mode == 'LSTM' else ('input', 'hx')) + \\\n", 'op formula', note='"\'input\'" -> "\'Input\'" at line 901',
  equivalent="argnames[0] of a registry op names the reference operand: dispatch.type_error reports only the operands after it (i >= 1) and no other code reads a layer op's argnames, so 'Input' is never shown")
M('auto-2121-ops.conv_ops-500-58', 'ops/conv_ops.py',
  "                               params['dilation'], params['groups'], params.get('cache'),\n",
  "                               params['dilation'], params['Groups'], params.get('cache'),\n", 'op formula', note='"\'groups\'" -> "\'Groups\'" at line 500')
M('auto-2121-ops.lapack-210-4', 'ops/lapack.py',
  '    return (-B.mm(B.t(inv), B.mm(g, B.t(inv))),)\n',
  '    pass\n', 'front-end', note="'return (-B.mm(B.t(inv), B.mm(g, B.t(inv))),)' -> 'pass' at line 210")
M('auto-2121-ops.pointwise-204-8', 'ops/pointwise.py',
  '        axi = ax[inner]\n',
  '        pass\n', 'front-end', note="'axi = ax[inner]' -> 'pass' at line 204")
M('auto-2121-ops.conv_ops-954-8', 'ops/conv_ops.py',
  '        ww = kj * dw + (np.arange(ow) * sw - pw)\n',
  '        pass\n', 'op formula', note="'ww = kj * dw + (np.arange(ow) * sw - pw)' -> 'pass' at line 954")
M('auto-2121-ops.nn_ops-151-4', 'ops/nn_ops.py',
  '    return np.where(w <= 0, (np.exp(w) - 1.0) * alpha, w).astype(a.dtype)\n',
  '    pass\n', 'op formula', note="'return np.where(w <= 0, (np.exp(w) - 1.0) * alpha, w).astype(a.dtype)' -> 'pass' at line 151")
M('auto-2121-ops.reduction-279-40', 'ops/reduction.py',
  '    i = int(index) if np.ndim(index) == 0 else int(index[0])\n',
  '    i = int(index) if np.ndim(index) == 1 else int(index[0])\n', 'front-end', note='0 -> 1 at line 279')
M('auto-2121-ops.conv_ops-1569-4', 'ops/conv_ops.py',
  '    out = pool_out_size(size, k, s, p, d, ceil)\n',
  '    pass\n', 'op formula', note="'out = pool_out_size(size, k, s, p, d, ceil)' -> 'pass' at line 1569")
M('auto-2121-ops.lapack-822-79', 'ops/lapack.py',
  "                     grad_fn='BtrisolveBackward', argnames=('self', 'LU_data', 'LU_pivots'),\n",
  "                     grad_fn='BtrisolveBackward', argnames=('self', 'LU_data', 'lU_pivots'),\n", 'front-end', note='"\'LU_pivots\'" -> "\'lU_pivots\'" at line 822')
M('auto-2121-ops.nn_loss_ops-101-8', 'ops/nn_loss_ops.py',
  '        coef[rows, target] = -coef.sum(1)\n',
  '        pass\n', 'op formula', note="'coef[rows, target] = -coef.sum(1)' -> 'pass' at line 101")
M('auto-2121-ops.indexing-520-17', 'ops/indexing.py',
  "    if k.kind == 'long':\n",
  "    if k.kind == 'Long':\n", 'front-end', note='"\'long\'" -> "\'Long\'" at line 520', nth=2)
M('auto-2121-nn._functional_volumetric-166-30', 'nn/_functional_volumetric.py',
  '        out = out[:, pd[0]:pd[0] + od]\n',
  '        out = out[:, pd[0]:pd[1] + od]\n', 'op formula', note='0 -> 1 at line 166')
M('auto-2121-ops.pointwise-108-35', 'ops/pointwise.py',
  "        check_supported(self, name + ('_' if inplace else ''))     # abs: not Byte, Char\n",
  "        check_supported(self, name - ('_' if inplace else ''))     # abs: not Byte, Char\n", 'front-end', note='+ -> - at line 108')
M('auto-2121-ops.nn_loss_ops-192-50', 'ops/nn_loss_ops.py',
  '    weight = r.choice([None, np.array([0.5 + 0.25 * k for k in range(dim)])])\n',
  '    weight = r.choice([None, np.array([0.5 + 0.25 + k for k in range(dim)])])\n', 'op formula', note='* -> + at line 192',
  equivalent="the parity sample's class weights (0.5 + 0.25 * k vs 0.5 + 0.25 + k): test input data, the same on the legacy and the modern side; no behaviour of the package changes")
M('auto-2121-ops.conv_ops-583-8', 'ops/conv_ops.py',
  '        y += b.reshape((1, -1) + (1,) * (y.ndim - 2))\n',
  '        pass\n', 'op formula', note="'y += b.reshape((1, -1) + (1,) * (y.ndim - 2))' -> 'pass' at line 583")
M('auto-2121-ops.shape-285-31', 'ops/shape.py',
  "    return call(TYPE, [self], {'dtype': cls._dtype}, out_cls=cls)\n",
  "    return call(TYPE, [self], {'Dtype': cls._dtype}, out_cls=cls)\n", 'front-end', note='"\'dtype\'" -> "\'Dtype\'" at line 285')
M('auto-2121-ops.conv_ops-1061-8', 'ops/conv_ops.py',
  '        oh = ow = output_size\n',
  '        pass\n', 'op formula', note="'oh = ow = output_size' -> 'pass' at line 1061")
M('auto-2121-ops.reduction-540-4', 'ops/reduction.py',
  '    a = array_of(self)\n',
  '    pass\n', 'front-end', note="'a = array_of(self)' -> 'pass' at line 540", nth=2)
M('auto-2121-ops.indexing-1129-55', 'ops/indexing.py',
  '    if not isinstance(tensor, (Variable, _TensorBase)) or is_var(tensor) != is_var(self):\n',
  '    if not isinstance(tensor, (Variable, _TensorBase)) and is_var(tensor) != is_var(self):\n', 'front-end', note='or -> and at line 1129')

# ---- sample 2122 (session 21, a measurement of the front-end files: drawn and run at 4482b00,
# AUTO_MUTANTS_SEED=2122 COUNT=40 KINDS=all, --jobs 2), measured before any test written for it:
# 31 of 40 killed by the subsets; 6 equivalent; 3 real survivors, now killed: a one-element
# setitem's value gradient (backend getitem's 1-d result), the matmul operator's NotImplemented
# (test_wide_kills_s21.py) and triplet_margin_loss's 'anchor' (test_argument_errors_snapshot.py,
# now in every subset): 31 of 34
M('auto-2122-tensor-353-4', 'tensor.py',
  '    n = 1\n',
  '    pass\n', 'front-end', note="'n = 1' -> 'pass' at line 353")
M('auto-2122-tensor-579-11', 'tensor.py',
  '    if exc is not None:\n',
  '    if exc is None:\n', 'front-end', note="'is not' -> 'is' at line 579", nth=2)
M('auto-2122-ops.arithmetic-242-8', 'ops/arithmetic.py',
  '        other = _reshaped(other, b)\n',
  '        pass\n', 'front-end', note="'other = _reshaped(other, b)' -> 'pass' at line 242")
M('auto-2122-ops.comparison-143-11', 'ops/comparison.py',
  '    if out is not None:\n',
  '    if out is None:\n', 'front-end', note="'is not' -> 'is' at line 143")
M('auto-2122-autograd.engine-517-39', 'autograd/engine.py',
  '                    v._requires_grad = False\n',
  '                    v._requires_grad = True\n', 'vjp', note="'False' -> 'True' at line 517")
M('auto-2122-autograd.function-327-4', 'autograd/function.py',
  '    _join_version_counters(fn, t2var)\n',
  '    pass\n', 'vjp', note="'_join_version_counters(fn, t2var)' -> 'pass' at line 327")
M('auto-2122-tensor-516-40', 'tensor.py',
  "    cls = _LegacyClassRepr(info.short + 'Tensor', (_TensorBase,), {\n",
  "    cls = _LegacyClassRepr(info.short + 'tensor', (_TensorBase,), {\n", 'front-end', note='"\'Tensor\'" -> "\'tensor\'" at line 516')
M('auto-2122-tensor-149-12', 'tensor.py',
  '            return st\n',
  '            pass\n', 'front-end', note="'return st' -> 'pass' at line 149")
M('auto-2122-ops.type_support-107-32', 'ops/type_support.py',
  "        raise unsupported(name, 'tensor', x._info.typename)\n",
  "        raise unsupported(name, 'Tensor', x._info.typename)\n", 'front-end', note='"\'tensor\'" -> "\'Tensor\'" at line 107',
  equivalent="unsupported() compares its receiver with 'variable' only: 'Tensor' takes the same branch as 'tensor' (the TypeError of a stateless method)")
M('auto-2122-ops.schema-358-4', 'ops/schema.py',
  '    dstar = code.co_flags & 0x08\n',
  '    pass\n', 'front-end', note="'dstar = code.co_flags & 0x08' -> 'pass' at line 358")
M('auto-2122-backend_numpy-296-21', 'backend_numpy.py',
  '    return r.reshape(1) if r.ndim == 0 else r\n',
  '    return r.reshape(0) if r.ndim == 0 else r\n', 'front-end', note='1 -> 0 at line 296')
M('auto-2122-backend_numpy-38-64', 'backend_numpy.py',
  '        if (dt is _F4 or dt is _F8) and b.dtype is dt and sa[1] == sb[0]:\n',
  '        if (dt is _F4 or dt is _F8) and b.dtype is dt and sa[1] != sb[0]:\n', 'front-end', note='== -> != at line 38',
  equivalent="dot's matmul route is taken for speed: with the shape test inverted every large product goes through numpy.dot, which gives the same bits as numpy.matmul for the C- or F-contiguous float operands the route admits (checked on 64x1000 @ 1000x100 and 128x300 @ 300x200, float32 and float64, all four layouts); mismatched shapes never reach dot (the front-ends check sizes first)")
M('auto-2122-ops.dispatch-375-23', 'ops/dispatch.py',
  '    if volatile or (fn is None and not v0._requires_grad) or not op.differentiable:\n',
  '    if volatile or (fn is not None and not v0._requires_grad) or not op.differentiable:\n', 'fast path', note='is -> is not at line 375')
M('auto-2122-ops.dispatch-415-20', 'ops/dispatch.py',
  '    if type(result) is _ndarray and result.dtype is cls._dtype and result.ndim and result.size:\n',
  '    if type(result) is not _ndarray and result.dtype is cls._dtype and result.ndim and result.size:\n', 'fast path', note='is -> is not at line 415', nth=2,
  equivalent="call_variable2's inline wrap skipped: _wrap_out builds the same tensor (an ndarray of the class's dtype, ndim and size non-zero: _new_obj, _a, a fresh version [0])")
M('auto-2122-storage-519-4', 'storage.py',
  '    a = tensor._a\n',
  '    pass\n', 'front-end', note="'a = tensor._a' -> 'pass' at line 519", nth=1)
M('auto-2122-tensor-118-25', 'tensor.py',
  '            if a.size == 0:\n',
  '            if a.size == 1:\n', 'front-end', note='0 -> 1 at line 118')
M('auto-2122-autograd._functions.__init__-34-75', 'autograd/_functions/__init__.py',
  "    ('Categorical', 'multinomial'), ('Bernoulli', 'bernoulli'), ('Normal', 'normal'),\n",
  "    ('Categorical', 'multinomial'), ('Bernoulli', 'bernoulli'), ('Normal', 'Normal'),\n", 'vjp', note='"\'normal\'" -> "\'Normal\'" at line 34')
M('auto-2122-autograd.engine-170-37', 'autograd/engine.py',
  '        if len(saved) == 2 and saved[0] is not None and saved[1] is not None:\n',
  '        if len(saved) == 2 and saved[1] is not None and saved[1] is not None:\n', 'vjp', note='0 -> 1 at line 170')
M('auto-2122-autograd.profiler-152-8', 'autograd/profiler.py',
  '        return False\n',
  '        pass\n', 'vjp', note="'return False' -> 'pass' at line 152", nth=1,
  equivalent='emit_nvtx.__exit__ returning None instead of False: both are false, so an exception propagates either way (and entering an enabled emit_nvtx raises without CUDA, so its __exit__ never runs after a successful enter)')
M('auto-2122-ops.schema-296-27', 'ops/schema.py',
  "                           'anchor', 'positive', 'negative', 'running_mean', 'running_var',\n",
  "                           'Anchor', 'positive', 'negative', 'running_mean', 'running_var',\n", 'front-end', note='"\'anchor\'" -> "\'Anchor\'" at line 296')
M('auto-2122-autograd.gradcheck-200-29', 'autograd/gradcheck.py',
  "            return fail_test('not correct_grad_sizes')\n",
  "            return fail_test('Not correct_grad_sizes')\n", 'vjp', note='"\'not correct_grad_sizes\'" -> "\'Not correct_grad_sizes\'" at line 200')
M('auto-2122-ops.dispatch-212-30', 'ops/dispatch.py',
  '                if v._grad_fn is not None or v._requires_grad:\n',
  '                if v._grad_fn is None or v._requires_grad:\n', 'fast path', note="'is not' -> 'is' at line 212")
M('auto-2122-tensor-430-41', 'tensor.py',
  '                err = walk(item, depth + 1, index + (i,))\n',
  '                err = walk(item, depth + 2, index + (i,))\n', 'front-end', note='1 -> 2 at line 430')
M('auto-2122-backend_numpy-190-14', 'backend_numpy.py',
  '    return np.sin(a)\n',
  '    return np.cos(a)\n', 'front-end', note="'sin' -> 'cos' at line 190")
M('auto-2122-ops.arithmetic-377-55', 'ops/arithmetic.py',
  "    front_end.__name__ = front_end.__qualname__ = name + '_' if inplace else name\n",
  "    front_end.__name__ = front_end.__qualname__ = name - '_' if inplace else name\n", 'front-end', note='+ -> - at line 377')
M('auto-2122-ops.comparison-232-7', 'ops/comparison.py',
  '    if not is_tensorlike(self) or not is_tensorlike(other):\n',
  '    if is_tensorlike(self) or not is_tensorlike(other):\n', 'front-end', note="'not ' -> '' at line 232")
M('auto-2122-ops.arithmetic-306-23', 'ops/arithmetic.py',
  '    if t is float or t is int:\n',
  '    if t is float or t is not int:\n', 'front-end', note='is -> is not at line 306', nth=0)
M('auto-2122-ops.arithmetic-492-8', 'ops/arithmetic.py',
  '        return NotImplemented\n',
  '        pass\n', 'front-end', note="'return NotImplemented' -> 'pass' at line 492")
M('auto-2122-ops.schema-406-12', 'ops/schema.py',
  '            TORCH_FUNCTIONS[name] = fn\n',
  '            pass\n', 'front-end', note="'TORCH_FUNCTIONS[name] = fn' -> 'pass' at line 406")
M('auto-2122-storage-306-8', 'storage.py',
  '        return self\n',
  '        pass\n', 'front-end', note="'return self' -> 'pass' at line 306", nth=7)
M('auto-2122-tensor-394-4', 'tensor.py',
  '    return None\n',
  '    pass\n', 'front-end', note="'return None' -> 'pass' at line 394", nth=0,
  equivalent="'return None' as the last statement of _bad_item replaced by 'pass': the function returns None either way")
M('auto-2122-ops.arithmetic-299-4', 'ops/arithmetic.py',
  "    return not isinstance(x, Variable) and not getattr(x, 'is_sparse', False)\n",
  '    pass\n', 'front-end', note='"return not isinstance(x, Variable) and not getattr(x, \'is_sparse\', False)" -> \'pass\' at line 299')
M('auto-2122-ops.creation-165-4', 'ops/creation.py',
  '    return int((end - start) / step + 1)\n',
  '    pass\n', 'front-end', note="'return int((end - start) / step + 1)' -> 'pass' at line 165")
M('auto-2122-autograd.__init__-64-31', 'autograd/__init__.py',
  "            raise RuntimeError('element %d of variables tuple is not a Variable' % i)\n",
  "            raise RuntimeError('Element %d of variables tuple is not a Variable' % i)\n", 'vjp', note='"\'element %d of variables tuple is not a Variable\'" -> "\'Element %d of variables tuple is not a Variable\'" at line 64')
M('auto-2122-ops.dispatch-245-8', 'ops/dispatch.py',
  '        out._output_nr = 0\n',
  '        pass\n', 'fast path', note="'out._output_nr = 0' -> 'pass' at line 245")
M('auto-2122-ops._common-23-4', 'ops/_common.py',
  '    return t is float or t is int or isinstance(x, (numbers.Number, np.bool_))\n',
  '    pass\n', 'front-end', note="'return t is float or t is int or isinstance(x, (numbers.Number, np.bool_))' -> 'pass' at line 23")
M('auto-2122-autograd.gradcheck-135-8', 'autograd/gradcheck.py',
  '        flat_grad_output[...] = 0\n',
  '        pass\n', 'vjp', note="'flat_grad_output[...] = 0' -> 'pass' at line 135")
M('auto-2122-storage-63-16', 'storage.py',
  '        if n == 1 and _is_int(first):\n',
  '        if n == 0 and _is_int(first):\n', 'front-end', note='1 -> 0 at line 63')
M('auto-2122-ops.dispatch-477-46', 'ops/dispatch.py',
  "    if fast is _ZERO_FILL and a.dtype.kind == 'f' and a.flags.writeable:\n",
  "    if fast is _ZERO_FILL and a.dtype.kind == 'F' and a.flags.writeable:\n", 'fast path', note='"\'f\'" -> "\'F\'" at line 477',
  equivalent="zero_'s fill shortcut skipped for float tensors: the in-place table's route that follows calls _ZERO_FILL, the same a.fill(0), under numpy's quiet state")
M('auto-2122-ops.schema-504-25', 'ops/schema.py',
  "            'out': 'out' in d.variants,\n",
  "            'out': 'out' not in d.variants,\n", 'front-end', note='in -> not in at line 504')

# ---- sample 2123 (session 21, a measurement of the op-formula files: drawn and run at ef26c00,
# AUTO_MUTANTS_SEED=2123 COUNT=40 KINDS=all, --jobs 1), measured before any test written for it:
# 35 of 40 killed by the subsets; 3 equivalent (one of them batch norm's copies of the running
# statistics in its node's params, which nothing read: removed, so that entry is dropped);
# 2 real survivors, now killed by test_wide_kills_s21.py: a float shift's result type, and
# embedding's max_norm at exactly the norm: 35 of 37
M('auto-2123-nn.functional-488-16', 'nn/functional.py',
  '    return loss.sum()\n',
  '    return loss.prod()\n', 'op formula', note="'sum' -> 'prod' at line 488")
M('auto-2123-ops.conv_ops-954-38', 'ops/conv_ops.py',
  '        ww = kj * dw + (np.arange(ow) * sw - pw)\n',
  '        ww = kj * dw + (np.arange(ow) + sw - pw)\n', 'op formula', note='* -> + at line 954')
M('auto-2123-ops.nn_ops-762-8', 'ops/nn_ops.py',
  '        coef = coef / y.shape[0]\n',
  '        pass\n', 'op formula', note="'coef = coef / y.shape[0]' -> 'pass' at line 762")
M('auto-2123-ops.indexing-764-21', 'ops/indexing.py',
  '    if index.ndim != 1:\n',
  '    if index.ndim != 0:\n', 'front-end', note='1 -> 0 at line 764')
M('auto-2123-ops.nn_ops-612-4', 'ops/nn_ops.py',
  "    'binary_cross_entropy', _bce_fwd, _bce_back,\n",
  "    'Binary_cross_entropy', _bce_fwd, _bce_back,\n", 'op formula', note='"\'binary_cross_entropy\'" -> "\'Binary_cross_entropy\'" at line 612')
M('auto-2123-ops.nn_ops-247-48', 'ops/nn_ops.py',
  '    return (-(np.maximum(-w, 0.0) + np.log1p(np.exp(-np.abs(w))))).astype(a.dtype)\n',
  '    return (-(np.maximum(-w, 0.0) + np.log1p(np.expm1(-np.abs(w))))).astype(a.dtype)\n', 'op formula', note="'exp' -> 'expm1' at line 247")
M('auto-2123-nn._functional_vision-63-25', 'nn/_functional_vision.py',
  "        raise ValueError('scale_factor must be a non-negative integer, or a tuple of non-negative '\n",
  "        raise ValueError('Scale_factor must be a non-negative integer, or a tuple of non-negative '\n", 'op formula', note='"\'scale_factor must be a non-negative integer, or a tuple of non-negative \'" -> "\'Scale_factor must be a non-negative integer, or a tuple of non-negative \'" at line 63')
M('auto-2123-nn._functional_schema-246-59', 'nn/_functional_schema.py',
  '                              shapes={X: (1, 4, 7, 7), Y: (2, 2, 3, 3)})))\n',
  '                              shapes={X: (1, 4, 7, 7), Y: (1, 2, 3, 3)})))\n', 'op formula', note='2 -> 1 at line 246')
M('auto-2123-nn._functional_volumetric-393-20', 'nn/_functional_volumetric.py',
  '    s = k if stride is None or (isinstance(stride, (tuple, list)) and len(stride) == 0) \\\n',
  '    s = k if stride is not None or (isinstance(stride, (tuple, list)) and len(stride) == 0) \\\n', 'op formula', note='is -> is not at line 393')
M('auto-2123-ops.nn_ops-815-80', 'ops/nn_ops.py',
  '    out = np.where(yw == 1, 1.0 - cos, 0.0) + np.where(yw == -1, np.maximum(cos - margin, 0.0), 0.0)\n',
  '    out = np.where(yw == 1, 1.0 - cos, 0.0) + np.where(yw == -1, np.maximum(cos + margin, 0.0), 0.0)\n', 'op formula', note='- -> + at line 815')
M('auto-2123-ops.indexing-180-8', 'ops/indexing.py',
  '        parts = []\n',
  '        pass\n', 'front-end', note="'parts = []' -> 'pass' at line 180")
M('auto-2123-ops.indexing-874-41', 'ops/indexing.py',
  "        raise errors.format_invalid_args('index_fill_', [dim, index, value], {}, [sig])\n",
  "        raise errors.format_invalid_args('Index_fill_', [dim, index, value], {}, [sig])\n", 'front-end', note='"\'index_fill_\'" -> "\'Index_fill_\'" at line 874')
M('auto-2123-ops.rnn_ops-329-8', 'ops/rnn_ops.py',
  '        np.subtract(hpt, nt, hyt)\n',
  '        pass\n', 'op formula', note="'np.subtract(hpt, nt, hyt)' -> 'pass' at line 329")
M('auto-2123-ops.reduction-407-18', 'ops/reduction.py',
  '        return (g * B.mask(sel, g) if ctx.needs[0] else None,\n',
  '        return (g + B.mask(sel, g) if ctx.needs[0] else None,\n', 'front-end', note='* -> + at line 407')
M('auto-2123-nn._functional_volumetric-301-12', 'nn/_functional_volumetric.py',
  '            arg = np.argmax(win, axis=1)\n',
  '            pass\n', 'op formula', note="'arg = np.argmax(win, axis=1)' -> 'pass' at line 301")
M('auto-2123-ops.rnn_ops-455-15', 'ops/rnn_ops.py',
  "    Cr = cache['gh'][:, H2:] * r_ * (1 - r_)       # dpre_r = dpre_n * h_n * r(1-r)\n",
  "    Cr = cache['Gh'][:, H2:] * r_ * (1 - r_)       # dpre_r = dpre_n * h_n * r(1-r)\n", 'op formula', note='"\'gh\'" -> "\'Gh\'" at line 455')
M('auto-2123-ops.pointwise-547-19', 'ops/pointwise.py',
  '    return (g * (y * y + 1),)\n',
  '    return (g * (y + y + 1),)\n', 'front-end', note='* -> + at line 547')
M('auto-2123-ops.rnn_ops-366-4', 'ops/rnn_ops.py',
  '    plan = _plan(batch_sizes, reverse)\n',
  '    pass\n', 'op formula', note="'plan = _plan(batch_sizes, reverse)' -> 'pass' at line 366", nth=0)
M('auto-2123-ops.lapack-134-8', 'ops/lapack.py',
  '        return bool(value)\n',
  '        pass\n', 'front-end', note="'return bool(value)' -> 'pass' at line 134")
M('auto-2123-ops.lapack-867-59', 'ops/lapack.py',
  "    _args.tensor_arg(LU_pivots, 'btriunpack', 'LU_pivots', 1)\n",
  "    _args.tensor_arg(LU_pivots, 'btriunpack', 'LU_pivots', 0)\n", 'front-end', note='1 -> 0 at line 867')
M('auto-2123-ops.nn_loss_ops-229-23', 'ops/nn_loss_ops.py',
  "_NO_MODERN_GRADGRAD = ('modern torch has no double backward for this loss (nor had 0.3.1: its '\n",
  "_NO_MODERN_GRADGRAD = ('Modern torch has no double backward for this loss (nor had 0.3.1: its '\n", 'op formula', note='"\'modern torch has no double backward for this loss (nor had 0.3.1: its \'" -> "\'Modern torch has no double backward for this loss (nor had 0.3.1: its \'" at line 229',
  equivalent="the reason text of two parity specs' gradgrad exemption (shown in the parity report's n/a column only): no behaviour of the package changes")
M('auto-2123-nn.functional-298-34', 'nn/functional.py',
  "            'index_select', [w_t, 0, idx_t],\n",
  "            'index_select', [w_t, 1, idx_t],\n", 'op formula', note='0 -> 1 at line 298',
  equivalent="the dim shown in embedding's index_select error list: the text shows only the argument's type ('int'), 0 and 1 alike")
M('auto-2123-ops.bitwise_ops-42-8', 'ops/bitwise_ops.py',
  '        result = np.asarray(result).astype(a.dtype, copy=False)\n',
  '        pass\n', 'front-end', note="'result = np.asarray(result).astype(a.dtype, copy=False)' -> 'pass' at line 42")
M('auto-2123-ops.indexing-539-4', 'ops/indexing.py',
  '    keep[key] = False\n',
  '    pass\n', 'front-end', note="'keep[key] = False' -> 'pass' at line 539")
M('auto-2123-ops.pointwise-692-74', 'ops/pointwise.py',
  "    ('lgamma', _in_float64(lgamma_array), _lgamma_back, 'LgammaBackward', 'input', True),\n",
  "    ('lgamma', _in_float64(lgamma_array), _lgamma_back, 'LgammaBackward', 'Input', True),\n", 'front-end', note='"\'input\'" -> "\'Input\'" at line 692')
M('auto-2123-ops.indexing-314-37', 'ops/indexing.py',
  '            out.append(e + size if e < 0 else e)\n',
  '            out.append(e + size if e > 0 else e)\n', 'front-end', note='< -> > at line 314')
M('auto-2123-nn._functional_volumetric-256-37', 'nn/_functional_volumetric.py',
  '    xp = np.pad(a5, ((0, 0), (0, 0)) + tuple((p[i], extra[i]) for i in range(3)),\n',
  '    xp = np.pad(a5, ((0, 0), (0, 0)) - tuple((p[i], extra[i]) for i in range(3)),\n', 'op formula', note='+ -> - at line 256')
M('auto-2123-nn.functional-289-16', 'nn/functional.py',
  '        if norm > max_norm:\n',
  '        if norm >= max_norm:\n', 'op formula', note='> -> >= at line 289')
M('auto-2123-ops.reduction-585-25', 'ops/reduction.py',
  '    s = np.square(x - m).sum(axis=dim, keepdims=keepdim)\n',
  '    s = np.square(x - m).prod(axis=dim, keepdims=keepdim)\n', 'front-end', note="'sum' -> 'prod' at line 585")
M('auto-2123-ops.lapack-300-8', 'ops/lapack.py',
  '        res = np.concatenate([x, c[n:]], axis=0)\n',
  '        pass\n', 'front-end', note="'res = np.concatenate([x, c[n:]], axis=0)' -> 'pass' at line 300")
M('auto-2123-ops.lapack-34-64', 'ops/lapack.py',
  '    return (v * sign,) + tuple(_flip_leading(o, sign) if o.ndim == 2 else o for o in others)\n',
  '    return (v * sign,) + tuple(_flip_leading(o, sign) if o.ndim != 2 else o for o in others)\n', 'front-end', note='== -> != at line 34')
M('auto-2123-nn._functional_conv-99-13', 'nn/_functional_conv.py',
  '    s = k if not stride else _single(stride)\n',
  '    s = k if stride else _single(stride)\n', 'op formula', note="'not ' -> '' at line 99")
M('auto-2123-ops.conv_ops-598-4', 'ops/conv_ops.py',
  '    needs = ctx.needs\n',
  '    pass\n', 'op formula', note="'needs = ctx.needs' -> 'pass' at line 598", nth=1)
M('auto-2123-ops.indexing-245-67', 'ops/indexing.py',
  "    if isinstance(key, ByteTensor) or (isinstance(key, np.ndarray) and key.dtype.kind == 'b'):\n",
  "    if isinstance(key, ByteTensor) or (isinstance(key, np.ndarray) or key.dtype.kind == 'b'):\n", 'front-end', note="'and' -> 'or' at line 245")
M('auto-2123-ops.conv_ops-1206-4', 'ops/conv_ops.py',
  '    a4 = _spatial4(a, 2)\n',
  '    pass\n', 'op formula', note="'a4 = _spatial4(a, 2)' -> 'pass' at line 1206", nth=1)
M('auto-2123-ops.blas_ops-389-28', 'ops/blas_ops.py',
  "    _args.tensor_arg(other, 'cross', 'other', 1)\n",
  "    _args.tensor_arg(other, 'Cross', 'other', 1)\n", 'front-end', note='"\'cross\'" -> "\'Cross\'" at line 389')
M('auto-2123-ops.conv_ops-1388-49', 'ops/conv_ops.py',
  '        crop = tuple(slice(max(a, 0), g.shape[d] - max(b, 0)) for d, (a, b) in enumerate(pairs))\n',
  '        crop = tuple(slice(max(a, 0), g.shape[d] + max(b, 0)) for d, (a, b) in enumerate(pairs))\n', 'op formula', note='- -> + at line 1388')
M('auto-2123-nn._functional_volumetric-109-54', 'nn/_functional_volumetric.py',
  '        slab = x[:, :, start:start + (od - 1) * st[0] + 1:st[0]]          # (N, C, OD, H, W)\n',
  '        slab = x[:, :, start:start + (od - 1) * st[0] - 1:st[0]]          # (N, C, OD, H, W)\n', 'op formula', note='+ -> - at line 109')
M('auto-2123-ops.pointwise-632-4', 'ops/pointwise.py',
  '    a, b = ctx.inputs\n',
  '    pass\n', 'front-end', note="'a, b = ctx.inputs' -> 'pass' at line 632", nth=2)

# ---- sample 2124 (session 21, a measurement of the front-end files: drawn and run at 556a7bc,
# AUTO_MUTANTS_SEED=2124 COUNT=40 KINDS=all, --jobs 1), measured before any test written for it:
# 35 of 40 killed by the subsets, one more (ONNX paddings) by test_wide_kills_s20.py, which the
# _functions subset now runs; 2 equivalent; 2 real survivors: the profiler's recording inside a
# legacy Function's forward (now tested), and MissingMethod's class-level access, which returned
# the descriptor where 0.3.1's type had no attribute at all (now it raises; entry dropped): 36 of 38
M('auto-2124-tensor-345-35', 'tensor.py',
  '            isinstance(s, int) and not isinstance(s, bool) and s > 0 for s in sizes):\n',
  '            isinstance(s, int) and isinstance(s, bool) and s > 0 for s in sizes):\n', 'front-end', note="'not ' -> '' at line 345 (session 22: sizes now > 0)")
M('auto-2124-autograd.variable-215-27', 'autograd/variable.py',
  "        raise RuntimeError('bool value of Variable objects containing non-empty %s is ambiguous'\n",
  "        raise RuntimeError('Bool value of Variable objects containing non-empty %s is ambiguous'\n", 'vjp', note='"\'bool value of Variable objects containing non-empty %s is ambiguous\'" -> "\'Bool value of Variable objects containing non-empty %s is ambiguous\'" at line 215')
M('auto-2124-autograd.variable-43-36', 'autograd/variable.py',
  '        if _grad_fn is not None and not isinstance(_grad_fn, Node):\n',
  '        if _grad_fn is not None and isinstance(_grad_fn, Node):\n', 'vjp', note="'not ' -> '' at line 43")
M('auto-2124-autograd._functions.utils-11-43', 'autograd/_functions/utils.py',
  '    paddings = paddings[-2::-2] + paddings[-1::-2]\n',
  '    paddings = paddings[-2::-2] + paddings[-2::-2]\n', 'vjp', note='-1 -> -2 at line 11')
M('auto-2124-ops.arithmetic-449-4', 'ops/arithmetic.py',
  "    return run(POW_SCALAR, [self], {'exponent': scalar_for(self, exponent)})\n",
  '    pass\n', 'front-end', note='"return run(POW_SCALAR, [self], {\'exponent\': scalar_for(self, exponent)})" -> \'pass\' at line 449')
M('auto-2124-ops.dispatch-212-42', 'ops/dispatch.py',
  '                if v._grad_fn is not None or v._requires_grad:\n',
  '                if v._grad_fn is not None and v._requires_grad:\n', 'fast path', note='or -> and at line 212')
M('auto-2124-storage-175-8', 'storage.py',
  '        cls = _resolve_storage_type(new_type, self._typename)\n',
  '        pass\n', 'front-end', note="'cls = _resolve_storage_type(new_type)' -> 'pass' at line 175 (session 22: it takes the source's name)")
M('auto-2124-storage-237-47', 'storage.py',
  "                                   'supported' % step)\n",
  "                                   'supported' // step)\n", 'front-end', note='% -> // at line 237', nth=1)
M('auto-2124-autograd._profiling-127-4', 'autograd/_profiling.py',
  '    F = _function.Function\n',
  '    pass\n', 'vjp', note="'F = _function.Function' -> 'pass' at line 127")
M('auto-2124-autograd.variable-259-12', 'autograd/variable.py',
  '            raise RuntimeError("cannot register a hook on a variable that doesn\'t require gradient")\n',
  '            pass\n', 'vjp', note='\'raise RuntimeError("cannot register a hook on a variable that doesn\\\'t require gradient")\' -> \'pass\' at line 259')
M('auto-2124-ops._common-178-24', 'ops/_common.py',
  '    state.depth = outer + 1\n',
  '    state.depth = outer - 1\n', 'front-end', note='+ -> - at line 178',
  equivalent="one_fallback_warning's depth only needs to be non-zero inside the call: -1 is as true as 1 for _fallback_warning, nested calls go -2, -3, and the finally restores the outer value either way")
M('auto-2124-autograd.function-685-8', 'autograd/function.py',
  '        return fn(obj)\n',
  '        pass\n', 'vjp', note="'return fn(obj)' -> 'pass' at line 685")
M('auto-2124-ops.creation-107-40', 'ops/creation.py',
  "    return _new(_sizes(sizes, 'zeros'), 0)\n",
  "    return _new(_sizes(sizes, 'zeros'), 1)\n", 'front-end', note='0 -> 1 at line 107')
M('auto-2124-autograd.variable-287-16', 'autograd/variable.py',
  '                var._grad = grad.clone()\n',
  '                pass\n', 'vjp', note="'var._grad = grad.clone()' -> 'pass' at line 287")
M('auto-2124-storage-520-14', 'storage.py',
  '    if a.size == 0:\n',
  '    if a.size != 0:\n', 'front-end', note='== -> != at line 520')
M('auto-2124-autograd.function-421-8', 'autograd/function.py',
  '        v2 = t2var.get(id(pair[1]))\n',
  '        pass\n', 'vjp', note="'v2 = t2var.get(id(pair[1]))' -> 'pass' at line 421")
M('auto-2124-tensor-470-8', 'tensor.py',
  '        err = _numpy_layout_error(arr)\n',
  '        pass\n', 'front-end', note="'err = _numpy_layout_error(arr)' -> 'pass' at line 470")
M('auto-2124-ops.schema-73-0', 'ops/schema.py',
  "Y = _Placeholder('Y')\n",
  'pass\n', 'front-end', note='"Y = _Placeholder(\'Y\')" -> \'pass\' at line 73')
M('auto-2124-ops.backend_variable-231-4', 'ops/backend_variable.py',
  "    'scatter_add_zeros', lambda g, shape, dim, index: NB.scatter_add_into_zeros(g, shape, dim, index),\n",
  "    'Scatter_add_zeros', lambda g, shape, dim, index: NB.scatter_add_into_zeros(g, shape, dim, index),\n", 'front-end', note='"\'scatter_add_zeros\'" -> "\'Scatter_add_zeros\'" at line 231',
  equivalent='the registry name of an internal backward helper (parity-exempt): nothing looks it up by name and its grad_fn name is unchanged')
M('auto-2124-ops.dispatch-333-8', 'ops/dispatch.py',
  '        node.has_saved = False\n',
  '        pass\n', 'fast path', note="'node.has_saved = False' -> 'pass' at line 333", nth=0)
M('auto-2124-storage-163-32', 'storage.py',
  "            with open(filename, 'r+b') as fh:\n",
  "            with open(filename, 'R+b') as fh:\n", 'front-end', note='"\'r+b\'" -> "\'R+b\'" at line 163')
M('auto-2124-autograd._functions.__init__-36-27', 'autograd/_functions/__init__.py',
  "    ('Expand', 'expand'), ('Type', 'type'), ('CudaTransfer', 'cuda'),\n",
  "    ('Expand', 'expand'), ('type', 'type'), ('CudaTransfer', 'cuda'),\n", 'vjp', note='"\'Type\'" -> "\'type\'" at line 36')
M('auto-2124-tensor-181-8', 'tensor.py',
  '        return self._a.shape[0]\n',
  '        pass\n', 'front-end', note="'return self._a.shape[0]' -> 'pass' at line 181")
M('auto-2124-storage-422-27', 'storage.py',
  "        raise RuntimeError('strides must be %d non-negative ints, got %r' % (len(size), stride))\n",
  "        raise RuntimeError('Strides must be %d non-negative ints, got %r' % (len(size), stride))\n", 'front-end', note='"\'strides must be %d non-negative ints, got %r\'" -> "\'Strides must be %d non-negative ints, got %r\'" at line 422')
M('auto-2124-storage-279-73', 'storage.py',
  "                               % ('float' if self._info.is_floating else 'int',\n",
  "                               % ('float' if self._info.is_floating else 'Int',\n", 'front-end', note='"\'int\'" -> "\'Int\'" at line 279', nth=1)
M('auto-2124-ops.arithmetic-105-46', 'ops/arithmetic.py',
  "    grad_fn='ReciprocalBackward', save_output=True, argnames=('self',),\n",
  "    grad_fn='ReciprocalBackward', save_output=False, argnames=('self',),\n", 'front-end', note="'True' -> 'False' at line 105")
M('auto-2124-autograd._profiling-98-25', 'autograd/_profiling.py',
  "        state['depth'] = 0\n",
  "        state['depth'] = 1\n", 'vjp', note='0 -> 1 at line 98', nth=2)
M('auto-2124-ops.dispatch-670-4', 'ops/dispatch.py',
  '    return out\n',
  '    pass\n', 'fast path', note="'return out' -> 'pass' at line 670", nth=5)
M('auto-2124-tensor-94-8', 'tensor.py',
  '        cls = resolve_type(new_type)\n',
  '        pass\n', 'front-end', note="'cls = resolve_type(new_type)' -> 'pass' at line 94")
M('auto-2124-ops.arithmetic-120-19', 'ops/arithmetic.py',
  '    if exponent == 2:\n',
  '    if exponent == 3:\n', 'front-end', note='2 -> 3 at line 120')
M('auto-2124-storage-224-31', 'storage.py',
  "            raise RuntimeError('can only set storage content with a %s, but got %s instead'\n",
  "            raise RuntimeError('Can only set storage content with a %s, but got %s instead'\n", 'front-end', note='"\'can only set storage content with a %s, but got %s instead\'" -> "\'Can only set storage content with a %s, but got %s instead\'" at line 224')
M('auto-2124-ops.dispatch-50-38', 'ops/dispatch.py',
  "    name = base + ('_' if inplace and not base.endswith('_') and not isinstance(first, Variable)\n",
  "    name = base + ('_' if inplace and base.endswith('_') and not isinstance(first, Variable)\n", 'fast path', note="'not ' -> '' at line 50")
M('auto-2124-backend_numpy-74-4', 'backend_numpy.py',
  '    gs = g.shape\n',
  '    pass\n', 'front-end', note="'gs = g.shape' -> 'pass' at line 74")
M('auto-2124-autograd.engine-306-28', 'autograd/engine.py',
  '            var._grad = cur + g\n',
  '            var._grad = cur - g\n', 'vjp', note='+ -> - at line 306')
M('auto-2124-tensor-484-19', 'tensor.py',
  '    if arr.ndim == 0:\n',
  '    if arr.ndim == 1:\n', 'front-end', note='0 -> 1 at line 484')
M('auto-2124-_fastpaths-55-44', '_fastpaths.py',
  "    return os.environ.get(name, '').strip() not in ('', '0')\n",
  "    return os.environ.get(name, '').strip() in ('', '0')\n", 'fast path', note="'not in' -> 'in' at line 55")
M('auto-2124-autograd.nodes-145-45', 'autograd/nodes.py',
  "        cls.__module__ = name.rsplit('.', 1)[0] if '.' in name else 'torch._C'\n",
  "        cls.__module__ = name.rsplit('.', 1)[1] if '.' in name else 'torch._C'\n", 'vjp', note='0 -> 1 at line 145')
M('auto-2124-autograd.engine-413-8', 'autograd/engine.py',
  '        pending = {node._seq: (node, buf)}\n',
  '        pass\n', 'vjp', note="'pending = {node._seq: (node, buf)}' -> 'pass' at line 413")
M('auto-2124-ops.creation-238-43', 'ops/creation.py',
  '    if steps <= 0 or (steps == 1 and start != end):\n',
  '    if steps <= 0 or (steps == 1 and start == end):\n', 'front-end', note='!= -> == at line 238', nth=1)

# ---- sample 2125 (session 21, a measurement of the op-formula files: drawn and run at 11a3369,
# AUTO_MUTANTS_SEED=2125 COUNT=40 KINDS=all, --jobs 1), measured before any test written for it:
# 34 of 40 killed by the subsets, three more by test_parity_registry.py (tril's modern spelling,
# two pooling sample generators); 3 equivalent: 37 of 37
M('auto-2125-ops.reduction-934-22', 'ops/reduction.py',
  '    lambda ctx, g: (g * ctx.B.mask(np.eye(*ctx.shapes[0][0], dtype=bool), g),),\n',
  '    lambda ctx, g: (g + ctx.B.mask(np.eye(*ctx.shapes[0][0], dtype=bool), g),),\n', 'front-end', note='* -> + at line 934')
M('auto-2125-ops.rnn_ops-489-4', 'ops/rnn_ops.py',
  '    return dG, dG, (dh,)\n',
  '    pass\n', 'op formula', note="'return dG, dG, (dh,)' -> 'pass' at line 489")
M('auto-2125-ops.pointwise-267-11', 'ops/pointwise.py',
  '    s = np.zeros_like(x)\n',
  '    s = np.ones_like(x)\n', 'front-end', note="'zeros_like' -> 'ones_like' at line 267")
M('auto-2125-ops.conv_ops-202-4', 'ops/conv_ops.py',
  '    dh, dw = dilation\n',
  '    pass\n', 'op formula', note="'dh, dw = dilation' -> 'pass' at line 202", nth=0)
M('auto-2125-ops.reduction-526-20', 'ops/reduction.py',
  "    _nonempty(self, 'mode')\n",
  "    _nonempty(self, 'Mode')\n", 'front-end', note='"\'mode\'" -> "\'Mode\'" at line 526')
M('auto-2125-ops.shape-184-17', 'ops/shape.py',
  '    if r.ndim == 0:\n',
  '    if r.ndim == 1:\n', 'front-end', note='0 -> 1 at line 184')
M('auto-2125-ops.nn_ops-658-12', 'ops/nn_ops.py',
  '    return (-picked if w is None else -(picked * w)), w\n',
  '    return (picked if w is None else -(picked * w)), w\n', 'op formula', note="'-' -> '' at line 658")
M('auto-2125-ops.shape-775-14', 'ops/shape.py',
  '    _tri_back(False),\n',
  '    _tri_back(True),\n', 'front-end', note="'False' -> 'True' at line 775")
M('auto-2125-ops.pointwise-913-12', 'ops/pointwise.py',
  '    if rest and not is_tensorlike(rest[0]) and value is _OMITTED:\n',
  '    if rest or not is_tensorlike(rest[0]) and value is _OMITTED:\n', 'front-end', note="'and' -> 'or' at line 913")
M('auto-2125-ops.blas_ops-124-48', 'ops/blas_ops.py',
  '            _bmm(ctx, B.transpose(b1, 1, 2), g) * alpha if ctx.needs[2] else None)\n',
  '            _bmm(ctx, B.transpose(b1, 1, 2), g) + alpha if ctx.needs[2] else None)\n', 'front-end', note='* -> + at line 124')
M('auto-2125-nn._functional_conv-96-30', 'nn/_functional_conv.py',
  '               return_indices=False):\n',
  '               return_indices=True):\n', 'op formula', note="'False' -> 'True' at line 96", nth=0)
M('auto-2125-ops.lapack-859-31', 'ops/lapack.py',
  '    if piv.size and (piv.min() < 1 or piv.max() > lu.shape[1]):\n',
  '    if piv.size and (piv.min() > 1 or piv.max() > lu.shape[1]):\n', 'front-end', note='< -> > at line 859')
M('auto-2125-ops.shape-772-44', 'ops/shape.py',
  '    modern=lambda torch, a, diagonal: torch.tril(a, diagonal))\n',
  '    modern=lambda torch, a, diagonal: torch.triu(a, diagonal))\n', 'front-end', note="'tril' -> 'triu' at line 772")
M('auto-2125-ops.nn_ops-955-4', 'ops/nn_ops.py',
  "    'elu': dict(domain='nonzero', params={'alpha': [1.0, 0.5]}, n=3),\n",
  "    'Elu': dict(domain='nonzero', params={'alpha': [1.0, 0.5]}, n=3),\n", 'op formula', note='"\'elu\'" -> "\'Elu\'" at line 955')
M('auto-2125-ops.reduction-884-19', 'ops/reduction.py',
  '    x_pre = x * mb + (1 - mb)      # x before the first zero, 1 from there on\n',
  '    x_pre = x * mb - (1 - mb)      # x before the first zero, 1 from there on\n', 'front-end', note='+ -> - at line 884')
M('auto-2125-ops.conv_ops-645-53', 'ops/conv_ops.py',
  "                               'divisible by groups' % (groups, _sizes(ws), ws[0]))\n",
  "                               'divisible by groups' // (groups, _sizes(ws), ws[0]))\n", 'op formula', note='% -> // at line 645', nth=1)
M('auto-2125-ops.linalg-215-64', 'ops/linalg.py',
  '    return int(np.dot(a.reshape(-1).astype(np.int64), b.reshape(-1).astype(np.int64)))\n',
  '    return int(np.dot(a.reshape(-1).astype(np.int64), b.reshape(-2).astype(np.int64)))\n', 'front-end', note='-1 -> -2 at line 215',
  equivalent='numpy (>= 2) reads any negative size in reshape as the one unknown dimension: reshape(-2) is reshape(-1)')
M('auto-2125-ops.conv_ops-666-8', 'ops/conv_ops.py',
  "        raise RuntimeError('stride should be greater than zero, but got dH: %d dW: %d' % st)\n",
  '        pass\n', 'op formula', note='"raise RuntimeError(\'stride should be greater than zero, but got dH: %d dW: %d\' % st)" -> \'pass\' at line 666')
M('auto-2125-ops.nn_ops-533-31', 'ops/nn_ops.py',
  '            _as_target_grad(B, -gx, t) if ctx.needs[1] else None)\n',
  '            _as_target_grad(B, gx, t) if ctx.needs[1] else None)\n', 'op formula', note="'-' -> '' at line 533", nth=2)
M('auto-2125-ops.nn_ops-751-13', 'ops/nn_ops.py',
  '    out = np.maximum(-_wide(y) * (_wide(x1) - _wide(x2)) + margin, 0.0)\n',
  '    out = np.minimum(-_wide(y) * (_wide(x1) - _wide(x2)) + margin, 0.0)\n', 'op formula', note="'maximum' -> 'minimum' at line 751")
M('auto-2125-ops.linalg-205-14', 'ops/linalg.py',
  '    if a.size != b.size:\n',
  '    if a.size == b.size:\n', 'front-end', note='!= -> == at line 205')
M('auto-2125-ops.conv_ops-1613-20', 'ops/conv_ops.py',
  '    d = tuple(r.int(1, 2) if dilation else 1 for _ in range(nd))\n',
  '    d = tuple(r.int(0, 2) if dilation else 1 for _ in range(nd))\n', 'op formula', note='1 -> 0 at line 1613')
M('auto-2125-ops.shape-485-15', 'ops/shape.py',
  '    if t.dim() == 0:\n',
  '    if t.dim() != 0:\n', 'front-end', note='== -> != at line 485', nth=0)
M('auto-2125-ops.lapack-534-4', 'ops/lapack.py',
  '    a = np.dot(f.T, f) if upper else np.dot(f, f.T)\n',
  '    pass\n', 'front-end', note="'a = np.dot(f.T, f) if upper else np.dot(f, f.T)' -> 'pass' at line 534", nth=0)
M('auto-2125-ops.conv_ops-1670-56', 'ops/conv_ops.py',
  '    inputs=lambda r: ([(r.int(1, 2), r.int(1, 2), r.int(1, 5), r.int(1, 5))],\n',
  '    inputs=lambda r: ([(r.int(1, 2), r.int(1, 2), r.int(0, 5), r.int(1, 5))],\n', 'op formula', note='1 -> 0 at line 1670', nth=0)
M('auto-2125-ops.nn_ops-975-43', 'ops/nn_ops.py',
  "             params={'indices': np.array([[0, 2], [0, 1]]), 'padding_idx': 1,\n",
  "             params={'indices': np.array([[1, 2], [0, 1]]), 'padding_idx': 1,\n", 'op formula', note='0 -> 1 at line 975')
M('auto-2125-ops.lapack-75-15', 'ops/lapack.py',
  '    n = a.size(0)\n',
  '    n = a.size(1)\n', 'front-end', note='0 -> 1 at line 75',
  equivalent='the modern pivoted-Cholesky reference is only given square matrices (pstrf refuses others first): size(1) is size(0)')
M('auto-2125-ops.pointwise-830-39', 'ops/pointwise.py',
  '            if min is not None and max is not None else torch.clamp(x, min=min, max=max)))\n',
  '            if min is not None and max is None else torch.clamp(x, min=min, max=max)))\n', 'front-end', note="'is not' -> 'is' at line 830")
M('auto-2125-nn._functional_schema-157-17', 'nn/_functional_schema.py',
  'SHAPES_5D = {X: (1, 2, 4, 4, 4)}\n',
  'SHAPES_5D = {X: (0, 2, 4, 4, 4)}\n', 'op formula', note='1 -> 0 at line 157')
M('auto-2125-ops.lapack-30-30', 'ops/lapack.py',
  '    if v.ndim != 2 or v.shape[1] == 0:\n',
  '    if v.ndim != 2 or v.shape[0] == 0:\n', 'front-end', note='1 -> 0 at line 30',
  equivalent='_canonical_signs differs only for a (0, k) matrix with k > 0, which no 0.3 tensor has (an empty tensor is dimensionless; svd/eig/symeig of it give (0,) or (0, 0) results)')
M('auto-2125-nn._functional_activation-87-8', 'nn/_functional_activation.py',
  '        neg = x <= 0\n',
  '        pass\n', 'op formula', note="'neg = x <= 0' -> 'pass' at line 87")
M('auto-2125-ops.pointwise-784-4', 'ops/pointwise.py',
  "    name = 'clamp_' if inplace else 'clamp'\n",
  '    pass\n', 'front-end', note='"name = \'clamp_\' if inplace else \'clamp\'" -> \'pass\' at line 784')
M('auto-2125-nn._functional_volumetric-450-8', 'nn/_functional_volumetric.py',
  '        return default_size\n',
  '        pass\n', 'op formula', note="'return default_size' -> 'pass' at line 450")
M('auto-2125-ops.conv_ops-1109-4', 'ops/conv_ops.py',
  '    s = np.tensordot(mh, t, axes=([0], [1]))                  # (h, m, w)\n',
  '    pass                  # (h, m, w)\n', 'op formula', note="'s = np.tensordot(mh, t, axes=([0], [1]))' -> 'pass' at line 1109")
M('auto-2125-ops.nn_ops-468-4', 'ops/nn_ops.py',
  '    B = ctx.B\n',
  '    pass\n', 'op formula', note="'B = ctx.B' -> 'pass' at line 468", nth=9)
M('auto-2125-nn._functional_volumetric-533-4', 'nn/_functional_volumetric.py',
  '    ot, oh, ow = (int(v) for v in output_size)\n',
  '    pass\n', 'op formula', note="'ot, oh, ow = (int(v) for v in output_size)' -> 'pass' at line 533")
M('auto-2125-ops.conv_ops-1455-21', 'ops/conv_ops.py',
  '    if len(pad) // 2 > a.ndim:\n',
  '    if len(pad) // 2 < a.ndim:\n', 'op formula', note='> -> < at line 1455')
M('auto-2125-nn._functional_volumetric-288-4', 'nn/_functional_volumetric.py',
  '    sizes = a.shape[-nd:]\n',
  '    pass\n', 'op formula', note="'sizes = a.shape[-nd:]' -> 'pass' at line 288")
M('auto-2125-ops.nn_ops-151-32', 'ops/nn_ops.py',
  '    return np.where(w <= 0, (np.exp(w) - 1.0) * alpha, w).astype(a.dtype)\n',
  '    return np.where(w <= 0, (np.expm1(w) - 1.0) * alpha, w).astype(a.dtype)\n', 'op formula', note="'exp' -> 'expm1' at line 151")
M('auto-2125-ops.reduction-789-4', 'ops/reduction.py',
  "    'norm', lambda a, p: np.asarray(_norm_np(a, p)).reshape(1), _norm_back,\n",
  "    'Norm', lambda a, p: np.asarray(_norm_np(a, p)).reshape(1), _norm_back,\n", 'front-end', note='"\'norm\'" -> "\'Norm\'" at line 789')

# ---- sample 2127 (session 21, a measurement of the op-formula files: drawn and run at 1749b46,
# AUTO_MUTANTS_SEED=2127 COUNT=40 KINDS=all, --jobs 1), measured before any test written for it:
# 37 of 40 killed by the subsets; 1 equivalent (the edit of 2121's rnn_ops entry again); 2 real
# survivors, now killed by test_wide_kills_s21.py: sort's modern reference must be stable, and
# addcmul's sparse exception (which also showed that a sparse operand's name failed inside
# cwrap's list: fixed): 37 of 39
M('auto-2127-ops.reduction-351-80', 'ops/reduction.py',
  '                                                                         stable=True),\n',
  '                                                                         stable=False),\n', 'front-end', note="'True' -> 'False' at line 351")
M('auto-2127-ops.reduction-384-33', 'ops/reduction.py',
  '    run_end[:, :-1] = new_run[:, 1:]\n',
  '    run_end[:, :-1] = new_run[:, 2:]\n', 'front-end', note='1 -> 2 at line 384')
M('auto-2127-ops.conv_ops-1004-15', 'ops/conv_ops.py',
  '    unique = s[0] >= d[0] * (k[0] - 1) + 1 and s[1] >= d[1] * (k[1] - 1) + 1\n',
  '    unique = s[1] >= d[0] * (k[0] - 1) + 1 and s[1] >= d[1] * (k[1] - 1) + 1\n', 'op formula', note='0 -> 1 at line 1004')
M('auto-2127-ops.reduction-380-4', 'ops/reduction.py',
  '    pos = np.arange(n)\n',
  '    pass\n', 'front-end', note="'pos = np.arange(n)' -> 'pass' at line 380")
M('auto-2127-ops.conv_ops-1110-44', 'ops/conv_ops.py',
  '    return np.ascontiguousarray(s.transpose(1, 0, 2)).reshape(tuple(in_shape))\n',
  '    return np.ascontiguousarray(s.transpose(0, 0, 2)).reshape(tuple(in_shape))\n', 'op formula', note='1 -> 0 at line 1110')
M('auto-2127-ops.reduction-244-23', 'ops/reduction.py',
  '    shape = ctx.shapes[0][0]\n',
  '    shape = ctx.shapes[1][0]\n', 'front-end', note='0 -> 1 at line 244', nth=1)
M('auto-2127-ops.rnn_ops-901-15', 'ops/rnn_ops.py',
  "    _names = (('input', 'hx', 'cx') if _mode == 'LSTM' else ('input', 'hx')) + \\\n",
  "    _names = (('Input', 'hx', 'cx') if _mode == 'LSTM' else ('input', 'hx')) + \\\n", 'op formula', note='"\'input\'" -> "\'Input\'" at line 901',
  equivalent='the same edit as auto-2121-ops.rnn_ops-901-15: argnames[0] of a registry op names the reference operand, never shown')
M('auto-2127-ops.nn_ops-892-4', 'ops/nn_ops.py',
  "    return [(n, c)], {'target': target, 'weight': weight, 'ignore_index': ignore}\n",
  '    pass\n', 'op formula', note='"return [(n, c)], {\'target\': target, \'weight\': weight, \'ignore_index\': ignore}" -> \'pass\' at line 892')
M('auto-2127-nn.functional-191-29', 'nn/functional.py',
  "    _args.float_arg(p, None, 'p')\n",
  "    _args.float_arg(p, None, 'P')\n", 'op formula', note='"\'p\'" -> "\'P\'" at line 191')
M('auto-2127-ops.nn_ops-826-21', 'ops/nn_ops.py',
  "    dl = np.where(yv == 1, -1.0, 0.0) + np.where((yv == -1) & (cos_v > p['margin']), 1.0, 0.0)\n",
  "    dl = np.where(yv != 1, -1.0, 0.0) + np.where((yv == -1) & (cos_v > p['margin']), 1.0, 0.0)\n", 'op formula', note='== -> != at line 826')
M('auto-2127-ops.pointwise-133-0', 'ops/pointwise.py',
  '_ERFC_CF_DEPTHS = ((4.0, 20), (3.0, 30), (2.5, 40), (2.0, 60), (0.0, 80))\n',
  'pass\n', 'front-end', note="'_ERFC_CF_DEPTHS = ((4.0, 20), (3.0, 30), (2.5, 40), (2.0, 60), (0.0, 80))' -> 'pass' at line 133")
M('auto-2127-nn._functional_embedding_bag-99-19', 'nn/_functional_embedding_bag.py',
  '        if offsets is not None:\n',
  '        if offsets is None:\n', 'op formula', note="'is not' -> 'is' at line 99")
M('auto-2127-nn._functional_embedding_bag-56-16', 'nn/_functional_embedding_bag.py',
  '    if max_norm is not None:\n',
  '    if max_norm is None:\n', 'op formula', note="'is not' -> 'is' at line 56")
M('auto-2127-nn._functional_volumetric-483-35', 'nn/_functional_volumetric.py',
  "                           % (bad, 'x'.join(map(str, out_spatial))))\n",
  "                           % (bad, 'X'.join(map(str, out_spatial))))\n", 'op formula', note='"\'x\'" -> "\'X\'" at line 483')
M('auto-2127-ops.nn_ops-526-13', 'ops/nn_ops.py',
  '    diff = x - _target_like(B, t, xv.shape)\n',
  '    diff = x + _target_like(B, t, xv.shape)\n', 'op formula', note='- -> + at line 526')
M('auto-2127-ops.shape-878-8', 'ops/shape.py',
  '        self._a = np.empty((0,), dtype=self._a.dtype)\n',
  '        pass\n', 'front-end', note="'self._a = np.empty((0,), dtype=self._a.dtype)' -> 'pass' at line 878")
M('auto-2127-nn._functional_volumetric-110-56', 'nn/_functional_volumetric.py',
  '        slab = slab.transpose(1, 2).contiguous().view(n * od, c, xs[3], xs[4])\n',
  '        slab = slab.transpose(1, 2).contiguous().view(n + od, c, xs[3], xs[4])\n', 'op formula', note='* -> + at line 110')
M('auto-2127-ops.lapack-248-52', 'ops/lapack.py',
  '        i = int(np.nonzero(np.diag(lu) == 0)[0][0]) + 1\n',
  '        i = int(np.nonzero(np.diag(lu) == 0)[0][0]) - 1\n', 'front-end', note='+ -> - at line 248')
M('auto-2127-ops.conv_ops-1282-11', 'ops/conv_ops.py',
  "    elif p['training']:\n",
  "    elif p['Training']:\n", 'op formula', note='"\'training\'" -> "\'Training\'" at line 1282')
M('auto-2127-ops.nn_ops-408-8', 'ops/nn_ops.py',
  '        scale = np.ones(idx.shape[0])\n',
  '        pass\n', 'op formula', note="'scale = np.ones(idx.shape[0])' -> 'pass' at line 408")
M('auto-2127-nn._functional_vision-47-47', 'nn/_functional_vision.py',
  "    (('nearest', 3), 'UpsamplingNearest3d'), (('linear', 1), 'UpsamplingLinear1d'),\n",
  "    (('nearest', 3), 'UpsamplingNearest3d'), (('Linear', 1), 'UpsamplingLinear1d'),\n", 'op formula', note='"\'linear\'" -> "\'Linear\'" at line 47')
M('auto-2127-ops.blas_ops-105-70', 'ops/blas_ops.py',
  '            _bmm(ctx, B.transpose(b1, 1, 2), gb) * alpha if ctx.needs[2] else None)\n',
  '            _bmm(ctx, B.transpose(b1, 1, 2), gb) * alpha if ctx.needs[3] else None)\n', 'front-end', note='2 -> 3 at line 105')
M('auto-2127-ops.nn_ops-177-4', 'ops/nn_ops.py',
  '    out = ctx.output\n',
  '    pass\n', 'op formula', note="'out = ctx.output' -> 'pass' at line 177", nth=1)
M('auto-2127-nn._functional_volumetric-108-23', 'nn/_functional_volumetric.py',
  '        start = k * dl[0]\n',
  '        start = k * dl[1]\n', 'op formula', note='0 -> 1 at line 108')
M('auto-2127-ops.reduction-771-23', 'ops/reduction.py',
  '    ax = x * B.sign(x) + B.mask(~nz, x)\n',
  '    ax = x * B.sign(x) - B.mask(~nz, x)\n', 'front-end', note='+ -> - at line 771')
M('auto-2127-nn._functional_volumetric-163-41', 'nn/_functional_volumetric.py',
  '        after = full - before - ((d - 1) * st[0] + 1)\n',
  '        after = full - before - ((d - 1) / st[0] + 1)\n', 'op formula', note='* -> / at line 163')
M('auto-2127-nn._functional_volumetric-84-25', 'nn/_functional_volumetric.py',
  "        raise ValueError('Expected 5D tensor as input, got {}D tensor instead.'\n",
  "        raise ValueError('expected 5D tensor as input, got {}D tensor instead.'\n", 'op formula', note='"\'Expected 5D tensor as input, got {}D tensor instead.\'" -> "\'expected 5D tensor as input, got {}D tensor instead.\'" at line 84', nth=0)
M('auto-2127-ops.shape-621-48', 'ops/shape.py',
  '        if x.ndim != ref.ndim or any(x.shape[i] != ref.shape[i] for i in range(ref.ndim) if i != d):\n',
  '        if x.ndim != ref.ndim or any(x.shape[i] == ref.shape[i] for i in range(ref.ndim) if i != d):\n', 'front-end', note='!= -> == at line 621')
M('auto-2127-ops.pointwise-811-11', 'ops/pointwise.py',
  "    real = 'float' if tensor_of(self)._info.is_floating else 'int'\n",
  "    real = 'Float' if tensor_of(self)._info.is_floating else 'int'\n", 'front-end', note='"\'float\'" -> "\'Float\'" at line 811')
M('auto-2127-ops.conv_ops-251-16', 'ops/conv_ops.py',
  '    oh = (h + 2 * padding[0] - dilation[0] * (kh - 1) - 1) // stride[0] + 1\n',
  '    oh = (h + 2 / padding[0] - dilation[0] * (kh - 1) - 1) // stride[0] + 1\n', 'op formula', note='* -> / at line 251')
M('auto-2127-ops.lapack-85-59', 'ops/lapack.py',
  '        a[k + 1:, k + 1:] -= torch.outer(a[k + 1:, k], a[k + 1:, k])\n',
  '        a[k + 1:, k + 1:] -= torch.outer(a[k + 1:, k], a[k - 1:, k])\n', 'front-end', note='+ -> - at line 85')
M('auto-2127-ops.conv_ops-879-35', 'ops/conv_ops.py',
  '    if p and (out - 1) * s >= size + p:\n',
  '    if p and (out - 1) * s >= size - p:\n', 'op formula', note='+ -> - at line 879')
M('auto-2127-ops.conv_ops-906-4', 'ops/conv_ops.py',
  '    kk = stack.shape[0]\n',
  '    pass\n', 'op formula', note="'kk = stack.shape[0]' -> 'pass' at line 906")
M('auto-2127-ops.shape-478-58', 'ops/shape.py',
  "    grad_fn='UnfoldBackward', argnames=('self',), is_view=True,\n",
  "    grad_fn='UnfoldBackward', argnames=('self',), is_view=False,\n", 'front-end', note="'True' -> 'False' at line 478")
M('auto-2127-ops.nn_loss_ops-168-14', 'ops/nn_loss_ops.py',
  '    coef = np.zeros((n, dim), dtype=np.float64)\n',
  '    coef = np.ones((n, dim), dtype=np.float64)\n', 'op formula', note="'zeros' -> 'ones' at line 168")
M('auto-2127-ops.conv_ops-1188-4', 'ops/conv_ops.py',
  "    return (p['kernel_size'], p['stride'], p['padding'], p['ceil_mode'], p['count_include_pad'])\n",
  '    pass\n', 'op formula', note='"return (p[\'kernel_size\'], p[\'stride\'], p[\'padding\'], p[\'ceil_mode\'], p[\'count_include_pad\'])" -> \'pass\' at line 1188')
M('auto-2127-ops.conv_ops-1069-4', 'ops/conv_ops.py',
  '    return oh, ow\n',
  '    pass\n', 'op formula', note="'return oh, ow' -> 'pass' at line 1069", nth=1)
M('auto-2127-ops.pointwise-924-37', 'ops/pointwise.py',
  '            inplace and t1.is_sparse and t2.is_sparse):\n',
  '            inplace and t1.is_sparse or t2.is_sparse):\n', 'front-end', note="'and' -> 'or' at line 924")
M('auto-2127-nn._functional_activation-102-11', 'nn/_functional_activation.py',
  '    if dim < -ndim or dim >= ndim:\n',
  '    if dim > -ndim or dim >= ndim:\n', 'op formula', note='< -> > at line 102')
M('auto-2127-ops.reduction-966-18', 'ops/reduction.py',
  '    if self.dim() < 2:\n',
  '    if self.dim() <= 2:\n', 'front-end', note='< -> <= at line 966')

# ---- sample 2126 (session 21, a measurement of the front-end files: drawn and run at 1749b46,
# AUTO_MUTANTS_SEED=2126 COUNT=40 KINDS=all, --jobs 1), measured before any test written for it:
# 34 of 40 killed by the subsets and one more by its timeout (an endless loop in storage's
# _identity: a suite that hangs does not pass); 2 equivalent; 3 real survivors, now killed by
# test_wide_kills_s21.py: the profiler's name of __idiv__, the chrome trace's microseconds, the
# loop names left in torch.autograd._functions: 35 of 38
M('auto-2126-autograd.profiler-192-8', 'autograd/profiler.py',
  '        self.id = id\n',
  '        pass\n', 'vjp', note="'self.id = id' -> 'pass' at line 192")
M('auto-2126-autograd.engine-65-52', 'autograd/engine.py',
  "    __slots__ = ('B', 'inputs', 'output', 'params', 'needs', 'shapes')\n",
  "    __slots__ = ('B', 'inputs', 'output', 'params', 'Needs', 'shapes')\n", 'vjp', note='"\'needs\'" -> "\'Needs\'" at line 65')
M('auto-2126-ops.backend_variable-60-50', 'ops/backend_variable.py',
  '    lambda ctx, g: (ctx.B.sum_to(g, ctx.shapes[0][0]),),\n',
  '    lambda ctx, g: (ctx.B.sum_to(g, ctx.shapes[0][1]),),\n', 'front-end', note='0 -> 1 at line 60')
M('auto-2126-tensor-61-12', 'tensor.py',
  '            self._a = _uninitialised(th_sizes(first), cls._dtype)\n',
  '            pass\n', 'front-end', note="'self._a = _uninitialised(th_sizes(first), cls._dtype)' -> 'pass' at line 61")
M('auto-2126-autograd.function-97-8', 'autograd/function.py',
  '        self.to_save = tensors\n',
  '        pass\n', 'vjp', note="'self.to_save = tensors' -> 'pass' at line 97")
M('auto-2126-ops.creation-253-15', 'ops/creation.py',
  "    m = n if m is None else _args.int_arg(m, 'eye', 'm', 2)\n",
  "    m = n if m is not None else _args.int_arg(m, 'eye', 'm', 2)\n", 'front-end', note='is -> is not at line 253')
M('auto-2126-ops.creation-214-56', 'ops/creation.py',
  "    start = _args.float_arg(start, 'linspace', 'start', 1)\n",
  "    start = _args.float_arg(start, 'linspace', 'start', 0)\n", 'front-end', note='1 -> 0 at line 214')
M('auto-2126-ops.half-38-53', 'ops/half.py',
  "    '__add__': 'add', '__radd__': 'add', '__iadd__': 'add_', '__sub__': 'sub',\n",
  "    '__add__': 'add', '__radd__': 'add', '__iadd__': 'Add_', '__sub__': 'sub',\n", 'front-end', note='"\'add_\'" -> "\'Add_\'" at line 38')
M('auto-2126-ops._common-112-40', 'ops/_common.py',
  '    for i in range(len(target) - 1, -1, -1):        # from the last dimension, like TH\n',
  '    for i in range(len(target) - 1, -1, 0):        # from the last dimension, like TH\n', 'front-end', note='-1 -> 0 at line 112')
M('auto-2126-ops.dispatch-335-8', 'ops/dispatch.py',
  '        d = out._data\n',
  '        pass\n', 'fast path', note="'d = out._data' -> 'pass' at line 335", nth=0)
M('auto-2126-ops._common-195-4', 'ops/_common.py',
  '    return ufunc(a, out, out=out)\n',
  '    pass\n', 'front-end', note="'return ufunc(a, out, out=out)' -> 'pass' at line 195")
M('auto-2126-storage-461-12', 'storage.py',
  '            x = b\n',
  '            pass\n', 'front-end', note="'x = b' -> 'pass' at line 461")
M('auto-2126-autograd.engine-336-8', 'autograd/engine.py',
  '        var._grad = Variable._make(t.clone(), volatile=True)\n',
  '        pass\n', 'vjp', note="'var._grad = Variable._make(t.clone(), volatile=True)' -> 'pass' at line 336")
M('auto-2126-storage-46-14', 'storage.py',
  '    is_cuda = False\n',
  '    is_cuda = True\n', 'front-end', note="'False' -> 'True' at line 46")
M('auto-2126-tensor-239-12', 'tensor.py',
  '            return []\n',
  '            pass\n', 'front-end', note="'return []' -> 'pass' at line 239",
  equivalent='tolist of an empty tensor: its array is always (0,) (0.3 empties are dimensionless), whose tolist() is [] too')
M('auto-2126-ops.creation-282-8', 'ops/creation.py',
  '        return Variable._make(r, volatile=input._volatile)\n',
  '        pass\n', 'front-end', note="'return Variable._make(r, volatile=input._volatile)' -> 'pass' at line 282")
M('auto-2126-ops.dispatch-676-4', 'ops/dispatch.py',
  '    node._var_hooks = None\n',
  '    pass\n', 'fast path', note="'node._var_hooks = None' -> 'pass' at line 676", nth=3)
M('auto-2126-ops.schema-383-15', 'ops/schema.py',
  "            ns['_k_' + n] = kwdefaults[n]\n",
  "            ns['_K_' + n] = kwdefaults[n]\n", 'front-end', note='"\'_k_\'" -> "\'_K_\'" at line 383')
M('auto-2126-ops.creation-165-20', 'ops/creation.py',
  '    return int((end - start) / step + 1)\n',
  '    return int((end + start) / step + 1)\n', 'front-end', note='- -> + at line 165')
M('auto-2126-autograd.function-400-12', 'autograd/function.py',
  '            info.append((type(out), out._a.shape))\n',
  '            pass\n', 'vjp', note="'info.append((type(out), out._a.shape))' -> 'pass' at line 400")
M('auto-2126-ops.registry-43-8', 'ops/registry.py',
  '        self.grad_fn = grad_fn\n',
  '        pass\n', 'front-end', note="'self.grad_fn = grad_fn' -> 'pass' at line 43")
M('auto-2126-autograd.__init__-21-25', 'autograd/__init__.py',
  '    if user_create_graph is not None:\n',
  '    if user_create_graph is None:\n', 'vjp', note="'is not' -> 'is' at line 21")
M('auto-2126-ops.schema-382-13', 'ops/schema.py',
  '        if n in kwdefaults:\n',
  '        if n not in kwdefaults:\n', 'front-end', note='in -> not in at line 382')
M('auto-2126-autograd.function-223-12', 'autograd/function.py',
  "            forward = super_cls.__dict__.get('forward')\n",
  '            pass\n', 'vjp', note='"forward = super_cls.__dict__.get(\'forward\')" -> \'pass\' at line 223')
M('auto-2126-autograd._profiling-29-16', 'autograd/_profiling.py',
  "    '__idiv__': 'div_',\n",
  "    '__idiv__': 'Div_',\n", 'vjp', note='"\'div_\'" -> "\'Div_\'" at line 29')
M('auto-2126-ops.dispatch-572-8', 'ops/dispatch.py',
  '        old_var._grad_fn = self._grad_fn\n',
  '        pass\n', 'fast path', note="'old_var._grad_fn = self._grad_fn' -> 'pass' at line 572")
M('auto-2126-ops.arithmetic-98-21', 'ops/arithmetic.py',
  "    'neg', lambda a: -a if a.dtype.kind != 'u' else (0 - a.astype(np.int64)).astype(a.dtype),\n",
  "    'neg', lambda a: a if a.dtype.kind != 'u' else (0 - a.astype(np.int64)).astype(a.dtype),\n", 'front-end', note="'-' -> '' at line 98")
M('auto-2126-storage-355-0', 'storage.py',
  "HalfStorage = _make_storage_class(dtypes.BY_SHORT['Half'])\n",
  'pass\n', 'front-end', note='"HalfStorage = _make_storage_class(dtypes.BY_SHORT[\'Half\'])" -> \'pass\' at line 355')
M('auto-2126-autograd._functions.__init__-123-0', 'autograd/_functions/__init__.py',
  'del _name, _method\n',
  'pass\n', 'vjp', note="'del _name, _method' -> 'pass' at line 123")
M('auto-2126-ops.dispatch-568-61', 'ops/dispatch.py',
  '    if requires and not volatile and op.differentiable and 0 in op.save_inputs:\n',
  '    if requires and not volatile and op.differentiable and 0 not in op.save_inputs:\n', 'fast path', note='in -> not in at line 568')
M('auto-2126-autograd.function-483-4', 'autograd/function.py',
  '    shape, dtype = meta\n',
  '    pass\n', 'vjp', note="'shape, dtype = meta' -> 'pass' at line 483")
M('auto-2126-ops._common-48-69', 'ops/_common.py',
  '    if isinstance(value, numbers.Integral) and -2 ** 63 <= value < 2 ** 63:\n',
  '    if isinstance(value, numbers.Integral) and -2 ** 63 <= value < 2 * 63:\n', 'front-end', note='** -> * at line 48')
M('auto-2126-ops.arithmetic-137-4', 'ops/arithmetic.py',
  '    B = ctx.B\n',
  '    pass\n', 'front-end', note="'B = ctx.B' -> 'pass' at line 137")
M('auto-2126-ops.backend_variable-183-4', 'ops/backend_variable.py',
  '    return a.pow(e)\n',
  '    pass\n', 'front-end', note="'return a.pow(e)' -> 'pass' at line 183")
M('auto-2126-autograd.profiler-43-71', 'autograd/profiler.py',
  "                events.append(dict(name=evt.name, ph='X', ts=evt.start / 1000,\n",
  "                events.append(dict(name=evt.name, ph='X', ts=evt.start * 1000,\n", 'vjp', note='/ -> * at line 43')
M('auto-2126-autograd.function-76-8', 'autograd/function.py',
  "        d['shared_pairs'] = None\n",
  '        pass\n', 'vjp', note='"d[\'shared_pairs\'] = None" -> \'pass\' at line 76')
M('auto-2126-storage-358-0', 'storage.py',
  "ShortStorage = _make_storage_class(dtypes.BY_SHORT['Short'])\n",
  'pass\n', 'front-end', note='"ShortStorage = _make_storage_class(dtypes.BY_SHORT[\'Short\'])" -> \'pass\' at line 358')
M('auto-2126-autograd.engine-193-22', 'autograd/engine.py',
  '        if t._version[0] != so[1]:\n',
  '        if t._version[1] != so[1]:\n', 'vjp', note='0 -> 1 at line 193', nth=0)
M('auto-2126-size-23-36', 'size.py',
  '        if type(sizes) is not tuple and type(sizes) is not list:\n',
  '        if type(sizes) is not tuple or type(sizes) is not list:\n', 'front-end', note="'and' -> 'or' at line 23",
  equivalent='a tuple or list argument copied by tuple() before the int check: the same items, read once')
M('auto-2126-tensor-444-37', 'tensor.py',
  '        err = _item_error(data, cls) or _ragged_error(data)\n',
  '        err = _item_error(data, cls) and _ragged_error(data)\n', 'front-end', note='or -> and at line 444')

# ---- sample 2128 (session 21, a measurement of the front-end files: drawn and run at 43a22de,
# AUTO_MUTANTS_SEED=2128 COUNT=40 KINDS=all, --jobs 1), measured before any test written for it:
# 36 of 40 killed by the subsets; 2 equivalent; 2 real survivors, now killed by
# test_wide_kills_s21.py: cos's first derivative built for a second (the Variable backend's sin)
# and the legacy ErfInv Function class's name: 36 of 38
M('auto-2128-backend_numpy-266-4', 'backend_numpy.py',
  '    out[tuple(idx)] = g\n',
  '    pass\n', 'front-end', note="'out[tuple(idx)] = g' -> 'pass' at line 266")
M('auto-2128-size-79-13', 'size.py',
  '        if s <= 0:\n',
  '        if s > 0:\n', 'front-end', note='<= -> > at line 79')
M('auto-2128-ops.creation-236-4', 'ops/creation.py',
  "    steps = _args.int_arg(steps, 'logspace', 'steps', 3)\n",
  '    pass\n', 'front-end', note='"steps = _args.int_arg(steps, \'logspace\', \'steps\', 3)" -> \'pass\' at line 236')
M('auto-2128-ops.type_support-48-32', 'ops/type_support.py',
  "_ATEN_REACHED = {'var': 'mean', 'std': 'mean', 'renorm': 'norm', 'renorm_': 'norm'}\n",
  "_ATEN_REACHED = {'var': 'mean', 'Std': 'mean', 'renorm': 'norm', 'renorm_': 'norm'}\n", 'front-end', note='"\'std\'" -> "\'Std\'" at line 48')
M('auto-2128-ops.dispatch-249-8', 'ops/dispatch.py',
  '        record(op, inputs, params, out)\n',
  '        pass\n', 'fast path', note="'record(op, inputs, params, out)' -> 'pass' at line 249", nth=0)
M('auto-2128-tensor-573-8', 'tensor.py',
  "        raise ValueError('invalid type: %r' % (t,))\n",
  '        pass\n', 'front-end', note='"raise ValueError(\'invalid type: %r\' % (t,))" -> \'pass\' at line 573')
M('auto-2128-ops.arithmetic-70-10', 'ops/arithmetic.py',
  '    if np.any(b == 0):\n',
  '    if np.all(b == 0):\n', 'front-end', note="'any' -> 'all' at line 70")
M('auto-2128-autograd.function-420-31', 'autograd/function.py',
  '        v1 = t2var.get(id(pair[0]))\n',
  '        v1 = t2var.get(id(pair[1]))\n', 'vjp', note='0 -> 1 at line 420')
M('auto-2128-ops.backend_variable-66-40', 'ops/backend_variable.py',
  "    grad_fn='NarrowBackward', argnames=('self',), parity_exempt='internal helper of backward formulas')\n",
  "    grad_fn='NarrowBackward', argnames=('Self',), parity_exempt='internal helper of backward formulas')\n", 'front-end', note='"\'self\'" -> "\'Self\'" at line 66',
  equivalent='argnames[0] of an internal backward helper names its reference operand: never shown (dispatch.type_error reports i >= 1 only)')
M('auto-2128-ops.schema-296-27', 'ops/schema.py',
  "                           'anchor', 'positive', 'negative', 'running_mean', 'running_var',\n",
  "                           'Anchor', 'positive', 'negative', 'running_mean', 'running_var',\n", 'front-end', note='"\'anchor\'" -> "\'Anchor\'" at line 296')
M('auto-2128-autograd._functions.__init__-27-21', 'autograd/_functions/__init__.py',
  "    ('Erf', 'erf'), ('ErfInv', 'erfinv'), ('Reciprocal', 'reciprocal'),\n",
  "    ('Erf', 'erf'), ('erfInv', 'erfinv'), ('Reciprocal', 'reciprocal'),\n", 'vjp', note='"\'ErfInv\'" -> "\'erfInv\'" at line 27')
M('auto-2128-ops.backend_variable-175-13', 'ops/backend_variable.py',
  '    return a.sin()\n',
  '    return a.cos()\n', 'front-end', note="'sin' -> 'cos' at line 175")
M('auto-2128-ops.comparison-72-35', 'ops/comparison.py',
  "LT = _register_comparison('lt', np.less)\n",
  "LT = _register_comparison('lt', np.less_equal)\n", 'front-end', note="'less' -> 'less_equal' at line 72")
M('auto-2128-ops.schema-503-12', 'ops/schema.py',
  "            'inplace': name + '_' if d.inplace is not None else None,\n",
  "            'Inplace': name + '_' if d.inplace is not None else None,\n", 'front-end', note='"\'inplace\'" -> "\'Inplace\'" at line 503')
M('auto-2128-autograd.profiler-92-8', 'autograd/profiler.py',
  '        records = _profiling.disable()\n',
  '        pass\n', 'vjp', note="'records = _profiling.disable()' -> 'pass' at line 92")
M('auto-2128-autograd._functions.__init__-20-25', 'autograd/_functions/__init__.py',
  "    ('Eq', 'eq'), ('Ne', 'ne'), ('Gt', 'gt'), ('Ge', 'ge'), ('Lt', 'lt'), ('Le', 'le'),\n",
  "    ('Eq', 'eq'), ('Ne', 'Ne'), ('Gt', 'gt'), ('Ge', 'ge'), ('Lt', 'lt'), ('Le', 'le'),\n", 'vjp', note='"\'ne\'" -> "\'Ne\'" at line 20')
M('auto-2128-autograd.engine-74-17', 'autograd/engine.py',
  "    __slots__ = ('t',)\n",
  "    __slots__ = ('T',)\n", 'vjp', note='"\'t\'" -> "\'T\'" at line 74')
M('auto-2128-backend_numpy-256-8', 'backend_numpy.py',
  '        return out\n',
  '        pass\n', 'front-end', note="'return out' -> 'pass' at line 256", nth=1)
M('auto-2128-storage-179-12', 'storage.py',
  '            return cls._wrap(self._a.astype(cls._dtype))\n',
  '            pass\n', 'front-end', note="'return cls._wrap(self._a.astype(cls._dtype))' -> 'pass' at line 179")
M('auto-2128-autograd.gradcheck-119-12', 'autograd/gradcheck.py',
  '            flat[i] = orig + eps\n',
  '            pass\n', 'vjp', note="'flat[i] = orig + eps' -> 'pass' at line 119")
M('auto-2128-autograd.engine-115-24', 'autograd/engine.py',
  '        raise TypeError("expected Variable, but hook returned \'%s\'" % tp_name(result))\n',
  '        raise TypeError("Expected Variable, but hook returned \'%s\'" % tp_name(result))\n', 'vjp', note='\'"expected Variable, but hook returned \\\'%s\\\'"\' -> \'"Expected Variable, but hook returned \\\'%s\\\'"\' at line 115')
M('auto-2128-backend_numpy-440-89', 'backend_numpy.py',
  "    return provided.conv_forward(x, w, None, p['stride'], p['padding'], p['dilation'], p['groups'])\n",
  "    return provided.conv_forward(x, w, None, p['stride'], p['padding'], p['dilation'], p['Groups'])\n", 'front-end', note='"\'groups\'" -> "\'Groups\'" at line 440')
M('auto-2128-ops.dispatch-320-12', 'ops/dispatch.py',
  '            e = w._data\n',
  '            pass\n', 'fast path', note="'e = w._data' -> 'pass' at line 320")
M('auto-2128-ops.schema-429-16', 'ops/schema.py',
  '                raise\n',
  '                pass\n', 'front-end', note="'raise' -> 'pass' at line 429", nth=1)
M('auto-2128-ops.dispatch-216-8', 'ops/dispatch.py',
  '        _unquiet(token)\n',
  '        pass\n', 'fast path', note="'_unquiet(token)' -> 'pass' at line 216", nth=2)
M('auto-2128-ops.dispatch-734-8', 'ops/dispatch.py',
  '        _UFUNC_INPLACE_FAST.clear()\n',
  '        pass\n', 'fast path', note="'_UFUNC_INPLACE_FAST.clear()' -> 'pass' at line 734",
  equivalent="the reference-mode switch's clear() before update(): _UFUNC_INPLACE_FAST is a copy of the table made at import and refilled only from it, so it already holds exactly the table's keys")
M('auto-2128-tensor-563-15', 'tensor.py',
  '        if cls is not None:\n',
  '        if cls is None:\n', 'front-end', note="'is not' -> 'is' at line 563")
M('auto-2128-autograd.engine-269-55', 'autograd/engine.py',
  '            if _HOT and type(r) is ndarray and r.shape == shape and r.dtype == dtype:\n',
  '            if _HOT and type(r) is ndarray and r.shape != shape and r.dtype == dtype:\n', 'vjp', note='== -> != at line 269')
M('auto-2128-ops._common-80-45', 'size.py',
  '        db = sb[i - n + nb] if i - n + nb >= 0 else 1\n',
  '        db = sb[i - n + nb] if i - n + nb >= 1 else 1\n', 'front-end', note='0 -> 1 at line 80')
M('auto-2128-ops.creation-391-51', 'ops/creation.py',
  "    return _fill(self, rng.generator_of(generator, 'log_normal_').fill_log_normal,\n",
  "    return _fill(self, rng.generator_of(generator, 'Log_normal_').fill_log_normal,\n", 'front-end', note='"\'log_normal_\'" -> "\'Log_normal_\'" at line 391')
M('auto-2128-autograd.variable-26-4', 'autograd/variable.py',
  "    _repr_title = 'Variable containing:'\n",
  '    pass\n', 'vjp', note='"_repr_title = \'Variable containing:\'" -> \'pass\' at line 26')
M('auto-2128-ops.registry-32-50', 'ops/registry.py',
  "                 'argnames', 'modern', 'samples', 'differentiable', 'extra_outputs',\n",
  "                 'argnames', 'modern', 'samples', 'Differentiable', 'extra_outputs',\n", 'front-end', note='"\'differentiable\'" -> "\'Differentiable\'" at line 32')
M('auto-2128-ops.type_support-105-11', 'ops/type_support.py',
  '        if not info.has_float_math:\n',
  '        if info.has_float_math:\n', 'front-end', note="'not ' -> '' at line 105")
M('auto-2128-storage-212-33', 'storage.py',
  "                raise IndexError('index %d out of range for storage of size %d' % (i, n))\n",
  "                raise IndexError('Index %d out of range for storage of size %d' % (i, n))\n", 'front-end', note='"\'index %d out of range for storage of size %d\'" -> "\'Index %d out of range for storage of size %d\'" at line 212')
M('auto-2128-autograd._profiling-62-12', 'autograd/_profiling.py',
  '            return fn(*args, **kwargs)\n',
  '            pass\n', 'vjp', note="'return fn(*args, **kwargs)' -> 'pass' at line 62", nth=1)
M('auto-2128-storage-529-88', 'storage.py',
  "        return (a.__array_interface__['data'][0] - root.__array_interface__['data'][0]) // a.itemsize\n",
  "        return (a.__array_interface__['data'][0] - root.__array_interface__['data'][0]) / a.itemsize\n", 'front-end', note='// -> / at line 529')
M('auto-2128-ops.schema-179-15', 'ops/schema.py',
  "        return '<Decl %s %s>' % (self.name, sorted(self.forms))\n",
  "        return '<decl %s %s>' % (self.name, sorted(self.forms))\n", 'front-end', note='"\'<Decl %s %s>\'" -> "\'<decl %s %s>\'" at line 179')
M('auto-2128-storage-347-30', 'storage.py',
  "        '_typename': 'torch.' + name,\n",
  "        '_typename': 'torch.' - name,\n", 'front-end', note='+ -> - at line 347')
M('auto-2128-backend_numpy-311-4', 'backend_numpy.py',
  '    return a[tuple(slice(None) if d == dim else slice(0, index.shape[d]) for d in range(a.ndim))]\n',
  '    pass\n', 'front-end', note="'return a[tuple(slice(None) if d == dim else slice(0, index.shape[d]) for d in range(a.ndim))]' -> 'pass' at line 311")
M('auto-2128-autograd.engine-41-0', 'autograd/engine.py',
  '_new_obj = object.__new__\n',
  'pass\n', 'vjp', note="'_new_obj = object.__new__' -> 'pass' at line 41")

# ---- sample 2129 (session 21, a measurement of the op-formula files: drawn and run at 43a22de,
# AUTO_MUTANTS_SEED=2129 COUNT=40 KINDS=all, --jobs 1), measured before any test written for it:
# 34 of 40 killed by the subsets, two more by test_parity_registry.py (a conv sample's dilation,
# max_pool1d's sample front-end); 3 equivalent; 1 real survivor (log_sigmoid's float check), now
# killed by test_wide_kills_s21.py: 36 of 37
M('auto-2129-ops.nn_ops-575-59', 'ops/nn_ops.py',
  "    grad_fn='KlDivBackward', save_inputs=(0, 1), argnames=('self', 'target'),\n",
  "    grad_fn='KlDivBackward', save_inputs=(0, 1), argnames=('Self', 'target'),\n", 'op formula', note='"\'self\'" -> "\'Self\'" at line 575',
  equivalent='argnames[0] of a registry op names the reference operand: never shown (as auto-2121-ops.rnn_ops-901-15)')
M('auto-2129-ops.nn_loss_ops-148-4', 'ops/nn_loss_ops.py',
  '    is_target, pairs = _multilabel_sets(target, dim)\n',
  '    pass\n', 'op formula', note="'is_target, pairs = _multilabel_sets(target, dim)' -> 'pass' at line 148")
M('auto-2129-ops.reduction-879-18', 'ops/reduction.py',
  '    before = seen == 0\n',
  '    before = seen != 0\n', 'front-end', note='== -> != at line 879')
M('auto-2129-nn._functional_volumetric-153-82', 'nn/_functional_volumetric.py',
  '        y = _F2.conv_transpose2d(slabs, weight[:, :, k], None, st[1:], pd[1:], op[1:], groups,\n',
  '        y = _F2.conv_transpose2d(slabs, weight[:, :, k], None, st[1:], pd[1:], op[2:], groups,\n', 'op formula', note='1 -> 2 at line 153')
M('auto-2129-ops.apply_ops-43-24', 'ops/apply_ops.py',
  "        raise TypeError('%s(): expected a tensor, got %s' % (name, errors.legacy_typename(src)))\n",
  "        raise TypeError('%S(): expected a tensor, got %s' % (name, errors.legacy_typename(src)))\n", 'front-end', note='"\'%s(): expected a tensor, got %s\'" -> "\'%S(): expected a tensor, got %s\'" at line 43')
M('auto-2129-ops.shape-879-8', 'ops/shape.py',
  '        return self\n',
  '        pass\n', 'front-end', note="'return self' -> 'pass' at line 879", nth=2)
M('auto-2129-ops.pointwise-575-26', 'ops/pointwise.py',
  '    return (g * (-(y * y) + 1),)\n',
  '    return (g * (-(y * y) - 1),)\n', 'front-end', note='+ -> - at line 575')
M('auto-2129-ops.conv_ops-1587-66', 'ops/conv_ops.py',
  '        k, s, p, d = r.int(1, 3), r.int(1, 2), r.int(0, 1), r.int(1, 2)\n',
  '        k, s, p, d = r.int(1, 3), r.int(1, 2), r.int(0, 1), r.int(0, 2)\n', 'op formula', note='1 -> 0 at line 1587')
M('auto-2129-ops.nn_ops-717-29', 'ops/nn_ops.py',
  '    return np.moveaxis(x, 1, -1).reshape(-1, c), n\n',
  '    return np.moveaxis(x, 1, 0).reshape(-1, c), n\n', 'op formula', note='-1 -> 0 at line 717')
M('auto-2129-ops.shape-391-26', 'ops/shape.py',
  '    after[dim] = dim_size - offset - a.shape[dim]\n',
  '    after[dim] = dim_size + offset - a.shape[dim]\n', 'front-end', note='- -> + at line 391')
M('auto-2129-ops.reduction-785-4', 'ops/reduction.py',
  "    return (_norm_grad(B, ctx.inputs[0], g, norm, p['p'], dim),)\n",
  '    pass\n', 'front-end', note='"return (_norm_grad(B, ctx.inputs[0], g, norm, p[\'p\'], dim),)" -> \'pass\' at line 785')
M('auto-2129-nn.functional-137-4', 'nn/functional.py',
  "    _need_float(input, 'log_sigmoid')\n",
  '    pass\n', 'op formula', note='"_need_float(input, \'log_sigmoid\')" -> \'pass\' at line 137')
M('auto-2129-ops.conv_ops-1266-23', 'ops/conv_ops.py',
  '    xs = ctx.shapes[0][0]\n',
  '    xs = ctx.shapes[0][1]\n', 'op formula', note='0 -> 1 at line 1266')
M('auto-2129-ops.pointwise-329-4', 'ops/pointwise.py',
  '    thresh = 10.0 + 2 * n\n',
  '    pass\n', 'front-end', note="'thresh = 10.0 + 2 * n' -> 'pass' at line 329")
M('auto-2129-ops.conv_ops-829-79', 'ops/conv_ops.py',
  "    return (ctx.B.pool_scatter(g, p['index'], ctx.shapes[0][0], p['nd'], p.get('unique', False)),)\n",
  "    return (ctx.B.pool_scatter(g, p['index'], ctx.shapes[0][0], p['nd'], p.get('Unique', False)),)\n", 'op formula', note='"\'unique\'" -> "\'Unique\'" at line 829',
  equivalent='pool_scatter without its unique hint takes the bincount route: each output element gets the one gradient its index names (float64 sum of one term, cast back exactly), the same values as the direct assignment')
M('auto-2129-ops.indexing-1014-29', 'ops/indexing.py',
  '            else allow_value and isinstance(source, numbers.Number)\n',
  '            else allow_value or isinstance(source, numbers.Number)\n', 'front-end', note="'and' -> 'or' at line 1014")
M('auto-2129-ops.shape-290-34', 'ops/shape.py',
  "                         ('char', 'CharTensor'), ('byte', 'ByteTensor')):\n",
  "                         ('char', 'charTensor'), ('byte', 'ByteTensor')):\n", 'front-end', note='"\'CharTensor\'" -> "\'charTensor\'" at line 290')
M('auto-2129-ops.rnn_ops-207-4', 'ops/rnn_ops.py',
  '    np.reciprocal(out, out)\n',
  '    pass\n', 'op formula', note="'np.reciprocal(out, out)' -> 'pass' at line 207")
M('auto-2129-ops.shape-702-4', 'ops/shape.py',
  '    t = tensor_of(self)\n',
  '    pass\n', 'front-end', note="'t = tensor_of(self)' -> 'pass' at line 702", nth=6)
M('auto-2129-ops.pointwise-647-14', 'ops/pointwise.py',
  '            g * t2 * v if ctx.needs[1] else None,\n',
  '            g + t2 * v if ctx.needs[1] else None,\n', 'front-end', note='* -> + at line 647')
M('auto-2129-ops.conv_ops-221-45', 'ops/conv_ops.py',
  '    strides_w = (sc, (si if nk_h > 1 else 0) + dh * sy, (sj if nk_w > 1 else 0) + dw * sx) + tail\n',
  '    strides_w = (sc, (si if nk_h > 1 else 0) - dh * sy, (sj if nk_w > 1 else 0) + dw * sx) + tail\n', 'op formula', note='+ -> - at line 221')
M('auto-2129-ops.conv_ops-1660-64', 'ops/conv_ops.py',
  '    legacy=lambda L, x, **p: _F(L).max_pool1d(x, return_indices=True, **p))\n',
  '    legacy=lambda L, x, **p: _F(L).max_pool1d(x, return_indices=False, **p))\n', 'op formula', note="'True' -> 'False' at line 1660")
M('auto-2129-ops.pointwise-434-43', 'ops/pointwise.py',
  '        return _clamp_one_bound(a, max, np.minimum)\n',
  '        return _clamp_one_bound(a, max, np.maximum)\n', 'front-end', note="'minimum' -> 'maximum' at line 434")
M('auto-2129-ops.indexing-312-19', 'ops/indexing.py',
  '            if e < -size or e >= size:\n',
  '            if e < +size or e >= size:\n', 'front-end', note='- -> + at line 312')
M('auto-2129-ops.conv_ops-376-4', 'ops/conv_ops.py',
  '    oh, ow = _conv_geometry(x4.shape, w4.shape, stride, padding, dilation)\n',
  '    pass\n', 'op formula', note="'oh, ow = _conv_geometry(x4.shape, w4.shape, stride, padding, dilation)' -> 'pass' at line 376")
M('auto-2129-ops.nn_ops-963-29', 'ops/nn_ops.py',
  "                         (np.log1p(np.exp(arrays[0].astype(np.float64) * p['beta']))\n",
  "                         (np.log(np.exp(arrays[0].astype(np.float64) * p['beta']))\n", 'op formula', note="'log1p' -> 'log' at line 963")
M('auto-2129-nn._functional_activation-82-24', 'nn/_functional_activation.py',
  "    _float_input(input, 'rrelu')\n",
  "    _float_input(input, 'Rrelu')\n", 'op formula', note='"\'rrelu\'" -> "\'Rrelu\'" at line 82')
M('auto-2129-ops.conv_ops-1352-64', 'ops/conv_ops.py',
  "              'mean': mean, 'invstd': invstd, 'affine': (weight is not None, bias is not None)}\n",
  "              'mean': mean, 'invstd': invstd, 'affine': (weight is None, bias is not None)}\n", 'op formula', note="'is not' -> 'is' at line 1352")
M('auto-2129-ops.nn_ops-310-40', 'ops/nn_ops.py',
  '    s = _wide(z).sum(axis=dim, keepdims=True)\n',
  '    s = _wide(z).sum(axis=dim, keepdims=False)\n', 'op formula', note="'True' -> 'False' at line 310")
M('auto-2129-ops.nn_ops-223-4', 'ops/nn_ops.py',
  '    x = ctx.inputs[0]\n',
  '    pass\n', 'op formula', note="'x = ctx.inputs[0]' -> 'pass' at line 223", nth=0)
M('auto-2129-ops.bitwise_ops-29-13', 'ops/bitwise_ops.py',
  '        if b is None:\n',
  '        if b is not None:\n', 'front-end', note='is -> is not at line 29')
M('auto-2129-ops.reduction-663-8', 'ops/reduction.py',
  '        return fn(x, dim, correction=int(unbiased), keepdim=keepdim)\n',
  '        pass\n', 'front-end', note="'return fn(x, dim, correction=int(unbiased), keepdim=keepdim)' -> 'pass' at line 663")
M('auto-2129-ops.conv_ops-397-45', 'ops/conv_ops.py',
  '    return out.reshape((n, o, ow)) if x.ndim == 3 else out\n',
  '    return out.reshape((n, o, ow)) if x.ndim != 3 else out\n', 'op formula', note='== -> != at line 397')
M('auto-2129-nn._functional_vision-123-8', 'nn/_functional_vision.py',
  '        out = tuple(size)\n',
  '        pass\n', 'op formula', note="'out = tuple(size)' -> 'pass' at line 123")
M('auto-2129-ops.conv_ops-925-36', 'ops/conv_ops.py',
  '    k_off = (np.arange(kh)[:, None] * (dh * w) + np.arange(kw)[None, :] * dw).reshape(-1)\n',
  '    k_off = (np.arange(kh)[:, None] + (dh * w) + np.arange(kw)[None, :] * dw).reshape(-1)\n', 'op formula', note='* -> + at line 925')
M('auto-2129-ops.rnn_ops-769-22', 'ops/rnn_ops.py',
  '    if len(_shape(x)) != 2:\n',
  '    if len(_shape(x)) == 2:\n', 'op formula', note='!= -> == at line 769')
M('auto-2129-nn._functional_embedding_bag-83-12', 'nn/_functional_embedding_bag.py',
  '            size[-1, 0] = idx.shape[0] - off[-1]\n',
  '            pass\n', 'op formula', note="'size[-1, 0] = idx.shape[0] - off[-1]' -> 'pass' at line 83")
M('auto-2129-ops.rnn_ops-727-4', 'ops/rnn_ops.py',
  "    dc = K.rows(g, N + B, B) if mode == 'LSTM' else None\n",
  '    pass\n', 'op formula', note='"dc = K.rows(g, N + B, B) if mode == \'LSTM\' else None" -> \'pass\' at line 727')
M('auto-2129-ops.shape-220-58', 'ops/shape.py',
  "    lambda ctx, g: (ctx.B.permute(g, _inv_perm(ctx.params['dims'])),),\n",
  "    lambda ctx, g: (ctx.B.permute(g, _inv_perm(ctx.params['Dims'])),),\n", 'front-end', note='"\'dims\'" -> "\'Dims\'" at line 220')
M('auto-2129-ops.conv_ops-1632-63', 'ops/conv_ops.py',
  '    shape = r.choice([(r.int(3, 5), c), (r.int(2, 3), c, r.int(2, 3)),\n',
  '    shape = r.choice([(r.int(3, 5), c), (r.int(2, 3), c, r.int(3, 3)),\n', 'op formula', note='2 -> 3 at line 1632',
  equivalent="a batch-norm parity sample's size range (test input data, the same on both sides)")

# ---- sample 2130 (session 21, a measurement of the front-end files: drawn and run at 43038b3,
# AUTO_MUTANTS_SEED=2130 COUNT=40 KINDS=all, --jobs 1), measured before any test written for it:
# 32 of 40 killed by the subsets; 4 equivalent; 4 real or unargued survivors: the internal
# IndexAddBackward name (now killed by test_wide_kills_s21.py), and three left open at the end of
# session 21 and killed in session 22 by test_wide_kills_s22.py: profiler.py's end of an unpopped
# event (line 288; the event is now dropped, as 0.3.1 dropped it), storage.py's storage_offset_of
# test (line 523), the legacy backward's copy of a writable gradient (function.py 519): 32 of 36
M('auto-2130-autograd.profiler-194-8', 'autograd/profiler.py',
  '        self.start = start\n',
  '        pass\n', 'vjp', note="'self.start = start' -> 'pass' at line 194")
M('auto-2130-tensor-461-48', 'tensor.py',
  "    if arr.dtype == object or arr.dtype.kind in 'USV':\n",
  "    if arr.dtype == object or arr.dtype.kind in 'uSV':\n", 'front-end', note='"\'USV\'" -> "\'uSV\'" at line 461', nth=1,
  equivalent="strings are refused before this branch (probed: ['1', '2'], [['1', '2']], ['a'], [1, '2'] give the same 'found an item of type str' texts with and without the edit); an unsigned-int array taking the branch gets the same float64 values")
M('auto-2130-autograd.engine-255-12', 'autograd/engine.py',
  '            _unpack_saved(node)\n',
  '            pass\n', 'vjp', note="'_unpack_saved(node)' -> 'pass' at line 255", nth=0)
M('auto-2130-ops.backend_variable-227-12', 'ops/backend_variable.py',
  "    grad_fn='IndexAddBackward', argnames=('source',),\n",
  "    grad_fn='indexAddBackward', argnames=('source',),\n", 'front-end', note='"\'IndexAddBackward\'" -> "\'indexAddBackward\'" at line 227')
M('auto-2130-ops.creation-236-33', 'ops/creation.py',
  "    steps = _args.int_arg(steps, 'logspace', 'steps', 3)\n",
  "    steps = _args.int_arg(steps, 'Logspace', 'steps', 3)\n", 'front-end', note='"\'logspace\'" -> "\'Logspace\'" at line 236')
M('auto-2130-autograd.engine-105-4', 'autograd/engine.py',
  "    return name if isinstance(name, str) else '<unknown>'\n",
  '    pass\n', 'vjp', note='"return name if isinstance(name, str) else \'<unknown>\'" -> \'pass\' at line 105')
M('auto-2130-ops.dispatch-502-13', 'ops/dispatch.py',
  '        if s != 1 and s != d:\n',
  '        if s == 1 and s != d:\n', 'fast path', note='!= -> == at line 502',
  equivalent="the in-place table's broadcast test inverted (as auto-2119-ops.dispatch-502-24): operands it now sends to the general route give the same values there, and the ones it now lets through are refused by check_broadcast before")
M('auto-2130-autograd.__init__-89-11', 'autograd/__init__.py',
  '        if not g._volatile:\n',
  '        if g._volatile:\n', 'vjp', note="'not ' -> '' at line 89")
M('auto-2130-autograd.__init__-77-89', 'autograd/__init__.py',
  "            raise RuntimeError('element %d of gradients tuple is not a Variable or None' % i)\n",
  "            raise RuntimeError('element %d of gradients tuple is not a Variable or None' // i)\n", 'vjp', note='% -> // at line 77')
M('auto-2130-ops.arithmetic-230-12', 'ops/arithmetic.py',
  "            return run(scalar_op, [self], {'other': scalar_for(self, value)})\n",
  '            pass\n', 'front-end', note='"return run(scalar_op, [self], {\'other\': scalar_for(self, value)})" -> \'pass\' at line 230')
M('auto-2130-autograd._profiling-40-43', 'autograd/_profiling.py',
  "                      'ndimension', 'cpu', 'cuda', 'numpy'])\n",
  "                      'ndimension', 'cpu', 'Cuda', 'numpy'])\n", 'vjp', note='"\'cuda\'" -> "\'Cuda\'" at line 40',
  equivalent="'cuda' in the profiler's list of non-ops: Variable.cuda is not an op front-end (not from a legacy_autograd.ops module), so the profiler never wraps it either way")
M('auto-2130-storage-52-53', 'storage.py',
  '                             % (type(self)._typename or type(self).__name__, name))\n',
  '                             % (type(self)._typename and type(self).__name__, name))\n', 'front-end', note='or -> and at line 52')
M('auto-2130-autograd._profiling-46-36', 'autograd/_profiling.py',
  "    if attr.startswith('_') or attr in _NOT_OPS:\n",
  "    if attr.startswith('_') or attr not in _NOT_OPS:\n", 'vjp', note='in -> not in at line 46')
M('auto-2130-autograd.engine-455-83', 'autograd/engine.py',
  '                        elif len(saved) == 2 and saved[0] is not None and saved[1] is not None:\n',
  '                        elif len(saved) == 2 and saved[0] is not None and saved[1] is None:\n', 'vjp', note="'is not' -> 'is' at line 455",
  equivalent='no two-input op saves only its first input (registry probe), so a saved pair with a None second never reaches the inline unpacking; with both present the edit sends the pair to _unpack_saved, which unpacks the same')
M('auto-2130-ops.arithmetic-231-7', 'ops/arithmetic.py',
  '    if not is_tensorlike(other):\n',
  '    if is_tensorlike(other):\n', 'front-end', note="'not ' -> '' at line 231")
M('auto-2130-tensor-60-18', 'tensor.py',
  '        if n == 1 and isinstance(first, Size):\n',
  '        if n == 1 or isinstance(first, Size):\n', 'front-end', note="'and' -> 'or' at line 60")
M('auto-2130-ops._args-155-28', 'ops/_args.py',
  '                            "of type %s at pos %d" % (fname, argname, errors.tp_name(x), i + 1))\n',
  '                            "Of type %s at pos %d" % (fname, argname, errors.tp_name(x), i + 1))\n', 'front-end', note='\'"of type %s at pos %d"\' -> \'"Of type %s at pos %d"\' at line 155')
M('auto-2130-ops.arithmetic-263-46', 'ops/arithmetic.py',
  "                                  {} if alpha is _NO else {'alpha': alpha})\n",
  "                                  {} if alpha is not _NO else {'alpha': alpha})\n", 'front-end', note='is -> is not at line 263')
M('auto-2130-autograd.function-295-34', 'autograd/function.py',
  '        executable = requires and not volatile\n',
  '        executable = requires and volatile\n', 'vjp', note="'not ' -> '' at line 295", nth=1)
M('auto-2130-autograd.function-269-16', 'autograd/function.py',
  '                needs.append(r)\n',
  '                pass\n', 'vjp', note="'needs.append(r)' -> 'pass' at line 269")
M('auto-2130-tensor-573-25', 'tensor.py',
  "        raise ValueError('invalid type: %r' % (t,))\n",
  "        raise ValueError('Invalid type: %r' % (t,))\n", 'front-end', note='"\'invalid type: %r\'" -> "\'Invalid type: %r\'" at line 573')
M('auto-2130-autograd.gradcheck-138-12', 'autograd/gradcheck.py',
  '            zero_gradients(input)\n',
  '            pass\n', 'vjp', note="'zero_gradients(input)' -> 'pass' at line 138")
M('auto-2130-ops.half-39-45', 'ops/half.py',
  "    '__rsub__': 'fill_', '__isub__': 'sub_', '__mul__': 'mul', '__rmul__': 'mul',\n",
  "    '__rsub__': 'fill_', '__isub__': 'sub_', '__Mul__': 'mul', '__rmul__': 'mul',\n", 'front-end', note='"\'__mul__\'" -> "\'__Mul__\'" at line 39')
# auto-2130-autograd.profiler-288-8 (evt.end = last -> pass): gone with its line: an event still open at the
# stop mark is now left out, as 0.3.1 left it (test_wide_kills_s22.py)
M('auto-2130-ops.arithmetic-514-29', 'ops/arithmetic.py',
  '            else type(other) in TENSOR_CLASS_SET):\n',
  '            else type(other) not in TENSOR_CLASS_SET):\n', 'front-end', note='in -> not in at line 514')
M('auto-2130-autograd.engine-442-12', 'autograd/engine.py',
  '            has_saved = node.has_saved\n',
  '            pass\n', 'vjp', note="'has_saved = node.has_saved' -> 'pass' at line 442")
M('auto-2130-storage-523-51', 'storage.py',
  '    if token is not held and held.dtype == a.dtype and held.ndim == 1 \\\n',
  '    if token is not held and held.dtype == a.dtype or held.ndim == 1 \\\n', 'front-end', note="'and' -> 'or' at line 523", nth=1)
M('auto-2130-ops._common-79-42', 'size.py',
  '        da = sa[i - n + na] if i - n + na >= 0 else 1\n',
  '        da = sa[i - n + na] if i - n + na > 0 else 1\n', 'front-end', note='>= -> > at line 79')
M('auto-2130-tensor-75-12', 'tensor.py',
  '            return\n',
  '            pass\n', 'front-end', note="'return' -> 'pass' at line 75", nth=5)
M('auto-2130-tensor-118-22', 'tensor.py',
  '            if a.size == 0:\n',
  '            if a.size != 0:\n', 'front-end', note='== -> != at line 118')
M('auto-2130-tensor-372-4', 'tensor.py',
  '    return not isinstance(x, (str, bytes))\n',
  '    pass\n', 'front-end', note="'return not isinstance(x, (str, bytes))' -> 'pass' at line 372")
M('auto-2130-autograd.engine-146-15', 'autograd/engine.py',
  '        if res is None:\n',
  '        if res is not None:\n', 'vjp', note='is -> is not at line 146', nth=1)
M('auto-2130-ops.schema-376-22', 'ops/schema.py',
  "        passed.append('*' + varargs)\n",
  "        passed.append('*X' + varargs)\n", 'front-end', note='"\'*\'" -> "\'*X\'" at line 376')
M('auto-2130-autograd._functions.utils-10-31', 'autograd/_functions/utils.py',
  '    paddings = list(pad[:]) + [0] * (dim * 2 - len(pad))\n',
  '    paddings = list(pad[:]) + [1] * (dim * 2 - len(pad))\n', 'vjp', note='0 -> 1 at line 10')
M('auto-2130-ops.surface-35-12', 'ops/surface.py',
  '    if name is not None and name != fn.__name__:\n',
  '    if name is None and name != fn.__name__:\n', 'front-end', note="'is not' -> 'is' at line 35")
M('auto-2130-ops.dispatch-361-79', 'ops/dispatch.py',
  '    if type(result) is _ndarray and result.dtype is cls._dtype and result.ndim and result.size:\n',
  '    if type(result) is _ndarray and result.dtype is cls._dtype and result.ndim or result.size:\n', 'fast path', note="'and' -> 'or' at line 361", nth=1)
M('auto-2130-autograd.function-701-12', 'autograd/function.py',
  '            return v\n',
  '            pass\n', 'vjp', note="'return v' -> 'pass' at line 701")
M('auto-2130-dtypes-28-13', 'dtypes.py',
  "    TypeInfo('Double', np.float64, True, True),\n",
  "    TypeInfo('double', np.float64, True, True),\n", 'front-end', note='"\'Double\'" -> "\'double\'" at line 28')
M('auto-2130-ops.arithmetic-210-40', 'ops/arithmetic.py',
  '    if alpha is not None and type(self) is Variable and not is_number(alpha):\n',
  '    if alpha is not None and type(self) is not Variable and not is_number(alpha):\n', 'front-end', note='is -> is not at line 210')
M('auto-2130-autograd.function-519-15', 'autograd/function.py',
  '            if not g.flags.writeable:\n',
  '            if g.flags.writeable:\n', 'vjp', note="'not ' -> '' at line 519")

# ---- sample 2131 (session 21, a measurement of the op-formula files: drawn and run at 43038b3,
# AUTO_MUTANTS_SEED=2131 COUNT=40 KINDS=all, --jobs 1), measured before any test written for it:
# 35 of 40 killed by the subsets; 3 equivalent; 2 real survivors, now killed by
# test_wide_kills_s21.py: max_unpool's default size with padding, cross's gradient for a second
# operand alone: 35 of 37
M('auto-2131-nn._functional_volumetric-590-30', 'nn/_functional_volumetric.py',
  '        rows = seq_h[:, None] + np.arange(kh)[None, :]          # (oh, kh)\n',
  '        rows = seq_h[:, None] - np.arange(kh)[None, :]          # (oh, kh)\n', 'op formula', note='+ -> - at line 590')
M('auto-2131-nn._functional_schema-417-10', 'nn/_functional_schema.py',
  "    fdecl('multi_margin_loss', (_loss_ops.MULTI_MARGIN_LOSS,), (\n",
  "    fdecl('Multi_margin_loss', (_loss_ops.MULTI_MARGIN_LOSS,), (\n", 'op formula', note='"\'multi_margin_loss\'" -> "\'Multi_margin_loss\'" at line 417')
M('auto-2131-nn._functional_activation-117-13', 'nn/_functional_activation.py',
  '    if p < 0 or p > 1:\n',
  '    if p < 0 and p > 1:\n', 'op formula', note='or -> and at line 117')
M('auto-2131-nn._functional_volumetric-475-4', 'nn/_functional_volumetric.py',
  '    idx = np.asarray(index, dtype=np.int64)\n',
  '    pass\n', 'op formula', note="'idx = np.asarray(index, dtype=np.int64)' -> 'pass' at line 475")
M('auto-2131-ops.nn_loss_ops-201-8', 'ops/nn_loss_ops.py',
  '        k = r.int(0, dim)                      # k targets, then -1 (or none left)\n',
  '        pass                      # k targets, then -1 (or none left)\n', 'op formula', note="'k = r.int(0, dim)' -> 'pass' at line 201")
M('auto-2131-nn._functional_volumetric-359-4', 'nn/_functional_volumetric.py',
  "    return call(_ADAPTIVE_AVG1D[0], [input], {'mats': (_adaptive_avg_matrix(a.shape[-1], out[0]),)})\n",
  '    pass\n', 'op formula', note='"return call(_ADAPTIVE_AVG1D[0], [input], {\'mats\': (_adaptive_avg_matrix(a.shape[-1], out[0]),)})" -> \'pass\' at line 359')
M('auto-2131-ops.shape-411-27', 'ops/shape.py',
  "        raise RuntimeError('unnarrow() cannot be applied to a 0-dim tensor.')\n",
  "        raise RuntimeError('Unnarrow() cannot be applied to a 0-dim tensor.')\n", 'front-end', note='"\'unnarrow() cannot be applied to a 0-dim tensor.\'" -> "\'Unnarrow() cannot be applied to a 0-dim tensor.\'" at line 411')
M('auto-2131-ops.conv_ops-745-33', 'ops/conv_ops.py',
  '                           % (xs[1], xs[2], xs[3], os_[1], os_[2], os_[3]))\n',
  '                           % (xs[2], xs[2], xs[3], os_[1], os_[2], os_[3]))\n', 'op formula', note='1 -> 2 at line 745')
M('auto-2131-ops.nn_loss_ops-203-19', 'ops/nn_loss_ops.py',
  '        if k < dim and r.bool():     # what follows the first -1 is never read\n',
  '        if k < dim or r.bool():     # what follows the first -1 is never read\n', 'op formula', note="'and' -> 'or' at line 203",
  equivalent="a multilabel-margin parity sample's target layout (test input data, the same on both sides)")
M('auto-2131-ops.shape-890-44', 'ops/shape.py',
  '            if storage_offset not in (None, 0):\n',
  '            if storage_offset not in (None, 1):\n', 'front-end', note='0 -> 1 at line 890')
M('auto-2131-ops.pointwise-665-31', 'ops/pointwise.py',
  "    ('abs', np.abs, _abs_back, 'AbsBackward', 'input', False),\n",
  "    ('abs', np.abs, _abs_back, 'absBackward', 'input', False),\n", 'front-end', note='"\'AbsBackward\'" -> "\'absBackward\'" at line 665')
M('auto-2131-ops.rnn_ops-750-4', 'ops/rnn_ops.py',
  '    return tuple(grads)\n',
  '    pass\n', 'op formula', note="'return tuple(grads)' -> 'pass' at line 750", nth=1)
M('auto-2131-ops.pointwise-671-22', 'ops/pointwise.py',
  "    ('sin', _quiet(np.sin), _sin_back, 'SinBackward', 'input', True),\n",
  "    ('sin', _quiet(np.cos), _sin_back, 'SinBackward', 'input', True),\n", 'front-end', note="'sin' -> 'cos' at line 671")
M('auto-2131-ops.nn_loss_ops-179-72', 'ops/nn_loss_ops.py',
  "    grad_fn='MultilabelMarginLossBackward', save_inputs=(0,), argnames=('self',),\n",
  "    grad_fn='MultilabelMarginLossBackward', save_inputs=(0,), argnames=('Self',),\n", 'op formula', note='"\'self\'" -> "\'Self\'" at line 179',
  equivalent='argnames[0] of a registry op names the reference operand: never shown')
M('auto-2131-ops.conv_ops-911-13', 'ops/conv_ops.py',
  '    arg = np.maximum.reduce(np.multiply(stack == best, _descending(kk, wdt)), axis=0)  # kk - 1st k\n',
  '    arg = np.minimum.reduce(np.multiply(stack == best, _descending(kk, wdt)), axis=0)  # kk - 1st k\n', 'op formula', note="'maximum' -> 'minimum' at line 911")
M('auto-2131-ops.indexing-1153-45', 'ops/indexing.py',
  "    'nonzero', _nonzero_fwd, None, argnames=('self',),\n",
  "    'nonzero', _nonzero_fwd, None, argnames=('Self',),\n", 'front-end', note='"\'self\'" -> "\'Self\'" at line 1153')
M('auto-2131-ops.lapack-356-4', 'ops/lapack.py',
  "    _float_only(self, 'trtrs')\n",
  '    pass\n', 'front-end', note='"_float_only(self, \'trtrs\')" -> \'pass\' at line 356')
M('auto-2131-ops.nn_ops-124-4', 'ops/nn_ops.py',
  "    'threshold', _threshold_fwd, _threshold_back,\n",
  "    'Threshold', _threshold_fwd, _threshold_back,\n", 'op formula', note='"\'threshold\'" -> "\'Threshold\'" at line 124')
M('auto-2131-ops.pointwise-510-4', 'ops/pointwise.py',
  '    return (ctx.B.zeros(ctx.shapes[0][0], g),)\n',
  '    pass\n', 'front-end', note="'return (ctx.B.zeros(ctx.shapes[0][0], g),)' -> 'pass' at line 510")
M('auto-2131-ops.conv_ops-447-46', 'ops/conv_ops.py',
  '                part = conv_weight_grad(x[i:i + step], g[i:i + step], w_shape, stride, padding,\n',
  '                part = conv_weight_grad(x[i:i - step], g[i:i + step], w_shape, stride, padding,\n', 'op formula', note='+ -> - at line 447')
M('auto-2131-ops.conv_ops-290-8', 'ops/conv_ops.py',
  '        s0, s1, s2, s3 = xp.strides                                     # (N, C, H, W)\n',
  '        pass                                     # (N, C, H, W)\n', 'op formula', note="'s0, s1, s2, s3 = xp.strides' -> 'pass' at line 290")
M('auto-2131-ops.bitwise_ops-56-32', 'ops/bitwise_ops.py',
  "    ('__xor__', np.bitwise_xor, False, None, lambda torch, x, y: x ^ y),\n",
  "    ('__xor__', np.bitwise_xor, True, None, lambda torch, x, y: x ^ y),\n", 'front-end', note="'False' -> 'True' at line 56")
M('auto-2131-ops.blas_ops-262-57', 'ops/blas_ops.py',
  '    return tuple(errors.fmt_sizes(x.shape) for x in (c,) + operands)\n',
  '    return tuple(errors.fmt_sizes(x.shape) for x in (c,) - operands)\n', 'front-end', note='+ -> - at line 262')
M('auto-2131-ops.blas_ops-369-8', 'ops/blas_ops.py',
  "        raise RuntimeError('inconsistent tensor dimension %dD, %dD' % (a.ndim, b.ndim))\n",
  '        pass\n', 'front-end', note='"raise RuntimeError(\'inconsistent tensor dimension %dD, %dD\' % (a.ndim, b.ndim))" -> \'pass\' at line 369')
M('auto-2131-ops.lapack-547-30', 'ops/lapack.py',
  '    if array_of(self).ndim == 1:\n',
  '    if array_of(self).ndim == 0:\n', 'front-end', note='1 -> 0 at line 547', nth=3)
M('auto-2131-ops.rnn_ops-85-8', 'ops/rnn_ops.py',
  '        offs, order, N = _layout(batch_sizes, reverse)\n',
  '        pass\n', 'op formula', note="'offs, order, N = _layout(batch_sizes, reverse)' -> 'pass' at line 85", nth=0)
M('auto-2131-ops.reduction-182-13', 'ops/reduction.py',
  '    return r[0].item()\n',
  '    return r[1].item()\n', 'front-end', note='0 -> 1 at line 182')
M('auto-2131-ops.shape-478-58', 'ops/shape.py',
  "    grad_fn='UnfoldBackward', argnames=('self',), is_view=True,\n",
  "    grad_fn='UnfoldBackward', argnames=('self',), is_view=False,\n", 'front-end', note="'True' -> 'False' at line 478")
M('auto-2131-ops.rnn_ops-331-11', 'ops/rnn_ops.py',
  '        np.add(hyt, nt, hyt)                       # n + z * (h - n)\n',
  '        np.subtract(hyt, nt, hyt)                       # n + z * (h - n)\n', 'op formula', note="'add' -> 'subtract' at line 331")
M('auto-2131-nn._functional_volumetric-448-83', 'nn/_functional_volumetric.py',
  '        default_size.append((input_size[d + 2] - 1) * stride[d] + kernel_size[d] - 2 * padding[d])\n',
  '        default_size.append((input_size[d + 2] - 1) * stride[d] + kernel_size[d] - 3 * padding[d])\n', 'op formula', note='2 -> 3 at line 448')
M('auto-2131-ops.blas_ops-156-46', 'ops/blas_ops.py',
  '            _cross_np(g, a, dim) if ctx.needs[1] else None)\n',
  '            _cross_np(g, a, dim) if ctx.needs[0] else None)\n', 'front-end', note='1 -> 0 at line 156')
M('auto-2131-ops.conv_ops-604-8', 'ops/conv_ops.py',
  '        gx = _conv_to(B, g, w, p, out_shape, ws, xs)\n',
  '        pass\n', 'op formula', note="'gx = _conv_to(B, g, w, p, out_shape, ws, xs)' -> 'pass' at line 604")
M('auto-2131-ops.blas_ops-221-8', 'ops/blas_ops.py',
  '        _args.tensor_arg(a, name, kernel.argnames[1], 1)\n',
  '        pass\n', 'front-end', note="'_args.tensor_arg(a, name, kernel.argnames[1], 1)' -> 'pass' at line 221",
  equivalent="the add* products' check of mat1: _beta_alpha_args refuses a non-tensor operand first (probed: addmm/addmv/addr with a string first operand, tensor and Variable, method and function: the same texts with and without the line)")
M('auto-2131-ops.reduction-258-80', 'ops/reduction.py',
  "    grad_fn='torch.autograd.function.ProdBackward', save_inputs=(0,), argnames=('self',),\n",
  "    grad_fn='torch.autograd.function.ProdBackward', save_inputs=(0,), argnames=('Self',),\n", 'front-end', note='"\'self\'" -> "\'Self\'" at line 258', nth=0)
M('auto-2131-ops.rnn_ops-770-8', 'ops/rnn_ops.py',
  '        arrays[0] = rows(x, _shape(x)[-1])\n',
  '        pass\n', 'op formula', note="'arrays[0] = rows(x, _shape(x)[-1])' -> 'pass' at line 770")
M('auto-2131-ops.lapack-743-44', 'ops/lapack.py',
  '    if c.shape[0 if left else 1] != a.shape[0]:\n',
  '    if c.shape[0 if left else 1] != a.shape[1]:\n', 'front-end', note='0 -> 1 at line 743')
M('auto-2131-nn._functional_vision-225-63', 'nn/_functional_vision.py',
  '            xs, ys = np.clip(xc, 0, IW - 1), np.clip(yc, 0, IH - 1)\n',
  '            xs, ys = np.clip(xc, 0, IW - 1), np.clip(yc, 0, IH + 1)\n', 'op formula', note='- -> + at line 225')
M('auto-2131-ops.pointwise-922-7', 'ops/pointwise.py',
  '    if not isinstance(self, Variable) and not (\n',
  '    if isinstance(self, Variable) and not (\n', 'front-end', note="'not ' -> '' at line 922")
M('auto-2131-ops.conv_ops-204-4', 'ops/conv_ops.py',
  '    oh, ow = cols.shape[-2:] if nl else cols.shape[-3:-1]\n',
  '    pass\n', 'op formula', note="'oh, ow = cols.shape[-2:] if nl else cols.shape[-3:-1]' -> 'pass' at line 204")
M('auto-2131-ops.nn_ops-437-8', 'ops/nn_ops.py',
  '        return (g,)\n',
  '        pass\n', 'op formula', note="'return (g,)' -> 'pass' at line 437")

# ---- sample 2132 (session 22, a measurement of the front-end files: drawn and run at e1a7c8f,
# AUTO_MUTANTS_SEED=2132 COUNT=40 KINDS=all, --jobs 1), measured before any test written for it:
# 30 of 40 killed by the subsets, two more by wider files at the draw's commit (the Variable
# backend's cos by test_parity_registry's sin second derivatives, the reference-mode pow by
# test_fastpath_oracle); 2 equivalent; 6 real survivors, now killed by test_wide_kills_s22.py:
# tensors' __weakref__ slot, mark_shared_storage's first member, the sample calls' repr, a
# graph-built .grad meeting a volatile gradient, storage.type's made-up 'invalid type' for a
# tensor type (now 0.3.1's copy error), and tensor records' sizes of 0, where the mutant (s >= 1)
# was the better check: the code now refuses a 0 (entry dropped): 32 of 38
M('auto-2132-ops.schema-515-4', 'ops/schema.py',
  '    return facts\n',
  '    pass\n', 'front-end', note="'return facts' -> 'pass' at line 515")
M('auto-2132-autograd._profiling-47-8', 'autograd/_profiling.py',
  '        return None\n',
  '        pass\n', 'vjp', note="'return None' -> 'pass' at line 47")
M('auto-2132-tensor-423-35', 'tensor.py',
  "                                % (', '.join(str(i) for i in index) or '0', sizes[depth], len(seq)))\n",
  "                                % (', X'.join(str(i) for i in index) or '0', sizes[depth], len(seq)))\n", 'front-end', note='"\', \'" -> "\', X\'" at line 423')
M('auto-2132-tensor-36-45', 'tensor.py',
  "    __slots__ = ('_a', '_version', '_fixed', '__weakref__')\n",
  "    __slots__ = ('_a', '_version', '_fixed', '__Weakref__')\n", 'front-end', note='"\'__weakref__\'" -> "\'__Weakref__\'" at line 36')
M('auto-2132-autograd.function-423-36', 'autograd/function.py',
  '            if not (isinstance(pair[0], _TensorBase) and isinstance(pair[1], _TensorBase)):\n',
  '            if not (isinstance(pair[1], _TensorBase) and isinstance(pair[1], _TensorBase)):\n', 'vjp', note='0 -> 1 at line 423')
M('auto-2132-ops.creation-254-4', 'ops/creation.py',
  '    cls = _default_cls()\n',
  '    pass\n', 'front-end', note="'cls = _default_cls()' -> 'pass' at line 254", nth=4)
M('auto-2132-ops.comparison-187-4', 'ops/comparison.py',
  '    return _compare(LT, self, other, True)\n',
  '    pass\n', 'front-end', note="'return _compare(LT, self, other, True)' -> 'pass' at line 187")
M('auto-2132-ops.dispatch-462-8', 'ops/dispatch.py',
  '        node.saved_output = None\n',
  '        pass\n', 'fast path', note="'node.saved_output = None' -> 'pass' at line 462", nth=2)
M('auto-2132-storage-279-31', 'storage.py',
  "                               % ('float' if self._info.is_floating else 'int',\n",
  "                               // ('float' if self._info.is_floating else 'int',\n", 'front-end', note='% -> // at line 279', nth=1)
M('auto-2132-ops.backend_variable-179-13', 'ops/backend_variable.py',
  '    return a.cos()\n',
  '    return a.sin()\n', 'front-end', note="'cos' -> 'sin' at line 179")
M('auto-2132-tensor-554-23', 'tensor.py',
  "        if t.is_sparse is True:                 # a dense tensor's type(): 0.3.1's _type\n",
  "        if t.is_sparse is not True:                 # a dense tensor's type(): 0.3.1's _type\n", 'front-end', note='is -> is not at line 554')
M('auto-2132-ops.schema-154-15', 'ops/schema.py',
  "        return '(' + ', '.join(parts) + ')'\n",
  "        return '(X' + ', '.join(parts) + ')'\n", 'front-end', note='"\'(\'" -> "\'(X\'" at line 154')
M('auto-2132-ops.dispatch-245-8', 'ops/dispatch.py',
  '        out._output_nr = 0\n',
  '        pass\n', 'fast path', note="'out._output_nr = 0' -> 'pass' at line 245")
M('auto-2132-tensor-121-8', 'tensor.py',
  '        nd = self.dim()\n',
  '        pass\n', 'front-end', note="'nd = self.dim()' -> 'pass' at line 121", nth=0)
M('auto-2132-autograd.engine-183-24', 'autograd/engine.py',
  '                        raise RuntimeError(MODIFIED_MESSAGE)\n',
  '                        pass\n', 'vjp', note="'raise RuntimeError(MODIFIED_MESSAGE)' -> 'pass' at line 183", nth=0)
M('auto-2132-autograd.engine-305-16', 'autograd/engine.py',
  '                g = Variable._make(g._data)\n',
  '                pass\n', 'vjp', note="'g = Variable._make(g._data)' -> 'pass' at line 305")
M('auto-2132-storage-55-8', 'storage.py',
  '        cls = type(self)\n',
  '        pass\n', 'front-end', note="'cls = type(self)' -> 'pass' at line 55")
M('auto-2132-storage-387-21', 'storage.py',
  "            raise ValueError('invalid type: %r' % (t,))\n",
  "            raise ValueError('Invalid type: %r' % (t,))\n", 'front-end', note='"\'invalid type: %r\'" -> "\'Invalid type: %r\'" at line 387')
M('auto-2132-autograd.function-296-48', 'autograd/function.py',
  '        _set_flags(self, inputs, tuple(needs), [True] * len(inputs), executable)\n',
  '        _set_flags(self, inputs, tuple(needs), [False] * len(inputs), executable)\n', 'vjp', note="'True' -> 'False' at line 296",
  equivalent="_do_forward's per-input Variable flags (_is_variable_input) are read only by the new-style backward (_new_style_backward); a legacy Function's call (_do_forward) is always run by _legacy_backward (its class has no static forward), which never reads them")
M('auto-2132-ops.arithmetic-334-12', 'ops/arithmetic.py',
  '                return other._spcadd(self, 1, inplace)      # 0.3.1: dense + sparse\n',
  '                pass      # 0.3.1: dense + sparse\n', 'front-end', note="'return other._spcadd(self, 1, inplace)' -> 'pass' at line 334 (session 22: one level deeper)", nth=0)
M('auto-2132-backend_numpy-394-55', 'backend_numpy.py',
  '            dst[dim], src[dim] = slice(step, n), slice(0, n - step)\n',
  '            dst[dim], src[dim] = slice(step, n), slice(1, n - step)\n', 'front-end', note='0 -> 1 at line 394')
M('auto-2132-storage-235-23', 'storage.py',
  '            if step != 1:\n',
  '            if step != 2:\n', 'front-end', note='1 -> 2 at line 235', nth=1)
M('auto-2132-ops.backend_variable-301-12', 'ops/backend_variable.py',
  "    grad_fn='ShiftBackward', argnames=('self',),\n",
  "    grad_fn='shiftBackward', argnames=('self',),\n", 'front-end', note='"\'ShiftBackward\'" -> "\'shiftBackward\'" at line 301',
  equivalent="the node name of the internal shift_dim helper, built deep inside prod's/cumprod's create_graph gradient; 0.3.1 had no such node (its graph of those gradients is made of other ops), so no 0.3.1 name can be pinned, and nothing reads the name")
M('auto-2132-ops.schema-377-9', 'ops/schema.py',
  "    elif any(n != '_inplace' for n in names[nargs:]):\n",
  "    elif all(n != '_inplace' for n in names[nargs:]):\n", 'front-end', note="'any' -> 'all' at line 377")
M('auto-2132-autograd.engine-505-29', 'autograd/engine.py',
  '                if var._grad is None and type(g) is ndarray and var._requires_grad:\n',
  '                if var._grad is not None and type(g) is ndarray and var._requires_grad:\n', 'vjp', note='is -> is not at line 505')
M('auto-2132-ops.arithmetic-127-4', 'ops/arithmetic.py',
  '    return np.power(a, exponent)\n',
  '    pass\n', 'front-end', note="'return np.power(a, exponent)' -> 'pass' at line 127", nth=1)
M('auto-2132-ops.dispatch-423-4', 'ops/dispatch.py',
  '    out._grad = None\n',
  '    pass\n', 'fast path', note="'out._grad = None' -> 'pass' at line 423", nth=2)
M('auto-2132-ops._common-99-56', 'ops/_common.py',
  '            if size == out[i] or size == 1 or out[i] == 1:\n',
  '            if size == out[i] or size == 1 or out[i] == 0:\n', 'front-end', note='1 -> 0 at line 99')
M('auto-2132-storage-376-25', 'storage.py',
  "        name = t.replace('torch.cuda.', 'torch.')\n",
  "        name = t.replace('Torch.cuda.', 'torch.')\n", 'front-end', note='"\'torch.cuda.\'" -> "\'Torch.cuda.\'" at line 376')
M('auto-2132-ops._common-111-4', 'ops/_common.py',
  '    lead = len(target) - len(shape)\n',
  '    pass\n', 'front-end', note="'lead = len(target) - len(shape)' -> 'pass' at line 111")
M('auto-2132-autograd.function-788-8', 'autograd/function.py',
  '        result = super(StochasticFunction, self)._do_backward((self.reward,), retain_variables)\n',
  '        pass\n', 'vjp', note="'result = super(StochasticFunction, self)._do_backward((self.reward,), retain_variables)' -> 'pass' at line 788")
M('auto-2132-autograd.engine-455-70', 'autograd/engine.py',
  '                        elif len(saved) == 2 and saved[0] is not None and saved[1] is not None:\n',
  '                        elif len(saved) == 2 and saved[0] is not None or saved[1] is not None:\n', 'vjp', note="'and' -> 'or' at line 455")
M('auto-2132-autograd._functions.__init__-35-59', 'autograd/_functions/__init__.py',
  "    ('Index', '__getitem__'), ('SetItem', '__setitem__'), ('NoGrad', 'detach'),\n",
  "    ('Index', '__getitem__'), ('SetItem', '__setitem__'), ('noGrad', 'detach'),\n", 'vjp', note='"\'NoGrad\'" -> "\'noGrad\'" at line 35')
M('auto-2132-tensor-188-19', 'tensor.py',
  '            return False\n',
  '            return True\n', 'front-end', note="'False' -> 'True' at line 188")
M('auto-2132-size-43-8', 'size.py',
  '        result = tuple.__getitem__(self, item)\n',
  '        pass\n', 'front-end', note="'result = tuple.__getitem__(self, item)' -> 'pass' at line 43")
M('auto-2132-ops.type_support-48-24', 'ops/type_support.py',
  "_ATEN_REACHED = {'var': 'mean', 'std': 'mean', 'renorm': 'norm', 'renorm_': 'norm'}\n",
  "_ATEN_REACHED = {'var': 'Mean', 'std': 'mean', 'renorm': 'norm', 'renorm_': 'norm'}\n", 'front-end', note='"\'mean\'" -> "\'Mean\'" at line 48')
M('auto-2132-autograd.variable-262-29', 'autograd/variable.py',
  '            if self._grad_fn is not None:\n',
  '            if self._grad_fn is None:\n', 'vjp', note="'is not' -> 'is' at line 262")
M('auto-2132-ops.arithmetic-266-52', 'ops/arithmetic.py',
  "            name + ('_' if inplace else ''), args, {'alpha': alpha},\n",
  "            name + ('_' if inplace else ''), args, {'Alpha': alpha},\n", 'front-end', note='"\'alpha\'" -> "\'Alpha\'" at line 266')
M('auto-2132-autograd.variable-295-8', 'autograd/variable.py',
  '        return Variable._make(self._data, volatile=self._volatile)\n',
  '        pass\n', 'vjp', note="'return Variable._make(self._data, volatile=self._volatile)' -> 'pass' at line 295")

# ---- sample 2133 (session 22, a measurement of the op-formula files: drawn and run at 7fd5125,
# AUTO_MUTANTS_SEED=2133 COUNT=40 KINDS=all, --jobs 1), measured before any test written for it:
# 32 of 40 killed by the subsets, one more (the pooling parity sample generator) by
# test_parity_registry.py; 2 equivalent (erf's series convergence test at other steps: bit-identical
# on 620,000 values; reflect padding's dead `if a else` inside `if a:`, removed: entry dropped);
# 5 real survivors, now killed by test_wide_kills_s22.py and test_partial_requires_grad.py:
# embedding rows all rescaled, dot's size text (now _THSizeDesc's), norm's second derivative at a
# zero norm, F.linear's bias of another size, PReLU's weight behind a constant input: 33 of 38
M('auto-2133-ops.nn_ops-658-4', 'ops/nn_ops.py',
  '    return (-picked if w is None else -(picked * w)), w\n',
  '    pass\n', 'op formula', note="'return (-picked if w is None else -(picked * w)), w' -> 'pass' at line 658")
M('auto-2133-ops.pointwise-143-17', 'ops/pointwise.py',
  '        if n % 8 == 0 and not (term > 1e-17 * total).any():\n',
  '        if n % 8 != 0 and not (term > 1e-17 * total).any():\n', 'front-end', note='== -> != at line 143',
  equivalent="erf's power series checks for convergence every 8th term; checked at the other terms instead, it stops once every term is below 1e-17 of its sum, where the further terms change no float64 bit: the two give bit-identical results on 620,000 values (-6..6 and +-1e-300..10)")
M('auto-2133-ops.indexing-550-8', 'ops/indexing.py',
  '        sel = B.getitem(g, key)\n',
  '        pass\n', 'front-end', note="'sel = B.getitem(g, key)' -> 'pass' at line 550")
M('auto-2133-ops.conv_ops-441-4', 'ops/conv_ops.py',
  '    cols = cache.take() if cache is not None else None\n',
  '    pass\n', 'op formula', note="'cols = cache.take() if cache is not None else None' -> 'pass' at line 441")
M('auto-2133-ops.nn_ops-414-28', 'ops/nn_ops.py',
  '        if not np.all(scale == 1.0):\n',
  '        if not np.all(scale != 1.0):\n', 'op formula', note='== -> != at line 414')
M('auto-2133-ops.linalg-248-27', 'ops/linalg.py',
  '                           % (a.shape[1], a.shape[2], b.shape[1], b.shape[2]))\n',
  '                           // (a.shape[1], a.shape[2], b.shape[1], b.shape[2]))\n', 'front-end', note='% -> // at line 248')
M('auto-2133-ops.linalg-197-65', 'ops/linalg.py',
  "    grad_fn='DotBackward', save_inputs=(0, 1), argnames=('self', 'tensor'),\n",
  "    grad_fn='DotBackward', save_inputs=(0, 1), argnames=('self', 'Tensor'),\n", 'front-end', note='"\'tensor\'" -> "\'Tensor\'" at line 197')
M('auto-2133-nn._functional_volumetric-143-68', 'nn/_functional_volumetric.py',
  '    osz = [(xs[2 + i] - 1) * st[i] - 2 * pd[i] + dl[i] * (ws[2 + i] - 1) + 1 + op[i]\n',
  '    osz = [(xs[2 + i] - 1) * st[i] - 2 * pd[i] + dl[i] * (ws[2 + i] + 1) + 1 + op[i]\n', 'op formula', note='- -> + at line 143')
M('auto-2133-ops.conv_ops-427-51', 'ops/conv_ops.py',
  '                        (h + 2 * padding[0], w + 2 * padding[1]), padding, (h, w), nl)\n',
  '                        (h + 2 * padding[0], w + 2 / padding[1]), padding, (h, w), nl)\n', 'op formula', note='* -> / at line 427')
M('auto-2133-ops.reduction-387-14', 'ops/reduction.py',
  '    best = np.argmax(freq, axis=1)\n',
  '    best = np.argmin(freq, axis=1)\n', 'front-end', note="'argmax' -> 'argmin' at line 387")
M('auto-2133-ops.indexing-778-4', 'ops/indexing.py',
  '    a = array_of(self)\n',
  '    pass\n', 'front-end', note="'a = array_of(self)' -> 'pass' at line 778", nth=0)
M('auto-2133-ops.lapack-360-29', 'ops/lapack.py',
  '        self = self.view(-1, 1)\n',
  '        self = self.view(-1, 2)\n', 'front-end', note='1 -> 2 at line 360', nth=2)
M('auto-2133-ops.shape-153-102', 'ops/shape.py',
  "    return call(TRANSPOSE, [self], {'dim0': wrap_dim(dim0, nd, fname='transpose', argname='dim0', pos=1),\n",
  "    return call(TRANSPOSE, [self], {'dim0': wrap_dim(dim0, nd, fname='transpose', argname='dim0', pos=2),\n", 'front-end', note='1 -> 2 at line 153')
M('auto-2133-ops.conv_ops-567-72', 'ops/conv_ops.py',
  "    _input_grad_back, grad_fn='ConvNdBackwardBackward', save_inputs=(0, 1),\n",
  "    _input_grad_back, grad_fn='ConvNdBackwardBackward', save_inputs=(0, 2),\n", 'op formula', note='1 -> 2 at line 567')
M('auto-2133-ops.linalg-208-27', 'errors.py',
  "                        % (name1, fmt_sizes(shape1), name2, fmt_sizes(shape2), n1, n2))\n",
  "                        // (name1, fmt_sizes(shape1), name2, fmt_sizes(shape2), n1, n2))\n", 'front-end',
  note='% -> // at line 208 (session 22: the text now built by errors.apply2_size_error, for dot and four other checks)')
M('auto-2133-ops.lapack-443-4', 'ops/lapack.py',
  '    return _fortran(u), s.astype(a.dtype), _fortran(v)\n',
  '    pass\n', 'front-end', note="'return _fortran(u), s.astype(a.dtype), _fortran(v)' -> 'pass' at line 443")
M('auto-2133-ops.reduction-761-15', 'ops/reduction.py',
  '        if (nv == 0).any():\n',
  '        if (nv != 0).any():\n', 'front-end', note='== -> != at line 761')
M('auto-2133-nn._functional_volumetric-191-25', 'nn/_functional_volumetric.py',
  '    num = size - (d * (k - 1) + 1) + 2 * p\n',
  '    num = size - (d * (k + 1) + 1) + 2 * p\n', 'op formula', note='- -> + at line 191')
M('auto-2133-ops.nn_ops-103-33', 'ops/nn_ops.py',
  '    return g if B.value(g).shape == shape else B.reshape(g, shape)\n',
  '    return g if B.value(g).shape != shape else B.reshape(g, shape)\n', 'op formula', note='== -> != at line 103')
M('auto-2133-nn.functional-495-27', 'nn/functional.py',
  '        loss = input.exp() - target * input\n',
  '        loss = input.exp() + target * input\n', 'op formula', note='- -> + at line 495')
M('auto-2133-ops.rnn_ops-792-8', 'ops/rnn_ops.py',
  '        return _forward_numpy(mode, arrays, batch_sizes, reverse, cache)\n',
  '        pass\n', 'op formula', note="'return _forward_numpy(mode, arrays, batch_sizes, reverse, cache)' -> 'pass' at line 792")
M('auto-2133-ops.conv_ops-1412-24', 'ops/conv_ops.py',
  '                core[sl(0, 1)] += out[sl(0, a)].sum(axis=d, keepdims=True)\n',
  '                core[sl(1, 1)] += out[sl(0, a)].sum(axis=d, keepdims=True)\n', 'op formula', note='0 -> 1 at line 1412')
M('auto-2133-ops.pointwise-267-11', 'ops/pointwise.py',
  '    s = np.zeros_like(x)\n',
  '    s = np.ones_like(x)\n', 'front-end', note="'zeros_like' -> 'ones_like' at line 267")
M('auto-2133-ops.reduction-661-15', 'ops/reduction.py',
  '        if dim is None or isinstance(dim, bool):\n',
  '        if dim is not None or isinstance(dim, bool):\n', 'front-end', note='is -> is not at line 661')
M('auto-2133-ops.nn_ops-915-4', 'ops/nn_ops.py',
  '    s = r.shape(2, 4) if feature else r.shape()\n',
  '    pass\n', 'op formula', note="'s = r.shape(2, 4) if feature else r.shape()' -> 'pass' at line 915")
M('auto-2133-ops.rnn_ops-106-46', 'ops/rnn_ops.py',
  '                src = t + 1 if reverse else t - 1\n',
  '                src = t + 1 if reverse else t + 1\n', 'op formula', note='- -> + at line 106')
M('auto-2133-ops.rnn_ops-292-12', 'ops/rnn_ops.py',
  "    return {'acts': acts, 'cs': cs, 'tcs': tcs, 'hs': hs}\n",
  "    return {'Acts': acts, 'cs': cs, 'tcs': tcs, 'hs': hs}\n", 'op formula', note='"\'acts\'" -> "\'Acts\'" at line 292')
M('auto-2133-ops.rnn_ops-728-4', 'ops/rnn_ops.py',
  '    dGis = [None] * len(batch_sizes)\n',
  '    pass\n', 'op formula', note="'dGis = [None] * len(batch_sizes)' -> 'pass' at line 728")
M('auto-2133-ops.pointwise-109-8', 'ops/pointwise.py',
  "        check_supported(self, name + ('_' if inplace else ''))     # abs: not Byte, Char\n",
  '        pass     # abs: not Byte, Char\n', 'front-end', note='"check_supported(self, name + (\'_\' if inplace else \'\'))" -> \'pass\' at line 109')
M('auto-2133-nn._functional_schema-122-4', 'nn/_functional_schema.py',
  '    mx = w - ow.view(1, 1, -1)\n',
  '    pass\n', 'op formula', note="'mx = w - ow.view(1, 1, -1)' -> 'pass' at line 122")
M('auto-2133-ops.pointwise-687-36', 'ops/pointwise.py',
  "    ('trunc', np.trunc, _zero_back, 'TruncBackward', None, True),\n",
  "    ('trunc', np.trunc, _zero_back, 'truncBackward', None, True),\n", 'front-end', note='"\'TruncBackward\'" -> "\'truncBackward\'" at line 687')
M('auto-2133-ops.conv_ops-633-69', 'ops/conv_ops.py',
  '                               % (groups, _sizes(ws), _sizes(xs), ws[1] * groups, xs[1]))\n',
  '                               % (groups, _sizes(ws), _sizes(xs), ws[0] * groups, xs[1]))\n', 'op formula', note='1 -> 0 at line 633')
M('auto-2133-ops.conv_ops-1618-4', 'ops/conv_ops.py',
  '    return [(r.int(1, 2), r.int(1, 2)) + sizes], params\n',
  '    pass\n', 'op formula', note="'return [(r.int(1, 2), r.int(1, 2)) + sizes], params' -> 'pass' at line 1618")
M('auto-2133-nn._functional_volumetric-388-34', 'nn/_functional_volumetric.py',
  '            m[o, start:end] = 1.0 / size\n',
  '            m[o, start:end] = 1.0 * size\n', 'op formula', note='/ -> * at line 388')
M('auto-2133-nn.functional-242-31', 'nn/functional.py',
  "                and b.shape[0] == w.shape[0] and x.dtype.kind == 'f':\n",
  "                and b.shape[0] != w.shape[0] and x.dtype.kind == 'f':\n", 'op formula', note='== -> != at line 242')
M('auto-2133-ops.lapack-680-33', 'ops/lapack.py',
  '    for i in range(len(tau) - 1, -1, -1):\n',
  '    for i in range(len(tau) - 1, 0, -1):\n', 'front-end', note='-1 -> 0 at line 680')
M('auto-2133-nn.functional-483-58', 'nn/functional.py',
  '    loss = input - input * target + max_val + ((-max_val).exp() + (-input - max_val).exp()).log()\n',
  '    loss = input - input * target + max_val + ((-max_val).expm1() + (-input - max_val).exp()).log()\n', 'op formula', note="'exp' -> 'expm1' at line 483")
M('auto-2133-ops.nn_ops-286-17', 'ops/nn_ops.py',
  '    if ctx.needs[1]:\n',
  '    if ctx.needs[0]:\n', 'op formula', note='1 -> 0 at line 286', nth=0)
M('auto-2133-ops.indexing-163-21', 'ops/indexing.py',
  '        bad = (arr < -size) | (arr >= size)\n',
  '        bad = (arr < size) | (arr >= size)\n', 'front-end', note="'-' -> '' at line 163")

# ---- sample 2134 (session 22, a measurement of the front-end files: drawn and run at 1515ae5,
# AUTO_MUTANTS_SEED=2134 COUNT=40 KINDS=all, --jobs 1), measured before any test written for it:
# 36 of 40 killed by the subsets; 3 equivalent; 1 real survivor, now killed by
# test_wide_kills_s22.py: a big int reaching a float tensor straight instead of through a double: 36 of 37
M('auto-2134-autograd._functions.__init__-34-50', 'autograd/_functions/__init__.py',
  "    ('Categorical', 'multinomial'), ('Bernoulli', 'bernoulli'), ('Normal', 'normal'),\n",
  "    ('Categorical', 'multinomial'), ('Bernoulli', 'Bernoulli'), ('Normal', 'normal'),\n", 'vjp', note='"\'bernoulli\'" -> "\'Bernoulli\'" at line 34')
M('auto-2134-autograd.nodes-94-4', 'autograd/nodes.py',
  '    _kind = KIND_OP\n',
  '    pass\n', 'vjp', note="'_kind = KIND_OP' -> 'pass' at line 94")
M('auto-2134-ops.arithmetic-352-39', 'ops/arithmetic.py',
  '                return other._spcadd(self, 1, inplace)      # 0.3.1: dense + sparse\n',
  '                return other._spcadd(self, 2, inplace)      # 0.3.1: dense + sparse\n', 'front-end', note='1 -> 2 at line 352 (session 22: one level deeper)', nth=1)
M('auto-2134-ops.schema-72-17', 'ops/schema.py',
  "X = _Placeholder('X')\n",
  "X = _Placeholder('x')\n", 'front-end', note='"\'X\'" -> "\'x\'" at line 72')
M('auto-2134-ops.arithmetic-30-14', 'ops/arithmetic.py',
  "    'add', np.add,                     # the ufunc itself: no Python frame per call\n",
  "    'add', np.subtract,                     # the ufunc itself: no Python frame per call\n", 'front-end', note="'add' -> 'subtract' at line 30")
M('auto-2134-ops.creation-322-4', 'ops/creation.py',
  '    return out\n',
  '    pass\n', 'front-end', note="'return out' -> 'pass' at line 322", nth=1)
M('auto-2134-tensor-203-28', 'tensor.py',
  "            raise TypeError('only integer tensors of a single element can be converted to an index')\n",
  "            raise TypeError('Only integer tensors of a single element can be converted to an index')\n", 'front-end', note='"\'only integer tensors of a single element can be converted to an index\'" -> "\'Only integer tensors of a single element can be converted to an index\'" at line 203')
M('auto-2134-autograd.gradcheck-79-12', 'autograd/gradcheck.py',
  '            yield (x.grad.data, x.data) if x.grad is not None else (None, None)\n',
  '            pass\n', 'vjp', note="'yield (x.grad.data, x.data) if x.grad is not None else (None, None)' -> 'pass' at line 79")
M('auto-2134-tensor-275-8', 'tensor.py',
  '        return self\n',
  '        pass\n', 'front-end', note="'return self' -> 'pass' at line 275", nth=2)
M('auto-2134-ops.schema-515-4', 'ops/schema.py',
  '    return facts\n',
  '    pass\n', 'front-end', note="'return facts' -> 'pass' at line 515")
M('auto-2134-tensor-118-25', 'tensor.py',
  '            if a.size == 0:\n',
  '            if a.size == 1:\n', 'front-end', note='0 -> 1 at line 118')
M('auto-2134-ops.schema-164-36', 'ops/schema.py',
  "                 'shape', 'dtypes', 'doc', 'forms', 'facts', 'functional_modern', 'signatures')\n",
  "                 'shape', 'dtypes', 'Doc', 'forms', 'facts', 'functional_modern', 'signatures')\n", 'front-end', note='"\'doc\'" -> "\'Doc\'" at line 164')
M('auto-2134-ops.dispatch-341-21', 'ops/dispatch.py',
  '    out._output_nr = 0\n',
  '    out._output_nr = 1\n', 'fast path', note='0 -> 1 at line 341', nth=1)
M('auto-2134-tensor-650-21', 'tensor.py',
  "        if module == 'legacy_autograd' or module.startswith('legacy_autograd.'):\n",
  "        if module == 'Legacy_autograd' or module.startswith('legacy_autograd.'):\n", 'front-end', note='"\'legacy_autograd\'" -> "\'Legacy_autograd\'" at line 650')
M('auto-2134-autograd.function-349-12', 'autograd/function.py',
  '            raise RuntimeError("mark_dirty only accepts input tensors, but argument %d isn\'t one" % i)\n',
  '            pass\n', 'vjp', note='\'raise RuntimeError("mark_dirty only accepts input tensors, but argument %d isn\\\'t one" % i)\' -> \'pass\' at line 349')
M('auto-2134-storage-57-31', 'storage.py',
  "            raise RuntimeError('%s(): invalid keyword arguments' % cls._typename)\n",
  "            raise RuntimeError('%S(): invalid keyword arguments' % cls._typename)\n", 'front-end', note='"\'%s(): invalid keyword arguments\'" -> "\'%S(): invalid keyword arguments\'" at line 57')
M('auto-2134-ops.dispatch-552-12', 'ops/dispatch.py',
  "            np.copyto(a, result, casting='unsafe')\n",
  '            pass\n', 'fast path', note='"np.copyto(a, result, casting=\'unsafe\')" -> \'pass\' at line 552')
M('auto-2134-ops._args-84-90', 'ops/_args.py',
  '            head = "%s(): argument \'%s\'" % (fname, argname) if fname else "argument \'%s\'" % argname\n',
  '            head = "%s(): argument \'%s\'" % (fname, argname) if fname else "argument \'%s\'" // argname\n', 'front-end', note='% -> // at line 84')
M('auto-2134-ops.dispatch-630-19', 'ops/dispatch.py',
  '    if len(inputs) > 1 and op.check_types:\n',
  '    if len(inputs) >= 1 and op.check_types:\n', 'fast path', note='> -> >= at line 630',
  equivalent="_call_general's type check with one input: check_same_type's loops run over inputs[1:], empty, so it checks nothing and returns; the call only costs time")
M('auto-2134-ops.schema-449-8', 'ops/schema.py',
  '        return tuple(write_out(o, r, name) for o, r in zip(out, result))\n',
  '        pass\n', 'front-end', note="'return tuple(write_out(o, r, name) for o, r in zip(out, result))' -> 'pass' at line 449")
M('auto-2134-ops.backend_variable-110-8', 'ops/backend_variable.py',
  '        g = g * scale\n',
  '        pass\n', 'front-end', note="'g = g * scale' -> 'pass' at line 110")
M('auto-2134-autograd.variable-51-8', 'autograd/variable.py',
  '        self._output_nr = 0\n',
  '        pass\n', 'vjp', note="'self._output_nr = 0' -> 'pass' at line 51", nth=0)
M('auto-2134-ops.comparison-107-52', 'ops/comparison.py',
  '        return None if len(a) != 2 else [type(a[0]) is not type(source), type(a[1]) is not type(source)]\n',
  '        return None if len(a) != 2 else [type(a[0]) is type(source), type(a[1]) is not type(source)]\n', 'front-end', note="'is not' -> 'is' at line 107")
M('auto-2134-storage-293-33', 'storage.py',
  "        with np.errstate(invalid='ignore', over='ignore'):\n",
  "        with np.errstate(invalid='Ignore', over='ignore'):\n", 'front-end', note='"\'ignore\'" -> "\'Ignore\'" at line 293', nth=2)
M('auto-2134-autograd.engine-263-4', 'autograd/engine.py',
  '    out = [None] * n\n',
  '    pass\n', 'vjp', note="'out = [None] * n' -> 'pass' at line 263")
M('auto-2134-ops._common-212-24', 'ops/_common.py',
  '    if cond.size < 8192 or a.dtype != b.dtype or a.dtype.itemsize not in _UINT_OF_SIZE \\\n',
  '    if cond.size < 8192 and a.dtype != b.dtype or a.dtype.itemsize not in _UINT_OF_SIZE \\\n', 'front-end', note='or -> and at line 212',
  equivalent="select's bitwise route taken for small arrays too: it copies each element bit for bit from a or b, exactly as numpy.where does (the fast-path oracle's premise); every caller passes a and b of one dtype (a.dtype.type(value), the same-typed operands of max/min/prelu), so the large-array route with two dtypes the mutant also opens is never reached")
M('auto-2134-backend_numpy-84-4', 'backend_numpy.py',
  '    axes = list(range(lead))\n',
  '    pass\n', 'front-end', note="'axes = list(range(lead))' -> 'pass' at line 84")
M('auto-2134-storage-72-49', 'storage.py',
  '            offset = int(args[1]) if n >= 2 else 0\n',
  '            offset = int(args[1]) if n >= 2 else 1\n', 'front-end', note='0 -> 1 at line 72')
M('auto-2134-tensor-192-12', 'tensor.py',
  "            raise TypeError('only 1-element tensors can be converted to Python scalars')\n",
  '            pass\n', 'front-end', note='"raise TypeError(\'only 1-element tensors can be converted to Python scalars\')" -> \'pass\' at line 192')
M('auto-2134-autograd.gradcheck-188-50', 'autograd/gradcheck.py',
  '        for j, (a, n) in enumerate(zip(analytical or (), numerical or ())):\n',
  '        for j, (a, n) in enumerate(zip(analytical and (), numerical or ())):\n', 'vjp', note='or -> and at line 188')
M('auto-2134-autograd.engine-463-24', 'autograd/engine.py',
  '                        _unpack_saved(node)\n',
  '                        pass\n', 'vjp', note="'_unpack_saved(node)' -> 'pass' at line 463", nth=1)
M('auto-2134-ops.arithmetic-98-21', 'ops/arithmetic.py',
  "    'neg', lambda a: -a if a.dtype.kind != 'u' else (0 - a.astype(np.int64)).astype(a.dtype),\n",
  "    'neg', lambda a: a if a.dtype.kind != 'u' else (0 - a.astype(np.int64)).astype(a.dtype),\n", 'front-end', note="'-' -> '' at line 98")
M('auto-2134-storage-212-80', 'storage.py',
  "                raise IndexError('index %d out of range for storage of size %d' % (i, n))\n",
  "                raise IndexError('index %d out of range for storage of size %d' // (i, n))\n", 'front-end', note='% -> // at line 212')
M('auto-2134-tensor-458-30', 'tensor.py',
  '    if floating and arr.dtype != np.float64:\n',
  '    if floating and arr.dtype == np.float64:\n', 'front-end', note='!= -> == at line 458')
M('auto-2134-autograd.engine-336-8', 'autograd/engine.py',
  '        var._grad = Variable._make(t.clone(), volatile=True)\n',
  '        pass\n', 'vjp', note="'var._grad = Variable._make(t.clone(), volatile=True)' -> 'pass' at line 336")
M('auto-2134-backend_numpy-107-15', 'backend_numpy.py',
  '    if g.shape != shape:\n',
  '    if g.shape == shape:\n', 'front-end', note='!= -> == at line 107', nth=1)
M('auto-2134-autograd.variable-172-38', 'autograd/variable.py',
  '                acc._attach_var_hooks(0, hooks)\n',
  '                acc._attach_var_hooks(1, hooks)\n', 'vjp', note='0 -> 1 at line 172')
M('auto-2134-autograd.nodes-144-38', 'autograd/nodes.py',
  "        cls = type(short, (OpNode,), {'__slots__': (), '_legacy_name': name})\n",
  "        cls = type(short, (OpNode,), {'__Slots__': (), '_legacy_name': name})\n", 'vjp', note='"\'__slots__\'" -> "\'__Slots__\'" at line 144')
M('auto-2134-backend_numpy-390-17', 'backend_numpy.py',
  '    if abs(step) < n:\n',
  '    if abs(step) <= n:\n', 'front-end', note='< -> <= at line 390',
  equivalent='shift by a step of the whole length: the copy of the slices [0:0] into [n:n] is empty, so the result stays the zeros it would be without it')
M('auto-2134-autograd._functions.__init__-20-75', 'autograd/_functions/__init__.py',
  "    ('Eq', 'eq'), ('Ne', 'ne'), ('Gt', 'gt'), ('Ge', 'ge'), ('Lt', 'lt'), ('Le', 'le'),\n",
  "    ('Eq', 'eq'), ('Ne', 'ne'), ('Gt', 'gt'), ('Ge', 'ge'), ('Lt', 'lt'), ('le', 'le'),\n", 'vjp', note='"\'Le\'" -> "\'le\'" at line 20')

# ---- sample 2135 (session 22, a measurement of the op-formula files: drawn and run at b1d8706,
# AUTO_MUTANTS_SEED=2135 COUNT=40 KINDS=all, --jobs 1), measured before any test written for it:
# 33 of 40 killed by the subsets; 7 equivalent (ormqr's flags read a second time: the second
# reading was removed, entry dropped); no real survivor: 33 of 33
M('auto-2135-nn._functional_embedding_bag-66-45', 'nn/_functional_embedding_bag.py',
  '    m[offset2bag, np.arange(idx.shape[0])] = 1\n',
  '    m[offset2bag, np.arange(idx.shape[0])] = 2\n', 'op formula', note='1 -> 2 at line 66')
M('auto-2135-nn._functional_volumetric-191-37', 'nn/_functional_volumetric.py',
  '    num = size - (d * (k - 1) + 1) + 2 * p\n',
  '    num = size - (d * (k - 1) + 1) + 1 * p\n', 'op formula', note='2 -> 1 at line 191')
M('auto-2135-ops.rnn_ops-454-31', 'ops/rnn_ops.py',
  "    Bz = (hprev - nn_) * z_ * (1 - z_)             # dpre_z = dh' * (h - n) * z(1-z)\n",
  "    Bz = (hprev - nn_) * z_ * (2 - z_)             # dpre_z = dh' * (h - n) * z(1-z)\n", 'op formula', note='1 -> 2 at line 454')
M('auto-2135-ops.blas_ops-434-0', 'ops/blas_ops.py',
  "declare('renorm', _variable_renorm, variants=('method',), tensor=False)\n",
  'pass\n', 'front-end', note='"declare(\'renorm\', _variable_renorm, variants=(\'method\',), tensor=False)" -> \'pass\' at line 434')
M('auto-2135-nn._functional_schema-119-4', 'nn/_functional_schema.py',
  '    ot, oh, ow = (torch.arange(n).mul(s).sub(padding) for n in out.shape[-3:])\n',
  '    pass\n', 'op formula', note="'ot, oh, ow = (torch.arange(n).mul(s).sub(padding) for n in out.shape[-3:])' -> 'pass' at line 119")
M('auto-2135-ops.conv_ops-1457-12', 'ops/conv_ops.py',
  "    if mode == 'constant':\n",
  "    if mode != 'constant':\n", 'op formula', note='== -> != at line 1457', nth=2)
M('auto-2135-ops.pointwise-656-15', 'ops/pointwise.py',
  '            -g * v * t1 / (t2 * t2) if ctx.needs[2] else None)\n',
  '            -g / v * t1 / (t2 * t2) if ctx.needs[2] else None)\n', 'front-end', note='* -> / at line 656')
M('auto-2135-ops.rnn_ops-644-25', 'ops/rnn_ops.py',
  '        hy = n + z * (hp - n)\n',
  '        hy = n + z * (hp + n)\n', 'op formula', note='- -> + at line 644')
M('auto-2135-ops.rnn_ops-662-42', 'ops/rnn_ops.py',
  '        return dG, dG, K.mm(dG, whh), dcy * f\n',
  '        return dG, dG, K.mm(dG, whh), dcy / f\n', 'op formula', note='* -> / at line 662')
M('auto-2135-ops.conv_ops-745-63', 'ops/conv_ops.py',
  '                           % (xs[1], xs[2], xs[3], os_[1], os_[2], os_[3]))\n',
  '                           % (xs[1], xs[2], xs[3], os_[1], os_[3], os_[3]))\n', 'op formula', note='2 -> 3 at line 745')
M('auto-2135-ops.lapack-413-32', 'ops/lapack.py',
  '        if w.imag[j] != 0 and j + 1 < n:\n',
  '        if w.imag[j] != 0 and j - 1 < n:\n', 'front-end', note='+ -> - at line 413',
  equivalent='eig of a real matrix: LAPACK returns each complex eigenvalue next to its conjugate (the positive imaginary part first), so a non-zero imaginary part never sits in the last column and `j + 1 < n` always holds there; the guard the mutant weakens is never the deciding test')
M('auto-2135-ops.nn_loss_ops-190-19', 'ops/nn_loss_ops.py',
  '    n, dim = r.int(1, 3), r.int(2, 4)\n',
  '    n, dim = r.int(2, 3), r.int(2, 4)\n', 'op formula', note='1 -> 2 at line 190', nth=0,
  equivalent="a parity sample generator's batch size range (test input data, the same on both sides)")
M('auto-2135-ops.rnn_ops-888-27', 'ops/rnn_ops.py',
  '        return all(bool(np.all(np.abs(rec[0]) > 1e-3)) for rec in recs)\n',
  '        return all(bool(np.any(np.abs(rec[0]) > 1e-3)) for rec in recs)\n', 'op formula', note="'all' -> 'any' at line 888",
  equivalent="the finite-difference filter of the RNN_RELU parity samples (which drawn samples a gradcheck keeps: test input data); the fixed samples are off relu's kink either way")
M('auto-2135-ops.nn_ops-799-76', 'ops/nn_ops.py',
  "        x, y.detach(), margin=margin, reduction='mean' if size_average else 'sum'))\n",
  "        x, y.detach(), margin=margin, reduction='mean' if size_average else 'Sum'))\n", 'op formula', note='"\'sum\'" -> "\'Sum\'" at line 799')
M('auto-2135-ops.nn_ops-815-25', 'ops/nn_ops.py',
  '    out = np.where(yw == 1, 1.0 - cos, 0.0) + np.where(yw == -1, np.maximum(cos - margin, 0.0), 0.0)\n',
  '    out = np.where(yw == 2, 1.0 - cos, 0.0) + np.where(yw == -1, np.maximum(cos - margin, 0.0), 0.0)\n', 'op formula', note='1 -> 2 at line 815')
M('auto-2135-ops.conv_ops-205-20', 'ops/conv_ops.py',
  '    nk_h = kh if sh < (kh - 1) * dh + 1 else 1\n',
  '    nk_h = kh if sh <= (kh - 1) * dh + 1 else 1\n', 'op formula', note='< -> <= at line 205',
  equivalent="col2im's slab count when the stride equals the kernel's extent: the windows do not overlap, so kh slabs (instead of one) each hold disjoint elements; adding them into zeros gives the same bits (the final + 0 makes every -0.0 sum +0.0 in both layouts)")
M('auto-2135-nn.functional-317-38', 'nn/functional.py',
  '    pad = None if padding_idx is None or padding_idx < 0 else int(padding_idx)\n',
  '    pad = None if padding_idx is None and padding_idx < 0 else int(padding_idx)\n', 'op formula', note='or -> and at line 317')
M('auto-2135-ops.shape-601-4', 'ops/shape.py',
  '    cls = type(tensor_of(first))\n',
  '    pass\n', 'front-end', note="'cls = type(tensor_of(first))' -> 'pass' at line 601")
M('auto-2135-ops.blas_ops-427-42', 'ops/blas_ops.py',
  '    flat = t.contiguous().view(t.size(0), -1)\n',
  '    flat = t.contiguous().view(t.size(0), 0)\n', 'front-end', note='-1 -> 0 at line 427')
M('auto-2135-nn._functional_volumetric-297-33', 'nn/_functional_volumetric.py',
  "        if win.dtype.kind == 'f' and np.isnan(win).any():\n",
  "        if win.dtype.kind == 'f' or np.isnan(win).any():\n", 'op formula', note="'and' -> 'or' at line 297",
  equivalent="adaptive max pooling's NaN route taken for every float window: without a NaN, np.where(nanpos.any(axis=1), last_nan, argmax) is argmax, the other route's answer")
M('auto-2135-nn._functional_volumetric-479-16', 'nn/_functional_volumetric.py',
  '    if idx.size and (idx.min() < 0 or idx.max() >= plane):\n',
  '    if idx.size or (idx.min() < 0 or idx.max() >= plane):\n', 'op formula', note="'and' -> 'or' at line 479")
M('auto-2135-ops.pointwise-704-26', 'ops/pointwise.py',
  "ALL_VARIANTS = ('method', 'function', 'inplace', 'out')\n",
  "ALL_VARIANTS = ('method', 'Function', 'inplace', 'out')\n", 'front-end', note='"\'function\'" -> "\'Function\'" at line 704')
M('auto-2135-ops.indexing-420-70', 'ops/indexing.py',
  "    grad_fn='torch.autograd.function.MaskedSelectBackward', argnames=('self',),\n",
  "    grad_fn='torch.autograd.function.MaskedSelectBackward', argnames=('Self',),\n", 'front-end', note='"\'self\'" -> "\'Self\'" at line 420')
M('auto-2135-ops.pointwise-272-62', 'ops/pointwise.py',
  '    return (z - 0.5) * np.log(z) - z + _HALF_LOG_2PI + s - np.log(prod)\n',
  '    return (z - 0.5) * np.log(z) - z + _HALF_LOG_2PI + s - np.log1p(prod)\n', 'front-end', note="'log' -> 'log1p' at line 272")
M('auto-2135-ops.pointwise-672-39', 'ops/pointwise.py',
  "    ('cos', _quiet(np.cos), _cos_back, 'CosBackward', 'input', True),\n",
  "    ('cos', _quiet(np.cos), _cos_back, 'cosBackward', 'input', True),\n", 'front-end', note='"\'CosBackward\'" -> "\'cosBackward\'" at line 672')
M('auto-2135-ops.blas_ops-104-42', 'ops/blas_ops.py',
  '            _bmm(ctx, gb, B.transpose(b2, 1, 2)) * alpha if ctx.needs[1] else None,\n',
  '            _bmm(ctx, gb, B.transpose(b2, 0, 2)) * alpha if ctx.needs[1] else None,\n', 'front-end', note='1 -> 0 at line 104')
M('auto-2135-ops.nn_loss_ops-91-24', 'ops/nn_loss_ops.py',
  "    norm = _norm_of(prm['size_average'], n, dim)\n",
  "    norm = _norm_of(prm['Size_average'], n, dim)\n", 'op formula', note='"\'size_average\'" -> "\'Size_average\'" at line 91', nth=0)
M('auto-2135-ops.indexing-584-16', 'ops/indexing.py',
  '            and -a.shape[0] <= key < a.shape[0]:\n',
  '            and +a.shape[0] <= key < a.shape[0]:\n', 'front-end', note='- -> + at line 584',
  equivalent="t[i] = number's fast path switched off (no int key passes +n <= i < n): the general path writes the same element, with the same errors for keys out of range")
M('auto-2135-ops.nn_ops-896-4', 'ops/nn_ops.py',
  '    n, c, h, w = r.int(1, 2), r.int(2, 3), r.int(1, 3), r.int(1, 3)\n',
  '    pass\n', 'op formula', note="'n, c, h, w = r.int(1, 2), r.int(2, 3), r.int(1, 3), r.int(1, 3)' -> 'pass' at line 896")
M('auto-2135-ops.reduction-735-21', 'ops/reduction.py',
  '        return (x != 0).sum(axis=axis, keepdims=keepdims).astype(np.float64)\n',
  '        return (x != 1).sum(axis=axis, keepdims=keepdims).astype(np.float64)\n', 'front-end', note='0 -> 1 at line 735')
M('auto-2135-ops.pointwise-73-8', 'ops/pointwise.py',
  '        return fn(a.astype(np.float64)).astype(a.dtype)\n',
  '        pass\n', 'front-end', note="'return fn(a.astype(np.float64)).astype(a.dtype)' -> 'pass' at line 73")
M('auto-2135-ops.pointwise-329-18', 'ops/pointwise.py',
  '    thresh = 10.0 + 2 * n\n',
  '    thresh = 10.0 - 2 * n\n', 'front-end', note='+ -> - at line 329')
M('auto-2135-ops.conv_ops-308-63', 'ops/conv_ops.py',
  '                            (t0, dh * t1, dw * t2, sh * t1, sw * t2, t3))\n',
  '                            (t0, dh * t1, dw * t2, sh * t1, sw / t2, t3))\n', 'op formula', note='* -> / at line 308')
M('auto-2135-ops.pointwise-972-80', 'ops/pointwise.py',
  "    declare(_fn.__name__, _fn, variants=ALL_VARIANTS, kernels=(_kernel,), shape='broadcast',\n",
  "    declare(_fn.__name__, _fn, variants=ALL_VARIANTS, kernels=(_kernel,), shape='Broadcast',\n", 'front-end', note='"\'broadcast\'" -> "\'Broadcast\'" at line 972')
M('auto-2135-nn._functional_volumetric-464-4', 'nn/_functional_volumetric.py',
  '    return output_size\n',
  '    pass\n', 'op formula', note="'return output_size' -> 'pass' at line 464")
M('auto-2135-ops.lapack-853-32', 'ops/lapack.py',
  '    if lu.ndim != 3 or lu.shape[1] != lu.shape[2]:\n',
  '    if lu.ndim != 3 or lu.shape[2] != lu.shape[2]:\n', 'front-end', note='1 -> 2 at line 853')
M('auto-2135-ops.nn_ops-469-4', 'ops/nn_ops.py',
  '    x, t = ctx.inputs\n',
  '    pass\n', 'op formula', note="'x, t = ctx.inputs' -> 'pass' at line 469", nth=0)
M('auto-2135-nn._functional_vision-189-4', 'nn/_functional_vision.py',
  '    N, C, H, W = size\n',
  '    pass\n', 'op formula', note="'N, C, H, W = size' -> 'pass' at line 189")
M('auto-2135-ops.reduction-54-23', 'ops/reduction.py',
  "    if a.dtype.kind == 'f':\n",
  "    if a.dtype.kind == 'F':\n", 'front-end', note='"\'f\'" -> "\'F\'" at line 54')

# ---- sample 2136 (session 22, a measurement of the front-end files: drawn and run at 34de559,
# AUTO_MUTANTS_SEED=2136 COUNT=40 KINDS=all, --jobs 1), measured before any test written for it:
# 33 of 40 killed by the subsets; 4 equivalent; 3 real survivors, now killed by
# test_wide_kills_s22.py: an int too large for a double in a float sequence (numpy's
# OverflowError), NestedIOFunction's default backward_extended, OpNode._release's inputs (the
# general engine path kept a saved intermediate alive after backward): 33 of 36
M('auto-2136-ops.arithmetic-219-12', 'ops/arithmetic.py',
  '            other, value = value, alpha\n',
  '            pass\n', 'front-end', note="'other, value = value, alpha' -> 'pass' at line 219")
M('auto-2136-tensor-123-11', 'tensor.py',
  '        if not 0 <= d < nd:\n',
  '        if 0 <= d < nd:\n', 'front-end', note="'not ' -> '' at line 123", nth=0)
M('auto-2136-ops.comparison-116-39', 'ops/comparison.py',
  "    return ('%s(Scalar other)' % name, '%s(Tensor other)' % name)\n",
  "    return ('%s(Scalar other)' % name, '%S(Tensor other)' % name)\n", 'front-end', note='"\'%s(Tensor other)\'" -> "\'%S(Tensor other)\'" at line 116')
M('auto-2136-autograd.variable-195-8', 'autograd/variable.py',
  '        return (None, 0)\n',
  '        pass\n', 'vjp', note="'return (None, 0)' -> 'pass' at line 195")
M('auto-2136-tensor-454-16', 'tensor.py',
  '                arr = np.array(data, dtype=np.float64)\n',
  '                pass\n', 'front-end', note="'arr = np.array(data, dtype=np.float64)' -> 'pass' at line 454")
M('auto-2136-ops.half-38-53', 'ops/half.py',
  "    '__add__': 'add', '__radd__': 'add', '__iadd__': 'add_', '__sub__': 'sub',\n",
  "    '__add__': 'add', '__radd__': 'add', '__iadd__': 'Add_', '__sub__': 'sub',\n", 'front-end', note='"\'add_\'" -> "\'Add_\'" at line 38')
M('auto-2136-autograd.variable-264-20', 'autograd/variable.py',
  '                    acc._attach_var_hooks(0, self._hooks)\n',
  '                    pass\n', 'vjp', note="'acc._attach_var_hooks(0, self._hooks)' -> 'pass' at line 264", nth=1)
M('auto-2136-autograd.variable-24-79', 'autograd/variable.py',
  "    __slots__ = ('_data', '_grad', '_grad_fn', '_output_nr', '_requires_grad', '_volatile',\n",
  "    __slots__ = ('_data', '_grad', '_grad_fn', '_output_nr', '_requires_grad', '_Volatile',\n", 'vjp', note='"\'_volatile\'" -> "\'_Volatile\'" at line 24',
  equivalent="Variable has a __dict__ slot: without a '_volatile' slot the attribute lives in the instance dict, read and written the same way (only slower)")
M('auto-2136-ops.creation-93-8', 'ops/creation.py',
  '        a = _empty(shape, dtype=dtype)\n',
  '        pass\n', 'front-end', note="'a = _empty(shape, dtype=dtype)' -> 'pass' at line 93")
M('auto-2136-storage-63-16', 'storage.py',
  '        if n == 1 and _is_int(first):\n',
  '        if n == 2 and _is_int(first):\n', 'front-end', note='1 -> 2 at line 63')
M('auto-2136-ops.half-34-13', 'ops/half.py',
  "_FAILS_ON = {'view_as': 'view', 'expand_as': 'expand', 'matmul': 'dim'}\n",
  "_FAILS_ON = {'View_as': 'view', 'expand_as': 'expand', 'matmul': 'dim'}\n", 'front-end', note='"\'view_as\'" -> "\'View_as\'" at line 34')
M('auto-2136-autograd.engine-406-8', 'autograd/engine.py',
  '        captured = [None] * sum(len(v) for v in capture.values())\n',
  '        pass\n', 'vjp', note="'captured = [None] * sum(len(v) for v in capture.values())' -> 'pass' at line 406")
M('auto-2136-storage-537-38', 'storage.py',
  "        return (a.__array_interface__['data'][0] - held.__array_interface__['data'][0]) \\\n",
  "        return (a.__array_interface__['Data'][0] - held.__array_interface__['data'][0]) \\\n", 'front-end', note='"\'data\'" -> "\'Data\'" at line 537')
M('auto-2136-ops._args-162-45', 'ops/_args.py',
  "        raise arg_type_error(fname, argname, 'Variable', value, pos)\n",
  "        raise arg_type_error(fname, argname, 'variable', value, pos)\n", 'front-end', note='"\'Variable\'" -> "\'variable\'" at line 162')
M('auto-2136-ops.backend_variable-212-4', 'ops/backend_variable.py',
  "    return _call(NARROW_PAD, [g], {'shape': tuple(shape), 'dim': dim, 'start': start})\n",
  '    pass\n', 'front-end', note='"return _call(NARROW_PAD, [g], {\'shape\': tuple(shape), \'dim\': dim, \'start\': start})" -> \'pass\' at line 212')
M('auto-2136-storage-99-8', 'storage.py',
  '        s._a = array\n',
  '        pass\n', 'front-end', note="'s._a = array' -> 'pass' at line 99")
M('auto-2136-autograd.engine-519-20', 'autograd/engine.py',
  '                    var._grad = v\n',
  '                    pass\n', 'vjp', note="'var._grad = v' -> 'pass' at line 519")
M('auto-2136-autograd.engine-574-18', 'autograd/engine.py',
  '            if nf is None:\n',
  '            if nf is not None:\n', 'vjp', note='is -> is not at line 574', nth=1)
M('auto-2136-autograd.profiler-330-8', 'autograd/profiler.py',
  "        'SELECT start.id AS marker_id, start.name, start.timestamp, end.timestamp, '\n",
  "        'sELECT start.id AS marker_id, start.name, start.timestamp, end.timestamp, '\n", 'vjp', note='"\'SELECT start.id AS marker_id, start.name, start.timestamp, end.timestamp, \'" -> "\'sELECT start.id AS marker_id, start.name, start.timestamp, end.timestamp, \'" at line 330',
  equivalent="SQL keywords are case-insensitive: sqlite runs 'sELECT ...' as 'SELECT ...'")
M('auto-2136-ops.arithmetic-103-55', 'ops/arithmetic.py',
  "    'reciprocal', lambda a: 1.0 / a if a.dtype.kind == 'f' else _int_div(np.ones_like(a), a),\n",
  "    'reciprocal', lambda a: 1.0 / a if a.dtype.kind == 'F' else _int_div(np.ones_like(a), a),\n", 'front-end', note='"\'f\'" -> "\'F\'" at line 103')
M('auto-2136-ops.arithmetic-488-4', 'ops/arithmetic.py',
  '    return mul(reciprocal(self), other)\n',
  '    pass\n', 'front-end', note="'return mul(reciprocal(self), other)' -> 'pass' at line 488")
M('auto-2136-backend_numpy-286-26', 'backend_numpy.py',
  '        if not (k is None or k is Ellipsis or isinstance(k, (int, np.integer, slice))) \\\n',
  '        if not (k is None and k is Ellipsis or isinstance(k, (int, np.integer, slice))) \\\n', 'front-end', note='or -> and at line 286',
  equivalent="None and Ellipsis keys counted as advanced: the gradient of a basic index then goes through np.add.at into zeros, which gives the plain assignment's values (a basic index never repeats an element)")
M('auto-2136-autograd.function-775-8', 'autograd/function.py',
  '        raise NotImplementedError\n',
  '        pass\n', 'vjp', note="'raise NotImplementedError' -> 'pass' at line 775", nth=3)
M('auto-2136-ops._common-102-16', 'ops/_common.py',
  '                raise errors.broadcast_error_n(j, size, out[i], i)\n',
  '                pass\n', 'front-end', note="'raise errors.broadcast_error_n(j, size, out[i], i)' -> 'pass' at line 102")
M('auto-2136-storage-441-27', 'storage.py',
  "        raise RuntimeError('a tensor of size %s with strides %s at offset %d needs %d element(s), '\n",
  "        raise RuntimeError('A tensor of size %s with strides %s at offset %d needs %d element(s), '\n", 'front-end', note='"\'a tensor of size %s with strides %s at offset %d needs %d element(s), \'" -> "\'A tensor of size %s with strides %s at offset %d needs %d element(s), \'" at line 441')
M('auto-2136-autograd.gradcheck-79-50', 'autograd/gradcheck.py',
  '            yield (x.grad.data, x.data) if x.grad is not None else (None, None)\n',
  '            yield (x.grad.data, x.data) if x.grad is None else (None, None)\n', 'vjp', note="'is not' -> 'is' at line 79")
M('auto-2136-autograd.engine-65-52', 'autograd/engine.py',
  "    __slots__ = ('B', 'inputs', 'output', 'params', 'needs', 'shapes')\n",
  "    __slots__ = ('B', 'inputs', 'output', 'params', 'Needs', 'shapes')\n", 'vjp', note='"\'needs\'" -> "\'Needs\'" at line 65')
M('auto-2136-tensor-36-45', 'tensor.py',
  "    __slots__ = ('_a', '_version', '_fixed', '__weakref__')\n",
  "    __slots__ = ('_a', '_version', '_fixed', '__Weakref__')\n", 'front-end', note='"\'__weakref__\'" -> "\'__Weakref__\'" at line 36')
M('auto-2136-ops.comparison-169-4', 'ops/comparison.py',
  '    return _compare(NE, self, other, False, out)\n',
  '    pass\n', 'front-end', note="'return _compare(NE, self, other, False, out)' -> 'pass' at line 169")
M('auto-2136-autograd.engine-440-12', 'autograd/engine.py',
  '            nexts = node.next_functions\n',
  '            pass\n', 'vjp', note="'nexts = node.next_functions' -> 'pass' at line 440")
M('auto-2136-ops.comparison-75-0', 'ops/comparison.py',
  "GE = _register_comparison('ge', np.greater_equal)\n",
  'pass\n', 'front-end', note='"GE = _register_comparison(\'ge\', np.greater_equal)" -> \'pass\' at line 75')
M('auto-2136-ops.dispatch-113-12', 'ops/dispatch.py',
  '            return\n',
  '            pass\n', 'fast path', note="'return' -> 'pass' at line 113",
  equivalent="check_same_type's two-operand shortcut falling through: the general loop below checks the same two operands and passes them too")
M('auto-2136-ops.creation-241-16', 'ops/creation.py',
  '    if steps == 1:\n',
  '    if steps == 2:\n', 'front-end', note='1 -> 2 at line 241', nth=1)
M('auto-2136-ops.dispatch-359-8', 'ops/dispatch.py',
  '        _unquiet(token)\n',
  '        pass\n', 'fast path', note="'_unquiet(token)' -> 'pass' at line 359", nth=3)
M('auto-2136-ops.schema-128-35', 'ops/schema.py',
  '        self.variables = variables and not random\n',
  '        self.variables = variables or not random\n', 'front-end', note="'and' -> 'or' at line 128")
M('auto-2136-autograd.nodes-106-12', 'autograd/nodes.py',
  '            self.inputs = None\n',
  '            pass\n', 'vjp', note="'self.inputs = None' -> 'pass' at line 106")
M('auto-2136-autograd.profiler-61-20', 'autograd/profiler.py',
  "        total.key = 'Total'\n",
  "        total.key = 'total'\n", 'vjp', note='"\'Total\'" -> "\'total\'" at line 61')
M('auto-2136-backend_numpy-194-4', 'backend_numpy.py',
  '    return np.cos(a)\n',
  '    pass\n', 'front-end', note="'return np.cos(a)' -> 'pass' at line 194")
M('auto-2136-autograd.gradcheck-211-31', 'autograd/gradcheck.py',
  "            raise RuntimeError('no Variables found in input')\n",
  "            raise RuntimeError('No Variables found in input')\n", 'vjp', note='"\'no Variables found in input\'" -> "\'No Variables found in input\'" at line 211')
M('auto-2136-autograd.gradcheck-179-11', 'autograd/gradcheck.py',
  '        if not o.requires_grad:\n',
  '        if o.requires_grad:\n', 'vjp', note="'not ' -> '' at line 179")

# ---- sample 2137 (session 22, a measurement of the op-formula files: drawn and run at e0201e0,
# AUTO_MUTANTS_SEED=2137 COUNT=40 KINDS=all, --jobs 1), measured before any test written for it:
# 35 of 40 killed by the subsets, one more (the reference-mode clamp's lower bound) by
# test_fastpath_oracle.py; 2 equivalent; 2 real survivors, now killed by test_wide_kills_s22.py:
# BCE's target gradient near 0, the solvers' text for a 3-d right-hand side: 36 of 38
M('auto-2137-ops.conv_ops-176-26', 'ops/conv_ops.py',
  '    if not (top or bottom or left or right):\n',
  '    if not (top or bottom and left or right):\n', 'op formula', note='or -> and at line 176')
M('auto-2137-nn._functional_volumetric-171-30', 'nn/_functional_volumetric.py',
  '        out = out + bias.view(1, o, 1, 1, 1).expand(n, o, od, oh, ow)\n',
  '        out = out + bias.view(2, o, 1, 1, 1).expand(n, o, od, oh, ow)\n', 'op formula', note='1 -> 2 at line 171', nth=1)
M('auto-2137-ops.lapack-357-24', 'ops/lapack.py',
  "    _args.tensor_arg(A, 'trtrs', 'A', 1)\n",
  "    _args.tensor_arg(A, 'Trtrs', 'A', 1)\n", 'front-end', note='"\'trtrs\'" -> "\'Trtrs\'" at line 357')
M('auto-2137-ops.nn_ops-606-51', 'ops/nn_ops.py',
  '        gt = g * (B.log(1 - x + BCE_EPS) - B.log(x + BCE_EPS)) * n\n',
  '        gt = g * (B.log(1 - x + BCE_EPS) - B.log(x - BCE_EPS)) * n\n', 'op formula', note='+ -> - at line 606')
M('auto-2137-ops.rnn_ops-414-4', 'ops/rnn_ops.py',
  '    P[:3] *= 1 - A[:3]                             # * (1 - o), (1 - i), (1 - f)\n',
  '    pass                             # * (1 - o), (1 - i), (1 - f)\n', 'op formula', note="'P[:3] *= 1 - A[:3]' -> 'pass' at line 414")
M('auto-2137-ops.shape-753-4', 'ops/shape.py',
  '    cols = np.arange(shape[1])[None, :]\n',
  '    pass\n', 'front-end', note="'cols = np.arange(shape[1])[None, :]' -> 'pass' at line 753")
M('auto-2137-ops.reduction-773-4', 'ops/reduction.py',
  '    return g * B.sign(x) * term / B.pow(safe, p - 1)\n',
  '    pass\n', 'front-end', note="'return g * B.sign(x) * term / B.pow(safe, p - 1)' -> 'pass' at line 773")
M('auto-2137-ops.rnn_ops-359-35', 'ops/rnn_ops.py',
  "_FORWARD = {'LSTM': _lstm_forward, 'GRU': _gru_forward,\n",
  "_FORWARD = {'LSTM': _lstm_forward, 'gRU': _gru_forward,\n", 'op formula', note='"\'GRU\'" -> "\'gRU\'" at line 359')
M('auto-2137-ops.linalg-257-4', 'ops/linalg.py',
  "    _args.tensor_arg(other, 'matmul', 'other', 1)\n",
  '    pass\n', 'front-end', note='"_args.tensor_arg(other, \'matmul\', \'other\', 1)" -> \'pass\' at line 257')
M('auto-2137-nn._functional_volumetric-164-49', 'nn/_functional_volumetric.py',
  '        y = _F2.pad(y.contiguous(), (0, 0, 0, 0, 0, 0, before, after))\n',
  '        y = _F2.pad(y.contiguous(), (0, 0, 0, 0, 1, 0, before, after))\n', 'op formula', note='0 -> 1 at line 164')
M('auto-2137-ops.blas_ops-268-35', 'ops/blas_ops.py',
  "                              else 'size mismatch, t: %s, m1: %s, m2: %s' % _th_sizes(c, a, b)),\n",
  "                              else 'Size mismatch, t: %s, m1: %s, m2: %s' % _th_sizes(c, a, b)),\n", 'front-end', note='"\'size mismatch, t: %s, m1: %s, m2: %s\'" -> "\'Size mismatch, t: %s, m1: %s, m2: %s\'" at line 268')
M('auto-2137-ops.reduction-922-4', 'ops/reduction.py',
  "    return call(CUMSUM, [self], {'dim': _wrap(self, dim, 'cumsum', 1)})\n",
  '    pass\n', 'front-end', note='"return call(CUMSUM, [self], {\'dim\': _wrap(self, dim, \'cumsum\', 1)})" -> \'pass\' at line 922')
M('auto-2137-ops.rnn_ops-343-4', 'ops/rnn_ops.py',
  '    hp, fills = plan.prev_views(hy, h0)\n',
  '    pass\n', 'op formula', note="'hp, fills = plan.prev_views(hy, h0)' -> 'pass' at line 343", nth=1)
M('auto-2137-ops.nn_ops-498-11', 'ops/nn_ops.py',
  '    gx = g * B.const(sign, g)\n',
  '    gx = g + B.const(sign, g)\n', 'op formula', note='* -> + at line 498')
M('auto-2137-ops.lapack-124-27', 'ops/lapack.py',
  '                           % b.ndim)\n',
  '                           // b.ndim)\n', 'front-end', note='% -> // at line 124')
M('auto-2137-ops.conv_ops-607-15', 'ops/conv_ops.py',
  '        gb = B.sum(g, _bias_dims(len(ctx.shapes[0][0]))) if needs[2] else None\n',
  '        gb = B.prod(g, _bias_dims(len(ctx.shapes[0][0]))) if needs[2] else None\n', 'op formula', note="'sum' -> 'prod' at line 607", nth=1)
M('auto-2137-ops.pointwise-272-26', 'ops/pointwise.py',
  '    return (z - 0.5) * np.log(z) - z + _HALF_LOG_2PI + s - np.log(prod)\n',
  '    return (z - 0.5) * np.log1p(z) - z + _HALF_LOG_2PI + s - np.log(prod)\n', 'front-end', note="'log' -> 'log1p' at line 272")
M('auto-2137-ops.indexing-641-11', 'ops/indexing.py',
  '    gs = g * B.mask(~m, g) if ctx.needs[0] else None\n',
  '    gs = g / B.mask(~m, g) if ctx.needs[0] else None\n', 'front-end', note='* -> / at line 641')
M('auto-2137-ops.blas_ops-44-26', 'ops/blas_ops.py',
  '    return x if factor == 1 else x * factor\n',
  '    return x if factor == 2 else x * factor\n', 'front-end', note='1 -> 2 at line 44')
M('auto-2137-ops.indexing-398-4', 'ops/indexing.py',
  '    shape = ctx.shapes[0][0]\n',
  '    pass\n', 'front-end', note="'shape = ctx.shapes[0][0]' -> 'pass' at line 398", nth=0)
M('auto-2137-ops.indexing-976-4', 'ops/indexing.py',
  "    'scatter_', _scatter_fwd,\n",
  "    'Scatter_', _scatter_fwd,\n", 'front-end', note='"\'scatter_\'" -> "\'Scatter_\'" at line 976')
M('auto-2137-nn.functional-74-8', 'nn/functional.py',
  '        return _call_inplace(op, [x], params)\n',
  '        pass\n', 'op formula', note="'return _call_inplace(op, [x], params)' -> 'pass' at line 74")
M('auto-2137-ops.indexing-227-7', 'ops/indexing.py',
  '    if not pos:\n',
  '    if pos:\n', 'front-end', note="'not ' -> '' at line 227")
M('auto-2137-nn.functional-334-8', 'nn/functional.py',
  '        return None\n',
  '        pass\n', 'op formula', note="'return None' -> 'pass' at line 334")
M('auto-2137-nn._functional_volumetric-83-25', 'nn/_functional_volumetric.py',
  '    if input is not None and input.dim() != 5:\n',
  '    if input is not None or input.dim() != 5:\n', 'op formula', note="'and' -> 'or' at line 83", nth=0)
M('auto-2137-ops.blas_ops-121-29', 'ops/blas_ops.py',
  "    beta, alpha = ctx.params['beta'], ctx.params['alpha']\n",
  "    beta, alpha = ctx.params['Beta'], ctx.params['alpha']\n", 'front-end', note='"\'beta\'" -> "\'Beta\'" at line 121', nth=3)
M('auto-2137-nn._functional_schema-68-8', 'nn/_functional_schema.py',
  '        d = implicit_dim(x.dim()) if dim is None else dim\n',
  '        pass\n', 'op formula', note="'d = implicit_dim(x.dim()) if dim is None else dim' -> 'pass' at line 68")
M('auto-2137-ops.reduction-81-8', 'ops/reduction.py',
  "        raise RuntimeError('%s(): cannot reduce a tensor with no elements' % name)\n",
  '        pass\n', 'front-end', note='"raise RuntimeError(\'%s(): cannot reduce a tensor with no elements\' % name)" -> \'pass\' at line 81')
M('auto-2137-nn._functional_volumetric-184-0', 'nn/_functional_volumetric.py',
  "_ADAPTIVE_MAX_POOL3D = G.gather_pool_op('adaptive_max_pool3d', _FN + 'AdaptiveMaxPool3dBackward')\n",
  'pass\n', 'op formula', note='"_ADAPTIVE_MAX_POOL3D = G.gather_pool_op(\'adaptive_max_pool3d\', _FN + \'AdaptiveMaxPool3dBackward\')" -> \'pass\' at line 184')
M('auto-2137-ops.conv_ops-372-4', 'ops/conv_ops.py',
  '    stride, padding, dilation = _two(stride, 1), _two(padding, 0), _two(dilation, 1)\n',
  '    pass\n', 'op formula', note="'stride, padding, dilation = _two(stride, 1), _two(padding, 0), _two(dilation, 1)' -> 'pass' at line 372", nth=0)
M('auto-2137-ops.lapack-432-66', 'ops/lapack.py',
  "    return call(EIG, [self], {'eigenvectors': _bool(eigenvectors, 'eig', 'eigenvectors')})\n",
  "    return call(EIG, [self], {'eigenvectors': _bool(eigenvectors, 'Eig', 'eigenvectors')})\n", 'front-end', note='"\'eig\'" -> "\'Eig\'" at line 432')
M('auto-2137-ops.indexing-1223-4', 'ops/indexing.py',
  '    Variable.__setitem__ = setitem\n',
  '    pass\n', 'front-end', note="'Variable.__setitem__ = setitem' -> 'pass' at line 1223")
M('auto-2137-ops.conv_ops-570-4', 'ops/conv_ops.py',
  "    'conv_weight_grad',\n",
  "    'Conv_weight_grad',\n", 'op formula', note='"\'conv_weight_grad\'" -> "\'Conv_weight_grad\'" at line 570',
  equivalent='the registry key of the internal conv_weight_grad helper: the module object CONV_WEIGHT_GRAD is what the backends call; nothing looks the key up, and it is no public name')
M('auto-2137-ops.lapack-83-8', 'ops/lapack.py',
  '        a[k, k] = a[k, k].sqrt()\n',
  '        pass\n', 'front-end', note="'a[k, k] = a[k, k].sqrt()' -> 'pass' at line 83")
M('auto-2137-nn.functional-392-14', 'nn/functional.py',
  '    if dim == 2:\n',
  '    if dim == 1:\n', 'op formula', note='2 -> 1 at line 392')
M('auto-2137-ops.conv_ops-826-17', 'ops/conv_ops.py',
  "    flat = p.get('flat')\n",
  "    flat = p.get('Flat')\n", 'op formula', note='"\'flat\'" -> "\'Flat\'" at line 826',
  equivalent="max pooling's flat-index fast path of the backward switched off (the params key it reads no longer found): pool_scatter computes the same gradient")
M('auto-2137-nn._functional_volumetric-331-27', 'nn/_functional_volumetric.py',
  "                           % ' x '.join(map(str, a.shape)))\n",
  "                           // ' x '.join(map(str, a.shape)))\n", 'op formula', note='% -> // at line 331', nth=1)
M('auto-2137-ops.indexing-1031-60', 'ops/indexing.py',
  '    if idx.size and ((idx < 0).any() or (idx >= a.shape[d]).any()):\n',
  '    if idx.size and ((idx < 0).any() or (idx >= a.shape[d]).all()):\n', 'front-end', note="'any' -> 'all' at line 1031", nth=1)
M('auto-2137-ops.pointwise-448-8', 'ops/pointwise.py',
  '        r = select(a < min, a.dtype.type(min), r)\n',
  '        pass\n', 'front-end', note="'r = select(a < min, a.dtype.type(min), r)' -> 'pass' at line 448", nth=1)
M('auto-2137-ops.nn_ops-103-4', 'ops/nn_ops.py',
  '    return g if B.value(g).shape == shape else B.reshape(g, shape)\n',
  '    pass\n', 'op formula', note="'return g if B.value(g).shape == shape else B.reshape(g, shape)' -> 'pass' at line 103")

# ---- sample 2139 (session 22, a measurement of the op-formula files: drawn and run at c3c7c7f,
# AUTO_MUTANTS_SEED=2139 COUNT=40 KINDS=all, --jobs 1), measured before any test written for it:
# 36 of 40 killed by the subsets, one more (max pooling's modern spelling) by test_parity_meta.py;
# 2 equivalent; 1 real survivor, now killed by test_wide_kills_s22.py: view() of an empty
# tensor: 37 of 38
M('auto-2139-ops.lapack-320-29', 'ops/lapack.py',
  '        self = self.view(-1, 1)\n',
  '        self = self.view(-1, 0)\n', 'front-end', note='1 -> 0 at line 320', nth=1)
M('auto-2139-ops.reduction-377-4', 'ops/reduction.py',
  '    flat = moved.reshape(-1, n)\n',
  '    pass\n', 'front-end', note="'flat = moved.reshape(-1, n)' -> 'pass' at line 377")
M('auto-2139-ops.indexing-852-7', 'ops/indexing.py',
  '    if not isinstance(source, (Variable, _TensorBase)) or is_var(source) != is_var(self):\n',
  '    if isinstance(source, (Variable, _TensorBase)) or is_var(source) != is_var(self):\n', 'front-end', note="'not ' -> '' at line 852", nth=1)
M('auto-2139-ops.conv_ops-218-8', 'ops/conv_ops.py',
  '        sy, sx, sn = buf.strides[3:]\n',
  '        pass\n', 'op formula', note="'sy, sx, sn = buf.strides[3:]' -> 'pass' at line 218")
M('auto-2139-ops.rnn_ops-800-45', 'ops/rnn_ops.py',
  "        bs, rev, layer = p['batch_sizes'], p['reverse'], p.get('layer')\n",
  "        bs, rev, layer = p['batch_sizes'], p['Reverse'], p.get('layer')\n", 'op formula', note='"\'reverse\'" -> "\'Reverse\'" at line 800')
M('auto-2139-ops.rnn_ops-596-20', 'ops/rnn_ops.py',
  '        return (a > 0).astype(a.dtype)\n',
  '        return (a > 1).astype(a.dtype)\n', 'op formula', note='0 -> 1 at line 596')
M('auto-2139-ops.shape-45-51', 'ops/shape.py',
  '    lambda ctx, g: (ctx.B.reshape(g, ctx.shapes[0][0]),),\n',
  '    lambda ctx, g: (ctx.B.reshape(g, ctx.shapes[0][1]),),\n', 'front-end', note='0 -> 1 at line 45', nth=0)
M('auto-2139-ops.shape-526-17', 'ops/shape.py',
  '    if len(reps) < t.dim():\n',
  '    if len(reps) > t.dim():\n', 'front-end', note='< -> > at line 526')
M('auto-2139-ops.conv_ops-1219-44', 'ops/conv_ops.py',
  '    ow = pool_out_size(w, k[1], s[1], p[1], 1, ceil_mode)\n',
  '    ow = pool_out_size(w, k[1], s[1], p[1], 0, ceil_mode)\n', 'op formula', note='1 -> 0 at line 1219')
M('auto-2139-nn._functional_schema-41-67', 'nn/_functional_schema.py',
  "    'multilabel_soft_margin_loss', 'nll_loss', 'normalize', 'pad', 'pairwise_distance',\n",
  "    'multilabel_soft_margin_loss', 'nll_loss', 'normalize', 'pad', 'Pairwise_distance',\n", 'op formula', note='"\'pairwise_distance\'" -> "\'Pairwise_distance\'" at line 41')
M('auto-2139-nn._functional_embedding_bag-33-8', 'nn/_functional_embedding_bag.py',
  '        norm = (np.abs(v) ** norm_type).sum() ** (1.0 / norm_type)\n',
  '        pass\n', 'op formula', note="'norm = (np.abs(v) ** norm_type).sum() ** (1.0 / norm_type)' -> 'pass' at line 33")
M('auto-2139-ops.rnn_ops-483-44', 'ops/rnn_ops.py',
  "    for go, Dt, d, dht, dho in zip(V(g[:N], True), V(cache['D'], True), V(dG, True),\n",
  "    for go, Dt, d, dht, dho in zip(V(g[:N], False), V(cache['D'], True), V(dG, True),\n", 'op formula', note="'True' -> 'False' at line 483")
M('auto-2139-ops.conv_ops-1046-32', 'ops/conv_ops.py',
  '    hi = np.minimum(hs[:, None] + np.arange(kh)[None, :], he[:, None] - 1)   # (oh, kh)\n',
  '    hi = np.minimum(hs[:, None] - np.arange(kh)[None, :], he[:, None] - 1)   # (oh, kh)\n', 'op formula', note='+ -> - at line 1046')
M('auto-2139-ops.nn_ops-836-34', 'ops/nn_ops.py',
  '    g2 = coef * (x1 / denom - cos * x2 / m2) if ctx.needs[1] else None\n',
  '    g2 = coef * (x1 / denom - cos / x2 / m2) if ctx.needs[1] else None\n', 'op formula', note='* -> / at line 836')
M('auto-2139-ops.conv_ops-856-4', 'ops/conv_ops.py',
  '    return modern\n',
  '    pass\n', 'op formula', note="'return modern' -> 'pass' at line 856")
M('auto-2139-ops.shape-40-32', 'ops/shape.py',
  '    return sizes if sizes else (0,)\n',
  '    return sizes if sizes else (1,)\n', 'front-end', note='0 -> 1 at line 40')
M('auto-2139-nn.functional-92-31', 'nn/functional.py',
  '    return threshold(input, 0, 0, inplace)\n',
  '    return threshold(input, 0, 1, inplace)\n', 'op formula', note='0 -> 1 at line 92')
M('auto-2139-ops.lapack-696-4', 'ops/lapack.py',
  '    return _fortran(res.astype(a.dtype)), a\n',
  '    pass\n', 'front-end', note="'return _fortran(res.astype(a.dtype)), a' -> 'pass' at line 696")
M('auto-2139-nn._functional_volumetric-111-8', 'nn/_functional_volumetric.py',
  '        y = _F2.conv2d(slab, weight[:, :, k], None, st[1:], pd[1:], dl[1:], groups)\n',
  '        pass\n', 'op formula', note="'y = _F2.conv2d(slab, weight[:, :, k], None, st[1:], pd[1:], dl[1:], groups)' -> 'pass' at line 111")
M('auto-2139-ops.reduction-566-4', 'ops/reduction.py',
  "    k = _args.int_arg(k, 'topk', 'k', 1)\n",
  '    pass\n', 'front-end', note='"k = _args.int_arg(k, \'topk\', \'k\', 1)" -> \'pass\' at line 566')
M('auto-2139-ops.blas_ops-98-4', 'ops/blas_ops.py',
  "    beta, alpha = ctx.params['beta'], ctx.params['alpha']\n",
  '    pass\n', 'front-end', note='"beta, alpha = ctx.params[\'beta\'], ctx.params[\'alpha\']" -> \'pass\' at line 98', nth=2)
M('auto-2139-ops.conv_ops-1412-24', 'ops/conv_ops.py',
  '                core[sl(0, 1)] += out[sl(0, a)].sum(axis=d, keepdims=True)\n',
  '                core[sl(1, 1)] += out[sl(0, a)].sum(axis=d, keepdims=True)\n', 'op formula', note='0 -> 1 at line 1412')
M('auto-2139-ops.reduction-952-46', 'ops/reduction.py',
  "    with np.errstate(divide='ignore', invalid='ignore'):\n",
  "    with np.errstate(divide='ignore', invalid='Ignore'):\n", 'front-end', note='"\'ignore\'" -> "\'Ignore\'" at line 952', nth=2)
M('auto-2139-ops.rnn_ops-891-44', 'ops/rnn_ops.py',
  "                'LSTM': 'lstm_cell', 'GRU': 'gru_cell', 'RNN_TANH': 'rnn_tanh_cell',\n",
  "                'LSTM': 'lstm_cell', 'GRU': 'Gru_cell', 'RNN_TANH': 'rnn_tanh_cell',\n", 'op formula', note='"\'gru_cell\'" -> "\'Gru_cell\'" at line 891',
  equivalent='the note text of an RNN parity sample spec (which modern cell the modern spelling loops over; test description, read by no check)')
M('auto-2139-ops.conv_ops-327-22', 'ops/conv_ops.py',
  "    if _layout(n, ow) == 'nl':\n",
  "    if _layout(n, ow) != 'nl':\n", 'op formula', note='== -> != at line 327')
M('auto-2139-ops.conv_ops-641-31', 'ops/conv_ops.py',
  "                               'channels, but got %d channels instead'\n",
  "                               'Channels, but got %d channels instead'\n", 'op formula', note='"\'channels, but got %d channels instead\'" -> "\'Channels, but got %d channels instead\'" at line 641', nth=1)
M('auto-2139-ops.indexing-163-8', 'ops/indexing.py',
  '        bad = (arr < -size) | (arr >= size)\n',
  '        pass\n', 'front-end', note="'bad = (arr < -size) | (arr >= size)' -> 'pass' at line 163")
M('auto-2139-ops.conv_ops-286-8', 'ops/conv_ops.py',
  '        xp[:, ph:ph + h, pw:pw + w, :] = x4.transpose(1, 2, 3, 0)\n',
  '        pass\n', 'op formula', note="'xp[:, ph:ph + h, pw:pw + w, :] = x4.transpose(1, 2, 3, 0)' -> 'pass' at line 286")
M('auto-2139-nn._functional_volumetric-184-69', 'nn/_functional_volumetric.py',
  "_ADAPTIVE_MAX_POOL3D = G.gather_pool_op('adaptive_max_pool3d', _FN + 'AdaptiveMaxPool3dBackward')\n",
  "_ADAPTIVE_MAX_POOL3D = G.gather_pool_op('adaptive_max_pool3d', _FN + 'adaptiveMaxPool3dBackward')\n", 'op formula', note='"\'AdaptiveMaxPool3dBackward\'" -> "\'adaptiveMaxPool3dBackward\'" at line 184')
M('auto-2139-ops.rnn_ops-927-4', 'ops/rnn_ops.py',
  "    start, count = p['start'], p['count']\n",
  '    pass\n', 'op formula', note='"start, count = p[\'start\'], p[\'count\']" -> \'pass\' at line 927')
M('auto-2139-ops.conv_ops-1599-39', 'ops/conv_ops.py',
  "        params = {'stride': tuple(st), 'padding': tuple(pd), 'output_padding': tuple(op),\n",
  "        params = {'stride': tuple(st), 'Padding': tuple(pd), 'output_padding': tuple(op),\n", 'op formula', note='"\'padding\'" -> "\'Padding\'" at line 1599')
M('auto-2139-nn.functional-339-4', 'nn/functional.py',
  '    return np.array(w._a, copy=True)\n',
  '    pass\n', 'op formula', note="'return np.array(w._a, copy=True)' -> 'pass' at line 339")
M('auto-2139-nn._functional_volumetric-226-42', 'nn/_functional_volumetric.py',
  "    _args.tensor_arg(input, 'max_pool3d', 'input', 1)\n",
  "    _args.tensor_arg(input, 'max_pool3d', 'Input', 1)\n", 'op formula', note='"\'input\'" -> "\'Input\'" at line 226')
M('auto-2139-ops.reduction-60-35', 'ops/reduction.py',
  '    return max(tensor_of(x).dim(), 1)\n',
  '    return max(tensor_of(x).dim(), 2)\n', 'front-end', note='1 -> 2 at line 60')
M('auto-2139-nn._functional_volumetric-96-24', 'nn/_functional_volumetric.py',
  '    od, oh, ow = ((xs[2 + i] + 2 * pd[i] - dl[i] * (ws[2 + i] - 1) - 1) // st[i] + 1\n',
  '    od, oh, ow = ((xs[2 - i] + 2 * pd[i] - dl[i] * (ws[2 + i] - 1) - 1) // st[i] + 1\n', 'op formula', note='+ -> - at line 96')
M('auto-2139-ops.nn_ops-953-4', 'ops/nn_ops.py',
  "    'hardtanh': dict(domain=dict(lo=-3.0, hi=3.0, avoid=[('int', 0.05)]),\n",
  "    'Hardtanh': dict(domain=dict(lo=-3.0, hi=3.0, avoid=[('int', 0.05)]),\n", 'op formula', note='"\'hardtanh\'" -> "\'Hardtanh\'" at line 953')
M('auto-2139-ops.conv_ops-283-49', 'ops/conv_ops.py',
  '        xp = WORKSPACE.empty((c, h + 2 * ph, w + 2 * pw, n), dtype)\n',
  '        xp = WORKSPACE.empty((c, h + 2 * ph, w + 3 * pw, n), dtype)\n', 'op formula', note='2 -> 3 at line 283',
  equivalent="conv's padded-input workspace in the (C, H, W, N) layout made pw columns wider than needed: the strided windows read columns [0, w + 2 pw) only, and the extra ones (zero-filled or not) are never read")
M('auto-2139-ops.reduction-852-20', 'ops/reduction.py',
  '    return B.flip(B.cumsum(B.flip(g, d), d), d)\n',
  '    return B.flip(B.cumprod(B.flip(g, d), d), d)\n', 'front-end', note="'cumsum' -> 'cumprod' at line 852")
M('auto-2139-nn.functional-367-39', 'nn/functional.py',
  '        if live.size and (live.min() < 0 or live.max() >= n_classes):\n',
  '        if live.size and (live.min() < 1 or live.max() >= n_classes):\n', 'op formula', note='0 -> 1 at line 367')
M('auto-2139-ops.pointwise-167-4', 'ops/pointwise.py',
  '    only_lo = lo & ~hi\n',
  '    pass\n', 'front-end', note="'only_lo = lo & ~hi' -> 'pass' at line 167")

# ---- sample 2138 (session 22, a measurement of the front-end files: drawn and run at 591ceae,
# AUTO_MUTANTS_SEED=2138 COUNT=40 KINDS=all, --jobs 1), measured before any test written for it:
# 31 of 40 killed by the subsets; 4 equivalent (NestedIOFunction's unused name strings: the
# argument was removed, entry dropped); 5 real survivors, now killed by test_wide_kills_s22.py:
# the legacy Repeat class's name, the profiler's event ids, the tensor's __div__, arange's span
# test, and the profiler's list of non-ops taking Variable.type (0.3.1 recorded a type change as
# its Function Type: now so; entry dropped): 31 of 36
M('auto-2138-autograd.function-300-4', 'autograd/function.py',
  '    __call__ = _do_forward\n',
  '    pass\n', 'vjp', note="'__call__ = _do_forward' -> 'pass' at line 300", nth=0)
M('auto-2138-autograd.profiler-365-83', 'autograd/profiler.py',
  "    lines.append(row.format('Name', 'CPU time', 'CUDA time', 'Calls', 'CPU total', 'CUDA total'))\n",
  "    lines.append(row.format('Name', 'CPU time', 'CUDA time', 'Calls', 'CPU total', 'cUDA total'))\n", 'vjp', note='"\'CUDA total\'" -> "\'cUDA total\'" at line 365')
M('auto-2138-ops.creation-362-38', 'ops/creation.py',
  "    gen = rng.generator_of(generator, 'random_')\n",
  "    gen = rng.generator_of(generator, 'Random_')\n", 'front-end', note='"\'random_\'" -> "\'Random_\'" at line 362')
M('auto-2138-ops.half-39-16', 'ops/half.py',
  "    '__rsub__': 'fill_', '__isub__': 'sub_', '__mul__': 'mul', '__rmul__': 'mul',\n",
  "    '__rsub__': 'Fill_', '__isub__': 'sub_', '__mul__': 'mul', '__rmul__': 'mul',\n", 'front-end', note='"\'fill_\'" -> "\'Fill_\'" at line 39')
M('auto-2138-autograd._functions.__init__-42-36', 'autograd/_functions/__init__.py',
  "    ('ScatterAdd', 'scatter_add'), ('Repeat', 'repeat'), ('Cumsum', 'cumsum'),\n",
  "    ('ScatterAdd', 'scatter_add'), ('repeat', 'repeat'), ('Cumsum', 'cumsum'),\n", 'vjp', note='"\'Repeat\'" -> "\'repeat\'" at line 42')
M('auto-2138-autograd.gradcheck-55-86', 'autograd/gradcheck.py',
  '        jacobians = [j for j in (make_jacobian(elem, num_out) for elem in input) if j is not None]\n',
  '        jacobians = [j for j in (make_jacobian(elem, num_out) for elem in input) if j is None]\n', 'vjp', note="'is not' -> 'is' at line 55")
M('auto-2138-tensor-570-15', 'tensor.py',
  '        if exc is not None:\n',
  '        if exc is None:\n', 'front-end', note="'is not' -> 'is' at line 570", nth=1)
M('auto-2138-autograd.profiler-280-12', 'autograd/profiler.py',
  '            next_id += 1\n',
  '            pass\n', 'vjp', note="'next_id += 1' -> 'pass' at line 280")
M('auto-2138-storage-235-23', 'storage.py',
  '            if step != 1:\n',
  '            if step != 0:\n', 'front-end', note='1 -> 0 at line 235', nth=1)
M('auto-2138-autograd.engine-428-67', 'autograd/engine.py',
  '    plain = _HOT and capture is None and not create_graph and prof is None\n',
  '    plain = _HOT and capture is None and not create_graph and prof is not None\n', 'vjp', note='is -> is not at line 428')
M('auto-2138-autograd.function-471-31', 'autograd/function.py',
  '                               "argument %d doesn\'t satisfy this condition" % i)\n',
  '                               "Argument %d doesn\'t satisfy this condition" % i)\n', 'vjp', note='\'"argument %d doesn\\\'t satisfy this condition"\' -> \'"Argument %d doesn\\\'t satisfy this condition"\' at line 471')
M('auto-2138-ops.arithmetic-521-57', 'ops/arithmetic.py',
  "    '__mul__': mul, '__rmul__': mul, '__truediv__': div, '__div__': div,\n",
  "    '__mul__': mul, '__rmul__': mul, '__truediv__': div, '__Div__': div,\n", 'front-end', note='"\'__div__\'" -> "\'__Div__\'" at line 521')
M('auto-2138-autograd.__init__-92-8', 'autograd/__init__.py',
  '        root_grads.append(g)\n',
  '        pass\n', 'vjp', note="'root_grads.append(g)' -> 'pass' at line 92")
M('auto-2138-ops.arithmetic-59-12', 'ops/arithmetic.py',
  "    grad_fn='MulBackward0', argnames=('self',),\n",
  "    grad_fn='mulBackward0', argnames=('self',),\n", 'front-end', note='"\'MulBackward0\'" -> "\'mulBackward0\'" at line 59')
M('auto-2138-backend_numpy-343-8', 'backend_numpy.py',
  '        return np.ndarray(shape, a.dtype, a, 0, strides)\n',
  '        pass\n', 'front-end', note="'return np.ndarray(shape, a.dtype, a, 0, strides)' -> 'pass' at line 343")
M('auto-2138-autograd.profiler-254-88', 'autograd/profiler.py',
  "        value = demangle(key) if key.startswith('_Z') or key[:1] == 'N' and key[-1:] == 'E' \\\n",
  "        value = demangle(key) if key.startswith('_Z') or key[:1] == 'N' and key[-1:] == 'e' \\\n", 'vjp', note='"\'E\'" -> "\'e\'" at line 254',
  equivalent="which recorded names go through c++filt: a name starting with N and ending with e (a class such as Ne, Negate's siblings) passes through c++filt unchanged (checked: Ne, Nne, Normalize), so the event names are the same")
M('auto-2138-autograd.profiler-358-47', 'autograd/profiler.py',
  "    row = '{: <' + str(name_width) + '}' + col * 5\n",
  "    row = '{: <' + str(name_width) + '}' + col + 5\n", 'vjp', note='* -> + at line 358')
M('auto-2138-ops.backend_variable-133-13', 'ops/backend_variable.py',
  '    return a.transpose(d0, d1)\n',
  '    return a.swapaxes(d0, d1)\n', 'front-end', note="'transpose' -> 'swapaxes' at line 133")
M('auto-2138-autograd.profiler-85-23', 'autograd/profiler.py',
  '        self.entered = True\n',
  '        self.entered = False\n', 'vjp', note="'True' -> 'False' at line 85", nth=0)
M('auto-2138-autograd.function-787-12', 'autograd/function.py',
  "            raise RuntimeError('differentiating stochastic functions requires providing a reward')\n",
  '            pass\n', 'vjp', note='"raise RuntimeError(\'differentiating stochastic functions requires providing a reward\')" -> \'pass\' at line 787')
M('auto-2138-ops.dispatch-491-20', 'ops/dispatch.py',
  '                    return self\n',
  '                    pass\n', 'fast path', note="'return self' -> 'pass' at line 491")
M('auto-2138-tensor-612-7', 'tensor.py',
  '    if not isinstance(ndarray, np.ndarray):\n',
  '    if isinstance(ndarray, np.ndarray):\n', 'front-end', note="'not ' -> '' at line 612")
M('auto-2138-autograd.engine-132-8', 'autograd/engine.py',
  '        value = res\n',
  '        pass\n', 'vjp', note="'value = res' -> 'pass' at line 132")
M('auto-2138-autograd.engine-560-12', 'autograd/engine.py',
  '            raise RuntimeError(node.message)\n',
  '            pass\n', 'vjp', note="'raise RuntimeError(node.message)' -> 'pass' at line 560")
M('auto-2138-backend_numpy-468-68', 'backend_numpy.py',
  "    return provided.avg_pool_backward(g, shape, p['kernel_size'], p['stride'], p['padding'],\n",
  "    return provided.avg_pool_backward(g, shape, p['kernel_size'], p['Stride'], p['padding'],\n", 'front-end', note='"\'stride\'" -> "\'Stride\'" at line 468')
M('auto-2138-ops.creation-160-39', 'ops/creation.py',
  '    if not inclusive and math.fmod(end - start, step) == 0:\n',
  '    if not inclusive and math.fmod(end + start, step) == 0:\n', 'front-end', note='- -> + at line 160')
M('auto-2138-ops.schema-185-25', 'ops/schema.py',
  '            clean_errors=False, facts=None, signatures=()):\n',
  '            clean_errors=True, facts=None, signatures=()):\n', 'front-end', note="'False' -> 'True' at line 185",
  equivalent="the default of declare's clean_errors: every functional op declared through nn/_functional_schema.py passes it explicitly, and for the other declarations torch.nn.functional holds impl itself (the wrapped form would only be the schema's record of it)")
M('auto-2138-size-23-23', 'size.py',
  '        if type(sizes) is not tuple and type(sizes) is not list:\n',
  '        if type(sizes) is tuple and type(sizes) is not list:\n', 'front-end', note="'is not' -> 'is' at line 23")
M('auto-2138-ops._common-28-4', 'ops/_common.py',
  '    return x._data if isinstance(x, Variable) else x\n',
  '    pass\n', 'front-end', note="'return x._data if isinstance(x, Variable) else x' -> 'pass' at line 28")
M('auto-2138-ops.backend_variable-72-39', 'ops/backend_variable.py',
  "    return ctx.B.narrow(g, p['dim'], p['start'], n)\n",
  "    return ctx.B.narrow(g, p['dim'], p['Start'], n)\n", 'front-end', note='"\'start\'" -> "\'Start\'" at line 72')
M('auto-2138-ops.arithmetic-140-49', 'ops/arithmetic.py',
  '    gb = g * B.pow(a, b) * B.log(a) if ctx.needs[1] else None\n',
  '    gb = g * B.pow(a, b) * B.log(a) if ctx.needs[2] else None\n', 'front-end', note='1 -> 2 at line 140')
M('auto-2138-ops.backend_variable-360-4', 'ops/backend_variable.py',
  '    return provided.var_pool_gather(x, index, nd)\n',
  '    pass\n', 'front-end', note="'return provided.var_pool_gather(x, index, nd)' -> 'pass' at line 360")
M('auto-2138-storage-488-12', 'storage.py',
  '            root = b.obj\n',
  '            pass\n', 'front-end', note="'root = b.obj' -> 'pass' at line 488")
M('auto-2138-autograd._functions.__init__-39-53', 'autograd/_functions/__init__.py',
  "    ('Clone', 'clone'), ('Unsqueeze', 'unsqueeze'), ('MaskedScatter', 'masked_scatter'),\n",
  "    ('Clone', 'clone'), ('Unsqueeze', 'unsqueeze'), ('maskedScatter', 'masked_scatter'),\n", 'vjp', note='"\'MaskedScatter\'" -> "\'maskedScatter\'" at line 39')
M('auto-2138-autograd.gradcheck-239-8', 'autograd/gradcheck.py',
  '        outputs = _differentiable_outputs(func(*input_args))\n',
  '        pass\n', 'vjp', note="'outputs = _differentiable_outputs(func(*input_args))' -> 'pass' at line 239")
M('auto-2138-ops.dispatch-415-79', 'ops/dispatch.py',
  '    if type(result) is _ndarray and result.dtype is cls._dtype and result.ndim and result.size:\n',
  '    if type(result) is _ndarray and result.dtype is cls._dtype and result.ndim or result.size:\n', 'fast path', note="'and' -> 'or' at line 415", nth=2,
  equivalent="call_variable2's own-array test with 'or result.size': its ops (add, sub, mul, div, mm on two Variables of one floating type) return arrays of that dtype with ndim >= 1, so the test's outcome is the same; an empty result takes _wrap_out's equal (0,)-shaped wrap")
M('auto-2138-autograd.__init__-34-35', 'autograd/__init__.py',
  '                if data.numel() != 1:\n',
  '                if data.numel() != 0:\n', 'vjp', note='1 -> 0 at line 34')
M('auto-2138-autograd.variable-221-8', 'autograd/variable.py',
  '        return int(self._data)\n',
  '        pass\n', 'vjp', note="'return int(self._data)' -> 'pass' at line 221")

# ---- sample 2140 (session 22, a measurement of the front-end files: drawn and run at 4f6f645,
# AUTO_MUTANTS_SEED=2140 COUNT=40 KINDS=all, --jobs 1), measured before any test written for it:
# 37 of 40 killed by the subsets; 2 equivalent; 1 real survivor, now killed by
# test_wide_kills_s22.py: len() of a one-element tensor: 37 of 38
M('auto-2140-tensor-614-8', 'tensor.py',
  "        raise RuntimeError('from_numpy expects an np.ndarray but got %s' % errors.tp_name(ndarray))\n",
  '        pass\n', 'front-end', note='"raise RuntimeError(\'from_numpy expects an np.ndarray but got %s\' % errors.tp_name(ndarray))" -> \'pass\' at line 614')
M('auto-2140-ops.comparison-70-0', 'ops/comparison.py',
  "EQ = _register_comparison('eq', np.equal)\n",
  'pass\n', 'front-end', note='"EQ = _register_comparison(\'eq\', np.equal)" -> \'pass\' at line 70')
M('auto-2140-autograd.nodes-39-72', 'autograd/nodes.py',
  "    __slots__ = ('next_functions', '_post_hooks', '_var_hooks', '_seq', '__weakref__')\n",
  "    __slots__ = ('next_functions', '_post_hooks', '_var_hooks', '_seq', '__Weakref__')\n", 'vjp', note='"\'__weakref__\'" -> "\'__Weakref__\'" at line 39')
M('auto-2140-ops.schema-542-12', 'ops/schema.py',
  "            base.forms[receiver + '.inplace'] = fn\n",
  '            pass\n', 'front-end', note='"base.forms[receiver + \'.inplace\'] = fn" -> \'pass\' at line 542')
M('auto-2140-autograd.gradcheck-211-12', 'autograd/gradcheck.py',
  "            raise RuntimeError('no Variables found in input')\n",
  '            pass\n', 'vjp', note='"raise RuntimeError(\'no Variables found in input\')" -> \'pass\' at line 211')
M('auto-2140-autograd.profiler-175-40', 'autograd/profiler.py',
  "    cpu_time_total_str = attr_formatter('cpu_time_total')\n",
  "    cpu_time_total_str = attr_formatter('Cpu_time_total')\n", 'vjp', note='"\'cpu_time_total\'" -> "\'Cpu_time_total\'" at line 175')
M('auto-2140-backend_numpy-92-4', 'backend_numpy.py',
  '    return g\n',
  '    pass\n', 'front-end', note="'return g' -> 'pass' at line 92", nth=1)
M('auto-2140-ops.schema-84-27', 'ops/schema.py',
  "    __slots__ = ('values', 'kind')\n",
  "    __slots__ = ('values', 'Kind')\n", 'front-end', note='"\'kind\'" -> "\'Kind\'" at line 84')
M('auto-2140-ops.comparison-92-42', 'ops/comparison.py',
  "        [('(%s other)' % real, lambda a: [True]), ('(%s other)' % self.type(), lambda a: [True])])\n",
  "        [('(%s other)' % real, lambda a: [False]), ('(%s other)' % self.type(), lambda a: [True])])\n", 'front-end', note="'True' -> 'False' at line 92")
M('auto-2140-autograd._functions.__init__-29-25', 'autograd/_functions/__init__.py',
  "    ('Floor', 'floor'), ('Ceil', 'ceil'), ('Round', 'round'), ('Sign', 'sign'),\n",
  "    ('Floor', 'floor'), ('ceil', 'ceil'), ('Round', 'round'), ('Sign', 'sign'),\n", 'vjp', note='"\'Ceil\'" -> "\'ceil\'" at line 29')
M('auto-2140-ops._args-51-45', 'ops/_args.py',
  "    return TypeError('%s must be %s, not %s' % (head, expected, errors.tp_name(value)))\n",
  "    return TypeError('%s must be %s, not %s' // (head, expected, errors.tp_name(value)))\n", 'front-end', note='% -> // at line 51')
M('auto-2140-autograd.function-75-10', 'autograd/function.py',
  "        d['dirty_tensors'] = None\n",
  "        d['Dirty_tensors'] = None\n", 'vjp', note='"\'dirty_tensors\'" -> "\'Dirty_tensors\'" at line 75')
M('auto-2140-autograd.profiler-122-8', 'autograd/profiler.py',
  '        return self.function_events.key_averages()\n',
  '        pass\n', 'vjp', note="'return self.function_events.key_averages()' -> 'pass' at line 122")
M('auto-2140-autograd.variable-159-8', 'autograd/variable.py',
  '        return self._hooks\n',
  '        pass\n', 'vjp', note="'return self._hooks' -> 'pass' at line 159")
M('auto-2140-autograd.function-353-14', 'autograd/function.py',
  '        dirty.add(id(t))\n',
  '        dirty.subtract(id(t))\n', 'vjp', note="'add' -> 'subtract' at line 353")
M('auto-2140-ops.arithmetic-364-7', 'ops/arithmetic.py',
  '    if not is_number(other):\n',
  '    if is_number(other):\n', 'front-end', note="'not ' -> '' at line 364")
M('auto-2140-storage-142-8', 'storage.py',
  '        return cls._wrap(np.frombuffer(raw, dtype=dt).astype(cls._dtype))\n',
  '        pass\n', 'front-end', note="'return cls._wrap(np.frombuffer(raw, dtype=dt).astype(cls._dtype))' -> 'pass' at line 142")
M('auto-2140-tensor-331-62', 'tensor.py',
  "        _hooks['tensor_wrappers'] = _hooks['tensor_wrappers'] + (cls,)\n",
  "        _hooks['tensor_wrappers'] = _hooks['tensor_wrappers'] - (cls,)\n", 'front-end', note='+ -> - at line 331')
M('auto-2140-autograd.function-451-8', 'autograd/function.py',
  '        var._grad_fn = None\n',
  '        pass\n', 'vjp', note="'var._grad_fn = None' -> 'pass' at line 451", nth=2)
M('auto-2140-storage-407-4', 'storage.py',
  '    return TENSOR_BY_DTYPE[storage._dtype]\n',
  '    pass\n', 'front-end', note="'return TENSOR_BY_DTYPE[storage._dtype]' -> 'pass' at line 407")
M('auto-2140-storage-177-12', 'storage.py',
  '            return self\n',
  '            pass\n', 'front-end', note="'return self' -> 'pass' at line 177")
M('auto-2140-storage-292-12', 'storage.py',
  "            raise RuntimeError('invalid argument 2: size mismatch')\n",
  '            pass\n', 'front-end', note='"raise RuntimeError(\'invalid argument 2: size mismatch\')" -> \'pass\' at line 292')
M('auto-2140-autograd.function-492-33', 'autograd/function.py',
  '        return r if B is not _NB or r.dtype == dtype else r.astype(dtype)\n',
  '        return r if B is not _NB and r.dtype == dtype else r.astype(dtype)\n', 'vjp', note='or -> and at line 492')
M('auto-2140-ops.dispatch-281-19', 'ops/dispatch.py',
  '        v = inputs[0]\n',
  '        v = inputs[1]\n', 'fast path', note='0 -> 1 at line 281')
M('auto-2140-ops._common-63-12', 'ops/_common.py',
  '    if n <= 0:\n',
  '    if n <= 1:\n', 'front-end', note='0 -> 1 at line 63',
  equivalent="wrap_dim's floor for a dimension count: `n <= 1` sets n to 1 where it is 1 already, so only n <= 0 changes (as before)")
M('auto-2140-ops._args-48-33', 'ops/_args.py',
  '    head = "%s(): argument \'%s\'" % (fname, argname) if fname else "argument \'%s\'" % argname\n',
  '    head = "%s(): argument \'%s\'" // (fname, argname) if fname else "argument \'%s\'" % argname\n', 'front-end', note='% -> // at line 48', nth=0)
M('auto-2140-ops._args-180-8', 'ops/_args.py',
  '        return value\n',
  '        pass\n', 'front-end', note="'return value' -> 'pass' at line 180", nth=3)
M('auto-2140-ops.dispatch-717-4', 'ops/dispatch.py',
  '    return call_variable(op, [v0, v1])\n',
  '    pass\n', 'fast path', note="'return call_variable(op, [v0, v1])' -> 'pass' at line 717")
M('auto-2140-storage-541-38', 'storage.py',
  "        return (a.__array_interface__['data'][0] - root.__array_interface__['data'][0]) // a.itemsize\n",
  "        return (a.__array_interface__['Data'][0] - root.__array_interface__['data'][0]) // a.itemsize\n", 'front-end', note='"\'data\'" -> "\'Data\'" at line 541')
M('auto-2140-tensor-179-27', 'tensor.py',
  '        if self._a.size == 0:\n',
  '        if self._a.size == 1:\n', 'front-end', note='0 -> 1 at line 179', nth=0)
M('auto-2140-backend_numpy-440-60', 'backend_numpy.py',
  "    return provided.conv_forward(x, w, None, p['stride'], p['padding'], p['dilation'], p['groups'])\n",
  "    return provided.conv_forward(x, w, None, p['stride'], p['Padding'], p['dilation'], p['groups'])\n", 'front-end', note='"\'padding\'" -> "\'Padding\'" at line 440')
M('auto-2140-autograd.function-209-4', 'autograd/function.py',
  '    return results\n',
  '    pass\n', 'vjp', note="'return results' -> 'pass' at line 209", nth=1)
M('auto-2140-autograd.profiler-325-66', 'autograd/profiler.py',
  "        evt = FunctionEvent(id=row['marker_id'], name=strings[row['name']],\n",
  "        evt = FunctionEvent(id=row['marker_id'], name=strings[row['Name']],\n", 'vjp', note='"\'name\'" -> "\'Name\'" at line 325',
  equivalent="sqlite3.Row looks its keys up without regard to case: row['Name'] is row['name']")
M('auto-2140-ops.creation-313-38', 'ops/creation.py',
  "    gen = rng.generator_of(generator, 'bernoulli')\n",
  "    gen = rng.generator_of(generator, 'Bernoulli')\n", 'front-end', note='"\'bernoulli\'" -> "\'Bernoulli\'" at line 313')
M('auto-2140-autograd.__init__-112-35', 'autograd/__init__.py',
  "                raise RuntimeError('One of the differentiated Variables does not require grad')\n",
  "                raise RuntimeError('one of the differentiated Variables does not require grad')\n", 'vjp', note='"\'One of the differentiated Variables does not require grad\'" -> "\'one of the differentiated Variables does not require grad\'" at line 112')
M('auto-2140-autograd.profiler-357-38', 'autograd/profiler.py',
  "    col = '  {: >' + str(col_width) + '}'\n",
  "    col = '  {: >' + str(col_width) + '}X'\n", 'vjp', note='"\'}\'" -> "\'}X\'" at line 357')
M('auto-2140-ops.creation-373-102', 'ops/creation.py',
  "    pa = array_of(p) if hasattr(p, 'size') and not isinstance(p, (int, float)) else _args.to_float(p, 'bernoulli_', 'p')\n",
  "    pa = array_of(p) if hasattr(p, 'size') and not isinstance(p, (int, float)) else _args.to_float(p, 'Bernoulli_', 'p')\n", 'front-end', note='"\'bernoulli_\'" -> "\'Bernoulli_\'" at line 373')
M('auto-2140-tensor-175-52', 'tensor.py',
  '        return (self.data_ptr() == other.data_ptr() and self._a.shape == other._a.shape\n',
  '        return (self.data_ptr() == other.data_ptr() or self._a.shape == other._a.shape\n', 'front-end', note="'and' -> 'or' at line 175")
M('auto-2140-tensor-345-37', 'tensor.py',
  "        raise pickle.UnpicklingError('torch.load: corrupt or truncated file: bad tensor record')\n",
  "        raise pickle.UnpicklingError('Torch.load: corrupt or truncated file: bad tensor record')\n", 'front-end', note='"\'torch.load: corrupt or truncated file: bad tensor record\'" -> "\'Torch.load: corrupt or truncated file: bad tensor record\'" at line 345')
M('auto-2140-autograd._profiling-29-16', 'autograd/_profiling.py',
  "    '__idiv__': 'div_',\n",
  "    '__idiv__': 'Div_',\n", 'vjp', note='"\'div_\'" -> "\'Div_\'" at line 29')

# ---- sample 2141 (session 23, a measurement of the front-end files: drawn and run at 348ead0,
# AUTO_MUTANTS_SEED=2141 COUNT=40 KINDS=all, --jobs 1), measured before any test written for it:
# 32 of 40 killed by the subsets; 3 equivalent; 5 real survivors, now killed by
# test_wide_kills_s23.py: the profiler's name for `x *= 2`, a full reduction's gradient handed
# to a hook as a read-only broadcast, softmax's warning location, copy.copy of a tensor,
# tensor.add(Variable) taking the sparse route: 32 of 37
M('auto-2141-autograd.function-448-31', 'autograd/function.py',
  '            raise RuntimeError("mark_non_differentiable only accepts output tensors, but argument "\n',
  '            raise RuntimeError("Mark_non_differentiable only accepts output tensors, but argument "\n', 'vjp', note='\'"mark_non_differentiable only accepts output tensors, but argument "\' -> \'"Mark_non_differentiable only accepts output tensors, but argument "\' at line 448')
M('auto-2141-ops.comparison-38-17', 'ops/comparison.py',
  "    __slots__ = ('name', 'scalar', 'tensor', 'scalar_', 'tensor_')\n",
  "    __slots__ = ('Name', 'scalar', 'tensor', 'scalar_', 'tensor_')\n", 'front-end', note='"\'name\'" -> "\'Name\'" at line 38')
M('auto-2141-ops.dispatch-124-23', 'ops/dispatch.py',
  '        for i in range(1, len(inputs)):\n',
  '        for i in range(0, len(inputs)):\n', 'fast path', note='1 -> 0 at line 124', nth=1,
  equivalent='the loop then also compares inputs[0] with type(inputs[0]), which is t itself: never a mismatch')
M('auto-2141-backend_numpy-431-34', 'backend_numpy.py',
  '    out.reshape(-1)[index.reshape(-1)] = 0\n',
  '    out.reshape(-1)[index.reshape(-2)] = 0\n', 'front-end', note='-1 -> -2 at line 431',
  equivalent='numpy (2.3, the version pyproject admits) takes any negative size in reshape as the one unknown dimension: reshape(-2) is reshape(-1)')
M('auto-2141-autograd.function-265-8', 'autograd/function.py',
  '        requires = False\n',
  '        pass\n', 'vjp', note="'requires = False' -> 'pass' at line 265", nth=0)
M('auto-2141-autograd._functions.__init__-34-65', 'autograd/_functions/__init__.py',
  "    ('Categorical', 'multinomial'), ('Bernoulli', 'bernoulli'), ('Normal', 'normal'),\n",
  "    ('Categorical', 'multinomial'), ('Bernoulli', 'bernoulli'), ('normal', 'normal'),\n", 'vjp', note='"\'Normal\'" -> "\'normal\'" at line 34')
M('auto-2141-ops.creation-226-31', 'ops/creation.py',
  '        vals = t(start) + step * np.arange(steps, dtype=cls._dtype)\n',
  '        vals = t(start) + step / np.arange(steps, dtype=cls._dtype)\n', 'front-end', note='* -> / at line 226')
M('auto-2141-ops.dispatch-415-20', 'ops/dispatch.py',
  '    if type(result) is _ndarray and result.dtype is cls._dtype and result.ndim and result.size:\n',
  '    if type(result) is not _ndarray and result.dtype is cls._dtype and result.ndim and result.size:\n', 'fast path', note='is -> is not at line 415', nth=2,
  equivalent='the fast wrap is never taken (an ndarray fails the test, a numpy scalar has ndim 0): every result goes through _wrap_out, the general route the fast-path oracle checks it against')
M('auto-2141-autograd.function-457-4', 'autograd/function.py',
  '    fn.to_save = None\n',
  '    pass\n', 'vjp', note="'fn.to_save = None' -> 'pass' at line 457", nth=1)
M('auto-2141-autograd.function-279-34', 'autograd/function.py',
  '        executable = requires and not volatile\n',
  '        executable = requires and volatile\n', 'vjp', note="'not ' -> '' at line 279", nth=0)
M('auto-2141-storage-156-12', 'storage.py',
  '            size = have // itemsize\n',
  '            pass\n', 'front-end', note="'size = have // itemsize' -> 'pass' at line 156")
M('auto-2141-autograd.function-300-8', 'autograd/function.py',
  '        outputs = self.forward(*tensors)\n',
  '        pass\n', 'vjp', note="'outputs = self.forward(*tensors)' -> 'pass' at line 300")
M('auto-2141-ops.comparison-144-40', 'ops/comparison.py',
  '        if isinstance(out, _TensorBase) and type(out) is not ByteTensor and type(out) is type(self):\n',
  '        if isinstance(out, _TensorBase) or type(out) is not ByteTensor and type(out) is type(self):\n', 'front-end', note="'and' -> 'or' at line 144")
M('auto-2141-storage-407-4', 'storage.py',
  '    return TENSOR_BY_DTYPE[storage._dtype]\n',
  '    pass\n', 'front-end', note="'return TENSOR_BY_DTYPE[storage._dtype]' -> 'pass' at line 407")
M('auto-2141-autograd._profiling-27-41', 'autograd/_profiling.py',
  "    '__mul__': 'mul', '__rmul__': 'mul', '__imul__': 'mul_',\n",
  "    '__mul__': 'mul', '__rmul__': 'mul', '__Imul__': 'mul_',\n", 'vjp', note='"\'__imul__\'" -> "\'__Imul__\'" at line 27')
M('auto-2141-size-26-52', 'size.py',
  '            return tuple.__new__(cls, [s if type(s) is int else _int(s) for s in sizes])\n',
  '            return tuple.__new__(cls, [s if type(s) is not int else _int(s) for s in sizes])\n', 'front-end', note='is -> is not at line 26')
M('auto-2141-ops.dispatch-383-34', 'ops/dispatch.py',
  '    e = (fn, v0._output_nr) if fn is not None else v0._edge()\n',
  '    e = (fn, v0._output_nr) if fn is None else v0._edge()\n', 'fast path', note="'is not' -> 'is' at line 383", nth=0)
M('auto-2141-tensor-518-8', 'tensor.py',
  "        '_dtype': info.dtype,\n",
  "        '_Dtype': info.dtype,\n", 'front-end', note='"\'_dtype\'" -> "\'_Dtype\'" at line 518')
M('auto-2141-backend_numpy-182-14', 'backend_numpy.py',
  '    return np.log(a)\n',
  '    return np.log1p(a)\n', 'front-end', note="'log' -> 'log1p' at line 182")
M('auto-2141-backend_numpy-129-17', 'backend_numpy.py',
  '    if g.size == 1 and g.shape != tuple(shape):\n',
  '    if g.size == 0 and g.shape != tuple(shape):\n', 'front-end', note='1 -> 0 at line 129')
M('auto-2141-ops.creation-252-25', 'ops/creation.py',
  "    n = _args.int_arg(n, 'eye', 'n', 1)\n",
  "    n = _args.int_arg(n, 'Eye', 'n', 1)\n", 'front-end', note='"\'eye\'" -> "\'Eye\'" at line 252')
M('auto-2141-ops.schema-499-4', 'ops/schema.py',
  '    facts = {}\n',
  '    pass\n', 'front-end', note="'facts = {}' -> 'pass' at line 499")
M('auto-2141-storage-295-8', 'storage.py',
  '        return self\n',
  '        pass\n', 'front-end', note="'return self' -> 'pass' at line 295", nth=6)
M('auto-2141-autograd.function-349-15', 'autograd/function.py',
  '            if not isinstance(t, _TensorBase):\n',
  '            if isinstance(t, _TensorBase):\n', 'vjp', note="'not ' -> '' at line 349", nth=0)
M('auto-2141-autograd._profiling-63-12', 'autograd/_profiling.py',
  '            return fn(*args, **kwargs)\n',
  '            pass\n', 'vjp', note="'return fn(*args, **kwargs)' -> 'pass' at line 63", nth=0)
M('auto-2141-ops.schema-113-84', 'ops/schema.py',
  "    __slots__ = ('args', 'kwargs', 'modern', 'variants', 'grad', 'types', 'scalar', 'shapes',\n",
  "    __slots__ = ('args', 'kwargs', 'modern', 'variants', 'grad', 'types', 'scalar', 'Shapes',\n", 'front-end', note='"\'shapes\'" -> "\'Shapes\'" at line 113')
M('auto-2141-autograd.engine-543-21', 'autograd/engine.py',
  '                if g is not None:\n',
  '                if g is None:\n', 'vjp', note="'is not' -> 'is' at line 543")
M('auto-2141-autograd.variable-47-78', 'autograd/variable.py',
  "            raise RuntimeError('Variable data has to be a tensor, but got %s' % tp_name(data))\n",
  "            raise RuntimeError('Variable data has to be a tensor, but got %s' // tp_name(data))\n", 'vjp', note='% -> // at line 47')
M('auto-2141-autograd.engine-281-4', 'autograd/engine.py',
  '    return Variable._make(data, grad_fn=Identity((g._edge(),)))\n',
  '    pass\n', 'vjp', note="'return Variable._make(data, grad_fn=Identity((g._edge(),)))' -> 'pass' at line 281")
M('auto-2141-ops.schema-324-23', 'ops/schema.py',
  "    if code is None or '_stacklevel' in code.co_varnames:\n",
  "    if code is None or '_Stacklevel' in code.co_varnames:\n", 'front-end', note='"\'_stacklevel\'" -> "\'_Stacklevel\'" at line 324')
M('auto-2141-ops.creation-160-54', 'ops/creation.py',
  '    if not inclusive and math.fmod(end - start, step) == 0:\n',
  '    if not inclusive and math.fmod(end - start, step) != 0:\n', 'front-end', note='== -> != at line 160')
M('auto-2141-autograd.function-706-4', 'autograd/function.py',
  '    return build(proto)\n',
  '    pass\n', 'vjp', note="'return build(proto)' -> 'pass' at line 706")
M('auto-2141-ops.creation-235-50', 'ops/creation.py',
  "    end = _args.float_arg(end, 'logspace', 'end', 2)\n",
  "    end = _args.float_arg(end, 'logspace', 'end', 1)\n", 'front-end', note='2 -> 1 at line 235')
M('auto-2141-ops.arithmetic-225-47', 'ops/arithmetic.py',
  "                if getattr(value, 'is_sparse', False) and name == 'add' and ts_is_tensor(self):\n",
  "                if getattr(value, 'is_sparse', True) and name == 'add' and ts_is_tensor(self):\n", 'front-end', note="'False' -> 'True' at line 225")
M('auto-2141-ops.backend_variable-72-4', 'ops/backend_variable.py',
  "    return ctx.B.narrow(g, p['dim'], p['start'], n)\n",
  '    pass\n', 'front-end', note='"return ctx.B.narrow(g, p[\'dim\'], p[\'start\'], n)" -> \'pass\' at line 72')
M('auto-2141-ops.dispatch-470-18', 'ops/dispatch.py',
  '    self = inputs[0]\n',
  '    self = inputs[1]\n', 'fast path', note='0 -> 1 at line 470', nth=0)
M('auto-2141-autograd._profiling-88-18', 'autograd/_profiling.py',
  "            state['depth'] = 0\n",
  "            state['Depth'] = 0\n", 'vjp', note='"\'depth\'" -> "\'Depth\'" at line 88', nth=1)
M('auto-2141-autograd.profiler-365-28', 'autograd/profiler.py',
  "    lines.append(row.format('Name', 'CPU time', 'CUDA time', 'Calls', 'CPU total', 'CUDA total'))\n",
  "    lines.append(row.format('name', 'CPU time', 'CUDA time', 'Calls', 'CPU total', 'CUDA total'))\n", 'vjp', note='"\'Name\'" -> "\'name\'" at line 365')
M('auto-2141-tensor-314-8', 'tensor.py',
  '        return type(self)._wrap(self._a, self._version)\n',
  '        pass\n', 'front-end', note="'return type(self)._wrap(self._a, self._version)' -> 'pass' at line 314")
M('auto-2141-autograd.function-438-7', 'autograd/function.py',
  '    if not items:\n',
  '    if items:\n', 'vjp', note="'not ' -> '' at line 438")

# ---- sample 2142 (session 23, a measurement of the op-formula files: drawn and run at 348ead0,
# AUTO_MUTANTS_SEED=2142 COUNT=40 KINDS=all, --jobs 1), measured before any test written for it:
# 37 of 40 killed by the subsets; 2 equivalent; 1 real survivor, now killed by
# test_wide_kills_s23.py: the name in an unbound zero_'s error: 37 of 38
M('auto-2142-ops.shape-606-33', 'ops/shape.py',
  "        dim = _args.int_arg(dim, 'cat', 'dim', 2)\n",
  "        dim = _args.int_arg(dim, 'Cat', 'dim', 2)\n", 'front-end', note='"\'cat\'" -> "\'Cat\'" at line 606')
M('auto-2142-ops.nn_loss_ops-135-4', 'ops/nn_loss_ops.py',
  '    pairs = []\n',
  '    pass\n', 'op formula', note="'pairs = []' -> 'pass' at line 135")
M('auto-2142-ops.rnn_ops-825-17', 'ops/rnn_ops.py',
  '        if layer is not None:\n',
  '        if layer is None:\n', 'op formula', note="'is not' -> 'is' at line 825")
M('auto-2142-ops.nn_ops-310-4', 'ops/nn_ops.py',
  '    s = _wide(z).sum(axis=dim, keepdims=True)\n',
  '    pass\n', 'op formula', note="'s = _wide(z).sum(axis=dim, keepdims=True)' -> 'pass' at line 310")
M('auto-2142-ops.rnn_ops-613-8', 'ops/rnn_ops.py',
  '        return a.sum(0)\n',
  '        pass\n', 'op formula', note="'return a.sum(0)' -> 'pass' at line 613", nth=1)
M('auto-2142-ops.lapack-387-28', 'ops/lapack.py',
  "                  argnames=('self',), extra_outputs=1)\n",
  "                  argnames=('Self',), extra_outputs=1)\n", 'front-end', note='"\'self\'" -> "\'Self\'" at line 387')
M('auto-2142-nn._functional_volumetric-584-34', 'nn/_functional_volumetric.py',
  '    samples = samples.reshape(-1, 2)\n',
  '    samples = samples.reshape(-1, 1)\n', 'op formula', note='2 -> 1 at line 584')
M('auto-2142-nn.functional-359-27', 'nn/functional.py',
  "        raise RuntimeError('weight tensor should be defined either for all %d classes or no '\n",
  "        raise RuntimeError('Weight tensor should be defined either for all %d classes or no '\n", 'op formula', note='"\'weight tensor should be defined either for all %d classes or no \'" -> "\'Weight tensor should be defined either for all %d classes or no \'" at line 359')
M('auto-2142-ops.rnn_ops-126-8', 'ops/rnn_ops.py',
  '        return [self.views(c, back) for c in _chunks(a, k)]\n',
  '        pass\n', 'op formula', note="'return [self.views(c, back) for c in _chunks(a, k)]' -> 'pass' at line 126")
M('auto-2142-ops.reduction-173-8', 'ops/reduction.py',
  '        return call_variable1(op, self)         # every full reduction is a plain op\n',
  '        pass         # every full reduction is a plain op\n', 'front-end', note="'return call_variable1(op, self)' -> 'pass' at line 173")
M('auto-2142-ops.conv_ops-1301-20', 'ops/conv_ops.py',
  '            gx = (g - gsum / m - xhat * (gxhat / m)) * scale\n',
  '            gx = (g + gsum / m - xhat * (gxhat / m)) * scale\n', 'op formula', note='- -> + at line 1301')
M('auto-2142-nn._functional_schema-226-21', 'nn/_functional_schema.py',
  '    idx = Const([[0, 2, 4], [3, 1, 0]])\n',
  '    idx = Const([[0, 3, 4], [3, 1, 0]])\n', 'op formula', note='2 -> 3 at line 226',
  equivalent="a parity sample's index data (embedding rows 2 -> 3 of 5): another valid sample, compared with modern torch the same way")
M('auto-2142-ops.conv_ops-439-4', 'ops/conv_ops.py',
  '    ws = _shape4(w_shape)\n',
  '    pass\n', 'op formula', note="'ws = _shape4(w_shape)' -> 'pass' at line 439", nth=0)
M('auto-2142-ops.pointwise-994-24', 'ops/pointwise.py',
  "    _check_tensor(self, 'zero_')\n",
  "    _check_tensor(self, 'Zero_')\n", 'front-end', note='"\'zero_\'" -> "\'Zero_\'" at line 994')
M('auto-2142-ops.shape-748-4', 'ops/shape.py',
  "    return call(DIAG, [self], {'diagonal': _int_arg(diagonal, 'diagonal', 'diag', 1)})\n",
  '    pass\n', 'front-end', note='"return call(DIAG, [self], {\'diagonal\': _int_arg(diagonal, \'diagonal\', \'diag\', 1)})" -> \'pass\' at line 748')
M('auto-2142-ops.indexing-1074-4', 'ops/indexing.py',
  '    flat = B.reshape(g, (idx.size,))\n',
  '    pass\n', 'front-end', note="'flat = B.reshape(g, (idx.size,))' -> 'pass' at line 1074")
M('auto-2142-nn._functional_schema-353-26', 'nn/_functional_schema.py',
  "    for name, kernel in (('mse_loss', _ops.MSE_LOSS), ('l1_loss', _ops.L1_LOSS),\n",
  "    for name, kernel in (('Mse_loss', _ops.MSE_LOSS), ('l1_loss', _ops.L1_LOSS),\n", 'op formula', note='"\'mse_loss\'" -> "\'Mse_loss\'" at line 353')
M('auto-2142-ops.reduction-314-12', 'ops/reduction.py',
  "    idx = p['index']\n",
  "    idx = p['Index']\n", 'front-end', note='"\'index\'" -> "\'Index\'" at line 314')
M('auto-2142-ops.blas_ops-310-0', 'ops/blas_ops.py',
  "baddbmm = _product_op('baddbmm', BADDBMM, _check_bmm(True))\n",
  'pass\n', 'front-end', note='"baddbmm = _product_op(\'baddbmm\', BADDBMM, _check_bmm(True))" -> \'pass\' at line 310')
M('auto-2142-ops.pointwise-610-17', 'ops/pointwise.py',
  '        keep = x < hi\n',
  '        keep = x <= hi\n', 'front-end', note='< -> <= at line 610')
M('auto-2142-ops.shape-375-19', 'ops/shape.py',
  '    if length <= 0 or start > size - length:\n',
  '    if length <= 0 and start > size - length:\n', 'front-end', note='or -> and at line 375')
M('auto-2142-ops.nn_ops-226-17', 'ops/nn_ops.py',
  '    sig = 1 / (1 + B.exp(x * (-beta)))\n',
  '    sig = 1 / (1 - B.exp(x * (-beta)))\n', 'op formula', note='+ -> - at line 226')
M('auto-2142-nn._functional_vision-224-49', 'nn/_functional_vision.py',
  '            inside = (xc >= 0) & (xc < IW) & (yc >= 0) & (yc < IH)\n',
  '            inside = (xc >= 0) & (xc < IW) & (yc < 0) & (yc < IH)\n', 'op formula', note='>= -> < at line 224')
M('auto-2142-ops.rnn_ops-221-19', 'ops/rnn_ops.py',
  '    return [a[:, j * w:(j + 1) * w] for j in range(k)]\n',
  '    return [a[:, j / w:(j + 1) * w] for j in range(k)]\n', 'op formula', note='* -> / at line 221')
M('auto-2142-ops.linalg-179-26', 'ops/linalg.py',
  "    _args.tensor_arg(vec, 'mv', 'vec', 1)\n",
  "    _args.tensor_arg(vec, 'Mv', 'vec', 1)\n", 'front-end', note='"\'mv\'" -> "\'Mv\'" at line 179')
M('auto-2142-ops.reduction-654-8', 'ops/reduction.py',
  '        return _number(op.forward(self._a, None, False, unbiased))\n',
  '        pass\n', 'front-end', note="'return _number(op.forward(self._a, None, False, unbiased))' -> 'pass' at line 654")
M('auto-2142-nn._functional_schema-105-8', 'nn/_functional_schema.py',
  '        d_n = torch.min(d_n, _distance_031(torch, p, n, norm, eps))\n',
  '        pass\n', 'op formula', note="'d_n = torch.min(d_n, _distance_031(torch, p, n, norm, eps))' -> 'pass' at line 105")
M('auto-2142-ops.pointwise-424-16', 'ops/pointwise.py',
  "    if bound == 0 and a.dtype.kind == 'f':\n",
  "    if bound == 1 and a.dtype.kind == 'f':\n", 'front-end', note='0 -> 1 at line 424')
M('auto-2142-ops.pointwise-813-11', 'ops/pointwise.py',
  '    if min is not None and max is not None:\n',
  '    if min is None and max is not None:\n', 'front-end', note="'is not' -> 'is' at line 813", nth=1)
M('auto-2142-ops.rnn_ops-717-28', 'ops/rnn_ops.py',
  '    return K.cat(outs + [h] + ([c] if c is not None else []), 0)\n',
  '    return K.cat(outs + [h] - ([c] if c is not None else []), 0)\n', 'op formula', note='+ -> - at line 717')
M('auto-2142-ops.conv_ops-590-25', 'ops/conv_ops.py',
  '    return (xs[0], ws[1] * groups) + spatial\n',
  '    return (xs[0], ws[1] / groups) + spatial\n', 'op formula', note='* -> / at line 590')
M('auto-2142-ops.nn_ops-310-40', 'ops/nn_ops.py',
  '    s = _wide(z).sum(axis=dim, keepdims=True)\n',
  '    s = _wide(z).sum(axis=dim, keepdims=False)\n', 'op formula', note="'True' -> 'False' at line 310")
M('auto-2142-ops.lapack-872-8', 'ops/lapack.py',
  '        up = np.triu(lu)\n',
  '        pass\n', 'front-end', note="'up = np.triu(lu)' -> 'pass' at line 872")
M('auto-2142-ops.reduction-950-47', 'ops/reduction.py',
  '    axes = tuple(i for i in range(a.ndim) if i != dim)\n',
  '    axes = tuple(i for i in range(a.ndim) if i == dim)\n', 'front-end', note='!= -> == at line 950')
M('auto-2142-ops.reduction-739-8', 'ops/reduction.py',
  '        return x.max(axis=axis, keepdims=keepdims) if p > 0 else x.min(axis=axis, keepdims=keepdims)\n',
  '        pass\n', 'front-end', note="'return x.max(axis=axis, keepdims=keepdims) if p > 0 else x.min(axis=axis, keepdims=keepdims)' -> 'pass' at line 739")
M('auto-2142-nn._functional_activation-57-28', 'nn/_functional_activation.py',
  "                  argnames=('self',), parity_exempt=G.TESTED)\n",
  "                  argnames=('Self',), parity_exempt=G.TESTED)\n", 'op formula', note='"\'self\'" -> "\'Self\'" at line 57',
  equivalent='argnames[0] of a one-input op is never printed: check_same_type names arguments from index 1 on')
M('auto-2142-ops.rnn_ops-513-23', 'ops/rnn_ops.py',
  '            if needs[k + 3]:\n',
  '            if needs[k - 3]:\n', 'op formula', note='+ -> - at line 513')
M('auto-2142-nn.functional-605-4', 'nn/functional.py',
  '    check_same_type(_loss_ops.SOFT_MARGIN_LOSS, [input, target])\n',
  '    pass\n', 'op formula', note="'check_same_type(_loss_ops.SOFT_MARGIN_LOSS, [input, target])' -> 'pass' at line 605")
M('auto-2142-ops.pointwise-170-23', 'ops/pointwise.py',
  '    erf[only_hi] = 1.0 - erfc[only_hi]\n',
  '    erf[only_hi] = 1.0 + erfc[only_hi]\n', 'front-end', note='- -> + at line 170')
M('auto-2142-ops.conv_ops-556-4', 'ops/conv_ops.py',
  '    x, g = ctx.inputs\n',
  '    pass\n', 'op formula', note="'x, g = ctx.inputs' -> 'pass' at line 556")

# ---- sample 2143 (session 23, a measurement of the front-end files: drawn and run at 6d0e10b,
# AUTO_MUTANTS_SEED=2143 COUNT=40 KINDS=all, --jobs 1), measured before any test written for it:
# 34 of 40 killed by the subsets; 2 equivalent; 4 real survivors, now killed by
# test_wide_kills_s23.py: `char()` profiled as Type, FunctionEventAvg's operand assertion,
# a Function's dirty_tensors cleared after forward, a dense tensor's add of a sparse one:
# 34 of 38
M('auto-2143-storage-537-38', 'storage.py',
  "        return (a.__array_interface__['data'][0] - held.__array_interface__['data'][0]) \\\n",
  "        return (a.__array_interface__['Data'][0] - held.__array_interface__['data'][0]) \\\n", 'front-end', note='"\'data\'" -> "\'Data\'" at line 537')
M('auto-2143-ops.schema-277-25', 'ops/schema.py',
  "    if typ in ('Scalar', 'double'):\n",
  "    if typ in ('Scalar', 'Double'):\n", 'front-end', note='"\'double\'" -> "\'Double\'" at line 277',
  equivalent="no parser signature declares a double parameter (the 15 signatures= of the package use Scalar, int64_t, bool, Tensor, IntList): the 'double' test never decides")
M('auto-2143-autograd.gradcheck-32-4', 'autograd/gradcheck.py',
  '    return tuple(o for o in _as_tuple(x) if o.requires_grad)\n',
  '    pass\n', 'vjp', note="'return tuple(o for o in _as_tuple(x) if o.requires_grad)' -> 'pass' at line 32")
M('auto-2143-ops._args-162-45', 'ops/_args.py',
  "        raise arg_type_error(fname, argname, 'Variable', value, pos)\n",
  "        raise arg_type_error(fname, argname, 'variable', value, pos)\n", 'front-end', note='"\'Variable\'" -> "\'variable\'" at line 162')
M('auto-2143-tensor-619-8', 'tensor.py',
  '        raise err\n',
  '        pass\n', 'front-end', note="'raise err' -> 'pass' at line 619", nth=3)
M('auto-2143-ops._args-169-8', 'ops/_args.py',
  '        return value\n',
  '        pass\n', 'front-end', note="'return value' -> 'pass' at line 169", nth=1)
M('auto-2143-storage-290-31', 'storage.py',
  '                               % (errors.legacy_typename(source), self._typename))\n',
  '                               // (errors.legacy_typename(source), self._typename))\n', 'front-end', note='% -> // at line 290')
M('auto-2143-ops.registry-31-36', 'ops/registry.py',
  "    __slots__ = ('name', 'forward', 'backward', 'grad_fn', 'save_inputs', 'save_output',\n",
  "    __slots__ = ('name', 'forward', 'Backward', 'grad_fn', 'save_inputs', 'save_output',\n", 'front-end', note='"\'backward\'" -> "\'Backward\'" at line 31')
M('auto-2143-autograd._profiling-21-42', 'autograd/_profiling.py',
  "_state = {'records': None, 'saved': None, 'depth': 0}\n",
  "_state = {'records': None, 'saved': None, 'Depth': 0}\n", 'vjp', note='"\'depth\'" -> "\'Depth\'" at line 21',
  equivalent="the initial value is never read: enable() sets _state['depth'] = 0 before anything is recorded")
M('auto-2143-autograd.variable-95-12', 'autograd/variable.py',
  "            raise RuntimeError('assigned grad has data of a different size')\n",
  '            pass\n', 'vjp', note='"raise RuntimeError(\'assigned grad has data of a different size\')" -> \'pass\' at line 95')
M('auto-2143-ops.dispatch-510-20', 'ops/dispatch.py',
  '        if alpha == 1:\n',
  '        if alpha == 0:\n', 'fast path', note='1 -> 0 at line 510')
M('auto-2143-ops.dispatch-418-22', 'ops/dispatch.py',
  '        t._version = [0]\n',
  '        t._version = [1]\n', 'fast path', note='0 -> 1 at line 418', nth=2)
M('auto-2143-ops.arithmetic-236-12', 'ops/arithmetic.py',
  '            raise overloads_error(self, (value, other), name, inplace)\n',
  '            pass\n', 'front-end', note="'raise overloads_error(self, (value, other), name, inplace)' -> 'pass' at line 236")
M('auto-2143-ops.dispatch-138-9', 'ops/dispatch.py',
  '    if n > 1 and op.check_types:\n',
  '    if n < 1 and op.check_types:\n', 'fast path', note='> -> < at line 138')
M('auto-2143-ops.arithmetic-65-41', 'ops/arithmetic.py',
  "    grad_fn='MulBackward1', save_inputs=(0, 1), argnames=('self', 'other'),\n",
  "    grad_fn='MulBackward1', save_inputs=(1, 1), argnames=('self', 'other'),\n", 'front-end', note='0 -> 1 at line 65')
M('auto-2143-backend_numpy-50-0', 'backend_numpy.py',
  'dot = _fastpaths.code_pair(dot, _dot_general)     # reference mode: numpy.dot for every product\n',
  'pass     # reference mode: numpy.dot for every product\n', 'front-end', note="'dot = _fastpaths.code_pair(dot, _dot_general)' -> 'pass' at line 50")
M('auto-2143-autograd.gradcheck-54-35', 'autograd/gradcheck.py',
  '    if isinstance(input, Iterable) and not isinstance(input, str):\n',
  '    if isinstance(input, Iterable) or not isinstance(input, str):\n', 'vjp', note="'and' -> 'or' at line 54", nth=0)
M('auto-2143-autograd._profiling-46-26', 'autograd/_profiling.py',
  "                          'char', 'byte'])\n",
  "                          'Char', 'byte'])\n", 'vjp', note='"\'char\'" -> "\'Char\'" at line 46')
M('auto-2143-ops.comparison-119-26', 'ops/comparison.py',
  "for _name in ('eq', 'ne', 'lt', 'le', 'gt', 'ge'):\n",
  "for _name in ('eq', 'ne', 'Lt', 'le', 'gt', 'ge'):\n", 'front-end', note='"\'lt\'" -> "\'Lt\'" at line 119')
M('auto-2143-backend_numpy-80-12', 'backend_numpy.py',
  '    if size == 0:\n',
  '    if size != 0:\n', 'front-end', note='== -> != at line 80')
M('auto-2143-ops.comparison-70-0', 'ops/comparison.py',
  "EQ = _register_comparison('eq', np.equal)\n",
  'pass\n', 'front-end', note='"EQ = _register_comparison(\'eq\', np.equal)" -> \'pass\' at line 70')
M('auto-2143-tensor-57-12', 'tensor.py',
  '            self._a = first._a.view()\n',
  '            pass\n', 'front-end', note="'self._a = first._a.view()' -> 'pass' at line 57")
M('auto-2143-autograd.variable-42-31', 'autograd/variable.py',
  '            raise RuntimeError("Variable can\'t be volatile and require_grad at the same time!")\n',
  '            raise RuntimeError("variable can\'t be volatile and require_grad at the same time!")\n', 'vjp', note='\'"Variable can\\\'t be volatile and require_grad at the same time!"\' -> \'"variable can\\\'t be volatile and require_grad at the same time!"\' at line 42')
M('auto-2143-ops.dispatch-460-25', 'ops/dispatch.py',
  '        node.has_saved = True\n',
  '        node.has_saved = False\n', 'fast path', note="'True' -> 'False' at line 460", nth=5)
M('auto-2143-autograd._functions.__init__-65-16', 'autograd/_functions/__init__.py',
  '                call_args.append(v)\n',
  '                pass\n', 'vjp', note="'call_args.append(v)' -> 'pass' at line 65")
M('auto-2143-ops.arithmetic-415-48', 'ops/arithmetic.py',
  "mul = _binary_front_end(MUL_SCALAR, MUL, 'mul', False)\n",
  "mul = _binary_front_end(MUL_SCALAR, MUL, 'mul', True)\n", 'front-end', note="'False' -> 'True' at line 415")
M('auto-2143-storage-64-21', 'storage.py',
  '            if first < 0:\n',
  '            if first <= 0:\n', 'front-end', note='< -> <= at line 64')
M('auto-2143-autograd._profiling-58-4', 'autograd/_profiling.py',
  '    state = _state\n',
  '    pass\n', 'vjp', note="'state = _state' -> 'pass' at line 58", nth=0)
M('auto-2143-autograd.profiler-226-8', 'autograd/profiler.py',
  '        assert isinstance(other, FunctionEvent)\n',
  '        pass\n', 'vjp', note="'assert isinstance(other, FunctionEvent)' -> 'pass' at line 226")
M('auto-2143-autograd.function-231-8', 'autograd/function.py',
  '        cls._is_legacy = not has_static_forward\n',
  '        pass\n', 'vjp', note="'cls._is_legacy = not has_static_forward' -> 'pass' at line 231")
M('auto-2143-autograd.profiler-149-11', 'autograd/profiler.py',
  '        if not self.enabled:\n',
  '        if self.enabled:\n', 'vjp', note="'not ' -> '' at line 149", nth=4)
M('auto-2143-ops.arithmetic-93-66', 'ops/arithmetic.py',
  "    grad_fn='DivBackward1', save_inputs=(0, 1), argnames=('self', 'other'),\n",
  "    grad_fn='DivBackward1', save_inputs=(0, 1), argnames=('self', 'Other'),\n", 'front-end', note='"\'other\'" -> "\'Other\'" at line 93')
M('auto-2143-ops.arithmetic-277-67', 'ops/arithmetic.py',
  "    return _binary(self, value, other, ADD_SCALAR, ADD, ADD_ALPHA, 'add', False, alpha)\n",
  "    return _binary(self, value, other, ADD_SCALAR, ADD, ADD_ALPHA, 'Add', False, alpha)\n", 'front-end', note='"\'add\'" -> "\'Add\'" at line 277')
M('auto-2143-ops.schema-252-25', 'ops/schema.py',
  '    d.facts.update(facts or {})\n',
  '    d.facts.update(facts and {})\n', 'front-end', note='or -> and at line 252')
M('auto-2143-ops.dispatch-72-23', 'ops/dispatch.py',
  '    rest = list(inputs[1:])\n',
  '    rest = list(inputs[0:])\n', 'fast path', note='1 -> 0 at line 72')
M('auto-2143-ops.dispatch-199-24', 'ops/dispatch.py',
  '            v1 = inputs[1]\n',
  '            v1 = inputs[2]\n', 'fast path', note='1 -> 2 at line 199')
M('auto-2143-ops.backend_variable-261-4', 'ops/backend_variable.py',
  '    return a.unfold(dim, size, step)\n',
  '    pass\n', 'front-end', note="'return a.unfold(dim, size, step)' -> 'pass' at line 261")
M('auto-2143-tensor-487-29', 'tensor.py',
  "    with np.errstate(invalid='ignore', over='ignore'):\n",
  "    with np.errstate(invalid='Ignore', over='ignore'):\n", 'front-end', note='"\'ignore\'" -> "\'Ignore\'" at line 487')
M('auto-2143-autograd.function-359-4', 'autograd/function.py',
  '    fn.dirty_tensors = None\n',
  '    pass\n', 'vjp', note="'fn.dirty_tensors = None' -> 'pass' at line 359", nth=1)
M('auto-2143-ops.arithmetic-199-70', 'ops/arithmetic.py',
  "            type(value) is type(self) or sparse_ok and getattr(value, 'is_sparse', False)))\n",
  "            type(value) is type(self) or sparse_ok and getattr(value, 'Is_sparse', False)))\n", 'front-end', note='"\'is_sparse\'" -> "\'Is_sparse\'" at line 199')

# ---- sample 2144 (session 23, a measurement of the op-formula files: drawn and run at 6d0e10b,
# AUTO_MUTANTS_SEED=2144 COUNT=40 KINDS=all, --jobs 1), measured before any test written for it:
# 38 of 40 killed by the subsets; 2 equivalent (parity-sample validity filters): 38 of 38
M('auto-2144-ops.shape-133-35', 'ops/shape.py',
  "    grad_fn='TBackward', argnames=('self',), is_view=True,\n",
  "    grad_fn='TBackward', argnames=('Self',), is_view=True,\n", 'front-end', note='"\'self\'" -> "\'Self\'" at line 133')
M('auto-2144-ops.conv_ops-1216-97', 'ops/conv_ops.py',
  "        raise RuntimeError('pad should be non-negative, but got padW = %d, padH = %d' % (p[1], p[0]))\n",
  "        raise RuntimeError('pad should be non-negative, but got padW = %d, padH = %d' % (p[1], p[1]))\n", 'op formula', note='0 -> 1 at line 1216', nth=1)
M('auto-2144-ops.conv_ops-1120-65', 'ops/conv_ops.py',
  '    lambda ctx, h: (ctx.B.adaptive_avg_pool(h, ctx.shapes[0][0][-2:]),),\n',
  '    lambda ctx, h: (ctx.B.adaptive_avg_pool(h, ctx.shapes[0][0][-1:]),),\n', 'op formula', note='2 -> 1 at line 1120')
M('auto-2144-ops.pointwise-925-39', 'ops/pointwise.py',
  '            (value is not _OMITTED and not is_number(value)):\n',
  '            (value is not _OMITTED and is_number(value)):\n', 'front-end', note="'not ' -> '' at line 925")
M('auto-2144-nn.functional-487-4', 'nn/functional.py',
  '    loss = input - input * target + max_val + ((-max_val).exp() + (-input - max_val).exp()).log()\n',
  '    pass\n', 'op formula', note="'loss = input - input * target + max_val + ((-max_val).exp() + (-input - max_val).exp()).log()' -> 'pass' at line 487")
M('auto-2144-nn._functional_activation-29-4', 'nn/_functional_activation.py',
  '    return x.data if isinstance(x, Variable) else x\n',
  '    pass\n', 'op formula', note="'return x.data if isinstance(x, Variable) else x' -> 'pass' at line 29")
M('auto-2144-nn._functional_volumetric-239-46', 'nn/_functional_volumetric.py',
  "                           '%d dilationW: %d' % dl)\n",
  "                           '%d dilationW: %d' // dl)\n", 'op formula', note='% -> // at line 239')
M('auto-2144-ops.conv_ops-1624-18', 'ops/conv_ops.py',
  "        d = p.get('dilation', (1,) * nd)\n",
  "        d = p.get('Dilation', (1,) * nd)\n", 'op formula', note='"\'dilation\'" -> "\'Dilation\'" at line 1624',
  equivalent="the validity filter of generated pooling samples (test-sample code): ignoring dilation admits more windows of the same parity comparison; the op's code is not touched")
M('auto-2144-ops.conv_ops-1335-67', 'ops/conv_ops.py',
  "    rv = None if running_var is None else _tensor_arr(running_var, 'running_var')\n",
  "    rv = None if running_var is None else _tensor_arr(running_var, 'Running_var')\n", 'op formula', note='"\'running_var\'" -> "\'Running_var\'" at line 1335')
M('auto-2144-ops.conv_ops-1374-4', 'ops/conv_ops.py',
  '    pairs = _pad_pairs(pad, x.ndim)\n',
  '    pass\n', 'op formula', note="'pairs = _pad_pairs(pad, x.ndim)' -> 'pass' at line 1374")
M('auto-2144-ops.nn_ops-569-34', 'ops/nn_ops.py',
  '        gt = _as_target_grad(B, g * (B.log(safe) + 1 - x) * pos * n, t0)\n',
  '        gt = _as_target_grad(B, g + (B.log(safe) + 1 - x) * pos * n, t0)\n', 'op formula', note='* -> + at line 569')
M('auto-2144-ops.blas_ops-320-58', 'ops/blas_ops.py',
  "_BROADCAST = {'addmm': (2,), 'addmv': (1,), 'addr': (4,), 'addbmm': (2,), 'baddbmm': (3, 2)}\n",
  "_BROADCAST = {'addmm': (2,), 'addmv': (1,), 'addr': (4,), 'Addbmm': (2,), 'baddbmm': (3, 2)}\n", 'front-end', note='"\'addbmm\'" -> "\'Addbmm\'" at line 320')
M('auto-2144-ops.shape-820-8', 'ops/shape.py',
  '        return _set_view(self, _squeeze(self._a))\n',
  '        pass\n', 'front-end', note="'return _set_view(self, _squeeze(self._a))' -> 'pass' at line 820")
M('auto-2144-nn.functional-507-8', 'nn/functional.py',
  '        loss = loss + Variable(type(t)._wrap(st.astype(t._a.dtype)))\n',
  '        pass\n', 'op formula', note="'loss = loss + Variable(type(t)._wrap(st.astype(t._a.dtype)))' -> 'pass' at line 507")
M('auto-2144-ops.reduction-394-9', 'ops/reduction.py',
  '    if b is not array_of(other):\n',
  '    if b is array_of(other):\n', 'front-end', note="'is not' -> 'is' at line 394")
M('auto-2144-nn.functional-245-75', 'nn/functional.py',
  "            expanded = _call(_shape_ops.EXPAND, [bias], {'shape': (x.shape[0], w.shape[0])})\n",
  "            expanded = _call(_shape_ops.EXPAND, [bias], {'shape': (x.shape[1], w.shape[0])})\n", 'op formula', note='0 -> 1 at line 245')
M('auto-2144-ops.blas_ops-355-19', 'ops/blas_ops.py',
  '    if a.ndim != 1 or b.ndim != 1:\n',
  '    if a.ndim != 1 and b.ndim != 1:\n', 'front-end', note='or -> and at line 355', nth=1)
M('auto-2144-ops.conv_ops-953-21', 'ops/conv_ops.py',
  '        hh = ki * dh + (np.arange(oh) * sh - ph)[:, None]\n',
  '        hh = ki * dh - (np.arange(oh) * sh - ph)[:, None]\n', 'op formula', note='+ -> - at line 953')
M('auto-2144-ops.rnn_ops-670-41', 'ops/rnn_ops.py',
  '        dGh = K.cat([dpr, dpz, dpn * r], 1)\n',
  '        dGh = K.cat([dpr, dpz, dpn * r], 0)\n', 'op formula', note='1 -> 0 at line 670')
M('auto-2144-ops.nn_ops-942-78', 'ops/nn_ops.py',
  '        bool(np.all((x1 * x1).sum(1) > 0.1)) and bool(np.all((x2 * x2).sum(1) > 0.1))\n',
  '        bool(np.all((x1 * x1).sum(1) > 0.1)) and bool(np.all((x2 * x2).sum(1) >= 0.1))\n', 'op formula', note='> -> >= at line 942',
  equivalent="the domain filter of generated cosine-similarity samples (norms above 0.1): >= admits the same random samples (a squared norm of exactly 0.1 is never drawn); the op's code is not touched")
M('auto-2144-ops.lapack-146-4', 'ops/lapack.py',
  '    return back\n',
  '    pass\n', 'front-end', note="'return back' -> 'pass' at line 146")
M('auto-2144-ops.lapack-708-38', 'ops/lapack.py',
  "    _check_tau(_matrix(self), input2, 'orgqr')\n",
  "    _check_tau(_matrix(self), input2, 'Orgqr')\n", 'front-end', note='"\'orgqr\'" -> "\'Orgqr\'" at line 708')
M('auto-2144-ops.pointwise-737-88', 'ops/pointwise.py',
  "    grad_fn='torch.autograd.function.CminConstantBackward', save_inputs=(0,), argnames=('self',),\n",
  "    grad_fn='torch.autograd.function.CminConstantBackward', save_inputs=(0,), argnames=('Self',),\n", 'front-end', note='"\'self\'" -> "\'Self\'" at line 737')
M('auto-2144-ops.conv_ops-1589-12', 'ops/conv_ops.py',
  '            size = r.int(1, 3)\n',
  '            pass\n', 'op formula', note="'size = r.int(1, 3)' -> 'pass' at line 1589")
M('auto-2144-ops.conv_ops-228-4', 'ops/conv_ops.py',
  '    (ph, pw), (h, w) = padding, in_hw\n',
  '    pass\n', 'op formula', note="'(ph, pw), (h, w) = padding, in_hw' -> 'pass' at line 228")
M('auto-2144-ops.nn_ops-381-4', 'ops/nn_ops.py',
  '    return (g1, g2, gw, gb)\n',
  '    pass\n', 'op formula', note="'return (g1, g2, gw, gb)' -> 'pass' at line 381")
M('auto-2144-ops.rnn_ops-359-12', 'ops/rnn_ops.py',
  "_FORWARD = {'LSTM': _lstm_forward, 'GRU': _gru_forward,\n",
  "_FORWARD = {'lSTM': _lstm_forward, 'GRU': _gru_forward,\n", 'op formula', note='"\'LSTM\'" -> "\'lSTM\'" at line 359')
M('auto-2144-ops.pointwise-575-26', 'ops/pointwise.py',
  '    return (g * (-(y * y) + 1),)\n',
  '    return (g * (-(y * y) - 1),)\n', 'front-end', note='+ -> - at line 575')
M('auto-2144-ops.reduction-396-12', 'ops/reduction.py',
  '            return other.view(*b.shape)\n',
  '            pass\n', 'front-end', note="'return other.view(*b.shape)' -> 'pass' at line 396")
M('auto-2144-nn._functional_volumetric-436-4', 'nn/_functional_volumetric.py',
  '    return out.mul(kernel_size).pow(1. / norm_type)\n',
  '    pass\n', 'op formula', note="'return out.mul(kernel_size).pow(1. / norm_type)' -> 'pass' at line 436")
M('auto-2144-ops.lapack-48-50', 'ops/lapack.py',
  '    sign = torch.where(v[idx, torch.arange(v.size(1))] < 0, -1.0, 1.0).to(v.dtype)\n',
  '    sign = torch.where(v[idx, torch.arange(v.size(0))] < 0, -1.0, 1.0).to(v.dtype)\n', 'front-end', note='1 -> 0 at line 48')
M('auto-2144-ops.rnn_ops-454-16', 'ops/rnn_ops.py',
  "    Bz = (hprev - nn_) * z_ * (1 - z_)             # dpre_z = dh' * (h - n) * z(1-z)\n",
  "    Bz = (hprev + nn_) * z_ * (1 - z_)             # dpre_z = dh' * (h - n) * z(1-z)\n", 'op formula', note='- -> + at line 454')
M('auto-2144-ops.shape-426-32', 'ops/shape.py',
  '    return (slice(None),) * dim + (index,)\n',
  '    return (slice(None),) * dim - (index,)\n', 'front-end', note='+ -> - at line 426')
M('auto-2144-ops.indexing-510-42', 'ops/indexing.py',
  '    return all(k is None or k is Ellipsis or isinstance(k, (int, np.integer, slice))\n',
  '    return all(k is None or k is Ellipsis and isinstance(k, (int, np.integer, slice))\n', 'front-end', note='or -> and at line 510')
M('auto-2144-nn._functional_volumetric-201-24', 'nn/_functional_volumetric.py',
  '    shape = x.shape[:2] + tuple(out) + tuple(kernel)\n',
  '    shape = x.shape[:2] - tuple(out) + tuple(kernel)\n', 'op formula', note='+ -> - at line 201')
M('auto-2144-ops.conv_ops-1049-4', 'ops/conv_ops.py',
  '    stack = np.ascontiguousarray(np.moveaxis(win, (2, 3), (0, 1))).reshape(kh * kw, -1)\n',
  '    pass\n', 'op formula', note="'stack = np.ascontiguousarray(np.moveaxis(win, (2, 3), (0, 1))).reshape(kh * kw, -1)' -> 'pass' at line 1049")
M('auto-2144-ops.conv_ops-1332-25', 'ops/conv_ops.py',
  '        if t is not None and _arr(t).shape != (c,):\n',
  '        if t is not None or _arr(t).shape != (c,):\n', 'op formula', note="'and' -> 'or' at line 1332")
M('auto-2144-ops.linalg-34-42', 'ops/linalg.py',
  "    grad_fn='MmBackward', save_inputs=(0, 1), argnames=('self', 'mat2'),\n",
  "    grad_fn='MmBackward', save_inputs=(0, 0), argnames=('self', 'mat2'),\n", 'front-end', note='1 -> 0 at line 34')
M('auto-2144-ops.reduction-812-12', 'ops/reduction.py',
  "            return call(NORM, [self], {'p': p})\n",
  '            pass\n', 'front-end', note='"return call(NORM, [self], {\'p\': p})" -> \'pass\' at line 812')
M('auto-2144-ops.rnn_ops-511-40', 'ops/rnn_ops.py',
  '            gbi = dGi.sum(0) if needs[k + 2] else None\n',
  '            gbi = dGi.sum(0) if needs[k - 2] else None\n', 'op formula', note='+ -> - at line 511')

# ---- sample 2145 (session 23, a measurement of the front-end files: drawn and run at b818b5f,
# AUTO_MUTANTS_SEED=2145 COUNT=40 KINDS=all, --jobs 1), measured before any test written for it:
# 38 of 40 killed by the subsets; 1 equivalent; 1 real survivor, now killed by
# test_wide_kills_s23.py: the fallback warning once per call of addcmul_/addcdiv_/map2_: 38 of 39
M('auto-2145-ops.backend_variable-56-38', 'ops/backend_variable.py',
  "    grad_fn='SumBackward1', argnames=('self',), parity_exempt='internal helper of backward formulas')\n",
  "    grad_fn='SumBackward1', argnames=('Self',), parity_exempt='internal helper of backward formulas')\n", 'front-end', note='"\'self\'" -> "\'Self\'" at line 56',
  equivalent='argnames[0] of a one-input op is never printed: check_same_type names arguments from index 1 on (and sum_to is an internal helper no user calls)')
M('auto-2145-ops.creation-236-24', 'ops/creation.py',
  '        vals = t(start) + step * np.arange(steps, dtype=cls._dtype)\n',
  '        vals = t(start) - step * np.arange(steps, dtype=cls._dtype)\n', 'front-end', note='+ -> - at line 236')
M('auto-2145-backend_numpy-403-8', 'backend_numpy.py',
  '        src = [slice(None)] * a.ndim\n',
  '        pass\n', 'front-end', note="'src = [slice(None)] * a.ndim' -> 'pass' at line 403")
M('auto-2145-ops.schema-220-93', 'ops/schema.py',
  "            raise ValueError('op %r: the inplace variant needs impl(..., *, _inplace=False)' % name)\n",
  "            raise ValueError('op %r: the inplace variant needs impl(..., *, _inplace=False)' // name)\n", 'front-end', note='% -> // at line 220')
M('auto-2145-autograd.engine-503-12', 'autograd/engine.py',
  '    if _HOT and len(roots) == 1:\n',
  '    if _HOT or len(roots) == 1:\n', 'vjp', note="'and' -> 'or' at line 503")
M('auto-2145-ops._args-97-22', 'ops/_args.py',
  '        return _KINDS[0]\n',
  '        return _KINDS[1]\n', 'front-end', note='0 -> 1 at line 97')
M('auto-2145-autograd._functions.__init__-25-30', 'autograd/_functions/__init__.py',
  "    ('Abs', 'abs'), ('Clamp', 'clamp'), ('Sqrt', 'sqrt'), ('Sin', 'sin'), ('Cos', 'cos'),\n",
  "    ('Abs', 'abs'), ('Clamp', 'Clamp'), ('Sqrt', 'sqrt'), ('Sin', 'sin'), ('Cos', 'cos'),\n", 'vjp', note='"\'clamp\'" -> "\'Clamp\'" at line 25')
M('auto-2145-ops.schema-504-12', 'ops/schema.py',
  "            'out': 'out' in d.variants,\n",
  "            'Out': 'out' in d.variants,\n", 'front-end', note='"\'out\'" -> "\'Out\'" at line 504')
M('auto-2145-ops._common-177-23', 'ops/_common.py',
  '        state.warned = False\n',
  '        state.warned = True\n', 'front-end', note="'False' -> 'True' at line 177")
M('auto-2145-storage-294-12', 'storage.py',
  '            self._a[...] = src\n',
  '            pass\n', 'front-end', note="'self._a[...] = src' -> 'pass' at line 294")
M('auto-2145-autograd.nodes-180-17', 'autograd/nodes.py',
  "    __slots__ = ('message', 'num_outputs')\n",
  "    __slots__ = ('Message', 'num_outputs')\n", 'vjp', note='"\'message\'" -> "\'Message\'" at line 180')
M('auto-2145-ops.backend_variable-281-4', 'ops/backend_variable.py',
  "    return _call(FLIP_DIM, [a], {'dim': dim})\n",
  '    pass\n', 'front-end', note='"return _call(FLIP_DIM, [a], {\'dim\': dim})" -> \'pass\' at line 281')
M('auto-2145-autograd.function-505-18', 'autograd/function.py',
  '    nf = nexts[i][0] if i < len(nexts) else None\n',
  '    nf = nexts[i][1] if i < len(nexts) else None\n', 'vjp', note='0 -> 1 at line 505')
M('auto-2145-tensor-181-8', 'tensor.py',
  '        return self._a.shape[0]\n',
  '        pass\n', 'front-end', note="'return self._a.shape[0]' -> 'pass' at line 181")
M('auto-2145-storage-64-23', 'storage.py',
  '            if first < 0:\n',
  '            if first < 1:\n', 'front-end', note='0 -> 1 at line 64')
M('auto-2145-ops.dispatch-326-66', 'ops/dispatch.py',
  '                    saved[i] = self_copy if (i == 0 and self_copy is not None) \\\n',
  '                    saved[i] = self_copy if (i == 0 and self_copy is None) \\\n', 'fast path', note="'is not' -> 'is' at line 326")
M('auto-2145-autograd.__init__-144-42', 'autograd/__init__.py',
  '    if _EVERYDAY and create_graph is None and retain_variables is None \\\n',
  '    if _EVERYDAY and create_graph is None or retain_variables is None \\\n', 'vjp', note="'and' -> 'or' at line 144")
M('auto-2145-ops.arithmetic-46-23', 'ops/arithmetic.py',
  '    lambda ctx, g: (g, -g if ctx.needs[1] else None),\n',
  '    lambda ctx, g: (g, g if ctx.needs[1] else None),\n', 'front-end', note="'-' -> '' at line 46")
M('auto-2145-ops.schema-297-51', 'ops/schema.py',
  "                           'var', 'theta', 'grid', 'other', 'embedding_matrix'))\n",
  "                           'var', 'theta', 'grid', 'Other', 'embedding_matrix'))\n", 'front-end', note='"\'other\'" -> "\'Other\'" at line 297')
M('auto-2145-ops.arithmetic-287-67', 'ops/arithmetic.py',
  "    return _binary(self, value, other, SUB_SCALAR, SUB, SUB_ALPHA, 'sub', False, alpha)\n",
  "    return _binary(self, value, other, SUB_SCALAR, SUB, SUB_ALPHA, 'Sub', False, alpha)\n", 'front-end', note='"\'sub\'" -> "\'Sub\'" at line 287')
M('auto-2145-storage-337-21', 'storage.py',
  "                     ' * (%s view_source, [int offset, [int size]])\\n'\n",
  "                     ' * (%S view_source, [int offset, [int size]])\\n'\n", 'front-end', note='"\' * (%s view_source, [int offset, [int size]])\\\\n\'" -> "\' * (%S view_source, [int offset, [int size]])\\\\n\'" at line 337')
M('auto-2145-autograd.gradcheck-228-12', 'autograd/gradcheck.py',
  '            t = x.data.new(*x.size())\n',
  '            pass\n', 'vjp', note="'t = x.data.new(*x.size())' -> 'pass' at line 228")
M('auto-2145-autograd.engine-319-8', 'autograd/engine.py',
  '        _accumulate_sparse(var, cur, g.t)\n',
  '        pass\n', 'vjp', note="'_accumulate_sparse(var, cur, g.t)' -> 'pass' at line 319")
M('auto-2145-tensor-405-49', 'tensor.py',
  "                           errors.tp_name(item), ', '.join(str(i) for i in index)))\n",
  "                           errors.tp_name(item), ', X'.join(str(i) for i in index)))\n", 'front-end', note='"\', \'" -> "\', X\'" at line 405')
M('auto-2145-autograd.function-576-4', 'autograd/function.py',
  '    result = ctx.apply(*args)\n',
  '    pass\n', 'vjp', note="'result = ctx.apply(*args)' -> 'pass' at line 576")
M('auto-2145-storage-520-12', 'storage.py',
  '            and held.flags.c_contiguous:\n',
  '            or held.flags.c_contiguous:\n', 'front-end', note="'and' -> 'or' at line 520", nth=0)
M('auto-2145-ops.comparison-144-54', 'ops/comparison.py',
  '        if isinstance(out, _TensorBase) and type(out) is not ByteTensor and type(out) is type(self):\n',
  '        if isinstance(out, _TensorBase) and type(out) is ByteTensor and type(out) is type(self):\n', 'front-end', note="'is not' -> 'is' at line 144")
M('auto-2145-autograd._functions.utils-34-18', 'autograd/_functions/utils.py',
  '        if numel2 != 1:\n',
  '        if numel2 == 1:\n', 'vjp', note='!= -> == at line 34', nth=1)
M('auto-2145-ops._args-113-28', 'ops/_args.py',
  '            raise TypeError("%s(): argument \'input\' must be a tensor or Variable, not %s"\n',
  '            raise TypeError("%S(): argument \'input\' must be a tensor or Variable, not %s"\n', 'front-end', note='\'"%s(): argument \\\'input\\\' must be a tensor or Variable, not %s"\' -> \'"%S(): argument \\\'input\\\' must be a tensor or Variable, not %s"\' at line 113')
M('auto-2145-ops._common-80-45', 'size.py',
  '        db = sb[i - n + nb] if i - n + nb >= 0 else 1\n',
  '        db = sb[i - n + nb] if i - n + nb >= 1 else 1\n', 'front-end', note='0 -> 1 at line 80')
M('auto-2145-autograd.__init__-88-31', 'autograd/__init__.py',
  '                               % (g._data.type(), v._data.type(), i))\n',
  '                               // (g._data.type(), v._data.type(), i))\n', 'vjp', note='% -> // at line 88')
M('auto-2145-autograd._functions.__init__-41-23', 'autograd/_functions/__init__.py',
  "    ('Topk', 'topk'), ('Gather', 'gather'), ('Scatter', 'scatter'),\n",
  "    ('Topk', 'topk'), ('gather', 'gather'), ('Scatter', 'scatter'),\n", 'vjp', note='"\'Gather\'" -> "\'gather\'" at line 41')
M('auto-2145-ops.schema-389-22', 'ops/schema.py',
  "        params.append('**' + varkw)\n",
  "        params.append('**X' + varkw)\n", 'front-end', note='"\'**\'" -> "\'**X\'" at line 389')
M('auto-2145-_fastpaths-55-4', '_fastpaths.py',
  "    return os.environ.get(name, '').strip() not in ('', '0')\n",
  '    pass\n', 'fast path', note='"return os.environ.get(name, \'\').strip() not in (\'\', \'0\')" -> \'pass\' at line 55')
M('auto-2145-ops.dispatch-277-4', 'ops/dispatch.py',
  '    node.op = op\n',
  '    pass\n', 'fast path', note="'node.op = op' -> 'pass' at line 277", nth=0)
M('auto-2145-ops.schema-323-4', 'ops/schema.py',
  "    code = getattr(fn, '__code__', None)\n",
  '    pass\n', 'front-end', note='"code = getattr(fn, \'__code__\', None)" -> \'pass\' at line 323')
M('auto-2145-ops.dispatch-656-8', 'ops/dispatch.py',
  '        out = Variable._make(type(d0)._wrap(result, d0._version), volatile=volatile)\n',
  '        pass\n', 'fast path', note="'out = Variable._make(type(d0)._wrap(result, d0._version), volatile=volatile)' -> 'pass' at line 656", nth=1)
M('auto-2145-autograd._functions.__init__-37-80', 'autograd/_functions/__init__.py',
  "    ('IndexAdd', 'index_add'), ('AdvancedIndexAdd', 'index_add'), ('IndexCopy', 'index_copy'),\n",
  "    ('IndexAdd', 'index_add'), ('AdvancedIndexAdd', 'index_add'), ('IndexCopy', 'Index_copy'),\n", 'vjp', note='"\'index_copy\'" -> "\'Index_copy\'" at line 37')
M('auto-2145-ops.dispatch-318-23', 'ops/dispatch.py',
  '        if save_inputs == (0, 1) and n == 2 and self_copy is None:\n',
  '        if save_inputs != (0, 1) and n == 2 and self_copy is None:\n', 'fast path', note='== -> != at line 318')
M('auto-2145-autograd.variable-93-12', 'autograd/variable.py',
  "            raise RuntimeError('assigned grad has data of a different type')\n",
  '            pass\n', 'vjp', note='"raise RuntimeError(\'assigned grad has data of a different type\')" -> \'pass\' at line 93')

# ---- sample 2146 (session 23, a measurement of the front-end files: drawn and run at 2170e8b,
# AUTO_MUTANTS_SEED=2146 COUNT=40 KINDS=all, --jobs 1), measured before any test written for it:
# 39 of 40 killed by the subsets; 1 equivalent: 39 of 39
M('auto-2146-ops.arithmetic-414-50', 'ops/arithmetic.py',
  "_isub = _binary_front_end(SUB_SCALAR, SUB, 'sub', True)        # = sub_(self, other)\n",
  "_isub = _binary_front_end(SUB_SCALAR, SUB, 'sub', False)        # = sub_(self, other)\n", 'front-end', note="'True' -> 'False' at line 414")
M('auto-2146-ops.creation-308-7', 'ops/creation.py',
  '    if not isinstance(ref, _TensorBase):\n',
  '    if isinstance(ref, _TensorBase):\n', 'front-end', note="'not ' -> '' at line 308")
M('auto-2146-autograd.gradcheck-210-11', 'autograd/gradcheck.py',
  '        if not var_inputs:\n',
  '        if var_inputs:\n', 'vjp', note="'not ' -> '' at line 210")
M('auto-2146-autograd.variable-89-12', 'autograd/variable.py',
  "            raise RuntimeError('expected Variable or None (got %s)' % tp_name(value))\n",
  '            pass\n', 'vjp', note='"raise RuntimeError(\'expected Variable or None (got %s)\' % tp_name(value))" -> \'pass\' at line 89')
M('auto-2146-ops.creation-105-8', 'ops/creation.py',
  '        raise errors.out_of_memory(math.prod(shape) * dtype.itemsize)\n',
  '        pass\n', 'front-end', note="'raise errors.out_of_memory(math.prod(shape) * dtype.itemsize)' -> 'pass' at line 105")
M('auto-2146-ops.arithmetic-132-56', 'ops/arithmetic.py',
  "    grad_fn='PowBackward0', save_inputs=(0,), argnames=('self',),\n",
  "    grad_fn='PowBackward0', save_inputs=(0,), argnames=('Self',),\n", 'front-end', note='"\'self\'" -> "\'Self\'" at line 132')
M('auto-2146-autograd.gradcheck-130-4', 'autograd/gradcheck.py',
  '    grad_output = output.data.clone()\n',
  '    pass\n', 'vjp', note="'grad_output = output.data.clone()' -> 'pass' at line 130")
M('auto-2146-autograd.function-599-31', 'autograd/function.py',
  "            raise RuntimeError('expected Variable or None (got %s)' % tp_name(r))\n",
  "            raise RuntimeError('Expected Variable or None (got %s)' % tp_name(r))\n", 'vjp', note='"\'expected Variable or None (got %s)\'" -> "\'Expected Variable or None (got %s)\'" at line 599')
M('auto-2146-autograd.variable-307-27', 'autograd/variable.py',
  "                           'next_state, reward = env.step(action)\\n'\n",
  "                           'Next_state, reward = env.step(action)\\n'\n", 'vjp', note='"\'next_state, reward = env.step(action)\\\\n\'" -> "\'Next_state, reward = env.step(action)\\\\n\'" at line 307', nth=0)
M('auto-2146-ops.half-40-42', 'ops/half.py',
  "    '__imul__': 'mul_', '__pow__': 'pow', '__ipow__': 'pow_', '__div__': 'div',\n",
  "    '__imul__': 'mul_', '__pow__': 'pow', '__Ipow__': 'pow_', '__div__': 'div',\n", 'front-end', note='"\'__ipow__\'" -> "\'__Ipow__\'" at line 40')
M('auto-2146-dtypes-30-39', 'dtypes.py',
  "    TypeInfo('Half', np.float16, True, True),\n",
  "    TypeInfo('Half', np.float16, True, False),\n", 'front-end', note="'True' -> 'False' at line 30")
M('auto-2146-ops.schema-519-21', 'ops/schema.py',
  "    fn = getattr(fn, '__wrapped__', fn)\n",
  "    fn = getattr(fn, '__Wrapped__', fn)\n", 'front-end', note='"\'__wrapped__\'" -> "\'__Wrapped__\'" at line 519')
M('auto-2146-ops.schema-476-72', 'ops/schema.py',
  "    forms = d.overloads if d is not None and d.overloads else ('(T %s)' % argname,)\n",
  "    forms = d.overloads if d is not None and d.overloads else ('(T %s)' // argname,)\n", 'front-end', note='% -> // at line 476')
M('auto-2146-tensor-73-68', 'tensor.py',
  '        if n == 1 and (isinstance(first, (list, tuple, np.ndarray)) or _is_sequence(first)):\n',
  '        if n == 1 and (isinstance(first, (list, tuple, np.ndarray)) and _is_sequence(first)):\n', 'front-end', note='or -> and at line 73')
M('auto-2146-ops.backend_variable-281-4', 'ops/backend_variable.py',
  "    return _call(FLIP_DIM, [a], {'dim': dim})\n",
  '    pass\n', 'front-end', note='"return _call(FLIP_DIM, [a], {\'dim\': dim})" -> \'pass\' at line 281')
M('auto-2146-autograd.variable-193-42', 'autograd/variable.py',
  '                    acc._attach_var_hooks(0, self._hooks)\n',
  '                    acc._attach_var_hooks(1, self._hooks)\n', 'vjp', note='0 -> 1 at line 193', nth=0)
M('auto-2146-tensor-493-27', 'tensor.py',
  "    storage = name.replace('Tensor', 'Storage')\n",
  "    storage = name.replace('tensor', 'Storage')\n", 'front-end', note='"\'Tensor\'" -> "\'tensor\'" at line 493')
M('auto-2146-autograd.function-387-78', 'autograd/function.py',
  "            raise RuntimeError('Variable data has to be a tensor, but got %s' % tp_name(out))\n",
  "            raise RuntimeError('Variable data has to be a tensor, but got %s' // tp_name(out))\n", 'vjp', note='% -> // at line 387')
M('auto-2146-ops.schema-394-4', 'ops/schema.py',
  "    exec(compile(src, '<schema %s>' % name, 'exec'), ns)\n",
  '    pass\n', 'front-end', note='"exec(compile(src, \'<schema %s>\' % name, \'exec\'), ns)" -> \'pass\' at line 394')
M('auto-2146-_fastpaths-115-12', '_fastpaths.py',
  '            fn(REFERENCE)\n',
  '            pass\n', 'fast path', note="'fn(REFERENCE)' -> 'pass' at line 115")
M('auto-2146-ops.half-40-35', 'ops/half.py',
  "    '__imul__': 'mul_', '__pow__': 'pow', '__ipow__': 'pow_', '__div__': 'div',\n",
  "    '__imul__': 'mul_', '__pow__': 'Pow', '__ipow__': 'pow_', '__div__': 'div',\n", 'front-end', note='"\'pow\'" -> "\'Pow\'" at line 40')
M('auto-2146-ops.schema-114-62', 'ops/schema.py',
  "                 'receiver', 'variables', 'random', 'nograd', 'domains')\n",
  "                 'receiver', 'variables', 'random', 'nograd', 'Domains')\n", 'front-end', note='"\'domains\'" -> "\'Domains\'" at line 114')
M('auto-2146-backend_numpy-312-28', 'backend_numpy.py',
  '    return a[(slice(None),) * dim + (slice(start, start + length),)]\n',
  '    return a[(slice(None),) + dim + (slice(start, start + length),)]\n', 'front-end', note='* -> + at line 312')
M('auto-2146-autograd.function-611-33', 'autograd/function.py',
  '    volatile = any(v is not None and v._volatile for v in variables)\n',
  '    volatile = any(v is not None or v._volatile for v in variables)\n', 'vjp', note="'and' -> 'or' at line 611")
M('auto-2146-autograd._functions.__init__-86-50', 'autograd/_functions/__init__.py',
  '                       if isinstance(o, Variable) and (not o.requires_grad or method in _MASKS)]\n',
  '                       if isinstance(o, Variable) or (not o.requires_grad or method in _MASKS)]\n', 'vjp', note="'and' -> 'or' at line 86")
M('auto-2146-backend_numpy-36-37', 'backend_numpy.py',
  '    if len(sa) == 2 and len(sb) == 2 and sa[0] * sb[1] >= MATMUL_MIN:\n',
  '    if len(sa) == 2 and len(sb) == 2 or sa[0] * sb[1] >= MATMUL_MIN:\n', 'front-end', note="'and' -> 'or' at line 36",
  equivalent='every caller passes 2-D operands, so the product always goes through matmul when the dtypes and layouts allow: the same gemm with the same arguments as dot for small products too (20,000 random shapes 1..39 in float32/float64, C and F layouts: bit-identical), and the fast-path oracle compares it with numpy.dot')
M('auto-2146-autograd.function-409-8', 'autograd/function.py',
  '        outputs.append(ov)\n',
  '        pass\n', 'vjp', note="'outputs.append(ov)' -> 'pass' at line 409")
M('auto-2146-ops.dispatch-580-20', 'ops/dispatch.py',
  '    if requires and not volatile and op.differentiable:\n',
  '    if requires and volatile and op.differentiable:\n', 'fast path', note="'not ' -> '' at line 580", nth=1)
M('auto-2146-autograd._functions.__init__-25-30', 'autograd/_functions/__init__.py',
  "    ('Abs', 'abs'), ('Clamp', 'clamp'), ('Sqrt', 'sqrt'), ('Sin', 'sin'), ('Cos', 'cos'),\n",
  "    ('Abs', 'abs'), ('Clamp', 'Clamp'), ('Sqrt', 'sqrt'), ('Sin', 'sin'), ('Cos', 'cos'),\n", 'vjp', note='"\'clamp\'" -> "\'Clamp\'" at line 25')
M('auto-2146-autograd.function-748-8', 'autograd/function.py',
  '        return result\n',
  '        pass\n', 'vjp', note="'return result' -> 'pass' at line 748", nth=0)
M('auto-2146-ops.type_support-45-50', 'ops/type_support.py',
  "TENSOR_METHOD_REACHED = frozenset(('multinomial', 'bernoulli', 'normal'))\n",
  "TENSOR_METHOD_REACHED = frozenset(('multinomial', 'Bernoulli', 'normal'))\n", 'front-end', note='"\'bernoulli\'" -> "\'Bernoulli\'" at line 45')
M('auto-2146-autograd.variable-107-41', 'autograd/variable.py',
  '        return self._grad_fn is not None or self._requires_grad\n',
  '        return self._grad_fn is not None and self._requires_grad\n', 'vjp', note='or -> and at line 107')
M('auto-2146-autograd._functions.__init__-20-53', 'autograd/_functions/__init__.py',
  "    ('Eq', 'eq'), ('Ne', 'ne'), ('Gt', 'gt'), ('Ge', 'ge'), ('Lt', 'lt'), ('Le', 'le'),\n",
  "    ('Eq', 'eq'), ('Ne', 'ne'), ('Gt', 'gt'), ('Ge', 'Ge'), ('Lt', 'lt'), ('Le', 'le'),\n", 'vjp', note='"\'ge\'" -> "\'Ge\'" at line 20')
M('auto-2146-ops.dispatch-637-66', 'ops/dispatch.py',
  '        return tuple(_wrap_out(r, out_cls or type(first)) if k == 0 else _wrap_any(r)\n',
  '        return tuple(_wrap_out(r, out_cls or type(first)) if k == 1 else _wrap_any(r)\n', 'fast path', note='0 -> 1 at line 637', nth=1)
M('auto-2146-autograd._profiling-93-4', 'autograd/_profiling.py',
  '    return wrapper\n',
  '    pass\n', 'vjp', note="'return wrapper' -> 'pass' at line 93", nth=1)
M('auto-2146-autograd.profiler-277-25', 'autograd/profiler.py',
  "        elif record.kind == 'push':\n",
  "        elif record.kind != 'push':\n", 'vjp', note='== -> != at line 277')
M('auto-2146-_fastpaths-113-8', '_fastpaths.py',
  '        REFERENCE = bool(reference)\n',
  '        pass\n', 'fast path', note="'REFERENCE = bool(reference)' -> 'pass' at line 113")
M('auto-2146-ops.creation-137-28', 'ops/creation.py',
  "    _args.tensor_arg(input, 'ones_like', 'input', 1)\n",
  "    _args.tensor_arg(input, 'Ones_like', 'input', 1)\n", 'front-end', note='"\'ones_like\'" -> "\'Ones_like\'" at line 137')
M('auto-2146-autograd.function-64-17', 'autograd/function.py',
  '    _is_legacy = False\n',
  '    _is_legacy = True\n', 'vjp', note="'False' -> 'True' at line 64", nth=0)
M('auto-2146-backend_numpy-372-13', 'backend_numpy.py',
  '    out = np.zeros(n, dtype=g.dtype)\n',
  '    out = np.ones(n, dtype=g.dtype)\n', 'front-end', note="'zeros' -> 'ones' at line 372")

# ---- sample 2147 (session 23, a measurement of the front-end files: drawn and run at 85cfeb5,
# AUTO_MUTANTS_SEED=2147 COUNT=40 KINDS=all, --jobs 1), measured before any test written for it:
# 39 of 40 killed by the subsets; 1 real survivor, now killed by test_wide_kills_s23.py: the
# ONNX padding helper's length check: 39 of 40
M('auto-2147-autograd.function-475-35', 'autograd/function.py',
  "                raise RuntimeError('save_for_backward can only save tensors, but argument %d is of '\n",
  "                raise RuntimeError('Save_for_backward can only save tensors, but argument %d is of '\n", 'vjp', note='"\'save_for_backward can only save tensors, but argument %d is of \'" -> "\'Save_for_backward can only save tensors, but argument %d is of \'" at line 475')
M('auto-2147-autograd._functions.__init__-24-75', 'autograd/_functions/__init__.py',
  "    ('Exp', 'exp'), ('Log', 'log'), ('Log1p', 'log1p'), ('Sinh', 'sinh'), ('Cosh', 'cosh'),\n",
  "    ('Exp', 'exp'), ('Log', 'log'), ('Log1p', 'log1p'), ('Sinh', 'sinh'), ('cosh', 'cosh'),\n", 'vjp', note='"\'Cosh\'" -> "\'cosh\'" at line 24')
M('auto-2147-autograd.function-599-31', 'autograd/function.py',
  "            raise RuntimeError('expected Variable or None (got %s)' % tp_name(r))\n",
  "            raise RuntimeError('Expected Variable or None (got %s)' % tp_name(r))\n", 'vjp', note='"\'expected Variable or None (got %s)\'" -> "\'Expected Variable or None (got %s)\'" at line 599')
M('auto-2147-autograd.function-492-10', 'autograd/function.py',
  '    if rs != shape and not _NB._broadcastable(shape, rs):\n',
  '    if rs == shape and not _NB._broadcastable(shape, rs):\n', 'vjp', note='!= -> == at line 492')
M('auto-2147-ops.schema-117-55', 'ops/schema.py',
  '                 shapes=None, receiver=True, variables=True, random=False, nograd=(),\n',
  '                 shapes=None, receiver=True, variables=False, random=False, nograd=(),\n', 'front-end', note="'True' -> 'False' at line 117")
M('auto-2147-storage-327-8', 'storage.py',
  '        return self.type(CharStorage)\n',
  '        pass\n', 'front-end', note="'return self.type(CharStorage)' -> 'pass' at line 327")
M('auto-2147-ops.dispatch-173-4', 'ops/dispatch.py',
  '    t._version = [0]\n',
  '    pass\n', 'fast path', note="'t._version = [0]' -> 'pass' at line 173", nth=0)
M('auto-2147-autograd.function-302-8', 'autograd/function.py',
  '        return _process_outputs(self, inputs, outputs, volatile, executable)\n',
  '        pass\n', 'vjp', note="'return _process_outputs(self, inputs, outputs, volatile, executable)' -> 'pass' at line 302")
M('auto-2147-tensor-291-8', 'tensor.py',
  '        return _storage_mod.is_shared_array(self._a)\n',
  '        pass\n', 'front-end', note="'return _storage_mod.is_shared_array(self._a)' -> 'pass' at line 291")
M('auto-2147-ops.comparison-49-4', 'ops/comparison.py',
  '    ops.name = name\n',
  '    pass\n', 'front-end', note="'ops.name = name' -> 'pass' at line 49")
M('auto-2147-ops.arithmetic-212-8', 'ops/arithmetic.py',
  '        _check_tensor_args(self, value, other, name, inplace)\n',
  '        pass\n', 'front-end', note="'_check_tensor_args(self, value, other, name, inplace)' -> 'pass' at line 212")
M('auto-2147-backend_numpy-395-13', 'backend_numpy.py',
  '    return a.prod(axis=dim, keepdims=keepdim)\n',
  '    return a.sum(axis=dim, keepdims=keepdim)\n', 'front-end', note="'prod' -> 'sum' at line 395")
M('auto-2147-ops.schema-488-43', 'ops/schema.py',
  "_INTEGRAL_TYPES = frozenset(('LongTensor', 'IntTensor', 'ShortTensor', 'CharTensor', 'ByteTensor'))\n",
  "_INTEGRAL_TYPES = frozenset(('LongTensor', 'intTensor', 'ShortTensor', 'CharTensor', 'ByteTensor'))\n", 'front-end', note='"\'IntTensor\'" -> "\'intTensor\'" at line 488')
M('auto-2147-ops.dispatch-712-8', 'ops/dispatch.py',
  '        node.saved_output = None\n',
  '        pass\n', 'fast path', note="'node.saved_output = None' -> 'pass' at line 712", nth=3)
M('auto-2147-ops.arithmetic-442-8', 'ops/arithmetic.py',
  "declare('reciprocal', reciprocal, variants=ALL_VARIANTS, kernels=(RECIPROCAL,),\n",
  "declare('Reciprocal', reciprocal, variants=ALL_VARIANTS, kernels=(RECIPROCAL,),\n", 'front-end', note='"\'reciprocal\'" -> "\'Reciprocal\'" at line 442')
M('auto-2147-autograd.engine-305-4', 'autograd/engine.py',
  '    data = g._data.clone()\n',
  '    pass\n', 'vjp', note="'data = g._data.clone()' -> 'pass' at line 305")
M('auto-2147-autograd.function-746-12', 'autograd/function.py',
  '            del self._nested_output\n',
  '            pass\n', 'vjp', note="'del self._nested_output' -> 'pass' at line 746")
M('auto-2147-ops.dispatch-511-12', 'ops/dispatch.py',
  '            ufunc(a, b, out=a)\n',
  '            pass\n', 'fast path', note="'ufunc(a, b, out=a)' -> 'pass' at line 511")
M('auto-2147-autograd.profiler-356-4', 'autograd/profiler.py',
  '    col_width = 15\n',
  '    pass\n', 'vjp', note="'col_width = 15' -> 'pass' at line 356")
M('auto-2147-ops.dispatch-361-32', 'ops/dispatch.py',
  '    if type(result) is _ndarray and result.dtype is cls._dtype and result.ndim and result.size:\n',
  '    if type(result) is _ndarray or result.dtype is cls._dtype and result.ndim and result.size:\n', 'fast path', note="'and' -> 'or' at line 361", nth=1)
M('auto-2147-ops.dispatch-50-38', 'ops/dispatch.py',
  "    name = base + ('_' if inplace and not base.endswith('_') and not isinstance(first, Variable)\n",
  "    name = base + ('_' if inplace and base.endswith('_') and not isinstance(first, Variable)\n", 'fast path', note="'not ' -> '' at line 50")
M('auto-2147-autograd._profiling-32-78', 'autograd/_profiling.py',
  "    '__lt__': 'lt', '__le__': 'le', '__gt__': 'gt', '__ge__': 'ge', '__eq__': 'eq', '__ne__': 'ne',\n",
  "    '__lt__': 'lt', '__le__': 'le', '__gt__': 'gt', '__ge__': 'ge', '__eq__': 'Eq', '__ne__': 'ne',\n", 'vjp', note='"\'eq\'" -> "\'Eq\'" at line 32')
M('auto-2147-tensor-72-12', 'tensor.py',
  '            return\n',
  '            pass\n', 'front-end', note="'return' -> 'pass' at line 72", nth=4)
M('auto-2147-ops.creation-169-27', 'ops/creation.py',
  "        raise RuntimeError('invalid argument 3: step must be a non-null number')\n",
  "        raise RuntimeError('Invalid argument 3: step must be a non-null number')\n", 'front-end', note='"\'invalid argument 3: step must be a non-null number\'" -> "\'Invalid argument 3: step must be a non-null number\'" at line 169')
M('auto-2147-autograd._functions.utils-9-27', 'autograd/_functions/utils.py',
  '    assert len(pad) <= dim * 2\n',
  '    assert len(pad) <= dim + 2\n', 'vjp', note='* -> + at line 9')
M('auto-2147-autograd.engine-137-8', 'autograd/engine.py',
  '        return grad\n',
  '        pass\n', 'vjp', note="'return grad' -> 'pass' at line 137")
M('auto-2147-autograd.nodes-153-55', 'autograd/nodes.py',
  "        cls = type(short, (OpNode,), {'__slots__': (), '_legacy_name': name})\n",
  "        cls = type(short, (OpNode,), {'__slots__': (), '_Legacy_name': name})\n", 'vjp', note='"\'_legacy_name\'" -> "\'_Legacy_name\'" at line 153')
M('auto-2147-autograd.__init__-15-0', 'autograd/__init__.py',
  "_fastpaths.flag(globals(), '_EVERYDAY')\n",
  'pass\n', 'vjp', note='"_fastpaths.flag(globals(), \'_EVERYDAY\')" -> \'pass\' at line 15')
M('auto-2147-autograd.engine-263-8', 'size.py',
  '        db = sb[i - n + nb] if i - n + nb >= 0 else 1\n',
  '        pass\n', 'vjp', note="'db = b[i - n + len(b)] if i - n + len(b) >= 0 else 1' -> 'pass' at line 263")
M('auto-2147-autograd.gradcheck-228-12', 'autograd/gradcheck.py',
  '            t = x.data.new(*x.size())\n',
  '            pass\n', 'vjp', note="'t = x.data.new(*x.size())' -> 'pass' at line 228")
M('auto-2147-backend_numpy-269-34', 'backend_numpy.py',
  '    np.add.at(out, (slice(None),) * dim + (index,), src)\n',
  '    np.add.at(out, (slice(None),) + dim + (index,), src)\n', 'front-end', note='* -> + at line 269')
M('auto-2147-backend_numpy-361-4', 'backend_numpy.py',
  '    count = (a.shape[dim] - size) // step + 1\n',
  '    pass\n', 'front-end', note="'count = (a.shape[dim] - size) // step + 1' -> 'pass' at line 361")
M('auto-2147-autograd.function-225-8', 'autograd/function.py',
  '        has_static_forward = False\n',
  '        pass\n', 'vjp', note="'has_static_forward = False' -> 'pass' at line 225")
M('auto-2147-ops.creation-413-4', 'ops/creation.py',
  '    return multinomial(self, num_samples, replacement, generator=generator)\n',
  '    pass\n', 'front-end', note="'return multinomial(self, num_samples, replacement, generator=generator)' -> 'pass' at line 413")
M('auto-2147-ops._args-114-65', 'ops/_args.py',
  '                            % (name, errors.legacy_typename(args[0])))\n',
  '                            % (name, errors.legacy_typename(args[1])))\n', 'front-end', note='0 -> 1 at line 114')
M('auto-2147-ops.arithmetic-325-58', 'ops/arithmetic.py',
  "    return not isinstance(x, Variable) and not getattr(x, 'is_sparse', False)\n",
  "    return not isinstance(x, Variable) and not getattr(x, 'Is_sparse', False)\n", 'front-end', note='"\'is_sparse\'" -> "\'Is_sparse\'" at line 325')
M('auto-2147-ops.arithmetic-471-4', 'ops/arithmetic.py',
  '    return _pow(self, exponent, True)\n',
  '    pass\n', 'front-end', note="'return _pow(self, exponent, True)' -> 'pass' at line 471")
M('auto-2147-autograd.function-760-8', 'autograd/function.py',
  '        return tuple(_flatten(result, _is_tensor))\n',
  '        pass\n', 'vjp', note="'return tuple(_flatten(result, _is_tensor))' -> 'pass' at line 760")
M('auto-2147-ops.arithmetic-47-12', 'ops/arithmetic.py',
  "    grad_fn='SubBackward1', argnames=('self', 'other'),\n",
  "    grad_fn='subBackward1', argnames=('self', 'other'),\n", 'front-end', note='"\'SubBackward1\'" -> "\'subBackward1\'" at line 47', nth=0)
M('auto-2147-ops.creation-251-13', 'ops/creation.py',
  '    if steps == 1:\n',
  '    if steps != 1:\n', 'front-end', note='== -> != at line 251', nth=1)

# ---- sample 2148 (session 23, a measurement of the front-end files: drawn and run at da39897,
# AUTO_MUTANTS_SEED=2148 COUNT=40 KINDS=all, --jobs 1), measured before any test written for it:
# 40 of 40 killed by the subsets
M('auto-2148-storage-259-18', 'storage.py',
  '        if result is None:\n',
  '        if result is not None:\n', 'front-end', note='is -> is not at line 259')
M('auto-2148-autograd.variable-284-16', 'autograd/variable.py',
  '                var._grad = grad.clone()\n',
  '                pass\n', 'vjp', note="'var._grad = grad.clone()' -> 'pass' at line 284")
M('auto-2148-ops.dispatch-233-67', 'ops/dispatch.py',
  '        if type(result) is _ndarray and result.dtype is cls._dtype and result.ndim and result.size:\n',
  '        if type(result) is _ndarray and result.dtype is cls._dtype or result.ndim and result.size:\n', 'fast path', note="'and' -> 'or' at line 233")
M('auto-2148-ops.creation-204-96', 'ops/creation.py',
  "    start, end, step = (_args.float_arg(start, 'range', 'start'), _args.float_arg(end, 'range', 'end'),\n",
  "    start, end, step = (_args.float_arg(start, 'range', 'start'), _args.float_arg(end, 'range', 'End'),\n", 'front-end', note='"\'end\'" -> "\'End\'" at line 204')
M('auto-2148-ops.schema-383-12', 'ops/schema.py',
  "            ns['_k_' + n] = kwdefaults[n]\n",
  '            pass\n', 'front-end', note='"ns[\'_k_\' + n] = kwdefaults[n]" -> \'pass\' at line 383')
M('auto-2148-ops.dispatch-226-12', 'ops/dispatch.py',
  '            out._base = v0\n',
  '            pass\n', 'fast path', note="'out._base = v0' -> 'pass' at line 226", nth=0)
M('auto-2148-backend_numpy-291-4', 'backend_numpy.py',
  '    return out\n',
  '    pass\n', 'front-end', note="'return out' -> 'pass' at line 291", nth=4)
M('auto-2148-autograd._functions.__init__-24-28', 'autograd/_functions/__init__.py',
  "    ('Exp', 'exp'), ('Log', 'log'), ('Log1p', 'log1p'), ('Sinh', 'sinh'), ('Cosh', 'cosh'),\n",
  "    ('Exp', 'exp'), ('Log', 'Log'), ('Log1p', 'log1p'), ('Sinh', 'sinh'), ('Cosh', 'cosh'),\n", 'vjp', note='"\'log\'" -> "\'Log\'" at line 24')
M('auto-2148-autograd.__init__-149-12', 'autograd/__init__.py',
  '            a = variables._data._a\n',
  '            pass\n', 'vjp', note="'a = variables._data._a' -> 'pass' at line 149")
M('auto-2148-ops.type_support-93-16', 'ops/type_support.py',
  "    if receiver == 'variable':\n",
  "    if receiver != 'variable':\n", 'front-end', note='== -> != at line 93')
M('auto-2148-ops.dispatch-509-18', 'ops/dispatch.py',
  "        alpha = p['alpha']\n",
  "        alpha = p['Alpha']\n", 'fast path', note='"\'alpha\'" -> "\'Alpha\'" at line 509')
M('auto-2148-autograd._functions.__init__-30-25', 'autograd/_functions/__init__.py',
  "    ('Trunc', 'trunc'), ('Frac', 'frac'), ('Fmod', 'fmod'), ('Remainder', 'remainder'),\n",
  "    ('Trunc', 'trunc'), ('frac', 'frac'), ('Fmod', 'fmod'), ('Remainder', 'remainder'),\n", 'vjp', note='"\'Frac\'" -> "\'frac\'" at line 30')
M('auto-2148-ops.schema-457-7', 'ops/schema.py',
  '    if not isinstance(result, _TensorBase):\n',
  '    if isinstance(result, _TensorBase):\n', 'front-end', note="'not ' -> '' at line 457")
M('auto-2148-autograd.engine-308-4', 'autograd/engine.py',
  '    return Variable._make(data, grad_fn=Identity((g._edge(),)))\n',
  '    pass\n', 'vjp', note="'return Variable._make(data, grad_fn=Identity((g._edge(),)))' -> 'pass' at line 308")
M('auto-2148-autograd.variable-262-16', 'autograd/variable.py',
  '                acc = self._accumulator() if self._accumulator is not None else None\n',
  '                pass\n', 'vjp', note="'acc = self._accumulator() if self._accumulator is not None else None' -> 'pass' at line 262")
M('auto-2148-autograd.profiler-334-8', 'autograd/profiler.py',
  "        'FROM CUPTI_ACTIVITY_KIND_MARKER AS start '\n",
  "        'fROM CUPTI_ACTIVITY_KIND_MARKER AS start '\n", 'vjp', note='"\'FROM CUPTI_ACTIVITY_KIND_MARKER AS start \'" -> "\'fROM CUPTI_ACTIVITY_KIND_MARKER AS start \'" at line 334')
M('auto-2148-ops.schema-248-17', 'ops/schema.py',
  '    d.signatures += tuple(signatures)\n',
  '    d.signatures -= tuple(signatures)\n', 'front-end', note='+= -> -= at line 248')
M('auto-2148-autograd._functions.__init__-23-25', 'autograd/_functions/__init__.py',
  "    ('Cross', 'cross'), ('Inverse', 'inverse'), ('Gesv', 'gesv'), ('Potrf', 'potrf'),\n",
  "    ('Cross', 'cross'), ('inverse', 'inverse'), ('Gesv', 'gesv'), ('Potrf', 'potrf'),\n", 'vjp', note='"\'Inverse\'" -> "\'inverse\'" at line 23')
M('auto-2148-backend_numpy-181-56', 'backend_numpy.py',
  '        return np.asarray(a.sum(dtype=a.dtype)).reshape(1)\n',
  '        return np.asarray(a.sum(dtype=a.dtype)).reshape(0)\n', 'front-end', note='1 -> 0 at line 181')
M('auto-2148-ops.backend_variable-354-13', 'ops/backend_variable.py',
  '    if cache is not None:\n',
  '    if cache is None:\n', 'front-end', note="'is not' -> 'is' at line 354")
M('auto-2148-autograd.profiler-174-35', 'autograd/profiler.py',
  "    cuda_time_str = attr_formatter('cuda_time')\n",
  "    cuda_time_str = attr_formatter('Cuda_time')\n", 'vjp', note='"\'cuda_time\'" -> "\'Cuda_time\'" at line 174')
M('auto-2148-autograd.nodes-58-36', 'autograd/nodes.py',
  "        return '<%s object at %#x>' % (self._legacy_name, id(self))\n",
  "        return '<%s object at %#x>' // (self._legacy_name, id(self))\n", 'vjp', note='% -> // at line 58')
M('auto-2148-ops.arithmetic-414-0', 'ops/arithmetic.py',
  "_isub = _binary_front_end(SUB_SCALAR, SUB, 'sub', True)        # = sub_(self, other)\n",
  'pass        # = sub_(self, other)\n', 'front-end', note='"_isub = _binary_front_end(SUB_SCALAR, SUB, \'sub\', True)" -> \'pass\' at line 414')
M('auto-2148-storage-442-52', 'storage.py',
  "                           'but the storage has %d' % (list(size), list(stride), offset, last + 1, n))\n",
  "                           'but the storage has %d' // (list(size), list(stride), offset, last + 1, n))\n", 'front-end', note='% -> // at line 442')
M('auto-2148-storage-431-8', 'storage.py',
  '        stride = tuple(reversed(st))\n',
  '        pass\n', 'front-end', note="'stride = tuple(reversed(st))' -> 'pass' at line 431")
M('auto-2148-autograd.__init__-67-8', 'autograd/__init__.py',
  '        edge = v._edge()\n',
  '        pass\n', 'vjp', note="'edge = v._edge()' -> 'pass' at line 67")
M('auto-2148-ops.creation-375-62', 'ops/creation.py',
  "    args = tuple(_args.int_arg(a, 'random_', ('from', 'to')[i + 2 - len(args)], i + 1)\n",
  "    args = tuple(_args.int_arg(a, 'random_', ('from', 'to')[i - 2 - len(args)], i + 1)\n", 'front-end', note='+ -> - at line 375')
M('auto-2148-autograd.function-369-25', 'autograd/function.py',
  '        var._output_nr = 0\n',
  '        var._output_nr = 1\n', 'vjp', note='0 -> 1 at line 369', nth=0)
M('auto-2148-ops.dispatch-258-0', 'ops/dispatch.py',
  '_NO_EDGE = (None, 0)        # the edge of an input that needs no gradient (Variable._edge)\n',
  'pass        # the edge of an input that needs no gradient (Variable._edge)\n', 'fast path', note="'_NO_EDGE = (None, 0)' -> 'pass' at line 258")
M('auto-2148-ops.creation-41-4', 'ops/creation.py',
  '    return th_sizes([int(s) for s in _args.int_list(sizes, name)])\n',
  '    pass\n', 'front-end', note="'return th_sizes([int(s) for s in _args.int_list(sizes, name)])' -> 'pass' at line 41")
M('auto-2148-tensor-84-27', 'tensor.py',
  '        elif array.size == 0 and array.shape != _EMPTY_SHAPE:\n',
  '        elif array.size == 1 and array.shape != _EMPTY_SHAPE:\n', 'front-end', note='0 -> 1 at line 84')
M('auto-2148-ops.dispatch-470-4', 'ops/dispatch.py',
  '    self = inputs[0]\n',
  '    pass\n', 'fast path', note="'self = inputs[0]' -> 'pass' at line 470", nth=0)
M('auto-2148-tensor-39-4', 'tensor.py',
  '    is_cuda = False\n',
  '    pass\n', 'front-end', note="'is_cuda = False' -> 'pass' at line 39")
M('auto-2148-autograd.function-559-12', 'autograd/function.py',
  '            v = Variable._make(r, volatile=volatile)\n',
  '            pass\n', 'vjp', note="'v = Variable._make(r, volatile=volatile)' -> 'pass' at line 559")
M('auto-2148-storage-382-25', 'storage.py',
  "        name = t.replace('torch.cuda.', 'torch.')\n",
  "        name = t.replace('Torch.cuda.', 'torch.')\n", 'front-end', note='"\'torch.cuda.\'" -> "\'Torch.cuda.\'" at line 382')
M('auto-2148-ops.arithmetic-93-12', 'ops/arithmetic.py',
  "    grad_fn='DivBackward1', save_inputs=(0, 1), argnames=('self', 'other'),\n",
  "    grad_fn='divBackward1', save_inputs=(0, 1), argnames=('self', 'other'),\n", 'front-end', note='"\'DivBackward1\'" -> "\'divBackward1\'" at line 93')
M('auto-2148-ops.creation-105-8', 'ops/creation.py',
  '        raise errors.out_of_memory(math.prod(shape) * dtype.itemsize)\n',
  '        pass\n', 'front-end', note="'raise errors.out_of_memory(math.prod(shape) * dtype.itemsize)' -> 'pass' at line 105")
M('auto-2148-ops.schema-55-34', 'ops/schema.py',
  "VARIANTS = ('method', 'function', 'inplace', 'out', 'functional')\n",
  "VARIANTS = ('method', 'function', 'Inplace', 'out', 'functional')\n", 'front-end', note='"\'inplace\'" -> "\'Inplace\'" at line 55')
M('auto-2148-autograd.engine-453-27', 'autograd/engine.py',
  '        n = heappop(ready)[2]\n',
  '        n = heappop(ready)[3]\n', 'vjp', note='2 -> 3 at line 453')
M('auto-2148-backend_numpy-93-8', 'backend_numpy.py',
  '        g = g.sum(axis=tuple(axes), keepdims=True)\n',
  '        pass\n', 'front-end', note="'g = g.sum(axis=tuple(axes), keepdims=True)' -> 'pass' at line 93")

# ---- sample 2149 (session 23, a measurement of the front-end files: drawn and run at f02d796,
# AUTO_MUTANTS_SEED=2149 COUNT=40 KINDS=all, --jobs 1), measured before any test written for it:
# 38 of 40 killed by the subsets; 1 equivalent; 1 real survivor, now killed by
# test_wide_kills_s23.py: autograd.grad's needed set past a cycle: 38 of 39
M('auto-2149-autograd.engine-448-19', 'autograd/engine.py',
  '        deps[node] -= 1\n',
  '        deps[node] += 1\n', 'vjp', note='-= -> += at line 448')
M('auto-2149-autograd.gradcheck-108-4', 'autograd/gradcheck.py',
  '    x_tensors = [t for t in iter_tensors(target, True)]\n',
  '    pass\n', 'vjp', note="'x_tensors = [t for t in iter_tensors(target, True)]' -> 'pass' at line 108")
M('auto-2149-ops.comparison-64-15', 'ops/comparison.py',
  "        name + '_', lambda a, b: ufunc(a, b), _zero_grads,\n",
  "        name + '_X', lambda a, b: ufunc(a, b), _zero_grads,\n", 'front-end', note='"\'_\'" -> "\'_X\'" at line 64')
M('auto-2149-ops.arithmetic-74-53', 'ops/arithmetic.py',
  '    fix = (np.remainder(a, b) != 0) & ((a < 0) != (b < 0))\n',
  '    fix = (np.remainder(a, b) != 0) & ((a < 0) != (b > 0))\n', 'front-end', note='< -> > at line 74')
M('auto-2149-size-24-12', 'size.py',
  '            sizes = tuple(sizes)        # once: a generator is read a single time\n',
  '            pass        # once: a generator is read a single time\n', 'front-end', note="'sizes = tuple(sizes)' -> 'pass' at line 24")
M('auto-2149-ops.dispatch-470-18', 'ops/dispatch.py',
  '    self = inputs[0]\n',
  '    self = inputs[1]\n', 'fast path', note='0 -> 1 at line 470', nth=0)
M('auto-2149-tensor-376-29', 'tensor.py',
  '    if not shape or any(s == 0 for s in shape):     # no sizes at all: the empty tensor\n',
  '    if not shape or any(s == 1 for s in shape):     # no sizes at all: the empty tensor\n', 'front-end', note='0 -> 1 at line 376')
M('auto-2149-autograd.__init__-124-16', 'autograd/__init__.py',
  '                lst[k] = (nr, len(positions) - 1)\n',
  '                pass\n', 'vjp', note="'lst[k] = (nr, len(positions) - 1)' -> 'pass' at line 124")
M('auto-2149-_fastpaths-94-4', '_fastpaths.py',
  '    on_switch(switch)\n',
  '    pass\n', 'fast path', note="'on_switch(switch)' -> 'pass' at line 94", nth=0)
M('auto-2149-ops.dispatch-249-8', 'ops/dispatch.py',
  '        record(op, inputs, params, out)\n',
  '        pass\n', 'fast path', note="'record(op, inputs, params, out)' -> 'pass' at line 249", nth=0)
M('auto-2149-storage-47-4', 'storage.py',
  '    is_sparse = False\n',
  '    pass\n', 'front-end', note="'is_sparse = False' -> 'pass' at line 47")
M('auto-2149-autograd.engine-77-4', 'autograd/engine.py',
  '    __array_ufunc__ = None\n',
  '    pass\n', 'vjp', note="'__array_ufunc__ = None' -> 'pass' at line 77")
M('auto-2149-tensor-325-10', 'tensor.py',
  "_hooks = {'tensor_wrappers': ()}\n",
  "_hooks = {'Tensor_wrappers': ()}\n", 'front-end', note='"\'tensor_wrappers\'" -> "\'Tensor_wrappers\'" at line 325')
M('auto-2149-ops.surface-51-8', 'ops/surface.py',
  "        declare(name or fn.__name__, fn, variants=_variants(('function',), out, inplace), **decl)\n",
  '        pass\n', 'front-end', note='"declare(name or fn.__name__, fn, variants=_variants((\'function\',), out, inplace), **decl)" -> \'pass\' at line 51')
M('auto-2149-ops.registry-63-4', 'ops/registry.py',
  '    op = Op(name, forward, backward, **kwargs)\n',
  '    pass\n', 'front-end', note="'op = Op(name, forward, backward, **kwargs)' -> 'pass' at line 63")
M('auto-2149-autograd.engine-456-18', 'autograd/engine.py',
  '            if nf is not None:\n',
  '            if nf is None:\n', 'vjp', note="'is not' -> 'is' at line 456", nth=0)
M('auto-2149-ops.dispatch-674-13', 'ops/dispatch.py',
  '    if extra is not None:\n',
  '    if extra is None:\n', 'fast path', note="'is not' -> 'is' at line 674", nth=1)
M('auto-2149-tensor-470-15', 'tensor.py',
  '        if err is not None:\n',
  '        if err is None:\n', 'front-end', note="'is not' -> 'is' at line 470", nth=3)
M('auto-2149-autograd.engine-131-15', 'autograd/engine.py',
  '        if res is None:\n',
  '        if res is not None:\n', 'vjp', note='is -> is not at line 131', nth=0)
M('auto-2149-ops.dispatch-654-4', 'ops/dispatch.py',
  '    volatile = any(v._volatile for v in inputs)\n',
  '    pass\n', 'fast path', note="'volatile = any(v._volatile for v in inputs)' -> 'pass' at line 654", nth=1)
M('auto-2149-autograd.engine-395-32', 'autograd/engine.py',
  '        if node not in seen and not allow_unreachable:\n',
  '        if node not in seen and allow_unreachable:\n', 'vjp', note="'not ' -> '' at line 395")
M('auto-2149-ops.dispatch-252-4', 'ops/dispatch.py',
  '    return out\n',
  '    pass\n', 'fast path', note="'return out' -> 'pass' at line 252", nth=0)
M('auto-2149-ops.creation-318-0', 'ops/creation.py',
  "_functions._TORCH_FUNCTIONS['normal'] = normal     # _functions.Normal runs it (0.3.1)\n",
  'pass     # _functions.Normal runs it (0.3.1)\n', 'front-end', note='"_functions._TORCH_FUNCTIONS[\'normal\'] = normal" -> \'pass\' at line 318')
M('auto-2149-ops.schema-551-21', 'ops/schema.py',
  '        base.kernels += tuple(k for k in part.kernels if k not in base.kernels)\n',
  '        base.kernels -= tuple(k for k in part.kernels if k not in base.kernels)\n', 'front-end', note='+= -> -= at line 551')
M('auto-2149-backend_numpy-93-14', 'backend_numpy.py',
  '        g = g.sum(axis=tuple(axes), keepdims=True)\n',
  '        g = g.prod(axis=tuple(axes), keepdims=True)\n', 'front-end', note="'sum' -> 'prod' at line 93")
M('auto-2149-ops.schema-325-8', 'ops/schema.py',
  '        return fn\n',
  '        pass\n', 'front-end', note="'return fn' -> 'pass' at line 325")
M('auto-2149-ops.half-21-8', 'ops/half.py',
  "_HALF = 'torch.HalfTensor'\n",
  "_HALF = 'Torch.HalfTensor'\n", 'front-end', note='"\'torch.HalfTensor\'" -> "\'Torch.HalfTensor\'" at line 21')
M('auto-2149-autograd.engine-497-46', 'autograd/engine.py',
  '            needed = (reachable if needed is None else needed) - blocked\n',
  '            needed = (reachable if needed is not None else needed) - blocked\n', 'vjp', note='is -> is not at line 497')
M('auto-2149-ops.creation-168-15', 'ops/creation.py',
  '    if step == 0:\n',
  '    if step == 1:\n', 'front-end', note='0 -> 1 at line 168')
M('auto-2149-autograd.function-582-4', 'autograd/function.py',
  '    name = type(ctx).__name__\n',
  '    pass\n', 'vjp', note="'name = type(ctx).__name__' -> 'pass' at line 582")
M('auto-2149-ops._common-99-41', 'ops/_common.py',
  '            if size == out[i] or size == 1 or out[i] == 1:\n',
  '            if size == out[i] or size == 2 or out[i] == 1:\n', 'front-end', note='1 -> 2 at line 99')
M('auto-2149-ops.arithmetic-450-8', 'ops/arithmetic.py',
  "        b = check_broadcast(array_of(self), array_of(exponent), inplace, 'pow', receiver=self)\n",
  '        pass\n', 'front-end', note='"b = check_broadcast(array_of(self), array_of(exponent), inplace, \'pow\', receiver=self)" -> \'pass\' at line 450')
M('auto-2149-ops.dispatch-477-43', 'ops/dispatch.py',
  "    if fast is _ZERO_FILL and a.dtype.kind == 'f' and a.flags.writeable:\n",
  "    if fast is _ZERO_FILL and a.dtype.kind != 'f' and a.flags.writeable:\n", 'fast path', note='== -> != at line 477',
  equivalent='zero_ on a tensor: the shortcut (a.fill(0)) and the general route (zeros written by assign_into) leave the same zeros in every type; the mutant only swaps which types take the shortcut')
M('auto-2149-autograd._profiling-38-61', 'autograd/_profiling.py',
  "                      'storage', 'storage_offset', 'stride', 'element_size', 'is_cuda',\n",
  "                      'storage', 'storage_offset', 'stride', 'Element_size', 'is_cuda',\n", 'vjp', note='"\'element_size\'" -> "\'Element_size\'" at line 38')
M('auto-2149-ops.schema-50-0', 'ops/schema.py',
  'TENSOR_METHODS = {}\n',
  'pass\n', 'front-end', note="'TENSOR_METHODS = {}' -> 'pass' at line 50")
M('auto-2149-autograd.engine-638-29', 'autograd/engine.py',
  '            empty = grads[0] is None\n',
  '            empty = grads[0] is not None\n', 'vjp', note='is -> is not at line 638')
M('auto-2149-backend_numpy-355-8', 'backend_numpy.py',
  '        return np.ndarray(shape, a.dtype, a, 0, strides)\n',
  '        pass\n', 'front-end', note="'return np.ndarray(shape, a.dtype, a, 0, strides)' -> 'pass' at line 355")
M('auto-2149-autograd._profiling-62-17', 'autograd/_profiling.py',
  "        if state['depth']:\n",
  "        if state['Depth']:\n", 'vjp', note='"\'depth\'" -> "\'Depth\'" at line 62', nth=0)
M('auto-2149-autograd.function-188-8', 'autograd/function.py',
  '        grad_input = self.backward(*grad_output)\n',
  '        pass\n', 'vjp', note="'grad_input = self.backward(*grad_output)' -> 'pass' at line 188")
M('auto-2149-autograd.engine-520-12', 'autograd/engine.py',
  '            buf[nr] = g if buf[nr] is None else buf[nr] + g\n',
  '            pass\n', 'vjp', note="'buf[nr] = g if buf[nr] is None else buf[nr] + g' -> 'pass' at line 520")

# ---- sample 2150 (session 23, a measurement of the op-formula files: drawn and run at e8dedb1,
# AUTO_MUTANTS_SEED=2150 COUNT=40 KINDS=all, --jobs 1), measured before any test written for it:
# 39 of 40 killed by the subsets; 1 equivalent: 39 of 39
M('auto-2150-ops.lapack-573-54', 'ops/lapack.py',
  "    return call(POTRI, [self], {'upper': _bool(upper, 'potri', 'upper')})\n",
  "    return call(POTRI, [self], {'upper': _bool(upper, 'Potri', 'upper')})\n", 'front-end', note='"\'potri\'" -> "\'Potri\'" at line 573')
M('auto-2150-ops.shape-637-4', 'ops/shape.py',
  '    return cat([unsqueeze(x, d) for x in seq], d)\n',
  '    pass\n', 'front-end', note="'return cat([unsqueeze(x, d) for x in seq], d)' -> 'pass' at line 637")
M('auto-2150-ops.lapack-754-36', 'ops/lapack.py',
  "                     types=('same', 'same'),\n",
  "                     types=('same', 'Same'),\n", 'front-end', note='"\'same\'" -> "\'Same\'" at line 754', nth=2)
M('auto-2150-ops.shape-431-56', 'ops/shape.py',
  "    lambda ctx, g: (ctx.B.index_put_zeros(g, ctx.shapes[0][0], ctx.params['key']),),\n",
  "    lambda ctx, g: (ctx.B.index_put_zeros(g, ctx.shapes[1][0], ctx.params['key']),),\n", 'front-end', note='0 -> 1 at line 431')
M('auto-2150-ops.lapack-290-4', 'ops/lapack.py',
  '    b2 = b.reshape(m, -1)\n',
  '    pass\n', 'front-end', note="'b2 = b.reshape(m, -1)' -> 'pass' at line 290")
M('auto-2150-nn._functional_volumetric-232-14', 'nn/_functional_volumetric.py',
  '    if min(k) < 1:\n',
  '    if min(k) <= 1:\n', 'op formula', note='< -> <= at line 232', nth=0)
M('auto-2150-ops.reduction-544-76', 'ops/reduction.py',
  '    return dim_reduce(KTHVALUE, self, d, keepdim, index=_rank_index(a, d, k - 1), k=k)\n',
  '    return dim_reduce(KTHVALUE, self, d, keepdim, index=_rank_index(a, d, k + 1), k=k)\n', 'front-end', note='- -> + at line 544')
M('auto-2150-ops.rnn_ops-888-42', 'ops/rnn_ops.py',
  '        return all(bool(np.all(np.abs(rec[0]) > 1e-3)) for rec in recs)\n',
  '        return all(bool(np.all(np.abs(rec[1]) > 1e-3)) for rec in recs)\n', 'op formula', note='0 -> 1 at line 888')
M('auto-2150-ops.nn_loss_ops-66-15', 'ops/nn_loss_ops.py',
  '    other = np.ones((n, dim), dtype=bool)\n',
  '    other = np.zeros((n, dim), dtype=bool)\n', 'op formula', note="'ones' -> 'zeros' at line 66")
M('auto-2150-ops.nn_ops-70-20', 'ops/nn_ops.py',
  '    s = float(elems.sum())\n',
  '    s = float(elems.prod())\n', 'op formula', note="'sum' -> 'prod' at line 70")
M('auto-2150-ops.nn_loss_ops-24-57', 'ops/nn_loss_ops.py',
  '    return 1.0 / (nframe * dim) if size_average else 1.0 / dim\n',
  '    return 1.0 / (nframe * dim) if size_average else 1.0 * dim\n', 'op formula', note='/ -> * at line 24')
M('auto-2150-ops.nn_ops-545-35', 'ops/nn_ops.py',
  '    return np.where(t > 0, t * (np.log(t) - x), 0.0)\n',
  '    return np.where(t > 0, t * (np.log1p(t) - x), 0.0)\n', 'op formula', note="'log' -> 'log1p' at line 545")
M('auto-2150-ops.pointwise-584-4', 'ops/pointwise.py',
  '    return (g,)\n',
  '    pass\n', 'front-end', note="'return (g,)' -> 'pass' at line 584")
M('auto-2150-ops.reduction-387-32', 'ops/reduction.py',
  '    best = np.argmax(freq, axis=1)\n',
  '    best = np.argmax(freq, axis=0)\n', 'front-end', note='1 -> 0 at line 387')
M('auto-2150-ops.conv_ops-682-10', 'ops/conv_ops.py',
  '    if oh < 1 or ow < 1 or min(st) < 1 or min(dl) < 1:\n',
  '    if oh <= 1 or ow < 1 or min(st) < 1 or min(dl) < 1:\n', 'op formula', note='< -> <= at line 682')
M('auto-2150-nn._functional_vision-221-23', 'nn/_functional_vision.py',
  '            wx = (ix_v - _const_like(x0, ix_v)) if dx else (_const_like(x0 + 1, ix_v) - ix_v)\n',
  '            wx = (ix_v + _const_like(x0, ix_v)) if dx else (_const_like(x0 + 1, ix_v) - ix_v)\n', 'op formula', note='- -> + at line 221')
M('auto-2150-ops.conv_ops-584-4', 'ops/conv_ops.py',
  '    return y\n',
  '    pass\n', 'op formula', note="'return y' -> 'pass' at line 584", nth=1)
M('auto-2150-nn._functional_volumetric-200-4', 'nn/_functional_volumetric.py',
  '    strides = x.strides\n',
  '    pass\n', 'op formula', note="'strides = x.strides' -> 'pass' at line 200")
M('auto-2150-ops.reduction-441-13', 'ops/reduction.py',
  '    if other is not None:\n',
  '    if other is None:\n', 'front-end', note="'is not' -> 'is' at line 441")
M('auto-2150-nn._functional_schema-416-40', 'nn/_functional_schema.py',
  "                x, t, weight, reduction='sum') * x.shape[-1]), **loss)\n",
  "                x, t, weight, reduction='Sum') * x.shape[-1]), **loss)\n", 'op formula', note='"\'sum\'" -> "\'Sum\'" at line 416')
M('auto-2150-ops.rnn_ops-832-42', 'ops/rnn_ops.py',
  "    backward.__name__ = 'rnn_layer_back_' + mode.lower()\n",
  "    backward.__name__ = 'rnn_layer_back_' - mode.lower()\n", 'op formula', note='+ -> - at line 832')
M('auto-2150-ops.rnn_ops-68-44', 'ops/rnn_ops.py',
  '    order = range(len(batch_sizes) - 1, -1, -1) if reverse else range(len(batch_sizes))\n',
  '    order = range(len(batch_sizes) - 1, -1, 0) if reverse else range(len(batch_sizes))\n', 'op formula', note='-1 -> 0 at line 68')
M('auto-2150-ops.conv_ops-1587-8', 'ops/conv_ops.py',
  '        k, s, p, d = r.int(1, 3), r.int(1, 2), r.int(0, 1), r.int(1, 2)\n',
  '        pass\n', 'op formula', note="'k, s, p, d = r.int(1, 3), r.int(1, 2), r.int(0, 1), r.int(1, 2)' -> 'pass' at line 1587")
M('auto-2150-ops.lapack-423-49', 'ops/lapack.py',
  "EIG = register('eig', _eig_fwd, _not_implemented('eig'), grad_fn='EigBackward',\n",
  "EIG = register('eig', _eig_fwd, _not_implemented('Eig'), grad_fn='EigBackward',\n", 'front-end', note='"\'eig\'" -> "\'Eig\'" at line 423')
M('auto-2150-ops.reduction-627-18', 'ops/reduction.py',
  '        return (g * c / (std * float(denom)),)\n',
  '        return (g + c / (std * float(denom)),)\n', 'front-end', note='* -> + at line 627')
M('auto-2150-ops.conv_ops-926-28', 'ops/conv_ops.py',
  '    origin = (np.arange(oh) * sh - ph)[:, None] * w + (np.arange(ow) * sw - pw)[None, :]\n',
  '    origin = (np.arange(oh) / sh - ph)[:, None] * w + (np.arange(ow) * sw - pw)[None, :]\n', 'op formula', note='* -> / at line 926')
M('auto-2150-ops.lapack-854-51', 'ops/lapack.py',
  "    if piv.shape != lu.shape[:2] or piv.dtype.kind not in 'iu':\n",
  "    if piv.shape != lu.shape[:2] or piv.dtype.kind in 'iu':\n", 'front-end', note="'not in' -> 'in' at line 854")
M('auto-2150-ops.blas_ops-302-8', 'ops/blas_ops.py',
  '        return (a.shape[0], a.shape[1], b.shape[2]) if batched else (a.shape[1], b.shape[2])\n',
  '        pass\n', 'front-end', note="'return (a.shape[0], a.shape[1], b.shape[2]) if batched else (a.shape[1], b.shape[2])' -> 'pass' at line 302")
M('auto-2150-ops.lapack-203-4', 'ops/lapack.py',
  '    i = int(np.argmin(d)) + 1\n',
  '    pass\n', 'front-end', note="'i = int(np.argmin(d)) + 1' -> 'pass' at line 203")
M('auto-2150-ops.linalg-64-8', 'ops/linalg.py',
  '        return None if len(a) != 2 else [True, type(a[1]) is not type(source)]\n',
  '        pass\n', 'front-end', note="'return None if len(a) != 2 else [True, type(a[1]) is not type(source)]' -> 'pass' at line 64")
M('auto-2150-ops.conv_ops-1154-23', 'ops/conv_ops.py',
  '    right = max(0, (ow - 1) * sw + kw - w - pw)\n',
  '    right = max(0, (ow + 1) * sw + kw - w - pw)\n', 'op formula', note='- -> + at line 1154',
  equivalent="average pooling's right padding two strides wider: the offset stack reads the windows of the ow output columns only, so the extra zero columns are never read (the same values)")
M('auto-2150-ops.lapack-418-12', 'ops/lapack.py',
  '            vr[:, j] = v[:, j].real\n',
  '            pass\n', 'front-end', note="'vr[:, j] = v[:, j].real' -> 'pass' at line 418", nth=1)
M('auto-2150-ops.conv_ops-989-87', 'ops/conv_ops.py',
  "        raise RuntimeError('stride should be greater than zero, but got dH: %d dW: %d' % s)\n",
  "        raise RuntimeError('stride should be greater than zero, but got dH: %d dW: %d' // s)\n", 'op formula', note='% -> // at line 989', nth=0)
M('auto-2150-ops.rnn_ops-858-51', 'ops/rnn_ops.py',
  "        return torch.cat(outs + [h] + ([c] if mode == 'LSTM' else []), 0)\n",
  "        return torch.cat(outs + [h] + ([c] if mode != 'LSTM' else []), 0)\n", 'op formula', note='== -> != at line 858')
M('auto-2150-ops.conv_ops-547-21', 'ops/conv_ops.py',
  '        if ctx.needs[0] else None\n',
  '        if ctx.needs[1] else None\n', 'op formula', note='0 -> 1 at line 547')
M('auto-2150-ops.reduction-120-61', 'ops/reduction.py',
  '    value = np.add.reduce(a, None, np.float64) / max(a.size, 1)\n',
  '    value = np.add.reduce(a, None, np.float64) / max(a.size, 2)\n', 'front-end', note='1 -> 2 at line 120')
M('auto-2150-ops.conv_ops-1020-14', 'ops/conv_ops.py',
  "              'nd': nd, 'unique': unique}\n",
  "              'Nd': nd, 'unique': unique}\n", 'op formula', note='"\'nd\'" -> "\'Nd\'" at line 1020')
M('auto-2150-nn.functional-468-25', 'nn/functional.py',
  "                         '({}) != input nelement ({})'.format(target.nelement(), input.nelement()))\n",
  "                         '({}) != Input nelement ({})'.format(target.nelement(), input.nelement()))\n", 'op formula', note='"\'({}) != input nelement ({})\'" -> "\'({}) != Input nelement ({})\'" at line 468')
M('auto-2150-ops.pointwise-677-75', 'ops/pointwise.py',
  "    ('sinh', _quiet(np.sinh), _quiet(_sinh_back), 'SinhBackward', 'input', True),\n",
  "    ('sinh', _quiet(np.sinh), _quiet(_sinh_back), 'SinhBackward', 'input', False),\n", 'front-end', note="'True' -> 'False' at line 677")
M('auto-2150-nn._functional_volumetric-220-4', 'nn/_functional_volumetric.py',
  '    return v\n',
  '    pass\n', 'op formula', note="'return v' -> 'pass' at line 220")
