"""torch.utils.data (0.3): default_collate's types (with their printed 0.3 form), batching,
drop_last, samplers and their exact use of the 0.3 generator (randperm, multinomial),
TensorDataset's 0.3 keywords, ConcatDataset, the DataLoader's errors, worker processes (and
the in-process fallback where fork is missing),
and parity of batch contents/dtypes with modern torch's DataLoader."""
import collections
import pickle

import numpy as np
import pytest

import legacy_autograd as torch
from legacy_autograd.autograd import Variable
from legacy_autograd.rng import Generator
from legacy_autograd.utils import data
from legacy_autograd.utils.data import (DataLoader, Dataset, TensorDataset, ConcatDataset,
                                        Sampler, SequentialSampler, RandomSampler,
                                        SubsetRandomSampler, WeightedRandomSampler,
                                        BatchSampler)
from legacy_autograd.utils.data import dataloader as dl_module
from legacy_autograd.utils.data.dataloader import default_collate


def _modern():
    return pytest.importorskip('torch')


def randperm_of(seed, n):
    return Generator(seed).randperm(n).tolist()


class Squares(Dataset):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        return i * i

    def __len__(self):
        return self.n


class Records(Dataset):
    """Samples that are dicts of numpy arrays, numbers and strings."""

    def __init__(self, n=5):
        self.n = n

    def __getitem__(self, i):
        return {'image': np.full((2, 3), i, dtype=np.float32), 'label': i,
                'weight': 0.5 * i, 'name': 'item%d' % i}

    def __len__(self):
        return self.n


# ====================================================================== default_collate
def test_collate_ints_floats_and_their_printed_types():
    out = default_collate([1, 2, 3])
    assert out.type() == 'torch.LongTensor'
    assert repr(out) == '\n 1\n 2\n 3\n[torch.LongTensor of size 3]\n'
    out = default_collate([0.5, 2.0])
    assert out.type() == 'torch.DoubleTensor'
    assert repr(out) == '\n 0.5000\n 2.0000\n[torch.DoubleTensor of size 2]\n'
    out = default_collate([True, False])           # bool is an int
    assert out.type() == 'torch.LongTensor' and out.tolist() == [1, 0]


def test_collate_tensors_are_stacked():
    a = torch.FloatTensor([[1, 2], [3, 4]])
    b = torch.FloatTensor([[5, 6], [7, 8]])
    out = default_collate([a, b])
    assert out.type() == 'torch.FloatTensor' and out.size() == torch.Size([2, 2, 2])
    assert out.tolist() == [[[1, 2], [3, 4]], [[5, 6], [7, 8]]]
    a[0, 0] = 100                                   # a copy, not a view
    assert out[0, 0, 0] == 1
    out = default_collate([torch.LongTensor([1, 2]), torch.LongTensor([3, 4])])
    assert repr(out) == '\n 1  2\n 3  4\n[torch.LongTensor of size 2x2]\n'
    with pytest.raises(Exception):
        default_collate([torch.FloatTensor([1, 2]), torch.FloatTensor([1, 2, 3])])
    with pytest.raises(Exception):                  # 0.3 never promoted types
        default_collate([torch.FloatTensor([1, 2]), torch.DoubleTensor([1, 2])])


@pytest.mark.parametrize('dtype,typename', [
    (np.float64, 'torch.DoubleTensor'), (np.float32, 'torch.FloatTensor'),
    (np.int64, 'torch.LongTensor'), (np.int32, 'torch.IntTensor'),
    (np.int16, 'torch.ShortTensor'), (np.int8, 'torch.CharTensor'),
    (np.uint8, 'torch.ByteTensor')])
def test_collate_numpy_arrays_and_scalars(dtype, typename):
    arrs = [np.arange(6, dtype=dtype).reshape(2, 3) + i for i in range(3)]
    if dtype is np.int8:
        # 0.3.1 stacked torch.from_numpy(b), which refused int8 arrays (its scalars went through
        # numpy_type_map, which had 'int8': CharTensor)
        with pytest.raises(RuntimeError, match="can't convert a given np.ndarray to a tensor"):
            default_collate(arrs)
    else:
        out = default_collate(arrs)
        assert out.type() == typename and out.size() == torch.Size([3, 2, 3])
        assert np.array_equal(out.numpy(), np.stack(arrs))
    scalars = [dtype(1), dtype(2)]
    out = default_collate(scalars)
    assert out.type() == typename and out.tolist() == [1, 2]


