"""An interactive graph: click a node for its chain rule, step through the backward pass.

The JavaScript only displays what Python computed (``explain.node_details``) and toggles CSS
classes on the SVG drawn by ``graph_svg``; it builds the side panel with ``textContent``, never
with HTML from data. Static viewers get the same SVG through ``text/html``/``image/svg+xml``.
"""

from __future__ import annotations

from typing import Any

import anywidget
import traitlets

from .collapse import visible_subgraph
from .explain import node_details
from .graph_svg import graph_svg
from .model import GraphView
from .static import svg_img_html
from .structure import analyze
from .text import graph_text, node_ref

ESM = r"""
function make(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function render({ model, el }) {
  const root = make("div", "am-gw");
  const bar = make("div", "am-gw-bar");
  const prev = make("button", "am-gw-btn", "\u25C0");
  const next = make("button", "am-gw-btn", "\u25B6");
  const slider = make("input", "am-gw-slider");
  const status = make("span", "am-gw-status");
  prev.type = next.type = "button";
  prev.title = "previous backward step";
  next.title = "next backward step";
  slider.type = "range";
  slider.min = "0";
  slider.step = "1";
  const zoomOut = make("button", "am-gw-btn", "\u2212");
  const zoomIn = make("button", "am-gw-btn", "+");
  const fit = make("button", "am-gw-btn am-gw-fit", "fit");
  zoomOut.type = zoomIn.type = fit.type = "button";
  zoomOut.title = "zoom out";
  zoomIn.title = "zoom in";
  fit.title = "fit the graph to the view (never below a readable size); drag to pan";
  const zoomBox = make("span", "am-gw-zoom");
  zoomBox.append(zoomOut, zoomIn, fit);
  bar.append(prev, slider, next, status, zoomBox);
  const body = make("div", "am-gw-body");
  const graph = make("div", "am-gw-graph");
  const panel = make("div", "am-gw-panel");
  body.append(graph, panel);
  root.append(bar, body);
  el.append(root);

  let byId = new Map();
  const indexNodes = () => {
    byId = new Map((model.get("nodes") || []).map((d) => [d.id, d]));
  };

  function setStep(k) {
    const order = model.get("order") || [];
    const step = Math.max(0, Math.min(order.length, k));
    model.set("step", step);
    if (step > 0) model.set("selected", order[step - 1]);
    model.save_changes();
  }

  function row(label, value, cls) {
    const r = make("div", "am-gw-row");
    r.append(make("span", "am-gw-key", label), make("span", cls || "am-gw-val", value));
    panel.append(r);
  }

  function list(label, items) {
    if (!items || !items.length) return;
    panel.append(make("div", "am-gw-key", label));
    const ul = make("ul", "am-gw-list");
    for (const item of items) ul.append(make("li", "", item));
    panel.append(ul);
  }

  function drawPanel() {
    panel.replaceChildren();
    const d = byId.get(model.get("selected"));
    if (!d) {
      panel.append(make("p", "am-gw-hint", "Click a node to see how its gradient was computed."));
      return;
    }
    let head = d.label;
    if (d.made_by && d.made_by !== d.label) head += " = " + d.made_by;
    else if (d.op) head += " = " + d.op + "(\u2026)";
    if (d.is_output) head += "  (output)";
    panel.append(make("div", "am-gw-title", head));
    row("value", d.value);
    row("shape, dtype", d.shape + ", " + d.dtype);
    if (d.fn) row("grad_fn / op", d.fn);
    const tracked = d.requires_grad || !d.is_leaf;
    const missing = d.not_followed ? "not followed" : tracked ? "not connected" : "not tracked";
    row("gradient", d.grad !== null ? d.grad : missing);
    if (d.numbers) panel.append(make("pre", "am-gw-numbers", d.numbers));
    list("local derivatives", d.local);
    panel.append(make("div", "am-gw-key", "chain rule"));
    panel.append(make("div", "am-gw-chain", d.chain));
    list("sends back", d.sent);
    if (d.note) panel.append(make("p", "am-gw-note", d.note));
  }

  function refresh() {
    const order = model.get("order") || [];
    const n = order.length;
    const step = Math.max(0, Math.min(n, model.get("step")));
    const visited = new Set(order.slice(0, step));
    const current = step > 0 ? order[step - 1] : null;
    const selected = model.get("selected");
    for (const g of graph.querySelectorAll("[data-node-id]")) {
      const id = Number(g.getAttribute("data-node-id"));
      g.classList.toggle("am-visited", visited.has(id));
      g.classList.toggle("am-current", id === current);
      g.classList.toggle("am-selected", id === selected && id !== current);
    }
    for (const g of graph.querySelectorAll("[data-op-of]")) {
      const id = Number(g.getAttribute("data-op-of"));
      g.classList.toggle("am-visited", visited.has(id));
      g.classList.toggle("am-current", id === current);
    }
    for (const p of graph.querySelectorAll("path[data-dst]")) {
      p.classList.toggle("am-sent", visited.has(Number(p.getAttribute("data-dst"))));
    }
    slider.max = String(n);
    slider.value = String(step);
    prev.disabled = step <= 0;
    next.disabled = step >= n;
    if (step === 0) {
      status.textContent = "backward pass: " + n + " steps";
    } else {
      const d = byId.get(current);
      status.textContent = "step " + step + "/" + n + ": " + (d ? d.label : String(current));
    }
    drawPanel();
  }

  // Zoom: the SVG is drawn at scale 1 (12 px labels); the scale changes its CSS size only.
  // MIN_SCALE keeps labels at 10 px or more, so "fit" never makes them unreadable.
  const MIN_SCALE = 10 / 12;
  const MAX_SCALE = 3;
  let scale = 1;
  function svgEl() { return graph.querySelector("svg"); }
  function natural(svg) {
    return [Number(svg.getAttribute("width")) || 0, Number(svg.getAttribute("height")) || 0];
  }
  function setScale(s) {
    const svg = svgEl();
    if (!svg) return;
    scale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    const [w, h] = natural(svg);
    svg.style.width = (w * scale).toFixed(1) + "px";
    svg.style.height = (h * scale).toFixed(1) + "px";
    svg.style.maxWidth = "none";
    // ask for the picture's full width: when the row is too narrow for it and the panel,
    // the panel wraps below the graph instead of squeezing it
    graph.style.flexBasis = Math.ceil(w * scale + 4) + "px";
  }
  function fitScale() {
    const svg = svgEl();
    if (!svg) return;
    const [w, h] = natural(svg);
    const availW = graph.clientWidth - 4;
    const availH = graph.clientHeight > 40 ? graph.clientHeight - 4 : h;
    if (!w || !h || availW <= 0) return;
    setScale(Math.min(1, availW / w, availH / h));
  }
  let drag = null;
  function onDown(event) {
    if (event.button !== 0 || event.target.closest("[data-node-id],[data-op-of]")) return;
    drag = { x: event.clientX, y: event.clientY, left: graph.scrollLeft, top: graph.scrollTop };
    graph.classList.add("am-gw-panning");
  }
  function onMove(event) {
    if (!drag) return;
    graph.scrollLeft = drag.left - (event.clientX - drag.x);
    graph.scrollTop = drag.top - (event.clientY - drag.y);
  }
  function onUp() {
    drag = null;
    graph.classList.remove("am-gw-panning");
  }
  function onWheel(event) {
    if (!event.ctrlKey) return;
    event.preventDefault();
    setScale(scale * (event.deltaY < 0 ? 1.15 : 1 / 1.15));
  }
  const onZoomIn = () => setScale(scale * 1.25);
  const onZoomOut = () => setScale(scale / 1.25);

  function drawSvg() {
    graph.innerHTML = model.get("svg");
    setScale(scale);
    refresh();
  }

  function onClick(event) {
    const target = event.target.closest("[data-node-id],[data-op-of]");
    if (!target) return;
    const id = target.getAttribute("data-node-id") ?? target.getAttribute("data-op-of");
    model.set("selected", Number(id));
    model.save_changes();
  }

  const onNodes = () => {
    indexNodes();
    refresh();
  };
  const onSlider = () => setStep(Number(slider.value));
  const onPrev = () => setStep(model.get("step") - 1);
  const onNext = () => setStep(model.get("step") + 1);
  graph.addEventListener("click", onClick);
  graph.addEventListener("pointerdown", onDown);
  graph.addEventListener("wheel", onWheel, { passive: false });
  zoomIn.addEventListener("click", onZoomIn);
  zoomOut.addEventListener("click", onZoomOut);
  fit.addEventListener("click", fitScale);
  slider.addEventListener("input", onSlider);
  prev.addEventListener("click", onPrev);
  next.addEventListener("click", onNext);
  // listeners outliving this view's elements: one table, added here and removed on teardown
  const windowListeners = [
    ["pointermove", onMove],
    ["pointerup", onUp],
  ];
  const modelListeners = [
    ["change:svg", drawSvg],
    ["change:nodes", onNodes],
    ["change:order", refresh],
    ["change:step", refresh],
    ["change:selected", refresh],
  ];
  for (const [name, fn] of windowListeners) window.addEventListener(name, fn);
  for (const [name, fn] of modelListeners) model.on(name, fn);
  indexNodes();
  drawSvg();
  return () => {
    for (const [name, fn] of windowListeners) window.removeEventListener(name, fn);
    for (const [name, fn] of modelListeners) model.off(name, fn);
  };
}

export default { render };
"""

