"""Resilient backpropagation (Riedmiller and Braun), Lua ``optim.rprop``."""
from ...ops.functions import TORCH
from ...tensor import ByteTensor
from ._common import state_of


def rprop(opfunc, x, config, state=None):
    """Config: stepsize (0.1), etaplus (1.2), etaminus (0.5), stepsizemax (50), stepsizemin (1e-6),
    niter (1).  Returns ``(x, [f(x) of each iteration])``."""
    state = state_of('rprop', config, state)
    stepsize = config.get('stepsize', 0.1)
    etaplus = config.get('etaplus', 1.2)
    etaminus = config.get('etaminus', 0.5)
    stepsizemax = config.get('stepsizemax', 50.0)
    stepsizemin = config.get('stepsizemin', 1e-06)
    niter = config.get('niter', 1)

    hfx = []
    for _ in range(niter):
        fx, dfdx = opfunc(x)
        size = dfdx.size()
        if 'delta' not in state:
            state['delta'] = dfdx.new(size).zero_()
            state['stepsize'] = dfdx.new(size).fill_(stepsize)
            state['sign'] = dfdx.new(size)
            for key in ('bytesign', 'psign', 'nsign', 'zsign', 'dminmax'):
                state[key] = ByteTensor(size)
        sign = state['sign']
        TORCH.mul(dfdx, state['delta'], out=sign).sign_()
        TORCH.gt(sign, 0, out=state['psign'])
        TORCH.lt(sign, 0, out=state['nsign'])
        TORCH.eq(sign, 0, out=state['zsign'])
        sign[state['psign']] = etaplus
        sign[state['nsign']] = etaminus
        sign[state['zsign']] = 1

        steps = state['stepsize']
        steps.mul_(sign)
        TORCH.gt(steps, stepsizemax, out=state['dminmax'])
        steps[state['dminmax']] = stepsizemax
        TORCH.lt(steps, stepsizemin, out=state['dminmax'])
        steps[state['dminmax']] = stepsizemin

        # where the gradient changed sign, skip the step
        dfdx[state['nsign']] = 0
        TORCH.sign(dfdx, out=sign)
        x.addcmul_(-1, sign, steps)
        state['delta'].copy_(dfdx)
        hfx.append(fx)
    return x, hfx
