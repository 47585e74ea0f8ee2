"""The programs of the fast-path oracle (``test_fastpath_oracle.py``).

``python compat_tests/fastpath_oracle.py OUT.pickle`` runs every program below in one process
and pickles a record of everything observable: output values (dtype, shape and bytes),
``grad_fn`` names and the names of their ``next_functions``, version counters, flags,
gradients after ``backward()``, and error types and messages.  The test runs it twice, in the
default (fast) mode and under ``LEGACY_AUTOGRAD_REFERENCE=1``, where every fast path is off
(``legacy_autograd/_fastpaths.py``), and requires the two records to be equal bit for bit.

The same programs also run twice in one process (``run_both_in_process``), the mode switched
by ``legacy_autograd.testing.reference_mode()`` in between.

The programs:

* ``op``: every registry op with a parity spec, on its fixed parity samples, as Variables that
  require grad (then ``out.backward(up)``, which takes ``autograd.backward``'s everyday route
  and the engine's hot loop) and as plain tensors;
* ``api``: the public front-ends the fast paths sit behind -- operators with numbers and
  tensors of every combination, in-place forms (tensors and Variables, broadcast, aliasing,
  integer types), ``t[i]`` and ``t[i] = x``, ``mm``, ``nn.Linear``, SGD, ``nll_loss``,
  ``bernoulli_`` / dropout, ``x ** 2``, large arrays (the ``with_number`` / ``select`` routes)
  and convolutions and pooling large enough to use the workspace pool, each run twice so the
  second run reuses the first one's buffers;
* ``graph``: random graphs of method calls, operators, views and in-place ops, with fan-out
  (gradients accumulate), ended by ``loss.backward()``; some run backward twice with
  ``retain_graph``.

Kept free of pytest and of modern torch: it runs in a plain subprocess.
"""
import pickle
import sys
import zlib

import numpy as np


# --------------------------------------------------------------------------------- records
def _arr(a):
    a = np.asarray(a)
    return ('array', a.dtype.str, a.shape, a.tobytes())


def _fn_record(fn):
    if fn is None:
        return None
    nexts = tuple((None if nf is None else type(nf).__name__, nr)
                  for nf, nr in getattr(fn, 'next_functions', ()))
    return (type(fn).__name__, nexts)


def record(x, L):
    """A picklable, comparable description of a result."""
    from legacy_autograd.autograd import Variable
    if isinstance(x, Variable):
        d = x.data
        return ('Variable', type(d).__name__, _arr(d._a), d._version[0], _fn_record(x.grad_fn),
                x.requires_grad, x.volatile, x._output_nr)
    if isinstance(x, L._TensorBase if hasattr(L, '_TensorBase') else ()):
        return ('Tensor', type(x).__name__, _arr(x._a), x._version[0])
    if hasattr(x, '_a') and hasattr(x, '_version'):
        return ('Tensor', type(x).__name__, _arr(x._a), x._version[0])
    if isinstance(x, (tuple, list)):
        return (type(x).__name__, tuple(record(e, L) for e in x))
    if isinstance(x, dict):
        return ('dict', tuple((k, record(v, L)) for k, v in sorted(x.items())))
    if isinstance(x, np.ndarray):
        return _arr(x)
    if isinstance(x, (bool, int, str, type(None))):
        return (type(x).__name__, x)
    if isinstance(x, (float, np.floating, np.integer, np.bool_)):
        return (type(x).__name__, _arr(np.asarray(x)))
    return ('other', type(x).__name__, repr(x))


def _error(exc):
    return ('raised', type(exc).__name__, str(exc))


def _seed(*parts):
    return zlib.crc32(':'.join(str(p) for p in parts).encode('utf-8'))


def _leaf_state(leaves, L):
    out = []
    for v in leaves:
        g = v.grad
        out.append((record(v, L), None if g is None else record(g, L)))
    return tuple(out)


# --------------------------------------------------------------------------------- ops
def _op_cases(L, out):
    from legacy_autograd import testing as T
    from legacy_autograd.ops import registry, dispatch
    for name in sorted(registry.OPS):
        if T.exemption(name) or T.coverage_problems(name):
            continue
        spec = T.spec_for(name)
        op = registry.OPS[name]
        for dt in spec.dtypes:
            for label in T.fixed_case_ids(name, dt):
                key = 'op:%s:%s:%s' % (name, dt, label)
                try:
                    case = T.fixed_case(name, dt, label)
                except Exception as exc:                # a sample that cannot be drawn
                    out[key] = _error(exc)
                    continue
                out[key] = _run_op_case(L, op, spec, case, key)
                if spec.legacy is None:
                    out[key + ':tensor'] = _run_op_tensors(L, op, case, dispatch, key)
                    if _plain_for_one_frame(op, case):
                        out[key + ':one-frame'] = _run_one_frame(L, op, case, key, dispatch)


def _plain_for_one_frame(op, case):
    """Whether ``call_variable1``/``call_variable2`` take ``op`` (a plain op: no view, no extra
    outputs; one input with any parameters, or two without)."""
    if op.is_view or op.extra_outputs or case.dtype.kind != 'f':
        return False
    n = len(case.arrays)
    if n == 2:
        return not case.params and case.arrays[0].dtype == case.arrays[1].dtype
    return n == 1


