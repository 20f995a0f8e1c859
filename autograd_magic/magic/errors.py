"""When a cell fails: a traceback like a plain cell's, and the error explained in plain words.

``cell_traceback`` keeps the frames of the cell's own code (and of the functions it calls),
dropping IPython's ``run_cell_magic`` machinery and every frame inside ``autograd_magic``.
``show_cell_traceback`` makes IPython print that traceback for this one exception.
``explain`` recognises the common autograd mistakes and says what happened and how to fix it.
"""

from __future__ import annotations

import ast
import os
import re
import types
from collections.abc import Mapping
from typing import Any

from ..render.model import GraphView
from ..render.naming import definitions
from ..render.text import node_ref

PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _inside_package(filename: str) -> bool:
    return os.path.abspath(filename).startswith(PACKAGE_DIR + os.sep)


_TORCH_OVERRIDES = os.path.join("torch", "overrides.py")


def cell_traceback(tb: types.TracebackType | None, cell_file: str) -> types.TracebackType | None:
    """The traceback from the cell's first frame on, without frames inside ``autograd_magic``.

    ``None`` when the cell's code is not on the traceback (the caller then keeps the original).
    """
    kept: list[types.TracebackType] = []
    started = False
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        started = started or name == cell_file
        if started and not _inside_package(name):
            kept.append(tb)
        tb = tb.tb_next
    kept = _without_torch_dispatch(kept)
    new: types.TracebackType | None = None
    for entry in reversed(kept):
        new = types.TracebackType(new, entry.tb_frame, entry.tb_lasti, entry.tb_lineno)
    return new


def _without_torch_dispatch(kept: list[types.TracebackType]) -> list[types.TracebackType]:
    """Drop the detour real torch takes through the magic's ``TorchFunctionMode``.

    Under the mode a call such as ``z.backward()`` shows as the function, then
    ``torch/overrides.py``, then the same function again; a plain cell shows it once.
    """
    out: list[types.TracebackType] = []
    for i, entry in enumerate(kept):
        if entry.tb_frame.f_code.co_filename.endswith(_TORCH_OVERRIDES):
            nxt = kept[i + 1] if i + 1 < len(kept) else None
            if out and nxt is not None and out[-1].tb_frame.f_code is nxt.tb_frame.f_code:
                out.pop()  # the dispatching call of the function that runs again next
            continue
        out.append(entry)
    return out


def show_cell_traceback(shell: Any, err: BaseException, tb: types.TracebackType) -> None:
    """Have IPython format ``err`` with ``tb`` (from frame 0) the next time it shows it.

    The shell's traceback formatter is wrapped for this one exception object; the wrapper
    removes itself once the cell has finished (``post_run_cell``), whether or not it was used.
    """
    formatter = getattr(shell, "InteractiveTB", None)
    events = getattr(shell, "events", None)
    if formatter is None or events is None:
        return
    original = formatter.structured_traceback

    def structured_traceback(
        etype: Any = None,
        evalue: Any = None,
        etb: Any = None,
        tb_offset: Any = None,
        *a: Any,
        **k: Any,
    ) -> Any:
        if evalue is err:
            etb, tb_offset = tb, 0
        return original(etype, evalue, etb, tb_offset, *a, **k)

    def restore(*_: Any) -> None:
        if formatter.__dict__.get("structured_traceback") is structured_traceback:
            del formatter.structured_traceback
        try:
            events.unregister("post_run_cell", restore)
        except ValueError:
            pass

    formatter.structured_traceback = structured_traceback
    events.register("post_run_cell", restore)


# --------------------------------------------------------------------------- explanations


def _failing_line(tb: types.TracebackType | None, cell_file: str, source: str) -> str:
    """The text of the last line of the cell (not of a function it calls) that ran."""
    line = 0
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == cell_file:
            line = tb.tb_lineno
        tb = tb.tb_next
    lines = source.split("\n")
    # The cell file starts with the %%autograd line: line k of the file is lines[k - 2].
    return lines[line - 2] if 2 <= line <= len(lines) + 1 else ""


