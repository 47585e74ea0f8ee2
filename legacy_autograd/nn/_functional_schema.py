"""``torch.nn.functional`` of 0.3.1, declared in the op schema (``legacy_autograd/ops/schema.py``).

One :func:`~legacy_autograd.ops.schema.declare` per public function of 0.3.1's
``torch.nn.functional`` (its 80 functions; ``layer_norm`` and ``instance_norm`` came in 0.4):

* the body (``impl``) is the existing front-end of ``functional.py`` and its ``_functional_*``
  modules, with 0.3.1's signature and defaults (checked against 0.3.1's by
  ``compat_tests/test_functional_schema.py``); the public ``F.<name>`` is generated from it
  (``variants=('functional',)``; ``clean_errors`` where 0.3.1 raised a ``TypeError`` naming a
  non-tensor argument) and installed by ``functional.py``;
* ``kernels``: the registry ops the body runs (numpy forward, vector-Jacobian product, 0.3
  ``grad_fn`` name; composites built from other public ops list none);
* ``modern``: the modern-torch spelling with the argument mapping (``size_average`` /
  ``reduce`` -> ``reduction``, softmax's implicit dim made explicit as 0.3 chose it,
  ``align_corners=True`` for 0.3's corner-aligned sampling, 0.3.1's own distance formulas);
* ``calls``: sample calls; ``compat_tests/test_schema_parity.py`` runs each as
  ``F.<name>(...)`` on Variables (float and double) against modern torch: values, exact
  shapes, the ``grad_fn`` name (fixture ``schema_grad_fns.json``) and the gradients of every
  input through ``backward()``;
* ``shape``: ``'pointwise'`` (activations), ``'loss'`` (a size-1 Variable; the input's shape
  with ``reduce=False``), ``'other'``; ``facts={'implicit_dim': True}`` for the softmax
  family.  The migrator reads these (``schema.op_facts()``).
"""
from ..ops.schema import declare, Call, Const, X, Y, Z, W, V
from ..ops import nn_ops as _ops
from ..ops import nn_loss_ops as _loss_ops

#: 0.3.1's ``torch.nn.functional`` public functions (their names; the signatures are the
#: bodies' own)
NAMES = (
    'adaptive_avg_pool1d', 'adaptive_avg_pool2d', 'adaptive_avg_pool3d', 'adaptive_max_pool1d',
    'adaptive_max_pool2d', 'adaptive_max_pool3d', 'affine_grid', 'alpha_dropout', 'avg_pool1d',
    'avg_pool2d', 'avg_pool3d', 'batch_norm', 'bilinear', 'binary_cross_entropy',
    'binary_cross_entropy_with_logits', 'conv1d', 'conv2d', 'conv3d', 'conv_transpose1d',
    'conv_transpose2d', 'conv_transpose3d', 'cosine_embedding_loss', 'cosine_similarity',
    'cross_entropy', 'dropout', 'dropout2d', 'dropout3d', 'elu', 'embedding', 'embedding_bag',
    'glu', 'grid_sample', 'hardshrink', 'hardtanh', 'hinge_embedding_loss', 'kl_div', 'l1_loss',
    'leaky_relu', 'linear', 'log_softmax', 'logsigmoid', 'lp_pool1d', 'lp_pool2d',
    'margin_ranking_loss', 'max_pool1d', 'max_pool2d', 'max_pool3d', 'max_unpool1d',
    'max_unpool2d', 'max_unpool3d', 'mse_loss', 'multi_margin_loss', 'multilabel_margin_loss',
    'multilabel_soft_margin_loss', 'nll_loss', 'normalize', 'pad', 'pairwise_distance',
    'pixel_shuffle', 'poisson_nll_loss', 'prelu', 'relu', 'relu6', 'rrelu', 'selu', 'sigmoid',
    'smooth_l1_loss', 'soft_margin_loss', 'softmax', 'softmin', 'softplus', 'softshrink',
    'softsign', 'tanh', 'tanhshrink', 'threshold', 'triplet_margin_loss', 'upsample',
    'upsample_bilinear', 'upsample_nearest',
)


