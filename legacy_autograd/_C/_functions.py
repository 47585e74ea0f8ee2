"""``torch._C._functions`` (0.3.1): the autograd node classes 0.3.1's C++ core exposed by name.

Each name is this package's class of the same node: ``AccumulateGrad`` (the sink of a leaf
that requires grad), ``Error`` (a node that raises when reached), ``Identity``, and the node
classes of convolution and batch normalisation (``ConvNdBackward``, ``ConvNdBackwardBackward``,
``BatchNormBackward``), which are the classes of the ``grad_fn`` those ops produce.
0.3.1's forward-only classes of this module (``ConvNd``, ``BatchNorm``, ``Add``, ``View``,
``Cat``, ...) and ``BatchNormBackwardBackward`` never appear in graphs of this package and are not offered."""
from ..autograd.nodes import AccumulateGrad, Error, Identity, op_node_class

__all__ = ['AccumulateGrad', 'Error', 'Identity', 'ConvNdBackward', 'ConvNdBackwardBackward',
           'BatchNormBackward']

ConvNdBackward = op_node_class('ConvNdBackward')
ConvNdBackwardBackward = op_node_class('ConvNdBackwardBackward')
BatchNormBackward = op_node_class('BatchNormBackward')
