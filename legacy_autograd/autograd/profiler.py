"""``torch.autograd.profiler``: the CPU profiler of 0.3.1 (``profile``), its events and tables.

While a :class:`profile` is entered, every Variable operation (recorded under its 0.3 ATen name:
``mul``, ``add``, ``mm``...), every custom ``Function`` call (under its class name) and every
node the backward engine runs (``MulBackward1``, ``AccumulateGrad``...) appends a
``(name, timestamp in ns, 'push' | 'pop')`` record; leaving the context turns them into
:class:`FunctionEvent` objects.  Only the outermost operation of a nested call is recorded (the
front-ends of this package call each other; 0.3's did not).  With no profile entered nothing is
recorded and no hot path pays for it: the Variable methods are wrapped on entry and restored on
exit, and the engine reads one flag per backward call.

``emit_nvtx`` needs CUDA and says so; ``load_nvprof`` reads an nvprof file as 0.3.1 did.
"""
import itertools
import os
import subprocess
from collections import defaultdict, namedtuple

from . import _profiling


class EventList(list):
    """A list of events (:class:`FunctionEvent` or :class:`FunctionEventAvg`) that prints as a
    table."""

    def __init__(self, *args, **kwargs):
        super(EventList, self).__init__(*args, **kwargs)

    def __str__(self):
        return self.table()

    def table(self, sort_by=None):
        """The events as a table (``sort_by``: an event attribute such as ``cpu_time``,
        ``cuda_time``, ``cpu_time_total``, ``cuda_time_total`` or ``count``)."""
        return build_table(self, sort_by)

    def export_chrome_trace(self, path):
        """Write the events to ``path`` in the Chrome tracing format (``chrome://tracing``)."""
        import json
        with open(path, 'w') as f:
            events = []
            for evt in self:
                events.append(dict(name=evt.name, ph='X', ts=evt.start / 1000,
                                   dur=evt.cpu_time_total / 1000, tid='Autograd functions',
                                   pid='Autograd functions', args={}))
            json.dump(events, f)

    def key_averages(self):
        """One :class:`FunctionEventAvg` per event name (in first-seen order)."""
        stats = defaultdict(FunctionEventAvg)
        for evt in self:
            stats[evt.key] += evt
        return EventList(stats.values())

    def total_average(self):
        """All events averaged into one :class:`FunctionEventAvg` keyed ``'Total'``."""
        total = FunctionEventAvg()
        for evt in self:
            total += evt
            total.key = None
        total.key = 'Total'
        return total


class profile(object):
    """Context manager: record the autograd operations run inside it.

    ``enabled=False`` makes it a no-op.  Not reentrant: one profile at a time.
    After the ``with`` block, ``function_events`` holds the events; printing the profile
    prints their table.
    """

    def __init__(self, enabled=True):
        self.enabled = enabled
        self.function_events = None
        if not self.enabled:
            return
        self.entered = False

    def __enter__(self):
        if not self.enabled:
            return
        if self.entered:
            raise RuntimeError("autograd profiler traces are not reentrant")
        self.entered = True
        _profiling.enable(False)
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        if not self.enabled:
            return
        records = _profiling.disable()
        self.function_events = EventList(parse_cpu_trace(records))
        return False

    def __repr__(self):
        if self.function_events is None:
            return '<unfinished torch.autograd.profile>'
        return repr(self.function_events)

    def __str__(self):
        if self.function_events is None:
            return '<unfinished torch.autograd.profile>'
        return str(self.function_events)

    def _check_finish(self):
        if self.function_events is None:
            raise RuntimeError("can't export a trace that didn't finish running")

    def table(self, sort_by=None):
        self._check_finish()
        return self.function_events.table(sort_by)
    table.__doc__ = EventList.table.__doc__

    def export_chrome_trace(self, path):
        self._check_finish()
        return self.function_events.export_chrome_trace(path)
    export_chrome_trace.__doc__ = EventList.export_chrome_trace.__doc__

    def key_averages(self):
        self._check_finish()
        return self.function_events.key_averages()
    key_averages.__doc__ = EventList.key_averages.__doc__

    def total_average(self):
        self._check_finish()
        return self.function_events.total_average()
    total_average.__doc__ = EventList.total_average.__doc__


