"""Text forms of tensors, variables, shapes and dtypes, as TensorFlow prints them.

TensorFlow (2.x, eager mode) builds these strings from NumPy's own printing of the value:

* ``str(tensor)`` is ``tf.Tensor(<str of the NumPy value>, shape=<shape>, dtype=<name>)``;
* ``repr(tensor)`` is ``<tf.Tensor: shape=<shape>, dtype=<name>, numpy=<text>>`` where the
  text of a 0-d value is ``repr`` of the *Python* scalar (``value.item()``: a float32 0.1
  shows as ``0.10000000149011612``) and of anything else ``repr`` of the NumPy array;
* whenever the value text spans several lines a newline is put in front of it;
* ``str(variable)`` and ``repr(variable)`` are the same:
  ``<tf.Variable 'NAME' shape=<shape> dtype=<name>, numpy=<repr text>>``.

NumPy's current print options (``np.set_printoptions``) are honoured, as TensorFlow does, and
so is the installed NumPy's own layout: NumPy 2.2 added ``shape=(...)`` to the repr of
summarised arrays, NumPy 2.3 prints float32 scalars of 1e8 and more as ``1e+08``.

This module depends on NumPy only.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

__all__ = [
    "dtype_repr",
    "dtype_str",
    "shape_repr",
    "shape_str",
    "tensor_repr",
    "tensor_str",
    "value_text",
    "variable_repr",
    "variable_str",
]

# TensorFlow dtype names whose values NumPy stores natively.
_NUMPY_DTYPES = {
    "float16": np.float16,
    "float32": np.float32,
    "float64": np.float64,
    "half": np.float16,
    "double": np.float64,
    "int8": np.int8,
    "int16": np.int16,
    "int32": np.int32,
    "int64": np.int64,
    "uint8": np.uint8,
    "uint16": np.uint16,
    "uint32": np.uint32,
    "uint64": np.uint64,
    "bool": np.bool_,
    "complex64": np.complex64,
    "complex128": np.complex128,
}


def _dtype_name(dtype) -> str:
    """The TensorFlow name of ``dtype`` (a name, a NumPy dtype or an object with ``.name``)."""
    if isinstance(dtype, str):
        return dtype
    if isinstance(dtype, type) and issubclass(dtype, np.generic):
        return np.dtype(dtype).name
    name = getattr(dtype, "name", None)
    if isinstance(name, str):
        return name
    return np.dtype(dtype).name


def _as_array(value, dtype) -> np.ndarray:
    """``value`` as a NumPy array of the NumPy type behind the TensorFlow ``dtype``."""
    name = _dtype_name(dtype)
    np_type = _NUMPY_DTYPES.get(name)
    if np_type is None:
        if name == "string":
            return np.asarray(value, dtype=object) if np.ndim(value) else np.asarray(value)
        return np.asarray(value)
    return np.asarray(value, dtype=np_type)


def value_text(value, dtype, is_repr: bool = False) -> str:
    """The NumPy text of a tensor's value, as TensorFlow puts it after ``numpy=`` or in ``str``.

    A text of several lines gets a newline in front of it.
    """
    arr = _as_array(value, dtype)
    if arr.ndim == 0:
        scalar = arr[()]
        if is_repr:
            if isinstance(scalar, bytes):
                text = repr(bytes(scalar))
            elif isinstance(scalar, np.generic):
                text = repr(scalar.item())
            else:
                text = repr(scalar)
        else:
            text = str(scalar)
    else:
        text = repr(arr) if is_repr else str(arr)
    if "\n" in text:
        text = "\n" + text
    return text


def shape_str(shape) -> str:
    """``str(TensorShape)``: ``()``, ``(10,)``, ``(2, 3)``, ``(None, 3)``; None: ``<unknown>``."""
    if shape is None:
        return "<unknown>"
    dims = _dims(shape)
    if len(dims) == 1:
        return f"({dims[0]},)"
    return "(" + ", ".join(str(d) for d in dims) + ")"


def shape_repr(shape) -> str:
    """``repr(TensorShape)``: ``TensorShape([])``, ``TensorShape([10])``, ``TensorShape(None)``."""
    if shape is None:
        return "TensorShape(None)"
    return f"TensorShape({list(_dims(shape))})"


def _dims(shape: Iterable) -> tuple:
    return tuple(None if d is None else int(d) for d in shape)


def dtype_str(dtype) -> str:
    """``str(tf.float32)`` is ``<dtype: 'float32'>``."""
    return f"<dtype: '{_dtype_name(dtype)}'>"


def dtype_repr(dtype) -> str:
    """``repr(tf.float32)`` is ``tf.float32``."""
    return f"tf.{_dtype_name(dtype)}"


def tensor_str(value, dtype) -> str:
    """``str(tensor)``, e.g. ``tf.Tensor(-0.91113025, shape=(), dtype=float32)``."""
    arr = _as_array(value, dtype)
    return (
        f"tf.Tensor({value_text(arr, dtype)}, shape={shape_str(arr.shape)}, "
        f"dtype={_dtype_name(dtype)})"
    )


def tensor_repr(value, dtype) -> str:
    """``repr(tensor)``, e.g. ``<tf.Tensor: shape=(), dtype=float32, numpy=3.0>``."""
    arr = _as_array(value, dtype)
    return (
        f"<tf.Tensor: shape={shape_str(arr.shape)}, dtype={_dtype_name(dtype)}, "
        f"numpy={value_text(arr, dtype, is_repr=True)}>"
    )


def variable_repr(value, dtype, name: str = "Variable:0") -> str:
    """``repr(variable)``, e.g. ``<tf.Variable 'Variable:0' shape=() dtype=float32, numpy=3.0>``.

    ``name`` is the full name TensorFlow shows, with its ``:0`` output index.
    """
    arr = _as_array(value, dtype)
    return (
        f"<tf.Variable '{name}' shape={shape_str(arr.shape)} dtype={_dtype_name(dtype)}, "
        f"numpy={value_text(arr, dtype, is_repr=True)}>"
    )


def variable_str(value, dtype, name: str = "Variable:0") -> str:
    """``str(variable)``: the same text as ``repr(variable)``."""
    return variable_repr(value, dtype, name)
