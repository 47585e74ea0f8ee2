"""The ``CopySlices`` graph op: after an in-place op through a view, the base's new history.

Recorded by ``dispatch`` (its gradient flows to the old base outside the view's elements and to
the view's new history inside them); the backward uses only the backend vocabulary, so it lives
below both ``dispatch`` and ``backend_variable``.
"""
from .registry import register


def _copy_slices_back(ctx, g):
    index = ctx.params['index']
    B = ctx.B
    return (B.zero_flat(g, index) if ctx.needs[0] else None,
            B.take_flat(g, index) if ctx.needs[1] else None)


COPY_SLICES = register(
    'copy_slices', lambda base, view, index: base, _copy_slices_back,
    grad_fn='CopySlices', argnames=('self', 'view'),
    parity_exempt='graph rewrite for in-place ops through views; tested in test_inplace_views')
