"""Watching the eager TensorFlow operations of one cell (TensorFlow's op callbacks).

``OpWatcher`` is entered around the cell. TensorFlow calls it after every eager operation with
the operation's type, its input and output tensors and its attributes; it keeps one
``Record`` per operation (references to the immutable eager tensors, and copies of the values
of operands no recorded operation made). The operations a ``GradientTape.gradient`` (or
``jacobian``) call runs are told apart by that frame and left out; the call itself (target,
sources, output gradients) is kept in ``grad_calls``.

A ``tf.Variable`` passed straight to an operation is read by TensorFlow's C++ fast path
without a ``ReadVariableOp`` callback. TensorFlow's variable watcher
(``TFE_Py_VariableWatcher*``), renewed at every callback, says which variables an operation
read: each record keeps them (``Accessed``), with their values when needed to tell two apart.
``tape.watch`` is hooked to know the tensors and non-trainable variables the cell watches.
"""

from __future__ import annotations

import contextlib
import sys
from typing import Any

import numpy as np
import tensorflow as tf
from tensorflow.python import pywrap_tfe
from tensorflow.python.eager import record as tf_record
from tensorflow.python.eager import tape as tf_tape
from tensorflow.python.framework import op_callbacks

try:  # whether a tape records operations on these tensors (where TF 2.21 keeps it)
    from tensorflow.python.eager.record import should_record_backprop
except ImportError:  # older TensorFlow
    from tensorflow.python.eager.tape import should_record_backprop

from .tf_namespace import handle_id, variables

_GRADIENT_CODES = {
    tf.GradientTape.gradient.__code__,
    tf.GradientTape.jacobian.__code__,
    tf.GradientTape.batch_jacobian.__code__,
}
_FRAME_DEPTH = 80


def _numeric(t: Any) -> bool:
    """A tensor of numbers (not a resource handle, string or variant)."""
    dtype = t.dtype
    return dtype.is_floating or dtype.is_integer or dtype.is_bool or dtype.is_complex


class Temp:
    """An operand no recorded operation made: its id, dtype, value and whether a tape watches it.

    A literal (``3.0``), a ``tf.constant``, a tensor from before the cell, or the C++ fast
    path's read of a ``tf.Variable`` passed straight to the operation (see ``Accessed``).
    """

    __slots__ = ("_id", "dtype", "shape", "value", "watched")

    def __init__(self, t: Any) -> None:
        self._id = t._id
        self.dtype = t.dtype
        self.shape = t.shape
        self.value = np.array(t.numpy(), copy=True)
        self.watched = bool(should_record_backprop([t]))  # by a tape, at this operation

    def numpy(self) -> np.ndarray:
        return self.value


class Accessed:
    """A variable an operation read (TensorFlow's variable watcher says so), and its value then.

    The value is read only when needed to tell two such variables apart (``None`` otherwise).
    """

    __slots__ = ("hid", "var", "value", "read")

    def __init__(self, hid: int, var: Any, value: np.ndarray | None, read: bool) -> None:
        self.hid = hid
        self.var = var
        self.value = value
        self.read = read  # the watcher saw this operation read it (else: it may have)


class Record:
    """One eager operation: its type, operands, attributes and results."""

    __slots__ = ("op", "inputs", "attrs", "outputs", "watched", "accessed")

    def __init__(
        self, op: str, inputs: tuple, attrs: Any, outputs: Any, accessed: tuple = ()
    ) -> None:
        self.op = op
        self.inputs = inputs
        self.attrs = attrs
        self.outputs = tuple(outputs or ())
        self.accessed: tuple[Accessed, ...] = accessed  # variables read since the last op
        # a variable read: whether a tape watches the variable (it records the read)
        self.watched = op == "ReadVariableOp" and bool(should_record_backprop(inputs[:1]))


