"""Checks for the chapter notebooks' "Try it" exercises.

Each check takes the student's answer as it is (``...`` while not answered yet, a number, a
list, a NumPy array, a PyTorch-like or TensorFlow-like tensor, or a function that computes one),
compares it with the right answer and *returns* one line of feedback to print:

- ``"Your turn: ..."`` while the placeholder ``...`` is still there;
- ``"Well done! ..."`` when the answer is right;
- ``"Not quite: ..."`` with a hint otherwise, including when the answer cannot be read as
  numbers, has the wrong shape, or the student's function raises.

A check never raises for a student's answer: an exercise that ends in a traceback teaches
nothing. (A wrong *expected* value, the notebook author's mistake, still raises.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import numpy as np

__all__ = [
    "AnswerError",
    "as_numbers",
    "check_flags",
    "check_formula",
    "check_value",
    "check_weights",
]

RTOL = 1e-4  # answers are compared to float32 gradients: four significant digits suffice
ATOL = 1e-6


class AnswerError(ValueError):
    """An answer that cannot be read as numbers; the message is the hint to show."""


def as_numbers(answer: Any) -> np.ndarray:
    """The answer as a float64 array, whatever reasonable form it takes.

    Accepts Python numbers (ints too), nested lists and tuples, NumPy arrays and scalars, and
    tensors of either front end (or the real libraries): anything with ``.detach()`` and/or
    ``.numpy()``, or that NumPy can read. Raises ``AnswerError`` with a readable reason otherwise.
    """
    if answer is None:
        raise AnswerError(
            "your answer is None. Did the function end without a `return`, or did you read "
            "the .grad of a tensor that has none?"
        )
    if isinstance(answer, (str, bytes)):
        raise AnswerError(f"your answer is the text {answer!r}; write it as a number, not text.")
    if answer is Ellipsis:
        raise AnswerError("your answer still contains the placeholder `...`.")
    value = answer
    try:
        if hasattr(value, "detach"):  # a tensor that may require grad: take its values only
            value = value.detach()
        if hasattr(value, "numpy") and not isinstance(value, np.ndarray):
            value = value.numpy()
        array = np.asarray(value, dtype=np.float64)
    except Exception as error:  # any unreadable object gets the same friendly reason
        raise AnswerError(
            f"your answer ({_short(answer)}) cannot be read as numbers "
            f"({type(error).__name__}: {error})."
        ) from None
    return array


def check_value(
    answer: Any,
    expected: Any,
    *,
    hint: str,
    mistakes: Iterable[tuple[Any, str]] = (),
    reduction_hint: str | None = None,
    rtol: float = RTOL,
    atol: float = ATOL,
) -> str:
    """Compare an answer (number, list, array or tensor) with the expected value.

    ``mistakes`` pairs typical wrong answers with a hint specific to each; the first one the
    answer matches is shown instead of the general ``hint``. ``reduction_hint`` is shown when a
    single number is expected and the answer has several (a forgotten ``.mean()`` or ``.sum()``).
    """
    if answer is Ellipsis:
        return "Your turn: replace the ... with your answer, then run the cells again."
    want = as_numbers(expected)
    try:
        got = as_numbers(answer)
    except AnswerError as error:
        return f"Not quite: {error} {hint}"
    if got.size == want.size:
        got = got.reshape(want.shape)
        if _close(got, want, rtol, atol):
            return f"Well done! {_show(got)} is right."
    for wrong, why in mistakes:  # a known mistake may also have the wrong size
        wrong_array = as_numbers(wrong)
        if wrong_array.size == got.size and _close(got, wrong_array.reshape(got.shape), rtol, atol):
            return f"Not quite: yours is {_show(got)}, the right answer is {_show(want)}. {why}"
    if got.size != want.size:
        return "Not quite: " + _size_message(got, want, reduction_hint) + " " + hint
    return f"Not quite: yours is {_show(got)}, the right answer is {_show(want)}. {hint}"


def check_formula(
    function: Callable[..., Any],
    args: Sequence[Any],
    expected: Any,
    *,
    hint: str,
    mistakes: Iterable[tuple[Any, str]] = (),
    reduction_hint: str | None = None,
) -> str:
    """Call the student's ``function(*args)`` and check what it returns with ``check_value``.

    An exception raised by the function becomes a hint that names it (no traceback).
    """
    if not callable(function):
        return f"Not quite: {_short(function)} is not a function; keep the `def` line as it was."
    try:
        answer = function(*args)
    except Exception as error:  # the student's code failed: say how, and how to go on
        return (
            f"Not quite: your function raised {type(error).__name__}: {error}. Use only the "
            f"operations the exercise names, on the arguments it passes. {hint}"
        )
    if answer is Ellipsis:
        return "Your turn: write your formula in the function above, then run both cells again."
    return check_value(
        answer, expected, hint=hint, mistakes=mistakes, reduction_hint=reduction_hint
    )


def check_flags(answers: Mapping[str, Any], actual: Mapping[str, bool], *, hint: str) -> str:
    """Compare a dictionary of ``True``/``False`` answers with the actual flags."""
    if not isinstance(answers, Mapping):
        return f"Not quite: keep my_answers a dictionary like {dict.fromkeys(actual, True)}."
    if any(answers.get(name, ...) is Ellipsis for name in actual):
        return "Your turn: replace every ... with True or False, then run both cells again."
    unreadable = [name for name in actual if not isinstance(answers[name], (bool, np.bool_, int))]
    if unreadable:
        shown = ", ".join(f"{name} = {answers[name]!r}" for name in unreadable)
        return f"Not quite: answer with True or False (no quotes); you wrote {shown}."
    wrong = [name for name in actual if bool(answers[name]) != bool(actual[name])]
    if wrong:
        return f"Not quite: look again at {', '.join(wrong)}. {hint}"
    return f"Well done! All {len(actual)} are right."


def check_weights(
    answer: Any,
    size: int,
    gradients: Callable[[list[float]], Mapping[str, Any]],
    expected: Any,
    *,
    hint: str,
) -> str:
    """Check weights ``v`` by what they produce: ``gradients(v)`` maps a library to its result.

    The answer is turned into ``size`` floats first (ints, lists, arrays and tensors all work),
    so that both libraries get weights of the dtype they need.
    """
    if answer is Ellipsis:
        return f"Your turn: put {size} weights in place of the ..., then run both cells again."
    try:
        weights = as_numbers(answer)
    except AnswerError as error:
        return f"Not quite: {error} {hint}"
    if weights.size != size:
        return (
            f"Not quite: give one weight per output, {size} numbers; yours has {weights.size}. "
            f"{hint}"
        )
    values = [float(v) for v in weights.reshape(-1)]
    want = as_numbers(expected)
    results = {library: as_numbers(result) for library, result in gradients(values).items()}
    if all(_close(got.reshape(want.shape), want, RTOL, ATOL) for got in results.values()):
        return f"Well done! With v = {_show(np.array(values))} both give {_show(want)}."
    shown = ", ".join(f"{library} gives {_show(got)}" for library, got in results.items())
    return f"Not quite: with v = {_show(np.array(values))}, {shown}; wanted {_show(want)}. {hint}"


# ---- helpers ----


def _close(got: np.ndarray, want: np.ndarray, rtol: float, atol: float) -> bool:
    return bool(np.allclose(got, want, rtol=rtol, atol=atol, equal_nan=False))


def _size_message(got: np.ndarray, want: np.ndarray, reduction_hint: str | None) -> str:
    if want.size == 1:
        message = f"the answer is a single number, yours has {got.size} numbers."
        if reduction_hint:
            message += " " + reduction_hint
        return message
    return f"the answer has {want.size} numbers (shape {want.shape}), yours has {got.size}."


def _show(array: np.ndarray) -> str:
    """Numbers as a reader would write them: ``-11.8723`` or ``[0.75, 3, 6.75, 12]``."""
    if array.size == 1:
        return _number(float(array.reshape(-1)[0]))
    return "[" + ", ".join(_number(float(v)) for v in array.reshape(-1)) + "]"


def _number(value: float) -> str:
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
