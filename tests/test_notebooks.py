"""The chapter notebooks, checked without a kernel (nbval runs them; see scripts/test.sh).

- each notebook is its source (``notebooks/src``) built and executed by scripts/build_notebooks.py,
  with stable ids and metadata, stored outputs, no errors and nothing on stderr;
- every code cell of the lecture notes (``shared/reference``) is in its section's notebook, in
  order, with only the import swapped, and its stored output is what the real library printed.
"""

from __future__ import annotations

import importlib.util
import json
import pathlib
import re

import pytest
from shared_paths import ROOT, SHARED_REFERENCE

NOTEBOOKS = ROOT / "notebooks"
SOURCES = NOTEBOOKS / "src"
NAMES = sorted(p.stem for p in SOURCES.glob("*.py"))

FRONT_ENDS = {
    "import torch as tr": "import autograd_magic.torch as tr",
    "import tensorflow as tf": "import autograd_magic.tf as tf",
}
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def _load_build_script():
    spec = importlib.util.spec_from_file_location(
        "build_notebooks", ROOT / "scripts" / "build_notebooks.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _load_build_script()


def load(name: str) -> dict:
    return json.loads((NOTEBOOKS / f"{name}.ipynb").read_text(encoding="utf-8"))


def text(value: str | list[str]) -> str:
    return value if isinstance(value, str) else "".join(value)


def code_cells(nb: dict) -> list[dict]:
    return [c for c in nb["cells"] if c["cell_type"] == "code"]


def stdout_of(cell: dict) -> str:
    return "".join(text(o["text"]) for o in cell["outputs"] if o.get("name") == "stdout")


# ---- the notebooks as built ----


def test_sources_and_notebooks_pair_up():
    assert len(NAMES) >= 8
    built = sorted(p.stem for p in NOTEBOOKS.glob("*.ipynb"))
    assert built == NAMES, "every notebooks/src/NAME.py has a built notebooks/NAME.ipynb"


def test_readme_lists_every_notebook():
    index = (NOTEBOOKS / "README.md").read_text(encoding="utf-8")
    for name in NAMES:
        assert f"({name}.ipynb)" in index, f"notebooks/README.md does not link {name}.ipynb"


@pytest.mark.parametrize("name", NAMES)
def test_notebook_is_its_source(name):
    """Editing a source without rebuilding (or editing a notebook by hand) fails here."""
    cells = build.parse_source((SOURCES / f"{name}.py").read_text(encoding="utf-8"))
    nb = load(name)
    assert [(c["cell_type"], text(c["source"])) for c in nb["cells"]] == cells


@pytest.mark.parametrize("name", NAMES)
def test_ids_and_metadata_are_stable(name):
    nb = load(name)
    assert (nb["nbformat"], nb["nbformat_minor"]) == (4, build.NBFORMAT_MINOR)
    assert nb["metadata"] == {"kernelspec": build.KERNELSPEC, "language_info": build.LANGUAGE_INFO}
    assert [c["id"] for c in nb["cells"]] == [build.cell_id(i) for i in range(len(nb["cells"]))]
    assert all(c["metadata"] == {} for c in nb["cells"]), "no timings or other per-run metadata"


@pytest.mark.parametrize("name", NAMES)
def test_outputs_are_stored_and_clean(name):
    cells = code_cells(load(name))
    counts = [c["execution_count"] for c in cells]
    assert counts == list(range(1, len(cells) + 1)), "executed once, top to bottom"
    assert any(c["outputs"] for c in cells)
    for cell in cells:
        source = text(cell["source"])
        assert "NBVAL_IGNORE_OUTPUT" not in source and "NBVAL_SKIP" not in source
        for out in cell["outputs"]:
            assert out["output_type"] != "error", source
            assert out.get("name") != "stderr", f"stderr (per-run paths, warnings) in: {source}"
            assert WIDGET_VIEW not in out.get("data", {}), "live widget views are not stored"
            shown = text(out.get("data", {}).get("text/plain", ""))
            assert "could not show this cell" not in shown, f"%%autograd failed: {shown}"


@pytest.mark.parametrize("name", NAMES)
def test_runs_without_the_real_libraries(name):
    for cell in code_cells(load(name)):
        for line in text(cell["source"]).splitlines():
            assert not re.match(r"\s*(import|from)\s+(torch|tensorflow)\b", line), line


@pytest.mark.parametrize("name", NAMES)
def test_has_a_try_it_exercise_with_a_check(name):
    nb = load(name)
    assert any(
        "## Try it" in text(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown"
    )
    checks = [c for c in code_cells(nb) if "assert " in text(c["source"])]
    assert checks and all("Your turn" in stdout_of(c) for c in checks)


# ---- the lecture notes' cells ----

REFERENCES = sorted(p.stem for p in SHARED_REFERENCE.glob("1[01]_*.py"))
WARNING_LINE = re.compile(
    r"^<PATH>/[^:]+:\d+: (?P<warning>\w*Warning: .*?)(?: \(Triggered internally at .*)?$"
)


def notebook_for(reference: str) -> str:
    """``10_01_c`` -> the 10.01 notebook; the chapter's imports cell (``10_00``) opens 10.01."""
    section = "10_01" if reference.startswith("10_00") else reference[:5]
    (name,) = [n for n in NAMES if n.startswith(section + "_")]
    return name


def reference_cell(path: pathlib.Path) -> str:
    """The notes' cell in a recorded program, imports swapped and front-end imports left out.

    The program is a header comment, then either the cell itself or a prelude (earlier cells)
    and the cell after a ``# ---- cell`` line. Front-end imports are compared apart: a recording
    adds one where the notes' cell relied on an earlier cell's import.
    """
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    starts = [i for i, line in enumerate(lines) if line.startswith("# ---- cell")]
    if starts:
        lines = lines[starts[-1] + 1 :]
    return without_front_end_imports("\n".join(lines))


def without_front_end_imports(source: str) -> str:
    for real, ours in FRONT_ENDS.items():
        source = source.replace(real, ours)
    lines = [line.rstrip() for line in source.splitlines() if line not in FRONT_ENDS.values()]
    return "\n".join(lines).strip("\n")


def test_every_reference_cell_has_a_notebook(shared_reference):
    assert REFERENCES, "no reference cells found"
    for ref in REFERENCES:
        notebook_for(ref)


@pytest.mark.parametrize("name", NAMES)
def test_reference_cells_in_order_with_their_outputs(shared_reference, name):
    refs = [r for r in REFERENCES if notebook_for(r) == name]
    cells = code_cells(load(name))
    stripped = [without_front_end_imports(text(c["source"])) for c in cells]
    position = -1
    for ref in refs:
        path = shared_reference / f"{ref}.py"
        want = reference_cell(path)
        later = [i for i in range(position + 1, len(cells)) if stripped[i] == want]
        assert later, f"{ref}: the notes' cell is not in {name} (after the previous one):\n{want}"
        position = later[0]
        cell = cells[position]

        # the front ends it uses were imported by then
        for real, ours in FRONT_ENDS.items():
            if real in path.read_text(encoding="utf-8"):
                assert any(ours in text(c["source"]) for c in cells[: position + 1]), (ref, ours)

        # what it printed: the recorded stdout, plus visible warnings in place of stderr
        printed = stdout_of(cell).splitlines()
        warnings = [line for line in printed if re.match(r"\w*Warning: ", line)]
        printed = [line for line in printed if line not in warnings]
        assert printed == (shared_reference / f"{ref}.out").read_text().splitlines(), ref
        recorded_err = (shared_reference / f"{ref}.err").read_text().splitlines()
        expected_warnings = [m["warning"] for m in map(WARNING_LINE.match, recorded_err) if m]
        assert warnings == expected_warnings, ref

        # its Out[n], if the notes' cell ends in an expression
        results = [o for o in cell["outputs"] if o["output_type"] == "execute_result"]
        display = shared_reference / f"{ref}.display"
        if display.exists():
            assert len(results) == 1, ref
            assert text(results[0]["data"]["text/plain"]) == display.read_text().rstrip("\n")
        else:
            assert not results, ref
