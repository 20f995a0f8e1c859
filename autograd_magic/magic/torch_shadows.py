"""A real torch call made again on *shadows*, with this project's PyTorch-like front end.

A shadow is an ``autograd_magic.torch`` tensor holding a copy of a real tensor's value. The
project's function of the same name (``function_for``) is called on the shadows, so the
engine records it; the result is kept only when it holds torch's value (``same``), otherwise
what it recorded is forgotten (``rollback``).
"""

from __future__ import annotations

from typing import Any

import torch

from .. import torch as am_torch
from ..core.ir import Recorder
from ..core.tensor import Tensor
from ..torch.nn import functional as am_F
from .real_common import close
from .torch_values import replace_tensors, to_numpy

_TENSOR_METHODS = (torch.Tensor, torch._C.TensorBase)
#: torch methods whose project spelling differs.
_METHOD_ALIASES = {"__rdiv__": "__rtruediv__", "__idiv__": "__itruediv__"}


def function_for(func: Any) -> Any:
    """The project's function for a torch function, or None (called with shadows)."""
    name = getattr(func, "__name__", "")
    owner = getattr(func, "__self__", None)
    if name == "__get__" and owner is not None:  # a property such as x.T
        attr = getattr(owner, "__name__", "")
        return lambda self, *a, **k: getattr(self, attr)
    qual = getattr(func, "__qualname__", "") or ""
    is_method = (
        qual.split(".")[0] in ("Tensor", "TensorBase")
        or getattr(func, "__objclass__", None) in _TENSOR_METHODS
    )
    if is_method:
        attr = _METHOD_ALIASES.get(name, name)
        if hasattr(am_torch.Tensor, attr):
            return lambda self, *a, **k: getattr(self, attr)(*a, **k)
        return None
    module = getattr(func, "__module__", "") or ""
    if name == "linear" or module.startswith("torch.nn.functional"):
        if name == "linear":
            return _linear
        return getattr(am_F, name, None)
    if module == "torch" or qual.startswith("_VariableFunctionsClass"):
        return getattr(am_torch, name, None)
    return None


def _linear(x: Any, weight: Any, bias: Any = None) -> Any:
    """``F.linear`` in the project's terms: ``x @ weight.T + bias``."""
    out = am_torch.matmul(x, weight.t())
    return out if bias is None else out + bias


def _project_dtype(obj: Any) -> Any:
    """A torch dtype as the project spells it (``torch.float64`` -> ``am_torch.float64``)."""
    if isinstance(obj, torch.dtype):
        return getattr(am_torch, str(obj).removeprefix("torch."), obj)
    return obj


def on_shadows(obj: Any, shadows: list[Any]) -> Any:
    """``obj`` (a call's arguments) with its tensors replaced, in order, by ``shadows``
    (consumed from the front), and torch dtypes by the project's."""
    return replace_tensors(obj, lambda _t: shadows.pop(0), _project_dtype)


def flat_shadows(obj: Any, out: list[Any]) -> None:
    """Append the engine tensors in ``obj`` (also in lists and tuples) to ``out``."""
    if isinstance(obj, Tensor):
        out.append(obj)
    elif isinstance(obj, (list, tuple)):
        for item in obj:
            flat_shadows(item, out)


def same(real: torch.Tensor, s: Any) -> bool:
    """Whether the shadow result holds torch's value (shape, dtype and numbers)."""
    if not isinstance(s, Tensor):
        return False
    return close(s._data, to_numpy(real))


def rollback(rec: Recorder, n_vars: int, n_eqns: int) -> None:
    """Forget what a shadow call recorded (its result did not match torch's)."""
    ir = rec.ir
    del ir.vars[n_vars:]
    del ir.eqns[n_eqns:]
    del rec._nodes[n_eqns:]
    for table in (rec._by_serial,):
        for key in [k for k, v in table.items() if v >= n_vars]:
            del table[key]
    for key in [k for k, v in rec._by_tensor.items() if v[2] >= n_vars]:
        del rec._by_tensor[key]


def rollback_last(rec: Recorder, s: Tensor | None) -> None:
    """Forget the operation that made ``s`` if it was the last one recorded."""
    if s is None:
        return
    vid = rec.var_of(s)
    if vid is not None and vid == len(rec.ir.vars) - 1:
        n_eqns = rec.ir.vars[vid].eqn
        rollback(rec, vid, n_eqns)


def copy_grad_state(real: torch.Tensor, s: Tensor, grads: bool = True) -> None:
    """Give the shadow torch's ``.grad`` and ``retain_grad`` state (read by the table)."""
    grad = real.grad if grads and (real.is_leaf or real.retains_grad) else None
    s._grad = am_torch.from_numpy(to_numpy(grad)) if grad is not None else None
    s._retains_grad = bool(real.retains_grad) if not real.is_leaf else False
