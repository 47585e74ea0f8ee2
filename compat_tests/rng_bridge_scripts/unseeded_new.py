# The modern port of unseeded_old.py.
import torch
import torch.nn as nn

print(torch.randn(20).sum().item())
m = nn.Sequential(nn.Linear(6, 5), nn.Dropout(0.5))
print(m(torch.ones(3, 6)).sum().item())
print(torch.randperm(8).tolist())
