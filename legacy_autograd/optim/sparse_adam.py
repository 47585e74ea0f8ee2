"""``torch.optim.SparseAdam`` (0.3): Adam for sparse gradients (``nn.Embedding(sparse=True)``)."""
import math

from .optimizer import Optimizer
from ..sparse import add_to_dense_, sparse_mask


class SparseAdam(Optimizer):
    """Adam for sparse gradients: only the moments (and parameters) at the gradient's
    indices are updated.  Per step, with ``g`` the coalesced gradient values and ``m``/``v``
    the moments at its indices::

        m += (1 - beta1) * (g - m);   v += (1 - beta2) * (g*g - v)
        p -= lr * sqrt(1 - beta2^t) / (1 - beta1^t) * m / (sqrt(v) + eps)

    A dense gradient is an error (``Adam`` handles those), as in 0.3.
    """

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8):
        defaults = dict(lr=lr, betas=betas, eps=eps)
        super(SparseAdam, self).__init__(params, defaults)

    def step(self, closure=None):
        """One update; ``closure`` (optional) re-evaluates the model and returns the loss."""
        loss = self._closure_loss(closure)

        for group, p, grad, state in self._params_with_grad():
            if not grad.is_sparse:
                raise RuntimeError('SparseAdam does not support dense gradients, '
                                   'please consider Adam instead')
            if len(state) == 0:
                state['step'] = 0
                state['exp_avg'] = self._zeros_like(p.data)
                state['exp_avg_sq'] = self._zeros_like(p.data)
            state['step'] += 1

            grad = grad.coalesce()
            values = grad._values()

            def make_sparse(v):
                return grad.new(grad._indices(), v, grad.size())

            exp_avg, exp_avg_sq = state['exp_avg'], state['exp_avg_sq']
            beta1, beta2 = group['betas']

            old_avg = sparse_mask(exp_avg, grad)._values()
            avg_update = values.sub(old_avg).mul_(1 - beta1)
            add_to_dense_(exp_avg, 1, make_sparse(avg_update))
            old_sq = sparse_mask(exp_avg_sq, grad)._values()
            sq_update = values.pow(2).sub_(old_sq).mul_(1 - beta2)
            add_to_dense_(exp_avg_sq, 1, make_sparse(sq_update))

            numer = avg_update.add_(old_avg)
            denom = sq_update.add_(old_sq).sqrt_().add_(group['eps'])

            bias1 = 1 - beta1 ** state['step']
            bias2 = 1 - beta2 ** state['step']
            step_size = group['lr'] * math.sqrt(bias2) / bias1
            add_to_dense_(p.data, 1, make_sparse(numer.div_(denom).mul_(-step_size)))

        return loss
