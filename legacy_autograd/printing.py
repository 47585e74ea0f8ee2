"""The PyTorch 0.3 tensor printer, re-implemented on numpy.

``format_tensor(array, typename, device=None)`` returns exactly the text that
``repr(tensor)`` returned in PyTorch 0.2.0 - 0.3.1 (the format that ends in
``[torch.FloatTensor of size 2x3]``).  The algorithm follows section 1 of the
project's legacy-reference specification; ``docs/printing.md`` explains it in
prose.  Nothing here is copied from PyTorch.

Design notes
------------
* The choice of number format looks at *every* element, like 0.3 did, but it
  is done with a handful of numpy reductions (abs, isfinite, floor, min, max),
  never with a Python loop over the elements.
* Only the elements that actually appear in the text are converted to Python
  floats and passed through ``str.format`` (float32/float16 are widened to
  double first, exactly as ``tensor.tolist()`` did in 0.3).
* Print options live in the module-level ``PRINT_OPTS`` object and are changed
  with ``set_printoptions``.
"""

import math

import numpy as np
from .quiet import quietly

__all__ = ["PRINT_OPTS", "set_printoptions", "format_tensor"]


# ---------------------------------------------------------------------------
# print options


class _PrintOptions(object):
    """Mutable holder of the four 0.3 print options."""

    __slots__ = ("precision", "threshold", "edgeitems", "linewidth")

    def __init__(self):
        self.precision = 4
        self.threshold = 1000
        self.edgeitems = 3
        self.linewidth = 80

    def __repr__(self):
        return "PrintOptions(precision={}, threshold={}, edgeitems={}, linewidth={})".format(
            self.precision, self.threshold, self.edgeitems, self.linewidth
        )


PRINT_OPTS = _PrintOptions()

# profile name -> (precision, threshold, edgeitems, linewidth)
_PROFILES = {
    "default": (4, 1000, 3, 80),
    "short": (2, 1000, 2, 80),
    "full": (4, float("inf"), 3, 80),
}


def set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None, profile=None):
    """Change the module-level print options, like ``torch.set_printoptions`` in 0.3.

    A known ``profile`` ("default", "short", "full") first resets all four
    options; an unknown profile name is silently ignored.  Then every argument
    that is not None overrides the corresponding option.
    """
    if isinstance(profile, str) and profile in _PROFILES:
        (PRINT_OPTS.precision, PRINT_OPTS.threshold,
         PRINT_OPTS.edgeitems, PRINT_OPTS.linewidth) = _PROFILES[profile]
    if precision is not None:
        PRINT_OPTS.precision = precision
    if threshold is not None:
        PRINT_OPTS.threshold = threshold
    if edgeitems is not None:
        PRINT_OPTS.edgeitems = edgeitems
    if linewidth is not None:
        PRINT_OPTS.linewidth = linewidth


# ---------------------------------------------------------------------------
# small helpers

_VDOTS = "\u22ee"  # vertical ellipsis, used between omitted rows / slices
_DDOTS = "\u22f1"  # down-right diagonal ellipsis, used in the corner of a matrix

# 0.3 never lets the scale exponent drop below log10 of the smallest positive
# (denormal) double, rounded up: ceil(log10(4.94e-324)) = -323.
_MIN_LOG_SCALE = -323


def _center(text, width):
    """Centre ``text`` in ``width`` columns like ``'{:^width}'.format(text)``.

    Odd padding puts the extra space on the right.  A width that is too small
    (even negative) returns the text unchanged instead of raising.
    """
    pad = width - len(text)
    if pad <= 0:
        return text
    left = pad // 2
    return " " * left + text + " " * (pad - left)


def _digits_before_point(value):
    """floor(log10(value)) + 1, with 0 mapped to 1 (value is a finite float >= 0)."""
    if value == 0:
        return 1
    return int(math.floor(math.log10(value))) + 1


def _edge_positions(length, n):
    """Positions kept at the start and at the end when a dimension is summarised.

    Python slice semantics on purpose (``[:n]`` and ``[-n:]``), as 0.3 sliced
    its tensors; in particular ``[-0:]`` is the whole range.
    """
    positions = range(length)
    return list(positions[:n]), list(positions[-n:])


class _NumberFormat(object):
    """Result of the format selection: a format string, a scale and a field width."""

    __slots__ = ("fmt", "scale", "sz")

    def __init__(self, fmt, scale, sz):
        self.fmt = fmt
        self.scale = scale
        self.sz = sz

    @property
    def scaled(self):
        return self.scale != 1

    def header(self):
        """The scale line printed above scaled numbers, e.g. ``1.00000e-02 *``."""
        return "{:.5e} *\n".format(self.scale)

    def to_strings(self, values):
        """Format every element of ``values`` (ndarray, any shape).

        Returns nested Python lists of strings with the array's shape.
        """
        as_double = np.asarray(values, dtype=np.float64)
        if self.scale != 1:
            as_double = as_double / self.scale
        fmt = self.fmt.format
        if as_double.ndim == 1:
            return [fmt(v) for v in as_double.tolist()]
        return [[fmt(v) for v in row] for row in as_double.tolist()]


