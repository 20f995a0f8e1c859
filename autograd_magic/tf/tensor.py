"""``tf.Tensor`` (eager), ``tf.Variable``, conversion of Python values, and the operators.

TensorFlow's policy, not its mathematics, lives here: Python floats become float32 and ints
int32, an operand is converted to the dtype of the tensor it meets, two tensors of different
dtypes are refused (no implicit promotion), and errors carry TensorFlow's text. Every operation
runs an engine primitive through ``_recording.record``.
"""

from __future__ import annotations

import builtins
import itertools
from typing import Any

import numpy as np

from ..core import primitives as P
from ..core.tensor import Tensor as CoreTensor
from . import _kernels as K
from . import _recording as R
from . import dtypes as D
from ._printing import tensor_repr, tensor_str, variable_repr
from .errors import dtype_mismatch, invalid_argument
from .shapes import TensorShape

__all__ = ["EagerTensor", "ResourceVariable", "Tensor", "Variable", "constant", "convert_to_tensor"]

_EAGER = "tensorflow.python.framework.ops.EagerTensor"
_INDEX_TYPES = (
    "Only integers, slices (`:`), ellipsis (`...`), tf.newaxis (`None`) and scalar "
    "tf.int32/tf.int64 tensors are valid indices, got "
)


def _shape_text(shape: tuple[int, ...]) -> str:
    """A shape as TensorFlow's kernels print it: ``[2,3]``."""
    return "[" + ",".join(str(n) for n in shape) + "]"


def _cannot_convert(value: Any, dtype: np.dtype) -> TypeError:
    return TypeError(f"Cannot convert {value!r} to EagerTensor of dtype {D.kernel_name(dtype)}")


def _default_array(value: Any) -> np.ndarray:
    """A Python value as TensorFlow converts it: floats float32, ints int32 (int64 if large)."""
    arr = np.array(value)
    kind = arr.dtype.kind
    if kind == "f" and not isinstance(value, (np.ndarray, np.generic)):
        return arr.astype(np.float32)
    if kind in "iu" and not isinstance(value, (np.ndarray, np.generic)):
        info = np.iinfo(np.int32)
        if arr.size == 0 or (arr.min() >= info.min and arr.max() <= info.max):
            return arr.astype(np.int32)
        return arr.astype(np.int64)
    if kind in "US" and not isinstance(value, (np.ndarray, np.generic)):
        if not _text_leaves(value):
            raise ValueError("Can't convert Python sequence with mixed types to Tensor.")
        return _string_array(arr)
    if kind in "US" or (kind == "O" and _all_text(arr)):
        return _string_array(arr)
    if kind == "O":
        raise TypeError(f"Cannot convert {value!r} to a tensor")
    return arr


def _text_leaves(value: Any) -> bool:
    """True if every leaf of a nested list or tuple is a str or bytes (NumPy would turn mixed
    numbers and text into text; TensorFlow refuses them)."""
    if isinstance(value, (list, tuple)):
        return all(_text_leaves(v) for v in value)
    return isinstance(value, (str, bytes))


def _all_text(arr: np.ndarray) -> bool:
    return arr.size > 0 and all(isinstance(v, (str, bytes)) for v in arr.flat)


def _string_array(arr: np.ndarray) -> np.ndarray:
    """Text as TensorFlow's string tensors hold it: an object array of ``bytes`` (UTF-8)."""
    out = np.empty(arr.shape, dtype=object)
    for i, v in enumerate(arr.flat):
        out.flat[i] = v.encode("utf-8") if isinstance(v, str) else bytes(v)
    return out


def _array_as(value: Any, dtype: np.dtype) -> np.ndarray:
    """``value`` (not a tensor) as an array of ``dtype``, refusing what TensorFlow refuses."""
    if dtype.kind == "O":
        arr = np.array(value, dtype=object)
        if arr.dtype.kind in "US" or _all_text(arr):
            return _string_array(arr)
        raise _cannot_convert(value, dtype)
    if isinstance(value, (np.ndarray, np.generic)):
        return np.array(value, dtype=dtype)
    try:
        arr = np.array(value)
    except (TypeError, ValueError):
        raise _cannot_convert(value, dtype) from None
    kind, want = arr.dtype.kind, dtype.kind
    if kind in "OUS" or (kind == "f" and want in "iub") or (kind in "iu" and want == "b"):
        raise _cannot_convert(value, dtype)
    with np.errstate(all="ignore"):
        return arr.astype(dtype)


