"""Edge semantics the mutation campaign (``tools/mutation_campaign.py``) found unguarded.

Each test pins one 0.3 behaviour at a point the broad parity suites do not reach: exact ties
and bounds of gradients, signed zeros, NaN bounds, aliasing (a result that must be a new
array, an ``out=`` that must be written into, a ``.grad`` that must not share the caller's
gradient), the double accumulation of TH's ``accreal``, the C conversion of a float operand
of an integer tensor, the bits of the in-place ufunc fast paths.  Values and gradients are
compared with modern torch where it agrees with 0.3, else with the 0.3 formula named in the
test (from 0.3.1's ``torch/autograd/_functions`` and TH sources).
"""
import math

import numpy as np
import pytest

import legacy_autograd as L
from legacy_autograd import testing
from legacy_autograd.autograd import Variable
from legacy_values import var as _var
import legacy_autograd.nn.functional as F




def _sign_bits(values):
    return [math.copysign(1.0, v) for v in values]


# ============================================================================ gradients at ties
@pytest.mark.parametrize('name', ['max', 'min'])
def test_binary_extreme_tie_sends_the_gradient_to_other(name):
    # 0.3 Cmax/Cmin: self gets grad * (self > other) (resp. <), other gets the rest
    a = _var([1.0, 2.0, 5.0, -1.0])
    b = _var([1.0, 3.0, 0.0, -1.0])
    up = _var([1.0, 10.0, 100.0, 1000.0], requires_grad=False)
    getattr(L, name)(a, b).backward(up)
    gt = np.array([1.0, 2.0, 5.0, -1.0]) > np.array([1.0, 3.0, 0.0, -1.0])
    lt = np.array([1.0, 2.0, 5.0, -1.0]) < np.array([1.0, 3.0, 0.0, -1.0])
    sel = gt if name == 'max' else lt
    w = np.array([1.0, 10.0, 100.0, 1000.0])
    np.testing.assert_array_equal(a.grad.data.numpy(), np.where(sel, w, 0.0))
    np.testing.assert_array_equal(b.grad.data.numpy(), np.where(sel, 0.0, w))


def test_clamp_gradient_at_both_bounds(torch):
    # 0.3 Clamp: mask = x.ge(min) * x.le(max) -- the bounds themselves pass the gradient
    xs = np.array([-1.0, -0.5, 0.0, 0.5, 1.0])
    testing.assert_parity(lambda x: x.clamp(-0.5, 0.5), lambda x: x.clamp(-0.5, 0.5), xs)
    x = _var(xs)
    x.clamp(-0.5, 0.5).sum().backward()
    np.testing.assert_array_equal(x.grad.data.numpy(), [0.0, 1.0, 1.0, 1.0, 0.0])


def test_clamp_one_bound_gradient_at_the_bound():
    # 0.3 CmaxConstant (clamp(min=)): mask x.gt(min); CminConstant (clamp(max=)): x.lt(max)
    xs = [-1.0, -0.5, 0.0, 0.5, 1.0]
    x = _var(xs)
    x.clamp(min=-0.5).sum().backward()
    np.testing.assert_array_equal(x.grad.data.numpy(), [0.0, 0.0, 1.0, 1.0, 1.0])
    x = _var(xs)
    x.clamp(max=0.5).sum().backward()
    np.testing.assert_array_equal(x.grad.data.numpy(), [1.0, 1.0, 1.0, 0.0, 0.0])
    x = _var(xs)
    gx, = L.autograd.grad(x.clamp(min=0.0).sum(), x, create_graph=True)
    np.testing.assert_array_equal(gx.data.numpy(), [0.0, 0.0, 0.0, 1.0, 1.0])


def test_norm_inf_ties_split_the_gradient(torch):
    xs = np.array([3.0, -3.0, 1.0, 0.5])
    testing.assert_parity(lambda x: x.norm(float('inf')), lambda x: torch.norm(x, float('inf')), xs)
    x = _var(xs)
    x.norm(float('inf')).backward()
    np.testing.assert_array_equal(x.grad.data.numpy(), [0.5, -0.5, 0.0, 0.0])


@pytest.mark.parametrize('p', [0.5, 0.75, 1.5, 3.0])
def test_norm_fractional_and_odd_p(torch, p):
    xs = np.array([[0.5, -1.25, 2.0], [1.5, 0.25, -0.75]])
    testing.assert_parity(lambda x: x.norm(p), lambda x: torch.norm(x, p), xs, gradgrad=True)
    testing.assert_parity(lambda x: x.norm(p, 1), lambda x: torch.norm(x, p, 1), xs)


# ============================================================================ signed zeros, NaN
def test_clamp_with_nan_bound_keeps_x_in_a_new_tensor():
    # TH: x < min ? min : x -- comparisons with NaN are false, so x is kept
    x = L.FloatTensor([1.0, -2.0, 3.0])
    for y in (x.clamp(min=float('nan')), x.clamp(max=float('nan'))):
        assert y.tolist() == [1.0, -2.0, 3.0]
        y[0] = 42.0
        assert x.tolist() == [1.0, -2.0, 3.0]


@pytest.mark.parametrize('kw', [dict(min=0.0), dict(max=0.0), dict(min=0.0, max=1.0)])
def test_clamp_at_zero_keeps_the_sign_of_zero(kw):
    # TH: x < 0 ? 0 : x keeps x = -0.0 (and x > 0 ? 0 : x keeps +0.0)
    for cls in (L.FloatTensor, L.DoubleTensor):
        for n in (4, 2048):          # the small-array and the large-array routes
            a = np.where(np.arange(n) % 2 == 0, -0.0, 0.0)
            y = cls(a.tolist()).clamp(**kw)
            np.testing.assert_array_equal(np.signbit(y.numpy()), np.signbit(a))


def test_relu_of_negative_zero_is_positive_zero():
    # THNN Threshold(0, 0): x > 0 ? x : 0
    for n in (3, 4096):
        x = L.FloatTensor(n).fill_(-0.0)
        y = F.relu(Variable(x)).data
        assert y.tolist() == [0.0] * n and not np.signbit(y.numpy()).any()


