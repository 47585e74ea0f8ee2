"""Behaviours pinned in session 20: what the session's random samples of the op-formula files
found unguarded, each checked against 0.3.1's sources or modern torch.
"""
import numpy as np
import pytest

import legacy_autograd as L
from legacy_autograd.autograd import Variable

torch = pytest.importorskip('torch')


def _message(call, kind=TypeError):
    with pytest.raises(kind) as e:
        call()
    return str(e.value)


# ---------------------------------------------------------------- histc of a constant tensor

@pytest.mark.parametrize('values, bins, lo, hi', [
    ([2.0, 2.0, 2.0], 4, 0, 0),         # min == max == 0: the data's own range, still empty
    ([-1.5], 3, -1.5, -1.5),            # an empty range given: widened by one on each side
    ([0.25, 0.25], 5, 0.25, 0.25),
])
def test_histc_widens_an_empty_range_by_one_each_side(values, bins, lo, hi):
    # TH's histc: min == max takes the data's min and max; if those are equal too, the range
    # becomes [min - 1, max + 1], so the constant value lands in the middle bin
    ours = L.histc(L.FloatTensor(values), bins=bins, min=lo, max=hi)
    theirs = torch.histc(torch.tensor(values), bins=bins, min=lo, max=hi)
    assert ours.tolist() == theirs.tolist()


# ---------------------------------------------------------------- an unbound method's receiver

@pytest.mark.parametrize('call, name', [
    (lambda t: L.FloatTensor.addcmul(1, t, t), 'addcmul'),
    (lambda t: L.FloatTensor.addcdiv_(1, t, t), 'addcdiv_'),
    (lambda t: Variable.addcmul(1.5, Variable(t), Variable(t)), 'addcmul'),
    (lambda t: L.FloatTensor.exp(2), 'exp'),
])
def test_unbound_method_given_a_number_as_its_tensor(call, name):
    t = L.FloatTensor([1.0, 2.0])
    text = _message(lambda: call(t))
    assert text.startswith("%s(): argument 'input' must be a tensor or Variable, not " % name)


# ---------------------------------------------------------------- 3-d transposed convolution

def _rv(*shape):
    return Variable(L.DoubleTensor(np.random.RandomState(5).standard_normal(shape)))


@pytest.mark.parametrize('output_padding', [(-1, 0, 0), (0, -1, 0), (0, 0, -1)])
def test_conv_transpose3d_refuses_negative_output_padding_in_every_dimension(output_padding):
    # 0.3.1's ConvForward::apply checked all three before anything else; the depth one is the
    # one this package's slice-by-slice 2-d route would not see on its own
    from legacy_autograd.nn import functional as F
    with pytest.raises(RuntimeError) as e:
        F.conv_transpose3d(_rv(1, 2, 3, 3, 3), _rv(2, 2, 1, 1, 1), stride=2,
                           output_padding=output_padding)
    assert str(e.value) == 'negative output_padding is not supported'


# ---------------------------------------------------------------- scatter_ / index_fill_ texts

def _options_text(name, got, options):
    lines = ['%s received an invalid combination of arguments - got (%s), but expected one of:'
             % (name, got)]
    for sig, marked in options:
        lines += [' * ' + sig,
                  "      didn't match because some of the arguments have invalid types: (%s)"
                  % marked]
    return '\n'.join(lines) + '\n'


def test_tensor_scatter_lists_both_cwrap_options():
    # Tensor.cwrap: scatter_ had the options scatter (a src tensor of the receiver's type) and
    # scatterFill (cwrap's real value: int for the integer types)
    t = L.LongTensor(2, 3).zero_()
    assert _message(lambda: t.scatter_(0, L.IntTensor([[0, 1, 0]]), 1)) == _options_text(
        'scatter_', 'int, torch.IntTensor, int',
        [('(int dim, torch.LongTensor index, torch.LongTensor src)',
          'int, !torch.IntTensor!, !int!'),
         ('(int dim, torch.LongTensor index, int value)', 'int, !torch.IntTensor!, int')])
    f = L.FloatTensor(2, 3).zero_()
    idx = L.LongTensor([[0, 1, 0]])
    assert _message(lambda: f.scatter_(0, idx, L.DoubleTensor(1, 3).zero_())) == _options_text(
        'scatter_', 'int, torch.LongTensor, torch.DoubleTensor',
        [('(int dim, torch.LongTensor index, torch.FloatTensor src)',
          'int, torch.LongTensor, !torch.DoubleTensor!'),
         ('(int dim, torch.LongTensor index, float value)',
          'int, torch.LongTensor, !torch.DoubleTensor!')])
    assert _message(lambda: f.scatter_(0, idx, 'a')) == _options_text(
        'scatter_', 'int, torch.LongTensor, str',
        [('(int dim, torch.LongTensor index, torch.FloatTensor src)', 'int, torch.LongTensor, !str!'),
         ('(int dim, torch.LongTensor index, float value)', 'int, torch.LongTensor, !str!')])
    # scatter_add_ had one option: no value form
    assert _message(lambda: f.scatter_add_(0, idx, 2.0)) == (
        'scatter_add_ received an invalid combination of arguments - got (int, torch.LongTensor, '
        '!float!), but expected (int dim, torch.LongTensor index, torch.FloatTensor src)')
    # and the good calls still work
    assert f.scatter_(0, idx, 2.5).tolist() == [[2.5, 0, 2.5], [0, 2.5, 0]]


