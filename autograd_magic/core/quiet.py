"""NumPy's floating-point RuntimeWarnings, silenced for autograd_magic's own code only.

PyTorch and TensorFlow print nothing for ``1/x`` at 0 or ``sqrt(-1)``; NumPy warns ("divide
by zero encountered in ..."). NumPy attributes such a warning to the Python frame that called
the ufunc, so one ``warnings`` filter on RuntimeWarnings from autograd_magic's modules silences
exactly the engine's: a user's own NumPy code still warns. (``np.errstate`` around every
operation would cost 10-30% of a small operation.)

``warnings.catch_warnings()`` (pytest runs every test in one; a user may too) swaps in a copy
of the filter list and puts the old list back on exit, so a filter added inside is lost there.
``ensure`` is cheap enough for every operation (``apply`` calls it when the list object is not
the one it last checked) and puts the filter back at the front of a list that lacks it. A
user's later filters for all RuntimeWarnings (``simplefilter("error")``) still take precedence.
"""

from __future__ import annotations

import re
import warnings

MODULES = r"autograd_magic(\.|$)"
_PATTERN = re.compile(MODULES)
# the filter list ``ensure`` last checked (``warnings.filters`` is replaced, never copied into)
checked: list[object] = [None]


def ensure() -> None:
    """Add the filter to the current ``warnings.filters`` unless it is there already."""
    filters = warnings.filters
    for action, _message, category, module, _line in filters:
        if action == "ignore" and category is RuntimeWarning and module == _PATTERN:
            break
    else:
        warnings.filterwarnings("ignore", category=RuntimeWarning, module=MODULES)
    checked[0] = warnings.filters
