"""Behaviours the second round of the mutation campaign (``tools/mutation_campaign.py``,
catalogue ``tools/mutation_catalogue.py``) found unguarded by the rest of the suite.

Each test pins real behaviour -- values and gradients against modern torch where it agrees
with 0.3, else against the 0.3 formula named in the test (0.3.1's ``torch/autograd``,
``torch/csrc`` and THNN sources), exact error texts, identities and aliasing -- at a point
the broad parity suites do not reach.  The comment above each test names the mutant(s) it
was written for.
"""
import numpy as np
import pytest

import legacy_autograd as L
from legacy_autograd.autograd import Variable
from legacy_values import as_numpy as _np, var as _var


# ============================================================================ engine
# en-clone-identity: 0.3.1's AccumulateGrad (csrc/autograd/functions/accumulate_grad.cpp)
# stores ``Clone(new_grad)`` as the first gradient of a graph: a new Variable, node Identity
def test_create_graph_first_grad_is_a_clone_with_an_identity_node():
    x = _var([1.0, 2.0, 3.0])
    z = _var([4.0, 5.0, 6.0])
    (x + z).sum().backward(create_graph=True)
    assert x.grad is not z.grad
    assert not np.shares_memory(_np(x.grad), _np(z.grad))
    x.grad.data[0] = 7.0
    assert _np(z.grad).tolist() == [1.0, 1.0, 1.0]
    w = _var([1.0, 2.0, 3.0])
    (w * w).sum().backward(create_graph=True)
    assert type(w.grad.grad_fn).__name__ == 'Identity'
    assert _np(w.grad).tolist() == [2.0, 4.0, 6.0]


def _modern_grad(torch, fn, *values):
    ts = [torch.tensor(v, dtype=torch.float64, requires_grad=True) for v in values]
    fn(*ts).backward()
    return [t.grad.tolist() for t in ts]


# ============================================================================ losses at kinks
# nn-l1-tie-vjp: THNN AbsCriterion_updateGradInput: ``(x - y) >= 0 ? norm : -norm``, so +1/n at
# a tie (modern torch gives 0 there: compared with the 0.3 formula)
def test_l1_loss_gradient_at_a_tie_is_plus_one_over_n():
    import legacy_autograd.nn.functional as F
    x = _var([0.5, 2.0, -1.0, 3.0])
    t = _var([0.5, 1.0, 0.0, 2.0], requires_grad=False)
    F.l1_loss(x, t).backward()
    assert _np(x.grad).tolist() == [0.25, 0.25, -0.25, 0.25]


# nn-smooth-l1-vjp-edge: at |x - y| == 1 the gradient is sign(x - y) / n (THNN, modern torch)
def test_smooth_l1_loss_gradient_at_the_unit_bound(torch):
    import legacy_autograd.nn.functional as F
    xs, ts = [0.5, 2.0, -1.0, 3.25], [0.5, 1.0, 0.0, 2.0]
    x = _var(xs)
    F.smooth_l1_loss(x, _var(ts, requires_grad=False)).backward()
    want = _modern_grad(torch, lambda a: torch.nn.functional.smooth_l1_loss(
        a, torch.tensor(ts, dtype=torch.float64)), xs)[0]
    assert _np(x.grad).tolist() == want == [0.0, 0.25, -0.25, 0.25]


# nn-leaky-vjp-zero: THNN LeakyReLU: ``x > 0 ? g : g * negval`` (negval at 0, as modern torch)
def test_leaky_relu_gradient_at_zero(torch):
    import legacy_autograd.nn.functional as F
    xs = [0.0, -2.0, 3.0]
    x = _var(xs)
    F.leaky_relu(x, 0.125).sum().backward()
    want = _modern_grad(torch, lambda a: torch.nn.functional.leaky_relu(a, 0.125).sum(), xs)[0]
    assert _np(x.grad).tolist() == want == [0.125, 0.125, 1.0]


