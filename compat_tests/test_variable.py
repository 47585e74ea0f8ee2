"""torch.autograd.Variable as in 0.3 (spec section 2): construction, flags, setters,
flag propagation, grad_fn objects, detach, retain_grad, version counters."""
import re

import numpy as np
import pytest

import legacy_autograd as torch
from legacy_autograd.autograd import Variable

ADDR = re.compile(r'0x[0-9a-f]+')


def _masked(obj):
    return ADDR.sub('0x...', repr(obj))


# ------------------------------------------------------------------------ construction
def test_variable_shares_its_tensor():
    t = torch.ones(2, 2)
    v = Variable(t)
    assert v.data is t
    assert v.requires_grad is False and v.volatile is False
    assert v.grad is None and v.grad_fn is None and v.is_leaf


def test_variable_flags_positional_and_keyword():
    t = torch.ones(2)
    assert Variable(t, True).requires_grad is True
    assert Variable(t, False, True).volatile is True
    assert Variable(t, requires_grad=True).requires_grad is True
    assert Variable(t, volatile=True).volatile is True


def test_variable_data_must_be_a_tensor():
    with pytest.raises(RuntimeError) as e:
        Variable([1, 2])
    assert str(e.value) == 'Variable data has to be a tensor, but got list'
    with pytest.raises(RuntimeError) as e:
        Variable(3.5)
    assert str(e.value) == 'Variable data has to be a tensor, but got float'


def test_variable_volatile_and_requires_grad_conflict():
    with pytest.raises(RuntimeError) as e:
        Variable(torch.ones(1), requires_grad=True, volatile=True)
    assert str(e.value) == "Variable can't be volatile and require_grad at the same time!"


def test_variable_without_data_is_an_empty_float_tensor():
    v = Variable()
    assert v.data.type() == 'torch.FloatTensor'
    assert v.data.numel() == 0


def test_variable_grad_fn_argument_checked():
    with pytest.raises(RuntimeError) as e:
        Variable(torch.ones(1), _grad_fn=3)
    assert str(e.value) == 'Variable _grad_fn has to be a Function object or None, but got int'


def test_data_setter():
    v = Variable(torch.ones(2))
    d = torch.zeros(3)
    v.data = d
    assert v.data is d
    with pytest.raises(RuntimeError) as e:
        v.data = [1]
    assert str(e.value) == 'Variable data has to be a tensor, but got list'


# ------------------------------------------------------------------------ .grad setter
def test_grad_setter_errors():
    v = Variable(torch.ones(2, 2), requires_grad=True)
    with pytest.raises(RuntimeError) as e:
        v.grad = torch.ones(2, 2)
    assert str(e.value) == 'expected Variable or None (got torch.FloatTensor)'
    with pytest.raises(RuntimeError) as e:
        v.grad = v
    assert str(e.value) == "can't assign Variable as its own grad"
    with pytest.raises(RuntimeError) as e:
        v.grad = Variable(torch.ones(2, 2).double())
    assert str(e.value) == 'assigned grad has data of a different type'
    with pytest.raises(RuntimeError) as e:
        v.grad = Variable(torch.ones(4))
    assert str(e.value) == 'assigned grad has data of a different size'


def test_grad_setter_accepts_variable_and_none_and_accumulates_into_it():
    v = Variable(torch.ones(2), requires_grad=True)
    g = Variable(torch.ones(2) * 5, volatile=True)
    v.grad = g
    assert v.grad is g
    (v * 2).sum().backward()
    assert v.grad is g                   # a volatile .grad is accumulated into in place (0.3)
    assert g.data.tolist() == [7.0, 7.0]
    v.grad = None
    assert v.grad is None
    h = Variable(torch.ones(2) * 5)      # a non-volatile .grad is replaced by grad + new (0.3)
    v.grad = h
    (v * 2).sum().backward()
    assert v.grad is not h and h.data.tolist() == [5.0, 5.0]
    assert v.grad.data.tolist() == [7.0, 7.0] and not v.grad.volatile


# ------------------------------------------------------------------------ flag setters
def test_requires_grad_setter():
    v = Variable(torch.ones(2))
    v.requires_grad = True
    assert v.requires_grad
    with pytest.raises(RuntimeError) as e:
        v.requires_grad = 1
    assert str(e.value) == 'requires_grad must be a bool'
    y = v * 2
    with pytest.raises(RuntimeError) as e:
        y.requires_grad = True
    assert str(e.value) == 'you can only change requires_grad flags of leaf variables.'
    with pytest.raises(RuntimeError) as e:
        y.requires_grad = False
    assert str(e.value) == ("you can only change requires_grad flags of leaf variables. If you want "
                            "to use a computed variable in a subgraph that doesn't require "
                            "differentiation use var_no_grad = var.detach().")


