"""Behaviour of the op, front-end and tensor files that random WIDE mutants showed unguarded
(hwideA).

Seeded random samples of ``tools/auto_mutants.py`` with ``AUTO_MUTANTS_KINDS=all`` (a
statement replaced by ``pass``, a unary minus dropped, a function swapped for its sibling,
``not``/``is``/``in`` flipped, a string literal changed, plus the one-token swaps) over the op
files, tensor, Variable, storage, size and backend (seeds 701 and 702) showed these classes of
gap; each is tested over the whole class, not only the drawn mutant:

* allocation failures: every allocating constructor raises TH's ``THAlloc`` texts with the
  byte count of its own element size;
* the receivers of each method: the tensor-only methods are not Variable attributes (0.3.1's
  Variable has only its own methods and a fixed fall-through set);
* ``apply_`` / ``map_`` / ``map2_``: 0.3.1's result check (``checkReal``) and its
  element-by-element writes;
* storages and tensors moved to shared memory twice.

Values are checked against modern torch (the ``torch`` fixture) where it agrees with 0.3,
else against 0.3.1's formula (named in a comment); error texts are 0.3.1's (TH / cwrap).
"""
import json
import os

import numpy as np
import pytest

import legacy_autograd as L
from legacy_autograd.autograd import Variable

from legacy_values import as_numpy, var  # noqa: F401


def _raises(exc, text, fn, *args, **kwargs):
    with pytest.raises(exc) as info:
        fn(*args, **kwargs)
    assert str(info.value) == text, str(info.value)


# ====================================================================== allocation failures
_GB = 1 << 30
_N = 1 << 60          # elements: 2**62 bytes as float32 (no overflow), 2**63 as float64


def _storage(cls):
    return getattr(L, cls.__name__.replace('Tensor', 'Storage'))


def _rand(cls, *s):
    return L.rand(*s, out=cls())


def _randn(cls, *s):
    return L.randn(*s, out=cls())


_FLOATING_ONLY = {_rand: 'rand', _randn: 'randn'}


@pytest.mark.parametrize('make', [
    lambda cls, *s: L.zeros(*s, out=cls()),
    lambda cls, *s: L.ones(*s, out=cls()),
    _rand,
    _randn,
    lambda cls, *s: cls(*s),
    lambda cls, *s: cls(L.Size(s)),
    lambda cls, *s: cls(2).new(*s),
    lambda cls, *s: cls(2).resize_(*s),
    lambda cls, *s: L.eye(*s, out=cls()),
    lambda cls, *s: _storage(cls)(s[0] * s[1]),
    lambda cls, *s: _storage(cls)(2).resize_(s[0] * s[1]),
], ids=['zeros', 'ones', 'rand', 'randn', 'ctor', 'ctor-size', 'new', 'resize_', 'eye',
        'storage', 'storage-resize_'])
