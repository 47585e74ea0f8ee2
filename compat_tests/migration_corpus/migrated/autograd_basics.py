"""Autograd basics in the 0.3 style: Variables, backward, .data[0], tensor numbers.

Migration corpus: deterministic (fixed data), prints values only.
"""
import torch

# a leaf that requires grad, built from fixed data
x = torch.ones(2, 2, requires_grad=True)
y = x + 2
z = y * y * 3
out = z.mean()
print(z, out)

# keep the graph for a second backward (retain_variables is the 0.2/0.3 spelling)
out.backward(retain_graph=True)
print(x.grad)
out.backward()
print(x.grad)

# size-1 results to Python numbers
print('out = %.4f' % out.item())
total = 0.0
for step in range(3):
    s = (x * float(step)).sum()
    total += s.item()
print('total', total)

# wrapping a tensor (no grad)
w_data = torch.Tensor([[0.5, -1.0], [2.0, 0.25]])
w = w_data
print(w.requires_grad)
v = w_data.detach().requires_grad_()
loss = (v.mm(x) ** 2).sum()
loss.backward()
print(v.grad)
print(w_data)

# tensor full reductions were Python numbers in 0.3
t = torch.Tensor([3, 4])
print(t.norm().item(), t.sum().item(), t.mean().item(), t.max().item())
print('norm of x.data: {:.4f}'.format(x.data.norm().item()))
a = torch.Tensor([1, 2, 3, 4])
b = torch.Tensor([1, 0, 3, 0])
print('equal elements:', (a == b).sum().item())
print('first element:', a[0].item(), 'last:', a[-1].item())
print(torch.dot(a, b).item())

# arange/range made FloatTensors
r = torch.arange(0, 5, dtype=torch.float32)
print(r, r / 2)
print(torch.arange(1, 5, dtype=torch.float32))
print(torch.arange(0, 1, 0.25, dtype=torch.float32))

# integer tensors divide by truncation
n = torch.LongTensor([7, -7, 9])
d = torch.LongTensor([2, 2, 4])
print(torch.div(n, d, rounding_mode='trunc'))
print(torch.div(n, 2, rounding_mode='trunc'))

# type conversions
xd = x.data.double()
print(xd)
xl = torch.Tensor([1.7, 2.2]).long()
print(xl)

# moving to the GPU when there is one (async= is a syntax error on Python >= 3.7)
if torch.cuda.is_available():
    x = x.cuda(non_blocking=True)
print('done')
