"""Tensor creation: zeros, ones, rand, randn, arange, range, linspace, logspace, eye,
and the random in-place fills (normal_, uniform_, random_, bernoulli_, ...).

All creation functions return the default tensor type (``torch.FloatTensor``
unless ``set_default_tensor_type`` changed it); ``arange``/``range`` too, even
for integer arguments (0.3 behaviour).  Random numbers come from the exact 0.3
generator in ``legacy_autograd.rng``.
"""
import functools
import math
import warnings

import numpy as np

from .surface import function, method
from .schema import Call, X, variable_out_error
from ..tensor import default_tensor_type, LongTensor, _TensorBase, _default as _default_type, \
    _uninitialised
from ..autograd.variable import Variable
from ..autograd import _functions
from .. import rng
from .. import errors
from ..size import th_sizes
from ._common import tensor_of, array_of
from . import _args
from .type_support import check_floating, unsupported
from ..quiet import quietly


def _sizes(sizes, name):
    if len(sizes) == 1 and isinstance(sizes[0], (tuple, list)):
        sizes = tuple(sizes[0])
    ok = True
    for s in sizes:                       # fast path: plain positive ints
        if type(s) is not int or s <= 0:
            ok = False
            break
    if ok:
        return tuple(sizes)
    # 0.3.1's TH (THTensor_(resizeNd)) cut the sizes at the first one that is not positive
    return th_sizes([int(s) for s in _args.int_list(sizes, name)])


# ``out=`` of a creation function decides the result's type (0.3 dispatched on it): the
# wrapper below sets this while the function runs
_OUT_CLS = [None]


def _default_cls():
    return _OUT_CLS[0] or default_tensor_type()


_empty = np.empty
_new_obj = object.__new__


_FLOATING = (np.dtype(np.float32), np.dtype(np.float64))


def _creation_out(keep_numel=False, floating_only=False):
    """``out=`` for creation functions: the result is made in ``out``'s type and written
    into it; with ``keep_numel`` (arange, range, linspace, logspace) an ``out`` with the
    right number of elements keeps its shape and is filled in row-major order, as TH did.
    ``floating_only`` (rand, randn, linspace, logspace): an ``out`` of another type than
    Float or Double gets 0.3.1's ``Type torch.LongTensor doesn't implement stateless method
    rand``."""
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, out=None, **kwargs):
            if out is None:
                return fn(*args, **kwargs) if kwargs else fn(*args)
            if isinstance(out, Variable):
                raise variable_out_error()
            if not isinstance(out, _TensorBase):
                raise TypeError('out= must be a tensor, got %s' % type(out).__name__)
            if floating_only and type(out)._dtype not in _FLOATING:
                # cwrap declared it for Float and Double only: the function dispatched on
                # out's type found no such stateless method
                raise unsupported(fn.__name__, 'tensor', out.type())
            _OUT_CLS[0] = type(out)
            try:
                result = fn(*args, **kwargs)
            finally:
                _OUT_CLS[0] = None
            src = result._a
            dst = out._a
            if dst.shape == src.shape or (keep_numel and dst.size == src.size and src.size):
                np.copyto(dst, src.reshape(dst.shape), casting='unsafe')
            else:
                out._a = np.ascontiguousarray(src, dtype=type(out)._dtype)
            return out
        return wrapper
    return deco


def _new(shape, fill=None, cls=None):
    cls = cls or _OUT_CLS[0] or _default_type['cls']        # _default_cls(), inline
    if not shape or 0 in shape:
        return cls._wrap(np.empty((0,), dtype=cls._dtype))
    dtype = cls._dtype
    errors.check_alloc_size(shape, dtype.itemsize)
    try:
        a = _empty(shape, dtype=dtype)
    except MemoryError:
        raise errors.out_of_memory(math.prod(shape) * dtype.itemsize)
    if fill is not None:
        a.fill(fill)            # np.full does the same (empty, then a cast copy), more slowly
    t = _new_obj(cls)           # cls._wrap(a), inline: a has at least one dimension and element
    t._a = a
    t._version = [0]
    return t