def _run_one_frame(L, op, case, key, dispatch):
    """The one-frame Variable calls on every plain registry op, not only the ones the operator
    front-ends happen to route there today: in reference mode they are ``call_variable``
    itself, so every difference (saved values, their flags, freeing) is a fast-path bug."""
    leaves = [L.autograd.Variable(L.from_numpy(np.array(a, copy=True)),
                                  requires_grad=op.differentiable)
              for a in case.arrays]
    params = {k: (v.copy() if isinstance(v, np.ndarray) else v) for k, v in case.params.items()}
    L.manual_seed(_seed(key, 'one-frame') & 0x7FFFFFFF)
    res = []
    try:
        with np.errstate(all='ignore'):
            if len(leaves) == 1:
                y = dispatch.call_variable1(op, leaves[0], params if params else None)
            else:
                y = dispatch.call_variable2(op, leaves[0], leaves[1])
    except Exception as exc:
        return (_error(exc),)
    fn = y._grad_fn             # not ``grad_fn``: that gives the node its public class, and the
    if fn is not None:          # engine's hot loop only takes plain nodes
        res.append((fn.has_saved, fn.saved is None, fn.saved_output is None))
        a = y.data._a
        up = np.random.RandomState(_seed(key, 'up1')).standard_normal(a.shape).astype(a.dtype)
        for retain in (True, False, False):     # the third finds the buffers freed
            try:
                with np.errstate(all='ignore'):
                    y.backward(L.from_numpy(up), retain_graph=retain)
                res.append(_leaf_state(leaves, L))
            except Exception as exc:
                res.append(_error(exc))
            res.append((fn.saved is None, fn.saved_output is None))
    res.append(record(y, L))
    if len(leaves) == 2 and op.differentiable:
        res.append(_one_frame_mixed(L, op, case, dispatch))
    return tuple(res)


def _one_frame_mixed(L, op, case, dispatch):
    """``call_variable2`` with operands that come from other ops (non-leaves), one of them
    or neither a constant: the node's per-input ``needs`` flags, which decide which input
    gradients the backward computes (and a function hook sees)."""
    out = []
    for constant in (0, 1, None):
        vs = []
        for k, a in enumerate(case.arrays):
            base = L.autograd.Variable(L.from_numpy(np.array(a, copy=True)),
                                       requires_grad=k != constant)
            vs.append(base if k == constant else base * 1)
        try:
            with np.errstate(all='ignore'):
                y = dispatch.call_variable2(op, vs[0], vs[1])
            node = y._grad_fn
            out.append((constant, None if node is None else tuple(node.needs)))
        except Exception as exc:
            out.append((constant, _error(exc)))
    return ('mixed', tuple(out))


def _run_op_case(L, op, spec, case, key):
    from legacy_autograd.ops import dispatch
    floating = case.dtype.kind == 'f'
    L.manual_seed(_seed(key) & 0x7FFFFFFF)
    leaves = [L.autograd.Variable(L.from_numpy(np.array(a, copy=True)),
                                  requires_grad=floating and op.differentiable)
              for a in case.arrays]
    params = {k: (v.copy() if isinstance(v, np.ndarray) else v) for k, v in case.params.items()}
    res = []
    try:
        with np.errstate(all='ignore'):
            if spec.legacy is not None:
                y = spec.legacy(L, *leaves, **params)
            else:
                y = dispatch.call(op, list(leaves), params if params else None)
    except Exception as exc:
        return (_error(exc),)
    res.append(record(y, L))
    first = y[0] if isinstance(y, (tuple, list)) else y
    if isinstance(first, L.autograd.Variable) and first.grad_fn is not None and \
            first.data._a.dtype.kind == 'f':
        a = first.data._a
        up = np.random.RandomState(_seed(key, 'up')).standard_normal(a.shape).astype(a.dtype)
        try:
            with np.errstate(all='ignore'):
                first.backward(L.from_numpy(up))
            res.append(_leaf_state(leaves, L))
        except Exception as exc:
            res.append(_error(exc))
    res.append(tuple(v.data._version[0] for v in leaves))
    if case.dtype == np.float64 and op.differentiable and spec.gradgrad is True and \
            spec.legacy is None and isinstance(y, L.autograd.Variable):
        res.append(_grad_of_grad(L, op, case, key, dispatch))
    return tuple(res)


def _grad_of_grad(L, op, case, key, dispatch):
    """First-order gradients with ``create_graph=True`` (recorded through the dispatcher),
    then their sum's backward into the leaves."""
    leaves = [L.autograd.Variable(L.from_numpy(np.array(a, copy=True)), requires_grad=True)
              for a in case.arrays]
    params = {k: (v.copy() if isinstance(v, np.ndarray) else v) for k, v in case.params.items()}
    try:
        with np.errstate(all='ignore'):
            y = dispatch.call(op, list(leaves), params if params else None)
            up = np.random.RandomState(_seed(key, 'up2')).standard_normal(y.data._a.shape)
            gs = L.autograd.grad([y], leaves, [L.from_numpy(up)], create_graph=True,
                                 allow_unused=True)
            total = None
            for g in gs:
                if g is not None and g.requires_grad:
                    total = g.sum() if total is None else total + g.sum()
            if total is not None:
                total.backward()
        return (tuple(record(g, L) for g in gs), _leaf_state(leaves, L))
    except Exception as exc:
        return _error(exc)


def _run_op_tensors(L, op, case, dispatch, key):
    L.manual_seed(_seed(key, 'tensor') & 0x7FFFFFFF)
    ts = [L.from_numpy(np.array(a, copy=True)) for a in case.arrays]
    params = {k: (v.copy() if isinstance(v, np.ndarray) else v) for k, v in case.params.items()}
    try:
        with np.errstate(all='ignore'):
            y = dispatch.call(op, ts, params if params else None)
    except Exception as exc:
        return (_error(exc),)
    return (record(y, L), tuple(record(t, L) for t in ts))


