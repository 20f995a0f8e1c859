"""``%%autograd`` past one-line scalars, looked at in JupyterLab at 1366×900 (file browser open).

- 10.02's vector cell, chapter 12's training-step cell and a two-layer network: the graph's
  label text is at least 10 px high on screen (median) and 8 px (smallest), and the gradient
  table does not overflow its output area sideways;
- a notebook stored with its outputs and opened without running it (so JupyterLab does not
  trust it) still shows the graph and the plot as pictures, not a sanitised text jumble;
- a cell that calls ``backward()`` twice shows its graph, an explanation naming
  ``retain_graph`` and a traceback without the magic's frames.

Screenshots land in ``tests/e2e/artifacts/``.
"""

from __future__ import annotations

import pathlib
import statistics
from typing import Any

import pytest

pytestmark = pytest.mark.e2e

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
VIEWPORT = {"width": 1366, "height": 900}

SETUP = "import autograd_magic.torch as tr\nimport numpy as np\n%load_ext autograd_magic"

VECTOR_CELL = """\
%%autograd
x = tr.tensor(np.linspace(0, 3.0, 20), dtype=tr.float32, requires_grad=True)
y = x**2
z = tr.sin(y)
total = z.sum()"""

TRAINING_DATA = """\
x_values = np.linspace(-1, 1, 20, dtype=np.float32)
y_values = (2.5 * x_values - 0.8 + 0.2 * np.sin(7 * x_values)).astype(np.float32)
x_data = tr.tensor(x_values)
y_data = tr.tensor(y_values)

def mse(w, b):
    prediction = w * x_data + b
    return ((prediction - y_data)**2).mean()"""

TRAINING_CELL = """\
%%autograd --range=-1:5
w = tr.tensor(0.0, requires_grad=True)
b = tr.tensor(0.0, requires_grad=True)
loss = mse(w, b)"""

NETWORK_CELL = """\
%%autograd
tr.manual_seed(0)
X = tr.randn(8, 3)
target = tr.randn(8, 1)
W1 = tr.randn(3, 4, requires_grad=True)
b1 = tr.zeros(4, requires_grad=True)
W2 = tr.randn(4, 1, requires_grad=True)
b2 = tr.zeros(1, requires_grad=True)
h = tr.relu(X @ W1 + b1)
out = h @ W2 + b2
loss = ((out - target)**2).mean()
loss.backward()"""

# How many graph widgets the kernel holds (re-running a cell must not add one).
LIVE_WIDGETS_CELL = """\
import warnings
import ipywidgets
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    live = [w for w in ipywidgets.Widget.widgets.values() if type(w).__name__ == "InteractiveGraph"]
print("live graph widgets:", len(live))"""

TWICE_CELL = """\
%%autograd
x = tr.tensor(3.0, requires_grad=True)
y = x**2
z = tr.sin(y)
z.backward()
z.backward()"""

# Heights on screen of the graph's label text (widget or static picture), in CSS px.
LABELS_JS = """(cell) => {
  const svg = cell.querySelector('.am-gw-graph svg.am-graph');
  if (!svg) return null;
  return [...svg.querySelectorAll('text')]
    .filter((t) => t.textContent.trim())
    .map((t) => t.getBoundingClientRect().height);
}"""

# Sideways overflow of the gradient table: its right edge against its output area's.
TABLE_FIT_JS = """(cell) => {
  const t = cell.querySelector('.am-gradient-table table');
  const area = cell.querySelector('.jp-OutputArea');
  const out = t.closest('.jp-OutputArea-output');
  return {
    tableRight: t.getBoundingClientRect().right,
    areaRight: area.getBoundingClientRect().right,
    scroll: out.scrollWidth - out.clientWidth,
    areaWidth: area.getBoundingClientRect().width,
    daggersShown: [...t.querySelectorAll('td')].filter((d) => d.textContent.includes('\u2020'))
      .every((d) => d.getBoundingClientRect().right <= area.getBoundingClientRect().right + 1),
  };
}"""

PICTURES_JS = """(cell) => ({
  imgs: [...cell.querySelectorAll('.jp-OutputArea-output img')].map((i) => ({
    ok: i.complete && i.naturalWidth > 0, w: i.getBoundingClientRect().width,
    h: i.getBoundingClientRect().height, src: i.getAttribute('src').slice(0, 22),
  })),
  text: cell.querySelector('.jp-OutputArea').innerText,
})"""


def at_laptop_size(lab: Any) -> None:
    """1366×900 with the file browser open (the output area is then about 900 px wide)."""
    page = lab.page
    page.set_viewport_size(VIEWPORT)
    browser = page.locator("#filebrowser")
    if not browser.is_visible():
        page.locator('.jp-SideBar [data-id="filebrowser"]').first.click()
        browser.wait_for(state="visible")


