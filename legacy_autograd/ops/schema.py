"""The op schema: each public op declared once, every public form generated from it.

This is the package's ``native_functions.yaml`` + ``derivatives.yaml``, written as Python data
beside the kernels.  A :class:`Decl` says, for one public op name:

* ``impl``: the front-end body, ``impl(self, ..., *, _inplace=False)``.  It parses the 0.3
  argument forms and runs registry kernels through ``dispatch.call`` /
  ``dispatch.call_inplace``.  For table-driven families (the unary pointwise ops) the body is
  built from the kernel alone;
* ``variants``: the public forms generated from ``impl``: ``'method'`` (on tensors and/or
  Variables, see ``tensor`` / ``variable``), ``'function'`` (``torch.<name>``),
  ``'inplace'`` (the ``<name>_`` method, ``impl(..., _inplace=True)``, unless a tuned
  ``impl_inplace`` is given), ``'out'``
  (``torch.<name>(..., out=t)``) and ``'functional'`` (``torch.nn.functional.<name>``: the
  0.3.1 signature and defaults are ``impl``'s; the public function is ``impl``, wrapped
  (``clean_errors=True``) so that a non-tensor argument raises a ``TypeError`` naming it);
* ``overloads``: the 0.3 overloads in the cwrap notation of the legacy error messages,
  ``'(float value, T other)'``, where ``T`` stands for the receiving tensor type; the
  ``invalid combination of arguments`` messages list them;
* ``kernels``: the registry ops (numpy forward, vector-Jacobian product, legacy ``grad_fn``
  name) the front-end runs;
* ``modern``: the op's spelling in modern PyTorch, ``modern(torch, *args, **kwargs)`` taking
  the sample call's arguments converted to modern tensors (default: ``torch.<name>`` with the
  same arguments);
* ``calls``: sample calls for the public-API parity suite (:class:`Call`), and ``domain``
  the input values they are drawn from;
* ``shape``: the shape rule (``'pointwise'``, ``'broadcast'``, ``'reduce'``, ``'view'``,
  ``'loss'`` (a size-1 Variable, or the input's shape with ``reduce=False``), ``'other'``);
  ``dtypes``: the tensor types the samples run on; ``facts``: further facts for the tools
  (``{'implicit_dim': True}``: softmax's dim chosen by 0.3 when not given).

Adding an op is one :func:`declare` call plus its kernels (``docs/architecture.md`` has a
worked example).  :func:`attach` installs every generated form on the tensor classes, on
``Variable`` and in :data:`TORCH_FUNCTIONS`; ``compat_tests/test_schema_parity.py`` runs every
declared call in every variant against modern torch.
"""
import functools
import keyword
import numbers

import numpy as np

from . import _args
from .. import errors

#: public op name -> :class:`Decl`
SCHEMA = {}
#: the generated forms, by where they are installed (``surface.attach``, the namespace and
#: ``torch.nn.functional``)
TENSOR_METHODS = {}
VARIABLE_METHODS = {}
TORCH_FUNCTIONS = {}
FUNCTIONAL = {}

VARIANTS = ('method', 'function', 'inplace', 'out', 'functional')
SHAPES = ('pointwise', 'broadcast', 'reduce', 'view', 'loss', 'other')


class _Placeholder(object):
    __slots__ = ('name',)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


#: Sample-call placeholders: the receiving tensor, and further tensors of its shape (``W``
#: and ``V`` for the functional ops with four or five tensor arguments: weights, biases,
#: running statistics).
X = _Placeholder('X')
Y = _Placeholder('Y')
Z = _Placeholder('Z')
W = _Placeholder('W')
V = _Placeholder('V')
PLACEHOLDERS = (X, Y, Z, W, V)


class Const(object):
    """A fixed tensor argument of a sample call: an index (``kind='long'``) or a mask
    (``kind='byte'``; a bool tensor in modern torch).  On Variable receivers it is passed as a
    Variable, as 0.3 required."""
    __slots__ = ('values', 'kind')

    def __init__(self, values, kind='long'):
        self.values = values
        self.kind = kind

    def __repr__(self):
        return '%s%r' % (self.kind, self.values)


