"""TensorFlow's functions (``tf.linspace``, ``tf.reduce_sum``, ``tf.gather``...) on the engine.

Each function converts its operands by TensorFlow's rules, checks what TensorFlow checks, and
runs one engine primitive through ``record`` so the node carries TensorFlow's op name. Names
that shadow Python builtins (``range``, ``abs``, ``pow``) are bound at the end of the module;
code here uses ``builtins.*`` for the originals.
"""

from __future__ import annotations

import builtins
from typing import Any

import numpy as np

from ..core import primitives as P
from . import _recording as R
from . import dtypes as D
from ._numerics import rounded, tf_mean, tf_sum
from .errors import InvalidArgumentError, invalid_argument
from .shapes import TensorShape
from .tensor import (
    Tensor,
    Variable,
    _np_dtype,
    _shape_text,
    broadcast_op,
    cast_to,
    divide,
    matmul,
    operand,
    operands,
    power,
    same_dtype,
)

__all__ = [
    "abs",
    "add",
    "argmax",
    "argmin",
    "cast",
    "clip_by_value",
    "concat",
    "cos",
    "divide",
    "equal",
    "exp",
    "expand_dims",
    "eye",
    "fill",
    "gather",
    "greater",
    "greater_equal",
    "identity",
    "less",
    "less_equal",
    "linspace",
    "log",
    "matmul",
    "maximum",
    "minimum",
    "multiply",
    "negative",
    "not_equal",
    "one_hot",
    "ones",
    "ones_like",
    "pow",
    "range",
    "rank",
    "reciprocal",
    "reduce_max",
    "reduce_mean",
    "reduce_min",
    "reduce_prod",
    "reduce_sum",
    "relu",
    "reshape",
    "shape",
    "sigmoid",
    "sign",
    "sin",
    "size",
    "sqrt",
    "square",
    "squeeze",
    "stack",
    "stop_gradient",
    "subtract",
    "tan",
    "tanh",
    "transpose",
    "unstack",
    "where",
    "zeros",
    "zeros_like",
]

_FLOAT_TYPES = ("bfloat16", "half", "float", "double", "complex64", "complex128")
_REAL_TYPES = ("half", "bfloat16", "float", "double")
_SUM_TYPES = (
    "float", "double", "int32", "uint8", "int16", "int8", "complex64", "int64", "qint8", "quint8",
    "qint32", "bfloat16", "qint16", "quint16", "uint16", "complex128", "half", "uint32", "uint64",
)  # fmt: skip


def _wrap(data: Any) -> Tensor:
    return Tensor._wrap(np.asarray(data))


def _shape_arg(shape: Any) -> tuple[int, ...]:
    """A shape given as an int, a list, a tuple, a TensorShape or a tensor."""
    if isinstance(shape, (Tensor, Variable)):
        return tuple(int(n) for n in np.asarray(shape._data).reshape(-1))
    if isinstance(shape, (int, np.integer)):
        return (int(shape),)
    return tuple(-1 if n is None else int(n) for n in TensorShape(shape).as_list())


# ---- creation ---------------------------------------------------------------------------------


def zeros(shape: Any, dtype: Any = D.float32, name: str | None = None) -> Tensor:
    """A tensor of zeros (float32 unless ``dtype`` says otherwise)."""
    return _wrap(np.zeros(_shape_arg(shape), dtype=_np_dtype(dtype)))


def ones(shape: Any, dtype: Any = D.float32, name: str | None = None) -> Tensor:
    """A tensor of ones (float32 unless ``dtype`` says otherwise)."""
    return _wrap(np.ones(_shape_arg(shape), dtype=_np_dtype(dtype)))


def zeros_like(input: Any, dtype: Any = None, name: str | None = None) -> Tensor:
    """Zeros of ``input``'s shape and (unless given) dtype."""
    t = operand(input)
    return _wrap(np.zeros(t._data.shape, dtype=_np_dtype(dtype) or t._data.dtype))


