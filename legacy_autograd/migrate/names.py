"""Which names in a script refer to which torch objects: libcst's scope analysis.

:class:`Names` resolves an expression such as ``F.softmax`` or
``nn.init.xavier_uniform`` to a canonical dotted name
(``torch.nn.functional.softmax``) with libcst's :class:`QualifiedNameProvider`
and :class:`ScopeProvider`: a local variable or parameter named ``Variable`` or
``F`` that is not torch's is not resolved, nor is a name that is an import in
one branch and something else in another, and ``import torch as th`` makes
``th.nn.functional.sigmoid`` torch's.  The spelling a rewrite uses for torch
(:meth:`Names.local_for`) is an import the scope of the rewritten node sees.

Two things libcst does not model are added here: names only a ``from torch.nn
import *`` can provide (looked up in ``_STAR_NAMES`` when nothing in scope binds
them), and the aliases under which torch exposes one object (``_CANONICAL_PREFIXES``:
``torch.nn.modules.linear.Linear`` is ``torch.nn.Linear``).
"""

import libcst as cst

# dotted prefixes that name the same thing; longest first
_CANONICAL_PREFIXES = [
    ('torch.autograd.variable.Variable', 'torch.autograd.Variable'),
    ('torch.autograd.function.Function', 'torch.autograd.Function'),
    ('torch.nn.modules.activation.', 'torch.nn.'),
    ('torch.nn.modules.loss.', 'torch.nn.'),
    ('torch.nn.modules.linear.', 'torch.nn.'),
    ('torch.nn.modules.container.', 'torch.nn.'),
    ('torch.nn.modules.conv.', 'torch.nn.'),
    ('torch.nn.modules.rnn.', 'torch.nn.'),
    ('torch.nn.modules.sparse.', 'torch.nn.'),
    ('torch.nn.modules.dropout.', 'torch.nn.'),
    ('torch.nn.modules.pooling.', 'torch.nn.'),
    ('torch.nn.modules.batchnorm.', 'torch.nn.'),
    ('torch.nn.modules.upsampling.', 'torch.nn.'),
    ('torch.nn.modules.module.', 'torch.nn.'),
    ('torch.nn.modules.', 'torch.nn.'),
    ('torch.nn.utils.clip_grad.', 'torch.nn.utils.'),
    ('torch.nn.parameter.Parameter', 'torch.nn.Parameter'),
    ('torch.utils.data.dataset.', 'torch.utils.data.'),
    ('torch.utils.data.dataloader.', 'torch.utils.data.'),
]

# names a ``from MODULE import *`` is taken to provide (only the ones the rules care about)
_STAR_NAMES = {
    'torch.autograd': {'Variable', 'Function'},
    'torch.nn.functional': {
        'softmax', 'log_softmax', 'softmin', 'sigmoid', 'tanh', 'dropout', 'dropout2d',
        'dropout3d', 'upsample', 'upsample_bilinear', 'upsample_nearest', 'nll_loss',
        'cross_entropy', 'mse_loss', 'l1_loss', 'smooth_l1_loss', 'kl_div',
        'binary_cross_entropy', 'binary_cross_entropy_with_logits', 'relu', 'linear'},
    'torch.nn.init': {'uniform', 'normal', 'constant', 'eye', 'dirac', 'xavier_uniform',
                      'xavier_normal', 'kaiming_uniform', 'kaiming_normal', 'orthogonal', 'sparse'},
    'torch.utils.data': {'TensorDataset', 'DataLoader'},
}


def dotted(node):
    """``a.b.c`` for a Name/Attribute chain, else None."""
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        base = dotted(node.value)
        if base is None:
            return None
        return base + '.' + node.attr.value
    return None


def canonical(name):
    if name is None:
        return None
    for prefix, repl in _CANONICAL_PREFIXES:
        if name.startswith(prefix):
            return repl + name[len(prefix):]
    return name


def build_dotted(text):
    """An expression node for the dotted name ``text``."""
    parts = text.split('.')
    node = cst.Name(parts[0])
    for part in parts[1:]:
        node = cst.Attribute(value=node, attr=cst.Name(part))
    return node


