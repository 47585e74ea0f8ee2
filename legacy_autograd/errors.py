"""Builders for the legacy (0.3) error texts, so each message lives in one place."""
import sys


def package_class(module, name):
    """A class of the package, looked up (not imported: this module imports nothing of the
    package, so it stays out of import cycles); ``()`` before the module is loaded, which
    no ``isinstance`` matches."""
    m = sys.modules.get(module)
    return getattr(m, name, ()) if m is not None else ()


def legacy_typename(obj):
    """The name 0.3's argument parser showed for an argument's type.

    Classes of the layers above (tensors, Variable) name themselves through the class attribute
    ``_legacy_arg_typename``: a function of the object (this module imports nothing of theirs)."""
    named = getattr(type(obj), '_legacy_arg_typename', None)
    if named is not None:
        return named(obj)
    if isinstance(obj, bool):
        return 'bool'
    t = type(obj)
    if t.__module__ in ('builtins', '__builtin__'):
        return t.__name__
    if t.__module__ == 'numpy':
        return 'numpy.' + t.__name__
    module = t.__module__
    if module == 'legacy_autograd' or module.startswith('legacy_autograd.'):
        module = 'torch' + module[len('legacy_autograd'):]     # torch.FloatStorage, torch.Size
    return module + '.' + t.__qualname__


def tp_name(obj):
    """The type name 0.3's C code printed for an object (``Py_TYPE(obj)->tp_name``).

    Tensors print their type name: their class sets ``_legacy_tp_name`` (a function of the object)."""
    t = type(obj)
    named = getattr(t, '_legacy_tp_name', None)
    if named is not None:
        return named(obj)
    if t.__flags__ & (1 << 9):          # heap type (a class defined in Python): bare name
        return t.__name__
    mod = t.__module__
    return t.__name__ if mod == 'builtins' else mod + '.' + t.__name__


def _colour():
    try:
        return sys.stdout.isatty() and sys.stderr.isatty()
    except Exception:
        return False


def _marker():
    """``mark(text, bad)``: an argument as ``_formattedArgDesc`` showed it: red or green on a
    terminal (stdout and stderr both), else ``!bad!`` and plain."""
    if _colour():
        return lambda text, bad: ('\33[31;1m' if bad else '\33[32;1m') + text + '\33[0m'
    return lambda text, bad: '!' + text + '!' if bad else text


def mark_bad(names, bad):
    """Format an argument tuple, marking the mismatching ones like 0.3 did."""
    mark = _marker()
    return '(' + ', '.join(mark(name, b) for name, b in zip(names, bad)) + ')'


def invalid_arguments(fname, args, options, stateless=None):
    """``<fname> received an invalid combination of arguments - got (...), but expected ...``

    ``options`` is a list of ``(signature_text, checker)``; checker(args) returns a list
    of per-argument "bad" flags, or None when the option is not comparable (arity differs).
    The layout is 0.3.1's ``format_invalid_args`` (torch/csrc/utils/invalid_arguments.cpp):
    one option is named on the first line (``got (int, !float!), but expected (int dim)``, the
    arguments marked when their count matches); several are listed one per line, each line
    ending in a newline, with the mismatch under every option whose argument count matches.

    The error carries what :func:`stateless_invalid_arguments` needs to restate it for the
    ``torch.<fname>(tensor, ...)`` form (attribute ``legacy_invalid``); ``stateless`` is that
    form's own option list (checkers over every argument) where it is not the method's with
    the receiver added (the comparisons).
    """
    err = _invalid_arguments(fname, args, options)
    err.legacy_invalid = (fname, list(args), options, stateless)
    return err


def _invalid_arguments(fname, args, options):
    names = [legacy_typename(a) for a in args]
    head = '%s received an invalid combination of arguments - got ' % fname
    if len(options) == 1:
        sig, checker = options[0]
        flags = checker(args) if checker is not None else None
        got = mark_bad(names, flags) if flags is not None else '(' + ', '.join(names) + ')'
        return TypeError(head + got + ', but expected ' + sig)
    lines = [head + '(%s), but expected one of:' % ', '.join(names)]
    for sig, checker in options:
        lines.append(' * ' + sig)
        flags = checker(args) if checker is not None else None
        if flags is not None:
            lines.append("      didn't match because some of the arguments have invalid types: "
                         + mark_bad(names, flags))
    return TypeError('\n'.join(lines) + '\n')


