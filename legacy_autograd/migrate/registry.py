"""The rule registry: one small class per 0.3 idiom, composed by the driver.

A rule is a :class:`Rule` subclass registered with :func:`register`.  Its
docstring names the 0.3 idiom and the modern form; ``name`` is the word the
report uses; ``legacy``/``modern`` are the table row of ``docs/migration.md``
(a test checks the table against this registry, so the two cannot drift).
Methods named ``leave_<NodeClass>(m, original, updated)`` are called by the
driver (:class:`legacy_autograd.migrate.rules.Migrator`) after the node's
children were migrated; ``m`` is the driver, which gives the rule the shared
services: ``m.qualified(node)`` (what a name refers to, scope-aware),
``m.info(node)`` (static facts), ``m.trace`` (facts of a ``--trace`` run),
``m.change(...)``/``m.flag(...)`` (the report) and ``m.torch_attr(...)``.

``why`` says what goes wrong on modern torch without the rewrite.
``traced = True`` marks rules that rewrite only from the facts of a traced run
(``migrate --trace``); without them the site is left as it is (or flagged).
"""

RULES = []


class Rule(object):
    name = ''
    legacy = ''
    modern = ''
    why = ''
    traced = False
    # rules that only act when no earlier step rewrote the node
    only_untouched = False

    def start(self, m):
        """Called once per migration before the tree is walked (``m``: the driver)."""

    def node_types(self):
        return [attr[len('leave_'):] for attr in dir(self) if attr.startswith('leave_')]


def register(cls):
    """Class decorator: add one instance of the rule to :data:`RULES`."""
    if not cls.__doc__ or not cls.name or not cls.legacy or not cls.modern:
        raise TypeError('rule {} needs a docstring, a name, legacy and modern'.format(cls.__name__))
    RULES.append(cls())
    return cls


def rules_by_node():
    """{node class name: [rule, ...]} in registration order."""
    table = {}
    for rule in RULES:
        for node in rule.node_types():
            table.setdefault(node, []).append(rule)
    return table


def rules_table():
    """The Markdown table of the registered rules (as in ``docs/migration.md``)."""
    lines = ['| rule | 0.3 idiom | modern form | why |', '|---|---|---|---|']
    for rule in RULES:
        why = rule.why
        if rule.traced:
            why = '**`--trace`**: ' + why if why else '**`--trace`**'
        lines.append('| `{}` | {} | {} | {} |'.format(rule.name, rule.legacy, rule.modern, why))
    return '\n'.join(lines) + '\n'
