"""``pairwise_distance``, ``cosine_similarity`` and ``normalize`` of ``torch.nn.functional``
(0.3.1), composed of recorded Variable ops exactly as 0.3.1 wrote them (so their nodes are the
last op's: ``PowBackward0``, ``DivBackward1``, ``DivBackward1``)."""

__all__ = ['pairwise_distance', 'cosine_similarity', 'normalize']


def pairwise_distance(x1, x2, p=2, eps=1e-6):
    """``||x1 - x2 + eps||_p`` of each row of two (N, D) inputs, as (N, 1)."""
    assert x1.size() == x2.size(), 'Input sizes must be equal.'
    assert x1.dim() == 2, 'Input must be a 2D matrix.'
    diff = (x1 - x2).abs()
    out = (diff + eps).pow(p).sum(dim=1, keepdim=True)
    return out.pow(1. / p)


def cosine_similarity(x1, x2, dim=1, eps=1e-8):
    """``x1 . x2 / max(||x1|| * ||x2||, eps)`` along ``dim`` (that dim is removed)."""
    w12 = (x1 * x2).sum(dim)
    w1 = x1.norm(2, dim)
    w2 = x2.norm(2, dim)
    return w12 / (w1 * w2).clamp(min=eps)


def normalize(input, p=2, dim=1, eps=1e-12):
    """``input / max(||input||_p, eps)`` along ``dim``."""
    return input / input.norm(p, dim, True).clamp(min=eps).expand_as(input)
