"""``%%autograd`` in a real JupyterLab, looked at in headless Chromium.

For ``z = sin(x**2)`` at ``x = 3`` (``dz/dx = 2x·cos(x²) = -5.4668``, ``dz/dy = cos(9) =
-0.9111``), once in PyTorch style (chapter 10.01's notebook) and once in TensorFlow style:

- the gradient table shows ``-5.4668`` for ``x``;
- the derivative plot is an SVG with curves;
- the graph widget rendered (no "Error displaying widget", not stuck at "Loading widget...");
- clicking node ``y`` shows its gradient ``-0.9111`` in the side panel;
- ▶, the slider and ◀ step through the backward pass and move the highlight;
- (TensorFlow style) the kernel's widget object received the step and selection made in the
  page;
- the browser console shows no JavaScript error (also while the notebook is closed).

Screenshots land in ``tests/e2e/artifacts/``.
"""

from __future__ import annotations

import json
import pathlib
import re
from typing import Any

import pytest

pytestmark = pytest.mark.e2e

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
PACKAGE = ROOT / "autograd_magic"

MINUS = "\u2212"
DZ_DX = "-5.4668"
DZ_DY = "-0.9111"

TORCH_CELL = """\
%%autograd
x = tr.tensor(3.0, requires_grad=True)
y = x**2
z = tr.sin(y)
z.backward()"""

TF_CELL = """\
%%autograd
x = tf.Variable(3.0)
with tf.GradientTape() as tape:
    y = x**2
    z = tf.sin(y)
dz_dx = tape.gradient(z, x)"""


# The widget the magic displayed last, as the kernel sees it.
KERNEL_SIDE_CELL = """\
shown = get_ipython().magics_manager.registry["AutogradMagics"].last_outputs
graph = next(o for o in shown if hasattr(o, "step"))
print(f"kernel: step={graph.step} selected={graph.selected}")"""


def plain(text: str) -> str:
    """Unicode minus as '-', whitespace squeezed."""
    return " ".join(text.replace(MINUS, "-").split())


def _require(path: pathlib.Path, what: str) -> None:
    """Skip while a part of the package is not written yet (a broken one still fails)."""
    if not path.exists():
        pytest.skip(f"{what} is not there yet ({path.relative_to(ROOT)} is missing)")


def chapter_notebook() -> pathlib.Path | None:
    found = sorted((ROOT / "notebooks").glob("10_01_*.ipynb"))
    return found[0] if found else None


def autograd_cell_index(path: pathlib.Path, must_contain: str) -> int:
    """Position (markdown cells count) of the first ``%%autograd`` cell containing the text."""
    cells = json.loads(path.read_text())["cells"]
    for i, cell in enumerate(cells):
        src = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        if cell["cell_type"] == "code" and src.lstrip().startswith("%%autograd"):
            if must_contain in src:
                return i
    raise AssertionError(f"{path.name} has no %%autograd cell with {must_contain!r}")


# --------------------------------------------------------------------------- page reading

TABLE_JS = """(cell) => {
  const t = cell.querySelector('.am-gradient-table table');
  if (!t) return null;
  const head = [...t.querySelectorAll('thead th')].map((e) => e.textContent.trim());
  const rows = [...t.querySelectorAll('tbody tr')]
    .map((r) => [...r.querySelectorAll('td')].map((e) => e.textContent.trim()));
  return { head, rows };
}"""

# Value nodes of the widget's graph: id, first text line, classes.
NODES_JS = """(cell) => [...cell.querySelectorAll('.am-gw-graph g[data-node-id]')].map((g) => ({
  id: Number(g.getAttribute('data-node-id')),
  text: (g.querySelector('text') || {}).textContent || '',
  cls: g.getAttribute('class') || '',
}))"""

WIDGET_STATE_JS = """(cell) => {
  const w = cell.querySelector('.am-gw');
  const cur = w.querySelector('.am-gw-graph g.am-current[data-node-id]');
  const sel = w.querySelector('.am-gw-graph g.am-selected[data-node-id]');
  const slider = w.querySelector('input.am-gw-slider');
  const label = (g) => (g ? (g.querySelector('text') || {}).textContent.split(' = ')[0] : null);
  return {
    current: label(cur),
    selected: label(sel),
    visited: w.querySelectorAll('.am-gw-graph g.am-visited[data-node-id]').length,
    sent: w.querySelectorAll('.am-gw-graph path.am-sent').length,
    status: w.querySelector('.am-gw-status').textContent,
    slider: slider.value,
    sliderMax: slider.max,
    prevDisabled: w.querySelectorAll('button.am-gw-btn')[0].disabled,
    nextDisabled: w.querySelectorAll('button.am-gw-btn')[1].disabled,
  };
}"""

