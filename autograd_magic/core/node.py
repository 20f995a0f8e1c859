"""A node of the graph: one recorded application of a primitive."""

from __future__ import annotations

import itertools
from collections.abc import Container, Iterable
from typing import Any

import numpy as np

from .primitive import PrimitiveSpec
from .tensor import Tensor

_next_serial = itertools.count().__next__
_new = object.__new__

OUT = -1  # in ``Primitive.reads``: the rule reads the operation's result


class OperandMeta:
    """What a node keeps of a tensor operand (shared between nodes, never changed)."""

    __slots__ = ("shape", "dtype", "stand_in")

    def __init__(self, shape: tuple[int, ...], dtype: np.dtype) -> None:
        self.shape = shape
        self.dtype = dtype
        # a read-only zero-stride tensor of this shape, for rules that read no operand value
        self.stand_in = Tensor._wrap(np.broadcast_to(np.empty((), dtype), shape))


class MetaRecord:
    """The shared ``meta`` tuples of nodes whose tensor operands all have one shape and dtype.

    (Slotted classes, not named tuples: ``apply`` reads them on every recorded operation and a
    slot is the cheapest attribute to read.)
    """

    __slots__ = ("operand", "unary", "with_scalar", "pair")

    def __init__(self, m: OperandMeta) -> None:
        self.operand = m
        self.unary = (m,)  # one tensor operand
        self.with_scalar = (m, None)  # a tensor and a Python number
        self.pair = (m, m)  # two tensors


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
        rec = MetaRecord(OperandMeta(shape, dtype))
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
    (never ``id()``); the backward pass visits newer nodes first.
    ``name`` is what the front end calls the node: its tensor class's ``_node_names`` policy
    names it when it is made, and a front end call may name its own node after that.
    Nodes are made by ``new_node`` only.
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

    @property
    def freed(self) -> bool:
        """True once backward has released the values this node saved."""
        return self.saved is None

    def __repr__(self) -> str:
        return f"<{self.name}>"


def new_node(
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
    outv: list[int] | None,
) -> Node:
    """A new node, the newest so far: the one way nodes are made.

    A plain function rather than ``Node.__init__``: calling a class costs more than calling a
    function, and ``apply`` makes a node for every recorded operation.
    """
    node = _new(Node)
    node.prim = prim
    node.params = params
    node.next = next_
    node.saved = saved  # operands as recorded; None once the graph is freed
    node.versions = versions  # version of each saved tensor operand when it was saved
    node.out = out  # the result's array, kept only for rules that read it
    node.outv = outv  # the result's version counter (a shared one-element list)
    node.meta = meta  # OperandMeta of each tensor operand (None for others)
    node.out_shape = out_shape
    node.out_dtype = out_dtype
    node.cls = cls  # the tensor class gradients are made of (the front end's)
    node.serial = _next_serial()
    node.name = cls._node_names[prim.name]  # the front end's policy (see NodeNames)
    node.retain = None  # weak reference to a non-leaf tensor that called retain_grad()
    return node


def graph_key(t: Tensor) -> Node | Tensor:
    """Where a backward pass gathers ``t``'s gradient: its node, or the leaf tensor itself."""
    return t._node if t._node is not None else t


def consumers(starts: Iterable[Node], keys: Container[Any] | None = None) -> dict[Any, list[Node]]:
    """The graph walked from ``starts`` towards the leaves: for each node or leaf tensor reached
    (only those in ``keys``, if given), the nodes that use it, once per edge.

    Iterative, and each node is visited once however many paths lead to it.
    """
    users: dict[Any, list[Node]] = {}
    stack = list(dict.fromkeys(starts))
    seen = set(stack)
    while stack:
        n = stack.pop()
        for nx in n.next:
            if nx is None:
                continue
            if keys is None or nx in keys:
                users.setdefault(nx, []).append(n)
            if type(nx) is Node and nx not in seen:
                seen.add(nx)
                stack.append(nx)
    return users
