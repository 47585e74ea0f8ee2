"""The ``Plugin`` base class."""


class Plugin(object):
    """A trainer plugin: ``interval`` is a list of ``(n, unit)`` (see ``Trainer``)."""

    def __init__(self, interval=None):
        self.trigger_interval = interval if interval is not None else []

    def register(self, trainer):
        raise NotImplementedError