def test_tensor_index_fill_names_cwraps_real_by_type():
    t = L.LongTensor(2, 3).zero_()
    assert _message(lambda: t.index_fill_(0, L.IntTensor([0]), 1)) == (
        'index_fill_ received an invalid combination of arguments - got (int, !torch.IntTensor!, '
        'int), but expected (int dim, torch.LongTensor index, int value)')
    f = L.FloatTensor(2, 3).zero_()
    assert _message(lambda: f.index_fill_(0, L.LongTensor([1]), 'x')) == (
        'index_fill_ received an invalid combination of arguments - got (int, torch.LongTensor, '
        '!str!), but expected (int dim, torch.LongTensor index, float value)')


def test_variable_scatter_names_the_index_it_was_given():
    v = Variable(L.FloatTensor(2, 3).zero_())
    with pytest.raises(RuntimeError) as e:
        v.scatter(0, Variable(L.FloatTensor([[0, 1, 0]])), 2.0)
    assert str(e.value) == ("Expected object of type Variable[torch.LongTensor] but found type "
                            "Variable[torch.FloatTensor] for argument #2 'index'")


# ---------------------------------------------------------------- the addmm family's arguments

_ADD_FAMILY = {
    'addmm': ((2, 4), (2, 3), (3, 4), 'mat1', 'mat2'),
    'addmv': ((2,), (2, 3), (3,), 'mat', 'vec'),
    'addr': ((2, 3), (2,), (3,), 'vec1', 'vec2'),
    'baddbmm': ((5, 2, 4), (5, 2, 3), (5, 3, 4), 'batch1', 'batch2'),
    'addbmm': ((2, 4), (5, 2, 3), (5, 3, 4), 'batch1', 'batch2'),
}


@pytest.mark.parametrize('name', sorted(_ADD_FAMILY))
def test_variable_add_family_names_its_operands(name):
    # 0.3.1's Variable methods of ATen ops: the argument parser names a tensor given for a
    # Variable; VariableType's unpack names a Variable of another type, counting from self = 0
    sc, sa, sb, na, nb = _ADD_FAMILY[name]
    c, a, b = (Variable(L.randn(*s)) for s in (sc, sa, sb))
    method = getattr(c, name)
    assert _message(lambda: method(a.data, b)) == (
        "%s(): argument '%s' (position 1) must be Variable, not torch.FloatTensor" % (name, na))
    assert _message(lambda: method(a, b.data)) == (
        "%s(): argument '%s' (position 2) must be Variable, not torch.FloatTensor" % (name, nb))
    for pos, args, arg in ((1, (a.double(), b), na), (2, (a, b.double()), nb)):
        assert _message(lambda: method(*args), RuntimeError) == (
            "Expected object of type Variable[torch.FloatTensor] but found type "
            "Variable[torch.DoubleTensor] for argument #%d '%s'" % (pos, arg))
    # by keyword too
    assert method(**{na: a, nb: b}).size() == c.size()


# ---------------------------------------------------------------- eig without eigenvectors

def test_eig_without_eigenvectors_returns_an_empty_second_result():
    # TH's geev resized the eigenvector result only for jobvr 'V': the second result of
    # eig(a) / eig(a, False) is the untouched (empty) output tensor
    a = L.FloatTensor([[2, 1], [1, 3]])
    for e, v in (L.eig(a), a.eig(False), Variable(a).eig()):
        assert tuple(e.size()) == (2, 2)
        assert v.numel() == 0 and tuple(v.size()) == ()
    e, v = a.eig(True)
    assert tuple(v.size()) == (2, 2)


# ---------------------------------------------------------------- norm's double backward

def test_norm_double_backward_is_zero_on_a_zero_norm_row():
    # 0.3.1's norm_backward (tools/autograd/templates/Functions.cpp): scale = grad / norm with
    # masked_fill_(norm == 0, 0), differentiable: the row of a zero norm has a zero second
    # derivative; the other rows agree with modern torch
    import legacy_autograd.autograd as A
    data = [[0.0, 0.0, 0.0], [1.0, 2.0, 2.0]]
    w = [[1.0, 2.0, 3.0], [1.0, -1.0, 0.5]]
    x = Variable(L.DoubleTensor(data), requires_grad=True)
    g, = A.grad(x.norm(2, 1).sum(), x, create_graph=True)
    gg, = A.grad((g * Variable(L.DoubleTensor(w))).sum(), x)
    ours = np.array(gg.data.tolist())
    assert ours[0].tolist() == [0.0, 0.0, 0.0]
    xt = torch.tensor(data[1:], dtype=torch.float64, requires_grad=True)
    gt, = torch.autograd.grad(xt.norm(2, 1).sum(), xt, create_graph=True)
    ggt, = torch.autograd.grad((gt * torch.tensor(w[1:], dtype=torch.float64)).sum(), xt)
    np.testing.assert_allclose(ours[1:], ggt.numpy(), rtol=1e-12, atol=1e-15)


# ---------------------------------------------------------------- multilabel targets

