"""Numerical gradient checks (placeholder)."""


def gradcheck(*args, **kwargs):
    raise NotImplementedError


def gradgradcheck(*args, **kwargs):
    raise NotImplementedError
