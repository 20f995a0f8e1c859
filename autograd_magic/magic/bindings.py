"""What the user's names were bound to before a cell, to tell which ones the cell rebound.

Objects are compared by identity through weak references, never by ``id()`` alone: once an old
tensor is freed, a new one can get the same ``id()``, and ``w = w - 0.2`` would then look
unchanged. A weak reference does not keep the old object alive (the cell behaves as without
the magic); objects that take no weak reference (numbers, strings, lists) are held for the
cell's duration, which no user code can observe.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable
from typing import Any


class Bindings:
    """A snapshot of ``name -> object`` taken before the cell."""

    def __init__(self, items: Iterable[tuple[str, Any]]) -> None:
        self._refs: dict[str, Callable[[], Any]] = {}
        for name, obj in items:
            try:
                self._refs[name] = weakref.ref(obj)
            except TypeError:
                self._refs[name] = _Held(obj)

    def rebound(self, name: str, obj: Any) -> bool:
        """True if ``name`` is new or now bound to another object than before the cell."""
        ref = self._refs.get(name)
        return ref is None or ref() is not obj


class _Held:
    """A strong reference with the call interface of ``weakref.ref``."""

    __slots__ = ("obj",)

    def __init__(self, obj: Any) -> None:
        self.obj = obj

    def __call__(self) -> Any:
        return self.obj
