"""Losses with size_average/reduce, nn.init without underscores, F.sigmoid/F.tanh.

Migration corpus: deterministic (constant init and fixed data), prints values only.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.autograd import Variable

inputs = Variable(torch.Tensor([[0.2, -0.4, 1.0], [1.5, 0.3, -0.7]]))
targets = Variable(torch.Tensor([[0.0, -0.5, 1.0], [1.0, 0.0, 0.0]]))
classes = Variable(torch.LongTensor([2, 0]))

print(nn.MSELoss()(inputs, targets).data[0])
print(nn.MSELoss(size_average=False)(inputs, targets).data[0])
print(nn.L1Loss(size_average=True)(inputs, targets).data[0])
print(nn.SmoothL1Loss(False)(inputs, targets).data[0])
print(F.mse_loss(inputs, targets, reduce=False))
print(F.l1_loss(inputs, targets, size_average=False, reduce=True).data[0])

criterion = nn.CrossEntropyLoss(size_average=False)
print('cross entropy', criterion(inputs, classes).data[0])
print('nll', F.nll_loss(F.log_softmax(inputs, 1), classes, size_average=True).data[0])
probs = F.sigmoid(inputs)
bce = nn.BCELoss(size_average=False)
print('bce %.5f' % bce(probs, (targets > 0).float()).data[0])
print(F.tanh(inputs))
average = False
print(F.mse_loss(inputs, targets, size_average=average).data[0])

layer = nn.Linear(3, 2)
nn.init.constant(layer.weight, 0.25)
nn.init.constant(layer.bias, -0.1)
w = torch.Tensor(4, 5)
nn.init.xavier_uniform(w)
print(w.size(), layer.weight)

out = layer(inputs)
loss = nn.MSELoss()(out, Variable(torch.zeros(2, 2)))
loss.backward()
total_norm = nn.utils.clip_grad_norm(layer.parameters(), 0.5)
print('norm before clipping %.5f' % total_norm)
print(layer.weight.grad)