def test_collate_numpy_float_scalars_printed():
    out = default_collate([np.float32(1.5), np.float32(2)])
    assert repr(out) == '\n 1.5000\n 2.0000\n[torch.FloatTensor of size 2]\n'
    out = default_collate([np.float64(3), np.float64(4)])
    assert repr(out) == '\n 3\n 4\n[torch.DoubleTensor of size 2]\n'


def test_collate_strings_mappings_sequences():
    assert default_collate(['a', 'b']) == ['a', 'b']
    assert default_collate([b'a', b'b']) == [b'a', b'b']
    assert default_collate([np.str_('x'), np.str_('y')]) == ['x', 'y']
    out = default_collate([Records()[i] for i in range(3)])
    assert type(out) is dict and sorted(out) == ['image', 'label', 'name', 'weight']
    assert out['image'].type() == 'torch.FloatTensor'
    assert out['image'].size() == torch.Size([3, 2, 3])
    assert out['label'].type() == 'torch.LongTensor' and out['label'].tolist() == [0, 1, 2]
    assert out['weight'].type() == 'torch.DoubleTensor'
    assert out['name'] == ['item0', 'item1', 'item2']
    # tuples and lists become lists of collated fields
    out = default_collate([(1, 2.0, 'a'), (3, 4.0, 'b')])
    assert type(out) is list and len(out) == 3
    assert out[0].type() == 'torch.LongTensor' and out[1].type() == 'torch.DoubleTensor'
    assert out[2] == ('a', 'b')                    # zip's tuple, as in 0.3
    nested = default_collate([[{'x': 1}, [2, 3]], [{'x': 4}, [5, 6]]])
    assert nested[0]['x'].tolist() == [1, 4]
    assert [t.tolist() for t in nested[1]] == [[2, 5], [3, 6]]
    Pair = collections.namedtuple('Pair', 'a b')
    out = default_collate([Pair(1, 2), Pair(3, 4)])
    assert type(out) is list                        # 0.3 did not keep the namedtuple
    od = collections.OrderedDict([('k', 1)])
    assert type(default_collate([od, od])) is dict  # nor the mapping type


def test_collate_errors():
    with pytest.raises(TypeError) as e:
        default_collate([object(), object()])
    assert str(e.value) == ("batch must contain tensors, numbers, dicts or lists; "
                            "found <class 'object'>")
    with pytest.raises(TypeError) as e:
        default_collate([None])
    assert str(e.value) == ("batch must contain tensors, numbers, dicts or lists; "
                            "found <class 'NoneType'>")
    with pytest.raises(TypeError) as e:
        default_collate([np.array(['a', 'b']), np.array(['c', 'd'])])
    assert str(e.value) == 'batch must contain tensors, numbers, dicts or lists; found <U1'
    with pytest.raises(TypeError) as e:
        default_collate([np.array([{}], dtype=object)])
    assert str(e.value) == 'batch must contain tensors, numbers, dicts or lists; found object'
    with pytest.raises(TypeError) as e:           # Variables are not collated in 0.3
        default_collate([Variable(torch.ones(1)), Variable(torch.ones(1))])
    assert str(e.value).startswith('batch must contain tensors, numbers, dicts or lists; '
                                   "found <class '")


def test_collate_parity_with_modern():
    mt = _modern()
    from torch.utils.data.dataloader import default_collate as mcollate
    cases = [
        [1, 2, 3],
        [0.5, 1.5],
        [np.arange(4, dtype=np.float32), np.arange(4, dtype=np.float32) + 1],
        [np.ones((2, 2), dtype=np.int64), np.zeros((2, 2), dtype=np.int64)],
        [np.uint8(3), np.uint8(4)],
        [np.float64(0.25), np.float64(0.75)],
    ]
    for batch in cases:
        ours = default_collate(batch)
        theirs = mcollate(batch)
        assert np.array_equal(ours.numpy(), theirs.numpy())
        assert ours.numpy().dtype == theirs.numpy().dtype
    ours = default_collate([Records()[i] for i in range(2)])
    theirs = mcollate([Records()[i] for i in range(2)])
    for k in ('image', 'label', 'weight'):
        assert np.array_equal(ours[k].numpy(), theirs[k].numpy())
        assert ours[k].numpy().dtype == theirs[k].numpy().dtype
    assert ours['name'] == theirs['name']
    t = [torch.FloatTensor([1, 2]), torch.FloatTensor([3, 4])]
    mtens = [mt.tensor([1., 2.]), mt.tensor([3., 4.])]
    assert default_collate(t).tolist() == mcollate(mtens).tolist()