@function(out=False, dtypes=('float32',), calls=(Call(3, 4, receiver=False), Call(2, receiver=False)))
@_creation_out()
def zeros(*sizes):
    return _new(_sizes(sizes, 'zeros'), 0)


@function(out=False, dtypes=('float32',), calls=(Call(3, 4, receiver=False), Call(2, 1, 3, receiver=False)))
@_creation_out()
def ones(*sizes):
    return _new(_sizes(sizes, 'ones'), 1)


@function(calls=(Call(X, receiver=False, variables=False),),
          dtypes=('float32', 'float64', 'int64'))
def zeros_like(input):
    _args.tensor_arg(input, 'zeros_like', 'input', 1)
    t = tensor_of(input)
    return type(t)._wrap(np.zeros_like(t._a))


@function(calls=(Call(X, receiver=False, variables=False),),
          dtypes=('float32', 'float64', 'int64'))
def ones_like(input):
    _args.tensor_arg(input, 'ones_like', 'input', 1)
    t = tensor_of(input)
    return type(t)._wrap(np.ones_like(t._a))


@function(out=False, dtypes=('float32',), calls=(Call(3, 4, receiver=False, random=True),))
@_creation_out(floating_only=True)
def rand(*sizes, generator=None):
    gen = rng.generator_of(generator, 'rand')
    t = _new(_sizes(sizes, 'rand'))
    if t._a.size:
        gen.fill_uniform(t._a, 0.0, 1.0)
    return t


@function(out=False, dtypes=('float32',), calls=(Call(3, 4, receiver=False, random=True),
                                      Call(5, receiver=False, random=True)))
@_creation_out(floating_only=True)
def randn(*sizes, generator=None):
    gen = rng.generator_of(generator, 'randn')
    t = _new(_sizes(sizes, 'randn'))
    if t._a.size:
        gen.fill_normal(t._a, 0.0, 1.0)
    return t


def _arange_count(start, end, step, inclusive):
    # TH's checks and count, in TH's order (0.3.1 THTensor_(arange) then THTensor_(range)):
    # arange first drops ``end`` when the span is a whole number of steps (fmod == 0), then the
    # bounds are checked against the step's sign -- so an empty arange (end == start) is
    # refused too -- and span / step + 1 is truncated
    if step == 0:
        raise RuntimeError('invalid argument 3: step must be a non-null number')
    if not inclusive and math.fmod(end - start, step) == 0:
        end -= step
    if not ((step > 0 and end >= start) or (step < 0 and end <= start)):
        raise RuntimeError('invalid argument 2: upper bound and larger bound incoherent with step '
                           'sign')
    return int((end - start) / step + 1)


# 0.3: the default tensor type (FloatTensor); modern torch makes int64 from integer bounds
@function(out=False, dtypes=('float32',), modern=lambda torch, *a: torch.arange(*a, dtype=torch.float32),
          calls=(Call(5, receiver=False), Call(1, 4, receiver=False),
                            Call(0, 2, 0.5, receiver=False), Call(3, -1, -1, receiver=False)))
@_creation_out(keep_numel=True)
def arange(start=_args.OMITTED, end=None, step=1):
    if start is _args.OMITTED:      # 0.3: arange(end) or arange(start, end, step=1)
        if end is None:
            raise TypeError('arange() missing 1 required positional argument: "end"')
        start = 0
    if end is None:
        start, end = 0, start
    start, end, step = (_args.float_arg(start, 'arange', 'start'), _args.float_arg(end, 'arange', 'end'),
                        _args.float_arg(step, 'arange', 'step'))
    n = _arange_count(start, end, step, False)
    cls = _default_cls()
    vals = start + step * np.arange(n, dtype=np.float64)
    return cls._wrap(vals.astype(cls._dtype)) if n else cls._wrap(np.empty((0,), cls._dtype))


