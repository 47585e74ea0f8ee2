"""The autograd machinery, pinned: every graph builder below run under every driver, in float
and double, with several ``requires_grad`` / ``volatile`` patterns of its inputs.

Each run records what a user can observe: forward values and their types, ``requires_grad``,
``volatile``, ``is_leaf``, the ``grad_fn`` names down the graph, the gradients that reach the
inputs (``.grad``, ``autograd.grad``, second order), what hooks saw, the profiler's event
names, every warning and the exact text of every error.  The outcomes are compared with
``fixtures/autograd_api.json``; ``python test_autograd_api_snapshot.py --write`` rewrites it
(review the diff: a changed outcome is a changed behaviour).

The builders cover the legacy and new-style ``Function`` (saved tensors, ``mark_dirty``,
``mark_non_differentiable``, ``mark_shared_storage``, several outputs, ``None`` and wrong
gradients, ``once_differentiable``), ``InplaceFunction``, ``NestedIOFunction``, ``detach``,
in-place ops on saved and viewed values, setitem, broadcasting, multi-output reductions and
reuse of one input; the drivers cover ``backward`` (plain, twice with and without
``retain_graph``, with an explicit gradient, ``create_graph``), ``autograd.grad`` (first and
second order, ``only_inputs``, unused inputs), hooks on Variables and on nodes,
``retain_grad`` and the profiler.  The values these programs print were checked by the
focused tests (``test_function.py``, ``test_hooks.py``, ``test_engine.py``, ...) and by
0.3.1's own ``test_autograd.py``; this file makes any change to any of them visible.
"""
import json
import math
import os
import re
import sys
import warnings

import pytest

import legacy_autograd as torch
from legacy_autograd.autograd import Variable, Function
from legacy_autograd.autograd import function as function_module
from legacy_autograd.autograd import profiler

FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fixtures',
                       'autograd_api.json')
ADDR = re.compile(r'0x[0-9a-fA-F]+')

X0 = [[0.5, -1.25, 2.0], [-0.75, 1.5, -2.5]]
Y0 = [[1.5, 0.25, -1.0], [2.0, -0.5, 0.75]]


# ============================================================================ canonical form
def _num(v):
    if isinstance(v, float):
        if math.isnan(v):
            return 'nan'
        return repr(v)
    return v


def _flat(values):
    if isinstance(values, list):
        out = []
        for v in values:
            out.extend(_flat(v))
        return out
    return [_num(values)]


def _tensor(t):
    return [torch.typename(t), list(t.size()), _flat(t.tolist())]


def _node_name(fn):
    return None if fn is None else type(fn).__name__


def _graph(fn, depth=4):
    """The node names of a graph, depth first, as nested lists."""
    if fn is None:
        return None
    if depth == 0:
        return _node_name(fn)
    nexts = getattr(fn, 'next_functions', ())
    return [_node_name(fn)] + [[nr, _graph(nf, depth - 1)] for nf, nr in nexts]


def canon(x):
    if isinstance(x, Variable):
        return ['V', _tensor(x.data), x.requires_grad, x.volatile, x.is_leaf,
                _node_name(x.grad_fn)]
    if torch.is_tensor(x):
        return ['T'] + _tensor(x)
    if isinstance(x, BaseException):
        return ['E', type(x).__name__, ADDR.sub('0x?', str(x))]
    if isinstance(x, (list, tuple)):
        return [canon(v) for v in x]
    if x is None or isinstance(x, (bool, int, str)):
        return x
    if isinstance(x, float):
        return _num(x)
    return ['R', type(x).__name__]


# ============================================================================ graph builders
class LegacyMul(Function):
    def forward(self, a, b):
        self.save_for_backward(a, b)
        return a * b

    def backward(self, g):
        a, b = self.saved_tensors
        return g * b, g * a


class LegacyScale(Function):
    def __init__(self, k):
        super(LegacyScale, self).__init__()
        self.k = k

    def forward(self, a):
        return a * self.k

    def backward(self, g):
        return g * self.k


class LegacyView(Function):
    def forward(self, a):
        v = a.view(-1)
        self.mark_shared_storage((a, v))
        return v

    def backward(self, g):
        return g.view(2, 3)


class LegacyPair(Function):
    def forward(self, a, b):
        return a + b, a - b

    def backward(self, g1, g2):
        return g1 + g2, g1 - g2