class Call(object):
    """One sample call of an op: positional and keyword arguments after ``self``.

    ``X``/``Y``/``Z`` stand for tensors drawn for the case (``X`` is ``self``); anything else
    is passed as is.  ``modern`` overrides the declaration's modern spelling for this call;
    ``variants`` restricts the forms it runs in (e.g. a form 0.3 had only as a method);
    ``grad=False`` compares values only; ``types`` names the result's tensor type(s) when it
    is not the input's (``'byte'``, ``'long'``, ``('same', 'long')`` for value/index pairs);
    ``scalar=True`` marks a full reduction: 0.3 returns a Python number from a tensor and a
    size-1 Variable where modern torch returns a 0-dim tensor; ``shapes`` gives placeholders
    other shapes than the default (``{Y: (4, 2)}``); ``receiver=False`` is a function call
    whose arguments are all given (``torch.cat([X, Y], 1)``: placeholders may sit in lists),
    ``variables=False``: the call runs on tensors only (0.3 had no Variable form).
    ``random=True``: the op draws from the 0.3 generator; both sides start from one seed and
    modern torch runs under ``legacy_autograd.rng_bridge`` (values only, tensors only).
    ``nograd``: placeholders passed without ``requires_grad`` (targets, class weights,
    running statistics); ``domains``: value domains of single placeholders
    (``{Z: (0.5, 2.0)}``, ``'sign'`` for +-1, ``'binary'`` for 0/1), else the declaration's.
    """
    __slots__ = ('args', 'kwargs', 'modern', 'variants', 'grad', 'types', 'scalar', 'shapes',
                 'receiver', 'variables', 'random', 'nograd', 'domains')

    def __init__(self, *args, modern=None, variants=None, grad=True, types=None, scalar=False,
                 shapes=None, receiver=True, variables=True, random=False, nograd=(),
                 domains=None, **kwargs):
        self.args = args
        self.kwargs = kwargs
        self.modern = modern
        self.variants = variants
        self.grad = grad
        self.types = types
        self.scalar = scalar
        self.shapes = shapes or {}
        self.receiver = receiver
        self.variables = variables and not random
        self.random = random
        self.nograd = tuple(nograd)
        self.domains = domains or {}
        if random:
            self.grad = False
        if not receiver and variants is None:
            self.variants = ('function', 'functional')

    def tensors(self):
        """The placeholders used, in order of first use (``X`` first when it is ``self``)."""
        used = [X] if self.receiver else []

        def visit(a):
            if isinstance(a, _Placeholder):
                if a not in used:
                    used.append(a)
            elif isinstance(a, (list, tuple)):
                for b in a:
                    visit(b)
        for a in list(self.args) + list(self.kwargs.values()):
            visit(a)
        return used

    def __repr__(self):
        parts = [repr(a) for a in self.args] + ['%s=%r' % kv for kv in sorted(self.kwargs.items())]
        return '(' + ', '.join(parts) + ')'


class Decl(object):
    """Everything about one public op (see the module docstring).

    ``forms`` maps each generated public form to its callable: ``'tensor.method'``,
    ``'variable.method'``, ``'tensor.inplace'``, ``'variable.inplace'``, ``'function'``.
    """
    __slots__ = ('name', 'variants', 'overloads', 'kernels', 'modern', 'calls', 'domain',
                 'shape', 'dtypes', 'doc', 'forms', 'facts', 'functional_modern', 'signatures')

    @property
    def tensor(self):
        return 'tensor.method' in self.forms or 'tensor.inplace' in self.forms

    @property
    def variable(self):
        return 'variable.method' in self.forms or 'variable.inplace' in self.forms

    @property
    def inplace(self):
        return self.forms.get('tensor.inplace') or self.forms.get('variable.inplace')

    def __repr__(self):
        return '<Decl %s %s>' % (self.name, sorted(self.forms))


