"""torch.load never runs code from a file, and every bad file is one error type.

Hostile files of every known gadget style must be refused with
``pickle.UnpicklingError`` and must not run (a sentinel file proves nothing
ran; the same payloads do run under plain ``pickle.loads``, so they are real).
Corrupt and truncated files (byte flips, cuts) give ``pickle.UnpicklingError``
or a load made only of allowed objects.
"""
import copyreg
import io
import os
import pickle
import struct
import sys
from collections import OrderedDict

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st, HealthCheck

import legacy_autograd as torch
import legacy_autograd.nn as nn
from legacy_autograd.autograd import Variable
from legacy_autograd.load_allowlist import ALLOWED_GLOBALS

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from legacy_ckpt import (Ref, Call, Storage, contiguous, magic_file, plain_pickle,  # noqa: E402
                         MAGIC_NUMBER)


def _load(data, **kw):
    return torch.load(io.BytesIO(data), **kw)


@pytest.fixture
def sentinel(tmp_path):
    return str(tmp_path / 'ran')


def _gadgets(s):
    """(name, pickle bytes) of hostile files that would create the file ``s``."""
    touch = 'touch ' + s
    imp = Call(Ref('builtins', '__import__'), ('os',))
    g = {
        'reduce os.system': Call(Ref('os', 'system'), (touch,)),
        'reduce posix.system': Call(Ref('posix', 'system'), (touch,)),
        'reduce subprocess.Popen': Call(Ref('subprocess', 'Popen'), (['touch', s],)),
        'subprocess.call': Call(Ref('subprocess', 'call'), (['touch', s],)),
        'dotted traversal out of the package': Call(
            Ref('legacy_autograd.compare', 'subprocess.Popen'), (['touch', s],)),
        'dotted traversal under torch spelling': Call(
            Ref('torch.compare', 'subprocess.call'), (['touch', s],)),
        'dotted name from the package root': Call(
            Ref('legacy_autograd', 'compare.subprocess.call'), (['touch', s],)),
        'os through a package module': Call(Ref('legacy_autograd.serialization', 'os.system'),
                                            (touch,)),
        'builtins.eval': Call(Ref('builtins', 'eval'), ("open(%r, 'w')" % s,)),
        'builtins.exec': Call(Ref('builtins', 'exec'), ("open(%r, 'w')" % s,)),
        '__builtin__.eval (py2 spelling)': Call(Ref('__builtin__', 'eval'), ("open(%r, 'w')" % s,)),
        'builtins.open': Call(Ref('builtins', 'open'), (s, 'w')),
        'builtins.__import__': Call(Call(Ref('builtins', 'getattr'), (imp, 'system')), (touch,)),
        'getattr chain': Call(Call(Ref('builtins', 'getattr'),
                                   (Ref('torch', 'FloatTensor'), '__init__')), ()),
        '__globals__ walk': Call(Ref('builtins', 'getattr'),
                                 (Ref('torch.serialization', '_rebuild_tensor'), '__globals__')),
        'operator.attrgetter': Call(Call(Ref('operator', 'attrgetter'), ('__globals__',)),
                                    (Ref('torch.serialization', '_rebuild_tensor'),)),
        'find_class of the unpickler itself': Call(
            Ref('legacy_autograd.safe_unpickler', 'SafeUnpickler'), (None,)),
        'resolve helper of the loader': Call(
            Ref('legacy_autograd.safe_unpickler', 'resolve_any'), ('os', 'system')),
        'pickle.loads nested': Call(Ref('pickle', 'loads'),
                                    (pickle.dumps(Call(Ref('os', 'system'), (touch,))),)),
        '_pickle.loads nested': Call(Ref('_pickle', 'loads'), (b'cos\nsystem\n.',)),
        'torch.load nested trusted': Call(Ref('torch', 'load'), (s,)),
        'copyreg._reconstructor': Call(Ref('copyreg', '_reconstructor'),
                                       (Ref('os', 'system'), Ref('builtins', 'object'), None)),
        'copy_reg.__newobj__ (py2 spelling)': Call(Ref('copy_reg', '__newobj__'),
                                                   (Ref('subprocess', 'Popen'), ['touch', s])),
        'nested global in a dict': {'a': [1, (2, Call(Ref('os', 'system'), (touch,)))]},
        'numpy loads gadget': Call(Ref('numpy', 'load'), (s,)),
        'numpy.testing runstring': Call(Ref('numpy.testing._private.utils', 'runstring'),
                                        ("open(%r, 'w')" % s, {})),
        'rebuild helper of a non-package module': Call(Ref('torch._utils', '_import_dotted_name'),
                                                       ('os.system',)),
    }
    out = {k: plain_pickle(v) for k, v in g.items()}
    # hand-written opcodes
    t = touch.encode()
    out['INST opcode'] = b'(S' + repr(touch).encode() + b'\nios\nsystem\n.'
    out['OBJ opcode'] = b'(cos\nsystem\nS' + repr(touch).encode() + b'\no.'
    out['STACK_GLOBAL opcode'] = (b'\x80\x04\x8c\x02os\x8c\x06system\x93\x8c' + bytes([len(t)]) + t
                                  + b'\x85R.')
    out['STACK_GLOBAL dotted'] = (b'\x80\x04\x8c\x0elegacy_autograd\x8c\x13compare.os.system'
                                  b'\x93\x8c' + bytes([len(t)]) + t + b'\x85R.')
    out['NEWOBJ_EX of a refused class'] = (b'\x80\x04\x8c\nsubprocess\x8c\x05Popen\x93'
                                           b'](\x8c\x05touch\x8c' + bytes([len(s)]) + s.encode()
                                           + b'e\x85}\x92.')
    out['GLOBAL inside persistent id'] = b'\x80\x02cos\nsystem\n\x85Q.'
    out['persistent id in a torch.save file'] = b'\x80\x02X\x03\x00\x00\x00abcQ.'
    return out


