"""numpy's floating-point warnings, silenced inside the library and only there.

0.3 computed ``1 / 0``, ``log(0)`` or ``inf - inf`` in C and said nothing; numpy prints
``RuntimeWarning: divide by zero encountered ...``.  The library's numpy calls run under
numpy's error state "ignore everything", set for the duration of the call and restored
after it, so the user's own numpy settings (``np.seterr``, ``np.errstate``, warning filters)
are never changed.

``enter()`` (or, inlined, ``set_state(IGNORE)``) returns a token for ``leave(token)``; they are the bare ``ContextVar.set`` /
``reset`` of numpy's error-state variable (numpy >= 2; about 80 ns a pair), which is why the
dispatcher can afford them around every op.  Older numpy keeps the state per thread:
``np.seterr`` and its undo, slower but equivalent.  ``quietly`` wraps a whole function
(the backward engine, the printer).
"""
import functools

import numpy as np

try:
    from numpy._core._ufunc_config import _extobj_contextvar as _STATE, _make_extobj
    IGNORE = _make_extobj(all='ignore')
    set_state = _STATE.set              # hot path: ``token = set_state(IGNORE)``
    leave = _STATE.reset
except (ImportError, AttributeError, TypeError):      # numpy 1.x
    IGNORE = {'all': 'ignore'}

    def set_state(state):
        return np.seterr(**state)

    def leave(token):
        np.seterr(**token)


def enter():
    return set_state(IGNORE)


def quietly(fn):
    """``fn`` with numpy's floating-point warnings silenced while it runs."""
    @functools.wraps(fn)
    def run(*args, **kwargs):
        token = enter()
        try:
            return fn(*args, **kwargs)
        finally:
            leave(token)
    return run
