"""Run a registry op on tensors or on Variables.

This is the one place where

* tensor arguments are type-checked (0.3 never promotes: Float + Double raises
  the legacy error, cwrap style for tensors, ATen style for Variables),
* a Variable op records its backward node (needs-input-grad flags, saved values
  with their version, ``next_functions``), honouring ``volatile``,
* in-place variants bump version counters and refuse leaves that require grad.

Broadcast-gradient reduction and gradient dtype casts live in the engine.
"""
import numpy as np

from ..tensor import CLASS_BY_DTYPE, TENSOR_CLASS_SET
from ..autograd.variable import Variable
from .. import errors
from . import schema
from . import _args
from ..autograd.nodes import next_seq as _next_seq, OpNode as _OpNode
from .copy_slices import COPY_SLICES
from ..quiet import set_state as _quiet, IGNORE as _IGNORE, leave as _unquiet
from .. import _fastpaths

LEAF_INPLACE = 'a leaf Variable that requires grad has been used in an in-place operation.'


def is_var(x):
    return isinstance(x, Variable)


_SUFFIXES = ('_scalar', '_alpha', '_tensor', '_dim', '_all')


def public_name(op):
    """The user-facing name of an op (``add`` for ``add_alpha``)."""
    name = op.name
    for suf in _SUFFIXES:
        if name.endswith(suf):
            return name[:-len(suf)]
    return name


def type_error(op, inputs, i, inplace=False):
    """The legacy error for a tensor argument of the wrong type or kind (``inplace``: the op
    was called as a tensor's in-place method, whose own name cwrap's texts show)."""
    first = inputs[0]
    bad = inputs[i]
    base = public_name(op)
    name = base + ('_' if inplace and not base.endswith('_') and not isinstance(first, Variable)
                   else '')
    if isinstance(first, Variable):
        if not isinstance(bad, Variable):
            # 0.3.1's Variable argument parser: the op's ATen signatures where declared, else
            # its one signature's text (``mm(): argument 'mat2' (position 1) must be Variable,
            # not torch.FloatTensor``)
            sig, sig_inplace = (base[:-1], True) if base.endswith('_') else (base, inplace)
            err = schema.variable_signature_error(sig, list(inputs[1:]), {}, sig_inplace)
            if err is not None:
                return err
            argname = _argname(op, i)
            return _args.arg_type_error(base + ('_' if inplace and not base.endswith('_') else ''),
                                        argname, 'Variable', bad,
                                        _method_position(base, argname, i))
        return errors.variable_type_mismatch(first._data.type(), bad._data.type(), i,
                                             _argname(op, i))
    if isinstance(bad, Variable):       # the arguments after the receiver, as 0.3.1 listed them
        return errors.invalid_arguments(
            name, list(inputs[1:]),
            [('(%s %s)' % (first.type(), _argname(op, i)),
              lambda a: [isinstance(x, Variable) for x in a])])
    rest = list(inputs[1:])

    def check(kinds):
        def flags(args):
            if len(args) != len(kinds):
                return None             # another arity: listed, not compared
            return [type(x) is not type(first) if k == 'tensor' else True
                    for x, k in zip(args, kinds)]
        return flags
    # the op's declared 0.3 overloads (ops/schema.py), for the receiving tensor type
    options = schema.overload_options(base, first.type(), _argname(op, i))
    return errors.invalid_arguments(name, rest, [(text, check(kinds)) for text, kinds in options])


def _method_position(name, argname, default):
    """The position of ``argname`` in the Variable method ``name`` (the receiver left out), or
    ``default`` when the method does not name it."""
    d = schema.SCHEMA.get(name)
    fn = d.forms.get('variable.method') or d.forms.get('variable.inplace') if d else None
    code = getattr(fn, '__code__', None)
    if code is not None:
        names = code.co_varnames[:code.co_argcount]
        if argname in names[1:]:
            return names.index(argname)
    return default


def _argname(op, i):
    names = op.argnames
    return names[i] if i < len(names) else 'arg%d' % i


