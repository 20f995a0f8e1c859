"""Names a student understands: expressions for unnamed values, labels for operations.

An unnamed intermediate is called by the expression that made it (``X @ W1 + b1``,
``relu(X @ W1 + b1)``), a constant by its value (``2``), never by an internal id. An operation
in the graph picture is labelled by what it computes, with its constant operands folded in and
the operands that arrive along an edge from an unnamed value left out: ``x**2``, ``X @ W1``,
``+ b1``, ``× 2``, ``relu``.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .model import NodeView
from .structure import is_constant

MAX_EXPR = 36  # longest expression used as a name; longer ones abbreviate their operands
ELLIPSIS = "\u2026"

# op -> (symbol in code, symbol in a picture label, precedence)
INFIX = {
    "add": ("+", "+", 1),
    "sub": ("-", "\u2212", 1),
    "rsub": ("-", "\u2212", 1),
    "mul": ("*", "\u00d7", 2),
    "div": ("/", "/", 2),
    "matmul": ("@", "@", 2),
    "pow": ("**", "**", 4),
}
ATOM = 9  # precedence of a name, a number or a call


def constant_text(value: np.ndarray) -> str:
    """A constant by its value: ``2``, ``0.5``, ``[1, 2]``; a large one by its shape."""
    arr = np.asarray(value)
    if arr.ndim == 0 or arr.size == 1:
        v = arr.reshape(-1)[0].item() if arr.size else 0
        if isinstance(v, float):
            return f"{v:g}"
        return str(v)
    if arr.size <= 3:
        items = [f"{v:g}" if isinstance(v, float) else str(v) for v in arr.ravel().tolist()]
        return "[" + ", ".join(items) + "]"
    return f"array{tuple(int(s) for s in arr.shape)}"


def _operands(node: NodeView) -> list[int]:
    """The operands in the order the code wrote them (``rsub(a, b)`` is ``b - a``)."""
    args = list(node.inputs)
    if node.op == "rsub" and len(args) == 2:
        args.reverse()
    return args


def expressions(nodes: Sequence[NodeView]) -> list[str]:
    """Per node: its name, its value (constants) or the expression that made it."""
    return _texts(nodes)[0]


def definitions(nodes: Sequence[NodeView]) -> list[str]:
    """Per operation result: the right-hand side that made it from named values and constants,
    ``relu(X @ W1 + b1)`` (unnamed intermediates written out); ``''`` for leaves."""
    return _texts(nodes)[2]


def _texts(nodes: Sequence[NodeView]) -> tuple[list[str], list[int], list[str]]:
    text: list[str] = [""] * len(nodes)
    prec: list[int] = [ATOM] * len(nodes)
    rhs: list[str] = [""] * len(nodes)
    for node in nodes:
        i = node.id
        if node.name:
            text[i] = node.name
            if node.op is not None:
                args = _operands(node)
                rhs[i] = _expression(node.op, [(text[a], prec[a]) for a in args])[0]
            continue
        if node.op is None:
            if is_constant(node):
                text[i] = constant_text(node.value)
            else:
                shape = tuple(node.shape)
                text[i] = f"tensor{shape}" if shape else "tensor"
            continue
        args = _operands(node)
        full, p = _expression(node.op, [(text[a], prec[a]) for a in args])
        if len(full) > MAX_EXPR:
            full, p = _expression(node.op, [(_short(text[a]), ATOM) for a in args])
        text[i], prec[i] = full, p
        rhs[i] = full
    return text, prec, rhs


def _short(text: str) -> str:
    """A name or number stays; a longer expression becomes ``…``."""
    return text if text.isidentifier() or len(text) <= 6 else ELLIPSIS


def _expression(op: str, args: list[tuple[str, int]]) -> tuple[str, int]:
    """``a + b``, ``x**2``, ``-x``, ``sin(x)``: parentheses only where precedence needs them."""
    if op in INFIX and len(args) == 2:
        sym, _, p = INFIX[op]
        (a, pa), (b, pb) = args
        left = f"({a})" if pa < p or (op == "pow" and pa <= p) else a
        right = f"({b})" if pb < p or (pb == p and op != "pow") else b
        return (f"{left}**{right}" if op == "pow" else f"{left} {sym} {right}"), p
    if op == "neg" and len(args) == 1:
        a, pa = args[0]
        return (f"-({a})" if pa < 3 else f"-{a}"), 3
    inner = ", ".join(a for a, _ in args)
    if op in ("sum", "mean") and len(args) == 1:
        a, pa = args[0]
        return (f"{a}.{op}()" if pa == ATOM else f"({a}).{op}()"), ATOM
    return f"{op}({inner})", ATOM


def op_label(node: NodeView, nodes: Sequence[NodeView], names: Sequence[str]) -> str:
    """The picture's label for an operation: what it computes, with edge operands left out.

    Named operands and constants are written (``X @ W1``, ``x**2``, ``× 2``); an operand that
    is an unnamed value arrives along an edge and is left out (``+ b1``, ``relu``).
    """
    op = node.op or "?"
    args = _operands(node)

    def shown(u: int) -> str | None:
        src = nodes[u]
        if src.name or is_constant(src):
            return names[u]
        return None

    if op in INFIX and len(args) == 2:
        _, sym, _ = INFIX[op]
        a, b = (shown(u) for u in args)
        if op == "pow":
            if b is not None:
                return f"{a or ''}**{b}"
            return f"{a}**" if a else "**"
        parts = [p for p in (a, sym, b) if p]
        return " ".join(parts)
    if op == "neg":
        return "\u2212" + (shown(args[0]) or "") if args else "\u2212"
    if op in ("sum", "mean") and len(args) == 1:
        a = shown(args[0])
        return f"{a}.{op}()" if a else op
    consts = [shown(u) for u in args if is_constant(nodes[u])]
    named = [shown(u) for u in args if nodes[u].name]
    if named and len(args) <= 2:
        return f"{op}({', '.join(n for n in (shown(u) or ELLIPSIS for u in args))})"
    if consts:
        return f"{op}({', '.join(c for c in consts if c)})"
    return op
