"""The parity description of each op: :class:`Spec` (from ``op.samples`` or an entry of
:mod:`legacy_autograd.parity_samples`), its value domains, and the coverage rules."""
import numpy as np

from .libs import exc_text, registry_ops, samples_module

__all__ = ['CHECKS', 'Spec', 'spec_for', 'exemption', 'modern_spelling', 'domain_of',
           'domain_ok', 'distinct', 'fd_spacing', 'Case', 'short_params']

CHECKS = ('forward', 'grad', 'gradgrad')


class Spec(object):
    """The parity description of one op (an entry of ``parity_samples.SPECS`` or ``op.samples``).

    Keys (all optional):

    ``inputs``   shape kind name (``parity_samples.SHAPES``), or ``f(r) -> shapes`` or
                 ``f(r) -> (shapes, params)``
    ``domain``   value domain name/dict (``parity_samples.DOMAINS``), one per input as a tuple,
                 a list of such alternatives (one is drawn per sample), or ``f(params)``
    ``params``   dict (a list value means "one of"), or ``f(r, shapes) -> dict``
    ``unique``   distinct values in every input (selection ops: ties are broken differently)
    ``legacy``   ``f(L, *variables, **params)``: call through the front-end instead of
                 ``dispatch.call(op, ...)``
    ``modern``   ``f(torch, *tensors, **params)``: overrides the registry's spelling
    ``dtypes``   default ``('float32', 'float64')``
    ``n``        number of drawn fixed samples (default 2; hypothesis, derandomized), plus ``edges``
    ``edges``    list of ``dict(arrays=[...], params={...}, xfail=reason, xfail_checks=(...),
                 nan_ok=reason)``
    ``grad`` / ``gradgrad`` / ``fd``   True, or a reason string why the check does not apply
    ``valid``    ``f(arrays, params) -> bool``: inputs outside it are redrawn (e.g. no ties
                 between two operands, where 0.3 semantics differ on purpose)
    ``fd_domain``, ``fd_filter``       inputs for the float64 finite-difference check
    ``tol``      ``{'float32': {...}, 'float64': {...}, 'why': reason}``
    ``compare``  ``'values'`` (default) or ``'structure'`` (shape and dtype only: random ops)
    ``exempt``   reason string: no parity case
    ``nan_ok``   reason string: a NaN in the outputs or gradients is the expected answer (else
                 a case that ends in NaN fails: it would agree with anything)
    """
    KEYS = ('inputs', 'domain', 'params', 'unique', 'legacy', 'modern', 'dtypes', 'n', 'edges',
            'grad', 'gradgrad', 'fd', 'fd_domain', 'fd_filter', 'valid', 'tol', 'compare', 'exempt',
            'note', 'cases', 'nan_ok')

    def __init__(self, name, entry, source):
        self.name = name
        self.source = source
        bad = set(entry) - set(self.KEYS)
        if bad:
            raise ValueError('parity spec of %r: unknown keys %s' % (name, sorted(bad)))
        self.inputs = entry.get('inputs', 'one')
        self.domain = entry.get('domain', 'real')
        self.params = entry.get('params')
        self.unique = bool(entry.get('unique', False))
        self.legacy = entry.get('legacy')
        self.modern = entry.get('modern')
        self.dtypes = tuple(entry.get('dtypes', ('float32', 'float64')))
        self.n = int(entry.get('n', 2))
        self.edges = list(entry.get('edges', ()))
        self.grad = entry.get('grad', True)
        self.gradgrad = entry.get('gradgrad', True)
        self.fd = entry.get('fd', True)
        self.fd_domain = entry.get('fd_domain')
        self.fd_filter = entry.get('fd_filter')
        self.valid = entry.get('valid')
        self.tol = entry.get('tol')
        self.compare = entry.get('compare', 'values')
        self.exempt = entry.get('exempt')
        self.note = entry.get('note')
        self.cases = entry.get('cases')
        self.nan_ok = entry.get('nan_ok')
        if self.tol is not None and not self.tol.get('why'):
            raise ValueError('parity spec of %r: a looser tolerance needs its reason (tol["why"])'
                             % name)