PANEL_JS = """(cell) => {
  const p = cell.querySelector('.am-gw-panel');
  const rows = {};
  for (const r of p.querySelectorAll('.am-gw-row')) {
    const k = r.querySelector('.am-gw-key');
    const v = r.querySelector('.am-gw-val');
    if (k && v) rows[k.textContent.trim()] = v.textContent.trim();
  }
  const title = p.querySelector('.am-gw-title');
  const chain = p.querySelector('.am-gw-chain');
  return {
    title: title ? title.textContent : null,
    rows,
    chain: chain ? chain.textContent : null,
    text: p.innerText,
  };
}"""

PLOT_JS = """(cell) => [...cell.querySelectorAll('.jp-RenderedSVG')].map((r) => {
  const svg = r.querySelector('svg');
  const img = r.querySelector('img');
  const box = (svg || img || r).getBoundingClientRect();
  return {
    inline: !!svg,
    img: !!img && img.complete && img.naturalWidth > 0,
    lines: svg ? svg.querySelectorAll('g[id^="line2d"] path').length : -1,
    width: box.width,
    height: box.height,
  };
})"""


def check_autograd_cell(lab: Any, cell: Any, tag: str) -> dict[str, Any]:
    """Every check on one executed ``%%autograd`` cell of ``z = sin(x**2)`` at x = 3."""
    page = lab.page
    handle = cell.element_handle()
    cell.locator(".am-gw").first.wait_for(state="attached", timeout=20_000)
    lab.mark(f"{tag}: widget attached")

    # -- the widget rendered, not an error or an endless placeholder
    text = cell.inner_text()
    assert "Error displaying widget" not in text, text
    page.wait_for_function(
        "(cell) => !cell.innerText.includes('Loading widget')", arg=handle, timeout=15_000
    )
    graph = cell.locator(".am-gw .am-gw-graph svg.am-graph")
    assert graph.count() == 1, "the widget shows no graph SVG"
    gbox = graph.bounding_box()
    assert gbox and gbox["width"] > 100 and gbox["height"] > 40, f"graph SVG not laid out: {gbox}"
    nodes = page.evaluate(NODES_JS, handle)
    labels = {n["text"].split(" = ")[0]: n["id"] for n in nodes}
    assert {"x", "y", "z"} <= set(labels), f"graph nodes: {nodes}"
    lab.screenshot(f"{tag}-cell", cell)

    # -- the gradient table: dz/dx = -5.4668 in x's row
    table = page.evaluate(TABLE_JS, handle)
    assert table is not None, "no gradient table in the cell's outputs"
    head = table["head"]
    rows = {r[0]: r for r in table["rows"] if r}
    grad_col = next((i for i, h in enumerate(head) if h == "gradient of z"), None)
    assert grad_col is not None, f"no 'gradient of z' column in {head}"
    assert "x" in rows, f"no row for x in {table['rows']}"
    assert plain(rows["x"][grad_col]).startswith(DZ_DX), rows["x"]
    assert plain(rows["y"][grad_col]).startswith(DZ_DY), rows["y"]
    assert DZ_DX in plain(cell.locator(".am-gradient-table").inner_text())

    # -- the derivative plot: an SVG (matplotlib) with curves, laid out
    plots = page.evaluate(PLOT_JS, handle)
    assert plots, "no SVG output (derivative plot) in the cell"
    assert any(p["width"] > 200 and p["height"] > 100 for p in plots), plots
    assert any(p["lines"] >= 2 or p["img"] for p in plots), f"the plot has no curves: {plots}"
    plot = cell.locator(".jp-RenderedSVG").last
    plot.scroll_into_view_if_needed()
    lab.screenshot(f"{tag}-plot", plot)

    # -- click node y: the side panel explains y, with dz/dy = -0.9111
    widget = cell.locator(".am-gw").first
    widget.scroll_into_view_if_needed()
    panel = cell.locator(".am-gw-panel")
    assert "Click a node" in panel.inner_text()
    cell.locator(f'.am-gw-graph g[data-node-id="{labels["y"]}"]').click()
    page.wait_for_function(
        "(cell) => { const t = cell.querySelector('.am-gw-title');"
        " return t && t.textContent.startsWith('y'); }",
        arg=handle,
    )
    info = page.evaluate(PANEL_JS, handle)
    assert plain(info["rows"].get("gradient", "")) == DZ_DY, info
    assert plain(info["rows"].get("value", "")) == "9.0000", info
    assert DZ_DY in plain(info["chain"] or ""), info
    state = page.evaluate(WIDGET_STATE_JS, handle)
    assert state["selected"] == "y", state
    lab.screenshot(f"{tag}-clicked-y", widget)
    lab.mark(f"{tag}: clicked y")

    # -- step through the backward pass: z first, then y, then x; the highlight follows
    def stepped(expected_current: str | None) -> dict[str, Any]:
        page.wait_for_function(
            "([cell, want]) => { const g = cell.querySelector("
            "'.am-gw-graph g.am-current[data-node-id] text');"
            " const now = g ? g.textContent.split(' = ')[0] : null; return now === want; }",
            arg=[handle, expected_current],
            timeout=10_000,
        )
        return page.evaluate(WIDGET_STATE_JS, handle)

    start = page.evaluate(WIDGET_STATE_JS, handle)
    assert start["current"] is None and start["slider"] == "0", start
    assert start["prevDisabled"] and not start["nextDisabled"], start
    steps = int(start["sliderMax"])
    assert steps >= 2, start

    prev_btn = widget.locator("button.am-gw-btn").nth(0)
    next_btn = widget.locator("button.am-gw-btn").nth(1)
    next_btn.click()
    s1 = stepped("z")
    assert s1["slider"] == "1" and s1["status"].startswith(f"step 1/{steps}"), s1
    lab.screenshot(f"{tag}-step1", widget)
    next_btn.click()
    s2 = stepped("y")
    assert s2["current"] != s1["current"], (s1, s2)
    assert s2["visited"] > s1["visited"] and s2["sent"] > s1["sent"], (s1, s2)
    assert plain(page.evaluate(PANEL_JS, handle)["rows"]["gradient"]) == DZ_DY
    lab.screenshot(f"{tag}-step2", widget)

    # the slider jumps to the end: the last step is the leaf x, with dz/dx in the panel
    widget.locator("input.am-gw-slider").fill(str(steps))
    s_end = stepped("x")
    assert s_end["nextDisabled"] and not s_end["prevDisabled"], s_end
    assert plain(page.evaluate(PANEL_JS, handle)["rows"]["gradient"]) == DZ_DX
    lab.screenshot(f"{tag}-step-end", widget)

    # and ◀ goes back one step, to y
    assert steps == 3, f"z = sin(x**2) should take 3 backward steps, the widget has {steps}"
    prev_btn.click()
    s_back = stepped("y")
    assert s_back["status"].startswith("step 2/3"), s_back
    lab.mark(f"{tag}: stepped")
    return {"labels": labels, "steps": steps}


