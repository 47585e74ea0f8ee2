# 0.3 flattened the operands of dot, and compared loss inputs and targets element
# by element; loss.forward called directly
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.autograd import Variable


def matrix(lo, hi, rows, cols):
    return torch.from_numpy(np.linspace(lo, hi, rows * cols, dtype=np.float32).reshape(rows, cols))


a = Variable(matrix(-1, 1, 2, 3), requires_grad=True)
b = Variable(matrix(0.5, 2, 2, 3))
s = a.dot(b)
s.backward()
print('dot %.4f' % s.data[0])
print('grad', ' '.join('%.4f' % v for v in a.grad.data.numpy().ravel()))
print('tensor dot %.4f' % torch.dot(a.data, b.data))

pred = Variable(matrix(0.1, 0.9, 4, 1), requires_grad=True)
target = Variable(torch.FloatTensor([0, 1, 1, 0]))
mse = nn.MSELoss()
bce = nn.BCELoss()
l = mse(pred, target)
l.backward()
print('mse %.4f' % l.data[0])
print('mse grad', ' '.join('%.4f' % v for v in pred.grad.data.numpy().ravel()))
print('bce %.4f' % bce(pred, target).data[0])
print('l1 %.4f' % F.l1_loss(pred, target).data[0])
print('forward %.4f' % bce.forward(pred, target).data[0])
