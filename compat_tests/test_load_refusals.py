"""Every refusal of the safe loader, one hand-assembled file each, with its exact text.

``test_serialization_safety.py`` throws whole families of hostile files at ``torch.load``; this
file walks the loader's checks one by one (the numpy rebuild functions, the checked opcodes,
the extension codes, the old Variable state, the program's own model classes) so that a check
that stopped checking, or a message that changed, fails here.  The files are written opcode by
opcode (protocol 2 unless an opcode needs more), so each holds exactly the construct under test.
"""
import copyreg
import io
import os
import pickle
import struct
import sys
import types
from collections import OrderedDict

import numpy as np
import pytest

import legacy_autograd as torch
import legacy_autograd.nn as nn
from legacy_autograd.autograd import Variable

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from legacy_ckpt import Call, Ref, Storage, contiguous, magic_file  # noqa: E402

P2 = b'\x80\x02'
P4 = b'\x80\x04'


def G(module, name):
    """GLOBAL module.name"""
    return b'c' + module.encode() + b'\n' + name.encode() + b'\n'


def S(text):
    """BINUNICODE"""
    b = text.encode()
    return b'X' + struct.pack('<I', len(b)) + b


def _load(data, **kw):
    return torch.load(io.BytesIO(data), **kw)


def _refused(data, **kw):
    with pytest.raises(pickle.UnpicklingError) as e:
        _load(data, **kw)
    return str(e.value)


# ------------------------------------------------------------------ numpy rebuild functions
def test_a_dtype_spelled_by_anything_but_text_is_corrupt():
    assert _refused(P2 + G('numpy', 'dtype') + b'K\x05\x85R.') == \
        'torch.load: corrupt numpy dtype 5'
    assert _refused(P2 + G('numpy', 'dtype') + b'(K\x01K\x02l\x85R.') == \
        'torch.load: corrupt numpy dtype [1, 2]'
    # the control: the same file with the text 'f8' loads a float64 dtype
    assert _load(P2 + G('numpy', 'dtype') + S('f8') + b'\x85R.') == np.dtype('f8')


def test_an_array_of_another_class_than_ndarray_is_refused():
    head = P2 + G('numpy.core.multiarray', '_reconstruct')
    tail = b'K\x00\x85' + S('b') + b'\x87R.'
    assert _refused(head + G('collections', 'OrderedDict') + tail) == \
        "torch.load refused a numpy array subtype <class 'collections.OrderedDict'>"
    assert _refused(head + G('numpy', 'ndarray') + b'K\x03\x85' + S('b') + b'\x87R.') == \
        'torch.load: corrupt numpy array in file'
    empty = _load(head + G('numpy', 'ndarray') + tail)        # what numpy writes before BUILD
    assert type(empty) is np.ndarray and empty.shape == (0,)


def test_a_numpy_scalar_whose_data_is_not_bytes_is_corrupt():
    dtype = G('numpy', 'dtype') + S('f8') + b'\x85R'
    head = P2 + G('numpy.core.multiarray', 'scalar') + dtype
    assert _refused(head + b'K\x05\x86R.') == 'torch.load: corrupt numpy scalar in file'
    value = _load(P4 + G('numpy.core.multiarray', 'scalar') + dtype + b'C\x08'
                  + struct.pack('<d', 2.5) + b'\x86R.')
    assert type(value) is np.float64 and value == 2.5


def test_numpy_scalars_and_arrays_of_objects_are_refused_whatever_the_spelling():
    obj = G('numpy', 'dtype') + S('O') + b'\x85R'
    msg = _refused(P4 + G('numpy._core.multiarray', 'scalar') + obj + b'C\x01x\x86R.')
    assert msg.startswith('torch.load refused a numpy array of dtype object')
    msg = _refused(P4 + G('numpy._core.numeric', '_frombuffer') + b'(C\x00' + obj
                   + b'K\x00\x85' + S('C') + b'tR.')
    assert msg.startswith('torch.load refused a numpy array of dtype object')
    floats = _load(P4 + G('numpy.core.numeric', '_frombuffer') + b'(C\x08'
                   + struct.pack('<d', -1.25) + G('numpy', 'dtype') + S('f8') + b'\x85R'
                   + b'K\x01\x85' + S('C') + b'tR.')
    assert floats.tolist() == [-1.25] and floats.flags.writeable


# ---------------------------------------------------------------------------- global names
def test_a_global_name_that_is_not_text_is_corrupt():
    assert _refused(P4 + b'K\x01K\x02\x93.') == \
        'torch.load: corrupt or truncated file: STACK_GLOBAL requires str'
    # pickle checks STACK_GLOBAL's operands itself; the loader's own check guards every caller
    from legacy_autograd.safe_unpickler import SafeUnpickler
    for module, name in ((1, 'x'), ('os', b'system')):
        with pytest.raises(pickle.UnpicklingError) as e:
            SafeUnpickler(io.BytesIO(b'')).find_class(module, name)
        assert str(e.value) == 'torch.load: corrupt file (global name is not text)'


