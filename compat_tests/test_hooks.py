"""Hooks (spec section 5): Variable.register_hook on leaves and non-leaves,
RemovableHandle, result validation texts, grad_fn.register_hook."""
import pytest

import legacy_autograd as torch
from legacy_autograd.autograd import Variable, Function
from legacy_autograd.utils.hooks import RemovableHandle


def V(values, requires_grad=False, **kw):
    return Variable(torch.FloatTensor(values), requires_grad=requires_grad, **kw)


def lst(v):
    return v.data.tolist()


def test_docstring_example():
    v = Variable(torch.Tensor([0, 0, 0]), requires_grad=True)
    h = v.register_hook(lambda grad: grad * 2)
    v.backward(torch.Tensor([1, 1, 1]))
    assert repr(v.grad.data) == '\n 2\n 2\n 2\n[torch.FloatTensor of size 3]\n'
    h.remove()


def test_hook_returning_none_keeps_gradient_and_observes_it():
    x = V([1.0, 2.0], requires_grad=True)
    y = x * 3
    seen = []
    y.register_hook(lambda g: seen.append(lst(g)))
    x.register_hook(lambda g: seen.append(('x', lst(g))))
    (y * y).sum().backward()
    assert seen == [[6.0, 12.0], ('x', [18.0, 36.0])]
    assert lst(x.grad) == [18.0, 36.0]


def test_hook_replaces_gradient_on_non_leaf():
    x = V([1.0, 2.0], requires_grad=True)
    y = x * 3
    y.register_hook(lambda g: g * 0)
    y.sum().backward()
    assert lst(x.grad) == [0.0, 0.0]


def test_hooks_chain_in_registration_order():
    x = V([1.0], requires_grad=True)
    order = []

    def first(g):
        order.append(('first', lst(g)))
        return g + 1

    def second(g):
        order.append(('second', lst(g)))
        return g * 10
    x.register_hook(first)
    x.register_hook(second)
    (x * 2).sum().backward()
    assert order == [('first', [2.0]), ('second', [3.0])]
    assert lst(x.grad) == [30.0]


def test_leaf_hook_registered_after_the_graph_exists():
    x = V([1.0], requires_grad=True)
    y = x * 2                       # accumulator already created
    x.register_hook(lambda g: g * 5)
    y.sum().backward()
    assert lst(x.grad) == [10.0]


def test_hook_sees_variables_with_graph_when_create_graph():
    x = V([2.0], requires_grad=True)
    seen = []
    x.register_hook(lambda g: seen.append((g.volatile, g.requires_grad)))
    (x * x).sum().backward(create_graph=True)
    (x * x).sum().backward()
    assert seen == [(False, True), (True, False)]


def test_register_hook_errors():
    with pytest.raises(RuntimeError) as e:
        V([1.0], volatile=True).register_hook(lambda g: g)
    assert str(e.value) == 'cannot register a hook on a volatile variable'
    with pytest.raises(RuntimeError) as e:
        V([1.0]).register_hook(lambda g: g)
    assert str(e.value) == "cannot register a hook on a variable that doesn't require gradient"


def test_removable_handle():
    x = V([1.0], requires_grad=True)
    calls = []
    h1 = x.register_hook(lambda g: calls.append(1))
    h2 = x.register_hook(lambda g: calls.append(2))
    assert isinstance(h1, RemovableHandle)
    assert h2.id > h1.id
    assert list(x._backward_hooks) == [h1.id, h2.id]
    h1.remove()
    h1.remove()                     # idempotent
    (x * 2).sum().backward()
    assert calls == [2]
    with h2:
        pass                        # context manager removes too
    (x * 2).sum().backward()
    assert calls == [2]


def test_hook_changed_type():
    x = V([1.0], requires_grad=True)

    def to_double(grad):
        return grad.double()
    x.register_hook(to_double)
    with pytest.raises(RuntimeError) as e:
        (x * 2).sum().backward()
    assert str(e.value) == ("hook 'to_double' has changed the type of value (was torch.FloatTensor "
                            "got torch.DoubleTensor)")


def test_hook_changed_size():
    x = V([1.0, 2.0], requires_grad=True)
    x.register_hook(lambda grad: grad.sum())
    with pytest.raises(RuntimeError) as e:
        (x * 2).sum().backward()
    assert str(e.value) == "hook '<lambda>' has changed the size of value"


