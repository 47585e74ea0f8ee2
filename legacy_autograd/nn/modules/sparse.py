"""``Embedding`` (0.3.1): a lookup table initialised with ``normal_(0, 1)``.

With ``torch.manual_seed(1)``, ``nn.Embedding(2, 5)`` looked up at index 0 gives
the recorded row ``0.6614  0.2669  0.0617  0.6213 -0.4519`` (the first five
normal draws of the 0.3 generator).  ``padding_idx`` rows start at zero and get
no gradient; ``max_norm`` renormalises the looked-up rows in place;
``scale_grad_by_freq`` divides each row's gradient by its count in the batch.
The node is ``torch.autograd.function.EmbeddingBackward`` (a Python Function in
0.3).  ``from_pretrained`` is 0.4 and not provided.

Differences from 0.3, both lenient: index tensors of any shape are accepted
(0.3 asserted ``indices.dim() <= 2``), and ``sparse=True`` produces an ordinary
dense gradient (there are no sparse tensors here).
"""
from ... import tensor as _tensor
from ..parameter import Parameter
from .. import functional as F
from .module import Module
from ...autograd.variable import Variable  # noqa: F401  (bound in 0.3.1's module)

__all__ = ['Embedding']


class Embedding(Module):
    def __init__(self, num_embeddings, embedding_dim, padding_idx=None, max_norm=None,
                 norm_type=2, scale_grad_by_freq=False, sparse=False):
        super(Embedding, self).__init__()
        self.num_embeddings = num_embeddings
        self.embedding_dim = embedding_dim
        self.padding_idx = padding_idx
        self.max_norm = max_norm
        self.norm_type = norm_type
        self.scale_grad_by_freq = scale_grad_by_freq
        self.weight = Parameter(_tensor.default_tensor_type()(num_embeddings, embedding_dim))
        self.sparse = sparse
        self.reset_parameters()

    def reset_parameters(self):
        self.weight.data.normal_(0, 1)
        if self.padding_idx is not None:
            self.weight.data[self.padding_idx].fill_(0)

    def forward(self, input):
        padding_idx = self.padding_idx
        if padding_idx is None:
            padding_idx = -1
        return F._embedding(input, self.weight, padding_idx, self.max_norm, self.norm_type,
                            self.scale_grad_by_freq, self.sparse)

    def __repr__(self):
        s = '{name}({num_embeddings}, {embedding_dim}'
        if self.padding_idx is not None:
            s += ', padding_idx={padding_idx}'
        if self.max_norm is not None:
            s += ', max_norm={max_norm}'
        if self.norm_type != 2:
            s += ', norm_type={norm_type}'
        if self.scale_grad_by_freq is not False:
            s += ', scale_grad_by_freq={scale_grad_by_freq}'
        if self.sparse is not False:
            s += ', sparse=True'
        s += ')'
        return s.format(name=self.__class__.__name__, **self.__dict__)


# ---------------------------------------------------------------------- issue 16
# the classes 0.3.1 defined here beyond the ones above (0.3.1 arguments, reprs, init)
from ...tensor import default_tensor_type as _default_type  # noqa: E402

__all__ += ['EmbeddingBag']


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
        self.weight = Parameter(_default_type()(num_embeddings, embedding_dim))
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
