"""A small static inference of what the expressions of a 0.3 script hold.

For every expression it reaches, :class:`Analyzer` records an :class:`Info`:
whether it is a 0.3 *tensor* (whose full reductions are Python numbers and
whose 1-D elements are numbers), a *Variable*, a Python number, a module, ...
together with the number of dimensions and the element type when they can be
read off the code (``torch.randn(4, 3)``, ``x.view(-1, 320)``, ``nn.Linear``
keeps the dimensionality of its input, ...).

It walks the statements in source order and keeps an environment of names, so
``x = x.view(-1, 320)`` followed by ``F.log_softmax(x)`` knows ``x`` is 2-D.
Loops and branches are walked once, in order: this is a heuristic, and the
rules only use facts that are known; what is unknown is flagged, not guessed.
Calls to the script's own ``nn.Module`` classes and functions are followed
through their parameters (the dimensionality seen at every call site) and
their return values, by running the walk a few times.
"""

import libcst as cst

from .names import dotted

TYPE_DTYPES = {
    'Tensor': 'float32', 'FloatTensor': 'float32', 'DoubleTensor': 'float64',
    'HalfTensor': 'float16', 'ByteTensor': 'uint8', 'CharTensor': 'int8',
    'ShortTensor': 'int16', 'IntTensor': 'int32', 'LongTensor': 'int64',
}
INT_DTYPES = {'uint8', 'int8', 'int16', 'int32', 'int64'}
CAST_METHODS = {'float': 'float32', 'double': 'float64', 'half': 'float16', 'long': 'int64',
                'int': 'int32', 'short': 'int16', 'char': 'int8', 'byte': 'uint8'}

SOFTMAX_FUNCTIONS = set()       # from the op schema: facts={'implicit_dim': True}
SOFTMAX_MODULES = {'Softmax', 'LogSoftmax', 'Softmin'}

# methods of a tensor/Variable that keep the number of dimensions
SAME_SHAPE_METHODS = {
    'abs', 'abs_', 'exp', 'exp_', 'log', 'log_', 'log1p', 'sqrt', 'sqrt_', 'rsqrt', 'sigmoid',
    'sigmoid_', 'tanh', 'tanh_', 'relu', 'clamp', 'clamp_', 'clone', 'contiguous', 'neg', 'neg_',
    'cpu', 'cuda', 'detach', 'add', 'add_', 'sub', 'sub_', 'mul', 'mul_', 'div', 'div_', 'pow',
    'pow_', 'fill_', 'zero_', 'normal_', 'uniform_', 'copy_', 'masked_fill', 'masked_fill_',
    'sign', 'round', 'floor', 'ceil', 'fmod', 'remainder', 'reciprocal', 'sin', 'cos', 'frac',
    'addcmul', 'addcdiv', 'addcmul_', 'addcdiv_', 'lerp', 'index_fill_', 'scatter_', 'scatter',
    'index_add_', 'index_copy_', 'masked_scatter_', 'bernoulli', 'bernoulli_', 'exponential_',
    'random_', 'cauchy_', 'geometric_', 'log_normal_', 'type_as', 'resize_as_', 'pin_memory',
    'expand_as', 'view_as', 'transpose', 'transpose_', 't', 't_', 'permute', 'cumsum', 'cumprod',
    'sort', 'renorm', 'clamp_min', 'clamp_max', 'tril', 'triu', 'flip', 'squeeze_', 'gather',
    'index_select', 'narrow', 'trunc', 'lt_', 'gt_', 'requires_grad_', 'share_memory_',
}
COMPARISON_METHODS = {'eq', 'ne', 'lt', 'le', 'gt', 'ge'}


def _schema_facts():
    """Rank-keeping methods from the op schema (legacy_autograd/ops/schema.py): every
    declared pointwise or broadcasting op and its in-place form, so an op added there is
    known here without a second list."""
    from ..ops.schema import op_facts
    names = set()
    for name, fact in op_facts().items():
        if fact['shape'] in ('pointwise', 'broadcast') and name not in COMPARISON_METHODS:
            names.add(name)
            if fact['inplace']:
                names.add(fact['inplace'])
    return names


# (the hand list keeps the non-op methods, cpu/cuda/detach/..., and the ops whose rule is
# not one of the schema's rank-keeping ones but still keep the rank: transpose, sort, ...)
SAME_SHAPE_METHODS = SAME_SHAPE_METHODS | _schema_facts()
RESHAPE_METHODS = {'view', 'resize', 'resize_', 'reshape', 'expand', 'repeat'}
# reductions over everything when called without a dim
FULL_REDUCTIONS = {'sum', 'mean', 'prod', 'max', 'min', 'median', 'mode', 'norm', 'std', 'var',
                   'dot', 'dist', 'trace'}
INDEX_REDUCTIONS = {'max', 'min', 'median', 'mode', 'kthvalue'}

# methods only tensors/Variables have: an unknown receiver calling them is one
TENSOR_ONLY_METHODS = {'view', 'view_as', 'unsqueeze', 'squeeze', 'mm', 'bmm', 'mv', 'matmul',
                       'expand', 'expand_as', 'contiguous', 'index_select', 'narrow', 'permute',
                       'masked_fill', 'masked_fill_', 'sigmoid', 'tanh', 'relu', 'clamp',
                       'unfold', 'type_as', 'resize_', 'resize_as_', 'addmm', 'addmm_'}

# rank-keeping functions besides the functional ops the op schema declares pointwise
# (_functional_facts below adds relu, sigmoid, dropout, ...): glu / normalize / batch_norm /
# pad keep the rank, and the torch.* math a script may call as a function
ELEMENTWISE_FUNCTIONS = {
    'glu', 'normalize', 'batch_norm', 'pad', 'abs', 'exp', 'log', 'sqrt', 'clamp', 'neg', 'add',
    'sub', 'mul', 'div', 'pow', 'sin', 'cos', 'round', 'floor', 'ceil', 'sign', 'reciprocal',
    'clone',
}
ELEMENTWISE_MODULES = {
    'ReLU', 'ReLU6', 'ELU', 'SELU', 'LeakyReLU', 'PReLU', 'RReLU', 'Sigmoid', 'Tanh', 'Hardtanh',
    'Softplus', 'Softshrink', 'Hardshrink', 'Tanhshrink', 'Softsign', 'LogSigmoid', 'Threshold',
    'Dropout', 'AlphaDropout', 'BatchNorm1d', 'Softmax2d', 'Dropout2d', 'Dropout3d',
    'BatchNorm2d', 'BatchNorm3d', 'InstanceNorm1d', 'InstanceNorm2d', 'LayerNorm',
}
FOUR_D_MODULES = {'Conv2d', 'ConvTranspose2d', 'MaxPool2d', 'AvgPool2d', 'AdaptiveAvgPool2d',
                  'AdaptiveMaxPool2d', 'Upsample', 'UpsamplingNearest2d', 'UpsamplingBilinear2d',
                  'ZeroPad2d', 'ReflectionPad2d', 'ReplicationPad2d', 'PixelShuffle'}
THREE_D_MODULES = {'Conv1d', 'ConvTranspose1d', 'MaxPool1d', 'AvgPool1d'}
RNN_MODULES = {'RNN', 'LSTM', 'GRU'}
CELL_MODULES = {'RNNCell', 'GRUCell'}
LOSS_FUNCTIONS = set()          # every one from the op schema (_functional_facts below)


def _functional_facts():
    """The torch.nn.functional ops declared in the op schema (nn/_functional_schema.py), by
    shape rule: the rank-keeping ones (activations, dropouts), the losses, and those whose dim
    0.3 chose when none was given (softmax, log_softmax, softmin)."""
    from .. import nn  # noqa: F401  (declares the functional ops)
    from ..ops.schema import op_facts
    pointwise, losses, implicit = set(), set(), set()
    for name, fact in op_facts().items():
        if not fact['functional']:
            continue
        if fact.get('implicit_dim'):
            implicit.add(name)
        elif fact['shape'] == 'pointwise':
            pointwise.add(name)
        elif fact['shape'] == 'loss':
            losses.add(name)
    return pointwise, losses, implicit


