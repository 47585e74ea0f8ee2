"""``migrate --trace``: run the old script once on the shim and record, per call site,
the facts a static read of the code cannot know.

The script runs in a child interpreter (``python -m legacy_autograd.migrate.trace
FACTS.json SCRIPT ARGS...``) with ``import torch`` served by the shim.  No
``sys.settrace``: a handful of the shim's front-end functions are wrapped while
the script runs, and each wrapper records the caller's source position (the
exact expression, from the code object's ``co_positions``) when the caller is
the script itself.  What is recorded (:data:`KINDS`):

``softmax``   input ndim of ``F.softmax/log_softmax/softmin`` called without ``dim``
              (at the call) and of ``nn.Softmax/LogSoftmax/Softmin()`` modules built
              without ``dim`` (at the constructor call)
``index``     ``x[i]`` with an integer ``i``: is ``x`` a Variable or a tensor, its shape
              and element type (``loss[0]``, ``d['x'][0]``, ``targets[i]``)
``iter``      ``for v in x`` / ``zip(x, ...)``: the script's names bound to the iterated
              Variable/tensor, with its kind and shape
``dot``       operand ndims of ``a.dot(b)`` / ``torch.dot(a, b)``
``loss``      input and target shapes of the element-wise losses (``MSELoss``,
              ``BCELoss``, ``L1Loss``, ...), at the call that reached them
``forward``   ``criterion.forward(a, b)``: a loss module's forward called directly
``hook``      ``m.register_backward_hook(h)``: whether some input of ``m`` required grad
              when it was called (a modern full backward hook warns when none does)

:func:`collect` runs the child and returns a :class:`Facts`.
"""

import contextlib
import json
import os
import subprocess
import sys
import weakref

KINDS = ('softmax', 'index', 'iter', 'dot', 'loss', 'forward', 'hook')

# element-wise losses: 0.3 compared input and target element by element (same number of
# elements, any shapes); modern torch broadcasts them or refuses different shapes
ELEMENTWISE_LOSSES = ('l1_loss', 'mse_loss', 'smooth_l1_loss', 'binary_cross_entropy',
                      'binary_cross_entropy_with_logits', 'soft_margin_loss', 'kl_div')
SOFTMAX_FUNCTIONS = ('softmax', 'log_softmax', 'softmin')


class TraceError(Exception):
    """The traced run could not be made (no facts at all)."""


class Facts(object):
    """Facts of one run: ``sites[kind][(line, col, end_line, end_col)] -> [observation, ...]``
    (``iter`` is keyed by line only), plus the run's exit ``status`` and ``stderr`` tail."""

    def __init__(self, sites=None, status=0, stderr=''):
        self.sites = {k: {} for k in KINDS}
        for kind, entries in (sites or {}).items():
            table = self.sites.setdefault(kind, {})
            for key, values in entries:
                table.setdefault(tuple(key), []).extend(_freeze(v) for v in values)
        self.status = status
        self.stderr = stderr

    def at(self, kind, key):
        """Distinct observations of ``kind`` at ``key`` (a list, empty if the run never got there)."""
        seen = []
        for obs in self.sites.get(kind, {}).get(key, ()):
            if obs not in seen:
                seen.append(obs)
        return seen

    def __bool__(self):
        return any(self.sites.values())

    @classmethod
    def load(cls, path, status=0, stderr=''):
        with open(path) as f:
            data = json.load(f)
        return cls(data, status, stderr)


def _freeze(value):
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


def collect(path, argv=(), timeout=None, cwd=None):
    """Run ``path`` once on the shim (output discarded) and return its :class:`Facts`.

    A run that fails part-way still gives the facts of the part that ran; its
    status and the last lines of its stderr are kept for the report.
    """
    import tempfile

    fd, out = tempfile.mkstemp(prefix='legacy-autograd-trace-', suffix='.json')
    os.close(fd)
    env = dict(os.environ)
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    env['PYTHONPATH'] = os.pathsep.join([root] + [p for p in env.get('PYTHONPATH', '').split(
        os.pathsep) if p])
    try:
        try:
            proc = subprocess.run(
                [sys.executable, '-m', 'legacy_autograd.migrate.trace', out, path] + list(argv),
                env=env, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE, text=True, errors='replace', timeout=timeout)
            status, stderr = proc.returncode, proc.stderr
        except subprocess.TimeoutExpired as exc:
            status = 'timeout'
            stderr = (exc.stderr or b'').decode('utf-8', 'replace') if isinstance(
                exc.stderr, bytes) else (exc.stderr or '')
            stderr += '\nthe traced run was stopped after {} s'.format(timeout)
        try:
            return Facts.load(out, status, stderr)
        except (OSError, ValueError):
            raise TraceError('the traced run of {} recorded nothing (status {}): {}'.format(
                path, status, (stderr.strip().splitlines() or [''])[-1])) from None
    finally:
        if os.path.exists(out):
            os.unlink(out)


