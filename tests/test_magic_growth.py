"""Re-running a %%autograd cell closes its previous widgets; memory stays flat over 200 runs."""

from __future__ import annotations

import gc
import os
import warnings

import ipywidgets
import pytest
from IPython.core.interactiveshell import InteractiveShell
from IPython.testing.globalipapp import start_ipython
from IPython.utils.capture import capture_output

CELL = """%%autograd --no-plot
x = tr.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x**2
z = tr.sin(y).sum()
z.backward()
"""


@pytest.fixture(scope="module")
def ip():
    shell = start_ipython() or InteractiveShell.instance()
    formatter = shell.display_formatter
    saved = formatter.active_types
    formatter.active_types = list(formatter.format_types)
    shell.run_line_magic("load_ext", "autograd_magic")
    shell.run_cell("import autograd_magic.torch as tr")
    yield shell
    formatter.active_types = saved


def run(ip) -> None:
    with capture_output():
        result = ip.run_cell(CELL, store_history=True)
    assert result.success


def test_rerunning_a_cell_closes_its_previous_widgets(ip):
    run(ip)
    first = [
        o for o in ip.magics_manager.registry["AutogradMagics"].last_outputs if hasattr(o, "comm")
    ]
    assert first and all(w.comm is not None for w in first)
    run(ip)
    assert all(w.comm is None for w in first)  # closed
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # Widget.widgets: still the registry
        live = [w for w in ipywidgets.Widget.widgets.values() if w in first]
    assert live == []  # unregistered: the kernel no longer holds them


def rss() -> int:
    """Resident memory of this process in bytes (Linux /proc)."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="needs Linux /proc")
def test_memory_is_flat_over_200_runs(ip):
    for _ in range(20):  # warm caches (imports, IPython's first outputs)
        run(ip)
    gc.collect()
    before = rss()
    for _ in range(200):
        run(ip)
    gc.collect()
    grown = rss() - before
    assert grown < 5 * 2**20, f"grew by {grown / 2**20:.2f} MB over 200 runs"