def test_torch_chapter_10_01(lab):
    _require(PACKAGE / "magic" / "__init__.py", "the %%autograd magic")
    src = chapter_notebook()
    if src is not None:
        nb = lab.copy_notebook(src)
        index = autograd_cell_index(lab.server.root / nb, "tr.sin(y)")
    else:  # the chapter notebook is not written yet: the same example on its own
        nb = lab.write_notebook(
            "torch_example.ipynb",
            ["import autograd_magic.torch as tr", "%load_ext autograd_magic", TORCH_CELL],
        )
        index = 2
    lab.open(nb)
    lab.run_all()
    cell = lab.cell(index)
    check_autograd_cell(lab, cell, "torch")
    lab.screenshot("torch-page")
    lab.assert_no_console_errors()


def test_tensorflow_style_cell(lab):
    _require(PACKAGE / "magic" / "__init__.py", "the %%autograd magic")
    _require(PACKAGE / "tf" / "__init__.py", "the TensorFlow-like front end")
    nb = lab.write_notebook(
        "tf_example.ipynb",
        [
            "import autograd_magic.tf as tf",
            "%load_ext autograd_magic",
            TF_CELL,
            "print(dz_dx)",
            KERNEL_SIDE_CELL,
        ],
    )
    lab.open(nb)
    lab.run_all()
    # the cell itself ran as without the magic: dz_dx is TensorFlow's float32 -5.4667816
    printed = plain(lab.cell(3).locator(".jp-OutputArea-output").inner_text())
    number = re.search(r"tf\.Tensor\((-?[0-9.]+)", printed)
    assert number and f"{float(number.group(1)):.4f}" == DZ_DX, printed
    cell = lab.cell(2)
    seen = check_autograd_cell(lab, cell, "tf")
    lab.screenshot("tf-page")

    # What the buttons did reached the kernel's widget: run the last cell again (shift-enter).
    last = lab.cell(4)
    last.locator(".jp-InputPrompt").click()
    lab.page.keyboard.press("Shift+Enter")
    want = f"kernel: step=2 selected={seen['labels']['y']}"
    lab.page.wait_for_function(
        "([cell, want]) => cell.querySelector('.jp-OutputArea-output')"
        " && cell.querySelector('.jp-OutputArea-output').textContent.includes(want)",
        arg=[last.element_handle(), want],
        timeout=15_000,
    )
    lab.assert_no_console_errors()


def test_real_torch_cell(lab):
    """The same cell on the real PyTorch (when installed): the same views, torch's names."""
    _require(PACKAGE / "magic" / "real_torch.py", "the real-PyTorch capture")
    pytest.importorskip("torch")
    nb = lab.write_notebook(
        "real_torch_example.ipynb", ["import torch as tr", "%load_ext autograd_magic", TORCH_CELL]
    )
    lab.open(nb)
    lab.run_all()
    cell = lab.cell(2)
    check_autograd_cell(lab, cell, "real-torch")
    assert "PowBackward0" in cell.locator(".am-gradient-table").inner_text()
    lab.screenshot("real-torch-page")
    lab.assert_no_console_errors()
