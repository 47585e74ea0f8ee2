"""Behaviour of the front-end, dispatch, autograd and tensor files that the random wider-kind
mutants of helper hwideH (seed 2001) showed unguarded.

* the profiler's table: the name column is as wide as the LONGEST event key plus 4 (0.3.1
  ``torch/autograd/profiler.py`` ``build_table``: ``max_name_length = max(len(evt.key) ...)``),
  so every row keeps its columns aligned when the keys differ in length;
* a custom Function's gradient of another type than its input (a DoubleTensor for a FloatTensor)
  is cast to the input's type in a recorded backward (``create_graph=True``, the Variable
  backend's ``fix_grad``) as in an ordinary one: the package's documented single cast in the
  engine (docs/autograd.md, known differences: 0.3.1's ``PyFunction::apply`` in
  ``python_function.cpp`` passed such a gradient on uncast).
"""
import pytest

import legacy_autograd as L
from legacy_autograd.autograd import Function, Variable
from legacy_autograd.autograd import profiler


def test_profiler_table_name_column_fits_the_longest_key():
    x = Variable(L.randn(4))
    with profiler.profile() as prof:
        y = x + 1
        y.sigmoid()
    lines = prof.key_averages().table().split('\n')
    width = len('sigmoid') + 4
    assert lines[0] == '-' * width + ('  ' + '-' * 15) * 5
    assert lines[1].startswith('Name' + ' ' * (width - 4) + '  ')
    assert lines[3].startswith('add' + ' ' * (width - 3) + ' ')
    assert lines[4].startswith('sigmoid' + ' ' * 4 + ' ')
    # every line of the table has one length: the columns line up
    assert len(set(len(line) for line in lines[:5])) == 1
    assert len(lines[0]) == width + 17 * 5


class _DoubleGrad(Function):
    """A custom Function whose backward hands back a DoubleTensor gradient for its input."""

    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, g):
        return g.double() * 2


@pytest.mark.parametrize('create_graph', [False, True])
def test_a_custom_gradient_of_another_type_is_cast_to_the_inputs_type(create_graph):
    # docs/autograd.md: gradients are cast to the input's type in one place (the engine),
    # in an ordinary backward and in a recorded one (create_graph) alike
    x = Variable(L.FloatTensor([1, 2, 3]), requires_grad=True)
    _DoubleGrad.apply(x).sum().backward(create_graph=create_graph)
    assert type(x.grad.data) is L.FloatTensor
    assert x.grad.data.tolist() == [2, 2, 2]
    x = Variable(L.FloatTensor([1, 2, 3]), requires_grad=True)
    g, = L.autograd.grad((_DoubleGrad.apply(x) * 3).sum(), x, create_graph=create_graph)
    assert type(g.data) is L.FloatTensor
    assert g.data.tolist() == [6, 6, 6]