# ------------------------------------------------------------------ modern spellings
def _F(torch):
    return torch.nn.functional


def reduction(size_average=True, reduce=True):
    """0.3's ``size_average`` / ``reduce`` as modern torch's ``reduction``."""
    if not reduce:
        return 'none'
    return 'mean' if size_average else 'sum'


def implicit_dim(ndim):
    """The dim 0.3.1's softmax / log_softmax / softmin chose when none was given."""
    return 0 if ndim in (0, 1, 3) else 1


def _softmax_modern(fname, negate=False):
    def modern(torch, x, dim=None, _stacklevel=3):
        d = implicit_dim(x.dim()) if dim is None else dim
        return getattr(_F(torch), fname)(-x if negate else x, dim=d)
    return modern


def _loss(fname, *names):
    """A modern loss taking ``(input, target, <names...>, size_average, reduce)``."""
    def modern(torch, x, t, *args, size_average=True, reduce=True, **kwargs):
        extra = dict(zip(names, args))
        if len(args) > len(names):      # size_average / reduce given by position
            rest = args[len(names):]
            size_average = rest[0]
            if len(rest) > 1:
                reduce = rest[1]
        extra.update(kwargs)
        return getattr(_F(torch), fname)(x, t, reduction=reduction(size_average, reduce),
                                         **extra)
    return modern


def _distance_031(torch, x1, x2, p=2, eps=1e-6):
    # 0.3.1's pairwise_distance: eps added to |x1 - x2| (modern torch adds it to x1 - x2) and
    # the result keeps its reduced dim: (N, 1)
    return ((x1 - x2).abs() + eps).pow(p).sum(1, keepdim=True).pow(1. / p)


def _cosine_similarity_031(torch, x1, x2, dim=1, eps=1e-8):
    w12 = (x1 * x2).sum(dim)
    w1 = x1.norm(2, dim)
    w2 = x2.norm(2, dim)
    return (w12 / (w1 * w2).clamp(min=eps)).squeeze()


def _triplet_031(torch, a, p, n, margin=1.0, norm=2, eps=1e-6, swap=False):
    d_p = _distance_031(torch, a, p, norm, eps)
    d_n = _distance_031(torch, a, n, norm, eps)
    if swap:
        d_n = torch.min(d_n, _distance_031(torch, p, n, norm, eps))
    return (margin + d_p - d_n).clamp(min=0.0).mean()


def _max_pool3d_packed(torch, x, kernel_size, stride=None, padding=0, dilation=1,
                       ceil_mode=False, return_indices=False):
    """Modern max_pool3d; its flat indices as 0.3.1's packed kernel offsets
    (``t | h << 8 | w << 16`` within each window; integer kernel, stride, padding)."""
    out, idx = _F(torch).max_pool3d(x, kernel_size, stride, padding, dilation, ceil_mode, True)
    if not return_indices:
        return out
    s = kernel_size if stride is None else stride
    H, W = x.shape[-2:]
    t, h, w = idx // (H * W), (idx // W) % H, idx % W
    ot, oh, ow = (torch.arange(n).mul(s).sub(padding) for n in out.shape[-3:])
    mz = t - ot.view(-1, 1, 1)
    my = h - oh.view(1, -1, 1)
    mx = w - ow.view(1, 1, -1)
    return out, mz + my * 256 + mx * 65536


def _dropout_modern(fname):
    """0.3.1's dropouts default to ``training=False`` (modern: True)."""
    def modern(torch, x, p=0.5, training=False, inplace=False):
        return getattr(_F(torch), fname)(x, p, training, inplace)
    return modern


