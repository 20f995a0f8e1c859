"""First and second derivatives at special inputs, value by value against real PyTorch.

The derivative rules are PyTorch's backward formulas written operation for operation (and its
backward kernels, ``tanh_backward``, ``_softmax_backward_data``, ``cumprod_backward``..., with
their own derivatives), so a derivative taken with ``create_graph=True`` gives NaN, +inf, -inf
and 0 exactly where PyTorch's double backward gives them. Each case computes
``g = d<u, f(x)>/dx`` with ``create_graph=True`` and then ``d<v, g>/dx`` (and ``/du``), with
incoming gradients ``u`` and ``v`` that are finite, zero, infinite or NaN.
"""

from __future__ import annotations

import itertools
import warnings
from typing import Any

import numpy as np
import pytest

import autograd_magic.torch as am

torch = pytest.importorskip("torch")

INF = float("inf")
NAN = float("nan")
GRID = [0.0, -0.0, 1.0, -1.0, INF, -INF, NAN, 1e-30, 1e30, 0.5, -2.0]
TRIPLES = list(itertools.product([0.0, 1.0, INF, -INF, NAN, -2.0, 1e30], repeat=3))
INCOMING = [(1.0, 1.0), (INF, 1.0), (1.0, INF), (0.0, INF), (NAN, 1.0), (-2.0, 0.0)]

ELEMENTWISE = {
    "exp": lambda m, x: x.exp(),
    "log": lambda m, x: x.log(),
    "sin": lambda m, x: x.sin(),
    "cos": lambda m, x: x.cos(),
    "tan": lambda m, x: x.tan(),
    "tanh": lambda m, x: m.tanh(x),
    "sigmoid": lambda m, x: x.sigmoid(),
    "relu": lambda m, x: m.relu(x),
    "abs": lambda m, x: x.abs(),
    "sqrt": lambda m, x: x.sqrt(),
    "reciprocal": lambda m, x: x.reciprocal(),
    "clamp": lambda m, x: x.clamp(-1, 1),
    "square": lambda m, x: x**2,
    "cube": lambda m, x: x**3,
    "pow_half": lambda m, x: x**0.5,
    "pow_2.5": lambda m, x: x**2.5,
    "pow_-1": lambda m, x: x**-1,
    "rdiv": lambda m, x: 1 / x,
    "zero_pow": lambda m, x: 0**x,
    "two_pow": lambda m, x: 2**x,
}
REDUCTIONS = {
    "max": lambda m, x: x.max(),
    "amax": lambda m, x: x.amax(0),
    "max_dim": lambda m, x: x.max(dim=0).values,
    "softmax": lambda m, x: m.softmax(x, 0),
    "log_softmax": lambda m, x: m.log_softmax(x, -1),
    "cumsum": lambda m, x: x.cumsum(0),
    "norm": lambda m, x: x.norm(),
    "norm_1.5": lambda m, x: x.norm(p=1.5),
    "norm_3": lambda m, x: x.norm(p=3),
    "std": lambda m, x: x.std(),
    "var_no_dof": lambda m, x: x.var(0, correction=3),
    "prod": lambda m, x: x.prod(),
    "prod_dim": lambda m, x: x.prod(0),
}
BINARY = {
    "mul": lambda m, a, b: a * b,
    "div": lambda m, a, b: a / b,
    "pow": lambda m, a, b: a**b,
    "maximum": lambda m, a, b: m.maximum(a, b),
    "where": lambda m, a, b: m.where(a > 0, a, b),
    "mse_loss": lambda m, a, b: m.nn.functional.mse_loss(a, b),
}


def _listed(t: Any) -> Any:
    return None if t is None else t.detach().clone().tolist()


def derivatives(m: Any, f: Any, xs: list[Any], u: float, v: float) -> Any:
    """The value, the first derivatives and the second derivatives, as lists (or the error)."""
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        try:
            ts = [m.tensor(x, dtype=m.float32, requires_grad=True) for x in xs]
            y = f(m, *ts)
            ut = m.tensor(np.full(tuple(y.shape), u).tolist(), requires_grad=True)
            gs = m.autograd.grad(y, ts, grad_outputs=ut, create_graph=True, allow_unused=True)
            second = []
            for g in gs:
                if g is None or not g.requires_grad:
                    second.append(None)
                    continue
                vt = m.tensor(np.full(tuple(g.shape), v).tolist())
                hs = m.autograd.grad(g, [*ts, ut], vt, retain_graph=True, allow_unused=True)
                second.append([_listed(h) for h in hs])
            return [_listed(y), [_listed(g) for g in gs], second]
        except Exception as e:  # noqa: BLE001 - the type is what we compare
            return type(e).__name__


def _same(want: Any, got: Any) -> bool:
    """Equal results: the same error, or ``[value, firsts, seconds]`` equal value by value."""
    if isinstance(want, str) or isinstance(got, str):
        return want == got
    value, firsts, seconds = want
    if not _same_tensor(value, got[0]) or not _same_tensors(firsts, got[1]):
        return False
    if len(seconds) != len(got[2]):
        return False
    return all(
        (a is None and b is None) or (a is not None and b is not None and _same_tensors(a, b))
        for a, b in zip(seconds, got[2])
    )


def _same_tensors(want: list[Any], got: list[Any]) -> bool:
    return len(want) == len(got) and all(_same_tensor(a, b) for a, b in zip(want, got))


def _same_tensor(want: Any, got: Any) -> bool:
    """NaN, +inf and -inf at the same places, finite values equal to rtol 1e-5."""
    if want is None or got is None:
        return want is None and got is None
    a = np.asarray(want, dtype=np.float64)
    b = np.asarray(got, dtype=np.float64)
    if a.shape != b.shape or not np.array_equal(np.isnan(a), np.isnan(b)):
        return False
    if not np.array_equal(np.where(np.isinf(a), a, 0), np.where(np.isinf(b), b, 0)):
        return False
    finite = np.isfinite(a)
    return bool(np.allclose(a[finite], b[finite], rtol=1e-5, atol=1e-6))


def _check(f: Any, inputs: list[list[Any]]) -> None:
    differ = []
    for xs in inputs:
        for u, v in INCOMING:
            want = derivatives(torch, f, xs, u, v)
            got = derivatives(am, f, xs, u, v)
            if not _same(want, got):
                differ.append(f"x={xs} u={u} v={v}\n  torch {want}\n  ours  {got}")
    assert not differ, f"{len(differ)} cases differ:\n" + "\n".join(differ[:3])


@pytest.mark.parametrize("name", sorted(ELEMENTWISE))
def test_elementwise_at_special_values(name):
    _check(ELEMENTWISE[name], [[GRID], [[2.0]]])


@pytest.mark.parametrize("name", sorted(REDUCTIONS))
def test_reductions_at_special_values(name):
    _check(REDUCTIONS[name], [[list(t)] for t in TRIPLES[::9]])


@pytest.mark.parametrize("name", sorted(BINARY))
def test_binary_at_special_values(name):
    pairs = list(itertools.product(GRID, GRID))
    _check(BINARY[name], [[[a for a, _ in pairs], [b for _, b in pairs]]])
