"""The %%autograd magic in an in-process IPython shell: outputs, non-interference, errors."""

from __future__ import annotations

import importlib
import re
import warnings

import numpy as np
import pytest
from IPython.core.error import UsageError
from IPython.core.interactiveshell import InteractiveShell
from IPython.testing.globalipapp import start_ipython
from IPython.utils.capture import capture_output
from shared_paths import SHARED_REFERENCE, TF_SEEDS, TORCH_SEEDS

from autograd_magic.core import trace
from autograd_magic.core.tensor import Tensor
from autograd_magic.magic.outputs import GraphPicture, InteractiveGraph, Note, Table
from autograd_magic.magic.plots import BRANCH_NOTE
from autograd_magic.render import DerivativePlot

REFERENCE = SHARED_REFERENCE
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


EXAMPLE = """x = tr.tensor(3.0, requires_grad=True)
y = x**2
z = tr.sin(y)
z.backward()
"""


def tf_front_end():
    """``autograd_magic.tf`` if it imports with the API the seed cells use, else None."""
    try:
        tf = importlib.import_module("autograd_magic.tf")
    except Exception:
        return None
    if not all(hasattr(tf, a) for a in ("Variable", "GradientTape", "constant", "sin")):
        return None
    return tf


needs_tf = pytest.mark.skipif(
    tf_front_end() is None, reason="autograd_magic.tf does not import (yet) with its full API"
)


@pytest.fixture(scope="module")
def ip():
    shell = start_ipython() or InteractiveShell.instance()  # whichever test module came first
    formatter = shell.display_formatter
    saved = formatter.active_types
    formatter.active_types = list(formatter.format_types)  # as in a notebook
    shell.run_line_magic("load_ext", "autograd_magic")
    shell.run_cell("import autograd_magic.torch as tr\nimport numpy as np")
    yield shell
    formatter.active_types = saved


def run(ip, source: str, store_history: bool = True):
    with capture_output() as cap:
        result = ip.run_cell(source, store_history=store_history)
    return result, cap


def outputs(ip) -> list:
    return ip.magics_manager.registry["AutogradMagics"].last_outputs


def svg_of_img(html: str) -> str:
    """The SVG inside an ``<img src="data:image/svg+xml;base64,…">``."""
    import base64

    m = re.search(r'<img src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"', html)
    assert m is not None, html[:200]
    return base64.b64decode(m.group(1)).decode()


def bundles(cap) -> list[dict]:
    return [{k: v for k, v in o.data.items() if k != WIDGET_VIEW} for o in cap.outputs]


# ---- loading ------------------------------------------------------------------------------------


def test_load_and_unload(ip):
    assert ip.find_cell_magic("autograd") is not None
    ip.run_line_magic("unload_ext", "autograd_magic")
    try:
        assert ip.find_cell_magic("autograd") is None
        result, _ = run(ip, "%%autograd\nx = 1\n")
        assert isinstance(result.error_in_exec, UsageError)
    finally:
        ip.run_line_magic("load_ext", "autograd_magic")
    assert ip.find_cell_magic("autograd") is not None
    import autograd_magic

    assert autograd_magic.__version__


def test_help_is_built_from_the_arguments(ip):
    result, cap = run(ip, "%%autograd?", store_history=False)
    assert result.error_in_exec is None
    text = cap.stdout
    for option in ("%%autograd [--of NAME]", "--wrt NAME", "--range", "--second", "--no-table"):
        assert option in text, option
    assert "::" not in text and "Usage:\n  %%autograd [--of NAME]" in text


@pytest.mark.parametrize("line", ["--bogus", "--of", "--range 1", "--range 2:1", "--range=a:b"])
def test_bad_option_is_a_usage_error_saying_what_is_allowed(ip, line):
    ip.user_ns.pop("q", None)
    result, cap = run(ip, f"%%autograd {line}\nq = 1\n")
    assert isinstance(result.error_in_exec, UsageError)
    message = str(result.error_in_exec)
    assert "%%autograd" in message
    if line in ("--bogus", "--of"):
        assert "--of NAME" in message and "--no-plot" in message
    else:
        assert "LO" in message
    assert "q" not in ip.user_ns  # the cell did not run


