"""The one table of globals ``torch.load`` resolves by default.

``ALLOWED_GLOBALS`` is a plain frozenset of ``(module, name)`` pairs, written
with the ``torch`` spelling 0.3 pickled (a file naming
``legacy_autograd.X`` is looked up as ``torch.X``).  Nothing else is ever
imported or looked up by the default loader: no dotted names, no attribute
walks, no ``getattr``/``eval``-like builtins.  A pair is resolved by importing
the package module (``torch.nn.modules.linear`` -> ``legacy_autograd.nn.
modules.linear``) and reading one entry of its namespace, except for the
pairs in ``SUBSTITUTES``, which name where this package implements them.
"""

_TYPES = ('Double', 'Float', 'Half', 'Byte', 'Char', 'Short', 'Int', 'Long')

# nn module classes (whole pickled models), at the module paths 0.3 used.
_NN_MODULES = {
    'activation': 'ELU Hardtanh LeakyReLU LogSigmoid LogSoftmax PReLU ReLU ReLU6 SELU Sigmoid '
                  'Softmax Softmax2d Softmin Softplus Softsign Tanh Tanhshrink Threshold',
    'batchnorm': 'BatchNorm1d BatchNorm2d',
    'container': 'ModuleList ParameterList Sequential',
    'conv': 'Conv1d Conv2d ConvTranspose1d ConvTranspose2d',
    'dropout': 'Dropout Dropout2d Dropout3d',
    'linear': 'Bilinear Linear',
    'loss': 'BCELoss BCEWithLogitsLoss CosineEmbeddingLoss CrossEntropyLoss HingeEmbeddingLoss '
            'KLDivLoss L1Loss MSELoss MarginRankingLoss MultiLabelSoftMarginLoss NLLLoss NLLLoss2d '
            'PoissonNLLLoss SmoothL1Loss',
    'module': 'Module',
    'padding': 'ConstantPad1d ConstantPad2d ReflectionPad1d ReflectionPad2d ReplicationPad1d '
               'ReplicationPad2d ZeroPad2d',
    'pooling': 'AdaptiveAvgPool2d AdaptiveMaxPool2d AvgPool1d AvgPool2d MaxPool1d MaxPool2d',
    'rnn': 'GRU GRUCell LSTM LSTMCell RNN RNNBase RNNCell',
    'sparse': 'Embedding',
}

# 0.3.1's losses added in issue 16 (h16nnrest)
_NN_MODULES['loss'] += ' MultiLabelMarginLoss MultiMarginLoss SoftMarginLoss TripletMarginLoss'
# 0.3.1's nn classes added in issue 16 (h16nnmod)
_NN_MODULES['activation'] += ' GLU Hardshrink RReLU Softshrink'
_NN_MODULES['batchnorm'] += ' BatchNorm3d'
_NN_MODULES['container'] += ' Container'
_NN_MODULES['conv'] += ' Conv3d ConvTranspose3d'
_NN_MODULES['distance'] = 'CosineSimilarity PairwiseDistance'
_NN_MODULES['dropout'] += ' AlphaDropout'
_NN_MODULES['instancenorm'] = 'InstanceNorm1d InstanceNorm2d InstanceNorm3d'
_NN_MODULES['normalization'] = 'CrossMapLRN2d'
_NN_MODULES['padding'] += ' ConstantPad3d ReplicationPad3d'
_NN_MODULES['pixelshuffle'] = 'PixelShuffle'
_NN_MODULES['pooling'] += (' AdaptiveAvgPool1d AdaptiveAvgPool3d AdaptiveMaxPool1d AdaptiveMaxPool3d'
                           ' AvgPool3d FractionalMaxPool2d LPPool1d LPPool2d MaxPool3d'
                           ' MaxUnpool1d MaxUnpool2d MaxUnpool3d')
_NN_MODULES['sparse'] += ' EmbeddingBag'
_NN_MODULES['upsampling'] = 'Upsample UpsamplingBilinear2d UpsamplingNearest2d'

