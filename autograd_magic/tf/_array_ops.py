"""TensorFlow's array functions on the engine: creation, casts, shapes, joins, gathers, selection.

``tf.zeros``, ``tf.reshape``, ``tf.concat``, ``tf.gather``, ``tf.where``, ``tf.clip_by_value``...:
each converts its operands by TensorFlow's rules, checks what TensorFlow checks, and runs one
engine primitive through ``record`` so the node carries TensorFlow's op name. ``range`` shadows
the builtin and is bound at the end of the module; code here uses ``builtins.range``.
"""

from __future__ import annotations

import builtins
from typing import Any

import numpy as np

from ..core import primitives as P
from . import _recording as R
from . import dtypes as D
from ._conversion import _np_dtype, _shape_text
from ._math_ops import maximum, minimum
from .errors import InvalidArgumentError, dtype_mismatch, invalid_argument
from .shapes import TensorShape
from .tensor import (
    Tensor,
    _wrap,
    cast_to,
    operand,
    operands,
    same_dtype,
)
from .variables import Variable

__all__ = [
    "cast",
    "clip_by_value",
    "concat",
    "expand_dims",
    "eye",
    "fill",
    "gather",
    "identity",
    "linspace",
    "one_hot",
    "ones",
    "ones_like",
    "range",
    "rank",
    "reshape",
    "shape",
    "size",
    "squeeze",
    "stack",
    "stop_gradient",
    "transpose",
    "unstack",
    "where",
    "zeros",
    "zeros_like",
]


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
    ndim = t._data.ndim
    axes = tuple(reversed(builtins.range(ndim))) if perm is None else _shape_arg(perm)
    suffix = None if isinstance(perm, (list, tuple)) else ""
    if len(axes) != ndim:
        raise invalid_argument(
            "Transpose",
            f"transpose expects a vector of size {ndim}. But input(1) is a vector of size "
            f"{len(axes)}",
            name=suffix,
        )
    for p_ in axes:
        if not 0 <= p_ < ndim:
            raise invalid_argument("Transpose", f"{p_} is out of range [0 .. {ndim})", name=suffix)
    for d in builtins.range(ndim):
        if d not in axes:
            listed = ",".join(str(p_) for p_ in axes)
            raise invalid_argument("Transpose", f"{d} is missing from {{{listed}}}.", name=suffix)
    return R.record("Transpose", P.TRANSPOSE, t, axes=axes)


def expand_dims(input: Any, axis: int, name: str | None = None) -> Tensor:
    """Insert a dimension of size 1 at ``axis``."""
    t = operand(input)
    ax = int(operand(axis)._data)
    ndim = t._data.ndim
    if not -ndim - 1 <= ax <= ndim:
        raise invalid_argument(
            "ExpandDims", f"Tried to expand dim index {ax} for tensor with {ndim} dimensions."
        )
    new = np.expand_dims(t._data, ax).shape
    return R.record("ExpandDims", P.RESHAPE, t, shape=new)


def squeeze(input: Any, axis: Any = None, name: str | None = None) -> Tensor:
    """Remove dimensions of size 1 (all, or those in ``axis``)."""
    t = operand(input)
    suffix = None if isinstance(axis, (list, tuple)) else ""
    ax = None if axis is None else (tuple(axis) if isinstance(axis, (list, tuple)) else int(axis))
    shape, ndim = t._data.shape, t._data.ndim
    for a in () if ax is None else (ax if isinstance(ax, tuple) else (ax,)):
        if not -ndim <= a < ndim:
            raise invalid_argument(
                "Squeeze",
                f"Tried to squeeze dim index {a} for tensor with {ndim} dimensions.",
                name=suffix,
            )
        if shape[a] != 1:
            raise invalid_argument(
                "Squeeze",
                f"Can not squeeze dim[{a % ndim}], expected a dimension of 1, got {shape[a]}",
                name=suffix,
            )
    new = np.squeeze(t._data, axis=ax).shape
    return R.record("Squeeze", P.RESHAPE, t, shape=new)


def concat(values: list[Any], axis: int, name: str = "concat") -> Tensor:
    """Join tensors along an existing axis (checked as TensorFlow's ConcatV2 kernel does)."""
    ts = operands(*values)
    first = ts[0]._data.dtype
    for i, t in enumerate(ts[1:], 1):
        if t._data.dtype != first:
            raise dtype_mismatch(
                "ConcatV2", i, D.kernel_name(first), D.kernel_name(t._data.dtype), name="concat"
            )
    if len(ts) == 1:
        return identity(ts[0])
    ax = int(operand(axis)._data)
    shapes = [t._data.shape for t in ts]
    rank = len(shapes[0])

    def fail(text: str) -> Exception:
        return invalid_argument(
            "ConcatV2", "ConcatOp : " + text, name="concat", node=f"ConcatV2_N_{len(ts)}"
        )

    if not (-rank <= ax < rank or (rank == 0 and ax == 0)):
        raise fail(
            f"Expected concatenating dimensions in the range [{-rank}, {rank}), but got {ax}"
        )
    if builtins.any(len(sh) == 0 for sh in shapes):
        raise fail("Can't concatenate scalars (use tf.stack instead)")
    ax %= rank
    for i, sh in enumerate(shapes[1:], 1):
        if len(sh) != rank:
            raise fail(
                "Ranks of all input tensors should match: shape[0] = "
                f"{_shape_text(shapes[0])} vs. shape[{i}] = {_shape_text(sh)}"
            )
        for j in builtins.range(rank):
            if j != ax and sh[j] != shapes[0][j]:
                raise fail(
                    f"Dimension {j} in both shapes must be equal: shape[0] = "
                    f"{_shape_text(shapes[0])} vs. shape[{i}] = {_shape_text(sh)}"
                )
    return R.record("ConcatV2", P.CONCAT, *ts, axis=ax)


