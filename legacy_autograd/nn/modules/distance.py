"""PairwiseDistance and CosineSimilarity (0.3.1; plain ``Module`` reprs)."""
from .module import Module
from .. import _functional_distance as F

__all__ = ['PairwiseDistance', 'CosineSimilarity']


class PairwiseDistance(Module):
    """PairwiseDistance(p=2, eps=1e-06): batchwise ``||x1 - x2||_p`` of (N, D) inputs."""

    def __init__(self, p=2, eps=1e-6):
        super(PairwiseDistance, self).__init__()
        self.norm = p
        self.eps = eps

    def forward(self, x1, x2):
        return F.pairwise_distance(x1, x2, self.norm, self.eps)


class CosineSimilarity(Module):
    """CosineSimilarity(dim=1, eps=1e-08)."""

    def __init__(self, dim=1, eps=1e-8):
        super(CosineSimilarity, self).__init__()
        self.dim = dim
        self.eps = eps

    def forward(self, x1, x2):
        return F.cosine_similarity(x1, x2, self.dim, self.eps)
