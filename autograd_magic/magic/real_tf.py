"""Record a cell written with the real ``tensorflow`` (eager) as the engine's IR.

TensorFlow calls an *op callback* after every eager operation with the operation's type, its
input and output tensors and its attributes: this is the mechanism its own debugger dump
(``tf.debugging.experimental.enable_dump_debug_info``) is built on. Using it directly gives
the values of every input (the dump only logs outputs, so a constant such as the ``2`` of
``x**2`` would be missing), costs no files, and adds a few milliseconds per cell. The callback
only keeps references to the (immutable) eager tensors; the IR is built after the cell.

The work is split by concern:

- ``tf_watch``: the op callback and TensorFlow's variable watcher, during the cell;
- ``tf_build``: the recorded operations turned into the IR, after the cell (which of them a
  tape records, and which variable each read came from, with ``tf_reads``);
- ``tf_ops``: operation types the engine knows as its primitives (each mapping checked against
  TensorFlow's value); any other runs TensorFlow itself, forward and backward;
- ``tf_namespace``: the variables and tensors the cell's namespace names.

``TFCapture`` ties them together for ``real_common.RealCaptures``.
"""

from __future__ import annotations

from typing import Any

import tensorflow as tf

from ..core.ir import IR
from .real_common import hide_partial
from .tf_build import Builder, Built
from .tf_namespace import handle_id
from .tf_watch import OpWatcher


class TFCapture:
    """Watches the eager TensorFlow operations of one cell (a context manager around it)."""

    framework = "tensorflow"

    def __init__(self, ns: dict[str, Any] | None = None) -> None:
        self.watcher = OpWatcher(ns)
        self._built: Built | None = None

    @property
    def failed(self) -> BaseException | None:
        """The error that stopped the recording, if any (the cell itself ran on)."""
        return self.watcher.failed

    def __enter__(self) -> TFCapture:
        self.watcher.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.watcher.__exit__(*exc)

    # -- after the cell --

    def count(self, ns: dict[str, Any]) -> int:
        """How many operations of the cell's graph were recorded."""
        return len(self._build_once(ns).ir.eqns) if self.watcher.records or self._built else 0

    def seen(self) -> str:
        """What the cell did with TensorFlow, in a few words (for messages)."""
        n = len(self._built.ir.eqns) if self._built else 0
        return f"TensorFlow ({n} operation{'s' * (n != 1)} on variables or watched tensors)"

    def describe(self, made: dict[str, Any]) -> str:
        """The TensorFlow values among ``made`` (names the cell bound), for a message."""
        parts = []
        for key, value in made.items():
            if isinstance(value, tf.Variable):
                parts.append(f"{key} (tf.Variable, trainable={value.trainable})")
            elif isinstance(value, tf.Tensor):
                parts.append(f"{key} (tf.Tensor)")
        if not parts:
            return ""
        return (
            "TensorFlow values bound by this cell: "
            + ", ".join(parts)
            + " (a tf.Tensor is recorded only inside a GradientTape that watches it)"
        )

    def result(self, ns: dict[str, Any]) -> tuple[IR, list, dict, dict, list[str]]:
        """The IR, differentiation calls, names, named tensors (none: no .grad) and notes."""
        built = self._build_once(ns)
        ir = built.ir
        names: dict[int, str] = {}
        for key, value in list(ns.items()):
            if not isinstance(key, str) or key.startswith("_"):
                continue
            vid = None
            if isinstance(value, tf.Variable):
                vid = built.handle_var.get(handle_id(value))
            elif isinstance(value, tf.Tensor):
                vid = built.id_var.get(getattr(value, "_id", None))
            if vid is not None and vid not in names:
                names[vid] = key
        for key, value in list(ns.items()):  # earlier values of a variable: 'w@v0'
            if isinstance(key, str) and isinstance(value, tf.Variable):
                hid = handle_id(value)
                for (h, version), vid in built.read_var.items():
                    if h == hid and vid not in names:
                        ir.vars[vid].tag = f"{key}@v{version}"
        partial = hide_partial(ir, names, built.hidden, "TensorFlow's tape.gradient")
        self.watcher.records = []
        self.watcher.grad_calls = []
        return ir, built.calls, names, {}, [*built.notes, *partial]

    def _build_once(self, ns: dict[str, Any]) -> Built:
        if self._built is None:
            w = self.watcher
            self._built = Builder(w.records, w.grad_calls, ns, w.watched_ids).build()
        return self._built


__all__ = ["TFCapture"]
