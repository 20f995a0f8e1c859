"""Shapes, views, indexing, joins and copies: NumPy forwards and derivative rules.

matmul, stack, concat, getitem/scatter/setitem, repeat, sum_to, the view chains that replay a
view from its base and write through it (``view_chain``, ``copy_slices``), fill and copy.
Rules are written in the engine's operations (``ops.py``).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .broadcast import unbroadcast_array
from .errors import OVERLAP
from .node import operand_meta
from .ops import (
    getitem,
    matmul,
    mul,
    ndim_of,
    reshape,
    shape_of,
    sum_,
    transpose,
)
from .views import refuse


def _swap_last(x: Any) -> Any:
    axes = list(range(ndim_of(x)))
    axes[-1], axes[-2] = axes[-2], axes[-1]
    return transpose(x, tuple(axes))


def matmul_a(g: Any, ans: Any, a: Any, b: Any) -> Any:
    if ndim_of(a) == 1 and ndim_of(b) == 1:
        return mul(g, b)
    if ndim_of(b) == 1:
        return mul(reshape(g, shape_of(g) + (1,)), b)
    if ndim_of(a) == 1:
        g = reshape(g, shape_of(g)[:-1] + (1, shape_of(g)[-1]))
    return matmul(g, _swap_last(b))  # extra batch dims are summed away by the engine


def matmul_b(g: Any, ans: Any, a: Any, b: Any) -> Any:
    if ndim_of(a) == 1 and ndim_of(b) == 1:
        return mul(g, a)
    if ndim_of(a) == 1:
        g = reshape(g, shape_of(g)[:-1] + (1, shape_of(g)[-1]))
        a = reshape(a, (1, shape_of(a)[0]))
    if ndim_of(b) == 1:
        out = matmul(_swap_last(a), reshape(g, shape_of(g) + (1,)))
        return reshape(out, shape_of(out)[:-1])
    return matmul(_swap_last(a), g)


def stack_rule(i: int, g: Any, ans: Any, *args: Any, axis: int = 0) -> Any:
    axis = axis % ndim_of(g)
    return getitem(g, (slice(None),) * axis + (i,))


def concat_rule(i: int, g: Any, ans: Any, *args: Any, axis: int = 0) -> Any:
    axis = axis % ndim_of(g)
    start = sum(shape_of(a)[axis] for a in args[:i])
    stop = start + shape_of(args[i])[axis]
    return getitem(g, (slice(None),) * axis + (slice(start, stop),))


def scatter_forward(g: np.ndarray, index: Any, shape: tuple[int, ...]) -> np.ndarray:
    out = np.zeros(shape, dtype=g.dtype)
    np.add.at(out, index, g)
    return out


def writable_broadcast(x: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """``np.broadcast_to``, but writable when ``x`` is, as PyTorch's ``expand``: a write
    through a part of it that has no repeated elements (``x.expand(2, 3)[0] = v``) is allowed;
    writes to repeated elements are refused before they happen (``views.check_inplace``).
    (The primitive keeps NumPy's faster read-only view: derivative rules never write.)"""
    out = np.broadcast_to(x, shape)
    if not x.flags.writeable:
        return out
    return np.lib.stride_tricks.as_strided(x, shape=out.shape, strides=out.strides)


def getitem_forward(x: np.ndarray, index: Any) -> np.ndarray:
    """``x[index]``, as a 0-d view (not a NumPy scalar) when it picks one element."""
    out = x[index]
    if not isinstance(out, np.ndarray):
        out = x[(index if isinstance(index, tuple) else (index,)) + (Ellipsis,)]
    return out


def setitem_forward(x: np.ndarray, v: Any, index: Any) -> np.ndarray:
    out = x.copy()
    out[index] = v
    return out


def replay(x: np.ndarray, chain: tuple[Any, ...]) -> np.ndarray:
    """Apply a chain of view primitives ``((prim, params), ...)`` to an array."""
    for prim, params in chain:
        x = prim.forward(x, **params)
    return x


def view_chain_rule(g: Any, ans: Any, x: Any, chain: tuple[Any, ...]) -> Any:
    """Undo a chain of views step by step, each by its own primitive's rule."""
    shapes = [x._data.shape]
    a = x._data
    for prim, params in chain[:-1]:
        a = prim.forward(a, **params)
        shapes.append(a.shape)
    for (prim, params), shape in zip(reversed(chain), reversed(shapes)):
        stand_in = operand_meta(shape, x._data.dtype).stand_in
        g = prim.vjps[0](g, None, stand_in, **params)
    return g


def copy_slices_forward(base: np.ndarray, src: np.ndarray, chain: tuple[Any, ...]) -> np.ndarray:
    for order in ("K", "C"):  # a gradient can come in any layout; a reshape needs C order
        out = base.copy(order=order)
        region = out
        for prim, params in chain:
            if prim.name == "broadcast_to":
                region = writable_broadcast(region, **params)
            else:
                region = prim.forward(region, **params)
        if not region.size or np.shares_memory(region, out):  # (an empty view writes nothing)
            region[...] = src
            return out
    raise NotImplementedError("this chain of views cannot be written through")


def written_once(g: Any, chain: tuple[Any, ...]) -> Any:
    """``g``, after checking that the view a ``copy_slices`` wrote has no repeated elements:
    like PyTorch, its gradient cannot be sent back through an expanded region."""
    region = replay(np.empty(g._data.shape, np.int8), chain)
    if any(st == 0 and n > 1 for st, n in zip(region.strides, region.shape)):
        raise refuse(OVERLAP, g)
    return g


def fill_forward(x: np.ndarray, value: Any) -> np.ndarray:
    return np.full(x.shape, value, dtype=x.dtype)


def copy_forward(x: np.ndarray, src: np.ndarray) -> np.ndarray:
    return np.broadcast_to(src, x.shape).astype(x.dtype, copy=True)


def repeat_forward(x: np.ndarray, reps: tuple[int, ...]) -> np.ndarray:
    lead = (1,) * (len(reps) - x.ndim) + x.shape
    return np.tile(x.reshape(lead), reps)


def repeat_rule(g: Any, ans: Any, x: Any, reps: tuple[int, ...]) -> Any:
    """Sum the copies: view ``g`` as (rep, size) pairs and sum over the reps."""
    shape = shape_of(x)
    lead = (1,) * (len(reps) - len(shape)) + shape
    pairs = tuple(n for r, d in zip(reps, lead) for n in (r, d))
    summed = sum_(reshape(g, pairs), axis=tuple(range(0, 2 * len(reps), 2)))
    return reshape(summed, shape)


def sum_to_forward(x: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    return unbroadcast_array(x, tuple(shape))
