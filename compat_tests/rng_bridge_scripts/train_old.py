# A 0.3-era training script: default init, dropout, a shuffled DataLoader.
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.autograd import Variable
from torch.utils.data import DataLoader, TensorDataset

if '--unseeded' not in sys.argv:
    torch.manual_seed(3)
print('argv', sys.argv[1:], 'name', __name__)


class Net(nn.Module):
    def __init__(self):
        super(Net, self).__init__()
        self.emb = nn.Embedding(6, 3)
        self.fc1 = nn.Linear(4 + 3, 8)
        self.drop = nn.Dropout(0.3)
        self.fc2 = nn.Linear(8, 2)

    def forward(self, x, w):
        h = torch.cat([x, self.emb(w)], 1)
        return self.fc2(self.drop(F.relu(self.fc1(h))))


net = Net()
X = torch.randn(10, 4)
W = torch.LongTensor(10).random_(0, 6)
y = (torch.rand(10) * 2).long()
idx = torch.arange(0, 10).long()
loader = DataLoader(TensorDataset(X, idx), batch_size=4, shuffle=True)
opt = torch.optim.SGD(net.parameters(), lr=0.1)
for epoch in range(3):
    total = 0.0
    for xb, ib in loader:
        out = net(Variable(xb), Variable(W[ib]))
        loss = F.cross_entropy(out, Variable(y[ib]))
        opt.zero_grad()
        loss.backward()
        opt.step()
        total += loss.data[0]
        print('batch', ib.tolist())
    print('epoch %d loss %.6f' % (epoch, total))
print('weight', ' '.join('%.5f' % v for v in net.fc2.weight.data[0].tolist()))
print('next', torch.randn(2).tolist(), torch.randperm(4).tolist())