def test_gadgets_are_real_under_plain_pickle(sentinel):
    # the checker below must be able to fail: plain pickle does run these payloads
    for name in ('reduce os.system', 'INST opcode', 'STACK_GLOBAL opcode'):
        if os.path.exists(sentinel):
            os.remove(sentinel)
        pickle.loads(_gadgets(sentinel)[name])
        assert os.path.exists(sentinel), name


@pytest.mark.parametrize('name', sorted(_gadgets('/x')))
def test_hostile_file_is_refused_and_does_not_run(name, sentinel):
    data = _gadgets(sentinel)[name]
    with pytest.raises(pickle.UnpicklingError) as e:
        _load(data)
    assert not os.path.exists(sentinel)
    assert str(e.value).startswith('torch.load')


def test_refusal_names_the_global_and_how_to_allow_it_with_the_risk():
    with pytest.raises(pickle.UnpicklingError) as e:
        _load(plain_pickle(Call(Ref('os', 'system'), ('true',))))
    msg = str(e.value)
    assert msg.startswith("torch.load refused to load 'os.system': it is not one of the classes "
                          "torch.load loads by default")
    assert 'torch.load(f, allowed_classes=[system])' in msg
    assert 'torch.load(f, trusted=True)' in msg
    assert 'loading a malicious file that way can run any code on your machine' in msg


def test_dotted_traversal_is_refused_by_its_full_name():
    data = plain_pickle(Call(Ref('legacy_autograd.compare', 'subprocess.Popen'), (['true'],)))
    with pytest.raises(pickle.UnpicklingError) as e:
        _load(data)
    assert "'legacy_autograd.compare.subprocess.Popen'" in str(e.value)


def test_copyreg_extension_codes_are_refused(sentinel):
    copyreg.add_extension('os', 'system', 0x7ab)
    try:
        data = b'\x80\x02\x83\xab\x07X' + struct.pack('<i', len('touch ' + sentinel)) + \
            ('touch ' + sentinel).encode() + b'\x85R.'
        with pytest.raises(pickle.UnpicklingError) as e:
            _load(data)
        assert 'extension code' in str(e.value)
    finally:
        copyreg.remove_extension('os', 'system', 0x7ab)
        copyreg.clear_extension_cache()
    assert not os.path.exists(sentinel)


