"""Nesterov's accelerated gradient (Sutskever et al. 2013), Lua ``optim.nag``."""
from ._common import state_of


def nag(opfunc, x, config, state=None):
    """Config: learningRate (1e-3), learningRateDecay (0), weightDecay (0), momentum (0.9),
    learningRates (None).  Returns ``(x, f(x) before the update)``."""
    state = state_of('nag', config, state)
    lr = config.get('learningRate', 1e-3)
    lrd = config.get('learningRateDecay', 0)
    wd = config.get('weightDecay', 0)
    mom = config.get('momentum', 0.9)
    lrs = config.get('learningRates', None)
    state['evalCounter'] = state.get('evalCounter', 0)
    if mom <= 0:
        raise ValueError('Momentum must be positive for Nesterov Accelerated Gradient')

    # first step in the direction of the momentum vector
    if 'dfdx' in state:
        x.add_(mom, state['dfdx'])

    fx, dfdx = opfunc(x)
    if wd != 0:
        dfdx.add_(wd, x)

    clr = lr / (1 + state['evalCounter'] * lrd)

    if 'dfdx' not in state:
        state['dfdx'] = dfdx.new().resize_as_(dfdx).zero_()
    else:
        state['dfdx'].mul_(mom)

    if lrs is not None:
        if 'deltaParameters' not in state:
            state['deltaParameters'] = x.new().resize_as_(dfdx)
        state['deltaParameters'].copy_(lrs).mul_(dfdx)
        x.add_(-clr, state['deltaParameters'])
        state['dfdx'].add_(-clr, state['deltaParameters'])
    else:
        x.add_(-clr, dfdx)
        state['dfdx'].add_(-clr, dfdx)

    state['evalCounter'] += 1
    return x, fx