def test_threshold_at_the_threshold_gives_value(torch):
    xs = np.array([0.25, 0.5, 0.75, 0.5])
    testing.assert_parity(lambda x: F.threshold(x, 0.5, -1.0),
                          lambda x: torch.nn.functional.threshold(x, 0.5, -1.0), xs)


def test_rsqrt_of_negative_is_nan(torch):
    x = L.DoubleTensor([-1.0, 4.0, -0.25])
    got = x.rsqrt().numpy()
    ref = torch.rsqrt(torch.tensor([-1.0, 4.0, -0.25], dtype=torch.float64)).numpy()
    np.testing.assert_array_equal(np.isnan(got), np.isnan(ref))
    assert got[1] == 0.5


# ============================================================================ accreal and C casts
def test_full_reductions_of_tensors_accumulate_in_double():
    # TH's accreal: the sum of a FloatTensor is a double, not a float32 sum
    x = L.FloatTensor([1e8, 1.0, -1e8])
    assert x.sum() == 1.0
    assert x.mean() == pytest.approx(1.0 / 3.0, rel=1e-15)
    assert Variable(x).sum().data.tolist() == [1.0]
    x = L.FloatTensor([16777216.0, 1.0, 1.0])      # 2**24 + 2 is a float32, 2**24 + 1 is not
    assert x.sum() == 16777218.0


def test_float_operand_of_an_integer_tensor_is_truncated():
    # TH converted the scalar with a C cast: toward zero
    assert L.LongTensor([1, -1]).add(2.7).tolist() == [3, 1]
    assert L.LongTensor([1, -1]).add(-2.7).tolist() == [-1, -3]
    assert L.LongTensor([3, -3]).mul(2.5).tolist() == [6, -6]
    assert L.LongTensor([3, -3]).mul(-1.5).tolist() == [-3, 3]
    assert L.LongTensor([7, -7]).div(2.9).tolist() == [3, -3]
    assert (L.LongTensor([5]) - 1.9).tolist() == [4]


def test_inplace_division_by_a_number_is_true_division():
    rng = np.random.RandomState(3)
    for dtype, cls in ((np.float32, L.FloatTensor), (np.float64, L.DoubleTensor)):
        a = rng.standard_normal(1000).astype(dtype)
        for d in (3.0, 7.0, 0.1):
            x = cls(a.tolist())
            x.div_(d)
            np.testing.assert_array_equal(x.numpy(), a / dtype(d) if dtype == np.float32 else a / d)
            y = cls(a.tolist())
            y /= d
            np.testing.assert_array_equal(y.numpy(), x.numpy())


# ============================================================================ aliasing
def test_full_max_of_a_variable_is_a_new_tensor():
    v = _var([1.0, 7.0, 3.0])
    for r in (v.max(), v.min(), v.median()):
        r.data[0] = 100.0
        assert v.data.tolist() == [1.0, 7.0, 3.0]


def test_cat_with_empty_tensors_copies():
    x = L.FloatTensor([1.0, 2.0])
    y = L.cat([x, L.FloatTensor()])
    y[0] = 9.0
    assert x.tolist() == [1.0, 2.0]
    v = Variable(x)
    w = L.cat([Variable(L.FloatTensor()), v])
    w.data[1] = 9.0
    assert x.tolist() == [1.0, 2.0]


def test_grad_does_not_share_the_callers_gradient():
    g = L.FloatTensor([1.0, 2.0, 3.0])
    x = Variable(L.FloatTensor(3).zero_(), requires_grad=True)
    (x + 2).backward(g)
    x.grad.data.add_(1)
    assert g.tolist() == [1.0, 2.0, 3.0]
    (x + 2).backward(g)                      # the second gradient is added into .grad
    assert x.grad.data.tolist() == [3.0, 5.0, 7.0]
    assert g.tolist() == [1.0, 2.0, 3.0]


def test_resize_to_the_same_size_keeps_the_storage():
    t = L.FloatTensor(6).fill_(1)
    s = t.storage()
    t.resize_(2, 3)
    t.fill_(2)
    assert list(s) == [2.0] * 6


def test_set_shares_the_source():
    a = L.FloatTensor([1.0, 2.0])
    b = L.FloatTensor([3.0, 4.0, 5.0])
    assert a.set_(b) is a
    b.fill_(7)
    assert a.tolist() == [7.0, 7.0, 7.0]
    a[0] = 1
    assert b[0] == 1


def test_inplace_with_a_volatile_operand_makes_self_volatile():
    v = Variable(L.FloatTensor([1.0, 2.0]))
    w = Variable(L.FloatTensor([1.0, 2.0]), volatile=True)
    assert v.add_(w) is v
    assert v.volatile


# ============================================================================ out=
def test_out_into_a_view_writes_through():
    base = L.FloatTensor(2, 3).zero_()
    out = base[0]
    r = L.add(L.FloatTensor([1.0, 2.0, 3.0]), L.FloatTensor([1.0, 1.0, 1.0]), out=out)
    assert r is out
    assert base.tolist() == [[2.0, 3.0, 4.0], [0.0, 0.0, 0.0]]
    L.mul(L.FloatTensor([1.0, 2.0, 3.0]), 2, out=base[1])
    assert base.tolist() == [[2.0, 3.0, 4.0], [2.0, 4.0, 6.0]]


def test_out_and_inplace_on_tensors_leave_the_version_alone():
    # 0.3.1 tensors have no version counter: neither an in-place method nor an out= write on a
    # tensor moves the counter that a Variable over the same data reads (docs/autograd.md)
    for write in (lambda t: L.add(L.FloatTensor([1.0, 2.0]), 1, out=t),
                  lambda t: L.exp(L.FloatTensor([1.0, 2.0]), out=t),
                  lambda t: L.add(L.FloatTensor([1.0, 2.0, 3.0]), 1, out=t)):    # resized
        t = L.FloatTensor(2).zero_()
        v = L.autograd.Variable(t)
        t.add_(1)
        write(t)
        assert v._version == 0
        v.add_(1)                       # the Variable's own in-place op does move it
        assert v._version == 1