# ============================================================================ reductions
# rd-norm-p1-vjp: norm(1) has gradient sign(x): 0 at a zero element (modern torch alike)
def test_norm1_gradient_at_a_zero_element(torch):
    xs = [0.0, -2.0, 3.0]
    x = _var(xs)
    x.norm(1).backward()
    want = _modern_grad(torch, lambda a: a.norm(1), xs)[0]
    assert _np(x.grad).tolist() == want == [0.0, -1.0, 1.0]


# rd-norm-inf-p-neg: norm(-inf) is the smallest absolute value
def test_norm_minus_inf_is_the_smallest_magnitude(torch):
    xs = [1.0, -0.5, 3.0]
    assert L.DoubleTensor(xs).norm(float('-inf')) == 0.5
    v = _var(xs).norm(float('-inf'))
    assert _np(v).tolist() == [torch.tensor(xs, dtype=torch.float64).norm(float('-inf')).item()]


# rd-mode-default-dim: mode() reduces the last dim by default (0.3 and modern torch)
def test_mode_default_dim_is_the_last(torch):
    rows = [[3.0, 1.0, 3.0], [2.0, 2.0, 1.0]]
    values, indices = L.DoubleTensor(rows).mode()
    want = torch.mode(torch.tensor(rows, dtype=torch.float64))
    assert values.size() == (2,) and values.tolist() == want.values.tolist() == [3.0, 2.0]
    assert indices.tolist() == [2, 1]        # TH: index of the last occurrence


# rd-sort-desc-stable: a descending sort keeps equal values in index order (modern stable sort)
def test_descending_sort_is_stable_on_ties(torch):
    row = [[1.0, 2.0, 1.0, 2.0, 2.0]]
    values, indices = L.DoubleTensor(row).sort(1, True)
    want = torch.sort(torch.tensor(row), dim=1, descending=True, stable=True)
    assert indices.tolist() == want.indices.tolist() == [[1, 3, 4, 0, 2]]
    assert values.tolist() == want.values.tolist()
    v, i = _var(row).sort(1, True)
    assert i.data.tolist() == [[1, 3, 4, 0, 2]]


# rd-max-all-ties-vjp: 0.3's select_backward_scalar gives every element equal to max() the
# whole gradient (modern torch splits it: compared with the 0.3 rule)
def test_full_max_of_a_variable_sends_the_gradient_to_every_tie():
    x = _var([1.0, 3.0, 3.0, 2.0])
    x.max().backward()
    assert _np(x.grad).tolist() == [0.0, 1.0, 1.0, 0.0]
    y = _var([-1.0, -4.0, -4.0])
    y.min().backward()
    assert _np(y.grad).tolist() == [0.0, 1.0, 1.0]


# ============================================================================ out=
# sc-out-same-numel: TH resizes out= to the result's size (resizeAs), also when only the
# shape differs
def test_out_of_the_same_numel_takes_the_result_shape():
    x = L.DoubleTensor([[1.0, 2.0], [3.0, 4.0]])
    o = L.DoubleTensor(4)
    assert L.add(x, 1, out=o) is o
    assert o.size() == (2, 2) and o.tolist() == [[2.0, 3.0], [4.0, 5.0]]
    o = L.DoubleTensor(1, 4)
    L.mul(L.DoubleTensor([1.0, 2.0, 3.0, 4.0]), 2, out=o)
    assert o.size() == (4,) and o.tolist() == [2.0, 4.0, 6.0, 8.0]


# sc-out-type-check: an out= of another tensor type is refused (0.3.1: a TypeError of the
# argument parser, whose text differs from ours: only the type and the named type are checked)
def test_out_of_another_type_is_refused():
    x = L.DoubleTensor([[1.0, 2.0], [3.0, 4.0]])
    o = L.FloatTensor(2, 2).zero_()
    with pytest.raises(TypeError) as e:
        L.add(x, 1, out=o)
    assert 'torch.FloatTensor' in str(e.value)
    assert o.tolist() == [[0.0, 0.0], [0.0, 0.0]]


