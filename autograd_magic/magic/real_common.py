"""What the real-framework captures share: which frameworks a cell uses, and opaque operations.

``%%autograd`` reads cells written with the real ``torch`` and ``tensorflow`` through one
capture per framework (``real_torch``, ``real_tf``). Each turns what the cell did into the
engine's IR (``core.ir``), so the table, graph, chain-rule panel and plots are the same views
the project's own front ends get. Neither framework is imported here: a capture is started only
when the framework is already loaded or the cell imports it.

An operation the engine does not know becomes an *opaque* primitive: it keeps the framework's
own name, its forward runs the framework's operation again, and its derivative rules ask the
framework for the vector-Jacobian product (again as an opaque primitive, so second derivatives
are the framework's too). No number shown for it is made up by the engine.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, ExitStack
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

from ..core.apply import apply
from ..core.ir import IR, BackwardCall
from ..core.primitives import Primitive
from ..core.tensor import Tensor
from .bindings import Bindings

#: The frameworks a cell may import, by their top-level module.
FRAMEWORKS = {"torch": "PyTorch", "tensorflow": "TensorFlow"}
_IMPORT_LINE = re.compile(r"^\s*(?:import|from)\s+(torch|tensorflow)\b", re.MULTILINE)


class Backend(Protocol):
    """How an opaque primitive talks to its framework (arrays in, arrays out)."""

    def from_numpy(self, a: np.ndarray) -> Any: ...

    def to_numpy(self, t: Any) -> np.ndarray: ...

    def vjp_fn(self, fn: Callable[..., Any], i: int) -> Callable[..., Any]:
        """``h(g, *xs)``: the VJP of ``fn`` for operand ``i``, differentiable by the framework."""
        ...

    def guard(self) -> AbstractContextManager[Any]:
        """Around every run of the framework: keeps its random state as it was."""
        ...


def is_float(a: Any) -> bool:
    """True for a floating-point NumPy array or engine tensor."""
    data = a._data if isinstance(a, Tensor) else a
    return isinstance(data, np.ndarray) and data.dtype.kind == "f"


def close(have: np.ndarray, want: np.ndarray, rtol: float = 1e-5, atol: float = 1e-6) -> bool:
    """Whether the engine's value matches the framework's: shape, dtype and numbers.

    ``np.allclose`` costs a NumPy error-state switch per call; this is called for every
    recorded operation, so the common cases (equal, or finite and close) go first.
    """
    if have.shape != want.shape or have.dtype != want.dtype:
        return False
    if np.array_equal(have, want):
        return True
    h = np.asarray(have, dtype=np.float64)
    w = np.asarray(want, dtype=np.float64)
    if np.isfinite(h).all() and np.isfinite(w).all():
        return bool((np.abs(h - w) <= atol + rtol * np.abs(w)).all())
    return bool(np.allclose(h, w, rtol=rtol, atol=atol, equal_nan=True))


def opaque(
    label: str, backend: Backend, fn: Callable[..., Any], floats: Sequence[bool]
) -> Primitive:
    """A primitive for a framework operation the engine does not know.

    ``fn`` takes the framework's tensors (one per operand) and returns one tensor. The forward
    converts arrays to the framework and back; the rule for each floating operand applies a new
    opaque primitive computing the framework's own vector-Jacobian product.
    """

    def forward(*arrays: Any) -> np.ndarray:
        with backend.guard():
            return backend.to_numpy(fn(*[backend.from_numpy(np.asarray(a)) for a in arrays]))

    def rule_for(i: int) -> Callable[..., Any]:
        def rule(g: Any, ans: Any, *args: Any) -> Any:
            h = backend.vjp_fn(fn, i)
            grad_floats = (True, *(is_float(a) for a in args))
            prim = opaque(f"d{label}", backend, h, grad_floats)
            return apply(prim, g, *args)

        return rule

    vjps = tuple(rule_for(i) if ok else None for i, ok in enumerate(floats))
    return Primitive(label, forward, vjps, dtype_rule=None)


@dataclass(frozen=True, eq=False)
class Frozen(Primitive):
    """An operation recorded with its value only (see ``frozen``)."""


def frozen(label: str, value: np.ndarray, n: int) -> Primitive:
    """An operation that cannot be run again faithfully (random, or failing here).

    Its forward gives the recorded value whatever its operands; it has no derivative rule, so
    nothing upstream is reached through it (the table says "not connected").
    """
    value = np.array(value, copy=True)
    return Frozen(label, lambda *a: value.copy(), (None,) * n, dtype_rule=None)


def replayable(ir: IR) -> bool:
    """False when the IR holds an operation that replaying cannot follow (no plots then)."""
    return not any(isinstance(e.prim, Frozen) for e in ir.eqns)


NOT_FOLLOWED = (
    "Not followed: {ops} (running it again does not give the cell's value: random, or it "
    "failed here). Its value is shown; no gradient passes through it (shown as not connected), "
    "and no plot is drawn through it."
)


@dataclass
class LeftToFramework:
    """The operations a capture left to the framework, by the names the notes give them.

    ``opaque``: computed by the framework itself (see ``opaque``); ``not_followed``: recorded
    with their value only (see ``frozen``).
    """

    framework: str  # as the notes name it: "torch", "TensorFlow"
    missing_from: str  # where the engine lacks them: "in this project's front end"
    opaque: list[str] = field(default_factory=list)
    not_followed: list[str] = field(default_factory=list)

    def notes(self) -> list[str]:
        """The notes shown below the table (none when nothing was left to the framework)."""
        notes = []
        if self.opaque:
            notes.append(
                f"Not {self.missing_from}: {', '.join(dict.fromkeys(self.opaque))}. Shown under "
                f"{self.framework}'s own name; its values and gradients are computed by "
                f"{self.framework} itself."
            )
        if self.not_followed:
            notes.append(NOT_FOLLOWED.format(ops=", ".join(dict.fromkeys(self.not_followed))))
        return notes


PARTIAL = (
    "Not listed: {names}. Part of their gradient passes through an operation not followed, "
    "so the magic cannot show it ({where} has it)."
)


def upstream_of_frozen(ir: IR) -> set[int]:
    """The values an operation not followed depends on (their gradients would be partial)."""
    args_of = {e.out: e.args for e in ir.eqns}
    todo = [a for e in ir.eqns if isinstance(e.prim, Frozen) for a in e.args]
    seen: set[int] = set()
    while todo:
        v = todo.pop()
        if v not in seen:
            seen.add(v)
            todo.extend(args_of.get(v, ()))
    return seen


def hide_partial(ir: IR, names: dict[int, str], hidden: set[int], where: str) -> list[str]:
    """Unname the values in ``hidden`` (a partial gradient is never shown); the note to show.

    ``names`` maps var ids to the names the table lists; earlier values' tags go too.
    """
    shown = []
    for v in sorted(hidden):
        label = names.pop(v, None) or ir.vars[v].tag
        if label:
            shown.append(label)
        ir.vars[v].tag = ""
    if not shown:
        return []
    return [PARTIAL.format(names=", ".join(dict.fromkeys(shown)), where=where)]


AMBIGUOUS_READ = (
    "Not followed: {ops}. TensorFlow read these tf.Variables of equal value for the operation "
    "without saying which operand is which, so no gradient passes through it and no plot is "
    "drawn. Pass a read value to tell them apart, e.g. tf.pow(a.read_value(), b), or use "
    "the operator (a ** b)."
)


def cell_imports(cell: str) -> set[str]:
    """The frameworks (``'torch'``, ``'tensorflow'``) the cell's code imports by name."""
    try:
        tree = ast.parse(cell)
    except SyntaxError:  # IPython syntax (!ls, %time) or a typo: read the import lines
        return set(_IMPORT_LINE.findall(cell))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            mods = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            mods = [node.module]
        else:
            continue
        found.update(m.split(".")[0] for m in mods if m.split(".")[0] in FRAMEWORKS)
    return found