def _choose_format(array, min_sz=-1):
    """Pick (format, scale, width) for a whole tensor (spec 1.3).

    Vectorised: the data are only touched by numpy reductions.
    """
    min_sz = max(min_sz, 2)
    prec = PRINT_OPTS.precision

    if array.dtype.kind in "iub":
        # Integer tensors: always whole numbers, never nan/inf.  Only the
        # largest magnitude matters (in int mode exp_min is never used).  The
        # conversion to double happens before abs/max, like 0.3's copy into a
        # DoubleTensor, so huge int64 values round the same way.
        int_mode = True
        if array.size:
            lo = abs(float(array.min()))
            hi = abs(float(array.max()))
            largest = max(lo, hi)
            smallest = 0.0  # unused in int mode
        else:
            largest = smallest = 0.0
    else:
        magnitudes = np.abs(array)
        finite = np.isfinite(magnitudes)
        if not finite.all():
            # nan/inf are replaced by the first valid entry (which cannot change
            # min, max or integrality) or by 0 when nothing is valid; either way
            # the field gets at least 3 columns for "nan"/"inf".
            min_sz = max(min_sz, 3)
            magnitudes = magnitudes[finite]
        if magnitudes.size == 0:
            largest = smallest = 0.0
            int_mode = True
        else:
            largest = float(magnitudes.max())
            smallest = float(magnitudes.min())
            int_mode = bool(np.all(np.floor(magnitudes) == magnitudes))

    exp_min = _digits_before_point(smallest)
    exp_max = _digits_before_point(largest)

    scale = 1
    if int_mode:
        if exp_max > prec + 1:
            fmt = "{:11." + str(prec) + "e}"
            sz = max(min_sz, 7 + prec)
        else:
            sz = max(min_sz, exp_max + 1)
            fmt = "{:" + str(sz) + ".0f}"
    elif exp_max - exp_min > prec:
        # scientific notation
        sz = 7 + prec
        if abs(exp_max) > 99 or abs(exp_min) > 99:
            sz += 1
        sz = max(min_sz, sz)
        fmt = "{:" + str(sz) + "." + str(prec) + "e}"
    else:
        if exp_max > prec + 1 or exp_max < 0:
            # fixed point under a common power-of-ten scale
            sz = max(min_sz, 7)
            scale = math.pow(10, max(exp_max - 1, _MIN_LOG_SCALE))
        else:
            # plain fixed point; the widths assume 4 decimals whatever the precision
            sz = 7 if exp_max == 0 else exp_max + 6
            sz = max(min_sz, sz)
        fmt = "{:" + str(sz) + "." + str(prec) + "f}"
    return _NumberFormat(fmt, scale, sz)


# ---------------------------------------------------------------------------
# 1-D


def _vector_str(vector):
    nf = _choose_format(vector)
    parts = []
    prefix = ""
    if nf.scaled:
        parts.append(nf.header())
        prefix = " "
    if vector.shape[0] < PRINT_OPTS.threshold:
        lines = [prefix + s for s in nf.to_strings(vector)]
        parts.append("\n".join(lines) + "\n")
    else:
        n = PRINT_OPTS.edgeitems
        head, tail = _edge_positions(vector.shape[0], n)
        # Lines are joined with newlines, head and tail separately, so an
        # empty head (edgeitems=0) leaves an empty line before the dots, as in 0.3.
        parts.append("\n".join(prefix + s for s in nf.to_strings(vector[head])) + "\n")
        parts.append(prefix + _center(_VDOTS, nf.sz) + "\n")
        parts.append("\n".join(prefix + s for s in nf.to_strings(vector[tail])) + "\n")
    return "".join(parts)


# ---------------------------------------------------------------------------
# 2-D


def _columns_per_line(indent, sz):
    room = PRINT_OPTS.linewidth - len(indent)
    if isinstance(room, float) and not math.isfinite(room):
        return 1 if room < 0 else 1 << 62
    per_line = int(math.floor(room / (sz + 1)))
    # 0.3 would never finish (it loops forever) when not even one column fits;
    # we print one column per block instead.
    return max(per_line, 1)


