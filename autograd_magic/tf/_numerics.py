"""Where TensorFlow's floating-point results differ from NumPy's, compute them TensorFlow's way.

Printed float32 values show every significant digit, so the last bit matters.

* **Sums and means.** NumPy adds in pairs; TensorFlow's CPU kernels add in the order of their
  vectorised loops. ``tf_sum`` reproduces that order, worked out by comparing with TensorFlow
  2.21 on many arrays (every full and innermost-axis reduction, and outer-axis reductions of
  2-D tensors, agreed bit for bit): a row is read in packets of 32 bytes (8 float32 lanes)
  into four packet accumulators, leftover packets join the first, the lanes are then added
  by halves, and the elements after the last packet are added one by one in front; rows
  longer than 1024 packets are split in two, at a packet boundary, and the halves summed.
  A reduction over an outer axis adds rows one after another, in four interleaved
  accumulators from 16 rows on (for the columns that fill whole packets). Other patterns
  (a middle axis of a 3-D tensor) keep NumPy's order.
* **Elementwise functions** (sin, cos, exp, log, tanh, sigmoid, softmax): see ``_eigen``.
"""

from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["tf_mean", "tf_sum"]

_LEAF_PACKETS = 1024
_ACCUMULATORS = 4
_UNROLL_ROWS = 16


def _lanes(dtype: np.dtype) -> int:
    return max(1, 32 // dtype.itemsize)


def _by_halves(p: np.ndarray) -> np.ndarray:
    """Add the lanes of each packet (last axis) by halves: (a0+a4)+(a2+a6)+... for 8 lanes."""
    while p.shape[-1] > 1:
        h = p.shape[-1] // 2
        p = p[..., :h] + p[..., h:]
    return p[..., 0]


def _rows(x: np.ndarray, first: int = 0) -> np.ndarray:
    """The sum of each row of ``x`` (shape (rows, n)) in TensorFlow's innermost-axis order."""
    rows, n = x.shape
    lanes = _lanes(x.dtype)
    if n > lanes * _LEAF_PACKETS:
        half = -(-n // 2)
        split = lanes * (-(-(first + half) // lanes))
        left = min(split - first, n)
        total = _rows(x[:, :left], first)
        if left < n:
            total = total + _rows(x[:, left:], split)
        return total
    packed = (n // lanes) * lanes
    unrolled = (n // (_ACCUMULATORS * lanes)) * _ACCUMULATORS * lanes
    acc = np.zeros((rows, lanes), dtype=x.dtype)
    if unrolled:
        blocks = x[:, :unrolled].reshape(rows, -1, _ACCUMULATORS, lanes)
        accs = np.cumsum(blocks, axis=1, dtype=x.dtype)[:, -1]  # sequential, per accumulator
        acc = accs[:, 0]
        for k in range(1, _ACCUMULATORS):
            acc = acc + accs[:, k]
    for j in range(unrolled, packed, lanes):
        acc = acc + x[:, j : j + lanes]
    tail = np.zeros(rows, dtype=x.dtype)
    for j in range(packed, n):
        tail = tail + x[:, j]
    return tail + _by_halves(acc)


def _columns(x: np.ndarray) -> np.ndarray:
    """The sum over axis -2 of ``x`` (shape (..., n, columns)) in TensorFlow's order."""
    n, cols = x.shape[-2:]
    lanes = _lanes(x.dtype)
    out = np.cumsum(x, axis=-2, dtype=x.dtype)[..., -1, :]  # row after row
    packed = (cols // lanes) * lanes
    if packed and n >= _UNROLL_ROWS:
        unrolled = (n // _ACCUMULATORS) * _ACCUMULATORS
        part = x[..., :unrolled, :packed]
        part = part.reshape(part.shape[:-2] + (-1, _ACCUMULATORS, packed))
        accs = np.cumsum(part, axis=-3, dtype=x.dtype)[..., -1, :, :]
        acc = accs[..., 0, :]
        for k in range(1, _ACCUMULATORS):
            acc = acc + accs[..., k, :]
        for i in range(unrolled, n):
            acc = acc + x[..., i, :packed]
        out[..., :packed] = acc
    return out


def tf_sum(x: np.ndarray, axis: Any = None, keepdims: bool = False) -> np.ndarray:
    """``np.sum(x, axis, keepdims)`` with TensorFlow's order of additions for floats."""
    reference = np.sum(x, axis=axis, keepdims=keepdims)
    if x.dtype.kind != "f" or x.size == 0:
        return np.asarray(reference)
    axes = (
        set(range(x.ndim))
        if axis is None
        else {a % x.ndim for a in (axis if isinstance(axis, tuple) else (axis,))}
    )
    # Drop dimensions of size 1 and merge neighbours of the same kind, as TensorFlow does.
    dims: list[list[Any]] = []
    for i, n in enumerate(x.shape):
        if n == 1:
            continue
        reduced = i in axes
        if dims and dims[-1][0] == reduced:
            dims[-1][1] *= n
        else:
            dims.append([reduced, n])
    kinds = [d[0] for d in dims]
    shape = tuple(d[1] for d in dims)
    y = np.ascontiguousarray(x).reshape(shape)
    with np.errstate(all="ignore"):
        if kinds == []:
            out = y
        elif kinds == [True]:
            out = _rows(y.reshape(1, -1))[0]
        elif kinds == [False]:
            out = y
        elif kinds == [False, True]:
            out = _rows(y)
        elif kinds == [True, False]:
            out = _columns(y)
        else:
            return np.asarray(reference)  # other patterns: NumPy's order
    return np.asarray(out, dtype=x.dtype).reshape(np.shape(reference))


def tf_mean(x: np.ndarray, axis: Any = None, keepdims: bool = False) -> np.ndarray:
    """The mean as TensorFlow computes it: its sum divided by the count, in the dtype."""
    if x.dtype.kind != "f":
        return np.asarray(np.mean(x, axis=axis, keepdims=keepdims)).astype(x.dtype)
    total = tf_sum(x, axis, keepdims)
    count = x.size // max(total.size, 1) if x.size else 0
    with np.errstate(all="ignore"):
        return np.asarray(total / x.dtype.type(count), dtype=x.dtype)
