"""The errors the engine itself detects, as facts; each front end words them.

The engine raises a typed error carrying what went wrong (which node, which value, which
versions). Its text comes from the front end whose tensors made the graph: the tensor class a
node records (``Node.cls``) has an ``_engine_error`` function, given to the engine once when
the front end defines its tensor class, that turns the facts into the exception the user sees.
The core tensor's own policy raises the typed error with a neutral text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np


class EngineError(RuntimeError):
    """An error found by the engine during a backward pass (a ``RuntimeError``).

    Each kind is a record of its facts (a dataclass); its text is set by the front end."""


@dataclass(eq=False)
class GraphFreed(EngineError):
    """A node's saved values were released by an earlier backward pass.

    ``node`` is the node whose rule needed them.
    """

    node: Any


@dataclass(eq=False)
class SavedValueModified(EngineError):
    """A value a derivative rule reads was changed in place after it was saved.

    ``node`` is the node whose rule reads the value; ``producer`` the node that computed the
    value (``None`` for a leaf); ``dtype`` and ``shape`` describe the value; ``version`` is its
    version now and ``expected`` its version when saved.
    """

    node: Any
    producer: Any
    dtype: np.dtype
    shape: tuple[int, ...]
    version: int
    expected: int


def neutral_wording(err: EngineError) -> str:
    """The engine's own text for ``err`` (front ends that give no wording of their own)."""
    if isinstance(err, GraphFreed):
        return (
            f"the values saved by {err.node.name} were freed by an earlier backward pass; "
            "keep the graph (retain_graph=True) to go backward through it again"
        )
    if isinstance(err, SavedValueModified):
        made_by = f" made by {err.producer.name}" if err.producer is not None else ""
        return (
            f"a {err.dtype} value of shape {err.shape}{made_by}, needed by the derivative of "
            f"{err.node.name}, was changed in place: it is at version {err.version}, "
            f"expected version {err.expected}"
        )
    return str(err)


def neutral_error(err: EngineError) -> EngineError:
    """``err`` itself, with the engine's own text (the core tensor's policy)."""
    err.args = (neutral_wording(err),)
    return err


def to_raise(err: EngineError, tensor_class: type) -> BaseException:
    """The exception to raise for ``err``, as the front end of ``tensor_class`` words it.

    A front end may hand back ``err`` itself or its own exception (PyTorch's errors are plain
    ``RuntimeError``s, and a printed traceback shows the class name).
    """
    return tensor_class._engine_error(err)