class OpWatcher:
    """Records the eager TensorFlow operations of one cell (a context manager around it)."""

    def __init__(self, ns: dict[str, Any] | None = None) -> None:
        self.failed: BaseException | None = None
        self.records: list[Record] = []
        self.grad_calls: list[tuple[Any, Any, Any]] = []  # (target, sources, output grads)
        self.watched_ids: set[int] = set()  # tensors passed to tape.watch during the cell
        self._grad_frame: Any = None
        self._known: set[int] = set()  # ids of tensors an operation of the cell made
        self._watcher: Any = None  # TensorFlow's variable watcher, renewed at each operation
        self._busy = False  # reading variables' values from inside the callback
        self._ns = ns if ns is not None else {}
        self._ns_untracked: dict[int, Any] | None = None  # the namespace's, when first needed
        self._explicit: dict[int, Any] = {}  # non-trainable variables passed to tape.watch
        self._tf_watch_variable: Any = None  # TensorFlow's own, while the hook replaces it
        self._watch_variable_hook = self._watch_variable  # one bound method: restored by identity
        self._tf_watch: Any = None
        self._watch_hook = self._watch

    def __enter__(self) -> OpWatcher:
        self._watcher = pywrap_tfe.TFE_Py_VariableWatcherNew()
        self._tf_watch_variable = tf_tape.watch_variable
        tf_tape.watch_variable = self._watch_variable_hook
        self._tf_watch = tf_tape.watch
        tf_tape.watch = self._watch_hook
        op_callbacks.add_op_callback(self._callback)
        return self

    def __exit__(self, *exc: object) -> None:
        op_callbacks.remove_op_callback(self._callback)
        if tf_tape.watch_variable is self._watch_variable_hook:
            tf_tape.watch_variable = self._tf_watch_variable
        if tf_tape.watch is self._watch_hook:
            tf_tape.watch = self._tf_watch
        if self._watcher is not None:
            pywrap_tfe.TFE_Py_VariableWatcherRemove(self._watcher)
            self._watcher = None
        self._grad_frame = None

    # -- tape.watch --

    def _watch_variable(self, tape: Any, variable: Any) -> None:
        """``tape.watch(v)`` for a variable, as TensorFlow does it; the variable watcher's
        record of this access is dropped (it is no operation's read)."""
        self._tf_watch_variable(tape, variable)
        try:
            self._take_accessed()
            hid = handle_id(variable)
            if hid is not None and not variable.trainable:
                self._explicit[hid] = variable
        except Exception as err:  # never make the cell fail
            self.failed = err

    def _watch(self, tape: Any, tensor: Any) -> None:
        """``tape.watch(t)`` for a tensor, as TensorFlow does it; the tensor's id is kept."""
        self._tf_watch(tape, tensor)
        try:
            self.watched_ids.add(tensor._id)
        except Exception as err:  # never make the cell fail
            self.failed = err

    # -- the variables an operation read --

    def _take_accessed(self) -> tuple:
        """The variables read since the previous operation; the watcher starts again."""
        if self._watcher is None:
            return ()
        found = pywrap_tfe.TFE_Py_VariableWatcherWatchedVariables(self._watcher)
        pywrap_tfe.TFE_Py_VariableWatcherRemove(self._watcher)
        self._watcher = pywrap_tfe.TFE_Py_VariableWatcherNew()
        return tuple(found or ())

    def _accessed(self, found: tuple, ins: tuple) -> tuple[Accessed, ...]:
        """The variables the operation may have read, with handle ids (and values if needed).

        The trainable ones the variable watcher saw (``found``), and the non-trainable ones a
        tape watches now (their reads are not reported; a tape records them after
        ``tape.watch``): those the namespace held when the cell started or ``tape.watch`` got.
        """
        temps = [t for t in ins if isinstance(t, Temp) and t.watched and t.dtype.is_floating]
        if not temps:
            return ()
        cands: dict[int, Any] = {}
        for v in found:
            hid = handle_id(v)
            if hid is not None and getattr(v, "dtype", None) is not None and v.dtype.is_floating:
                cands.setdefault(hid, v)
        read = set(cands)
        for hid, v in self._untracked().items():
            if v.dtype.is_floating:
                cands.setdefault(hid, v)
        # a read is watched only when the variable's handle is (a tape watches the variable)
        cands = {h: v for h, v in cands.items() if should_record_backprop([v.handle])}
        if not cands:
            return ()
        values: list[np.ndarray | None] = [None] * len(cands)
        if len(cands) > 1 or len(temps) > 1:  # their values tell which operand is which
            self._busy = True
            try:
                with tf_record.stop_recording():
                    values = [np.array(v.value().numpy(), copy=True) for v in cands.values()]
            finally:
                self._busy = False
            self._take_accessed()  # those reads are the magic's own
        return tuple(Accessed(h, v, val, h in read) for (h, v), val in zip(cands.items(), values))

    def _untracked(self) -> dict[int, Any]:
        """Non-trainable variables that a tape may watch (by handle id)."""
        if self._ns_untracked is None:
            self._ns_untracked = {h: v for h, v in variables(self._ns).items() if not v.trainable}
        return {**self._ns_untracked, **self._explicit}

    # -- the op callback --

    def _callback(self, op_type, inputs, attrs, outputs, op_name=None, graph=None):  # noqa: ANN001, ANN202
        """Called by TensorFlow after each operation; only reads, returns None (no override)."""
        if self._busy:
            return None
        if graph is not None or self.failed is not None:
            with contextlib.suppress(Exception):
                self._take_accessed()
            return None
        try:
            found = self._take_accessed()
            if self._in_gradient_call(sys._getframe(1)):
                return None
            op = op_type.decode() if isinstance(op_type, bytes) else str(op_type)
            known = self._known
            ins = tuple(t if t._id in known or not _numeric(t) else Temp(t) for t in inputs or ())
            record = Record(op, ins, attrs, outputs, self._accessed(found, ins))
            known.update(o._id for o in record.outputs)
            self.records.append(record)
        except Exception as err:  # never make the cell's operation fail
            self.failed = err
        return None

    def _in_gradient_call(self, frame: Any) -> bool:
        """Whether the operation runs inside ``tape.gradient`` (or ``jacobian``): then it is
        the gradient's own, and the call (the first time its frame is seen) is kept."""
        for _ in range(_FRAME_DEPTH):
            if frame is None:
                break
            if frame.f_code in _GRADIENT_CODES:
                if frame is not self._grad_frame:
                    self._grad_frame = frame
                    loc = frame.f_locals
                    self.grad_calls.append(
                        (loc.get("target"), loc.get("sources"), loc.get("output_gradients"))
                    )
                return True
            frame = frame.f_back
        return False
