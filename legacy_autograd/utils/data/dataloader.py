"""``torch.utils.data.dataloader`` (0.3): DataLoader, DataLoaderIter, default_collate,
ExceptionWrapper.

``num_workers > 0`` loads in worker processes, as 0.3 did (forked; see
:class:`DataLoaderIter`): the same batches in the same order as ``num_workers=0``, 0.3's
worker seeding, an exception raised in a worker re-raised in the main process as
``type(exc)(the worker's formatted traceback)``, ``timeout``, and a RuntimeError naming the
worker when one dies.  Where ``fork`` is not available the workers run in the calling
process instead (one notice on stderr per process), with the same batches and random streams.
"""
import collections.abc
import numbers
import pickle
import re
import signal
import sys
import traceback

from ... import multiprocessing
from ._functions import torch_namespace
from .sampler import SequentialSampler, RandomSampler, BatchSampler

__all__ = ['DataLoader', 'DataLoaderIter', 'default_collate', 'ExceptionWrapper']

string_classes = (str, bytes)
int_classes = int

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

#: 0.3.1's table (custom collate functions copied from 0.3 use it): numpy dtype name ->
#: tensor class.
numpy_type_map = {k: getattr(torch_namespace(), v) for k, v in _NUMPY_TYPES.items()}

_state = {'workers_noticed': False}

WORKERS_NOTICE = ('legacy_autograd: DataLoader num_workers={} runs in the main process '
                  '(this platform cannot fork worker processes); batches, their order and '
                  'the random streams follow 0.3.\n')


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


class ExceptionWrapper(object):
    """An exception with its formatted traceback, to hand from a worker to the main
    process: ``exc_type`` and ``exc_msg`` (``"".join(traceback.format_exception(...))``)."""

    def __init__(self, exc_info):
        self.exc_type = exc_info[0]
        self.exc_msg = "".join(traceback.format_exception(*exc_info))


#: 0.3.1's flag: True inside a worker process (0.3 collated into shared memory there).
_use_shared_memory = False


def _picklable_type(exc_type):
    """``exc_type`` if it pickles (a class defined inside a function does not), else the
    nearest base class that does."""
    for cls in exc_type.__mro__:
        try:
            pickle.dumps(cls)
            return cls
        except Exception:
            continue
    return RuntimeError


def _send(conn, idx, payload):
    """Send ``(idx, payload)``; a payload that does not pickle is replaced by an
    ExceptionWrapper saying so (the main process would otherwise wait forever); a wrapped
    exception whose class does not pickle travels as its nearest picklable base class."""
    if isinstance(payload, ExceptionWrapper):
        payload.exc_type = _picklable_type(payload.exc_type)
    try:
        conn.send((idx, payload))
        return
    except (BrokenPipeError, EOFError, OSError):
        raise
    except Exception:
        wrapped = ExceptionWrapper(sys.exc_info())
    wrapped.exc_type = _picklable_type(wrapped.exc_type)
    conn.send((idx, wrapped))


def _worker_loop(dataset, index_conn, result_conn, collate_fn, seed, init_fn, worker_id,
                 parent_conns=()):
    """A worker process: seed the torch generator with ``seed``, run ``init_fn(worker_id)``,
    then load ``(idx, batch_indices)`` requests until None.  ``parent_conns`` (the main
    process's ends of this and the earlier workers' pipes, copied by the fork) are closed
    first, so a worker whose results are no longer read gets a broken pipe and ends."""
    global _use_shared_memory
    _use_shared_memory = True
    for conn in parent_conns:
        try:
            conn.close()
        except OSError:
            pass
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)    # Ctrl-C is the main process's
    except (ValueError, OSError):
        pass
    from ... import rng
    try:
        rng.default_generator.manual_seed(seed)
        if init_fn is not None:
            init_fn(worker_id)
        while True:
            try:
                r = index_conn.recv()
            except EOFError:
                return
            if r is None:
                return
            idx, batch_indices = r
            try:
                samples = collate_fn([dataset[i] for i in batch_indices])
            except Exception:
                _send(result_conn, idx, ExceptionWrapper(sys.exc_info()))
            else:
                _send(result_conn, idx, samples)
    except (BrokenPipeError, EOFError, KeyboardInterrupt):
        return


