"""Finite differences: the independent check every derivative rule is held to.

Used by the tests (every primitive, first and second order) and by the magic's table, whose
check column compares the engine's gradient with these numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np


def numerical_grad(
    f: Callable[..., float], args: Sequence[np.ndarray], i: int, eps: float = 1e-6
) -> np.ndarray:
    """d f(*args) / d args[i] by central differences, one element at a time (float64)."""
    args = [np.array(a, dtype=np.float64, copy=True) for a in args]
    x = args[i]
    out = np.zeros_like(x)
    flat = x.reshape(-1)
    grad = out.reshape(-1)
    for k in range(flat.size):
        old = flat[k]
        flat[k] = old + eps
        up = float(f(*args))
        flat[k] = old - eps
        down = float(f(*args))
        flat[k] = old
        grad[k] = (up - down) / (2 * eps)
    return out


def max_error(analytic: np.ndarray, numeric: np.ndarray) -> float:
    """The largest difference, relative to the size of the numbers (abs below 1)."""
    analytic = np.asarray(analytic, dtype=np.float64)
    numeric = np.asarray(numeric, dtype=np.float64)
    if analytic.shape != numeric.shape:
        raise ValueError(f"shapes differ: {analytic.shape} vs {numeric.shape}")
    if analytic.size == 0:
        return 0.0
    scale = np.maximum(1.0, np.abs(numeric))
    return float(np.max(np.abs(analytic - numeric) / scale))


def check_close(
    analytic: np.ndarray, numeric: np.ndarray, tol: float = 1e-5, what: str = "gradient"
) -> None:
    """Raise AssertionError, showing both, when ``analytic`` and ``numeric`` disagree."""
    err = max_error(analytic, numeric)
    if not err <= tol:
        raise AssertionError(
            f"{what} disagrees with finite differences (max error {err:.3g} > {tol:g}):\n"
            f"engine:    {np.asarray(analytic)!r}\nnumerical: {np.asarray(numeric)!r}"
        )