def test_comparison_out_of_self_type(torch):
    a, b = [1.0, 2.0, 3.0], [1.0, 3.0, 2.0]
    o = L.FloatTensor(3)
    r = L.eq(L.FloatTensor(a), L.FloatTensor(b), out=o)
    assert r is o and o.tolist() == [1.0, 0.0, 0.0]
    m = torch.eq(torch.tensor(a), torch.tensor(b), out=torch.empty(3)).tolist()
    assert o.tolist() == m
    o = L.ByteTensor(3)
    assert L.lt(L.FloatTensor(a), L.FloatTensor(b), out=o) is o and o.tolist() == [0, 1, 0]


def test_creation_out_keeps_its_shape_when_the_count_matches():
    # TH's range resizes out only when its number of elements differs
    o = L.FloatTensor(2, 3)
    assert L.arange(0, 6, out=o) is o
    assert o.size() == (2, 3) and o.tolist() == [[0, 1, 2], [3, 4, 5]]
    o = L.FloatTensor(4)
    L.arange(0, 6, out=o)
    assert o.size() == (6,)


def test_lapack_out_is_column_major_and_returned():
    a = L.DoubleTensor([[4.0, 1.0, 0.5], [1.0, 3.0, 0.0], [0.5, 0.0, 2.0]])
    o = L.DoubleTensor()
    v = o._version[0]
    assert L.potrf(a, out=o) is o
    assert o.stride() == (1, 3) and not o.is_contiguous()
    assert o._version[0] == v         # an out= write on a tensor moves no counter (0.3.1)
    np.testing.assert_allclose(o.numpy(), np.linalg.cholesky(a.numpy()).T, rtol=1e-12)
    b = L.DoubleTensor([[1.0], [2.0], [3.0]])
    x, lu = L.DoubleTensor(), L.DoubleTensor()
    r = L.gesv(b, a, out=(x, lu))
    assert r[0] is x and r[1] is lu
    np.testing.assert_allclose(a.numpy().dot(x.numpy()), b.numpy(), rtol=1e-12)


# ============================================================================ index ops
@pytest.mark.parametrize('dim', [0, 1])
def test_index_add_gradient_along_each_dim(torch, dim):
    rng = np.random.RandomState(dim)
    x = rng.standard_normal((3, 4))
    idx = np.array([2, 0, 2], dtype=np.int64) if dim == 1 else np.array([1, 1], dtype=np.int64)
    src = rng.standard_normal((3, 3) if dim == 1 else (2, 4))
    testing.assert_parity(lambda a, i, s: a.index_add(dim, i, s),
                          lambda a, i, s: a.index_add(dim, i, s), x, idx, src)
    testing.assert_parity(lambda a, i, s: a.index_copy(dim, i, s),
                          lambda a, i, s: a.index_copy(dim, i, s), x,
                          np.array([2, 0], dtype=np.int64), src[:2] if dim == 0 else src[:, :2])


# ============================================================================ conv workspace
@pytest.mark.parametrize('padding', [(1, 0), (0, 1), (2, 1)])
def test_conv2d_one_sided_padding_small_width(torch, padding):
    # the (C, H, W, N) im2col layout (batch > 1, narrow output) pads through a pooled buffer
    rng = np.random.RandomState(7)
    x = rng.standard_normal((3, 2, 5, 4))
    w = rng.standard_normal((4, 2, 3, 3))
    testing.assert_parity(lambda a, b: F.conv2d(a, b, padding=padding),
                          lambda a, b: torch.nn.functional.conv2d(a, b, padding=padding), x, w)


# ============================================================================ argument forms
def test_add_sub_keyword_forms():
    x = L.FloatTensor([[1.0, 2.0], [3.0, 4.0]])
    y = L.FloatTensor([[1.0, 1.0], [2.0, 2.0]])
    assert x.add(other=y).tolist() == [[2.0, 3.0], [5.0, 6.0]]
    assert L.add(x, other=y).tolist() == [[2.0, 3.0], [5.0, 6.0]]
    assert x.add(value=2, other=y).tolist() == [[3.0, 4.0], [7.0, 8.0]]
    assert x.sub(other=y).tolist() == [[0.0, 1.0], [1.0, 2.0]]
    assert x.sub(value=2, other=y).tolist() == [[-1.0, 0.0], [-1.0, 0.0]]
    v, w = Variable(x), Variable(y)
    assert v.add(other=w).data.tolist() == [[2.0, 3.0], [5.0, 6.0]]
    assert v.sub(0.5, w).data.tolist() == [[0.5, 1.5], [2.0, 3.0]]


def test_overload_lists_of_type_errors():
    # 0.3's cwrap message: the overloads in declaration order, T spelled as the tensor type
    x = L.FloatTensor([[1.0, 2.0]])
    d = L.DoubleTensor([[1.0, 1.0]])
    bad = "      didn't match because some of the arguments have invalid types: (!torch.DoubleTensor!)\n"
    with pytest.raises(TypeError) as e:
        x.pow(d)
    assert str(e.value) == ('pow received an invalid combination of arguments - got '
                            '(torch.DoubleTensor), but expected one of:\n'
                            ' * (float exponent)\n' + bad +
                            ' * (torch.FloatTensor exponent)\n' + bad)
    with pytest.raises(TypeError) as e:
        x.add(d)
    assert str(e.value) == ('add received an invalid combination of arguments - got '
                            '(torch.DoubleTensor), but expected one of:\n'
                            ' * (float value)\n' + bad +
                            ' * (torch.FloatTensor other)\n' + bad +
                            ' * (float value, torch.FloatTensor other)\n')
    for call in (lambda: x.add(2, d), lambda: x.sub(2, d), lambda: x.add_(2, d)):
        with pytest.raises(TypeError) as e:         # the public name, never 'add_alpha'
            call()
        assert str(e.value).split(' ')[0] in ('add', 'sub', 'add_')
        assert ' * (float value, torch.FloatTensor other)' in str(e.value)
    with pytest.raises(TypeError) as e:
        L.LongTensor([1]).sub(L.IntTensor([1]))
    assert ' * (torch.LongTensor other)\n' in str(e.value)


