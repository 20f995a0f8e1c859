"""``torch.autograd.functional``: whole Jacobians and Hessians from reverse mode, row by row."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from ...core import backward as core_backward
from ...core.trace import enable_grad
from ..tensor import Tensor, grad


def _inputs(inputs: Any) -> tuple[tuple[Any, ...], bool]:
    if isinstance(inputs, Tensor):
        return (inputs,), True
    return tuple(inputs), False


def jacobian(
    func: Callable,
    inputs: Any,
    create_graph: bool = False,
    strict: bool = False,
    vectorize: bool = False,
    strategy: str = "reverse-mode",
) -> Any:
    """J[i][j] = d func(inputs)[i] / d inputs[j], shaped ``out.shape + in.shape``."""
    ins, single_in = _inputs(inputs)
    with enable_grad():
        xs = tuple(x.detach().requires_grad_(True) if x._data.dtype.kind == "f" else x for x in ins)
        outs = func(*xs)
    single_out = isinstance(outs, Tensor)
    outs = (outs,) if single_out else tuple(outs)
    table = []
    for out in outs:
        rows = [[] for _ in xs]
        for k in range(out._data.size):
            seed = np.zeros(out._data.size, dtype=out._data.dtype)
            seed[k] = 1
            seed_t = Tensor._wrap(seed.reshape(out._data.shape))
            if out._node is None:
                grads = [None] * len(xs)
            else:
                with enable_grad():
                    grads = core_backward.grad([out], [seed_t], list(xs), True, create_graph)
            for j, (x, g) in enumerate(zip(xs, grads)):
                rows[j].append(np.zeros_like(x._data) if g is None else g._data)
        blocks = []
        for j, x in enumerate(xs):
            stacked = np.stack(rows[j]) if rows[j] else np.zeros((0,) + x._data.shape)
            blocks.append(Tensor._wrap(stacked.reshape(out._data.shape + x._data.shape)))
        table.append(blocks[0] if single_in else tuple(blocks))
    return table[0] if single_out else tuple(table)


def hessian(
    func: Callable,
    inputs: Any,
    create_graph: bool = False,
    strict: bool = False,
    vectorize: bool = False,
    outer_jacobian_strategy: str = "reverse-mode",
) -> Any:
    """Second derivatives of a scalar ``func``: the Jacobian of its gradient."""
    ins, single_in = _inputs(inputs)

    def gradient(*xs: Any) -> Any:
        out = func(*xs)
        gs = grad(out, xs, create_graph=True, allow_unused=True)
        gs = tuple(Tensor._wrap(np.zeros_like(x._data)) if g is None else g for x, g in zip(xs, gs))
        return gs[0] if single_in else gs

    return jacobian(gradient, ins[0] if single_in else ins, create_graph=create_graph)
