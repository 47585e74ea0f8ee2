"""``torch.utils.data.dataloader`` (0.3): DataLoader, default_collate.

Loading always happens in the calling process.  ``num_workers > 0`` is accepted; the
batches are the same and come in the same order, and the random streams follow 0.3's
worker scheme (see :class:`DataLoaderIter`), with one notice on stderr per process.
"""
import collections.abc
import numbers
import re
import sys
import traceback

from ._functions import torch_namespace
from .sampler import SequentialSampler, RandomSampler, BatchSampler

__all__ = ['DataLoader', 'DataLoaderIter', 'default_collate']

string_classes = (str, bytes)

_NUMPY_TYPES = {
    'float64': 'DoubleTensor',
    'float32': 'FloatTensor',
    'float16': 'HalfTensor',
    'int64': 'LongTensor',
    'int32': 'IntTensor',
    'int16': 'ShortTensor',
    'int8': 'CharTensor',
    'uint8': 'ByteTensor',
}

_state = {'workers_noticed': False}

WORKERS_NOTICE = ('legacy_autograd: DataLoader num_workers={} runs in the main process '
                  '(no worker processes); batches, their order and the random streams '
                  'follow 0.3.\n')


def _workers_notice(n):
    if not _state['workers_noticed']:
        _state['workers_noticed'] = True
        try:
            sys.stderr.write(WORKERS_NOTICE.format(n))
        except Exception:
            pass


def default_collate(batch):
    """Merge a list of samples into a batch, field by field (0.3 rules):

    * tensors: ``torch.stack(batch, 0)``;
    * numpy arrays: stacked ``torch.from_numpy`` tensors (string/object arrays refused);
      numpy scalars: a tensor of the matching type (``float32`` -> FloatTensor, ...);
    * ``int`` -> LongTensor, ``float`` -> DoubleTensor; strings stay a list;
    * dicts: a dict of collated fields; other sequences (tuples, lists): a list of
      collated fields;
    * anything else: ``TypeError: batch must contain tensors, numbers, dicts or lists;
      found <class ...>``.
    """
    torch = torch_namespace()
    error_msg = 'batch must contain tensors, numbers, dicts or lists; found {}'
    first = batch[0]
    elem_type = type(first)
    if torch.is_tensor(first):
        return torch.stack(batch, 0, out=None)
    if elem_type.__module__ == 'numpy' and elem_type.__name__ not in ('str_', 'string_',
                                                                        'bytes_'):
        if elem_type.__name__ == 'ndarray':
            if re.search('[SaUO]', first.dtype.str) is not None:
                raise TypeError(error_msg.format(first.dtype))
            return torch.stack([torch.from_numpy(b) for b in batch], 0)
        if first.shape == ():
            py_type = float if first.dtype.name.startswith('float') else int
            cls = getattr(torch, _NUMPY_TYPES[first.dtype.name])
            return cls(list(map(py_type, batch)))
    elif isinstance(first, int):
        return torch.LongTensor(batch)
    elif isinstance(first, float):
        return torch.DoubleTensor(batch)
    elif isinstance(first, string_classes):
        return batch
    elif isinstance(first, collections.abc.Mapping):
        return {key: default_collate([d[key] for d in batch]) for key in first}
    elif isinstance(first, collections.abc.Sequence):
        return [default_collate(samples) for samples in zip(*batch)]

    raise TypeError(error_msg.format(type(first)))


def pin_memory_batch(batch):
    """Without CUDA pinning is a no-op (0.3 only pinned when CUDA was available)."""
    return batch


class _Worker(object):
    """What one 0.3 worker process had of its own: the torch generator (seeded with
    ``base_seed + worker_id``) and copies of the parent's numpy and ``random`` states."""

    def __init__(self, worker_id, seed, init_fn):
        import random
        import numpy as np
        from ... import rng
        gen = rng.default_generator
        main = (gen.get_state(), np.random.get_state(), random.getstate())
        try:
            gen.manual_seed(seed)
            if init_fn is not None:
                init_fn(worker_id)
        finally:
            self.states = (gen.get_state(), np.random.get_state(), random.getstate())
            self._restore(main)

    @staticmethod
    def _restore(states):
        import random
        import numpy as np
        from ... import rng
        rng.default_generator.set_state(states[0])
        np.random.set_state(states[1])
        random.setstate(states[2])

    def run(self, fn, *args):
        import random
        import numpy as np
        from ... import rng
        main = (rng.default_generator.get_state(), np.random.get_state(), random.getstate())
        self._restore(self.states)
        try:
            return fn(*args)
        finally:
            self.states = (rng.default_generator.get_state(), np.random.get_state(),
                           random.getstate())
            self._restore(main)


