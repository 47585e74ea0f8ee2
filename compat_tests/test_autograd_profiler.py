"""torch.autograd.profiler: 0.3.1's CPU profiler API (events, averages, table, chrome trace)."""
import json

import pytest

import legacy_autograd as torch
from legacy_autograd.autograd import Variable
from legacy_autograd.autograd import profiler
from legacy_autograd.autograd import engine as _engine


def test_forward_ops_are_events_named_as_in_03_in_order():
    a = Variable(torch.randn(4, 3))
    with profiler.profile() as prof:
        b = a * 3
        c = b - 1
        d = c.exp()
    names = [e.name for e in prof.function_events]
    assert names == ['mul', 'sub', 'exp']
    prev_end = 0
    for e in prof.function_events:
        assert e.start > prev_end or (prev_end == 0 and e.start >= 0)
        assert e.end >= e.start
        assert e.count == 1
        assert e.cuda_time_total == 0
        prev_end = e.end
    assert d.size() == (4, 3)


def test_backward_nodes_are_recorded_and_gradients_unchanged():
    w = Variable(torch.DoubleTensor([[1.0, 2.0], [3.0, 4.0]]), requires_grad=True)
    with profiler.profile() as prof:
        loss = (w * w).sum()
        loss.backward()
    names = [e.name for e in prof.function_events]
    assert names[:2] == ['mul', 'sum']
    assert 'SumBackward0' in names
    assert names[-1] == 'AccumulateGrad'
    assert w.grad.data.tolist() == [[2.0, 4.0], [6.0, 8.0]]


def test_nothing_is_recorded_outside_and_methods_are_restored():
    before = Variable.__dict__['__mul__']
    x = Variable(torch.ones(2))
    with profiler.profile() as prof:
        x + 1
    assert Variable.__dict__['__mul__'] is before
    assert _engine.PROFILE is None
    x * 2
    assert [e.name for e in prof.function_events] == ['add']


def test_nested_front_end_calls_are_one_event():
    x = Variable(torch.randn(3, 3))
    with profiler.profile() as prof:
        x.t().contiguous().view(9)
    assert [e.name for e in prof.function_events] == ['t', 'contiguous', 'view']


def test_custom_function_call_is_named_by_class():
    class Double(torch.autograd.Function):
        @staticmethod
        def forward(ctx, t):
            return t * 2

        @staticmethod
        def backward(ctx, g):
            return g * 2

    x = Variable(torch.randn(2), requires_grad=True)
    with profiler.profile() as prof:
        Double.apply(x).sum().backward()
    names = [e.name for e in prof.function_events]
    assert names[0] == 'Double'
    assert 'DoubleBackward' in names


def test_key_averages_total_average_and_table_layout():
    x = Variable(torch.randn(5))
    with profiler.profile() as prof:
        for _ in range(3):
            x = x + 1
        x.neg()
    avg = prof.key_averages()
    assert [(e.key, e.count) for e in avg] == [('add', 3), ('neg', 1)]
    total = prof.total_average()
    assert total.key == 'Total' and total.count == 4
    lines = prof.table().split('\n')
    width = len('add') + 4
    assert lines[0] == '-' * 7 + ('  ' + '-' * 15) * 5
    assert lines[1] == ('{:<%d}' % width).format('Name') + ''.join(
        '  {:>15}'.format(h) for h in ('CPU time', 'CUDA time', 'Calls', 'CPU total', 'CUDA total'))
    assert lines[2] == lines[0]
    assert lines[3].startswith('add    ') and lines[3].endswith('0.000us')
    assert lines[-1] == ''
    assert str(prof) == prof.table()
    row = prof.key_averages().table(sort_by='count').split('\n')[3]
    assert row.startswith('neg ')


def test_format_time_and_event_reprs():
    assert profiler.format_time(1500) == '1.500us'
    e = profiler.FunctionEvent(id=7, name='mm', start=1000, end=4500)
    assert e.cpu_time_total == 3500 and e.cpu_time_str == '3.500us'
    assert repr(e) == '<FunctionEvent id=7 cpu_time=3.500us cuda_time=0.000us name=mm>'
    avg = profiler.FunctionEventAvg()
    avg += e
    avg += profiler.FunctionEvent(id=8, name='mm', start=0, end=500)
    assert avg.count == 2 and avg.cpu_time == 2000.0
    assert repr(avg) == '<FunctionEventAvg cpu_time=2.000us cuda_time=0.000us key=mm>'


def test_export_chrome_trace(tmp_path):
    x = Variable(torch.randn(3))
    with profiler.profile() as prof:
        x.sin()
    path = str(tmp_path / 'trace.json')
    prof.export_chrome_trace(path)
    with open(path) as f:
        events = json.load(f)
    assert len(events) == 1
    assert events[0]['name'] == 'sin' and events[0]['ph'] == 'X'
    assert events[0]['tid'] == 'Autograd functions'


def test_unfinished_profile_and_reentrance():
    prof = profiler.profile()
    assert repr(prof) == '<unfinished torch.autograd.profile>'
    with pytest.raises(RuntimeError, match="can't export a trace that didn't finish running"):
        prof.table()
    with prof:
        with pytest.raises(RuntimeError, match='not reentrant'):
            prof.__enter__()
    assert prof.function_events is not None


def test_disabled_profile_is_a_no_op():
    with profiler.profile(enabled=False) as prof:
        Variable(torch.ones(1)) + 1
    assert prof is None


def test_emit_nvtx_needs_cuda():
    with pytest.raises(RuntimeError, match='compiled without CUDA'):
        with profiler.emit_nvtx():
            pass
    with profiler.emit_nvtx(enabled=False):
        pass
    assert _engine.PROFILE is None


def test_an_op_that_raises_still_ends_its_event():
    x = Variable(torch.randn(2, 3))
    with profiler.profile() as prof:
        with pytest.raises(RuntimeError):
            x.mm(x)
        x.abs()
    assert [e.name for e in prof.function_events] == ['mm', 'abs']
