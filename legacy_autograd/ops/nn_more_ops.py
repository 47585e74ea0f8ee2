"""More nn ops of 0.3.1's ``torch._C._nn`` needed by its ``test_nn.py``: ``hardshrink``.

``hardshrink(x, lambd)`` is THNN's HardShrink: ``x`` where ``x > lambd`` or ``x < -lambd``,
else 0; the gradient passes where the input was kept (``HardshrinkBackward``); its backward
is ``g`` times a constant mask, so gradients of gradients flow to ``g``.
"""
import numpy as np

from .registry import register


def _hardshrink_fwd(x, lambd):
    return np.where((x > lambd) | (x < -lambd), x, x.dtype.type(0))


def _hardshrink_back(ctx, g):
    x = ctx.B.value(ctx.inputs[0])
    lambd = ctx.params['lambd']
    return (g * ctx.B.mask((x > lambd) | (x < -lambd), g),)


HARDSHRINK = register(
    'hardshrink', _hardshrink_fwd, _hardshrink_back,
    grad_fn='HardshrinkBackward', save_inputs=(0,), argnames=('self',),
    modern=lambda torch, x, lambd: torch.nn.functional.hardshrink(x, lambd))

#: every op of this module, by registry name
NN_MORE_OPS = ('hardshrink',)

_SAMPLES = {
    'hardshrink': dict(domain=dict(lo=-2.0, hi=2.0, avoid=[('half', 0.05), ('int', 0.05)]),
                       params={'lambd': [0.5, 1.0]}, n=3),
}


def _attach_samples():
    from .registry import OPS
    for name, spec in _SAMPLES.items():
        OPS[name].samples = spec


_attach_samples()
