"""Whole Jacobians by reverse mode, one row per seed: the one home of the algorithm.

A reverse pass seeded with a one-hot ``e_i`` on an output gives row ``i`` of the Jacobian of
that output with respect to every input. ``jacobian_rows`` runs one pass per seed and returns
the rows per input; the front ends decide the rest (what an unconnected input gets, how the rows
are stacked, the output structure, the error texts). A batched Jacobian (``batch_jacobian``)
seeds one column of every example at once, as examples are independent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np

from .backward import grad
from .tensor import Tensor
from .trace import enable_grad

__all__ = ["Pullback", "engine_pullback", "jacobian_rows", "one_hot_seeds"]

# A reverse pass: one seed (an array of the output's shape) -> a gradient (or None) per input.
Pullback = Callable[[np.ndarray], Sequence[Any]]


def one_hot_seeds(
    shape: tuple[int, ...], dtype: Any, batched: bool = False
) -> Iterator[np.ndarray]:
    """The seeds of the rows, in row-major order, each shaped ``shape``.

    ``batched``: axis 0 holds independent examples; seed ``j`` is one in column ``j`` of every
    example (``shape[1:]`` flattened), so it yields ``prod(shape[1:])`` seeds.
    """
    if batched:
        batch, inner = shape[0], int(np.prod(shape[1:], dtype=np.int64))
        for j in range(inner):
            seed = np.zeros((batch, inner), dtype=dtype)
            seed[:, j] = 1
            yield seed.reshape(shape)
        return
    n = int(np.prod(shape, dtype=np.int64))
    for i in range(n):
        seed = np.zeros(n, dtype=dtype)
        seed[i] = 1
        yield seed.reshape(shape)


def jacobian_rows(
    shape: tuple[int, ...],
    dtype: Any,
    pullback: Pullback,
    n_inputs: int,
    batched: bool = False,
) -> list[list[Any]]:
    """``rows[k][i]``: the gradient of input ``k`` for seed ``i`` (None where not connected)."""
    rows: list[list[Any]] = [[] for _ in range(n_inputs)]
    for seed in one_hot_seeds(shape, dtype, batched):
        for k, g in enumerate(pullback(seed)):
            rows[k].append(g)
    return rows


def engine_pullback(output: Tensor, inputs: Sequence[Tensor], create_graph: bool) -> Pullback:
    """The engine's functional ``grad`` of ``output`` seeded with an array, graph retained.

    An output recorded by no operation is connected to no input: every gradient is None.
    """
    wrap = type(output)._wrap

    def pullback(seed: np.ndarray) -> Sequence[Any]:
        if output._node is None:
            return [None] * len(inputs)
        with enable_grad():
            return grad([output], [wrap(seed)], list(inputs), True, create_graph)

    return pullback