# ====================================================================== datasets
def test_tensor_dataset_keywords_and_positional():
    x = torch.randn(5, 3)
    y = torch.LongTensor([0, 1, 2, 3, 4])
    for ds in (TensorDataset(data_tensor=x, target_tensor=y), TensorDataset(x, y),
               TensorDataset(x, target_tensor=y)):
        assert len(ds) == 5
        assert ds.data_tensor is x and ds.target_tensor is y
        d, t = ds[2]
        assert d.type() == 'torch.FloatTensor' and d.size() == torch.Size([3])
        assert t == 2 and isinstance(t, int)           # indexing a 1-D tensor: a number
        assert d.tolist() == x[2].tolist()
    with pytest.raises(AssertionError):
        TensorDataset(x, torch.LongTensor([1, 2]))
    with pytest.raises(TypeError):
        TensorDataset(x, y, y)                          # the 0.4 *tensors form is not 0.3's
    with pytest.raises(TypeError):
        TensorDataset(tensors=(x, y))


def test_tensor_dataset_loader_types():
    x = torch.randn(7, 2)
    y = torch.FloatTensor([0, 1, 2, 3, 4, 5, 6])
    loader = DataLoader(TensorDataset(data_tensor=x, target_tensor=y), batch_size=3)
    batches = list(loader)
    assert [b[0].size() for b in batches] == [torch.Size([3, 2])] * 2 + [torch.Size([1, 2])]
    # 1-D float target: items are Python floats, collated into a DoubleTensor (0.3)
    assert batches[0][1].type() == 'torch.DoubleTensor'
    assert batches[0][1].tolist() == [0, 1, 2]
    assert type(batches[0]) is list


def test_concat_dataset():
    a, b = Squares(3), Squares(4)
    both = a + b
    assert isinstance(both, ConcatDataset)
    assert len(both) == 7 and both.cummulative_sizes == [3, 7]
    assert both.cumulative_sizes == [3, 7]
    assert [both[i] for i in range(7)] == [0, 1, 4, 0, 1, 4, 9]
    three = both + Squares(2)
    assert len(three) == 9 and three[8] == 1
    assert ConcatDataset.cumsum([a, b, a]) == [3, 7, 10]
    with pytest.raises(AssertionError) as e:
        ConcatDataset([])
    assert str(e.value) == 'datasets should not be an empty iterable'


def test_dataset_base_class():
    with pytest.raises(NotImplementedError):
        Dataset()[0]
    with pytest.raises(NotImplementedError):
        len(Dataset())


# ====================================================================== batching
def test_batches_drop_last_and_len():
    ds = Squares(10)
    loader = DataLoader(ds, batch_size=3)
    assert len(loader) == 4
    assert [b.tolist() for b in loader] == [[0, 1, 4], [9, 16, 25], [36, 49, 64], [81]]
    loader = DataLoader(ds, batch_size=3, drop_last=True)
    assert len(loader) == 3
    assert [b.tolist() for b in loader] == [[0, 1, 4], [9, 16, 25], [36, 49, 64]]
    loader = DataLoader(ds)
    assert len(loader) == 10 and next(iter(loader)).size() == torch.Size([1])
    loader = DataLoader(ds, batch_size=5, drop_last=True)
    assert len(loader) == 2 and len(list(loader)) == 2
    it = iter(loader)
    assert len(it) == 2 and iter(it) is it
    assert next(it).tolist() == [0, 1, 4, 9, 16]