def test_median_with_only_keepdim_reduces_the_last_dim():
    x = L.FloatTensor([[3.0, 1.0, 2.0], [0.0, 5.0, 4.0]])
    for values, indices in (x.median(True), x.median(keepdim=True)):
        assert values.tolist() == [[2.0], [4.0]] and indices.tolist() == [[2], [2]]
    values, indices = x.median(False)
    assert values.tolist() == [2.0, 4.0]


def test_k_equal_to_the_size():
    x = L.FloatTensor([3.0, 1.0, 2.0])
    values, indices = x.kthvalue(3)
    assert values.tolist() == [3.0] and indices.tolist() == [0]
    values, indices = x.topk(3)
    assert values.tolist() == [3.0, 2.0, 1.0] and indices.tolist() == [0, 2, 1]
    with pytest.raises(RuntimeError, match='^invalid argument 2: k not in range for dimension$'):
        x.topk(0)                       # 0.3.1's THTensor_(topk) needs k > 0
    with pytest.raises(RuntimeError, match='out of range'):
        x.kthvalue(4)
    with pytest.raises(RuntimeError, match='not in range'):
        x.topk(4)


def test_t_of_a_vector_and_view_of_a_list():
    assert L.FloatTensor([1.0, 2.0, 3.0]).t().size() == (3,)
    x = L.FloatTensor([[1.0, 2.0], [3.0, 4.0]])
    assert x.view([4]).tolist() == [1.0, 2.0, 3.0, 4.0]
    assert x.view([1, 4]).size() == (1, 4)
    assert Variable(x).view([4]).size() == (4,)


def test_conversion_to_own_type_is_the_variable_itself():
    v = Variable(L.FloatTensor([1.0]), requires_grad=True)
    assert v.float() is v
    assert v.type('torch.FloatTensor') is v
    w = Variable(L.DoubleTensor([1.0]))
    assert w.double() is w and w.float() is not w


# ============================================================================ in place
def _step():
    # what one in-place op moves a Variable's version by
    v = L.autograd.Variable(L.FloatTensor(2).zero_())
    before = v._version
    v.add_(0)
    return v._version - before


@pytest.mark.parametrize('call, size', [
    (lambda t: t.squeeze_(), (2, 3)), (lambda t: t.squeeze_(0), (2, 3)),
    (lambda t: t.unsqueeze_(0), (1, 1, 2, 3)), (lambda t: t.t_() if t.dim() == 2 else t.squeeze_(0).t_(), (3, 2)),
    (lambda t: t.transpose_(1, 2), (1, 3, 2)), (lambda t: t.resize_(3, 2), (3, 2)),
    (lambda t: t.squeeze_(0).tril_(-1), (2, 3)), (lambda t: t.squeeze_(0).triu_(1), (2, 3)),
    (lambda t: t.renorm_(2, 1, 1.0), (1, 2, 3)), (lambda t: t.clamp_(0, 1), (1, 2, 3)),
    (lambda t: t.atan2_(L.FloatTensor(1, 2, 3).fill_(2)), (1, 2, 3)),
    (lambda t: t.fmod_(0.75), (1, 2, 3)), (lambda t: t.lerp_(L.FloatTensor(1, 2, 3).zero_(), 0.5), (1, 2, 3)),
])
def test_inplace_methods_on_tensors_return_self_changed(call, size):
    a = np.arange(1.0, 7.0, dtype=np.float32).reshape(1, 2, 3) / 4 - 0.5
    t = L.FloatTensor(a.tolist())
    before = t._version[0]
    assert call(t) is t
    assert t.size() == size
    assert t._version[0] == before      # tensors have no version in 0.3.1
    if size == (1, 2, 3):
        assert not np.array_equal(t.numpy(), a)


def test_inplace_tril_triu_renorm_values():
    a = np.arange(1.0, 10.0).reshape(3, 3)
    t = L.DoubleTensor(a.tolist())
    t.tril_(-1)
    np.testing.assert_array_equal(t.numpy(), np.tril(a, -1))
    t = L.DoubleTensor(a.tolist())
    t.renorm_(2, 0, 5.0)
    norms = np.sqrt((a ** 2).sum(1))
    np.testing.assert_allclose(t.numpy(), a * np.where(norms > 5, 5 / (norms + 1e-7), 1)[:, None],
                               rtol=1e-12)


def test_views_of_a_tensor_share_its_version():
    t = L.FloatTensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    views = [t.t(), t.transpose(0, 1), t.narrow(1, 0, 2), t.select(0, 1), t.unsqueeze(0),
             t.view(3, 2), t.view(2, 3), t[0], t.expand(2, 2, 3), t.unfold(1, 2, 1), t.squeeze()]
    t.add_(1)
    assert t.tolist() == [[2.0, 3.0, 4.0], [5.0, 6.0, 7.0]]
    assert all(v.storage().data_ptr() == t.storage().data_ptr() for v in views)
    # the Variable forms share one counter: an in-place op on the base moves every view's
    V = L.autograd.Variable(t)
    vviews = [V.t(), V.transpose(0, 1), V.narrow(1, 0, 2), V.select(0, 1), V.unsqueeze(0),
              V.view(3, 2), V.view(2, 3), V[0], V.expand(2, 2, 3), V.squeeze()]
    V.add_(1)
    assert [w._version for w in vviews] == [_step()] * len(vviews)
    vviews[2].mul_(2)
    assert V._version == 2 * _step()
    t.t()[0, 0] = 7.0
    assert t[0][0] == 7.0


def test_inplace_operators_keep_the_object():
    for cls in (L.FloatTensor, L.DoubleTensor):
        x = cls([1.0, 2.0])
        y = x
        x *= 2
        x /= 4
        x += 1
        x -= 0.25
        assert x is y and y.tolist() == [1.25, 1.75]
    v = Variable(L.FloatTensor([1.0, 2.0]))
    w = v
    v *= 3
    assert v is w and w.data.tolist() == [3.0, 6.0]
    # 0.3.1's Variable had __idiv__ (Python 2) but no __itruediv__: on Python 3 ``v /= 2``
    # fell back to ``v = v / 2``, a new Variable, and the old one kept its values
    v /= 2
    assert v is not w and v.data.tolist() == [1.5, 3.0] and w.data.tolist() == [3.0, 6.0]
    assert type(v.grad_fn).__name__ == 'NoneType'
    leaf = Variable(L.FloatTensor([4.0]), requires_grad=True)
    out = leaf
    out /= 2                        # no in-place error: it is a division
    assert type(out.grad_fn).__name__ == 'DivBackward0' and leaf.data.tolist() == [4.0]
    out.backward()
    assert leaf.grad.data.tolist() == [0.5]
    w.__idiv__(3)                   # the Python 2 spelling is still in place
    assert w.data.tolist() == [1.0, 2.0]


