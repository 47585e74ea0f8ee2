"""``torch.utils.data.dataset`` (0.3): Dataset, TensorDataset, ConcatDataset, Subset,
random_split."""
import bisect
import itertools

from ._functions import torch_namespace

__all__ = ['Dataset', 'TensorDataset', 'ConcatDataset', 'Subset', 'random_split']


class Dataset(object):
    """Base class of map-style datasets: subclasses define ``__getitem__`` and
    ``__len__``.  ``a + b`` concatenates two datasets."""

    def __getitem__(self, index):
        raise NotImplementedError

    def __len__(self):
        raise NotImplementedError

    def __add__(self, other):
        return ConcatDataset([self, other])


class TensorDataset(Dataset):
    """Pairs of samples from two tensors indexed along their first dimension.

    0.3 signature: ``TensorDataset(data_tensor, target_tensor)`` (positional or with these
    keywords; 0.4 changed it to ``*tensors``).  Item ``i`` is
    ``(data_tensor[i], target_tensor[i])``, so a 1-D target gives Python numbers.  The two
    sizes along dimension 0 must agree (a bare ``AssertionError`` otherwise, as in 0.3).
    """

    def __init__(self, data_tensor, target_tensor):
        assert data_tensor.size(0) == target_tensor.size(0)
        self.data_tensor = data_tensor
        self.target_tensor = target_tensor

    def __getitem__(self, index):
        return self.data_tensor[index], self.target_tensor[index]

    def __len__(self):
        return self.data_tensor.size(0)


class ConcatDataset(Dataset):
    """Several datasets one after the other.

    ``cummulative_sizes`` (0.3's spelling) holds the running totals of the lengths;
    ``cumulative_sizes`` (the later spelling) is the same list.
    """

    @staticmethod
    def cumsum(sequence):
        totals, running = [], 0
        for ds in sequence:
            running += len(ds)
            totals.append(running)
        return totals

    def __init__(self, datasets):
        super(ConcatDataset, self).__init__()
        assert len(datasets) > 0, 'datasets should not be an empty iterable'
        self.datasets = list(datasets)
        self.cummulative_sizes = self.cumsum(self.datasets)

    @property
    def cumulative_sizes(self):
        return self.cummulative_sizes

    def __len__(self):
        return self.cummulative_sizes[-1]

    def __getitem__(self, idx):
        which = bisect.bisect_right(self.cummulative_sizes, idx)
        start = self.cummulative_sizes[which - 1] if which > 0 else 0
        return self.datasets[which][idx - start]


class Subset(Dataset):
    """The items of ``dataset`` at ``indices`` (a sequence or a LongTensor), in that order."""

    def __init__(self, dataset, indices):
        self.dataset = dataset
        self.indices = indices

    def __getitem__(self, idx):
        return self.dataset[self.indices[idx]]

    def __len__(self):
        return len(self.indices)


def random_split(dataset, lengths):
    """Split ``dataset`` into non-overlapping ``Subset`` s of the given lengths, with one
    ``torch.randperm(sum(lengths))`` draw (0.3.1); ValueError when the lengths do not add up
    to ``len(dataset)``."""
    if sum(lengths) != len(dataset):
        raise ValueError("Sum of input lengths does not equal the length of the input dataset!")
    indices = torch_namespace().randperm(sum(lengths))
    return [Subset(dataset, indices[offset - length:offset])
            for offset, length in zip(itertools.accumulate(lengths), lengths)]


def randperm(*args, **kwargs):
    """``torch.randperm`` (0.3.1's dataset module imported it by name)."""
    return torch_namespace().randperm(*args, **kwargs)