def test_build_never_changes_package_functions_or_classes():
    from legacy_autograd import serialization
    before = serialization._rebuild_tensor.__defaults__
    fn = Ref('torch.serialization', '_rebuild_tensor')
    # GLOBAL fn; state (None, {'__defaults__': ('x',)}); BUILD
    data = (b'\x80\x02ctorch.serialization\n_rebuild_tensor\nN}X\x0c\x00\x00\x00__defaults__'
            b'X\x01\x00\x00\x00x\x85s\x86b.')
    with pytest.raises(pickle.UnpicklingError) as e:
        _load(data)
    assert 'refused to set attributes' in str(e.value)
    assert serialization._rebuild_tensor.__defaults__ == before
    cls_data = (b'\x80\x02ctorch\nFloatTensor\nN}X\x08\x00\x00\x00__repr__ctorch\nSize\ns\x86b.')
    with pytest.raises(pickle.UnpicklingError):
        _load(cls_data)
    assert 'Size' not in repr(torch.FloatTensor([1]))
    del fn


def test_objects_built_while_loading_are_never_called():
    # a Linear made by NEWOBJ, then REDUCE on it (would run forward)
    data = (b'\x80\x02ctorch.nn.modules.linear\nLinear\n)\x81)R.')
    with pytest.raises(pickle.UnpicklingError) as e:
        _load(data)
    assert 'refused to call a Linear object' in str(e.value)


def test_numpy_object_arrays_are_refused():
    data = pickle.dumps(np.array([1, 'a'], dtype=object), protocol=2)
    with pytest.raises(pickle.UnpicklingError) as e:
        _load(data)
    assert 'dtype object' in str(e.value)


def test_allowed_classes_allows_exactly_that_pair():
    data = plain_pickle({'x': Call(Ref('collections', 'Counter'), ('aab',))})
    from collections import Counter
    with pytest.raises(pickle.UnpicklingError):
        _load(data)
    assert _load(data, allowed_classes=[Counter]) == {'x': Counter('aab')}
    # a dotted name under the allowed class's module is still refused
    data2 = plain_pickle(Call(Ref('collections', 'Counter.fromkeys'), ('ab',)))
    with pytest.raises(pickle.UnpicklingError):
        _load(data2, allowed_classes=[Counter])


def test_hostile_globals_inside_a_legacy_file_are_refused(sentinel):
    w = Storage('Float', [1, 2])
    for obj in ({'w': contiguous(w, 0, (2,)), 'evil': Call(Ref('os', 'system'), ('touch ' + sentinel,))},
                Call(Ref('torch._utils', '_rebuild_tensor'), (Ref('os', 'system'), 0, (1,), (1,)))):
        with pytest.raises(pickle.UnpicklingError):
            _load(magic_file(obj))
    assert not os.path.exists(sentinel)


def test_legacy_persistent_ids_that_are_not_storages_are_refused(sentinel):
    head = b''.join(plain_pickle(x) for x in (MAGIC_NUMBER, 1001, {}))
    bad_ids = [
        b"\x80\x02(X\x04\x00\x00\x00evilq\x00tQ.",                       # unknown kind
        b"\x80\x02(X\x07\x00\x00\x00storagecos\nsystem\nX\x01\x00\x00\x001X\x03\x00\x00\x00cpuK\x01Ntq\x00Q.",
        b"\x80\x02(X\x06\x00\x00\x00modulecos\nsystem\nNNtQ.",
        b"\x80\x02(X\x07\x00\x00\x00storagectorch\nFloatTensor\nX\x01\x00\x00\x001X\x03\x00\x00\x00cpuK\x01NtQ.",
        b"\x80\x02X\x03\x00\x00\x00abcQ.",                               # not a tuple
    ]
    for pid in bad_ids:
        with pytest.raises(pickle.UnpicklingError):
            _load(head + pid + plain_pickle([]))
    assert not os.path.exists(sentinel)


# ---------------------------------------------------------------------------- corrupt files
_ALLOWED_TYPES = None


def _allowed_types():
    global _ALLOWED_TYPES
    if _ALLOWED_TYPES is None:
        from legacy_autograd.safe_unpickler import resolve_allowed
        from legacy_autograd.nn.backends.thnn import THNNFunctionBackend
        objs = [resolve_allowed(m, n) for m, n in ALLOWED_GLOBALS]
        # a module's ``_backend``: the one existing backend object, which the allowed helper
        # ``_get_thnn_function_backend`` returns (nothing is built)
        _ALLOWED_TYPES = tuple(o for o in objs if isinstance(o, type)) + (
            type(None), bool, int, float, complex, str, bytes, bytearray, list, tuple, dict, set,
            frozenset, np.generic, np.dtype, THNNFunctionBackend)
    return _ALLOWED_TYPES


