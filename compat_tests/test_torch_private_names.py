"""Private names of 0.3.1 that 0.3-era code imports, served under ``legacy-autograd run``.

Custom layers were written on ``torch.nn.modules.conv._ConvNd`` with ``_pair`` from
``torch.nn.modules.utils``, losses on ``_Loss``/``_WeightedLoss``, schedulers on
``torch.optim.lr_scheduler._LRScheduler``, initialisers on ``nn.init._calculate_fan_in_and_fan_out``
and model printers on ``torch.nn.modules.module._addindent``.  Module aliases 0.3.1's files bound
(``F`` in ``torch.nn.modules.activation``, ``torch.nn.functional.utils``, ``hooks``) show the
served torch modules.
"""
import os
import subprocess
import sys
import textwrap

SCRIPT = '''\
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.autograd import Variable
from torch.nn.modules.utils import _pair, _single, _triple
from torch.nn.modules.conv import _ConvNd
from torch.nn.modules.batchnorm import _BatchNorm
from torch.nn.modules.loss import _Loss, _WeightedLoss
from torch.nn.modules.module import _addindent
from torch.nn.init import _calculate_fan_in_and_fan_out
from torch.optim.lr_scheduler import _LRScheduler


class SameConv(_ConvNd):
    def __init__(self, cin, cout, k):
        k = _pair(k)
        super(SameConv, self).__init__(cin, cout, k, _pair(1), _pair(k[0] // 2), _pair(1),
                                       False, _pair(0), 1, True)

    def forward(self, x):
        return F.conv2d(x, self.weight, self.bias, self.stride, self.padding)


class HalfL1(_Loss):
    def forward(self, a, b):
        return (a - b).abs().mean() / 2


class Halving(_LRScheduler):
    def get_lr(self):
        return [lr * 0.5 ** self.last_epoch for lr in self.base_lrs]


torch.manual_seed(0)
conv = SameConv(2, 3, 3)
print(conv)
print(conv(Variable(torch.randn(1, 2, 5, 5))).size())
print(_single(4), _triple(1))
print(_calculate_fan_in_and_fan_out(conv.weight.data))
print(HalfL1()(Variable(torch.ones(3)), Variable(torch.zeros(3))).data[0])
opt = torch.optim.SGD(conv.parameters(), lr=1.0)
s = Halving(opt)      # 0.3.1: the constructor's step(0) leaves last_epoch at -1
s.step()
s.step()
print(opt.param_groups[0]['lr'])
print(_addindent('a\\nb', 2))
print(issubclass(nn.BatchNorm2d, _BatchNorm))
import torch.nn.modules.activation as act
import torch.nn.modules.module as mod
import torch.utils.hooks
import torch.nn.modules.utils
print(act.F is F, F.utils is torch.nn.modules.utils, mod.hooks is torch.utils.hooks)
print(mod.thnn_backend is nn.backends.thnn.backend)
'''

EXPECTED = '''\
SameConv(2, 3, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1))
torch.Size([1, 3, 5, 5])
(4,) (1, 1, 1)
(18, 27)
0.5
0.5
a
  b
True
True True True
True
'''


def test_private_names_under_the_runner(tmp_path):
    script = tmp_path / 'old_layers.py'
    script.write_text(SCRIPT)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    out = subprocess.run([sys.executable, '-m', 'legacy_autograd', 'run', str(script)],
                         capture_output=True, text=True, env=env, timeout=180)
    assert out.returncode == 0, out.stderr
    assert out.stdout == EXPECTED


def test_nn_modules_utils_is_one_module():
    import legacy_autograd.nn as nn
    import legacy_autograd.nn.functional as F
    import legacy_autograd.nn.modules.utils as u
    assert u is F.utils is nn.modules.utils
    assert nn.utils is not u and hasattr(nn.utils, 'clip_grad_norm')
    assert u._pair(3) == (3, 3) and u._quadruple([1, 2]) == [1, 2]


def test_torch_functional_module():
    import legacy_autograd as L
    from legacy_autograd import functional as tf
    from legacy_autograd import _exports
    assert _exports.MODULES['torch.functional'] == 'legacy_autograd.functional'
    for name in ('split', 'chunk', 'stack', 'unbind', 'matmul', 'btriunpack'):
        assert getattr(tf, name) is getattr(L, name)
    parts = tf.split(L.arange(0, 5), 2)
    assert [p.tolist() for p in parts] == [[0, 1], [2, 3], [4]]
