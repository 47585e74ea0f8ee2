"""torch.nn.functional as op-schema declarations (legacy_autograd/nn/_functional_schema.py).

Every public function of 0.3.1's ``torch.nn.functional`` is declared once in the op schema;
``F.<name>`` is the form generated from the declaration, with 0.3.1's signature and defaults
(recorded from 0.3.1's sources in ``fixtures/functional031_signatures.json``); the parity
suite (test_schema_parity.py) runs every sample call against modern torch; the migrator reads
the declared shape rules.  Regenerate the fixture (with 0.3.1's sources unpacked at
``$PT031``, default /work/pt031) by ``python compat_tests/test_functional_schema.py``.
"""
import ast
import inspect
import json
import os

import pytest

import legacy_autograd as L
from legacy_autograd.nn import functional as F
from legacy_autograd.nn._functional_schema import NAMES
from legacy_autograd.ops.schema import SCHEMA, FUNCTIONAL, op_facts

FIXTURE = os.path.join(os.path.dirname(__file__), 'fixtures', 'functional031_signatures.json')
SIGNATURES = json.load(open(FIXTURE))


def _params(fn):
    fn = inspect.unwrap(fn)
    out = []
    for p in inspect.signature(fn).parameters.values():
        out.append([p.name, p.kind.name,
                    None if p.default is inspect.Parameter.empty else repr(p.default)])
    return out


def test_every_031_functional_is_declared_and_generated():
    assert sorted(SIGNATURES) == sorted(NAMES)
    for name in NAMES:
        d = SCHEMA[name]
        assert 'functional' in d.forms and FUNCTIONAL[name] is d.forms['functional']
        assert getattr(F, name) is FUNCTIONAL[name], name     # F.<name> is the generated form
        assert d.calls and any(c.variants is None or 'functional' in c.variants
                               for c in d.calls), '%s has no functional sample call' % name


@pytest.mark.parametrize('name', NAMES)
def test_signature_and_defaults_are_031s(name):
    assert _params(getattr(F, name)) == SIGNATURES[name]


def test_generated_forms_name_a_bad_tensor_argument():
    x = L.autograd.Variable(L.randn(2, 3))
    with pytest.raises(TypeError, match="linear\\(\\): argument 'weight' must be Variable, not int"):
        F.linear(x, 3)


def test_migrator_reads_the_functional_facts():
    from legacy_autograd.migrate import infer
    facts = op_facts()
    for name in NAMES:
        f = facts[name]
        assert f['functional'] and f['params'][0] in ('input', 'x1', 'anchor', 'theta', 'input1',
                                                      'embedding_matrix')
        if f.get('implicit_dim'):
            assert name in infer.SOFTMAX_FUNCTIONS
        elif f['shape'] == 'pointwise':
            assert name in infer.ELEMENTWISE_FUNCTIONS
        elif f['shape'] == 'loss':
            assert name in infer.LOSS_FUNCTIONS
    assert infer.SOFTMAX_FUNCTIONS == {'softmax', 'log_softmax', 'softmin'}
    assert len(infer.LOSS_FUNCTIONS) == 17


# ------------------------------------------------------------------ the fixture, from 0.3.1
def _signature_from_def(args_node):
    fn = ast.FunctionDef(name='f', args=args_node, body=[ast.Pass()], decorator_list=[],
                         returns=None, type_params=[])
    mod = ast.fix_missing_locations(ast.Module(body=[fn], type_ignores=[]))
    ns = {}
    exec(compile(mod, '<0.3.1 signature>', 'exec'), ns)     # defaults are plain constants
    return _params(ns['f'])


def _yaml_params(root):
    """ATen's nn.yaml of 0.3.1: ``{cname: [(arg, default or None), ...]}`` (the docstrings of
    a few bound functions predate their ``reduce`` argument)."""
    out = {}
    path = os.path.join(root, 'torch', 'lib', 'ATen', 'nn.yaml')
    if not os.path.exists(path):
        return out
    for line in open(path):
        if line.startswith('- name: '):
            head = line[len('- name: '):].strip()
            fname, args = head[:head.index('(')], head[head.index('(') + 1:head.rindex(')')]
            params = []
            for a in filter(None, (x.strip() for x in args.split(','))):
                decl, _, default = a.partition('=')
                params.append((decl.split()[-1], default or None))
            out[fname] = params
    return out


def _record(root):
    src = open(os.path.join(root, 'torch', 'nn', 'functional.py')).read()
    yaml = _yaml_params(root)
    out = {}
    for node in ast.parse(src).body:
        if isinstance(node, ast.FunctionDef) and not node.name.startswith('_'):
            out[node.name] = _signature_from_def(node.args)
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(
                node.targets[0], ast.Name) and not node.targets[0].id.startswith('_'):
            # ``name = _add_docstr(torch._C._nn.name, '''\nname(args) -> Variable ...''')``
            doc = node.value.args[1].value
            head = doc.strip().splitlines()[0]
            args = head[head.index('(') + 1:head.rindex(')')]
            cname = node.value.args[0].attr
            known = [a.split('=')[0].strip() for a in args.split(',') if a.strip()]
            extra = yaml.get(cname, [])[len(known):]
            lit = {'true': 'True', 'false': 'False'}
            if [n for n, _ in yaml.get(cname, [])][1:len(known)] == known[1:] and extra and all(
                    d is not None and d.lower() in lit for _, d in extra):
                args += ''.join(', %s=%s' % (n, lit[d.lower()]) for n, d in extra)
            out[node.targets[0].id] = _signature_from_def(
                ast.parse('def f(%s): pass' % args).body[0].args)
    return out


if __name__ == '__main__':
    sigs = _record(os.environ.get('PT031', '/work/pt031'))
    with open(FIXTURE, 'w') as f:
        json.dump(sigs, f, indent=1, sort_keys=True)
        f.write('\n')
    print('%d signatures' % len(sigs))
