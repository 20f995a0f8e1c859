"""Run a primitive forward on NumPy and, when recording, add a node to the graph."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from .dtypes import DEFAULT_FLOAT, result_type
from .node import Node
from .tensor import Tensor
from .trace import _hooks, _operand_hooks, is_grad_enabled

if TYPE_CHECKING:
    from .primitives import Primitive


def out_dtype(prim: Primitive, args: tuple[Any, ...]) -> np.dtype | None:
    """The result's dtype by the primitive's rule; ``None`` keeps what NumPy computed."""
    rule = prim.dtype_rule
    if rule is None:
        return None
    if rule == "first":
        return args[0]._data.dtype
    if rule == "bool":
        return np.dtype(np.bool_)
    arrays = []
    scalars = []
    for a in args:
        if isinstance(a, Tensor):
            arrays.append(a._data)
        elif isinstance(a, np.ndarray):
            arrays.append(a)
        elif a is not None:
            scalars.append(a)
    if len(arrays) == 1 and not scalars:
        dt = arrays[0].dtype
    else:
        dt = result_type(arrays, scalars)
    if rule == "float" and dt.kind != "f":
        return DEFAULT_FLOAT
    return dt


def apply(prim: Primitive, *args: Any, **params: Any) -> Any:
    """Compute ``prim(*args, **params)``; record a node if any operand is being tracked.

    Operands are engine tensors, NumPy arrays or Python scalars (arrays and scalars are
    constants). The result is a tensor of the first tensor operand's class.
    """
    cls = None
    tracked = False
    arrays = []
    for a in args:
        if isinstance(a, Tensor):
            if cls is None:
                cls = type(a)
            if not tracked and (a._requires_grad or a._node is not None):
                tracked = True
            arrays.append(a._data)
        else:
            arrays.append(a)
    out = prim.forward(*arrays, **params)
    if type(out) is not np.ndarray:
        out = np.asarray(out)
    dt = out_dtype(prim, args)
    if dt is not None and out.dtype != dt:
        out = out.astype(dt)
    version = None
    if prim.view and out.base is not None and isinstance(args[0], Tensor):
        version = args[0]._version  # a view shares its base's version counter
    if not (tracked and prim.differentiable and out.dtype.kind == "f" and is_grad_enabled()):
        return cls._wrap(out, None, version)
    vjps = prim.vjps
    next_ = []
    meta = []
    for i, a in enumerate(args):
        if isinstance(a, Tensor):
            meta.append((a._data.shape, a._data.dtype))
            if a._node is not None or a._requires_grad:
                differentiable = vjps[i] if i < len(vjps) else prim.variadic
                next_.append((a._node or a) if differentiable is not None else None)
                continue
        else:
            meta.append(None)
        next_.append(None)
    if prim.saves:
        saved = args
        versions = tuple(a._version[0] if isinstance(a, Tensor) else None for a in args)
    else:
        saved = (None,) * len(args)
        versions = None
    node = Node(
        prim,
        params,
        tuple(next_),
        saved,
        versions,
        out if prim.uses_out else None,
        tuple(meta),
        out.shape,
        out.dtype,
        cls,
    )
    t = cls._wrap(out, node, version)
    if _hooks:
        for hook in _hooks:
            hook(t)
    if _operand_hooks:
        for hook in _operand_hooks:
            hook(t, args)
    return t
