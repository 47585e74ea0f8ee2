"""Reductions (legacy_autograd/ops/reduction.py) against the 0.3 rules and modern torch.

What is checked:

* 0.3 return conventions: tensor full reductions give Python float (float
  types, double accumulation) or int (integer types); Variable full
  reductions give size-1 Variables; dim reductions drop the dim unless
  ``keepdim``; 1-D over dim 0 gives size 1; index results are
  ``(values, LongTensor)`` tuples (Variables: both Variables, indices never
  require grad); ``out=``; exact printing of a tuple result (spec section 6).
* grad_fn names of spec section 2.3.
* ``parity`` tests: values, first-order gradients (``backward``) and second
  order (``autograd.grad(..., create_graph=True)`` then differentiated again)
  against modern torch.  The modern reference always runs in float64 on the
  same (float32 or float64) input values: 0.3 accumulated float32 reductions
  in double (TH ``accreal``), so a float64 reference is the right one; float32
  results are held to float32 tolerances, float64 results to float64 ones.
  Gradient comparisons of max/min/sort/... use distinct values (no ties).
* Errors: dim out of range, topk/kthvalue k out of range, empty tensors,
  integer types for float-only reductions, mixed types.
"""
import math
import zlib

import numpy as np
import pytest
from hypothesis import given, settings, HealthCheck, strategies as st

import legacy_autograd as torch
import legacy_autograd.autograd as autograd
from legacy_autograd import testing
from legacy_autograd.autograd import Variable

