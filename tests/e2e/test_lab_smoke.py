"""The browser stack itself: JupyterLab answers, a notebook opens, cells run, widgets render.

If this fails, the problem is the environment (server, kernel, browser, widget manager), not
autograd_magic; if it passes and the magic tests fail, look at the magic and its widget.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.e2e

NOTEBOOK = ".jp-NotebookPanel:not(.lm-mod-hidden)"

ANYWIDGET_CELL = '''\
import anywidget, traitlets

class Probe(anywidget.AnyWidget):
    _esm = """
    function render({ model, el }) {
      const b = document.createElement("button");
      b.className = "e2e-probe";
      const draw = () => { b.textContent = "clicks " + model.get("n"); };
      b.addEventListener("click", () => {
        model.set("n", model.get("n") + 1);
        model.save_changes();
      });
      model.on("change:n", draw);
      draw();
      el.append(b);
    }
    export default { render };
    """
    n = traitlets.Int(0).tag(sync=True)

probe = Probe()
probe
'''


def test_plain_cell_and_widgets_run(lab):
    nb = lab.write_notebook(
        "smoke.ipynb",
        [
            "print(6 * 7)",
            "import ipywidgets\nipywidgets.IntSlider(value=3, description='slider')",
            ANYWIDGET_CELL,
            "print('kernel sees', probe.n)",
        ],
    )
    lab.open(nb)
    lab.run_all()
    page = lab.page
    panel = page.locator(NOTEBOOK)

    assert lab.cell(0).locator(".jp-OutputArea-output").inner_text().strip() == "42"

    # The widget manager works: a core widget and an anywidget render and talk to the kernel.
    panel.locator(".widget-slider").first.wait_for()
    probe = panel.locator("button.e2e-probe")
    probe.wait_for()
    assert probe.inner_text() == "clicks 0"
    probe.click()
    probe.click()
    page.wait_for_function(
        "() => document.querySelector('button.e2e-probe').textContent === 'clicks 2'"
    )
    text = panel.inner_text()
    assert "Error displaying widget" not in text
    assert "Loading widget" not in text
    lab.screenshot("widgets")

    # The clicks reached the kernel: run the last cell again with shift-enter.
    last = lab.cell(3)
    last.locator(".jp-InputPrompt").click()
    page.keyboard.press("Shift+Enter")
    page.wait_for_function(
        "(cell) => (cell.querySelector('.jp-OutputArea-output') || {}).textContent"
        " === 'kernel sees 2\\n'",
        arg=last.element_handle(),
    )
    lab.assert_no_console_errors()
