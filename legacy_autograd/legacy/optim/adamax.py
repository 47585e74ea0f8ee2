"""AdaMax (the infinity-norm variant of Adam), Lua ``optim.adamax``."""
from ...ops.functions import TORCH
from ._common import state_of, zeros_like


def adamax(opfunc, x, config, state=None):
    """Config: learningRate (2e-3), beta1 (0.9), beta2 (0.999), epsilon (1e-38), weightDecay (0).
    Returns ``(x, f(x) before the update)``."""
    state = state_of('adamax', config, state)
    lr = config.get('learningRate', 0.002)
    beta1 = config.get('beta1', 0.9)
    beta2 = config.get('beta2', 0.999)
    epsilon = config.get('epsilon', 1e-38)
    wd = config.get('weightDecay', 0)

    fx, dfdx = opfunc(x)
    if wd != 0:
        dfdx.add_(wd, x)

    if 't' not in state:
        state['t'] = 0
        state['m'] = zeros_like(x, dfdx)
        state['u'] = zeros_like(x, dfdx)
        state['max'] = x.new(*((2,) + tuple(dfdx.size()))).zero_()
    state['t'] += 1

    state['m'].mul_(beta1).add_(1 - beta1, dfdx)
    both = state['max']
    both[0].copy_(state['u']).mul_(beta2)
    both[1].copy_(dfdx).abs_().add_(epsilon)
    TORCH.max(both, 0, keepdim=False, out=(state['u'], state['u'].new().long()))

    step = lr / (1 - beta1 ** state['t'])
    x.addcdiv_(-step, state['m'], state['u'])
    return x, fx