# deprecated in 0.3 already (it warns); end inclusive, the default type
@function(out=False, name='range', dtypes=('float32',),
          modern=lambda torch, a, b, step=1: torch.arange(a, b + step / 2.0, step, dtype=torch.float32),
          calls=(Call(1, 4, receiver=False), Call(0, 2, 0.5, receiver=False)))
@_creation_out(keep_numel=True)
def range_(start, end, step=1):
    start, end, step = (_args.float_arg(start, 'range', 'start'), _args.float_arg(end, 'range', 'end'),
                        _args.float_arg(step, 'range', 'step'))
    warnings.warn('torch.range is deprecated in favor of torch.arange and will be removed in 0.3. '
                  'Note that arange generates values in [start; end), not [start; end].',
                  stacklevel=3)     # the caller of torch.range (through the out= wrapper)
    n = _arange_count(start, end, step, True)
    cls = _default_cls()
    vals = start + step * np.arange(n, dtype=np.float64)
    return cls._wrap(vals.astype(cls._dtype)) if n else cls._wrap(np.empty((0,), cls._dtype))


range_.__qualname__ = 'range'       # as named in its arity errors
range_.__wrapped__.__qualname__ = 'range'


@function(out=False, dtypes=('float32',), modern=lambda torch, a, b, steps=100: torch.linspace(a, b, steps),
          calls=(Call(0, 1, 5, receiver=False), Call(-2, 2, receiver=False)))
@quietly         # numpy's warnings stay inside (quiet.py)
@_creation_out(keep_numel=True, floating_only=True)
def linspace(start, end, steps=100):
    start = _args.float_arg(start, 'linspace', 'start', 1)
    end = _args.float_arg(end, 'linspace', 'end', 2)
    steps = _args.int_arg(steps, 'linspace', 'steps', 3)
    # TH: THArgCheck(n > 1 || (n == 1 && a == b), 3, "invalid number of points")
    if steps <= 0 or (steps == 1 and start != end):
        raise RuntimeError('invalid argument 3: invalid number of points')
    cls = _default_cls()
    if steps == 1:
        vals = np.array([start], dtype=np.float64)
    else:       # TH: a + (b - a) / (real)(n - 1) * i, in the tensor's type
        t = np.dtype(cls._dtype).type
        step = (t(end) - t(start)) / t(steps - 1)
        vals = t(start) + step * np.arange(steps, dtype=cls._dtype)
    return cls._wrap(vals.astype(cls._dtype))


@function(out=False, dtypes=('float32',), calls=(Call(0, 1, 5, receiver=False), Call(-1, 2, 4, receiver=False)))
@quietly         # numpy's warnings stay inside (quiet.py)
@_creation_out(keep_numel=True, floating_only=True)
def logspace(start, end, steps=100):
    start = _args.float_arg(start, 'logspace', 'start', 1)
    end = _args.float_arg(end, 'logspace', 'end', 2)
    steps = _args.int_arg(steps, 'logspace', 'steps', 3)
    # TH: THArgCheck(n > 1 || (n == 1 && a == b), 3, "invalid number of points")
    if steps <= 0 or (steps == 1 and start != end):
        raise RuntimeError('invalid argument 3: invalid number of points')
    cls = _default_cls()
    if steps == 1:
        vals = np.array([10.0 ** start])
    else:
        step = (end - start) / (steps - 1)
        vals = np.power(10.0, start + np.arange(steps, dtype=np.float64) * step)
    return cls._wrap(vals.astype(cls._dtype))