class NewMul(Function):
    @staticmethod
    def forward(ctx, a, b):
        ctx.save_for_backward(a, b)
        ctx.flags = ctx.needs_input_grad
        return a * b

    @staticmethod
    def backward(ctx, g):
        a, b = ctx.saved_variables
        return (g * b if ctx.needs_input_grad[0] else None,
                g * a if ctx.needs_input_grad[1] else None)


class NewAddInPlace(Function):
    @staticmethod
    def forward(ctx, a, b):
        a.add_(b)
        ctx.mark_dirty(a)
        return a

    @staticmethod
    def backward(ctx, g):
        return g, g


class NewSortLike(Function):
    @staticmethod
    def forward(ctx, a):
        values, idx = a.max(1)
        ctx.save_for_backward(idx)
        ctx.mark_non_differentiable(idx)
        ctx.shape = a.size()
        return values, idx

    @staticmethod
    def backward(ctx, g, g_idx):
        idx, = ctx.saved_variables
        out = Variable(g.data.new(*ctx.shape).zero_())
        return out.scatter(1, idx.unsqueeze(1), g.unsqueeze(1))


class NewThreeOut(Function):
    @staticmethod
    def forward(ctx, a):
        return a * 2, a * 3, a * 4

    @staticmethod
    def backward(ctx, g1, g2, g3):
        return g1 * 2 + g2 * 3 + g3 * 4


class NewIdentity(Function):
    @staticmethod
    def forward(ctx, a):
        return a

    @staticmethod
    def backward(ctx, g):
        return g * 1


class NewNoneGrad(Function):
    @staticmethod
    def forward(ctx, a, b):
        return a + b

    @staticmethod
    def backward(ctx, g):
        return g, None


class NewTooManyGrads(Function):
    @staticmethod
    def forward(ctx, a):
        return a * 1

    @staticmethod
    def backward(ctx, g):
        return g, g


class NewWrongShape(Function):
    @staticmethod
    def forward(ctx, a):
        return a.sum(1)

    @staticmethod
    def backward(ctx, g):
        return g


class NewScaleArg(Function):
    @staticmethod
    def forward(ctx, a, k, b):
        ctx.k = k
        ctx.save_for_backward(a, b)
        return a * k + b * b

    @staticmethod
    def backward(ctx, g):
        a, b = ctx.saved_variables
        return g * ctx.k, None, g * 2 * b


class NewOnce(Function):
    @staticmethod
    def forward(ctx, a):
        ctx.save_for_backward(a)
        return a * a

    @staticmethod
    @function_module.once_differentiable
    def backward(ctx, g):
        a, = ctx.saved_tensors
        return g * 2 * a


class Inplace(function_module.InplaceFunction):
    def forward(self, a):
        if self.inplace:
            self.mark_dirty(a)
            return a.mul_(2)
        return a * 2

    def backward(self, g):
        return g * 2


class Nested(function_module.NestedIOFunction):
    def forward_extended(self, pair, c):
        a, b = pair
        self.save_for_backward(a, c)
        return a * c, (b + c,)

    def backward_extended(self, g1, rest):
        g2, = rest
        a, c = self.saved_tensors
        return (g1 * c, g2), g1 * a + g2


def b_arith(x, y):
    return [(x + 2) * y - x / 3]


def b_legacy_mul(x, y):
    return [LegacyMul()(x, y)]


def b_legacy_scale(x, y):
    return [LegacyScale(3)(x) + y]


def b_legacy_view(x, y):
    return [LegacyView()(x * y)]


def b_legacy_pair(x, y):
    a, b = LegacyPair()(x, y)
    return [a * b, b]


def b_legacy_twice(x, y):
    fn = LegacyMul()
    a = fn(x, y)
    return [a, fn(a, y)]


def b_new_mul(x, y):
    return [NewMul.apply(x, y)]


def b_new_mul_repeated(x, y):
    return [NewMul.apply(x, x) + NewMul.apply(y, y)]


def b_new_inplace(x, y):
    h = x * 1
    return [NewAddInPlace.apply(h, y), h]


def b_new_inplace_leaf(x, y):
    return [NewAddInPlace.apply(x, y)]


def b_new_sortlike(x, y):
    v, i = NewSortLike.apply(x * y)
    return [v, i]


def b_new_three(x, y):
    a, b, c = NewThreeOut.apply(x + y)
    return [a, c]


def b_new_identity(x, y):
    return [NewIdentity.apply(x), y]


def b_new_none_grad(x, y):
    return [NewNoneGrad.apply(x, y)]


def b_new_too_many(x, y):
    return [NewTooManyGrads.apply(x) * y]


def b_new_wrong_shape(x, y):
    return [NewWrongShape.apply(x * y)]


