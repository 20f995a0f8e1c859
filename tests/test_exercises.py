"""The exercise checks: a hint for every reasonable answer, never a traceback.

The first part tests ``autograd_magic.exercises`` directly; the second runs each notebook's own
"Try it" check cell (from ``notebooks/src``) with the solution and with typical wrong answers.
"""

from __future__ import annotations

import contextlib
import io

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
    ids=repr,
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
    missing_mean = check_formula(
        lambda x: x * 0, (np.ones(4),), 0.0, hint="H", reduction_hint="R"
    )
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
    assert "3 numbers; yours has 2" in check_weights([0, 1], 3, _squares_weighted, [0, 4, 0], hint="H")
    assert "text" in check_weights("0 1 0", 3, _squares_weighted, [0, 4, 0], hint="H")
