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
autograd, tensor and nn code) narrows the files.  ``AUTO_MUTANTS_KINDS`` (comma-separated, default
``token``; ``all`` for every kind) widens the edits beyond one operator token:

* ``token``: the one-token swaps above (the only kind of the samples drawn before it existed, so
  their seeds still draw the same mutants);
* ``stmt``: one single-line statement (an assignment, a call, a ``raise``, a ``return``, an
  ``assert``) replaced by ``pass`` -- a forgotten check, update or early exit;
* ``neg``: a unary minus dropped from an expression (``-g * y`` to ``g * y``);
* ``call``: a function or method name swapped for its sibling (``maximum``/``minimum``,
  ``floor``/``ceil``, ``log``/``log1p``, ``sin``/``cos``, ``argmax``/``argmin``, ...);
* ``not``: a ``not`` dropped, ``is``/``is not`` and ``in``/``not in`` swapped;
* ``str``: a string literal changed (its first letter's case flipped, or an ``X`` added to an
  empty or letterless one) -- an error text, a keyword name, a dtype name.  Lines that only hold a docstring, a comment
or a ``raise``'s message text are never mutated (string tokens are left alone); everything
else, executed or not, can be drawn -- a mutant of a line no test runs is a survivor, which is
the truth about that line.  Some mechanical mutants change nothing observable (``x < n`` to
``x <= n`` where ``x`` never equals ``n``); a survivor must be read before it is called a gap.
"""
import ast
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

#: the ``call`` kind: a function/method name -> its sibling
CALL_SWAPS = {
    'maximum': 'minimum', 'minimum': 'maximum', 'fmax': 'fmin', 'fmin': 'fmax',
    'max': 'min', 'min': 'max', 'amax': 'amin', 'amin': 'amax', 'argmax': 'argmin',
    'argmin': 'argmax', 'floor': 'ceil', 'ceil': 'floor', 'log': 'log1p', 'log1p': 'log',
    'exp': 'expm1', 'expm1': 'exp', 'sin': 'cos', 'cos': 'sin', 'sinh': 'cosh', 'cosh': 'sinh',
    'sum': 'prod', 'prod': 'sum', 'mean': 'sum', 'any': 'all', 'all': 'any',
    'transpose': 'swapaxes', 'zeros': 'ones', 'ones': 'zeros', 'zeros_like': 'ones_like',
    'ones_like': 'zeros_like', 'less': 'less_equal', 'greater': 'greater_equal',
    'sqrt': 'cbrt', 'square': 'abs', 'abs': 'square', 'add': 'subtract', 'subtract': 'add',
    'multiply': 'divide', 'divide': 'multiply', 'isnan': 'isinf', 'isinf': 'isnan',
    'round': 'trunc', 'trunc': 'floor', 'sign': 'signbit', 'cumsum': 'cumprod',
    'cumprod': 'cumsum', 'tril': 'triu', 'triu': 'tril', 'sort': 'argsort',
}

#: every kind of edit; the default draws the first only
KINDS = ('token', 'stmt', 'neg', 'call', 'not', 'str')

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


def _docstring_lines(tree):
    """Lines of docstrings (a string expression statement anywhere is a comment, not code)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) \
                and isinstance(node.value.value, str):
            out.update(range(node.lineno, node.end_lineno + 1))
    return out


_DELETABLE = (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Expr, ast.Raise, ast.Return,
              ast.Assert, ast.Delete)


def _wide_sites(source, kinds):
    """(line, column, old text, replacements) of the non-token kinds (see the module doc)."""
    out = []
    try:
        tree = ast.parse(source)
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (SyntaxError, tokenize.TokenError, ValueError):
        return out
    lines = source.splitlines(keepends=True)
    doc = _docstring_lines(tree)
    if 'stmt' in kinds or 'neg' in kinds:
        for node in ast.walk(tree):
            if 'stmt' in kinds and isinstance(node, _DELETABLE) \
                    and node.lineno == node.end_lineno and node.lineno not in doc:
                text = lines[node.lineno - 1]
                code = text[node.col_offset:node.end_col_offset]
                rest = text[node.end_col_offset:].strip()
                if not text[:node.col_offset].strip() and (not rest or rest.startswith('#')) \
                        and code != 'pass':
                    out.append((node.lineno, node.col_offset, code, ('pass',)))
            if 'neg' in kinds and isinstance(node, ast.UnaryOp) \
                    and isinstance(node.op, ast.USub) \
                    and not isinstance(node.operand, ast.Constant) \
                    and node.lineno == node.end_lineno:
                text = lines[node.lineno - 1]
                if text[node.col_offset] == '-':
                    out.append((node.lineno, node.col_offset, '-', ('',)))
    prev = None
    for i, tok in enumerate(tokens):
        s = tok.string
        nxt = tokens[i + 1].string if i + 1 < len(tokens) else ''
        line, col = tok.start
        if tok.type == tokenize.NAME and 'call' in kinds and s in CALL_SWAPS \
                and (nxt == '(' or (prev is not None and prev.string == '.')) \
                and not (prev is not None and prev.string == 'def'):
            out.append((line, col, s, (CALL_SWAPS[s],)))
        elif tok.type == tokenize.NAME and 'not' in kinds and s == 'not' \
                and tok.start[0] == tok.end[0]:
            if prev is not None and prev.string == 'is':
                pass                                    # 'is not': handled at 'is'
            elif nxt == 'in':
                out.append((line, col, 'not in', ('in',)))
            else:
                gap = tokens[i + 1].start[1] - tok.end[1] if tokens[i + 1].start[0] == line else 0
                out.append((line, col, 'not' + ' ' * gap, ('',)))
        elif tok.type == tokenize.NAME and 'not' in kinds and s == 'is':
            if nxt == 'not':
                out.append((line, col, 'is not', ('is',)))
            else:
                out.append((line, col, 'is', ('is not',)))
        elif tok.type == tokenize.NAME and 'not' in kinds and s == 'in' \
                and not (prev is not None and prev.string == 'not') \
                and _is_comparison_in(tokens, i):
            out.append((line, col, 'in', ('not in',)))
        elif tok.type == tokenize.STRING and 'str' in kinds and line not in doc \
                and tok.start[0] == tok.end[0]:
            new = _mutate_string(s)
            if new is not None:
                out.append((line, col, s, (new,)))
        prev = tok
    return out