# --------------------------------------------------------------------------------- api
def _api_programs():
    """(name, program(L, rs)) pairs; a program returns what it wants recorded."""
    progs = []

    def prog(name):
        def deco(f):
            progs.append((name, f))
            return f
        return deco

    # ---- binary operators / methods, every operand combination the factory sorts
    numbers = [2, 2.5, -0.0, True, np.float64(1.5), np.float32(0.25), np.int64(3)]
    kinds = ['Float', 'Double', 'Long', 'Int', 'Byte']
    shapes = [((2, 3), (2, 3)), ((2, 3), (3,)), ((2, 3), (1, 3)), ((3,), (2, 3)),
              ((2, 3), (3, 2)), ((2, 3), (6,)), ((2, 3), (4,)), ((), ()), ((0, 3), (0, 3)),
              ((2, 3), (4, 3)), ((4, 3), (2, 3)), ((1, 3), (2, 3)), ((2, 1), (1, 3)),
              ((2, 3), (1,)), ((2, 3, 1), (3, 4)), ((3, 2), (2, 3))]
    ops = ['__add__', '__radd__', '__sub__', '__rsub__', '__mul__', '__rmul__', '__truediv__',
           '__rtruediv__', '__pow__', '__rpow__', 'add', 'sub', 'mul', 'div', '__iadd__',
           '__isub__', '__imul__', '__itruediv__', 'add_', 'sub_', 'mul_', 'div_']

    def tensor_of(L, rs, kind, shape, positive=False):
        a = rs.standard_normal(shape) * 3
        if positive:
            a = np.abs(a) + 0.5
        if kind in ('Long', 'Int', 'Byte'):
            a = np.abs(np.round(a)) + 1
        return getattr(L, kind + 'Tensor')(a.tolist()) if shape else \
            getattr(L, kind + 'Tensor')()

    def mk(L, rs, kind, shape, var, grad):
        t = tensor_of(L, rs, kind, shape, positive=True)
        if not var:
            return t
        return L.autograd.Variable(t, requires_grad=grad and kind in ('Float', 'Double'))

    def binary(opname, lhs_var, rhs, kind, sa, sb, kind2=None, grad=True):
        def run(L, rs):
            x = mk(L, rs, kind, sa, lhs_var, grad)
            if rhs == 'same':
                y = x
            elif isinstance(rhs, str):
                y = mk(L, rs, kind2 or kind, sb, rhs == 'var', grad)
            else:
                y = rhs
            base = x
            if lhs_var and (opname.startswith('__i') or opname.endswith('_')) and \
                    x.requires_grad:
                x = x * 1                           # in place on a non-leaf
            got = getattr(x, opname)(y)
            outs = [got, x, y]
            if lhs_var and isinstance(got, L.autograd.Variable) and got.requires_grad and \
                    got.data._a.dtype.kind == 'f':
                got.sum().backward()
                outs.append(base.grad)
            return outs
        return run

    for opname in ops:
        for kind in kinds:
            for var in (False, True):
                for n in numbers:
                    prog('binary-number:%s:%s:%s:%r' % (opname, kind, var, n))(
                        binary(opname, var, n, kind, (2, 3), None))
                for sa, sb in shapes:
                    prog('binary-tensor:%s:%s:%s:%s:%s' % (opname, kind, var, sa, sb))(
                        binary(opname, var, 'var' if var else 'tensor', kind, sa, sb))
                prog('binary-self:%s:%s:%s' % (opname, kind, var))(
                    binary(opname, var, 'same', kind, (2, 3), None))
        for var in (False, True):
            prog('binary-mixed:%s:%s' % (opname, var))(
                binary(opname, var, 'var' if var else 'tensor', 'Float', (2, 3), (2, 3), 'Double'))
            prog('binary-cross:%s:%s' % (opname, var))(
                binary(opname, var, 'tensor' if var else 'var', 'Float', (2, 3), (2, 3)))
            prog('binary-nograd:%s:%s' % (opname, var))(
                binary(opname, var, 'var' if var else 'tensor', 'Float', (2, 3), (2, 3),
                       grad=False))
            prog('binary-other:%s:%s' % (opname, var))(
                binary(opname, var, [1.0, 2.0], 'Float', (2, 3), None))

    @prog('binary-volatile')
    def _(L, rs):
        x = L.autograd.Variable(L.randn(3, 2), volatile=True)
        y = L.autograd.Variable(L.randn(3, 2), requires_grad=True)
        return [x + y, y * x, x + 1, y - x, (y * 2).add_(x)]

    @prog('add-value-other')
    def _(L, rs):
        x = L.autograd.Variable(L.randn(3, 2), requires_grad=True)
        y = L.autograd.Variable(L.randn(3, 2), requires_grad=True)
        z = x.add(0.5, y) - y.sub(2, x) + L.add(x, y)
        z.sum().backward()
        t = L.randn(3, 2)
        t.add_(-0.1, L.randn(3, 2))
        t.sub_(2, L.randn(2))
        return [z, x.grad, y.grad, t]

    @prog('dispatch-type-checks')
    def _(L, rs):
        # the dispatcher's type check called directly (the front-ends settle most mixtures
        # before it): every pairing of Variable / tensor and of two tensor types, in both
        # orders, and a three-input list; the fast check and its general twin must agree
        from legacy_autograd.ops import dispatch, registry
        V = L.autograd.Variable
        f, d = L.FloatTensor([1.0, 2.0]), L.DoubleTensor([1.0, 2.0])
        items = [f, d, V(f), V(d), L.LongTensor([1, 2])]
        res = []
        for op in (registry.OPS['add'], registry.OPS['mul'], registry.OPS['dist']):
            for x in items:
                for y in items:
                    for inputs in ([x, y], [x, x, y]):
                        try:
                            dispatch.check_same_type(op, inputs)
                            res.append('ok')
                        except Exception as exc:
                            res.append(_error(exc))
        return res

    @prog('mm-expanded-large')
    def _(L, rs):
        # products large enough for backend_numpy.dot's matmul route (4096+ output elements)
        # with one operand expanded (stride 0): numpy.matmul's loop for it gives other bits
        # than numpy.dot, so the fast path must keep such operands on dot
        # (whether the bits differ depends on the shapes: several, of odd sizes too)
        res = []
        for k, n in ((100, 96), (37, 111), (61, 70), (129, 83), (90, 127)):
            for row in (True, False):
                x = L.randn(1, k) if row else L.randn(64, 1)
                a = x.expand(64, k)
                b = L.randn(k, n)
                res += [a.mm(b), b.t().mm(a.t())]
                va = L.autograd.Variable(x, requires_grad=True).expand(64, k)
                vb = L.autograd.Variable(b, requires_grad=True)
                y = va.mm(vb)
                y.backward(L.randn(64, n))
                res += [y, vb.grad]
        return res

    @prog('inplace-tensor')
    def _(L, rs):
        res = []
        for kind in kinds:
            for shape_b in ((3, 4), (4,), (1, 4), (3, 1), (12,)):
                a = tensor_of(L, rs, kind, (3, 4), positive=True)
                b = tensor_of(L, rs, kind, shape_b, positive=True)
                for m in ('add_', 'sub_', 'mul_', 'div_'):
                    try:
                        res.append(getattr(a, m)(b))
                    except Exception as exc:
                        res.append(_error(exc))
                    res.append(a._version[0])
                    try:
                        res.append(getattr(a, m)(1.5))
                    except Exception as exc:
                        res.append(_error(exc))
                a.add_(a)
                a.mul_(a[0])                # operand overlapping self
                res.append(a)
                res.append(a.zero_())
                res.append(a.fill_(3))
                res.append(a._version[0])
        return res

    @prog('inplace-alpha-alias')
    def _(L, rs):
        res = []
        for kind in ('Float', 'Double', 'Long'):
            for alpha in (1, -1, 0, 0.5, 2):
                a = tensor_of(L, rs, kind, (4, 4), positive=True)
                b = tensor_of(L, rs, kind, (4,), positive=True)
                for m in ('add_', 'sub_'):
                    try:
                        getattr(a, m)(alpha, b)
                        getattr(a, m)(alpha, a)
                        getattr(a, m)(alpha, a.t())
                    except Exception as exc:
                        res.append(_error(exc))
                    res += [a, a._version[0]]
            a = tensor_of(L, rs, kind, (4, 4), positive=True)
            for m in ('add_', 'mul_', 'sub_', 'div_'):
                try:
                    getattr(a, m)(a.t())            # overlapping, not the same layout
                    getattr(a, m)(a[:, 1:2])
                except Exception as exc:
                    res.append(_error(exc))
                res += [a.clone(), a._version[0]]
        return res

    @prog('requires-grad-mix')
    def _(L, rs):
        res = []
        for ra, rb in ((True, False), (False, True), (False, False), (True, True)):
            x = L.autograd.Variable(L.randn(3, 2), requires_grad=ra)
            y = L.autograd.Variable(L.randn(3, 2), requires_grad=rb)
            for f in (lambda: x + y, lambda: x * y, lambda: y / (x * x + 1), lambda: x - 1,
                      lambda: x.mm(y.t()), lambda: (x * 1).add_(y), lambda: y.pow(2)):
                z = f()
                res.append(z)
                if z.requires_grad:
                    z.sum().backward()
            res += [x.grad, y.grad]
        return res

    @prog('backward-forms')
    def _(L, rs):
        res = []
        Variable = L.autograd.Variable
        for make_grad in (None, lambda z: L.ones(3, 2), lambda z: L.ones(3, 2).double(),
                          lambda z: L.ones(2, 3), lambda z: L.ones(6), lambda z: 2.0,
                          lambda z: Variable(L.ones(3, 2)),
                          lambda z: Variable(L.ones(3, 2), requires_grad=True)):
            x = Variable(L.randn(3, 2), requires_grad=True)
            z = x * x
            try:
                if make_grad is None:
                    z.backward()
                else:
                    z.backward(make_grad(z))
                res.append(x.grad)
            except Exception as exc:
                res.append(_error(exc))
        x = Variable(L.randn(3, 2), requires_grad=True)
        s = (x * 2).sum()
        s.backward(retain_graph=True)
        s.backward(retain_variables=True)
        s.backward()
        try:
            s.backward()
        except Exception as exc:
            res.append(_error(exc))
        res.append(x.grad)
        v = Variable(L.randn(2), volatile=True)
        try:
            (v * 2).sum().backward()
        except Exception as exc:
            res.append(_error(exc))
        x = Variable(L.randn(3), requires_grad=True)
        y = x * 2
        y.register_hook(lambda g: g * 3)
        (y * y).sum().backward()
        res.append(x.grad)
        L.autograd.backward([(x * x).sum(), (x * 3).sum()])
        res.append(x.grad)
        g, = L.autograd.grad([(x * x * x).sum()], [x], create_graph=True)
        g.sum().backward()
        res += [g, x.grad]
        return res

    @prog('inplace-readonly-view')
    def _(L, rs):
        base = L.randn(4, 4)
        v = base[1]
        v.add_(base[2])
        v.mul_(2)
        e = L.randn(1, 4).expand(4, 4)
        out = [base, v, base._version[0]]
        try:
            e.add_(1)
            out.append(e)
        except Exception as exc:
            out.append(_error(exc))
        return out

    @prog('inplace-variable')
    def _(L, rs):
        x = L.autograd.Variable(L.randn(3, 4), requires_grad=True)
        y = L.autograd.Variable(L.randn(3, 4), requires_grad=True)
        z = x * 2
        z.add_(y)
        z.mul_(y)
        z.div_(2.5)
        z.sub_(1)
        w = z[1]
        w.mul_(3)
        out = [z, w]
        try:
            x.add_(1)
        except Exception as exc:
            out.append(_error(exc))
        z.sum().backward()
        out += [x.grad, y.grad, x.data._version[0], y.data._version[0]]
        s = x * 1
        u = s * s
        s.add_(1)
        try:
            u.sum().backward()
        except Exception as exc:
            out.append(_error(exc))
        return out

    for which in (0, 1, 2):
        @prog('saved-modified:%d' % which)
        def _(L, rs, which=which):
            x = L.autograd.Variable(L.randn(3, 2), requires_grad=True)
            y = L.autograd.Variable(L.randn(3, 2), requires_grad=True)
            a, b = x * 1, y * 1
            u = a * b                       # saves a and b
            w = a / b                       # saves a and b
            if which < 2:
                (a, b)[which].add_(1)
            out = [u, w, a, b]
            for f in (u, w):
                try:
                    f.sum().backward(retain_graph=True)
                    out += [x.grad, y.grad]
                except Exception as exc:
                    out.append(_error(exc))
            return out

    # call_variable1's saved-input branch (dispatch.py): a full reduction that saves its input
    # (prod) reached through the one-frame Variable call, its version check, freeing, flags
    for which in ('plain', 'modified', 'bumped', 'twice', 'zeros', 'volatile', 'nograd', 'double',
                  'leaf'):
        @prog('call-variable1-saved:%s' % which)
        def _(L, rs, which=which):
            V = L.autograd.Variable
            data = L.randn(3, 2) if which != 'double' else L.randn(3, 2).double()
            if which == 'zeros':
                data[1, 0] = 0
            x = V(data, requires_grad=which != 'nograd', volatile=which == 'volatile')
            s = x if which == 'leaf' else x * 1
            if which == 'bumped':
                s.mul_(2)               # saved at version 1
            p = s.prod()
            out = [p, s, p.grad_fn is None]
            if which == 'modified':
                s.add_(1)
            for _ in range(2 if which == 'twice' else 1):
                try:
                    p.backward(retain_graph=which == 'twice')
                    out += [x.grad]
                except Exception as exc:
                    out.append(_error(exc))
            if which != 'twice':
                try:
                    p.backward()          # freed by the first backward (or never recorded)
                except Exception as exc:
                    out.append(_error(exc))
            return out

    @prog('zero-fill')
    def _(L, rs):
        # zero_ on tensors (the in-place table's fill, without the error-state switch for
        # floats): every type, shapes with and without elements, views, the counters, and
        # a Variable's .grad zeroed between two backwards (as zero_grad does)
        res = []
        for kind in kinds:
            for shape in ((3,), (2, 3), (0,), ()):
                t = tensor_of(L, rs, kind, shape)
                t.zero_()
                res += [t, t._version[0]]
        t = tensor_of(L, rs, 'Float', (4, 3))
        v = t[1]
        v.zero_()
        t.t().zero_()
        res += [t, v, t._version[0]]
        x = L.autograd.Variable(L.randn(3, 2) * -1, requires_grad=True)
        for _ in range(2):
            (x * -2.0).sum().backward()
            res.append(x.grad)
            x.grad.data.zero_()
            res += [x.grad, x.grad.data._version[0]]
        return res

    @prog('getitem-setitem')
    def _(L, rs):
        res = []
        for kind in kinds:
            for shape in ((5,), (4, 3), (2, 3, 2), (0,)):
                t = tensor_of(L, rs, kind, shape, positive=True)
                for key in range(-6, 7):
                    try:
                        res.append(t[key])
                    except Exception as exc:
                        res.append(_error(exc))
                    for value in (2, 2.5, -1, True):
                        try:
                            t[key] = value
                            res.append(t)
                        except Exception as exc:
                            res.append(_error(exc))
                res.append(t._version[0])
        x = L.autograd.Variable(L.randn(4, 3), requires_grad=True)
        y = x[1] * 2 + x[-1]
        y.sum().backward()
        res += [y, x.grad]
        return res

    @prog('mm-linear-sgd')
    def _(L, rs):
        nn, F = L.nn, L.nn.functional
        res = []
        for kind in ('Float', 'Double'):
            a = L.autograd.Variable(tensor_of(L, rs, kind, (3, 4)), requires_grad=True)
            b = L.autograd.Variable(tensor_of(L, rs, kind, (4, 2)), requires_grad=True)
            c = a.mm(b)
            c.sum().backward()
            res += [c, a.grad, b.grad, L.mm(a.data, b.data)]
            try:
                res.append(a.mm(L.autograd.Variable(L.randn(4, 2).double() if kind == 'Float'
                                                    else L.randn(4, 2))))
            except Exception as exc:
                res.append(_error(exc))
        L.manual_seed(3)
        lin = nn.Linear(5, 3)
        opt = L.optim.SGD(lin.parameters(), lr=0.1, momentum=0.9, weight_decay=0.01)
        for step in range(3):
            x = L.autograd.Variable(L.randn(4, 5))
            loss = F.nll_loss(F.log_softmax(lin(x), dim=1),
                              L.autograd.Variable(L.LongTensor([0, 2, 1, 2])))
            opt.zero_grad()
            loss.backward()
            opt.step()
            res += [loss, lin.weight, lin.bias]
        res.append(lin(L.autograd.Variable(L.randn(5))))
        res.append(lin(L.autograd.Variable(L.randn(2, 2, 5))))
        return res

    @prog('nll-loss')
    def _(L, rs):
        F = L.nn.functional
        res = []
        for dtype in ('float', 'double'):
            for size_average in (True, False):
                for weight in (None, [0.5, 2.0, 1.0, 0.0]):
                    for ignore in (-100, 1):
                        x = L.autograd.Variable(getattr(L.randn(6, 4), dtype)(),
                                                requires_grad=True)
                        t = L.autograd.Variable(L.LongTensor([0, 1, 3, 1, 2, 0]))
                        w = None if weight is None else getattr(L.Tensor(weight), dtype)()
                        y = F.nll_loss(x, t, weight=w, size_average=size_average,
                                       ignore_index=ignore)
                        y.backward()
                        res += [y, x.grad]
            x = L.autograd.Variable(getattr(L.randn(2, 3, 4, 4), dtype)(), requires_grad=True)
            t = L.autograd.Variable(L.LongTensor(rs.randint(0, 3, (2, 4, 4)).tolist()))
            y = F.nll_loss(F.log_softmax(x, dim=1), t)
            y.backward()
            res += [y, x.grad]
        return res

    @prog('bernoulli-dropout')
    def _(L, rs):
        F = L.nn.functional
        res = []
        L.manual_seed(7)
        for p in (0.0, 0.3, 0.5, 1.0, 1 / 3.0):
            for kind in ('Float', 'Double', 'Byte'):
                t = getattr(L, kind + 'Tensor')(4, 5)
                res.append(t.bernoulli_(p))
            res.append(L.bernoulli(L.Tensor(3, 3).fill_(p)))
        for p in (-0.1, 1.5):
            try:
                res.append(L.Tensor(3).bernoulli_(p))
            except Exception as exc:
                res.append(_error(exc))
        x = L.autograd.Variable(L.randn(50, 40), requires_grad=True)
        y = F.dropout(x, 0.4, training=True)
        y.sum().backward()
        res += [y, x.grad]
        return res

    @prog('pow-square')
    def _(L, rs):
        res = []
        a = np.array([0.0, -0.0, 1.5, -2.5, np.inf, -np.inf, np.nan, 1e-30, 3e38, 1e200])
        for dt in (np.float32, np.float64):
            with np.errstate(all='ignore'):
                x = L.autograd.Variable(L.from_numpy(a.astype(dt)), requires_grad=True)
            for e in (2, 2.0, 1, 1.0, 3, 0.5, 0, -1):
                y = x ** e
                z = x.pow(e)
                (y + z).sum().backward()
                res += [y, z, x.grad]
        for kind in ('Long', 'Int'):
            t = getattr(L, kind + 'Tensor')([0, 1, -2, 3])
            res += [t ** 2, t.pow(3)]
            try:
                res.append(t ** -1)
            except Exception as exc:
                res.append(_error(exc))
        return res

    # large arrays: with_number / select routes (sizes past both thresholds, odd remainders)
    special = np.array([0.0, -0.0, np.nan, np.inf, -np.inf, 1.0, -1.0, 0.5, -0.5, 2.0])

    def big(rs, n, dt):
        a = rs.standard_normal(n)
        a[rs.randint(0, n, n // 10)] = special[rs.randint(0, len(special), n // 10)]
        return a.astype(dt)

    for n in (1023, 1024, 8191, 8192, 20001):
        for dt in (np.float32, np.float64):
            @prog('large:%d:%s' % (n, np.dtype(dt).name))
            def _(L, rs, n=n, dt=dt):
                F = L.nn.functional
                res = []
                for fn in (lambda x: x.clamp(min=0), lambda x: x.clamp(max=0.5),
                           lambda x: x.clamp(min=-0.5, max=0.5), lambda x: x.clamp(min=float('nan')),
                           lambda x: F.relu(x), lambda x: F.threshold(x, 0.1, -2.0),
                           lambda x: F.threshold(x, 0.0, 0.0), lambda x: F.leaky_relu(x, 0.2),
                           lambda x: x.max(x * 0.5), lambda x: x.min(-x),
                           lambda x: F.prelu(x.view(-1, 1),
                                             L.autograd.Variable(L.from_numpy(np.array(
                                                 [0.25], dtype=dt)), requires_grad=True))):
                    x = L.autograd.Variable(L.from_numpy(big(rs, n, dt)), requires_grad=True)
                    try:
                        with np.errstate(all='ignore'):
                            y = fn(x)
                            y.backward(L.from_numpy(rs.standard_normal(
                                tuple(y.size())).astype(dt)))
                        res += [y, x.grad]
                    except Exception as exc:
                        res.append(_error(exc))
                return res

    # matrix products on both sides of backend_numpy.MATMUL_MIN (numpy.matmul for large
    # results of contiguous float operands, numpy.dot otherwise): C, transposed (F) and
    # strided operands, self products, NaN/inf, forward and both gradients, addmm/Linear
    for m, k, p in ((64, 100, 64), (63, 5, 65), (64, 1000, 100), (1, 300, 5000), (100, 0, 50),
                    (200, 3, 20), (5, 7, 3)):
        for dt in (np.float32, np.float64):
            @prog('mm:%d:%d:%d:%s' % (m, k, p, np.dtype(dt).name))
            def _(L, rs, m=m, k=k, p=p, dt=dt):
                V = L.autograd.Variable
                res = []
                a = rs.standard_normal((m, k)).astype(dt)
                b = rs.standard_normal((k, p)).astype(dt)
                if a.size > 4:
                    a.flat[rs.randint(0, a.size, 3)] = [np.nan, np.inf, -0.0]
                for la in ('C', 'F', 'S'):
                    for lb in ('C', 'F', 'S'):
                        def lay(arr, kind):
                            if kind == 'C':
                                return L.from_numpy(arr.copy())
                            if kind == 'F':
                                return L.from_numpy(arr.T.copy()).t()
                            wide = np.zeros((arr.shape[0], arr.shape[1] + 2), dtype=dt)
                            wide[:, 1:-1] = arr
                            return L.from_numpy(wide)[:, 1:-1] if arr.shape[1] else \
                                L.from_numpy(arr.copy())
                        x = V(lay(a, la), requires_grad=True)
                        y = V(lay(b, lb), requires_grad=True)
                        with np.errstate(all='ignore'):
                            z = x.mm(y)
                            z.backward(L.from_numpy(rs.standard_normal((m, p)).astype(dt)))
                        res += [z, x.grad, y.grad, lay(a, la).mm(lay(b, lb))]
                x = V(L.from_numpy(a), requires_grad=True)
                with np.errstate(all='ignore'):
                    s = x.mm(x.t())                         # the same buffer on both sides
                    s.sum().backward()
                    res += [s, x.grad, L.from_numpy(a).t().mm(L.from_numpy(a))]
                    lin = L.nn.Linear(k, p)
                    if dt is np.float64:
                        lin = lin.double()
                    out = lin(V(L.from_numpy(a), requires_grad=True))
                    out.sum().backward()
                    res += [out, lin.weight.grad, lin.bias.grad]
                    c = L.from_numpy(rs.standard_normal((m, p)).astype(dt))
                    res.append(L.addmm(0.5, c, 2.0, L.from_numpy(a), L.from_numpy(b)))
                return res

    # convolutions and pooling large enough for the workspace pool; each program runs its
    # work twice in a row, so the second run takes the buffers the first gave back
    conv_cfgs = [
        dict(n=4, c=3, h=32, w=32, o=8, k=5, stride=1, padding=0, dilation=1, groups=1),
        dict(n=2, c=4, h=28, w=30, o=6, k=3, stride=2, padding=1, dilation=1, groups=2),
        dict(n=8, c=2, h=12, w=12, o=4, k=3, stride=1, padding=2, dilation=2, groups=1),
        dict(n=1, c=6, h=40, w=40, o=6, k=3, stride=1, padding=1, dilation=1, groups=3),
        dict(n=64, c=1, h=14, w=14, o=6, k=5, stride=1, padding=0, dilation=1, groups=1),
    ]
    for i, cfg in enumerate(conv_cfgs):
        @prog('conv:%d' % i)
        def _(L, rs, cfg=cfg):
            F = L.nn.functional
            res = []
            for rep in range(2):
                r = np.random.RandomState(100 + rep)
                x = L.autograd.Variable(L.from_numpy(
                    r.standard_normal((cfg['n'], cfg['c'], cfg['h'], cfg['w'])).astype(np.float32)),
                    requires_grad=True)
                wt = L.autograd.Variable(L.from_numpy(
                    r.standard_normal((cfg['o'], cfg['c'] // cfg['groups'], cfg['k'], cfg['k']))
                    .astype(np.float32)), requires_grad=True)
                b = L.autograd.Variable(L.from_numpy(r.standard_normal(cfg['o']).astype(np.float32)),
                                        requires_grad=True)
                y = F.conv2d(x, wt, b, stride=cfg['stride'], padding=cfg['padding'],
                             dilation=cfg['dilation'], groups=cfg['groups'])
                p = F.max_pool2d(F.relu(y), 2, ceil_mode=True)
                q = F.avg_pool2d(y, 3, stride=2, padding=1)
                ct = F.conv_transpose2d(y, L.autograd.Variable(L.from_numpy(
                    r.standard_normal((cfg['o'], 2, 3, 3)).astype(np.float32)), requires_grad=True),
                    stride=cfg['stride'], padding=0)
                loss = p.sum() + (q * q).sum() + ct.mean()
                loss.backward()
                res += [y, p, q, ct, loss, x.grad, wt.grad, b.grad]
            return res

    @prog('rnn')
    def _(L, rs):
        nn = L.nn
        res = []
        L.manual_seed(11)
        for mode, cls in (('LSTM', nn.LSTM), ('GRU', nn.GRU), ('RNN', nn.RNN)):
            m = cls(3, 4, num_layers=2, bidirectional=True)
            x = L.autograd.Variable(L.randn(5, 2, 3), requires_grad=True)
            out, h = m(x)
            (out.sum() + (h[0] if isinstance(h, tuple) else h).sum()).backward()
            res += [out, h, x.grad] + [p.grad for p in m.parameters()]
        # packed sequences (steps of different widths), relu cells, float64, a retained
        # graph run twice (the second backward recomputes the freed activations)
        pack = nn.utils.rnn.pack_padded_sequence
        for mode, cls, kw in (('LSTM', nn.LSTM, {}), ('GRU', nn.GRU, {}),
                              ('RNN', nn.RNN, {'nonlinearity': 'relu'})):
            m = cls(3, 4, num_layers=2, bidirectional=True, **kw).double()
            x = L.autograd.Variable(L.randn(4, 3, 3).double(), requires_grad=True)
            out, h = m(pack(x, [4, 2, 1]))
            loss = out.data.sum() + (h[0] if isinstance(h, tuple) else h).sum()
            loss.backward(retain_graph=True)
            res += [out.data, h, x.grad.clone()] + [p.grad.clone() for p in m.parameters()]
            loss.backward()
            res += [x.grad] + [p.grad for p in m.parameters()]
        return res
    return progs


def _api_cases(L, out):
    for name, fn in _api_programs():
        key = 'api:' + name
        L.manual_seed(_seed(key) & 0x7FFFFFFF)
        rs = np.random.RandomState(_seed(key, 'rs'))
        try:
            with np.errstate(all='ignore'):
                got = fn(L, rs)
            out[key] = record(got, L)
        except Exception as exc:
            out[key] = _error(exc)


# --------------------------------------------------------------------------------- graphs
# Each entry: (arity, f(*operands)); operands are (n, m) Variables.  In-place entries work on
# a fresh non-leaf copy, so the graph stays valid while version counters and CopySlices move.
def _graph_ops(L):
    def inplace(method, *extra):
        def run(x, *ys):
            z = x * 1
            getattr(z, method)(*(ys + extra))
            return z
        return run

    def through_view(x, y):
        z = x + 0
        row = z[0]
        row.mul_(y[0])
        return z

    def t_view(x):
        z = x.t() * 1
        return z.t()

    return [
        (1, lambda x: x + 2), (1, lambda x: 2 + x), (1, lambda x: x - 0.5), (1, lambda x: 1 - x),
        (1, lambda x: x * 3), (1, lambda x: x * -0.0), (1, lambda x: x / 4), (1, lambda x: 2 / x),
        (1, lambda x: x ** 2), (1, lambda x: x.pow(2)), (1, lambda x: -x), (1, lambda x: x.abs()),
        (1, lambda x: x.tanh()), (1, lambda x: x.sigmoid()), (1, lambda x: x.exp().log1p()),
        (1, lambda x: x.clamp(min=0)), (1, lambda x: x.clamp(min=-0.5, max=0.5)),
        (1, lambda x: L.nn.functional.relu(x)), (1, lambda x: L.nn.functional.leaky_relu(x, 0.1)),
        (1, lambda x: x.sum().expand_as(x)), (1, lambda x: x.mean(1, keepdim=True).expand_as(x)),
        (1, lambda x: x.view(-1).view(x.size())), (1, t_view), (1, lambda x: x[0].expand_as(x)),
        (1, lambda x: x.mm(x.t()).mm(x) * 0.1), (1, inplace('add_', 1.5)), (1, inplace('mul_', 2.0)),
        (1, inplace('div_', 3.0)), (1, inplace('sub_', 0.25)), (1, inplace('clamp_', -1, 1)),
        (2, lambda x, y: x + y), (2, lambda x, y: x - y), (2, lambda x, y: x * y),
        (2, lambda x, y: x / (y * y + 1)), (2, lambda x, y: x.add(0.5, y)),
        (2, lambda x, y: x.sub(2, y)), (2, lambda x, y: x.max(y)), (2, lambda x, y: x.min(y)),
        (2, lambda x, y: x + y[0]), (2, lambda x, y: x * y[:, :1]), (2, inplace('add_')),
        (2, inplace('sub_')), (2, inplace('mul_')), (2, through_view),
        (3, lambda x, y, z: x.addcmul(0.5, y, z)), (3, lambda x, y, z: x * y + z),
    ]


def _graph_cases(L, out, count=150):
    Variable = L.autograd.Variable
    ops = _graph_ops(L)
    for g in range(count):
        key = 'graph:%d' % g
        rs = np.random.RandomState(_seed(key))
        n, m = rs.randint(1, 5), rs.randint(1, 5)
        dt = (np.float32, np.float64)[g % 2]
        n_inputs = rs.randint(1, 4)
        leaves = [Variable(L.from_numpy(rs.standard_normal((n, m)).astype(dt)),
                           requires_grad=bool(rs.randint(0, 4))) for _ in range(n_inputs)]
        values = list(leaves)
        steps = []
        try:
            with np.errstate(all='ignore'):
                for k in range(rs.randint(2, 10)):
                    ar, f = ops[rs.randint(len(ops))]
                    picks = [values[rs.randint(len(values))] for _ in range(ar)]
                    values.append(f(*picks))
                    steps.append(record(values[-1], L))
                loss = values[-1]
                for v in values[n_inputs:-1]:
                    if rs.randint(0, 3) == 0:           # fan-out into the loss
                        loss = loss + v
                loss = loss.sum()
                retain = g % 5 == 0
                if loss.requires_grad:
                    loss.backward(retain_graph=retain)
                    if retain:
                        loss.backward()
                steps.append(record(loss, L))
                steps.append(_leaf_state(leaves, L))
                steps.append(tuple(record(v, L) for v in values))
            out[key] = tuple(steps)
        except Exception as exc:
            out[key] = tuple(steps) + (_error(exc),)


# --------------------------------------------------------------------------------- driver
def mode_report():
    """What this process runs: the switches, and which implementation each fast path has."""
    from legacy_autograd import _fastpaths
    from legacy_autograd.ops import dispatch, arithmetic, conv_ops, _common
    from legacy_autograd import backend_numpy
    from legacy_autograd.autograd import engine
    from legacy_autograd.ops import rnn_ops
    fused = []
    loop = rnn_ops._forward_numpy
    rnn_ops._forward_numpy = lambda *a: fused.append(a) or loop(*a)
    try:
        z = np.zeros((1, 1))
        rnn_ops.LAYER_OPS['RNN_TANH'].forward(z, z, z, z, batch_sizes=(1,), reverse=False)
    finally:
        rnn_ops._forward_numpy = loop
    return {
        'rnn_fused': bool(fused),
        'reference': _fastpaths.REFERENCE,
        'poison': _fastpaths.POISON_WORKSPACE,
        'call_variable': dispatch.call_variable.__code__.co_name,   # the code it runs now
        'record': dispatch.record.__code__.co_name,
        'ufunc_inplace': len(dispatch._UFUNC_INPLACE),
        'engine_hot': engine._HOT,
        'mul_inline': 'call_variable1' in arithmetic.mul.__code__.co_names,
        'workspace_limit': conv_ops.WORKSPACE.limit,
        'workspace_poison': conv_ops.WORKSPACE.poison,
        'pow_square': 'square' in backend_numpy.pow.__code__.co_names,
        'select_bits': 'bitwise_xor' in _common.select.__code__.co_names,
        'mm_matmul': backend_numpy.dot.__code__ is not backend_numpy._dot_general.__code__,
    }


def run_all(graphs=150, parts=('op', 'api', 'graph')):
    import legacy_autograd as L
    out = {}
    if 'op' in parts:
        _op_cases(L, out)
    if 'api' in parts:
        _api_cases(L, out)
    if 'graph' in parts:
        _graph_cases(L, out, graphs)
    return {'mode': mode_report(), 'records': out}


def run_both_in_process(graphs=150, parts=('op', 'api', 'graph')):
    """``run_all`` in the fast mode and then in reference mode, in this process, switched by
    ``legacy_autograd.testing.reference_mode`` (no subprocess, no environment variable);
    returns ``{'fast': ..., 'reference': ...}``."""
    import warnings
    from legacy_autograd.testing import reference_mode
    out = {}
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        for mode in ('fast', 'reference'):
            with reference_mode(mode == 'reference'):
                out[mode] = run_all(graphs, parts)
    return out


if __name__ == '__main__':
    result = run_all(int(sys.argv[2]) if len(sys.argv) > 2 else 150)
    with open(sys.argv[1], 'wb') as f:
        pickle.dump(result, f, protocol=pickle.HIGHEST_PROTOCOL)
