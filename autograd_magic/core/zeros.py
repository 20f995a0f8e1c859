"""Efficient zero gradients: PyTorch's ``ZeroTensor`` as the engine keeps it.

PyTorch's derivative of ``sgn`` is not an ordinary tensor of zeros but a *ZeroTensor*, with
rules of its own that the derivative rules after it follow operation by operation:
``Z * x`` and ``Z / x`` are ZeroTensors (0 even where ``x`` is inf or NaN), ``x / Z`` is +inf
and ``Z / Z`` NaN everywhere, ``Z + Z`` is one and ``Z + x`` is ``x``; views of it (reshape,
expand, transpose, a slice) stay ZeroTensors; every other operation sees ordinary zeros
(``-Z`` is ``-0.``, ``where``, ``sum``, a cast and a copy give ordinary arrays). It becomes a
leaf's ``.grad`` as it is and cannot be changed in place (a second backward pass into that
``.grad`` raises "ZeroTensors are immutable").

The engine marks such a gradient by its array's type, ``ZeroArray``: a read-only array of
zeros whose NumPy operations follow those rules.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import numpy as np

# NumPy functions that make a view: of a ZeroArray, a ZeroArray (PyTorch's views keep it)
_VIEWS = frozenset(
    {
        np.broadcast_to,
        np.reshape,
        np.transpose,
        np.expand_dims,
        np.squeeze,
        np.moveaxis,
        np.swapaxes,
        np.ravel,
    }
)


def _plain(x: Any) -> Any:
    return x.view(np.ndarray) if type(x) is ZeroArray else x


class ZeroArray(np.ndarray):
    """A read-only array of zeros that marks an efficient zero gradient."""

    def __array_ufunc__(self, ufunc: Any, method: str, *inputs: Any, **kwargs: Any) -> Any:
        zeros = [type(x) is ZeroArray for x in inputs]
        plain = tuple(_plain(x) for x in inputs)
        if "out" in kwargs:
            kwargs["out"] = tuple(_plain(o) for o in kwargs["out"])
        elif method == "__call__" and len(inputs) == 2 and not kwargs:
            kept = _binary(ufunc, zeros, plain)
            if kept is not None:
                return kept
        return getattr(ufunc, method)(*plain, **kwargs)

    def __array_function__(self, func: Any, types: Any, args: Any, kwargs: Any) -> Any:
        plain_args = tuple(_plain(a) for a in args)
        out = func(*plain_args, **kwargs)
        if func in _VIEWS and isinstance(out, np.ndarray):
            return zero_array(out.shape, out.dtype)
        return out

    def astype(self, *args: Any, **kwargs: Any) -> np.ndarray:  # type: ignore[override]
        """A cast is a copy: ordinary zeros."""
        return self.view(np.ndarray).astype(*args, **kwargs)

    def copy(self, *args: Any, **kwargs: Any) -> np.ndarray:  # type: ignore[override]
        """A copy is ordinary zeros (PyTorch's ``clone`` of a ZeroTensor)."""
        return self.view(np.ndarray).copy(*args, **kwargs)


def _binary(ufunc: Any, zeros: list[bool], plain: tuple[Any, ...]) -> np.ndarray | None:
    """PyTorch's ZeroTensor rule for ``ufunc`` of two operands, or None (ordinary zeros)."""
    a, b = plain
    shape = np.broadcast_shapes(np.shape(a), np.shape(b))
    if ufunc is np.multiply:
        return zero_array(shape, np.result_type(a, b))
    if ufunc is np.true_divide:
        dtype = np.result_type(a, b, np.float32)
        if zeros[1]:
            return np.full(shape, np.nan if zeros[0] else np.inf, dtype)
        return zero_array(shape, dtype)
    if ufunc in (np.add, np.subtract) and all(zeros):
        return zero_array(shape, np.result_type(a, b))
    return None


def zero_array(shape: tuple[int, ...], dtype: Any) -> ZeroArray:
    """A new efficient zero of ``shape`` and ``dtype``."""
    a = np.zeros(shape, dtype).view(ZeroArray)
    a.flags.writeable = False
    return a


def materialized(kernel: Callable[..., Any]) -> Callable[..., Any]:
    """``kernel`` (a fused backward kernel of PyTorch's, such as ``mse_loss_backward``) with
    efficient zeros among its operands turned into ordinary zeros, as PyTorch's fallback for
    operations without a ZeroTensor rule does (so ``0 * inf`` is NaN there)."""

    @functools.wraps(kernel)
    def run(*args: Any, **kwargs: Any) -> Any:
        return kernel(*(_plain(a) for a in args), **kwargs)

    return run


def efficient_zeros_like(x: Any, like: Any) -> Any:
    """An efficient zero gradient with ``x``'s shape and dtype, of ``like``'s tensor class."""
    d = x._data
    return type(like)._wrap(zero_array(d.shape, d.dtype))
