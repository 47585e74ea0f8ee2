"""The exact errors of the bad inputs fixed for issue 13 (docs/errors.md), and numpy's silence.

Messages are 0.3's (python_arg_parser.cpp, TH/THNN, ConvForward) where 0.3 had one; the
others name the argument and the problem.
"""
import os
import subprocess
import sys
import warnings

import numpy as np
import pytest

import legacy_autograd as torch
import legacy_autograd.nn as nn
import legacy_autograd.nn.functional as F
from legacy_autograd.autograd import Variable
from legacy_autograd.utils.data import DataLoader, TensorDataset


def _raises(exc, text, fn, *args, **kwargs):
    with pytest.raises(exc) as e:
        fn(*args, **kwargs)
    assert str(e.value) == text
    return e


def _x():
    return torch.FloatTensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])


# ------------------------------------------------------------------ ints, sizes and dims
@pytest.mark.parametrize('wrap', [lambda t: t, lambda t: Variable(t)], ids=['tensor', 'variable'])
def test_floats_are_not_sizes_or_dims(wrap):
    x = wrap(_x())
    _raises(TypeError, "sum(): argument 'dim' (position 1) must be int, not float", x.sum, 1.5)
    _raises(TypeError, "sum(): argument 'dim' (position 1) must be int, not float", x.sum, 1.0)
    _raises(TypeError, "transpose(): argument 'dim1' (position 2) must be int, not float",
            x.transpose, 0, 2.5)
    _raises(TypeError, "view(): argument 'size' must be tuple of ints, but found element of type "
                       "float at pos 1", x.view, 2.5, -1)
    _raises(TypeError, "expand(): argument 'size' must be tuple of ints, but found element of type "
                       "float at pos 3", wrap(torch.FloatTensor(3, 1).zero_()).expand, 4, 3, 0.5)
    _raises(TypeError, "cat(): argument 'dim' (position 2) must be int, not float",
            torch.cat, [x, x], 0.5)
    _raises(TypeError, "mean(): argument 'dim' (position 1) must be int, not str", x.mean, 'a')
    _raises(TypeError, "argument 'keepdim' must be bool, not int", x.sum, 0, 99)
    _raises(TypeError, "max(): argument 'dim' (position 1) must be int, not NoneType", x.max, None)
    _raises(TypeError, "squeeze(): argument 'dim' (position 1) must be int, not NoneType",
            x.squeeze, None)


def test_dim_out_of_range_keeps_the_03_text():
    _raises(RuntimeError, 'dimension out of range (expected to be in range of [-2, 1], but got 2)',
            _x().sum, 2)


def test_creation_functions_take_ints_only():
    _raises(TypeError, "linspace(): argument 'steps' (position 3) must be int, not float",
            torch.linspace, 0, 1, 2.5)
    _raises(TypeError, "eye(): argument 'n' (position 1) must be int, not float", torch.eye, 2.5)
    _raises(TypeError, "eye(): argument 'n' (position 1) must be int, not str", torch.eye, 'a')
    _raises(TypeError, "randperm(): argument 'n' (position 1) must be int, not float",
            torch.randperm, 2.5)
    _raises(TypeError, "randperm(): argument 'n' (position 1) must be int, not str",
            torch.randperm, 'a')
    _raises(TypeError, "zeros(): argument 'size' must be tuple of ints, but found element of type "
                       "float at pos 1", torch.zeros, 2.5)
    _raises(TypeError, "randn(): argument 'size' must be tuple of ints, but found element of type "
                       "bool at pos 2", torch.randn, 2, True)
    _raises(TypeError, 'arange() missing 1 required positional argument: "end"', torch.arange)
    assert torch.linspace(0, 1, 3).tolist() == [0.0, 0.5, 1.0]
    assert torch.eye(np.int64(2)).size() == (2, 2)


def test_other_argument_types():
    x = Variable(_x())
    _raises(TypeError, "stack(): argument 'sequence' must be a sequence of tensors, but found "
                       "element of type int at pos 2", torch.stack, [_x(), 3])
    _raises(TypeError, "argument 'threshold' must be float, not str", F.threshold, x, 'a', 0)
    _raises(TypeError, "mm(): argument 'mat2' (position 1) must be Variable, not int", x.mm, 3)
    _raises(TypeError, 'add() missing 1 required positional argument: "other"', x.add)
    _raises(TypeError, "add(): argument 'input' must be a tensor or Variable, not NoneType",
            torch.add, None, 1)


