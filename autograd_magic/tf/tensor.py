"""``tf.Tensor`` (eager), conversion of Python values to tensors, and the operators.

TensorFlow's policy, not its mathematics, lives here: Python floats become float32 and ints
int32, an operand is converted to the dtype of the tensor it meets, two tensors of different
dtypes are refused (no implicit promotion), and errors carry TensorFlow's text. Every operation
runs an engine primitive through ``_recording.record``.
"""

from __future__ import annotations

import builtins
from typing import Any

import numpy as np

from ..core import primitives as P
from ..core.tensor import Tensor as CoreTensor
from . import _kernels as K
from . import _recording as R
from . import dtypes as D
from ._bases import IndexedSlicesLike, ValueFacts, VariableLike, _Ref
from ._conversion import (
    _array_as,
    _default_array,
    _np_dtype,
    _shape_text,
)
from ._printing import tensor_repr, tensor_str
from .errors import dtype_mismatch, invalid_argument
from .shapes import TensorShape

__all__ = ["EagerTensor", "Tensor", "constant", "convert_to_tensor"]

_EAGER = "tensorflow.python.framework.ops.EagerTensor"
_INDEX_TYPES = (
    "Only integers, slices (`:`), ellipsis (`...`), tf.newaxis (`None`) and scalar "
    "tf.int32/tf.int64 tensors are valid indices, got "
)


def _wrap(data: Any) -> Tensor:
    """A new tf tensor (off every tape) holding ``data`` as an array: the one wrapper of tf."""
    return EagerTensor._wrap(np.asarray(data))


def convert_to_tensor(
    value: Any, dtype: Any = None, dtype_hint: Any = None, name: str | None = None
) -> Tensor:
    """``value`` as a tensor: a tensor as it is, a Variable's current value, or a new constant."""
    want = _np_dtype(dtype)
    if isinstance(value, VariableLike):
        value = value._read()
    elif isinstance(value, IndexedSlicesLike):
        value = value._dense()
    if isinstance(value, Tensor):
        if want is not None and value._data.dtype != want:
            raise ValueError(
                f"Tensor conversion requested dtype {want.name} for Tensor with dtype "
                f"{value._data.dtype.name}: {value!r}"
            )
        return value
    if want is not None:
        return _wrap(_array_as(value, want))
    if dtype_hint is not None and not isinstance(value, (np.ndarray, np.generic)):
        try:
            return _wrap(_array_as(value, _np_dtype(dtype_hint)))
        except TypeError:
            pass
    return _wrap(_default_array(value))


def constant(value: Any, dtype: Any = None, shape: Any = None, name: str = "Const") -> Tensor:
    """A new tensor holding ``value`` (a copy), of ``dtype`` and ``shape`` when given."""
    want = _np_dtype(dtype)
    if isinstance(value, VariableLike):
        value = value._read()
    if isinstance(value, Tensor):
        if want is not None and value._data.dtype != want:
            raise TypeError(
                f"Expected tensor {value._data.tolist()!r} with dtype {D.as_dtype(dtype)!r}, "
                f"but got dtype {D.from_numpy(value._data.dtype)!r}."
            )
        if shape is None:
            return value  # TensorFlow hands back the same eager tensor
        arr = value._data
    else:
        arr = _array_as(value, want) if want is not None else _default_array(value)
    if shape is not None:
        shape = tuple(TensorShape(shape).as_list())
        if arr.size == 1:
            arr = np.full(shape, arr.reshape(()), dtype=arr.dtype)
        elif arr.size == int(np.prod(shape, dtype=np.int64)):
            arr = arr.reshape(shape)
        else:
            raise TypeError(
                f"Eager execution of tf.constant with unsupported shape. Tensor {value!r} "
                f"(converted from {value!r}) has {arr.size} elements, but got `shape` "
                f"{shape} with {int(np.prod(shape, dtype=np.int64))} elements)."
            )
    return _wrap(np.array(arr, copy=True))


def operand(x: Any, dtype: np.dtype | None = None) -> Tensor:
    """An operand of an operation: a tensor, a Variable's value, or ``x`` converted to ``dtype``."""
    if isinstance(x, Tensor):
        return x
    if type(x) is float and dtype is not None and dtype.kind == "f":
        return EagerTensor._wrap(np.array(x, dtype=dtype))  # the common case, without the checks
    if isinstance(x, VariableLike):
        return x._read()
    if isinstance(x, IndexedSlicesLike):
        return x._dense()
    if dtype is not None:
        return _wrap(_array_as(x, dtype))
    return _wrap(_default_array(x))


