"""Random expression graphs (hypothesis): the whole backward pass against finite differences.

Where ``test_rules.py`` checks one rule at a time, this checks their composition: shared
subexpressions, duplicate edges, broadcasting between steps, and second derivatives through
``create_graph`` — with nothing but NumPy installed.
"""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

import autograd_magic.torch as tr
from autograd_magic.core.numerical import check_close, numerical_grad

UNARY = {
    "sin": lambda a: tr.sin(a),
    "tanh": lambda a: tr.tanh(a),
    "sq": lambda a: a * a,
    "exp": lambda a: (a * 0.5).exp(),
    "log1p2": lambda a: tr.log(a * a + 1.0),
    "sigmoid": lambda a: a.sigmoid(),
    "rdiv": lambda a: 1.0 / (a * a + 1.0),
    "softmax": lambda a: tr.softmax(a, -1) if a.ndim else a,
    "mean_keep": lambda a: a.mean(-1, keepdim=True) if a.ndim else a,
}
BINARY = {
    "add": lambda a, b: a + b,
    "mul": lambda a, b: a * b,
    "sub": lambda a, b: a - b,
    "div": lambda a, b: a / (b * b + 1.0),
    "pow": lambda a, b: (a * a + 0.5) ** tr.tanh(b),
}
SHAPES = [(), (3,), (2, 3)]


@st.composite
def graphs(draw):
    shapes = [draw(st.sampled_from(SHAPES)) for _ in range(draw(st.integers(1, 3)))]
    steps = draw(
        st.lists(
            st.tuples(
                st.sampled_from(sorted(UNARY) + sorted(BINARY)),
                st.integers(0, 30),
                st.integers(0, 30),
            ),
            min_size=1,
            max_size=10,
        )
    )
    seed = draw(st.integers(0, 10_000))
    return shapes, steps, seed


def build(xs, steps):
    values = list(xs)
    for op, i, j in steps:
        a, b = values[i % len(values)], values[j % len(values)]
        if op in UNARY:
            values.append(UNARY[op](a))
        else:
            try:
                values.append(BINARY[op](a, b))
            except RuntimeError:  # shapes that do not broadcast: skip the step
                continue
    # every value takes part, so gradients flow through shared subexpressions
    return sum(v.sum() for v in values[len(xs) :]) + sum(x.sum() * 0.1 for x in xs)


@settings(max_examples=40, deadline=None)
@given(graphs())
def test_random_graph_gradients_match_finite_differences(graph):
    shapes, steps, seed = graph
    rng = np.random.default_rng(seed)
    arrays = [rng.uniform(-1.5, 1.5, size=s) for s in shapes]
    xs = [tr.tensor(a, dtype=tr.float64, requires_grad=True) for a in arrays]
    out = build(xs, steps)
    grads = tr.autograd.grad(out, xs, create_graph=True, allow_unused=True)

    def f(*arrs):
        with tr.no_grad():
            return build([tr.tensor(a, dtype=tr.float64) for a in arrs], steps).item()

    for k, g in enumerate(grads):
        check_close(g.detach().numpy(), numerical_grad(f, arrays, k), 1e-6)

    # second order: the gradient of <grad, v> against finite differences of the gradient
    vs = [rng.standard_normal(s) for s in shapes]
    inner = sum((g * tr.tensor(v)).sum() for g, v in zip(grads, vs))
    if not inner.requires_grad:
        return
    second = tr.autograd.grad(inner, xs, allow_unused=True)

    def g_dot_v(*arrs):
        ys = [tr.tensor(a, dtype=tr.float64, requires_grad=True) for a in arrs]
        gs = tr.autograd.grad(build(ys, steps), ys, allow_unused=True)
        return sum(float((g.numpy() * v).sum()) for g, v in zip(gs, vs) if g is not None)

    for k, h in enumerate(second):
        got = np.zeros(shapes[k]) if h is None else h.numpy()
        check_close(got, numerical_grad(g_dot_v, arrays, k), 1e-5, "second derivative")