# la-out-fortran-same-shape: TH's cloneColumnMajor (THTensorLapack.c) resizes the out= tensor
# and, when it is contiguous, transposes it in place: a row-major out of the right shape
# comes back column-major too
def test_lapack_out_of_the_right_shape_becomes_column_major():
    a = L.DoubleTensor([[4.0, 1.0, 0.5], [1.0, 3.0, 0.0], [0.5, 0.0, 2.0]])
    o = L.DoubleTensor(3, 3)
    assert o.stride() == (3, 1)
    assert L.potrf(a, out=o) is o
    assert o.stride() == (1, 3)
    np.testing.assert_allclose(o.numpy(), np.linalg.cholesky(a.numpy()).T, rtol=1e-12)


# ============================================================================ in-place forms
# dp-fast-return-self: every in-place method of a tensor returns the tensor itself
@pytest.mark.parametrize('call', [
    lambda t: t.mul_(2), lambda t: t.add_(1), lambda t: t.sub_(0.5), lambda t: t.div_(4),
    lambda t: t.zero_(), lambda t: t.fill_(3)])
def test_tensor_inplace_fast_forms_return_self(call):
    t = L.DoubleTensor([1.0, 2.0, 3.0])
    assert call(t) is t


# dp-ufunc-alpha-one: 0.3's add_(value, other) / sub_(value, other) on tensors scale other
def test_tensor_add_value_other_inplace_scales_other():
    t = L.DoubleTensor([1.0, 2.0, 3.0])
    u = L.DoubleTensor([1.0, 10.0, 100.0])
    assert t.add_(2, u) is t and t.tolist() == [3.0, 22.0, 203.0]
    assert t.sub_(3, u) is t and t.tolist() == [0.0, -8.0, -97.0]
    f = L.FloatTensor([1.0, 2.0])
    f.add_(0.5, L.FloatTensor([2.0, 4.0]))
    assert f.tolist() == [2.0, 4.0]


# sh-set-view-copy: the in-place view forms keep the tensor on its storage
@pytest.mark.parametrize('call', [lambda t: t.squeeze_(), lambda t: t.unsqueeze_(0),
                                  lambda t: t.t_(), lambda t: t.transpose_(0, 1)])
def test_inplace_view_forms_keep_sharing_the_storage(call):
    t = L.DoubleTensor([[1.0, 2.0, 3.0]])
    flat = t.view(3)
    assert call(t) is t
    t.zero_()
    assert flat.tolist() == [0.0, 0.0, 0.0]


# sh-set-shares: t.set_(source) makes t share source's storage
def test_set_shares_the_source_storage():
    src = L.DoubleTensor([1.0, 2.0, 3.0])
    t = L.DoubleTensor()
    assert t.set_(src) is t
    t[0] = 9.0
    assert src.tolist() == [9.0, 2.0, 3.0]


# rd-renorm-inplace-rebind: renorm_ writes into the tensor's own memory (views see it)
def test_renorm_inplace_writes_through_views():
    t = L.DoubleTensor([[3.0, 4.0], [0.3, 0.4]])
    flat = t.view(4)
    assert t.renorm_(2, 0, 1.0) is t
    np.testing.assert_allclose(flat.numpy(), [0.6, 0.8, 0.3, 0.4], rtol=1e-6)


# ix-setitem-fast-bound: t[i] = number past the end: 0.3's index error text
def test_setitem_number_past_the_end():
    t = L.FloatTensor([1.0, 2.0, 3.0])
    with pytest.raises(IndexError) as e:
        t[3] = 1
    assert str(e.value) == 'index 3 is out of range for dimension 0 (of size 3)'
    t[-3] = 5
    assert t.tolist() == [5.0, 2.0, 3.0]


# ============================================================================ Variables
# dp-cv2-volatile: volatile is contagious through either operand (0.3)
@pytest.mark.parametrize('op', [lambda a, b: a * b, lambda a, b: a + b, lambda a, b: a - b,
                                lambda a, b: a / b])