def test_hook_returned_non_variable():
    x = V([1.0], requires_grad=True)
    x.register_hook(lambda grad: 3)
    with pytest.raises(TypeError) as e:
        (x * 2).sum().backward()
    assert str(e.value) == "expected Variable, but hook returned 'int'"
    y = V([1.0], requires_grad=True)
    y.register_hook(lambda grad: grad.data)
    with pytest.raises(TypeError) as e:
        (y * 2).sum().backward()
    assert str(e.value) == "expected Variable, but hook returned 'torch.FloatTensor'"


def test_hook_without_name():
    class Doubler(object):
        def __call__(self, grad):
            return grad.double()
    x = V([1.0], requires_grad=True)
    x.register_hook(Doubler())
    with pytest.raises(RuntimeError) as e:
        (x * 2).sum().backward()
    assert str(e.value).startswith("hook '<unknown>' has changed the type of value")


def test_hook_cannot_replace_a_none_gradient():
    class Two(Function):
        @staticmethod
        def forward(ctx, a):
            return a * 2, a * 3

        @staticmethod
        def backward(ctx, g1, g2):
            return g1 * 2 + g2 * 3

    x = V([1.0], requires_grad=True)
    p, q = Two.apply(x)
    seen = []
    q.register_hook(lambda g: seen.append(g))       # q gets no gradient: hook sees None
    p.sum().backward(retain_graph=True)
    assert seen == [None]
    q.register_hook(lambda g: Variable(torch.ones(1)))
    with pytest.raises(RuntimeError) as e:
        p.sum().backward()
    assert str(e.value) == "can't replace a None gradient with a non-None value"


def test_function_hook_receives_grad_inputs_and_grad_outputs():
    x = V([1.0, 2.0], requires_grad=True)
    w = V([3.0, 4.0], requires_grad=True)
    y = x * w
    seen = {}

    def hook(grad_inputs, grad_outputs):
        seen['in'] = [lst(g) for g in grad_inputs]
        seen['out'] = [lst(g) for g in grad_outputs]
    h = y.grad_fn.register_hook(hook)
    assert isinstance(h, RemovableHandle)
    y.sum().backward()
    assert seen == {'in': [[3.0, 4.0], [1.0, 2.0]], 'out': [[1.0, 1.0]]}


def test_function_hook_replaces_grad_inputs():
    x = V([1.0, 2.0], requires_grad=True)
    w = V([3.0, 4.0], requires_grad=True)
    y = x * w
    y.grad_fn.register_hook(lambda gi, go: (gi[0] * 10, None))
    y.sum().backward()
    assert lst(x.grad) == [30.0, 40.0]
    assert w.grad is None


def test_function_hook_gets_none_for_inputs_without_grad():
    x = V([1.0, 2.0], requires_grad=True)
    c = V([3.0, 4.0])
    y = x * c
    seen = []
    y.grad_fn.register_hook(lambda gi, go: seen.append(gi[1]))
    y.sum().backward()
    assert seen == [None]


def test_function_hook_validation():
    x = V([1.0], requires_grad=True)
    w = V([3.0], requires_grad=True)
    y = x * w
    y.grad_fn.register_hook(lambda gi, go: gi[0])
    with pytest.raises(TypeError) as e:
        y.sum().backward(retain_graph=True)
    assert str(e.value) == "expected tuple, but hook returned 'Variable'"
    y = x * w

    def h(gi, go):
        return (gi[0],)
    y.grad_fn.register_hook(h)
    with pytest.raises(RuntimeError) as e:
        y.sum().backward()
    assert str(e.value) == "hook 'h' has returned an incorrect number of values (got 1, but expected 2)"


def test_hooks_on_custom_function_node():
    class Scale(Function):
        def forward(self, a):
            return a * 2

        def backward(self, g):
            return g * 2

    x = V([1.0], requires_grad=True)
    fn = Scale()
    y = fn(x)
    seen = []
    fn.register_hook(lambda gi, go: seen.append((lst(gi[0]), lst(go[0]))))
    y.register_hook(lambda g: g * 3)
    y.sum().backward()
    assert seen == [([6.0], [3.0])]
    assert lst(x.grad) == [6.0]


def test_backward_hooks_attribute_setter_on_leaf():
    from collections import OrderedDict
    x = V([1.0], requires_grad=True)
    x._backward_hooks = OrderedDict([(0, lambda g: g * 7)])
    (x * 1).sum().backward()
    assert lst(x.grad) == [7.0]
    x._backward_hooks = None
    x.grad = None
    (x * 1).sum().backward()
    assert lst(x.grad) == [1.0]