def test_allocation_failures_are_th_texts(make):
    # THAlloc: "$ Torch: not enough memory: you tried to allocate %dGB. Buy new RAM!" with the
    # byte count (elements * element size) / 2**30; a byte count past 2**63 is "invalid memory
    # size -- maybe an overflow?" before any allocation
    shape = (1 << 30, 1 << 30)
    for cls, itemsize in ((L.FloatTensor, 4), (L.ByteTensor, 1), (L.ShortTensor, 2)):
        if make in _FLOATING_ONLY and cls is not L.FloatTensor:
            # rand and randn had no integer forms: the function dispatched on out's type found
            # none, before any allocation
            _raises(TypeError, "Type %s doesn't implement stateless method %s"
                    % (cls().type(), _FLOATING_ONLY[make]), make, cls, *shape)
            continue
        _raises(RuntimeError, '$ Torch: not enough memory: you tried to allocate %dGB. Buy new '
                'RAM!' % (_N * itemsize // _GB), make, cls, *shape)
    _raises(RuntimeError, '$ Torch: invalid memory size -- maybe an overflow?',
            make, L.DoubleTensor, *shape)
    _raises(RuntimeError, '$ Torch: not enough memory: you tried to allocate %dGB. Buy new '
            'RAM!' % ((_N // 2) * 8 // _GB), make, L.DoubleTensor, 1 << 29, 1 << 30)


# ====================================================================== receivers
# 0.3.1's Variable (torch/autograd/variable.py) defines its own methods and falls through to
# .data only for size, stride, nelement, ndimension, element_size, is_contiguous, is_set_to,
# is_signed, numel, dim, get_device, is_cuda: these tensor methods are not Variable attributes
TENSOR_ONLY = ('__and__', '__iand__', '__ilshift__', '__invert__', '__ior__', '__irshift__',
               '__ixor__', '__lshift__', '__or__', '__rshift__', '__xor__', 'apply_',
               'cauchy_', 'exponential_', 'geometric_', 'log_normal_', 'map2_', 'map_',
               'random_', 'set_', 'uniform_')


@pytest.mark.parametrize('name', TENSOR_ONLY)
def test_tensor_only_methods_are_not_variable_attributes(name):
    v = Variable(L.FloatTensor([1, 2]))
    assert hasattr(L.FloatTensor([1, 2]), name)
    assert not hasattr(v, name)        # (the class itself has type.__or__: typing unions)
    with pytest.raises(AttributeError) as info:
        getattr(v, name)
    assert str(info.value) == "'Variable' object has no attribute '%s'" % name


def test_variable_fallthrough_methods_reach_the_data():
    v = Variable(L.FloatTensor([[1, 2, 3], [4, 5, 6]]).t())
    assert v.size() == L.Size([3, 2]) and v.stride() == (1, 3)
    assert v.nelement() == v.numel() == 6 and v.ndimension() == v.dim() == 2
    assert v.element_size() == 4 and v.is_contiguous() is False
    assert v.is_signed() is True
    assert v.is_set_to(v.data) is True


# ====================================================================== apply_ / map_ / map2_
def test_apply_result_check_is_checkreal():
    # THPUtils_(checkReal) on Python 3: PyFloat_Check || PyLong_Check for Float/Double (a bool
    # is an int, a numpy float64 is a float), PyLong_Check alone for the integer types
    f = L.FloatTensor([1, -2, 3])
    assert f.clone().apply_(lambda x: x > 0).tolist() == [1, 0, 1]
    assert f.clone().apply_(lambda x: np.float64(x) * 2).tolist() == [2, -4, 6]
    assert f.clone().apply_(lambda x: int(x) * 3).tolist() == [3, -6, 9]
    for bad in (lambda x: np.float32(x), lambda x: None, lambda x: 'x', lambda x: [x]):
        _raises(RuntimeError, 'given function should return a number', f.clone().apply_, bad)
    i = L.LongTensor([1, -2, 3])
    assert i.clone().apply_(lambda x: x * 2).tolist() == [2, -4, 6]
    assert i.clone().apply_(lambda x: x < 0).tolist() == [0, 1, 0]
    for bad in (lambda x: x / 2, lambda x: np.int64(x), lambda x: 1.0):
        _raises(RuntimeError, 'given function should return a number', i.clone().apply_, bad)
    b = L.ByteTensor([1, 2])
    _raises(RuntimeError, 'given function should return a number', b.apply_, lambda x: 0.5)
    assert b.tolist() == [1, 2]
    d = L.DoubleTensor([0.5])
    assert d.map_(L.DoubleTensor([2]), lambda x, y: x * y).tolist() == [1.0]
    _raises(RuntimeError, 'given function should return a number', d.map2_,
            L.DoubleTensor([1]), L.DoubleTensor([1]), lambda x, y, z: (x, y, z))


def test_apply_writes_element_by_element():
    # TH_TENSOR_APPLY stores each result as it comes: an error leaves the earlier ones
    t = L.FloatTensor([[1, 2], [3, 4]])
    with pytest.raises(RuntimeError):
        t.apply_(lambda x: x * 10 if x < 3 else 'stop')
    assert t.tolist() == [[10, 20], [3, 4]]

    def boom(x, y):
        if x == 4:
            raise KeyError('callable failed')
        return x + y
    u = L.DoubleTensor([[1, 2], [3, 4]]).t()            # non-contiguous: row-major order
    with pytest.raises(KeyError):
        u.map_(L.DoubleTensor([[1, 1], [1, 1]]), boom)
    assert u.tolist() == [[2, 4], [3, 4]]
    w = L.LongTensor([[1, 2], [3, 4]]).t()
    w.map2_(L.LongTensor([1, 2]), L.LongTensor([[1], [2]]), lambda x, y, z: x * 100 + y * 10 + z)
    assert w.tolist() == [[111, 321], [212, 422]]


# ====================================================================== shared memory
def test_share_memory_twice_keeps_the_elements():
    t = L.FloatTensor([[1, 2], [3, 4]])
    assert t.share_memory_() is t and t.is_shared()
    a = t._a
    assert t.share_memory_() is t and t._a is a          # already shared: not moved again
    assert t.tolist() == [[1, 2], [3, 4]]
    t.add_(1)
    assert t.tolist() == [[2, 3], [4, 5]]
    s = L.DoubleStorage([1, 2, 3])
    assert not s.is_shared()
    assert s.share_memory_() is s and s.is_shared()
    b = s._a
    assert s.share_memory_() is s and s._a is b and s.tolist() == [1.0, 2.0, 3.0]


# ====================================================================== pow's exponents
@pytest.mark.parametrize('e', [0, 1, 2, 3, -1, 0.5, -2.5, 2.0])
def test_pow_scalar_every_form_values_and_gradients(torch, e):
    # x ** e, x.pow(e), torch.pow(x, e), pow_ (on a non-leaf) against modern torch; e == 0's
    # gradient is a constant zero tensor of x's shape (also under create_graph)
    vals = [[0.5, 1.5, 2.0], [3.0, 0.25, 1.25]]
    m = torch.tensor(vals, dtype=torch.float64, requires_grad=True)
    seed = torch.tensor([[1.0, -2.0, 0.5], [3.0, 1.0, -1.0]], dtype=torch.float64)
    (m ** e).backward(seed)
    forms = (lambda x: x ** e, lambda x: x.pow(e), lambda x: L.pow(x, e),
             lambda x: (x * 1).pow_(e))
    for form in forms:
        x = var(vals)
        y = form(x)
        assert y.size() == L.Size([2, 3])
        np.testing.assert_allclose(as_numpy(y), (m ** e).detach().numpy(), rtol=1e-12)
        g, = L.autograd.grad(y, [x], L.DoubleTensor(seed.tolist()), create_graph=True)
        np.testing.assert_allclose(as_numpy(g), m.grad.numpy(), rtol=1e-12)
        assert g.size() == L.Size([2, 3])
    # 0.3.1's Variable.__ipow__ raises; a tensor's works in place
    x = var(vals)
    with pytest.raises(NotImplementedError, match='^in-place pow not implemented$'):
        x **= e
    t = L.DoubleTensor(vals)
    u = t
    u **= e
    assert u is t
    np.testing.assert_allclose(t.numpy(), (m ** e).detach().numpy(), rtol=1e-12)


# ====================================================================== Variable's protocol
def test_variable_python_protocol():
    # 0.3.1 torch/autograd/variable.py: __bool__, __int__, __float__, __len__, __iter__,
    # __hash__, retains_grad, retain_grad, register_hook, deepcopy
    empty = Variable(L.FloatTensor())
    assert bool(empty) is False and not empty
    for v, name in ((Variable(L.FloatTensor([1])), 'torch.FloatTensor'),
                    (Variable(L.LongTensor([0, 0])), 'torch.LongTensor')):
        _raises(RuntimeError, 'bool value of Variable objects containing non-empty %s is '
                'ambiguous' % name, bool, v)
    one = Variable(L.DoubleTensor([[2.75]]))
    assert int(one) == 2 and type(int(one)) is int
    assert float(one) == 2.75 and type(float(one)) is float
    _raises(TypeError, 'only 1-element tensors can be converted to Python scalars',
            float, Variable(L.DoubleTensor([1, 2])))
    x = var([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
    assert len(x) == 3 and hash(x) == id(x) and hash(x) != hash(var([1.0]))
    rows = list(x)
    assert len(rows) == 3 and all(isinstance(r, Variable) for r in rows)
    assert [as_numpy(r).tolist() for r in rows] == [[1, 2], [3, 4], [5, 6]]
    (rows[0] * 1 + rows[2] * 3).sum().backward()
    assert as_numpy(x.grad).tolist() == [[1, 1], [0, 0], [3, 3]]

    y = x * 2
    with pytest.raises(AttributeError, match="^'Variable' object has no attribute "
                                             "'retains_grad'$"):
        y.retains_grad
    assert y.retain_grad() is None and y.retains_grad is True
    y.retain_grad()                                   # twice: one hook, not two
    (y * y).sum().backward()
    assert as_numpy(y.grad).tolist() == [[4, 8], [12, 16], [20, 24]]
    assert x.retain_grad() is None                    # a leaf: no-op
    with pytest.raises(AttributeError):
        x.retains_grad
    z = Variable(L.DoubleTensor([1.0])) * 2           # no graph: grad_fn None, a no-op too
    assert z.retain_grad() is None
    _raises(RuntimeError, "cannot register a hook on a variable that doesn't require gradient",
            Variable(L.DoubleTensor([1.0])).register_hook, lambda g: g)
    _raises(RuntimeError, 'cannot register a hook on a volatile variable',
            Variable(L.DoubleTensor([1.0]), volatile=True).register_hook, lambda g: g)
    import copy
    _raises(RuntimeError, 'Only Variables created explicitly by the user (graph leaves) support '
            'the deepcopy protocol at the moment', copy.deepcopy, y)
    c = copy.deepcopy(x)
    assert c is not x and c.requires_grad and as_numpy(c).tolist() == as_numpy(x).tolist()
    assert c.data is not x.data and c.grad is None


# ====================================================================== storages
_STORAGES = (('double', L.DoubleStorage, float), ('float', L.FloatStorage, float),
             ('half', L.HalfStorage, float), ('long', L.LongStorage, int),
             ('int', L.IntStorage, int), ('short', L.ShortStorage, int),
             ('char', L.CharStorage, int), ('byte', L.ByteStorage, int))


def test_storage_type_conversions_every_method():
    src = L.DoubleStorage([1.75, -2.5, 3.0])
    for name, cls, py in _STORAGES:
        out = getattr(src, name)()
        assert type(out) is cls, name
        want = [1.75, -2.5, 3.0] if py is float else [1, -2, 3]
        if cls is L.ByteStorage:
            want = [1, 254, 3]                      # uint8 wraps, as TH's (unsigned char) cast
        assert out.tolist() == want and all(type(v) is py for v in out.tolist()), name
        assert out.tolist() == list(out) and len(out) == 3
        assert getattr(out, name)() is out          # already that type: the storage itself
        assert out.type() == 'torch.%sStorage' % cls.__name__[:-len('Storage')]
        assert out.type(L.DoubleStorage).tolist() == [float(v) for v in want]
    assert src.type('torch.FloatStorage').tolist() == [1.75, -2.5, 3.0]
    assert src.type('torch.cuda.LongStorage').tolist() == [1, -2, 3]


def test_storage_element_writes_and_checks():
    # THPStorage_(set) / fill_ / resize_ / copy_ of 0.3.1 (StorageMethods.cpp, THStorage.c)
    s = L.FloatStorage([1, 2, 3, 4])
    assert s.fill_(2.5) is s and s.tolist() == [2.5] * 4
    _raises(RuntimeError, 'fill_ expects float, but got str', s.fill_, 'a')
    # checkReal (Python 3): a float or an int -- a bool is an int -- for the floating types,
    # an int for the others; numpy scalars other than float64 (a float subclass) are refused
    assert s.fill_(True).tolist() == [1.0] * 4 and s.fill_(np.float64(0.5)).tolist() == [0.5] * 4
    _raises(RuntimeError, 'fill_ expects float, but got numpy.float32', s.fill_, np.float32(1))
    _raises(RuntimeError, 'fill_ expects int, but got float', L.LongStorage(1).fill_, 1.0)
    assert L.LongStorage([True, 2, -3]).tolist() == [1, 2, -3]
    assert L.FloatStorage((True, 2, 0.5)).tolist() == [1.0, 2.0, 0.5]
    for cls, items, bad, want in ((L.FloatStorage, [1, np.float32(2)], 'numpy.float32', 'float'),
                                  (L.IntStorage, [1, 2.0], 'float', 'int'),
                                  (L.ByteStorage, (np.int64(1),), 'numpy.int64', 'int')):
        _raises(RuntimeError, 'tried to construct a storage from a sequence (%s), but one of the '
                'items was of type %s instead of %s' % (type(items).__name__, bad, want),
                cls, items)
    s[1] = True
    assert s[1] == 1.0 and s.fill_(1).tolist() == [1.0] * 4
    _raises(RuntimeError, 'can only set storage content with a float, but got numpy.float32 '
            'instead', s.__setitem__, 0, np.float32(1))
    _raises(RuntimeError, 'fill_ expects int, but got NoneType', L.IntStorage(2).fill_, None)
    s[0:2] = 7
    s[3] = -1
    assert s.tolist() == [7.0, 7.0, 1.0, -1.0]
    for i in (4, -1, -5):
        _raises(RuntimeError, 'invalid argument 2: out of bounds', s.__setitem__, i, 0.0)
    for step in (2, 3, -1):
        _raises(RuntimeError, 'Trying to slice with a step of %d, but only a step of 1 is '
                'supported' % step, s.__setitem__, slice(None, None, step), 0.0)
        _raises(RuntimeError, 'Trying to slice with a step of %d, but only a step of 1 is '
                'supported' % step, s.__getitem__, slice(None, None, step))
    assert s.tolist() == [7.0, 7.0, 1.0, -1.0]
    _raises(RuntimeError, 'can only set storage content with a float, but got str instead',
            s.__setitem__, 0, 'x')
    _raises(RuntimeError, 'can only set storage content with a int, but got float instead',
            L.LongStorage(2).__setitem__, 0, 1.5)
    # resize_: grows with zeros, keeps the head; THRealloc refuses a negative size
    assert s.resize_(6) is s and s.tolist() == [7.0, 7.0, 1.0, -1.0, 0.0, 0.0]
    assert s.resize_(1).tolist() == [7.0] and s.resize_(0).tolist() == []
    _raises(RuntimeError, '$ Torch: invalid memory size -- maybe an overflow?', s.resize_, -3)
    _raises(RuntimeError, 'resize_ expects an int, but got float', s.resize_, 2.0)
    _raises(RuntimeError, 'resize_ expects an int, but got bool', s.resize_, True)
    # copy_: storages only, of the same size
    d = L.DoubleStorage([1, 2])
    assert d.copy_(L.LongStorage([5, 6])) is d and d.tolist() == [5.0, 6.0]
    _raises(RuntimeError, 'invalid argument 2: size mismatch', d.copy_, L.DoubleStorage(3))
    _raises(RuntimeError, "copy from torch.DoubleTensor to torch.DoubleStorage isn't "
            "implemented", d.copy_, L.DoubleTensor([1, 2]))


def test_tensors_on_a_storage_have_its_type_and_memory():
    for name, cls, py in _STORAGES:
        st = cls([1, 2, 3, 4, 5, 6])
        t = L.__dict__[cls.__name__.replace('Storage', 'Tensor')]()
        assert t.set_(st, 1, L.Size([2, 2])) is t
        assert t.tolist() == [[2, 3], [4, 5]] and t.storage_offset() == 1
        assert t.storage().size() == 6
        st[1] = 9
        assert t[0][0] == 9
        u = L.__dict__[cls.__name__.replace('Storage', 'Tensor')](st)
        assert u.tolist() == [1, 9, 3, 4, 5, 6] and u.storage_offset() == 0
        assert u[1:].storage_offset() == 1 and u[2:4].storage_offset() == 2
    import copy
    base = L.FloatTensor([[1, 2, 3], [4, 5, 6]])
    views = [base, base[1], base[:, 1:], base.t()]
    c = copy.deepcopy(views)
    assert [v.tolist() for v in c] == [v.tolist() for v in views]
    assert [v.storage_offset() for v in c] == [0, 3, 1, 0]
    c[0][1][2] = 60                                 # one copied storage under all of them
    assert c[1].tolist() == [4, 5, 60] and c[2][1].tolist() == [5, 60]
    assert c[3][2].tolist() == [3, 60] and base[1][2] == 6
    assert all(v.storage().size() == 6 for v in c) and c[2].stride() == (3, 1)
    assert c[3].stride() == (1, 3) and c[3].is_contiguous() is False


def test_device_flags_of_every_type():
    # CPU-only 0.3.1: is_cuda False, is_sparse False, get_device() -1 on tensors, storages and
    # Variables (is_cuda a property there, get_device a fall-through)
    for name in ('Double', 'Float', 'Half', 'Long', 'Int', 'Short', 'Char', 'Byte'):
        t = getattr(L, name + 'Tensor')(2)
        s = getattr(L, name + 'Storage')(2)
        assert t.is_cuda is False and s.is_cuda is False
        assert t.is_sparse is False and s.is_sparse is False
        assert s.get_device() == -1 and s.cuda() is s and s.cpu() is s
        assert s.is_pinned() is False and s.pin_memory() is s
    v = Variable(L.FloatTensor(2))
    assert v.is_cuda is False and v.get_device() == -1


# ====================================================================== indexing's checkers
_INDEX_MSG = ('indexing a tensor with an object of type %s. The only supported types are '
              'integers, slices, numpy scalars and torch.LongTensor or torch.ByteTensor as the '
              'only argument.')


def _bad_args(name, got, sig, marked):
    # 0.3.1's format_invalid_args with one option: the mismatch marked on the first line
    return ('%s received an invalid combination of arguments - got (%s), but expected %s'
            % (name, marked, sig))


def test_index_ops_refuse_a_variable_mixed_with_a_tensor():
    # cwrap's invalid-combination text on a tensor receiver, the Variable type check
    # ("Expected object of type Variable[...]") on a Variable receiver
    t = L.FloatTensor([[1, 2, 3], [4, 5, 6]])
    v = Variable(t.clone())
    idx = L.LongTensor([[0, 1, 0]])
    _raises(TypeError, _bad_args('index_add_', 'int, torch.LongTensor, Variable',
                                 '(int dim, torch.LongTensor index, torch.FloatTensor source)',
                                 'int, torch.LongTensor, !Variable!'),
            t.clone().index_add_, 0, L.LongTensor([0]), v[:1])
    _raises(RuntimeError, "Expected object of type Variable[torch.FloatTensor] but found type "
            "torch.FloatTensor for argument #3 'source'",
            v.clone().index_add_, 0, L.LongTensor([0]), t[:1])
    # a tensor's scatter_ had two cwrap options (scatter, scatterFill): both are listed
    _raises(TypeError, 'scatter_ received an invalid combination of arguments - got (int, '
            'torch.LongTensor, Variable), but expected one of:\n'
            ' * (int dim, torch.LongTensor index, torch.FloatTensor src)\n'
            "      didn't match because some of the arguments have invalid types: "
            '(int, torch.LongTensor, !Variable!)\n'
            ' * (int dim, torch.LongTensor index, float value)\n'
            "      didn't match because some of the arguments have invalid types: "
            '(int, torch.LongTensor, !Variable!)\n',
            t.clone().scatter_, 0, idx, v)
    _raises(RuntimeError, "Expected object of type Variable[torch.FloatTensor] but found type "
            "torch.FloatTensor for argument #3 'src'", v.clone().scatter_, 0, Variable(idx), t)
    for bad, name in ((v[0][:1], 'Variable'), (5, 'int')):
        _raises(TypeError, _bad_args('put_', 'torch.LongTensor, %s' % name,
                                     '(torch.LongTensor index, torch.FloatTensor source, bool '
                                     'accumulate)', 'torch.LongTensor, !%s!' % name),
                t.clone().put_, L.LongTensor([0]), bad)
    _raises(TypeError, "copy_(): argument 'src' must be a tensor, not Variable", t.clone().copy_, v)
    w = v.clone()
    assert w.copy_(t * 2) is w and as_numpy(w).tolist() == [[2, 4, 6], [8, 10, 12]]
    _raises(RuntimeError, "Expected object of type Variable[torch.FloatTensor] but found type "
            "torch.FloatTensor for argument #2 'source'", v.clone().masked_scatter_,
            Variable(L.ByteTensor([[1, 0, 1], [0, 0, 0]])), t)


def test_gather_scatter_index_shape_checks():
    # THTensor_(gather)/(scatter): TH's THArgCheck texts
    t = L.FloatTensor([[1, 2, 3], [4, 5, 6]])
    _raises(RuntimeError, 'invalid argument 1: cannot gather from an empty tensor',
            L.FloatTensor().gather, 0, L.LongTensor([0]))
    _raises(RuntimeError, 'invalid argument 4: Index tensor must not be larger than input tensor '
            'apart from the specified dimension', t.gather, 0, L.LongTensor([[0, 1, 0, 1]]))
    _raises(RuntimeError, 'invalid argument 4: Index tensor must not be larger than source tensor',
            t.clone().scatter_, 0, L.LongTensor([[0, 1, 0]]), L.FloatTensor([[1, 2]]))
    _raises(RuntimeError, 'invalid argument 4: Index tensor must have same dimensions as source '
            'tensor', t.clone().scatter_, 0, L.LongTensor([[0, 1, 0]]), L.FloatTensor([1, 2, 3]))
    # a smaller index is fine: only its own positions are read / written
    assert t.gather(1, L.LongTensor([[2], [0]])).tolist() == [[3], [4]]
    s = t.clone().scatter_(1, L.LongTensor([[2], [0]]), L.FloatTensor([[9], [8]]))
    assert s.tolist() == [[1, 2, 9], [8, 5, 6]]


def test_list_and_tensor_keys_checks():
    t = L.FloatTensor([[1, 2, 3], [4, 5, 6]])
    for key, name in (([0, 'a'], 'list'), ([0, 1.5], 'list'), ((0, [1]), 'list'),
                      ((L.LongTensor([1]), 2), 'torch.LongTensor'),
                      ((slice(None), Variable(L.LongTensor([1]))), 'Variable')):
        _raises(TypeError, _INDEX_MSG % name, t.__getitem__, key)
    assert t[[1, 0]].tolist() == [[4, 5, 6], [1, 2, 3]]
    assert t[[[1, 0]]].tolist() == [[4, 5, 6], [1, 2, 3]]
    assert L.FloatTensor([5])[[0]].tolist() == [5.0]
    _raises(IndexError, 'index 0 is out of range for dimension 0 (of size 0)',
            L.FloatTensor(0).__getitem__, [0])


def test_set_on_a_storage_sizes_and_strides():
    st = L.FloatStorage([1, 2, 3, 4, 5, 6])
    for size in (L.Size([2, 3]), (2, 3), [2, 3]):
        t = L.FloatTensor().set_(st, 0, size)
        assert t.tolist() == [[1, 2, 3], [4, 5, 6]] and t.size() == L.Size([2, 3])
    t = L.FloatTensor().set_(st, 1, [2, 2], [1, 2])
    assert t.tolist() == [[2, 4], [3, 5]] and t.stride() == (1, 2)
    t = L.FloatTensor().set_(st, 0, (3, 0, 2))              # cut at the first size <= 0
    assert t.size() == L.Size([3]) and t.tolist() == [1, 2, 3]
    # THPUtils_tryUnpackLongs: a tuple or a list (not any iterable)
    _raises(TypeError, 'set_(): size must be a torch.Size, tuple or list of ints, got generator',
            L.FloatTensor().set_, st, 0, (n for n in (2, 3)))
    _raises(TypeError, 'set_(): stride must be a tuple or list of ints, got range',
            L.FloatTensor().set_, st, 0, (2, 3), range(2))
    _raises(RuntimeError, 'sizes must be ints, got (2, 1.5)', L.FloatTensor().set_, st, 0,
            [2, 1.5])
    _raises(RuntimeError, 'a tensor of size [2, 4] with strides [4, 1] at offset 0 needs 8 '
            'element(s), but the storage has 6', L.FloatTensor().set_, st, 0, (2, 4))
    _raises(RuntimeError, 'storage offset must be a non-negative int, got -1',
            L.FloatTensor().set_, st, -1, (2,))


# ====================================================================== sign-sensitive formulas
@pytest.mark.parametrize('name', ['fmod', 'remainder', 'atan2'])
def test_binary_pointwise_gradients_over_mixed_signs(torch, name):
    # ratios a / b of both signs with fractional parts: trunc and floor differ on each negative
    # one (fmod's d/db is -trunc(a/b), remainder's -floor(a/b))
    av = [[-7.0, 7.0, -5.5], [5.5, -1.25, 3.0]]
    bv = [[2.0, -2.0, 1.5], [-1.5, 0.75, -2.5]]
    seed = [[1.0, -2.0, 0.5], [3.0, 1.5, -1.0]]
    ma = torch.tensor(av, dtype=torch.float64, requires_grad=True)
    mb = torch.tensor(bv, dtype=torch.float64, requires_grad=True)
    mo = getattr(torch, name)(ma, mb)
    mo.backward(torch.tensor(seed, dtype=torch.float64))
    for form in (lambda a, b: getattr(a, name)(b), lambda a, b: getattr(L, name)(a, b)):
        a, b = var(av), var(bv)
        out = form(a, b)
        np.testing.assert_allclose(as_numpy(out), mo.detach().numpy(), rtol=1e-12, atol=1e-12)
        out.backward(L.DoubleTensor(seed))
        np.testing.assert_allclose(as_numpy(a.grad), ma.grad.numpy(), rtol=1e-12)
        np.testing.assert_allclose(as_numpy(b.grad), mb.grad.numpy(), rtol=1e-12)
    if name != 'atan2':         # the scalar forms: values only (the divisor is a number)
        t = L.DoubleTensor(av)
        np.testing.assert_allclose(getattr(t, name)(-2.5).numpy(),
                                   getattr(torch, name)(ma.detach(), -2.5).numpy(), rtol=1e-12)


@pytest.mark.parametrize('p', [1, 2, 3, 0.5, float('inf')])
def test_dist_gradients_reach_both_inputs(torch, p):
    av = [[1.0, -2.0, 3.5], [0.25, 4.0, -1.0]]
    bv = [[0.5, 1.0, -2.0], [2.0, 3.0, 1.5]]
    ma = torch.tensor(av, dtype=torch.float64, requires_grad=True)
    mb = torch.tensor(bv, dtype=torch.float64, requires_grad=True)
    md = torch.dist(ma, mb, p)
    (md * 3).backward()
    for form in (lambda a, b: a.dist(b, p), lambda a, b: L.dist(a, b, p)):
        a, b = var(av), var(bv)
        d = form(a, b)
        assert d.size() == L.Size([1])
        np.testing.assert_allclose(as_numpy(d), [md.item()], rtol=1e-12)
        (d * 3).backward()
        np.testing.assert_allclose(as_numpy(a.grad), ma.grad.numpy(), rtol=1e-12)
        np.testing.assert_allclose(as_numpy(b.grad), mb.grad.numpy(), rtol=1e-12)
        np.testing.assert_allclose(as_numpy(a.grad), -as_numpy(b.grad), rtol=1e-12)


def test_op_facts_name_the_functional_parameters():
    # the migrator's facts: the F.* form's parameter names, read from its implementation
    import legacy_autograd.nn  # noqa: F401  (declares the functional ops)
    from legacy_autograd.ops.schema import op_facts
    facts = op_facts()
    assert facts['linear']['params'] == ['input', 'weight', 'bias']
    assert facts['softmax']['params'][:2] == ['input', 'dim']
    assert facts['mse_loss']['params'][:2] == ['input', 'target']
    assert 'params' not in facts['add'] and facts['add']['function'] is True


@pytest.mark.parametrize('key', [
    lambda: (slice(None), L.LongTensor([0, 2])),
    lambda: (L.LongTensor([1, 0]), slice(None)),
    lambda: (L.LongTensor([1, 0]), L.LongTensor([2, 2])),
    lambda: (L.LongTensor([[1], [0]]), L.LongTensor([[0, 1]])),
    lambda: (slice(None), L.ByteTensor([1, 0, 1])),
], ids=['cols', 'rows', 'pairs', 'broadcast', 'mask-dim1'])
def test_advanced_index_results_are_copies(torch, key):
    # 0.3.1: an index with a tensor in it is the Index function, a new Variable: writing into
    # it moves neither the base's elements nor its version counter; basic keys give views
    vals = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
    m = torch.tensor(vals, dtype=torch.float64, requires_grad=True)
    mk = tuple(torch.as_tensor(k.numpy()).bool() if isinstance(k, L.ByteTensor)
               else torch.as_tensor(k.numpy()) if isinstance(k, L.LongTensor) else k
               for k in key())
    (m[mk] * 3).sum().backward()
    v = var(vals)
    w = v * 1
    y = w[key()]
    assert type(y.grad_fn).__name__ == 'IndexBackward'
    np.testing.assert_array_equal(as_numpy(y), m.detach()[mk].numpy())
    y.add_(10)
    assert w._version == 0 and as_numpy(w).tolist() == vals
    (y * 3).sum().backward()
    np.testing.assert_array_equal(as_numpy(v.grad), m.grad.numpy())
    t = L.DoubleTensor(vals)
    r = t[key()]
    r.fill_(0)
    assert t.tolist() == vals
    b = w[0:1, 1:]                                     # a basic key: a view of w
    b.add_(1)
    assert w._version == 1 and as_numpy(w).tolist() == [[1, 3, 4], [4, 5, 6]]


# ====================================================================== BLAS argument names
#: the five add* products: the shapes of (self, first, second) and 0.3.1's argument names
PRODUCTS = [
    ('addmm', ((2, 2), (2, 3), (3, 2)), 'mat1', 'mat2'),
    ('addmv', ((2,), (2, 3), (3,)), 'mat', 'vec'),
    ('addr', ((2, 3), (2,), (3,)), 'vec1', 'vec2'),
    ('addbmm', ((2, 2), (2, 2, 3), (2, 3, 2)), 'batch1', 'batch2'),
    ('baddbmm', ((2, 2, 2), (2, 2, 3), (2, 3, 2)), 'batch1', 'batch2'),
]


@pytest.mark.parametrize('name,shapes,a1,a2', PRODUCTS)
def test_product_ops_name_their_arguments_in_type_errors(name, shapes, a1, a2):
    # TensorMath.cwrap's argument names in the overload list of a type mismatch, in the
    # method, in-place and function forms
    c, a, b = (L.FloatTensor(*s).zero_() for s in shapes)
    want = ('%s received an invalid combination of arguments - got (torch.FloatTensor, %s), '
            'but expected one of:\n * (torch.FloatTensor %s, torch.FloatTensor %s)\n'
            "      didn't match because some of the arguments have invalid types: "
            '(torch.FloatTensor, !%s!)\n * (float beta, torch.FloatTensor %s, torch.FloatTensor '
            '%s)\n * (float beta, float alpha, torch.FloatTensor %s, torch.FloatTensor %s)\n')
    bad = L.DoubleTensor(*shapes[2]).zero_()
    for form, shown in ((getattr(c, name), name), (getattr(c.clone(), name + '_'), name + '_')):
        # (the in-place form is cwrap's own declaration: named ``addmm_``)
        text = want % (shown, 'torch.DoubleTensor', a1, a2, 'torch.DoubleTensor', a1, a2, a1, a2)
        _raises(TypeError, text, form, a, bad)
    # the function form: 0.3.1's stateless parser, 'torch.' and the receiver as 'source'
    # (after beta, where cwrap declared it), every argument in got (...)
    stateless = ('torch.%s received an invalid combination of arguments - got (torch.FloatTensor, '
                 'torch.FloatTensor, %s), but expected one of:\n * (torch.FloatTensor source, '
                 'torch.FloatTensor %s, torch.FloatTensor %s)\n'
                 "      didn't match because some of the arguments have invalid types: "
                 '(torch.FloatTensor, torch.FloatTensor, !%s!)\n * (float beta, torch.FloatTensor '
                 'source, torch.FloatTensor %s, torch.FloatTensor %s)\n * (float beta, '
                 'torch.FloatTensor source, float alpha, torch.FloatTensor %s, torch.FloatTensor '
                 '%s)\n')
    _raises(TypeError, stateless % (name, 'torch.DoubleTensor', a1, a2, 'torch.DoubleTensor',
                                    a1, a2, a1, a2), getattr(L, name), c, a, bad)
    assert '] %s, %s)``' % (a1, a2) in getattr(L.FloatTensor, name).__doc__


def test_mask_assignment_copies_the_source_in_order():
    # t[mask] = src is THTensor_(maskedCopy): the source's first elements, in order, whatever
    # its shape; fewer elements than ones in the mask is TH's error
    mask = L.ByteTensor([[1, 0, 1], [0, 1, 0]])
    for src in (L.FloatTensor([7, 8, 9, 10]), L.FloatTensor([[7], [8], [9]]),
                L.FloatTensor([[7, 8, 9]])):
        t = L.FloatTensor([[1, 2, 3], [4, 5, 6]])
        t[mask] = src
        assert t.tolist() == [[7, 2, 8], [4, 9, 6]]
    t = L.FloatTensor([[1, 2, 3], [4, 5, 6]])
    _raises(RuntimeError, 'Number of elements of src < number of ones in mask', t.__setitem__,
            mask, L.FloatTensor([7, 8]))
    t[mask] = 0.5
    assert t.tolist() == [[0.5, 2, 0.5], [4, 0.5, 6]]
    v = Variable(L.FloatTensor([[1, 2, 3], [4, 5, 6]]), requires_grad=True)
    s = Variable(L.FloatTensor([7, 8, 9, 10]), requires_grad=True)
    w = v * 1
    w[mask] = s
    (w * Variable(L.FloatTensor([[1, 2, 3], [4, 5, 6]]))).sum().backward()
    assert as_numpy(w).tolist() == [[7, 2, 8], [4, 9, 6]]
    assert as_numpy(v.grad).tolist() == [[0, 2, 0], [4, 0, 6]]
    assert as_numpy(s.grad).tolist() == [1, 3, 5, 0]


def test_lgamma_series_coefficients_are_exact_zeta_values():
    # lgamma(1 + e)'s Taylor coefficients are (-1)^k zeta(k) / k: the Euler-Maclaurin sum
    # behind them must give zeta(k) to the last bits (its error is below lgamma's tolerance,
    # so only the coefficients themselves show it)
    import math
    from legacy_autograd.ops import pointwise
    known = {2: math.pi ** 2 / 6, 3: 1.2020569031595942854, 4: math.pi ** 4 / 90,
             5: 1.0369277551433699263, 6: math.pi ** 6 / 945, 8: math.pi ** 8 / 9450}
    for k, z in known.items():
        assert abs(pointwise._zeta_int(k) - z) <= 2 * np.spacing(z), k
        assert abs(pointwise._LGAMMA1P_COEFS[k - 2] - (-1) ** k * z / k) <= 2 * np.spacing(z / k)


def test_variable_data_and_grad_setters_check_their_values():
    # 0.3.1's THPVariable_set_data / set_grad texts
    v = var([1.0, 2.0])
    g = var([0.5, 0.5], requires_grad=False)
    v.grad = g
    assert v.grad is g
    v.grad = None
    assert v.grad is None
    _raises(RuntimeError, 'expected Variable or None (got torch.DoubleTensor)', setattr, v,
            'grad', L.DoubleTensor([1.0, 2.0]))
    _raises(RuntimeError, "can't assign Variable as its own grad", setattr, v, 'grad', v)
    _raises(RuntimeError, 'assigned grad has data of a different type', setattr, v, 'grad',
            Variable(L.FloatTensor([1.0, 2.0])))
    _raises(RuntimeError, 'assigned grad has data of a different size', setattr, v, 'grad',
            var([1.0, 2.0, 3.0]))
    assert v.grad is None
    v.data = L.DoubleTensor([3.0])
    assert as_numpy(v).tolist() == [3.0]
    _raises(RuntimeError, 'Variable data has to be a tensor, but got list', setattr, v, 'data',
            [1.0])


def test_data_pointers_follow_the_memory():
    for cls in (L.FloatTensor, L.DoubleTensor, L.ByteTensor, L.LongTensor):
        t = cls([1, 2, 3, 4])
        s = t.storage()
        p = s.data_ptr()
        assert isinstance(p, int) and p > 0 and p == t.data_ptr()
        item = s.element_size()
        assert t[1:].data_ptr() == p + item and t[2:].storage().data_ptr() == p
        assert s[1:3].data_ptr() == p + item and cls(s[2:]).data_ptr() == p + 2 * item
        assert type(s)().data_ptr() == 0


@pytest.mark.parametrize('convert', [
    lambda t: t.type('torch.cuda.DoubleTensor'),
    lambda t: t.type(L.cuda.DoubleTensor),
    lambda t: t.cuda().double(),
], ids=['name', 'class', 'cuda'])
def test_cuda_types_run_on_the_cpu_with_one_notice(monkeypatch, capsys, convert):
    from legacy_autograd import cuda_notice
    monkeypatch.setitem(cuda_notice._state, 'noticed', False)
    t = L.FloatTensor([1.5, 2.5])
    r = convert(t)
    assert type(r) is L.DoubleTensor and r.tolist() == [1.5, 2.5]
    convert(t)
    out, err = capsys.readouterr()
    assert out == '' and err == cuda_notice.NOTICE           # once, on stderr


def test_btrifact_info_names_the_first_zero_pivot(torch):
    # getrf's info per matrix: 0, or the 1-based index of the first exactly-zero U[i, i]
    a = L.DoubleTensor([[[1, 2], [2, 4]], [[1, 0], [0, 1]], [[2, 1], [1, 3]], [[0, 0], [0, 0]],
                        [[1, 1], [1, 2]]])
    info = L.IntTensor()
    lu, piv = a.btrifact(info=info)
    assert info.tolist() == [2, 0, 0, 1, 0] and type(info) is L.IntTensor
    mlu, mpiv, minfo = torch.linalg.lu_factor_ex(torch.tensor(a.tolist(), dtype=torch.float64))
    assert info.tolist() == minfo.tolist()
    np.testing.assert_allclose(lu.numpy(), mlu.numpy(), atol=1e-15)
    assert piv.tolist() == mpiv.tolist()
    info = L.IntTensor()
    a.btrifact(info=info, pivot=False)
    assert info.tolist() == [2, 0, 0, 1, 0]


def test_topk_and_kthvalue_parse_k_and_their_range():
    # the parser's int check (0.3: no bool, no float), then THArgCheck's range texts
    x = L.FloatTensor([[3, 1, 2], [6, 5, 4]])
    for name in ('topk', 'kthvalue'):
        for bad, tname in ((1.0, 'float'), (True, 'bool'), ('2', 'str'), (None, 'NoneType')):
            _raises(TypeError, "%s(): argument 'k' (position 1) must be int, not %s"
                    % (name, tname), getattr(x, name), bad)
    assert x.topk(np.int64(3))[0].tolist() == [[3, 2, 1], [6, 5, 4]]
    assert x.kthvalue(np.int32(3))[0].tolist() == [3, 6]
    assert x.topk(2, 0)[0].tolist() == [[6, 5, 4], [3, 1, 2]]
    for k in (0, -1, 3):
        _raises(RuntimeError, 'invalid argument 2: k not in range for dimension', x.topk, k, 0)
        if k != -1:
            _raises(RuntimeError, 'invalid argument 2: selected index out of range', x.kthvalue,
                    k, 0)


# ====================================================================== argument names
_ARGNAMES = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fixtures',
                         'op_argnames.json')
_AREA = ('pointwise', 'reduction', 'comparison', 'indexing', 'shape', 'lapack', 'arithmetic',
         'blas_ops', 'linalg', 'copy_slices', 'resize_ops', 'bitwise_ops', 'apply_ops')


def _area_argnames():
    """{op name: argnames} of the registry ops of the op files above (the module of the
    forward kernel, or of the backward for a bare numpy ufunc)."""
    from legacy_autograd.ops import registry
    out = {}
    for name, op in registry.OPS.items():
        mod = getattr(op.forward, '__module__', '') or ''
        if not mod.startswith('legacy_autograd'):
            mod = getattr(op.backward, '__module__', '') or ''
        if mod.rsplit('.', 1)[-1] in _AREA and mod.startswith('legacy_autograd.ops.'):
            out[name] = list(op.argnames)
    return out


def test_registry_argument_names_are_0_3_1s():
    # each op's tensor-argument names (after 0.3.1's cwrap; the later ones are read by the
    # type-mismatch messages and overload lists, the receiver's by none yet), snapshotted in
    # fixtures/op_argnames.json: regenerate with ``python compat_tests/test_wide_kills_ops.py``
    # after adding an op, and check the new names against 0.3.1's
    with open(_ARGNAMES) as f:
        want = json.load(f)
    have = _area_argnames()
    assert sorted(have) == sorted(want), 'ops added or removed: regenerate the fixture'
    bad = {n: (have[n], want[n]) for n in want if have[n] != want[n]}
    assert not bad, bad


if __name__ == '__main__':
    with open(_ARGNAMES, 'w') as f:
        json.dump(_area_argnames(), f, indent=0, sort_keys=True)
        f.write('\n')


@pytest.mark.parametrize('name,shapes,a1,a2', PRODUCTS)
def test_product_ops_scalar_forms(torch, name, shapes, a1, a2):
    # 0.3's forms: (a, b), (beta, a, b), (beta, alpha, a, b), beta=/alpha= keywords, the
    # tensors by keyword; torch.f(beta, c, [alpha,] a, b); a number anywhere else is refused
    rng = np.random.default_rng(len(name))
    vals = [rng.uniform(-1, 1, s) for s in shapes]
    c, a, b = (L.DoubleTensor(v.tolist()) for v in vals)
    mc, ma, mb = (torch.tensor(v, dtype=torch.float64) for v in vals)

    def ref(beta=1, alpha=1):
        return getattr(torch, name)(mc, ma, mb, beta=beta, alpha=alpha).numpy()
    m = getattr(c, name)
    f = getattr(L, name)
    cases = [(m(a, b), ref()), (m(0.5, a, b), ref(0.5)), (m(0.5, -2, a, b), ref(0.5, -2)),
             (m(a, b, beta=3), ref(3)), (m(a, b, alpha=3), ref(1, 3)),
             (m(0.25, **{a1: a, a2: b}), ref(0.25)), (m(a, **{a2: b}), ref()),
             (f(0.5, c, a, b), ref(0.5)), (f(0.5, c, 3, a, b), ref(0.5, 3)),
             (f(c, a, b, alpha=-1), ref(1, -1)),
             (getattr(c.clone(), name + '_')(2, 0.5, a, b), ref(2, 0.5))]
    for got, want in cases:
        np.testing.assert_allclose(got.numpy(), want, rtol=1e-12, atol=1e-12)
    # 0.3.1's parser matched no option: its list, every argument in got (...), the mismatch
    # under the option of as many arguments
    D = 'torch.DoubleTensor'
    opts = (' * (%s %s, %s %s)\n * (float beta, %s %s, %s %s)\n' % (D, a1, D, a2, D, a1, D, a2),
            ' * (float beta, float alpha, %s %s, %s %s)\n' % (D, a1, D, a2))
    head = '%s received an invalid combination of arguments - got (%%s), but expected one of:\n' % name
    didnt = "      didn't match because some of the arguments have invalid types: (%s)\n"
    _raises(TypeError, head % (D + ', ' + D + ', float') + opts[0]
            + didnt % ('!%s!, %s, !float!' % (D, D)) + opts[1], m, a, b, 0.5)
    _raises(TypeError, head % (D + ', float, ' + D) + opts[0]
            + didnt % ('!%s!, !float!, %s' % (D, D)) + opts[1], m, a, 0.5, b)
    _raises(TypeError, head % (D + ', float, int, ' + D) + opts[0] + opts[1]
            + didnt % ('!%s!, float, !int!, %s' % (D, D)), m, a, 0.5, 2, b)
    _raises(TypeError, head % (D + ', ' + D + ', float, int') + opts[0] + opts[1]
            + didnt % ('!%s!, !%s!, !float!, !int!' % (D, D)), m, a, b, 0.5, 2)
    v = getattr(Variable(c), name)(0.5, 2, Variable(a), Variable(b))
    np.testing.assert_allclose(as_numpy(v), ref(0.5, 2), rtol=1e-12, atol=1e-12)


def test_unbind_is_select_over_size():
    # 0.3.1: tuple(tensor.select(dim, i) for i in range(tensor.size(dim)))
    t = L.FloatTensor([[1, 2], [3, 4], [5, 6]])
    assert [r.tolist() for r in L.unbind(t)] == [[1, 2], [3, 4], [5, 6]]
    assert [r.tolist() for r in L.unbind(t, 1)] == [[1, 3, 5], [2, 4, 6]]
    assert [r.tolist() for r in L.unbind(t, -1)] == [[1, 3, 5], [2, 4, 6]]
    assert L.unbind(L.LongTensor([7, 8])) == (7, 8)
    e = L.FloatTensor()
    with pytest.raises(RuntimeError) as info:
        e.size(0)
    _raises(RuntimeError, str(info.value), L.unbind, e)          # size(0)'s own error
    v = var([[1.0, 2.0], [3.0, 4.0]])
    parts = L.unbind(v, 1)
    assert len(parts) == 2 and all(isinstance(p, Variable) for p in parts)
    (parts[0] * 2 + parts[1] * 3).sum().backward()
    assert as_numpy(v.grad).tolist() == [[2, 3], [2, 3]]


# ====================================================================== the checkers' texts
F, D, LT = L.FloatTensor, L.DoubleTensor, L.LongTensor
x = L.FloatTensor([[1, 2, 3], [4, 5, 6]])
_ERRORS = [
    ('scalar_t', lambda: x.add(F([1]), F([1])), TypeError,
     'add received an invalid combination of arguments - got (torch.FloatTensor, '
     'torch.FloatTensor), but expected one of:\n * (float value)\n * (torch.FloatTensor other)\n'
     ' * (float value, torch.FloatTensor other)\n'
     "      didn't match because some of the arguments have invalid types: "
     '(!torch.FloatTensor!, torch.FloatTensor)\n'),
    ('scalar_s', lambda: x.mul('a'), TypeError,        # cwrap's list (TensorMath.cwrap's mul)
     'mul received an invalid combination of arguments - got (str), but expected one of:\n'
     " * (float value)\n      didn't match because some of the arguments have invalid types: "
     "(!str!)\n * (torch.FloatTensor other)\n      didn't match because some of the arguments "
     'have invalid types: (!str!)\n'),
    ('fill_t', lambda: x.clone().fill_(F([1])), TypeError,
     'fill_ received an invalid combination of arguments - got (!torch.FloatTensor!), but '
     'expected (float value)'),
    ('invert', lambda: ~LT([1]), RuntimeError,
     'logical operations are supported on ByteTensors only'),
    ('addmv_dims', lambda: F(2).addmv(F(2, 3, 1), F(3)), RuntimeError,
     'matrix and vector expected, got 3D, 1D'),
    ('addr_dims', lambda: F(2, 3).addr(F(2, 1), F(3)), RuntimeError,
     'vector and vector expected, got 2D, 1D tensors'),
    ('ger_dims', lambda: F(2).ger(F(2, 2)), RuntimeError,
     'vector and vector expected, got 1D, 2D tensors'),
    ('histc', lambda: x.histc(3, 5, 1), RuntimeError,
     'histc: max must be larger than min, got min 5 and max 1'),
    ('histc_bins', lambda: x.histc(0), RuntimeError, 'bins must be > 0'),
    ('bmm_dims', lambda: F(2, 3).bmm(F(2, 3, 4)), RuntimeError, 'expected 3D tensors, got 2D, 3D'),
    ('baddbmm_dims', lambda: F(2, 3, 4).baddbmm(F(2, 3), F(2, 3, 4)), RuntimeError,
     'expected 3D tensors, got 2D, 3D'),
    ('equal', lambda: x.equal(3), TypeError, 'equal(): expected tensors or Variables, got int'),
    ('equal2', lambda: L.equal(3, x), TypeError,
     "equal(): argument 'input' must be a tensor or Variable, not int"),
    ('random3', lambda: x.clone().random_(1, 2, 3), TypeError,
     'random_() takes at most 2 arguments'),
    ('normal', lambda: L.normal(0.0, 1.0), TypeError,
     'normal(): expected a tensor for means or std'),
    ('index_copy_shape', lambda: x.clone().index_copy_(0, LT([0]), F([[1, 2]])), RuntimeError,
     'invalid argument 4: Source/destination tensor must have same slice shapes'),
    ('index_copy_count', lambda: x.clone().index_copy_(0, LT([0, 1]), F([[1, 2, 3]])), RuntimeError,
     'invalid argument 3: Number of indices should be equal to source:size(dim)'),
    ('put_count', lambda: x.clone().put_(LT([0, 1]), F([1])), RuntimeError,
     'invalid argument 3: src should have the same number of elements as index'),
    ('btrifact', lambda: D(2, 2).btrifact(), RuntimeError,
     'btrifact: expected a batch of square matrices, got [2 x 2]'),
    ('mv_dims', lambda: F(2, 3).mv(F(3, 1)), RuntimeError,
     'matrix and vector expected, got 2D, 2D'),
    ('norm_p', lambda: x.norm('a'), TypeError, 'p must be a number, got str'),
    ('dist_other', lambda: x.dist(3), TypeError, 'dist(): expected a tensor as other, got int'),
    ('renorm_p', lambda: x.renorm(0, 0, 1), RuntimeError,
     'invalid argument 2: non-positive-norm not supported'),
    ('renorm_dims', lambda: F([1, 2]).renorm(2, 0, 1), RuntimeError,
     'invalid argument 1: need at least 2 dimensions, got 1 dimensions'),
    ('same_size', lambda: x.is_same_size(3), TypeError,
     "is_same_size(): argument 'other' must be torch.FloatTensor, not int"),
    ('same_size_v', lambda: Variable(x).is_same_size(3), TypeError,
     "is_same_size(): argument 'other' must be Variable, not int"),
    ('resize_neg', lambda: Variable(x).resize(2, -1), RuntimeError,
     'resize: negative size [2 x -1]'),
    ('repeat_neg', lambda: x.repeat(2, -1), RuntimeError,
     'invalid argument: repeats must be non-negative, got [2 x -1]'),
    ('repeat_few', lambda: x.repeat(2), RuntimeError,
     'Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor'),
    ('cat_t', lambda: L.cat(x), TypeError,
     "cat(): argument 'seq' must be a sequence of tensors, not torch.FloatTensor"),
    ('cat_int', lambda: L.cat(3), TypeError,
     "cat(): argument 'seq' must be a sequence of tensors, not int"),
    ('cat_empty', lambda: L.cat([]), RuntimeError, 'expected a non-empty list of Tensors'),
    ('cat_elem', lambda: L.cat([3, x]), TypeError,
     "cat(): argument 'seq' must be a sequence of tensors, but element 0 is int"),
    ('resize_fixed', lambda: L.from_numpy(np.zeros(2, dtype=np.float32)).resize_(5), RuntimeError,
     'Trying to resize storage that is not resizable'),
    ('from_numpy', lambda: L.from_numpy([1, 2]), RuntimeError,
     'from_numpy expects an np.ndarray but got list'),
    ('rebuild', lambda: L.storage.rebuild_tensor_from_storage([1], 0, (1,), (1,)), RuntimeError,
     '_rebuild_tensor expects a storage, got list'),
    ('set_stride', lambda: F().set_(L.FloatStorage(6), 0, (2, 3), (1, -1)), RuntimeError,
     'strides must be 2 non-negative ints, got (1, -1)'),
]


@pytest.mark.parametrize('name,call,exc,text', _ERRORS, ids=[e[0] for e in _ERRORS])
def test_checker_texts(name, call, exc, text):
    # each op checker's exact text (TH's THArgCheck / cwrap's, or the parser's), every branch
    _raises(exc, text, call)


def test_reinforce_points_to_distributions():
    with pytest.raises(RuntimeError) as info:
        Variable(L.FloatTensor([1])).reinforce(1)
    assert str(info.value).startswith('reinforce() was removed.\nUse torch.distributions '
                                      'instead.\nSee http://pytorch.org/docs/master/'
                                      'distributions.html\n')


def test_small_front_end_branches():
    from legacy_autograd.ops import registry, _args
    assert repr(registry.OPS['add']) == '<Op add (AddBackward1)>'
    _raises(ValueError, "op 'add' registered twice", registry.register, 'add', lambda a: a)
    assert registry.OPS['add'].grad_fn == 'AddBackward1'
    _raises(TypeError, "torch.Size() takes an iterable of 'int' (item 1 is 'str')", L.Size,
            [1, 'a'])
    _raises(TypeError, "torch.Size() takes an iterable of 'int' (item 0 is 'float')", L.Size,
            (2.0,))
    # integer tensors have no floating-point-only methods (cwrap's ``types:``)
    _raises(AttributeError, "'torch.LongTensor' object has no attribute 'sigmoid'", getattr,
            L.LongTensor([1]), 'sigmoid')
    _raises(AttributeError, "'torch.ByteTensor' object has no attribute 'exp'", getattr,
            L.ByteTensor([1]), 'exp')
    assert not hasattr(L.IntTensor([1]), 'log') and hasattr(L.DoubleTensor([1]), 'log')
    assert repr(_args.OMITTED) == '<not given>'
    _raises(TypeError, 'arange() missing 1 required positional argument: "end"', L.arange)
    assert L.arange(end=3).tolist() == [0, 1, 2]


@pytest.mark.parametrize('sa,sb', [((3,), (2, 3, 4)), ((2, 3, 4), (4,)), ((2, 1, 3, 4), (5, 4, 2)),
                                   ((3, 4), (2, 4, 5)), ((4,), (4,)), ((2, 4), (4,))])
def test_matmul_shapes_values_and_gradients(torch, sa, sb):
    rng = np.random.default_rng(sum(sa) + 7 * sum(sb))
    av, bv = rng.uniform(-1, 1, sa), rng.uniform(-1, 1, sb)
    ma = torch.tensor(av, requires_grad=True)
    mb = torch.tensor(bv, requires_grad=True)
    mo = torch.matmul(ma, mb)
    seed = rng.uniform(-1, 1, tuple(mo.shape))
    mo.backward(torch.tensor(seed))
    a, b = var(av.tolist()), var(bv.tolist())
    o = L.matmul(a, b)
    want = mo.detach().numpy()
    got = as_numpy(o)
    if want.ndim == 0:                       # 0.3: a one-element result keeps one dimension
        assert got.shape == (1,)
        want = want.reshape(1)
        seed = np.reshape(seed, (1,))
    assert got.shape == want.shape
    np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-14)
    o.backward(L.DoubleTensor(seed.tolist()))
    np.testing.assert_allclose(as_numpy(a.grad), ma.grad.numpy(), rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(as_numpy(b.grad), mb.grad.numpy(), rtol=1e-12, atol=1e-14)
