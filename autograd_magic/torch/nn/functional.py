"""``torch.nn.functional``: activations and the losses a first course trains with."""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np

from ...core import primitives as P
from ...core.tensor import Tensor as CoreTensor
from ..calls import _binary, _op
from ..tensor import Tensor

_REDUCTIONS = ("mean", "sum", "none")


def relu(x: Tensor, inplace: bool = False) -> Tensor:
    """max(x, 0); with ``inplace=True`` it changes ``x`` and returns it (``relu_``)."""
    return x.relu_() if inplace else x.relu()


def sigmoid(x: Tensor) -> Tensor:
    return x.sigmoid()


def tanh(x: Tensor) -> Tensor:
    return x.tanh()


def softmax(x: Tensor, dim: int | None = None, dtype: Any = None) -> Tensor:
    return (x if dtype is None else x.to(dtype)).softmax(-1 if dim is None else dim)


def log_softmax(x: Tensor, dim: int | None = None, dtype: Any = None) -> Tensor:
    return (x if dtype is None else x.to(dtype)).log_softmax(-1 if dim is None else dim)


def _check_reduction(reduction: str) -> None:
    if reduction not in _REDUCTIONS:
        raise ValueError(f"{reduction} is not a valid value for reduction")


def mse_loss(input: Tensor, target: Tensor, reduction: str = "mean") -> Tensor:  # noqa: A002
    """Mean (or sum) of squared differences."""
    _check_reduction(reduction)
    if input._data.shape != target._data.shape:
        warnings.warn(
            f"Using a target size ({target.shape}) that is different to the input size "
            f"({input.shape}). This will likely lead to incorrect results due to broadcasting. "
            "Please ensure they have the same size.",
            UserWarning,
            stacklevel=2,
        )
        try:
            shape = np.broadcast_shapes(input._data.shape, target._data.shape)
        except ValueError:
            return _binary("mse_loss", P.MSE_LOSS, input, target)  # PyTorch's size error
        # PyTorch broadcasts the two first (``broadcast_tensors``): an ExpandBackward0 node for
        # each operand of another shape, whose expanded view the loss saves
        if input._data.shape != shape:
            input = input.expand(*shape)  # noqa: A001
        if target._data.shape != shape:
            target = target.expand(*shape)
    return _op("mse_loss", P.MSE_LOSS, input, target, reduction=reduction)


def _targets(input: Tensor, target: Any) -> np.ndarray:  # noqa: A002
    t = target._data if isinstance(target, CoreTensor) else np.asarray(target)
    if t.dtype.kind not in "iu":
        raise RuntimeError(
            "expected scalar type Long but found " + {"f": "Float"}.get(t.dtype.kind, str(t.dtype))
        )
    classes = input._data.shape[-1]
    if t.size and (t.min() < 0 or t.max() >= classes):
        raise IndexError(
            f"Target {int(t.max() if t.max() >= classes else t.min())} is out of bounds."
        )
    return t


def nll_loss(input: Tensor, target: Tensor, reduction: str = "mean") -> Tensor:  # noqa: A002
    """Negative log-likelihood of the target classes, given log-probabilities."""
    _check_reduction(reduction)
    return _op("nll_loss", P.NLL_LOSS, input, _targets(input, target), reduction=reduction)


def cross_entropy(input: Tensor, target: Tensor, reduction: str = "mean") -> Tensor:  # noqa: A002
    """``nll_loss(log_softmax(input))``: softmax cross-entropy of class-index targets."""
    return nll_loss(log_softmax(input, dim=-1 if input.ndim == 1 else 1), target, reduction)