# ---- content of the outputs ---------------------------------------------------------------------


def test_outputs_of_the_notes_example(ip):
    result, cap = run(ip, "%%autograd\n" + EXAMPLE)
    assert result.error_in_exec is None
    table, graph, plot = outputs(ip)
    assert isinstance(table, Table) and isinstance(graph, InteractiveGraph)
    assert isinstance(plot, DerivativePlot)
    assert len(cap.outputs) == 3

    rows = {r.cells[0]: r.cells for r in table.rows}
    assert list(rows) == ["x", "y", "z"]
    assert rows["x"][1:8] == ("3.0000", "()", "float32", "True", "True", "None", "-5.4668")
    assert rows["y"][6] == "PowBackward0" and rows["y"][7].startswith("-0.9111")
    assert rows["z"][6] == "SinBackward0" and rows["z"][7] == "1.0000"
    assert all(r.fd_ok for r in table.rows)
    assert table.title == "gradients of z"
    assert any("y.retain_grad()" in n for n in table.notes)
    html = cap.outputs[0].data["text/html"]
    assert "-5.4668" in html and "PowBackward0" in html and "gradient of z" in html
    assert any(n.startswith("fd check: ") for n in table.notes)  # the column is explained
    assert cap.outputs[0].data["text/plain"].startswith("gradients of z")

    bundle = cap.outputs[1].data
    assert bundle["text/plain"] == "x --> (pow) --> y --> (sin) --> z"
    svg = bundle["image/svg+xml"]
    for label in ("x = 3.0000", ">x**2<", ">sin(y)<", "y = 9.0000", "z = 0.4121", "-0.9111"):
        assert label in svg, label
    assert svg_of_img(bundle["text/html"]) == svg  # the form an untrusted notebook keeps
    chains = {d["label"]: d["chain"] for d in graph.nodes}
    assert chains["x"] == (
        "\u2202z/\u2202x = \u2202z/\u2202y \u00b7 \u2202y/\u2202x = "
        "\u22120.9111 \u00b7 6.0000 = \u22125.4668"
    )
    assert graph.order[0] == [d["id"] for d in graph.nodes if d["label"] == "z"][0]

    view = plot.view
    x = view.series[0].x
    assert x[0] == pytest.approx(1.5) and x[-1] == pytest.approx(4.5)
    np.testing.assert_allclose(view.series[0].y, np.sin(x**2), atol=1e-9)
    np.testing.assert_allclose(view.series[1].y, 2 * x * np.cos(x**2), atol=1e-9)
    assert view.point == pytest.approx((3.0, np.sin(9.0)), abs=1e-6)
    assert view.slope == pytest.approx(-5.4668, abs=1e-4)
    assert [s.label for s in view.series] == ["z", "\u2202z/\u2202x"]
    assert "image/svg+xml" in cap.outputs[2].data


def test_not_connected_is_not_zero(ip):
    cell = "x = tr.tensor(3.0, requires_grad=True)\ny = x**2\nz = 2*x\nk = 9/x\nl = 8-x\nm = 11+x\n"
    run(ip, "%%autograd --of y --no-graph --no-plot\n" + cell)
    (table,) = outputs(ip)
    grads = {r.cells[0]: r.cells[7] for r in table.rows}
    assert grads == {
        "x": "6.0000",
        "y": "1.0000",
        "z": "not connected",
        "k": "not connected",
        "l": "not connected",
        "m": "not connected",
    }
    # Without --of: the last scalar result, m = 11 + x
    run(ip, "%%autograd --no-graph --no-plot\n" + cell)
    (table,) = outputs(ip)
    assert table.title == "gradients of m"
    assert {r.cells[0]: r.cells[7] for r in table.rows}["x"] == "1.0000"


def test_default_output_is_the_last_differentiated_root(ip):
    cell = "x = tr.tensor(2.0, requires_grad=True)\na = x**3\nb = tr.sin(x)\na.backward()\nb * 2\n"
    run(ip, "%%autograd --no-plot\n" + cell)
    table = outputs(ip)[0]
    assert table.title == "gradients of a"
    assert {r.cells[0]: r.cells[7] for r in table.rows}["x"] == "12.0000"