def frameworks_for(cell: str) -> set[str]:
    """The real frameworks to watch in this cell: those loaded already or imported by it."""
    wanted = {name for name in FRAMEWORKS if name in sys.modules}
    return wanted | cell_imports(cell)


class RealCapture(Protocol):
    """One framework's capture: a context manager around the cell, then its IR."""

    framework: str  # 'torch' or 'tensorflow'
    failed: BaseException | None

    def __enter__(self) -> Any: ...

    def __exit__(self, *exc: object) -> None: ...

    def count(self, ns: dict[str, Any]) -> int:
        """How many operations of the framework the cell's graph recorded."""
        ...

    def seen(self) -> str:
        """What the cell did with the framework, in a few words (for messages)."""
        ...

    def describe(self, made: dict[str, Any]) -> str:
        """The framework's values among ``made`` (names the cell bound), for a message."""
        ...

    def result(
        self, ns: dict[str, Any]
    ) -> tuple[IR, list[BackwardCall], dict[int, str], dict[int, Any], list[str]]:
        """The IR, the differentiation calls, names, named tensors (engine copies) and notes."""
        ...


class RealCaptures:
    """The real-framework captures of one cell, entered and left together."""

    def __init__(self, cell: str, ns: dict[str, Any]) -> None:
        self.before = Bindings((k, v) for k, v in list(ns.items()) if isinstance(k, str))
        self.captures: list[Any] = []
        for name in sorted(frameworks_for(cell)):
            cap = _start(name, ns)
            if cap is not None:
                self.captures.append(cap)
        self._stack: ExitStack | None = None

    def __enter__(self) -> RealCaptures:
        with ExitStack() as stack:
            for cap in self.captures:
                stack.enter_context(cap)
            self._stack = stack.pop_all()
        return self

    def __exit__(self, *exc: object) -> None:
        stack, self._stack = self._stack, None
        if stack is not None:
            stack.__exit__(None, None, None)

    def used(self, ns: dict[str, Any]) -> list[Any]:
        """The captures that recorded operations of the cell's graph."""
        return [c for c in self.captures if c.failed is not None or c.count(ns)]

    def seen_nothing(self, ns: dict[str, Any]) -> list[str]:
        """What each framework's capture saw of a cell that recorded nothing."""
        made = {
            k: v
            for k, v in list(ns.items())
            if isinstance(k, str) and not k.startswith("_") and self.before.rebound(k, v)
        }
        seen = [text for c in self.captures if (text := c.describe(made))]
        watched = {c.framework for c in self.captures}
        for module, label in FRAMEWORKS.items():
            if module in sys.modules and module not in watched:
                seen.append(
                    f"{label} was first imported while this cell ran (not by an import line "
                    f"of the cell), so its operations were not watched: run the cell again"
                )
        return seen


