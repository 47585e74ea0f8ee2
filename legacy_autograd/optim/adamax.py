"""``torch.optim.Adamax`` (0.3): Adam with the infinity norm."""
from .optimizer import Optimizer, torch_namespace


class Adamax(Optimizer):
    """Adamax (Kingma & Ba, section 7)::

        m = beta1 * m + (1 - beta1) * g
        u = max(beta2 * u, |g| + eps)
        p = p - lr / (1 - beta1**t) * m / u
    """

    def __init__(self, params, lr=2e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0):
        defaults = dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay)
        super(Adamax, self).__init__(params, defaults)

    def step(self, closure=None):
        """One update; ``closure`` (optional) re-evaluates the model and returns the loss."""
        torch = torch_namespace()
        loss = self._closure_loss(closure)

        for group, p, grad, state in self._params_with_grad():
            if len(state) == 0:
                state['step'] = 0
                state['exp_avg'] = self._zeros_like(grad)
                state['exp_inf'] = self._zeros_like(grad)

            exp_avg, exp_inf = state['exp_avg'], state['exp_inf']
            beta1, beta2 = group['betas']
            eps = group['eps']

            state['step'] += 1

            if group['weight_decay'] != 0:
                grad = grad.add(group['weight_decay'], p.data)

            exp_avg.mul_(beta1).add_(1 - beta1, grad)
            # 0.3 stacked both candidates and took torch.max over dim 0 into exp_inf;
            # the element-wise maximum is the same numbers.
            exp_inf.mul_(beta2)
            torch.max(exp_inf, grad.abs().add_(eps), out=exp_inf)

            bias_correction = 1 - beta1 ** state['step']
            clr = group['lr'] / bias_correction

            p.data.addcdiv_(-clr, exp_avg, exp_inf)

        return loss