def operands(*xs: Any) -> list[Tensor]:
    """Operands of one operation: the non-tensors take the dtype of the first tensor among them."""
    dtype = None
    for x in xs:
        if isinstance(x, (Tensor, VariableLike)):
            dtype = x._data.dtype if isinstance(x, Tensor) else x._dtype
            break
    out = []
    for x in xs:
        t = operand(x, dtype)
        if dtype is None:
            dtype = t._data.dtype
        out.append(t)
    return out


def same_dtype(op: str, ts: list[Tensor]) -> None:
    """Refuse operands of different dtypes with TensorFlow's message (it never promotes)."""
    first = ts[0]._data.dtype
    for i, t in enumerate(ts[1:], 1):
        if t._data.dtype != first:
            raise dtype_mismatch(op, i, D.kernel_name(first), D.kernel_name(t._data.dtype))


def broadcast_op(name: str, prim: P.Primitive, a: Tensor, b: Tensor) -> Tensor:
    """An elementwise binary operation: same dtype, shapes that broadcast, then the primitive."""
    if a._data.dtype != b._data.dtype:
        same_dtype(name, [a, b])
    sa, sb = a._data.shape, b._data.shape
    if sa != sb and sa and sb:
        try:
            np.broadcast_shapes(sa, sb)
        except ValueError:
            raise invalid_argument(
                name, f"Incompatible shapes: {_shape_text(sa)} vs. {_shape_text(sb)}"
            ) from None
    return R.record(name, prim, a, b)


def _plain_scalar(t: Tensor, y: Any) -> bool:
    """True if ``y`` is a Python number TensorFlow would convert to ``t``'s dtype unchanged.

    Such an operand is handed to the engine as it is: a Python scalar takes the dtype of the
    tensor it meets there too, and the common ``x * 2.0`` makes no extra tensor.
    """
    ty = type(y)
    if ty is float:
        return t._data.dtype.kind == "f"
    return ty is int and t._data.dtype.kind in "fiu"


def _binary(name: str, prim: P.Primitive, x: Tensor, y: Any, reverse: bool = False) -> Tensor:
    if _plain_scalar(x, y):
        return R.record(name, prim, y, x) if reverse else R.record(name, prim, x, y)
    # reflected (``2 - x``): the converted left operand comes first, Sub(2, x)
    a, b = operands(y, x) if reverse else operands(x, y)
    return broadcast_op(name, prim, a, b)


def divide(x: Any, y: Any) -> Tensor:
    """``x / y``: integers are divided as floating point (int32 and int64 become float64)."""
    if isinstance(x, Tensor) and x._data.dtype.kind == "f" and _plain_scalar(x, y):
        return R.record("RealDiv", K.DIV, x, y)
    a, b = operands(x, y)
    if a._data.dtype != b._data.dtype:  # checked in Python, before the kernel
        raise TypeError(
            f"`x` and `y` must have the same dtype, got {D.from_numpy(a._data.dtype)!r} != "
            f"{D.from_numpy(b._data.dtype)!r}."
        )
    if a._data.dtype.kind in "iu":
        to = np.float64 if a._data.dtype.itemsize >= 4 else np.float32
        a, b = cast_to(a, np.dtype(to)), cast_to(b, np.dtype(to))
    return broadcast_op("RealDiv", K.DIV, a, b)


def power(x: Any, y: Any) -> Tensor:
    """``x ** y``; integers to negative integer powers are refused, as in TensorFlow."""
    if isinstance(x, Tensor) and x._data.dtype.kind == "f" and _plain_scalar(x, y):
        return R.record("Pow", K.POW, x, y)
    a, b = operands(x, y)
    same_dtype("Pow", [a, b])
    if a._data.dtype.kind in "iu" and np.any(b._data < 0):
        raise invalid_argument("Pow", "Integers to negative integer powers are not allowed")
    return broadcast_op("Pow", K.POW, a, b)


