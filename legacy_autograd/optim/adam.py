"""``torch.optim.Adam`` (0.3), with the AMSGrad variant."""
import math

from .optimizer import Optimizer, torch_namespace


class Adam(Optimizer):
    """Adam (Kingma & Ba), with 0.3's placement of ``eps`` and bias corrections::

        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g * g
        denom = sqrt(v) + eps                      (AMSGrad: sqrt(max of all v) + eps)
        step_size = lr * sqrt(1 - beta2**t) / (1 - beta1**t)
        p = p - step_size * m / denom

    ``eps`` is added before the second-moment bias correction is applied (modern torch
    adds it after), so with a large ``eps`` the two differ; with the default 1e-8 they
    agree to float32 precision.

    ``amsgrad`` came to PyTorch just after 0.3.0; it is accepted here and only appears in
    the parameter groups when it was passed as True (so 0.3 code sees 0.3's group keys).
    """

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
                 weight_decay=0, amsgrad=False):
        defaults = dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay)
        if amsgrad:
            defaults['amsgrad'] = amsgrad
        super(Adam, self).__init__(params, defaults)

    def step(self, closure=None):
        """One update; ``closure`` (optional) re-evaluates the model and returns the loss."""
        loss = self._closure_loss(closure)

        for group, p, grad, state in self._params_with_grad():
            amsgrad = group.get('amsgrad', False)

            if len(state) == 0:
                state['step'] = 0
                state['exp_avg'] = self._zeros_like(grad)
                state['exp_avg_sq'] = self._zeros_like(grad)
                if amsgrad:
                    state['max_exp_avg_sq'] = self._zeros_like(grad)

            exp_avg, exp_avg_sq = state['exp_avg'], state['exp_avg_sq']
            beta1, beta2 = group['betas']

            state['step'] += 1

            if group['weight_decay'] != 0:
                grad = grad.add(group['weight_decay'], p.data)

            exp_avg.mul_(beta1).add_(1 - beta1, grad)
            exp_avg_sq.mul_(beta2).addcmul_(1 - beta2, grad, grad)
            if amsgrad:
                if 'max_exp_avg_sq' not in state:
                    state['max_exp_avg_sq'] = self._zeros_like(grad)
                max_exp_avg_sq = state['max_exp_avg_sq']
                torch_namespace().max(max_exp_avg_sq, exp_avg_sq, out=max_exp_avg_sq)
                denom = max_exp_avg_sq.sqrt().add_(group['eps'])
            else:
                denom = exp_avg_sq.sqrt().add_(group['eps'])

            bias_correction1 = 1 - beta1 ** state['step']
            bias_correction2 = 1 - beta2 ** state['step']
            step_size = group['lr'] * math.sqrt(bias_correction2) / bias_correction1

            p.data.addcdiv_(-step_size, exp_avg, denom)

        return loss