# ---------------------------------------------------------------------------------------
# the child: wrap the shim's front end, run the script, write the facts
# ---------------------------------------------------------------------------------------

class _Recorder(object):
    def __init__(self, script):
        import linecache

        import legacy_autograd

        self.script = script
        self.package = os.path.dirname(os.path.abspath(legacy_autograd.__file__)) + os.sep
        self.sites = {k: {} for k in KINDS}
        self.linecache = linecache
        # per module instance (kept off the module, which the script may pickle)
        self.module_sites = weakref.WeakKeyDictionary()
        self.hook_sites = weakref.WeakKeyDictionary()
        self.failures = 0

    @contextlib.contextmanager
    def guard(self):
        """Recording never disturbs the script: an error here loses one fact, nothing else."""
        try:
            yield
        except Exception:
            self.failures += 1

    # where the script called from
    def _frame(self, depth, walk):
        """The script frame ``depth`` levels up, or the first one outside the package (``walk``)."""
        f = sys._getframe(depth + 1)
        if walk:
            while f is not None and f.f_code.co_filename.startswith(self.package):
                f = f.f_back
        if f is None or f.f_code.co_filename != self.script:
            return None
        return f

    def _position(self, f):
        try:
            pos = list(f.f_code.co_positions())[f.f_lasti // 2]
        except (AttributeError, IndexError):       # Python < 3.11: the line only
            return (f.f_lineno, None, None, None)
        line, end_line, col, end_col = pos
        if None in pos:
            return (f.f_lineno, None, None, None)
        return (line, self._chars(line, col), end_line, self._chars(end_line, end_col))

    def _chars(self, line, col):
        """A byte offset of the UTF-8 line as a character offset (libcst counts characters)."""
        text = self.linecache.getline(self.script, line)
        return len(text.encode('utf-8')[:col].decode('utf-8', 'replace'))

    def site(self, depth=1, walk=False):
        f = self._frame(depth + 1, walk)
        return None if f is None else self._position(f)

    def add(self, kind, key, obs):
        values = self.sites[kind].setdefault(key, [])
        if obs not in values and len(values) < 8:
            values.append(obs)

    def dump(self, path):
        data = {kind: [[list(k), [list(o) if isinstance(o, tuple) else o for o in v]]
                       for k, v in table.items()] for kind, table in self.sites.items()}
        with open(path, 'w') as f:
            json.dump(data, f)


def _describe(value):
    """(kind, shape, dtype) of a shim Variable/tensor, else None."""
    from ..autograd.variable import Variable
    from ..tensor import _TensorBase

    if isinstance(value, Variable):
        data = value.data
        return ('variable', list(data.size()), _dtype(data))
    if isinstance(value, _TensorBase):
        return ('tensor', list(value.size()), _dtype(value))
    return None


def _dtype(tensor):
    from .infer import TYPE_DTYPES
    return TYPE_DTYPES.get(type(tensor).__name__)


def _is_int(key):
    import numbers
    return isinstance(key, numbers.Integral) and not isinstance(key, bool)


def _install(rec):
    """Wrap the shim functions whose call sites are recorded."""
    import functools

    from .. import nn
    from ..autograd.variable import Variable
    from ..nn import functional as F
    from ..nn.modules import activation, loss as loss_modules
    from ..nn.modules.module import Module
    from ..tensor import _TensorBase

    def wrap(owner, name, make):
        old = owner.__dict__.get(name) if isinstance(owner, type) else getattr(owner, name, None)
        if old is None:
            return
        new = make(old)
        functools.update_wrapper(new, old)
        setattr(owner, name, new)

    # softmax without dim -----------------------------------------------------------
    def softmax_fn(old):
        def traced(input, dim=None, *args, **kw):
            if dim is None:
                with rec.guard():
                    site = rec.site()
                    d = _describe(input)
                    if site is not None and d is not None:
                        rec.add('softmax', site, len(d[1]))
            return old(input, dim, *args, **kw)
        return traced

    for name in SOFTMAX_FUNCTIONS:
        wrap(F, name, softmax_fn)

    base = activation._SoftmaxNd

    def softmax_init(old):
        def traced(self, dim=None, *args, **kw):
            old(self, dim, *args, **kw)
            if dim is None:
                with rec.guard():
                    rec.module_sites[self] = [rec.site(walk=True)]
        return traced

    def softmax_forward(old):
        def traced(self, input):
            with rec.guard():
                site = rec.module_sites.get(self, [None])[0]
                d = _describe(input)
                if self.dim is None and site is not None and d is not None:
                    rec.add('softmax', site, len(d[1]))
            return old(self, input)
        return traced

    wrap(base, '__init__', softmax_init)
    wrap(base, 'forward', softmax_forward)

    # x[i] and iteration -----------------------------------------------------------------
    def getitem(old):
        def traced(self, key):
            if _is_int(key):
                with rec.guard():
                    site = rec.site()
                    if site is not None:
                        rec.add('index', site, _describe(self))
            return old(self, key)
        return traced

    def iterate(old):
        def traced(self):
            with rec.guard():
                f = rec._frame(1, False)
                if f is not None:
                    names = sorted(k for k, v in f.f_locals.items() if v is self)
                    if names:
                        d = _describe(self)
                        rec.add('iter', (f.f_lineno,), (tuple(names),) + tuple(
                            tuple(x) if isinstance(x, list) else x for x in d))
                    del f
            return old(self)
        return traced

    for cls in (Variable, _TensorBase):
        wrap(cls, '__getitem__', getitem)
        wrap(cls, '__iter__', iterate)

    # dot ------------------------------------------------------------------------------------
    def dot(old):
        def traced(a, b, *args, **kw):
            with rec.guard():
                site = rec.site()
                da, db = _describe(a), _describe(b)
                if site is not None and da is not None and db is not None:
                    rec.add('dot', site, (len(da[1]), len(db[1])))
            return old(a, b, *args, **kw)
        return traced

    for cls in (Variable, _TensorBase):
        if 'dot' in cls.__dict__:
            wrap(cls, 'dot', dot)
    import legacy_autograd
    if getattr(legacy_autograd, 'dot', None) is not None:
        wrap(legacy_autograd, 'dot', dot)

    # element-wise losses: input/target shapes at the call that reached them ---------------
    def loss_fn(old, name):
        def traced(input, target, *args, **kw):
            with rec.guard():
                site = rec.site(walk=True)
                di, dt = _describe(input), _describe(target)
                if site is not None and di is not None and dt is not None:
                    rec.add('loss', site, (name, tuple(di[1]), tuple(dt[1])))
            return old(input, target, *args, **kw)
        return traced

    for name in ELEMENTWISE_LOSSES:
        wrap(F, name, lambda old, name=name: loss_fn(old, name))

    # criterion.forward(a, b) --------------------------------------------------------------

    def forward(old):
        def traced(self, *args, **kw):
            if sys._getframe(1).f_code is not call_code:
                with rec.guard():
                    site = rec.site()
                    if site is not None:
                        rec.add('forward', site, type(self).__name__)
            return old(self, *args, **kw)
        return traced

    # register_backward_hook: did the module's inputs require grad? ------------------------
    def register_hook(old):
        def traced(self, hook):
            with rec.guard():
                site = rec.site()
                if site is not None:
                    rec.hook_sites.setdefault(self, []).append(site)
            return old(self, hook)
        return traced

    def module_call(old):
        def traced(self, *input, **kw):
            sites = rec.hook_sites.get(self) if rec.hook_sites else None
            if sites:
                with rec.guard():
                    grad = any(isinstance(v, Variable) and v.requires_grad for v in input)
                    for site in sites:
                        rec.add('hook', site, grad)
            return old(self, *input, **kw)
        return traced

    wrap(Module, 'register_backward_hook', register_hook)
    call_code = Module.__call__.__code__
    wrap(Module, '__call__', module_call)

    for obj in vars(loss_modules).values():
        if isinstance(obj, type) and issubclass(obj, Module) and 'forward' in obj.__dict__:
            wrap(obj, 'forward', forward)
    del nn


def _main(argv):
    out, script, args = argv[0], argv[1], argv[2:]
    from .. import runner

    runner.install()
    rec = _Recorder(runner._abspath_like_python(script))
    _install(rec)
    status = 1
    try:
        status = runner.run_script(script, args, restore=False)
    finally:
        rec.dump(out)
    return status


if __name__ == '__main__':
    sys.exit(_main(sys.argv[1:]))


# ---------------------------------------------------------------------------------------
# the parent: facts -> the syntax tree's nodes
# ---------------------------------------------------------------------------------------

class BoundFacts(object):
    """The facts of a run attached to the nodes of one parsed module.

    ``softmax`` (Call -> set of ndims), ``index`` (Subscript -> observations),
    ``iter`` (iterated expression node -> observation), ``dot``/``loss`` (Call ->
    observations), ``forward`` (set of Call nodes).  Empty when there was no run.
    """

    def __init__(self):
        self.enabled = False
        self.softmax = {}
        self.index = {}
        self.iter = {}
        self.dot = {}
        self.loss = {}
        self.forward = set()
        self.hook = {}


def bind(facts, wrapper):
    """:class:`BoundFacts` for ``facts`` (a :class:`Facts`, or None) on ``wrapper``'s module."""
    import libcst as cst
    from libcst.metadata import PositionProvider

    bound = BoundFacts()
    if facts is None:
        return bound
    bound.enabled = True
    by_range = {}
    by_line = {}
    positions = wrapper.resolve(PositionProvider)
    for node, r in positions.items():
        by_range.setdefault((r.start.line, r.start.column, r.end.line, r.end.column),
                            []).append(node)
        if isinstance(node, cst.For):
            by_line.setdefault(r.start.line, []).append(node)
        elif isinstance(node, cst.CompFor):
            by_line.setdefault(positions[node.iter].start.line, []).append(node)

    def nodes(kind, cls):
        for key, obs in facts.sites.get(kind, {}).items():
            for node in by_range.get(key, ()):
                if isinstance(node, cls):
                    yield node, facts.at(kind, key)

    for node, obs in nodes('softmax', cst.Call):
        bound.softmax[node] = set(obs)
    for node, obs in nodes('index', cst.Subscript):
        bound.index[node] = obs
    for node, obs in nodes('dot', cst.Call):
        bound.dot[node] = obs
    for node, obs in nodes('loss', cst.Call):
        bound.loss[node] = obs
    for node, _ in nodes('forward', cst.Call):
        bound.forward.add(node)
    for node, obs in nodes('hook', cst.Call):
        bound.hook[node] = obs
    for (line,), obs in facts.sites.get('iter', {}).items():
        seen = {}
        for names, kind, shape, dtype in facts.at('iter', (line,)):
            for name in names:
                seen.setdefault(name, set()).add((kind, tuple(shape), dtype))
        for loop in by_line.get(line, ()):
            for expr in _iterated(loop.iter):
                if isinstance(expr, cst.Name) and expr.value in seen:
                    bound.iter[expr] = sorted(seen[expr.value])
    return bound


def _iterated(expr):
    """The expressions a ``for`` iterates: ``x`` itself, or the arguments of ``zip``/``enumerate``."""
    import libcst as cst

    if isinstance(expr, cst.Call) and isinstance(expr.func, cst.Name) and \
            expr.func.value in ('zip', 'enumerate'):
        args = [a.value for a in expr.args if a.keyword is None and not a.star]
        return args if expr.func.value == 'zip' else args[:1]
    return [expr]


def apply_trace(analyzer, bound):
    """Feed the run's facts to the static analysis: softmax input ndims, and what a
    subscripted value holds (so the ``item`` rules decide with known facts)."""
    from .infer import Info

    for node, ndims in bound.softmax.items():
        analyzer.softmax_inputs[node] = set(ndims)
    for node, obs in bound.index.items():
        summary = summarize(obs)
        if summary is not None:
            kind, ndim, size1, dtype = summary
            analyzer.infos[node.value] = Info(kind, ndim=ndim, dtype=dtype, size1=size1)


def summarize(observations):
    """(kind, ndim, size1, dtype) shared by every ``(kind, shape, dtype)`` observation of a
    site (dtype None when they differ), or None when they disagree on the rest."""
    found = set()
    dtypes = set()
    for obs in observations:
        if obs is None:
            return None
        kind, shape, dtype = obs
        size = 1
        for n in shape:
            size *= n
        found.add((kind, len(shape), size == 1))
        dtypes.add(dtype)
    if len(found) != 1:
        return None
    kind, ndim, size1 = next(iter(found))
    return kind, ndim, size1, dtypes.pop() if len(dtypes) == 1 else None
