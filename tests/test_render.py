"""Renderers: text, gradient table, graph SVG, widget and derivative plots, on hand-built views."""

from __future__ import annotations

import gc
import json
import re
import xml.etree.ElementTree as ET

import numpy as np
import pytest

from autograd_magic.render import (
    DerivativePlot,
    GradientTable,
    GraphWidget,
    fmt,
    graph_svg,
    graph_text,
    render_plot,
)
from autograd_magic.render.explain import node_details
from autograd_magic.render.layout import layered_layout
from autograd_magic.render.model import EdgeView, GraphView, NodeView, PlotSeries, PlotView

A = np.asarray
EVIL = "<script>alert(1)</script>"


def leaf(i, name, value, grad, *, requires_grad=True, dtype="float64", fd_error=None):
    return NodeView(
        i, name, None, None, (), A(value), dtype, requires_grad, True, grad, fd_error=fd_error
    )


def result(i, name, op, fn, inputs, value, grad, **kw):
    dtype = kw.pop("dtype", "float64")
    return NodeView(i, name, op, fn, inputs, A(value), dtype, True, False, grad, **kw)


def chain_graph(name_x="x", name_y="y", name_z="z", op="pow", fn="PowBackward0", const=False):
    """x = 3.0 -> y = x**2 -> z = sin(y), optionally with the exponent as a constant node."""
    gy, gx = np.cos(9.0), np.cos(9.0) * 6.0
    c = 1 if const else 0
    nodes = [leaf(0, name_x, 3.0, A(gx), fd_error=3e-10)]
    if const:
        nodes.append(leaf(1, "", 2.0, None, requires_grad=False))
    y_inputs = (0, 1) if const else (0,)
    nodes += [
        result(1 + c, name_y, op, fn, y_inputs, 9.0, A(gy), grad_attr="None", fd_error=2e-10),
        result(2 + c, name_z, "sin", "SinBackward0", (1 + c,), np.sin(9.0), A(1.0)),
    ]
    edges = [EdgeView(0, 1 + c, 0, A(6.0), A(gx))]
    if const:
        edges.append(EdgeView(1, 1 + c, 1, None, None))
    edges.append(EdgeView(1 + c, 2 + c, 0, A(np.cos(9.0)), A(gy)))
    order = (2 + c, 1 + c, 0)
    return GraphView(tuple(nodes), tuple(edges), 2 + c, order)


def square_graph():
    """x = 3.0 -> y = x * x -> z = sin(y): one node used twice by the same operation."""
    gy = np.cos(9.0)
    nodes = (
        leaf(0, "x", 3.0, A(gy * 6.0)),
        result(1, "y", "mul", "MulBackward0", (0, 0), 9.0, A(gy)),
        result(2, "z", "sin", "SinBackward0", (1,), np.sin(9.0), A(1.0)),
    )
    edges = (
        EdgeView(0, 1, 0, A(3.0), A(gy * 3.0)),
        EdgeView(0, 1, 1, A(3.0), A(gy * 3.0)),
        EdgeView(1, 2, 0, A(np.cos(9.0)), A(gy)),
    )
    return GraphView(nodes, edges, 2, (2, 1, 0))


def vector_graph():
    """x = linspace(0, 3, 20) -> y = sin(x) -> s = sum(y)."""
    x = np.linspace(0.0, 3.0, 20)
    ones = np.ones(20)
    nodes = (
        leaf(0, "x", x, np.cos(x)),
        result(1, "y", "sin", "SinBackward0", (0,), np.sin(x), ones),
        result(2, "s", "sum", "SumBackward0", (1,), np.sin(x).sum(), A(1.0)),
    )
    edges = (EdgeView(0, 1, 0, np.cos(x), np.cos(x)), EdgeView(1, 2, 0, None, ones))
    return GraphView(nodes, edges, 2, (2, 1, 0))


def unconnected_graph():
    """x, w -> z = x * 2 (output); u = exp(w) is not connected to z."""
    nodes = (
        leaf(0, "x", 1.5, A(2.0)),
        leaf(1, "w", 0.5, None),
        leaf(2, "", 2.0, None, requires_grad=False),
        result(3, "z", "mul", "MulBackward0", (0, 2), 3.0, A(1.0)),
        result(4, "u", "exp", "ExpBackward0", (1,), np.exp(0.5), None),
    )
    edges = (
        EdgeView(0, 3, 0, A(2.0), A(2.0)),
        EdgeView(2, 3, 1, A(1.5), None),
        EdgeView(1, 4, 0, A(np.exp(0.5)), None),
    )
    return GraphView(nodes, edges, 3, (3, 0))


