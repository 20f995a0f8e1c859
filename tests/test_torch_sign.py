"""``sign`` and ``sgn`` as PyTorch 2.13 computes, names and differentiates them.

Both give -1, 0 or 1, and 0 at NaN and at -0 (PyTorch's kernel compares with 0); integers and
bools keep their dtype. Their derivative is 0 everywhere, and with ``create_graph=True`` that
0 does not require grad. ``SignBackward0`` saves nothing; ``SgnBackward0`` keeps its operand and
result, so an in-place change of either, or a second backward through a freed graph, raises.
Each case pins what real PyTorch printed; with PyTorch installed the programs also run under it.
"""

from __future__ import annotations

import pytest

import autograd_magic.torch as am

VALUES = "[-2., -0., 0., 1.5, float('inf'), float('-inf'), float('nan')]"

# (program, what PyTorch 2.13 printed or raised): ``m`` is the library, ``out`` what is shown
CASES = [
    (
        f"x = m.tensor({VALUES}, requires_grad=True); out = x.sign()",
        "tensor([-1.,  0.,  0.,  1.,  1., -1.,  0.], grad_fn=<SignBackward0>)",
    ),
    (
        f"x = m.tensor({VALUES}, dtype=m.float64, requires_grad=True); out = m.sgn(x * 2)",
        "tensor([-1.,  0.,  0.,  1.,  1., -1.,  0.], dtype=torch.float64,\n"
        "       grad_fn=<SgnBackward0>)",
    ),
    (
        f"x = m.tensor({VALUES}, requires_grad=True)\n"
        "out = m.autograd.grad(m.sign(x).sum(), x, create_graph=True)[0]\n"
        "out = (out, out.requires_grad)",
        "(tensor([0., 0., 0., 0., 0., 0., 0.]), False)",
    ),
    (
        f"x = m.tensor({VALUES}, requires_grad=True)\n"
        "out = m.autograd.grad(x.sgn().sum(), x, create_graph=True)[0]\n"
        "out = (out, out.requires_grad)",
        "(tensor([0., 0., 0., 0., 0., 0., 0.]), False)",
    ),
    (
        "out = (m.tensor([1, -2, 0]).sign(), m.tensor([1, -2, 0], dtype=m.int32).sgn(), "
        "m.tensor([True, False]).sign(), m.tensor([True, False]).sgn())",
        "(tensor([ 1, -1,  0]), tensor([ 1, -1,  0], dtype=torch.int32), "
        "tensor([ True, False]), tensor([ True, False]))",
    ),
    (
        "x = m.tensor([-2., 0., 1.5], requires_grad=True); y = x * 1; y.sgn_()\n"
        "y.sum().backward(); out = (y, x.grad)",
        "(tensor([-1.,  0.,  1.], grad_fn=<SgnBackward0>), tensor([0., 0., 0.]))",
    ),
    (
        "x = m.tensor([-2., 0., 1.5], requires_grad=True); y = x * 1; y[0:2].sign_()\n"
        "y.sum().backward(); out = (y, x.grad)",
        "(tensor([-1.0000,  0.0000,  1.5000], grad_fn=<CopySlices>), tensor([0., 0., 1.]))",
    ),
    (
        # sign saves nothing: changing its operand or result is no error
        "x = m.tensor([-2., 0., 1.5], requires_grad=True); y = x * 1; z = y.sign()\n"
        "y.add_(1); z.add_(1); z.sum().backward(); out = x.grad",
        "tensor([0., 0., 0.])",
    ),
    (
        "x = m.tensor([-2., 0., 1.5], requires_grad=True); y = x.exp(); z = y.sgn()\n"
        "y.add_(1); z.sum().backward()",
        "RuntimeError: one of the variables needed for gradient computation has been modified "
        "by an inplace operation: [torch.FloatTensor [3]], which is output 0 of Add, is at "
        "version 1; expected version 0 instead.",
    ),
    (
        "x = m.tensor([-2., 0., 1.5], requires_grad=True); y = x * 1; y.sgn_(); y.add_(1)\n"
        "y.sum().backward()",
        "RuntimeError: one of the variables needed for gradient computation has been modified "
        "by an inplace operation: [torch.FloatTensor [3]], which is output 0 of Sgn, is at "
        "version 2; expected version 1 instead.",
    ),
    (
        "x = m.tensor([-2., 0., 1.5], requires_grad=True); z = x.sgn()\n"
        "z.sum().backward(); z.sum().backward()",
        "RuntimeError: Trying to backward through the graph a second time (or directly access "
        "saved tensors after they have already been freed).",
    ),
    # sgn's derivative is a ZeroTensor: 0 through mul, div and views even at inf and NaN
    (
        "x = m.tensor([1., float('nan'), 0.], requires_grad=True)\n"
        "out = m.autograd.grad((x**0.5).sgn().sum(), x)[0]",
        "tensor([0., 0., 0.])",
    ),
    (
        "x = m.tensor([1., float('nan'), 0.], requires_grad=True)\n"
        "out = m.autograd.grad((x.sgn() * x).sum(), x)[0]",
        "tensor([1., 0., 0.])",
    ),
    (
        "x = m.tensor([1., float('nan'), 0.], requires_grad=True); y = x * x.reciprocal()\n"
        "out = m.autograd.grad(m.sgn(y).sum(), x)[0]",
        "tensor([-0., nan, nan])",
    ),
    (
        "x = m.tensor([1., 2.], requires_grad=True); x.sgn().sum().backward()\n"
        "out = (x.grad, x.grad + 1, x.grad.clone().add_(1))",
        "(tensor([0., 0.]), tensor([1., 1.]), tensor([1., 1.]))",
    ),
    (
        "x = m.tensor([1., 2.], requires_grad=True); x.sgn().sum().backward(); x.grad.zero_()",
        "RuntimeError: ZeroTensors are immutable. Please use the materialized zero tensor "
        "obtained using .clone() if you want a mutable tensor.",
    ),
    (
        "x = m.tensor([1., 2.], requires_grad=True); x.sgn().sum().backward(); x.grad[0] = 1.",
        "RuntimeError: ZeroTensors are immutable. Please materialize the tensor using "
        "`.clone()`, if you want a mutable zero tensor.",
    ),
    (
        "x = m.tensor([1., 2.], requires_grad=True); x.sgn().sum().backward(); x.grad.tolist()",
        "RuntimeError: tolist() shouldn't be called on a tensor with unallocated storage",
    ),
    (
        "x = m.tensor([1., 2.], requires_grad=True); x.sgn().sum().backward(); x.grad.numpy()",
        "RuntimeError:  Cannot convert a ZeroTensor to numpy. Set force=True if you need the "
        "zero array.",
    ),
    (
        "x = m.tensor([1., 2.], requires_grad=True); x.sgn().sum().backward()\n"
        "x.sgn().sum().backward()",
        "RuntimeError: ZeroTensors are immutable. Please use the materialized zero tensor "
        "obtained using .clone() if you want a mutable tensor.",
    ),
    (
        "x = m.tensor([1., 2.], requires_grad=True); x.sum().backward(); x.sgn().sum().backward()"
        "\nout = x.grad",
        "tensor([1., 1.])",
    ),
    (
        # pow's rule for its base always selects (where): ordinary zeros, so a second pass adds
        "x = m.tensor([0.5, 2.], requires_grad=True); y = m.sgn(x ** x)\n"
        "y.sum().backward(retain_graph=True); y.sum().backward(); out = x.grad",
        "tensor([0., 0.])",
    ),
    (
        # mse_loss's double backward divides a ZeroTensor in place (mean reduction)
        "x = m.tensor([1., 2.], requires_grad=True); t = m.tensor([0., 5.], requires_grad=True)\n"
        "g = m.autograd.grad(m.sgn(m.nn.functional.mse_loss(x, t)), x, create_graph=True)[0]\n"
        "(g * g).sum().backward()",
        "RuntimeError: ZeroTensors are immutable. Please use the materialized zero tensor "
        "obtained using .clone() if you want a mutable tensor.",
    ),
    (
        "x = m.tensor([-2., 0., 1.5], requires_grad=True); x.sign_()",
        "RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.",
    ),
]


def shown(m, program: str) -> str:
    """What ``program`` leaves in ``out`` (its repr), or its error up to the first sentence
    PyTorch's hint follows."""
    ns = {"m": m}
    try:
        exec(program, ns)
    except RuntimeError as e:
        text = str(e)
        for cut in (" Hint:", " Saved intermediate"):
            text = text.split(cut)[0]
        return f"RuntimeError: {text}"
    return repr(ns["out"])


@pytest.mark.parametrize(("program", "want"), CASES, ids=range(len(CASES)))
def test_sign_and_sgn_as_pytorch(program, want):
    assert shown(am, program) == want


@pytest.mark.parametrize("program", [c[0] for c in CASES], ids=range(len(CASES)))
def test_sign_and_sgn_as_real_pytorch(program):
    torch = pytest.importorskip("torch")
    assert shown(am, program) == shown(torch, program)