def _marks_as(typ, obj):
    """Whether ``format_invalid_args`` showed ``obj`` as matching a parameter of type ``typ``:
    it compared the argument's type name (``tp_name``) only (``_buildType`` in
    torch/csrc/utils/invalid_arguments.cpp: ``float`` is a float, int or long, ``int`` an int or
    long, any other type its own name), so a bool is no ``float`` and a Parameter no ``Variable``."""
    name = tp_name(obj)
    if typ == 'float':
        return name in ('float', 'int')
    if typ == 'int':
        return name == 'int'
    return name == typ


def format_invalid_args(fname, args, kwargs, options):
    """The invalid-combination text of ``format_invalid_args`` (0.3.1's
    torch/csrc/utils/invalid_arguments.cpp), keyword arguments included, behind cwrap's methods
    (``fname`` = the method's name) and the Variable argument parser (``fname`` = ``name()``).

    ``options`` are the overloads' texts (``'(float min)'``).  Quirks kept: keywords follow
    the positional arguments as ``name=type``; a call with keywords only keeps the trailing
    ``", "`` (``got (min=str, )``: the C code trims the last separator only when there were
    positional arguments); an option whose last parameters do not name every keyword says which
    keywords were incorrect; the marked form looks each keyword up by the option's parameter at
    its place.  ``torch.<fname>(tensor, ...)`` restates it (:func:`stateless_invalid_arguments`)."""
    args, kwargs = list(args), list(kwargs.items())
    parsed = []
    for text in options:
        # every text but 'no arguments' is split at ', ' (so '()' is one nameless parameter
        # that nothing matches, as _parseOption read it)
        params = [] if text == 'no arguments' else [
            p.rsplit(' ', 1) if ' ' in p else [p, p] for p in text.strip()[1:-1].split(', ')]
        parsed.append((text, params))

    def listed(parts):
        return '(' + ''.join(p + ', ' for p in parts)[:-2 if args else None] + ')'

    given = listed([tp_name(a) for a in args] + ['%s=%s' % (k, tp_name(v)) for k, v in kwargs])
    keys = dict(kwargs)

    def unmatched(params):
        names = [name for _, name in params[max(len(params) - len(kwargs), 0):]]
        return [k for k, _ in kwargs if k not in names]

    def marked(params):
        mark = _marker()
        parts = []
        for i in range(len(args) + len(kwargs)):
            typ, name = params[i]
            obj = args[i] if i < len(args) else keys[name]
            shown = tp_name(obj) if i < len(args) else name + '=' + tp_name(obj)
            parts.append(mark(shown, not _marks_as(typ, obj)))
        return listed(parts)

    head = '%s received an invalid combination of arguments - ' % fname
    count = len(args) + len(kwargs)
    if len(parsed) == 1:
        text, params = parsed[0]
        wrong = unmatched(params)
        if wrong:
            msg = head + 'got unrecognized keyword arguments: ' + ', '.join(wrong)
        else:
            msg = head + 'got %s, but expected %s' % (
                marked(params) if len(params) == count else given, text)
    else:
        lines = [head + 'got %s, but expected one of:' % given]
        for text, params in parsed:
            lines.append(' * ' + text)
            if len(params) != count:
                continue
            wrong = unmatched(params)
            if wrong:
                lines.append("      didn't match because some of the keywords were incorrect: "
                             + ', '.join(wrong))
            else:
                lines.append("      didn't match because some of the arguments have invalid "
                             "types: " + marked(params))
        msg = '\n'.join(lines) + '\n'
    err = TypeError(msg)
    err.legacy_invalid_keywords = (fname, args, dict(kwargs), list(options))
    return err


#: the Variable argument parser's type names (``FunctionParameter::type_name``)
_PARSER_TYPE_NAMES = {'Tensor': 'Variable', 'Scalar': 'float', 'int64_t': 'int', 'double': 'float',
                      'TensorList': 'tuple of Variables', 'IntList': 'tuple of ints',
                      'Generator': 'torch.Generator', 'bool': 'bool'}


