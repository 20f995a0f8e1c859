"""The computation graph as a static, deterministic SVG string, readable at its own size.

Value nodes are rounded boxes: a number shows its value and gradient (``y = 9.0000`` over
``∂z/∂y = -0.9111``), a tensor its name and shape over two small heat strips (values, gradient;
the numbers are in the tooltip and the widget's side panel). Each operation is a small ellipse
in front of its result, labelled by what it computes with its constants folded in (``x**2``,
``X @ W1``, ``+ b1``); constants get no box. The picture is drawn at a fixed 12 px font and never
scaled down: a graph too wide for a notebook column is laid out top to bottom instead of left to
right, so it grows taller. Forward edges are arrows from operands to operations. Node groups
carry ``data-node-id`` (values) or ``data-op-of`` (operations, with the id of their result);
edges carry ``data-src``/``data-dst``/``data-arg`` so scripts can highlight them. Element ids
are ``am-g{salt}-n{i}`` / ``am-g{salt}-o{i}``, so a page with several graphs needs distinct salts.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .collapse import Visible, visible_subgraph
from .escape import esc, id_part
from .layout import Layout, layered_layout
from .model import GraphView, NodeView
from .naming import op_label
from .structure import is_constant
from .text import fmt, fmt_shape, node_ref

CHAR_W = 7.3  # average advance of the 12px monospace font
FONT = 12
LINE_H = 16
PAD_X = 9
MARGIN = 14
DUP_OFFSET = 18.0  # spread of repeated edges between the same two nodes
FIT_WIDTH = 860.0  # a left-to-right layout wider than this is drawn top to bottom instead
STRIP_CELLS = 16  # heat-strip cells per tensor (values averaged into this many bins)
CELL_W, CELL_H = 9.0, 11.0
STRIP_LEGEND = "strips: blue < 0 < red (numbers in the table)"
STRIP_LABEL_W = 6 * CHAR_W  # room for "value"/"grad" and a space before a strip

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
    strips: tuple[tuple[str, np.ndarray | None, str], ...] = ()  # (label, values, or text)


def _n(v: float) -> str:
    """A coordinate with one decimal."""
    return f"{v:.1f}"


def _is_tensor(node: NodeView) -> bool:
    return np.size(node.value) > 1


def value_lines(node: NodeView, graph: GraphView) -> tuple[str, ...]:
    """The text lines of a value box: ``y = 9.0000`` and ``∂z/∂y = -0.9111``.

    A tensor's box has one line, its name and shape (``W1 (3, 4)``); its values and gradient
    are drawn as heat strips (``strips``).
    """
    if _is_tensor(node):
        head = f"{node.name} {fmt_shape(node.shape)}" if node.name else fmt_shape(node.shape)
        return (head,)
    val = fmt(node.value)
    if is_constant(node):
        return (val,)
    first = f"{node_ref(node)} = {val}" if node.name or node.op is None else val
    if graph.output is None:
        return (first,)
    out = node_ref(graph.nodes[graph.output])
    if node.grad is None:
        return (first, missing_grad_text(node))
    return (first, f"\u2202{out}/\u2202{node_ref(node)} = {fmt(node.grad)}")


def missing_grad_text(node: NodeView) -> str:
    """What stands in for a gradient that is not shown: why there is none."""
    if node.not_followed:
        return "not followed"
    return "not connected" if node.requires_grad or not node.is_leaf else "not tracked"


def strips(node: NodeView, graph: GraphView) -> tuple[tuple[str, np.ndarray | None, str], ...]:
    """A tensor's heat strips: its values and, when an output was differentiated, its gradient."""
    if not _is_tensor(node):
        return ()
    rows: list[tuple[str, np.ndarray | None, str]] = [("value", np.asarray(node.value), "")]
    if graph.output is not None:
        if node.grad is not None:
            rows.append(("grad", np.asarray(node.grad), ""))
        else:
            rows.append(("grad", None, missing_grad_text(node)))
    return tuple(rows)


