# A small classifier trained by hand, in the style of the 0.3-era tutorials:
# nn.Module with two Linear layers, ReLU, log_softmax + NLLLoss, manual SGD
# (p.data.add_(-lr, p.grad.data)), losses read with loss.data[0].
# Seeded: the layers draw their initial weights from the 0.3 generator
# (weight then bias, uniform(-1/sqrt(in), 1/sqrt(in))), then the inputs.
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.autograd import Variable

torch.manual_seed(1)


class Net(nn.Module):
    def __init__(self):
        super(Net, self).__init__()
        self.fc1 = nn.Linear(4, 5)
        self.fc2 = nn.Linear(5, 3)

    def forward(self, x):
        x = F.relu(self.fc1(x))
        return F.log_softmax(self.fc2(x), dim=1)


net = Net()
print(net)
print(net.fc1.weight)
print(net.fc2.bias)

x = Variable(torch.randn(6, 4))
y = Variable(torch.LongTensor([0, 1, 2, 1, 0, 2]))
print(x)

probs = F.softmax(net.fc2(F.relu(net.fc1(x))), dim=1)
print(probs)

criterion = nn.NLLLoss()
learning_rate = 0.5
for step in range(6):
    net.zero_grad()
    output = net(x)
    loss = criterion(output, y)
    loss.backward()
    for p in net.parameters():
        p.data.add_(-learning_rate, p.grad.data)
    print('step %d  loss %.4f' % (step, loss.data[0]))

print(loss)
print(type(loss.grad_fn).__name__)
print(net.fc2.bias.grad)
print(net.fc2.weight)

_, predicted = torch.max(net(x).data, 1)
print(predicted)
print('correct: %d of %d' % ((predicted == y.data).sum(), y.size(0)))
