"""``torch.optim.LBFGS`` (0.3): limited-memory BFGS with a fixed step (no line search)."""
from functools import reduce

from .optimizer import Optimizer, scalar, torch_namespace


class LBFGS(Optimizer):
    """L-BFGS as 0.3 shipped it.

    ``step(closure)`` runs up to ``max_iter`` iterations (and ``max_eval`` closure
    evaluations).  Each iteration builds a direction from the last ``history_size``
    curvature pairs (two-loop recursion), moves all parameters by ``t * d`` with
    ``t = min(1, 1/sum|g|) * lr`` on the very first iteration and ``t = lr`` afterwards,
    and re-evaluates the closure.  It stops early when ``sum|g| <= tolerance_grad``, when
    the directional derivative is above ``-tolerance_change``, when the step
    ``sum|t * d|`` or the loss change falls below ``tolerance_change``.

    Only one parameter group is supported; ``line_search_fn`` must be None (0.3 had
    none).  The history lives in ``state`` of the first parameter and carries over
    between ``step`` calls.  ``step`` returns the closure's first result, or the loss as
    a Python float if the gradient was already below ``tolerance_grad``.
    """

    def __init__(self, params, lr=1, max_iter=20, max_eval=None, tolerance_grad=1e-5,
                 tolerance_change=1e-9, history_size=100, line_search_fn=None):
        if max_eval is None:
            max_eval = max_iter * 5 // 4
        defaults = dict(lr=lr, max_iter=max_iter, max_eval=max_eval,
                        tolerance_grad=tolerance_grad, tolerance_change=tolerance_change,
                        history_size=history_size, line_search_fn=line_search_fn)
        super(LBFGS, self).__init__(params, defaults)

        if len(self.param_groups) != 1:
            raise ValueError("LBFGS doesn't support per-parameter options "
                             "(parameter groups)")

        self._params = self.param_groups[0]['params']
        self._numel_cache = None

    def _numel(self):
        if self._numel_cache is None:
            self._numel_cache = reduce(lambda total, p: total + p.numel(), self._params, 0)
        return self._numel_cache

    def _gather_flat_grad(self):
        torch = torch_namespace()
        pieces = []
        for p in self._params:
            if p.grad is None:
                pieces.append(p.data.new(p.data.numel()).zero_())
            else:
                pieces.append(p.grad.data.view(-1))
        return torch.cat(pieces, 0)

    def _add_grad(self, step_size, update):
        offset = 0
        for p in self._params:
            n = p.numel()
            p.data.add_(step_size, update[offset:offset + n].view_as(p.data))
            offset += n
        assert offset == self._numel()

    def step(self, closure):
        """Run the iterations; ``closure`` must re-evaluate the model (zeroing the
        gradients and calling ``backward``) and return the loss."""
        torch = torch_namespace()
        assert len(self.param_groups) == 1

        group = self.param_groups[0]
        lr = group['lr']
        max_iter = group['max_iter']
        max_eval = group['max_eval']
        tolerance_grad = group['tolerance_grad']
        tolerance_change = group['tolerance_change']
        line_search_fn = group['line_search_fn']
        history_size = group['history_size']

        state = self.state[self._params[0]]
        state.setdefault('func_evals', 0)
        state.setdefault('n_iter', 0)

        orig_loss = closure()
        loss = scalar(orig_loss)
        current_evals = 1
        state['func_evals'] += 1

        flat_grad = self._gather_flat_grad()
        abs_grad_sum = flat_grad.abs().sum()

        if abs_grad_sum <= tolerance_grad:
            return loss

        # what the previous call left behind
        d = state.get('d')
        t = state.get('t')
        old_dirs = state.get('old_dirs')
        old_stps = state.get('old_stps')
        H_diag = state.get('H_diag')
        prev_flat_grad = state.get('prev_flat_grad')
        prev_loss = state.get('prev_loss')

        n_iter = 0
        while n_iter < max_iter:
            n_iter += 1
            state['n_iter'] += 1

            if state['n_iter'] == 1:
                d = flat_grad.neg()
                old_dirs = []
                old_stps = []
                H_diag = 1
            else:
                # curvature pair of the last move: s = t*d (step), y = change of gradient
                y = flat_grad.sub(prev_flat_grad)
                s = d.mul(t)
                ys = y.dot(s)
                if ys > 1e-10:
                    if len(old_dirs) == history_size:
                        old_dirs.pop(0)
                        old_stps.pop(0)
                    old_dirs.append(s)
                    old_stps.append(y)
                    H_diag = ys / y.dot(y)

                # two-loop recursion: d = -H g with the stored pairs
                num_old = len(old_dirs)
                if 'ro' not in state:
                    state['ro'] = [None] * history_size
                    state['al'] = [None] * history_size
                ro = state['ro']
                al = state['al']

                for i in range(num_old):
                    ro[i] = 1. / old_stps[i].dot(old_dirs[i])

                q = flat_grad.neg()
                for i in range(num_old - 1, -1, -1):
                    al[i] = old_dirs[i].dot(q) * ro[i]
                    q.add_(-al[i], old_stps[i])

                d = r = torch.mul(q, H_diag)
                for i in range(num_old):
                    beta = old_stps[i].dot(r) * ro[i]
                    r.add_(al[i] - beta, old_dirs[i])

            if prev_flat_grad is None:
                prev_flat_grad = flat_grad.clone()
            else:
                prev_flat_grad.copy_(flat_grad)
            prev_loss = loss

            if state['n_iter'] == 1:
                t = min(1., 1. / abs_grad_sum) * lr
            else:
                t = lr

            gtd = flat_grad.dot(d)

            ls_func_evals = 0
            if line_search_fn is not None:
                raise RuntimeError('line search function is not supported yet')
            else:
                self._add_grad(t, d)
                if n_iter != max_iter:
                    loss = scalar(closure())
                    flat_grad = self._gather_flat_grad()
                    abs_grad_sum = flat_grad.abs().sum()
                    ls_func_evals = 1

            current_evals += ls_func_evals
            state['func_evals'] += ls_func_evals

            if n_iter == max_iter:
                break
            if current_evals >= max_eval:
                break
            if abs_grad_sum <= tolerance_grad:
                break
            if gtd > -tolerance_change:
                break
            if d.mul(t).abs_().sum() <= tolerance_change:
                break
            if abs(loss - prev_loss) < tolerance_change:
                break

        state['d'] = d
        state['t'] = t
        state['old_dirs'] = old_dirs
        state['old_stps'] = old_stps
        state['H_diag'] = H_diag
        state['prev_flat_grad'] = prev_flat_grad
        state['prev_loss'] = prev_loss

        return orig_loss
