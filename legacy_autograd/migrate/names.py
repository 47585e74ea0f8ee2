"""Which names in a script refer to which torch objects.

:class:`ImportTable` records the script's imports (``import torch.nn as nn``,
``from torch.autograd import Variable``, ...) and resolves an expression such
as ``F.softmax`` or ``nn.init.xavier_uniform`` to a canonical dotted name
(``torch.nn.functional.softmax``).

What a name refers to is libcst's answer (:class:`QualifiedNameProvider` and
:class:`ScopeProvider`, attached with :meth:`ImportTable.use_scopes`): a local
variable or parameter named ``Variable`` or ``F`` that is not torch's is not
resolved, nor is a name that is an import in one branch and something else in
another.  Names only a ``from torch.nn import *`` can provide are looked up in
``_STAR_NAMES`` when nothing in scope binds them.
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


class ImportTable(object):
    """Local name -> dotted module/object name, from the script's import statements."""

    def __init__(self):
        self.names = {}
        self.star = []
        self.qnames = None
        self.scopes = None

    def use_scopes(self, wrapper):
        """Resolve names of ``wrapper``'s module through libcst's scope analysis."""
        from libcst.metadata import QualifiedNameProvider, ScopeProvider

        self.qnames = wrapper.resolve(QualifiedNameProvider)
        self.scopes = wrapper.resolve(ScopeProvider)

    def add(self, node):
        if isinstance(node, cst.Import):
            for alias in node.names:
                full = dotted(alias.name)
                if full is None:
                    continue
                if alias.asname is not None and isinstance(alias.asname.name, cst.Name):
                    self.names[alias.asname.name.value] = full
                else:
                    root = full.split('.')[0]
                    self.names[root] = root
        elif isinstance(node, cst.ImportFrom):
            if node.relative or node.module is None:
                return
            module = dotted(node.module)
            if module is None:
                return
            if isinstance(node.names, cst.ImportStar):
                self.star.append(module)
                return
            for alias in node.names:
                if not isinstance(alias.name, cst.Name):
                    continue
                name = alias.name.value
                local = name
                if alias.asname is not None and isinstance(alias.asname.name, cst.Name):
                    local = alias.asname.name.value
                self.names[local] = module + '.' + name

    def resolve(self, node):
        """Canonical dotted name of the object ``node`` refers to, or None."""
        text = dotted(node)
        if text is None:
            return None
        if self.qnames is not None and node in self.qnames:
            return self._scoped(node, text)
        return self._by_imports(text)

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
        scope = self.scopes.get(root) if self.scopes is not None else None
        if scope is not None and scope[root.value]:
            return None
        if text.partition('.')[0] in self.names:
            return None
        return self._by_imports(text)

    def _by_imports(self, text):
        root, _, rest = text.partition('.')
        if root in self.names:
            full = self.names[root]
        else:
            for module in self.star:
                if root in _STAR_NAMES.get(canonical(module), ()):
                    full = module + '.' + root
                    break
            else:
                return None
        return canonical(full + ('.' + rest if rest else ''))

    def local_for(self, qualified):
        """Shortest local spelling of the module/object ``qualified``, or None."""
        best = None
        for local, full in self.names.items():
            full = canonical(full)
            if qualified == full:
                cand = local
            elif qualified.startswith(full + '.'):
                cand = local + qualified[len(full):]
            else:
                continue
            if best is None or len(cand) < len(best):
                best = cand
        return best

    def has_torch(self):
        return self.names.get('torch') == 'torch'


class ImportCollector(cst.CSTVisitor):
    """Fill an :class:`ImportTable` from every import statement of a module."""

    def __init__(self, table):
        super().__init__()
        self.table = table

    def visit_Import(self, node):
        self.table.add(node)

    def visit_ImportFrom(self, node):
        self.table.add(node)
