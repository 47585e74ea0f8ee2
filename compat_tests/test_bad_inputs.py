"""Bad input: a clean error (or a documented 0.3 result), never numpy's text, never a numpy warning.

A seeded table of bad calls is run over every public ``torch.*`` function and every tensor /
Variable method of ``ops.surface`` (wrong types, None, strings, floats as sizes and dims,
out-of-range dims, mismatched shapes, mixed tensor types, empty tensors).  Each call must
either return or raise one of the clean exception types with a message free of numpy's or
Python's internal texts, and must not let a numpy ``RuntimeWarning`` out.  Where the call
succeeds, the same call on modern torch must succeed too, unless the case is a 0.3 behaviour
listed in ``docs/errors.md`` (``KEPT_03``).  The exact 0.3 messages of the fixes get their own tests.
See docs/errors.md.
"""
import re
import warnings

import numpy as np
import pytest

import legacy_autograd as L
from legacy_autograd.ops import type_support  # noqa: E402
from legacy_autograd.autograd import Variable
from legacy_autograd.ops import surface
import legacy_autograd.nn as nn
import legacy_autograd.nn.functional as F

CLEAN = (TypeError, RuntimeError, ValueError, IndexError)

#: texts that only numpy or Python internals produce: never in a message of the library
UNCLEAN_TEXT = re.compile(
    r'numpy|ndarray|ufunc|broadcast input array|operands could not be broadcast|array is too big'
    r'|shape mismatch: objects|object has no attribute|cannot be interpreted as an integer'
    r'|invalid literal for int|could not convert string to float|not supported between instances'
    r'|unsupported operand type|setting an array element|is out of bounds for axis|axis \d+ is out'
    r'|object is not iterable|object is not subscriptable|object is not callable|referenced before'
    r'|inhomogeneous|<locals>')

#: methods and functions the table does not call: not about argument checking
SKIP = {
    # these take Python callables / files / devices or print: other tests cover them
    'apply_', 'map_', 'map2_', 'register_hook', 'backward', 'reinforce', 'cuda', 'cpu', 'pin_memory',
    'share_memory_', 'storage', 'data_ptr', 'tolist', 'numpy', 'new', 'set_', 'type',
}

#: successful calls that modern torch refuses, kept because 0.3 did the same
#: (docs/errors.md, "0.3 behaviours kept on purpose"): (name, argument description) -> why
_NONE_IS_OMITTED = 'an optional argument given as None means "not given"'
_CUT_AT_NON_POSITIVE = ("0.3.1's THTensor_(resizeNd): sizes cut at the first non-positive one "
                        "(here: no dimension)")
