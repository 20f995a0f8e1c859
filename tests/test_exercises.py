"""The exercise checks: a hint for every reasonable answer, never a traceback.

The first part tests ``autograd_magic.exercises`` directly; the second runs each notebook's own
"Try it" check cell (from ``notebooks/src``) with the solution and with typical wrong answers.
"""

from __future__ import annotations

import contextlib
import io
import re
import warnings

import jupytext
import numpy as np
import pytest
from shared_paths import ROOT

import autograd_magic.tf as tf
import autograd_magic.torch as tr
from autograd_magic.exercises import (
    AnswerError,
    as_numbers,
    check_flags,
    check_formula,
    check_value,
    check_weights,
)

# ---- the checks themselves ----


@pytest.mark.parametrize(
    "answer",
    [
        18,
        18.0,
        np.float32(18),
        np.array(18),
        [18],
        tr.tensor(18.0),
        tr.tensor(18.0, requires_grad=True) * 1,
        tf.constant(18),
        tf.Variable(18.0),
    ],
    ids=repr,
)
def test_a_right_number_in_any_form_is_right(answer):
    assert check_value(answer, tr.tensor(18.0), hint="H").startswith("Well done! 18 is right")


@pytest.mark.parametrize(
    "answer",
    [
        [0, 4, 0],
        (0, 4, 0),
        np.array([0, 4, 0]),
        np.array([[0.0, 4.0, 0.0]]),
        tr.tensor([0, 4, 0]),
        tf.constant([0.0, 4.0, 0.0]),
    ],
    ids=repr,
)
def test_a_right_vector_in_any_form_is_right(answer):
    assert check_value(answer, np.array([0.0, 4.0, 0.0]), hint="H").startswith("Well done!")


def test_placeholder_wrong_value_and_known_mistakes():
    assert check_value(..., 1.0, hint="H").startswith("Your turn")
    assert check_value(2.5, 1.0, hint="H") == "Not quite: yours is 2.5, the right answer is 1. H"
    message = check_value(2.0, 1.0, hint="H", mistakes=[(2.0, "Twice too big.")])
    assert message == "Not quite: yours is 2, the right answer is 1. Twice too big."
    assert check_value(1.00001, 1.0, hint="H").startswith("Well done!")  # float32 rounding


@pytest.mark.parametrize(
    ("answer", "says"),
    [
        (None, "None"),
        ("18", "text '18'"),
        (b"18", "text"),
        (object(), "cannot be read as numbers"),
        ([1, [2, 3]], "cannot be read as numbers"),
        ({"x": 1}, "cannot be read as numbers"),
    ],
    ids=lambda v: type(v).__name__ if type(v) is object else repr(v),  # same on every run
)
def test_unreadable_answers_get_a_hint(answer, says):
    message = check_value(answer, 18.0, hint="H")
    assert message.startswith("Not quite: ") and says in message and message.endswith(" H")


def test_missing_reduction_and_wrong_size():
    message = check_value(np.ones(20), 0.5, hint="H", reduction_hint="Forgot .mean()?")
    assert message == (
        "Not quite: the answer is a single number, yours has 20 numbers. Forgot .mean()? H"
    )
    assert "has 3 numbers (shape (3,)), yours has 2" in check_value([1, 2], [1, 2, 3], hint="H")
    assert "yours has 1" in check_value(5, [1, 2, 3], hint="H")


def test_as_numbers_keeps_values_and_refuses_clearly():
    assert as_numbers(tr.tensor([1.0, 2.0], requires_grad=True)).tolist() == [1.0, 2.0]
    assert as_numbers([tr.tensor(1.0), 2]).tolist() == [1.0, 2.0]
    with pytest.raises(AnswerError, match="placeholder"):
        as_numbers(...)


def test_check_formula_calls_and_catches():
    assert check_formula(lambda x: ..., (1.0,), 2.0, hint="H").startswith("Your turn")
    assert check_formula(lambda x: 2 * x, (1.0,), 2.0, hint="H").startswith("Well done! 2")
    message = check_formula(lambda x: x / 0, (1,), 2.0, hint="H")
    assert message.startswith("Not quite: your function raised ZeroDivisionError: ")
    assert message.endswith(" H")
    assert check_formula(3.0, (1.0,), 2.0, hint="H").startswith("Not quite: 3.0 is not a function")
    missing_mean = check_formula(lambda x: x * 0, (np.ones(4),), 0.0, hint="H", reduction_hint="R")
    assert missing_mean == "Not quite: the answer is a single number, yours has 4 numbers. R H"


def test_check_flags():
    actual = {"a": True, "b": False}
    assert check_flags({"a": ..., "b": ...}, actual, hint="H").startswith("Your turn")
    assert check_flags({"a": True}, actual, hint="H").startswith("Your turn")
    assert check_flags({"a": True, "b": False}, actual, hint="H") == "Well done! All 2 are right."
    assert check_flags({"a": 1, "b": 0}, actual, hint="H").startswith("Well done!")
    assert check_flags({"a": True, "b": True}, actual, hint="H") == (
        "Not quite: look again at b. H"
    )
    quoted = check_flags({"a": "True", "b": False}, actual, hint="H")
    assert quoted == "Not quite: answer with True or False (no quotes); you wrote a = 'True'."
    assert check_flags([True, False], actual, hint="H").startswith("Not quite: keep my_answers")


