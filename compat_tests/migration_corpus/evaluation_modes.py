"""Evaluation with volatile Variables: fixed and computed volatile flags (core only).

Migration corpus: deterministic (fixed data), prints values only.
"""
import torch
from torch.autograd import Variable

W = Variable(torch.Tensor([[0.5, -0.25], [0.75, 1.0], [-0.5, 0.5]]), requires_grad=True)
bias = Variable(torch.Tensor([0.1, -0.1]), requires_grad=True)
batches = [torch.Tensor([[1.0, 2.0, 3.0]]), torch.Tensor([[0.0, -1.0, 0.5], [2.0, 2.0, 2.0]])]


def predict(x):
    return (x.mm(W) + bias.unsqueeze(0).expand(x.size(0), 2)).tanh()


def run(batch, training):
    inputs = Variable(batch, volatile=not training)
    out = predict(inputs)
    score = out.sum()
    if training:
        score.backward()
    return score.data[0], out.requires_grad


print(run(batches[0], True))
print(W.grad)
print(run(batches[1], False))

outputs = []
for batch in batches:
    x = Variable(batch, volatile=True)
    y = predict(x)
    outputs.append(y.data)
    print(y.requires_grad, y.size())
print(torch.cat(outputs, 0))
print(predict(Variable(batches[1])).requires_grad)