class DataLoaderIter(object):
    """Iterates once over a :class:`DataLoader`.

    ``num_workers == 0``: each ``next`` takes the next list of indices from the batch
    sampler, loads the samples and collates them (a shuffling sampler draws its
    permutation on the first ``next``).

    ``num_workers > 0`` reproduces what 0.3 did with worker processes, in-process: on
    creation one ``LongTensor(1).random_()`` draw gives ``base_seed``; worker ``i`` starts
    from ``torch.manual_seed(base_seed + i)`` (and copies of the numpy and ``random``
    states, as a forked process had) and runs ``worker_init_fn(i)``; the sampler is kept
    ``2 * num_workers`` batches ahead; batch ``k`` is loaded by worker ``k % num_workers``
    with that worker's generators.  (0.3 handed batches to whichever worker was free, so
    which worker loaded which batch is a choice here.)  An exception raised while loading
    is raised again as ``type(exc)(formatted traceback)``, as 0.3's workers reported it.
    """

    def __init__(self, loader):
        self.dataset = loader.dataset
        self.collate_fn = loader.collate_fn
        self.batch_sampler = loader.batch_sampler
        self.num_workers = loader.num_workers
        self.pin_memory = False            # loader.pin_memory and cuda.is_available()
        self.timeout = loader.timeout
        self.done_event = None

        self.sample_iter = iter(self.batch_sampler)

        if self.num_workers > 0:
            _workers_notice(self.num_workers)
            torch = torch_namespace()
            self.worker_init_fn = loader.worker_init_fn
            base_seed = torch.LongTensor(1).random_()[0]
            self.workers = [_Worker(i, base_seed + i, self.worker_init_fn)
                            for i in range(self.num_workers)]
            self.pending = collections.deque()
            self.send_idx = 0
            self.rcvd_idx = 0
            self.sampler_done = False
            for _ in range(2 * self.num_workers):
                self._put_indices()

    def __len__(self):
        return len(self.batch_sampler)

    def _load(self, indices):
        return self.collate_fn([self.dataset[i] for i in indices])

    def _put_indices(self):
        if self.sampler_done:
            return
        indices = next(self.sample_iter, None)
        if indices is None:
            self.sampler_done = True
            return
        self.pending.append((self.send_idx, indices))
        self.send_idx += 1

    def __next__(self):
        if self.num_workers == 0:
            indices = next(self.sample_iter)   # StopIteration ends the epoch
            batch = self._load(indices)
            if self.pin_memory:
                batch = pin_memory_batch(batch)
            return batch

        if not self.pending:
            raise StopIteration
        idx, indices = self.pending.popleft()
        worker = self.workers[idx % self.num_workers]
        try:
            batch = worker.run(self._load, indices)
        except Exception:
            exc_type, exc, tb = sys.exc_info()
            text = ''.join(traceback.format_exception(exc_type, exc, tb))
            try:
                wrapped = exc_type(text)
            except Exception:
                raise exc
            raise wrapped from None
        self.rcvd_idx += 1
        self._put_indices()
        return batch

    next = __next__  # Python 2 spelling, as 0.3 had it

    def __iter__(self):
        return self

    def __getstate__(self):
        raise NotImplementedError('DataLoaderIterator cannot be pickled')


class DataLoader(object):
    """Batches of a dataset: a sampler picks the indices, ``collate_fn`` merges samples.

    Arguments (0.3): ``dataset``, ``batch_size=1``, ``shuffle=False`` (a
    :class:`RandomSampler` when True), ``sampler=None``, ``batch_sampler=None`` (yields
    whole index lists; excludes ``batch_size``, ``shuffle``, ``sampler``, ``drop_last``),
    ``num_workers=0``, ``collate_fn=default_collate``, ``pin_memory=False`` (no effect
    without CUDA), ``drop_last=False``, ``timeout=0``, ``worker_init_fn=None``.
    ``len(loader)`` is the number of batches.
    """

    def __init__(self, dataset, batch_size=1, shuffle=False, sampler=None, batch_sampler=None,
                 num_workers=0, collate_fn=default_collate, pin_memory=False, drop_last=False,
                 timeout=0, worker_init_fn=None):
        self.dataset = dataset
        self.batch_size = batch_size
        self.num_workers = num_workers
        self.collate_fn = collate_fn
        self.pin_memory = pin_memory
        self.drop_last = drop_last
        self.timeout = timeout
        self.worker_init_fn = worker_init_fn

        if timeout < 0:
            raise ValueError('timeout option should be non-negative')

        if batch_sampler is not None:
            if batch_size > 1 or shuffle or sampler is not None or drop_last:
                raise ValueError('batch_sampler is mutually exclusive with '
                                 'batch_size, shuffle, sampler, and drop_last')

        if sampler is not None and shuffle:
            raise ValueError('sampler is mutually exclusive with shuffle')

        if isinstance(num_workers, bool) or not isinstance(num_workers, numbers.Integral):
            raise TypeError('num_workers must be an int, got {}'.format(type(num_workers).__name__))
        if self.num_workers < 0:
            raise ValueError('num_workers cannot be negative; '
                             'use num_workers=0 to disable multiprocessing.')

        if batch_sampler is None:
            if sampler is None:
                sampler = RandomSampler(dataset) if shuffle else SequentialSampler(dataset)
            batch_sampler = BatchSampler(sampler, batch_size, drop_last)

        self.sampler = sampler
        self.batch_sampler = batch_sampler

    def __iter__(self):
        return DataLoaderIter(self)

    def __len__(self):
        return len(self.batch_sampler)
