"""``tensor.grad_fn``: PyTorch's view of a graph node (``name()``, ``next_functions``)."""

from __future__ import annotations

from typing import Any

from ..core.node import Node
from ..core.primitives import COPY_SLICES
from .names import EDGE_NOT_LISTED, QUALIFIED


class GradFn:
    """The node that made a tensor, as PyTorch shows it: ``<PowBackward0 object at 0x...>``."""

    __slots__ = ("_node",)

    def __init__(self, node: Node) -> None:
        self._node = node

    def name(self) -> str:
        """The node's PyTorch name, e.g. ``'PowBackward0'``."""
        return QUALIFIED.get(self._node.name, self._node.name)

    @property
    def next_functions(self) -> tuple[tuple[Any, int], ...]:
        """Where the gradient goes next: a node, ``AccumulateGrad`` for a leaf, or ``None``.

        A ``CopySlices`` made by an in-place change through a view lists, as PyTorch, the
        base's old history and then the in-place operation's own inputs after the view.
        """
        node = self._node
        if node.prim is COPY_SLICES and type(node.next[1]) is Node:
            inner = grad_fn_of(node.next[1]).next_functions
            return ((_view(node.next[0]), 0),) + inner[1:]
        if node.name == "NotImplemented":  # PyTorch lists only the inputs that need a gradient
            return tuple((_view(nx), 0) for nx in node.next if nx is not None)
        skip = EDGE_NOT_LISTED.get(node.name)
        return tuple((_view(nx), 0) for i, nx in enumerate(node.next) if i != skip)

    @property
    def metadata(self) -> dict:
        return {}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, GradFn) and other._node is self._node

    def __hash__(self) -> int:
        return hash(self._node)

    def __repr__(self) -> str:
        return f"<{self._node.name} object at {hex(id(self))}>"


class AccumulateGrad:
    """The end of a path: where a leaf tensor's gradient is accumulated into ``.grad``."""

    __slots__ = ("variable",)

    def __init__(self, variable: Any) -> None:
        self.variable = variable

    def name(self) -> str:
        return "torch::autograd::AccumulateGrad"

    @property
    def next_functions(self) -> tuple:
        return ()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, AccumulateGrad) and other.variable is self.variable

    def __hash__(self) -> int:
        return id(self.variable)

    def __repr__(self) -> str:
        return f"<AccumulateGrad object at {hex(id(self))}>"


_CLASSES: dict[str, type] = {}


def grad_fn_of(node: Node) -> GradFn:
    """The ``grad_fn`` object of a node: an instance of one class per node name, as in PyTorch
    (``type(y.grad_fn).__name__ == 'PowBackward0'``)."""
    name = node.name
    cls = _CLASSES.get(name)
    if cls is None:
        cls = _CLASSES[name] = type(name, (GradFn,), {"__slots__": ()})
    return cls(node)


def _view(target: Any) -> Any:
    if target is None:
        return None
    if type(target) is Node:
        return grad_fn_of(target)
    return AccumulateGrad(target)
