"""``retain_grad()`` on a view whose base is then changed in place, as PyTorch 2.13 does it.

PyTorch remakes a view's ``grad_fn`` (``AsStridedBackward0``) only when it is next read — a
recorded operation on the view, ``grad_fn``, printing, ``is_leaf`` — and moves the view's
retain-grad hook to the new node then. So the view's ``.grad`` gets the gradient of its uses
before the change until the view is read again, and only that of later uses afterwards.

Each case pins what real PyTorch printed (``v.grad``, ``x.grad``); with PyTorch installed the
same programs also run under it.
"""

from __future__ import annotations

import pytest

import autograd_magic.torch as am

START = """
x = m.tensor([1., 2., 3.], requires_grad=True)
y = x * 1
v = y[0:2]
v.retain_grad()
z1 = (v * 2).sum()
"""

# (name, program after START, expected v.grad, expected x.grad)
CASES = [
    ("use_before_only", "y.mul_(3)\nL = z1 + y.sum()", [2.0, 2.0], [5.0, 5.0, 3.0]),
    ("read_grad_fn", "y.mul_(3)\nv.grad_fn\nL = z1 + y.sum()", None, [5.0, 5.0, 3.0]),
    ("printed", "y.mul_(3)\nrepr(v)\nL = z1 + y.sum()", None, [5.0, 5.0, 3.0]),
    ("is_leaf", "y.mul_(3)\nv.is_leaf\nL = z1 + y.sum()", None, [5.0, 5.0, 3.0]),
    ("shape_only", "y.mul_(3)\nv.shape, v.requires_grad\nL = z1 + y.sum()", [2.0, 2.0], None),
    ("no_grad_use", "y.mul_(3)\nwith m.no_grad():\n    v * 2\nL = z1", [2.0, 2.0], None),
    ("compare", "y.mul_(3)\nv > 0\nL = z1", [2.0, 2.0], [2.0, 2.0, 0.0]),
    ("unused_op", "y.mul_(3)\nw = v * 3\nL = z1", None, [2.0, 2.0, 0.0]),
    ("sub_view", "y.mul_(3)\nv[0]\nL = z1", None, [2.0, 2.0, 0.0]),
    ("retain_again", "y.mul_(3)\nv.retain_grad()\nL = z1", [2.0, 2.0], [2.0, 2.0, 0.0]),
    ("both_uses", "y.mul_(3)\nL = z1 + (v * 5).sum()", [5.0, 5.0], [17.0, 17.0, 0.0]),
    (
        "twice",
        "y.mul_(3)\nz2 = (v * 5).sum()\ny.add_(1)\nL = z1 + z2 + (v * 7).sum()",
        [7.0, 7.0],
        [38.0, 38.0, 0.0],
    ),
    ("twice_untouched", "y.mul_(3)\ny.add_(1)\nL = z1 + y.sum()", [2.0, 2.0], [5.0, 5.0, 3.0]),
    ("view_changed", "v.mul_(3)\nL = z1 + y.sum()", None, [5.0, 5.0, 1.0]),
    ("sibling_changed", "y[1:].mul_(3)\nL = z1 + y.sum()", [2.0, 2.0], [3.0, 5.0, 3.0]),
    ("no_grad_change", "with m.no_grad():\n    y.mul_(3)\nL = z1", [2.0, 2.0], [2.0, 2.0, 0.0]),
    (
        "no_grad_change_then_use",
        "with m.no_grad():\n    y.mul_(3)\nL = z1 + (v * 5).sum()",
        [5.0, 5.0],
        [7.0, 7.0, 0.0],
    ),
    (
        "detach_change_then_use",
        "y.detach().mul_(3)\nL = z1 + (v * 5).sum()",
        [5.0, 5.0],
        [7.0, 7.0, 0.0],
    ),
    ("setitem_base", "y[2] = x[0] * 4\nL = z1 + (v * 5).sum()", [5.0, 5.0], [7.0, 7.0, 0.0]),
    ("autograd_grad", "y.mul_(3)\nm.autograd.grad(z1, x)\nL = None", [2.0, 2.0], None),
    ("retain_after_change", None, [5.0, 5.0], [17.0, 17.0, 0.0]),
]
AFTER = """
x = m.tensor([1., 2., 3.], requires_grad=True)
y = x * 1
v = y[0:2]
z1 = (v * 2).sum()
y.mul_(3)
v.retain_grad()
L = z1 + (v * 5).sum()
"""


