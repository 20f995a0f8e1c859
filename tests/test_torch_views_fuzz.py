"""A derandomised differential fuzzer for views that keep their gradient: random programs of
views of views (slices, selects, reshapes, transposes) that call ``retain_grad()``, use the
views, change them or their base in place (recorded, under ``no_grad``, through ``detach()``)
and read them (printing, ``grad_fn``, ``is_leaf``), run under real PyTorch and under ours.

Both must raise the same exception (type and first line of the message) at the same line, or
give the same ``.grad`` (None where PyTorch has None) for every view that retains its gradient
and for the leaf. See ``test_torch_retain_views.py`` for the rule these programs exercise.
"""

from __future__ import annotations

import contextlib
import io
import random
import warnings
from typing import Any

import numpy as np
import pytest

import autograd_magic.torch as am

torch = pytest.importorskip("torch")

N_PROGRAMS = 320
VIEWS = [
    "{a}[0:2]",
    "{a}[1:]",
    "{a}.reshape(3, 2)[0]",
    "{a}[0]",
    "{a}.view(2, 3)[:, 1]",
    "{a}.t()[1]",
]
USES = ["({v} * {k}).sum()", "{v}.exp().sum()", "({v} ** 2).sum()", "{v}.sum() * {k}"]
CHANGES = [
    "y.mul_(2)",
    "y.add_(1)",
    "y[0] = x[0, 0] * 3",
    "y[1].mul_(2)",
    "with m.no_grad(): y.add_(1)",
    "y.detach().mul_(2)",
    "{v}.mul_(3)",
    "{v}.add_(x[0, 1])",
    "print({v})",
    "{v}.grad_fn",
    "{v}.is_leaf",
    "{v}.retain_grad()",
]


def make_program(seed: int) -> tuple[list[str], list[str]]:
    """The program's lines and the names of its views."""
    rng = random.Random(seed)
    lines = ["x = m.tensor([[1., 2., 3.], [4., 5., 6.]], requires_grad=True)", "y = x * 1"]
    views: list[str] = []
    for i in range(rng.randint(1, 3)):
        base = rng.choice(["y", *views])
        lines.append(f"v{i} = " + rng.choice(VIEWS).format(a=base))
        views.append(f"v{i}")
        if rng.random() < 0.7:
            lines.append(f"v{i}.retain_grad()")
    terms = []
    for step in range(rng.randint(2, 5)):
        if rng.random() < 0.5:
            use = rng.choice(USES).format(v=rng.choice(views), k=rng.randint(2, 9))
            lines.append(f"t{step} = {use}")
            terms.append(f"t{step}")
        else:
            lines.append(rng.choice(CHANGES).format(v=rng.choice(views)))
    lines.append("L = " + " + ".join([*terms, "y.sum()"]))
    lines.append("L.backward()")
    return lines, views


def run(m: Any, lines: list[str], views: list[str]) -> Any:
    """The error (line, type, first line) or the gradients of the views and of x."""
    ns: dict[str, Any] = {"m": m}
    with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
        warnings.simplefilter("ignore")
        for i, line in enumerate(lines):
            try:
                exec(line, ns)
            except Exception as e:  # noqa: BLE001 - any exception is compared with PyTorch's
                return (i, type(e).__name__, str(e).split("\n")[0])
        grads = []
        for name in [*views, "x"]:
            t = ns[name]
            g = t.grad if (t.is_leaf or t.retains_grad) else None
            grads.append(None if g is None else np.array(g.tolist(), dtype=float))
    return grads


def differ(ours: Any, theirs: Any) -> bool:
    if isinstance(theirs, tuple) or isinstance(ours, tuple):
        return ours != theirs
    for a, b in zip(ours, theirs):
        if (a is None) != (b is None):
            return True
        if a is not None and not np.allclose(a, b, rtol=1e-4, equal_nan=True):
            return True
    return False


@pytest.mark.parametrize("block", range(4))
def test_retained_views_agree_with_pytorch(block):
    per = N_PROGRAMS // 4
    failures = []
    for seed in range(block * per, (block + 1) * per):
        lines, views = make_program(seed)
        theirs = run(torch, lines, views)
        ours = run(am, lines, views)
        if differ(ours, theirs):
            failures.append(f"seed {seed}:\n  " + "\n  ".join(lines) + f"\n{theirs}\n{ours}")
    assert not failures, f"{len(failures)} programs differ:\n\n" + "\n\n".join(failures[:3])
