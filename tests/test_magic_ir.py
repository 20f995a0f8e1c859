"""The recorded-graph IR (capture, replay, curves, text) and the engine hooks it is built on."""

from __future__ import annotations

import sys

import numpy as np
import pytest

import autograd_magic.torch as tr
from autograd_magic.core import backward as core_backward
from autograd_magic.core import trace
from autograd_magic.core.ir import (
    CONST,
    INPUT,
    LITERAL,
    OP,
    Recorder,
    curve,
    gradients,
    replay,
)
from autograd_magic.core.tensor import Tensor


def record(fn):
    """Run ``fn`` with a Recorder installed; return the recorder and what fn returned."""
    rec = Recorder()
    trace.add_capture_hook(rec.on_op, operands=True)
    trace.add_backward_hook(rec.on_backward)
    try:
        result = fn()
    finally:
        trace.remove_capture_hook(rec.on_op)
        trace.remove_backward_hook(rec.on_backward)
    rec.finish()
    return rec, result


def notes_example():
    x = tr.tensor(3.0, requires_grad=True)
    y = x**2
    z = tr.sin(y)
    return x, y, z


# ---- engine hooks -------------------------------------------------------------------------------


def test_capture_hook_with_operands():
    seen = []
    plain = []

    def hook(t, operands):
        seen.append((t, operands))

    trace.add_capture_hook(hook, operands=True)
    trace.add_capture_hook(plain.append)
    try:
        x = tr.tensor(2.0, requires_grad=True)
        y = 8 - x
        with tr.no_grad():
            x * 3  # not recorded: no hook call
    finally:
        trace.remove_capture_hook(hook)
        trace.remove_capture_hook(plain.append)
    assert len(seen) == 1 and plain == [y]
    t, operands = seen[0]
    assert t is y and operands[0] is x and operands[1] == 8 and type(operands[1]) is int
    trace.remove_capture_hook(hook)  # harmless when not installed
    y = x * 2
    assert len(seen) == 1


def test_backward_hook_reports_roots_and_changes_nothing():
    calls = []

    def hook(roots, seeds, inputs):
        calls.append((list(roots), [s._data.copy() for s in seeds], inputs))

    x, y, z = notes_example()
    trace.add_backward_hook(hook)
    try:
        (gy,) = tr.autograd.grad(z, [y], retain_graph=True)
        z.backward()
    finally:
        trace.remove_backward_hook(hook)
    assert [c[0][0] is z for c in calls] == [True, True]
    assert calls[0][2] is not None and calls[0][2][0] is y  # functional grad: its inputs
    assert calls[1][2] is None  # backward(): gradients go to the leaves
    np.testing.assert_array_equal(calls[1][1][0], np.float32(1.0))
    assert float(x.grad._data) == pytest.approx(-5.4668, abs=1e-4)
    assert float(gy._data) == pytest.approx(-0.9111, abs=1e-4)
    z2 = tr.sin(x**2)
    z2.backward()
    assert len(calls) == 2  # removed


# ---- recording ----------------------------------------------------------------------------------


def test_recorder_builds_equations_with_literals_and_names():
    rec, (x, y, z) = record(notes_example)
    ir = rec.ir
    assert [v.kind for v in ir.vars] == [INPUT, LITERAL, OP, OP]
    assert ir.vars[1].value == 2 and type(ir.vars[1].value) is int
    assert [(e.prim.name, e.args) for e in ir.eqns] == [("pow", (0, 1)), ("sin", (2,))]
    assert [v.fn_name for v in ir.vars if v.kind == OP] == ["PowBackward0", "SinBackward0"]
    assert (rec.var_of(x), rec.var_of(y), rec.var_of(z)) == (0, 2, 3)
    assert ir.text({0: "x", 2: "y", 3: "z"}) == "y = pow(x, 2)\nz = sin(y)"
    assert ir.arrow_text({0: "x", 2: "y", 3: "z"}) == "x --> (pow) --> y --> (sin) --> z"
    assert ir.arrow_text({0: "x"}) == "x --> (pow) --> (sin) --> v3"
    assert ir.front_end == "torch"
    # snapshots only: no tensors in the IR
    for v in ir.vars:
        assert not isinstance(v.value, Tensor)


def test_constants_inputs_from_earlier_and_versions():
    x = tr.tensor(1.5, requires_grad=True)
    early = x * 2  # recorded before the watch: an input of the watched graph

    def cell():
        c = tr.tensor(4.0)
        a = early * c + c
        c.add_(1.0)  # a new value: a new constant
        b = a * c
        return a, b, c

    rec, (a, b, c) = record(cell)
    kinds = [v.kind for v in rec.ir.vars]
    assert kinds.count(CONST) == 2
    early_var = rec.ir.vars[rec.var_of(early)]
    assert early_var.kind == INPUT and not early_var.is_leaf
    assert early_var.fn_name == "MulBackward0"
    vals = replay(rec.ir)
    np.testing.assert_array_equal(vals[rec.var_of(b)]._data, b._data)
    (g,) = gradients(rec.ir, vals, rec.var_of(b), None, [rec.var_of(early)])
    assert float(g._data) == 20.0  # d(b)/d(early) = 5 * 4: each constant as it was used
    assert rec.calls == []


def test_backward_calls_are_noted():
    def cell():
        x, y, z = notes_example()
        z.backward()
        return x, y, z

    rec, (x, y, z) = record(cell)
    (call,) = rec.calls
    assert call.roots == (rec.var_of(z),) and not call.functional


