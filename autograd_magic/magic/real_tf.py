"""Record a cell written with the real ``tensorflow`` (eager) as the engine's IR.

TensorFlow calls an *op callback* after every eager operation with the operation's type, its
input and output tensors and its attributes: this is the mechanism its own debugger dump
(``tf.debugging.experimental.enable_dump_debug_info``) is built on. Using it directly gives
the values of every input (the dump only logs outputs, so a constant such as the ``2`` of
``x**2`` would be missing), costs no files, and adds a few milliseconds per cell. The callback
only keeps references to the (immutable) eager tensors; the IR is built after the cell.

Which operations belong to the graph: those a tape records, i.e. computed from a value that
an active tape watches when the operation runs (TensorFlow's own ``should_record_backprop``):
a trainable ``tf.Variable`` read inside the tape, or a tensor passed to ``tape.watch``.
The gradient's own operations run inside
``GradientTape.gradient`` (or ``jacobian``): they are told apart by that frame and left out,
and the call itself (target, sources, output gradients) becomes the IR's differentiation call.
Tensors are named by their ``_id`` (the id the op callback sees), variables by the handle whose
value was read.

A ``tf.Variable`` passed straight to an operation (``tf.sin(x)``, ``tf.multiply(3.0, x)``) is
read by TensorFlow's C++ fast path without a ``ReadVariableOp`` callback: the operation only
sees a tensor of the variable's value. Which variables an operation read is known exactly from
TensorFlow's variable watcher (``TFE_Py_VariableWatcher*``, behind ``record.VariableWatcher``),
renewed at every callback so that it holds the variables read since the previous operation.
An operand is taken for a variable's read only if a tape watches it and it is no tensor the
cell named; when two variables read by one operation have the same dtype, shape and value, which
operand is which cannot be told: the operation is then not followed (a note says so).

Operation types the engine knows map to its primitives (each mapping checked against
TensorFlow's value); any other runs TensorFlow itself, forward and backward.
"""

from __future__ import annotations

import contextlib
import sys
from typing import Any

import numpy as np
import tensorflow as tf
from tensorflow.python import pywrap_tfe
from tensorflow.python.eager import context, execute
from tensorflow.python.eager import record as tf_record
from tensorflow.python.eager import tape as tf_tape
from tensorflow.python.framework import op_callbacks, op_def_registry

try:  # whether a tape records operations on these tensors (where TF 2.21 keeps it)
    from tensorflow.python.eager.record import should_record_backprop
except ImportError:  # older TensorFlow
    from tensorflow.python.eager.tape import should_record_backprop

from ..core import primitives as P
from ..core.apply import apply
from ..core.ir import CONST, INPUT, IR, OP, BackwardCall, Eqn, Var
from ..core.primitives import Primitive
from ..core.tensor import Tensor
from ..core.trace import no_grad
from .real_common import (
    AMBIGUOUS_READ,
    NOT_FOLLOWED,
    close,
    frozen,
    hide_partial,
    opaque,
    upstream_of_frozen,
)

RTOL, ATOL = 1e-5, 1e-6
_GRADIENT_CODES = {
    tf.GradientTape.gradient.__code__,
    tf.GradientTape.jacobian.__code__,
    tf.GradientTape.batch_jacobian.__code__,
}
_FRAME_DEPTH = 80

_UNARY = {
    "Sin": P.SIN,
    "Cos": P.COS,
    "Tan": P.TAN,
    "Exp": P.EXP,
    "Log": P.LOG,
    "Tanh": P.TANH,
    "Sigmoid": P.SIGMOID,
    "Relu": P.RELU,
    "Sqrt": P.SQRT,
    "Neg": P.NEG,
    "Abs": P.ABS,
    "Reciprocal": P.RECIPROCAL,
    "Inv": P.RECIPROCAL,
    "Identity": P.CLONE,
}
_BINARY = {
    "AddV2": P.ADD,
    "Add": P.ADD,
    "BiasAdd": P.ADD,
    "Sub": P.SUB,
    "Mul": P.MUL,
    "RealDiv": P.DIV,
    "Div": P.DIV,
    "Pow": P.POW,
    "Maximum": P.MAXIMUM,
    "Minimum": P.MINIMUM,
}
_REDUCE = {"Sum": P.SUM, "Mean": P.MEAN, "Max": P.AMAX, "Min": P.AMIN, "Prod": P.PROD}


