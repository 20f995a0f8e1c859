"""Module-level math (``torch.sin(x)``, ``torch.stack([...])``, ...), as thin calls on tensors."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from ..core import primitives as P
from ..core.tensor import Tensor as CoreTensor
from .calls import _op, _operand, _raw, _size_mismatch, matmul
from .factories import as_tensor
from .tensor import Tensor


def _t(x: Any) -> Tensor:
    if isinstance(x, CoreTensor):
        return x
    return as_tensor(x)


def abs(x: Tensor) -> Tensor:  # noqa: A001
    return _t(x).abs()


def sin(x: Tensor) -> Tensor:
    return _t(x).sin()


def cos(x: Tensor) -> Tensor:
    return _t(x).cos()


def tan(x: Tensor) -> Tensor:
    return _t(x).tan()


def exp(x: Tensor) -> Tensor:
    return _t(x).exp()


def log(x: Tensor) -> Tensor:
    return _t(x).log()


def sqrt(x: Tensor) -> Tensor:
    return _t(x).sqrt()


def tanh(x: Tensor) -> Tensor:
    return _t(x).tanh()


def sigmoid(x: Tensor) -> Tensor:
    return _t(x).sigmoid()


def relu(x: Tensor) -> Tensor:
    return _t(x).relu()


def var(
    x: Tensor,
    dim: Any = None,
    unbiased: Any = None,
    keepdim: bool = False,
    *,
    correction: Any = None,
) -> Tensor:
    return _t(x).var(dim, unbiased, keepdim, correction=correction)


def std(
    x: Tensor,
    dim: Any = None,
    unbiased: Any = None,
    keepdim: bool = False,
    *,
    correction: Any = None,
) -> Tensor:
    return _t(x).std(dim, unbiased, keepdim, correction=correction)


def norm(x: Tensor, p: Any = "fro", dim: Any = None, keepdim: bool = False) -> Tensor:
    return _t(x).norm(p, dim, keepdim)


def cumsum(x: Tensor, dim: int) -> Tensor:
    return _t(x).cumsum(dim)


def floor_divide(a: Any, b: Any) -> Tensor:
    return _t(a) // b


def relu_(x: Tensor) -> Tensor:
    """``x.relu_()``: max(x, 0) in place."""
    return _t(x).relu_()


def clamp_(x: Tensor, min: Any = None, max: Any = None) -> Tensor:  # noqa: A002
    """``x.clamp_(min, max)``: clamp in place."""
    return _t(x).clamp_(min, max)


def reciprocal(x: Tensor) -> Tensor:
    return _t(x).reciprocal()


def square(x: Tensor) -> Tensor:
    return _t(x).square()


def neg(x: Tensor) -> Tensor:
    return -_t(x)


def add(a: Any, b: Any, alpha: Any = 1) -> Tensor:
    return _t(a).add(b, alpha=alpha)


def sub(a: Any, b: Any, alpha: Any = 1) -> Tensor:
    return _t(a).sub(b, alpha=alpha)


def mul(a: Any, b: Any) -> Tensor:
    return _t(a) * b


def div(a: Any, b: Any) -> Tensor:
    return _t(a) / b


def pow(base: Any, exponent: Any) -> Tensor:  # noqa: A001
    if isinstance(base, CoreTensor):
        return base**exponent
    return exponent.__rpow__(base)


def clamp(x: Tensor, min: Any = None, max: Any = None) -> Tensor:  # noqa: A002
    return _t(x).clamp(min, max)


clip = clamp


def maximum(a: Tensor, b: Tensor) -> Tensor:
    return _t(a).maximum(b)


def minimum(a: Tensor, b: Tensor) -> Tensor:
    return _t(a).minimum(b)


def where(condition: Tensor, a: Any, b: Any) -> Tensor:
    """``a`` where ``condition`` holds, else ``b``; differentiable in ``a`` and ``b``."""
    c = _t(condition)._data
    a_, b_ = _operand(a, Tensor), _operand(b, Tensor)
    first = a_ if isinstance(a_, CoreTensor) else b_ if isinstance(b_, CoreTensor) else None
    shapes = [np.shape(c), np.shape(_raw(a_)), np.shape(_raw(b_))]
    try:
        np.broadcast_shapes(*shapes)
    except ValueError:
        raise RuntimeError(_where_mismatch(shapes)) from None
    if first is None:
        return Tensor._wrap(np.where(c, a, b))
    return _op("where", P.WHERE, c, a_, b_)


def _where_mismatch(shapes: list[tuple[int, ...]]) -> str:
    """PyTorch's message for operands of ``where`` that do not broadcast (first clash)."""
    for i in range(len(shapes)):
        for j in range(i + 1, len(shapes)):
            try:
                np.broadcast_shapes(shapes[i], shapes[j])
            except ValueError:
                return _size_mismatch(shapes[i], shapes[j])
    return _size_mismatch(shapes[0], shapes[1])


def sum(x: Tensor, dim: Any = None, keepdim: bool = False, dtype: Any = None) -> Tensor:  # noqa: A001
    return _t(x).sum(dim, keepdim, dtype)


