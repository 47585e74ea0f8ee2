"""The error a ``legacy-autograd`` subcommand raises for a user mistake.

It lives apart from ``cli`` so that the subcommand modules (``migrate``, ``compare``) can raise
it without importing the CLI that imports them.
"""


class CommandError(Exception):
    """A handler's user-facing error: printed as one line, exit status 2."""