def _attrs(attrs: Any) -> dict[str, Any]:
    flat = tuple(attrs or ())
    return {str(flat[i]): flat[i + 1] for i in range(0, len(flat) - 1, 2)}


def _mapping(
    op: str, ins: list[Any], attrs: dict[str, Any], out: Any
) -> tuple[Primitive, list[int], dict[str, Any]] | None:
    """The engine primitive for a TF operation: (primitive, operand positions, params)."""
    if op in _UNARY:
        return _UNARY[op], [0], {}
    if op in _BINARY:
        return _BINARY[op], [0, 1], {}
    if op == "Square":
        return P.POW, [0, -2], {}  # -2: the literal exponent 2 (see _operands)
    if op in ("MatMul", "BatchMatMulV2", "BatchMatMulV3"):
        flags = ("transpose_a", "transpose_b", "adj_x", "adj_y")
        if any(attrs.get(f) for f in flags):
            return None
        return P.MATMUL, [0, 1], {}
    if op in _REDUCE:
        axis = np.asarray(ins[1].numpy()).reshape(-1)
        ndim = len(ins[0].shape)
        axes = tuple(int(a) % ndim for a in axis) if ndim else ()
        params: dict[str, Any] = {"axis": axes, "keepdims": bool(attrs.get("keep_dims"))}
        if op in ("Max", "Min"):
            params["even"] = True
        return _REDUCE[op], [0], params
    if op == "Reshape":
        return P.RESHAPE, [0], {"shape": tuple(out.shape)}
    if op == "Transpose":
        return P.TRANSPOSE, [0], {"axes": tuple(int(a) for a in ins[1].numpy())}
    if op == "Cast":
        return P.CAST, [0], {"dtype": np.dtype(out.dtype.as_numpy_dtype)}
    if op == "Softmax":
        return P.SOFTMAX, [0], {"axis": -1}
    if op == "LogSoftmax":
        return P.LOG_SOFTMAX, [0], {"axis": -1}
    return None


class TFBackend:
    """Opaque primitives run TensorFlow on NumPy copies (see ``real_common.opaque``)."""

    def from_numpy(self, a: np.ndarray) -> Any:
        return tf.constant(np.array(a, copy=True))

    def to_numpy(self, t: Any) -> np.ndarray:
        return np.array(tf.convert_to_tensor(t).numpy(), copy=True)

    def guard(self) -> Any:
        return contextlib.nullcontext()

    def vjp_fn(self, fn: Any, i: int) -> Any:
        def h(g: Any, *xs: Any) -> Any:
            with tf.GradientTape() as tape:
                for x in xs:
                    if x.dtype.is_floating:
                        tape.watch(x)
                out = fn(*xs)
            gi = tape.gradient(out, xs[i], output_gradients=tf.cast(g, out.dtype))
            return tf.zeros_like(xs[i]) if gi is None else tf.convert_to_tensor(gi)

        return h


_BACKEND = TFBackend()


def _runner(op: str, n_out: int, attrs: tuple, k: int, dtypes: list[Any]) -> Any:
    """``fn(*tensors)``: the operation again (output ``k``) on new tensors.

    When a float operand comes in another float dtype (the float64 replay of the finite-
    difference check), the operation's type attributes follow it.
    """
    type_attrs = set()
    op_def = op_def_registry.get(op)
    if op_def is not None:
        type_attrs = {a.name for a in op_def.attr if a.type == "type"}

    def fn(*xs: Any) -> Any:
        flat = list(attrs)
        for x, old in zip(xs, dtypes):
            if x.dtype != old and x.dtype.is_floating and old.is_floating:
                for j in range(0, len(flat) - 1, 2):
                    name, value = flat[j], flat[j + 1]
                    if name in type_attrs and tf.as_dtype(value) == old:
                        flat[j + 1] = x.dtype.as_datatype_enum
        inputs = list(xs)
        outs = execute.execute(op, n_out, inputs, tuple(flat), context.context())
        if execute.must_record_gradient():  # as TensorFlow's own op wrappers do
            execute.record_gradient(op, inputs, tuple(flat), outs)
        return outs[k]

    return fn


