"""torch.autograd.Function in both 0.3 styles (spec section 4): graph nodes and
their names, saved tensors, mark_dirty / mark_non_differentiable /
mark_shared_storage, every error text, multiple outputs, create_graph,
once_differentiable, and parity with modern torch.autograd.Function."""
import re

import numpy as np
import pytest

import legacy_autograd as torch
from legacy_autograd import testing as T
from legacy_autograd.autograd import Variable, Function
from legacy_autograd.autograd.function import once_differentiable, NestedIOFunction
from legacy_autograd.tensor import _TensorBase

FREED = ('Trying to backward through the graph a second time, but the buffers have already been '
         'freed. Specify retain_graph=True when calling backward the first time.')
MODIFIED = ('one of the variables needed for gradient computation has been modified by an inplace '
            'operation')
ADDR = re.compile(r'0x[0-9a-f]+')


def V(values, requires_grad=False, double=False, **kw):
    t = torch.DoubleTensor(values) if double else torch.FloatTensor(values)
    return Variable(t, requires_grad=requires_grad, **kw)


def lst(v):
    return v.data.tolist()


# ============================================================================ legacy style
class LegacyMul(Function):
    def forward(self, a, b):
        self.seen_forward = (type(a), type(b))
        self.save_for_backward(a, b)
        return a * b

    def backward(self, grad):
        self.seen_backward = type(grad)
        a, b = self.saved_tensors
        return grad * b, grad * a


def test_legacy_function_is_the_node():
    fn = LegacyMul()
    a = V([1.0, 2.0], requires_grad=True)
    b = V([3.0, 4.0])
    y = fn(a, b)
    assert y.grad_fn is fn
    assert fn.seen_forward == (torch.FloatTensor, torch.FloatTensor)   # tensors, not Variables
    assert fn.needs_input_grad == (True, False)
    assert fn.requires_grad is True
    assert type(fn.next_functions[0][0]).__name__ == 'AccumulateGrad'
    assert fn.next_functions[0][0].variable is a
    assert fn.next_functions[1] == (None, 0)
    assert repr(y.grad_fn) == object.__repr__(fn)
    y.sum().backward()
    assert fn.seen_backward is torch.FloatTensor
    assert lst(a.grad) == [3.0, 4.0]
    assert b.grad is None


def test_legacy_function_constructed_before_its_inputs_exist():
    # the engine runs nodes by creation order; a legacy Function object is made before the
    # ops producing its inputs, so it must be ordered by when it is applied
    fn = LegacyMul()
    x = V([1.0, 2.0], requires_grad=True)
    seen = []
    h = x * 2
    h.register_hook(lambda g: seen.append(lst(g)))
    y = fn(h, h + 1)                # both inputs are nodes created after fn itself
    z = (y + h).sum()               # h also feeds the sum directly
    z.backward()
    # h's hook runs once, after fn, with the summed gradient d/dh [h (h + 1) + h] = 2h + 2
    assert seen == [[6.0, 10.0]]
    # d/dx [2x * (2x + 1) + 2x] = 8x + 4
    assert lst(x.grad) == [12.0, 20.0]


def test_legacy_function_repr_in_main():
    ns = {'__name__': '__main__', 'Function': Function}
    exec('class MyFn(Function):\n'
         '    def forward(self, x):\n        return x * 2\n'
         '    def backward(self, g):\n        return g * 2\n', ns)
    y = ns['MyFn']()(V([1.0], requires_grad=True))
    assert ADDR.sub('0x...', repr(y.grad_fn)) == '<__main__.MyFn object at 0x...>'
    assert ADDR.sub('0x...', str(y.grad_fn)) == '<__main__.MyFn object at 0x...>'


def test_legacy_saved_tensors_freed_after_backward():
    fn = LegacyMul()
    a = V([1.0, 2.0], requires_grad=True)
    y = fn(a, V([3.0, 4.0]))
    assert isinstance(fn.saved_tensors[0], _TensorBase)
    s = y.sum()
    s.backward(retain_graph=True)
    s.backward()
    assert lst(a.grad) == [6.0, 8.0]
    with pytest.raises(RuntimeError) as e:
        fn.saved_tensors
    assert str(e.value) == FREED
    with pytest.raises(RuntimeError) as e:
        y.sum().backward()
    assert str(e.value) == FREED