@pytest.mark.parametrize('target', [[[3, -1, 0], [0, 1, -1]], [[0, 1, -1], [1, 3, -1]],
                                    [[-2, 0, 0], [0, 0, 0]]])
def test_multilabel_margin_loss_target_must_be_a_class_or_minus_one(target):
    # THNN MultiLabelMarginCriterion: minall(target) >= -1 and maxall(target) < dim, over every
    # entry (those after the first -1 too), else "target out of range" (argument 3)
    from legacy_autograd.nn import functional as F
    x = Variable(L.randn(2, 3))
    assert _message(lambda: F.multilabel_margin_loss(x, Variable(L.LongTensor(target))),
                    RuntimeError) == 'invalid argument 3: target out of range'
    ok = F.multilabel_margin_loss(x, Variable(L.LongTensor([[2, -1, 0], [0, 1, -1]])))
    assert ok.numel() == 1


# ---------------------------------------------------------------- TH's inferSizeN, leading dims

def test_tensor_addcmul_checks_every_leading_dimension():
    # a tensor's out-of-place addcmul broadcast its three operands at once (THLongStorage_
    # inferSizeN, over the longest shape): a clash in a dimension only the longer operands have
    # is named with TH's text, operand numbers from 0
    a = L.FloatTensor(2, 3).fill_(1)
    b = L.FloatTensor(4, 1, 3).fill_(2)
    assert _message(lambda: a.addcmul(b, L.FloatTensor(5, 1, 1)), RuntimeError) == (
        'The size of tensor 2 (5) must match the expanded sizeof tensor (4) at non-singleton '
        'dimension 0.')
    assert _message(lambda: a.addcmul(L.FloatTensor(3, 1, 3), L.FloatTensor(4, 1, 1)),
                    RuntimeError) == ('The size of tensor 2 (4) must match the expanded sizeof '
                                      'tensor (3) at non-singleton dimension 0.')
    assert tuple(a.addcmul(b, b).size()) == (4, 2, 3)



# ---------------------------------------------------------------- names in argument errors

@pytest.mark.parametrize('make', [lambda t: t, lambda t: Variable(t)], ids=['tensor', 'Variable'])
@pytest.mark.parametrize('dim, shown', [(1.5, 'float'), ('a', 'str'), (None, 'NoneType')])
def test_unsqueeze_names_itself_for_a_dim_that_is_not_an_int(make, dim, shown):
    x = make(L.FloatTensor([[1, 2], [3, 4]]))
    text = "unsqueeze(): argument 'dim' (position 1) must be int, not %s" % shown
    assert _message(lambda: x.unsqueeze(dim)) == text
    assert _message(lambda: L.unsqueeze(x, dim)) == text


def test_binary_cross_entropy_names_its_target():
    from legacy_autograd.nn import functional as F
    t = L.FloatTensor([[0.5, 2.0], [-1.0, 0.25]])
    p = Variable(t.sigmoid())
    assert _message(lambda: F.binary_cross_entropy(p, Variable(t.double().sigmoid())),
                    RuntimeError) == (
        "Expected object of type Variable[torch.FloatTensor] but found type "
        "Variable[torch.DoubleTensor] for argument #1 'target'")
    assert _message(lambda: F.binary_cross_entropy(p, t.sigmoid())) == (
        "binary_cross_entropy(): argument 'target' (position 1) must be Variable, not "
        "torch.FloatTensor")


# ---------------------------------------------------------------- small integer sums, empty selects

@pytest.mark.parametrize('make, total', [
    (lambda: L.IntTensor([2 ** 31 - 1, 5]), -2147483644),
    (lambda: L.ByteTensor([200, 100]), 44),
    (lambda: L.CharTensor([100, 100]), -56),
    (lambda: L.ShortTensor([30000, 30000]), -5536),
])
def test_variable_sum_of_a_small_integer_type_wraps_around(make, total):
    # 0.3.1: the full sum accumulates in accreal (int64) and is cast back to the Variable's own
    # type as C casts: modulo 2**bits, no error
    s = Variable(make()).sum()
    assert s.data.tolist() == [total] and s.data.type() == make().type()


def test_index_select_from_an_empty_tensor_is_out_of_range():
    # every index is out of range of a tensor with no elements: TH's text, not numpy's
    for call in (lambda: L.FloatTensor().index_select(0, L.LongTensor([0])),
                 lambda: L.index_select(L.LongTensor(), 0, L.LongTensor([0]))):
        assert _message(call, RuntimeError) == 'invalid argument 3: index out of range'
    assert L.FloatTensor().index_select(0, L.LongTensor()).numel() == 0


# ---------------------------------------------------------------- cross's default dimension

@pytest.mark.parametrize('make', [lambda t: t, lambda t: Variable(t)], ids=['tensor', 'Variable'])
def test_cross_default_takes_the_first_dimension_of_size_3(make):
    # THTensor_(cross): dim -1 (the default), like any negative dim, is not wrapped: TH picks the
    # first dimension of size 3.  A 3x3 pair is crossed along dimension 0 (column by column);
    # wrapping -1 to the last dimension would give the transposed answer
    av = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 10.0]]
    bv = [[0.0, 1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 1.0]]
    a, b = make(L.DoubleTensor(av)), make(L.DoubleTensor(bv))
    along0 = np.cross(np.array(av), np.array(bv), axis=0).tolist()
    along1 = np.cross(np.array(av), np.array(bv), axis=1).tolist()
    for result in (L.cross(a, b), a.cross(b), a.cross(b, -1), a.cross(b, -2), L.cross(a, b, 0)):
        assert (result.data if isinstance(result, Variable) else result).tolist() == along0
    assert (lambda r: (r.data if isinstance(r, Variable) else r).tolist())(a.cross(b, 1)) == along1
    # and modern torch, told the dimension, agrees
    assert torch.linalg.cross(torch.tensor(av), torch.tensor(bv), dim=0).tolist() == along0