def test_a_trusted_load_names_what_it_cannot_find():
    msg = _refused(P2 + G('os', 'no_such_function_here') + b'.', trusted=True)
    assert msg == ("torch.load: can't find 'os.no_such_function_here' (module 'os' has no "
                   "attribute 'no_such_function_here')")
    msg = _refused(P2 + G('no_such_module_for_legacy_tests', 'x') + b'.', trusted=True)
    assert msg == ("torch.load: can't find 'no_such_module_for_legacy_tests.x' (No module named "
                   "'no_such_module_for_legacy_tests')")
    # trusted, an existing name loads (the control)
    assert _load(P2 + G('collections', 'OrderedDict') + b')R.', trusted=True) == OrderedDict()


# ------------------------------------------------------------------------- checked opcodes
def test_newobj_of_a_function_or_with_arguments_that_are_not_a_tuple_is_corrupt():
    assert _refused(P2 + G('numpy', 'dtype') + b')\x81.') == \
        'torch.load: corrupt file (NEWOBJ of a non-class)'
    assert _refused(P2 + G('collections', 'OrderedDict') + b'K\x01\x81.') == \
        'torch.load: corrupt file (NEWOBJ of a non-class)'
    assert _load(P2 + G('collections', 'OrderedDict') + b')\x81.') == OrderedDict()


def test_newobj_ex_is_checked_like_newobj():
    assert _load(P4 + G('collections', 'OrderedDict') + b')}\x92.') == OrderedDict()
    for bad in (b')K\x01\x92.', b'K\x01}\x92.'):
        assert _refused(P4 + G('collections', 'OrderedDict') + bad) == \
            'torch.load: corrupt file (NEWOBJ_EX of a non-class)'
    assert _refused(P4 + G('numpy', 'dtype') + b')}\x92.') == \
        'torch.load: corrupt file (NEWOBJ_EX of a non-class)'
    assert _refused(P4 + G('torch', 'FloatTensor') + b')}\x92.') == \
        'torch.load refused to create a FloatTensor by NEWOBJ_EX while loading'
    msg = _refused(P4 + G('builtins', 'set') + b')}\x92' + b'K\x01\x85R.')
    assert msg == ('torch.load refused to call a set object while loading (REDUCE): only '
                   'allowed classes and rebuild functions are called')


def test_obj_and_inst_are_checked_like_a_call():
    assert _refused(P2 + b'(o.') == 'torch.load: corrupt file (empty OBJ)'
    assert _load(P2 + b'(' + G('collections', 'OrderedDict') + b'o.') == OrderedDict()
    assert _refused(P2 + b'(' + G('torch', 'FloatTensor') + b'o.') == \
        'torch.load refused to create a FloatTensor by OBJ while loading'
    assert _load(b'(icollections\nOrderedDict\n.') == OrderedDict()
    assert _refused(b'(itorch\nFloatTensor\n.') == \
        'torch.load refused to create a FloatTensor by INST while loading'
    assert _refused(b'(itorch.nn.modules.linear\nLinear\n.') == \
        'torch.load refused to create a Linear by INST while loading'
    assert _refused(b'(ios\nsystem\n.').startswith("torch.load refused to load 'os.system'")


@pytest.mark.parametrize('opcode', [b'\x82\xab', b'\x83\xab\x07', b'\x84\xab\x07\x00\x00'])
def test_extension_codes_are_refused_unless_trusted(opcode):
    code = struct.unpack('<i', (opcode[1:] + b'\x00\x00\x00')[:4])[0]
    copyreg.add_extension('collections', 'OrderedDict', code)
    try:
        data = P2 + opcode + b')R.'
        assert _refused(data) == ('torch.load refused a copyreg extension code (EXT opcode): '
                                  'files written by torch.save never contain one')
        assert _load(data, trusted=True) == OrderedDict()
    finally:
        copyreg.remove_extension('collections', 'OrderedDict', code)
        copyreg.clear_extension_cache()


