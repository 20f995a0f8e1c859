"""Tensor methods that reshape or select without computing: ``reshape``, ``view``,
``flatten``, ``permute``/``transpose``/``t``/``T``/``mT``, ``squeeze``/``unsqueeze``,
``expand``, indexing ``x[i]`` (``__getitem__``), and the matrix products ``matmul``/``mm``/
``mv``/``dot``.

``ViewMixin`` is one of the bases of ``tensor.Tensor``. Writing through an index
(``x[i] = v``) is an in-place change: it is in ``tensor_inplace.py``.
"""

from __future__ import annotations

import builtins
import warnings
from typing import TYPE_CHECKING, Any

import numpy as np

from ..core import primitives as P
from ..core.tensor import Tensor as CoreTensor
from . import dtypes as D
from .calls import _op, _shape_args, matmul

if TYPE_CHECKING:  # typing.Self is Python 3.11+; annotations here are never evaluated
    from typing_extensions import Self


def _check_scalar_index(idx: Any) -> None:
    """PyTorch's errors for an integer or a slice indexing a 0-d tensor."""
    items = idx if isinstance(idx, tuple) else (idx,)
    if sum(it is not None and it is not Ellipsis for it in items) > 1:
        raise IndexError("too many indices for tensor of dimension 0")
    for it in items:
        if isinstance(it, slice):
            raise IndexError("slice() cannot be applied to a 0-dim tensor.")
        if isinstance(it, (builtins.int, np.integer)) and not isinstance(it, builtins.bool):
            if it:
                raise IndexError(f"index {it} is out of bounds for dimension 0 with size 0")
            raise IndexError(
                "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or "
                "`tensor.item<T>()` in C++ to convert a 0-dim tensor to a number"
            )


def _index(index: Any) -> tuple[Any, str]:
    """NumPy index for a PyTorch index, and the kind of node it makes."""
    items = index if isinstance(index, tuple) else (index,)
    out = []
    kind = "slice"
    for it in items:
        if isinstance(it, CoreTensor):
            it = it._data
        if isinstance(it, list):
            it = np.asarray(it)
        if isinstance(it, np.ndarray):
            kind = "index"
        elif isinstance(it, (builtins.int, np.integer)) and kind != "index":
            kind = "select"
        out.append(it)
    return (tuple(out) if isinstance(index, tuple) else out[0]), kind