def declare(name, impl, variants=('method', 'function'), tensor=True, variable=True,
            overloads=(), kernels=(), modern=None, calls=(), domain=(-2.0, 2.0),
            shape='other', dtypes=('float32', 'float64'), impl_inplace=None, tensor_first=True,
            clean_errors=False, facts=None, signatures=()):
    """Declare the public op ``name`` and generate its forms (installed by :func:`attach`).

    An op whose forms have different bodies (``torch.renorm`` and ``x.renorm``, a tensor-only
    and a Variable-only method) is declared in parts: a second call with other forms adds
    them, and its facts (calls, kernels, overloads) to the same declaration.

    The function form of a method (``torch.add(x, ...)``) refuses a first argument that is not
    a tensor or Variable with a ``TypeError`` (``_args.tensor_first``), unless
    ``tensor_first=False`` (``torch.pow(2, x)``).

    The ``'functional'`` variant is ``torch.nn.functional.<name>``: ``impl`` with 0.3.1's
    signature and defaults; ``clean_errors=True`` wraps it so that a non-tensor argument
    (``F.linear(x, 3)``) raises a ``TypeError`` naming the argument (free on the normal
    path).  An op that is both a ``torch``/method op and a functional one (``sigmoid``) is
    declared in two parts; ``modern`` given with only the functional form applies to it.

    ``overloads`` are cwrap's options of the tensor method (its error lists); ``signatures``
    the Variable method's 0.3.1 ATen prototypes, self left out, in declaration order
    (``'add(Scalar other, *, Scalar alpha=1)'``, ``'...|deprecated'``): the argument parser's
    error texts for a Variable (:func:`variable_signature_error`).
    """
    variants = frozenset(variants)
    unknown = variants - set(VARIANTS)
    if unknown or shape not in SHAPES:
        raise ValueError('op %r: unknown variants %s or shape %r' % (name, sorted(unknown), shape))
    if 'out' in variants and 'function' not in variants:
        raise ValueError('op %r: out= needs the function variant' % name)
    receivers = [r for r, ok in (('tensor', tensor), ('variable', variable)) if ok]
    forms = {}
    if 'method' in variants:
        for r in receivers:     # ``_inplace`` is keyword-only and private: impl is the method
            forms[r + '.method'] = impl
    if 'inplace' in variants:
        if impl_inplace is None and not _takes_inplace(impl):
            raise ValueError('op %r: the inplace variant needs impl(..., *, _inplace=False)' % name)
        fn_ = impl_inplace or _inplace_variant(impl, name + '_')
        for r in receivers:
            forms[r + '.inplace'] = fn_
    if 'function' in variants:
        fimpl = impl
        if tensor_first and 'method' in variants:
            fimpl = _args.tensor_first(impl, name)
        forms['function'] = with_out(fimpl, name) if 'out' in variants else fimpl
    if 'functional' in variants:
        forms['functional'] = with_clean_errors(impl) if clean_errors else impl
    d = SCHEMA.get(name)
    if d is None:
        d = SCHEMA[name] = Decl()
        d.name, d.variants, d.forms, d.calls = name, frozenset(), {}, ()
        d.overloads, d.kernels, d.modern, d.functional_modern = (), (), None, None
        d.domain, d.shape, d.dtypes, d.doc = domain, shape, tuple(dtypes), impl.__doc__
        d.facts, d.signatures = {}, ()
    elif variants == frozenset(['functional']):   # the F.* part of a torch.* op: its calls
        calls = tuple(c if c.variants else _only_functional(c) for c in calls)  # run as F.*
        d.functional_modern = modern or d.functional_modern
        modern = None
    clash = set(forms) & set(d.forms)
    if clash:
        raise ValueError('op %r: %s declared twice' % (name, sorted(clash)))
    d.forms.update(forms)
    d.variants = d.variants | variants
    d.overloads += tuple(overloads)
    d.signatures += tuple(signatures)
    d.kernels += tuple(kernels)
    d.calls += tuple(calls)
    d.modern = modern or d.modern
    d.facts.update(facts or {})
    _publish(name, forms)
    return d