# ============================================================================ printing at the thresholds
def test_printing_at_exactly_the_threshold():
    # 0.3 _tensor_str: a vector / matrix is summarised unless numel < threshold; a 3-d tensor
    # prints dots when numel >= threshold; the 'short' profile has 2 edge items
    try:
        L.set_printoptions(threshold=5, edgeitems=2)
        assert str(L.FloatTensor([1, 2, 3, 4, 5])) == \
            '\n 1\n 2\n\u22ee \n 4\n 5\n[torch.FloatTensor of size 5]\n'
        assert str(L.FloatTensor([1, 2, 3, 4])) == '\n 1\n 2\n 3\n 4\n[torch.FloatTensor of size 4]\n'
        assert str(L.FloatTensor([[1], [2], [3], [4], [5]])) == \
            '\n    1\n    2\n  \u22ee   \n    4\n    5\n[torch.FloatTensor of size 5x1]\n'
        assert str(L.FloatTensor([[[1, 2, 3, 4, 5]]])) == \
            '\n(0 ,.,.) = \n   1   2  ...    4   5\n[torch.FloatTensor of size 1x1x5]\n'
        assert str(L.FloatTensor([[[1, 2], [3, 4]]])) == \
            '\n(0 ,.,.) = \n  1  2\n  3  4\n[torch.FloatTensor of size 1x2x2]\n'
        L.set_printoptions(profile='short', threshold=5)
        assert str(L.FloatTensor([1, 2, 3, 4, 5, 6])) == \
            '\n 1\n 2\n\u22ee \n 5\n 6\n[torch.FloatTensor of size 6]\n'
    finally:
        L.set_printoptions(profile='default')


def test_printing_exponent_width_and_nan():
    # the scientific field widens only when an exponent needs three digits (> 99)
    assert str(L.DoubleTensor([1e98, 1.5])) == \
        '\n 1.0000e+98\n 1.5000e+00\n[torch.DoubleTensor of size 2]\n'
    assert str(L.DoubleTensor([1e-98, 1.5])) == \
        '\n 1.0000e-98\n 1.5000e+00\n[torch.DoubleTensor of size 2]\n'
    assert str(L.DoubleTensor([1e100, 1.5])) == \
        '\n 1.0000e+100\n  1.5000e+00\n[torch.DoubleTensor of size 2]\n'
    assert str(L.FloatTensor([float('nan'), 1])) == '\nnan\n  1\n[torch.FloatTensor of size 2]\n'


# ============================================================================ dispatch and engine
def test_volatile_and_requires_grad_of_either_operand():
    x = Variable(L.FloatTensor([1.0, 2.0]))
    v = Variable(L.FloatTensor([1.0, 2.0]), volatile=True)
    r = Variable(L.FloatTensor([1.0, 2.0]), requires_grad=True)
    for out in (x + v, x * v, x - v, x / v, x.atan2(v), L.max(x, v)):
        assert out.volatile and not out.requires_grad
    for out in (x + r, r + x, x * r, x.atan2(r), L.max(x, r)):
        assert out.requires_grad and out.grad_fn is not None


def test_mixed_variable_types_are_refused():
    f = Variable(L.FloatTensor([1.0]))
    d = Variable(L.DoubleTensor([1.0]))
    for op in (lambda: f + d, lambda: f * d, lambda: f.atan2(d), lambda: f.add(d)):
        with pytest.raises(RuntimeError) as e:
            op()
        assert str(e.value).startswith('Expected object of type Variable[torch.FloatTensor] but found '
                                       'type Variable[torch.DoubleTensor] for argument #1')


@pytest.mark.parametrize('which', ['both', 'first', 'second'])
def test_split_outputs_used_in_any_order(which):
    x = Variable(L.DoubleTensor([1.0, 2.0, 3.0, 4.0]), requires_grad=True)
    a, b = x.split(2)
    c, d = x.chunk(2)
    parts = {'both': b.sum() * 3 + a.sum() * 2 + (c * d).sum(), 'first': a.sum() * 2,
             'second': (d * 5).sum()}[which]
    parts.backward()
    expect = {'both': [2 + 3.0, 2 + 4.0, 3 + 1.0, 3 + 2.0], 'first': [2.0, 2.0, 0.0, 0.0],
              'second': [0.0, 0.0, 5.0, 5.0]}[which]
    assert x.grad.data.tolist() == expect


def test_backward_of_several_roots():
    x = Variable(L.DoubleTensor([1.0, 2.0]), requires_grad=True)
    y1 = x * 2
    y2 = x * x
    L.autograd.backward([y1, y2], [L.DoubleTensor([1.0, 1.0]), L.DoubleTensor([10.0, 100.0])])
    assert x.grad.data.tolist() == [2.0 + 20.0, 2.0 + 400.0]


@pytest.mark.parametrize('which', [0, 1])
def test_modified_saved_operand_is_detected(which):
    a = Variable(L.FloatTensor([1.0, 2.0]), requires_grad=True)
    w = Variable(L.FloatTensor([3.0, 4.0]), requires_grad=True)
    p, q = a * 1, w * 1
    y = p * q
    (p, q)[which].add_(1)
    with pytest.raises(RuntimeError, match='modified by an inplace operation'):
        y.sum().backward()


def test_hooks_see_gradients_in_the_variables_type():
    seen = []
    x = Variable(L.FloatTensor([1.0, 2.0]), requires_grad=True)
    h = x * 2
    h.register_hook(lambda g: seen.append(g.data.type()))
    (h.double() * 3).sum().backward()
    assert seen == ['torch.FloatTensor']
    assert x.grad.data.type() == 'torch.FloatTensor' and x.grad.data.tolist() == [6.0, 6.0]