def _squares_weighted(v):
    x_pt = tr.tensor([1.0, 2.0, 3.0], requires_grad=True)
    (x_pt**2).backward(gradient=tr.tensor(v))
    return {"PyTorch": x_pt.grad}


@pytest.mark.parametrize(
    "answer", [[0, 1, 0], [0.0, 1.0, 0.0], np.array([0, 1, 0]), tr.tensor([0, 1, 0])], ids=repr
)
def test_check_weights_takes_ints_and_arrays(answer):
    message = check_weights(answer, 3, _squares_weighted, [0.0, 4.0, 0.0], hint="H")
    assert message == "Well done! With v = [0, 1, 0] both give [0, 4, 0]."


def test_check_weights_wrong_answers():
    assert check_weights(..., 3, _squares_weighted, [0, 4, 0], hint="H").startswith("Your turn")
    assert check_weights([1, 1, 1], 3, _squares_weighted, [0, 4, 0], hint="H") == (
        "Not quite: with v = [1, 1, 1], PyTorch gives [2, 4, 6]; wanted [0, 4, 0]. H"
    )
    assert "3 numbers; yours has 2" in check_weights(
        [0, 1], 3, _squares_weighted, [0, 4, 0], hint="H"
    )
    assert "text" in check_weights("0 1 0", 3, _squares_weighted, [0, 4, 0], hint="H")


# ---- each notebook's own check cell, run with the solution and with typical wrong answers ----

SOURCES = ROOT / "notebooks" / "src"

# notebook prefix -> [(the answer cell's new source, how the check's printout starts or a part)]
ANSWERS = {
    "10_01": [
        ("def my_dz_dx(x):\n    return -tr.sin(x**3) * 3 * x**2", "Well done! -11.8723 is right"),
        ("def my_dz_dx(x):\n    return -tr.sin(x**3)", "outer derivative alone"),
        ("def my_dz_dx(x):\n    return tr.sin(x**3) * 3 * x**2", "Check the sign"),
        ("def my_dz_dx(x):\n    return 3", "Not quite: yours is 3, the right answer is -11.8723."),
        ("def my_dz_dx(x):\n    return [1, 2]", "Not quite: the answer is a single number"),
        ("def my_dz_dx(x):\n    return cos(x**3)", "Not quite: your function raised NameError"),
        ("def my_dz_dx(x):\n    return ...", "Your turn"),
    ],
    "10_02": [
        ("def my_grad(x):\n    return 3 * x**2 / 4", "Well done! [0.75, 3, 6.75, 12] is right"),
        ("def my_grad(x):\n    return [0.75, 3, 6.75, 12]", "Well done!"),
        ("def my_grad(x):\n    return np.array([3, 12, 27, 48]) / 4", "Well done!"),
        ("def my_grad(x):\n    return 3 * x**2", "the mean also divides by 4"),
        ("def my_grad(x):\n    return (3 * x**2 / 4).mean()", "do not average it"),
        ("def my_grad(x):\n    return x**2", "Not quite: yours is [1, 4, 9, 16]"),
    ],
    "10_03": [
        ("my_prediction = 18", "Well done! 18 is right"),
        ("my_prediction = 18.0", "Well done!"),
        ("my_prediction = tr.tensor(18.0)", "Well done!"),
        ("my_prediction = 6", "6 is one pass"),
        ("my_prediction = '18'", "Not quite: your answer is the text '18'"),
        ("my_prediction = None", "Not quite: your answer is None"),
    ],
    "10_04": [
        (
            "my_answers = {'a': True, 'b': False, 'c': False, 'd': True}",
            "Well done! All 4 are right.",
        ),
        ("my_answers = {'a': True, 'b': False, 'c': True, 'd': True}", "look again at c."),
        ("my_answers = {'a': 'True', 'b': False, 'c': False, 'd': True}", "(no quotes)"),
        ("my_answers = {'a': True, 'b': ..., 'c': False, 'd': True}", "Your turn"),
    ],
    "11_01": [
        ("def my_dz_dx(x):\n    return -2 * x * tf.exp(-x**2)", "Well done! -0.7358 is right"),
        ("def my_dz_dx(x):\n    return tf.exp(-x**2)", "outer derivative alone"),
        ("def my_dz_dx(x):\n    return 2 * x * tf.exp(-x**2)", "Check the sign"),
        ("def my_dz_dx(x):\n    return -0.7358", "Well done!"),
    ],
    "11_02": [
        (
            "def my_gradient(x):\n    return 6 * x + tf.cos(x)",
            "Well done! [3.8776, 6.5403, 9.0707]",
        ),
        ("def my_gradient(x):\n    return [3.8776, 6.5403, 9.0707]", "Well done!"),
        ("def my_gradient(x):\n    return tf.reduce_sum(6 * x + tf.cos(x))", "not the gradient"),
        ("def my_gradient(x):\n    return 3 * x + tf.cos(x)", "The derivative of 3x² is 6x."),
        ("def my_gradient(x):\n    return 6 * x", "Not quite: yours is [3, 6, 9]"),
    ],
    "11_03": [
        ("my_v = [0, 1, 0]", "Well done! With v = [0, 1, 0] both give [0, 4, 0]."),
        ("my_v = [0.0, 1.0, 0.0]", "Well done!"),
        ("import numpy as np\nmy_v = np.array([0, 1, 0])", "Well done!"),
        ("my_v = tr.tensor([0.0, 1.0, 0.0])", "Well done!"),
        ("my_v = [1, 1, 1]", "PyTorch gives [2, 4, 6], TensorFlow gives [2, 4, 6]"),
        ("my_v = [0, 1]", "give one weight per output, 3 numbers; yours has 2"),
    ],
    "12": [
        (
            "def my_dloss_dw(w, b, x, y):\n    return (2 * (w * x + b - y) * x).mean()",
            "Well done! -1.0847 is right",
        ),
        ("def my_dloss_dw(w, b, x, y):\n    return 2 * (w * x + b - y) * x", "forget the .mean()"),
        (
            "def my_dloss_dw(w, b, x, y):\n    return (2 * (w * x + b - y) * x).sum()",
            "sum over the data points",
        ),
        ("def my_dloss_dw(w, b, x, y):\n    return ((w * x + b - y) * x).mean()", "a factor 2"),
        ("def my_dloss_dw(w, b, x, y):\n    return (2 * (w * x + b - y)).mean()", "dloss/db"),
    ],
    "13": [
        ("<the loop as given>", "Not quite: yours is -0.0006, the right answer is 2."),
        ("<the loop with zero_grad>", "Well done! 2 is right."),
    ],
}