def _start(name: str, ns: dict[str, Any]) -> Any:
    """A capture for this framework, or None when it cannot be imported."""
    try:
        if name == "torch":
            from .real_torch import TorchCapture

            return TorchCapture()
        from .real_tf import TFCapture

        return TFCapture(ns)  # reads the namespace's variables only when needed
    except Exception:  # not installed, or broken: the cell's own import will say so
        return None


def mixed_message(parts: list[str]) -> str:
    """The note for a cell whose graph comes from more than one framework."""
    return (
        "%%autograd: this cell computes with more than one framework ("
        + "; ".join(parts)
        + "), and one graph cannot mix them. Put each framework's computation in its own "
        "%%autograd cell."
    )


def nothing_message(seen: list[str]) -> str:
    """The note for a cell that recorded nothing, saying what it did use."""
    lines = ["%%autograd: this cell recorded no differentiable operations, so there is no graph."]
    if seen:
        lines.append("Seen: " + "; ".join(seen) + ".")
    lines.append(
        "Operations are recorded on tensors that require grad (PyTorch: requires_grad=True; "
        "TensorFlow: a tf.Variable or a tensor a GradientTape watches), outside no_grad(). "
        "The cell may use the real torch / tensorflow or this project's autograd_magic.torch / "
        "autograd_magic.tf."
    )
    return "\n".join(lines)
