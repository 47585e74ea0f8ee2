"""Renamed and removed API: keywords, functions and defaults that changed after 0.3."""

import libcst as cst

from ..build import _fix_last_comma, find_kw, kwarg, positional, with_arg
from ..registry import Rule, register
from ..report import Change

DTYPE_FOR_TYPE = {'FloatTensor': 'float32', 'DoubleTensor': 'float64', 'HalfTensor': 'float16'}
DROPOUT = {'torch.nn.functional.' + n for n in ('dropout', 'dropout2d', 'dropout3d')}
UPSAMPLE = {'torch.nn.functional.upsample', 'torch.nn.functional.upsample_bilinear',
            'torch.nn.functional.upsample_nearest', 'torch.nn.Upsample'}


@register
class RetainGraph(Rule):
    """``backward(..., retain_variables=True)`` -> ``backward(..., retain_graph=True)``."""

    name = 'retain-graph'
    legacy = '`y.backward(g, retain_variables=True)`'
    modern = '`y.backward(g, retain_graph=True)`'
    why = '`TypeError` now'

    def leave_Call(self, m, original, updated):
        return self.rewrite(m, original, updated)

    def rewrite(self, m, original, updated):
        arg = find_kw(updated, 'retain_variables')
        if arg is None:
            return updated
        if find_kw(updated, 'retain_graph') is not None:
            m.flag(original, 'retain-graph',
                   'both retain_variables= and retain_graph= are given (0.3 raised ValueError); '
                   'keep only retain_graph=')
            return updated
        new_arg = arg.with_changes(keyword=cst.Name('retain_graph'))
        args = [new_arg if a is arg else a for a in updated.args]
        new = updated.with_changes(args=args)
        m.changes.append(Change(m.line(original), 'retain-graph',
                                m.code(arg.with_changes(comma=cst.MaybeSentinel.DEFAULT)),
                                m.code(new_arg.with_changes(comma=cst.MaybeSentinel.DEFAULT))))
        return new


@register
class TensorDatasetKeywords(Rule):
    """``TensorDataset(data_tensor=x, target_tensor=y)`` -> ``TensorDataset(x, y)``."""

    name = 'tensor-dataset'
    legacy = '`TensorDataset(data_tensor=x, target_tensor=y)`'
    modern = '`TensorDataset(x, y)`'
    why = 'keywords removed'

    def leave_Call(self, m, original, updated):
        if m.qualified(original.func) != 'torch.utils.data.TensorDataset':
            return updated
        return self.rewrite(m, original, updated)

    def rewrite(self, m, original, updated):
        d = find_kw(updated, 'data_tensor')
        t = find_kw(updated, 'target_tensor')
        if d is None and t is None:
            return updated
        pos = positional(updated)
        if len(pos) >= 2 or (pos and d is not None):
            return updated
        items = []
        if pos:
            items.append(pos[0])
        for a in (d, t):
            if a is not None:
                items.append(a.with_changes(keyword=None, equal=cst.MaybeSentinel.DEFAULT))
        rest = [a for a in updated.args if a.keyword is not None and
                a.keyword.value not in ('data_tensor', 'target_tensor')]
        if rest:
            m.flag(original, 'tensor-dataset', 'unexpected TensorDataset keywords')
            return updated
        had_default = isinstance(updated.args[-1].comma, cst.MaybeSentinel)
        new = updated.with_changes(args=_fix_last_comma(items, had_default))
        m.change(original, 'tensor-dataset', new)
        return new


@register
class DropoutTraining(Rule):
    """``F.dropout(x)`` -> ``F.dropout(x, training=False)`` (also ``dropout2d``/``dropout3d``)."""

    name = 'dropout-training'
    legacy = '`F.dropout(x)`'
    modern = '`F.dropout(x, training=False)`'
    why = '**silent change**: 0.3 defaulted to `training=False`, modern to `True`'

    def leave_Call(self, m, original, updated):
        q = m.qualified(original.func)
        if q not in DROPOUT:
            return updated
        return self.rewrite(m, original, updated, q)

    def rewrite(self, m, original, updated, q):
        pos = positional(updated)
        if len(pos) >= 3 or find_kw(updated, 'training') is not None or \
                any(a.star for a in updated.args):
            return updated
        new = with_arg(updated, kwarg('training', cst.Name('False')))
        m.change(original, 'dropout-training', new,
                 note='0.3 F.{} defaulted to training=False; modern defaults to True'.format(
                     q.split('.')[-1]))
        return new