def variable_signature_error(name, args, kwargs=None, inplace=False):
    """The TypeError of 0.3.1's argument parser for a Variable's ``name`` (``name_`` in place)
    given ``args``/``kwargs`` that match none of the op's declared ``signatures``; None when
    it declares none (the caller keeps its own text)."""
    d = SCHEMA.get(name)
    if d is None or not d.signatures:
        return None
    sigs = d.signatures
    if inplace:
        sigs = tuple(name + '_' + text[len(name):] for text in sigs)
    return errors.parser_invalid_arguments(sigs, list(args), dict(kwargs or {}), _parser_accepts)


def _parser_accepts(typ, optional, obj):
    """``FunctionParameter::check``: a Variable for ``Tensor`` (None when optional), a real
    number for ``Scalar``/``double`` (numpy numbers too, as everywhere here), an int that is
    not a bool for ``int64_t``."""
    from ..autograd.variable import Variable
    if typ == 'Tensor':
        return isinstance(obj, Variable) or (optional and obj is None)
    if typ in ('Scalar', 'double'):
        return isinstance(obj, numbers.Real)
    if typ == 'int64_t':
        return isinstance(obj, numbers.Integral) and not isinstance(obj, (bool, np.bool_))
    if typ == 'bool':
        return isinstance(obj, (bool, np.bool_))
    if typ in ('IntList', 'TensorList'):
        return isinstance(obj, (tuple, list))
    return False            # Generator, Storage: 0.3.1's check() took none


def _only_functional(call):
    call.variants = ('functional',)
    return call


#: parameters of the functional ops that take a tensor or Variable (None where their default
#: is None): the ones :func:`with_clean_errors` names
TENSOR_PARAMS = frozenset(('input', 'target', 'weight', 'bias', 'input1', 'input2', 'x1', 'x2',
                           'anchor', 'positive', 'negative', 'running_mean', 'running_var',
                           'var', 'theta', 'grid', 'other', 'embedding_matrix'))


def _tensor_args_error(fn, args, kwargs):
    """The ``TypeError`` naming the first tensor argument that is not one, or None."""
    import inspect
    from ..autograd.variable import Variable
    from ..tensor import _TensorBase
    from .. import errors
    try:
        bound = inspect.signature(fn).bind(*args, **kwargs)
    except TypeError:
        return None
    kinds = (Variable, _TensorBase)
    for pname, value in bound.arguments.items():
        if pname in TENSOR_PARAMS and not isinstance(value, kinds) and not (
                value is None and bound.signature.parameters[pname].default is None):
            return TypeError("%s(): argument '%s' must be Variable, not %s"
                             % (fn.__name__, pname, errors.tp_name(value)))
    return None


