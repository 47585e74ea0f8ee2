"""Bridged ``torch.*`` functions and ``Tensor`` methods: seeding, creation, in-place fills.

Each wrapper calls the original first (so arguments, errors, ``out=``, ``dtype=``,
``requires_grad=`` and autograd behave as in modern torch), then, for a CPU tensor of
a type 0.3 had and no explicit non-default ``generator=``, replaces the values with
what 0.3 drew.  The 0.3 algorithms are ``legacy_autograd.rng.Generator``'s.
"""
import numpy as np

from . import _core
from ._core import FLOATS, RANDOM_KINDS, BERNOULLI_KINDS

_NO_ARG = object()
_DOC = '0.3 stream (legacy_autograd.rng_bridge); modern signature.\n\n'


def _args(args, kwargs, names, defaults):
    """Bind ``args``/``kwargs`` to ``names`` (positional first); missing -> defaults."""
    out = list(defaults)
    for i, v in enumerate(args[:len(names)]):
        out[i] = v
    for i, n in enumerate(names):
        if n in kwargs:
            out[i] = kwargs[n]
    return out


# ------------------------------------------------------------------ seeding and state
def make_seeding(torch, orig):
    gen = _core.generator

    def manual_seed(seed):
        result = orig['manual_seed'](seed)
        gen().manual_seed(int(seed))
        return result

    def initial_seed():
        return gen().initial_seed()

    def seed():
        s = gen().seed()
        orig['manual_seed'](s)
        return s

    def get_rng_state():
        return torch.from_numpy(gen().get_state().copy())

    def set_rng_state(new_state):
        if not isinstance(new_state, torch.Tensor) or new_state.dtype != torch.uint8:
            raise TypeError('set_rng_state expected a torch.ByteTensor, but got %s'
                            % (type(new_state).__name__ if not isinstance(new_state, torch.Tensor)
                               else new_state.type()))
        gen().set_state(_core.array(new_state).copy())

    return {'manual_seed': manual_seed, 'initial_seed': initial_seed, 'seed': seed,
            'get_rng_state': get_rng_state, 'set_rng_state': set_rng_state}


# ------------------------------------------------------------------ creation functions
def _creation(orig, method, *fill_args):
    def fn(*args, **kwargs):
        res = orig(*args, **kwargs)
        if _core.bridged_call(kwargs) and _core.np_dtype(res, FLOATS) is not None:
            _core.fill(res, method, *fill_args)
        return res
    fn.__name__ = orig.__name__
    fn.__doc__ = _DOC + (orig.__doc__ or '')
    return fn


def make_creation(torch, orig):
    out = {
        'rand': _creation(orig['rand'], 'fill_uniform', 0.0, 1.0),
        'randn': _creation(orig['randn'], 'fill_normal', 0.0, 1.0),
        'rand_like': _creation(orig['rand_like'], 'fill_uniform', 0.0, 1.0),
        'randn_like': _creation(orig['randn_like'], 'fill_normal', 0.0, 1.0),
    }

    def randperm(n, *args, **kwargs):
        res = orig['randperm'](n, *args, **kwargs)
        if _core.bridged_call(kwargs) and _core.np_dtype(res, RANDOM_KINDS) is not None \
                and res.numel() > 0:
            _core.write(res, _core.generator().randperm(int(n)))
        return res

    def multinomial(input, num_samples, replacement=False, **kwargs):
        res = orig['multinomial'](input, num_samples, replacement, **kwargs)
        if _core.bridged_call(kwargs) and _core.np_dtype(input, FLOATS) is not None:
            drawn = _core.generator().multinomial(_core.array(input), int(num_samples),
                                                  bool(replacement))
            _core.write(res, drawn)
        return res

    def normal(*args, **kwargs):
        res = orig['normal'](*args, **kwargs)
        if not _core.bridged_call(kwargs) or _core.np_dtype(res, FLOATS) is None:
            return res
        mean, std, size = _args(args, kwargs, ('mean', 'std', 'size'), (0.0, 1.0, _NO_ARG))
        if size is not _NO_ARG:                   # normal(mean, std, size): floats
            return _core.fill(res, 'fill_normal', float(mean), float(std))
        # 0.3: the result has the shape of the means (or of the stds); pairs by element count
        ref = mean if isinstance(mean, torch.Tensor) else std
        if not isinstance(ref, torch.Tensor) or ref.numel() != res.numel() or res.numel() == 0:
            return res
        vals = _core.generator().normal_tensor(_core.float_or_array(mean),
                                               _core.float_or_array(std))
        _core.write(res, np.asarray(vals).astype(_core.np_dtype(res)))
        return res

    def bernoulli(input, *args, **kwargs):
        res = orig['bernoulli'](input, *args, **kwargs)
        if _core.bridged_call(kwargs) and _core.np_dtype(res, BERNOULLI_KINDS) is not None:
            p, = _args(args, kwargs, ('p',), (_NO_ARG,))
            if p is _NO_ARG or p is None:
                _core.fill(res, 'fill_bernoulli', _core.array(input))
            else:
                _core.fill(res, 'fill_bernoulli', _core.float_or_array(p))
        return res

    def randint(*args, **kwargs):
        """0.4's randint(low=0, high, size): ``random_(low, high)`` on a tensor of that size."""
        res = orig['randint'](*args, **kwargs)
        dtype = _core.np_dtype(res, RANDOM_KINDS)
        if not _core.bridged_call(kwargs) or dtype is None or res.numel() == 0:
            return res
        pos = list(args)
        if len(pos) >= 3 or (len(pos) == 2 and 'size' in kwargs) or \
                (len(pos) == 1 and 'high' in kwargs):
            low = pos[0]
            high = pos[1] if len(pos) >= 2 else kwargs['high']
        else:
            low = kwargs.get('low', 0)
            high = pos[0] if pos else kwargs['high']
        if dtype.kind == 'f' and low < 0:
            return res                 # 0.3's unsigned arithmetic would give ~1.8e19 here
        return _core.fill(res, 'fill_random', int(low), int(high))

    out.update(randperm=randperm, multinomial=multinomial, normal=normal, bernoulli=bernoulli,
               randint=randint)
    for name, fn in out.items():
        fn.__name__ = name
    return out


