"""Number formatting and the plain-text forms of a graph.

``graph_text`` writes a graph in one of two deterministic forms:

* **Arrow form**, for a single chain (every value feeds at most one operation and every
  operation has one non-constant operand): ``x --> (pow) --> y --> (sin) --> z``. Operations
  are in parentheses, named values are written bare, and unnamed intermediates appear only
  through their operation. Constant operands (the exponent of ``x**2``) are left out; chains
  longer than ``max_chain`` operations keep their ends around a ``… N more …`` marker.
* **Operation form**, for any other graph: one line per named result in topological order,
  ``y = x**2``, ``z = y * y  # output``, with unnamed intermediates written out as the
  expressions that made them (``h = relu(X @ W1 + b1)``) and constants as their values.
  More than ``max_lines`` lines keep the first and last ones around a ``… N more lines …``.
"""

from __future__ import annotations

import math

import numpy as np

from .model import GraphView, NodeView
from .naming import definitions
from .structure import Structure, analyze, is_constant

ELLIPSIS = "\u2026"


def fmt_scalar(value: object, decimals: int = 4) -> str:
    """One number like PyTorch prints it: ``-5.4668``; scientific below 1e-4 or from 1e8."""
    if isinstance(value, str):
        return value
    if isinstance(value, (bool, np.bool_)):
        return str(bool(value))
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    if isinstance(value, (complex, np.complexfloating)):
        imag = float(value.imag)
        sign = "-" if imag < 0 or (imag == 0 and math.copysign(1, imag) < 0) else "+"
        return f"{fmt_scalar(float(value.real), decimals)}{sign}{fmt_scalar(abs(imag), decimals)}j"
    try:
        f = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return str(value)
    if math.isnan(f):
        return "nan"
    if math.isinf(f):
        return "inf" if f > 0 else "-inf"
    if f == 0:
        return f"{0.0:.{decimals}f}"
    a = abs(f)
    if a >= 1e8 or a < 10.0**-decimals:
        return f"{f:.{decimals}e}"
    return f"{f:.{decimals}f}"


def fmt(value: object, decimals: int = 4, head: int = 2, tail: int = 1) -> str:
    """A scalar as ``-5.4668``; an array as ``[0.0000, 0.1579, …, 3.0000] (20,)``."""
    if value is None:
        return "None"
    arr = np.asarray(value)
    if arr.ndim == 0:
        return fmt_scalar(arr.item(), decimals)
    flat = arr.reshape(-1)
    size = flat.shape[0]
    if size <= head + tail + 1:
        items = [fmt_scalar(v, decimals) for v in flat.tolist()]
    else:
        items = [fmt_scalar(v, decimals) for v in flat[:head].tolist()]
        items.append(ELLIPSIS)
        items += [fmt_scalar(v, decimals) for v in flat[size - tail :].tolist()]
    return f"[{', '.join(items)}] {tuple(arr.shape)}"


def fmt_shape(shape: tuple[int, ...]) -> str:
    """A shape as Python writes it: ``()``, ``(20,)``, ``(2, 3)``."""
    return str(tuple(int(s) for s in shape))


def fmt_const(value: np.ndarray) -> str:
    """A constant operand, short: ``2``, ``0.5``, ``[1, 2]``, or ``const(20,)`` when large."""
    arr = np.asarray(value)
    if arr.ndim == 0:
        v = arr.item()
        return f"{v:g}" if isinstance(v, float) else fmt_scalar(v)
    if arr.size <= 3:
        vals = [f"{v:g}" if isinstance(v, float) else fmt_scalar(v) for v in arr.ravel().tolist()]
        return "[" + ", ".join(vals) + "]"
    return f"const{fmt_shape(arr.shape)}"


def node_ref(node: NodeView) -> str:
    """How text refers to a node: its name, else the expression or value that made it."""
    if node.name:
        return node.name
    if node.expr:
        return node.expr
    if node.op:
        return f"{node.op}(\u2026)"
    if not node.requires_grad:
        return fmt_const(node.value)
    return f"tensor{fmt_shape(node.shape)}" if node.shape else "tensor"


def _elide(items: list[str], keep: int, what: str) -> list[str]:
    """Keep ``keep`` items at each end of a long list around a ``… N more …`` marker."""
    if len(items) <= 2 * keep + 1:
        return items
    hidden = len(items) - 2 * keep
    return items[:keep] + [f"{ELLIPSIS} {hidden:,} more {what} {ELLIPSIS}"] + items[-keep:]


def _chain(graph: GraphView, constant: tuple[bool, ...]) -> list[int] | None:
    """The node ids along the graph if it is a single chain (constants ignored), else None."""
    nodes = graph.nodes
    nxt: dict[int, int] = {}
    sources: list[int] = []
    count = 0
    for node in nodes:
        if constant[node.id]:
            continue
        count += 1
        main = [u for u in node.inputs if not constant[u]]
        if len(main) > 1:
            return None
        if not main:
            sources.append(node.id)
            continue
        if main[0] in nxt:  # a second use of the same value
            return None
        nxt[main[0]] = node.id
    if len(sources) != 1:
        return None
    path = [sources[0]]
    while path[-1] in nxt:
        path.append(nxt[path[-1]])
    return path if len(path) == count else None


def _arrow_text(graph: GraphView, path: list[int], max_chain: int) -> str:
    """The arrow form of a chain: ``x --> (pow) --> y --> (sin) --> z``."""
    nodes = graph.nodes
    first = nodes[path[0]]
    tokens = [node_ref(first) if first.name or not first.op else f"({first.op})"]
    for i in path[1:]:
        node = nodes[i]
        tokens.append(f"({node.op or '?'})")
        if node.name:
            tokens.append(node.name)
    return " --> ".join(_elide(tokens, max_chain, "steps"))


def _operation_lines(graph: GraphView, st: Structure, constant: tuple[bool, ...]) -> list[str]:
    """The operation form: one ``name = expression`` line per named value or shared result."""
    nodes = graph.nodes
    rhs = definitions(nodes)
    lines: list[str] = []
    for node in nodes:
        i = node.id
        if constant[i] or node.op is None:
            continue
        if not node.name and i != graph.output:
            if not st.uses(i):  # a result nothing uses (an earlier loss in a loop): its formula
                lines.append(rhs[i])
            continue  # else written out inside the expressions of its users
        line = f"{node_ref(node)} = {rhs[i]}"
        lines.append(line + "  # output" if i == graph.output else line)
    if not lines:
        lines = [node_ref(n) for n in nodes if not constant[n.id]]
    return lines


def graph_text(graph: GraphView, max_lines: int = 200, max_chain: int = 8) -> str:
    """The graph as arrow text (a chain) or one line per operation (any other graph)."""
    constant = tuple(is_constant(node) for node in graph.nodes)
    path = _chain(graph, constant) if graph.nodes else None
    if path is not None:
        lines = [_arrow_text(graph, path, max_chain)]
    else:
        lines = _operation_lines(graph, analyze(graph), constant)
        lines = _elide(lines, max(1, max_lines // 2), "lines")
    if graph.collapsed:
        lines.append(f"({graph.collapsed:,} nodes collapsed)")
    return "\n".join(lines)