class emit_nvtx(object):
    """0.3.1's NVTX annotation context manager.  It needs CUDA, which this package does not
    have: entering an enabled one raises; ``enabled=False`` is a no-op."""

    def __init__(self, enabled=True):
        self.enabled = enabled
        self.entered = False

    def __enter__(self):
        if not self.enabled:
            return
        if self.entered:
            raise RuntimeError("NVTX annotation context manager is not reentrant")
        self.entered = True
        _profiling.enable(True)         # raises: no CUDA
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        if not self.enabled:
            return
        _profiling.disable()
        return False


def load_nvprof(path):
    """Read the autograd ranges of an nvprof trace file (made with ``emit_nvtx`` on a CUDA
    machine) as an :class:`EventList`."""
    return EventList(parse_nvprof_trace(path))


# ------------------------------------------------------------------------------- events
def format_time(time_ns):
    """A time in nanoseconds as 0.3.1 printed it: microseconds with three decimals."""
    return '{:.3f}us'.format(time_ns / 1000)


def attr_formatter(name):
    return property(lambda self: format_time(getattr(self, name)))


class FormattedTimesMixin(object):
    """``*_str`` properties and per-call averages, from ``*_time_total`` and ``count``."""
    cpu_time_str = attr_formatter('cpu_time')
    cuda_time_str = attr_formatter('cuda_time')
    cpu_time_total_str = attr_formatter('cpu_time_total')
    cuda_time_total_str = attr_formatter('cuda_time_total')

    @property
    def cpu_time(self):
        return 0.0 if self.count == 0 else 1.0 * self.cpu_time_total / self.count

    @property
    def cuda_time(self):
        return 0.0 if self.count == 0 else 1.0 * self.cuda_time_total / self.count


class FunctionEvent(FormattedTimesMixin):
    """One recorded call: ``id``, ``name``, ``start`` and ``end`` (ns since the profile
    started), ``kernels`` (CUDA kernels: none here), ``count`` (1)."""

    def __init__(self, id, name, start, end):
        self.id = id
        self.name = name
        self.start = start
        self.end = end
        self.kernels = []
        self.count = 1

    @property
    def cuda_time_total(self):
        return sum(k[1] for k in self.kernels)

    @property
    def cpu_time_total(self):
        return self.end - self.start

    @property
    def key(self):
        return self.name

    def __repr__(self):
        return '<FunctionEvent id={} cpu_time={} cuda_time={} name={}>'.format(
            self.id, self.cpu_time_str, self.cuda_time_str, self.name)


class FunctionEventAvg(FormattedTimesMixin):
    """Events of one key summed: ``count`` calls, ``cpu_time_total``, ``cuda_time_total``."""

    def __init__(self):
        self.key = None
        self.count = self.cpu_time_total = self.cuda_time_total = 0

    def __iadd__(self, other):
        if self.key is None:
            self.key = other.key
        assert isinstance(other, FunctionEvent)
        assert other.key == self.key
        self.cpu_time_total += other.cpu_time
        self.cuda_time_total += other.cuda_time
        self.count += 1
        return self

    def __repr__(self):
        return '<FunctionEventAvg cpu_time={} cuda_time={} key={}>'.format(
            self.cpu_time_str, self.cuda_time_str, self.key)


# ------------------------------------------------------------------------------- helpers
def demangle(name):
    """A C++ symbol through ``c++filt`` when it is installed; the name itself otherwise."""
    try:
        with open(os.devnull, 'w') as devnull:
            return subprocess.check_output(['c++filt', '-n', name],
                                           stderr=devnull).rstrip().decode('ascii')
    except (subprocess.CalledProcessError, OSError):
        return name


class StringTable(defaultdict):
    """name -> demangled name, computed once per name."""

    def __missing__(self, key):
        # names recorded here are Python names already: only mangled C++ ones go to c++filt
        value = demangle(key) if key.startswith('_Z') or key[:1] == 'N' and key[-1:] == 'E' \
            else key
        self[key] = value
        return value


Record = namedtuple('Record', ['name', 'timestamp', 'kind'])


