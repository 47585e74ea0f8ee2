"""``torch.optim.Optimizer`` as in PyTorch 0.3: parameter groups, per-parameter state,
``state_dict`` / ``load_state_dict`` with parameters packed as ``id()`` numbers, and
``zero_grad`` that zeroes volatile gradients in place and replaces the others.

Subclasses implement ``step`` on ``p.data`` with tensor operations, so the arithmetic
(float32 for FloatTensor parameters) is the tensor library's, as it was in 0.3.
"""
from collections import defaultdict
from copy import deepcopy
from itertools import chain

from ..autograd.variable import Variable
from ..tensor import _TensorBase, typename as legacy_typename
from ..ops.functions import TORCH as _TORCH_FUNCTIONS

__all__ = ['Optimizer', 'required']


def torch_namespace():
    """The ``torch.*`` functions the optimizers call (``torch.max``, ``torch.cat``), from the ops
    layer below (never the ``torch`` namespace above)."""
    return _TORCH_FUNCTIONS


class _Required(object):
    """Marker for an option without a default (0.3: ``required = object()``)."""
    __slots__ = ()


#: default value of options a parameter group must provide (SGD's ``lr``)
required = _Required()


def scalar(value):
    """A loss returned by a closure as a Python float (0.3 read ``loss.data[0]``)."""
    if isinstance(value, Variable):
        return value.data[0]
    if isinstance(value, _TensorBase):
        return value[0]
    return float(value)


class Optimizer(object):
    """Base class of all optimizers.

    ``params``: an iterable of Variables, or of dicts each holding ``'params'`` and per-group
    options. ``defaults``: the option values used where a group does not give its own.
    """

    def __init__(self, params, defaults):
        self.defaults = defaults

        if isinstance(params, (Variable, _TensorBase)):
            raise TypeError('params argument given to the optimizer should be '
                            'an iterable of Variables or dicts, but got ' + legacy_typename(params))

        self.state = defaultdict(dict)
        self.param_groups = []

        param_groups = list(params)
        if len(param_groups) == 0:
            raise ValueError('optimizer got an empty parameter list')
        if not isinstance(param_groups[0], dict):
            param_groups = [{'params': param_groups}]

        for param_group in param_groups:
            self.add_param_group(param_group)

    # ------------------------------------------------------------------ pickling
    def __getstate__(self):
        return {
            'defaults': self.defaults,
            'state': self.state,
            'param_groups': self.param_groups,
        }

    def __setstate__(self, state):
        self.__dict__.update(state)

    # ------------------------------------------------------------------ state dicts
    def state_dict(self):
        """The optimizer state as a dict with two entries:

        * ``state``: per-parameter state, keyed by the parameter's ``id()``;
        * ``param_groups``: the groups' options, with ``params`` a list of ``id()`` numbers.

        Tensors in the state are shared, not copied (as in 0.3).
        """
        groups = []
        for group in self.param_groups:
            entry = {key: value for key, value in group.items() if key != 'params'}
            entry['params'] = [id(p) for p in group['params']]
            groups.append(entry)
        state = {}
        for key, value in self.state.items():
            state[id(key) if isinstance(key, Variable) else key] = value
        return {'state': state, 'param_groups': groups}

    def load_state_dict(self, state_dict):
        """Load a state made by :meth:`state_dict` (deep-copied first). Parameters are
        matched by position within the groups; state tensors keep their own type (0.3.1 cast
        nothing: a FloatTensor buffer loaded for a DoubleTensor parameter makes the next step
        fail on the mixed types, as it did there)."""
        state_dict = deepcopy(state_dict)
        groups = self.param_groups
        saved_groups = state_dict['param_groups']

        if len(groups) != len(saved_groups):
            raise ValueError('loaded state dict has a different number of '
                             'parameter groups')
        for mine, saved in zip(groups, saved_groups):
            if len(mine['params']) != len(saved['params']):
                raise ValueError("loaded state dict contains a parameter group "
                                 "that doesn't match the size of optimizer's group")

        saved_ids = chain.from_iterable(g['params'] for g in saved_groups)
        current = chain.from_iterable(g['params'] for g in groups)
        param_of = dict(zip(saved_ids, current))

        state = defaultdict(dict)
        for key, value in state_dict['state'].items():
            param = param_of.get(key)
            if param is None:          # state not tied to a parameter is kept as it is
                state[key] = value
            else:
                state[param] = value

        for mine, saved in zip(groups, saved_groups):
            saved['params'] = mine['params']
        self.__setstate__({'state': state, 'param_groups': saved_groups})

    # ------------------------------------------------------------------ gradients
    def zero_grad(self):
        """Clear the gradients of all optimized Variables.

        A volatile gradient (what an ordinary ``backward`` leaves) is zeroed in place; a
        gradient that is part of a graph (``create_graph=True``) is replaced by a new
        zero Variable, so the graph it belongs to is left untouched.
        """
        for group in self.param_groups:
            for p in group['params']:
                grad = p.grad
                if grad is not None:
                    if grad.volatile:
                        grad.data.zero_()
                    else:
                        data = grad.data
                        p.grad = Variable(self._zeros_like(data))

    @staticmethod
    def _closure_loss(closure):
        """The loss ``closure`` (optional) returns after re-evaluating the model, else None."""
        return closure() if closure is not None else None

    @staticmethod
    def _zeros_like(t):
        """A zero state buffer of ``t``'s type and size (0.3's ``new().resize_as_().zero_()``)."""
        return t.new().resize_as_(t).zero_()

    def _params_with_grad(self):
        """``(group, p, grad data, state)`` for every parameter that has a gradient, in order
        (the loop every 0.3 ``step`` starts with)."""
        for group in self.param_groups:
            for p in group['params']:
                grad = p.grad
                if grad is None:
                    continue
                yield group, p, grad.data, self.state[p]

    def step(self, closure):
        """Perform one optimization step (implemented by each optimizer)."""
        raise NotImplementedError

    # ------------------------------------------------------------------ groups
    def add_param_group(self, param_group):
        """Add a group (a dict with ``'params'`` and optional per-group options)."""
        assert isinstance(param_group, dict), 'param group must be a dict'

        params = param_group['params']
        if isinstance(params, Variable):
            param_group['params'] = [params]
        else:
            param_group['params'] = list(params)

        for param in param_group['params']:
            if not isinstance(param, Variable):
                raise TypeError('optimizer can only optimize Variables, '
                                'but one of the params is ' + legacy_typename(param))
            if not param.requires_grad:
                raise ValueError("optimizing a parameter that doesn't require gradients")
            if not param.is_leaf:
                raise ValueError("can't optimize a non-leaf Variable")

        for name, default in self.defaults.items():
            if default is required and name not in param_group:
                raise ValueError("parameter group didn't specify a value of required "
                                 "optimization parameter " + name)
            else:
                param_group.setdefault(name, default)

        param_set = set()
        for group in self.param_groups:
            param_set.update(set(group['params']))

        if not param_set.isdisjoint(set(param_group['params'])):
            raise ValueError('some parameters appear in more than one parameter group')

        self.param_groups.append(param_group)
        self._init_group_state(param_group)

    def _init_group_state(self, group):
        """Hook for optimizers that create state when parameters are added (Adagrad)."""