def _grad_names(line: str) -> list[str]:
    return re.findall(r"\b([A-Za-z_]\w*)\.grad\b", line)


def _gradient_sources(source: str) -> dict[str, list[str]]:
    """``g = tape.gradient(z, x)`` → ``{'g': ['x']}`` (names of the sources asked for)."""
    found: dict[str, list[str]] = {}
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return found
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)):
            continue
        call = node.value
        if not (isinstance(call.func, ast.Attribute) and call.func.attr == "gradient"):
            continue
        if len(call.args) < 2:
            continue
        src = call.args[1]
        items = src.elts if isinstance(src, (ast.List, ast.Tuple)) else [src]
        names = [e.id for e in items if isinstance(e, ast.Name)]
        targets = node.targets[0]
        outs = targets.elts if isinstance(targets, (ast.List, ast.Tuple)) else [targets]
        for k, t in enumerate(outs):
            if isinstance(t, ast.Name):
                found[t.id] = names[k : k + 1] if len(outs) > 1 else names
    return found


def _is_tf_constant(value: Any) -> bool:
    mod = type(value).__module__
    return mod.startswith("autograd_magic.tf") and type(value).__name__ != "Variable"


BACKWARD_TWICE = (
    "backward() ran a second time through the same graph. The first backward pass freed the "
    "values the graph saved for it{saved}, so there is nothing left to go back through. "
    "Either build the graph again (run "
    "the forward lines again) before the second backward(), or keep the saved values with "
    "backward(retain_graph=True) on the first call. The second pass then adds into .grad."
)
TAPE_TWICE = (
    "tape.gradient ran a second time on the same GradientTape. A tape frees what it recorded "
    "after its first gradient call{saved}, so it cannot go back a second time. Ask for every "
    "gradient in one call (tape.gradient(z, [x, w])), or create the tape with "
    "tf.GradientTape(persistent=True) to call gradient several times (then del tape when done)."
)
NON_SCALAR = (
    "backward() without an argument needs a single number (a scalar) to start from, but "
    "{what}. Reduce it to one number first, e.g. {name}.sum().backward() (or .mean()), or pass "
    "the starting gradient yourself: {name}.backward(gradient=torch.ones_like({name}))."
)
IN_PLACE = (
    "A value that the graph saved for the backward pass was changed in place afterwards{which}. "
    "The derivative needs the old value, which is gone. Write the operation out of place "
    "(y = y + 1 instead of y += 1 or y.add_(1)), or clone the value before changing it."
)
NO_GRAD = (
    "backward() was called on a value that does not depend on any tensor that requires grad, "
    "so there is no graph to go back through. Create the inputs with requires_grad=True "
    "(tensor(..., requires_grad=True)) before computing with them, and not inside no_grad()."
)
NON_LEAF_GRAD = (
    "{name}.grad is None: {name} is not a leaf (it was computed by an operation), and "
    "backward() fills .grad only for leaf tensors. Call {name}.retain_grad() before backward() "
    "to keep it, or read the gradient of the leaf you meant."
)
NOT_REQUIRED_GRAD = (
    "{name}.grad is None: {name} does not require grad, so autograd computes no gradient for "
    "it. Create it with requires_grad=True (or call {name}.requires_grad_())."
)
NOT_YET = (
    "{name}.grad is None: no backward() has reached {name} yet. Call backward() on the output "
    "first."
)
UNWATCHED = (
    "{grad} is None: tape.gradient returned None for {src}, because {src} is a constant "
    "(tf.constant) and the tape only watches tf.Variable objects. Call tape.watch({src}) inside "
    "the `with tf.GradientTape() as tape:` block, or make {src} a tf.Variable."
)


