"""RMSprop (Tieleman and Hinton), Lua ``optim.rmsprop``."""
from ...ops.functions import TORCH
from ._common import state_of, zeros_like


def rmsprop(opfunc, x, config, state=None):
    """Config: learningRate (1e-2), alpha (0.99), epsilon (1e-8), weightDecay (0).
    Returns ``(x, f(x) before the update)``."""
    state = state_of('rmsprop', config, state)
    lr = config.get('learningRate', 1e-2)
    alpha = config.get('alpha', 0.99)
    epsilon = config.get('epsilon', 1e-8)
    wd = config.get('weightDecay', 0)

    fx, dfdx = opfunc(x)
    if wd != 0:
        dfdx.add_(wd, x)

    if 'm' not in state:
        state['m'] = zeros_like(x, dfdx)
        state['tmp'] = x.new().resize_as_(dfdx)
    state['m'].mul_(alpha)
    state['m'].addcmul_(1.0 - alpha, dfdx, dfdx)
    TORCH.sqrt(state['m'], out=state['tmp']).add_(epsilon)
    x.addcdiv_(-lr, dfdx, state['tmp'])
    return x, fx