def test_loader_parity_with_modern():
    _modern()
    from torch.utils.data import DataLoader as MLoader
    ds = Records(7)
    ours = list(DataLoader(ds, batch_size=3))
    theirs = list(MLoader(ds, batch_size=3))
    assert len(ours) == len(theirs) == 3
    for o, t in zip(ours, theirs):
        for k in ('image', 'label', 'weight'):
            assert np.array_equal(o[k].numpy(), t[k].numpy())
            assert o[k].numpy().dtype == t[k].numpy().dtype
        assert o['name'] == t['name']
    ours = [b.tolist() for b in DataLoader(Squares(10), batch_size=4, drop_last=True)]
    theirs = [b.tolist() for b in MLoader(Squares(10), batch_size=4, drop_last=True)]
    assert ours == theirs
    assert len(DataLoader(Squares(10), batch_size=4)) == len(MLoader(Squares(10), batch_size=4))


def test_custom_collate_fn_and_batch_sampler():
    loader = DataLoader(Squares(6), batch_size=4, collate_fn=lambda b: b)
    assert list(loader) == [[0, 1, 4, 9], [16, 25]]
    loader = DataLoader(Squares(6), batch_sampler=[[5, 0], [2]])
    assert [b.tolist() for b in loader] == [[25, 0], [4]]
    assert len(loader) == 2


# ================================================================ shuffling, the 0.3 generator
def test_shuffle_order_is_randperm_of_the_0_3_generator():
    n = 23
    torch.manual_seed(7)
    loader = DataLoader(TensorDataset(torch.arange(0, n), torch.LongTensor(list(range(n)))),
                        batch_size=5, shuffle=True)
    order = []
    for _, target in loader:
        order += target.tolist()
    assert order == randperm_of(7, n)
    # exactly n - 1 engine outputs were used: the stream continues as after randperm(n)
    g = Generator(7)
    g.randperm(n)
    assert torch.get_rng_state().numpy().tobytes() == g.get_state().tobytes()
    # the next epoch draws the next permutation
    order2 = [t for _, tt in loader for t in tt.tolist()]
    assert order2 == g.randperm(n).tolist()


def test_shuffle_reproducible_under_manual_seed():
    ds = Squares(50)
    torch.manual_seed(123)
    first = [b.tolist() for b in DataLoader(ds, batch_size=8, shuffle=True)]
    torch.manual_seed(123)
    second = [b.tolist() for b in DataLoader(ds, batch_size=8, shuffle=True)]
    assert first == second
    torch.manual_seed(124)
    third = [b.tolist() for b in DataLoader(ds, batch_size=8, shuffle=True)]
    assert first != third
    assert sorted(x for b in first for x in b) == [i * i for i in range(50)]


def test_permutation_is_drawn_at_the_first_batch():
    torch.manual_seed(3)
    it = iter(DataLoader(Squares(6), shuffle=True, batch_size=6))
    torch.rand(2)                                   # consumed before the permutation
    batch = next(it)
    g = Generator(3)
    g.fill_uniform(np.empty(2, dtype=np.float32))
    assert batch.tolist() == [i * i for i in g.randperm(6).tolist()]


def test_random_sampler_yields_python_ints():
    torch.manual_seed(5)
    got = list(RandomSampler(Squares(8)))
    assert got == randperm_of(5, 8)
    assert all(type(i) is int for i in got)
    assert len(RandomSampler(Squares(8))) == 8


def test_sequential_and_subset_random_samplers():
    assert list(SequentialSampler(Squares(4))) == [0, 1, 2, 3]
    assert len(SequentialSampler(Squares(4))) == 4
    idx = [10, 20, 30, 40, 50]
    torch.manual_seed(11)
    got = list(SubsetRandomSampler(idx))
    assert got == [idx[i] for i in randperm_of(11, 5)]
    assert len(SubsetRandomSampler(idx)) == 5
    loader = DataLoader(Squares(60), sampler=SubsetRandomSampler(idx), batch_size=2)
    torch.manual_seed(11)
    assert [x for b in loader for x in b.tolist()] == [i * i for i in got]


def test_weighted_random_sampler_uses_multinomial():
    w = [0.1, 0.0, 0.5, 0.4]
    torch.manual_seed(2)
    s = WeightedRandomSampler(w, 20)
    assert s.weights.type() == 'torch.DoubleTensor' and len(s) == 20
    got = list(s)
    expect = Generator(2).multinomial(np.array(w, dtype=np.float64), 20, True).tolist()
    assert got == expect and 1 not in got
    torch.manual_seed(2)
    s = WeightedRandomSampler(w, 3, replacement=False)
    got = list(s)
    assert got == Generator(2).multinomial(np.array(w, dtype=np.float64), 3, False).tolist()
    assert len(set(got)) == 3
    assert all(type(i) is int for i in got)