def test_volatile_setter():
    v = Variable(torch.ones(2))
    v.volatile = True
    assert v.volatile
    with pytest.raises(RuntimeError) as e:
        v.volatile = 'yes'
    assert str(e.value) == 'volatile must be a bool'
    w = Variable(torch.ones(2), requires_grad=True) * 2
    with pytest.raises(RuntimeError) as e:
        w.volatile = True
    assert str(e.value) == 'volatile can only be set on leaf variables'


def test_read_only_attributes():
    v = Variable(torch.ones(2), requires_grad=True)
    y = v * 2
    for name in ('grad_fn', 'is_leaf', 'output_nr'):
        with pytest.raises(AttributeError):
            setattr(y, name, None)
    assert y.output_nr == 0 and not y.is_leaf


def test_creator_does_not_exist_in_03():
    v = Variable(torch.ones(2), requires_grad=True) * 2
    with pytest.raises(AttributeError):
        v.creator


# ------------------------------------------------------------------------ flag propagation
def test_requires_grad_propagates_from_any_input():
    a = Variable(torch.ones(2), requires_grad=True)
    b = Variable(torch.ones(2))
    assert (a + b).requires_grad and (b + a).requires_grad
    c = b * 2 + b
    assert not c.requires_grad and c.grad_fn is None and c.is_leaf


def test_volatile_propagates_and_wins():
    a = Variable(torch.ones(2), requires_grad=True)
    v = Variable(torch.ones(2), volatile=True)
    for out in (a + v, v * a, (a * 2) - v, (v * a).sum()):
        assert out.volatile is True
        assert out.requires_grad is False
        assert out.grad_fn is None


def test_volatile_input_gives_volatile_matrix_product():
    w = Variable(torch.ones(3, 2), requires_grad=True)
    x = Variable(torch.ones(4, 3), volatile=True)
    y = x.mm(w)
    assert y.volatile and not y.requires_grad and y.grad_fn is None


# ------------------------------------------------------------------------ grad_fn objects
@pytest.mark.parametrize('build, name', [
    (lambda v, w: v + 2, 'AddBackward0'),
    (lambda v, w: 2 + v, 'AddBackward0'),
    (lambda v, w: v + w, 'AddBackward1'),
    (lambda v, w: v - 2, 'SubBackward0'),
    (lambda v, w: v - w, 'SubBackward1'),
    (lambda v, w: v * 2, 'MulBackward0'),
    (lambda v, w: v * w, 'MulBackward1'),
    (lambda v, w: v / 2, 'DivBackward0'),
    (lambda v, w: v / w, 'DivBackward1'),
    (lambda v, w: 2 / v, 'MulBackward0'),
    (lambda v, w: v ** 2, 'PowBackward0'),
    (lambda v, w: v ** w, 'PowBackward1'),
    (lambda v, w: -v, 'NegBackward'),
    (lambda v, w: v.mean(), 'MeanBackward1'),
    (lambda v, w: v.sum(), 'SumBackward0'),
    (lambda v, w: v.mm(w.t()), 'MmBackward'),
    (lambda v, w: v.t(), 'TBackward'),
    (lambda v, w: v.view(4), 'ViewBackward'),
])
def test_grad_fn_names(build, name):
    v = Variable(torch.ones(2, 2), requires_grad=True)
    w = Variable(torch.ones(2, 2) * 2, requires_grad=True)
    fn = build(v, w).grad_fn
    assert type(fn).__name__ == name
    assert _masked(fn) == '<%s object at 0x...>' % name


def test_rsub_is_add_over_neg():
    v = Variable(torch.ones(2), requires_grad=True)
    y = 2 - v
    assert type(y.grad_fn).__name__ == 'AddBackward0'
    assert type(y.grad_fn.next_functions[0][0]).__name__ == 'NegBackward'


def test_next_functions_and_accumulate_grad():
    x = Variable(torch.ones(2), requires_grad=True)
    c = Variable(torch.ones(2))
    y = x * c
    nf = y.grad_fn.next_functions
    assert len(nf) == 2
    assert nf[1] == (None, 0)
    acc, nr = nf[0]
    assert nr == 0
    assert type(acc).__name__ == 'AccumulateGrad'
    assert acc.variable is x
    assert _masked(nf) == '((<AccumulateGrad object at 0x...>, 0), (None, 0))'
    # the same leaf always maps to the same accumulator while a graph holds it
    z = x + 1
    assert z.grad_fn.next_functions[0][0] is acc