def _np_dtype(dtype: Any) -> np.dtype | None:
    return None if dtype is None else np.dtype(D.as_dtype(dtype).as_numpy_dtype)


def _wrap(data: Any) -> Tensor:
    """A new tf tensor (off every tape) holding ``data`` as an array: the one wrapper of tf."""
    return Tensor._wrap(np.asarray(data))


def convert_to_tensor(
    value: Any, dtype: Any = None, dtype_hint: Any = None, name: str | None = None
) -> Tensor:
    """``value`` as a tensor: a tensor as it is, a Variable's current value, or a new constant."""
    want = _np_dtype(dtype)
    if isinstance(value, Variable):
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
    if isinstance(value, Variable):
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
        return Tensor._wrap(np.array(x, dtype=dtype))  # the common case, without the checks
    if isinstance(x, Variable):
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
        if isinstance(x, (Tensor, Variable)):
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
        if isinstance(it, Variable):
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
    if isinstance(p, (Tensor, Variable)):
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


class IndexedSlicesLike:
    """Marker base of ``IndexedSlices`` (a sparse gradient), converted to dense where needed."""

    def _dense(self) -> Tensor:  # pragma: no cover - overridden
        raise NotImplementedError


def _unary_method(name: str, prim: P.Primitive) -> Any:
    def method(self: Tensor) -> Tensor:
        return R.record(name, prim, self)

    return method


class Tensor(CoreTensor):
    """``tf.Tensor``: an immutable value with a dtype and a shape.

    As in TensorFlow, the tensors themselves are of the subclass ``EagerTensor``
    (``type(t).__name__``), and ``isinstance(t, tf.Tensor)`` holds.
    """

    __slots__ = ("_tapes", "_slice_of")
    __array_priority__ = 100

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise TypeError("create tensors with tf.constant(...) or tf.convert_to_tensor(...)")

    @classmethod
    def _wrap(cls, data: np.ndarray, node: Any = None, version: list[int] | None = None) -> Any:
        """A tensor around ``data``: an ``EagerTensor`` when asked for a plain ``Tensor``."""
        return _core_wrap(EagerTensor if cls is Tensor else cls, data, node, version)

    def _init_extra(self) -> None:
        """Which tapes made this tensor; nodes made by a recorded gradient get TF names too."""
        self._slice_of = None
        node = self._node
        if node is None:
            self._tapes = R.EMPTY
            return
        self._tapes = R.ambient
        if node.name == node.prim.fn_name:
            node.name = R.TF_NAMES.get(node.prim.name, node.name)

    __hash__ = CoreTensor.__hash__

    # ---- value, dtype, shape -------------------------------------------------------------------

    @property
    def dtype(self) -> D.DType:
        return D.from_numpy(self._data.dtype)

    @property
    def shape(self) -> TensorShape:
        return TensorShape(self._data.shape)

    def get_shape(self) -> TensorShape:
        return self.shape

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

    def __bool__(self) -> bool:
        return builtins.bool(self._data)

    def __float__(self) -> float:
        return builtins.float(self._data)

    def __int__(self) -> int:
        return builtins.int(self._data)

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
            target = object.__getattribute__(self, "_slice_of")
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


_core_wrap = CoreTensor._wrap.__func__


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


class _Ref:
    """A hashable reference to a tensor or variable (``x.ref()``), for use as a dict key."""

    __slots__ = ("_obj",)

    def __init__(self, obj: Any) -> None:
        self._obj = obj

    def deref(self) -> Any:
        return self._obj

    def __hash__(self) -> int:
        return id(self._obj)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Ref) and other._obj is self._obj

    def __repr__(self) -> str:
        return f"<Reference wrapping {self._obj!r}>"


