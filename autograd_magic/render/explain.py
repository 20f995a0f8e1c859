"""Per-node explanations (value, gradient, local derivatives, chain rule) as JSON-able dicts.

The chain-rule text of a node ``x`` sums, over every use of ``x`` as an operand of some ``y``,
the product ``∂z/∂y · ∂y/∂x`` (``⊙`` when the values are arrays) and evaluates it from the
recorded data: the consumer's ``grad``, the edge's ``local`` derivative and its ``contribution``:
``∂z/∂x = ∂z/∂y · ∂y/∂x = −0.9111 · 6.0000 = −5.4668``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np

from .model import EdgeView, GraphView, NodeView
from .naming import definitions
from .structure import Structure, analyze, is_constant
from .table import retain_grad_note
from .text import fmt, fmt_shape, node_ref

MINUS = "\u2212"
MAX_TERMS = 8


def num(value: object) -> str:
    """A formatted number or array summary with typographic minus signs."""
    return fmt(value).replace("-", MINUS)


def partial(top: str, bottom: str) -> str:
    """The symbol ``∂top/∂bottom``."""
    return f"\u2202{top}/\u2202{bottom}"


def ordinal(k: int) -> str:
    """1st, 2nd, 3rd, 4th, ..."""
    suffix = "th" if 10 <= k % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th")
    return f"{k}{suffix}"


def _is_scalar(value: object) -> bool:
    """True for a single number (0-d or one element)."""
    return value is not None and np.size(value) == 1


def _operand(top: NodeView, bottom: NodeView, arg: int, repeated: bool) -> str:
    """``∂y/∂x``, naming the operand position when ``x`` appears twice (``x*x``)."""
    sym = partial(node_ref(top), node_ref(bottom))
    return f"{sym} ({ordinal(arg + 1)} operand)" if repeated else sym


def _term(
    out: str, src: NodeView, dst: NodeView, arg: int, edge: EdgeView, repeated: bool
) -> tuple[str, str, str]:
    """One chain-rule term: symbolic product, numeric product, and its value."""
    grad = dst.grad
    local = edge.local
    scalar = _is_scalar(grad) and _is_scalar(local)
    times = "\u00b7" if scalar else "\u2299"
    symbolic = f"{partial(out, node_ref(dst))} {times} {_operand(dst, src, arg, repeated)}"
    if local is None:
        numeric = f"vjp_{dst.op or '?'}({num(grad)})"
    else:
        numeric = f"{num(grad)} {times} {num(local)}"
    value = num(edge.contribution)
    if local is not None and grad is not None and edge.contribution is not None:
        try:
            full = np.broadcast_shapes(np.shape(grad), np.shape(local))
        except ValueError:
            full = None
        if full is not None and tuple(full) != tuple(np.shape(edge.contribution)):
            value += " (summed over broadcast dimensions)"
    return symbolic, numeric, value


def chain_text(graph: GraphView, st: Structure, node: NodeView) -> str:
    """How the backward pass produced this node's gradient, with the numbers filled in."""
    out_id = graph.output
    if out_id is None:
        return "No output was differentiated."
    out = node_ref(graph.nodes[out_id])
    me = node_ref(node)
    lhs = partial(out, me)
    if node.id == out_id:
        return f"{lhs} = {num(node.grad)} (the output: the backward pass starts here)"
    if node.grad is None:
        if node.not_followed:
            return (
                f"Part of {me}'s gradient passes through an operation the magic could not "
                "follow, so no gradient is shown for it (the framework's own one has it)."
            )
        if not node.requires_grad:
            why = "is a constant" if is_constant(node) else "does not require grad"
            return f"{me} {why}: no gradient is computed for it (None, not 0)."
        return (
            f"{me} is not connected to {out}: no path leads from it to the output, "
            f"so its gradient is None (not 0)."
        )
    uses = st.uses(node.id)
    per_dst: dict[int, int] = {}
    for dst, _ in uses:
        per_dst[dst] = per_dst.get(dst, 0) + 1
    terms = []
    for dst, arg in uses:
        edge = st.edge_at.get((dst, arg))
        dst_node = graph.nodes[dst]
        if edge is None or dst_node.grad is None or edge.contribution is None:
            continue
        terms.append(_term(out, node, dst_node, arg, edge, per_dst[dst] > 1))
    total = num(node.grad)
    if not terms:
        return f"{lhs} = {total}"
    if len(terms) == 1:
        symbolic, numeric, value = terms[0]
        tail = "" if value.startswith(total) else f" = {total}"
        return f"{lhs} = {symbolic} = {numeric} = {value}{tail}"
    shown = terms[:MAX_TERMS]
    more = f" + \u2026 ({len(terms) - MAX_TERMS} more)" if len(terms) > MAX_TERMS else ""
    return (
        f"{lhs} = "
        + " + ".join(t[0] for t in shown)
        + more
        + " = "
        + " + ".join(f"({t[1]})" for t in shown)
        + more
        + " = "
        + " + ".join(
            t[2] if i == 0 or not t[2].startswith(MINUS) else f"({t[2]})"
            for i, t in enumerate(shown)
        )
        + more
        + f" = {total}"
    )


