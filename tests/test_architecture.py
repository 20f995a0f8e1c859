"""The import rules of ARCHITECTURE.md: each layer imports only the layers below it."""

from __future__ import annotations

import ast
import pathlib

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