# ---------------------------------------------------------------- LAPACK ops on integer types

_LAPACK = ('gesv', 'gels', 'trtrs', 'potrs', 'potrf', 'potri', 'inverse', 'symeig', 'eig', 'svd',
           'qr', 'geqrf', 'pstrf', 'btrifact')


@pytest.mark.parametrize('name', _LAPACK)
@pytest.mark.parametrize('kind', ['LongTensor', 'IntTensor'])
def test_lapack_ops_refuse_integer_types(name, kind):
    # 0.3.1 had the LAPACK ops for Float/Double only: torch.<op> on an integer tensor was the
    # stateless dispatcher's TypeError, a Variable's method ATen's "not implemented for type"
    cls = getattr(L, kind)
    a = cls([[2, 0], [1, 1]])
    args = (a.view(1, 2, 2),) if name == 'btrifact' else \
        (cls([[1], [2]]), a) if name in ('gesv', 'gels', 'trtrs', 'potrs') else (a,)
    assert _message(lambda: getattr(L, name)(*args)) == (
        "Type torch.%s doesn't implement stateless method %s" % (kind, name))
    v = Variable(args[0])
    assert _message(lambda: getattr(v, name)(*[Variable(x) for x in args[1:]]), RuntimeError) == (
        '%s is not implemented for type CPU%sType' % (name, kind[:-len('Tensor')]))


# ---------------------------------------------------------------- who names itself in an argument error