# ---- replay -------------------------------------------------------------------------------------


def test_replay_is_bit_identical_and_keeps_dtypes():
    def cell():
        x = tr.tensor(np.linspace(0, 3, 20), dtype=tr.float32, requires_grad=True)
        y = x**2 * 0.5 + 1
        z = tr.sin(y) / 3
        return x, y, z

    rec, (x, y, z) = record(cell)
    vals = replay(rec.ir)
    for t in (x, y, z):
        got = vals[rec.var_of(t)]._data
        assert got.dtype == np.float32
        np.testing.assert_array_equal(got, t._data)
    z.sum().backward()
    (g,) = gradients(rec.ir, vals, rec.var_of(z), None, [rec.var_of(x)])
    np.testing.assert_array_equal(g._data, x.grad._data)
    # new inputs, float64, overrides
    vid = rec.var_of(x)
    v64 = replay(rec.ir, {vid: np.zeros(20)}, record=False, float64=True)
    assert v64[rec.var_of(z)]._data.dtype == np.float64
    np.testing.assert_allclose(v64[rec.var_of(z)]._data, np.sin(1.0) / 3)
    over = replay(rec.ir, record=False, overrides={rec.var_of(y): np.zeros(20)})
    np.testing.assert_allclose(over[rec.var_of(z)]._data, 0.0)


def test_replay_does_not_touch_the_users_graph():
    rec, (x, y, z) = record(notes_example)
    z.backward()  # frees the user's graph
    vals = replay(rec.ir)
    (g,) = gradients(rec.ir, vals, rec.var_of(z), None, [rec.var_of(x)])
    assert float(g._data) == pytest.approx(-5.4668, abs=1e-4)
    assert float(x.grad._data) == pytest.approx(-5.4668, abs=1e-4)  # unchanged, not doubled


def test_unconnected_is_none():
    def cell():
        a = tr.tensor(1.0, requires_grad=True)
        b = tr.tensor(2.0, requires_grad=True)
        return a, b, a * 3, b + 1

    rec, (a, b, c, d) = record(cell)
    vals = replay(rec.ir)
    ga, gb = gradients(rec.ir, vals, rec.var_of(c), None, [rec.var_of(a), rec.var_of(b)])
    assert float(ga._data) == 3.0 and gb is None


# ---- curves -------------------------------------------------------------------------------------


def test_curve_vectorised_and_point_by_point_agree():
    def cell():
        x = tr.tensor(0.7, requires_grad=True)
        z = tr.sin(x**2)
        w = (x * tr.ones(3)).sum() * z  # not elementwise: replayed point by point
        return x, z, w

    rec, (x, z, w) = record(cell)
    xv = rec.var_of(x)
    grid = np.linspace(-1, 2, 31)
    fast = curve(rec.ir, xv, rec.var_of(z), grid, second=True)
    assert fast.vectorised
    np.testing.assert_allclose(fast.f, np.sin(grid**2), atol=1e-12)
    np.testing.assert_allclose(fast.df, 2 * grid * np.cos(grid**2), atol=1e-12)
    d2 = 2 * np.cos(grid**2) - 4 * grid**2 * np.sin(grid**2)
    np.testing.assert_allclose(fast.d2f, d2, atol=1e-10)
    slow = curve(rec.ir, xv, rec.var_of(w), grid, second=True)
    assert not slow.vectorised
    f = 3 * grid * np.sin(grid**2)
    np.testing.assert_allclose(slow.f, f, atol=1e-10)
    np.testing.assert_allclose(
        slow.df, 3 * np.sin(grid**2) + 6 * grid**2 * np.cos(grid**2), atol=1e-9
    )


def test_curve_gives_up_on_huge_point_by_point_work():
    def cell():
        x = tr.tensor(0.7, requires_grad=True)
        return x, (x * tr.ones(3)).sum()

    rec, (x, w) = record(cell)
    assert curve(rec.ir, rec.var_of(x), rec.var_of(w), np.linspace(0, 1, 50), max_evals=20) is None


def test_long_chains_need_no_recursion():
    n = 3 * sys.getrecursionlimit()

    def cell():
        x = tr.tensor(0.5, requires_grad=True)
        y = x
        for _ in range(n):
            y = tr.sin(y)
        return x, y

    rec, (x, y) = record(cell)
    ir = rec.ir
    assert len(ir.eqns) == n
    assert len(ir.ancestors([rec.var_of(y)])) == n + 1
    vals = replay(ir)
    np.testing.assert_array_equal(vals[rec.var_of(y)]._data, y._data)
    (g,) = gradients(ir, vals, rec.var_of(y), None, [rec.var_of(x)])
    assert np.isfinite(g._data)
    assert ir.arrow_text().count("(sin)") == n
    c = curve(ir, rec.var_of(x), rec.var_of(y), np.linspace(0, 1, 5))
    assert c is not None and c.vectorised


def test_grad_of_the_core_matches_on_replay():
    """The magic's gradients are the engine's own functional grad on the replayed graph."""
    rec, (x, y, z) = record(notes_example)
    vals = replay(rec.ir)
    seed = Tensor._wrap(np.ones((), np.float32))
    ref = core_backward.grad([vals[rec.var_of(z)]], [seed], [vals[rec.var_of(y)]])
    vals = replay(rec.ir)  # grad freed that copy, as it would the user's graph
    (ours,) = gradients(rec.ir, vals, rec.var_of(z), None, [rec.var_of(y)])
    np.testing.assert_array_equal(ours._data, ref[0]._data)
