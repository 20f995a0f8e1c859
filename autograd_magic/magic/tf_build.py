"""Turning the recorded TensorFlow operations into the engine's IR (after the cell).

``Builder`` walks the records of ``tf_watch.OpWatcher`` in order. Which operations belong
to the graph: those a tape records, i.e. computed from a value that an active tape watches
when the operation runs (TensorFlow's own ``should_record_backprop``): a trainable
``tf.Variable`` read inside the tape, or a tensor passed to ``tape.watch``. A watched read of
a variable becomes an input of the graph (one per variable and version) when an operation
uses it; tensors are known by their ``_id``, variables by their handle's.

An operand is taken for the C++ fast path's read of a variable only if a tape watches it and
it is no tensor the cell named; when two variables read by one operation have the same dtype,
shape and value, which operand is which cannot be told: the operation is then not followed (a
note says so). An operation type the engine knows becomes its primitive when that computes
TensorFlow's value; any other runs TensorFlow itself, forward and backward, or (when running
it again does not give the cell's value) is recorded with its value only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import tensorflow as tf

from ..core.apply import apply
from ..core.ir import CONST, INPUT, IR, OP, BackwardCall, Eqn, Var
from ..core.primitives import Primitive
from ..core.tensor import Tensor
from ..core.trace import no_grad
from .real_common import (
    AMBIGUOUS_READ,
    LeftToFramework,
    close,
    frozen,
    opaque,
    upstream_of_frozen,
)
from .tf_namespace import label, named_tensor_ids, variable_names, variables
from .tf_ops import BACKEND, SQUARE_EXPONENT, attrs_dict, primitive_for, runner
from .tf_reads import commuted, count_assignment, fitting
from .tf_watch import Record, Temp


@dataclass
class Built:
    """What the recorded operations make: the IR and how the cell's values map into it."""

    ir: IR
    calls: list[BackwardCall]  # the cell's tape.gradient (or jacobian) calls
    id_var: dict[int, int]  # tensor _id -> var
    handle_var: dict[int, int]  # handle _id -> var of the variable's value used last
    notes: list[str]
    read_var: dict[tuple[int, int], int]  # (handle _id, version) -> input var of that read
    hidden: set[int]  # vars whose gradient would be partial: never shown