def assert_only_allowed_objects(obj, seen=None):
    seen = set() if seen is None else seen
    if id(obj) in seen:
        return
    seen.add(id(obj))
    assert isinstance(obj, _allowed_types()), 'loaded an object of type %r' % type(obj)
    if isinstance(obj, dict):
        for k, v in obj.items():
            assert_only_allowed_objects(k, seen)
            assert_only_allowed_objects(v, seen)
    elif isinstance(obj, (list, tuple, set, frozenset)):
        for v in obj:
            assert_only_allowed_objects(v, seen)
    elif isinstance(obj, nn.Module):
        assert_only_allowed_objects(obj.__dict__, seen)


def test_object_checker_fails_on_objects_outside_the_allowlist():
    for bad in (os.system, [1, {'a': print}], object()):
        with pytest.raises(AssertionError):
            assert_only_allowed_objects(bad)


def _saved_file():
    torch.manual_seed(0)
    obj = OrderedDict([('w', torch.randn(2, 3)), ('i', torch.LongTensor([1, -2])),
                       ('v', Variable(torch.randn(2), requires_grad=True)),
                       ('p', nn.Parameter(torch.DoubleTensor([0.5]))), ('s', torch.Size([2, 3])),
                       ('a', np.arange(4, dtype=np.float32)), ('n', np.int64(7)),
                       ('st', torch.ByteStorage([1, 2])), ('m', nn.Linear(1, 1))])
    buf = io.BytesIO()
    torch.save(obj, buf)
    return buf.getvalue()


def _legacy_file():
    w = Storage('Float', np.arange(6, dtype=np.float32))
    b = Storage('Long', [3, 4], location='cuda:0')
    return magic_file(OrderedDict([('w', contiguous(w, 0, (2, 3))), ('v', contiguous(w.view(3, 3), 0, (3,))),
                                   ('b', contiguous(b, 0, (2,))), ('e', 3)]))


def _check_bad(data):
    try:
        out = _load(data, map_location='cpu')
    except pickle.UnpicklingError as e:
        assert str(e).startswith('torch.load'), str(e)
        return
    assert_only_allowed_objects(out)


@pytest.mark.parametrize('make', [_saved_file, _legacy_file], ids=['torch.save file', '0.3 file'])
def test_every_byte_flip_gives_the_one_error_or_a_load(make):
    data = make()
    assert _load(data, map_location='cpu') is not None
    for i in range(len(data)):
        for mask in (0xff, 0x01, 0x80, 0x10):
            bad = bytearray(data)
            bad[i] ^= mask
            _check_bad(bytes(bad))


@pytest.mark.parametrize('make', [_saved_file, _legacy_file], ids=['torch.save file', '0.3 file'])
def test_every_truncation_gives_the_one_error(make):
    data = make()
    for n in range(len(data)):
        with pytest.raises(pickle.UnpicklingError) as e:
            _load(data[:n], map_location='cpu')
        assert str(e.value).startswith('torch.load'), (n, str(e.value))


def test_empty_file_is_the_one_error():
    with pytest.raises(pickle.UnpicklingError) as e:
        _load(b'')
    assert str(e.value) == 'torch.load: corrupt or truncated file: the file is empty'


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_random_corruption_gives_the_one_error_or_a_load(data):
    base = bytearray(_saved_file() if data.draw(st.booleans()) else _legacy_file())
    for _ in range(data.draw(st.integers(1, 6))):
        i = data.draw(st.integers(0, len(base) - 1))
        base[i] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(1, len(base)))
    _check_bad(bytes(base[:cut]))


# ---------------------------------------------------------------------------- the table itself
def test_every_allowlist_entry_resolves_to_one_object():
    from legacy_autograd.safe_unpickler import resolve_allowed
    for module, name in sorted(ALLOWED_GLOBALS):
        assert '.' not in name, (module, name)
        assert resolve_allowed(module, name) is not None, (module, name)
    assert resolve_allowed('os', 'system') is None
    assert resolve_allowed('legacy_autograd', 'compare') is None


