"""``torch.legacy.nn``: Lua Torch's modules on tensors, as PyTorch 0.3.1 carried them (a subset:
the module base class, containers, Linear/Bilinear, the pointwise activations and softmax family,
the shaping modules and the common criterions)."""
from .module import Module  # noqa: F401
from .containers import Container, Sequential, Concat, ConcatTable, ParallelTable  # noqa: F401
from .linear import Linear, Bilinear  # noqa: F401
from .activations import (Threshold, ReLU, ReLU6, HardTanh, Clamp, ELU, LeakyReLU, Tanh,  # noqa: F401
                          Sigmoid, Abs, Exp, Log, Sqrt, Square, LogSigmoid, SoftSign, TanhShrink,
                          Power, SoftPlus, HardShrink, SoftShrink, AddConstant, MulConstant,
                          SoftMax, LogSoftMax, SoftMin)
from .shaping import Identity, Copy, Contiguous, Reshape, View  # noqa: F401
from .criterions import (Criterion, MSECriterion, AbsCriterion, SmoothL1Criterion,  # noqa: F401
                         DistKLDivCriterion, ClassNLLCriterion, CrossEntropyCriterion, BCECriterion)
from .parametric import Add, CMul, Mul  # noqa: F401
from .tables import CAddTable, CSubTable, CMulTable, CDivTable, JoinTable, DotProduct, MM  # noqa: F401
from .dims import (Sum, Mean, Max, Min, Narrow, Select, Squeeze, Unsqueeze, Transpose,  # noqa: F401
                   Replicate, GradientReversal)

# Pickled (torch.save) as torch.legacy.nn.<Name>, the one path torch.load allows for them.
for _cls in list(globals().values()):
    if isinstance(_cls, type) and _cls.__module__.startswith(__name__ + '.'):
        _cls.__module__ = __name__
del _cls