_F_POINTWISE, _F_LOSSES, _F_IMPLICIT_DIM = _functional_facts()
ELEMENTWISE_FUNCTIONS = ELEMENTWISE_FUNCTIONS | _F_POINTWISE
LOSS_FUNCTIONS = LOSS_FUNCTIONS | _F_LOSSES
SOFTMAX_FUNCTIONS = SOFTMAX_FUNCTIONS | _F_IMPLICIT_DIM
SIZE_FACTORIES = {'randn', 'rand', 'zeros', 'ones', 'empty', 'Tensor', 'FloatTensor',
                  'DoubleTensor', 'LongTensor', 'IntTensor', 'ByteTensor', 'ShortTensor',
                  'CharTensor', 'HalfTensor'}
ONE_D_FACTORIES = {'arange', 'range', 'linspace', 'logspace', 'randperm', 'multinomial'}


class Info(object):
    """What an expression holds, as far as the analysis can tell.

    ``kind``: 'tensor' (0.3 tensor), 'variable', 'number', 'ndarray', 'module'
    (an ``nn`` module instance; ``mod`` is its class name, ``node`` the
    constructor call), 'script_module' / 'class' / 'func' (``cls`` names the
    script's own class or function), 'legacy_fn' (an instance of an old-style
    Function, ``node`` the constructor call), 'tuple'/'list' (``items``),
    'size', 'type' (a tensor type such as ``torch.LongTensor``), 'self', or
    None (unknown).  ``ndim``/``dtype`` are None when unknown; ``size1`` is
    True when the value has exactly one element.
    """

    __slots__ = ('kind', 'ndim', 'dtype', 'size1', 'mod', 'node', 'items', 'cls', 'grad')

    def __init__(self, kind=None, ndim=None, dtype=None, size1=False, mod=None, node=None,
                 items=None, cls=None, grad=False):
        self.kind = kind
        self.ndim = ndim
        self.dtype = dtype
        self.size1 = size1
        self.mod = mod
        self.node = node
        self.items = items
        self.cls = cls
        self.grad = grad

    def but(self, **kw):
        new = Info(self.kind, self.ndim, self.dtype, self.size1, self.mod, self.node,
                   self.items, self.cls, self.grad)
        for k, v in kw.items():
            setattr(new, k, v)
        return new

    @property
    def tensorish(self):
        return self.kind in ('tensor', 'variable')

    def __repr__(self):
        fields = ['{}={!r}'.format(k, getattr(self, k)) for k in ('kind', 'ndim', 'dtype', 'size1',
                                                                   'mod', 'cls')
                  if getattr(self, k) not in (None, False)]
        return 'Info({})'.format(', '.join(fields))


UNKNOWN = Info()
NUMBER = Info('number')


def merge(a, b):
    """The facts two possible values share."""
    if a is None:
        return b
    if b is None:
        return a
    if a.kind != b.kind:
        return UNKNOWN
    return Info(a.kind, a.ndim if a.ndim == b.ndim else None,
                a.dtype if a.dtype == b.dtype else None, a.size1 and b.size1,
                a.mod if a.mod == b.mod else None, a.node if a.node is b.node else None,
                a.items if a.items is b.items else None, a.cls if a.cls == b.cls else None,
                a.grad and b.grad)


def literal_int(node):
    """The value of an integer literal (``3``, ``-1``), else None."""
    if isinstance(node, cst.Integer):
        try:
            return int(node.value, 0)
        except ValueError:
            return None
    if isinstance(node, cst.UnaryOperation) and isinstance(node.operator, cst.Minus):
        v = literal_int(node.expression)
        return None if v is None else -v
    return None


def literal_number(node):
    """The value of an int/float literal, else None."""
    v = literal_int(node)
    if v is not None:
        return v
    if isinstance(node, cst.Float):
        try:
            return float(node.value)
        except ValueError:
            return None
    if isinstance(node, cst.UnaryOperation) and isinstance(node.operator, cst.Minus):
        v = literal_number(node.expression)
        return None if v is None else -v
    return None


def literal_bool(node):
    if isinstance(node, cst.Name) and node.value in ('True', 'False'):
        return node.value == 'True'
    return None


def list_depth(node):
    """(ndim, element count or None, any float) of a nested list/tuple literal; None if not one."""
    if isinstance(node, (cst.List, cst.Tuple)):
        elems = [e.value for e in node.elements]
        if not elems:
            return 1, 0, False
        subs = [list_depth(e) for e in elems]
        if all(s is not None for s in subs):
            depths = {s[0] for s in subs}
            if len(depths) == 1:
                counts = [s[1] for s in subs]
                total = None if None in counts else sum(counts)
                return depths.pop() + 1, total, any(s[2] for s in subs)
            return None
        if all(s is None for s in subs):
            return 1, len(elems), any(isinstance(e, cst.Float) or (
                isinstance(e, cst.UnaryOperation) and isinstance(e.expression, cst.Float))
                for e in elems)
        return None
    if literal_number(node) is not None:
        return 0, 1, isinstance(literal_number(node), float)
    return 0, 1, False


def call_args(node):
    """(positional argument nodes, {keyword: node}) of a Call; None if it uses * or **."""
    pos, kw = [], {}
    for arg in node.args:
        if arg.star:
            return None
        if arg.keyword is not None:
            kw[arg.keyword.value] = arg.value
        else:
            pos.append(arg.value)
    return pos, kw


class LegacyFunction(object):
    """An old-style ``torch.autograd.Function`` subclass defined in the script.

    ``init_params`` lists ``(name, default_node_or_None)`` of ``__init__`` (without
    self); ``state`` the ``self.X = expr`` assignments of ``__init__`` as
    ``(attr, expr_node)``; ``reason`` is why it cannot be converted (or None).
    """

    def __init__(self, name, node):
        self.name = name
        self.node = node
        self.init_params = []
        self.state = []
        self.reason = None
        self.forward = None
        self.backward = None


def is_static(funcdef):
    for dec in funcdef.decorators:
        name = dotted(dec.decorator)
        if name in ('staticmethod', 'classmethod'):
            return True
    return False


def find_legacy_functions(module, table):
    """name -> :class:`LegacyFunction` for every old-style Function class of the module."""
    found = {}

    class Finder(cst.CSTVisitor):
        def visit_ClassDef(self, node):
            bases = [table.resolve(a.value) for a in node.bases]
            local_bases = [dotted(a.value) for a in node.bases]
            if not any(b == 'torch.autograd.Function' for b in bases) and not any(
                    b in found for b in local_bases):
                return True
            methods = {}
            for stmt in node.body.body:
                if isinstance(stmt, cst.FunctionDef):
                    methods[stmt.name.value] = stmt
            forward = methods.get('forward')
            if forward is None or is_static(forward):
                return True
            spec = LegacyFunction(node.name.value, node)
            spec.forward = forward
            spec.backward = methods.get('backward')
            if any(b in found for b in local_bases):
                spec.reason = ('it derives from another old-style Function of this script; '
                               'convert the base class by hand')
            init = methods.get('__init__')
            if init is not None and spec.reason is None:
                _read_init(spec, init)
            others = sorted(set(methods) - {'forward', 'backward', '__init__'})
            if others and spec.reason is None:
                spec.reason = ('it defines other methods ({}) that forward/backward may call '
                               'through self; with static methods there is no instance'
                               .format(', '.join(others)))
            if spec.reason is None and spec.backward is not None and is_static(spec.backward):
                spec.reason = 'its backward is already static but forward is not'
            params = forward.params
            if spec.reason is None and spec.init_params and (
                    isinstance(params.star_arg, cst.Param) or params.kwonly_params
                    or params.star_kwarg):
                spec.reason = ('forward takes *args/keyword-only arguments and __init__ '
                               'takes arguments: pass them through apply() by hand')
            found[spec.name] = spec
            return True

    module.visit(Finder())
    return found


