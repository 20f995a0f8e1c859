"""Which operations are recorded, and on which tapes.

TensorFlow records an operation only on the tapes whose ``with`` block is running and that
"see" one of its operands: a tensor the tape watches (a watched constant, a read of a watched
Variable) or a tensor an operation recorded on that tape produced. ``record`` decides this and
then runs the engine's ``apply``; operands no recording tape sees are passed cut from the graph,
so a tape's graph never reaches into what another tape recorded.

Nodes get TensorFlow's op names (``Pow``, ``Sin``, ``AddV2``, ``MatMul``...), which the graph
drawing shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np

from ..core.apply import apply
from ..core.primitive import NodeNames
from ..core.tensor import Tensor as CoreTensor
from ..core.trace import is_grad_enabled, set_grad_enabled

if TYPE_CHECKING:
    from ..core.primitives import Primitive

__all__ = ["TF_NAMES", "active", "record", "recording_tapes"]

# Tapes whose ``with`` block is running, innermost last.
active: list[Any] = []

EMPTY: frozenset[int] = frozenset()


def _op_name(primitive: str) -> str:
    """TensorFlow's spelling of an op for a primitive without an entry: ``"log_softmax"`` ->
    ``"LogSoftmax"``."""
    return primitive.title().replace("_", "")


# TensorFlow's op name for each engine primitive: the tf front end's naming policy for the
# engine (``tf.Tensor``'s ``_node_names``), so the names of nodes that a gradient computation
# records (second derivatives) and the default for the operations ``record`` does not name.
TF_NAMES = NodeNames(
    {
        "neg": "Neg",
        "exp": "Exp",
        "log": "Log",
        "sin": "Sin",
        "cos": "Cos",
        "tan": "Tan",
        "tanh": "Tanh",
        "sigmoid": "Sigmoid",
        "relu": "Relu",
        "abs": "Abs",
        "sqrt": "Sqrt",
        "reciprocal": "Reciprocal",
        "clamp": "ClipByValue",
        "clone": "Identity",
        "add": "AddV2",
        "sub": "Sub",
        "rsub": "Sub",
        "mul": "Mul",
        "div": "RealDiv",
        "pow": "Pow",
        "maximum": "Maximum",
        "minimum": "Minimum",
        "where": "SelectV2",
        "matmul": "MatMul",
        "sum": "Sum",
        "mean": "Mean",
        "amax": "Max",
        "amin": "Min",
        "prod": "Prod",
        "reshape": "Reshape",
        "transpose": "Transpose",
        "broadcast_to": "BroadcastTo",
        "sum_to": "Sum",
        "getitem": "StridedSlice",
        "scatter": "UnsortedSegmentSum",
        "setitem": "TensorScatterUpdate",
        "stack": "Pack",
        "concat": "ConcatV2",
        "cast": "Cast",
        "softmax": "Softmax",
        "log_softmax": "LogSoftmax",
        "nll_loss": "SparseSoftmaxCrossEntropyWithLogits",
        "lt": "Less",
        "le": "LessEqual",
        "gt": "Greater",
        "ge": "GreaterEqual",
        "eq": "Equal",
        "ne": "NotEqual",
        "sign": "Sign",
        "sigmoid_grad": "SigmoidGrad",
        "sqrt_grad": "SqrtGrad",
        "reciprocal_grad": "ReciprocalGrad",
        "relu_grad": "ReluGrad",
    },
    default=_op_name,
)


def recording_tapes() -> list[Any]:
    """The active tapes that are recording now (not paused by ``stop_recording``)."""
    return [t for t in active if t._recording]


def sees(tape: Any, t: Any) -> bool:
    """True if ``tape`` watches ``t`` or recorded the operation that made it."""
    return tape._id in getattr(t, "_tapes", EMPTY) or id(t) in tape._watched


def _refine(out: Any, tf_value: Callable[..., np.ndarray | None] | None, args: tuple) -> Any:
    if tf_value is not None and out._data.dtype.kind == "f":
        arrays = [a._data if isinstance(a, CoreTensor) else a for a in args]
        value = tf_value(*arrays)
        if value is not None:  # None: the engine's value is TensorFlow's
            np.copyto(out._data, value, casting="unsafe")
    return out


def _cut(t: CoreTensor) -> CoreTensor:
    """The same value without its place in the graph (a constant for this operation)."""
    return type(t)._wrap(t._data, None, t._version)


def _apply_in_grad_mode(
    enabled: bool, prim: Primitive, args: tuple[Any, ...], params: dict[str, Any]
) -> Any:
    """The engine's ``apply`` with grad mode ``enabled`` (tf decides by its tapes, not by the
    caller's grad mode) and without NumPy's warnings (TensorFlow gives none)."""
    previous = is_grad_enabled()
    set_grad_enabled(enabled)
    try:
        with np.errstate(all="ignore"):
            return apply(prim, *args, **params)
    finally:
        set_grad_enabled(previous)


def record(
    name: str,
    prim: Primitive,
    *args: Any,
    tf_value: Callable[..., np.ndarray] | None = None,
    **params: Any,
) -> Any:
    """Run ``prim`` on ``args``; record a node named ``name`` on the tapes that see an operand.

    ``tf_value``, given the operands' arrays, recomputes the result the way TensorFlow rounds
    it (``_numerics``, ``_eigen``) or returns None; the value replaces NumPy's in place, so the
    node is the engine's own.
    """
    on = None
    for tape in active:
        if not tape._recording:
            continue
        tid = tape._id
        watched = tape._watched
        for a in args:
            if isinstance(a, CoreTensor) and (
                tid in getattr(a, "_tapes", EMPTY) or id(a) in watched
            ):
                if on is None:
                    on = [tape]
                else:
                    on.append(tape)
                break
    if on is None:
        out = _apply_in_grad_mode(False, prim, args, params)
        return out if tf_value is None else _refine(out, tf_value, args)
    args = tuple(
        _cut(a)
        if isinstance(a, CoreTensor) and a._tracked() and not any(sees(t, a) for t in on)
        else a
        for a in args
    )
    out = _apply_in_grad_mode(True, prim, args, params)
    if tf_value is not None:
        _refine(out, tf_value, args)
    if out._node is not None:
        out._node.name = name
        out._tapes = on[0]._tags_with(on)
    return out