def spec_for(name):
    """The :class:`Spec` of op ``name``: ``op.samples`` when declared, else ``parity_samples``."""
    op = registry_ops()[name]
    s = op.samples
    if s is not None:
        if isinstance(s, Spec):
            return s
        if isinstance(s, dict):
            return Spec(name, s, 'registry')
        if callable(s) or isinstance(s, (list, tuple)):
            return Spec(name, {'cases': s}, 'registry')
        raise TypeError('op %r: samples= must be a dict, a list of cases or a callable' % name)
    entry = samples_module().SPECS.get(name)
    if entry is None:
        return None
    return Spec(name, entry, 'parity_samples')


def exemption(name):
    """The reason why op ``name`` has no parity case, or None."""
    op = registry_ops()[name]
    if op.parity_exempt:
        return str(op.parity_exempt)
    spec = spec_for(name)
    if spec is not None and spec.exempt:
        return str(spec.exempt)
    return None


def modern_spelling(name):
    """``(callable, source)``: the modern spelling used for op ``name`` (spec override first)."""
    op = registry_ops()[name]
    spec = spec_for(name)
    if spec is not None and spec.modern is not None:
        return spec.modern, 'parity_samples' if spec.source == 'parity_samples' else 'samples'
    if op.modern is not None:
        return op.modern, 'registry'
    return None, None


def domain_of(domain, fd):
    if isinstance(domain, str):
        doms = samples_module().DOMAINS
        if domain not in doms:
            raise KeyError('unknown value domain %r (parity_samples.DOMAINS)' % domain)
        dom = dict(doms[domain])
    else:
        dom = dict(domain)
    if fd and 'fd' in dom:
        override = dom.pop('fd')
        if isinstance(override, str):
            return domain_of(override, False)
        dom.update(override)
    dom.pop('fd', None)
    return dom


def domain_ok(a, dom):
    """Elementwise: does ``a`` satisfy the domain's bounds and ``avoid`` rules?"""
    x = a.astype(np.float64)
    if 'values' in dom:
        return np.isin(x, np.asarray(dom['values'], dtype=np.float64))
    ok = np.isfinite(x) & (x >= dom['lo']) & (x <= dom['hi'])
    if dom.get('open'):
        ok &= (x > dom['lo']) & (x < dom['hi'])
    for kind, margin in dom.get('avoid', ()):
        if kind == 'zero':
            ok &= np.abs(x) >= margin
        elif kind == 'int':
            ok &= np.abs(x - np.round(x)) >= margin
        elif kind == 'half':
            ok &= np.abs(x - np.floor(x) - 0.5) >= margin
        elif kind == 'tiny':
            ok &= (x == 0) | (np.abs(x) >= margin)
        elif kind == 'nonpos_int':
            ok &= ~((x <= margin) & (np.abs(x - np.round(x)) < margin))
        else:
            raise ValueError('unknown avoid rule %r' % kind)
    return ok



def fd_spacing():
    return 1e-4



def distinct(a, fd):
    s = np.sort(a.reshape(-1).astype(np.float64))
    if s.size < 2:
        return True
    gap = np.diff(s).min()
    return gap > (fd_spacing() if fd else 0.0)


class Case(object):
    """One set of inputs for an op: arrays (in the case's dtype) and keyword params."""
    __slots__ = ('name', 'dtype', 'arrays', 'params', 'label', 'xfail', 'xfail_checks', 'nan_ok')

    def __init__(self, name, dtype, arrays, params, label, xfail=None, xfail_checks=None,
                 nan_ok=None):
        self.name = name
        self.dtype = np.dtype(dtype)
        self.arrays = arrays
        self.params = params
        self.label = label
        self.xfail = xfail
        self.xfail_checks = tuple(xfail_checks) if xfail_checks else (CHECKS if xfail else ())
        self.nan_ok = nan_ok

    def __repr__(self):
        return '<Case %s %s %s: %s %s>' % (self.name, self.dtype.name, self.label,
                                           [a.shape for a in self.arrays], short_params(self.params))


def short_params(params):
    out = {}
    for k, v in (params or {}).items():
        out[k] = ('array%s' % (v.shape,)) if isinstance(v, np.ndarray) else v
    return out
