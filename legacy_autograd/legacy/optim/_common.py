"""Helpers shared by the Lua-style optimisers."""


def state_of(name, config, state):
    """The state dict: ``state``, or ``config`` when no state is given (as Lua's optim did)."""
    if config is None and state is None:
        raise ValueError("{} requires a dictionary to retain state between iterations".format(name))
    return state if state is not None else config


def zeros_like(x, like):
    """A zero tensor of ``x``'s type with ``like``'s shape."""
    return x.new().resize_as_(like).zero_()
