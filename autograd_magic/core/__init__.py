"""The engine: one table of primitives, a graph of nodes, and reverse mode over it."""

from .node import Node
from .tensor import Tensor
from .trace import enable_grad, is_grad_enabled, no_grad, set_grad_enabled

__all__ = [
    "Node",
    "Tensor",
    "enable_grad",
    "is_grad_enabled",
    "no_grad",
    "set_grad_enabled",
]
