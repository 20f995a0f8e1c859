"""TensorFlow's math functions on the engine: elementwise functions, comparisons, reductions.

These are the functions ``tf.math`` holds (most also at the top of ``tf``). Each converts its
operands by TensorFlow's rules, checks what TensorFlow checks, and runs one engine primitive
through ``record`` so the node carries TensorFlow's op name. ``abs`` and ``pow`` shadow builtins
and are bound at the end of the module; code here uses ``builtins.*`` for the originals.
"""

from __future__ import annotations

import builtins
from typing import Any

import numpy as np

from ..core import primitives as P
from . import _kernels as K
from . import _recording as R
from . import dtypes as D
from ._conversion import _np_dtype, _shape_text
from ._numerics import tf_mean, tf_sum
from .errors import InvalidArgumentError, dtype_mismatch, invalid_argument
from .tensor import (
    Tensor,
    _wrap,
    broadcast_op,
    divide,
    operand,
    operands,
    power,
)
from .variables import Variable

__all__ = [
    "abs",
    "add",
    "argmax",
    "argmin",
    "cos",
    "divide",
    "equal",
    "exp",
    "greater",
    "greater_equal",
    "less",
    "less_equal",
    "log",
    "maximum",
    "minimum",
    "multiply",
    "negative",
    "not_equal",
    "pow",
    "reciprocal",
    "reduce_all",
    "reduce_any",
    "reduce_max",
    "reduce_mean",
    "reduce_min",
    "reduce_prod",
    "reduce_sum",
    "sigmoid",
    "sign",
    "sin",
    "sqrt",
    "square",
    "subtract",
    "tan",
    "tanh",
]

_FLOAT_TYPES = ("bfloat16", "half", "float", "double", "complex64", "complex128")
_REAL_TYPES = ("half", "bfloat16", "float", "double")
_SUM_TYPES = (
    "float", "double", "int32", "uint8", "int16", "int8", "complex64", "int64", "qint8", "quint8",
    "qint32", "bfloat16", "qint16", "quint16", "uint16", "complex128", "half", "uint32", "uint64",
)  # fmt: skip


# ---- elementwise ------------------------------------------------------------------------------


def _float_only(
    name: str,
    t: Tensor,
    types: tuple[str, ...] = _FLOAT_TYPES,
    signature: str = "x:T -> y:T",
    other: str = "",
    after: str = "",
) -> None:
    """TensorFlow's kernels for these ops exist for floating types only: its message, if not."""
    if t._data.dtype.kind not in "fc" or (t._data.dtype.kind == "c" and "complex64" not in types):
        raise InvalidArgumentError(
            None,
            None,
            f"Value for attr 'T' of {D.kernel_name(t._data.dtype)} is not in the list of allowed "
            f"values: {', '.join(types)}\n\t; NodeDef: {{{{node {name}}}}}; Op<name={name}; "
            f"signature={signature}; {other}attr=T:type,allowed=[{_dt_list(types)}]{after}> "
            f"[Op:{name}] name: ",
        )


def _dt_list(types: tuple[str, ...]) -> str:
    names = {"float": "FLOAT", "double": "DOUBLE", "half": "HALF"}
    return ", ".join("DT_" + names.get(t, t.upper()) for t in types)


def _unary(name: str, prim: P.Primitive, float_only: bool = True) -> Any:
    """An elementwise function: TensorFlow's kernel ``prim`` (see ``_kernels``)."""

    def fn(x: Any, name_: str | None = None) -> Tensor:
        t = operand(x)
        if float_only:
            _float_only(name, t)
        return R.record(name, prim, t)

    fn.__name__ = name.lower()
    fn.__doc__ = f"Elementwise {name} (TensorFlow's ``{name}`` op)."
    return fn


sin = _unary("Sin", K.SIN)
cos = _unary("Cos", K.COS)
tan = _unary("Tan", K.TAN)  # no packet version in Eigen: the C library's tanf, as NumPy's
tanh = _unary("Tanh", K.TANH)
exp = _unary("Exp", K.EXP)
log = _unary("Log", K.LOG)
sqrt = _unary("Sqrt", K.SQRT)
sigmoid = _unary("Sigmoid", K.SIGMOID)
negative = _unary("Neg", P.NEG, float_only=False)
abs_ = _unary("Abs", K.ABS, float_only=False)


def sign(x: Any, name: str | None = None) -> Tensor:
    """-1, 0 or 1 elementwise (its gradient is zeros, as TensorFlow's)."""
    t = operand(x)
    return R.record("Sign", K.SIGN if t._data.dtype.kind == "f" else P.SIGN, t)


def square(x: Any, name: str | None = None) -> Tensor:
    """``x * x`` elementwise (the engine's power with exponent 2, named Square)."""
    t = operand(x)
    return R.record("Square", P.POW, t, _wrap(np.asarray(2, dtype=t._data.dtype)))


def reciprocal(x: Any, name: str | None = None) -> Tensor:
    """``1 / x`` elementwise."""
    t = operand(x)
    if t._data.dtype.kind in "iu":
        with np.errstate(all="ignore"):
            return _wrap(np.reciprocal(t._data))
    return R.record("Reciprocal", K.RECIPROCAL, t)