def test_volatile_second_operand_makes_the_result_volatile(op):
    a = _var([1.0, 2.0])
    b = Variable(L.DoubleTensor([3.0, 4.0]), volatile=True)
    r = op(a, b)
    assert r.volatile and not r.requires_grad and r.grad_fn is None
    r = op(b, a)
    assert r.volatile and not r.requires_grad


# dp-cv1-saved-version: an op saves the version its input has when it runs; an in-place
# change before the op is no modification
def test_an_inplace_change_before_the_op_is_not_a_modification():
    x = _var([0.5, 1.0])
    y = x * 2
    y.add_(1)
    z = y.sin()
    z.sum().backward()
    np.testing.assert_allclose(_np(x.grad), 2 * np.cos([2.0, 3.0]), rtol=1e-12)
    w = _var([0.5, 1.0])
    u = w * 1
    u.mul_(3)
    (u * w).sum().backward()
    np.testing.assert_allclose(_np(w.grad), [3.0, 6.0], rtol=1e-12)
    p = _var([0.5, 2.0])
    q = p * 1
    q.add_(1)                   # q = [1.5, 3]
    (q ** 2).sum().backward()   # the operator fast path (call_variable1) saves q
    np.testing.assert_allclose(_np(p.grad), [3.0, 6.0], rtol=1e-12)
    r = _var([0.5, 2.0])
    s = r * 1
    s.mul_(2)                   # s = [1, 4]
    s.prod().backward()         # a full reduction (call_variable1) saves s
    np.testing.assert_allclose(_np(r.grad), [8.0, 2.0], rtol=1e-12)


# en-hot-release: an ordinary backward frees the saved values: a second one raises
def test_second_backward_without_retain_graph_raises():
    x = _var([0.5, 1.0])
    y = (x.sin() * x).sum()
    y.backward()
    with pytest.raises(RuntimeError) as e:
        y.backward()
    assert str(e.value) == ('Trying to backward through the graph a second time, but the buffers '
                            'have already been freed. Specify retain_graph=True when calling '
                            'backward the first time.')


# ============================================================================ dims and indices
# ix-dim-of-wrap, cm-wrap-dim-end: negative dims of the index ops, and 0.3's range error
def test_index_ops_wrap_negative_dims(torch):
    rows = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
    t = L.DoubleTensor(rows)
    m = torch.tensor(rows, dtype=torch.float64)
    idx = L.LongTensor([2, 0])
    assert t.index_select(-1, idx).tolist() == \
        torch.index_select(m, -1, torch.tensor([2, 0])).tolist()
    g = L.LongTensor([[0, 2], [1, 1]])
    assert t.gather(-1, g).tolist() == torch.gather(m, -1, torch.tensor([[0, 2], [1, 1]])).tolist()
    for call in (lambda: t.index_select(2, idx), lambda: t.sum(2), lambda: t.gather(2, g)):
        with pytest.raises(RuntimeError) as e:
            call()
        assert str(e.value) == 'dimension out of range (expected to be in range of [-2, 1], but got 2)'


# ix-gather-check-dim: along dim the index may be longer than the input (TH, modern torch)
def test_gather_index_longer_than_the_input_along_dim(torch):
    rows = [[1.0, 2.0], [3.0, 4.0]]
    idx = [[0, 1, 1, 0, 1], [1, 1, 0, 0, 0]]
    got = L.DoubleTensor(rows).gather(1, L.LongTensor(idx))
    want = torch.gather(torch.tensor(rows), 1, torch.tensor(idx))
    assert got.tolist() == want.tolist()
    v = _var(rows)
    v.gather(1, Variable(L.LongTensor(idx))).sum().backward()
    assert _np(v.grad).tolist() == [[2.0, 3.0], [3.0, 2.0]]