def run(m, program: str | None):
    """Run a case under module ``m``; return (v.grad, x.grad) as lists or None."""
    ns = {"m": m}
    exec(AFTER if program is None else START + program, ns)
    if ns["L"] is not None:
        ns["L"].backward()
    grads = ns["v"].grad, ns["x"].grad
    return tuple(None if g is None else g.tolist() for g in grads)


@pytest.mark.parametrize(("name", "program", "v_grad", "x_grad"), CASES, ids=[c[0] for c in CASES])
def test_retained_view_grad_as_pytorch(name, program, v_grad, x_grad):
    got_v, got_x = run(am, program)
    assert got_v == v_grad
    if x_grad is not None:
        assert got_x == x_grad


@pytest.mark.parametrize(("name", "program"), [c[:2] for c in CASES], ids=[c[0] for c in CASES])
def test_retained_view_grad_against_real_torch(name, program):
    torch = pytest.importorskip("torch")
    assert run(am, program) == run(torch, program)


def test_hook_moves_to_the_remade_node_when_read():
    x = am.tensor([1.0, 2.0, 3.0], requires_grad=True)
    y = x * 1
    v = y[0:2]
    v.retain_grad()
    y.mul_(3)
    assert v.retains_grad
    assert v.grad_fn.name() == "AsStridedBackward0"
    (v * 5).sum().backward()
    assert v.grad.tolist() == [5.0, 5.0]


# in-place changes through views of views: the gradient of a changed view's old value goes
# straight to its base (PyTorch's CopySlices), past the nodes of the views in between
NESTED = [
    (
        "view_of_view_changed",
        (
            "x = m.tensor([[1., 2., 3.], [4., 5., 6.]], requires_grad=True)\n"
            "y = x * 1\n"
            "v0 = y[1:]\n"
            "v0.retain_grad()\n"
            "v1 = v0.t()[1]\n"
            "v1.retain_grad()\n"
            "v1[0].mul_(3)\n"
            "L = (v0 * 2).sum() + y.sum()"
        ),
        {"v0": [[2.0, 2.0, 2.0]], "v1": None, "x": [[1.0, 1.0, 1.0], [3.0, 9.0, 3.0]]},
    ),
    (
        "sibling_of_changed_view",
        (
            "x = m.tensor([[1., 2., 3.], [4., 5., 6.]], requires_grad=True)\n"
            "y = x * 1\n"
            "v0 = y[0:2]\n"
            "v0.retain_grad()\n"
            "v1 = v0[1:]\n"
            "v1.mul_(3)\n"
            "L = (v0[0:2] ** 2).sum() + y.sum()"
        ),
        {
            "v0": [[2.0, 4.0, 6.0], [24.0, 30.0, 36.0]],
            "v1": None,
            "x": [[3.0, 5.0, 7.0], [75.0, 93.0, 111.0]],
        },
    ),
    (
        "empty_view_changed",
        (
            "x = m.tensor([[1., 2., 3.], [4., 5., 6.]], requires_grad=True)\n"
            "y = x * 1\n"
            "v0 = y[1:]\n"
            "v0.retain_grad()\n"
            "v1 = v0[1:]\n"
            "v1.add_(x[0, 1])\n"
            "L = v0.sum() * 9 + y.sum()"
        ),
        {"v0": [[9.0, 9.0, 9.0]], "v1": None, "x": [[1.0, 1.0, 1.0], [10.0, 10.0, 10.0]]},
    ),
    (
        "reshaped_view_transposed_grad",
        (
            "x = m.tensor([[1., 2., 3.], [4., 5., 6.]], requires_grad=True)\n"
            "y = x * 1\n"
            "v0 = y.reshape(3, 2)[0]\n"
            "v0.retain_grad()\n"
            "v0.mul_(3)\n"
            "L = (y.t()[1] ** 2).sum() + (v0 * 2).sum()"
        ),
        {"v0": [2.0, 2.0], "x": [[6.0, 42.0, 0.0], [0.0, 10.0, 0.0]]},
    ),
]


