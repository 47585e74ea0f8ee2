"""``torch.optim.Rprop`` (0.3): resilient backpropagation."""
from .optimizer import Optimizer


class Rprop(Optimizer):
    """Rprop: every element has its own step size.  Where the gradient kept its sign since
    the previous step the size grows by ``etas[1]``; where it flipped the size shrinks by
    ``etas[0]`` and the element is left alone this step (its remembered gradient becomes
    0); sizes are kept within ``step_sizes``.  The move is ``p = p - sign(g) * size``.
    """

    def __init__(self, params, lr=1e-2, etas=(0.5, 1.2), step_sizes=(1e-6, 50)):
        defaults = dict(lr=lr, etas=etas, step_sizes=step_sizes)
        super(Rprop, self).__init__(params, defaults)

    def step(self, closure=None):
        """One update; ``closure`` (optional) re-evaluates the model and returns the loss."""
        loss = self._closure_loss(closure)

        for group in self.param_groups:
            shrink, grow = group['etas']
            lo, hi = group['step_sizes']
            for p in group['params']:
                if p.grad is None:
                    continue
                g = p.grad.data
                st = self.state[p]
                if not st:
                    st['step'] = 0
                    st['prev'] = self._zeros_like(g)
                    st['step_size'] = g.new().resize_as_(g).fill_(group['lr'])
                st['step'] += 1

                trend = g.mul(st['prev']).sign()      # +1 kept sign, -1 flipped, 0 unknown
                flipped = trend.lt(0)
                factor = trend.clone()
                factor[trend.gt(0)] = grow
                factor[flipped] = shrink
                factor[trend.eq(0)] = 1
                sizes = st['step_size']
                sizes.mul_(factor).clamp_(lo, hi)

                g = g.clone()
                g[flipped] = 0
                p.data.addcmul_(-1, g.sign(), sizes)
                st['prev'].copy_(g)

        return loss