@function(out=False, dtypes=('float32',), calls=(Call(3, receiver=False), Call(2, 4, receiver=False)))
@_creation_out()
def eye(n, m=None):
    n = _args.int_arg(n, 'eye', 'n', 1)
    m = n if m is None else _args.int_arg(m, 'eye', 'm', 2)
    cls = _default_cls()
    # TH's THTensor_(eye): n must be positive; a column count m <= 0 means m = n
    if n <= 0:
        raise RuntimeError('invalid argument 1: invalid argument')
    if m <= 0:
        m = n
    a = _uninitialised((n, m), cls._dtype)        # zeros; TH's THAlloc texts when too big
    np.fill_diagonal(a, 1)
    return cls._wrap(a)


@function(dtypes=('float32',), calls=(Call(7, receiver=False, random=True, types='long'),))
def randperm(n, *, generator=None):
    gen = rng.generator_of(generator, 'randperm')
    return LongTensor._wrap(gen.randperm(_args.int_arg(n, 'randperm', 'n', 1)))


@function(domain=(0.1, 1.0), calls=(Call(2, random=True, types='long'),
                                   Call(5, True, random=True, types='long')))
def multinomial(input, num_samples, replacement=False, *, generator=None):
    gen = rng.generator_of(generator, 'multinomial')
    _args.tensor_arg(input, 'multinomial', 'input', 1)
    check_floating(input, 'multinomial')
    from ..autograd.variable import Variable
    t = tensor_of(input)
    r = LongTensor._wrap(gen.multinomial(
        t._a, _args.int_arg(num_samples, 'multinomial', 'num_samples', 1), bool(replacement)))
    if isinstance(input, Variable):
        return Variable._make(r, volatile=input._volatile)
    return r


@function(calls=(Call(0.5, random=True), Call(random=True)))
def normal(means, std=1.0, *, generator=None):
    """``torch.normal(means, std)``: tensor (or float) means and stds."""
    gen = rng.generator_of(generator, 'normal')
    from ..autograd.variable import Variable
    if isinstance(means, Variable) or isinstance(std, Variable):
        # 0.3: Variable.normal (a stochastic Function): samples of the data, not differentiable
        vs = [v for v in (means, std) if isinstance(v, Variable)]
        r = normal(means.data if isinstance(means, Variable) else means,
                   std.data if isinstance(std, Variable) else std, generator=gen)
        return Variable._make(r, volatile=any(v._volatile for v in vs))
    ref = means if isinstance(means, _TensorBase) else std
    if not isinstance(ref, _TensorBase):
        raise TypeError('normal(): expected a tensor for means or std')
    check_floating(ref, 'normal')                   # 0.3: floating_point types only
    m = means._a if isinstance(means, _TensorBase) else float(means)
    s = std._a if isinstance(std, _TensorBase) else float(std)
    vals = gen.normal_tensor(m, s)
    cls = type(ref)
    return cls._wrap(np.asarray(vals, dtype=cls._dtype).reshape(ref._a.shape))


_functions._TORCH_FUNCTIONS['normal'] = normal     # _functions.Normal runs it (0.3.1)


@function(domain=(0.05, 0.95), calls=(Call(random=True),))
def bernoulli(input, *, generator=None):
    gen = rng.generator_of(generator, 'bernoulli')
    _args.tensor_arg(input, 'bernoulli', 'input', 1)
    check_floating(input, 'bernoulli')
    from ..autograd.variable import Variable
    t = tensor_of(input)
    out = type(t)._wrap(np.empty_like(t._a))
    gen.fill_bernoulli(out._a, t._a)
    if isinstance(input, Variable):     # 0.3: Variable.bernoulli, a non-differentiable sample
        return Variable._make(out, volatile=input._volatile)
    return out


@method(name='bernoulli', variable=False, domain=(0.05, 0.95), calls=(Call(random=True),))
def _bernoulli_method(self, *, generator=None):
    """``x.bernoulli()``: 0/1 draws with the probabilities in ``x``; a tensor's method takes
    0.3.1's keyword-only ``generator`` (TensorRandom.cwrap), a Variable's does not."""
    return bernoulli(self, generator=generator)


