"""Reductions over ``dim=()`` (every dim, as in PyTorch), ``var``/``std`` with no degrees of
freedom (PyTorch's UserWarning, not NumPy's RuntimeWarning) and a tuple ``dim`` where PyTorch
takes one int (TypeError)."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

import autograd_magic.torch as am

X = [[0.0, 2.0], [-0.0, 3.0]]
REDUCTIONS = ["sum", "mean", "amax", "amin", "var", "std", "norm"]


def reduced(m, name: str, keepdim: bool):
    x = m.tensor(X, requires_grad=True)
    r = getattr(x, name)(dim=(), keepdim=keepdim)
    r.sum().backward()
    return repr(r), x.grad.tolist()


@pytest.mark.parametrize("name", REDUCTIONS)
def test_empty_dim_reduces_everything(name):
    text, _ = reduced(am, name, False)
    assert text.startswith("tensor(") and "[" not in text


@pytest.mark.parametrize("name", REDUCTIONS)
@pytest.mark.parametrize("keepdim", [False, True])
def test_empty_dim_against_real_torch(name, keepdim):
    torch = pytest.importorskip("torch")
    ours, theirs = reduced(am, name, keepdim), reduced(torch, name, keepdim)
    assert ours[0] == theirs[0]
    if name not in ("var", "std"):  # PyTorch's var/std backward takes dim=() as no reduction
        assert ours[1] == theirs[1]  # (its gradient is ±inf; ours is var's true gradient)


def test_var_over_empty_dim_has_the_true_gradient():
    x = am.tensor(X, requires_grad=True)
    x.var(dim=()).backward()
    np.testing.assert_allclose(x.grad.tolist(), [[-5 / 6, 0.5], [-5 / 6, 7 / 6]], rtol=1e-6)


@pytest.mark.parametrize(
    ("expr", "name"),
    [
        ("m.tensor([1.]).var()", "var"),
        ("m.tensor([1.]).std()", "std"),
        ("m.ones(2).var(correction=3)", "var"),
    ],
)
def test_no_degrees_of_freedom_warns_as_pytorch(expr, name):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        eval(expr, {"m": am})
    assert [(w.category, str(w.message)) for w in caught] == [
        (
            UserWarning,
            f"{name}(): degrees of freedom is <= 0. Correction should be strictly less than the "
            "reduction factor (input numel divided by output numel).",
        )
    ]
    assert caught[0].filename == "<string>"  # the caller's line, as PyTorch's


@pytest.mark.parametrize(
    "expr", ["x.softmax(dim=())", "x.log_softmax(dim=[0])", "x.cumsum(dim=())"]
)
def test_a_tuple_dim_where_one_int_is_taken(expr):
    with pytest.raises(TypeError, match=r"\(\): argument 'dim' must be int, not (tuple|list)"):
        eval(expr, {"x": am.ones(2, 3)})


def matmul_error(m) -> str:
    with pytest.raises(RuntimeError) as err:
        m.ones(2, 2, 3) @ m.ones(4)
    return str(err.value)


def test_batch_times_vector_of_another_size():
    assert matmul_error(am) == "size mismatch, got input (4), mat (4x3), vec (4)"


def test_batch_times_vector_of_another_size_against_real_torch():
    torch = pytest.importorskip("torch")
    assert matmul_error(am) == matmul_error(torch)


# a vector or matrix times a batch: PyTorch folds the batch into rows (mm / mv) when the first
# operand requires grad, and runs bmm otherwise; each has its own error
FOLD_CASES = [
    ((2, 3), (1, 2, 3), True, "mat1 and mat2 shapes cannot be multiplied (3x2 and 3x2)"),
    ((4,), (2, 3, 5), True, "size mismatch, got input (10), mat (10x3), vec (4)"),
    (
        (4,),
        (2, 3, 5),
        False,
        "Expected size for first two dimensions of batch2 tensor to be: [2, 4] but got: [2, 3].",
    ),
]


def fold_error(m, sa, sb, ga):
    with pytest.raises(RuntimeError) as err:
        m.ones(*sa, requires_grad=ga) @ m.ones(*sb, requires_grad=True)
    return str(err.value)


@pytest.mark.parametrize(("sa", "sb", "ga", "want"), FOLD_CASES)
def test_matrix_or_vector_times_a_batch_of_another_size(sa, sb, ga, want):
    assert fold_error(am, sa, sb, ga) == want


@pytest.mark.parametrize(("sa", "sb", "ga", "want"), FOLD_CASES)
def test_matrix_or_vector_times_a_batch_against_real_torch(sa, sb, ga, want):
    torch = pytest.importorskip("torch")
    assert fold_error(am, sa, sb, ga) == fold_error(torch, sa, sb, ga)
