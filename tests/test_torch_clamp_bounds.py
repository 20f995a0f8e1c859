"""``clamp`` with tensor bounds: PyTorch's node names, values and gradient for the input; a
bound that requires grad is refused with a clear error (it would silently get no gradient)."""

from __future__ import annotations

import pytest

import autograd_magic.torch as am

CASES = [
    # (bounds as source in module m, PyTorch's grad_fn name)
    ("min=m.tensor(2.)", "ClampBackward0"),
    ("max=m.tensor(2.)", "ClampBackward0"),
    ("min=m.tensor([0., 2.5, 1.]), max=m.tensor(2.)", "ClampBackward0"),
    ("min=m.tensor(1.), max=3.", "ClampBackward1"),
    ("min=1., max=2.5", "ClampBackward1"),
]


def run(m, bounds: str):
    x = m.tensor([1.0, 2.0, 3.0], requires_grad=True)
    y = eval(f"x.clamp({bounds})", {"m": m, "x": x})
    (y * m.tensor([1.0, 2.0, 3.0])).sum().backward()
    return y.grad_fn.name(), y.tolist(), x.grad.tolist()


@pytest.mark.parametrize(("bounds", "name"), CASES)
def test_clamp_bounds(bounds, name):
    assert run(am, bounds)[0] == name


@pytest.mark.parametrize(("bounds", "name"), CASES)
def test_clamp_bounds_against_real_torch(bounds, name):
    torch = pytest.importorskip("torch")
    assert run(am, bounds) == run(torch, bounds)


def test_clamp_in_place_with_a_tensor_bound():
    y = am.tensor([1.0, 2.0, 3.0], requires_grad=True) * 1
    y.clamp_(min=am.tensor(2.0))
    assert repr(y) == "tensor([2., 2., 3.], grad_fn=<ClampBackward0>)"


def test_a_bound_that_requires_grad_is_refused():
    x = am.tensor([1.0, 2.0, 3.0], requires_grad=True)
    with pytest.raises(NotImplementedError, match="requires grad is not supported"):
        x.clamp(min=am.tensor([2.0, 1.0, 4.0], requires_grad=True))