def _mp_context():
    """The ``fork`` context where the platform has it (0.3's workers were forked), else None."""
    if 'fork' in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context('fork')
    return None


class _InProcessWorker(object):
    """Where fork is unavailable: what one 0.3 worker process had of its own (the torch
    generator seeded with ``base_seed + worker_id``, copies of the parent's numpy and
    ``random`` states), kept in the calling process and swapped in to load a batch."""

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


def _death_message(worker):
    code = worker.exitcode
    if code is not None and code < 0:
        try:
            name = signal.strsignal(-code)
        except (ValueError, AttributeError):
            name = None
        return 'DataLoader worker (pid {}) is killed by signal: {}.'.format(
            worker.pid, name or 'signal {}'.format(-code))
    return 'DataLoader worker (pid {}) exited unexpectedly with exit code {}.'.format(
        worker.pid, code)


class DataLoaderIter(object):
    """Iterates once over a :class:`DataLoader`.

    ``num_workers == 0``: each ``next`` takes the next list of indices from the batch
    sampler, loads the samples and collates them in the calling process (a shuffling
    sampler draws its permutation on the first ``next``).

    ``num_workers > 0``, as 0.3: creating the iterator draws ``base_seed =
    torch.LongTensor(1).random_()[0]`` and forks the workers; worker ``i`` runs
    ``torch.manual_seed(base_seed + i)`` and ``worker_init_fn(i)`` (numpy and ``random``
    keep the states the fork copied).  The sampler is kept ``2 * num_workers`` batches ahead;
    batch ``k`` goes to worker ``k % num_workers`` (0.3 let whichever worker was free take
    it; the fixed choice makes what a dataset draws reproducible) and the batches come back
    in sampler order.  A worker's exception is raised again as
    ``exc_type(worker traceback text)``; ``timeout > 0`` bounds each wait ("DataLoader timed
    out after N seconds"); a worker that dies raises "DataLoader worker (pid N) is killed by
    signal: ..." / "... exited unexpectedly with exit code N.".  Batches travel between the
    processes pickled (0.3 used shared memory).  The workers stop when the iterator is
    exhausted or garbage collected.
    """

    def __init__(self, loader):
        self.dataset = loader.dataset
        self.collate_fn = loader.collate_fn
        self.batch_sampler = loader.batch_sampler
        self.num_workers = loader.num_workers
        self.pin_memory = False            # loader.pin_memory and cuda.is_available()
        self.timeout = loader.timeout
        self.done_event = None
        self.shutdown = False
        self.workers = []

        self.sample_iter = iter(self.batch_sampler)

        if self.num_workers > 0:
            torch = torch_namespace()
            self.worker_init_fn = loader.worker_init_fn
            self.batches_outstanding = 0
            self.send_idx = 0
            self.rcvd_idx = 0
            self.reorder_dict = {}
            base_seed = torch.LongTensor(1).random_()[0]
            ctx = _mp_context()
            self.in_process = ctx is None
            if self.in_process:
                _workers_notice(self.num_workers)
                self.workers = [_InProcessWorker(i, base_seed + i, self.worker_init_fn)
                                for i in range(self.num_workers)]
                self.pending = collections.deque()
            else:
                self.index_conns, self.result_conns = [], []
                for i in range(self.num_workers):
                    idx_r, idx_w = ctx.Pipe(duplex=False)
                    res_r, res_w = ctx.Pipe(duplex=False)
                    w = ctx.Process(target=_worker_loop,
                                    args=(self.dataset, idx_r, res_w, self.collate_fn,
                                          base_seed + i, self.worker_init_fn, i,
                                          self.index_conns + self.result_conns +
                                          [idx_w, res_r]))
                    w.daemon = True     # the workers end with the main process
                    w.start()
                    idx_r.close()
                    res_w.close()
                    self.workers.append(w)
                    self.index_conns.append(idx_w)
                    self.result_conns.append(res_r)
            for _ in range(2 * self.num_workers):
                self._put_indices()

    def __len__(self):
        return len(self.batch_sampler)

    def _load(self, indices):
        return self.collate_fn([self.dataset[i] for i in indices])

    def _put_indices(self):
        indices = next(self.sample_iter, None)
        if indices is None:
            return
        if self.in_process:
            self.pending.append((self.send_idx, indices))
        else:
            self.index_conns[self.send_idx % self.num_workers].send((self.send_idx, indices))
        self.batches_outstanding += 1
        self.send_idx += 1

    def _get_batch(self, k):
        """The next message of worker ``k``: waits (``timeout`` seconds at most when set)
        and watches the worker, so a dead worker is an error, not a hang."""
        from multiprocessing.connection import wait
        conn, worker = self.result_conns[k], self.workers[k]
        ready = wait([conn, worker.sentinel], self.timeout if self.timeout > 0 else None)
        if not ready:
            raise RuntimeError('DataLoader timed out after {} seconds'.format(self.timeout))
        if conn in ready or conn.poll():
            try:
                return conn.recv()
            except EOFError:
                pass
        worker.join(1.0)
        raise RuntimeError(_death_message(worker))

    def __next__(self):
        if self.num_workers == 0:
            indices = next(self.sample_iter)   # StopIteration ends the epoch
            batch = self._load(indices)
            if self.pin_memory:
                batch = pin_memory_batch(batch)
            return batch

        if self.in_process:
            if not self.pending:
                raise StopIteration
            idx, indices = self.pending.popleft()
            worker = self.workers[idx % self.num_workers]
            try:
                batch = worker.run(self._load, indices)
            except Exception:
                batch = ExceptionWrapper(sys.exc_info())
            self.batches_outstanding -= 1
            return self._process_next_batch(batch)

        if self.rcvd_idx in self.reorder_dict:
            return self._process_next_batch(self.reorder_dict.pop(self.rcvd_idx))
        if self.batches_outstanding == 0:
            self._shutdown_workers()
            raise StopIteration
        while True:
            if self.shutdown:
                raise StopIteration
            try:
                idx, batch = self._get_batch(self.rcvd_idx % self.num_workers)
            except RuntimeError:
                self._shutdown_workers()
                raise
            self.batches_outstanding -= 1
            if idx != self.rcvd_idx:
                self.reorder_dict[idx] = batch
                continue
            return self._process_next_batch(batch)

    next = __next__  # Python 2 spelling, as 0.3 had it

    def __iter__(self):
        return self

    def _process_next_batch(self, batch):
        self.rcvd_idx += 1
        self._put_indices()
        if isinstance(batch, ExceptionWrapper):
            raise batch.exc_type(batch.exc_msg)
        return batch

    def __getstate__(self):
        raise NotImplementedError('DataLoaderIterator cannot be pickled')

    def _shutdown_workers(self):
        if self.shutdown or self.num_workers == 0 or getattr(self, 'in_process', True):
            self.shutdown = True
            return
        self.shutdown = True
        for conn in self.index_conns:
            try:
                conn.send(None)
            except (OSError, ValueError):
                pass
        for conn in self.result_conns:
            conn.close()            # a worker still sending gets a broken pipe and ends
        for w in self.workers:
            w.join(0.5)
            if w.is_alive():
                w.terminate()
                w.join(0.5)
        for conn in self.index_conns:
            conn.close()

    def __del__(self):
        try:
            self._shutdown_workers()
        except Exception:
            pass


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
