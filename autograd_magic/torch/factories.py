"""Making tensors: ``tensor``, ``zeros``, ``arange``, ``linspace``, random numbers, ..."""

from __future__ import annotations

import builtins
import warnings
from typing import Any

import numpy as np

from ..core.tensor import Tensor as CoreTensor
from . import dtypes as D
from .calls import _shape_args
from .tensor import ONLY_FLOAT, Tensor

_rng = np.random.default_rng()


def _finish(data: np.ndarray, requires_grad: bool) -> Tensor:
    t = Tensor._wrap(data)
    if requires_grad:
        if data.dtype.kind != "f":
            raise RuntimeError(
                "Only Tensors of floating point and complex dtype can require gradients"
            )
        t._requires_grad = True
    return t


def _infer(data: Any) -> np.ndarray:
    """NumPy array for Python data with PyTorch's defaults: floats float32, ints int64."""
    if isinstance(data, (np.ndarray, np.generic)):
        D.from_numpy_dtype(data.dtype)  # refuses types PyTorch refuses
        return np.asarray(data)
    if isinstance(data, (list, tuple)):
        data = [_item(d) for d in data]
    arr = np.asarray(data)
    if arr.dtype.kind == "f":
        return arr.astype(np.float32)
    if arr.dtype.kind in "iu":
        return arr.astype(np.int64)
    if arr.dtype.kind == "b":
        return arr
    raise TypeError(f"Could not infer dtype of {type(data).__name__}")


def _item(d: Any) -> Any:
    if isinstance(d, CoreTensor):
        return d._data.item() if d._data.size == 1 and d._data.ndim == 0 else d._data.tolist()
    if isinstance(d, (list, tuple)):
        return [_item(x) for x in d]
    return d


def tensor(data: Any, dtype: Any = None, device: Any = None, requires_grad: bool = False) -> Tensor:
    """A new tensor holding a copy of ``data`` (PyTorch: ``torch.tensor``)."""
    if isinstance(data, CoreTensor):
        warnings.warn(
            "To copy construct from a tensor, it is recommended to use sourceTensor.detach()."
            "clone() or sourceTensor.detach().clone().requires_grad_(True), rather than "
            "torch.tensor(sourceTensor).",
            UserWarning,
            stacklevel=2,
        )
        arr = data._data.copy()
    elif dtype is not None and not isinstance(data, np.ndarray):
        arr = np.array(_item(data), dtype=D.to_numpy_dtype(dtype))
    else:
        arr = np.array(_infer(data), copy=True)
    if dtype is not None:
        arr = arr.astype(D.to_numpy_dtype(dtype), copy=False)
    return _finish(arr, requires_grad)


def as_tensor(data: Any, dtype: Any = None, device: Any = None) -> Tensor:
    """A tensor sharing memory with a NumPy array when the dtype allows, else a copy."""
    if isinstance(data, CoreTensor):
        return data if dtype is None else data.to(dtype)
    arr = _infer(data)
    if dtype is not None:
        arr = arr.astype(D.to_numpy_dtype(dtype), copy=False)
    return Tensor._wrap(arr)


def from_numpy(array: np.ndarray) -> Tensor:
    """A tensor sharing memory with ``array`` (its dtype kept)."""
    if not isinstance(array, np.ndarray):
        raise TypeError(f"expected np.ndarray (got {type(array).__name__})")
    D.from_numpy_dtype(array.dtype)
    return Tensor._wrap(array)


_FLOAT32 = np.dtype(np.float32)


def _dtype(dtype: Any, default: np.dtype = _FLOAT32) -> np.dtype:
    return default if dtype is None else D.to_numpy_dtype(dtype)


def zeros(*size: Any, dtype: Any = None, requires_grad: bool = False, device: Any = None) -> Tensor:
    return _finish(np.zeros(_shape_args(size), _dtype(dtype)), requires_grad)


def ones(*size: Any, dtype: Any = None, requires_grad: bool = False, device: Any = None) -> Tensor:
    return _finish(np.ones(_shape_args(size), _dtype(dtype)), requires_grad)


