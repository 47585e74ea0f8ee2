# Tensors for former Torch users, 0.3 style (written for legacy_autograd).
import torch

a = torch.FloatTensor(5, 7)          # uninitialised in 0.3 (zeros here)
a = torch.randn(5, 7)
print(a.size())

a.fill_(3.5)                         # in-place ops end with _
b = a.add(4.0)                       # out-of-place
print(a, b)

b = a[0, 3]                          # zero-indexed; a number from a 2-D index
print(b)
b = a[:, 3:5]
print(b)

x = torch.ones(5, 5)
z = torch.Tensor(5, 2)
z[:, 0] = 10
z[:, 1] = 100
x.index_add_(1, torch.LongTensor([4, 0]), z)
print(x)

a = torch.ones(5)
b = a.numpy()
a.add_(1)
print(a)
print(b)

l = torch.LongTensor([[3, 1], [2, 4]])
print(l.max(1))
print(l.sum(), l.float().mean())
print(torch.eye(3).nonzero())
print((torch.arange(0, 6).view(2, 3) > 2).long())
print(torch.linspace(-1, 1, 5).unsqueeze(1).size())