def test_legacy_function_requires_variables():
    with pytest.raises(RuntimeError) as e:
        LegacyMul()(V([1.0]), 3)
    assert str(e.value) == 'expected a Variable argument, but got int'


def test_legacy_backward_wrong_number_of_gradients():
    class Bad(Function):
        def forward(self, a, b):
            return a + b

        def backward(self, g):
            return g

    y = Bad()(V([1.0], requires_grad=True), V([1.0], requires_grad=True))
    with pytest.raises(RuntimeError) as e:
        y.backward(torch.ones(1))
    assert str(e.value) == 'Bad returned an invalid number of gradient tensors (expected 2, but got 1)'


def test_legacy_backward_must_return_tensors():
    class ReturnsInt(Function):
        def forward(self, a):
            return a * 2

        def backward(self, g):
            return 3

    class ReturnsVariable(Function):
        def forward(self, a):
            return a * 2

        def backward(self, g):
            return Variable(g)

    with pytest.raises(RuntimeError) as e:
        ReturnsInt()(V([1.0], requires_grad=True)).backward(torch.ones(1))
    assert str(e.value) == "expected Tensor (got 'int')'"
    with pytest.raises(RuntimeError) as e:
        ReturnsVariable()(V([1.0], requires_grad=True)).backward(torch.ones(1))
    assert str(e.value) == "expected Tensor (got 'Variable')'"


def test_legacy_extra_none_gradients_are_trimmed():
    class Extra(Function):
        def forward(self, a):
            return a * 2

        def backward(self, g):
            return g * 2, None, None

    x = V([1.0], requires_grad=True)
    Extra()(x).backward(torch.ones(1))
    assert lst(x.grad) == [2.0]


def test_legacy_multiple_outputs_and_zero_filled_gradients():
    class Split(Function):
        def forward(self, a):
            return a * 2, a * 3

        def backward(self, g1, g2):
            self.got = (g1.tolist(), g2.tolist())
            return g1 * 2 + g2 * 3

    fn = Split()
    x = V([1.0, 1.0], requires_grad=True)
    p, q = fn(x)
    assert p.grad_fn is fn and q.grad_fn is fn
    assert (p.output_nr, q.output_nr) == (0, 1)
    p.sum().backward()
    assert fn.got == ([1.0, 1.0], [0.0, 0.0])      # unused output: zeros (0.3)
    assert lst(x.grad) == [2.0, 2.0]


def test_legacy_second_call_reuses_the_node():
    fn = LegacyMul()
    a = V([1.0], requires_grad=True)
    b = V([10.0], requires_grad=True)
    y1 = fn(a, V([2.0]))
    y2 = fn(b, V([5.0]))
    assert y1.grad_fn is fn and y2.grad_fn is fn
    assert fn.needs_input_grad == (True, False)
    # 0.3: the node now points at the second call's inputs and saved tensors
    y1.backward(torch.ones(1))
    assert a.grad is None
    assert lst(b.grad) == [5.0]


def test_legacy_gradient_is_once_differentiable():
    class Square(Function):
        def forward(self, a):
            self.save_for_backward(a)
            return a * a

        def backward(self, g):
            a, = self.saved_tensors
            return g * 2 * a

    x = V([3.0], requires_grad=True)
    y = Square()(x)
    g, = torch.autograd.grad(y * 1, x, create_graph=True, retain_graph=True)
    assert lst(g) == [6.0]
    assert not g.requires_grad          # the incoming gradient was a constant
    g, = torch.autograd.grad(y * y, x, create_graph=True)
    assert lst(g) == [2 * 9.0 * 6.0]
    assert type(g.grad_fn).__name__ == 'Error'
    with pytest.raises(RuntimeError) as e:
        g.backward()
    assert str(e.value) == 'Square is not differentiable twice'


def test_legacy_volatile_and_non_requiring_inputs():
    fn = LegacyMul()
    y = fn(V([1.0], volatile=True), V([2.0], requires_grad=True))
    assert y.volatile and y.grad_fn is None and not y.requires_grad
    y = LegacyMul()(V([1.0]), V([2.0]))
    assert not y.requires_grad and y.grad_fn is None


def test_legacy_init_without_super():
    class WithInit(Function):
        def __init__(self, k):
            self.k = k

        def forward(self, a):
            return a * self.k

        def backward(self, g):
            return g * self.k

    x = V([1.0], requires_grad=True)
    WithInit(4)(x).backward(torch.ones(1))
    assert lst(x.grad) == [4.0]


