"""The eight 0.3 tensor types: names, numpy dtypes and properties.

One table, read by the tensor classes, the printer, the type checks and the
serializer.  A legacy type is identified by its name without the module
(``'Float'``), its full name (``'torch.FloatTensor'``) or its numpy dtype.
"""
import numpy as np


class TypeInfo(object):
    __slots__ = ('short', 'typename', 'dtype', 'is_floating', 'is_signed', 'has_float_math')

    def __init__(self, short, dtype, is_floating, is_signed):
        self.short = short                      # 'Float'
        self.typename = 'torch.%sTensor' % short  # 'torch.FloatTensor'
        self.dtype = np.dtype(dtype)
        self.is_floating = is_floating
        self.is_signed = is_signed
        # 0.3.1's floating-point-only ops (exp, mean, pow, ...) exist for Float and Double
        # (CPU HalfTensor had no math at all): ops/type_support.py
        self.has_float_math = short in ('Float', 'Double')

    def __repr__(self):
        return '<legacy type %s>' % self.typename


TYPES = [
    TypeInfo('Double', np.float64, True, True),
    TypeInfo('Float', np.float32, True, True),
    TypeInfo('Half', np.float16, True, True),
    TypeInfo('Byte', np.uint8, False, False),
    TypeInfo('Char', np.int8, False, False),     # 0.3.1: CharTensor.is_signed() is False ('TODO')
    TypeInfo('Short', np.int16, False, True),
    TypeInfo('Int', np.int32, False, True),
    TypeInfo('Long', np.int64, False, True),
]

BY_SHORT = {t.short: t for t in TYPES}
BY_TYPENAME = {t.typename: t for t in TYPES}
BY_DTYPE = {t.dtype: t for t in TYPES}
