"""Arithmetic: 0.3's scalar-first overloads, integer division, mixed element types."""

import libcst as cst

from ..build import kwarg, method
from ..infer import INT_DTYPES, literal_number
from ..registry import Rule, register

SCALAR_FIRST = ('add', 'add_', 'sub', 'sub_', 'addcmul', 'addcmul_', 'addcdiv', 'addcdiv_')


@register
class ScalarFirst(Rule):
    """``p.data.add_(-lr, g)`` -> ``p.data.add_(g, alpha=-lr)``; ``x.addcmul_(v, a, b)`` ->
    ``x.addcmul_(a, b, value=v)`` (also ``sub``, ``addcdiv``)."""

    name = 'scalar-first'
    legacy = '`p.data.add_(-lr, g)`, `x.addcmul_(v, a, b)`'
    modern = '`p.data.add_(g, alpha=-lr)`, `x.addcmul_(a, b, value=v)`'
    why = 'deprecated overloads'

    def leave_Call(self, m, original, updated):
        if m.qualified(original.func) is not None or not isinstance(original.func, cst.Attribute) \
                or original.func.attr.value not in SCALAR_FIRST:
            return updated
        return self.rewrite(m, original, updated, original.func.attr.value)

    def rewrite(self, m, original, updated, attr):
        """``x.add_(value, other)`` -> ``x.add_(other, alpha=value)`` (0.3's scalar-first overloads)."""
        if not m.info(original.func.value).tensorish:
            return updated
        if any(a.keyword is not None or a.star for a in updated.args):
            return updated
        args = list(updated.args)
        want = 2 if attr.rstrip('_') in ('add', 'sub') else 3
        if len(args) != want:
            return updated
        first = m.info(original.args[0].value)
        if first.tensorish:
            return updated
        name = 'alpha' if want == 2 else 'value'
        rest = [a.with_changes(comma=cst.MaybeSentinel.DEFAULT) for a in args[1:]]
        new = updated.with_changes(args=rest + [kwarg(name, args[0].value)])
        m.change(original, 'scalar-first', new,
                 note='0.3 took the scalar first; modern torch deprecates that overload')
        return new


def _tname(dtype):
    return {'float32': 'FloatTensor', 'float64': 'DoubleTensor', 'float16': 'HalfTensor',
            'int64': 'LongTensor', 'int32': 'IntTensor', 'int16': 'ShortTensor',
            'int8': 'CharTensor', 'uint8': 'ByteTensor'}.get(dtype, dtype)


@register
class IntDivision(Rule):
    """``a / b``, ``a /= 2`` on integer tensors -> ``torch.div(a, b, rounding_mode='trunc')``,
    ``a.div_(2, rounding_mode='trunc')``; and (flagged) ``FloatTensor op DoubleTensor`` or
    integer op float tensors, which 0.3 refused and modern torch promotes (rule
    ``type-promotion``)."""

    name = 'int-division'
    legacy = '`a / b`, `a /= 2` on integer tensors'
    modern = "`torch.div(a, b, rounding_mode='trunc')`, `a.div_(2, rounding_mode='trunc')`"
    why = '**silent change**: 0.3 truncated, modern `/` is true division'

    def leave_BinaryOperation(self, m, original, updated):
        op = original.operator
        if not isinstance(op, (cst.Add, cst.Subtract, cst.Multiply, cst.Divide, cst.MatrixMultiply,
                               cst.FloorDivide)):
            return updated
        left, right = m.info(original.left), m.info(original.right)
        floats = {'float32', 'float64', 'float16'}
        if left.tensorish and right.tensorish and left.dtype in floats and \
                right.dtype in floats and left.dtype != right.dtype:
            m.flag(original, 'type-promotion',
                   '{} with {}: 0.3 raised a type error here, modern torch silently computes '
                   'in float64; convert one side (.float() / .double())'.format(
                       _tname(left.dtype), _tname(right.dtype)))
            return updated
        if left.tensorish and right.tensorish and (left.dtype in INT_DTYPES) != (
                right.dtype in INT_DTYPES) and left.dtype and right.dtype:
            m.flag(original, 'type-promotion',
                   '{} with {}: 0.3 raised a type error here, modern torch silently promotes; '
                   'convert one side explicitly'.format(_tname(left.dtype), _tname(right.dtype)))
            return updated
        if isinstance(op, cst.Divide) and left.tensorish and left.dtype in INT_DTYPES:
            rk = literal_number(original.right)
            if (right.tensorish and right.dtype in INT_DTYPES) or isinstance(rk, int):
                new = cst.Call(func=m.torch_attr('div'), args=[
                    cst.Arg(updated.left), cst.Arg(updated.right),
                    kwarg('rounding_mode', cst.SimpleString("'trunc'"))])
                m.change(original, 'int-division', new,
                         note='0.3 truncated integer tensor division; modern / is true division')
                return new
            m.flag(original, 'int-division',
                   'integer tensor divided by a value of unknown type: 0.3 truncated integer '
                   "division, modern / is true division; use torch.div(a, b, "
                   "rounding_mode='trunc') if integers are divided")
        return updated

    def leave_AugAssign(self, m, original, updated):
        if not isinstance(original.operator, cst.DivideAssign):
            return updated
        target = m.info(original.target)
        right = m.info(original.value)
        if target.tensorish and target.dtype in INT_DTYPES:
            rk = literal_number(original.value)
            if (right.tensorish and right.dtype in INT_DTYPES) or isinstance(rk, int):
                call = method(updated.target, 'div_', [
                    cst.Arg(updated.value), kwarg('rounding_mode', cst.SimpleString("'trunc'"))])
                new = cst.Expr(value=call)
                m.change(original, 'int-division', call, note='0.3 truncated integer '
                         'tensor division; modern /= on an integer tensor is an error')
                return new
        return updated


@register
class TypePromotion(Rule):
    """``FloatTensor op DoubleTensor``, integer op float tensors: flagged (0.3 raised a type
    error, modern torch promotes silently).  Found by :class:`IntDivision`, which sees the
    operation first."""

    name = 'type-promotion'
    legacy = '`FloatTensor op DoubleTensor`, integer op float tensors'
    modern = '*flagged*: add `.float()`/`.double()`'
    why = '0.3 raised a type error, modern promotes to float64'
