"""Every storage type's answer to the storage API old code calls, pinned.

0.3 scripts reach storages through ``t.storage()``, ``torch.FloatStorage(...)``, pickles and
``set_``: construction from sizes and sequences, indexing and slicing, ``fill_``/``copy_``/
``resize_``, the type casts, ``from_buffer``, ``tolist``, printing.  Each program below runs
on each of the eight storage types and what comes out (the value, shown as its type and
contents, or the exception's type and exact text) must be the record in
``fixtures/storage_api.json``.  A change on purpose means regenerating the record
(``python compat_tests/test_storage_api_snapshot.py --write``) and reading its diff.
"""
import copy
import json
import os
import pickle
import sys
import warnings

import numpy as np
import pytest

import legacy_autograd as L

FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fixtures',
                       'storage_api.json')
TYPES = ('Double', 'Float', 'Half', 'Byte', 'Char', 'Short', 'Int', 'Long')


def _show(x):
    if isinstance(x, L._StorageBase if hasattr(L, '_StorageBase') else ()) or \
            type(x).__name__.endswith('Storage'):
        return '%s%r' % (type(x).__name__, x.tolist())
    if hasattr(x, '_a') and hasattr(x, 'tolist'):
        return '%s%s%r' % (type(x).__name__, list(x.size()), x.tolist())
    if isinstance(x, (list, tuple)):
        return '%s(%s)' % (type(x).__name__, ', '.join(_show(e) for e in x))
    if isinstance(x, float) and x != x:
        return 'float(nan)'
    return '%s(%r)' % (type(x).__name__, x)


def _setitem(s, key, value):
    s[key] = value
    return s


