"""Renderer content: pictures an untrusted notebook keeps, a table that fits, label sizes."""

from __future__ import annotations

import base64
import re

import numpy as np

from autograd_magic.render.model import PlotSeries, PlotView
from autograd_magic.render.plots import DerivativePlot
from autograd_magic.render.static import svg_img_html, svg_size


def view() -> PlotView:
    x = np.linspace(0.0, 2.0, 21)
    return PlotView("f of x", "x", (PlotSeries("f", x, x**2), PlotSeries("f'", x, 2 * x)))


def test_plot_png_is_deterministic_without_metadata():
    a = DerivativePlot(view(), salt="a")._repr_png_()
    b = DerivativePlot(view(), salt="b")._repr_png_()
    assert a.startswith(b"\x89PNG") and a == b
    assert b"Software" not in a and b"matplotlib" not in a


def test_svg_as_img_keeps_the_svg_and_its_size():
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="300.5" height="80.0">'
        "<text>a&lt;b</text></svg>"
    )
    html = svg_img_html(svg, 'x --> "y"')
    m = re.search(r'src="data:image/svg\+xml;base64,([^"]+)"', html)
    assert m and base64.b64decode(m.group(1)).decode() == svg
    assert 'width="300" height="80"' in html or 'width="300"' in html
    assert 'alt="x --&gt; &quot;y&quot;"' in html
    assert "<svg" not in html  # nothing for a sanitiser to strip


def test_svg_size_reads_points_as_css_pixels():
    assert svg_size('<svg width="432pt" height="230.4pt" viewBox="0 0 432 230.4">') == (
        576.0,
        307.2,
    )
    assert svg_size('<svg width="10" height="20">') == (10.0, 20.0)
    assert svg_size("<svg>") is None


def test_table_caps_rows_and_explains_the_fd_column():
    from autograd_magic.render.model import GraphView, NodeView
    from autograd_magic.render.table import FD_LEGEND, GradientTable

    one = np.array(1.0)
    nodes = [
        NodeView(
            i,
            f"w{i}",
            None,
            None,
            (),
            np.full(3, float(i)),
            "float64",
            True,
            True,
            one,
            fd_error=1e-9,
        )
        for i in range(200)
    ]
    nodes.append(
        NodeView(
            200, "loss", "sum", "SumBackward0", tuple(range(200)), one, "float64", True, False, one
        )
    )
    table = GradientTable(GraphView(tuple(nodes), (), 200, ()), max_rows=30)
    assert len(table.rows) == 31  # 30 named values and the output
    assert "170 more named values not listed." in table.notes and FD_LEGEND in table.notes
    html = table._repr_html_()
    assert len(html) < 40_000
    assert table.columns[7] == "gradient of loss"
    assert 'title="[1., 1., 1.]"' in html  # full values on hover


def network_graph():
    """X @ W1 + b1 -> relu -> @ W2 + b2 -> (out - y)**2 -> mean, through the magic's analysis."""
    from IPython.core.interactiveshell import InteractiveShell
    from IPython.testing.globalipapp import start_ipython
    from IPython.utils.capture import capture_output

    from autograd_magic.magic.outputs import Table

    ip = start_ipython() or InteractiveShell.instance()
    ip.run_line_magic("load_ext", "autograd_magic")
    body = (
        "import autograd_magic.torch as tr\ntr.manual_seed(0)\nX = tr.randn(8, 3)\n"
        "y = tr.randn(8, 1)\nW1 = tr.randn(3, 4, requires_grad=True)\n"
        "b1 = tr.zeros(4, requires_grad=True)\nW2 = tr.randn(4, 1, requires_grad=True)\n"
        "b2 = tr.zeros(1, requires_grad=True)\nh = tr.relu(X @ W1 + b1)\n"
        "out = h @ W2 + b2\nloss = ((out - y)**2).mean()\nloss.backward()\n"
    )
    with capture_output():
        ip.run_cell("%%autograd --no-plot --no-widget\n" + body)
    shown = ip.magics_manager.registry["AutogradMagics"].last_outputs
    return next(o for o in shown if isinstance(o, Table)).graph


def test_graph_labels_keep_their_size_and_the_picture_grows_taller():
    from autograd_magic.render.graph_svg import FIT_WIDTH, graph_svg

    svg = graph_svg(network_graph(), salt="n")
    root = __import__("xml.etree.ElementTree", fromlist=["fromstring"]).fromstring(svg)
    assert root.get("font-size") == "12"
    sizes = [float(t.get("font-size", "12")) for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert sizes and min(sizes) >= 11  # labels drawn at 11-12 px ...
    assert "max-width:100%" not in svg  # ... and never scaled down to fit the cell
    width, height = float(root.get("width")), float(root.get("height"))
    assert width <= FIT_WIDTH + 40 and height > width  # too wide left to right: top to bottom


def test_graph_names_say_what_was_computed():
    from autograd_magic.render.graph_svg import graph_svg
    from autograd_magic.render.text import graph_text

    graph = network_graph()
    svg = graph_svg(graph, salt="n")
    for label in (">X @ W1<", ">+ b1<", ">relu<", ">h @ W2<", ">+ b2<", ">out \u2212 y<", ">**2<"):
        assert label in svg, label
    assert not re.search(r"[a-z]#\d", svg) and "const" not in svg  # no "mul#2", "const#1"
    assert graph_text(graph).split("\n") == [
        "h = relu(X @ W1 + b1)",
        "out = h @ W2 + b2",
        "loss = ((out - y)**2).mean()  # output",
    ]
    assert ">(8, 4)<" in svg and 'class="am-strip"' in svg  # compact tensor nodes


def test_side_panel_lists_a_tensors_numbers_and_what_made_it():
    from autograd_magic.render.explain import node_details

    graph = network_graph()
    details = {d["label"]: d for d in node_details(graph)}
    assert details["h"]["made_by"] == "relu(X @ W1 + b1)"
    numbers = details["W1"]["numbers"]
    assert numbers.startswith("value =\n[[") and "gradient =" in numbers
    assert numbers.count("\n") == 7  # 3 rows of values, 3 of gradients, two headers
    assert details["loss"]["numbers"] == ""  # a number shows as value and gradient rows


def test_heat_strips_come_with_a_legend():
    from autograd_magic.render.graph_svg import STRIP_LEGEND, graph_svg

    svg = graph_svg(network_graph(), salt="n")
    assert "strips: blue &lt; 0 &lt; red" in svg and STRIP_LEGEND.startswith("strips:")
