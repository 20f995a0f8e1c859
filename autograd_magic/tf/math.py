"""``tf.math``: the elementwise functions, comparisons and reductions (``tf.math.log``...)."""

from __future__ import annotations

from . import _math_ops
from ._math_ops import *  # noqa: F403

__all__ = list(_math_ops.__all__)
