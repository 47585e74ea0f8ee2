"""Old-style autograd Functions (instance forward/backward, called as MyFn()(x)).

Migration corpus: deterministic (fixed data), prints values only.
"""
import torch
from torch.autograd import Variable, Function


class MyReLU(Function):
    """Clamp at zero; the gradient is masked where the input was negative."""

    def forward(self, input):
        self.save_for_backward(input)
        return input.clamp(min=0)

    def backward(self, grad_output):
        input, = self.saved_tensors
        grad_input = grad_output.clone()
        grad_input[input < 0] = 0
        return grad_input


class ScaleBy(Function):
    # multiplies by a constant given to the constructor

    def __init__(self, factor, shift=0.0):
        super(ScaleBy, self).__init__()
        self.factor = factor
        self.shift = shift

    def forward(self, input):
        return input * self.factor + self.shift

    def backward(self, grad_output):
        return grad_output * self.factor


class MulAdd(Function):
    def forward(self, a, b):
        self.save_for_backward(a, b)
        return a * b + a

    def backward(self, grad_output):
        a, b = self.saved_tensors
        return grad_output * (b + 1), grad_output * a


x = Variable(torch.Tensor([[-1.0, 2.0], [3.0, -4.0]]), requires_grad=True)
y = MyReLU()(x)
print(y)
y.sum().backward()
print(x.grad)

s = ScaleBy(3.0)(x)
s2 = ScaleBy(0.5, shift=1.0)(s)
s2.sum().backward()
print(s2)
print(x.grad)

a = Variable(torch.Tensor([1.0, 2.0, 3.0]), requires_grad=True)
b = Variable(torch.Tensor([0.5, -1.0, 2.0]), requires_grad=True)
m = MulAdd()(a, b)
m.backward(torch.Tensor([1.0, 1.0, 1.0]))
print(m)
print(a.grad, b.grad)

# a tiny fit through the custom ReLU with manual SGD
w = Variable(torch.Tensor([[0.1, -0.2], [0.3, 0.05]]), requires_grad=True)
inputs = Variable(torch.Tensor([[1.0, 2.0], [-1.0, 0.5], [0.5, -1.5]]))
targets = Variable(torch.Tensor([[1.0, 0.0], [0.0, 1.0], [0.5, 0.5]]))
relu = MyReLU()
for epoch in range(5):
    relu = MyReLU()
    pred = relu(inputs.mm(w))
    loss = ((pred - targets) ** 2).mean()
    loss.backward()
    w.data -= 0.5 * w.grad.data
    w.grad.data.zero_()
    print('epoch %d loss %.6f' % (epoch, loss.data[0]))
print(w)
