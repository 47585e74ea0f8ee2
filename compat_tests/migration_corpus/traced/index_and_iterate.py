# 1-element Variables indexed or iterated (size-1 Variables in 0.3, 0-dim tensors now)
# feeding a loss, and values read out of containers
import numpy as np
import torch
import torch.nn as nn
from torch.autograd import Variable


def load():
    data = np.linspace(-1, 1, 12, dtype=np.float32).reshape(4, 3)
    return Variable(torch.from_numpy(data)), Variable(torch.LongTensor([0, 2, 1, 2]))


inputs, targets = load()
model = nn.Linear(3, 3)
model.weight.data.copy_(torch.from_numpy(np.linspace(-0.5, 0.5, 9, dtype=np.float32).reshape(3, 3)))
model.bias.data.fill_(0.05)
criterion = nn.CrossEntropyLoss()

total = 0
for x, y in zip(inputs, targets):
    loss = criterion(model(x.view(1, -1)), y)
    total += loss.data[0]
print('zip %.4f' % total)

total = 0
for i in range(len(targets)):
    out = model(inputs[i].view(1, -1))
    total += criterion(out, targets[i]).data[0]
print('index %.4f' % total)

for t in targets:
    print('target', t.data[0])

history = {'loss': criterion(model(inputs), targets)}
print('dict %.4f' % history['loss'].data[0])
stats = {'scale': torch.FloatTensor([1.5, 2.5])}
print('scale %.4f' % (stats['scale'][0] * 2))
