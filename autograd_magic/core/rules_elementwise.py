"""Elementwise operations: their NumPy forwards and PyTorch's derivative rules.

A rule ``rule(g, ans, *operands, **params)`` returns the vector-Jacobian product for one operand,
written in the engine's operations (``ops.py``) in the order PyTorch's formula computes it, so
that it gives NaN, inf and 0 where PyTorch does, and can be differentiated again. Masks are
selections (``where``), never multiplications by 0 (an infinite ``g`` must give 0 where masked).
The kernels PyTorch uses as rules (``tanh_backward``, ``sigmoid_backward``) are primitives of
their own, with their own derivatives (their double backward).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np

from .ops import (
    log,
    mul,
    pow_,
    raw,
    select,
    shape_of,
    sub,
    where,
    zeros_like,
)
from .primitive import Rule
from .tensor import Tensor
from .zeros import ZeroArray


def extreme_side(g: Any, a: Any, b: Any, loses: Callable) -> Any:
    """PyTorch's maximum/minimum rule for one side: ``g``, halved at ties, 0 where it lost.

    A selection: where the side lost, the gradient is 0 even if ``g`` is infinite or NaN.
    """
    ad = raw(a)
    bd = raw(b)
    tie = ad == bd
    lost = loses(ad, bd)
    out = where(tie, mul(g, 0.5), g) if tie.any() else g
    return where(lost, 0.0, out) if lost.any() else out


def pow_base(g: Any, ans: Any, a: Any, b: Any) -> Any:
    """d/da a**b as PyTorch: 0 where the exponent is 0 (also at a = 0), else g*b*a**(b-1)."""
    if not isinstance(b, Tensor):
        if b == 0:
            return zeros_like(g)
        if b == 2:
            return mul(g, mul(a, 2.0))  # 2 * a**1 without computing a**1: the same numbers
        return mul(g, mul(b, pow_(a, b - 1)))
    with np.errstate(all="ignore"):
        term = mul(g, mul(b, pow_(a, sub(b, 1))))
    zero = b._data == 0
    # PyTorch always selects (an efficient zero g comes out as ordinary zeros: zeros.py)
    return where(zero, 0.0, term) if zero.any() or type(g._data) is ZeroArray else term


def pow_exponent(g: Any, ans: Any, a: Any, b: Any) -> Any:
    """d/db a**b as PyTorch: g * (a**b * log a), with 0 where a = 0 and b >= 0."""
    bd = b._data
    with np.errstate(all="ignore"):
        if isinstance(a, Tensor):
            factor = mul(ans, log(a))
            skip = (a._data == 0) & (bd >= 0)
        else:
            factor = mul(ans, math.log(a) if a > 0 else np.log(np.asarray(a, bd.dtype)))
            skip = (bd >= 0) if a == 0 else None
        if skip is not None and skip.any():
            factor = where(skip, 0.0, factor)
        return mul(g, factor)


def where_forward(c: np.ndarray, a: Any, b: Any) -> np.ndarray:
    return np.where(c, a, b)


def clamp_forward(x: np.ndarray, lo: Any = None, hi: Any = None) -> np.ndarray:
    """``x`` where it lies inside [lo, hi] (NaN and -0.0 kept, as PyTorch and TensorFlow)."""
    out = x
    if lo is not None:
        out = np.where(out < lo, np.asarray(lo, x.dtype), out)
    if hi is not None:
        out = np.where(out > hi, np.asarray(hi, x.dtype), out)
    return out if out is not x else x.copy()


def relu_forward(x: np.ndarray) -> np.ndarray:
    """max(x, 0) that keeps -0.0 and NaN (NumPy's maximum gives 0.0 for -0.0)."""
    return np.where(x < 0, x.dtype.type(0), x)


def clamp_rule(g: Any, ans: Any, x: Any, lo: Any = None, hi: Any = None) -> Any:
    """``g`` where ``lo <= x <= hi`` (NaN is outside), 0 elsewhere: a selection."""
    inside = np.ones(shape_of(x), dtype=bool)
    with np.errstate(invalid="ignore"):
        if lo is not None:
            inside &= x._data >= lo
        if hi is not None:
            inside &= x._data <= hi
    return select(inside, g)


def threshold_backward_forward(g: np.ndarray, ans: np.ndarray) -> np.ndarray:
    return np.where(ans <= 0, g.dtype.type(0), g)


def tanh_backward_forward(g: np.ndarray, y: np.ndarray) -> np.ndarray:
    """PyTorch's ``tanh_backward`` kernel: ``g * (1 - y*y)``."""
    return np.multiply(g, np.subtract(y.dtype.type(1), np.multiply(y, y)))


def sigmoid_backward_forward(g: np.ndarray, y: np.ndarray) -> np.ndarray:
    """PyTorch's ``sigmoid_backward`` kernel: ``g * (1 - y) * y``, in that order."""
    return np.multiply(np.multiply(g, np.subtract(y.dtype.type(1), y)), y)


def sigmoid_forward(x: np.ndarray) -> np.ndarray:
    # exp of a negative number only, so large |x| neither overflows nor warns
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1 / (1 + e), e / (1 + e))


def sgn_forward(x: np.ndarray) -> np.ndarray:
    """PyTorch's sign: -1, 0 or 1, and 0 for NaN (+0 for -0); a bool stays itself."""
    if x.dtype == np.bool_:
        return x.copy()
    s = np.sign(x)
    return np.where(np.isnan(s), s.dtype.type(0), s) if s.dtype.kind == "f" else s


def not_implemented(name: str) -> Rule:
    def rule(*args: Any, **params: Any) -> Any:
        raise RuntimeError(f"derivative for aten::{name} is not implemented")

    return rule
