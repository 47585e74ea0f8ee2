"""``torch.autograd._functions``: the Function classes 0.3.1 implemented its Variable ops with.

0.3.1 computed most Variable operations in C++ already and kept these Python classes for old
code that imports them (``from torch.autograd._functions import *``, ``Index.apply(x, i)``).
Here each one is a new-style :class:`Function` whose ``apply`` runs the package's own operation
(``Exp.apply(x)`` is ``x.exp()``: same value, same gradient), arguments in the order of the
method call with the receiver first.  The result is recorded as one node of the class's
``Backward`` type; its gradient is the operation's first-order gradient.
"""
from ..function import Function, InplaceFunction  # noqa: F401
from ..variable import Variable
from ...tensor import _TensorBase

# class name -> Variable method (0.3.1's _functions modules: basic_ops, tensor, pointwise,
# reduce, linalg, blas, stochastic, compare, initializers)
_METHODS = (
    ('PowConstant', 'pow'), ('Negate', 'neg'),
    ('Addbmm', 'addbmm'), ('Baddbmm', 'baddbmm'), ('Addmv', 'addmv'), ('Addr', 'addr'),
    ('Dot', 'dot'),
    ('Eq', 'eq'), ('Ne', 'ne'), ('Gt', 'gt'), ('Ge', 'ge'), ('Lt', 'lt'), ('Le', 'le'),
    ('Zero', 'zero_'),
    ('Diag', 'diag'), ('Tril', 'tril'), ('Triu', 'triu'), ('Trace', 'trace'),
    ('Cross', 'cross'), ('Inverse', 'inverse'), ('Gesv', 'gesv'), ('Potrf', 'potrf'),
    ('Exp', 'exp'), ('Log', 'log'), ('Log1p', 'log1p'), ('Sinh', 'sinh'), ('Cosh', 'cosh'),
    ('Abs', 'abs'), ('Clamp', 'clamp'), ('Sqrt', 'sqrt'), ('Sin', 'sin'), ('Cos', 'cos'),
    ('Tan', 'tan'), ('Asin', 'asin'), ('Acos', 'acos'), ('Atan', 'atan'), ('Atan2', 'atan2'),
    ('Erf', 'erf'), ('ErfInv', 'erfinv'), ('Reciprocal', 'reciprocal'),
    ('Cmax', 'max'), ('CmaxConstant', 'clamp'), ('Cmin', 'min'), ('CminConstant', 'clamp'),
    ('Floor', 'floor'), ('Ceil', 'ceil'), ('Round', 'round'), ('Sign', 'sign'),
    ('Trunc', 'trunc'), ('Frac', 'frac'), ('Fmod', 'fmod'), ('Remainder', 'remainder'),
    ('Lerp', 'lerp'), ('Rsqrt', 'rsqrt'), ('Addcmul', 'addcmul'), ('Addcdiv', 'addcdiv'),
    ('Sum', 'sum'), ('Prod', 'prod'), ('Max', 'max'), ('Min', 'min'), ('Mode', 'mode'),
    ('Median', 'median'), ('Kthvalue', 'kthvalue'), ('Norm', 'norm'),
    ('Categorical', 'multinomial'), ('Bernoulli', 'bernoulli'), ('Normal', 'normal'),
    ('Index', '__getitem__'), ('SetItem', '__setitem__'), ('NoGrad', 'detach'),
    ('Expand', 'expand'), ('Type', 'type'), ('CudaTransfer', 'cuda'),
    ('IndexAdd', 'index_add'), ('AdvancedIndexAdd', 'index_add'), ('IndexCopy', 'index_copy'),
    ('IndexFill', 'index_fill'), ('IndexSelect', 'index_select'), ('Resize', 'view'),
    ('Clone', 'clone'), ('Unsqueeze', 'unsqueeze'), ('MaskedScatter', 'masked_scatter'),
    ('MaskedFill', 'masked_fill'), ('MaskedSelect', 'masked_select'), ('Sort', 'sort'),
    ('Topk', 'topk'), ('Gather', 'gather'), ('Scatter', 'scatter'),
    ('ScatterAdd', 'scatter_add'), ('Repeat', 'repeat'), ('Cumsum', 'cumsum'),
    ('Cumprod', 'cumprod'), ('Unfold', 'unfold'),
)


#: torch functions some classes run that have no Variable method (``normal``): filled in by the
#: op front-ends (ops/creation.py), the layer above this one, when they are imported
_TORCH_FUNCTIONS = {}

#: methods whose Function class returned a mask (0.3.1 compare.py marked it non-differentiable,
#: where the Variable method of the ATen era records a zero-gradient EqBackward)
_MASKS = frozenset(('eq', 'ne', 'gt', 'ge', 'lt', 'le'))


def _forward(method):
    def forward(ctx, *args):
        inner = []
        call_args = []
        for a in args:
            if isinstance(a, _TensorBase):
                v = Variable(a, requires_grad=a.is_floating_point()
                             if hasattr(a, 'is_floating_point') else True)
                inner.append(v)
                call_args.append(v)
            else:
                call_args.append(a)
        bound = getattr(call_args[0], method, None)
        if bound is not None:
            result = bound(*call_args[1:])
        else:
            # a torch function with no Variable method (Normal: 0.3.1's stochastic.Normal
            # forward is ``torch.normal(means, stddevs)``), given by the op layer above
            result = _TORCH_FUNCTIONS[method](*call_args)
        if method == '__setitem__':
            result = call_args[0]
        outs = result if isinstance(result, tuple) else (result,)
        ctx._inner = (inner, outs)
        ctx._positions = [i for i, a in enumerate(args) if isinstance(a, _TensorBase)]
        ctx._nargs = len(args)
        data = tuple(o.data if isinstance(o, Variable) else o for o in outs)
        if any(v.requires_grad for v in inner):
            # outputs the operation gives no gradient (a comparison's mask, a sample, indices):
            # 0.3.1's classes mark them non-differentiable (compare.py, stochastic.py, ...)
            nondiff = [d for o, d in zip(outs, data)
                       if isinstance(o, Variable) and (not o.requires_grad or method in _MASKS)]
            if nondiff:
                ctx.mark_non_differentiable(*nondiff)
        return data if isinstance(result, tuple) else data[0]
    return staticmethod(forward)


def _backward(ctx, *grads):
    from .. import grad as _grad
    inner, outs = ctx._inner
    pairs = [(o, g) for o, g in zip(outs, grads)
             if isinstance(o, Variable) and o.requires_grad and g is not None]
    wanted = [v for v in inner if v.requires_grad]
    result = [None] * ctx._nargs
    if pairs and wanted:
        got = _grad([o for o, _ in pairs], wanted, [g.data if isinstance(g, Variable) else g
                                                    for _, g in pairs],
                    retain_graph=True, allow_unused=True)
        k = 0
        for pos, v in zip(ctx._positions, inner):
            if v.requires_grad:
                g = got[k]
                k += 1
                result[pos] = None if g is None else Variable(g.data)
    return tuple(result)


def _make(name, method):
    base = InplaceFunction if method.endswith('_') else Function
    return type(name, (base,), {'forward': _forward(method), 'backward': staticmethod(_backward),
                                '__module__': __name__,
                                '__doc__': '0.3.1 ``%s``: ``Variable.%s`` as a Function.'
                                           % (name, method)})


for _name, _method in _METHODS:
    globals()[_name] = _make(_name, _method)
del _name, _method

__all__ = [name for name, _ in _METHODS]