def run_and_wait(lab: Any, cells: int) -> None:
    """Run All, then wait until every code cell has an execution count (errors allowed)."""
    page = lab.page
    page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell .jp-InputPrompt").first.click()
    page.locator(".lm-MenuBar-item", has_text="Run").first.click()
    page.locator(".lm-Menu-item:not(.lm-mod-disabled)", has_text="Run All Cells").first.click()
    page.wait_for_function(
        """(n) => { const p = [...document.querySelectorAll(
          '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell .jp-InputPrompt')]
          .map((e) => e.textContent.trim());
          return p.length >= n && p.slice(0, n).every((t) => /^\\[\\d+\\]:$/.test(t)); }""",
        arg=cells,
        timeout=120_000,
    )


PROMPT_JS = "(c) => c.querySelector('.jp-InputPrompt').textContent.trim()"


def rerun(lab: Any, index: int) -> None:
    """Run one cell again (Shift+Enter) and wait until it has a new execution count."""
    cell = lab.cell(index)
    before = lab.page.evaluate(PROMPT_JS, cell.element_handle())
    cell.locator(".jp-InputPrompt").click()
    lab.page.keyboard.press("Shift+Enter")
    lab.page.wait_for_function(
        "([c, old]) => { const p = c.querySelector('.jp-InputPrompt').textContent.trim();"
        " return p !== old && /^\\[\\d+\\]:$/.test(p); }",
        arg=[cell.element_handle(), before],
        timeout=60_000,
    )


def check_readable(lab: Any, index: int, tag: str) -> dict[str, Any]:
    cell = lab.cell(index)
    handle = cell.element_handle()
    cell.locator(".am-gw .am-gw-graph svg.am-graph").first.wait_for(timeout=30_000)
    heights = lab.page.evaluate(LABELS_JS, handle)
    assert heights, f"{tag}: no label text in the graph"
    median, smallest = statistics.median(heights), min(heights)
    fit = lab.page.evaluate(TABLE_FIT_JS, handle)
    cell.scroll_into_view_if_needed()
    lab.screenshot(f"{tag}-cell", cell)
    lab.screenshot(f"{tag}-graph", cell.locator(".am-gw").first)
    lab.screenshot(f"{tag}-table", cell.locator(".am-gradient-table").first)
    assert median >= 10, f"{tag}: median label height {median:.1f} px"
    assert smallest >= 8, f"{tag}: smallest label height {smallest:.1f} px"
    assert fit["tableRight"] <= fit["areaRight"] + 1 and fit["scroll"] <= 1, f"{tag}: {fit}"
    assert fit["daggersShown"], f"{tag}: a footnote mark is outside the output area"
    return {"median": median, "min": smallest, **fit}


def test_vector_training_and_network_cells_are_readable(lab):
    nb = lab.write_notebook(
        "readable.ipynb",
        [SETUP, VECTOR_CELL, TRAINING_DATA, TRAINING_CELL, NETWORK_CELL, LIVE_WIDGETS_CELL],
    )
    lab.open(nb)
    at_laptop_size(lab)
    run_and_wait(lab, 6)
    assert "live graph widgets: 3" in lab.cell(5).inner_text()
    seen = {}
    for index, tag in ((1, "vector-10_02"), (3, "training-12"), (4, "network")):
        seen[tag] = check_readable(lab, index, tag)
    (ROOT / "tests" / "e2e" / "artifacts" / "readable-measures.txt").write_text(
        "\n".join(f"{k}: {v}" for k, v in seen.items()) + "\n"
    )
    # "fit" shrinks the tall network graph, but never below readable labels
    cell = lab.cell(4)
    cell.locator(".am-gw-fit").first.click()
    fitted = lab.page.evaluate(LABELS_JS, cell.element_handle())
    lab.screenshot("network-graph-fit", cell.locator(".am-gw").first)
    assert min(fitted) >= 8 and statistics.median(fitted) >= 10, sorted(fitted)[:5]
    assert statistics.median(fitted) < seen["network"]["median"]  # it did zoom out
    # the network's plot is the loss along the negative gradient, never against b1
    plot = lab.cell(4).locator(".jp-RenderedSVG").last
    plot.scroll_into_view_if_needed()
    lab.screenshot("network-plot", plot)

    # re-running the network cell closes the widget its first run made
    rerun(lab, 4)
    lab.cell(4).locator(".am-gw .am-gw-graph svg.am-graph").first.wait_for(timeout=30_000)
    rerun(lab, 5)
    assert "live graph widgets: 3" in lab.cell(5).inner_text(), lab.cell(5).inner_text()
    lab.assert_no_console_errors()