def test_batch_sampler():
    bs = BatchSampler(SequentialSampler(range(10)), 4, False)
    assert list(bs) == [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]] and len(bs) == 3
    bs = BatchSampler(SequentialSampler(range(10)), 4, True)
    assert list(bs) == [[0, 1, 2, 3], [4, 5, 6, 7]] and len(bs) == 2
    bs = BatchSampler(SequentialSampler(range(8)), 4, True)
    assert len(bs) == 2 and len(list(bs)) == 2


def test_sampler_base_class():
    s = Sampler(None)
    with pytest.raises(NotImplementedError):
        iter(s)
    with pytest.raises(NotImplementedError):
        len(s)


# ====================================================================== errors and options
def test_loader_option_errors():
    ds = Squares(4)
    cases = [
        (dict(batch_sampler=[[0]], batch_size=2),
         'batch_sampler is mutually exclusive with batch_size, shuffle, sampler, and drop_last'),
        (dict(batch_sampler=[[0]], shuffle=True),
         'batch_sampler is mutually exclusive with batch_size, shuffle, sampler, and drop_last'),
        (dict(batch_sampler=[[0]], sampler=[0]),
         'batch_sampler is mutually exclusive with batch_size, shuffle, sampler, and drop_last'),
        (dict(batch_sampler=[[0]], drop_last=True),
         'batch_sampler is mutually exclusive with batch_size, shuffle, sampler, and drop_last'),
        (dict(sampler=SequentialSampler(ds), shuffle=True),
         'sampler is mutually exclusive with shuffle'),
        (dict(num_workers=-1),
         'num_workers cannot be negative; use num_workers=0 to disable multiprocessing.'),
        (dict(timeout=-1), 'timeout option should be non-negative'),
    ]
    for kw, text in cases:
        with pytest.raises(ValueError) as e:
            DataLoader(ds, **kw)
        assert str(e.value) == text


def test_loader_attributes_and_pin_memory():
    ds = Squares(5)
    loader = DataLoader(ds, batch_size=2, shuffle=True, pin_memory=True, timeout=3)
    assert isinstance(loader.sampler, RandomSampler)
    assert isinstance(loader.batch_sampler, BatchSampler)
    assert loader.batch_sampler.batch_size == 2 and loader.pin_memory is True
    torch.manual_seed(0)
    assert sorted(x for b in loader for x in b.tolist()) == [0, 1, 4, 9, 16]
    assert loader.collate_fn is default_collate
    with pytest.raises(NotImplementedError) as e:
        pickle.dumps(iter(loader))
    assert str(e.value) == 'DataLoaderIterator cannot be pickled'


def test_package_namespace():
    for name in ('DataLoader', 'Dataset', 'TensorDataset', 'ConcatDataset', 'Sampler',
                 'SequentialSampler', 'RandomSampler', 'SubsetRandomSampler',
                 'WeightedRandomSampler', 'BatchSampler'):
        assert hasattr(torch.utils.data, name)
    assert torch.utils.data is data
    assert data.dataloader.DataLoaderIter is dl_module.DataLoaderIter


# ================================================================ num_workers > 0, in process
class Noisy(Dataset):
    """Each item draws from the torch generator (like a random transform in a worker)."""

    def __getitem__(self, i):
        return torch.rand(1)[0] + i

    def __len__(self):
        return 6


def _worker_streams(seed, num_workers):
    """0.3: base_seed = LongTensor(1).random_()[0] from the main generator, then worker i
    runs with manual_seed(base_seed + i)."""
    g = Generator(seed)
    a = np.zeros(1, dtype=np.int64)
    g.fill_random(a)
    base = int(a[0])
    return g, [Generator(base + i) for i in range(num_workers)]


class Pids(Dataset):
    def __getitem__(self, i):
        import os
        return os.getpid()

    def __len__(self):
        return 8