def _read_init(spec, init):
    params = init.params
    if isinstance(params.star_arg, cst.Param) or params.kwonly_params or params.star_kwarg:
        spec.reason = '__init__ takes *args or keyword-only arguments'
        return
    plist = list(params.posonly_params) + list(params.params)
    if not plist:
        spec.reason = '__init__ takes no self argument'
        return
    self_name = plist[0].name.value
    spec.init_params = [(p.name.value, p.default) for p in plist[1:]]
    body = init.body.body if isinstance(init.body, cst.IndentedBlock) else [init.body]
    for i, stmt in enumerate(body):
        if not isinstance(stmt, cst.SimpleStatementLine):
            spec.reason = '__init__ does more than store its arguments'
            return
        for small in stmt.body:
            if isinstance(small, cst.Expr):
                if i == 0 and isinstance(small.value, (cst.SimpleString, cst.ConcatenatedString)):
                    continue   # docstring
                if isinstance(small.value, cst.Call) and _is_super_init(small.value):
                    continue
                spec.reason = '__init__ does more than store its arguments'
                return
            if isinstance(small, cst.Pass):
                continue
            if (isinstance(small, cst.Assign) and len(small.targets) == 1
                    and isinstance(small.targets[0].target, cst.Attribute)
                    and isinstance(small.targets[0].target.value, cst.Name)
                    and small.targets[0].target.value.value == self_name
                    and not _mentions(small.value, self_name)):
                spec.state.append((small.targets[0].target.attr.value, small.value))
                continue
            spec.reason = '__init__ does more than store its arguments'
            return


def _is_super_init(call):
    func = call.func
    if isinstance(func, cst.Attribute) and func.attr.value == '__init__':
        inner = func.value
        if isinstance(inner, cst.Call) and dotted(inner.func) == 'super':
            return True
        if dotted(inner) is not None:
            return True   # Function.__init__(self)
    return False


def _mentions(node, name):
    found = []

    class V(cst.CSTVisitor):
        def visit_Name(self, n):
            if n.value == name:
                found.append(n)

    node.visit(V())
    return bool(found)


class _Ctx(object):
    def __init__(self, cls=None, func=None, self_name=None, kind=None):
        self.cls = cls
        self.func = func
        self.self_name = self_name
        self.kind = kind          # class kind: 'module', 'legacy', None
        self.returns = []