def long_chain(n=100_000):
    """x -> sin -> sin -> ... -> z with n - 2 unnamed intermediates."""
    one = A(1.0)
    nodes = [leaf(0, "x", 0.5, one)]
    nodes += [
        NodeView(i, "", "sin", "SinBackward0", (i - 1,), one, "float64", True, False, one)
        for i in range(1, n - 1)
    ]
    nodes.append(result(n - 1, "z", "sin", "SinBackward0", (n - 2,), 0.1, one))
    edges = tuple(EdgeView(i - 1, i, 0, one, one) for i in range(1, n))
    return GraphView(tuple(nodes), edges, n - 1, tuple(range(n - 1, -1, -1)))


@pytest.fixture(scope="module")
def big():
    gc.disable()  # 200k small objects would trigger many full collections
    try:
        return long_chain()
    finally:
        gc.enable()


def well_formed(svg: str) -> ET.Element:
    """Parse the SVG as XML (fails on unescaped text)."""
    return ET.fromstring(svg)


# --- text --------------------------------------------------------------------------------


def test_fmt_scalars_and_arrays():
    assert fmt(A(-5.466781)) == "-5.4668"
    assert fmt(np.float32(0.41211849)) == "0.4121"
    assert fmt(3) == "3"
    assert fmt(A(0.0)) == "0.0000"
    assert fmt(1.5e-7) == "1.5000e-07"
    assert fmt(2.5e9) == "2.5000e+09"
    assert fmt(float("nan")) == "nan" and fmt(-np.inf) == "-inf"
    assert fmt(True) == "True"
    assert fmt(np.linspace(0, 3, 20)) == "[0.0000, 0.1579, \u2026, 3.0000] (20,)"
    assert fmt(A([1.0, 2.0])) == "[1.0000, 2.0000] (2,)"
    assert fmt(np.arange(6).reshape(2, 3)) == "[0, 1, \u2026, 5] (2, 3)"
    assert fmt(np.zeros(0)) == "[] (0,)"


def test_arrow_text_of_a_chain():
    assert graph_text(chain_graph()) == "x --> (pow) --> y --> (sin) --> z"
    # a constant operand (the exponent) does not break the chain form
    assert graph_text(chain_graph(const=True)) == "x --> (pow) --> y --> (sin) --> z"
    # unnamed intermediates appear through their operation
    assert graph_text(chain_graph(name_y="")) == "x --> (pow) --> (sin) --> z"


def test_operation_text_of_a_dag():
    assert graph_text(square_graph()) == "y = x * x\nz = sin(y)  # output"
    assert graph_text(unconnected_graph()) == "z = x * 2  # output\nu = exp(w)"


# --- gradient table ----------------------------------------------------------------------


def test_gradient_table_chain():
    table = GradientTable(chain_graph())
    text, html = repr(table), table._repr_html_()
    assert text.splitlines()[0] == "gradients of z"
    for s in ("3.0000", "9.0000", "0.4121", "-5.4668", "-0.9111", "1.0000", "PowBackward0"):
        assert s in text and s in html
    assert "gradients of z" in html
    assert "\u2713 3.0e-10" in text
    # y is a non-leaf whose .grad slot is empty: a footnote says why and how to keep it
    assert "y.grad is None" in text and "y.retain_grad()" in text
    assert "y.retain_grad()" in html
    assert "x.retain_grad()" not in text and "z.retain_grad()" not in text
    assert "0x" not in text


def test_gradient_table_not_connected_is_never_zero():
    table = GradientTable(unconnected_graph())
    rows = {line.split()[0]: line for line in repr(table).splitlines()[2:] if line[:1].isalpha()}
    assert "not connected" in rows["u"] and "not connected" in rows["w"]
    assert "0.0000" not in rows["u"].split("ExpBackward0")[1]
    assert "not connected" in table._repr_html_()


def test_gradient_table_tf_headers_and_vector_values():
    g = vector_graph()
    table = GradientTable(GraphView(g.nodes, g.edges, g.output, g.backward_order, "tf"))
    text = repr(table)
    assert "watched" in text and "requires_grad" not in text
    assert "gradients of s" in text
    assert "[0.0000, 0.1579, \u2026, 3.0000]" in text and "(20,)" in text


def test_gradient_table_caps_rows_but_keeps_the_output():
    one = A(1.0)
    nodes = [leaf(i, f"v{i}", 1.0, one) for i in range(30)]
    nodes.append(result(30, "out", "sum", None, tuple(range(30)), 30.0, one))
    table = GradientTable(GraphView(tuple(nodes), (), 30, ()), max_rows=10)
    assert len(table.rows) == 11 and table.rows[-1].cells[0] == "out"
    assert "20 more named values not listed." in repr(table)


