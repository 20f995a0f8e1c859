"""The import rules of ARCHITECTURE.md: each layer imports only the layers below it."""

from __future__ import annotations

import ast
import pathlib
import re
import sys
from typing import Any

import numpy as np
import pytest

PACKAGE = pathlib.Path(__file__).resolve().parent.parent / "autograd_magic"

# layer -> the project layers it may import (besides itself)
ALLOWED = {
    "core": set(),
    "torch": {"core"},
    "tf": {"core"},
    "render": set(),
    "magic": {"core", "render", "torch", "tf"},
}
REAL_FRAMEWORKS = {"torch", "tensorflow"}


def _module_name(path: pathlib.Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: pathlib.Path) -> list[str]:
    """Absolute names of every module a file imports, at top level or inside functions."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.append(target)
    return found


def _layer_files(layer: str) -> list[pathlib.Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layer_imports_only_the_layers_below(layer: str) -> None:
    wrong = []
    for path in _layer_files(layer):
        for target in _imports(path):
            parts = target.split(".")
            if parts[0] == "autograd_magic" and len(parts) > 1:
                other = parts[1]
                if other in ALLOWED and other != layer and other not in ALLOWED[layer]:
                    wrong.append(f"{path.relative_to(PACKAGE)} imports {target}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("layer", ["core", "torch", "tf", "render"])
def test_engine_front_ends_and_renderers_never_import_a_real_framework(layer: str) -> None:
    wrong = [
        f"{path.relative_to(PACKAGE)} imports {target}"
        for path in _layer_files(layer)
        for target in _imports(path)
        if target.split(".")[0] in REAL_FRAMEWORKS
    ]
    assert not wrong, "\n".join(wrong)


def test_the_import_checker_sees_relative_imports() -> None:
    """The checker itself: a relative import in a front end resolves to the core package."""
    targets = _imports(PACKAGE / "torch" / "__init__.py")
    assert "autograd_magic.core.trace" in targets


# PyTorch's names of graph nodes and of its autograd machinery: the front end's to give
_TORCH_NODE_NAME = re.compile(
    r"\b[A-Z][A-Za-z]*Backward\d\b|\bCopySlices\b|\bCopyBackwards\b|\bAccumulateGrad\b"
    r"|\bgrad_fn\b|\bset_detect_anomaly\b"
)


def test_the_core_names_no_node_as_pytorch_does() -> None:
    """Node names come from each front end's table (``torch/names.py``, tf's ``TF_NAMES``)."""
    found = [
        f"{path.relative_to(PACKAGE)}:{i}: {m.group()}"
        for path in _layer_files("core")
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        for m in _TORCH_NODE_NAME.finditer(line)
    ]
    assert found == []


def test_the_node_name_check_finds_pytorch_names() -> None:
    assert _TORCH_NODE_NAME.findall("x (MmBackward0), CopySlices, grad_fn, _InBackward") == [
        "MmBackward0",
        "CopySlices",
        "grad_fn",
    ]


def test_nodes_are_named_by_the_front_ends_policy() -> None:
    """A tensor class's ``_node_names`` names every node made with it, engine-made ones too."""
    from autograd_magic.core import primitives as P
    from autograd_magic.core.backward import grad
    from autograd_magic.core.primitive import NodeNames
    from autograd_magic.core.tensor import Tensor

    class Named(Tensor):
        __slots__ = ()
        _node_names = NodeNames({"sin": "Sine"}, default=str.upper)

    x = Named._wrap(np.array([0.5, 1.0]))
    x._requires_grad = True
    y = P.sin(x)
    assert y._node.name == "Sine"
    (g,) = grad([y], [Named._wrap(np.ones(2))], [x], create_graph=True)  # cos(x) recorded
    assert g._node.name == "MUL"
    core = Tensor._wrap(np.array(2.0))
    core._requires_grad = True
    assert P.sin(core)._node.name == "sin"  # the engine's own names: the primitives'


