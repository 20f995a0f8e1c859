"""What %%autograd plots: never against an input that does not vary the output; a network gets
the loss along the negative gradient and gradient heatmaps; bounded footnotes; no clipping."""

from __future__ import annotations

import re

import numpy as np
import pytest
from IPython.core.interactiveshell import InteractiveShell
from IPython.testing.globalipapp import start_ipython
from IPython.utils.capture import capture_output

from autograd_magic.render import DerivativePlot
from autograd_magic.render.plots import notes_text

NETWORK = """\
tr.manual_seed(0)
X = tr.randn(8, 3)
y = tr.randn(8, 1)
W1 = tr.randn(3, 4, requires_grad=True)
b1 = tr.zeros(4, requires_grad=True)
W2 = tr.randn(4, 1, requires_grad=True)
b2 = tr.zeros(1, requires_grad=True)
h = tr.relu(X @ W1 + b1)
out = h @ W2 + b2
loss = ((out - y)**2).mean()
loss.backward()
"""


@pytest.fixture(scope="module")
def ip():
    shell = start_ipython() or InteractiveShell.instance()
    formatter = shell.display_formatter
    saved = formatter.active_types
    formatter.active_types = list(formatter.format_types)
    shell.run_line_magic("load_ext", "autograd_magic")
    shell.run_cell("import autograd_magic.torch as tr\nimport numpy as np")
    yield shell
    formatter.active_types = saved


def plot_of(ip, body: str, line: str = "") -> DerivativePlot | None:
    with capture_output():
        ip.run_cell(f"%%autograd {line}\n{body}")
    shown = ip.magics_manager.registry["AutogradMagics"].last_outputs
    return next((o for o in shown if isinstance(o, DerivativePlot)), None)


def test_a_network_gets_the_loss_along_the_negative_gradient(ip):
    plot = plot_of(ip, NETWORK)
    view = plot.view
    assert "along the negative gradient" in view.title and "b1" not in view.x_label
    actual, predicted = view.series
    loss0 = float(ip.user_ns["loss"].item())
    assert actual.y[0] == pytest.approx(loss0, rel=1e-5)
    assert predicted.dashed and predicted.y[0] == pytest.approx(loss0)
    # first order: the curve leaves its start with slope -|∇L|², as the prediction does
    g2 = sum(float((ip.user_ns[n].grad.numpy() ** 2).sum()) for n in ("W1", "b1", "W2", "b2"))
    slope = (actual.y[1] - actual.y[0]) / (actual.x[1] - actual.x[0])
    assert slope == pytest.approx(-g2, rel=0.1)
    assert np.ptp(actual.y) > 0  # it varies
    assert [h.label for h in view.heatmaps] == [
        "\u2202loss/\u2202W1 (3, 4)",
        "\u2202loss/\u2202b1 (4,)",
        "\u2202loss/\u2202W2 (4, 1)",
    ]
    assert plot._repr_png_().startswith(b"\x89PNG") and "<svg" in plot._repr_svg_()


def test_never_against_an_all_zero_input(ip):
    body = (
        "b = tr.zeros(3, requires_grad=True)\n"  # recorded first, but all zeros
        "w = tr.tensor([1.0, -2.0, 0.5], requires_grad=True)\n"
        "loss = ((w + b)**2).sum()\n"
    )
    plot = plot_of(ip, body)
    assert plot is not None and plot.view.x_label == "w"


def test_a_constant_output_is_not_plotted(ip):
    body = "x = tr.tensor(-3.0, requires_grad=True)\nz = tr.relu(x) * 0 + 1\n"
    assert plot_of(ip, body) is None


def test_the_held_footnote_is_bounded():
    from autograd_magic.magic.plots import held_note

    note = held_note([f"w{i}" for i in range(500)])
    assert note == "other inputs held at their values (w0, w1, w2, w3 and 496 more)"
    text = notes_text(("x" * 50,) * 40)
    assert text.count("\n") <= 2 and text.endswith("\u2026")


def test_tick_labels_are_inside_the_picture(ip):
    body = "w = tr.tensor(0.001, requires_grad=True)\nz = -(w**2) * 1000\n"
    plot = plot_of(ip, body, "--range=-0.003:0.003")
    svg = plot._repr_svg_()
    width = float(re.search(r'width="([0-9.]+)pt"', svg).group(1))
    # every glyph group sits at a non-negative x inside the width (bbox_inches='tight')
    xs = [float(v) for v in re.findall(r'<g transform="translate\(([-0-9.]+) ', svg)]
    assert xs and min(xs) >= 0 and max(xs) <= width