# torch.legacy.nn (Lua-style) modules and criterions (issue 16, h16legacy): this package pickles them
# as torch.legacy.nn.<Name> (their __module__ is the package, see legacy/nn/__init__.py).
_LEGACY_NN = ('Threshold ReLU ReLU6 HardTanh Clamp ELU LeakyReLU Tanh Sigmoid Abs Exp Log Sqrt '
              'Square LogSigmoid SoftSign TanhShrink Power SoftPlus HardShrink SoftShrink '
              'AddConstant MulConstant SoftMax LogSoftMax SoftMin '
              'Container Sequential Concat ConcatTable ParallelTable '
              'Criterion MSECriterion AbsCriterion SmoothL1Criterion DistKLDivCriterion '
              'ClassNLLCriterion CrossEntropyCriterion BCECriterion '
              'Linear Bilinear Module Identity Copy Contiguous Reshape View '
              'Add CMul Mul CAddTable CSubTable CMulTable CDivTable JoinTable DotProduct MM '
              'Sum Mean Max Min Narrow Select Squeeze Unsqueeze Transpose Replicate GradientReversal '
              # the rest of 0.3.1's torch.legacy.nn (hlnn): every class 0.3.1 exported was picklable
              'Parallel DepthConcat FlattenTable NarrowTable SelectTable SplitTable '
              'MarginCriterion SoftMarginCriterion MultiMarginCriterion MultiLabelMarginCriterion '
              'MultiLabelSoftMarginCriterion HingeEmbeddingCriterion CosineEmbeddingCriterion '
              'MarginRankingCriterion L1HingeEmbeddingCriterion L1Cost WeightedMSECriterion '
              'SpatialClassNLLCriterion ClassSimplexCriterion MultiCriterion ParallelCriterion '
              'SpatialConvolution SpatialDilatedConvolution SpatialFullConvolution '
              'SpatialConvolutionLocal SpatialConvolutionMap SpatialFullConvolutionMap '
              'SpatialSubSampling TemporalConvolution TemporalSubSampling VolumetricConvolution '
              'VolumetricFullConvolution SpatialMaxPooling SpatialAveragePooling '
              'SpatialAdaptiveMaxPooling SpatialFractionalMaxPooling SpatialLPPooling '
              'SpatialMaxUnpooling SpatialUpSamplingNearest TemporalMaxPooling VolumetricMaxPooling '
              'VolumetricAveragePooling VolumetricMaxUnpooling BatchNormalization '
              'SpatialBatchNormalization VolumetricBatchNormalization Normalize SpatialSoftMax '
              'SpatialCrossMapLRN SpatialSubtractiveNormalization SpatialDivisiveNormalization '
              'SpatialContrastiveNormalization Dropout SpatialDropout VolumetricDropout RReLU PReLU '
              'Cosine CosineDistance Euclidean WeightedEuclidean PairwiseDistance LookupTable '
              'PartialLinear MV MixtureTable Index MaskedSelect L1Penalty Padding SpatialZeroPadding '
              'SpatialReflectionPadding SpatialReplicationPadding VolumetricReplicationPadding '
              'CriterionTable')

