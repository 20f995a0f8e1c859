"""A node of the graph: one recorded application of a primitive."""

from __future__ import annotations

import itertools
from typing import Any, NamedTuple

import numpy as np

from .primitive import PrimitiveSpec
from .tensor import Tensor

_next_serial = itertools.count().__next__

OUT = -1  # in ``Primitive.reads``: the rule reads the operation's result


class OperandMeta(NamedTuple):
    """What a node keeps of a tensor operand (shared between nodes, never changed)."""

    shape: tuple[int, ...]
    dtype: np.dtype
    stand_in: Tensor  # read-only zero-stride tensor of this shape, for rules that read no value


class MetaRecord(NamedTuple):
    """The shared ``meta`` tuples of nodes whose tensor operands all have one shape and dtype."""

    operand: OperandMeta
    unary: tuple[OperandMeta]  # one tensor operand
    with_scalar: tuple[OperandMeta, None]  # a tensor and a Python number
    pair: tuple[OperandMeta, OperandMeta]  # two tensors


_F32 = np.dtype(np.float32)
_F64 = np.dtype(np.float64)
# MetaRecords by shape: one table for each common float dtype, and one per other dtype
META_F32: dict[tuple[int, ...], MetaRecord] = {}
META_F64: dict[tuple[int, ...], MetaRecord] = {}
_META_OTHER: dict[np.dtype, dict[tuple[int, ...], MetaRecord]] = {}


def meta_record(shape: tuple[int, ...], dtype: np.dtype) -> MetaRecord:
    """The shared operand metadata of (shape, dtype) and the ``meta`` tuples made of it.

    Sharing these tuples means recording an operation allocates nothing for them, which also
    keeps the garbage collector's work down.
    """
    if dtype is _F32:
        table = META_F32
    elif dtype is _F64:
        table = META_F64
    else:
        table = _META_OTHER.setdefault(dtype, {})
    rec = table.get(shape)
    if rec is None:
        m = OperandMeta(shape, dtype, Tensor._wrap(np.broadcast_to(np.empty((), dtype), shape)))
        rec = MetaRecord(m, (m,), (m, None), (m, m))
        if len(table) >= 512:
            table.clear()
        table[shape] = rec
    return rec


def operand_meta(shape: tuple[int, ...], dtype: np.dtype) -> OperandMeta:
    """What a node keeps of a tensor operand: its shape, dtype and stand-in (shared)."""
    return meta_record(shape, dtype).operand


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
        prim: PrimitiveSpec,
        params: dict[str, Any],
        next_: tuple[Any, ...],
        saved: tuple[Any, ...],
        versions: tuple[int, ...] | None,
        out: Any,
        meta: tuple[Any, ...],
        out_shape: tuple[int, ...],
        out_dtype: Any,
        cls: type,
        outv: list[int] | None = None,
    ) -> None:
        self.prim = prim
        self.params = params
        self.next = next_
        self.saved = saved  # operands as recorded; None once the graph is freed
        self.versions = versions  # version of each saved tensor operand when it was saved
        self.out = out  # the result's array, kept only for rules that read it
        self.outv = outv  # the result's version counter (a shared one-element list)
        self.meta = meta  # OperandMeta of each tensor operand (None for others)
        self.out_shape = out_shape
        self.out_dtype = out_dtype
        self.cls = cls  # the tensor class gradients are made of (the front end's)
        self.serial = _next_serial()
        self.name = prim.fn_name
        self.retain = None  # weak reference to a non-leaf tensor that called retain_grad()

    @property
    def freed(self) -> bool:
        """True once backward has released the values this node saved."""
        return self.saved is None

    def __repr__(self) -> str:
        return f"<{self.name}>"