def zeros_like(t: Tensor, dtype: Any = None, requires_grad: bool = False) -> Tensor:
    return _finish(np.zeros(t._data.shape, _dtype(dtype, t._data.dtype)), requires_grad)


def ones_like(t: Tensor, dtype: Any = None, requires_grad: bool = False) -> Tensor:
    return _finish(np.ones(t._data.shape, _dtype(dtype, t._data.dtype)), requires_grad)


def full(size: Any, fill_value: Any, dtype: Any = None, requires_grad: bool = False) -> Tensor:
    default = _infer(fill_value).dtype
    return _finish(np.full(_shape_args((size,)), fill_value, _dtype(dtype, default)), requires_grad)


def full_like(t: Tensor, fill_value: Any, dtype: Any = None, requires_grad: bool = False) -> Tensor:
    return full(
        t._data.shape, fill_value, dtype or D.from_numpy_dtype(t._data.dtype), requires_grad
    )


def arange(
    start: Any, end: Any = None, step: Any = 1, dtype: Any = None, requires_grad: bool = False
) -> Tensor:
    """Values from ``start`` up to (not including) ``end``: int64 for integers, else float32."""
    if end is None:
        start, end = 0, start
    is_int = all(isinstance(v, (builtins.int, np.integer)) for v in (start, end, step))
    default = np.dtype(np.int64) if is_int else np.dtype(np.float32)
    n = builtins.max(0, int(np.ceil((end - start) / step)))
    data = (
        (start + np.arange(n, dtype=np.float64) * step)
        if not is_int
        else np.arange(start, end, step)
    )
    return _finish(data.astype(_dtype(dtype, default)), requires_grad)


def linspace(
    start: Any, end: Any, steps: int, dtype: Any = None, requires_grad: bool = False
) -> Tensor:
    """``steps`` evenly spaced values from ``start`` to ``end``, computed as PyTorch does:
    the first half counted up from ``start``, the second half counted down from ``end``."""
    dt = _dtype(dtype)
    if steps == 1:
        return _finish(np.array([start], dtype=dt), requires_grad)
    work = dt if dt.kind == "f" else np.dtype(np.float64)
    s, e = work.type(start), work.type(end)
    step = (e - s) / work.type(steps - 1)
    # PyTorch's kernel uses a fused multiply-add (one rounding): compute wider, round once.
    wide = np.float64 if work == np.float32 else np.longdouble
    i = np.arange(steps).astype(wide)
    up = wide(s) + wide(step) * i
    down = wide(e) - wide(step) * (steps - 1 - i)
    data = np.where(np.arange(steps) < steps // 2, up, down).astype(work)
    return _finish(data.astype(dt), requires_grad)


def eye(n: int, m: int | None = None, dtype: Any = None, requires_grad: bool = False) -> Tensor:
    return _finish(np.eye(n, m, dtype=_dtype(dtype)), requires_grad)


def manual_seed(seed: int) -> Any:
    """Seed the random numbers of ``rand``/``randn`` (our generator, not PyTorch's stream)."""
    global _rng
    _rng = np.random.default_rng(seed)
    return _rng


def rand(*size: Any, dtype: Any = None, requires_grad: bool = False) -> Tensor:
    """Uniform random numbers in [0, 1)."""
    return _finish(_rng.random(_shape_args(size)).astype(_dtype(dtype)), requires_grad)


def randn(*size: Any, dtype: Any = None, requires_grad: bool = False) -> Tensor:
    """Standard normal random numbers."""
    return _finish(_rng.standard_normal(_shape_args(size)).astype(_dtype(dtype)), requires_grad)


def randint(low: int, high: int | None = None, size: Any = (), dtype: Any = None) -> Tensor:
    if high is None:
        low, high = 0, low
    return Tensor._wrap(
        _rng.integers(low, high, size=_shape_args((size,))).astype(
            _dtype(dtype, np.dtype(np.int64))
        )
    )


__all__ = [
    "arange",
    "as_tensor",
    "eye",
    "from_numpy",
    "full",
    "full_like",
    "linspace",
    "manual_seed",
    "ones",
    "ones_like",
    "rand",
    "randint",
    "randn",
    "tensor",
    "zeros",
    "zeros_like",
    "ONLY_FLOAT",
]
