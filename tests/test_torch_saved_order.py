"""Which changed value the in-place error names when a node saved several, as PyTorch 2.13.

PyTorch checks a node's saved values in the alphabetical order of their argument names, inputs
before the result, and names the first one changed: ``other`` before ``self`` for ``a*b``,
``exponent`` before ``self`` for ``a**b``, ``mat2`` before ``self`` for ``@``, but ``self``
before ``tensor`` for ``dot``. Each case pins the message real PyTorch printed; with PyTorch
installed the programs also run under it. Nodes run newest first, as in PyTorch, so of two
nodes the later one's saved values are checked first.
"""

from __future__ import annotations

import pytest

import autograd_magic.torch as am

PROGRAM = """
x = m.tensor([1., 2., 3.], requires_grad={ga})
w = m.tensor([.5, 1.5, 2.5], requires_grad=True)
a = x * 1
b = w + 0
z = ({expr}).sum()
a.add_(1)
b.add_(1)
b.add_(1)
z.backward()
"""

# (name, expression of a (x*1, changed once) and b (w+0, changed twice), x requires grad,
#  what PyTorch's message says between "...by an inplace operation: " and "; expected...")
CASES = [
    (
        "mul",
        "a*b",
        True,
        "[torch.FloatTensor [3]], which is output 0 of Add, is at version 2",
    ),
    ("mul", "a*b", False, "[torch.FloatTensor [3]] is at version 1"),
    (
        "div",
        "a/b",
        True,
        "[torch.FloatTensor [3]], which is output 0 of Add, is at version 2",
    ),
    (
        "div",
        "a/b",
        False,
        "[torch.FloatTensor [3]], which is output 0 of Add, is at version 2",
    ),
    (
        "pow",
        "a**b",
        True,
        "[torch.FloatTensor [3]], which is output 0 of Add, is at version 2",
    ),
    (
        "pow",
        "a**b",
        False,
        "[torch.FloatTensor [3]], which is output 0 of Add, is at version 2",
    ),
    (
        "rpow",
        "b**a",
        True,
        "[torch.FloatTensor [3]], which is output 0 of Add, is at version 1",
    ),
    ("rpow", "b**a", False, "[torch.FloatTensor [3]] is at version 1"),
    (
        "maximum",
        "m.maximum(a,b)",
        True,
        "[torch.FloatTensor [3]], which is output 0 of Add, is at version 2",
    ),
    (
        "maximum",
        "m.maximum(a,b)",
        False,
        "[torch.FloatTensor [3]], which is output 0 of Add, is at version 2",
    ),
    (
        "minimum",
        "m.minimum(a,b)",
        True,
        "[torch.FloatTensor [3]], which is output 0 of Add, is at version 2",
    ),
    (
        "minimum",
        "m.minimum(a,b)",
        False,
        "[torch.FloatTensor [3]], which is output 0 of Add, is at version 2",
    ),
    (
        "mm",
        "a.reshape(3,1) @ b.reshape(1,3)",
        True,
        "[torch.FloatTensor [1, 3]], which is output 0 of AsStrided, is at version 2",
    ),
    (
        "mm",
        "a.reshape(3,1) @ b.reshape(1,3)",
        False,
        "[torch.FloatTensor [3, 1]] is at version 1",
    ),
    (
        "dot",
        "m.dot(a,b)",
        True,
        "[torch.FloatTensor [3]], which is output 0 of Add, is at version 1",
    ),
    (
        "dot",
        "m.dot(a,b)",
        False,
        "[torch.FloatTensor [3]] is at version 1",
    ),
    (
        "mv",
        "a.expand(2,3) @ b",
        True,
        "[torch.FloatTensor [2, 3]], which is output 0 of AsStrided, is at version 1",
    ),
    (
        "mv",
        "a.expand(2,3) @ b",
        False,
        "[torch.FloatTensor [2, 3]] is at version 1",
    ),
    (
        "vm",
        "a @ (b*1).reshape(3,1)",
        True,
        "[torch.FloatTensor [1, 3]], which is output 0 of AsStrided, is at version 1",
    ),
    (
        "vm",
        "a @ (b*1).reshape(3,1)",
        False,
        "[torch.FloatTensor [1, 3]] is at version 1",
    ),
    (
        "mse",
        "m.nn.functional.mse_loss(a,b)",
        True,
        "[torch.FloatTensor [3]], which is output 0 of Add, is at version 1",
    ),
    (
        "mse",
        "m.nn.functional.mse_loss(a,b)",
        False,
        "[torch.FloatTensor [3]] is at version 1",
    ),
    (
        "prod",
        "(a*b).prod() + a.prod()",
        True,
        "[torch.FloatTensor [3]], which is output 0 of Add, is at version 1",
    ),
    (
        "prod",
        "(a*b).prod() + a.prod()",
        False,
        "[torch.FloatTensor [3]] is at version 1",
    ),
]


def message(m, expr: str, ga: bool) -> str | None:
    """The in-place error's message under module ``m`` without its fixed start and hint."""
    try:
        exec(PROGRAM.format(expr=expr, ga=ga), {"m": m})
    except RuntimeError as e:
        return str(e).split("; expected version 0")[0].split("operation: ")[1]
    return None


@pytest.mark.parametrize(
    ("name", "expr", "ga", "want"), CASES, ids=[f"{c[0]}-{c[2]}" for c in CASES]
)
def test_error_names_the_value_pytorch_names(name, expr, ga, want):
    assert message(am, expr, ga) == want


@pytest.mark.parametrize(
    ("name", "expr", "ga"), [c[:3] for c in CASES], ids=[f"{c[0]}-{c[2]}" for c in CASES]
)
def test_error_names_the_value_real_torch_names(name, expr, ga):
    torch = pytest.importorskip("torch")
    assert message(am, expr, ga) == message(torch, expr, ga)


def test_the_newest_node_is_checked_first():
    x = am.tensor([1.0, 2.0, 3.0], requires_grad=True)
    a = x * 1
    b = x + 0
    e = a.exp()  # saves its result
    s = b.sin()  # saves b, newer
    with am.no_grad():
        e.add_(1)
        b.add_(1)
        b.add_(1)
    with pytest.raises(RuntimeError, match="output 0 of Add, is at version 2"):
        (e + s).sum().backward()


def test_mse_loss_of_two_shapes_saves_the_expanded_operand():
    x = am.tensor([1.0, 2.0, 3.0], requires_grad=True)
    w = am.tensor(2.0, requires_grad=True)
    a = x * 1
    b = w * 1
    with pytest.warns(UserWarning, match="different to the input size"):
        z = am.nn.functional.mse_loss(a, b)
    assert [type(f).__name__ for f, _ in z.grad_fn.next_functions] == [
        "MulBackward0",
        "ExpandBackward0",
    ]
    b.add_(1)
    with pytest.raises(RuntimeError) as err:
        z.backward()
    assert "[torch.FloatTensor [3]], which is output 0 of AsStrided, is at version 1" in str(
        err.value
    )