def ones_like(input: Any, dtype: Any = None, name: str | None = None) -> Tensor:
    """Ones of ``input``'s shape and (unless given) dtype."""
    t = operand(input)
    return _wrap(np.ones(t._data.shape, dtype=_np_dtype(dtype) or t._data.dtype))


def fill(dims: Any, value: Any, name: str | None = None) -> Tensor:
    """A tensor of shape ``dims`` filled with ``value`` (its dtype is the value's)."""
    v = operand(value)
    return _wrap(np.full(_shape_arg(dims), v._data, dtype=v._data.dtype))


def eye(
    num_rows: int,
    num_columns: int | None = None,
    batch_shape: Any = None,
    dtype: Any = D.float32,
    name: str | None = None,
) -> Tensor:
    """An identity matrix (float32 unless ``dtype`` says otherwise)."""
    m = np.eye(int(num_rows), None if num_columns is None else int(num_columns))
    if batch_shape is not None:
        m = np.broadcast_to(m, _shape_arg(batch_shape) + m.shape).copy()
    return _wrap(m.astype(_np_dtype(dtype)))


def linspace(start: Any, stop: Any, num: Any, name: str | None = None, axis: int = 0) -> Tensor:
    """``num`` evenly spaced values from ``start`` to ``stop``; integer ends give float64.

    Computed as TensorFlow does, in the result's dtype: ``start + i * step`` inside, the two
    ends exact.
    """
    a = operand(start)
    b = operand(stop, a._data.dtype if isinstance(start, (Tensor, Variable)) else None)
    if a._data.dtype.kind != "f" and b._data.dtype.kind != "f":
        dtype = np.dtype(np.float64)
    elif a._data.dtype.kind == "f":
        dtype = a._data.dtype
    else:
        dtype = b._data.dtype
    n = int(operand(num)._data)
    lo = a._data.astype(dtype)
    hi = b._data.astype(dtype)
    if n == 1:
        return _wrap(lo[None])
    step = (hi - lo) / dtype.type(n - 1)
    inside = lo + np.arange(1, n - 1, dtype=dtype) * step
    return _wrap(np.concatenate([lo[None], inside, hi[None]]).astype(dtype))