# ------------------------------------------------------------------- old Variable states
def test_the_older_five_part_variable_state_puts_its_own_data_in_place():
    # 0.1's state: (data, grad, backward_hooks, requires_grad, volatile)
    data = contiguous(Storage('Float', [1.5, -2.0]), 0, (2,))
    f = magic_file(Call(Ref('torch.autograd.variable', 'Variable'),
                        (contiguous(Storage('Float', [0.0, 0.0]), 0, (2,)),),
                        (data, None, OrderedDict(), True, False)))
    v = _load(f)
    assert type(v) is Variable and v.requires_grad and not v.volatile
    assert v.data.tolist() == [1.5, -2.0]
    f = magic_file(Call(Ref('torch.autograd.variable', 'Variable'),
                        (contiguous(Storage('Float', [0.0]), 0, (1,)),),
                        (data, None, OrderedDict(), False, True)))
    v = _load(f)
    assert v.volatile and not v.requires_grad and v.data.tolist() == [1.5, -2.0]
    bad = magic_file(Call(Ref('torch.autograd.variable', 'Variable'),
                          (contiguous(Storage('Float', [0.0]), 0, (1,)),),
                          ([1.5], None, OrderedDict(), True, False)))
    assert _refused(bad) == 'torch.load: corrupt file (Variable data is not a tensor)'
    both = magic_file(Call(Ref('torch.autograd.variable', 'Variable'),
                           (contiguous(Storage('Float', [0.0]), 0, (1,)),),
                           (True, True, OrderedDict())))
    assert _refused(both) == ('torch.load: corrupt file (a Variable both volatile and requiring '
                              'grad)')


# ------------------------------------------------------------ the program's own model classes
def _own_module(name, tmp_path=None, sub=''):
    """A module ``name`` holding ``class Net(nn.Module)``; with ``tmp_path``, its file lies at
    tmp_path/sub/name.py."""
    mod = types.ModuleType(name)
    if tmp_path is not None:
        d = tmp_path / sub if sub else tmp_path
        d.mkdir(parents=True, exist_ok=True)
        mod.__file__ = str(d / (name + '.py'))
        (d / (name + '.py')).write_text('# the model file\n')

    class Net(nn.Module):
        def __init__(self):
            super(Net, self).__init__()
            self.fc = nn.Linear(2, 1)
    Net.__module__ = name
    Net.__qualname__ = 'Net'
    mod.Net = Net
    return mod


def _model_file(module):
    return P2 + G(module, 'Net') + b')\x81}' + S('_training_flag_for_tests') + b'\x88sb.'


@pytest.fixture
def program(tmp_path, monkeypatch):
    """The running program is tmp_path/prog.py (what ``legacy-autograd run`` sets)."""
    main = types.ModuleType('__main__')
    main.__file__ = str(tmp_path / 'prog.py')
    monkeypatch.setitem(sys.modules, '__main__', main)
    return tmp_path


def test_a_model_class_of_a_module_in_the_programs_tree_loads(program, monkeypatch):
    mod = _own_module('own_models_for_tests', program, sub='models')
    monkeypatch.setitem(sys.modules, mod.__name__, mod)
    net = _load(_model_file(mod.__name__))
    assert type(net) is mod.Net and net._training_flag_for_tests is True


@pytest.mark.parametrize('where', ['outside', 'site-packages', 'dist-packages', 'no file',
                                   'not imported', 'dotted name', 'not a Module',
                                   'defined elsewhere'])
def test_other_classes_named_by_a_file_are_refused(where, program, tmp_path_factory,
                                                   monkeypatch):
    name = 'foreign_models_for_tests'
    if where == 'outside':
        mod = _own_module(name, tmp_path_factory.mktemp('elsewhere'))
    elif where in ('site-packages', 'dist-packages'):
        mod = _own_module(name, program, sub='venv/lib/' + where)
    elif where == 'no file':
        mod = _own_module(name)
    elif where == 'not a Module':
        mod = _own_module(name, program)
        mod.Net = type('Net', (object,), {'__module__': name})
    elif where == 'defined elsewhere':
        mod = _own_module(name, program)
        mod.Net.__module__ = 'somewhere_else'
    else:
        mod = _own_module(name, program)
    if where != 'not imported':
        monkeypatch.setitem(sys.modules, name, mod)
    data = _model_file(name) if where != 'dotted name' else \
        P2 + G(name, 'Net.fc') + b')\x81.'
    msg = _refused(data)
    spelled = name + ('.Net.fc' if where == 'dotted name' else '.Net')
    assert msg.startswith("torch.load refused to load '%s': it is not one of the classes" % spelled)
    if where == 'not imported':
        assert name not in sys.modules          # the file never causes an import


def test_without_a_program_file_only_main_classes_load(monkeypatch, tmp_path):
    main = types.ModuleType('__main__')                  # an interactive session
    monkeypatch.setitem(sys.modules, '__main__', main)
    mod = _own_module('own_models_for_tests', tmp_path)
    monkeypatch.setitem(sys.modules, mod.__name__, mod)
    assert _refused(_model_file(mod.__name__)).startswith(
        "torch.load refused to load 'own_models_for_tests.Net'")
    own = _own_module('__main__')
    main.Net = own.Net
    assert type(_load(_model_file('__main__'))) is own.Net
