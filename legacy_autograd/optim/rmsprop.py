"""``torch.optim.RMSprop`` (0.3): optional momentum and centering."""
from .optimizer import Optimizer


class RMSprop(Optimizer):
    """RMSprop (Tieleman & Hinton)::

        v = alpha * v + (1 - alpha) * g * g
        avg = sqrt(v - m * m) + eps   with m = alpha * m + (1 - alpha) * g   (centered)
        avg = sqrt(v) + eps                                                  (otherwise)
        buf = momentum * buf + g / avg; p = p - lr * buf                     (momentum > 0)
        p = p - lr * g / avg                                                 (otherwise)
    """

    def __init__(self, params, lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0, momentum=0,
                 centered=False):
        defaults = dict(lr=lr, momentum=momentum, alpha=alpha, eps=eps, centered=centered,
                        weight_decay=weight_decay)
        super(RMSprop, self).__init__(params, defaults)

    def __setstate__(self, state):
        super(RMSprop, self).__setstate__(state)
        for group in self.param_groups:
            group.setdefault('momentum', 0)
            group.setdefault('centered', False)

    def step(self, closure=None):
        """One update; ``closure`` (optional) re-evaluates the model and returns the loss."""
        loss = self._closure_loss(closure)

        for group, p, grad, state in self._params_with_grad():
            if len(state) == 0:
                state['step'] = 0
                state['square_avg'] = self._zeros_like(grad)
                if group['momentum'] > 0:
                    state['momentum_buffer'] = self._zeros_like(grad)
                if group['centered']:
                    state['grad_avg'] = self._zeros_like(grad)

            square_avg = state['square_avg']
            alpha = group['alpha']

            state['step'] += 1

            if group['weight_decay'] != 0:
                grad = grad.add(group['weight_decay'], p.data)

            square_avg.mul_(alpha).addcmul_(1 - alpha, grad, grad)

            if group['centered']:
                grad_avg = state['grad_avg']
                grad_avg.mul_(alpha).add_(1 - alpha, grad)
                avg = square_avg.addcmul(-1, grad_avg, grad_avg).sqrt().add_(group['eps'])
            else:
                avg = square_avg.sqrt().add_(group['eps'])

            if group['momentum'] > 0:
                buf = state['momentum_buffer']
                buf.mul_(group['momentum']).addcdiv_(grad, avg)
                p.data.add_(-group['lr'], buf)
            else:
                p.data.addcdiv_(-group['lr'], grad, avg)

        return loss
