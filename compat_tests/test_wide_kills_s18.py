"""Behaviours session 18's measurement left unguarded, each pinned here.

* a function hook sees ``None`` for an input that needs no gradient, also when the other input
  comes from an op (0.3.1: ``should_compute_output`` false leaves the output undefined);
* ``autograd.profiler.load_nvprof`` reads each range's CUDA kernels from an nvprof trace (the
  file is sqlite; the tables are the ones 0.3.1's ``parse_nvprof_trace`` queried).
"""
import sqlite3

import pytest

import legacy_autograd as L
from legacy_autograd.autograd import Variable
from legacy_autograd.autograd import profiler


@pytest.mark.parametrize('op', ['mul', 'div', 'add', 'sub', 'pow'])
def test_a_function_hook_sees_none_for_a_constant_operand(op):
    leaf = Variable(L.FloatTensor([1.5, 2.0]), requires_grad=True)
    x = leaf + 1                        # x has a grad_fn: the second operand's edge is empty
    c = Variable(L.FloatTensor([3.0, 4.0]))
    y = getattr(x, '__%s__' % op)(c) if op != 'pow' else x ** c
    seen = []
    y.grad_fn.register_hook(lambda grad_inputs, grad_outputs: seen.append(grad_inputs))
    y.sum().backward()
    assert len(seen) == 1 and len(seen[0]) == 2
    assert seen[0][1] is None
    assert seen[0][0] is not None


def test_mm_hook_sees_none_for_a_constant_matrix():
    leaf = Variable(L.ones(2, 3), requires_grad=True)
    x = leaf * 2
    w = Variable(L.ones(3, 4))
    y = x.mm(w)
    seen = []
    y.grad_fn.register_hook(lambda gi, go: seen.append(gi))
    y.sum().backward()
    assert seen[0][1] is None
    assert seen[0][0].data.tolist() == [[4.0] * 3] * 2


def _nvprof_file(path, duplicate_kernel=False):
    con = sqlite3.connect(path)
    con.executescript(
        'CREATE TABLE StringTable (_id_ INTEGER, value TEXT);'
        'CREATE TABLE CUPTI_ACTIVITY_KIND_MARKER (id INTEGER, name INTEGER, timestamp INTEGER);'
        'CREATE TABLE CUPTI_ACTIVITY_KIND_RUNTIME (_id_ INTEGER, cbid INTEGER, start INTEGER,'
        ' "end" INTEGER, correlationId INTEGER);'
        'CREATE TABLE CUPTI_ACTIVITY_KIND_CONCURRENT_KERNEL (correlationId INTEGER,'
        ' start INTEGER, "end" INTEGER, name INTEGER);')
    con.executemany('INSERT INTO StringTable VALUES (?, ?)', [(1, 'MulBackward1'), (2, 'mm')])
    # two ranges: id 7 "MulBackward1" 1000-5000, id 8 "mm" 6000-9000 (name 0 closes a range)
    con.executemany('INSERT INTO CUPTI_ACTIVITY_KIND_MARKER VALUES (?, ?, ?)',
                    [(7, 1, 1000), (7, 0, 5000), (8, 2, 6000), (8, 0, 9000)])
    runtime = [(100, 1, 1500, 1600, 11), (101, 1, 2000, 2100, 12), (102, 1, 7000, 7100, 13)]
    # a kernel's name is a StringTable id, which 0.3.1 kept as it was (not looked up)
    kernels = [(11, 10000, 10250, 21), (12, 11000, 11040, 22), (13, 12000, 12400, 23)]
    if duplicate_kernel:
        kernels.append((11, 13000, 13010, 21))
    con.executemany('INSERT INTO CUPTI_ACTIVITY_KIND_RUNTIME VALUES (?, ?, ?, ?, ?)', runtime)
    con.executemany('INSERT INTO CUPTI_ACTIVITY_KIND_CONCURRENT_KERNEL VALUES (?, ?, ?, ?)',
                    kernels)
    con.commit()
    con.close()


def test_load_nvprof_reads_each_ranges_kernels(tmp_path):
    path = str(tmp_path / 'trace.nvvp')
    _nvprof_file(path)
    events = profiler.load_nvprof(path)
    assert [e.name for e in events] == ['MulBackward1', 'mm']
    assert [(e.start, e.end) for e in events] == [(1000, 5000), (6000, 9000)]
    assert sorted(events[0].kernels) == [(21, 250), (22, 40)]
    assert events[1].kernels == [(23, 400)]
    assert [e.cuda_time_total for e in events] == [290, 400]
    assert [e.cpu_time_total for e in events] == [4000, 3000]


def test_load_nvprof_refuses_a_kernel_seen_twice(tmp_path):
    path = str(tmp_path / 'trace.nvvp')
    _nvprof_file(path, duplicate_kernel=True)
    with pytest.raises(RuntimeError, match=r'^duplicate key: \(7, 100\)$'):
        profiler.load_nvprof(path)