KEPT_03 = {
    ('linspace', '(1, 2.5)'): '0.3 linspace/logspace: steps defaults to 100',
    ('linspace', '(0, 99)'): '0.3 linspace/logspace: steps defaults to 100',
    ('linspace', '(0.5, 1)'): '0.3 linspace/logspace: steps defaults to 100',
    ('logspace', '(1, 2.5)'): '0.3 linspace/logspace: steps defaults to 100',
    ('logspace', '(0, 99)'): '0.3 linspace/logspace: steps defaults to 100',
    ('logspace', '(0.5, 1)'): '0.3 linspace/logspace: steps defaults to 100',
    ('ones', '()'): '0.3: no sizes give a tensor with no dimension',
    ('zeros', '()'): '0.3: no sizes give a tensor with no dimension',
    ('rand', '()'): '0.3: no sizes give a tensor with no dimension',
    ('randn', '()'): '0.3: no sizes give a tensor with no dimension',
    ('resize_', '()'): '0.3: no sizes give a tensor with no dimension',
    ('ones', '(-99)'): _CUT_AT_NON_POSITIVE,
    ('zeros', '(-99)'): _CUT_AT_NON_POSITIVE,
    ('rand', '(-99)'): _CUT_AT_NON_POSITIVE,
    ('randn', '(-99)'): _CUT_AT_NON_POSITIVE,
    ('resize_', '(-99)'): _CUT_AT_NON_POSITIVE,
    ('copy_', '(D, D)'): "0.3 copy_(src, async): the second argument is 'async'",
    ('prod', '(None)'): "0.3's Variable.prod(dim=None, keepdim=None) (Python-level)",
    ('median', '(True)'): "0.3's median(keepdim) overload: the last dimension",
    ('mode', '(True)'): "0.3's mode(keepdim) overload: the last dimension",
    ('arange', '(1, None)'): _NONE_IS_OMITTED,
    ('eye', '(1, None)'): _NONE_IS_OMITTED,
    ('add', '(1, None)'): _NONE_IS_OMITTED,
    ('add_', '(1, None)'): _NONE_IS_OMITTED,
    ('sub', '(1, None)'): _NONE_IS_OMITTED,
    ('sub_', '(1, None)'): _NONE_IS_OMITTED,
    ('pow', '(1, None)'): _NONE_IS_OMITTED,
    ('dot', '(Y, Y)'): '0.3 dot: the flattened inputs, any shapes with one element count',
    ('dot', '(D, D)'): '0.3 dot: the flattened inputs, any shapes with one element count',
    ('sub', '(True)'): "0.3: a bool is the number 1 (THPUtils_checkDouble took Python ints)",
    ('sub_', '(True)'): "0.3: a bool is the number 1 (THPUtils_checkDouble took Python ints)",
    ('uniform_', '(2.5)'): '0.3 TH uniform: a + (b - a) * u, no check of a <= b',
    ('uniform_', '(1.5)'): '0.3 TH uniform: a + (b - a) * u, no check of a <= b',
    ('uniform_', '(99)'): '0.3 TH uniform: a + (b - a) * u, no check of a <= b',
    ('uniform_', '(nan)'): '0.3 TH uniform: a + (b - a) * u, no check of a <= b',
    ('exponential_', '(-99)'): '0.3 TH exponential: -log(1 - u) / lambda, no check of lambda',
    ('exponential_', '(nan)'): '0.3 TH exponential: -log(1 - u) / lambda, no check of lambda',
}


def _x():
    return L.FloatTensor([[0.5, -1.0, 2.0], [0.0, 3.0, -0.25]])


def _arg_sets():
    """Bad argument lists: (description, factory of the argument tuple)."""
    def f(*vals):
        return lambda: tuple(v() if callable(v) else v for v in vals)
    y = lambda: L.FloatTensor(4, 5).fill_(1)                          # noqa: E731
    d = lambda: L.DoubleTensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])    # noqa: E731
    lng = lambda: L.LongTensor([[1, 0, 2], [0, 1, 1]])                # noqa: E731
    e = lambda: L.FloatTensor()                                        # noqa: E731
    return [
        ('()', f()),
        ('(None)', f(None)), ("('a')", f('a')), ('(2.5)', f(2.5)), ('(1.5)', f(1.5)),
        ('(99)', f(99)), ('(-99)', f(-99)), ('(True)', f(True)), ('([])', f([])),
        ('(object)', f(object())), ('(nan)', f(float('nan'))),
        ('(Y)', f(y)), ('(D)', f(d)), ('(L)', f(lng)), ('(E)', f(e)),
        ('(1, None)', f(1, None)), ("(1, 'a')", f(1, 'a')), ('(1, 2.5)', f(1, 2.5)),
        ('(0, 99)', f(0, 99)), ('(0.5, 1)', f(0.5, 1)), ('(Y, Y)', f(y, y)), ('(D, D)', f(d, d)),
        ('(0, E)', f(0, e)), ('(0, L)', f(0, lng)), ('(0, Y)', f(0, y)), ("(0, 0, 'a')", f(0, 0, 'a')),
        ('(0, 0, 2.5)', f(0, 0, 2.5)), ('(0, 0, 99)', f(0, 0, 99)),
    ]


