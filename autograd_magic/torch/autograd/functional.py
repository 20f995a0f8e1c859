"""``torch.autograd.functional``: whole Jacobians and Hessians from reverse mode, row by row."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from ...core.jacobian import engine_pullback, jacobian_rows
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
        pullback = engine_pullback(out, xs, create_graph)
        rows = jacobian_rows(out._data.shape, out._data.dtype, pullback, len(xs))
        blocks = []
        for x, grads in zip(xs, rows):
            parts = [np.zeros_like(x._data) if g is None else g._data for g in grads]
            stacked = np.stack(parts) if parts else np.zeros((0,) + x._data.shape)
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
