# 0.3 flattened the operands of dot, and compared loss inputs and targets element
# by element; loss.forward called directly
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F


def matrix(lo, hi, rows, cols):
    return torch.from_numpy(np.linspace(lo, hi, rows * cols, dtype=np.float32).reshape(rows, cols))


a = matrix(-1, 1, 2, 3).requires_grad_()
b = matrix(0.5, 2, 2, 3)
s = a.flatten().dot(b.flatten())
s.backward()
print('dot %.4f' % s.item())
print('grad', ' '.join('%.4f' % v for v in a.grad.data.numpy().ravel()))
print('tensor dot %.4f' % torch.dot(a.data.flatten(), b.data.flatten()).item())

pred = matrix(0.1, 0.9, 4, 1).requires_grad_()
target = torch.FloatTensor([0, 1, 1, 0])
mse = nn.MSELoss()
bce = nn.BCELoss()
l = mse(pred, target.view(-1, 1))
l.backward()
print('mse %.4f' % l.item())
print('mse grad', ' '.join('%.4f' % v for v in pred.grad.data.numpy().ravel()))
print('bce %.4f' % bce(pred, target.view(-1, 1)).item())
print('l1 %.4f' % F.l1_loss(pred, target.view(-1, 1)).item())
print('forward %.4f' % bce(pred, target.view(-1, 1)).item())
