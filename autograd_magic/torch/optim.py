"""``torch.optim.SGD``: plain gradient descent with momentum and weight decay."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np

from ..core.trace import no_grad
from .tensor import Tensor


class SGD:
    """Stochastic gradient descent, as PyTorch's ``torch.optim.SGD`` (one parameter group)."""

    def __init__(
        self,
        params: Iterable[Tensor],
        lr: float = 1e-3,
        momentum: float = 0,
        dampening: float = 0,
        weight_decay: float = 0,
        nesterov: bool = False,
        *,
        maximize: bool = False,
    ) -> None:
        if lr < 0.0:
            raise ValueError(f"Invalid learning rate: {lr}")
        if momentum < 0.0:
            raise ValueError(f"Invalid momentum value: {momentum}")
        if weight_decay < 0.0:
            raise ValueError(f"Invalid weight_decay value: {weight_decay}")
        if nesterov and (momentum <= 0 or dampening != 0):
            raise ValueError("Nesterov momentum requires a momentum and zero dampening")
        params = list(params)
        if not params:
            raise ValueError("optimizer got an empty parameter list")
        self.param_groups = [
            {
                "params": params,
                "lr": lr,
                "momentum": momentum,
                "dampening": dampening,
                "weight_decay": weight_decay,
                "nesterov": nesterov,
                "maximize": maximize,
                "foreach": None,
                "differentiable": False,
                "fused": None,
            }
        ]
        self.state: dict[Any, dict[str, Any]] = {}

    def zero_grad(self, set_to_none: bool = True) -> None:
        """Clear every parameter's ``.grad`` (to ``None`` by default, as PyTorch 2 does)."""
        for p in self.param_groups[0]["params"]:
            if p._grad is None:
                continue
            if set_to_none:
                p._grad = None
            else:
                p._grad.zero_()

    def step(self, closure: Any = None) -> Any:
        """Move every parameter against its gradient: ``p -= lr * (grad + momentum buffer)``."""
        loss = closure() if closure is not None else None
        group = self.param_groups[0]
        lr, mom, damp = group["lr"], group["momentum"], group["dampening"]
        wd, nesterov, maximize = group["weight_decay"], group["nesterov"], group["maximize"]
        with no_grad():
            for p in group["params"]:
                if p._grad is None:
                    continue
                d = p._grad._data
                if maximize:
                    d = -d
                if wd:
                    d = d + wd * p._data
                if mom:
                    state = self.state.setdefault(id(p), {})
                    buf = state.get("momentum_buffer")
                    if buf is None:
                        buf = np.array(d, copy=True)
                    else:
                        buf = buf * mom + (1 - damp) * d
                    state["momentum_buffer"] = buf
                    d = d + mom * buf if nesterov else buf
                p._data -= (lr * d).astype(p._data.dtype, copy=False)
                p._bump()
        return loss

    def __repr__(self) -> str:
        lines = [f"{type(self).__name__} ("]
        for i, group in enumerate(self.param_groups):
            lines.append(f"Parameter Group {i}")
            for key in sorted(k for k in group if k != "params"):
                lines.append(f"    {key}: {group[key]}")
        lines.append(")")
        return "\n".join(lines)
