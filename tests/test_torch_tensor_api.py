"""Tensor API details found while splitting ``torch/tensor.py`` (issue 13)."""

from __future__ import annotations

import ast
import inspect
import pathlib
import sys

import numpy as np
import pytest

import autograd_magic.torch as tr


def test_is_floating_point_is_a_method_as_in_pytorch():
    x = tr.tensor([1.0, 2.0])
    n = tr.tensor([1, 2])
    assert x.is_floating_point() is True
    assert n.is_floating_point() is False
    # PyTorch's unbound form: a method, not a property returning a function
    assert tr.Tensor.is_floating_point(x) is True
    assert tr.is_floating_point(n) is False


@pytest.mark.parametrize(
    ("op", "expected"),
    [
        (lambda a, b: a < b, [True, False, False]),
        (lambda a, b: a <= b, [True, True, False]),
        (lambda a, b: a > b, [False, False, True]),
        (lambda a, b: a >= b, [False, True, True]),
        (lambda a, b: a == b, [False, True, False]),
        (lambda a, b: a != b, [True, False, True]),
    ],
)
def test_comparisons_are_not_labelled_as_an_addition(monkeypatch, op, expected):
    names: list[str] = []
    module = sys.modules[tr.Tensor.__lt__.__module__]

    def spy(key, prim, a, b):  # the helper that names a node after a PyTorch function
        names.append(key)
        raise AssertionError(f"a comparison went through the naming helper as {key!r}")

    monkeypatch.setattr(module, "_binary", spy, raising=False)
    x = tr.tensor([1.0, 2.0, 3.0], requires_grad=True)
    y = op(x, 2.0)
    assert names == []
    assert y.dtype == tr.bool
    assert y.tolist() == expected
    assert y.grad_fn is None and not y.requires_grad


def test_comparison_size_mismatch_is_pytorchs_error():
    with pytest.raises(RuntimeError, match=r"^The size of tensor a \(2\) must match the size"):
        _ = tr.tensor([1.0, 2.0]) < tr.tensor([1.0, 2.0, 3.0])
    assert np.array_equal(
        (tr.tensor([1.0, 2.0]) < tr.tensor([[2.0], [1.0]])).numpy(), [[True, False], [False, False]]
    )


def _torch_imports() -> dict[str, tuple[set[str], list[str]]]:
    """Per module of ``autograd_magic/torch``: the torch modules it imports, and the imports
    made inside a function (deferred)."""
    root = pathlib.Path(tr.__file__).parent
    names = {
        p: ".".join(("torch", *p.relative_to(root).with_suffix("").parts)).removesuffix(".__init__")
        for p in root.rglob("*.py")
    }
    modules = set(names.values())
    found = {}
    for path, name in names.items():
        tree = ast.parse(path.read_text())
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        deps: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                full = f"{base}.{node.module}" if node.module else base
                subs = {f"{full}.{a.name}" for a in node.names} & modules
                deps |= subs | ({full} & modules if len(subs) < len(node.names) else set())
        deferred = [
            f"{name}:{n.lineno}"
            for f in ast.walk(tree)
            if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))
            for n in ast.walk(f)
            if isinstance(n, (ast.Import, ast.ImportFrom))
        ]
        found[name] = (deps - {name}, deferred)
    return found


def test_torch_front_end_has_no_import_cycle_and_no_deferred_import():
    found = _torch_imports()
    assert [d for _, (_, deferred) in found.items() for d in deferred] == []

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for dep in found.get(start, ((), ()))[0]:
            if dep == goal or (dep not in seen and not seen.add(dep) and reaches(dep, goal, seen)):
                return True
        return False

    assert [m for m in found if reaches(m, m, set())] == []


def test_functions_made_from_methods_take_pytorchs_argument_names():
    x = tr.tensor([[1.0, 2.0], [3.0, 5.0]])
    assert tr.sum(input=x, dim=0).tolist() == [4.0, 7.0]
    assert tr.sin(input=x).tolist() == np.sin(x.numpy()).astype(np.float32).tolist()
    assert tr.var(x, 1, correction=0).tolist() == [0.25, 1.0]
    assert list(inspect.signature(tr.clamp).parameters) == ["input", "min", "max"]
    assert tr.clamp.__name__ == "clamp" and "Tensor.clamp" in tr.clamp.__doc__
    with pytest.raises(TypeError, match=r"abs\(\): argument 'input' \(position 1\) must be"):
        tr.abs([-1.0, 2.0])  # as PyTorch: a list is not a tensor


# PyTorch 2.13's words, recorded: only add/sub/mul/div take a Python number as ``input``
NOT_A_TENSOR = [
    ("sin", (2.0,), "sin(): argument 'input' (position 1) must be Tensor, not float"),
    ("exp", (2,), "exp(): argument 'input' (position 1) must be Tensor, not int"),
    ("sum", (True,), "sum(): argument 'input' (position 1) must be Tensor, not bool"),
    ("max", (2.0,), "max(): argument 'input' (position 1) must be Tensor, not float"),
    ("sign", ([1.0],), "sign(): argument 'input' (position 1) must be Tensor, not list"),
    ("abs", (None,), "abs(): argument 'input' (position 1) must be Tensor, not NoneType"),
]


@pytest.mark.parametrize(
    ("name", "args", "message"), NOT_A_TENSOR, ids=[c[0] for c in NOT_A_TENSOR]
)
def test_functions_refuse_a_number_for_input_as_pytorch(name, args, message):
    with pytest.raises(TypeError) as err:
        getattr(tr, name)(*args)
    assert str(err.value) == message


def test_arithmetic_functions_take_numbers_as_pytorch():
    assert tr.add(2.0, 3.0).item() == 5.0 and tr.mul(2.0, tr.tensor(4.0)).item() == 8.0
    assert tr.sub(2.0, 3.0).item() == -1.0 and tr.div(2.0, 4.0).item() == 0.5


def test_refusals_match_real_pytorch():
    torch = pytest.importorskip("torch")
    for name, args, message in NOT_A_TENSOR:
        with pytest.raises(TypeError) as err:
            getattr(torch, name)(*args)
        assert str(err.value) == message
    assert torch.add(2.0, 3.0).item() == 5.0 and torch.div(2.0, 4.0).item() == 0.5