def check_same_type(op, inputs, inplace=False):
    """Refuse tensor arguments of another type than the first (``inplace``: the call is a
    tensor's in-place method, named so in the error)."""
    first = inputs[0]
    if len(inputs) == 2:                     # the common case, checked cheaply
        second = inputs[1]
        tf = type(first)
        if tf is type(second) and (tf is not Variable or type(first._data) is type(second._data)) \
                and (tf is Variable or tf in TENSOR_CLASS_SET):
            return
    if isinstance(first, Variable):
        t = type(first._data)
        for i in range(1, len(inputs)):
            x = inputs[i]
            if type(x) is not Variable and not isinstance(x, Variable):
                raise type_error(op, inputs, i, inplace)
            if type(x._data) is not t:
                raise type_error(op, inputs, i, inplace)
    else:
        t = type(first)
        for i in range(1, len(inputs)):
            if type(inputs[i]) is not t:
                raise type_error(op, inputs, i, inplace)


# ---------------------------------------------------------------------------------- calls
def call(op, inputs, params=None, out_cls=None):
    """Run ``op`` on ``inputs`` (all tensors or all Variables); return a tensor/Variable.

    ``out_cls`` overrides the output tensor class (e.g. comparisons -> ByteTensor);
    by default the output keeps the first input's type.
    """
    first = inputs[0]
    n = len(inputs)
    if n > 1 and op.check_types:
        check_same_type(op, inputs)
    if isinstance(first, Variable):
        return call_variable(op, inputs, params, out_cls)
    token = _quiet(_IGNORE)         # numpy's warnings stay inside (quiet.py)
    try:
        if n == 1:
            a = first._a
            result = op.forward(a, **params) if params else op.forward(a)
        else:
            arrays = [x._a for x in inputs]
            result = op.forward(*arrays, **params) if params else op.forward(*arrays)
    finally:
        _unquiet(token)
    if op.extra_outputs:
        return tuple(_wrap_out(r, out_cls or type(first)) if k == 0 else _wrap_any(r)
                     for k, r in enumerate(result))
    if op.is_view:
        return type(first)._wrap(result, first._version)
    return _wrap_out(result, out_cls or type(first))


def _wrap_out(result, cls):
    if type(result) is not np.ndarray:
        result = np.asarray(result)
    if result.dtype is not cls._dtype and result.dtype != cls._dtype:
        token = _quiet(_IGNORE)         # a cast can overflow (float64 -> float32)
        try:
            result = result.astype(cls._dtype)
        finally:
            _unquiet(token)
    if result.ndim == 0 or result.size == 0:
        return cls._wrap(result)
    t = _new_obj(cls)
    t._a = result
    t._version = [0]
    return t


_new_obj = object.__new__
_ndarray = np.ndarray
# the C function behind numpy.shares_memory, without its Python __array_function__ dispatcher
_shares_memory = getattr(np.shares_memory, '_implementation', np.shares_memory)


def _wrap_any(result):
    result = np.asarray(result)
    return CLASS_BY_DTYPE[result.dtype]._wrap(result)


