"""Adam (Kingma and Ba, https://arxiv.org/abs/1412.6980), Lua ``optim.adam``."""
import math

from ._common import state_of, zeros_like


def adam(opfunc, x, config, state=None):
    """Config: learningRate (1e-3), beta1 (0.9), beta2 (0.999), epsilon (1e-8), weightDecay (0).
    Returns ``(x, f(x) before the update)``."""
    state = state_of('adam', config, state)
    lr = config.get('learningRate', 0.001)
    beta1 = config.get('beta1', 0.9)
    beta2 = config.get('beta2', 0.999)
    epsilon = config.get('epsilon', 1e-8)
    wd = config.get('weightDecay', 0)

    fx, dfdx = opfunc(x)
    if wd != 0:
        dfdx.add_(wd, x)

    if 't' not in state:
        state['t'] = 0
        state['m'] = zeros_like(x, dfdx)
        state['v'] = zeros_like(x, dfdx)
        state['denom'] = zeros_like(x, dfdx)
    state['t'] += 1

    state['m'].mul_(beta1).add_(1 - beta1, dfdx)
    state['v'].mul_(beta2).addcmul_(1 - beta2, dfdx, dfdx)
    state['denom'].copy_(state['v']).sqrt_().add_(epsilon)

    bias1 = 1 - beta1 ** state['t']
    bias2 = 1 - beta2 ** state['t']
    step = lr * math.sqrt(bias2) / bias1
    x.addcdiv_(-step, state['m'], state['denom'])
    return x, fx