def _strings_not_docstrings(path: pathlib.Path) -> list[tuple[int, str]]:
    """Every string constant of a module that is not a docstring (what code can show)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_the_core_says_nothing_in_pytorchs_name() -> None:
    """No string the engine can show or compare names PyTorch (the front ends word errors)."""
    found = [
        f"{path.relative_to(PACKAGE)}:{line}: {text!r}"
        for path in _layer_files("core")
        for line, text in _strings_not_docstrings(path)
        if "torch" in text.lower()
    ]
    assert found == []


def _climbs_from_core_to_tf(fn: Any) -> list[str]:
    """The calls from an engine (core/) frame into a tf/ frame while ``fn`` runs."""
    core, tf_dir = str(PACKAGE / "core"), str(PACKAGE / "tf")
    stack: list[str] = []
    climbs: list[str] = []

    def profile(frame: Any, event: str, arg: Any) -> None:
        if event == "call":
            where = frame.f_code.co_filename
            if stack and stack[-1].startswith(core) and where.startswith(tf_dir):
                climbs.append(f"{frame.f_code.co_name} ({pathlib.Path(where).name})")
            stack.append(where)
        elif event == "return" and stack:
            stack.pop()

    sys.setprofile(profile)
    try:
        fn()
    finally:
        sys.setprofile(None)
    return climbs


def test_a_tf_operation_climbs_back_from_the_engine_at_most_once() -> None:
    """The engine gets tf's policy once (node names, result class); at most the primitive's
    own forward (tf's float32 kernels) is tf code the engine calls."""
    import autograd_magic.tf as tf

    v = tf.Variable([1.0, 2.0])
    c = tf.constant([3.0, 4.0])
    x = tf.constant([0.5, 1.5])
    with tf.GradientTape() as tape:
        tape.watch(x)
        assert _climbs_from_core_to_tf(lambda: tf.add(v, c)) == []
        assert _climbs_from_core_to_tf(lambda: v * 2.0) == []
        assert _climbs_from_core_to_tf(lambda: tf.sin(x)) == ["forward (_kernels.py)"]
    assert _climbs_from_core_to_tf(lambda: tf.sin(x)) == ["forward (_kernels.py)"]


# Imports made inside a function on purpose: optional or heavy libraries loaded only when used
# (IPython's extension, matplotlib, the real frameworks' captures). Anything else is imported at
# the top of its module, and the modules of the package import one another without a circle.
LAZY_ON_PURPOSE = {
    "autograd_magic": {"autograd_magic.magic"},
    "autograd_magic.magic": {"autograd_magic.magic.magics"},
    "autograd_magic.magic.magics": {"matplotlib", "matplotlib_inline.backend_inline"},
    "autograd_magic.magic.real_common": {
        "autograd_magic.magic.real_torch",
        "autograd_magic.magic.real_tf",
    },
}


def _top_level_project_imports(path: pathlib.Path) -> tuple[set[str], set[str]]:
    """(modules of the package imported at module level, any module imported in a function);
    imports under ``if TYPE_CHECKING:`` are not run and count as neither."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))

    def target(node: ast.ImportFrom) -> list[str]:
        if node.level:
            base = package.split(".")[: len(package.split(".")) - node.level + 1]
            mod = ".".join(base + ([node.module] if node.module else []))
        else:
            mod = node.module or ""
        # ``from . import x`` may name a module: count it as the module when it is one
        subs = [f"{mod}.{a.name}" for a in node.names]
        return [s for s in subs if _is_module(s)] or [mod]

    top: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        for sub in ast.walk(node):
            if isinstance(sub, ast.FunctionDef | ast.AsyncFunctionDef):
                break
            if isinstance(sub, ast.ImportFrom):
                top.update(target(sub))
            elif isinstance(sub, ast.Import):
                top.update(a.name for a in sub.names)
    inner: set[str] = set()
    for fn in ast.walk(tree):
        if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
            for sub in ast.walk(fn):
                if isinstance(sub, ast.ImportFrom):
                    inner.update(target(sub))
                elif isinstance(sub, ast.Import):
                    inner.update(a.name for a in sub.names)
    return {m for m in top if m.startswith("autograd_magic")}, inner


def _is_module(dotted: str) -> bool:
    rel = pathlib.Path(*dotted.split("."))
    root = PACKAGE.parent
    return (root / rel).with_suffix(".py").exists() or (root / rel / "__init__.py").exists()


def test_no_import_inside_a_function_but_the_lazy_ones() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = _module_name(path)
        _, inner = _top_level_project_imports(path)
        lazy = {m for m in inner if m.split(".")[0] not in REAL_FRAMEWORKS | {"IPython"}}
        extra = lazy - LAZY_ON_PURPOSE.get(name, set())
        found += [f"{name} imports {m} inside a function" for m in sorted(extra)]
    assert found == []


def _circles(graph: dict[str, set[str]]) -> list[str]:
    """Every import circle a depth-first walk of ``graph`` (module -> modules it imports) meets."""
    circles: list[str] = []
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            # importing a package's submodule runs the package's __init__ first: not an edge back
            if node.startswith(nxt + "."):
                continue
            if state.get(nxt) == 1:
                circles.append(" -> ".join(trail[trail.index(nxt) :] + [nxt]))
            elif nxt not in state:
                visit(nxt, trail + [nxt])
        state[node] = 2

    for start in sorted(graph):
        if start not in state:
            visit(start, [start])
    return circles


def test_the_circle_finder_finds_a_circle() -> None:
    graph = {"p.a": {"p.b"}, "p.b": {"p.c"}, "p.c": {"p.a"}, "p.d": {"p"}}
    assert _circles(graph) == ["p.a -> p.b -> p.c -> p.a"]


def test_the_package_has_no_import_circle() -> None:
    graph = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        top, _ = _top_level_project_imports(path)
        graph[_module_name(path)] = {m for m in top if m != _module_name(path)}
    assert _circles(graph) == []
