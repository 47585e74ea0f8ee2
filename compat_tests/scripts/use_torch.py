"""Probe: `import torch` inside `legacy-autograd run` is 0.3.1's namespace served by legacy_autograd,
without the package's tools."""
import json
import pickle
import sys

import torch
import torch.nn as nn
from torch.autograd import Variable
import legacy_autograd
import legacy_autograd.runner


def error_of(name):
    try:
        __import__(name)
    except ImportError as exc:
        return [type(exc).__name__, exc.name, str(exc)]
    return None


def attribute_error(name):
    try:
        getattr(torch, name)
    except AttributeError as exc:
        return str(exc)
    return None


TOOLS = ('cli', 'compare', 'migrate', 'runner', 'testing', 'ops', 'rng', 'install', 'uninstall',
         'parity_samples', 'command_error', 'dtypes', 'printing', 'errors', 'backend_numpy')

v = Variable(torch.ones(2), requires_grad=True)
default_before = torch.Tensor
torch.set_default_tensor_type('torch.DoubleTensor')
default_after = torch.Tensor
torch.set_default_tensor_type('torch.FloatTensor')

print(json.dumps({
    'version': torch.__version__,
    'torch is legacy_autograd': torch is legacy_autograd,
    'sys.modules torch': sys.modules['torch'] is torch,
    'same objects': (torch.FloatTensor is legacy_autograd.FloatTensor and
                     nn.Linear is legacy_autograd.nn.Linear and
                     torch.autograd.Variable is legacy_autograd.autograd.Variable),
    'torch.nn': torch.nn is sys.modules['torch.nn'] is nn,
    'Tensor': [repr(default_before), repr(default_after), repr(torch.Tensor)],
    'type(v)': repr(type(v)),
    'type(Linear)': repr(type(nn.Linear(1, 1))),
    'pickled Variable': repr(pickle.loads(pickle.dumps(v)).data.tolist()),
    'tools': {name: attribute_error(name) for name in TOOLS},
    'torch.compare': error_of('torch.compare'),
    'torch.runner': error_of('torch.runner'),
    'runner spec': legacy_autograd.runner.__spec__.name,
    'torch.foo': error_of('torch.foo'),
    'torch.distributed': error_of('torch.distributed'),
    'torchvision': error_of('torchvision'),
    'torchvision.transforms': error_of('torchvision.transforms'),
    'torchaudio': error_of('torchaudio'),
    'torchtext': error_of('torchtext'),
}, indent=1, sort_keys=True))
