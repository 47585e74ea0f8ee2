"""The number rule of ``legacy-autograd compare``: when two printed numbers agree.

A printed number is kept as its exact decimal value (``decimal.Decimal`` of the
text, times the ``1.00000e-02 *`` scale header of a 0.3 printout) together with
the *quantum* it was rounded to, which depends on the printer:

* inside a tensor printout (0.3 rows, modern ``tensor(...)``) a number with
  decimals was rounded by the tensor formatter to its last printed digit:
  ``1.2346`` has quantum ``1e-4``, ``1.0000e-05`` ``1e-9``, ``5.1902`` under a
  ``1.00000e-02 *`` header ``1e-6``; a number without decimals (``1``, ``1.``)
  is printed only when every element is an integer, so it is exact;
* anywhere else (``print(loss.item())``, ``'%.4f' % x``, an integer) the text is
  taken as exact: Python prints the shortest text that reads back as the same
  float, so ``0.1`` is not "0.1 give or take 0.05", and a format string prints
  the same digits on both sides of a faithful port.

A printed number stands for the values that print as it: a point for an exact
number, ``value +- quantum / 2`` for a rounded one.  Two numbers agree when
their prints are consistent with values closer than the float tolerance
``atol + rtol * max(|a|, |b|)`` (values computed in a different order), that is
when the gap between those ranges is below it:

* an exact number against a rounded one: the exact one, rounded to the other's
  digits, must give it (half-way may round either way), or be within the
  tolerance of that range;
* two exact numbers (``0.1`` vs ``0.149``, ``7.5`` vs ``7.539999961853027``):
  plain difference against the tolerance -- no slack for the digits;
* two rounded numbers (both printed by tensor printers): the ranges must be
  within the tolerance, so ``0.1412`` vs ``0.1413`` (float32 values
  ``0.14124998`` and ``0.14125001`` on either side of a rounding boundary)
  agree while ``0.1412`` vs ``0.1414`` do not; with ``rtol = atol = 0`` two
  different rounded numbers never agree.

Integers (integer text outside a printout, elements of integer tensors) get no
tolerance: they are equal or different.
"""

import decimal
from decimal import Decimal

__all__ = ['Num', 'parse_number', 'number_difference']

_CTX = decimal.Context(prec=60)
_SPECIAL = {'nan': 'nan', '+nan': 'nan', '-nan': 'nan', 'inf': 'inf', '+inf': 'inf',
            '-inf': '-inf'}


class Num(object):
    """One printed number: ``text``, exact ``value`` (Decimal), ``quantum`` (Decimal, 0 = exact),
    ``integer`` (True for integer quantities, compared exactly), ``line`` (1-based)."""

    __slots__ = ('text', 'value', 'quantum', 'integer', 'line')

    def __init__(self, text, value, quantum, integer, line):
        self.text = text
        self.value = value
        self.quantum = quantum
        self.integer = integer
        self.line = line

    @property
    def special(self):
        return not self.value.is_finite()

    def __float__(self):
        return float(self.value)

    def precision(self):
        """'exact' or the printed step, e.g. '1e-4'."""
        if not self.quantum:
            return 'exact'
        return '{:.0e}'.format(self.quantum).replace('e-0', 'e-').replace('e+0', 'e+')

    def __repr__(self):
        return 'Num({}, quantum {}, line {})'.format(self.text, self.precision(), self.line)


def parse_number(text, line=0, rounded=False, scale=None, integer=None):
    """A :class:`Num` from its printed ``text``.

    ``rounded``: printed by a tensor formatter (its decimals are a rounding);
    ``scale``: the Decimal factor of a 0.3 scale header; ``integer``: force the
    integer flag (else: integer text outside a printout).
    """
    low = text.lower()
    if low in _SPECIAL:
        return Num(text, Decimal(_SPECIAL[low]), Decimal(0), False, line)
    value = Decimal(text)
    mant = low.lstrip('+-').partition('e')[0]
    has_point = '.' in mant
    decimals = len(mant.partition('.')[2])
    if integer is None:
        integer = not has_point and 'e' not in low and not rounded
    quantum = Decimal(0)
    if rounded and decimals:
        quantum = Decimal((0, (1,), value.as_tuple().exponent))
    if scale is not None:
        value = _CTX.multiply(value, scale)
        quantum = _CTX.multiply(quantum, scale)
    return Num(text, value, quantum, integer, line)


def _tolerance(a, b, rtol, atol):
    return Decimal(repr(float(atol))) + Decimal(repr(float(rtol))) * max(abs(a.value),
                                                                        abs(b.value))


def number_difference(a, b, rtol, atol):
    """None if ``a`` and ``b`` agree, else a dict describing the difference.

    ``gap`` is how far apart the two numbers are *at least*: the distance
    between the values they can stand for (``value +- quantum / 2``; a single
    point for an exact number).  They agree when those ranges overlap, when an
    exact number lies on the edge of the other's range (half-way rounds either
    way), or, for
    floating-point values, when ``gap < atol + rtol * max(|a|, |b|)``.  The dict
    has ``gap``, ``tolerance`` (None for integers) and ``why`` (one line).
    """
    if a.special or b.special:
        if a.value.is_nan() and b.value.is_nan():
            return None
        if not a.value.is_nan() and not b.value.is_nan() and a.value == b.value:
            return None
        return {'gap': None, 'tolerance': None, 'why': '{} vs {}'.format(a.text, b.text)}
    diff = abs(_CTX.subtract(a.value, b.value))
    if diff == 0:
        return None
    raw = diff - (a.quantum + b.quantum) / 2
    if raw < 0 or (raw == 0 and (not a.quantum or not b.quantum)):
        return None     # the ranges overlap, or an exact number half-way between two steps
    gap = raw
    if not a.quantum and not b.quantum:
        at = 'both printed exactly'
    else:
        at = 'printed to {} vs {}, at least {} apart'.format(a.precision(), b.precision(),
                                                             _short(gap))
    if a.integer or b.integer:
        return {'gap': gap, 'tolerance': None,
                'why': 'integers must be equal: difference {} ({})'.format(_short(diff), at)}
    tol = _tolerance(a, b, rtol, atol)
    if gap < tol:
        return None
    return {'gap': gap, 'tolerance': tol,
            'why': 'difference {} ({}) exceeds the float tolerance {} = atol {:g} + rtol {:g} '
                   'x {}'.format(_short(diff), at, _short(tol), atol, rtol,
                                 _short(max(abs(a.value), abs(b.value))))}


def _short(d):
    return '{:.3g}'.format(float(d))
