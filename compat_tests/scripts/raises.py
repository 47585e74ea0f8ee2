"""Probe: an uncaught exception two frames deep."""


def inner(x):
    return 1 / x


def outer():
    return inner(0)


print('about to fail')
outer()