def _axis_in(axis: Any, size: int) -> int:
    """``axis`` checked against ``[-size, size)``, TensorFlow's ValueError if outside."""
    ax = int(axis)
    if not -size <= ax < size:
        raise ValueError(f"Argument `axis` = {ax} not in range [{-size}, {size})")
    return ax % size


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
    shape0 = ts[0]._data.shape
    ax = _axis_in(axis, len(shape0) + 1)
    # a list with Python values is converted as a whole first: the op then has no name
    named = "stack" if all(isinstance(v, (Tensor, Variable)) for v in values) else ""
    for i, t in enumerate(ts[1:], 1):
        if t._data.shape != shape0:
            raise invalid_argument(
                "Pack",
                f"Shapes of all inputs must match: values[0].shape = {_shape_text(shape0)} != "
                f"values[{i}].shape = {_shape_text(t._data.shape)}",
                name=named,
                node=f"Pack_N_{len(ts)}",
            )
    return R.record("Pack", P.STACK, *ts, axis=ax)


def unstack(value: Any, num: int | None = None, axis: int = 0, name: str = "unstack") -> list:
    """The slices along ``axis`` as a list of tensors."""
    t = operand(value)
    ax = _axis_in(axis, t._data.ndim)
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
    suffix = None if isinstance(indices, (list, tuple)) else ""  # TensorFlow's eager quirk
    ndim = t._data.ndim
    if ndim == 0:
        raise invalid_argument(op, "params must be at least 1 dimensional", name=suffix)
    ax = 0 if axis is None else int(operand(axis)._data)
    if ax >= ndim:
        raise invalid_argument(
            op, f"Shape must be at least rank {ax + 1} but is rank {ndim}", name=suffix
        )
    if ax < -ndim:
        raise invalid_argument(
            op, f"Expected axis in the range [{-ndim}, {ndim}), but got {ax}", name=suffix
        )
    ax %= ndim
    n = t._data.shape[ax]
    bad = np.argwhere(np.atleast_1d((idx < 0) | (idx >= n)))
    if len(bad):
        where_ = "" if idx.ndim == 0 else "[" + ",".join(str(int(i)) for i in bad[0]) + "]"
        value = int(idx[tuple(bad[0])]) if idx.ndim else int(idx)
        raise invalid_argument(op, f"indices{where_} = {value} is not in [0, {n})", name=suffix)
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


# ---- selection ----------------------------------------------------------------------------------


def where(condition: Any, x: Any = None, y: Any = None, name: str | None = None) -> Tensor:
    """``x`` where ``condition`` holds, else ``y``; with the condition alone, its indices."""
    c = operand(condition)
    if x is None and y is None:
        return _wrap(np.argwhere(c._data).astype(np.int64))
    if x is None or y is None:
        raise ValueError("x and y must both be non-None or both be None.")
    a, b = operands(x, y)
    if c._data.dtype.kind != "b":
        raise dtype_mismatch("SelectV2", 0, "bool", D.kernel_name(c._data.dtype))
    same_dtype("SelectV2", [a, b])
    shapes = (c._data.shape, a._data.shape, b._data.shape)
    try:
        np.broadcast_shapes(*shapes)
    except ValueError:
        texts = [_shape_text(sh) for sh in shapes]
        raise invalid_argument(
            "SelectV2",
            f"condition {texts[0]}, then {texts[1]}, and else {texts[2]} must be broadcastable",
        ) from None
    return R.record("SelectV2", P.WHERE, c, a, b)


def clip_by_value(
    t: Any, clip_value_min: Any, clip_value_max: Any, name: str | None = None
) -> Tensor:
    """``maximum(minimum(t, max), min)``, as TensorFlow composes it: NaN stays NaN, and the
    gradient passes where ``t`` is within [min, max] (ends included), 0 elsewhere and at NaN."""
    x = operand(t)
    low = minimum(x, operand(clip_value_max, x._data.dtype))
    _same_shape(x, low)
    out = maximum(low, operand(clip_value_min, x._data.dtype))
    _same_shape(x, out)
    return out


def _same_shape(x: Tensor, y: Tensor) -> None:
    if x._data.shape != y._data.shape:
        raise ValueError(
            f"Shapes {TensorShape(x._data.shape)} and {TensorShape(y._data.shape)} are incompatible"
        )


# ---- the name that shadows a builtin, bound last ------------------------------------------------

range = range_  # noqa: A001