# (op, form, arguments after the receiver, argument named, its position, expected type, given)
# for every schema op whose methods or torch.* form refuse a float or str argument with the
# argument parser's sentence; the Variable forms are 0.3.1's parser text exactly.  (A tensor's
# cwrap methods listed their options instead: there only the name, argument and position are
# pinned here.)
_PARSER_ROWS = [
    ('bmm', 'tensor', (1.5,), 'mat2', 1, 'Variable', 'float'),
    ('bmm', 'Variable', (1.5,), 'mat2', 1, 'Variable', 'float'),
    ('bmm', 'function', (1.5,), 'mat2', 1, 'Variable', 'float'),
    ('btrisolve', 'tensor', (0, 1.5), 'LU_data', 1, 'Variable', 'int'),
    ('btrisolve', 'Variable', (0, 1.5), 'LU_data', 1, 'Variable', 'int'),
    ('btrisolve', 'function', (0, 1.5), 'LU_data', 1, 'Variable', 'int'),
    ('btriunpack', 'function', (1.5,), 'LU_pivots', 1, 'Variable', 'float'),
    ('chunk', 'tensor', (1.5,), 'chunks', 1, 'int', 'float'),
    ('chunk', 'Variable', (1.5,), 'chunks', 1, 'int', 'float'),
    ('chunk', 'function', (1.5,), 'chunks', 1, 'int', 'float'),
    ('cross', 'tensor', (1.5,), 'other', 1, 'Variable', 'float'),
    ('cross', 'Variable', (1.5,), 'other', 1, 'Variable', 'float'),
    ('cross', 'function', (1.5,), 'other', 1, 'Variable', 'float'),
    ('cumprod', 'tensor', (1.5,), 'dim', 1, 'int', 'float'),
    ('cumprod', 'Variable', (1.5,), 'dim', 1, 'int', 'float'),
    ('cumprod', 'function', (1.5,), 'dim', 1, 'int', 'float'),
    ('cumsum', 'tensor', (1.5,), 'dim', 1, 'int', 'float'),
    ('cumsum', 'Variable', (1.5,), 'dim', 1, 'int', 'float'),
    ('cumsum', 'function', (1.5,), 'dim', 1, 'int', 'float'),
    ('diag', 'tensor', (1.5,), 'diagonal', 1, 'int', 'float'),
    ('diag', 'Variable', (1.5,), 'diagonal', 1, 'int', 'float'),
    ('diag', 'function', (1.5,), 'diagonal', 1, 'int', 'float'),
    ('dot', 'tensor', (1.5,), 'tensor', 1, 'Variable', 'float'),
    ('dot', 'Variable', (1.5,), 'tensor', 1, 'Variable', 'float'),
    ('dot', 'function', (1.5,), 'tensor', 1, 'Variable', 'float'),
    ('expand_as', 'tensor', (1.5,), 'tensor', 1, 'Variable', 'float'),
    ('expand_as', 'Variable', (1.5,), 'tensor', 1, 'Variable', 'float'),
    ('fill_', 'Variable', ('x',), 'value', 1, 'float', 'str'),
    ('gels', 'tensor', (1.5,), 'A', 1, 'Variable', 'float'),
    ('gels', 'Variable', (1.5,), 'A', 1, 'Variable', 'float'),
    ('gels', 'function', (1.5,), 'A', 1, 'Variable', 'float'),
    ('ger', 'tensor', (1.5,), 'vec2', 1, 'Variable', 'float'),
    ('ger', 'Variable', (1.5,), 'vec2', 1, 'Variable', 'float'),
    ('ger', 'function', (1.5,), 'vec2', 1, 'Variable', 'float'),
    ('gesv', 'tensor', (1.5,), 'A', 1, 'Variable', 'float'),
    ('gesv', 'Variable', (1.5,), 'A', 1, 'Variable', 'float'),
    ('gesv', 'function', (1.5,), 'A', 1, 'Variable', 'float'),
    ('histc', 'tensor', (1.5,), 'bins', 1, 'int', 'float'),
    ('histc', 'Variable', (1.5,), 'bins', 1, 'int', 'float'),
    ('histc', 'function', (1.5,), 'bins', 1, 'int', 'float'),
    ('kthvalue', 'tensor', (1.5,), 'k', 1, 'int', 'float'),
    ('kthvalue', 'Variable', (1.5,), 'k', 1, 'int', 'float'),
    ('kthvalue', 'function', (1.5,), 'k', 1, 'int', 'float'),
    ('matmul', 'tensor', (1.5,), 'other', 1, 'Variable', 'float'),
    ('matmul', 'Variable', (1.5,), 'other', 1, 'Variable', 'float'),
    ('matmul', 'function', (1.5,), 'other', 1, 'Variable', 'float'),
    ('max', 'tensor', (1.5,), 'dim', 1, 'int', 'float'),
    ('max', 'Variable', (1.5,), 'dim', 1, 'int', 'float'),
    ('max', 'function', (1.5,), 'dim', 1, 'int', 'float'),
    ('mean', 'tensor', (1.5,), 'dim', 1, 'int', 'float'),
    ('mean', 'Variable', (1.5,), 'dim', 1, 'int', 'float'),
    ('mean', 'function', (1.5,), 'dim', 1, 'int', 'float'),
    ('median', 'tensor', (1.5,), 'dim', 1, 'int', 'float'),
    ('median', 'Variable', (1.5,), 'dim', 1, 'int', 'float'),
    ('median', 'function', (1.5,), 'dim', 1, 'int', 'float'),
    ('min', 'tensor', (1.5,), 'dim', 1, 'int', 'float'),
    ('min', 'Variable', (1.5,), 'dim', 1, 'int', 'float'),
    ('min', 'function', (1.5,), 'dim', 1, 'int', 'float'),
    ('mm', 'tensor', (1.5,), 'mat2', 1, 'Variable', 'float'),
    ('mm', 'Variable', (1.5,), 'mat2', 1, 'Variable', 'float'),
    ('mm', 'function', (1.5,), 'mat2', 1, 'Variable', 'float'),
    ('mode', 'tensor', (1.5,), 'dim', 1, 'int', 'float'),
    ('mode', 'Variable', (1.5,), 'dim', 1, 'int', 'float'),
    ('mode', 'function', (1.5,), 'dim', 1, 'int', 'float'),
    ('multinomial', 'tensor', (1.5,), 'num_samples', 1, 'int', 'float'),
    ('multinomial', 'Variable', (1.5,), 'num_samples', 1, 'int', 'float'),
    ('multinomial', 'function', (1.5,), 'num_samples', 1, 'int', 'float'),
    ('mv', 'tensor', (1.5,), 'vec', 1, 'Variable', 'float'),
    ('mv', 'Variable', (1.5,), 'vec', 1, 'Variable', 'float'),
    ('mv', 'function', (1.5,), 'vec', 1, 'Variable', 'float'),
    ('narrow', 'tensor', (0, 0, 1.5), 'length', 3, 'int', 'float'),
    ('narrow', 'Variable', (0, 0, 1.5), 'length', 3, 'int', 'float'),
    ('narrow', 'function', (0, 0, 1.5), 'length', 3, 'int', 'float'),
    ('norm', 'tensor', (0, 1.5), 'dim', 2, 'int', 'float'),
    ('norm', 'Variable', (0, 1.5), 'dim', 2, 'int', 'float'),
    ('norm', 'function', (0, 1.5), 'dim', 2, 'int', 'float'),
    ('orgqr', 'tensor', (1.5,), 'input2', 1, 'Variable', 'float'),
    ('orgqr', 'Variable', (1.5,), 'input2', 1, 'Variable', 'float'),
    ('orgqr', 'function', (1.5,), 'input2', 1, 'Variable', 'float'),
    ('ormqr', 'tensor', (0, 1.5), 'input2', 1, 'Variable', 'int'),
    ('ormqr', 'Variable', (0, 1.5), 'input2', 1, 'Variable', 'int'),
    ('ormqr', 'function', (0, 1.5), 'input2', 1, 'Variable', 'int'),
    ('potrs', 'tensor', (1.5,), 'input2', 1, 'Variable', 'float'),
    ('potrs', 'Variable', (1.5,), 'input2', 1, 'Variable', 'float'),
    ('potrs', 'function', (1.5,), 'input2', 1, 'Variable', 'float'),
    ('pow', 'tensor', (0, 1.5), 'exponent', 2, 'Variable', 'int'),
    ('pow', 'Variable', (0, 1.5), 'exponent', 2, 'Variable', 'int'),
    ('pow', 'function', (0, 1.5), 'exponent', 2, 'Variable', 'int'),
    ('prod', 'tensor', (1.5,), 'dim', 1, 'int', 'float'),
    ('prod', 'Variable', (1.5,), 'dim', 1, 'int', 'float'),
    ('prod', 'function', (1.5,), 'dim', 1, 'int', 'float'),
    ('random_', 'tensor', (1.5,), 'to', 1, 'int', 'float'),
    ('resize_as', 'Variable', (1.5,), 'variable', 1, 'Variable', 'float'),
    ('select', 'tensor', (0, 1.5), 'index', 2, 'int', 'float'),
    ('select', 'Variable', (0, 1.5), 'index', 2, 'int', 'float'),
    ('select', 'function', (0, 1.5), 'index', 2, 'int', 'float'),
    ('sort', 'tensor', (1.5,), 'dim', 1, 'int', 'float'),
    ('sort', 'Variable', (1.5,), 'dim', 1, 'int', 'float'),
    ('sort', 'function', (1.5,), 'dim', 1, 'int', 'float'),
    ('split', 'tensor', (1.5,), 'split_size', 1, 'int', 'float'),
    ('split', 'Variable', (1.5,), 'split_size', 1, 'int', 'float'),
    ('split', 'function', (1.5,), 'split_size', 1, 'int', 'float'),
    ('squeeze', 'tensor', (1.5,), 'dim', 1, 'int', 'float'),
    ('squeeze', 'Variable', (1.5,), 'dim', 1, 'int', 'float'),
    ('squeeze', 'function', (1.5,), 'dim', 1, 'int', 'float'),
    ('std', 'tensor', (1.5,), 'dim', 1, 'int', 'float'),
    ('std', 'Variable', (1.5,), 'dim', 1, 'int', 'float'),
    ('std', 'function', (1.5,), 'dim', 1, 'int', 'float'),
    ('sum', 'tensor', (1.5,), 'dim', 1, 'int', 'float'),
    ('sum', 'Variable', (1.5,), 'dim', 1, 'int', 'float'),
    ('sum', 'function', (1.5,), 'dim', 1, 'int', 'float'),
    ('topk', 'tensor', (1.5,), 'k', 1, 'int', 'float'),
    ('topk', 'Variable', (1.5,), 'k', 1, 'int', 'float'),
    ('topk', 'function', (1.5,), 'k', 1, 'int', 'float'),
    ('transpose', 'tensor', (0, 1.5), 'dim1', 2, 'int', 'float'),
    ('transpose', 'Variable', (0, 1.5), 'dim1', 2, 'int', 'float'),
    ('transpose', 'function', (0, 1.5), 'dim1', 2, 'int', 'float'),
    ('tril', 'tensor', (1.5,), 'diagonal', 1, 'int', 'float'),
    ('tril', 'Variable', (1.5,), 'diagonal', 1, 'int', 'float'),
    ('tril', 'function', (1.5,), 'diagonal', 1, 'int', 'float'),
    ('triu', 'tensor', (1.5,), 'diagonal', 1, 'int', 'float'),
    ('triu', 'Variable', (1.5,), 'diagonal', 1, 'int', 'float'),
    ('triu', 'function', (1.5,), 'diagonal', 1, 'int', 'float'),
    ('trtrs', 'tensor', (1.5,), 'A', 1, 'Variable', 'float'),
    ('trtrs', 'Variable', (1.5,), 'A', 1, 'Variable', 'float'),
    ('trtrs', 'function', (1.5,), 'A', 1, 'Variable', 'float'),
    ('type_as', 'Variable', (1.5,), 'other', 1, 'Variable', 'float'),
    ('unfold', 'tensor', (0, 0, 1.5), 'step', 3, 'int', 'float'),
    ('unfold', 'Variable', (0, 0, 1.5), 'step', 3, 'int', 'float'),
    ('unsqueeze', 'tensor', (1.5,), 'dim', 1, 'int', 'float'),
    ('unsqueeze', 'Variable', (1.5,), 'dim', 1, 'int', 'float'),
    ('unsqueeze', 'function', (1.5,), 'dim', 1, 'int', 'float'),
    ('var', 'tensor', (1.5,), 'dim', 1, 'int', 'float'),
    ('var', 'Variable', (1.5,), 'dim', 1, 'int', 'float'),
    ('var', 'function', (1.5,), 'dim', 1, 'int', 'float'),
    ('view_as', 'tensor', (1.5,), 'tensor', 1, 'Variable', 'float'),
    ('view_as', 'Variable', (1.5,), 'tensor', 1, 'Variable', 'float'),
    ('resize_as_', 'tensor', (1.5,), 'tensor', 1, 'Variable', 'float'),
    ('squeeze_', 'tensor', (1.5,), 'dim', 1, 'int', 'float'),
    ('transpose_', 'tensor', (0, 1.5), 'dim1', 2, 'int', 'float'),
    ('tril_', 'tensor', (1.5,), 'diagonal', 1, 'int', 'float'),
    ('tril_', 'Variable', (1.5,), 'diagonal', 1, 'int', 'float'),
    ('triu_', 'tensor', (1.5,), 'diagonal', 1, 'int', 'float'),
    ('triu_', 'Variable', (1.5,), 'diagonal', 1, 'int', 'float'),
    ('unsqueeze_', 'tensor', (1.5,), 'dim', 1, 'int', 'float'),]


