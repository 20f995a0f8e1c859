"""The engine's operations, as derivative rules and front ends call them, and what rules share.

``mul(a, b)`` applies the primitive the table (``primitives.py``) declares as ``mul``. The
operations find their primitive in ``TABLE`` when they are called, not when this module is
imported: so the rule modules (``rules_*.py``) can use them, and the table can import the rules,
with no import circle. A rule applied while recording is itself recorded: that is what makes
derivatives of derivatives work.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from .apply import apply
from .primitive import PrimitiveSpec
from .tensor import Tensor
from .zeros import ZeroArray, zero_array


class Primitive(PrimitiveSpec):
    """A primitive that can be called: ``SIN(x)`` is ``apply(SIN, x)``."""

    def __call__(self, *args: Any, **params: Any) -> Any:
        return apply(self, *args, **params)


# the table, by the lower-case name of its constant (``MUL`` -> "mul"), filled by primitives.py
TABLE: dict[str, Primitive] = {}


def _unary(name: str) -> Callable[[Any], Any]:
    """The engine operation that applies the table's primitive ``name`` to one operand."""

    def operation(x: Any) -> Any:
        return apply(TABLE[name], x)

    return _named(operation, name)


def _binary(name: str) -> Callable[[Any, Any], Any]:
    """The engine operation that applies the table's primitive ``name`` to two operands
    (spelled out, not ``*operands``: forwarding a packed tuple costs more than the lookup)."""

    def operation(a: Any, b: Any) -> Any:
        return apply(TABLE[name], a, b)

    return _named(operation, name)


def _named(operation: Callable[..., Any], name: str) -> Callable[..., Any]:
    operation.__name__ = operation.__qualname__ = name
    operation.__doc__ = f"Apply the primitive ``{name}``."
    return operation


# ---- operations on operands only ----------------------------------------------------------------
# sign: -1, 0 or 1 and NaN at NaN; sgn: 0 at NaN; abs_: |x| with the derivative g * sgn(x)
neg, exp, log, sin, cos, sign, sgn, abs_ = map(
    _unary, ("neg", "exp", "log", "sin", "cos", "sign", "sgn", "abs_sgn")
)
# rsub(a, b) is b - a: the tensor first (a number minus a tensor); copy(x, src): src in x's
# shape and dtype (x gets no gradient)
add, sub, rsub, mul, div, pow_, matmul, gt, lt, eq, copy = map(
    _binary, ("add", "sub", "rsub", "mul", "div", "pow", "matmul", "gt", "lt", "eq", "copy")
)
# PyTorch's backward kernels as primitives: tanh_backward(g, y) = g * (1 - y*y),
# sigmoid_backward(g, y) = g * (1 - y) * y, threshold_backward(g, r) = g where r > 0 (relu)
tanh_backward, sigmoid_backward, threshold_backward = map(
    _binary, ("tanh_backward", "sigmoid_backward", "threshold_backward")
)


def where(c: Any, a: Any, b: Any) -> Any:
    """``a`` where ``c`` holds, else ``b``: a selection (an infinite ``b`` gives no NaN)."""
    return apply(TABLE["where"], c, a, b)


# ---- operations with parameters -----------------------------------------------------------------


def sum_(x: Any, axis: Any = None, keepdims: bool = False) -> Any:
    return apply(TABLE["sum"], x, axis=axis, keepdims=keepdims)


def mean_(x: Any, axis: Any = None, keepdims: bool = False) -> Any:
    return apply(TABLE["mean"], x, axis=axis, keepdims=keepdims)


def prod(x: Any, axis: Any = None, keepdims: bool = False) -> Any:
    return apply(TABLE["prod"], x, axis=axis, keepdims=keepdims)


def cumsum(x: Any, axis: int, reverse: bool = False) -> Any:
    return apply(TABLE["cumsum"], x, axis=axis, reverse=reverse)


def cumprod(x: Any, axis: int) -> Any:
    return apply(TABLE["cumprod"], x, axis=axis)


def concat_(xs: list[Any], axis: int) -> Any:
    return apply(TABLE["concat"], *xs, axis=axis)


def reshape(x: Any, shape: tuple[int, ...]) -> Any:
    return apply(TABLE["reshape"], x, shape=tuple(shape))


def transpose(x: Any, axes: tuple[int, ...]) -> Any:
    return apply(TABLE["transpose"], x, axes=tuple(axes))


def broadcast_to(x: Any, shape: tuple[int, ...]) -> Any:
    return apply(TABLE["broadcast_to"], x, shape=tuple(shape))


def sum_to(x: Any, shape: tuple[int, ...]) -> Any:
    return apply(TABLE["sum_to"], x, shape=tuple(shape))


def getitem(x: Any, index: Any) -> Any:
    return apply(TABLE["getitem"], x, index=index)


