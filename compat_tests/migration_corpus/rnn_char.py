"""A character-level RNN classifier in the spro/practical-pytorch style.

Migration corpus: deterministic (weights from np.linspace, fixed words), prints values only.
"""
import numpy as np
import torch
import torch.nn as nn
from torch.autograd import Variable

letters = 'abcdefgh'
categories = ['first', 'second']
words = [('abc', 0), ('bad', 0), ('hgf', 1), ('geh', 1)]


def letter_tensor(word):
    t = torch.zeros(len(word), 1, len(letters))
    for i, c in enumerate(word):
        t[i][0][letters.index(c)] = 1
    return t


class RNN(nn.Module):
    def __init__(self, input_size, hidden_size, output_size):
        super(RNN, self).__init__()
        self.hidden_size = hidden_size
        self.i2h = nn.Linear(input_size + hidden_size, hidden_size)
        self.i2o = nn.Linear(input_size + hidden_size, output_size)
        self.softmax = nn.LogSoftmax()

    def forward(self, input, hidden):
        combined = torch.cat((input, hidden), 1)
        hidden = self.i2h(combined)
        output = self.i2o(combined)
        output = self.softmax(output)
        return output, hidden

    def init_hidden(self):
        return Variable(torch.zeros(1, self.hidden_size))


rnn = RNN(len(letters), 6, len(categories))
for k, p in enumerate(rnn.parameters()):
    n = p.data.numel()
    p.data.copy_(torch.from_numpy(
        (np.sin(np.arange(n) * 0.7 + k) * 0.3).reshape(p.data.size()).astype(np.float32)))

criterion = nn.NLLLoss()
learning_rate = 0.05


def train(category_tensor, line_tensor):
    hidden = rnn.init_hidden()
    rnn.zero_grad()
    for i in range(line_tensor.size()[0]):
        output, hidden = rnn(line_tensor[i], hidden)
    loss = criterion(output, category_tensor)
    loss.backward()
    for p in rnn.parameters():
        p.data.add_(-learning_rate, p.grad.data)
    return output, loss.data[0]


for epoch in range(3):
    current = 0
    for word, cat in words:
        output, loss = train(Variable(torch.LongTensor([cat])), Variable(letter_tensor(word)))
        current += loss
    print('epoch %d loss %.5f' % (epoch, current))


def evaluate(line_tensor):
    hidden = rnn.init_hidden()
    for i in range(line_tensor.size()[0]):
        output, hidden = rnn(line_tensor[i], hidden)
    return output


for word, cat in words:
    output = evaluate(Variable(letter_tensor(word), volatile=True))
    topv, topi = output.data.topk(1, 1, True)
    category_index = topi[0][0]
    print(word, categories[category_index], '%.4f' % topv[0][0])

# an LSTM over a fixed sequence
lstm = nn.LSTM(3, 4, 1)
for k, p in enumerate(lstm.parameters()):
    n = p.data.numel()
    p.data.copy_(torch.from_numpy(np.linspace(-0.5, 0.5, n).reshape(p.data.size()).astype(np.float32)))
seq = Variable(torch.Tensor([[[0.1, 0.2, 0.3]], [[0.3, -0.2, 0.1]], [[-0.4, 0.0, 0.5]]]))
h0 = (Variable(torch.zeros(1, 1, 4)), Variable(torch.zeros(1, 1, 4)))
out, (hn, cn) = lstm(seq, h0)
print(out)
print(hn.sum().data[0], cn.data.abs().max())
