"""Finite differences: the independent check every derivative rule is held to.

Used by the tests (every primitive, first and second order) and by the magic's table, whose
check column compares the engine's gradient with these numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

import numpy as np


def partial_derivatives(
    f: Callable[[np.ndarray], float],
    x: np.ndarray,
    eps: float = 1e-6,
    elements: Iterable[int] | None = None,
    relative: bool = False,
) -> Iterator[tuple[int, float]]:
    """``(k, d f(x) / d x.flat[k])`` by central differences, for each ``k`` of ``elements``.

    ``x`` is a writable C-ordered float64 array, nudged in place (element ``k`` to ``x_k + h``,
    then ``x_k - h``, then back) and passed to ``f`` each time. The step ``h`` is ``eps``, or
    with ``relative`` ``eps * max(1, |x_k|)``. ``elements`` defaults to every element; the
    pairs come one at a time, so a caller may stop early.
    """
    if not (x.flags.c_contiguous and x.flags.writeable):
        raise ValueError("partial_derivatives nudges x in place: give a writable C-ordered array")
    flat = x.reshape(-1)  # a view of x
    for k in range(flat.size) if elements is None else elements:
        old = flat[k]
        h = eps * max(1.0, abs(float(old))) if relative else eps
        flat[k] = old + h
        up = float(f(x))
        flat[k] = old - h
        down = float(f(x))
        flat[k] = old
        yield k, (up - down) / (2 * h)


def numerical_grad(
    f: Callable[..., float], args: Sequence[np.ndarray], i: int, eps: float = 1e-6
) -> np.ndarray:
    """d f(*args) / d args[i] by central differences, one element at a time (float64)."""
    args = [np.array(a, dtype=np.float64, copy=True) for a in args]
    out = np.zeros_like(args[i])
    grad = out.reshape(-1)
    for k, d in partial_derivatives(lambda _: f(*args), args[i], eps):
        grad[k] = d
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
