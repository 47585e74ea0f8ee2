"""A random sample of mechanical mutants, for an unbiased estimate of the kill rate.

The hand-written catalogue (``tools/mutation_catalogue.py``) holds the mutants someone thought
of; its kill rate says how well the suite guards what its authors looked at.  This module draws
mutants nobody chose: every token of the package that a one-token edit can change (a
comparison, an arithmetic or boolean operator, a small integer, ``True``/``False``, ``is``,
``not``, an index ``0``/``1``/``-1``) is a candidate, and a seeded random sample of them becomes
the catalogue.  Run it through the campaign like any catalogue::

    AUTO_MUTANTS_SEED=7 AUTO_MUTANTS_COUNT=60 \\
        python tools/mutation_campaign.py --catalogue tools/auto_mutants.py --jobs 2

``AUTO_MUTANTS_FILES`` (comma-separated prefixes under ``legacy_autograd/``, default: the op,
autograd, tensor and nn code) narrows the files.  Lines that only hold a docstring, a comment
or a ``raise``'s message text are never mutated (string tokens are left alone); everything
else, executed or not, can be drawn -- a mutant of a line no test runs is a survivor, which is
the truth about that line.  Some mechanical mutants change nothing observable (``x < n`` to
``x <= n`` where ``x`` never equals ``n``); a survivor must be read before it is called a gap.
"""
import io
import os
import random
import sys
import tokenize

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mutation_campaign import Mutant, REPO  # noqa: E402

#: files (prefixes under legacy_autograd/) the default sample is drawn from: the op formulas,
#: front-ends, in-place/out= forms, fast paths, engine and nn -- not the tools
DEFAULT_FILES = ('ops/', 'autograd/', 'tensor.py', 'backend_numpy.py', '_fastpaths.py',
                 'nn/', 'optim/', 'storage.py', 'printing.py', 'size.py', 'dtypes.py',
                 'functional.py', 'random.py', 'rng.py')

#: token -> its replacements (one is drawn)
SWAPS = {
    '==': ('!=',), '!=': ('==',), '<': ('<=', '>'), '<=': ('<', '>'), '>': ('>=', '<'),
    '>=': ('>', '<'), '+': ('-',), '-': ('+',), '*': ('/', '+'), '/': ('*',), '//': ('/',),
    '%': ('//',), '**': ('*',), 'and': ('or',), 'or': ('and',), 'True': ('False',),
    'False': ('True',), '+=': ('-=',), '-=': ('+=',), '*=': ('/=',),
    '0': ('1',), '1': ('0', '2'), '2': ('1', '3'), '-1': ('-2', '0'),
}

#: categories of the campaign's report, guessed from the file
def _category(path):
    if 'nn/' in path or 'nn_' in path or 'conv' in path or 'rnn' in path:
        return 'op formula'
    if '_fastpaths' in path or 'dispatch' in path:
        return 'fast path'
    if 'printing' in path:
        return 'printing'
    if 'engine' in path or 'autograd/' in path:
        return 'vjp'
    return 'front-end'


def _sites(path):
    """(line number, column, token, replacements) of every mutable token of ``path``."""
    with open(path, encoding='utf-8') as f:
        source = f.read()
    out = []
    prev = None
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError):
        return source, out
    for i, tok in enumerate(tokens):
        s = tok.string
        if tok.type == tokenize.OP and s == '-' and i + 1 < len(tokens) \
                and tokens[i + 1].string == '1' and prev is not None \
                and prev.string in ('[', '(', ',', '=', ':'):
            out.append((tok.start[0], tok.start[1], '-1', SWAPS['-1']))
            prev = tok
            continue
        if s in SWAPS and tok.type in (tokenize.OP, tokenize.NAME, tokenize.NUMBER):
            if s == '-' and prev is not None and prev.string in ('[', '(', ',', '=', ':'):
                prev = tok      # a unary minus: -1 handled above, others left alone
                continue
            if s == '1' and prev is not None and prev.string == '-':
                prev = tok
                continue
            if s == '*' and prev is not None and prev.string in ('(', ','):
                prev = tok      # *args
                continue
            if s == '**' and prev is not None and prev.string in ('(', ','):
                prev = tok      # **kwargs
                continue
            out.append((tok.start[0], tok.start[1], s, SWAPS[s]))
        prev = tok
    return source, out


def _python_files(prefixes):
    root = os.path.join(REPO, 'legacy_autograd')
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            if not name.endswith('.py'):
                continue
            rel = os.path.relpath(os.path.join(dirpath, name), root).replace(os.sep, '/')
            if any(rel.startswith(p) for p in prefixes):
                yield rel


def sample(seed=0, count=50, prefixes=DEFAULT_FILES):
    """``count`` mutants drawn with ``seed`` (the same arguments always give the same list)."""
    sites = []
    sources = {}
    for rel in _python_files(prefixes):
        source, found = _sites(os.path.join(REPO, 'legacy_autograd', rel))
        sources[rel] = source.splitlines(keepends=True)
        sites += [(rel,) + s for s in found]
    rng = random.Random(seed)
    rng.shuffle(sites)
    mutants = []
    for rel, line, col, tok, repl in sites:
        if len(mutants) >= count:
            break
        lines = sources[rel]
        text = lines[line - 1]
        if text.lstrip().startswith(('#', 'def ', 'class ', 'import ', 'from ', '@')) \
                or 'Call(' in text:     # sample inputs of the parity suite, not behaviour
            continue
        new_tok = rng.choice(repl)
        mutated = text[:col] + new_tok + text[col + len(tok):]
        source = ''.join(lines)
        nth = source[:sum(len(x) for x in lines[:line - 1])].count(text)
        m = Mutant('auto-%d-%s-%d-%d' % (seed, rel.replace('/', '.')[:-3], line, col),
                   'legacy_autograd/' + rel, text, mutated, _category(rel),
                   nth=nth if source.count(text) > 1 else None,
                   note='%s -> %s at line %d' % (tok, new_tok, line))
        try:
            compile(''.join(lines[:line - 1] + [mutated] + lines[line:]), rel, 'exec')
        except SyntaxError:
            continue
        mutants.append(m)
    return mutants


MUTANTS = sample(int(os.environ.get('AUTO_MUTANTS_SEED', '0')),
                 int(os.environ.get('AUTO_MUTANTS_COUNT', '50')),
                 tuple(p for p in os.environ.get('AUTO_MUTANTS_FILES', '').split(',') if p)
                 or DEFAULT_FILES)

if __name__ == '__main__':
    for m in MUTANTS:
        print(m.id, m.note)
        print('   -', m.original.rstrip())
        print('   +', m.mutated.rstrip())
