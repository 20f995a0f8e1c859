"""Adjacency indexes of a GraphView: who consumes each node, and edge data by position."""

from __future__ import annotations

from dataclasses import dataclass

from .model import EdgeView, GraphView, NodeView


@dataclass(frozen=True)
class Structure:
    """Lookups shared by the renderers, built once in O(nodes + edges)."""

    consumers: tuple[tuple[tuple[int, int], ...], ...]  # per node: (dst, arg) for every use
    constant: tuple[bool, ...]  # per node: an unnamed leaf that needs no gradient
    edge_at: dict[tuple[int, int], EdgeView]  # (dst, arg) -> the edge carrying its data


def is_constant(node: NodeView) -> bool:
    """An unnamed leaf that does not require grad (a literal such as the exponent 2)."""
    return node.op is None and not node.name and not node.requires_grad


def analyze(graph: GraphView) -> Structure:
    """Index a graph's consumers (from ``NodeView.inputs``) and its edges by (dst, arg)."""
    n = len(graph.nodes)
    uses: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for node in graph.nodes:
        for arg, src in enumerate(node.inputs):
            if 0 <= src < n:
                uses[src].append((node.id, arg))
    edge_at = {(e.dst, e.arg): e for e in graph.edges}
    return Structure(
        consumers=tuple(tuple(u) for u in uses),
        constant=tuple(is_constant(node) for node in graph.nodes),
        edge_at=edge_at,
    )