def test_vector_cell_and_its_plot(ip):
    cell = (REFERENCE / "10_02_a.py").read_text() if REFERENCE.is_dir() else None
    if cell is None:
        pytest.skip("reference cells not available")
    cell = cell.replace("import torch as tr", "import autograd_magic.torch as tr")
    result, cap = run(ip, "%%autograd\n" + cell)
    assert result.error_in_exec is None
    table, graph, plot = outputs(ip)
    assert table.title == "gradients of z.sum()"
    rows = {r.cells[0]: r for r in table.rows}
    assert set(rows) == {"x", "y", "z", "z.sum()"}
    assert rows["x"].cells[2] == "(20,)" and rows["x"].fd_ok
    x = np.linspace(0, 3, 20).astype(np.float32)
    np.testing.assert_allclose(
        table.graph.nodes[0].grad, 2 * x * np.cos(x**2), rtol=1e-4, atol=1e-5
    )
    view = plot.view
    assert [s.label for s in view.series] == ["z", "\u2202z/\u2202x (elementwise)"]
    grid = view.series[0].x
    assert grid.shape == (400,) and grid[0] == 0 and grid[-1] == pytest.approx(3.0)
    np.testing.assert_allclose(view.series[0].y, np.sin(grid**2), atol=1e-9)
    np.testing.assert_allclose(view.series[1].y, 2 * grid * np.cos(grid**2), atol=1e-9)
    assert "x --> (pow) --> y --> (sin) --> z --> (sum) --> z.sum()" in graph._text
    assert "y.grad:" in cap.stdout


def test_second_derivative_range_and_masked_points(ip):
    cell = "x = tr.tensor(2.0, requires_grad=True)\ny = x**3\n"
    run(ip, "%%autograd --no-table --no-graph --second --range -1:3\n" + cell)
    (plot,) = outputs(ip)
    series = plot.view.series
    assert [s.label for s in series] == ["y", "\u2202y/\u2202x", "\u2202\u00b2y/\u2202x\u00b2"]
    x = series[0].x
    assert x[0] == -1 and x[-1] == 3
    np.testing.assert_allclose(series[2].y, 6 * x, atol=1e-9)

    run(ip, "%%autograd --no-table --no-graph --range=-1:2\ny = tr.log(x)\n")
    (plot,) = outputs(ip)
    assert any("NaN/inf" in n for n in plot.view.notes)


def test_branching_code_gets_a_note(ip):
    cell = (
        "x = tr.tensor(2.0, requires_grad=True)\n"
        "if x.item() > 0:\n    y = x * 3\nelse:\n    y = -x\n"
    )
    run(ip, "%%autograd --no-table --no-graph\n" + cell)
    (plot,) = outputs(ip)
    assert BRANCH_NOTE in plot.view.notes


def test_plot_point_by_point_for_a_non_elementwise_graph(ip):
    cell = "x = tr.tensor(0.5, requires_grad=True)\nz = (x * tr.ones(3)).sum() + x**2\n"
    run(ip, "%%autograd --no-table --no-graph\n" + cell)
    (plot,) = outputs(ip)
    f, df = plot.view.series[0], plot.view.series[1]
    np.testing.assert_allclose(f.y, 3 * f.x + f.x**2, atol=1e-5)
    np.testing.assert_allclose(df.y, 3 + 2 * df.x, atol=1e-5)


def test_wrt_chooses_the_plotted_input(ip):
    cell = (
        "a = tr.tensor(1.0, requires_grad=True)\n"
        "b = tr.tensor(2.0, requires_grad=True)\nc = a * b\n"
    )
    run(ip, "%%autograd --no-table --no-graph --wrt b\n" + cell)
    (plot,) = outputs(ip)
    assert plot.view.x_label == "b"
    assert any("held at their values (a)" in n for n in plot.view.notes)
    result, _ = run(ip, "%%autograd --wrt nope\n" + cell)
    assert isinstance(result.error_in_exec, UsageError)
    assert "choose one of: a, b" in str(result.error_in_exec)


