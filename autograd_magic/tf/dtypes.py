"""TensorFlow's dtype objects (``tf.float32`` and friends) over NumPy dtypes."""

from __future__ import annotations

import builtins
from typing import Any

import numpy as np

from ._printing import dtype_repr, dtype_str

__all__ = ["DType", "as_dtype"]

# The names TensorFlow's kernels use in error messages ("expected to be a float tensor").
_KERNEL_NAMES = {"float32": "float", "float64": "double", "float16": "half", "object": "string"}


class DType:
    """A tensor element type: prints as ``<dtype: 'float32'>``, ``repr`` is ``tf.float32``."""

    __slots__ = ("_name", "_np")

    def __init__(self, name: str, np_type: Any) -> None:
        self._name = name
        self._np = np.dtype(np_type)

    @property
    def name(self) -> str:
        return self._name

    @property
    def as_numpy_dtype(self) -> type:
        """The NumPy scalar type, as TensorFlow gives it (``numpy.float32``)."""
        return self._np.type

    @property
    def is_floating(self) -> builtins.bool:
        return self._np.kind == "f"

    @property
    def is_integer(self) -> builtins.bool:
        return self._np.kind in "iu"

    @property
    def is_unsigned(self) -> builtins.bool:
        return self._np.kind == "u"

    @property
    def is_bool(self) -> builtins.bool:
        return self._np.kind == "b"

    @property
    def is_complex(self) -> builtins.bool:
        return self._np.kind == "c"

    @property
    def is_numeric(self) -> builtins.bool:
        return self._np.kind in "iufc"

    @property
    def size(self) -> int:
        return self._np.itemsize

    @property
    def base_dtype(self) -> DType:
        return self

    @property
    def real_dtype(self) -> DType:
        if self._np.kind == "c":
            return float32 if self._np == np.complex64 else float64
        return self

    @property
    def min(self) -> Any:
        info = np.finfo(self._np) if self.is_floating else np.iinfo(self._np)
        return info.min

    @property
    def max(self) -> Any:
        info = np.finfo(self._np) if self.is_floating else np.iinfo(self._np)
        return info.max

    def is_compatible_with(self, other: Any) -> builtins.bool:
        return self == other

    def __eq__(self, other: object) -> builtins.bool:
        if isinstance(other, DType):
            return self._name == other._name
        try:
            return self._name == as_dtype(other)._name
        except TypeError:
            return False

    def __ne__(self, other: object) -> builtins.bool:
        return not self.__eq__(other)

    def __hash__(self) -> int:
        return hash(self._name)

    def __repr__(self) -> str:
        return dtype_repr(self._name)

    def __str__(self) -> str:
        return dtype_str(self._name)

    def __reduce__(self) -> tuple:
        return (as_dtype, (self._name,))


float16 = DType("float16", np.float16)
float32 = DType("float32", np.float32)
float64 = DType("float64", np.float64)
int8 = DType("int8", np.int8)
int16 = DType("int16", np.int16)
int32 = DType("int32", np.int32)
int64 = DType("int64", np.int64)
uint8 = DType("uint8", np.uint8)
uint16 = DType("uint16", np.uint16)
uint32 = DType("uint32", np.uint32)
uint64 = DType("uint64", np.uint64)
bool = DType("bool", np.bool_)  # noqa: A001 - TensorFlow's name
complex64 = DType("complex64", np.complex64)
complex128 = DType("complex128", np.complex128)
string = DType("string", np.object_)  # values are Python bytes, as TensorFlow's .numpy() gives
half = float16
double = float64

_ALL = (
    float16,
    float32,
    float64,
    int8,
    int16,
    int32,
    int64,
    uint8,
    uint16,
    uint32,
    uint64,
    bool,
    complex64,
    complex128,
    string,
)
_BY_NAME = {d.name: d for d in _ALL}
_BY_NAME.update(half=float16, double=float64)
_BY_NUMPY = {d._np: d for d in _ALL}


def as_dtype(type_value: Any) -> DType:
    """The ``DType`` for a DType, a name, a NumPy dtype or type (as ``tf.as_dtype``)."""
    if isinstance(type_value, DType):
        return type_value
    if isinstance(type_value, str) and type_value in _BY_NAME:
        return _BY_NAME[type_value]
    if type_value is builtins.float:
        return float32
    if type_value is builtins.bool:
        return bool
    if type_value in (builtins.str, builtins.bytes):
        return string
    if type_value is not builtins.int and type_value is not None:
        try:
            return _BY_NUMPY[np.dtype(type_value)]
        except (TypeError, KeyError):
            pass
    raise TypeError(
        f"Cannot convert the argument `type_value`: {type_value!r} to a TensorFlow DType."
    )


def from_numpy(np_dtype: np.dtype) -> DType:
    """The ``DType`` of a NumPy dtype."""
    return _BY_NUMPY[np.dtype(np_dtype)]


def kernel_name(np_dtype: np.dtype) -> str:
    """The name TensorFlow's kernels print for a dtype: float32 is 'float', float64 'double'."""
    name = np.dtype(np_dtype).name
    return _KERNEL_NAMES.get(name, name)
