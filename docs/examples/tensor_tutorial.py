# A PyTorch 0.3-era tensor walk-through, written for legacy_autograd.
# It follows the steps of the 0.3 "What is PyTorch?" tutorial (seeded, so the
# printed numbers are the ones 0.3 printed for the same seed).
from __future__ import print_function
import torch

torch.manual_seed(1)

x = torch.Tensor(5, 3)          # uninitialised in 0.3; zeros here
print(x.size())

x = torch.rand(5, 3)
print(x)
print(x.size())

y = torch.rand(5, 3)
print(x + y)
print(torch.add(x, y))

result = torch.Tensor(5, 3)
torch.add(x, y, out=result)
print(result)

y.add_(x)
print(y)

print(x[:, 1])

x = torch.randn(4, 4)
y = x.view(16)
z = x.view(-1, 8)
print(x.size(), y.size(), z.size())

a = torch.ones(5)
b = a.numpy()
a.add_(1)
print(a)
print(b)

import numpy as np
a = np.ones(5)
b = torch.from_numpy(a)
np.add(a, 1, out=a)
print(a)
print(b)

if torch.cuda.is_available():
    x = x.cuda()
print(torch.arange(1, 5))
print(torch.LongTensor([7, 3]) / torch.LongTensor([2, 2]))
print(x.sum(), x.mean() < 10)
