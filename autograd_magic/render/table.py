"""The gradient table: one row per named node, as HTML and as plain text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from .escape import esc
from .model import GraphView, NodeView
from .text import fmt, fmt_shape, node_ref

NOT_CONNECTED = "not connected"
NOT_TRACKED = "not tracked"
DAGGER = "\u2020"
CHECK, CROSS = "\u2713", "\u2717"

# Finite-difference tolerance on the max abs error, relative to max(1, max |grad|).
FD_TOL = {"float64": 1e-4, "float32": 1e-2, "float16": 1e-1, "bfloat16": 1e-1}
FD_TOL_DEFAULT = 1e-2
MAX_ROWS = 30  # named values listed; the rest are counted in a note
FD_LEGEND = (
    "fd check: each gradient compared with a finite-difference estimate (nudge the value by a "
    "tiny h both ways, see how the output changes); \u2713 they agree, \u2717 they do not; the "
    "number is the largest difference."
)
FULL_VALUES = 200  # a tooltip lists up to this many numbers


@dataclass(frozen=True)
class Row:
    """One table row, already formatted as plain strings (escaped only when written)."""

    node_id: int
    cells: tuple[str, ...]
    connected: bool  # False: the gradient cell says "not connected"
    fd_ok: bool | None  # None: no finite-difference check was run
    is_output: bool


def fd_cell(node: NodeView, tol: float | None = None) -> tuple[str, bool | None]:
    """The finite-difference check cell (``✓ 1.2e-10``) and whether it passed."""
    if node.fd_error is None:
        return "\u2014", None
    if tol is None:
        tol = FD_TOL.get(node.dtype, FD_TOL_DEFAULT)
    scale = 1.0
    if node.grad is not None and np.size(node.grad):
        g = np.abs(np.asarray(node.grad, dtype=float))
        finite = g[np.isfinite(g)]
        if finite.size:
            scale = max(1.0, float(finite.max()))
    ok = bool(np.isfinite(node.fd_error)) and node.fd_error <= tol * scale
    return f"{CHECK if ok else CROSS} {node.fd_error:.1e}", ok


def retain_grad_note(node: NodeView) -> str:
    """Why ``y.grad`` is empty for a non-leaf tensor, and how to keep it."""
    name = node_ref(node)
    return (
        f"{DAGGER} {name}.grad is None: {name} is not a leaf (it comes from "
        f"{node.fn_name or node.op or 'an operation'}), and backward() only fills .grad of "
        f"leaf tensors. Call {name}.retain_grad() before backward() to keep it; the value "
        f"shown is the gradient the backward pass computed for it."
    )


def fmt_compact(value: object) -> str:
    """A number as ``-5.4668``; an array by a few entries, ``[0.1257, -0.1321, …, 0.3515]``
    (the shape is in its own column)."""
    arr = np.asarray(value)
    if arr.ndim == 0:
        return fmt(arr)
    text = fmt(arr)
    return text[: text.rfind("] (") + 1] if "] (" in text else text


def full_values(value: object) -> str:
    """The values for a tooltip: all of them up to ``FULL_VALUES``, else the ends."""
    arr = np.asarray(value)
    if arr.ndim == 0:
        return fmt(arr)
    with np.printoptions(precision=4, threshold=FULL_VALUES, edgeitems=4, linewidth=72):
        return np.array2string(arr, separator=", ")


class GradientTable:
    """Gradients of a graph's output w.r.t. each named node, with value and grad metadata."""

    def __init__(
        self, graph: GraphView, fd_tol: float | None = None, max_rows: int = MAX_ROWS
    ) -> None:
        """Format the rows (``fd_tol`` overrides the per-dtype tolerance; output always listed).

        At most ``max_rows`` named values are listed; a note says how many more there are.
        """
        self.graph = graph
        self.fd_tol = fd_tol
        out = graph.output
        self.output_name = node_ref(graph.nodes[out]) if out is not None else None
        tf = graph.front_end == "tf"
        self.columns: tuple[str, ...] = (
            "name",
            "value",
            "shape",
            "dtype",
            "watched" if tf else "requires_grad",
            "leaf",
            "op" if tf else "grad_fn",
            f"gradient of {self.output_name}" if out is not None else "gradient",
            "fd check",
        )
        self.rows: list[Row] = []
        self.notes: list[str] = []
        skipped = 0
        for node in graph.nodes:
            if node.id == out or (node.name and len(self.rows) < max_rows):
                self.rows.append(self._row(node))
            elif node.name:
                skipped += 1
        if skipped:
            self.notes.append(f"{skipped:,} more named values not listed.")
        if any(r.fd_ok is not None for r in self.rows):
            self.notes.append(FD_LEGEND)
        unnamed = sum(1 for n in graph.nodes if not n.name and n.id != out)
        if unnamed:
            what = (
                "value (an intermediate or constant) is"
                if unnamed == 1
                else ("values (intermediates, constants) are")
            )
            self.notes.append(f"{unnamed:,} unnamed {what} not listed.")
        if graph.collapsed:
            self.notes.append(f"{graph.collapsed:,} nodes were collapsed before rendering.")

    def _note_untracked(self) -> None:
        """Explain "not tracked" once: gradients exist only for what autodiff follows."""
        flag = (
            "is not watched by the tape"
            if self.graph.front_end == "tf"
            else ("has requires_grad=False")
        )
        note = (
            f"not tracked: the value {flag}, so no gradient is computed for it "
            "(the output may still depend on it)."
        )
        if note not in self.notes:
            self.notes.append(note)

    def _row(self, node: NodeView) -> Row:
        """Format one node's row and collect its footnote."""
        out = self.graph.output
        if out is None:
            grad = "\u2014"
        elif node.grad is None and node.is_leaf and not node.requires_grad:
            grad = NOT_TRACKED  # a constant: the output may depend on it, autodiff doesn't ask
            self._note_untracked()
        elif node.grad is None:
            grad = NOT_CONNECTED
        else:
            grad = fmt_compact(node.grad)
        if out is not None and not node.is_leaf and node.grad_attr == "None":
            grad += f" {DAGGER}"
            self.notes.append(retain_grad_note(node))
        fd, ok = fd_cell(node, self.fd_tol)
        fn = node.fn_name or node.op or "None"
        cells = (
            node_ref(node),
            fmt_compact(node.value),
            fmt_shape(node.shape),
            node.dtype,
            str(bool(node.requires_grad)),
            str(bool(node.is_leaf)),
            fn,
            grad,
            fd,
        )
        return Row(node.id, cells, node.grad is not None or out is None, ok, node.id == out)

    @property
    def title(self) -> str:
        """The header line: ``gradients of z``."""
        if self.output_name is None:
            return "no gradient was computed (nothing was differentiated)"
        return f"gradients of {self.output_name}"

    def __repr__(self) -> str:
        """Aligned plain-text table with the title and footnotes."""
        table = [self.columns] + [r.cells for r in self.rows]
        widths = [max(len(row[c]) for row in table) for c in range(len(self.columns))]
        lines = [self.title]
        for row in table:
            lines.append("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip())
        lines += self.notes
        return "\n".join(lines)

    def _repr_pretty_(self, p: Any, cycle: bool) -> None:
        """IPython plain-text display."""
        p.text(repr(self))

    def _repr_html_(self) -> str:
        """A small styled HTML table; every user string is escaped."""
        th = (
            "padding:3px 6px;border-bottom:1px solid #999;text-align:left;font-weight:600;"
            "vertical-align:bottom"
        )
        td = "padding:3px 6px;border-bottom:1px solid #e3e3e3;text-align:left;vertical-align:top"
        wide = ";min-width:9em;overflow-wrap:anywhere"  # value and gradient cells wrap
        mono = "font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace"
        # a header like requires_grad may break after its underscore instead of widening
        heads = [esc(c).replace("_", "_\u200b") for c in self.columns]
        parts = [
            '<div class="am-gradient-table" style="margin:4px 0;max-width:100%">',
            f'<table style="border-collapse:collapse;font-size:13px;{mono};max-width:100%">',
            f'<caption style="text-align:left;font-weight:600;padding:2px 0 6px 0">'
            f"{esc(self.title)}</caption>",
            "<thead><tr>" + "".join(f'<th style="{th}">{h}</th>' for h in heads),
            "</tr></thead><tbody>",
        ]
        for row in self.rows:
            style = "background:#fff4e6;color:#212529;font-weight:600" if row.is_output else ""
            cells = []
            node = self.graph.nodes[row.node_id]
            for c, text in enumerate(row.cells):
                extra = wide if c in (1, 7) else ""
                tip = ""
                if c == 1 and np.ndim(node.value):
                    tip = f' title="{esc(full_values(node.value))}"'
                elif c == 7 and node.grad is not None and np.ndim(node.grad):
                    tip = f' title="{esc(full_values(node.grad))}"'
                if c == 7 and not row.connected:
                    extra += ";color:#868e96;font-style:italic"
                elif c == 8 and row.fd_ok is not None:
                    extra = ";color:#2b8a3e" if row.fd_ok else ";color:#c92a2a;font-weight:600"
                if c == 8:
                    extra += ";white-space:nowrap"
                cells.append(f'<td style="{td}{extra}"{tip}>{esc(text)}</td>')
            parts.append(
                f'<tr data-node-id="{row.node_id}" style="{style}">' + "".join(cells) + "</tr>"
            )
        parts.append("</tbody></table>")
        for note in self.notes:
            parts.append(
                f'<div style="font-size:12px;color:#777;margin-top:4px;max-width:60em">'
                f"{esc(note)}</div>"
            )
        parts.append("</div>")
        return "".join(parts)
