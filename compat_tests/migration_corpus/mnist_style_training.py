"""An MNIST-example style training loop on fixed data (0.3 idioms throughout).

Migration corpus: deterministic (weights filled from np.linspace), prints values only.
"""
from __future__ import print_function

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim
from torch.autograd import Variable
from torch.utils.data import DataLoader, TensorDataset

use_cuda = torch.cuda.is_available()

# 24 samples of 16 features, 3 classes, all fixed
features = np.cos(np.arange(24 * 16).reshape(24, 16) * 0.37).astype(np.float32)
labels = np.array([i % 3 for i in range(24)])
dataset = TensorDataset(data_tensor=torch.from_numpy(features),
                        target_tensor=torch.from_numpy(labels).long())
train_loader = DataLoader(dataset, batch_size=8, shuffle=False)
test_loader = DataLoader(dataset, batch_size=12, shuffle=False)


def fill(param, scale):
    n = param.data.numel()
    values = np.linspace(-scale, scale, n).reshape(param.data.size()).astype(np.float32)
    param.data.copy_(torch.from_numpy(values))


class Net(nn.Module):
    def __init__(self):
        super(Net, self).__init__()
        self.fc1 = nn.Linear(16, 10)
        self.fc2 = nn.Linear(10, 3)
        for p in self.parameters():
            fill(p, 0.3)

    def forward(self, x):
        x = x.view(-1, 16)
        x = F.relu(self.fc1(x))
        x = F.dropout(x)              # a no-op in 0.3: training defaulted to False
        x = self.fc2(x)
        return F.log_softmax(x)


model = Net()
if use_cuda:
    model.cuda()
optimizer = optim.SGD(model.parameters(), lr=0.1, momentum=0.5)


def train(epoch):
    model.train()
    for batch_idx, (data, target) in enumerate(train_loader):
        if use_cuda:
            data, target = data.cuda(async=True), target.cuda(async=True)
        data, target = Variable(data), Variable(target)
        optimizer.zero_grad()
        output = model(data)
        loss = F.nll_loss(output, target)
        loss.backward()
        norm = torch.nn.utils.clip_grad_norm(model.parameters(), 5.0)
        optimizer.step()
        print('Train Epoch: {} [{}/{}]\tLoss: {:.6f}\tgrad norm {:.4f}'.format(
            epoch, batch_idx * len(data), len(train_loader.dataset), loss.data[0], norm))


def test():
    model.eval()
    test_loss = 0
    correct = 0
    for data, target in test_loader:
        data, target = Variable(data, volatile=True), Variable(target)
        output = model(data)
        test_loss += F.nll_loss(output, target, size_average=False).data[0]
        pred = output.data.max(1, keepdim=True)[1]
        correct += pred.eq(target.data.view_as(pred)).cpu().sum()
    test_loss /= len(test_loader.dataset)
    print('Test set: Average loss: {:.4f}, Accuracy: {}/{} ({:.0f}%)'.format(
        test_loss, correct, len(test_loader.dataset),
        100. * correct / len(test_loader.dataset)))


for epoch in range(1, 3):
    train(epoch)
    test()
print(model.fc2.bias)
