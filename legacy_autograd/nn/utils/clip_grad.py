"""``clip_grad_norm`` (0.3.1) and its 0.4 spelling ``clip_grad_norm_``.

The total norm is taken over all gradients together, as if concatenated;
``norm_type`` is any p > 0 or ``float('inf')`` (also the string ``'inf'``).
Each gradient's norm comes from the tensor ``norm`` (a Python float computed in
double, like TH's accreal), and the total is returned as a **Python float**
(modern torch returns a tensor).  When ``max_norm / (total + 1e-6) < 1`` every
gradient is multiplied in place by that coefficient.  Parameters without a
gradient are skipped (with none left, a finite ``norm_type`` gives 0 and ``inf`` raises
``ValueError``, as in 0.3).
"""
__all__ = ['clip_grad_norm', 'clip_grad_norm_']


def clip_grad_norm(parameters, max_norm, norm_type=2):
    """Clip the gradient norm of ``parameters`` in place; return the total norm (a float)."""
    parameters = list(filter(lambda p: p.grad is not None, parameters))
    max_norm = float(max_norm)
    norm_type = float(norm_type)
    if norm_type == float('inf'):
        total_norm = max(p.grad.data.abs().max() for p in parameters)
    else:
        total_norm = 0
        for p in parameters:
            param_norm = p.grad.data.norm(norm_type)
            total_norm += param_norm ** norm_type
        total_norm = total_norm ** (1. / norm_type)
    clip_coef = max_norm / (total_norm + 1e-6)
    if clip_coef < 1:
        for p in parameters:
            p.grad.data.mul_(clip_coef)
    return total_norm


clip_grad_norm_ = clip_grad_norm