def binned(values: np.ndarray, cells: int = STRIP_CELLS) -> np.ndarray:
    """The flattened values as at most ``cells`` numbers (means of equal runs), as float."""
    flat = np.asarray(values, dtype=float).reshape(-1)
    if flat.size <= cells:
        return flat
    edges = np.linspace(0, flat.size, cells + 1).astype(np.int64)
    with np.errstate(all="ignore"):
        return np.array([flat[a:b].mean() for a, b in zip(edges[:-1], edges[1:])])


def heat_color(v: float, scale: float) -> str:
    """Blue for negative, white for zero, red for positive; grey for NaN/inf."""
    if not np.isfinite(v):
        return "#adb5bd"
    t = 0.0 if scale <= 0 else max(-1.0, min(1.0, v / scale))
    if t >= 0:
        r, g, b = 255, round(255 - 170 * t), round(255 - 190 * t)
    else:
        r, g, b = round(255 + 200 * t), round(255 + 120 * t), 255
    return f"#{r:02x}{g:02x}{b:02x}"


def _boxes(graph: GraphView, visible: Visible) -> tuple[list[Box], dict[int, int], dict[int, int]]:
    """Value boxes and operation ellipses with their sizes; maps node id -> box index."""
    boxes: list[Box] = []
    value_at: dict[int, int] = {}
    op_at: dict[int, int] = {}
    refs = [node_ref(n) for n in graph.nodes]
    for i in visible.nodes:
        node = graph.nodes[i]
        if is_constant(node):
            continue  # folded into the label of the operation that uses it
        lines = value_lines(node, graph)
        rows = strips(node, graph)
        width = max(40.0, max(len(s) for s in lines) * CHAR_W + 2 * PAD_X)
        for _, values, text in rows:
            inner = len(text) * CHAR_W if values is None else binned(values).size * CELL_W
            width = max(width, STRIP_LABEL_W + inner + 2 * PAD_X + 4)
        value_at[i] = len(boxes)
        height = (len(lines) + len(rows)) * LINE_H + 8
        boxes.append(Box(i, False, width, height, lines, rows))
    for i in visible.nodes:
        node = graph.nodes[i]
        if node.op is not None:
            label = op_label(node, graph.nodes, refs)
            op_at[i] = len(boxes)
            boxes.append(Box(i, True, max(30.0, len(label) * CHAR_W + 18), 24.0, (label,)))
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


def _curve(points: list[tuple[float, float]], off: float, down: bool = False) -> str:
    """A smooth path through the points, left to right (or top to bottom when ``down``),
    bent sideways by ``off``."""
    (x0, y0) = points[0]
    parts = [f"M{_n(x0)},{_n(y0)}"]
    last = len(points) - 1
    for k in range(1, len(points)):
        x1, y1 = points[k]
        if down:
            if k < last:
                x1 += off
            dy = (y1 - y0) / 2
            parts.append(
                f"C{_n(x0 + off)},{_n(y0 + dy)} {_n(x1 + off)},{_n(y1 - dy)} {_n(x1)},{_n(y1)}"
            )
        else:
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
    if box.strips:
        tip.append(f"value {fmt(node.value)}")
        if node.grad is not None:
            tip.append(f"grad {fmt(node.grad)}")
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
    row_y = first_y + len(box.lines) * LINE_H
    left = x - box.width / 2 + PAD_X
    for label, values, text in box.strips:
        parts.append(f'<text x="{_n(left)}" y="{_n(row_y)}" fill="#868e96">{esc(label)}</text>')
        start = left + STRIP_LABEL_W
        if values is None:
            parts.append(f'<text x="{_n(start)}" y="{_n(row_y)}" fill="#868e96">{esc(text)}</text>')
        else:
            cells = binned(values)
            finite = np.abs(cells[np.isfinite(cells)])
            scale = float(finite.max()) if finite.size else 0.0
            parts.append('<g class="am-strip">')
            for k, v in enumerate(cells.tolist()):
                parts.append(
                    f'<rect x="{_n(start + k * CELL_W)}" y="{_n(row_y - CELL_H + 2)}" '
                    f'width="{_n(CELL_W - 1)}" height="{_n(CELL_H)}" '
                    f'fill="{heat_color(v, scale)}" stroke="#ced4da" stroke-width="0.5"/>'
                )
            parts.append("</g>")
        row_y += LINE_H
    if is_out:
        parts.append(
            f'<text x="{_n(x - box.width / 2)}" y="{_n(y - box.height / 2 - 3)}" '
            f'font-size="11" fill="{OUTPUT}">output</text>'
        )
    parts.append("</g>")
    return "".join(parts)


