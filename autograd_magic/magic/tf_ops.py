"""TensorFlow operation types as the engine's primitives, and TensorFlow operations run again.

An operation type the engine knows (``Sin``, ``MatMul``, ``Sum``...) maps to its primitive with
the operand positions and parameters it needs (``primitive_for``); the mapping is checked
against TensorFlow's value before it is used. Any other operation becomes an opaque primitive
whose forward runs the same TensorFlow operation again (``runner``) and whose derivatives come
from a ``GradientTape`` (``TFBackend``).
"""

from __future__ import annotations

import contextlib
from typing import Any

import numpy as np
import tensorflow as tf
from tensorflow.python.eager import context, execute
from tensorflow.python.framework import op_def_registry

from ..core import primitives as P
from ..core.primitives import Primitive

#: position of Square's exponent: the literal 2, not an operand of the operation
SQUARE_EXPONENT = -2

_UNARY = {
    "Sin": P.SIN,
    "Cos": P.COS,
    "Tan": P.TAN,
    "Exp": P.EXP,
    "Log": P.LOG,
    "Tanh": P.TANH,
    "Sigmoid": P.SIGMOID,
    "Relu": P.RELU,
    "Sqrt": P.SQRT,
    "Neg": P.NEG,
    "Abs": P.ABS,
    "Reciprocal": P.RECIPROCAL,
    "Inv": P.RECIPROCAL,
    "Identity": P.CLONE,
}
_BINARY = {
    "AddV2": P.ADD,
    "Add": P.ADD,
    "BiasAdd": P.ADD,
    "Sub": P.SUB,
    "Mul": P.MUL,
    "RealDiv": P.DIV,
    "Div": P.DIV,
    "Pow": P.POW,
    "Maximum": P.MAXIMUM,
    "Minimum": P.MINIMUM,
}
_REDUCE = {"Sum": P.SUM, "Mean": P.MEAN, "Max": P.AMAX, "Min": P.AMIN, "Prod": P.PROD}


def attrs_dict(attrs: Any) -> dict[str, Any]:
    """An operation's attributes (a flat ``(name, value, name, value...)`` tuple) by name."""
    flat = tuple(attrs or ())
    return {str(flat[i]): flat[i + 1] for i in range(0, len(flat) - 1, 2)}


def primitive_for(
    op: str, ins: list[Any], attrs: dict[str, Any], out: Any
) -> tuple[Primitive, list[int], dict[str, Any]] | None:
    """The engine primitive for a TF operation: (primitive, operand positions, params).

    ``None`` when the engine has no primitive for it. A position ``SQUARE_EXPONENT`` stands
    for the literal exponent 2.
    """
    if op in _UNARY:
        return _UNARY[op], [0], {}
    if op in _BINARY:
        return _BINARY[op], [0, 1], {}
    if op == "Square":
        return P.POW, [0, SQUARE_EXPONENT], {}
    if op in ("MatMul", "BatchMatMulV2", "BatchMatMulV3"):
        flags = ("transpose_a", "transpose_b", "adj_x", "adj_y")
        if any(attrs.get(f) for f in flags):
            return None
        return P.MATMUL, [0, 1], {}
    if op in _REDUCE:
        axis = np.asarray(ins[1].numpy()).reshape(-1)
        ndim = len(ins[0].shape)
        axes = tuple(int(a) % ndim for a in axis) if ndim else ()
        params: dict[str, Any] = {"axis": axes, "keepdims": bool(attrs.get("keep_dims"))}
        if op in ("Max", "Min"):
            params["even"] = True
        return _REDUCE[op], [0], params
    if op == "Reshape":
        return P.RESHAPE, [0], {"shape": tuple(out.shape)}
    if op == "Transpose":
        return P.TRANSPOSE, [0], {"axes": tuple(int(a) for a in ins[1].numpy())}
    if op == "Cast":
        return P.CAST, [0], {"dtype": np.dtype(out.dtype.as_numpy_dtype)}
    if op == "Softmax":
        return P.SOFTMAX, [0], {"axis": -1}
    if op == "LogSoftmax":
        return P.LOG_SOFTMAX, [0], {"axis": -1}
    return None


class TFBackend:
    """Opaque primitives run TensorFlow on NumPy copies (see ``real_common.opaque``)."""

    def from_numpy(self, a: np.ndarray) -> Any:
        return tf.constant(np.array(a, copy=True))

    def to_numpy(self, t: Any) -> np.ndarray:
        return np.array(tf.convert_to_tensor(t).numpy(), copy=True)

    def guard(self) -> Any:
        return contextlib.nullcontext()

    def vjp_fn(self, fn: Any, i: int) -> Any:
        def h(g: Any, *xs: Any) -> Any:
            with tf.GradientTape() as tape:
                for x in xs:
                    if x.dtype.is_floating:
                        tape.watch(x)
                out = fn(*xs)
            gi = tape.gradient(out, xs[i], output_gradients=tf.cast(g, out.dtype))
            return tf.zeros_like(xs[i]) if gi is None else tf.convert_to_tensor(gi)

        return h


BACKEND = TFBackend()


def runner(op: str, n_out: int, attrs: tuple, k: int, dtypes: list[Any]) -> Any:
    """``fn(*tensors)``: the operation again (output ``k``) on new tensors.

    When a float operand comes in another float dtype (the float64 replay of the finite-
    difference check), the operation's type attributes follow it.
    """
    type_attrs = set()
    op_def = op_def_registry.get(op)
    if op_def is not None:
        type_attrs = {a.name for a in op_def.attr if a.type == "type"}

    def fn(*xs: Any) -> Any:
        flat = list(attrs)
        for x, old in zip(xs, dtypes):
            if x.dtype != old and x.dtype.is_floating and old.is_floating:
                for j in range(0, len(flat) - 1, 2):
                    name, value = flat[j], flat[j + 1]
                    if name in type_attrs and tf.as_dtype(value) == old:
                        flat[j + 1] = x.dtype.as_datatype_enum
        inputs = list(xs)
        outs = execute.execute(op, n_out, inputs, tuple(flat), context.context())
        if execute.must_record_gradient():  # as TensorFlow's own op wrappers do
            execute.record_gradient(op, inputs, tuple(flat), outs)
        return outs[k]

    return fn
