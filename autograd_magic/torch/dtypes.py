"""PyTorch's dtype objects (``torch.float32`` and friends) mapped to NumPy dtypes."""

from __future__ import annotations

import numpy as np


class dtype:
    """A tensor element type; prints as ``torch.float32``."""

    __slots__ = ("name", "np", "is_floating_point", "itemsize")

    def __init__(self, name: str, np_dtype: type) -> None:
        self.name = name
        self.np = np.dtype(np_dtype)
        self.is_floating_point = self.np.kind == "f"
        self.itemsize = self.np.itemsize

    def __repr__(self) -> str:
        return f"torch.{self.name}"

    def __reduce__(self) -> str:
        return self.name


float32 = dtype("float32", np.float32)
float64 = dtype("float64", np.float64)
int64 = dtype("int64", np.int64)
int32 = dtype("int32", np.int32)
bool_ = dtype("bool", np.bool_)
float = float32  # noqa: A001 - PyTorch's alias
double = float64
long = int64
int = int32  # noqa: A001 - PyTorch's alias

_BY_NUMPY = {d.np: d for d in (float32, float64, int64, int32, bool_)}


def from_numpy_dtype(np_dtype: np.dtype) -> dtype:
    """The torch dtype of a NumPy dtype; other NumPy types are refused with a clear message."""
    try:
        return _BY_NUMPY[np.dtype(np_dtype)]
    except KeyError:
        raise TypeError(
            f"can't convert np.ndarray of type numpy.{np.dtype(np_dtype).name}. The only "
            "supported types are: float64, float32, int64, int32, and bool."
        ) from None


def to_numpy_dtype(d: dtype | None) -> np.dtype | None:
    """NumPy dtype for a torch dtype (or a NumPy dtype / Python type given instead)."""
    if d is None:
        return None
    if isinstance(d, dtype):
        return d.np
    if d is builtins_float:
        return float32.np
    if d is builtins_int:
        return int64.np
    if d is builtins_bool:
        return bool_.np
    return from_numpy_dtype(np.dtype(d)).np


# PyTorch's spelling of a dtype in ``x.type()`` (``torch.FloatTensor``) and in error messages,
# by NumPy dtype name
TYPE_NAMES = {
    "float32": "Float",
    "float64": "Double",
    "int64": "Long",
    "int32": "Int",
    "bool": "Bool",
}

import builtins as _b  # noqa: E402

builtins_float, builtins_int, builtins_bool = _b.float, _b.int, _b.bool
