"""Error parity: where modern torch raises, legacy_autograd raises too, with the legacy message.

Each case runs the same failing computation in both libraries (``testing.assert_raises_parity``)
and checks the legacy message against the 0.3 text (``spec.md`` section 3 for the autograd
engine errors; the TH/ATen texts of 0.3 for the op errors).  Exception *types* are compared
only where 0.3 and modern torch agree: modern raises ``IndexError`` for a dim out of range
where 0.3 raised ``RuntimeError``.
"""
import numpy as np
import pytest

pytest.importorskip('torch', reason='modern PyTorch (torch==2.13.0) is not installed: the '
                                    "parity tests compare against it; pip install -e '.[test]'")

import legacy_autograd as L  # noqa: E402
from legacy_autograd import testing as T  # noqa: E402
from legacy_autograd.autograd import Variable  # noqa: E402
import legacy_autograd.autograd as LA  # noqa: E402

A23 = np.arange(6.0).reshape(2, 3) / 7 + 0.5
A45 = np.ones((4, 5))
A3 = np.array([1.0, 2.0, 3.0])


def _twice(y_fn):
    def run(x):
        y = y_fn(x)
        y.sum().backward()
        y.sum().backward()
    return run


def _grad_twice(lib_grad):
    def run(x):
        y = (x * x).sum()
        lib_grad([y], [x])
        lib_grad([y], [x])
    return run


def _saved_modified(x):
    h = x * 1.0
    y = h * h          # saves h
    h.exp_()           # ... which is then modified in place
    y.sum().backward()


def _long(lib, values):
    return L.LongTensor(values) if lib == 'legacy' else __import__('torch').tensor(values)


