"""The computation graph as a static, deterministic SVG string.

Value nodes are rounded boxes (``y = 9.0000`` over ``∂z/∂y = -0.9111``), each operation a small
ellipse in front of its result, forward edges arrows from operands to operations. Node groups
carry ``data-node-id`` (values) or ``data-op-of`` (operations, with the id of their result);
edges carry ``data-src``/``data-dst``/``data-arg`` so scripts can highlight them. Element ids
are ``am-g{salt}-n{i}`` / ``am-g{salt}-o{i}``, so a page with several graphs needs distinct salts.
"""

from __future__ import annotations

from dataclasses import dataclass

from .collapse import Visible, visible_subgraph
from .escape import esc, id_part
from .layout import layered_layout
from .model import GraphView, NodeView
from .structure import is_constant
from .text import fmt, node_ref

CHAR_W = 7.3  # average advance of the 12px monospace font
FONT = 12
LINE_H = 16
PAD_X = 9
MARGIN = 14
DUP_OFFSET = 18.0  # vertical spread of repeated edges between the same two nodes

FONT_FAMILY = "ui-monospace, SFMono-Regular, Menlo, Consolas, 'DejaVu Sans Mono', monospace"
EDGE = "#868e96"
HIGHLIGHT = "#1c7ed6"
OUTPUT = "#e8590c"


@dataclass(frozen=True)
class Box:
    """A drawable item: a value box (``op`` False) or an operation ellipse (``op`` True)."""

    node: int
    op: bool
    width: float
    height: float
    lines: tuple[str, ...]


def _n(v: float) -> str:
    """A coordinate with one decimal."""
    return f"{v:.1f}"


def value_lines(node: NodeView, graph: GraphView) -> tuple[str, ...]:
    """The text lines of a value box: ``y = 9.0000`` and ``∂z/∂y = -0.9111``."""
    val = fmt(node.value)
    if is_constant(node):
        return (val,)
    first = f"{node_ref(node)} = {val}" if node.name or node.op is None else val
    if graph.output is None:
        return (first,)
    out = node_ref(graph.nodes[graph.output])
    if node.grad is None:
        tracked = node.requires_grad or not node.is_leaf
        return (first, "not connected" if tracked else "not tracked")
    return (first, f"\u2202{out}/\u2202{node_ref(node)} = {fmt(node.grad)}")


def _boxes(graph: GraphView, visible: Visible) -> tuple[list[Box], dict[int, int], dict[int, int]]:
    """Value boxes and operation ellipses with their sizes; maps node id -> box index."""
    boxes: list[Box] = []
    value_at: dict[int, int] = {}
    op_at: dict[int, int] = {}
    for i in visible.nodes:
        node = graph.nodes[i]
        lines = value_lines(node, graph)
        width = max(40.0, max(len(s) for s in lines) * CHAR_W + 2 * PAD_X)
        value_at[i] = len(boxes)
        boxes.append(Box(i, False, width, len(lines) * LINE_H + 8, lines))
    for i in visible.nodes:
        node = graph.nodes[i]
        if node.op is not None:
            label = node.op
            op_at[i] = len(boxes)
            boxes.append(Box(i, True, max(30.0, len(label) * CHAR_W + 14), 24.0, (label,)))
    return boxes, value_at, op_at


def _style(gid: str) -> str:
    """Scoped CSS used only for interactive highlighting (the drawing itself is attributes)."""
    s = f"#{gid}"
    return (
        f"<style>{s} .am-node,{s} .am-op{{cursor:pointer}}"
        f"{s} .am-visited>rect{{fill:#e7f5ff}}"
        f"{s} .am-visited>ellipse{{fill:#d0ebff}}"
        f"{s} .am-current>rect,{s} .am-current>ellipse{{stroke:{HIGHLIGHT};stroke-width:3}}"
        f"{s} .am-selected>rect,{s} .am-selected>ellipse{{stroke:#7048e8;stroke-width:3}}"
        f"{s} .am-sent{{stroke:{HIGHLIGHT};stroke-width:2.2;marker-end:url(#{gid}-arrow-hl)}}"
        "</style>"
    )


