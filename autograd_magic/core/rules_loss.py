"""Loss functions: their NumPy forwards and PyTorch's derivative rules.

``mse_loss``'s rule is PyTorch's ``mse_loss_backward`` kernel, a primitive with its own
derivatives (``mse_loss_double_backward``); ``nll_loss``'s picks the target classes.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .errors import ZeroTensorChanged, to_raise
from .ops import (
    broadcast_to,
    div,
    mul,
    ndim_of,
    neg,
    scatter,
    shape_of,
)
from .tensor import Tensor
from .zeros import ZeroArray


def nll_forward(logp: np.ndarray, target: np.ndarray, reduction: str = "mean") -> np.ndarray:
    if ndim_of(logp) == 1:
        return -logp[target]
    picked = -logp[np.arange(shape_of(logp)[0]), target]
    if reduction == "none":
        return picked
    return picked.sum() if reduction == "sum" else picked.mean()


def nll_rule(g: Any, ans: Any, logp: Any, target: Any, reduction: str = "mean") -> Any:
    t = target._data if isinstance(target, Tensor) else np.asarray(target)
    if ndim_of(logp) == 1:
        return scatter(neg(g), t, shape_of(logp))
    rows = np.arange(shape_of(logp)[0])
    if reduction == "mean":
        g = div(g, shape_of(logp)[0])
    if reduction != "none":
        g = broadcast_to(g, (shape_of(logp)[0],))
    return scatter(neg(g), (rows, t), shape_of(logp))


def mse_forward(a: np.ndarray, b: np.ndarray, reduction: str = "mean") -> np.ndarray:
    sq = np.square(a - b)
    return sq if reduction == "none" else sq.sum() if reduction == "sum" else sq.mean()


def _mse_scale(a: Any, b: Any, reduction: str) -> float:
    """PyTorch's ``norm`` of mse_loss's backward: 2, or 2/N for the mean over N elements."""
    if reduction != "mean":
        return 2.0
    return 2.0 / int(np.prod(np.broadcast_shapes(shape_of(a), shape_of(b)), dtype=np.int64))


def mse_backward_forward(
    g: np.ndarray, a: np.ndarray, b: np.ndarray, reduction: str = "mean"
) -> np.ndarray:
    """PyTorch's ``mse_loss_backward`` kernel: ``norm * (a - b) * g``, in ``a``'s dtype."""
    scale = np.asarray(_mse_scale(a, b, reduction), a.dtype)
    return np.multiply(np.multiply(scale, np.subtract(a, b)), g)


def mse_double(gg: Any, g: Any, a: Any, b: Any, reduction: str) -> Any:
    """PyTorch's ``mse_loss_double_backward(gg * g, a)``: ``2 * gg * g``, over N for a mean."""
    out = mul(mul(gg, g), 2.0)
    if reduction == "mean":
        if type(out._data) is ZeroArray:  # PyTorch divides in place: refused for a ZeroTensor
            raise to_raise(ZeroTensorChanged(), type(g))
        out = div(out, int(np.prod(np.broadcast_shapes(shape_of(a), shape_of(b)), dtype=np.int64)))
    return out