def _affine_grid_031(torch, theta, size):
    """0.3.1's affine_grid: its base grid from ``linspace`` of the default type (float32),
    whatever theta's type; corner-aligned."""
    N, C, H, W = size

    def points(n):          # TH's linspace in float: a + i * step, step = (b - a) / (n - 1)
        if n == 1:
            return torch.tensor([-1.0])
        step = torch.tensor(2.0, dtype=torch.float32) / torch.tensor(float(n - 1))
        return torch.tensor(-1.0) + torch.arange(n, dtype=torch.float32) * step
    base = torch.ones(N, H, W, 3, dtype=theta.dtype)
    base[..., 0] = points(W).to(theta.dtype)
    base[..., 1] = points(H).to(theta.dtype).unsqueeze(1)
    return torch.bmm(base.view(N, H * W, 3), theta.transpose(1, 2)).view(N, H, W, 2)


def _upsample_modern(torch, x, size=None, scale_factor=None, mode='nearest'):
    corners = None if mode == 'nearest' else True
    return _F(torch).interpolate(x, size=size, scale_factor=scale_factor, mode=mode,
                                 align_corners=corners)


# ------------------------------------------------------------------ the declarations
SHAPES_4D = {X: (2, 3, 4, 4)}
SHAPES_5D = {X: (1, 2, 4, 4, 4)}
SHAPES_3D = {X: (2, 3, 8)}
POS = (0.1, 2.0)
PROB = (0.05, 0.95)