# ============================================================================ context checks
def test_save_for_backward_errors():
    class SaveInt(Function):
        @staticmethod
        def forward(ctx, a):
            ctx.save_for_backward(3)
            return a * 2

    class SaveVariable(Function):
        @staticmethod
        def forward(ctx, a):
            ctx.save_for_backward(None, Variable(a))
            return a * 2

    class SaveOther(Function):
        @staticmethod
        def forward(ctx, a):
            ctx.save_for_backward(a * 3)
            return a * 2

    x = V([1.0], requires_grad=True)
    with pytest.raises(RuntimeError) as e:
        SaveInt.apply(x)
    assert str(e.value) == 'save_for_backward can only save tensors, but argument 0 is of type int'
    with pytest.raises(RuntimeError) as e:
        SaveVariable.apply(x)
    assert str(e.value) == ('save_for_backward can only save tensors, but argument 1 is of type '
                            'Variable')
    with pytest.raises(RuntimeError) as e:
        SaveOther.apply(x)
    assert str(e.value) == ("save_for_backward can only save input or output tensors, but "
                            "argument 0 doesn't satisfy this condition")


def test_mark_dirty_and_errors():
    class AddOne(Function):
        @staticmethod
        def forward(ctx, a):
            a.add_(1)
            ctx.mark_dirty(a)
            return a

        @staticmethod
        def backward(ctx, g):
            return g

    class DirtyInt(Function):
        @staticmethod
        def forward(ctx, a):
            ctx.mark_dirty(5)
            return a * 1

    class DirtyOther(Function):
        @staticmethod
        def forward(ctx, a):
            ctx.mark_dirty(a * 1)
            return a * 1

    x = V([1.0, 2.0], requires_grad=True)
    h = x * 2
    v0 = h._version
    out = AddOne.apply(h)
    assert out is h                                  # the same Variable, moved after the node
    assert type(h.grad_fn).__name__ == 'AddOneBackward'
    assert h._version > v0
    assert lst(h) == [3.0, 5.0]
    h.sum().backward()
    assert lst(x.grad) == [2.0, 2.0]
    with pytest.raises(RuntimeError) as e:
        AddOne.apply(V([1.0], requires_grad=True))
    assert str(e.value) == 'a leaf Variable that requires grad has been used in an in-place operation.'
    leaf = V([1.0])
    assert AddOne.apply(leaf) is leaf and lst(leaf) == [2.0]
    with pytest.raises(RuntimeError) as e:
        DirtyInt.apply(x)
    assert str(e.value) == 'mark_dirty can only accept tensors, but argument 0 is of type int'
    with pytest.raises(RuntimeError) as e:
        DirtyOther.apply(x)
    assert str(e.value) == "mark_dirty only accepts input tensors, but argument 0 isn't one"


def test_mark_non_differentiable_and_errors():
    class MaxWithIndex(Function):
        @staticmethod
        def forward(ctx, a):
            idx = torch.LongTensor([int(np.argmax(a.numpy()))])
            ctx.mark_non_differentiable(idx)
            ctx.idx = idx
            ctx.size = a.size()
            return a.max() * torch.ones(1), idx

        @staticmethod
        def backward(ctx, g, g_idx):
            ctx.g_idx = g_idx
            out = Variable(torch.zeros(*ctx.size))
            out.data[ctx.idx[0]] = g.data[0]
            return out

    class NonDiffInput(Function):
        @staticmethod
        def forward(ctx, a):
            ctx.mark_non_differentiable(a)
            return a * 2

    class NonDiffInt(Function):
        @staticmethod
        def forward(ctx, a):
            ctx.mark_non_differentiable(1)
            return a * 2

    class NonDiffOther(Function):
        @staticmethod
        def forward(ctx, a):
            ctx.mark_non_differentiable(a * 3)
            return a * 2

    x = V([1.0, 5.0, 2.0], requires_grad=True)
    m, i = MaxWithIndex.apply(x)
    assert m.requires_grad and not i.requires_grad
    m.backward(torch.ones(1))
    assert lst(x.grad) == [0.0, 1.0, 0.0]
    with pytest.raises(RuntimeError) as e:
        NonDiffInput.apply(x)
    assert str(e.value) == ("mark_non_differentiable only accepts output tensors, but argument 0 "
                            "isn't an output")
    with pytest.raises(RuntimeError) as e:
        NonDiffInt.apply(x)
    assert str(e.value) == 'mark_non_differentiable only accepts tensor arguments, but got int'
    with pytest.raises(RuntimeError) as e:
        NonDiffOther.apply(x)
    assert str(e.value) == 'mark_non_differentiable only accepts function outputs'


