"""Averaged SGD (Bottou), Lua ``optim.asgd``."""
import math

from ._common import state_of


def asgd(opfunc, x, config, state=None):
    """Config: eta0 (1e-4), lambda (1e-4), alpha (0.75), t0 (1e6); the defaults are written back
    into ``config``.  Returns ``(x, f(x) before the update, the averaged x)``."""
    state = state_of('asgd', config, state)
    config['eta0'] = config.get('eta0', 1e-4)
    config['lambda'] = config.get('lambda', 1e-4)
    config['alpha'] = config.get('alpha', 0.75)
    config['t0'] = config.get('t0', 1e6)
    state['eta_t'] = state.get('eta_t', config['eta0'])
    state['mu_t'] = state.get('mu_t', 1)
    state['t'] = state.get('t', 0)

    fx, dfdx = opfunc(x)

    x.mul_(1 - config['lambda'] * state['eta_t'])
    x.add_(-state['eta_t'], dfdx)

    if 'ax' not in state:
        state['ax'] = x.new().resize_as_(x).zero_()
    if 'tmp' not in state:
        state['tmp'] = state['ax'].new().resize_as_(state['ax'])
    if state['mu_t'] != 1:
        state['tmp'].copy_(x)
        state['tmp'].add_(-1, state['ax']).mul_(state['mu_t'])
        state['ax'].add_(state['tmp'])
    else:
        state['ax'].copy_(x)

    state['t'] += 1
    state['eta_t'] = config['eta0'] / math.pow(
        1 + config['lambda'] * config['eta0'] * state['t'], config['alpha'])
    state['mu_t'] = 1 / max(1, state['t'] - config['t0'])
    return x, fx, state['ax']
