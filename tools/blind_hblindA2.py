"""hblindA's SECOND blind mutant batch (written after the first batch's tests, committed before
it was run): the best estimate of the suite's rate on edits it was not tuned to."""
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

M('h2-expand-neg1-lead', S, "            if i < lead:\n                raise RuntimeError('expand: -1 is not allowed",
  "            if False:\n                raise RuntimeError('expand: -1 is not allowed", FE,
  note='x.expand(-1, 4) of a (4,) tensor accepted (a new leading dim of size 1)')
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
  "", VJP, note='v[idx] = w with w of the same numel but another shape: w.grad in the slice shape')
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
M('h2-kthvalue-k0', R, "    if k < 1 or k > n:\n        raise RuntimeError('kthvalue(): selected index k",
  "    if k < 0 or k > n:\n        raise RuntimeError('kthvalue(): selected index k", FE,
  note='kthvalue(0) gives the largest (rank -1)')
M('h2-addr-vjp-alpha', BL, "            _mv(ctx, ctx.B.t(g), v1) * alpha if ctx.needs[2] else None)",
  "            _mv(ctx, ctx.B.t(g), v1) if ctx.needs[2] else None)", VJP)
M('h2-histc-int', BL, "    if not tensor_of(self)._info.is_floating:\n        raise TypeError('histc is only",
  "    if False:\n        raise TypeError('histc is only", FE, note='LongTensor.histc() accepted')
M('h2-trtrs-unit', LA, "        t = t.copy()\n        np.fill_diagonal(t, 1)", "        t = t.copy()", OF,
  note='trtrs(unitriangular=True) uses the stored diagonal')
M('h2-linspace-zero-steps', CR, "    if steps <= 0:\n        raise RuntimeError('invalid argument 3: number of points must be positive')\n    if steps == 1 and start != end:\n        raise RuntimeError('invalid argument 3: invalid number of points')\n    cls = _default_cls()\n    if steps == 1:\n        vals = np.array([start]",
  "    if steps < 0:\n        raise RuntimeError('invalid argument 3: number of points must be positive')\n    if steps == 1 and start != end:\n        raise RuntimeError('invalid argument 3: invalid number of points')\n    cls = _default_cls()\n    if steps == 1:\n        vals = np.array([start]",
  FE, note='torch.linspace(0, 1, 0) no longer refused')
M('h2-float-arg-any', AG, "    if isinstance(value, numbers.Real) or isinstance(value, np.bool_):\n        return value\n    raise arg_type_error(fname, argname, 'float', value, pos)",
  "    return value", FE, note="x.uniform_('1') / torch.histc(x, 5, '0') accepted")
M('h2-scalar-int-range', C, "if isinstance(value, numbers.Integral) and -2 ** 63 <= value < 2 ** 63:",
  "if isinstance(value, numbers.Integral) and -2 ** 53 <= value < 2 ** 53:", FE,
  note='LongTensor + (2**60 + 1) rounded through a double')
M('h2-wrap-dim-empty', C, "    d = dim if type(dim) is int else _args.int_arg(dim, fname, argname, pos)\n    n = ndim + 1 if allow_end else ndim\n    if n <= 0:\n        n = 1\n",
  "    d = dim if type(dim) is int else _args.int_arg(dim, fname, argname, pos)\n    n = ndim + 1 if allow_end else ndim\n", FE,
  note='a dim of an empty (dimensionless) tensor always out of range, with a [-0, -1] message')
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
M('h2-topk-k-check', R, "    if k < 0 or k > n:\n        raise RuntimeError('topk(): selected number k",
  "    if k < 0 or k > n + 1:\n        raise RuntimeError('topk(): selected number k", FE)
