"""Attribute patches that can be undone exactly (the bridge's only side effect on torch)."""


class Patches(object):
    """Set attributes on modules and classes; ``restore()`` puts back what was there."""

    def __init__(self):
        self._saved = []

    def set(self, owner, name, value):
        own = vars(owner)
        had = name in own
        self._saved.append((owner, name, had, own.get(name)))
        setattr(owner, name, value)

    def restore(self):
        while self._saved:
            owner, name, had, old = self._saved.pop()
            if had:
                setattr(owner, name, old)
            else:
                delattr(owner, name)

    def __len__(self):
        return len(self._saved)
