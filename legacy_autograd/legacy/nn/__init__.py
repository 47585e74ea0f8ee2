"""``torch.legacy.nn``: Lua Torch's modules on tensors, as PyTorch 0.3.1 carried them (every class
0.3.1 exported; THNN's kernels are replaced by our functional ops and autograd engine)."""
from . import utils  # noqa: F401
from .module import Module  # noqa: F401
from .containers import (Container, Sequential, Concat, ConcatTable, ParallelTable,  # noqa: F401
                         Parallel, DepthConcat)
from .linear import Linear, Bilinear  # noqa: F401
from .activations import (Threshold, ReLU, ReLU6, HardTanh, Clamp, ELU, LeakyReLU, Tanh,  # noqa: F401
                          Sigmoid, Abs, Exp, Log, Sqrt, Square, LogSigmoid, SoftSign, TanhShrink,
                          Power, SoftPlus, HardShrink, SoftShrink, AddConstant, MulConstant,
                          SoftMax, LogSoftMax, SoftMin)
from .shaping import Identity, Copy, Contiguous, Reshape, View  # noqa: F401
from .criterions import (Criterion, MSECriterion, AbsCriterion, SmoothL1Criterion,  # noqa: F401
                         DistKLDivCriterion, ClassNLLCriterion, CrossEntropyCriterion, BCECriterion,
                         MarginCriterion, SoftMarginCriterion, MultiMarginCriterion,
                         MultiLabelMarginCriterion, MultiLabelSoftMarginCriterion,
                         HingeEmbeddingCriterion, CosineEmbeddingCriterion, MarginRankingCriterion,
                         L1HingeEmbeddingCriterion, L1Cost, WeightedMSECriterion,
                         SpatialClassNLLCriterion, ClassSimplexCriterion, MultiCriterion,
                         ParallelCriterion)
from .parametric import Add, CMul, Mul  # noqa: F401
from .tables import (CAddTable, CSubTable, CMulTable, CDivTable, JoinTable, DotProduct, MM,  # noqa: F401
                     FlattenTable, NarrowTable, SelectTable, SplitTable)
from .dims import (Sum, Mean, Max, Min, Narrow, Select, Squeeze, Unsqueeze, Transpose,  # noqa: F401
                   Replicate, GradientReversal)
from .conv import (SpatialConvolution, SpatialDilatedConvolution, SpatialFullConvolution,  # noqa: F401
                   SpatialConvolutionLocal, SpatialConvolutionMap, SpatialFullConvolutionMap,
                   SpatialSubSampling, TemporalConvolution, TemporalSubSampling,
                   VolumetricConvolution, VolumetricFullConvolution)
from .pooling import (SpatialMaxPooling, SpatialAveragePooling, SpatialAdaptiveMaxPooling,  # noqa: F401
                      SpatialFractionalMaxPooling, SpatialLPPooling, SpatialMaxUnpooling,
                      SpatialUpSamplingNearest, TemporalMaxPooling, VolumetricMaxPooling,
                      VolumetricAveragePooling, VolumetricMaxUnpooling)
from .normalization import (BatchNormalization, SpatialBatchNormalization,  # noqa: F401
                            VolumetricBatchNormalization, Normalize, SpatialSoftMax,
                            SpatialCrossMapLRN, SpatialSubtractiveNormalization,
                            SpatialDivisiveNormalization, SpatialContrastiveNormalization)
from .noise import Dropout, SpatialDropout, VolumetricDropout, RReLU, PReLU  # noqa: F401
from .misc import (Cosine, CosineDistance, Euclidean, WeightedEuclidean, PairwiseDistance,  # noqa: F401
                   LookupTable, PartialLinear, MV, MixtureTable, Index, MaskedSelect, L1Penalty,
                   Padding, SpatialZeroPadding, SpatialReflectionPadding, SpatialReplicationPadding,
                   VolumetricReplicationPadding, CriterionTable)
from ._backend import type2backend  # noqa: F401

# Pickled (torch.save) as torch.legacy.nn.<Name>, the one path torch.load allows for them.
for _cls in list(globals().values()):
    if isinstance(_cls, type) and _cls.__module__.startswith(__name__ + '.'):
        _cls.__module__ = __name__
del _cls
