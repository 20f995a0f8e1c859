"""Result dtypes for mixed operands (the primitives' ``'promote'`` rule).

Python scalars are "weak": they never widen a tensor of their own category (``x_f32 * 2.0`` stays
float32). Among tensors, those with dimensions outrank zero-dimensional ones of the same
category. Categories rank bool < integer < floating.
"""

from __future__ import annotations

import numpy as np

DEFAULT_FLOAT = np.dtype(np.float32)
DEFAULT_INT = np.dtype(np.int64)
BOOL = np.dtype(np.bool_)


def category(dt: np.dtype) -> int:
    """0 for bool, 1 for integers, 2 for floating point."""
    kind = dt.kind
    return 2 if kind == "f" else 0 if kind == "b" else 1


def _scalar_category(value: object) -> int:
    if isinstance(value, (bool, np.bool_)):
        return 0
    if isinstance(value, (int, np.integer)):
        return 1
    return 2


def result_type(arrays: list[np.ndarray], scalars: list[object]) -> np.dtype:
    """The dtype of an elementwise result of tensors ``arrays`` and Python scalars ``scalars``."""
    best = -1
    dimmed: list[np.dtype] = []
    zerod: list[np.dtype] = []
    for a in arrays:
        dt = a.dtype
        c = category(dt)
        if c > best:
            best = c
            dimmed, zerod = [], []
        if c == best:
            (dimmed if a.ndim else zerod).append(dt)
    scalar_best = max((_scalar_category(s) for s in scalars), default=-1)
    if scalar_best > best:
        return DEFAULT_FLOAT if scalar_best == 2 else DEFAULT_INT if scalar_best == 1 else BOOL
    group = dimmed or zerod
    dt = group[0]
    for other in group[1:]:
        if other != dt:
            dt = np.promote_types(dt, other)
    return dt