def with_clean_errors(fn):
    """``fn`` with an ``AttributeError`` from a non-tensor argument (``F.linear(x, 3)``)
    turned into a ``TypeError`` that names the argument; free on the normal path.  Functions
    taking ``_stacklevel`` (softmax: its warning points at the caller) are left as they are."""
    code = getattr(fn, '__code__', None)
    if code is None or '_stacklevel' in code.co_varnames:
        return fn

    @functools.wraps(fn)
    def checked(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except AttributeError:
            err = _tensor_args_error(fn, args, kwargs)
            if err is None:
                raise
            raise err from None
    return checked


def _takes_inplace(impl):
    code = getattr(impl, '__code__', None)
    if code is None:
        return False
    return '_inplace' in code.co_varnames[code.co_argcount:code.co_argcount + code.co_kwonlyargcount]


def _inplace_variant(impl, name):
    """A function with ``impl``'s parameters (``_inplace`` left out) calling ``impl`` in place.

    Generated as source, so the variant costs one plain Python call, like a hand-written
    wrapper, and keeps ``impl``'s parameter names and defaults for ``help()`` and keywords.
    """
    code = impl.__code__
    nargs, nkw = code.co_argcount, code.co_kwonlyargcount
    names = code.co_varnames[:nargs + nkw]
    defaults = impl.__defaults__ or ()
    kwdefaults = impl.__kwdefaults__ or {}
    star = code.co_flags & 0x04
    dstar = code.co_flags & 0x08
    rest = code.co_varnames[nargs + nkw:]
    varargs = rest[0] if star else None
    varkw = rest[1 if star else 0] if dstar else None
    ns = {'_impl': impl}
    params, passed = [], []
    first_default = nargs - len(defaults)
    for i, n in enumerate(names[:nargs]):
        if n == '_inplace':
            continue
        if i >= first_default:
            ns['_d%d' % i] = defaults[i - first_default]
            params.append('%s=_d%d' % (n, i))
        else:
            params.append(n)
        passed.append(n)
    if varargs:
        params.append('*' + varargs)
        passed.append('*' + varargs)
    elif any(n != '_inplace' for n in names[nargs:]):
        params.append('*')
    for n in names[nargs:]:
        if n == '_inplace':
            continue
        if n in kwdefaults:
            ns['_k_' + n] = kwdefaults[n]
            params.append('%s=_k_%s' % (n, n))
        else:
            params.append(n)
        passed.append('%s=%s' % (n, n))
    if varkw:
        params.append('**' + varkw)
        passed.append('**' + varkw)
    passed.append('_inplace=True')
    fname = name if name.isidentifier() and not keyword.iskeyword(name) else 'variant'
    src = 'def %s(%s):\n    return _impl(%s)\n' % (fname, ', '.join(params), ', '.join(passed))
    exec(compile(src, '<schema %s>' % name, 'exec'), ns)
    fn = ns[fname]
    fn.__qualname__ = name
    fn.__doc__ = impl.__doc__
    fn.__module__ = impl.__module__
    return fn


def _publish(name, forms):
    """Record generated forms where :func:`surface.attach` and the namespace read them."""
    for key, fn in forms.items():
        if key == 'function':
            TORCH_FUNCTIONS[name] = fn
            continue
        if key == 'functional':
            FUNCTIONAL[name] = fn
            continue
        receiver, kind = key.split('.')
        table = TENSOR_METHODS if receiver == 'tensor' else VARIABLE_METHODS
        table[name + '_' if kind == 'inplace' else name] = fn


def with_out(fn, name=None):
    """Add ``out=`` (0.3: result written into the given tensor, which is returned).

    With the op's ``name``, a method-form invalid-combination error of ``name`` on tensors
    becomes ``torch.<name>``'s own text (:func:`_args.stateless_error`; free on the normal
    path)."""
    @functools.wraps(fn)
    def wrapper(*args, out=None, **kwargs):
        try:
            result = fn(*args, **kwargs)
        except TypeError as e:
            err = _args.stateless_error(e, name, args, out) if name is not None else None
            if err is None:
                raise
            raise err from None
        if out is None:
            return result
        return write_out(out, result, fn.__name__)
    return wrapper


def variable_out_error():
    """``out=`` given a Variable: 0.3.1's tensor functions took only a tensor of the result's
    type there (its parser's TypeError, with the overload list); our text names the problem."""
    return TypeError('out= is not supported for Variables in 0.3 (got a Variable)')


def write_out(out, result, name=None):
    from ..autograd.variable import Variable
    from ..tensor import _TensorBase
    if isinstance(result, tuple):
        if not isinstance(out, (tuple, list)) or len(out) != len(result):
            raise TypeError('out= must be a tuple of %d tensors here' % len(result))
        return tuple(write_out(o, r, name) for o, r in zip(out, result))
    if isinstance(out, Variable):
        raise variable_out_error()
    if not isinstance(out, _TensorBase):
        raise TypeError('out= must be a tensor, got %s' % type(out).__name__)
    if isinstance(result, Variable):
        # 0.3.1's Variable methods and functions had no ``out`` parameter (its argument parser)
        raise TypeError("%s() got an unexpected keyword argument 'out'" % (name or 'function').rstrip('_'))
    if not isinstance(result, _TensorBase):
        raise TypeError('out= is not supported when the result is a Python number')
    if type(out) is not type(result):
        raise TypeError('out= tensor has type %s but the result is %s' % (out.type(), result.type()))
    if out._a.shape == result._a.shape:
        out._a[...] = result._a
    else:
        out._a = result._a.copy()
    return out


def overload_options(name, type_name, argname='other'):
    """The legacy overload list of ``name`` for a tensor of ``type_name``, as
    ``[(text, kinds)]`` where ``kinds`` is the argument kinds (``'number'`` / ``'tensor'``).

    Ops without declared overloads have the one form ``(T <argname>)``.  cwrap's ``real value``
    prints as ``int value`` for an integer type.
    """
    d = SCHEMA.get(name)
    forms = d.overloads if d is not None and d.overloads else ('(T %s)' % argname,)
    integral = type_name.rsplit('.', 1)[-1] in _INTEGRAL_TYPES
    out = []
    for form in forms:
        args = [a.strip() for a in form.strip('()').split(',') if a.strip()]
        kinds = ['number' if a.split()[0] in ('float', 'int', 'real') else 'tensor' for a in args]
        if integral:
            form = form.replace('float value', 'int value')
        out.append((form.replace('T ', type_name + ' '), kinds))
    return out


_INTEGRAL_TYPES = frozenset(('LongTensor', 'IntTensor', 'ShortTensor', 'CharTensor', 'ByteTensor'))


def op_facts():
    """What tools (the migrator, reports) need to know of each public op, from the schema.

    ``{name: {'forms': [...], 'inplace': '<name>_' or None, 'out': bool, 'shape': rule,
    'tensor_method': bool, 'variable_method': bool, 'function': bool, 'functional': bool,
    'params': [...] (the F.* form's parameter names), ...facts}}``.  The functional ops are
    there once ``legacy_autograd.nn`` is imported.
    """
    facts = {}
    for name, d in SCHEMA.items():
        facts[name] = {
            'forms': sorted(d.forms),
            'inplace': name + '_' if d.inplace is not None else None,
            'out': 'out' in d.variants,
            'shape': d.shape,
            'tensor_method': 'tensor.method' in d.forms,
            'variable_method': 'variable.method' in d.forms,
            'function': 'function' in d.forms,
            'functional': 'functional' in d.forms,
        }
        if 'functional' in d.forms:
            code = _impl_code(d.forms['functional'])
            facts[name]['params'] = list(code.co_varnames[:code.co_argcount]) if code else []
        facts[name].update(d.facts)
    return facts


def _impl_code(fn):
    fn = getattr(fn, '__wrapped__', fn)
    return getattr(fn, '__code__', None)


def merge_inplace_declarations():
    """Fold each separately declared in-place method ``foo_`` into ``foo``'s declaration.

    Front-ends whose in-place body differs from the out-of-place one (``tril_``, ``eq_``,
    ``masked_fill_``) are declared on their own; after every op module has run, they become
    the in-place form of ``foo`` (their sample calls run in that form only), so each public
    op is one declaration.  Ops that exist only in place (``fill_``, ``uniform_``) stay as
    they are.
    """
    for name in sorted(SCHEMA):
        if not name.endswith('_') or name[:-1] not in SCHEMA:
            continue
        part, base = SCHEMA[name], SCHEMA[name[:-1]]
        if part.variants != frozenset(['method']):
            continue
        for key, fn in part.forms.items():
            receiver = key.split('.')[0]
            if receiver + '.inplace' in base.forms:
                raise ValueError('op %r: in-place form declared twice' % base.name)
            base.forms[receiver + '.inplace'] = fn
        for call in base.calls:           # the base's own calls keep to its own forms
            if call.variants is None:
                call.variants = tuple(sorted(base.variants))
        for call in part.calls:
            call.variants = ('inplace',)
            if call.modern is None:     # modern torch's own in-place method, on a copy
                call.modern = part.modern or _modern_inplace(name)
        base.calls += part.calls
        base.kernels += tuple(k for k in part.kernels if k not in base.kernels)
        base.variants = base.variants | {'inplace'}
        del SCHEMA[name]


def _modern_inplace(name):
    return lambda torch, x, *args, **kwargs: getattr(x.clone(), name)(*args, **kwargs)
