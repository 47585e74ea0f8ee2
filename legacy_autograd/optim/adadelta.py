"""``torch.optim.Adadelta`` (0.3)."""
from .optimizer import Optimizer


class Adadelta(Optimizer):
    """Adadelta (Zeiler)::

        v = rho * v + (1 - rho) * g * g
        delta = sqrt(u + eps) / sqrt(v + eps) * g
        p = p - lr * delta
        u = rho * u + (1 - rho) * delta * delta
    """

    def __init__(self, params, lr=1.0, rho=0.9, eps=1e-6, weight_decay=0):
        defaults = dict(lr=lr, rho=rho, eps=eps, weight_decay=weight_decay)
        super(Adadelta, self).__init__(params, defaults)

    def step(self, closure=None):
        """One update; ``closure`` (optional) re-evaluates the model and returns the loss."""
        loss = self._closure_loss(closure)

        for group, p, grad, state in self._params_with_grad():
            if len(state) == 0:
                state['step'] = 0
                state['square_avg'] = self._zeros_like(grad)
                state['acc_delta'] = self._zeros_like(grad)

            square_avg, acc_delta = state['square_avg'], state['acc_delta']
            rho, eps = group['rho'], group['eps']

            state['step'] += 1

            if group['weight_decay'] != 0:
                grad = grad.add(group['weight_decay'], p.data)

            square_avg.mul_(rho).addcmul_(1 - rho, grad, grad)
            std = square_avg.add(eps).sqrt_()
            delta = acc_delta.add(eps).sqrt_().div_(std).mul_(grad)
            p.data.add_(-group['lr'], delta)
            acc_delta.mul_(rho).addcmul_(1 - rho, delta, delta)

        return loss
