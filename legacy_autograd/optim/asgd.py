"""``torch.optim.ASGD`` (0.3): averaged stochastic gradient descent."""
import math

from .optimizer import Optimizer


class ASGD(Optimizer):
    """Averaged SGD (Polyak & Juditsky)::

        p = p * (1 - lambd * eta) - eta * g
        ax = p (while mu == 1)  |  ax = ax + mu * (p - ax)
        eta = lr / (1 + lambd * lr * t) ** alpha
        mu = 1 / max(1, t - t0)

    ``eta`` and ``mu`` are Python floats in the state (modern torch keeps tensors).
    """

    def __init__(self, params, lr=1e-2, lambd=1e-4, alpha=0.75, t0=1e6, weight_decay=0):
        defaults = dict(lr=lr, lambd=lambd, alpha=alpha, t0=t0,
                        weight_decay=weight_decay)
        super(ASGD, self).__init__(params, defaults)

    def step(self, closure=None):
        """One update; ``closure`` (optional) re-evaluates the model and returns the loss."""
        loss = self._closure_loss(closure)

        for group, p, grad, state in self._params_with_grad():
            if len(state) == 0:
                state['step'] = 0
                state['eta'] = group['lr']
                state['mu'] = 1
                state['ax'] = self._zeros_like(grad)

            state['step'] += 1

            if group['weight_decay'] != 0:
                grad = grad.add(group['weight_decay'], p.data)

            p.data.mul_(1 - group['lambd'] * state['eta'])   # shrink, then move
            p.data.add_(-state['eta'], grad)

            if state['mu'] != 1:                              # the running average
                state['ax'].add_(p.data.sub(state['ax']).mul(state['mu']))
            else:
                state['ax'].copy_(p.data)

            state['eta'] = (group['lr'] /
                            math.pow((1 + group['lambd'] * group['lr'] * state['step']),
                                     group['alpha']))
            state['mu'] = 1 / max(1, state['step'] - group['t0'])

        return loss