def _modern_call(name, kind, args):
    """The same call in modern torch: 'ok', 'type' (TypeError), 'error' or 'missing'."""
    import torch

    def conv(v):
        if isinstance(v, Variable):
            return torch.from_numpy(np.array(v.data._a)).requires_grad_()
        if isinstance(v, L._TensorBase if hasattr(L, '_TensorBase') else ()):
            return torch.from_numpy(np.array(v._a))
        from legacy_autograd.tensor import _TensorBase
        if isinstance(v, _TensorBase):
            return torch.from_numpy(np.array(v._a))
        return v
    margs = [conv(a) for a in args]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            if kind == 'function':
                fn = getattr(torch, name, None)
                if fn is None:
                    return 'missing'
                fn(*margs)
            else:
                x = torch.from_numpy(np.array(_x()._a)).clone()
                if kind == 'variable' and not name.endswith('_'):
                    x = x.requires_grad_()
                m = getattr(x, name, None)
                if m is None:
                    return 'missing'
                m(*margs)
    except TypeError:
        return 'type'
    except Exception:
        return 'error'
    return 'ok'


def run_table(compare_modern=True, functions=None):
    """Run every bad call; return (unclean, warned, silently_accepted) lists of strings.

    ``functions`` replaces the ``torch.*`` functions called (and then no methods are)."""
    unclean, warned, accepted = [], [], []
    targets = []
    if functions is None:
        functions = surface.TORCH_FUNCTIONS
        for name in sorted(surface.TENSOR_METHODS):
            targets.append(('tensor', name))
        for name in sorted(surface.VARIABLE_METHODS):
            targets.append(('variable', name))
    targets = [('function', name) for name in sorted(functions)] + targets
    for kind, name in targets:
        if name in SKIP or name.startswith('_'):
            continue
        for desc, make in _arg_sets():
            L.manual_seed(0)
            args = make()
            if kind == 'function':
                fn = functions[name]
                call_args = args
            else:
                self = _x() if kind == 'tensor' else Variable(_x(), requires_grad=True)
                fn = getattr(self, name)
                call_args = args
                if name.endswith('_') and kind == 'variable':
                    self = Variable(_x())           # in place on a leaf that needs no grad
                    fn = getattr(self, name)
            label = '%s %s%s' % (kind, name, desc)
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter('always')
                try:
                    fn(*call_args)
                    ok = True
                except CLEAN as e:
                    ok = False
                    if UNCLEAN_TEXT.search(str(e)):
                        unclean.append('%s -> %s: %s' % (label, type(e).__name__, e))
                except Exception as e:      # noqa: B902 - the point of the table
                    ok = False
                    unclean.append('%s -> %s: %s' % (label, type(e).__name__, e))
            for w in caught:
                if issubclass(w.category, RuntimeWarning):
                    warned.append('%s -> %s' % (label, w.message))
            if ok and compare_modern and (name, desc) not in KEPT_03:
                if _modern_call(name, kind, args) in ('type', 'error'):
                    accepted.append(label)
    return unclean, warned, accepted


def test_the_table_catches_unclean_errors_warnings_and_silent_results():
    """The checker itself: functions that leak numpy's errors or warnings, or take what
    modern torch refuses, must be reported."""
    def leaks_numpy(x, *rest):
        return np.ones((2, 3)) + np.ones(len(rest) + 4)      # "operands could not be broadcast"

    def attribute_error(x, *rest):
        return x.no_such_attribute

    def warns(x, *rest):
        return np.log(np.zeros(1))                             # "divide by zero encountered"

    def add(x, *rest):                                         # accepts anything, returns x
        return x
    pytest.importorskip('torch')
    unclean, warned, accepted = run_table(functions={'leaks_numpy': leaks_numpy,
                                                     'attribute_error': attribute_error,
                                                     'warns': warns, 'add': add})
    assert any(u.startswith('function leaks_numpy(Y) -> ValueError: operands could not') for u in unclean)
    assert any(u.startswith('function attribute_error(None) -> AttributeError') for u in unclean)
    assert any(w.startswith('function warns(') and 'divide by zero' in w for w in warned)
    assert 'function add(Y)' in accepted       # torch.add(Y) refuses: other is missing
    assert UNCLEAN_TEXT.search("could not broadcast input array from shape (1,1,5,5) into shape (1,1,1,1)")
    assert UNCLEAN_TEXT.search("'float' object cannot be interpreted as an integer")
    assert not UNCLEAN_TEXT.search("sum(): argument 'dim' (position 1) must be int, not float")