# ------------------------------------------------------------------ Tensor methods
def _ints(*xs):
    return tuple(int(x) for x in xs)


def _parse_random(args, kwargs):
    a = list(args)
    if 'from' in kwargs:
        a.insert(0, kwargs['from'])
    if 'to' in kwargs:
        a.append(kwargs['to'])
    if any(x is None for x in a):
        return None                                # random_(from, None): not in 0.3
    return _ints(*a)


_METHODS = {
    # name: (generator method, tensor types, argument parser -> fill args or None)
    'normal_': ('fill_normal', FLOATS,
                lambda a, k: tuple(float(x) for x in _args(a, k, ('mean', 'std'), (0, 1)))),
    'uniform_': ('fill_uniform', FLOATS,
                 lambda a, k: tuple(float(x) for x in _args(a, k, ('from', 'to'), (0, 1)))),
    'random_': ('fill_random', RANDOM_KINDS, _parse_random),
    'bernoulli_': ('fill_bernoulli', BERNOULLI_KINDS,
                   lambda a, k: (_core.float_or_array(_args(a, k, ('p',), (0.5,))[0]),)),
    'exponential_': ('fill_exponential', FLOATS,
                     lambda a, k: (float(_args(a, k, ('lambd',), (1,))[0]),)),
    'cauchy_': ('fill_cauchy', FLOATS,
                lambda a, k: tuple(float(x) for x in _args(a, k, ('median', 'sigma'), (0, 1)))),
    'log_normal_': ('fill_log_normal', FLOATS,
                    lambda a, k: tuple(float(x) for x in _args(a, k, ('mean', 'std'), (1, 2)))),
    'geometric_': ('fill_geometric', RANDOM_KINDS,
                   lambda a, k: (float(_args(a, k, ('p',), (None,))[0]),)),
}


def _method(name, orig):
    method, kinds, parse = _METHODS[name]

    def fn(self, *args, **kwargs):
        res = orig(self, *args, **kwargs)
        if _core.bridged_call(kwargs) and _core.np_dtype(self, kinds) is not None:
            fill_args = parse(args, kwargs)
            if fill_args is not None:
                _core.fill(self, method, *fill_args)
        return res
    fn.__name__ = name
    fn.__doc__ = _DOC + (orig.__doc__ or '')
    return fn


METHOD_NAMES = tuple(_METHODS)


def make_methods(torch, orig, orig_fns):
    out = {name: _method(name, orig[name]) for name in METHOD_NAMES}
    fns = make_creation(torch, orig_fns)

    def multinomial(self, num_samples, replacement=False, **kwargs):
        return fns['multinomial'](self, num_samples, replacement, **kwargs)

    def bernoulli(self, *args, **kwargs):
        return fns['bernoulli'](self, *args, **kwargs)

    multinomial.__name__, bernoulli.__name__ = 'multinomial', 'bernoulli'
    out.update(multinomial=multinomial, bernoulli=bernoulli)
    return out
