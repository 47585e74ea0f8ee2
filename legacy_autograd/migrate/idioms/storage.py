"""``tensor.storage()``: a TypedStorage on modern torch (deprecated: it warns)."""

import libcst as cst

from ..registry import Rule, register

# methods of a storage that an untyped storage answers the same way
SAME_ON_UNTYPED = ('data_ptr', 'is_shared', 'is_pinned', 'share_memory_')


def _storage_call(node):
    """``E`` for ``E.storage()``, else None."""
    if isinstance(node, cst.Call) and not node.args and isinstance(node.func, cst.Attribute) and \
            node.func.attr.value == 'storage':
        return node.func.value
    return None


def _simple(node):
    return isinstance(node, cst.Name) or (isinstance(node, cst.Attribute) and _simple(node.value))


@register
class Storage(Rule):
    """``x.storage().data_ptr()`` -> ``x.untyped_storage().data_ptr()``; ``len(x.storage())``
    / ``x.storage().size()`` -> ``x.untyped_storage().nbytes() // x.element_size()``.

    ``Tensor.storage()`` returns a deprecated TypedStorage on modern torch (a
    ``UserWarning``); ``untyped_storage()`` counts bytes, not elements.  Other
    uses of ``.storage()`` are flagged.
    """

    name = 'storage'
    legacy = '`x.storage().data_ptr()`, `len(x.storage())`, `x.storage().size()`'
    modern = '`x.untyped_storage().data_ptr()`, `x.untyped_storage().nbytes() // x.element_size()`'
    why = 'TypedStorage is deprecated (`UserWarning`); other uses are flagged'

    def leave_Call(self, m, original, updated):
        # len(E.storage())
        if isinstance(updated.func, cst.Name) and updated.func.value == 'len' and \
                m.qualified(original.func) is None and len(updated.args) == 1:
            subject = _storage_call(updated.args[0].value)
            if subject is not None and _simple(subject):
                return self.count(m, original, subject)
        if isinstance(updated.func, cst.Attribute):
            subject = _storage_call(updated.func.value)
            if subject is not None:
                attr = updated.func.attr.value
                if attr in SAME_ON_UNTYPED:
                    new = updated.with_changes(func=updated.func.with_changes(
                        value=updated.func.value.with_changes(func=updated.func.value.func
                                                              .with_changes(attr=cst.Name(
                                                                  'untyped_storage')))))
                    m.change(original, self.name, new)
                    return new
                if attr == 'size' and not updated.args and _simple(subject):
                    return self.count(m, original, subject)
        subject = _storage_call(updated)
        if subject is not None and not self.handled_outside(m, original):
            m.flag(original, self.name, '.storage() returns a deprecated TypedStorage on modern '
                   'torch (it warns): use .untyped_storage() (its size counts bytes: divide by '
                   '.element_size()) or avoid the storage')
        return updated

    def handled_outside(self, m, original):
        parent = m.parent(original)
        if isinstance(parent, cst.Attribute) and parent.value is original:
            grand = m.parent(parent)
            return isinstance(grand, cst.Call) and grand.func is parent and (
                parent.attr.value in SAME_ON_UNTYPED or (
                    parent.attr.value == 'size' and _simple(original.func.value)))
        if isinstance(parent, cst.Arg):
            grand = m.parent(parent)
            return isinstance(grand, cst.Call) and isinstance(grand.func, cst.Name) and \
                grand.func.value == 'len' and _simple(original.func.value)
        return False

    def count(self, m, original, subject):
        from ..build import method

        new = cst.BinaryOperation(
            left=method(method(subject, 'untyped_storage'), 'nbytes'),
            operator=cst.FloorDivide(), right=method(subject, 'element_size'))
        new = m.maybe_parens(original, new)
        m.change(original, self.name, new, note='the number of elements of the storage')
        return new