def _matrix_str(matrix, indent="", nf=None, force_truncate=False):
    nrows, ncols = matrix.shape
    n = PRINT_OPTS.edgeitems
    has_hdots = ncols > 2 * n
    has_vdots = nrows > 2 * n
    full_mat = not has_hdots and not has_vdots
    if nf is None:
        # quirk: anything with more than 2*edgeitems rows or columns gets a
        # minimum field width of 5
        nf = _choose_format(matrix, 0 if full_mat else 5)
    sz = nf.sz
    parts = []

    if not force_truncate and (matrix.size < PRINT_OPTS.threshold or full_mat):
        rows = nf.to_strings(matrix)
        per_line = _columns_per_line(indent, sz)
        split = per_line < ncols
        row_prefix = indent + (" " if nf.scaled else "")
        first = 0
        while first < ncols:
            last = min(first + per_line - 1, ncols - 1)
            if split:
                # quirk: the blank line is skipped only when first == 1
                if first != 1:
                    parts.append("\n")
                parts.append("Columns {} to {} \n".format(first, last) + indent)
            if nf.scaled:
                parts.append(nf.header())
            for row in rows:
                parts.append(row_prefix + " ".join(row[first:last + 1]) + "\n")
            first = last + 1
        return "".join(parts)

    # summarised branch: no column blocks, no extra space after a scale header
    if nf.scaled:
        parts.append(nf.header())
    row_pos = list(range(nrows))
    col_pos = list(range(ncols))
    if has_vdots:
        top, bottom = _edge_positions(nrows, n)
    else:
        top, bottom = row_pos, []
    if has_hdots:
        left, right = _edge_positions(ncols, n)
        col_pos = left + right
        split_at = len(left)
    strings = nf.to_strings(matrix[np.ix_(top + bottom, col_pos)])

    def render(row):
        if has_hdots:
            return (indent + " ".join(row[:split_at]) + "  ...  "
                    + " ".join(row[split_at:]) + "\n")
        return indent + " ".join(row) + "\n"

    top_rows = [render(r) for r in strings[:len(top)]]
    bottom_rows = [render(r) for r in strings[len(top):]]
    parts.extend(top_rows)
    if has_vdots:
        if has_hdots:
            dots = _center("...", (sz + 1) * n - 1)
            parts.append(indent + dots + " " + _center(_DDOTS, 5) + " " + dots + "\n")
        else:
            # The vertical dots are centred, without any indent, in the length
            # of the matrix's first row rendered without indent but with its
            # newline.
            first_row = nf.to_strings(matrix[0])
            width = len(" ".join(first_row)) + 1
            parts.append(_center(_VDOTS, width) + "\n")
        parts.extend(bottom_rows)
    return "".join(parts)


# ---------------------------------------------------------------------------
# 3-D and more


def _tensor_str(tensor):
    shape = tensor.shape
    n = PRINT_OPTS.edgeitems
    has_hdots = shape[-1] > 2 * n
    has_vdots = shape[-2] > 2 * n
    full_mat = not has_hdots and not has_vdots
    nf = _choose_format(tensor, 0 if full_mat else 3)
    print_dots = tensor.size >= PRINT_OPTS.threshold
    dim_sz = max(2, max(len(str(s)) for s in shape))

    lead = shape[:-2]
    k = len(lead)
    counter = [0] * k
    counter[-1] = -1
    parts = []
    while True:
        # advance the odometer over the leading indices (last one fastest)
        skipped = [False] * k
        restarted = [False] * k
        finished = False
        for i in range(k - 1, -1, -1):
            counter[i] += 1
            if print_dots and counter[i] == n and lead[i] > 2 * n:
                counter[i] = lead[i] - n
                skipped[i] = True
            if counter[i] == lead[i]:
                if i == 0:
                    finished = True
                counter[i] = 0
                restarted[i] = True
            else:
                break
        if finished:
            break
        if print_dots:
            if any(skipped):
                parts.append("".join(_center("..." if s else "", dim_sz + 1) for s in skipped) + "\n")
            if any(restarted):
                parts.append(" " + "".join(_center(_VDOTS if r else "", dim_sz + 1) for r in restarted)
                             + "\n")
        if parts:
            parts.append("\n")
        parts.append("(" + ",".join(_center(str(i), dim_sz) for i in counter) + ",.,.) = \n")
        parts.append(_matrix_str(tensor[tuple(counter)], " ", nf, print_dots))
    return "".join(parts)


# ---------------------------------------------------------------------------
# entry point


@quietly         # numpy's warnings stay inside (quiet.py)
def format_tensor(array, typename, device=None):
    """Return the 0.3 ``repr`` text of a dense tensor holding ``array``.

    ``array``: numpy array (uint8, int8, int16, int32, int64, float16, float32
    or float64; any number of dimensions; views are fine).  ``typename``: e.g.
    ``'torch.FloatTensor'``.  ``device``: None on CPU, else the GPU index,
    which adds `` (GPU k)`` to the footer.
    """
    array = np.asarray(array)
    if array.dtype == np.bool_:
        array = array.astype(np.uint8)
    if array.size == 0:
        return "[" + typename + " with no dimension]\n"
    if array.ndim == 0:
        array = array.reshape(1)

    if array.ndim == 1:
        body = _vector_str(array)
    elif array.ndim == 2:
        body = _matrix_str(array)
    else:
        body = _tensor_str(array)

    footer = "[" + typename + " of size " + "x".join(str(s) for s in array.shape)
    if device is not None:
        if isinstance(device, str):
            footer += " (" + device + ")"
        else:
            footer += " (GPU {})".format(device)
    return "\n" + body + footer + "]\n"
