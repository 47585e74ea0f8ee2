"""``loss.data[0]``, ``loss[0]``, ``t[i]`` on a 1-D tensor: 0.3 gave Python numbers.

Indexing a 0-dim result raises ``IndexError`` on modern torch, and an element of a 1-D
*tensor* is a 0-dim tensor instead of a number.  What the subscripted value is (tensor or
Variable, its rank, whether it has one element) comes from the static analysis
(:mod:`legacy_autograd.migrate.infer`) and, with ``--trace``, from the run.
"""

import re

import libcst as cst
import libcst.matchers as M

from ..build import method
from ..infer import literal_int
from ..names import dotted
from ..registry import Rule, register

# ``X.data[0]`` with X of unknown size is taken for a one-element result when X is a call or
# is named like one of these
LOSSY_NAME = re.compile(r'(loss|err|cost|acc|total|norm|dist|score|reward|objective|nll|kl|mse)',
                        re.I)

# ``a[k]`` with one plain index (no slice, no tuple)
ONE_INDEX = M.Subscript(slice=[M.SubscriptElement(slice=M.Index())])
# positions where a subscript is assigned to or deleted, not read
STORE = M.AssignTarget() | M.Del()


@register
class Item(Rule):
    """``loss.data[0]``, ``loss[0]`` -> ``loss.item()``; ``t[i]`` on a 1-D tensor -> ``t[i].item()``."""

    name = 'item'
    legacy = '`loss.data[0]`, `loss[0]`; `t[i]` on a 1-D tensor'
    modern = '`loss.item()`; `t[i].item()`'
    why = 'indexing a 0-dim result raises `IndexError`; 1-D tensor elements were Python numbers'

    def leave_Subscript(self, m, original, updated):
        if not M.matches(original, ONE_INDEX):
            return updated
        parent = m.parent(original)
        if M.matches(parent, STORE) or (isinstance(parent, cst.AugAssign)
                                        and parent.target is original):
            return updated
        index_node = original.slice[0].slice.value
        k = literal_int(index_node)
        idx_info = m.info(index_node)
        base_o = original.value
        bi = m.info(base_o)
        integer = k is not None or idx_info.kind == 'number'
        if not integer:
            return updated
        receiver = isinstance(parent, cst.Attribute) and parent.value is original
        if receiver and isinstance(m.parent(parent), cst.Call) and parent.attr.value == 'item':
            return updated
        if bi.kind == 'tensor':
            if bi.size1 and k in (0, -1) and bi.ndim in (1, None):
                subject = self.strip_data(updated.value)
                if subject is updated.value:      # t[0] on a one-element tensor: keep the index
                    subject = updated
                return self.to_item(m, original, subject, receiver)
            if bi.ndim == 1:
                if receiver:
                    return updated
                new = method(updated, 'item')
                m.change(original, 'item', new, note='indexing a 1-D tensor gave a Python '
                            'number in 0.3')
                return new
            if bi.ndim is None and k == 0 and isinstance(base_o, cst.Attribute) and \
                    base_o.attr.value == 'data':
                subject = base_o.value
                text = dotted(subject) or ''
                if isinstance(subject, cst.Call) or LOSSY_NAME.search(text.rsplit('.', 1)[-1]):
                    return self.to_item(m, original, self.strip_data(updated.value), receiver,
                                        note='assumed a one-element result')
                m.flag(original, 'item', "{}.data[0]: the size of {} is not known here. If it "
                          "holds one element use {}.item() (0.3 gave a Python number; modern "
                          "torch raises IndexError on 0-dim results)".format(
                              m.code(subject), m.code(subject), m.code(subject)))
            return updated
        if bi.kind == 'variable' and bi.size1 and k in (0, -1) and bi.ndim in (1, None):
            if receiver:
                new = updated.value
                m.change(original, 'item', new, note='a one-element result is 0-dim now')
                return new
            return self.to_item(m, original, updated.value, receiver)
        if bi.kind == 'ndarray' and bi.size1 and k in (0, -1):
            inner = updated.value
            if isinstance(inner, cst.Call) and isinstance(inner.func, cst.Attribute) and \
                    inner.func.attr.value == 'numpy':
                return self.to_item(m, original, self.strip_data(inner), receiver)
        return updated

    @staticmethod
    def strip_data(node):
        while True:
            if isinstance(node, cst.Call) and not node.args and isinstance(node.func, cst.Attribute) \
                    and node.func.attr.value in ('cpu', 'numpy'):
                node = node.func.value
                continue
            if isinstance(node, cst.Attribute) and node.attr.value == 'data':
                node = node.value
                continue
            return node

    def to_item(self, m, original, subject, receiver, note=None):
        if receiver:
            new = subject
        else:
            new = method(subject, 'item')
        m.change(original, 'item', new, note=note)
        return new