def local_texts(graph: GraphView, st: Structure, node: NodeView) -> list[str]:
    """This operation's local derivatives w.r.t. each operand (``∂y/∂x = 6.0000``)."""
    counts: dict[int, int] = {}
    for src in node.inputs:
        counts[src] = counts.get(src, 0) + 1
    lines = []
    for arg, src in enumerate(node.inputs):
        if is_constant(graph.nodes[src]):
            continue  # a constant operand gets no gradient, so no local derivative is needed
        sym = _operand(node, graph.nodes[src], arg, counts[src] > 1)
        edge = st.edge_at.get((node.id, arg))
        if edge is None:
            lines.append(f"{sym}: not recorded")
        elif edge.local is None:
            lines.append(f"{sym}: not elementwise (backward uses a vector-Jacobian product)")
        else:
            lines.append(f"{sym} = {num(edge.local)}")
    return lines


def sent_texts(graph: GraphView, st: Structure, node: NodeView) -> list[str]:
    """What the backward step at this node sends to each operand."""
    lines = []
    for arg, src in enumerate(node.inputs):
        edge = st.edge_at.get((node.id, arg))
        if edge is not None and edge.contribution is not None:
            lines.append(f"to {node_ref(graph.nodes[src])}: {num(edge.contribution)}")
    return lines


PANEL_NUMBERS = 64  # a tensor's numbers listed in full in the side panel, up to this many


def _numbers(node: NodeView) -> str:
    """A tensor's values (and gradient) written out for the side panel; '' for a number."""
    if np.ndim(node.value) == 0 or np.size(node.value) <= 1:
        return ""
    with np.printoptions(precision=4, threshold=PANEL_NUMBERS, edgeitems=3, linewidth=60):
        text = "value =\n" + np.array2string(np.asarray(node.value), separator=", ")
        if node.grad is not None and np.ndim(node.grad):
            text += "\ngradient =\n" + np.array2string(np.asarray(node.grad), separator=", ")
    return text.replace("-", MINUS)


def node_details(
    graph: GraphView, ids: Iterable[int] | None = None, st: Structure | None = None
) -> list[dict[str, Any]]:
    """One JSON-able dict per node (all nodes, or the given ids) for the interactive panel."""
    if st is None:
        st = analyze(graph)
    chosen = range(len(graph.nodes)) if ids is None else ids
    rhs = definitions(graph.nodes)
    details = []
    for i in chosen:
        node = graph.nodes[i]
        note = ""
        if not node.is_leaf and node.grad_attr == "None":
            note = retain_grad_note(node)
        details.append(
            {
                "id": node.id,
                "label": node_ref(node),
                "name": node.name,
                "op": node.op or "",
                "made_by": rhs[node.id],
                "numbers": _numbers(node),
                "fn": node.fn_name or "",
                "value": num(node.value),
                "shape": fmt_shape(node.shape),
                "dtype": node.dtype,
                "grad": None if node.grad is None else num(node.grad),
                "is_output": node.id == graph.output,
                "is_leaf": bool(node.is_leaf),
                "requires_grad": bool(node.requires_grad),
                "not_followed": bool(node.not_followed),
                "local": local_texts(graph, st, node),
                "chain": chain_text(graph, st, node),
                "sent": sent_texts(graph, st, node),
                "note": note,
            }
        )
    return details