class _Signature(object):
    """One signature of the Variable argument parser, from its ATen prototype
    (``'add(Scalar other, *, Scalar alpha=1)'``, ``'...|deprecated'``)."""
    __slots__ = ('name', 'params', 'deprecated', 'max_pos', 'min_args')

    def __init__(self, text):
        self.deprecated = text.endswith('|deprecated')
        text = text.split('|')[0]
        self.name, body = text[:-1].split('(', 1)
        self.params = []            # (type, name, optional, keyword_only)
        kw_only = False
        for part in body.split(', ') if body else ():
            if part == '*':
                kw_only = True
                continue
            typ, name = part.split(' ', 1)
            self.params.append((typ, name.split('=')[0], '=' in name, kw_only))
        self.max_pos = sum(1 for p in self.params if not p[3])
        self.min_args = sum(1 for p in self.params if not p[2])

    def text(self):
        return '(' + ', '.join('%s %s' % (_PARSER_TYPE_NAMES[t], n)
                               for t, n, _, _ in self.params) + ')'

    def error(self, args, kwargs, accepts):
        """The TypeError ``FunctionSignature::parse`` raised for these arguments, or None
        when they parse."""
        name, nargs = self.name, len(args)
        if nargs > self.max_pos:
            if self.min_args != self.max_pos:
                return TypeError('%s() takes from %d to %d positional arguments but %d were given'
                                 % (name, self.min_args, self.max_pos, nargs))
            return TypeError('%s() takes %d positional argument%s but %d %s given' % (
                name, self.max_pos, '' if self.max_pos == 1 else 's', nargs,
                'was' if nargs == 1 else 'were'))
        used = 0
        for i, (typ, pname, optional, _) in enumerate(self.params):
            shown = _PARSER_TYPE_NAMES[typ]
            if i < nargs:
                if not accepts(typ, optional, args[i]):
                    return TypeError("%s(): argument '%s' (position %d) must be %s, not %s"
                                     % (name, pname, i + 1, shown, tp_name(args[i])))
            elif pname in kwargs:
                used += 1
                if not accepts(typ, optional, kwargs[pname]):
                    return TypeError("%s(): argument '%s' must be %s, not %s"
                                     % (name, pname, shown, tp_name(kwargs[pname])))
            elif not optional:
                missing = ['"%s"' % p[1] for p in self.params[i:] if not p[2]]
                # (0.3.1's plural test is the wrong way round: "1 required positional arguments")
                return TypeError('%s() missing %d required positional argument%s: %s' % (
                    name, len(missing), 's' if len(missing) == 1 else '', ', '.join(missing)))
        if used < len(kwargs):
            names = [p[1] for p in self.params]
            for key in kwargs:
                if key not in names:
                    return TypeError("%s() got an unexpected keyword argument '%s'" % (name, key))
                if names.index(key) < nargs:
                    return TypeError("%s() got multiple values for argument '%s'" % (name, key))
        return None


def parser_invalid_arguments(signatures, args, kwargs, accepts):
    """The TypeError 0.3.1's Variable argument parser (torch/csrc/utils/python_arg_parser.cpp)
    raised for a call that matched none of ``signatures`` (the method's ATen prototypes, self
    left out, in declaration order).

    One signature: its own parse error (``atan2(): argument 'other' (position 1) must be
    Variable, not torch.FloatTensor``).  Several: when exactly one non-deprecated signature
    takes that many arguments, its parse error; else ``format_invalid_args`` over every
    non-deprecated signature, under ``name()`` (``mul() received an invalid combination of
    arguments - got (str), but expected one of:`` `` * (float other)`` ...).  ``accepts(type,
    optional, obj)`` is the parser's type test of one argument."""
    sigs = [_Signature(s) for s in signatures]
    if len(sigs) == 1:
        return sigs[0].error(args, kwargs, accepts)
    n = len(args) + len(kwargs)
    plausible = [s for s in sigs if s.min_args <= n <= len(s.params) and not s.deprecated]
    if len(plausible) == 1:
        err = plausible[0].error(args, kwargs, accepts)
        if err is not None:
            return err
    return format_invalid_args(sigs[0].name + '()', args, kwargs,
                               [s.text() for s in sigs if not s.deprecated])


#: op name -> ``options(source)``: the stateless option list (checkers over every argument)
#: of an op whose ``torch.*`` function 0.3.1 declared apart from its method (the comparisons:
#: ``tensor`` for ``self``, their own overloads), registered by the op's module
STATELESS_OPTIONS = {}

#: leading parameters that 0.3.1's cwrap declarations put before ``self`` (``addmm``'s
#: ``real beta``, ``pow``'s ``real base``): the stateless form lists ``source`` after them
_BEFORE_SELF = ('beta', 'base')


def _with_source(text, type_name):
    """A method option's text with 0.3.1's stateless ``self`` argument added:
    ``(int dim, T index)`` -> ``(T source, int dim, T index)``.  Returns (text, position)."""
    params = [p.strip() for p in text.strip()[1:-1].split(',') if p.strip()] \
        if text.startswith('(') else []
    q = 0
    while q < len(params) and params[q].split()[-1] in _BEFORE_SELF:
        q += 1
    params.insert(q, '%s source' % type_name)
    return '(' + ', '.join(params) + ')', q