def call_variable(op, inputs, params=None, out_cls=None):
    v0 = inputs[0]
    d0 = v0._data
    volatile = v0._volatile
    requires = v0._grad_fn is not None or v0._requires_grad
    n = len(inputs)
    token = _quiet(_IGNORE)         # numpy's warnings stay inside (quiet.py)
    try:
        if n == 1:
            result = op.forward(d0._a, **params) if params else op.forward(d0._a)
        elif n == 2:
            v1 = inputs[1]
            if v1._volatile:
                volatile = True
            if v1._grad_fn is not None or v1._requires_grad:
                requires = True
            a1 = v1._data._a
            result = op.forward(d0._a, a1, **params) if params else op.forward(d0._a, a1)
        else:
            arrays = []
            for v in inputs:
                arrays.append(v._data._a)
                if v._volatile:
                    volatile = True
                if v._grad_fn is not None or v._requires_grad:
                    requires = True
            result = op.forward(*arrays, **params) if params else op.forward(*arrays)
    finally:
        _unquiet(token)
    extra = None
    if op.extra_outputs:
        extra = result[1:]
        result = result[0]
    if op.is_view:
        out = Variable._make(type(d0)._wrap(result, d0._version), volatile=volatile)
        # remember how this view was taken from its base, for in-place ops through it
        base = v0._base
        if base is None:
            out._base = v0
            out._view_chain = ((op, params),)
        else:
            out._base = base
            out._view_chain = v0._view_chain + ((op, params),)
    else:
        cls = out_cls or type(d0)
        if type(result) is _ndarray and result.dtype is cls._dtype and result.ndim and result.size:
            t = _new_obj(cls)           # _wrap_out's common case, inline
            t._a = result
            t._version = [0]
        else:
            t = _wrap_out(result, cls)
        # Variable._make's body, inline: the call costs about 2% of the seed-graph benchmark
        # (callgrind); keep the two in step
        out = _new_obj(Variable)
        out._data = t
        out._grad = None
        out._grad_fn = None
        out._output_nr = 0
        out._requires_grad = False
        out._volatile = volatile
    if requires and not volatile and op.differentiable:
        record(op, inputs, params, out)
    if extra is not None:
        return (out,) + tuple(Variable._make(_wrap_any(e), volatile=volatile) for e in extra)
    return out


_NO_PARAMS = {}     # shared, read-only: the params of ops called without any
_NEEDS_1 = (True,)          # shared ``needs`` of the common cases
_NEEDS_2 = (True, True)
_NO_EDGE = (None, 0)        # the edge of an input that needs no gradient (Variable._edge)


def _saved_entry(v):
    d = v._data
    return (d, d._version[0], v)


def record(op, inputs, params, out, self_copy=None):
    """Attach a backward node for ``op`` to the output Variable ``out``.

    The node gets ``next_functions`` (one edge per input), ``needs`` (which
    inputs want a gradient), ``shapes`` (``(shape, dtype)`` of each input, for
    the engine's gradient fix-up) and the saved values ``(tensor, version,
    variable)`` the op's backward reads; one- and two-input ops are unrolled.
    """
    node = _new_obj(_OpNode)       # all slots are set below; skip Node.__init__
    node._post_hooks = None
    node._var_hooks = None
    node.op = op
    node.params = params if params is not None else _NO_PARAMS
    n = len(inputs)
    if n == 1:
        v = inputs[0]
        fn = v._grad_fn
        e = (fn, v._output_nr) if fn is not None else v._edge()
        node.next_functions = (e,)
        node.needs = (e[0] is not None,)
        a = v._data._a
        node.shapes = ((a.shape, a.dtype),)
    elif n == 2:
        v, w = inputs
        fn = v._grad_fn
        e = (fn, v._output_nr) if fn is not None else v._edge()
        fn = w._grad_fn
        f = (fn, w._output_nr) if fn is not None else w._edge()
        node.next_functions = (e, f)
        node.needs = (e[0] is not None, f[0] is not None)
        a = v._data._a
        b = w._data._a
        node.shapes = ((a.shape, a.dtype), (b.shape, b.dtype))
    else:
        edges = []
        meta = []
        for v in inputs:
            fn = v._grad_fn
            if fn is not None:
                edges.append((fn, v._output_nr))
            elif v._requires_grad:
                edges.append(v._edge())
            else:
                edges.append(_NO_EDGE)
            a = v._data._a
            meta.append((a.shape, a.dtype))
        node.next_functions = tuple(edges)
        node.needs = tuple([e[0] is not None for e in edges])
        node.shapes = tuple(meta)
    node._seq = _next_seq()            # after the edges (which may create accumulators)
    save_inputs = op.save_inputs
    if save_inputs:
        if save_inputs == (0, 1) and n == 2 and self_copy is None:
            d = v._data                 # v, w: the two inputs (unrolled above)
            e = w._data
            saved = ((d, d._version[0], v), (e, e._version[0], w))
        else:
            saved = [None] * n
            for i in save_inputs:
                if i < n:
                    saved[i] = self_copy if (i == 0 and self_copy is not None) \
                        else _saved_entry(inputs[i])
            saved = tuple(saved)
        node.saved = saved
        node.has_saved = True
    else:
        node.saved = None
        node.has_saved = False
    if op.save_output:
        d = out._data
        node.saved_output = (d, d._version[0])
        node.has_saved = True
    else:
        node.saved_output = None
    out._grad_fn = node
    out._output_nr = 0
    return node