def b_new_scale_arg(x, y):
    return [NewScaleArg.apply(x, 2.5, y)]


def b_new_once(x, y):
    return [NewOnce.apply(x) + y]


def b_inplace_fn(x, y):
    h = x + y
    return [Inplace(True)(h), Inplace(False)(y)]


def b_nested(x, y):
    a, (b,) = Nested()((x, y), y * 2)
    return [a, b]


def b_detach(x, y):
    h = (x * y).detach()
    return [h * x + y]


def b_detach_(x, y):
    h = x * y
    h.detach_()
    return [h + x * 2]


def b_inplace_intermediate(x, y):
    h = x * 2
    h.add_(y)
    h.mul_(y)
    return [h * h]


def b_modified_saved(x, y):
    h = x.exp()
    out = h * y
    h.add_(1)
    return [out]


def b_view_inplace(x, y):
    h = x + y
    v = h[0]
    v.mul_(3)
    return [h * x]


def b_setitem(x, y):
    h = x.clone()
    h[0] = y[1]
    h[1, 2] = 5
    return [h * 2]


def b_broadcast(x, y):
    w = y[0]
    return [x * w + w.unsqueeze(0)]


def b_reductions(x, y):
    m, i = (x * y).max(1)
    return [x.sum(1) + m, x.mean(), i]


def b_reuse(x, y):
    return [x * x * x - y * x]


def b_data_rewrap(x, y):
    return [Variable(x.data) * y + x]


def b_cat_stack(x, y):
    return [torch.cat([x, y], 0), torch.stack([x, y], 1).sum(2)]


def b_index_select(x, y):
    idx = Variable(torch.LongTensor([1, 0, 1]))
    return [x.index_select(1, idx) * y]


def b_unused_output(x, y):
    a, b, c = NewThreeOut.apply(x)
    return [b * y]


def b_requires_grad_off(x, y):
    z = Variable(x.data.clone())
    z.requires_grad = False
    return [z * y + x]


BUILDERS = {name[2:]: f for name, f in sorted(globals().items()) if name.startswith('b_')}


# ============================================================================ drivers
def _inputs(dtype, mask):
    cls = torch.FloatTensor if dtype == 'float' else torch.DoubleTensor
    out = []
    for values, flag in zip((X0, Y0), mask):
        if flag == 'volatile':
            out.append(Variable(cls(values), volatile=True))
        else:
            out.append(Variable(cls(values), requires_grad=flag))
    return out


def _total(outs):
    """One number from all outputs (integer outputs, e.g. indices, left out)."""
    s = None
    for k, o in enumerate(outs):
        if torch.typename(o.data) not in ('torch.FloatTensor', 'torch.DoubleTensor'):
            continue
        term = o.sum() * (k + 1)
        s = term if s is None else s + term
    return s


def _grads(inputs):
    return [canon(v.grad) for v in inputs]


def d_backward(rec, inputs, outs):
    s = _total(outs)
    rec('graph', _graph(s.grad_fn))
    s.backward()
    rec('grads', _grads(inputs))


def d_backward_twice(rec, inputs, outs):
    s = _total(outs)
    s.backward(retain_graph=True)
    rec('first', _grads(inputs))
    s.backward(retain_variables=True)
    rec('second', _grads(inputs))
    s.backward()
    rec('third', _grads(inputs))
    s.backward()


def d_gradient_arg(rec, inputs, outs):
    o = outs[0]
    g = o.data.new(o.size()).fill_(0.5)
    if o.dim() > 0:
        g.view(-1)[0] = -2
    o.backward(g)
    rec('grads', _grads(inputs))


def d_grad(rec, inputs, outs):
    s = _total(outs)
    want = [v for v in inputs if v.requires_grad]
    res = torch.autograd.grad(s, want, retain_graph=True)
    rec('grad', canon(list(res)))
    rec('leaf grads untouched', _grads(inputs))
    res = torch.autograd.grad([s], want, grad_outputs=[s.data.new([3])], only_inputs=True)
    rec('grad x3', canon(list(res)))


def d_grad_create(rec, inputs, outs):
    s = _total(outs)
    want = [v for v in inputs if v.requires_grad]
    res = torch.autograd.grad(s, want, create_graph=True)
    rec('first', canon(list(res)))
    rec('first graphs', [None if r is None else _graph(r.grad_fn, 2) for r in res])
    t = None
    for r in res:
        if r is not None and r.requires_grad:
            term = (r * r).sum()
            t = term if t is None else t + term
    if t is not None:
        t.backward()
    rec('second', _grads(inputs))