def add(x: Any, y: Any, name: str | None = None) -> Tensor:
    """``x + y`` (TensorFlow's AddV2)."""
    return broadcast_op("AddV2", P.ADD, *operands(x, y))


def subtract(x: Any, y: Any, name: str | None = None) -> Tensor:
    """``x - y``."""
    return broadcast_op("Sub", P.SUB, *operands(x, y))


def multiply(x: Any, y: Any, name: str | None = None) -> Tensor:
    """``x * y``."""
    return broadcast_op("Mul", P.MUL, *operands(x, y))


def pow_(x: Any, y: Any, name: str | None = None) -> Tensor:
    """``x ** y``."""
    return power(x, y)


def _select(name: str, cond: np.ndarray, a: Tensor, b: Tensor, value: Any) -> Tensor:
    """``a`` where ``cond`` else ``b`` for the gradient (TensorFlow's mask); the value is
    ``value(a, b)``, which propagates NaN as TensorFlow's Maximum and Minimum do."""
    tf_value = lambda c, x, y: value(x, y)  # noqa: E731
    return R.record(name, P.WHERE, _wrap(cond), a, b, tf_value=tf_value)


def maximum(x: Any, y: Any, name: str | None = None) -> Tensor:
    """Elementwise maximum; at a tie the gradient goes to ``x``, as in TensorFlow."""
    a, b = operands(x, y)
    broadcast_op("Maximum", P.GE, a, b)  # checks dtypes and shapes
    return _select("Maximum", np.greater_equal(a._data, b._data), a, b, np.maximum)


def minimum(x: Any, y: Any, name: str | None = None) -> Tensor:
    """Elementwise minimum; at a tie the gradient goes to ``x``, as in TensorFlow."""
    a, b = operands(x, y)
    broadcast_op("Minimum", P.LE, a, b)
    return _select("Minimum", np.less_equal(a._data, b._data), a, b, np.minimum)


def _compare(prim: P.Primitive) -> Any:
    """``tf.math.equal`` and the other comparisons: ``prim`` of ``x`` and ``y``, broadcast, a
    bool tensor; the op is named from tf's table (``TF_NAMES``: ``Equal``, ``Less``...)."""
    op = R.TF_NAMES[prim.name]

    def fn(x: Any, y: Any, name: str | None = None) -> Tensor:
        return broadcast_op(op, prim, *operands(x, y))

    fn.__name__ = op
    return fn


equal, not_equal, less, less_equal, greater, greater_equal = map(
    _compare, (P.EQ, P.NE, P.LT, P.LE, P.GT, P.GE)
)


# ---- reductions -------------------------------------------------------------------------------


def _axis(op: str, axis: Any, ndim: int) -> Any:
    """The reduction axes, checked as TensorFlow's kernels check them.

    An axis outside ``[-ndim, ndim)`` or given twice is an ``InvalidArgumentError``; given as a
    Python list or tuple, the eager message has no ``name:`` suffix (TensorFlow's quirk).
    """
    if axis is None:
        return None
    suffix = None if isinstance(axis, (list, tuple)) else ""
    if isinstance(axis, (Tensor, Variable)):
        axis = np.asarray(axis._data).tolist()
    many = isinstance(axis, (list, tuple))
    axes = [int(a) for a in axis] if many else [int(axis)]
    seen: list[int] = []
    for a in axes:
        if not -ndim <= a < ndim:
            raise invalid_argument(
                op,
                f"Invalid reduction dimension ({a} for input with {ndim} dimension(s)",
                name=suffix,
            )
        if a % ndim in seen:
            raise invalid_argument(
                op,
                f"Invalid reduction arguments: Axes contains duplicate dimension: {a % ndim}",
                name=suffix,
            )
        seen.append(a % ndim)
    return tuple(seen) if many else seen[0]


def _empty_reduction(data: np.ndarray, ax: Any) -> bool:
    """True if the reduction runs over no element at all (an axis of size 0 is reduced)."""
    if data.size:
        return False
    axes = builtins.range(data.ndim) if ax is None else (ax if isinstance(ax, tuple) else (ax,))
    return builtins.any(data.shape[a] == 0 for a in axes)


def _identity(name: str, dtype: np.dtype) -> Any:
    """What TensorFlow's Max/Min give over no element: the lowest/highest value of the dtype."""
    if dtype.kind == "f":
        return -np.inf if name == "Max" else np.inf
    info = np.iinfo(dtype)
    return info.min if name == "Max" else info.max


def _reduce(name: str, prim: P.Primitive, x: Any, axis: Any, keepdims: bool, **extra: Any):
    t = operand(x)
    if t._data.dtype.kind == "b":
        _float_only(
            name,
            t,
            _SUM_TYPES,
            "input:T, reduction_indices:Tidx -> output:T",
            "attr=keep_dims:bool,default=false; ",
            "; attr=Tidx:type,default=DT_INT32,allowed=[DT_INT32, DT_INT64]",
        )
    ax = _axis(name, axis, t._data.ndim)
    keep = builtins.bool(keepdims)
    if _empty_reduction(t._data, ax):
        return _reduce_nothing(name, t, ax, keep)
    exact = _EXACT.get(name)
    tf_value = None if exact is None else (lambda a: exact(a, ax, keep))
    out = R.record(name, prim, t, axis=ax, keepdims=keep, tf_value=tf_value, **extra)
    if out._data.dtype != t._data.dtype:  # NumPy sums int32 as int64; TensorFlow keeps int32
        out = _wrap(out._data.astype(t._data.dtype))
    return out