def test_workers_are_processes_with_the_same_batches(capsys):
    import os
    ds = Records(7)
    plain = list(DataLoader(ds, batch_size=2))
    multi = list(DataLoader(ds, batch_size=2, num_workers=3))
    assert capsys.readouterr().err == ''            # no notice: real workers
    assert len(plain) == len(multi) == 4
    for a, b in zip(plain, multi):
        assert a['label'].tolist() == b['label'].tolist() and a['name'] == b['name']
        assert np.array_equal(a['image'].numpy(), b['image'].numpy())
    pids = [p for b in DataLoader(Pids(), batch_size=2, num_workers=2) for p in b.tolist()]
    assert os.getpid() not in pids and len(set(pids)) == 2
    assert pids[0:2] == pids[4:6] and pids[2:4] == pids[6:8]   # batch k: worker k % 2


def test_in_process_fallback_with_one_notice(capsys, monkeypatch):
    monkeypatch.setattr(dl_module, '_mp_context', lambda: None)
    dl_module._state['workers_noticed'] = False
    ds = Records(7)
    plain = list(DataLoader(ds, batch_size=2))
    multi = list(DataLoader(ds, batch_size=2, num_workers=3))
    again = list(DataLoader(ds, batch_size=2, num_workers=2))
    err = capsys.readouterr().err
    assert err.count('num_workers') == 1 and 'main process' in err
    for a, b, c in zip(plain, multi, again):
        assert a['label'].tolist() == b['label'].tolist() == c['label'].tolist()
    torch.manual_seed(9)
    batches = [b.tolist() for b in DataLoader(Noisy(), batch_size=2, num_workers=2)]
    monkeypatch.undo()
    torch.manual_seed(9)
    assert batches == [b.tolist() for b in DataLoader(Noisy(), batch_size=2, num_workers=2)]


def test_worker_random_streams_follow_0_3():
    torch.manual_seed(9)
    loader = DataLoader(Noisy(), batch_size=2, num_workers=2)
    batches = [b.tolist() for b in loader]
    main, workers = _worker_streams(9, 2)
    expect = []
    for k in range(3):
        w = workers[k % 2]
        vals = []
        for i in (2 * k, 2 * k + 1):
            u = np.empty(1, dtype=np.float32)
            w.fill_uniform(u)
            vals.append(float(u[0]) + i)
        expect.append(vals)
    np.testing.assert_allclose(batches, expect, rtol=1e-6)
    # the main generator only lost the base-seed draw
    assert torch.get_rng_state().numpy().tobytes() == main.get_state().tobytes()


def test_worker_shuffle_draws_after_the_base_seed():
    torch.manual_seed(4)
    loader = DataLoader(Squares(9), batch_size=4, shuffle=True, num_workers=2)
    order = [x for b in loader for x in b.tolist()]
    main, _ = _worker_streams(4, 2)
    assert order == [i * i for i in main.randperm(9).tolist()]


def init_seeds_numpy(worker_id):
    np.random.seed(100 + worker_id)


class NumpyNoise(Dataset):
    """Reports the worker's torch initial seed and a numpy draw."""

    def __getitem__(self, i):
        return [float(torch.initial_seed()), float(np.random.rand())]

    def __len__(self):
        return 4


def test_worker_init_fn_and_numpy_state_copies():
    np.random.seed(0)
    before = np.random.get_state()[1].copy()
    torch.manual_seed(1)
    batches = [[float(x) for x in b[1].tolist()] for b in
               DataLoader(NumpyNoise(), batch_size=1, num_workers=2,
                          worker_init_fn=init_seeds_numpy)]
    _, workers = _worker_streams(1, 2)
    r0, r1 = np.random.RandomState(100), np.random.RandomState(101)
    assert batches == [[r0.rand()], [r1.rand()], [r0.rand()], [r1.rand()]]
    assert np.array_equal(np.random.get_state()[1], before)   # the parent's state is untouched
    # without an init function each worker's numpy state is the parent's (fork copies it)
    np.random.seed(0)
    noise = [b[1].tolist() for b in DataLoader(NumpyNoise(), batch_size=1, num_workers=2)]
    r = np.random.RandomState(0)
    first, second = r.rand(), r.rand()
    assert noise == [[first], [first], [second], [second]]
    torch.manual_seed(1)
    seeds = [b[0].tolist()[0] for b in DataLoader(NumpyNoise(), batch_size=1, num_workers=2)]
    assert seeds == [float(workers[0].initial_seed()), float(workers[1].initial_seed())] * 2