# ============================================================================ fast products
# bn-dot-matmul-f32: the large-product path (numpy.matmul) keeps double precision
def test_large_double_product_keeps_double_precision():
    rng = np.random.RandomState(3)
    a = rng.standard_normal((80, 70))
    b = rng.standard_normal((70, 60))
    got = L.DoubleTensor(a.tolist()).mm(L.DoubleTensor(b.tolist())).numpy()
    np.testing.assert_allclose(got, a.dot(b), rtol=1e-12, atol=1e-12)
    v = Variable(L.DoubleTensor(a.tolist()), requires_grad=True)
    w = Variable(L.DoubleTensor(b.tolist()), requires_grad=True)
    v.mm(w).sum().backward()
    np.testing.assert_allclose(_np(v.grad), np.ones((80, 60)).dot(b.T), rtol=1e-12)


# en-apply-dtype: a type conversion's backward hands its input a gradient of the input's type
# (0.3's Type.backward: ``grad_output.type(ctx.input_type)``), also on the general path
# (hooks, autograd.grad)
def test_gradient_through_a_type_conversion_has_the_input_type():
    x = Variable(L.FloatTensor([1.5, 2.5]), requires_grad=True)
    y = x * 2
    z = y.double()
    seen = []
    y.register_hook(lambda g: seen.append(type(g.data).__name__))
    z.register_hook(lambda g: None)             # the conversion's node runs the general path
    (z * z).sum().backward()
    assert seen == ['FloatTensor']
    assert type(x.grad.data) is L.FloatTensor and x.grad.data.tolist() == [12.0, 20.0]
    (gy,) = L.autograd.grad((y.double() ** 2).sum(), [y])
    assert type(gy.data) is L.FloatTensor and gy.data.tolist() == [6.0, 10.0]


# ============================================================================ 0.3 overloads
# bl-function-alpha, li-beta-alpha-pair, li-one-scalar-alpha: 0.3's scalar forms of the add*
# products: torch.addmv(beta, x, alpha, mat, vec), torch.addmm(beta, M, m1, m2),
# M.addmm(beta, alpha, m1, m2), M.addmm(beta, m1, m2)
def test_addmm_addmv_scalar_overloads(torch):
    rng = np.random.RandomState(5)
    M, m1, m2 = rng.standard_normal((3, 2)), rng.standard_normal((3, 4)), rng.standard_normal((4, 2))
    x, mat, vec = rng.standard_normal(3), rng.standard_normal((3, 4)), rng.standard_normal(4)
    T = lambda a: L.DoubleTensor(a.tolist())
    t = lambda a: torch.tensor(a, dtype=torch.float64)
    cases = [
        (L.addmv(0.5, T(x), 2.0, T(mat), T(vec)), torch.addmv(t(x), t(mat), t(vec), beta=0.5, alpha=2.0)),
        (L.addmv(0.5, T(x), T(mat), T(vec)), torch.addmv(t(x), t(mat), t(vec), beta=0.5)),
        (L.addmm(0.25, T(M), -3.0, T(m1), T(m2)), torch.addmm(t(M), t(m1), t(m2), beta=0.25, alpha=-3.0)),
        (T(M).addmm(0.25, -3.0, T(m1), T(m2)), torch.addmm(t(M), t(m1), t(m2), beta=0.25, alpha=-3.0)),
        (T(M).addmm(0.25, T(m1), T(m2)), torch.addmm(t(M), t(m1), t(m2), beta=0.25)),
        (T(M).addmm(T(m1), T(m2), alpha=0.5), torch.addmm(t(M), t(m1), t(m2), alpha=0.5)),
    ]
    for got, want in cases:
        np.testing.assert_allclose(got.numpy(), want.numpy(), rtol=1e-12, atol=1e-12)
    v = Variable(T(M), requires_grad=True)
    w = Variable(T(m1), requires_grad=True)
    r = L.addmm(0.25, v, -3.0, w, Variable(T(m2)))
    r.sum().backward()
    np.testing.assert_allclose(_np(v.grad), np.full((3, 2), 0.25), rtol=1e-12)
    np.testing.assert_allclose(_np(w.grad), -3.0 * np.ones((3, 2)).dot(m2.T), rtol=1e-12)