# (id, legacy fn of Variables, modern fn of tensors, arrays, legacy message regex)
CASES = [
    # ------------------------------------------------------------------ autograd engine
    ('backward_through_freed_buffers', _twice(lambda x: x * x), _twice(lambda x: x * x), [A23],
     r'^Trying to backward through the graph a second time, but the buffers have already been '
     r'freed\. Specify retain_graph=True when calling backward the first time\.$'),
    ('grad_through_freed_buffers', _grad_twice(LA.grad),
     _grad_twice(lambda o, i: __import__('torch').autograd.grad(o, i)), [A23],
     r'^Trying to backward through the graph a second time, but the buffers have already been freed'),
    ('non_scalar_backward_without_gradient', lambda x: (x * 2).backward(),
     lambda x: (x * 2).backward(), [A23],
     r'^grad can be implicitly created only for scalar outputs$'),
    ('backward_of_a_graph_that_needs_no_grad', lambda x: x.detach().sum().backward(),
     lambda x: x.detach().sum().backward(), [A23],
     r'^element 0 of variables does not require grad and does not have a grad_fn$'),
    ('saved_value_modified_in_place', _saved_modified, _saved_modified, [A23],
     r'^one of the variables needed for gradient computation has been modified by an inplace '
     r'operation$'),
    ('in_place_on_a_leaf_requiring_grad', lambda x: x.add_(1), lambda x: x.add_(1), [A23],
     r'^a leaf Variable that requires grad has been used in an in-place operation\.$'),
    ('grad_of_an_unused_input', lambda x, y: LA.grad([x.sum()], [y]),
     lambda x, y: __import__('torch').autograd.grad([x.sum()], [y]), [A23, A23],
     r'^One of the differentiated Variables appears to not have been used in the graph$'),
    ('grad_of_an_input_not_requiring_grad', lambda x, y: LA.grad([(x * y.detach()).sum()],
                                                                  [y.detach()]),
     lambda x, y: __import__('torch').autograd.grad([(x * y.detach()).sum()], [y.detach()]),
     [A23, A23], r'^One of the differentiated Variables does not require grad$'),
    ('gradient_of_the_wrong_size', lambda x: (x * 2).backward(L.DoubleTensor(4).zero_()),
     lambda x: (x * 2).backward(__import__('torch').zeros(4, dtype=x.dtype)), [A23],
     r'^gradient of size \[4\] does not match the output of size \[2 x 3\]'),
    # ------------------------------------------------------------------ shapes
    ('broadcast_mismatch_add', lambda a, b: a + b, lambda a, b: a + b, [A23, A45],
     r'^The size of tensor a \(\d+\) must match the size of tensor b \(\d+\) at non-singleton '
     r'dimension \d+$'),
    ('broadcast_mismatch_mul', lambda a, b: a * b, lambda a, b: a * b, [A23, A45],
     r'^The size of tensor a \(\d+\) must match the size of tensor b \(\d+\)'),
    ('broadcast_mismatch_lerp', lambda a, b: a.lerp(b, 0.5), lambda a, b: a.lerp(b, 0.5),
     [A23, A45], r'^The size of tensor a \(\d+\) must match the size of tensor b \(\d+\)'),
    ('broadcast_mismatch_addcmul', lambda a, b: a.addcmul(b, a), lambda a, b: a.addcmul(b, a),
     [A23, A45], r'^The size of tensor a \(\d+\) must match the size of tensor b \(\d+\)'),
    ('mm_size_mismatch', lambda a, b: a.mm(b), lambda a, b: a.mm(b), [A23, A45],
     r'^size mismatch, m1: \[2 x 3\], m2: \[4 x 5\]$'),
    ('addmm_size_mismatch', lambda c, a, b: c.addmm(a, b), lambda c, a, b: c.addmm(a, b),
     [np.ones((2, 5)), A23, A45], r'^size mismatch, m1: \[2 x 3\], m2: \[4 x 5\]$'),
    ('mv_size_mismatch', lambda a, v: a.mv(v), lambda a, v: a.mv(v), [A23, np.ones(4)],
     r'^size mismatch, \[2 x 3\], \[4\]$'),  # THTensor_(addmv)
    ('bmm_size_mismatch', lambda a, b: a.bmm(b), lambda a, b: a.bmm(b),
     [np.ones((2, 2, 3)), np.ones((2, 4, 2))],
     r'^invalid argument 2: wrong matrix size, batch1: 2x3, batch2: 4x2$'),
    ('dot_size_mismatch', lambda a, b: a.dot(b), lambda a, b: a.dot(b), [A3, np.ones(4)],
     r'^inconsistent tensor size, expected tensor \[3\] and src \[4\] to have the same number '
     r'of elements, but got 3 and 4 elements respectively$'),
    ('view_invalid_size', lambda a: a.view(4, 2), lambda a: a.view(4, 2), [A23],
     r"^invalid argument 2: size '\[4 x 2\]' is invalid for input with 6 elements$"),
    ('view_not_contiguous', lambda a: a.t().view(-1), lambda a: a.t().view(-1), [A23],
     r'^invalid argument 1: input is not contiguous$'),
    ('expand_non_singleton', lambda a: a.expand(2, 4), lambda a: a.expand(2, 4), [A23],
     r'^The expanded size of the tensor \(4\) must match the existing size \(3\) at '
     r'non-singleton dimension 1\.$'),     # TH's sentence ends with a period (THStorage.c)
    ('cat_inconsistent_sizes', lambda a, b: L.cat([a, b], 0),
     lambda a, b: __import__('torch').cat([a, b], 0), [A23, np.ones((2, 4))],
     r'^inconsistent tensor sizes$'),
    ('t_of_a_3d_tensor', lambda a: a.t(), lambda a: a.t(), [np.ones((2, 2, 2))],
     r'^t\(\) expects a 2D tensor, but self is 3D$'),
    ('permute_wrong_number_of_dims', lambda a: a.permute(0, 1, 2), lambda a: a.permute(0, 1, 2),
     [A23], r"^number of dims don't match in permute$"),
    ('repeat_fewer_dims', lambda a: a.repeat(2), lambda a: a.repeat(2), [A23],
     r'^Number of dimensions of repeat dims can not be smaller than number of dimensions of '
     r'tensor$'),
    ('narrow_out_of_range', lambda a: a.narrow(1, 2, 3), lambda a: a.narrow(1, 2, 3), [A23],
     r'^invalid argument 4: out of range$'),
    ('masked_select_mask_not_broadcastable',
     lambda a: a.masked_select(Variable(L.ByteTensor([1, 0, 1, 1]))),
     lambda a: a.masked_select(__import__('torch').tensor([True, False, True, True])), [A23],
     r'^The size of tensor a \(\d+\) must match the size of tensor b \(\d+\)'),
    # ------------------------------------------------------------------ dims and indices
    ('sum_dim_out_of_range', lambda a: a.sum(3), lambda a: a.sum(3), [A23],
     r'^dimension out of range \(expected to be in range of \[-2, 1\], but got 3\)$'),
    ('unsqueeze_dim_out_of_range', lambda a: a.unsqueeze(4), lambda a: a.unsqueeze(4), [A23],
     r'^dimension out of range \(expected to be in range of \[-3, 2\], but got 4\)$'),
    ('transpose_dim_out_of_range', lambda a: a.transpose(0, 2), lambda a: a.transpose(0, 2), [A23],
     r'^dimension out of range \(expected to be in range of \[-2, 1\], but got 2\)$'),
    ('select_index_out_of_range', lambda a: a.select(0, 5), lambda a: a.select(0, 5), [A23],
     r'^index 5 is out of range for dimension 0 \(of size 2\)$'),
    ('getitem_index_out_of_range', lambda a: a[5], lambda a: a[5], [A23],
     r'^index 5 is out of range for dimension 0 \(of size 2\)$'),
    ('kthvalue_k_out_of_range', lambda a: a.kthvalue(5, 1), lambda a: a.kthvalue(5, 1), [A23],
     r'^invalid argument 2: selected index out of range$'),
    ('topk_k_out_of_range', lambda a: a.topk(5, 1), lambda a: a.topk(5, 1), [A23],
     r'^invalid argument 2: k not in range for dimension$'),
    ('gather_index_out_of_range', lambda a: a.gather(1, Variable(L.LongTensor([[5], [0]]))),
     lambda a: a.gather(1, __import__('torch').tensor([[5], [0]])), [A23],
     r'^Invalid index in gather$'),
    ('index_select_index_out_of_range', lambda a: a.index_select(1, Variable(L.LongTensor([7]))),
     lambda a: a.index_select(1, __import__('torch').tensor([7])), [A23],
     r'^invalid argument 3: index out of range$'),
    # ------------------------------------------------------------------ types
    ('mm_float_by_double', lambda a, b: a.float().mm(b), lambda a, b: a.float().mm(b),
     [A23, np.ones((3, 2))],
     r"^Expected object of type Variable\[torch\.FloatTensor\] but found type "
     r"Variable\[torch\.DoubleTensor\] for argument #1 'mat2'$"),
    # (integer pow: 0.3.1 had no pow for integer types at all; test_type_support.py)
    ('integer_division_by_zero', lambda a: _long('legacy', [2, 3]) / _long('legacy', [1, 0]),
     lambda a: __import__('torch').div(_long('modern', [2, 3]), _long('modern', [1, 0]),
                                       rounding_mode='trunc'), [A3],
     r'ZeroDivisionError'),
]


