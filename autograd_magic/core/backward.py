"""Reverse mode: send gradients from outputs back through the graph, without recursion.

Nodes are visited newest first (a heap on their serial numbers) once every consumer has sent
its gradient, so each node's rule runs exactly once with the full sum of incoming gradients.
"""

from __future__ import annotations

import heapq
from typing import Any

import numpy as np

from .node import Node
from .tensor import Tensor
from .trace import _backward_hooks, set_grad_enabled

FREED_MESSAGE = (
    "Trying to backward through the graph a second time (or directly access saved tensors "
    "after they have already been freed). Saved intermediate values of the graph are freed when "
    "you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward "
    "through the graph a second time or if you need to access saved tensors after calling "
    "backward."
)

_TYPE_NAMES = {
    "float32": "Float",
    "float64": "Double",
    "int64": "Long",
    "int32": "Int",
    "bool": "Bool",
}


def _version_message(t: Tensor, expected: int) -> str:
    kind = _TYPE_NAMES.get(t._data.dtype.name, t._data.dtype.name)
    shape = ", ".join(str(n) for n in t._data.shape)
    where = ""
    if t._node is not None:
        name = t._node.name
        stem = name[: name.index("Backward")] if "Backward" in name else name
        where = f", which is output 0 of {stem},"
    return (
        "one of the variables needed for gradient computation has been modified by an inplace "
        f"operation: [torch.{kind}Tensor [{shape}]]{where} is at version {t._version[0]}; "
        f"expected version {expected} instead. Hint: enable anomaly detection to find the "
        "operation that failed to compute its gradient, with "
        "torch.autograd.set_detect_anomaly(True, check_nan=False)."
    )


def _placeholder(meta: Any) -> Any:
    """Stands in for an operand a rule reads only the shape of (no data is kept for it)."""
    if meta is None:
        return None
    shape, dtype = meta
    return Tensor._wrap(np.broadcast_to(np.empty((), dtype=dtype), shape))


def _fit(g: Tensor, meta: tuple[tuple[int, ...], np.dtype]) -> Tensor:
    """Sum a rule's result down to its operand's shape and cast it to the operand's dtype."""
    from .primitives import cast, sum_to

    shape, dtype = meta
    if g._data.shape != shape:
        g = sum_to(g, shape)
    if g._data.dtype != dtype:
        g = cast(g, dtype)
    return g


def _add(a: Tensor, b: Tensor, create_graph: bool) -> Tensor:
    if create_graph:
        from .primitives import add

        return add(a, b)
    return type(a)._wrap(a._data + b._data)


