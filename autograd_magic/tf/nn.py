"""``tf.nn``: activations, softmax and the sparse softmax cross-entropy."""

from __future__ import annotations

from typing import Any

import numpy as np

from ..core import primitives as P
from . import _kernels as K
from . import _recording as R
from ._math_ops import (
    _REAL_TYPES,
    _float_only,
    _unary,
    multiply,
    negative,
    reduce_sum,
    sigmoid,
    tanh,
)
from .errors import InvalidArgumentError, invalid_argument
from .tensor import Tensor, _wrap, operand

__all__ = [
    "log_softmax",
    "relu",
    "sigmoid",
    "softmax",
    "sparse_softmax_cross_entropy_with_logits",
    "tanh",
]

relu = _unary("Relu", K.RELU, float_only=False)


def _softmax(op: str, prim: P.Primitive, logits: Any, axis: int | None, out: str) -> Tensor:
    """Softmax or log-softmax along ``axis``, with TensorFlow's checks of the axis and rank."""
    t = operand(logits)
    ndim = t._data.ndim
    if axis is not None and axis != -1:
        ax = int(axis)
        if not -ndim <= ax < ndim:
            raise InvalidArgumentError(
                None,
                None,
                f"`dim` must be in the range [{-ndim}, {ndim}) where {ndim} is the number of "
                f"dimensions in the input. Received: dim={ax}",
            )
    else:
        ax = -1
    _float_only(op, t, _REAL_TYPES, f"logits:T -> {out}:T")
    if ndim == 0:
        raise invalid_argument(op, "logits must have >= 1 dimension, got []")
    if t._data.size == 0:
        return _wrap(t._data.copy())
    return R.record(op, prim, t, axis=ax)


def softmax(logits: Any, axis: int | None = None, name: str | None = None) -> Tensor:
    """``exp(x) / sum(exp(x))`` along ``axis`` (the last by default)."""
    return _softmax("Softmax", K.SOFTMAX, logits, axis, "softmax")


def log_softmax(logits: Any, axis: int | None = None, name: str | None = None) -> Tensor:
    """``x - log(sum(exp(x)))`` along ``axis`` (the last by default)."""
    return _softmax("LogSoftmax", K.LOG_SOFTMAX, logits, axis, "logsoftmax")


def sparse_softmax_cross_entropy_with_logits(
    labels: Any = None, logits: Any = None, name: str | None = None
) -> Tensor:
    """Per example ``-log softmax(logits)[label]``: log-softmax, then pick the label's entry."""
    if labels is None or logits is None:
        raise ValueError("Both labels and logits must be provided.")
    x = operand(logits)
    y = np.asarray(operand(labels)._data)
    if y.dtype.kind not in "iu":
        raise TypeError("labels must be integer class indices")
    if x._data.ndim != y.ndim + 1 or x._data.shape[:-1] != y.shape:
        raise ValueError(
            f"`labels.shape.rank` must equal `logits.shape.rank - 1`. Received: labels.shape="
            f"{y.shape} and logits.shape={x._data.shape}"
        )
    n = x._data.shape[-1]
    if np.any((y < 0) | (y >= n)):
        bad = int(y[(y < 0) | (y >= n)][0])
        raise invalid_argument(
            "SparseSoftmaxCrossEntropyWithLogits",
            f"Received a label value of {bad} which is outside the valid range of [0, {n}).",
        )
    flat = x if x._data.ndim <= 2 else R.record("Reshape", P.RESHAPE, x, shape=(-1, n))
    if flat._data.ndim == 1:
        flat = R.record("Reshape", P.RESHAPE, flat, shape=(1, n))
    labels_t = _wrap(y.reshape(-1))
    loss = R.record("SparseSoftmaxCrossEntropyWithLogits", K.SPARSE_XENT, flat, labels_t)
    if y.ndim != 1:
        loss = R.record("Reshape", P.RESHAPE, loss, shape=y.shape)
    return loss


def softmax_cross_entropy_with_logits(
    labels: Any, logits: Any, axis: int = -1, name: str | None = None
) -> Tensor:
    """Per example ``-sum(labels * log softmax(logits))`` along ``axis``."""
    x = operand(logits)
    logp = log_softmax(x, axis=axis)
    return negative(reduce_sum(multiply(operand(labels, x._data.dtype), logp), axis=axis))


__all__.append("softmax_cross_entropy_with_logits")
