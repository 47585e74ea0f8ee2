"""Element types: 0.3 factories that made FloatTensors, and casts through type objects."""

import libcst as cst

from ..build import atomic, kwarg, method, positional, with_arg, find_kw
from ..infer import literal_number
from ..registry import Rule, register

CAST_FOR_TYPE = {'FloatTensor': 'float', 'DoubleTensor': 'double', 'HalfTensor': 'half',
                 'LongTensor': 'long', 'IntTensor': 'int', 'ShortTensor': 'short',
                 'CharTensor': 'char', 'ByteTensor': 'byte'}


def _float_dtype(m):
    if m.an.default_double:
        return cst.parse_expression(m.torch() + '.get_default_dtype()')
    return m.torch_attr('float32')


@register
class Arange(Rule):
    """``torch.arange(1, 11)`` -> ``torch.arange(1, 11, dtype=torch.float32)``; ``torch.range(0, 3)``
    (end included) -> ``torch.arange(0, 4, dtype=torch.float32)``."""

    name = 'arange'
    legacy = '`torch.arange(1, 11)`, `torch.range(0, 3)`'
    modern = '`torch.arange(1, 11, dtype=torch.float32)`, `torch.arange(0, 4, dtype=torch.float32)`'
    why = '0.3 made a FloatTensor, modern makes int64; `range` included the end'

    def leave_Call(self, m, original, updated):
        q = m.qualified(original.func)
        if q not in ('torch.arange', 'torch.range'):
            return updated
        return self.rewrite(m, original, updated, q)

    def rewrite(self, m, original, updated, q):
        if find_kw(updated, 'dtype') is not None or find_kw(updated, 'out') is not None or \
                any(a.star for a in updated.args):
            return updated
        pos = positional(updated)
        other_kw = [a for a in updated.args if a.keyword is not None]
        note = None
        if q == 'torch.arange':
            new = with_arg(updated, kwarg('dtype', _float_dtype(m)))
            m.change(original, 'arange', new, note='0.3 arange made a FloatTensor; modern '
                     'arange of integers is int64')
            return new
        # torch.range(start, end[, step]): end is included
        if other_kw or len(pos) not in (2, 3):
            m.flag(original, 'arange', 'torch.range (end included) with these arguments: '
                   'use torch.arange(start, end + step, step, dtype=torch.float32)')
            return updated
        start, end = pos[0].value, pos[1].value
        step = pos[2].value if len(pos) == 3 else None
        vs, ve = literal_number(start), literal_number(end)
        vst = 1 if step is None else literal_number(step)
        if vs is not None and ve is not None and vst:
            count = int((ve - vs) / vst + 1e-9) + 1 if (ve - vs) / vst >= -1e-9 else 0
            if all(isinstance(v, int) for v in (vs, ve, vst)):
                new_end = vs + count * vst
            else:
                new_end = vs + (count - 0.5) * vst
                new_end = float('%.12g' % new_end)
            end_node = cst.parse_expression(repr(new_end))
        else:
            step_code = '1' if step is None else m.code(step)
            end_code = m.code(end)
            if not atomic(end):
                end_code = '(' + end_code + ')'
            if step is not None and not atomic(step):
                step_code = '(' + step_code + ')'
            end_node = cst.parse_expression('{} + {}'.format(end_code, step_code))
            note = 'exact when end - start is a multiple of the step'
        args = [cst.Arg(start), cst.Arg(end_node)]
        if step is not None:
            args.append(cst.Arg(step))
        args.append(kwarg('dtype', _float_dtype(m)))
        func = updated.func
        if isinstance(func, cst.Attribute):
            func = func.with_changes(attr=cst.Name('arange'))
        else:
            func = m.torch_attr('arange')
        new = updated.with_changes(func=func, args=args)
        m.change(original, 'arange', new, note=note or 'torch.range included the end value')
        return new


@register
class TypeCast(Rule):
    """``x.type(torch.LongTensor)`` / ``x.type('torch.LongTensor')`` -> ``x.long()``."""

    name = 'type-cast'
    legacy = '`x.type(torch.LongTensor)`'
    modern = '`x.long()`'
    why = 'clearer; no tensor type objects'

    def leave_Call(self, m, original, updated):
        if m.qualified(original.func) is not None or not isinstance(original.func, cst.Attribute) \
                or original.func.attr.value != 'type':
            return updated
        return self.rewrite(m, original, updated)

    def rewrite(self, m, original, updated):
        pos = positional(updated)
        if len(pos) != 1 or len(updated.args) != 1:
            return updated
        arg = original.args[0].value
        if isinstance(arg, cst.SimpleString):
            name = arg.evaluated_value
        else:
            name = m.qualified(arg)
        if not name or not name.startswith('torch.') or name.startswith('torch.cuda.'):
            return updated
        short = name.rsplit('.', 1)[-1]
        if short == 'Tensor':
            return updated
        cast = CAST_FOR_TYPE.get(short)
        if cast is None:
            return updated
        new = method(updated.func.value, cast)
        m.change(original, 'type-cast', new)
        return new