def grads(m, program: str) -> dict:
    """The ``.grad`` of v0, v1 (when retained) and x after ``L.backward()``."""
    ns = {"m": m}
    exec(program, ns)
    ns["L"].backward()
    out = {}
    for n in ("v0", "v1", "x"):
        if n in ns:
            t = ns[n]
            g = t.grad if (t.is_leaf or t.retains_grad) else None
            out[n] = None if g is None else g.tolist()
    return out


@pytest.mark.parametrize(("name", "program", "want"), NESTED, ids=[c[0] for c in NESTED])
def test_nested_views_as_pytorch(name, program, want):
    assert grads(am, program) == want


@pytest.mark.parametrize(("name", "program", "want"), NESTED, ids=[c[0] for c in NESTED])
def test_nested_views_against_real_torch(name, program, want):
    torch = pytest.importorskip("torch")
    assert grads(am, program) == grads(torch, program)


INDEX_ERRORS = [
    ("m.tensor(1.)[0]", "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or"),
    ("m.tensor(1.)[1]", "index 1 is out of bounds for dimension 0 with size 0"),
    ("m.tensor(1.)[-1]", "index -1 is out of bounds for dimension 0 with size 0"),
    ("m.tensor(1.)[0, 0]", "too many indices for tensor of dimension 0"),
    ("m.ones(3)[0, 0]", "too many indices for tensor of dimension 1"),
    ("m.ones(2, 3)[0, 5]", "index 5 is out of bounds for dimension 1 with size 3"),
    ("m.ones(2, 3)[-3]", "index -3 is out of bounds for dimension 0 with size 2"),
    ("m.ones(3)[[0, 5]]", "index 5 is out of bounds for dimension 0 with size 3"),
]


def index_error(m, expr: str) -> str:
    with pytest.raises(IndexError) as err:
        eval(expr, {"m": m})
    return str(err.value)


@pytest.mark.parametrize(("expr", "want"), INDEX_ERRORS, ids=[c[0] for c in INDEX_ERRORS])
def test_index_errors_in_pytorchs_words(expr, want):
    assert index_error(am, expr).startswith(want)


@pytest.mark.parametrize(("expr", "want"), INDEX_ERRORS, ids=[c[0] for c in INDEX_ERRORS])
def test_index_errors_against_real_torch(expr, want):
    torch = pytest.importorskip("torch")
    assert index_error(am, expr) == index_error(torch, expr)


def test_a_waiting_hook_hides_no_operation_from_other_capture_hooks():
    from autograd_magic.core import trace

    seen = []
    x = am.tensor([1.0, 2.0, 3.0], requires_grad=True)
    y = x * 1
    v = y[0:2]
    v.retain_grad()
    y.mul_(3)  # v's hook now waits on its old node until v is read
    trace.add_capture_hook(lambda t, args: seen.append(id(t)), operands=True)
    try:
        a = v * 2  # reads v: its hook moves, the waiting-hook watcher is done
        b = a + 1
        c = b * 3
    finally:
        trace._operand_hooks.pop()
    assert seen == [id(a), id(b), id(c)]
    x * 1  # the watcher, now last, takes itself out
    assert trace._operand_hooks == []
