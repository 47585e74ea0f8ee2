"""Softmax without dim: 0.3 picked dim 0 for 1-D and 3-D inputs, dim 1 otherwise.

Migration corpus: deterministic (fixed data), prints values only.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

v1 = torch.Tensor([1.0, 2.0, 3.0])
v2 = torch.Tensor([[1.0, 2.0, 3.0], [0.5, 0.5, 2.0]])
v3 = torch.Tensor([[[1.0, 2.0], [3.0, 4.0]], [[0.0, 1.0], [1.0, 0.0]]])
v4 = v3.view(1, 2, 2, 2)

print(F.softmax(v1, dim=0))
print(F.softmax(v2, dim=1))
print(F.log_softmax(v3, dim=0))
print(F.softmax(v4, dim=1))
print(F.softmin(v2, dim=1))

sm = nn.Softmax(dim=1)
print(sm(v2))
log_sm = nn.LogSoftmax(dim=1)
print(log_sm(v2.t()))

head = nn.Sequential(nn.Linear(3, 2), nn.LogSoftmax(dim=1))
head[0].weight.data.fill_(0.1)
head[0].bias.data.fill_(0.0)
print(head(v2))