def stateless_invalid_arguments(err, name, args, out=None):
    """The ``torch.<name>(tensor, ...)`` form of a method-form invalid-combination error, or
    None when ``err`` is not one for ``name``.

    0.3.1 generated a second, "stateless" parser for each op with the function variant
    (``make_stateless`` in tools/cwrap/plugins/THPPlugin.py): its readable name is
    ``'torch.' + name`` and ``self`` is a checked argument renamed ``source``, so every option
    lists ``<type> source`` and ``got (...)`` lists every argument, the tensor included
    (``torch.index_select received an invalid combination of arguments - got
    (torch.FloatTensor, int, !torch.FloatTensor!), but expected (torch.FloatTensor source,
    int dim, torch.LongTensor index)``).  ``args`` are the function's positional arguments;
    the receiver is the first tensor among them (after a leading number: ``torch.pow(2, x)``,
    ``torch.addmm(0.5, M, ...)``).

    The result argument (cwrap's ``#<type> out``) is shown only when ``out=`` was given
    (``_parseOption`` in torch/csrc/utils/invalid_arguments.cpp): ``out=<type>`` ends
    ``got (...)`` and each option ends ``, *, <type> out)``; its type is the receiver's unless
    the option names another."""
    keywords = getattr(err, 'legacy_invalid_keywords', None)
    if keywords is not None and keywords[0] == name and args and out is None:
        fname, margs, kwargs, options = keywords
        type_name = args[0].type()
        return format_invalid_args('torch.' + name, [args[0]] + margs, kwargs,
                                   [_with_source(text, type_name)[0] for text in options])
    info = getattr(err, 'legacy_invalid', None)
    if info is None or info[0] != name or not args:
        return None
    fname, margs, options, stateless = info
    if stateless is None and name in STATELESS_OPTIONS:
        stateless = STATELESS_OPTIONS[name](args[0])
    if stateless is not None:
        full, new, type_name = list(args), list(stateless), args[0].type()
    else:
        p = 0
        source = args[0]
        if not hasattr(source, 'type') and len(args) > 1 and hasattr(args[1], 'type'):
            p, source = 1, args[1]
        p = min(p, len(margs))
        type_name = source.type()
        full = margs[:p] + [source] + margs[p:]

        def restated(checker):
            if checker is None:
                return None

            def check(a):
                flags = checker(a[:p] + a[p + 1:])
                if flags is None:
                    return None
                flags = list(flags)
                flags.insert(p, False)
                return flags
            return check
        new = [(_with_source(text, type_name)[0], restated(checker)) for text, checker in options]
    if out is not None:
        full, new = full + [_Keyword('out', out)], [_with_out(o, type_name) for o in new]
    return _invalid_arguments('torch.' + name, full, [o[:2] for o in new])


class _Keyword(object):
    """A keyword argument in ``got (...)``: ``out=torch.FloatTensor``."""
    __slots__ = ('name', 'value')

    def __init__(self, name, value):
        self.name, self.value = name, value

    def _legacy_arg_typename(self):
        return self.name + '=' + legacy_typename(self.value)


def _with_out(option, type_name):
    text, checker = option[:2]
    out_type = option[2] if len(option) > 2 else type_name

    def check(a):
        flags = checker(a[:-1]) if checker is not None else None
        if flags is None:
            return None
        return list(flags) + [legacy_typename(a[-1].value) != out_type]
    return (text[:-1] + ', *, %s out)' % out_type, check)


def variable_type_mismatch(expected, found, argno, argname):
    return RuntimeError(
        "Expected object of type Variable[%s] but found type Variable[%s] for argument #%d '%s'"
        % (expected, found, argno, argname))


def broadcast_error(size_a, size_b, dim, th=False):
    """Two shapes that do not broadcast.  ``th``: TH's text (``THLongStorage_inferSize2``: the
    tensor ops' broadcasting and ``torch._C._infer_size``), which ends with a period; without
    it ATen's (``infer_size``: the Variable ops), which does not."""
    return RuntimeError(
        'The size of tensor a (%d) must match the size of tensor b (%d) at non-singleton dimension %d%s'
        % (size_a, size_b, dim, '.' if th else ''))


def broadcast_error_n(j, size, expanded, dim):
    """TH's ``THLongStorage_inferSizeN`` text (a tensor op broadcasting three operands:
    addcmul, addcdiv); ``j`` is the operand's position, and 'sizeof' is TH's own spelling."""
    return RuntimeError('The size of tensor %d (%d) must match the expanded sizeof tensor (%d) at '
                        'non-singleton dimension %d.' % (j, size, expanded, dim))