def test_fd_check_failure_is_marked():
    nodes = (leaf(0, "x", 1.0, A(2.0), fd_error=0.5), result(1, "z", "sq", None, (0,), 1.0, A(1.0)))
    table = GradientTable(GraphView(nodes, (EdgeView(0, 1, 0, A(2.0), A(2.0)),), 1, (1, 0)))
    assert "\u2717 5.0e-01" in repr(table)


# --- graph SVG ---------------------------------------------------------------------------


def test_graph_svg_chain_content():
    svg = graph_svg(chain_graph(), salt="s1")
    root = well_formed(svg)
    assert root.tag.endswith("svg")
    for s in ("x = 3.0000", "y = 9.0000", "z = 0.4121", ">pow(x)<", ">sin(y)<"):
        assert s in svg
    assert ">x**2<" in graph_svg(chain_graph(const=True))  # the exponent folded into the label
    assert "\u2202z/\u2202y = -0.9111" in svg and "\u2202z/\u2202x = -5.4668" in svg
    for i in range(3):
        assert f'id="am-gs1-n{i}" data-node-id="{i}"' in svg
    assert 'data-op-of="1"' in svg and 'data-op-of="2"' in svg
    assert "am-output" in svg and svg.count("am-output") == 1
    assert "collapsed" not in svg


def test_graph_svg_duplicate_edges_are_two_curves():
    svg = graph_svg(square_graph(), salt="d")
    paths = re.findall(
        r'<path class="am-edge am-edge-in" data-src="0" data-dst="1"[^>]*\sd="([^"]+)"', svg
    )
    assert len(paths) == 2 and paths[0] != paths[1]
    assert 'data-arg="0"' in svg and 'data-arg="1"' in svg


def test_graph_svg_unconnected_and_constant():
    svg = graph_svg(unconnected_graph())
    well_formed(svg)
    assert "not connected" in svg and "u = 1.6487" in svg
    assert ">x \u00d7 2<" in svg  # the constant is folded into its operation's label
    assert 'data-node-id="2"' not in svg  # and gets no box of its own


def test_graph_svg_vector():
    svg = graph_svg(vector_graph())
    assert ">x (20,)<" in svg and svg.count('class="am-strip"') == 4  # values and grads
    assert "value [0.0000, 0.1579, \u2026, 3.0000] (20,)" in svg  # the numbers, in the tooltip
    assert ">y.sum()<" in svg


def test_graph_svg_is_deterministic_and_salted():
    a, b = graph_svg(chain_graph(), salt="7"), graph_svg(chain_graph(), salt="7")
    assert a == b
    c = graph_svg(chain_graph(), salt="8")
    assert c != a and "am-g8-n0" in c and "am-g7" not in c
    assert graph_svg(square_graph(), salt='x"><b').count("<b") == 0


def test_large_graph_collapses(big):
    # speed is measured by benchmarks, not here; this checks the picture stays bounded
    svg = graph_svg(big, salt="big")
    text = graph_text(big)
    table = GradientTable(big)
    well_formed(svg)
    assert "99,998 nodes collapsed" in svg
    assert 'data-node-id="0"' in svg and 'data-node-id="99999"' in svg
    assert 'data-node-id="5"' not in svg
    assert "stroke-dasharray" in svg  # x reaches z's operation through hidden nodes
    assert len(svg) < 20_000
    assert text.startswith("x --> (sin) --> (sin)") and text.endswith("--> (sin) --> z")
    assert "more steps" in text and len(text) < 1_000
    assert len(table.rows) == 2 and "99,998 unnamed values" in repr(table)


def test_large_widget_keeps_only_visible_nodes(big):
    w = GraphWidget(big, salt="big")
    assert len(w.nodes) == 2 and w.order == [99999, 0]
    assert repr(w) == "GraphWidget(nodes=100000, output='z')"


def test_layout_is_layered_and_uncrossed():
    # diamond a -> b, a -> c, b -> d, c -> d plus a long edge a -> d
    lay = layered_layout([(40, 20)] * 4, [(0, 1), (0, 2), (1, 3), (2, 3), (0, 3)])
    assert lay.layer == [0, 1, 1, 2]
    assert lay.x[0] < lay.x[1] == lay.x[2] < lay.x[3]
    assert abs(lay.y[1] - lay.y[2]) >= 20
    assert 4 in lay.routes  # the long edge bends through a dummy point
    assert lay.crossings == 0
    n = 5000
    chain = layered_layout([(30, 20)] * n, [(i, i + 1) for i in range(n - 1)])
    assert chain.layer[-1] == n - 1


# --- escaping ----------------------------------------------------------------------------