# ------------------------------------------------------------------- one-frame Variable calls
# ``call_variable`` + ``record`` in one frame, for the operator front-ends' common cases (a
# Variable with a number, two Variables of one type and shape) and ``mm``: no input list, no
# second frame for the node.  Only for plain ops (no view, no extra outputs); keep them in step
# with call_variable and record above (the oracle, compat_tests/test_fastpath_oracle.py, runs
# the operators in both modes).  Reference mode does not reach them (the front-ends call
# ``call``), and binds them to the general code anyway (end of this module).
def call_variable1(op, v0, params=None):
    """``call_variable(op, [v0], params)`` for a plain one-input op."""
    d0 = v0._data
    token = _quiet(_IGNORE)         # numpy's warnings stay inside (quiet.py)
    try:
        result = op.forward(d0._a, **params) if params else op.forward(d0._a)
    finally:
        _unquiet(token)
    cls = type(d0)
    if type(result) is _ndarray and result.dtype is cls._dtype and result.ndim and result.size:
        t = _new_obj(cls)
        t._a = result
        t._version = [0]
    else:
        t = _wrap_out(result, cls)
    out = _new_obj(Variable)
    out._data = t
    out._grad = None
    out._output_nr = 0
    out._requires_grad = False
    volatile = v0._volatile
    out._volatile = volatile
    fn = v0._grad_fn
    if volatile or (fn is None and not v0._requires_grad) or not op.differentiable:
        out._grad_fn = None
        return out
    node = _new_obj(_OpNode)
    node._post_hooks = None
    node._var_hooks = None
    node.op = op
    node.params = params if params is not None else _NO_PARAMS
    e = (fn, v0._output_nr) if fn is not None else v0._edge()
    node.next_functions = (e,)
    node.needs = _NEEDS_1               # v0 requires grad: its edge has a node
    a = d0._a
    node.shapes = ((a.shape, a.dtype),)
    node._seq = _next_seq()            # after the edge (which may create the accumulator)
    save_inputs = op.save_inputs
    if save_inputs:
        node.saved = ((d0, d0._version[0], v0),) if 0 in save_inputs else (None,)
        node.has_saved = True
    else:
        node.saved = None
        node.has_saved = False
    if op.save_output:
        node.saved_output = (t, t._version[0])
        node.has_saved = True
    else:
        node.saved_output = None
    out._grad_fn = node
    return out


