"""The random one-token mutant sampler (``tools/auto_mutants.py``): the same seed draws the
same mutants, every drawn mutant applies to its file and compiles, changes exactly one token
of one code line, and never touches a comment, a docstring or a string; tokens that are not
operators (``*args``, a unary minus) are left alone."""
import importlib.util
import io
import os
import sys
import tokenize

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO, 'tools'))


def _load():
    spec = importlib.util.spec_from_file_location('auto_mutants',
                                                  os.path.join(REPO, 'tools', 'auto_mutants.py'))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


am = _load()
import mutation_campaign as mc  # noqa: E402  (tools/, put on the path by auto_mutants)


def _tokens(text):
    """The tokens of one line (a line of a longer statement ends early: what came is kept)."""
    out = []
    try:
        for t in tokenize.generate_tokens(io.StringIO(text.strip() + '\n').readline):
            if t.type not in (tokenize.NEWLINE, tokenize.NL, tokenize.INDENT, tokenize.DEDENT,
                              tokenize.ENDMARKER):
                out.append((t.type, t.string))
    except tokenize.TokenError:
        pass
    return out


def test_the_same_seed_draws_the_same_mutants_and_another_seed_others():
    a = am.sample(7, 25, ('ops/arithmetic.py', 'ops/reduction.py'))
    b = am.sample(7, 25, ('ops/arithmetic.py', 'ops/reduction.py'))
    c = am.sample(8, 25, ('ops/arithmetic.py', 'ops/reduction.py'))
    assert len(a) == 25
    assert [(m.id, m.original, m.mutated, m.nth) for m in a] == \
        [(m.id, m.original, m.mutated, m.nth) for m in b]
    assert [m.id for m in a] != [m.id for m in c]
    assert {m.file for m in a} <= {'legacy_autograd/ops/arithmetic.py',
                                   'legacy_autograd/ops/reduction.py'}


def test_every_mutant_applies_and_changes_one_operator_token():
    for m in am.sample(3, 30, am.DEFAULT_FILES):
        with open(os.path.join(REPO, m.file), encoding='utf-8') as f:
            source = f.read()
        new = mc.apply(source, m)           # found (at its nth place), compiles, not a no-op
        assert new != source
        old_t, new_t = _tokens(m.original), _tokens(m.mutated)
        diff = [(x, y) for x, y in zip(old_t, new_t) if x != y]
        if len(old_t) == len(new_t):
            assert len(diff) == 1, (m.id, diff)
            (kind, tok), (_, repl) = diff[0]
            assert kind in (tokenize.OP, tokenize.NAME, tokenize.NUMBER)
            assert repl in am.SWAPS[tok]
        else:                               # '-1' -> '0' / '-2': the unary minus goes
            # (any one of the line's '-1's: ``out.reshape(-1) ... np.reshape(src, -1)``)
            starts = [i for i in range(len(m.original)) if m.original.startswith('-1', i)]
            assert any(m.original[:i] + r + m.original[i + 2:] == m.mutated
                       for i in starts for r in ('0', '-2')), m.id
        stripped = m.original.lstrip()
        assert not stripped.startswith(('#', '"""', "'''")), m.id


def test_strings_comments_and_star_arguments_are_never_candidates(tmp_path, monkeypatch):
    pkg = tmp_path / 'legacy_autograd'
    pkg.mkdir()
    (pkg / 'mod.py').write_text(
        '"""a docstring with 1 < 2 and x == y"""\n'
        '# a comment: a + b\n'
        'def f(*args, **kwargs):\n'
        "    s = 'a - b'\n"
        '    return g(*args, -x)\n'
        'y = a + b\n')
    monkeypatch.setattr(am, 'REPO', str(tmp_path))
    drawn = am.sample(0, 50, ('mod.py',))
    assert [(m.original, m.mutated) for m in drawn] == [('y = a + b\n', 'y = a - b\n')]


def test_the_wider_kinds_on_a_module_whose_every_candidate_is_known(tmp_path, monkeypatch):
    pkg = tmp_path / 'legacy_autograd'
    pkg.mkdir()
    (pkg / 'mod.py').write_text(
        '"""doc: x = 1"""\n'
        'def f(a, b):\n'
        '    """doc of f"""\n'
        '    if a is not None and b not in (1,):\n'
        "        raise ValueError('bad a')\n"
        '    c = np.maximum(a, -b)\n'
        '    return [i for i in c if not i]\n')
    monkeypatch.setattr(am, 'REPO', str(tmp_path))
    kinds = ('stmt', 'neg', 'call', 'not', 'str')
    drawn = {(m.original.strip(), m.mutated.strip()) for m in am.sample(0, 99, ('mod.py',), kinds)}
    assert drawn == {
        ('if a is not None and b not in (1,):', 'if a is None and b not in (1,):'),
        ('if a is not None and b not in (1,):', 'if a is not None and b in (1,):'),
        ("raise ValueError('bad a')", 'pass'),
        ("raise ValueError('bad a')", "raise ValueError('Bad a')"),
        ('c = np.maximum(a, -b)', 'pass'),
        ('c = np.maximum(a, -b)', 'c = np.minimum(a, -b)'),
        ('c = np.maximum(a, -b)', 'c = np.maximum(a, b)'),
        ('return [i for i in c if not i]', 'pass'),
        ('return [i for i in c if not i]', 'return [i for i in c if i]'),
    }
    # the default is the one-token kind alone, so the seeds drawn before the wider kinds
    # existed still draw the same mutants
    assert [m.id for m in am.sample(4, 20, ('ops/arithmetic.py',))] == \
        [m.id for m in am.sample(4, 20, ('ops/arithmetic.py',), ('token',))]
    with pytest.raises(ValueError, match="unknown mutant kinds \\['stmts'\\]"):
        am.sample(0, 1, ('mod.py',), ('stmts',))


def test_every_wider_mutant_applies_and_compiles():
    drawn = am.sample(11, 60, am.DEFAULT_FILES, am.KINDS)
    assert len(drawn) == 60 and len({m.id for m in drawn}) == 60
    for m in drawn:
        with open(os.path.join(REPO, m.file), encoding='utf-8') as f:
            source = f.read()
        assert mc.apply(source, m) != source


def test_a_frozen_sample_reads_back_as_the_same_mutants():
    drawn = am.sample(11, 12, ('ops/pointwise.py', 'ops/shape.py'), am.KINDS)
    some = drawn[3].id
    text = am.catalogue_entries(drawn, {some: 'cannot change anything'})
    back = []

    def M(id, file, original, mutated, category, **kw):
        back.append(mc.Mutant(id, 'legacy_autograd/' + file, original, mutated, category, **kw))
    exec(text, {'M': M})
    assert [(m.id, m.file, m.original, m.mutated, m.category, m.nth, m.note) for m in back] == \
        [(m.id, m.file, m.original, m.mutated, m.category, m.nth, m.note) for m in drawn]
    assert [m.id for m in back if m.equivalent] == [some]
    assert back[3].equivalent == 'cannot change anything'
    assert any(m.nth is not None for m in drawn) == any('nth=' in line for line in
                                                        text.splitlines())