def _numeric(t: Any) -> bool:
    """A tensor of numbers (not a resource handle, string or variant)."""
    dtype = t.dtype
    return dtype.is_floating or dtype.is_integer or dtype.is_bool or dtype.is_complex


class _Temp:
    """An operand no recorded operation made: its id, dtype, value and whether a tape watches it.

    A literal (``3.0``), a ``tf.constant``, a tensor from before the cell, or the C++ fast
    path's read of a ``tf.Variable`` passed straight to the operation (see ``_Accessed``).
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


class _Accessed:
    """A variable an operation read (TensorFlow's variable watcher says so), and its value then.

    The value is read only when needed to tell two such variables apart (``None`` otherwise).
    """

    __slots__ = ("hid", "var", "value", "read")

    def __init__(self, hid: int, var: Any, value: np.ndarray | None, read: bool) -> None:
        self.hid = hid
        self.var = var
        self.value = value
        self.read = read  # the watcher saw this operation read it (else: it may have)


class _Record:
    """One eager operation: its type, operands, attributes and results."""

    __slots__ = ("op", "inputs", "attrs", "outputs", "watched", "accessed")

    def __init__(
        self, op: str, inputs: tuple, attrs: Any, outputs: Any, accessed: tuple = ()
    ) -> None:
        self.op = op
        self.inputs = inputs
        self.attrs = attrs
        self.outputs = tuple(outputs or ())
        self.accessed: tuple[_Accessed, ...] = accessed  # variables read since the last op
        # a variable read: whether a tape watches the variable (it records the read)
        self.watched = op == "ReadVariableOp" and bool(should_record_backprop(inputs[:1]))


class TFCapture:
    """Watches the eager TensorFlow operations of one cell (a context manager around it)."""

    framework = "tensorflow"

    def __init__(self, ns: dict[str, Any] | None = None) -> None:
        self.failed: BaseException | None = None
        self.records: list[_Record] = []
        self.grad_calls: list[tuple[Any, Any, Any]] = []  # (target, sources, output grads)
        self._grad_frame: Any = None
        self._built: tuple | None = None
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
        self.watched_ids: set[int] = set()  # tensors passed to tape.watch during the cell

    def __enter__(self) -> TFCapture:
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

    def _watch_variable(self, tape: Any, variable: Any) -> None:
        """``tape.watch(v)`` for a variable, as TensorFlow does it; the variable watcher's
        record of this access is dropped (it is no operation's read)."""
        self._tf_watch_variable(tape, variable)
        try:
            self._take_accessed()
            hid = _handle_id(variable)
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

    def _take_accessed(self) -> tuple:
        """The variables read since the previous operation; the watcher starts again."""
        if self._watcher is None:
            return ()
        found = pywrap_tfe.TFE_Py_VariableWatcherWatchedVariables(self._watcher)
        pywrap_tfe.TFE_Py_VariableWatcherRemove(self._watcher)
        self._watcher = pywrap_tfe.TFE_Py_VariableWatcherNew()
        return tuple(found or ())

    def _accessed(self, found: tuple, ins: tuple) -> tuple[_Accessed, ...]:
        """The variables the operation may have read, with handle ids (and values if needed).

        The trainable ones the variable watcher saw (``found``), and the non-trainable ones a
        tape watches now (their reads are not reported; a tape records them after
        ``tape.watch``): those the namespace held when the cell started or ``tape.watch`` got.
        """
        temps = [t for t in ins if isinstance(t, _Temp) and t.watched and t.dtype.is_floating]
        if not temps:
            return ()
        cands: dict[int, Any] = {}
        for v in found:
            hid = _handle_id(v)
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
        return tuple(_Accessed(h, v, val, h in read) for (h, v), val in zip(cands.items(), values))

    def _untracked(self) -> dict[int, Any]:
        """Non-trainable variables that a tape may watch (by handle id)."""
        if self._ns_untracked is None:
            self._ns_untracked = {h: v for h, v in _variables(self._ns).items() if not v.trainable}
        return {**self._ns_untracked, **self._explicit}

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
            frame = sys._getframe(1)
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
                    return None
                frame = frame.f_back
            op = op_type.decode() if isinstance(op_type, bytes) else str(op_type)
            known = self._known
            ins = tuple(t if t._id in known or not _numeric(t) else _Temp(t) for t in inputs or ())
            record = _Record(op, ins, attrs, outputs, self._accessed(found, ins))
            known.update(o._id for o in record.outputs)
            self.records.append(record)
        except Exception as err:  # never make the cell's operation fail
            self.failed = err
        return None

    # -- after the cell --

    def count(self, ns: dict[str, Any]) -> int:
        return len(self._build_once(ns)[0].eqns) if self.records or self._built else 0

    def seen(self) -> str:
        n = len(self._built[0].eqns) if self._built else 0
        return f"TensorFlow ({n} operation{'s' * (n != 1)} on variables or watched tensors)"

    def describe(self, made: dict[str, Any]) -> str:
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
        ir, calls, id_var, handle_var, notes, _reads, hidden = self._build_once(ns)
        names: dict[int, str] = {}
        for key, value in list(ns.items()):
            if not isinstance(key, str) or key.startswith("_"):
                continue
            vid = None
            if isinstance(value, tf.Variable):
                vid = handle_var.get(_handle_id(value))
            elif isinstance(value, tf.Tensor):
                vid = id_var.get(getattr(value, "_id", None))
            if vid is not None and vid not in names:
                names[vid] = key
        for key, value in list(ns.items()):  # earlier values of a variable: 'w@v0'
            if isinstance(key, str) and isinstance(value, tf.Variable):
                hid = _handle_id(value)
                for (h, version), vid in self._built[5].items():
                    if h == hid and vid not in names:
                        ir.vars[vid].tag = f"{key}@v{version}"
        notes = [*notes, *hide_partial(ir, names, hidden, "TensorFlow's tape.gradient")]
        self.records = []
        self.grad_calls = []
        return ir, calls, names, {}, notes

    def _build_once(self, ns: dict[str, Any]) -> tuple:
        if self._built is None:
            self._built = _Builder(self.records, self.grad_calls, ns, self.watched_ids).build()
        return self._built


def _handle_id(v: Any) -> int | None:
    try:
        return v.handle._id
    except Exception:  # not a resource variable
        return None


def _variables(ns: dict[str, Any]) -> dict[int, Any]:
    """The namespace's tf.Variables (also in lists, dicts and Keras objects) by handle id."""
    found: dict[int, Any] = {}

    def add(v: Any) -> None:
        hid = _handle_id(v)
        if hid is not None:
            found.setdefault(hid, v)

    for value in list(ns.values()):
        if isinstance(value, tf.Variable):
            add(value)
        elif isinstance(value, (list, tuple)):
            for item in value:
                if isinstance(item, tf.Variable):
                    add(item)
        elif isinstance(value, dict):
            for item in value.values():
                if isinstance(item, tf.Variable):
                    add(item)
        elif isinstance(value, tf.GradientTape):
            for item in value.watched_variables():
                add(item)
        elif type(value).__module__.startswith(("keras", "tf_keras")):
            for item in getattr(value, "variables", []) or []:
                add(item)
    return found


_COMMUTATIVE = {"Mul", "AddV2", "Add"}


def _commuted(rec: _Record, reads: dict[int, int | None], cands: list[_Accessed]) -> dict:
    """Both operands of ``a * b`` (or ``a + b``) read from two variables of equal value: the
    operation read each (the watcher saw both), and exchanging equal operands of a commutative
    operation changes no value and no derivative, so either order is exact."""
    if rec.op not in _COMMUTATIVE or len(rec.inputs) != 2 or set(reads) != {0, 1}:
        return reads
    if reads[0] is not None or reads[1] is not None:
        return reads
    read = sorted(a.hid for a in cands if a.read)
    t0, t1 = rec.inputs
    same = t0.dtype == t1.dtype and tuple(t0.shape) == tuple(t1.shape)
    fits = all(  # each operand could be either variable, and no other
        {
            a.hid
            for a in cands
            if a.var.dtype == t.dtype
            and tuple(a.var.shape) == tuple(t.shape)
            and (a.value is None or np.array_equal(a.value, t.value, equal_nan=True))
        }
        == set(read)
        for t in (t0, t1)
    )
    if len(read) == 2 and same and fits and np.array_equal(t0.value, t1.value, equal_nan=True):
        return {0: read[0], 1: read[1]}
    return reads


def _named_tensor_ids(ns: dict[str, Any]) -> dict[int, str]:
    """The tensors the namespace holds (also in lists, tuples and dicts): id -> name."""
    ids: dict[int, str] = {}
    for key, value in list(ns.items()):
        items = value.values() if isinstance(value, dict) else value
        for item in items if isinstance(value, (list, tuple, dict)) else (value,):
            if isinstance(item, tf.Tensor) and hasattr(item, "_id"):
                ids.setdefault(item._id, str(key))
    return ids


def _earlier_note(ids: list[int], names: dict[int, str]) -> str:
    """The note for watched tensors this cell neither computed nor passed to tape.watch."""
    named = [names[i] for i in dict.fromkeys(ids) if i in names]
    what = ", ".join(named) if named else "a watched tensor"
    return (
        f"{what}: watched by a tape, but computed or watched before this cell, so this cell's "
        "graph starts there. The values it may depend on (variables, watched tensors) would "
        "get only part of their gradients here, so those are not shown. Run %%autograd on one "
        "cell that builds the whole computation to see it all."
    )


def _variable_names(ns: dict[str, Any]) -> dict[str, int]:
    """The namespace's names of tf.Variables: name -> handle id (first name of each)."""
    names: dict[str, int] = {}
    seen: set[int] = set()
    for key, value in list(ns.items()):
        if isinstance(key, str) and not key.startswith("_") and isinstance(value, tf.Variable):
            hid = _handle_id(value)
            if hid is not None and hid not in seen:
                seen.add(hid)
                names[key] = hid
    return names


def _count_assignment(rec: _Record, versions: dict[int, int], created: set[int]) -> None:
    """Bump the version of each variable an operation writes; a variable made by the cell
    starts at version 0 after its initial assignment (as a torch leaf starts at 0)."""
    if rec.op == "VarHandleOp":
        created.update(o._id for o in rec.outputs)
        return
    for t in rec.inputs:
        if t.dtype != tf.resource:
            continue
        if t._id in created and t._id not in versions:
            versions[t._id] = 0  # the initial value
        else:
            versions[t._id] = versions.get(t._id, 0) + 1


def _assignments(records: list[_Record]) -> dict[int, int]:
    """The version each variable has after all the records (see ``_count_assignment``)."""
    versions: dict[int, int] = {}
    created: set[int] = set()
    for rec in records:
        if rec.op != "ReadVariableOp":
            _count_assignment(rec, versions, created)
    return versions


def _label(v: Any) -> str:
    """A variable's own name: a Keras variable's path (``dense/kernel``), else ``x:0``."""
    if v is None:
        return ""
    path = getattr(v, "path", None)
    return path if isinstance(path, str) and path else str(v.name)


def _flat(obj: Any) -> list[Any]:
    return [x for x in tf.nest.flatten(obj) if x is not None]


class _Builder:
    """Turns the recorded operations into an IR (after the cell, callback removed)."""

    def __init__(
        self,
        records: list[_Record],
        grad_calls: list,
        ns: dict[str, Any],
        watched_ids: set[int] | None = None,
    ) -> None:
        self.records = records
        self.watched_ids = watched_ids or set()  # tensors tape.watch got during the cell
        self.earlier: list[int] = []  # watched tensors from before the cell (ids)
        self.earlier_vids: set[int] = set()
        self.grad_calls = grad_calls
        self.variables = _variables(ns)
        self.ir = IR(front_end="tf")
        self.id_var: dict[int, int] = {}  # tensor _id -> var
        self.handle_var: dict[int, int] = {}  # handle _id -> var of its latest read value
        self.handle_version: dict[int, int] = {}
        self.read_var: dict[tuple[int, int], int] = {}
        self.read_handle: dict[int, int] = {}  # var of a read value -> its handle
        self.pending: dict[int, tuple[int, int, Any]] = {}  # read id -> (handle, version, t)
        self.opaque_ops: list[str] = []
        self.not_followed: list[str] = []
        self.final_version = _assignments(records)
        self.created: set[int] = set()
        self.named_ids_to_names = _named_tensor_ids(ns)
        self.named_ids = set(self.named_ids_to_names)  # tensors the cell keeps: no variable read
        self.ns_names = {hid: key for key, hid in _variable_names(ns).items()}
        self.ambiguous: list[str] = []
        self.ambiguous_names: dict[int, list[str]] = {}
        self.ambiguous_hids: set[int] = set()

    def build(self) -> tuple:
        for rec in self.records:
            self._record(rec)
        calls = []
        for target, _sources, out_grads in self.grad_calls:
            ids: list[int | None] = []
            seeds = []
            grads = _flat(out_grads) if out_grads is not None else []
            for k, t in enumerate(_flat(target)):
                ids.append(self.id_var.get(getattr(t, "_id", None)))
                if k < len(grads):
                    seeds.append(np.array(tf.convert_to_tensor(grads[k]).numpy(), copy=True))
                else:
                    seeds.append(np.ones(tuple(t.shape), dtype=t.dtype.as_numpy_dtype))
            calls.append(BackwardCall(tuple(ids), tuple(seeds), True))
        notes = []
        if self.opaque_ops:
            ops = ", ".join(dict.fromkeys(self.opaque_ops))
            notes.append(
                f"Not among the engine's operations: {ops}. Shown under TensorFlow's own name; "
                "its values and gradients are computed by TensorFlow itself."
            )
        if self.not_followed:
            notes.append(NOT_FOLLOWED.format(ops=", ".join(dict.fromkeys(self.not_followed))))
        if self.earlier:
            notes.append(_earlier_note(self.earlier, self.named_ids_to_names))
        if self.ambiguous:
            notes.append(AMBIGUOUS_READ.format(ops="; ".join(dict.fromkeys(self.ambiguous))))
        hidden = upstream_of_frozen(self.ir)
        hidden.update(vid for (h, _v), vid in self.read_var.items() if h in self.ambiguous_hids)
        if self.earlier_vids:  # what came before may depend on any input: no partial gradient
            hidden.update(
                v.id for v in self.ir.vars if v.kind == INPUT and v.id not in self.earlier_vids
            )
        finish_ir(self.ir)
        return self.ir, calls, self.id_var, self.handle_var, notes, self.read_var, hidden

    # -- one operation --

    def _read(self, hid: int, out: Any, watched: bool) -> None:
        """``out`` is the value of the variable with handle ``hid``, read now.

        A read a tape records (the variable is trainable or watched, and a tape is active)
        becomes an input of the graph when an operation uses it (``_operand``).
        """
        if watched and out.dtype.is_floating:
            self.pending[out._id] = (hid, self.handle_version.get(hid, 0), out)

    def _use_read(self, tid: int) -> int:
        """The input var of a pending read (one per variable and version)."""
        hid, version, out = self.pending[tid]
        vid = self.read_var.get((hid, version))
        if vid is None:
            v = self.variables.get(hid)
            vid = self._leaf(out, INPUT, _label(v))
            self.read_var[(hid, version)] = vid
            self.read_handle[vid] = hid
        self.id_var[tid] = vid
        return vid

    def _fast_path_reads(self, rec: _Record) -> dict[int, int | None]:
        """Operands that are the C++ fast path's reads of a variable: position -> handle id.

        Only a watched operand that no recorded operation made and the cell did not name can be
        such a read. Its variable is one the operation read (TensorFlow's variable watcher) with
        the operand's dtype, shape and (when two were read) value. ``None``: more than one
        variable fits, so which one it is cannot be told.
        """
        temps = [
            (k, t)
            for k, t in enumerate(rec.inputs)
            if isinstance(t, _Temp)
            and t.watched
            and t.dtype.is_floating
            and t._id not in self.id_var
            and t._id not in self.pending
            and t._id not in self.named_ids
        ]
        if not temps:
            return {}
        candidates = list(rec.accessed)
        for a in candidates:
            self.variables.setdefault(a.hid, a.var)
        reads: dict[int, int | None] = {}
        fits: dict[int, set[int]] = {}  # operands more than one variable fits
        for k, t in temps:
            hids = {
                a.hid
                for a in candidates
                if a.var.dtype == t.dtype
                and tuple(a.var.shape) == tuple(t.shape)
                and (a.value is None or np.array_equal(a.value, t.value, equal_nan=True))
            }
            if len(hids) == 1:
                reads[k] = hids.pop()
            elif hids:
                reads[k] = None
                fits[k] = hids
        reads = _commuted(rec, reads, candidates)
        for k, hids in fits.items():
            if reads[k] is None:  # which variable this operand is cannot be told
                self.ambiguous_names[k] = sorted(self._name_of(h) for h in hids)
                self.ambiguous_hids.update(hids)
        return reads

    def _name_of(self, hid: int) -> str:
        return self.ns_names.get(hid) or _label(self.variables.get(hid))

    def _ambiguous(self, rec: _Record, reads: dict[int, int | None]) -> None:
        """An operation that read two variables of equal value: not followed, with a note."""
        args = []
        for k, t in enumerate(rec.inputs):
            if k in reads and reads[k] is None:
                vid = self._leaf(t, CONST)
                self.id_var[t._id] = vid
                args.append(vid)
            else:
                args.append(self._operand(t))
        for out in rec.outputs:
            if out.dtype.is_floating:
                self._op(frozen(rec.op, out.numpy(), len(args)), args, {}, out, rec.op)
        names = sorted({n for k in reads if reads[k] is None for n in self.ambiguous_names[k]})
        self.ambiguous.append(f"{rec.op} ({', '.join(names)})")

    def _record(self, rec: _Record) -> None:
        op, ins = rec.op, rec.inputs
        handles = [t for t in ins if t.dtype == tf.resource]
        if op == "ReadVariableOp" and handles and rec.outputs:
            self._read(handles[0]._id, rec.outputs[0], rec.watched)
            return
        reads = self._fast_path_reads(rec) if op != "VarHandleOp" and not handles else {}
        if any(hid is None for hid in reads.values()):
            self._ambiguous(rec, reads)
            return
        for k, hid in reads.items():
            self._read(hid, ins[k], True)
        if op == "Identity" and len(ins) == 1 and len(rec.outputs) == 1:
            src, out_id = ins[0]._id, rec.outputs[0]._id
            if src in self.id_var:  # a copy (e.g. of a variable's value): the same value
                self.id_var[out_id] = self.id_var[src]
            elif src in self.pending:
                self.pending[out_id] = self.pending[src]
            return
        if handles or op == "VarHandleOp":  # a new variable, or an assignment to one
            _count_assignment(rec, self.handle_version, self.created)
            return
        tracked = [
            (isinstance(t, _Temp) and t.watched) or self._is_result(t._id)
            for t in ins
            if t.dtype != tf.resource
        ]
        outs = [o for o in rec.outputs if o.dtype.is_floating]
        if not any(tracked) or not outs:
            return
        attrs = _attrs(rec.attrs)
        if len(rec.outputs) == 1:
            mapped = _mapping(op, list(ins), attrs, rec.outputs[0])
            if mapped is not None and self._mapped(op, mapped, ins, rec.outputs[0]):
                return
        args = [self._operand(t) for t in ins]
        dtypes = [t.dtype for t in ins]
        for k, out in enumerate(rec.outputs):
            if not out.dtype.is_floating:
                continue
            fn = _runner(op, len(rec.outputs), tuple(rec.attrs or ()), k, dtypes)
            prim = opaque(op, _BACKEND, fn, [self.ir.vars[a].dtype.kind == "f" for a in args])
            if _check(prim, [self._value(a) for a in args], {}, out):
                self.opaque_ops.append(op)
            else:
                prim = frozen(op, out.numpy(), len(args))
                self.not_followed.append(op)
            self._op(prim, args, {}, out, op)

    def _is_result(self, tid: int) -> bool:
        if tid in self.pending:
            return True
        vid = self.id_var.get(tid)
        return vid is not None and self.ir.vars[vid].kind in (INPUT, OP)

    def _mapped(self, op: str, mapped: tuple, ins: tuple, out: Any) -> bool:
        """Record the operation as an engine primitive, if it computes TensorFlow's value."""
        prim, positions, params = mapped
        values = []
        for p in positions:
            if p == -2:  # Square's exponent
                values.append(np.asarray(2, dtype=out.dtype.as_numpy_dtype))
            else:
                vid = self.id_var.get(ins[p]._id)
                values.append(self._value(vid) if vid is not None else ins[p].numpy())
        if not _check(prim, values, params, out):
            return False
        operands = [self._literal_two(out) if p == -2 else self._operand(ins[p]) for p in positions]
        self._op(prim, operands, params, out, op)
        return True

    # -- vars --

    def _value(self, vid: int) -> Any:
        """A var's value while building (results keep TensorFlow's until ``build`` ends)."""
        return self.ir.vars[vid].value

    def _leaf(self, t: Any, kind: str, tag: str = "") -> int:
        value = np.array(t.numpy(), copy=True)
        var = Var(
            len(self.ir.vars),
            kind,
            value.shape,
            value.dtype,
            value,
            kind == INPUT,
            True,
            tag=tag,
        )
        self.ir.vars.append(var)
        return var.id

    def _literal_two(self, out: Any) -> int:
        value = np.asarray(2, dtype=out.dtype.as_numpy_dtype)
        var = Var(len(self.ir.vars), CONST, (), value.dtype, value, False, True)
        self.ir.vars.append(var)
        return var.id

    def _operand(self, t: Any) -> int:
        vid = self.id_var.get(t._id)
        if vid is None and t._id in self.pending:
            vid = self._use_read(t._id)
        if vid is None:
            floating = t.dtype.is_floating
            watched = isinstance(t, _Temp) and t.watched and floating
            vid = self._leaf(t, INPUT if watched else CONST)
            if watched and t._id not in self.watched_ids:
                self.earlier.append(t._id)
                self.earlier_vids.add(vid)
            self.id_var[t._id] = vid
        return vid

    def _op(self, prim: Primitive, args: list[int], params: dict, out: Any, name: str) -> None:
        ir = self.ir
        for a in args:  # a variable is named after the value of it an operation used last
            hid = self.read_handle.get(a)
            if hid is not None:
                self.handle_var[hid] = a
        value = np.array(out.numpy(), copy=True)
        vid = len(ir.vars)
        ir.vars.append(
            Var(vid, OP, value.shape, value.dtype, value, True, False, name, "", len(ir.eqns))
        )
        ir.eqns.append(Eqn(vid, prim, params, tuple(args)))
        self.id_var[out._id] = vid


def finish_ir(ir: IR) -> None:
    """Results keep no value in an IR (the replay recomputes them)."""
    for v in ir.vars:
        if v.kind == OP:
            v.value = None


def _check(prim: Primitive, values: list[Any], params: dict, out: Any) -> bool:
    """Whether the primitive computes TensorFlow's value (same shape, dtype and numbers)."""
    try:
        with no_grad(), np.errstate(all="ignore"):
            args = [Tensor._wrap(np.array(v, copy=True)) for v in values]
            got = apply(prim, *args, **params)._data
    except Exception:
        return False
    return close(np.asarray(got), np.asarray(out.numpy()), RTOL, ATOL)


__all__ = ["TFCapture"]