# ------------------------------------------------------------------------ detach / retain_grad
def test_detach_shares_data_and_cuts_history():
    x = Variable(torch.ones(2), requires_grad=True)
    y = x * 2
    d = y.detach()
    assert d.data is y.data
    assert d.grad_fn is None and not d.requires_grad and d.is_leaf
    v = Variable(torch.ones(2), volatile=True)
    assert v.detach().volatile


def test_detach_inplace():
    x = Variable(torch.ones(2), requires_grad=True)
    y = x * 2
    y.detach_()
    assert y.grad_fn is None and not y.requires_grad and y.is_leaf


def test_non_leaf_grad_stays_none_without_retain_grad():
    x = Variable(torch.ones(2), requires_grad=True)
    y = x * 2
    (y * y).sum().backward()
    assert y.grad is None
    assert x.grad is not None


def test_retain_grad_on_non_leaf():
    x = Variable(torch.ones(2), requires_grad=True)
    y = x * 3
    y.retain_grad()
    y.retain_grad()                      # twice is harmless
    z = (y * y).sum()
    z.backward(retain_graph=True)
    assert y.grad.data.tolist() == [6.0, 6.0]
    assert y.grad.volatile
    z.backward()
    assert y.grad.data.tolist() == [12.0, 12.0]
    x.retain_grad()                      # no-op on leaves
    assert x.grad.data.tolist() == [36.0, 36.0]


# ------------------------------------------------------------------------ versions / in-place
def test_version_counter_shared_by_views():
    x = Variable(torch.ones(2, 2))
    assert x._version == 0
    x.add_(1)
    assert x._version == 1
    v = x.view(4)
    v.mul_(2)
    assert x._version == 2 and v._version == 2


def test_inplace_on_leaf_requiring_grad():
    x = Variable(torch.ones(2), requires_grad=True)
    with pytest.raises(RuntimeError) as e:
        x.add_(1)
    assert str(e.value) == 'a leaf Variable that requires grad has been used in an in-place operation.'
    y = Variable(torch.ones(2))
    y.add_(1)                            # fine: does not require grad
    assert y.data.tolist() == [2.0, 2.0]


def test_inplace_on_non_leaf_is_recorded():
    x = Variable(torch.ones(2), requires_grad=True)
    y = x * 2
    y.mul_(3)
    assert type(y.grad_fn).__name__ == 'MulBackward0'
    y.sum().backward()
    assert x.grad.data.tolist() == [6.0, 6.0]


def test_modified_saved_variable_raises():
    x = Variable(torch.ones(3), requires_grad=True)
    y = x * 2
    z = y * y                      # saves y
    y.add_(1)
    with pytest.raises(RuntimeError) as e:
        z.sum().backward()
    assert str(e.value) == ('one of the variables needed for gradient computation has been '
                            'modified by an inplace operation')


def test_modified_saved_output_raises():
    x = Variable(torch.ones(3), requires_grad=True)
    y = (x * 2).reciprocal()       # saves its output
    y.mul_(2)
    with pytest.raises(RuntimeError) as e:
        y.sum().backward()
    assert 'modified by an inplace operation' in str(e.value)


# ------------------------------------------------------------------------ python protocol
def test_bool_len_iter_hash():
    v = Variable(torch.ones(3))
    with pytest.raises(RuntimeError) as e:
        bool(v)
    assert str(e.value) == ('bool value of Variable objects containing non-empty '
                            'torch.FloatTensor is ambiguous')
    assert bool(Variable()) is False
    assert len(v) == 3
    assert hash(v) == id(v)


def test_reinforce_removed():
    v = Variable(torch.ones(3), requires_grad=True)
    with pytest.raises(RuntimeError) as e:
        v.reinforce(1)
    assert str(e.value).startswith('reinforce() was removed.\n')


def test_grad_is_volatile_variable_after_backward():
    x = Variable(torch.ones(2, 2), requires_grad=True)
    (x * x).sum().backward()
    assert isinstance(x.grad, Variable)
    assert x.grad.volatile and x.grad.grad_fn is None and not x.grad.requires_grad
    assert np.allclose(x.grad.data.numpy(), 2)
