"""``torch.autograd``: ``backward`` into ``.grad`` and the functional ``grad`` that returns
(both defined in ``tensor.py``, next to ``Tensor.backward``), and ``functional``."""

from __future__ import annotations

from ..tensor import backward, grad
from . import functional

__all__ = ["backward", "functional", "grad"]
