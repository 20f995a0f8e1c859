"""``torch.autograd``: ``backward`` into ``.grad`` (defined with ``Tensor.backward`` in
``tensor.py``), and the functional ``grad`` that returns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from ...core import backward as core_backward
from ..tensor import NO_GRAD_FN, Tensor, _as_list, backward, seeds_for
from . import functional

__all__ = ["backward", "functional", "grad"]


def grad(
    outputs: Tensor | Sequence[Tensor],
    inputs: Tensor | Sequence[Tensor],
    grad_outputs: Any = None,
    retain_graph: bool | None = None,
    create_graph: bool = False,
    allow_unused: bool | None = None,
    materialize_grads: bool = False,
) -> tuple[Tensor | None, ...]:
    """d(outputs)/d(inputs) as a tuple, touching no ``.grad`` (PyTorch's ``autograd.grad``)."""
    outs = _as_list(outputs)
    ins = _as_list(inputs)
    gouts = _as_list(grad_outputs) if grad_outputs is not None else [None] * len(outs)
    if isinstance(grad_outputs, Tensor):
        gouts = [grad_outputs]
    for out in outs:
        if not out.requires_grad:
            raise RuntimeError(NO_GRAD_FN)
    for t in ins:
        if not t.requires_grad:
            raise RuntimeError("One of the differentiated Tensors does not require grad")
    seeds = seeds_for(outs, gouts)
    keep = create_graph if retain_graph is None else retain_graph
    result = core_backward.grad(outs, seeds, ins, keep, create_graph)
    allow = materialize_grads if allow_unused is None else allow_unused
    for i, g in enumerate(result):
        if g is None and not allow:
            raise RuntimeError(
                f"The differentiated Tensor at index {i} appears to not have been used in the "
                "graph. Set allow_unused=True if this is the desired behavior."
            )
    if materialize_grads:
        result = [
            type(t)._wrap(np.zeros_like(t._data)) if g is None else g for t, g in zip(ins, result)
        ]
    return tuple(result)