class ViewMixin:
    """Shapes, views and indexing of ``Tensor`` (see the module docstring)."""

    __slots__ = ()

    def _view(self, key: str, shape: tuple[int, ...]) -> Self:
        try:
            return _op(key, P.RESHAPE, self, shape=shape)
        except ValueError:
            dims = ", ".join(str(s) for s in shape)
            raise RuntimeError(
                f"shape '[{dims}]' is invalid for input of size {self._data.size}"
            ) from None

    def _reshape(self, shape: tuple[int, ...]) -> Self:
        probe = self._data.view()
        try:
            probe.shape = shape
        except AttributeError:
            # the layout does not allow a view: PyTorch copies (CloneBackward0), then views the
            # copy (UnsafeViewBackward0)
            out = self.clone()._view("view", shape)
            if out._node is not None:
                out._node.name = "UnsafeViewBackward0"
            return out
        except ValueError:
            pass  # a size mismatch: _view says it as PyTorch does
        return self._view("view", shape)

    def reshape(self, *shape: Any) -> Self:
        return self._reshape(_shape_args(shape))

    def view(self, *shape: Any) -> Self:
        if len(shape) == 1 and isinstance(shape[0], D.dtype):
            raise NotImplementedError("view(dtype) is not supported; use .to(dtype)")
        shape = _shape_args(shape)
        probe = self._data.view()
        try:
            probe.shape = shape  # NumPy refuses where a reshape would have to copy
        except AttributeError:
            raise RuntimeError(
                "view size is not compatible with input tensor's size and stride (at least one "
                "dimension spans across two contiguous subspaces). Use .reshape(...) instead."
            ) from None
        except ValueError:
            pass  # a size mismatch: _view says it as PyTorch does
        return self._view("view", shape)

    def view_as(self, other: Self) -> Self:
        return self._view("view", other._data.shape)

    def flatten(self, start_dim: int = 0, end_dim: int = -1) -> Self:
        s = self._data.shape
        if not s:
            return self._view("view", (1,))
        start, end = start_dim % len(s), end_dim % len(s)
        new = s[:start] + (int(np.prod(s[start : end + 1], dtype=np.int64)),) + s[end + 1 :]
        return self if new == s else self._reshape(new)

    def _permute(self, key: str, axes: tuple[int, ...]) -> Self:
        return _op(key, P.TRANSPOSE, self, axes=axes)

    def permute(self, *dims: Any) -> Self:
        dims = _shape_args(dims)
        return self._permute("permute", tuple(d % max(self.ndim, 1) for d in dims))

    def transpose(self, dim0: int, dim1: int) -> Self:
        axes = list(range(self.ndim))
        axes[dim0], axes[dim1] = axes[dim1], axes[dim0]
        return self._permute("transpose", tuple(axes))

    def t(self) -> Self:
        if self.ndim > 2:
            raise RuntimeError(
                f"t() expects a tensor with <= 2 dimensions, but self is {self.ndim}D"
            )
        return self._permute("t", tuple(range(self.ndim))[::-1])

    @property
    def T(self) -> Self:  # noqa: N802 - PyTorch's name
        if self.ndim != 2:
            msg = (
                "Tensor.T is deprecated on 0-D tensors. This function is the identity in these "
                "cases."
                if self.ndim == 0
                else "The use of `x.T` on tensors of dimension other than 2 to reverse their "
                "shape is deprecated and it will throw an error in a future release. Consider "
                "`x.mT` to transpose batches of matrices or `x.permute(*torch.arange(x.ndim - 1, "
                "-1, -1))` to reverse the dimensions of a tensor."
            )
            warnings.warn(msg, UserWarning, stacklevel=2)
        return self._permute("T", tuple(range(self.ndim))[::-1])

    @property
    def mT(self) -> Self:  # noqa: N802 - PyTorch's name
        return self.transpose(-2, -1)

    def squeeze(self, dim: Any = None) -> Self:
        s = self._data.shape
        if dim is None:
            return self._view("squeeze", tuple(n for n in s if n != 1))
        if not s:
            return self._view("squeeze_dim", s)
        d = dim % len(s)
        new = s[:d] + s[d + 1 :] if s[d] == 1 else s
        return self._view("squeeze_dim", new)

    def unsqueeze(self, dim: int) -> Self:
        s = self._data.shape
        d = dim % (len(s) + 1)
        return self._view("unsqueeze", s[:d] + (1,) + s[d:])

    def expand(self, *sizes: Any) -> Self:
        sizes = _shape_args(sizes)
        s = (1,) * (len(sizes) - self.ndim) + self._data.shape
        shape = tuple(n if m == -1 else m for n, m in zip(s, sizes))
        out = _op("expand", P.BROADCAST_TO, self, shape=shape)
        if self._data.flags.writeable:  # PyTorch lets you write where nothing repeats
            out._data = P.writable_broadcast(self._data, shape)
        return out

    def expand_as(self, other: Self) -> Self:
        return self.expand(*other._data.shape)

    def matmul(self, other: Self) -> Self:
        return matmul(self, other)

    def mm(self, other: Self) -> Self:
        return matmul(self, other)

    def mv(self, other: Self) -> Self:
        return matmul(self, other)

    def dot(self, other: Self) -> Self:
        return matmul(self, other)

    def __getitem__(self, index: Any) -> Self:
        idx, kind = _index(index)
        if not self._data.ndim:
            _check_scalar_index(idx)
        try:
            return _op(kind, P.GETITEM, self, index=idx)
        except IndexError as e:  # NumPy's words for it, in PyTorch's
            if str(e).startswith("too many indices"):
                raise IndexError(f"too many indices for tensor of dimension {self.ndim}") from None
            raise IndexError(str(e).replace(" for axis ", " for dimension ")) from None
