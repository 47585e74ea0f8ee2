"""``torch._C._functions``: the graph node classes 0.3.1's C++ core exposed by name.

Old code (and 0.3.1's own autograd tests) check graph nodes with ``isinstance`` against them:
a leaf that requires grad is reached through an ``AccumulateGrad`` whose ``variable`` is the
leaf; convolutions and batch norm have ``ConvNdBackward`` / ``BatchNormBackward`` nodes.
``torch._C`` under the runner shows this module and nothing else of the C extension.
"""
import os
import subprocess
import sys
import textwrap

import legacy_autograd as L
import legacy_autograd.nn as nn
from legacy_autograd._C import _functions
from legacy_autograd.autograd import Variable


def test_leaves_are_reached_through_accumulate_grad():
    a = Variable(L.randn(3, 2), requires_grad=True)
    b = Variable(L.randn(3, 2), requires_grad=True)
    c = Variable(L.randn(3, 2))                       # no grad: no node
    out = (a * b + c).sum()
    mul = out.grad_fn.next_functions[0][0].next_functions[0][0]
    sinks = [f for f, _ in mul.next_functions]
    assert all(isinstance(f, _functions.AccumulateGrad) for f in sinks)
    assert sinks[0].variable is a and sinks[1].variable is b
    assert [i for _, i in mul.next_functions] == [0, 0]
    assert not isinstance(out.grad_fn, _functions.AccumulateGrad)


def test_conv_and_batch_norm_nodes():
    L.manual_seed(2)
    x = Variable(L.randn(2, 3, 5, 5), requires_grad=True)
    y = nn.Conv2d(3, 4, 3)(x)
    assert isinstance(y.grad_fn, _functions.ConvNdBackward)
    z = nn.BatchNorm2d(4)(y)
    assert isinstance(z.grad_fn, _functions.BatchNormBackward)
    assert type(z.grad_fn).__name__ == 'BatchNormBackward'


def test_served_as_torch_C_functions_under_the_runner(tmp_path):
    script = tmp_path / 'nodes.py'
    script.write_text(textwrap.dedent('''\
        import torch
        from torch.autograd import Variable
        x = Variable(torch.ones(2), requires_grad=True)
        y = x * 3
        f = y.grad_fn.next_functions[0][0]
        print(isinstance(f, torch._C._functions.AccumulateGrad), f.variable is x)
        print(sorted(n for n in dir(torch._C) if not n.startswith('__')))
        '''))
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    out = subprocess.run([sys.executable, '-m', 'legacy_autograd', 'run', str(script)],
                         capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ['True True', "['_functions']"]