def test_every_exported_nn_module_class_is_in_the_table():
    # whole pickled models of this package's classes load; a class added to torch.nn must be
    # added to load_allowlist._NN_MODULES too
    import inspect
    missing = []
    for name in dir(nn):
        cls = getattr(nn, name)
        if inspect.isclass(cls) and issubclass(cls, nn.Module):
            pair = ('torch' + cls.__module__[len('legacy_autograd'):], cls.__name__)
            if pair not in ALLOWED_GLOBALS:
                missing.append(pair)
    assert missing == []


def test_table_holds_no_callable_that_runs_code():
    from legacy_autograd.safe_unpickler import resolve_allowed
    import builtins
    dangerous = {builtins.eval, builtins.exec, builtins.getattr, builtins.__import__, builtins.open,
                 builtins.compile, os.system, pickle.loads}
    for module, name in ALLOWED_GLOBALS:
        assert resolve_allowed(module, name) not in dangerous, (module, name)


@pytest.mark.parametrize('data, msg', [
    (plain_pickle(Call(Ref('torch.nn.modules.linear', 'Linear'), (100000, 100000))),
     'torch.load refused to create a Linear by REDUCE while loading'),
    (plain_pickle(Call(Ref('torch', 'FloatTensor'), (100000, 100000))),
     'torch.load refused to create a FloatTensor by REDUCE while loading'),
    (plain_pickle(Call(Ref('torch', 'FloatStorage'), (10 ** 12,))),
     'torch.load refused to create a FloatStorage by REDUCE while loading'),
    (b'\x80\x02ctorch\nFloatTensor\n)\x81.', 'torch.load refused to create a FloatTensor by NEWOBJ'),
    (b'\x80\x02c__builtin__\nbytes\nJ\x00\x00\x00\x7f\x85R.', 'torch.load: corrupt file (bytes('),
    (b'(ctorch.nn.modules.linear\nLinear\nK\x05K\x05o.', 'refused to create a Linear by OBJ'),
    (b'(K\x05K\x05itorch.nn.modules.linear\nLinear\n.', 'refused to create a Linear by INST'),
    (plain_pickle(Call(Ref('torch.tensor', '_rebuild_tensor'), ('torch.FloatTensor', b'1234', (1,)),
                       (None, {'_a': 'not an array'}))),
     'torch.load refused to set the internals of a FloatTensor while loading'),
    (plain_pickle(Call(Ref('numpy.core.multiarray', '_reconstruct'),
                       (Ref('numpy', 'ndarray'), (10 ** 6, 10 ** 6), b'b'))),
     'torch.load: corrupt numpy array in file'),
])
def test_package_classes_are_only_made_the_way_their_pickles_make_them(data, msg):
    with pytest.raises(pickle.UnpicklingError) as e:
        _load(data)
    assert msg in str(e.value)


@pytest.mark.parametrize('protocol', [0, 1, 2, 3, 4, 5])
def test_plain_pickles_of_package_objects_load_at_every_protocol(protocol):
    obj = {'e': torch.Tensor(), 't': torch.LongTensor([1, 2]), 's': torch.Size([2]),
           'b': b'', 'v': Variable(torch.ones(1), requires_grad=True), 'a': np.arange(3),
           'st': torch.FloatStorage([1.5])}
    back = _load(pickle.dumps(obj, protocol=protocol))
    assert back['e'].dim() == 0 and back['t'].tolist() == [1, 2] and back['s'] == torch.Size([2])
    assert back['b'] == b'' and back['v'].requires_grad and back['a'].tolist() == [0, 1, 2]
    assert back['st'].tolist() == [1.5]
    buf = io.BytesIO()
    if protocol == 0:
        with pytest.raises(ValueError) as e:
            torch.save(obj, buf, pickle_protocol=protocol)
        assert str(e.value).startswith('torch.save: pickle_protocol must be 1 or higher, got 0')
        return
    torch.save(obj, buf, pickle_protocol=protocol)
    buf.seek(0)
    back = torch.load(buf)
    assert back['e'].dim() == 0 and back['t'].tolist() == [1, 2] and back['st'].tolist() == [1.5]