def test_stored_notebook_opened_unrun_shows_its_pictures(lab, tmp_path):
    import nbclient
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell(SETUP),
        nbformat.v4.new_code_cell(VECTOR_CELL),
        nbformat.v4.new_code_cell(VECTOR_CELL.replace("%%autograd", "%%autograd --no-widget")),
    ]
    nb.metadata["kernelspec"] = {
        "display_name": "Python 3 (ipykernel)",
        "language": "python",
        "name": "python3",
    }
    env_root = str(ROOT)
    import os

    old = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = env_root + (os.pathsep + old if old else "")
    try:
        nbclient.NotebookClient(nb, timeout=120, kernel_name="python3").execute(cwd=str(tmp_path))
    finally:
        if old is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = old
    nb.metadata.pop("widgets", None)  # as saved without widget state
    nbformat.write(nb, lab.server.root / "stored.ipynb")  # unsigned: JupyterLab won't trust it
    lab.open("stored.ipynb")
    at_laptop_size(lab)
    for index, tag in ((1, "unrun-widget-cell"), (2, "unrun-static-cell")):
        cell = lab.cell(index)
        handle = cell.element_handle()
        lab.page.wait_for_function(
            "(c) => [...c.querySelectorAll('.jp-OutputArea-output img')].length >= 2"
            " && [...c.querySelectorAll('.jp-OutputArea-output img')].every("
            "(i) => i.complete && i.naturalWidth > 0)",
            arg=handle,
            timeout=20_000,
        )
        seen = lab.page.evaluate(PICTURES_JS, handle)
        lab.screenshot(tag, cell)
        sources = sorted(i["src"] for i in seen["imgs"])
        assert any(s.startswith("data:image/svg+xml") for s in sources), seen  # the graph
        assert any(s.startswith("data:image/png") for s in sources), seen  # the plot
        assert all(i["ok"] and i["w"] > 100 and i["h"] > 50 for i in seen["imgs"]), seen
        assert "DerivativePlot(" not in seen["text"], seen["text"][:300]
        assert "operand 0" not in seen["text"], seen["text"][:300]  # no sanitised SVG text
        assert "gradient of total" in seen["text"]  # the table survives as it did


def test_backward_twice_is_explained_in_place(lab):
    nb = lab.write_notebook("twice.ipynb", [SETUP, TWICE_CELL, "print('after')"])
    lab.open(nb)
    at_laptop_size(lab)
    page = lab.page
    page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell .jp-InputPrompt").first.click()
    page.locator(".lm-MenuBar-item", has_text="Run").first.click()
    page.locator(".lm-Menu-item:not(.lm-mod-disabled)", has_text="Run All Cells").first.click()
    cell = lab.cell(1)
    handle = cell.element_handle()
    page.wait_for_function(
        "(c) => c.querySelector('.jp-OutputArea-output[data-mime-type="
        '"application/vnd.jupyter.stderr"]\')',
        arg=handle,
        timeout=60_000,
    )
    cell.locator(".am-gw .am-gw-graph svg.am-graph").first.wait_for(timeout=20_000)
    text = cell.locator(".jp-OutputArea").inner_text()
    lab.screenshot("twice-cell", cell)
    assert "retain_graph=True" in text and "What went wrong" in text, text[:800]
    error = cell.locator(
        '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'
    ).inner_text()
    assert "RuntimeError" in error and "z.backward()" in error, error
    assert "run_cell_magic" not in error and "autograd_magic" not in error, error
    assert "skipping hidden" not in error, error
    # "Run All" stopped at the failing cell: the next one did not run
    assert lab.cell(2).locator(".jp-OutputArea").inner_text().strip() == ""


CHAPTERS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def _picture_cells(nb: Any) -> list[int]:
    """Positions of the cells whose stored outputs hold a picture (SVG or PNG)."""
    found = []
    for index, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            if "image/svg+xml" in data or "image/png" in data:
                found.append(index)
                break
    return found


@pytest.mark.parametrize("chapter", CHAPTERS, ids=[p.stem for p in CHAPTERS])
def test_chapter_notebook_opened_unrun_shows_every_picture(lab, chapter):
    """The stored chapter notebook as a student downloads it: not run, so not trusted."""
    import shutil

    import nbformat

    nb = nbformat.read(chapter, as_version=4)
    cells = _picture_cells(nb)
    assert cells, f"{chapter.name} stores no picture"
    shutil.copy(chapter, lab.server.root / chapter.name)
    lab.open(chapter.name)
    at_laptop_size(lab)
    for n, index in enumerate(cells):
        cell = lab.cell(index)
        handle = cell.element_handle()
        lab.page.wait_for_function(
            "(c) => { const i = [...c.querySelectorAll('.jp-OutputArea-output img')];"
            " return i.length >= 1 && i.every((x) => x.complete && x.naturalWidth > 0); }",
            arg=handle,
            timeout=20_000,
        )
        seen = lab.page.evaluate(PICTURES_JS, handle)
        if n == 0:
            lab.screenshot(f"{chapter.stem}-unrun", cell)
        assert all(i["ok"] and i["w"] > 50 and i["h"] > 20 for i in seen["imgs"]), seen
        for placeholder in ("DerivativePlot(", "GraphPicture(", "InteractiveGraph(", "operand 0"):
            assert placeholder not in seen["text"], (index, seen["text"][:300])
    lab.close_notebooks()