def test_worker_errors_are_reraised_with_the_traceback_text():
    class Broken(Dataset):
        def __getitem__(self, i):
            if i == 3:
                raise KeyError('missing sample')
            return i

        def __len__(self):
            return 6

    it = iter(DataLoader(Broken(), batch_size=2, num_workers=2))
    assert next(it).tolist() == [0, 1]
    with pytest.raises(KeyError) as e:
        next(it)
    text = e.value.args[0]
    assert text.startswith('Traceback (most recent call last):')
    assert "KeyError: 'missing sample'" in text
    it = iter(DataLoader(Broken(), batch_size=2))   # without workers: the exception itself
    next(it)
    with pytest.raises(KeyError) as e:
        next(it)
    assert e.value.args == ('missing sample',)


# ====================================================================== recorded output
# MorvanZhou/PyTorch-Tutorial, tutorial-contents-notebooks/305_batch_train.ipynb at commit
# 14f423b4a88c0ca2e30ffdee9705debcec4c074b: torch.manual_seed(1), x = linspace(1, 10, 10),
# DataLoader(shuffle=True, num_workers=2), printed batch_x over 3 epochs (batch size 5),
# then (after one unrecorded run of the same cell) batch size 3.  That run used torch 0.4,
# whose DataLoader kept 0.3's scheme (base-seed draw, then randperm) and the same generator.
RECORDED_305_BS5 = [[5, 7, 10, 3, 4], [2, 1, 8, 9, 6], [4, 6, 7, 10, 8], [5, 3, 2, 1, 9],
                    [4, 2, 5, 6, 10], [3, 9, 1, 8, 7]]
RECORDED_305_BS3 = [[3, 9, 4], [1, 7, 8], [5, 6, 10], [2], [1, 5, 3], [2, 8, 6], [9, 7, 10],
                    [4], [1, 6, 4], [3, 8, 5], [10, 7, 9], [2]]


def _epochs(loader, n=3):
    out = []
    for _ in range(n):
        for bx, by in loader:
            out.append([int(v) for v in bx.tolist()])
            assert [int(v) for v in by.tolist()] == [11 - int(v) for v in bx.tolist()]
    return out


def test_recorded_batch_train_shuffle_with_workers():
    torch.manual_seed(1)
    x = torch.linspace(1, 10, 10)
    y = torch.linspace(10, 1, 10)
    ds = TensorDataset(data_tensor=x, target_tensor=y)
    assert _epochs(DataLoader(ds, batch_size=5, shuffle=True, num_workers=2)) == \
        RECORDED_305_BS5
    _epochs(DataLoader(ds, batch_size=3, shuffle=True, num_workers=2))   # the unrecorded run
    assert _epochs(DataLoader(ds, batch_size=3, shuffle=True, num_workers=2)) == \
        RECORDED_305_BS3


def test_recorded_order_needs_the_base_seed_draw():
    """Without the worker base-seed draw the first epoch would be plain randperm(10)."""
    torch.manual_seed(1)
    ds = TensorDataset(torch.linspace(1, 10, 10), torch.linspace(10, 1, 10))
    first = _epochs(DataLoader(ds, batch_size=5, shuffle=True), 1)
    assert first == [[i + 1 for i in randperm_of(1, 10)[:5]],
                     [i + 1 for i in randperm_of(1, 10)[5:]]]
    assert first != RECORDED_305_BS5[:2]


# ================================================================ worker processes
class Sleepy(Dataset):
    def __getitem__(self, i):
        import time
        time.sleep(30)
        return i

    def __len__(self):
        return 4


class Dies(Dataset):
    def __getitem__(self, i):
        import os
        import signal
        if i == 2:
            os.kill(os.getpid(), signal.SIGKILL)
        return i

    def __len__(self):
        return 4


class Exits(Dataset):
    def __getitem__(self, i):
        import os
        os._exit(3)

    def __len__(self):
        return 2


def test_worker_timeout_and_death_are_errors():
    # a worker that sleeps 30 s: without the timeout next() would return a batch, not raise
    it = iter(DataLoader(Sleepy(), batch_size=1, num_workers=2, timeout=0.5))
    with pytest.raises(RuntimeError, match=r'^DataLoader timed out after 0.5 seconds$'):
        next(it)
    assert all(not w.is_alive() for w in it.workers)        # stopped after the error
    it = iter(DataLoader(Dies(), batch_size=1, num_workers=2))
    assert next(it).tolist() == [0] and next(it).tolist() == [1]
    with pytest.raises(RuntimeError,
                       match=r'^DataLoader worker \(pid \d+\) is killed by signal: Killed\.$'):
        next(it)
    it = iter(DataLoader(Exits(), batch_size=1, num_workers=1))
    with pytest.raises(RuntimeError, match=r'exited unexpectedly with exit code 3\.$'):
        next(it)


