"""Op nodes are made as plain ``OpNode`` objects and get the class of their legacy name when a
user can first see them (``Variable.grad_fn``, then everything reachable through
``next_functions``): the classes, names and identities users see must not depend on when
they look."""
import legacy_autograd as torch
from legacy_autograd.autograd import Variable, Function
from legacy_autograd.autograd.nodes import OpNode


def _walk(fn, seen=None):
    seen = set() if seen is None else seen
    if fn is None or id(fn) in seen:
        return []
    seen.add(id(fn))
    out = [fn]
    for nf, _ in fn.next_functions:
        out += _walk(nf, seen)
    return out


def test_grad_fn_has_its_legacy_class_and_so_does_everything_below():
    x = Variable(torch.ones(2, 2), requires_grad=True)
    y = (x + 2) * (x + 2) * 3
    z = y.mean()
    fn = z.grad_fn
    assert type(fn).__name__ == 'MeanBackward1'
    assert repr(fn).startswith('<MeanBackward1 object at 0x')
    names = [type(n).__name__ for n in _walk(fn)]
    assert names == ['MeanBackward1', 'MulBackward0', 'MulBackward1', 'AddBackward0',
                     'AccumulateGrad', 'AddBackward0']
    for n in _walk(fn):
        assert type(n) is not OpNode
        assert n.name() == type(n).__name__
    # the same objects, the same classes, however often one looks
    assert z.grad_fn is fn and type(z.grad_fn) is type(fn)
    assert type(y.grad_fn).__name__ == 'MulBackward0'


def test_node_below_an_unseen_node_gets_its_class_through_a_later_grad_fn():
    x = Variable(torch.ones(3), requires_grad=True)
    a = x.exp()
    b = a.neg()
    c = b.sum()
    assert type(a.grad_fn).__name__ == 'ExpBackward'       # seen first (not from the top)
    assert type(c.grad_fn).__name__ == 'SumBackward0'
    assert type(c.grad_fn.next_functions[0][0]).__name__ == 'NegBackward'
    assert c.grad_fn.next_functions[0][0].next_functions[0][0] is a.grad_fn


class _Double(Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, g):
        return g * 2


def test_nodes_below_a_custom_function_node_get_their_classes():
    x = Variable(torch.ones(3), requires_grad=True)
    y = _Double.apply(x.exp())
    z = y + 1
    below = z.grad_fn.next_functions[0][0]
    assert type(z.grad_fn).__name__ == 'AddBackward0'
    assert type(below.next_functions[0][0]).__name__ == 'ExpBackward'
    y2 = _Double.apply(x.sin())
    fn = y2.grad_fn                 # a custom node's grad_fn: the op nodes below it too
    assert type(fn.next_functions[0][0]).__name__ == 'SinBackward'
    z.sum().backward()
    y2.sum().backward()
    assert x.grad is not None
