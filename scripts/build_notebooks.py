#!/usr/bin/env python
"""Build the chapter notebooks from their readable sources and store executed outputs.

Each notebook has a source in ``notebooks/src/NAME.py`` in jupytext's percent format: cells
start with ``# %%``, markdown cells with ``# %% [markdown]`` and their lines are comments.
A marker may carry cell metadata, e.g. ``# %% jupyter={"source_hidden": true}`` for a setup
cell JupyterLab shows collapsed::

    # %% [markdown]
    # # A title
    # Some text.

    # %%
    x = 1 + 1
    x

The script turns every source into ``notebooks/NAME.ipynb``, runs it top to bottom in a fresh
``python3`` kernel (nbclient, working directory ``notebooks/``) and writes it so that two builds
give the same bytes, which is what lets nbval compare the stored outputs strictly:

- cell ids are fixed (``cell-00``, ``cell-01``, ... by position);
- no execution timestamps, no widget state, and the live widget view is dropped from the stored
  outputs (its model id is random); the widget's static SVG/HTML/text fallback stays;
- adjacent prints to the same stream are one output (the kernel splits a long-running cell's
  output wherever its flush timer happens to fire);
- fixed notebook metadata (kernelspec ``python3``, a language_info without a version), and of
  the cell metadata only what the source sets (``jupyter``, ``tags``).

A cell that raises stops the build and nothing is written for that notebook.

Usage::

    python scripts/build_notebooks.py            # every notebook
    python scripts/build_notebooks.py 10_01 12   # only sources whose name starts with these
    python scripts/build_notebooks.py --check    # build in memory, fail if a stored one differs
"""

from __future__ import annotations

import argparse
import pathlib
import sys
import time

import jupytext
import nbformat
from nbclient import NotebookClient

ROOT = pathlib.Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
SOURCES = NOTEBOOKS / "src"

NBFORMAT_MINOR = 5  # cell ids exist from 4.5 on
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
LANGUAGE_INFO = {
    "codemirror_mode": {"name": "ipython", "version": 3},
    "file_extension": ".py",
    "mimetype": "text/x-python",
    "name": "python",
    "nbconvert_exporter": "python",
    "pygments_lexer": "ipython3",
}
# Stored outputs keep what a static viewer and nbval can use; the live widget view points at a
# model (random id, state not stored) that exists only while the kernel runs.
DROPPED_MIME = ("application/vnd.jupyter.widget-view+json",)

# Cell metadata a source may set (``# %% jupyter={"source_hidden": true}``) and the notebook
# keeps; jupytext's own bookkeeping (blank lines between cells, ...) is dropped.
KEPT_CELL_METADATA = ("jupyter", "tags")


def cell_id(index: int) -> str:
    """The fixed id of the cell at ``index``."""
    return f"cell-{index:02d}"


def kept_metadata(metadata: dict) -> nbformat.NotebookNode:
    """The part of a cell's metadata that the built notebook stores."""
    return nbformat.from_dict({k: metadata[k] for k in KEPT_CELL_METADATA if k in metadata})


def notebook_metadata() -> nbformat.NotebookNode:
    return nbformat.from_dict({"kernelspec": KERNELSPEC, "language_info": LANGUAGE_INFO})


def read_source(source: pathlib.Path) -> nbformat.NotebookNode:
    """An unexecuted notebook from a percent-format source, with fixed ids and metadata."""
    cells = jupytext.read(source, fmt="py:percent").cells
    nb = nbformat.v4.new_notebook()
    nb.nbformat_minor = NBFORMAT_MINOR
    nb.metadata = notebook_metadata()
    for index, cell in enumerate(cells):
        if not cell.source.strip():
            raise ValueError(f"{source.name}: cell {index} ({cell.cell_type}) is empty")
        new = (
            nbformat.v4.new_markdown_cell
            if cell.cell_type == "markdown"
            else nbformat.v4.new_code_cell
        )
        nb.cells.append(new(cell.source, id=cell_id(index), metadata=kept_metadata(cell.metadata)))
    return nb


def execute(nb: nbformat.NotebookNode, timeout: int) -> None:
    """Run every cell in a fresh kernel, started in ``notebooks/`` as Jupyter would."""
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        allow_errors=False,
        record_timing=False,
        store_widget_state=False,
        resources={"metadata": {"path": str(NOTEBOOKS)}},
    )
    client.execute()


def normalize(nb: nbformat.NotebookNode) -> None:
    """Make the executed notebook byte-stable: metadata and outputs (the ids are already fixed)."""
    nb.metadata = notebook_metadata()  # the kernel reports its exact Python version
    for cell in nb.cells:
        cell.metadata = kept_metadata(cell.metadata)
        if cell.cell_type != "code":
            continue
        outputs: list[nbformat.NotebookNode] = []
        for output in cell.outputs:
            if "data" in output:
                for mime in DROPPED_MIME:
                    output.data.pop(mime, None)
                if not output.data:
                    continue
            previous = outputs[-1] if outputs else None
            if (
                output.output_type == "stream"
                and previous is not None
                and previous.output_type == "stream"
                and previous.name == output.name
            ):
                previous.text += output.text
                continue
            outputs.append(output)
        cell.outputs = outputs


def render(source: pathlib.Path, timeout: int) -> str:
    """The text of the executed notebook for ``source``."""
    nb = read_source(source)
    execute(nb, timeout)
    normalize(nb)
    nbformat.validate(nb)
    text = nbformat.writes(nb)
    return text if text.endswith("\n") else text + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("names", nargs="*", help="build only sources whose name starts with these")
    parser.add_argument("--check", action="store_true", help="write nothing; fail on a difference")
    parser.add_argument("--timeout", type=int, default=120, help="seconds allowed per cell")
    args = parser.parse_args(argv)

    sources = sorted(SOURCES.glob("*.py"))
    if args.names:
        sources = [s for s in sources if s.stem.startswith(tuple(args.names))]
    if not sources:
        print("no notebook sources matched", file=sys.stderr)
        return 2
    stale = []
    for source in sources:
        target = NOTEBOOKS / f"{source.stem}.ipynb"
        start = time.perf_counter()
        text = render(source, args.timeout)
        took = time.perf_counter() - start
        old = target.read_text(encoding="utf-8") if target.exists() else None
        if args.check:
            status = "up to date" if old == text else "DIFFERS"
            if old != text:
                stale.append(target.name)
        else:
            status = "unchanged" if old == text else "written"
            if old != text:
                target.write_text(text, encoding="utf-8", newline="\n")
        print(f"{target.relative_to(ROOT)}: {status} ({took:.1f} s)")
    if stale:
        print(f"stored notebooks differ from a fresh build: {', '.join(stale)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
