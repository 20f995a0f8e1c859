"""Random programs against real TensorFlow: values, gradients and errors, case by case.

``tests/tf_reference/programs/fuzz_*.py`` are generated with fixed seeds by
``scripts/record_tf_reference.py --fuzz`` (expressions over a Variable and a watched constant:
shapes (), (3,), (2, 3), (3, 1) with broadcasting, zeros, negatives, inf and NaN, unary and
binary ops, reductions, ``where``, ``concat``, softmax, assignments while recording), and
what real TensorFlow 2.21 printed is in ``expected/``. Each case here must raise the same
exception with the same first line of message, or give the same values and gradients
(``None`` where TensorFlow gives ``None``; rtol 1e-4, NaN and inf at the same places).

Cases that differ because of engine rules this front end cannot change are listed in
``KNOWN`` with the reason; they must still differ in that way only (they are reported as xfail).
"""

from __future__ import annotations

import pathlib
import re
import warnings

import numpy as np
import pytest
from test_tf_reference import REFERENCE, run_program

FUZZ = sorted((REFERENCE / "programs").glob("fuzz_*.py"))
_LINE = re.compile(r"^case (\d+): (.*)$")

NEEDS_CORE = "needs core fix (issue 10 core)"
# (program, case) -> why the engine differs from TensorFlow there
KNOWN: dict[tuple[str, int], str] = {}


def parse(text: str) -> dict[int, list[str]]:
    """The printed lines of each case, by case number."""
    cases: dict[int, list[str]] = {}
    for line in text.splitlines():
        m = _LINE.match(line)
        assert m, f"unexpected output line {line!r}"
        cases.setdefault(int(m[1]), []).append(m[2])
    return cases


def _numbers(line: str) -> tuple[str, np.ndarray]:
    label, shape_and_values = line.split(" ", 1)
    if shape_and_values == "None":
        return f"{label} None", np.zeros(0)
    shape, rest = shape_and_values.split(") ", 1)
    dtype, *values = rest.split(" ")
    return f"{label} {shape}) {dtype}", np.array([float(v) for v in values])


def same_case(ours: list[str], theirs: list[str]) -> str | None:
    """None if the case agrees, else what differs."""
    if theirs[0].startswith("error ") or ours[0].startswith("error "):
        return None if ours == theirs else f"ours {ours[0]!r}, TensorFlow {theirs[0]!r}"
    if len(ours) != len(theirs):
        return f"ours {ours}, TensorFlow {theirs}"
    for a, b in zip(ours, theirs):
        head_a, va = _numbers(a)
        head_b, vb = _numbers(b)
        if head_a != head_b:
            return f"ours {head_a!r}, TensorFlow {head_b!r}"
        if not np.allclose(va, vb, rtol=1e-4, atol=1e-6, equal_nan=True):
            return f"{head_a}: ours {va.tolist()}, TensorFlow {vb.tolist()}"
    return None


def compare(path: pathlib.Path) -> dict[int, str]:
    """The cases of one program that differ from the recording, with what differs."""
    out, _ = run_program(path)
    expected = (REFERENCE / "expected" / f"{path.stem}.out").read_text(encoding="utf-8")
    ours, theirs = parse(out), parse(expected)
    assert sorted(ours) == sorted(theirs)
    return {n: why for n in theirs if (why := same_case(ours[n], theirs[n])) is not None}


@pytest.mark.parametrize("path", FUZZ, ids=[p.stem for p in FUZZ])
def test_random_program_agrees_with_tensorflow(path: pathlib.Path) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        differing = compare(path)
    assert not [str(w.message) for w in caught], "TensorFlow prints no NumPy warnings"
    unexpected = {n: why for n, why in differing.items() if (path.stem, n) not in KNOWN}
    assert not unexpected, "\n".join(f"case {n}: {why}" for n, why in unexpected.items())
    known = [n for (name, n) in KNOWN if name == path.stem and n in differing]
    if known:
        pytest.xfail("; ".join(f"case {n}: {KNOWN[(path.stem, n)]}" for n in known))


def test_there_are_a_few_hundred_cases_with_values_and_errors() -> None:
    cases = [parse((REFERENCE / "expected" / f"{p.stem}.out").read_text()) for p in FUZZ]
    lines = [lines[0] for program in cases for lines in program.values()]
    errors = sum(line.startswith("error ") for line in lines)
    assert len(lines) >= 300 and 50 <= errors <= len(lines) - 150


def test_case_comparison() -> None:
    ok = ["out (3,) float32 1.0 nan inf", "dx None"]
    assert same_case(ok, ["out (3,) float32 1.00001 nan inf", "dx None"]) is None
    assert same_case(ok, ["out (3,) float32 1.001 nan inf", "dx None"])
    assert same_case(ok, ["out (3,) float32 1.0 1.0 inf", "dx None"])
    assert same_case(ok, ["out (3,) float32 1.0 nan inf", "dx (3,) float32 0.0 0.0 0.0"])
    assert same_case(["error ValueError: a"], ["error TypeError: a"])
    assert same_case(["error ValueError: a"], ["out () float32 1.0"])