ALLOWED_GLOBALS = frozenset(
    [('torch', t + 'Tensor') for t in _TYPES]
    + [('torch', t + 'Storage') for t in _TYPES]
    # CUDA types named by 0.1/0.2 files (tar records, early storage ids): loaded as CPU types
    + [('torch.cuda', t + kind) for t in _TYPES for kind in ('Tensor', 'Storage')]
    + [('torch.nn.modules.' + mod, name)
       for mod, names in _NN_MODULES.items() for name in names.split()]
    + [('torch.legacy.nn', name) for name in _LEGACY_NN.split()]
    # ... and as 0.3.1 pickled them: each class in its own module torch.legacy.nn.<Name>, with
    # the THNN backend field ``_backend`` as torch._thnn.utils._unpickle_backend(<name>)
    + [('torch.legacy.nn.' + name, name) for name in _LEGACY_NN.split()]
    + [('torch._thnn.utils', '_unpickle_backend')]
    + [
        ('torch', 'Size'),
        # this package's own file format
        ('torch.tensor', '_rebuild_tensor'),
        ('torch.serialization', '_rebuild_tensor'),     # files of earlier versions
        ('torch.autograd.variable', '_rebuild_variable'),
        ('torch.nn.parameter', '_rebuild_parameter'),
        # whole models wrapped for the GPUs, or weight-normalised (their hook's plain state)
        ('torch.nn.parallel.data_parallel', 'DataParallel'),
        ('torch.nn.utils.weight_norm', 'WeightNorm'),
        # 0.2/0.3 files
        ('torch._utils', '_rebuild_tensor'),
        ('torch.autograd.variable', 'Variable'),
        ('torch.nn.parameter', 'Parameter'),
        ('torch.nn.backends.thnn', '_get_thnn_function_backend'),
        # plain Python data
        ('collections', 'OrderedDict'),
        ('builtins', 'set'),
        ('builtins', 'frozenset'),
        ('builtins', 'complex'),
        ('builtins', 'bytearray'),
        ('builtins', 'bytes'),          # protocol 2 writes b'' as bytes() (no arguments only)
        ('_codecs', 'encode'),          # how protocol 2 writes bytes (latin1 only, see SUBSTITUTES)
        # numpy arrays, dtypes and scalars (numpy 1.x and 2.x spellings)
        ('numpy', 'ndarray'),
        ('numpy', 'dtype'),
        ('numpy.core.multiarray', '_reconstruct'),
        ('numpy._core.multiarray', '_reconstruct'),
        ('numpy.core.multiarray', 'scalar'),
        ('numpy._core.multiarray', 'scalar'),
        ('numpy.core.numeric', '_frombuffer'),
        ('numpy._core.numeric', '_frombuffer'),
    ])

# Pairs not found at ``legacy_autograd.<module after 'torch'>.<name>``:
# 'package.module:attribute' strings, imported on first use.
SUBSTITUTES = {
    **{('torch.cuda', t + 'Tensor'): 'legacy_autograd.tensor:%sTensor' % t for t in _TYPES},
    **{('torch.cuda', t + 'Storage'): 'legacy_autograd.storage:%sStorage' % t for t in _TYPES},
    ('torch._utils', '_rebuild_tensor'): 'legacy_autograd.storage:rebuild_tensor_from_storage',
    **{('torch.legacy.nn.' + n, n): 'legacy_autograd.legacy.nn:' + n for n in _LEGACY_NN.split()},
    ('torch._thnn.utils', '_unpickle_backend'): 'legacy_autograd.legacy.nn._backend:unpickle_backend',
    ('torch.nn.backends.thnn', '_get_thnn_function_backend'):
        'legacy_autograd.legacy_format:thnn_function_backend',
    ('_codecs', 'encode'): 'legacy_autograd.safe_unpickler:latin1_encode',
    ('builtins', 'bytes'): 'legacy_autograd.safe_unpickler:empty_bytes',
    ('numpy', 'dtype'): 'legacy_autograd.safe_unpickler:np_dtype',
    ('numpy.core.multiarray', '_reconstruct'): 'legacy_autograd.safe_unpickler:np_reconstruct',
    ('numpy._core.multiarray', '_reconstruct'): 'legacy_autograd.safe_unpickler:np_reconstruct',
    ('numpy.core.multiarray', 'scalar'): 'legacy_autograd.safe_unpickler:np_scalar',
    ('numpy._core.multiarray', 'scalar'): 'legacy_autograd.safe_unpickler:np_scalar',
    ('numpy.core.numeric', '_frombuffer'): 'legacy_autograd.safe_unpickler:np_frombuffer',
    ('numpy._core.numeric', '_frombuffer'): 'legacy_autograd.safe_unpickler:np_frombuffer',
}