def _marker(mid: str, color: str) -> str:
    """An arrowhead marker definition."""
    return (
        f'<marker id="{mid}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
        f'markerHeight="7" orient="auto"><path d="M0,0L10,5L0,10z" fill="{color}"/></marker>'
    )


def _curve(points: list[tuple[float, float]], off: float) -> str:
    """A smooth left-to-right path through the points, bent vertically by ``off``."""
    (x0, y0) = points[0]
    parts = [f"M{_n(x0)},{_n(y0)}"]
    last = len(points) - 1
    for k in range(1, len(points)):
        x1, y1 = points[k]
        if k < last:
            y1 += off
        dx = (x1 - x0) / 2
        parts.append(
            f"C{_n(x0 + dx)},{_n(y0 + off)} {_n(x1 - dx)},{_n(y1 + off)} {_n(x1)},{_n(y1)}"
        )
        x0, y0 = x1, y1
    return "".join(parts)


def _op_element(gid: str, node: NodeView, box: Box, x: float, y: float) -> str:
    """An operation ellipse labelled with its primitive, tagged with its result's id."""
    fn = f" ({node.fn_name})" if node.fn_name else ""
    return (
        f'<g class="am-op" id="{gid}-o{node.id}" data-op-of="{node.id}">'
        f"<title>{esc(box.lines[0] + fn)}</title>"
        f'<ellipse cx="{_n(x)}" cy="{_n(y)}" rx="{_n(box.width / 2)}" '
        f'ry="{_n(box.height / 2)}" fill="#f1f3f5" stroke="{EDGE}" stroke-width="1.2"/>'
        f'<text x="{_n(x)}" y="{_n(y + 4)}" text-anchor="middle" fill="#343a40">'
        f"{esc(box.lines[0])}</text></g>"
    )


def _value_element(gid: str, node: NodeView, box: Box, x: float, y: float, is_out: bool) -> str:
    """A value box with its text lines; the output gets a coloured frame and a label."""
    cls = "am-node am-value" + (" am-output" if is_out else "")
    cls += " am-const" if is_constant(node) else ""
    stroke = f'stroke="{OUTPUT}" stroke-width="2.5"' if is_out else 'stroke="#495057"'
    tip = [node_ref(node), f"shape {tuple(node.shape)}", node.dtype]
    if node.fn_name:
        tip.append(node.fn_name)
    parts = [
        f'<g class="{cls}" id="{gid}-n{node.id}" data-node-id="{node.id}">'
        f"<title>{esc(', '.join(tip))}</title>"
        f'<rect x="{_n(x - box.width / 2)}" y="{_n(y - box.height / 2)}" '
        f'width="{_n(box.width)}" height="{_n(box.height)}" rx="6" fill="#ffffff" {stroke}/>'
    ]
    first_y = y - box.height / 2 + LINE_H
    for li, line in enumerate(box.lines):
        color = "#212529" if li == 0 else ("#868e96" if node.grad is None else "#1864ab")
        parts.append(
            f'<text x="{_n(x)}" y="{_n(first_y + li * LINE_H)}" text-anchor="middle" '
            f'fill="{color}">{esc(line)}</text>'
        )
    if is_out:
        parts.append(
            f'<text x="{_n(x - box.width / 2)}" y="{_n(y - box.height / 2 - 3)}" '
            f'font-size="10" fill="{OUTPUT}">output</text>'
        )
    parts.append("</g>")
    return "".join(parts)


