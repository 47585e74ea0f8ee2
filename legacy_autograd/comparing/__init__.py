"""How ``legacy-autograd compare`` reads and judges two outputs.

* :mod:`.printed_numbers` -- the number rule (precision actually printed, float tolerance);
* :mod:`.normalise` -- the one table of known legacy-vs-modern text differences;
* :mod:`.tokens` -- output as words, numbers and tensor printouts;
* :mod:`.stderr` -- warnings, the final exception and other stderr lines;
* :mod:`.verdict` -- the comparison and its report.

Running the scripts and the command line live in :mod:`legacy_autograd.compare`.
"""

from .normalise import TABLE, normalise_line
from .printed_numbers import Num, number_difference, parse_number
from .stderr import split_stderr
from .tokens import Token, tokenize_output
from .verdict import Comparison, Difference, compare_outputs, compare_runs

__all__ = ['TABLE', 'normalise_line', 'Num', 'number_difference', 'parse_number', 'split_stderr',
           'Token', 'tokenize_output', 'Comparison', 'Difference', 'compare_outputs',
           'compare_runs']