def scatter(g: Any, index: Any, shape: tuple[int, ...]) -> Any:
    return apply(TABLE["scatter"], g, index=index, shape=tuple(shape))


def setitem(x: Any, v: Any, index: Any) -> Any:
    return apply(TABLE["setitem"], x, v, index=index)


def view_chain(x: Any, chain: tuple[Any, ...]) -> Any:
    return apply(TABLE["view_chain"], x, chain=chain)


def copy_slices(base: Any, src: Any, chain: tuple[Any, ...]) -> Any:
    return apply(TABLE["copy_slices"], base, src, chain=chain)


def cast(x: Any, dtype: Any) -> Any:
    return apply(TABLE["cast"], x, dtype=np.dtype(dtype))


def softmax_backward(g: Any, y: Any, axis: int) -> Any:
    """softmax's rule along ``axis`` for ``y = softmax(x)``."""
    return apply(TABLE["softmax_backward"], g, y, axis=axis)


def log_softmax_backward(g: Any, y: Any, axis: int) -> Any:
    """log_softmax's rule along ``axis`` for ``y = log_softmax(x)``."""
    return apply(TABLE["log_softmax_backward"], g, y, axis=axis)


def mse_loss_backward(g: Any, a: Any, b: Any, reduction: str) -> Any:
    """mse_loss's rule for ``a`` (swap the operands for ``b``): ``norm * (a - b) * g``."""
    return apply(TABLE["mse_loss_backward"], g, a, b, reduction=reduction)


# ---- what the rules share -----------------------------------------------------------------------


def shape_of(x: Any) -> tuple[int, ...]:
    return x._data.shape if isinstance(x, Tensor) else np.shape(x)


def ndim_of(x: Any) -> int:
    return len(shape_of(x))


def raw(x: Any) -> Any:
    """The NumPy value of a tensor or a constant."""
    return x._data if isinstance(x, Tensor) else np.asarray(x)


def zeros_like(x: Any, like: Any = None) -> Any:
    """A fresh untracked tensor of zeros with ``x``'s shape and dtype (a zero derivative).

    The tensor is of ``like``'s class (the front end's); ``x`` may be a shape-only stand-in.
    """
    d = x._data
    if like is not None and type(like._data) is ZeroArray:  # PyTorch's zeros_like(ZeroTensor)
        return type(like)._wrap(zero_array(d.shape, d.dtype))
    return type(x if like is None else like)._wrap(np.zeros(d.shape, d.dtype))


def ones(shape: tuple[int, ...], like: Any) -> Any:
    """An untracked tensor of ones of ``like``'s class and dtype."""
    return type(like)._wrap(np.ones(shape, like._data.dtype))


def select(keep: Any, g: Any) -> Any:
    """``g`` where ``keep`` holds and 0 elsewhere: a selection, so an infinite ``g`` gives 0."""
    return where(keep, g, 0.0)


def zero_where(mask: np.ndarray, x: Any) -> Any:
    """``x`` with 0 where ``mask`` holds (PyTorch's ``masked_fill_(mask, 0)``)."""
    return where(mask, 0.0, x) if mask.any() else x


def axes_of(axis: Any, ndim: int) -> tuple[int, ...]:
    """A reduction's axes as non-negative numbers."""
    axes = axis if isinstance(axis, tuple) else (axis,)
    return tuple(a % ndim if ndim else 0 for a in axes)


def count(shape: tuple[int, ...], axis: Any) -> int:
    """How many elements a reduction over ``axis`` (None: all) combines."""
    if axis is None:
        return int(np.prod(shape, dtype=np.int64))
    return int(np.prod([shape[a] for a in axes_of(axis, len(shape))], dtype=np.int64))


def keep_dims(g: Any, shape: tuple[int, ...], axis: Any, keepdims: bool) -> Any:
    """A reduction's result or gradient with the reduced axes kept as size 1 (it broadcasts
    against the operand, as PyTorch's ``unsqueeze_multiple``)."""
    if keepdims or not shape:
        return g
    axes = range(len(shape)) if axis is None else axes_of(axis, len(shape))
    return reshape(g, tuple(1 if i in axes else n for i, n in enumerate(shape)))


def expand(g: Any, shape: tuple[int, ...], axis: Any, keepdims: bool) -> Any:
    """Broadcast a reduction's gradient back to the reduced operand's shape."""
    return broadcast_to(keep_dims(g, shape, axis, keepdims), shape)


def narrow(x: Any, axis: int, start: int, stop: int) -> Any:
    """``x[start:stop]`` along ``axis``."""
    return getitem(x, (slice(None),) * axis + (slice(start, stop),))


def flip(x: Any, axis: int) -> Any:
    """``x`` reversed along ``axis``."""
    return getitem(x, (slice(None),) * axis + (slice(None, None, -1),))


def inverse_perm(axes: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(int(i) for i in np.argsort(axes))