# cm-with-number-dtype: clamp / threshold of a large tensor (the with_number path, from 1024
# elements on) keep the tensor's type and its exact values (a LongTensor beyond 2**53 too)
def test_clamp_and_threshold_of_a_large_tensor_keep_type_and_exact_values():
    import legacy_autograd.nn.functional as F
    big = 2 ** 62 + 1
    t = L.LongTensor([big] * 1500)
    for r in (t.clamp(min=3), t.clamp(max=big + 2)):
        assert r.numpy().dtype == np.int64 and r[0] == big and r[1499] == big
    f = L.FloatTensor(2048).fill_(-1.5)
    r = f.clamp(min=0.25)
    assert type(r) is L.FloatTensor and r.numpy().dtype == np.float32 and r[0] == 0.25
    v = F.threshold(Variable(f), -2.0, 7.0)
    assert v.data.numpy().dtype == np.float32 and v.data[2047] == -1.5


# found while probing cm-with-number-dtype (a bug, fixed in ops/_common.py scalar_for): a
# Python int operand of an integer tensor converted exactly (0.3's THPUtils_unpackLong), not
# through a double (which lost the low bits beyond 2**53)
def test_int_operand_of_a_long_tensor_is_exact(torch):
    big = 2 ** 62 + 1
    t = L.LongTensor([big, -big, 5])
    m = torch.tensor([big, -big, 5])
    assert t.clamp(max=big + 2).tolist() == m.clamp(max=big + 2).tolist() == [big, -big, 5]
    assert t.clamp(min=-big + 2).tolist() == m.clamp(min=-big + 2).tolist()
    assert (t + (2 ** 60 + 3)).tolist() == (m + (2 ** 60 + 3)).tolist()
    assert t.mul(3).tolist() == (m * 3).tolist()
    assert L.LongTensor([0]).fill_(big).tolist() == [big]
    assert L.ByteTensor([1]).add(257).tolist() == [2]        # the C cast wraps around
    assert L.LongTensor([7]).add(2.9).tolist() == [9]         # a float is truncated


# ============================================================================ conv workspace
# cv-give-input: the convolution's scratch buffers come from a pool; the caller's own input
# array (used as is when there is no padding) must never be put into it and reused as scratch
# (the suite runs with the pool's poison mode: a reused buffer is overwritten at once)
@pytest.mark.parametrize('n, size', [(4, 32), (8, 32), (1, 64)])
def test_conv_never_hands_its_input_to_the_workspace(n, size):
    import legacy_autograd.nn.functional as F
    rng = np.random.RandomState(0)
    xs = rng.standard_normal((n, 4, size, size)).astype(np.float32)
    ws = rng.standard_normal((4, 4, 3, 3)).astype(np.float32)
    x = Variable(L.from_numpy(xs.copy()), requires_grad=True)
    w = Variable(L.from_numpy(ws.copy()), requires_grad=True)
    first = None
    for _ in range(3):
        y = F.conv2d(x, w)
        y.sum().backward()
        other = Variable(L.from_numpy(rng.standard_normal(xs.shape).astype(np.float32)))
        F.conv2d(other, w, padding=1).sum()
        F.conv2d(other, w).sum()
        if first is None:
            first = y.data.numpy().copy()
        assert np.array_equal(x.data.numpy(), xs)
        assert np.array_equal(y.data.numpy(), first)


# en-saved-output-check: an op that saved its output (0.3's Exp, Sigmoid, Tanh, ... called
# ctx.save_for_backward(result)) refuses a backward after that output changed in place
@pytest.mark.parametrize('op', [lambda v: v.exp(), lambda v: v.sigmoid(), lambda v: v.tanh(),
                                lambda v: v.sqrt()])
def test_saved_output_changed_in_place_makes_backward_raise(op):
    x = _var([0.5, 1.0])
    y = op(x)
    y.add_(1)
    with pytest.raises(RuntimeError) as e:
        y.sum().backward()
    assert str(e.value) == ('one of the variables needed for gradient computation has been '
                            'modified by an inplace operation')
    x2 = _var([0.5, 1.0])
    y2 = op(x2)
    z = y2 * 1
    z.add_(1)                   # a copy changed: the saved output is untouched
    z.sum().backward()
    assert x2.grad is not None