def test_integer_index_of_a_tensor():
    t = L.FloatTensor([[1.0, 2.0], [3.0, 4.0]])
    row = t[1]
    row[0] = 9.0                          # a view: writes go through
    assert t.tolist() == [[1.0, 2.0], [9.0, 4.0]]
    assert t[-1][0] == 9.0
    for bad in (2, -3):
        with pytest.raises(IndexError) as e:
            t[bad]
        assert str(e.value) == 'index %d is out of range for dimension 0 (of size 2)' % bad
    V = L.autograd.Variable(t)
    before = t._version[0]
    t[0] = 5                              # on the tensor: no counter moves
    assert t._version[0] == before and V._version == 0
    assert t.tolist() == [[5.0, 5.0], [9.0, 4.0]]
    V[1] = 9                              # on the Variable: its version moves
    assert V._version == _step() >= 1
    V.data[1] = L.FloatTensor([9.0, 4.0])
    v = t.view(2, 2)                      # the same shape: still a view
    v[0][0] = -1.0
    assert t[0][0] == -1.0


@pytest.mark.parametrize('n', [10, 20000])
def test_large_selections_match_numpy(n, torch):
    rng = np.random.RandomState(n)
    a = rng.standard_normal(n).astype(np.float32)
    t = L.FloatTensor(a.tolist())
    np.testing.assert_array_equal(t.clamp(-0.5, 0.25).numpy(), np.clip(a, np.float32(-0.5), np.float32(0.25)))
    np.testing.assert_array_equal(t.clamp(min=0.1).numpy(), np.maximum(a, np.float32(0.1)))
    y = F.threshold(Variable(t), 0.3, -2.0).data.numpy()
    np.testing.assert_array_equal(y, np.where(a > np.float32(0.3), a, np.float32(-2.0)))
    np.testing.assert_array_equal(F.relu(Variable(t)).data.numpy(), np.maximum(a, 0))
    np.testing.assert_array_equal(L.max(t, L.FloatTensor(a[::-1].tolist())).numpy(), np.maximum(a, a[::-1]))


def test_conv_backward_after_another_dilation(torch):
    # the fold buffer of the input gradient is pooled by its write pattern: two convolutions of
    # one geometry but different dilations write different positions
    rng = np.random.RandomState(11)
    x = rng.standard_normal((8, 16, 9, 9))
    w = rng.standard_normal((2, 16, 2, 2))
    for dil in (1, 2, 1):
        testing.assert_parity(lambda a, b: F.conv2d(a, b, stride=3, dilation=dil),
                              lambda a, b: torch.nn.functional.conv2d(a, b, stride=3, dilation=dil),
                              x, w)


# ============================================================================ shape errors
# in place, the operand is expanded to the receiver's shape (TH's THTensor_expand, from the last
# dimension): 'the tensor (<receiver's size>) must match the existing size (<operand's size>)'
_GROW = 'The expanded size of the tensor (1) must match the existing size (2) at non-singleton dimension 0.'


@pytest.mark.parametrize('call, message', [
    (lambda: L.FloatTensor(1, 3).lerp_(L.FloatTensor(2, 3), 0.5), _GROW),
    (lambda: L.FloatTensor(1, 3).add_(L.FloatTensor(2, 3)), _GROW),
    (lambda: L.FloatTensor(1, 3).mul_(L.FloatTensor(2, 3)), _GROW),
    (lambda: L.FloatTensor(1, 3).addcmul_(L.FloatTensor(2, 3), L.FloatTensor(1, 3)), _GROW),
    (lambda: Variable(L.FloatTensor(1, 3)).add_(Variable(L.FloatTensor(2, 3))), _GROW),
    (lambda: Variable(L.FloatTensor(1, 3)).lerp_(Variable(L.FloatTensor(2, 3)), 0.5), _GROW),
    (lambda: L.FloatTensor(2, 3).add_(L.FloatTensor(2, 4)),
     'The expanded size of the tensor (3) must match the existing size (4) at non-singleton dimension 1.'),
    (lambda: L.FloatTensor(2, 3).mul_(L.FloatTensor(4, 5)),      # the last dimension first
     'The expanded size of the tensor (3) must match the existing size (5) at non-singleton dimension 1.'),
    (lambda: L.FloatTensor(3).add_(L.FloatTensor(2, 3)),
     'invalid argument 1: the number of sizes provided must be greater or equal to the number of '
     'dimensions in the tensor'),
    (lambda: Variable(L.FloatTensor(2, 3)).sub_(Variable(L.FloatTensor(2, 4))),
     'The expanded size of the tensor (3) must match the existing size (4) at non-singleton dimension 1.'),
    # out of place: TH's broadcast text ends with a period (tensors), ATen's not (Variables)
    (lambda: L.FloatTensor(2, 3).add(L.FloatTensor(2, 4)),
     'The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1.'),
    (lambda: L.FloatTensor(2, 3) * L.FloatTensor(4, 5),
     'The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1.'),
    (lambda: L.FloatTensor(2, 3).lt(L.FloatTensor(2, 4)),
     'The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1.'),
    (lambda: L.ByteTensor(2, 3) & L.ByteTensor(2, 4),
     'The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1.'),
    (lambda: Variable(L.FloatTensor(2, 3)) + Variable(L.FloatTensor(2, 4)),
     'The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1'),
    (lambda: Variable(L.FloatTensor(2, 3)).pow(Variable(L.FloatTensor(2, 4))),
     'The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1'),
    # a tensor's addcmul/addcdiv broadcast all three at once (TH's inferSizeN, 'sizeof' its own)
    (lambda: L.FloatTensor(2, 3).addcmul(L.FloatTensor(2, 4), L.FloatTensor(2, 3)),
     'The size of tensor 1 (4) must match the expanded sizeof tensor (3) at non-singleton '
     'dimension 1.'),
    (lambda: L.FloatTensor(2, 1).addcdiv(L.FloatTensor(1, 3), L.FloatTensor(4, 3)),
     'The size of tensor 2 (4) must match the expanded sizeof tensor (2) at non-singleton '
     'dimension 0.'),
    (lambda: Variable(L.FloatTensor(2, 3)).addcmul(Variable(L.FloatTensor(2, 4)),
                                                   Variable(L.FloatTensor(2, 3))),
     'The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1'),
    (lambda: L.FloatTensor(6).view(-1, -1), 'invalid argument 1: only one dimension can be inferred'),
    (lambda: L.FloatTensor(2, 3).expand(3),
     'invalid argument 1: the number of sizes provided must be greater or equal to the number of '
     'dimensions in the tensor'),
    (lambda: L.FloatTensor(6).view(-1, 5), "invalid argument 2: size '[-1 x 5]' is invalid for input with 6 elements"),
    (lambda: L.FloatTensor(3).expand(2),
     'The expanded size of the tensor (2) must match the existing size (3) at non-singleton dimension 0.'),
    (lambda: L.FloatTensor(3, 1).expand(3, 2, 1),
     'The expanded size of the tensor (2) must match the existing size (3) at non-singleton dimension 1.'),
    (lambda: L.FloatTensor(2, 3).narrow(1, 1, 0), 'invalid argument 4: out of range'),
    (lambda: L.FloatTensor(2, 3).narrow(1, 3, 0), 'invalid argument 3: out of range'),
    (lambda: L.FloatTensor(2, 3).unfold(1, 2, 0), 'invalid argument 4: invalid step'),
    (lambda: L.FloatTensor(4).index_select(0, L.LongTensor([4])), 'invalid argument 3: index out of range'),
    (lambda: L.FloatTensor(4).gather(0, L.LongTensor([4])), 'Invalid index in gather'),
    (lambda: L.FloatTensor([1, 2, 3]).select(0, -1), 'invalid argument 2: out of range'),
    (lambda: L.cat([L.FloatTensor(2, 3), L.FloatTensor(3, 2)], 1), 'inconsistent tensor sizes'),
    (lambda: L.FloatTensor(2, 3).sum(2), 'dimension out of range (expected to be in range of [-2, 1], but got 2)'),
])
def test_shape_errors(call, message):
    with pytest.raises(RuntimeError) as e:
        call()
    assert str(e.value) == message