class Analyzer(object):
    """Runs the inference over a parsed module; see the module docstring.

    After :meth:`run`: ``infos`` (node -> Info), ``softmax_inputs`` (softmax call or
    softmax-module constructor node -> set of input ndims seen, None = unknown),
    ``legacy_calls`` (call node -> constructor node of the old-style Function
    instance it calls), ``legacy_bindings`` (constructor node -> dict with the
    bound name, the statement, and how the name is used), ``full_reductions``
    (call nodes reducing a 0.3 *tensor* to a Python number).
    """

    MAX_PASSES = 8

    def __init__(self, module, table, legacy):
        self.module = module
        self.table = table
        self.legacy = legacy
        self.default_double = False
        self.script_modules = set()
        self.prev_seeds = {}
        self.prev_returns = {}
        self.prev_class_attrs = {}
        self.prev_module_env = {}

    # --- driver -----------------------------------------------------------------

    def run(self):
        previous = None
        for n in range(self.MAX_PASSES):
            self.infos = {}
            self.softmax_inputs = {}
            self.legacy_calls = {}
            self.legacy_bindings = {}
            self.legacy_direct = set()
            self.full_reductions = set()
            self.variable_of_variable = set()
            self.seeds = {}
            self.returns = {}
            self.class_attrs = {}
            self.module_env = {}
            self._stmt = None
            self.block(self.module.body, self.module_env, _Ctx())
            self.prev_seeds = self.seeds
            self.prev_returns = self.returns
            self.prev_class_attrs = self.class_attrs
            self.prev_module_env = dict(self.module_env)
            summary = self._summary()
            if n > 0 and summary == previous:
                break
            previous = summary
        return self

    def _summary(self):
        """What the next pass depends on, to stop at a fixed point."""
        def key(info):
            return (info.kind, info.ndim, info.dtype, info.size1, info.mod, info.cls)
        seeds = sorted((str(k), i, tuple(sorted(map(str, map(key, v)))))
                       for k, d in self.seeds.items() for i, v in d.items())
        returns = sorted((str(k), key(v)) for k, v in self.returns.items())
        attrs = sorted((c, a, key(v)) for c, d in self.class_attrs.items() for a, v in d.items())
        env = sorted((k, key(v)) for k, v in self.module_env.items())
        softmax = sorted(tuple(sorted(map(str, v))) for v in self.softmax_inputs.values())
        return repr((seeds, returns, attrs, env, softmax))

    def info(self, node):
        return self.infos.get(node, UNKNOWN)

    # --- statements -----------------------------------------------------------------

    def block(self, body, env, ctx):
        for stmt in body:
            self.statement(stmt, env, ctx)

    def body_of(self, suite):
        if isinstance(suite, cst.IndentedBlock):
            return suite.body
        if isinstance(suite, cst.SimpleStatementSuite):
            return [suite]
        return []

    def statement(self, stmt, env, ctx):
        if isinstance(stmt, (cst.SimpleStatementLine, cst.SimpleStatementSuite)):
            saved = self._stmt
            self._stmt = stmt
            for small in stmt.body:
                self.small(small, env, ctx, stmt)
            self._stmt = saved
        elif isinstance(stmt, cst.FunctionDef):
            self.funcdef(stmt, env, ctx)
        elif isinstance(stmt, cst.ClassDef):
            self.classdef(stmt, env, ctx)
        elif isinstance(stmt, cst.If):
            self.expr(stmt.test, env)
            self.block(self.body_of(stmt.body), env, ctx)
            if stmt.orelse is not None:
                if isinstance(stmt.orelse, cst.If):
                    self.statement(stmt.orelse, env, ctx)
                else:
                    self.block(self.body_of(stmt.orelse.body), env, ctx)
        elif isinstance(stmt, cst.For):
            it = self.expr(stmt.iter, env)
            elem = UNKNOWN
            if isinstance(stmt.iter, cst.Call) and dotted(stmt.iter.func) in ('range', 'xrange'):
                elem = NUMBER
            elif it.tensorish and it.ndim is not None and it.ndim > 1:
                elem = it.but(ndim=it.ndim - 1, size1=False)
            self.bind(stmt.target, elem, env, ctx)
            if (isinstance(stmt.iter, cst.Call) and dotted(stmt.iter.func) == 'enumerate'
                    and isinstance(stmt.target, cst.Tuple) and stmt.target.elements):
                self.bind(stmt.target.elements[0].value, NUMBER, env, ctx)
            self.block(self.body_of(stmt.body), env, ctx)
            if stmt.orelse is not None:
                self.block(self.body_of(stmt.orelse.body), env, ctx)
        elif isinstance(stmt, cst.While):
            self.expr(stmt.test, env)
            self.block(self.body_of(stmt.body), env, ctx)
            if stmt.orelse is not None:
                self.block(self.body_of(stmt.orelse.body), env, ctx)
        elif isinstance(stmt, cst.With):
            for item in stmt.items:
                self.expr(item.item, env)
                if item.asname is not None:
                    self.bind(item.asname.name, UNKNOWN, env, ctx)
            self.block(self.body_of(stmt.body), env, ctx)
        elif isinstance(stmt, cst.Try):
            self.block(self.body_of(stmt.body), env, ctx)
            for h in stmt.handlers:
                if h.type is not None:
                    self.expr(h.type, env)
                if h.name is not None:
                    self.bind(h.name.name, UNKNOWN, env, ctx)
                self.block(self.body_of(h.body), env, ctx)
            if stmt.orelse is not None:
                self.block(self.body_of(stmt.orelse.body), env, ctx)
            if stmt.finalbody is not None:
                self.block(self.body_of(stmt.finalbody.body), env, ctx)
        else:
            # anything else (match, async constructs): still look at its expressions
            self.generic(stmt, env)

    def generic(self, node, env):
        for child in node.children:
            if isinstance(child, cst.BaseExpression):
                self.expr(child, env)
            elif isinstance(child, (cst.BaseSuite, cst.BaseStatement)):
                if isinstance(child, cst.BaseStatement):
                    self.statement(child, env, _Ctx())
                else:
                    self.block(self.body_of(child), env, _Ctx())
            else:
                self.generic(child, env)

    def small(self, small, env, ctx, stmt):
        if isinstance(small, cst.Assign):
            value = self.expr(small.value, env)
            for target in small.targets:
                self.bind(target.target, value, env, ctx, value_node=small.value, stmt=stmt,
                          single=len(small.targets) == 1 and len(stmt.body) == 1)
        elif isinstance(small, cst.AnnAssign):
            if small.value is not None:
                value = self.expr(small.value, env)
                self.bind(small.target, value, env, ctx)
        elif isinstance(small, cst.AugAssign):
            value = self.expr(small.value, env)
            current = self.expr(small.target, env)
            if current.kind == 'number' and value.kind == 'number':
                new = NUMBER
            elif current.tensorish:
                new = current.but(kind='variable' if 'variable' in (current.kind, value.kind)
                                  else current.kind)
            elif current.kind == 'number' and value.tensorish:
                new = value
            else:
                new = UNKNOWN
            if isinstance(small.target, cst.Name):
                self.bind(small.target, new, env, ctx)
        elif isinstance(small, cst.Expr):
            self.expr(small.value, env)
        elif isinstance(small, cst.Return):
            if small.value is not None:
                ctx.returns.append(self.expr(small.value, env))
        elif isinstance(small, (cst.Import, cst.ImportFrom, cst.Global, cst.Nonlocal, cst.Pass,
                                cst.Break, cst.Continue)):
            pass
        else:
            for child in small.children:
                if isinstance(child, cst.BaseExpression):
                    self.expr(child, env)

    def bind(self, target, value, env, ctx, value_node=None, stmt=None, single=False):
        if isinstance(target, cst.Name):
            env[target.value] = value
            if value.kind == 'legacy_fn' and value.node is not None:
                self.legacy_bindings[value.node] = {
                    'name': target.value, 'stmt': stmt, 'single': single,
                    'calls': 0, 'other': 0}
        elif isinstance(target, (cst.Tuple, cst.List)):
            elems = [e.value for e in target.elements]
            items = value.items if value.kind in ('tuple', 'list') and value.items else None
            if items is not None and len(items) == len(elems) and not any(
                    isinstance(e, cst.StarredElement) for e in target.elements):
                for e, v in zip(elems, items):
                    self.bind(e, v, env, ctx)
            else:
                for e in elems:
                    self.bind(e, UNKNOWN, env, ctx)
        elif isinstance(target, cst.Attribute):
            base = target.value
            self.expr(base, env)
            if (ctx.cls is not None and isinstance(base, cst.Name)
                    and base.value == ctx.self_name):
                attrs = self.class_attrs.setdefault(ctx.cls, {})
                attr = target.attr.value
                attrs[attr] = merge(attrs.get(attr), value) if attr in attrs else value
        elif isinstance(target, cst.Subscript):
            self.expr(target.value, env)
            self.slices(target, env)
        elif isinstance(target, cst.StarredElement):
            self.bind(target.value, UNKNOWN, env, ctx)

    def funcdef(self, node, env, ctx):
        name = node.name.value
        params = list(node.params.posonly_params) + list(node.params.params)
        local = {}
        if ctx.cls is not None:
            key = (ctx.cls, name)
        else:
            key = name
        self_name = None
        if ctx.cls is not None and params and not is_static(node):
            self_name = params[0].name.value
            local[self_name] = Info('self', cls=ctx.cls)
            params = params[1:]
        seeds = self.prev_seeds.get(key, {})
        for i, p in enumerate(params):
            seen = seeds.get(i)
            local[p.name.value] = _agree(seen) if seen else UNKNOWN
            if p.default is not None:
                self.expr(p.default, env)
        for p in (node.params.kwonly_params or ()):
            local[p.name.value] = UNKNOWN
        for p in (node.params.star_arg, node.params.star_kwarg):
            if isinstance(p, cst.Param):
                local[p.name.value] = UNKNOWN
        for dec in node.decorators:
            self.expr(dec.decorator, env)
        fenv = _Env(local, env, self.prev_module_env)
        fctx = _Ctx(cls=ctx.cls, func=name, self_name=self_name, kind=ctx.kind)
        self.block(self.body_of(node.body), fenv, fctx)
        result = None
        for r in fctx.returns:
            result = merge(result, r)
        if result is not None:
            self.returns[key] = result
        if ctx.cls is None:
            env[name] = Info('func', cls=name)

    def classdef(self, node, env, ctx):
        name = node.name.value
        kind = None
        for arg in node.bases:
            self.expr(arg.value, env)
            q = self.table.resolve(arg.value)
            local = dotted(arg.value)
            if q == 'torch.nn.Module' or local in self.script_modules:
                kind = 'module'
        if name in self.legacy:
            kind = 'legacy'
        if kind == 'module':
            self.script_modules.add(name)
        env[name] = Info('class', cls=name, mod=kind)
        cenv = _Env({}, env, self.prev_module_env)
        cctx = _Ctx(cls=name, kind=kind)
        self.block(self.body_of(node.body), cenv, cctx)

    # --- expressions ----------------------------------------------------------------

    def expr(self, node, env):
        result = self._expr(node, env)
        if result is None:
            result = UNKNOWN
        self.infos[node] = result
        return result

    def _expr(self, node, env):
        if isinstance(node, (cst.Integer, cst.Float, cst.Imaginary)):
            return NUMBER
        if isinstance(node, (cst.SimpleString, cst.ConcatenatedString)):
            return Info('str')
        if isinstance(node, cst.FormattedString):
            for part in node.parts:
                if isinstance(part, cst.FormattedStringExpression):
                    self.expr(part.expression, env)
            return Info('str')
        if isinstance(node, cst.Name):
            return self.name(node, env)
        if isinstance(node, cst.Attribute):
            return self.attribute(node, env)
        if isinstance(node, cst.Call):
            return self.call(node, env)
        if isinstance(node, cst.Subscript):
            return self.subscript(node, env)
        if isinstance(node, cst.BinaryOperation):
            left = self.expr(node.left, env)
            right = self.expr(node.right, env)
            return self.binary(left, right, node)
        if isinstance(node, cst.Comparison):
            left = self.expr(node.left, env)
            result = Info('bool')
            for comp in node.comparisons:
                right = self.expr(comp.comparator, env)
                if left.tensorish or right.tensorish:
                    ndim = _max_ndim(left, right)
                    result = Info('variable' if 'variable' in (left.kind, right.kind) else 'tensor',
                                  ndim=ndim, dtype='uint8', mod='cmp')
            return result
        if isinstance(node, cst.UnaryOperation):
            inner = self.expr(node.expression, env)
            if isinstance(node.operator, cst.Not):
                return Info('bool')
            return inner
        if isinstance(node, cst.BooleanOperation):
            self.expr(node.left, env)
            self.expr(node.right, env)
            return UNKNOWN
        if isinstance(node, (cst.Tuple, cst.List, cst.Set)):
            items = []
            for e in node.elements:
                items.append(self.expr(e.value, env))
            if isinstance(node, cst.Set):
                return Info('set')
            return Info('tuple' if isinstance(node, cst.Tuple) else 'list', items=items)
        if isinstance(node, cst.Dict):
            for e in node.elements:
                if isinstance(e, cst.DictElement):
                    self.expr(e.key, env)
                self.expr(e.value, env)
            return Info('dict')
        if isinstance(node, cst.IfExp):
            self.expr(node.test, env)
            a = self.expr(node.body, env)
            b = self.expr(node.orelse, env)
            return merge(a, b)
        if isinstance(node, cst.Lambda):
            local = {}
            for p in list(node.params.params) + list(node.params.posonly_params):
                local[p.name.value] = UNKNOWN
            self.expr(node.body, _Env(local, env, self.prev_module_env))
            return Info('func')
        if isinstance(node, (cst.ListComp, cst.SetComp, cst.GeneratorExp, cst.DictComp)):
            cenv = _Env({}, env, self.prev_module_env)
            comp = node.for_in
            while comp is not None:
                self.expr(comp.iter, cenv)
                self.bind(comp.target, UNKNOWN, cenv, _Ctx())
                for cond in comp.ifs:
                    self.expr(cond.search, cenv)
                comp = comp.inner_for_in
            if isinstance(node, cst.DictComp):
                self.expr(node.key, cenv)
                self.expr(node.value, cenv)
                return Info('dict')
            self.expr(node.elt, cenv)
            return Info('list')
        if isinstance(node, cst.NamedExpr):
            value = self.expr(node.value, env)
            self.bind(node.target, value, env, _Ctx())
            return value
        if isinstance(node, (cst.Await, cst.Yield)):
            if getattr(node, 'value', None) is not None and isinstance(node.value, cst.BaseExpression):
                self.expr(node.value, env)
            return UNKNOWN
        if isinstance(node, cst.StarredElement):
            self.expr(node.value, env)
            return UNKNOWN
        for child in node.children:
            if isinstance(child, cst.BaseExpression):
                self.expr(child, env)
        return UNKNOWN

    def name(self, node, env):
        value = node.value
        if value in ('True', 'False'):
            return Info('bool')
        if value == 'None':
            return Info('none')
        info = env.get(value) if hasattr(env, 'get') else None
        if info is None and value not in env:
            info = self.prev_module_env.get(value)
        if info is not None:
            if info.kind == 'legacy_fn' and info.node in self.legacy_bindings:
                self.legacy_bindings[info.node]['other'] += 1
            return info
        return self.reference(node)

    def reference(self, node):
        q = self.table.resolve(node)
        if q is None:
            return UNKNOWN
        last = q.rsplit('.', 1)[-1]
        if q.startswith('torch.') and last in TYPE_DTYPES and q.count('.') <= 2:
            dtype = TYPE_DTYPES[last]
            if last == 'Tensor' and self.default_double:
                dtype = 'float64'
            return Info('type', dtype=dtype, mod=q)
        return Info('ref', mod=q)

    def attribute(self, node, env):
        root = node
        while isinstance(root, cst.Attribute):
            root = root.value
        if isinstance(root, cst.Name) and self.table.resolve(root) is not None and (
                root.value not in env):
            return self.reference(node)
        base = self.expr(node.value, env)
        attr = node.attr.value
        if attr == 'data':
            if base.kind in ('variable', 'tensor', None):
                return Info('tensor', ndim=base.ndim, dtype=base.dtype, size1=base.size1)
            return UNKNOWN
        if attr == 'grad' and base.kind in ('variable', None):
            return Info('variable', ndim=base.ndim, dtype=base.dtype, size1=base.size1)
        if attr == 'shape' and base.tensorish:
            return Info('size', ndim=base.ndim)
        if base.kind == 'self':
            attrs = self.prev_class_attrs.get(base.cls, {})
            if attr in attrs:
                return attrs[attr]
            attrs = self.class_attrs.get(base.cls, {})
            return attrs.get(attr, UNKNOWN)
        if base.kind == 'module' and attr in ('weight', 'bias'):
            if base.mod == 'Linear':
                return Info('variable', ndim=2 if attr == 'weight' else 1, dtype='float32')
            return Info('variable', dtype='float32')
        return UNKNOWN

    def binary(self, left, right, node):
        if left.tensorish or right.tensorish:
            kind = 'variable' if 'variable' in (left.kind, right.kind) else 'tensor'
            if kind == 'tensor' and (left.kind is None or right.kind is None):
                # tensor op <something unknown>: it might be a Variable
                return Info(None, ndim=None, dtype=left.dtype if left.tensorish else right.dtype)
            if isinstance(node.operator, cst.MatrixMultiply):
                ndim = None
            else:
                ndim = _max_ndim(left, right)
            dtype = left.dtype if left.tensorish else right.dtype
            if left.tensorish and right.tensorish and left.dtype != right.dtype:
                dtype = None
            size1 = (left.size1 or not left.tensorish) and (right.size1 or not right.tensorish)
            return Info(kind, ndim=ndim, dtype=dtype, size1=size1)
        if left.kind == 'number' and right.kind == 'number':
            return NUMBER
        if 'ndarray' in (left.kind, right.kind):
            return Info('ndarray')
        if left.kind == 'str':
            return Info('str')
        return UNKNOWN

    def slices(self, node, env):
        result = []
        for el in node.slice:
            s = el.slice
            if isinstance(s, cst.Index):
                result.append(('index', self.expr(s.value, env), s.value))
            else:
                for part in (s.lower, s.upper, s.step):
                    if part is not None:
                        self.expr(part, env)
                result.append(('slice', None, None))
        return result

    def subscript(self, node, env):
        base = self.expr(node.value, env)
        parts = self.slices(node, env)
        if len(parts) == 1 and parts[0][0] == 'index':
            _, idx, idx_node = parts[0]
            k = literal_int(idx_node)
            if base.kind in ('tuple', 'list') and base.items is not None and k is not None:
                if -len(base.items) <= k < len(base.items):
                    return base.items[k]
                return UNKNOWN
            if base.kind == 'size':
                return NUMBER
            integer_index = k is not None or idx.kind == 'number'
            if base.tensorish and integer_index:
                if base.kind == 'tensor':
                    if base.ndim == 1 or (base.size1 and base.ndim is None):
                        return Info('number', dtype=base.dtype)
                    if base.ndim is not None:
                        return base.but(ndim=base.ndim - 1)
                    return Info('tensor', dtype=base.dtype)
                if base.ndim == 1 or (base.size1 and base.ndim is None):
                    return base.but(ndim=1, size1=True)
                if base.ndim is not None:
                    return base.but(ndim=base.ndim - 1)
                return Info('variable', dtype=base.dtype)
            if base.kind == 'ndarray' and integer_index:
                if base.ndim == 1 or base.size1:
                    return NUMBER
                if base.ndim is not None:
                    return base.but(ndim=base.ndim - 1, size1=False)
                return Info('ndarray')
            if base.tensorish and idx.tensorish:
                return base.but(ndim=1 if idx.dtype == 'uint8' else None, size1=False)
            if base.tensorish:
                return base.but(ndim=None, size1=False)
            return UNKNOWN
        if base.tensorish or base.kind == 'ndarray':
            ints = sum(1 for p in parts if p[0] == 'index')
            ndim = None
            if base.ndim is not None and all(
                    p[0] == 'slice' or literal_int(p[2]) is not None or p[1].kind == 'number'
                    for p in parts):
                ndim = base.ndim - ints
            if ndim == 0:
                return Info('number') if base.kind != 'variable' else base.but(ndim=1, size1=True)
            return base.but(ndim=ndim, size1=False)
        return UNKNOWN

    # --- calls -----------------------------------------------------------------

    def call(self, node, env):
        func = node.func
        # callee first (old-style Function instances are recognised by the callee)
        callee = None
        if isinstance(func, cst.Name):
            binding = env.get(func.value) if func.value in env else self.prev_module_env.get(func.value)
            if binding is not None and binding.kind == 'legacy_fn':
                callee = binding
                self.infos[func] = binding
                if binding.node in self.legacy_bindings:
                    self.legacy_bindings[binding.node]['calls'] += 1
        if callee is None:
            if isinstance(func, cst.Name) and func.value in self.legacy and func.value not in env:
                callee = Info('class', cls=func.value, mod='legacy')
                self.infos[func] = callee
            else:
                callee = self.expr(func, env)
        for a in node.args:             # infer every argument (records their infos)
            self.expr(a.value, env)
        parsed = call_args(node)
        pos_nodes, kw_nodes = parsed if parsed is not None else ([], {})
        pos = [self.info(n) for n in pos_nodes]
        kw = {k: self.info(v) for k, v in kw_nodes.items()}

        if callee.kind == 'legacy_fn':
            self.legacy_calls[node] = callee.node
            if isinstance(func, cst.Call):
                self.legacy_direct.add(node)
            return Info('variable', ndim=pos[0].ndim if pos else None,
                        dtype=pos[0].dtype if pos else None)
        if callee.kind == 'class' and callee.mod == 'legacy':
            return Info('legacy_fn', cls=callee.cls, node=node)
        if callee.kind == 'class' and callee.mod == 'module':
            return Info('script_module', cls=callee.cls)
        if callee.kind == 'class':
            return UNKNOWN
        if (isinstance(func, cst.Attribute) and func.attr.value == 'apply'
                and self.infos.get(func.value, UNKNOWN).kind == 'class'):
            return Info('variable', ndim=pos[0].ndim if pos else None)   # Function.apply
        if callee.kind == 'func':
            self._seed(callee.cls, pos)
            return self.prev_returns.get(callee.cls, UNKNOWN)
        if callee.kind == 'script_module':
            self._seed((callee.cls, 'forward'), pos)
            return self.prev_returns.get((callee.cls, 'forward'), Info('variable'))
        if callee.kind == 'module':
            return self.apply_module(callee, pos, kw)
        if callee.kind == 'type':
            return self.construct(callee.dtype, pos_nodes, pos, kw)

        q = callee.mod if callee.kind == 'ref' else None
        if q is not None:
            return self.torch_call(q, node, pos_nodes, pos, kw_nodes, kw)
        if isinstance(func, cst.Attribute):
            recv = self.infos.get(func.value, UNKNOWN)
            return self.method(recv, func.attr.value, node, pos_nodes, pos, kw_nodes, kw)
        if isinstance(func, cst.Name) and func.value in ('len', 'int', 'float', 'round', 'abs',
                                                         'sum', 'min', 'max', 'range'):
            if func.value == 'range':
                return Info('range')
            return NUMBER
        return UNKNOWN

    def _seed(self, key, pos):
        seeds = self.seeds.setdefault(key, {})
        for i, info in enumerate(pos):
            seeds.setdefault(i, []).append(info)

    def construct(self, dtype, pos_nodes, pos, kw):
        ndim, size1 = None, False
        if len(pos_nodes) == 1:
            depth = list_depth(pos_nodes[0])
            if isinstance(pos_nodes[0], (cst.List, cst.Tuple)) and depth is not None:
                ndim, size1 = depth[0], depth[1] == 1
            elif pos[0].kind == 'size':
                ndim = pos[0].ndim
            elif pos[0].kind == 'number':
                ndim = 1
                size1 = literal_int(pos_nodes[0]) == 1
            elif pos[0].kind == 'ndarray':
                ndim, size1 = pos[0].ndim, pos[0].size1
        elif len(pos_nodes) > 1:
            ndim = len(pos_nodes)
            size1 = all(literal_int(n) == 1 for n in pos_nodes)
        return Info('tensor', ndim=ndim, dtype=dtype, size1=size1)

    def _size_args(self, pos_nodes, pos):
        """ndim and size1 of a factory called with sizes (``randn(2, 3)``, ``zeros(x.size())``)."""
        if len(pos_nodes) == 1:
            n = pos_nodes[0]
            if isinstance(n, (cst.List, cst.Tuple)):
                return len(n.elements), all(literal_int(e.value) == 1 for e in n.elements)
            if pos[0].kind == 'size':
                return pos[0].ndim, False
            if pos[0].kind == 'number':
                return 1, literal_int(n) == 1
            return None, False
        if not pos_nodes:
            return None, False
        return len(pos_nodes), all(literal_int(n) == 1 for n in pos_nodes)

    def torch_call(self, q, node, pos_nodes, pos, kw_nodes, kw):
        parts = q.split('.')
        last = parts[-1]
        a0 = pos[0] if pos else kw.get('input', UNKNOWN)
        float_dtype = 'float64' if self.default_double else 'float32'
        if q == 'torch.autograd.Variable':
            data = pos[0] if pos else kw.get('data', UNKNOWN)
            rg = None
            if len(pos_nodes) > 1:
                rg = literal_bool(pos_nodes[1])
            elif 'requires_grad' in kw_nodes:
                rg = literal_bool(kw_nodes['requires_grad'])
            if data.kind == 'variable':
                self.variable_of_variable.add(node)
            return Info('variable', ndim=data.ndim, dtype=data.dtype, size1=data.size1,
                        grad=bool(rg))
        if q == 'torch.nn.Parameter':
            data = pos[0] if pos else UNKNOWN
            return Info('variable', ndim=data.ndim, dtype=data.dtype, size1=data.size1, grad=True)
        if q == 'torch.set_default_tensor_type':
            if pos_nodes and 'Double' in (dotted(pos_nodes[0]) or getattr(pos_nodes[0], 'value', '')):
                self.default_double = True
            return UNKNOWN
        if parts[0] == 'numpy':
            return self.numpy_call(parts, pos_nodes, pos, kw_nodes)
        if q.startswith('torch.optim.lr_scheduler.') and last[:1].isupper() and \
                last != 'ReduceLROnPlateau':
            return Info('scheduler', mod=last)
        if q.startswith('torch.nn.') and last[:1].isupper() and len(parts) == 3:
            return self.module_ctor(last, node, pos, kw_nodes)
        if q.startswith('torch.nn.functional.') or q.startswith('torch.nn.functional'):
            return self.functional(last, node, pos_nodes, pos, kw_nodes, kw)
        if q == 'torch.nn.utils.clip_grad_norm' or q == 'torch.nn.utils.clip_grad_norm_':
            return NUMBER
        if len(parts) == 2 and parts[0] == 'torch' or (len(parts) == 3 and parts[1] == 'cuda'):
            if last in TYPE_DTYPES:
                return self.construct(float_dtype if last == 'Tensor' else TYPE_DTYPES[last],
                                      pos_nodes, pos, kw)
            # modern spelling of a leaf that requires grad
            kind = 'variable' if ('requires_grad' in kw_nodes and literal_bool(
                kw_nodes['requires_grad']) is not False) else 'tensor'
            if last in SIZE_FACTORIES:
                ndim, size1 = self._size_args(pos_nodes, pos)
                return Info(kind, ndim=ndim, dtype=float_dtype, size1=size1)
            if last in ONE_D_FACTORIES:
                dtype = 'int64' if last in ('randperm', 'multinomial') else float_dtype
                return Info(kind, ndim=1, dtype=dtype)
            if last == 'eye':
                return Info(kind, ndim=2, dtype=float_dtype)
            if last == 'from_numpy':
                return Info('tensor', ndim=a0.ndim, dtype=a0.dtype, size1=a0.size1)
            if last.endswith('_like') or last in ('randn_like', 'zeros_like', 'ones_like'):
                return a0.but(kind='tensor') if a0.tensorish else Info('tensor')
            if last in ('cat', 'stack'):
                seq = a0
                first = seq.items[0] if seq.kind in ('tuple', 'list') and seq.items else UNKNOWN
                kind = 'variable' if first.kind == 'variable' else ('tensor' if first.tensorish else None)
                if kind is None:
                    return UNKNOWN
                ndim = first.ndim
                if last == 'stack' and ndim is not None:
                    ndim += 1
                return Info(kind, ndim=ndim, dtype=first.dtype)
            if last in ('mm', 'bmm', 'matmul', 'mv', 't', 'squeeze', 'unsqueeze', 'transpose'):
                return self.method(a0, last, node, pos_nodes[1:], pos[1:], kw_nodes, kw)
            if last in FULL_REDUCTIONS or last in COMPARISON_METHODS or last in SAME_SHAPE_METHODS \
                    or last in ELEMENTWISE_FUNCTIONS:
                return self.method(a0, last, node, pos_nodes[1:], pos[1:], kw_nodes, kw,
                                   function_form=True)
            return UNKNOWN
        return UNKNOWN

    def numpy_call(self, parts, pos_nodes, pos, kw_nodes):
        last = parts[-1]
        dtype = 'float64'
        if 'dtype' in kw_nodes:
            d = dotted(kw_nodes['dtype']) or ''
            if isinstance(kw_nodes['dtype'], cst.SimpleString):
                d = kw_nodes['dtype'].value.strip('\'"')
            d = d.rsplit('.', 1)[-1]
            dtype = {'float32': 'float32', 'float64': 'float64', 'float': 'float64',
                     'int64': 'int64', 'int32': 'int32', 'uint8': 'uint8',
                     'long': 'int64', 'int': 'int64'}.get(d)
        if last in ('array', 'asarray'):
            literal = pos_nodes and (isinstance(pos_nodes[0], (cst.List, cst.Tuple)) or
                                     literal_number(pos_nodes[0]) is not None)
            depth = list_depth(pos_nodes[0]) if literal else None
            if depth is None:
                if pos and pos[0].kind == 'ndarray':
                    return pos[0].but(dtype=None if 'dtype' not in kw_nodes else dtype)
                return Info('ndarray', dtype=None if 'dtype' not in kw_nodes else dtype)
            if 'dtype' not in kw_nodes:
                dtype = 'float64' if depth[2] else 'int64'
            return Info('ndarray', ndim=depth[0], dtype=dtype, size1=depth[1] == 1)
        if last in ('linspace', 'logspace'):
            return Info('ndarray', ndim=1, dtype=dtype)
        if last == 'arange':
            isfloat = any(isinstance(literal_number(n), float) for n in pos_nodes)
            return Info('ndarray', ndim=1, dtype=dtype if ('dtype' in kw_nodes or isfloat) else 'int64')
        if last in ('zeros', 'ones', 'empty', 'rand', 'randn', 'eye'):
            if last in ('rand', 'randn'):
                ndim = len(pos_nodes) or None
            elif last == 'eye':
                ndim = 2
            elif pos_nodes and isinstance(pos_nodes[0], (cst.Tuple, cst.List)):
                ndim = len(pos_nodes[0].elements)
            elif pos_nodes and pos[0].kind == 'number':
                ndim = 1
            else:
                ndim = None
            return Info('ndarray', ndim=ndim, dtype=dtype)
        return UNKNOWN

    def module_ctor(self, name, node, pos, kw_nodes):
        items = None
        if name == 'Sequential':
            items = list(pos)
        mod = name
        if 'reduce' in kw_nodes and literal_bool(kw_nodes['reduce']) is False:
            mod = name + ':noreduce'
        if name == 'Parameter':
            return Info('variable', grad=True)
        return Info('module', mod=mod, node=node, items=items)

    def apply_module(self, module, pos, kw):
        a0 = pos[0] if pos else UNKNOWN
        name = module.mod or ''
        out_dtype = a0.dtype if a0.tensorish else None
        if name in ELEMENTWISE_MODULES:
            return Info('variable', ndim=a0.ndim, dtype=out_dtype)
        if name in SOFTMAX_MODULES:
            if module.node is not None:
                self.softmax_inputs.setdefault(module.node, set()).add(a0.ndim)
            return Info('variable', ndim=a0.ndim, dtype=out_dtype)
        if name in ('Linear', 'Bilinear'):
            return Info('variable', ndim=a0.ndim, dtype=out_dtype)
        if name == 'Sequential':
            current = a0
            for item in module.items or ():
                if item.kind != 'module':
                    return Info('variable')
                current = self.apply_module(item, [current], {})
            return current
        if name in FOUR_D_MODULES:
            return Info('variable', ndim=4, dtype=out_dtype)
        if name in THREE_D_MODULES:
            return Info('variable', ndim=3, dtype=out_dtype)
        if name == 'Conv3d':
            return Info('variable', ndim=5, dtype=out_dtype)
        if name == 'Embedding':
            return Info('variable', ndim=None if a0.ndim is None else a0.ndim + 1, dtype='float32')
        if name == 'LSTM':
            h = Info('variable', ndim=3, dtype=out_dtype)
            return Info('tuple', items=[Info('variable', ndim=3, dtype=out_dtype),
                                        Info('tuple', items=[h, h])])
        if name in RNN_MODULES:
            return Info('tuple', items=[Info('variable', ndim=3, dtype=out_dtype),
                                        Info('variable', ndim=3, dtype=out_dtype)])
        if name in CELL_MODULES:
            return Info('variable', ndim=2)
        if name == 'LSTMCell':
            return Info('tuple', items=[Info('variable', ndim=2), Info('variable', ndim=2)])
        if name.endswith(':noreduce'):
            return Info('variable', ndim=a0.ndim)
        if name.endswith('Loss') or name == 'NLLLoss2d':
            return Info('variable', ndim=1, size1=True, dtype=out_dtype)
        return Info('variable')

    def functional(self, name, node, pos_nodes, pos, kw_nodes, kw):
        a0 = pos[0] if pos else kw.get('input', UNKNOWN)
        kind = 'variable' if a0.kind in ('variable', None) else a0.kind
        if name in SOFTMAX_FUNCTIONS:
            self.softmax_inputs.setdefault(node, set()).add(a0.ndim)
            return Info(kind, ndim=a0.ndim, dtype=a0.dtype)
        if name in ELEMENTWISE_FUNCTIONS:
            return Info(kind, ndim=a0.ndim, dtype=a0.dtype)
        if name == 'linear':
            return Info(kind, ndim=a0.ndim, dtype=a0.dtype)
        if name in LOSS_FUNCTIONS:
            if 'reduce' in kw_nodes and literal_bool(kw_nodes['reduce']) is False:
                return Info(kind, ndim=a0.ndim, dtype=a0.dtype)
            return Info('variable', ndim=1, size1=True, dtype=a0.dtype)
        if name in ('conv2d', 'max_pool2d', 'avg_pool2d', 'conv_transpose2d', 'upsample',
                    'interpolate', 'upsample_bilinear', 'upsample_nearest'):
            return Info('variable', ndim=4 if name != 'interpolate' else a0.ndim, dtype=a0.dtype)
        if name in ('conv1d', 'max_pool1d', 'avg_pool1d'):
            return Info('variable', ndim=3, dtype=a0.dtype)
        if name == 'embedding':
            return Info('variable', dtype='float32')
        return Info('variable') if a0.kind == 'variable' else UNKNOWN

    def method(self, recv, name, node, pos_nodes, pos, kw_nodes, kw, function_form=False):
        if recv.kind in ('module',):
            if name in ('cuda', 'cpu', 'train', 'eval', 'double', 'float', 'half', 'type'):
                return recv
            return UNKNOWN
        if recv.kind == 'script_module':
            if name in ('cuda', 'cpu', 'train', 'eval', 'double', 'float', 'half'):
                return recv
            self._seed((recv.cls, name), pos)
            return self.prev_returns.get((recv.cls, name), Info('variable') if name == 'forward'
                                         else UNKNOWN)
        if recv.kind == 'ndarray':
            if name == 'astype' and pos_nodes:
                d = (dotted(pos_nodes[0]) or '').rsplit('.', 1)[-1]
                return recv.but(dtype={'float32': 'float32', 'float64': 'float64'}.get(d))
            if name in ('reshape',):
                return recv.but(ndim=None)
            return Info('ndarray') if name not in ('sum', 'mean', 'item', 'max', 'min') else NUMBER
        if recv.kind is None and name in TENSOR_ONLY_METHODS:
            # x.view(-1, 320) on a parameter of forward(): a Variable in 0.3 code
            recv = Info('variable')
        if not recv.tensorish:
            return UNKNOWN
        kind, ndim, dtype = recv.kind, recv.ndim, recv.dtype
        # anything computed with a Variable is a Variable (modern code: with a grad tensor)
        if kind == 'tensor' and (any(p.kind == 'variable' for p in pos) or any(
                v.kind == 'variable' for v in kw.values()) or name == 'requires_grad_'):
            kind = 'variable'
            recv = recv.but(kind='variable')
        has_dim = len(pos_nodes) > 0 or 'dim' in kw_nodes
        if name in FULL_REDUCTIONS:
            full = False
            if name in ('dot', 'dist', 'trace'):
                full = True
            elif name == 'norm':
                full = len(pos_nodes) <= 1 and 'dim' not in kw_nodes
            elif name in ('max', 'min'):
                full = not pos_nodes and 'dim' not in kw_nodes
                if pos and pos[0].tensorish:
                    return Info(kind, ndim=_max_ndim(recv, pos[0]), dtype=dtype)
            elif name in ('std', 'var'):
                full = not pos_nodes and 'dim' not in kw_nodes
            else:
                full = not has_dim
            if full:
                if kind == 'tensor':
                    self.full_reductions.add(node)
                    return Info('number', dtype=dtype)
                return Info('variable', ndim=1, size1=True, dtype=dtype)
            keep = 'keepdim' in kw_nodes and literal_bool(kw_nodes['keepdim'])
            if len(pos_nodes) >= 2 and name not in ('norm',):
                keep = keep or literal_bool(pos_nodes[1]) is True
            new_ndim = ndim if (keep or ndim is None) else max(ndim - 1, 1)
            if name in INDEX_REDUCTIONS:
                return Info('tuple', items=[Info(kind, ndim=new_ndim, dtype=dtype),
                                            Info(kind, ndim=new_ndim, dtype='int64')])
            return Info(kind, ndim=new_ndim, dtype=dtype)
        if name in ('topk', 'sort'):
            return Info('tuple', items=[Info(kind, ndim=ndim, dtype=dtype),
                                        Info(kind, ndim=ndim, dtype='int64')])
        if name in CAST_METHODS:
            return recv.but(dtype=CAST_METHODS[name], grad=False, mod=None)
        if name == 'type':
            if not pos_nodes:
                return Info('str')
            t = pos[0]
            if t.kind == 'type':
                return recv.but(dtype=t.dtype)
            if isinstance(pos_nodes[0], cst.SimpleString):
                tname = pos_nodes[0].value.strip('\'"').rsplit('.', 1)[-1]
                return recv.but(dtype=TYPE_DTYPES.get(tname))
            return recv.but(dtype=None)
        if name in COMPARISON_METHODS:
            other = pos[0] if pos else UNKNOWN
            return Info(kind, ndim=_max_ndim(recv, other), dtype='uint8', mod='cmp')
        if name in RESHAPE_METHODS:
            if len(pos_nodes) == 1:
                n = pos_nodes[0]
                if isinstance(n, (cst.Tuple, cst.List)):
                    return Info(kind, ndim=len(n.elements), dtype=dtype)
                if pos[0].kind == 'size':
                    return Info(kind, ndim=pos[0].ndim, dtype=dtype)
                if pos[0].kind == 'number':
                    return Info(kind, ndim=1, dtype=dtype)
                return Info(kind, dtype=dtype)
            if name == 'repeat' and ndim is not None and len(pos_nodes) < ndim:
                return Info(kind, dtype=dtype)
            return Info(kind, ndim=len(pos_nodes) or None, dtype=dtype)
        if name in ('view_as', 'expand_as', 'resize_as_', 'type_as'):
            other = pos[0] if pos else UNKNOWN
            if name == 'type_as':
                return recv.but(dtype=other.dtype)
            return Info(kind, ndim=other.ndim, dtype=dtype)
        if name == 'unsqueeze':
            return Info(kind, ndim=None if ndim is None else ndim + 1, dtype=dtype)
        if name in ('squeeze', 'squeeze_'):
            return Info(kind, dtype=dtype)
        if name == 'mm':
            return Info(kind, ndim=2, dtype=dtype)
        if name == 'bmm':
            return Info(kind, ndim=3, dtype=dtype)
        if name == 'mv':
            return Info(kind, ndim=1, dtype=dtype)
        if name == 'matmul':
            return Info(kind, dtype=dtype)
        if name in SAME_SHAPE_METHODS or name in ELEMENTWISE_FUNCTIONS:
            if function_form and name in ('add', 'sub', 'mul', 'div', 'pow') and pos:
                return Info(kind, ndim=_max_ndim(recv, pos[0]), dtype=dtype, size1=recv.size1)
            if name in ('t', 't_', 'transpose', 'permute', 'narrow', 'gather', 'index_select',
                        'sort'):
                return Info(kind, ndim=ndim, dtype=dtype)
            if pos and pos[0].tensorish and name in ('add', 'sub', 'mul', 'div', 'pow', 'add_',
                                                     'sub_', 'mul_', 'div_'):
                return Info(kind, ndim=_max_ndim(recv, pos[0]), dtype=dtype,
                            size1=recv.size1 and pos[0].size1)
            return recv.but(grad=False, kind=kind)
        if name == 'numpy':
            return Info('ndarray', ndim=ndim, dtype=dtype, size1=recv.size1)
        if name == 'tolist':
            return Info('list')
        if name == 'item':
            return NUMBER
        if name == 'size':
            if pos_nodes:
                return NUMBER
            return Info('size', ndim=ndim)
        if name in ('dim', 'ndimension', 'numel', 'nelement', 'element_size', 'get_device'):
            return NUMBER
        if name == 'masked_select':
            return Info(kind, ndim=1, dtype=dtype)
        if name in ('backward', 'register_hook', 'retain_grad'):
            return UNKNOWN
        return Info(kind, dtype=dtype)


def _max_ndim(a, b):
    if a.tensorish and b.tensorish:
        if a.ndim is None or b.ndim is None:
            return None
        return max(a.ndim, b.ndim)
    if a.tensorish:
        return a.ndim if b.kind == 'number' else None
    if b.tensorish:
        return b.ndim if a.kind == 'number' else None
    return None


def _agree(infos):
    result = None
    for info in infos:
        result = merge(result, info) if result is not None else info
    return result or UNKNOWN


class _Env(dict):
    """A function's local names, falling back to the enclosing ones."""

    def __init__(self, local, parent, module_env):
        super().__init__(local)
        self.parent = parent
        self.module_env = module_env

    def get(self, key, default=None):
        if dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        if self.parent is not None and key in self.parent:
            return self.parent.get(key, default)
        return self.module_env.get(key, default)

    def __contains__(self, key):
        return (dict.__contains__(self, key) or (self.parent is not None and key in self.parent)
                or key in self.module_env)
