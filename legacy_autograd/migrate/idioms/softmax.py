"""The softmax family without ``dim``: 0.3's implicit choice, written out."""

import libcst as cst

from ..build import find_kw, kwarg, positional, with_arg
from ..registry import Rule, register

SOFTMAX_QUALS = {'torch.nn.functional.' + n for n in ('softmax', 'log_softmax', 'softmin')}
SOFTMAX_MODULE_QUALS = {'torch.nn.' + n for n in ('Softmax', 'LogSoftmax', 'Softmin')}


def implicit_dim(ndim):
    return 0 if ndim in (0, 1, 3) else 1


def known_dim(ndims):
    """The dim 0.3 picked for every rank in ``ndims``, or None (unknown ranks, or they disagree)."""
    if not ndims or None in ndims:
        return None
    dims = {implicit_dim(n) for n in ndims}
    return dims.pop() if len(dims) == 1 else None


def _ranks(ndims):
    return '/'.join(str(n) for n in sorted(ndims))


def softmax_reason(fn, ndims):
    known = sorted(n for n in ndims if n is not None)
    if len(known) > 1:
        what = 'it gets inputs of different dimensionality ({})'.format(
            ', '.join('{}-D'.format(n) for n in known))
    else:
        what = "its input's dimensionality is not known here"
    return ('{} without dim: {}. 0.3 used dim=0 for 0-, 1- and 3-D input and dim=1 otherwise '
            '(modern torch warns and applies the same rule); add dim= explicitly, '
            'usually dim=1 for (batch, classes); beware dim=-1 on 3-D input'.format(fn, what))


@register
class SoftmaxDim(Rule):
    """``F.softmax(x)``, ``F.log_softmax(x)``, ``F.softmin(x)``, ``nn.Softmax()``, ``nn.LogSoftmax()``,
    ``nn.Softmin()`` without ``dim`` -> ``dim=`` written out: 0 for 0-, 1- and 3-D input, 1
    otherwise (0.3's implicit rule, which modern torch applies with a warning).  The input's
    rank comes from the static analysis or, with ``--trace``, from the run; unknown ranks, or
    ranks that would pick different dims, are flagged."""

    name = 'softmax-dim'
    legacy = '`F.softmax(x)`, `F.log_softmax(x)`, `F.softmin(x)`, `nn.Softmax()`, `nn.LogSoftmax()`'
    modern = '`dim=0` for 0-, 1- and 3-D input, `dim=1` otherwise'
    why = "0.3's implicit rule, written out; flagged when the input's rank is unknown (`--trace` knows it)"

    def leave_Call(self, m, original, updated):
        q = m.qualified(original.func)
        if q in SOFTMAX_QUALS:
            return self.function(m, original, updated, q)
        if q in SOFTMAX_MODULE_QUALS:
            return self.module(m, original, updated, q)
        return updated

    def function(self, m, original, updated, q):
        pos = positional(updated)
        if len(pos) >= 2 or find_kw(updated, 'dim') is not None or any(a.star for a in updated.args):
            return updated
        fn = q.split('.')[-1]
        ndims = m.an.softmax_inputs.get(original, {None})
        dim = known_dim(ndims)
        if dim is not None:
            new = with_arg(updated, kwarg('dim', cst.Integer(str(dim))))
            m.change(original, 'softmax-dim', new,
                     note='input is {}-D; 0.3 picked dim={}'.format(_ranks(ndims), dim))
            return new
        m.flag(original, 'softmax-dim', softmax_reason(fn, ndims))
        return updated

    def module(self, m, original, updated, q):
        if updated.args:
            return updated
        name = q.split('.')[-1]
        ndims = m.an.softmax_inputs.get(original)
        dim = known_dim(ndims)
        if dim is not None:
            new = with_arg(updated, kwarg('dim', cst.Integer(str(dim))))
            m.change(original, 'softmax-dim', new,
                     note='called on {}-D input; 0.3 picked dim={}'.format(_ranks(ndims), dim))
            return new
        if not ndims:
            reason = ('nn.{}() without dim: where this module is called cannot be traced here. '
                      '0.3 used dim=0 for 0-, 1- and 3-D input and dim=1 otherwise; add dim= '
                      'explicitly').format(name)
        else:
            reason = softmax_reason('nn.{}()'.format(name), ndims)
        m.flag(original, 'softmax-dim', reason)
        return updated