def mean(x: Tensor, dim: Any = None, keepdim: bool = False, dtype: Any = None) -> Tensor:
    return _t(x).mean(dim, keepdim, dtype)


def max(x: Tensor, dim: Any = None, keepdim: bool = False) -> Any:  # noqa: A001
    return _t(x).max(dim, keepdim)


def min(x: Tensor, dim: Any = None, keepdim: bool = False) -> Any:  # noqa: A001
    return _t(x).min(dim, keepdim)


def amax(x: Tensor, dim: Any = None, keepdim: bool = False) -> Tensor:
    return _t(x).amax(dim, keepdim)


def amin(x: Tensor, dim: Any = None, keepdim: bool = False) -> Tensor:
    return _t(x).amin(dim, keepdim)


def prod(x: Tensor, dim: Any = None, keepdim: bool = False) -> Tensor:
    return _t(x).prod(dim, keepdim)


def argmax(x: Tensor, dim: Any = None, keepdim: bool = False) -> Tensor:
    return _t(x).argmax(dim, keepdim)


def argmin(x: Tensor, dim: Any = None, keepdim: bool = False) -> Tensor:
    return _t(x).argmin(dim, keepdim)


def mm(a: Tensor, b: Tensor) -> Tensor:
    if a.ndim != 2 or b.ndim != 2:
        raise RuntimeError("self must be a matrix")
    return matmul(a, b)


def mv(a: Tensor, v: Tensor) -> Tensor:
    if a.ndim != 2 or v.ndim != 1:
        raise RuntimeError(f"vector + matrix @ vector expected, got {a.ndim}, {v.ndim}")
    return matmul(a, v)


def dot(a: Tensor, b: Tensor) -> Tensor:
    if a.ndim != 1 or b.ndim != 1:
        raise RuntimeError(f"1D tensors expected, but got {a.ndim}D and {b.ndim}D tensors")
    return matmul(a, b)


def reshape(x: Tensor, shape: Sequence[int]) -> Tensor:
    return _t(x).reshape(*shape)


def flatten(x: Tensor, start_dim: int = 0, end_dim: int = -1) -> Tensor:
    return _t(x).flatten(start_dim, end_dim)


def transpose(x: Tensor, dim0: int, dim1: int) -> Tensor:
    return _t(x).transpose(dim0, dim1)


def permute(x: Tensor, dims: Sequence[int]) -> Tensor:
    return _t(x).permute(*dims)


def squeeze(x: Tensor, dim: Any = None) -> Tensor:
    return _t(x).squeeze(dim)


def unsqueeze(x: Tensor, dim: int) -> Tensor:
    return _t(x).unsqueeze(dim)


def t(x: Tensor) -> Tensor:
    return _t(x).t()


def _tensors(tensors: Sequence[Any], fn: str) -> list[Tensor]:
    if isinstance(tensors, CoreTensor) or not isinstance(tensors, (list, tuple)):
        raise TypeError(
            f"{fn}(): argument 'tensors' must be tuple of Tensors, not {type(tensors).__name__}"
        )
    if not tensors:
        raise RuntimeError(f"{fn} expects a non-empty TensorList")
    return [_t(x) for x in tensors]


def stack(tensors: Sequence[Tensor], dim: int = 0) -> Tensor:
    """Join tensors of one shape along a new dimension."""
    ts = _tensors(tensors, "stack")
    for i, x in enumerate(ts[1:], 1):
        if x._data.shape != ts[0]._data.shape:
            raise RuntimeError(
                f"stack expects each tensor to be equal size, but got {list(ts[0].shape)} at "
                f"entry 0 and {list(x.shape)} at entry {i}"
            )
    return _op("stack", P.STACK, *ts, axis=dim)


def cat(tensors: Sequence[Tensor], dim: int = 0) -> Tensor:
    """Join tensors along an existing dimension."""
    ts = _tensors(tensors, "cat")
    try:
        return _op("cat", P.CONCAT, *ts, axis=dim)
    except ValueError as e:
        raise RuntimeError(f"Sizes of tensors must match except in dimension {dim}") from e


concat = cat


def softmax(x: Tensor, dim: int) -> Tensor:
    return _t(x).softmax(dim)


def log_softmax(x: Tensor, dim: int) -> Tensor:
    return _t(x).log_softmax(dim)


def isnan(x: Tensor) -> Tensor:
    return _t(x).isnan()


def allclose(a: Tensor, b: Tensor, rtol: float = 1e-05, atol: float = 1e-08) -> bool:
    return bool(np.allclose(_t(a)._data, _t(b)._data, rtol=rtol, atol=atol))


def equal(a: Tensor, b: Tensor) -> bool:
    return a._data.shape == b._data.shape and bool(np.array_equal(a._data, b._data))


def is_tensor(x: Any) -> bool:
    return isinstance(x, Tensor)


def numel(x: Tensor) -> int:
    return x.numel()


def detach(x: Tensor) -> Tensor:
    return x.detach()


def clone(x: Tensor) -> Tensor:
    return x.clone()


def is_floating_point(x: Tensor) -> bool:
    return x._data.dtype.kind == "f"