@pytest.mark.parametrize('name, form, args, argname, pos, want, got', _PARSER_ROWS,
                         ids=['%s-%s' % (r[0], r[1]) for r in _PARSER_ROWS])
def test_argument_errors_name_the_op_and_argument(name, form, args, argname, pos, want, got):
    import warnings
    x = L.FloatTensor([[1, 2], [3, 4]])
    if form == 'Variable':
        x = Variable(x)
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        if form == 'function':
            text = _message(lambda: getattr(L, name)(x, *args))
        else:
            text = _message(lambda: getattr(x, name)(*args))
    head = "%s(): argument '%s' (position %d) must be " % (name, argname, pos)
    assert text.startswith(head), text
    if form == 'Variable':
        assert text == head + '%s, not %s' % (want, got)


# ---------------------------------------------------------------- the dispatcher's argument names

def test_type_mismatch_past_the_named_arguments_is_named_by_position():
    # an op taking more tensor inputs than it names (the RNN layer joins take one per row)
    # calls an unnamed one ``arg<i>``, i counting from the receiver = 0
    from legacy_autograd.ops import dispatch, rnn_ops
    op = rnn_ops.JOIN_OPS['cat']
    assert op.argnames == ('results',)
    f, d = Variable(L.randn(2)), Variable(L.randn(2).double())
    for inputs, i in (([f, f, d], 2), ([f, d], 1)):
        assert _message(lambda: dispatch.check_same_type(op, inputs), RuntimeError) == (
            "Expected object of type Variable[torch.FloatTensor] but found type "
            "Variable[torch.DoubleTensor] for argument #%d 'arg%d'" % (i, i))
    dispatch.check_same_type(op, [f, f, f])


