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
    """An error found by the engine (a ``RuntimeError``): in a backward pass, or an in-place
    change it cannot record.

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


@dataclass(eq=False)
class ZeroTensorChanged(EngineError):
    """An in-place change of an efficient zero gradient (``zeros.py``), e.g. a second backward
    pass summing into a ``.grad`` that is one."""


# Why an in-place change is refused (``InPlaceRefused.reason``)
VIEW_OF_LEAF = "view of a leaf"  # a view of a leaf that requires grad, written while recording
VIEW_MADE_UNRECORDED = "view made unrecorded"  # made with grad mode off, written with it on
OVERLAP = "overlap"  # the tensor written has elements that share memory (expanded)
PARTIAL_OVERLAP = "partial overlap"  # source and destination share part of their memory


@dataclass(eq=False)
class InPlaceRefused(EngineError):
    """An in-place change the engine refuses, before it happens; ``reason`` says why (one of
    ``VIEW_OF_LEAF``, ``VIEW_MADE_UNRECORDED``, ``OVERLAP``, ``PARTIAL_OVERLAP``)."""

    reason: str


_IN_PLACE_WORDING = {
    VIEW_OF_LEAF: "a view of a leaf that requires grad cannot be changed in place",
    VIEW_MADE_UNRECORDED: (
        "a view made while grad mode was off cannot be changed in place while it is on"
    ),
    OVERLAP: "the tensor changed in place has elements that share memory: copy it first",
    PARTIAL_OVERLAP: (
        "the source and the destination of an in-place change share part of their memory: "
        "copy one of them first"
    ),
}


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
    if isinstance(err, InPlaceRefused):
        return _IN_PLACE_WORDING[err.reason]
    if isinstance(err, ZeroTensorChanged):
        return "an efficient zero gradient cannot be changed in place: clone() it first"
    return str(err)


def neutral_error(err: EngineError) -> EngineError:
    """``err`` itself, with the engine's own text (the core tensor's policy)."""
    err.args = (neutral_wording(err),)
    return err


def to_raise(err: EngineError, tensor_class: type) -> BaseException:
    """The exception to raise for ``err``, as the front end of ``tensor_class`` words it.

    A front end may hand back ``err`` itself or an exception of its own class (a printed
    traceback shows the class name, so a front end whose errors are plain ``RuntimeError``s
    makes one).
    """
    return tensor_class._engine_error(err)