def range_(
    start: Any, limit: Any = None, delta: Any = 1, dtype: Any = None, name: str = "range"
) -> Tensor:
    """``start, start + delta, ...`` below ``limit``: int32 for ints, float32 for floats."""
    if limit is None:
        start, limit = 0, start
    args = [start, limit, delta]
    if dtype is not None:
        want = _np_dtype(dtype)
    else:
        tensors = [operand(x) for x in args]
        order = ["int32", "int64", "float16", "float32", "float64"]
        names = [t._data.dtype.name for t in tensors]
        want = np.dtype(builtins.max(names, key=lambda n: order.index(n) if n in order else 0))
    lo, hi, d = (np.asarray(operand(x)._data).astype(want) for x in args)
    if d == 0:
        raise invalid_argument("Range", "Requires delta != 0: 0", name="range")
    if want.kind in "iu":
        size = builtins.max(0, -((int(lo) - int(hi)) // int(d)))  # ceil((hi - lo) / d)
    else:
        with np.errstate(all="ignore"):
            size = int(np.ceil(np.abs((hi - lo) / d))) if (hi - lo) * d > 0 else 0
    return _wrap(lo + np.arange(size, dtype=want) * d)  # start + i * delta, in the dtype


def cast(x: Any, dtype: Any, name: str | None = None) -> Tensor:
    """``x`` as ``dtype`` (floats to ints truncate); the same tensor if it already is."""
    return cast_to(operand(x), _np_dtype(dtype))


def identity(input: Any, name: str | None = None) -> Tensor:
    """The same value, as a new tensor (a recorded Identity op)."""
    return R.record("Identity", P.CLONE, operand(input))


def stop_gradient(input: Any, name: str | None = None) -> Tensor:
    """The same value, cut from every tape: gradients do not flow through it."""
    t = operand(input)
    return _wrap(t._data)


def shape(input: Any, out_type: Any = D.int32, name: str | None = None) -> Tensor:
    """The shape as a 1-D int32 tensor."""
    return _wrap(np.asarray(operand(input)._data.shape, dtype=_np_dtype(out_type)))


def rank(input: Any, name: str | None = None) -> Tensor:
    """The number of dimensions as an int32 scalar tensor."""
    return _wrap(np.asarray(operand(input)._data.ndim, dtype=np.int32))


def size(input: Any, out_type: Any = D.int32, name: str | None = None) -> Tensor:
    """The number of elements as an int32 scalar tensor."""
    return _wrap(np.asarray(operand(input)._data.size, dtype=_np_dtype(out_type)))


# ---- shapes -----------------------------------------------------------------------------------


def reshape(tensor: Any, shape: Any, name: str | None = None) -> Tensor:
    """The same values in a new shape (one dimension may be -1)."""
    t = operand(tensor)
    new = _shape_arg(shape)
    known = int(np.prod([n for n in new if n != -1], dtype=np.int64))
    total = t._data.size
    if (-1 not in new and known != total) or (-1 in new and (known == 0 or total % known)):
        raise invalid_argument(
            "Reshape",
            f"Input to reshape is a tensor with {total} values, but the requested shape "
            f"{'has' if -1 not in new else 'requires a multiple of'} {known}",
            name=None,
        )
    return R.record("Reshape", P.RESHAPE, t, shape=new)


def transpose(a: Any, perm: Any = None, conjugate: bool = False, name: str = "transpose") -> Tensor:
    """Permute the dimensions (reverse them by default)."""
    t = operand(a)
    axes = tuple(reversed(builtins.range(t._data.ndim))) if perm is None else _shape_arg(perm)
    return R.record("Transpose", P.TRANSPOSE, t, axes=axes)


def expand_dims(input: Any, axis: int, name: str | None = None) -> Tensor:
    """Insert a dimension of size 1 at ``axis``."""
    t = operand(input)
    new = np.expand_dims(t._data, int(axis)).shape
    return R.record("ExpandDims", P.RESHAPE, t, shape=new)


def squeeze(input: Any, axis: Any = None, name: str | None = None) -> Tensor:
    """Remove dimensions of size 1 (all, or those in ``axis``)."""
    t = operand(input)
    ax = None if axis is None else (tuple(axis) if isinstance(axis, (list, tuple)) else int(axis))
    new = np.squeeze(t._data, axis=ax).shape
    return R.record("Squeeze", P.RESHAPE, t, shape=new)


def concat(values: list[Any], axis: int, name: str = "concat") -> Tensor:
    """Join tensors along an existing axis."""
    ts = operands(*values)
    same_dtype("ConcatV2", ts)
    ranks = [t._data.ndim for t in ts]
    for i, r in enumerate(ranks[1:], 1):
        if r != ranks[0]:
            raise invalid_argument(
                "ConcatV2",
                "ConcatOp : Ranks of all input tensors should match: shape[0] = "
                f"{_shape_text(ts[0]._data.shape)} vs. shape[{i}] = "
                f"{_shape_text(ts[i]._data.shape)}",
                name="concat",
                node=f"ConcatV2_N_{len(ts)}",
            )
    if len(ts) == 1:
        return identity(ts[0])
    return R.record("ConcatV2", P.CONCAT, *ts, axis=int(axis))


def stack(values: list[Any], axis: int = 0, name: str = "stack") -> Tensor:
    """Join tensors of one shape along a new axis."""
    ts = operands(*values)
    first = ts[0]._data.dtype
    for i, t in enumerate(ts[1:], 1):
        if t._data.dtype != first:
            raise InvalidArgumentError(
                None,
                None,
                f"cannot compute Pack as input #{i}(zero-based) was expected to be a "
                f"{D.kernel_name(first)} tensor but is a {D.kernel_name(t._data.dtype)} tensor "
                "[Op:Pack] name: stack",
            )
    return R.record("Pack", P.STACK, *ts, axis=int(axis))


def unstack(value: Any, num: int | None = None, axis: int = 0, name: str = "unstack") -> list:
    """The slices along ``axis`` as a list of tensors."""
    t = operand(value)
    ax = int(axis) % builtins.max(t._data.ndim, 1)
    return [
        R.record("Unpack", P.GETITEM, t, index=(slice(None),) * ax + (i,))
        for i in builtins.range(t._data.shape[ax])
    ]


def gather(
    params: Any,
    indices: Any,
    validate_indices: Any = None,
    axis: Any = None,
    batch_dims: int = 0,
    name: str | None = None,
) -> Tensor:
    """Rows (or slices along ``axis``) of ``params`` picked by ``indices``."""
    op = "ResourceGather" if isinstance(params, Variable) and not axis else "GatherV2"
    t = operand(params)
    idx = np.asarray(operand(indices)._data)
    if idx.dtype.kind not in "iu":
        raise TypeError(f"Value passed to parameter 'indices' has DataType {idx.dtype.name}")
    ax = 0 if axis is None else int(operand(axis)._data) % builtins.max(t._data.ndim, 1)
    n = t._data.shape[ax]
    bad = np.argwhere(np.atleast_1d((idx < 0) | (idx >= n)))
    if len(bad):
        where_ = "" if idx.ndim == 0 else "[" + ",".join(str(int(i)) for i in bad[0]) + "]"
        value = int(idx[tuple(bad[0])]) if idx.ndim else int(idx)
        raise invalid_argument("GatherV2", f"indices{where_} = {value} is not in [0, {n})")
    index = idx if ax == 0 else (slice(None),) * ax + (idx,)
    return R.record(op, P.GETITEM, t, index=index)


def one_hot(
    indices: Any,
    depth: int,
    on_value: Any = None,
    off_value: Any = None,
    axis: int | None = None,
    dtype: Any = None,
    name: str | None = None,
) -> Tensor:
    """One-hot rows for integer ``indices`` (float32 unless given)."""
    idx = np.asarray(operand(indices)._data)
    want = _np_dtype(dtype) or np.dtype(np.float32)
    on = 1 if on_value is None else operand(on_value)._data
    off = 0 if off_value is None else operand(off_value)._data
    hot = idx[..., None] == np.arange(int(depth))
    out = np.where(hot, on, off).astype(want)
    if axis is not None and axis != -1:
        out = np.moveaxis(out, -1, axis)
    return _wrap(out)


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


def _unary(name: str, prim: P.Primitive, float_only: bool = True, f64: Any = None) -> Any:
    """An elementwise function; ``f64``: compute float32 values in float64 (see _numerics)."""
    tf_value = None if f64 is None else (lambda a: rounded(f64, a))

    def fn(x: Any, name_: str | None = None) -> Tensor:
        t = operand(x)
        if float_only:
            _float_only(name, t)
        return R.record(name, prim, t, tf_value=tf_value)

    fn.__name__ = name.lower()
    fn.__doc__ = f"Elementwise {name} (TensorFlow's ``{name}`` op)."
    return fn


sin = _unary("Sin", P.SIN)
cos = _unary("Cos", P.COS)
tan = _unary("Tan", P.TAN)
tanh = _unary("Tanh", P.TANH)
exp = _unary("Exp", P.EXP, f64=np.exp)
log = _unary("Log", P.LOG, f64=np.log)
sqrt = _unary("Sqrt", P.SQRT)
sigmoid = _unary("Sigmoid", P.SIGMOID)
negative = _unary("Neg", P.NEG, float_only=False)
abs_ = _unary("Abs", P.ABS, float_only=False)
relu = _unary("Relu", P.RELU_TF, float_only=False)


def sign(x: Any, name: str | None = None) -> Tensor:
    """-1, 0 or 1 elementwise (no gradient)."""
    return R.record("Sign", P.SIGN, operand(x))


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
    return R.record("Reciprocal", P.RECIPROCAL, t)


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


def _select(name: str, cond: np.ndarray, a: Tensor, b: Tensor) -> Tensor:
    return R.record(name, P.WHERE, _wrap(cond), a, b)


def maximum(x: Any, y: Any, name: str | None = None) -> Tensor:
    """Elementwise maximum; at a tie the gradient goes to ``x``, as in TensorFlow."""
    a, b = operands(x, y)
    broadcast_op("Maximum", P.GE, a, b)  # checks dtypes and shapes
    return _select("Maximum", np.greater_equal(a._data, b._data), a, b)


def minimum(x: Any, y: Any, name: str | None = None) -> Tensor:
    """Elementwise minimum; at a tie the gradient goes to ``x``, as in TensorFlow."""
    a, b = operands(x, y)
    broadcast_op("Minimum", P.LE, a, b)
    return _select("Minimum", np.less_equal(a._data, b._data), a, b)


def where(condition: Any, x: Any = None, y: Any = None, name: str | None = None) -> Tensor:
    """``x`` where ``condition`` holds, else ``y``; with the condition alone, its indices."""
    c = operand(condition)
    if x is None and y is None:
        return _wrap(np.argwhere(c._data).astype(np.int64))
    a, b = operands(x, y)
    same_dtype("SelectV2", [a, b])
    return R.record("SelectV2", P.WHERE, c, a, b)


def clip_by_value(
    t: Any, clip_value_min: Any, clip_value_max: Any, name: str | None = None
) -> Tensor:
    """``t`` limited to [min, max]; the gradient passes where ``t`` is within (ends included)."""
    x = operand(t)
    lo = operand(clip_value_min, x._data.dtype)._data
    hi = operand(clip_value_max, x._data.dtype)._data
    lo = lo[()] if lo.ndim == 0 else lo
    hi = hi[()] if hi.ndim == 0 else hi
    return R.record("ClipByValue", P.CLAMP, x, lo=lo, hi=hi)


def _compare(name: str, prim: P.Primitive) -> Any:
    def fn(x: Any, y: Any, name_: str | None = None) -> Tensor:
        return broadcast_op(name, prim, *operands(x, y))

    fn.__name__ = name
    return fn


equal = _compare("Equal", P.EQ)
not_equal = _compare("NotEqual", P.NE)
less = _compare("Less", P.LT)
less_equal = _compare("LessEqual", P.LE)
greater = _compare("Greater", P.GT)
greater_equal = _compare("GreaterEqual", P.GE)


# ---- reductions -------------------------------------------------------------------------------


def _axis(axis: Any, ndim: int) -> Any:
    if axis is None:
        return None
    if isinstance(axis, (Tensor, Variable)):
        axis = np.asarray(axis._data).tolist()
    if isinstance(axis, (list, tuple)):
        return tuple(int(a) % builtins.max(ndim, 1) for a in axis)
    return int(axis) % builtins.max(ndim, 1)


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
    ax = _axis(axis, t._data.ndim)
    keep = builtins.bool(keepdims)
    exact = _EXACT.get(name)
    tf_value = None if exact is None else (lambda a: exact(a, ax, keep))
    out = R.record(name, prim, t, axis=ax, keepdims=keep, tf_value=tf_value, **extra)
    if out._data.dtype != t._data.dtype:  # NumPy sums int32 as int64; TensorFlow keeps int32
        out = _wrap(out._data.astype(t._data.dtype))
    return out


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
    return _reduce("Prod", P.PROD, input_tensor, axis, keepdims)


def argmax(input: Any, axis: Any = None, output_type: Any = D.int64, name: Any = None) -> Tensor:
    """Index of the largest value along ``axis`` (0 by default)."""
    t = operand(input)
    ax = 0 if axis is None else int(operand(axis)._data)
    return _wrap(np.argmax(t._data, axis=ax).astype(_np_dtype(output_type)))


def argmin(input: Any, axis: Any = None, output_type: Any = D.int64, name: Any = None) -> Tensor:
    """Index of the smallest value along ``axis`` (0 by default)."""
    t = operand(input)
    ax = 0 if axis is None else int(operand(axis)._data)
    return _wrap(np.argmin(t._data, axis=ax).astype(_np_dtype(output_type)))


# ---- the names that shadow builtins, bound last -------------------------------------------------

range = range_  # noqa: A001
abs = abs_  # noqa: A001
pow = pow_  # noqa: A001