def d_backward_create(rec, inputs, outs):
    s = _total(outs)
    s.backward(create_graph=True)
    rec('grads', _grads(inputs))
    rec('grad graphs', [None if v.grad is None else _node_name(v.grad.grad_fn) for v in inputs])
    for v in inputs:
        if v.grad is not None and v.grad.requires_grad:
            v.grad.sum().backward(retain_graph=True)
    rec('after', _grads(inputs))


def d_hooks(rec, inputs, outs):
    seen = []
    for k, v in enumerate(inputs):
        if v.requires_grad:
            v.register_hook(lambda g, k=k: seen.append(['in', k, canon(g)]))
    for k, o in enumerate(outs):
        if o.requires_grad:
            o.register_hook(lambda g, k=k: seen.append(['out', k, canon(g)]))
            if o.grad_fn is not None:
                o.grad_fn.register_hook(
                    lambda gi, go, k=k: seen.append(['node', k, canon(list(gi)), canon(list(go))]))
    s = _total(outs)
    handle = s.register_hook(lambda g: g * 2)
    s.backward(retain_graph=True)
    rec('seen', seen)
    rec('grads', _grads(inputs))
    handle.remove()
    del seen[:]
    s.backward()
    rec('seen after remove', seen)
    rec('grads after remove', _grads(inputs))


def d_retain_grad(rec, inputs, outs):
    for o in outs:
        if o.requires_grad:
            o.retain_grad()
    s = _total(outs)
    s.backward()
    rec('out grads', [canon(o.grad) for o in outs])


def d_profile(rec, inputs, outs):
    with profiler.profile() as prof:
        s = _total(outs)
        s.backward()
    rec('events', [e.name for e in prof.function_events])


DRIVERS = {name[2:]: f for name, f in sorted(globals().items()) if name.startswith('d_')}
DTYPES = ('float', 'double')
MASKS = ((True, True), (True, False), (False, True), ('volatile', True))


def run(builder, driver, dtype, mask):
    log = []

    def rec(label, value):
        log.append([label, value])

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            inputs = _inputs(dtype, mask)
            if driver != 'profile':
                outs = BUILDERS[builder](*inputs)
                rec('outs', canon(outs))
                DRIVERS[driver](rec, inputs, outs)
            else:
                with profiler.profile() as prof:
                    outs = BUILDERS[builder](*inputs)
                rec('forward events', [e.name for e in prof.function_events])
                DRIVERS[driver](rec, inputs, outs)
        except Exception as e:
            rec('error', canon(e))
    if caught:
        rec('warnings', [[w.category.__name__, str(w.message)] for w in caught])
    return log


def _mask_key(mask):
    return ''.join('v' if m == 'volatile' else ('1' if m else '0') for m in mask)


def all_keys():
    for b in BUILDERS:
        for d in DRIVERS:
            for dt in DTYPES:
                for m in MASKS:
                    yield '%s|%s|%s|%s' % (b, d, dt, _mask_key(m)), (b, d, dt, m)


def outcomes():
    return {key: run(*args) for key, args in all_keys()}


def _load():
    with open(FIXTURE) as f:
        return json.load(f)


def test_fixture_covers_every_program():
    assert sorted(_load()) == sorted(k for k, _ in all_keys())


@pytest.mark.parametrize('builder', sorted(BUILDERS))
def test_outcomes_match_the_fixture(builder):
    want = _load()
    bad = []
    for key, args in all_keys():
        if args[0] != builder:
            continue
        got = json.loads(json.dumps(run(*args)))
        if got != want[key]:
            bad.append('%s\n  got:  %s\n  want: %s' % (key, got, want[key]))
    assert not bad, '%d outcomes changed:\n%s' % (len(bad), '\n'.join(bad[:5]))


def test_the_snapshot_sees_errors_warnings_and_second_order():
    # the fixture is not vacuous: it holds error texts, warnings, second-order gradients
    # and profiler events
    text = json.dumps(_load())
    assert 'retain_graph=True' in text                 # the freed-buffers error
    assert 'has been modified by an inplace operation' in text
    assert '"warnings"' in text
    assert 'MulBackward' in text and 'AccumulateGrad' in text
    assert 'LegacyMulLegacyBackward' in text or 'LegacyMul' in text


if __name__ == '__main__':
    if sys.argv[1:] == ['--write']:
        data = outcomes()
        with open(FIXTURE, 'w') as f:
            json.dump(data, f, indent=0, sort_keys=True)
            f.write('\n')
        print('wrote %d outcomes to %s' % (len(data), FIXTURE))
