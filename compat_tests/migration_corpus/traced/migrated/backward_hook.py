# a module backward hook that reads only grad_output (on a layer whose input requires grad)
import numpy as np
import torch
import torch.nn as nn

seen = []


def record(module, grad_input, grad_output):
    seen.append(grad_output[0].data.clone())


first = nn.Linear(3, 3)
first.weight.data.copy_(torch.from_numpy(np.linspace(-1, 1, 9, dtype=np.float32).reshape(3, 3)))
first.bias.data.fill_(0.1)
layer = nn.Linear(3, 2)
layer.weight.data.copy_(torch.from_numpy(np.linspace(-1, 1, 6, dtype=np.float32).reshape(2, 3)))
layer.bias.data.fill_(0.5)
layer.register_full_backward_hook(record)
x = torch.from_numpy(np.linspace(0, 1, 6, dtype=np.float32).reshape(2, 3))
out = (layer(first(x)) ** 2).sum()
out.backward()
print('grad_output', ' '.join('%.4f' % v for v in seen[0].numpy().ravel()))
print('weight grad', ' '.join('%.4f' % v for v in layer.weight.grad.data.numpy().ravel()))