def test_module_and_loader_int_arguments():
    _raises(TypeError, "RNN(): argument 'num_layers' must be int, not float", nn.RNN, 2, 3, num_layers=1.5)
    _raises(TypeError, 'num_workers must be an int, got float', DataLoader, [1, 2], num_workers=1.5)
    _raises(TypeError, "conv(): argument 'groups' must be int, not float", F.conv2d,
            Variable(torch.randn(1, 2, 5, 5)), Variable(torch.randn(2, 2, 3, 3)), None, 1, 0, 1, 1.5)
    _raises(TypeError, "type_as(): argument 'other' (position 1) must be a tensor, not int",
            _x().type_as, 3)
    _raises(TypeError, "argument 'size' must be tuple of ints, but found element of type float at "
                       "pos 1", nn.Conv2d(1, 1, 3, padding=1.5), Variable(torch.randn(1, 1, 5, 5)))
    _raises(TypeError, "argument 'p' must be float, not str", nn.Dropout, 'a')
    _raises(TypeError, "linear(): argument 'weight' must be Variable, not int", F.linear,
            Variable(_x()), 3)


def test_valid_number_first_forms_still_work():
    x = torch.FloatTensor([1.0, 2.0])
    assert torch.pow(2, x).tolist() == [2.0, 4.0]
    assert torch.pow(2, Variable(x)).data.tolist() == [2.0, 4.0]
    _raises(TypeError, "pow(): argument 'input' must be Variable, not NoneType", torch.pow, None, 2)


# ------------------------------------------------------------------ shapes and nn parameters
def test_matmul_batch_dims_that_do_not_broadcast():
    # 0.3.1's matmul (torch/functional.py) broadcasts the batch dims with torch._C._infer_size:
    # TH's inferSize2 text, with its final period, for tensors and Variables alike
    _raises(RuntimeError, 'The size of tensor a (2) must match the size of tensor b (3) at '
                          'non-singleton dimension 0.',
            torch.matmul, torch.randn(2, 3, 4, 5), torch.randn(3, 3, 5, 2))


def test_conv_and_pool_parameters():
    x4 = Variable(torch.randn(1, 1, 5, 5))
    _raises(RuntimeError, 'negative padding is not supported', nn.Conv2d(1, 1, 3, padding=-1), x4)
    _raises(RuntimeError, 'negative padding is not supported',
            nn.Conv1d(1, 1, 3, padding=-1), Variable(torch.randn(1, 1, 5)))
    _raises(RuntimeError, 'stride should be greater than zero, but got dH: 0 dW: 0',
            nn.Conv2d(1, 1, 3, stride=0), x4)
    _raises(RuntimeError, 'dilation should be greater than zero, but got dilationH: 0 dilationW: 0',
            nn.Conv2d(1, 1, 3, dilation=0), x4)
    _raises(RuntimeError, 'pad should be non-negative, but got padW = -1, padH = -1',
            nn.MaxPool2d(2, padding=-1), x4)
    _raises(RuntimeError, 'pad should be non-negative, but got padW = -1, padH = -1',
            nn.AvgPool2d(2, padding=-1), x4)
    # 0.3's modules: ``stride or kernel_size``, so stride=0 is the kernel size (kept)
    assert nn.MaxPool2d(2, stride=0)(x4).size() == (1, 1, 2, 2)


def test_hinge_embedding_loss_sizes():
    _raises(RuntimeError, 'inconsistent tensor size, expected tensor [3] and mask [4] to have the '
                          'same number of elements, but got 3 and 4 elements respectively',
            F.hinge_embedding_loss, Variable(torch.randn(3)), Variable(torch.randn(4)))


# ------------------------------------------------------------------ values
def test_multinomial_refuses_negative_and_nan_probabilities():
    text = 'invalid argument 2: invalid multinomial distribution (encountering probability entry < 0)'
    _raises(RuntimeError, text, torch.multinomial, torch.Tensor([0.5, -0.1, 0.6]), 1)
    _raises(RuntimeError, text, torch.multinomial, torch.Tensor([0.5, float('nan')]), 1)
    assert torch.multinomial(torch.Tensor([0.0, 1.0]), 1).tolist() == [1]


def test_tensor_constructor_items():
    _raises(RuntimeError, 'tried to construct a tensor from a float sequence, but found an item of '
                          'type NoneType at index (0)', torch.FloatTensor, [None])
    _raises(RuntimeError, 'tried to construct a tensor from a nested float sequence, but found an '
                          'item of type str at index (1, 0)', torch.FloatTensor, [[1, 2], ['3', 4]])
    _raises(RuntimeError, 'tried to construct a tensor from a int sequence, but found an item of '
                          'type NoneType at index (1)', torch.LongTensor, [1, None])
    nan = torch.FloatTensor([float('nan'), 1])[0]
    assert nan != nan


