"""TensorFlow's functions at the top of ``tf`` (``tf.linspace``, ``tf.reduce_sum``...).

They live by concern in ``_array_ops`` (creation, shapes, joins, selection) and ``_math_ops``
(elementwise functions, comparisons, reductions; ``tf.math``); this module gathers them. Each
module's ``__all__`` is the one list of the names it exports.
"""

from __future__ import annotations

from . import _array_ops, _math_ops
from ._array_ops import *  # noqa: F403
from ._math_ops import *  # noqa: F403
from .tensor import matmul

# TensorFlow 2 has ``tf.math.log`` but no ``tf.log``.
_MATH_ONLY = frozenset({"log"})

__all__ = [
    *_array_ops.__all__,
    *(n for n in _math_ops.__all__ if n not in _MATH_ONLY),
    "matmul",
]
