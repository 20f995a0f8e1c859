"""``tf.IndexedSlices``: the sparse gradient TensorFlow returns for a source read only by gather.

``values[i]`` is the gradient for row ``indices[i]`` of a tensor of shape ``dense_shape``;
repeated indices add up when it is made dense.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..core import primitives as P
from . import _recording as R
from ._bases import IndexedSlicesLike
from .shapes import TensorShape
from .tensor import Tensor

__all__ = ["IndexedSlices"]


class IndexedSlices(IndexedSlicesLike):
    """Rows ``values`` at ``indices`` of a tensor of shape ``dense_shape``, the rest zero."""

    def __init__(self, values: Tensor, indices: Tensor, dense_shape: Tensor | None = None) -> None:
        self._values = values
        self._indices = indices
        self._dense_shape = dense_shape

    @property
    def values(self) -> Tensor:
        return self._values

    @property
    def indices(self) -> Tensor:
        return self._indices

    @property
    def dense_shape(self) -> Tensor | None:
        return self._dense_shape

    @property
    def dtype(self) -> Any:
        return self._values.dtype

    @property
    def shape(self) -> TensorShape:
        if self._dense_shape is None:
            return TensorShape(None)
        return TensorShape(self._dense_shape._data.tolist())

    def _dense(self) -> Tensor:
        """The dense tensor: rows added at their indices (a recorded, differentiable scatter)."""
        shape = tuple(int(n) for n in self._dense_shape._data)
        return R.record(
            "UnsortedSegmentSum",
            P.SCATTER,
            self._values,
            index=np.asarray(self._indices._data),
            shape=shape,
        )

    def __neg__(self) -> IndexedSlices:
        return IndexedSlices(-self._values, self._indices, self._dense_shape)

    def __repr__(self) -> str:
        return f"<tensorflow.python.framework.indexed_slices.IndexedSlices object at {id(self):#x}>"

    def __str__(self) -> str:
        shape = "" if self._dense_shape is None else f", dense_shape={self._dense_shape!s}"
        return f"IndexedSlices(indices={self._indices!s}, values={self._values!s}{shape})"