def test_sizes_beyond_memory():
    _raises(RuntimeError, '$ Torch: invalid memory size -- maybe an overflow?',
            torch.FloatTensor, 2 ** 62, 2 ** 62)
    _raises(RuntimeError, '$ Torch: invalid memory size -- maybe an overflow?',
            torch.zeros, 2 ** 62, 2 ** 62)


@pytest.mark.parametrize('bad', [0, -1, 1.5, 'a', True, None])
def test_dataloader_batch_size(bad):
    ds = TensorDataset(torch.randn(5, 2), torch.randn(5))
    _raises(ValueError, 'batch_size should be a positive integer value, but got batch_size=%s' % bad,
            DataLoader, ds, batch_size=bad)


def test_abs_gradient_at_nan_is_zero():
    v = Variable(torch.Tensor([float('nan'), -2.0, 3.0]), requires_grad=True)
    v.abs().sum().backward()
    assert v.grad.data.tolist() == [0.0, -1.0, 1.0]
    v = Variable(torch.Tensor([float('nan'), -2.0]), requires_grad=True)
    g, = torch.autograd.grad(v.abs().sum(), v, create_graph=True)
    assert g.data.tolist() == [0.0, -1.0]


# ------------------------------------------------------------------ numpy stays quiet
def _quiet_program():
    x = Variable(torch.zeros(2), requires_grad=True)
    y = 1 / x                                   # divide by zero
    z = (y - y).log() + x.sqrt() * torch.log(Variable(torch.zeros(2)))   # inf - inf, log(0)
    z.sum().backward()
    t = torch.zeros(3)
    s = [1 / t, t.log(), (t / t).sum(), torch.FloatTensor([1e38]) * 1e10, t.log().mean()]
    print(y, z, x.grad)                         # printing non-finite values
    return s


def test_numpy_warnings_never_leave_the_library():
    with warnings.catch_warnings():
        warnings.simplefilter('error')          # any warning would raise
        _quiet_program()


def test_the_users_numpy_error_state_is_untouched():
    with np.errstate(divide='raise'):
        _quiet_program()                        # the library ignores, inside ...
        with pytest.raises(FloatingPointError):
            np.ones(1) / np.zeros(1)            # ... the user's own numpy still raises
    before = np.geterr()
    _quiet_program()
    assert np.geterr() == before
    with pytest.warns(RuntimeWarning):
        np.log(np.zeros(1))


def test_a_script_prints_nothing_on_stderr():
    code = ('import legacy_autograd as torch\nfrom legacy_autograd.autograd import Variable\n'
            'v = 1 / Variable(torch.zeros(2))\nprint(v)\n')
    root = os.path.dirname(os.path.dirname(os.path.abspath(torch.__file__)))
    env = dict(os.environ, PYTHONPATH=root)
    r = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True, env=env)
    assert r.returncode == 0
    assert r.stderr == ''
    assert 'inf' in r.stdout


@pytest.mark.parametrize('value', [torch.FloatTensor(), torch.FloatTensor([1, 2])])
def test_masked_fill_with_a_tensor_value_of_other_than_one_element(value):
    # a clean error naming the problem (an empty value tensor must not reach the element read)
    for target in (torch.zeros(3), Variable(torch.zeros(3))):
        with pytest.raises(RuntimeError) as info:
            target.masked_fill_(torch.ByteTensor([1, 0, 1]), value)
        assert str(info.value).startswith('masked_fill_ only supports a 0-dimensional value tensor')
        assert (target.data if isinstance(target, Variable) else target).tolist() == [0, 0, 0]


@pytest.mark.parametrize('call,name', [
    (lambda v, o: torch.add(v, v, out=o), 'add'),
    (lambda v, o: torch.mm(v.view(1, 2), v.view(2, 1), out=o), 'mm'),
    (lambda v, o: torch.sum(v, 0, out=o), 'sum'),
])
def test_out_with_variable_inputs_is_an_unexpected_keyword(call, name):
    # 0.3.1's Variable functions had no out= parameter: its argument parser refused the keyword
    # (never "the result is a Python number")
    v = Variable(torch.ones(2))
    out = torch.zeros(2)
    with pytest.raises(TypeError) as info:
        call(v, out)
    assert str(info.value) == "%s() got an unexpected keyword argument 'out'" % name
    assert out.tolist() == [0, 0]