CSS = """
.am-gw { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
.am-gw-bar { display: flex; align-items: center; gap: 6px; margin-bottom: 6px; }
.am-gw-btn { min-width: 2em; cursor: pointer; }
.am-gw-slider { width: 220px; }
.am-gw-status { color: #868e96; }
.am-gw-zoom { margin-left: auto; display: flex; gap: 4px; }
.am-gw-body { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-start; }
.am-gw-graph { overflow: auto; flex: 1 1 520px; min-width: 0; max-width: 100%; max-height: 600px;
  border: 1px solid #dee2e6; cursor: grab; background: #fff; }
.am-gw-graph.am-gw-panning { cursor: grabbing; user-select: none; }
.am-gw-panel { flex: 1 1 260px; min-width: 240px; max-width: 460px; color: #212529;
  background: #f8f9fa; border: 1px solid #dee2e6; border-radius: 6px; padding: 8px 10px; }
.am-gw-title { font-weight: 600; margin-bottom: 6px; }
.am-gw-row { display: flex; gap: 8px; }
.am-gw-key { color: #868e96; min-width: 7em; margin-top: 4px; }
.am-gw-val { overflow-wrap: anywhere; margin-top: 4px; }
.am-gw-chain { overflow-wrap: anywhere; background: #fff; border: 1px solid #e9ecef;
  border-radius: 4px; padding: 4px 6px; margin-top: 2px; }
.am-gw-list { margin: 2px 0 0 0; padding-left: 1.2em; }
.am-gw-numbers { margin: 6px 0 0 0; padding: 4px 6px; background: #fff; border: 1px solid #e9ecef;
  border-radius: 4px; font-size: 12px; max-height: 220px; overflow: auto; white-space: pre; }
.am-gw-note, .am-gw-hint { color: #868e96; margin: 6px 0 0 0; }
"""


