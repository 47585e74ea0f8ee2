"""All ops: importing this package registers every op and attaches the front-ends.

Op families live in their own modules; each registers its ops in
``registry.OPS`` and its front-end functions with ``surface``.
"""
from . import registry  # noqa: F401
from . import backend_variable  # noqa: F401  (registers the backward helper ops)
from . import arithmetic, reduction, shape, linalg, blas_ops, lapack  # noqa: F401
from . import apply_ops, resize_ops, bitwise_ops  # noqa: F401
from . import surface
from . import pointwise, comparison, indexing, creation, rnn_ops, conv_ops, nn_ops  # noqa: F401
from . import schema
schema.merge_inplace_declarations()
surface.attach()
arithmetic.attach_operators()

from . import half as _half  # noqa: E402
from ..tensor import HalfTensor as _HalfTensor  # noqa: E402
_half.restrict(_HalfTensor, schema.TENSOR_METHODS)   # CPU HalfTensor: no math (0.3.1)

from . import type_support as _type_support  # noqa: E402
from ..tensor import ByteTensor, CharTensor, ShortTensor, IntTensor, LongTensor  # noqa: E402
# the integer types: no floating-point-only methods (0.3.1's cwrap ``types:``)
_type_support.restrict((ByteTensor, CharTensor, ShortTensor, IntTensor, LongTensor),
                       schema.TENSOR_METHODS)

OPS = registry.OPS