@pytest.fixture(scope='module')
def table():
    pytest.importorskip('torch')
    return run_table()


def test_every_bad_call_raises_a_clean_error(table):
    unclean, _, _ = table
    assert unclean == []


def test_no_numpy_warning_escapes_the_table(table):
    _, warned, _ = table
    assert warned == []


def test_nothing_modern_torch_refuses_is_silently_accepted(table):
    _, _, accepted = table
    assert accepted == []


def _check_call(label, fn, args, backward=False, clean=CLEAN):
    """Call ``fn(*args)`` (and backward through a Variable result); a list of problems."""
    problems = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            r = fn(*args)
            first = r[0] if isinstance(r, tuple) and r else r
            if backward and isinstance(first, Variable) and first.requires_grad \
                    and first.data._a.size:
                first.sum().backward()
            str(r)                                      # printing is inside the library too
        except clean as e:
            if UNCLEAN_TEXT.search(str(e)):
                problems.append('%s -> %s: %s' % (label, type(e).__name__, e))
        except Exception as e:      # noqa: B902 - the point of the table
            problems.append('%s -> %s: %s' % (label, type(e).__name__, e))
    for w in caught:
        if issubclass(w.category, RuntimeWarning):
            problems.append('%s warned: %s' % (label, w.message))
    return problems


_ODD_SELVES = {
    'empty': lambda: L.FloatTensor(),
    'long': lambda: L.LongTensor([[1, 0, 2], [3, 1, 1]]),
    'byte': lambda: L.ByteTensor([[1, 0, 1], [0, 1, 1]]),
    'one': lambda: L.FloatTensor([2.0]),
    'nonfinite': lambda: L.FloatTensor([[float('nan'), float('inf'), -float('inf')],
                                        [0.0, -1.0, 1e38]]),
}


def test_methods_on_empty_integer_and_nonfinite_tensors():
    """Every method on empty, integer, byte, one-element and nan/inf operands (tensor and
    Variable, with backward): clean errors, no numpy warning."""
    problems = []
    for sname, make in _ODD_SELVES.items():
        for as_var in (False, True):
            names = surface.VARIABLE_METHODS if as_var else surface.TENSOR_METHODS
            for name in sorted(names):
                if name in SKIP or name.startswith('_'):
                    continue
                probe = make()
                if not as_var and type_support.lacks(probe.type(), name):
                    # 0.3.1 had no such method for this type (its AttributeError is tested
                    # in test_pointwise.py / test_type_support.py)
                    assert not hasattr(probe, name)
                    continue
                if as_var and name in type_support.TENSOR_METHOD_REACHED \
                        and type_support.lacks(probe.type(), name):
                    # 0.3.1's Variable.multinomial/bernoulli were Python Functions calling
                    # the tensor method, which this type lacked
                    with pytest.raises(AttributeError, match="^'%s' object has no attribute '%s'$"
                                       % (probe.type(), name)):
                        getattr(Variable(probe), name)(*((1,) if name == 'multinomial' else ()))
                    continue
                for args in [(), (0,), (1,), (-1,), (0, True), (2,)]:
                    L.manual_seed(0)
                    self = make()
                    if as_var:
                        self = Variable(self, requires_grad=self._info.is_floating
                                        and not name.endswith('_'))
                    problems += _check_call('%s %s.%s%r' % (sname, 'V' if as_var else 'T', name, args),
                                            getattr(self, name), args, backward=True)
    assert problems == []


