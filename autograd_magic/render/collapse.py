"""Choose which nodes a drawing shows: all of them, or for large graphs the named ones.

Above ``max_nodes`` nodes only the output and the named nodes are kept (the output first, then
named nodes in id order, up to ``max_nodes``). A kept operation result is linked to the kept
nodes it depends on through hidden nodes only (an indirect link, drawn dashed). One pass in
topological (id) order; chains of hidden nodes share their ancestor sets, so a long chain costs
O(n).
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import GraphView


@dataclass(frozen=True)
class Link:
    """An operand drawn into the operation of ``dst``: direct (``arg`` >= 0) or via hidden nodes."""

    src: int
    dst: int
    arg: int  # operand position for a direct link, -1 for an indirect one
    direct: bool


@dataclass(frozen=True)
class Visible:
    """The nodes and links a drawing shows, and how many nodes it hides."""

    nodes: tuple[int, ...]  # graph node ids in ascending (topological) order
    links: tuple[Link, ...]
    hidden: int  # nodes hidden here (not counting GraphView.collapsed)


def visible_subgraph(graph: GraphView, max_nodes: int = 200) -> Visible:
    """All nodes if there are at most ``max_nodes``, else the output and named nodes only."""
    nodes = graph.nodes
    n = len(nodes)
    if n <= max_nodes:
        links = tuple(
            Link(src, node.id, arg, True) for node in nodes for arg, src in enumerate(node.inputs)
        )
        return Visible(tuple(range(n)), links, 0)

    keep = [False] * n
    count = 0
    if graph.output is not None:
        keep[graph.output] = True
        count = 1
    for node in nodes:
        if count >= max_nodes:
            break
        if node.name and not keep[node.id]:
            keep[node.id] = True
            count += 1

    empty: frozenset[int] = frozenset()
    single: dict[int, frozenset[int]] = {}
    above: list[frozenset[int]] = [empty] * n  # for hidden nodes: kept nodes feeding them
    links: list[Link] = []
    for node in nodes:
        i = node.id
        if keep[i]:
            indirect: set[int] = set()
            for arg, src in enumerate(node.inputs):
                if keep[src]:
                    links.append(Link(src, i, arg, True))
                else:
                    indirect.update(above[src])
            links += [Link(src, i, -1, False) for src in sorted(indirect)]
            continue
        sets: list[frozenset[int]] = []
        seen: set[int] = set()
        for src in node.inputs:
            if keep[src]:
                s = single.get(src)
                if s is None:
                    s = single[src] = frozenset((src,))
            else:
                s = above[src]
            if s and id(s) not in seen:
                seen.add(id(s))
                sets.append(s)
        if len(sets) == 1:
            above[i] = sets[0]
        elif sets:
            above[i] = frozenset().union(*sets)
    kept = tuple(i for i in range(n) if keep[i])
    return Visible(kept, tuple(links), n - len(kept))