def test_static_graph_option(ip):
    _, cap = run(ip, "%%autograd --no-widget --no-table --no-plot\n" + EXAMPLE)
    (graph,) = outputs(ip)
    assert isinstance(graph, GraphPicture)
    data = cap.outputs[0].data
    assert data["text/plain"] == "x --> (pow) --> y --> (sin) --> z"
    assert data["image/svg+xml"].startswith("<svg")


def test_accumulated_grad_is_explained(ip):
    cell = (
        "x = tr.tensor(2.0, requires_grad=True)\ny = x**2\ny.backward()\ny = x**2\ny.backward()\n"
    )
    run(ip, "%%autograd --no-graph --no-plot\n" + cell)
    (table,) = outputs(ip)
    assert {r.cells[0]: r.cells[7] for r in table.rows}["x"] == "4.0000"
    assert any("x.grad holds 8.0000, not 4.0000" in n for n in table.notes)


def test_training_loop_labels_earlier_versions_of_a_leaf(ip):
    cell = (
        "w = tr.tensor(1.0, requires_grad=True)\n"
        "opt = tr.optim.SGD([w], lr=0.1)\n"
        "for step in range(3):\n"
        "    opt.zero_grad()\n"
        "    loss = (w - 3) ** 2\n"
        "    loss.backward()\n"
        "    opt.step()\n"
    )
    run(ip, "%%autograd --no-plot\n" + cell)
    table, graph = outputs(ip)
    rows = {r.cells[0]: r.cells for r in table.rows}
    assert list(rows) == ["w@v0", "w@v1", "w", "loss"]
    assert rows["w@v0"][1] == "1.0000" and rows["w@v0"][7] == "not connected"
    assert rows["w"][1] == "1.7200" and rows["w"][7] == "-2.5600"
    assert "(w@v0 - 3)**2" in graph._text.split("\n")  # an earlier loss, by its formula


def test_a_name_rebound_to_a_new_tensor_counts_as_bound_by_the_cell(ip):
    # The old tensor is freed before the new one is made, so the new one may get its id.
    run(ip, "w = tr.tensor(2.0)")
    run(ip, "%%autograd\nw = None\nw = tr.tensor(3.0)\n")
    (note,) = outputs(ip)
    assert note.text.endswith("Tensors bound by this cell: w (requires_grad=False).")


def test_cell_without_tensors_gives_a_short_note(ip):
    result, cap = run(ip, "%%autograd\nq = 1 + 1\nprint(q)\nq\n")
    assert result.result == 2 and cap.stdout.startswith("2\n")
    (note,) = outputs(ip)
    assert isinstance(note, Note) and "recorded no operations" in note.text
    assert len(cap.outputs) == 1 and "text/html" in cap.outputs[0].data

    run(ip, "%%autograd\nw = tr.tensor(2.0)\nwith tr.no_grad():\n    v = w**2\n")
    (note,) = outputs(ip)
    assert "w (requires_grad=False), v (requires_grad=False)" in note.text


def test_user_strings_are_escaped(ip):
    cell = (
        "x = tr.tensor(2.0, requires_grad=True)\n"
        "globals()['<script>alert(1)</script>'] = x**2\n"
        "globals()['<script>alert(1)</script>'].backward()\n"
    )
    _, cap = run(ip, "%%autograd\n" + cell)
    table_html = cap.outputs[0].data["text/html"]
    svg = cap.outputs[1].data["image/svg+xml"]
    for text in (table_html, svg, cap.outputs[1].data["text/html"]):
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
        assert "<script>" not in text
    del ip.user_ns["<script>alert(1)</script>"]


@needs_tf
def test_tf_variable_name_is_escaped(ip):
    cell = (
        "import autograd_magic.tf as tf\n"
        "vs = [tf.Variable(3.0, name='<script>')]\n"
        "with tf.GradientTape() as tape:\n"
        "    y = vs[0] ** 2\n"
        "g = tape.gradient(y, vs[0])\n"
    )
    result, cap = run(ip, "%%autograd\n" + cell)
    assert result.error_in_exec is None
    table_html = cap.outputs[0].data["text/html"]
    assert "&lt;script&gt;" in table_html and "<script>" not in table_html
    assert "&lt;script&gt;" in cap.outputs[1].data["image/svg+xml"]