def test_unpicklable_worker_exception_keeps_a_base_type():
    class LocalError(KeyError):             # defined in a function: cannot be pickled
        pass

    class Raises(Dataset):
        def __getitem__(self, i):
            raise LocalError('bad item {}'.format(i))

        def __len__(self):
            return 2

    it = iter(DataLoader(Raises(), batch_size=1, num_workers=1))
    with pytest.raises(KeyError) as e:
        next(it)
    assert 'LocalError' in e.value.args[0] and 'bad item 0' in e.value.args[0]


def test_partial_iteration_stops_the_workers():
    it = iter(DataLoader(Squares(50), batch_size=2, num_workers=3))
    next(it)
    workers = list(it.workers)
    assert all(w.is_alive() for w in workers)
    it._shutdown_workers()
    assert all(not w.is_alive() for w in workers)
    it = iter(DataLoader(Squares(50), batch_size=2, num_workers=2))
    next(it)
    workers = list(it.workers)
    del it                                  # garbage collected: the workers end too
    import gc
    gc.collect()
    assert all(not w.is_alive() for w in workers)


def test_exception_wrapper_and_namespace():
    import sys
    try:
        raise ValueError('boom')
    except ValueError:
        w = dl_module.ExceptionWrapper(sys.exc_info())
    assert w.exc_type is ValueError
    assert w.exc_msg.startswith('Traceback (most recent call last):')
    assert w.exc_msg.endswith('ValueError: boom\n')
    from legacy_autograd import multiprocessing as mp
    for name in ('Process', 'Queue', 'SimpleQueue', 'Pipe', 'Value', 'Semaphore', 'Pool',
                 'get_context'):
        assert hasattr(mp, name)
    assert mp.get_sharing_strategy() in mp.get_all_sharing_strategies()
    mp.set_sharing_strategy('file_system')
    assert mp.get_sharing_strategy() == 'file_system'
    mp.set_sharing_strategy('file_descriptor')


def test_random_split_and_subset():
    from legacy_autograd.utils.data.dataset import random_split, Subset
    with pytest.raises(ValueError, match='Sum of input lengths does not equal'):
        random_split(list(range(5)), [2, 2])
    torch.manual_seed(3)
    a, b = random_split([10, 11, 12, 13, 14, 15, 16], [3, 4])
    perm = randperm_of(3, 7)
    assert isinstance(a, Subset) and len(a) == 3 and len(b) == 4
    assert list(a) == [10 + i for i in perm[:3]] and list(b) == [10 + i for i in perm[3:]]
    s = Subset(Squares(10), [7, 2])
    assert len(s) == 2 and s[0] == 49 and s[1] == 4


def _add_one(t):
    t.add_(1)


def _train_a_little(model):
    from legacy_autograd import optim
    opt = optim.SGD(model.parameters(), lr=0.1)
    for _ in range(3):
        opt.zero_grad()
        model(Variable(torch.ones(4, 2))).sum().backward()
        opt.step()


def test_share_memory_is_seen_by_forked_processes():
    from legacy_autograd import multiprocessing as mp, nn
    t = torch.zeros(2, 3)
    assert not t.is_shared()
    assert t.share_memory_() is t and t.is_shared()
    assert t.share_memory_() is t                     # already shared: unchanged
    procs = [mp.get_context('fork').Process(target=_add_one, args=(t,)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    assert t.tolist() == [[3.0] * 3] * 2
    model = nn.Linear(2, 1)
    model.share_memory()
    assert all(p.data.is_shared() for p in model.parameters())
    w0 = model.weight.data.clone()
    p = mp.get_context('fork').Process(target=_train_a_little, args=(model,))
    p.start()
    p.join()
    assert p.exitcode == 0
    assert not np.array_equal(model.weight.data.numpy(), w0.numpy())   # Hogwild: trained there
    s = torch.FloatStorage([1, 2])
    assert not s.is_shared() and s.share_memory_().is_shared() and s.tolist() == [1.0, 2.0]
