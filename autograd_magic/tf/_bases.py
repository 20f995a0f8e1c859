"""What tensors, variables and sparse gradients share without importing one another.

``tensor`` converts variables and ``IndexedSlices`` to tensors, but those classes live in
``variables`` and ``indexed_slices``, which import ``tensor``: the conversions test for these
bases instead. ``_Ref`` is what ``ref()`` returns for a tensor or a variable;
``ValueFacts`` holds what both report from their value.
"""

from __future__ import annotations

from typing import Any

from .shapes import TensorShape

__all__ = ["IndexedSlicesLike", "ValueFacts", "VariableLike"]


class ValueFacts:
    """What a tensor and a variable both answer from their value (``_data``): the shape, and
    ``bool()``, ``float()``, ``int()`` as NumPy converts a one-element array (several elements:
    NumPy's error)."""

    __slots__ = ()
    _data: Any

    @property
    def shape(self) -> TensorShape:
        return TensorShape(self._data.shape)

    def get_shape(self) -> TensorShape:
        return self.shape

    def __bool__(self) -> bool:
        return bool(self._data)

    def __float__(self) -> float:
        return float(self._data)

    def __int__(self) -> int:
        return int(self._data)


class VariableLike:
    """Base of ``tf.Variable`` (in ``variables``): ``tensor``'s conversions read its value."""

    __slots__ = ()

    def _read(self) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError


class IndexedSlicesLike:
    """Marker base of ``IndexedSlices`` (a sparse gradient), converted to dense where needed."""

    def _dense(self) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError


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
