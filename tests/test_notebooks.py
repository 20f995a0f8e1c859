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
    source = build.read_source(SOURCES / f"{name}.py")
    nb = load(name)
    assert [(c["cell_type"], text(c["source"]), c["metadata"]) for c in nb["cells"]] == [
        (c.cell_type, c.source, dict(c.metadata)) for c in source.cells
    ]


@pytest.mark.parametrize("name", NAMES)
def test_ids_and_metadata_are_stable(name):
    nb = load(name)
    assert (nb["nbformat"], nb["nbformat_minor"]) == (4, build.NBFORMAT_MINOR)
    assert nb["metadata"] == {"kernelspec": build.KERNELSPEC, "language_info": build.LANGUAGE_INFO}
    assert [c["id"] for c in nb["cells"]] == [build.cell_id(i) for i in range(len(nb["cells"]))]
    for cell in nb["cells"]:  # no timings or other per-run metadata, only what a source sets
        assert set(cell["metadata"]) <= set(build.KEPT_CELL_METADATA), cell["metadata"]


@pytest.mark.parametrize("name", NAMES)
def test_build_plumbing_is_hidden(name):
    """Warning display and SVG determinism live in a collapsed setup cell, not in the lesson."""
    plumbing = ("warnings.showwarning", "svg.hashsalt", '"Date": None')
    for cell in load(name)["cells"]:
        source = text(cell["source"])
        if cell["cell_type"] == "markdown":
            assert "hashsalt" not in source and "showwarning" not in source
        elif any(word in source for word in plumbing):
            assert cell["metadata"] == {"jupyter": {"source_hidden": True}}, source
            assert not cell["outputs"], "a setup cell shows nothing"


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
    """Each notebook ends with an exercise whose check (autograd_magic.exercises) prints a hint."""
    nb = load(name)
    assert any(
        "## Try it" in text(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown"
    )
    checks = [
        c for c in code_cells(nb) if "from autograd_magic.exercises import" in text(c["source"])
    ]
    assert len(checks) == 1
    printed = stdout_of(checks[0])
    # the placeholder asks for an answer; 13's exercise is a broken loop to repair
    assert printed.startswith("Not quite: " if name.startswith("13") else "Your turn: "), printed
    assert "assert " not in text(checks[0]["source"]), "a check prints a hint, it never raises"


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


# ---- what the notebooks teach: corrected statements, each shown by a cell's output ----

FALSE_STATEMENTS = [  # wordings that taught something untrue; none may come back
    "nobody computed it, you created it",  # leaves also include untracked results
    "back to the leaves and stores",  # backward adds into .grad
    "gets its total gradient simply by",  # uses within one graph need one pass
    "which does the same for all",  # zero_grad() sets None, zero_() writes zeros
    "holds the\nsame values as `x`",  # detach shares memory
    "several gradients from the same recording",  # one call takes several sources
]


@pytest.mark.parametrize("name", NAMES)
def test_no_false_statement_remains(name):
    prose = "\n".join(
        text(c["source"]) for c in load(name)["cells"] if c["cell_type"] == "markdown"
    )
    for statement in FALSE_STATEMENTS:
        assert statement not in prose, statement


def cell_printing(name: str, snippet: str) -> str:
    """The stdout of the one code cell of ``name`` whose source contains ``snippet``."""
    (cell,) = [c for c in code_cells(load(name)) if snippet in text(c["source"])]
    return stdout_of(cell)


def result_of(name: str, snippet: str) -> str:
    """The Out[n] text of the one code cell of ``name`` whose source contains ``snippet``."""
    (cell,) = [c for c in code_cells(load(name)) if snippet in text(c["source"])]
    (out,) = [o for o in cell["outputs"] if o["output_type"] == "execute_result"]
    return text(out["data"]["text/plain"])


DEMONSTRATIONS = [  # (notebook prefix, a line of the cell, what it prints: real PyTorch/TF 2.x)
    ("10_01", "d = c * 3", "True False True True\nNone False\n"),
    ("10_03", "optimizer.zero_grad()\nprint", "tensor(4.)\nNone\ntensor(0.)\n"),
    ("10_03", "y = w*w + 3*w\ny.backward()", "tensor(7.)\n"),
    (
        "10_04",
        "z[0] = 5.0",
        "tensor([5., 2., 3.])\ntensor([5., 2., 3.], requires_grad=True)\n",
    ),
    (
        "10_04",
        "copy = x.detach().clone()",
        "tensor([5., 2., 3.], grad_fn=<CloneBackward0>)\ntensor([5., 7., 3.])\n"
        "tensor([5., 2., 3.], requires_grad=True)\n",
    ),
    (
        "11_01",
        "dz_dy, dz_dx = tape.gradient(z, [y, x])",
        "tf.Tensor(-0.91113025, shape=(), dtype=float32)\n"
        "tf.Tensor(-5.4667816, shape=(), dtype=float32)\n",
    ),
    (
        "11_02",
        "z = x * tf.reduce_sum(x)",
        "tf.Tensor(\n[[7. 1. 1.]\n [2. 8. 2.]\n [3. 3. 9.]], shape=(3, 3), dtype=float32)\n"
        "tape.gradient(z, x):  tf.Tensor([12. 12. 12.], shape=(3,), dtype=float32)\n"
        "column sums:          [12. 12. 12.]\ndiagonal dz[i]/dx[i]: [7. 8. 9.]\n",
    ),
    (
        "11_03",
        "y_pt.backward(retain_graph=True)",
        "RuntimeError: Trying to backward through the graph a second time",
    ),
    ("11_03", "y_pt.backward(retain_graph=True)", "retain_graph=True: tensor(12.)\n"),
    ("11_03", 'print("PyTorch:   ", tr.autograd.grad', "(tensor(-0.9111), tensor(-5.4668))\n"),
    ("11_03", 'print("PyTorch:   ", tr.autograd.grad', "x_pt.grad:  None\n"),
    ("11_03", "x_tf.assign_sub(0.25 * gradient)", "numpy=1.5>\n"),
    ("12", "b.requires_grad_(False)", "tensor(2.4719, requires_grad=True)\ntensor(0.) None\n"),
]


@pytest.mark.parametrize(("prefix", "snippet", "printed"), DEMONSTRATIONS)
def test_each_correction_is_shown_by_a_cell(prefix, snippet, printed):
    (name,) = [n for n in NAMES if n.startswith(prefix)]
    assert printed in cell_printing(name, snippet)


def test_backward_adds_into_grad_in_10_01():
    name = next(n for n in NAMES if n.startswith("10_01"))
    assert result_of(name, "y.backward() # needs to be run") == "tensor(6.)"
    assert result_of(name, "y = x**2\ny.backward()\nx.grad") == "tensor(12.)"


MISTAKES = [  # notebook 13: each mistake run, with the real error or wrong result it gives
    ("w -= 0.1 * w.grad\nexcept", "RuntimeError: a leaf Variable that requires grad is being"),
    ("w = w - 0.1 * w.grad\nprint(w)", "tensor(1.8000, grad_fn=<SubBackward0>)\nleaf? False\n"),
    ("gradient = w.grad", "None\nTypeError: unsupported operand type(s) for *: 'float' and"),
    ("without_clearing = train", "without zero_grad():  9.000  5.760  1.742  0.001  1.858  5.904"),
    ("loss.backward()\ntry:\n    loss.backward()", "RuntimeError: Trying to backward through"),
    ("losses.backward()", "RuntimeError: grad can be implicitly created only for scalar outputs"),
    ("is w a Variable?", "step 1: is w a Variable? False   gradient None\nTypeError: "),
    ("w.assign_sub(0.1 * gradient)", "step 2: gradient 1.2800   w 1.5120\n"),
    ("dz_dy = tape.gradient(z, y)\nexcept", "RuntimeError: A non-persistent GradientTape can"),
    ("history.append(loss)\n", "RuntimeError: Can't call numpy() on Tensor that requires grad."),
    ("history.append(loss.item())", "[9.0, 5.760000228881836, 3.6863999366760254]\n"),
]


@pytest.mark.parametrize(("snippet", "printed"), MISTAKES)
def test_common_mistakes_are_run(snippet, printed):
    assert printed in cell_printing("13_common_mistakes", snippet)


def test_finite_difference_column_explained_once_where_it_first_appears():
    explained = []
    for name in NAMES:
        cells = load(name)["cells"]
        for i, cell in enumerate(cells):
            words = " ".join(text(cell["source"]).replace("*", "").split())
            if cell["cell_type"] == "markdown" and "finite difference" in words:
                explained.append((name, i))
    first = NAMES[0]
    first_table = next(
        i
        for i, c in enumerate(load(first)["cells"])
        if c["cell_type"] == "code" and text(c["source"]).startswith("%%autograd")
    )
    assert explained == [(first, first_table - 1)], explained