def test_mark_shared_storage_joins_version_counters():
    class AsView(Function):
        @staticmethod
        def forward(ctx, a):
            out = a.view(a.numel())
            out._version = [0]                       # pretend a fresh counter
            ctx.mark_shared_storage((a, out))
            return out

        @staticmethod
        def backward(ctx, g):
            return g

    class BadPairs(Function):
        @staticmethod
        def forward(ctx, a):
            ctx.mark_shared_storage((a,))
            return a * 1

    x = V([[1.0, 2.0]], requires_grad=True)
    h = x * 1
    out = AsView.apply(h)
    v = h._version
    out.data.add_(1)                                 # through .data: no counter is bumped
    assert h._version == v and out._version == v
    out.add_(1)                                      # in place on the output Variable
    assert h._version == v + 1 and out._version == v + 1
    h.mul_(2)                                        # and on the input: they share one counter
    assert h._version == v + 2 and out._version == v + 2
    with pytest.raises(RuntimeError) as e:
        BadPairs.apply(x)
    assert str(e.value) == 'mark_shared_storages accepts pairs, but argument 0 is a tuple of 1 elements'


# ============================================================================ new style
class Cube(Function):
    @staticmethod
    def forward(ctx, a, scale):
        ctx.scale = scale
        ctx.input_type = type(a)
        ctx.save_for_backward(a)
        return a * a * a * scale

    @staticmethod
    def backward(ctx, grad):
        ctx.grad_type = type(grad)
        a, = ctx.saved_variables
        return grad * a * a * (3 * ctx.scale), None


def test_new_style_apply_and_node_class():
    x = V([1.0, 2.0], requires_grad=True)
    y = Cube.apply(x, 2.0)
    fn = y.grad_fn
    assert type(fn).__name__ == 'CubeBackward'
    assert type(fn).__module__ == 'torch.autograd.function'
    assert type(fn) is Cube._backward_cls
    assert ADDR.sub('0x...', repr(fn)) == '<torch.autograd.function.CubeBackward object at 0x...>'
    assert fn.needs_input_grad == (True, False)
    assert len(fn.next_functions) == 1               # one entry per Variable input
    assert fn.input_type is torch.FloatTensor
    y.sum().backward()
    assert fn.grad_type is Variable
    assert lst(x.grad) == [6.0, 24.0]
    assert Cube._is_legacy is False
    assert LegacyMul._is_legacy is True


def test_new_style_saved_tensors_and_variables():
    seen = {}

    class Keep(Function):
        @staticmethod
        def forward(ctx, a):
            out = a * 2
            ctx.save_for_backward(a, out, None)
            return out

        @staticmethod
        def backward(ctx, g):
            seen['tensors'] = ctx.saved_tensors
            seen['variables'] = ctx.saved_variables
            return g * 2

    x = V([1.0], requires_grad=True)
    y = Keep.apply(x)
    y.backward(torch.ones(1))
    t = seen['tensors']
    v = seen['variables']
    assert isinstance(t[0], _TensorBase) and t[0] is x.data and t[2] is None
    assert isinstance(v[0], Variable) and v[0] is x
    assert v[1].grad_fn is y.grad_fn                 # an output unpacks with its node
    with pytest.raises(RuntimeError) as e:
        y.grad_fn.saved_variables
    assert str(e.value) == FREED


def test_new_style_saved_tensor_modified_in_place():
    class Keep(Function):
        @staticmethod
        def forward(ctx, a):
            ctx.save_for_backward(a)
            return a * 2

        @staticmethod
        def backward(ctx, g):
            a, = ctx.saved_tensors
            return g * 2

    x = V([1.0], requires_grad=True)
    h = x * 1
    y = Keep.apply(h)
    h.add_(1)
    with pytest.raises(RuntimeError) as e:
        y.backward(torch.ones(1))
    assert str(e.value) == MODIFIED


