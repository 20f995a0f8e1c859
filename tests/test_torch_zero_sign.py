"""The sign of a zero that max/min pick among equal values, as PyTorch 2.13's kernels pick it.

``0.0 == -0.0``: which one a maximum returns shows only in print (``-0.``) and in a later
``1/x`` (``-inf``). PyTorch's scalar loops keep the older value on a tie and its AVX2 vector
loops take the newer one, so the answer depends on the size and layout of the tensors (see
``core/extremes.py``). Each case pins the sign bits real PyTorch gave (1: ``-0.``); with
PyTorch installed, random tensors of zeros of both signs are compared too.
"""

from __future__ import annotations

import numpy as np
import pytest

import autograd_magic.torch as am

# (expression in module m, the sign bit of each element of the result, flattened)
CASES = [
    ("m.tensor([0., -0.]).max()", "1"),
    ("m.tensor([-0., 0.]).max()", "0"),
    ("m.tensor([0., -0., -1.]).min()", "1"),
    ("m.tensor([0., -0., 0., -0., -0.], dtype=m.float64).max()", "1"),
    ("m.tensor([[0., -0., 0.], [-0., 0., -0.]]).max()", "1"),
    ("m.tensor([0., -0.]).amax()", "0"),
    ("m.tensor([[0., -0., 0.], [-0., 0., -0.]]).amax(dim=0)", "010"),
    ("m.tensor([[0., -0., 0.], [-0., 0., -0.]]).mT.amax()", "0"),
    ("m.tensor([[-0., 0.], [0., -0.], [-0., -0.]]).amin(dim=(0, 1))", "1"),
    ("m.tensor([[0., -0., 0.], [-0., 0., -0.]]).max(dim=1).values", "01"),
    ("m.maximum(m.tensor([0., -0.]), m.tensor([-0., 0.]))", "01"),
    ("m.minimum(m.tensor([0., -0., 0.]), m.tensor(-0.))", "010"),
    ("m.tensor([-0., 0.]).clamp(min=0.)", "10"),
    ("m.tensor([-0., 0.]).clamp(max=-0.)", "10"),
    ("m.maximum(m.zeros(17), -m.zeros(17))", "11111111111111110"),
    ("m.maximum(m.zeros(9, dtype=m.float64), -m.zeros(9, dtype=m.float64))", "111111110"),
    (
        "m.maximum(m.zeros(2, 20).mT, -m.zeros(2, 20).mT)",
        "1111111111111111111111111010101010101010",
    ),
    ("m.cat([m.zeros(20), -m.zeros(20)]).amax()", "1"),
    ("m.cat([-m.zeros(20), m.zeros(20)]).amax()", "0"),
    ("m.cat([m.zeros(5), -m.zeros(5)]).max()", "1"),
    (
        "m.cat([-m.zeros(36), m.zeros(1)]).reshape(37, 1).expand(37, 40).amax(dim=0)",
        "1111111111111111111111111111111111111111",
    ),
    ("m.maximum(m.zeros(20), -m.zeros(20, dtype=m.float64))", "1" * 16 + "0000"),
]


def signs(m, expr: str) -> str:
    r = eval(expr, {"m": m})
    return "".join("1" if s else "0" for s in np.signbit(np.asarray(r.tolist())).reshape(-1))


@pytest.mark.parametrize(("expr", "want"), CASES, ids=[c[0] for c in CASES])
def test_sign_of_zero_as_pytorch(expr, want):
    assert signs(am, expr) == want


def test_printed_and_reciprocal():
    x = am.tensor([0.0, -0.0], requires_grad=True)
    m = x.max()
    assert repr(m) == "tensor(-0., grad_fn=<MaxBackward1>)"
    assert repr(1 / m) == "tensor(-inf, grad_fn=<MulBackward0>)"


SHAPES = [(), (3,), (2, 3), (3, 1), (7,), (9,), (16,), (33,), (100,), (4, 33), (40, 3), (2, 3, 40)]


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_random_zeros_against_real_torch(dtype):
    torch = pytest.importorskip("torch")
    rng = np.random.default_rng(0)
    ops = {
        "max": lambda m, t, u: t.max(),
        "min": lambda m, t, u: t.min(),
        "amax": lambda m, t, u: t.amax(),
        "amin_last": lambda m, t, u: t.amin(dim=-1) if t.ndim else t.amin(),
        "amax_first": lambda m, t, u: t.amax(dim=0) if t.ndim else t.amax(),
        "amax_T": lambda m, t, u: t.mT.amax(dim=-1) if t.ndim >= 2 else t.amax(),
        "max_dim": lambda m, t, u: t.max(dim=-1).values if t.ndim else t.max(),
        "maximum": lambda m, t, u: m.maximum(t, u),
        "minimum_T": lambda m, t, u: m.minimum(t.mT, u.mT) if t.ndim >= 2 else m.minimum(u, t),
        "maximum_scalar": lambda m, t, u: m.maximum(t, u.reshape(-1)[0]),
        "clamp": lambda m, t, u: t.clamp(min=0.0),
    }
    failures = []
    for shape in SHAPES:
        for _ in range(3):
            v = rng.choice([0.0, -0.0, -0.0, 0.0, -1.0], size=shape).astype(dtype)
            w = rng.choice([0.0, -0.0], size=shape).astype(dtype)
            for name, f in ops.items():
                want = f(torch, torch.from_numpy(v.copy()), torch.from_numpy(w.copy())).numpy()
                got = f(am, am.tensor(v.copy()), am.tensor(w.copy())).numpy()
                if not (
                    np.array_equal(want, got) and np.array_equal(np.signbit(want), np.signbit(got))
                ):
                    failures.append((shape, name, v.tolist()))
    assert not failures, failures[:3]
