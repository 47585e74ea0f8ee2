"""ADADELTA (Zeiler, https://arxiv.org/abs/1212.5701), Lua ``optim.adadelta``."""
from ._common import state_of, zeros_like


def adadelta(opfunc, x, config, state=None):
    """Config: rho (0.9), eps (1e-6), weightDecay (0).  Returns ``(x, f(x) before the update)``."""
    state = state_of('adadelta', config, state)
    rho = config.get('rho', 0.9)
    eps = config.get('eps', 1e-6)
    wd = config.get('weightDecay', 0)
    state['evalCounter'] = state.get('evalCounter', 0)

    fx, dfdx = opfunc(x)
    if wd != 0:
        dfdx.add_(wd, x)

    if 'paramVariance' not in state:
        for key in ('paramVariance', 'paramStd', 'delta', 'accDelta'):
            state[key] = zeros_like(x, dfdx)
    var = state['paramVariance']
    var.mul_(rho).addcmul_(1 - rho, dfdx, dfdx)
    state['paramStd'].resize_as_(var).copy_(var).add_(eps).sqrt_()
    delta = state['delta'].resize_as_(var)
    delta.copy_(state['accDelta']).add_(eps).sqrt_().div_(state['paramStd']).mul_(dfdx)
    x.add_(-1, delta)
    state['accDelta'].mul_(rho).addcmul_(1 - rho, delta, delta)

    state['evalCounter'] += 1
    return x, fx