def _is_comparison_in(tokens, i):
    """False for the ``in`` of a ``for`` (a loop or a comprehension) on the same line."""
    depth = 0
    for t in reversed(tokens[:i]):
        if t.start[0] != tokens[i].start[0] or t.type in (tokenize.NEWLINE, tokenize.NL):
            break
        if t.string in (')', ']', '}'):
            depth += 1
        elif t.string in ('(', '[', '{'):
            if depth == 0:
                continue
            depth -= 1
        elif t.string == 'for' and depth == 0:
            return False
    return True


def _mutate_string(s):
    """A visibly different literal: the first letter's case flipped, or an ``X`` added."""
    j = 0
    while j < len(s) and s[j] not in '\'"':
        j += 1                                  # prefixes (r, b, f, ...)
    prefix = s[:j].lower()
    if 'f' in prefix:
        return None                             # f-strings: their {fields} are code
    q = s[j:j + 3] if s[j:j + 3] in ('"""', "'''") else s[j]
    body = s[j + len(q):len(s) - len(q)]
    for k, ch in enumerate(body):
        if ch.isalpha() and ch.swapcase() != ch:
            if k and body[k - 1] == '\\':
                continue                        # an escape (\n): not a letter of the text
            return s[:j + len(q)] + body[:k] + ch.swapcase() + body[k + 1:] + s[len(s) - len(q):]
    return s[:j + len(q)] + body + 'X' + s[len(s) - len(q):]


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


def sample(seed=0, count=50, prefixes=DEFAULT_FILES, kinds=('token',)):
    """``count`` mutants drawn with ``seed`` (the same arguments always give the same list)."""
    unknown = set(kinds) - set(KINDS)
    if unknown:
        raise ValueError('unknown mutant kinds %s (known: %s)' % (sorted(unknown), ', '.join(KINDS)))
    sites = []
    sources = {}
    for rel in _python_files(prefixes):
        source, found = _sites(os.path.join(REPO, 'legacy_autograd', rel))
        if 'token' not in kinds:
            found = []
        if set(kinds) - {'token'}:
            found = found + _wide_sites(source, kinds)
        sources[rel] = source.splitlines(keepends=True)
        sites += [(rel,) + s for s in found]
    rng = random.Random(seed)
    rng.shuffle(sites)
    mutants = []
    ids = set()
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
        mid = 'auto-%d-%s-%d-%d' % (seed, rel.replace('/', '.')[:-3], line, col)
        while mid in ids:
            mid += 'b'                  # two kinds at one place (a statement and its first token)
        ids.add(mid)
        m = Mutant(mid,
                   'legacy_autograd/' + rel, text, mutated, _category(rel),
                   nth=nth if source.count(text) > 1 else None,
                   note='%r -> %r at line %d' % (tok, new_tok, line)
                   if len(tok) > 2 or not new_tok else '%s -> %s at line %d' % (tok, new_tok, line))
        try:
            compile(''.join(lines[:line - 1] + [mutated] + lines[line:]), rel, 'exec')
        except SyntaxError:
            continue
        mutants.append(m)
    return mutants


def _env_kinds():
    names = [k for k in os.environ.get('AUTO_MUTANTS_KINDS', 'token').split(',') if k]
    return KINDS if names == ['all'] else tuple(names)


MUTANTS = sample(int(os.environ.get('AUTO_MUTANTS_SEED', '0')),
                 int(os.environ.get('AUTO_MUTANTS_COUNT', '50')),
                 tuple(p for p in os.environ.get('AUTO_MUTANTS_FILES', '').split(',') if p)
                 or DEFAULT_FILES, _env_kinds())

def catalogue_entries(mutants, equivalent=None):
    """The mutants as literal ``M(...)`` lines of ``tools/mutation_catalogue.py``.

    A drawn sample depends on the files at the time of the draw; its literal entries do not,
    so a sample is frozen this way before anything is changed for it.  ``equivalent`` maps an
    id to the reason that mutant cannot change behaviour.
    """
    out = []
    for m in mutants:
        extra = ''
        if m.nth is not None:
            extra += ', nth=%d' % m.nth
        if equivalent and m.id in equivalent:
            extra += ',\n  equivalent=%r' % equivalent[m.id]
        out.append('M(%r, %r,\n  %r,\n  %r, %r, note=%r%s)' % (
            m.id, m.file[len('legacy_autograd/'):], m.original, m.mutated, m.category,
            m.note, extra))
    return '\n'.join(out)


if __name__ == '__main__' and sys.argv[1:] == ['--catalogue']:
    print(catalogue_entries(MUTANTS))
elif __name__ == '__main__':
    for m in MUTANTS:
        print(m.id, m.note)
        print('   -', m.original.rstrip())
        print('   +', m.mutated.rstrip())