@pytest.mark.parametrize('legacy_fn,modern_fn,arrays,match',
                         [pytest.param(*c[1:], id=c[0]) for c in CASES])
def test_parity_error(legacy_fn, modern_fn, arrays, match):
    lexc, mexc = T.assert_raises_parity(legacy_fn, modern_fn, *arrays, match=match)
    assert isinstance(lexc, (RuntimeError, TypeError, IndexError, ValueError))


def test_parity_error_broadcast_names_the_same_dimension():
    # 0.3's TH (THLongStorage_inferSize2: ``for (i = ndim - 1; i >= 0; --i)``), 0.3's ATen
    # infer_size and modern torch all scan the dims from the last one: the message names the
    # rightmost mismatching dimension
    lexc, mexc = T.assert_raises_parity(lambda a, b: a + b, lambda a, b: a + b, A23, A45)
    assert str(lexc) == str(mexc), (str(lexc), str(mexc))


def test_parity_error_expand_names_the_same_dimension():
    # likewise THLongStorage_inferExpandGeometry; modern appends the sizes after the sentence
    lexc, mexc = T.assert_raises_parity(lambda a: a.expand(4, 4), lambda a: a.expand(4, 4), A23)
    assert str(lexc) == str(mexc).split('  Target sizes')[0], (str(lexc), str(mexc))


def test_parity_error_same_exception_type_for_runtime_errors():
    lexc, mexc = T.assert_raises_parity(lambda a, b: a.mm(b), lambda a, b: a.mm(b), A23, A45,
                                        legacy_type=RuntimeError, modern_type=RuntimeError)
    assert 'size mismatch' in str(lexc) and 'size mismatch' not in str(mexc)


def test_parity_error_dim_out_of_range_types_differ_by_design():
    # 0.3 raised RuntimeError; modern torch raises IndexError (same text, capitalised)
    lexc, mexc = T.assert_raises_parity(lambda a: a.sum(5), lambda a: a.sum(5), A23,
                                        legacy_type=RuntimeError, modern_type=IndexError)
    assert str(lexc).lower() == str(mexc).lower()


def test_parity_error_float_plus_double_raises_in_legacy_only():
    # modern torch promotes (silent change); 0.3 refused the mix.  Not an error-parity case,
    # but the helper must report that modern did not raise.
    with pytest.raises(T.ParityError, match='modern torch did not raise'):
        T.assert_raises_parity(lambda a, b: a.float() + b, lambda a, b: a.float() + b, A23, A23)
