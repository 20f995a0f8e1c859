"""``nn.Parameter``: a leaf tensor that requires grad, printed as PyTorch prints parameters."""

from __future__ import annotations

from typing import Any

import numpy as np

from ..tensor import Tensor


def Parameter(data: Tensor | None = None, requires_grad: bool = True) -> Tensor:  # noqa: N802
    """A leaf tensor sharing ``data``'s values that requires grad."""
    if data is None:
        data = Tensor._wrap(np.zeros((0,), np.float32))
    t = Tensor._wrap(data._data)
    t.requires_grad_(requires_grad)
    return t


__all__: list[Any] = ["Parameter"]
