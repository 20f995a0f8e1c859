"""Watch a cell: record every operation and backward pass it starts, then name what it made.

Hooks are installed for the duration of the cell only and removed in a ``finally``. While the
magic works on its own copy of the graph (replays, gradients, plots), every capture is paused,
so an ``%%autograd`` run from inside another one does not record the inner magic's work.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from ..core import trace
from ..core.ir import Recorder
from ..core.tensor import Tensor

_paused = [0]


@contextmanager
def paused() -> Iterator[None]:
    """Ignore recorded operations in every active capture (the magic's own computations)."""
    _paused[0] += 1
    try:
        yield
    finally:
        _paused[0] -= 1


class Capture:
    """Records the operations of one cell (use as a context manager around the cell)."""

    def __init__(self) -> None:
        self.recorder = Recorder()
        self.failed: BaseException | None = None  # the recorder's own error, if any
        rec = self.recorder

        # The hooks run inside the user's operations: they must never make one fail. An error
        # of the recorder stops the recording; the magic then reports it instead of a graph.
        def on_op(t: Tensor, operands: tuple[Any, ...]) -> None:
            if _paused[0] or self.failed is not None:
                return
            try:
                rec.on_op(t, operands)
            except Exception as err:
                self.failed = err

        def on_backward(roots: list[Any], seeds: list[Any], inputs: list[Any] | None) -> None:
            if _paused[0] or self.failed is not None:
                return
            try:
                rec.on_backward(roots, seeds, inputs)
            except Exception as err:
                self.failed = err

        self._on_op = on_op
        self._on_backward = on_backward

    def __enter__(self) -> Capture:
        trace.add_capture_hook(self._on_op, operands=True)
        try:
            trace.add_backward_hook(self._on_backward)
        except BaseException:
            trace.remove_capture_hook(self._on_op)
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        trace.remove_capture_hook(self._on_op)
        trace.remove_backward_hook(self._on_backward)


def tensor_names(ns: Mapping[str, Any]) -> Iterator[tuple[str, Tensor]]:
    """The namespace's tensors with their names (names starting with ``_`` are skipped)."""
    for key, value in list(ns.items()):
        if isinstance(value, Tensor) and isinstance(key, str) and not key.startswith("_"):
            yield key, value


def _tf_capture() -> Any:
    """The tf front end's capture API, if a cell loaded the tf front end (else None)."""
    if "autograd_magic.tf" not in sys.modules:
        return None  # importing it here would import the tf front end for torch cells
    return importlib.import_module("autograd_magic.tf.capture")


def _latest(recorder: Recorder, tensors: list[Any]) -> int | None:
    """The most recently recorded var among these tensors' vars."""
    ids = [recorder.var_of(t) for t in tensors if isinstance(t, Tensor)]
    ids = [i for i in ids if i is not None]
    return max(ids) if ids else None


def name_vars(recorder: Recorder, ns: Mapping[str, Any]) -> tuple[dict[int, str], dict[int, Any]]:
    """Name recorded values by the namespace variables bound to them after the cell.

    Tensors match by identity (a result by its node); a tf.Variable names the value of it the
    graph read last. A value bound to several names takes the first in namespace order.
    Unnamed values that a tf.Variable held get the variable's own name (``'w:0'``) as a tag,
    and earlier values of a leaf changed in place between uses (``w`` before an optimizer step)
    get ``'w@v0'``, ``'w@v1'``, after the version number they had.
    Returns the names and the named tensors (to read ``.grad`` slots; not to be kept).
    """
    tf = _tf_capture()
    held = tf.VariableValues(list(ns.values())) if tf is not None else None
    variables: list[Any] = []
    if tf is not None:
        for value in list(ns.values()):
            items = value.values() if isinstance(value, dict) else value
            if isinstance(value, (list, tuple, dict)):
                variables.extend(v for v in items if tf.is_variable(v))
    names: dict[int, str] = {}
    tensors: dict[int, Any] = {}
    for key, value in list(ns.items()):
        if not isinstance(key, str) or key.startswith("_"):
            continue
        if isinstance(value, Tensor):
            vid = recorder.var_of(value)
        elif tf is not None and tf.is_variable(value):
            vid = _latest(recorder, held.of(value))
            variables.append(value)
        else:
            continue
        if vid is not None and vid not in names:
            names[vid] = key
            tensors[vid] = value
            if isinstance(value, Tensor):
                for version, old in recorder.older_versions(value):
                    if not recorder.ir.vars[old].tag:
                        recorder.ir.vars[old].tag = f"{key}@v{version}"
    for v in variables:
        vid = _latest(recorder, held.of(v))
        if vid is not None and vid not in names and not recorder.ir.vars[vid].tag:
            name = getattr(v, "name", "")
            recorder.ir.vars[vid].tag = name if isinstance(name, str) else ""
    return names, tensors
