"""AdaGrad, Lua ``optim.adagrad``."""
from ._common import state_of, zeros_like


def adagrad(opfunc, x, config, state=None):
    """Config: learningRate (1e-3), learningRateDecay (0), weightDecay (0).
    Returns ``(x, f(x) before the update)``."""
    state = state_of('adagrad', config, state)
    lr = config.get('learningRate', 1e-3)
    lrd = config.get('learningRateDecay', 0)
    wd = config.get('weightDecay', 0)
    state['evalCounter'] = state.get('evalCounter', 0)

    fx, dfdx = opfunc(x)
    if wd != 0:
        dfdx.add_(wd, x)

    clr = lr / (1 + state['evalCounter'] * lrd)
    if 'paramVariance' not in state:
        state['paramVariance'] = zeros_like(x, dfdx)
        state['paramStd'] = x.new().resize_as_(dfdx)
    state['paramVariance'].addcmul_(1, dfdx, dfdx)
    std = state['paramStd'].resize_as_(state['paramVariance'])
    std.copy_(state['paramVariance']).sqrt_()
    x.addcdiv_(-clr, dfdx, std.add_(1e-10))

    state['evalCounter'] += 1
    return x, fx
