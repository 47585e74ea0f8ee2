"""The PyTorch 0.3 autograd tutorial ("Autograd: automatic differentiation",
60-minute blitz), step by step, with ``torch.manual_seed(0)`` added before the
random part so the output is reproducible.  Run with
``python -m legacy_autograd run compat_tests/scripts/autograd_steps.py``.
"""
import torch
from torch.autograd import Variable

# Create a variable
x = Variable(torch.ones(2, 2), requires_grad=True)
print(x)

# Do an operation of variable
y = x + 2
print(y)

# y was created as a result of an operation, so it has a grad_fn
print(y.grad_fn)

# Do more operations on y
z = y * y * 3
out = z.mean()

print(z, out)

# Gradients
out.backward()

# print gradients d(out)/dx
print(x.grad)

# You can do many crazy things with autograd!
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