def _run(
    roots: list[Tensor],
    seeds: list[Tensor],
    retain_graph: bool,
    create_graph: bool,
    targets: list[Tensor] | None,
) -> dict[Any, Tensor]:
    """The backward pass. Returns the gradient reached for each node or leaf tensor.

    With ``targets`` (the functional ``grad``) only the part of the graph that leads to them
    runs and no ``.grad`` changes; without, leaf gradients are returned for accumulation.
    """
    if _backward_hooks:
        for hook in tuple(_backward_hooks):
            hook(roots, seeds, targets)
    grads: dict[Any, Tensor] = {}
    for r, s in zip(roots, seeds):
        key = r._node if r._node is not None else r
        grads[key] = _add(grads[key], s, create_graph) if key in grads else s

    deps: dict[Node, int] = {}
    parents: dict[Any, list[Node]] = {}
    stack = [k for k in grads if type(k) is Node]
    seen = set(stack)
    while stack:
        n = stack.pop()
        for nx in n.next:
            if nx is None:
                continue
            if targets is not None:
                parents.setdefault(nx, []).append(n)
            if type(nx) is Node:
                deps[nx] = deps.get(nx, 0) + 1
                if nx not in seen:
                    seen.add(nx)
                    stack.append(nx)

    needed = None
    target_keys: set[Any] = set()
    if targets is not None:
        target_keys = {t._node if t._node is not None else t for t in targets}
        needed = set(target_keys)
        stack = list(target_keys)
        while stack:
            for p in parents.get(stack.pop(), ()):
                if p not in needed:
                    needed.add(p)
                    stack.append(p)

    captured: dict[Any, Tensor] = {}
    ready = [(-n.serial, n) for n in grads if type(n) is Node and deps.get(n, 0) == 0]
    heapq.heapify(ready)
    with set_grad_enabled(create_graph):
        while ready:
            n = heapq.heappop(ready)[1]
            g = grads.pop(n)
            if n in target_keys:
                captured[n] = g
            elif targets is None and n.retain is not None:
                owner = n.retain()
                if owner is not None and owner._node is n:
                    _accumulate(owner, g, create_graph)
            prim = n.prim
            if needed is not None and not any(nx in needed for nx in n.next if nx is not None):
                continue
            if n.saved is None and (prim.saves or prim.uses_out):
                raise RuntimeError(FREED_MESSAGE)
            if n.versions is not None:
                for a, v in zip(n.saved, n.versions):
                    if v is not None and a._version[0] != v:
                        raise RuntimeError(_version_message(a, v))
            ans = n.cls._wrap(n.out, n) if prim.uses_out else None
            args = n.saved if prim.saves else tuple(_placeholder(m) for m in n.meta)
            params = n.params
            vjps = prim.vjps
            for i, nx in enumerate(n.next):
                if nx is None or (needed is not None and nx not in needed):
                    continue
                if i < len(vjps):
                    gi = vjps[i](g, ans, *args, **params)
                else:
                    gi = prim.variadic(i, g, ans, *args, **params)
                gi = _fit(gi, n.meta[i])
                grads[nx] = _add(grads[nx], gi, create_graph) if nx in grads else gi
                if type(nx) is Node:
                    deps[nx] -= 1
                    if deps[nx] == 0:
                        heapq.heappush(ready, (-nx.serial, nx))
            if not retain_graph:
                n.saved = None
                n.out = None
    if targets is not None:
        for k in target_keys:
            if type(k) is not Node and k in grads:
                captured[k] = grads[k]
        return captured
    return grads


def _accumulate(t: Tensor, g: Tensor, create_graph: bool) -> None:
    """Add ``g`` into ``t``'s gradient slot, as PyTorch's AccumulateGrad does."""
    if t._grad is None:
        t._grad = g if create_graph else type(t)._wrap(np.array(g._data, copy=True))
    elif create_graph or t._grad._node is not None:
        from .primitives import add

        with set_grad_enabled(create_graph):
            t._grad = add(t._grad, g)
    else:
        np.add(t._grad._data, g._data, out=t._grad._data)
        t._grad._bump()


def backward(
    roots: list[Tensor], seeds: list[Tensor], retain_graph: bool = False, create_graph: bool = False
) -> None:
    """Accumulate d(roots)/d(leaf), weighted by ``seeds``, into every leaf's gradient slot."""
    grads = _run(roots, seeds, retain_graph, create_graph, None)
    for key, g in grads.items():
        if type(key) is not Node and key._requires_grad:
            _accumulate(key, g, create_graph)


def grad(
    roots: list[Tensor],
    seeds: list[Tensor],
    inputs: list[Tensor],
    retain_graph: bool = False,
    create_graph: bool = False,
) -> list[Tensor | None]:
    """d(roots)/d(inputs) weighted by ``seeds``; ``None`` for an input the roots don't reach.

    Changes no gradient slot. The result for an input is a fresh tensor of its own shape.
    """
    captured = _run(roots, seeds, retain_graph, create_graph, inputs)
    out: list[Tensor | None] = []
    for t in inputs:
        g = captured.get(t._node if t._node is not None else t)
        if g is not None and not create_graph and g._node is None and any(g is s for s in seeds):
            g = type(g)._wrap(g._data.copy())  # never hand back the caller's own seed
        out.append(g)
    return out
