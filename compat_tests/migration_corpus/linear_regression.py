"""Linear regression with manual SGD and a volatile evaluation (0.3 style).

Migration corpus: deterministic (np.linspace data), prints values only.
"""
import numpy as np
import torch
from torch.autograd import Variable

xs = np.linspace(-1, 1, 20).reshape(20, 1)
ys = 3 * xs + 0.5 + 0.1 * np.sin(7 * xs)
x_train = torch.from_numpy(xs).float()
y_train = torch.from_numpy(ys).float()

w = Variable(torch.zeros(1, 1), requires_grad=True)
b = Variable(torch.zeros(1), requires_grad=True)
learning_rate = 0.1


def forward(x):
    return x.mm(w) + b.expand(x.size(0), 1)


def evaluate(data, target):
    inputs = Variable(data, volatile=True)
    labels = Variable(target, volatile=True)
    prediction = forward(inputs)
    err = ((prediction - labels) ** 2).mean()
    return err.data[0], prediction.requires_grad


for epoch in range(60):
    inputs = Variable(x_train)
    labels = Variable(y_train)
    out = forward(inputs)
    loss = ((out - labels) ** 2).mean()
    loss.backward()
    w.data -= learning_rate * w.grad.data
    b.data -= learning_rate * b.grad.data
    w.grad.data.zero_()
    b.grad.data.zero_()
    if (epoch + 1) % 10 == 0:
        print('Epoch [%d/60], Loss: %.4f' % (epoch + 1, loss.data[0]))

mse, needs_grad = evaluate(x_train, y_train)
print('eval mse %.5f requires_grad %s' % (mse, needs_grad))
print('w =', w.data[0][0], 'b =', b.data[0])
print(w, b)

# batches evaluated in a loop
batches = [(x_train[i:i + 5], y_train[i:i + 5]) for i in range(0, 20, 5)]
total = 0
for data, target in batches:
    data, target = Variable(data, volatile=True), Variable(target)
    output = forward(data)
    total += ((output - target) ** 2).sum().data[0]
    print(output.requires_grad)
print('total squared error %.4f' % total)
