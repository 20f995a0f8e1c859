"""Watch a cell: record every operation and backward pass it starts, then name what it made.

Hooks are installed for the duration of the cell only and removed in a ``finally``. While the
magic works on its own copy of the graph (replays, gradients, plots), every capture is paused,
so an ``%%autograd`` run from inside another one does not record the inner magic's work.
"""

from __future__ import annotations

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


def front_end_tag(t: Tensor) -> str:
    """A tf.Variable's own name (``'<script>:0'``); '' for anything else."""
    if not type(t).__module__.startswith("autograd_magic.tf"):
        return ""
    try:
        name = getattr(t, "name", None)
    except Exception:  # a tensor without a name may refuse the attribute
        return ""
    return name if isinstance(name, str) else ""


class Capture:
    """Records the operations of one cell (use as a context manager around the cell)."""

    def __init__(self) -> None:
        self.recorder = Recorder(tag_of=front_end_tag)
        rec = self.recorder

        def on_op(t: Tensor, operands: tuple[Any, ...]) -> None:
            if not _paused[0]:
                rec.on_op(t, operands)

        def on_backward(roots: list[Any], seeds: list[Any], inputs: list[Any] | None) -> None:
            if not _paused[0]:
                rec.on_backward(roots, seeds, inputs)

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


def name_vars(recorder: Recorder, ns: Mapping[str, Any]) -> tuple[dict[int, str], dict[int, Any]]:
    """Name recorded values by the namespace variables bound to them after the cell.

    A value bound to several names takes the first in namespace order. Returns the names and
    the named tensors (to read the front end's ``.grad`` slot; not to be kept).
    """
    names: dict[int, str] = {}
    tensors: dict[int, Any] = {}
    for key, value in tensor_names(ns):
        vid = recorder.var_of(value)
        if vid is not None and vid not in names:
            names[vid] = key
            tensors[vid] = value
    return names, tensors