TOL = {np.float32: dict(rtol=1e-5, atol=1e-6), np.float64: dict(rtol=1e-10, atol=1e-12)}
DTYPES = [np.float32, np.float64]
HYP = settings(max_examples=25, deadline=None,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def mtorch():
    return pytest.importorskip('torch')


def T(data, dtype=np.float32):
    return torch.from_numpy(np.array(data, dtype=dtype))


def V(data, dtype=np.float32, requires_grad=True):
    return Variable(T(data, dtype), requires_grad=requires_grad)


def distinct(rng, shape, dtype=np.float32):
    """Distinct, exactly representable values (no ties anywhere)."""
    n = int(np.prod(shape))
    vals = (rng.permutation(n) - n / 2.0) * 0.25 + 0.125
    return vals.reshape(shape).astype(dtype)


def nonzero(rng, shape, dtype=np.float32):
    """Values in +-[0.5, 1.5]: products and norms stay well conditioned."""
    mag = rng.uniform(0.5, 1.5, size=shape)
    sign = np.where(rng.uniform(size=shape) < 0.5, -1.0, 1.0)
    return (mag * sign).astype(dtype)


def data_of(x):
    return x.data.numpy() if isinstance(x, Variable) else x.numpy()


# =================================================================== 0.3 return types
class TestTensorFullReductions:
    def setup_method(self):
        self.a = np.array([[1.5, -2.25, 3.0], [0.5, 4.0, -1.0]], dtype=np.float32)
        self.x = T(self.a)

    def test_float_results_are_python_floats(self):
        a64 = self.a.astype(np.float64)
        cases = {
            'sum': (self.x.sum(), a64.sum()),
            'mean': (self.x.mean(), a64.mean()),
            'prod': (self.x.prod(), a64.prod()),
            'max': (self.x.max(), 4.0),
            'min': (self.x.min(), -2.25),
            'median': (self.x.median(), 0.5),
            'std': (self.x.std(), a64.std(ddof=1)),
            'var': (self.x.var(), a64.var(ddof=1)),
            'norm': (self.x.norm(), math.sqrt((a64 ** 2).sum())),
            'trace': (self.x.trace(), 1.5 + 4.0),
            'dist': (self.x.dist(T(np.zeros((2, 3)))), math.sqrt((a64 ** 2).sum())),
        }
        for name, (got, want) in cases.items():
            assert type(got) is float, name
            assert got == pytest.approx(want, rel=1e-12), name

    def test_torch_functions_match_methods(self):
        assert torch.sum(self.x) == self.x.sum()
        assert torch.max(self.x) == 4.0
        assert torch.min(self.x) == -2.25
        assert torch.prod(self.x) == self.x.prod()
        assert torch.norm(self.x, 1) == pytest.approx(12.25)
        assert torch.std(self.x) == self.x.std()
        assert torch.var(self.x, unbiased=False) == self.x.var(unbiased=False)
        assert torch.median(self.x) == 0.5
        assert torch.trace(self.x) == 5.5
        assert torch.dist(self.x, self.x) == 0.0

    def test_integer_results_are_python_ints(self):
        x = torch.LongTensor([[3, -1, 4], [1, -5, 9]])
        for name, got, want in [('sum', x.sum(), 11), ('prod', x.prod(), 540), ('max', x.max(), 9),
                                ('min', x.min(), -5), ('median', x.median(), 1),
                                ('trace', x.trace(), -2)]:
            assert type(got) is int and got == want, name
        b = torch.ByteTensor([200, 100])
        assert type(b.max()) is int and b.max() == 200
        assert b.prod() == 20000          # accumulated in long (TH accreal), a Python int
        assert torch.IntTensor([2, 3]).prod() == 6

    def test_norm_is_double_accumulated(self):
        # 0.3 returned the norm of float32 values computed in double, not rounded to float
        a = np.array([0.1, 0.2, 0.3, 0.7], dtype=np.float32)
        got = T(a).norm()
        assert got == math.sqrt(float(np.sum(a.astype(np.float64) ** 2)))
        assert got != float(np.float32(got))

    def test_max_returns_the_element_itself(self):
        a = np.array([0.1, 0.4729, 0.3], dtype=np.float32)
        assert T(a).max() == float(np.float32(0.4729))
        assert T(a).min() == float(np.float32(0.1))

    def test_var_std_unbiased_flag(self):
        a = self.a.astype(np.float64)
        assert self.x.var(False) == pytest.approx(a.var(), rel=1e-12)
        assert self.x.std(unbiased=False) == pytest.approx(a.std(), rel=1e-12)
        assert math.isnan(T([2.0]).var())          # n - 1 == 0
        assert T([2.0]).var(unbiased=False) == 0.0

    def test_norm_p_values(self):
        a = np.array([3.0, 0.0, -4.0, 1.0])
        x = T(a, np.float64)
        assert x.norm(0) == 3.0
        assert x.norm(1) == 8.0
        assert x.norm(2) == pytest.approx(math.sqrt(26), rel=1e-15)
        assert x.norm(3) == pytest.approx((27 + 64 + 1) ** (1 / 3.0), rel=1e-14)
        assert x.norm(0.5) == pytest.approx((math.sqrt(3) + 2 + 1) ** 2, rel=1e-14)
        assert x.norm(float('inf')) == 4.0
        assert x.norm(p=2) == x.norm()

    def test_empty_sum_and_prod(self):
        assert torch.Tensor().sum() == 0.0
        assert torch.Tensor().prod() == 1.0
        assert torch.Tensor().norm() == 0.0


class TestVariableFullReductions:
    @pytest.mark.parametrize('name', ['sum', 'mean', 'prod', 'max', 'min', 'median', 'std', 'var',
                                      'norm'])
    def test_size_one_variable(self, name):
        v = V([[1.0, 2.0], [3.0, 5.0]])
        r = getattr(v, name)()
        assert isinstance(r, Variable)
        assert r.size() == torch.Size([1])
        assert r.data.type() == 'torch.FloatTensor'
        assert r.requires_grad

    def test_trace_and_dist_are_size_one(self):
        v = V([[1.0, 2.0], [3.0, 5.0]])
        assert v.trace().size() == torch.Size([1]) and v.trace().data[0] == 6.0
        d = v.dist(V([[1.0, 2.0], [3.0, 1.0]]))
        assert d.size() == torch.Size([1]) and d.data[0] == 4.0

    def test_printing_of_full_reduction(self):
        v = V([[2.0, 4.0], [6.0, 8.0]])
        assert repr(v.mean()) == 'Variable containing:\n 5\n[torch.FloatTensor of size 1]\n'


# =================================================================== dims, keepdim, tuples
class TestDimReductions:
    def setup_method(self):
        rng = np.random.RandomState(0)
        self.a = distinct(rng, (2, 3, 4))
        self.x = T(self.a)

    @pytest.mark.parametrize('name', ['sum', 'mean', 'prod', 'std', 'var'])
    @pytest.mark.parametrize('dim', [0, 1, 2, -1, -3])
    def test_keepdim_shapes(self, name, dim):
        r = getattr(self.x, name)(dim)
        shape = list(self.a.shape)
        del shape[dim]
        assert r.size() == torch.Size(shape)
        assert type(r) is torch.FloatTensor
        rk = getattr(self.x, name)(dim, keepdim=True)
        shape = list(self.a.shape)
        shape[dim] = 1
        assert rk.size() == torch.Size(shape)
        testing.assert_close(data_of(rk).reshape(-1), np.asarray(data_of(r).reshape(-1)), dtype=np.float32, **TOL[np.float32])

    @pytest.mark.parametrize('name', ['max', 'min', 'median', 'mode'])
    @pytest.mark.parametrize('dim', [0, 1, 2, -1, -2])
    def test_index_tuple_shapes_and_values(self, name, dim):
        vals, idx = getattr(self.x, name)(dim)
        assert type(vals) is torch.FloatTensor and type(idx) is torch.LongTensor
        shape = list(self.a.shape)
        del shape[dim]
        assert vals.size() == torch.Size(shape) and idx.size() == torch.Size(shape)
        picked = np.take_along_axis(self.a, np.expand_dims(idx.numpy(), dim), dim)
        np.testing.assert_array_equal(np.squeeze(picked, dim), vals.numpy())
        ref = {'max': np.max, 'min': np.min}.get(name)
        if ref is not None:
            np.testing.assert_array_equal(vals.numpy(), ref(self.a, axis=dim))
        vk, ik = getattr(self.x, name)(dim, keepdim=True)
        assert vk.size(dim) == 1 and ik.size(dim) == 1
        np.testing.assert_array_equal(ik.numpy().reshape(-1), idx.numpy().reshape(-1))

    @pytest.mark.parametrize('call', [
        lambda x: x.sum(0), lambda x: x.mean(0), lambda x: x.prod(0), lambda x: x.max(0)[0],
        lambda x: x.min(0)[1], lambda x: x.median(0)[0], lambda x: x.mode(0)[1],
        lambda x: x.kthvalue(2, 0)[0], lambda x: x.std(0), lambda x: x.var(0),
        lambda x: x.norm(2, 0), lambda x: x.sum(-1), lambda x: x.max(-1, keepdim=True)[0]])
    def test_1d_over_dim0_gives_size_1(self, call):
        r = call(T([3.0, 1.0, 2.0]))
        assert r.size() == torch.Size([1])
        v = call(V([3.0, 1.0, 2.0]))
        assert isinstance(v, Variable) and v.size() == torch.Size([1])

    def test_variable_tuples(self):
        v = Variable(self.x, requires_grad=True)
        for r in [v.max(1), v.min(0, True), v.median(2), v.mode(1), v.kthvalue(2, 1), v.sort(1),
                  v.topk(2, 0)]:
            vals, idx = r
            assert isinstance(vals, Variable) and isinstance(idx, Variable)
            assert vals.requires_grad and not idx.requires_grad and idx.grad_fn is None
            assert idx.data.type() == 'torch.LongTensor'

    def test_volatile_propagates_to_both(self):
        v = Variable(self.x, volatile=True)
        vals, idx = v.max(1)
        assert vals.volatile and idx.volatile and vals.grad_fn is None

    def test_kthvalue_median_mode_semantics(self):
        x = T([[4.0, 1.0, 3.0, 2.0], [7.0, 7.0, 5.0, 5.0]])
        vals, idx = x.median(1)
        assert vals.tolist() == [2.0, 5.0]           # lower middle element
        assert idx.tolist() == [3, 3]                # rank 1 of a stable sort: the 2nd tied 5
        assert x.median() == 4.0                      # 1 2 3 [4] 5 5 7 7: lower middle
        vals, idx = x.kthvalue(3, 1)
        assert vals.tolist() == [3.0, 7.0] and idx.tolist() == [2, 0]
        vals, idx = x.mode(1)
        assert vals.tolist() == [1.0, 5.0]           # smallest of the most frequent
        assert idx.tolist() == [1, 3]                # its last occurrence
        vals, idx = T([[2.0, 9.0, 2.0, 9.0, 9.0]]).mode()
        assert vals.tolist() == [9.0] and idx.tolist() == [4]

    def test_max_min_ties_first_occurrence(self):
        x = T([[1.0, 5.0, 5.0], [2.0, 2.0, 0.0]])
        assert x.max(1)[1].tolist() == [1, 0]
        assert x.min(1)[1].tolist() == [0, 2]

    def test_sort_stable_and_descending(self):
        x = T([3.0, 1.0, 3.0, 2.0, 1.0])
        vals, idx = x.sort()
        assert vals.tolist() == [1, 1, 2, 3, 3] and idx.tolist() == [1, 4, 3, 0, 2]
        vals, idx = x.sort(0, True)
        assert vals.tolist() == [3, 3, 2, 1, 1] and idx.tolist() == [0, 2, 3, 1, 4]
        vals, idx = torch.sort(x, descending=True)
        assert idx.tolist() == [0, 2, 3, 1, 4]
        vals, idx = T([[2.0, 1.0], [0.0, 5.0]]).sort(0)
        assert vals.tolist() == [[0.0, 1.0], [2.0, 5.0]] and idx.tolist() == [[1, 0], [0, 1]]

    def test_topk(self):
        x = T([[1.0, 9.0, 3.0, 7.0], [4.0, 0.0, 8.0, 2.0]])
        vals, idx = x.topk(2)
        assert vals.tolist() == [[9.0, 7.0], [8.0, 4.0]] and idx.tolist() == [[1, 3], [2, 0]]
        vals, idx = x.topk(1, 0, largest=False)
        assert vals.tolist() == [[1.0, 0.0, 3.0, 2.0]] and idx.tolist() == [[0, 1, 0, 1]]
        vals, idx = torch.topk(x, 3, dim=1, largest=True, sorted=False)
        assert vals.size() == torch.Size([2, 3])
        with pytest.raises(RuntimeError, match='k not in range for dimension'):
            x.topk(0)                   # 0.3.1's THTensor_(topk) needs k > 0

    def test_integer_types_keep_their_type(self):
        x = torch.LongTensor([[3, 1], [2, 7]])
        assert type(x.sum(0)) is torch.LongTensor
        assert type(x.max(0)[0]) is torch.LongTensor
        assert type(x.cumsum(1)) is torch.LongTensor
        assert type(x.cumprod(0)) is torch.LongTensor
        assert x.cumprod(0).tolist() == [[3, 1], [6, 7]]
        assert type(torch.ByteTensor([1, 2]).sort()[0]) is torch.ByteTensor
        assert torch.ByteTensor([200, 100]).cumsum(0).tolist() == [200, 44]

    def test_norm_dim_and_keepdim(self):
        a = np.array([[3.0, 4.0], [6.0, 8.0]])
        x = T(a, np.float64)
        assert x.norm(2, 1).tolist() == [5.0, 10.0]
        assert x.norm(1, 0).tolist() == [9.0, 12.0]
        assert x.norm(2, 1, True).size() == torch.Size([2, 1])
        assert x.norm(p=float('inf'), dim=-1).tolist() == [4.0, 8.0]
        assert x.norm(0, 0).tolist() == [2.0, 2.0]

    def test_cumsum_cumprod_values(self):
        a = np.array([[1.0, 2.0, 3.0], [4.0, 0.5, -1.0]])
        x = T(a, np.float64)
        np.testing.assert_array_equal(x.cumsum(1).numpy(), np.cumsum(a, 1))
        np.testing.assert_array_equal(x.cumsum(-2).numpy(), np.cumsum(a, 0))
        np.testing.assert_array_equal(torch.cumprod(x, 1).numpy(), np.cumprod(a, 1))
        v = Variable(x)
        assert v.cumsum(0).size() == torch.Size([2, 3])

    def test_renorm(self):
        a = np.array([[3.0, 4.0], [0.3, 0.4]], dtype=np.float32)
        r = T(a).renorm(2, 0, 1.0).numpy()
        np.testing.assert_allclose(r[0], a[0] * (1.0 / (5.0 + 1e-7)), rtol=1e-6)
        np.testing.assert_array_equal(r[1], a[1])       # norm 0.5 <= 1: unchanged
        x = T(a)
        y = torch.renorm(x, 2, 0, 1.0)
        np.testing.assert_array_equal(y.numpy(), r)
        assert x.renorm_(2, 0, 1.0) is x
        np.testing.assert_array_equal(x.numpy(), r)
        r1 = T(a).renorm(1, 1, 1.0).numpy()           # columns: |3|+|0.3| > 1, |4|+|0.4| > 1
        np.testing.assert_allclose(np.abs(r1).sum(0), [1.0, 1.0], rtol=1e-5)
        # torch.renorm on a Variable is the Variable method (0.3.1 composed it from
        # differentiable ops)
        v = torch.renorm(Variable(T(a)), 2, 0, 1.0)
        np.testing.assert_allclose(v.data.numpy(), torch.renorm(T(a), 2, 0, 1.0).numpy(),
                                   rtol=1e-5)


# =================================================================== every form agrees
FORMS = [
    ('sum', (), {}), ('sum', (1,), {}), ('sum', (-1,), {'keepdim': True}),
    ('mean', (), {}), ('mean', (0,), {}), ('mean', (-2, True), {}),
    ('prod', (), {}), ('prod', (-2,), {}), ('prod', (1,), {'keepdim': True}),
    ('max', (), {}), ('max', (1,), {}), ('max', (-1, True), {}), ('max', (), {'dim': 0}),
    ('min', (), {}), ('min', (0,), {'keepdim': True}), ('min', (-2,), {}),
    ('median', (), {}), ('median', (-1,), {}), ('median', (0, True), {}),
    ('mode', (), {}), ('mode', (0, True), {}), ('mode', (), {'dim': -2}),
    ('kthvalue', (2,), {}), ('kthvalue', (1, -2), {'keepdim': True}), ('kthvalue', (3, 1), {}),
    ('sort', (), {}), ('sort', (0, True), {}), ('sort', (), {'dim': -2, 'descending': True}),
    ('topk', (2,), {}), ('topk', (1, 0, False), {}), ('topk', (3,), {'dim': -1, 'sorted': True}),
    # (positional unbiased/keepdim: tensors take (dim, unbiased, keepdim), 0.3.1's Variable
    # methods (dim, keepdim, unbiased): the forms agree on keywords)
    ('std', (), {}), ('std', (1,), {}),
    ('std', (-1,), {'unbiased': False, 'keepdim': True}),
    ('var', (), {}), ('var', (0,), {'keepdim': True, 'unbiased': False}),
    ('var', (), {'dim': -1, 'unbiased': False}),
    ('norm', (), {}), ('norm', (3,), {}), ('norm', (1, -1), {}), ('norm', (2, 0, True), {}),
    ('norm', (), {'p': float('inf'), 'dim': 1}), ('norm', (0.5,), {}),
    ('cumsum', (1,), {}), ('cumsum', (-2,), {}), ('cumprod', (0,), {}), ('cumprod', (), {'dim': -1}),
    ('trace', (), {}),
]


def _as_list(r):
    return list(r) if isinstance(r, tuple) else [r]


@pytest.mark.parametrize('name,args,kwargs', FORMS,
                         ids=['%s%s%s' % (n, a, sorted(k.items())) for n, a, k in FORMS])
def test_forms_agree(name, args, kwargs):
    a = nonzero(np.random.RandomState(5), (3, 4), np.float64)
    x = T(a, np.float64)
    by_method = getattr(x, name)(*args, **kwargs)
    by_function = getattr(torch, name)(x, *args, **kwargs)
    by_variable = getattr(Variable(x, requires_grad=True), name)(*args, **kwargs)
    if isinstance(by_method, (float, int)):
        assert type(by_method) is float and by_function == by_method
        assert isinstance(by_variable, Variable) and by_variable.size() == torch.Size([1])
        assert by_variable.data[0] == pytest.approx(by_method, rel=1e-15)
        assert by_variable.grad_fn is not None
        return
    assert isinstance(by_method, tuple) == isinstance(by_variable, tuple)
    for m, f, v in zip(_as_list(by_method), _as_list(by_function), _as_list(by_variable)):
        assert type(m) is type(f) is type(v.data)
        assert m.size() == f.size() == v.size()
        np.testing.assert_array_equal(m.numpy(), f.numpy())
        np.testing.assert_array_equal(m.numpy(), v.data.numpy())
    first = _as_list(by_variable)[0]
    assert first.grad_fn is not None


def test_a_bool_first_argument_is_the_tensors_unbiased_flag_but_a_variables_dim():
    # tensors (TH): var(False) / std(False) are the full reductions, biased; a Variable's
    # var/std (0.3.1's Python methods) pass the bool to mean(dim, keepdim), which refuses it
    a = nonzero(np.random.RandomState(6), (3, 4), np.float64)
    x = T(a, np.float64)
    assert x.var(False) == pytest.approx(a.var(), rel=1e-14)
    assert x.std(False) == pytest.approx(a.std(), rel=1e-14)
    assert torch.var(x, True) == pytest.approx(a.var(ddof=1), rel=1e-14)
    v = Variable(x, requires_grad=True)
    for call in (lambda: v.var(False), lambda: v.std(True), lambda: torch.var(v, False),
                 lambda: torch.std(v, False)):
        with pytest.raises(TypeError) as e:
            call()
        assert str(e.value) == "mean(): argument 'dim' (position 1) must be int, not bool"
    assert v.var(0).data.numpy() == pytest.approx(a.var(0, ddof=1), rel=1e-14)


def test_dist_forms_agree():
    rng = np.random.RandomState(2)
    a, b = nonzero(rng, (3, 4), np.float64), nonzero(rng, (3, 4), np.float64)
    x, y = T(a, np.float64), T(b, np.float64)
    for args in [(), (3,), (1,), (float('inf'),), (0.5,)]:
        r = x.dist(y, *args)
        assert type(r) is float and torch.dist(x, y, *args) == r
        v = Variable(x).dist(Variable(y), *args)
        assert v.size() == torch.Size([1]) and v.data[0] == pytest.approx(r, rel=1e-15)
    assert x.dist(y, p=3) == x.dist(y, 3)
    assert x.dist(T(b[0], np.float64)) == pytest.approx(
        math.sqrt(((a - b[0]) ** 2).sum()), rel=1e-14)     # broadcasting


# =================================================================== out=
class TestOut:
    def test_out_for_dim_reductions(self):
        x = T([[1.0, 5.0, 3.0], [4.0, 2.0, 6.0]])
        o = torch.FloatTensor()
        assert torch.sum(x, 1, out=o) is o and o.tolist() == [9.0, 12.0]
        assert torch.prod(x, 0, out=o) is o and o.tolist() == [4.0, 10.0, 18.0]
        assert torch.mean(x, 1, out=o) is o and o.tolist() == [3.0, 4.0]
        assert torch.cumsum(x, 1, out=o) is o and o.tolist() == [[1, 6, 9], [4, 6, 12]]
        assert torch.cumprod(x, 1, out=o) is o and o.tolist() == [[1, 5, 15], [4, 8, 48]]
        torch.norm(x, 1, 1, out=o)
        assert o.tolist() == [9.0, 12.0]
        torch.std(x, 1, out=o)
        assert o.tolist() == pytest.approx([2.0, 2.0])
        torch.var(x, 0, False, True, out=o)
        assert o.size() == torch.Size([1, 3])

    def test_out_tuples(self):
        x = T([[1.0, 5.0, 3.0], [4.0, 2.0, 6.0]])
        v, i = torch.FloatTensor(), torch.LongTensor()
        r = torch.max(x, 1, out=(v, i))
        assert r[0] is v and r[1] is i and v.tolist() == [5.0, 6.0] and i.tolist() == [1, 2]
        torch.min(x, 0, keepdim=True, out=(v, i))
        assert v.tolist() == [[1.0, 2.0, 3.0]] and i.tolist() == [[0, 1, 0]]
        torch.sort(x, 1, True, out=(v, i))
        assert i.tolist() == [[1, 2, 0], [2, 0, 1]]
        torch.topk(x, 1, out=(v, i))
        assert v.tolist() == [[5.0], [6.0]]
        torch.median(x, 1, out=(v, i))
        assert v.tolist() == [3.0, 4.0]
        torch.kthvalue(x, 1, 1, out=(v, i))
        assert v.tolist() == [1.0, 2.0]
        torch.mode(x, 0, out=(v, i))
        assert v.tolist() == [1.0, 2.0, 3.0]

    def test_out_binary_max(self):
        a, b = T([1.0, 5.0]), T([3.0, 2.0])
        o = torch.FloatTensor()
        assert torch.max(a, b, out=o) is o and o.tolist() == [3.0, 5.0]
        assert torch.min(a, b).tolist() == [1.0, 2.0]
        assert a.max(b).tolist() == [3.0, 5.0]
        assert torch.max(a, other=b).tolist() == [3.0, 5.0]

    def test_out_refused_for_numbers(self):
        with pytest.raises(TypeError):
            torch.sum(T([1.0]), out=torch.FloatTensor())


# =================================================================== printing
def test_tuple_printing_exact():
    r = torch.max(torch.Tensor([1, 2, 3, 4]), 0)
    assert repr(r) == ('(\n 4\n[torch.FloatTensor of size 1]\n, \n 3\n'
                       '[torch.LongTensor of size 1]\n)')


def test_variable_tuple_printing():
    v = Variable(torch.Tensor([[1, 7], [9, 2]]))
    vals, idx = v.max(1)
    assert repr(idx) == 'Variable containing:\n 1\n 0\n[torch.LongTensor of size 2]\n'
    assert repr(vals) == 'Variable containing:\n 7\n 9\n[torch.FloatTensor of size 2]\n'


# =================================================================== grad_fn names
GRAD_FN_NAMES = [
    (lambda v, w: v.sum(), 'SumBackward0'),
    (lambda v, w: v.sum(1), 'SumBackward1'),
    (lambda v, w: v.mean(), 'MeanBackward1'),
    (lambda v, w: v.mean(0), 'MeanBackward0'),
    (lambda v, w: v.max(), 'MaxBackward1'),
    (lambda v, w: v.max(1)[0], 'MaxBackward0'),
    (lambda v, w: torch.max(v, w), 'MaxBackward2'),
    (lambda v, w: v.min(), 'MinBackward1'),
    (lambda v, w: v.min(0)[0], 'MinBackward0'),
    (lambda v, w: v.min(w), 'MinBackward2'),
    (lambda v, w: v.median(), 'MedianBackward0'),
    (lambda v, w: v.median(1)[0], 'MedianBackward1'),
    (lambda v, w: v.norm(), 'NormBackward0'),
    (lambda v, w: v.norm(3), 'NormBackward0'),
    (lambda v, w: v.norm(2, 1), 'NormBackward1'),
    (lambda v, w: v.prod(), 'torch.autograd.function.ProdBackward'),
    (lambda v, w: v.prod(1), 'torch.autograd.function.ProdBackward'),
    (lambda v, w: v.kthvalue(1)[0], 'KthvalueBackward'),
    (lambda v, w: v.mode()[0], 'ModeBackward'),
    (lambda v, w: v.sort()[0], 'SortBackward'),
    (lambda v, w: v.topk(1)[0], 'TopkBackward'),
    (lambda v, w: v.cumsum(0), 'CumsumBackward'),
    (lambda v, w: v.cumprod(0), 'torch.autograd.function.CumprodBackward'),
    (lambda v, w: v.dist(w), 'DistBackward'),
    (lambda v, w: v.trace(), 'TraceBackward'),
    (lambda v, w: v.var(), 'DivBackward0'),
    (lambda v, w: v.var(1), 'DivBackward0'),
    (lambda v, w: v.std(), 'SqrtBackward'),
    (lambda v, w: v.std(0, keepdim=True), 'SqrtBackward'),
]


@pytest.mark.parametrize('fn,name', GRAD_FN_NAMES, ids=[n for _, n in GRAD_FN_NAMES])
def test_grad_fn_names(fn, name):
    v = V([[1.0, 2.0], [4.0, 3.0]])
    w = V([[0.5, 2.5], [1.0, 3.5]])
    node = fn(v, w).grad_fn
    short = name.rsplit('.', 1)[-1]
    assert node.name() == short         # 0.3.1's name(): the type's tp_name, the class name alone
    assert repr(node).startswith('<%s object at 0x' % name)
    assert type(node).__name__ == short


def test_grad_fn_next_functions_point_at_leaves():
    v = V([[1.0, 2.0], [4.0, 3.0]])
    w = V([[0.5, 2.5], [1.0, 3.5]], requires_grad=False)
    node = torch.max(v, w).grad_fn
    assert node.next_functions[0][0].variable is v
    assert node.next_functions[1] == (None, 0)


# =================================================================== errors
class TestErrors:
    def test_dim_out_of_range(self):
        x = T(np.zeros((2, 3)))
        msg = 'dimension out of range (expected to be in range of [-2, 1], but got 2)'
        for call in [lambda: x.sum(2), lambda: x.max(2), lambda: x.min(2), lambda: x.median(2),
                     lambda: x.mode(2), lambda: x.kthvalue(1, 2), lambda: x.sort(2),
                     lambda: x.topk(1, 2), lambda: x.std(2), lambda: x.var(2), lambda: x.prod(2),
                     lambda: x.norm(2, 2), lambda: x.cumsum(2), lambda: x.cumprod(2),
                     lambda: x.mean(2), lambda: Variable(x).max(2)]:
            with pytest.raises(RuntimeError) as e:
                call()
            assert str(e.value) == msg
        with pytest.raises(RuntimeError) as e:
            x.sum(-3)
        assert 'but got -3' in str(e.value)

    def test_topk_k_too_large(self):
        with pytest.raises(RuntimeError, match=r'^invalid argument 2: k not in range for '
                                               r'dimension$'):
            T([1.0, 2.0, 3.0]).topk(4)
        with pytest.raises(RuntimeError, match='not in range'):
            V([1.0, 2.0, 3.0]).topk(-1)

    def test_kthvalue_k_out_of_range(self):
        for k in (0, 4):
            with pytest.raises(RuntimeError, match='^invalid argument 2: selected index out of range$'):
                T([1.0, 2.0, 3.0]).kthvalue(k)

    @pytest.mark.parametrize('name', ['max', 'min', 'median', 'mode', 'mean', 'std', 'var'])
    def test_empty_tensor(self, name):
        with pytest.raises(RuntimeError, match=r'%s\(\): cannot reduce a tensor with no elements'
                           % name):
            getattr(torch.Tensor(), name)()
        with pytest.raises(RuntimeError, match='no elements'):
            getattr(Variable(torch.Tensor()), name)()

    def test_empty_kthvalue(self):
        with pytest.raises(RuntimeError, match='no elements'):
            torch.Tensor().kthvalue(1)

    @pytest.mark.parametrize('name', ['std', 'var', 'norm'])
    def test_float_only(self, name):
        # 0.3.1: Float/Double only; no method on the other types, no stateless function, and
        # on Variables ATen's error (var/std call mean first in 0.3.1's Variable)
        with pytest.raises(AttributeError, match="^'torch.LongTensor' object has no attribute '%s'$" % name):
            getattr(torch.LongTensor([1, 2]), name)()
        with pytest.raises(TypeError, match="^Type torch.LongTensor doesn't implement stateless method %s$" % name):
            getattr(torch, name)(torch.LongTensor([1, 2]))
        reached = 'norm' if name == 'norm' else 'mean'
        with pytest.raises(RuntimeError, match='^%s is not implemented for type CPULongType$' % reached):
            getattr(Variable(torch.LongTensor([1, 2])), name)()
        with pytest.raises(TypeError, match="^Type torch.IntTensor doesn't implement stateless method dist$"):
            torch.dist(torch.IntTensor([1, 2]), torch.IntTensor([1, 2]))

    def test_mixed_types(self):
        with pytest.raises(TypeError, match='invalid combination of arguments'):
            torch.max(T([1.0]), T([1.0], np.float64))
        with pytest.raises(RuntimeError, match=r'Expected object of type Variable\[torch.FloatTensor\] '
                                               r'but found type Variable\[torch.DoubleTensor\]'):
            torch.max(V([1.0]), V([1.0], np.float64))
        with pytest.raises(RuntimeError, match='Expected object of type'):
            V([1.0]).dist(V([1.0], np.float64))

    def test_broadcast_error(self):
        with pytest.raises(RuntimeError, match='must match the size of tensor b'):
            torch.max(T([1.0, 2.0, 3.0]), T([1.0, 2.0]))

    def test_trace_needs_matrix(self):
        with pytest.raises(RuntimeError, match='expected a matrix'):
            T([1.0, 2.0]).trace()

    def test_renorm_arguments(self):
        with pytest.raises(RuntimeError, match='non-positive-norm'):
            T(np.ones((2, 2))).renorm(0, 0, 1.0)
        with pytest.raises(RuntimeError, match='at least 2 dimensions'):
            T([1.0, 2.0]).renorm(2, 0, 1.0)

    def test_bad_argument_types(self):
        with pytest.raises(TypeError):
            T([1.0, 2.0]).topk(1.5)
        with pytest.raises(TypeError):
            T([1.0, 2.0]).norm('fro')
        with pytest.raises(TypeError):
            T([1.0, 2.0]).max(0, keepdim='yes')


# =================================================================== gradients (no torch needed)
class TestGradientSemantics:
    def test_full_max_gives_every_tie_the_full_gradient(self):
        # 0.3 select_backward_scalar: masked_fill_(input == result, grad)
        v = V([[1.0, 7.0], [7.0, 2.0]])
        v.max().backward()
        assert v.grad.data.tolist() == [[0.0, 1.0], [1.0, 0.0]]
        w = V([3.0, 1.0, 1.0])
        w.min().backward()
        assert w.grad.data.tolist() == [0.0, 1.0, 1.0]

    def test_dim_max_routes_to_returned_index(self):
        v = V([[5.0, 5.0, 1.0], [2.0, 3.0, 3.0]])
        vals, idx = v.max(1)
        vals.backward(T([10.0, 20.0]))
        assert v.grad.data.tolist() == [[10.0, 0.0, 0.0], [0.0, 20.0, 0.0]]

    def test_binary_max_tie_goes_to_other(self):
        a, b = V([1.0, 2.0, 3.0]), V([1.0, 5.0, 0.0])
        torch.max(a, b).backward(T([1.0, 1.0, 1.0]))
        assert a.grad.data.tolist() == [0.0, 0.0, 1.0]
        assert b.grad.data.tolist() == [1.0, 1.0, 0.0]
        a, b = V([1.0, 2.0]), V([1.0, 5.0])
        torch.min(a, b).backward(T([1.0, 1.0]))
        assert a.grad.data.tolist() == [0.0, 1.0] and b.grad.data.tolist() == [1.0, 0.0]

    def test_binary_max_broadcast_grad(self):
        a = V([[1.0, 4.0], [6.0, 0.0]])
        b = V([2.0, 3.0])
        torch.max(a, b).sum().backward()
        assert a.grad.data.tolist() == [[0.0, 1.0], [1.0, 0.0]]
        assert b.grad.data.tolist() == [1.0, 1.0]

    def test_prod_with_zeros(self):
        v = V([2.0, 0.0, 3.0, 4.0])
        v.prod().backward()
        assert v.grad.data.tolist() == [0.0, 24.0, 0.0, 0.0]
        v = V([2.0, 0.0, 3.0, 0.0])
        v.prod().backward()
        assert v.grad.data.tolist() == [0.0, 0.0, 0.0, 0.0]
        v = V([[2.0, 0.0, 3.0], [1.0, 2.0, 5.0], [0.0, 0.0, 1.0]])
        v.prod(1).backward(T([1.0, 1.0, 1.0]))
        assert v.grad.data.tolist() == [[0.0, 6.0, 0.0], [10.0, 5.0, 2.0], [0.0, 0.0, 0.0]]

    def test_norm_at_zero_is_zero(self):
        for p in (2, 3, 1.5, 1, float('inf')):
            v = V([0.0, 0.0, 0.0])
            v.norm(p).backward()
            assert v.grad.data.tolist() == [0.0, 0.0, 0.0], p
        v = V([[0.0, 0.0], [3.0, 4.0]])
        v.norm(2, 1).backward(T([1.0, 1.0]))
        np.testing.assert_allclose(v.grad.data.numpy(), [[0.0, 0.0], [0.6, 0.8]], rtol=1e-6)

    def test_sum_mean_over_1d(self):
        v = V([1.0, 2.0, 3.0])
        v.sum(0).backward()
        assert v.grad.data.tolist() == [1.0, 1.0, 1.0]
        v = V([1.0, 2.0, 4.0])
        v.mean(-1).backward()
        np.testing.assert_allclose(v.grad.data.numpy(), [1 / 3.0] * 3, rtol=1e-6)

    def test_indices_independent_of_inplace_changes(self):
        v = V([[1.0, 3.0], [4.0, 2.0]])
        vals, idx = v.max(1)
        idx.data.zero_()   # the returned index tensor is a copy: backward still uses its own
        vals.sum().backward()
        assert v.grad.data.tolist() == [[0.0, 1.0], [1.0, 0.0]]

    def test_backward_twice_needs_retain_graph(self):
        v = V([[1.0, 2.0], [3.0, 4.0]])
        y = v.prod()
        y.backward()
        with pytest.raises(RuntimeError, match='buffers have already been freed'):
            y.backward()


# =================================================================== parity with modern torch
def _make(kind, shape, dtype, rng):
    if kind == 'distinct':
        return distinct(rng, shape, dtype)
    if kind == 'nonzero':
        return nonzero(rng, shape, dtype)
    if kind == 'distinct2':   # distinct, and never equal to a 'distinct' value
        return distinct(rng, shape, dtype) + dtype(0.0625)
    if kind == 'normal':
        return rng.standard_normal(shape).astype(dtype)
    if kind == 'zero1':       # one zero in each row
        a = nonzero(rng, shape, dtype)
        a[..., 1] = 0
        return a
    if kind == 'zeros':        # rows with no, one and two zeros
        a = nonzero(rng, shape, dtype)
        a[1, 0] = 0
        a[2, 1] = 0
        a[2, 3] = 0
        return a
    if kind == 'allzero':
        return np.zeros(shape, dtype)
    if kind == 'modeties':     # small integers: frequent ties, a well-defined mode
        return rng.randint(0, 3, size=shape).astype(dtype)
    raise ValueError(kind)


# id, legacy fn, modern fn, [(kind, shape) per input], second order
PARITY = [
    ('sum', lambda x: x.sum(), lambda x: x.sum(), [('normal', (3, 4))], True),
    ('sum_dim', lambda x: x.sum(1), lambda x: x.sum(1), [('normal', (3, 4))], True),
    ('sum_neg_keep', lambda x: x.sum(-2, keepdim=True), lambda x: x.sum(-2, keepdim=True),
     [('normal', (2, 3, 4))], True),
    ('sum_1d', lambda x: x.sum(0), lambda x: x.sum(0), [('normal', (5,))], True),
    ('mean', lambda x: x.mean(), lambda x: x.mean(), [('normal', (3, 4))], True),
    ('mean_dim', lambda x: torch.mean(x, 0), lambda x: x.mean(0), [('normal', (3, 4))], True),
    ('mean_1d', lambda x: x.mean(0), lambda x: x.mean(0), [('normal', (5,))], True),
    ('prod', lambda x: x.prod(), lambda x: x.prod(), [('nonzero', (3, 4))], True),
    ('prod_dim', lambda x: x.prod(1), lambda x: x.prod(1), [('nonzero', (3, 4))], True),
    ('prod_dim_keep', lambda x: torch.prod(x, -1, keepdim=True),
     lambda x: x.prod(-1, keepdim=True), [('nonzero', (2, 3, 4))], True),
    ('prod_one_zero', lambda x: x.prod(), lambda x: x.prod(), [('zero1', (1, 5))], True),
    ('prod_two_zeros', lambda x: x.prod(), lambda x: x.prod(), [('zero1', (2, 3))], True),
    ('prod_dim_zeros', lambda x: x.prod(1), lambda x: x.prod(1), [('zeros', (4, 4))], True),
    ('prod_dim0_zeros', lambda x: x.prod(0), lambda x: x.prod(0), [('zeros', (4, 4))], True),
    ('max_all', lambda x: x.max(), lambda x: x.max(), [('distinct', (3, 4))], True),
    ('min_all', lambda x: torch.min(x), lambda x: x.min(), [('distinct', (3, 4))], True),
    ('max_dim', lambda x: x.max(1)[0], lambda x: x.max(1)[0], [('distinct', (3, 4))], True),
    ('max_dim_keep', lambda x: torch.max(x, 0, keepdim=True)[0],
     lambda x: x.max(0, keepdim=True)[0], [('distinct', (3, 4))], True),
    ('max_1d', lambda x: x.max(0)[0], lambda x: x.max(0)[0], [('distinct', (5,))], True),
    ('min_dim_neg', lambda x: x.min(-1)[0], lambda x: x.min(-1)[0],
     [('distinct', (2, 3, 4))], True),
    ('max_binary', lambda a, b: torch.max(a, b), lambda a, b: a.maximum(b),
     [('distinct', (3, 4)), ('distinct2', (3, 4))], True),
    ('max_binary_bcast', lambda a, b: a.max(b), lambda a, b: a.maximum(b),
     [('distinct', (3, 4)), ('distinct2', (4,))], True),
    ('min_binary', lambda a, b: torch.min(a, b), lambda a, b: a.minimum(b),
     [('distinct', (3, 4)), ('distinct2', (3, 1))], True),
    ('median_all_odd', lambda x: x.median(), lambda x: x.median(), [('distinct', (3, 5))], True),
    ('median_all_even', lambda x: x.median(), lambda x: x.median(), [('distinct', (3, 4))], True),
    ('median_dim', lambda x: x.median(1)[0], lambda x: x.median(1)[0],
     [('distinct', (3, 4))], True),
    ('median_dim_keep', lambda x: torch.median(x, 0, keepdim=True)[0],
     lambda x: x.median(0, keepdim=True)[0], [('distinct', (5, 2))], True),
    ('mode', lambda x: x.mode()[0], lambda x: x.mode()[0], [('modeties', (4, 7))], True),
    ('mode_dim0', lambda x: x.mode(0)[0], lambda x: x.mode(0)[0], [('modeties', (7, 3))], True),
    ('kthvalue', lambda x: x.kthvalue(2)[0], lambda x: x.kthvalue(2)[0],
     [('distinct', (3, 4))], True),
    ('kthvalue_dim0', lambda x: torch.kthvalue(x, 3, 0, keepdim=True)[0],
     lambda x: x.kthvalue(3, 0, keepdim=True)[0], [('distinct', (4, 3))], True),
    ('sort', lambda x: x.sort()[0], lambda x: x.sort()[0], [('distinct', (3, 4))], True),
    ('sort_desc_dim0', lambda x: torch.sort(x, 0, descending=True)[0],
     lambda x: x.sort(0, descending=True)[0], [('distinct', (3, 4))], True),
    ('topk', lambda x: x.topk(2)[0], lambda x: x.topk(2)[0], [('distinct', (3, 4))], True),
    ('topk_smallest_dim0', lambda x: x.topk(2, 0, largest=False)[0],
     lambda x: x.topk(2, 0, largest=False)[0], [('distinct', (3, 4))], True),
    ('var', lambda x: x.var(), lambda x: x.var(), [('normal', (3, 4))], True),
    ('var_biased', lambda x: x.var(unbiased=False), lambda x: x.var(unbiased=False),
     [('normal', (3, 4))], True),
    ('var_dim', lambda x: x.var(1), lambda x: x.var(1), [('normal', (3, 4))], True),
    # 0.3.1's Variable.var(dim, keepdim, unbiased): positional keepdim before unbiased
    ('var_dim_keep_biased', lambda x: torch.var(x, 0, True, False),
     lambda x: x.var(0, unbiased=False, keepdim=True), [('normal', (3, 4))], True),
    ('std', lambda x: x.std(), lambda x: x.std(), [('normal', (3, 4))], True),
    ('std_dim', lambda x: x.std(-1), lambda x: x.std(-1), [('normal', (3, 4))], True),
    ('std_dim_keep', lambda x: torch.std(x, 0, keepdim=True), lambda x: x.std(0, keepdim=True),
     [('normal', (3, 4))], True),
    ('norm', lambda x: x.norm(), lambda x: x.norm(), [('normal', (3, 4))], True),
    ('norm1', lambda x: x.norm(1), lambda x: x.norm(1), [('nonzero', (3, 4))], True),
    ('norm3', lambda x: x.norm(3), lambda x: x.norm(3), [('normal', (3, 4))], True),
    ('norm_frac', lambda x: x.norm(1.5), lambda x: x.norm(1.5), [('nonzero', (3, 4))], True),
    ('norm_half', lambda x: x.norm(0.5), lambda x: x.norm(0.5), [('nonzero', (3, 4))], True),
    ('norm_half_zero', lambda x: x.norm(0.5), lambda x: x.norm(0.5), [('zero1', (3, 4))], False),
    ('norm3_zero', lambda x: x.norm(3), lambda x: x.norm(3), [('zero1', (3, 4))], True),
    ('norm_inf', lambda x: x.norm(float('inf')), lambda x: x.norm(float('inf')),
     [('distinct', (3, 4))], True),
    ('norm0', lambda x: x.norm(0), lambda x: x.norm(0), [('zero1', (3, 4))], False),
    ('norm2_allzero', lambda x: x.norm(), lambda x: x.norm(), [('allzero', (3,))], False),
    ('norm_dim', lambda x: x.norm(2, 1), lambda x: x.norm(2, 1), [('normal', (3, 4))], True),
    ('norm_dim_keep_p3', lambda x: torch.norm(x, 3, 0, True), lambda x: x.norm(3, 0, True),
     [('normal', (3, 4))], True),
    ('norm_dim_inf', lambda x: x.norm(float('inf'), -1), lambda x: x.norm(float('inf'), -1),
     [('distinct', (3, 4))], True),
    ('norm_dim_1d', lambda x: x.norm(2, 0), lambda x: x.norm(2, 0), [('normal', (5,))], True),
    ('dist', lambda a, b: a.dist(b), lambda a, b: a.dist(b),
     [('normal', (3, 4)), ('normal', (3, 4))], True),
    ('dist_p3', lambda a, b: torch.dist(a, b, 3), lambda a, b: a.dist(b, 3),
     [('normal', (3, 4)), ('normal', (3, 4))], True),
    ('dist_p1_bcast', lambda a, b: a.dist(b, 1), lambda a, b: a.dist(b, 1),
     [('normal', (3, 4)), ('normal', (4,))], True),
    ('cumsum', lambda x: x.cumsum(1), lambda x: x.cumsum(1), [('normal', (3, 4))], True),
    ('cumsum_neg', lambda x: torch.cumsum(x, -3), lambda x: x.cumsum(0),
     [('normal', (3, 2, 2))], True),
    ('cumprod', lambda x: x.cumprod(1), lambda x: x.cumprod(1), [('nonzero', (3, 4))], True),
    ('cumprod_zeros', lambda x: x.cumprod(1), lambda x: x.cumprod(1), [('zeros', (4, 4))], True),
    ('cumprod_zeros_dim0', lambda x: torch.cumprod(x, 0), lambda x: x.cumprod(0),
     [('zeros', (4, 4))], True),
    ('trace', lambda x: x.trace(), lambda x: x.trace(), [('normal', (4, 4))], True),
    ('trace_rect', lambda x: torch.trace(x), lambda x: x.trace(), [('normal', (3, 5))], True),
]
PARITY_IDS = [c[0] for c in PARITY]


def _first(out):
    return out[0] if isinstance(out, tuple) else out


def _legacy_first_order(fn, arrays, dtype, rng):
    vs = [Variable(torch.from_numpy(a.copy()), requires_grad=True) for a in arrays]
    out = _first(fn(*vs))
    go = rng.standard_normal(tuple(out.size())).astype(dtype)
    out.backward(torch.from_numpy(go))
    return out.data.numpy(), [v.grad.data.numpy() for v in vs], go


def _modern_first_order(mt, fn, arrays, go):
    ts = [mt.tensor(a.astype(np.float64), requires_grad=True) for a in arrays]
    out = _first(fn(*ts))
    out.backward(mt.tensor(go.astype(np.float64)).reshape(out.shape))
    return out.detach().numpy(), [t.grad.numpy() if t.grad is not None else np.zeros(t.shape)
                                  for t in ts]


@pytest.mark.parametrize('dtype', DTYPES, ids=['float32', 'float64'])
@pytest.mark.parametrize('case', PARITY, ids=PARITY_IDS)
def test_parity_first_order(case, dtype):
    mt = mtorch()
    name, fn, mfn, inputs, _ = case
    rng = np.random.RandomState(zlib.crc32(name.encode()))
    arrays = [_make(kind, shape, dtype, rng) for kind, shape in inputs]
    val, grads, go = _legacy_first_order(fn, arrays, dtype, rng)
    mval, mgrads = _modern_first_order(mt, mfn, arrays, go)
    testing.assert_close(val, mval, dtype=dtype, what='value', **TOL[dtype])
    for g, mg in zip(grads, mgrads):
        testing.assert_close(g, mg, dtype=dtype, what='gradient', **TOL[dtype])


def _legacy_second_order(fn, arrays, dtype, rng):
    vs = [Variable(torch.from_numpy(a.copy()), requires_grad=True) for a in arrays]
    out = _first(fn(*vs))
    go = Variable(torch.from_numpy(rng.standard_normal(tuple(out.size())).astype(dtype)),
                  requires_grad=True)
    gx = autograd.grad(out, vs, go, create_graph=True)
    ws = [rng.standard_normal(a.shape).astype(dtype) for a in arrays]
    used = [(g, w) for g, w in zip(gx, ws) if g.requires_grad]
    if not used:
        return gx, None, go, ws
    hs = autograd.grad([g for g, _ in used], vs + [go], [torch.from_numpy(w) for _, w in used],
                       allow_unused=True)
    return gx, hs, go, ws


def _modern_second_order(mt, fn, arrays, go, ws):
    ts = [mt.tensor(a.astype(np.float64), requires_grad=True) for a in arrays]
    out = _first(fn(*ts))
    mgo = mt.tensor(go.astype(np.float64)).reshape(out.shape).requires_grad_(True)
    gx = mt.autograd.grad(out, ts, mgo, create_graph=True)
    used = [(g, w) for g, w in zip(gx, ws) if g.requires_grad]
    hs = mt.autograd.grad([g for g, _ in used], ts + [mgo],
                          [mt.tensor(w.astype(np.float64)) for _, w in used], allow_unused=True)
    return gx, hs


SECOND = [c for c in PARITY if c[4]]


@pytest.mark.parametrize('dtype', DTYPES, ids=['float32', 'float64'])
@pytest.mark.parametrize('case', SECOND, ids=[c[0] for c in SECOND])
def test_parity_second_order(case, dtype):
    mt = mtorch()
    name, fn, mfn, inputs, _ = case
    rng = np.random.RandomState(zlib.crc32(name.encode()) + 1)
    arrays = [_make(kind, shape, dtype, rng) for kind, shape in inputs]
    gx, hs, go, ws = _legacy_second_order(fn, arrays, dtype, rng)
    mgx, mhs = _modern_second_order(mt, mfn, arrays, go.data.numpy(), ws)
    for g, mg in zip(gx, mgx):
        testing.assert_close(g.data.numpy(), mg.detach().numpy(), dtype=dtype, what='first order (create_graph)', **TOL[dtype])
    assert hs is not None
    for k, (h, mh) in enumerate(zip(hs, mhs)):
        shape = (arrays + [go.data.numpy()])[k].shape
        h = np.zeros(shape) if h is None else h.data.numpy()
        if mh is None or mh._is_zerotensor():   # modern returns ZeroTensors for zero derivatives
            mh = np.zeros(shape)
        else:
            mh = mh.detach().numpy()
        testing.assert_close(h, mh, dtype=dtype, what='second order wrt input %d' % k, **TOL[dtype])


def test_parity_indices():
    mt = mtorch()
    rng = np.random.RandomState(7)
    a = distinct(rng, (4, 5))
    x, m = T(a), mt.tensor(a)
    pairs = [
        (x.max(1), m.max(1)), (x.min(0), m.min(0)), (x.median(1), m.median(1)),
        (x.kthvalue(3, 0), m.kthvalue(3, 0)), (x.sort(1), m.sort(1)),
        (x.sort(0, True), m.sort(0, descending=True)), (x.topk(3), m.topk(3)),
        (x.topk(2, 0, False), m.topk(2, 0, largest=False)),
    ]
    b = rng.randint(0, 3, size=(5, 6)).astype(np.float32)
    pairs += [(T(b).mode(1), mt.tensor(b).mode(1)), (T(b).mode(0), mt.tensor(b).mode(0))]
    s = np.array([[3.0, 1.0, 3.0, 2.0, 1.0, 3.0]], dtype=np.float32)   # ties: both stable
    pairs += [(T(s).sort(1), mt.tensor(s).sort(dim=1, stable=True)),
              (T(s).sort(1, True), mt.tensor(s).sort(dim=1, descending=True, stable=True))]
    for (lv, li), (mv, mi) in pairs:
        np.testing.assert_array_equal(lv.numpy(), mv.numpy())
        np.testing.assert_array_equal(li.numpy(), mi.numpy())
        assert type(li) is torch.LongTensor


def test_parity_full_values_as_numbers():
    mt = mtorch()
    rng = np.random.RandomState(3)
    a = rng.standard_normal((5, 6)).astype(np.float32)
    x, m = T(a), mt.tensor(a, dtype=mt.float64)
    for got, want in [(x.sum(), m.sum()), (x.mean(), m.mean()), (x.prod(), m.prod()),
                      (x.std(), m.std()), (x.var(), m.var()), (x.norm(), m.norm()),
                      (x.norm(3), m.norm(3))]:
        assert type(got) is float
        assert got == pytest.approx(want.item(), rel=1e-12)
    # TH dist subtracts in the tensor's type (float32 here), then accumulates in double
    b = a[::-1].copy()
    want = mt.norm((mt.tensor(a) - mt.tensor(b)).double(), 2.5).item()
    assert x.dist(T(b), 2.5) == pytest.approx(want, rel=1e-12)
    assert x.max() == mt.tensor(a).max().item()
    assert x.median() == mt.tensor(a).median().item()


# =================================================================== hypothesis
shapes = st.lists(st.integers(1, 4), min_size=1, max_size=3).map(tuple)


@st.composite
def shape_and_dim(draw, min_size=1):
    shape = list(draw(shapes))
    dim = draw(st.integers(-len(shape), len(shape) - 1))
    shape[dim] = max(shape[dim], min_size)
    return tuple(shape), dim


SELECTIONS = {
    'max': (lambda x, d, k: x.max(d, keepdim=k), lambda x, d, k: x.max(d, keepdim=k)),
    'min': (lambda x, d, k: x.min(d, k), lambda x, d, k: x.min(d, keepdim=k)),
    'median': (lambda x, d, k: x.median(d, k), lambda x, d, k: x.median(d, keepdim=k)),
    'kth1': (lambda x, d, k: x.kthvalue(1, d, k), lambda x, d, k: x.kthvalue(1, d, keepdim=k)),
    'sort': (lambda x, d, k: x.sort(d, k), lambda x, d, k: x.sort(d, descending=k)),
    'topk1': (lambda x, d, k: x.topk(1, d, k), lambda x, d, k: x.topk(1, d, largest=k)),
}


@HYP
@given(sd=shape_and_dim(), keep=st.booleans(), which=st.sampled_from(sorted(SELECTIONS)),
       seed=st.integers(0, 2 ** 31 - 1), dtype=st.sampled_from(DTYPES))
def test_parity_hypothesis_selections(sd, keep, which, seed, dtype):
    mt = mtorch()
    shape, dim = sd
    rng = np.random.RandomState(seed)
    a = distinct(rng, shape, dtype)
    fn, mfn = SELECTIONS[which]
    v = Variable(torch.from_numpy(a.copy()), requires_grad=True)
    vals, idx = fn(v, dim, keep)
    m = mt.tensor(a.astype(np.float64), requires_grad=True)
    mvals, midx = mfn(m, dim, keep)
    assert tuple(vals.size()) == (tuple(mvals.shape) or (1,))
    np.testing.assert_array_equal(idx.data.numpy().reshape(-1), midx.numpy().reshape(-1))
    testing.assert_close(vals.data.numpy(), mvals.detach().numpy(), dtype=dtype, **TOL[dtype])
    go = rng.standard_normal(tuple(vals.size())).astype(dtype)
    vals.backward(torch.from_numpy(go))
    mvals.backward(mt.tensor(go.astype(np.float64)).reshape(mvals.shape))
    testing.assert_close(v.grad.data.numpy(), m.grad.numpy(), dtype=dtype, **TOL[dtype])


SMOOTH = {
    'sum': (lambda x, d, k: x.sum(d, k), lambda x, d, k: x.sum(d, keepdim=k)),
    'mean': (lambda x, d, k: x.mean(d, k), lambda x, d, k: x.mean(d, keepdim=k)),
    'prod': (lambda x, d, k: x.prod(d, k), lambda x, d, k: x.prod(d, keepdim=k)),
    'var': (lambda x, d, k: x.var(d, keepdim=k), lambda x, d, k: x.var(d, keepdim=k)),
    'std': (lambda x, d, k: x.std(d, False, k),
            lambda x, d, k: x.std(d, unbiased=False, keepdim=k)),
    'norm2': (lambda x, d, k: x.norm(2, d, k), lambda x, d, k: x.norm(2, d, keepdim=k)),
    'norm3': (lambda x, d, k: x.norm(3, d, k), lambda x, d, k: x.norm(3, d, keepdim=k)),
    'cumsum': (lambda x, d, k: x.cumsum(d), lambda x, d, k: x.cumsum(d)),
    'cumprod': (lambda x, d, k: x.cumprod(d), lambda x, d, k: x.cumprod(d)),
}


@HYP
@given(sd=shape_and_dim(min_size=2), keep=st.booleans(), which=st.sampled_from(sorted(SMOOTH)),
       seed=st.integers(0, 2 ** 31 - 1), dtype=st.sampled_from(DTYPES),
       zeros=st.integers(0, 2))
def test_parity_hypothesis_smooth(sd, keep, which, seed, dtype, zeros):
    mt = mtorch()
    shape, dim = sd
    rng = np.random.RandomState(seed)
    a = nonzero(rng, shape, dtype)
    if which in ('prod', 'cumprod'):
        flat = a.reshape(-1)
        flat[rng.choice(flat.size, size=min(zeros, flat.size), replace=False)] = 0
    fn, mfn = SMOOTH[which]
    v = Variable(torch.from_numpy(a.copy()), requires_grad=True)
    out = fn(v, dim, keep)
    m = mt.tensor(a.astype(np.float64), requires_grad=True)
    mout = mfn(m, dim, keep)
    assert tuple(out.size()) == (tuple(mout.shape) or (1,))
    testing.assert_close(out.data.numpy(), mout.detach().numpy(), dtype=dtype, **TOL[dtype])
    go = rng.standard_normal(tuple(out.size())).astype(dtype)
    out.backward(torch.from_numpy(go))
    mout.backward(mt.tensor(go.astype(np.float64)).reshape(mout.shape))
    testing.assert_close(v.grad.data.numpy(), m.grad.numpy(), dtype=dtype, **TOL[dtype])


@HYP
@given(shape=shapes, seed=st.integers(0, 2 ** 31 - 1), dtype=st.sampled_from(DTYPES),
       which=st.sampled_from(['sum', 'prod', 'max', 'min', 'median', 'norm', 'std']))
def test_hypothesis_full_tensor_numbers(shape, seed, dtype, which):
    rng = np.random.RandomState(seed)
    a = nonzero(rng, shape, dtype)
    if which == 'std' and a.size < 2:
        a = nonzero(rng, (2,), dtype)
    got = getattr(T(a, dtype), which)()
    a64 = a.astype(np.float64)
    want = {'sum': a64.sum, 'prod': a64.prod, 'max': a.max, 'min': a.min,
            'median': lambda: np.sort(a.reshape(-1))[(a.size - 1) // 2],
            'norm': lambda: np.sqrt((a64 ** 2).sum()), 'std': lambda: a64.std(ddof=1)}[which]()
    assert type(got) is float
    assert got == pytest.approx(float(want), rel=1e-12)
    vr = getattr(Variable(T(a, dtype)), which)()
    assert vr.size() == torch.Size([1])
    assert vr.data[0] == pytest.approx(float(np.asarray(want, dtype=dtype)), rel=1e-6)


def test_parity_registry_modern_spellings():
    """Each reduction op's ``modern=`` spelling (the parity suite's driver) runs and agrees."""
    mt = mtorch()
    from legacy_autograd.ops.registry import OPS
    a = distinct(np.random.RandomState(11), (3, 4), np.float64)
    x, m = T(a, np.float64), mt.tensor(a)
    cases = [
        ('sum', x.sum(), {}), ('prod', x.prod(), {}), ('max_all', x.max(), {}),
        ('min_all', x.min(), {}), ('median_all', x.median(), {}), ('trace', x.trace(), {}),
        ('norm', x.norm(3), {'p': 3.0}), ('mean', x.mean(), {}),
        ('var', x.var(), {'dim': None, 'keepdim': False, 'unbiased': True}),
        ('std', x.std(1, False, True), {'dim': 1, 'keepdim': True, 'unbiased': False}),
        ('sum_dim', x.sum(1), {'dim': 1, 'keepdim': False}),
        ('prod_dim', x.prod(0, True), {'dim': 0, 'keepdim': True}),
        ('norm_dim', x.norm(2, 1), {'p': 2.0, 'dim': 1, 'keepdim': False}),
        ('max_dim', x.max(1), {'dim': 1, 'keepdim': False}),
        ('min_dim', x.min(0, True), {'dim': 0, 'keepdim': True}),
        ('median_dim', x.median(1), {'dim': 1, 'keepdim': False}),
        ('mode', x.mode(1), {'dim': 1, 'keepdim': False}),
        ('kthvalue', x.kthvalue(2, 1), {'dim': 1, 'keepdim': False, 'k': 2}),
        ('sort', x.sort(0, True), {'dim': 0, 'descending': True}),
        ('topk', x.topk(2, 1), {'dim': 1, 'k': 2, 'largest': True, 'sorted': True}),
        ('cumsum', x.cumsum(1), {'dim': 1}), ('cumprod', x.cumprod(0), {'dim': 0}),
    ]
    for name, legacy, params in cases:
        modern = OPS[name].modern(mt, m, **params)
        for lv, mv in zip(_as_list(legacy), list(modern) if isinstance(modern, tuple) else [modern]):
            lv = np.asarray(lv.numpy() if hasattr(lv, 'numpy') else lv, dtype=np.float64)
            np.testing.assert_allclose(lv.reshape(-1), mv.double().numpy().reshape(-1),
                                       rtol=1e-12, err_msg=name)
    b = distinct(np.random.RandomState(12), (3, 4), np.float64) + 0.0625
    y = T(b, np.float64)
    for name, legacy in [('max_binary', torch.max(x, y)), ('min_binary', torch.min(x, y))]:
        np.testing.assert_array_equal(legacy.numpy(), OPS[name].modern(mt, m, mt.tensor(b)).numpy())
    assert OPS['dist'].modern(mt, m, mt.tensor(b), p=3.0).item() == pytest.approx(x.dist(y, 3))