def call_variable2(op, v0, v1):
    """``call_variable(op, [v0, v1])`` for a plain two-input op without parameters."""
    d0 = v0._data
    d1 = v1._data
    token = _quiet(_IGNORE)         # numpy's warnings stay inside (quiet.py)
    try:
        result = op.forward(d0._a, d1._a)
    finally:
        _unquiet(token)
    cls = type(d0)
    if type(result) is _ndarray and result.dtype is cls._dtype and result.ndim and result.size:
        t = _new_obj(cls)
        t._a = result
        t._version = [0]
    else:
        t = _wrap_out(result, cls)
    out = _new_obj(Variable)
    out._data = t
    out._grad = None
    out._output_nr = 0
    out._requires_grad = False
    volatile = v0._volatile or v1._volatile
    out._volatile = volatile
    fn = v0._grad_fn
    gn = v1._grad_fn
    if volatile or not op.differentiable or (fn is None and gn is None and not v0._requires_grad
                                             and not v1._requires_grad):
        out._grad_fn = None
        return out
    node = _new_obj(_OpNode)
    node._post_hooks = None
    node._var_hooks = None
    node.op = op
    node.params = _NO_PARAMS
    e = (fn, v0._output_nr) if fn is not None else v0._edge()
    f = (gn, v1._output_nr) if gn is not None else v1._edge()
    node.next_functions = (e, f)
    node.needs = (e[0] is not None, f[0] is not None) if fn is None or gn is None else _NEEDS_2
    a = d0._a
    b = d1._a
    node.shapes = ((a.shape, a.dtype), (b.shape, b.dtype))
    node._seq = _next_seq()            # after the edges (which may create accumulators)
    save_inputs = op.save_inputs
    if save_inputs:
        if save_inputs == (0, 1):
            node.saved = ((d0, d0._version[0], v0), (d1, d1._version[0], v1))
        else:
            node.saved = ((d0, d0._version[0], v0) if 0 in save_inputs else None,
                          (d1, d1._version[0], v1) if 1 in save_inputs else None)
        node.has_saved = True
    else:
        node.saved = None
        node.has_saved = False
    if op.save_output:
        node.saved_output = (t, t._version[0])
        node.has_saved = True
    else:
        node.saved_output = None
    out._grad_fn = node
    return out


# ---------------------------------------------------------------------------------- in place
def call_inplace(op, inputs, params=None):
    """In-place variant: compute like :func:`call`, write into ``inputs[0]``, return it."""
    self = inputs[0]
    if op.check_types and len(inputs) > 1:
        check_same_type(op, inputs, True)
    if isinstance(self, Variable):
        return _inplace_variable(op, inputs, params)
    a = self._a
    fast = _UFUNC_INPLACE.get(op.name)
    if fast is _ZERO_FILL and a.dtype.kind == 'f' and a.flags.writeable:
        a.fill(0)           # no arithmetic: no error state to switch (zero_grad, every step)
        return self
    token = _quiet(_IGNORE)         # numpy's warnings stay inside (quiet.py)
    try:
        if fast is not None and a.dtype.kind == 'f' and a.flags.writeable:
            # write straight into self (no temporary result and copy), when the shapes allow it
            if len(inputs) == 1:
                fast(a, params)
                return self
            b = inputs[1]._a
            if b.shape == a.shape or (b.ndim <= a.ndim and _bcast_into(b.shape, a.shape)):
                if not _shares_memory(a, b):
                    fast(a, params, b)
                    return self
        arrays = [x._a for x in inputs]
        result = op.forward(*arrays, **params) if params else op.forward(*arrays)
    finally:
        _unquiet(token)
    assign_into(self, result, op.name)
    return self


def _bcast_into(src, dst):
    for s, d in zip(reversed(src), reversed(dst)):
        if s != 1 and s != d:
            return False
    return True


def _alpha_update(ufunc):
    def run(a, p, b):
        alpha = p['alpha']
        if alpha == 1:
            ufunc(a, b, out=a)
        else:
            ufunc(a, np.multiply(b, alpha), out=a)
    return run


def _ZERO_FILL(a, p):
    a.fill(0)


# Floating in-place arithmetic on tensors: ufuncs writing into self.  Results are
# identical to computing ``forward`` and copying (same ufunc, same operand order).
_UFUNC_INPLACE = {
    'add': lambda a, p, b: np.add(a, b, out=a),
    'sub': lambda a, p, b: np.subtract(a, b, out=a),
    'mul': lambda a, p, b: np.multiply(a, b, out=a),
    'div': lambda a, p, b: np.true_divide(a, b, out=a),
    'add_scalar': lambda a, p: np.add(a, p['other'], out=a),
    'sub_scalar': lambda a, p: np.subtract(a, p['other'], out=a),
    'mul_scalar': lambda a, p: np.multiply(a, p['other'], out=a),
    'div_scalar': lambda a, p: np.true_divide(a, p['other'], out=a),
    'add_alpha': _alpha_update(np.add),
    'sub_alpha': _alpha_update(np.subtract),
    'zero': _ZERO_FILL,
    'fill': lambda a, p: a.fill(p['value']),
}


