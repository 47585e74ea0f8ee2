"""Registry entries of the rules the driver (:class:`~legacy_autograd.migrate.rules.Migrator`)
still implements in its own methods; each names the method.  They move to rule classes
of their own one by one (the entry then moves with the code)."""

from ..registry import Rule, register


def entry(name, legacy, modern, why, method):
    doc = '{} -> {} (implemented by ``Migrator.{}``).'.format(legacy, modern, method)
    cls = type(name.title().replace('-', '') + 'Entry', (Rule,), {
        '__doc__': doc, 'name': name, 'legacy': legacy, 'modern': modern, 'why': why,
        'method': method})
    return register(cls)


entry('variable', '`Variable(x)`; `Variable(torch.ones(2), requires_grad=True)`; '
      '`Variable(w, requires_grad=True)`',
      '`x`; `torch.ones(2, requires_grad=True)`; `w.detach().requires_grad_()` (a no-op '
      '`x = x` left over is removed)',
      '`Variable` is a no-op factory now (and detaches a tensor that requires grad)', 'variable')
entry('volatile', '`x = Variable(data, volatile=True)` + uses; `volatile=not train`',
      '`with torch.no_grad():` around the statements from that line to the last use; '
      '`with torch.set_grad_enabled(train):`',
      '`volatile` is ignored (with a warning) and graphs are recorded again', 'variable')
entry('item', '`loss.data[0]`, `loss[0]`; `t[i]` on a 1-D tensor',
      '`loss.item()`; `t[i].item()`',
      'indexing a 0-dim result raises `IndexError`; 1-D tensor elements were Python numbers',
      'leave_Subscript')
entry('async', '`x.cuda(async=True)`', '`x.cuda(non_blocking=True)`',
      '`async` is a keyword since Python 3.7', 'migrate._syntax_check')
entry('function', 'old-style `Function` with instance `forward(self, ...)`, called `MyFn(k)(x)`',
      '`@staticmethod forward(ctx, ..., k)` / `backward(ctx, ...)`, called `MyFn.apply(x, k)`',
      'instance-style Functions raise `RuntimeError` now', 'leave_ClassDef')
entry('import', '`from torch.autograd import Variable` no longer used; `torch.` needed',
      'import removed (libcst `RemoveImportsVisitor`); `import torch` added',
      '', 'imports.fix_imports')
entry('variable-detach', '`Variable(v)` where `v` is a Variable', '*flagged*',
      'modern `Variable(v)` detaches; the rewrite keeps `v` in the graph', 'variable')
