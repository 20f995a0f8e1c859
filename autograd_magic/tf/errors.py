"""``tf.errors``: the exceptions TensorFlow's kernels raise, with their message as ``str``."""

from __future__ import annotations

from typing import Any

__all__ = [
    "InvalidArgumentError",
    "OpError",
    "ResourceExhaustedError",
    "UnimplementedError",
]

_DEVICE = "/job:localhost/replica:0/task:0/device:CPU:0"


class OpError(Exception):
    """Base of the errors a TensorFlow operation raises; ``str(e)`` is its message."""

    def __init__(self, node_def: Any, op: Any, message: str, *args: Any) -> None:
        super().__init__(message, *args)
        self.node_def = node_def
        self.op = op
        self.message = message

    def __str__(self) -> str:
        return self.message


class InvalidArgumentError(OpError):
    """An operation received an argument it cannot use (wrong dtype, incompatible shapes)."""

    def __init__(self, node_def: Any, op: Any, message: str, *args: Any) -> None:
        super().__init__(node_def, op, message, *args)


class UnimplementedError(OpError):
    """The operation is not implemented for these arguments."""


class ResourceExhaustedError(OpError):
    """Out of memory or another resource."""


def invalid_argument(
    op: str, text: str, kernel: bool = True, name: str | None = "", node: str | None = None
) -> Exception:
    """TensorFlow's eager error: a kernel failure names its function node and the device.

    ``name`` is the op's name suffix (TensorFlow prints ``name: `` after most errors, ``None``
    leaves it out); ``node`` is the function node's name when it is not the op's.
    """
    prefix = f"{{{{function_node __wrapped__{node or op}_device_{_DEVICE}}}}} " if kernel else ""
    suffix = "" if name is None else f" name: {name}"
    return InvalidArgumentError(None, None, f"{prefix}{text} [Op:{op}]{suffix}")


def dtype_mismatch(op: str, index: int, expected: str, got: str, name: str = "") -> Exception:
    """The error for operands of different dtypes (TensorFlow never promotes implicitly)."""
    return InvalidArgumentError(
        None,
        None,
        f"cannot compute {op} as input #{index}(zero-based) was expected to be a {expected} "
        f"tensor but is a {got} tensor [Op:{op}] name: {name}",
    )
