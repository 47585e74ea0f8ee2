"""``torch.optim.SGD`` (0.3): momentum, dampening, Nesterov momentum, weight decay."""
from .optimizer import Optimizer, required
from ..ops.arithmetic import ADD_ALPHA
from ..ops.dispatch import call_inplace
from ..ops._common import scalar_for
from .. import _fastpaths
from ..sparse import add_to_dense_


def _add_scaled_(t, value, other):
    """``t.add_(value, other)``: the registry op that method runs, called directly when the
    two tensors have the same shape (its argument parsing and broadcast checks then have
    nothing to do); a sparse ``other`` (a sparse gradient) is added value by value, as
    0.3's dense-plus-sparse ``add_`` did; anything else goes through the method."""
    if other.is_sparse:
        return add_to_dense_(t, value, other)
    if t._a.shape != other._a.shape:
        return t.add_(value, other)
    return call_inplace(ADD_ALPHA, [t, other], {'alpha': scalar_for(t, value)})


def _add_scaled_general(t, value, other):          # reference mode: the method
    if other.is_sparse:
        return add_to_dense_(t, value, other)
    return t.add_(value, other)


_fastpaths.code_pair(_add_scaled_, _add_scaled_general)


class SGD(Optimizer):
    """Stochastic gradient descent, optionally with (Nesterov) momentum.

    Per parameter, with ``g`` its gradient::

        g = g + weight_decay * p          (0.3 adds this into p.grad in place)
        buf = g  (first step, a copy)     |  buf = momentum * buf + (1 - dampening) * g
        g = g + momentum * buf  (nesterov)  |  g = buf
        p = p - lr * g

    ``lr`` has no default: ``SGD(params)`` raises "parameter group didn't specify a value
    of required optimization parameter lr".
    """

    def __init__(self, params, lr=required, momentum=0, dampening=0,
                 weight_decay=0, nesterov=False):
        defaults = dict(lr=lr, momentum=momentum, dampening=dampening,
                        weight_decay=weight_decay, nesterov=nesterov)
        if nesterov and (momentum <= 0 or dampening != 0):
            raise ValueError('Nesterov momentum requires a momentum and zero dampening')
        super(SGD, self).__init__(params, defaults)

    def __setstate__(self, state):
        super(SGD, self).__setstate__(state)
        for group in self.param_groups:
            group.setdefault('nesterov', False)

    def step(self, closure=None):
        """One update; ``closure`` (optional) re-evaluates the model and returns the loss."""
        loss = self._closure_loss(closure)

        for group in self.param_groups:
            weight_decay = group['weight_decay']
            momentum = group['momentum']
            dampening = group['dampening']
            nesterov = group['nesterov']

            for p in group['params']:
                grad = p.grad
                if grad is None:
                    continue
                d_p = grad.data
                if weight_decay != 0:
                    _add_scaled_(d_p, weight_decay, p.data)
                if momentum != 0:
                    param_state = self.state[p]
                    if 'momentum_buffer' not in param_state:
                        buf = param_state['momentum_buffer'] = d_p.clone()
                    else:
                        buf = param_state['momentum_buffer']
                        buf.mul_(momentum).add_(1 - dampening, d_p)
                    if nesterov:
                        d_p = d_p.add(momentum, buf)
                    else:
                        d_p = buf

                _add_scaled_(p.data, -group['lr'], d_p)

        return loss
