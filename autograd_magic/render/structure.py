"""Adjacency indexes of a GraphView: who consumes each node, and edge data by position."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from .model import EdgeView, GraphView, NodeView

NO_USES: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Structure:
    """Lookups shared by the renderers, built once in O(nodes + edges)."""

    consumers: dict[int, list[tuple[int, int]]]  # node -> (dst, arg) for every use; absent: none
    edge_at: dict[tuple[int, int], EdgeView]  # (dst, arg) -> the edge carrying its data

    def uses(self, node: int) -> tuple[tuple[int, int], ...] | list[tuple[int, int]]:
        """Every use of ``node`` as an operand, as (consumer id, operand position)."""
        return self.consumers.get(node, NO_USES)


def is_constant(node: NodeView) -> bool:
    """An unnamed leaf that does not require grad (a literal such as the exponent 2)."""
    return node.op is None and not node.name and not node.requires_grad


def analyze(graph: GraphView, only: Collection[int] | None = None) -> Structure:
    """Index uses and edges; with ``only``, just the uses of and edges touching those nodes."""
    keep = None if only is None else set(only)
    consumers: dict[int, list[tuple[int, int]]] = {}
    for node in graph.nodes:
        for arg, src in enumerate(node.inputs):
            if keep is None or src in keep:
                found = consumers.get(src)
                if found is None:
                    consumers[src] = [(node.id, arg)]
                else:
                    found.append((node.id, arg))
    if keep is None:
        edge_at = {(e.dst, e.arg): e for e in graph.edges}
    else:
        edge_at = {(e.dst, e.arg): e for e in graph.edges if e.dst in keep or e.src in keep}
    return Structure(consumers, edge_at)
