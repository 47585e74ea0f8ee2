"""``torch.optim.Adagrad`` (0.3): learning-rate decay, weight decay."""
from .optimizer import Optimizer
from ..sparse import add_to_dense_, sparse_mask


def _like(grad, values):
    """A sparse tensor with ``grad``'s (coalesced) indices and size and the given values."""
    return grad.new(grad._indices(), values, grad.size())


class Adagrad(Optimizer):
    """Adagrad (Duchi et al.)::

        clr = lr / (1 + (t - 1) * lr_decay)
        s = s + g * g
        p = p - clr * g / (sqrt(s) + 1e-10)

    As in 0.3 the state (``step`` = 0 and ``sum``) is created when parameters are added,
    so ``state_dict()`` holds it before the first step.

    ``initial_accumulator_value`` (the starting value of ``sum``) came to PyTorch around
    the 0.3/0.4 boundary; it is accepted and only stored in the groups when non-zero, so
    0.3 code sees 0.3's group keys.
    """

    def __init__(self, params, lr=1e-2, lr_decay=0, weight_decay=0,
                 initial_accumulator_value=0):
        defaults = dict(lr=lr, lr_decay=lr_decay, weight_decay=weight_decay)
        if initial_accumulator_value != 0:
            defaults['initial_accumulator_value'] = initial_accumulator_value
        super(Adagrad, self).__init__(params, defaults)

    def _init_group_state(self, group):
        init = group.get('initial_accumulator_value', 0)
        for p in group['params']:
            state = self.state[p]
            state['step'] = 0
            state['sum'] = p.data.new().resize_as_(p.data).fill_(init)

    def share_memory(self):
        for group in self.param_groups:
            for p in group['params']:
                state = self.state[p]
                state['sum'].share_memory_()

    def step(self, closure=None):
        """One update; ``closure`` (optional) re-evaluates the model and returns the loss."""
        loss = self._closure_loss(closure)

        for group, p, grad, state in self._params_with_grad():
            state['step'] += 1

            if group['weight_decay'] != 0:
                if grad.is_sparse:
                    raise RuntimeError("weight_decay option is not compatible with sparse gradients")
                grad = grad.add(group['weight_decay'], p.data)

            clr = group['lr'] / (1 + (state['step'] - 1) * group['lr_decay'])

            if grad.is_sparse:
                # the update is not linear in the gradient: sum repeated indices first
                grad = grad.coalesce()
                values = grad._values()
                add_to_dense_(state['sum'], 1, _like(grad, values.pow(2)))
                std_values = sparse_mask(state['sum'], grad)._values().sqrt_().add_(1e-10)
                add_to_dense_(p.data, -clr, _like(grad, values / std_values))
            else:
                state['sum'].addcmul_(1, grad, grad)
                std = state['sum'].sqrt().add_(1e-10)
                p.data.addcdiv_(-clr, grad, std)

        return loss
