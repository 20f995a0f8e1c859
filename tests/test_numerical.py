"""The finite differences the rule tests and the magic's check column share (core/numerical.py)."""

from __future__ import annotations

import numpy as np
import pytest

from autograd_magic.core.numerical import numerical_grad, partial_derivatives


def test_numerical_grad_of_a_product_in_each_argument() -> None:
    a, b = np.array([1.0, -2.0, 3.0]), np.array([[0.5], [2.0]])

    def f(x: np.ndarray, y: np.ndarray) -> float:
        return float(np.sum(x * y))

    np.testing.assert_allclose(numerical_grad(f, [a, b], 0), np.full(3, 2.5), rtol=1e-8)
    np.testing.assert_allclose(numerical_grad(f, [a, b], 1), np.full((2, 1), 2.0), rtol=1e-8)


def test_partial_derivatives_of_chosen_elements_with_a_relative_step() -> None:
    x = np.array([100.0, 2.0, -3.0, 0.25])
    seen = []

    def cube_sum(v: np.ndarray) -> float:
        seen.append(float(v[0]))
        return float(np.sum(v**3))

    got = dict(partial_derivatives(cube_sum, x, 1e-6, [0, 2], relative=True))
    assert sorted(got) == [0, 2]
    assert got[0] == pytest.approx(30000.0, rel=1e-6)
    assert got[2] == pytest.approx(27.0, rel=1e-6)
    assert seen[:2] == [100.0 + 1e-4, 100.0 - 1e-4]  # the step grows with the value
    assert x.tolist() == [100.0, 2.0, -3.0, 0.25]  # every nudge undone


def test_partial_derivatives_come_one_at_a_time() -> None:
    calls = []
    pairs = partial_derivatives(lambda v: calls.append(1) or float(v.sum()), np.zeros(5))
    assert next(pairs)[0] == 0
    assert len(calls) == 2  # nothing beyond the first element was evaluated


def test_partial_derivatives_need_an_array_they_can_nudge() -> None:
    with pytest.raises(ValueError, match="nudges x in place"):
        next(partial_derivatives(lambda v: 0.0, np.zeros((3, 3)).T))