class GraphWidget(anywidget.AnyWidget):
    """The computation graph with a node inspector and a backward-pass step control."""

    _esm = ESM
    _css = CSS

    svg = traitlets.Unicode("").tag(sync=True)
    nodes = traitlets.List(traitlets.Dict()).tag(sync=True)
    order = traitlets.List(traitlets.Int()).tag(sync=True)
    step = traitlets.Int(0).tag(sync=True)
    selected = traitlets.Int(-1).tag(sync=True)
    output = traitlets.Unicode("").tag(sync=True)

    _node_count = 0
    _alt = ""

    def __init__(
        self,
        graph: GraphView | None = None,
        salt: str = "0",
        *,
        max_nodes: int = 200,
        **kwargs: Any,
    ) -> None:
        """Draw ``graph`` (large graphs collapsed to ``max_nodes``) and explain its nodes."""
        count = 0
        if graph is not None:
            visible = visible_subgraph(graph, max_nodes)
            shown = set(visible.nodes)
            kwargs.setdefault("svg", graph_svg(graph, salt, visible=visible))
            kwargs.setdefault("nodes", node_details(graph, visible.nodes, analyze(graph, shown)))
            kwargs.setdefault("order", [i for i in graph.backward_order if i in shown])
            if graph.output is not None:
                kwargs.setdefault("output", node_ref(graph.nodes[graph.output]))
            count = len(graph.nodes)
        super().__init__(**kwargs)
        self._alt = graph_text(graph) if graph is not None else ""
        self._node_count = count or len(self.nodes)

    @traitlets.validate("step")
    def _clamp_step(self, proposal: dict[str, Any]) -> int:
        """Keep the step within 0..len(order)."""
        return max(0, min(len(self.order), int(proposal["value"])))

    def __repr__(self) -> str:
        """``GraphWidget(nodes=3, output='z')``, without a memory address."""
        output = repr(self.output) if self.output else "None"
        return f"GraphWidget(nodes={self._node_count}, output={output})"

    def _repr_mimebundle_(self, **kwargs: Any) -> tuple[dict[str, Any], dict[str, Any]]:
        """The widget view from the base class, plus plain text and the static SVG."""
        bundle = super()._repr_mimebundle_(**kwargs)
        if bundle is None:
            data: dict[str, Any] = {}
            meta: dict[str, Any] = {}
        elif isinstance(bundle, tuple):
            data, meta = dict(bundle[0]), dict(bundle[1])
        else:
            data, meta = dict(bundle), {}
        data["text/plain"] = repr(self)
        data["text/html"] = svg_img_html(self.svg, self._alt or repr(self), "am-graph-static")
        data["image/svg+xml"] = self.svg
        return data, meta