# ---- Variables ----------------------------------------------------------------------------------


class _Cell:
    """A variable's current value; shared by the variable and views of it (``UnreadVariable``)."""

    __slots__ = ("value",)

    def __init__(self, value: Tensor) -> None:
        self.value = value


_variable_serials = itertools.count()


class Variable:
    """A mutable, named tensor: ``tf.Variable``.

    Its value is an engine leaf that ``assign`` replaces (never changes in place), so a tape
    that read the old value still differentiates through the value it read. Reading a trainable
    variable inside a tape makes the tape watch it. ``tf.Variable(...)`` makes a
    ``ResourceVariable``, as TensorFlow does.
    """

    def __new__(cls, *args: Any, **kwargs: Any) -> Variable:
        return object.__new__(ResourceVariable if cls is Variable else cls)

    def __init__(
        self,
        initial_value: Any = None,
        trainable: bool | None = None,
        validate_shape: bool = True,
        caching_device: Any = None,
        name: str | None = None,
        variable_def: Any = None,
        dtype: Any = None,
        import_scope: Any = None,
        constraint: Any = None,
        synchronization: Any = None,
        aggregation: Any = None,
        shape: Any = None,
        **kwargs: Any,
    ) -> None:
        if initial_value is None:
            raise ValueError("initial_value must be specified.")
        if callable(initial_value):
            initial_value = initial_value()
        if isinstance(initial_value, Variable):
            initial_value = initial_value._cell.value
        value = convert_to_tensor(initial_value) if isinstance(initial_value, Tensor) else None
        if value is not None and dtype is not None:
            value = cast_to(value, _np_dtype(dtype))
        if value is None:
            value = convert_to_tensor(initial_value, dtype=dtype)
        self._cell = _Cell(_wrap(np.array(value._data, copy=True)))
        self._trainable = True if trainable is None else builtins.bool(trainable)
        self._base_name = "Variable" if name is None else str(name).split(":")[0]
        self._serial = next(_variable_serials)
        self._constraint = constraint

    # ---- reading ---------------------------------------------------------------------------------

    def _read(self) -> Tensor:
        """The current value; the recording tapes that watch this variable watch this read too."""
        value = self._cell.value
        for tape in R.recording_tapes():
            tape._variable_accessed(self)
        return value

    @property
    def _data(self) -> np.ndarray:
        return self._cell.value._data

    @property
    def _dtype(self) -> np.dtype:
        return self._cell.value._data.dtype

    def read_value(self) -> Tensor:
        """The current value as a tensor (a read, which a tape records)."""
        return self._read()

    def value(self) -> Tensor:
        """The current value as a tensor (the same read as ``read_value``)."""
        return self._read()

    def numpy(self) -> Any:
        """A copy of the value (a NumPy scalar for a 0-d variable)."""
        data = self._cell.value._data
        return data[()] if data.ndim == 0 else data.copy()

    # ---- attributes ------------------------------------------------------------------------------

    @property
    def name(self) -> str:
        return f"{self._base_name}:0"

    @property
    def dtype(self) -> D.DType:
        return D.from_numpy(self._dtype)

    @property
    def shape(self) -> TensorShape:
        return TensorShape(self._data.shape)

    def get_shape(self) -> TensorShape:
        return self.shape

    @property
    def trainable(self) -> bool:
        return self._trainable

    @property
    def device(self) -> str:
        return "/job:localhost/replica:0/task:0/device:CPU:0"

    @property
    def constraint(self) -> Any:
        return self._constraint

    def ref(self) -> Any:
        """A hashable reference, for use as a dict key (as in TensorFlow)."""
        return _Ref(self)

    def __getattr__(self, name: str) -> Any:
        raise AttributeError(f"'ResourceVariable' object has no attribute '{name}'")

    __hash__ = object.__hash__

    # ---- assignment ------------------------------------------------------------------------------

    def _new_value(self, value: Any) -> np.ndarray:
        if isinstance(value, Variable):
            value = value._cell.value
        return convert_to_tensor(value, dtype=self.dtype)._data

    def _set(self, data: np.ndarray) -> None:
        self._cell.value = _wrap(np.array(data, dtype=self._dtype, copy=True))

    def assign(
        self,
        value: Any,
        use_locking: bool = False,
        name: str | None = None,
        read_value: bool = True,
    ) -> Any:
        """Give the variable a new value of the same shape and dtype."""
        new = self._new_value(value)
        if new.shape != self._data.shape:
            raise ValueError(
                f"Cannot assign value to variable ' {self.name}': Shape mismatch.The variable "
                f"shape {TensorShape(self._data.shape)}, and the assigned value shape "
                f"{TensorShape(new.shape)} are incompatible."
            )
        self._set(new)
        return self._unread() if read_value else None

    def assign_add(
        self,
        delta: Any,
        use_locking: bool = False,
        name: str | None = None,
        read_value: bool = True,
    ) -> Any:
        """Add ``delta`` to the value in place (a new value, as far as tapes are concerned)."""
        d = self._new_value(delta)
        with np.errstate(all="ignore"):
            self._set(np.add(self._data, d, dtype=self._dtype))
        return self._unread() if read_value else None

    def assign_sub(
        self,
        delta: Any,
        use_locking: bool = False,
        name: str | None = None,
        read_value: bool = True,
    ) -> Any:
        """Subtract ``delta`` from the value."""
        d = self._new_value(delta)
        with np.errstate(all="ignore"):
            self._set(np.subtract(self._data, d, dtype=self._dtype))
        return self._unread() if read_value else None

    def _assign_slice(self, index: Any, value: Any) -> Any:
        data = self._data.copy()
        data[_index(index)] = self._new_value(value)
        self._set(data)
        return self._unread()

    def _unread(self) -> Variable:
        view = object.__new__(_UnreadVariable)
        view.__dict__.update(self.__dict__)
        return view

    # ---- conversions and printing ----------------------------------------------------------------

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        """A copy of the value (TensorFlow copies a variable's value for NumPy)."""
        if dtype is not None:
            return self._data.astype(dtype)
        return self._data.copy()

    def __float__(self) -> float:
        return builtins.float(self._data)

    def __int__(self) -> int:
        return builtins.int(self._data)

    def __bool__(self) -> bool:
        return builtins.bool(self._data)

    def __index__(self) -> int:
        return self._cell.value.__index__()

    def __len__(self) -> int:
        return len(self._cell.value)

    def __iter__(self) -> Any:
        return iter(self._read())

    # no __format__: as in TensorFlow, ``f"{v}"`` is ``str(v)`` and a format spec is refused

    def __repr__(self) -> str:
        return variable_repr(self._data, D.from_numpy(self._dtype).name, self._repr_name())

    __str__ = __repr__

    def _repr_name(self) -> str:
        return self.name

    def __getitem__(self, index: Any) -> Tensor:
        out = getitem(self._read(), index)
        out._slice_of = (self, index)
        return out


class ResourceVariable(Variable):
    """The class of ``tf.Variable(...)`` objects, as in TensorFlow."""


class _UnreadVariable(Variable):
    """What ``assign`` returns: the same variable, printed as TensorFlow's ``UnreadVariable``."""

    def _repr_name(self) -> str:
        return "UnreadVariable"


def _delegate(name: str) -> Any:
    def method(self: Variable, *args: Any) -> Any:
        return getattr(self._read(), name)(*args)

    method.__name__ = name
    return method


for _name in (
    "__add__ __radd__ __sub__ __rsub__ __mul__ __rmul__ __truediv__ __rtruediv__ __floordiv__ "
    "__rfloordiv__ __mod__ __rmod__ __pow__ __rpow__ __matmul__ __rmatmul__ __neg__ __abs__ "
    "__invert__ __and__ __or__ __xor__ __lt__ __le__ __gt__ __ge__ __eq__ __ne__"
).split():
    setattr(Variable, _name, _delegate(_name))
Variable.__hash__ = object.__hash__  # type: ignore[method-assign]