def expand_dims_error():
    """``THTensor_expand``'s first check (a ``THArgCheck`` of argument 1): fewer sizes than the
    operand has dimensions."""
    return RuntimeError('invalid argument 1: the number of sizes provided must be greater or '
                        'equal to the number of dimensions in the tensor')


def expand_error(target, size, dim):
    """TH's ``THTensor_expand`` text: a dimension of ``size`` that cannot become ``target``."""
    return RuntimeError('The expanded size of the tensor (%d) must match the existing size (%d) '
                        'at non-singleton dimension %d.' % (target, size, dim))


def fmt_sizes(shape):
    return '[' + ' x '.join(str(s) for s in shape) + ']'


def apply2_size_error(name1, shape1, name2, shape2):
    """TH_TENSOR_APPLY2's check of two operands of different element counts, each size as
    ``_THSizeDesc`` wrote it: ``inconsistent tensor size, expected tensor [3] and src [2 x 2]
    to have the same number of elements, but got 3 and 4 elements respectively``."""
    n1, n2 = 1, 1
    for s in shape1:
        n1 *= int(s)
    for s in shape2:
        n2 *= int(s)
    return RuntimeError('inconsistent tensor size, expected %s %s and %s %s to have the same '
                        'number of elements, but got %d and %d elements respectively'
                        % (name1, fmt_sizes(shape1), name2, fmt_sizes(shape2), n1, n2))


def dim_out_of_range(dim, ndim):
    lo, hi = (-ndim, ndim - 1) if ndim > 0 else (-1, 0)
    return RuntimeError('dimension out of range (expected to be in range of [%d, %d], but got %d)'
                        % (lo, hi, dim))


def index_out_of_range(index, dim, size):
    return IndexError('index %d is out of range for dimension %d (of size %d)' % (index, dim, size))


def check_alloc_size(shape, itemsize):
    """TH's ``THAlloc`` refusal of a byte count that overflows (numpy would say "array is too
    big", a ``ValueError``)."""
    n = itemsize
    for s in shape:
        n *= s
    if n >= 1 << 63:
        raise RuntimeError('$ Torch: invalid memory size -- maybe an overflow?')


def out_of_memory(nbytes):
    """TH's allocation failure (numpy raises ``MemoryError``)."""
    return RuntimeError('$ Torch: not enough memory: you tried to allocate %dGB. Buy new RAM!'
                        % (nbytes // 1073741824))


def type_name_error(name):
    """The exception 0.3.1's ``_import_dotted_name`` (torch/_utils.py, behind ``t.type(name)``
    and ``storage.type(name)``) raised for a name that names nothing, or None when it names
    something.  0.3.1 imported the first component and looked each later one up as an
    attribute; no module is imported here (a name is never a reason to run a module's code):
    ``torch`` is walked through its 0.3.1 export table, any other first component that is not
    imported already gives the import error."""
    from . import _exports
    parts = name.split('.')
    if parts[0] != 'torch':
        if parts[0] not in sys.modules:
            return ModuleNotFoundError("No module named '%s'" % parts[0])
        return None
    for i in range(1, len(parts)):
        owner = '.'.join(parts[:i])
        if owner + '.' + parts[i] in _exports.MODULES or owner + '.' + parts[i] == 'torch.cuda.sparse':
            continue
        if parts[i] in _exports.EXPORTS.get(owner, ()):
            return None
        return AttributeError("module '%s' has no attribute '%s'" % (owner, parts[i]))
    return None


def dense_to_sparse_error():
    return RuntimeError('Cannot cast dense tensor to sparse tensor')


def named_module_error(name):
    """``t.type('torch.nn')``: 0.3.1's ``_type`` imported the module and asked it for
    ``is_sparse`` (an AttributeError); None when ``name`` is not a module of the namespace."""
    from . import _exports
    if name in _exports.MODULES:
        return AttributeError("module '%s' has no attribute 'is_sparse'" % name)
    return None


def type_cast_error(new_type):
    """0.3.1's ``_type`` given something that is no dense tensor type: a sparse class
    (``Cannot cast dense tensor to sparse tensor``), any other object without ``is_sparse``
    (the AttributeError of that lookup), or one with it that cannot be called (a tensor: the
    TypeError of ``new_type(self.size())``); None when none applies."""
    if getattr(new_type, 'is_sparse', None) is True:
        return dense_to_sparse_error()
    if not hasattr(new_type, 'is_sparse'):
        kind = "type object '%s'" % new_type.__name__ if isinstance(new_type, type) \
            else "'%s' object" % type(new_type).__name__
        return AttributeError("%s has no attribute 'is_sparse'" % kind)
    if not callable(new_type):
        return TypeError("'%s' object is not callable" % tp_name(new_type))
    return None