def assign_into(tensor, result, opname):
    a = tensor._a
    if type(result) is not np.ndarray:
        result = np.asarray(result)
    if result.shape != a.shape:
        if result.size == a.size and result.ndim <= a.ndim:
            result = result.reshape(a.shape)
        else:
            raise RuntimeError('%s_: the result of size %s cannot be written in place into a '
                               'tensor of size %s' % (opname, errors.fmt_sizes(result.shape),
                                                     errors.fmt_sizes(a.shape)))
    if result is not a:
        with np.errstate(invalid='ignore', over='ignore'):
            np.copyto(a, result, casting='unsafe')


def _inplace_variable(op, inputs, params):
    self = inputs[0]
    requires = any(v.requires_grad for v in inputs)
    volatile = any(v._volatile for v in inputs)
    if self._grad_fn is None and self._requires_grad and not volatile:
        raise RuntimeError(LEAF_INPLACE)
    arrays = [v._data._a for v in inputs]
    token = _quiet(_IGNORE)
    try:
        result = op.forward(*arrays, **params) if params else op.forward(*arrays)
    finally:
        _unquiet(token)
    self_copy = None
    if requires and not volatile and op.differentiable and 0 in op.save_inputs:
        # the old value of self is needed by backward: keep a copy (with its graph position)
        old = self._data.clone()
        old_var = Variable._make(old)
        old_var._grad_fn = self._grad_fn
        old_var._output_nr = self._output_nr
        old_var._requires_grad = self._requires_grad
        self_copy = (old, old._version[0], old_var)
    assign_into(self._data, result, op.name)
    self._data._version[0] += 1
    if volatile:
        # 0.3.1's set_flags: the result of an op with a volatile input is volatile and does
        # not require grad; its old grad_fn (which 0.3.1 left in place, stale) is dropped, as
        # requires_grad follows grad_fn here
        self._volatile = True
        self._requires_grad = False
        self._grad_fn = None
        self._output_nr = 0
    if requires and not volatile and op.differentiable:
        record(op, inputs, params, self, self_copy)
        base = self._base
        if base is not None:
            _rebase(base, self)
    return self


def _view_index(base, chain):
    """Flat positions in ``base`` of the elements of a view taken by ``chain``."""
    idx = np.arange(base._data._a.size, dtype=np.int64).reshape(base._data._a.shape)
    for vop, vparams in chain:
        idx = vop.forward(idx, **vparams) if vparams else vop.forward(idx)
    return np.ascontiguousarray(idx)


def _rebase(base, view):
    """After an in-place op through ``view``, make ``base``'s history include it.

    The base gets a ``CopySlices`` node: its gradient flows to the old base
    (outside the view's elements) and to the view's new history (inside them).
    """
    if base._grad_fn is None and base._requires_grad:
        raise RuntimeError(LEAF_INPLACE)
    idx = _view_index(base, view._view_chain)
    record(COPY_SLICES, [base, view], {'index': idx}, base)


# ---------------------------------------------------------------------------------- reference
# The general code of the functions above, without their unrolled and inline fast paths; under
# LEGACY_AUTOGRAD_REFERENCE=1 (legacy_autograd/_fastpaths.py) they replace them, when this
# module is imported, so the fast paths cost nothing to switch.  Keep each in step with its
# fast twin: compat_tests/test_fastpath_oracle.py runs both and requires the same bits.
def _check_same_type_general(op, inputs, inplace=False):
    first = inputs[0]
    if isinstance(first, Variable):
        t = type(first._data)
        for i in range(1, len(inputs)):
            x = inputs[i]
            if not isinstance(x, Variable) or type(x._data) is not t:
                raise type_error(op, inputs, i, inplace)
    else:
        t = type(first)
        for i in range(1, len(inputs)):
            if type(inputs[i]) is not t:
                raise type_error(op, inputs, i, inplace)


