"""``torch.distributions`` as PyTorch 0.3.1 had it: ``Bernoulli``, ``Categorical`` and
``Normal`` with ``sample``, ``sample_n`` and ``log_prob`` (the REINFORCE / score-function
toolkit; the richer distributions API came in 0.4).

Samples are drawn with ``torch.bernoulli`` / ``torch.multinomial`` / ``torch.normal``, so the
same seed gives 0.3's numbers; ``log_prob`` is differentiable in the parameters.
"""
import math
from numbers import Number

from .ops.functions import TORCH
from .tensor import default_tensor_type

__all__ = ['Distribution', 'Bernoulli', 'Categorical', 'Normal']


class Distribution(object):
    """The abstract base: ``sample()``, ``sample_n(n)`` and ``log_prob(value)``."""

    def sample(self):
        """One sample (of the parameters' shape)."""
        raise NotImplementedError

    def sample_n(self, n):
        """``n`` samples, stacked along a new first dimension."""
        raise NotImplementedError

    def log_prob(self, value):
        """The log probability (density) of ``value``."""
        raise NotImplementedError


class Bernoulli(Distribution):
    """Bernoulli(probs): 1 with probability ``probs``, else 0 (elementwise)."""

    def __init__(self, probs):
        self.probs = probs

    def sample(self):
        return TORCH.bernoulli(self.probs)

    def sample_n(self, n):
        return TORCH.bernoulli(self.probs.expand(n, *self.probs.size()))

    def log_prob(self, value):
        log_pmf = TORCH.stack([1 - self.probs, self.probs]).log()
        return log_pmf.gather(0, value.unsqueeze(0).long()).squeeze(0)


class Categorical(Distribution):
    """Categorical(probs): an index drawn with the (unnormalised) weights ``probs``, a 1-D
    vector or a 2-D batch of rows."""

    def __init__(self, probs):
        if probs.dim() != 1 and probs.dim() != 2:
            raise ValueError("probs must be 1D or 2D")
        self.probs = probs

    def sample(self):
        return TORCH.multinomial(self.probs, 1, True).squeeze(-1)

    def sample_n(self, n):
        if n == 1:
            return self.sample().expand(1, 1)
        return TORCH.multinomial(self.probs, n, True).t()

    def log_prob(self, value):
        p = self.probs / self.probs.sum(-1, keepdim=True)
        if value.dim() == 1 and self.probs.dim() == 1:
            return p.gather(-1, value).log()
        return p.gather(-1, value.unsqueeze(-1)).squeeze(-1).log()


class Normal(Distribution):
    """Normal(mean, std); either may be a number."""

    def __init__(self, mean, std):
        self.mean = mean
        self.std = std

    def sample(self):
        return TORCH.normal(self.mean, self.std)

    def sample_n(self, n):
        def expand(v):
            if isinstance(v, Number):
                return default_tensor_type()([v]).expand(n, 1)
            return v.expand(n, *v.size())
        return TORCH.normal(expand(self.mean), expand(self.std))

    def log_prob(self, value):
        var = self.std ** 2
        log_std = math.log(self.std) if isinstance(self.std, Number) else self.std.log()
        return (-((value - self.mean) ** 2) / (2 * var) - log_std
                - math.log(math.sqrt(2 * math.pi)))