def _declare_all(ns):
    """Declare every 0.3.1 functional op; ``ns`` is ``functional.py``'s namespace, where the
    bodies are.  Returns the generated public functions (``schema.FUNCTIONAL``)."""
    from ..ops.schema import FUNCTIONAL

    def fdecl(name, kernels=(), calls=(), modern=None, shape='other', domain=(-2.0, 2.0),
              facts=None):
        impl = ns[name]
        clean = getattr(impl, '__module__', '') in ('legacy_autograd.nn.functional',
                                                    'legacy_autograd.nn._functional_conv')
        declare(name, impl, variants=('functional',), kernels=kernels, calls=calls,
                modern=modern, shape=shape, domain=domain, clean_errors=clean, facts=facts)

    # ---------------------------------------------------------------- activations
    act = dict(shape='pointwise')
    fdecl('threshold', (_ops.THRESHOLD,), (Call(0.5, -1.0), Call(0.1, 2.0, True)), **act)
    fdecl('relu', (_ops.THRESHOLD,), (Call(), Call(inplace=True)), **act)
    fdecl('relu6', (_ops.HARDTANH,), (Call(), Call(True)), domain=(-8.0, 8.0), **act)
    fdecl('hardtanh', (_ops.HARDTANH,), (Call(), Call(-0.5, 0.5), Call(min_val=0.0, inplace=True)), **act)
    fdecl('elu', (_ops.ELU,), (Call(), Call(0.5), Call(inplace=True)), **act)
    fdecl('selu', (_ops.SELU,), (Call(), Call(True)), **act)
    fdecl('leaky_relu', (_ops.LEAKY_RELU,), (Call(), Call(0.2), Call(0.1, True)), **act)
    fdecl('rrelu', (), (Call(), Call(0.1, 0.3)),      # evaluation: the mean slope
          modern=lambda torch, x, lower=1. / 8, upper=1. / 3, training=False, inplace=False:
          _F(torch).rrelu(x, lower, upper, training), **act)
    fdecl('prelu', (_ops.PRELU,), (Call(Y, shapes={Y: (4,)}), Call(Y, shapes={Y: (1,)}),
                                   Call(Y, shapes={X: (2, 3, 4), Y: (3,)})), **act)
    fdecl('softplus', (_ops.SOFTPLUS,), (Call(), Call(2, 1)), domain=(-4.0, 4.0),
          modern=_ops.softplus_modern_031, **act)
    fdecl('logsigmoid', (_ops.LOG_SIGMOID,), (Call(),), **act)
    fdecl('hardshrink', (), (Call(), Call(1.0)), **act)
    fdecl('softshrink', (), (Call(), Call(1.0)), **act)
    fdecl('tanhshrink', (), (Call(),), **act)
    fdecl('softsign', (), (Call(),), **act)
    fdecl('sigmoid', (), (Call(),), **act)          # the F.* part of torch.sigmoid
    fdecl('tanh', (), (Call(),), **act)
    fdecl('glu', (), (Call(), Call(0, shapes={X: (4, 3)})), shape='other')
    for name, negate, fname in (('softmax', False, 'softmax'), ('log_softmax', False, 'log_softmax'),
                                ('softmin', True, 'softmax')):
        kernels = (_ops.LOG_SOFTMAX,) if name == 'log_softmax' else (_ops.SOFTMAX,)
        fdecl(name, kernels, (Call(), Call(0), Call(dim=-1), Call(shapes={X: (2, 3, 4)}),
                              Call(shapes={X: (5,)}), Call(1, shapes={X: (2, 3, 4)})),
              modern=_softmax_modern(fname, negate), shape='pointwise',
              facts={'implicit_dim': True})

    # ---------------------------------------------------------------- dropout (evaluation, p=0)
    fdecl('dropout', (_ops.DROPOUT,), (Call(), Call(0.0, True), Call(0.3, False, True)),
          modern=_dropout_modern('dropout'), shape='pointwise')
    fdecl('dropout2d', (_ops.FEATURE_DROPOUT,), (Call(shapes=SHAPES_4D),
                                                  Call(0.0, True, shapes=SHAPES_4D)),
          modern=_dropout_modern('dropout2d'), shape='pointwise')
    fdecl('dropout3d', (_ops.FEATURE_DROPOUT,), (Call(shapes=SHAPES_5D),
                                                  Call(0.0, True, shapes=SHAPES_5D)),
          modern=_dropout_modern('dropout3d'), shape='pointwise')
    fdecl('alpha_dropout', (), (Call(), Call(0.0, True)), modern=lambda torch, x, p=0.5,
          training=False: _F(torch).alpha_dropout(x, p, training), shape='pointwise')

    # ---------------------------------------------------------------- linear, embedding
    fdecl('linear', (), (Call(Y, Z, shapes={Y: (5, 4), Z: (5,)}), Call(Y, shapes={Y: (5, 4)}),
                         Call(Y, Z, shapes={X: (2, 3, 4), Y: (5, 4), Z: (5,)})))
    fdecl('bilinear', (_ops.BILINEAR, _ops.BILINEAR_BIAS),
          (Call(Y, Z, W, shapes={Y: (3, 5), Z: (6, 4, 5), W: (6,)}),
           Call(Y, Z, shapes={Y: (3, 5), Z: (6, 4, 5)})))
    idx = Const([[0, 2, 4], [3, 1, 0]])
    fdecl('embedding', (_ops.EMBEDDING,),
          (Call(idx, Y, receiver=False, shapes={Y: (5, 3)}),
           Call(idx, Y, receiver=False, shapes={Y: (5, 3)}, scale_grad_by_freq=True)),
          modern=lambda torch, i, w, **k: _F(torch).embedding(i, w, **k))
    bags = Const([0, 2, 4, 1, 3, 3])
    fdecl('embedding_bag', (),
          (Call(bags, Const([0, 2]), shapes={X: (5, 3)}),
           Call(bags, Const([0, 3, 5]), mode='sum', shapes={X: (5, 3)}),
           Call(Const([[0, 2], [4, 1]]), shapes={X: (5, 3)})),
          modern=lambda torch, w, i, offsets=None, **k: _F(torch).embedding_bag(
              i, w, offsets, **k))

    # ---------------------------------------------------------------- convolutions
    fdecl('conv1d', (), (Call(Y, Z, shapes={X: (2, 3, 7), Y: (4, 3, 3), Z: (4,)}),
                         Call(Y, None, 2, 1, shapes={X: (2, 3, 7), Y: (4, 3, 3)}),
                         Call(Y, dilation=2, groups=2, shapes={X: (2, 4, 9), Y: (4, 2, 3)})))
    fdecl('conv2d', (), (Call(Y, Z, shapes={X: (2, 3, 6, 6), Y: (4, 3, 3, 3), Z: (4,)}),
                         Call(Y, Z, 2, 1, shapes={X: (2, 3, 6, 5), Y: (4, 3, 3, 2), Z: (4,)}),
                         Call(Y, dilation=2, groups=2, padding=(1, 0),
                              shapes={X: (1, 4, 7, 7), Y: (2, 2, 3, 3)})))
    fdecl('conv3d', (), (Call(Y, Z, shapes={X: (1, 2, 4, 4, 4), Y: (3, 2, 2, 2, 2), Z: (3,)}),
                         Call(Y, None, 2, 1, shapes={X: (1, 2, 5, 4, 4), Y: (2, 2, 3, 3, 3)})))
    fdecl('conv_transpose1d', (), (
        Call(Y, Z, shapes={X: (2, 3, 5), Y: (3, 4, 3), Z: (4,)}),
        Call(Y, None, 2, 1, 1, shapes={X: (2, 3, 5), Y: (3, 4, 3)})))
    fdecl('conv_transpose2d', (), (
        Call(Y, Z, shapes={X: (2, 3, 4, 4), Y: (3, 2, 3, 3), Z: (2,)}),
        Call(Y, None, 2, 1, 1, shapes={X: (1, 3, 3, 4), Y: (3, 2, 3, 3)}),
        Call(Y, groups=2, shapes={X: (1, 4, 3, 3), Y: (4, 1, 2, 2)})))
    fdecl('conv_transpose3d', (), (
        Call(Y, Z, shapes={X: (1, 2, 3, 3, 3), Y: (2, 2, 2, 2, 2), Z: (2,)}),
        Call(Y, None, 2, 1, 1, shapes={X: (1, 2, 2, 3, 2), Y: (2, 1, 3, 3, 3)})))

    # ---------------------------------------------------------------- pooling
    fdecl('avg_pool1d', (), (Call(2, shapes=SHAPES_3D), Call(3, 2, 1, shapes=SHAPES_3D),
                             Call(3, 2, 1, True, False, shapes=SHAPES_3D)))
    fdecl('avg_pool2d', (), (Call(2, shapes=SHAPES_4D), Call(3, 2, 1, shapes=SHAPES_4D),
                             Call((3, 2), (2, 1), (1, 0), True, False, shapes=SHAPES_4D)))
    fdecl('avg_pool3d', (), (Call(2, shapes=SHAPES_5D), Call(3, 2, 1, shapes=SHAPES_5D),
                             Call(3, 2, 1, True, False, shapes=SHAPES_5D)))
    pair = ('same', 'long')
    fdecl('max_pool1d', (), (Call(2, shapes=SHAPES_3D), Call(3, 2, 1, shapes=SHAPES_3D),
                             Call(3, 2, return_indices=True, types=pair, shapes=SHAPES_3D)))
    fdecl('max_pool2d', (), (Call(2, shapes=SHAPES_4D), Call(3, 2, 1, shapes=SHAPES_4D),
                             Call(2, return_indices=True, types=pair, shapes=SHAPES_4D),
                             Call((3, 2), ceil_mode=True, shapes=SHAPES_4D)))
    fdecl('max_pool3d', (), (Call(2, shapes=SHAPES_5D), Call(3, 2, 1, shapes=SHAPES_5D),
                             Call(2, return_indices=True, types=pair, shapes=SHAPES_5D)),
          modern=_max_pool3d_packed)
    for nd, shapes in (('1d', SHAPES_3D), ('2d', SHAPES_4D), ('3d', SHAPES_5D)):
        fdecl('adaptive_avg_pool' + nd, (), (Call(3, shapes=shapes), Call(1, shapes=shapes)))
        fdecl('adaptive_max_pool' + nd, (), (
            Call(3, shapes=shapes), Call(2, True, types=pair, shapes=shapes)))
    fdecl('lp_pool1d', (), (Call(2, 2, shapes=SHAPES_3D), Call(3, 3, 2, shapes=SHAPES_3D)),
          domain=POS)
    fdecl('lp_pool2d', (), (Call(2, 2, shapes=SHAPES_4D), Call(1, (2, 3), 2, shapes=SHAPES_4D)),
          domain=POS)
    # (0.3.1's max_unpool*d fail without a stride: _unpool_output_size multiplies by None)
    fdecl('max_unpool1d', (), (
        Call(Const([[[1, 2, 5]]]), 2, 2, shapes={X: (1, 1, 3)}),
        Call(Const([[[0, 3, 5]]]), 2, 2, output_size=[7], shapes={X: (1, 1, 3)})))
    fdecl('max_unpool2d', (), (Call(Const([[[[0, 3], [9, 14]]]]), 2, 2, shapes={X: (1, 1, 2, 2)}),))
    # 0.3.1's 3-D indices are packed kernel offsets (t | h << 8 | w << 16 within the window):
    # 65537 is offset (1, 0, 1) of window 0 = flat 9, 256 is (0, 1, 0) of window 1 = flat 6
    fdecl('max_unpool3d', (), (Call(Const([[[[[65537, 256]]]]]), 2, 2,
                                    shapes={X: (1, 1, 1, 1, 2)}),),
          modern=lambda torch, x, idx, k, s: _F(torch).max_unpool3d(
              x, torch.tensor([[[[[9, 6]]]]]), k, s))

    # ---------------------------------------------------------------- normalisation, padding
    stats = dict(nograd=(Y, Z), domains={Z: (0.5, 2.0)})
    fdecl('batch_norm', (), (
        Call(Y, Z, W, V, shapes={Y: (4,), Z: (4,), W: (4,), V: (4,)}, **stats),
        Call(Y, Z, W, V, True, shapes={Y: (4,), Z: (4,), W: (4,), V: (4,)}, **stats),
        Call(Y, Z, shapes={X: (2, 3, 4, 2), Y: (3,), Z: (3,)}, **stats),
        Call(Y, Z, None, None, True, 0.3, 1e-3, shapes={X: (4, 3, 2), Y: (3,), Z: (3,)},
             **stats)))
    fdecl('pad', (), (Call((1, 2)), Call((1, 1, 2, 0), value=0.5),
                      Call((2, 1), mode='reflect', shapes=SHAPES_3D),
                      Call((1, 1, 2, 0), mode='replicate', shapes=SHAPES_4D),
                      Call((1, 0, 1, 2, 0, 1), mode='replicate', shapes=SHAPES_5D)))
    fdecl('normalize', (), (Call(), Call(1, 0), Call(2, 1, shapes={X: (2, 3, 4)})))

    # ---------------------------------------------------------------- distances
    fdecl('pairwise_distance', (), (Call(Y), Call(Y, 1)), modern=_distance_031)
    fdecl('cosine_similarity', (), (Call(Y), Call(Y, 0)), modern=_cosine_similarity_031)

    # ---------------------------------------------------------------- vision
    fdecl('pixel_shuffle', (), (Call(2, shapes={X: (1, 8, 2, 3)}),))
    fdecl('upsample', (), (Call(scale_factor=2, shapes=SHAPES_4D),
                           Call((6, 8), mode='bilinear', shapes=SHAPES_4D),
                           Call(scale_factor=2, mode='trilinear', shapes=SHAPES_5D),
                           Call(scale_factor=3, mode='linear', shapes=SHAPES_3D)),
          modern=_upsample_modern)
    fdecl('upsample_nearest', (), (Call(scale_factor=2, shapes=SHAPES_4D),
                                   Call((8, 8), shapes=SHAPES_4D)),
          modern=lambda torch, x, size=None, scale_factor=None: _upsample_modern(
              torch, x, size, scale_factor, 'nearest'))
    fdecl('upsample_bilinear', (), (Call(scale_factor=2, shapes=SHAPES_4D),
                                    Call((5, 7), shapes=SHAPES_4D)),
          modern=lambda torch, x, size=None, scale_factor=None: _upsample_modern(
              torch, x, size, scale_factor, 'bilinear'))
    from ..size import Size
    fdecl('affine_grid', (), (Call(Size((2, 1, 3, 4)), shapes={X: (2, 2, 3)}),),
          modern=_affine_grid_031)
    fdecl('grid_sample', (), (
        Call(Y, shapes={X: (1, 2, 3, 4), Y: (1, 3, 3, 2)}, domains={Y: (-1.0, 1.0)}),
        Call(Y, padding_mode='border', shapes={X: (2, 1, 3, 3), Y: (2, 2, 4, 2)},
             domains={Y: (-1.2, 1.2)})),
          modern=lambda torch, x, g, mode='bilinear', padding_mode='zeros':
          _F(torch).grid_sample(x, g, mode, padding_mode, align_corners=True))

    # ---------------------------------------------------------------- losses
    loss = dict(shape='loss')
    tgt = Const([0, 3, 1])
    cw = dict(nograd=(W,), shapes={W: (4,)})
    for name in ('nll_loss', 'cross_entropy'):
        fdecl(name, (_ops.NLL_LOSS, _ops.NLL_LOSS2D), (
            Call(tgt, scalar=True), Call(tgt, W, scalar=True, **cw),
            Call(tgt, None, False, scalar=True), Call(tgt, ignore_index=1, scalar=True),
            Call(tgt, reduce=False), Call(tgt, W, False, 3, scalar=True, **cw),
            Call(Const([[[0, 2], [1, 1]], [[2, 0], [0, 1]]]), shapes={X: (2, 3, 2, 2)},
                 scalar=True),
            Call(Const([[0, 2, 1], [1, 1, 0]]), shapes={X: (2, 3, 3)}, scalar=True)),
            modern=_nll_modern(name), **loss)
    target = dict(nograd=(Y,))
    for name, kernel in (('mse_loss', _ops.MSE_LOSS), ('l1_loss', _ops.L1_LOSS),
                         ('smooth_l1_loss', _ops.SMOOTH_L1_LOSS)):
        calls = [Call(Y, scalar=True, **target), Call(Y, False, scalar=True, **target),
                 Call(Y, reduce=False, **target)]
        if name != 'smooth_l1_loss':    # a target that requires grad: 0.3's composite
            calls.append(Call(Y, scalar=True))
        fdecl(name, (kernel,), tuple(calls), modern=_loss(name), **loss)
    fdecl('kl_div', (_ops.KL_DIV,), (
        Call(Y, scalar=True, domains={Y: PROB}, **target),
        Call(Y, False, scalar=True, domains={Y: PROB}, **target),
        Call(Y, reduce=False, domains={Y: PROB}, **target)), modern=_loss('kl_div'), **loss)
    fdecl('binary_cross_entropy', (_ops.BINARY_CROSS_ENTROPY,), (
        Call(Y, scalar=True, **target), Call(Y, W, False, scalar=True, nograd=(Y, W)),
        Call(Y, W, scalar=True, nograd=(Y, W), shapes={W: (4,)})), domain=PROB,
        modern=_loss('binary_cross_entropy', 'weight'), **loss)
    fdecl('binary_cross_entropy_with_logits', (), (
        Call(Y, scalar=True, domains={Y: PROB}, **target),
        Call(Y, W, False, scalar=True, domains={Y: PROB}, nograd=(Y, W))),
        modern=_loss('binary_cross_entropy_with_logits', 'weight'), **loss)
    fdecl('poisson_nll_loss', (), (
        Call(Y, scalar=True, domains={Y: (0.0, 4.0)}, **target),
        Call(Y, False, True, False, scalar=True, domains={X: POS, Y: (0.0, 4.0)}, **target),
        Call(Y, reduce=False, domains={Y: (0.0, 4.0)}, **target)),
        modern=lambda torch, x, t, log_input=True, full=False, size_average=True, eps=1e-8,
        reduce=True: _F(torch).poisson_nll_loss(x, t, log_input, full, eps=eps,
                                                reduction=reduction(size_average, reduce)),
        **loss)
    sign = {Y: 'sign'}
    fdecl('hinge_embedding_loss', (_ops.HINGE_EMBEDDING_LOSS,), (
        Call(Y, scalar=True, domains=sign, **target),
        Call(Y, 0.5, False, scalar=True, domains=sign, **target)),
        modern=_loss('hinge_embedding_loss', 'margin'), **loss)
    fdecl('soft_margin_loss', (_loss_ops.SOFT_MARGIN_LOSS,), (
        Call(Y, scalar=True, domains=sign, **target),
        Call(Y, False, scalar=True, domains=sign, **target)),
        modern=_loss('soft_margin_loss'), **loss)
    # 0.3.1 averages over input1.size(0), not over every element (the same for 1-D input)
    fdecl('margin_ranking_loss', (_ops.MARGIN_RANKING_LOSS,), (
        Call(Y, Z, scalar=True, nograd=(Z,), domains={Z: 'sign'},
             shapes={X: (5,), Y: (5,), Z: (5,)}),
        Call(Y, Z, 0.5, False, scalar=True, nograd=(Z,), domains={Z: 'sign'}),
        Call(Y, Z, 0.5, scalar=True, nograd=(Z,), domains={Z: 'sign'})),
        modern=lambda torch, a, b, t, margin=0, size_average=True: _F(torch).margin_ranking_loss(
            a, b, t, margin, reduction='sum') / (a.shape[0] if size_average else 1), **loss)
    fdecl('cosine_embedding_loss', (_ops.COSINE_EMBEDDING_LOSS,), (
        Call(Y, Z, scalar=True, nograd=(Z,), domains={Z: 'sign'}, shapes={Z: (3,)}),
        Call(Y, Z, 0.5, False, scalar=True, nograd=(Z,), domains={Z: 'sign'},
             shapes={Z: (3,)})),
        modern=lambda torch, a, b, t, margin=0, size_average=True:
        _F(torch).cosine_embedding_loss(a, b, t, margin, reduction=reduction(size_average)),
        **loss)
    fdecl('multilabel_margin_loss', (_loss_ops.MULTILABEL_MARGIN_LOSS,), (
        Call(Const([[3, 0, -1, 1], [1, 2, 3, 0], [0, -1, 2, 2]]), scalar=True),
        Call(Const([[2, -1, 0, 0], [1, 0, -1, 3], [3, 2, 1, 0]]), False, scalar=True)),
        modern=_loss('multilabel_margin_loss'), **loss)
    fdecl('multilabel_soft_margin_loss', (), (
        Call(Y, scalar=True, domains={Y: 'binary'}, **target),
        Call(Y, None, False, scalar=True, domains={Y: 'binary'}, **target)),
        # 0.3.1: binary_cross_entropy(sigmoid(x), t): a mean over every element, or the sum
        # (modern torch: the mean over classes of each sample, then the mean or sum of those)
        modern=lambda torch, x, t, weight=None, size_average=True: (
            _F(torch).multilabel_soft_margin_loss(x, t, weight, reduction='mean')
            if size_average else _F(torch).multilabel_soft_margin_loss(
                x, t, weight, reduction='sum') * x.shape[-1]), **loss)
    fdecl('multi_margin_loss', (_loss_ops.MULTI_MARGIN_LOSS,), (
        Call(tgt, scalar=True), Call(tgt, 2, 0.5, scalar=True),
        Call(tgt, 1, 1, W, False, scalar=True, **cw)),
        modern=lambda torch, x, t, p=1, margin=1, weight=None, size_average=True:
        _F(torch).multi_margin_loss(x, t, p, margin, weight, reduction=reduction(size_average)),
        **loss)
    fdecl('triplet_margin_loss', (), (
        Call(Y, Z, scalar=True), Call(Y, Z, 0.5, 1, scalar=True),
        Call(Y, Z, swap=True, scalar=True)), modern=_triplet_031, **loss)

    missing = set(NAMES) - set(FUNCTIONAL)
    if missing:
        raise AssertionError('functional ops of 0.3.1 not declared: %s' % sorted(missing))
    return {name: FUNCTIONAL[name] for name in NAMES}


def _nll_modern(name):
    def modern(torch, x, t, weight=None, size_average=True, ignore_index=-100, reduce=True):
        return getattr(_F(torch), name)(x, t, weight, ignore_index=ignore_index,
                                        reduction=reduction(size_average, reduce))
    return modern
