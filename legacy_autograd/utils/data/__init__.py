"""``torch.utils.data`` (PyTorch 0.3): datasets, samplers and the DataLoader."""
from .sampler import (Sampler, SequentialSampler, RandomSampler, SubsetRandomSampler,  # noqa: F401
                      WeightedRandomSampler, BatchSampler)
from .dataset import Dataset, TensorDataset, ConcatDataset  # noqa: F401
from .dataloader import DataLoader  # noqa: F401