def graph_svg(
    graph: GraphView, salt: str = "0", *, max_nodes: int = 200, visible: Visible | None = None
) -> str:
    """Draw the graph as an SVG string; large graphs show only named nodes and the output."""
    if visible is None:
        visible = visible_subgraph(graph, max_nodes)
    gid = f"am-g{id_part(salt)}"
    boxes, value_at, op_at = _boxes(graph, visible)

    # Layout edges: operand -> operation, operation -> its result.
    edges: list[tuple[int, int]] = []
    meta: list[tuple[str, int, int, int, bool]] = []  # kind, src, dst, arg, direct
    for link in visible.links:
        if link.dst in op_at and link.src in value_at:
            edges.append((value_at[link.src], op_at[link.dst]))
            meta.append(("in", link.src, link.dst, link.arg, link.direct))
    for i, b in op_at.items():
        edges.append((b, value_at[i]))
        meta.append(("out", i, i, -1, True))
    lay = layered_layout([(b.width, b.height) for b in boxes], edges)

    hidden = visible.hidden + graph.collapsed
    note = ""
    if hidden:
        note = f"{hidden:,} nodes collapsed"
        if visible.hidden:
            note += ": showing the named nodes and the output"
    top = MARGIN + (22 if note else 0)
    width = max(lay.width + 2 * MARGIN, len(note) * CHAR_W + 2 * MARGIN)
    height = lay.height + top + MARGIN + 6
    out_ref = node_ref(graph.nodes[graph.output]) if graph.output is not None else ""
    label = f"computation graph of {out_ref}" if out_ref else "computation graph"

    def cx(b: int) -> float:
        """Drawing x of a box centre."""
        return lay.x[b] + MARGIN

    def cy(b: int) -> float:
        """Drawing y of a box centre."""
        return lay.y[b] + top

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="am-graph" id="{gid}" '
        f'width="{_n(width)}" height="{_n(height)}" viewBox="0 0 {_n(width)} {_n(height)}" '
        f'role="img" aria-label="{esc(label)}" font-family="{esc(FONT_FAMILY)}" '
        f'font-size="{FONT}" style="max-width:100%;height:auto">',
        f"<defs>{_marker(gid + '-arrow', EDGE)}{_marker(gid + '-arrow-hl', HIGHLIGHT)}</defs>",
        _style(gid),
        f'<rect x="0" y="0" width="{_n(width)}" height="{_n(height)}" fill="#ffffff"/>',
    ]
    if note:
        parts.append(
            f'<text class="am-note" x="{MARGIN}" y="{MARGIN + 10}" fill="#c2255c">'
            f"{esc(note)}</text>"
        )

    # Edges; repeated (u, v) pairs (x*x) get distinct bends.
    multiplicity: dict[tuple[int, int], int] = {}
    for e in edges:
        multiplicity[e] = multiplicity.get(e, 0) + 1
    seen: dict[tuple[int, int], int] = {}
    parts.append('<g class="am-edges">')
    for k, (u, v) in enumerate(edges):
        j = seen.get((u, v), 0)
        seen[(u, v)] = j + 1
        off = (j - (multiplicity[(u, v)] - 1) / 2) * DUP_OFFSET
        start = (cx(u) + boxes[u].width / 2, cy(u) + off * 0.35)
        end = (cx(v) - boxes[v].width / 2, cy(v) + off * 0.35)
        bends = [(x + MARGIN, y + top) for x, y in lay.routes.get(k, [])]
        kind, src, dst, arg, direct = meta[k]
        dash = "" if direct else ' stroke-dasharray="5 4"'
        src_ref, dst_node = node_ref(graph.nodes[src]), graph.nodes[dst]
        if kind == "in":
            how = f"operand {arg}" if direct else "through hidden nodes"
            tip = f"{src_ref} \u2192 {dst_node.op} ({how})"
        else:
            tip = f"{dst_node.op} \u2192 {node_ref(dst_node)}"
        parts.append(
            f'<path class="am-edge am-edge-{kind}" data-src="{src}" data-dst="{dst}" '
            f'data-arg="{arg}" d="{_curve([start, *bends, end], off)}" fill="none" '
            f'stroke="{EDGE}" stroke-width="1.3"{dash} marker-end="url(#{gid}-arrow)">'
            f"<title>{esc(tip)}</title></path>"
        )
    parts.append("</g>")

    parts.append('<g class="am-nodes">')
    for b, box in enumerate(boxes):
        node = graph.nodes[box.node]
        if box.op:
            parts.append(_op_element(gid, node, box, cx(b), cy(b)))
        else:
            parts.append(_value_element(gid, node, box, cx(b), cy(b), node.id == graph.output))
    parts.append("</g></svg>")
    return "".join(parts)
