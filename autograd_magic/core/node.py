"""A node of the graph: one recorded application of a primitive."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

import numpy as np

from .tensor import Tensor

if TYPE_CHECKING:
    from .primitives import Primitive

_serials = itertools.count()

OUT = -1  # in ``Primitive.reads``: the rule reads the operation's result

_F32 = np.dtype(np.float32)
_F64 = np.dtype(np.float64)
_M32: dict[tuple[int, ...], tuple[Any, ...]] = {}
_M64: dict[tuple[int, ...], tuple[Any, ...]] = {}
_MOTHER: dict[Any, dict[tuple[int, ...], tuple[Any, ...]]] = {}


def meta_record(shape: tuple[int, ...], dtype: np.dtype) -> tuple[Any, ...]:
    """The shared operand metadata of (shape, dtype) and the ``meta`` tuples made of it.

    ``(m, (m,), (m, None), (m, m))`` where ``m = (shape, dtype, placeholder)`` is what a node
    keeps of a tensor operand: its shape and dtype, and a read-only zero-stride tensor of that
    shape that stands in for the operand when the node did not save it (the rules of such
    primitives read only its shape). Sharing these tuples means recording an operation
    allocates nothing for them, which also keeps the garbage collector's work down.
    """
    table = _M32 if dtype is _F32 else _M64 if dtype is _F64 else _MOTHER.setdefault(dtype, {})
    rec = table.get(shape)
    if rec is None:
        m = (shape, dtype, Tensor._wrap(np.broadcast_to(np.empty((), dtype=dtype), shape)))
        rec = (m, (m,), (m, None), (m, m))
        if len(table) >= 512:
            table.clear()
        table[shape] = rec
    return rec


def operand_meta(shape: tuple[int, ...], dtype: np.dtype) -> tuple[Any, ...]:
    """What a node keeps of a tensor operand: ``(shape, dtype, placeholder)`` (shared)."""
    return meta_record(shape, dtype)[0]


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
        "outv",
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
        self.outv = None  # the result's version counter (a shared one-element list)
        self.meta = meta  # operand_meta() of each tensor operand (None for others)
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