def _reduce_nothing(name: str, t: Tensor, ax: Any, keep: bool) -> Tensor:
    """A reduction over no element: Sum 0, Prod 1, Max -inf, Min inf, Mean NaN (0 for ints).

    Recorded as a sum (whose gradient, zeros of the input's empty shape, is TensorFlow's), its
    value replaced by TensorFlow's.
    """
    dtype = t._data.dtype
    if name in ("Max", "Min"):
        fill: Any = _identity(name, dtype)
    else:
        fill = {"Sum": 0, "Prod": 1, "Mean": np.nan if dtype.kind in "fc" else 0}[name]
    shape = np.sum(t._data, axis=ax, keepdims=keep).shape
    if dtype.kind not in "fc":
        return _wrap(np.full(shape, fill, dtype=dtype))
    return R.record(
        name, P.SUM, t, axis=ax, keepdims=keep, tf_value=lambda a: np.full(shape, fill, dtype)
    )


_EXACT = {"Sum": tf_sum, "Mean": tf_mean}  # TensorFlow's order of additions


def reduce_sum(input_tensor: Any, axis: Any = None, keepdims: bool = False, name: Any = None):
    """Sum over ``axis`` (all axes by default)."""
    return _reduce("Sum", P.SUM, input_tensor, axis, keepdims)


def reduce_mean(input_tensor: Any, axis: Any = None, keepdims: bool = False, name: Any = None):
    """Mean over ``axis``; integer tensors give the truncated integer mean."""
    return _reduce("Mean", P.MEAN, input_tensor, axis, keepdims)


def reduce_max(input_tensor: Any, axis: Any = None, keepdims: bool = False, name: Any = None):
    """Maximum over ``axis``; tied maxima share the gradient equally."""
    return _reduce("Max", P.AMAX, input_tensor, axis, keepdims, even=True)


def reduce_min(input_tensor: Any, axis: Any = None, keepdims: bool = False, name: Any = None):
    """Minimum over ``axis``; tied minima share the gradient equally."""
    return _reduce("Min", P.AMIN, input_tensor, axis, keepdims, even=True)


def reduce_prod(input_tensor: Any, axis: Any = None, keepdims: bool = False, name: Any = None):
    """Product over ``axis``."""
    return _reduce("Prod", K.PROD, input_tensor, axis, keepdims)


def _logical_reduce(name: str, fn: Any, x: Any, axis: Any, keepdims: bool) -> Tensor:
    t = operand(x)
    if t._data.dtype.kind != "b":
        raise dtype_mismatch(name, 0, "bool", D.kernel_name(t._data.dtype))
    ax = _axis(name, axis, t._data.ndim)
    return _wrap(fn(t._data, axis=ax, keepdims=builtins.bool(keepdims)))


def reduce_all(input_tensor: Any, axis: Any = None, keepdims: bool = False, name: Any = None):
    """Logical and over ``axis`` of a bool tensor (True over no element)."""
    return _logical_reduce("All", np.all, input_tensor, axis, keepdims)


def reduce_any(input_tensor: Any, axis: Any = None, keepdims: bool = False, name: Any = None):
    """Logical or over ``axis`` of a bool tensor (False over no element)."""
    return _logical_reduce("Any", np.any, input_tensor, axis, keepdims)


def _arg(name: str, fn: Any, input: Any, axis: Any, output_type: Any) -> Tensor:
    t = operand(input)
    ax = 0 if axis is None else int(operand(axis)._data)
    shape = t._data.shape
    ndim = len(shape)
    if not -ndim <= ax < builtins.max(ndim, 0) or ndim == 0:
        raise invalid_argument(
            name, f"Expected dimension in the range [{-ndim}, {ndim}), but got {ax}"
        )
    if shape[ax] == 0:
        raise invalid_argument(
            name, f"Reduction axis {ax % ndim} is empty in shape {_shape_text(shape)}"
        )
    return _wrap(fn(t._data, axis=ax).astype(_np_dtype(output_type)))


def argmax(input: Any, axis: Any = None, output_type: Any = D.int64, name: Any = None) -> Tensor:
    """Index of the largest value along ``axis`` (0 by default)."""
    return _arg("ArgMax", np.argmax, input, axis, output_type)


def argmin(input: Any, axis: Any = None, output_type: Any = D.int64, name: Any = None) -> Tensor:
    """Index of the smallest value along ``axis`` (0 by default)."""
    return _arg("ArgMin", np.argmin, input, axis, output_type)


# ---- the names that shadow builtins, bound last -------------------------------------------------

abs = abs_  # noqa: A001
pow = pow_  # noqa: A001