# ---------------------------------------------------------------- session 20, sample 2118

def test_results_of_two_variable_ops_start_without_a_grad():
    x = Variable(L.randn(2, 3), requires_grad=True)
    y = Variable(L.randn(2, 3), requires_grad=True)
    for z in (x * y, x + y, x - y, x / y, x.atan2(y), x.pow(y.abs())):
        assert z.grad is None and z.requires_grad


def test_size_takes_no_new_attributes():
    # 0.3.1's torch.Size is a C tuple subclass without a __dict__
    s = L.Size([2, 3])
    with pytest.raises(AttributeError):
        s.foo = 1
    assert not hasattr(s, '__dict__')


def test_cumsum_and_unfold_backward_are_differentiable_in_the_gradient():
    # their backward graphs (flips and cumsums; unfold's fold-back) are differentiated with
    # respect to the incoming gradient: d/d(go) of sum(grad(go) * w), against modern torch
    import legacy_autograd.autograd as A
    w = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
    x = Variable(L.DoubleTensor([[1, 2, 3], [4, 5, 6]]), requires_grad=True)
    go = Variable(L.DoubleTensor([[1, -1, 2], [0.5, 3, 1]]), requires_grad=True)
    g, = A.grad(x.cumsum(1), x, go, create_graph=True)
    gg, = A.grad((g * Variable(L.DoubleTensor(w))).sum(), go)
    xt = torch.tensor([[1.0, 2, 3], [4, 5, 6]], dtype=torch.float64, requires_grad=True)
    got = torch.tensor([[1, -1, 2], [0.5, 3, 1]], dtype=torch.float64, requires_grad=True)
    gt, = torch.autograd.grad(xt.cumsum(1), xt, got, create_graph=True)
    ggt, = torch.autograd.grad((gt * torch.tensor(w, dtype=torch.float64)).sum(), got)
    assert gg.data.tolist() == ggt.tolist()
    x = Variable(L.DoubleTensor([1, 2, 3, 4, 5]), requires_grad=True)
    go = Variable(L.DoubleTensor([[1, 2], [3, 4]]), requires_grad=True)
    g, = A.grad(x.unfold(0, 2, 2), x, go, create_graph=True)
    gg, = A.grad((g * Variable(L.DoubleTensor([1, -1, 2, -2, 3]))).sum(), go)
    xt = torch.tensor([1.0, 2, 3, 4, 5], dtype=torch.float64, requires_grad=True)
    got = torch.tensor([[1.0, 2], [3, 4]], dtype=torch.float64, requires_grad=True)
    gt, = torch.autograd.grad(xt.unfold(0, 2, 2), xt, got, create_graph=True)
    ggt, = torch.autograd.grad((gt * torch.tensor([1.0, -1, 2, -2, 3],
                                                   dtype=torch.float64)).sum(), got)
    assert gg.data.tolist() == ggt.tolist()


