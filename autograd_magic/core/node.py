"""A node of the graph: one recorded application of a primitive."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .primitives import Primitive

_serials = itertools.count()


class Node:
    """What backward needs to send a gradient from one result to its operands.

    ``next`` holds, per operand, the operand's own node, the leaf tensor itself (where its
    gradient accumulates) or ``None`` (a constant, or an operand that needs no gradient).
    Duplicates are kept: ``x*x`` has two edges to ``x``. ``serial`` is a stable creation number
    (never ``id()``); the backward pass visits newer nodes first, as PyTorch does.
    """

    __slots__ = (
        "prim",
        "params",
        "next",
        "saved",
        "versions",
        "out",
        "meta",
        "out_shape",
        "out_dtype",
        "cls",
        "serial",
        "name",
        "retain",
        "__weakref__",
    )

    def __init__(
        self,
        prim: Primitive,
        params: dict[str, Any],
        next_: tuple[Any, ...],
        saved: tuple[Any, ...],
        versions: tuple[int, ...] | None,
        out: Any,
        meta: tuple[Any, ...],
        out_shape: tuple[int, ...],
        out_dtype: Any,
        cls: type,
    ) -> None:
        self.prim = prim
        self.params = params
        self.next = next_
        self.saved = saved  # operands as recorded; None once the graph is freed
        self.versions = versions  # version of each saved tensor operand when it was saved
        self.out = out  # the result's array, kept only for rules that read it
        self.meta = meta  # (shape, dtype) of each operand, to fit gradients to them
        self.out_shape = out_shape
        self.out_dtype = out_dtype
        self.cls = cls  # the tensor class gradients are made of (the front end's)
        self.serial = next(_serials)
        self.name = prim.fn_name
        self.retain = None  # weak reference to a non-leaf tensor that called retain_grad()

    @property
    def freed(self) -> bool:
        """True once backward has released the values this node saved."""
        return self.saved is None

    def __repr__(self) -> str:
        return f"<{self.name}>"
