"""Registry entries of the two rules that are steps outside the tree pass: ``async`` (the
text is made parseable before libcst reads it, :func:`legacy_autograd.migrate._syntax_check`)
and ``import`` (libcst's ``RemoveImportsVisitor``/``AddImportsVisitor`` after the pass,
:func:`legacy_autograd.migrate.imports.fix_imports`).  Each entry names the function."""

from ..registry import Rule, register


def entry(name, legacy, modern, why, function):
    doc = '{} -> {} (implemented by ``{}``).'.format(legacy, modern, function)
    cls = type(name.title().replace('-', '') + 'Entry', (Rule,), {
        '__doc__': doc, 'name': name, 'legacy': legacy, 'modern': modern, 'why': why,
        'function': function})
    return register(cls)


entry('async', '`x.cuda(async=True)`', '`x.cuda(non_blocking=True)`',
      '`async` is a keyword since Python 3.7', 'migrate._syntax_check')
entry('import', '`from torch.autograd import Variable` no longer used; `torch.` needed',
      'import removed (libcst `RemoveImportsVisitor`); `import torch` added',
      '', 'imports.fix_imports')