class Builder:
    """Turns the recorded operations into an IR (after the cell, callback removed)."""

    def __init__(
        self,
        records: list[Record],
        grad_calls: list,
        ns: dict[str, Any],
        watched_ids: set[int] | None = None,
    ) -> None:
        self.records = records
        self.watched_ids = watched_ids or set()  # tensors tape.watch got during the cell
        self.earlier: list[int] = []  # watched tensors from before the cell (ids)
        self.earlier_vids: set[int] = set()
        self.grad_calls = grad_calls
        self.variables = variables(ns)
        self.ir = IR(front_end="tf")
        self.id_var: dict[int, int] = {}  # tensor _id -> var
        self.handle_var: dict[int, int] = {}  # handle _id -> var of its latest read value
        self.handle_version: dict[int, int] = {}
        self.read_var: dict[tuple[int, int], int] = {}
        self.read_handle: dict[int, int] = {}  # var of a read value -> its handle
        self.pending: dict[int, tuple[int, int, Any]] = {}  # read id -> (handle, version, t)
        self.left = LeftToFramework("TensorFlow", "among the engine's operations")
        self.created: set[int] = set()
        self.named_ids_to_names = named_tensor_ids(ns)
        self.named_ids = set(self.named_ids_to_names)  # tensors the cell keeps: no variable read
        self.ns_names = {hid: key for key, hid in variable_names(ns).items()}
        self.ambiguous: list[str] = []
        self.ambiguous_names: dict[int, list[str]] = {}
        self.ambiguous_hids: set[int] = set()

    def build(self) -> Built:
        """The IR of all the records, the differentiation calls, and the notes."""
        for rec in self.records:
            self._record(rec)
        calls = [self._backward_call(*call) for call in self.grad_calls]
        notes = self.left.notes()
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
        return Built(self.ir, calls, self.id_var, self.handle_var, notes, self.read_var, hidden)

    def _backward_call(self, target: Any, _sources: Any, out_grads: Any) -> BackwardCall:
        """A ``tape.gradient(target, sources, output_gradients)`` call: its roots and seeds."""
        ids: list[int | None] = []
        seeds = []
        grads = _flat(out_grads) if out_grads is not None else []
        for k, t in enumerate(_flat(target)):
            ids.append(self.id_var.get(getattr(t, "_id", None)))
            if k < len(grads):
                seeds.append(np.array(tf.convert_to_tensor(grads[k]).numpy(), copy=True))
            else:
                seeds.append(np.ones(tuple(t.shape), dtype=t.dtype.as_numpy_dtype))
        return BackwardCall(tuple(ids), tuple(seeds), True)

    # -- variable reads --

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
            vid = self._leaf(out, INPUT, label(v))
            self.read_var[(hid, version)] = vid
            self.read_handle[vid] = hid
        self.id_var[tid] = vid
        return vid

    def _fast_path_reads(self, rec: Record) -> dict[int, int | None]:
        """Operands that are the C++ fast path's reads of a variable: position -> handle id.

        Only a watched operand that no recorded operation made and the cell did not name can be
        such a read. Its variable is one the operation read (TensorFlow's variable watcher) with
        the operand's dtype, shape and (when two were read) value. ``None``: more than one
        variable fits, so which one it is cannot be told.
        """
        temps = [
            (k, t)
            for k, t in enumerate(rec.inputs)
            if isinstance(t, Temp)
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
            hids = fitting(candidates, t)
            if len(hids) == 1:
                reads[k] = hids.pop()
            elif hids:
                reads[k] = None
                fits[k] = hids
        reads = commuted(rec, reads, candidates)
        for k, hids in fits.items():
            if reads[k] is None:  # which variable this operand is cannot be told
                self.ambiguous_names[k] = sorted(self._name_of(h) for h in hids)
                self.ambiguous_hids.update(hids)
        return reads

    def _name_of(self, hid: int) -> str:
        return self.ns_names.get(hid) or label(self.variables.get(hid))

    def _ambiguous(self, rec: Record, reads: dict[int, int | None]) -> None:
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

    # -- one operation --

    def _record(self, rec: Record) -> None:
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
            count_assignment(rec, self.handle_version, self.created)
            return
        tracked = [
            (isinstance(t, Temp) and t.watched) or self._is_result(t._id)
            for t in ins
            if t.dtype != tf.resource
        ]
        outs = [o for o in rec.outputs if o.dtype.is_floating]
        if not any(tracked) or not outs:
            return
        if len(rec.outputs) == 1:
            mapped = primitive_for(op, list(ins), attrs_dict(rec.attrs), rec.outputs[0])
            if mapped is not None and self._mapped(op, mapped, ins, rec.outputs[0]):
                return
        self._left_to_tensorflow(rec)

    def _left_to_tensorflow(self, rec: Record) -> None:
        """Record each float result as TensorFlow's own operation, or its value only."""
        op, ins = rec.op, rec.inputs
        args = [self._operand(t) for t in ins]
        dtypes = [t.dtype for t in ins]
        for k, out in enumerate(rec.outputs):
            if not out.dtype.is_floating:
                continue
            fn = runner(op, len(rec.outputs), tuple(rec.attrs or ()), k, dtypes)
            prim = opaque(op, BACKEND, fn, [self.ir.vars[a].dtype.kind == "f" for a in args])
            if _computes(prim, [self._value(a) for a in args], {}, out):
                self.left.opaque.append(op)
            else:
                prim = frozen(op, out.numpy(), len(args))
                self.left.not_followed.append(op)
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
            if p == SQUARE_EXPONENT:
                values.append(np.asarray(2, dtype=out.dtype.as_numpy_dtype))
            else:
                vid = self.id_var.get(ins[p]._id)
                values.append(self._value(vid) if vid is not None else ins[p].numpy())
        if not _computes(prim, values, params, out):
            return False
        operands = [
            self._literal_two(out) if p == SQUARE_EXPONENT else self._operand(ins[p])
            for p in positions
        ]
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
            watched = isinstance(t, Temp) and t.watched and floating
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


def _computes(prim: Primitive, values: list[Any], params: dict, out: Any) -> bool:
    """Whether the primitive computes TensorFlow's value (same shape, dtype and numbers)."""
    try:
        with no_grad(), np.errstate(all="ignore"):
            args = [Tensor._wrap(np.array(v, copy=True)) for v in values]
            got = apply(prim, *args, **params)._data
    except Exception:
        return False
    return close(np.asarray(got), np.asarray(out.numpy()))


def _flat(obj: Any) -> list[Any]:
    return [x for x in tf.nest.flatten(obj) if x is not None]


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
