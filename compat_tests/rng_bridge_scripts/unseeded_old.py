# Never seeds: what it draws depends on the seed the runner was given.
import torch
import torch.nn as nn
from torch.autograd import Variable

print(torch.randn(20).sum())
m = nn.Sequential(nn.Linear(6, 5), nn.Dropout(0.5))
print(m(Variable(torch.ones(3, 6))).data.sum())
print(torch.randperm(8).tolist())
