"""The magic's display objects: each has an HTML or SVG form and a plain-text form.

They hold snapshots (strings, NumPy arrays, the renderers' views), never live tensors.
"""

from __future__ import annotations

from typing import Any

from ..render import GradientTable, GraphWidget, graph_svg, graph_text
from ..render.escape import esc
from ..render.model import GraphView
from ..render.static import svg_img_html


class Note:
    """A short message in place of (or next to) the usual outputs."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text

    def _repr_pretty_(self, p: Any, cycle: bool) -> None:
        p.text(self.text)

    def _repr_html_(self) -> str:
        body = "<br>".join(esc(line) for line in self.text.split("\n"))
        return (
            f'<div class="am-note" style="font-size:13px;color:#495057;padding:4px 0">{body}</div>'
        )


class ErrorNote:
    """Shown when the cell raised: what is drawn below, and the mistake in plain words."""

    def __init__(self, error: str, explanation: str | None, recorded: bool = True) -> None:
        self.error = error
        self.explanation = explanation
        self.shown = (
            "The table and graph show what it recorded up to the error."
            if recorded
            else "Nothing was recorded before the error."
        )
        self.text = f"%%autograd: the cell stopped with {error} (traceback below). {self.shown}"
        if explanation:
            self.text += f"\nWhat went wrong: {explanation}"

    def __repr__(self) -> str:
        return self.text

    def _repr_pretty_(self, p: Any, cycle: bool) -> None:
        p.text(self.text)

    def _repr_html_(self) -> str:
        head = (
            f"The cell stopped with <b>{esc(self.error)}</b> (traceback below). {esc(self.shown)}"
        )
        body = ""
        if self.explanation:
            body = (
                f'<div style="margin-top:4px"><b>What went wrong:</b> {esc(self.explanation)}</div>'
            )
        return (
            '<div class="am-error-note" style="font-size:13px;line-height:1.45;color:#212529;'
            "background:#fff5f5;border-left:4px solid #e03131;padding:6px 10px;margin:4px 0;"
            f'max-width:60em">{head}{body}</div>'
        )


class Table(GradientTable):
    """The renderer's gradient table, with the magic's own footnotes added."""

    def __init__(self, graph: GraphView, notes: list[str] | tuple[str, ...] = ()) -> None:
        super().__init__(graph)
        self.notes.extend(notes)


class GraphPicture:
    """The computation graph as a static SVG, with the arrow text as its plain form."""

    def __init__(self, graph: GraphView, salt: str) -> None:
        self.svg = graph_svg(graph, salt)
        self.text = graph_text(graph)

    def __repr__(self) -> str:
        return self.text

    def _repr_pretty_(self, p: Any, cycle: bool) -> None:
        p.text(self.text)

    def _repr_svg_(self) -> str:
        return self.svg

    def _repr_html_(self) -> str:
        return svg_img_html(self.svg, self.text, "am-graph-static")


class InteractiveGraph(GraphWidget):
    """The interactive graph; its plain-text form is the graph's text, not the widget's repr."""

    def __init__(self, graph: GraphView, salt: str, **kwargs: Any) -> None:
        super().__init__(graph, salt, **kwargs)
        self._text = graph_text(graph)

    def _repr_mimebundle_(self, **kwargs: Any) -> tuple[dict[str, Any], dict[str, Any]]:
        data, meta = super()._repr_mimebundle_(**kwargs)
        data["text/plain"] = self._text
        return data, meta