@needs_tf
def test_tf_example_outputs(ip):
    cell = (REFERENCE / "11_01_a.py").read_text() if REFERENCE.is_dir() else None
    if cell is None:
        pytest.skip("reference cells not available")
    cell = cell.replace("import tensorflow as tf", "import autograd_magic.tf as tf")
    result, _ = run(ip, "%%autograd\n" + cell)
    assert result.error_in_exec is None
    table = outputs(ip)[0]
    assert table.title == "gradients of z"
    assert "watched" in table.columns
    grads = {r.cells[0]: r.cells[7] for r in table.rows}
    assert grads["x"] == "-5.4668" and grads["y"].startswith("-0.9111")


# ---- determinism --------------------------------------------------------------------------------


def test_outputs_are_deterministic(ip):
    _, first = run(ip, "%%autograd\n" + EXAMPLE)
    _, second = run(ip, "%%autograd\n" + EXAMPLE)
    assert bundles(first) == bundles(second)
    assert len(bundles(first)) == 3
    for b in bundles(first):
        for kind, text in b.items():
            if kind == "image/png":
                continue  # bytes, not compared by nbval
            if "data:image/svg+xml;base64," in text:
                text = svg_of_img(text)
            assert "0x" not in text  # no memory addresses
    _, other = run(ip, "%%autograd\n" + EXAMPLE + "\n")
    assert bundles(other) != bundles(first)  # ids are salted by the cell source


# ---- running exactly as a normal cell -----------------------------------------------------------


def test_last_expression_goes_to_the_display_hook(ip):
    result, cap = run(ip, "%%autograd --no-graph --no-plot\n" + EXAMPLE + "x.grad\n")
    assert repr(result.result) == "tensor(-5.4668)"
    n = result.execution_count
    assert f"Out[{n}]: tensor(-5.4668)" in cap.stdout
    assert repr(ip.user_ns["Out"][n]) == "tensor(-5.4668)"
    assert repr(ip.user_ns["_"]) == "tensor(-5.4668)"
    result, cap = run(ip, "%%autograd --no-graph --no-plot\n" + EXAMPLE + "x.grad;\n")
    assert result.result is None and "Out[" not in cap.stdout


def test_display_and_ipython_syntax_work_in_the_body(ip):
    cell = (
        "from IPython.display import display, HTML\n"
        "display(HTML('<b>mine</b>'))\n"
        "%time q = 6 * 7\n"
        "echoed = !echo hi\n"
        "x = tr.tensor(2.0, requires_grad=True)\n"
        "y = x**2\n"
    )
    result, cap = run(ip, "%%autograd --no-plot\n" + cell)
    assert result.success
    assert ip.user_ns["q"] == 42 and list(ip.user_ns["echoed"]) == ["hi"]
    assert "Wall time" in cap.stdout
    assert cap.outputs[0].data["text/html"] == "<b>mine</b>"  # the cell's own display first
    assert cap.outputs[1].data["text/plain"].startswith("gradients of y")


def test_exception_propagates_with_the_cells_traceback(ip):
    cell = "x = tr.tensor(2.0, requires_grad=True)\ny = x**2\n1/0\nprint('not reached')\n"
    result, cap = run(ip, "%%autograd\n" + cell)
    assert isinstance(result.error_in_exec, ZeroDivisionError)
    assert not result.success
    n = result.execution_count
    text = cap.stdout + cap.stderr
    assert f"Cell In[{n}], line 4" in text and "----> 4 1/0" in text
    assert "run_cell_magic(self" not in text
    assert "\nnot reached\n" not in cap.stdout
    shown = outputs(ip)
    assert [type(o).__name__ for o in shown] == ["ErrorNote", "Table", "InteractiveGraph"]
    assert len(cap.outputs) == 3
    assert "y" in ip.user_ns
    assert trace._operand_hooks == [] and trace._backward_hooks == []


