"""EmbeddingBag (0.3.1): sums or means of bags of embeddings; weight drawn with
``normal_(0, 1)`` from the 0.3 generator; repr ``EmbeddingBag(10, 3, mode=mean)``."""
from .module import Module
from ..parameter import Parameter
from .. import _functional_embedding_bag as F
from ...tensor import default_tensor_type

__all__ = ['EmbeddingBag']


class EmbeddingBag(Module):
    """EmbeddingBag(num_embeddings, embedding_dim, max_norm=None, norm_type=2,
    scale_grad_by_freq=False, mode='mean'); ``forward(input, offsets=None)``."""

    def __init__(self, num_embeddings, embedding_dim, max_norm=None, norm_type=2,
                 scale_grad_by_freq=False, mode='mean'):
        super(EmbeddingBag, self).__init__()
        self.num_embeddings = num_embeddings
        self.embedding_dim = embedding_dim
        self.max_norm = max_norm
        self.norm_type = norm_type
        self.scale_grad_by_freq = scale_grad_by_freq
        self.weight = Parameter(default_tensor_type()(num_embeddings, embedding_dim))
        self.mode = mode
        self.reset_parameters()

    def reset_parameters(self):
        self.weight.data.normal_(0, 1)

    def forward(self, input, offsets=None):
        return F.embedding_bag(self.weight, input, offsets, self.max_norm, self.norm_type,
                               self.scale_grad_by_freq, self.mode)

    def __repr__(self):
        s = '{name}({num_embeddings}, {embedding_dim}'
        if self.max_norm is not None:
            s += ', max_norm={max_norm}'
        if self.norm_type != 2:
            s += ', norm_type={norm_type}'
        if self.scale_grad_by_freq is not False:
            s += ', scale_grad_by_freq={scale_grad_by_freq}'
        s += ', mode={mode}'
        s += ')'
        return s.format(name=self.__class__.__name__, **self.__dict__)


# 0.3.1 defined these in ``torch.nn.modules.sparse``: they are served (and pickled) from there
for _cls in __all__:
    globals()[_cls].__module__ = 'legacy_autograd.nn.modules.sparse'
del _cls