def test_new_style_error_texts():
    class TooFew(Function):
        @staticmethod
        def forward(ctx, a, b):
            return a + b

        @staticmethod
        def backward(ctx, g):
            return g

    class GradForNonVariable(Function):
        @staticmethod
        def forward(ctx, a, k):
            return a * k

        @staticmethod
        def backward(ctx, g):
            return g, g

    class ReturnsTensor(Function):
        @staticmethod
        def forward(ctx, a):
            return a * 1

        @staticmethod
        def backward(ctx, g):
            return g.data

    x = V([1.0], requires_grad=True)
    with pytest.raises(RuntimeError) as e:
        TooFew.apply(x, V([2.0])).backward(torch.ones(1))
    assert str(e.value) == ('function TooFewBackward returned an incorrect number of gradients '
                            '(expected 2, got 1)')
    with pytest.raises(RuntimeError) as e:
        GradForNonVariable.apply(x, 3).backward(torch.ones(1))
    assert str(e.value) == ('function GradForNonVariableBackward returned a gradient different than '
                            'None at position 2, but the corresponding forward input was not a '
                            'Variable')
    with pytest.raises(RuntimeError) as e:
        ReturnsTensor.apply(x).backward(torch.ones(1))
    assert str(e.value) == 'expected Variable or None (got torch.FloatTensor)'


def test_new_style_non_variable_args_and_extra_nones():
    class Affine(Function):
        @staticmethod
        def forward(ctx, a, k, name):
            ctx.k = k
            ctx.name = name
            return a * k

        @staticmethod
        def backward(ctx, g):
            return g * ctx.k, None, None, None

    x = V([1.0], requires_grad=True)
    y = Affine.apply(x, 3.0, 'label')
    assert y.grad_fn.needs_input_grad == (True, False, False)
    assert y.grad_fn.name == 'label'
    y.backward(torch.ones(1))
    assert lst(x.grad) == [3.0]


def test_new_style_multiple_outputs_unused_gradient_is_zeros():
    got = {}

    class Two(Function):
        @staticmethod
        def forward(ctx, a):
            return a * 2, a * 3

        @staticmethod
        def backward(ctx, g1, g2):
            got['g2'] = g2
            return g1 * 2 + g2 * 3

    x = V([1.0, 1.0], requires_grad=True)
    p, q = Two.apply(x)
    assert p.grad_fn is q.grad_fn and (p.output_nr, q.output_nr) == (0, 1)
    q.sum().backward()
    assert lst(x.grad) == [3.0, 3.0]
    assert isinstance(got['g2'], Variable) and lst(got['g2']) == [1.0, 1.0]
    x.grad = None
    p, q = Two.apply(x)
    p.sum().backward()
    assert lst(got['g2']) == [0.0, 0.0]
    assert lst(x.grad) == [2.0, 2.0]


def test_new_style_volatile_and_non_requiring():
    y = Cube.apply(V([2.0], volatile=True), 1.0)
    assert y.volatile and y.grad_fn is None
    y = Cube.apply(V([2.0]), 1.0)
    assert not y.requires_grad and y.grad_fn is None
    assert lst(y) == [8.0]


def test_new_style_double_backward():
    x = V([2.0, -1.0], requires_grad=True, double=True)
    y = Cube.apply(x, 1.0).sum()
    g, = torch.autograd.grad(y, x, create_graph=True)
    assert lst(g) == [12.0, 3.0]
    assert g.requires_grad
    g2, = torch.autograd.grad(g.sum(), x)
    assert lst(g2) == [12.0, -6.0]


def test_once_differentiable():
    seen = {}

    class Sq(Function):
        @staticmethod
        def forward(ctx, a):
            ctx.save_for_backward(a)
            return a * a

        @staticmethod
        @once_differentiable
        def backward(ctx, g):
            seen['type'] = type(g)
            a, = ctx.saved_tensors
            return g * 2 * a

    x = V([3.0], requires_grad=True)
    y = Sq.apply(x)
    y.backward(torch.ones(1), retain_graph=True)
    assert seen['type'] is torch.FloatTensor
    assert lst(x.grad) == [6.0]
    g, = torch.autograd.grad(y * 1, x, create_graph=True, retain_graph=True)
    assert lst(g) == [6.0] and not g.requires_grad
    g, = torch.autograd.grad(y * y, x, create_graph=True)
    assert lst(g) == [2 * 9.0 * 6.0]
    assert type(g.grad_fn).__name__ == 'Error'
    with pytest.raises(RuntimeError) as e:
        g.backward()
    assert str(e.value) == ('trying to differentiate twice a function that was markedwith '
                            '@once_differentiable')