def test_syntax_error_fails_the_cell(ip):
    result, cap = run(ip, "%%autograd\nx = 1\ny = (\n")
    assert not result.success
    assert isinstance(result.error_in_exec, UsageError)
    n = result.execution_count
    assert f"Cell In[{n}], line 3" in cap.stdout and "SyntaxError" in cap.stdout
    assert "syntax error" in cap.stderr
    assert trace._operand_hooks == [] and trace._backward_hooks == []


def test_a_failing_recorder_never_breaks_the_cell(ip, monkeypatch):
    from autograd_magic.core.ir import Recorder

    def broken(self, t, operands):
        raise ValueError("recorder bug")

    monkeypatch.setattr(Recorder, "on_op", broken)
    result, cap = run(ip, "%%autograd\n" + EXAMPLE + "print(x.grad)\n")
    assert result.success and cap.stdout == "tensor(-5.4668)\n"
    (note,) = outputs(ip)
    assert "could not record this cell: ValueError: recorder bug" in note.text


def test_a_failing_analysis_is_reported_not_raised(ip, monkeypatch):
    import autograd_magic.magic.magics as magics

    def broken(*args, **kwargs):
        raise ArithmeticError("analysis bug")

    monkeypatch.setattr(magics, "analyze", broken)
    result, cap = run(ip, "%%autograd\n" + EXAMPLE + "print(x.grad)\n")
    assert result.success and cap.stdout == "tensor(-5.4668)\n"
    (note,) = outputs(ip)
    assert "could not show this cell: ArithmeticError: analysis bug" in note.text


def test_unknown_of_names_the_valid_names(ip):
    result, _ = run(ip, "%%autograd --of w\n" + EXAMPLE)
    assert isinstance(result.error_in_exec, UsageError)
    assert "choose one of: x, y, z" in str(result.error_in_exec)


def test_the_users_graph_is_left_alone(ip):
    run(ip, "%%autograd\nx = tr.tensor(3.0, requires_grad=True)\ny = x**2\nz = tr.sin(y)\n")
    assert ip.user_ns["x"]._grad is None
    result, cap = run(ip, "z.backward()\nprint(x.grad)\n")
    assert result.error_in_exec is None and cap.stdout == "tensor(-5.4668)\n"
    result, _ = run(ip, "z.backward()\n")
    assert isinstance(result.error_in_exec, RuntimeError)  # freed by the user's first backward


def test_tensors_from_earlier_cells_are_inputs(ip):
    run(ip, "x = tr.tensor(3.0, requires_grad=True)\ny = x**2\n")
    run(ip, "%%autograd --no-plot\nz = tr.sin(y)\nz.backward()\n")
    table, graph = outputs(ip)
    rows = {r.cells[0]: r.cells for r in table.rows}
    assert set(rows) == {"y", "z"}
    assert rows["y"][5] == "False" and rows["y"][6] == "PowBackward0"  # not a leaf...
    assert rows["y"][7].startswith("-0.9111")  # ...but an input of this cell's graph
    assert graph._text == "y --> (sin) --> z"


def test_large_graph(ip):
    cell = (
        "x = tr.tensor(0.5, requires_grad=True)\n"
        "y = x\nfor step in range(50_000):\n    y = y * 1.0\n"
    )
    result, cap = run(ip, "%%autograd\n" + cell + "y.backward()\n")
    assert result.error_in_exec is None
    table, graph = outputs(ip)  # no plot: too many operations to replay on a grid
    assert len(table.graph.nodes) == 100_001  # x, and one literal and one result per step
    rows = {r.cells[0]: r.cells for r in table.rows}
    assert set(rows) == {"x", "y"} and rows["x"][7] == "1.0000"
    assert rows["x"][8] == "\u2014"  # no finite-difference check on a graph this size
    svg = cap.outputs[1].data["image/svg+xml"]
    assert "collapsed" in svg and len(svg) < 100_000
    assert "\u2026" in cap.outputs[1].data["text/plain"]  # the long chain is elided


# ---- non-interference on the seed cells ---------------------------------------------------------