class Names(object):
    """What the names of one module refer to (built from its ``MetadataWrapper``)."""

    def __init__(self, wrapper):
        from libcst.metadata import QualifiedNameProvider, ScopeProvider

        self.module = wrapper.module
        self.qnames = wrapper.resolve(QualifiedNameProvider)
        self.scopes = wrapper.resolve(ScopeProvider)
        self.star = []
        self.module.visit(_StarImports(self.star))
        self.global_scope = self.scopes.get(self.module)
        # every name bound by an import somewhere in the module (any scope)
        self.imported = set()
        for scope in set(self.scopes.values()):
            if scope is None:
                continue
            for assignment in scope.assignments:
                if _is_import(assignment):
                    self.imported.add(assignment.name)
        # {local: dotted name as imported} of the module-level imports
        self.imports = self._imports_of(self.global_scope)
        self.names = {local: canonical(full) for local, full in self.imports.items()}

    @staticmethod
    def _imports_of(scope):
        """{local name: dotted name} of the imports ``scope`` sees, for the names bound only
        by imports of one object (a name also assigned otherwise is left out)."""
        found = {}
        if scope is None:
            return found
        for name in {a.name for a in scope.assignments}:
            if not all(_is_import(a) for a in scope.assignments[name]):
                continue
            qnames = scope.get_qualified_names_for(name)
            full = {q.name for q in qnames}
            if len(full) == 1:
                found[name] = full.pop()
        return found

    def resolve(self, node):
        """Canonical dotted name of the object ``node`` refers to, or None."""
        text = dotted(node)
        if text is None:
            return None
        if node in self.qnames:
            return self._scoped(node, text)
        return self._by_imports(text)      # a node a rule built: the module's imports

    def _scoped(self, node, text):
        from libcst.metadata import QualifiedNameSource

        names = self.qnames[node]
        if callable(names):
            names = names()
        if names:
            if any(n.source is not QualifiedNameSource.IMPORT for n in names):
                return None          # a local binding (shadowing, or rebinding in a branch)
            found = {canonical(n.name) for n in names}
            return found.pop() if len(found) == 1 else None
        # nothing bound in scope: a builtin, an undefined name, or a star import
        root = node
        while isinstance(root, cst.Attribute):
            root = root.value
        scope = self.scopes.get(root)
        if scope is not None and scope[root.value]:
            return None
        if text.partition('.')[0] in self.imported:
            return None              # imported in another scope only
        return self._by_star(text)

    def _by_imports(self, text):
        root, _, rest = text.partition('.')
        if root in self.names:
            return canonical(self.names[root] + ('.' + rest if rest else ''))
        return self._by_star(text)

    def _by_star(self, text):
        root, _, rest = text.partition('.')
        for module in self.star:
            if root in _STAR_NAMES.get(canonical(module), ()):
                return canonical(module + '.' + text)
        return None

    def is_imported(self, name):
        """``name`` is bound by an import somewhere in the module."""
        return name in self.imported

    def local_for(self, qualified, at=None):
        """Shortest spelling of the module/object ``qualified`` through an import that the
        scope of node ``at`` (default: the module) sees unshadowed, or None."""
        names = self.names
        if at is not None:
            scope = self.scopes.get(at)
            if scope is not None and scope is not self.global_scope:
                names = {local: full for local, full in names.items()
                         if all(_is_import(a) and a.scope is self.global_scope
                                for a in scope[local])}
        best = None
        for local, full in names.items():
            if qualified == full:
                cand = local
            elif qualified.startswith(full + '.'):
                cand = local + qualified[len(full):]
            else:
                continue
            if best is None or len(cand) < len(best):
                best = cand
        return best


def _is_import(assignment):
    from libcst.metadata import ImportAssignment
    return isinstance(assignment, ImportAssignment)


class _StarImports(cst.CSTVisitor):
    """The modules of ``from MODULE import *`` (libcst's scopes do not model them)."""

    def __init__(self, found):
        super().__init__()
        self.found = found

    def visit_ImportFrom(self, node):
        if isinstance(node.names, cst.ImportStar) and not node.relative and \
                node.module is not None and dotted(node.module) is not None:
            self.found.append(dotted(node.module))