def explain(
    err: BaseException,
    tb: types.TracebackType | None,
    cell_file: str,
    source: str,
    ns: Mapping[str, Any],
    graph: GraphView | None = None,
) -> str | None:
    """A plain-words explanation of a common autograd mistake, or ``None`` if not recognised.

    ``graph`` (what the cell recorded) lets the explanation name the values involved.
    """
    saved = saved_values(graph) if graph is not None else ""
    msg = str(err)
    if isinstance(err, RuntimeError):
        if "backward through the graph a second time" in msg:
            return BACKWARD_TWICE.format(saved=f" ({saved})" if saved else "")
        if "non-persistent GradientTape can only be used to compute one set" in msg:
            return TAPE_TWICE.format(saved=f" ({saved})" if saved else "")
        if "can be implicitly created only for scalar outputs" in msg:
            name = _backward_target(_failing_line(tb, cell_file, source)) or "z"
            value = ns.get(name)
            shape = tuple(getattr(value, "shape", ()) or ())
            what = (
                f"{name} holds {_count(shape)} numbers (shape {shape})"
                if shape
                else "the value holds several numbers"
            )
            text = NON_SCALAR.format(what=what, name=name)
            if value is not None and getattr(value, "requires_grad", True) is False:
                text += " " + NO_GRAD.replace("backward() was called on", f"Also, {name} is")
            return text
        if "modified by an inplace operation" in msg:
            m = re.search(r"\[([^\]]*\[[^\]]*\])\], which is output (\d+) of (\w+)", msg)
            which = f": a {m.group(1)} made by {m.group(3)}" if m else ""
            if m and graph is not None:
                which = _in_place_detail(graph, m.group(3)) or which
            return IN_PLACE.format(which=which)
        if "does not require grad and does not have a grad_fn" in msg:
            return NO_GRAD
        return None
    if isinstance(err, (AttributeError, TypeError)) and "NoneType" in msg:
        line = _failing_line(tb, cell_file, source)
        for name in _grad_names(line):
            value = ns.get(name)
            if value is None or not hasattr(value, "is_leaf"):
                continue
            if not value.is_leaf:
                return NON_LEAF_GRAD.format(name=name)
            if not getattr(value, "requires_grad", False):
                return NOT_REQUIRED_GRAD.format(name=name)
            return NOT_YET.format(name=name)
        for grad, srcs in _gradient_sources(source).items():
            if not re.search(rf"\b{re.escape(grad)}\b", line) or ns.get(grad, 0) is not None:
                continue
            for src in srcs:
                if _is_tf_constant(ns.get(src)):
                    return UNWATCHED.format(grad=grad, src=src)
    return None


def _in_place_detail(graph: GraphView, fn_prefix: str) -> str:
    """``': y (x * 3), saved by z = (x * 3)**2, was changed by an in-place add'``."""
    rhs = definitions(graph.nodes)
    for node in reversed(graph.nodes):
        if not (node.name and node.inputs and (node.fn_name or "").startswith(fn_prefix)):
            continue
        old = node.inputs[0]
        savers = [
            f"{n.name} = {rhs[n.id]}" if n.name else rhs[n.id]
            for n in graph.nodes
            if old in n.inputs and n.id != node.id
        ]
        if not savers:
            continue
        before = node_ref(graph.nodes[old])
        held = f" ({before})" if before != node.name else ""
        return (
            f": {node.name}{held}, saved by {'; '.join(savers[:2])}, was changed by an in-place "
            f"{node.op}"
        )
    return ""


def saved_values(graph: GraphView, limit: int = 3) -> str:
    """``'x, saved by y = x**2; y, saved by z = sin(y)'``: what operations keep for backward."""
    items = []
    rhs = definitions(graph.nodes)
    for node in graph.nodes:
        if node.op is None:
            continue
        refs = []
        for u in dict.fromkeys(node.inputs):
            src = graph.nodes[u]
            if src.requires_grad or not src.is_leaf:
                refs.append(node_ref(src))
        if refs:
            made = f"{node.name} = {rhs[node.id]}" if node.name else rhs[node.id]
            items.append(f"{', '.join(refs)}, saved by {made}")
    more = f"; and {len(items) - limit} more" if len(items) > limit else ""
    return "; ".join(items[:limit]) + more


def _count(shape: tuple[int, ...]) -> int:
    n = 1
    for s in shape:
        n *= int(s)
    return n


def _backward_target(line: str) -> str | None:
    m = re.search(r"\b([A-Za-z_]\w*)\.backward\(", line)
    return m.group(1) if m else None