def test_malicious_names_are_escaped_everywhere():
    g = chain_graph(name_x=EVIL, name_y='y"onload="x', op="<b>pow</b>", fn="<i>Fn</i>")
    html_table = GradientTable(g)._repr_html_()
    svg = graph_svg(g, salt="e")
    w = GraphWidget(g, salt="e")
    data, _ = w._repr_mimebundle_()
    for out in (html_table, svg, data["text/html"], data["image/svg+xml"]):
        assert "<script" not in out and "<b>" not in out and "<i>" not in out
        assert '"onload' not in out
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    well_formed(svg)
    # the widget's data is plain text, displayed by the JS with textContent
    assert w.nodes[0]["label"] == EVIL
    assert "innerHTML" not in w._esm.replace('graph.innerHTML = model.get("svg")', "")


# --- widget ------------------------------------------------------------------------------


def test_widget_mimebundle_has_plain_text_and_svg_fallback():
    w = GraphWidget(chain_graph(), salt="w")
    data, meta = w._repr_mimebundle_()
    assert data["text/plain"] == "GraphWidget(nodes=3, output='z')"
    assert "0x" not in data["text/plain"] and "0x" not in repr(w)
    assert data["application/vnd.jupyter.widget-view+json"]["model_id"] == w.model_id
    assert data["image/svg+xml"] == w.svg == graph_svg(chain_graph(), salt="w")
    assert 'src="data:image/svg+xml;base64,' in data["text/html"]  # kept when untrusted
    assert isinstance(meta, dict)


def test_widget_traits_and_chain_rule_texts():
    w = GraphWidget(chain_graph())
    assert w.order == [2, 1, 0] and w.step == 0 and w.selected == -1
    by_label = {d["label"]: d for d in w.nodes}
    assert by_label["x"]["chain"] == (
        "\u2202z/\u2202x = \u2202z/\u2202y \u00b7 \u2202y/\u2202x = "
        "\u22120.9111 \u00b7 6.0000 = \u22125.4668"
    )
    assert by_label["y"]["local"] == ["\u2202y/\u2202x = 6.0000"]
    assert by_label["y"]["sent"] == ["to x: \u22125.4668"]
    assert "retain_grad" in by_label["y"]["note"]
    assert by_label["z"]["chain"].startswith("\u2202z/\u2202z = 1.0000")
    json.dumps(w.nodes)  # JSON-able
    w.step = 99
    assert w.step == 3
    w.step = -4
    assert w.step == 0


def test_chain_rule_sums_over_uses_and_handles_special_cases():
    x = node_details(square_graph())[0]
    assert x["chain"].count("\u2202z/\u2202y \u00b7 \u2202y/\u2202x") == 2
    assert "(1st operand)" in x["chain"] and "(2nd operand)" in x["chain"]
    assert x["chain"].endswith("= \u22125.4668")
    details = {d["label"]: d for d in node_details(unconnected_graph())}
    assert "not connected" in details["u"]["chain"] and details["u"]["grad"] is None
    assert "constant" in details["2"]["chain"]  # a constant is called by its value
    assert all("2" not in line.split("=")[0] for line in details["z"]["local"])  # not listed
    vec = {d["label"]: d for d in node_details(vector_graph())}
    assert "\u2299" in vec["x"]["chain"]
    assert "not elementwise" in vec["s"]["local"][0]


# --- plots -------------------------------------------------------------------------------


def plot_view(title="sin(x**2)"):
    x = np.linspace(-3.0, 3.0, 400)
    with np.errstate(all="ignore"):
        series = (
            PlotSeries("f", x, np.sin(x**2)),
            PlotSeries("f\u2032", x, 2 * x * np.cos(x**2)),
            PlotSeries("f\u2033", x, np.where(np.abs(x) < 0.1, np.nan, 1 / x)),
        )
    return PlotView(title, "x", series, (1.0, np.sin(1.0)), 2 * np.cos(1.0), ("6 points NaN/inf",))


def test_render_plot_is_deterministic():
    view = plot_view()
    a = render_plot(view, salt="p")
    b = render_plot(view, salt="p")
    assert a == b
    assert "<svg" in a and "6 points NaN/inf" in a  # the svg backend keeps text as comments
    assert "Date" not in a and "Matplotlib v" not in a
    assert render_plot(view, salt="q") != a


def test_derivative_plot_repr_and_escaping():
    p = DerivativePlot(plot_view(title=EVIL + " $x$ -->"), salt="z")
    assert repr(p).startswith("DerivativePlot(") and "0x" not in repr(p)
    assert "f, f\u2032, f\u2033" in repr(p)
    svg = p._repr_svg_()
    assert svg is p._repr_svg_()
    assert "<script" not in svg
    well_formed(svg)  # a "-->" left inside a comment would make the XML invalid
