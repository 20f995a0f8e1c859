"""Python values as TensorFlow converts them to arrays: default dtypes, text, refusals.

Plain NumPy, no tensors: ``tensor.convert_to_tensor`` and ``tf.constant`` call these, and the
ops use ``_np_dtype`` and ``_shape_text``.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from . import dtypes as D


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