# ============================================================================ kinks, widely
# fresh mutants of '>' for '>=' at a kink got through the parity suites (their samples keep
# away from kinks); here each activation / pointwise op is differentiated exactly at its kinks,
# where 0.3 (THNN) and modern torch agree
_KINKS = [
    ('relu', lambda F, x: F.relu(x), lambda t, x: t.nn.functional.relu(x), [0.0, -1.0, 2.0]),
    ('hardtanh', lambda F, x: F.hardtanh(x, -1.0, 1.0), lambda t, x: t.nn.functional.hardtanh(x, -1.0, 1.0),
     [-1.0, 1.0, 0.0, 2.0, -2.0]),
    ('threshold', lambda F, x: F.threshold(x, 0.5, -3.0), lambda t, x: t.nn.functional.threshold(x, 0.5, -3.0),
     [0.5, 0.25, 1.0]),
    ('elu', lambda F, x: F.elu(x, 0.5), lambda t, x: t.nn.functional.elu(x, 0.5), [0.0, -1.0, 1.0]),
    ('abs', lambda F, x: x.abs(), lambda t, x: x.abs(), [0.0, -1.5, 2.0]),
    ('relu6', lambda F, x: F.relu6(x), lambda t, x: t.nn.functional.relu6(x), [0.0, 6.0, 3.0, 7.0]),
    ('softshrink', lambda F, x: F.softshrink(x, 0.5), lambda t, x: t.nn.functional.softshrink(x, 0.5),
     [0.5, -0.5, 0.25, 1.0]),
    ('hardshrink', lambda F, x: F.hardshrink(x, 0.5), lambda t, x: t.nn.functional.hardshrink(x, 0.5),
     [0.5, -0.5, 0.25, 1.0]),
    ('sign', lambda F, x: x.sign(), lambda t, x: x.sign(), [0.0, -2.0, 3.0]),
]


@pytest.mark.parametrize('name, ours, modern, xs', _KINKS, ids=[k[0] for k in _KINKS])
def test_values_and_gradients_exactly_at_kinks(torch, name, ours, modern, xs):
    import legacy_autograd.nn.functional as F
    x = _var(xs)
    y = ours(F, x)
    w = np.arange(1.0, len(xs) + 1.0)
    (y * Variable(L.DoubleTensor(w.tolist()))).sum().backward()
    mx = torch.tensor(xs, dtype=torch.float64, requires_grad=True)
    my = modern(torch, mx)
    (my * torch.tensor(w)).sum().backward()
    assert _np(y).tolist() == my.detach().tolist()
    assert _np(x.grad).tolist() == mx.grad.tolist()