def split_seed(text: str) -> tuple[str, str]:
    """(prelude, cell) of a seed file: the cell follows its '# ---- cell' marker."""
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if line.startswith("# ---- cell"):
            return "".join(lines[:i]), "".join(lines[i + 1 :])
    head = [ln for ln in lines if ln.startswith(("import ", "#"))]
    rest = [ln for ln in lines if not ln.startswith(("import ", "#"))]
    return "".join(head), "".join(rest)


def describe(value, depth: int = 0):
    """A comparable snapshot of a namespace value."""
    if isinstance(value, Tensor):
        node = value._node
        grad = value._grad
        return (
            type(value).__name__,
            value._data.dtype.str,
            value._data.shape,
            value._data.tobytes(),
            bool(value._requires_grad),
            None if node is None else (node.name, node.freed),
            None if grad is None or depth else describe(grad, 1),
            bool(value._retains_grad),
            value._version[0],
        )
    if isinstance(value, (int, float, str, bool, type(None))):
        return value
    return type(value).__name__


def namespace(ip) -> dict:
    hidden = ip.user_ns_hidden
    return {
        k: describe(v)
        for k, v in ip.user_ns.items()
        if not k.startswith("_") and k not in hidden and k != "tape_check"
    }


def normal(text: str) -> str:
    text = re.sub(r"Out\[\d+\]", "Out[N]", text)
    return re.sub(r"(?m)^.*?:\d+: (\w+Warning)", r"\1", text)


def clear(ip) -> None:
    """Forget the cell variables (cheaper than ``reset()``, which collects garbage)."""
    hidden = ip.user_ns_hidden
    for key in [k for k in ip.user_ns if k not in hidden and not k.startswith("_")]:
        del ip.user_ns[key]
    ip.user_ns.pop("__warningregistry__", None)


def seed_runs(ip, name: str, swap: tuple[str, str], after: str = ""):
    text = (REFERENCE / f"{name}.py").read_text().replace(*swap)
    prelude, cell = split_seed(text)
    results = []
    for magic in (False, True):
        clear(ip)
        run(ip, prelude, store_history=False)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result, cap = run(ip, ("%%autograd\n" if magic else "") + cell)
        assert result.error_in_exec is None, result.error_in_exec
        state = namespace(ip)
        extra = run(ip, after)[1].stdout if after else ""
        warned = [(w.category.__name__, str(w.message)) for w in caught]
        results.append((normal(cap.stdout), warned, repr(result.result), state, extra, cap))
    clear(ip)
    ip.run_cell("import autograd_magic.torch as tr\nimport numpy as np", store_history=False)
    return results


@pytest.mark.parametrize("name", TORCH_SEEDS)
def test_torch_seed_cells_are_not_changed_by_the_magic(ip, name):
    if not REFERENCE.is_dir():
        pytest.skip("reference cells not available")
    plain, magic = seed_runs(ip, name, ("import torch as tr", "import autograd_magic.torch as tr"))
    assert magic[0] == plain[0]  # stdout, with Out[n]
    assert magic[1] == plain[1]  # warnings
    assert magic[2] == plain[2]  # the cell's value
    assert magic[3] == plain[3]  # every namespace value, .grad and graph state
    assert magic[5].outputs, "the magic showed nothing"
    display = REFERENCE / f"{name}.display"
    if display.exists():
        assert magic[2] == display.read_text().strip()
    if name == "10_01_f":
        assert magic[1] and magic[1][0][0] == "UserWarning"
        assert magic[1][0][1].startswith("The .grad attribute of a Tensor that is not a leaf")


@needs_tf
@pytest.mark.parametrize("name", TF_SEEDS)
def test_tf_seed_cells_are_not_changed_by_the_magic(ip, name):
    if not REFERENCE.is_dir():
        pytest.skip("reference cells not available")
    after = "tape_check = tape.gradient(z, x)\nprint(tape_check)\n" if name != "11_01_c" else ""
    plain, magic = seed_runs(
        ip, name, ("import tensorflow as tf", "import autograd_magic.tf as tf"), after
    )
    assert magic[0] == plain[0]
    assert magic[1] == plain[1]
    assert magic[2] == plain[2]
    assert magic[3] == plain[3]
    assert magic[4] == plain[4]  # the persistent tape still answers the same
    assert magic[5].outputs