def _constant_binary(name: str, fn: Any, x: Any, y: Any) -> Tensor:
    """A binary operation without a gradient (floor division, modulo, logic): no node."""
    a, b = operands(x, y)
    same_dtype(name, [a, b])
    try:
        np.broadcast_shapes(a._data.shape, b._data.shape)
    except ValueError:
        raise invalid_argument(
            name,
            f"Incompatible shapes: {_shape_text(a._data.shape)} vs. {_shape_text(b._data.shape)}",
        ) from None
    with np.errstate(all="ignore"):
        return _wrap(np.asarray(fn(a._data, b._data)))


def cast_to(t: Tensor, dtype: np.dtype) -> Tensor:
    """``t`` as ``dtype`` (the same tensor if it already is)."""
    if t._data.dtype == dtype:
        return t
    return R.record("Cast", P.CAST, t, dtype=dtype)


def matmul(a: Any, b: Any, transpose_a: bool = False, transpose_b: bool = False) -> Tensor:
    """Matrix product of two tensors of rank >= 2 (TensorFlow refuses vectors)."""
    x, y = operands(a, b)
    name = "MatMul" if x._data.ndim <= 2 and y._data.ndim <= 2 else "BatchMatMulV2"
    same_dtype(name, [x, y])
    sx, sy = x._data.shape, y._data.shape
    if len(sx) < 2 or len(sy) < 2:
        if len(sx) != len(sy):
            raise invalid_argument(
                name,
                f"In[0] and In[1] has different ndims: {_shape_text(sx)} vs. {_shape_text(sy)}",
            )
        raise invalid_argument(name, f"In[0] and In[1] ndims must be == 2: {len(sx)}")
    if transpose_a:
        x = R.record("Transpose", P.TRANSPOSE, x, axes=_swap_last(len(sx)))
    if transpose_b:
        y = R.record("Transpose", P.TRANSPOSE, y, axes=_swap_last(len(sy)))
    sx, sy = x._data.shape, y._data.shape
    if sx[-1] != sy[-2]:
        raise invalid_argument(
            name,
            f"Matrix size-incompatible: In[0]: {_shape_text(sx)}, In[1]: {_shape_text(sy)}",
        )
    return R.record(name, P.MATMUL, x, y)


def _swap_last(ndim: int) -> tuple[int, ...]:
    axes = list(builtins.range(ndim))
    axes[-1], axes[-2] = axes[-2], axes[-1]
    return tuple(axes)


def _index(index: Any) -> Any:
    """A NumPy index for TensorFlow's indexing: integers, slices, ``...``, ``None``."""
    items = index if isinstance(index, tuple) else (index,)
    out = []
    for it in items:
        if isinstance(it, VariableLike):
            it = it._read()
        if isinstance(it, Tensor):
            if it._data.ndim != 0 or it._data.dtype.kind not in "iu":
                raise TypeError(_INDEX_TYPES + repr(it))
            it = int(it._data)
        elif isinstance(it, slice):
            it = slice(*(_slice_part(p) for p in (it.start, it.stop, it.step)))
        elif not (it is None or it is Ellipsis or isinstance(it, (int, np.integer))):
            raise TypeError(_INDEX_TYPES + repr(it))
        if isinstance(it, (bool, np.bool_)):
            raise TypeError(_INDEX_TYPES + repr(it))
        out.append(it)
    return tuple(out) if isinstance(index, tuple) else out[0]


def _slice_part(p: Any) -> Any:
    if isinstance(p, (Tensor, VariableLike)):
        return int(operand(p)._data)
    return p


def getitem(t: Tensor, index: Any) -> Tensor:
    """``t[index]``: a strided slice, refused out of range with TensorFlow's message."""
    idx = _index(index)
    items = idx if isinstance(idx, tuple) else (idx,)
    dim = 0
    shape = t._data.shape
    if not shape:
        raise invalid_argument(
            "StridedSlice", "Attempting to slice scalar input.", name="strided_slice/"
        )
    for k, it in enumerate(items):
        if it is None:
            continue
        if it is Ellipsis:
            dim = len(shape) - sum(1 for i in items[k + 1 :] if i is not None and i is not Ellipsis)
            continue
        if dim >= len(shape):
            raise invalid_argument(
                "StridedSlice",
                f"Index out of range using input dim {dim}; input has only {len(shape)} dims",
                name="strided_slice/",
            )
        if isinstance(it, (int, np.integer)) and not -shape[dim] <= it < shape[dim]:
            raise invalid_argument(
                "StridedSlice",
                f"slice index {it} of dimension {dim} out of bounds.",
                name="strided_slice/",
            )
        dim += 1
    return R.record("StridedSlice", P.GETITEM, t, index=idx)