def _programs():
    """(name, fn(S, T, other)): S the storage class, T its tensor class, other a storage
    class of another element type."""
    P = []

    def p(name):
        def deco(fn):
            P.append((name, fn))
            return fn
        return deco

    p('from_list')(lambda S, T, O: S([1, 2, 3]))
    p('from_tuple')(lambda S, T, O: S((4, 0, 2)))
    p('from_floats')(lambda S, T, O: S([1.75, -2.5]))
    p('from_size')(lambda S, T, O: S(3).size())
    p('empty')(lambda S, T, O: S())
    p('from_bad_item')(lambda S, T, O: S([1, 'a']))
    p('from_none_item')(lambda S, T, O: S([None]))
    p('negative_size')(lambda S, T, O: S(-1))
    p('float_size')(lambda S, T, O: S(2.5))
    p('from_string')(lambda S, T, O: S('ab'))
    p('from_storage')(lambda S, T, O: S(O([1, 2])))
    p('two_sizes')(lambda S, T, O: S(2, 3))
    p('repr')(lambda S, T, O: repr(S([1, 2, 3])))
    p('str')(lambda S, T, O: str(S([0.5, 100])))
    p('repr_empty')(lambda S, T, O: repr(S()))
    p('len')(lambda S, T, O: len(S([1, 2, 3])))
    p('bool_empty')(lambda S, T, O: bool(S()))
    p('bool_full')(lambda S, T, O: bool(S([0])))
    p('getitem')(lambda S, T, O: S([1, 2, 3])[1])
    p('getitem_negative')(lambda S, T, O: S([1, 2, 3])[-1])
    p('getitem_out_of_range')(lambda S, T, O: S([1, 2, 3])[3])
    p('getitem_negative_out_of_range')(lambda S, T, O: S([1, 2, 3])[-4])
    p('getitem_str')(lambda S, T, O: S([1, 2, 3])['a'])
    p('getitem_float')(lambda S, T, O: S([1, 2, 3])[1.0])
    p('slice')(lambda S, T, O: S([1, 2, 3, 4])[1:3])
    p('slice_open')(lambda S, T, O: S([1, 2, 3, 4])[2:])
    p('slice_negative')(lambda S, T, O: S([1, 2, 3, 4])[-2:])
    p('slice_step')(lambda S, T, O: S([1, 2, 3, 4])[::2])
    p('slice_empty')(lambda S, T, O: S([1, 2, 3, 4])[3:1])
    p('slice_shares')(lambda S, T, O: (lambda s: (_setitem(s[1:3], 0, 9), s)[1])(S([1, 2, 3, 4])))
    p('setitem')(lambda S, T, O: _setitem(S([1, 2, 3]), 0, 7))
    p('setitem_negative')(lambda S, T, O: _setitem(S([1, 2, 3]), -1, 5))
    p('setitem_float_value')(lambda S, T, O: _setitem(S([1, 2, 3]), 1, 2.75))
    p('setitem_out_of_range')(lambda S, T, O: _setitem(S([1, 2, 3]), 5, 1))
    p('setitem_str_value')(lambda S, T, O: _setitem(S([1, 2, 3]), 0, 'x'))
    p('setitem_slice')(lambda S, T, O: _setitem(S([1, 2, 3, 4]), slice(1, 3), 6))
    p('fill_')(lambda S, T, O: S([1, 2, 3]).fill_(4))
    p('fill_float')(lambda S, T, O: S([1, 2]).fill_(1.5))
    p('fill_str')(lambda S, T, O: S([1, 2]).fill_('a'))
    p('clone')(lambda S, T, O: (lambda s: (s, s.clone(), s.clone() is s))(S([3, 1])))
    p('copy_')(lambda S, T, O: S([0, 0]).copy_(O([5, 6])))
    p('copy_size_mismatch')(lambda S, T, O: S([0, 0]).copy_(S([5, 6, 7])))
    p('copy_tensor')(lambda S, T, O: S([0, 0]).copy_(T([5, 6])))
    p('copy_list')(lambda S, T, O: S([0, 0]).copy_([5, 6]))
    p('tolist')(lambda S, T, O: S([2, 4]).tolist())
    p('element_size')(lambda S, T, O: S().element_size())
    p('size')(lambda S, T, O: S([1, 2]).size())
    p('type')(lambda S, T, O: S().type())
    p('type_same')(lambda S, T, O: (lambda s: s.type(type(s)) is s)(S([1])))
    p('type_other_class')(lambda S, T, O: S([1, 2]).type(O))
    p('type_other_name')(lambda S, T, O: S([1, 2]).type('torch.%s' % O.__name__))
    p('type_double_name')(lambda S, T, O: S([1, 2]).type('torch.DoubleStorage'))
    p('type_tensor_name')(lambda S, T, O: S([1, 2]).type('torch.IntTensor'))
    p('type_unknown_name')(lambda S, T, O: S([1, 2]).type('torch.Storage'))
    for cast in ('double', 'float', 'half', 'long', 'int', 'short', 'char', 'byte'):
        p('cast_' + cast)(lambda S, T, O, c=cast: getattr(S([1, 2]), c)())
    p('cast_same_is_self')(lambda S, T, O: (lambda s: getattr(s, S.__name__[:-7].lower())() is s)(S([1])))
    p('resize_grow')(lambda S, T, O: S([1, 2]).resize_(4).size())
    p('resize_shrink')(lambda S, T, O: S([1, 2, 3]).resize_(2))
    p('resize_negative')(lambda S, T, O: S([1, 2, 3]).resize_(-1))
    p('new')(lambda S, T, O: S([1, 2]).new())
    p('is_shared')(lambda S, T, O: S([1]).is_shared())
    p('is_pinned')(lambda S, T, O: S([1]).is_pinned())
    p('is_cuda')(lambda S, T, O: S([1]).is_cuda)
    p('is_sparse')(lambda S, T, O: S([1]).is_sparse)
    p('cpu_is_self')(lambda S, T, O: (lambda s: s.cpu() is s)(S([1])))
    p('cuda')(lambda S, T, O: S([1]).cuda())
    p('get_device')(lambda S, T, O: S([1]).get_device())
    p('pin_memory')(lambda S, T, O: S([1]).pin_memory())
    p('share_memory_')(lambda S, T, O: (lambda s: (s.share_memory_() is s, s.is_shared(), s))(S([1, 2])))
    p('data_ptr')(lambda S, T, O: type(S([1]).data_ptr()).__name__)
    p('from_buffer')(lambda S, T, O: S.from_buffer(bytes(range(1, 9)), 'little'))
    p('from_buffer_big')(lambda S, T, O: S.from_buffer(bytes(range(1, 9)), 'big'))
    p('from_buffer_native')(lambda S, T, O: S.from_buffer(bytes(range(1, 9)), 'native').size())
    p('from_buffer_odd')(lambda S, T, O: S.from_buffer(b'abc', 'little'))
    p('from_buffer_bad_order')(lambda S, T, O: S.from_buffer(bytes(8), 'middle'))
    p('iter')(lambda S, T, O: list(iter(S([3, 2, 1]))))
    p('pickle')(lambda S, T, O: pickle.loads(pickle.dumps(S([1, 2, 3]))))
    p('deepcopy')(lambda S, T, O: copy.deepcopy(S([1, 2])))
    p('copy_copy')(lambda S, T, O: (lambda s: (copy.copy(s), copy.copy(s) is s))(S([1, 2])))
    p('eq_self')(lambda S, T, O: (lambda s: s == s)(S([1])))
    p('eq_other')(lambda S, T, O: S([1]) == S([1]))
    p('tensor_on_storage')(lambda S, T, O: T(S([1, 2, 3])))
    p('tensor_storage_roundtrip')(lambda S, T, O: T([[1, 2], [3, 4]]).storage())
    p('tensor_view_storage')(lambda S, T, O: T([[1, 2], [3, 4]])[1].storage())
    p('tensor_set_')(lambda S, T, O: T().set_(S([1, 2, 3, 4]), 1, L.Size([3])))
    p('tensor_set_bad_type')(lambda S, T, O: T().set_(O([1, 2])))
    p('tensor_new_storage')(lambda S, T, O: T([1]).new(S([5, 6])))
    p('storage_tensor_sharing')(lambda S, T, O: (lambda s: (T(s).fill_(3), s)[1])(S([1, 2])))
    return P