def test_select_of_negative_index_and_vector_numbers():
    t = L.FloatTensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
    assert t.select(0, -1).tolist() == [5.0, 6.0]
    assert t.select(1, -2).tolist() == [1.0, 3.0, 5.0]
    assert Variable(t).select(0, -3).data.tolist() == [1.0, 2.0]
    x = L.FloatTensor([7.0, 8.0])
    assert x.select(0, 1) == 8.0 and isinstance(x.select(0, 1), float)
    assert Variable(x).select(0, -1).data.tolist() == [8.0]


@pytest.mark.parametrize('call, message', [
    (lambda x: x.max(None), "max(): argument 'dim' (position 1) must be int, not NoneType"),
    (lambda x: x.squeeze(None), "squeeze(): argument 'dim' (position 1) must be int, not NoneType"),
    (lambda x: x.sum(0, keepdim=1), "argument 'keepdim' must be bool, not int"),
    (lambda x: x.transpose(0.5, 1), "transpose(): argument 'dim0' (position 1) must be int, not float"),
    (lambda x: x.view(2, 2.5), "view(): argument 'size' must be tuple of ints, but found element of type "
                               "float at pos 2"),
    (lambda x: L.add(2, x), "add(): argument 'input' must be a tensor or Variable, not int"),
    (lambda x: L.mul(2.5, x), "mul(): argument 'input' must be a tensor or Variable, not float"),
    (lambda x: L.mean(x.long()), "Type torch.LongTensor doesn't implement stateless method mean"),
    (lambda x: L.exp(x.long()), "Type torch.LongTensor doesn't implement stateless method exp"),
])
def test_argument_type_errors(call, message):
    x = L.FloatTensor([[1.0, 2.0], [3.0, 4.0]])
    with pytest.raises(TypeError) as e:
        call(x)
    assert str(e.value) == message


def test_integer_abs_and_negative_dims():
    assert L.LongTensor([-2, 3]).abs().tolist() == [2, 3]
    assert L.LongTensor([-2, 3]).sign().tolist() == [-1, 1]
    x = L.FloatTensor([[1.0, 2.0], [3.0, 4.0]])
    v = Variable(x, requires_grad=True)
    m = v.mean(-1, keepdim=True)
    assert m.size() == (2, 1) and m.data.tolist() == [[1.5], [3.5]]
    s = v.sum(-2)
    assert s.size() == (2,) and s.data.tolist() == [4.0, 6.0]
    (m.sum() + s.sum() + v.max(-1)[0].sum() + v.prod(-1).sum()).backward()
    assert v.grad.data.tolist() == [[1.5 + 2.0, 1.5 + 1.0 + 1.0], [1.5 + 4.0, 1.5 + 1.0 + 3.0]]


def test_reflected_operators_on_variables():
    v = Variable(L.DoubleTensor([2.0, 4.0]), requires_grad=True)
    assert (3 - v).data.tolist() == [1.0, -1.0]
    assert (8 / v).data.tolist() == [4.0, 2.0]
    assert (2 ** v).data.tolist() == [4.0, 16.0]
    (3 - v + 8 / v).sum().backward()
    assert v.grad.data.tolist() == [-1.0 - 2.0, -1.0 - 0.5]


# ============================================================================ more gradients and kernels
@pytest.mark.parametrize('values', [[2.0, 0.0, 3.0, 0.0, 4.0], [0.0, 2.0, 3.0], [2.0, 3.0, 0.0],
                                    [[1.5, 0.0, 2.0], [0.0, 0.0, 3.0]]])
def test_cumprod_gradient_through_zeros(torch, values):
    xs = np.array(values)
    dim = xs.ndim - 1
    testing.assert_parity(lambda x: x.cumprod(dim), lambda x: torch.cumprod(x, dim), xs)
    if xs.ndim == 2:
        testing.assert_parity(lambda x: x.cumprod(0), lambda x: torch.cumprod(x, 0), xs)


