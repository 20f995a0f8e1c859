"""Flatten nested lists, tuples and dicts of tensors, and pack results back into that shape.

TensorFlow orders a dict by its sorted keys; ``GradientTape.gradient`` returns its results in
the structure of the sources it was given.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

__all__ = ["flatten", "pack_sequence_as"]


def _is_namedtuple(x: Any) -> bool:
    return isinstance(x, tuple) and hasattr(type(x), "_fields")


def _children(x: Any) -> list[Any] | None:
    if isinstance(x, Mapping):
        return [x[k] for k in sorted(x)]
    if isinstance(x, (list, tuple)):
        return list(x)
    return None


def flatten(structure: Any) -> list[Any]:
    """The leaves of ``structure`` in order (no recursion: deep nests are fine)."""
    out: list[Any] = []
    stack = [structure]
    while stack:
        x = stack.pop()
        kids = _children(x)
        if kids is None:
            out.append(x)
        else:
            stack.extend(reversed(kids))
    return out


def pack_sequence_as(structure: Any, flat: list[Any]) -> Any:
    """``structure`` with its leaves replaced, in order, by the items of ``flat``."""
    it = iter(flat)
    return _pack(structure, it)


def _pack(x: Any, it: Iterator[Any]) -> Any:
    if isinstance(x, Mapping):
        values = {k: _pack(x[k], it) for k in sorted(x)}
        pairs = [(k, values[k]) for k in x]
        return dict(pairs) if type(x) is dict else type(x)(pairs)
    if _is_namedtuple(x):
        return type(x)(*(_pack(v, it) for v in x))
    if isinstance(x, (list, tuple)):
        return type(x)(_pack(v, it) for v in x)
    return next(it)
