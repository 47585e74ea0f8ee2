"""Old-style autograd Functions (instance forward/backward, called as MyFn()(x)).

Migration corpus: deterministic (fixed data), prints values only.
"""
import torch
from torch.autograd import Function


class MyReLU(Function):
    """Clamp at zero; the gradient is masked where the input was negative."""

    @staticmethod
    def forward(ctx, input):
        ctx.save_for_backward(input)
        return input.clamp(min=0)

    @staticmethod
    def backward(ctx, grad_output):
        input, = ctx.saved_tensors
        grad_input = grad_output.clone()
        grad_input[input < 0] = 0
        return grad_input


class ScaleBy(Function):
    # multiplies by a constant given to the constructor

    @staticmethod
    def forward(ctx, input, factor, shift=0.0):
        ctx.factor = factor
        ctx.shift = shift
        return input * ctx.factor + ctx.shift

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output * ctx.factor, None, None


class MulAdd(Function):
    @staticmethod
    def forward(ctx, a, b):
        ctx.save_for_backward(a, b)
        return a * b + a

    @staticmethod
    def backward(ctx, grad_output):
        a, b = ctx.saved_tensors
        return grad_output * (b + 1), grad_output * a


x = torch.Tensor([[-1.0, 2.0], [3.0, -4.0]]).requires_grad_()
y = MyReLU.apply(x)
print(y)
y.sum().backward()
print(x.grad)

s = ScaleBy.apply(x, 3.0)
s2 = ScaleBy.apply(s, 0.5, 1.0)
s2.sum().backward()
print(s2)
print(x.grad)

a = torch.Tensor([1.0, 2.0, 3.0]).requires_grad_()
b = torch.Tensor([0.5, -1.0, 2.0]).requires_grad_()
m = MulAdd.apply(a, b)
m.backward(torch.Tensor([1.0, 1.0, 1.0]))
print(m)
print(a.grad, b.grad)

# a tiny fit through the custom ReLU with manual SGD
w = torch.Tensor([[0.1, -0.2], [0.3, 0.05]]).requires_grad_()
inputs = torch.Tensor([[1.0, 2.0], [-1.0, 0.5], [0.5, -1.5]])
targets = torch.Tensor([[1.0, 0.0], [0.0, 1.0], [0.5, 0.5]])
for epoch in range(5):
    pred = MyReLU.apply(inputs.mm(w))
    loss = ((pred - targets) ** 2).mean()
    loss.backward()
    w.data -= 0.5 * w.grad.data
    w.grad.data.zero_()
    print('epoch %d loss %.6f' % (epoch, loss.item()))
print(w)
