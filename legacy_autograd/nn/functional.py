"""``torch.nn.functional`` (0.3 signatures and defaults).

Activations, dropout, linear, embedding and losses are defined here;
convolution/pooling/normalisation/padding functions come from
``_functional_conv`` and recurrent helpers from ``_functional_rnn``.
"""
from ._functional_conv import *  # noqa: F401,F403