def test_function_output_hooks_and_retain_grad():
    x = V([1.0, 2.0], requires_grad=True)
    y = Cube.apply(x, 1.0)
    y.retain_grad()
    seen = []
    y.register_hook(lambda g: seen.append(lst(g)))
    (y * 2).sum().backward()
    assert seen == [[2.0, 2.0]]
    assert lst(y.grad) == [2.0, 2.0]


def test_nested_io_function():
    class AddPair(NestedIOFunction):
        def forward_extended(self, pair, c):
            a, b = pair
            return (a + c, (b * 2,))

        def backward_extended(self, g_sum, g_rest):
            g_b, = g_rest
            return (g_sum, g_b * 2), g_sum

    a = V([1.0], requires_grad=True)
    b = V([2.0], requires_grad=True)
    c = V([3.0], requires_grad=True)
    s, (t,) = AddPair()((a, b), c)
    assert lst(s) == [4.0] and lst(t) == [4.0]
    (s + t).backward(torch.ones(1))
    assert lst(a.grad) == [1.0] and lst(b.grad) == [2.0] and lst(c.grad) == [1.0]


# ============================================================================ parity
def test_parity_custom_functions_against_modern():
    mt = pytest.importorskip('torch')

    class MCube(mt.autograd.Function):
        @staticmethod
        def forward(ctx, a, scale):
            ctx.scale = scale
            ctx.save_for_backward(a)
            return a * a * a * scale

        @staticmethod
        def backward(ctx, grad):
            a, = ctx.saved_tensors
            return grad * a * a * (3 * ctx.scale), None

    class LSoftStep(Function):
        @staticmethod
        def forward(ctx, a, b):
            out = a * b / (a * a + 1)
            ctx.save_for_backward(a, b)
            return out, a + b

        @staticmethod
        def backward(ctx, g, g2):
            a, b = ctx.saved_variables
            den = a * a + 1
            da = g * b * (1 - a * a) / (den * den) + g2
            db = g * a / den + g2
            return da, db

    class MSoftStep(mt.autograd.Function):
        @staticmethod
        def forward(ctx, a, b):
            ctx.save_for_backward(a, b)
            return a * b / (a * a + 1), a + b

        @staticmethod
        def backward(ctx, g, g2):
            a, b = ctx.saved_tensors
            den = a * a + 1
            return g * b * (1 - a * a) / (den * den) + g2, g * a / den + g2

    rng = np.random.RandomState(7)
    a_np = rng.randn(4)
    b_np = rng.randn(4)
    a = Variable(torch.from_numpy(a_np.copy()), requires_grad=True)
    b = Variable(torch.from_numpy(b_np.copy()), requires_grad=True)
    ma = mt.tensor(a_np, requires_grad=True)
    mb = mt.tensor(b_np, requires_grad=True)
    o1, o2 = LSoftStep.apply(a, b)
    m1, m2 = MSoftStep.apply(ma, mb)
    y = (Cube.apply(o1, 0.5) * o2).sum()
    my = (MCube.apply(m1, 0.5) * m2).sum()
    assert np.allclose(y.data[0], my.item())
    ga, gb = torch.autograd.grad(y, [a, b], create_graph=True)
    mga, mgb = mt.autograd.grad(my, [ma, mb], create_graph=True)
    T.assert_close(ga, mga)
    T.assert_close(gb, mgb)
    gga, = torch.autograd.grad((ga * gb).sum(), a)
    mgga, = mt.autograd.grad((mga * mgb).sum(), ma)
    T.assert_close(gga, mgga)


def test_function_without_saved_tensors_can_backward_twice():
    class Double(Function):
        @staticmethod
        def forward(ctx, a):
            return a * 2

        @staticmethod
        def backward(ctx, g):
            return g * 2

    class PeeksAtSaved(Function):
        def forward(self, a):
            return a * 2

        def backward(self, g):
            self.saved_tensors          # 0.3: released after the first backward, even if empty
            return g * 2

    x = V([1.0], requires_grad=True)
    y = Double.apply(x)
    y.backward(torch.ones(1))
    y.backward(torch.ones(1))
    assert lst(x.grad) == [4.0]
    y = PeeksAtSaved()(x)
    y.backward(torch.ones(1))
    with pytest.raises(RuntimeError) as e:
        y.backward(torch.ones(1))
    assert str(e.value) == FREED