def test_profiler_keeps_the_result_of_a_nested_function_call():
    # a Function applied inside another's forward while the profiler records: the inner call
    # is not recorded again, and its result comes through
    import legacy_autograd.autograd as A
    from legacy_autograd.autograd import Function

    class Inner(Function):
        @staticmethod
        def forward(ctx, t):
            return t * 3

        @staticmethod
        def backward(ctx, g):
            return g * 3

    class Outer(Function):
        @staticmethod
        def forward(ctx, t):
            return Inner.apply(Variable(t)).data + 1

        @staticmethod
        def backward(ctx, g):
            return g * 3

    with A.profiler.profile():
        r = Outer.apply(Variable(L.FloatTensor([1, 2])))
    assert r.data.tolist() == [4.0, 7.0]


# ---------------------------------------------------------------- session 20, sample 2119

def test_array_to_tensor_refuses_a_type_without_a_tensor_class():
    from legacy_autograd import tensor as tensor_module
    for dtype in (np.complex128, np.bool_, np.uint16):
        with pytest.raises(RuntimeError) as e:
            tensor_module.array_to_tensor(np.zeros(2, dtype))
        assert str(e.value) == (
            "can't convert a given np.ndarray to a tensor - it has an invalid type. The only "
            "supported types are: double, float, int64, int32, and uint8.")


def test_backward_of_nothing_is_refused():
    # 0.3.1's run_backward with no roots: the engine's own text
    import legacy_autograd.autograd as A
    assert _message(lambda: A.backward([], []), RuntimeError) == (
        'there are no graph nodes that require computing gradients')


def test_legacy_function_classes_keep_their_0_3_names():
    # torch.autograd._functions of 0.3.1 named its classes in CamelCase
    import legacy_autograd.autograd._functions as AF
    for name in ('MaskedSelect', 'MaskedFill', 'MaskedScatter', 'Sort', 'Topk', 'IndexSelect',
                 'Cumsum', 'Cumprod', 'Unfold', 'Gather', 'Scatter', 'ScatterAdd'):
        assert isinstance(getattr(AF, name), type), name
    assert not hasattr(AF, 'maskedSelect')


def test_from_numpy_takes_a_zero_stride():
    # THPTensor_(fromNumpy) refused negative strides only: a broadcast (stride 0) array is
    # shared as it is
    a = np.broadcast_to(np.arange(3, dtype=np.float32), (2, 3))
    t = L.from_numpy(a)
    assert t.tolist() == [[0.0, 1.0, 2.0], [0.0, 1.0, 2.0]] and t.stride() == (0, 1)
    assert L.FloatTensor(a).tolist() == [[0.0, 1.0, 2.0], [0.0, 1.0, 2.0]]


def test_a_function_nodes_inputs_show_their_0_3_node_classes():
    # the nodes behind a Function's output get their legacy classes when it is looked at
    from legacy_autograd.autograd import Function

    class Twice(Function):
        @staticmethod
        def forward(ctx, t):
            return t * 2

        @staticmethod
        def backward(ctx, g):
            return g * 2

    x = Variable(L.randn(2), requires_grad=True)
    y = Twice.apply(x * 3)
    assert type(y.grad_fn).__name__ == 'TwiceBackward'
    (node, nr), = y.grad_fn.next_functions
    assert type(node).__name__ == 'MulBackward0' and nr == 0
    assert type(node.next_functions[0][0]).__name__ == 'AccumulateGrad'


def test_binary_operators_in_reference_mode():
    # the general code (LEGACY_AUTOGRAD_REFERENCE=1) of the operators: dense with dense, dense
    # with sparse, tensors and Variables, as the fast front-ends give them
    from legacy_autograd import _fastpaths
    a = L.FloatTensor([[1, 2], [3, 4]])
    b = L.FloatTensor([[0.5, -1], [2, 0]])
    s = L.sparse.FloatTensor(L.LongTensor([[0], [1]]), L.FloatTensor([5]), L.Size([2, 2]))
    want = {'add': [[1.5, 1.0], [5.0, 4.0]], 'mul': [[0.5, -2.0], [6.0, 0.0]],
            'sparse': [[1.0, 7.0], [3.0, 4.0]]}
    was = _fastpaths.set_reference(True)
    try:
        assert (a + b).tolist() == want['add'] and a.add(b).tolist() == want['add']
        assert (a * b).tolist() == want['mul']
        assert (Variable(a) + Variable(b)).data.tolist() == want['add']
        assert (a + s).tolist() == want['sparse']
    finally:
        _fastpaths.set_reference(was)
    assert (a + b).tolist() == want['add'] and (a + s).tolist() == want['sparse']


def test_onnx_paddings_fill_the_missing_dimensions_with_zeros():
    from legacy_autograd.autograd._functions.utils import prepare_onnx_paddings
    assert prepare_onnx_paddings(2, [1, 2]) == [0, 1, 0, 2]
    assert prepare_onnx_paddings(3, [1, 2, 3, 4]) == [0, 3, 1, 0, 4, 2]
    assert prepare_onnx_paddings(1, []) == [0, 0]


def test_ormqr_refuses_a_c_that_is_not_a_matrix():
    a, tau = L.DoubleTensor([[2.0, 1.0], [1.0, 3.0], [0.5, 1.0]]).geqrf()
    assert _message(lambda: a.ormqr(tau, L.DoubleTensor([1.0, 2.0, 3.0])), RuntimeError) == (
        'ormqr: input3 should be 2 dimensional, got 1D')
    assert tuple(a.ormqr(tau, L.DoubleTensor(3, 2).zero_())[0].size()) == (3, 2)