def test_sort_is_stable_with_many_ties(torch):
    rng = np.random.RandomState(5)
    a = rng.randint(0, 4, size=(3, 64)).astype(np.float64)
    for desc in (False, True):
        values, indices = L.DoubleTensor(a.tolist()).sort(1, desc)
        mv, mi = torch.sort(torch.tensor(a), dim=1, descending=desc, stable=True)
        assert values.tolist() == mv.tolist() and indices.tolist() == mi.tolist()


@pytest.mark.parametrize('values, bins, lo, hi', [([0.0, 1.0, 2.0, 3.0, 4.0], 4, 0, 4),
                                                 ([1.0, 2.0, 2.0, 5.0], 4, 0, 0),
                                                 ([-1.0, 0.5, 2.0, 2.5, 3.0], 3, 0, 3)])
def test_histc_counts_the_upper_edge(torch, values, bins, lo, hi):
    got = L.histc(L.FloatTensor(values), bins, lo, hi).tolist()
    assert got == torch.histc(torch.tensor(values), bins, lo, hi).tolist()


def test_grad_of_an_unused_input_and_repeated_roots():
    x = Variable(L.DoubleTensor([1.0, 2.0]), requires_grad=True)
    y = Variable(L.DoubleTensor([1.0, 2.0]), requires_grad=True)
    with pytest.raises(RuntimeError) as e:
        L.autograd.grad((x * 2).sum(), [y])
    assert str(e.value) == 'One of the differentiated Variables appears to not have been used in the graph'
    z = x * x
    L.autograd.backward([z, z], [L.DoubleTensor([1.0, 1.0]), L.DoubleTensor([2.0, 3.0])])
    assert x.grad.data.tolist() == [2.0 * 3.0, 4.0 * 4.0]


# ============================================================================ grad_fn names
@pytest.mark.parametrize('make, name', [
    (lambda v: 2 ** v, 'torch.autograd.function.PowConstantBackward'),
    (lambda v: L.pow(2, v), 'torch.autograd.function.PowConstantBackward'),
    (lambda v: v.clamp(min=0), 'torch.autograd.function.CmaxConstantBackward'),
    (lambda v: v.clamp(max=0), 'torch.autograd.function.CminConstantBackward'),
    (lambda v: v.clamp(0, 1), 'torch.autograd.function.ClampBackward'),
    (lambda v: v.prod(), 'torch.autograd.function.ProdBackward'),
    (lambda v: v.prod(0), 'torch.autograd.function.ProdBackward'),
    (lambda v: v.cumprod(0), 'torch.autograd.function.CumprodBackward'),
    (lambda v: v.repeat(2), 'torch.autograd.function.RepeatBackward'),
    (lambda v: 2 - v, 'AddBackward0'), (lambda v: v.log1p(), 'Log1PBackward'),
    (lambda v: -v, 'NegBackward'), (lambda v: v.expand(2, 2), 'ExpandBackward'),
    (lambda v: v.mean(), 'MeanBackward1'), (lambda v: v.mean(0), 'MeanBackward0'),
    (lambda v: v.fmod(1.5), 'FmodBackward0'), (lambda v: v.fmod(v), 'FmodBackward1'),
    (lambda v: v.clone().scatter_(0, Variable(L.LongTensor([1, 0])), 1.5), 'ScatterBackward1'),
    (lambda v: v.clone().scatter_(0, Variable(L.LongTensor([1, 0])), v), 'ScatterBackward0'),
])
def test_grad_fn_names_of_03(make, name):
    v = Variable(L.DoubleTensor([1.0, 2.0]), requires_grad=True)
    r = repr(make(v).grad_fn)
    assert r.startswith('<%s object at 0x' % name), r


@pytest.mark.parametrize('call', [lambda x: x.add_(1), lambda x: x.mul_(x), lambda x: x.clamp_(0, 1),
                                  lambda x: x.exp_(), lambda x: x.fill_(2)])
def test_inplace_on_a_leaf_that_requires_grad_is_refused(call):
    x = Variable(L.FloatTensor([1.0, 2.0]), requires_grad=True)
    with pytest.raises(RuntimeError) as e:
        call(x)
    assert str(e.value) == 'a leaf Variable that requires grad has been used in an in-place operation.'
    assert x.data.tolist() == [1.0, 2.0]
    y = Variable(L.FloatTensor([1.0, 2.0]), volatile=True)
    assert call(y) is y                   # volatile: no graph, allowed


# ============================================================================ lead's fourth blind batch (session 13)
# le-pr-sci-3digit: spec 1.3 -- scientific notation widens the field by one when |exp_max| or
# |exp_min| exceeds 99 digits before the point: 1e99 has 100 of them, 1e98 only 99
def test_scientific_field_widens_at_exponent_99():
    assert str(L.DoubleTensor([1e99, 1.5])) == \
        '\n  1.0000e+99\n  1.5000e+00\n[torch.DoubleTensor of size 2]\n'
    assert str(L.DoubleTensor([1e98, 1.5])) == \
        '\n 1.0000e+98\n 1.5000e+00\n[torch.DoubleTensor of size 2]\n'
    assert str(L.DoubleTensor([1e-101, 1.5])) == \
        '\n 1.0000e-101\n  1.5000e+00\n[torch.DoubleTensor of size 2]\n'


# le-t-index-float: 0.3.1's Tensor.__index__ takes integer tensors of one element only
def test_only_integer_tensors_are_indices():
    items = [10, 20, 30]
    assert items[L.LongTensor([1])] == 20
    assert items[L.IntTensor([2])] == 30
    for t in (L.FloatTensor([1.0]), L.DoubleTensor([1.0])):
        with pytest.raises(TypeError, match='^only integer tensors of a single element can be '
                                            'converted to an index$'):
            items[t]


# le-t-iter-empty: 0.3.1's Tensor.__iter__ yields the rows (select(0, i)), nothing for an
# empty tensor
def test_iterating_a_tensor_yields_its_rows():
    assert list(L.FloatTensor()) == []
    rows = list(L.LongTensor([[1, 2], [3, 4]]))
    assert [r.tolist() for r in rows] == [[1, 2], [3, 4]]
    assert list(L.DoubleTensor([0.5, 2.0])) == [0.5, 2.0]
