"""A small deterministic layered (Sugiyama-style) left-to-right layout for DAGs.

Steps, all iterative and near-linear: longest-path layering (sources pulled right to sit just
before their first consumer), dummy nodes on edges spanning several layers (within a budget),
barycenter sweeps that keep the ordering with the fewest crossings, then vertical placement
that pulls each node towards its neighbours while keeping a minimum gap.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass
class Layout:
    """Centre coordinates of the nodes (dummies after the real ones) and routed edges."""

    layer: list[int]
    x: list[float]
    y: list[float]
    width: float
    height: float
    routes: dict[int, list[tuple[float, float]]] = field(default_factory=dict)  # edge -> bends
    crossings: int = 0


def _topological(n: int, succ: list[list[int]], indeg: list[int]) -> list[int]:
    """Kahn's algorithm in id order; nodes on cycles (none expected) follow in id order."""
    deg = indeg[:]
    ready = [v for v in range(n) if deg[v] == 0]
    ready.reverse()
    order: list[int] = []
    while ready:
        v = ready.pop()
        order.append(v)
        for w in reversed(succ[v]):
            deg[w] -= 1
            if deg[w] == 0:
                ready.append(w)
    if len(order) < n:
        seen = set(order)
        order += [v for v in range(n) if v not in seen]
    return order


def _layers(n: int, edges: Sequence[tuple[int, int]]) -> list[int]:
    """Longest-path layers; sources then move right to just before their nearest consumer."""
    succ: list[list[int]] = [[] for _ in range(n)]
    pred: list[list[int]] = [[] for _ in range(n)]
    indeg = [0] * n
    for u, v in edges:
        if u != v:
            succ[u].append(v)
            pred[v].append(u)
            indeg[v] += 1
    order = _topological(n, succ, indeg)
    rank = [0] * n
    pos = [0] * n
    for i, v in enumerate(order):
        pos[v] = i
    for v in order:
        best = 0
        for u in pred[v]:
            if pos[u] < pos[v] and rank[u] + 1 > best:
                best = rank[u] + 1
        rank[v] = best
    for v in range(n):
        if not pred[v] and succ[v]:
            rank[v] = max(0, min(rank[w] for w in succ[v]) - 1)
    return rank


def _count_crossings(pairs: list[tuple[int, int]], size: int) -> int:
    """Crossings between two adjacent layers: inversions of the lower ends (Fenwick tree)."""
    if len(pairs) < 2:
        return 0
    pairs = sorted(pairs)
    tree = [0] * (size + 1)
    crossings = 0
    seen = 0
    for _, b in pairs:
        # count earlier pairs whose lower end is strictly greater than b
        i, le = b + 1, 0
        while i > 0:
            le += tree[i]
            i -= i & -i
        crossings += seen - le
        i = b + 1
        while i <= size:
            tree[i] += 1
            i += i & -i
        seen += 1
    return crossings


def _place(desired: list[float], seps: list[float]) -> list[float]:
    """Positions close to ``desired`` with ``seps[i]`` between items i-1 and i."""
    k = len(desired)
    down = desired[:]
    for i in range(1, k):
        down[i] = max(down[i], down[i - 1] + seps[i])
    up = desired[:]
    for i in range(k - 2, -1, -1):
        up[i] = min(up[i], up[i + 1] - seps[i + 1])
    return [(a + b) / 2 for a, b in zip(down, up)]