@method(name='bernoulli', tensor=False, domain=(0.05, 0.95), calls=(Call(random=True),))
def _variable_bernoulli(self):
    """``v.bernoulli()`` (0.3.1's Variable method: no arguments): a non-differentiable
    Variable of 0/1 draws."""
    return bernoulli(self)


# ------------------------------------------------------------------- in-place random fills
def _fill(self, fn, *args):
    t = tensor_of(self)
    if t._a.size:
        fn(t._a, *args)
    return self


@method(variable=False, calls=(Call(0.5, 2.0, random=True), Call(random=True)))
def normal_(self, mean=0, std=1, *, generator=None):
    return _fill(self, rng.generator_of(generator, 'normal_').fill_normal,
                 _args.to_float(mean, 'normal_', 'mean'), _args.to_float(std, 'normal_', 'std'))


@method(variable=False, calls=(Call(-1, 3, random=True), Call(random=True)))
def uniform_(self, a=0, b=1, *, generator=None):
    # the tensor type decides the bounds' C type (TH converted to real)
    return _fill(self, rng.generator_of(generator, 'uniform_').fill_uniform,
                 _args.to_float(a, 'uniform_', 'a'), _args.to_float(b, 'uniform_', 'b'))


@method(variable=False, calls=(Call(0, 10, random=True), Call(7, random=True)))
def random_(self, *args, generator=None):
    gen = rng.generator_of(generator, 'random_')
    if len(args) > 2:
        raise TypeError('random_() takes at most 2 arguments')
    args = tuple(_args.int_arg(a, 'random_', ('from', 'to')[i + 2 - len(args)], i + 1)
                 for i, a in enumerate(args))
    return _fill(self, gen.fill_random, *args)


@method(variable=False, calls=(Call(0.3, random=True),))
def bernoulli_(self, p=0.5, *, generator=None):
    gen = rng.generator_of(generator, 'bernoulli_')
    pa = array_of(p) if hasattr(p, 'size') and not isinstance(p, (int, float)) else _args.to_float(p, 'bernoulli_', 'p')
    return _fill(self, gen.fill_bernoulli, pa)


@method(variable=False, calls=(Call(2.0, random=True),))
def exponential_(self, lambd=1, *, generator=None):
    return _fill(self, rng.generator_of(generator, 'exponential_').fill_exponential,
                 _args.to_float(lambd, 'exponential_', 'lambd'))


@method(variable=False, calls=(Call(0.5, 2.0, random=True),))
def cauchy_(self, median=0, sigma=1, *, generator=None):
    return _fill(self, rng.generator_of(generator, 'cauchy_').fill_cauchy,
                 _args.to_float(median, 'cauchy_', 'median'), _args.to_float(sigma, 'cauchy_', 'sigma'))


@method(variable=False, calls=(Call(0.5, 0.75, random=True),))
def log_normal_(self, mean=1, std=2, *, generator=None):
    return _fill(self, rng.generator_of(generator, 'log_normal_').fill_log_normal,
                 _args.to_float(mean, 'log_normal_', 'mean'), _args.to_float(std, 'log_normal_', 'std'))


@method(variable=False, calls=(Call(0.3, random=True),))
def geometric_(self, p, *, generator=None):
    return _fill(self, rng.generator_of(generator, 'geometric_').fill_geometric,
                 _args.to_float(p, 'geometric_', 'p'))


@method('multinomial', variable=False)
def multinomial_method(self, num_samples, replacement=False, *, generator=None):
    return multinomial(self, num_samples, replacement, generator=generator)


@method('multinomial', tensor=False)
def _variable_multinomial(self, num_samples=1, replacement=False):
    """0.3.1's ``Variable.multinomial(num_samples=1, replacement=False)``: one sample by
    default (``probs.multinomial()``, the REINFORCE idiom), where tensors need the count."""
    return multinomial(self, num_samples, replacement)