PROGRAMS = _programs()


def record(type_name):
    S = getattr(L, type_name + 'Storage')
    T = getattr(L, type_name + 'Tensor')
    O = L.IntStorage if type_name != 'Int' else L.FloatStorage
    out = {}
    for name, fn in PROGRAMS:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            try:
                with np.errstate(all='ignore'):
                    out['%s/%s' % (type_name, name)] = _show(fn(S, T, O))
            except Exception as e:  # noqa: BLE001 - the point is to record what comes out
                out['%s/%s' % (type_name, name)] = '%s: %s' % (type(e).__name__, e)
    return out


@pytest.fixture(scope='module')
def recorded():
    with open(FIXTURE) as f:
        return json.load(f)


@pytest.mark.parametrize('type_name', TYPES)
def test_storage_api_gives_the_recorded_outcomes(type_name, recorded):
    got = record(type_name)
    want = {k: v for k, v in recorded.items() if k.split('/', 1)[0] == type_name}
    assert got.keys() == want.keys(), sorted(set(got) ^ set(want))[:10]
    wrong = ['%s\n    got:  %s\n    want: %s' % (k, got[k], want[k])
             for k in sorted(got) if got[k] != want[k]]
    assert not wrong, '\n'.join(wrong[:10])


def test_the_record_holds_values_and_errors_and_no_internals(recorded):
    assert len(recorded) == len(TYPES) * len(PROGRAMS)
    outcomes = list(recorded.values())
    assert sum(': ' in o and o.split(':')[0].endswith('Error') for o in outcomes) > 50
    assert not any('legacy_autograd' in o or 'numpy' in o or 'ndarray' in o for o in outcomes)


if __name__ == '__main__':
    if sys.argv[1:] != ['--write']:
        raise SystemExit('usage: python compat_tests/test_storage_api_snapshot.py --write')
    everything = {}
    for t in TYPES:
        everything.update(record(t))
    with open(FIXTURE, 'w') as f:
        json.dump(everything, f, indent=0, sort_keys=True)
        f.write('\n')
    print('%d outcomes written to %s' % (len(everything), FIXTURE))