def _functional_arg_sets():
    v = lambda *s: Variable(L.randn(*s), requires_grad=True)            # noqa: E731
    nonfinite = lambda: Variable(L.FloatTensor([[float('nan'), float('inf')],   # noqa: E731
                                                [-float('inf'), 0.0]]), requires_grad=True)
    return {
        '(x)': lambda: (v(2, 3),), "(x, 'a')": lambda: (v(2, 3), 'a'), '(x, 2.5)': lambda: (v(2, 3), 2.5),
        '(x, None)': lambda: (v(2, 3), None), '(x, y)': lambda: (v(2, 3), v(4, 5)),
        '(x, long)': lambda: (v(2, 3), Variable(L.LongTensor([1, 7]))),
        '(empty)': lambda: (Variable(L.FloatTensor(), requires_grad=True),),
        '(long)': lambda: (Variable(L.LongTensor([[1, 2, 3], [0, 1, 2]])),),
        '(x4)': lambda: (v(1, 2, 4, 4),), '(x4, w)': lambda: (v(1, 2, 4, 4), v(3, 2, 2, 2)),
        '(x4, w, None, 2.5)': lambda: (v(1, 2, 4, 4), v(3, 2, 2, 2), None, 2.5),
        '(x4, 2.5)': lambda: (v(1, 2, 4, 4), 2.5), '(x4, -1)': lambda: (v(1, 2, 4, 4), -1),
        '(x4, 0)': lambda: (v(1, 2, 4, 4), 0), '(x4, 2, 0)': lambda: (v(1, 2, 4, 4), 2, 0),
        '(x4, 2, 1, -1)': lambda: (v(1, 2, 4, 4), 2, 1, -1), '(nonfinite)': lambda: (nonfinite(),),
        '(nonfinite, nonfinite)': lambda: (nonfinite(), nonfinite()),
        '(x, 3)': lambda: (v(2, 3), 3), '(x, 0)': lambda: (v(2, 3), 0),
        '(x, target)': lambda: (v(2, 3), Variable(L.LongTensor([1, 2]))),
    }


#: functions whose 0.3.1 source checks its arguments with ``assert`` (its AssertionError
#: texts, e.g. ``Input sizes between positive and negative must be equal.``, are 0.3.1's)
ASSERTING_IN_031 = frozenset(['triplet_margin_loss', 'pairwise_distance'])


def test_nn_functional_bad_calls():
    """Every ``torch.nn.functional`` function with bad arguments, forward and backward."""
    import inspect
    problems = []
    for name in sorted(dir(F)):
        fn = getattr(F, name)
        if name.startswith('_') or not inspect.isfunction(fn) or fn.__module__ not in (
                'legacy_autograd.nn.functional', 'legacy_autograd.nn._functional_conv'):
            continue
        for desc, make in _functional_arg_sets().items():
            L.manual_seed(0)
            clean = CLEAN + (AssertionError,) if name in ASSERTING_IN_031 else CLEAN
            problems += _check_call('F.%s%s' % (name, desc), fn, make(), backward=True,
                                    clean=clean)
    assert problems == []


def test_functional_checker_reports_attribute_errors():
    """The checker of the two tests above, on inputs that must fail."""
    def broken(x, *rest):
        return x.no_such_attribute
    assert _check_call('broken', broken, (1,)) == [
        "broken -> AttributeError: 'int' object has no attribute 'no_such_attribute'"]
    assert _check_call('warns', lambda: np.log(np.zeros(1)), ()) == [
        'warns warned: divide by zero encountered in log']
    assert _check_call('clean', lambda: L.zeros(2.5), ()) == []


if __name__ == '__main__':
    u, w, a = run_table()
    print('UNCLEAN %d' % len(u))
    print('\n'.join(u))
    print('WARNED %d' % len(w))
    print('\n'.join(w))
    print('ACCEPTED %d' % len(a))
    print('\n'.join(a))
