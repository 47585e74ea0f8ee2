"""Probe: `import torch` inside `legacy-autograd run` is legacy_autograd."""
import json
import sys

import torch
import torch.runner
from torch import cli
import legacy_autograd
import legacy_autograd.runner


def error_of(name):
    try:
        __import__(name)
    except ImportError as exc:
        return [type(exc).__name__, exc.name, str(exc)]
    return None


print(json.dumps({
    'version': torch.__version__,
    'torch is legacy_autograd': torch is legacy_autograd,
    'sys.modules torch': sys.modules['torch'] is legacy_autograd,
    'torch.runner': torch.runner is legacy_autograd.runner is sys.modules['torch.runner'],
    'torch.cli': cli is sys.modules['torch.cli'] is sys.modules['legacy_autograd.cli'],
    'runner spec': legacy_autograd.runner.__spec__.name,
    'torch.foo': error_of('torch.foo'),
    'torch.distributed': error_of('torch.distributed'),
    'torchvision': error_of('torchvision'),
    'torchvision.transforms': error_of('torchvision.transforms'),
    'torchaudio': error_of('torchaudio'),
    'torchtext': error_of('torchtext'),
}, indent=1, sort_keys=True))
