"""``torch.return_types``: the named tuples ``max(dim)`` and ``min(dim)`` return.

They print as PyTorch prints them::

    torch.return_types.max(
    values=tensor([3., 5.]),
    indices=tensor([1, 0]))
"""

from __future__ import annotations

import collections
from typing import Any


def _named(name: str) -> type:
    base = collections.namedtuple(name, ["values", "indices"])  # noqa: PYI024

    def __repr__(self: Any) -> str:  # noqa: N807
        return f"torch.return_types.{name}(\nvalues={self.values!r},\nindices={self.indices!r})"

    cls = type(name, (base,), {"__slots__": (), "__repr__": __repr__, "__str__": __repr__})
    cls.__module__ = "torch.return_types"
    return cls


max = _named("max")  # noqa: A001
min = _named("min")  # noqa: A001

__all__ = ["max", "min"]