@register
class Upsample(Rule):
    """``F.upsample(...)``, ``F.upsample_bilinear``, ``F.upsample_nearest`` -> ``F.interpolate(...)``;
    ``nn.Upsample(mode='bilinear')`` -> ``align_corners=True`` added (0.3 aligned corners)."""

    name = 'upsample'
    legacy = "`F.upsample(x, scale_factor=2, mode='bilinear')`, `nn.Upsample(...)`"
    modern = '`F.interpolate(..., align_corners=True)`'
    why = 'deprecated; 0.3 aligned corners for linear modes'

    def leave_Call(self, m, original, updated):
        q = m.qualified(original.func)
        if q not in UPSAMPLE:
            return updated
        return self.rewrite(m, original, updated, q)

    def rewrite(self, m, original, updated, q):
        name = q.split('.')[-1]
        pos = positional(updated)
        if any(a.star for a in updated.args):
            return updated
        if name == 'Upsample':
            mode = pos[2].value if len(pos) > 2 else (find_kw(updated, 'mode').value
                                                    if find_kw(updated, 'mode') else None)
            if mode is None or find_kw(updated, 'align_corners') is not None:
                return updated
            if isinstance(mode, cst.SimpleString):
                if mode.evaluated_value in ('linear', 'bilinear', 'trilinear'):
                    new = with_arg(updated, kwarg('align_corners', cst.Name('True')))
                    m.change(original, 'upsample', new,
                             note='0.3 interpolated with aligned corners')
                    return new
                return updated
            m.flag(original, 'upsample', 'nn.Upsample with a computed mode: 0.3 aligned '
                   "corners for linear modes, modern torch does not (pass align_corners=True "
                   "for 'bilinear'/'trilinear')")
            return updated
        func = updated.func
        new_func = func.with_changes(attr=cst.Name('interpolate')) if isinstance(
            func, cst.Attribute) else m.torch_attr('nn.functional.interpolate')
        new = updated.with_changes(func=new_func)
        if name == 'upsample':
            mode = pos[3].value if len(pos) > 3 else (find_kw(updated, 'mode').value
                                                    if find_kw(updated, 'mode') else None)
            if mode is not None and find_kw(updated, 'align_corners') is None:
                if isinstance(mode, cst.SimpleString):
                    if mode.evaluated_value in ('linear', 'bilinear', 'trilinear'):
                        new = with_arg(new, kwarg('align_corners', cst.Name('True')))
                else:
                    m.flag(original, 'upsample', 'upsample with a computed mode: 0.3 aligned '
                           "corners for linear modes (add align_corners=True for them)")
        elif name == 'upsample_bilinear':
            new = with_arg(new, kwarg('mode', cst.SimpleString("'bilinear'")))
            new = with_arg(new, kwarg('align_corners', cst.Name('True')))
        else:
            new = with_arg(new, kwarg('mode', cst.SimpleString("'nearest'")))
        m.change(original, 'upsample', new)
        return new


@register
class DefaultTensorType(Rule):
    """``torch.set_default_tensor_type('torch.DoubleTensor')`` -> ``torch.set_default_dtype(torch.float64)``."""

    name = 'default-type'
    legacy = "`torch.set_default_tensor_type('torch.DoubleTensor')`"
    modern = '`torch.set_default_dtype(torch.float64)`'
    why = 'deprecated'

    def leave_Call(self, m, original, updated):
        if m.qualified(original.func) != 'torch.set_default_tensor_type':
            return updated
        return self.rewrite(m, original, updated)

    def rewrite(self, m, original, updated):
        pos = positional(updated)
        if len(pos) != 1:
            return updated
        arg = pos[0].value
        if isinstance(arg, cst.SimpleString):
            name = arg.evaluated_value
        else:
            name = m.qualified(arg) or ''
        short = name.rsplit('.', 1)[-1]
        if name.startswith('torch.cuda') or short not in DTYPE_FOR_TYPE:
            m.flag(original, 'default-type', 'set_default_tensor_type is deprecated: use '
                   'torch.set_default_dtype() (and torch.set_default_device() for CUDA)')
            return updated
        new = cst.Call(func=m.torch_attr('set_default_dtype'),
                       args=[cst.Arg(m.torch_attr(DTYPE_FOR_TYPE[short]))])
        m.change(original, 'default-type', new)
        return new


@register
class LoadWeightsOnly(Rule):
    """``torch.load(f)`` -> ``torch.load(f, weights_only=False)``."""

    name = 'load'
    legacy = '`torch.load(f)`'
    modern = '`torch.load(f, weights_only=False)`'
    why = 'modern refuses pickled modules by default (only load files you trust)'

    def leave_Call(self, m, original, updated):
        if m.qualified(original.func) != 'torch.load':
            return updated
        return self.rewrite(m, original, updated)

    def rewrite(self, m, original, updated):
        if find_kw(updated, 'weights_only') is not None or any(a.star for a in updated.args):
            return updated
        new = with_arg(updated, kwarg('weights_only', cst.Name('False')))
        m.change(original, 'load', new, note='0.3 unpickled any object (whole modules too); '
                 'only load files you trust')
        return new


@register
class SchedulerStep(Rule):
    """``scheduler.step()`` / ``scheduler.step(epoch)``: flagged (modern torch warns when it runs
    before ``optimizer.step()``, and deprecates the epoch argument)."""

    name = 'scheduler'
    legacy = '`scheduler.step()` before `optimizer.step()`, `scheduler.step(epoch)`'
    modern = '*flagged*: call it once per epoch after the training steps'
    why = 'modern torch warns'

    def leave_Call(self, m, original, updated):
        if m.qualified(original.func) is None and isinstance(original.func, cst.Attribute) and \
                original.func.attr.value == 'step' and \
                m.info(original.func.value).kind == 'scheduler':
            self.check(m, original)
        return updated

    def check(self, m, original):
        if original.args:
            m.flag(original, 'scheduler', 'scheduler.step(epoch) is deprecated on modern '
                   'torch (it warns): call scheduler.step() once per epoch, after the '
                   "epoch's optimizer.step() calls")
        else:
            m.flag(original, 'scheduler', 'modern torch warns when scheduler.step() runs '
                   'before optimizer.step(); 0.3 code often called it at the start of the '
                   'epoch. Move it after the epoch\'s training steps (check the learning '
                   'rate schedule: modern schedulers set the first epoch\'s rate on '
                   'construction)')