def layered_layout(
    sizes: Sequence[tuple[float, float]],
    edges: Sequence[tuple[int, int]],
    *,
    sweeps: int = 4,
    layer_gap: float = 36.0,
    node_gap: float = 14.0,
    dummy_budget: int | None = None,
) -> Layout:
    """Lay out nodes of the given (width, height) left to right along the edges (u -> v)."""
    n = len(sizes)
    rank = _layers(n, edges)
    widths = [float(w) for w, _ in sizes]
    heights = [float(h) for _, h in sizes]
    budget = 20 * (n + len(edges)) + 100 if dummy_budget is None else dummy_budget

    # Split long edges into unit segments through dummy nodes.
    seg_pred: list[list[int]] = [[] for _ in range(n)]
    seg_succ: list[list[int]] = [[] for _ in range(n)]
    chains: dict[int, list[int]] = {}
    for k, (u, v) in enumerate(edges):
        if u == v or rank[v] <= rank[u]:
            continue
        span = rank[v] - rank[u]
        prev = u
        if 1 < span <= budget + 1:
            budget -= span - 1
            chain = []
            for r in range(rank[u] + 1, rank[v]):
                d = len(rank)
                rank.append(r)
                widths.append(0.0)
                heights.append(6.0)
                seg_pred.append([prev])
                seg_succ.append([])
                seg_succ[prev].append(d)
                chain.append(d)
                prev = d
            chains[k] = chain
        seg_succ[prev].append(v)
        seg_pred[v].append(prev)

    total = len(rank)
    n_layers = (max(rank) + 1) if rank else 0
    layers: list[list[int]] = [[] for _ in range(n_layers)]
    for v in range(total):
        layers[rank[v]].append(v)
    pos = [0] * total
    for members in layers:
        for i, v in enumerate(members):
            pos[v] = i

    def crossings() -> int:
        """Edge crossings of the current ordering, over all adjacent layer pairs."""
        total_c = 0
        for r in range(n_layers - 1):
            pairs = [(pos[u], pos[w]) for u in layers[r] for w in seg_succ[u] if rank[w] == r + 1]
            total_c += _count_crossings(pairs, len(layers[r + 1]) + 1)
        return total_c

    def sweep(r: int, neighbours: list[list[int]]) -> None:
        """Reorder layer ``r`` by the mean position of each node's neighbours (stable)."""
        members = layers[r]
        keys = []
        for v in members:
            nb = neighbours[v]
            key = sum(pos[u] for u in nb) / len(nb) if nb else float(pos[v])
            keys.append((key, pos[v], v))
        keys.sort()
        layers[r] = [v for _, _, v in keys]
        for i, v in enumerate(layers[r]):
            pos[v] = i

    best = crossings()
    best_layers = [m[:] for m in layers]
    for _ in range(sweeps):
        if best == 0:
            break
        for r in range(1, n_layers):
            sweep(r, seg_pred)
        for r in range(n_layers - 2, -1, -1):
            sweep(r, seg_succ)
        c = crossings()
        if c < best:
            best = c
            best_layers = [m[:] for m in layers]
    layers = best_layers
    for members in layers:
        for i, v in enumerate(members):
            pos[v] = i

    # Horizontal: one column per layer, as wide as its widest node.
    col_w = [max((widths[v] for v in m), default=0.0) for m in layers]
    col_x: list[float] = []
    cursor = 0.0
    for w in col_w:
        col_x.append(cursor + w / 2)
        cursor += w + layer_gap
    xs = [col_x[rank[v]] for v in range(total)]

    # Vertical: stack, then pull towards neighbours in alternating passes.
    ys = [0.0] * total
    seps_of: list[list[float]] = []
    for m in layers:
        seps = [0.0] + [(heights[a] + heights[b]) / 2 + node_gap for a, b in zip(m, m[1:])]
        seps_of.append(seps)
        acc = 0.0
        for v, s in zip(m, seps):
            acc += s
            ys[v] = acc
    for it in range(4):
        forward = it % 2 == 0
        rows = range(1, n_layers) if forward else range(n_layers - 2, -1, -1)
        nbs = seg_pred if forward else seg_succ
        for r in rows:
            m = layers[r]
            desired = [sum(ys[u] for u in nbs[v]) / len(nbs[v]) if nbs[v] else ys[v] for v in m]
            for v, y in zip(m, _place(desired, seps_of[r])):
                ys[v] = y

    top = min((ys[v] - heights[v] / 2 for v in range(total)), default=0.0)
    bottom = max((ys[v] + heights[v] / 2 for v in range(total)), default=0.0)
    ys = [y - top for y in ys]
    routes = {k: [(xs[d], ys[d]) for d in chain] for k, chain in chains.items()}
    width = max(cursor - layer_gap, 0.0)
    return Layout(rank[:n], xs[:n], ys[:n], width, bottom - top, routes, best)
