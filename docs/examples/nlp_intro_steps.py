# Tensor and autograd basics in the style of the 0.3-era NLP tutorials, seeded.
# With torch.manual_seed(1) the random tensors below are the ones 0.3 printed
# (checked against the recorded tutorial output, see docs/random.md).
import torch
import torch.autograd as autograd

torch.manual_seed(1)

V = torch.Tensor([1., 2., 3.])
print(V)
M = torch.Tensor([[1., 2., 3.], [4., 5., 6.]])
print(M)
T = torch.Tensor([[[1., 2.], [3., 4.]], [[5., 6.], [7., 8.]]])
print(T)
print(V[0])
print(M[0])
print(T[0])

x = torch.randn((3, 4, 5))
print(x)

x = torch.Tensor([1., 2., 3.])
y = torch.Tensor([4., 5., 6.])
print(x + y)

x_1 = torch.randn(2, 5)
y_1 = torch.randn(3, 5)
print(torch.cat([x_1, y_1]))

x_2 = torch.randn(2, 3)
y_2 = torch.randn(2, 5)
print(torch.cat([x_2, y_2], 1))

x = torch.randn(2, 3, 4)
print(x)
print(x.view(2, 12))
print(x.view(2, -1))

x = autograd.Variable(torch.Tensor([1., 2., 3]), requires_grad=True)
print(x.data)
y = autograd.Variable(torch.Tensor([4., 5., 6]), requires_grad=True)
z = x + y
print(z.data)
print(z.grad_fn)
s = z.sum()
print(s)
print(s.grad_fn)
s.backward()
print(x.grad)

var_x = autograd.Variable(torch.randn(2, 2), requires_grad=True)
var_y = autograd.Variable(torch.randn(2, 2), requires_grad=True)
var_z = var_x + var_y
print(var_z.grad_fn)
var_z_data = var_z.data
new_var_z = autograd.Variable(var_z_data)
print(new_var_z.grad_fn)
