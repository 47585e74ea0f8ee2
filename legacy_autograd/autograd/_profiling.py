"""The recording behind ``torch.autograd.profiler`` (0.3.1's ``torch.autograd._enable_profiler``
and ``_disable_profiler``).

Nothing here runs while no profile is on.  :func:`enable` wraps the Variable operation methods
(the op front-ends the op layer installed on :class:`Variable`, recognised by their module) and
``Function.apply`` / ``Function.__call__`` with recording wrappers, and points the engine at the
record list; :func:`disable` puts the original methods back and returns the records.

What a Variable operation runs inside itself is the package's own work and is not recorded (in
0.3.1 it ran in C).  A Function's ``forward`` is the user's code: every nested Function call and
every Variable operation it runs on Variables it builds is recorded inside it, as 0.3.1's
``THPFunction_apply`` and generated ``VariableType`` methods recorded them.
"""
import functools
from time import perf_counter_ns as _now

from . import engine as _engine
from .variable import Variable
from . import function as _function

_state = {'records': None, 'saved': None, 'depth': 0}

# operator methods recorded under the name of the op they are (0.3: ``x * 2`` is ``mul``)
_OPERATOR_NAMES = {
    '__add__': 'add', '__radd__': 'add', '__iadd__': 'add_',
    '__sub__': 'sub', '__rsub__': 'sub', '__isub__': 'sub_',
    '__mul__': 'mul', '__rmul__': 'mul', '__imul__': 'mul_',
    '__truediv__': 'div', '__div__': 'div', '__rtruediv__': 'div', '__rdiv__': 'div',
    '__idiv__': 'div_',
    '__pow__': 'pow', '__rpow__': 'pow', '__ipow__': 'pow_', '__neg__': 'neg',
    '__matmul__': 'matmul', '__getitem__': 'index', '__setitem__': 'index_put_',
    '__lt__': 'lt', '__le__': 'le', '__gt__': 'gt', '__ge__': 'ge', '__eq__': 'eq', '__ne__': 'ne',
    '__mod__': 'remainder',
}

# front-end methods that are no operation (queries, conversions)
_NOT_OPS = frozenset(['size', 'dim', 'numel', 'nelement', 'is_contiguous', 'tolist',
                      'storage', 'storage_offset', 'stride', 'element_size', 'is_cuda',
                      'get_device', 'data_ptr', 'is_same_size', 'is_set_to', 'is_signed',
                      'ndimension', 'cpu', 'cuda', 'numpy'])


# 0.3.1's Variable.type(t) (and type_as, double, float, ... which call it) ran the autograd
# Function ``Type`` when the type changed, and returned the Variable itself otherwise
_CONVERSIONS = frozenset(['type', 'type_as', 'double', 'float', 'half', 'long', 'int', 'short',
                          'char', 'byte'])


def _op_name(attr):
    if attr in _OPERATOR_NAMES:
        return _OPERATOR_NAMES[attr]
    if attr.startswith('_') or attr in _NOT_OPS:
        return None
    return attr


def _recording(fn, name):
    state = _state

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        if state['depth']:
            return fn(*args, **kwargs)
        records = state['records']
        state['depth'] = 1
        records.append((name, _now(), 'push'))
        try:
            return fn(*args, **kwargs)
        finally:
            records.append((name, _now(), 'pop'))
            state['depth'] = 0
    return wrapper


def _recording_conversion(fn):
    state = _state

    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        if state['depth']:
            return fn(self, *args, **kwargs)
        records = state['records']
        state['depth'] = 1
        start = _now()
        try:
            result = fn(self, *args, **kwargs)
        finally:
            state['depth'] = 0
        if result is not self:          # a conversion ran: 0.3.1's Type Function
            records.append(('Type', start, 'push'))
            records.append(('Type', _now(), 'pop'))
        return result
    return wrapper


def _recording_apply(fn):
    state = _state

    @functools.wraps(fn)
    def wrapper(cls, *args):
        # 0.3.1's THPFunction_apply records every call, nested ones too, and the Variable
        # operations a forward runs on Variables of its own are recorded inside it
        records = state['records']
        name = cls.__name__
        depth = state['depth']
        state['depth'] = 0
        records.append((name, _now(), 'push'))
        try:
            return fn(cls, *args)
        finally:
            records.append((name, _now(), 'pop'))
            state['depth'] = depth
    return wrapper


def _recording_call(fn):
    state = _state

    @functools.wraps(fn)
    def wrapper(self, *args):
        # a legacy Function's call (0.3.1's THPFunction_do_forward): recorded like apply
        records = state['records']
        name = type(self).__name__
        depth = state['depth']
        state['depth'] = 0
        records.append((name, _now(), 'push'))
        try:
            return fn(self, *args)
        finally:
            records.append((name, _now(), 'pop'))
            state['depth'] = depth
    return wrapper


def enable(use_cuda=False):
    """Start recording (0.3.1 ``torch.autograd._enable_profiler``).  Already recording, it
    does nothing (0.3.1's ``enableProfiler``: one profile at a time, the first one's)."""
    if use_cuda:
        raise RuntimeError("Can't use CUDA profiler - PyTorch was compiled without CUDA")
    if _state['records'] is not None:
        return
    records = [('__start_profile', _now(), 'mark')]
    saved = []
    for attr, fn in list(vars(Variable).items()):
        if not callable(fn) or isinstance(fn, (type, staticmethod, classmethod, property)):
            continue
        if not getattr(fn, '__module__', '').startswith('legacy_autograd.ops'):
            continue
        if attr in _CONVERSIONS:
            saved.append((Variable, attr, fn))
            setattr(Variable, attr, _recording_conversion(fn))
            continue
        name = _op_name(attr)
        if name is None:
            continue
        saved.append((Variable, attr, fn))
        setattr(Variable, attr, _recording(fn, name))
    F = _function.Function
    apply = F.__dict__['apply']
    saved.append((F, 'apply', apply))
    F.apply = classmethod(_recording_apply(apply.__func__))
    call = F.__dict__['__call__']
    saved.append((F, '__call__', call))
    F.__call__ = _recording_call(call)
    _state['saved'] = saved
    _state['depth'] = 0
    _state['records'] = records
    _engine.PROFILE = records


def disable():
    """Stop recording; the records as 0.3.1 returned them: one list per thread of
    ``(name, timestamp_ns, kind)`` tuples (kind ``'push'``, ``'pop'`` or ``'mark'``)."""
    records = _state['records']
    if records is None:
        raise RuntimeError("can't disable profiler when it's not running")
    records.append(('__stop_profile', _now(), 'mark'))
    _engine.PROFILE = None
    for owner, attr, fn in reversed(_state['saved']):
        setattr(owner, attr, fn)
    _state['saved'] = None
    _state['records'] = None
    _state['depth'] = 0
    return [records]