def _unary_method(name: str, prim: P.Primitive) -> Any:
    def method(self: Tensor) -> Tensor:
        return R.record(name, prim, self)

    return method


class Tensor(ValueFacts, CoreTensor):
    """``tf.Tensor``: an immutable value with a dtype and a shape.

    As in TensorFlow, the tensors themselves are of the subclass ``EagerTensor``
    (``type(t).__name__``), and ``isinstance(t, tf.Tensor)`` holds.
    """

    # Both set only where they say something: ``_tapes``, the ids of the tapes that recorded the
    # operation that made it (``_recording.record``, ``tape.py``; unset: none), and
    # ``_slice_of``, the variable and index it was read from (``Variable.__getitem__``).
    # The engine makes tensors of this class without calling back into tf.
    __slots__ = ("_tapes", "_slice_of")
    __array_priority__ = 100
    _front_end = "tf"
    _node_names = R.TF_NAMES

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise TypeError("create tensors with tf.constant(...) or tf.convert_to_tensor(...)")

    __hash__ = CoreTensor.__hash__

    # ---- value, dtype, shape -------------------------------------------------------------------

    @property
    def dtype(self) -> D.DType:
        return D.from_numpy(self._data.dtype)

    @property
    def ndim(self) -> int:
        return self._data.ndim

    @property
    def device(self) -> str:
        return "/job:localhost/replica:0/task:0/device:CPU:0"

    def numpy(self) -> Any:
        """A copy of the value: a NumPy array, or a NumPy scalar for a 0-d tensor."""
        if self._data.ndim == 0:
            return self._data[()]
        return self._data.copy()

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        """The value for NumPy: read-only unless copied, as TensorFlow's tensors are immutable.

        ``np.asarray(t)`` shares the memory but cannot be written (NumPy's "assignment
        destination is read-only"), so a write can change neither the tensor nor a gradient.
        """
        if dtype is not None:
            return self._data.astype(dtype)
        if copy:
            return self._data.copy()
        view = self._data.view()
        view.flags.writeable = False
        return view

    def ref(self) -> Any:
        """A hashable reference, for use as a dict key (as in TensorFlow)."""
        return _Ref(self)

    def __len__(self) -> int:
        if self._data.ndim == 0:
            raise TypeError("Scalar tensor has no `len()`")
        return self._data.shape[0]

    def __iter__(self) -> Any:
        if self._data.ndim == 0:
            raise TypeError("Cannot iterate over a scalar tensor.")
        return (self[i] for i in builtins.range(self._data.shape[0]))

    def __index__(self) -> int:
        if self._data.dtype.kind not in "iu" or self._data.ndim != 0:
            raise TypeError(
                "Only integers, slices (`:`), ellipsis (`...`), tf.newaxis (`None`) and scalar "
                "tf.int32/tf.int64 tensors are valid indices"
            )
        return builtins.int(self._data)

    def __format__(self, spec: str) -> str:
        """Formatted as the NumPy value is (``f"{t}"`` shows ``3.0`` or ``[1. 2.]``)."""
        value = self._data[()] if self._data.ndim == 0 else self._data
        return value.__format__(spec)

    def __getattr__(self, name: str) -> Any:
        if name == "assign":
            try:
                target = object.__getattribute__(self, "_slice_of")
            except AttributeError:  # not read from a variable
                target = None
            if target is not None:
                var, index = target
                return lambda value, *a, **k: var._assign_slice(index, value)
        raise AttributeError(f"'{_EAGER}' object has no attribute '{name}'")

    # ---- printing -------------------------------------------------------------------------------

    def __repr__(self) -> str:
        return tensor_repr(self._data, D.from_numpy(self._data.dtype).name)

    def __str__(self) -> str:
        return tensor_str(self._data, D.from_numpy(self._data.dtype).name)

    # ---- operators ------------------------------------------------------------------------------

    def __add__(self, other: Any) -> Tensor:
        return _binary("AddV2", P.ADD, self, other)

    def __radd__(self, other: Any) -> Tensor:
        return _binary("AddV2", P.ADD, self, other, reverse=True)

    def __sub__(self, other: Any) -> Tensor:
        return _binary("Sub", P.SUB, self, other)

    def __rsub__(self, other: Any) -> Tensor:
        return _binary("Sub", P.SUB, self, other, reverse=True)

    def __mul__(self, other: Any) -> Tensor:
        return _binary("Mul", P.MUL, self, other)

    def __rmul__(self, other: Any) -> Tensor:
        return _binary("Mul", P.MUL, self, other, reverse=True)

    def __truediv__(self, other: Any) -> Tensor:
        return divide(self, other)

    def __rtruediv__(self, other: Any) -> Tensor:
        if self._data.dtype.kind == "f" and _plain_scalar(self, other):
            return R.record("RealDiv", K.DIV, other, self)
        a, b = operands(self, other)
        return divide(b, a)

    def __floordiv__(self, other: Any) -> Tensor:
        return _constant_binary("FloorDiv", np.floor_divide, self, other)

    def __rfloordiv__(self, other: Any) -> Tensor:
        a, b = operands(self, other)
        return _constant_binary("FloorDiv", np.floor_divide, b, a)

    def __mod__(self, other: Any) -> Tensor:
        return _constant_binary("FloorMod", np.mod, self, other)

    def __rmod__(self, other: Any) -> Tensor:
        a, b = operands(self, other)
        return _constant_binary("FloorMod", np.mod, b, a)

    def __pow__(self, other: Any) -> Tensor:
        return power(self, other)

    def __rpow__(self, other: Any) -> Tensor:
        if self._data.dtype.kind == "f" and _plain_scalar(self, other):
            return R.record("Pow", K.POW, other, self)
        a, b = operands(self, other)
        return power(b, a)

    def __matmul__(self, other: Any) -> Tensor:
        return matmul(self, other)

    def __rmatmul__(self, other: Any) -> Tensor:
        a, b = operands(self, other)
        return matmul(b, a)

    __neg__ = _unary_method("Neg", P.NEG)

    def __pos__(self) -> Any:
        raise TypeError(f"bad operand type for unary +: '{_EAGER}'")

    __abs__ = _unary_method("Abs", K.ABS)

    def __invert__(self) -> Tensor:
        if self._data.dtype.kind == "b":
            return _wrap(np.logical_not(self._data))
        return _wrap(np.invert(self._data))

    def __and__(self, other: Any) -> Tensor:
        return _constant_binary("LogicalAnd", np.logical_and, self, other)

    def __or__(self, other: Any) -> Tensor:
        return _constant_binary("LogicalOr", np.logical_or, self, other)

    def __xor__(self, other: Any) -> Tensor:
        return _constant_binary("LogicalXor", np.logical_xor, self, other)

    def __lt__(self, other: Any) -> Tensor:
        return _binary("Less", P.LT, self, other)

    def __le__(self, other: Any) -> Tensor:
        return _binary("LessEqual", P.LE, self, other)

    def __gt__(self, other: Any) -> Tensor:
        return _binary("Greater", P.GT, self, other)

    def __ge__(self, other: Any) -> Tensor:
        return _binary("GreaterEqual", P.GE, self, other)

    def __eq__(self, other: object) -> Any:  # type: ignore[override]
        return _equality("Equal", P.EQ, self, other)

    def __ne__(self, other: object) -> Any:  # type: ignore[override]
        return _equality("NotEqual", P.NE, self, other)

    def __getitem__(self, index: Any) -> Tensor:
        return getitem(self, index)


class EagerTensor(Tensor):
    """The class of every tensor, as TensorFlow's eager tensors (``type(t).__name__``)."""

    __slots__ = ()


def _equality(name: str, prim: P.Primitive, x: Tensor, y: Any) -> Any:
    """``==``/``!=``: elementwise; ``None`` or shapes that don't broadcast compare unequal."""
    if y is None:
        return name == "NotEqual"
    a, b = operands(x, y)
    if a._data.dtype != b._data.dtype:
        same_dtype(name, [a, b])
    try:
        np.broadcast_shapes(a._data.shape, b._data.shape)
    except ValueError:
        return _wrap(np.asarray(name == "NotEqual"))
    return R.record(name, prim, a, b)
