"""Loss arguments: ``size_average=`` / ``reduce=`` became ``reduction=``."""

import libcst as cst

from ..build import NO_SPACE, find_kw, kwarg, positional, with_arg, without_args
from ..infer import literal_bool
from ..registry import Rule, register

# 0.3 parameter lists (the positions size_average/reduce can be passed at)
LOSS_MODULES = {
    'L1Loss': ['size_average', 'reduce'],
    'MSELoss': ['size_average', 'reduce'],
    'NLLLoss': ['weight', 'size_average', 'ignore_index', 'reduce'],
    'NLLLoss2d': ['weight', 'size_average', 'ignore_index', 'reduce'],
    'CrossEntropyLoss': ['weight', 'size_average', 'ignore_index', 'reduce'],
    'PoissonNLLLoss': ['log_input', 'full', 'size_average', 'eps'],
    'KLDivLoss': ['size_average', 'reduce'],
    'BCELoss': ['weight', 'size_average'],
    'BCEWithLogitsLoss': ['weight', 'size_average'],
    'HingeEmbeddingLoss': ['margin', 'size_average'],
    'MultiLabelMarginLoss': ['size_average'],
    'SmoothL1Loss': ['size_average', 'reduce'],
    'SoftMarginLoss': ['size_average'],
    'MultiLabelSoftMarginLoss': ['weight', 'size_average'],
    'CosineEmbeddingLoss': ['margin', 'size_average'],
    'MarginRankingLoss': ['margin', 'size_average'],
    'MultiMarginLoss': ['p', 'margin', 'weight', 'size_average'],
}
LOSS_FUNCTIONS = {
    'nll_loss': ['input', 'target', 'weight', 'size_average', 'ignore_index', 'reduce'],
    'cross_entropy': ['input', 'target', 'weight', 'size_average', 'ignore_index', 'reduce'],
    'poisson_nll_loss': ['input', 'target', 'log_input', 'full', 'size_average', 'eps'],
    'kl_div': ['input', 'target', 'size_average', 'reduce'],
    'binary_cross_entropy': ['input', 'target', 'weight', 'size_average'],
    'binary_cross_entropy_with_logits': ['input', 'target', 'weight', 'size_average'],
    'smooth_l1_loss': ['input', 'target', 'size_average', 'reduce'],
    'l1_loss': ['input', 'target', 'size_average', 'reduce'],
    'mse_loss': ['input', 'target', 'size_average', 'reduce'],
    'margin_ranking_loss': ['input1', 'input2', 'target', 'margin', 'size_average'],
    'hinge_embedding_loss': ['input', 'target', 'margin', 'size_average'],
    'multilabel_margin_loss': ['input', 'target', 'size_average'],
    'soft_margin_loss': ['input', 'target', 'size_average'],
    'multilabel_soft_margin_loss': ['input', 'target', 'weight', 'size_average'],
    'cosine_embedding_loss': ['input1', 'input2', 'target', 'margin', 'size_average'],
    'multi_margin_loss': ['input', 'target', 'p', 'margin', 'weight', 'size_average'],
}


@register
class LossReduction(Rule):
    """``size_average=False`` / ``reduce=False`` (keyword or positional) on a loss module or
    function -> ``reduction='sum'`` / ``reduction='none'``; ``size_average=True`` (the default
    ``'mean'``) is dropped; non-literal flags become ``reduction='mean' if avg else 'sum'``."""

    name = 'loss-reduction'
    legacy = '`size_average=False` / `reduce=False` (keyword or positional)'
    modern = "`reduction='sum'` / `reduction='none'`"
    why = "deprecated; `size_average=True` is the default `'mean'` and is dropped"

    def leave_Call(self, m, original, updated):
        q = m.qualified(original.func)
        if q is None:
            return updated
        short = q.split('.')[-1]
        if q.startswith('torch.nn.') and q.count('.') == 2 and short in LOSS_MODULES:
            return self.rewrite(m, original, updated, LOSS_MODULES[short])
        if q.startswith('torch.nn.functional.') and short in LOSS_FUNCTIONS:
            return self.rewrite(m, original, updated, LOSS_FUNCTIONS[short])
        return updated

    def rewrite(self, m, original, updated, params):
        if any(a.star for a in updated.args):
            return updated
        pos = positional(updated)
        if 'size_average' not in params:
            return updated
        sa_index = params.index('size_average')
        has_kw = find_kw(updated, 'size_average') or find_kw(updated, 'reduce')
        if not has_kw and len(pos) <= sa_index:
            return updated
        # positional arguments from size_average on become keywords
        args = []
        for i, a in enumerate(updated.args):
            if a.keyword is None and not a.star and i >= sa_index and i < len(params):
                a = a.with_changes(keyword=cst.Name(params[i]), equal=cst.AssignEqual(**NO_SPACE))
            args.append(a)
        call = updated.with_changes(args=args)
        sa = find_kw(call, 'size_average')
        rd = find_kw(call, 'reduce')
        sa_v = None if sa is None else literal_bool(sa.value)
        rd_v = None if rd is None else literal_bool(rd.value)
        if sa is None or sa_v is True:
            inner = "'mean'"
        elif sa_v is False:
            inner = "'sum'"
        else:
            inner = "'mean' if {} else 'sum'".format(m.code(sa.value))
        if rd is None or rd_v is True:
            expr = inner
        elif rd_v is False:
            expr = "'none'"
        else:
            inner_p = inner if inner.startswith("'") and ' ' not in inner else '(' + inner + ')'
            expr = "{} if {} else 'none'".format(inner_p, m.code(rd.value))
        new = without_args(call, [x for x in (sa, rd) if x is not None])
        if expr != "'mean'":
            new = with_arg(new, kwarg('reduction', cst.parse_expression(expr)))
        note = None
        if expr == "'mean'":
            note = "reduction='mean' is the default"
        m.change(original, 'loss-reduction', new, note=note)
        return new
