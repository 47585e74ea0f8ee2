# softmax without dim where only a run knows the input's rank: the batch comes
# from a helper, so a static read cannot tell that forward gets 2-D input
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F


def batch(rows):
    return torch.from_numpy(np.asarray(rows, dtype=np.float32))


def show(name, t):
    print(name, ' '.join('%.4f' % v for v in t.data.numpy().ravel()))


class Classifier(nn.Module):
    def __init__(self):
        super(Classifier, self).__init__()
        self.fc = nn.Linear(3, 4)
        w = np.linspace(-1, 1, 12, dtype=np.float32).reshape(4, 3)
        self.fc.weight.data.copy_(torch.from_numpy(w))
        self.fc.bias.data.fill_(0.1)
        self.norm = nn.Softmax(dim=1)

    def forward(self, x):
        return F.log_softmax(self.fc(x), dim=1)

    def probs(self, x):
        return self.norm(self.fc(x))


def sequence_scores(model, steps):
    # one 1-D score vector per step: 0.3 took dim=0 here
    return [F.softmax(model.fc(s), dim=0) for s in steps]


model = Classifier()
x = batch([[0.5, -1.0, 2.0], [1.5, 0.25, -0.5]])
show('log_probs', model(x))
show('probs', model.probs(x))
for scores in sequence_scores(model, [batch([0.1, 0.2, 0.3]), batch([1.0, -1.0, 0.5])]):
    show('step', scores)
