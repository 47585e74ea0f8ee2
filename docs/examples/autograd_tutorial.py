# A PyTorch 0.3-era autograd walk-through, written for legacy_autograd.
# It follows the steps of the 0.3 "Autograd: automatic differentiation" tutorial
# and runs unchanged under `legacy-autograd run docs/examples/autograd_tutorial.py`.
import torch
from torch.autograd import Variable

# A Variable wraps a tensor and records the operations applied to it.
x = Variable(torch.ones(2, 2), requires_grad=True)
print(x)

# An operation on it: y was created by an op, so it has a grad_fn.
y = x + 2
print(y)
print(y.grad_fn)

# More operations.
z = y * y * 3
out = z.mean()
print(z, out)

# Backprop: out is a size-1 Variable, so backward() needs no argument.
out.backward()
print(x.grad)

# Gradients of a non-scalar output need a gradient argument.
torch.manual_seed(0)
x = torch.randn(3)
x = Variable(x, requires_grad=True)
y = x * 2
while y.data.norm() < 1000:
    y = y * 2
print(y)

gradients = torch.FloatTensor([0.1, 1.0, 0.0001])
y.backward(gradients)
print(x.grad)

# Gradients accumulate; retain_graph keeps the buffers for a second pass.
a = Variable(torch.ones(2, 2), requires_grad=True)
b = a * a
b.backward(torch.ones(2, 2), retain_graph=True)
b.backward(torch.ones(2, 2))
print(a.grad)

# loss.data[0] is how 0.3 code reads a number out of a size-1 result.
loss = (a * 3).sum()
print(loss.data[0])
print(loss.grad_fn.next_functions)