# ============================================================================ defaults
# the defaults of the reductions' front-ends (0.3: keepdim=False, unbiased=True, p=2, dim=-1
# for topk/kthvalue/sort/mode, largest=True, descending=False), called without them, against
# modern torch given them explicitly (modern's defaults are the same): values and shapes, on
# tensors and Variables; negative dims wrapped
_DEFAULTS = [
    ('sum(1)', lambda x: x.sum(1), lambda t, m: m.sum(1, keepdim=False)),
    ('mean(-1)', lambda x: x.mean(-1), lambda t, m: m.mean(1, keepdim=False)),
    ('prod(0)', lambda x: x.prod(0), lambda t, m: m.prod(0, keepdim=False)),
    ('std(1)', lambda x: x.std(1), lambda t, m: m.std(1, unbiased=True, keepdim=False)),
    ('var(0)', lambda x: x.var(0), lambda t, m: m.var(0, unbiased=True, keepdim=False)),
    ('var(-2)', lambda x: x.var(-2), lambda t, m: m.var(0, unbiased=True, keepdim=False)),
    ('norm(2, 1)', lambda x: x.norm(2, 1), lambda t, m: m.norm(2, 1, keepdim=False)),
    ('norm(3, -1)', lambda x: x.norm(3, -1), lambda t, m: m.norm(3, 1, keepdim=False)),
    ('cumsum(-1)', lambda x: x.cumsum(-1), lambda t, m: m.cumsum(1)),
    ('cumprod(-2)', lambda x: x.cumprod(-2), lambda t, m: m.cumprod(0)),
    ('max(1)', lambda x: x.max(1)[0], lambda t, m: m.max(1, keepdim=False)[0]),
    ('min(-1)', lambda x: x.min(-1)[0], lambda t, m: m.min(1, keepdim=False)[0]),
    ('max(0)idx', lambda x: x.max(0)[1], lambda t, m: m.max(0, keepdim=False)[1]),
    ('median(1)', lambda x: x.median(1)[0], lambda t, m: m.median(1, keepdim=False)[0]),
    ('topk(2)', lambda x: x.topk(2)[0], lambda t, m: m.topk(2, -1, largest=True, sorted=True)[0]),
    ('topk(2)idx', lambda x: x.topk(2)[1], lambda t, m: m.topk(2, -1, largest=True, sorted=True)[1]),
    ('kthvalue(2)', lambda x: x.kthvalue(2)[0], lambda t, m: m.kthvalue(2, -1, keepdim=False)[0]),
    ('sort()', lambda x: x.sort()[0], lambda t, m: m.sort(-1, descending=False)[0]),
    ('sort(0)idx', lambda x: x.sort(0)[1], lambda t, m: m.sort(dim=0, descending=False, stable=True)[1]),
    ('squeeze', lambda x: x.unsqueeze(-1).squeeze(-1), lambda t, m: m),
    ('transpose(-1,-2)', lambda x: x.transpose(-1, -2), lambda t, m: m.t()),
    ('narrow(-1)', lambda x: x.narrow(-1, 1, 2), lambda t, m: m.narrow(1, 1, 2)),
    ('select(-1)', lambda x: x.select(-1, 3), lambda t, m: m.select(1, 3)),
    ('chunk(2)', lambda x: x.chunk(2)[1], lambda t, m: m.chunk(2, 0)[1]),
    ('split(2,-1)', lambda x: x.split(3, -1)[1], lambda t, m: m.split(3, 1)[1]),
]
_ROWS = [[0.5, -1.25, 2.0, 3.5], [1.5, 0.75, -0.5, 2.25], [-2.0, 1.0, 0.25, -0.75]]


@pytest.mark.parametrize('name, ours, modern', _DEFAULTS, ids=[d[0] for d in _DEFAULTS])
@pytest.mark.parametrize('kind', ['tensor', 'variable'])
def test_front_end_defaults_and_negative_dims(torch, name, ours, modern, kind):
    t = L.DoubleTensor(_ROWS)
    got = ours(t if kind == 'tensor' else Variable(t))
    want = modern(torch, torch.tensor(_ROWS, dtype=torch.float64))
    got = got.data if isinstance(got, Variable) else got
    assert tuple(got.size()) == tuple(want.shape)
    np.testing.assert_allclose(got.numpy(), want.numpy(), rtol=1e-12, atol=1e-12)


# pw-lerp-form: TH's lerp is ``a + w * (b - a)`` in the tensor's type, bit for bit (modern
# torch switches to ``b - (b - a) * (1 - w)`` from w = 0.5 on, so it is compared with the
# TH formula); on tensors, Variables and in place
@pytest.mark.parametrize('w', [0.3, 0.75, 1.0])
def test_lerp_is_ths_formula_bit_for_bit(w):
    rng = np.random.RandomState(7)
    a = rng.standard_normal(64).astype(np.float32) * 3
    b = rng.standard_normal(64).astype(np.float32) * 3
    want = a + np.float32(w) * (b - a)
    assert want.dtype == np.float32
    ta, tb = L.from_numpy(a.copy()), L.from_numpy(b.copy())
    assert np.array_equal(ta.lerp(tb, w).numpy(), want)
    assert np.array_equal(Variable(ta).lerp(Variable(tb), w).data.numpy(), want)
    assert np.array_equal(ta.clone().lerp_(tb, w).numpy(), want)
