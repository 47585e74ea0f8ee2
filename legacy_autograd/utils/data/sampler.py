"""``torch.utils.data.sampler`` (0.3): orders in which a DataLoader visits a dataset.

The random samplers draw from the one global 0.3 generator exactly as 0.3 did:
``RandomSampler`` and ``SubsetRandomSampler`` call ``torch.randperm(n)`` (n - 1 engine
outputs) when iteration starts, ``WeightedRandomSampler`` calls ``torch.multinomial``.
"""
import numbers

from ._functions import torch_namespace

__all__ = ['Sampler', 'SequentialSampler', 'RandomSampler', 'SubsetRandomSampler',
           'WeightedRandomSampler', 'BatchSampler']


class Sampler(object):
    """Base class: ``__iter__`` yields dataset indices, ``__len__`` counts them."""

    def __init__(self, data_source):
        pass

    def __iter__(self):
        raise NotImplementedError

    def __len__(self):
        raise NotImplementedError


class SequentialSampler(Sampler):
    """0, 1, ..., len(data_source) - 1."""

    def __init__(self, data_source):
        self.data_source = data_source

    def __iter__(self):
        return iter(range(len(self.data_source)))

    def __len__(self):
        return len(self.data_source)


class RandomSampler(Sampler):
    """A random permutation of the indices: ``torch.randperm(len(data_source))``, drawn
    when iteration starts."""

    def __init__(self, data_source):
        self.data_source = data_source

    def __iter__(self):
        torch = torch_namespace()
        perm = torch.randperm(len(self.data_source)).long()
        return iter(perm.tolist())          # Python ints, as iterating the LongTensor gave

    def __len__(self):
        return len(self.data_source)


class SubsetRandomSampler(Sampler):
    """The given indices in a random order (``torch.randperm(len(indices))``)."""

    def __init__(self, indices):
        self.indices = indices

    def __iter__(self):
        torch = torch_namespace()
        order = torch.randperm(len(self.indices)).tolist()
        return (self.indices[i] for i in order)

    def __len__(self):
        return len(self.indices)


class WeightedRandomSampler(Sampler):
    """``num_samples`` indices drawn with probabilities proportional to ``weights``
    (``torch.multinomial`` on a DoubleTensor of the weights), with replacement by default."""

    def __init__(self, weights, num_samples, replacement=True):
        torch = torch_namespace()
        self.weights = torch.DoubleTensor(weights)
        self.num_samples = num_samples
        self.replacement = replacement

    def __iter__(self):
        torch = torch_namespace()
        drawn = torch.multinomial(self.weights, self.num_samples, self.replacement)
        return iter(drawn.tolist())

    def __len__(self):
        return self.num_samples


class BatchSampler(object):
    """Lists of ``batch_size`` indices taken from ``sampler``; the last, shorter list is
    kept unless ``drop_last``."""

    def __init__(self, sampler, batch_size, drop_last):
        # 0.3 took anything here (0, -1, 1.5 or None gave one batch of everything); refused
        # as modern torch does, with its message (docs/errors.md)
        if isinstance(batch_size, bool) or not isinstance(batch_size, numbers.Integral) \
                or batch_size <= 0:
            raise ValueError('batch_size should be a positive integer value, but got '
                             'batch_size={}'.format(batch_size))
        self.sampler = sampler
        self.batch_size = batch_size
        self.drop_last = drop_last

    def __iter__(self):
        batch = []
        for idx in self.sampler:
            batch.append(idx)
            if len(batch) == self.batch_size:
                yield batch
                batch = []
        if batch and not self.drop_last:
            yield batch

    def __len__(self):
        n = len(self.sampler)
        if self.drop_last:
            return n // self.batch_size
        return (n + self.batch_size - 1) // self.batch_size
