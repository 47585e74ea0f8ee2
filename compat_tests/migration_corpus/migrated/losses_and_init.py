"""Losses with size_average/reduce, nn.init without underscores, F.sigmoid/F.tanh.

Migration corpus: deterministic (constant init and fixed data), prints values only.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

inputs = torch.Tensor([[0.2, -0.4, 1.0], [1.5, 0.3, -0.7]])
targets = torch.Tensor([[0.0, -0.5, 1.0], [1.0, 0.0, 0.0]])
classes = torch.LongTensor([2, 0])

print(nn.MSELoss()(inputs, targets).item())
print(nn.MSELoss(reduction='sum')(inputs, targets).item())
print(nn.L1Loss()(inputs, targets).item())
print(nn.SmoothL1Loss(reduction='sum')(inputs, targets).item())
print(F.mse_loss(inputs, targets, reduction='none'))
print(F.l1_loss(inputs, targets, reduction='sum').item())

criterion = nn.CrossEntropyLoss(reduction='sum')
print('cross entropy', criterion(inputs, classes).item())
print('nll', F.nll_loss(F.log_softmax(inputs, 1), classes).item())
probs = torch.sigmoid(inputs)
bce = nn.BCELoss(reduction='sum')
print('bce %.5f' % bce(probs, (targets > 0).float()).item())
print(torch.tanh(inputs))
average = False
print(F.mse_loss(inputs, targets, reduction='mean' if average else 'sum').item())

layer = nn.Linear(3, 2)
nn.init.constant_(layer.weight, 0.25)
nn.init.constant_(layer.bias, -0.1)
w = torch.Tensor(4, 5)
nn.init.xavier_uniform_(w)
print(w.size(), layer.weight)

out = layer(inputs)
loss = nn.MSELoss()(out, torch.zeros(2, 2))
loss.backward()
total_norm = nn.utils.clip_grad_norm_(layer.parameters(), 0.5).item()
print('norm before clipping %.5f' % total_norm)
print(layer.weight.grad)
