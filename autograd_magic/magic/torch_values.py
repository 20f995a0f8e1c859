"""The real torch side of the capture: values copied out, ``grad_fn`` names, calls made again.

Everything here reads real torch tensors without touching their graph, or makes a recorded
call again on new tensors (the forward of an opaque primitive, see ``real_common.opaque``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import torch


def grad_fn_name(t: torch.Tensor) -> str | None:
    """The name torch prints in ``grad_fn=<...>``."""
    fn = t.grad_fn
    if fn is None:
        return None
    name = type(fn).__name__
    if name == "CppFunction":
        name = fn.name().rsplit("::", 1)[-1]
    return name


def to_numpy(t: torch.Tensor) -> np.ndarray:
    """A NumPy copy of a tensor's value (without touching its graph)."""
    return np.array(t.detach().cpu().resolve_conj().resolve_neg().numpy(), copy=True)


class TorchBackend:
    """Opaque primitives run torch on NumPy copies (see ``real_common.opaque``)."""

    def from_numpy(self, a: np.ndarray) -> torch.Tensor:
        return torch.from_numpy(np.array(a, copy=True))

    def to_numpy(self, t: torch.Tensor) -> np.ndarray:
        return to_numpy(t)

    def guard(self) -> Any:
        return torch.random.fork_rng(devices=[])

    def vjp_fn(self, fn: Any, i: int) -> Any:
        def h(g: torch.Tensor, *xs: torch.Tensor) -> torch.Tensor:
            with torch.enable_grad():
                leaves = [
                    x.requires_grad_() if x.is_floating_point() and not x.requires_grad else x
                    for x in xs
                ]
                out = fn(*leaves)
                (gi,) = torch.autograd.grad(
                    out, leaves[i], g.to(out.dtype), create_graph=True, allow_unused=True
                )
            return torch.zeros_like(leaves[i]) if gi is None else gi

        return h


BACKEND = TorchBackend()


def flat_tensors(obj: Any, out: list[torch.Tensor]) -> None:
    """Append the torch tensors in ``obj`` (also in lists, tuples and dicts) to ``out``."""
    if isinstance(obj, torch.Tensor):
        out.append(obj)
    elif isinstance(obj, (list, tuple)):
        for item in obj:
            flat_tensors(item, out)
    elif isinstance(obj, dict):
        for item in obj.values():
            flat_tensors(item, out)


def replace_tensors(
    obj: Any,
    replace: Callable[[torch.Tensor], Any],
    other: Callable[[Any], Any] = lambda o: o,
) -> Any:
    """``obj`` with each torch tensor ``t`` in it (in the order of ``flat_tensors``) replaced by
    ``replace(t)``, and any other leaf by ``other(leaf)``; lists, tuples and dicts rebuilt."""
    if isinstance(obj, torch.Tensor):
        return replace(obj)
    if isinstance(obj, (list, tuple)):
        items = [replace_tensors(item, replace, other) for item in obj]
        return type(obj)(items) if isinstance(obj, list) else tuple(items)
    if isinstance(obj, dict):
        return {k: replace_tensors(v, replace, other) for k, v in obj.items()}
    return other(obj)


def replayer(func: Any, args: tuple, kwargs: dict, k: int) -> Any:
    """``fn(*tensors)``: the call again with new tensors in place of its tensor operands."""

    def fn(*tensors: torch.Tensor) -> torch.Tensor:
        values = list(tensors)

        def take(old: torch.Tensor) -> torch.Tensor:
            new = values.pop(0)
            if new.is_floating_point() != old.is_floating_point():
                new = new.to(old.dtype)  # an index or mask: as the call had it
            return new

        a = replace_tensors(args, take)
        kw = replace_tensors(kwargs, take)
        outs: list[torch.Tensor] = []
        flat_tensors(func(*a, **kw), outs)
        return outs[k]

    return fn


def named_tensors(ns: dict[str, Any]) -> list[tuple[str, torch.Tensor]]:
    """The namespace's tensors, then the parameters of its modules as ``net.0.weight``."""
    found = []
    modules = []
    for key, value in list(ns.items()):
        if not isinstance(key, str) or key.startswith("_"):
            continue
        if isinstance(value, torch.Tensor):
            found.append((key, value))
        elif isinstance(value, torch.nn.Module):
            modules.append((key, value))
    for key, module in modules:
        found.extend((f"{key}.{name}", p) for name, p in module.named_parameters())
    return found