def parse_cpu_trace(thread_records):
    """Pair the push/pop records of each thread into :class:`FunctionEvent` objects, with times
    relative to the ``__start_profile`` mark, sorted by start."""
    next_id = 0
    start_time = None
    functions = []
    stack = []
    strings = StringTable()
    for r in itertools.chain(*thread_records):
        record = Record(*r)
        if record.name == '__start_profile':
            start_time = record.timestamp
        if record.kind == 'mark':
            continue
        elif record.kind == 'push':
            stack.append(FunctionEvent(id=next_id, name=strings[record.name],
                                       start=record.timestamp, end=record.timestamp))
            next_id += 1
        elif record.kind == 'pop':
            stack[-1].end = record.timestamp
            functions.append(stack.pop())
    # a call still open when the profiler stopped (its pop came after the stop mark) is left
    # out, as 0.3.1's parse_cpu_trace left it on its stack
    if start_time is None:
        raise RuntimeError('Malformed profile: no start marker')
    for evt in functions:
        evt.start -= start_time
        evt.end -= start_time
    functions.sort(key=lambda evt: evt.start)
    return functions


class EnforceUnique(object):
    """Raises an error if a key is seen more than once."""

    def __init__(self):
        self.seen = set()

    def see(self, *key):
        if key in self.seen:
            raise RuntimeError('duplicate key: ' + str(key))
        self.seen.add(key)


def parse_nvprof_trace(path):
    """The autograd ranges (and their CUDA kernels) of an nvprof sqlite trace."""
    import sqlite3
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    strings = {}
    for r in conn.execute('SELECT _id_ as id, value FROM StringTable'):
        strings[r['id']] = demangle(r['value'])
    marker_query = (
        'SELECT start.id AS marker_id, start.name, start.timestamp AS start_time, '
        'end.timestamp AS end_time '
        'FROM CUPTI_ACTIVITY_KIND_MARKER AS start INNER JOIN CUPTI_ACTIVITY_KIND_MARKER AS end '
        'ON start.id = end.id WHERE start.name != 0 AND end.name = 0')
    functions = []
    by_id = {}
    unique = EnforceUnique()
    for row in conn.execute(marker_query):
        unique.see(row['marker_id'])
        evt = FunctionEvent(id=row['marker_id'], name=strings[row['name']],
                            start=row['start_time'], end=row['end_time'])
        functions.append(evt)
        by_id[evt.id] = evt
    kernel_query = (
        'SELECT start.id AS marker_id, start.name, start.timestamp, end.timestamp, '
        'runtime._id_ AS runtime_id, runtime.cbid, runtime.start AS runtime_start, '
        'runtime.end AS runtime_end, kernel.start AS kernel_start, kernel.end AS kernel_end, '
        'kernel.name AS kernel_name '
        'FROM CUPTI_ACTIVITY_KIND_MARKER AS start '
        'INNER JOIN CUPTI_ACTIVITY_KIND_MARKER AS end ON start.id = end.id '
        'INNER JOIN CUPTI_ACTIVITY_KIND_RUNTIME as runtime '
        'ON (start.timestamp < runtime.start AND runtime.end < end.timestamp) '
        'INNER JOIN CUPTI_ACTIVITY_KIND_CONCURRENT_KERNEL AS kernel '
        'ON kernel.correlationId = runtime.correlationId')
    unique = EnforceUnique()
    for row in conn.execute(kernel_query):
        unique.see(row['marker_id'], row['runtime_id'])
        evt = by_id[row['marker_id']]
        evt.kernels.append((row['kernel_name'], row['kernel_end'] - row['kernel_start']))
    functions.sort(key=lambda evt: evt.start)
    return functions


# ------------------------------------------------------------------------------- table
def build_table(events, sort_by=None, header=None):
    """The events as 0.3.1's table: name column as wide as the longest key plus 4, then five
    right-aligned columns of width 15 (CPU time, CUDA time, Calls, CPU total, CUDA total)."""
    if sort_by is not None:
        events = sorted(events, key=lambda evt: getattr(evt, sort_by))
    name_width = max(len(evt.key) for evt in events) + 4
    col_width = 15
    col = '  {: >' + str(col_width) + '}'
    row = '{: <' + str(name_width) + '}' + col * 5
    sep = '-' * name_width + ('  ' + '-' * col_width) * 5
    lines = []
    if header is not None:
        lines.append('=' * (name_width + (col_width + 2) * 5))
        lines.append(header)
    lines.append(sep)
    lines.append(row.format('Name', 'CPU time', 'CUDA time', 'Calls', 'CPU total', 'CUDA total'))
    lines.append(sep)
    for evt in events:
        lines.append(row.format(evt.key, evt.cpu_time_str, evt.cuda_time_str, evt.count,
                                evt.cpu_time_total_str, evt.cuda_time_total_str))
    return ''.join(line + '\n' for line in lines)