def _call_general(op, inputs, params=None, out_cls=None):
    first = inputs[0]
    if len(inputs) > 1 and op.check_types:
        check_same_type(op, inputs)
    if isinstance(first, Variable):
        return call_variable(op, inputs, params, out_cls)
    arrays = [x._a for x in inputs]
    result = op.forward(*arrays, **params) if params else op.forward(*arrays)
    if op.extra_outputs:
        return tuple(_wrap_out(r, out_cls or type(first)) if k == 0 else _wrap_any(r)
                     for k, r in enumerate(result))
    if op.is_view:
        return type(first)._wrap(result, first._version)
    return _wrap_out(result, out_cls or type(first))


def _call_variable_general(op, inputs, params=None, out_cls=None):
    v0 = inputs[0]
    d0 = v0._data
    arrays = [v._data._a for v in inputs]
    volatile = any(v._volatile for v in inputs)
    requires = any(v.requires_grad for v in inputs)
    result = op.forward(*arrays, **params) if params else op.forward(*arrays)
    extra = None
    if op.extra_outputs:
        extra = result[1:]
        result = result[0]
    if op.is_view:
        out = Variable._make(type(d0)._wrap(result, d0._version), volatile=volatile)
        base = v0._base
        if base is None:
            out._base = v0
            out._view_chain = ((op, params),)
        else:
            out._base = base
            out._view_chain = v0._view_chain + ((op, params),)
    else:
        out = Variable._make(_wrap_out(result, out_cls or type(d0)), volatile=volatile)
    if requires and not volatile and op.differentiable:
        record(op, inputs, params, out)
    if extra is not None:
        return (out,) + tuple(Variable._make(_wrap_any(e), volatile=volatile) for e in extra)
    return out


def _record_general(op, inputs, params, out, self_copy=None):
    node = _OpNode.__new__(_OpNode)
    node._post_hooks = None
    node._var_hooks = None
    node.op = op
    node.params = params if params is not None else _NO_PARAMS
    edges = []
    meta = []
    for v in inputs:
        edges.append(v._edge())
        a = v._data._a
        meta.append((a.shape, a.dtype))
    node.next_functions = tuple(edges)
    node.needs = tuple([e[0] is not None for e in edges])
    node.shapes = tuple(meta)
    node._seq = _next_seq()
    n = len(inputs)
    if op.save_inputs:
        saved = [None] * n
        for i in op.save_inputs:
            if i < n:
                saved[i] = self_copy if (i == 0 and self_copy is not None) \
                    else _saved_entry(inputs[i])
        node.saved = tuple(saved)
        node.has_saved = True
    else:
        node.saved = None
        node.has_saved = False
    if op.save_output:
        d = out._data
        node.saved_output = (d, d._version[0])
        node.has_saved = True
    else:
        node.saved_output = None
    out._grad_fn = node
    out._output_nr = 0
    return node


def _call_variable1_general(op, v0, params=None):
    return call_variable(op, [v0], params)


def _call_variable2_general(op, v0, v1):
    return call_variable(op, [v0, v1])


for _fast, _general in ((check_same_type, _check_same_type_general), (call, _call_general),
                        (call_variable, _call_variable_general), (record, _record_general),
                        (call_variable1, _call_variable1_general),
                        (call_variable2, _call_variable2_general)):
    _fastpaths.code_pair(_fast, _general)
del _fast, _general
_UFUNC_INPLACE_FAST = dict(_UFUNC_INPLACE)


@_fastpaths.on_switch
def _switch_ufunc_table(reference):
    """Reference mode: no in-place ufunc table (in-place ops compute their result and copy it
    into self); the table is emptied and refilled in place."""
    if reference:
        _UFUNC_INPLACE_FAST.clear()
        _UFUNC_INPLACE_FAST.update(_UFUNC_INPLACE)
        _UFUNC_INPLACE.clear()
    elif not _UFUNC_INPLACE:
        _UFUNC_INPLACE.update(_UFUNC_INPLACE_FAST)
