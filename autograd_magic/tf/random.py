"""``tf.random``: random tensors from NumPy's generator.

The values are not TensorFlow's (its generator is different): code runs, numbers differ.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from . import dtypes as D
from ._array_ops import _shape_arg
from ._conversion import _np_dtype
from .tensor import Tensor, _wrap

__all__ = ["normal", "set_seed", "uniform"]

_rng = np.random.default_rng()


def set_seed(seed: int) -> None:
    """Make the following random tensors reproducible."""
    global _rng
    _rng = np.random.default_rng(seed)


def normal(
    shape: Any,
    mean: float = 0.0,
    stddev: float = 1.0,
    dtype: Any = D.float32,
    seed: Any = None,
    name: Any = None,
) -> Tensor:
    """Normally distributed values."""
    rng = _rng if seed is None else np.random.default_rng(seed)
    data = rng.normal(mean, stddev, _shape_arg(shape))
    return _wrap(np.asarray(data, dtype=_np_dtype(dtype)))


def uniform(
    shape: Any,
    minval: float = 0,
    maxval: Any = None,
    dtype: Any = D.float32,
    seed: Any = None,
    name: Any = None,
) -> Tensor:
    """Uniformly distributed values in [minval, maxval)."""
    rng = _rng if seed is None else np.random.default_rng(seed)
    want = _np_dtype(dtype)
    if want.kind in "iu":
        if maxval is None:
            raise ValueError("Must specify maxval for integer dtype")
        data = rng.integers(minval, maxval, _shape_arg(shape))
    else:
        data = rng.uniform(minval, 1.0 if maxval is None else maxval, _shape_arg(shape))
    return _wrap(np.asarray(data, dtype=want))
