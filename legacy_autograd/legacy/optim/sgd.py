"""Plain SGD (Clement Farabet's ``optim.sgd``)."""
from ...tensor import default_tensor_type


def sgd(opfunc, x, config, state=None):
    """SGD with optional weight decay(s), (Nesterov) momentum, learning-rate decay and
    per-parameter learning rates.  Returns ``(x, f(x) before the update)``."""
    state = state if state is not None else config
    lr = config.get('learningRate', 1e-3)
    lrd = config.get('learningRateDecay', 0)
    wd = config.get('weightDecay', 0)
    mom = config.get('momentum', 0)
    damp = config.get('dampening', mom)
    nesterov = config.get('nesterov', False)
    lrs = config.get('learningRates', None)
    wds = config.get('weightDecays', None)
    state.setdefault('evalCounter', 0)
    if nesterov and (mom <= 0 and damp != 0):
        raise ValueError("Nesterov momentum requires a momentum and zero dampening")
    if wd != 0 and wds is not None:
        raise ValueError("Only one of wd and wds can be specified")

    fx, dfdx = opfunc(x)

    if wd != 0:
        dfdx.add_(wd, x)
    elif wds is not None:
        if not state.get('decayParameters'):
            state['decayParameters'] = default_tensor_type()().type_as(x).resize_as_(dfdx)
        state['decayParameters'].copy_(wds).mul_(x)
        dfdx.add_(state['decayParameters'])

    if mom != 0:
        if 'dfdx' not in state:
            state['dfdx'] = default_tensor_type()().type_as(dfdx).resize_as_(dfdx).copy_(dfdx)
        else:
            state['dfdx'].mul_(mom).add_(1 - damp, dfdx)
        if nesterov:
            dfdx.add_(mom, state['dfdx'])
        else:
            dfdx = state['dfdx']

    clr = lr / (1 + state['evalCounter'] * lrd)

    if lrs is not None:
        if 'deltaParameters' not in state:
            state['deltaParameters'] = default_tensor_type()().type_as(x).resize_as_(dfdx)
        state['deltaParameters'].copy_(lrs).mul_(dfdx)
        x.add_(-clr, state['deltaParameters'])
    else:
        x.add_(-clr, dfdx)

    state['evalCounter'] += 1
    return x, fx