def _runnable(cell) -> str | None:
    """A cell's code as plain Python, or None for cells the check does not need."""
    source = cell.source
    if source.startswith("%%") or cell.metadata.get("jupyter", {}).get("source_hidden"):
        return None  # the magic's pictures, and the notebooks' output plumbing
    if "plt." in source:
        return None  # plots
    lines = [line for line in source.splitlines() if not line.startswith("%")]
    return "\n".join(line for line in lines if "matplotlib_inline" not in line)


def _exercise(prefix: str):
    """The code before the exercise, the answer cell and the check cell of a notebook."""
    (path,) = [p for p in SOURCES.glob("*.py") if p.stem.startswith(prefix + "_")]
    cells = jupytext.read(path, fmt="py:percent").cells
    start = next(i for i, c in enumerate(cells) if "## Try it" in c.source)
    answer, check = [c for c in cells[start:] if c.cell_type == "code"][:2]
    before = [_runnable(c) for c in cells[:start] if c.cell_type == "code"]
    return [code for code in before if code], answer.source, check.source


@pytest.fixture(scope="module")
def prepared():
    """Per notebook: its namespace after the cells before the exercise (run once)."""
    cache = {}

    def get(prefix):
        if prefix not in cache:
            before, answer, check = _exercise(prefix)
            namespace: dict = {}
            with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
                warnings.simplefilter("ignore")
                for code in before:
                    exec(compile(code, f"{prefix} cell", "exec"), namespace)
            cache[prefix] = namespace, answer, check
        return cache[prefix]

    return get


CASES = [(prefix, answer, says) for prefix, cases in ANSWERS.items() for answer, says in cases]


@pytest.mark.parametrize(("prefix", "answer", "says"), CASES)
def test_notebook_check_cell(prepared, prefix, answer, says):
    namespace, given, check = prepared(prefix)
    if answer == "<the loop as given>":
        answer = given
    elif answer == "<the loop with zero_grad>":
        answer = given.replace("    loss = ", "    optimizer.zero_grad()\n    loss = ")
    elif answer.startswith("my_answers = "):  # the cell also holds the code to read
        answer = re.sub(r"^my_answers = .*$", lambda _: answer, given, flags=re.M)
    namespace = dict(namespace)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        exec(compile(answer, f"{prefix} answer", "exec"), namespace)
        exec(compile(check, f"{prefix} check", "exec"), namespace)
    lines = printed.getvalue().splitlines()
    assert says in lines[-1], lines
    assert lines[-1].startswith(("Well done!", "Not quite: ", "Your turn: ")), lines[-1]


def test_every_notebook_exercise_is_tested():
    prefixes = sorted(
        p.stem.split("_")[0] if p.stem.startswith(("12", "13")) else p.stem[:5]
        for p in SOURCES.glob("*.py")
    )
    assert prefixes == sorted(ANSWERS)
    for prefix, cases in ANSWERS.items():
        assert any(says.startswith("Well done!") for _, says in cases), prefix
        assert any(not says.startswith("Well done!") for _, says in cases), prefix