def _layout(boxes: list[Box], edges: list[tuple[int, int]]) -> tuple[Layout, bool]:
    """Left to right when that fits a notebook column, else top to bottom (taller, not smaller).

    Returns the layout in drawing coordinates and whether it runs top to bottom.
    """
    lay = layered_layout([(b.width, b.height) for b in boxes], edges)
    if lay.width <= FIT_WIDTH or len(boxes) < 3:
        return lay, False
    down = layered_layout([(b.height, b.width) for b in boxes], edges, layer_gap=30.0)
    routes = {k: [(y, x) for x, y in pts] for k, pts in down.routes.items()}
    flipped = Layout(down.layer, down.y, down.x, down.height, down.width, routes, down.crossings)
    return flipped, True


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
    lay, down = _layout(boxes, edges)

    hidden = visible.hidden + graph.collapsed
    note = ""
    if hidden:
        note = f"{hidden:,} nodes collapsed"
        if visible.hidden:
            note += ": showing the named nodes and the output"
    legend = STRIP_LEGEND if any(b.strips for b in boxes) else ""
    top = MARGIN + (22 if note else 0) + (20 if legend else 0) + 12  # + the output's label
    width = max(lay.width + 2 * MARGIN, max(len(note), len(legend)) * CHAR_W + 2 * MARGIN)
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
        f'font-size="{FONT}" style="display:block">',
        f"<defs>{_marker(gid + '-arrow', EDGE)}{_marker(gid + '-arrow-hl', HIGHLIGHT)}</defs>",
        _style(gid),
        f'<rect x="0" y="0" width="{_n(width)}" height="{_n(height)}" fill="#ffffff"/>',
    ]
    if note:
        parts.append(
            f'<text class="am-note" x="{MARGIN}" y="{MARGIN + 10}" fill="#c2255c">'
            f"{esc(note)}</text>"
        )

    if legend:
        y_legend = MARGIN + 10 + (22 if note else 0)
        parts.append(
            f'<text class="am-legend" x="{MARGIN}" y="{y_legend}" fill="#495057">'
            f"{esc(legend)}</text>"
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
        if down:
            start = (cx(u) + off * 0.35, cy(u) + boxes[u].height / 2)
            end = (cx(v) + off * 0.35, cy(v) - boxes[v].height / 2)
        else:
            start = (cx(u) + boxes[u].width / 2, cy(u) + off * 0.35)
            end = (cx(v) - boxes[v].width / 2, cy(v) + off * 0.35)
        bends = [(x + MARGIN, y + top) for x, y in lay.routes.get(k, [])]
        kind, src, dst, arg, direct = meta[k]
        dash = "" if direct else ' stroke-dasharray="5 4"'
        src_ref, dst_node = node_ref(graph.nodes[src]), graph.nodes[dst]
        op_text = boxes[op_at[dst]].lines[0] if dst in op_at else dst_node.op
        if kind == "in":
            how = f"operand {arg + 1}" if direct else "through hidden nodes"
            tip = f"{src_ref} \u2192 {op_text} ({how})"
        else:
            tip = f"{op_text} \u2192 {node_ref(dst_node)}"
        parts.append(
            f'<path class="am-edge am-edge-{kind}" data-src="{src}" data-dst="{dst}" '
            f'data-arg="{arg}" d="{_curve([start, *bends, end], off, down)}" fill="none" '
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
