"""The engine's value: a NumPy array plus what autodiff needs to know about it."""

from __future__ import annotations

from typing import Any

import numpy as np

from .errors import neutral_error
from .primitive import NodeNames

_new = object.__new__


class Tensor:
    """An array that may take part in the graph.

    ``_node`` is the node that produced it (``None`` for a leaf); ``_requires_grad`` marks a
    leaf whose gradient is wanted. ``_version`` is a one-element list shared with views of the
    same memory, bumped by every in-place change, so backward can refuse stale saved values.
    Front ends subclass this and add their own API and printing; the engine makes their
    tensors with ``_wrap`` and never calls back into the front end for that (a slot a front
    end adds stays unset until the front end sets it).
    """

    __slots__ = (
        "_data",
        "_node",
        "_requires_grad",
        "_grad",
        "_version",
        "_retains_grad",
        "_view_of",  # set only on views (see views.py)
        "_views_alive",  # set only on a tensor that has views (see views.py)
        "__weakref__",
    )

    # front ends that implement in-place changes through views set this (see views.py)
    _tracks_views = False
    # the exception this front end raises for an engine error (see errors.py)
    _engine_error = staticmethod(neutral_error)
    # names of nodes whose saved operands backward checks first to last (see backward.py)
    _saved_in_order: frozenset[str] = frozenset()
    # the front end's label in a recorded IR ('torch', 'tf'); None: the engine's own tensors
    _front_end: str | None = None
    # the front end's names of the nodes it records, by primitive (see primitive.NodeNames);
    # the engine's own: the primitive's name
    _node_names: NodeNames = NodeNames()

    def __init__(self, data: Any, requires_grad: bool = False) -> None:
        self._data = np.asarray(data)
        self._node = None
        self._requires_grad = requires_grad
        self._grad = None
        self._version = [0]
        self._retains_grad = False

    @classmethod
    def _wrap(cls, data: np.ndarray, node: Any = None, version: list[int] | None = None) -> Any:
        """Make a tensor of this class around ``data`` without copying or checking."""
        t = _new(cls)
        t._data = data
        t._node = node
        t._requires_grad = False
        t._grad = None
        t._version = [0] if version is None else version
        t._retains_grad = False
        return t

    def _tracked(self) -> bool:
        """True if operations on this tensor should be recorded (when recording is on)."""
        return self._requires_grad or self._node is not None

    def _bump(self) -> None:
        """Record an in-place change of the data."""
        self._version[0] += 1

    __hash__ = object.__hash__
